package agreement

import (
	"slices"
	"strconv"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// FollowUpOptions sets how far ahead FollowUp looks. The zero value means
// the defaults. It is a plain value, safe for concurrent use.
type FollowUpOptions struct {
	Horizon time.Duration // commitments due within it are "soon"; default 30 days
}

// Item is one commitment that needs attention: who must act, when it was
// due, and, for a breach, reversal, denial or lost access, when that was
// recorded. The zero value names no commitment; only [Agreement.FollowUp]
// reports items. It is a plain value, safe for concurrent use.
type Item struct {
	Commitment uuid.UUID `json:"commitment"`
	By         uuid.UUID `json:"by"`
	Due        time.Time `json:"due"`
	Phase      uuid.UUID `json:"phase,omitzero"`
	Since      time.Time `json:"since,omitzero"`
}

// Tally counts commitments on the Peace Accords Matrix scale, and how many
// of those due are honoured. The zero value is an empty tally: no
// commitments, none due. It is a plain value, safe for concurrent use.
type Tally struct {
	Commitments int    `json:"commitments"`
	Levels      [4]int `json:"levels"` // not initiated, minimal, intermediate, full
	Due         int    `json:"due"`
	Compliant   int    `json:"compliant"`
}

// Count returns how many commitments are at level l; 0 for a level that is
// not valid.
func (t Tally) Count(l Implementation) int {
	if !l.IsValid() {
		return 0
	}
	return t.Levels[l-ImplementationNotInitiated]
}

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

func (t *Tally) add(s *State, c *Commitment, at time.Time) {
	t.Commitments++
	t.Levels[s.Implementation-ImplementationNotInitiated]++
	if !c.Due.After(at) {
		t.Due++
		if s.Compliant(c.Obligation) {
			t.Compliant++
		}
	}
}

// PartyTally is a Tally of one party's commitments. The zero value is an
// empty tally under the zero party ID, which FollowUp never reports (a valid
// commitment names its party). It is a plain value, safe for concurrent use.
type PartyTally struct {
	Party uuid.UUID `json:"party"`
	Tally
}

// PhaseTally is a Tally of one phase's commitments (the zero ID: those in
// no phase). The zero value is an empty tally of the commitments in no
// phase. It is a plain value, safe for concurrent use.
type PhaseTally struct {
	Phase uuid.UUID `json:"phase"`
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
	Risk assessment.Risk `json:"risk"`
	Tally
}

// PhaseProgress is where a phase of a step-by-step agreement stands. The
// zero value names no phase and counts nothing; CanAdvance returns it with
// its error. It is a plain value, safe for concurrent use.
type PhaseProgress struct {
	Phase       uuid.UUID `json:"phase"`
	Commitments int       `json:"commitments"`
	Reached     int       `json:"reached"`  // at the rule's level (and verified, if the rule says)
	Share       float64   `json:"share"`    // Reached / Commitments
	Complete    bool      `json:"complete"` // the share meets the rule
	Open        bool      `json:"open"`     // every phase it waits for is complete
	Started     bool      `json:"started"`  // some commitment of the phase has an event
}

// ActivityStatus is how far the commitments on one standard Action Plan
// activity are verified as implemented. The zero value names no activity
// and counts nothing. It is a plain value, safe for concurrent use.
type ActivityStatus struct {
	Activity    Activity `json:"activity"`
	Commitments int      `json:"commitments"`
	Verified    int      `json:"verified"` // fully implemented, verified, no outstanding breach
}

// Delisting says whether a party with an Action Plan is eligible for
// delisting: eligible once the UN verifies that every activity of the plan
// was implemented.
//
// Eligibility is judged on the activities of the plan as signed, which must
// number at least one: the UN verifies the plan it agreed with the party.
// Missing lists the standard activities no commitment covers — a gap worth
// raising while the plan is negotiated — but does not block eligibility.
//
// The zero value is not eligible and lists nothing; it is never the result
// for an Action Plan, whose Delisting lists every standard activity, in
// Activities or in Missing. It holds slices that this package never
// modifies once returned, so it is safe for concurrent reads.
type Delisting struct {
	Eligible    bool             `json:"eligible"`
	Activities  []ActivityStatus `json:"activities"`
	Missing     []Activity       `json:"missing"`     // standard activities no commitment covers
	Outstanding []uuid.UUID      `json:"outstanding"` // commitments on activities not yet verified as implemented
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
	ActionRequestDelisting        // ask the UN to consider delisting
)

var actions = enum.New[Action]("agreement", "action",
	"address_breach", "address_reversal", "honour_own", "chase_overdue", "restore_access", "verify",
	"prepare_due", "start_phase", "request_delisting")

// IsValid reports whether a is a named action.
func (a Action) IsValid() bool { return actions.Valid(a) }

// String returns the wire word; it never panics.
func (a Action) String() string { return actions.String(a) }

// MarshalText encodes the action as its wire word.
func (a Action) MarshalText() ([]byte, error) { return actions.Marshal(a) }

// UnmarshalText decodes a wire word, ignoring case.
func (a *Action) UnmarshalText(b []byte) (err error) { *a, err = actions.Unmarshal(b); return err }

// ParseAction parses an action's wire word, ignoring case.
func ParseAction(s string) (Action, error) { return actions.Parse(s) }

// NextAction is one thing to do now. The zero value is not an action: its
// Action is unspecified. It is a plain value, safe for concurrent use.
type NextAction struct {
	Action     Action    `json:"action"`
	Commitment uuid.UUID `json:"commitment,omitzero"`
	Party      uuid.UUID `json:"party,omitzero"`
	Phase      uuid.UUID `json:"phase,omitzero"`
}

// String renders the action in a sentence, naming commitments, parties and
// phases by the first eight characters of their IDs.
func (n NextAction) String() string {
	c, p, ph := short(n.Commitment), short(n.Party), short(n.Phase)
	switch n.Action {
	case ActionAddressBreach:
		return "raise the breach of commitment " + c + " with party " + p
	case ActionAddressReversal:
		return "engage party " + p + " on the reversal of commitment " + c
	case ActionHonourOwn:
		return "honour our own commitment " + c + ": our credibility is at stake"
	case ActionChaseOverdue:
		return "follow up overdue commitment " + c + " with party " + p
	case ActionRestoreAccess:
		return "restore monitoring access for commitment " + c + ", or arrange third-party reporting"
	case ActionVerify:
		return "arrange verification of commitment " + c + ", reported implemented"
	case ActionPrepareDue:
		return "prepare commitment " + c + " of party " + p + ", due soon"
	case ActionStartPhase:
		return "propose phase " + ph + ": the phases it waits for are complete"
	case ActionRequestDelisting:
		return "ask the UN to consider delisting: every Action Plan activity is verified as implemented"
	}
	return n.Action.String()
}

func short(id uuid.UUID) string { return id.String()[:8] }

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
}

