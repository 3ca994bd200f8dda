package assessment

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/risk"
)

// Input is everything a decision to engage rests on: the armed actor, the
// protection concerns, the seven factors, the engagement risks and the
// context. The zero value is not a valid input: it names no actor, and
// Decide rejects it with a *FieldError at "actor.kind". An input with a
// valid actor and nothing else decides "prepare further" and lists what is
// missing: every factor, the concerns, the plan and every risk category.
//
// Validate and Decide only read an Input, the slices and the Plan it points
// to, so it is safe for concurrent reads; do not modify it while they run.
type Input struct {
	Actor    actor.Actor      `json:"actor"`
	Concerns []risk.Concern   `json:"concerns,omitempty"`
	Factors  FactorScores     `json:"factors"`
	Risks    []EngagementRisk `json:"risks,omitempty"`
	Context  Context          `json:"context"`
	// Plan is the engagement plan, if one is drafted: its readiness gaps
	// (see Readiness) are part of what a decision finds missing. Without a
	// plan, the decision says readiness was not checked.
	Plan *Plan `json:"plan,omitempty"`
	// Evidence is what the judged factors and risks can be held against:
	// incident data for a risk category, UCDP records for a factor. It
	// never replaces a judgement; the decision says what rests on which.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Bounds enforced by Validate.
const (
	MaxConcerns    = 64
	MaxRisks       = 64
	MaxMitigations = 32
	MaxMeasureLen  = 256
)

// Validate reports every problem Decide would refuse the input for, all at
// once, each a *FieldError with its JSON path: of the actor, the kind
// missing or unknown and its designations' problems (see
// actor.Designation.Validate), which are what Decide reads of it; scores
// outside [0, 1], NaN or infinite, a score with a value but no confidence,
// scales outside 0–5, unknown enumeration values, too many concerns, risks
// or mitigations. An input Validate accepts, Decide decides; one it
// refuses, Decide refuses with the same errors.
//
// The actor's own record — its ID, names, factions, engagements — is not
// what a decision rests on, and is left to actor.Actor.Validate: a
// researcher deciding over synthetic actors need not invent IDs for them.
func (in Input) Validate() error {
	plain := in.plainlyValid()
	if plain && len(in.Evidence) == 0 {
		return nil
	}
	return in.checkFurther(plain)
}

// checkFurther returns validate's error for an input plainlyValid did not
// accept (plain false), and for one it did, the error of its evidence,
// which plainlyValid does not look at: nothing else is wrong with it. So
// the errors are validate's, in its order, and an input plainlyValid
// accepts, with no evidence, needs no further check.
func (in *Input) checkFurther(plain bool) error {
	c := check.Errors{Pkg: pkg}
	if plain {
		checkEvidence(&c, in.Evidence)
	} else {
		in.validate(&c)
	}
	return c.Err()
}

// plainlyValid reports whether validate would find nothing wrong with *in,
// its evidence aside, by a quicker look that accepts only the plain cases:
// text in printable ASCII, designations without CAAC listings or a report.
// When it says no, something may be wrong, or the case is not plain, and
// validate looks field by field. It never accepts what validate refuses.
func (in *Input) plainlyValid() bool {
	if !in.Actor.Kind.IsValid() || len(in.Concerns) > MaxConcerns || len(in.Risks) > MaxRisks {
		return false
	}
	for i := range in.Actor.Designations {
		if !plainDesignation(&in.Actor.Designations[i]) {
			return false
		}
	}
	for i := range in.Concerns {
		c := &in.Concerns[i]
		if !c.Risk.IsValid() || uint(c.Threat) > 5 || uint(c.Vulnerability) > 5 || uint(c.Capacity) > 5 ||
			c.Severity != 0 && !c.Severity.IsValid() {
			return false
		}
	}
	fs := &in.Factors
	if !plainScore(fs.Criticality) || !plainScore(fs.ActorImpact) || !plainScore(fs.Operations) || !plainScore(fs.Openness) ||
		!plainScore(fs.HostState) || !plainScore(fs.Risk) || !plainScore(fs.AddedValue) {
		return false
	}
	risks := in.Risks // a local slice, which the compiler keeps in registers
	for i := range risks {
		r := &risks[i]
		if r.Category-1 >= numCategories-1 || max(uint(r.Likelihood), uint(r.Impact)) > 5 || len(r.Mitigations) > MaxMitigations {
			return false
		}
		for j := range r.Mitigations {
			m := &r.Mitigations[j]
			if max(uint(m.Likelihood), uint(m.Impact)) > 4 || !check.PlainText(m.Measure, MaxMeasureLen) {
				return false
			}
		}
	}
	x := &in.Context
	if x.HostState != 0 && !x.HostState.IsValid() || x.Criticality != 0 && !x.Criticality.IsValid() {
		return false
	}
	for i := range x.Prohibitions {
		if pr := &x.Prohibitions[i]; !pr.Source.IsValid() || pr.Exemption != "" && !check.PlainText(pr.Exemption, 128) {
			return false
		}
	}
	if p := in.Plan; p != nil {
		if p.Messaging != 0 && !p.Messaging.IsValid() || p.ContactCadence < 0 {
			return false
		}
		for i := range p.Interlocutors {
			if !p.Interlocutors[i].Level.IsValid() {
				return false
			}
		}
	}
	return true
}

// plainScore reports whether validate accepts s: a value from 0 to 1 with a
// known confidence, or no value and no confidence.
func plainScore(s Score) bool {
	// ConfidenceHigh is the last confidence: a known one is from 1 to it.
	return s.Value >= 0 && s.Value <= 1 && s.Confidence <= ConfidenceHigh && (s.Confidence != 0 || s.Value == 0)
}

// plainDesignation reports whether d is a designation actor.Designation.Validate
// accepts with no need to look further: a known kind other than a CAAC
// annex designation, with no listings and no report, a jurisdiction where a
// terrorist designation needs one, the UN Security Council or no one as the
// designator of UN sanctions, plain text for its regime and reference, and
// a year, if any, within the years a record can carry.
func plainDesignation(d *actor.Designation) bool {
	return d.Kind.IsValid() && d.Kind != actor.DesignationCAAC && len(d.Listings) == 0 && d.Report == 0 &&
		(d.Jurisdiction.IsValid() || d.Jurisdiction == 0 && d.Kind != actor.DesignationTerrorist) &&
		(d.By == 0 || d.By.IsValid() && (d.Kind != actor.DesignationUNSanctions || d.By == actor.DesignatorUNSecurityCouncil)) &&
		(d.Regime == "" || check.PlainText(d.Regime, actor.MaxNameLen)) &&
		(d.Reference == "" || check.PlainText(d.Reference, actor.MaxReferenceLen)) &&
		(d.Year == 0 || d.Year >= check.MinYear && d.Year <= check.MaxYear)
}

// validate checks what Decide reads. Paths are built only for problems
// found, so a valid input costs no allocation.
func (in *Input) validate(c *check.Errors) {
	at := func(list string, i int, field string) string { return check.Index(list, i) + "." + field }
	if !in.Actor.Kind.IsValid() {
		c.Add("actor.kind", check.EnumReason(in.Actor.Kind == 0), "the actor's kind is needed to decide")
	}
	for i := range in.Actor.Designations {
		if err := in.Actor.Designations[i].Validate(); err != nil {
			c.AddErr(check.Index("actor.designations", i), err)
		}
	}
	if len(in.Concerns) > MaxConcerns {
		c.Add("concerns", check.TooLarge, "more than "+strconv.Itoa(MaxConcerns)+" concerns")
	}
	for i := range in.Concerns {
		if err := in.Concerns[i].Validate(); err != nil {
			c.AddErr(check.Index("concerns", i), err)
		}
	}
	fs := in.Factors.array()
	for f := FactorCriticality; f < numFactors; f++ {
		s := &fs[f]
		switch {
		case !(s.Value >= 0 && s.Value <= 1): // NaN and infinities too
			c.Add("factors."+f.String()+".value", check.OutOfRange, "a score is a number from 0 to 1")
		case s.Confidence == 0 && s.Value != 0:
			c.Add("factors."+f.String()+".confidence", check.Required, "a score needs a confidence; leave the factor out to mark it unassessed")
		case s.Confidence != 0 && !s.Confidence.IsValid():
			c.Add("factors."+f.String()+".confidence", check.Unknown, "unknown confidence")
		}
	}
	if len(in.Risks) > MaxRisks {
		c.Add("risks", check.TooLarge, "more than "+strconv.Itoa(MaxRisks)+" risks")
	}
	for i := range in.Risks {
		r := &in.Risks[i]
		if !r.Category.IsValid() {
			c.Add(at("risks", i, "category"), check.EnumReason(r.Category == 0), "a risk names one of the five categories")
		}
		checkScale(c, i, "risks", "likelihood", r.Likelihood)
		checkScale(c, i, "risks", "impact", r.Impact)
		if len(r.Mitigations) > MaxMitigations {
			c.Add(at("risks", i, "mitigations"), check.TooLarge, "more than "+strconv.Itoa(MaxMitigations)+" mitigations")
		}
		for j := range r.Mitigations {
			m := &r.Mitigations[j]
			if bad, d := check.TextProblem(m.Measure, MaxMeasureLen, true); bad != 0 {
				c.Add(mitigationPath(i, j, "measure"), bad, d)
			}
			if m.Likelihood < 0 || m.Likelihood > 4 {
				c.Add(mitigationPath(i, j, "likelihood"), check.OutOfRange, "a mitigation lowers likelihood by 0 to 4 steps")
			}
			if m.Impact < 0 || m.Impact > 4 {
				c.Add(mitigationPath(i, j, "impact"), check.OutOfRange, "a mitigation lowers impact by 0 to 4 steps")
			}
		}
	}
	x := &in.Context
	if x.HostState != 0 && !x.HostState.IsValid() {
		c.Add("context.host_state", check.Unknown, "unknown host-state stance")
	}
	if x.Criticality != 0 && !x.Criticality.IsValid() {
		c.Add("context.criticality", check.Unknown, "unknown programme criticality")
	}
	for i := range x.Prohibitions {
		if !x.Prohibitions[i].Source.IsValid() {
			c.Add(at("context.prohibitions", i, "source"), check.EnumReason(x.Prohibitions[i].Source == 0), "a prohibition names its source")
		}
		switch e := x.Prohibitions[i].Exemption; {
		case e != "" && strings.TrimSpace(e) == "":
			c.Add(at("context.prohibitions", i, "exemption"), check.Required, "a blank exemption: give its reference, or leave it out when there is none")
		default:
			if bad, d := check.TextProblem(e, 128, false); bad != 0 {
				c.Add(at("context.prohibitions", i, "exemption"), bad, d)
			}
		}
	}
	if len(in.Evidence) > 0 {
		checkEvidence(c, in.Evidence)
	}
	if p := in.Plan; p != nil {
		if p.Messaging != 0 && !p.Messaging.IsValid() {
			c.Add("plan.messaging", check.Unknown, "unknown messaging basis")
		}
		if p.ContactCadence < 0 {
			c.Add("plan.contact_cadence", check.OutOfRange, "a cadence is a number of days, 0 for none")
		}
		for i := range p.Interlocutors {
			if l := p.Interlocutors[i].Level; !l.IsValid() {
				c.Add(at("plan.interlocutors", i, "level"), check.EnumReason(l == 0), "an interlocutor's decision-making level")
			}
		}
	}
}

func mitigationPath(i, j int, field string) string {
	return check.Index(check.Index("risks", i)+".mitigations", j) + "." + field
}

func checkScale(c *check.Errors, i int, list, field string, v int) {
	if uint(v) > 5 {
		scaleErr(c, i, list, field, v)
	}
}

func scaleErr(c *check.Errors, i int, list, field string, v int) {
	c.Add(check.Index(list, i)+"."+field, check.OutOfRange, field+" is on a 1–5 scale (0: not assessed), got "+strconv.Itoa(v))
}

// Recommendation is what a decision advises. The zero value is invalid. A
// Recommendation is a plain value, safe for concurrent use.
type Recommendation uint8

// Recommendations.
const (
	RecommendationUnspecified Recommendation = iota
	// EngageDirectly: negotiate with the armed actor.
	EngageDirectly
	// EngageIndirectly: engage through intermediaries — partners,
	// communities, influencers — because direct contact is forbidden.
	EngageIndirectly
	// PrepareFurther: do not decide yet; the grounds list what is missing
	// or weak.
	PrepareFurther
	// DeferAndMonitor: not now; the grounds say what would change it, so the
	// organisation can seize the moment when it comes.
	DeferAndMonitor
)

var recommendations = enum.New[Recommendation]("assessment", "recommendation",
	"engage_directly", "engage_indirectly", "prepare_further", "defer_and_monitor").
	WithLabels("engage directly", "engage indirectly through intermediaries", "prepare further", "defer and monitor")

// IsValid reports whether r is a named recommendation.
func (r Recommendation) IsValid() bool { return recommendations.Valid(r) }

// String returns the wire word; it never panics.
func (r Recommendation) String() string { return recommendations.String(r) }

// Label returns the recommendation in words.
func (r Recommendation) Label() string { return recommendations.Label(r) }

// MarshalText encodes the recommendation as its wire word.
func (r Recommendation) MarshalText() ([]byte, error) { return recommendations.Marshal(r) }

// UnmarshalText decodes a wire word, ignoring case.
func (r *Recommendation) UnmarshalText(b []byte) (err error) {
	*r, err = recommendations.Unmarshal(b)
	return err
}

// ParseRecommendation parses a recommendation's wire word or label, ignoring
// case.
func ParseRecommendation(s string) (Recommendation, error) { return recommendations.Parse(s) }

// Contribution is one factor's part in the score. The zero value is not a
// result (its factor is unspecified): only Decide fills them in. A
// Contribution is a plain value, safe for concurrent use.
type Contribution struct {
	Factor    Factor    `json:"factor"`
	Assessed  bool      `json:"assessed"`
	Value     float64   `json:"value"`     // the score as assessed
	Direction Direction `json:"direction"` // the factor's direction: benefit or cost
	Adjusted  float64   `json:"adjusted"`  // the value as a benefit: 1 − value for a cost
	Weight    float64   `json:"weight"`    // the factor's share of the weights that count, 0 when unassessed
	Points    float64   `json:"points"`    // Weight × Adjusted: what it adds to the score
}

// Sensitivity says how far one factor's weight must move, others unchanged,
// for the score to cross a threshold and change the recommendation the score
// gives. Delta is the change of the raw weight (negative: lower it); Flips
// is false when no change of this weight alone can do it.
//
// The zero value is not a result (its factor is unspecified): only Decide
// fills them in. A Sensitivity is a plain value, safe for concurrent use.
type Sensitivity struct {
	Factor Factor         `json:"factor"`
	Weight float64        `json:"weight"`
	Flips  bool           `json:"flips"`
	Delta  float64        `json:"delta,omitempty"`
	To     Recommendation `json:"to,omitempty"`
}

// Decision is the answer to "should we negotiate with this armed actor on
// this concern, directly or through others, and who must approve?".
//
// Score is the weighted mean of the assessed factors that count, from 0 to 1
// (NaN-free: 0 when none is assessed); Certainty is the weighted mean of
// their confidences (low 1/3, medium 2/3, high 1) and Confidence its band,
// lowered one step when the score lies within 0.05 of a threshold and set to
// low when anything is missing. Escalation is the highest level any rule
// raised the decision to, never below the country office.
//
// Grounds come in the order the decision is reached: vetoes and exemptions
// (CodeExemption, CodeDirectVetoed); one per factor (CodeFactor or
// CodeUnassessedFactor); the concerns; the readiness of the plan; the country
// decision; one per risk category; what the inputs rest on — CodeNoEvidence
// when the input carries no evidence, else for each factor then each risk
// category that is judged or has evidence, one of CodeJudgement,
// CodeEvidence, CodeEvidenceAndJudgement or CodeContradiction; the
// escalation rules that applied; the
// score against the thresholds; the route (CodeIndirect,
// CodeNoIntermediaries); and, for a deferred decision, the factors that
// could change it (CodeWouldChange). Factors and risk categories follow
// their enumerations; concerns follow the input.
//
// The zero value is not a decision (its recommendation is unspecified): only
// Decide returns one. The library never modifies a Decision or its Grounds
// once returned, so it is safe for concurrent reads.
type Decision struct {
	Recommendation Recommendation            `json:"recommendation"`
	Score          float64                   `json:"score"`
	Certainty      float64                   `json:"certainty"`
	Confidence     Confidence                `json:"confidence"`
	Escalation     Authority                 `json:"escalation"`
	LegalReview    bool                      `json:"legal_review"`
	DirectVetoed   bool                      `json:"direct_vetoed"`
	Contributions  [FactorCount]Contribution `json:"contributions"` // one per factor, in Factor order
	Sensitivity    [FactorCount]Sensitivity  `json:"sensitivity"`   // one per factor, in Factor order
	Grounds        []Ground                  `json:"grounds"`
}

// Missing returns the grounds that say what is missing.
func (d Decision) Missing() []Ground {
	var out []Ground
	for _, g := range d.Grounds {
		if g.Code.missing() {
			out = append(out, g)
		}
	}
	return out
}

// Escalations returns the grounds of the rules that set the escalation level.
func (d Decision) Escalations() []Ground {
	var out []Ground
	for _, g := range d.Grounds {
		if g.Level != 0 {
			out = append(out, g)
		}
	}
	return out
}

// Decide decides whether and how to engage, and who must approve. It is pure
// and deterministic; it does not modify in. An invalid input is an error
// (see [Input.Validate], which checks what Decide reads, and nothing else).
// Any valid input gives a decision.
//
// The order of reasoning is the report's:
//
//  1. Vetoes come before the score. A prohibition of direct contact with no
//     exemption recorded vetoes direct engagement; the decision says by what,
//     rather than showing a low number.
//  2. What is missing comes next. An unassessed factor that counts, an
//     engagement-risk category not assessed, no protection concern or one
//     not assessed, a preparation step the plan (if given) has not done:
//     the recommendation is to prepare further, naming them. Unassessed is
//     never scored as zero.
//  3. The score — the weighted mean of the factors, costs turned into
//     benefits — gives engage (from Policy.Engage), prepare further, or defer
//     and monitor (below Policy.Defer, with what would change it).
//  4. An engagement whose direct form is vetoed becomes indirect, through
//     intermediaries, if any are known; else the organisation must prepare
//     further and find them.
//  5. Escalation rules raise the level: sanctions, terrorist designation
//     (with legal review), donor funding tied to a designated group, regional
//     or global impact, a hostile host state, residual risk above appetite
//     (to the category's owner).
//
// Evidence (Input.Evidence) stands beside judgement and never replaces it:
// a factor or risk with evidence but no judgement is still unassessed. The
// grounds say what each judged factor and risk category rests on. When a
// judged likelihood — the highest judged in its category — is
// [ContradictionSteps] or more below or above the likelihood the strongest
// incident evidence for the category suggests, the decision names both
// values, the direction and the dataset (CodeContradiction), the risk
// factor's confidence counts as no more than medium, and so does the
// decision's. Incident evidence whose data cover none of the period it was
// asked about suggests nothing (likelihood 0): a category with no other
// evidence rests on judgement alone, and the decision names the uncovered
// evidence and its period (CodeUncovered) rather than reading it as calm.
func (d *Decider) Decide(in Input) (Decision, error) {
	// The grounds gather on the stack, and the decision gets a slice of
	// exactly their number: its one allocation.
	var dec Decision
	var buf [32]Ground
	gs, err := d.decide(&in, &dec, buf[:0])
	if err != nil {
		return Decision{}, err
	}
	dec.Grounds = slices.Clone(gs)
	return dec, nil
}

// DecideInto is Decide for a loop over many inputs: it writes the decision
// into dec, reusing the memory of dec.Grounds, so that once dec has held
// as many grounds as a decision gives it allocates nothing. It reads *in
// and never modifies it. The decision dec held before is overwritten and
// its grounds must not be used afterwards. On error, dec is the zero
// Decision (its grounds' memory kept for the next call) and the error is
// Decide's.
func (d *Decider) DecideInto(in *Input, dec *Decision) error {
	// decide writes every field but the grounds, so dec need not be
	// cleared first.
	gs, err := d.decide(in, dec, dec.Grounds[:0])
	if err != nil {
		*dec = Decision{Grounds: gs[:0]}
		return err
	}
	dec.Grounds = gs
	return nil
}

// decide is Decide's body: it validates *in, fills in every field of dec
// but its grounds, and returns the grounds appended to gs. On error it has
// written nothing to dec.
func (d *Decider) decide(in *Input, dec *Decision, gs []Ground) ([]Ground, error) {
	if plain := in.plainlyValid(); !plain || len(in.Evidence) > 0 {
		if err := in.checkFurther(plain); err != nil {
			return gs, err
		}
	}
	p := &d.p
	missing := false

	// 1. Vetoes.
	vetoed := false
	for i := range in.Context.Prohibitions {
		pr := &in.Context.Prohibitions[i]
		code := CodeDirectVetoed
		if pr.Exemption != "" && strings.TrimSpace(pr.Exemption) != "" {
			code = CodeExemption
		} else {
			vetoed = true
		}
		gs = grow(gs)
		gs[len(gs)-1] = Ground{Code: code, Source: pr.Source}
	}

	// 2 and 3. Factors and score. A judged likelihood that evidence
	// contradicts caps the confidence of the risk factor at medium.
	var contradicted uint8
	if len(in.Evidence) > 0 {
		contradicted = contradictions(in)
	}
	fs := in.Factors.array()
	if contradicted != 0 && fs[FactorRisk].Confidence > ConfidenceMedium {
		fs[FactorRisk].Confidence = ConfidenceMedium
	}
	gs, sum, wsum, conf, factorMissing := d.factors(dec, &fs, gs)
	missing = missing || factorMissing
	var score, certainty float64
	if wsum > 0 {
		score, certainty = sum/wsum, conf/wsum
	}

	// Concerns.
	if len(in.Concerns) == 0 {
		missing = true
		gs = grow(gs)
		gs[len(gs)-1] = Ground{Code: CodeNoConcern}
	}
	concerns := in.Concerns // a local slice, which the compiler keeps in registers
	for i := range concerns {
		cn := &concerns[i]
		if lv, ok := cn.Level(); ok {
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: CodeConcern, Risk: cn.Risk, Value: lv}
		} else {
			missing = true
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: CodeUnassessedConcern, Risk: cn.Risk}
		}
	}

	// Readiness of the plan.
	if in.Plan == nil {
		gs = grow(gs)
		gs[len(gs)-1] = Ground{Code: CodeNoPlan}
	} else {
		for _, s := range readiness(in.Plan) {
			if s != 0 {
				missing = true
				gs = grow(gs)
				gs[len(gs)-1] = Ground{Code: CodeReadinessGap, Step: s}
			}
		}
	}

	// Engagement risks, by category: the worst residual of each.
	gs = grow(gs)
	gs[len(gs)-1] = Ground{Code: CodeCountryDecision, Level: CountryOffice}
	country := len(gs) - 1 // its Level becomes the level that decides, once the rules below have raised it
	gs, escalation, riskMissing := d.risks(in.Risks, in.Context.Criticality, gs)
	missing = missing || riskMissing

	// What the inputs rest on: evidence, judgement or both.
	if len(in.Evidence) == 0 {
		gs = grow(gs)
		gs[len(gs)-1] = Ground{Code: CodeNoEvidence}
	} else {
		gs = basis(gs, in, fs)
	}

	// 5. Escalation rules, each raising the level to its own, in this
	// order.
	a := &in.Actor
	esc := &p.Escalation
	var sanctioned, terrorist bool
	designations := a.Designations // a local slice, which the compiler keeps in registers
	for i := range designations {
		d := &designations[i]
		if !d.Sanctions() { // the listings sanctions.Screen screens transfers against
			continue
		}
		if d.Kind == actor.DesignationTerrorist {
			terrorist = true
		} else {
			sanctioned = true
		}
	}
	rule := func(gs []Ground, code Code, level Authority) []Ground {
		escalation = max(escalation, level)
		gs = grow(gs)
		gs[len(gs)-1] = Ground{Code: code, Level: level}
		return gs
	}
	if sanctioned {
		gs = rule(gs, CodeSanctions, esc.Sanctions)
	}
	if terrorist {
		gs = rule(gs, CodeTerrorist, esc.Terrorist)
	}
	if in.Context.DonorLinkedFunding {
		gs = rule(gs, CodeDonorLinkedFunding, esc.DonorLinkedFunding)
	}
	if in.Context.RegionalImpact {
		gs = rule(gs, CodeRegionalImpact, esc.RegionalImpact)
	}
	if in.Context.GlobalImpact {
		gs = rule(gs, CodeGlobalImpact, esc.GlobalImpact)
	}
	if in.Context.HostState == HostStanceHostile && a.Kind.IsNonState() {
		gs = rule(gs, CodeHostileHostState, esc.HostileHostState)
	}
	gs[country].Level = escalation // the headline and this ground name one approver

	// The recommendation.
	var rec Recommendation
	band := d.band(score)
	switch {
	case missing:
		rec = PrepareFurther
	case band == EngageDirectly:
		rec = EngageDirectly
		gs = grow(gs)
		gs[len(gs)-1] = Ground{Code: CodeScoreEngage, Value: score, Limit: p.Engage}
	case band == DeferAndMonitor:
		rec = DeferAndMonitor
		gs = grow(gs)
		gs[len(gs)-1] = Ground{Code: CodeScoreDefer, Value: score, Limit: p.Defer}
		gs = d.wouldChange(gs, dec, fs, sum, wsum)
	default:
		rec = PrepareFurther
		gs = grow(gs)
		gs[len(gs)-1] = Ground{Code: CodeScoreMarginal, Value: score, Limit: p.Engage}
	}
	if rec == EngageDirectly && vetoed {
		if in.Context.Intermediaries {
			rec = EngageIndirectly
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: CodeIndirect}
		} else {
			rec = PrepareFurther
			missing = true
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: CodeNoIntermediaries}
		}
	}

	// Confidence and sensitivity.
	confidence := certaintyBand(certainty)
	if missing || wsum == 0 {
		confidence = ConfidenceLow
	} else if (math.Abs(score-p.Engage) < 0.05 || math.Abs(score-p.Defer) < 0.05) && confidence > ConfidenceLow {
		confidence--
	}
	if contradicted != 0 && confidence > ConfidenceMedium {
		confidence = ConfidenceMedium
	}
	dec.Recommendation, dec.Score, dec.Certainty, dec.Confidence = rec, score, certainty, confidence
	dec.Escalation, dec.LegalReview, dec.DirectVetoed = escalation, terrorist, vetoed
	d.sensitivity(dec, band, sum, wsum)
	return gs, nil
}

