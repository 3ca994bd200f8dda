package sanctions

import (
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Jurisdiction is a body of sanctions law an organisation answers to: the
// UN Security Council's measures, which bind every organisation, and the
// European Union's, the United Kingdom's and the United States' law, which
// bind it as its seat, staff and funds make it subject to them. The zero
// value is invalid. A Jurisdiction is a plain value, safe for concurrent use.
type Jurisdiction uint8

// Jurisdictions.
const (
	JurisdictionUnspecified Jurisdiction = iota
	JurisdictionUN                       // the UN Security Council's measures
	JurisdictionEU                       // European Union law
	JurisdictionUK                       // United Kingdom law
	JurisdictionUS                       // United States law
)

var jurisdictions = enum.New[Jurisdiction]("sanctions", "jurisdiction", "un", "eu", "uk", "us").
	WithLabels("UN Security Council measures", "EU law", "UK law", "US law")

// IsValid reports whether j is a named jurisdiction.
func (j Jurisdiction) IsValid() bool { return jurisdictions.Valid(j) }

// String returns the wire word; it never panics.
func (j Jurisdiction) String() string { return jurisdictions.String(j) }

// Label returns the value in words, for people; String gives the wire word.
func (j Jurisdiction) Label() string { return jurisdictions.Label(j) }

// MarshalText encodes the jurisdiction as its wire word.
func (j Jurisdiction) MarshalText() ([]byte, error) { return jurisdictions.Marshal(j) }

// UnmarshalText decodes a wire word, ignoring case.
func (j *Jurisdiction) UnmarshalText(b []byte) (err error) {
	*j, err = jurisdictions.Unmarshal(b)
	return err
}

// ParseJurisdiction parses a jurisdiction's wire word, ignoring case.
func ParseJurisdiction(s string) (Jurisdiction, error) { return jurisdictions.Parse(s) }

// Approver says who can allow, case by case, a transfer the jurisdiction's
// asset freeze prohibits and no exemption covers: a UN sanctions committee,
// a competent authority of an EU member state, the UK's Office of Financial
// Sanctions Implementation, or the US Treasury's Office of Foreign Assets
// Control. It returns "" for an invalid jurisdiction.
func (j Jurisdiction) Approver() string {
	switch j {
	case JurisdictionUN:
		return "an exemption granted by the sanctions committee"
	case JurisdictionEU:
		return "an authorisation from the competent authority of the member state"
	case JurisdictionUK:
		return "a licence from the Office of Financial Sanctions Implementation (HM Treasury)"
	case JurisdictionUS:
		return "a specific licence from the Office of Foreign Assets Control (US Treasury)"
	}
	return ""
}

// Category is where an organisation stands among the providers of
// humanitarian assistance that UN Security Council resolution 2664 (2022),
// paragraph 1, names — the categories the humanitarian exemptions from
// asset freezes turn on. CategoryOtherNGO and CategoryNone fall outside
// resolution 2664; they are told apart because other exemptions (the US
// general licences among them) cover non-governmental organisations as
// such. The zero value is invalid: an organisation's category is never
// assumed. A Category is a plain value, safe for concurrent use.
type Category uint8

// Categories.
const (
	CategoryUnspecified          Category = iota
	CategoryUNEntity                      // the United Nations: its programmes, funds, other entities, specialised agencies and related organisations
	CategoryInternationalOrg              // an international organisation
	CategoryObserverHumanitarian          // a humanitarian organisation with observer status at the UN General Assembly, or one of its members
	CategoryResponsePlanNGO               // a bilaterally or multilaterally funded NGO taking part in a UN Humanitarian or Refugee Response Plan, another UN appeal or an OCHA-coordinated cluster
	CategoryImplementingPartner           // an employee, grantee, subsidiary or implementing partner of one of the above, acting as such
	CategoryOtherNGO                      // a non-governmental organisation outside every UN plan, appeal and cluster
	CategoryNone                          // none of these
)

var categories = enum.New[Category]("sanctions", "category",
	"un_entity", "international_organisation", "observer_humanitarian", "response_plan_ngo", "implementing_partner", "other_ngo", "none").
	WithLabels("a UN entity", "an international organisation", "a humanitarian organisation with UN General Assembly observer status",
		"an NGO in a UN response plan, appeal or cluster", "an implementing partner of a covered organisation",
		"an NGO outside the UN plans, appeals and clusters", "an organisation in none of the categories").
	WithAlias("international_organization", CategoryInternationalOrg)

// IsValid reports whether c is a named category.
func (c Category) IsValid() bool { return categories.Valid(c) }

// String returns the wire word; it never panics.
func (c Category) String() string { return categories.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c Category) Label() string { return categories.Label(c) }

// MarshalText encodes the category as its wire word.
func (c Category) MarshalText() ([]byte, error) { return categories.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case; the American spelling
// international_organization is accepted.
func (c *Category) UnmarshalText(b []byte) (err error) { *c, err = categories.Unmarshal(b); return err }

// ParseCategory parses a category's wire word, ignoring case.
func ParseCategory(s string) (Category, error) { return categories.Parse(s) }

// In2664 reports whether resolution 2664's exemption names the category.
func (c Category) In2664() bool { return c >= CategoryUNEntity && c <= CategoryImplementingPartner }

// NGO reports whether an organisation of the category is, by the category
// alone, a non-governmental organisation: one in a UN response plan or
// outside every plan. An implementing partner may be one too; the category
// does not say, so NGO reports false for it.
func (c Category) NGO() bool { return c == CategoryResponsePlanNGO || c == CategoryOtherNGO }

// Standing is the organisation's position under sanctions law: its
// resolution 2664 category and the jurisdictions it answers to besides the
// UN Security Council's measures, which bind every organisation and need
// not be listed. An organisation states its standing; the library never
// infers it. NGO says, for an implementing partner, whether it is itself a
// non-governmental organisation (the US general licences turn on it); for
// the other categories the category says it.
//
// The zero value is not a standing: Validate refuses an unset category, and
// screening with it is an error. A Standing is a plain value, safe for
// concurrent reads; Screen never modifies it.
type Standing struct {
	Category      Category       `json:"category"`
	NGO           bool           `json:"ngo,omitempty"`
	Jurisdictions []Jurisdiction `json:"jurisdictions,omitempty"`
}

// AnswersTo reports whether the organisation answers to j: always for the
// UN Security Council's measures, otherwise when Jurisdictions lists it.
func (s Standing) AnswersTo(j Jurisdiction) bool {
	if j == JurisdictionUN {
		return true
	}
	for _, x := range s.Jurisdictions {
		if x == j {
			return true
		}
	}
	return false
}

// IsNGO reports whether the organisation is a non-governmental
// organisation: by its category, or, for an implementing partner, as NGO
// states.
func (s Standing) IsNGO() bool {
	return s.Category.NGO() || (s.Category == CategoryImplementingPartner && s.NGO)
}

// Validate reports every problem at once, as an errors.Join of *FieldError
// values: an unset or unknown category, NGO set for a category that already
// says whether the organisation is one, an unset, unknown or repeated
// jurisdiction. It returns nil for a valid standing.
func (s Standing) Validate() error {
	c := check.Errors{Pkg: pkg}
	s.check(&c, "")
	return c.Err()
}

func (s Standing) check(c *check.Errors, p string) {
	if r := check.EnumProblem(s.Category.IsValid(), s.Category == 0, true); r != 0 {
		detail := check.EnumDetail(r, "category")
		if r == check.Required {
			detail = "state the organisation's category: an exemption is never assumed"
		}
		c.Add(check.Join(p, "category"), r, detail)
	}
	if s.NGO && s.Category != CategoryImplementingPartner && s.Category.IsValid() {
		c.Add(check.Join(p, "ngo"), check.Conflict, "only an implementing partner states whether it is an NGO; the category "+s.Category.Label()+" says it already")
	}
	var seen [5]bool
	for i, j := range s.Jurisdictions {
		jp := func() string { return check.Index(check.Join(p, "jurisdictions"), i) }
		switch {
		case !j.IsValid():
			c.EnumAt(jp, false, j == 0, true, "jurisdiction")
		case seen[j]:
			c.Add(jp(), check.Duplicate, "the jurisdiction "+j.Label()+" is listed twice")
		}
		if j.IsValid() {
			seen[j] = true
		}
	}
}

// String describes the standing in words: "an NGO in a UN response plan,
// appeal or cluster, answering to UN Security Council measures and US law".
func (s Standing) String() string {
	var b strings.Builder
	if s.Category.IsValid() {
		b.WriteString(s.Category.Label())
	} else {
		b.WriteString("an organisation whose category is not stated")
	}
	if s.Category == CategoryImplementingPartner && s.NGO {
		b.WriteString(" (itself an NGO)")
	}
	b.WriteString(", answering to ")
	b.WriteString(JurisdictionUN.Label())
	var rest []string
	for j := JurisdictionEU; j <= JurisdictionUS; j++ {
		if s.AnswersTo(j) {
			rest = append(rest, j.Label())
		}
	}
	for i, r := range rest {
		if i == len(rest)-1 {
			b.WriteString(" and ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(r)
	}
	return b.String()
}
