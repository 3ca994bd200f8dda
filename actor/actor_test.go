package actor_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/checktest"
)

// uid returns a fixed, readable, non-nil UUID for test fixtures.
func uid(n byte) uuid.UUID {
	u := uuid.MustParse("00000000-0000-4000-8000-000000000000")
	u[15] = n
	u[14] = 0xA0 // never nil, even for n == 0
	return u
}

// fieldErrors returns the field errors inside err, in order, and fails t for
// anything else inside it (checktest.FieldErrors).
func fieldErrors(t testing.TB, err error) []*actor.FieldError {
	t.Helper()
	return checktest.FieldErrors(t, "actor", err)
}

// problem is the path and reason of one expected FieldError.
type problem struct {
	Path   string
	Reason actor.Reason
}

func problems(t testing.TB, err error) []problem {
	t.Helper()
	var out []problem
	for _, fe := range fieldErrors(t, err) {
		out = append(out, problem{fe.Path, fe.Reason})
	}
	return out
}

// minimal is the smallest valid actor.
func minimal() actor.Actor {
	return actor.Actor{ID: uid(1), Name: "Moro Islamic Liberation Front", Kind: actor.KindArmedOpposition}
}

// full is a valid actor with every field set.
func full() actor.Actor {
	return actor.Actor{
		ID:                 uid(1),
		Name:               "Moro Islamic Liberation Front",
		Aliases:            []string{"MILF", "Jabhat Tahrir Moro al-Islamiyyah"},
		Kind:               actor.KindArmedOpposition,
		PartyToConflict:    true,
		TerritorialControl: true,
		Command:            actor.CommandCentralised,
		CommunityEmbedded:  true,
		Factions: []actor.Faction{
			{ID: uid(10), Name: "Central Committee", Level: actor.LevelPoliticalLeadership},
			{ID: uid(11), Name: "Bangsamoro Islamic Armed Forces", Parent: uid(10), Level: actor.LevelMilitaryCommand},
			{ID: uid(12), Name: "Base command 105", Parent: uid(11), Level: actor.LevelFrontlineCommanders},
			{ID: uid(13), Name: "Social welfare committee"},
		},
		Designations: []actor.Designation{
			{Kind: actor.DesignationCAAC, Listings: []actor.Listing{
				{Violation: actor.ViolationRecruitmentUse, Since: 2003, Section: actor.AnnexSectionB},
				{Violation: actor.ViolationSexualViolence, Since: 2010},
			}},
			{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic, Regime: "Anti-Terrorism Act", Year: 2020},
			{Kind: actor.DesignationUNSanctions, Jurisdiction: actor.JurisdictionInternational},
		},
		Norms:     []actor.Norm{actor.NormIHL, actor.NormReligiousLaw, actor.NormCodeOfConduct},
		Interests: []actor.Interest{actor.InterestLegitimacy, actor.InterestDelisting, actor.InterestLongTerm},
		Levels:    []actor.Level{actor.LevelPoliticalLeadership, actor.LevelMilitaryCommand, actor.LevelFrontlineCommanders},
		Record: []actor.Engagement{
			{Ref: uid(100), Year: 2009, Outcome: actor.OutcomeHonoured},
			{Ref: uid(101), Outcome: actor.OutcomeOngoing},
		},
	}
}

func TestValidateValid(t *testing.T) {
	tests := map[string]func(*actor.Actor){
		"minimal":                   func(*actor.Actor) {},
		"full":                      func(a *actor.Actor) { *a = full() },
		"name of MaxNameLen bytes":  func(a *actor.Actor) { a.Name = strings.Repeat("a", actor.MaxNameLen) },
		"multibyte name at the cap": func(a *actor.Actor) { a.Name = strings.Repeat("é", actor.MaxNameLen/2) },
		"name with outer spaces":    func(a *actor.Actor) { a.Name = "  MILF  " },
		"zero command":              func(a *actor.Actor) { a.Command = actor.CommandUnspecified },
		"faction without level":     func(a *actor.Actor) { a.Factions = []actor.Faction{{ID: uid(2), Name: "wing"}} },
		"years at the bounds": func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions, Year: actor.MinYear}}
			a.Record = []actor.Engagement{{Ref: uid(3), Year: actor.MaxYear, Outcome: actor.OutcomeRefused}}
		},
		"terrorist listing with a jurisdiction": func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionInternational}}
		},
		"CAAC listing for every trigger, each from its first year": func(a *actor.Actor) {
			var ls []actor.Listing
			for _, v := range actor.Violations() {
				if y := v.FirstReport(); y != 0 {
					ls = append(ls, actor.Listing{Violation: v, Since: y, Section: actor.AnnexSectionA})
				}
			}
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC, Listings: ls}}
		},
		"every kind": func(a *actor.Actor) { a.Kind = actor.KindCriminalGroup },
	}
	for name, mutate := range tests {
		t.Run(name, func(t *testing.T) {
			a := minimal()
			mutate(&a)
			assert.NoError(t, a.Validate())
		})
	}
	for _, k := range actor.Kinds() {
		a := minimal()
		a.Kind = k
		assert.NoError(t, a.Validate(), k.String())
	}
}

