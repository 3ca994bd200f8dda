package actor

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// Actor describes an armed actor: who it is, how it is organised, how it is
// listed, what norms and interests may move it, and how it has dealt with
// humanitarian actors before.
//
// An Actor is a plain value: it round-trips through encoding/json unchanged
// and every function of this package takes it by value and never modifies it.
// The zero value is not a valid actor (it has no ID, name or kind); build one
// as a literal and call [Actor.Validate], or decode it with [Decode], which
// validates. An Actor is safe for concurrent use as long as nobody writes to
// it.
//
// An actor's names are public designations of a group, not personal data;
// this package holds no names of individuals, contact details or notes. Those
// belong to the stakeholder package, which redacts them.
type Actor struct {
	ID      uuid.UUID `json:"id"`
	Name    string    `json:"name"`
	Aliases []string  `json:"aliases,omitempty"`
	Kind    Kind      `json:"kind"`

	// PartyToConflict is true when the actor is a party to an armed conflict,
	// international or not; it is what makes IHL bind it.
	PartyToConflict bool `json:"party_to_conflict"`
	// TerritorialControl is true when the actor exercises de facto authority
	// with government-like functions over territory; for a non-state actor it
	// brings human rights obligations.
	TerritorialControl bool `json:"territorial_control"`

	Command Command `json:"command,omitempty"`
	// CommunityEmbedded marks a group rooted in and answerable to a community,
	// the ICRC Roots of Restraint category in which local norms and community
	// figures restrain best.
	CommunityEmbedded bool `json:"community_embedded,omitempty"`

	Factions     []Faction     `json:"factions,omitempty"`
	Designations []Designation `json:"designations,omitempty"`
	Norms        []Norm        `json:"norms,omitempty"`
	Interests    []Interest    `json:"interests,omitempty"`
	Levels       []Level       `json:"levels,omitempty"`
	Record       []Engagement  `json:"record,omitempty"`
}

// Faction is a wing or faction of an actor: the MFDC of Casamance had a
// political wing and several military factions. Parent, when set, is the ID
// of the faction it belongs to; the zero UUID means it hangs directly under
// the actor. Level is the decision-making level the faction embodies, if any.
//
// The zero value is not a valid faction (it has no ID or name). A Faction is
// a plain value, safe for concurrent use.
type Faction struct {
	ID     uuid.UUID `json:"id"`
	Name   string    `json:"name"`
	Parent uuid.UUID `json:"parent,omitzero"`
	Level  Level     `json:"level,omitempty"`
}

// Designation is a listing that affects whether and how an agency may engage
// the actor.
//
// Kind is required. Jurisdiction is required for terrorist listings. By is
// who made the designation (a UN sanctions designation is the Security
// Council's); Regime names the sanctions regime or list — for a UN
// designation the committee's resolution ("1267", "751"), for the United
// States "FTO" or "SDGT" — or, for another state, the law in the agency's
// own words ("Nigeria Terrorism Prevention Act"); Reference is the list's
// reference number for the party ("QDe.115"), when known. Year is the year of
// listing, 0 when unknown; a CAAC annex listing leaves it unset, because its
// [Listing]s carry the year first listed for each violation, and states in
// Report the year of the annual report whose annexes the listings are taken
// from (0 when not stated).
//
// A CAAC annex designation (DesignationCAAC) holds the actor's listings in the
// Secretary-General's annexes on children and armed conflict, one [Listing]
// per violation: the UN lists and delists a party per violation, so a party
// can be delisted for recruitment and use while it stays listed for sexual
// violence. An actor has at most one CAAC designation, which holds all its
// listings; other designations have no listings.
//
// An actor's Designations are the listings in force when it is assessed:
// the package keeps no history and reads no clock, so a listing that has
// ended (a delisting, a lapsed sanction) is removed from the list, not kept
// with an end date. Everything that reads listings — Listed, Obligations,
// and the assessment package's escalation — takes the list as current.
//
// The zero value is not a valid designation (it has no kind). A Designation
// is a plain value, safe for concurrent reads.
type Designation struct {
	Kind         DesignationKind `json:"kind"`
	Jurisdiction Jurisdiction    `json:"jurisdiction,omitempty"`
	By           Designator      `json:"by,omitempty"`
	Regime       string          `json:"regime,omitempty"`
	Reference    string          `json:"reference,omitempty"`
	Year         int             `json:"year,omitempty"`
	Report       int             `json:"report,omitempty"`
	Listings     []Listing       `json:"listings,omitempty"`
}

