package exampletest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNoWireWords(t *testing.T) {
	if !snake.MatchString("child_recruitment") || !snake.MatchString("a human_rights b") || snake.MatchString("child-recruitment") || snake.MatchString("OPAC_4") {
		t.Fatal("the pattern is wrong")
	}
	// NoWireWords takes *testing.T; check its logic through the pattern and contains.
	lines := []string{"fine words", "a child_recruitment here", "cases-synthetic.csv"}
	bad := 0
	for _, l := range lines {
		if snake.FindString(l) != "" && !contains([]string{"allowed_line"}, l) {
			bad++
		}
	}
	if bad != 1 {
		t.Fatalf("%d bad lines, want 1", bad)
	}
	if !contains([]string{"a", "b"}, "b") || contains(nil, "a") {
		t.Fatal("contains is wrong")
	}
}

func TestProblems(t *testing.T) {
	for s, want := range map[string][]string{
		"On 21 November 2016: 1 overdue, 1 breach, 0 reversals; compliance 75%": nil,
		"3 breaches, 1 breaches":                          {`one and a plural: "1 breaches"`},
		"1 of 1 commitments verified":                     {`one and a plural: "1 commitments"`},
		"(1 cases)":                                       {`one and a plural: "1 cases"`},
		"1 children evacuated":                            {`one and a plural: "1 children"`},
		"1 class, 1 status, 1 analysis; 21 cases; 0.1 ms": nil,
		"1,869 children; 2011 events":                     nil,
		"a child_recruitment term":                        {`the wire word "child_recruitment"`},
		"score %!f(string=x)":                             {`a broken fmt verb: "%!f(string=x)"`},
		"commitment 00000104 of party 00000001":           {"the ID fragment 00000104"},
		"commitment c0ffee00":                             {"the ID fragment c0ffee00"},
		"id c0ffee00-1111-4000-8000-000000000000":         {"the ID c0ffee00-1111-4000-8000-000000000000", "the ID fragment c0ffee00"},
		"12345678 records, 20130601":                      nil,
		"OPAC-4, CIHL-136, S/2013/245, QDe.901":           nil,
	} {
		assert.Equal(t, want, Problems(s), "%q", s)
	}
}
