package csvio_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/csvio"
)

func newReader(t *testing.T, in string, maxRecord int, required ...string) *csvio.Reader {
	t.Helper()
	x, err := csvio.NewReader(strings.NewReader(in), "test", maxRecord, required...)
	require.NoError(t, err)
	return x
}

// fieldErr returns the single *check.FieldError err holds.
func fieldErr(t *testing.T, err error) check.FieldError {
	t.Helper()
	fes := check.Flatten(err)
	require.Len(t, fes, 1, "%v", err)
	var fe *check.FieldError
	require.ErrorAs(t, err, &fe, "%T", err)
	return *fes[0]
}

func TestHeader(t *testing.T) {
	t.Run("byte-order mark", func(t *testing.T) {
		x := newReader(t, "\xEF\xBB\xBFActorId,Name\n1,a\n", 0, "ActorId", "Name")
		assert.Equal(t, []string{"ActorId", "Name"}, x.Header())
		assert.True(t, x.Has("ActorId"))
		require.NoError(t, x.Next())
		assert.Equal(t, "1", x.Get("ActorId"))
	})

	t.Run("without a byte-order mark", func(t *testing.T) {
		x := newReader(t, "ActorId,Name\n1,a\n", 0, "ActorId")
		assert.Equal(t, []string{"ActorId", "Name"}, x.Header())
	})

	t.Run("names are trimmed", func(t *testing.T) {
		x := newReader(t, " a , b\t,c\n1,2,3\n", 0, "a", "b", "c")
		assert.Equal(t, []string{"a", "b", "c"}, x.Header())
		require.NoError(t, x.Next())
		assert.Equal(t, "2", x.Get("b"))
	})

	t.Run("Has", func(t *testing.T) {
		x := newReader(t, "a,b\n", 0)
		assert.True(t, x.Has("b"))
		assert.False(t, x.Has("c"))
		assert.False(t, x.Has("A"), "column names are case-sensitive")
	})

	t.Run("duplicate column", func(t *testing.T) {
		for _, in := range []string{"a,b,a\n", "a, a\n", "\xEF\xBB\xBFa,b,b\n"} {
			_, err := csvio.NewReader(strings.NewReader(in), "test", 0)
			fe := fieldErr(t, err)
			assert.Equal(t, check.Duplicate, fe.Reason, "%q", in)
			assert.Equal(t, 1, fe.Line)
			assert.Equal(t, "test", fe.Pkg)
			assert.Contains(t, []string{"a", "b"}, fe.Path)
		}
	})

	t.Run("missing required columns", func(t *testing.T) {
		_, err := csvio.NewReader(strings.NewReader("a,c\n1,2\n"), "test", 0, "a", "b", "c", "d")
		require.Error(t, err)
		fes := check.Flatten(err)
		require.Len(t, fes, 2)
		for i, col := range []string{"b", "d"} {
			assert.Equal(t, check.FieldError{Pkg: "test", Line: 1, Path: col, Reason: check.Required, Detail: `missing column "` + col + `"`}, *fes[i])
		}
	})

	t.Run("a missing column the header misspells", func(t *testing.T) {
		_, err := csvio.NewReader(strings.NewReader("Yaer,Country ISO,Kind\n"), "test", 0, "Year", "Country ISO", "Actor")
		assert.Equal(t, []check.FieldError{
			{Pkg: "test", Line: 1, Path: "Year", Reason: check.Required, Detail: `missing column "Year"; the header has "Yaer": did you mean "Year"?`},
			{Pkg: "test", Line: 1, Path: "Actor", Reason: check.Required, Detail: `missing column "Actor"`},
		}, flatValues(check.Flatten(err)))
		// A column wanted under its own name is no misspelling of another.
		_, err = csvio.NewReader(strings.NewReader("Years\n"), "test", 0, "Year", "Years")
		assert.Equal(t, []check.FieldError{{Pkg: "test", Line: 1, Path: "Year", Reason: check.Required, Detail: `missing column "Year"`}}, flatValues(check.Flatten(err)))
	})

	t.Run("empty input", func(t *testing.T) {
		for _, in := range []string{"", "\xEF\xBB\xBF", "\n\n"} {
			_, err := csvio.NewReader(strings.NewReader(in), "test", 0)
			fe := fieldErr(t, err)
			assert.Equal(t, check.Syntax, fe.Reason, "%q", in)
			assert.Equal(t, 1, fe.Line, "%q", in)
		}
	})

	t.Run("malformed header", func(t *testing.T) {
		_, err := csvio.NewReader(strings.NewReader("a,b\"c\n"), "test", 0)
		fe := fieldErr(t, err)
		assert.Equal(t, check.Syntax, fe.Reason)
		assert.Equal(t, 1, fe.Line)
	})
}

