package stakeholder_test

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

const dayLen = 24 * time.Hour

func armedGroup(cmd actor.Command, levels ...actor.Level) actor.Actor {
	return actor.Actor{ID: targetID, Name: "Armed group", Kind: actor.KindArmedOpposition, PartyToConflict: true, Command: cmd, Levels: levels}
}

func interlocutor(id uuid.UUID, l actor.Level, authority, credibility float64) stakeholder.Interlocutor {
	return stakeholder.Interlocutor{ID: id, Name: "someone", Level: l, Authority: authority, Credibility: credibility}
}

func TestCoverageOf(t *testing.T) {
	pl, mc, fc, rf := actor.LevelPoliticalLeadership, actor.LevelMilitaryCommand, actor.LevelFrontlineCommanders, actor.LevelRankAndFile
	ints := []stakeholder.Interlocutor{
		interlocutor(nid(0x45), fc, 0.7, 0.7),
		interlocutor(nid(0x43), pl, 0.3, 0.9), // weak: no authority
		interlocutor(nid(0x41), mc, 0.9, 0.8),
		interlocutor(nid(0x42), mc, 0.9, 0.2), // weak: not believed
	}
	tests := []struct {
		name   string
		target actor.Actor
		ints   []stakeholder.Interlocutor
		opts   stakeholder.CoverageOptions
		want   stakeholder.Coverage
	}{
		{"centralised: the leadership is enough", armedGroup(actor.CommandCentralised, pl, mc), ints, stakeholder.CoverageOptions{},
			stakeholder.Coverage{Required: []actor.Level{pl, mc}, Covered: []actor.Level{mc, fc}, Missing: []actor.Level{pl},
				Weak: []uuid.UUID{nid(0x42), nid(0x43)}}},
		{"fragmented: every level", armedGroup(actor.CommandFragmented, pl, mc), ints, stakeholder.CoverageOptions{},
			stakeholder.Coverage{Required: []actor.Level{pl, mc, fc, rf}, Covered: []actor.Level{mc, fc}, Missing: []actor.Level{pl, rf},
				Weak: []uuid.UUID{nid(0x42), nid(0x43)}}},
		{"decentralised, no levels listed", armedGroup(actor.CommandDecentralised), ints, stakeholder.CoverageOptions{},
			stakeholder.Coverage{Required: []actor.Level{mc, fc, rf}, Covered: []actor.Level{mc, fc}, Missing: []actor.Level{rf},
				Weak: []uuid.UUID{nid(0x42), nid(0x43)}}},
		{"no interlocutors", armedGroup(actor.CommandFragmented, pl), nil, stakeholder.CoverageOptions{},
			stakeholder.Coverage{Required: []actor.Level{pl, fc, rf}, Missing: []actor.Level{pl, fc, rf}}},
		{"thresholds are inclusive", armedGroup(0, mc), []stakeholder.Interlocutor{interlocutor(nid(1), mc, 0.5, 0.5)}, stakeholder.CoverageOptions{},
			stakeholder.Coverage{Required: []actor.Level{mc}, Covered: []actor.Level{mc}}},
		{"just below", armedGroup(0, mc), []stakeholder.Interlocutor{interlocutor(nid(1), mc, 0.5, 0.4999), interlocutor(nid(2), mc, 0.4999, 0.5)}, stakeholder.CoverageOptions{},
			stakeholder.Coverage{Required: []actor.Level{mc}, Missing: []actor.Level{mc}, Weak: []uuid.UUID{nid(1), nid(2)}}},
		{"stricter authority", armedGroup(actor.CommandCentralised, pl, mc), ints, stakeholder.CoverageOptions{MinAuthority: 0.9},
			stakeholder.Coverage{Required: []actor.Level{pl, mc}, Covered: []actor.Level{mc}, Missing: []actor.Level{pl},
				Weak: []uuid.UUID{nid(0x42), nid(0x43), nid(0x45)}}},
		{"stricter credibility", armedGroup(actor.CommandCentralised, pl, mc), ints, stakeholder.CoverageOptions{MinCredibility: 0.85},
			stakeholder.Coverage{Required: []actor.Level{pl, mc}, Missing: []actor.Level{pl, mc},
				Weak: []uuid.UUID{nid(0x41), nid(0x42), nid(0x43), nid(0x45)}}},
		{"looser thresholds", armedGroup(actor.CommandCentralised, pl, mc), ints, stakeholder.CoverageOptions{MinAuthority: 0.1, MinCredibility: 0.1},
			stakeholder.Coverage{Required: []actor.Level{pl, mc}, Covered: []actor.Level{pl, mc, fc}}},
		{"civilian administration covered, not required", armedGroup(actor.CommandCentralised, pl),
			[]stakeholder.Interlocutor{interlocutor(nid(1), actor.LevelCivilianAdministration, 1, 1), interlocutor(nid(2), pl, 1, 1)}, stakeholder.CoverageOptions{},
			stakeholder.Coverage{Required: []actor.Level{pl}, Covered: []actor.Level{pl, actor.LevelCivilianAdministration}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(tt.ints)
			got, err := stakeholder.CoverageOf(tt.target, tt.ints, tt.opts)
			require.NoError(t, err)
			// Every list is written, [] when empty.
			for _, l := range []*[]actor.Level{&tt.want.Covered, &tt.want.Missing} {
				if *l == nil {
					*l = []actor.Level{}
				}
			}
			if tt.want.Weak == nil {
				tt.want.Weak = []uuid.UUID{}
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, before, tt.ints, "CoverageOf does not modify its argument")
		})
	}
}