// factors fills in the contributions of the factors fs and appends the
// grounds they give to gs: first the factors that count but are not
// assessed, then the share of each that is. It returns the weighted sums of
// the adjusted values, the weights and the confidences, and whether a factor
// that counts is not assessed. It is a function of its own so that the
// compiler keeps its loops in registers.
func (d *Decider) factors(dec *Decision, fs *[numFactors]Score, gs []Ground) (_ []Ground, sum, wsum, conf float64, missing bool) {
	// The loops count from 0 with int indices, which the compiler sees are
	// within the arrays: no bounds checks. The first writes no ground, and
	// calls nothing, so its sums stay in registers; it marks the factors
	// that count but are not assessed (a bit per factor).
	var unassessed uint8
	for i := range dec.Contributions {
		s, w, dir := &fs[i+1], d.weights[i+1], d.directions[i+1]
		adjusted := s.Value
		if dir == DirectionCost {
			adjusted = 1 - s.Value
		}
		assessed := s.Assessed()
		// Field by field: a composite literal would be built aside and
		// copied.
		c := &dec.Contributions[i]
		c.Factor, c.Assessed, c.Value, c.Direction, c.Adjusted, c.Weight, c.Points = Factor(i+1), assessed, s.Value, dir, adjusted, 0, 0
		switch {
		case w == 0:
		case !assessed:
			unassessed |= 1 << i
		default:
			sum += w * adjusted
			wsum += w
			conf += d.confidences[i+1][s.Confidence&3] // w·confidence/3; the input is valid, so the confidence is 0–3
		}
	}
	// A factor gives one ground at most: room for seven, so that appending
	// them needs no check of the capacity.
	gs = room(gs, FactorCount)
	if unassessed != 0 {
		missing = true
		for i := range dec.Contributions {
			if unassessed&(1<<i) != 0 {
				gs = gs[:len(gs)+1]
				gs[len(gs)-1] = Ground{Code: CodeUnassessedFactor, Factor: Factor(i + 1)}
			}
		}
	}
	if wsum > 0 {
		for i := range dec.Contributions {
			c, w := &dec.Contributions[i], d.weights[i+1]
			if c.Assessed && w > 0 {
				c.Weight = w / wsum
				c.Points = c.Weight * c.Adjusted
				gs = gs[:len(gs)+1]
				gs[len(gs)-1] = Ground{Code: CodeFactor, Factor: c.Factor, Value: c.Value, Points: c.Points}
			}
		}
	}
	return gs, sum, wsum, conf, missing
}

