package redline

import (
	"sort"
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/authority"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/cite"
	"github.com/humanitarian-negotiation/protection/internal/words"
)

// cond is a compiled condition: the attribute resolved and the operand
// pre-parsed, so that evaluation compares integers and floats only.
type cond struct {
	cmp   comparison // what decides it: the compare of the attribute's type, or its compareExtra for an agency's attribute
	attr  attr       // one of the library's attributes, or attrNone for an agency's own
	typ   AttrType   // the attribute's type
	op    Op
	word  uint8    // enumeration operand (eq, ne)
	max   uint8    // enumerations and flags: the largest valid value
	flag  bool     // flag operand
	num   float64  // number operand
	set   uint64   // enumeration operands (in, not_in): bit v set for value v
	extra string   // the agency's attribute name when attr is attrNone
	text  string   // word operand of an agency's text attribute (eq, ne)
	texts []string // word operands of an agency's text attribute (in, not_in)
	src   Condition
}

// crule is a compiled rule.
type crule struct {
	rule  Rule // a private deep copy
	layer string
	conds []cond
}

type kindEntry struct {
	rules     []*crule            // most severe first, then by ID
	ids       []string            // the IDs of rules, in the same order
	extras    map[string]AttrType // the agency's own attributes of this kind
	attrs     [numAttrs]bool      // the library's attributes that apply
	uncovered string              // why no rule examines the kind, when a layer says so
}

// Checker is a compiled red-line policy: one or more layers validated once
// and indexed by term kind. It is immutable, and safe for concurrent use by
// any number of goroutines. Build one with [Compile]; the zero value is not
// usable.
type Checker struct {
	name       string
	layers     []Layer
	rules      []*crule // effective rules by ID
	kinds      map[Kind]*kindEntry
	table      kindTable // kinds, for Check
	exceptions []Exception
	onUnexam   OnUnexamined // the strictest of the layers', never zero once compiled
}

