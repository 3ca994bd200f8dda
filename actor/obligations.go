package actor

import (
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/cite"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Body is a body of law or a normative basis that binds an actor or grounds a
// dialogue with it. The zero value is invalid. It is a plain value, safe for
// concurrent use.
type Body uint8

// Bodies of law and normative bases, in the order Obligations reports them.
const (
	BodyUnspecified Body = iota
	BodyIHL              // international humanitarian law
	BodyHumanRights      // international human rights law
	BodyChildRights      // the under-18 standard of OPAC art. 4 for armed groups
	BodyCAAC             // the Security Council's children-and-armed-conflict framework
	BodyHumanity         // the principle of humanity, as a basis for dialogue
	BodyOwnNorms         // the actor's own, religious or customary norms, as a basis for dialogue
)

var bodies = enum.New[Body]("actor", "body of law",
	"ihl", "human_rights", "child_rights", "caac", "humanity", "own_norms").
	WithLabels("international humanitarian law", "international human rights law", "the law on children's rights", "the children and armed conflict framework", "the principle of humanity", "its own norms")

// IsValid reports whether b is a named body.
func (b Body) IsValid() bool { return bodies.Valid(b) }

// String returns the wire word; it never panics.
func (b Body) String() string { return bodies.String(b) }

// Label returns the value in words, for people; String gives the wire word.
func (b Body) Label() string { return bodies.Label(b) }

// MarshalText encodes the body as its wire word.
func (b Body) MarshalText() ([]byte, error) { return bodies.Marshal(b) }

// UnmarshalText decodes a wire word, ignoring case.
func (b *Body) UnmarshalText(t []byte) (err error) { *b, err = bodies.Unmarshal(t); return err }

// ParseBody parses a body's wire word.
func ParseBody(s string) (Body, error) { return bodies.Parse(s) }

// Binding reports whether b is law (IHL, human rights law, the OPAC
// standard), as opposed to the Security Council's CAAC framework, which
// monitors compliance with that law, or a basis for dialogue that the actor
// may accept. How the law reaches a given actor is its [Obligation]'s to
// say: a non-state armed group with de facto authority can assume
// responsibility for human rights obligations, and OPAC art. 4(1) says that
// armed groups should not recruit or use anyone under 18.
func (b Body) Binding() bool { return b >= BodyIHL && b <= BodyChildRights }

// Basis says why a body of law applies to an actor. The zero value is invalid.
// It is a plain value, safe for concurrent use.
type Basis uint8

// Reasons an obligation applies.
const (
	BasisUnspecified        Basis = iota
	BasisPartyToConflict          // it is a party to an armed conflict
	BasisState                    // it is a state's armed forces
	BasisTerritorialControl       // a non-state actor with government-like authority over territory
	BasisArmedGroup               // an armed group distinct from a state's forces
	BasisCAACListing              // listed in the Secretary-General's annexes
	BasisNotParty                 // not a party to an armed conflict, so IHL does not apply
	BasisRecognisedNorms          // it recognises religious, customary or its own norms
)

var bases = enum.New[Basis]("actor", "basis",
	"party_to_conflict", "state", "territorial_control", "armed_group", "caac_listing", "not_party", "recognised_norms").
	WithLabels("party to an armed conflict", "a state", "control of territory", "an armed group", "listed in the annexes on children and armed conflict", "not a party to an armed conflict", "norms it recognises")

// IsValid reports whether b is a named basis.
func (b Basis) IsValid() bool { return bases.Valid(b) }

// String returns the wire word; it never panics.
func (b Basis) String() string { return bases.String(b) }

// Label returns the value in words, for people; String gives the wire word.
func (b Basis) Label() string { return bases.Label(b) }

// MarshalText encodes the basis as its wire word.
func (b Basis) MarshalText() ([]byte, error) { return bases.Marshal(b) }

// UnmarshalText decodes a wire word, ignoring case.
func (b *Basis) UnmarshalText(t []byte) (err error) { *b, err = bases.Unmarshal(t); return err }

// ParseBasis parses a basis's wire word.
func ParseBasis(s string) (Basis, error) { return bases.Parse(s) }

// Obligation is one body of law that binds an actor, or one normative basis
// for dialogue with it, with the reason it applies and the references it
// rests on (identifiers such as "CA3", "OPAC-4", "IHRL", "UNSCR-1612", "HP";
// see the package documentation).
//
// The zero value is not an obligation: only [Obligations] builds them. An
// Obligation is a plain value, safe for concurrent reads.
type Obligation struct {
	Body      Body     `json:"body"`
	Basis     Basis    `json:"basis"`
	Citations []string `json:"citations"`
	Note      string   `json:"note"` // why, as a clause: "it is a party to an armed conflict"
}

// String renders the obligation for a person, in words, with its
// citations, e.g. "bound by international humanitarian law, because it is a
// non-state party to a non-international armed conflict … [CA3]". It speaks
// as the law does. Human rights law held by a non-state actor through its
// control of territory reads "can assume responsibility for obligations
// under international human rights law, when it has de facto authority …"
// (the report's Box 7); the OPAC standard reads "addressed by the law on
// children's rights", its note saying that armed groups "should not"
// recruit or use anyone under 18, as OPAC art. 4(1) words it; the children
// and armed conflict framework reads "under …"; a basis for dialogue that
// is not law, "dialogue can rest on …".
func (o Obligation) String() string {
	if !o.Body.IsValid() {
		return o.Body.Label()
	}
	head, link := "bound by ", ", because "
	switch {
	case o.Body == BodyHumanRights && o.Basis == BasisTerritorialControl:
		head, link = "can assume responsibility for obligations under ", ", when "
	case o.Body == BodyChildRights:
		head = "addressed by "
	case o.Body == BodyCAAC:
		head = "under "
	case !o.Body.Binding():
		head = "dialogue can rest on "
	}
	return head + o.Body.Label() + link + o.Note + " [" + strings.Join(o.Citations, ", ") + "]"
}

// Obligations derives which bodies of law bind the actor and why, and, where
// none does, on what the dialogue can rest. It reads only the kind, whether
// the actor is a party to an armed conflict, whether it holds territory, its
// CAAC listings and the norms it recognises. It is pure; the result is in the
// order of the Body constants and never empty for an actor of a valid kind.
//
//   - IHL binds any party to an armed conflict, state or non-state (CA3).
//   - Human rights law binds states; a non-state actor exercising
//     government-like functions over territory can assume responsibility
//     for human rights obligations when it has de facto authority (IHRL;
//     the report's Box 7).
//   - OPAC art. 4(1) says that armed groups distinct from a state's forces
//     should not, under any circumstances, recruit or use in hostilities
//     anyone under 18 (OPAC-4); whether it binds armed groups is debated,
//     and the obligation says "should not", never "must not". It is
//     reported for non-state armed groups, and for gangs and criminal groups
//     that are parties to a conflict.
//   - A party listed in the Secretary-General's annexes is under the
//     Security Council's CAAC framework (UNSCR-1612 and the resolution that
//     made each listed violation a trigger).
//   - An actor that is not a party to a conflict is not bound by IHL; the
//     principle of humanity is the basis for dialogue (HP), and, if it
//     recognises religious, customary or its own norms, those too.
//   - A party that recognises such norms also gets them as a basis for
//     dialogue, beside the law (the ICRC's Roots of Restraint).
//   - A gang or criminal group outside any conflict always gets its own
//     norms, values and customs as a basis (the report's Box 7).
func Obligations(a Actor) []Obligation {
	var out []Obligation
	k := a.Kind
	if a.PartyToConflict {
		note := "it is a party to an armed conflict"
		if k.IsNonState() {
			note = "it is a non-state party to a non-international armed conflict: Common Article 3 and customary IHL bind it, without changing its legal status (CA3 para 4)"
		}
		out = append(out, Obligation{BodyIHL, BasisPartyToConflict, []string{cite.CA3}, note})
	}
	switch {
	case k.IsState():
		out = append(out, Obligation{BodyHumanRights, BasisState, []string{cite.IHRL}, "it is the armed force of a state, bound by that state's human rights obligations"})
	case k.IsNonState() && a.TerritorialControl:
		out = append(out, Obligation{BodyHumanRights, BasisTerritorialControl, []string{cite.IHRL}, "it has de facto authority, exercising government-like functions over territory and the people living there"})
	}
	if k.IsArmedGroup() || (k.IsNonState() && a.PartyToConflict) {
		out = append(out, Obligation{BodyChildRights, BasisArmedGroup, []string{cite.OPAC4}, "it is an armed group distinct from a state's forces, which OPAC art. 4(1) says should not, under any circumstances, recruit anyone under 18 or use them in hostilities"})
	}
	if cites := caacCitations(a); cites != nil {
		out = append(out, Obligation{BodyCAAC, BasisCAACListing, cites, "it is listed in the Secretary-General's annexes on children and armed conflict; an Action Plan is the path to delisting"})
	}
	if !a.PartyToConflict {
		out = append(out, Obligation{BodyHumanity, BasisNotParty, []string{cite.HP}, "it is not a party to an armed conflict, so IHL does not bind it; the principle of humanity grounds the dialogue"})
	}
	switch {
	case a.Recognises(NormReligiousLaw) || a.Recognises(NormCustomary) || a.Recognises(NormCodeOfConduct):
		out = append(out, Obligation{BodyOwnNorms, BasisRecognisedNorms, []string{cite.RootsOfRes}, "it recognises " + ownNorms(a) + ", which can ground restraint alongside the law or where the law does not reach"})
	case !a.PartyToConflict && (k == KindGang || k == KindCriminalGroup):
		out = append(out, Obligation{BodyOwnNorms, BasisNotParty, []string{cite.RootsOfRes}, "its own norms, values and customs can promote restraint (the report's Box 7)"})
	}
	return out
}

func caacCitations(a Actor) []string {
	var out []string
	seen := map[string]bool{}
	for _, d := range a.Designations {
		if d.Kind != DesignationCAAC {
			continue
		}
		if out == nil {
			out = []string{cite.UNSCR1612}
			seen[cite.UNSCR1612] = true
		}
		for _, v := range d.ListedFor() { // in the fixed order of the violations
			if r, ok := v.ListingTrigger(); ok && !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	return out
}

func ownNorms(a Actor) string {
	var parts []string
	if a.Recognises(NormReligiousLaw) {
		parts = append(parts, "religious law")
	}
	if a.Recognises(NormCustomary) {
		parts = append(parts, "customary norms")
	}
	if a.Recognises(NormCodeOfConduct) {
		parts = append(parts, "its own code of conduct")
	}
	return strings.Join(parts, ", ")
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