// risks appends to gs the grounds of the engagement risks, by category: the
// worst residual of each, within or above its limit for work of criticality
// crit, or that the category is not assessed. It returns the level the
// owners of the categories above their limits raise the decision to (from
// the country office), and whether a category is not assessed. The input is
// valid: crit is 0 or known, and so is every risk's category. It is a
// function of its own, reading the risks from a local slice, so that the
// compiler keeps its loops in registers.
func (d *Decider) risks(risks []EngagementRisk, crit Criticality, gs []Ground) (_ []Ground, escalation Authority, missing bool) {
	escalation = CountryOffice
	limits := &d.limits[crit]
	// One pass over the risks: per category, the worst residual, whether
	// any risk is of it, and whether every one of it is assessed (a bit per
	// category).
	// The categories, 1 to 5, are taken modulo 8, which changes none of
	// them but shows the compiler the shifts and the indices into worsts
	// are in range.
	var worsts [8]int
	var seen, unassessed uint8
	for i := range risks {
		r := &risks[i]
		cat := r.Category & 7
		bit := uint8(1) << cat
		seen |= bit
		if res, ok := r.residual(); ok {
			worsts[cat] = max(worsts[cat], res)
		} else {
			unassessed |= bit
		}
	}
	// A ground per category: room for them, so that appending them needs
	// no check of the capacity.
	gs = room(gs, int(numCategories)-1)
	for i := int(CategorySafetySecurity); i < int(numCategories); i++ { // int indices: no bounds checks
		cat := Category(i)
		gs = gs[:len(gs)+1]
		if (seen&^unassessed)&(1<<i) == 0 {
			missing = true
			gs[len(gs)-1] = Ground{Code: CodeUnassessedRisk, Category: cat}
			continue
		}
		worst, limit := worsts[i], limits[i]
		if worst > limit {
			owner := d.owners[i]
			escalation = max(escalation, owner)
			gs[len(gs)-1] = Ground{Code: CodeResidualAboveAppetite, Category: cat, Value: float64(worst), Limit: float64(limit), Level: owner}
		} else {
			gs[len(gs)-1] = Ground{Code: CodeResidualWithinAppetite, Category: cat, Value: float64(worst), Limit: float64(limit)}
		}
	}
	return gs, escalation, missing
}

