package agreement

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/idindex"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/risk"
)

// Instrument says what kind of instrument an agreement is and what is
// particular to it: the Deed for a Deed of Commitment; for a UN Action Plan,
// the listed party (a party of the agreement), the grave violations the plan
// addresses, and the plan's own activities beyond the standard ones.
//
// An Action Plan addresses one violation or several (a joint plan); each
// must be a listing trigger the party is listed for, but the party may be
// listed for more than its plan addresses — those violations remain listed
// whatever the plan achieves ([Delisting.RemainsListed]).
//
// The zero value is invalid: it names no kind. It is a plain value, safe for
// concurrent reads.
type Instrument struct {
	Kind          InstrumentKind    `json:"kind"`
	Deed          Deed              `json:"deed,omitempty"`
	ListedParty   uuid.UUID         `json:"listed_party,omitzero"`
	Violations    []actor.Violation `json:"violations,omitempty"`
	OwnActivities []OwnActivity     `json:"own_activities,omitempty"`
}

// OwnActivity is an activity an agency adds to an Action Plan beyond the
// standard ones of [StandardActivities]: Key, a snake_case word unique in
// the plan and different from every standard activity's word, by which
// commitments refer to it (Commitment.OwnActivity); Violation, the violation
// it addresses, one the plan names; and Label, its name in words. Label
// names a kind of activity ("radio messages in the camps"), not a place or a
// person: it appears in reports.
//
// The zero value is not a valid activity: it has no key, violation or label.
// It is a plain value, safe for concurrent use.
type OwnActivity struct {
	Key       string          `json:"key"`
	Violation actor.Violation `json:"violation"`
	Label     string          `json:"label"`
}

// Party is a party to an agreement: the armed actor, one of its factions or
// levels, the organisation, the host state, the UN, Geneva Call, a custodian
// or another third party. Actor is the armed actor's ID (actor.Actor.ID) for
// the armed actor, or the faction's ID for a faction; Level narrows a party
// to a decision-making level of the actor. Name names an organisation, not a
// person. The zero value is not a valid party: it has no ID, role or name.
// It is a plain value, safe for concurrent use.
type Party struct {
	ID    uuid.UUID   `json:"id"`
	Role  Role        `json:"role"`
	Name  string      `json:"name"`
	Actor uuid.UUID   `json:"actor,omitzero"`
	Level actor.Level `json:"level,omitempty"`
}

// Signatory is a person who signed for a party, in a capacity, on a date.
// Name is sensitive: it never appears in String, fmt, slog or errors, and
// Redact replaces it. The zero value is not a valid signatory: it names no
// party or capacity. It is a plain value, safe for concurrent use.
type Signatory struct {
	Party    uuid.UUID `json:"party"`
	Capacity Capacity  `json:"capacity"`
	Name     string    `json:"name,omitempty"`
	Date     time.Time `json:"date,omitzero"`
}

// AdvanceRule says when a phase is complete enough to move to the next: a
// share (0 to 1] of its commitments at least at Level, and, if Verified,
// verified at that level. The zero value is invalid. It is a plain value,
// safe for concurrent use.
type AdvanceRule struct {
	Level    Implementation `json:"level"`
	Share    float64        `json:"share"`
	Verified bool           `json:"verified,omitempty"`
}

// Phase is a step of a step-by-step agreement: interim measures before a
// full commitment — restrict mine use, inform the population, clear a zone,
// then the full ban. After lists the phases that must be complete first.
// The zero value is not a valid phase: it has no ID, name or advance rule.
// It is a plain value, safe for concurrent reads.
type Phase struct {
	ID      uuid.UUID   `json:"id"`
	Name    string      `json:"name"`
	After   []uuid.UUID `json:"after,omitempty"`
	Advance AdvanceRule `json:"advance"`
}

// Commitment is one term agreed: what (Text), by whom (By, a party), by when
// (Due), in which phase, addressing which protection risk, a negative or a
// positive obligation, how it is verified, and — for an Action Plan — which
// grave violation it addresses (required: delisting is judged per violation)
// and which standard activity against it (Activity) or activity of the
// plan's own (OwnActivity, a key of Instrument.OwnActivities), if any. Term,
// when its kind is set, is the commitment as a red-line term, so that a
// draft can be checked before signature.
//
// Text is sensitive (it may name places, such as a mined area): it never
// appears in String, fmt, slog or errors, and Redact replaces it.
//
// The zero value is not a valid commitment: it has no ID, text, party or due
// date. It is a plain value, safe for concurrent reads.
type Commitment struct {
	ID           uuid.UUID       `json:"id"`
	Text         string          `json:"text"`
	By           uuid.UUID       `json:"by"`
	Due          time.Time       `json:"due"`
	Phase        uuid.UUID       `json:"phase,omitzero"`
	Risk         risk.Risk       `json:"risk"`
	Theme        Theme           `json:"theme,omitempty"`
	Obligation   Duty            `json:"obligation"`
	Verification Verification    `json:"verification"`
	Violation    actor.Violation `json:"violation,omitempty"`
	Activity     Activity        `json:"activity,omitempty"`
	OwnActivity  string          `json:"own_activity,omitempty"`
	Term         redline.Term    `json:"term,omitzero"`
}

