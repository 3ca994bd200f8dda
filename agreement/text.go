package agreement

import (
	"strconv"
	"time"

	"github.com/humanitarian-negotiation/protection/internal/words"
)

// This file holds how the package's results read for people: in words,
// commitments, parties and phases named by the first eight characters of
// their IDs, never by their texts or names, which are sensitive.

// String gives the tally: "10 commitments (4 fully implemented); 6 due, 3
// honoured (50%)".
func (t Tally) String() string {
	s := strconv.Itoa(t.Commitments) + " commitments (" + strconv.Itoa(t.Count(ImplementationFull)) + " fully implemented); " +
		strconv.Itoa(t.Due) + " due, " + strconv.Itoa(t.Compliant) + " honoured"
	if c, ok := t.Compliance(); ok {
		s += " (" + words.Percent(c) + ")"
	}
	return s
}

// String gives the party's tally: "party 1a2b3c4d: …".
func (p PartyTally) String() string { return "party " + short(p.Party) + ": " + p.Tally.String() }

// String gives the phase's tally: "phase 1a2b3c4d: …", or "no phase: …".
func (p PhaseTally) String() string {
	if p.Phase == [16]byte{} {
		return "no phase: " + p.Tally.String()
	}
	return "phase " + short(p.Phase) + ": " + p.Tally.String()
}

// String gives the theme's tally: "health care: …".
func (t ThemeTally) String() string {
	if t.Theme == 0 {
		return "no theme: " + t.Tally.String()
	}
	return t.Theme.Label() + ": " + t.Tally.String()
}

// String gives the protection risk's tally, the risk in the GPC's words.
func (r RiskTally) String() string { return r.Risk.Label() + ": " + r.Tally.String() }

// String gives the phase's progress: "phase 1a2b3c4d: 3 of 4 commitments
// at the rule's level (75%), complete, open, started".
func (p PhaseProgress) String() string {
	s := "phase " + short(p.Phase) + ": " + strconv.Itoa(p.Reached) + " of " + strconv.Itoa(p.Commitments) + " commitments at the rule's level (" +
		words.Percent(p.Share) + ")"
	for _, f := range []struct {
		on      bool
		yes, no string
	}{{p.Complete, "complete", "not complete"}, {p.Open, "open", "waiting for an earlier phase"}, {p.Started, "started", "not started"}} {
		if f.on {
			s += ", " + f.yes
		} else {
			s += ", " + f.no
		}
	}
	return s
}

// String gives the commitment's state in words: "commitment 1a2b3c4d:
// breached, intermediate implementation, not verified".
func (s State) String() string {
	out := "commitment " + short(s.Commitment) + ": " + s.Status.Label() + ", " + s.Implementation.Label() + " implementation"
	if s.Verified {
		out += ", verified"
	} else {
		out += ", not verified"
	}
	if s.Denied {
		out += ", denied by the party"
	}
	if s.AccessLost {
		out += ", monitors without access"
	}
	return out
}

// String gives the item: "commitment 1a2b3c4d of party 5e6f7a8b, due
// 2010-06-30", and since when, for a breach and the like.
func (it Item) String() string {
	s := "commitment " + short(it.Commitment) + " of party " + short(it.By) + ", due " + it.Due.UTC().Format(time.DateOnly)
	if !it.Since.IsZero() {
		s += ", since " + it.Since.UTC().Format(time.DateOnly)
	}
	return s
}

// String gives the activity's status: "release of children: 1 of 2
// commitments verified as implemented".
func (a ActivityStatus) String() string {
	name := a.Activity.Label()
	if a.Own != "" {
		name = a.OwnLabel
	}
	return name + ": " + strconv.Itoa(a.Verified) + " of " + strconv.Itoa(a.Commitments) + " commitments verified as implemented"
}
