package redline

import (
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// AttrType is the type of a term attribute. The zero value is invalid. It is
// a plain value, safe for concurrent use.
type AttrType uint8

// Attribute types. An agency's own attributes (see [AttrDecl]) are numbers,
// words (text) or flags.
const (
	AttrUnspecified    AttrType = iota
	AttrNumber                  // a Number; operators eq, ne, lt, le, gt, ge
	AttrText                    // a word; operators eq, ne, in, not_in
	AttrFlag                    // a Flag; operators eq, ne
	AttrEntity                  // an Entity; operators eq, ne, in, not_in
	AttrPurpose                 // a Purpose; operators eq, ne, in, not_in
	AttrWeapon                  // a Weapon; operators eq, ne, in, not_in
	AttrMeasure                 // a Measure; operators eq, ne, in, not_in
	AttrInformation             // an Information; operators eq, ne, in, not_in
	AttrSharingPurpose          // a SharingPurpose; operators eq, ne, in, not_in
	AttrUndertaking             // an Undertaking; operators eq, ne, in, not_in
)

// attrTypes is the text codec of AttrType, built from the rows of
// attrTypeTable.
var attrTypes = func() *enum.Codec[AttrType] {
	var words, labels []string
	for _, r := range attrTypeTable[AttrNumber:] {
		words, labels = append(words, r.name), append(labels, r.label)
	}
	return enum.New[AttrType]("redline", "attribute type", words...).WithLabels(labels...)
}()

// IsValid reports whether t is a named attribute type.
func (t AttrType) IsValid() bool { return attrTypes.Valid(t) }

// String returns the wire word; it never panics.
func (t AttrType) String() string { return attrTypes.String(t) }

// Label returns the value in words, for people; String gives the wire word.
func (t AttrType) Label() string { return attrTypes.Label(t) }

// MarshalText encodes the type as its wire word.
func (t AttrType) MarshalText() ([]byte, error) { return attrTypes.Marshal(t) }

// UnmarshalText decodes a wire word, ignoring case.
func (t *AttrType) UnmarshalText(b []byte) (err error) { *t, err = attrTypes.Unmarshal(b); return err }

// ParseAttrType parses an attribute type's wire word.
func ParseAttrType(s string) (AttrType, error) { return attrTypes.Parse(s) }

// attrTypeRow is what the package knows of one attribute type: its names,
// how its values parse and read, and how a condition on an attribute of the
// type compiles, evaluates and compares with another. attrTypeTable holds one
// row per type, and whatever depends on an attribute's type looks its row
// up there: adding a type is adding a row.
type attrTypeRow struct {
	name, label string // the type's wire word and its name in words

	// Values. holds is the kind of Value an attribute of the type holds. A
	// term holds a value of an enumeration or a flag as a uint8, valid from
	// 1 to max (max is 0 for numbers and text), whose wire word is wire.
	// parse and labelOf are set for the library's enumerations only, whose
	// operands are words naming their values.
	holds   valueKind
	max     uint8
	wire    func(v uint8) string          // a value's wire word; never panics
	parse   func(s string) (uint8, error) // a word to a value, ignoring case
	labelOf func(v uint8) string          // a value in words

	// Conditions on an attribute of the type: operand checks a condition's
	// operator and operand and compiles them into cd, returning what is
	// wrong with them; compare names the function that decides a condition
	// on one of the library's attributes, compareExtra the one for an
	// agency's own (none when an agency may not declare attributes of the
	// type); implies reports whether a condition a being true makes b true,
	// both on the same attribute.
	operand      func(w Condition, cd cond) (cond, []operandProblem)
	compare      comparison
	compareExtra comparison
	implies      func(a, b *cond) bool
}

// comparison names a function that decides a condition for a term, given
// what the term holds. A row names its comparisons rather than holding them
// as func values, and cond.eval calls the one named: a term given to a
// func value escapes to the heap, and checking a proposal the caller holds
// on its stack must not move it there.
type comparison uint8

const (
	compareNone        comparison = iota
	compareNumber                 // compareNumberAttr: one of the library's numbers
	compareFlag                   // compareFlagAttr: one of the library's flags
	compareEnum                   // compareEnumAttr: a value of one of the library's enumerations
	compareExtraNumber            // compareExtraNumberAttr: an agency's number
	compareExtraFlag              // compareExtraFlagAttr: an agency's flag
	compareExtraText              // compareExtraTextAttr: an agency's word
)

// eval decides the condition for t, with the comparison of the attribute's
// type (see attrTypeRow).
func (cd *cond) eval(t *Term) tri {
	switch cd.cmp {
	case compareEnum, compareFlag:
		var v uint8
		if cd.attr < attrAllDetainees { // word, without the call
			v = t.word1(cd.attr)
		} else {
			v = t.word2(cd.attr)
		}
		if cd.cmp == compareEnum {
			return compareEnumAttr(cd, v)
		}
		return compareFlagAttr(cd, Flag(v))
	case compareNumber:
		return compareNumberAttr(cd, t.number(cd.attr))
	}
	return cd.evalExtra(t)
}

// evalExtra is eval for a condition on an agency's own attribute.
func (cd *cond) evalExtra(t *Term) tri {
	switch v := t.Extra[cd.extra]; cd.cmp {
	case compareExtraNumber:
		return compareExtraNumberAttr(cd, v)
	case compareExtraFlag:
		return compareExtraFlagAttr(cd, v)
	case compareExtraText:
		return compareExtraTextAttr(cd, v)
	}
	return triUnknown
}

// attrTypeTable holds the row of each attribute type, indexed by AttrType;
// the row of AttrUnspecified is empty.
var attrTypeTable = [...]attrTypeRow{
	AttrUnspecified: {},
	AttrNumber: {
		name: "number", label: "number", holds: valueNumber,
		operand: numberOperand, compare: compareNumber, compareExtra: compareExtraNumber, implies: impliesNumber,
	},
	AttrText: {
		name: "text", label: "text", holds: valueText,
		operand: textOperand, compareExtra: compareExtraText, implies: impliesText,
	},
	AttrFlag: {
		name: "flag", label: "flag", holds: valueFlag, max: uint8(FlagNo),
		wire:    func(v uint8) string { return Flag(v).String() },
		operand: flagOperand, compare: compareFlag, compareExtra: compareExtraFlag, implies: impliesFlag,
	},
	AttrEntity:         enumRow("entity", "entity", parties),
	AttrPurpose:        enumRow("purpose", "purpose", purposes),
	AttrWeapon:         enumRow("weapon", "weapon", weapons),
	AttrMeasure:        enumRow("measure", "measure", measures),
	AttrInformation:    enumRow("information", "kind of information", informations),
	AttrSharingPurpose: enumRow("sharing_purpose", "purpose of sharing", sharingPurposes),
	AttrUndertaking:    enumRow("undertaking", "undertaking on public statements", undertakings),
}

// attrTypeOf returns the row of type t; the empty row for an invalid type.
func attrTypeOf(t AttrType) *attrTypeRow {
	if int(t) < len(attrTypeTable) {
		return &attrTypeTable[t]
	}
	return &attrTypeTable[AttrUnspecified]
}

// enumRow returns the row of one of the library's enumerations, whose values
// parse and read as its codec says.
func enumRow[E ~uint8](name, label string, codec *enum.Codec[E]) attrTypeRow {
	parse := codec.Parse
	return attrTypeRow{
		name: name, label: label, holds: valueText, max: uint8(codec.Len()),
		wire:    func(v uint8) string { return codec.String(E(v)) },
		parse:   func(s string) (uint8, error) { v, err := parse(s); return uint8(v), err },
		labelOf: func(v uint8) string { return codec.Label(E(v)) },
		operand: func(w Condition, cd cond) (cond, []operandProblem) { return enumOperand(&w, cd, parse) },
		compare: compareEnum, implies: impliesEnum,
	}
}

// value returns what Term.String shows that a term holds, given the term's
// number and word for the attribute (see Term.number and Term.word): a
// number as it is, a flag (an invalid one reads as no), a value of an
// enumeration as its wire word. An observation shows the same, except that
// it names an invalid number or flag (see Finding.Observations).
func (r *attrTypeRow) value(num float64, word uint8) Value {
	switch r.holds {
	case valueNumber:
		return NumberValue(num)
	case valueFlag:
		return FlagValue(Flag(word) == FlagYes)
	}
	return TextValue(r.wire(word))
}

// operandProblem is one thing wrong with a condition's operator or operand,
// which compileCond reports at the condition's path. The operand functions
// return problems rather than report them, so that no path is built for a
// condition without any.
type operandProblem struct {
	at     string // "op" or "value"
	word   int    // the word of a list at fault, from 0; -1 for the whole
	reason check.Reason
	detail string
	err    error // a word's parse error, reported as it is instead of reason and detail
}

// problem returns the one problem of an operator or operand.
func problem(at string, reason check.Reason, detail string) []operandProblem {
	return []operandProblem{{at: at, word: -1, reason: reason, detail: detail}}
}

// badOperand returns the problem of an operand of the wrong type.
func badOperand(w *Condition, want string) []operandProblem {
	return problem("value", check.Type, w.Attr+" "+w.Op.String()+" takes "+want+", not "+w.Value.typeName())
}

// Numbers.

func numberOperand(w Condition, cd cond) (cond, []operandProblem) {
	if w.Op == OpIn || w.Op == OpNotIn {
		return cd, problem("op", check.Invalid, w.Attr+" is a number: use eq, ne, lt, le, gt or ge")
	}
	v, ok := w.Value.Number()
	if !ok {
		return cd, badOperand(&w, "a number")
	}
	if !Num(v).valid() {
		return cd, problem("value", check.OutOfRange, "not a finite number")
	}
	cd.num = v
	return cd, nil
}

func compareNumberAttr(cd *cond, n Number) tri {
	if !n.ok || !n.valid() {
		return triUnknown
	}
	return triOf(compare(cd.op, n.v, cd.num))
}

func compareExtraNumberAttr(cd *cond, v Value) tri {
	n, ok := v.Number()
	if !ok || !Num(n).valid() {
		return triUnknown
	}
	return triOf(compare(cd.op, n, cd.num))
}

func impliesNumber(a, b *cond) bool { return impliesNum(a.op, a.num, b.op, b.num) }

// impliesNum reports whether x (op1) a implies x (op2) b for every number x.
func impliesNum(op1 Op, a float64, op2 Op, b float64) bool {
	switch op1 {
	case OpEq:
		return compare(op2, a, b)
	case OpLt:
		switch op2 {
		case OpLt, OpLe:
			return a <= b
		case OpNe:
			return b >= a
		}
	case OpLe:
		switch op2 {
		case OpLt:
			return a < b
		case OpLe:
			return a <= b
		case OpNe:
			return b > a
		}
	case OpGt:
		switch op2 {
		case OpGt, OpGe:
			return a >= b
		case OpNe:
			return b <= a
		}
	case OpGe:
		switch op2 {
		case OpGt:
			return a > b
		case OpGe:
			return a >= b
		case OpNe:
			return b < a
		}
	case OpNe:
		return op2 == OpNe && a == b
	}
	return false
}

// Flags.

func flagOperand(w Condition, cd cond) (cond, []operandProblem) {
	if w.Op != OpEq && w.Op != OpNe {
		return cd, problem("op", check.Invalid, w.Attr+" is a flag: use eq or ne")
	}
	v, ok := w.Value.Flag()
	if !ok {
		return cd, badOperand(&w, "true or false")
	}
	cd.flag = v
	return cd, nil
}

func compareFlagAttr(cd *cond, f Flag) tri {
	if f != FlagYes && f != FlagNo {
		return triUnknown
	}
	return triOf(((f == FlagYes) == cd.flag) == (cd.op == OpEq))
}

func compareExtraFlagAttr(cd *cond, v Value) tri {
	b, ok := v.Flag()
	if !ok {
		return triUnknown
	}
	return triOf((b == cd.flag) == (cd.op == OpEq))
}

func impliesFlag(a, b *cond) bool {
	same := a.flag == b.flag
	if a.op == b.op {
		return same
	}
	return !same // eq x ⇒ ne !x, and ne x ⇒ eq !x, flags being two-valued
}

// Words: the library's enumerations and an agency's text.

// operandWords returns the words of a condition on words: the one word of
// eq and ne, or the list of in and not_in (nil for eq and ne); or the
// problem of an operator that does not apply to words, or of an operand of
// the wrong shape.
func operandWords(w *Condition) (one string, list []string, problems []operandProblem) {
	switch w.Op {
	case OpEq, OpNe:
		s, ok := w.Value.Text()
		if !ok {
			return "", nil, badOperand(w, "a word")
		}
		return s, nil, nil
	case OpIn, OpNotIn:
		list, ok := w.Value.List()
		if !ok {
			return "", nil, badOperand(w, "a list of words")
		}
		if len(list) == 0 {
			return "", nil, problem("value", check.Required, "an empty list")
		}
		return "", list, nil
	}
	return "", nil, problem("op", check.Invalid, w.Attr+" is a word: use eq, ne, in or not_in")
}

// enumOperand is the operand function of an enumeration E whose words
// parse parses.
func enumOperand[E ~uint8](w *Condition, cd cond, parse func(string) (E, error)) (cond, []operandProblem) {
	one, list, problems := operandWords(w)
	switch {
	case problems != nil:
	case list == nil:
		v, err := parse(one)
		if err != nil {
			return cd, []operandProblem{{at: "value", word: -1, err: err}}
		}
		cd.word = uint8(v)
	default:
		for i, s := range list {
			v, err := parse(s)
			if err != nil {
				problems = append(problems, operandProblem{at: "value", word: i, err: err})
				continue
			}
			cd.set |= 1 << v
		}
	}
	return cd, problems
}

func compareEnumAttr(cd *cond, v uint8) tri {
	if v == 0 || v > cd.max {
		return triUnknown
	}
	switch cd.op {
	case OpEq:
		return triOf(v == cd.word)
	case OpNe:
		return triOf(v != cd.word)
	case OpIn:
		return triOf(cd.set&(1<<v) != 0)
	}
	return triOf(cd.set&(1<<v) == 0)
}

func impliesEnum(a, b *cond) bool {
	av, aNeg := enumSet(a)
	bv, bNeg := enumSet(b)
	switch {
	case !aNeg && !bNeg: // a ⊆ b
		return av&^bv == 0
	case !aNeg && bNeg: // a ∩ excluded(b) = ∅
		return av&bv == 0
	case aNeg && bNeg: // excluded(b) ⊆ excluded(a)
		return bv&^av == 0
	}
	return false // a negative set never implies a positive one
}

// enumSet returns the values a condition accepts (neg false) or excludes
// (neg true).
func enumSet(c *cond) (set uint64, neg bool) {
	switch c.op {
	case OpEq:
		return 1 << c.word, false
	case OpNe:
		return 1 << c.word, true
	case OpIn:
		return c.set, false
	}
	return c.set, true
}

func textOperand(w Condition, cd cond) (cond, []operandProblem) {
	one, list, problems := operandWords(&w)
	switch {
	case problems != nil:
	case list == nil:
		if one == "" {
			return cd, problem("value", check.Required, "an empty word")
		}
		cd.text = one
	default:
		for i, s := range list {
			if s == "" {
				problems = append(problems, operandProblem{at: "value", word: i, reason: check.Required, detail: "an empty word"})
			}
		}
		cd.texts = list
	}
	return cd, problems
}

func compareExtraTextAttr(cd *cond, v Value) tri {
	s, ok := v.Text()
	if !ok || s == "" {
		return triUnknown
	}
	switch cd.op {
	case OpEq:
		return triOf(s == cd.text)
	case OpNe:
		return triOf(s != cd.text)
	case OpIn:
		return triOf(contains(cd.texts, s))
	}
	return triOf(!contains(cd.texts, s))
}

func impliesText(a, b *cond) bool {
	aset, aNeg := textSet(a)
	bset, bNeg := textSet(b)
	sub := func(x, y []string) bool {
		for _, s := range x {
			if !contains(y, s) {
				return false
			}
		}
		return true
	}
	disjoint := func(x, y []string) bool {
		for _, s := range x {
			if contains(y, s) {
				return false
			}
		}
		return true
	}
	switch {
	case !aNeg && !bNeg:
		return sub(aset, bset)
	case !aNeg && bNeg:
		return disjoint(aset, bset)
	case aNeg && bNeg:
		return sub(bset, aset)
	}
	return false
}

func textSet(c *cond) ([]string, bool) {
	switch c.op {
	case OpEq:
		return []string{c.text}, false
	case OpNe:
		return []string{c.text}, true
	case OpIn:
		return c.texts, false
	}
	return c.texts, true
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