// Event is a monitoring event about one commitment. Events are appended,
// never edited ([Append]); a commitment's state is derived from them. Level
// is, for a progress event, the implementation reached, if the monitor says;
// Source is who reports. Note is sensitive: it never appears in String, fmt,
// slog or errors, and Redact clears it. The zero value is not a valid event:
// it names no commitment, time or kind. It is a plain value, safe for
// concurrent use.
type Event struct {
	Commitment uuid.UUID      `json:"commitment"`
	At         time.Time      `json:"at"`
	Kind       EventKind      `json:"kind"`
	Level      Implementation `json:"level,omitempty"`
	Source     Verification   `json:"source,omitempty"`
	Note       string         `json:"note,omitempty"`
}

// Agreement records what was agreed with an armed actor and what has
// happened since: the instrument, the parties and signatories, the phases,
// the commitments and the monitoring events. Signed is the date of
// signature; the zero time marks a draft, which may have no events.
//
// An Agreement is a plain value that round-trips through encoding/json; no
// function of this package modifies one. It holds signatories' names,
// commitments' texts and events' notes: String, fmt, slog and errors show
// only IDs and counts, and Redact gives a copy safe to share. The zero value
// is not a valid agreement. Since no function of this package modifies one,
// an Agreement is safe for concurrent use while no one else modifies it.
type Agreement struct {
	ID          uuid.UUID    `json:"id"`
	Title       string       `json:"title"`
	Actor       uuid.UUID    `json:"actor"` // the armed actor (actor.Actor.ID)
	Instrument  Instrument   `json:"instrument"`
	Signed      time.Time    `json:"signed,omitzero"`
	Parties     []Party      `json:"parties,omitempty"`
	Signatories []Signatory  `json:"signatories,omitempty"`
	Phases      []Phase      `json:"phases,omitempty"`
	Commitments []Commitment `json:"commitments,omitempty"`
	Events      []Event      `json:"events,omitempty"`
	// Violations are the grave violations by the listed party that the UN
	// verified, and Monitoring the statements that periods were monitored:
	// the facts an Action Plan's delisting rests on, apart from the
	// commitments.
	Violations []VerifiedViolation `json:"violations,omitempty"`
	Monitoring []Monitoring        `json:"monitoring,omitempty"`
	// Upgraded says, for a record read from an older schema, what that
	// schema did not record and is therefore unknown; empty otherwise.
	Upgraded string `json:"upgraded,omitempty"`
}

// Bounds enforced by Validate.
const (
	MaxNameLen = 256  // bytes in a title, a party's or a signatory's name, a phase name
	MaxTextLen = 4096 // bytes in a commitment's text or an event's note
	MaxKeyLen  = 64   // bytes in the key of a plan's own activity
)

// String identifies the agreement without anything sensitive.
func (a Agreement) String() string {
	return a.Instrument.Kind.Label() + " " + a.ID.String()[:8] + ": " + strconv.Itoa(len(a.Commitments)) + " commitments, " +
		strconv.Itoa(len(a.Events)) + " events"
}

// GoString is String.
func (a Agreement) GoString() string { return a.String() }

// Format writes String for every verb.
func (a Agreement) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(a.String())) }

// LogValue logs IDs and counts only.
func (a Agreement) LogValue() slog.Value {
	return slog.GroupValue(slog.String("id", a.ID.String()), slog.String("instrument", a.Instrument.Kind.String()),
		slog.Int("commitments", len(a.Commitments)), slog.Int("events", len(a.Events)))
}

// String identifies the commitment without its text.
func (c Commitment) String() string {
	return "commitment " + c.ID.String()[:8] + " (" + c.Obligation.Label() + ", " + c.Risk.Label() + ", due " + c.Due.UTC().Format(time.DateOnly) + ")"
}

// GoString is String.
func (c Commitment) GoString() string { return c.String() }

// Format writes String for every verb.
func (c Commitment) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(c.String())) }

// LogValue logs the commitment without its text.
func (c Commitment) LogValue() slog.Value { return slog.StringValue(c.String()) }

// String describes the signatory without the name.
func (s Signatory) String() string {
	return "signatory for party " + s.Party.String()[:8] + " (" + s.Capacity.Label() + ")"
}

// GoString is String.
func (s Signatory) GoString() string { return s.String() }

// Format writes String for every verb.
func (s Signatory) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(s.String())) }

// LogValue logs the signatory without the name.
func (s Signatory) LogValue() slog.Value { return slog.StringValue(s.String()) }

