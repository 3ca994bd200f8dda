package research

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"text/tabwriter"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/humanitarian-negotiation/protection/risk"
)

// Defaults of TableOptions.
const (
	// DefaultLevel is the confidence level of the intervals: 95%.
	DefaultLevel = 0.95
	// DefaultMinCases is the number of cases with a known result below which
	// a rate is marked too small to read. Ten is this library's choice — with
	// fewer, a Wilson interval at 95% is wider than ±0.25 for any rate near
	// one half — not a published rule.
	DefaultMinCases = 10
)

// TableOptions sets how rates are estimated: Level, the confidence level of
// each rate's Wilson score interval, strictly between 0 and 1 (0 means
// [DefaultLevel]); and MinCases, the number of cases with a known result
// below which a rate is marked too small to read (0 means
// [DefaultMinCases]). The zero value means the defaults. A TableOptions is a
// plain value, safe for concurrent use.
type TableOptions struct {
	Level    float64 `json:"level"`
	MinCases int     `json:"min_cases"`
}

// Validate reports every problem with the options, each a *FieldError
// naming it: a confidence level outside (0, 1), NaN, or a negative minimum.
func (o TableOptions) Validate() error {
	c := check.Errors{Pkg: pkg}
	o.check(&c, "")
	return c.Err()
}

// check validates the options under the path prefix p and returns them
// with the defaults filled in.
func (o TableOptions) check(c *check.Errors, p string) TableOptions {
	switch {
	case o.Level == 0:
		o.Level = DefaultLevel
	case math.IsNaN(o.Level) || o.Level <= 0 || o.Level >= 1:
		c.Add(p+"level", check.OutOfRange, "a confidence level strictly between 0 and 1, such as 0.95")
	}
	switch {
	case o.MinCases == 0:
		o.MinCases = DefaultMinCases
	case o.MinCases < 0:
		c.Add(p+"min_cases", check.OutOfRange, "a number of cases, 0 for the default")
	}
	return o
}

// Estimate is a rate with its confidence interval: Rate, the share of the
// cases with a known result that were achieved, a partly achieved outcome
// counting as half; Lo and Hi, its Wilson score interval at Level; Known,
// the cases with a known result the rate rests on. Rated is false when no
// result is known (Rate, Lo and Hi are then 0, not a reading); TooSmall is
// true when Known is below the table's minimum, a rate to read with care.
//
// The zero value is not rated. An Estimate is a plain value, safe for
// concurrent use.
type Estimate struct {
	Rate     float64 `json:"rate"`
	Lo       float64 `json:"lo"`
	Hi       float64 `json:"hi"`
	Level    float64 `json:"level"`
	Known    int     `json:"known"`
	Rated    bool    `json:"rated"`
	TooSmall bool    `json:"too_small"`
}

// Interval returns the Wilson score interval of the rate (see [Counts.Rate])
// at confidence level level, computed exactly: the normal quantile is
// √2·erf⁻¹(level). It is false when no result is known or level is not
// strictly between 0 and 1. Seven achieved and thirteen not achieved give
// [0.181, 0.567] at 0.95. A partly achieved outcome counts as half a
// success, as in the rate.
func (c Counts) Interval(level float64) (lo, hi float64, ok bool) {
	if !(level > 0 && level < 1) {
		return 0, 0, false
	}
	return c.wilson(math.Sqrt2 * math.Erfinv(level))
}

func (c Counts) known() int { return c.Achieved + c.PartlyAchieved + c.NotAchieved }

// wilson returns the Wilson score interval for normal quantile z.
func (c Counts) wilson(z float64) (lo, hi float64, ok bool) {
	n := float64(c.known())
	if n == 0 {
		return 0, 0, false
	}
	p, _ := c.Rate()
	z2 := z * z
	d := 1 + z2/n
	centre := (p + z2/(2*n)) / d
	half := z * math.Sqrt(p*(1-p)/n+z2/(4*n*n)) / d
	// The interval holds p; min and max only keep rounding from moving an
	// end past it or past [0, 1].
	return math.Max(0, math.Min(centre-half, p)), math.Min(1, math.Max(centre+half, p)), true
}

