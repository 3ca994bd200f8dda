package agreement

import (
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/sanctions"
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

// Screen screens the agreement's draft — its [Agreement.Proposal] — against
// the sanctions that list the parties its terms benefit: the armed actor,
// with the designations armed records, and the other counterparts given
// (the host state, a supplier …), for an organisation of standing s on the
// day at. It is sanctions.Screen over the proposal; see there for what the
// report holds. Terms keep their IDs, or take their commitment's.
//
// armed must be the agreement's armed actor (its ID is a.Actor); another
// actor is a *FieldError at "actor", and so is an armed actor given again
// among others. Screen modifies none of its arguments.
func (a Agreement) Screen(armed actor.Actor, s sanctions.Standing, at time.Time, others ...sanctions.Counterpart) (sanctions.Report, error) {
	if armed.ID != a.Actor {
		return sanctions.Report{}, &FieldError{Pkg: pkg, Path: "actor", Reason: ReasonConflict,
			Detail: "the actor screened is not the agreement's armed actor"}
	}
	cps := make([]sanctions.Counterpart, 0, 1+len(others))
	cps = append(cps, sanctions.Counterpart{Entity: redline.EntityArmedActor, Designations: armed.Designations})
	for _, o := range others {
		if o.Entity == redline.EntityArmedActor {
			return sanctions.Report{}, &FieldError{Pkg: pkg, Path: "actor", Reason: ReasonDuplicate,
				Detail: "the armed actor's designations come from the actor; do not give it again among the other counterparts"}
		}
		cps = append(cps, o)
	}
	return sanctions.Screen(a.Proposal(), cps, s, at)
}
