package redline

import (
	"sort"
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/cite"
)

// This file holds how the package's values read for people: kinds,
// parties, purposes, weapons and measures in words, never as wire words.

// kindLabels are the library's kinds in words.
var kindLabels = map[Kind]string{
	KindChildRecruitment:        "recruitment of children",
	KindChildUse:                "use of children in hostilities",
	KindReleaseOfChildren:       "release of children",
	KindReleaseOfHostages:       "release of hostages",
	KindHostageTaking:           "hostage-taking",
	KindPayment:                 "payment",
	KindFunding:                 "funding of the work",
	KindArmedEscort:             "armed escort",
	KindEmblem:                  "display of the protective emblem",
	KindAccess:                  "humanitarian access",
	KindDetentionVisit:          "detention visits",
	KindDetaineeTreatment:       "treatment of detainees",
	KindWeaponRestriction:       "restriction on a weapon",
	KindEvacuation:              "evacuation",
	KindVacatingSchools:         "vacating schools used militarily",
	KindRemovingCheckpoints:     "removing checkpoints that block civilians",
	KindHealthCareProtection:    "protection of health care",
	KindBeneficiarySelection:    "selection of beneficiaries",
	KindInformationToPopulation: "information to the population",
	KindInformationSharing:      "information sharing",
	KindPublicStatements:        "public statements of the organisation",
}

// Label returns the kind in words: the library's kinds by their names
// ("recruitment of children"), an agency's own kind with its underscores
// read as spaces ("mine_marking" reads "mine marking").
func (k Kind) Label() string {
	if l, ok := kindLabels[k]; ok {
		return l
	}
	return strings.ReplaceAll(string(k), "_", " ")
}

// AttrLabel returns an attribute's name — a Rule condition's Attr, a key of
// Term.Extra — in words for people: the library's attributes by their labels
// ("minimum age" for min_age), an agency's own with underscores read as
// spaces. Wire names stay in JSON; AttrLabel is for text.
func AttrLabel(name string) string {
	if a := attrByName(name); a != attrNone {
		return attrInfo[a].label
	}
	return strings.ReplaceAll(name, "_", " ")
}

// wordLabel returns a word of an attribute in words: a party, purpose,
// weapon or measure by its label; an agency's own word with its
// underscores read as spaces.
func wordLabel(a attr, w string) string {
	if a != attrNone {
		if row := attrTypeOf(attrInfo[a].typ); row.parse != nil {
			if v, err := row.parse(w); err == nil {
				return row.labelOf(v)
			}
		}
	}
	return strings.ReplaceAll(w, "_", " ")
}

// label returns the value in words for attribute a (attrNone for an
// agency's own attribute): numbers as numbers, flags as yes or no, words by
// their labels, lists in brackets.
func (v Value) label(a attr) string {
	switch v.kind {
	case valueText:
		return wordLabel(a, v.text)
	case valueList:
		ws := v.words()
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = wordLabel(a, w)
		}
		return strings.Join(out, ", ")
	}
	return v.String()
}

// String gives the term as words: its kind, who acts, and the attributes
// it states, e.g. "recruitment of children by the armed actor: minimum age
// 16".
func (t Term) String() string {
	s := t.Kind.Label()
	if t.By.IsValid() {
		s += " by " + t.By.Label()
	}
	var parts []string
	for a := attrMinAge; a < numAttrs; a++ {
		if v, ok := t.value(a); ok {
			parts = append(parts, attrInfo[a].label+" "+v.label(a))
		}
	}
	keys := make([]string, 0, len(t.Extra))
	for k := range t.Extra {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		parts = append(parts, strings.ReplaceAll(k, "_", " ")+" "+t.Extra[k].label(attrNone))
	}
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	if t.ID != "" {
		s = t.ID + ", " + s
	}
	return s
}

// String gives the exception: "layer context weakened institutional rule
// no-ransom, needs approval at headquarters".
func (e Exception) String() string {
	s := "layer " + e.Layer + " " + e.Change.Label() + " " + e.Severity.Label() + " rule " + e.Rule
	if e.Approval != 0 {
		s += ", needs approval at " + e.Approval.Phrase()
	}
	return s
}

// String gives the trace of one rule: its ID and severity, whether the term
// crossed it, and each condition observed.
func (tr Trace) String() string {
	s := "rule " + tr.Rule + " (" + tr.Severity.Label() + "): "
	if tr.Status == 0 {
		s += "not crossed"
	} else {
		s += tr.Status.Label()
	}
	for _, o := range tr.Observed {
		s += "; " + o.String()
	}
	return s
}

// citations writes ids, spelling out an abbreviation the first time seen
// has not had it (seen may be nil).
func citations(ids []string, seen map[string]bool) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if seen == nil || !seen[id] {
			out[i] = cite.Spelled(id)
		}
		if seen != nil {
			seen[id] = true
		}
	}
	return strings.Join(out, ", ")
}

func sortStrings(s []string) { sort.Strings(s) }

// String gives the condition in words: "minimum age under 18".
func (c Condition) String() string {
	a := attrByName(c.Attr)
	return AttrLabel(c.Attr) + " " + opPhrase(c.Op) + c.Value.label(a)
}

// String gives the rule in words: its ID and severity, the kind of term it
// matches and when, and the norms it cites, e.g. "rule
// child-recruitment-under-18 (trade-off): recruitment of children, when
// minimum age under 18 [OPAC-4]".
func (r Rule) String() string {
	s := "rule " + r.ID + " (" + r.Severity.Label() + "): " + r.Kind.Label()
	for i, c := range r.When {
		if i == 0 {
			s += ", when "
		} else {
			s += " and "
		}
		s += c.String()
	}
	if len(r.Citations) > 0 {
		s += " [" + strings.Join(r.Citations, ", ") + "]"
	}
	return s
}

// String gives the norm as its identifier and title, marking one not yet
// checked against the primary text: "OPAC-4: Optional Protocol …, art. 4".
func (n Norm) String() string {
	s := n.ID + ": " + n.Title
	if n.Unverified {
		s += " (unverified)"
	}
	return s
}

// String gives the attribute's name in words and its type: "minimum age
// (number)".
func (a Attribute) String() string { return AttrLabel(a.Name) + " (" + a.Type.Label() + ")" }

// String gives the kind and why the policy leaves it unexamined: "release
// of children: The release of children is what the organisation asks …".
func (u Uncovered) String() string { return u.Kind.Label() + ": " + u.Reason }

// String says which rules examined the term: "term 3, armed escort:
// examined by rules armed-escort, armed-escort-last-resort"; or that none
// did, and why when the policy says. Terms are numbered from 1, as in a
// report.
func (e Examination) String() string {
	s := "term " + strconv.Itoa(e.Term+1) + ", " + e.Kind.Label() + ": "
	switch {
	case len(e.Rules) == 1:
		return s + "examined by rule " + e.Rules[0]
	case len(e.Rules) > 1:
		return s + "examined by rules " + strings.Join(e.Rules, ", ")
	case e.Uncovered != "":
		return s + "no rule examines it, on purpose: " + e.Uncovered
	}
	return s + "no rule examined it"
}
