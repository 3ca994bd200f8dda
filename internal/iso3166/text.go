package iso3166

import "strings"

// InText returns the name of the country or territory with code code as it
// reads inside an English sentence ("3 incidents in …"), and whether the
// code is assigned: the common name where the standard's short name is
// inverted or formal ("Syria" for "Syrian Arab Republic", "the Democratic
// Republic of the Congo" for "Congo, The Democratic Republic of the"), and
// "the" before the names English writes with it ("the Philippines", "the
// United Kingdom", "the Cayman Islands"). Programs keep the code; this is
// for people.
func InText(code string) (string, bool) {
	name, ok := Name(code)
	if !ok {
		return "", false
	}
	if s, ok := inText[code]; ok {
		return s, true
	}
	if withThe[code] || strings.HasSuffix(name, "Islands") || strings.HasSuffix(name, "Territories") || strings.HasSuffix(name, "Territory") {
		return "the " + name, true
	}
	return name, true
}

// inText holds the names a sentence reads otherwise than the standard's
// short name.
var inText = map[string]string{
	"BOL": "Bolivia",
	"COD": "the Democratic Republic of the Congo",
	"COG": "the Republic of the Congo",
	"FLK": "the Falkland Islands (Malvinas)",
	"FSM": "Micronesia",
	"IRN": "Iran",
	"KOR": "South Korea",
	"LAO": "Laos",
	"MDA": "Moldova",
	"PRK": "North Korea",
	"PSE": "Palestine",
	"RUS": "Russia",
	"SYR": "Syria",
	"TWN": "Taiwan",
	"TZA": "Tanzania",
	"VAT": "the Holy See (Vatican City State)",
	"VEN": "Venezuela",
	"VGB": "the British Virgin Islands",
	"VIR": "the US Virgin Islands",
	"VNM": "Vietnam",
}

// withThe holds the codes whose names English writes with "the", beyond
// those ending in Islands or Territories.
var withThe = map[string]bool{
	"ARE": true, "BHS": true, "CAF": true, "COM": true, "DOM": true, "GBR": true, "GMB": true,
	"MDV": true, "NLD": true, "PHL": true, "USA": true,
}
