package research_test

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

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
	"github.com/humanitarian-negotiation/protection/risk"
)

func caseData(tb testing.TB, n int, jsonLines bool) []byte {
	tb.Helper()
	var buf bytes.Buffer
	var w *research.CaseWriter
	if jsonLines {
		w = research.NewCaseLineWriter(&buf)
	} else {
		var err error
		if w, err = research.NewCaseWriter(&buf); err != nil {
			tb.Fatal(err)
		}
	}
	kinds := actor.Kinds()
	for i := range n {
		c := research.Case{ID: "c" + strconv.Itoa(i), Year: 1990 + i%35, ActorKind: kinds[i%len(kinds)], Instrument: agreement.InstrumentKind(1 + i%9),
			Risk: risk.Risks()[i%15], Outcome: research.Outcome(1 + i%10), Result: research.Result(1 + i%4)}
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
		r, err := research.NewCaseReader(bytes.NewReader(data), research.CaseOptions{})
		if err != nil {
			b.Fatal(err)
		}
		s, err := research.SummariseCases(r, research.TableOptions{})
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
		s, err := research.SummariseCases(lineReader(b, bytes.NewReader(data), research.CaseOptions{}), research.TableOptions{})
		if err != nil || s.Total.Cases != 100_000 {
			b.Fatal(err, s.Total.Cases)
		}
	}
	b.ReportMetric(100_000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
}

// BenchmarkCrossCSV streams 1,000,000 cases from CSV into a cross-table of
// actor kind by five-year period.
func BenchmarkCrossCSV(b *testing.B) {
	data := caseData(b, 1_000_000, false)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := research.NewCaseReader(bytes.NewReader(data), research.CaseOptions{})
		if err != nil {
			b.Fatal(err)
		}
		x, err := research.CrossCases(r, research.CrossOptions{Rows: research.DimensionActorKind, Cols: research.DimensionYearBucket, YearBucket: 5})
		if err != nil || x.Total.Cases != 1_000_000 {
			b.Fatal(err, x.Total.Cases)
		}
	}
	b.ReportMetric(1_000_000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
}

// shardRows is the number of cases of the rows the shards repeat.
const shardRows = 100_000

// shardData returns the header and the rows of a CSV dataset of shardRows
// cases.
func shardData(tb testing.TB) (header, rows []byte) {
	data := caseData(tb, shardRows, false)
	nl := bytes.IndexByte(data, '\n') + 1
	return data[:nl], data[nl:]
}

// shards splits cases cases of CSV into n datasets of equal size, each
// with its header, as a dataset spread over files is: each reads the rows
// repeated, so that ten million cases hold 100,000 in memory. cases is a
// multiple of n × shardRows.
func shards(tb testing.TB, header, rows []byte, cases, n int) []*research.CaseReader {
	tb.Helper()
	var out []*research.CaseReader
	for range n {
		parts := []io.Reader{bytes.NewReader(header)}
		for range cases / n / shardRows {
			parts = append(parts, bytes.NewReader(rows))
		}
		r, err := research.NewCaseReader(io.MultiReader(parts...), research.CaseOptions{})
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// BenchmarkSummarise10M streams ten million cases from CSV into a summary,
// one reader: the one-core figure SummariseParallel is measured against
// (run it with -cpu 1).
func BenchmarkSummarise10M(b *testing.B) {
	const cases = 10_000_000
	header, rows := shardData(b)
	b.ReportAllocs()
	for b.Loop() {
		s, err := research.SummariseCases(shards(b, header, rows, cases, 1)[0], research.TableOptions{})
		if err != nil || s.Total.Cases != cases {
			b.Fatal(err, s.Total.Cases)
		}
	}
	b.ReportMetric(cases*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
}

// BenchmarkSummariseParallel10M streams the same ten million cases as
// BenchmarkSummarise10M with SummariseParallel, from one shard per core
// (GOMAXPROCS, set with -cpu): with -cpu 2, the figure to set against
// BenchmarkSummarise10M with -cpu 1.
func BenchmarkSummariseParallel10M(b *testing.B) {
	const cases = 10_000_000
	header, rows := shardData(b)
	n := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	for b.Loop() {
		s, err := research.SummariseParallel(shards(b, header, rows, cases, n), research.TableOptions{})
		if err != nil || s.Total.Cases != cases {
			b.Fatal(err, s.Total.Cases)
		}
	}
	b.ReportMetric(cases*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
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
			s.buf = append(s.buf, strings.Join(research.CaseColumns(), ",")+"\n"...)
		} else {
			i := s.i - 1
			kinds, risks := actor.Kinds(), risk.Risks()
			s.buf = append(s.buf, "c"+strconv.Itoa(i)+","+strconv.Itoa(1990+i%35)+","+kinds[i%len(kinds)].String()+","+agreement.InstrumentKind(1+i%9).String()+","+
				risks[i%15].String()+","+research.Outcome(1+i%10).String()+","+research.Result(1+i%4).String()+"\n"...)
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
				r, err := research.NewCaseReader(&caseStream{n: n}, research.CaseOptions{})
				if err != nil {
					b.Fatal(err)
				}
				tab, _ := research.NewTabulator(research.TableOptions{})
				x, _ := research.NewCrossTabulator(research.CrossOptions{Rows: research.DimensionRisk, Cols: research.DimensionYear})
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

// BenchmarkReadCasesJSONLines reads 100,000 cases from JSON Lines, each
// decoded strictly and validated; BenchmarkReadCasesJSONLinesStd splits the
// same bytes into lines and decodes each with encoding/json into a plain
// mirror of a case, with no checks.
func BenchmarkReadCasesJSONLines(b *testing.B) {
	data := caseData(b, 100_000, true)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := lineReader(b, bytes.NewReader(data), research.CaseOptions{})
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
	m := jsontest.Mirror(reflect.TypeFor[research.Case]())
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