// room returns gs with room for n more grounds, so that a loop can append
// them by reslicing, with no call to grow the slice: values live across such
// a call are kept on the stack rather than in registers.
func room(gs []Ground, n int) []Ground {
	if n > cap(gs)-len(gs) {
		gs = slices.Grow(gs, n)
	}
	return gs
}

// grow extends gs by one ground for the caller to set in place: faster than
// appending a composite literal, which the compiler builds aside and then
// copies, reading back the bytes it has just written one by one.
func grow(gs []Ground) []Ground {
	if len(gs) < cap(gs) {
		return gs[:len(gs)+1]
	}
	return append(gs, Ground{})
}

// ContradictionSteps is how far below or above the likelihood evidence
// suggests a judged likelihood must be for the decision to call it a
// contradiction.
const ContradictionSteps = 2

// judgedLikelihood returns the highest likelihood judged for category cat,
// and whether any is.
func judgedLikelihood(in *Input, cat Category) (int, bool) {
	l, ok := 0, false
	for i := range in.Risks {
		if r := &in.Risks[i]; r.Category == cat && risk.InScale(r.Likelihood) {
			l, ok = max(l, r.Likelihood), true
		}
	}
	return l, ok
}

// strongest returns the index of the evidence on category cat (factor 0) or
// factor f (category 0) that suggests the most — the highest likelihood,
// then the highest confidence, then the first — or -1. Incident evidence
// that suggests nothing (its data cover none of its period) is not
// evidence of anything and is passed over.
func strongest(in *Input, f Factor, cat Category) int {
	best := -1
	for i := range in.Evidence {
		e := &in.Evidence[i]
		if e.Factor != f || e.Category != cat || e.Kind == EvidenceIncidents && e.Likelihood == 0 {
			continue
		}
		if best < 0 || e.Likelihood > in.Evidence[best].Likelihood ||
			e.Likelihood == in.Evidence[best].Likelihood && e.Confidence > in.Evidence[best].Confidence {
			best = i
		}
	}
	return best
}

