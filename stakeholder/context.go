package stakeholder

import (
	"fmt"
	"log/slog"
	"strconv"
)

// Fact is a fact of the context as the parties see it: agreed by both, or
// contested. Statement is free text and is sensitive.
type Fact struct {
	Statement string `json:"statement"`
	Agreed    bool   `json:"agreed"`
}

// Norm is a norm invoked in the negotiation: convergent when both sides
// hold it, divergent otherwise. Statement is free text and is sensitive.
type Norm struct {
	Statement  string `json:"statement"`
	Convergent bool   `json:"convergent"`
}

// Island is the CCHN's Island of Agreement: the facts of the context,
// agreed or contested, and the norms, convergent or divergent. Dialogue
// starts on the island — agreed facts and convergent norms — and works
// outwards. Statements are free text and are sensitive: String, fmt and slog
// show only counts, and Redact clears them. The zero value is an empty
// analysis.
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
	return "island of agreement: " + strconv.Itoa(len(a.Facts)) + " of " + strconv.Itoa(len(i.Facts)) + " facts agreed, " +
		strconv.Itoa(len(a.Norms)) + " of " + strconv.Itoa(len(i.Norms)) + " norms convergent"
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
// (why). Its entries are free text and are sensitive.
type Iceberg struct {
	Positions []string `json:"positions,omitempty"`
	Reasoning []string `json:"reasoning,omitempty"`
	Values    []string `json:"values,omitempty"`
}

// Icebergs holds both sides' icebergs: the organisation's and the
// counterpart's. String, fmt and slog show only counts, and Redact clears the
// entries.
type Icebergs struct {
	Ours   Iceberg `json:"ours,omitzero"`
	Theirs Iceberg `json:"theirs,omitzero"`
}

// String counts what the icebergs hold, without their entries.
func (ib Icebergs) String() string {
	c := func(b Iceberg) string {
		return strconv.Itoa(len(b.Positions)) + " positions, " + strconv.Itoa(len(b.Reasoning)) + " reasons, " + strconv.Itoa(len(b.Values)) + " values"
	}
	return "icebergs: ours " + c(ib.Ours) + "; theirs " + c(ib.Theirs)
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
