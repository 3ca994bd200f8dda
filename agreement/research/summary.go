package research

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/risk"
)

// Counts tallies cases by result. The zero value counts no cases. It is a
// plain value, safe for concurrent use.
type Counts struct {
	Cases          int `json:"cases"`
	Achieved       int `json:"achieved"`
	PartlyAchieved int `json:"partly_achieved"`
	NotAchieved    int `json:"not_achieved"`
	Unknown        int `json:"unknown"`
}

// Rate returns the share of cases with a known result that were achieved,
// from 0 to 1, counting a partly achieved outcome as half; false when no
// result is known. Unknown results stay out of the rate: they are not
// failures.
func (c Counts) Rate() (float64, bool) {
	known := c.Achieved + c.PartlyAchieved + c.NotAchieved
	if known == 0 {
		return 0, false
	}
	return (float64(c.Achieved) + 0.5*float64(c.PartlyAchieved)) / float64(known), true
}

func (c *Counts) add(r Result) {
	c.Cases++
	switch r {
	case ResultAchieved:
		c.Achieved++
	case ResultPartlyAchieved:
		c.PartlyAchieved++
	case ResultNotAchieved:
		c.NotAchieved++
	default:
		c.Unknown++
	}
}

// Row is one line of a summary table: the key — an actor kind, an
// instrument, a protection risk, an outcome, policy or concrete, or a year —
// as its wire word (Key) and in words (Label), its counts, and the rate
// with its interval. The zero value is a row with an empty key and no
// cases. It is a plain value, safe for concurrent use.
type Row struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Counts
	Estimate Estimate `json:"estimate"`
}

// Summary tabulates outcome patterns across cases — research question 4 of
// the report, "patterns of protection negotiation outcomes". Each table
// lists the keys that occur, in the order of their enumeration (years in
// order); each row carries its rate's Wilson interval at Options.Level and
// is marked too small below Options.MinCases known results. Datasets in
// this field are small: the interval is the point.
//
// The zero value is the summary of no cases with no options set. It holds
// slices that this package never modifies once returned, so it is safe for
// concurrent reads.
type Summary struct {
	Options      TableOptions `json:"options"`
	Total        Row          `json:"total"`
	ByActorKind  []Row        `json:"by_actor_kind"`
	ByInstrument []Row        `json:"by_instrument"`
	ByRisk       []Row        `json:"by_risk"`
	ByOutcome    []Row        `json:"by_outcome"`
	ByClass      []Row        `json:"by_class"` // policy commitment, concrete action
	ByYear       []Row        `json:"by_year"`
}

// Tabulator accumulates cases into a Summary in constant memory (its tables
// are indexed by enumeration, and by year). Its zero value is ready to use,
// with the default TableOptions; [NewTabulator] sets others. It is not safe
// for concurrent use.
type Tabulator struct {
	opts       TableOptions
	total      Counts
	kind       [16]Counts
	instrument [16]Counts
	risk       [32]Counts
	outcome    [16]Counts
	class      [2]Counts
	year       map[int]*Counts
}

// NewTabulator checks the options (a confidence level outside (0, 1) or a
// negative minimum is a *FieldError naming it) and returns an empty
// tabulator.
func NewTabulator(o TableOptions) (*Tabulator, error) {
	c := check.Errors{Pkg: pkg}
	o = o.check(&c, "")
	if err := c.Err(); err != nil {
		return nil, err
	}
	return &Tabulator{opts: o}, nil
}

// Add counts one case. Cases should be valid (the readers validate them);
// an out-of-range enumeration is counted under the zero key, which the
// summary leaves out of its tables but not out of the total.
func (t *Tabulator) Add(c Case) {
	t.total.add(c.Result)
	if int(c.ActorKind) < len(t.kind) {
		t.kind[c.ActorKind].add(c.Result)
	}
	if int(c.Instrument) < len(t.instrument) {
		t.instrument[c.Instrument].add(c.Result)
	}
	if int(c.Risk) < len(t.risk) {
		t.risk[c.Risk].add(c.Result)
	}
	if int(c.Outcome) < len(t.outcome) {
		t.outcome[c.Outcome].add(c.Result)
	}
	if c.Outcome.IsValid() {
		if c.Outcome.Concrete() {
			t.class[1].add(c.Result)
		} else {
			t.class[0].add(c.Result)
		}
	}
	if t.year == nil {
		t.year = make(map[int]*Counts)
	}
	y := t.year[c.Year]
	if y == nil {
		y = &Counts{}
		t.year[c.Year] = y
	}
	y.add(c.Result)
}

