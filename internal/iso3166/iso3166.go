// Code generated from Debian's iso-codes 4.15.0 (iso_3166-1.json); DO NOT EDIT.

// Package iso3166 knows the ISO 3166-1 alpha-3 country codes and their
// English short names, as the Debian iso-codes package (4.15.0) lists them:
// 249 countries and territories. Codes are facts of the standard; the table
// is kept sorted so that lookups need no map.
package iso3166

import "sort"

// Name returns the English short name of the country or territory with
// ISO 3166-1 alpha-3 code code (upper case, as the standard writes it), and
// whether the code is assigned.
func Name(code string) (string, bool) {
	i := sort.SearchStrings(codes[:], code)
	if i < len(codes) && codes[i] == code {
		return names[i], true
	}
	return "", false
}

// Len is the number of codes in the table.
const Len = 249

var codes = [Len]string{
	"ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF", "ATG",
	"AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLM",
	"BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF", "CAN", "CCK", "CHE",
	"CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV", "CRI", "CUB", "CUW", "CXR",
	"CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA", "ECU", "EGY", "ERI", "ESH", "ESP",
	"EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM", "GAB", "GBR", "GEO", "GGY", "GHA", "GIB",
	"GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD", "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD",
	"HND", "HRV", "HTI", "HUN", "IDN", "IMN", "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
	"JAM", "JEY", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN",
	"LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA",
	"MDG", "MDV", "MEX", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR",
	"MTQ", "MUS", "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR",
	"NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK",
	"PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP", "SGS",
	"SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN",
	"SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TON",
	"TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY", "USA", "UZB", "VAT", "VCT",
	"VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
}

