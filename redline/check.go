package redline

import (
	"encoding/json"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/words"
)

// Status says whether a finding is a rule crossed or a rule that cannot be
// decided. The zero value is invalid; in a [Trace] it means the rule does not
// apply. It is a plain value, safe for concurrent use.
type Status uint8

// Finding statuses.
const (
	StatusUnspecified Status = iota
	// StatusCrossed: every condition of the rule holds for the term.
	StatusCrossed
	// StatusIndeterminate: no condition is false, but at least one attribute the
	// rule needs is unstated or invalid, or the term's kind is unknown to the
	// policy. The check fails closed: an indeterminate finding is never
	// acceptable.
	StatusIndeterminate
)

var statuses = enum.New[Status]("redline", "status", "crossed", "indeterminate").
	WithLabels("crossed", "indeterminate")

// IsValid reports whether s is a named status.
func (s Status) IsValid() bool { return statuses.Valid(s) }

// String returns the wire word; it never panics.
func (s Status) String() string { return statuses.String(s) }

// Label returns the value in words, for people; String gives the wire word.
func (s Status) Label() string { return statuses.Label(s) }

// MarshalText encodes the status as its wire word.
func (s Status) MarshalText() ([]byte, error) { return statuses.Marshal(s) }

// UnmarshalText decodes a wire word, ignoring case.
func (s *Status) UnmarshalText(b []byte) (err error) { *s, err = statuses.Unmarshal(b); return err }

// ParseStatus parses a status's wire word, ignoring case.
func ParseStatus(s string) (Status, error) { return statuses.Parse(s) }

// Result is what one condition of a rule gave for one term. The zero value
// is invalid: every observation the library builds carries a named result.
// It is a plain value, safe for concurrent use.
type Result uint8

// Condition results.
const (
	ResultUnspecified Result = iota
	ResultMet                // the condition holds
	ResultNotMet             // the condition does not hold
	ResultMissing            // the term does not state the attribute
	ResultInvalid            // the term states an invalid value (an unknown word, NaN, a value of the wrong type)
)

var results = enum.New[Result]("redline", "result", "met", "not_met", "missing", "invalid").
	WithLabels("met", "not met", "missing", "invalid")

// IsValid reports whether r is a named result.
func (r Result) IsValid() bool { return results.Valid(r) }

// String returns the wire word; it never panics.
func (r Result) String() string { return results.String(r) }

// Label returns the value in words, for people; String gives the wire word.
func (r Result) Label() string { return results.Label(r) }

// MarshalText encodes the result as its wire word.
func (r Result) MarshalText() ([]byte, error) { return results.Marshal(r) }

// UnmarshalText decodes a wire word, ignoring case.
func (r *Result) UnmarshalText(b []byte) (err error) { *r, err = results.Unmarshal(b); return err }

// ParseResult parses a result's wire word, ignoring case.
func ParseResult(s string) (Result, error) { return results.Parse(s) }

// Observation explains one condition of a rule for one term at the domain
// level: the attribute, what the rule requires, and what the term says.
//
// The zero value is not an observation: [Finding.Observations] and
// [Checker.Trace] build them. An Observation is a plain value, safe for
// concurrent use.
type Observation struct {
	Attr   string `json:"attr"`  // the attribute, e.g. "min_age"
	Label  string `json:"label"` // the attribute in words, e.g. "minimum age"
	Op     Op     `json:"op"`
	Value  Value  `json:"value,omitzero"` // the rule's operand, as the condition's value
	Got    Value  `json:"got,omitzero"`   // the term's value; the zero Value, left out of JSON, when unstated
	Result Result `json:"result"`
}

// String renders the observation for a person, in words: "minimum age 14
// (limit: under 15)", "payee the armed actor (rule: one of the armed actor,
// a party to the conflict)", "purpose not stated (rule: ransom)".
func (o Observation) String() string {
	a := attrByName(o.Attr)
	got := o.Got.label(a)
	switch o.Result {
	case ResultMissing:
		got = "not stated"
	case ResultInvalid:
		got = "invalid (" + got + ")"
	}
	word := "rule"
	switch o.Op {
	case OpLt, OpLe, OpGt, OpGe:
		word = "limit"
	}
	return o.Label + " " + got + " (" + word + ": " + opPhrase(o.Op) + o.Value.label(a) + ")"
}

