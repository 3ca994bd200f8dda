package assessment

import (
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/risk"
)

// Category is a category of the risks of negotiating. The zero value is
// invalid. A Category is a plain value, safe for concurrent use.
type Category uint8

// The report's five categories of engagement risk.
const (
	CategoryUnspecified    Category = iota
	CategorySafetySecurity          // to staff, partners and communities
	CategoryReputational            // perceived neutrality, donors, the public
	CategoryLegal                   // counter-terrorism and sanctions law, host-state law
	CategoryFinancial               // funding withdrawn, diversion
	CategoryOperational             // access and programmes elsewhere
	numCategories
)

var categories = enum.New[Category]("assessment", "risk category",
	"safety_security", "reputational", "legal", "financial", "operational").
	WithLabels("safety and security", "reputational", "legal", "financial", "operational")

// IsValid reports whether c is a named category.
func (c Category) IsValid() bool { return categories.Valid(c) }

// String returns the wire word; it never panics.
func (c Category) String() string { return categories.String(c) }

// Label returns the category in words.
func (c Category) Label() string { return categories.Label(c) }

// MarshalText encodes the category as its wire word.
func (c Category) MarshalText() ([]byte, error) { return categories.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case.
func (c *Category) UnmarshalText(b []byte) (err error) { *c, err = categories.Unmarshal(b); return err }

// ParseCategory parses a category's wire word or label, ignoring case.
func ParseCategory(s string) (Category, error) { return categories.Parse(s) }

// Categories returns the five categories in order.
func Categories() []Category { return categories.Values() }

// Mitigation is a measure that lowers an engagement risk: by how many steps
// of the 1–5 scales it lowers the likelihood and the impact. Measure says
// what it is, in words that name no person or place. The zero value is
// invalid: Input.Validate requires a Measure. A Mitigation is a plain value,
// safe for concurrent use.
type Mitigation struct {
	Measure    string `json:"measure"`
	Likelihood int    `json:"likelihood,omitempty"` // steps, 0–4
	Impact     int    `json:"impact,omitempty"`     // steps, 0–4
}

// EngagementRisk is one risk of negotiating, in one category, with its
// likelihood and impact on 1–5 scales (0 means not assessed) and the
// mitigations planned. The report found risks "often assumed rather than
// assessed": an unassessed risk is never read as a low one.
//
// The zero value is invalid: it names no category. The library never
// modifies an EngagementRisk or its Mitigations, so it is safe for
// concurrent reads.
type EngagementRisk struct {
	Category    Category     `json:"category"`
	Likelihood  int          `json:"likelihood,omitempty"`
	Impact      int          `json:"impact,omitempty"`
	Mitigations []Mitigation `json:"mitigations,omitempty"`
}

// Assessed reports whether likelihood and impact are both given.
func (r EngagementRisk) Assessed() bool { return risk.InScale(r.Likelihood) && risk.InScale(r.Impact) }

// Inherent returns likelihood × impact before mitigation, from 1 to 25, and
// false when the risk is not assessed.
func (r EngagementRisk) Inherent() (int, bool) {
	if !r.Assessed() {
		return 0, false
	}
	return r.Likelihood * r.Impact, true
}

// Residual returns likelihood × impact after mitigation — each lowered by the
// mitigations' steps, to no less than 1 — and false when the risk is not
// assessed. More mitigation never raises it.
func (r EngagementRisk) Residual() (int, bool) { return r.residual() }

// residual is Residual read through a pointer, copying neither the risk nor
// its mitigations.
func (r *EngagementRisk) residual() (int, bool) {
	if !risk.InScale(r.Likelihood) || !risk.InScale(r.Impact) {
		return 0, false
	}
	l, i := r.Likelihood, r.Impact
	for j := range r.Mitigations {
		m := &r.Mitigations[j]
		l -= max(m.Likelihood, 0)
		i -= max(m.Impact, 0)
	}
	return max(l, 1) * max(i, 1), true
}

// Criticality is how critical the protection work is, on the UN Security
// Risk Management's programme criticality scale (PC1 the highest). Higher
// criticality justifies more residual risk. The matrix of the UN policy is
// not reproduced here (unverified); the allowance for each level is the
// organisation's policy (see Policy.Allowance). The zero value means not
// assessed, which earns no allowance; it is not valid. A Criticality is a
// plain value, safe for concurrent use.
type Criticality uint8

// Programme criticality levels.
const (
	CriticalityUnspecified Criticality = iota
	CriticalityPC1                     // lifesaving, or directed by the organisation's head
	CriticalityPC2                     // lifesaving at scale, or critical to the mandate
	CriticalityPC3                     // important, medium-term
	CriticalityPC4                     // could be postponed
)

var criticalities = enum.New[Criticality]("assessment", "programme criticality", "pc1", "pc2", "pc3", "pc4").
	WithLabels("PC1", "PC2", "PC3", "PC4")

// IsValid reports whether c is a named level.
func (c Criticality) IsValid() bool { return criticalities.Valid(c) }

// String returns the wire word; it never panics.
func (c Criticality) String() string { return criticalities.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c Criticality) Label() string { return criticalities.Label(c) }

// MarshalText encodes the level as its wire word.
func (c Criticality) MarshalText() ([]byte, error) { return criticalities.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case.
func (c *Criticality) UnmarshalText(b []byte) (err error) {
	*c, err = criticalities.Unmarshal(b)
	return err
}

// ParseCriticality parses a programme criticality's wire word, ignoring case.
func ParseCriticality(s string) (Criticality, error) { return criticalities.Parse(s) }

// HostStance is the host state's stance towards engaging a non-state armed
// group. The zero value means not known, and is not valid. A HostStance is
// a plain value, safe for concurrent use.
type HostStance uint8

// Host-state stances.
const (
	HostStanceUnspecified HostStance = iota
	HostStanceSupportive             // accepts and supports the engagement
	HostStanceNeutral                // neither supports nor opposes it
	HostStanceHostile                // opposes it (a prohibition is recorded separately)
)

var hostStances = enum.New[HostStance]("assessment", "host stance", "supportive", "neutral", "hostile").
	WithLabels("supportive", "neutral", "hostile")

// IsValid reports whether h is a named stance.
func (h HostStance) IsValid() bool { return hostStances.Valid(h) }

// String returns the wire word; it never panics.
func (h HostStance) String() string { return hostStances.String(h) }

// Label returns the value in words, for people; String gives the wire word.
func (h HostStance) Label() string { return hostStances.Label(h) }

// MarshalText encodes the stance as its wire word.
func (h HostStance) MarshalText() ([]byte, error) { return hostStances.Marshal(h) }

// UnmarshalText decodes a wire word, ignoring case.
func (h *HostStance) UnmarshalText(b []byte) (err error) {
	*h, err = hostStances.Unmarshal(b)
	return err
}

// ParseHostStance parses a host-state stance's wire word, ignoring case.
func ParseHostStance(s string) (HostStance, error) { return hostStances.Parse(s) }

// Source is what forbids direct contact with the armed actor. The zero value
// is invalid. A Source is a plain value, safe for concurrent use.
type Source uint8

// Sources of a prohibition of direct contact.
const (
	SourceUnspecified      Source = iota
	SourceCounterTerrorLaw        // national counter-terrorism law (e.g. Nigeria's)
	SourceDonorClause             // a donor's no-contact clause
	SourceHostStateOrder          // an order of the host state
	SourceSanctionsRegime         // a sanctions regime's prohibition
)

var sources = enum.New[Source]("assessment", "prohibition source",
	"counter_terror_law", "donor_clause", "host_state_order", "sanctions_regime").
	WithLabels("national counter-terrorism law", "a donor's no-contact clause", "an order of the host state", "a sanctions regime")

// IsValid reports whether s is a named source.
func (s Source) IsValid() bool { return sources.Valid(s) }

// String returns the wire word; it never panics.
func (s Source) String() string { return sources.String(s) }

// Label returns the source in words.
func (s Source) Label() string { return sources.Label(s) }

// MarshalText encodes the source as its wire word.
func (s Source) MarshalText() ([]byte, error) { return sources.Marshal(s) }

// UnmarshalText decodes a wire word, ignoring case.
func (s *Source) UnmarshalText(b []byte) (err error) { *s, err = sources.Unmarshal(b); return err }

// ParseSource parses a source's wire word or label, ignoring case.
func ParseSource(s string) (Source, error) { return sources.Parse(s) }

// Prohibition records that direct contact with the armed actor is forbidden,
// and, if the organisation holds one, the reference of the exemption that
// lifts it (a licence, a humanitarian carve-out such as UNSCR 2664). The zero
// value is invalid: it names no source. A Prohibition is a plain value, safe
// for concurrent use.
type Prohibition struct {
	Source    Source `json:"source"`
	Exemption string `json:"exemption,omitempty"`
}

// Context is what, beyond the factors, bears on who may engage and who must
// approve.
//
// The zero value means the host state's stance is not known, no prohibition
// of direct contact, no regional or global impact, no donor-linked funding,
// programme criticality not assessed (no allowance) and no intermediaries
// known: nothing in it vetoes direct contact or raises the escalation level.
// The library never modifies a Context or its Prohibitions, so it is safe
// for concurrent reads.
type Context struct {
	HostState    HostStance    `json:"host_state,omitempty"`
	Prohibitions []Prohibition `json:"prohibitions,omitempty"`
	// RegionalImpact and GlobalImpact: the engagement may have effects beyond
	// the country (the UNICEF 2021 escalation threshold).
	RegionalImpact bool `json:"regional_impact,omitempty"`
	GlobalImpact   bool `json:"global_impact,omitempty"`
	// DonorLinkedFunding: donor funding is tied to negotiating with a group
	// allegedly linked to a designated terrorist organisation (the report's
	// INGO consulted its governing board).
	DonorLinkedFunding bool        `json:"donor_linked_funding,omitempty"`
	Criticality        Criticality `json:"criticality,omitempty"`
	// Intermediaries: partners, communities or influencers able to carry an
	// indirect engagement are known.
	Intermediaries bool `json:"intermediaries,omitempty"`
}
