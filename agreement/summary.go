package agreement

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"text/tabwriter"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
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
// in words, and its counts. The zero value is a row with an empty key and
// no cases. It is a plain value, safe for concurrent use.
type Row struct {
	Key string `json:"key"`
	Counts
}

// Summary tabulates outcome patterns across cases — research question 4 of
// the report, "patterns of protection negotiation outcomes". Each table
// lists the keys that occur, in the order of their enumeration (years in
// order). The zero value is the summary of no cases, as a new Tabulator
// gives. It holds slices that this package never modifies once returned, so
// it is safe for concurrent reads.
type Summary struct {
	Total        Counts `json:"total"`
	ByActorKind  []Row  `json:"by_actor_kind"`
	ByInstrument []Row  `json:"by_instrument"`
	ByRisk       []Row  `json:"by_risk"`
	ByOutcome    []Row  `json:"by_outcome"`
	ByClass      []Row  `json:"by_class"` // policy commitment, concrete action
	ByYear       []Row  `json:"by_year"`
}

// Tabulator accumulates cases into a Summary in constant memory (its tables
// are indexed by enumeration, and by year). Its zero value is ready to use.
// It is not safe for concurrent use.
type Tabulator struct {
	total      Counts
	kind       [16]Counts
	instrument [16]Counts
	risk       [32]Counts
	outcome    [16]Counts
	class      [2]Counts
	year       map[int]*Counts
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

// Summary returns the tables of the cases added so far.
func (t *Tabulator) Summary() Summary {
	s := Summary{Total: t.total}
	rows := func(counts []Counts, name func(int) string, valid func(int) bool) []Row {
		var out []Row
		for i, c := range counts {
			if c.Cases > 0 && valid(i) {
				out = append(out, Row{name(i), c})
			}
		}
		return out
	}
	s.ByActorKind = rows(t.kind[:], func(i int) string { return actor.Kind(i).String() }, func(i int) bool { return actor.Kind(i).IsValid() })
	s.ByInstrument = rows(t.instrument[:], func(i int) string { return Kind(i).String() }, func(i int) bool { return Kind(i).IsValid() })
	s.ByRisk = rows(t.risk[:], func(i int) string { return assessment.Risk(i).String() }, func(i int) bool { return assessment.Risk(i).IsValid() })
	s.ByOutcome = rows(t.outcome[:], func(i int) string { return Outcome(i).String() }, func(i int) bool { return Outcome(i).IsValid() })
	s.ByClass = rows(t.class[:], func(i int) string { return [...]string{"policy_commitment", "concrete_action"}[i] }, func(int) bool { return true })
	years := make([]int, 0, len(t.year))
	for y := range t.year {
		years = append(years, y)
	}
	slices.Sort(years)
	for _, y := range years {
		s.ByYear = append(s.ByYear, Row{strconv.Itoa(y), *t.year[y]})
	}
	return s
}

// SummariseCases reads every case from r and tabulates them. It stops at the
// first malformed case and returns its error.
func SummariseCases(r *CaseReader) (Summary, error) {
	var t Tabulator
	for {
		c, err := r.Read()
		if err == io.EOF {
			return t.Summary(), nil
		}
		if err != nil {
			return Summary{}, err
		}
		t.Add(c)
	}
}

// WriteTable writes one table of the summary as aligned text: key, cases,
// achieved, partly, not achieved, unknown, and the success rate.
func WriteTable(w io.Writer, title string, rows []Row) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\tcases\tachieved\tpartly\tnot\tunknown\trate\t\n", title)
	for _, r := range rows {
		rate := "–"
		if v, ok := r.Rate(); ok {
			rate = strconv.FormatFloat(100*v, 'f', 0, 64) + "%"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\t\n", r.Key, r.Cases, r.Achieved, r.PartlyAchieved, r.NotAchieved, r.Unknown, rate)
	}
	return tw.Flush()
}