// estimate returns the counts' estimate under valid options.
func (c Counts) estimate(o TableOptions, z float64) Estimate {
	e := Estimate{Level: o.Level, Known: c.known()}
	e.Rate, e.Rated = c.Rate()
	e.Lo, e.Hi, _ = c.wilson(z)
	e.TooSmall = e.Known < o.MinCases
	return e
}

// Dimension is what cases are tabulated or crossed by. The zero value is
// invalid. A Dimension is a plain value, safe for concurrent use.
type Dimension uint8

// Dimensions of a table.
const (
	DimensionUnspecified Dimension = iota
	DimensionActorKind             // the armed actor's kind
	DimensionInstrument            // the instrument
	DimensionRisk                  // the protection risk addressed
	DimensionOutcome               // the outcome sought
	DimensionClass                 // policy commitment or concrete action
	DimensionYear                  // the year
	DimensionYearBucket            // periods of CrossOptions.YearBucket years
)

var dimensions = enum.New[Dimension]("research", "dimension",
	"actor_kind", "instrument", "risk", "outcome", "class", "year", "year_bucket").
	WithLabels("actor kind", "instrument", "protection risk", "outcome", "outcome class", "year", "period")

// IsValid reports whether d is a named dimension.
func (d Dimension) IsValid() bool { return dimensions.Valid(d) }

// String returns the wire word; it never panics.
func (d Dimension) String() string { return dimensions.String(d) }

// Label returns the dimension in words.
func (d Dimension) Label() string { return dimensions.Label(d) }