func TestValidateProblems(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*actor.Actor)
		want   []problem
	}{
		{"nil ID", func(a *actor.Actor) { a.ID = uuid.Nil }, []problem{{"id", actor.ReasonRequired}}},
		{"blank name", func(a *actor.Actor) { a.Name = "" }, []problem{{"name", actor.ReasonRequired}}},
		{"whitespace-only name", func(a *actor.Actor) { a.Name = " \t\n\u00a0" }, []problem{{"name", actor.ReasonRequired}}},
		{"name too long", func(a *actor.Actor) { a.Name = strings.Repeat("a", actor.MaxNameLen+1) }, []problem{{"name", actor.ReasonTooLarge}}},
		{"name too long in bytes, not runes", func(a *actor.Actor) { a.Name = strings.Repeat("é", actor.MaxNameLen/2+1) }, []problem{{"name", actor.ReasonTooLarge}}},
		{"invalid UTF-8 name", func(a *actor.Actor) { a.Name = "MILF\xff" }, []problem{{"name", actor.ReasonInvalid}}},
		{"blank alias", func(a *actor.Actor) { a.Aliases = []string{"MILF", " "} }, []problem{{"aliases[1]", actor.ReasonRequired}}},
		{"empty alias", func(a *actor.Actor) { a.Aliases = []string{""} }, []problem{{"aliases[0]", actor.ReasonRequired}}},
		{"alias too long", func(a *actor.Actor) { a.Aliases = []string{strings.Repeat("x", actor.MaxNameLen+1)} }, []problem{{"aliases[0]", actor.ReasonTooLarge}}},
		{"invalid UTF-8 alias", func(a *actor.Actor) { a.Aliases = []string{"ok", "\xc3"} }, []problem{{"aliases[1]", actor.ReasonInvalid}}},
		{"zero kind", func(a *actor.Actor) { a.Kind = actor.KindUnspecified }, []problem{{"kind", actor.ReasonRequired}}},
		{"unknown kind", func(a *actor.Actor) { a.Kind = actor.Kind(42) }, []problem{{"kind", actor.ReasonUnknown}}},
		{"unknown command", func(a *actor.Actor) { a.Command = actor.Command(4) }, []problem{{"command", actor.ReasonUnknown}}},
		{"faction nil ID", func(a *actor.Actor) { a.Factions = []actor.Faction{{Name: "wing"}} }, []problem{{"factions[0].id", actor.ReasonRequired}}},
		{"faction blank name", func(a *actor.Actor) { a.Factions = []actor.Faction{{ID: uid(2), Name: "  "}} }, []problem{{"factions[0].name", actor.ReasonRequired}}},
		{"faction name too long", func(a *actor.Actor) {
			a.Factions = []actor.Faction{{ID: uid(2), Name: strings.Repeat("f", actor.MaxNameLen+1)}}
		}, []problem{{"factions[0].name", actor.ReasonTooLarge}}},
		{"duplicate faction IDs", func(a *actor.Actor) {
			a.Factions = []actor.Faction{{ID: uid(2), Name: "a"}, {ID: uid(3), Name: "b"}, {ID: uid(2), Name: "c"}}
		}, []problem{{"factions[2].id", actor.ReasonDuplicate}}},
		{"faction its own parent", func(a *actor.Actor) {
			a.Factions = []actor.Faction{{ID: uid(2), Name: "a", Parent: uid(2)}}
		}, []problem{{"factions[0].parent", actor.ReasonCycle}}},
		{"parent unknown", func(a *actor.Actor) {
			a.Factions = []actor.Faction{{ID: uid(2), Name: "a"}, {ID: uid(3), Name: "b", Parent: uid(9)}}
		}, []problem{{"factions[1].parent", actor.ReasonReference}}},
		{"chain of parents ending at an unknown ID", func(a *actor.Actor) {
			a.Factions = []actor.Faction{{ID: uid(2), Name: "a", Parent: uid(3)}, {ID: uid(3), Name: "b", Parent: uid(9)}}
		}, []problem{{"factions[1].parent", actor.ReasonReference}}},
		{"two-faction parent loop", func(a *actor.Actor) {
			a.Factions = []actor.Faction{{ID: uid(2), Name: "a", Parent: uid(3)}, {ID: uid(3), Name: "b", Parent: uid(2)}}
		}, []problem{{"factions[0].parent", actor.ReasonCycle}, {"factions[1].parent", actor.ReasonCycle}}},
		{"three-faction loop with a tail", func(a *actor.Actor) {
			// The loop is reported at its members; the tail that hangs from
			// it is not itself in a loop.
			a.Factions = []actor.Faction{
				{ID: uid(2), Name: "a", Parent: uid(4)},
				{ID: uid(3), Name: "b", Parent: uid(2)},
				{ID: uid(4), Name: "c", Parent: uid(3)},
				{ID: uid(5), Name: "tail", Parent: uid(2)},
			}
		}, []problem{{"factions[0].parent", actor.ReasonCycle}, {"factions[1].parent", actor.ReasonCycle}, {"factions[2].parent", actor.ReasonCycle}}},
		{"unknown faction level", func(a *actor.Actor) {
			a.Factions = []actor.Faction{{ID: uid(2), Name: "a", Level: actor.Level(6)}}
		}, []problem{{"factions[0].level", actor.ReasonUnknown}}},
		{"designation zero kind", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{}}
		}, []problem{{"designations[0].kind", actor.ReasonRequired}}},
		{"designation unknown kind", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions}, {Kind: actor.DesignationKind(9)}}
		}, []problem{{"designations[1].kind", actor.ReasonUnknown}}},
		{"terrorist listing without jurisdiction", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationTerrorist}}
		}, []problem{{"designations[0].jurisdiction", actor.ReasonRequired}}},
		{"unknown jurisdiction", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions, Jurisdiction: actor.Jurisdiction(3)}}
		}, []problem{{"designations[0].jurisdiction", actor.ReasonUnknown}}},
		{"blank regime", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions, Regime: " "}}
		}, []problem{{"designations[0].regime", actor.ReasonRequired}}},
		{"regime too long", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions, Regime: strings.Repeat("r", actor.MaxNameLen+1)}}
		}, []problem{{"designations[0].regime", actor.ReasonTooLarge}}},
		{"CAAC listing with no listings", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC}}
		}, []problem{{"designations[0].listings", actor.ReasonRequired}}},
		{"listed for denial of humanitarian access", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{
				{Violation: actor.ViolationRecruitmentUse, Since: 2003},
				{Violation: actor.ViolationDenialOfAccess, Since: 2012},
			}}}
		}, []problem{{"designations[0].listings[1].violation", actor.ReasonInvalid}}},
		{"listing with no violation or year", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{}}}}
		}, []problem{{"designations[0].listings[0].violation", actor.ReasonRequired}, {"designations[0].listings[0].since", actor.ReasonRequired}}},
		{"listings on a non-CAAC designation", func(a *actor.Actor) {
			a.Designations = []actor.Designation{
				{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationAbduction, Since: 2016}}},
				{Kind: actor.DesignationUNSanctions, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2003}}},
			}
		}, []problem{{"designations[1].listings", actor.ReasonConflict}}},
		{"two CAAC designations", func(a *actor.Actor) {
			a.Designations = []actor.Designation{
				{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationAbduction, Since: 2016}}},
				{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2003}}},
			}
		}, []problem{{"designations[1].kind", actor.ReasonDuplicate}}},
		{"year on a CAAC designation", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC, Year: 2003, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2003}}}}
		}, []problem{{"designations[0].year", actor.ReasonConflict}}},
		{"duplicate violation", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{
				{Violation: actor.ViolationRecruitmentUse, Since: 2003}, {Violation: actor.ViolationAbduction, Since: 2016}, {Violation: actor.ViolationRecruitmentUse, Since: 2005}}}}
		}, []problem{{"designations[0].listings[2].violation", actor.ReasonDuplicate}}},
		{"unknown violation", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{
				{Violation: actor.ViolationKillingMaiming, Since: 2010}, {Violation: actor.Violation(7), Since: 2010}}}}
		}, []problem{{"designations[0].listings[1].violation", actor.ReasonUnknown}}},
		{"listed before the first trigger", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2000}}}}
		}, []problem{{"designations[0].listings[0].since", actor.ReasonOutOfRange}}},
		{"listed for a violation before it was a trigger", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationAbduction, Since: 2014}}}}
		}, []problem{{"designations[0].listings[0].since", actor.ReasonOutOfRange}}},
		{"listing year beyond MaxYear", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationAbduction, Since: actor.MaxYear + 1}}}}
		}, []problem{{"designations[0].listings[0].since", actor.ReasonOutOfRange}}},
		{"unknown annex section", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationAbduction, Since: 2016, Section: 3}}}}
		}, []problem{{"designations[0].listings[0].section", actor.ReasonUnknown}}},
		{"designation year too early", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions, Year: actor.MinYear - 1}}
		}, []problem{{"designations[0].year", actor.ReasonOutOfRange}}},
		{"designation year too late", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions, Year: actor.MaxYear + 1}}
		}, []problem{{"designations[0].year", actor.ReasonOutOfRange}}},
		{"negative year", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions, Year: -2001}}
		}, []problem{{"designations[0].year", actor.ReasonOutOfRange}}},
		{"zero norm", func(a *actor.Actor) { a.Norms = []actor.Norm{actor.NormIHL, 0} }, []problem{{"norms[1]", actor.ReasonUnknown}}},
		{"unknown norm", func(a *actor.Actor) { a.Norms = []actor.Norm{actor.Norm(7)} }, []problem{{"norms[0]", actor.ReasonUnknown}}},
		{"duplicate norm", func(a *actor.Actor) {
			a.Norms = []actor.Norm{actor.NormIHL, actor.NormHumanity, actor.NormIHL}
		}, []problem{{"norms[2]", actor.ReasonDuplicate}}},
		{"unknown interest", func(a *actor.Actor) { a.Interests = []actor.Interest{actor.Interest(8)} }, []problem{{"interests[0]", actor.ReasonUnknown}}},
		{"duplicate interest", func(a *actor.Actor) {
			a.Interests = []actor.Interest{actor.InterestDelisting, actor.InterestDelisting}
		}, []problem{{"interests[1]", actor.ReasonDuplicate}}},
		{"unknown level", func(a *actor.Actor) { a.Levels = []actor.Level{0} }, []problem{{"levels[0]", actor.ReasonUnknown}}},
		{"duplicate level", func(a *actor.Actor) {
			a.Levels = []actor.Level{actor.LevelRankAndFile, actor.LevelMilitaryCommand, actor.LevelRankAndFile}
		}, []problem{{"levels[2]", actor.ReasonDuplicate}}},
		{"record nil ref", func(a *actor.Actor) {
			a.Record = []actor.Engagement{{Outcome: actor.OutcomeBroken}}
		}, []problem{{"record[0].ref", actor.ReasonRequired}}},
		{"duplicate ref", func(a *actor.Actor) {
			a.Record = []actor.Engagement{{Ref: uid(7), Outcome: actor.OutcomeBroken}, {Ref: uid(7), Outcome: actor.OutcomeReversed}}
		}, []problem{{"record[1].ref", actor.ReasonDuplicate}}},
		{"record zero outcome", func(a *actor.Actor) {
			a.Record = []actor.Engagement{{Ref: uid(7)}}
		}, []problem{{"record[0].outcome", actor.ReasonRequired}}},
		{"record unknown outcome", func(a *actor.Actor) {
			a.Record = []actor.Engagement{{Ref: uid(7), Outcome: actor.EngagementOutcome(8)}}
		}, []problem{{"record[0].outcome", actor.ReasonUnknown}}},
		{"record year out of range", func(a *actor.Actor) {
			a.Record = []actor.Engagement{{Ref: uid(7), Year: 1900, Outcome: actor.OutcomeOngoing}}
		}, []problem{{"record[0].year", actor.ReasonOutOfRange}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := minimal()
			tt.mutate(&a)
			err := a.Validate()
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(t, err))
			for _, p := range tt.want {
				assert.ErrorIs(t, err, &actor.FieldError{Reason: p.Reason, Path: p.Path})
			}
			for _, fe := range fieldErrors(t, err) {
				assert.Equal(t, "actor", fe.Pkg)
				assert.Zero(t, fe.Line, "Validate has no input lines")
				assert.NotEmpty(t, fe.Detail)
				assert.True(t, strings.HasPrefix(fe.Error(), "actor: "+fe.Path+": "), fe.Error())
			}
		})
	}
}

