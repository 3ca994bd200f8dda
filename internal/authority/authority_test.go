package authority_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/authority"
	"github.com/humanitarian-negotiation/protection/internal/check"
)

func TestLevels(t *testing.T) {
	words := []string{"country_office", "regional_office", "headquarters", "governing_board"}
	labels := []string{"country office", "regional office", "headquarters", "governing board"}
	require.Len(t, authority.Levels(), 4)
	for i, l := range authority.Levels() {
		assert.Equal(t, words[i], l.String())
		assert.Equal(t, labels[i], l.Label())
		assert.True(t, l.IsValid())
		b, err := l.MarshalText()
		require.NoError(t, err)
		var back authority.Level
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, l, back)
		p, err := authority.Parse(labels[i])
		require.NoError(t, err)
		assert.Equal(t, l, p)
		if i > 0 {
			assert.Greater(t, l, authority.Levels()[i-1], "levels increase in authority")
		}
	}
	assert.False(t, authority.Unspecified.IsValid())
	assert.Equal(t, "authority(9)", authority.Level(9).String())

	_, err := authority.ParseFor("redline", "board of trustees")
	var fe *check.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "redline", fe.Pkg)
	assert.Equal(t, check.Unknown, fe.Reason)
	l, err := authority.ParseFor("assessment", "HEADQUARTERS")
	require.NoError(t, err)
	assert.Equal(t, authority.Headquarters, l)
}

func TestPhrase(t *testing.T) {
	for l, want := range map[authority.Level]string{
		authority.CountryOffice:  "the country office",
		authority.RegionalOffice: "the regional office",
		authority.Headquarters:   "headquarters",
		authority.GoverningBoard: "the governing board",
		authority.Unspecified:    "unspecified",
		authority.Level(9):       "authority(9)",
	} {
		assert.Equal(t, want, l.Phrase(), "%d", l)
	}
}
