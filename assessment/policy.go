package assessment

import (
	"math"
	"strconv"

	"github.com/humanitarian-negotiation/protection/internal/authority"
	"github.com/humanitarian-negotiation/protection/internal/check"
)

// Authority is an organisation's decision level: the level an engagement
// decision must be escalated to. It is the same type as the redline
// package's approval level. The zero value means none, and is not valid. An
// Authority is a plain value, safe for concurrent use.
//
// Its methods: String gives the wire word ("country_office"), Label the
// words a person reads ("country office"), IsValid reports whether it is a
// named level, and MarshalText and UnmarshalText encode it as its wire word.
// Levels compare with < and >: each constant below outranks the one before.
type Authority = authority.Level

// Decision levels, in increasing order.
const (
	AuthorityUnspecified = authority.Unspecified
	CountryOffice        = authority.CountryOffice
	RegionalOffice       = authority.RegionalOffice
	Headquarters         = authority.Headquarters
	GoverningBoard       = authority.GoverningBoard
)

// ParseAuthority parses a decision level's wire word or label.
func ParseAuthority(s string) (Authority, error) { return authority.ParseFor(pkg, s) }

// PerCategory holds one whole number per engagement-risk category. The zero
// value holds 0 for every category, which Policy.Validate rejects as an
// appetite (each is from 1 to 25). PerCategory is a plain value, safe for
// concurrent use.
type PerCategory struct {
	SafetySecurity int `json:"safety_security"`
	Reputational   int `json:"reputational"`
	Legal          int `json:"legal"`
	Financial      int `json:"financial"`
	Operational    int `json:"operational"`
}

// Get returns the number of category c (0 for an invalid category).
func (p PerCategory) Get(c Category) int {
	return byCategory(c, p.SafetySecurity, p.Reputational, p.Legal, p.Financial, p.Operational)
}

// byCategory returns the argument that stands for category c, in the order
// of the Category constants, or the zero T for an invalid category: the one
// place that maps categories to the fields of PerCategory and Owners.
func byCategory[T any](c Category, safetySecurity, reputational, legal, financial, operational T) T {
	switch c {
	case CategorySafetySecurity:
		return safetySecurity
	case CategoryReputational:
		return reputational
	case CategoryLegal:
		return legal
	case CategoryFinancial:
		return financial
	case CategoryOperational:
		return operational
	}
	var zero T
	return zero
}

// Owners names, per engagement-risk category, the decision level that owns
// risk above the organisation's appetite. The zero value names no owner,
// which Policy.Validate rejects. Owners is a plain value, safe for
// concurrent use.
type Owners struct {
	SafetySecurity Authority `json:"safety_security"`
	Reputational   Authority `json:"reputational"`
	Legal          Authority `json:"legal"`
	Financial      Authority `json:"financial"`
	Operational    Authority `json:"operational"`
}

// Get returns the owner of category c (AuthorityUnspecified for an invalid
// category).
func (o Owners) Get(c Category) Authority {
	return byCategory(c, o.SafetySecurity, o.Reputational, o.Legal, o.Financial, o.Operational)
}

// Allowance is how much more residual risk (on the 1–25 scale) the
// organisation accepts for work of each programme criticality. The zero
// value accepts no more at any criticality. An Allowance is a plain value,
// safe for concurrent use.
type Allowance struct {
	PC1 int `json:"pc1"`
	PC2 int `json:"pc2"`
	PC3 int `json:"pc3"`
	PC4 int `json:"pc4"`
}

// Get returns the allowance for criticality c (0 when not assessed).
func (a Allowance) Get(c Criticality) int {
	switch c {
	case CriticalityPC1:
		return a.PC1
	case CriticalityPC2:
		return a.PC2
	case CriticalityPC3:
		return a.PC3
	case CriticalityPC4:
		return a.PC4
	}
	return 0
}

// Escalation names the decision level each escalation rule raises a decision
// to. The report gives the rules; the levels are each organisation's policy.
// The zero value names no level, which Policy.Validate rejects. An
// Escalation is a plain value, safe for concurrent use.
type Escalation struct {
	Sanctions          Authority `json:"sanctions"`            // the actor is on a UN Security Council sanctions list
	Terrorist          Authority `json:"terrorist"`            // the actor is designated a terrorist organisation (with legal review)
	DonorLinkedFunding Authority `json:"donor_linked_funding"` // donor funding tied to engaging a group linked to a designated organisation
	RegionalImpact     Authority `json:"regional_impact"`      // the engagement may have regional impact
	GlobalImpact       Authority `json:"global_impact"`        // the engagement may have global impact
	HostileHostState   Authority `json:"hostile_host_state"`   // the host state opposes engaging a non-state armed group
}

