package agreement

import (
	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/risk"
)

// InstrumentKind is the kind of instrument an agreement is. The zero value is invalid.
// It is a plain value, safe for concurrent use.
type InstrumentKind uint8

// Instruments, from the report and the Their Words directory's types.
const (
	InstrumentUnspecified           InstrumentKind = iota
	InstrumentActionPlan                           // a UN Action Plan with a party listed in the CAAC annexes
	InstrumentDeedOfCommitment                     // a Geneva Call Deed of Commitment
	InstrumentUnilateralDeclaration                // a unilateral declaration or statement
	InstrumentCodeOfConduct                        // internal rules: a code of conduct or disciplinary code
	InstrumentMilitaryOrder                        // internal rules: a command order
	InstrumentCivilianHarmTracking                 // a civilian-harm tracking mechanism (CIVIC)
	InstrumentSpecialAgreement                     // a special agreement under Common Article 3 para 3
	InstrumentWrittenRecord                        // a written record of agreed terms
	InstrumentVerbalUnderstanding                  // an understanding not written down
)

var kinds = enum.New[InstrumentKind]("agreement", "instrument",
	"action_plan", "deed_of_commitment", "unilateral_declaration", "code_of_conduct", "military_order",
	"civilian_harm_tracking", "special_agreement", "written_record", "verbal_understanding").
	WithLabels("UN Action Plan", "Deed of Commitment", "unilateral declaration", "code of conduct", "military order",
		"civilian-harm tracking mechanism", "special agreement", "written record of agreed terms", "verbal understanding")

// IsValid reports whether k is a named instrument.
func (k InstrumentKind) IsValid() bool { return kinds.Valid(k) }

// String returns the wire word; it never panics.
func (k InstrumentKind) String() string { return kinds.String(k) }

// Label returns the instrument in words.
func (k InstrumentKind) Label() string { return kinds.Label(k) }

