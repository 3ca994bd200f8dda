package agreement

import (
	"time"

	"golang.org/x/exp/stats"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// Distribution describes a set of numbers: how many, their mean, and their
// quartiles and 90th percentile (Hyndman and Fan's type 7, the common
// default). All are 0 when N is 0, so the zero value describes an empty set.
// It is a plain value, safe for concurrent use.
type Distribution struct {
	N      int     `json:"n"`
	Mean   float64 `json:"mean"`
	P25    float64 `json:"p25"`
	Median float64 `json:"median"`
	P75    float64 `json:"p75"`
	P90    float64 `json:"p90"`
}

func distribution(v []float64) Distribution {
	if len(v) == 0 {
		return Distribution{}
	}
	q := stats.Quantiles(v, 0.25, 0.5, 0.75, 0.9)
	return Distribution{N: len(v), Mean: stats.Mean(v), P25: q[0], Median: q[1], P75: q[2], P90: q[3]}
}

// Research summarises many agreements at one moment, for research: how late
// positive commitments were fulfilled, and how compliance is spread across
// agreements. The zero value is the summary of no agreements at the zero
// time. It is a plain value, safe for concurrent use.
type Research struct {
	At time.Time `json:"at"`
	// Delay is the days from each fulfilled positive commitment's due date to
	// its fulfilment; negative when early.
	Delay Distribution `json:"delay"`
	// Compliance is each agreement's compliance rate (0 to 1), over the
	// agreements with something due.
	Compliance Distribution `json:"compliance"`
	// Implementation is each agreement's share of commitments fully
	// implemented (0 to 1).
	Implementation Distribution `json:"implementation"`
}

// SummariseAgreements summarises agreements at time at. Each agreement is validated; a
// problem is a *FieldError with a path prefixed "[i]." for the i-th
// agreement. It does not modify its argument.
func SummariseAgreements(agreements []Agreement, at time.Time) (Research, error) {
	c := check.Errors{Pkg: pkg}
	for i, a := range agreements {
		c.AddErr(check.Index("", i), a.Validate())
	}
	if err := c.Err(); err != nil {
		return Research{}, err
	}
	out := Research{At: at}
	var delays, compliance, implementation []float64
	for _, a := range agreements {
		states, _ := a.states(at)
		var t Tally
		for i := range a.Commitments {
			cm, s := &a.Commitments[i], &states[i]
			t.add(s, cm, at)
			if cm.Obligation == ObligationPositive && !s.Fulfilled.IsZero() {
				delays = append(delays, s.Fulfilled.Sub(cm.Due).Hours()/24)
			}
		}
		if r, ok := t.Compliance(); ok {
			compliance = append(compliance, r)
		}
		if t.Commitments > 0 {
			implementation = append(implementation, t.Share(ImplementationFull))
		}
	}
	out.Delay = distribution(delays)
	out.Compliance = distribution(compliance)
	out.Implementation = distribution(implementation)
	return out, nil
}