// The continuity fixture: four interlocutors, seven contacts, evaluated on
// day 80.
//
//	I1: days 0, 20 (staff A), 70 (staff B)   a 50-day gap; two staff
//	I2: days 10, 30 (staff A)                one staff; last contact 50 days ago
//	I3: never contacted
//	I4: days 50, 80 (staff B)                exactly the cadence: no gap; one staff
var (
	cI1, cI2, cI3, cI4 = nid(0x41), nid(0x42), nid(0x43), nid(0x44)
)

func continuityFixture() ([]stakeholder.Interlocutor, []stakeholder.Contact, time.Time) {
	mc := actor.LevelMilitaryCommand
	ints := []stakeholder.Interlocutor{interlocutor(cI3, mc, 1, 1), interlocutor(cI1, mc, 1, 1), interlocutor(cI4, mc, 1, 1), interlocutor(cI2, mc, 1, 1)}
	c := func(who uuid.UUID, d int, staff uuid.UUID) stakeholder.Contact {
		return stakeholder.Contact{Interlocutor: who, Staff: staff, At: day(d), Level: mc, Channel: stakeholder.ChannelPhone, Outcome: stakeholder.OutcomeNeutral}
	}
	log := []stakeholder.Contact{
		c(cI1, 0, staffA), c(cI2, 10, staffA), c(cI1, 20, staffA), c(cI2, 30, staffA), c(cI4, 50, staffB), c(cI1, 70, staffB), c(cI4, 80, staffB),
	}
	return ints, log, day(80)
}

func TestAnalyseContinuity(t *testing.T) {
	ints, log, at := continuityFixture()
	got, err := stakeholder.AnalyseContinuity(ints, log, at, stakeholder.ContinuityOptions{})
	require.NoError(t, err)
	want := stakeholder.Continuity{
		At: at, CadenceDays: 30, PeriodDays: 30,
		Gaps:          []stakeholder.Gap{{Interlocutor: cI1, From: day(20), To: day(70)}},
		AdHoc:         []uuid.UUID{cI1},
		SingleCustody: []stakeholder.Custody{{Interlocutor: cI2, Staff: staffA}, {Interlocutor: cI4, Staff: staffB}},
		Stale:         []stakeholder.Stale{{Interlocutor: cI2, Last: day(30)}, {Interlocutor: cI3}},
	}
	assert.Equal(t, want, got)
	assert.True(t, got.Stale[1].Last.IsZero(), "never contacted: the zero time")
	assert.Equal(t, 50*dayLen, got.Gaps[0].Length())
	assert.Equal(t, "continuity at 2024-03-21: 1 gap longer than 30 days with 1 interlocutor, 2 relationships held by one person, "+
		"2 interlocutors not contacted within 30 days", got.String())
	assert.Equal(t, got.String(), got.GoString())
}

