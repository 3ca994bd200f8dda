package stakeholder

import (
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Role is what kind of actor of influence a stakeholder is, from the
// report's list. The zero value, RoleUnspecified, is invalid. A Role is a
// plain value, safe for concurrent use.
type Role uint8

// Roles of actors of influence.
const (
	RoleUnspecified        Role = iota
	RoleCommunityLeader         // community leaders and elders
	RoleReligiousAuthority      // religious authorities and councils
	RoleScholar                 // scholars
	RolePoliticalParty          // political parties
	RoleParliamentarian         // parliamentarians
	RoleCivilSociety            // civil-society organisations
	RoleHumanRightsOrg          // human-rights organisations
	RoleMedia                   // media
	RoleDiaspora                // the diaspora
	RoleFormerCombatant         // former combatants
	RoleHostState               // the host state
	RoleDonorState              // donor states
	RoleSupportiveState         // other states supporting a party, e.g. with troops
	RoleArmedGroup              // other armed groups
	RoleHumanitarianAgency      // other humanitarian agencies
	RoleInsider                 // a member, faction or office of the target itself
	RoleAgency                  // the organisation itself
)

var roles = enum.New[Role]("stakeholder", "role",
	"community_leader", "religious_authority", "scholar", "political_party", "parliamentarian",
	"civil_society", "human_rights_org", "media", "diaspora", "former_combatant", "host_state",
	"donor_state", "supportive_state", "armed_group", "humanitarian_agency", "insider", "agency").
	WithLabels("community leader", "religious authority", "scholar", "political party", "parliamentarian",
		"civil society", "human-rights organisation", "media", "diaspora", "former combatant", "host state",
		"donor state", "supportive state", "armed group", "humanitarian agency", "insider", "agency")

// IsValid reports whether r is a named role.
func (r Role) IsValid() bool { return roles.Valid(r) }

// String returns the wire word; it never panics.
func (r Role) String() string { return roles.String(r) }

// Label returns the role in words.
func (r Role) Label() string { return roles.Label(r) }

// MarshalText encodes the role as its wire word.
func (r Role) MarshalText() ([]byte, error) { return roles.Marshal(r) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (r *Role) UnmarshalText(b []byte) (err error) { *r, err = roles.Unmarshal(b); return err }

// ParseRole parses a role's wire word or label, ignoring case.
func ParseRole(s string) (Role, error) { return roles.Parse(s) }

// Confidence is how sure an estimate is. The zero value,
// ConfidenceUnspecified, means not stated: it is not valid, and
// [Dossier.Validate] requires a confidence. A Confidence is a plain value,
// safe for concurrent use.
type Confidence uint8

// Confidence levels.
const (
	ConfidenceUnspecified Confidence = iota // not stated; invalid
	ConfidenceLow                           // low confidence
	ConfidenceMedium                        // medium confidence
	ConfidenceHigh                          // high confidence
)

var confidences = enum.New[Confidence]("stakeholder", "confidence", "low", "medium", "high").
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

// Quadrant is where a stakeholder falls on the map of influence over the
// target and position towards the protection objective (CCHN Tool 12). The
// zero value, QuadrantUnspecified, is invalid. A Quadrant is a plain value,
// safe for concurrent use.
type Quadrant uint8

// Quadrants of the stakeholder map.
const (
	QuadrantUnspecified    Quadrant = iota
	QuadrantAllies                  // high influence, supportive or neutral
	QuadrantOpponents               // high influence, opposed
	QuadrantSupporters              // low influence, supportive or neutral
	QuadrantMinorOpponents          // low influence, opposed
)

var quadrants = enum.New[Quadrant]("stakeholder", "quadrant", "allies", "opponents", "supporters", "minor_opponents").
	WithLabels("high influence, supportive", "high influence, opposed", "low influence, supportive", "low influence, opposed")

// IsValid reports whether q is a named quadrant.
func (q Quadrant) IsValid() bool { return quadrants.Valid(q) }

// String returns the wire word; it never panics.
func (q Quadrant) String() string { return quadrants.String(q) }

// Label returns the quadrant in words.
func (q Quadrant) Label() string { return quadrants.Label(q) }

// MarshalText encodes the quadrant as its wire word.
func (q Quadrant) MarshalText() ([]byte, error) { return quadrants.Marshal(q) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (q *Quadrant) UnmarshalText(b []byte) (err error) { *q, err = quadrants.Unmarshal(b); return err }

// ParseQuadrant parses a quadrant's wire word or label, ignoring case.
func ParseQuadrant(s string) (Quadrant, error) { return quadrants.Parse(s) }

// Action is what to do about a stakeholder, from its quadrant. The zero
// value, ActionUnspecified, is invalid. An Action is a plain value, safe for
// concurrent use.
type Action uint8

// Actions.
const (
	ActionUnspecified Action = iota
	ActionMobilise           // influential and supportive: enlist them to carry the message
	ActionNeutralise         // influential and opposed: engage them to shift, or limit their pull
	ActionWatch              // little influence: keep informed and watch for change
)

var actions = enum.New[Action]("stakeholder", "action", "mobilise", "neutralise", "watch").
	WithLabels("mobilise", "neutralise", "watch").
	WithAlias("mobilize", ActionMobilise).WithAlias("neutralize", ActionNeutralise)

// IsValid reports whether a is a named action.
func (a Action) IsValid() bool { return actions.Valid(a) }

// String returns the wire word; it never panics.
func (a Action) String() string { return actions.String(a) }

// Label returns the value in words, for people; String gives the wire word.
func (a Action) Label() string { return actions.Label(a) }

// MarshalText encodes the action as its wire word.
func (a Action) MarshalText() ([]byte, error) { return actions.Marshal(a) }

// UnmarshalText decodes a wire word, ignoring case; American spellings are accepted.
func (a *Action) UnmarshalText(b []byte) (err error) { *a, err = actions.Unmarshal(b); return err }

// ParseAction parses an action's wire word, ignoring case; American spellings
// are accepted.
func ParseAction(s string) (Action, error) { return actions.Parse(s) }

// Tier is a stakeholder's salience in the model of Mitchell, Agle and Wood
// (1997): how many of power, legitimacy and urgency it has. The zero value,
// TierUnspecified, means salience was not assessed; it is not valid. A Tier
// is a plain value, safe for concurrent use.
type Tier uint8

// Salience tiers.
const (
	TierUnspecified Tier = iota
	TierNone             // none of the three attributes
	TierLatent           // one attribute: dormant, discretionary or demanding
	TierExpectant        // two: dominant, dangerous or dependent
	TierDefinitive       // all three
)

var tiers = enum.New[Tier]("stakeholder", "tier", "none", "latent", "expectant", "definitive").
	WithLabels("none", "latent", "expectant", "definitive")

// IsValid reports whether t is a named tier.
func (t Tier) IsValid() bool { return tiers.Valid(t) }

// String returns the wire word; it never panics.
func (t Tier) String() string { return tiers.String(t) }

// Label returns the value in words, for people; String gives the wire word.
func (t Tier) Label() string { return tiers.Label(t) }

// MarshalText encodes the tier as its wire word.
func (t Tier) MarshalText() ([]byte, error) { return tiers.Marshal(t) }

// UnmarshalText decodes a wire word, ignoring case.
func (t *Tier) UnmarshalText(b []byte) (err error) { *t, err = tiers.Unmarshal(b); return err }

// ParseTier parses a tier's wire word, ignoring case.
func ParseTier(s string) (Tier, error) { return tiers.Parse(s) }

// Channel is how a contact took place. The zero value, ChannelUnspecified,
// is invalid. A Channel is a plain value, safe for concurrent use.
type Channel uint8

// Contact channels.
const (
	ChannelUnspecified  Channel = iota
	ChannelInPerson             // a meeting in person
	ChannelPhone                // a call
	ChannelMessage              // a written message
	ChannelVideo                // a video call
	ChannelIntermediary         // through an intermediary
)

var channels = enum.New[Channel]("stakeholder", "channel", "in_person", "phone", "message", "video", "intermediary").
	WithLabels("in person", "phone", "message", "video", "through an intermediary")

// IsValid reports whether c is a named channel.
func (c Channel) IsValid() bool { return channels.Valid(c) }

// String returns the wire word; it never panics.
func (c Channel) String() string { return channels.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c Channel) Label() string { return channels.Label(c) }

// MarshalText encodes the channel as its wire word.
func (c Channel) MarshalText() ([]byte, error) { return channels.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case.
func (c *Channel) UnmarshalText(b []byte) (err error) { *c, err = channels.Unmarshal(b); return err }

// ParseChannel parses a channel's wire word, ignoring case.
func ParseChannel(s string) (Channel, error) { return channels.Parse(s) }

// ContactOutcome is how a contact went. The zero value, OutcomeUnspecified, is
// invalid. An ContactOutcome is a plain value, safe for concurrent use.
type ContactOutcome uint8

// Contact outcomes.
const (
	OutcomeUnspecified  ContactOutcome = iota
	OutcomeConstructive                // progress, or a commitment
	OutcomeNeutral                     // kept the relationship, no progress
	OutcomeDifficult                   // tension, a refusal or a threat
	OutcomeNoResponse                  // the interlocutor did not respond or come
)

var outcomes = enum.New[ContactOutcome]("stakeholder", "outcome", "constructive", "neutral", "difficult", "no_response").
	WithLabels("constructive", "neutral", "difficult", "no response")

// IsValid reports whether o is a named outcome.
func (o ContactOutcome) IsValid() bool { return outcomes.Valid(o) }

// String returns the wire word; it never panics.
func (o ContactOutcome) String() string { return outcomes.String(o) }

// Label returns the value in words, for people; String gives the wire word.
func (o ContactOutcome) Label() string { return outcomes.Label(o) }

// MarshalText encodes the outcome as its wire word.
func (o ContactOutcome) MarshalText() ([]byte, error) { return outcomes.Marshal(o) }

// UnmarshalText decodes a wire word, ignoring case.
func (o *ContactOutcome) UnmarshalText(b []byte) (err error) {
	*o, err = outcomes.Unmarshal(b)
	return err
}

// ParseContactOutcome parses an outcome's wire word, ignoring case.
func ParseContactOutcome(s string) (ContactOutcome, error) { return outcomes.Parse(s) }