// Listing is a party's listing in the annexes of the Secretary-General's
// annual report on children and armed conflict for one grave violation:
// the violation, a listing trigger; Since, the year of the first report that
// listed the party for it — no earlier than the first report that could
// ([Violation.FirstReport]); and Section, the annex section of the report
// the designation reflects — A, no measures in place to improve the
// protection of children, or B, measures in place. The annexes have had
// sections since the 2017 report (A/72/361–S/2017/821); the zero Section
// says none is stated (a listing described as it stood before then).
//
// Persistent perpetrator is a property of the party, not of one violation:
// see [Designation.Persistent].
//
// The zero value is not a valid listing (it names no violation or year). A
// Listing is a plain value, safe for concurrent use.
type Listing struct {
	Violation Violation    `json:"violation"`
	Since     int          `json:"since"`
	Section   AnnexSection `json:"section,omitempty"`
}

// PersistentYears is how long a party must have been in the annexes to be a
// persistent perpetrator: five years or more.
const PersistentYears = 5

// FirstSectionReport is the first annual report whose annexes have sections
// A and B: the 2017 report (A/72/361–S/2017/821).
const FirstSectionReport = 2017

// Since returns the year the party entered the annexes — the earliest year
// it was first listed for any violation — or 0 for a designation with no
// listing.
func (d Designation) Since() int {
	since := 0
	for _, l := range d.Listings {
		if l.Since != 0 && (since == 0 || l.Since < since) {
			since = l.Since
		}
	}
	return since
}

// Persistent reports whether the party is a persistent perpetrator in the
// report of year report: in the annexes, for any listing trigger, for
// [PersistentYears] or more (report minus [Designation.Since]). The annexes
// mark the party, not one violation. It is an error, naming the field, when
// report is 0 or before the party entered the annexes, or when the
// designation has no listing.
func (d Designation) Persistent(report int) (bool, error) {
	since := d.Since()
	switch {
	case since == 0:
		return false, &FieldError{Pkg: pkg, Path: "listings", Reason: ReasonRequired, Detail: "a party with no listing is not in the annexes"}
	case report == 0:
		return false, &FieldError{Pkg: pkg, Path: "report", Reason: ReasonRequired, Detail: "the year of the report"}
	case report < since:
		return false, &FieldError{Pkg: pkg, Path: "report", Reason: ReasonOutOfRange,
			Detail: "the " + strconv.Itoa(report) + " report is before the party entered the annexes (" + strconv.Itoa(since) + ")"}
	}
	return report-since >= PersistentYears, nil
}

// ListedFor returns the violations the designation lists the party for, in
// the fixed order of [Violations].
func (d Designation) ListedFor() []Violation {
	var out []Violation
	for _, v := range Violations() {
		if _, ok := d.Listing(v); ok {
			out = append(out, v)
		}
	}
	return out
}

// Listing returns the designation's listing for violation v, and whether
// there is one.
func (d Designation) Listing(v Violation) (Listing, bool) {
	for _, l := range d.Listings {
		if l.Violation == v {
			return l, true
		}
	}
	return Listing{}, false
}

// Engagement is one past engagement or commitment of the actor with
// humanitarian actors, referenced by the ID of its record elsewhere (an
// agreement, a case file). Year is 0 when unknown.
//
// The zero value is not a valid engagement (it has no reference or outcome).
// An Engagement is a plain value, safe for concurrent use.
type Engagement struct {
	Ref     uuid.UUID         `json:"ref"`
	Year    int               `json:"year,omitempty"`
	Outcome EngagementOutcome `json:"outcome"`
}

