package research_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/humanitarian-negotiation/protection/risk"
)

// The expected intervals were computed independently, with Python's
// statistics.NormalDist for the normal quantile.
func TestCountsInterval(t *testing.T) {
	tests := []struct {
		a, p, n int
		level   float64
		lo, hi  float64
	}{
		{7, 0, 13, 0.95, 0.181192, 0.567146}, // the example
		{0, 0, 10, 0.95, 0, 0.277533},
		{10, 0, 0, 0.95, 0.722467, 1},
		{7, 0, 13, 0.99, 0.146393, 0.628338},
		{7, 0, 13, 0.5, 0.282126, 0.424547},
		{3, 2, 5, 0.9, 0.194227, 0.648361}, // partly achieved counts half
		{1, 0, 0, 0.95, 0.206549, 1},
		{250, 100, 650, 0.95, 0.272407, 0.329124},
	}
	for _, tt := range tests {
		c := research.Counts{Cases: tt.a + tt.p + tt.n + 3, Achieved: tt.a, PartlyAchieved: tt.p, NotAchieved: tt.n, Unknown: 3}
		lo, hi, ok := c.Interval(tt.level)
		require.True(t, ok)
		assert.InDelta(t, tt.lo, lo, 5e-7, "%+v lo", tt)
		assert.InDelta(t, tt.hi, hi, 5e-7, "%+v hi", tt)
	}
	for _, level := range []float64{0, 1, -0.5, 1.5, math.NaN(), math.Inf(1)} {
		_, _, ok := counts(20, 7, 0, 13, 0).Interval(level)
		assert.False(t, ok, "level %v", level)
	}
	_, _, ok := counts(4, 0, 0, 0, 4).Interval(0.95)
	assert.False(t, ok, "no known result, no interval")
}

func TestDimensionEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[research.Dimension]{
		Type: "dimension", Pkg: "research", Parse: research.ParseDimension, Values: research.Dimensions,
		Words:  enumtest.Words[research.Dimension]("actor_kind", "instrument", "risk", "outcome", "class", "year", "year_bucket"),
		Labels: enumtest.Words[research.Dimension]("actor kind", "instrument", "protection risk", "outcome", "outcome class", "year", "period"),
		Label:  research.Dimension.Label,
	})
	_, err := research.ParseDimension("region")
	assert.ErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonUnknown})
}

func TestTableOptionsErrors(t *testing.T) {
	for _, tt := range []struct {
		o    research.TableOptions
		want []problem
	}{
		{research.TableOptions{Level: 1}, []problem{{"level", agreement.ReasonOutOfRange}}},
		{research.TableOptions{Level: -0.95}, []problem{{"level", agreement.ReasonOutOfRange}}},
		{research.TableOptions{Level: math.NaN()}, []problem{{"level", agreement.ReasonOutOfRange}}},
		{research.TableOptions{Level: 95, MinCases: -1}, []problem{{"level", agreement.ReasonOutOfRange}, {"min_cases", agreement.ReasonOutOfRange}}},
	} {
		tab, err := research.NewTabulator(tt.o)
		assert.Nil(t, tab)
		assert.Equal(t, tt.want, problems(t, err), "%+v", tt.o)
		_, err = research.SummariseCases(nil, tt.o)
		assert.Equal(t, tt.want, problems(t, err), "SummariseCases checks the options before reading")
		_, err = research.SummariseAgreements(nil, day("2020-01-01"), tt.o)
		require.Error(t, err)
	}
	tab, err := research.NewTabulator(research.TableOptions{Level: 0.9, MinCases: 2})
	require.NoError(t, err)
	for _, c := range smallDataset() {
		tab.Add(c)
	}
	s := tab.Summary()
	assert.Equal(t, research.TableOptions{Level: 0.9, MinCases: 2}, s.Options)
	row := s.ByInstrument[0] // action plans: one achieved, one not
	lo, hi, _ := row.Counts.Interval(0.9)
	assert.Equal(t, research.Estimate{Rate: 0.5, Lo: lo, Hi: hi, Level: 0.9, Known: 2, Rated: true}, row.Estimate, "two known results: not too small at a minimum of 2")
	assert.True(t, s.ByInstrument[1].Estimate.TooSmall)
}

