package assessment

import (
	"strconv"

	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/words"
	"github.com/humanitarian-negotiation/protection/risk"
)

// Code identifies the kind of a [Ground]. The zero value is invalid. A Code
// is a plain value, safe for concurrent use.
type Code uint8

// Ground codes.
const (
	CodeUnspecified Code = iota
	// What the score rests on.
	CodeFactor                 // a factor's score (Factor, Value) and what it adds (Points)
	CodeUnassessedFactor       // a factor that counts is not assessed (Factor)
	CodeConcern                // a protection concern's risk level (Risk, Value)
	CodeUnassessedConcern      // a protection concern without threat, vulnerability and capacity (Risk)
	CodeNoConcern              // no protection concern is stated
	CodeResidualWithinAppetite // residual risk (Value) within appetite (Limit) in a Category
	CodeResidualAboveAppetite  // residual risk (Value) above appetite (Limit): escalated to the owner (Level)
	CodeUnassessedRisk         // no assessed risk in a Category
	CodeDirectVetoed           // direct contact is forbidden (Source)
	CodeExemption              // an exemption lifts a prohibition (Source)
	CodeIndirect               // direct engagement is vetoed; engage through intermediaries
	CodeNoIntermediaries       // direct engagement is vetoed and no intermediary is known
	CodeCountryDecision        // the country director prepares the decision; Level: who decides — the country office, or the level a rule raised it to
	CodeSanctions              // UN Security Council sanctions listing (Level)
	CodeTerrorist              // terrorist designation: legal review (Level)
	CodeDonorLinkedFunding     // donor funding tied to a group linked to a designated organisation (Level)
	CodeRegionalImpact         // possible regional impact (Level)
	CodeGlobalImpact           // possible global impact (Level)
	CodeHostileHostState       // the host state opposes engaging a non-state group (Level)
	CodeScoreEngage            // score (Value) at or above the engage threshold (Limit)
	CodeScoreMarginal          // score (Value) between the thresholds (Limit: engage)
	CodeScoreDefer             // score (Value) below the defer threshold (Limit)
	CodeWouldChange            // a factor (Factor) at Needed instead of Value would lift the score to engage
	CodeReadinessGap           // a preparation step (Step) the plan has not done
	CodeNoPlan                 // no engagement plan given: readiness not checked
	// What the inputs rest on (see Input.Evidence).
	CodeNoEvidence           // no evidence given: every factor and risk rests on judgement alone
	CodeJudgement            // a factor (Factor) or risk category (Category, Value: the judged likelihood) rests on judgement alone
	CodeEvidence             // evidence (Dataset; Suggested: the likelihood it suggests) but no judgement of a factor (Factor) or risk category (Category)
	CodeEvidenceAndJudgement // a judgement (Value) beside evidence (Dataset; Suggested: the likelihood it suggests) for a Factor or Category
	CodeContradiction        // a judged likelihood (Value) two or more steps from what the evidence (Dataset) suggests (Suggested) in a Category, above or below (Contradiction)
	CodeUncovered            // evidence (Dataset) whose data cover none of the period asked about (Period): the Category rests on judgement alone (Value, if judged)
)

var codes = enum.New[Code]("assessment", "code",
	"factor", "unassessed_factor", "concern", "unassessed_concern", "no_concern",
	"residual_within_appetite", "residual_above_appetite", "unassessed_risk",
	"direct_vetoed", "exemption", "indirect", "no_intermediaries",
	"country_decision", "sanctions", "terrorist", "donor_linked_funding", "regional_impact", "global_impact", "hostile_host_state",
	"score_engage", "score_marginal", "score_defer", "would_change", "readiness_gap", "no_plan",
	"no_evidence", "judgement", "evidence", "evidence_and_judgement", "contradiction", "uncovered").
	WithLabels("factor score", "factor not assessed", "protection concern", "concern not assessed", "no concern stated", "residual risk within appetite", "residual risk above appetite", "risk not assessed", "direct engagement vetoed", "exemption", "engage indirectly", "no intermediaries", "country decision", "sanctions listing", "terrorist designation", "donor-linked funding", "regional impact", "global impact", "hostile host state", "score reaches engage", "score between thresholds", "score below defer", "what would change it", "preparation gap", "no plan", "no evidence", "judgement alone", "evidence alone", "evidence and judgement", "contradiction", "evidence that covers nothing")

// IsValid reports whether c is a named code.
func (c Code) IsValid() bool { return codes.Valid(c) }

// String returns the wire word; it never panics.
func (c Code) String() string { return codes.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c Code) Label() string { return codes.Label(c) }

