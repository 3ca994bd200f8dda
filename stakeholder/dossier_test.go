package stakeholder_test

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/checktest"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// fieldErrors returns the field errors inside err, in order, and fails t for
// anything else inside it (checktest.FieldErrors).
func fieldErrors(t testing.TB, err error) []*stakeholder.FieldError {
	t.Helper()
	return checktest.FieldErrors(t, "stakeholder", err)
}

// problem is the part of a *FieldError a test pins: where and why.
type problem struct {
	Path   string
	Reason stakeholder.Reason
}

// problems returns the path and reason of every field error in err, in order.
func problems(t testing.TB, err error) []problem {
	t.Helper()
	var out []problem
	for _, fe := range fieldErrors(t, err) {
		out = append(out, problem{fe.Path, fe.Reason})
	}
	return out
}

// nid returns a fixed ID whose byte order follows n, so tests can reason
// about the order of IDs.
func nid(n int) uuid.UUID {
	return uuid.UUID{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x41, 0xd1, 0x80, 0xb4, 0, 0, 0, 0, byte(n >> 8), byte(n)}
}

// The fixture's IDs. Agency, stakeholders and interlocutors share one ID
// space (the influence network's nodes).
var (
	targetID = nid(0xa0)
	agencyID = nid(0x01)
	s1ID     = nid(0x11) // religious authority: influential, supportive
	s2ID     = nid(0x12) // donor state: influential, opposed
	s3ID     = nid(0x13) // media: little influence, out of the network's reach
	i1ID     = nid(0x21) // military command
	i2ID     = nid(0x22) // frontline commander
	i3ID     = nid(0x23) // political leadership, weak, never contacted
	staffA   = nid(0x31)
	staffB   = nid(0x32)
)

var day0 = time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)

func day(n int) time.Time { return day0.AddDate(0, 0, n) }

// validDossier returns a valid dossier with fresh slices each call:
//
//	agency → s1 (0.9) → i1 (0.8)   0.72, stronger than agency → i1 (0.5)
//	agency → s2 (0.5) → i2 (0.6)   0.30
//	i3 and s3 out of reach
//
// Contacts: i1 on days 0 and 10 (staff A) and 50 (staff B), a 40-day gap;
// i2 on days 20 and 40, staff A only; i3 never.
func validDossier() stakeholder.Dossier {
	return stakeholder.Dossier{
		Target: targetID,
		Agency: agencyID,
		Stakeholders: []stakeholder.Stakeholder{
			{ID: s1ID, Name: "Sheikh of the central mosque", Role: stakeholder.RoleReligiousAuthority, Influence: 0.8, Position: 0.6,
				Confidence: stakeholder.ConfidenceHigh, Salience: &stakeholder.Salience{Power: true, Legitimacy: true},
				Location: "Old town", Notes: "Met twice."},
			{ID: s2ID, Name: "Donor embassy", Role: stakeholder.RoleDonorState, Influence: 0.6, Position: -0.4, Confidence: stakeholder.ConfidenceMedium},
			{ID: s3ID, Name: "Radio station", Role: stakeholder.RoleMedia, Influence: 0.2, Position: 0.3, Confidence: stakeholder.ConfidenceLow},
		},
		Influence: []stakeholder.Edge{
			{From: agencyID, To: s1ID, Weight: 0.9},
			{From: s1ID, To: i1ID, Weight: 0.8},
			{From: agencyID, To: i1ID, Weight: 0.5},
			{From: agencyID, To: s2ID, Weight: 0.5},
			{From: s2ID, To: i2ID, Weight: 0.6},
		},
		Interlocutors: []stakeholder.Interlocutor{
			{ID: i1ID, Name: "Commander", Level: actor.LevelMilitaryCommand, Authority: 0.9, Credibility: 0.8,
				Phone: "+1-555-0100", Email: "cmd@example.org", Location: "Base", Notes: "Prefers mornings."},
			{ID: i2ID, Name: "Field commander", Level: actor.LevelFrontlineCommanders, Authority: 0.6, Credibility: 0.7},
			{ID: i3ID, Name: "Spokesperson", Level: actor.LevelPoliticalLeadership, Authority: 0.3, Credibility: 0.9},
		},
		Contacts: []stakeholder.Contact{
			{Interlocutor: i1ID, Staff: staffA, At: day(0), Level: actor.LevelMilitaryCommand, Channel: stakeholder.ChannelInPerson, Outcome: stakeholder.OutcomeConstructive},
			{Interlocutor: i1ID, Staff: staffA, At: day(10), Level: actor.LevelMilitaryCommand, Channel: stakeholder.ChannelPhone, Outcome: stakeholder.OutcomeNeutral},
			{Interlocutor: i2ID, Staff: staffA, At: day(20), Level: actor.LevelFrontlineCommanders, Channel: stakeholder.ChannelMessage, Outcome: stakeholder.OutcomeNeutral, Notes: "Asked for a meeting."},
			{Interlocutor: i2ID, Staff: staffA, At: day(40), Level: actor.LevelFrontlineCommanders, Channel: stakeholder.ChannelInPerson, Outcome: stakeholder.OutcomeConstructive},
			{Interlocutor: i1ID, Staff: staffB, At: day(50), Level: actor.LevelMilitaryCommand, Channel: stakeholder.ChannelVideo, Outcome: stakeholder.OutcomeDifficult},
		},
		Island: stakeholder.Island{
			Facts: []stakeholder.Fact{{Statement: "Schools are closed.", Agreed: true}, {Statement: "Who shelled the market.", Agreed: false}},
			Norms: []stakeholder.Norm{{Statement: "Children must be protected.", Convergent: true}, {Statement: "Age of majority.", Convergent: false}},
		},
		Icebergs: stakeholder.Icebergs{
			Ours:   stakeholder.Iceberg{Positions: []string{"Release the children."}, Reasoning: []string{"They are at risk."}, Values: []string{"Humanity."}},
			Theirs: stakeholder.Iceberg{Positions: []string{"Keep the recruits."}},
		},
	}
}

