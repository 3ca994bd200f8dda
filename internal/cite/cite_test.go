package cite_test

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/humanitarian-negotiation/protection/internal/cite"
)

func TestCatalogue(t *testing.T) {
	ids := cite.IDs()
	assert.True(t, sort.StringsAreSorted(ids))
	// The identifiers of the standards table are all there.
	for _, id := range []string{"CIHL-136", "CIHL-137", "AP2-4-3-c", "OPAC-4", "ROME-8-2-e-vii", "CA3", "CIHL-96",
		"CIHL-55", "CIHL-56", "CIHL-25", "CIHL-28", "CIHL-31", "CIHL-38", "CIHL-53", "CIHL-81", "CIHL-82", "CIHL-83", "CIHL-129", "CIHL-123", "CIHL-124", "AP2-17", "HP", "institutional"} {
		r, ok := cite.Lookup(id)
		if assert.True(t, ok, id) {
			assert.Equal(t, id, r.ID)
			assert.NotEmpty(t, r.Title, id)
			assert.NotEmpty(t, r.Content, id)
		}
	}
	for _, id := range ids {
		r, ok := cite.Lookup(id)
		assert.True(t, ok)
		assert.Equal(t, id, r.ID, "the catalogue's key and ID agree")
	}
	_, ok := cite.Lookup("CIHL-999")
	assert.False(t, ok)
	r, _ := cite.Lookup(cite.RootsOfRes)
	assert.True(t, r.Unverified, "the Roots of Restraint typology labels are partly unverified")
	r, ok = cite.Lookup(cite.IASCEscorts)
	if assert.True(t, ok) {
		assert.False(t, r.Unverified, "the standards table gives the IASC guidelines without reserve")
		assert.Equal(t, "IASC-ESCORTS-2013 (the IASC guidelines on armed escorts for humanitarian convoys)", cite.Spelled(cite.IASCEscorts))
	}
	for _, id := range []string{cite.PSPW, cite.Detention} {
		r, ok := cite.Lookup(id)
		assert.True(t, ok, id)
		assert.True(t, r.Unverified, "%s: its chapter and wording were not checked against the primary text", id)
		assert.NotEqual(t, id, cite.Spelled(id), "%s is spelled out the first time", id)
	}
}

func TestSpelled(t *testing.T) {
	for id, want := range map[string]string{
		cite.HP: "HP (the humanitarian principles)", cite.IHRL: "IHRL (international human rights law)", cite.CA3: "CA3 (Common Article 3 of the Geneva Conventions)",
		cite.OPAC4: "OPAC-4", cite.CIHL137: "CIHL-137", "agency-rule": "agency-rule",
	} {
		if got := cite.Spelled(id); got != want {
			t.Errorf("Spelled(%q) = %q, want %q", id, got, want)
		}
	}
	for _, id := range cite.IDs() {
		if s := cite.Spelled(id); s != id {
			_, ok := cite.Lookup(id)
			if !ok {
				t.Errorf("abbreviation %q is not in the catalogue", id)
			}
		}
	}
}