// TestValidateReportsEverything checks that Validate reports every problem
// of an actor at once, not the first one.
func TestValidateReportsEverything(t *testing.T) {
	t.Run("zero value", func(t *testing.T) {
		err := actor.Actor{}.Validate()
		assert.Equal(t, []problem{
			{"id", actor.ReasonRequired},
			{"name", actor.ReasonRequired},
			{"kind", actor.ReasonRequired},
		}, problems(t, err))
	})

	t.Run("a problem in every part", func(t *testing.T) {
		a := actor.Actor{
			Name:    "",
			Aliases: []string{"ok", ""},
			Kind:    actor.Kind(99),
			Command: actor.Command(99),
			Factions: []actor.Faction{
				{Name: "no id"},
				{ID: uid(2), Name: "self", Parent: uid(2)},
				{ID: uid(3), Name: "orphan", Parent: uid(99), Level: actor.Level(99)},
			},
			Designations: []actor.Designation{
				{Kind: actor.DesignationTerrorist, Year: 1066},
				{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationDenialOfAccess, Since: 2010}, {Violation: actor.ViolationDenialOfAccess, Since: 2010}}},
			},
			Norms:     []actor.Norm{actor.NormIHL, actor.NormIHL},
			Interests: []actor.Interest{actor.Interest(99)},
			Levels:    []actor.Level{actor.LevelRankAndFile, actor.LevelRankAndFile},
			Record:    []actor.Engagement{{Year: 3000}},
		}
		err := a.Validate()
		require.Error(t, err)
		j, ok := err.(interface{ Unwrap() []error })
		require.True(t, ok, "several problems are joined: %T", err)
		want := []problem{
			{"id", actor.ReasonRequired},
			{"name", actor.ReasonRequired},
			{"aliases[1]", actor.ReasonRequired},
			{"kind", actor.ReasonUnknown},
			{"command", actor.ReasonUnknown},
			{"factions[0].id", actor.ReasonRequired},
			{"factions[2].level", actor.ReasonUnknown},
			{"factions[1].parent", actor.ReasonCycle},
			{"factions[2].parent", actor.ReasonReference},
			{"designations[0].jurisdiction", actor.ReasonRequired},
			{"designations[0].year", actor.ReasonOutOfRange},
			{"designations[1].listings[0].violation", actor.ReasonInvalid},
			{"designations[1].listings[1].violation", actor.ReasonInvalid},
			{"designations[1].listings[1].violation", actor.ReasonDuplicate},
			{"norms[1]", actor.ReasonDuplicate},
			{"interests[0]", actor.ReasonUnknown},
			{"levels[1]", actor.ReasonDuplicate},
			{"record[0].ref", actor.ReasonRequired},
			{"record[0].year", actor.ReasonOutOfRange},
			{"record[0].outcome", actor.ReasonRequired},
		}
		assert.Len(t, j.Unwrap(), len(want))
		assert.Equal(t, want, problems(t, err))
		for _, p := range want {
			assert.ErrorIs(t, err, &actor.FieldError{Reason: p.Reason, Path: p.Path})
		}
		// A reason at a path that has no problem does not match.
		assert.NotErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonRequired, Path: "factions[1].id"})
		assert.NotErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonDuplicate, Path: "name"})
	})
}

