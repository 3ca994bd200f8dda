package agreement

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/words"
	"github.com/humanitarian-negotiation/protection/risk"
)

// FollowUpOptions sets how far ahead FollowUp looks and, for an Action Plan,
// what the listed party is listed for.
//
// Horizon: commitments due within it are "soon"; default 30 days.
//
// Listing is the listed party's CAAC annex designation in force at the
// moment of follow-up (actor.Actor.CAAC gives it): the violations it is
// listed for, since when, in which section. It is required for an Action
// Plan, whose delisting is judged per listed violation; other instruments
// do not read it, but a listing given must be a valid CAAC annex
// designation whatever the instrument.
//
// Cycle is the reporting cycle whose whole periods a violation must be
// shown to have ceased over; the zero value is the Secretary-General's
// calendar year. An unknown setting is an error.
//
// The zero value means the defaults and no listing. It is a plain value,
// safe for concurrent use.
type FollowUpOptions struct {
	Horizon time.Duration
	Listing actor.Designation
	Cycle   ReportingCycle
}

// Validate reports a negative horizon, an unknown reporting cycle or a
// listing that is not a valid CAAC annex designation (see
// actor.Designation.Validate) as a *FieldError naming it; 0 and the zero
// listing mean the defaults and no listing. FollowUp refuses exactly the
// options Validate refuses; what it checks besides — an Action Plan's
// listing missing, or not listing what the plan addresses — depends on the
// agreement.
func (o FollowUpOptions) Validate() error {
	c := check.Errors{Pkg: pkg}
	if o.Horizon < 0 {
		c.Add("horizon", check.OutOfRange, "a duration, 0 for the default of 30 days")
	}
	o.Cycle.check(&c, "cycle.")
	switch l := &o.Listing; {
	case l.Kind == 0 && l.Jurisdiction == 0 && l.By == 0 && l.Regime == "" && l.Reference == "" &&
		l.Year == 0 && l.Report == 0 && len(l.Listings) == 0:
		// No listing.
	case l.Kind == 0:
		c.Add("listing.kind", check.Required, "a listing is the listed party's CAAC annex designation")
	case l.Kind != actor.DesignationCAAC:
		c.Add("listing.kind", check.Conflict, "the listed party's CAAC annex designation, not another listing")
	default:
		c.AddErr("listing", l.Validate())
	}
	return c.Err()
}

// Item is one commitment that needs attention: which — its ID, its Number
// (its place in the agreement's commitments, from 1) and its Text —, who
// must act (By, and the party's name), when it was due, its phase, and, for
// a breach, reversal, denial or lost access, when that was recorded.
//
// Text is the commitment's text, as sensitive here as in [Commitment]: it
// never appears in String, fmt, slog or errors, which name the commitment
// by its number. [Item.Words] names it by its text, for the negotiator's
// own screen, and [FollowUp.Redact] replaces it. Party and phase names name
// organisations and steps, not people, and appear in both.
//
// The zero value names no commitment; only [Agreement.FollowUp] reports
// items. It is a plain value, safe for concurrent use.
type Item struct {
	Commitment uuid.UUID `json:"commitment"`
	Number     int       `json:"number"`
	Text       string    `json:"text"`
	By         uuid.UUID `json:"by"`
	PartyName  string    `json:"party_name"`
	Due        time.Time `json:"due"`
	Phase      uuid.UUID `json:"phase,omitzero"`
	PhaseName  string    `json:"phase_name,omitempty"`
	Since      time.Time `json:"since,omitzero"`
}

// Tally counts commitments on the Peace Accords Matrix scale, and how many
// of those due are honoured. The zero value is an empty tally: no
// commitments, none due. It is a plain value, safe for concurrent use.
type Tally struct {
	Commitments int                  `json:"commitments"`
	Levels      ImplementationCounts `json:"levels"`
	Due         int                  `json:"due"`
	Compliant   int                  `json:"compliant"`
}

// ImplementationCounts counts commitments at each level of the Peace Accords
// Matrix scale, each under the level's wire word. The zero value counts
// none. It is a plain value, safe for concurrent use.
type ImplementationCounts struct {
	NotInitiated int `json:"not_initiated"`
	Minimal      int `json:"minimal"`
	Intermediate int `json:"intermediate"`
	Full         int `json:"full"`
}

// Of returns how many commitments are at level l; 0 for a level that is
// not valid.
func (c ImplementationCounts) Of(l Implementation) int {
	if p := c.at(l); p != nil {
		return *p
	}
	return 0
}

// at returns the count of level l, or nil for a level that is not valid.
func (c *ImplementationCounts) at(l Implementation) *int {
	switch l {
	case ImplementationNotInitiated:
		return &c.NotInitiated
	case ImplementationMinimal:
		return &c.Minimal
	case ImplementationIntermediate:
		return &c.Intermediate
	case ImplementationFull:
		return &c.Full
	}
	return nil
}

// Count returns how many commitments are at level l; 0 for a level that is
// not valid.
func (t Tally) Count(l Implementation) int { return t.Levels.Of(l) }

// Share returns the share of the commitments at level l, from 0 to 1 like
// every rate of the package; 0 when there are no commitments or l is not a
// valid level.
func (t Tally) Share(l Implementation) float64 {
	if t.Commitments == 0 {
		return 0
	}
	return float64(t.Count(l)) / float64(t.Commitments)
}

// Compliance returns the share of the due commitments that are honoured,
// from 0 to 1, and false when none is due.
func (t Tally) Compliance() (float64, bool) {
	if t.Due == 0 {
		return 0, false
	}
	return float64(t.Compliant) / float64(t.Due), true
}

// count adds a commitment at implementation level lv (a state's level is
// always valid), and whether it is due and, if so, complied with.
func (t *Tally) count(lv Implementation, due, compliant bool) {
	t.Commitments++
	if n := t.Levels.at(lv); n != nil {
		*n++
	}
	if due {
		t.Due++
		if compliant {
			t.Compliant++
		}
	}
}

// Add counts commitment c, in state s, at time at: its implementation
// level, and whether it is due by at and, if so, honoured. Follow-up and
// research across agreements tally with it.
func (t *Tally) Add(c *Commitment, s *State, at time.Time) {
	due := !c.Due.After(at)
	t.count(s.Implementation, due, due && s.Compliant(c.Obligation))
}

// PartyTally is a Tally of one party's commitments, with the party's name.
// The zero value is an empty tally under the zero party ID, which FollowUp
// never reports (a valid commitment names its party). It is a plain value,
// safe for concurrent use.
type PartyTally struct {
	Party     uuid.UUID `json:"party"`
	PartyName string    `json:"party_name"`
	Tally
}

// PhaseTally is a Tally of one phase's commitments, with the phase's name
// (the zero ID and no name: those in no phase). The zero value is an empty
// tally of the commitments in no phase. It is a plain value, safe for
// concurrent use.
type PhaseTally struct {
	Phase     uuid.UUID `json:"phase,omitzero"` // left out for the commitments in no phase
	PhaseName string    `json:"phase_name,omitempty"`
	Tally
}

