package stakeholder

import (
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/words"
)

// Fact is a fact of the context as the parties see it: agreed by both, or
// contested. Statement is free text and is sensitive. The zero value is a
// contested fact with no statement. A Fact is a plain value, safe for
// concurrent use.
type Fact struct {
	Statement string `json:"statement"`
	Agreed    bool   `json:"agreed"`
}

// String shows whether the fact is agreed, not the statement.
func (f Fact) String() string {
	if f.Agreed {
		return "agreed fact"
	}
	return "contested fact"
}

// GoString is String.
func (f Fact) GoString() string { return f.String() }

// Format writes String for every verb.
func (f Fact) Format(s fmt.State, verb rune) { writeSafe(s, f.String()) }

// LogValue logs whether the fact is agreed, not the statement.
func (f Fact) LogValue() slog.Value { return slog.StringValue(f.String()) }

// Norm is a norm invoked in the negotiation: convergent when both sides
// hold it, divergent otherwise. Statement is free text and is sensitive. The
// zero value is a divergent norm with no statement. A Norm is a plain value,
// safe for concurrent use.
type Norm struct {
	Statement  string `json:"statement"`
	Convergent bool   `json:"convergent"`
}

// String shows whether the norm is convergent, not the statement.
func (n Norm) String() string {
	if n.Convergent {
		return "convergent norm"
	}
	return "divergent norm"
}

// GoString is String.
func (n Norm) GoString() string { return n.String() }

// Format writes String for every verb.
func (n Norm) Format(s fmt.State, verb rune) { writeSafe(s, n.String()) }

// LogValue logs whether the norm is convergent, not the statement.
func (n Norm) LogValue() slog.Value { return slog.StringValue(n.String()) }

// Island is the CCHN's Island of Agreement: the facts of the context,
// agreed or contested, and the norms, convergent or divergent. Dialogue
// starts on the island — agreed facts and convergent norms — and works
// outwards. Statements are free text and are sensitive: String, fmt and slog
// show only counts, and Redact clears them. The zero value is an empty
// analysis. An Island is a plain value whose methods only read it, so it is
// safe for concurrent reads.
type Island struct {
	Facts []Fact `json:"facts,omitempty"`
	Norms []Norm `json:"norms,omitempty"`
}

// Agreement returns the island itself: the agreed facts and the convergent
// norms, in their order, where dialogue starts.
func (i Island) Agreement() Island {
	var out Island
	for _, f := range i.Facts {
		if f.Agreed {
			out.Facts = append(out.Facts, f)
		}
	}
	for _, n := range i.Norms {
		if n.Convergent {
			out.Norms = append(out.Norms, n)
		}
	}
	return out
}

// Contested returns what lies off the island: contested facts and divergent
// norms, to be worked on from it.
func (i Island) Contested() Island {
	var out Island
	for _, f := range i.Facts {
		if !f.Agreed {
			out.Facts = append(out.Facts, f)
		}
	}
	for _, n := range i.Norms {
		if !n.Convergent {
			out.Norms = append(out.Norms, n)
		}
	}
	return out
}

// String counts what the analysis holds, without its statements.
func (i Island) String() string {
	a := i.Agreement()
	return "island of agreement: " + strconv.Itoa(len(a.Facts)) + " of " + words.Count(len(i.Facts), "fact", "") + " agreed, " +
		strconv.Itoa(len(a.Norms)) + " of " + words.Count(len(i.Norms), "norm", "") + " convergent"
}

// GoString is String.
func (i Island) GoString() string { return i.String() }

// Format writes String for every verb.
func (i Island) Format(f fmt.State, verb rune) { writeSafe(f, i.String()) }

// LogValue logs the counts only.
func (i Island) LogValue() slog.Value { return slog.StringValue(i.String()) }

// Redact returns a copy with every statement cleared, keeping whether each
// fact is agreed and each norm convergent.
func (i Island) Redact() Island {
	var out Island
	for _, f := range i.Facts {
		out.Facts = append(out.Facts, Fact{Agreed: f.Agreed})
	}
	for _, n := range i.Norms {
		out.Norms = append(out.Norms, Norm{Convergent: n.Convergent})
	}
	return out
}

// Iceberg is the CCHN's iceberg of one side: its positions (what it asks),
// the reasoning under them (how), and the values and norms at the bottom
// (why). Its entries are free text and are sensitive. The zero value is an
// empty iceberg. An Iceberg is a plain value whose methods only read it, so
// it is safe for concurrent reads.
type Iceberg struct {
	Positions []string `json:"positions,omitempty"`
	Reasoning []string `json:"reasoning,omitempty"`
	Values    []string `json:"values,omitempty"`
}

// String counts the iceberg's entries without showing them.
func (b Iceberg) String() string {
	return "iceberg: " + words.Count(len(b.Positions), "position", "") + ", " + words.Count(len(b.Reasoning), "reason", "") + ", " + words.Count(len(b.Values), "value", "")
}

// GoString is String.
func (b Iceberg) GoString() string { return b.String() }

// Format writes String for every verb.
func (b Iceberg) Format(s fmt.State, verb rune) { writeSafe(s, b.String()) }

// LogValue logs the counts only.
func (b Iceberg) LogValue() slog.Value { return slog.StringValue(b.String()) }

func (b Iceberg) clone() Iceberg {
	return Iceberg{Positions: slices.Clone(b.Positions), Reasoning: slices.Clone(b.Reasoning), Values: slices.Clone(b.Values)}
}

func (ib Icebergs) clone() Icebergs {
	return Icebergs{Ours: ib.Ours.clone(), Theirs: ib.Theirs.clone()}
}

// Icebergs holds both sides' icebergs: the organisation's and the
// counterpart's. String, fmt and slog show only counts, and Redact clears the
// entries. The zero value holds two empty icebergs. An Icebergs is a plain
// value whose methods only read it, so it is safe for concurrent reads.
type Icebergs struct {
	Ours   Iceberg `json:"ours,omitzero"`
	Theirs Iceberg `json:"theirs,omitzero"`
}

// String counts what the icebergs hold, without their entries.
func (ib Icebergs) String() string {
	return "icebergs: ours " + strings.TrimPrefix(ib.Ours.String(), "iceberg: ") + "; theirs " + strings.TrimPrefix(ib.Theirs.String(), "iceberg: ")
}

// GoString is String.
func (ib Icebergs) GoString() string { return ib.String() }

// Format writes String for every verb.
func (ib Icebergs) Format(f fmt.State, verb rune) { writeSafe(f, ib.String()) }

// LogValue logs the counts only.
func (ib Icebergs) LogValue() slog.Value { return slog.StringValue(ib.String()) }

// Redact returns a copy with every entry cleared, keeping the counts.
func (ib Icebergs) Redact() Icebergs {
	blank := func(ss []string) []string {
		if ss == nil {
			return nil
		}
		return make([]string, len(ss))
	}
	r := func(b Iceberg) Iceberg {
		return Iceberg{Positions: blank(b.Positions), Reasoning: blank(b.Reasoning), Values: blank(b.Values)}
	}
	return Icebergs{Ours: r(ib.Ours), Theirs: r(ib.Theirs)}
}
