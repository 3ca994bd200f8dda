package actor

import (
	"encoding"

	"github.com/humanitarian-negotiation/protection/internal/cite"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Kind is what sort of armed actor an actor is. The zero value is
// KindUnspecified, which Validate rejects. It is a plain value, safe for
// concurrent use.
//
// The kinds cover the report's armed actors (state armed forces; non-state
// armed groups: armed opposition, community self-defence militias,
// paramilitary forces), gangs and organised criminal groups (the report's Box
// 7), and the research typologies: ACLED's political and identity militias and
// external or other forces, and UCDP's organisation levels. See [FromACLED] and
// [FromUCDPOrg].
type Kind uint8

// Kinds of armed actor.
const (
	KindUnspecified        Kind = iota
	KindStateForces             // armed forces of a state (ACLED 1; UCDP org 4)
	KindArmedOpposition         // rebel or armed opposition movement (ACLED 2; UCDP org 1)
	KindSelfDefenceMilitia      // community self-defence militia
	KindParamilitary            // paramilitary force
	KindPoliticalMilitia        // militia serving a political party or candidate (ACLED 3; UCDP org 2)
	KindIdentityMilitia         // militia organised along ethnic, clan, religious or national lines (ACLED 4; UCDP org 3)
	KindExternalForces          // forces acting outside their own country, peacekeepers, private military companies (ACLED 8)
	KindGang                    // street gang
	KindCriminalGroup           // organised criminal group
)

var kinds = enum.New[Kind]("actor", "kind",
	"state_forces", "armed_opposition", "self_defence_militia", "paramilitary",
	"political_militia", "identity_militia", "external_forces", "gang", "criminal_group").
	WithLabels("state armed forces", "armed opposition group", "community self-defence militia", "paramilitary force",
		"political militia", "identity militia", "external forces", "street gang", "organised criminal group")

// IsValid reports whether k is a named kind.
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// String returns the kind's wire word; it never panics.
func (k Kind) String() string { return kinds.String(k) }

// Label returns the kind in words.
func (k Kind) Label() string { return kinds.Label(k) }

// MarshalText encodes the kind as its wire word.
func (k Kind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (k *Kind) UnmarshalText(b []byte) (err error) { *k, err = kinds.Unmarshal(b); return err }

// ParseKind parses a kind's wire word or label, ignoring case.
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// Kinds returns every named kind in order.
func Kinds() []Kind { return kinds.Values() }

// IsState reports whether k is a state's armed forces. External forces may be
// a foreign state's forces or not; IsState and IsNonState are both false for
// them until the actor is classified further.
func (k Kind) IsState() bool { return k == KindStateForces }

// IsNonState reports whether k is a non-state actor: a non-state armed group,
// a gang or a criminal group.
func (k Kind) IsNonState() bool {
	return k.IsValid() && k != KindStateForces && k != KindExternalForces
}

// IsArmedGroup reports whether k is a non-state armed group in the report's
// sense (armed opposition, militias, paramilitaries), as distinct from gangs
// and criminal groups, which the report treats as outside its scope.
func (k Kind) IsArmedGroup() bool {
	switch k {
	case KindArmedOpposition, KindSelfDefenceMilitia, KindParamilitary, KindPoliticalMilitia, KindIdentityMilitia:
		return true
	}
	return false
}

// Command is an actor's command structure. The zero value means not known.
// It is a plain value, safe for concurrent use.
//
// Centralised, decentralised and fragmented describe how far orders from the
// leadership reach the ranks. Whether an actor is embedded in a community (the
// ICRC's Roots of Restraint typology) is recorded separately in
// Actor.CommunityEmbedded, because a decentralised group can be community
// embedded or not.
type Command uint8

// Command structures.
const (
	CommandUnspecified   Command = iota
	CommandCentralised           // a clear chain of command that orders follow
	CommandDecentralised         // units with wide autonomy under a loose leadership
	CommandFragmented            // factions or splinters that act on their own
)

var commands = enum.New[Command]("actor", "command structure", "centralised", "decentralised", "fragmented").
	WithLabels("centralised", "decentralised", "fragmented").
	WithAlias("centralized", CommandCentralised).WithAlias("decentralized", CommandDecentralised)

// IsValid reports whether c is a named command structure.
func (c Command) IsValid() bool { return commands.Valid(c) }

// String returns the wire word; it never panics.
func (c Command) String() string { return commands.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c Command) Label() string { return commands.Label(c) }

// MarshalText encodes the command structure as its wire word.
func (c Command) MarshalText() ([]byte, error) { return commands.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case; American spellings are accepted.
func (c *Command) UnmarshalText(b []byte) (err error) { *c, err = commands.Unmarshal(b); return err }

// ParseCommand parses a command structure's wire word, ignoring case;
// American spellings are accepted.
func ParseCommand(s string) (Command, error) { return commands.Parse(s) }

// Weak reports whether orders from the leadership may not reach the ranks, so
// that engagement is needed at every level (the report's barriers section).
func (c Command) Weak() bool { return c == CommandDecentralised || c == CommandFragmented }

// DesignationKind is the kind of a listing that affects engagement. The zero
// value is invalid. It is a plain value, safe for concurrent use.
type DesignationKind uint8

// Designation kinds.
const (
	DesignationUnspecified DesignationKind = iota
	DesignationUNSanctions                 // a UN Security Council sanctions list (e.g. the 1267 ISIL/Al-Qaida list)
	DesignationTerrorist                   // a terrorist listing under domestic or international law
	DesignationCAAC                        // an annex of the UN Secretary-General's report on children and armed conflict
)

var designationKinds = enum.New[DesignationKind]("actor", "designation kind", "un_sanctions", "terrorist", "caac_annex").
	WithLabels("UN Security Council sanctions", "terrorist designation", "listing in the annexes on children and armed conflict")

// IsValid reports whether d is a named designation kind.
func (d DesignationKind) IsValid() bool { return designationKinds.Valid(d) }

// String returns the wire word; it never panics.
func (d DesignationKind) String() string { return designationKinds.String(d) }

// Label returns the value in words, for people; String gives the wire word.
func (d DesignationKind) Label() string { return designationKinds.Label(d) }

// MarshalText encodes the designation kind as its wire word.
func (d DesignationKind) MarshalText() ([]byte, error) { return designationKinds.Marshal(d) }

// UnmarshalText decodes a wire word, ignoring case.
func (d *DesignationKind) UnmarshalText(b []byte) (err error) {
	*d, err = designationKinds.Unmarshal(b)
	return err
}

// ParseDesignationKind parses a designation kind's wire word.
func ParseDesignationKind(s string) (DesignationKind, error) { return designationKinds.Parse(s) }

// Designator is who makes a designation — whose sanctions or terrorist list
// it is on: the UN Security Council, the United States, the European Union,
// the United Kingdom, or another state. What the designation forbids, and
// which humanitarian exemptions apply, depends on it (package sanctions
// screens payments against it). The zero value means not stated. A
// Designator is a plain value, safe for concurrent use.
type Designator uint8

// Designators.
const (
	DesignatorUnspecified       Designator = iota
	DesignatorUNSecurityCouncil            // a UN Security Council sanctions committee
	DesignatorUnitedStates                 // the United States (OFAC's lists, the State Department's FTO list)
	DesignatorEuropeanUnion                // the European Union
	DesignatorUnitedKingdom                // the United Kingdom
	DesignatorOtherState                   // another state, under its own law
)

var designators = enum.New[Designator]("actor", "designator", "un_security_council", "united_states", "european_union", "united_kingdom", "other_state").
	WithLabels("the UN Security Council", "the United States", "the European Union", "the United Kingdom", "another state")

// IsValid reports whether d is a named designator.
func (d Designator) IsValid() bool { return designators.Valid(d) }

// String returns the wire word; it never panics.
func (d Designator) String() string { return designators.String(d) }

// Label returns the value in words, for people; String gives the wire word.
func (d Designator) Label() string { return designators.Label(d) }

// MarshalText encodes the designator as its wire word.
func (d Designator) MarshalText() ([]byte, error) { return designators.Marshal(d) }

// UnmarshalText decodes a wire word, ignoring case.
func (d *Designator) UnmarshalText(b []byte) (err error) {
	*d, err = designators.Unmarshal(b)
	return err
}

// ParseDesignator parses a designator's wire word, ignoring case.
func ParseDesignator(s string) (Designator, error) { return designators.Parse(s) }

// Jurisdiction says whose law a terrorist listing is made under. The zero
// value means not stated, which Validate rejects for terrorist listings. It
// is a plain value, safe for concurrent use.
type Jurisdiction uint8

// Jurisdictions.
const (
	JurisdictionUnspecified   Jurisdiction = iota
	JurisdictionDomestic                   // the host state's or another state's national law
	JurisdictionInternational              // an international body, e.g. the UN Security Council
)

var jurisdictions = enum.New[Jurisdiction]("actor", "jurisdiction", "domestic", "international").
	WithLabels("domestic", "international")

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

// ParseJurisdiction parses a jurisdiction's wire word.
func ParseJurisdiction(s string) (Jurisdiction, error) { return jurisdictions.Parse(s) }

// Violation is one of the six grave violations against children monitored
// under UN Security Council resolution 1612 (2005). The zero value is invalid.
// It is a plain value, safe for concurrent use.
type Violation uint8

// The six grave violations, in the order of UNICEF's wording.
const (
	ViolationUnspecified    Violation = iota
	ViolationKillingMaiming           // killing and maiming of children
	ViolationRecruitmentUse           // recruitment or use of children in armed forces and armed groups
	ViolationAttacksSchools           // attacks on schools or hospitals
	ViolationSexualViolence           // rape or other grave sexual violence against children
	ViolationAbduction                // abduction of children
	ViolationDenialOfAccess           // denial of humanitarian access for children
)

var violations = enum.New[Violation]("actor", "grave violation",
	"killing_maiming", "recruitment_use", "attacks_schools_hospitals", "sexual_violence", "abduction", "denial_of_access").
	WithLabels("Killing and maiming of children",
		"Recruitment or use of children in armed forces and armed groups",
		"Attacks on schools or hospitals",
		"Rape or other grave sexual violence against children",
		"Abduction of children",
		"Denial of humanitarian access for children")

// IsValid reports whether v is a named grave violation.
func (v Violation) IsValid() bool { return violations.Valid(v) }

// String returns the wire word; it never panics.
func (v Violation) String() string { return violations.String(v) }

// Label returns the violation's name in words.
func (v Violation) Label() string { return violations.Label(v) }

// MarshalText encodes the violation as its wire word.
func (v Violation) MarshalText() ([]byte, error) { return violations.Marshal(v) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (v *Violation) UnmarshalText(b []byte) (err error) {
	*v, err = violations.Unmarshal(b)
	return err
}

// ParseViolation parses a violation's wire word or label.
func ParseViolation(s string) (Violation, error) { return violations.Parse(s) }

// Violations returns the six grave violations in order.
func Violations() []Violation { return violations.Values() }

// ListingTrigger reports whether the violation can get a party listed in the
// Secretary-General's annexes, and the resolution that made it a trigger:
// recruitment and use (res. 1379, 2001); killing and maiming, and rape and
// other sexual violence (res. 1882, 2009); attacks on schools and hospitals
// (res. 1998, 2011); abduction (res. 2225, 2015). Denial of humanitarian
// access is monitored but is not a trigger.
func (v Violation) ListingTrigger() (resolution string, ok bool) {
	switch v {
	case ViolationRecruitmentUse:
		return cite.UNSCR1379, true
	case ViolationKillingMaiming, ViolationSexualViolence:
		return cite.UNSCR1882, true
	case ViolationAttacksSchools:
		return cite.UNSCR1998, true
	case ViolationAbduction:
		return cite.UNSCR2225, true
	}
	return "", false
}

// FirstReport returns the year of the first annual report that could list a
// party for the violation — a report after the resolution that made it a
// listing trigger: 2002 for recruitment and use (res. 1379, 2001), 2010 for
// killing and maiming and for rape and other sexual violence (res. 1882,
// 2009), 2012 for attacks on schools and hospitals (res. 1998, 2011), 2016
// for abduction (res. 2225, adopted on 18 June 2015, after the 2015 report)
// — and 0 for a violation that is no listing trigger or is not valid.
func (v Violation) FirstReport() int {
	switch v {
	case ViolationRecruitmentUse:
		return 2002
	case ViolationKillingMaiming, ViolationSexualViolence:
		return 2010
	case ViolationAttacksSchools:
		return 2012
	case ViolationAbduction:
		return 2016
	}
	return 0
}

// TriggerResolution returns the Security Council resolution that made the
// violation a listing trigger ("1379 (2001)"), or "" for one that is none.
func (v Violation) TriggerResolution() string {
	switch v {
	case ViolationRecruitmentUse:
		return "1379 (2001)"
	case ViolationKillingMaiming, ViolationSexualViolence:
		return "1882 (2009)"
	case ViolationAttacksSchools:
		return "1998 (2011)"
	case ViolationAbduction:
		return "2225 (2015)"
	}
	return ""
}

// TriggerYear returns the year the violation became a listing trigger —
// 2001 for recruitment and use, 2009 for killing and maiming and for rape and
// other sexual violence, 2011 for attacks on schools and hospitals, 2015 for
// abduction — and 0 for a violation that is not one (denial of humanitarian
// access) or is not valid. No party can be listed for a violation earlier.
func (v Violation) TriggerYear() int {
	switch v {
	case ViolationRecruitmentUse:
		return 2001
	case ViolationKillingMaiming, ViolationSexualViolence:
		return 2009
	case ViolationAttacksSchools:
		return 2011
	case ViolationAbduction:
		return 2015
	}
	return 0
}

// AnnexSection is the section of the children-and-armed-conflict annexes a
// party is listed in, since the Secretary-General's 2017 report
// (A/72/361–S/2017/821): section A
// for parties that have not put in place measures to improve the protection
// of children, section B for those that have. The zero value says no section
// is stated. It is a plain value, safe for concurrent use.
type AnnexSection uint8

// Annex sections.
const (
	AnnexSectionUnspecified AnnexSection = iota
	AnnexSectionA                        // no measures in place to improve the protection of children
	AnnexSectionB                        // measures in place to improve the protection of children
)

var annexSections = enum.New[AnnexSection]("actor", "annex section", "a", "b").
	WithLabels("section A (no measures in place to protect children)", "section B (measures in place to protect children)")

// IsValid reports whether s is a named annex section.
func (s AnnexSection) IsValid() bool { return annexSections.Valid(s) }

// String returns the wire word ("a" or "b"); it never panics.
func (s AnnexSection) String() string { return annexSections.String(s) }

// Label returns the section's name in words.
func (s AnnexSection) Label() string { return annexSections.Label(s) }

// MarshalText encodes the section as its wire word.
func (s AnnexSection) MarshalText() ([]byte, error) { return annexSections.Marshal(s) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (s *AnnexSection) UnmarshalText(b []byte) (err error) {
	*s, err = annexSections.Unmarshal(b)
	return err
}

// ParseAnnexSection parses a section's wire word ("A" or "B", any case) or
// label.
func ParseAnnexSection(s string) (AnnexSection, error) { return annexSections.Parse(s) }

// Norm is a normative framework an actor recognises. The zero value is invalid.
// It is a plain value, safe for concurrent use.
type Norm uint8

// Normative frameworks.
const (
	NormUnspecified   Norm = iota
	NormIHL                // international humanitarian law
	NormHumanRights        // international human rights law
	NormReligiousLaw       // religious law, e.g. Sharia
	NormCustomary          // customary or local norms of the community
	NormCodeOfConduct      // the actor's own code of conduct or internal rules
	NormHumanity           // the principle of humanity
)

var norms = enum.New[Norm]("actor", "norm", "ihl", "human_rights", "religious_law", "customary", "code_of_conduct", "humanity").
	WithLabels("international humanitarian law", "human rights law", "religious law", "customary norms", "its own code of conduct", "the principle of humanity")

// IsValid reports whether n is a named norm.
func (n Norm) IsValid() bool { return norms.Valid(n) }

// String returns the wire word; it never panics.
func (n Norm) String() string { return norms.String(n) }

// Label returns the value in words, for people; String gives the wire word.
func (n Norm) Label() string { return norms.Label(n) }

// MarshalText encodes the norm as its wire word.
func (n Norm) MarshalText() ([]byte, error) { return norms.Marshal(n) }

// UnmarshalText decodes a wire word, ignoring case.
func (n *Norm) UnmarshalText(b []byte) (err error) { *n, err = norms.Unmarshal(b); return err }

// ParseNorm parses a norm's wire word.
func ParseNorm(s string) (Norm, error) { return norms.Parse(s) }

// Interest is an interest or incentive that can move an actor towards
// restraint, from the report's list of arguments. The zero value is invalid.
// It is a plain value, safe for concurrent use.
type Interest uint8

// Interests and incentives.
const (
	InterestUnspecified    Interest = iota
	InterestLegitimacy              // legitimacy and reputation
	InterestDelisting               // avoiding, or leaving, a listing in the UN annexes
	InterestReciprocity             // humane treatment of its own detainees and wounded
	InterestDiscipline              // military efficacy and discipline
	InterestProsecution             // avoiding prosecution
	InterestPopularSupport          // support of the population
	InterestLongTerm                // long-term political aims
)

var interests = enum.New[Interest]("actor", "interest",
	"legitimacy", "delisting", "reciprocity", "discipline", "prosecution", "popular_support", "long_term").
	WithLabels("legitimacy and reputation", "delisting", "reciprocity", "military discipline", "avoiding prosecution", "popular support", "long-term aims")

// IsValid reports whether i is a named interest.
func (i Interest) IsValid() bool { return interests.Valid(i) }

// String returns the wire word; it never panics.
func (i Interest) String() string { return interests.String(i) }

// Label returns the value in words, for people; String gives the wire word.
func (i Interest) Label() string { return interests.Label(i) }

// MarshalText encodes the interest as its wire word.
func (i Interest) MarshalText() ([]byte, error) { return interests.Marshal(i) }

// UnmarshalText decodes a wire word, ignoring case.
func (i *Interest) UnmarshalText(b []byte) (err error) { *i, err = interests.Unmarshal(b); return err }

// ParseInterest parses an interest's wire word.
func ParseInterest(s string) (Interest, error) { return interests.Parse(s) }

// Level is a decision-making level of an armed actor. The zero value is invalid.
// It is a plain value, safe for concurrent use.
type Level uint8

// Decision-making levels, from the top down.
const (
	LevelUnspecified            Level = iota
	LevelPoliticalLeadership          // the political leadership or wing
	LevelMilitaryCommand              // the military high command
	LevelFrontlineCommanders          // field and base commanders
	LevelRankAndFile                  // fighters
	LevelCivilianAdministration       // the civilian administration of held territory
)

var levels = enum.New[Level]("actor", "level",
	"political_leadership", "military_command", "frontline_commanders", "rank_and_file", "civilian_administration").
	WithLabels("political leadership", "military command", "frontline commanders", "rank and file", "civilian administration")

// IsValid reports whether l is a named level.
func (l Level) IsValid() bool { return levels.Valid(l) }

// String returns the wire word; it never panics.
func (l Level) String() string { return levels.String(l) }

// Label returns the value in words, for people; String gives the wire word.
func (l Level) Label() string { return levels.Label(l) }

// MarshalText encodes the level as its wire word.
func (l Level) MarshalText() ([]byte, error) { return levels.Marshal(l) }

// UnmarshalText decodes a wire word, ignoring case.
func (l *Level) UnmarshalText(b []byte) (err error) { *l, err = levels.Unmarshal(b); return err }

// ParseLevel parses a level's wire word.
func ParseLevel(s string) (Level, error) { return levels.Parse(s) }

// Levels returns every named level, from the top down.
func Levels() []Level { return levels.Values() }

// EngagementOutcome is how a past engagement with humanitarian actors ended. The zero
// value means not recorded, which Validate rejects. It is a plain value, safe
// for concurrent use.
type EngagementOutcome uint8

// Outcomes of past engagements.
const (
	OutcomeUnspecified    EngagementOutcome = iota
	OutcomeNoCommitment                     // dialogue without a commitment
	OutcomeOngoing                          // commitment made, implementation under way
	OutcomeHonoured                         // commitment honoured
	OutcomePartlyHonoured                   // commitment partly honoured
	OutcomeBroken                           // commitment not honoured
	OutcomeReversed                         // commitment honoured, then reversed
	OutcomeRefused                          // engagement refused
)

var outcomes = enum.New[EngagementOutcome]("actor", "outcome",
	"no_commitment", "ongoing", "honoured", "partly_honoured", "broken", "reversed", "refused").
	WithLabels("no commitment", "ongoing", "honoured", "partly honoured", "broken", "reversed", "refused").
	WithAlias("honored", OutcomeHonoured).WithAlias("partly_honored", OutcomePartlyHonoured)

// IsValid reports whether o is a named outcome.
func (o EngagementOutcome) IsValid() bool { return outcomes.Valid(o) }

// String returns the wire word; it never panics.
func (o EngagementOutcome) String() string { return outcomes.String(o) }

// Label returns the value in words, for people; String gives the wire word.
func (o EngagementOutcome) Label() string { return outcomes.Label(o) }

// MarshalText encodes the outcome as its wire word.
func (o EngagementOutcome) MarshalText() ([]byte, error) { return outcomes.Marshal(o) }

// UnmarshalText decodes a wire word, ignoring case; American spellings are accepted.
func (o *EngagementOutcome) UnmarshalText(b []byte) (err error) {
	*o, err = outcomes.Unmarshal(b)
	return err
}

// ParseEngagementOutcome parses an outcome's wire word, ignoring case; American
// spellings are accepted.
func ParseEngagementOutcome(s string) (EngagementOutcome, error) { return outcomes.Parse(s) }

// Region is a world region as UCDP codes it. The zero value is invalid. It is
// a plain value, safe for concurrent use.
type Region uint8

// UCDP regions, numbered as UCDP numbers them.
const (
	RegionUnspecified Region = iota
	RegionEurope             // UCDP region 1
	RegionMiddleEast         // UCDP region 2
	RegionAsia               // UCDP region 3
	RegionAfrica             // UCDP region 4
	RegionAmericas           // UCDP region 5
)

var regions = enum.New[Region]("actor", "region", "europe", "middle_east", "asia", "africa", "americas").
	WithLabels("Europe", "Middle East", "Asia", "Africa", "Americas")

// IsValid reports whether r is a named region.
func (r Region) IsValid() bool { return regions.Valid(r) }

// String returns the wire word; it never panics.
func (r Region) String() string { return regions.String(r) }

// Label returns the region's name in words.
func (r Region) Label() string { return regions.Label(r) }

// MarshalText encodes the region as its wire word.
func (r Region) MarshalText() ([]byte, error) { return regions.Marshal(r) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (r *Region) UnmarshalText(b []byte) (err error) { *r, err = regions.Unmarshal(b); return err }

// ParseRegion parses a region's wire word or label.
func ParseRegion(s string) (Region, error) { return regions.Parse(s) }

// Regions returns the five regions in UCDP order.
func Regions() []Region { return regions.Values() }

var (
	_ encoding.TextMarshaler   = Kind(0)
	_ encoding.TextUnmarshaler = (*Kind)(nil)
	_ encoding.TextMarshaler   = Command(0)
	_ encoding.TextMarshaler   = DesignationKind(0)
	_ encoding.TextMarshaler   = Jurisdiction(0)
	_ encoding.TextMarshaler   = Violation(0)
	_ encoding.TextMarshaler   = AnnexSection(0)
	_ encoding.TextMarshaler   = Norm(0)
	_ encoding.TextMarshaler   = Interest(0)
	_ encoding.TextMarshaler   = Level(0)
	_ encoding.TextMarshaler   = EngagementOutcome(0)
	_ encoding.TextMarshaler   = Region(0)
)