// TestValidateErrorsDoNotEchoContent checks that errors name the field but
// never repeat a name's text, which may be sensitive.
func TestValidateErrorsDoNotEchoContent(t *testing.T) {
	const secret = "Commander Secretname"
	a := minimal()
	a.Name = secret + "\xff"
	a.Aliases = []string{strings.Repeat(secret, 20)}
	a.Factions = []actor.Faction{{Name: secret}}
	a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions, Regime: secret + strings.Repeat(" ", 300)}}
	err := a.Validate()
	require.Error(t, err)
	assert.Len(t, fieldErrors(t, err), 4)
	assert.NotContains(t, err.Error(), "Secretname")
}

func TestDecode(t *testing.T) {
	const in = `{
	  "id": "00000000-0000-4000-8000-00000000a001",
	  "name": "Moro Islamic Liberation Front",
	  "aliases": ["MILF", "Jabhat Tahrir Moro al-Islamiyyah"],
	  "kind": "armed_opposition",
	  "party_to_conflict": true,
	  "territorial_control": true,
	  "command": "centralized",
	  "community_embedded": true,
	  "factions": [
	    {"id": "00000000-0000-4000-8000-00000000a00a", "name": "Central Committee", "level": "political_leadership"},
	    {"id": "00000000-0000-4000-8000-00000000a00b", "name": "Bangsamoro Islamic Armed Forces", "parent": "00000000-0000-4000-8000-00000000a00a", "level": "MILITARY_COMMAND"},
	    {"id": "00000000-0000-4000-8000-00000000a00c", "name": "Base command 105", "parent": "00000000-0000-4000-8000-00000000a00b", "level": "frontline_commanders"},
	    {"id": "00000000-0000-4000-8000-00000000a00d", "name": "Social welfare committee", "parent": "00000000-0000-0000-0000-000000000000"}
	  ],
	  "designations": [
	    {"kind": "caac_annex", "listings": [
	      {"violation": "recruitment_use", "since": 2003, "section": "B"},
	      {"violation": "Rape or other grave sexual violence against children", "since": 2010}
	    ]},
	    {"kind": "terrorist", "jurisdiction": "domestic", "regime": "Anti-Terrorism Act", "year": 2020},
	    {"kind": "un_sanctions", "jurisdiction": "international"}
	  ],
	  "norms": ["ihl", "religious_law", "code_of_conduct"],
	  "interests": ["legitimacy", "delisting", "long_term"],
	  "levels": ["political_leadership", "military_command", "frontline_commanders"],
	  "record": [
	    {"ref": "00000000-0000-4000-8000-00000000a064", "year": 2009, "outcome": "honored"},
	    {"ref": "00000000-0000-4000-8000-00000000a065", "outcome": "ongoing"}
	  ]
	}`
	want := full()

	got, err := actor.Decode(strings.NewReader(in), actor.Limits{})
	require.NoError(t, err)
	assert.Equal(t, want, got)

	got, err = actor.Decode(strings.NewReader("\xEF\xBB\xBF"+in), actor.Limits{})
	require.NoError(t, err, "a byte-order mark is ignored")
	assert.Equal(t, want, got)
}

