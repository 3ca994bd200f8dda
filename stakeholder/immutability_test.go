package stakeholder_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/internal/deep"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

func shuffle[E any](r *rand.Rand, s []E) {
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
}

// randomDossier returns the valid dossier with every list shuffled, so an
// in-place sort would show, weights and scores varied, and some contacts
// dropped.
func randomDossier(r *rand.Rand) stakeholder.Dossier {
	d := validDossier()
	for i := range d.Influence {
		d.Influence[i].Weight = 0.05 + 0.95*r.Float64()
	}
	for i := range d.Stakeholders {
		d.Stakeholders[i].Influence = r.Float64()
		d.Stakeholders[i].Position = 2*r.Float64() - 1
	}
	d.Contacts = d.Contacts[:r.IntN(len(d.Contacts)+1)]
	if len(d.Contacts) == 0 {
		d.Contacts = nil
	}
	shuffle(r, d.Stakeholders)
	shuffle(r, d.Influence)
	shuffle(r, d.Interlocutors)
	shuffle(r, d.Contacts)
	shuffle(r, d.Island.Facts)
	shuffle(r, d.Island.Norms)
	return d
}

// TestPropertyNoFunctionModifiesItsArguments calls every exported function
// and method that takes a dossier or part of one on random dossiers and
// deep-compares each argument before and after.
func TestPropertyNoFunctionModifiesItsArguments(t *testing.T) {
	r := rand.New(rand.NewPCG(88, 9))
	target := targetActor()
	at := day(60)
	for range 200 {
		d := randomDossier(r)
		targets := []uuid.UUID{i2ID, i1ID, i3ID, agencyID}
		shuffle(r, targets)
		n, err := d.Network()
		require.NoError(t, err)
		calls := []struct {
			name string
			call func()
		}{
			{"Dossier.Validate", func() { require.NoError(t, d.Validate()) }},
			{"Dossier.Leverage", func() { _, err := d.Leverage(); require.NoError(t, err) }},
			{"Dossier.Network", func() { _, err := d.Network(); require.NoError(t, err) }},
			{"Network.Leverage", func() { _, err := n.Leverage(agencyID, targets); require.NoError(t, err) }},
			{"Dossier.Redact", func() { _ = d.Redact() }},
			{"Summarise", func() {
				h, err := stakeholder.Summarise(d, target, at, stakeholder.HandoverOptions{})
				require.NoError(t, err)
				_ = h.Redact()
			}},
			{"AnalyseContinuity", func() {
				_, err := stakeholder.AnalyseContinuity(d.Interlocutors, d.Contacts, at, stakeholder.ContinuityOptions{})
				require.NoError(t, err)
			}},
			{"CoverageOf", func() {
				_, err := stakeholder.CoverageOf(target, d.Interlocutors, stakeholder.CoverageOptions{})
				require.NoError(t, err)
			}},
			{"Place", func() { _ = stakeholder.Place(d.Stakeholders) }},
			{"WriteSVG", func() {
				require.NoError(t, stakeholder.WriteSVG(&bytes.Buffer{}, d.Stakeholders, stakeholder.SVGOptions{}))
			}},
			{"EncodeDossier", func() { require.NoError(t, stakeholder.EncodeDossier(&bytes.Buffer{}, d)) }},
			{"Island", func() { _, _, _ = d.Island.Agreement(), d.Island.Contested(), d.Island.Redact() }},
			{"Icebergs.Redact", func() { _ = d.Icebergs.Redact() }},
			{"Sprintf", func() { _ = fmt.Sprintf("%v %+v %#v %s", d, d, d, d.Stakeholders) }},
		}
		for _, c := range calls {
			before, targetsBefore, actorBefore := deep.Copy(d), deep.Copy(targets), deep.Copy(target)
			c.call()
			require.Empty(t, deep.Diff(before, d), "%s modified the dossier", c.name)
			require.Empty(t, deep.Diff(targetsBefore, targets), "%s modified the targets", c.name)
			require.Empty(t, deep.Diff(actorBefore, target), "%s modified the actor", c.name)
		}
	}
}

