package redline

import (
	"encoding"
	"encoding/json"
	"strconv"

	"github.com/humanitarian-negotiation/protection/internal/authority"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Entity names who does something in a term: who must act, who pays or is
// paid, who provides an escort or funds the work, who controls a selection.
// The zero value means not stated, which a rule that needs it treats as
// missing (see the package documentation on failing closed). It is a plain
// value, safe for concurrent use.
type Entity uint8

// Parties.
const (
	EntityUnspecified     Entity = iota
	EntityArmedActor             // the armed actor the agreement is negotiated with
	EntityAgency                 // the humanitarian organisation itself
	EntityHostState              // the state on whose territory the work takes place
	EntityPartyToConflict        // another party to the armed conflict
	EntityThirdParty             // a third party: another agency, a facilitator, a guarantor
	EntityDonor                  // a donor
	EntitySupplier               // a commercial supplier of goods or services
	EntityCommunity              // the affected community or its leaders
	EntityPrivateSecurity        // a private security company
	EntityPeacekeepers           // a UN or regional peace operation
	EntityNone                   // nobody: no escort, no payee
	// EntityDeFactoAuthority is an authority that administers territory
	// without being the recognised government — the civil administration
	// of an armed group, or of a government no state recognises — which
	// levies taxes, licenses work and controls who receives what. It is
	// often indistinguishable in practice from the party that put it in
	// place, and the baseline treats payments to it, funding from it and
	// selections it controls as it treats a party's.
	EntityDeFactoAuthority
)

var parties = enum.New[Entity]("redline", "entity",
	"armed_actor", "agency", "host_state", "party_to_conflict", "third_party", "donor",
	"supplier", "community", "private_security", "peacekeepers", "none", "de_facto_authority").
	WithLabels("the armed actor", "the organisation", "the host state", "a party to the conflict", "a third party", "a donor", "a supplier", "the community", "a private security company", "peacekeepers", "no one", "a de facto authority")

// IsValid reports whether p is a named party.
func (p Entity) IsValid() bool { return parties.Valid(p) }

// String returns the wire word; it never panics.
func (p Entity) String() string { return parties.String(p) }

// Label returns the value in words, for people; String gives the wire word.
func (p Entity) Label() string { return parties.Label(p) }

// MarshalText encodes the party as its wire word.
func (p Entity) MarshalText() ([]byte, error) { return parties.Marshal(p) }

// UnmarshalText decodes a wire word, ignoring case.
func (p *Entity) UnmarshalText(b []byte) (err error) { *p, err = parties.Unmarshal(b); return err }

// ParseEntity parses an entity's wire word.
func ParseEntity(s string) (Entity, error) { return parties.Parse(s) }

// IsBelligerent reports whether p takes part in the hostilities: the armed
// actor, the host state or another party to the conflict. A de facto
// authority administers rather than fights, and is not one.
func (p Entity) IsBelligerent() bool {
	return p == EntityArmedActor || p == EntityHostState || p == EntityPartyToConflict
}

// Purpose is what a payment is for. The zero value means not stated. It is a
// plain value, safe for concurrent use.
type Purpose uint8

// Purposes of payments.
const (
	PurposeUnspecified Purpose = iota
	PurposeDialogueFee         // a fee for meeting or talking
	PurposeRansom              // the release of abducted people
	PurposeTax                 // a tax or levy the armed actor imposes
	PurposeToll                // passage through a checkpoint or territory
	PurposeGoods               // goods such as fuel or food
	PurposeService             // a service such as transport, storage or rent
	PurposeSalary              // wages of staff or casual workers
	PurposeOther               // anything else
)

var purposes = enum.New[Purpose]("redline", "purpose",
	"dialogue_fee", "ransom", "tax", "toll", "goods", "service", "salary", "other").
	WithLabels("a fee for dialogue", "ransom", "a tax", "a toll", "goods", "a service", "a salary", "another purpose")

// IsValid reports whether p is a named purpose.
func (p Purpose) IsValid() bool { return purposes.Valid(p) }

// String returns the wire word; it never panics.
func (p Purpose) String() string { return purposes.String(p) }

// Label returns the value in words, for people; String gives the wire word.
func (p Purpose) Label() string { return purposes.Label(p) }

// MarshalText encodes the purpose as its wire word.
func (p Purpose) MarshalText() ([]byte, error) { return purposes.Marshal(p) }

// UnmarshalText decodes a wire word, ignoring case.
func (p *Purpose) UnmarshalText(b []byte) (err error) { *p, err = purposes.Unmarshal(b); return err }

// ParsePurpose parses a purpose's wire word.
func ParsePurpose(s string) (Purpose, error) { return purposes.Parse(s) }

// Weapon is a weapon a restriction is about. The zero value means not stated.
// It is a plain value, safe for concurrent use.
type Weapon uint8

// Weapons.
const (
	WeaponUnspecified        Weapon = iota
	WeaponAntiPersonnelMines        // anti-personnel mines
	WeaponExplosiveDevices          // explosive devices in populated areas
	WeaponClusterMunitions          // cluster munitions
	WeaponOther                     // any other weapon
)

var weapons = enum.New[Weapon]("redline", "weapon",
	"anti_personnel_mines", "explosive_devices", "cluster_munitions", "other").
	WithLabels("anti-personnel mines", "explosive devices", "cluster munitions", "another weapon")

// IsValid reports whether w is a named weapon.
func (w Weapon) IsValid() bool { return weapons.Valid(w) }

// String returns the wire word; it never panics.
func (w Weapon) String() string { return weapons.String(w) }

// Label returns the value in words, for people; String gives the wire word.
func (w Weapon) Label() string { return weapons.Label(w) }

// MarshalText encodes the weapon as its wire word.
func (w Weapon) MarshalText() ([]byte, error) { return weapons.Marshal(w) }

// UnmarshalText decodes a wire word, ignoring case.
func (w *Weapon) UnmarshalText(b []byte) (err error) { *w, err = weapons.Unmarshal(b); return err }

// ParseWeapon parses a weapon's wire word.
func ParseWeapon(s string) (Weapon, error) { return weapons.Parse(s) }

// Measure is what a weapon restriction does. Step-by-step mine agreements
// go from restriction, marking and clearance of a zone to a full ban. The zero
// value means not stated. It is a plain value, safe for concurrent use.
type Measure uint8

// Measures, roughly from the least to the most complete.
const (
	MeasureUnspecified          Measure = iota
	MeasureRestriction                  // restrict use (not near schools, not in populated areas)
	MeasureMarking                      // mark mined areas and tell the population where they are
	MeasureMoratorium                   // suspend use
	MeasureClearance                    // clear a contaminated zone
	MeasureStockpileDestruction         // destroy stockpiles
	MeasureBan                          // renounce the weapon altogether
)

var measures = enum.New[Measure]("redline", "measure",
	"restriction", "marking", "moratorium", "clearance", "stockpile_destruction", "ban").
	WithLabels("restriction", "marking", "moratorium", "clearance", "stockpile destruction", "ban")

// IsValid reports whether m is a named measure.
func (m Measure) IsValid() bool { return measures.Valid(m) }

// String returns the wire word; it never panics.
func (m Measure) String() string { return measures.String(m) }

// Label returns the value in words, for people; String gives the wire word.
func (m Measure) Label() string { return measures.Label(m) }

// MarshalText encodes the measure as its wire word.
func (m Measure) MarshalText() ([]byte, error) { return measures.Marshal(m) }

// UnmarshalText decodes a wire word, ignoring case.
func (m *Measure) UnmarshalText(b []byte) (err error) { *m, err = measures.Unmarshal(b); return err }

// ParseMeasure parses a measure's wire word.
func ParseMeasure(s string) (Measure, error) { return measures.Parse(s) }

// Flag is a yes-or-no attribute that may be unstated. The zero value means
// not stated; in JSON a Flag is true or false (null when unstated), and as
// text it is "yes" or "no" (empty when unstated). It is a plain value, safe
// for concurrent use.
type Flag uint8

// Flag values.
const (
	FlagUnspecified Flag = iota
	FlagYes              // stated, and true
	FlagNo               // stated, and false
)

// flags is the text codec of Flag; it accepts the JSON words too.
var flags = enum.New[Flag]("redline", "flag", "yes", "no").
	WithLabels("yes", "no").
	WithAlias("true", FlagYes).WithAlias("false", FlagNo)

// FlagOf returns FlagYes for true and FlagNo for false.
func FlagOf(b bool) Flag {
	if b {
		return FlagYes
	}
	return FlagNo
}

// IsValid reports whether f is FlagYes or FlagNo.
func (f Flag) IsValid() bool { return f == FlagYes || f == FlagNo }

// String returns "yes", "no" or "unspecified"; it never panics.
func (f Flag) String() string {
	switch f {
	case FlagYes:
		return "yes"
	case FlagNo:
		return "no"
	case FlagUnspecified:
		return "unspecified"
	}
	return "flag(" + strconv.Itoa(int(f)) + ")"
}

// Label returns the value in words, for people; String gives the wire word.
func (f Flag) Label() string { return flags.Label(f) }

// MarshalText encodes the flag as "yes" or "no"; an unstated flag is empty.
func (f Flag) MarshalText() ([]byte, error) { return flags.Marshal(f) }

// UnmarshalText decodes "yes" or "no", or "true" or "false", ignoring case;
// the empty string decodes as unstated. JSON decoding uses UnmarshalJSON, not
// this.
func (f *Flag) UnmarshalText(b []byte) (err error) { *f, err = flags.Unmarshal(b); return err }

// ParseFlag parses a flag's wire word, "yes" or "no", or "true" or "false",
// ignoring case.
func ParseFlag(s string) (Flag, error) { return flags.Parse(s) }

// MarshalJSON encodes FlagYes as true and FlagNo as false; an unstated flag
// is null.
func (f Flag) MarshalJSON() ([]byte, error) {
	switch f {
	case FlagYes:
		return []byte("true"), nil
	case FlagNo:
		return []byte("false"), nil
	case FlagUnspecified:
		return []byte("null"), nil
	}
	return nil, &check.FieldError{Pkg: pkg, Reason: check.Invalid, Detail: "invalid flag " + strconv.Itoa(int(f))}
}

// UnmarshalJSON decodes true, false or null.
func (f *Flag) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case "true":
		*f = FlagYes
	case "false":
		*f = FlagNo
	case "null":
		*f = FlagUnspecified
	default:
		return &check.FieldError{Pkg: pkg, Reason: check.Type, Detail: "expected true, false or null"}
	}
	return nil
}

