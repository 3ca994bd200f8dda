// Package authority defines the decision levels of a humanitarian
// organisation whose approval a negotiator needs: the level that may let a
// negotiator cross an institutional red line (redline) and the level an
// engagement decision must be escalated to (assessment). Both packages
// re-export the one type, so their answers compare directly.
package authority

import (
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Level is an organisation's decision level, from the country office up.
// The zero value means none is needed or named.
type Level uint8

// Decision levels, in increasing order of authority.
const (
	Unspecified    Level = iota
	CountryOffice        // the country director or head of mission
	RegionalOffice       // the regional office
	Headquarters         // headquarters (with legal review where the rule says so)
	GoverningBoard       // the organisation's governing board
)

var levels = enum.New[Level]("authority", "authority",
	"country_office", "regional_office", "headquarters", "governing_board").
	WithLabels("country office", "regional office", "headquarters", "governing board")

// IsValid reports whether l is a named level.
func (l Level) IsValid() bool { return levels.Valid(l) }

// String returns the wire word, "unspecified" for the zero value; it never panics.
func (l Level) String() string { return levels.String(l) }

// Label returns the level in words ("regional office").
func (l Level) Label() string { return levels.Label(l) }

// Phrase returns the level as it reads inside a sentence, with "the" where
// English wants one: "the country office", "the regional office",
// "headquarters", "the governing board" — so that "approval required at "
// + Phrase reads right. A level that is not valid gives its Label.
func (l Level) Phrase() string {
	switch l {
	case CountryOffice, RegionalOffice, GoverningBoard:
		return "the " + l.Label()
	}
	return l.Label()
}

// MarshalText encodes the level as its wire word.
func (l Level) MarshalText() ([]byte, error) { return levels.Marshal(l) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (l *Level) UnmarshalText(b []byte) (err error) { *l, err = levels.Unmarshal(b); return err }

// Parse parses a level's wire word or label.
func Parse(s string) (Level, error) { return levels.Parse(s) }

// ParseFor is Parse with errors attributed to package pkg, for the packages
// that re-export Level.
func ParseFor(pkg, s string) (Level, error) {
	l, err := levels.Parse(s)
	if fe, ok := err.(*check.FieldError); ok {
		cp := *fe
		cp.Pkg = pkg
		return 0, &cp
	}
	return l, err
}

// Levels returns every named level in increasing order.
func Levels() []Level { return levels.Values() }

// Words returns the wire word of every named level, in increasing order.
func Words() []string { return levels.Words() }