func opPhrase(op Op) string {
	switch op {
	case OpNe:
		return "not "
	case OpLt:
		return "under "
	case OpLe:
		return "at most "
	case OpGt:
		return "over "
	case OpGe:
		return "at least "
	case OpIn:
		return "one of "
	case OpNotIn:
		return "none of "
	}
	return ""
}

// Finding is one rule crossed, or not decidable, by one term of a proposal.
// For a term whose kind the policy does not know, Rule is empty and the
// finding is indeterminate with severity SeverityAbsolute: an unknown kind of term
// could be anything.
//
// The explanation — the rationale, the norms cited, and what each condition
// of the rule found in the term — is computed when asked for, by the methods
// below; the JSON encoding includes it.
//
// The zero value is not a finding: only [Checker.Check] and
// [Checker.CheckInto] build one, as the explanation is held in unexported
// fields. The methods only read the finding, so it is safe for concurrent
// reads. A finding is a value: a copy keeps its explanation when the report
// it came from is reused by CheckInto.
type Finding struct {
	Rule     string    `json:"rule,omitempty"` // empty, and left out of JSON, for a term of a kind the policy does not know
	Term     int       `json:"term_index"`     // index of the term in the proposal, from 0 (its text says "term 1")
	TermID   string    `json:"term_id,omitempty"`
	Kind     Kind      `json:"kind"`
	Severity Severity  `json:"severity"`
	Status   Status    `json:"status"`
	Approval Authority `json:"approval,omitempty"` // for institutional rules: who may approve crossing it

	rule   *crule
	obs    []observed  // what the term held for each condition, in the rule's order; nil when inline holds it
	inline [2]observed // the same for a rule of up to two conditions, held in the finding itself
	nobs   uint8       // how many of inline are used
	got    *[]Value    // the same for an agency's own attributes, when the rule has any
	src    *prepared   // for a check of a Prepared proposal: the prepared terms, immutable, read when the finding is explained
}

// observed is a pointer-free snapshot of one attribute of a term.
type observed struct {
	num    float64
	word   uint8 // the value of an enumeration or a flag
	stated bool
	result Result
}

// numberGot is what an observation shows of a term's number: the number, or,
// for NaN and infinities (which a check treats as invalid), their name as a
// word, so that the observation still encodes as JSON.
func numberGot(v float64) Value {
	if !Num(v).valid() {
		return TextValue(Num(v).String())
	}
	return NumberValue(v)
}

// Rationale returns why the rule exists, in plain language.
func (f Finding) Rationale() string {
	if f.rule == nil {
		return "the policy does not know this kind of term; correct the kind, or declare it in the policy"
	}
	return f.rule.rule.Rationale
}

// Layer returns the name of the policy layer the rule comes from.
func (f Finding) Layer() string {
	if f.rule == nil {
		return ""
	}
	return f.rule.layer
}

// Equal reports whether f and g say the same thing: the same fields, and the
// same explanation — layer, rationale, citations, missing attributes and
// observations. Comparison libraries such as go-cmp use it, as Finding's
// explanation is held in unexported fields.
func (f Finding) Equal(g Finding) bool {
	if f.Rule != g.Rule || f.Term != g.Term || f.TermID != g.TermID || f.Kind != g.Kind ||
		f.Severity != g.Severity || f.Status != g.Status || f.Approval != g.Approval {
		return false
	}
	if f.Layer() != g.Layer() || f.Rationale() != g.Rationale() ||
		!slices.Equal(f.Citations(), g.Citations()) || !slices.Equal(f.Missing(), g.Missing()) {
		return false
	}
	return slices.EqualFunc(f.Observations(), g.Observations(), func(a, b Observation) bool {
		return a.Attr == b.Attr && a.Label == b.Label && a.Op == b.Op && a.Result == b.Result &&
			a.Value.Equal(b.Value) && a.Got.Equal(b.Got)
	})
}

// Citations returns the norms the finding's rule cites (a copy).
func (f Finding) Citations() []string {
	if f.rule == nil {
		return nil
	}
	return append([]string(nil), f.rule.rule.Citations...)
}

// observed returns what the term held for each condition of the rule.
func (f *Finding) observed() []observed {
	if f.src != nil && f.rule != nil {
		t := &f.src.terms[f.Term]
		obs := make([]observed, len(f.rule.conds))
		for j := range f.rule.conds {
			obs[j] = f.rule.conds[j].snapshot(t)
		}
		return obs
	}
	if f.obs != nil {
		return f.obs
	}
	return f.inline[:f.nobs]
}