// uncovered returns the index of the first incident evidence on category
// cat whose data cover none of its period, or -1.
func uncovered(in *Input, cat Category) int {
	for i := range in.Evidence {
		if e := &in.Evidence[i]; e.Category == cat && e.Kind == EvidenceIncidents && e.Likelihood == 0 {
			return i
		}
	}
	return -1
}

// contradiction says which way a judged likelihood departs from what the
// evidence suggests, if by ContradictionSteps or more.
func contradiction(judged, suggested int) Contradiction {
	switch {
	case suggested-judged >= ContradictionSteps:
		return ContradictionJudgedLower
	case judged-suggested >= ContradictionSteps:
		return ContradictionJudgedHigher
	}
	return 0
}

// contradictions returns a bit per category whose judged likelihood is
// ContradictionSteps or more away from what its evidence suggests.
func contradictions(in *Input) uint8 {
	var out uint8
	if len(in.Evidence) == 0 {
		return 0
	}
	for cat := CategorySafetySecurity; cat < numCategories; cat++ {
		j, ok := judgedLikelihood(in, cat)
		if e := strongest(in, 0, cat); ok && e >= 0 && contradiction(j, in.Evidence[e].Likelihood) != 0 {
			out |= 1 << cat
		}
	}
	return out
}

// basis adds, for every factor and risk category, whether it rests on
// evidence, judgement or both, and the contradictions.
func basis(gs []Ground, in *Input, fs [numFactors]Score) []Ground {
	for f := FactorCriticality; f < numFactors; f++ {
		judged, e := fs[f].Assessed(), strongest(in, f, 0)
		switch {
		case judged && e >= 0:
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: CodeEvidenceAndJudgement, Factor: f, Dataset: in.Evidence[e].Dataset, Value: fs[f].Value}
		case judged:
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: CodeJudgement, Factor: f}
		case e >= 0:
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: CodeEvidence, Factor: f, Dataset: in.Evidence[e].Dataset}
		}
	}
	for cat := CategorySafetySecurity; cat < numCategories; cat++ {
		j, judged := judgedLikelihood(in, cat)
		e := strongest(in, 0, cat)
		switch {
		case judged && e >= 0:
			ev := &in.Evidence[e]
			code, way := CodeEvidenceAndJudgement, contradiction(j, ev.Likelihood)
			if way != 0 {
				code = CodeContradiction
			}
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: code, Category: cat, Dataset: ev.Dataset, Value: float64(j), Suggested: float64(ev.Likelihood), Contradiction: way}
		case e < 0 && uncovered(in, cat) >= 0:
			u := &in.Evidence[uncovered(in, cat)]
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: CodeUncovered, Category: cat, Dataset: u.Dataset, Value: float64(j)}
			if u.Incidents != nil {
				gs[len(gs)-1].Period = &Period{From: u.Incidents.From, To: u.Incidents.To}
			}
		case judged:
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: CodeJudgement, Category: cat, Value: float64(j)}
		case e >= 0:
			gs = grow(gs)
			gs[len(gs)-1] = Ground{Code: CodeEvidence, Category: cat, Dataset: in.Evidence[e].Dataset, Suggested: float64(in.Evidence[e].Likelihood)}
		}
	}
	return gs
}

