package assessment_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/internal/deep"
)

func shuffle[E any](r *rand.Rand, s []E) {
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
}

// TestPropertyNoFunctionModifiesItsInput calls every exported function and
// method that takes an Input, an Actor, a Plan or a list of topics on random
// values, their slices shuffled so an in-place sort would show, and compares
// each argument before and after.
func TestPropertyNoFunctionModifiesItsInput(t *testing.T) {
	r := newRand(88)
	topics := []assessment.Topic{
		assessment.TopicDetaineeTreatment, assessment.TopicMines, assessment.TopicHealthCare,
		assessment.TopicReleaseOfChildren, assessment.TopicUnspecified, assessment.TopicMines,
		assessment.TopicAssistance, assessment.TopicDetentionAccess, assessment.TopicCivilianHarm,
	}
	kikaSubsetIncidents := readKIKA(t, kikaSubset)
	for range 300 {
		in := randomInput(r)
		shuffle(r, in.Concerns)
		shuffle(r, in.Risks)
		shuffle(r, in.Context.Prohibitions)
		shuffle(r, in.Evidence)
		shuffle(r, in.Actor.Designations)
		shuffle(r, in.Actor.Norms)
		shuffle(r, in.Actor.Interests)
		shuffle(r, in.Actor.Levels)
		if in.Plan != nil {
			shuffle(r, in.Plan.Interlocutors)
		}
		shuffle(r, topics)
		d := assessment.MustNewDecider(randomPolicy(r))
		incidents := slices.Clone(kikaSubsetIncidents)
		shuffle(r, incidents)
		query := assessment.IncidentQuery{Country: "SSD", WindowDays: 365, Perpetrators: []incident.Perpetrator{incident.PerpetratorPolice, incident.PerpetratorCivilian}}
		shuffle(r, query.Perpetrators)

		calls := []struct {
			name string
			call func()
		}{
			{"Decider.Decide", func() {
				dec, err := d.Decide(in)
				require.NoError(t, err)
				_, _ = dec.Escalations(), dec.Missing()
			}},
			{"Input.Validate", func() { require.NoError(t, in.Validate()) }},
			{"Decider.IncidentEvidence", func() {
				_, err := d.IncidentEvidence(incidents, query, date("2021-06-01"))
				require.NoError(t, err)
			}},
			{"EncodeInput", func() { require.NoError(t, assessment.EncodeInput(&bytes.Buffer{}, in)) }},
			{"Sprintf", func() { _ = fmt.Sprintf("%v %+v %s", in, in, in.Actor) }},
			{"Arguments", func() { _ = assessment.Arguments(in.Actor) }},
			{"EntryPoints", func() { _ = assessment.EntryPoints(in.Actor, topics) }},
			{"Review", func() {
				if in.Plan != nil {
					_ = assessment.Review(*in.Plan, in.Actor)
				}
			}},
			{"Readiness", func() {
				if in.Plan != nil {
					_ = assessment.Readiness(*in.Plan)
				}
			}},
		}
		for _, c := range calls {
			before, topicsBefore := deep.Copy(in), slices.Clone(topics)
			incidentsBefore, queryBefore := slices.Clone(incidents), deep.Copy(query)
			c.call()
			require.Empty(t, deep.Diff(before, in), "%s modified its input", c.name)
			require.Equal(t, topicsBefore, topics, "%s modified its topics", c.name)
			require.Equal(t, incidentsBefore, incidents, "%s modified its incidents", c.name)
			require.Empty(t, deep.Diff(queryBefore, query), "%s modified its query", c.name)
		}
	}
}

// TestDecisionSharesNoMemory checks that a decision and a policy handed out
// are the caller's own: changing them changes nothing the library holds.
func TestDecisionSharesNoMemory(t *testing.T) {
	r := newRand(89)
	for range 50 {
		p := randomPolicy(r)
		d := assessment.MustNewDecider(p)
		in := randomInput(r)
		first, err := d.Decide(in)
		require.NoError(t, err)
		want := deep.Copy(first)
		for i := range first.Grounds {
			first.Grounds[i] = assessment.Ground{}
		}
		got := d.Policy()
		got.Weights = got.Weights.With(assessment.FactorCriticality, 99)
		got.Engage = 2
		require.Equal(t, p, d.Policy(), "the decider's policy changed through a copy")
		again, err := d.Decide(in)
		require.NoError(t, err)
		require.Empty(t, deep.Diff(want, again), "an earlier decision shares memory with a later one")
	}
}
