package redline

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/cite"
	"github.com/humanitarian-negotiation/protection/internal/words"
)

// String renders the report for a negotiator: the verdict, then each finding
// with what the term holds against the rule's limits, why the rule exists,
// and the norms it cites, and last, term by term, the rules that examined
// it. Terms are numbered from 1 in the text. When terms went unexamined, an
// acceptable verdict says it holds only for the terms examined ("acceptable
// for the 2 terms examined; no rule of this policy covers terms 3 and 4:
// information sharing, humanitarian access"), and any other verdict is
// followed by a line naming them.
func (r Report) String() string {
	var b strings.Builder
	b.WriteString("Red-line check of ")
	b.WriteString(words.Count(r.Terms, "term", ""))
	b.WriteString(" against ")
	b.WriteString(r.Policy)
	b.WriteString("\nVerdict: ")
	unexamined := r.Unexamined()
	switch {
	case len(unexamined) == 0:
		b.WriteString(r.verdictText())
	case r.Verdict == VerdictAcceptable && len(unexamined) == r.Terms:
		b.WriteString("acceptable only in that nothing was examined; ")
		b.WriteString(r.uncoveredText(unexamined))
	case r.Verdict == VerdictAcceptable:
		b.WriteString("acceptable for the ")
		b.WriteString(words.Count(r.Terms-len(unexamined), "term", ""))
		b.WriteString(" examined; ")
		b.WriteString(r.uncoveredText(unexamined))
	case r.Verdict == VerdictIndeterminate && r.k != nil && r.k.onUnexam == OnUnexaminedBlock:
		b.WriteString("indeterminate — ")
		b.WriteString(r.uncoveredText(unexamined))
		b.WriteString(", and this policy clears nothing no rule examined")
		for _, f := range r.Findings {
			if f.Status == StatusIndeterminate {
				b.WriteString("; state what is missing and check again")
				break
			}
		}
		if r.Approval != 0 {
			b.WriteString("; the rules crossed already need approval at ")
			b.WriteString(r.Approval.Phrase())
		}
	default:
		b.WriteString(r.verdictText())
		b.WriteString("\nNot examined: ")
		b.WriteString(r.uncoveredText(unexamined))
	}
	b.WriteString("\n")
	seen := map[string]bool{} // abbreviations already spelled out
	for _, f := range r.Findings {
		b.WriteString("\n")
		f.write(&b, seen)
	}
	if r.Terms > 0 && r.k != nil {
		b.WriteString("\nWhat examined each term:\n")
		for _, e := range r.Examined() {
			b.WriteString("    ")
			b.WriteString(e.String())
			b.WriteString("\n")
		}
	}
	return b.String()
}

// uncoveredText names the unexamined terms and their kinds: "no rule of
// this policy covers terms 3 and 4: information sharing, humanitarian
// access".
func (r Report) uncoveredText(terms []int) string {
	var b strings.Builder
	b.WriteString("no rule of this policy covers ")
	if len(terms) == 1 {
		b.WriteString("term ")
	} else {
		b.WriteString("terms ")
	}
	var labels []string
	for i, t := range terms {
		switch {
		case i == 0:
		case i == len(terms)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(t + 1))
		if s := r.slot(t); s != nil {
			if l := s.kind.Label(); !slices.Contains(labels, l) {
				labels = append(labels, l)
			}
		}
	}
	b.WriteString(": ")
	b.WriteString(strings.Join(labels, ", "))
	return b.String()
}

func (r Report) verdictText() string {
	switch r.Verdict {
	case VerdictAcceptable:
		return "acceptable — no red line, bottom line or trade-off crossed"
	case VerdictTradeOffAnalysis:
		return "trade-off analysis required — agree only after documenting the options"
	case VerdictMandatorDecision:
		return "decision of the mandator required — a bottom line is crossed"
	case VerdictApprovalRequired:
		return "approval required at " + r.Approval.Phrase()
	case VerdictIndeterminate:
		s := "indeterminate — state what is missing and check again"
		if r.Approval != 0 {
			s += "; the rules crossed already need approval at " + r.Approval.Phrase()
		}
		return s
	case VerdictUnacceptable:
		return "unacceptable — an absolute red line is crossed"
	}
	return r.Verdict.String()
}

// String renders the finding as in Report.String.
func (f Finding) String() string {
	var b strings.Builder
	f.write(&b, nil)
	return strings.TrimSuffix(b.String(), "\n")
}

// write writes the finding; seen holds the abbreviations the text has
// spelled out already (nil: spell them all out).
func (f Finding) write(b *strings.Builder, seen map[string]bool) {
	b.WriteString("Term ")
	b.WriteString(strconv.Itoa(f.Term + 1))
	if f.TermID != "" {
		b.WriteString(" (")
		b.WriteString(f.TermID)
		b.WriteString(")")
	}
	b.WriteString(", ")
	b.WriteString(f.Kind.Label())
	b.WriteString(" — ")
	if f.rule == nil {
		b.WriteString("indeterminate: ")
		b.WriteString(f.Rationale())
		b.WriteString("\n")
		return
	}
	if f.Status == StatusCrossed {
		b.WriteString(f.Severity.Label())
		b.WriteString(" crossed: ")
	} else {
		b.WriteString("indeterminate ")
		b.WriteString(f.Severity.Label())
		b.WriteString(": ")
	}
	b.WriteString("rule ")
	b.WriteString(f.Rule)
	if f.Approval != 0 {
		b.WriteString(" (approval: ")
		b.WriteString(f.Approval.Label())
		b.WriteString(")")
	}
	b.WriteString("\n")
	for _, o := range f.Observations() {
		b.WriteString("    ")
		b.WriteString(o.String())
		b.WriteString("\n")
	}
	if m := f.Missing(); len(m) > 0 {
		b.WriteString("    To decide, state: ")
		for i, name := range m {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(AttrLabel(name))
		}
		b.WriteString("\n")
	}
	b.WriteString("    Why: ")
	b.WriteString(f.Rationale())
	b.WriteString("\n    Norms: ")
	b.WriteString(citations(normWords(f.Citations()), seen))
	b.WriteString("\n")
}