// Policy is an organisation's decision policy: the weights of the seven
// factors, the thresholds that turn the score into a recommendation, the risk
// appetite, and the escalation levels. [DefaultPolicy] gives values drawn
// from the report; an agency changes them and checks them with Validate.
//
// The score is the weighted mean of the factor scores, each in [0, 1] after
// costs are turned into benefits; it is "engage" from Engage up, "defer" below
// Defer, and "prepare further" in between. Residual engagement risk above
// Appetite (plus Allowance for the work's criticality) escalates to the
// category's owner. Evidence sets how incident data are read into a
// suggested likelihood ([EvidencePolicy]).
//
// The zero value is invalid (its weights sum to zero). A Policy is a plain
// value, safe for concurrent use; compile it with [NewDecider].
type Policy struct {
	Name       string      `json:"name"`
	Version    string      `json:"version"`
	Weights    Weights     `json:"weights"`
	Engage     float64     `json:"engage"`
	Defer      float64     `json:"defer"`
	Appetite   PerCategory `json:"appetite"`
	Allowance  Allowance   `json:"allowance"`
	Owners     Owners      `json:"owners"`
	Escalation Escalation  `json:"escalation"`
	// Evidence is how incident data suggest a likelihood; the zero value
	// means DefaultEvidencePolicy.
	Evidence EvidencePolicy `json:"evidence,omitzero"`
}

// DefaultPolicyVersion is the version of the policy DefaultPolicy returns.
const DefaultPolicyVersion = "2025.1"

// DefaultPolicy returns the library's default decision policy:
//
//   - equal weights: the report lists the seven factors "in no order of
//     importance";
//   - engage from a score of 0.6, defer below 0.4;
//   - an appetite of 8 (of 25) residual risk in every category but safety and
//     security (6) and legal (6), the report finding leadership risk
//     appetite low; allowances of 6, 4, 2 and 0 for PC1–PC4;
//   - risk above appetite owned by the regional office (safety and security,
//     financial), headquarters (reputational, legal) or the country office
//     (operational);
//   - escalation as the report describes it: a UN sanctions listing or global
//     impact to headquarters, regional impact to the regional office, a
//     terrorist designation to headquarters with legal review, donor funding
//     tied to a group linked to a designated organisation to the governing
//     board, a hostile host state to the regional office;
//   - incident data read as DefaultEvidencePolicy says.
func DefaultPolicy() Policy {
	return Policy{
		Name:    "default",
		Version: DefaultPolicyVersion,
		Weights: Weights{1, 1, 1, 1, 1, 1, 1},
		Engage:  0.6,
		Defer:   0.4,
		Appetite: PerCategory{
			SafetySecurity: 6, Reputational: 8, Legal: 6, Financial: 8, Operational: 8,
		},
		Allowance: Allowance{PC1: 6, PC2: 4, PC3: 2, PC4: 0},
		Owners: Owners{
			SafetySecurity: RegionalOffice, Reputational: Headquarters, Legal: Headquarters,
			Financial: RegionalOffice, Operational: CountryOffice,
		},
		Escalation: Escalation{
			Sanctions: Headquarters, Terrorist: Headquarters, DonorLinkedFunding: GoverningBoard,
			RegionalImpact: RegionalOffice, GlobalImpact: Headquarters, HostileHostState: RegionalOffice,
		},
	}
}