func TestDecodeErrors(t *testing.T) {
	const ok = `"id":"00000000-0000-4000-8000-00000000a001","name":"MILF","kind":"armed_opposition"`
	tests := []struct {
		name   string
		in     string
		lim    actor.Limits
		path   string
		reason actor.Reason
	}{
		{"unknown field", `{` + ok + `,"factions":[{"id":"00000000-0000-4000-8000-00000000a002","nmae":"x"}]}`, actor.Limits{}, "factions[0].nmae", actor.ReasonUnknown},
		{"unknown top-level field", `{` + ok + `,"leader":"someone"}`, actor.Limits{}, "leader", actor.ReasonUnknown},
		{"unknown enum", `{` + ok + `,"designations":[{"kind":"sanctioned"}]}`, actor.Limits{}, "designations[0].kind", actor.ReasonUnknown},
		{"unknown enum in a list", `{` + ok + `,"norms":["ihl","sharia"]}`, actor.Limits{}, "norms[1]", actor.ReasonUnknown},
		{"unknown kind", `{"id":"00000000-0000-4000-8000-00000000a001","name":"x","kind":"warlord"}`, actor.Limits{}, "kind", actor.ReasonUnknown},
		{"wrong type", `{"id":"00000000-0000-4000-8000-00000000a001","name":5,"kind":"gang"}`, actor.Limits{}, "name", actor.ReasonType},
		{"string for bool", `{` + ok + `,"party_to_conflict":"yes"}`, actor.Limits{}, "party_to_conflict", actor.ReasonType},
		{"object for array", `{` + ok + `,"factions":{}}`, actor.Limits{}, "factions", actor.ReasonType},
		{"number for enum", `{` + ok + `,"command":1}`, actor.Limits{}, "command", actor.ReasonType},
		{"fraction for year", `{` + ok + `,"record":[{"ref":"00000000-0000-4000-8000-00000000a064","year":2009.5,"outcome":"ongoing"}]}`, actor.Limits{}, "record[0].year", actor.ReasonType},
		{"year overflows int", `{` + ok + `,"designations":[{"kind":"un_sanctions","year":1e400}]}`, actor.Limits{}, "designations[0].year", actor.ReasonType},
		{"bad uuid", `{"id":"nope","name":"x","kind":"gang"}`, actor.Limits{}, "id", actor.ReasonInvalid},
		{"duplicate key", `{` + ok + `,"name":"other"}`, actor.Limits{}, "name", actor.ReasonDuplicate},
		{"duplicate key in another case", `{` + ok + `,"Name":"other"}`, actor.Limits{}, "name", actor.ReasonDuplicate},
		{"trailing data", `{` + ok + `} {}`, actor.Limits{}, "", actor.ReasonSyntax},
		{"truncated", `{` + ok + `,"factions":[{"id":`, actor.Limits{}, "factions[0].id", actor.ReasonSyntax},
		{"empty", " \n", actor.Limits{}, "", actor.ReasonSyntax},
		{"not an object", `[]`, actor.Limits{}, "", actor.ReasonType},
		{"invalid UTF-8", "{" + ok + ",\"aliases\":[\"a\xff\"]}", actor.Limits{}, "aliases[0]", actor.ReasonSyntax},
		{"too large", `{` + ok + `}`, actor.Limits{MaxBytes: 10}, "", actor.ReasonTooLarge},
		{"too deep", `{` + ok + `,"factions":[{}]}`, actor.Limits{MaxDepth: 2}, "factions[0]", actor.ReasonTooLarge},
		{"too many elements", `{` + ok + `,"aliases":["a","b","c","d","e"]}`, actor.Limits{MaxElements: 4}, "aliases", actor.ReasonTooLarge},
		{"string too long", `{` + ok + `,"aliases":["` + strings.Repeat("a", 41) + `"]}`, actor.Limits{MaxString: 40}, "aliases[0]", actor.ReasonTooLarge},
		// Decoding runs Validate: there is no back door.
		{"missing name", `{"id":"00000000-0000-4000-8000-00000000a001","kind":"gang"}`, actor.Limits{}, "name", actor.ReasonRequired},
		{"empty kind", `{"id":"00000000-0000-4000-8000-00000000a001","name":"x","kind":""}`, actor.Limits{}, "kind", actor.ReasonRequired},
		{"null kind", `{"id":"00000000-0000-4000-8000-00000000a001","name":"x","kind":null}`, actor.Limits{}, "kind", actor.ReasonRequired},
		{"invalid after decoding", `{` + ok + `,"designations":[{"kind":"caac_annex"}]}`, actor.Limits{}, "designations[0].listings", actor.ReasonRequired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := actor.Decode(strings.NewReader(tt.in), tt.lim)
			require.Error(t, err)
			assert.Equal(t, actor.Actor{}, got, "a failed decode returns the zero Actor")
			fes := fieldErrors(t, err)
			require.NotEmpty(t, fes)
			assert.Equal(t, tt.path, fes[0].Path, "%v", err)
			assert.Equal(t, tt.reason, fes[0].Reason, "%v", err)
			assert.ErrorIs(t, err, &actor.FieldError{Reason: tt.reason, Path: tt.path})
			for _, fe := range fes {
				assert.Equal(t, "actor", fe.Pkg)
			}
		})
	}
}

