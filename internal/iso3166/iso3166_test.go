package iso3166

import (
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestName(t *testing.T) {
	for code, want := range map[string]string{"SSD": "South Sudan", "COD": "Congo, The Democratic Republic of the", "PSE": "Palestine, State of", "ABW": "Aruba", "ZWE": "Zimbabwe"} {
		got, ok := Name(code)
		assert.True(t, ok, code)
		assert.Equal(t, want, got)
	}
	for _, code := range []string{"", "ss", "ssd", "SS", "SSDD", "XKX", "ZZZ", "AAA", "OPT", "DRC"} {
		_, ok := Name(code)
		assert.False(t, ok, "%q is not an assigned alpha-3 code", code)
		assert.False(t, Valid(code), code)
	}
	assert.True(t, Valid("SYR"))
}

func TestTableSorted(t *testing.T) {
	assert.True(t, sort.StringsAreSorted(codes[:]), "Name searches a sorted table")
	assert.Equal(t, 249, Len)
	for i, c := range codes {
		assert.Len(t, c, 3, "codes[%d]", i)
		assert.NotEmpty(t, names[i], c)
	}
}

// Valid agrees with Name for every code in the table and for every string
// of three upper-case letters, and refuses anything else.
func TestValidAgreesWithName(t *testing.T) {
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			for c := 'A'; c <= 'Z'; c++ {
				code := string([]rune{a, b, c})
				_, named := Name(code)
				if Valid(code) != named {
					t.Fatalf("Valid(%q) = %v, Name says %v", code, Valid(code), named)
				}
				if named {
					n++
				}
			}
		}
	}
	if n != Len {
		t.Fatalf("%d codes valid, want %d", n, Len)
	}
	for _, s := range []string{"", "SS", "SSDX", "ssd", "S5D", "ÄSD"} {
		if Valid(s) {
			t.Errorf("Valid(%q)", s)
		}
	}
}

func TestInText(t *testing.T) {
	for code, want := range map[string]string{
		"SSD": "South Sudan",
		"SYR": "Syria",
		"COD": "the Democratic Republic of the Congo",
		"PHL": "the Philippines",
		"CYM": "the Cayman Islands",
		"USA": "the United States",
		"NGA": "Nigeria",
		"ATF": "the French Southern Territories",
		"IOT": "the British Indian Ocean Territory",
		"VNM": "Vietnam",
		"ALA": "the Åland Islands",
	} {
		got, ok := InText(code)
		if !ok || got != want {
			t.Errorf("InText(%q) = %q, %v; want %q", code, got, ok, want)
		}
	}
	for _, bad := range []string{"", "XXX", "ssd", "SS"} {
		if got, ok := InText(bad); ok || got != "" {
			t.Errorf("InText(%q) = %q, %v; want none", bad, got, ok)
		}
	}
	for code := range inText {
		if _, ok := Name(code); !ok {
			t.Errorf("inText holds %q, which is not assigned", code)
		}
	}
	for code := range withThe {
		if _, ok := Name(code); !ok {
			t.Errorf("withThe holds %q, which is not assigned", code)
		}
	}
	// Every name the standard inverts ("Korea, Republic of") reads otherwise
	// in a sentence; a comma in a list ("Bonaire, Sint Eustatius and Saba")
	// does not invert it.
	for i, name := range names {
		if strings.Contains(name, ", ") && !strings.Contains(name, " and ") {
			assert.Contains(t, inText, codes[i], "%s (%s) is inverted", name, codes[i])
		}
	}
}
