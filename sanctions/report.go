package sanctions

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/cite"
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/words"
	"github.com/humanitarian-negotiation/protection/redline"
)

// Finding is one answer of a screening: for term Term (from 0; TermID is the
// caller's label), what it moves (Transfer, and for a payment or a transfer
// in kind the Purpose), to or from which party (Counterpart), and, when the
// answer rests on a listing, which designation of the party (Designation,
// its index in the counterpart's designations, or -1), under which regime
// (By, Regime, Reference) and in which Jurisdiction; the Question of law it
// answers, the Verdict and the Code saying why. An exempted finding names
// the Exemption (an ID of the table) and copies its Conditions; a finding
// outside every exemption names the exemption in force that it falls
// outside of. ExemptionFrom is, for a prohibited transfer, the day the
// first exemption for the regime took effect, when that is after the day
// screened. Approval says who may allow a prohibited transfer case by case.
// Cites are identifiers of the library's catalogue of references.
// Unverified says what the finding rests on that the team could not check.
//
// The zero value is not a finding: only Screen builds them. A Finding is a
// plain value, safe for concurrent reads.
type Finding struct {
	Term          int              `json:"term_index"`
	TermID        string           `json:"term_id,omitempty"`
	Kind          redline.Kind     `json:"kind"`
	Transfer      Transfer         `json:"transfer,omitempty"`
	Purpose       redline.Purpose  `json:"purpose,omitempty"`
	Counterpart   redline.Entity   `json:"counterpart,omitempty"`
	Designation   int              `json:"designation_index"`
	By            actor.Designator `json:"by,omitempty"`
	Regime        string           `json:"regime,omitempty"`
	Reference     string           `json:"reference,omitempty"`
	Jurisdiction  Jurisdiction     `json:"jurisdiction,omitempty"`
	Question      Question         `json:"question,omitempty"`
	Verdict       Verdict          `json:"verdict"`
	Code          Code             `json:"code"`
	Exemption     string           `json:"exemption,omitempty"`
	ExemptionFrom time.Time        `json:"exemption_from,omitzero"`
	Conditions    []string         `json:"conditions,omitempty"`
	Approval      string           `json:"approval,omitempty"`
	Cites         []string         `json:"cites,omitempty"`
	Unverified    string           `json:"unverified,omitempty"`
}

func (f Finding) with(v Verdict, c Code) Finding {
	f.Verdict, f.Code = v, c
	return f
}

// NoteCode is what a report's note is about. The zero value is invalid. A
// NoteCode is a plain value, safe for concurrent use.
type NoteCode uint8

// Note codes.
const (
	NoteUnspecified     NoteCode = iota
	NoteContact                  // a party is listed: contact and negotiation are still not what an asset freeze prohibits
	NoteMaterialSupport          // a party is a US Foreign Terrorist Organization: any engagement beyond dialogue is a legal question
	NoteUSDesignation            // a UN listing is not itself a US designation: check OFAC's list
)

var noteCodes = enum.New[NoteCode]("sanctions", "note code", "contact", "material_support", "us_designation").
	WithLabels("contact", "material support", "US designation")

// IsValid reports whether c is a named note code.
func (c NoteCode) IsValid() bool { return noteCodes.Valid(c) }

// String returns the wire word; it never panics.
func (c NoteCode) String() string { return noteCodes.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c NoteCode) Label() string { return noteCodes.Label(c) }

