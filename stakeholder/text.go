package stakeholder

import (
	"strconv"
	"strings"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/words"
)

// This file holds how the package's results read for people. They name
// stakeholders, interlocutors and staff by the first eight characters of
// their IDs, never by name: names are sensitive.

// days writes a duration as whole days, "30 days".
func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return strconv.Itoa(n) + " days"
}

func levels(ls []actor.Level) string {
	if len(ls) == 0 {
		return "none"
	}
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = l.Label()
	}
	return strings.Join(s, ", ")
}

func f2(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// String gives the placement: "stakeholder 1a2b3c4d (religious authority):
// mobilise, 1st — influential and supportive".
func (p Placement) String() string {
	return "stakeholder " + short(p.ID) + " (" + p.Role.Label() + "): " + p.Action.Label() + ", rank " + strconv.Itoa(p.Rank) + " — " + p.Quadrant.Label()
}

// String gives the path: "to 5e6f7a8b through 2 intermediaries, strength
// 0.42 of 1".
func (p Path) String() string {
	n := max(len(p.Nodes)-2, 0)
	via := "directly"
	if n == 1 {
		via = "through 1 intermediary"
	} else if n > 1 {
		via = "through " + strconv.Itoa(n) + " intermediaries"
	}
	return "to " + short(p.Target) + " " + via + ", strength " + f2(p.Strength) + " of 1"
}

// String gives the intermediary: "2c3d4e5f: on 3 paths, carrying 1.20".
func (i Intermediary) String() string {
	paths := "paths"
	if i.Paths == 1 {
		paths = "path"
	}
	return short(i.ID) + ": on " + strconv.Itoa(i.Paths) + " " + paths + ", carrying " + f2(i.Strength)
}

// String gives the leverage: a headline, then a line per path and per
// intermediary.
func (l Leverage) String() string {
	var b strings.Builder
	b.WriteString("leverage: " + words.Count(len(l.Paths), "target", "") + " reached, " + strconv.Itoa(len(l.Unreachable)) + " unreachable, " +
		words.Count(l.Isolated, "node", "") + " out of reach")
	for _, p := range l.Paths {
		b.WriteString("\n  - " + p.String())
	}
	for _, i := range l.Intermediaries {
		b.WriteString("\n  - intermediary " + i.String())
	}
	return b.String()
}

// String gives the coverage: the levels reached and missing, in words, and
// how many interlocutors are too weak to count.
func (c Coverage) String() string {
	return "levels reached: " + levels(c.Covered) + "; missing: " + levels(c.Missing) + "; " + words.Count(len(c.Weak), "interlocutor", "") +
		" below the thresholds of authority and credibility"
}

// String gives the gap: "contact with interlocutor 1a2b3c4d lapsed from
// 2020-01-01 to 2020-03-01 (60 days)".
func (g Gap) String() string {
	return "contact with interlocutor " + short(g.Interlocutor) + " lapsed from " + g.From.UTC().Format(time.DateOnly) + " to " +
		g.To.UTC().Format(time.DateOnly) + " (" + days(int(g.Length()/(24*time.Hour))) + ")"
}

// String gives the custody: "interlocutor 1a2b3c4d: every contact by staff
// member 5e6f7a8b".
func (c Custody) String() string {
	return "interlocutor " + short(c.Interlocutor) + ": every contact by staff member " + short(c.Staff) + ", lost at handover"
}

// String gives the stale relationship: "interlocutor 1a2b3c4d: not
// contacted since 2020-01-01", or "never contacted".
func (s Stale) String() string {
	if s.Last.IsZero() {
		return "interlocutor " + short(s.Interlocutor) + ": never contacted"
	}
	return "interlocutor " + short(s.Interlocutor) + ": not contacted since " + s.Last.UTC().Format(time.DateOnly)
}

// String lists the attributes the stakeholder has: "power, legitimacy", or
// "no power, legitimacy or urgency".
func (s Salience) String() string {
	var out []string
	for _, a := range []struct {
		has  bool
		name string
	}{{s.Power, "power"}, {s.Legitimacy, "legitimacy"}, {s.Urgency, "urgency"}} {
		if a.has {
			out = append(out, a.name)
		}
	}
	if len(out) == 0 {
		return "no power, legitimacy or urgency"
	}
	return strings.Join(out, ", ")
}

// String gives the edge: "1a2b3c4d → 5e6f7a8b, weight 0.50 of 1".
func (e Edge) String() string {
	return short(e.From) + " → " + short(e.To) + ", weight " + f2(e.Weight) + " of 1"
}

// String gives the network's size: "influence network of 12 nodes and 30
// edges".
func (n *Network) String() string {
	if n == nil {
		return "no network"
	}
	return "influence network of " + strconv.Itoa(n.Len()) + " nodes and " + strconv.Itoa(n.Edges()) + " edges"
}

// String gives the party: "Sierra Leone (side A, the host state)" — UCDP's
// public names of conflict parties, not of people.
func (p ACDParty) String() string {
	s := p.Name + " (side " + p.Side
	if p.Secondary {
		s += ", troop supporter"
	}
	return s + ", " + p.Role.Label() + ")"
}

// String gives the network of one conflict: "conflict 187 (Sierra Leone,
// 11 years in the data): 9 parties, 6 influence edges".
func (n ACDNetwork) String() string {
	return "conflict " + strconv.Itoa(n.ConflictID) + " (" + n.Location + ", " + strconv.Itoa(n.Years) + " years in the data): " +
		strconv.Itoa(len(n.Parties)) + " parties, " + strconv.Itoa(len(n.Edges)) + " influence edges"
}
