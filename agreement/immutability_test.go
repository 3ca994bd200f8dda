package agreement_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/deep"
)

func shuffle[E any](r *rand.Rand, s []E) {
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
}

// TestPropertyNoFunctionModifiesItsArguments calls every exported function
// and method that takes an agreement, an event, rows or cases on random
// values, their unordered lists shuffled so an in-place sort would show,
// and deep-compares each argument before and after.
func TestPropertyNoFunctionModifiesItsArguments(t *testing.T) {
	r := newRand(88)
	for range 200 {
		a := randomAgreement(r)
		shuffle(r, a.Parties)
		shuffle(r, a.Commitments)
		shuffle(r, a.Instrument.Violations)
		at := randomMoment(r, a)
		others := []agreement.Agreement{randomAgreement(r), a, randomAgreement(r)}
		e := agreement.Event{Commitment: a.Commitments[0].ID, At: at, Kind: agreement.EventProgress, Level: agreement.ImplementationIntermediate, Note: "seen"}
		var phase = a.ID
		if len(a.Phases) > 0 {
			phase = a.Phases[r.IntN(len(a.Phases))].ID
		}
		calls := []struct {
			name string
			call func()
		}{
			{"Validate", func() { require.NoError(t, a.Validate()) }},
			{"FollowUp", func() { _, _ = a.FollowUp(at, agreement.FollowUpOptions{Listing: listingOf(a)}) }},
			{"CanAdvance", func() { _, _ = a.CanAdvance(phase, at) }},
			{"Proposal", func() { _ = a.Proposal() }},
			{"Redact", func() { _ = a.Redact() }},
			{"States", func() { _ = a.States(at) }},
			{"Unchecked", func() { _ = a.Unchecked() }},
			{"Append", func() { _, _ = agreement.Append(a, e) }},
			{"SummariseAgreements", func() { _, _ = research.SummariseAgreements(others, at, research.TableOptions{}) }},
			{"EncodeRecord", func() { require.NoError(t, agreement.EncodeRecord(&bytes.Buffer{}, a)) }},
			{"Sprintf", func() { _ = fmt.Sprintf("%v %+v %#v %s %v", a, a, a, a.Commitments, e) }},
		}
		for _, c := range calls {
			before, eBefore, othersBefore := deep.Copy(a), deep.Copy(e), deep.Copy(others)
			c.call()
			require.Empty(t, deep.Diff(before, a), "%s modified the agreement", c.name)
			require.Empty(t, deep.Diff(eBefore, e), "%s modified the event", c.name)
			require.Empty(t, deep.Diff(othersBefore, others), "%s modified the agreements", c.name)
		}
	}
}

func TestPropertyTablesModifyNoCase(t *testing.T) {
	r := newRand(89)
	var cases []research.Case
	for range 200 {
		a := randomAgreement(r)
		cases = append(cases, research.Case{ID: a.Title, Year: a.Signed.Year(), ActorKind: 1, Instrument: a.Instrument.Kind,
			Risk: a.Commitments[0].Risk, Outcome: research.Outcome(1 + r.IntN(3)), Result: research.Result(1 + r.IntN(3))})
	}
	before := deep.Copy(cases)
	var tab research.Tabulator
	var buf bytes.Buffer
	w := research.NewCaseLineWriter(&buf)
	for _, c := range cases {
		_ = c.Validate()
		tab.Add(c)
		require.NoError(t, w.Write(c))
	}
	require.NoError(t, w.Flush())
	require.Empty(t, deep.Diff(before, cases), "a case was modified")
	s := tab.Summary()
	rows := s.ByInstrument
	shuffle(r, rows)
	rowsBefore := deep.Copy(rows)
	require.NoError(t, research.WriteTable(&bytes.Buffer{}, "by instrument", rows))
	require.Empty(t, deep.Diff(rowsBefore, rows), "WriteTable modified its rows")
}