var names = [Len]string{
	"Aruba",                                  // ABW
	"Afghanistan",                            // AFG
	"Angola",                                 // AGO
	"Anguilla",                               // AIA
	"Åland Islands",                          // ALA
	"Albania",                                // ALB
	"Andorra",                                // AND
	"United Arab Emirates",                   // ARE
	"Argentina",                              // ARG
	"Armenia",                                // ARM
	"American Samoa",                         // ASM
	"Antarctica",                             // ATA
	"French Southern Territories",            // ATF
	"Antigua and Barbuda",                    // ATG
	"Australia",                              // AUS
	"Austria",                                // AUT
	"Azerbaijan",                             // AZE
	"Burundi",                                // BDI
	"Belgium",                                // BEL
	"Benin",                                  // BEN
	"Bonaire, Sint Eustatius and Saba",       // BES
	"Burkina Faso",                           // BFA
	"Bangladesh",                             // BGD
	"Bulgaria",                               // BGR
	"Bahrain",                                // BHR
	"Bahamas",                                // BHS
	"Bosnia and Herzegovina",                 // BIH
	"Saint Barthélemy",                       // BLM
	"Belarus",                                // BLR
	"Belize",                                 // BLZ
	"Bermuda",                                // BMU
	"Bolivia, Plurinational State of",        // BOL
	"Brazil",                                 // BRA
	"Barbados",                               // BRB
	"Brunei Darussalam",                      // BRN
	"Bhutan",                                 // BTN
	"Bouvet Island",                          // BVT
	"Botswana",                               // BWA
	"Central African Republic",               // CAF
	"Canada",                                 // CAN
	"Cocos (Keeling) Islands",                // CCK
	"Switzerland",                            // CHE
	"Chile",                                  // CHL
	"China",                                  // CHN
	"Côte d'Ivoire",                          // CIV
	"Cameroon",                               // CMR
	"Congo, The Democratic Republic of the",  // COD
	"Congo",                                  // COG
	"Cook Islands",                           // COK
	"Colombia",                               // COL
	"Comoros",                                // COM
	"Cabo Verde",                             // CPV
	"Costa Rica",                             // CRI
	"Cuba",                                   // CUB
	"Curaçao",                                // CUW
	"Christmas Island",                       // CXR
	"Cayman Islands",                         // CYM
	"Cyprus",                                 // CYP
	"Czechia",                                // CZE
	"Germany",                                // DEU
	"Djibouti",                               // DJI
	"Dominica",                               // DMA
	"Denmark",                                // DNK
	"Dominican Republic",                     // DOM
	"Algeria",                                // DZA
	"Ecuador",                                // ECU
	"Egypt",                                  // EGY
	"Eritrea",                                // ERI
	"Western Sahara",                         // ESH
	"Spain",                                  // ESP
	"Estonia",                                // EST
	"Ethiopia",                               // ETH
	"Finland",                                // FIN
	"Fiji",                                   // FJI
	"Falkland Islands (Malvinas)",            // FLK
	"France",                                 // FRA
	"Faroe Islands",                          // FRO
	"Micronesia, Federated States of",        // FSM
	"Gabon",                                  // GAB
	"United Kingdom",                         // GBR
	"Georgia",                                // GEO
	"Guernsey",                               // GGY
	"Ghana",                                  // GHA
	"Gibraltar",                              // GIB
	"Guinea",                                 // GIN
	"Guadeloupe",                             // GLP
	"Gambia",                                 // GMB
	"Guinea-Bissau",                          // GNB
	"Equatorial Guinea",                      // GNQ
	"Greece",                                 // GRC
	"Grenada",                                // GRD
	"Greenland",                              // GRL
	"Guatemala",                              // GTM
	"French Guiana",                          // GUF
	"Guam",                                   // GUM
	"Guyana",                                 // GUY
	"Hong Kong",                              // HKG
	"Heard Island and McDonald Islands",      // HMD
	"Honduras",                               // HND
	"Croatia",                                // HRV
	"Haiti",                                  // HTI
	"Hungary",                                // HUN
	"Indonesia",                              // IDN
	"Isle of Man",                            // IMN
	"India",                                  // IND
	"British Indian Ocean Territory",         // IOT
	"Ireland",                                // IRL
	"Iran, Islamic Republic of",              // IRN
	"Iraq",                                   // IRQ
	"Iceland",                                // ISL
	"Israel",                                 // ISR
	"Italy",                                  // ITA
	"Jamaica",                                // JAM
	"Jersey",                                 // JEY
	"Jordan",                                 // JOR
	"Japan",                                  // JPN
	"Kazakhstan",                             // KAZ
	"Kenya",                                  // KEN
	"Kyrgyzstan",                             // KGZ
	"Cambodia",                               // KHM
	"Kiribati",                               // KIR
	"Saint Kitts and Nevis",                  // KNA
	"Korea, Republic of",                     // KOR
	"Kuwait",                                 // KWT
	"Lao People's Democratic Republic",       // LAO
	"Lebanon",                                // LBN
	"Liberia",                                // LBR
	"Libya",                                  // LBY
	"Saint Lucia",                            // LCA
	"Liechtenstein",                          // LIE
	"Sri Lanka",                              // LKA
	"Lesotho",                                // LSO
	"Lithuania",                              // LTU
	"Luxembourg",                             // LUX
	"Latvia",                                 // LVA
	"Macao",                                  // MAC
	"Saint Martin (French part)",             // MAF
	"Morocco",                                // MAR
	"Monaco",                                 // MCO
	"Moldova, Republic of",                   // MDA
	"Madagascar",                             // MDG
	"Maldives",                               // MDV
	"Mexico",                                 // MEX
	"Marshall Islands",                       // MHL
	"North Macedonia",                        // MKD
	"Mali",                                   // MLI
	"Malta",                                  // MLT
	"Myanmar",                                // MMR
	"Montenegro",                             // MNE
	"Mongolia",                               // MNG
	"Northern Mariana Islands",               // MNP
	"Mozambique",                             // MOZ
	"Mauritania",                             // MRT
	"Montserrat",                             // MSR
	"Martinique",                             // MTQ
	"Mauritius",                              // MUS
	"Malawi",                                 // MWI
	"Malaysia",                               // MYS
	"Mayotte",                                // MYT
	"Namibia",                                // NAM
	"New Caledonia",                          // NCL
	"Niger",                                  // NER
	"Norfolk Island",                         // NFK
	"Nigeria",                                // NGA
	"Nicaragua",                              // NIC
	"Niue",                                   // NIU
	"Netherlands",                            // NLD
	"Norway",                                 // NOR
	"Nepal",                                  // NPL
	"Nauru",                                  // NRU
	"New Zealand",                            // NZL
	"Oman",                                   // OMN
	"Pakistan",                               // PAK
	"Panama",                                 // PAN
	"Pitcairn",                               // PCN
	"Peru",                                   // PER
	"Philippines",                            // PHL
	"Palau",                                  // PLW
	"Papua New Guinea",                       // PNG
	"Poland",                                 // POL
	"Puerto Rico",                            // PRI
	"Korea, Democratic People's Republic of", // PRK
	"Portugal",                               // PRT
	"Paraguay",                               // PRY
	"Palestine, State of",                    // PSE
	"French Polynesia",                       // PYF
	"Qatar",                                  // QAT
	"Réunion",                                // REU
	"Romania",                                // ROU
	"Russian Federation",                     // RUS
	"Rwanda",                                 // RWA
	"Saudi Arabia",                           // SAU
	"Sudan",                                  // SDN
	"Senegal",                                // SEN
	"Singapore",                              // SGP
	"South Georgia and the South Sandwich Islands", // SGS
	"Saint Helena, Ascension and Tristan da Cunha", // SHN
	"Svalbard and Jan Mayen",                       // SJM
	"Solomon Islands",                              // SLB
	"Sierra Leone",                                 // SLE
	"El Salvador",                                  // SLV
	"San Marino",                                   // SMR
	"Somalia",                                      // SOM
	"Saint Pierre and Miquelon",                    // SPM
	"Serbia",                                       // SRB
	"South Sudan",                                  // SSD
	"Sao Tome and Principe",                        // STP
	"Suriname",                                     // SUR
	"Slovakia",                                     // SVK
	"Slovenia",                                     // SVN
	"Sweden",                                       // SWE
	"Eswatini",                                     // SWZ
	"Sint Maarten (Dutch part)",                    // SXM
	"Seychelles",                                   // SYC
	"Syrian Arab Republic",                         // SYR
	"Turks and Caicos Islands",                     // TCA
	"Chad",                                         // TCD
	"Togo",                                         // TGO
	"Thailand",                                     // THA
	"Tajikistan",                                   // TJK
	"Tokelau",                                      // TKL
	"Turkmenistan",                                 // TKM
	"Timor-Leste",                                  // TLS
	"Tonga",                                        // TON
	"Trinidad and Tobago",                          // TTO
	"Tunisia",                                      // TUN
	"Türkiye",                                      // TUR
	"Tuvalu",                                       // TUV
	"Taiwan, Province of China",                    // TWN
	"Tanzania, United Republic of",                 // TZA
	"Uganda",                                       // UGA
	"Ukraine",                                      // UKR
	"United States Minor Outlying Islands",         // UMI
	"Uruguay",                                      // URY
	"United States",                                // USA
	"Uzbekistan",                                   // UZB
	"Holy See (Vatican City State)",                // VAT
	"Saint Vincent and the Grenadines",             // VCT
	"Venezuela, Bolivarian Republic of",            // VEN
	"Virgin Islands, British",                      // VGB
	"Virgin Islands, U.S.",                         // VIR
	"Viet Nam",                                     // VNM
	"Vanuatu",                                      // VUT
	"Wallis and Futuna",                            // WLF
	"Samoa",                                        // WSM
	"Yemen",                                        // YEM
	"South Africa",                                 // ZAF
	"Zambia",                                       // ZMB
	"Zimbabwe",                                     // ZWE
}
