package words_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/humanitarian-negotiation/protection/internal/words"
)

func TestCount(t *testing.T) {
	tests := []struct {
		n                int
		singular, plural string
		want             string
	}{
		{1, "breach", "breaches", "1 breach"},
		{0, "breach", "breaches", "0 breaches"},
		{2, "breach", "breaches", "2 breaches"},
		{3, "term", "", "3 terms"},
		{1, "term", "", "1 term"},
		{0, "rule", "", "0 rules"},
		{1_000_000, "record", "", "1000000 records"},
		{-1, "term", "", "-1 terms"},
		{2, "one-sided violence dyad", "", "2 one-sided violence dyads"},
		{2, "bottom line", "", "2 bottom lines"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, words.Count(tt.n, tt.singular, tt.plural), "Count(%d, %q, %q)", tt.n, tt.singular, tt.plural)
	}
}

func TestArticle(t *testing.T) {
	tests := map[string]string{
		"interstate conflict":     "an interstate conflict",
		"armed opposition group":  "an armed opposition group",
		"Action Plan":             "an Action Plan",
		"unilateral declaration":  "an unilateral declaration", // by the letter, not the sound, as documented
		"deed of commitment":      "a deed of commitment",
		"state-based conflict":    "a state-based conflict",
		"Extrasystemic conflict":  "an Extrasystemic conflict",
		"internationalised state": "an internationalised state",
		"1 term":                  "a 1 term",
		"":                        "a ",
	}
	for in, want := range tests {
		assert.Equal(t, want, words.Article(in), "Article(%q)", in)
	}
}

func TestPercent(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{0, "0%"},
		{1, "100%"},
		{0.654, "65%"},
		{0.5, "50%"},
		{1.0 / 3, "33%"},
		{2.0 / 3, "67%"},
		{0.004, "0%"},
		{0.9951, "100%"},
		{0.9949, "99%"},
		// A tie goes to the even percentage.
		{0.125, "12%"},
		{0.135, "14%"},
		{0.005, "0%"},
		{0.015, "2%"},
		{0.025, "2%"},
		// 0.285 is a little less than itself in binary: 28.499…
		{0.285, "28%"},
		{1.5, "150%"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, words.Percent(tt.v), "Percent(%v)", tt.v)
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"Release every child identified in the ranks", 80, "Release every child identified in the ranks"},
		{"Release every child identified in the ranks", 43, "Release every child identified in the ranks"},
		{"Release every child identified in the ranks", 42, "Release every child identified in the…"},
		{"Release every child identified in the ranks", 20, "Release every child…"},
		{"Release every child identified in the ranks", 19, "Release every child…"},
		{"Release every child identified in the ranks", 18, "Release every…"},
		{"Clear the zone, then mark it", 15, "Clear the zone…"},
		{"Supercalifragilistic", 5, "Super…"},
		{"  two\n\tlines  ", 80, "two lines"},
		{"Évacuer les enfants de l'école", 12, "Évacuer les…"},
		{"a\xffb", 80, "a\uFFFDb"},
		{"", 10, ""},
		{"abc", 0, "a…"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, words.Shorten(tt.s, tt.n), "Shorten(%q, %d)", tt.s, tt.n)
	}
	s := "a text that needs no change"
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = words.Shorten(s, 80) }), "a text that fits is returned as it is")
}