// cloneDossier returns a deep copy of d, Salience targets included.
func cloneDossier(d stakeholder.Dossier) stakeholder.Dossier {
	out := d
	out.Stakeholders = cloneSlice(d.Stakeholders)
	for i, s := range out.Stakeholders {
		if s.Salience != nil {
			sal := *s.Salience
			out.Stakeholders[i].Salience = &sal
		}
	}
	out.Influence = cloneSlice(d.Influence)
	out.Interlocutors = cloneSlice(d.Interlocutors)
	out.Contacts = cloneSlice(d.Contacts)
	out.Island.Facts = cloneSlice(d.Island.Facts)
	out.Island.Norms = cloneSlice(d.Island.Norms)
	for _, p := range []*stakeholder.Iceberg{&out.Icebergs.Ours, &out.Icebergs.Theirs} {
		p.Positions, p.Reasoning, p.Values = cloneSlice(p.Positions), cloneSlice(p.Reasoning), cloneSlice(p.Values)
	}
	return out
}

func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

func TestValidDossierValidates(t *testing.T) {
	require.NoError(t, validDossier().Validate())
	// Optional fields may be empty.
	d := stakeholder.Dossier{Target: targetID, Agency: agencyID}
	assert.NoError(t, d.Validate(), "a dossier with only a target and an agency")
}

