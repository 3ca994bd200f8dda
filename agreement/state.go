package agreement

import (
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// CommitmentStatus is where a commitment stands, from its events. The zero value is
// invalid as an input and never the result of a derivation. It is a plain
// value, safe for concurrent use.
type CommitmentStatus uint8

// Statuses of a commitment.
const (
	StatusUnspecified        CommitmentStatus = iota
	StatusPending                             // no event yet
	StatusInProgress                          // steps taken
	StatusPartiallyFulfilled                  // implemented in part
	StatusFulfilled                           // implemented in full
	StatusBreached                            // an outstanding breach
	StatusReversed                            // an earlier policy reversed
)

var statuses = enum.New[CommitmentStatus]("agreement", "status",
	"pending", "in_progress", "partially_fulfilled", "fulfilled", "breached", "reversed").
	WithLabels("pending", "in progress", "partly fulfilled", "fulfilled", "breached", "reversed")

// IsValid reports whether s is a named status.
func (s CommitmentStatus) IsValid() bool { return statuses.Valid(s) }

// String returns the wire word; it never panics.
func (s CommitmentStatus) String() string { return statuses.String(s) }

// Label returns the value in words, for people; String gives the wire word.
func (s CommitmentStatus) Label() string { return statuses.Label(s) }

// MarshalText encodes the status as its wire word.
func (s CommitmentStatus) MarshalText() ([]byte, error) { return statuses.Marshal(s) }

// UnmarshalText decodes a wire word, ignoring case.
func (s *CommitmentStatus) UnmarshalText(b []byte) (err error) {
	*s, err = statuses.Unmarshal(b)
	return err
}

// ParseCommitmentStatus parses a status's wire word, ignoring case.
func ParseCommitmentStatus(s string) (CommitmentStatus, error) { return statuses.Parse(s) }

// State is a commitment's state at a moment, derived from the events up to
// that moment. The zero value is not a derived state: [Agreement.States]
// starts every commitment at StatusPending. It is a plain value, safe for
// concurrent use.
type State struct {
	Commitment     uuid.UUID        `json:"commitment"`
	Status         CommitmentStatus `json:"status"`
	Implementation Implementation   `json:"implementation"`
	Verified       bool             `json:"verified"`             // the current level is verified
	VerifiedAt     time.Time        `json:"verified_at,omitzero"` // when it was last verified, while it stays verified
	Breached       bool             `json:"breached"`             // a breach or reversal not remedied by a later fulfilment
	Denied         bool             `json:"denied"`               // the party denies a reported violation, not since verified
	AccessLost     bool             `json:"access_lost"`          // monitors have lost access
	Fulfilled      time.Time        `json:"fulfilled,omitzero"`   // when it reached full implementation
	LastBreach     time.Time        `json:"last_breach,omitzero"` // when its last breach or reversal was recorded, remedied or not
	Events         int              `json:"events"`
}

// Compliant reports whether the commitment is honoured: a positive
// obligation fully implemented with no outstanding breach; a negative
// obligation with no outstanding breach or reversal.
func (s State) Compliant(o Duty) bool {
	if o == DutyNegative {
		return !s.Breached
	}
	return s.Implementation == ImplementationFull && !s.Breached
}

func (s *State) apply(e *Event) {
	s.Events++
	raise := func(l Implementation) {
		if l > s.Implementation {
			s.Implementation, s.Verified, s.VerifiedAt = l, false, time.Time{}
		}
	}
	fulfil := func() {
		raise(ImplementationFull)
		s.Breached, s.Status = false, StatusFulfilled
		if s.Fulfilled.IsZero() {
			s.Fulfilled = e.At
		}
	}
	switch e.Kind {
	case EventProgress:
		l := e.Level
		if l == 0 {
			l = ImplementationMinimal
		}
		if l == ImplementationFull { // progress to full implementation is fulfilment
			fulfil()
			return
		}
		raise(l)
		if !s.Breached && s.Implementation < ImplementationFull {
			s.Status = StatusInProgress
		}
	case EventPartiallyFulfilled:
		raise(ImplementationIntermediate)
		if !s.Breached && s.Implementation < ImplementationFull {
			s.Status = StatusPartiallyFulfilled
		}
	case EventFulfilled:
		fulfil()
	case EventBreach:
		// What was verified no longer holds: a later fulfilment needs a new
		// verification.
		s.Breached, s.Status, s.Verified, s.VerifiedAt = true, StatusBreached, false, time.Time{}
		s.LastBreach = e.At
	case EventReversal:
		s.Implementation, s.Verified, s.VerifiedAt, s.Breached, s.Status = ImplementationNotInitiated, false, time.Time{}, true, StatusReversed
		s.Fulfilled, s.LastBreach = time.Time{}, e.At
	case EventDenial:
		s.Denied = true
	case EventVerification:
		s.Verified, s.VerifiedAt, s.Denied = true, e.At, false
	case EventAccessLost:
		s.AccessLost = true
	case EventAccessRestored:
		s.AccessLost = false
	}
}

// tracked is a commitment's state as FollowUp derives it: the facts of a
// State, with each time kept as the event that set it (1 + its index in
// Agreement.Events, 0 for none), and the last event of each kind a
// follow-up reports. It holds no pointer and takes 36 bytes where a State
// takes 120: ten thousand of them stay in the cache, and the collector has
// nothing in them to scan. state turns it back into the State that
// Agreement.States gives.
type tracked struct {
	events     int32
	verifiedAt int32 // the verification of the current level, while it stays verified
	fulfilled  int32 // the event that first brought full implementation
	lastBreach int32 // the last breach or reversal, remedied or not
	last       lastEvents
	status     CommitmentStatus
	impl       Implementation
	verified   bool
	breached   bool
	denied     bool
	accessLost bool
}

// apply is State.apply for an event of kind k and level l, number ev
// (1 + its index).
func (s *tracked) apply(k EventKind, l Implementation, ev int32) {
	s.events++
	switch k {
	case EventProgress:
		if l == 0 {
			l = ImplementationMinimal
		}
		if l == ImplementationFull { // progress to full implementation is fulfilment
			s.fulfil(ev)
			return
		}
		s.raise(l)
		if !s.breached && s.impl < ImplementationFull {
			s.status = StatusInProgress
		}
	case EventPartiallyFulfilled:
		s.raise(ImplementationIntermediate)
		if !s.breached && s.impl < ImplementationFull {
			s.status = StatusPartiallyFulfilled
		}
	case EventFulfilled:
		s.fulfil(ev)
	case EventBreach:
		s.breached, s.status, s.verified, s.verifiedAt = true, StatusBreached, false, 0
		s.lastBreach, s.last[lastBreach] = ev, ev
	case EventReversal:
		s.impl, s.verified, s.verifiedAt, s.breached, s.status = ImplementationNotInitiated, false, 0, true, StatusReversed
		s.fulfilled, s.lastBreach, s.last[lastReversal] = 0, ev, ev
	case EventDenial:
		s.denied, s.last[lastDenial] = true, ev
	case EventVerification:
		s.verified, s.verifiedAt, s.denied = true, ev, false
	case EventAccessLost:
		s.accessLost, s.last[lastAccessLost] = true, ev
	case EventAccessRestored:
		s.accessLost = false
	}
}

func (s *tracked) raise(l Implementation) {
	if l > s.impl {
		s.impl, s.verified, s.verifiedAt = l, false, 0
	}
}

func (s *tracked) fulfil(ev int32) {
	s.raise(ImplementationFull)
	s.breached, s.status = false, StatusFulfilled
	if s.fulfilled == 0 {
		s.fulfilled = ev
	}
}

// compliant is State.Compliant.
func (s *tracked) compliant(o Duty) bool {
	if o == DutyNegative {
		return !s.breached
	}
	return s.impl == ImplementationFull && !s.breached
}

// state returns s as the State of commitment i of a.
func (s *tracked) state(a *Agreement, i int) State {
	return State{
		Commitment: a.Commitments[i].ID, Status: s.status, Implementation: s.impl,
		Verified: s.verified, VerifiedAt: a.eventAt(s.verifiedAt), Breached: s.breached, Denied: s.denied,
		AccessLost: s.accessLost, Fulfilled: a.eventAt(s.fulfilled), LastBreach: a.eventAt(s.lastBreach), Events: int(s.events),
	}
}

// initialTracked returns each commitment's tracked state before any event:
// pending, not initiated.
func (a *Agreement) initialTracked() []tracked {
	out := make([]tracked, len(a.Commitments))
	for i := range out {
		out[i].status, out[i].impl = StatusPending, ImplementationNotInitiated
	}
	return out
}

// initialStates returns each commitment's state before any event: pending,
// not initiated.
func (a *Agreement) initialStates() []State {
	out := make([]State, len(a.Commitments))
	for i := range a.Commitments {
		out[i] = State{Commitment: a.Commitments[i].ID, Status: StatusPending, Implementation: ImplementationNotInitiated}
	}
	return out
}

// States derives each commitment's state at time at from the events up to
// and including at, in the order of the commitments. Events after at are
// not yet known. It does not validate the agreement; events naming no
// commitment are ignored.
func (a Agreement) States(at time.Time) []State {
	out, _ := a.states(at)
	return out
}

func (a Agreement) states(at time.Time) ([]State, map[uuid.UUID]int) {
	out := a.initialStates()
	index := make(map[uuid.UUID]int, len(a.Commitments))
	for i, c := range a.Commitments {
		index[c.ID] = i
	}
	for i := range a.Events {
		e := &a.Events[i]
		if e.At.After(at) {
			continue
		}
		if k, ok := index[e.Commitment]; ok {
			out[k].apply(e)
		}
	}
	return out, index
}

// trackedAt is states for FollowUp's tracked states: what CanAdvance reads.
func (a *Agreement) trackedAt(at time.Time) []tracked {
	out := a.initialTracked()
	index := make(map[uuid.UUID]int, len(a.Commitments))
	for i, c := range a.Commitments {
		index[c.ID] = i
	}
	for i := range a.Events {
		e := &a.Events[i]
		if e.At.After(at) {
			continue
		}
		if k, ok := index[e.Commitment]; ok {
			out[k].apply(e.Kind, e.Level, int32(i+1))
		}
	}
	return out
}