func TestNextGetLine(t *testing.T) {
	in := "a,b,c\r\n" + // 1
		"1,2,3\r\n" + // 2
		"4,\"five\nstill five\",6\n" + // 3–4
		"\n" + // 5: blank lines are skipped
		"7,8,9" // 6, no final newline
	x := newReader(t, in, 0)
	assert.Zero(t, x.Line(), "no record read yet")

	require.NoError(t, x.Next())
	assert.Equal(t, 2, x.Line())
	assert.Equal(t, "3", x.Get("c"), "CRLF is not part of the value")

	require.NoError(t, x.Next())
	assert.Equal(t, 3, x.Line())
	assert.Equal(t, "five\nstill five", x.Get("b"))
	assert.Equal(t, "", x.Get("nope"), "an absent column reads as empty")

	require.NoError(t, x.Next())
	assert.Equal(t, 6, x.Line())
	assert.Equal(t, "7", x.Get("a"))

	assert.Equal(t, io.EOF, x.Next())
	assert.Equal(t, io.EOF, x.Next(), "EOF is repeated")
}

func TestErrLine(t *testing.T) {
	in := "a,b,c\n" +
		"1,\"two\nlines\",3\n" + // a on line 2, b on 2–3, c on line 3
		"4,5,6\n" // line 4
	x := newReader(t, in, 0)
	require.NoError(t, x.Next())
	assert.Equal(t, 2, x.Line())
	assert.Equal(t, check.FieldError{Pkg: "test", Line: 2, Path: "a", Reason: check.Invalid, Detail: "d"}, *x.Err("a", check.Invalid, "d"))
	assert.Equal(t, 2, x.Err("b", check.Invalid, "d").Line, "a field starts where its quote opens")
	assert.Equal(t, 3, x.Err("c", check.OutOfRange, "d").Line, "the field is on the record's second line")
	assert.Equal(t, check.FieldError{Pkg: "test", Line: 2, Path: "zz", Reason: check.Required, Detail: "d"}, *x.Err("zz", check.Required, "d"),
		"an absent column gets the record's line")

	require.NoError(t, x.Next())
	assert.Equal(t, 4, x.Line())
	assert.Equal(t, 4, x.Err("c", check.Invalid, "d").Line)
}

