package research_test

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/risk"
)

// csvDatasets returns CSV datasets of cases to read both ways: the
// synthetic dataset, the corpus of malformed ones, the fuzz corpus of
// FuzzCaseCSV and random ones, valid and not.
func csvDatasets(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	files, err := filepath.Glob("testdata/*.csv")
	require.NoError(t, err)
	bad, err := filepath.Glob("testdata/bad/cases-csv/*.csv")
	require.NoError(t, err)
	for _, f := range append(files, bad...) {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out[f] = b
	}
	corpus, err := filepath.Glob("testdata/fuzz/FuzzCaseCSV/*")
	require.NoError(t, err)
	for _, f := range corpus {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		head, arg, ok := strings.Cut(string(b), "\n")
		require.True(t, ok && head == "go test fuzz v1", f)
		arg = strings.TrimSpace(arg)
		require.True(t, strings.HasPrefix(arg, "[]byte(") && strings.HasSuffix(arg, ")"), f)
		s, err := strconv.Unquote(arg[len("[]byte(") : len(arg)-1])
		require.NoError(t, err, f)
		out[f] = []byte(s)
	}
	for seed := range uint64(300) {
		out["random "+strconv.FormatUint(seed, 10)] = randomCSV(seed)
	}
	return out
}

// randomCSV returns a CSV dataset of cases, mostly written as the library
// writes it, with every kind of departure the readers meet: columns in
// another order and an extra one, words in other cases, labels, spaces,
// quotes, blank and missing fields, bad IDs, years out of range or not
// numbers, wrong field counts, blank lines and CRLF. An even seed gives
// only departures the readers accept.
func randomCSV(seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, 28))
	valid := seed%2 == 0
	// pick picks one of the texts the readers accept, ok, or (when the
	// seed is odd) of those they refuse, bad.
	pick := func(ok []string, bad ...string) string {
		if !valid {
			ok = append(ok, bad...)
		}
		return ok[rng.IntN(len(ok))]
	}
	quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	odd := func() bool { return rng.IntN(8) == 0 }
	cols := research.CaseColumns()
	if seed%3 == 1 {
		rng.Shuffle(len(cols), func(i, j int) { cols[i], cols[j] = cols[j], cols[i] })
	}
	if seed%5 == 2 {
		cols = append(cols, "notes")
	}
	enumWord := func(word, label string) string {
		if !odd() {
			return word
		}
		return pick([]string{strings.ToUpper(word), quote(label), quote(strings.ToUpper(label)), quote(word)},
			"", word+" ", " "+word, "nope", word[:len(word)-1], label)
	}
	field := func(col string, i int) string {
		kinds, risks := actor.Kinds(), risk.Risks()
		switch col {
		case "id":
			if !odd() {
				return "c" + strconv.Itoa(i)
			}
			return pick([]string{" x", "x ", "\tx", "\x7f", "\x01x", "é-x", "x y", `"a,""b"""`, "\"a\r\nb\"", strings.Repeat("x", 128), strings.Repeat("é", 64)},
				"", " ", "\xff\xfe", strings.Repeat("x", 129), strings.Repeat("é", 65), "\t", `"a"b`, `a"b`, `"a`, "\"")
		case "year":
			if !odd() {
				return strconv.Itoa(1990 + rng.IntN(35))
			}
			return pick([]string{" 2001", "2001 ", "02001", "000000002001", "+2001", strconv.Itoa(actor.MinYear), strconv.Itoa(actor.MaxYear), `"2001"`},
				"", "-2001", "20x1", "2e3", "99999999999999999999", strconv.Itoa(actor.MinYear-1), strconv.Itoa(actor.MaxYear+1), "\t")
		case "actor_kind":
			k := kinds[rng.IntN(len(kinds))]
			return enumWord(k.String(), k.Label())
		case "instrument":
			k := agreement.InstrumentKind(1 + rng.IntN(9))
			return enumWord(k.String(), k.Label())
		case "risk":
			k := risks[rng.IntN(len(risks))]
			return enumWord(k.String(), k.Label())
		case "outcome":
			k := research.Outcome(1 + rng.IntN(10))
			return enumWord(k.String(), k.Label())
		case "result":
			k := research.Result(1 + rng.IntN(4))
			return enumWord(k.String(), k.Label())
		}
		return pick([]string{"", "note", `"a, b"`, "\"a\nb\""})
	}
	eol := "\n"
	if seed%7 == 3 {
		eol = "\r\n"
	}
	var b strings.Builder
	b.WriteString(strings.Join(cols, ",") + eol)
	for i := range rng.IntN(40) {
		fields := make([]string, len(cols))
		for j, c := range cols {
			fields[j] = field(c, i)
		}
		switch rng.IntN(40) {
		case 0:
			b.WriteString(eol) // a blank line
		case 1:
			if !valid {
				fields = fields[:len(fields)-1]
			}
		case 2:
			if !valid {
				fields = append(fields, "extra")
			}
		}
		b.WriteString(strings.Join(fields, ",") + eol)
	}
	if seed%4 == 0 {
		return []byte(strings.TrimSuffix(b.String(), eol))
	}
	return []byte(b.String())
}