// MarshalText encodes the dimension as its wire word.
func (d Dimension) MarshalText() ([]byte, error) { return dimensions.Marshal(d) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (d *Dimension) UnmarshalText(b []byte) (err error) {
	*d, err = dimensions.Unmarshal(b)
	return err
}

// ParseDimension parses a dimension's wire word or label, ignoring case.
func ParseDimension(s string) (Dimension, error) { return dimensions.Parse(s) }

// Dimensions returns every dimension in order.
func Dimensions() []Dimension { return dimensions.Values() }

// Outcome classes, as keys of DimensionClass.
const (
	classPolicy   = 1
	classConcrete = 2
)

// keyOf returns the key of case c along dimension d: the enumeration value,
// the class, the year, or the first year of its bucket; false when the case
// has no valid key there.
func (d Dimension) keyOf(c *Case, bucket int) (int, bool) {
	switch d {
	case DimensionActorKind:
		return int(c.ActorKind), c.ActorKind.IsValid()
	case DimensionInstrument:
		return int(c.Instrument), c.Instrument.IsValid()
	case DimensionRisk:
		return int(c.Risk), c.Risk.IsValid()
	case DimensionOutcome:
		return int(c.Outcome), c.Outcome.IsValid()
	case DimensionClass:
		if !c.Outcome.IsValid() {
			return 0, false
		}
		if c.Outcome.Concrete() {
			return classConcrete, true
		}
		return classPolicy, true
	case DimensionYear:
		return c.Year, true
	case DimensionYearBucket:
		y := c.Year - ((c.Year%bucket)+bucket)%bucket // floor to a multiple of bucket
		return y, true
	}
	return 0, false
}

// word returns key k's wire word along d ("armed_opposition", "2010",
// "2010-2014"); label, its display name ("armed opposition group",
// "2010–2014").
func (d Dimension) word(k, bucket int) string {
	switch d {
	case DimensionActorKind:
		return actor.Kind(k).String()
	case DimensionInstrument:
		return agreement.InstrumentKind(k).String()
	case DimensionRisk:
		return risk.Risk(k).String()
	case DimensionOutcome:
		return Outcome(k).String()
	case DimensionClass:
		if k == classConcrete {
			return "concrete_action"
		}
		return "policy_commitment"
	case DimensionYearBucket:
		if bucket > 1 {
			return strconv.Itoa(k) + "-" + strconv.Itoa(k+bucket-1)
		}
	}
	return strconv.Itoa(k)
}

func (d Dimension) label(k, bucket int) string {
	switch d {
	case DimensionActorKind:
		return actor.Kind(k).Label()
	case DimensionInstrument:
		return agreement.InstrumentKind(k).Label()
	case DimensionRisk:
		return risk.Risk(k).Label()
	case DimensionOutcome:
		return Outcome(k).Label()
	case DimensionClass:
		if k == classConcrete {
			return "concrete action"
		}
		return "policy commitment"
	case DimensionYearBucket:
		if bucket > 1 {
			return strconv.Itoa(k) + "–" + strconv.Itoa(k+bucket-1)
		}
	}
	return strconv.Itoa(k)
}

// CrossOptions sets what a cross-table crosses: Rows and Cols, two
// different dimensions; YearBucket, the years per period when either is
// DimensionYearBucket (required then, and only then); and the estimates'
// options. The zero value crosses nothing and is refused. A CrossOptions is
// a plain value, safe for concurrent use.
type CrossOptions struct {
	Rows       Dimension `json:"rows"`
	Cols       Dimension `json:"cols"`
	YearBucket int       `json:"year_bucket,omitempty"`
	TableOptions
}

// Validate reports every problem with the options, each a *FieldError: a
// dimension missing or unknown, a dimension crossed with itself, a year
// bucket of zero or less for DimensionYearBucket or one set without it, a
// confidence level outside (0, 1), a negative minimum.
func (o CrossOptions) Validate() error {
	c := check.Errors{Pkg: pkg}
	o.check(&c)
	return c.Err()
}

func (o CrossOptions) check(c *check.Errors) CrossOptions {
	for _, d := range []struct {
		path string
		v    Dimension
	}{{"rows", o.Rows}, {"cols", o.Cols}} {
		switch {
		case d.v == 0:
			c.Add(d.path, check.Required, "a dimension: actor_kind, instrument, risk, outcome, class, year or year_bucket")
		case !d.v.IsValid():
			c.Add(d.path, check.Unknown, "unknown dimension")
		}
	}
	if o.Rows != 0 && o.Rows == o.Cols {
		c.Add("cols", check.Conflict, "a dimension crossed with itself: choose two different ones")
	}
	bucketed := o.Rows == DimensionYearBucket || o.Cols == DimensionYearBucket
	switch {
	case bucketed && o.YearBucket <= 0:
		c.Add("year_bucket", check.OutOfRange, "years per period, 1 or more, got "+strconv.Itoa(o.YearBucket))
	case !bucketed && o.YearBucket != 0:
		c.Add("year_bucket", check.Conflict, "a year bucket needs the year_bucket dimension")
	case o.YearBucket > 1000:
		c.Add("year_bucket", check.OutOfRange, "at most 1,000 years per period")
	}
	o.TableOptions = o.TableOptions.check(c, "")
	return o
}

// CrossTabulator accumulates cases into a two-way table in memory bounded
// by the number of distinct keys, not of cases. The zero value is not
// usable: make one with [NewCrossTabulator]. It is not safe for concurrent
// use.
type CrossTabulator struct {
	o     CrossOptions
	cells map[[2]int]*Counts
	rows  map[int]*Counts
	cols  map[int]*Counts
	total Counts
	left  int // cases with no valid key on a dimension
}

// NewCrossTabulator checks the options and returns an empty cross-table.
func NewCrossTabulator(o CrossOptions) (*CrossTabulator, error) {
	c := check.Errors{Pkg: pkg}
	o = o.check(&c)
	if err := c.Err(); err != nil {
		return nil, err
	}
	return &CrossTabulator{o: o, cells: map[[2]int]*Counts{}, rows: map[int]*Counts{}, cols: map[int]*Counts{}}, nil
}

// Add counts one case in its cell, its row and column totals and the grand
// total. A case with no valid key on either dimension (it should not
// happen: the readers validate cases) is counted in no cell, and reported in
// CrossTable.Left.
func (x *CrossTabulator) Add(c Case) {
	r, ok1 := x.o.Rows.keyOf(&c, x.o.YearBucket)
	k, ok2 := x.o.Cols.keyOf(&c, x.o.YearBucket)
	if !ok1 || !ok2 {
		x.left++
		return
	}
	x.total.add(c.Result)
	counts(x.rows, r).add(c.Result)
	counts(x.cols, k).add(c.Result)
	cell := x.cells[[2]int{r, k}]
	if cell == nil {
		cell = &Counts{}
		x.cells[[2]int{r, k}] = cell
	}
	cell.add(c.Result)
}

// Merge adds the cases other has counted to x's, as if x had added them
// itself: the table of x is then the table of one cross-tabulator that
// added both one's cases, whatever the order and however they were split —
// cells, row and column totals, the grand total and the cases left out.
// This is how a dataset read in shards combines without being read again.
//
// Cross-tabulators with different options (dimensions, year bucket, level
// or minimum) do not merge: that is a *FieldError (ReasonConflict, path
// "options") and x is left as it was. other is not changed; a nil other
// merges nothing. Merge is not safe for concurrent use with other calls on
// x or on other.
func (x *CrossTabulator) Merge(other *CrossTabulator) error {
	if other == nil {
		return nil
	}
	if x.o != other.o {
		c := check.Errors{Pkg: pkg}
		c.Add("options", check.Conflict, "cross-tabulators with different options: dimensions, year bucket, level or minimum of cases")
		return c.Err()
	}
	x.total.merge(other.total)
	x.left += other.left
	for k, c := range other.cells {
		mergeInto(x.cells, k, *c)
	}
	for k, c := range other.rows {
		mergeInto(x.rows, k, *c)
	}
	for k, c := range other.cols {
		mergeInto(x.cols, k, *c)
	}
	return nil
}

func counts(m map[int]*Counts, k int) *Counts {
	c := m[k]
	if c == nil {
		c = &Counts{}
		m[k] = c
	}
	return c
}

// Key is one value of a dimension: its wire word and its display label.
// The zero value is the empty key. It is a plain value, safe for concurrent
// use.
type Key struct {
	Key   string `json:"key"`
	Label string `json:"label"`
}

// Cell is one cell of a cross-table: its row and column keys, its counts
// and its estimate. The zero value is an empty cell with no keys. It is a
// plain value, safe for concurrent use.
type Cell struct {
	Row Key `json:"row"`
	Col Key `json:"col"`
	Counts
	Estimate Estimate `json:"estimate"`
}

// CrossTable is a two-way table of outcome rates: RowKeys and ColKeys in
// the order of their enumeration (years in order); Cells, row by row, one
// for every pair of keys — with no cases, a cell is not rated; RowTotals
// and ColTotals, each row's and column's cases in all; Total, every case
// counted. Left is the number of cases without a valid key on a dimension,
// counted nowhere.
//
// The zero value is an empty table of no dimensions. It holds slices this
// package never modifies once returned, so it is safe for concurrent reads.
type CrossTable struct {
	Options   CrossOptions `json:"options"`
	RowKeys   []Key        `json:"row_keys"`
	ColKeys   []Key        `json:"col_keys"`
	Cells     []Cell       `json:"cells"`
	RowTotals []Row        `json:"row_totals"`
	ColTotals []Row        `json:"col_totals"`
	Total     Row          `json:"total"`
	Left      int          `json:"left"`
}

// Table returns the cross-table of the cases added so far.
func (x *CrossTabulator) Table() CrossTable {
	o := x.o
	z := math.Sqrt2 * math.Erfinv(o.Level)
	rk, ck := sortedKeys(x.rows), sortedKeys(x.cols)
	t := CrossTable{Options: o, Left: x.left,
		Total:   Row{Key: "total", Label: "all cases", Counts: x.total, Estimate: x.total.estimate(o.TableOptions, z)},
		RowKeys: []Key{}, ColKeys: []Key{}, Cells: []Cell{}, RowTotals: []Row{}, ColTotals: []Row{}}
	key := func(d Dimension, k int) Key { return Key{d.word(k, o.YearBucket), d.label(k, o.YearBucket)} }
	for _, r := range rk {
		t.RowKeys = append(t.RowKeys, key(o.Rows, r))
		k := key(o.Rows, r)
		t.RowTotals = append(t.RowTotals, Row{Key: k.Key, Label: k.Label, Counts: *x.rows[r], Estimate: x.rows[r].estimate(o.TableOptions, z)})
	}
	for _, c := range ck {
		k := key(o.Cols, c)
		t.ColKeys = append(t.ColKeys, k)
		t.ColTotals = append(t.ColTotals, Row{Key: k.Key, Label: k.Label, Counts: *x.cols[c], Estimate: x.cols[c].estimate(o.TableOptions, z)})
	}
	for i, r := range rk {
		for j, c := range ck {
			var n Counts
			if p := x.cells[[2]int{r, c}]; p != nil {
				n = *p
			}
			t.Cells = append(t.Cells, Cell{Row: t.RowKeys[i], Col: t.ColKeys[j], Counts: n, Estimate: n.estimate(o.TableOptions, z)})
		}
	}
	return t
}

func sortedKeys(m map[int]*Counts) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Cell returns the cell of row key row and column key col (wire words),
// and whether the table has it.
func (t CrossTable) Cell(row, col string) (Cell, bool) {
	for _, c := range t.Cells {
		if c.Row.Key == row && c.Col.Key == col {
			return c, true
		}
	}
	return Cell{}, false
}

// CrossCases reads every case from r into a cross-table. It stops at the
// first malformed case and returns its error; options in error are a
// *FieldError naming the option.
func CrossCases(r *CaseReader, o CrossOptions) (CrossTable, error) {
	x, err := NewCrossTabulator(o)
	if err != nil {
		return CrossTable{}, err
	}
	for {
		c, err := r.read(false)
		if err == io.EOF {
			return x.Table(), nil
		}
		if err != nil {
			return CrossTable{}, err
		}
		x.Add(c)
	}
}

// Columns of the CSV files the tables write.
var (
	summaryColumns = [...]string{"table", "key", "label", "cases", "achieved", "partly_achieved", "not_achieved", "unknown",
		"known", "rate", "lo", "hi", "level", "too_small"}
	crossColumns = [...]string{"row_dimension", "row_key", "row_label", "col_dimension", "col_key", "col_label", "cases", "achieved",
		"partly_achieved", "not_achieved", "unknown", "known", "rate", "lo", "hi", "level", "too_small"}
)

// SummaryColumns returns the columns of [Summary.WriteCSV], in order.
func SummaryColumns() []string { return slices.Clone(summaryColumns[:]) }

// CrossColumns returns the columns of [CrossTable.WriteCSV], in order.
func CrossColumns() []string { return slices.Clone(crossColumns[:]) }

// numbers returns the CSV fields of counts and an estimate: cases,
// achieved, partly achieved, not achieved, unknown, known, then rate, lo
// and hi — empty when not rated, which R and pandas read as missing — the
// level and too_small (true or false). Numbers are written in full
// precision, so they read back unchanged.
func numbers(c Counts, e Estimate) []string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	out := []string{strconv.Itoa(c.Cases), strconv.Itoa(c.Achieved), strconv.Itoa(c.PartlyAchieved), strconv.Itoa(c.NotAchieved),
		strconv.Itoa(c.Unknown), strconv.Itoa(e.Known), "", "", "", f(e.Level), strconv.FormatBool(e.TooSmall)}
	if e.Rated {
		out[6], out[7], out[8] = f(e.Rate), f(e.Lo), f(e.Hi)
	}
	return out
}