func TestValidate(t *testing.T) {
	long := func(n int) string { return strings.Repeat("a", n) }
	tests := []struct {
		name string
		mut  func(d *stakeholder.Dossier)
		want []problem
	}{
		{"zero dossier", func(d *stakeholder.Dossier) { *d = stakeholder.Dossier{} },
			[]problem{{"target", stakeholder.ReasonRequired}, {"agency", stakeholder.ReasonRequired}}},
		{"no target", func(d *stakeholder.Dossier) { d.Target = uuid.Nil },
			[]problem{{"target", stakeholder.ReasonRequired}}},
		{"no agency", func(d *stakeholder.Dossier) {
			d.Agency = uuid.Nil
			d.Influence = nil
		}, []problem{{"agency", stakeholder.ReasonRequired}}},
		{"stakeholder without ID", func(d *stakeholder.Dossier) { d.Stakeholders[2].ID = uuid.Nil },
			[]problem{{"stakeholders[2].id", stakeholder.ReasonRequired}}},
		{"stakeholder with the agency's ID", func(d *stakeholder.Dossier) { d.Stakeholders[2].ID = agencyID },
			[]problem{{"stakeholders[2].id", stakeholder.ReasonDuplicate}}},
		{"two stakeholders with one ID", func(d *stakeholder.Dossier) { d.Stakeholders[2].ID = s1ID },
			[]problem{{"stakeholders[2].id", stakeholder.ReasonDuplicate}}},
		{"interlocutor with a stakeholder's ID", func(d *stakeholder.Dossier) {
			d.Interlocutors[2].ID = s3ID
		}, []problem{{"interlocutors[2].id", stakeholder.ReasonDuplicate}}},
		{"interlocutor with the agency's ID", func(d *stakeholder.Dossier) { d.Interlocutors[2].ID = agencyID },
			[]problem{{"interlocutors[2].id", stakeholder.ReasonDuplicate}}},
		{"interlocutor without ID", func(d *stakeholder.Dossier) { d.Interlocutors[2].ID = uuid.Nil },
			[]problem{{"interlocutors[2].id", stakeholder.ReasonRequired}}},
		{"blank names", func(d *stakeholder.Dossier) {
			d.Stakeholders[0].Name = " \t "
			d.Interlocutors[1].Name = ""
		}, []problem{{"stakeholders[0].name", stakeholder.ReasonRequired}, {"interlocutors[1].name", stakeholder.ReasonRequired}}},
		{"estimates out of range", func(d *stakeholder.Dossier) {
			d.Stakeholders[0].Influence = 1.2
			d.Stakeholders[0].Position = -1.5
			d.Stakeholders[1].Influence = math.NaN()
			d.Stakeholders[1].Position = math.Inf(1)
			d.Stakeholders[2].Influence = -0.01
			d.Interlocutors[0].Authority = math.NaN()
			d.Interlocutors[0].Credibility = 1.01
			d.Interlocutors[1].Authority = -1
		}, []problem{
			{"stakeholders[0].influence", stakeholder.ReasonOutOfRange}, {"stakeholders[0].position", stakeholder.ReasonOutOfRange},
			{"stakeholders[1].influence", stakeholder.ReasonOutOfRange}, {"stakeholders[1].position", stakeholder.ReasonOutOfRange},
			{"stakeholders[2].influence", stakeholder.ReasonOutOfRange},
			{"interlocutors[0].authority", stakeholder.ReasonOutOfRange}, {"interlocutors[0].credibility", stakeholder.ReasonOutOfRange},
			{"interlocutors[1].authority", stakeholder.ReasonOutOfRange},
		}},
		{"estimates at their bounds", func(d *stakeholder.Dossier) {
			d.Stakeholders[0].Influence, d.Stakeholders[0].Position = 1, 1
			d.Stakeholders[1].Influence, d.Stakeholders[1].Position = 0, -1
			d.Interlocutors[0].Authority, d.Interlocutors[0].Credibility = 0, 1
		}, nil},
		{"missing and unknown words", func(d *stakeholder.Dossier) {
			d.Stakeholders[0].Role = 0
			d.Stakeholders[1].Role = 99
			d.Stakeholders[1].Confidence = 0
			d.Stakeholders[2].Confidence = 9
			d.Interlocutors[0].Level = 0
			d.Interlocutors[1].Level = 42
		}, []problem{
			{"stakeholders[0].role", stakeholder.ReasonRequired},
			{"stakeholders[1].role", stakeholder.ReasonUnknown}, {"stakeholders[1].confidence", stakeholder.ReasonRequired},
			{"stakeholders[2].confidence", stakeholder.ReasonUnknown},
			{"interlocutors[0].level", stakeholder.ReasonRequired}, {"interlocutors[1].level", stakeholder.ReasonUnknown},
		}},
		{"contact words", func(d *stakeholder.Dossier) {
			d.Contacts[0].Level = 0
			d.Contacts[0].Channel = 0
			d.Contacts[0].Outcome = 0
			d.Contacts[1].Level = 77
			d.Contacts[1].Channel = 77
			d.Contacts[1].Outcome = 50
		}, []problem{
			{"contacts[0].level", stakeholder.ReasonRequired}, {"contacts[0].channel", stakeholder.ReasonRequired}, {"contacts[0].outcome", stakeholder.ReasonRequired},
			{"contacts[1].level", stakeholder.ReasonUnknown}, {"contacts[1].channel", stakeholder.ReasonUnknown}, {"contacts[1].outcome", stakeholder.ReasonUnknown},
		}},
		{"text at its bounds", func(d *stakeholder.Dossier) {
			d.Stakeholders[0].Name = long(stakeholder.MaxNameLen)
			d.Stakeholders[0].Location = long(stakeholder.MaxNameLen)
			d.Stakeholders[0].Notes = long(stakeholder.MaxTextLen)
			d.Interlocutors[0].Phone = long(stakeholder.MaxNameLen)
			d.Island.Facts[0].Statement = long(stakeholder.MaxTextLen)
		}, nil},
		{"text too long", func(d *stakeholder.Dossier) {
			d.Stakeholders[0].Name = long(stakeholder.MaxNameLen + 1)
			d.Stakeholders[0].Location = long(stakeholder.MaxNameLen + 1)
			d.Stakeholders[0].Notes = long(stakeholder.MaxTextLen + 1)
			d.Interlocutors[0].Name = long(stakeholder.MaxNameLen + 1)
			d.Interlocutors[0].Phone = long(stakeholder.MaxNameLen + 1)
			d.Interlocutors[0].Email = long(stakeholder.MaxNameLen + 1)
			d.Interlocutors[0].Location = long(stakeholder.MaxNameLen + 1)
			d.Interlocutors[0].Notes = long(stakeholder.MaxTextLen + 1)
			d.Contacts[2].Notes = long(stakeholder.MaxTextLen + 1)
			d.Island.Facts[1].Statement = long(stakeholder.MaxTextLen + 1)
			d.Island.Norms[0].Statement = long(stakeholder.MaxTextLen + 1)
			d.Icebergs.Ours.Reasoning[0] = long(stakeholder.MaxTextLen + 1)
			d.Icebergs.Theirs.Positions[0] = long(stakeholder.MaxTextLen + 1)
		}, []problem{
			{"stakeholders[0].name", stakeholder.ReasonTooLarge}, {"stakeholders[0].location", stakeholder.ReasonTooLarge},
			{"stakeholders[0].notes", stakeholder.ReasonTooLarge},
			{"interlocutors[0].name", stakeholder.ReasonTooLarge}, {"interlocutors[0].phone", stakeholder.ReasonTooLarge},
			{"interlocutors[0].email", stakeholder.ReasonTooLarge}, {"interlocutors[0].location", stakeholder.ReasonTooLarge},
			{"interlocutors[0].notes", stakeholder.ReasonTooLarge},
			{"contacts[2].notes", stakeholder.ReasonTooLarge},
			{"island.facts[1].statement", stakeholder.ReasonTooLarge}, {"island.norms[0].statement", stakeholder.ReasonTooLarge},
			{"icebergs.ours.reasoning[0]", stakeholder.ReasonTooLarge}, {"icebergs.theirs.positions[0]", stakeholder.ReasonTooLarge},
		}},
		{"invalid UTF-8", func(d *stakeholder.Dossier) {
			d.Stakeholders[1].Name = "Don\xffor"
			d.Stakeholders[1].Notes = "\xc3"
			d.Interlocutors[2].Email = "a\xfe@example.org"
			d.Contacts[0].Notes = "\xed\xa0\x80" // a surrogate half
			d.Island.Norms[1].Statement = "\x80"
			d.Icebergs.Theirs.Values = []string{"ok", "\xff"}
			d.Icebergs.Ours.Positions[0] = "\xc0\xaf"
		}, []problem{
			{"stakeholders[1].name", stakeholder.ReasonInvalid}, {"stakeholders[1].notes", stakeholder.ReasonInvalid},
			{"interlocutors[2].email", stakeholder.ReasonInvalid},
			{"contacts[0].notes", stakeholder.ReasonInvalid},
			{"island.norms[1].statement", stakeholder.ReasonInvalid},
			{"icebergs.ours.positions[0]", stakeholder.ReasonInvalid}, {"icebergs.theirs.values[1]", stakeholder.ReasonInvalid},
		}},
		{"edge to an unknown node", func(d *stakeholder.Dossier) { d.Influence[0].To = nid(0x99) },
			[]problem{{"influence[0].to", stakeholder.ReasonReference}}},
		{"edge from an unknown node", func(d *stakeholder.Dossier) { d.Influence[1].From = nid(0x99) },
			[]problem{{"influence[1].from", stakeholder.ReasonReference}}},
		{"edge to the target, which is not a node", func(d *stakeholder.Dossier) { d.Influence[1].To = targetID },
			[]problem{{"influence[1].to", stakeholder.ReasonReference}}},
		{"edge from the nil ID", func(d *stakeholder.Dossier) { d.Influence[1].From = uuid.Nil },
			[]problem{{"influence[1].from", stakeholder.ReasonReference}}},
		{"self-loop", func(d *stakeholder.Dossier) { d.Influence[4].To = s2ID },
			[]problem{{"influence[4].to", stakeholder.ReasonCycle}}},
		{"weights", func(d *stakeholder.Dossier) {
			d.Influence[0].Weight = 0
			d.Influence[1].Weight = -1
			d.Influence[2].Weight = 1.5
			d.Influence[3].Weight = math.NaN()
			d.Influence[4].Weight = 1 // the bound is allowed
		}, []problem{
			{"influence[0].weight", stakeholder.ReasonOutOfRange}, {"influence[1].weight", stakeholder.ReasonOutOfRange},
			{"influence[2].weight", stakeholder.ReasonOutOfRange}, {"influence[3].weight", stakeholder.ReasonOutOfRange},
		}},
		{"unknown node and bad weight on one edge", func(d *stakeholder.Dossier) {
			d.Influence[2].From = nid(0x99)
			d.Influence[2].Weight = 2
		}, []problem{{"influence[2].from", stakeholder.ReasonReference}, {"influence[2].weight", stakeholder.ReasonOutOfRange}}},
		{"duplicate edge", func(d *stakeholder.Dossier) {
			d.Influence = append(d.Influence, stakeholder.Edge{From: agencyID, To: s1ID, Weight: 0.1})
		}, []problem{{"influence[5]", stakeholder.ReasonDuplicate}}},
		{"contact with an unknown interlocutor", func(d *stakeholder.Dossier) { d.Contacts[3].Interlocutor = nid(0x99) },
			[]problem{{"contacts[3].interlocutor", stakeholder.ReasonReference}}},
		{"contact with a stakeholder, not an interlocutor", func(d *stakeholder.Dossier) { d.Contacts[3].Interlocutor = s1ID },
			[]problem{{"contacts[3].interlocutor", stakeholder.ReasonReference}}},
		{"contact without staff or time", func(d *stakeholder.Dossier) {
			d.Contacts[1].Staff = uuid.Nil
			d.Contacts[4].At = time.Time{}
		}, []problem{{"contacts[1].staff", stakeholder.ReasonRequired}, {"contacts[4].at", stakeholder.ReasonRequired}}},
		{"every problem at once", func(d *stakeholder.Dossier) {
			d.Target = uuid.Nil
			d.Stakeholders[0].Name = ""
			d.Stakeholders[2].ID = s1ID
			d.Stakeholders[2].Influence = 3
			d.Interlocutors[0].Level = 0
			d.Interlocutors[1].Notes = "\xff"
			d.Influence[0].To = d.Influence[0].From
			d.Influence[3].Weight = 0
			d.Contacts[0].Interlocutor = uuid.Nil
			d.Contacts[2].Channel = 0
			d.Island.Facts[0].Statement = long(stakeholder.MaxTextLen + 1)
		}, []problem{
			{"target", stakeholder.ReasonRequired},
			{"stakeholders[0].name", stakeholder.ReasonRequired},
			{"stakeholders[2].id", stakeholder.ReasonDuplicate},
			{"stakeholders[2].influence", stakeholder.ReasonOutOfRange},
			{"interlocutors[0].level", stakeholder.ReasonRequired},
			{"interlocutors[1].notes", stakeholder.ReasonInvalid},
			{"influence[0].to", stakeholder.ReasonCycle},
			{"influence[3].weight", stakeholder.ReasonOutOfRange},
			{"contacts[0].interlocutor", stakeholder.ReasonReference},
			{"contacts[2].channel", stakeholder.ReasonRequired},
			{"island.facts[0].statement", stakeholder.ReasonTooLarge},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDossier()
			tt.mut(&d)
			err := d.Validate()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(t, err))
			for _, p := range tt.want {
				assert.ErrorIs(t, err, &stakeholder.FieldError{Path: p.Path, Reason: p.Reason})
			}
		})
	}
}