// Validate reports every problem with the policy at once, each a
// *FieldError with its path: a weight negative, NaN or infinite, weights
// summing to zero, thresholds outside [0, 1] or out of order (defer above
// engage), an appetite outside 1–25, a negative allowance, an owner or
// escalation level missing or unknown.
func (p Policy) Validate() error {
	c := check.Errors{Pkg: pkg}
	c.Text("name", p.Name, 128, true)
	c.Text("version", p.Version, 64, true)
	sum := 0.0
	for _, f := range Factors() {
		w := p.Weights.Get(f)
		path := "weights." + f.String()
		switch {
		case math.IsNaN(w) || math.IsInf(w, 0):
			c.Add(path, check.OutOfRange, "not a finite number")
		case w < 0:
			c.Add(path, check.OutOfRange, "a weight cannot be negative")
		default:
			sum += w
		}
	}
	if sum == 0 {
		c.Add("weights", check.Invalid, "the weights sum to zero: at least one factor must count")
	}
	c.Range("engage", p.Engage, 0, 1)
	c.Range("defer", p.Defer, 0, 1)
	if p.Defer > p.Engage {
		c.Add("defer", check.Conflict, "the defer threshold is above the engage threshold")
	}
	for _, cat := range Categories() {
		if a := p.Appetite.Get(cat); a < 1 || a > 25 {
			c.Add("appetite."+cat.String(), check.OutOfRange, "an appetite is a residual risk from 1 to 25, got "+strconv.Itoa(a))
		}
		checkLevel(&c, "owners."+cat.String(), p.Owners.Get(cat))
	}
	for i, a := range []int{p.Allowance.PC1, p.Allowance.PC2, p.Allowance.PC3, p.Allowance.PC4} {
		if a < 0 || a > 24 {
			c.Add("allowance.pc"+strconv.Itoa(i+1), check.OutOfRange, "an allowance is from 0 to 24, got "+strconv.Itoa(a))
		}
	}
	esc := p.Escalation
	for _, e := range []struct {
		name  string
		level Authority
	}{
		{"sanctions", esc.Sanctions}, {"terrorist", esc.Terrorist}, {"donor_linked_funding", esc.DonorLinkedFunding},
		{"regional_impact", esc.RegionalImpact}, {"global_impact", esc.GlobalImpact}, {"hostile_host_state", esc.HostileHostState},
	} {
		checkLevel(&c, "escalation."+e.name, e.level)
	}
	p.Evidence.check(&c)
	return c.Err()
}

func checkLevel(c *check.Errors, path string, l Authority) {
	switch {
	case l == 0:
		c.Add(path, check.Required, "a decision level is required")
	case !l.IsValid():
		c.Add(path, check.Unknown, "unknown decision level")
	}
}

// Decider is a validated decision policy, ready to decide many cases. It is
// immutable and safe for concurrent use by any number of goroutines. The zero
// value is not usable; build one with [NewDecider].
type Decider struct {
	p       Policy
	weights [numFactors]float64 // the policy's weights divided by the largest, so only ratios count
	raw     [numFactors]float64 // the policy's weights as given
	scale   float64             // the largest weight

	appetite [numCategories]int       // the policy's appetite by category
	owners   [numCategories]Authority // and who owns each category

	confidences [numFactors][ConfidenceHigh + 1]float64 // by factor and confidence: the weight × the confidence / 3, what it adds to the certainty's sum
	directions  [numFactors]Direction                   // each factor's direction
	limits      [CriticalityPC4 + 1][numCategories]int  // by criticality and category: the appetite plus the allowance, at most 25
}

// NewDecider validates p and returns a Decider for it.
func NewDecider(p Policy) (*Decider, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	d := &Decider{p: p}
	for _, f := range Factors() {
		d.scale = max(d.scale, p.Weights.Get(f))
	}
	// Dividing by the largest weight keeps sums finite for huge weights and
	// precise for tiny ones: only the ratios of the weights count.
	for _, f := range Factors() {
		d.raw[f] = p.Weights.Get(f)
		d.weights[f] = d.raw[f] / d.scale
	}
	for cat := CategorySafetySecurity; cat < numCategories; cat++ {
		d.appetite[cat], d.owners[cat] = p.Appetite.Get(cat), p.Owners.Get(cat)
	}
	for f := FactorCriticality; f < numFactors; f++ {
		d.directions[f] = f.Direction()
		for c := range d.confidences[f] {
			d.confidences[f][c] = d.weights[f] * float64(c) / 3
		}
	}
	for c := range d.limits {
		for cat := CategorySafetySecurity; cat < numCategories; cat++ {
			d.limits[c][cat] = min(d.appetite[cat]+p.Allowance.Get(Criticality(c)), 25)
		}
	}
	return d, nil
}

// MustNewDecider is like NewDecider but panics on error; it is for policies
// written as literals in tests and examples.
func MustNewDecider(p Policy) *Decider {
	d, err := NewDecider(p)
	if err != nil {
		panic(err)
	}
	return d
}

// Policy returns the decider's policy.
func (d *Decider) Policy() Policy { return d.p }