func TestInt(t *testing.T) {
	x := newReader(t, "v,blank,pad,neg\n7,, 42 ,-3\n", 0)
	require.NoError(t, x.Next())

	tests := []struct {
		name     string
		col      string
		min, max int
		required bool
		want     int
		reason   check.Reason // 0: no error
	}{
		{"in range", "v", 1, 10, true, 7, 0},
		{"at min", "v", 7, 10, true, 7, 0},
		{"at max", "v", 1, 7, true, 7, 0},
		{"below min", "v", 8, 10, true, 0, check.OutOfRange},
		{"above max", "v", 1, 6, true, 0, check.OutOfRange},
		{"spaces trimmed", "pad", 0, 100, true, 42, 0},
		{"negative", "neg", -5, 0, true, -3, 0},
		{"negative out of range", "neg", 0, 5, true, 0, check.OutOfRange},
		{"blank required", "blank", 0, 1, true, 0, check.Required},
		{"blank optional", "blank", 5, 9, false, 0, 0},
		{"absent column optional", "nope", 1, 2, false, 0, 0},
		{"absent column required", "nope", 1, 2, true, 0, check.Required},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := x.Int(tt.col, tt.min, tt.max, tt.required)
			if tt.reason == 0 {
				require.NoError(t, err)
				assert.Equal(t, tt.want, n)
				return
			}
			fe := fieldErr(t, err)
			assert.Zero(t, n)
			assert.Equal(t, tt.reason, fe.Reason)
			assert.Equal(t, tt.col, fe.Path)
			assert.Equal(t, 2, fe.Line)
		})
	}

	// A long bad value is cut short in the message.
	long := strings.Repeat("q", 100)
	x = newReader(t, "v,w\n"+long+",\"1, "+long+"\"\n", 0)
	require.NoError(t, x.Next())
	_, err := x.Int("v", 0, 1, true)
	assert.Equal(t, check.Invalid, fieldErr(t, err).Reason)
	assert.NotContains(t, err.Error(), long)
	_, err = x.Ints("w", 0, 1)
	assert.Equal(t, check.Invalid, fieldErr(t, err).Reason)
	assert.NotContains(t, err.Error(), long)

	x = newReader(t, "v\nx\n1e3\n99999999999999999999\n", 0)
	for range 3 {
		require.NoError(t, x.Next())
		_, err := x.Int("v", 0, 1<<30, true)
		fe := fieldErr(t, err)
		assert.Equal(t, check.Invalid, fe.Reason, "line %d", x.Line())
		assert.Equal(t, x.Line(), fe.Line)
	}
}

func TestInts(t *testing.T) {
	tests := []struct {
		in       string
		min, max int
		want     []int
		reason   check.Reason
	}{
		{"", 0, 10, nil, 0},
		{"  ", 0, 10, nil, 0},
		{"7", 0, 10, []int{7}, 0},
		{"1, 2,3 , 4", 0, 10, []int{1, 2, 3, 4}, 0},
		{" 0, 10", 0, 10, []int{0, 10}, 0},
		{"1,,2", 0, 10, []int{1, 2}, 0},
		{"482, 490,", 0, 1000, []int{482, 490}, 0},
		{"1,", 0, 10, []int{1}, 0},
		{"1, x", 0, 10, nil, check.Invalid},
		{"1;2", 0, 10, nil, check.Invalid},
		{"1, 11", 0, 10, nil, check.OutOfRange},
		{"-1", 0, 10, nil, check.OutOfRange},
	}
	for _, tt := range tests {
		x := newReader(t, "id,list\n1,\""+tt.in+"\"\n", 0)
		require.NoError(t, x.Next())
		got, err := x.Ints("list", tt.min, tt.max)
		if tt.reason == 0 {
			require.NoError(t, err, "%q", tt.in)
			assert.Equal(t, tt.want, got, "%q", tt.in)
			continue
		}
		fe := fieldErr(t, err)
		assert.Nil(t, got, "%q", tt.in)
		assert.Equal(t, tt.reason, fe.Reason, "%q", tt.in)
		assert.Equal(t, "list", fe.Path)
		assert.Equal(t, 2, fe.Line)
	}
}

func TestMalformedRecords(t *testing.T) {
	in := "a,b\n" + // 1
		"1,2\n" + // 2
		"3\n" + // 3: too few fields
		"4,5,6\n" + // 4: too many
		"\"x\ny\",7,8\n" + // 5–6: too many, starting on line 5
		"9,b\"ad\n" + // 7: bare quote
		"10,11\n" // 8
	x := newReader(t, in, 0)
	type step struct {
		line   int
		reason check.Reason
	}
	var got []step
	for range 10 {
		err := x.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fe := fieldErr(t, err)
			assert.Equal(t, "test", fe.Pkg)
			assert.Empty(t, fe.Path)
			got = append(got, step{fe.Line, fe.Reason})
			continue
		}
		got = append(got, step{x.Line(), 0})
	}
	assert.Equal(t, []step{
		{2, 0},
		{3, check.Invalid},
		{4, check.Invalid},
		{5, check.Invalid},
		{7, check.Syntax},
		{8, 0},
	}, got)
}