// MarshalText encodes the instrument as its wire word.
func (k InstrumentKind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (k *InstrumentKind) UnmarshalText(b []byte) (err error) {
	*k, err = kinds.Unmarshal(b)
	return err
}

// ParseInstrumentKind parses an instrument's wire word or label, ignoring case.
func ParseInstrumentKind(s string) (InstrumentKind, error) { return kinds.Parse(s) }

// Deed is one of Geneva Call's five Deeds of Commitment. The zero value is
// invalid. It is a plain value, safe for concurrent use.
type Deed uint8

// The five Deeds, with the year each opened for signature.
const (
	DeedUnspecified    Deed = iota
	DeedMines               // anti-personnel mines and mine action (2000)
	DeedChildren            // protection of children from the effects of armed conflict (2010)
	DeedSexualViolence      // prohibition of sexual violence and elimination of gender discrimination (2012)
	DeedHealthCare          // protection of health care (2018)
	DeedStarvation          // prevention of starvation and conflict-related food insecurity (2021)
)

var deeds = enum.New[Deed]("agreement", "deed", "mines", "children", "sexual_violence", "health_care", "starvation").
	WithLabels("anti-personnel mines and mine action", "protection of children from the effects of armed conflict", "prohibition of sexual violence and elimination of gender discrimination", "protection of health care", "prevention of starvation and conflict-related food insecurity")

// IsValid reports whether d is a named Deed.
func (d Deed) IsValid() bool { return deeds.Valid(d) }

// String returns the wire word; it never panics.
func (d Deed) String() string { return deeds.String(d) }

// Label returns the value in words, for people; String gives the wire word.
func (d Deed) Label() string { return deeds.Label(d) }

// MarshalText encodes the Deed as its wire word.
func (d Deed) MarshalText() ([]byte, error) { return deeds.Marshal(d) }

// UnmarshalText decodes a wire word, ignoring case.
func (d *Deed) UnmarshalText(b []byte) (err error) { *d, err = deeds.Unmarshal(b); return err }

// ParseDeed parses a Deed's wire word, ignoring case.
func ParseDeed(s string) (Deed, error) { return deeds.Parse(s) }

// Year returns the year the Deed opened for signature.
func (d Deed) Year() int {
	switch d {
	case DeedMines:
		return 2000
	case DeedChildren:
		return 2010
	case DeedSexualViolence:
		return 2012
	case DeedHealthCare:
		return 2018
	case DeedStarvation:
		return 2021
	}
	return 0
}

// Activity is a standard activity of a UN Action Plan. Every listing
// trigger has its standard activities ([StandardActivities]): for
// recruitment and use, the UN CAAC office's list; for killing and maiming,
// rape and other sexual violence, attacks on schools and hospitals, and
// abduction, the activities plans on those violations carry (command orders,
// accountability, focal points, access for verification, and services for
// survivors, vacating schools and hospitals, or release of abducted
// children). An agency adds its own with [OwnActivity]. The zero value means
// none. It is a plain value, safe for concurrent use.
type Activity uint8

// Standard Action Plan activities. The comment says which violations each
// is standard for.
const (
	ActivityUnspecified        Activity = iota
	ActivityCommandOrder                // command orders prohibiting the violation (and, for recruitment and use, criminalising it); every trigger
	ActivityAccountability              // investigate and prosecute; every trigger
	ActivityFocalPoints                 // appoint child-protection focal points in the forces; every trigger
	ActivityReleaseOfChildren           // release all children identified in the ranks, or abducted; recruitment and use, abduction
	ActivityVerificationAccess          // regular, unimpeded access to camps and bases for verification; every trigger
	ActivityReintegration               // release and reintegration programmes; recruitment and use
	ActivityAgeVerification             // birth registration and age verification in recruitment; recruitment and use
	ActivityPrevention                  // awareness and prevention; recruitment and use
	ActivitySurvivorServices            // response and services for child survivors; killing and maiming, sexual violence
	ActivityVacatingSchools             // vacate schools (and hospitals) used militarily and protect them; attacks on schools and hospitals
)

var activities = enum.New[Activity]("agreement", "activity",
	"command_order", "accountability", "focal_points", "release_of_children", "verification_access",
	"reintegration", "age_verification", "prevention", "survivor_services", "vacating_schools").
	WithLabels("command orders prohibiting the violation", "investigation and prosecution", "child-protection focal points",
		"release of children", "access for verification", "reintegration programmes", "age verification in recruitment",
		"awareness and prevention", "response and services for survivors", "vacating schools used militarily")

// IsValid reports whether a is a named activity.
func (a Activity) IsValid() bool { return activities.Valid(a) }

// String returns the wire word; it never panics.
func (a Activity) String() string { return activities.String(a) }

// Label returns the activity's name in words.
func (a Activity) Label() string { return activities.Label(a) }

// MarshalText encodes the activity as its wire word.
func (a Activity) MarshalText() ([]byte, error) { return activities.Marshal(a) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (a *Activity) UnmarshalText(b []byte) (err error) { *a, err = activities.Unmarshal(b); return err }

// ParseActivity parses an activity's wire word or label, ignoring case.
func ParseActivity(s string) (Activity, error) { return activities.Parse(s) }

// Activities returns every standard activity in order.
func Activities() []Activity { return activities.Values() }

// StandardActivities returns the standard Action Plan activities against
// violation v, in order; none for a violation that is not a listing trigger
// (denial of humanitarian access) or not valid. The lists for violations
// other than recruitment and use follow the general description of such
// plans, not a published template (unverified against the UN's model plans).
func StandardActivities(v actor.Violation) []Activity {
	switch v {
	case actor.ViolationRecruitmentUse:
		return []Activity{ActivityCommandOrder, ActivityAccountability, ActivityFocalPoints, ActivityReleaseOfChildren,
			ActivityVerificationAccess, ActivityReintegration, ActivityAgeVerification, ActivityPrevention}
	case actor.ViolationKillingMaiming, actor.ViolationSexualViolence:
		return []Activity{ActivityCommandOrder, ActivityAccountability, ActivityFocalPoints, ActivityVerificationAccess, ActivitySurvivorServices}
	case actor.ViolationAttacksSchools:
		return []Activity{ActivityCommandOrder, ActivityAccountability, ActivityFocalPoints, ActivityVerificationAccess, ActivityVacatingSchools}
	case actor.ViolationAbduction:
		return []Activity{ActivityCommandOrder, ActivityAccountability, ActivityFocalPoints, ActivityReleaseOfChildren, ActivityVerificationAccess}
	}
	return nil
}

// Standard reports whether a is a standard activity against violation v.
func (a Activity) Standard(v actor.Violation) bool {
	for _, x := range StandardActivities(v) {
		if x == a {
			return true
		}
	}
	return false
}

// Role is a party's role in an agreement. The zero value is invalid. It is a
// plain value, safe for concurrent use.
type Role uint8

// Roles of parties.
const (
	RoleUnspecified   Role = iota
	RoleArmedActor         // the armed actor as a whole
	RoleFaction            // a faction or level of the armed actor
	RoleAgency             // the humanitarian organisation
	RoleHostState          // the host state
	RoleUnitedNations      // the UN (the country task force of an Action Plan)
	RoleGenevaCall         // Geneva Call, witness of Deeds of Commitment
	RoleCustodian          // the custodian of a Deed (the Republic and Canton of Geneva)
	RoleThirdParty         // a facilitator, guarantor or other third party
)

var roles = enum.New[Role]("agreement", "role",
	"armed_actor", "faction", "agency", "host_state", "united_nations", "geneva_call", "custodian", "third_party").
	WithLabels("the armed actor", "a faction of the armed actor", "the organisation", "the host state", "the United Nations", "Geneva Call", "the custodian", "a third party")

// IsValid reports whether r is a named role.
func (r Role) IsValid() bool { return roles.Valid(r) }

// String returns the wire word; it never panics.
func (r Role) String() string { return roles.String(r) }

// Label returns the value in words, for people; String gives the wire word.
func (r Role) Label() string { return roles.Label(r) }

// MarshalText encodes the role as its wire word.
func (r Role) MarshalText() ([]byte, error) { return roles.Marshal(r) }

// UnmarshalText decodes a wire word, ignoring case.
func (r *Role) UnmarshalText(b []byte) (err error) { *r, err = roles.Unmarshal(b); return err }

// ParseRole parses a role's wire word, ignoring case.
func ParseRole(s string) (Role, error) { return roles.Parse(s) }

// IsArmedActor reports whether the role is the armed actor or part of it.
func (r Role) IsArmedActor() bool { return r == RoleArmedActor || r == RoleFaction }

// Capacity is in what capacity someone signed. The zero value is invalid. It
// is a plain value, safe for concurrent use.
type Capacity uint8

// Signing capacities.
const (
	CapacityUnspecified    Capacity = iota
	CapacityPolitical               // the political leadership
	CapacityMilitary                // the military leadership
	CapacityWitness                 // a witness (Geneva Call countersigns Deeds as witness)
	CapacityCustodian               // the custodian of the instrument
	CapacityRepresentative          // a representative of another party
)

var capacities = enum.New[Capacity]("agreement", "capacity", "political", "military", "witness", "custodian", "representative").
	WithLabels("political leadership", "military command", "witness", "custodian", "representative")

// IsValid reports whether c is a named capacity.
func (c Capacity) IsValid() bool { return capacities.Valid(c) }

// String returns the wire word; it never panics.
func (c Capacity) String() string { return capacities.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c Capacity) Label() string { return capacities.Label(c) }

// MarshalText encodes the capacity as its wire word.
func (c Capacity) MarshalText() ([]byte, error) { return capacities.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case.
func (c *Capacity) UnmarshalText(b []byte) (err error) { *c, err = capacities.Unmarshal(b); return err }

// ParseCapacity parses a capacity's wire word, ignoring case.
func ParseCapacity(s string) (Capacity, error) { return capacities.Parse(s) }

// Duty says whether a commitment is to refrain from something
// (negative: never attack schools) or to do something (positive: release the
// children identified). The zero value is invalid. It is a plain value, safe
// for concurrent use.
type Duty uint8

// Kinds of obligation.
const (
	DutyUnspecified Duty = iota
	DutyNegative         // to refrain
	DutyPositive         // to act
)

var obligations = enum.New[Duty]("agreement", "obligation", "negative", "positive").
	WithLabels("negative obligation", "positive obligation")

// IsValid reports whether o is a named kind of obligation.
func (o Duty) IsValid() bool { return obligations.Valid(o) }

// String returns the wire word; it never panics.
func (o Duty) String() string { return obligations.String(o) }

// Label returns the value in words, for people; String gives the wire word.
func (o Duty) Label() string { return obligations.Label(o) }

// MarshalText encodes the obligation as its wire word.
func (o Duty) MarshalText() ([]byte, error) { return obligations.Marshal(o) }

// UnmarshalText decodes a wire word, ignoring case.
func (o *Duty) UnmarshalText(b []byte) (err error) {
	*o, err = obligations.Unmarshal(b)
	return err
}

// ParseDuty parses an obligation's wire word, ignoring case.
func ParseDuty(s string) (Duty, error) { return obligations.Parse(s) }

// Verification is how a commitment's implementation is verified, or who
// reports an event. The zero value means not stated. It is a plain value,
// safe for concurrent use.
type Verification uint8

// Means of verification (Deeds of Commitment combine all three; the detail
// is unverified against Geneva Call's own texts).
const (
	VerificationUnspecified      Verification = iota
	VerificationSelfReport                    // the party reports on itself
	VerificationThirdPartyReport              // others report: the UN, NGOs, communities, media
	VerificationMission                       // a mission verifies on site
)

var verifications = enum.New[Verification]("agreement", "verification", "self_report", "third_party_report", "verification_mission").
	WithLabels("self-reporting", "third-party report", "verification mission")

// IsValid reports whether v is a named means.
func (v Verification) IsValid() bool { return verifications.Valid(v) }

// String returns the wire word; it never panics.
func (v Verification) String() string { return verifications.String(v) }

// Label returns the value in words, for people; String gives the wire word.
func (v Verification) Label() string { return verifications.Label(v) }

// MarshalText encodes the means as its wire word.
func (v Verification) MarshalText() ([]byte, error) { return verifications.Marshal(v) }

// UnmarshalText decodes a wire word, ignoring case.
func (v *Verification) UnmarshalText(b []byte) (err error) {
	*v, err = verifications.Unmarshal(b)
	return err
}

// ParseVerification parses a means of verification's wire word, ignoring
// case.
func ParseVerification(s string) (Verification, error) { return verifications.Parse(s) }

// EventKind is what a monitoring event records. The zero value is invalid.
// It is a plain value, safe for concurrent use.
type EventKind uint8

// Monitoring events.
const (
	EventUnspecified        EventKind = iota
	EventProgress                     // a step towards implementation
	EventFulfilled                    // the commitment is fully implemented
	EventPartiallyFulfilled           // implemented in part
	EventBreach                       // a violation of the commitment
	EventReversal                     // the party reverses an earlier policy
	EventDenial                       // the party denies a reported violation
	EventVerification                 // the current state is verified
	EventAccessLost                   // monitors lost access (suspended talks, insecurity)
	EventAccessRestored               // monitors regained access
)

var eventKinds = enum.New[EventKind]("agreement", "event",
	"progress", "fulfilled", "partially_fulfilled", "breach", "reversal", "denial", "verification", "access_lost", "access_restored").
	WithLabels("progress", "fulfilled", "partly fulfilled", "breach", "reversal", "denial", "verification", "access lost", "access restored")

// IsValid reports whether k is a named event.
func (k EventKind) IsValid() bool { return eventKinds.Valid(k) }

// String returns the wire word; it never panics.
func (k EventKind) String() string { return eventKinds.String(k) }

// Label returns the value in words, for people; String gives the wire word.
func (k EventKind) Label() string { return eventKinds.Label(k) }

// MarshalText encodes the event kind as its wire word.
func (k EventKind) MarshalText() ([]byte, error) { return eventKinds.Marshal(k) }

// UnmarshalText decodes a wire word, ignoring case.
func (k *EventKind) UnmarshalText(b []byte) (err error) {
	*k, err = eventKinds.Unmarshal(b)
	return err
}

// ParseEventKind parses an event kind's wire word, ignoring case.
func ParseEventKind(s string) (EventKind, error) { return eventKinds.Parse(s) }

// Implementation is a commitment's implementation on the ordinal scale of
// the Kroc Institute's Peace Accords Matrix. The zero value is invalid as an
// input and never the result of a derivation. It is a plain value, safe for
// concurrent use.
type Implementation uint8

// The Peace Accords Matrix's implementation scale.
const (
	ImplementationUnspecified  Implementation = iota
	ImplementationNotInitiated                // no step taken
	ImplementationMinimal                     // first steps
	ImplementationIntermediate                // well under way
	ImplementationFull                        // completely implemented
)

var implementations = enum.New[Implementation]("agreement", "implementation", "not_initiated", "minimal", "intermediate", "full").
	WithLabels("not initiated", "minimal", "intermediate", "full")

// IsValid reports whether i is a named level.
func (i Implementation) IsValid() bool { return implementations.Valid(i) }

// String returns the wire word; it never panics.
func (i Implementation) String() string { return implementations.String(i) }

// Label returns the value in words, for people; String gives the wire word.
func (i Implementation) Label() string { return implementations.Label(i) }

// MarshalText encodes the level as its wire word.
func (i Implementation) MarshalText() ([]byte, error) { return implementations.Marshal(i) }

// UnmarshalText decodes a wire word, ignoring case.
func (i *Implementation) UnmarshalText(b []byte) (err error) {
	*i, err = implementations.Unmarshal(b)
	return err
}

// ParseImplementation parses an implementation level's wire word, ignoring
// case.
func ParseImplementation(s string) (Implementation, error) { return implementations.Parse(s) }

// Theme is what a commitment is about, for research summaries. The zero
// value means not stated. It is a plain value, safe for concurrent use.
type Theme uint8

// Themes of commitments.
const (
	ThemeUnspecified    Theme = iota
	ThemeChildren             // recruitment, use, release and reintegration of children
	ThemeMines                // mines and explosive ordnance
	ThemeDetention            // detainees and hostages
	ThemeHealthCare           // health care
	ThemeEducation            // schools
	ThemeAccess               // humanitarian access and assistance
	ThemeMovement             // checkpoints, evacuation, displacement
	ThemeConduct              // conduct of hostilities and civilian harm
	ThemeSexualViolence       // sexual violence
	ThemeFood                 // starvation and food insecurity
	ThemeOther                // anything else
)

var themes = enum.New[Theme]("agreement", "theme",
	"children", "mines", "detention", "health_care", "education", "access", "movement", "conduct", "sexual_violence", "food", "other").
	WithLabels("children", "mines", "detention", "health care", "education", "humanitarian access", "freedom of movement", "conduct of hostilities", "sexual violence", "food", "other")

// IsValid reports whether t is a named theme.
func (t Theme) IsValid() bool { return themes.Valid(t) }

// String returns the wire word; it never panics.
func (t Theme) String() string { return themes.String(t) }

// Label returns the value in words, for people; String gives the wire word.
func (t Theme) Label() string { return themes.Label(t) }

// MarshalText encodes the theme as its wire word.
func (t Theme) MarshalText() ([]byte, error) { return themes.Marshal(t) }

// UnmarshalText decodes a wire word, ignoring case.
func (t *Theme) UnmarshalText(b []byte) (err error) { *t, err = themes.Unmarshal(b); return err }

// ParseTheme parses a theme's wire word, ignoring case.
func ParseTheme(s string) (Theme, error) { return themes.Parse(s) }

// RisksOf returns the protection risks a grave violation against children
// belongs to: killing and maiming, and attacks on schools or hospitals, are
// attacks on civilians and civilian objects; recruitment or use is forced
// recruitment of children; rape and other grave sexual violence is
// gender-based violence; abduction is abduction; denial of humanitarian
// access is denial of services and humanitarian access (the discrimination
// risk, whose GPC name includes it). It returns nil for an invalid violation.
func RisksOf(v actor.Violation) []risk.Risk {
	switch v {
	case actor.ViolationKillingMaiming, actor.ViolationAttacksSchools:
		return []risk.Risk{risk.AttacksOnCivilians}
	case actor.ViolationRecruitmentUse:
		return []risk.Risk{risk.ChildRecruitment}
	case actor.ViolationSexualViolence:
		return []risk.Risk{risk.GenderBasedViolence}
	case actor.ViolationAbduction:
		return []risk.Risk{risk.AbductionDetention}
	case actor.ViolationDenialOfAccess:
		return []risk.Risk{risk.Discrimination}
	}
	return nil
}