func TestAnalyseContinuityOptions(t *testing.T) {
	ints, log, at := continuityFixture()
	t.Run("a longer period", func(t *testing.T) {
		got, err := stakeholder.AnalyseContinuity(ints, log, at, stakeholder.ContinuityOptions{PeriodDays: 60})
		require.NoError(t, err)
		assert.Equal(t, 30, got.CadenceDays)
		assert.Equal(t, 60, got.PeriodDays)
		assert.Equal(t, []stakeholder.Stale{{Interlocutor: cI3}}, got.Stale)
		assert.Len(t, got.Gaps, 1, "the period does not change the gaps")
	})
	t.Run("a shorter cadence, and the period follows it", func(t *testing.T) {
		got, err := stakeholder.AnalyseContinuity(ints, log, at, stakeholder.ContinuityOptions{CadenceDays: 15})
		require.NoError(t, err)
		assert.Equal(t, 15, got.PeriodDays)
		assert.Equal(t, []stakeholder.Gap{
			{Interlocutor: cI1, From: day(0), To: day(20)},
			{Interlocutor: cI1, From: day(20), To: day(70)},
			{Interlocutor: cI2, From: day(10), To: day(30)},
			{Interlocutor: cI4, From: day(50), To: day(80)},
		}, got.Gaps)
		assert.Equal(t, []uuid.UUID{cI1, cI2, cI4}, got.AdHoc)
		assert.Equal(t, []stakeholder.Stale{{Interlocutor: cI2, Last: day(30)}, {Interlocutor: cI3}}, got.Stale)
	})
	t.Run("a negative cadence is refused, not read as the default", func(t *testing.T) {
		_, err := stakeholder.AnalyseContinuity(ints, log, at, stakeholder.ContinuityOptions{CadenceDays: -1, PeriodDays: 36_526})
		assert.Equal(t, []string{"cadence_days", "period_days"}, paths(t, err))
	})
	t.Run("exactly the period is not stale", func(t *testing.T) {
		got, err := stakeholder.AnalyseContinuity(ints, log[:4], day(60), stakeholder.ContinuityOptions{})
		require.NoError(t, err)
		// I2 last on day 30: exactly 30 days. I1 last on day 20: 40 days.
		assert.Equal(t, []stakeholder.Stale{{Interlocutor: cI1, Last: day(20)}, {Interlocutor: cI3}, {Interlocutor: cI4}}, got.Stale)
		assert.Empty(t, got.Gaps)
		assert.Equal(t, []stakeholder.Custody{{Interlocutor: cI1, Staff: staffA}, {Interlocutor: cI2, Staff: staffA}}, got.SingleCustody)
	})
	t.Run("no log", func(t *testing.T) {
		got, err := stakeholder.AnalyseContinuity(ints, nil, at, stakeholder.ContinuityOptions{})
		require.NoError(t, err)
		assert.Empty(t, got.Gaps)
		assert.Empty(t, got.SingleCustody)
		assert.Equal(t, []stakeholder.Stale{{Interlocutor: cI1}, {Interlocutor: cI2}, {Interlocutor: cI3}, {Interlocutor: cI4}}, got.Stale)
	})
	t.Run("an interlocutor listed twice", func(t *testing.T) {
		got, err := stakeholder.AnalyseContinuity(append(slices.Clone(ints), ints[1]), log, at, stakeholder.ContinuityOptions{})
		require.NoError(t, err)
		want, err := stakeholder.AnalyseContinuity(ints, log, at, stakeholder.ContinuityOptions{})
		require.NoError(t, err)
		assert.Equal(t, want, got)
	})
}