func TestDecodeErrorsDoNotEchoContent(t *testing.T) {
	_, err := actor.Decode(strings.NewReader(`{"id":"00000000-0000-4000-8000-00000000a001","name":"Commander Secretname","kind":"Commander Secretname"}`), actor.Limits{})
	require.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonUnknown, Path: "kind"})
	// The unknown word is quoted for the user to find, but a name is never
	// echoed from another field.
	_, err = actor.Decode(strings.NewReader("{\"id\":\"00000000-0000-4000-8000-00000000a001\",\"name\":\"Commander Secretname\xff\",\"kind\":\"gang\"}"), actor.Limits{})
	require.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonSyntax, Path: "name"})
	assert.NotContains(t, err.Error(), "Secretname")
}

func TestEncode(t *testing.T) {
	t.Run("round trip", func(t *testing.T) {
		for _, a := range []actor.Actor{minimal(), full()} {
			var buf bytes.Buffer
			require.NoError(t, actor.Encode(&buf, a))
			assert.True(t, strings.HasPrefix(buf.String(), "{\n  \"id\": "), "indented JSON:\n%s", buf.String())
			assert.True(t, strings.HasSuffix(buf.String(), "}\n"))
			got, err := actor.Decode(&buf, actor.Limits{})
			require.NoError(t, err)
			assert.Equal(t, a, got)
		}
	})

	t.Run("wire words", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, actor.Encode(&buf, full()))
		var m map[string]any
		require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
		assert.Equal(t, "armed_opposition", m["kind"])
		assert.Equal(t, "centralised", m["command"])
		assert.Equal(t, []any{"ihl", "religious_law", "code_of_conduct"}, m["norms"])
		assert.Equal(t, "00000000-0000-4000-8000-00000000a001", m["id"])
		rec := m["record"].([]any)[0].(map[string]any)
		assert.Equal(t, "honoured", rec["outcome"])
	})

	t.Run("minimal omits empty optional fields", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, actor.Encode(&buf, minimal()))
		var m map[string]any
		require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		assert.Equal(t, []string{"id", "kind", "name", "party_to_conflict", "territorial_control"}, keys)
	})

	t.Run("refuses an invalid actor", func(t *testing.T) {
		var buf bytes.Buffer
		a := full()
		a.Name = ""
		a.Norms = append(a.Norms, actor.NormIHL)
		err := actor.Encode(&buf, a)
		require.Error(t, err)
		assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonRequired, Path: "name"})
		assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonDuplicate, Path: "norms[3]"})
		assert.Zero(t, buf.Len(), "nothing is written")
	})
}