// csvReader reads data as a CSV dataset of cases, or returns nil when its
// header is in error.
func csvReader(t testing.TB, data []byte, opts research.CaseOptions) *research.CaseReader {
	t.Helper()
	r, err := research.NewCaseReader(bytes.NewReader(data), opts)
	if err != nil {
		return nil
	}
	return r
}

// TestQuickReadsTheSame holds the quick path of the readers to the way a
// case was read before it: every field made a string and parsed as one.
// Read gives the same case or the same error, row by row; SummariseCases,
// SummariseParallel and CrossCases give the same table or the same error
// as reading every case that way and adding it to a tabulator.
func TestQuickReadsTheSame(t *testing.T) {
	for name, data := range csvDatasets(t) {
		for _, opts := range []research.CaseOptions{{}, {MaxRecordBytes: 64}} {
			checkQuick(t, name, data, opts)
		}
	}
}

// FuzzQuickReadsTheSame is TestQuickReadsTheSame for any bytes. Its seed
// corpus is the datasets of csvDatasets.
func FuzzQuickReadsTheSame(f *testing.F) {
	for _, data := range csvDatasets(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range []research.CaseOptions{{}, {MaxRecordBytes: 64}} {
			checkQuick(t, "", data, opts)
		}
	})
}

func checkQuick(t *testing.T, name string, data []byte, opts research.CaseOptions) {
	t.Helper()
	if csvReader(t, data, opts) == nil {
		return
	}

	// Read, row by row.
	quick, slow := csvReader(t, data, opts), csvReader(t, data, opts)
	for i := 0; ; i++ {
		require.LessOrEqual(t, i, len(data)+2, "%s: no end", name)
		c, err := quick.Read()
		want, wantErr := slow.ReadRecord()
		require.Equal(t, want, c, "%s: case %d", name, i)
		require.Equal(t, wantErr, err, "%s: case %d", name, i)
		if err == io.EOF {
			break
		}
	}

	// The tables: the reference stops at the first error, as they do.
	reference := func(add func(research.Case)) error {
		r := csvReader(t, data, opts)
		for {
			c, err := r.ReadRecord()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			add(c)
		}
	}
	var tab research.Tabulator
	wantErr := reference(tab.Add)
	want := tab.Summary()
	if wantErr != nil {
		want = research.Summary{}
	}
	got, err := research.SummariseCases(csvReader(t, data, opts), research.TableOptions{})
	require.Equal(t, wantErr, err, name)
	require.Equal(t, want, got, name)

	// Two shards of the same rows: each case twice, or the first shard's
	// error.
	got, err = research.SummariseParallel([]*research.CaseReader{csvReader(t, data, opts), csvReader(t, data, opts)}, research.TableOptions{})
	if wantErr != nil {
		c := check.Errors{Pkg: "research"}
		c.AddErr(check.Index("readers", 0), wantErr)
		require.Equal(t, c.Err(), err, name)
		require.Equal(t, research.Summary{}, got, name)
	} else {
		require.NoError(t, err, name)
		var twice research.Tabulator
		require.NoError(t, twice.Merge(&tab))
		require.NoError(t, twice.Merge(&tab))
		require.Equal(t, twice.Summary(), got, name)
	}

	o := research.CrossOptions{Rows: research.DimensionActorKind, Cols: research.DimensionYearBucket, YearBucket: 5}
	x, err := research.NewCrossTabulator(o)
	require.NoError(t, err)
	wantErr = reference(x.Add)
	wantTable := x.Table()
	if wantErr != nil {
		wantTable = research.CrossTable{}
	}
	table, err := research.CrossCases(csvReader(t, data, opts), o)
	require.Equal(t, wantErr, err, name)
	require.Equal(t, wantTable, table, name)
}