// String describes the event without its note.
func (e Event) String() string {
	return e.Kind.Label() + ": commitment " + e.Commitment.String()[:8] + " on " + e.At.UTC().Format(time.DateOnly)
}

// GoString is String.
func (e Event) GoString() string { return e.String() }

// Format writes String for every verb.
func (e Event) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(e.String())) }

// LogValue logs the event without its note.
func (e Event) LogValue() slog.Value { return slog.StringValue(e.String()) }

// Redacted replaces a signatory's name and a commitment's text when an
// agreement is redacted.
const Redacted = "[redacted]"

// Redact returns a deep copy safe to share: signatories' names and
// commitments' texts replaced by [Redacted] (so the copy of a valid
// agreement still validates), events' notes cleared.
func (a Agreement) Redact() Agreement {
	out := a
	out.Instrument.Violations = slices.Clone(a.Instrument.Violations)
	out.Instrument.OwnActivities = slices.Clone(a.Instrument.OwnActivities)
	out.Parties = slices.Clone(a.Parties)
	out.Signatories = slices.Clone(a.Signatories)
	for i := range out.Signatories {
		if strings.TrimSpace(out.Signatories[i].Name) != "" {
			out.Signatories[i].Name = Redacted
		}
	}
	out.Phases = slices.Clone(a.Phases)
	for i := range out.Phases {
		out.Phases[i].After = slices.Clone(a.Phases[i].After)
	}
	out.Commitments = slices.Clone(a.Commitments)
	for i := range out.Commitments {
		out.Commitments[i].Text = Redacted
		if x := out.Commitments[i].Term.Extra; x != nil {
			out.Commitments[i].Term.Extra = make(map[string]redline.Value, len(x))
			for k, v := range x {
				out.Commitments[i].Term.Extra[k] = v
			}
		}
	}
	out.Events = slices.Clone(a.Events)
	for i := range out.Events {
		out.Events[i].Note = ""
	}
	out.Violations = slices.Clone(a.Violations)
	for i := range out.Violations {
		out.Violations[i].Note = ""
	}
	out.Monitoring = slices.Clone(a.Monitoring)
	for i := range out.Monitoring {
		out.Monitoring[i].Violations = slices.Clone(a.Monitoring[i].Violations)
	}
	return out
}

// Commitment returns the commitment with ID id, and whether the agreement
// has one: the first with it, as IDs are unique in a valid agreement. It
// scans the commitments; to look many up, index them once.
func (a Agreement) Commitment(id uuid.UUID) (Commitment, bool) {
	for i := range a.Commitments {
		if a.Commitments[i].ID == id {
			return a.Commitments[i], true
		}
	}
	return Commitment{}, false
}

// Party returns the party with ID id, and whether the agreement has one:
// the first with it, as IDs are unique in a valid agreement.
func (a Agreement) Party(id uuid.UUID) (Party, bool) {
	for i := range a.Parties {
		if a.Parties[i].ID == id {
			return a.Parties[i], true
		}
	}
	return Party{}, false
}

// Phase returns the phase with ID id, and whether the agreement has one:
// the first with it, as IDs are unique in a valid agreement.
func (a Agreement) Phase(id uuid.UUID) (Phase, bool) {
	for i := range a.Phases {
		if a.Phases[i].ID == id {
			return a.Phases[i], true
		}
	}
	return Phase{}, false
}

// Validate reports every problem at once, each a *FieldError with its JSON
// path and a detail that repeats no name or text. Beyond types and ranges it
// enforces the report's rule that terms are written down with roles,
// responsibilities and timelines: an agreement needs commitments, and each
// commitment a responsible party and a due date. Phases must not wait on
// each other in a cycle; events must name a commitment, come in time order,
// and not precede the signature (a draft has none).
func (a Agreement) Validate() error {
	return a.validate(nil)
}

// validate checks the agreement; with a sink, it also derives the
// commitments' states in the same pass over the events (see stateSink).
// The sink's states are meaningless if validate returns an error.
func (a *Agreement) validate(sink *stateSink) error {
	return a.check(sink, true)
}

