package actor

import "strconv"

// Scheme is a research dataset whose actor codes this package maps to [Kind].
// The zero value (the empty string) names no scheme. It is a plain value,
// safe for concurrent use.
type Scheme string

// Schemes with a mapping.
const (
	SchemeACLED   Scheme = "ACLED" // ACLED interaction codes (inter1, inter2)
	SchemeUCDPOrg Scheme = "UCDP"  // UCDP Actor Dataset organisation level (Org)
)

// CodeError reports a research code that is not an armed actor, or that the
// scheme does not define. It is safe to log.
//
// The zero value is not a meaningful error. A CodeError is immutable once
// returned and safe for concurrent use.
type CodeError struct {
	Scheme   Scheme // the scheme the code comes from
	Code     int    // the code
	NotArmed bool   // the code is defined, but not for an armed actor
	Label    string // the scheme's name for a defined code
}

// Error names the scheme and the code, and says whether the code is unknown
// or not an armed actor.
func (e *CodeError) Error() string {
	if e.NotArmed {
		return "actor: " + string(e.Scheme) + " code " + strconv.Itoa(e.Code) + " (" + e.Label + ") is not an armed actor"
	}
	return "actor: unknown " + string(e.Scheme) + " code " + strconv.Itoa(e.Code)
}

// FromACLED maps an ACLED actor interaction code to a Kind: 1 State Forces,
// 2 Rebel Groups, 3 Political Militias, 4 Identity Militias, 8 External/Other
// Forces. Codes 5 (Rioters), 6 (Protesters) and 7 (Civilians) are not armed
// actors, and any other code is unknown; both give a *CodeError.
func FromACLED(code int) (Kind, error) {
	switch code {
	case 1:
		return KindStateForces, nil
	case 2:
		return KindArmedOpposition, nil
	case 3:
		return KindPoliticalMilitia, nil
	case 4:
		return KindIdentityMilitia, nil
	case 8:
		return KindExternalForces, nil
	case 5:
		return 0, &CodeError{Scheme: SchemeACLED, Code: code, NotArmed: true, Label: "Rioters"}
	case 6:
		return 0, &CodeError{Scheme: SchemeACLED, Code: code, NotArmed: true, Label: "Protesters"}
	case 7:
		return 0, &CodeError{Scheme: SchemeACLED, Code: code, NotArmed: true, Label: "Civilians"}
	}
	return 0, &CodeError{Scheme: SchemeACLED, Code: code}
}

// FromUCDPOrg maps a UCDP Actor Dataset organisation level to a Kind:
// 1 formally organised group → armed opposition; 2 informally organised
// supporters of political parties or candidates → political militia;
// 3 informally organised along ethnic, clan, religious or national lines →
// identity militia; 4 government of a state → state forces. Any other level
// is a *CodeError.
func FromUCDPOrg(org int) (Kind, error) {
	switch org {
	case 1:
		return KindArmedOpposition, nil
	case 2:
		return KindPoliticalMilitia, nil
	case 3:
		return KindIdentityMilitia, nil
	case 4:
		return KindStateForces, nil
	}
	return 0, &CodeError{Scheme: SchemeUCDPOrg, Code: org}
}

// ToACLED returns the ACLED interaction code of a kind that one maps to,
// the inverse of FromACLED.
func ToACLED(k Kind) (int, bool) {
	switch k {
	case KindStateForces:
		return 1, true
	case KindArmedOpposition:
		return 2, true
	case KindPoliticalMilitia:
		return 3, true
	case KindIdentityMilitia:
		return 4, true
	case KindExternalForces:
		return 8, true
	}
	return 0, false
}

// ToUCDPOrg returns the UCDP organisation level of a kind that one maps to,
// the inverse of FromUCDPOrg.
func ToUCDPOrg(k Kind) (int, bool) {
	switch k {
	case KindArmedOpposition:
		return 1, true
	case KindPoliticalMilitia:
		return 2, true
	case KindIdentityMilitia:
		return 3, true
	case KindStateForces:
		return 4, true
	}
	return 0, false
}