// Bounds enforced by Validate.
const (
	MaxNameLen      = 256           // bytes in a name, alias or regime
	MaxReferenceLen = 64            // bytes in a list's reference number
	MinYear         = check.MinYear // the earliest year a listing or engagement can carry
	MaxYear         = check.MaxYear // the latest

	// FirstListingYear is the year of the first report that could list a
	// party (the 2002 report, after res. 1379 (2001) made recruitment and use
	// a listing trigger): no CAAC listing is earlier.
	FirstListingYear = 2002
)

// String returns the actor's name and kind in words, e.g. "MILF (armed
// opposition group)".
func (a Actor) String() string {
	return a.Name + " (" + a.Kind.Label() + ")"
}

// Listed reports whether the actor carries a designation of kind k. The
// designations are taken as current (see [Designation]).
func (a Actor) Listed(k DesignationKind) bool {
	for _, d := range a.Designations {
		if d.Kind == k {
			return true
		}
	}
	return false
}

// Sanctions reports whether the designation is a sanctions or
// counter-terrorism listing — a UN Security Council sanctions designation
// or a terrorist listing —, one under which transfers to the party can be
// prohibited. A CAAC annex listing is not one: it names the party for grave
// violations and freezes nothing. The assessment package escalates a
// decision for these listings, and the sanctions package screens transfers
// against them; both ask this method.
func (d Designation) Sanctions() bool {
	return d.Kind == DesignationUNSanctions || d.Kind == DesignationTerrorist
}

// CAAC returns the actor's children-and-armed-conflict annex designation,
// which holds all its listings, and whether it has one.
func (a Actor) CAAC() (Designation, bool) {
	for _, d := range a.Designations {
		if d.Kind == DesignationCAAC {
			return d, true
		}
	}
	return Designation{}, false
}

// Recognises reports whether the actor recognises norm n.
func (a Actor) Recognises(n Norm) bool {
	for _, m := range a.Norms {
		if m == n {
			return true
		}
	}
	return false
}

// RequiredLevels returns the decision-making levels an engagement with the
// actor must reach: its leadership (the political leadership and military
// command it has, or the military command if it lists neither), and, when
// command and control is weak (decentralised or fragmented), frontline
// commanders and the rank and file too, since orders from the top may not be
// followed (the report's section on barriers).
func (a Actor) RequiredLevels() []Level {
	var out []Level
	lead := false
	for _, l := range []Level{LevelPoliticalLeadership, LevelMilitaryCommand} {
		if contains(a.Levels, l) {
			out = append(out, l)
			lead = true
		}
	}
	if !lead {
		out = append(out, LevelMilitaryCommand)
	}
	if a.Command.Weak() {
		out = append(out, LevelFrontlineCommanders, LevelRankAndFile)
	}
	return out
}

