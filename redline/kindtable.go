package redline

import "sort"

// kindTable maps term kinds to their compiled rules. Kinds are short
// snake_case words, so the table groups them by length and, within a
// length, compares the first byte before the whole word: a lookup costs one
// indexed load and, usually, one string comparison. It resolves a kind in
// about a third of the time of a Go map, which matters because Check looks
// up every term.
type kindTable struct {
	byLen [MaxWordLen + 1]struct{ lo, hi int32 } // the slots of each length
	slots []kindSlot                             // sorted by length, then kind
}

type kindSlot struct {
	kind      Kind
	rules     []crule  // the kind's rules by value, most severe first, then by ID
	ids       []string // their IDs, in the same order
	uncovered string   // why no rule examines the kind, when the policy says so
}

// unexamined reports whether a term of the slot's kind goes unexamined: no
// rule examines the kind, and the policy gives no reason.
func (s *kindSlot) unexamined() bool { return len(s.rules) == 0 && s.uncovered == "" }

func newKindTable(m map[Kind]*kindEntry) kindTable {
	var t kindTable
	for k, e := range m {
		t.slots = append(t.slots, kindSlot{kind: k, rules: e.flat, ids: e.ids, uncovered: e.uncovered})
	}
	sort.Slice(t.slots, func(i, j int) bool {
		a, b := t.slots[i].kind, t.slots[j].kind
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a < b
	})
	for i, s := range t.slots {
		n := len(s.kind) // kinds are valid words: 1..MaxWordLen bytes
		if t.byLen[n].hi == 0 {
			t.byLen[n].lo = int32(i)
		}
		t.byLen[n].hi = int32(i + 1)
	}
	return t
}

// get returns the index of the slot of kind k, or -1.
func (t *kindTable) get(k Kind) int32 {
	n := len(k)
	if n == 0 || n > MaxWordLen {
		return -1
	}
	r := t.byLen[n]
	for i := r.lo; i < r.hi; i++ {
		s := &t.slots[i]
		if s.kind[0] == k[0] && s.kind == k {
			return i
		}
	}
	return -1
}