func TestAnalyseContinuityUnsortedLog(t *testing.T) {
	ints, log, at := continuityFixture()
	// Same-time contacts by different staff, to check the order of equals.
	log = append(log, stakeholder.Contact{Interlocutor: cI2, Staff: staffB, At: day(30), Level: actor.LevelMilitaryCommand,
		Channel: stakeholder.ChannelPhone, Outcome: stakeholder.OutcomeNeutral})
	want, err := stakeholder.AnalyseContinuity(ints, log, at, stakeholder.ContinuityOptions{CadenceDays: 15})
	require.NoError(t, err)
	require.NotEmpty(t, want.Gaps)
	r := rand.New(rand.NewPCG(8, 13))
	for i := range 50 {
		sh := shuffled(r, log)
		before := slices.Clone(sh)
		ib := slices.Clone(ints)
		got, err := stakeholder.AnalyseContinuity(ints, sh, at, stakeholder.ContinuityOptions{CadenceDays: 15})
		require.NoError(t, err)
		assert.Equal(t, want, got, "shuffle %d", i)
		assert.Equal(t, before, sh, "the log is not modified")
		assert.Equal(t, ib, ints, "the interlocutors are not modified")
	}
}

func TestAnalyseContinuityErrors(t *testing.T) {
	ints, log, at := continuityFixture()
	tests := []struct {
		name string
		mut  func(log []stakeholder.Contact) []stakeholder.Contact
		at   time.Time
		want []problem
	}{
		{"a contact after the evaluation time", func(l []stakeholder.Contact) []stakeholder.Contact {
			l[2].At = at.Add(time.Second)
			return l
		}, at, []problem{{"contacts[2].at", stakeholder.ReasonOutOfRange}}},
		{"an unknown interlocutor", func(l []stakeholder.Contact) []stakeholder.Contact {
			l[1].Interlocutor = nid(0x99)
			return l
		}, at, []problem{{"contacts[1].interlocutor", stakeholder.ReasonReference}}},
		{"a contact with no time", func(l []stakeholder.Contact) []stakeholder.Contact {
			l[4].At = time.Time{}
			return l
		}, at, []problem{{"contacts[4].at", stakeholder.ReasonRequired}}},
		{"all at once", func(l []stakeholder.Contact) []stakeholder.Contact {
			l[0].At = at.AddDate(1, 0, 0)
			l[3].Interlocutor = uuid.Nil
			l[6].At = time.Time{}
			return l
		}, at, []problem{
			{"contacts[0].at", stakeholder.ReasonOutOfRange}, {"contacts[3].interlocutor", stakeholder.ReasonReference}, {"contacts[6].at", stakeholder.ReasonRequired},
		}},
		{"no evaluation time", func(l []stakeholder.Contact) []stakeholder.Contact { return l }, time.Time{},
			[]problem{{"at", stakeholder.ReasonRequired}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := stakeholder.AnalyseContinuity(ints, tt.mut(slices.Clone(log)), tt.at, stakeholder.ContinuityOptions{})
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(t, err))
			for _, p := range tt.want {
				assert.ErrorIs(t, err, &stakeholder.FieldError{Path: p.Path, Reason: p.Reason})
			}
		})
	}

	t.Run("capped at 100", func(t *testing.T) {
		bad := make([]stakeholder.Contact, 150)
		for i := range bad {
			bad[i] = stakeholder.Contact{Interlocutor: nid(1000 + i), At: day(1)}
		}
		_, err := stakeholder.AnalyseContinuity(ints, bad, at, stakeholder.ContinuityOptions{})
		ps := problems(t, err)
		require.Len(t, ps, 100)
		assert.Equal(t, problem{"contacts[0].interlocutor", stakeholder.ReasonReference}, ps[0])
		assert.Equal(t, problem{"contacts[99].interlocutor", stakeholder.ReasonReference}, ps[99])
	})
}