// options returns the tabulator's options, the defaults for the zero value.
func (t *Tabulator) options() TableOptions {
	if t.opts == (TableOptions{}) {
		return TableOptions{Level: DefaultLevel, MinCases: DefaultMinCases}
	}
	return t.opts
}

// Merge adds the cases other has counted to t's, as if t had added them
// itself: the summary of t is then the summary of one tabulator that added
// both tabulators' cases, whatever the order and however they were split.
// This is how a dataset read in shards — by goroutines, from several
// files, or by a distributed engine whose combiner merges accumulators —
// is tabulated without reading it again (see [SummariseParallel]).
//
// Tabulators with different options do not merge: that is a *FieldError
// (ReasonConflict, path "options") and t is left as it was. The zero value's
// options are the defaults, as NewTabulator(TableOptions{}) fills them in.
// other is not changed; a nil other merges nothing. Merge is not safe for
// concurrent use with other calls on t or on other.
func (t *Tabulator) Merge(other *Tabulator) error {
	if other == nil {
		return nil
	}
	if t.options() != other.options() {
		c := check.Errors{Pkg: pkg}
		c.Add("options", check.Conflict, "tabulators with different options: level or minimum of cases")
		return c.Err()
	}
	t.total.merge(other.total)
	for _, p := range [...]struct{ to, from []Counts }{
		{t.kind[:], other.kind[:]}, {t.instrument[:], other.instrument[:]}, {t.risk[:], other.risk[:]},
		{t.outcome[:], other.outcome[:]}, {t.class[:], other.class[:]},
	} {
		for i := range p.to {
			p.to[i].merge(p.from[i])
		}
	}
	if len(other.year) > 0 && t.year == nil {
		t.year = make(map[int]*Counts, len(other.year))
	}
	for y, c := range other.year {
		mergeInto(t.year, y, *c)
	}
	return nil
}

// merge adds o's tallies to c's.
func (c *Counts) merge(o Counts) {
	c.Cases += o.Cases
	c.Achieved += o.Achieved
	c.PartlyAchieved += o.PartlyAchieved
	c.NotAchieved += o.NotAchieved
	c.Unknown += o.Unknown
}

// mergeInto adds c to the counts of key k in m, making them if need be.
func mergeInto[K comparable](m map[K]*Counts, k K, c Counts) {
	p := m[k]
	if p == nil {
		p = &Counts{}
		m[k] = p
	}
	p.merge(c)
}

// Summary returns the tables of the cases added so far.
func (t *Tabulator) Summary() Summary {
	o := t.options()
	z := math.Sqrt2 * math.Erfinv(o.Level)
	row := func(d Dimension, k int, c Counts) Row {
		return Row{Key: d.word(k, 1), Label: d.label(k, 1), Counts: c, Estimate: c.estimate(o, z)}
	}
	s := Summary{Options: o, Total: Row{Key: "total", Label: "all cases", Counts: t.total, Estimate: t.total.estimate(o, z)},
		ByClass: []Row{}, ByYear: []Row{}}
	rows := func(d Dimension, counts []Counts, valid func(int) bool) []Row {
		out := []Row{} // written [] when empty
		for i, c := range counts {
			if c.Cases > 0 && valid(i) {
				out = append(out, row(d, i, c))
			}
		}
		return out
	}
	s.ByActorKind = rows(DimensionActorKind, t.kind[:], func(i int) bool { return actor.Kind(i).IsValid() })
	s.ByInstrument = rows(DimensionInstrument, t.instrument[:], func(i int) bool { return agreement.InstrumentKind(i).IsValid() })
	s.ByRisk = rows(DimensionRisk, t.risk[:], func(i int) bool { return risk.Risk(i).IsValid() })
	s.ByOutcome = rows(DimensionOutcome, t.outcome[:], func(i int) bool { return Outcome(i).IsValid() })
	for i, c := range t.class {
		if c.Cases > 0 {
			s.ByClass = append(s.ByClass, row(DimensionClass, classPolicy+i, c))
		}
	}
	years := make([]int, 0, len(t.year))
	for y := range t.year {
		years = append(years, y)
	}
	slices.Sort(years)
	for _, y := range years {
		s.ByYear = append(s.ByYear, row(DimensionYear, y, *t.year[y]))
	}
	return s
}

// SummariseCases reads every case from r and tabulates them under the
// options (the zero value: the defaults). It stops at the first malformed
// case and returns its error; options in error are a *FieldError naming
// the option.
func SummariseCases(r *CaseReader, o TableOptions) (Summary, error) {
	t, err := NewTabulator(o)
	if err != nil {
		return Summary{}, err
	}
	for {
		c, err := r.read(false)
		if err == io.EOF {
			return t.Summary(), nil
		}
		if err != nil {
			return Summary{}, err
		}
		t.Add(c)
	}
}

