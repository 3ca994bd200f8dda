package agreement

import "time"

// Exported for the tests: the decoders, for the differential fuzz tests.
var (
	RecordCodec = recordCodec
)

// ValidateFull is Validate without the quick look at plain commitments and
// the fast path of events: every commitment and event checked field by
// field, for the differential test.
func ValidateFull(a Agreement) error { return a.check(nil, false) }

// Record is the written record as decoded.
type Record = record

// TrackedStates gives the states FollowUp derives from its tracked states,
// through validation's sink (sink) and through CanAdvance's scan (scan), as
// States, with the last breach, reversal, denial and loss of access of each
// commitment (1 + the event's index, 0 for none): for the differential
// test against States.
func TrackedStates(a Agreement, at time.Time) (sink, scan []State, last [][4]int32, err error) {
	sk := &stateSink{at: at, states: a.initialTracked()}
	if err := a.validate(sk); err != nil {
		return nil, nil, nil, err
	}
	tr := a.trackedAt(at)
	for i := range a.Commitments {
		sink = append(sink, sk.states[i].state(&a, i))
		scan = append(scan, tr[i].state(&a, i))
		last = append(last, sk.states[i].last)
	}
	return sink, scan, last, nil
}