// MarshalText encodes the note code as its wire word.
func (c NoteCode) MarshalText() ([]byte, error) { return noteCodes.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case.
func (c *NoteCode) UnmarshalText(b []byte) (err error) { *c, err = noteCodes.Unmarshal(b); return err }

// ParseNoteCode parses a note code's wire word, ignoring case.
func ParseNoteCode(s string) (NoteCode, error) { return noteCodes.Parse(s) }

// Note is something a report says about the engagement as a whole rather
// than about one term: that contact is not what an asset freeze prohibits
// (whenever a party is listed), that a US Foreign Terrorist Organization
// makes any engagement beyond dialogue — training in IHL among it — a
// question of criminal law, or that a UN listing is not itself a US
// designation. Counterpart is the party the note is about, when it is about
// one. The zero value is not a note. A Note is a plain value, safe for
// concurrent use.
type Note struct {
	Code        NoteCode       `json:"code"`
	Counterpart redline.Entity `json:"counterpart,omitempty"`
}

// Verdict is what the note asks of the proposal as a whole: a legal review
// for material support, nothing for the others.
func (n Note) Verdict() Verdict {
	if n.Code == NoteMaterialSupport {
		return VerdictLegalReview
	}
	return VerdictNoTransfer
}

// String writes the note for people.
func (n Note) String() string {
	who := n.Counterpart.Label()
	switch n.Code {
	case NoteContact:
		return "Contact is not what an asset freeze prohibits: talking to a listed party, negotiating with it and obtaining its commitments move no funds, goods or services. " +
			"The findings concern what the terms transfer."
	case NoteMaterialSupport:
		return upper(who) + " is a US-designated Foreign Terrorist Organization. For an organisation subject to US law, material support to it is a crime under 18 U.S.C. § 2339B whatever an OFAC licence allows, " +
			"and material support includes training and expert advice or assistance (Holder v. Humanitarian Law Project, 2010): training the group in international humanitarian law among them. " +
			"Legal review at headquarters before any engagement beyond dialogue."
	case NoteUSDesignation:
		return upper(who) + " is listed by the UN Security Council, and no US designation was given. A UN listing is not itself a US designation; check OFAC's list before any transfer under US law."
	}
	return n.Code.String()
}

// Report is the result of a screening: the table edition (Table), the day
// screened (At), the organisation's Standing, how many Terms were screened,
// the overall Verdict — the gravest of the findings and the notes —, the
// Findings in term order, and Notes on the engagement as a whole.
//
// It prints (String) and serialises (encoding/json) as a red-line report
// does, and Attach puts it beside one. The zero value is the report of
// nothing screened. A Report is a plain value, safe for concurrent reads;
// Screen gives each report slices of its own.
type Report struct {
	Table    string    `json:"table"`
	At       time.Time `json:"at"`
	Standing Standing  `json:"standing"`
	Terms    int       `json:"terms"`
	Verdict  Verdict   `json:"verdict"`
	Findings []Finding `json:"findings"`
	Notes    []Note    `json:"notes,omitempty"`
}

// ForTerm returns the findings of term i, in order.
func (r Report) ForTerm(i int) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Term == i {
			out = append(out, f)
		}
	}
	return out
}

// TermVerdict returns the gravest verdict of term i's findings, or
// VerdictUnspecified when the report has none for it.
func (r Report) TermVerdict(i int) Verdict {
	var v Verdict
	for _, f := range r.Findings {
		if f.Term == i {
			v = max(v, f.Verdict)
		}
	}
	return v
}

// Unverified returns, once each and in the order the findings give them,
// the statements the report rests on that the team could not check.
func (r Report) Unverified() []string {
	var out []string
	for _, f := range r.Findings {
		if f.Unverified != "" && !slices.Contains(out, f.Unverified) {
			out = append(out, f.Unverified)
		}
	}
	return out
}

// String renders the report for a negotiator: what was screened and for
// whom, the verdict, each term with its findings and the references they
// cite, the notes, and what the answer rests on that is unverified. Terms
// are numbered from 1 in the text.
func (r Report) String() string {
	var b strings.Builder
	b.WriteString("Sanctions screening of ")
	b.WriteString(words.Count(r.Terms, "term", ""))
	if !r.At.IsZero() {
		b.WriteString(" on ")
		b.WriteString(r.At.Format("2 January 2006"))
	}
	b.WriteString(" (sanctions table ")
	b.WriteString(r.Table)
	b.WriteString(")\nOrganisation: ")
	b.WriteString(r.Standing.String())
	b.WriteString("\nVerdict: ")
	b.WriteString(r.verdictText())
	b.WriteString("\n")
	last := -1
	for _, f := range r.Findings {
		if f.Term != last {
			last = f.Term
			b.WriteString("\nTerm ")
			b.WriteString(strconv.Itoa(f.Term + 1))
			if f.TermID != "" {
				b.WriteString(" (")
				b.WriteString(f.TermID)
				b.WriteString(")")
			}
			b.WriteString(", ")
			b.WriteString(f.termText())
			b.WriteString(":\n")
		}
		b.WriteString("    ")
		b.WriteString(f.String())
		b.WriteString("\n")
	}
	if len(r.Notes) > 0 {
		b.WriteString("\nNotes:\n")
		for _, n := range r.Notes {
			b.WriteString("  - ")
			b.WriteString(n.String())
			b.WriteString("\n")
		}
	}
	if u := r.Unverified(); len(u) > 0 {
		b.WriteString("\nUnverified — confirm with legal counsel:\n")
		for _, s := range u {
			b.WriteString("  - ")
			b.WriteString(s)
			b.WriteString("\n")
		}
	}
	return b.String()
}