func TestValidateErrorsAs(t *testing.T) {
	d := validDossier()
	d.Stakeholders[1].Position = 7
	err := d.Validate()
	var fe *stakeholder.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "stakeholders[1].position", fe.Path)
	assert.Equal(t, stakeholder.ReasonOutOfRange, fe.Reason)
	assert.Equal(t, "stakeholder", fe.Pkg)
	assert.NotErrorIs(t, err, &stakeholder.FieldError{Path: "stakeholders[1].position", Reason: stakeholder.ReasonRequired})
}

func TestDossierNetwork(t *testing.T) {
	d := validDossier()
	n, err := d.Network()
	require.NoError(t, err)
	assert.Equal(t, 7, n.Len(), "the agency, three stakeholders and three interlocutors")
	assert.Equal(t, 5, n.Edges())
	for _, id := range []uuid.UUID{agencyID, s1ID, s2ID, s3ID, i1ID, i2ID, i3ID} {
		assert.True(t, n.Has(id), "%v", id)
	}
	assert.False(t, n.Has(targetID), "the target is not a node")
	assert.False(t, n.Has(staffA))

	s, ok := n.Strongest(agencyID, i1ID)
	require.True(t, ok)
	assert.InDelta(t, 0.72, s, 1e-12)
}

func TestDossierLeverage(t *testing.T) {
	d := validDossier()
	lev, err := d.Leverage()
	require.NoError(t, err)
	require.Len(t, lev.Paths, 2)
	assert.Equal(t, i1ID, lev.Paths[0].Target)
	assert.Equal(t, []uuid.UUID{agencyID, s1ID, i1ID}, lev.Paths[0].Nodes, "through the religious authority, not the weak direct edge")
	assert.InDelta(t, 0.9*0.8, lev.Paths[0].Strength, 1e-12)
	assert.Equal(t, i2ID, lev.Paths[1].Target)
	assert.Equal(t, []uuid.UUID{agencyID, s2ID, i2ID}, lev.Paths[1].Nodes)
	assert.InDelta(t, 0.5*0.6, lev.Paths[1].Strength, 1e-12)
	assert.Equal(t, []uuid.UUID{i3ID}, lev.Unreachable)
	assert.Equal(t, 2, lev.Isolated, "s3 and i3")
	require.Len(t, lev.Intermediaries, 2)
	assert.Equal(t, s1ID, lev.Intermediaries[0].ID, "one path each: the stronger first")
	assert.Equal(t, 1, lev.Intermediaries[0].Paths)
	assert.InDelta(t, 0.72, lev.Intermediaries[0].Strength, 1e-12)
	assert.Equal(t, s2ID, lev.Intermediaries[1].ID)
	assert.Equal(t, 1, lev.Intermediaries[1].Paths)
	assert.InDelta(t, 0.3, lev.Intermediaries[1].Strength, 1e-12)

	// No interlocutors: nothing to reach.
	d.Interlocutors, d.Contacts = nil, nil
	d.Influence = d.Influence[3:4]
	lev, err = d.Leverage()
	require.NoError(t, err)
	assert.Empty(t, lev.Paths)
	assert.Empty(t, lev.Unreachable)
	assert.Equal(t, 2, lev.Isolated, "s1 and s3")
}