// Validate reports every problem with the actor at once, as an errors.Join of
// *FieldError values that name the JSON path of each field. It returns nil for
// a valid actor.
func (a Actor) Validate() error {
	c := check.Errors{Pkg: pkg}
	if a.ID == uuid.Nil {
		c.Add("id", check.Required, "an actor needs an ID")
	}
	checkName(&c, "name", a.Name, true)
	for i, s := range a.Aliases {
		checkName(&c, check.Index("aliases", i), s, true)
	}
	c.Enum("kind", a.Kind.IsValid(), a.Kind == 0, true, "kind")
	c.Enum("command", a.Command.IsValid(), a.Command == 0, false, "command structure")

	// Factions: unique IDs, known parents, no cycles.
	byID := make(map[uuid.UUID]int, len(a.Factions))
	for i, f := range a.Factions {
		p := check.Index("factions", i)
		if f.ID == uuid.Nil {
			c.Add(p+".id", check.Required, "a faction needs an ID")
		} else if j, dup := byID[f.ID]; dup {
			c.Add(p+".id", check.Duplicate, "same ID as factions["+strconv.Itoa(j)+"]")
		} else {
			byID[f.ID] = i
		}
		checkName(&c, p+".name", f.Name, true)
		c.Enum(p+".level", f.Level.IsValid(), f.Level == 0, false, "level")
	}
	for i, f := range a.Factions {
		p := check.Index("factions", i) + ".parent"
		switch {
		case f.Parent == uuid.Nil:
		case f.Parent == f.ID:
			c.Add(p, check.Cycle, "a faction cannot be its own parent")
		default:
			if _, ok := byID[f.Parent]; !ok {
				c.Add(p, check.Reference, "no faction has this ID")
			} else if inCycle(a.Factions, byID, i) {
				c.Add(p, check.Cycle, "the chain of parents loops back to this faction")
			}
		}
	}

	caac := -1
	for i, d := range a.Designations {
		p := check.Index("designations", i)
		d.check(&c, p+".")
		if d.Kind == DesignationCAAC {
			if caac >= 0 {
				c.Add(p+".kind", check.Duplicate, "one CAAC annex designation holds all the actor's listings; designations["+strconv.Itoa(caac)+"] is one already")
			} else {
				caac = i
			}
		}
	}

	checkSet(&c, "norms", a.Norms, Norm.IsValid)
	checkSet(&c, "interests", a.Interests, Interest.IsValid)
	checkSet(&c, "levels", a.Levels, Level.IsValid)

	refs := make(map[uuid.UUID]int, len(a.Record))
	for i, e := range a.Record {
		p := check.Index("record", i)
		if e.Ref == uuid.Nil {
			c.Add(p+".ref", check.Required, "an engagement needs a reference")
		} else if j, dup := refs[e.Ref]; dup {
			c.Add(p+".ref", check.Duplicate, "same reference as record["+strconv.Itoa(j)+"]")
		} else {
			refs[e.Ref] = i
		}
		c.Year(p+".year", e.Year)
		c.Enum(p+".outcome", e.Outcome.IsValid(), e.Outcome == 0, true, "outcome")
	}
	return c.Err()
}

// Validate reports every problem with the designation at once, as an
// errors.Join of *FieldError values whose paths are relative to the
// designation ("listings[0].since"). It returns nil for a valid designation.
// [Actor.Validate] runs the same checks on each of an actor's designations,
// and also refuses a second CAAC annex designation.
func (d Designation) Validate() error {
	c := check.Errors{Pkg: pkg}
	d.check(&c, "")
	return c.Err()
}

// check adds the designation's problems to c under the path prefix p
// ("designations[0]." or "").
func (d Designation) check(c *check.Errors, p string) {
	if p == "" {
		d.checkHere(c)
		return
	}
	// The checks name fields relative to the designation, with constant
	// paths, and only a designation with problems pays for re-rooting them
	// under p ("designations[0].").
	local := check.Errors{Pkg: c.Pkg}
	d.checkHere(&local)
	if local.Len() > 0 {
		c.AddErr(strings.TrimSuffix(p, "."), local.Err())
	}
}

// checkHere adds the designation's problems to c, with paths relative to
// the designation ("listings[0].since").
func (d Designation) checkHere(c *check.Errors) {
	const p = ""
	c.Enum(p+"kind", d.Kind.IsValid(), d.Kind == 0, true, "designation kind")
	c.Enum(p+"jurisdiction", d.Jurisdiction.IsValid(), d.Jurisdiction == 0, d.Kind == DesignationTerrorist, "jurisdiction")
	checkName(c, p+"regime", d.Regime, false)
	c.Enum(p+"by", d.By.IsValid(), d.By == 0, false, "designator")
	if d.Kind == DesignationUNSanctions && d.By != 0 && d.By != DesignatorUNSecurityCouncil {
		c.Add(p+"by", check.Conflict, "a UN sanctions designation is made by the UN Security Council")
	}
	c.Text(p+"reference", d.Reference, MaxReferenceLen, false)
	c.Year(p+"year", d.Year)
	if d.Kind == DesignationCAAC && d.Year != 0 {
		c.Add(p+"year", check.Conflict, "a CAAC annex designation's listings carry the year first listed for each violation")
	}
	c.Year(p+"report", d.Report)
	switch {
	case d.Report != 0 && d.Kind != DesignationCAAC:
		c.Add(p+"report", check.Conflict, "only a CAAC annex designation is taken from an annual report's annexes")
	case d.Report != 0 && d.Since() != 0 && d.Report < d.Since():
		c.Add(p+"report", check.OutOfRange, "the "+strconv.Itoa(d.Report)+" report is before the party was first listed ("+strconv.Itoa(d.Since())+")")
	}
	switch {
	case d.Kind == DesignationCAAC && len(d.Listings) == 0:
		c.Add(p+"listings", check.Required, "a CAAC annex designation lists the party for at least one grave violation")
	case d.Kind != DesignationCAAC && len(d.Listings) > 0:
		c.Add(p+"listings", check.Conflict, "listings for grave violations belong to CAAC annex designations only")
	}
	seen := make(map[Violation]int, len(d.Listings))
	for j, l := range d.Listings {
		lp := func() string { return check.Index(p+"listings", j) } // built only for an error
		checkListing(c, lp, l, d.Report)
		if k, dup := seen[l.Violation]; dup && l.Violation.IsValid() {
			c.Add(lp()+".violation", check.Duplicate, l.Violation.String()+" is listed at listings["+strconv.Itoa(k)+"] already")
		} else {
			seen[l.Violation] = j
		}
	}
}

