package assessment_test

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
)

// randomIncidents returns n incidents around at, of a few countries,
// perpetrators, actor names and precisions, each with its own ID.
func randomIncidents(r *rand.Rand, at time.Time, span time.Duration, n int) []incident.Incident {
	precs := []incident.Precision{incident.PrecisionExact, incident.PrecisionExact, incident.PrecisionClose, incident.PrecisionWeek,
		incident.PrecisionMonth, incident.PrecisionYear}
	names := []string{"", "SPLA-IO", "SPLA-IO (Machar)", "SSPDF", "NAS"}
	out := make([]incident.Incident, n)
	for i := range out {
		out[i] = incident.Incident{ID: "i" + strconv.Itoa(i), ActorName: names[r.IntN(len(names))],
			Date: at.Add(time.Duration(r.Int64N(int64(span))) - span*3/4), Precision: precs[r.IntN(len(precs))],
			Country: []string{"SSD", "SSD", "SYR"}[r.IntN(3)], Perpetrator: incident.Perpetrator(1 + r.IntN(10)),
			Killed: r.IntN(3), Injured: r.IntN(2), Kidnapped: r.IntN(2), Arrested: r.IntN(2)}
	}
	return out
}

// randomQuery returns a valid query on SSD for the moment at.
func randomQuery(r *rand.Rand, at time.Time) assessment.IncidentQuery {
	q := assessment.IncidentQuery{Country: "SSD"}
	if r.IntN(2) == 0 {
		q.WindowDays = 1 + r.IntN(730)
	} else {
		to := at.AddDate(0, 0, -r.IntN(100))
		q.Period = assessment.Period{From: to.AddDate(0, 0, -1-r.IntN(500)), To: to}
	}
	switch r.IntN(3) {
	case 0:
		q.Names = []string{"SPLA-IO"}
	case 1:
		q.Perpetrators = []incident.Perpetrator{incident.Perpetrator(1 + r.IntN(10)), incident.Perpetrator(1 + r.IntN(10))}
	}
	if r.IntN(3) == 0 {
		q.Coverage = assessment.Coverage{From: at.AddDate(-1, 0, -r.IntN(300)), To: at.AddDate(0, 0, -r.IntN(30)), Excerpt: r.IntN(2) == 0}
	}
	return q
}

// TestPropertyIncidentCounterMerge: incidents cut into consecutive shards,
// each counted by a counter of its own, merged in the order of the shards
// — one into the next, or by pairs — give exactly the evidence of one pass
// over them all, the IDs counted in the order read included.
func TestPropertyIncidentCounterMerge(t *testing.T) {
	r := newRand(28)
	d := defaultDecider(t)
	for run := range 300 {
		at := date("2020-01-01").Add(time.Duration(r.Int64N(int64(3 * year))))
		q := randomQuery(r, at)
		incidents := randomIncidents(r, at, 3*year, r.IntN(200))
		want, err := d.IncidentEvidence(incidents, q, at)
		require.NoError(t, err)

		// Cut points: some shards empty.
		cuts := []int{0, len(incidents)}
		for range r.IntN(6) {
			cuts = append(cuts, r.IntN(len(incidents)+1))
		}
		slices.Sort(cuts)
		counters := make([]*assessment.IncidentCounter, len(cuts)-1)
		for i := range counters {
			c, err := d.NewIncidentCounter(q, at)
			require.NoError(t, err)
			for _, in := range incidents[cuts[i]:cuts[i+1]] {
				require.NoError(t, c.Add(in))
			}
			counters[i] = c
		}
		got := mergeInOrder(t, r, counters)
		require.Equal(t, want, got.Evidence(), "run %d: %d shards", run, len(counters))

		// Dealt at random rather than cut: the same evidence but for the
		// order of the IDs counted.
		dealt := make([]*assessment.IncidentCounter, 1+r.IntN(4))
		for i := range dealt {
			dealt[i], err = d.NewIncidentCounter(q, at)
			require.NoError(t, err)
		}
		for _, in := range incidents {
			require.NoError(t, dealt[r.IntN(len(dealt))].Add(in))
		}
		ev := mergeInOrder(t, r, dealt).Evidence()
		assert.ElementsMatch(t, want.Incidents.Provenance.Counted, ev.Incidents.Provenance.Counted, "run %d", run)
		ev.Incidents.Provenance.Counted = want.Incidents.Provenance.Counted
		require.Equal(t, want, ev, "run %d: dealt over %d counters", run, len(dealt))
	}
}