// check is validate; quick says whether a commitment may be accepted by the
// quick look of plainCommitments and an event by the fast path of
// validateEvents, which the tests turn off to compare.
func (a *Agreement) check(sink *stateSink, quick bool) error {
	c := check.Errors{Pkg: pkg}
	if a.ID == uuid.Nil {
		c.Add("id", check.Required, "an agreement needs an ID")
	}
	c.Text("title", a.Title, MaxNameLen, true)
	if a.Actor == uuid.Nil {
		c.Add("actor", check.Required, "the armed actor's ID")
	}
	timeAt(&c, func() string { return "signed" }, a.Signed)
	var parties idMap[Role] // a party's role, or at least 1 (an invalid role is reported below)
	for i, p := range a.Parties {
		pp := check.Index("parties", i)
		_, dup := parties.get(p.ID)
		switch {
		case p.ID == uuid.Nil:
			c.Add(pp+".id", check.Required, "a party needs an ID")
		case dup:
			c.Add(pp+".id", check.Duplicate, "party listed twice")
		default:
			parties.set(p.ID, max(p.Role, 1))
		}
		c.Enum(pp+".role", p.Role.IsValid(), p.Role == 0, true, "")
		c.Text(pp+".name", p.Name, MaxNameLen, true)
		c.Enum(pp+".level", p.Level.IsValid(), p.Level == 0, false, "")
	}
	armed := false
	for _, p := range a.Parties {
		armed = armed || p.Role.IsArmedActor()
	}
	if !armed {
		c.Add("parties", check.Required, "an agreement binds the armed actor or one of its factions")
	}
	own := a.validateInstrument(&c, &parties)
	for i, s := range a.Signatories {
		sp := check.Index("signatories", i)
		if _, ok := parties.get(s.Party); !ok {
			c.Add(sp+".party", check.Reference, "no party has this ID")
		}
		c.Enum(sp+".capacity", s.Capacity.IsValid(), s.Capacity == 0, true, "")
		timeAt(&c, func() string { return sp + ".date" }, s.Date)
		c.Text(sp+".name", s.Name, MaxNameLen, false)
	}
	phases := a.validatePhases(&c)
	if len(a.Commitments) == 0 {
		c.Add("commitments", check.Required, "terms are written down as commitments with roles, responsibilities and timelines")
	}
	ids := make([]uuid.UUID, len(a.Commitments))
	for i := range a.Commitments {
		ids[i] = a.Commitments[i].ID
	}
	var dups map[int]bool
	commitments := idindex.New(ids, func(i int) {
		if dups == nil {
			dups = map[int]bool{}
		}
		dups[i] = true
	})
	plain := newPlainCommitments(&a.Instrument, &parties, &phases)
	for i := range a.Commitments {
		cm := &a.Commitments[i]
		if quick && (dups == nil || !dups[i]) && plain.valid(cm) {
			continue
		}
		at := func(name string) func() string { return field("commitments", i, name) }
		if cm.ID == uuid.Nil {
			c.Add(at("id")(), check.Required, "a commitment needs an ID")
		} else if dups[i] {
			c.Add(at("id")(), check.Duplicate, "commitment listed twice")
		}
		c.TextAt(at("text"), cm.Text, MaxTextLen, true)
		switch {
		case cm.By == uuid.Nil:
			c.Add(at("by")(), check.Required, "a commitment names who must act")
		case !has(&parties, cm.By):
			c.Add(at("by")(), check.Reference, "no party has this ID")
		}
		if cm.Due.IsZero() {
			c.Add(at("due")(), check.Required, "a commitment has a timeline: when it is due")
		}
		if cm.Phase != uuid.Nil && !has(&phases, cm.Phase) {
			c.Add(at("phase")(), check.Reference, "no phase has this ID")
		}
		c.EnumAt(at("risk"), cm.Risk.IsValid(), cm.Risk == 0, true, "")
		c.EnumAt(at("theme"), cm.Theme.IsValid(), cm.Theme == 0, false, "")
		c.EnumAt(at("obligation"), cm.Obligation.IsValid(), cm.Obligation == 0, true, "")
		c.EnumAt(at("verification"), cm.Verification.IsValid(), cm.Verification == 0, true, "")
		a.validateAddresses(&c, i, own)
		if !cm.Term.IsZero() {
			c.AddErr(at("term")(), cm.Term.Validate()) // a term with attributes but no kind is refused too
		}
		timeAt(&c, at("due"), cm.Due)
	}
	if quick {
		a.validateEvents(&c, commitments, sink)
	} else {
		a.validateEventsFull(&c, commitments)
	}
	if len(a.Violations)+len(a.Monitoring) > 0 {
		a.checkViolations(&c)
	}
	c.Text("upgraded", a.Upgraded, MaxTextLen, false)
	return c.Err()
}

// plainCommitments takes a quick look at commitments, to accept the plain
// ones without the field-by-field checks of validate. A commitment is plain
// when its ID is set, its text is printable ASCII, its party and phase are
// known, its due date falls well within the years a record can hold, its
// enumerations are known, it has no red-line term and no activity of the
// plan's own, and it addresses what its instrument allows: nothing on an
// instrument other than an Action Plan; on an Action Plan, a violation the
// plan names and no activity or a standard one against it. Whether its ID
// is unique is left to the caller. It never accepts a commitment that the
// full checks would find anything wrong with; what it does not accept, the
// full checks look at.
type plainCommitments struct {
	parties *idMap[Role]
	phases  *idMap[bool]
	// addresses holds, by violation, the activities a plain commitment
	// may name against it, as bits (bit 0: none); no bit for a violation
	// the commitment may not address.
	addresses [8]uint32
	// lastBy is the last party found, or the nil ID: commitments often
	// name the same party as the one before.
	lastBy uuid.UUID
}