// Severity is how grave crossing a rule is. The zero value is invalid. It is
// a plain value, safe for concurrent use.
type Severity uint8

// Severities, from the least to the most grave.
const (
	SeverityUnspecified Severity = iota
	// SeverityTradeOff is an accepted compromise that needs a documented analysis of
	// options before agreeing: armed escorts by a party to the conflict, not
	// displaying the protective emblem, recruitment of 15–17 year-olds.
	SeverityTradeOff
	// SeverityBottomLine is a negotiator's least acceptable outcome in a scenario, set
	// inside the red lines by the team; crossing it calls for the mandator.
	SeverityBottomLine
	// SeverityInstitutional is the organisation's own red line; crossing it needs
	// approval at the rule's named level.
	SeverityInstitutional
	// SeverityAbsolute is never agreeable: the IHL minimums, such as no recruitment
	// or use of children under 15.
	SeverityAbsolute
)

var severities = enum.New[Severity]("redline", "severity", "trade_off", "bottom_line", "institutional", "absolute").
	WithLabels("trade-off", "bottom line", "institutional red line", "absolute red line")

// IsValid reports whether s is a named severity.
func (s Severity) IsValid() bool { return severities.Valid(s) }

// String returns the wire word; it never panics.
func (s Severity) String() string { return severities.String(s) }

