package agreement_test

import (
	"bytes"
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/assessment"
)

// bigAgreement has 10,000 commitments in ten phases and 100,000 events.
func bigAgreement(tb testing.TB) agreement.Agreement {
	tb.Helper()
	armed, agency := id(1), id(2)
	a := agreement.Agreement{
		ID: id(3), Title: "large", Actor: id(4), Instrument: agreement.Instrument{Kind: agreement.KindWrittenRecord},
		Signed:  day("2010-01-01"),
		Parties: []agreement.Party{{ID: armed, Role: agreement.RoleArmedActor, Name: "armed actor"}, {ID: agency, Role: agreement.RoleAgency, Name: "agency"}},
	}
	for p := range 10 {
		a.Phases = append(a.Phases, agreement.Phase{ID: id(1000 + p), Name: "phase " + strconv.Itoa(p), Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 0.9}})
	}
	start := day("2010-01-01")
	for i := range 10_000 {
		by := armed
		if i%10 == 0 {
			by = agency
		}
		o := agreement.ObligationPositive
		if i%3 == 0 {
			o = agreement.ObligationNegative
		}
		a.Commitments = append(a.Commitments, agreement.Commitment{
			ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte(strconv.Itoa(i))), Text: "commitment", By: by,
			Due: start.Add(time.Duration(i%1500) * 24 * time.Hour), Phase: id(1000 + i%10),
			Risk: assessment.Risks()[i%15], Theme: agreement.Theme(1 + i%11), Obligation: o, Verification: agreement.VerificationThirdPartyReport,
		})
	}
	kinds := []agreement.EventKind{agreement.EventProgress, agreement.EventProgress, agreement.EventPartiallyFulfilled, agreement.EventFulfilled,
		agreement.EventVerification, agreement.EventBreach, agreement.EventProgress, agreement.EventFulfilled, agreement.EventDenial, agreement.EventProgress}
	for i := range 100_000 {
		a.Events = append(a.Events, agreement.Event{Commitment: a.Commitments[(i*7)%10_000].ID, At: start.Add(time.Duration(i) * 20 * time.Minute), Kind: kinds[i%len(kinds)]})
	}
	if err := a.Validate(); err != nil {
		tb.Fatal(err)
	}
	return a
}

// BenchmarkFollowUp follows up an agreement of 10,000 commitments and
// 100,000 events (validation included).
func BenchmarkFollowUp(b *testing.B) {
	a := bigAgreement(b)
	at := day("2013-06-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.FollowUp(at, agreement.FollowUpOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFollowUpActionPlan follows up the same 10,000 commitments and
// 100,000 events as a joint Action Plan on recruitment and use and on
// sexual violence, so that delisting is judged per violation too.
func BenchmarkFollowUpActionPlan(b *testing.B) {
	a := bigAgreement(b)
	a.Instrument = agreement.Instrument{Kind: agreement.KindActionPlan, ListedParty: a.Parties[0].ID,
		Violations: []actor.Violation{actor.ViolationRecruitmentUse, actor.ViolationSexualViolence}}
	for i := range a.Commitments {
		v := a.Instrument.Violations[i%2]
		std := agreement.StandardActivities(v)
		a.Commitments[i].Violation, a.Commitments[i].Activity = v, std[i%len(std)]
	}
	if err := a.Validate(); err != nil {
		b.Fatal(err)
	}
	opts := agreement.FollowUpOptions{Listing: actor.Designation{Kind: actor.DesignationCAAC, Listings: []actor.Listing{
		{Violation: actor.ViolationRecruitmentUse, Since: 2003}, {Violation: actor.ViolationSexualViolence, Since: 2010}, {Violation: actor.ViolationAbduction, Since: 2016}}}}
	at := day("2017-06-01")
	b.ReportAllocs()
	for b.Loop() {
		f, err := a.FollowUp(at, opts)
		if err != nil || len(f.Delisting.ByViolation) != 2 {
			b.Fatal(err)
		}
	}
}

func caseData(tb testing.TB, n int, jsonLines bool) []byte {
	tb.Helper()
	var buf bytes.Buffer
	var w *agreement.CaseWriter
	if jsonLines {
		w = agreement.NewCaseLineWriter(&buf)
	} else {
		var err error
		if w, err = agreement.NewCaseWriter(&buf); err != nil {
			tb.Fatal(err)
		}
	}
	kinds := actor.Kinds()
	for i := range n {
		c := agreement.Case{ID: "c" + strconv.Itoa(i), Year: 1990 + i%35, ActorKind: kinds[i%len(kinds)], Instrument: agreement.Kind(1 + i%9),
			Risk: assessment.Risks()[i%15], Outcome: agreement.Outcome(1 + i%10), Result: agreement.Result(1 + i%4)}
		if err := w.Write(c); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkSummariseCSV streams 1,000,000 cases from CSV into a summary.
func BenchmarkSummariseCSV(b *testing.B) {
	data := caseData(b, 1_000_000, false)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := agreement.NewCaseReader(bytes.NewReader(data), agreement.CaseOptions{})
		if err != nil {
			b.Fatal(err)
		}
		s, err := agreement.SummariseCases(r)
		if err != nil || s.Total.Cases != 1_000_000 {
			b.Fatal(err, s.Total.Cases)
		}
	}
	b.ReportMetric(1_000_000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
}

// BenchmarkSummariseJSONLines streams 100,000 cases from JSON Lines.
func BenchmarkSummariseJSONLines(b *testing.B) {
	data := caseData(b, 100_000, true)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		s, err := agreement.SummariseCases(agreement.NewCaseLineReader(bytes.NewReader(data), agreement.CaseOptions{}))
		if err != nil || s.Total.Cases != 100_000 {
			b.Fatal(err, s.Total.Cases)
		}
	}
	b.ReportMetric(100_000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
}

var _ = io.EOF
