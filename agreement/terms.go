package agreement

import (
	"github.com/humanitarian-negotiation/protection/redline"
)

// Proposal returns the agreement's commitments that carry a red-line term,
// as a proposal for redline: check a draft against the organisation's
// policy before signature. Each term keeps its own ID, or takes the
// commitment's. Terms come in the order of the commitments; a commitment
// without a term kind is left out (a policy cannot judge it — record the
// term to have it checked).
func (a Agreement) Proposal() []redline.Term {
	var out []redline.Term
	for _, c := range a.Commitments {
		if c.Term.Kind == "" {
			continue
		}
		t := c.Term
		if t.ID == "" {
			t.ID = c.ID.String()
		}
		if t.Extra != nil {
			x := make(map[string]redline.Value, len(t.Extra))
			for k, v := range t.Extra {
				x[k] = v
			}
			t.Extra = x
		}
		out = append(out, t)
	}
	return out
}

// Unchecked returns the commitments that carry no red-line term, which a
// check of the Proposal cannot cover.
func (a Agreement) Unchecked() []Commitment {
	var out []Commitment
	for _, c := range a.Commitments {
		if c.Term.Kind == "" {
			out = append(out, c)
		}
	}
	return out
}