// FollowUp reports how the agreement stands at time at, from the events up
// to at. It validates the agreement first; events after at are not yet
// known, so follow-up at a later time never reports fewer overdue
// commitments unless an event fulfilled them. It does not modify a.
func (a Agreement) FollowUp(at time.Time, opts FollowUpOptions) (FollowUp, error) {
	if err := a.Validate(); err != nil {
		return FollowUp{}, err
	}
	if at.IsZero() {
		return FollowUp{}, &FieldError{Pkg: pkg, Path: "at", Reason: ReasonRequired, Detail: "the evaluation time"}
	}
	if opts.Horizon <= 0 {
		opts.Horizon = 30 * 24 * time.Hour
	}
	states, _ := a.states(at)
	since := a.lastEvents(at)
	roles := make(map[uuid.UUID]Role, len(a.Parties))
	for _, p := range a.Parties {
		roles[p.ID] = p.Role
	}
	f := FollowUp{At: at}
	byParty := map[uuid.UUID]*Tally{}
	byPhase := map[uuid.UUID]*Tally{}
	byTheme := map[Theme]*Tally{}
	byRisk := map[assessment.Risk]*Tally{}
	get := func(m map[uuid.UUID]*Tally, k uuid.UUID) *Tally {
		if m[k] == nil {
			m[k] = &Tally{}
		}
		return m[k]
	}
	for i := range a.Commitments {
		c, s := &a.Commitments[i], &states[i]
		item := Item{Commitment: c.ID, By: c.By, Due: c.Due, Phase: c.Phase}
		f.Overall.add(s, c, at)
		get(byParty, c.By).add(s, c, at)
		get(byPhase, c.Phase).add(s, c, at)
		if byTheme[c.Theme] == nil {
			byTheme[c.Theme] = &Tally{}
		}
		byTheme[c.Theme].add(s, c, at)
		if byRisk[c.Risk] == nil {
			byRisk[c.Risk] = &Tally{}
		}
		byRisk[c.Risk].add(s, c, at)

		overdue := c.Obligation == ObligationPositive && !c.Due.After(at) && s.Implementation != ImplementationFull
		switch {
		case overdue:
			f.Overdue = append(f.Overdue, item)
		case c.Obligation == ObligationPositive && s.Implementation != ImplementationFull && c.Due.Sub(at) <= opts.Horizon:
			f.DueSoon = append(f.DueSoon, item)
		}
		mark := func(list *[]Item, k EventKind) {
			it := item
			it.Since = since[eventKey{c.ID, k}]
			*list = append(*list, it)
		}
		switch s.Status {
		case StatusBreached:
			mark(&f.Breaches, EventBreach)
		case StatusReversed:
			mark(&f.Reversals, EventReversal)
		}
		if s.Denied {
			mark(&f.Denials, EventDenial)
		}
		if s.AccessLost {
			mark(&f.AccessLost, EventAccessLost)
		}
		if s.Implementation == ImplementationFull && !s.Verified && !s.Breached {
			f.Unverified = append(f.Unverified, item)
		}
		if roles[c.By] == RoleAgency && (overdue || s.Breached) {
			f.OwnOverdue = append(f.OwnOverdue, item)
		}
	}
	for _, list := range []*[]Item{&f.Overdue, &f.DueSoon, &f.Breaches, &f.Reversals, &f.Denials, &f.AccessLost, &f.Unverified, &f.OwnOverdue} {
		slices.SortFunc(*list, func(x, y Item) int {
			if c := x.Due.Compare(y.Due); c != 0 {
				return c
			}
			return idLess(x.Commitment, y.Commitment)
		})
	}
	for k, t := range byParty {
		f.ByParty = append(f.ByParty, PartyTally{k, *t})
	}
	slices.SortFunc(f.ByParty, func(x, y PartyTally) int { return idLess(x.Party, y.Party) })
	for k, t := range byPhase {
		f.ByPhase = append(f.ByPhase, PhaseTally{k, *t})
	}
	slices.SortFunc(f.ByPhase, func(x, y PhaseTally) int { return idLess(x.Phase, y.Phase) })
	for k, t := range byTheme {
		f.ByTheme = append(f.ByTheme, ThemeTally{k, *t})
	}
	slices.SortFunc(f.ByTheme, func(x, y ThemeTally) int { return int(x.Theme) - int(y.Theme) })
	for k, t := range byRisk {
		f.ByRisk = append(f.ByRisk, RiskTally{k, *t})
	}
	slices.SortFunc(f.ByRisk, func(x, y RiskTally) int { return int(x.Risk) - int(y.Risk) })
	f.Phases = a.phaseProgress(states)
	if a.Instrument.Kind == KindActionPlan {
		d := a.delisting(states)
		f.Delisting = &d
	}
	f.Next = nextActions(&f, roles)
	return f, nil
}

