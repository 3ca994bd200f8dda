// Package cite is the catalogue of legal and normative references the library
// cites by stable identifier. The identifiers in the first group are those of
// the project's standards table; the rest name references that the standards
// mention without giving an identifier, in the same style.
package cite

import "sort"

// Identifiers of the standards table.
const (
	CIHL136      = "CIHL-136"       // children must not be recruited
	CIHL137      = "CIHL-137"       // children must not take part in hostilities
	AP2_4_3c     = "AP2-4-3-c"      // AP II art. 4(3)(c): under-15s not recruited nor allowed to take part
	OPAC4        = "OPAC-4"         // OPAC art. 4(1): armed groups should not, under any circumstances, recruit or use under-18s
	Rome8_2e_vii = "ROME-8-2-e-vii" // Rome Statute art. 8(2)(e)(vii): war crime, children under 15
	CA3          = "CA3"            // Common Article 3 of the Geneva Conventions
	CIHL96       = "CIHL-96"        // hostage-taking prohibited
	CIHL55       = "CIHL-55"        // passage of humanitarian relief
	CIHL56       = "CIHL-56"        // freedom of movement of relief personnel
	CIHL25       = "CIHL-25"        // medical personnel
	CIHL28       = "CIHL-28"        // medical units
	CIHL31       = "CIHL-31"        // humanitarian relief personnel
	CIHL38       = "CIHL-38"        // cultural property
	CIHL53       = "CIHL-53"        // starvation as a method of warfare
	CIHL81       = "CIHL-81"        // landmines: minimise indiscriminate effects
	CIHL82       = "CIHL-82"        // landmines: record placement
	CIHL83       = "CIHL-83"        // landmines: remove at the end of hostilities
	CIHL129      = "CIHL-129"       // acts of displacement
	CIHL123      = "CIHL-123"       // personal details of persons deprived of their liberty recorded
	CIHL124      = "CIHL-124"       // ICRC access to persons deprived of their liberty
	AP2_17       = "AP2-17"         // AP II art. 17: displacement of civilians only for their security or imperative military reasons
	HP           = "HP"             // humanitarian principles
	// Institutional marks a rule that rests on an organisation's own policy
	// rather than on treaty or customary law.
	Institutional = "institutional"
)

// Identifiers for references the standards name without an identifier.
const (
	IHRL        = "IHRL"                  // international human rights law
	UNSCR1612   = "UNSCR-1612"            // monitoring and reporting mechanism on grave violations
	UNSCR1379   = "UNSCR-1379"            // listing trigger: recruitment and use
	UNSCR1882   = "UNSCR-1882"            // listing triggers: killing and maiming; rape and sexual violence
	UNSCR1998   = "UNSCR-1998"            // listing trigger: attacks on schools and hospitals
	UNSCR2225   = "UNSCR-2225"            // listing trigger: abduction
	UNSCR1267   = "UNSCR-1267"            // ISIL (Da'esh) and Al-Qaida sanctions (with 1989 and 2253)
	UNSCR2664   = "UNSCR-2664"            // humanitarian exemption from UN asset freezes
	UNSCR2761   = "UNSCR-2761"            // the humanitarian exemption continued for the 1267 regime
	UNSCR2615   = "UNSCR-2615"            // humanitarian exemption for the 1988 (Taliban) regime
	UNSCR2133   = "UNSCR-2133"            // ransom payments to terrorists
	USC2339B    = "18-USC-2339B"          // material support to a designated Foreign Terrorist Organization
	HLP2010     = "HOLDER-V-HLP-2010"     // Holder v. Humanitarian Law Project, 561 U.S. 1 (2010)
	CFR594520   = "31-CFR-594.520"        // OFAC general licence for NGOs, Global Terrorism Sanctions Regulations
	CFR597516   = "31-CFR-597.516"        // OFAC general licence for NGOs, Foreign Terrorist Organizations Sanctions Regulations
	EU2023331   = "EU-REG-2023-331"       // EU humanitarian exemption in its UN-implementing regimes
	EU2023720   = "EU-REG-2023-720"       // EU humanitarian exemption extended to further regimes
	EU2024669   = "EU-REG-2024-669"       // EU humanitarian exemption in its terrorist list (CP 931)
	UKSI2023121 = "UK-SI-2023-121"        // UK humanitarian exception in its UN-based regulations
	RootsOfRes  = "ICRC-ROR-2018"         // ICRC, The Roots of Restraint in War (2018)
	PSPW        = "ICRC-PSPW-2018"        // ICRC, Professional Standards for Protection Work (3rd ed., 2018)
	Detention   = "ICRC-DETENTION-VISITS" // the standard modalities of visits to persons deprived of liberty
	IASCEscorts = "IASC-ESCORTS-2013"     // IASC Non-Binding Guidelines on the Use of Armed Escorts for Humanitarian Convoys (2013)
)

// Ref describes one reference.
type Ref struct {
	ID         string
	Title      string
	Content    string
	Unverified bool // not checked against the primary text
}