// band returns the recommendation the score alone gives.
func (d *Decider) band(score float64) Recommendation {
	switch {
	case score >= d.p.Engage:
		return EngageDirectly
	case score < d.p.Defer:
		return DeferAndMonitor
	}
	return PrepareFurther
}

func certaintyBand(c float64) Confidence {
	switch {
	case c < 0.5:
		return ConfidenceLow
	case c < 0.8:
		return ConfidenceMedium
	}
	return ConfidenceHigh
}

// wouldChange adds, for a deferred decision, each factor whose score alone
// could lift the score to the engage threshold, and the score it would need.
func (d *Decider) wouldChange(gs []Ground, dec *Decision, fs [numFactors]Score, sum, wsum float64) []Ground {
	for f := FactorCriticality; f < numFactors; f++ {
		w := d.weights[f]
		if w == 0 || !fs[f].Assessed() {
			continue
		}
		c := &dec.Contributions[f-1]
		need := c.Adjusted + (d.p.Engage*wsum-sum)/w
		if need > 1 {
			continue
		}
		target := need
		if c.Direction == DirectionCost {
			target = 1 - need
		}
		gs = grow(gs)
		gs[len(gs)-1] = Ground{Code: CodeWouldChange, Factor: f, Value: c.Value, Needed: target}
	}
	return gs
}