type eventKey struct {
	c uuid.UUID
	k EventKind
}

// lastEvents returns when each commitment last had each kind of event, up
// to at.
func (a Agreement) lastEvents(at time.Time) map[eventKey]time.Time {
	out := make(map[eventKey]time.Time)
	for _, e := range a.Events {
		if e.At.After(at) {
			continue
		}
		switch e.Kind {
		case EventBreach, EventReversal, EventDenial, EventAccessLost:
			out[eventKey{e.Commitment, e.Kind}] = e.At
		}
	}
	return out
}

// phaseProgress evaluates each phase's advance rule.
func (a Agreement) phaseProgress(states []State) []PhaseProgress {
	if len(a.Phases) == 0 {
		return nil
	}
	byPhase := make(map[uuid.UUID]*PhaseProgress, len(a.Phases))
	out := make([]PhaseProgress, len(a.Phases))
	for i, p := range a.Phases {
		out[i].Phase = p.ID
		byPhase[p.ID] = &out[i]
	}
	rules := make(map[uuid.UUID]AdvanceRule, len(a.Phases))
	for _, p := range a.Phases {
		rules[p.ID] = p.Advance
	}
	for i, c := range a.Commitments {
		pp := byPhase[c.Phase]
		if pp == nil {
			continue
		}
		pp.Commitments++
		r, s := rules[c.Phase], states[i]
		pp.Started = pp.Started || s.Events > 0
		if s.Implementation >= r.Level && !s.Breached && (!r.Verified || s.Verified) {
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
			if q := byPhase[prev]; q != nil && !q.Complete {
				out[i].Open = false
			}
		}
	}
	return out
}

