package actor_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/deep"
)

// TestPropertyNoFunctionModifiesItsActor calls every exported function and
// method that takes an Actor on random actors, their slices shuffled so an
// in-place sort would show, and compares the actor before and after.
func TestPropertyNoFunctionModifiesItsActor(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	calls := map[string]func(actor.Actor){
		"Validate":       func(a actor.Actor) { _ = a.Validate() },
		"RequiredLevels": func(a actor.Actor) { _ = a.RequiredLevels() },
		"Listed":         func(a actor.Actor) { _ = a.Listed(actor.DesignationCAAC) },
		"Recognises":     func(a actor.Actor) { _ = a.Recognises(actor.NormIHL) },
		"Obligations":    func(a actor.Actor) { _ = actor.Obligations(a) },
		"String":         func(a actor.Actor) { _ = a.String() },
		"Sprintf":        func(a actor.Actor) { _ = fmt.Sprintf("%v %+v %#v %s", a, a, a, a) },
		"Encode":         func(a actor.Actor) { _ = actor.Encode(&bytes.Buffer{}, a) },
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range calls {
			if !yield(n) {
				return
			}
		}
	})
	for i := range 300 {
		a := randActor(r)
		if i == 0 {
			a = full()
		}
		shuffle(r, a.Aliases)
		shuffle(r, a.Factions)
		shuffle(r, a.Designations)
		shuffle(r, a.Norms)
		shuffle(r, a.Interests)
		shuffle(r, a.Levels)
		shuffle(r, a.Record)
		for _, name := range names {
			before := deep.Copy(a)
			calls[name](a)
			require.Empty(t, deep.Diff(before, a), "%s modified its argument", name)
		}
	}
}

func TestRequiredLevelsSharesNoMemory(t *testing.T) {
	a := full()
	a.Levels = []actor.Level{actor.LevelMilitaryCommand, actor.LevelPoliticalLeadership}
	got := a.RequiredLevels()
	require.NotEmpty(t, got)
	for i := range got {
		got[i] = actor.Level(0)
	}
	require.Equal(t, []actor.Level{actor.LevelMilitaryCommand, actor.LevelPoliticalLeadership}, a.Levels)
	require.NotContains(t, a.RequiredLevels(), actor.Level(0))
}

func shuffle[E any](r *rand.Rand, s []E) {
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
}