// ThemeTally is a Tally of the commitments on one theme. The zero value is
// an empty tally of the commitments with no theme stated. It is a plain
// value, safe for concurrent use.
type ThemeTally struct {
	Theme Theme `json:"theme"`
	Tally
}

// RiskTally is a Tally of the commitments addressing one protection risk.
// The zero value is an empty tally under the zero risk, which FollowUp never
// reports (a valid commitment names its risk). It is a plain value, safe for
// concurrent use.
type RiskTally struct {
	Risk risk.Risk `json:"risk"`
	Tally
}

// PhaseProgress is where a phase of a step-by-step agreement stands, with
// the phase's name. The zero value names no phase and counts nothing;
// CanAdvance returns it with its error. It is a plain value, safe for
// concurrent use.
type PhaseProgress struct {
	Phase       uuid.UUID `json:"phase"`
	PhaseName   string    `json:"phase_name"`
	Commitments int       `json:"commitments"`
	Reached     int       `json:"reached"`  // at the rule's level (and verified, if the rule says)
	Share       float64   `json:"share"`    // Reached / Commitments
	Complete    bool      `json:"complete"` // the share meets the rule
	Open        bool      `json:"open"`     // every phase it waits for is complete
	Started     bool      `json:"started"`  // some commitment of the phase has an event
}

// ActivityStatus is how far the commitments on one Action Plan activity —
// a standard one (Activity) or one of the plan's own (Own, its key, and
// OwnLabel, its name) — are
// verified as implemented. The zero value names no activity and counts
// nothing. It is a plain value, safe for concurrent use.
type ActivityStatus struct {
	Activity Activity `json:"activity,omitempty"`
	Own      string   `json:"own,omitempty"`
	OwnLabel string   `json:"own_label,omitempty"` // the own activity's name in words

	Commitments int `json:"commitments"`
	Verified    int `json:"verified"` // fully implemented, verified, no outstanding breach
}

// ViolationDelisting is whether a party can be delisted for one violation
// its Action Plan addresses, on the criteria annexed to the
// Secretary-General's 2010 report (A/64/742–S/2010/181): every activity of
// the plan addressing the violation implemented and verified, and the
// violation ceased — no violation of that kind by the party verified — for
// at least one whole reporting period that the record shows monitored.
//
// Listing is the party's listing for the violation. Commitments counts the
// commitments addressing it (0: the plan names it but addresses it with
// nothing, so it cannot qualify); Outstanding lists, by ID, those not yet
// fully implemented and verified, or breached and not since remedied and
// verified again; ActivitiesVerified is when the last of them was verified,
// once none is outstanding. Activities counts the commitments per activity;
// Missing lists the standard activities against the violation that no
// commitment covers — a gap worth raising, which does not block
// eligibility: the UN verifies the plan it agreed.
//
// Cessation rests on the record's verified violations and monitoring
// statements, never on a breach of a commitment. Periods holds each whole
// reporting period from the one the plan was signed in to the moment of
// follow-up, clean (monitored whole, no violation verified), with a
// violation, or unknown (not monitored: never clean). LastViolation is when
// the last verified violation of the kind occurred (zero if none is known);
// Ceased is the first clean period after it (or, if none, from the plan's
// signature), zero while there is none; Needed, while there is none, the
// first period after it whose state monitoring must still establish.
// RequestFrom is the first date delisting could be requested: when both
// criteria were met, zero until they are.
//
// The zero value names no violation and is not eligible. It holds slices
// that this package never modifies once returned, so it is safe for
// concurrent reads.
type ViolationDelisting struct {
	Violation          actor.Violation  `json:"violation"`
	Eligible           bool             `json:"eligible"`
	Listing            actor.Listing    `json:"listing"`
	Commitments        int              `json:"commitments"`
	Outstanding        []uuid.UUID      `json:"outstanding"`
	ActivitiesVerified time.Time        `json:"activities_verified,omitzero"`
	Activities         []ActivityStatus `json:"activities"`
	Missing            []Activity       `json:"missing"`
	Periods            []PeriodStatus   `json:"periods"`
	LastViolation      time.Time        `json:"last_violation,omitzero"`
	Ceased             ReportingPeriod  `json:"ceased,omitzero"`
	Needed             ReportingPeriod  `json:"needed,omitzero"`
	RequestFrom        time.Time        `json:"request_from,omitzero"`
}

// Delisting is, for a party with an Action Plan, whether it can be delisted
// — per violation, since the UN lists and delists per violation. ByViolation
// holds the violations the plan addresses, in the fixed order of
// actor.Violations; RemainsListed the violations the party is listed for
// that the plan does not address: it stays listed for them whatever the plan
// achieves. Eligible is true only when the party is eligible for every
// violation it is listed for: every one the plan addresses qualifies and
// none remains. Persistent says whether the party is a persistent
// perpetrator — in the annexes for five years or more — as of the report of
// the follow-up's year; Cycle is the reporting cycle applied.
//
// The zero value is not eligible and lists nothing; it is never the result
// for an Action Plan, which addresses at least one violation. It holds
// slices that this package never modifies once returned, so it is safe for
// concurrent reads.
type Delisting struct {
	Eligible      bool                 `json:"eligible"`
	Persistent    bool                 `json:"persistent"`
	ByViolation   []ViolationDelisting `json:"by_violation"`
	RemainsListed []actor.Violation    `json:"remains_listed"`
	Cycle         ReportingCycle       `json:"cycle"`
}

// Violation returns the answer for violation v, and whether the plan
// addresses it.
func (d *Delisting) Violation(v actor.Violation) (ViolationDelisting, bool) {
	for _, vd := range d.ByViolation {
		if vd.Violation == v {
			return vd, true
		}
	}
	return ViolationDelisting{}, false
}

// String says in one line, in words, whether the party can be delisted for
// the violation and, if not, what stands in the way: commitments not yet
// verified, and the period whose monitoring cessation still needs.
func (vd ViolationDelisting) String() string {
	var b strings.Builder
	b.WriteString(vd.Violation.Label())
	b.WriteString(" — listed since ")
	b.WriteString(strconv.Itoa(vd.Listing.Since))
	if vd.Listing.Section != 0 {
		b.WriteString(", " + vd.Listing.Section.Label())
	}
	b.WriteString(": ")
	after := "since the plan was signed"
	if !vd.LastViolation.IsZero() {
		after = "after the last one verified (it occurred on " + vd.LastViolation.Format(time.DateOnly) + ")"
	}
	if vd.Eligible {
		b.WriteString("eligible for delisting from " + vd.RequestFrom.Format(time.DateOnly) + " — " + words.Count(vd.Commitments, "commitment", "") +
			" verified as implemented; none verified in " + vd.Ceased.String() + ", a reporting period monitored whole " + after)
		return b.String()
	}
	var why []string
	switch {
	case vd.Commitments == 0:
		why = append(why, "no commitment of the plan addresses it")
	case len(vd.Outstanding) > 0:
		why = append(why, strconv.Itoa(len(vd.Outstanding))+" of "+words.Count(vd.Commitments, "commitment", "")+" not yet verified as implemented")
	}
	if vd.Ceased.IsZero() {
		need := "no reporting period " + after + " is shown monitored and clean yet"
		if !vd.Needed.IsZero() {
			need += ": cessation needs " + vd.Needed.String() + " monitored, with no violation verified"
		}
		why = append(why, need)
	}
	b.WriteString("not yet eligible — " + strings.Join(why, "; "))
	if s := periodSummary(vd.Periods); s != "" {
		b.WriteString(" (" + s + ")")
	}
	return b.String()
}

