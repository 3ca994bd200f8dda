package agreement

import (
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/humanitarian-negotiation/protection/internal/words"
)

// This file holds how the package's results read for people: in words.
// Parties and phases are named by their names, which name organisations
// and steps, not people. Commitments are named by their number in the
// agreement ("commitment 3") in String, never by their texts, which are
// sensitive; the Words methods name them by their texts, shortened, for the
// negotiator's own screen.

// textLen is how many characters of a commitment's text the Words methods
// show: a longer text is cut on a word boundary and ends with "…".
const textLen = 60

// numbered names a commitment by its number: "commitment 3", or "a
// commitment" for none.
func numbered(n int) string {
	if n <= 0 {
		return "a commitment"
	}
	return "commitment " + strconv.Itoa(n)
}

// quoted names a commitment by its text, shortened and in quotation marks,
// or by its number when it has no text.
func quoted(n int, text string) string {
	if t := words.Shorten(text, textLen); t != "" {
		return "“" + t + "”"
	}
	return numbered(n)
}

// partyRef names a party by its name, or "the party".
func partyRef(name string) string {
	if name == "" {
		return "the party"
	}
	return name
}

// phaseRef names a phase by its name: "the phase “inhabited areas”", or
// "the next phase" when it has none.
func phaseRef(name string) string {
	if name == "" {
		return "the next phase"
	}
	return "the phase “" + name + "”"
}

// String gives the tally: "10 commitments (4 fully implemented); 6 due, 3
// honoured (50%)".
func (t Tally) String() string {
	s := words.Count(t.Commitments, "commitment", "") + " (" + strconv.Itoa(t.Count(ImplementationFull)) + " fully implemented); " +
		strconv.Itoa(t.Due) + " due, " + strconv.Itoa(t.Compliant) + " honoured"
	if c, ok := t.Compliance(); ok {
		s += " (" + words.Percent(c) + ")"
	}
	return s
}

// String gives the party's tally under its name: "MILF: …".
func (p PartyTally) String() string {
	if p.PartyName == "" {
		return "an unnamed party: " + p.Tally.String()
	}
	return p.PartyName + ": " + p.Tally.String()
}

// String gives the phase's tally: "the phase “inhabited areas”: …", or "no
// phase: …".
func (p PhaseTally) String() string {
	if p.Phase == [16]byte{} {
		return "no phase: " + p.Tally.String()
	}
	return phaseRef(p.PhaseName) + ": " + p.Tally.String()
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

// String gives the phase's progress: "the phase “inhabited areas”: 3 of 4
// commitments at the rule's level (75%), complete, open, started".
func (p PhaseProgress) String() string {
	s := phaseRef(p.PhaseName) + ": " + strconv.Itoa(p.Reached) + " of " + words.Count(p.Commitments, "commitment", "") + " at the rule's level (" +
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

// String gives the commitment's state in words: "breached, intermediate
// implementation, not verified". It names no commitment: [Agreement.States]
// gives the states in the order of the agreement's commitments.
func (s State) String() string {
	out := s.Status.Label() + ", " + s.Implementation.Label() + " implementation"
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

// String gives the item, the commitment named by its number, never its
// text: "commitment 3 by MILF, due 2010-06-30", and since when, for a
// breach and the like.
func (it Item) String() string { return it.line(numbered(it.Number)) }

// Words gives the item as String does, but names the commitment by its
// text, shortened to a line: "“Release every child identified in the
// ranks” by MILF, due 2010-06-30". The text is sensitive: show Words to the
// negotiator, never log it.
func (it Item) Words() string { return it.line(quoted(it.Number, it.Text)) }

// GoString is String, so that %#v shows no text either.
func (it Item) GoString() string { return it.String() }

// Format writes String for every verb.
func (it Item) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(it.String())) }

// LogValue logs String, never the commitment's text.
func (it Item) LogValue() slog.Value { return slog.StringValue(it.String()) }

func (it Item) line(c string) string {
	s := c + " by " + partyRef(it.PartyName) + ", due " + it.Due.UTC().Format(time.DateOnly)
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
	return name + ": " + strconv.Itoa(a.Verified) + " of " + words.Count(a.Commitments, "commitment", "") + " verified as implemented"
}