func TestPropertyNetworkFromACDModifiesNoRow(t *testing.T) {
	f, err := os.Open("../actor/ucdp/testdata/ucdp-prio-acd-subset.csv")
	require.NoError(t, err)
	defer f.Close()
	rows, err := ucdp.ReadConflicts(f, ucdp.ConflictOptions{})
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(88, 10))
	for range 50 {
		shuffle(r, rows)
		for i := range rows {
			shuffle(r, rows[i].SideA)
			shuffle(r, rows[i].SideB)
		}
		before := deep.Copy(rows)
		n := stakeholder.NetworkFromACD(rows, rows[r.IntN(len(rows))].ConflictID)
		_ = n.Nodes()
		require.Empty(t, deep.Diff(before, rows), "NetworkFromACD modified its rows")
	}
}

// TestRedactSharesNoMemory changes everything a redacted copy holds and
// checks the original is as it was, and the other way round.
func TestRedactSharesNoMemory(t *testing.T) {
	d := validDossier()
	before := deep.Copy(d)
	red := d.Redact()
	for i := range red.Stakeholders {
		red.Stakeholders[i].Influence = -1
		if red.Stakeholders[i].Salience != nil {
			red.Stakeholders[i].Salience.Power = !red.Stakeholders[i].Salience.Power
		}
	}
	for i := range red.Interlocutors {
		red.Interlocutors[i].Level = actor.LevelRankAndFile
	}
	for i := range red.Contacts {
		red.Contacts[i].Staff = uuid.Nil
	}
	for i := range red.Influence {
		red.Influence[i].Weight = 0
	}
	for i := range red.Island.Facts {
		red.Island.Facts[i].Agreed = !red.Island.Facts[i].Agreed
	}
	for _, s := range [][]string{red.Icebergs.Ours.Positions, red.Icebergs.Ours.Reasoning, red.Icebergs.Ours.Values, red.Icebergs.Theirs.Positions} {
		for i := range s {
			s[i] = "tampered"
		}
	}
	require.Empty(t, deep.Diff(before, d), "changing the redacted copy changed the dossier")
}

// TestHandoverRedactSharesNoMemory changes every list a redacted handover
// holds and checks the handover is as it was: Redact promises a deep copy.
func TestHandoverRedactSharesNoMemory(t *testing.T) {
	h, err := stakeholder.Summarise(validDossier(), targetActor(), day(60), stakeholder.HandoverOptions{})
	require.NoError(t, err)
	before := deep.Copy(h)
	red := h.Redact()
	require.NotEmpty(t, red.Coverage.Required)
	require.NotEmpty(t, red.Continuity.Gaps)
	require.NotEmpty(t, red.Map)
	require.NotEmpty(t, red.Leverage.Paths)
	require.NotEmpty(t, red.Leverage.Intermediaries)

	for i := range red.Relationships {
		for j := range red.Relationships[i].Staff {
			red.Relationships[i].Staff[j] = uuid.Nil
		}
	}
	for _, l := range [][]actor.Level{red.Coverage.Required, red.Coverage.Covered, red.Coverage.Missing} {
		for i := range l {
			l[i] = 0
		}
	}
	for _, ids := range [][]uuid.UUID{red.Coverage.Weak, red.Continuity.AdHoc, red.Leverage.Unreachable} {
		for i := range ids {
			ids[i] = uuid.Nil
		}
	}
	for i := range red.Continuity.Gaps {
		red.Continuity.Gaps[i].Interlocutor = uuid.Nil
	}
	for i := range red.Continuity.SingleCustody {
		red.Continuity.SingleCustody[i].Staff = uuid.Nil
	}
	for i := range red.Continuity.Stale {
		red.Continuity.Stale[i].Interlocutor = uuid.Nil
	}
	for i := range red.Map {
		red.Map[i].Rank = -1
	}
	for i := range red.Stakeholders {
		if red.Stakeholders[i].Salience != nil {
			red.Stakeholders[i].Salience.Power = !red.Stakeholders[i].Salience.Power
		}
	}
	for i := range red.Leverage.Paths {
		red.Leverage.Paths[i].Strength = -1
		for j := range red.Leverage.Paths[i].Nodes {
			red.Leverage.Paths[i].Nodes[j] = uuid.Nil
		}
	}
	for i := range red.Leverage.Intermediaries {
		red.Leverage.Intermediaries[i].Paths = -1
	}
	for i := range red.Island.Facts {
		red.Island.Facts[i].Agreed = !red.Island.Facts[i].Agreed
	}
	for _, s := range [][]string{red.Icebergs.Ours.Positions, red.Icebergs.Ours.Reasoning, red.Icebergs.Ours.Values, red.Icebergs.Theirs.Positions} {
		for i := range s {
			s[i] = "tampered"
		}
	}
	require.Empty(t, deep.Diff(before, h), "changing the redacted copy changed the handover")
}