// periodSummary names the periods by state: "clean: 2013, 2014; unknown:
// 2009, 2010; with a violation: 2012".
func periodSummary(ps []PeriodStatus) string {
	var parts []string
	for _, st := range [...]struct {
		s    PeriodState
		name string
	}{{PeriodClean, "clean"}, {PeriodUnknown, "unknown"}, {PeriodViolation, "with a violation verified"}} {
		var names []string
		for _, p := range ps {
			if p.State == st.s {
				names = append(names, p.Period.String())
			}
		}
		if len(names) > 0 {
			parts = append(parts, st.name+": "+strings.Join(names, ", "))
		}
	}
	return strings.Join(parts, "; ")
}

// String gives the headline — eligible for delisting for how many of the
// violations the party is listed for — then a line per violation: those the
// plan addresses, in order, then those that remain listed.
func (d Delisting) String() string {
	listed := len(d.ByViolation) + len(d.RemainsListed)
	var b strings.Builder
	n := 0
	for _, vd := range d.ByViolation {
		if vd.Eligible {
			n++
		}
	}
	switch {
	case d.Eligible:
		b.WriteString("eligible for delisting for every violation the party is listed for")
	case n == 0 && listed == 1:
		b.WriteString("not yet eligible for delisting for the violation the party is listed for")
	case n == 0:
		b.WriteString("not yet eligible for delisting for any of the " + strconv.Itoa(listed) + " violations the party is listed for")
	default:
		b.WriteString("eligible for delisting for " + strconv.Itoa(n) + " of the " + strconv.Itoa(listed) + " violations the party is listed for")
	}
	if d.Persistent {
		b.WriteString("; the party is a persistent perpetrator, in the annexes five years or more")
	}
	for _, vd := range d.ByViolation {
		b.WriteString("\n  - " + vd.String())
	}
	for _, v := range d.RemainsListed {
		b.WriteString("\n  - " + v.Label() + ": remains listed — the plan does not address it")
	}
	return b.String()
}

// Action is the kind of a next action. The zero value is invalid. It is a
// plain value, safe for concurrent use.
type Action uint8

// Next actions, roughly from the most to the least urgent.
const (
	ActionUnspecified      Action = iota
	ActionAddressBreach           // raise the breach with the party
	ActionAddressReversal         // engage the party on the reversal
	ActionHonourOwn               // honour the organisation's own commitment: its credibility is at stake
	ActionChaseOverdue            // follow up an overdue commitment
	ActionRestoreAccess           // restore monitoring access, or arrange third-party reporting
	ActionVerify                  // arrange verification of an implemented commitment
	ActionPrepareDue              // prepare a commitment falling due soon
	ActionStartPhase              // propose a phase whose prerequisites are complete and that has not started
	ActionRequestDelisting        // ask the UN to consider delisting for a violation that qualifies
	ActionSeekMonitoring          // ask for monitoring (a verification mission) of a reporting period whose state cessation needs
	ActionKeepEngaging            // keep engaging on a violation the party stays listed for that no commitment addresses
)

var actions = enum.New[Action]("agreement", "action",
	"address_breach", "address_reversal", "honour_own", "chase_overdue", "restore_access", "verify",
	"prepare_due", "start_phase", "request_delisting", "seek_monitoring", "keep_engaging").
	WithLabels("raise the breach", "address the reversal", "honour our own commitment", "chase an overdue commitment", "restore monitoring access", "arrange verification", "prepare a commitment due soon", "propose the next phase", "request delisting", "seek monitoring of a period", "keep engaging")

// IsValid reports whether a is a named action.
func (a Action) IsValid() bool { return actions.Valid(a) }

// String returns the wire word; it never panics.
func (a Action) String() string { return actions.String(a) }

// Label returns the value in words, for people; String gives the wire word.
func (a Action) Label() string { return actions.Label(a) }

// MarshalText encodes the action as its wire word.
func (a Action) MarshalText() ([]byte, error) { return actions.Marshal(a) }

// UnmarshalText decodes a wire word, ignoring case.
func (a *Action) UnmarshalText(b []byte) (err error) { *a, err = actions.Unmarshal(b); return err }

// ParseAction parses an action's wire word, ignoring case.
func ParseAction(s string) (Action, error) { return actions.Parse(s) }

// NextAction is one thing to do now: about a commitment and its party, a
// phase, or — for delisting and listings — a grave violation and the listed
// party. Beside each ID it holds the words a person reads: the commitment's
// Number (from 1) and Text, the party's name, the phase's name.
//
// Text is the commitment's text, as sensitive here as in [Commitment]: it
// never appears in String, fmt, slog or errors, which name the commitment
// by its number; [NextAction.Words] names it by its text, for the
// negotiator's own screen, and [FollowUp.Redact] replaces it.
//
// The zero value is not an action: its Action is unspecified. It is a plain
// value, safe for concurrent use.
type NextAction struct {
	Action     Action          `json:"action"`
	Commitment uuid.UUID       `json:"commitment,omitzero"`
	Number     int             `json:"number,omitempty"`
	Text       string          `json:"text,omitempty"`
	Party      uuid.UUID       `json:"party,omitzero"`
	PartyName  string          `json:"party_name,omitempty"`
	Phase      uuid.UUID       `json:"phase,omitzero"`
	PhaseName  string          `json:"phase_name,omitempty"`
	Violation  actor.Violation `json:"violation,omitempty"`
	Period     ReportingPeriod `json:"period,omitzero"` // the reporting period a delisting action rests on or needs
}

// String renders the action in a sentence, naming the commitment by its
// number ("commitment 3"), never by its text, and parties and phases by
// name: "follow up the overdue commitment 3 with MILF".
func (n NextAction) String() string { return n.sentence(numbered(n.Number)) }

// Words renders the action as String does, but names the commitment by its
// text, shortened to a line: "follow up the overdue “Release every child
// identified in the ranks” with MILF". The text is sensitive: show Words to
// the negotiator, never log it. Without a text it is String.
func (n NextAction) Words() string { return n.sentence(quoted(n.Number, n.Text)) }

// GoString is String, so that %#v shows no text either.
func (n NextAction) GoString() string { return n.String() }

// Format writes String for every verb.
func (n NextAction) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(n.String())) }

// LogValue logs String, never the commitment's text.
func (n NextAction) LogValue() slog.Value { return slog.StringValue(n.String()) }