func targetActor() actor.Actor {
	return armedGroup(actor.CommandFragmented, actor.LevelPoliticalLeadership, actor.LevelMilitaryCommand)
}

func TestSummarise(t *testing.T) {
	d := validDossier()
	orig := cloneDossier(d)
	at := day(60)
	h, err := stakeholder.Summarise(d, targetActor(), at, stakeholder.HandoverOptions{})
	require.NoError(t, err)
	assert.Equal(t, orig, d, "Summarise does not modify the dossier")

	assert.Equal(t, at, h.At)
	assert.Equal(t, targetID, h.Target)

	// Relationships, by level from the top, then by ID.
	require.Len(t, h.Relationships, 3)
	assert.Equal(t, stakeholder.Relationship{Interlocutor: d.Interlocutors[2]}, h.Relationships[0], "the political leadership, never contacted")
	assert.Equal(t, stakeholder.Relationship{
		Interlocutor: d.Interlocutors[0], Contacts: 3, First: day(0), Last: day(50), LastOutcome: stakeholder.OutcomeDifficult,
		Staff: []uuid.UUID{staffA, staffB},
	}, h.Relationships[1])
	assert.Equal(t, stakeholder.Relationship{
		Interlocutor: d.Interlocutors[1], Contacts: 2, First: day(20), Last: day(40), LastOutcome: stakeholder.OutcomeConstructive,
		Staff: []uuid.UUID{staffA},
	}, h.Relationships[2])

	assert.Equal(t, stakeholder.Coverage{
		Required: []actor.Level{actor.LevelPoliticalLeadership, actor.LevelMilitaryCommand, actor.LevelFrontlineCommanders, actor.LevelRankAndFile},
		Covered:  []actor.Level{actor.LevelMilitaryCommand, actor.LevelFrontlineCommanders},
		Missing:  []actor.Level{actor.LevelPoliticalLeadership, actor.LevelRankAndFile},
		Weak:     []uuid.UUID{i3ID},
	}, h.Coverage)
	cont, err := stakeholder.AnalyseContinuity(d.Interlocutors, d.Contacts, at, stakeholder.ContinuityOptions{})
	require.NoError(t, err)
	assert.Equal(t, cont, h.Continuity)
	assert.Equal(t, []stakeholder.Gap{{Interlocutor: i1ID, From: day(10), To: day(50)}}, h.Continuity.Gaps)
	assert.Equal(t, []stakeholder.Custody{{Interlocutor: i2ID, Staff: staffA}}, h.Continuity.SingleCustody)
	assert.Equal(t, []stakeholder.Stale{{Interlocutor: i3ID}}, h.Continuity.Stale)

	assert.Equal(t, stakeholder.Place(d.Stakeholders), h.Map)
	assert.Equal(t, d.Stakeholders, h.Stakeholders)
	lev, err := d.Leverage()
	require.NoError(t, err)
	assert.Equal(t, lev, h.Leverage)
	assert.Equal(t, d.Island.Agreement(), h.Island, "the island where dialogue starts")
	assert.Equal(t, d.Icebergs, h.Icebergs)

	assert.Equal(t, "handover at 2024-03-01: 3 relationships; levels missing: political_leadership, rank_and_file; "+
		"1 held by one person; 1 not contacted recently", h.String())
	assert.Equal(t, h.String(), h.GoString())
}

