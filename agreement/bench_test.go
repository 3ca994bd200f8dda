package agreement_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/assessment/risk"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
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
		ID: id(3), Title: "large", Actor: id(4), Instrument: agreement.Instrument{Kind: agreement.KindWrittenRecord},
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
		o := agreement.ObligationPositive
		if i%3 == 0 {
			o = agreement.ObligationNegative
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
			Risk: risk.Risks()[i%15], Outcome: agreement.Outcome(1 + i%10), Result: agreement.Result(1 + i%4)}
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
		s, err := agreement.SummariseCases(r, agreement.TableOptions{})
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
		s, err := agreement.SummariseCases(agreement.NewCaseLineReader(bytes.NewReader(data), agreement.CaseOptions{}), agreement.TableOptions{})
		if err != nil || s.Total.Cases != 100_000 {
			b.Fatal(err, s.Total.Cases)
		}
	}
	b.ReportMetric(100_000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
}

var _ = io.EOF

// BenchmarkCrossCSV streams 1,000,000 cases from CSV into a cross-table of
// actor kind by five-year period.
func BenchmarkCrossCSV(b *testing.B) {
	data := caseData(b, 1_000_000, false)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := agreement.NewCaseReader(bytes.NewReader(data), agreement.CaseOptions{})
		if err != nil {
			b.Fatal(err)
		}
		x, err := agreement.CrossCases(r, agreement.CrossOptions{Rows: agreement.DimensionActorKind, Cols: agreement.DimensionYearBucket, YearBucket: 5})
		if err != nil || x.Total.Cases != 1_000_000 {
			b.Fatal(err, x.Total.Cases)
		}
	}
	b.ReportMetric(1_000_000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
}

// caseStream generates n cases as CSV on the fly, so that streaming them
// holds no dataset in memory.
type caseStream struct {
	n, i int
	buf  []byte
}

func (s *caseStream) Read(p []byte) (int, error) {
	for len(s.buf) < len(p) && s.i <= s.n {
		if s.i == 0 {
			s.buf = append(s.buf, strings.Join(agreement.CaseColumns(), ",")+"\n"...)
		} else {
			i := s.i - 1
			kinds, risks := actor.Kinds(), risk.Risks()
			s.buf = append(s.buf, "c"+strconv.Itoa(i)+","+strconv.Itoa(1990+i%35)+","+kinds[i%len(kinds)].String()+","+agreement.Kind(1+i%9).String()+","+
				risks[i%15].String()+","+agreement.Outcome(1+i%10).String()+","+agreement.Result(1+i%4).String()+"\n"...)
		}
		s.i++
	}
	if len(s.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.buf)
	s.buf = s.buf[:copy(s.buf, s.buf[n:])]
	return n, nil
}

// BenchmarkStreamConstantMemory streams 100,000 and 1,000,000 generated
// cases into the tabulator and a cross-table at once, sampling the live
// heap every 100,000 cases: peak-heap-MB is the largest live heap seen, the
// same for both sizes when memory is constant.
func BenchmarkStreamConstantMemory(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			var peak uint64
			for b.Loop() {
				r, err := agreement.NewCaseReader(&caseStream{n: n}, agreement.CaseOptions{})
				if err != nil {
					b.Fatal(err)
				}
				tab, _ := agreement.NewTabulator(agreement.TableOptions{})
				x, _ := agreement.NewCrossTabulator(agreement.CrossOptions{Rows: agreement.DimensionRisk, Cols: agreement.DimensionYear})
				for i := 1; ; i++ {
					c, err := r.Read()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					tab.Add(c)
					x.Add(c)
					if i%100_000 == 0 {
						runtime.GC()
						var m runtime.MemStats
						runtime.ReadMemStats(&m)
						peak = max(peak, m.HeapAlloc)
					}
				}
				if s := tab.Summary(); s.Total.Cases != n || x.Table().Total.Cases != n {
					b.Fatal(s.Total.Cases)
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

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

// BenchmarkReadCasesJSONLines reads 100,000 cases from JSON Lines, each
// decoded strictly and validated; BenchmarkReadCasesJSONLinesStd splits the
// same bytes into lines and decodes each with encoding/json into a plain
// mirror of a case, with no checks.
func BenchmarkReadCasesJSONLines(b *testing.B) {
	data := caseData(b, 100_000, true)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := agreement.NewCaseLineReader(bytes.NewReader(data), agreement.CaseOptions{})
		n := 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 100_000 {
			b.Fatal(n)
		}
	}
	b.ReportMetric(100_000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
}

func BenchmarkReadCasesJSONLinesStd(b *testing.B) {
	data := caseData(b, 100_000, true)
	m := jsontest.Mirror(reflect.TypeFor[agreement.Case]())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		sc := bufio.NewScanner(bytes.NewReader(data))
		n := 0
		for sc.Scan() {
			if err := json.Unmarshal(sc.Bytes(), reflect.New(m).Interface()); err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 100_000 {
			b.Fatal(n)
		}
	}
	b.ReportMetric(100_000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
}