// sentence renders the action with c naming the commitment.
func (n NextAction) sentence(c string) string {
	p := partyRef(n.PartyName)
	switch n.Action {
	case ActionAddressBreach:
		return "raise the breach of " + c + " with " + p
	case ActionAddressReversal:
		return "engage " + p + " on the reversal of " + c
	case ActionHonourOwn:
		return "honour " + c + ": it is our own, and our credibility is at stake"
	case ActionChaseOverdue:
		return "follow up the overdue " + c + " with " + p
	case ActionRestoreAccess:
		return "restore monitoring access for " + c + ", or arrange third-party reporting"
	case ActionVerify:
		return "arrange verification of " + c + ", reported implemented"
	case ActionPrepareDue:
		return "prepare " + c + ", due soon from " + p
	case ActionStartPhase:
		return "propose " + phaseRef(n.PhaseName) + ": the phases it waits for are complete"
	case ActionRequestDelisting:
		return "ask the UN to consider delisting " + p + " for " + lower(n.Violation.Label()) +
			": every commitment addressing it is verified as implemented, and none was verified in " + n.Period.String() + ", a reporting period monitored whole"
	case ActionSeekMonitoring:
		return "ask for a verification mission covering " + n.Period.String() + ": delisting for " + lower(n.Violation.Label()) +
			" needs a whole reporting period monitored with no violation verified, and the record does not show " + n.Period.String() + " monitored"
	case ActionKeepEngaging:
		return "keep engaging " + p + " on " + lower(n.Violation.Label()) + ": it stays listed for it, and no commitment of the plan addresses it"
	}
	return n.Action.Label()
}