func (r Report) verdictText() string {
	switch r.Verdict {
	case VerdictNoTransfer:
		return "no transfer — nothing in the proposal moves funds, goods or services to a listed party"
	case VerdictNoDesignation:
		return "no designation — no party the terms benefit is listed"
	case VerdictNotBinding:
		return "not binding — the parties are listed only under laws the organisation does not answer to by its stated standing"
	case VerdictExempted:
		return "exempted — on the conditions each finding states"
	case VerdictIndeterminate:
		return "indeterminate — state what is missing and screen again"
	case VerdictLegalReview:
		return "legal review at headquarters before agreeing"
	case VerdictProhibited:
		return "prohibited — do not agree to the prohibited terms without the approvals they name"
	}
	return "nothing screened"
}

// termText says what the term is, in words: "a payment (a toll) to the
// armed actor".
func (f Finding) termText() string {
	who := f.Counterpart.Label()
	switch f.Kind {
	case redline.KindPayment:
		s := "a payment"
		if f.Purpose != 0 {
			s += " (" + f.Purpose.Label() + ")"
		}
		if f.Counterpart != 0 {
			s += " to " + who
		}
		return s
	case redline.KindFunding:
		return "funding from " + who
	case redline.KindArmedEscort:
		return "an armed escort by " + who
	case redline.KindBeneficiarySelection:
		return "selection of beneficiaries controlled by " + who
	case redline.KindInformationSharing:
		return "information shared with " + who
	}
	return "a term on " + f.Kind.Label()
}

// String writes the finding for people: under which law and listing, the
// verdict, and why, with the references it cites.
func (f Finding) String() string {
	var b strings.Builder
	if f.Jurisdiction != 0 || f.Regime != "" {
		if f.Jurisdiction != 0 {
			b.WriteString(upper(f.Jurisdiction.Label()))
		} else {
			b.WriteString("National law")
		}
		if f.Regime != "" {
			b.WriteString(", ")
			b.WriteString(f.regimeText())
		}
		if f.Reference != "" {
			b.WriteString(" (")
			b.WriteString(f.Reference)
			b.WriteString(")")
		}
		b.WriteString(": ")
	}
	b.WriteString(f.Verdict.Label())
	b.WriteString(" — ")
	b.WriteString(f.reason())
	if len(f.Cites) > 0 {
		b.WriteString(" [")
		for i, id := range f.Cites {
			if i > 0 {
				b.WriteString("; ")
			}
			if ref, ok := cite.Lookup(id); ok {
				b.WriteString(ref.Title)
			} else {
				b.WriteString(id)
			}
		}
		b.WriteString("]")
	}
	if f.Unverified != "" {
		b.WriteString(" (unverified)")
	}
	return b.String()
}

func (f Finding) regimeText() string {
	if f.Question == QuestionNationalLaw {
		return strconv.Quote(f.Regime)
	}
	if r := lookupRegime(f.By, f.Regime); r != nil {
		return r.Name
	}
	return f.Regime
}

