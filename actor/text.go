package actor

import (
	"strconv"
	"strings"
)

// This file holds how the package's records read for people.

// String gives the listing in words: "listed for recruitment or use of
// children in armed forces and armed groups since 2003, section B (measures
// in place to protect children)".
func (l Listing) String() string {
	s := "listed for " + lowerFirst(l.Violation.Label())
	if l.Since != 0 {
		s += " since " + strconv.Itoa(l.Since)
	}
	if l.Section.IsValid() {
		s += ", " + l.Section.Label()
	}
	return s
}

// String gives the designation in words: its kind, then the jurisdiction,
// regime and year it states, then, for a CAAC designation, each listing.
func (d Designation) String() string {
	var parts []string
	if d.Jurisdiction.IsValid() {
		parts = append(parts, d.Jurisdiction.Label())
	}
	if d.Regime != "" {
		parts = append(parts, d.Regime)
	}
	if d.Year != 0 {
		parts = append(parts, strconv.Itoa(d.Year))
	}
	s := d.Kind.Label()
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	for i, l := range d.Listings {
		if i == 0 {
			s += ": "
		} else {
			s += "; "
		}
		s += l.String()
	}
	return s
}

// lowerFirst lower-cases the first letter of a label that begins a
// sentence on its own, for use inside one.
func lowerFirst(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]-'A'+'a') + s[1:]
	}
	return s
}