func TestCrossOptionsValidate(t *testing.T) {
	tests := []struct {
		name string
		o    research.CrossOptions
		want []problem
	}{
		{"nothing", research.CrossOptions{}, []problem{{"rows", agreement.ReasonRequired}, {"cols", agreement.ReasonRequired}}},
		{"itself", research.CrossOptions{Rows: research.DimensionRisk, Cols: research.DimensionRisk}, []problem{{"cols", agreement.ReasonConflict}}},
		{"unknown", research.CrossOptions{Rows: 42, Cols: research.DimensionYear}, []problem{{"rows", agreement.ReasonUnknown}}},
		{"bucket of zero", research.CrossOptions{Rows: research.DimensionYearBucket, Cols: research.DimensionInstrument},
			[]problem{{"year_bucket", agreement.ReasonOutOfRange}}},
		{"negative bucket", research.CrossOptions{Rows: research.DimensionInstrument, Cols: research.DimensionYearBucket, YearBucket: -5},
			[]problem{{"year_bucket", agreement.ReasonOutOfRange}}},
		{"bucket without the dimension", research.CrossOptions{Rows: research.DimensionYear, Cols: research.DimensionInstrument, YearBucket: 5},
			[]problem{{"year_bucket", agreement.ReasonConflict}}},
		{"bad level", research.CrossOptions{Rows: research.DimensionYear, Cols: research.DimensionInstrument, TableOptions: research.TableOptions{Level: 2}},
			[]problem{{"level", agreement.ReasonOutOfRange}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, problems(t, tt.o.Validate()))
			x, err := research.NewCrossTabulator(tt.o)
			assert.Nil(t, x)
			assert.Equal(t, tt.want, problems(t, err))
		})
	}
	require.NoError(t, research.CrossOptions{Rows: research.DimensionYearBucket, Cols: research.DimensionClass, YearBucket: 5}.Validate())
}

func crossOf(t *testing.T, o research.CrossOptions, cases []research.Case) research.CrossTable {
	t.Helper()
	x, err := research.NewCrossTabulator(o)
	require.NoError(t, err)
	for _, c := range cases {
		x.Add(c)
	}
	return x.Table()
}