func TestRecordLimit(t *testing.T) {
	long := strings.Repeat("x", 64<<10)
	in := "a,b\n1,2\n3," + long + "\n5,6\n"

	x := newReader(t, in, 1000)
	require.NoError(t, x.Next())
	err := x.Next()
	fe := fieldErr(t, err)
	assert.Equal(t, check.TooLarge, fe.Reason)
	assert.Equal(t, "test", fe.Pkg)

	// The default limit, 1 MiB, takes it.
	x = newReader(t, in, 0)
	require.NoError(t, x.Next())
	require.NoError(t, x.Next())
	assert.Equal(t, long, x.Get("b"))
	require.NoError(t, x.Next())
	assert.Equal(t, "5", x.Get("a"))

	// The header is bounded too.
	_, err = csvio.NewReader(strings.NewReader(long+",a\n"), "test", 1000)
	assert.Equal(t, check.TooLarge, fieldErr(t, err).Reason)
}

// TestRecordLimitLines checks that an oversized record is reported once, at
// the line it starts on, and that the lines of later records stay right.
func TestRecordLimitLines(t *testing.T) {
	long := strings.Repeat("x", 64<<10)
	in := "a,b\n" + // 1
		"1,\"two\nlines\"\n" + // 2–3
		"3," + long + "\n" + // 4
		"5,6\n" // 5
	x := newReader(t, in, 1000)
	require.NoError(t, x.Next())
	var lines []int
	var reasons []check.Reason
	for range 20 {
		err := x.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fe := fieldErr(t, err)
			lines, reasons = append(lines, fe.Line), append(reasons, fe.Reason)
			continue
		}
		lines, reasons = append(lines, x.Line()), append(reasons, 0)
	}
	assert.Equal(t, []int{4, 5}, lines, "the oversized record, then the one after it")
	assert.Equal(t, []check.Reason{check.TooLarge, 0}, reasons)
}

func TestReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := csvio.NewReader(io.MultiReader(strings.NewReader("a,"), &errReader{boom}), "test", 0)
	fe := fieldErr(t, err)
	assert.Equal(t, check.Invalid, fe.Reason)
	assert.Equal(t, "test", fe.Pkg)

	x := newReader(t, "a\n1\n", 0)
	require.NoError(t, x.Next())
	assert.Equal(t, io.EOF, x.Next())
}

type errReader struct{ err error }

func (e *errReader) Read([]byte) (int, error) { return 0, e.err }

func TestSplitNames(t *testing.T) {
	tests := []struct {
		in   string
		want int
		out  []string
	}{
		{"", 0, nil},
		{"  ", 3, nil},
		{"Chad, Niger, , Mali", 0, []string{"Chad", "Niger", "Mali"}},
		{"CPP, Military Faction (forces of Honasan, Abenina & Zumel)", 2, []string{"CPP", "Military Faction (forces of Honasan, Abenina & Zumel)"}},
		{"Serbia (Yugoslavia), Macedonia, FYR, Croatia", 3, []string{"Serbia (Yugoslavia)", "Macedonia, FYR", "Croatia"}},
		{"Serbia (Yugoslavia), Macedonia, FYR, Croatia", 4, []string{"Serbia (Yugoslavia)", "Macedonia", "FYR", "Croatia"}},
		{"Mexico, USA", 2, []string{"Mexico", "USA"}},
		{"USA, Congo, DRC", 2, []string{"USA", "Congo, DRC"}},
		{"a (unclosed, b", 0, []string{"a (unclosed, b"}},
		{"a), b", 0, []string{"a)", "b"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.out, csvio.SplitNames(tt.in, tt.want), "%q want %d", tt.in, tt.want)
	}
}

func flatValues(fes []*check.FieldError) []check.FieldError {
	out := make([]check.FieldError, len(fes))
	for i, fe := range fes {
		out[i] = *fe
	}
	return out
}
