package sanctions

import (
	"slices"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/cite"
	"github.com/humanitarian-negotiation/protection/redline"
)

// TableVersion names the edition of the regimes and exemptions tables;
// every report states it. It moves on whenever a row changes.
const TableVersion = "2026-12"

// Exemption is one humanitarian exemption from asset freezes, as the table
// holds it: its ID ("un-2664"), the jurisdiction whose law makes it, its
// instrument (Cite, an identifier of the library's catalogue, and Name, the
// instrument in words), the regimes it reaches — those of designator By
// named in Regimes, or, when Regimes is empty, all of By's regimes but those
// in Except —, the organisations it covers (Categories; empty for any
// organisation; NGOsOnly when it covers non-governmental organisations
// alone), the payments it covers by purpose, the days it is in force (From,
// inclusive, to Until, exclusive, or open when Until is zero) and the
// conditions it sets.
//
// An exemption reaches asset freezes only: never a travel ban or an arms
// embargo. No exemption covers a ransom, a fee for dialogue or a payment of
// unstated purpose: whether those are necessary for humanitarian assistance
// is a question for lawyers, and the screening sends them to one.
//
// Unverified says in words what of the row the team could not check against
// the primary text ("" when all of it was); Lapse says, for a row with an
// end, what is not known about what followed it. Every finding resting on
// either says so.
//
// The zero value is no exemption. An Exemption is a plain value; the table's
// rows are fresh copies, safe for concurrent use.
type Exemption struct {
	ID           string            `json:"id"`
	Jurisdiction Jurisdiction      `json:"jurisdiction"`
	Cite         string            `json:"cite"`
	Name         string            `json:"name"`
	By           actor.Designator  `json:"by"`
	Regimes      []string          `json:"regimes,omitempty"`
	Except       []string          `json:"except,omitempty"`
	Categories   []Category        `json:"categories,omitempty"`
	NGOsOnly     bool              `json:"ngos_only,omitempty"`
	Purposes     []redline.Purpose `json:"purposes"`
	From         time.Time         `json:"from"`
	Until        time.Time         `json:"until,omitzero"`
	Conditions   []string          `json:"conditions"`
	Unverified   string            `json:"unverified,omitempty"`
	Lapse        string            `json:"lapse,omitempty"`
}

// InForce reports whether the exemption is in force on the day of at.
func (e Exemption) InForce(at time.Time) bool { return e.inForce(day(at)) }

// inForce is InForce for a day already reduced to its UTC midnight.
func (e *Exemption) inForce(d time.Time) bool {
	return !d.Before(e.From) && (e.Until.IsZero() || d.Before(e.Until))
}

// Reaches reports whether the exemption reaches regime r.
func (e Exemption) Reaches(r Regime) bool {
	if r.By != e.By {
		return false
	}
	if len(e.Regimes) > 0 {
		return slices.Contains(e.Regimes, r.ID)
	}
	return !slices.Contains(e.Except, r.ID)
}

// CoversOrg reports whether the exemption covers an organisation of
// standing s.
func (e Exemption) CoversOrg(s Standing) bool {
	if e.NGOsOnly && !s.IsNGO() {
		return false
	}
	return len(e.Categories) == 0 || slices.Contains(e.Categories, s.Category)
}

// CoversPurpose reports whether the exemption covers a payment for p.
func (e Exemption) CoversPurpose(p redline.Purpose) bool { return slices.Contains(e.Purposes, p) }

// String names the exemption for people: its instrument, and what is
// unverified about it.
func (e Exemption) String() string {
	if e.ID == "" {
		return "no exemption"
	}
	s := e.Name
	if e.Unverified != "" {
		s += " (unverified: " + e.Unverified + ")"
	}
	return s
}

// Gap is what the table knows it does not hold: an exemption that may exist
// for a jurisdiction and regime (every regime of the jurisdiction's
// designator when Regime is empty) and, when Categories is not empty, for
// those organisations. Where a gap applies and no row of the table covers a
// transfer, the screening asks for a legal review instead of calling the
// transfer prohibited. The zero value is no gap. A Gap is a plain value,
// safe for concurrent use.
type Gap struct {
	Jurisdiction Jurisdiction     `json:"jurisdiction"`
	By           actor.Designator `json:"by"`
	Regime       string           `json:"regime,omitempty"`
	Categories   []Category       `json:"categories,omitempty"`
	Note         string           `json:"note"`
}