// Label returns the severity in words ("institutional red line").
func (s Severity) Label() string { return severities.Label(s) }

// MarshalText encodes the severity as its wire word.
func (s Severity) MarshalText() ([]byte, error) { return severities.Marshal(s) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (s *Severity) UnmarshalText(b []byte) (err error) { *s, err = severities.Unmarshal(b); return err }

// ParseSeverity parses a severity's wire word or label, ignoring case.
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// Authority is an organisation's decision level: the level whose approval
// lets a negotiator cross an institutional red line. It is the same type as
// the assessment package's escalation level. The zero value means none. It
// is a plain value, safe for concurrent use.
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

var (
	_ encoding.TextMarshaler = Entity(0)
	_ encoding.TextMarshaler = Purpose(0)
	_ encoding.TextMarshaler = SharingPurpose(0)
	_ encoding.TextMarshaler = Undertaking(0)
	_ encoding.TextMarshaler = Information(0)
	_ encoding.TextMarshaler = Weapon(0)
	_ encoding.TextMarshaler = Measure(0)
	_ encoding.TextMarshaler = Severity(0)
	_ encoding.TextMarshaler = Flag(0)
	_ json.Marshaler         = Flag(0)
	_ json.Unmarshaler       = (*Flag)(nil)
)

// Information is what information shared with a party is about. The zero
// value means not stated. It is a plain value, safe for concurrent use.
type Information uint8

// Kinds of information shared. The first three go from the least to the
// most sensitive; InformationOwnConduct, added later, is aggregate figures
// of a particular kind.
const (
	InformationUnspecified Information = iota
	// InformationOperational is the organisation's own movements and plans,
	// such as a notification of a convoy's route and timing for
	// deconfliction — or, in a term by a party, that party's — nothing
	// about the people the organisation protects.
	InformationOperational
	// InformationAggregate is figures and trends about people — numbers
	// displaced, incidents by district — with nothing that singles out a
	// person or a community.
	InformationAggregate
	// InformationIdentifying is names, locations or details that single out
	// individuals or communities.
	InformationIdentifying
	// InformationOwnConduct is aggregate figures on the humanitarian
	// consequences of the recipient's own conduct — children recruited by
	// its units, civilians harmed in its operations — shared with it so
	// that it changes that conduct. The report found such evidence, given
	// in confidential dialogue, among what persuades armed actors; figures
	// that single out people or communities are InformationIdentifying
	// whatever they are about.
	InformationOwnConduct
)

var informations = enum.New[Information]("redline", "information", "operational", "aggregate", "identifying", "own_conduct").
	WithLabels("the organisation's own movements and plans", "aggregate figures about people", "details identifying individuals or communities",
		"aggregate figures on the consequences of the recipient's own conduct")

// IsValid reports whether i is a named kind of information.
func (i Information) IsValid() bool { return informations.Valid(i) }

// String returns the wire word; it never panics.
func (i Information) String() string { return informations.String(i) }

// Label returns the value in words, for people; String gives the wire word.
func (i Information) Label() string { return informations.Label(i) }

// MarshalText encodes the kind of information as its wire word.
func (i Information) MarshalText() ([]byte, error) { return informations.Marshal(i) }

// UnmarshalText decodes a wire word, ignoring case.
func (i *Information) UnmarshalText(b []byte) (err error) {
	*i, err = informations.Unmarshal(b)
	return err
}

// ParseInformation parses a kind of information's wire word.
func ParseInformation(s string) (Information, error) { return informations.Parse(s) }

// SharingPurpose is what information is shared for: the purpose an
// information-sharing term states, which the ICRC's Professional Standards
// for Protection Work ask of any sharing of personal data (ICRC-PSPW-2018).
// The zero value means not stated. It is a plain value, safe for
// concurrent use.
type SharingPurpose uint8

// Purposes of sharing information.
const (
	SharingPurposeUnspecified SharingPurpose = iota
	// SharingPurposeProtection is protection work for the persons the
	// information concerns: tracing families, referring people to services,
	// intervening with an authority on their case.
	SharingPurposeProtection
	// SharingPurposePersuasion is persuading the recipient to change its
	// own conduct, in confidential dialogue.
	SharingPurposePersuasion
	// SharingPurposeDeconfliction is notifying the organisation's movements
	// so that they are not attacked.
	SharingPurposeDeconfliction
	// SharingPurposeReporting is reporting to donors, partners or
	// coordination bodies.
	SharingPurposeReporting
	// SharingPurposeOther is any other purpose.
	SharingPurposeOther
)

var sharingPurposes = enum.New[SharingPurpose]("redline", "purpose of sharing",
	"protection", "persuasion", "deconfliction", "reporting", "other").
	WithLabels("protection of the persons concerned", "persuading the recipient to change its conduct",
		"deconfliction of the organisation's movements", "reporting to donors or partners", "another purpose")

// IsValid reports whether p is a named purpose of sharing.
func (p SharingPurpose) IsValid() bool { return sharingPurposes.Valid(p) }

// String returns the wire word; it never panics.
func (p SharingPurpose) String() string { return sharingPurposes.String(p) }

// Label returns the value in words, for people; String gives the wire word.
func (p SharingPurpose) Label() string { return sharingPurposes.Label(p) }

// MarshalText encodes the purpose of sharing as its wire word.
func (p SharingPurpose) MarshalText() ([]byte, error) { return sharingPurposes.Marshal(p) }

// UnmarshalText decodes a wire word, ignoring case.
func (p *SharingPurpose) UnmarshalText(b []byte) (err error) {
	*p, err = sharingPurposes.Unmarshal(b)
	return err
}

// ParseSharingPurpose parses a purpose of sharing's wire word.
func ParseSharingPurpose(s string) (SharingPurpose, error) { return sharingPurposes.Parse(s) }

// Undertaking is what the organisation undertakes about its own public
// statements in a term of kind [KindPublicStatements]. The zero value means
// not stated. It is a plain value, safe for concurrent use.
type Undertaking uint8

// Undertakings on public statements.
const (
	UndertakingUnspecified Undertaking = iota
	// UndertakingSilence is silence about the violations the organisation
	// sees, as the price of access or dialogue.
	UndertakingSilence
	// UndertakingLimits is limits short of silence on what the organisation
	// may say: topics it may not raise, statements the party reviews
	// before publication, notice it must give.
	UndertakingLimits
	// UndertakingNoLimits records that the organisation keeps the freedom
	// to speak: the term limits nothing it may say.
	UndertakingNoLimits
)

var undertakings = enum.New[Undertaking]("redline", "undertaking", "silence", "limits", "no_limits").
	WithLabels("silence about violations", "limits on what it may say", "no limit on what it may say")

// IsValid reports whether u is a named undertaking.
func (u Undertaking) IsValid() bool { return undertakings.Valid(u) }

// String returns the wire word; it never panics.
func (u Undertaking) String() string { return undertakings.String(u) }

// Label returns the value in words, for people; String gives the wire word.
func (u Undertaking) Label() string { return undertakings.Label(u) }

// MarshalText encodes the undertaking as its wire word.
func (u Undertaking) MarshalText() ([]byte, error) { return undertakings.Marshal(u) }

// UnmarshalText decodes a wire word, ignoring case.
func (u *Undertaking) UnmarshalText(b []byte) (err error) {
	*u, err = undertakings.Unmarshal(b)
	return err
}

// ParseUndertaking parses an undertaking's wire word.
func ParseUndertaking(s string) (Undertaking, error) { return undertakings.Parse(s) }
