package sanctions

import (
	"slices"
	"strings"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Measure is what a sanctions regime imposes. The zero value is invalid. A
// Measure is a plain value, safe for concurrent use.
type Measure uint8

// Measures.
const (
	MeasureUnspecified Measure = iota
	MeasureAssetFreeze         // funds, other financial assets and economic resources frozen; none made available to or for the benefit of the party
	MeasureTravelBan           // entry into or transit through member states refused
	MeasureArmsEmbargo         // the supply of arms and related materiel barred
)

var measures = enum.New[Measure]("sanctions", "measure", "asset_freeze", "travel_ban", "arms_embargo").
	WithLabels("asset freeze", "travel ban", "arms embargo")

// IsValid reports whether m is a named measure.
func (m Measure) IsValid() bool { return measures.Valid(m) }

// String returns the wire word; it never panics.
func (m Measure) String() string { return measures.String(m) }

// Label returns the value in words, for people; String gives the wire word.
func (m Measure) Label() string { return measures.Label(m) }

// MarshalText encodes the measure as its wire word.
func (m Measure) MarshalText() ([]byte, error) { return measures.Marshal(m) }

// UnmarshalText decodes a wire word, ignoring case.
func (m *Measure) UnmarshalText(b []byte) (err error) { *m, err = measures.Unmarshal(b); return err }

// ParseMeasure parses a measure's wire word, ignoring case.
func ParseMeasure(s string) (Measure, error) { return measures.Parse(s) }

// Regime is one sanctions regime whose listings the library knows: who
// imposes it (By) and under which name (ID, as actor.Designation.Regime
// writes it: the UN committee's resolution, "1267"; the US list, "FTO"),
// its name in words, the resolution or instrument establishing it, the
// measures it imposes, and, for a UN regime, the prefixes of the
// Consolidated List's reference numbers for its entries ("QDe." for an
// entity on the ISIL (Da'esh) and Al-Qaida list, "QDi." for an
// individual). Unverified says, in words, what of the row the team could
// not check against the primary text ("" when all of it was); every output
// resting on it says so.
//
// The zero value is no regime. A Regime is a plain value; the table's rows
// are fresh copies, safe for concurrent use.
type Regime struct {
	By         actor.Designator `json:"by"`
	ID         string           `json:"id"`
	Name       string           `json:"name"`
	Instrument string           `json:"instrument"`
	Measures   []Measure        `json:"measures"`
	Prefixes   []string         `json:"prefixes,omitempty"`
	Unverified string           `json:"unverified,omitempty"`
}

// Freezes reports whether the regime imposes an asset freeze.
func (r Regime) Freezes() bool {
	for _, m := range r.Measures {
		if m == MeasureAssetFreeze {
			return true
		}
	}
	return false
}

var all3 = []Measure{MeasureAssetFreeze, MeasureTravelBan, MeasureArmsEmbargo}

const unverifiedUN = "the measures and the list prefixes were not checked against the resolutions"

// regimes is the table. The UN rows list the Security Council's regimes
// with listings on the Consolidated List; their reference-number prefixes
// follow the list's pattern (two letters, then i for an individual or e for
// an entity). The measures of the UN regimes other than 1267, 1988 and 751
// were not checked one by one against their resolutions, and are marked
// unverified; so are the instruments of the US, EU and UK rows.
func regimeTable() []Regime {
	un := actor.DesignatorUNSecurityCouncil
	return []Regime{
		{By: un, ID: "1267", Name: "ISIL (Da'esh) and Al-Qaida sanctions", Instrument: "UNSCR 1267 (1999), 1989 (2011), 2253 (2015)", Measures: all3, Prefixes: []string{"QDi.", "QDe."}},
		{By: un, ID: "1988", Name: "Taliban sanctions", Instrument: "UNSCR 1988 (2011)", Measures: all3, Prefixes: []string{"TAi.", "TAe."}},
		{By: un, ID: "751", Name: "Al-Shabaab sanctions", Instrument: "UNSCR 751 (1992), 2713 (2023)", Measures: all3, Prefixes: []string{"SOi.", "SOe."}},
		{By: un, ID: "1518", Name: "Iraq sanctions", Instrument: "UNSCR 1518 (2003)", Measures: []Measure{MeasureAssetFreeze}, Prefixes: []string{"IQi.", "IQe."}, Unverified: unverifiedUN},
		{By: un, ID: "1533", Name: "Democratic Republic of the Congo sanctions", Instrument: "UNSCR 1533 (2004)", Measures: all3, Prefixes: []string{"CDi.", "CDe."}, Unverified: unverifiedUN},
		{By: un, ID: "1591", Name: "Sudan sanctions", Instrument: "UNSCR 1591 (2005)", Measures: all3, Prefixes: []string{"SDi.", "SDe."}, Unverified: unverifiedUN},
		{By: un, ID: "1718", Name: "Democratic People's Republic of Korea sanctions", Instrument: "UNSCR 1718 (2006)", Measures: all3, Prefixes: []string{"KPi.", "KPe."}, Unverified: unverifiedUN},
		{By: un, ID: "1970", Name: "Libya sanctions", Instrument: "UNSCR 1970 (2011)", Measures: all3, Prefixes: []string{"LYi.", "LYe."}, Unverified: unverifiedUN},
		{By: un, ID: "2127", Name: "Central African Republic sanctions", Instrument: "UNSCR 2127 (2013)", Measures: all3, Prefixes: []string{"CFi.", "CFe."}, Unverified: unverifiedUN},
		{By: un, ID: "2140", Name: "Yemen sanctions", Instrument: "UNSCR 2140 (2014)", Measures: all3, Prefixes: []string{"YEi.", "YEe."}, Unverified: unverifiedUN},
		{By: un, ID: "2206", Name: "South Sudan sanctions", Instrument: "UNSCR 2206 (2015)", Measures: all3, Prefixes: []string{"SSi.", "SSe."}, Unverified: unverifiedUN},
		{By: un, ID: "2653", Name: "Haiti sanctions", Instrument: "UNSCR 2653 (2022)", Measures: all3, Prefixes: []string{"HTi.", "HTe."}, Unverified: unverifiedUN},
		{By: actor.DesignatorUnitedStates, ID: "FTO", Name: "Foreign Terrorist Organizations", Instrument: "8 USC 1189; 31 CFR part 597", Measures: []Measure{MeasureAssetFreeze}},
		{By: actor.DesignatorUnitedStates, ID: "SDGT", Name: "Specially Designated Global Terrorists", Instrument: "Executive Order 13224; 31 CFR part 594", Measures: []Measure{MeasureAssetFreeze}},
		{By: actor.DesignatorEuropeanUnion, ID: "CP 931", Name: "EU terrorist list", Instrument: "Common Position 2001/931/CFSP; Regulation (EC) 2580/2001", Measures: []Measure{MeasureAssetFreeze}, Unverified: "the instrument was not checked against the Official Journal"},
		{By: actor.DesignatorUnitedKingdom, ID: "CT", Name: "UK counter-terrorism sanctions", Instrument: "Counter-Terrorism (Sanctions) (EU Exit) Regulations 2019", Measures: []Measure{MeasureAssetFreeze}, Unverified: "the instrument was not checked against legislation.gov.uk"},
	}
}

// Regimes returns the table of regimes, UN first, as fresh copies.
func Regimes() []Regime { return regimeTable() }

// clone returns a copy of r that shares no slice with the table.
func (r Regime) clone() Regime {
	r.Measures = slices.Clone(r.Measures)
	r.Prefixes = slices.Clone(r.Prefixes)
	return r
}

// LookupRegime returns the regime designator by names as id ("1267",
// "FTO"), ignoring case and spaces around it, and whether the table has it.
func LookupRegime(by actor.Designator, id string) (Regime, bool) {
	if r := lookupRegime(by, id); r != nil {
		return r.clone(), true
	}
	return Regime{}, false
}

// RegimeForReference returns the UN regime whose Consolidated List
// reference numbers start as reference does ("QDe.115" is the 1267
// regime's), and whether one does.
func RegimeForReference(reference string) (Regime, bool) {
	if r := regimeForReference(reference); r != nil {
		return r.clone(), true
	}
	return Regime{}, false
}

func equalFoldTrim(id, s string) bool { return strings.EqualFold(id, strings.TrimSpace(s)) }

// String names the regime for people: its name, who imposes it and its
// instrument, and "(unverified)" when the row is — "ISIL (Da'esh) and
// Al-Qaida sanctions of the UN Security Council (UNSCR 1267 (1999), 1989
// (2011), 2253 (2015))". It says what is unverified, if anything.
func (r Regime) String() string {
	if r.ID == "" {
		return "no regime"
	}
	s := r.Name + " of " + designatorName(r.By) + " (" + r.Instrument + ")"
	if r.Unverified != "" {
		s += " (unverified: " + r.Unverified + ")"
	}
	return s
}

// designatorName names who made a designation, for a sentence: "the UN
// Security Council", "the United States".
func designatorName(d actor.Designator) string {
	switch d {
	case actor.DesignatorUNSecurityCouncil:
		return "the UN Security Council"
	case actor.DesignatorUnitedStates:
		return "the United States"
	case actor.DesignatorEuropeanUnion:
		return "the European Union"
	case actor.DesignatorUnitedKingdom:
		return "the United Kingdom"
	case actor.DesignatorOtherState:
		return "another state"
	}
	return "an unstated designator"
}