// TestRelationshipRedact: the redacted copy holds none of the interlocutor's
// sensitive fields, keeps everything else, and shares no memory with the
// original.
func TestRelationshipRedact(t *testing.T) {
	d, sec := secretDossier()
	h, err := stakeholder.Summarise(d, targetActor(), day(60), stakeholder.HandoverOptions{})
	require.NoError(t, err)
	r := h.Relationships[1]
	require.Equal(t, i1ID, r.Interlocutor.ID)
	require.NotEmpty(t, r.Staff)
	before := deep.Copy(r)

	red := r.Redact()
	require.Empty(t, deep.Diff(before, r), "Redact modified the relationship")
	b, err := json.Marshal(red)
	require.NoError(t, err)
	assertNoSecrets(t, "JSON of Relationship.Redact", string(b), sec.all)
	in := r.Interlocutor
	assert.Equal(t, stakeholder.Interlocutor{ID: in.ID, Name: stakeholder.Redacted, Level: in.Level, Faction: in.Faction,
		Authority: in.Authority, Credibility: in.Credibility}, red.Interlocutor)
	want := r
	want.Interlocutor = red.Interlocutor
	assert.Equal(t, want, red, "Redact keeps everything but the interlocutor's sensitive fields")
	assert.Equal(t, red, red.Redact(), "Redact is idempotent")

	for i := range red.Staff {
		red.Staff[i] = uuid.Nil
	}
	require.Empty(t, deep.Diff(before, r), "changing the redacted copy changed the relationship")
	assert.Equal(t, stakeholder.Relationship{}, stakeholder.Relationship{}.Redact(), "a blank relationship stays blank")
}

// TestSummariseSharesNoMemory changes everything a handover holds and checks
// the dossier it came from is as it was.
func TestSummariseSharesNoMemory(t *testing.T) {
	d := validDossier()
	before := deep.Copy(d)
	h, err := stakeholder.Summarise(d, targetActor(), day(60), stakeholder.HandoverOptions{})
	require.NoError(t, err)
	for i := range h.Stakeholders {
		h.Stakeholders[i].Name = "tampered"
		if h.Stakeholders[i].Salience != nil {
			h.Stakeholders[i].Salience.Power = !h.Stakeholders[i].Salience.Power
		}
	}
	for i := range h.Relationships {
		h.Relationships[i].Interlocutor.Name = "tampered"
		for j := range h.Relationships[i].Staff {
			h.Relationships[i].Staff[j] = uuid.Nil
		}
	}
	for i := range h.Island.Facts {
		h.Island.Facts[i].Statement = "tampered"
	}
	for _, s := range [][]string{h.Icebergs.Ours.Positions, h.Icebergs.Theirs.Positions} {
		for i := range s {
			s[i] = "tampered"
		}
	}
	require.Empty(t, deep.Diff(before, d), "changing the handover changed the dossier")
}