// newPlainCommitments prepares the quick look at the commitments of an
// agreement with instrument in, parties and phases.
func newPlainCommitments(in *Instrument, parties *idMap[Role], phases *idMap[bool]) plainCommitments {
	p := plainCommitments{parties: parties, phases: phases}
	if in.Kind != InstrumentActionPlan {
		p.addresses[0] = 1 // no violation, no activity
		return p
	}
	for _, v := range in.Violations {
		if !v.IsValid() || int(v) >= len(p.addresses) {
			continue
		}
		p.addresses[v] = 1
		for _, x := range StandardActivities(v) {
			p.addresses[v] |= 1 << x
		}
	}
	return p
}

// valid reports whether cm is plainly valid, its ID's uniqueness aside.
func (p *plainCommitments) valid(cm *Commitment) bool {
	if cm.ID == uuid.Nil || !check.PlainText(cm.Text, MaxTextLen) || cm.By == uuid.Nil {
		return false
	}
	if s := cm.Due.Unix(); s <= safeFromSec || s >= safeToSec {
		return false
	}
	if !cm.Risk.IsValid() || cm.Theme != 0 && !cm.Theme.IsValid() || !cm.Obligation.IsValid() || !cm.Verification.IsValid() {
		return false
	}
	if cm.OwnActivity != "" || int(cm.Violation) >= len(p.addresses) || cm.Activity >= 32 || p.addresses[cm.Violation]>>cm.Activity&1 == 0 {
		return false
	}
	if cm.By != p.lastBy {
		if !has(p.parties, cm.By) {
			return false
		}
		p.lastBy = cm.By
	}
	if cm.Phase != uuid.Nil && !has(p.phases, cm.Phase) {
		return false
	}
	return cm.Term.IsZero()
}

// stateSink receives each event of a commitment as validation reads it, to
// derive the commitments' states at a time in the same pass (FollowUp).
// Events after at are not applied.
type stateSink struct {
	at     time.Time
	states []tracked
}

func (s *stateSink) apply(k, i int, e *Event) { s.states[k].apply(e.Kind, e.Level, int32(i+1)) }

// listed returns the role of party id, or 0.
func listed(parties *idMap[Role], id uuid.UUID) Role {
	r, _ := parties.get(id)
	return r
}

// has reports whether x holds id.
func has[V any](x *idMap[V], id uuid.UUID) bool {
	_, ok := x.get(id)
	return ok
}

// validateInstrument checks the instrument and returns, for an Action
// Plan, the violation each of its own activities addresses, by key.
func (a *Agreement) validateInstrument(c *check.Errors, parties *idMap[Role]) map[string]actor.Violation {
	in := a.Instrument
	c.Enum("instrument.kind", in.Kind.IsValid(), in.Kind == 0, true, "")
	switch {
	case in.Kind == InstrumentDeedOfCommitment && in.Deed == 0:
		c.Add("instrument.deed", check.Required, "a Deed of Commitment names which of the five Deeds")
	case in.Kind != InstrumentDeedOfCommitment && in.Deed != 0:
		c.Add("instrument.deed", check.Conflict, "only a Deed of Commitment names a Deed")
	case in.Deed != 0 && !in.Deed.IsValid():
		c.Add("instrument.deed", check.Unknown, "unknown Deed")
	}
	if in.Kind != InstrumentActionPlan {
		if in.ListedParty != uuid.Nil || len(in.Violations) > 0 || len(in.OwnActivities) > 0 {
			c.Add("instrument", check.Conflict, "only an Action Plan has a listed party, violations and activities")
		}
		return nil
	}
	switch {
	case in.ListedParty == uuid.Nil:
		c.Add("instrument.listed_party", check.Required, "an Action Plan is made with a listed party")
	case !listed(parties, in.ListedParty).IsArmedActor() && listed(parties, in.ListedParty) != RoleHostState:
		c.Add("instrument.listed_party", check.Reference, "the listed party must be a party of the agreement: the armed actor, a faction, or state forces")
	}
	if len(in.Violations) == 0 {
		c.Add("instrument.violations", check.Required, "an Action Plan names the violations it addresses, each one the party is listed for")
	}
	for i, v := range in.Violations {
		p := check.Index("instrument.violations", i)
		switch {
		case !v.IsValid():
			c.Add(p, check.Unknown, "unknown grave violation")
		case v.TriggerYear() == 0:
			c.Add(p, check.Invalid, v.String()+" is monitored but is not a listing trigger: no party is listed, or delisted, for it")
		case slices.Index(in.Violations, v) < i:
			c.Add(p, check.Duplicate, v.String()+" named twice")
		}
	}
	own := make(map[string]actor.Violation, len(in.OwnActivities))
	for i, o := range in.OwnActivities {
		p := check.Index("instrument.own_activities", i)
		switch _, err := ParseActivity(o.Key); {
		case o.Key == "":
			c.Add(p+".key", check.Required, "the word commitments refer to the activity by")
		case !isWord(o.Key):
			c.Add(p+".key", check.Invalid, "a snake_case word: lower-case letters, digits and underscores, at most "+strconv.Itoa(MaxKeyLen)+" bytes")
		case err == nil:
			c.Add(p+".key", check.Conflict, "the word of a standard activity: refer to it as the commitment's activity")
		default:
			if _, dup := own[o.Key]; dup {
				c.Add(p+".key", check.Duplicate, "key declared twice")
			}
			own[o.Key] = o.Violation
		}
		switch {
		case o.Violation == 0:
			c.Add(p+".violation", check.Required, "the violation the activity addresses")
		case !slices.Contains(in.Violations, o.Violation):
			c.Add(p+".violation", check.Conflict, "the plan does not name this violation")
		}
		c.Text(p+".label", o.Label, MaxNameLen, true)
	}
	return own
}