func TestCrossTable(t *testing.T) {
	tab := crossOf(t, research.CrossOptions{Rows: research.DimensionActorKind, Cols: research.DimensionInstrument}, smallDataset())
	assert.Equal(t, []research.Key{{"state_forces", "state armed forces"}, {"armed_opposition", "armed opposition group"}, {"gang", "street gang"}}, tab.RowKeys)
	assert.Equal(t, []research.Key{{"action_plan", "UN Action Plan"}, {"deed_of_commitment", "Deed of Commitment"}, {"verbal_understanding", "verbal understanding"}}, tab.ColKeys)
	require.Len(t, tab.Cells, 9, "every pair of keys")
	want := map[[2]string]research.Counts{
		{"state_forces", "action_plan"}:              counts(1, 0, 0, 1, 0),
		{"armed_opposition", "action_plan"}:          counts(1, 1, 0, 0, 0),
		{"armed_opposition", "deed_of_commitment"}:   counts(1, 0, 1, 0, 0),
		{"armed_opposition", "verbal_understanding"}: counts(1, 1, 0, 0, 0),
		{"gang", "verbal_understanding"}:             counts(1, 0, 0, 0, 1),
	}
	for _, c := range tab.Cells {
		w := want[[2]string{c.Row.Key, c.Col.Key}]
		assert.Equal(t, w, c.Counts, "%s × %s", c.Row.Key, c.Col.Key)
		assert.Equal(t, est(w), c.Estimate)
	}
	empty, ok := tab.Cell("gang", "action_plan")
	require.True(t, ok)
	assert.False(t, empty.Estimate.Rated, "an empty cell is not rated")
	_, ok = tab.Cell("gang", "special_agreement")
	assert.False(t, ok)

	// The totals are the one-way tables.
	s := smallSummary()
	assert.Equal(t, s.ByActorKind, tab.RowTotals)
	assert.Equal(t, s.ByInstrument, tab.ColTotals)
	assert.Equal(t, s.Total, tab.Total)
	assert.Zero(t, tab.Left)

	// Periods of five years; an invalid case is left out and counted.
	cases := append(smallDataset(), research.Case{ID: "bad", Year: 2001, Outcome: 77, Result: research.ResultAchieved})
	tab = crossOf(t, research.CrossOptions{Rows: research.DimensionYearBucket, Cols: research.DimensionClass, YearBucket: 5}, cases)
	assert.Equal(t, []research.Key{{"1995-1999", "1995–1999"}, {"2000-2004", "2000–2004"}, {"2010-2014", "2010–2014"}}, tab.RowKeys)
	assert.Equal(t, []research.Key{{"policy_commitment", "policy commitment"}, {"concrete_action", "concrete action"}}, tab.ColKeys)
	c, _ := tab.Cell("2000-2004", "concrete_action")
	assert.Equal(t, counts(1, 1, 0, 0, 0), c.Counts)
	assert.Equal(t, 1, tab.Left)
	assert.Equal(t, 5, tab.Total.Cases)

	// Buckets of one year are the years.
	tab = crossOf(t, research.CrossOptions{Rows: research.DimensionRisk, Cols: research.DimensionYearBucket, YearBucket: 1}, smallDataset())
	assert.Equal(t, []research.Key{{"1999", "1999"}, {"2001", "2001"}, {"2010", "2010"}}, tab.ColKeys)
}

func TestCrossCases(t *testing.T) {
	data := caseData(t, 2000, false)
	r, err := research.NewCaseReader(bytes.NewReader(data), research.CaseOptions{})
	require.NoError(t, err)
	tab, err := research.CrossCases(r, research.CrossOptions{Rows: research.DimensionOutcome, Cols: research.DimensionClass})
	require.NoError(t, err)
	assert.Equal(t, 2000, tab.Total.Cases)
	for _, c := range tab.Cells {
		o, err := research.ParseOutcome(c.Row.Key)
		require.NoError(t, err)
		if (o == research.OutcomePolicyCommitment) == (c.Col.Key == "policy_commitment") {
			assert.Positive(t, c.Cases, "%s %s", c.Row.Key, c.Col.Key)
		} else {
			assert.Zero(t, c.Cases, "an outcome is in its own class only: %s %s", c.Row.Key, c.Col.Key)
		}
	}
	_, err = research.CrossCases(r, research.CrossOptions{})
	assert.Error(t, err)
	bad := bytes.Replace(data, []byte(",action_plan,"), []byte(",treaty,"), 1)
	r, err = research.NewCaseReader(bytes.NewReader(bad), research.CaseOptions{})
	require.NoError(t, err)
	_, err = research.CrossCases(r, research.CrossOptions{Rows: research.DimensionOutcome, Cols: research.DimensionClass})
	assert.ErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonUnknown, Path: "instrument"})
}

func randomCase(r *rand.Rand) research.Case {
	return research.Case{ID: "r", Year: 1990 + r.IntN(30), ActorKind: actor.Kind(1 + r.IntN(9)), Instrument: agreement.InstrumentKind(1 + r.IntN(9)),
		Risk: risk.Risk(1 + r.IntN(15)), Outcome: research.Outcome(1 + r.IntN(10)), Result: research.Result(1 + r.IntN(4))}
}

