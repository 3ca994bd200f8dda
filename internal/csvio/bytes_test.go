package csvio_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/csvio"
)

func TestAtBytes(t *testing.T) {
	x := newReader(t, "a,b,c\n1,\"x,\"\"y\"\"\r\nz\",\n,,\n", 0)
	require.NoError(t, x.Next())
	assert.Equal(t, []byte("1"), x.AtBytes(0))
	assert.Equal(t, []byte("x,\"y\"\nz"), x.AtBytes(1), "unquoted, the line end as LF")
	assert.Equal(t, []byte{}, x.AtBytes(2))
	assert.Nil(t, x.AtBytes(3))
	assert.Nil(t, x.AtBytes(-1))
	assert.Equal(t, "x,\"y\"\nz", x.At(1))
	require.NoError(t, x.Next())
	assert.Equal(t, 4, x.Line(), "after a record of two lines")
	assert.Zero(t, testing.AllocsPerRun(10, func() { x.AtBytes(1) }))
	for i := range 3 {
		assert.Equal(t, []byte{}, x.AtBytes(i))
		assert.Equal(t, "", x.At(i))
	}
	require.Equal(t, io.EOF, x.Next())
	assert.Nil(t, x.AtBytes(0))

	// Reading only bytes makes no string of the record.
	in := bytes.Repeat([]byte("some,plain,record\n"), 100)
	x, err := csvio.NewReader(bytes.NewReader(append([]byte("a,b,c\n"), in...)), "test", 0)
	require.NoError(t, err)
	assert.Zero(t, testing.AllocsPerRun(50, func() {
		require.NoError(t, x.Next())
		_ = x.AtBytes(1)
	}))
}

// FuzzAtBytes reads any bytes as CSV and holds AtBytes to At: each field
// the same text, whether it is asked for as bytes first or as a string
// first, and nil where At gives "" for want of a field; and a reader asked
// for bytes reads the same records, lines and errors as one asked for
// strings only.
//
// The corpus in testdata/fuzz/FuzzAtBytes holds plain records, quoted
// fields with commas, doubled quotes and CRLF line breaks, a byte-order
// mark, blank lines, empty fields, wrong field counts, a bare quote, an
// unclosed quote, text after a closing quote and a record over the
// limit.
func FuzzAtBytes(f *testing.F) {
	f.Add([]byte("a,b,c\n1,2,3\n4,5,6"))
	f.Add([]byte("a,b\r\n\"x,\"\"y\"\"\r\nz\",2\r\n\r\n,\n"))
	f.Add([]byte("\xEF\xBB\xBFa,b\n1\n1,2,3\n\"1\"x,2\n1,2\"\n\"open,2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, max := range []int{0, 16} {
			x, err := csvio.NewReader(bytes.NewReader(data), "test", max)
			y, yerr := csvio.NewReader(bytes.NewReader(data), "test", max)
			require.Equal(t, err, yerr)
			if err != nil {
				continue
			}
			n := len(x.Header())
			for range len(data) + 2 {
				err, yerr := x.Next(), y.Next()
				require.Equal(t, yerr, err)
				require.Equal(t, y.Line(), x.Line())
				if err == io.EOF {
					break
				}
				for i := -1; i <= n; i++ {
					b := bytes.Clone(x.AtBytes(i))
					s := y.At(i)
					require.Equal(t, s, string(b), "field %d", i)
					require.Equal(t, s, x.At(i), "field %d", i)
					require.Equal(t, b, bytes.Clone(x.AtBytes(i)), "field %d after At", i)
					if err != nil || i < 0 || i >= n {
						require.Nil(t, x.AtBytes(i), "field %d", i)
					}
				}
			}
		}
	})
}