// String says what the table does not hold, for people.
func (g Gap) String() string {
	if g.Note == "" {
		return "no gap"
	}
	return g.Jurisdiction.Label() + ": " + g.Note
}

// covers reports whether the gap applies to regime r and standing s.
func (g Gap) covers(j Jurisdiction, r Regime, s Standing) bool {
	return g.Jurisdiction == j && g.By == r.By && (g.Regime == "" || g.Regime == r.ID) &&
		(len(g.Categories) == 0 || slices.Contains(g.Categories, s.Category))
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// day returns the calendar day of t, as a UTC midnight.
func day(t time.Time) time.Time { return date(t.Year(), t.Month(), t.Day()) }

// humanitarian are the purposes resolution 2664 and the exemptions that
// mirror it cover: what is necessary for the timely delivery of humanitarian
// assistance — taxes, tolls, goods, services and salaries.
var humanitarian = []redline.Purpose{redline.PurposeTax, redline.PurposeToll, redline.PurposeGoods, redline.PurposeService, redline.PurposeSalary}

var in2664 = []Category{CategoryUNEntity, CategoryInternationalOrg, CategoryObserverHumanitarian, CategoryResponsePlanNGO, CategoryImplementingPartner}

const (
	condNecessary = "the transfer is necessary for the timely delivery of humanitarian assistance or for other activities that support basic human needs"
	condMinimise  = "the organisation makes reasonable efforts to minimise any benefit to listed parties, whether by direct provision or by diversion"
	condNGOWork   = "the organisation is a non-governmental organisation and the activity is one the licence lists, humanitarian projects meeting basic human needs among them"
	condOFACFunds = "funds reach the blocked party only as taxes, fees or import duties, or for permits, licences or public utility services"
)

// exemptionTable is the table. Its sources are in STANDARDS.md; the rows
// the team could not check say what is unverified.
func exemptionTable() []Exemption {
	un, eu, us := actor.DesignatorUNSecurityCouncil, actor.DesignatorEuropeanUnion, actor.DesignatorUnitedStates
	c2664 := func() []string { return []string{condNecessary, condMinimise} }
	return []Exemption{
		{ID: "un-2664", Jurisdiction: JurisdictionUN, Cite: cite.UNSCR2664, Name: "UN Security Council resolution 2664 (2022), paragraph 1",
			By: un, Except: []string{"1267"}, Categories: slices.Clone(in2664), Purposes: slices.Clone(humanitarian),
			From: date(2022, 12, 9), Conditions: c2664()},
		{ID: "un-2664-1267", Jurisdiction: JurisdictionUN, Cite: cite.UNSCR2664, Name: "UN Security Council resolution 2664 (2022), paragraph 1, for the 1267 regime's first two years",
			By: un, Regimes: []string{"1267"}, Categories: slices.Clone(in2664), Purposes: slices.Clone(humanitarian),
			From: date(2022, 12, 9), Until: date(2024, 12, 9), Conditions: c2664()},
		{ID: "un-2761", Jurisdiction: JurisdictionUN, Cite: cite.UNSCR2761, Name: "UN Security Council resolution 2761 (2024), continuing resolution 2664's exemption for the 1267 regime",
			By: un, Regimes: []string{"1267"}, Categories: slices.Clone(in2664), Purposes: slices.Clone(humanitarian),
			From: date(2024, 12, 6), Conditions: c2664()},
		{ID: "un-2615", Jurisdiction: JurisdictionUN, Cite: cite.UNSCR2615, Name: "UN Security Council resolution 2615 (2021), for the 1988 regime",
			By: un, Regimes: []string{"1988"}, Purposes: slices.Clone(humanitarian),
			From: date(2021, 12, 22), Conditions: []string{"the transfer is humanitarian assistance or another activity that supports basic human needs in Afghanistan", condMinimise},
			Unverified: "not in the project's standards; its scope and date were not checked against the resolution"},
		{ID: "eu-2023-331", Jurisdiction: JurisdictionEU, Cite: cite.EU2023331, Name: "Council Regulation (EU) 2023/331",
			By: un, Categories: slices.Clone(in2664), Purposes: slices.Clone(humanitarian),
			From: date(2023, 2, 14), Conditions: c2664(),
			Unverified: "which EU regulations it amends, and whether it limits in time the exemption for the ISIL (Da'esh) and Al-Qaida regime, were not checked"},
		{ID: "eu-2023-720", Jurisdiction: JurisdictionEU, Cite: cite.EU2023720, Name: "Council Regulation (EU) 2023/720",
			By: eu, Except: []string{"CP 931"}, Categories: slices.Clone(in2664), Purposes: slices.Clone(humanitarian),
			From: date(2023, 3, 31), Conditions: c2664(),
			Unverified: "which EU regimes it reaches was not checked"},
		{ID: "eu-2024-cp931", Jurisdiction: JurisdictionEU, Cite: cite.EU2024669, Name: "the EU terrorist list's humanitarian exemption (Council Regulation (EU) 2024/669)",
			By: eu, Regimes: []string{"CP 931"}, Categories: slices.Clone(in2664), Purposes: slices.Clone(humanitarian),
			From: date(2024, 2, 19), Until: date(2025, 2, 19), Conditions: c2664(),
			Unverified: "the regulation's number and its dates are from secondary sources",
			Lapse:      "it was made for twelve months; whether it was renewed after 19 February 2025 is unverified"},
		{ID: "uk-2023-121", Jurisdiction: JurisdictionUK, Cite: cite.UKSI2023121, Name: "The Sanctions (Humanitarian Exception) (Amendment) Regulations 2023 (SI 2023/121)",
			By: un, Except: []string{"1267", "1988"}, Categories: slices.Clone(in2664), Purposes: slices.Clone(humanitarian),
			From: date(2023, 2, 9), Conditions: c2664()},
		{ID: "uk-2023-121-1267", Jurisdiction: JurisdictionUK, Cite: cite.UKSI2023121, Name: "SI 2023/121, for the ISIL (Da'esh) and Al-Qaida regulations",
			By: un, Regimes: []string{"1267"}, Categories: slices.Clone(in2664), Purposes: slices.Clone(humanitarian),
			From: date(2023, 2, 9), Until: date(2025, 2, 9), Conditions: c2664(),
			Unverified: "its two-year limit for the ISIL (Da'esh) and Al-Qaida regulations is from a secondary source",
			Lapse:      "whether the UK continued it after resolution 2761 is unverified"},
		{ID: "ofac-594-520", Jurisdiction: JurisdictionUS, Cite: cite.CFR594520, Name: "OFAC's general licence for NGOs, 31 CFR 594.520",
			By: us, Regimes: []string{"SDGT"}, NGOsOnly: true, Purposes: []redline.Purpose{redline.PurposeTax},
			From: date(2022, 12, 20), Conditions: []string{condNGOWork, condOFACFunds}},
		{ID: "ofac-597-516", Jurisdiction: JurisdictionUS, Cite: cite.CFR597516, Name: "OFAC's general licence for NGOs, 31 CFR 597.516",
			By: us, Regimes: []string{"FTO"}, NGOsOnly: true, Purposes: []redline.Purpose{redline.PurposeTax},
			From: date(2022, 12, 20), Conditions: []string{condNGOWork, condOFACFunds}},
	}
}

// gapTable lists the exemptions the table knows it does not hold.
func gapTable() []Gap {
	return []Gap{
		{Jurisdiction: JurisdictionUK, By: actor.DesignatorUNSecurityCouncil, Regime: "1988",
			Note: "the UK's Afghanistan regulations are not among those SI 2023/121 amends; whether they hold their own humanitarian exception is unverified"},
		{Jurisdiction: JurisdictionUK, By: actor.DesignatorUnitedKingdom, Regime: "CT",
			Note: "the UK reviewed its counter-terrorism regime in 2023; whether a humanitarian exception was enacted is unverified"},
		{Jurisdiction: JurisdictionUS, By: actor.DesignatorUnitedStates, Categories: []Category{CategoryUNEntity, CategoryInternationalOrg, CategoryObserverHumanitarian},
			Note: "OFAC's general licences of December 2022 for the official business of the UN and other international organisations are not in the table"},
	}
}

// Exemptions returns the table of humanitarian exemptions, UN first, as
// fresh copies.
func Exemptions() []Exemption { return exemptionTable() }

// LookupExemption returns the exemption with the given ID and whether the
// table has it.
func LookupExemption(id string) (Exemption, bool) {
	for _, e := range exemptionTable() {
		if e.ID == id {
			return e, true
		}
	}
	return Exemption{}, false
}

// Gaps returns the exemptions the table knows it does not hold, as fresh
// copies.
func Gaps() []Gap { return gapTable() }