func TestActorStringListedRecognises(t *testing.T) {
	assert.Equal(t, "Moro Islamic Liberation Front (armed opposition group)", full().String())
	assert.Equal(t, " (unspecified)", actor.Actor{}.String())
	assert.Equal(t, "X (kind(77))", actor.Actor{Name: "X", Kind: actor.Kind(77)}.String())

	a := full()
	assert.True(t, a.Listed(actor.DesignationCAAC))
	assert.True(t, a.Listed(actor.DesignationTerrorist))
	assert.True(t, a.Listed(actor.DesignationUNSanctions))
	assert.False(t, a.Listed(actor.DesignationUnspecified))
	m := minimal()
	for _, k := range []actor.DesignationKind{actor.DesignationUNSanctions, actor.DesignationTerrorist, actor.DesignationCAAC} {
		assert.False(t, m.Listed(k), k.String())
	}
	a.Designations = a.Designations[1:2]
	assert.False(t, a.Listed(actor.DesignationCAAC))
	assert.True(t, a.Listed(actor.DesignationTerrorist))

	a = full()
	assert.True(t, a.Recognises(actor.NormIHL))
	assert.True(t, a.Recognises(actor.NormReligiousLaw))
	assert.True(t, a.Recognises(actor.NormCodeOfConduct))
	assert.False(t, a.Recognises(actor.NormHumanRights))
	assert.False(t, a.Recognises(actor.NormCustomary))
	assert.False(t, a.Recognises(actor.NormHumanity))
	assert.False(t, m.Recognises(actor.NormIHL))
}

// --- random valid actors -----------------------------------------------------

// nameRunes are the runes random names are made of: letters, spaces,
// punctuation JSON escapes, and multi-byte characters.
var nameRunes = []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'\"\\/<>&.,()éßøÇ中文كمال🙂\u2028\t")

func randName(r *rand.Rand) string {
	if r.IntN(50) == 0 {
		return strings.Repeat("n", actor.MaxNameLen) // at the cap
	}
	var b strings.Builder
	b.WriteRune(nameRunes[r.IntN(52)]) // a letter first: never blank
	for range r.IntN(40) {
		b.WriteRune(nameRunes[r.IntN(len(nameRunes))])
	}
	return b.String()
}

func randUUID(r *rand.Rand, seen map[uuid.UUID]bool) uuid.UUID {
	for {
		var u uuid.UUID
		binary.LittleEndian.PutUint64(u[:8], r.Uint64())
		binary.LittleEndian.PutUint64(u[8:], r.Uint64())
		if u != uuid.Nil && !seen[u] {
			seen[u] = true
			return u
		}
	}
}