// sensitivity fills, for each factor that counts, the smallest change of its
// weight that moves the score across a threshold; cur is the band of the
// score.
func (d *Decider) sensitivity(dec *Decision, cur Recommendation, sum, wsum float64) {
	engage, deferAt := d.p.Engage, d.p.Defer
	// (sum + δx) / (wsum + δ) = t  ⇒  δ = (t·wsum − sum) / (x − t): the
	// numerators do not depend on the factor.
	numEngage, numDefer := engage*wsum-sum, deferAt*wsum-sum
	for i := range dec.Sensitivity { // int indices: no bounds checks
		s, c := &dec.Sensitivity[i], &dec.Contributions[i]
		s.Factor, s.Weight, s.Flips, s.Delta, s.To = Factor(i+1), d.raw[i+1], false, 0, 0
		if wsum == 0 || !c.Assessed {
			continue
		}
		// The two thresholds in turn, the engage one first. A change that
		// would make a weight negative, or the weights' sum not positive,
		// does not count; neither does a NaN change, which fails both
		// comparisons.
		x, w := c.Adjusted, d.weights[i+1]
		best, to := math.Inf(1), Recommendation(0)
		if x != engage {
			if delta := numEngage / (x - engage); w+delta >= 0 && wsum+delta > 0 {
				if b := d.nudged(delta, x, sum, wsum); b != cur && math.Abs(delta) < math.Abs(best) {
					best, to = delta, b
				}
			}
		}
		if x != deferAt {
			if delta := numDefer / (x - deferAt); w+delta >= 0 && wsum+delta > 0 {
				if b := d.nudged(delta, x, sum, wsum); b != cur && math.Abs(delta) < math.Abs(best) {
					best, to = delta, b
				}
			}
		}
		if !math.IsInf(best, 0) {
			s.Flips, s.Delta, s.To = true, best*d.scale, to // in the policy's own units
		}
	}
}

// nudged returns the band the score gives when a factor of adjusted value x
// has its weight changed by just past delta: the band of
// (sum + nudge·x) / (wsum + nudge), compared without dividing, the
// denominator being positive.
func (d *Decider) nudged(delta, x, sum, wsum float64) Recommendation {
	nudge := delta * (1 + 1e-9)
	if nudge == 0 {
		nudge = 1e-9
	}
	return d.bandOf(sum+nudge*x, wsum+nudge)
}

// bandOf is band(num / den) for den > 0, without the division.
func (d *Decider) bandOf(num, den float64) Recommendation {
	switch {
	case num >= d.p.Engage*den:
		return EngageDirectly
	case num < d.p.Defer*den:
		return DeferAndMonitor
	}
	return PrepareFurther
}