// validateAddresses checks what a commitment addresses: on an Action Plan, a
// violation the plan names, and a standard activity against it or one of the
// plan's own; on any other instrument, none of these.
func (a *Agreement) validateAddresses(c *check.Errors, i int, own map[string]actor.Violation) {
	in, cm := &a.Instrument, &a.Commitments[i]
	at := func(name string) func() string { return field("commitments", i, name) }
	c.EnumAt(at("activity"), cm.Activity.IsValid(), cm.Activity == 0, false, "")
	c.EnumAt(at("violation"), cm.Violation.IsValid(), cm.Violation == 0, false, "")
	if in.Kind != InstrumentActionPlan {
		if cm.Violation != 0 || cm.Activity != 0 || cm.OwnActivity != "" {
			c.Add(at("violation")(), check.Conflict, "grave violations and activities belong to Action Plans")
		}
		return
	}
	switch {
	case cm.Violation == 0:
		c.Add(at("violation")(), check.Required, "an Action Plan commitment says which violation it addresses")
	case cm.Violation.IsValid() && len(in.Violations) > 0 && !slices.Contains(in.Violations, cm.Violation):
		c.Add(at("violation")(), check.Conflict, "the plan does not name this violation")
	}
	switch {
	case cm.Activity != 0 && cm.OwnActivity != "":
		c.Add(at("own_activity")(), check.Conflict, "a commitment is on a standard activity or on one of the plan's own, not both")
	case cm.Activity.IsValid() && cm.Violation.IsValid() && !cm.Activity.Standard(cm.Violation):
		c.Add(at("activity")(), check.Conflict, cm.Activity.String()+" is not a standard activity against "+cm.Violation.String()+": declare it as one of the plan's own")
	case cm.OwnActivity != "":
		v, ok := own[cm.OwnActivity]
		switch {
		case !ok:
			c.Add(at("own_activity")(), check.Reference, "no own activity of the plan has this key")
		case cm.Violation != 0 && v != cm.Violation:
			c.Add(at("own_activity")(), check.Conflict, "the activity addresses "+v.String()+", the commitment "+cm.Violation.String())
		}
	}
}

// isWord reports whether s is a snake_case word of at most MaxKeyLen bytes.
func isWord(s string) bool {
	if len(s) > MaxKeyLen || s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_') {
			return false
		}
	}
	return true
}

// validatePhases checks phases and returns the set of their IDs.
func (a *Agreement) validatePhases(c *check.Errors) idMap[bool] {
	ids := make(map[uuid.UUID]int, len(a.Phases))
	for i, p := range a.Phases {
		pp := check.Index("phases", i)
		switch {
		case p.ID == uuid.Nil:
			c.Add(pp+".id", check.Required, "a phase needs an ID")
		default:
			if _, dup := ids[p.ID]; dup {
				c.Add(pp+".id", check.Duplicate, "phase listed twice")
			} else {
				ids[p.ID] = i
			}
		}
		c.Text(pp+".name", p.Name, MaxNameLen, true)
		c.Enum(pp+".advance.level", p.Advance.Level.IsValid(), p.Advance.Level == 0, true, "")
		if !(p.Advance.Share > 0 && p.Advance.Share <= 1) {
			c.Add(pp+".advance.share", check.OutOfRange, "a share in (0, 1]")
		}
		for j, prev := range p.After {
			if _, ok := ids[prev]; !ok && !slices.ContainsFunc(a.Phases, func(q Phase) bool { return q.ID == prev }) {
				c.Add(check.Index(pp+".after", j), check.Reference, "no phase has this ID")
			}
		}
	}
	// Cycles: depth-first search over "after" edges.
	state := make([]uint8, len(a.Phases)) // 0 new, 1 on the stack, 2 done
	var visit func(i int) bool
	visit = func(i int) bool {
		state[i] = 1
		for _, prev := range a.Phases[i].After {
			j, ok := ids[prev]
			if !ok {
				continue
			}
			if state[j] == 1 || (state[j] == 0 && visit(j)) {
				return true
			}
		}
		state[i] = 2
		return false
	}
	for i := range a.Phases {
		if state[i] == 0 && visit(i) {
			c.Add(check.Index("phases", i)+".after", check.Cycle, "phases wait on each other in a cycle")
			break
		}
	}
	var out idMap[bool]
	for id := range ids {
		out.set(id, true)
	}
	return out
}