// MarshalText encodes the code as its wire word.
func (c Code) MarshalText() ([]byte, error) { return codes.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case.
func (c *Code) UnmarshalText(b []byte) (err error) { *c, err = codes.Unmarshal(b); return err }

// ParseCode parses a code's wire word, ignoring case.
func ParseCode(s string) (Code, error) { return codes.Parse(s) }

func (c Code) missing() bool {
	switch c {
	case CodeUnassessedFactor, CodeUnassessedConcern, CodeNoConcern, CodeUnassessedRisk, CodeNoIntermediaries, CodeReadinessGap:
		return true
	}
	return false
}

// Ground is one reason of a decision, for a program to inspect — its Code and
// the values involved — and for a person to read (String). Only the fields
// its code uses are set. The zero value is not a ground (its code is
// unspecified): only Decide returns them. A Ground is a plain value, safe
// for concurrent use.
type Ground struct {
	Code     Code      `json:"code"`
	Factor   Factor    `json:"factor,omitempty"`
	Risk     risk.Risk `json:"risk,omitempty"`
	Category Category  `json:"category,omitempty"`
	Source   Source    `json:"source,omitempty"`
	Step     Step      `json:"step,omitempty"`
	Level    Authority `json:"level,omitempty"`
	Dataset  Dataset   `json:"dataset,omitempty"`
	Value    float64   `json:"value,omitempty"`
	// Limit is the threshold Value is measured against: the organisation's
	// appetite for a residual risk, the engage or defer threshold for the
	// score.
	Limit float64 `json:"limit,omitempty"`
	// Points is, for CodeFactor, what the factor adds to the score.
	Points float64 `json:"points,omitempty"`
	// Suggested is, for the codes of evidence, the likelihood the evidence
	// suggests.
	Suggested float64 `json:"suggested,omitempty"`
	// Needed is, for CodeWouldChange, the score the factor would need for
	// the decision to reach the engage threshold.
	Needed float64 `json:"needed,omitempty"`
	// Contradiction is, for CodeContradiction, which way the judgement
	// departs from the evidence.
	Contradiction Contradiction `json:"contradiction,omitempty"`
	// Period is, for CodeUncovered, the period the evidence was asked
	// about, which its data do not cover.
	Period *Period `json:"period,omitempty"`
}

// Contradiction is which way a judged likelihood departs from what the
// evidence suggests. The report's concern runs both ways: a risk assumed
// rather than assessed may be judged too high by risk-averse leadership as
// easily as too low. The zero value is no contradiction. A Contradiction is
// a plain value, safe for concurrent use.
type Contradiction uint8

// Contradictions.
const (
	ContradictionUnspecified  Contradiction = iota
	ContradictionJudgedLower                // judged lower than the incidents suggest
	ContradictionJudgedHigher               // judged higher than the incidents suggest
)

var contradictionWords = enum.New[Contradiction]("assessment", "contradiction", "judged_lower", "judged_higher").
	WithLabels("judged lower than the incidents suggest", "judged higher than the incidents suggest")

// IsValid reports whether c is a named direction.
func (c Contradiction) IsValid() bool { return contradictionWords.Valid(c) }

// String returns the wire word; it never panics.
func (c Contradiction) String() string { return contradictionWords.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c Contradiction) Label() string { return contradictionWords.Label(c) }

// MarshalText encodes the direction as its wire word.
func (c Contradiction) MarshalText() ([]byte, error) { return contradictionWords.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case.
func (c *Contradiction) UnmarshalText(b []byte) (err error) {
	*c, err = contradictionWords.Unmarshal(b)
	return err
}

// ParseContradiction parses a direction's wire word, ignoring case.
func ParseContradiction(s string) (Contradiction, error) { return contradictionWords.Parse(s) }

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func pct(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// The scales people read a number on: a score or factor from 0 to 1, a
// likelihood or impact from 1 to 5, a risk level or residual up to 25.
const (
	ofOne  = " of 1"
	ofFive = " of 5"
	of25   = " of 25"
)

// likelihood writes a likelihood on its scale: "3 of 5".
func likelihood(v float64) string { return num(v) + ofFive }

// String renders the ground in a sentence.
func (g Ground) String() string {
	switch g.Code {
	case CodeFactor:
		return g.Factor.Label() + ": scored " + pct(g.Value) + ofOne + ", adding " + pct(g.Points) + " to the score"
	case CodeUnassessedFactor:
		return g.Factor.Label() + ": not assessed — assess it before deciding"
	case CodeConcern:
		return g.Risk.Label() + ": risk level " + risk.FormatLevel(g.Value) + of25 + " (" + risk.LevelBand(g.Value).Label() + ")"
	case CodeUnassessedConcern:
		return g.Risk.Label() + ": threat, vulnerability and capacity not all assessed"
	case CodeNoConcern:
		return "no protection concern stated: say what the engagement is to protect people from"
	case CodeResidualWithinAppetite:
		return g.Category.Label() + " risk: residual " + num(g.Value) + of25 + ", within the appetite of " + num(g.Limit)
	case CodeResidualAboveAppetite:
		return g.Category.Label() + " risk: residual " + num(g.Value) + of25 + ", above the appetite of " + num(g.Limit) + " — " + g.Level.Phrase() + " must accept it"
	case CodeUnassessedRisk:
		return g.Category.Label() + " risk: not assessed — risks must be assessed, not assumed"
	case CodeDirectVetoed:
		return "direct engagement vetoed by " + g.Source.Label() + ", with no exemption recorded"
	case CodeExemption:
		return "an exemption is recorded for " + g.Source.Label()
	case CodeIndirect:
		return "engage through intermediaries — partners, communities, influencers — since direct contact is forbidden"
	case CodeNoIntermediaries:
		return "direct contact is forbidden and no intermediary is known: identify partners, communities or influencers first"
	case CodeCountryDecision:
		if g.Level > CountryOffice {
			return "the country director prepares the decision, after consulting operations, programmes and security, and " + g.Level.Phrase() + " decides"
		}
		return "the country director decides, after consulting operations, programmes and security"
	case CodeSanctions:
		return "the actor is on a UN Security Council sanctions list: consult " + g.Level.Phrase()
	case CodeTerrorist:
		return "the actor is designated a terrorist organisation: " + g.Level.Phrase() + " decides, with legal review"
	case CodeDonorLinkedFunding:
		return "donor funding is tied to engaging a group linked to a designated organisation: " + g.Level.Phrase() + " decides"
	case CodeRegionalImpact:
		return "the engagement may have regional impact: consult " + g.Level.Phrase()
	case CodeGlobalImpact:
		return "the engagement may have global impact: consult " + g.Level.Phrase()
	case CodeHostileHostState:
		return "the host state opposes the engagement: consult " + g.Level.Phrase() + " and weigh engaging through intermediaries"
	case CodeScoreEngage:
		return "score " + pct(g.Value) + ofOne + ", which reaches the engage threshold of " + pct(g.Limit)
	case CodeScoreMarginal:
		return "score " + pct(g.Value) + ofOne + " is between the thresholds (engage from " + pct(g.Limit) + "): strengthen the case or the plan"
	case CodeScoreDefer:
		return "score " + pct(g.Value) + ofOne + " is below the defer threshold of " + pct(g.Limit) + ": monitor and be ready to seize the moment"
	case CodeReadinessGap:
		return "preparation: " + g.Step.Label() + " not done"
	case CodeNoPlan:
		return "no engagement plan given: its readiness was not checked"
	case CodeNoEvidence:
		return "no evidence given: every factor and risk rests on judgement alone — risks are assumed, not assessed"
	case CodeJudgement:
		if g.Category != 0 {
			return g.Category.Label() + " risk: judged (likelihood " + likelihood(g.Value) + "), with no evidence beside it"
		}
		return g.Factor.Label() + ": judged, with no evidence beside it"
	case CodeEvidence:
		if g.Category != 0 {
			return g.Category.Label() + " risk: evidence from " + g.Dataset.Label() + " suggests likelihood " + likelihood(g.Suggested) + ", but no one has judged it — assess it"
		}
		return g.Factor.Label() + ": evidence from " + g.Dataset.Label() + " bears on it, but no one has judged it — assess it"
	case CodeEvidenceAndJudgement:
		if g.Category != 0 {
			return g.Category.Label() + " risk: judged likelihood " + likelihood(g.Value) + ", and evidence from " + g.Dataset.Label() + " suggests " + likelihood(g.Suggested)
		}
		return g.Factor.Label() + ": judged " + pct(g.Value) + ofOne + ", with evidence from " + g.Dataset.Label()
	case CodeContradiction:
		way, gap := "below", g.Suggested-g.Value
		if g.Contradiction == ContradictionJudgedHigher {
			way, gap = "above", g.Value-g.Suggested
		}
		return g.Category.Label() + " risk: judged likelihood " + likelihood(g.Value) + " is " + words.Count(int(gap), "step", "") + " " + way + " the " + likelihood(g.Suggested) +
			" that evidence from " + g.Dataset.Label() + " suggests (" + g.Contradiction.Label() + ") — revisit the judgement; its confidence cannot be high"
	case CodeUncovered:
		s := g.Category.Label() + " risk: "
		if g.Value != 0 {
			s += "judged (likelihood " + likelihood(g.Value) + "), with no evidence beside it: "
		} else {
			s += "no judgement, and no evidence: "
		}
		s += g.Dataset.Label() + ", as given, do not cover"
		if g.Period != nil {
			s += " " + g.Period.String()
		} else {
			s += " the period asked about"
		}
		return s + ", so they suggest nothing"
	case CodeWouldChange:
		return g.Factor.Label() + " scored " + pct(g.Needed) + " instead of " + pct(g.Value) + " (of 1) would bring the score to the engage threshold"
	}
	return g.Code.Label()
}
