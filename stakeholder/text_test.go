package stakeholder_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

var snakeWord = regexp.MustCompile(`[a-z]+_[a-z_]+`)

func TestResultStrings(t *testing.T) {
	a, b, c := uuid.MustParse("1a2b3c4d-0000-4000-8000-000000000001"), uuid.MustParse("5e6f7a8b-0000-4000-8000-000000000002"), uuid.MustParse("2c3d4e5f-0000-4000-8000-000000000003")
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	tests := []struct {
		v    fmt.Stringer
		want string
	}{
		{stakeholder.Placement{ID: a, Role: stakeholder.RoleReligiousAuthority, Quadrant: stakeholder.QuadrantAllies, Action: stakeholder.ActionMobilise, Rank: 1},
			"stakeholder 1a2b3c4d (" + stakeholder.RoleReligiousAuthority.Label() + "): mobilise, rank 1 — " + stakeholder.QuadrantAllies.Label()},
		{stakeholder.Path{Target: b, Nodes: []uuid.UUID{a, c, b}, Strength: 0.42}, "to 5e6f7a8b through 1 intermediary, strength 0.42 of 1"},
		{stakeholder.Path{Target: b, Nodes: []uuid.UUID{a, b}, Strength: 0.9}, "to 5e6f7a8b directly, strength 0.90 of 1"},
		{stakeholder.Intermediary{ID: c, Paths: 3, Strength: 1.2}, "2c3d4e5f: on 3 paths, carrying 1.20"},
		{stakeholder.Leverage{Paths: []stakeholder.Path{{Target: b, Nodes: []uuid.UUID{a, c, b}, Strength: 0.42}}, Intermediaries: []stakeholder.Intermediary{{ID: c, Paths: 1, Strength: 0.42}},
			Unreachable: []uuid.UUID{a}, Isolated: 2},
			"leverage: 1 target reached, 1 unreachable, 2 nodes out of reach\n  - to 5e6f7a8b through 1 intermediary, strength 0.42 of 1\n  - intermediary 2c3d4e5f: on 1 path, carrying 0.42"},
		{stakeholder.Coverage{Covered: []actor.Level{actor.LevelPoliticalLeadership}, Missing: []actor.Level{actor.LevelFrontlineCommanders, actor.LevelRankAndFile}, Weak: []uuid.UUID{a}},
			"levels reached: political leadership; missing: frontline commanders, rank and file; 1 interlocutor below the thresholds of authority and credibility"},
		{stakeholder.Gap{Interlocutor: a, From: day("2020-01-01"), To: day("2020-03-01")}, "contact with interlocutor 1a2b3c4d lapsed from 2020-01-01 to 2020-03-01 (60 days)"},
		{stakeholder.Custody{Interlocutor: a, Staff: b}, "interlocutor 1a2b3c4d: every contact by staff member 5e6f7a8b, lost at handover"},
		{stakeholder.Stale{Interlocutor: a, Last: day("2020-01-01")}, "interlocutor 1a2b3c4d: not contacted since 2020-01-01"},
		{stakeholder.Stale{Interlocutor: a}, "interlocutor 1a2b3c4d: never contacted"},
		{stakeholder.Salience{Power: true, Urgency: true}, "power, urgency"},
		{stakeholder.Salience{}, "no power, legitimacy or urgency"},
		{stakeholder.Edge{From: a, To: b, Weight: 0.5}, "1a2b3c4d → 5e6f7a8b, weight 0.50 of 1"},
		{stakeholder.ACDParty{Name: "Sierra Leone", Side: "A", Role: stakeholder.RoleHostState}, "Sierra Leone (side A, " + stakeholder.RoleHostState.Label() + ")"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.v.String())
		s := fmt.Sprint(tt.v)
		assert.Equal(t, tt.want, s, "fmt prints the String")
		assert.False(t, snakeWord.MatchString(s), s)
	}
	n, err := stakeholder.NewNetwork([]uuid.UUID{a, b, c}, []stakeholder.Edge{{From: a, To: b, Weight: 0.5}})
	require.NoError(t, err)
	assert.Equal(t, "influence network of 3 nodes and 1 edges", fmt.Sprint(n))
	assert.False(t, strings.Contains(fmt.Sprint(n), "{"), "not a raw struct")
}

// A row of the shipped UCDP/PRIO subset reads as words: sides, intensity,
// type and incompatibility.
func TestACDRowString(t *testing.T) {
	rows := readSubset(t)
	var minor, war string
	for _, r := range rows {
		switch {
		case r.ConflictID == 10 && r.Year == 2005:
			minor = r.String()
		case r.ConflictID == 187 && r.Year == 1995:
			war = r.String()
		}
	}
	assert.Equal(t, "conflict 10 (Philippines), 2005: Philippines against CPP — a minor intrastate conflict over government", minor)
	assert.Equal(t, "conflict 187 (Sierra Leone), 1995: Sierra Leone against RUF — an internationalised intrastate war over government", war)
	assert.Equal(t, "conflict 1 (X), 2000: A against B", ucdp.Conflict{ConflictID: 1, Location: "X", Year: 2000, SideA: []string{"A"}, SideB: []string{"B"}}.String())
	for _, r := range rows {
		assert.False(t, snakeWord.MatchString(r.String()), r.String())
	}
}