// Observations explains the finding condition by condition: what the rule
// requires and what the term holds.
func (f Finding) Observations() []Observation {
	if f.rule == nil {
		return nil
	}
	obs := f.observed()
	out := make([]Observation, len(obs))
	extra := 0
	for j := range obs {
		cd := &f.rule.conds[j]
		o := &out[j]
		o.Attr, o.Op, o.Value, o.Result = cd.src.Attr, cd.op, cd.src.Value, obs[j].result
		if cd.attr == attrNone {
			o.Label = strings.ReplaceAll(cd.extra, "_", " ") // an agency's attribute, in words
			if f.src != nil {
				o.Got = f.src.terms[f.Term].Extra[cd.extra]
				if n, ok := o.Got.Number(); ok {
					o.Got = numberGot(n)
				}
			} else if f.got != nil && extra < len(*f.got) {
				o.Got = (*f.got)[extra]
				if n, ok := o.Got.Number(); ok {
					o.Got = numberGot(n)
				}
			}
			extra++
			continue
		}
		o.Label = attrInfo[cd.attr].label
		ob := obs[j]
		if !ob.stated {
			continue
		}
		// What the term holds, as Term.value gives it, but naming NaN,
		// infinities and invalid flags, and written in place, as
		// Observations is on the path of every explained report.
		switch row := attrTypeOf(cd.typ); {
		case row.holds == valueNumber:
			o.Got = numberGot(ob.num)
		case row.holds == valueFlag && Flag(ob.word).IsValid():
			o.Got = FlagValue(Flag(ob.word) == FlagYes)
		default:
			o.Got = TextValue(row.wire(ob.word))
		}
	}
	return out
}

// Missing returns the attributes the finding's term must state, or state
// validly, for its rule to be decided; nil for a crossed rule.
func (f Finding) Missing() []string {
	var out []string
	for j, ob := range f.observed() {
		if ob.result == ResultMissing || ob.result == ResultInvalid {
			out = append(out, f.rule.conds[j].src.Attr)
		}
	}
	return out
}