func TestSummariseOptions(t *testing.T) {
	d := validDossier()
	opts := stakeholder.HandoverOptions{
		Continuity: stakeholder.ContinuityOptions{CadenceDays: 5, PeriodDays: 90},
		Coverage:   stakeholder.CoverageOptions{MinAuthority: 0.95},
	}
	h, err := stakeholder.Summarise(d, targetActor(), day(60), opts)
	require.NoError(t, err)
	assert.Equal(t, 5, h.Continuity.CadenceDays)
	assert.Equal(t, 90, h.Continuity.PeriodDays)
	assert.Len(t, h.Continuity.Gaps, 3, "every interval between two contacts is longer than 5 days")
	assert.Empty(t, h.Coverage.Covered, "no one has authority 0.95")
	assert.Equal(t, "handover at 2024-03-01: 3 relationships; levels missing: political_leadership, military_command, "+
		"frontline_commanders, rank_and_file; 1 held by one person; 1 not contacted recently", h.String())

	// Nothing missing.
	all := armedGroup(actor.CommandCentralised, actor.LevelMilitaryCommand)
	h, err = stakeholder.Summarise(d, all, day(60), stakeholder.HandoverOptions{})
	require.NoError(t, err)
	assert.Contains(t, h.String(), "levels missing: none;")
}

func TestSummariseLastOutcome(t *testing.T) {
	d := validDossier()
	// The log out of order: the latest contact is not the last entry.
	d.Contacts[0], d.Contacts[4] = d.Contacts[4], d.Contacts[0]
	h, err := stakeholder.Summarise(d, targetActor(), day(60), stakeholder.HandoverOptions{})
	require.NoError(t, err)
	r := h.Relationships[1]
	require.Equal(t, i1ID, r.Interlocutor.ID)
	assert.Equal(t, day(0), r.First)
	assert.Equal(t, day(50), r.Last)
	assert.Equal(t, stakeholder.OutcomeDifficult, r.LastOutcome)
	assert.Equal(t, []uuid.UUID{staffA, staffB}, r.Staff, "sorted by ID whatever the order met")
}

func TestSummariseErrors(t *testing.T) {
	t.Run("another target", func(t *testing.T) {
		other := targetActor()
		other.ID = nid(0xb0)
		h, err := stakeholder.Summarise(validDossier(), other, day(60), stakeholder.HandoverOptions{})
		require.Error(t, err)
		assert.Equal(t, []problem{{"target", stakeholder.ReasonConflict}}, problems(t, err))
		assert.Zero(t, h.At)
		assert.Nil(t, h.Relationships)
	})
	t.Run("an invalid dossier", func(t *testing.T) {
		d := validDossier()
		d.Stakeholders[0].Influence = 2
		d.Contacts[1].Channel = 0
		_, err := stakeholder.Summarise(d, targetActor(), day(60), stakeholder.HandoverOptions{})
		require.Error(t, err)
		assert.Equal(t, problems(t, d.Validate()), problems(t, err))
		assert.Equal(t, []problem{{"stakeholders[0].influence", stakeholder.ReasonOutOfRange}, {"contacts[1].channel", stakeholder.ReasonRequired}},
			problems(t, err))
	})
	t.Run("a contact after the evaluation time", func(t *testing.T) {
		_, err := stakeholder.Summarise(validDossier(), targetActor(), day(45), stakeholder.HandoverOptions{})
		assert.Equal(t, []problem{{"contacts[4].at", stakeholder.ReasonOutOfRange}}, problems(t, err))
	})
	t.Run("no evaluation time", func(t *testing.T) {
		_, err := stakeholder.Summarise(validDossier(), targetActor(), time.Time{}, stakeholder.HandoverOptions{})
		assert.Equal(t, []problem{{"at", stakeholder.ReasonRequired}}, problems(t, err))
	})
}