// Compile validates one or more policy layers and compiles them into a
// Checker. layers[0] is the organisation's institutional policy; each later
// layer (a context policy) may declare kinds, add rules, tighten rules of
// lower layers by redefining them under the same ID, and drop or weaken
// rules — except absolute ones:
//
//   - redefining a rule with a lower severity, a lower approval level, or
//     conditions that do not cover every term the lower rule matched weakens
//     it; dropping it removes it;
//   - weakening or dropping an absolute rule is an error;
//   - weakening or dropping any other rule is allowed and recorded as an
//     [Exception] (for an institutional rule, one that needs the approval the
//     rule names); see [Checker.Exceptions].
//
// A layer may also declare kinds Uncovered — no rule examines them, on
// purpose, for a stated reason — and set OnUnexamined. A kind declared
// uncovered must be a kind of the policy that no rule of this or a lower
// layer examines; a later layer that adds a rule for it covers it. The
// strictest OnUnexamined of the layers applies.
//
// Compile reports every problem at once, each a *FieldError with its path
// in the layer's own document ("rules[3].when[0].value"), the path
// [DecodePolicy] and [Policy.Validate] give the same field; when there are
// several layers, FieldError.Input names the layer ("layers[1]"). It checks
// each layer as [Policy.Validate] does, with the same
// checks, and with the layers below it in view: kinds and attributes that no
// layer declares, attributes a layer below declares already, drops of rules
// no layer below has or of absolute rules, drops in the first layer, rules
// that change the kind of a lower layer's rule or weaken an absolute one,
// and uncovered kinds that are not kinds of the policy or that a rule of a
// lower layer examines. Compile does not modify its arguments.
func Compile(layers ...Policy) (*Checker, error) {
	c := check.Errors{Pkg: pkg}
	if len(layers) == 0 {
		c.Add("", check.Required, "no policy to compile")
		return nil, c.Err()
	}
	k := newChecker()
	effective := make(map[string]*crule)
	var names []string
	for i, p := range layers {
		if len(layers) > 1 {
			c.Input = check.Index("layers", i)
		}
		k.compileLayer(&c, i, p, effective, false)
		k.layers = append(k.layers, Layer{Name: p.Name, Version: p.Version})
		names = append(names, p.Name+"@"+p.Version)
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	k.name = strings.Join(names, " + ")
	if k.onUnexam == OnUnexaminedUnspecified {
		k.onUnexam = OnUnexaminedList
	}
	for _, r := range effective {
		k.rules = append(k.rules, r)
		e := k.kinds[r.rule.Kind]
		e.rules = append(e.rules, r)
	}
	sort.Slice(k.rules, func(i, j int) bool { return k.rules[i].rule.ID < k.rules[j].rule.ID })
	for _, e := range k.kinds {
		sort.Slice(e.rules, func(i, j int) bool {
			a, b := e.rules[i].rule, e.rules[j].rule
			if a.Severity != b.Severity {
				return a.Severity > b.Severity
			}
			return a.ID < b.ID
		})
		e.ids = make([]string, len(e.rules))
		for i, r := range e.rules {
			e.ids[i] = r.rule.ID
		}
		if len(e.rules) > 0 {
			e.uncovered = "" // a later layer's rule covers a kind a lower one left uncovered
		}
	}
	k.table = newKindTable(k.kinds)
	return k, nil
}

// newChecker returns a Checker that knows the library's kinds only, for
// compileLayer to add layers to.
func newChecker() *Checker {
	k := &Checker{kinds: make(map[Kind]*kindEntry)}
	for _, b := range builtin {
		e := &kindEntry{}
		e.attrs[attrBy] = true
		for _, a := range b.attrs {
			e.attrs[a] = true
		}
		k.kinds[b.kind] = e
	}
	return k
}

// Validate reports every problem the policy has as a layer on its own, all
// at once, each a *FieldError with its path ("rules[0].severity"): a blank
// or overlong name, version or description; kinds and attributes declared
// that are not snake_case words, declared twice, named like the library's
// attributes or of a type an agency cannot declare; rules without a valid
// or unique ID, a kind, a known severity, a rationale or citations, absolute
// rules without a rule of law cited, approval levels missing or misplaced;
// conditions on a library attribute the rule's kind does not have, with an
// unknown operator, an operator or a value of the wrong type for the
// attribute, unknown words or NaN; rules both redefined and dropped, drops
// listed twice; an unknown OnUnexamined; uncovered kinds that are not
// words, listed twice, without a reason, or examined by a rule of the layer.
//
// What depends on the layers below is left to [Compile]: a kind or an
// attribute the layer uses without declaring may be declared by a layer
// below, and a drop names a rule of one. A policy Compile accepts, alone or
// as any layer, is valid; one that is not valid, Compile refuses wherever it
// stands. DecodePolicy and EncodePolicy validate a policy with Validate.
func (p Policy) Validate() error {
	c := check.Errors{Pkg: pkg}
	newChecker().compileLayer(&c, 0, p, make(map[string]*crule), true)
	return c.Err()
}

// MustCompile is like Compile but panics on error. It is for policies
// written as literals in tests and examples only.
func MustCompile(layers ...Policy) *Checker {
	k, err := Compile(layers...)
	if err != nil {
		panic(err)
	}
	return k
}

// compileLayer checks layer li of a policy and adds it to k, with the
// rules of the layers below in effective. When alone, the layer is checked
// on its own (see Policy.Validate), knowing nothing of the layers below:
// a kind, an attribute or a rule that it does not define itself is not a
// problem, as a layer below may define it, and li is meaningless.
func (k *Checker) compileLayer(c *check.Errors, li int, p Policy, effective map[string]*crule, alone bool) {
	at := func(s string) string { return s }
	c.Text(at("name"), p.Name, MaxWordLen*2, true)
	c.Text(at("version"), p.Version, MaxWordLen, true)
	c.Text(at("description"), p.Description, MaxTextLen, false)

	// Declared kinds and attributes.
	if len(p.Kinds) > MaxKinds {
		c.Add(at("kinds"), check.TooLarge, "more than "+strconv.Itoa(MaxKinds)+" kinds declared")
		return
	}
	if len(p.Rules) > MaxRules {
		c.Add(at("rules"), check.TooLarge, "more than "+strconv.Itoa(MaxRules)+" rules")
		return
	}
	seenKind := make(map[Kind]bool)
	for i, d := range p.Kinds {
		dp := at(check.Index("kinds", i))
		if !IsValidWord(string(d.Kind)) {
			c.Add(dp+".kind", check.Invalid, "a kind is a snake_case word")
			continue
		}
		if seenKind[d.Kind] {
			c.Add(dp+".kind", check.Duplicate, "kind "+string(d.Kind)+" declared twice in this layer")
			continue
		}
		seenKind[d.Kind] = true
		c.Text(dp+".description", d.Description, MaxTextLen, false)
		e := k.kinds[d.Kind]
		if e == nil {
			e = &kindEntry{}
			e.attrs[attrBy] = true
			k.kinds[d.Kind] = e
		}
		for j, a := range d.Attributes {
			ap := check.Index(dp+".attributes", j)
			switch {
			case !IsValidWord(a.Name):
				c.Add(ap+".name", check.Invalid, "an attribute name is a snake_case word")
			case attrByName(a.Name) != attrNone:
				c.Add(ap+".name", check.Conflict, a.Name+" is one of the library's attributes")
			case e.extras[a.Name] != 0:
				c.Add(ap+".name", check.Duplicate, "attribute "+a.Name+" is already declared for "+string(d.Kind))
			case attrTypeOf(a.Type).compareExtra == compareNone:
				c.Add(ap+".type", check.Invalid, "an agency's attribute is a number, text or flag")
			default:
				if e.extras == nil {
					e.extras = make(map[string]AttrType)
				}
				e.extras[a.Name] = a.Type
			}
		}
	}

	// Rules of this layer.
	ids := make(map[string]int, len(p.Rules))
	for i, r := range p.Rules {
		rp := at(check.Index("rules", i))
		j, dup := ids[r.ID]
		dup = dup && r.ID != ""
		if dup {
			c.Add(rp+".id", check.Duplicate, "same ID as rules["+strconv.Itoa(j)+"]")
		} else {
			ids[r.ID] = i
		}
		cr := k.compileRule(c, rp, r, alone) // reports the rule's other problems, duplicate or not
		if cr == nil || dup {
			continue
		}
		cr.layer = p.Name
		if old, ok := effective[r.ID]; ok {
			if !k.override(c, rp, p.Name, old, cr) {
				continue
			}
		}
		effective[r.ID] = cr
	}

	// Rules this layer drops.
	seenDrop := make(map[string]bool, len(p.Drop))
	for i, id := range p.Drop {
		dp := at(check.Index("drop", i))
		old, ok := effective[id]
		_, redefined := ids[id]
		switch {
		case seenDrop[id]:
			c.Add(dp, check.Duplicate, "rule "+check.Quote(id, quoteLen)+" dropped twice")
		case alone && !redefined: // a rule of a layer below, which the layer alone cannot see
		case alone:
			c.Add(dp, check.Conflict, "rule "+check.Quote(id, quoteLen)+" is both redefined and dropped by this layer")
		case li == 0:
			c.Add(dp, check.Conflict, "the first layer has no lower layer to drop rules from")
		case redefined:
			c.Add(dp, check.Conflict, "rule "+check.Quote(id, quoteLen)+" is both redefined and dropped by this layer")
		case !ok:
			c.Add(dp, check.Reference, "no lower layer has rule "+check.Quote(id, quoteLen)+check.Suggest(id, ruleIDs(effective)))
		case old.rule.Severity == SeverityAbsolute:
			c.Add(dp, check.Conflict, "absolute rule "+id+" cannot be dropped")
		default:
			k.exceptions = append(k.exceptions, Exception{Rule: id, Layer: p.Name, Change: ChangeDropped, Severity: old.rule.Severity, Approval: old.rule.Approval})
			delete(effective, id)
		}
		seenDrop[id] = true
	}

	// What the layer says of unexamined terms.
	switch {
	case p.OnUnexamined == OnUnexaminedUnspecified:
	case !p.OnUnexamined.IsValid():
		c.Add(at("on_unexamined"), check.Unknown, "unknown answer "+p.OnUnexamined.String()+"; want list or block")
	default:
		k.onUnexam = max(k.onUnexam, p.OnUnexamined)
	}
	if len(p.Uncovered) > MaxKinds {
		c.Add(at("uncovered"), check.TooLarge, "more than "+strconv.Itoa(MaxKinds)+" kinds listed")
		return
	}
	examined := make(map[Kind]string, len(effective))
	for _, r := range effective {
		if old, ok := examined[r.rule.Kind]; !ok || r.rule.ID < old {
			examined[r.rule.Kind] = r.rule.ID
		}
	}
	seenUncovered := make(map[Kind]bool, len(p.Uncovered))
	for i, u := range p.Uncovered {
		up := at(check.Index("uncovered", i))
		e := k.kinds[u.Kind]
		switch {
		case !IsValidWord(string(u.Kind)):
			c.Add(up+".kind", check.Invalid, "a kind is a snake_case word")
			continue
		case e == nil && !alone:
			c.Add(up+".kind", check.Reference, "kind "+string(u.Kind)+" is not a kind of the policy: neither the library's nor declared"+check.Suggest(string(u.Kind), k.kindWords()))
			// Its reason is checked still, as Validate checks it.
		case seenUncovered[u.Kind]:
			c.Add(up+".kind", check.Duplicate, "kind "+string(u.Kind)+" listed twice in this layer")
			continue
		case examined[u.Kind] != "":
			c.Add(up+".kind", check.Conflict, "rule "+examined[u.Kind]+" examines kind "+string(u.Kind)+"; drop the rules of a kind before declaring it uncovered")
		}
		seenUncovered[u.Kind] = true
		c.Text(up+".reason", u.Reason, MaxTextLen, true)
		if e != nil {
			e.uncovered = u.Reason
		}
	}
}

// override checks a redefinition of a lower layer's rule, recording an
// exception for a weakened rule; it reports whether the new rule applies.
func (k *Checker) override(c *check.Errors, rp, layer string, old, nu *crule) bool {
	if old.rule.Kind != nu.rule.Kind {
		c.Add(rp+".kind", check.Conflict, "rule "+nu.rule.ID+" of a lower layer is about "+string(old.rule.Kind)+"; a layer cannot change the kind of a rule")
		return false
	}
	weaker := nu.rule.Severity < old.rule.Severity || !covers(nu.conds, old.conds) ||
		(old.rule.Severity == SeverityInstitutional && nu.rule.Severity == SeverityInstitutional && nu.rule.Approval < old.rule.Approval)
	if !weaker {
		return true
	}
	if old.rule.Severity == SeverityAbsolute {
		c.Add(rp, check.Conflict, "absolute rule "+nu.rule.ID+" cannot be weakened: a layer may only keep or widen what it matches and keep it absolute")
		return false
	}
	k.exceptions = append(k.exceptions, Exception{Rule: nu.rule.ID, Layer: layer, Change: ChangeWeakened, Severity: old.rule.Severity, Approval: old.rule.Approval})
	return true
}

// compileRule checks and compiles one rule, reporting its problems under
// rp; it returns nil when there are any. When alone, a kind k does not know
// is not a problem (see compileLayer), and the rule's conditions go
// unchecked.
func (k *Checker) compileRule(c *check.Errors, rp string, r Rule, alone bool) *crule {
	n := c.Len()
	switch {
	case r.ID == "":
		c.Add(rp+".id", check.Required, "a rule needs an ID")
	case !validRuleID(r.ID):
		c.Add(rp+".id", check.Invalid, "a rule ID is lower-case letters, digits and hyphens, at most "+strconv.Itoa(MaxIDLen)+" bytes")
	}
	e := k.kinds[r.Kind]
	switch {
	case r.Kind == "":
		c.Add(rp+".kind", check.Required, "a rule needs a kind")
	case e == nil && !alone:
		detail := "unknown kind " + check.Quote(string(r.Kind), quoteLen)
		if near := check.Nearest(string(r.Kind), k.kindWords()); near != "" {
			detail += ": did you mean " + strconv.Quote(near) + "? If not, declare it in the policy's kinds"
		} else {
			detail += ": declare it in the policy's kinds"
		}
		c.Add(rp+".kind", check.Unknown, detail)
	}
	switch {
	case r.Severity == 0:
		c.Add(rp+".severity", check.Required, "a rule needs a severity")
	case !r.Severity.IsValid():
		c.Add(rp+".severity", check.Unknown, "unknown severity "+r.Severity.String()+": one of "+check.List(severities.Words()))
	}
	c.Text(rp+".rationale", r.Rationale, MaxTextLen, true)
	legal := false
	for i, id := range r.Citations {
		ip := check.Index(rp+".citations", i)
		c.Text(ip, id, MaxWordLen, true)
		if ref, ok := cite.Lookup(id); ok && ref.ID != cite.Institutional {
			legal = true
		}
	}
	switch {
	case len(r.Citations) == 0:
		c.Add(rp+".citations", check.Required, "a rule cites the norms it rests on, or \"institutional\"")
	case r.Severity == SeverityAbsolute && !legal:
		c.Add(rp+".citations", check.Required, "an absolute rule must cite a rule of law (see redline.Norms)")
	}
	switch {
	case r.Approval != 0 && !r.Approval.IsValid():
		c.Add(rp+".approval", check.Unknown, "unknown approval level "+r.Approval.String()+": one of "+check.List(authority.Words()))
	case r.Severity == SeverityInstitutional && r.Approval == 0:
		c.Add(rp+".approval", check.Required, "an institutional rule names the level whose approval lets a negotiator cross it")
	case r.Severity != SeverityInstitutional && r.Severity.IsValid() && r.Approval != 0:
		c.Add(rp+".approval", check.Conflict, "only institutional rules carry an approval level")
	}
	cr := &crule{rule: cloneRule(r)}
	for i, w := range r.When {
		wp := check.Index(rp+".when", i)
		if e == nil {
			continue
		}
		if cd, ok := compileCond(c, wp, w, e, r.Kind, alone); ok {
			cr.conds = append(cr.conds, cd)
		}
	}
	if c.Len() > n {
		return nil
	}
	return cr
}

// compileCond checks and compiles one condition of a rule on kind, whose
// attributes e gives, reporting its problems under wp. When alone, an
// attribute that is not one of the library's is not a problem (see
// compileLayer): a layer below may declare it.
func compileCond(c *check.Errors, wp string, w Condition, e *kindEntry, kind Kind, alone bool) (cond, bool) {
	cd := cond{op: w.Op, src: w}
	a := attrByName(w.Attr)
	switch {
	case w.Attr == "":
		c.Add(wp+".attr", check.Required, "a condition names an attribute")
		return cd, false
	case a != attrNone && e.attrs[a]:
		cd.attr, cd.typ = a, attrInfo[a].typ
	case a == attrNone && e.extras[w.Attr] != 0:
		cd.extra, cd.typ = w.Attr, e.extras[w.Attr]
	case a == attrNone && alone:
		return cd, false
	default:
		names := e.attrNames()
		detail := words.Article(string(kind)) + " term has no attribute " + check.Quote(w.Attr, quoteLen)
		if near := check.Nearest(w.Attr, names); near != "" {
			detail += ": did you mean " + strconv.Quote(near) + "?"
		} else {
			detail += "; it has " + check.List(names)
		}
		c.Add(wp+".attr", check.Unknown, detail)
		return cd, false
	}
	if !w.Op.IsValid() {
		if w.Op == 0 {
			c.Add(wp+".op", check.Required, "a condition needs an operator")
		} else {
			c.Add(wp+".op", check.Unknown, "unknown operator "+w.Op.String()+": one of "+check.List(ops.Words()))
		}
		return cd, false
	}
	row := attrTypeOf(cd.typ)
	cd, problems := row.operand(w, cd)
	for _, p := range problems {
		path := wp + "." + p.at
		if p.word >= 0 {
			path = check.Index(path, p.word)
		}
		if p.err != nil {
			c.AddErr(path, p.err)
		} else {
			c.Add(path, p.reason, p.detail)
		}
	}
	if problems != nil {
		return cd, false
	}
	cd.max, cd.cmp = row.max, row.compare
	if cd.attr == attrNone {
		cd.cmp = row.compareExtra
	}
	return cd, true
}

// kindWords returns the kinds k knows — the library's and those declared
// so far — sorted: the words an unknown kind may misspell.
func (k *Checker) kindWords() []string {
	out := make([]string, 0, len(k.kinds))
	for kind := range k.kinds {
		out = append(out, string(kind))
	}
	sort.Strings(out)
	return out
}

// attrNames returns the names of the attributes a rule on the kind may
// examine: the library's that apply, in their order, then the agency's,
// sorted.
func (e *kindEntry) attrNames() []string {
	var out []string
	for a := attrBy; a < numAttrs; a++ {
		if e.attrs[a] {
			out = append(out, attrInfo[a].name)
		}
	}
	extras := make([]string, 0, len(e.extras))
	for name := range e.extras {
		extras = append(extras, name)
	}
	sort.Strings(extras)
	return append(out, extras...)
}

// ruleIDs returns the IDs of the effective rules, sorted: the IDs a drop
// may misspell.
func ruleIDs(effective map[string]*crule) []string {
	out := make([]string, 0, len(effective))
	for id := range effective {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

func validRuleID(s string) bool {
	if s == "" || len(s) > MaxIDLen || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func cloneRule(r Rule) Rule {
	r.Citations = append([]string(nil), r.Citations...)
	if r.When != nil {
		when := make([]Condition, len(r.When))
		for i, w := range r.When {
			w.Value = cloneValue(w.Value)
			when[i] = w
		}
		r.When = when
	}
	return r
}

func cloneValue(v Value) Value {
	if v.kind == valueList {
		return ListValue(v.words()...)
	}
	return v
}

// covers reports whether a rule with conditions nu matches at least every
// term that one with conditions old matches: each condition of nu must be
// implied by some condition of old. It is conservative: false may mean
// "cannot tell".
func covers(nu, old []cond) bool {
next:
	for i := range nu {
		for j := range old {
			if implies(&old[j], &nu[i]) {
				continue next
			}
		}
		return false
	}
	return true
}

// implies reports whether condition a being true makes b true.
func implies(a, b *cond) bool {
	if a.attr != b.attr || a.extra != b.extra || a.typ != b.typ {
		return false
	}
	return attrTypeOf(a.typ).implies(a, b)
}