// mergeInOrder merges the counters in their order, one into the next or as
// two halves merged apart and then together, checking that Merge leaves
// its argument unchanged.
func mergeInOrder(t *testing.T, r *rand.Rand, cs []*assessment.IncidentCounter) *assessment.IncidentCounter {
	t.Helper()
	merge := func(into, from *assessment.IncidentCounter) {
		before := from.Evidence()
		require.NoError(t, into.Merge(from))
		require.Equal(t, before, from.Evidence(), "Merge does not change its argument")
	}
	if len(cs) > 2 && r.IntN(2) == 0 {
		h := len(cs) / 2
		a, b := mergeInOrder(t, r, cs[:h]), mergeInOrder(t, r, cs[h:])
		merge(a, b)
		return a
	}
	for _, c := range cs[1:] {
		merge(cs[0], c)
	}
	return cs[0]
}

func TestIncidentCounterMergeRefuses(t *testing.T) {
	d := defaultDecider(t)
	at := date("2022-01-01")
	q := assessment.IncidentQuery{Country: "SSD", WindowDays: 365, Names: []string{"SPLA-IO"}}
	incidents := randomIncidents(newRand(5), at, year, 50)
	counter := func(d *assessment.Decider, q assessment.IncidentQuery, at time.Time) *assessment.IncidentCounter {
		c, err := d.NewIncidentCounter(q, at)
		require.NoError(t, err)
		for _, in := range incidents {
			require.NoError(t, c.Add(in))
		}
		return c
	}
	p := assessment.DefaultPolicy()
	p.Evidence = assessment.DefaultEvidencePolicy()
	p.Evidence.HighAt = 20
	strict := deciderFor(t, p)
	other := q
	other.Names = []string{"SPLA-IO", "SSPDF"}

	a := counter(d, q, at)
	want := a.Evidence()
	for _, tc := range []struct {
		name string
		b    *assessment.IncidentCounter
		want []problem
	}{
		{"another query", counter(d, other, at), []problem{{"query", assessment.ReasonConflict}}},
		{"another country", counter(d, assessment.IncidentQuery{Country: "SYR", WindowDays: 365, Names: []string{"SPLA-IO"}}, at),
			[]problem{{"query", assessment.ReasonConflict}}},
		{"another moment", counter(d, q, at.AddDate(0, 0, 1)), []problem{{"at", assessment.ReasonConflict}}},
		{"another policy", counter(strict, q, at), []problem{{"policy", assessment.ReasonConflict}}},
		{"all three", counter(strict, other, at.Add(time.Hour)),
			[]problem{{"query", assessment.ReasonConflict}, {"at", assessment.ReasonConflict}, {"policy", assessment.ReasonConflict}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, problems(t, a.Merge(tc.b)))
			assert.Equal(t, want, a.Evidence(), "a refused merge changes nothing")
		})
	}

	// The same moment in another time zone is the same moment.
	b := counter(d, q, at.In(time.FixedZone("EAT", 3*3600)))
	require.NoError(t, a.Merge(b))
	ev := a.Evidence()
	assert.Equal(t, 2*want.Incidents.Incidents, ev.Incidents.Incidents)
	assert.Equal(t, 2*want.Incidents.Provenance.Read, ev.Incidents.Provenance.Read)
	assert.Equal(t, append(slices.Clone(want.Incidents.Provenance.Counted), want.Incidents.Provenance.Counted...), ev.Incidents.Provenance.Counted)
	require.NoError(t, a.Merge(nil), "nil merges nothing")
	assert.Equal(t, ev, a.Evidence())
}
