package risk

import (
	"math"
	"strconv"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Risk is one of the 15 standard protection risks of the Global Protection
// Cluster (GPC, "Protection Risks: Explanatory Note"). Label returns the
// GPC's exact name; the wire word is stable snake_case. Parsing also accepts
// the labels and the older names still found in GPC dashboards. The zero
// value is invalid. A Risk is a plain value, safe for concurrent use.
type Risk uint8

// The 15 GPC protection risks, in the GPC's alphabetical order.
const (
	Unspecified          Risk = iota
	AbductionDetention        // Abduction, Kidnapping, Enforced Disappearance, Arbitrary or Unlawful Arrest and/or Detention
	AttacksOnCivilians        // Attacks on Civilians and Other Unlawful Killings, and Attacks on Civilian Objects
	FamilySeparation          // Child and Forced Family Separation
	ChildMarriage             // Child, Early or Forced Marriage
	Discrimination            // Discrimination and Stigmatization, Denial of Resources, Opportunities, Services and/or Humanitarian Access
	Disinformation            // Disinformation and Denial of Access to Information
	ChildRecruitment          // Forced Recruitment and Association of Children in Armed Forces and Groups
	GenderBasedViolence       // Gender-Based Violence
	LegalIdentityJustice      // Impediments and/or Restrictions to Access to Legal Identity, Remedies and Justice
	ExplosiveOrdnance         // Presence of Mine and Other Explosive Ordnance
	PsychologicalAbuse        // Psychological/Emotional Abuse or Inflicted Distress
	TheftExtortion            // Theft, Extortion, Forced Eviction or Destruction of Personal Property
	Torture                   // Torture or Cruel, Inhuman, Degrading Treatment or Punishment
	Trafficking               // Trafficking in Persons, Forced Labour or Slavery-Like Practices
	MovementRestrictions      // Unlawful Impediments or Restrictions to Freedom of Movement, Siege and Forced Displacement
)

var risks = enum.New[Risk]("risk", "protection risk",
	"abduction_detention", "attacks_on_civilians", "family_separation", "child_marriage",
	"discrimination", "disinformation", "child_recruitment", "gender_based_violence",
	"legal_identity_justice", "explosive_ordnance", "psychological_abuse", "theft_extortion",
	"torture", "trafficking", "movement_restrictions").
	WithLabels(
		"Abduction, Kidnapping, Enforced Disappearance, Arbitrary or Unlawful Arrest and/or Detention",
		"Attacks on Civilians and Other Unlawful Killings, and Attacks on Civilian Objects",
		"Child and Forced Family Separation",
		"Child, Early or Forced Marriage",
		"Discrimination and Stigmatization, Denial of Resources, Opportunities, Services and/or Humanitarian Access",
		"Disinformation and Denial of Access to Information",
		"Forced Recruitment and Association of Children in Armed Forces and Groups",
		"Gender-Based Violence",
		"Impediments and/or Restrictions to Access to Legal Identity, Remedies and Justice",
		"Presence of Mine and Other Explosive Ordnance",
		"Psychological/Emotional Abuse or Inflicted Distress",
		"Theft, Extortion, Forced Eviction or Destruction of Personal Property",
		"Torture or Cruel, Inhuman, Degrading Treatment or Punishment",
		"Trafficking in Persons, Forced Labour or Slavery-Like Practices",
		"Unlawful Impediments or Restrictions to Freedom of Movement, Siege and Forced Displacement").
	WithAlias("Sexual and gender-based violence", GenderBasedViolence).
	WithAlias("Misinformation and denial of access to information", Disinformation).
	WithAlias("Attacks on civilians and other unlawful killings, attacks on civilian infrastructures", AttacksOnCivilians).
	WithAlias("Impediments and/or restrictions to access to documentation, remedies and justice", LegalIdentityJustice).
	WithAlias("Impediments or restrictions to freedom of movement, siege and forced displacement", MovementRestrictions).
	WithAlias("Torture or inhuman, cruel, degrading treatment", Torture)

// IsValid reports whether r is one of the 15 risks.
func (r Risk) IsValid() bool { return risks.Valid(r) }

// String returns the wire word; it never panics.
func (r Risk) String() string { return risks.String(r) }

// Label returns the GPC's exact name of the risk.
func (r Risk) Label() string { return risks.Label(r) }

// MarshalText encodes the risk as its wire word.
func (r Risk) MarshalText() ([]byte, error) { return risks.Marshal(r) }

// UnmarshalText decodes a wire word, a GPC name or an older GPC name,
// ignoring case.
func (r *Risk) UnmarshalText(b []byte) (err error) { *r, err = risks.Unmarshal(b); return err }

// Parse parses a wire word, a GPC name or an older GPC name, ignoring
// case.
func Parse(s string) (Risk, error) { return risks.Parse(s) }

// Risks returns the 15 risks in order.
func Risks() []Risk { return risks.Values() }

// Severity is the GPC severity scale of a protection risk. The zero value
// means not assessed, and is not valid; NotApplicable says the risk does
// not arise. A Severity is a plain value, safe for concurrent use.
type Severity uint8

// The GPC severity scale.
const (
	SeverityUnspecified   Severity = iota
	SeverityNotApplicable          // N/A
	SeverityMinor                  // 1
	SeverityStressed               // 2
	SeverityModerate               // 3
	SeveritySevere                 // 4
	SeverityExtreme                // 5
)

var severities = enum.New[Severity]("risk", "severity",
	"not_applicable", "minor", "stressed", "moderate", "severe", "extreme").
	WithLabels("N/A", "Minor", "Stressed", "Moderate", "Severe", "Extreme")

// IsValid reports whether s is a named severity.
func (s Severity) IsValid() bool { return severities.Valid(s) }

// String returns the wire word; it never panics.
func (s Severity) String() string { return severities.String(s) }

// Label returns the GPC's name of the severity.
func (s Severity) Label() string { return severities.Label(s) }

// MarshalText encodes the severity as its wire word.
func (s Severity) MarshalText() ([]byte, error) { return severities.Marshal(s) }

// UnmarshalText decodes a wire word or GPC name, ignoring case.
func (s *Severity) UnmarshalText(b []byte) (err error) { *s, err = severities.Unmarshal(b); return err }

// ParseSeverity parses a severity's wire word or GPC name, ignoring case.
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// Rank returns the severity's position on the 1–5 scale, or 0 for not
// assessed and not applicable.
func (s Severity) Rank() int {
	if s >= SeverityMinor && s <= SeverityExtreme {
		return int(s - SeverityNotApplicable)
	}
	return 0
}

// Concern is a protection concern: one protection risk to an affected group,
// described by the protection risk equation's three terms, each on a 1–5
// scale where 0 means not assessed. Threat is the threat an actor poses
// (ThreatActor names it, when known); Vulnerability is the affected group's
// exposure to it; Capacity is the capacity of the community, institutions
// and humanitarian actors to withstand it. Severity is the GPC severity, if
// assessed.
//
// The zero value is not a concern (its risk is unspecified). A Concern holds
// no names or places; describe the affected group elsewhere. A Concern is a
// plain value, safe for concurrent use.
type Concern struct {
	Risk          Risk      `json:"risk"`
	ThreatActor   uuid.UUID `json:"threat_actor,omitzero"`
	Threat        int       `json:"threat,omitempty"`
	Vulnerability int       `json:"vulnerability,omitempty"`
	Capacity      int       `json:"capacity,omitempty"`
	Severity      Severity  `json:"severity,omitempty"`
}

// Assessed reports whether threat, vulnerability and capacity are all given.
func (c Concern) Assessed() bool {
	return InScale(c.Threat) && InScale(c.Vulnerability) && InScale(c.Capacity)
}

// InScale reports whether n is on the 1–5 scale of the risk equation's
// terms (0 means not assessed).
func InScale(n int) bool { return n >= 1 && n <= 5 }

// Level combines threat, vulnerability and capacity by the protection risk
// equation, risk = threat × vulnerability ÷ capacity, each on its 1–5 scale:
// the result runs from 0.2 (threat 1, vulnerability 1, capacity 5) to 25
// (5, 5, 1). It grows with threat and vulnerability and falls with capacity.
// It returns false when any of the three is not assessed.
func (c Concern) Level() (float64, bool) {
	if !c.Assessed() {
		return 0, false
	}
	return float64(c.Threat*c.Vulnerability) / float64(c.Capacity), true
}

// Band is a coarse reading of a risk level. The zero value, BandUnspecified,
// is invalid: LevelBand gives it for NaN. A Band is a plain value, safe for
// concurrent use.
type Band uint8

// Bands of the risk equation's result.
const (
	BandUnspecified Band = iota
	BandLow              // risk level under 2
	BandMedium           // risk level 2 to under 6
	BandHigh             // risk level 6 to under 12
	BandCritical         // risk level 12 and above
)

var bands = enum.New[Band]("risk", "band", "low", "medium", "high", "critical").
	WithLabels("low", "medium", "high", "critical")

// IsValid reports whether b is a named band.
func (b Band) IsValid() bool { return bands.Valid(b) }

// String returns the wire word; it never panics.
func (b Band) String() string { return bands.String(b) }

// Label returns the value in words, for people; String gives the wire word.
func (b Band) Label() string { return bands.Label(b) }

// MarshalText encodes the band as its wire word.
func (b Band) MarshalText() ([]byte, error) { return bands.Marshal(b) }

// UnmarshalText decodes a wire word, ignoring case.
func (b *Band) UnmarshalText(t []byte) (err error) { *b, err = bands.Unmarshal(t); return err }

// ParseBand parses a band's wire word, ignoring case.
func ParseBand(s string) (Band, error) { return bands.Parse(s) }

// LevelBand bands a risk level: under 2 low, under 6 medium, under 12 high,
// and critical from 12 (a threat and vulnerability of 4 and 3 against a
// capacity of 1, say). NaN is BandUnspecified.
func LevelBand(level float64) Band {
	switch {
	case math.IsNaN(level):
		return BandUnspecified
	case level < 2:
		return BandLow
	case level < 6:
		return BandMedium
	case level < 12:
		return BandHigh
	}
	return BandCritical
}

// FormatLevel renders a risk level as people read it: "8", "2.5", "0.2".
func FormatLevel(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// String gives the concern: its risk in the GPC's words and, when
// assessed, its level on its scale: "Gender-Based Violence: risk level 10
// of 25 (high)".
func (c Concern) String() string {
	if lv, ok := c.Level(); ok {
		return c.Risk.Label() + ": risk level " + FormatLevel(lv) + " of 25 (" + LevelBand(lv).Label() + ")"
	}
	return c.Risk.Label() + ": threat, vulnerability and capacity not all assessed"
}

// Validate reports every problem with the concern, each a *FieldError
// naming its JSON field: a risk that is missing or unknown, a threat,
// vulnerability or capacity off the 0–5 scale, an unknown severity.
func (c Concern) Validate() error {
	var e check.Errors
	e.Pkg = pkg
	c.check(&e, "")
	return e.Err()
}

// check adds the concern's problems under path; it builds no path when
// there is none.
func (c *Concern) check(e *check.Errors, path string) {
	if !c.Risk.IsValid() {
		e.Add(check.Join(path, "risk"), check.EnumReason(c.Risk == 0), "a concern names one of the 15 protection risks")
	}
	for _, f := range [...]struct {
		name string
		v    int
	}{{"threat", c.Threat}, {"vulnerability", c.Vulnerability}, {"capacity", c.Capacity}} {
		if uint(f.v) > 5 {
			e.Add(check.Join(path, f.name), check.OutOfRange, f.name+" is on a 1–5 scale (0: not assessed), got "+strconv.Itoa(f.v))
		}
	}
	if c.Severity != 0 && !c.Severity.IsValid() {
		e.Add(check.Join(path, "severity"), check.Unknown, "unknown severity")
	}
}