func TestDossierLeverageOfInvalidDossier(t *testing.T) {
	d := validDossier()
	d.Influence[1].Weight = 2
	_, err := d.Leverage()
	require.Error(t, err)
	assert.NotEmpty(t, fieldErrors(t, err))
}

// TestDossierNetworkErrorPathsNameDossierFields: the errors of
// Dossier.Network and Dossier.Leverage on a dossier that was not validated
// should name the dossier's fields, as every other FieldError does. They
// name NewNetwork's arguments instead ("nodes[3]", "edges[1].weight"),
// which are not paths of a Dossier.
func TestDossierNetworkErrorPathsNameDossierFields(t *testing.T) {
	d := validDossier()
	d.Stakeholders[2].ID = s1ID
	d.Influence[1].Weight = 2
	_, err := d.Network()
	require.Error(t, err)
	assert.Equal(t, []problem{
		{"stakeholders[2].id", stakeholder.ReasonDuplicate},
		{"influence[1].weight", stakeholder.ReasonOutOfRange},
	}, problems(t, err))
	_, err = d.Leverage()
	assert.ErrorIs(t, err, &stakeholder.FieldError{Path: "influence[1].weight", Reason: stakeholder.ReasonOutOfRange})
}

func TestDossierRoundTrip(t *testing.T) {
	for name, d := range map[string]stakeholder.Dossier{
		"full":    validDossier(),
		"minimal": {Target: targetID, Agency: agencyID},
		"redacted": func() stakeholder.Dossier {
			return validDossier().Redact()
		}(),
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, stakeholder.EncodeDossier(&buf, d))
			got, err := stakeholder.DecodeDossier(bytes.NewReader(buf.Bytes()), stakeholder.Limits{})
			require.NoError(t, err, buf.String())
			assert.Equal(t, d, got)

			// Encoding is deterministic.
			var again bytes.Buffer
			require.NoError(t, stakeholder.EncodeDossier(&again, got))
			assert.Equal(t, buf.String(), again.String())
		})
	}
}

