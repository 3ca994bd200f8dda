package redline

import "sort"

// kindTable maps term kinds to their compiled rules. Kinds are short
// snake_case words, so the table groups them by length and, within a
// length, compares the first byte before the whole word: a lookup is one
// indexed load and, usually, one string comparison.
type kindTable struct {
	byLen [MaxWordLen + 1]struct{ lo, hi int32 } // the slots of each length
	slots []kindSlot                             // sorted by length, then kind
}

type kindSlot struct {
	idx       int32 // the slot's own index in kindTable.slots
	kind      Kind
	rules     []hotRule // the kind's rules, most severe first, then by ID
	ids       []string  // their IDs, in the same order
	uncovered string    // why no rule examines the kind, when the policy says so
}

// hotRule is what checking reads of a rule, packed together: its
// conditions, severity and approval level, and the rest behind a pointer.
type hotRule struct {
	conds    []cond
	sev      Severity
	approval Authority
	cr       *crule
}

// eval is crule.eval on the packed rule.
func (h *hotRule) eval(t *Term) tri { return evalConds(h.conds, t) }

// unexamined reports whether a term of the slot's kind goes unexamined: no
// rule examines the kind, and the policy gives no reason.
func (s *kindSlot) unexamined() bool { return len(s.rules) == 0 && s.uncovered == "" }

func newKindTable(m map[Kind]*kindEntry) kindTable {
	var t kindTable
	for k, e := range m {
		hot := make([]hotRule, len(e.rules))
		for i, r := range e.rules {
			hot[i] = hotRule{conds: r.conds, sev: r.rule.Severity, approval: r.rule.Approval, cr: r}
		}
		t.slots = append(t.slots, kindSlot{kind: k, rules: hot, ids: e.ids, uncovered: e.uncovered})
	}
	sort.Slice(t.slots, func(i, j int) bool {
		a, b := t.slots[i].kind, t.slots[j].kind
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a < b
	})
	for i := range t.slots {
		t.slots[i].idx = int32(i)
	}
	for i, s := range t.slots {
		n := len(s.kind) // kinds are valid words: 1..MaxWordLen bytes
		if t.byLen[n].hi == 0 {
			t.byLen[n].lo = int32(i)
		}
		t.byLen[n].hi = int32(i + 1)
	}
	return t
}

// get returns the slot of kind k, or nil.
func (t *kindTable) get(k Kind) *kindSlot {
	n := len(k)
	if n == 0 || n > MaxWordLen {
		return nil
	}
	r := t.byLen[n]
	for i := r.lo; i < r.hi; i++ {
		s := &t.slots[i]
		if s.kind[0] == k[0] && s.kind == k {
			return s
		}
	}
	return nil
}
