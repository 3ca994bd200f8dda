package check

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/internal/iso3166"
)

// The years a record of the library can carry: from the end of the Second
// World War, the earliest year a listing, an engagement or a case can carry,
// to a bound far enough ahead for any plan.
const (
	MinYear = 1945
	MaxYear = 2200
)

// TextProblem returns what is wrong with a text field, and the detail to
// report, or 0 and "" when nothing is: blank when required (Required),
// longer than max bytes (TooLarge), or not valid UTF-8 (Invalid).
func TextProblem(s string, max int, required bool) (Reason, string) {
	switch {
	case len(s) > 0 && s[0] > ' ' && s[0] < utf8.RuneSelf && len(s) <= max:
		// Not blank, not too long: only its encoding is left to check.
		if !utf8.ValidString(s) {
			return Invalid, "not valid UTF-8"
		}
		return 0, ""
	case strings.TrimSpace(s) == "":
		if required {
			return Required, "must not be blank"
		}
	case len(s) > max:
		return TooLarge, "longer than " + strconv.Itoa(max) + " bytes"
	case !utf8.ValidString(s):
		return Invalid, "not valid UTF-8"
	}
	return 0, ""
}

// Text records a problem with a text field at path, if there is one (see
// [TextProblem]).
func (c *Errors) Text(path, s string, max int, required bool) {
	if r, d := TextProblem(s, max, required); r != 0 {
		c.Add(path, r, d)
	}
}

// EnumProblem returns what is wrong with an enumeration field, or 0: the
// zero value when one is required (Required), or a value that names nothing
// (Unknown).
func EnumProblem(valid, zero, required bool) Reason {
	switch {
	case zero && required:
		return Required
	case !zero && !valid:
		return Unknown
	}
	return 0
}

// Enum records a problem with an enumeration field at path, if there is one
// (see [EnumProblem]); what names the field's values in the detail ("actor
// kind"), or is empty.
func (c *Errors) Enum(path string, valid, zero, required bool, what string) {
	if r := EnumProblem(valid, zero, required); r != 0 {
		c.Add(path, r, EnumDetail(r, what))
	}
}

// EnumDetail is the detail of an enumeration problem of reason r.
func EnumDetail(r Reason, what string) string {
	if what == "" {
		what = "value"
	}
	if r == Required {
		return "a " + what + " is required"
	}
	return "unknown " + what
}

// Year records a year outside MinYear–MaxYear at path; 0, not given, is no
// problem.
func (c *Errors) Year(path string, y int) {
	if y != 0 && (y < MinYear || y > MaxYear) {
		c.Add(path, OutOfRange, YearDetail(y))
	}
}

// YearDetail is the detail of a year outside MinYear–MaxYear.
func YearDetail(y int) string {
	return "year " + strconv.Itoa(y) + " outside " + strconv.Itoa(MinYear) + "–" + strconv.Itoa(MaxYear)
}

// CountryProblem returns what is wrong with an ISO 3166-1 alpha-3 country
// code, and the detail, or 0 and "": none when required (Required), or not a
// code of the standard (Invalid). Codes are upper case, as the standard
// writes them.
func CountryProblem(code string, required bool) (Reason, string) {
	switch {
	case code == "":
		if required {
			return Required, "an ISO 3166-1 alpha-3 country code"
		}
	case !iso3166.Valid(code):
		return Invalid, "not an ISO 3166-1 alpha-3 country code: " + Quote(code, 16)
	}
	return 0, ""
}

// Country records a problem with a country code at path, if there is one
// (see [CountryProblem]).
func (c *Errors) Country(path, code string, required bool) {
	if r, d := CountryProblem(code, required); r != 0 {
		c.Add(path, r, d)
	}
}

// Cut shortens s to at most n bytes, never inside a UTF-8 character, and
// marks a cut with "…"; invalid UTF-8 becomes U+FFFD, so what Cut returns is
// always valid UTF-8 and safe in a path or a message. An n below 0 is 0.
func Cut(s string, n int) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	n = max(n, 0)
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// Quote quotes a bad value for a message, cut to n bytes as [Cut] does.
func Quote(s string, n int) string { return strconv.Quote(Cut(s, n)) }

// TextAt is [Errors.Text] with the path built only when there is a problem,
// so that checking a large valid value builds no path strings.
func (c *Errors) TextAt(path func() string, s string, max int, required bool) {
	if r, d := TextProblem(s, max, required); r != 0 {
		c.Add(path(), r, d)
	}
}

// EnumAt is [Errors.Enum] with the path built only when there is a problem.
func (c *Errors) EnumAt(path func() string, valid, zero, required bool, what string) {
	if r := EnumProblem(valid, zero, required); r != 0 {
		c.Add(path(), r, EnumDetail(r, what))
	}
}

// Bound records a negative bound at path: every size, count or limit in an
// options value takes its default at 0 and is never negative. what names
// the bound in the detail ("bytes in one record").
func (c *Errors) Bound(path string, v int, what string) {
	if v < 0 {
		c.Add(path, OutOfRange, what+": 0 for the default or more, got "+strconv.Itoa(v))
	}
}

// Range records at path a number that is NaN or outside [lo, hi].
func (c *Errors) Range(path string, v, lo, hi float64) {
	if !(v >= lo && v <= hi) {
		c.Add(path, OutOfRange, "a number from "+strconv.FormatFloat(lo, 'g', -1, 64)+" to "+strconv.FormatFloat(hi, 'g', -1, 64))
	}
}
