package redline

import (
	"math"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// Kind is the kind of a proposed term. The library's kinds are the
// constants below; an agency adds its own by declaring them in a [Policy]
// (see [KindDecl]) — any snake_case word — without forking the library.
// The zero value (the empty string) is invalid. It is a plain value, safe
// for concurrent use.
type Kind string

// The library's term kinds: what the report and its case boxes say protection
// agreements contain.
const (
	KindChildRecruitment        Kind = "child_recruitment"         // recruitment of children (min_age)
	KindChildUse                Kind = "child_use"                 // use of children in hostilities (min_age)
	KindReleaseOfChildren       Kind = "release_of_children"       // release of children from the ranks (count)
	KindReleaseOfHostages       Kind = "release_of_hostages"       // release of hostages or abducted staff (count)
	KindHostageTaking           Kind = "hostage_taking"            // holding persons to compel a third party
	KindPayment                 Kind = "payment"                   // a payment (payer, payee, purpose, amount, host_state_party)
	KindFunding                 Kind = "funding"                   // funding of the agency's work (source, amount)
	KindArmedEscort             Kind = "armed_escort"              // an armed escort (provider)
	KindEmblem                  Kind = "emblem"                    // display of the protective emblem (display)
	KindAccess                  Kind = "access"                    // humanitarian access (conditional)
	KindDetentionVisit          Kind = "detention_visit"           // visits to detainees (all_detainees, all_places, private, repeat_visits, registration)
	KindDetaineeTreatment       Kind = "detainee_treatment"        // treatment of detainees
	KindWeaponRestriction       Kind = "weapon_restriction"        // a restriction on a weapon (weapon, measure)
	KindEvacuation              Kind = "evacuation"                // evacuation of civilians (count, voluntary, temporary)
	KindVacatingSchools         Kind = "vacating_schools"          // vacating schools used militarily
	KindRemovingCheckpoints     Kind = "removing_checkpoints"      // removing checkpoints that block civilians
	KindHealthCareProtection    Kind = "health_care_protection"    // respect and protection of health care
	KindBeneficiarySelection    Kind = "beneficiary_selection"     // selection of beneficiaries (controlled_by)
	KindInformationToPopulation Kind = "information_to_population" // informing the population (of mined areas, routes)
	KindInformationSharing      Kind = "information_sharing"       // sharing information (recipient, information, sharing_purpose, consent)
	KindPublicStatements        Kind = "public_statements"         // what the organisation may say in public (undertaking)
)

// Term is one proposed term of an agreement: its kind, who must act, and the
// attributes rules look at. Attributes that do not apply to a kind stay
// unstated; Validate rejects them. Extra holds the attributes an agency
// declares for its own kinds, or adds to the library's (see [KindDecl]).
//
// The zero value is not a term (it has no kind). A Term is a plain value;
// checking it never modifies it. A Term is safe for concurrent reads.
type Term struct {
	// ID is the caller's label for the term ("clause 4.2"), echoed in
	// findings. It is optional.
	ID   string `json:"id,omitempty"`
	Kind Kind   `json:"kind"`
	By   Entity `json:"by,omitempty"` // who must act

	MinAge Number `json:"min_age,omitzero"` // child_recruitment, child_use: the minimum age agreed
	Count  Number `json:"count,omitzero"`   // release_of_children, release_of_hostages, evacuation: how many people
	Amount Number `json:"amount,omitzero"`  // payment, funding: how much, in the agreement's currency

	Purpose      Purpose     `json:"purpose,omitempty"`       // payment
	Payer        Entity      `json:"payer,omitempty"`         // payment
	Payee        Entity      `json:"payee,omitempty"`         // payment
	Source       Entity      `json:"source,omitempty"`        // funding: who funds the work
	Provider     Entity      `json:"provider,omitempty"`      // armed_escort: who provides the escort
	ControlledBy Entity      `json:"controlled_by,omitempty"` // beneficiary_selection: who decides
	Recipient    Entity      `json:"recipient,omitempty"`     // information_sharing: who receives the information
	Information  Information `json:"information,omitempty"`   // information_sharing: what the information is about
	Weapon       Weapon      `json:"weapon,omitempty"`        // weapon_restriction
	Measure      Measure     `json:"measure,omitempty"`       // weapon_restriction

	Display     Flag `json:"display,omitempty"`     // emblem: whether the protective emblem is displayed
	Conditional Flag `json:"conditional,omitempty"` // access: whether access is subject to the party's conditions

	// The ICRC's standard conditions of a detention visit, each stated on
	// its own so that a check names the one missing
	// (ICRC-DETENTION-VISITS).
	AllDetainees Flag `json:"all_detainees,omitempty"` // detention_visit: access to every detainee, not those the authority selects
	AllPlaces    Flag `json:"all_places,omitempty"`    // detention_visit: access to every place where they are held
	Private      Flag `json:"private,omitempty"`       // detention_visit: whether detainees are interviewed in private, without witnesses
	RepeatVisits Flag `json:"repeat_visits,omitempty"` // detention_visit: visits repeated as often as the organisation deems necessary
	Registration Flag `json:"registration,omitempty"`  // detention_visit: a list of the detainees, or the right to register them

	// HostStateParty says whether the host state is a party to the armed
	// conflict, which decides whether a tax or toll paid to it funds a
	// party. It is stated on the term, not set in the policy: the
	// negotiator drafting a term knows the context it is for, one policy
	// serves many contexts, and a rule that needs the fact and does not
	// find it stated fails closed (indeterminate) instead of assuming an
	// answer. A context layer that knows the answer for all its terms can
	// redefine the rule without the condition.
	HostStateParty Flag `json:"host_state_party,omitempty"` // payment

	SharingPurpose SharingPurpose `json:"sharing_purpose,omitempty"` // information_sharing: what the information is shared for
	Consent        Flag           `json:"consent,omitempty"`         // information_sharing: informed consent of the persons the information concerns

	Voluntary Flag `json:"voluntary,omitempty"` // evacuation: whether the people evacuated choose to leave
	Temporary Flag `json:"temporary,omitempty"` // evacuation: whether they may return when the danger has passed

	Undertaking Undertaking `json:"undertaking,omitempty"` // public_statements: what the organisation undertakes about what it says

	Extra map[string]Value `json:"extra,omitempty"`
}

// IsZero reports whether t is the zero Term: no ID, no kind and no
// attribute stated, the library's or an agency's. An empty Extra counts as
// no attribute, as it encodes like a nil one. The JSON option omitzero uses
// IsZero.
func (t Term) IsZero() bool {
	// Every field, by hand: TestTermIsZero fails if a field is added to
	// Term and not here.
	return t.ID == "" && t.Kind == "" && t.By == 0 &&
		!t.MinAge.ok && !t.Count.ok && !t.Amount.ok &&
		t.Purpose == 0 && t.Payer == 0 && t.Payee == 0 && t.Source == 0 && t.Provider == 0 &&
		t.ControlledBy == 0 && t.Recipient == 0 && t.Information == 0 && t.Weapon == 0 && t.Measure == 0 &&
		t.Display == 0 && t.Conditional == 0 &&
		t.AllDetainees == 0 && t.AllPlaces == 0 && t.Private == 0 && t.RepeatVisits == 0 && t.Registration == 0 &&
		t.HostStateParty == 0 && t.SharingPurpose == 0 && t.Consent == 0 && t.Voluntary == 0 && t.Temporary == 0 &&
		t.Undertaking == 0 &&
		len(t.Extra) == 0
}

// attr identifies one of the library's term attributes.
type attr uint8

const (
	attrNone attr = iota
	attrBy
	attrMinAge
	attrCount
	attrAmount
	attrPurpose
	attrPayer
	attrPayee
	attrSource
	attrProvider
	attrControlledBy
	attrRecipient
	attrWeapon
	attrMeasure
	attrDisplay
	attrConditional
	attrPrivate
	attrInformation
	attrAllDetainees
	attrAllPlaces
	attrRepeatVisits
	attrRegistration
	attrHostStateParty
	attrSharingPurpose
	attrConsent
	attrVoluntary
	attrTemporary
	attrUndertaking
	numAttrs
)

var attrInfo = [numAttrs]struct {
	name  string
	typ   AttrType
	label string
}{
	attrBy:           {"by", AttrEntity, "who must act"},
	attrMinAge:       {"min_age", AttrNumber, "minimum age"},
	attrCount:        {"count", AttrNumber, "number of people"},
	attrAmount:       {"amount", AttrNumber, "amount"},
	attrPurpose:      {"purpose", AttrPurpose, "purpose"},
	attrPayer:        {"payer", AttrEntity, "payer"},
	attrPayee:        {"payee", AttrEntity, "payee"},
	attrSource:       {"source", AttrEntity, "source of funding"},
	attrProvider:     {"provider", AttrEntity, "escort provider"},
	attrControlledBy: {"controlled_by", AttrEntity, "selection controlled by"},
	attrRecipient:    {"recipient", AttrEntity, "recipient"},
	attrWeapon:       {"weapon", AttrWeapon, "weapon"},
	attrMeasure:      {"measure", AttrMeasure, "measure"},
	attrDisplay:      {"display", AttrFlag, "emblem displayed"},
	attrConditional:  {"conditional", AttrFlag, "access conditional"},
	attrPrivate:      {"private", AttrFlag, "private interviews"},
	attrInformation:  {"information", AttrInformation, "information shared"},

	attrAllDetainees:   {"all_detainees", AttrFlag, "access to all detainees"},
	attrAllPlaces:      {"all_places", AttrFlag, "access to all places of detention"},
	attrRepeatVisits:   {"repeat_visits", AttrFlag, "repeat visits"},
	attrRegistration:   {"registration", AttrFlag, "list or registration of detainees"},
	attrHostStateParty: {"host_state_party", AttrFlag, "host state a party to the conflict"},
	attrSharingPurpose: {"sharing_purpose", AttrSharingPurpose, "purpose of sharing"},
	attrConsent:        {"consent", AttrFlag, "informed consent of the persons concerned"},
	attrVoluntary:      {"voluntary", AttrFlag, "voluntary"},
	attrTemporary:      {"temporary", AttrFlag, "temporary"},
	attrUndertaking:    {"undertaking", AttrUndertaking, "undertaking on public statements"},
}

func attrByName(name string) attr {
	for a := attrBy; a < numAttrs; a++ {
		if attrInfo[a].name == name {
			return a
		}
	}
	return attrNone
}

// builtin lists the library's kinds and the attributes each takes besides by.
var builtin = []struct {
	kind  Kind
	attrs []attr
}{
	{KindChildRecruitment, []attr{attrMinAge}},
	{KindChildUse, []attr{attrMinAge}},
	{KindReleaseOfChildren, []attr{attrCount}},
	{KindReleaseOfHostages, []attr{attrCount}},
	{KindHostageTaking, nil},
	{KindPayment, []attr{attrPayer, attrPayee, attrPurpose, attrAmount, attrHostStateParty}},
	{KindFunding, []attr{attrSource, attrAmount}},
	{KindArmedEscort, []attr{attrProvider}},
	{KindEmblem, []attr{attrDisplay}},
	{KindAccess, []attr{attrConditional}},
	{KindDetentionVisit, []attr{attrAllDetainees, attrAllPlaces, attrPrivate, attrRepeatVisits, attrRegistration}},
	{KindDetaineeTreatment, nil},
	{KindWeaponRestriction, []attr{attrWeapon, attrMeasure}},
	{KindEvacuation, []attr{attrCount, attrVoluntary, attrTemporary}},
	{KindVacatingSchools, nil},
	{KindRemovingCheckpoints, nil},
	{KindHealthCareProtection, nil},
	{KindBeneficiarySelection, []attr{attrControlledBy}},
	{KindInformationToPopulation, nil},
	{KindInformationSharing, []attr{attrRecipient, attrInformation, attrSharingPurpose, attrConsent}},
	{KindPublicStatements, []attr{attrUndertaking}},
}

// builtinAttrs returns the attributes of a library kind besides by, which
// every kind takes, and whether k is one. The slice is the table's: callers
// read it only.
func builtinAttrs(k Kind) ([]attr, bool) {
	for _, b := range builtin {
		if b.kind == k {
			return b.attrs, true
		}
	}
	return nil, false
}

// Builtin reports whether k is one of the library's kinds ([Kinds]), as
// opposed to a kind an agency declares.
func (k Kind) Builtin() bool {
	_, ok := builtinAttrs(k)
	return ok
}

// Kinds returns the library's term kinds in a fixed order.
func Kinds() []Kind {
	out := make([]Kind, len(builtin))
	for i, b := range builtin {
		out[i] = b.kind
	}
	return out
}

// Attribute describes one attribute a kind of term takes. The zero value is
// not an attribute: [Attributes] returns them. An Attribute is a plain value,
// safe for concurrent use.
type Attribute struct {
	Name string   `json:"name"`
	Type AttrType `json:"type"`
}

// Attributes returns the attributes the library defines for kind k, "by"
// first; nil for a kind the library does not define.
func Attributes(k Kind) []Attribute {
	as, ok := builtinAttrs(k)
	if !ok {
		return nil
	}
	out := make([]Attribute, 1+len(as))
	out[0] = Attribute{attrInfo[attrBy].name, attrInfo[attrBy].typ}
	for i, a := range as {
		out[1+i] = Attribute{attrInfo[a].name, attrInfo[a].typ}
	}
	return out
}

// Bounds enforced by Validate and Compile.
const (
	MaxIDLen   = 128     // bytes in a term ID or a rule ID
	MaxWordLen = 64      // bytes in a kind, an attribute name or a word
	MaxTextLen = 4096    // bytes in a rationale or description
	MaxAge     = 120     // the largest minimum age a term can state
	MaxKinds   = 4096    // kinds a policy layer may declare
	MaxRules   = 100_000 // rules a policy layer may hold
)

// IsValidWord reports whether s is a snake_case word: a lower-case ASCII
// letter, then lower-case letters, digits and underscores, at most
// MaxWordLen bytes. Kinds and attribute names are words.
func IsValidWord(s string) bool {
	if s == "" || len(s) > MaxWordLen || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// The term's attributes, read by slot: what checking reads of a term.

// number returns numeric attribute a of the term, and the zero Number
// (unstated) for any other attribute.
func (t *Term) number(a attr) Number {
	switch a {
	case attrMinAge:
		return t.MinAge
	case attrCount:
		return t.Count
	case attrAmount:
		return t.Amount
	}
	return Number{}
}

// word returns the stored value of attribute a of an enumeration or a flag,
// valid or not, and 0 (unstated) for any other attribute.
func (t *Term) word(a attr) uint8 {
	if a < attrAllDetainees {
		return t.word1(a)
	}
	return t.word2(a)
}

// word1 and word2 are word for the attributes before attrAllDetainees and
// from it. The split keeps each small enough to inline, so that the hot
// paths — a slot's keys, a condition's evaluation — read an attribute
// without a call: word1 and word2 inline into them where word does not.
func (t *Term) word1(a attr) uint8 {
	switch a {
	case attrBy:
		return uint8(t.By)
	case attrPayer:
		return uint8(t.Payer)
	case attrPayee:
		return uint8(t.Payee)
	case attrSource:
		return uint8(t.Source)
	case attrProvider:
		return uint8(t.Provider)
	case attrControlledBy:
		return uint8(t.ControlledBy)
	case attrRecipient:
		return uint8(t.Recipient)
	case attrPurpose:
		return uint8(t.Purpose)
	case attrWeapon:
		return uint8(t.Weapon)
	case attrMeasure:
		return uint8(t.Measure)
	case attrInformation:
		return uint8(t.Information)
	case attrDisplay:
		return uint8(t.Display)
	case attrConditional:
		return uint8(t.Conditional)
	case attrPrivate:
		return uint8(t.Private)
	}
	return 0
}

func (t *Term) word2(a attr) uint8 {
	switch a {
	case attrAllDetainees:
		return uint8(t.AllDetainees)
	case attrAllPlaces:
		return uint8(t.AllPlaces)
	case attrRepeatVisits:
		return uint8(t.RepeatVisits)
	case attrRegistration:
		return uint8(t.Registration)
	case attrHostStateParty:
		return uint8(t.HostStateParty)
	case attrSharingPurpose:
		return uint8(t.SharingPurpose)
	case attrConsent:
		return uint8(t.Consent)
	case attrVoluntary:
		return uint8(t.Voluntary)
	case attrTemporary:
		return uint8(t.Temporary)
	case attrUndertaking:
		return uint8(t.Undertaking)
	}
	return 0
}

// stated reports whether the term states attribute a.
func (t *Term) stated(a attr) bool { return t.number(a).ok || t.word(a) != 0 }

// value returns attribute a of the term as a Value, and whether the term
// states it.
func (t *Term) value(a attr) (Value, bool) {
	if !t.stated(a) {
		return Value{}, false
	}
	return attrTypeOf(attrInfo[a].typ).value(t.number(a).v, t.word(a)), true
}

// compare evaluates x op y.
func compare(op Op, x, y float64) bool {
	switch op {
	case OpEq:
		return x == y
	case OpNe:
		return x != y
	case OpLt:
		return x < y
	case OpLe:
		return x <= y
	case OpGt:
		return x > y
	case OpGe:
		return x >= y
	}
	return false
}

// Validate reports every problem with the term at once: a kind that is not a
// snake_case word, attributes out of range or of unknown values, and
// attributes of the library that do not apply to the term's kind. It cannot
// know an agency's own kinds and attributes: checking a term of a kind the
// policy does not know gives an indeterminate finding, and a rule on a
// declared attribute the term lacks is indeterminate; Extra attributes that
// no rule reads are ignored.
func (t Term) Validate() error {
	c := check.Errors{Pkg: pkg}
	validateTerm(&c, "", &t)
	return c.Err()
}

func validateTerm(c *check.Errors, p string, t *Term) {
	if len(t.ID) > MaxIDLen {
		c.Add(check.Join(p, "id"), check.TooLarge, "longer than "+strconv.Itoa(MaxIDLen)+" bytes")
	} else if !utf8.ValidString(t.ID) {
		c.Add(check.Join(p, "id"), check.Invalid, "not valid UTF-8")
	}
	switch {
	case t.Kind == "":
		c.Add(check.Join(p, "kind"), check.Required, "a term needs a kind")
	case !IsValidWord(string(t.Kind)):
		c.Add(check.Join(p, "kind"), check.Invalid, "a kind is a snake_case word")
	}
	for a := attrBy; a < numAttrs; a++ {
		typ := attrInfo[a].typ
		if max := attrTypeOf(typ).max; max > 0 && t.word(a) > max {
			c.Add(check.Join(p, attrInfo[a].name), check.Unknown, "unknown "+typ.String()+" value")
		}
	}
	nums := []struct {
		a        attr
		n        Number
		min, max float64
	}{
		{attrMinAge, t.MinAge, 0, MaxAge},
		{attrCount, t.Count, 0, math.MaxFloat64},
		{attrAmount, t.Amount, 0, math.MaxFloat64},
	}
	for _, n := range nums {
		if !n.n.ok {
			continue
		}
		switch {
		case !n.n.valid():
			c.Add(check.Join(p, attrInfo[n.a].name), check.OutOfRange, "not a finite number")
		case n.n.v < n.min || n.n.v > n.max:
			c.Add(check.Join(p, attrInfo[n.a].name), check.OutOfRange, n.n.String()+" outside "+strconv.FormatFloat(n.min, 'g', -1, 64)+"–"+strconv.FormatFloat(n.max, 'g', -1, 64))
		}
	}
	if attrs, ok := builtinAttrs(t.Kind); ok || IsValidWord(string(t.Kind)) {
		applies := [numAttrs]bool{attrBy: true}
		for _, a := range attrs {
			applies[a] = true
		}
		for a := attrBy; a < numAttrs; a++ {
			if t.stated(a) && !applies[a] {
				c.Add(check.Join(p, attrInfo[a].name), check.Conflict, attrInfo[a].name+" does not apply to a "+string(t.Kind)+" term")
			}
		}
	}
	keys := make([]string, 0, len(t.Extra))
	for k := range t.Extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		kp := check.Join(check.Join(p, "extra"), k)
		v := t.Extra[k]
		switch {
		case !IsValidWord(k):
			c.Add(check.Join(p, "extra"), check.Invalid, "attribute names are snake_case words")
		case attrByName(k) != attrNone:
			c.Add(kp, check.Conflict, k+" is one of the library's attributes; set the field instead")
		case v.kind == valueNone || v.kind == valueList:
			c.Add(kp, check.Type, "an attribute holds a number, a word or a flag")
		case v.kind == valueNumber && !Num(v.num).valid():
			c.Add(kp, check.OutOfRange, "not a finite number")
		}
	}
}