// lower lower-cases the first letter of a label that starts a sentence, to
// use it inside one.
func lower(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

// FollowUp is how an agreement stands at a moment: what is overdue or due
// soon, breaches, reversals, denials and lost access still outstanding,
// commitments the organisation itself has not honoured, the implementation
// and compliance tallies overall and by party, phase, theme and protection
// risk, the phases, delisting eligibility for an Action Plan, and the next
// actions. Lists of items are ordered by due date, then commitment ID;
// tallies by key.
//
// The zero value is not a follow-up: only [Agreement.FollowUp] returns one
// (and the zero value with an error). It holds slices and a pointer that
// this package never modifies once returned, so it is safe for concurrent
// reads.
type FollowUp struct {
	At         time.Time       `json:"at"`
	Overdue    []Item          `json:"overdue"`
	DueSoon    []Item          `json:"due_soon"`
	Breaches   []Item          `json:"breaches"`
	Reversals  []Item          `json:"reversals"`
	Denials    []Item          `json:"denials"`
	AccessLost []Item          `json:"access_lost"`
	Unverified []Item          `json:"unverified"`
	OwnOverdue []Item          `json:"own_overdue"` // the organisation's own commitments overdue or breached
	Overall    Tally           `json:"overall"`
	ByParty    []PartyTally    `json:"by_party"`
	ByPhase    []PhaseTally    `json:"by_phase"`
	ByTheme    []ThemeTally    `json:"by_theme"`
	ByRisk     []RiskTally     `json:"by_risk"`
	Phases     []PhaseProgress `json:"phases"`
	Delisting  *Delisting      `json:"delisting,omitempty"`
	Next       []NextAction    `json:"next"`
	// Upgraded is the agreement's Upgraded: what an older record did not
	// keep, and is therefore unknown.
	Upgraded string `json:"upgraded,omitempty"`
}

// FollowUp reports how the agreement stands at time at, from the events up
// to at. It validates the agreement first; events after at are not yet
// known, so follow-up at a later time never reports fewer overdue
// commitments unless an event fulfilled them. It does not modify a.
func (a Agreement) FollowUp(at time.Time, opts FollowUpOptions) (FollowUp, error) {
	sink := &stateSink{at: at, states: a.initialTracked()}
	if err := a.validate(sink); err != nil {
		return FollowUp{}, err
	}
	if at.IsZero() {
		return FollowUp{}, &FieldError{Pkg: pkg, Path: "at", Reason: ReasonRequired, Detail: "the evaluation time"}
	}
	if err := opts.Validate(); err != nil {
		return FollowUp{}, err
	}
	if opts.Horizon == 0 {
		opts.Horizon = 30 * 24 * time.Hour
	}
	if a.Instrument.Kind == InstrumentActionPlan {
		if err := a.checkListing(at, &opts); err != nil {
			return FollowUp{}, err
		}
	}
	states := sink.states
	// Each commitment's phase, looked up once for the tallies, the items
	// and the phases' progress.
	phaseOf := a.phaseIndexes()
	var parties idMap[*Party] // as a map of the parties would say: the last of an ID
	for j := range a.Parties {
		parties.set(a.Parties[j].ID, &a.Parties[j])
	}
	role := func(id uuid.UUID) Role {
		if p, ok := parties.get(id); ok {
			return p.Role
		}
		return 0
	}
	partyName := func(id uuid.UUID) string {
		if p, ok := parties.get(id); ok {
			return p.Name
		}
		return ""
	}
	f := FollowUp{At: at, Upgraded: a.Upgraded}
	var byParty idMap[*Tally]
	byPhase := make([]Tally, len(a.Phases)+1) // by phaseOf + 1: [0] for no phase
	tally := func(x *idMap[*Tally], id uuid.UUID) *Tally {
		t, ok := x.get(id)
		if !ok {
			t = &Tally{}
			x.set(id, t)
		}
		return t
	}
	var byTheme [ThemeOther + 1]Tally // validated: a theme is one of these, or none
	byRisk := make([]Tally, len(risk.Risks())+1)
	// First pass: the tallies, and which lists each commitment goes on, so
	// that the lists are allocated once at their size.
	const (
		inOverdue = 1 << iota
		inDueSoon
		inBreaches
		inReversals
		inDenials
		inAccessLost
		inUnverified
		inOwnOverdue
	)
	lists := [...]*[]Item{&f.Overdue, &f.DueSoon, &f.Breaches, &f.Reversals, &f.Denials, &f.AccessLost, &f.Unverified, &f.OwnOverdue}
	var counts [len(lists)]int
	in := make([]uint8, len(a.Commitments))
	// The party of the commitment before, its tally and role: commitments
	// often name the same party as the one before.
	var (
		lastBy    uuid.UUID
		lastTally *Tally
		lastRole  Role
	)
	for i := range a.Commitments {
		c, s := &a.Commitments[i], &states[i]
		if lastTally == nil || c.By != lastBy {
			lastBy, lastTally, lastRole = c.By, tally(&byParty, c.By), role(c.By)
		}
		// What the commitment adds to each tally, worked out once.
		lv, due := s.impl, !c.Due.After(at)
		compliant := due && s.compliant(c.Obligation)
		f.Overall.count(lv, due, compliant)
		lastTally.count(lv, due, compliant)
		byPhase[phaseOf[i]+1].count(lv, due, compliant)
		byTheme[c.Theme].count(lv, due, compliant)
		byRisk[c.Risk].count(lv, due, compliant)

		var m uint8
		overdue := c.Obligation == DutyPositive && !c.Due.After(at) && s.impl != ImplementationFull
		switch {
		case overdue:
			m |= inOverdue
		case c.Obligation == DutyPositive && s.impl != ImplementationFull && c.Due.Sub(at) <= opts.Horizon:
			m |= inDueSoon
		}
		switch s.status {
		case StatusBreached:
			m |= inBreaches
		case StatusReversed:
			m |= inReversals
		}
		if s.denied {
			m |= inDenials
		}
		if s.accessLost {
			m |= inAccessLost
		}
		if s.impl == ImplementationFull && !s.verified && !s.breached {
			m |= inUnverified
		}
		if (overdue || s.breached) && lastRole == RoleAgency {
			m |= inOwnOverdue
		}
		in[i] = m
		for b := m; b != 0; b &= b - 1 {
			counts[bits.TrailingZeros8(b)]++
		}
	}
	for l, list := range lists {
		if counts[l] > 0 {
			*list = make([]Item, 0, counts[l])
		}
	}
	// Second pass: the items, in due order — by due date, then ID — of the
	// commitments on a list, so that each list comes out sorted. A breach,
	// reversal, denial or loss of access says since when.
	for _, i := range a.dueOrder(in) {
		m := in[i]
		c := &a.Commitments[i]
		item := Item{Commitment: c.ID, Number: int(i) + 1, Text: c.Text, By: c.By, PartyName: partyName(c.By), Due: c.Due, Phase: c.Phase}
		if j := phaseOf[i]; j >= 0 { // validated: a commitment has a phase if and only if it is known
			item.PhaseName = a.Phases[j].Name
		}
		for b := m; b != 0; b &= b - 1 {
			l := bits.TrailingZeros8(b)
			list := lists[l]
			// Appended, then given its date: no copy of the item in between.
			*list = append(*list, item)
			it := &(*list)[len(*list)-1]
			switch 1 << l {
			case inBreaches:
				it.Since = a.eventAt(states[i].last[lastBreach])
			case inReversals:
				it.Since = a.eventAt(states[i].last[lastReversal])
			case inDenials:
				it.Since = a.eventAt(states[i].last[lastDenial])
			case inAccessLost:
				it.Since = a.eventAt(states[i].last[lastAccessLost])
			}
		}
	}
	for k, t := range byParty.all() {
		f.ByParty = append(f.ByParty, PartyTally{k, partyName(k), *t})
	}
	slices.SortFunc(f.ByParty, func(x, y PartyTally) int { return idLess(x.Party, y.Party) })
	for j := range byPhase {
		if byPhase[j].Commitments == 0 {
			continue
		}
		pt := PhaseTally{Tally: byPhase[j]}
		if j > 0 {
			pt.Phase, pt.PhaseName = a.Phases[j-1].ID, a.Phases[j-1].Name
		}
		f.ByPhase = append(f.ByPhase, pt)
	}
	slices.SortFunc(f.ByPhase, func(x, y PhaseTally) int { return idLess(x.Phase, y.Phase) })
	for th := range byTheme {
		if byTheme[th].Commitments > 0 {
			f.ByTheme = append(f.ByTheme, ThemeTally{Theme(th), byTheme[th]})
		}
	}
	for r := range byRisk {
		if byRisk[r].Commitments > 0 {
			f.ByRisk = append(f.ByRisk, RiskTally{risk.Risk(r), byRisk[r]})
		}
	}
	f.Phases = a.phaseProgress(states, phaseOf)
	if a.Instrument.Kind == InstrumentActionPlan {
		d := a.delisting(states, at, &opts)
		f.Delisting = &d
	}
	f.Next = nextActions(&f, role, a.Instrument.ListedParty, partyName(a.Instrument.ListedParty))
	// Every list is written, [] when empty (see the README's JSON
	// conventions).
	for _, list := range lists {
		*list = nonNil(*list)
	}
	f.ByParty, f.ByPhase, f.ByTheme, f.ByRisk = nonNil(f.ByParty), nonNil(f.ByPhase), nonNil(f.ByTheme), nonNil(f.ByRisk)
	f.Next = nonNil(f.Next)
	return f, nil
}

// nonNil returns s, or an empty slice for nil, so that a list is written as
// [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// dueOrder returns the indexes of the commitments with a non-zero mark in
// marks, by due date, then ID. The dates and IDs are read into integer keys
// first, so that sorting compares integers rather than times and byte
// slices.
func (a *Agreement) dueOrder(marks []uint8) []int32 {
	n := 0
	for _, m := range marks {
		if m != 0 {
			n++
		}
	}
	if order, ok := a.dueOrderPacked(marks, n); ok {
		return order
	}
	return a.dueOrderKeys(marks, n)
}

// dueOrderKeys is dueOrder for any commitments: the plain sort, which
// dueOrderPacked must agree with.
func (a *Agreement) dueOrderKeys(marks []uint8, n int) []int32 {
	type key struct {
		due    int64 // validated: a date of actor.MinYear to actor.MaxYear, within UnixNano's range
		hi, lo uint64
		i      int32
	}
	keys := make([]key, 0, n)
	sorted := true
	for i := range a.Commitments {
		if marks[i] == 0 {
			continue
		}
		c := &a.Commitments[i]
		keys = append(keys, key{c.Due.UnixNano(), binary.BigEndian.Uint64(c.ID[:8]), binary.BigEndian.Uint64(c.ID[8:]), int32(i)})
		if j := len(keys) - 1; j > 0 && sorted {
			p, k := &keys[j-1], &keys[j]
			sorted = p.due < k.due || p.due == k.due && (p.hi < k.hi || p.hi == k.hi && p.lo < k.lo)
		}
	}
	if !sorted {
		slices.SortFunc(keys, func(x, y key) int {
			if c := cmp.Compare(x.due, y.due); c != 0 {
				return c
			}
			if c := cmp.Compare(x.hi, y.hi); c != 0 {
				return c
			}
			return cmp.Compare(x.lo, y.lo)
		})
	}
	order := make([]int32, len(keys))
	for i := range keys {
		order[i] = keys[i].i
	}
	return order
}

// dueOrder's packed keys: the due date in whole seconds since the earliest,
// above as many first bits of the commitment's ID as the rest of the key
// leaves room for, above the commitment's index.
const (
	indexBits = 20 // commitments a packed key can number
	secBits   = 64 - indexBits
)

// dueOrderPacked is dueOrder for the common case — fewer than a million
// commitments, due at whole seconds — sorting integers that pack the due
// date and the first bits of the ID with the index, then ordering by ID
// each run of commitments due at the same second whose IDs begin with the
// same bits. It reports false, having done nothing, when the
// commitments fall outside that case.
func (a *Agreement) dueOrderPacked(marks []uint8, n int) ([]int32, bool) {
	if len(a.Commitments) >= 1<<indexBits {
		return nil, false
	}
	lo, hi := int64(math.MaxInt64), int64(math.MinInt64)
	for i := range a.Commitments {
		if marks[i] == 0 {
			continue
		}
		d := &a.Commitments[i].Due
		if d.Nanosecond() != 0 {
			return nil, false
		}
		s := d.Unix()
		lo, hi = min(lo, s), max(hi, s)
	}
	if n > 0 && uint64(hi-lo) >= 1<<secBits {
		return nil, false
	}
	// The dates take the bits their span needs; the first bits of the IDs
	// the rest (none, if the span needs them all: a shift by 64 gives 0).
	idBits := uint(0)
	if n > 0 {
		idBits = secBits - uint(bits.Len64(uint64(hi-lo)))
	}
	keys := make([]uint64, 0, n)
	for i := range a.Commitments {
		if marks[i] != 0 {
			c := &a.Commitments[i]
			prefix := binary.BigEndian.Uint64(c.ID[:8]) >> (64 - idBits)
			keys = append(keys, (uint64(c.Due.Unix()-lo)<<idBits|prefix)<<indexBits|uint64(i))
		}
	}
	sortByPrefix(keys)
	order := make([]int32, len(keys))
	for j, k := range keys {
		order[j] = int32(k & (1<<indexBits - 1))
	}
	// Commitments due at the same second whose IDs begin alike go by ID
	// (unique: validated).
	for j := 0; j < len(keys); {
		end := j + 1
		for end < len(keys) && keys[end]>>indexBits == keys[j]>>indexBits {
			end++
		}
		if end-j > 1 {
			slices.SortFunc(order[j:end], func(x, y int32) int { return idLess(a.Commitments[x].ID, a.Commitments[y].ID) })
		}
		j = end
	}
	return order, true
}

// idKey packs the first bits of the ID of commitment i above i itself
// (indexBits of it), for idsInOrder.
func (a *Agreement) idKey(i int) uint64 {
	return binary.BigEndian.Uint64(a.Commitments[i].ID[:8])&^(1<<indexBits-1) | uint64(i)
}

// idsInOrder returns the IDs of the commitments whose keys (idKey) it is
// given, ordered as idLess orders them: it sorts the keys, integers, in
// place, then orders by ID each run of commitments whose IDs begin with
// the same bits. It returns an empty slice, not nil, for no keys.
func (a *Agreement) idsInOrder(keys []uint64) []uuid.UUID {
	sortByPrefix(keys)
	ids := make([]uuid.UUID, len(keys))
	for j, k := range keys {
		ids[j] = a.Commitments[k&(1<<indexBits-1)].ID
	}
	for j := 0; j < len(keys); {
		end := j + 1
		for end < len(keys) && keys[end]>>indexBits == keys[j]>>indexBits {
			end++
		}
		if end-j > 1 {
			slices.SortFunc(ids[j:end], idLess)
		}
		j = end
	}
	return ids
}

// sortByPrefix sorts packed keys by their bits above the index (indexBits),
// in no particular order among keys equal in those bits: its callers order
// those by ID. A few keys it sorts as integers; more by a radix sort of
// four passes of 11 bits, each skipped when every key has the same digit.
func sortByPrefix(keys []uint64) {
	const (
		digit  = 11
		passes = (64 - indexBits) / digit
		mask   = 1<<digit - 1
	)
	if len(keys) < 256 {
		slices.Sort(keys)
		return
	}
	var counts [passes][1 << digit]int32
	for _, k := range keys {
		for p := range passes {
			counts[p][k>>(indexBits+p*digit)&mask]++
		}
	}
	src, dst := keys, make([]uint64, len(keys))
	for p := range passes {
		shift, c := indexBits+p*digit, &counts[p]
		if int(c[keys[0]>>shift&mask]) == len(keys) {
			continue
		}
		sum := int32(0)
		for d, n := range c {
			c[d], sum = sum, sum+n
		}
		for _, k := range src {
			d := k >> shift & mask
			dst[c[d]] = k
			c[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}

// eventAt returns the time of event e-1, or the zero time for e == 0.
func (a *Agreement) eventAt(e int32) time.Time {
	if e <= 0 {
		return time.Time{}
	}
	return a.Events[e-1].At
}

// The kinds of event whose last occurrence a follow-up reports, as indexes
// of lastEvents.
const (
	lastBreach = iota
	lastReversal
	lastDenial
	lastAccessLost
)

// lastEvents holds, for one commitment, 1 + the index in Agreement.Events
// of its last event of each kind above, or 0 for none.
type lastEvents [4]int32

// phaseIndexes returns, for each commitment, the index of its phase in
// a.Phases — the last with its ID (IDs are unique in a valid agreement) —
// or -1 for none.
func (a *Agreement) phaseIndexes() []int32 {
	var index idMap[int32]
	for j := range a.Phases {
		index.set(a.Phases[j].ID, int32(j))
	}
	out := make([]int32, len(a.Commitments))
	for i := range a.Commitments {
		if j, ok := index.get(a.Commitments[i].Phase); ok {
			out[i] = j
		} else {
			out[i] = -1
		}
	}
	return out
}

// phaseProgress evaluates each phase's advance rule; phaseOf gives each
// commitment's phase (phaseIndexes).
func (a *Agreement) phaseProgress(states []tracked, phaseOf []int32) []PhaseProgress {
	if len(a.Phases) == 0 {
		return []PhaseProgress{}
	}
	out := make([]PhaseProgress, len(a.Phases))
	// A phase by ID: the last with it (IDs are unique in a valid agreement).
	var index idMap[int]
	for j, p := range a.Phases {
		out[j].Phase, out[j].PhaseName = p.ID, p.Name
		index.set(p.ID, j)
	}
	phase := func(id uuid.UUID) int {
		if j, ok := index.get(id); ok {
			return j
		}
		return -1
	}
	for i := range a.Commitments {
		j := int(phaseOf[i])
		if j < 0 {
			continue
		}
		pp := &out[j]
		pp.Commitments++
		r, s := &a.Phases[j].Advance, &states[i]
		pp.Started = pp.Started || s.events > 0
		if s.impl >= r.Level && !s.breached && (!r.Verified || s.verified) {
			pp.Reached++
		}
	}
	for i, p := range a.Phases {
		pp := &out[i]
		if pp.Commitments > 0 {
			pp.Share = float64(pp.Reached) / float64(pp.Commitments)
		}
		pp.Complete = pp.Commitments > 0 && pp.Share >= p.Advance.Share
	}
	for i, p := range a.Phases {
		out[i].Open = true
		for _, prev := range p.After {
			if q := phase(prev); q >= 0 && !out[q].Complete {
				out[i].Open = false
			}
		}
	}
	return out
}

// CanAdvance evaluates the advance rule of one phase at time at: whether it
// is complete, so that the phases waiting for it may start.
func (a Agreement) CanAdvance(phase uuid.UUID, at time.Time) (PhaseProgress, error) {
	for _, p := range a.phaseProgress(a.trackedAt(at), a.phaseIndexes()) {
		if p.Phase == phase {
			return p, nil
		}
	}
	return PhaseProgress{}, &FieldError{Pkg: pkg, Path: "phase", Reason: ReasonReference, Detail: "no phase has this ID"}
}

// checkListing checks the listing an Action Plan's follow-up needs: a valid
// CAAC annex designation that lists the party for every violation the plan
// addresses, no listing after at, and a reporting cycle that is not
// negative. It sets the default cycle.
func (a *Agreement) checkListing(at time.Time, opts *FollowUpOptions) error {
	c := check.Errors{Pkg: pkg}
	l := &opts.Listing // valid, or zero: FollowUpOptions.Validate has checked it
	if l.Kind == 0 {
		c.Add("listing", check.Required, "an Action Plan's follow-up needs the listed party's CAAC annex designation: delisting is judged per listed violation")
	}
	if c.Len() == 0 {
		for i, x := range l.Listings {
			if x.Since > at.Year() {
				c.Add(check.Index("listing.listings", i)+".since", check.OutOfRange,
					"first listed in "+strconv.Itoa(x.Since)+", after the moment of follow-up ("+strconv.Itoa(at.Year())+")")
			}
		}
		for i, v := range a.Instrument.Violations {
			if _, ok := l.Listing(v); !ok {
				c.Add(check.Index("instrument.violations", i), check.Conflict, "the plan addresses "+v.String()+", which the party's designation does not list")
			}
		}
	}
	return c.Err()
}

// delisting judges delisting per violation the plan addresses; the listing
// has been checked.
func (a *Agreement) delisting(states []tracked, at time.Time, opts *FollowUpOptions) Delisting {
	d := Delisting{Cycle: opts.Cycle.orDefault(), ByViolation: []ViolationDelisting{}, RemainsListed: []actor.Violation{}}
	d.Persistent, _ = opts.Listing.Persistent(at.Year())
	for _, v := range opts.Listing.ListedFor() {
		if !slices.Contains(a.Instrument.Violations, v) {
			d.RemainsListed = append(d.RemainsListed, v)
		}
	}
	// The outstanding commitments are gathered as packed keys (idKey),
	// which sort faster than their IDs, while there are few enough.
	packed := len(a.Commitments) < 1<<indexBits
	var keys []uint64
	for _, v := range actor.Violations() {
		if !slices.Contains(a.Instrument.Violations, v) {
			continue
		}
		keys = keys[:0]
		vd := ViolationDelisting{Violation: v, Outstanding: []uuid.UUID{}, Activities: []ActivityStatus{}, Missing: []Activity{}}
		vd.Listing, _ = opts.Listing.Listing(v)
		var std [256]*ActivityStatus // by activity: an array, which Activity, a byte, always indexes
		own := map[string]*ActivityStatus{}
		var verified time.Time
		for i := range a.Commitments {
			c := &a.Commitments[i]
			if c.Violation != v {
				continue
			}
			vd.Commitments++
			s := &states[i]
			done := s.impl == ImplementationFull && s.verified && !s.breached
			switch {
			case !done && packed:
				keys = append(keys, a.idKey(i))
			case !done:
				vd.Outstanding = append(vd.Outstanding, c.ID)
			default:
				if at := a.eventAt(s.verifiedAt); at.After(verified) {
					verified = at
				}
			}
			var as *ActivityStatus
			switch {
			case c.Activity != 0:
				if as = std[c.Activity]; as == nil {
					as = &ActivityStatus{Activity: c.Activity}
					std[c.Activity] = as
				}
			case c.OwnActivity != "":
				if as = own[c.OwnActivity]; as == nil {
					as = &ActivityStatus{Own: c.OwnActivity}
					own[c.OwnActivity] = as
				}
			default:
				continue
			}
			as.Commitments++
			if done {
				as.Verified++
			}
		}
		for _, act := range StandardActivities(v) {
			if as := std[act]; as != nil {
				vd.Activities = append(vd.Activities, *as)
			} else {
				vd.Missing = append(vd.Missing, act)
			}
		}
		for _, o := range a.Instrument.OwnActivities { // in the plan's order
			if as := own[o.Key]; as != nil {
				as.OwnLabel = o.Label
				vd.Activities = append(vd.Activities, *as)
			}
		}
		if packed {
			vd.Outstanding = a.idsInOrder(keys)
		} else {
			slices.SortFunc(vd.Outstanding, idLess)
		}
		if vd.Commitments > 0 && len(vd.Outstanding) == 0 {
			vd.ActivitiesVerified = verified
		}
		a.cessation(&vd, at, d.Cycle)
		vd.Eligible = vd.Commitments > 0 && len(vd.Outstanding) == 0 && !vd.Ceased.IsZero()
		if vd.Eligible {
			vd.RequestFrom = vd.Ceased.To
			if vd.ActivitiesVerified.After(vd.RequestFrom) {
				vd.RequestFrom = vd.ActivitiesVerified
			}
		}
		d.ByViolation = append(d.ByViolation, vd)
	}
	d.Eligible = len(d.ByViolation) > 0 && len(d.RemainsListed) == 0
	for _, vd := range d.ByViolation {
		d.Eligible = d.Eligible && vd.Eligible
	}
	return d
}

// cessation reads, from the record's verified violations and monitoring
// statements known at at, each whole reporting period of the cycle from the
// one the plan was signed in, and whether violation vd.Violation has ceased
// for one of them after the last verified.
func (a *Agreement) cessation(vd *ViolationDelisting, at time.Time, cycle ReportingCycle) {
	v := vd.Violation
	for i := range a.Violations {
		x := &a.Violations[i]
		if x.Violation == v && !x.Verified.After(at) && x.Occurred.After(vd.LastViolation) {
			vd.LastViolation = x.Occurred
		}
	}
	vd.Periods = []PeriodStatus{}
	if a.Signed.IsZero() { // a draft: no period of it has begun
		vd.Needed = cycle.period(at)
		return
	}
	after := cycle.period(a.Signed).From
	if !vd.LastViolation.IsZero() {
		if end := cycle.period(vd.LastViolation).To; end.After(after) {
			after = end
		}
	}
	for p := cycle.period(a.Signed); !p.To.After(at); p = cycle.next(p) {
		ps := PeriodStatus{Period: p, State: PeriodUnknown}
		for i := range a.Violations {
			x := &a.Violations[i]
			if x.Violation == v && !x.Verified.After(at) && !x.Occurred.Before(p.From) && x.Occurred.Before(p.To) {
				ps.Violations++
				ps.Children += x.Children
			}
		}
		switch {
		case ps.Violations > 0:
			ps.State = PeriodViolation
		case a.monitored(v, p, at):
			ps.State = PeriodClean
		}
		vd.Periods = append(vd.Periods, ps)
		if p.From.Before(after) {
			continue
		}
		switch {
		case ps.State == PeriodClean && vd.Ceased.IsZero():
			vd.Ceased = p
		case ps.State == PeriodUnknown && vd.Needed.IsZero():
			vd.Needed = p
		}
	}
	switch {
	case !vd.Ceased.IsZero():
		vd.Needed = ReportingPeriod{}
	case vd.Needed.IsZero():
		vd.Needed = cycle.period(after) // no whole period since: the one under way, or the next
	}
}

// monitored reports whether the monitoring statements known at at cover
// period p whole for violation v.
func (a *Agreement) monitored(v actor.Violation, p ReportingPeriod, at time.Time) bool {
	covered := p.From
	for progress := true; progress && covered.Before(p.To); {
		progress = false
		for i := range a.Monitoring {
			m := &a.Monitoring[i]
			if m.Stated.After(at) || !m.Covers(v) {
				continue
			}
			if !m.From.After(covered) && m.To.After(covered) {
				covered, progress = m.To, true
			}
		}
	}
	return !covered.Before(p.To)
}

// nextActions gives the next actions of follow-up f; listed is an Action
// Plan's listed party and its name, whom the delisting actions concern.
func nextActions(f *FollowUp, role func(uuid.UUID) Role, listed uuid.UUID, listedName string) []NextAction {
	n := len(f.Breaches) + len(f.Reversals) + len(f.OwnOverdue) + len(f.Overdue) + len(f.AccessLost) + len(f.Unverified) + len(f.DueSoon) + len(f.Phases)
	if d := f.Delisting; d != nil {
		n += 3*len(d.ByViolation) + len(d.RemainsListed)
	}
	out := make([]NextAction, 0, n) // at most: the lists are long, and appending would copy them over and over
	about := func(a Action, it *Item) NextAction {
		return NextAction{Action: a, Commitment: it.Commitment, Number: it.Number, Text: it.Text, Party: it.By, PartyName: it.PartyName}
	}
	for i := range f.Breaches {
		if it := &f.Breaches[i]; role(it.By) != RoleAgency { // the organisation's own breach is for it to honour, below
			out = append(out, about(ActionAddressBreach, it))
		}
	}
	for i := range f.Reversals {
		out = append(out, about(ActionAddressReversal, &f.Reversals[i]))
	}
	for i := range f.OwnOverdue {
		out = append(out, about(ActionHonourOwn, &f.OwnOverdue[i]))
	}
	for i := range f.Overdue {
		if it := &f.Overdue[i]; role(it.By) != RoleAgency {
			out = append(out, about(ActionChaseOverdue, it))
		}
	}
	for i := range f.AccessLost {
		out = append(out, about(ActionRestoreAccess, &f.AccessLost[i]))
	}
	for i := range f.Unverified {
		out = append(out, about(ActionVerify, &f.Unverified[i]))
	}
	for i := range f.DueSoon {
		out = append(out, about(ActionPrepareDue, &f.DueSoon[i]))
	}
	for _, p := range f.Phases {
		if p.Open && !p.Started {
			out = append(out, NextAction{Action: ActionStartPhase, Phase: p.Phase, PhaseName: p.PhaseName})
		}
	}
	if d := f.Delisting; d != nil {
		on := func(a Action, v actor.Violation, p ReportingPeriod) NextAction {
			return NextAction{Action: a, Party: listed, PartyName: listedName, Violation: v, Period: p}
		}
		for _, vd := range d.ByViolation {
			if vd.Eligible {
				out = append(out, on(ActionRequestDelisting, vd.Violation, vd.Ceased))
			}
		}
		for _, vd := range d.ByViolation {
			// Once the commitments are done, the unknown period is all that
			// stands in the way.
			if vd.Commitments > 0 && len(vd.Outstanding) == 0 && vd.Ceased.IsZero() && !vd.Needed.IsZero() && !vd.Needed.To.After(f.At) {
				out = append(out, on(ActionSeekMonitoring, vd.Violation, vd.Needed))
			}
		}
		for _, vd := range d.ByViolation {
			if vd.Commitments == 0 {
				out = append(out, on(ActionKeepEngaging, vd.Violation, ReportingPeriod{}))
			}
		}
		for _, v := range d.RemainsListed {
			out = append(out, on(ActionKeepEngaging, v, ReportingPeriod{}))
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// String gives the follow-up as a negotiator reads it: a headline — what
// is overdue, due soon, breached, reversed, and of the organisation's own
// not honoured, and the compliance with what is due — then a line per item
// that needs attention (overdue, due soon, breaches, reversals, denials,
// lost access, unverified, in that order), the delisting answer for an
// Action Plan, and the next actions. Parties and phases are named by name;
// commitments by their number in the agreement ("commitment 3"), never by
// their texts, which are sensitive: [FollowUp.Words] names them by their
// texts.
func (f FollowUp) String() string { return f.render(false) }

// Words gives the follow-up as String does, but names each commitment by
// its text, shortened to a line. The texts are sensitive: show Words to the
// negotiator, never log it.
func (f FollowUp) Words() string { return f.render(true) }

// GoString is String, so that %#v shows no text either.
func (f FollowUp) GoString() string { return f.String() }

// Format writes String for every verb.
func (f FollowUp) Format(s fmt.State, verb rune) { _, _ = s.Write([]byte(f.String())) }

// LogValue logs the moment and the counts, never a commitment's text.
func (f FollowUp) LogValue() slog.Value {
	return slog.GroupValue(slog.Time("at", f.At), slog.Int("overdue", len(f.Overdue)), slog.Int("due_soon", len(f.DueSoon)),
		slog.Int("breaches", len(f.Breaches)), slog.Int("reversals", len(f.Reversals)), slog.Int("own_overdue", len(f.OwnOverdue)),
		slog.Int("commitments", f.Overall.Commitments), slog.Int("next", len(f.Next)))
}

// Redact returns a copy safe to share: every item's and next action's
// commitment text replaced by [Redacted]. The copy shares nothing with f
// that it changes.
func (f FollowUp) Redact() FollowUp {
	out := f
	for _, l := range []*[]Item{&out.Overdue, &out.DueSoon, &out.Breaches, &out.Reversals, &out.Denials, &out.AccessLost, &out.Unverified, &out.OwnOverdue} {
		if *l == nil {
			continue
		}
		*l = slices.Clone(*l)
		for i := range *l {
			(*l)[i].Text = Redacted
		}
	}
	if out.Next != nil {
		out.Next = slices.Clone(out.Next)
		for i := range out.Next {
			if out.Next[i].Text != "" {
				out.Next[i].Text = Redacted
			}
		}
	}
	return out
}

func (f FollowUp) render(texts bool) string {
	var b strings.Builder
	b.WriteString("Follow-up at " + f.At.UTC().Format(time.DateOnly) + ": " + strconv.Itoa(len(f.Overdue)) + " overdue, " +
		strconv.Itoa(len(f.DueSoon)) + " due soon, " + words.Count(len(f.Breaches), "breach", "breaches") + ", " +
		words.Count(len(f.Reversals), "reversal", "") + ", " + strconv.Itoa(len(f.OwnOverdue)) + " of our own not honoured")
	if c, ok := f.Overall.Compliance(); ok {
		b.WriteString("; compliance " + words.Percent(c))
	}
	for _, l := range []struct {
		what  string
		items []Item
	}{{"overdue", f.Overdue}, {"due soon", f.DueSoon}, {"breached", f.Breaches}, {"reversed", f.Reversals},
		{"denied", f.Denials}, {"monitoring access lost", f.AccessLost}, {"implemented, not verified", f.Unverified}} {
		for _, it := range l.items {
			line := it.String()
			if texts {
				line = it.Words()
			}
			b.WriteString("\n  - " + l.what + ": " + line)
		}
	}
	if f.Delisting != nil {
		b.WriteString("\n  - delisting: " + strings.ReplaceAll(f.Delisting.String(), "\n  - ", "\n      "))
	}
	if f.Upgraded != "" {
		b.WriteString("\n  - record: " + f.Upgraded)
	}
	for _, n := range f.Next {
		line := n.String()
		if texts {
			line = n.Words()
		}
		b.WriteString("\n  - next: " + line)
	}
	return b.String()
}