// randSubset returns a random selection of values without repeats, in random
// order, or nil.
func randSubset[T any](r *rand.Rand, values []T) []T {
	n := r.IntN(len(values) + 1)
	if n == 0 {
		return nil
	}
	out := make([]T, 0, n)
	for _, i := range r.Perm(len(values))[:n] {
		out = append(out, values[i])
	}
	return out
}

func randYear(r *rand.Rand) int {
	if r.IntN(3) == 0 {
		return 0
	}
	return actor.MinYear + r.IntN(actor.MaxYear-actor.MinYear+1)
}

func allValues[T ~uint8](n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = T(i + 1)
	}
	return out
}

// randActor returns a random valid actor. Every empty list is nil, as
// encoding/json's omitempty gives it back.
func randActor(r *rand.Rand) actor.Actor {
	seen := map[uuid.UUID]bool{}
	a := actor.Actor{
		ID:                 randUUID(r, seen),
		Name:               randName(r),
		Kind:               actor.Kind(1 + r.IntN(len(actor.Kinds()))),
		PartyToConflict:    r.IntN(2) == 0,
		TerritorialControl: r.IntN(2) == 0,
		Command:            actor.Command(r.IntN(4)),
		CommunityEmbedded:  r.IntN(2) == 0,
		Norms:              randSubset(r, allValues[actor.Norm](6)),
		Interests:          randSubset(r, allValues[actor.Interest](7)),
		Levels:             randSubset(r, actor.Levels()),
	}
	for range r.IntN(3) {
		a.Aliases = append(a.Aliases, randName(r))
	}
	for i := range r.IntN(6) {
		f := actor.Faction{ID: randUUID(r, seen), Name: randName(r), Level: actor.Level(r.IntN(6))}
		if i > 0 && r.IntN(3) > 0 {
			f.Parent = a.Factions[r.IntN(i)].ID // an earlier faction: a tree, never a loop
		}
		a.Factions = append(a.Factions, f)
	}
	for range r.IntN(4) {
		d := actor.Designation{Kind: actor.DesignationKind(1 + r.IntN(3)), Jurisdiction: actor.Jurisdiction(r.IntN(3)), Year: randYear(r)}
		if d.Kind == actor.DesignationTerrorist && d.Jurisdiction == 0 {
			d.Jurisdiction = actor.JurisdictionDomestic
		}
		if r.IntN(2) == 0 {
			d.Regime = randName(r)
		}
		if d.Kind == actor.DesignationCAAC {
			if _, dup := a.CAAC(); dup {
				continue
			}
			d.Year = 0
			for len(d.Listings) == 0 {
				for _, v := range randSubset(r, actor.Violations()) {
					if first := v.FirstReport(); first != 0 {
						d.Listings = append(d.Listings, actor.Listing{Violation: v, Since: first + r.IntN(20), Section: actor.AnnexSection(r.IntN(3))})
					}
				}
			}
		}
		a.Designations = append(a.Designations, d)
	}
	for range r.IntN(5) {
		a.Record = append(a.Record, actor.Engagement{Ref: randUUID(r, seen), Year: randYear(r), Outcome: actor.EngagementOutcome(1 + r.IntN(7))})
	}
	return a
}

// TestRandomActorsRoundTrip is a property test: random valid actors validate,
// and Encode then Decode gives each back unchanged.
func TestRandomActorsRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]int{} // what the generated actors covered
	for i := range 500 {
		a := randActor(r)
		for _, f := range a.Factions {
			if f.Parent != uuid.Nil {
				seen["faction with a parent"]++
			}
		}
		for _, d := range a.Designations {
			seen["designation "+d.Kind.String()]++
		}
		if len(a.Name) == actor.MaxNameLen {
			seen["name at the cap"]++
		}
		if len(a.Aliases) > 0 && len(a.Record) > 0 && len(a.Norms) > 0 && len(a.Levels) > 0 && len(a.Interests) > 0 {
			seen["every list set"]++
		}
		if a.Command == actor.CommandUnspecified {
			seen["no command"]++
		}
		require.NoError(t, a.Validate(), "actor %d: %+v", i, a)

		var buf bytes.Buffer
		require.NoError(t, actor.Encode(&buf, a), "actor %d", i)
		got, err := actor.Decode(&buf, actor.Limits{})
		require.NoError(t, err, "actor %d", i)
		require.Equal(t, a, got, "actor %d", i)

		// Plain encoding/json gives the same value back too.
		b, err := json.Marshal(a)
		require.NoError(t, err)
		var plain actor.Actor
		require.NoError(t, json.Unmarshal(b, &plain))
		require.Equal(t, a, plain, "actor %d", i)
	}
	for _, what := range []string{"faction with a parent", "designation un_sanctions", "designation terrorist",
		"designation caac_annex", "name at the cap", "every list set", "no command"} {
		assert.Greater(t, seen[what], 5, "the generator rarely makes: %s", what)
	}
}
