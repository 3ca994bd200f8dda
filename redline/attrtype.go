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
	AttrUnspecified AttrType = iota
	AttrNumber               // a Number; operators eq, ne, lt, le, gt, ge
	AttrText                 // a word; operators eq, ne, in, not_in
	AttrFlag                 // a Flag; operators eq, ne
	AttrEntity               // an Entity; operators eq, ne, in, not_in
	AttrPurpose              // a Purpose; operators eq, ne, in, not_in
	AttrWeapon               // a Weapon; operators eq, ne, in, not_in
	AttrMeasure              // a Measure; operators eq, ne, in, not_in
	AttrInformation          // an Information; operators eq, ne, in, not_in
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
	// operator and operand and compiles them into cd, reporting problems
	// under wp; eval decides a condition on one of the library's attributes,
	// extra one on an agency's own (nil when an agency may not declare
	// attributes of the type); implies reports whether a condition a being
	// true makes b true, both on the same attribute.
	operand func(c *check.Errors, wp string, w *Condition, cd *cond) bool
	eval    func(cd *cond, t *Term) tri
	extra   func(cd *cond, t *Term) tri
	implies func(a, b *cond) bool
}

// attrTypeTable holds the row of each attribute type, indexed by AttrType;
// the row of AttrUnspecified is empty.
var attrTypeTable = [...]attrTypeRow{
	AttrUnspecified: {},
	AttrNumber: {
		name: "number", label: "number", holds: valueNumber,
		operand: numberOperand, eval: evalNumber, extra: evalExtraNumber, implies: impliesNumber,
	},
	AttrText: {
		name: "text", label: "text", holds: valueText,
		operand: textOperand, extra: evalExtraText, implies: impliesText,
	},
	AttrFlag: {
		name: "flag", label: "flag", holds: valueFlag, max: uint8(FlagNo),
		wire:    func(v uint8) string { return Flag(v).String() },
		operand: flagOperand, eval: evalFlag, extra: evalExtraFlag, implies: impliesFlag,
	},
	AttrEntity:      enumRow("entity", "entity", parties),
	AttrPurpose:     enumRow("purpose", "purpose", purposes),
	AttrWeapon:      enumRow("weapon", "weapon", weapons),
	AttrMeasure:     enumRow("measure", "measure", measures),
	AttrInformation: enumRow("information", "kind of information", informations),
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
	return attrTypeRow{
		name: name, label: label, holds: valueText, max: uint8(codec.Len()),
		wire:    func(v uint8) string { return codec.String(E(v)) },
		parse:   func(s string) (uint8, error) { v, err := codec.Parse(s); return uint8(v), err },
		labelOf: func(v uint8) string { return codec.Label(E(v)) },
		operand: func(c *check.Errors, wp string, w *Condition, cd *cond) bool {
			return enumOperand(c, wp, w, cd, codec.Parse)
		},
		eval: evalEnum, implies: impliesEnum,
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

// badOperand reports an operand of the wrong type; it returns false, for
// the operand functions to return.
func badOperand(c *check.Errors, wp string, w *Condition, want string) bool {
	c.Add(wp+".value", check.Type, w.Attr+" "+w.Op.String()+" takes "+want+", not "+w.Value.typeName())
	return false
}

// Numbers.

func numberOperand(c *check.Errors, wp string, w *Condition, cd *cond) bool {
	if w.Op == OpIn || w.Op == OpNotIn {
		c.Add(wp+".op", check.Invalid, w.Attr+" is a number: use eq, ne, lt, le, gt or ge")
		return false
	}
	v, ok := w.Value.Number()
	if !ok {
		return badOperand(c, wp, w, "a number")
	}
	if !Num(v).valid() {
		c.Add(wp+".value", check.OutOfRange, "not a finite number")
		return false
	}
	cd.num = v
	return true
}

func evalNumber(cd *cond, t *Term) tri {
	n := t.number(cd.attr)
	if !n.ok || !n.valid() {
		return triUnknown
	}
	return triOf(compare(cd.op, n.v, cd.num))
}

func evalExtraNumber(cd *cond, t *Term) tri {
	v, ok := t.Extra[cd.extra]
	if !ok {
		return triUnknown
	}
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

func flagOperand(c *check.Errors, wp string, w *Condition, cd *cond) bool {
	if w.Op != OpEq && w.Op != OpNe {
		c.Add(wp+".op", check.Invalid, w.Attr+" is a flag: use eq or ne")
		return false
	}
	v, ok := w.Value.Flag()
	if !ok {
		return badOperand(c, wp, w, "true or false")
	}
	cd.flag = v
	return true
}

func evalFlag(cd *cond, t *Term) tri {
	f := Flag(t.word(cd.attr))
	if f != FlagYes && f != FlagNo {
		return triUnknown
	}
	return triOf(((f == FlagYes) == cd.flag) == (cd.op == OpEq))
}

func evalExtraFlag(cd *cond, t *Term) tri {
	v, ok := t.Extra[cd.extra]
	if !ok {
		return triUnknown
	}
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
// eq and ne, the list of in and not_in. It reports an operator that does
// not apply to words and an operand of the wrong shape.
func operandWords(c *check.Errors, wp string, w *Condition) (words []string, ok bool) {
	switch w.Op {
	case OpEq, OpNe:
		s, ok := w.Value.Text()
		if !ok {
			return nil, badOperand(c, wp, w, "a word")
		}
		return []string{s}, true
	case OpIn, OpNotIn:
		list, ok := w.Value.List()
		if !ok {
			return nil, badOperand(c, wp, w, "a list of words")
		}
		if len(list) == 0 {
			c.Add(wp+".value", check.Required, "an empty list")
			return nil, false
		}
		return list, true
	}
	c.Add(wp+".op", check.Invalid, w.Attr+" is a word: use eq, ne, in or not_in")
	return nil, false
}

// wordPath is the path of the i-th word of a condition's operand: the
// operand itself for eq and ne, an element of the list for in and not_in.
func wordPath(wp string, w *Condition, i int) string {
	if w.Op == OpEq || w.Op == OpNe {
		return wp + ".value"
	}
	return check.Index(wp+".value", i)
}

// enumOperand is the operand function of an enumeration E whose words
// parse parses.
func enumOperand[E ~uint8](c *check.Errors, wp string, w *Condition, cd *cond, parse func(string) (E, error)) bool {
	words, ok := operandWords(c, wp, w)
	if !ok {
		return false
	}
	list := w.Op == OpIn || w.Op == OpNotIn
	for i, s := range words {
		v, err := parse(s)
		if err != nil {
			c.AddErr(wordPath(wp, w, i), err)
			ok = false
			continue
		}
		if list {
			cd.set |= 1 << v
		} else {
			cd.word = uint8(v)
		}
	}
	return ok
}

func evalEnum(cd *cond, t *Term) tri {
	v := t.word(cd.attr)
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

func textOperand(c *check.Errors, wp string, w *Condition, cd *cond) bool {
	words, ok := operandWords(c, wp, w)
	if !ok {
		return false
	}
	for i, s := range words {
		if s == "" {
			c.Add(wordPath(wp, w, i), check.Required, "an empty word")
			ok = false
		}
	}
	if !ok {
		return false
	}
	if w.Op == OpEq || w.Op == OpNe {
		cd.text = words[0]
	} else {
		cd.texts = words
	}
	return true
}

func evalExtraText(cd *cond, t *Term) tri {
	v, ok := t.Extra[cd.extra]
	if !ok {
		return triUnknown
	}
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