// SummariseParallel reads the cases of every reader — the shards of one
// dataset, such as its files — each in a goroutine of its own, into a
// tabulator of its own, and merges the tabulators in the order of the
// readers (see [Tabulator.Merge]): the summary equals that of
// [SummariseCases] over all the cases read one after another, and on n
// cores it is up to n times as fast. The readers must be distinct; each is
// read to its end unless an error stops it.
//
// A malformed case stops its reader. The error returned is then that of the
// first reader in the list that failed — readers after it stop early,
// readers before it read on, in case one of them fails too — with the
// reader's index before its path ("readers[2].actor_kind", line as read),
// so that the error does not depend on how the goroutines ran. A nil reader
// is a *FieldError ("readers[i]", ReasonRequired), and so are options in
// error, as for SummariseCases; then nothing is read. No readers give the
// summary of no cases.
func SummariseParallel(readers []*CaseReader, o TableOptions) (Summary, error) {
	c := check.Errors{Pkg: pkg}
	o = o.check(&c, "")
	for i, r := range readers {
		if r == nil {
			c.Add(check.Index("readers", i), check.Required, "a case reader")
		}
	}
	if err := c.Err(); err != nil {
		return Summary{}, err
	}
	tabs := make([]Tabulator, len(readers))
	errs := make([]error, len(readers))
	var failed atomic.Int64 // the least index of a reader that failed
	failed.Store(int64(len(readers)))
	var wg sync.WaitGroup
	for i, r := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A tabulator on this goroutine's stack: the tallies of two
			// goroutines never share a cache line.
			t := Tabulator{opts: o}
			defer func() { tabs[i] = t }()
			for failed.Load() > int64(i) {
				cs, err := r.read(false)
				if err == io.EOF {
					return
				}
				if err != nil {
					errs[i] = err
					for f := failed.Load(); f > int64(i); f = failed.Load() {
						if failed.CompareAndSwap(f, int64(i)) {
							break
						}
					}
					return
				}
				t.Add(cs)
			}
		}()
	}
	wg.Wait()
	if f := int(failed.Load()); f < len(readers) {
		c.AddErr(check.Index("readers", f), errs[f])
		return Summary{}, c.Err()
	}
	all := Tabulator{opts: o}
	for i := range tabs {
		_ = all.Merge(&tabs[i]) // the same options: it cannot fail
	}
	return all.Summary(), nil
}

// leftAligned returns a function that pads a text to the widest of texts,
// so that a right-aligned tabwriter column of them reads left-aligned.
func leftAligned(texts []string) func(string) string {
	w := 0
	for _, t := range texts {
		w = max(w, utf8.RuneCountInString(t))
	}
	return func(s string) string { return s + strings.Repeat(" ", w-utf8.RuneCountInString(s)) }
}

// WriteTable writes one table of the summary as aligned text for people:
// the key's label, cases, achieved, partly, not achieved, unknown, the rate
// and its interval ("35% (18–57%)"), and "too few" when a rate rests on
// fewer known results than the table's minimum. A rate with no known result
// shows "–".
func WriteTable(w io.Writer, title string, rows []Row) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	level := ""
	for _, r := range rows {
		if r.Estimate.Level > 0 {
			level = " (" + strconv.FormatFloat(100*r.Estimate.Level, 'f', -1, 64) + "% interval)"
			break
		}
	}
	labels := make([]string, len(rows))
	for i, r := range rows {
		labels[i] = r.Label
		if labels[i] == "" {
			labels[i] = r.Key
		}
	}
	pad := leftAligned(append([]string{title}, labels...))
	fmt.Fprintf(tw, "%s\tcases\tachieved\tpartly\tnot\tunknown\trate%s\t\t\n", pad(title), level)
	pc := func(v float64) string { return strconv.FormatFloat(100*v, 'f', 0, 64) }
	for i, r := range rows {
		rate, note, e := "–", "", r.Estimate
		if e.Rated {
			rate = pc(e.Rate) + "% (" + pc(e.Lo) + "–" + pc(e.Hi) + "%)"
		}
		if e.Rated && e.TooSmall {
			note = "too few"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t\n", pad(labels[i]), r.Cases, r.Achieved, r.PartlyAchieved, r.NotAchieved, r.Unknown, rate, note)
	}
	return tw.Flush()
}