func TestHandoverRedact(t *testing.T) {
	h, err := stakeholder.Summarise(validDossier(), targetActor(), day(60), stakeholder.HandoverOptions{})
	require.NoError(t, err)
	orig, err := stakeholder.Summarise(validDossier(), targetActor(), day(60), stakeholder.HandoverOptions{})
	require.NoError(t, err)

	red := h.Redact()
	assert.Equal(t, orig, h, "Redact does not modify the handover")
	require.Len(t, red.Relationships, 3)
	for i, r := range red.Relationships {
		o := h.Relationships[i]
		assert.Equal(t, stakeholder.Redacted, r.Interlocutor.Name)
		assert.Empty(t, r.Interlocutor.Phone)
		assert.Empty(t, r.Interlocutor.Email)
		assert.Empty(t, r.Interlocutor.Location)
		assert.Empty(t, r.Interlocutor.Notes)
		// Everything else is kept.
		assert.Equal(t, o.Interlocutor.ID, r.Interlocutor.ID)
		assert.Equal(t, o.Interlocutor.Level, r.Interlocutor.Level)
		assert.Equal(t, o.Interlocutor.Authority, r.Interlocutor.Authority)
		assert.Equal(t, o.Contacts, r.Contacts)
		assert.Equal(t, o.First, r.First)
		assert.Equal(t, o.Last, r.Last)
		assert.Equal(t, o.LastOutcome, r.LastOutcome)
		assert.Equal(t, o.Staff, r.Staff)
	}
	for i, s := range red.Stakeholders {
		assert.Equal(t, stakeholder.Redacted, s.Name)
		assert.Empty(t, s.Location)
		assert.Empty(t, s.Notes)
		assert.Equal(t, h.Stakeholders[i].ID, s.ID)
		assert.Equal(t, h.Stakeholders[i].Salience, s.Salience)
	}
	for _, f := range red.Island.Facts {
		assert.Empty(t, f.Statement)
		assert.True(t, f.Agreed)
	}
	assert.Equal(t, []string{""}, red.Icebergs.Ours.Positions)
	assert.Equal(t, []string{""}, red.Icebergs.Theirs.Positions)
	assert.Nil(t, red.Icebergs.Theirs.Values)
	assert.Equal(t, h.Coverage, red.Coverage)
	assert.Equal(t, h.Continuity, red.Continuity)
	assert.Equal(t, h.Map, red.Map)
	assert.Equal(t, h.Leverage, red.Leverage)
	assert.Equal(t, h.String(), red.String())

	// The copy shares nothing the caller could change through it.
	red.Relationships[1].Staff[0] = nid(0xff)
	red.Stakeholders[0].Salience.Urgency = true
	assert.Equal(t, orig, h)
}

func TestIsland(t *testing.T) {
	isl := stakeholder.Island{
		Facts: []stakeholder.Fact{{"f1", true}, {"f2", false}, {"f3", true}},
		Norms: []stakeholder.Norm{{"n1", false}, {"n2", true}},
	}
	assert.Equal(t, stakeholder.Island{
		Facts: []stakeholder.Fact{{"f1", true}, {"f3", true}},
		Norms: []stakeholder.Norm{{"n2", true}},
	}, isl.Agreement())
	assert.Equal(t, stakeholder.Island{
		Facts: []stakeholder.Fact{{"f2", false}},
		Norms: []stakeholder.Norm{{"n1", false}},
	}, isl.Contested())
	assert.Equal(t, "island of agreement: 2 of 3 facts agreed, 1 of 2 norms convergent", isl.String())
	assert.Equal(t, isl.String(), isl.GoString())
	assert.Equal(t, "island of agreement: 0 of 0 facts agreed, 0 of 0 norms convergent", stakeholder.Island{}.String())
	assert.Equal(t, stakeholder.Island{}, stakeholder.Island{}.Agreement())
	assert.Equal(t, stakeholder.Island{}, isl.Agreement().Contested())

	red := isl.Redact()
	assert.Equal(t, stakeholder.Island{
		Facts: []stakeholder.Fact{{"", true}, {"", false}, {"", true}},
		Norms: []stakeholder.Norm{{"", false}, {"", true}},
	}, red)
	assert.Equal(t, isl.String(), red.String())
	assert.Equal(t, "f1", isl.Facts[0].Statement, "Redact does not modify the island")
}