// Properties of the intervals: each holds its rate and lies in [0, 1];
// adding a case never narrows (nor changes) the interval of a cell it does
// not fall in.
func TestPropertyIntervals(t *testing.T) {
	r := newRand(41)
	for range 2000 {
		c := counts(0, r.IntN(40), r.IntN(10), r.IntN(40), r.IntN(5))
		c.Cases = c.Achieved + c.PartlyAchieved + c.NotAchieved + c.Unknown
		level := 0.5 + 0.49*r.Float64()
		lo, hi, ok := c.Interval(level)
		rate, rated := c.Rate()
		require.Equal(t, rated, ok)
		if !ok {
			continue
		}
		require.True(t, 0 <= lo && lo <= rate && rate <= hi && hi <= 1, "%+v at %v: %v ≤ %v ≤ %v", c, level, lo, rate, hi)
		// A higher level never gives a narrower interval.
		lo2, hi2, _ := c.Interval(min(level+0.005, 0.999))
		require.True(t, lo2 <= lo+1e-12 && hi2 >= hi-1e-12, "%+v", c)
	}
	dims := research.Dimensions()
	for range 100 {
		o := research.CrossOptions{Rows: dims[r.IntN(len(dims))], Cols: dims[r.IntN(len(dims))], YearBucket: 1 + r.IntN(10)}
		if o.Rows == o.Cols {
			continue
		}
		if o.Rows != research.DimensionYearBucket && o.Cols != research.DimensionYearBucket {
			o.YearBucket = 0
		}
		var cases []research.Case
		for range r.IntN(200) {
			cases = append(cases, randomCase(r))
		}
		before := crossOf(t, o, cases)
		extra := randomCase(r)
		after := crossOf(t, o, append(cases, extra))
		alone := crossOf(t, o, []research.Case{extra})
		in := alone.Cells[0]
		for _, c := range after.Cells {
			if c.Row == in.Row && c.Col == in.Col {
				continue
			}
			if b, ok := before.Cell(c.Row.Key, c.Col.Key); ok {
				require.Equal(t, b.Estimate, c.Estimate, "adding a case to %s × %s changed %s × %s", in.Row.Key, in.Col.Key, c.Row.Key, c.Col.Key)
			}
		}
	}
}

// readCSV reads a table's CSV back with encoding/csv.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	return recs
}

func parseNum(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err, s)
	return v
}

// checkRow checks that a CSV row's numbers read back as the row's counts
// and estimate, from column from on.
func checkRow(t *testing.T, rec []string, from int, c research.Counts, e research.Estimate) {
	t.Helper()
	ints := []int{c.Cases, c.Achieved, c.PartlyAchieved, c.NotAchieved, c.Unknown, e.Known}
	for i, want := range ints {
		assert.Equal(t, strconv.Itoa(want), rec[from+i])
	}
	if e.Rated {
		assert.Equal(t, e.Rate, parseNum(t, rec[from+6]))
		assert.Equal(t, e.Lo, parseNum(t, rec[from+7]))
		assert.Equal(t, e.Hi, parseNum(t, rec[from+8]))
	} else {
		assert.Equal(t, []string{"", "", ""}, rec[from+6:from+9], "no known result: missing, not 0")
	}
	assert.Equal(t, e.Level, parseNum(t, rec[from+9]))
	assert.Equal(t, strconv.FormatBool(e.TooSmall), rec[from+10])
}