func TestDecodeDossierEmptyListsAreNil(t *testing.T) {
	in := `{"target":"` + targetID.String() + `","agency":"` + agencyID.String() + `","stakeholders":[],"influence":[],"interlocutors":[],"contacts":[],"island":{"facts":[],"norms":[]},"icebergs":{"ours":{"positions":[]}}}`
	d, err := stakeholder.DecodeDossier(strings.NewReader(in), stakeholder.Limits{})
	require.NoError(t, err)
	assert.Equal(t, stakeholder.Dossier{Target: targetID, Agency: agencyID}, d)
}

func TestDecodeDossierErrors(t *testing.T) {
	const (
		tgt = `"target":"6ba7b810-9dad-41d1-80b4-0000000000a0"`
		agc = `"agency":"6ba7b810-9dad-41d1-80b4-000000000001"`
		st  = `{"id":"6ba7b810-9dad-41d1-80b4-000000000011","name":"x","role":"media","influence":0.5,"position":0,"confidence":"low"}`
	)
	tests := []struct {
		name string
		in   string
		lim  stakeholder.Limits
		want []problem
	}{
		{"empty", ``, stakeholder.Limits{}, []problem{{"", stakeholder.ReasonSyntax}}},
		{"not JSON", `{"target":`, stakeholder.Limits{}, []problem{{"target", stakeholder.ReasonSyntax}}},
		{"trailing data", `{` + tgt + `,` + agc + `} {}`, stakeholder.Limits{}, []problem{{"", stakeholder.ReasonSyntax}}},
		{"unknown field", `{` + tgt + `,` + agc + `,"stakeholders":[` + strings.Replace(st, `"name":"x"`, `"name":"x","nickname":"x"`, 1) + `]}`, stakeholder.Limits{},
			[]problem{{"stakeholders[0].nickname", stakeholder.ReasonUnknown}}},
		{"unknown role", `{` + tgt + `,` + agc + `,"stakeholders":[` + strings.Replace(st, `"media"`, `"oracle"`, 1) + `]}`, stakeholder.Limits{},
			[]problem{{"stakeholders[0].role", stakeholder.ReasonUnknown}}},
		// The decoder's problems come with Validate's, which do not restate
		// them: the channel is not "required" too.
		{"unknown channel", `{` + tgt + `,` + agc + `,"contacts":[{"channel":"pigeon"}]}`, stakeholder.Limits{},
			[]problem{{"contacts[0].channel", stakeholder.ReasonUnknown}, {"contacts[0].interlocutor", stakeholder.ReasonReference},
				{"contacts[0].staff", stakeholder.ReasonRequired}, {"contacts[0].at", stakeholder.ReasonRequired},
				{"contacts[0].level", stakeholder.ReasonRequired}, {"contacts[0].outcome", stakeholder.ReasonRequired}}},
		{"unknown level", `{` + tgt + `,` + agc + `,"interlocutors":[{"id":"6ba7b810-9dad-41d1-80b4-000000000021","name":"x","level":"general"}]}`, stakeholder.Limits{},
			[]problem{{"interlocutors[0].level", stakeholder.ReasonUnknown}}},
		{"duplicate key", `{` + tgt + `,` + agc + `,` + agc + `}`, stakeholder.Limits{},
			[]problem{{"agency", stakeholder.ReasonDuplicate}}},
		{"duplicate key differing in case", `{` + tgt + `,` + agc + `,"Agency":"6ba7b810-9dad-41d1-80b4-000000000001"}`, stakeholder.Limits{},
			[]problem{{"agency", stakeholder.ReasonDuplicate}}},
		{"wrong type", `{` + tgt + `,` + agc + `,"stakeholders":[` + strings.Replace(st, `"influence":0.5`, `"influence":"high"`, 1) + `]}`, stakeholder.Limits{},
			[]problem{{"stakeholders[0].influence", stakeholder.ReasonType}}},
		{"too large", `{` + tgt + `,` + agc + `}`, stakeholder.Limits{MaxBytes: 40}, []problem{{"", stakeholder.ReasonTooLarge}}},
		{"too many elements", `{` + tgt + `,` + agc + `,"stakeholders":[{},{},{},{}]}`, stakeholder.Limits{MaxElements: 3},
			[]problem{{"stakeholders", stakeholder.ReasonTooLarge}}},
		{"string too long", `{` + tgt + `,` + agc + `,"stakeholders":[{"notes":"` + strings.Repeat("n", 65) + `"}]}`, stakeholder.Limits{MaxString: 64},
			[]problem{{"stakeholders[0].notes", stakeholder.ReasonTooLarge}}},
		{"too deep", `{` + tgt + `,` + agc + `,"island":{"facts":[{}]}}`, stakeholder.Limits{MaxDepth: 2},
			[]problem{{"island.facts", stakeholder.ReasonTooLarge}}},
		{"invalid UTF-8", `{` + tgt + `,` + agc + `,"stakeholders":[{"name":"a` + "\xff" + `"}]}`, stakeholder.Limits{},
			[]problem{{"stakeholders[0].name", stakeholder.ReasonSyntax}}},
		{"then validated", `{` + tgt + `,` + agc + `,"stakeholders":[` + strings.Replace(st, `"influence":0.5`, `"influence":1.2`, 1) + `]}`, stakeholder.Limits{},
			[]problem{{"stakeholders[0].influence", stakeholder.ReasonOutOfRange}}},
		{"no target", `{` + agc + `}`, stakeholder.Limits{}, []problem{{"target", stakeholder.ReasonRequired}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := stakeholder.DecodeDossier(strings.NewReader(tt.in), tt.lim)
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(t, err))
			assert.Equal(t, stakeholder.Dossier{}, d, "a failed decode returns the zero Dossier")
		})
	}
}

func TestEncodeDossierRefusesInvalid(t *testing.T) {
	d := validDossier()
	d.Interlocutors[1].Credibility = math.NaN()
	var buf bytes.Buffer
	err := stakeholder.EncodeDossier(&buf, d)
	require.Error(t, err)
	assert.Equal(t, []problem{{"interlocutors[1].credibility", stakeholder.ReasonOutOfRange}}, problems(t, err))
	assert.Zero(t, buf.Len(), "nothing written")
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestEncodeDossierWriteError(t *testing.T) {
	assert.Error(t, stakeholder.EncodeDossier(failWriter{}, validDossier()))
}

func TestDossierString(t *testing.T) {
	d := validDossier()
	assert.Equal(t, "dossier on 6ba7b810: 3 stakeholders, 5 influence edges, 3 interlocutors, 5 contacts", d.String())
	assert.Equal(t, d.String(), d.GoString())
}