var refs = map[string]Ref{
	CIHL136:       {CIHL136, "Customary IHL Rule 136", "Children must not be recruited into armed forces or armed groups.", false},
	CIHL137:       {CIHL137, "Customary IHL Rule 137", "Children must not be allowed to take part in hostilities.", false},
	AP2_4_3c:      {AP2_4_3c, "Additional Protocol II, art. 4(3)(c)", "Children under 15 may neither be recruited nor allowed to take part in hostilities.", false},
	OPAC4:         {OPAC4, "Optional Protocol to the CRC on children in armed conflict, art. 4(1)", "Armed groups distinct from a state's forces should not, under any circumstances, recruit or use in hostilities persons under 18.", false},
	Rome8_2e_vii:  {Rome8_2e_vii, "Rome Statute, art. 8(2)(e)(vii) (8(2)(b)(xxvi) in international conflicts)", "Conscripting, enlisting or using children under 15 in hostilities is a war crime.", false},
	CA3:           {CA3, "Common Article 3 of the Geneva Conventions", "Humane treatment; no hostage-taking; impartial bodies may offer their services; special agreements; no effect on legal status.", false},
	CIHL96:        {CIHL96, "Customary IHL Rule 96", "Hostage-taking is prohibited.", false},
	CIHL55:        {CIHL55, "Customary IHL Rule 55", "Parties must allow and facilitate rapid and unimpeded passage of impartial relief, subject to their right of control.", false},
	CIHL56:        {CIHL56, "Customary IHL Rule 56", "Authorised relief personnel must have freedom of movement, restricted only temporarily for imperative military necessity.", false},
	CIHL25:        {CIHL25, "Customary IHL Rule 25", "Medical personnel must be respected and protected.", false},
	CIHL28:        {CIHL28, "Customary IHL Rule 28", "Medical units must be respected and protected.", false},
	CIHL31:        {CIHL31, "Customary IHL Rule 31", "Humanitarian relief personnel must be respected and protected.", false},
	CIHL38:        {CIHL38, "Customary IHL Rule 38", "Cultural property must be respected in attacks.", false},
	CIHL53:        {CIHL53, "Customary IHL Rule 53", "Starvation of civilians as a method of warfare is prohibited.", false},
	CIHL81:        {CIHL81, "Customary IHL Rule 81", "Particular care must be taken to minimise the indiscriminate effects of landmines.", false},
	CIHL82:        {CIHL82, "Customary IHL Rule 82", "A party using landmines must record their placement as far as possible.", false},
	CIHL83:        {CIHL83, "Customary IHL Rule 83", "At the end of active hostilities, a party that used landmines must remove them or render them harmless.", false},
	CIHL129:       {CIHL129, "Customary IHL Rule 129", "Parties may not order the displacement of civilians unless their security or imperative military reasons demand it.", false},
	CIHL123:       {CIHL123, "Customary IHL Rule 123", "The personal details of persons deprived of their liberty must be recorded.", false},
	CIHL124:       {CIHL124, "Customary IHL Rule 124", "In international armed conflicts the ICRC must be granted regular access to all persons deprived of their liberty; in non-international armed conflicts it may offer its services to visit them.", false},
	AP2_17:        {AP2_17, "Additional Protocol II, art. 17", "The displacement of civilians may not be ordered for reasons related to the conflict unless their security or imperative military reasons demand it, and then in satisfactory conditions of shelter, hygiene, health, safety and nutrition.", false},
	HP:            {HP, "Humanitarian principles (UNGA res. 46/182, 1991; res. 58/114, 2004)", "Humanity, neutrality, impartiality and independence.", false},
	Institutional: {Institutional, "Institutional policy", "The organisation's own red line, not a rule of treaty or customary law.", false},
	IHRL:          {IHRL, "International human rights law", "Binds states; a non-state armed group that exercises government-like functions over territory can assume responsibility for human rights obligations when it has established de facto authority.", false},
	UNSCR1612:     {UNSCR1612, "UN Security Council resolution 1612 (2005)", "Monitoring and reporting mechanism on six grave violations against children.", false},
	UNSCR1379:     {UNSCR1379, "UN Security Council resolution 1379 (2001)", "Recruitment and use of children is a trigger for listing in the Secretary-General's annexes.", false},
	UNSCR1882:     {UNSCR1882, "UN Security Council resolution 1882 (2009)", "Killing and maiming, and rape and other sexual violence against children, are listing triggers.", false},
	UNSCR1998:     {UNSCR1998, "UN Security Council resolution 1998 (2011)", "Attacks on schools and hospitals are a listing trigger.", false},
	UNSCR2225:     {UNSCR2225, "UN Security Council resolution 2225 (2015)", "Abduction of children is a listing trigger.", false},
	UNSCR1267:     {UNSCR1267, "UN Security Council resolutions 1267 (1999), 1989 (2011), 2253 (2015)", "The ISIL (Da'esh) and Al-Qaida sanctions list.", false},
	UNSCR2664:     {UNSCR2664, "UN Security Council resolution 2664 (2022), para 1", "Funds, assets, goods and services necessary for humanitarian assistance or basic human needs, provided by the organisations it names, do not violate the Council's asset freezes; for the 1267 regime, for two years.", false},
	UNSCR2761:     {UNSCR2761, "UN Security Council resolution 2761 (2024)", "Continues resolution 2664's humanitarian exemption for the ISIL (Da'esh) and Al-Qaida (1267) regime.", false},
	UNSCR2615:     {UNSCR2615, "UN Security Council resolution 2615 (2021)", "Humanitarian assistance and activities supporting basic human needs in Afghanistan do not violate the 1988 regime's asset freeze.", true},
	UNSCR2133:     {UNSCR2133, "UN Security Council resolution 2133 (2013)", "States are called on to prevent terrorists from benefiting from ransom payments; the 1267 asset freeze applies to ransoms.", false},
	USC2339B:      {USC2339B, "18 U.S.C. § 2339B", "Knowingly providing material support or resources to a designated Foreign Terrorist Organization is a federal crime; training, expert advice or assistance and services count, medicine and religious materials excepted.", false},
	HLP2010:       {HLP2010, "Holder v. Humanitarian Law Project, 561 U.S. 1 (2010)", "Training a designated group in international humanitarian and human rights law and in peaceful dispute resolution can be material support.", false},
	CFR594520:     {CFR594520, "31 CFR 594.520 (OFAC, Global Terrorism Sanctions Regulations), 20 December 2022", "NGOs may carry out humanitarian and other listed activities; funds reach a blocked person only as taxes, fees or import duties, or for permits, licences or public utility services.", false},
	CFR597516:     {CFR597516, "31 CFR 597.516 (OFAC, Foreign Terrorist Organizations Sanctions Regulations), 20 December 2022", "The same licence for NGOs under the FTO regulations; it does not reach the criminal prohibition of 18 U.S.C. § 2339B.", false},
	EU2023331:     {EU2023331, "Council Regulation (EU) 2023/331 of 14 February 2023", "Brings resolution 2664's exemption into the EU regimes that give effect to UN measures.", true},
	EU2023720:     {EU2023720, "Council Regulation (EU) 2023/720 of 31 March 2023", "Extends the exemption to further EU regimes and complementary measures.", true},
	EU2024669:     {EU2024669, "Council Regulation (EU) 2024/669 (February 2024)", "A humanitarian exemption in the EU terrorist list (Common Position 2001/931/CFSP), initially for twelve months.", true},
	UKSI2023121:   {UKSI2023121, "The Sanctions (Humanitarian Exception) (Amendment) Regulations 2023, SI 2023/121, in force 9 February 2023", "Brings resolution 2664's exception into the UK's UN-based regulations.", false},
	RootsOfRes:    {RootsOfRes, "ICRC, The Roots of Restraint in War (2018)", "Law works best with centralised forces; local norms and community figures with decentralised and community-embedded groups.", true},
	PSPW: {PSPW, "ICRC, Professional Standards for Protection Work (3rd ed., 2018), the chapter on managing data and information",
		"Personal data on people at risk is collected, shared and used only for protection purposes, with safeguards against harm to the people it concerns; do no harm.", true},
	Detention: {Detention, "The standard modalities of visits to persons deprived of liberty (ICRC practice; GC III art. 126 and GC IV art. 143 in international armed conflict)",
		"Access to every detainee and every place of detention, interviews in private without witnesses, repeated visits, and the registration of detainees.", true},
	IASCEscorts: {IASCEscorts, "IASC Non-Binding Guidelines on the Use of Armed Escorts for Humanitarian Convoys (2013)",
		"An armed escort is a last resort, whoever provides it — a party, peacekeepers or private security — used only when the alternatives are exhausted.", false},
}

// abbrevs are the identifiers that are abbreviations a reader may not know,
// with the words to spell them out the first time a text shows them.
// Identifiers that name their source (CIHL-136, OPAC-4, UNSCR-1612) are
// citations and stay as they are.
var abbrevs = map[string]string{
	HP:          "the humanitarian principles",
	IHRL:        "international human rights law",
	CA3:         "Common Article 3 of the Geneva Conventions",
	RootsOfRes:  "ICRC, The Roots of Restraint in War",
	PSPW:        "ICRC, Professional Standards for Protection Work",
	Detention:   "the standard modalities of detention visits",
	IASCEscorts: "the IASC guidelines on armed escorts for humanitarian convoys",
}

// Spelled returns id as a text shows it the first time: an abbreviation a
// reader may not know with its words ("HP (the humanitarian principles)"),
// any other identifier as it is.
func Spelled(id string) string {
	if w, ok := abbrevs[id]; ok {
		return id + " (" + w + ")"
	}
	return id
}

// Lookup returns the reference with identifier id.
func Lookup(id string) (Ref, bool) {
	r, ok := refs[id]
	return r, ok
}

// IDs returns every identifier, sorted.
func IDs() []string {
	out := make([]string, 0, len(refs))
	for id := range refs {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}
