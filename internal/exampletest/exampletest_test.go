package exampletest

import (
	"testing"
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
