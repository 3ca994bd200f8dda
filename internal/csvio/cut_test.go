package csvio_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/csvio"
)

// A value of 31 ASCII letters and two "€": the 32-byte cut falls inside
// the first "€", which is dropped whole.
var (
	longValue = strings.Repeat("v", 31) + "€€"
	cutValue  = strings.Repeat("v", 31) + "…"
)

// TestQuotedValuesCutWholeCharacters: a bad value or column name shown in an
// error is cut to 32 bytes, never inside a character, and invalid UTF-8 in
// it is shown as U+FFFD.
func TestQuotedValuesCutWholeCharacters(t *testing.T) {
	t.Run("column named twice", func(t *testing.T) {
		_, err := csvio.NewReader(strings.NewReader(longValue+",b,"+longValue+"\n"), "test", 0)
		fe := fieldErr(t, err)
		assert.Equal(t, check.Duplicate, fe.Reason)
		assert.Equal(t, 1, fe.Line)
		assert.Equal(t, cutValue, fe.Path)
		assert.Equal(t, `column "`+cutValue+`" appears twice in the header`, fe.Detail)
	})
	t.Run("column named twice, invalid UTF-8", func(t *testing.T) {
		_, err := csvio.NewReader(strings.NewReader("a\xffb,a\xffb\n"), "test", 0)
		fe := fieldErr(t, err)
		assert.Equal(t, check.Duplicate, fe.Reason)
		assert.Equal(t, "a\uFFFDb", fe.Path)
		assert.Equal(t, `column "a`+"\uFFFD"+`b" appears twice in the header`, fe.Detail)
	})
	t.Run("not a whole number", func(t *testing.T) {
		x := newReader(t, "n\n"+longValue+"\n", 0)
		require.NoError(t, x.Next())
		_, err := x.Int("n", 0, 10, true)
		fe := fieldErr(t, err)
		assert.Equal(t, check.Invalid, fe.Reason)
		assert.Equal(t, "n", fe.Path)
		assert.Equal(t, 2, fe.Line)
		assert.Equal(t, `not a whole number: "`+cutValue+`"`, fe.Detail)
	})
	t.Run("not a list of whole numbers", func(t *testing.T) {
		x := newReader(t, "n\n\"1, "+longValue+"\"\n", 0)
		require.NoError(t, x.Next())
		_, err := x.Ints("n", 0, 10)
		fe := fieldErr(t, err)
		assert.Equal(t, check.Invalid, fe.Reason)
		assert.Equal(t, `not a list of whole numbers: "`+cutValue+`"`, fe.Detail)
	})
	t.Run("missing column", func(t *testing.T) {
		_, err := csvio.NewReader(strings.NewReader("a\n"), "test", 0, longValue)
		fe := fieldErr(t, err)
		assert.Equal(t, check.Required, fe.Reason)
		assert.Equal(t, longValue, fe.Path, "the path names the column the caller asked for, whole")
		assert.Equal(t, `missing column "`+cutValue+`"`, fe.Detail)
	})
}