func (a *Agreement) validateEvents(c *check.Errors, commitments *idindex.Index, sink *stateSink) {
	if a.Signed.IsZero() && len(a.Events) > 0 {
		c.Add("events", check.Conflict, "a draft, not yet signed, has no monitoring events")
	}
	// Times are compared as nanoseconds, worked out once per event; an
	// event outside the safe years, or failing any check, takes the slow
	// path, which checks it field by field and reports every problem.
	signed := clampNanos(a.Signed)
	until := int64(math.MinInt64) // no sink: no event is applied
	if sink != nil {
		until = clampNanos(sink.at)
	}
	// The latest event so far is remembered by its index (-1: none); an
	// event on the fast path comes no earlier than floor, the later of the
	// signature and the latest event.
	lastI, floor := -1, signed
	// Commitments are looked up a block of events at a time, so that the
	// reads of the index overlap (idindex.GetMany).
	const block = 64
	var blockIDs [block]uuid.UUID
	var blockPos [block]int32
	// An event naming no commitment (the nil ID) names none even when a
	// commitment wrongly has the nil ID: look for the nil ID per event
	// only then, and mark such an event as naming none (-1).
	_, nilIndexed := commitments.Get(uuid.Nil)
	for i0 := 0; i0 < len(a.Events); i0 += block {
		evs := a.Events[i0:min(i0+block, len(a.Events))]
		ids, pos := blockIDs[:len(evs)], blockPos[:len(evs)]
		for j := range evs {
			ids[j] = evs[j].Commitment
		}
		commitments.GetMany(ids, pos)
		if nilIndexed {
			for j := range ids {
				if ids[j] == uuid.Nil {
					pos[j] = -1
				}
			}
		}
		for j := range evs {
			e, k := &evs[j], pos[j]
			ns, inRange := nanos(e.At)
			if k >= 0 && inRange && ns >= floor && e.Kind.IsValid() && (e.Source == 0 || e.Source.IsValid()) && e.Note == "" &&
				(e.Level == 0 || e.Kind == EventProgress && e.Level.IsValid()) {
				// ns ≥ floor ≥ signed; e is within the safe years, so its
				// nanoseconds compare with until exactly.
				lastI, floor = i0+j, ns
				if ns <= until {
					sink.apply(int(k), i0+j, e)
				}
				continue
			}
			// The slow path: an event that may be wrong, or has a note.
			var last time.Time
			if lastI >= 0 {
				last = a.Events[lastI].At
			}
			a.checkEvent(c, i0+j, k, last)
			if !e.At.IsZero() && !e.At.Before(last) {
				lastI, floor = i0+j, max(signed, clampNanos(e.At))
			}
			if sink != nil && k >= 0 && !e.At.After(sink.at) {
				sink.apply(int(k), i0+j, e)
			}
		}
	}
}

// validateEventsFull is validateEvents without a sink and without the fast
// path: every event checked field by field, for the differential test.
func (a *Agreement) validateEventsFull(c *check.Errors, commitments *idindex.Index) {
	if a.Signed.IsZero() && len(a.Events) > 0 {
		c.Add("events", check.Conflict, "a draft, not yet signed, has no monitoring events")
	}
	var last time.Time
	for i := range a.Events {
		e := &a.Events[i]
		k, ok := commitments.Get(e.Commitment)
		if !ok || e.Commitment == uuid.Nil {
			k = -1
		}
		a.checkEvent(c, i, k, last)
		if !e.At.IsZero() && !e.At.Before(last) {
			last = e.At
		}
	}
}