// reason says why the finding has its verdict.
func (f Finding) reason() string {
	who := f.Counterpart.Label()
	e, _ := LookupExemption(f.Exemption)
	switch f.Code {
	case CodeContact:
		return "the term moves no funds, goods or services; contact and negotiation are not what an asset freeze prohibits"
	case CodeNotToParty:
		if f.Counterpart == redline.EntityAgency {
			return "what it moves stays with the organisation"
		}
		return "nothing reaches a party"
	case CodeInformation:
		return "information is not funds or economic resources, which is what an asset freeze reaches"
	case CodeNotDesignated:
		return who + " was screened and is listed nowhere"
	case CodeCAACOnly:
		return who + " is listed only in the annexes on children and armed conflict, which freeze no assets"
	case CodeNotBinding:
		return who + " is listed by " + designatorName(f.By) + ", and by its stated standing the organisation does not answer to " + f.Jurisdiction.Label() + "; confirm this with legal counsel"
	case CodeExempted:
		s := "covered by " + e.Name
		if len(f.Conditions) > 0 {
			s += ", on the conditions that " + strings.Join(f.Conditions, "; and that ")
		}
		return s
	case CodeUnknownKind:
		return "the library does not know what " + words.Article(f.Kind.Label()) + " term moves; screen it by hand"
	case CodeNoBeneficiary:
		return "the term does not say who receives what it moves; state it and screen again"
	case CodeUnscreened:
		return "nothing was said about the listings of " + who + "; screen it against the lists before any transfer"
	case CodeNoPurpose:
		return "the payment's purpose is not stated, and the exemptions turn on it; state it and screen again"
	case CodeOutsideOrg:
		return "outside every exemption: " + e.Name + " covers only " + orgsText(e)
	case CodeOutsidePurpose:
		s := "outside every exemption: " + e.Name + " does not cover " + f.Purpose.Label()
		if e.Jurisdiction == JurisdictionUS {
			s += "; " + condOFACFunds
		}
		return s
	case CodeFundsFromParty:
		return "funds from a listed party are frozen assets, and no exemption in the table covers receiving them"
	case CodeGap:
		return "no exemption in the table covers it, but one may exist: " + f.Unverified
	case CodeLapsed:
		return e.Name + " ended on " + e.Until.Format("2 January 2006") + ", and " + f.Unverified
	case CodeNationalLaw:
		return who + " is listed under another state's law; the table holds no exemptions but the UN's, the EU's, the UK's and the US's"
	case CodeMaterialSupport:
		return "material support to a US-designated Foreign Terrorist Organization, including training and expert advice or assistance, is a crime whatever an OFAC licence allows"
	case CodeNoExemption:
		s := "no humanitarian exemption was in force on the day"
		if !f.ExemptionFrom.IsZero() {
			s += " (the first for this regime took effect on " + f.ExemptionFrom.Format("2 January 2006") + ")"
		}
		if f.Approval != "" {
			s += "; to proceed: " + f.Approval
		}
		return s
	case CodeRansom:
		return "no exemption covers a ransom"
	}
	return f.Code.String()
}

// orgsText names the organisations an exemption covers.
func orgsText(e Exemption) string {
	switch {
	case e.NGOsOnly:
		return "non-governmental organisations"
	case len(e.Categories) == 0:
		return "any organisation"
	case slices.Equal(e.Categories, in2664):
		return "the UN, international organisations, humanitarian organisations with observer status, NGOs in UN response plans, appeals and clusters, and their implementing partners"
	}
	labels := make([]string, len(e.Categories))
	for i, c := range e.Categories {
		labels[i] = c.Label()
	}
	return strings.Join(labels, ", ")
}

func upper(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// Review is a red-line report with the sanctions screening of the same
// proposal attached: two answers to two questions, neither folded into the
// other. It prints one after the other and serialises as
// {"redline": …, "sanctions": …}. The zero value is the review of nothing.
// A Review is a plain value, safe for concurrent reads.
type Review struct {
	Redline   redline.Report `json:"redline"`
	Sanctions Report         `json:"sanctions"`
}

// Attach puts the screening beside the red-line report of the same
// proposal. It returns an error when the two reports screened different
// numbers of terms.
func (r Report) Attach(to redline.Report) (Review, error) {
	if to.Terms != r.Terms {
		return Review{}, &FieldError{Pkg: pkg, Path: "terms", Reason: ReasonConflict,
			Detail: "the red-line report checked " + words.Count(to.Terms, "term", "") + " and the screening " + strconv.Itoa(r.Terms) + ": not the same proposal"}
	}
	return Review{Redline: to, Sanctions: r}, nil
}

// String prints the red-line report, then the screening.
func (v Review) String() string { return v.Redline.String() + "\n" + v.Sanctions.String() }