func TestIcebergs(t *testing.T) {
	ib := stakeholder.Icebergs{
		Ours:   stakeholder.Iceberg{Positions: []string{"a", "b"}, Values: []string{"c"}},
		Theirs: stakeholder.Iceberg{Reasoning: []string{"d", "e", "f"}},
	}
	assert.Equal(t, "icebergs: ours 2 positions, 0 reasons, 1 value; theirs 0 positions, 3 reasons, 0 values", ib.String())
	assert.Equal(t, ib.String(), ib.GoString())
	red := ib.Redact()
	assert.Equal(t, stakeholder.Icebergs{
		Ours:   stakeholder.Iceberg{Positions: []string{"", ""}, Values: []string{""}},
		Theirs: stakeholder.Iceberg{Reasoning: []string{"", "", ""}},
	}, red)
	assert.Equal(t, ib.String(), red.String())
	assert.Equal(t, "a", ib.Ours.Positions[0], "Redact does not modify the icebergs")
	assert.Equal(t, stakeholder.Icebergs{}, stakeholder.Icebergs{}.Redact())
}

func TestEntityStrings(t *testing.T) {
	d := validDossier()
	assert.Equal(t, "stakeholder 6ba7b810 (religious authority)", d.Stakeholders[0].String())
	assert.Equal(t, "stakeholder 00000000 (unspecified)", stakeholder.Stakeholder{}.String())
	assert.Equal(t, "interlocutor 6ba7b810 (military command)", d.Interlocutors[0].String())
	assert.Equal(t, "contact with interlocutor 6ba7b810 on 2024-01-01 (in person, constructive)", d.Contacts[0].String())
	c := d.Contacts[0]
	c.At = time.Date(2024, 1, 1, 23, 30, 0, 0, time.FixedZone("UTC-5", -5*3600))
	assert.Equal(t, "contact with interlocutor 6ba7b810 on 2024-01-02 (in person, constructive)", c.String(), "the date in UTC")
}

// Options out of range are refused by every function that takes them, each
// problem naming the option; zero means the default.
func TestOptionsValidate(t *testing.T) {
	target := actor.Actor{ID: nid(9), Name: "x", Kind: actor.KindArmedOpposition}
	_, err := stakeholder.CoverageOf(target, nil, stakeholder.CoverageOptions{MinAuthority: 1.5, MinCredibility: math.NaN()})
	assert.Equal(t, []string{"min_authority", "min_credibility"}, paths(t, err))
	_, err = stakeholder.AnalyseContinuity(nil, nil, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), stakeholder.ContinuityOptions{CadenceDays: -1})
	assert.Equal(t, []string{"cadence_days"}, paths(t, err))
	err = stakeholder.HandoverOptions{Continuity: stakeholder.ContinuityOptions{PeriodDays: -1}, Coverage: stakeholder.CoverageOptions{MinAuthority: -1}}.Validate()
	assert.Equal(t, []string{"continuity.period_days", "coverage.min_authority"}, paths(t, err))
	for _, size := range []int{-1, 1, 239} {
		err = stakeholder.WriteSVG(&bytes.Buffer{}, nil, stakeholder.SVGOptions{Size: size})
		assert.ErrorIs(t, err, &stakeholder.FieldError{Reason: stakeholder.ReasonOutOfRange, Path: "size"}, "size %d", size)
	}
	assert.NoError(t, stakeholder.SVGOptions{Size: 240}.Validate())
	assert.NoError(t, stakeholder.HandoverOptions{}.Validate())
}

// paths returns the path of every field error in err, in order.
func paths(t testing.TB, err error) []string {
	t.Helper()
	var out []string
	for _, fe := range fieldErrors(t, err) {
		out = append(out, fe.Path)
	}
	return out
}
