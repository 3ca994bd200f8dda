package assessment

import (
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Factor is one of the seven factors the report found negotiators weigh when
// deciding whether to engage an armed actor on a protection concern, listed by
// the report in no order of importance. The zero value is invalid. A Factor
// is a plain value, safe for concurrent use.
type Factor uint8

// The seven decision factors.
const (
	FactorUnspecified Factor = iota
	// FactorCriticality: how critical the protection concerns are.
	FactorCriticality
	// FactorActorImpact: the armed actor's significance and impact on civilians.
	FactorActorImpact
	// FactorOperations: what is at stake for protection and humanitarian operations.
	FactorOperations
	// FactorOpenness: the armed actor's openness to protection negotiations.
	FactorOpenness
	// FactorHostState: the host state's acceptance of the engagement (for a
	// non-state armed group): 0 hostile, 1 supportive.
	FactorHostState
	// FactorRisk: how risky and unfeasible negotiating is — safety and
	// security, reputational, legal, financial, operational. A cost: the
	// higher, the weaker the case for engaging.
	FactorRisk
	// FactorAddedValue: the organisation's added value over others, and its
	// operational capacity.
	FactorAddedValue
	numFactors
)

// FactorCount is the number of decision factors, the length of a
// Decision's per-factor arrays.
const FactorCount = 7

// A compile error here means FactorCount no longer counts the factors.
var _ [FactorCount]struct{} = [numFactors - 1]struct{}{}

var factors = enum.New[Factor]("assessment", "factor",
	"criticality", "actor_impact", "operations", "openness", "host_state", "risk", "added_value").
	WithLabels("criticality of the protection concerns",
		"the armed actor's significance and impact on civilians",
		"protection and humanitarian operations at stake",
		"the armed actor's openness to protection negotiations",
		"the host state's position",
		"feasibility and risks of negotiating",
		"added value and operational capacity")

// IsValid reports whether f is one of the seven factors.
func (f Factor) IsValid() bool { return factors.Valid(f) }

// String returns the wire word; it never panics.
func (f Factor) String() string { return factors.String(f) }

// Label returns the factor in words.
func (f Factor) Label() string { return factors.Label(f) }

// MarshalText encodes the factor as its wire word.
func (f Factor) MarshalText() ([]byte, error) { return factors.Marshal(f) }

// UnmarshalText decodes a wire word, ignoring case.
func (f *Factor) UnmarshalText(b []byte) (err error) { *f, err = factors.Unmarshal(b); return err }

// ParseFactor parses a factor's wire word or label, ignoring case.
func ParseFactor(s string) (Factor, error) { return factors.Parse(s) }

// Factors returns the seven factors in order.
func Factors() []Factor { return factors.Values() }

// Direction says whether a higher score of a factor strengthens the case for
// engaging (a benefit) or weakens it (a cost). The zero value,
// DirectionUnspecified, is invalid: it is the direction of an invalid factor.
// A Direction is a plain value, safe for concurrent use.
type Direction uint8

// Directions.
const (
	DirectionUnspecified Direction = iota
	DirectionBenefit               // a higher score strengthens the case for engaging
	DirectionCost                  // a higher score weakens it; it is weighted as 1 − score
)

var directions = enum.New[Direction]("assessment", "direction", "benefit", "cost").
	WithLabels("benefit", "cost")

// IsValid reports whether d is a named direction.
func (d Direction) IsValid() bool { return directions.Valid(d) }

// String returns the wire word; it never panics.
func (d Direction) String() string { return directions.String(d) }

// Label returns the value in words, for people; String gives the wire word.
func (d Direction) Label() string { return directions.Label(d) }

// MarshalText encodes the direction as its wire word.
func (d Direction) MarshalText() ([]byte, error) { return directions.Marshal(d) }

// UnmarshalText decodes a wire word, ignoring case.
func (d *Direction) UnmarshalText(b []byte) (err error) {
	*d, err = directions.Unmarshal(b)
	return err
}

// ParseDirection parses a direction's wire word, ignoring case.
func ParseDirection(s string) (Direction, error) { return directions.Parse(s) }

// Direction returns the factor's direction: every factor is a benefit but
// FactorRisk, which is a cost. A cost is turned into a benefit (1 − score)
// before weighting.
func (f Factor) Direction() Direction {
	switch {
	case f == FactorRisk:
		return DirectionCost
	case f.IsValid():
		return DirectionBenefit
	}
	return DirectionUnspecified
}

// Confidence is how sure an assessment is. The zero value means not
// assessed, and is not valid. A Confidence is a plain value, safe for
// concurrent use.
type Confidence uint8

// Confidence levels.
const (
	ConfidenceUnspecified Confidence = iota
	ConfidenceLow                    // little or indirect evidence
	ConfidenceMedium                 // some direct evidence
	ConfidenceHigh                   // solid, recent, corroborated evidence
)

var confidences = enum.New[Confidence]("assessment", "confidence", "low", "medium", "high").
	WithLabels("low", "medium", "high")

// IsValid reports whether c is a named confidence.
func (c Confidence) IsValid() bool { return confidences.Valid(c) }

// String returns the wire word; it never panics.
func (c Confidence) String() string { return confidences.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c Confidence) Label() string { return confidences.Label(c) }

// MarshalText encodes the confidence as its wire word.
func (c Confidence) MarshalText() ([]byte, error) { return confidences.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case.
func (c *Confidence) UnmarshalText(b []byte) (err error) {
	*c, err = confidences.Unmarshal(b)
	return err
}

// ParseConfidence parses a confidence's wire word, ignoring case.
func ParseConfidence(s string) (Confidence, error) { return confidences.Parse(s) }

// Score is the assessment of one factor: a value from 0 to 1 and the
// confidence in it. The zero Score — no confidence — means unassessed, which
// is never read as a value of 0. Scored builds any Score; Input.Validate and
// Decide reject one with a value but no confidence, or a value outside
// [0, 1]. A Score is a plain value, safe for concurrent use.
type Score struct {
	Value      float64    `json:"value"`
	Confidence Confidence `json:"confidence"`
}

// Assessed reports whether the factor has been assessed.
func (s Score) Assessed() bool { return s.Confidence != 0 }

// Scored returns a score with the given value and confidence.
func Scored(v float64, c Confidence) Score { return Score{Value: v, Confidence: c} }

// FactorScores holds a Score for each of the seven factors; an unassessed factor
// keeps the zero Score. The zero value has every factor unassessed. FactorScores
// is a plain value, safe for concurrent use.
type FactorScores struct {
	Criticality Score `json:"criticality,omitzero"`
	ActorImpact Score `json:"actor_impact,omitzero"`
	Operations  Score `json:"operations,omitzero"`
	Openness    Score `json:"openness,omitzero"`
	HostState   Score `json:"host_state,omitzero"`
	Risk        Score `json:"risk,omitzero"`
	AddedValue  Score `json:"added_value,omitzero"`
}

// Get returns the score of factor f (the zero Score for an invalid factor).
func (fs FactorScores) Get(f Factor) Score {
	if p := fs.field(f); p != nil {
		return *p
	}
	return Score{}
}

// With returns a copy of fs with factor f set to s.
func (fs FactorScores) With(f Factor, s Score) FactorScores {
	if p := fs.field(f); p != nil {
		*p = s
	}
	return fs
}

// field returns the field of factor f, or nil for an invalid factor.
func (fs *FactorScores) field(f Factor) *Score {
	return pick(f, &fs.Criticality, &fs.ActorImpact, &fs.Operations, &fs.Openness, &fs.HostState, &fs.Risk, &fs.AddedValue)
}

// pick returns the argument that stands for factor f, in the order of the
// Factor constants, or nil for an invalid factor: the one place that maps
// factors to the fields of Factors and Weights.
func pick[T any](f Factor, criticality, actorImpact, operations, openness, hostState, risk, addedValue *T) *T {
	switch f {
	case FactorCriticality:
		return criticality
	case FactorActorImpact:
		return actorImpact
	case FactorOperations:
		return operations
	case FactorOpenness:
		return openness
	case FactorHostState:
		return hostState
	case FactorRisk:
		return risk
	case FactorAddedValue:
		return addedValue
	}
	return nil
}

// array returns the scores indexed by Factor (index 0 unused).
func (fs *FactorScores) array() (a [numFactors]Score) {
	a[FactorCriticality], a[FactorActorImpact], a[FactorOperations] = fs.Criticality, fs.ActorImpact, fs.Operations
	a[FactorOpenness], a[FactorHostState], a[FactorRisk], a[FactorAddedValue] = fs.Openness, fs.HostState, fs.Risk, fs.AddedValue
	return a
}

// Weights holds the weight of each factor in the score: non-negative
// numbers, not all zero; only their ratios matter. A factor of weight 0 does
// not count, and need not be assessed.
//
// The zero value gives every factor weight 0, which Policy.Validate rejects:
// at least one factor must count. Weights is a plain value, safe for
// concurrent use.
type Weights struct {
	Criticality float64 `json:"criticality"`
	ActorImpact float64 `json:"actor_impact"`
	Operations  float64 `json:"operations"`
	Openness    float64 `json:"openness"`
	HostState   float64 `json:"host_state"`
	Risk        float64 `json:"risk"`
	AddedValue  float64 `json:"added_value"`
}

// Get returns the weight of factor f (0 for an invalid factor).
func (w Weights) Get(f Factor) float64 {
	if p := w.field(f); p != nil {
		return *p
	}
	return 0
}

// With returns a copy of w with factor f's weight set to v.
func (w Weights) With(f Factor, v float64) Weights {
	if p := w.field(f); p != nil {
		*p = v
	}
	return w
}

// field returns the weight of factor f, or nil for an invalid factor.
func (w *Weights) field(f Factor) *float64 {
	return pick(f, &w.Criticality, &w.ActorImpact, &w.Operations, &w.Openness, &w.HostState, &w.Risk, &w.AddedValue)
}
