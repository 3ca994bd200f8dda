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
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
	"github.com/humanitarian-negotiation/protection/risk"
)

// bigAgreement has 10,000 commitments in ten phases and 100,000 events.
func bigAgreement(tb testing.TB) agreement.Agreement {
	tb.Helper()
	return sizedAgreement(tb, 10_000, 100_000)
}

// sizedAgreement has nc commitments in ten phases and ne events.
func sizedAgreement(tb testing.TB, nc, ne int) agreement.Agreement {
	tb.Helper()
	armed, agency := id(1), id(2)
	a := agreement.Agreement{
		ID: id(3), Title: "large", Actor: id(4), Instrument: agreement.Instrument{Kind: agreement.InstrumentWrittenRecord},
		Signed:  day("2010-01-01"),
		Parties: []agreement.Party{{ID: armed, Role: agreement.RoleArmedActor, Name: "armed actor"}, {ID: agency, Role: agreement.RoleAgency, Name: "agency"}},
	}
	for p := range 10 {
		a.Phases = append(a.Phases, agreement.Phase{ID: id(1000 + p), Name: "phase " + strconv.Itoa(p), Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 0.9}})
	}
	start := day("2010-01-01")
	for i := range nc {
		by := armed
		if i%10 == 0 {
			by = agency
		}
		o := agreement.DutyPositive
		if i%3 == 0 {
			o = agreement.DutyNegative
		}
		a.Commitments = append(a.Commitments, agreement.Commitment{
			ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte(strconv.Itoa(i))), Text: "commitment", By: by,
			Due: start.Add(time.Duration(i%1500) * 24 * time.Hour), Phase: id(1000 + i%10),
			Risk: risk.Risks()[i%15], Theme: agreement.Theme(1 + i%11), Obligation: o, Verification: agreement.VerificationThirdPartyReport,
		})
	}
	kinds := []agreement.EventKind{agreement.EventProgress, agreement.EventProgress, agreement.EventPartiallyFulfilled, agreement.EventFulfilled,
		agreement.EventVerification, agreement.EventBreach, agreement.EventProgress, agreement.EventFulfilled, agreement.EventDenial, agreement.EventProgress}
	for i := range ne {
		a.Events = append(a.Events, agreement.Event{Commitment: a.Commitments[(i*7)%nc].ID, At: start.Add(time.Duration(i) * 20 * time.Minute), Kind: kinds[i%len(kinds)]})
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
	a.Instrument = agreement.Instrument{Kind: agreement.InstrumentActionPlan, ListedParty: a.Parties[0].ID,
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

var _ = io.EOF

// recordData is the written record of an agreement of 1,000 commitments and
// 10,000 events.
func recordData(b *testing.B) []byte {
	var buf bytes.Buffer
	if err := agreement.EncodeRecord(&buf, sizedAgreement(b, 1_000, 10_000)); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkDecodeRecord decodes and validates a written record of 1,000
// commitments and 10,000 events; BenchmarkDecodeRecordStd decodes the same
// bytes with encoding/json into a plain mirror with no checks.
func BenchmarkDecodeRecord(b *testing.B) {
	data := recordData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := agreement.DecodeRecord(bytes.NewReader(data), agreement.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeRecordStd(b *testing.B) { jsontest.Std[agreement.Record](b, recordData(b)) }
