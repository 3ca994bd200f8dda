package actor_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
)

func TestFromACLED(t *testing.T) {
	tests := []struct {
		code     int
		kind     actor.Kind
		err      bool
		notArmed bool
		label    string
	}{
		{code: 1, kind: actor.KindStateForces},
		{code: 2, kind: actor.KindArmedOpposition},
		{code: 3, kind: actor.KindPoliticalMilitia},
		{code: 4, kind: actor.KindIdentityMilitia},
		{code: 5, err: true, notArmed: true, label: "Rioters"},
		{code: 6, err: true, notArmed: true, label: "Protesters"},
		{code: 7, err: true, notArmed: true, label: "Civilians"},
		{code: 8, kind: actor.KindExternalForces},
		{code: 0, err: true},
		{code: 9, err: true},
		{code: -1, err: true},
		{code: 80, err: true},
	}
	for _, tt := range tests {
		k, err := actor.FromACLED(tt.code)
		if !tt.err {
			require.NoError(t, err, "code %d", tt.code)
			assert.Equal(t, tt.kind, k, "code %d", tt.code)
			assert.True(t, k.IsValid(), "code %d", tt.code)
			continue
		}
		require.Error(t, err, "code %d", tt.code)
		assert.Equal(t, actor.KindUnspecified, k, "code %d", tt.code)
		var ce *actor.CodeError
		require.True(t, errors.As(err, &ce), "code %d: %T", tt.code, err)
		assert.Equal(t, actor.SchemeACLED, ce.Scheme)
		assert.Equal(t, tt.code, ce.Code)
		assert.Equal(t, tt.notArmed, ce.NotArmed, "code %d", tt.code)
		assert.Equal(t, tt.label, ce.Label, "code %d", tt.code)
		assert.True(t, strings.HasPrefix(err.Error(), "actor: "), err.Error())
	}
}

func TestFromUCDPOrg(t *testing.T) {
	tests := []struct {
		org  int
		kind actor.Kind
		err  bool
	}{
		{org: 1, kind: actor.KindArmedOpposition},
		{org: 2, kind: actor.KindPoliticalMilitia},
		{org: 3, kind: actor.KindIdentityMilitia},
		{org: 4, kind: actor.KindStateForces},
		{org: 0, err: true},
		{org: 5, err: true},
		{org: -4, err: true},
	}
	for _, tt := range tests {
		k, err := actor.FromUCDPOrg(tt.org)
		if !tt.err {
			require.NoError(t, err, "org %d", tt.org)
			assert.Equal(t, tt.kind, k, "org %d", tt.org)
			continue
		}
		require.Error(t, err, "org %d", tt.org)
		assert.Equal(t, actor.KindUnspecified, k)
		var ce *actor.CodeError
		require.True(t, errors.As(err, &ce), "org %d: %T", tt.org, err)
		assert.Equal(t, actor.SchemeUCDPOrg, ce.Scheme)
		assert.Equal(t, tt.org, ce.Code)
		assert.False(t, ce.NotArmed, "UCDP defines no unarmed levels")
		assert.Empty(t, ce.Label)
	}
}

func TestCodeErrorMessage(t *testing.T) {
	// The message is safe to log: it names the scheme and code only.
	assert.Equal(t, "actor: ACLED code 6 (Protesters) is not an armed actor",
		(&actor.CodeError{Scheme: actor.SchemeACLED, Code: 6, NotArmed: true, Label: "Protesters"}).Error())
	assert.Equal(t, "actor: unknown UCDP code 5", (&actor.CodeError{Scheme: actor.SchemeUCDPOrg, Code: 5}).Error())
	_, err := actor.FromACLED(9)
	assert.Equal(t, "actor: unknown ACLED code 9", err.Error())
}

// TestTypologyInverses checks that ToACLED and ToUCDPOrg undo FromACLED and
// FromUCDPOrg for every kind they map, and that each mapping is injective.
func TestTypologyInverses(t *testing.T) {
	schemes := []struct {
		name    string
		from    func(int) (actor.Kind, error)
		to      func(actor.Kind) (int, bool)
		codes   []int // every code of the scheme worth trying
		wantLen int   // how many kinds the scheme maps
	}{
		{"ACLED", actor.FromACLED, actor.ToACLED, []int{-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5},
		{"UCDP", actor.FromUCDPOrg, actor.ToUCDPOrg, []int{-1, 0, 1, 2, 3, 4, 5, 6}, 4},
	}
	for _, s := range schemes {
		t.Run(s.name, func(t *testing.T) {
			// code → kind → code
			byKind := map[actor.Kind]int{}
			for _, c := range s.codes {
				k, err := s.from(c)
				if err != nil {
					continue
				}
				prev, dup := byKind[k]
				assert.False(t, dup, "codes %d and %d both map to %v", prev, c, k)
				byKind[k] = c
				back, ok := s.to(k)
				assert.True(t, ok, "%v", k)
				assert.Equal(t, c, back, "%v", k)
			}
			assert.Len(t, byKind, s.wantLen)

			// kind → code → kind, for every kind; kinds without a code say so.
			codes := map[int]actor.Kind{}
			for _, k := range append(actor.Kinds(), actor.KindUnspecified, actor.Kind(99)) {
				c, ok := s.to(k)
				_, mapped := byKind[k]
				assert.Equal(t, mapped, ok, "%v", k)
				if !ok {
					assert.Zero(t, c, "%v", k)
					continue
				}
				prev, dup := codes[c]
				assert.False(t, dup, "%v and %v share code %d", prev, k, c)
				codes[c] = k
				got, err := s.from(c)
				require.NoError(t, err)
				assert.Equal(t, k, got)
			}
		})
	}
}