// checkEvent checks event i field by field: the slow path of
// validateEvents, for an event that may be wrong. k is the index of its
// commitment, or -1; last the time of the latest event before it.
func (a *Agreement) checkEvent(c *check.Errors, i int, k int32, last time.Time) {
	e := &a.Events[i]
	at := func(name string) func() string { return field("events", i, name) }
	if k < 0 {
		c.Add(at("commitment")(), check.Reference, "no commitment has this ID")
	}
	switch {
	case e.At.IsZero():
		c.Add(at("at")(), check.Required, "when the event happened")
	case !a.Signed.IsZero() && e.At.Before(a.Signed):
		c.Add(at("at")(), check.OutOfRange, "before the agreement was signed")
	case e.At.Before(last):
		c.Add(at("at")(), check.Invalid, "out of order: events are appended in time order")
	}
	timeAt(c, at("at"), e.At)
	c.EnumAt(at("kind"), e.Kind.IsValid(), e.Kind == 0, true, "")
	c.EnumAt(at("level"), e.Level.IsValid(), e.Level == 0, false, "")
	if e.Level != 0 && e.Kind != EventProgress {
		c.Add(at("level")(), check.Conflict, "only a progress event states the level reached")
	}
	c.EnumAt(at("source"), e.Source.IsValid(), e.Source == 0, false, "")
	c.TextAt(at("note"), e.Note, MaxTextLen, false)
}

// nanos returns t as nanoseconds since 1970 and true when t falls safely
// within the years a record can hold (see safeFrom), else false.
func nanos(t time.Time) (int64, bool) {
	if s := t.Unix(); s > safeFromSec && s < safeToSec {
		return s*1e9 + int64(t.Nanosecond()), true
	}
	return 0, false
}

// clampNanos is nanos, with a time before the safe years as the least
// int64 and one after them as the greatest: enough to compare them with a
// time within.
func clampNanos(t time.Time) int64 {
	if ns, ok := nanos(t); ok {
		return ns
	}
	if t.Unix() <= safeFromSec {
		return math.MinInt64
	}
	return math.MaxInt64
}

// Append returns a copy of the agreement with the event appended, after
// checking it: it must name a commitment, and come no earlier than the
// signature and the last event. The agreement passed in is not modified.
func Append(a Agreement, e Event) (Agreement, error) {
	c := check.Errors{Pkg: pkg}
	p := check.Index("events", len(a.Events))
	if a.Signed.IsZero() {
		c.Add(p, check.Conflict, "a draft, not yet signed, has no monitoring events")
	}
	if !slices.ContainsFunc(a.Commitments, func(cm Commitment) bool { return cm.ID == e.Commitment }) {
		c.Add(p+".commitment", check.Reference, "no commitment has this ID")
	}
	switch {
	case e.At.IsZero():
		c.Add(p+".at", check.Required, "when the event happened")
	case e.At.Before(a.Signed):
		c.Add(p+".at", check.OutOfRange, "before the agreement was signed")
	case len(a.Events) > 0 && e.At.Before(a.Events[len(a.Events)-1].At):
		c.Add(p+".at", check.Invalid, "out of order: earlier than the last event")
	}
	c.Enum(p+".kind", e.Kind.IsValid(), e.Kind == 0, true, "")
	c.Enum(p+".level", e.Level.IsValid(), e.Level == 0, false, "")
	if e.Level != 0 && e.Kind != EventProgress {
		c.Add(p+".level", check.Conflict, "only a progress event states the level reached")
	}
	c.Enum(p+".source", e.Source.IsValid(), e.Source == 0, false, "")
	c.Text(p+".note", e.Note, MaxTextLen, false)
	if err := c.Err(); err != nil {
		return a, err
	}
	a.Events = append(slices.Clip(a.Events), e)
	return a, nil
}

// timeAt checks that a time, if set, falls in the years a record can hold
// (actor.MinYear to actor.MaxYear).
func timeAt(c *check.Errors, path func() string, t time.Time) {
	if t.After(safeFrom) && t.Before(safeTo) {
		return // inside the years in every time zone: no need to work the year out
	}
	if !t.IsZero() && (t.Year() < actor.MinYear || t.Year() > actor.MaxYear) {
		c.Add(path(), check.OutOfRange, "year "+strconv.Itoa(t.Year())+" outside "+strconv.Itoa(actor.MinYear)+"–"+strconv.Itoa(actor.MaxYear))
	}
}

// safeFrom and safeTo bound the instants that fall within actor.MinYear to
// actor.MaxYear whatever their time zone: a day inside each end.
var (
	safeFrom    = time.Date(actor.MinYear, 1, 2, 0, 0, 0, 0, time.UTC)
	safeTo      = time.Date(actor.MaxYear, 12, 30, 0, 0, 0, 0, time.UTC)
	safeFromSec = safeFrom.Unix()
	safeToSec   = safeTo.Unix()
)

// field returns a function building the path list[i].name, for the lazy
// checks.
func field(list string, i int, name string) func() string {
	return func() string { return check.Index(list, i) + "." + name }
}

// idLess orders IDs as bytes.Compare orders their bytes: as two big-endian
// integers, compared without a call.
func idLess(a, b uuid.UUID) int {
	if x, y := binary.BigEndian.Uint64(a[:8]), binary.BigEndian.Uint64(b[:8]); x != y {
		return cmp.Compare(x, y)
	}
	return cmp.Compare(binary.BigEndian.Uint64(a[8:]), binary.BigEndian.Uint64(b[8:]))
}