// checkListing checks one listing: a violation that is a listing trigger, a
// year no earlier than the first report that could list for it, and a known
// section that the report of year report can have.
func checkListing(c *check.Errors, p func() string, l Listing, report int) {
	first := l.Violation.FirstReport()
	switch {
	case l.Violation == 0:
		c.Add(p()+".violation", check.Required, "the grave violation the party is listed for")
	case !l.Violation.IsValid():
		c.Add(p()+".violation", check.Unknown, "unknown grave violation "+l.Violation.String())
	case first == 0:
		c.Add(p()+".violation", check.Invalid, l.Violation.String()+" is monitored but is not a listing trigger")
	}
	switch {
	case l.Since == 0:
		c.Add(p()+".since", check.Required, "the year the party was first listed for the violation")
	case l.Since < FirstListingYear || l.Since > MaxYear:
		c.Add(p()+".since", check.OutOfRange, "year "+strconv.Itoa(l.Since)+" outside "+strconv.Itoa(FirstListingYear)+"–"+strconv.Itoa(MaxYear))
	case first != 0 && l.Since < first:
		c.Add(p()+".since", check.OutOfRange, "the "+strconv.Itoa(l.Since)+" report could not list a party for "+lowerFirst(l.Violation.Label())+
			": the first that could is the "+strconv.Itoa(first)+" report, after resolution "+l.Violation.TriggerResolution()+" made it a listing trigger")
	}
	c.EnumAt(func() string { return p() + ".section" }, l.Section.IsValid(), l.Section == 0, false, "annex section")
	switch {
	case l.Section == 0:
	case report != 0 && report < FirstSectionReport:
		c.Add(p()+".section", check.Conflict, "the annexes have sections from the "+strconv.Itoa(FirstSectionReport)+" report; the "+strconv.Itoa(report)+" report has none")
	}
}

// inCycle reports whether following parents from faction i returns to i.
func inCycle(fs []Faction, byID map[uuid.UUID]int, i int) bool {
	cur := i
	for range fs {
		p := fs[cur].Parent
		if p == uuid.Nil {
			return false
		}
		next, ok := byID[p]
		if !ok {
			return false
		}
		if next == i {
			return true
		}
		cur = next
	}
	return false // a loop that does not pass through i is reported at its own members
}

func checkName(c *check.Errors, path, s string, required bool) {
	switch {
	case strings.TrimSpace(s) == "":
		if required || s != "" {
			c.Add(path, check.Required, "must not be blank")
		}
	case len(s) > MaxNameLen:
		c.Add(path, check.TooLarge, "longer than "+strconv.Itoa(MaxNameLen)+" bytes")
	case !utf8.ValidString(s):
		c.Add(path, check.Invalid, "not valid UTF-8")
	}
}

func checkSet[T interface {
	comparable
	String() string
}](c *check.Errors, path string, vs []T, valid func(T) bool) {
	seen := make(map[T]bool, len(vs))
	for i, v := range vs {
		p := check.Index(path, i)
		switch {
		case !valid(v):
			c.Add(p, check.Unknown, "unknown value "+v.String())
		case seen[v]:
			c.Add(p, check.Duplicate, v.String()+" listed twice")
		}
		seen[v] = true
	}
}