// CanAdvance evaluates the advance rule of one phase at time at: whether it
// is complete, so that the phases waiting for it may start.
func (a Agreement) CanAdvance(phase uuid.UUID, at time.Time) (PhaseProgress, error) {
	for _, p := range a.phaseProgress(a.States(at)) {
		if p.Phase == phase {
			return p, nil
		}
	}
	return PhaseProgress{}, &FieldError{Pkg: pkg, Path: "phase", Reason: ReasonReference, Detail: "no phase has this ID"}
}

func (a Agreement) delisting(states []State) Delisting {
	var d Delisting
	count := map[Activity]*ActivityStatus{}
	for i, c := range a.Commitments {
		if c.Activity == 0 {
			continue
		}
		as := count[c.Activity]
		if as == nil {
			as = &ActivityStatus{Activity: c.Activity}
			count[c.Activity] = as
		}
		as.Commitments++
		s := states[i]
		if s.Implementation == ImplementationFull && s.Verified && !s.Breached {
			as.Verified++
		} else {
			d.Outstanding = append(d.Outstanding, c.ID)
		}
	}
	for _, act := range Activities() {
		if as := count[act]; as != nil {
			d.Activities = append(d.Activities, *as)
		} else {
			d.Missing = append(d.Missing, act)
		}
	}
	slices.SortFunc(d.Outstanding, idLess)
	d.Eligible = len(d.Activities) > 0 && len(d.Outstanding) == 0
	return d
}

func nextActions(f *FollowUp, roles map[uuid.UUID]Role) []NextAction {
	var out []NextAction
	for _, it := range f.Breaches {
		if roles[it.By] != RoleAgency { // the organisation's own breach is for it to honour, below
			out = append(out, NextAction{Action: ActionAddressBreach, Commitment: it.Commitment, Party: it.By})
		}
	}
	for _, it := range f.Reversals {
		out = append(out, NextAction{Action: ActionAddressReversal, Commitment: it.Commitment, Party: it.By})
	}
	for _, it := range f.OwnOverdue {
		out = append(out, NextAction{Action: ActionHonourOwn, Commitment: it.Commitment, Party: it.By})
	}
	for _, it := range f.Overdue {
		if roles[it.By] != RoleAgency {
			out = append(out, NextAction{Action: ActionChaseOverdue, Commitment: it.Commitment, Party: it.By})
		}
	}
	for _, it := range f.AccessLost {
		out = append(out, NextAction{Action: ActionRestoreAccess, Commitment: it.Commitment, Party: it.By})
	}
	for _, it := range f.Unverified {
		out = append(out, NextAction{Action: ActionVerify, Commitment: it.Commitment, Party: it.By})
	}
	for _, it := range f.DueSoon {
		out = append(out, NextAction{Action: ActionPrepareDue, Commitment: it.Commitment, Party: it.By})
	}
	for _, p := range f.Phases {
		if p.Open && !p.Started {
			out = append(out, NextAction{Action: ActionStartPhase, Phase: p.Phase})
		}
	}
	if f.Delisting != nil && f.Delisting.Eligible {
		out = append(out, NextAction{Action: ActionRequestDelisting})
	}
	return out
}

// String summarises the follow-up in one line.
func (f FollowUp) String() string {
	s := "follow-up at " + f.At.UTC().Format(time.DateOnly) + ": " + strconv.Itoa(len(f.Overdue)) + " overdue, " +
		strconv.Itoa(len(f.DueSoon)) + " due soon, " + strconv.Itoa(len(f.Breaches)) + " breaches, " +
		strconv.Itoa(len(f.Reversals)) + " reversals, " + strconv.Itoa(len(f.OwnOverdue)) + " of our own not honoured"
	if c, ok := f.Overall.Compliance(); ok {
		s += "; compliance " + strconv.FormatFloat(100*c, 'f', 0, 64) + "%"
	}
	return s
}
