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
// regime and year it states, then, for a CAAC designation, since when the
// party has been in the annexes — with the report the listings are taken
// from and, when that report makes it one, that the party is a persistent
// perpetrator — and each listing.
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
	if since := d.Since(); d.Kind == DesignationCAAC && since != 0 {
		in := "in the annexes since " + strconv.Itoa(since)
		if d.Report != 0 {
			in = "as of the " + strconv.Itoa(d.Report) + " report, " + in
			if p, err := d.Persistent(d.Report); err == nil && p {
				in += ": a persistent perpetrator"
			}
		}
		parts = append(parts, in)
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