// WriteCSV writes the summary as CSV with encoding/csv: a header of
// [SummaryColumns], then one row per table row — the total first (table
// "total"), then by_actor_kind, by_instrument, by_risk, by_outcome,
// by_class and by_year — with the key's wire word and label, the counts,
// and the rate with its interval (empty when no result is known).
func (s Summary) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(summaryColumns[:]); err != nil {
		return err
	}
	for _, t := range s.tables() {
		for _, r := range t.rows {
			if err := cw.Write(append([]string{t.name, r.Key, r.Label}, numbers(r.Counts, r.Estimate)...)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

type namedRows struct {
	name string
	rows []Row
}

func (s Summary) tables() []namedRows {
	return []namedRows{{"total", []Row{s.Total}}, {"by_actor_kind", s.ByActorKind}, {"by_instrument", s.ByInstrument},
		{"by_risk", s.ByRisk}, {"by_outcome", s.ByOutcome}, {"by_class", s.ByClass}, {"by_year", s.ByYear}}
}

// WriteJSON writes the summary as indented JSON, the form of its fields'
// tags.
func (s Summary) WriteJSON(w io.Writer) error { return writeJSON(w, s) }

func writeJSON(w io.Writer, v any) error { return jsonio.Encode(w, v, pkg) }

// WriteCSV writes the cross-table as CSV with encoding/csv: a header of
// [CrossColumns], then one row per cell, row by row; then the row totals
// (col_key "total"), the column totals (row_key "total") and the grand
// total (both "total"), each with its counts and its rate with its interval
// (empty when no result is known).
func (t CrossTable) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(crossColumns[:]); err != nil {
		return err
	}
	rd, cd := t.Options.Rows.String(), t.Options.Cols.String()
	all := Key{"total", "all"}
	write := func(r, c Key, n Counts, e Estimate) error {
		return cw.Write(append([]string{rd, r.Key, r.Label, cd, c.Key, c.Label}, numbers(n, e)...))
	}
	for _, c := range t.Cells {
		if err := write(c.Row, c.Col, c.Counts, c.Estimate); err != nil {
			return err
		}
	}
	for _, r := range t.RowTotals {
		if err := write(Key{r.Key, r.Label}, all, r.Counts, r.Estimate); err != nil {
			return err
		}
	}
	for _, c := range t.ColTotals {
		if err := write(all, Key{c.Key, c.Label}, c.Counts, c.Estimate); err != nil {
			return err
		}
	}
	if err := write(all, all, t.Total.Counts, t.Total.Estimate); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON writes the cross-table as indented JSON.
func (t CrossTable) WriteJSON(w io.Writer) error { return writeJSON(w, t) }

// WriteCrossTable writes a cross-table as aligned text for people: a row
// per row key, labelled, a column per column key and one for the row
// totals, each cell its rate and interval ("50% (9–91%)"), "–" when no
// result is known, with an asterisk when the rate rests on fewer known
// results than the table's minimum; then a line of column totals.
func WriteCrossTable(w io.Writer, t CrossTable) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	pc := func(v float64) string { return strconv.FormatFloat(100*v, 'f', 0, 64) }
	cell := func(e Estimate) string {
		if !e.Rated {
			return "–"
		}
		s := pc(e.Rate) + "% (" + pc(e.Lo) + "–" + pc(e.Hi) + "%)"
		if e.TooSmall {
			s += "*"
		}
		return s
	}
	corner := t.Options.Rows.Label() + " \\ " + t.Options.Cols.Label()
	texts := []string{corner, "all"}
	for _, k := range t.RowKeys {
		texts = append(texts, k.Label)
	}
	pad := leftAligned(texts)
	fmt.Fprintf(tw, "%s\t", pad(corner))
	for _, k := range t.ColKeys {
		fmt.Fprintf(tw, "%s\t", k.Label)
	}
	fmt.Fprint(tw, "all\t\n")
	for i, rk := range t.RowKeys {
		fmt.Fprintf(tw, "%s\t", pad(rk.Label))
		for j := range t.ColKeys {
			fmt.Fprintf(tw, "%s\t", cell(t.Cells[i*len(t.ColKeys)+j].Estimate))
		}
		fmt.Fprintf(tw, "%s\t\n", cell(t.RowTotals[i].Estimate))
	}
	fmt.Fprintf(tw, "%s\t", pad("all"))
	for _, c := range t.ColTotals {
		fmt.Fprintf(tw, "%s\t", cell(c.Estimate))
	}
	fmt.Fprintf(tw, "%s\t\n", cell(t.Total.Estimate))
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "rates with their %s%% intervals; * fewer than %d known results\n",
		strconv.FormatFloat(100*t.Options.Level, 'f', -1, 64), t.Options.MinCases)
	return err
}
