package assessment

import (
	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Messaging is what a plan's messages to the armed actor rest on. The zero
// value means not stated, and is not valid: Readiness counts it as the
// messaging step not done. A Messaging is a plain value, safe for concurrent
// use.
type Messaging uint8

// Bases of messaging.
const (
	MessagingUnspecified Messaging = iota
	MessagingLegal                 // the law: IHL, human rights law
	MessagingOwnNorms              // the actor's own norms: religious, customary, its code of conduct
	MessagingInterests             // the actor's interests: reciprocity, legitimacy, discipline …
	MessagingMixed                 // the law combined with the actor's norms and interests
)

var messagings = enum.New[Messaging]("assessment", "messaging", "legal", "own_norms", "interests", "mixed").
	WithLabels("the law", "its own norms", "its interests", "mixed")

// IsValid reports whether m is a named basis.
func (m Messaging) IsValid() bool { return messagings.Valid(m) }

// String returns the wire word; it never panics.
func (m Messaging) String() string { return messagings.String(m) }

// Label returns the value in words, for people; String gives the wire word.
func (m Messaging) Label() string { return messagings.Label(m) }

// MarshalText encodes the basis as its wire word.
func (m Messaging) MarshalText() ([]byte, error) { return messagings.Marshal(m) }

// UnmarshalText decodes a wire word, ignoring case.
func (m *Messaging) UnmarshalText(b []byte) (err error) {
	*m, err = messagings.Unmarshal(b)
	return err
}

// ParseMessaging parses a messaging basis's wire word, ignoring case.
func ParseMessaging(s string) (Messaging, error) { return messagings.Parse(s) }

// Interlocutor is one person or office of the armed actor the plan relies on,
// by level and whether they can decide. It holds no names: those belong to
// the stakeholder package, which redacts them. The zero value is invalid: it
// names no level. An Interlocutor is a plain value, safe for concurrent use.
type Interlocutor struct {
	Level     actor.Level `json:"level"`
	Authority bool        `json:"authority"` // can decide, or carry a decision, at that level
}

// Plan is an engagement plan, as far as readiness and review need it: which
// preparation steps are done, and the practices the plan commits to. The
// zero value is a plan with nothing done. The library never modifies a Plan
// or its Interlocutors, so it is safe for concurrent reads.
type Plan struct {
	// The report's preparation steps (its section on negotiation
	// preparation; they resemble the CCHN Naivasha Grid).
	ContextAnalysis        bool      `json:"context_analysis"`         // context and conflict analysis
	ProtectionRiskAnalysis bool      `json:"protection_risk_analysis"` // protection risk analysis
	StakeholderMapping     bool      `json:"stakeholder_mapping"`      // the target and the actors of influence
	PowerAnalysis          bool      `json:"power_analysis"`           // who decides, and who sways them
	Objectives             bool      `json:"objectives"`               // clear, achievable objectives
	Messaging              Messaging `json:"messaging,omitempty"`      // what the messages rest on
	RiskAssessment         bool      `json:"risk_assessment"`          // engagement risks assessed
	RiskMitigation         bool      `json:"risk_mitigation"`          // and mitigation planned
	RedLines               bool      `json:"red_lines"`                // red lines set
	TradeOffAnalysis       bool      `json:"trade_off_analysis"`       // options and trade-offs analysed (read by Review, not a Readiness step)
	Team                   bool      `json:"team"`                     // team composition decided
	ActorHistory           bool      `json:"actor_history"`            // the actor's history with humanitarian actors reviewed

	// Practices (the report's Table 1).
	Tailored       bool           `json:"tailored"`        // the approach fits this actor's structure and norms, not reused as is
	QualifiedStaff bool           `json:"qualified_staff"` // staff with expertise, experience and seniority lead
	Interlocutors  []Interlocutor `json:"interlocutors,omitempty"`
	ContactCadence int            `json:"contact_cadence"` // days between planned contacts; 0: no plan for regular contact
	Documentation  bool           `json:"documentation"`   // results are documented
	FollowUp       bool           `json:"follow_up"`       // commitments are followed up
	Handover       bool           `json:"handover"`        // handover keeps relationships beyond staff turnover
}

// Step is a preparation step. The zero value is invalid. A Step is a plain
// value, safe for concurrent use.
type Step uint8

// Preparation steps, in the report's order.
const (
	StepUnspecified            Step = iota
	StepContextAnalysis             // context and conflict analysis
	StepProtectionRiskAnalysis      // protection risk analysis
	StepStakeholderMapping          // the target and the actors of influence mapped
	StepPowerAnalysis               // who decides, and who sways them
	StepObjectives                  // clear, achievable objectives
	StepMessaging                   // what the messages rest on stated
	StepRiskAssessment              // engagement risks assessed
	StepRiskMitigation              // mitigation of the engagement risks planned
	StepRedLines                    // red lines set
	StepTeam                        // team composition decided
	StepActorHistory                // the actor's history with humanitarian actors reviewed
)

var steps = enum.New[Step]("assessment", "step",
	"context_analysis", "protection_risk_analysis", "stakeholder_mapping", "power_analysis", "objectives",
	"messaging", "risk_assessment", "risk_mitigation", "red_lines", "team", "actor_history").
	WithLabels("context and conflict analysis", "protection risk analysis", "stakeholder mapping", "power analysis",
		"clear and achievable objectives", "messaging", "risk assessment", "risk mitigation", "red lines",
		"team composition", "the actor's history with humanitarian actors")

// IsValid reports whether s is a named step.
func (s Step) IsValid() bool { return steps.Valid(s) }

// String returns the wire word; it never panics.
func (s Step) String() string { return steps.String(s) }

// Label returns the step in words.
func (s Step) Label() string { return steps.Label(s) }

// MarshalText encodes the step as its wire word.
func (s Step) MarshalText() ([]byte, error) { return steps.Marshal(s) }

// UnmarshalText decodes a wire word, ignoring case.
func (s *Step) UnmarshalText(b []byte) (err error) { *s, err = steps.Unmarshal(b); return err }

// ParseStep parses a step's wire word or label, ignoring case.
func ParseStep(s string) (Step, error) { return steps.Parse(s) }

// Readiness returns the preparation steps the plan has not done, in the
// report's order; none means the plan is ready.
func Readiness(p Plan) Gaps {
	var gaps Gaps
	for _, s := range readiness(&p) {
		if s != 0 {
			gaps = append(gaps, s)
		}
	}
	return gaps
}

// readiness returns, for each step in order, the step if it is not done and
// 0 if it is, without allocating.
func readiness(p *Plan) [StepActorHistory]Step {
	var out [StepActorHistory]Step
	for i, s := range [...]struct {
		step Step
		done bool
	}{
		{StepContextAnalysis, p.ContextAnalysis},
		{StepProtectionRiskAnalysis, p.ProtectionRiskAnalysis},
		{StepStakeholderMapping, p.StakeholderMapping},
		{StepPowerAnalysis, p.PowerAnalysis},
		{StepObjectives, p.Objectives},
		{StepMessaging, p.Messaging.IsValid()},
		{StepRiskAssessment, p.RiskAssessment},
		{StepRiskMitigation, p.RiskMitigation},
		{StepRedLines, p.RedLines},
		{StepTeam, p.Team},
		{StepActorHistory, p.ActorHistory},
	} {
		if !s.done {
			out[i] = s.step
		}
	}
	return out
}

// Practice is a practice the report's Table 1 says to avoid. The zero value
// is invalid. A Practice is a plain value, safe for concurrent use.
type Practice uint8

// Practices to avoid.
const (
	PracticeUnspecified         Practice = iota
	PracticeLegalisticMessaging          // legalistic or technical messaging to an actor that does not recognise the law
	PracticeOneSizeFitsAll               // one approach reused for actors of different structure and norms
	PracticeUnqualifiedStaff             // negotiation handed to unqualified staff or partners
	PracticeNoTradeOffAnalysis           // compromise without red lines or an analysis of options and trade-offs
	PracticeWrongInterlocutor            // an interlocutor without authority
	PracticeWrongLevel                   // engaging the wrong levels of the actor
	PracticeAdHocContact                 // contact only when needed, not regular
	PracticeNoRecords                    // no records, or commitments not followed up
	PracticeNoHandover                   // knowledge and contacts not passed on to new staff
)

var practices = enum.New[Practice]("assessment", "practice",
	"legalistic_messaging", "one_size_fits_all", "unqualified_staff", "no_trade_off_analysis",
	"wrong_interlocutor", "wrong_level", "ad_hoc_contact", "no_records", "no_handover").
	WithLabels("legalistic or technical jargon", "one size fits all", "unqualified staff", "compromise without analysing options and trade-offs", "the wrong interlocutor", "the wrong level", "ad hoc contact", "no records", "no handover")

// IsValid reports whether p is a named practice.
func (p Practice) IsValid() bool { return practices.Valid(p) }

// String returns the wire word; it never panics.
func (p Practice) String() string { return practices.String(p) }

// Label returns the value in words, for people; String gives the wire word.
func (p Practice) Label() string { return practices.Label(p) }

// MarshalText encodes the practice as its wire word.
func (p Practice) MarshalText() ([]byte, error) { return practices.Marshal(p) }

// UnmarshalText decodes a wire word, ignoring case.
func (p *Practice) UnmarshalText(b []byte) (err error) { *p, err = practices.Unmarshal(b); return err }

// ParsePractice parses a practice's wire word, ignoring case.
func ParsePractice(s string) (Practice, error) { return practices.Parse(s) }

// ReviewFlag is one practice to avoid found in a plan, with the good practice
// that answers it (the report's Table 1) and, where one applies, the
// decision-making levels concerned.
//
// The zero value is not a flag (its practice is unspecified): only Review
// returns them. The library never modifies a ReviewFlag or its Levels once
// returned, so it is safe for concurrent reads.
type ReviewFlag struct {
	Practice Practice      `json:"practice"`
	Good     string        `json:"good"`
	Levels   []actor.Level `json:"levels,omitempty"` // for PracticeWrongLevel: the levels the plan misses
}

// String renders the flag: "to avoid: …; instead: …".
func (f ReviewFlag) String() string {
	what := f.Practice.Label()
	if int(f.Practice) < len(practiceText) {
		what = practiceText[f.Practice]
	}
	s := "to avoid: " + what + "; instead: " + f.Good
	for i, l := range f.Levels {
		if i == 0 {
			s += " (missing: "
		} else {
			s += ", "
		}
		s += l.Label()
		if i == len(f.Levels)-1 {
			s += ")"
		}
	}
	return s
}

var practiceText = [...]string{
	PracticeUnspecified:         "unspecified",
	PracticeLegalisticMessaging: "legalistic messaging to an actor that does not recognise the law",
	PracticeOneSizeFitsAll:      "one approach for actors of different structure and norms",
	PracticeUnqualifiedStaff:    "negotiation handed to unqualified staff or partners",
	PracticeNoTradeOffAnalysis:  "compromise without red lines or an analysis of options and trade-offs",
	PracticeWrongInterlocutor:   "interlocutors without authority",
	PracticeWrongLevel:          "engaging the wrong levels of the actor",
	PracticeAdHocContact:        "ad hoc contact, only when needed",
	PracticeNoRecords:           "no records; commitments not honoured or followed up",
	PracticeNoHandover:          "knowledge and contacts not passed on to new staff",
}

// Review flags, in the plan for engaging actor a, each practice the report's
// Table 1 says to avoid, with the good practice that answers it, in the order
// of the Practice constants.
func Review(p Plan, a actor.Actor) ReviewFlags {
	var out ReviewFlags
	add := func(pr Practice, good string) { out = append(out, ReviewFlag{Practice: pr, Good: good}) }
	if p.Messaging == MessagingLegal && !a.Recognises(actor.NormIHL) && !a.Recognises(actor.NormHumanRights) {
		add(PracticeLegalisticMessaging, "combine the law with the actor's own norms, values and interests")
	}
	if !p.Tailored {
		add(PracticeOneSizeFitsAll, "tailor the approach to the context and the actor's structure and norms")
	}
	if !p.QualifiedStaff {
		add(PracticeUnqualifiedStaff, "resource and empower staff with expertise, experience and seniority, with clear direction")
	}
	if !p.RedLines || !p.TradeOffAnalysis {
		add(PracticeNoTradeOffAnalysis, "set red lines and analyse options and trade-offs before any compromise")
	}
	reached := make(map[actor.Level]bool)
	without := false
	for _, in := range p.Interlocutors {
		if in.Authority {
			reached[in.Level] = true
		} else {
			without = true
		}
	}
	if without || len(p.Interlocutors) == 0 {
		add(PracticeWrongInterlocutor, "identify key interlocutors with authority, build trust and keep the relationship")
	}
	var miss []actor.Level
	for _, l := range a.RequiredLevels() {
		if !reached[l] {
			miss = append(miss, l)
		}
	}
	if len(miss) > 0 {
		out = append(out, ReviewFlag{Practice: PracticeWrongLevel, Good: "build a network of interlocutors and influencers at every level that decides or acts", Levels: miss})
	}
	if p.ContactCadence <= 0 {
		add(PracticeAdHocContact, "keep regular, continuous contact")
	}
	if !p.Documentation || !p.FollowUp {
		add(PracticeNoRecords, "document results and follow up on commitments, the organisation's own included")
	}
	if !p.Handover {
		add(PracticeNoHandover, "hand over properly, with the contact list secured, for institutional continuity")
	}
	return out
}