// MarshalJSON encodes the finding with its explanation.
func (f Finding) MarshalJSON() ([]byte, error) {
	type plain Finding
	return json.Marshal(struct {
		plain
		Layer        string        `json:"layer,omitempty"`
		Rationale    string        `json:"rationale"`
		Citations    []string      `json:"citations"`
		Observations []Observation `json:"observations"`
	}{plain(f), f.Layer(), f.Rationale(), nonNil(f.Citations()), nonNilObs(f.Observations())})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilObs(s []Observation) []Observation {
	if s == nil {
		return []Observation{}
	}
	return s
}

// Verdict is the overall answer of a check. The zero value is invalid. It is
// a plain value, safe for concurrent use.
type Verdict uint8

// Verdicts, from the best to the worst.
const (
	VerdictUnspecified Verdict = iota
	// VerdictAcceptable: no rule crossed and nothing indeterminate.
	VerdictAcceptable
	// VerdictTradeOffAnalysis: trade-offs crossed; agree only after a documented
	// analysis of the options.
	VerdictTradeOffAnalysis
	// VerdictMandatorDecision: a bottom line crossed; the mandator decides.
	VerdictMandatorDecision
	// VerdictApprovalRequired: an institutional red line crossed; agree only with
	// approval at Report.Approval.
	VerdictApprovalRequired
	// VerdictIndeterminate: a rule at least as grave as anything crossed cannot be
	// decided, because attributes are unstated or invalid or a kind is
	// unknown; state them and check again.
	VerdictIndeterminate
	// VerdictUnacceptable: an absolute red line crossed; never agreeable.
	VerdictUnacceptable
)

var verdicts = enum.New[Verdict]("redline", "verdict",
	"acceptable", "trade_off_analysis_required", "mandator_decision_required", "approval_required", "indeterminate", "unacceptable").
	WithLabels("acceptable", "trade-off analysis required", "decision of the mandator required", "approval required", "indeterminate", "unacceptable")

// IsValid reports whether v is a named verdict.
func (v Verdict) IsValid() bool { return verdicts.Valid(v) }

// String returns the wire word; it never panics.
func (v Verdict) String() string { return verdicts.String(v) }

// Label returns the verdict in words.
func (v Verdict) Label() string { return verdicts.Label(v) }

// MarshalText encodes the verdict as its wire word.
func (v Verdict) MarshalText() ([]byte, error) { return verdicts.Marshal(v) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (v *Verdict) UnmarshalText(b []byte) (err error) { *v, err = verdicts.Unmarshal(b); return err }

// ParseVerdict parses a verdict's wire word or label, ignoring case.
func ParseVerdict(s string) (Verdict, error) { return verdicts.Parse(s) }

func verdictOf(s Severity) Verdict {
	switch s {
	case SeverityTradeOff:
		return VerdictTradeOffAnalysis
	case SeverityBottomLine:
		return VerdictMandatorDecision
	case SeverityInstitutional:
		return VerdictApprovalRequired
	}
	return VerdictUnacceptable
}

// Report is the result of checking a proposal against a compiled policy.
//
// Findings come in proposal order; within a term, the most severe rule
// first, then by rule ID. Verdict is the worst verdict of the crossed rules,
// or VerdictIndeterminate if an undecidable rule could be worse than all of
// them.
// Approval is the highest approval level among the crossed institutional
// rules, whatever the verdict. The zero Report is not a result. A Report is
// safe for concurrent reads; [Checker.CheckInto] writes to the one it is
// given.
//
// The report also says what was examined: [Report.Examined] gives, for each
// term, the rules of the policy that examined it (every rule of its kind,
// whether it found anything or not), and [Report.Unexamined] the terms no
// rule examined — a kind the policy knows but has no rule for, and has not
// declared [Uncovered]. Under [OnUnexaminedList], the default, such terms
// leave the verdict to the others, and the report's text says the verdict
// holds only for the terms examined; under [OnUnexaminedBlock] each counts
// as a term of an unknown kind.
type Report struct {
	Policy   string    `json:"policy"` // the compiled layers, "name@version + …"
	Terms    int       `json:"terms"`  // how many terms were checked
	Verdict  Verdict   `json:"verdict"`
	Approval Authority `json:"approval,omitempty"`
	Findings []Finding `json:"findings"`

	k     *Checker
	slots [inlineSlots]int32 // the kind slot of each term, -1 for an unknown kind, when there are at most inlineSlots terms
	more  []int32            // the same, when there are more
}

// inlineSlots is how many terms a report records the kind of in its own
// slots array; for more, it uses its more slice.
const inlineSlots = 32

// Examination says which rules of the policy examined one term of a
// proposal: Rules, every rule of the term's kind in the order Check applies
// them (most severe first, then by ID), whether or not it found anything.
// Rules is empty when no rule examines the kind; Uncovered then gives the
// policy's reason if it leaves the kind unexamined on purpose. For a term of
// a kind the policy does not know, Rules is empty and the report has an
// indeterminate finding for it.
//
// The zero value examines nothing: only [Report.Examined] builds one. An
// Examination is a plain value, safe for concurrent reads.
type Examination struct {
	Term      int      `json:"term_index"` // index of the term in the proposal, from 0
	Kind      Kind     `json:"kind"`
	Rules     []string `json:"rules"`
	Uncovered string   `json:"uncovered,omitempty"`
}

// slot returns the kind slot of term i, or nil for a kind the policy does
// not know.
func (r *Report) slot(i int) *kindSlot {
	if r.k == nil || i < 0 || i >= r.Terms {
		return nil
	}
	var si int32 = -1
	if r.Terms <= inlineSlots {
		si = r.slots[i]
	} else if i < len(r.more) {
		si = r.more[i]
	}
	if si < 0 || int(si) >= len(r.k.table.slots) {
		return nil
	}
	return &r.k.table.slots[si]
}

// Examined returns, for each term in proposal order, the rules that
// examined it (see [Examination]).
func (r Report) Examined() []Examination {
	out := make([]Examination, r.Terms)
	for i := range out {
		e := Examination{Term: i, Rules: []string{}}
		if s := r.slot(i); s != nil {
			e.Kind, e.Uncovered = s.kind, s.uncovered
			e.Rules = append(e.Rules, s.ids...)
		} else {
			for _, f := range r.Findings {
				if f.Term == i {
					e.Kind = f.Kind
					break
				}
			}
		}
		out[i] = e
	}
	return out
}

// Unexamined returns the indexes of the terms no rule of the policy
// examined, in proposal order: terms of a kind the policy knows, has no rule
// for, and does not declare [Uncovered]. A term of a kind the policy does
// not know is not listed: it has an indeterminate finding instead.
func (r Report) Unexamined() []int {
	out := []int{}
	for i := 0; i < r.Terms; i++ {
		if s := r.slot(i); s != nil && s.unexamined() {
			out = append(out, i)
		}
	}
	return out
}

// Equal reports whether r and o say the same thing: the same policy,
// number of terms, verdict and approval level; findings Equal one by one
// (no findings and an empty list alike); the same rules examining each term
// ([Report.Examined], [Report.Unexamined]); and, when a term went
// unexamined, the same answer of the policy to it, which the text gives.
// Comparison libraries such as go-cmp use it, as what a report examined is
// held in unexported fields.
func (r Report) Equal(o Report) bool {
	if r.Policy != o.Policy || r.Terms != o.Terms || r.Verdict != o.Verdict || r.Approval != o.Approval ||
		!slices.EqualFunc(r.Findings, o.Findings, Finding.Equal) {
		return false
	}
	if r.k == nil || o.k == nil { // not built by a check: nothing examined
		return r.k == o.k || r.Terms <= 0
	}
	unexamined := false
	for i := 0; i < r.Terms; i++ {
		a, b := r.slot(i), o.slot(i)
		switch {
		case a == nil && b == nil:
			continue
		case a == nil || b == nil || a.kind != b.kind || a.uncovered != b.uncovered || !slices.Equal(a.ids, b.ids):
			return false
		}
		unexamined = unexamined || a.unexamined()
	}
	return !unexamined || r.k.onUnexam == o.k.onUnexam
}

// MarshalJSON encodes the report, with what was examined; no findings
// encode as [], not null.
func (r Report) MarshalJSON() ([]byte, error) {
	type plain Report
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	return json.Marshal(struct {
		plain
		Examined   []Examination `json:"examined"`
		Unexamined []int         `json:"unexamined_term_indexes"`
	}{plain(r), r.Examined(), r.Unexamined()})
}

// Check checks a proposal — its terms — against the policy. It is pure and
// total: any terms, including the zero Term or terms with invalid values,
// give a report and never a panic; it never modifies terms.
func (k *Checker) Check(terms []Term) Report {
	var r Report
	k.CheckInto(&r, terms)
	return r
}

// CheckInto is Check for a loop over many proposals: it writes the report
// into r, reusing the memory r holds, r.Findings among it. The findings r
// held before, and what it said was examined, are overwritten and must not
// be used afterwards.
func (k *Checker) CheckInto(r *Report, terms []Term) { k.checkInto(r, terms, nil) }

// Prepared is a proposal made ready for one Checker: its own copy of the
// terms, with each term's kind resolved against the policy once, so that
// checking it again and again — a proposal under negotiation, a test suite,
// a benchmark — skips the lookup. Checking a Prepared gives exactly the
// report Check gives for its terms.
//
// The zero value is the empty proposal of no checker; it checks as an
// empty proposal. A Prepared is immutable once made and safe for concurrent
// use; changing the terms it was made from does not change it.
type Prepared struct {
	k *Checker
	*prepared
}

// prepared is what a Prepared holds, behind one pointer that the findings of
// its checks share.
type prepared struct {
	terms   []Term
	slots   []int32 // the kind slot of each term in k's table, -1 for a kind k does not know
	active  []int32 // the terms a check must look at: those of a kind with rules, or of a kind k does not know
	masks   []masks // for each active term of an indexed kind, the rules its keys leave in play and decide
	blocked bool    // some term's kind goes unexamined and k blocks such terms
}

// Prepare copies terms and resolves each one's kind against the policy.
func (k *Checker) Prepare(terms []Term) Prepared {
	if terms == nil {
		return Prepared{k: k, prepared: &prepared{}}
	}
	p := Prepared{k: k, prepared: &prepared{terms: make([]Term, len(terms)), slots: make([]int32, len(terms))}}
	for i := range terms {
		p.terms[i] = terms[i]
		if x := terms[i].Extra; x != nil {
			p.terms[i].Extra = make(map[string]Value, len(x))
			for key, v := range x {
				p.terms[i].Extra[key] = v
			}
		}
		p.slots[i] = -1
		s := k.table.get(terms[i].Kind)
		if s != nil {
			p.slots[i] = s.idx
			p.blocked = p.blocked || (k.onUnexam == OnUnexaminedBlock && s.unexamined())
		}
		if s == nil || len(s.rules) > 0 {
			p.active = append(p.active, int32(i))
			var m masks
			if s != nil && len(s.rules) <= maxIndexed {
				// The term's keys cannot change: resolve them once.
				m.maybe, m.yes = s.candidates(&p.terms[i])
			}
			p.masks = append(p.masks, m)
		}
	}
	return p
}

// masks are the rules of a kind slot a term's keys leave in play (maybe)
// and those they decide it crosses (yes), as kindSlot.candidates gives them.
type masks struct{ maybe, yes uint64 }

// Terms returns a copy of the prepared terms.
func (p Prepared) Terms() []Term {
	if p.prepared == nil || p.terms == nil {
		return nil
	}
	out := make([]Term, len(p.terms))
	for i := range p.terms {
		out[i] = p.terms[i]
		if x := p.terms[i].Extra; x != nil {
			out[i].Extra = make(map[string]Value, len(x))
			for key, v := range x {
				out[i].Extra[key] = v
			}
		}
	}
	return out
}

// Len returns the number of prepared terms.
func (p Prepared) Len() int {
	if p.prepared == nil {
		return 0
	}
	return len(p.terms)
}

// String says how many terms were prepared, for which policy, and how
// many of them have rules to apply, e.g. "3 terms prepared for baseline
// 2026.2, 2 with rules to apply". It names no term: terms may carry
// what a negotiator would not want in a log.
func (p Prepared) String() string {
	if p.prepared == nil || p.k == nil {
		return "an empty proposal, prepared for no policy"
	}
	return words.Count(len(p.terms), "term", "") + " prepared for " + p.k.name + ", " +
		strconv.Itoa(len(p.active)) + " with rules to apply"
}

// CheckPrepared is Check for a prepared proposal.
func (k *Checker) CheckPrepared(p Prepared) Report {
	var r Report
	k.CheckPreparedInto(&r, &p)
	return r
}

// CheckPreparedInto is CheckInto for a prepared proposal. A proposal
// prepared by another Checker is checked as CheckInto checks its terms.
func (k *Checker) CheckPreparedInto(r *Report, p *Prepared) {
	switch {
	case p.prepared == nil:
		k.checkInto(r, nil, nil)
	case p.k != k:
		k.checkInto(r, p.terms, nil)
	default:
		k.checkInto(r, p.terms, p.prepared)
	}
}

// checkInto is CheckInto's body; pre, when not nil, is the proposal terms
// prepared by k: each term's kind slot already resolved, and only the terms
// with rules to apply visited.
func (k *Checker) checkInto(r *Report, terms []Term, pre *prepared) {
	// Set the fields one by one: the inline slots need no clearing, as
	// only the first len(terms) are read, and each is written below.
	r.Policy, r.Terms, r.Verdict, r.Approval, r.Findings, r.k = k.name, len(terms), VerdictAcceptable, 0, r.Findings[:0], k
	var slots []int32
	if len(terms) <= inlineSlots {
		slots = r.slots[:len(terms)]
	} else {
		if cap(r.more) < len(terms) {
			r.more = make([]int32, len(terms))
		}
		r.more = r.more[:len(terms)]
		slots = r.more
	}
	// First pass: find the hits, without allocating for up to len(buf).
	var a firstPass
	a.crossed, a.open = VerdictAcceptable, VerdictAcceptable
	slots = slots[:len(terms)] // lets the compiler drop the bounds check below
	if pre != nil {
		// The kinds and the keys' candidates are resolved, and only the
		// active terms need a look.
		copy(slots, pre.slots)
		if pre.blocked {
			a.open = VerdictUnacceptable
		}
		for j, ti := range pre.active {
			i := int(ti)
			si := pre.slots[i]
			if si < 0 {
				a.unknown(i)
				continue
			}
			slot := &k.table.slots[si]
			if len(slot.rules) > maxIndexed {
				a.eachRule(slot, &terms[i], i)
				continue
			}
			a.candidates(slot, &terms[i], i, pre.masks[j].maybe, pre.masks[j].yes)
		}
	} else {
		block := k.onUnexam == OnUnexaminedBlock
		for i := range terms {
			t := &terms[i]
			slot := k.table.get(t.Kind)
			if slot == nil {
				slots[i] = -1
				a.unknown(i)
				continue
			}
			slots[i] = slot.idx
			if block && slot.unexamined() {
				a.open = VerdictUnacceptable // could be anything, as a kind the policy does not know
			}
			switch {
			case len(slot.rules) == 0:
			case len(slot.rules) > maxIndexed: // a kind whose rules the slot does not index: each rule in turn
				a.eachRule(slot, t, i)
			default:
				// The rules the term's enumerations and flags leave in
				// play, in order; a rule that tests nothing else is
				// decided by them.
				maybe, yes := slot.candidates(t)
				a.candidates(slot, t, i, maybe, yes)
			}
		}
	}
	hits, nobs, worstCrossed, worstOpen := a.hits(), a.nobs, a.crossed, a.open
	r.Approval = a.approval
	r.Verdict = worstCrossed
	if worstOpen > worstCrossed && worstCrossed != VerdictUnacceptable {
		r.Verdict = VerdictIndeterminate
	}
	if len(hits) == 0 {
		if len(r.Findings) == 0 && cap(r.Findings) == 0 {
			r.Findings = nil
		}
		return
	}
	// Second pass: snapshot what each hit looked at. Findings of rules with
	// up to two conditions keep their snapshot inline, so the common case
	// costs one allocation.
	if cap(r.Findings) >= len(hits) {
		r.Findings = r.Findings[:len(hits)]
		clear(r.Findings)
	} else {
		r.Findings = make([]Finding, len(hits))
	}
	var more []observed
	if nobs > 0 && pre == nil {
		extra := 0
		for _, h := range hits {
			if h.cr != nil && len(h.cr.conds) > len(Finding{}.inline) {
				extra += len(h.cr.conds)
			}
		}
		if extra > 0 {
			more = make([]observed, extra)
		}
	}
	for n, h := range hits {
		t := &terms[h.term]
		f := &r.Findings[n]
		f.Term, f.TermID, f.Kind = h.term, t.ID, t.Kind
		if h.cr == nil {
			f.Severity, f.Status = SeverityAbsolute, StatusIndeterminate
			continue
		}
		cr := h.cr
		f.Rule, f.Severity, f.Approval, f.rule = cr.rule.ID, cr.rule.Severity, cr.rule.Approval, cr
		f.Status = StatusIndeterminate
		if h.res == triYes {
			f.Status = StatusCrossed
		}
		if pre != nil {
			// The prepared term cannot change: the finding reads it when
			// it is explained, rather than snapshotting it now.
			f.src = pre
			continue
		}
		m := len(cr.conds)
		// A rule of up to two conditions keeps its snapshot in the finding
		// itself, reached through observed on whichever copy is read: a
		// slice of inline would tie every copy of the finding to this
		// report, and the next CheckInto would rewrite them.
		var obs []observed
		if m > len(f.inline) {
			f.obs, more = more[:m:m], more[m:]
			obs = f.obs
		} else {
			f.nobs = uint8(m)
			obs = f.inline[:m:m]
		}
		for j := range cr.conds {
			cd := &cr.conds[j]
			obs[j] = cd.snapshot(t)
			if cd.attr == attrNone {
				if f.got == nil {
					f.got = new([]Value)
				}
				*f.got = append(*f.got, t.Extra[cd.extra])
			}
		}
	}
}

// Trace is how one rule of the policy evaluates for one term, condition by
// condition. It is what [redlinetest] uses to measure coverage.
//
// The zero value is not a trace: only [Checker.Trace] builds one. A Trace is
// a plain value, safe for concurrent reads.
type Trace struct {
	Rule     string        `json:"rule"`
	Severity Severity      `json:"severity"`
	Status   Status        `json:"status,omitempty"` // zero, and left out of JSON, when the rule does not apply
	Observed []Observation `json:"observed"`
}

// Trace evaluates every rule of the term's kind for t, whether it fires or
// not, in the order Check uses. It returns nil for a kind the policy does
// not know.
func (k *Checker) Trace(t Term) []Trace {
	e := k.kinds[t.Kind]
	if e == nil {
		return nil
	}
	out := make([]Trace, 0, len(e.rules))
	for _, cr := range e.rules {
		f := Finding{rule: cr, got: new([]Value)}
		for j := range cr.conds {
			f.obs = append(f.obs, cr.conds[j].snapshot(&t))
			if cr.conds[j].attr == attrNone {
				*f.got = append(*f.got, t.Extra[cr.conds[j].extra])
			}
		}
		tr := Trace{Rule: cr.rule.ID, Severity: cr.rule.Severity, Observed: f.Observations()}
		switch cr.eval(&t) {
		case triYes:
			tr.Status = StatusCrossed
		case triUnknown:
			tr.Status = StatusIndeterminate
		}
		out = append(out, tr)
	}
	return out
}

type tri uint8

const (
	triNo tri = iota
	triYes
	triUnknown
)

// eval is three-valued AND over the rule's conditions: one false condition
// makes the rule not apply; otherwise an unknown one makes it unknown.
func (cr *crule) eval(t *Term) tri { return evalConds(cr.conds, t) }

// evalConds is the three-valued AND of conds over t.
func evalConds(conds []cond, t *Term) tri {
	if len(conds) == 1 { // most rules: no loop over the results
		return conds[0].eval(t)
	}
	res := triYes
	for j := range conds {
		switch conds[j].eval(t) {
		case triNo:
			return triNo
		case triUnknown:
			res = triUnknown
		}
	}
	return res
}

func triOf(b bool) tri {
	if b {
		return triYes
	}
	return triNo
}

// snapshot records what the term holds for the condition's attribute and
// what the condition gives.
func (cd *cond) snapshot(t *Term) observed {
	var ob observed
	switch res := cd.eval(t); res {
	case triYes:
		ob.result = ResultMet
	case triNo:
		ob.result = ResultNotMet
	default:
		ob.result = ResultInvalid
	}
	if cd.attr == attrNone {
		_, ob.stated = t.Extra[cd.extra]
	} else {
		ob.stated = t.stated(cd.attr)
		ob.num, ob.word = t.number(cd.attr).v, t.word(cd.attr)
	}
	if ob.result == ResultInvalid && !ob.stated {
		ob.result = ResultMissing
	}
	return ob
}

// hit is a rule a term crosses or may cross, found by a check's first pass.
type hit struct {
	cr   *crule // nil for a term of an unknown kind
	term int
	res  tri
}

// firstPass gathers a check's hits and what they make of the verdict. The
// first eight hits stay in buf, on the stack of the check; with more, all
// go to more.
type firstPass struct {
	buf           [8]hit
	n             int   // hits in buf
	more          []hit // all the hits, once there are more than fit in buf
	nobs          int   // the conditions of the hits' rules, observed in the second pass
	crossed, open Verdict
	approval      Authority
}

// hits returns the hits gathered.
func (a *firstPass) hits() []hit {
	if a.more != nil {
		return a.more
	}
	return a.buf[:a.n]
}

// push records hit h.
func (a *firstPass) push(h hit) {
	if a.more == nil && a.n < len(a.buf) {
		a.buf[a.n] = h
		a.n++
		return
	}
	if a.more == nil {
		a.more = append(make([]hit, 0, 2*len(a.buf)), a.buf[:]...)
	}
	a.more = append(a.more, h)
}

// add records that term i crosses rule hr (res triYes) or may (triUnknown).
func (a *firstPass) add(hr *hotRule, i int, res tri) {
	a.push(hit{hr.cr, i, res})
	a.nobs += len(hr.conds)
	v := verdictOf(hr.sev)
	if res == triYes {
		a.crossed = max(a.crossed, v)
		if hr.sev == SeverityInstitutional {
			a.approval = max(a.approval, hr.approval)
		}
	} else {
		a.open = max(a.open, v)
	}
}

// unknown records term i, of a kind the policy does not know.
func (a *firstPass) unknown(i int) {
	a.push(hit{nil, i, triUnknown})
	a.open = VerdictUnacceptable
}

// eachRule evaluates every rule of slot on term i.
func (a *firstPass) eachRule(slot *kindSlot, t *Term, i int) {
	for ri := range slot.rules {
		hr := &slot.rules[ri]
		if res := hr.eval(t); res != triNo {
			a.add(hr, i, res)
		}
	}
}

// candidates evaluates the rules of slot that the keys of term i leave in
// play (maybe), those the keys decide (yes) without evaluating them.
func (a *firstPass) candidates(slot *kindSlot, t *Term, i int, maybe, yes uint64) {
	for m := maybe; m != 0; m &= m - 1 {
		ri := bits.TrailingZeros64(m)
		hr := &slot.rules[ri]
		var res tri
		switch bit := uint64(1) << ri; {
		case yes&bit != 0:
			res = triYes
		case slot.keyed&bit != 0:
			res = triUnknown
		default:
			if res = hr.eval(t); res == triNo {
				continue
			}
		}
		a.add(hr, i, res)
	}
}