func TestSummaryCSV(t *testing.T) {
	var buf bytes.Buffer
	s := smallSummary()
	require.NoError(t, s.WriteCSV(&buf))
	recs := readCSV(t, buf.Bytes())
	require.Equal(t, research.SummaryColumns(), recs[0])
	assert.Equal(t, []string{"table", "key", "label", "cases", "achieved", "partly_achieved", "not_achieved", "unknown", "known", "rate", "lo", "hi", "level", "too_small"}, recs[0],
		"the documented, stable columns")
	var rows []research.Row
	var tables []string
	for _, nr := range []struct {
		name string
		rows []research.Row
	}{{"total", []research.Row{s.Total}}, {"by_actor_kind", s.ByActorKind}, {"by_instrument", s.ByInstrument}, {"by_risk", s.ByRisk},
		{"by_outcome", s.ByOutcome}, {"by_class", s.ByClass}, {"by_year", s.ByYear}} {
		for _, r := range nr.rows {
			rows = append(rows, r)
			tables = append(tables, nr.name)
		}
	}
	require.Len(t, recs, 1+len(rows))
	for i, rec := range recs[1:] {
		assert.Equal(t, []string{tables[i], rows[i].Key, rows[i].Label}, rec[:3])
		checkRow(t, rec, 3, rows[i].Counts, rows[i].Estimate)
	}
	assert.Equal(t, "abduction_detention", recs[8][1])
	assert.Equal(t, "Abduction, Kidnapping, Enforced Disappearance, Arbitrary or Unlawful Arrest and/or Detention", recs[8][2], "a label with commas, quoted")

	buf.Reset()
	require.NoError(t, s.WriteJSON(&buf))
	var back research.Summary
	require.NoError(t, json.Unmarshal(buf.Bytes(), &back))
	assert.Equal(t, s, back)
	assert.ErrorIs(t, s.WriteCSV(failWriter{}), errDisk)
}

func TestCrossTableCSV(t *testing.T) {
	r := newRand(43)
	var cases []research.Case
	for range 300 {
		cases = append(cases, randomCase(r))
	}
	tab := crossOf(t, research.CrossOptions{Rows: research.DimensionActorKind, Cols: research.DimensionYearBucket, YearBucket: 10,
		TableOptions: research.TableOptions{Level: 0.9}}, cases)
	var buf bytes.Buffer
	require.NoError(t, tab.WriteCSV(&buf))
	recs := readCSV(t, buf.Bytes())
	require.Equal(t, research.CrossColumns(), recs[0])
	require.Len(t, recs, 1+len(tab.Cells)+len(tab.RowTotals)+len(tab.ColTotals)+1)
	i := 1
	for _, c := range tab.Cells {
		assert.Equal(t, []string{"actor_kind", c.Row.Key, c.Row.Label, "year_bucket", c.Col.Key, c.Col.Label}, recs[i][:6])
		checkRow(t, recs[i], 6, c.Counts, c.Estimate)
		i++
	}
	for _, rt := range tab.RowTotals {
		assert.Equal(t, []string{"actor_kind", rt.Key, rt.Label, "year_bucket", "total", "all"}, recs[i][:6])
		checkRow(t, recs[i], 6, rt.Counts, rt.Estimate)
		i++
	}
	for _, ct := range tab.ColTotals {
		assert.Equal(t, []string{"actor_kind", "total", "all", "year_bucket", ct.Key, ct.Label}, recs[i][:6])
		checkRow(t, recs[i], 6, ct.Counts, ct.Estimate)
		i++
	}
	assert.Equal(t, []string{"actor_kind", "total", "all", "year_bucket", "total", "all"}, recs[i][:6])
	checkRow(t, recs[i], 6, tab.Total.Counts, tab.Total.Estimate)
	assert.Equal(t, "0.9", recs[1][15])

	buf.Reset()
	require.NoError(t, tab.WriteJSON(&buf))
	var back research.CrossTable
	require.NoError(t, json.Unmarshal(buf.Bytes(), &back))
	assert.Equal(t, tab, back)
	assert.ErrorIs(t, tab.WriteCSV(failWriter{}), errDisk)
}

// svgTexts parses an SVG document as XML and returns its title and the
// text of every text element.
func svgTexts(t *testing.T, data []byte) (string, []string) {
	t.Helper()
	var doc struct {
		XMLName xml.Name `xml:"svg"`
		Title   string   `xml:"title"`
		Texts   []string `xml:"text"`
	}
	require.NoError(t, xml.Unmarshal(data, &doc), "%s", data)
	return doc.Title, doc.Texts
}

