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
	key       attr      // the attribute the rules' masks are over (see hotRule.mask), or attrNone
	rules     []hotRule // the kind's rules, most severe first, then by ID
	ids       []string  // their IDs, in the same order
	uncovered string    // why no rule examines the kind, when the policy says so
}

// hotRule is what checking reads of a rule, packed together: its
// conditions, severity and approval level, the mask that lets a check
// pass over it, and the rest behind a pointer.
type hotRule struct {
	// mask has bit v set when a term whose key attribute (kindSlot.key)
	// holds v might cross the rule or leave it undecided, and clear when
	// a condition of the rule on the key attribute is false for v: the
	// rule does not apply, whatever else the term says, and a check need
	// not evaluate it. Bit 0 (unstated) and the bits of invalid values
	// are always set, as are all bits when the slot has no key.
	mask     uint64
	conds    []cond
	sev      Severity
	approval Authority
	cr       *crule
}

// keyBit returns the bit of a term's key attribute to test against the
// masks of the slot's rules: every bit when the slot has no key or the
// value is beyond the masks' range.
func (s *kindSlot) keyBit(t *Term) uint64 {
	if s.key == attrNone {
		return ^uint64(0)
	}
	v := t.word(s.key)
	if v >= 64 {
		return ^uint64(0)
	}
	return 1 << v
}

// keyOf chooses the key attribute of a kind: the library attribute of an
// enumeration or a flag that the most of its rules have a condition on
// (the first such attribute on a tie), or attrNone when no rule has one.
func keyOf(rules []*crule) attr {
	var n [numAttrs]int
	for _, r := range rules {
		var seen [numAttrs]bool
		for i := range r.conds {
			cd := &r.conds[i]
			if (cd.cmp == compareEnum || cd.cmp == compareFlag) && !seen[cd.attr] {
				seen[cd.attr] = true
				n[cd.attr]++
			}
		}
	}
	key := attrNone
	for a := attrBy; a < numAttrs; a++ {
		if n[a] > n[key] {
			key = a
		}
	}
	return key
}

// maskOf returns the mask of a rule over key (see hotRule.mask): the
// values of key for which none of its conditions on key is false.
func maskOf(conds []cond, key attr) uint64 {
	mask := ^uint64(0)
	if key == attrNone {
		return mask
	}
	for i := range conds {
		cd := &conds[i]
		if cd.attr != key {
			continue
		}
		for v := 1; v < 64; v++ {
			var res tri
			switch cd.cmp {
			case compareEnum:
				res = compareEnumAttr(cd, uint8(v))
			case compareFlag:
				res = compareFlagAttr(cd, Flag(v))
			default:
				res = triUnknown
			}
			if res == triNo {
				mask &^= 1 << v
			}
		}
	}
	return mask
}

// eval is crule.eval on the packed rule.
func (h *hotRule) eval(t *Term) tri { return evalConds(h.conds, t) }

// unexamined reports whether a term of the slot's kind goes unexamined: no
// rule examines the kind, and the policy gives no reason.
func (s *kindSlot) unexamined() bool { return len(s.rules) == 0 && s.uncovered == "" }

func newKindTable(m map[Kind]*kindEntry) kindTable {
	var t kindTable
	for k, e := range m {
		key := keyOf(e.rules)
		hot := make([]hotRule, len(e.rules))
		for i, r := range e.rules {
			hot[i] = hotRule{mask: maskOf(r.conds, key), conds: r.conds, sev: r.rule.Severity, approval: r.rule.Approval, cr: r}
		}
		t.slots = append(t.slots, kindSlot{kind: k, key: key, rules: hot, ids: e.ids, uncovered: e.uncovered})
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
