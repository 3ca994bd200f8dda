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

// kindSlot is what checking reads of one kind: its rules, and, for a kind
// of up to maxIndexed rules, their index by the term's enumerations and
// flags (see slotKey).
type kindSlot struct {
	idx       int32 // the slot's own index in kindTable.slots
	kind      Kind
	keys      []slotKey // one per attribute of an enumeration or a flag a rule tests; none when the kind has more than maxIndexed rules
	keyed     uint64    // the rules all of whose conditions are on keys, bit i for rules[i]
	all       uint64    // a bit for each rule, when the rules are indexed
	rules     []hotRule // the kind's rules, most severe first, then by ID
	ids       []string  // their IDs, in the same order
	uncovered string    // why no rule examines the kind, when the policy says so
}

// maxIndexed is the most rules a kind may have for its slot to index them
// by key (a rule is a bit of a uint64); a kind with more is checked rule
// by rule.
const maxIndexed = 64

// slotKey indexes the rules of a kind by the value of one of the library's
// attributes that holds an enumeration or a flag: for each value v a term
// can hold, sets[v].maybe has bit i set when no condition of rules[i] on
// the attribute is false for v, and sets[v].yes when every one is true (a
// rule with no condition on it is in both). Index 0 is the unstated value
// and index max+1 stands for every invalid one, for which a condition is
// unknown.
//
// A rule missing from maybe for a term's value does not apply to the term:
// a check passes over it without evaluating it. A rule all of whose
// conditions are on keys needs no evaluation at all: present in every yes,
// it is crossed; present in every maybe but not every yes, undecided.
type slotKey struct {
	attr attr
	max  uint8 // the last valid value, below len(sets)-1
	sets [keyValues]struct{ maybe, yes uint64 }
}

// keyValues bounds the values an indexed attribute may have: an
// enumeration of more values than keyValues-2 is not a key, and its
// conditions are evaluated rule by rule.
const keyValues = 16

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

// candidates returns the rules of the slot that may apply to t, bit i for
// rules[i], and those of them that its keys alone show t crosses. It is
// for a slot that indexes its rules (at most maxIndexed).
func (s *kindSlot) candidates(t *Term) (maybe, yes uint64) {
	maybe, yes = s.all, s.all
	for i := range s.keys {
		k := &s.keys[i]
		var v uint8
		if k.attr < attrAllDetainees { // word, without the call
			v = t.word1(k.attr)
		} else {
			v = t.word2(k.attr)
		}
		v = min(v, k.max+1)
		set := &k.sets[v%keyValues] // v < keyValues: the modulo only drops the bounds check
		maybe &= set.maybe
		yes &= set.yes
	}
	return maybe, yes & s.keyed
}

// index builds the slot's keys over its rules: every attribute of an
// enumeration or a flag of the library's that a condition tests. It leaves
// a kind with more than maxIndexed rules unindexed.
func (s *kindSlot) index() {
	if len(s.rules) > maxIndexed {
		return
	}
	s.all = ^uint64(0) >> (64 - len(s.rules)) // 0 for no rule: a shift by 64 gives 0
	isKey := func(cd *cond) bool {
		return cd.attr != attrNone && (cd.cmp == compareEnum || cd.cmp == compareFlag) && int(cd.max)+2 <= keyValues
	}
	var used [numAttrs]bool
	for ri := range s.rules {
		keyed := true
		for ci := range s.rules[ri].conds {
			if cd := &s.rules[ri].conds[ci]; isKey(cd) {
				used[cd.attr] = true
			} else {
				keyed = false
			}
		}
		if keyed {
			s.keyed |= 1 << ri
		}
	}
	for a := attrBy; a < numAttrs; a++ {
		if !used[a] {
			continue
		}
		max := attrTypeOf(attrInfo[a].typ).max
		k := slotKey{attr: a, max: max}
		for v := 0; v <= int(max)+1; v++ {
			for ri := range s.rules {
				res := triYes
				for ci := range s.rules[ri].conds {
					cd := &s.rules[ri].conds[ci]
					if cd.attr != a || !isKey(cd) {
						continue
					}
					var r tri
					if cd.cmp == compareEnum {
						r = compareEnumAttr(cd, uint8(v))
					} else {
						r = compareFlagAttr(cd, Flag(v))
					}
					if r == triNo || res == triNo {
						res = triNo
					} else if r == triUnknown {
						res = triUnknown
					}
				}
				if res != triNo {
					k.sets[v].maybe |= 1 << ri
				}
				if res == triYes {
					k.sets[v].yes |= 1 << ri
				}
			}
		}
		s.keys = append(s.keys, k)
	}
}

func newKindTable(m map[Kind]*kindEntry) kindTable {
	var t kindTable
	for k, e := range m {
		hot := make([]hotRule, len(e.rules))
		for i, r := range e.rules {
			hot[i] = hotRule{conds: r.conds, sev: r.rule.Severity, approval: r.rule.Approval, cr: r}
		}
		slot := kindSlot{kind: k, rules: hot, ids: e.ids, uncovered: e.uncovered}
		slot.index()
		t.slots = append(t.slots, slot)
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