// normWords names, for a report, the citation of an organisation's own
// policy as "institutional policy": the policy is cited beside the norms of
// law, but it is not one.
func normWords(ids []string) []string {
	if !slices.Contains(ids, cite.Institutional) {
		return ids
	}
	out := slices.Clone(ids)
	for i, id := range out {
		if id == cite.Institutional {
			out[i] = "institutional policy"
		}
	}
	return out
}

// Name returns the compiled layers as "name@version + name@version".
func (k *Checker) Name() string { return k.name }

// Layer names one compiled policy layer: the Name and Version of the Policy
// it was compiled from. The zero value names no layer: [Checker.Layers]
// returns them. A Layer is a plain value, safe for concurrent use.
type Layer struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// String returns "name@version".
func (l Layer) String() string { return l.Name + "@" + l.Version }

// Layers returns the name and version of each compiled layer, in order
// (a copy). To recompile, keep the Policy values themselves.
func (k *Checker) Layers() []Layer {
	return append([]Layer(nil), k.layers...)
}

// Rules returns copies of the effective rules — after layering — sorted by ID.
func (k *Checker) Rules() []Rule {
	out := make([]Rule, len(k.rules))
	for i, r := range k.rules {
		out[i] = cloneRule(r.rule)
	}
	return out
}

// Rule returns a copy of the effective rule with the given ID.
func (k *Checker) Rule(id string) (Rule, bool) {
	i := sort.Search(len(k.rules), func(i int) bool { return k.rules[i].rule.ID >= id })
	if i < len(k.rules) && k.rules[i].rule.ID == id {
		return cloneRule(k.rules[i].rule), true
	}
	return Rule{}, false
}

// RuleLayer returns the name of the layer the effective rule with the given
// ID comes from.
func (k *Checker) RuleLayer(id string) (string, bool) {
	i := sort.Search(len(k.rules), func(i int) bool { return k.rules[i].rule.ID >= id })
	if i < len(k.rules) && k.rules[i].rule.ID == id {
		return k.rules[i].layer, true
	}
	return "", false
}

// Kinds returns every kind of term the policy knows — the library's and the
// declared ones — sorted.
func (k *Checker) Kinds() []Kind {
	out := make([]Kind, 0, len(k.kinds))
	for kind := range k.kinds {
		out = append(out, kind)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Uncovered returns the kinds the policy leaves unexamined on purpose, with
// the reason its layers give, sorted by kind. A kind a lower layer left
// uncovered and a later layer gave a rule is not among them.
func (k *Checker) Uncovered() []Uncovered {
	var out []Uncovered
	for _, kind := range k.Kinds() {
		if e := k.kinds[kind]; len(e.rules) == 0 && e.uncovered != "" {
			out = append(out, Uncovered{Kind: kind, Reason: e.uncovered})
		}
	}
	return out
}

// Unexamined returns the kinds of term the policy knows but no rule
// examines, and that it does not declare [Uncovered], sorted: the gaps a
// term of which passes unexamined. A policy layered on [Baseline] has none
// among the library's kinds; an agency's own kinds without rules are gaps
// until it adds rules or declares them uncovered.
func (k *Checker) Unexamined() []Kind {
	var out []Kind
	for _, kind := range k.Kinds() {
		if e := k.kinds[kind]; len(e.rules) == 0 && e.uncovered == "" {
			out = append(out, kind)
		}
	}
	return out
}

// OnUnexamined returns what a term no rule examines does to the verdict:
// the strictest answer of the layers, OnUnexaminedList if none gave one.
func (k *Checker) OnUnexamined() OnUnexamined { return k.onUnexam }

// Exceptions returns the changes layers made to rules of lower layers that
// weaken them, in the order the layers made them.
func (k *Checker) Exceptions() []Exception {
	return append([]Exception(nil), k.exceptions...)
}

// String summarises the compiled policy: its layers, its rules by severity,
// and its exceptions.
func (k *Checker) String() string {
	var n [SeverityAbsolute + 1]int
	for _, r := range k.rules {
		n[r.rule.Severity]++
	}
	s := k.name + ": " + words.Count(len(k.rules), "rule", "") + " (" + strconv.Itoa(n[SeverityAbsolute]) + " absolute, " +
		strconv.Itoa(n[SeverityInstitutional]) + " institutional, " + words.Count(n[SeverityBottomLine], "bottom line", "") + ", " +
		words.Count(n[SeverityTradeOff], "trade-off", "") + ")"
	for _, e := range k.exceptions {
		s += "; exception: " + e.String()
	}
	return s
}