func TestWriteRateChart(t *testing.T) {
	r := newRand(44)
	var tab research.Tabulator
	for range 400 {
		tab.Add(randomCase(r))
	}
	s := tab.Summary()
	rows := append(s.ByInstrument, research.Row{Key: "special", Label: "a <special> & 'quoted' case", Counts: counts(2, 0, 0, 0, 2)})
	var buf bytes.Buffer
	require.NoError(t, research.WriteRateChart(&buf, "Outcomes by instrument", rows))
	title, texts := svgTexts(t, buf.Bytes())
	assert.Equal(t, "Outcomes by instrument", title)
	all := strings.Join(texts, "\n")
	for _, row := range rows {
		assert.Contains(t, texts, row.Label, "every row is labelled with its display name")
	}
	assert.NotContains(t, all, "_", "display names, not wire words")
	assert.Contains(t, all, "no known result (2 cases)")
	assert.Contains(t, all, "95% Wilson interval")

	// Sorted from the highest rate down; the unrated last.
	var order []string
	for _, tx := range texts {
		for _, row := range rows {
			if tx == row.Label {
				order = append(order, tx)
			}
		}
	}
	require.Len(t, order, len(rows))
	rate := map[string]float64{}
	for _, row := range rows {
		rate[row.Label] = row.Estimate.Rate
	}
	for i := 1; i < len(order)-1; i++ {
		assert.GreaterOrEqual(t, rate[order[i-1]], rate[order[i]], "sorted by rate")
	}
	assert.Equal(t, "a <special> & 'quoted' case", order[len(order)-1])
	assert.True(t, bytes.Contains(buf.Bytes(), []byte(`fill="#fff" stroke="#000"`)) || !hasTooSmall(rows), "too-small rates are hollow")
	assert.NotContains(t, buf.String(), "#c62828", "black and white")
	assert.ErrorIs(t, research.WriteRateChart(failWriter{}, "x", rows), errDisk)
}

func hasTooSmall(rows []research.Row) bool {
	for _, r := range rows {
		if r.Estimate.Rated && r.Estimate.TooSmall {
			return true
		}
	}
	return false
}

func TestWriteYearChart(t *testing.T) {
	var buf bytes.Buffer
	s := smallSummary()
	require.NoError(t, research.WriteYearChart(&buf, "Outcomes by year", s.ByYear))
	title, texts := svgTexts(t, buf.Bytes())
	assert.Equal(t, "Outcomes by year", title)
	for _, y := range []string{"1999", "2001", "2010", "0%", "50%", "100%"} {
		assert.Contains(t, texts, y)
	}
	assert.Equal(t, 2, strings.Count(buf.String(), "<circle"), "2010 has no known result: no dot")

	err := research.WriteYearChart(io.Discard, "x", []research.Row{s.ByYear[0], {Key: "nineties"}})
	assert.Equal(t, []problem{{"rows[1].key", agreement.ReasonInvalid}}, problems(t, err))
	require.NoError(t, research.WriteYearChart(&buf, "none", nil))
}

func TestWriteCrossTable(t *testing.T) {
	tab := crossOf(t, research.CrossOptions{Rows: research.DimensionClass, Cols: research.DimensionActorKind}, smallDataset())
	var buf bytes.Buffer
	require.NoError(t, research.WriteCrossTable(&buf, tab))
	want := "" +
		"  outcome class \\ actor kind  state armed forces  armed opposition group  street gang            all\n" +
		"  policy commitment                            –            50% (5–95%)*            –   50% (5–95%)*\n" +
		"  concrete action                    0% (0–79%)*         100% (34–100%)*            –  67% (21–94%)*\n" +
		"  all                                0% (0–79%)*           83% (31–98%)*            –  62% (22–91%)*\n" +
		"rates with their 95% intervals; * fewer than 10 known results\n"
	assert.Equal(t, want, buf.String())
	assert.ErrorIs(t, research.WriteCrossTable(failWriter{}, tab), errDisk)
}
