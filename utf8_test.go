package protection_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/redline"
)

// A bad value or key is shown in an error cut to this many bytes: 48 by the
// JSON decoders and the enumerations, 32 by the CSV readers.
const (
	shownJSON = 48
	shownCSV  = 32
)

// badText is one key or word for the decoders to reject.
type badText struct {
	name  string
	s     string
	valid bool // whether s is valid UTF-8
}

// badTexts builds keys and words of 2-, 3- and 4-byte characters behind 0 to
// 60 ASCII letters, so that wherever a decoder cuts one (at 32 or 48 bytes)
// the cut falls before a character, at every byte inside one, and past the
// end of a short one; and the same with an invalid byte in the middle.
func badTexts() []badText {
	var out []badText
	for _, char := range []string{"é", "€", "😀"} {
		for n := 0; n <= 60; n++ {
			s := strings.Repeat("x", n) + strings.Repeat(char, 16)
			out = append(out, badText{name: strconv.Itoa(len(char)) + "-byte/" + strconv.Itoa(n), s: s, valid: true})
			bad := s[:len(s)/2] + "\xff\xfe" + s[len(s)/2:]
			out = append(out, badText{name: strconv.Itoa(len(char)) + "-byte/" + strconv.Itoa(n) + "/invalid", s: bad})
		}
	}
	return out
}

// assertValidUTF8 asserts that err, every FieldError inside it, its Path and
// its message are valid UTF-8, and returns the FieldErrors.
func assertValidUTF8(t *testing.T, err error, what string) []*check.FieldError {
	t.Helper()
	require.Error(t, err, what)
	assert.True(t, utf8.ValidString(err.Error()), "%s: message %q", what, err.Error())
	fes := check.Flatten(err)
	for _, fe := range fes {
		assert.True(t, utf8.ValidString(fe.Path), "%s: path %q", what, fe.Path)
		assert.True(t, utf8.ValidString(fe.Detail), "%s: detail %q", what, fe.Detail)
		assert.True(t, utf8.ValidString(fe.Error()), "%s: message %q", what, fe.Error())
	}
	return fes
}

// assertCut asserts that shown is s cut as check.Cut cuts it at n bytes: a
// prefix of s of whole characters, as long as fits, marked with "…".
func assertCut(t *testing.T, s, shown string, n int, what string) {
	t.Helper()
	if len(s) <= n {
		assert.Equal(t, s, shown, what)
		return
	}
	kept, ok := strings.CutSuffix(shown, "…")
	require.True(t, ok, "%s: %q is not marked as cut", what, shown)
	assert.True(t, strings.HasPrefix(s, kept), "%s: %q is not a prefix of the text", what, kept)
	assert.LessOrEqual(t, len(kept), n, what)
	assert.Greater(t, len(kept), n-utf8.UTFMax, "%s: the cut drops more than one character", what)
}

// quotedKey returns the key of a path prefix["key"], unquoted, as
// check.Key writes a key that is not a word.
func quotedKey(t *testing.T, path, prefix string) string {
	t.Helper()
	p, ok := strings.CutPrefix(path, prefix+"[")
	require.True(t, ok, path)
	q, err := strconv.Unquote(strings.TrimSuffix(p, "]"))
	require.NoError(t, err, p)
	return q
}

// TestErrorsAreValidUTF8 holds issue 22, item 4: a key or value quoted or cut
// into an error never splits a character, so every FieldError.Path and every
// message is valid UTF-8, whatever the input.
func TestErrorsAreValidUTF8(t *testing.T) {
	for _, bt := range badTexts() {
		t.Run(bt.name, func(t *testing.T) {
			s := bt.s
			jsonReason := check.Unknown
			if !bt.valid {
				jsonReason = check.Syntax // the JSON decoders refuse invalid UTF-8 before anything else
			}

			// An unknown key: its path is the key, cut.
			_, err := actor.Decode(strings.NewReader(`{"name":"x","`+s+`":1}`), actor.Limits{})
			fes := assertValidUTF8(t, err, "actor.Decode, unknown key")
			assert.ErrorIs(t, err, &actor.FieldError{Reason: jsonReason})
			if bt.valid && assert.NotEmpty(t, fes) {
				assertCut(t, s, quotedKey(t, fes[0].Path, ""), shownJSON, "unknown key's path")
			}

			// An unknown enumeration word, at the top and nested.
			_, err = actor.Decode(strings.NewReader(`{"name":"x","kind":"`+s+`"}`), actor.Limits{})
			assertValidUTF8(t, err, "actor.Decode, unknown kind")
			assert.ErrorIs(t, err, &actor.FieldError{Reason: jsonReason})
			_, err = assessment.DecodeInput(strings.NewReader(`{"actor":{"name":"x","kind":"`+s+`"}}`), assessment.Limits{})
			assertValidUTF8(t, err, "assessment.DecodeInput, unknown kind")
			assert.ErrorIs(t, err, &assessment.FieldError{Reason: jsonReason})
			_, err = assessment.DecodeInput(strings.NewReader(`{"risks":[{"`+s+`":1}]}`), assessment.Limits{})
			assertValidUTF8(t, err, "assessment.DecodeInput, unknown key")
			assert.ErrorIs(t, err, &assessment.FieldError{Reason: jsonReason})

			// A policy: an unknown key in a rule, an unknown severity.
			_, err = redline.DecodePolicy(strings.NewReader(`{"name":"p","rules":[{"id":"r","`+s+`":true}]}`), redline.Limits{})
			fes = assertValidUTF8(t, err, "redline.DecodePolicy, unknown key")
			assert.ErrorIs(t, err, &redline.FieldError{Reason: jsonReason})
			if bt.valid && assert.NotEmpty(t, fes) {
				assertCut(t, s, quotedKey(t, fes[0].Path, "rules[0]"), shownJSON, "unknown key's path")
			}
			_, err = redline.DecodePolicy(strings.NewReader(`{"name":"p","rules":[{"id":"r","severity":"`+s+`"}]}`), redline.Limits{})
			assertValidUTF8(t, err, "redline.DecodePolicy, unknown severity")
			assert.ErrorIs(t, err, &redline.FieldError{Reason: jsonReason})

			// A map key: an agency's own attribute holding an object.
			_, err = redline.DecodeTerms(strings.NewReader(`[{"kind":"payment","extra":{"`+s+`":{}}}]`), redline.Limits{})
			fes = assertValidUTF8(t, err, "redline.DecodeTerms, extra attribute")
			if bt.valid {
				assert.ErrorIs(t, err, &redline.FieldError{Reason: check.Type})
				if assert.Len(t, fes, 1) {
					assertCut(t, s, quotedKey(t, fes[0].Path, "[0].extra"), shownJSON, "map key in the path")
				}
			}

			// A Parse function: the word is quoted in the message, cut.
			_, err = actor.ParseKind(s)
			assertValidUTF8(t, err, "actor.ParseKind")
			assert.ErrorIs(t, err, &actor.FieldError{Reason: check.Unknown})
			_, err = redline.ParseAuthority(s)
			assertValidUTF8(t, err, "redline.ParseAuthority")
			assert.ErrorIs(t, err, &redline.FieldError{Reason: check.Unknown})
			if bt.valid {
				var fe *actor.FieldError
				_, err = actor.ParseKind(s)
				require.ErrorAs(t, err, &fe)
				i := strings.IndexByte(fe.Detail, '"')
				require.GreaterOrEqual(t, i, 0, fe.Detail)
				quoted, err := strconv.QuotedPrefix(fe.Detail[i:])
				require.NoError(t, err, fe.Detail)
				word, err := strconv.Unquote(quoted)
				require.NoError(t, err, fe.Detail)
				assertCut(t, s, word, shownJSON, "the word in the message")
			}

			// The UCDP Actor Dataset: bad values in a number, a list of
			// numbers and a name; and a column named twice in the header.
			header := "ActorId,NameData,NameOrigFullEng,Org,ConflictId,DyadId,PrimaryParty,OSID,NSID,Location,GWNOLoc,Region\n"
			_, err = ucdp.ReadActors(strings.NewReader(header+s+",MILF,n/a,"+s+",1,1,1,,,"+s+",840,\"1,"+s+"\"\n"), ucdp.ActorOptions{})
			fes = assertValidUTF8(t, err, "ucdp.ReadActors")
			assert.ErrorIs(t, err, &ucdp.FieldError{Reason: check.Invalid, Path: "ActorId", Line: 2})
			assert.ErrorIs(t, err, &ucdp.FieldError{Reason: check.Invalid, Path: "Org", Line: 2})
			assert.ErrorIs(t, err, &ucdp.FieldError{Reason: check.Invalid, Path: "Region", Line: 2})
			assert.GreaterOrEqual(t, len(fes), 3)
			_, err = ucdp.ReadActors(strings.NewReader(s+","+header[:len(header)-1]+","+s+"\n"), ucdp.ActorOptions{})
			fes = assertValidUTF8(t, err, "ucdp.ReadActors, a column twice")
			assert.ErrorIs(t, err, &ucdp.FieldError{Reason: check.Duplicate, Line: 1})
			if bt.valid && assert.Len(t, fes, 1) {
				assertCut(t, s, fes[0].Path, shownCSV, "the column's path")
			}

			// Aid-worker incidents: an unknown precision and perpetrator, a
			// bad date and count.
			iheader := "SiND Event ID,Date,Time Precision,Country ISO,Actor,Aid Workers Killed,Aid Workers Injured,Aid Workers Kidnapped,Aid Workers Arrested\n"
			_, err = incident.ReadAll(strings.NewReader(iheader+"e1,"+s+","+s+",SSD,"+s+","+s+",0,0,0\n"), incident.Options{})
			assertValidUTF8(t, err, "incident.ReadAll")
			for _, col := range []string{"Date", "Aid Workers Killed"} {
				assert.ErrorIs(t, err, &incident.FieldError{Reason: check.Invalid, Path: col, Line: 2})
			}
			for _, col := range []string{"Time Precision", "Actor"} {
				assert.ErrorIs(t, err, &incident.FieldError{Reason: check.Unknown, Path: col, Line: 2})
			}
		})
	}
}

// TestErrorsAreValidUTF8EscapedSurrogate: a key spelt with a lone surrogate
// escape decodes to U+FFFD, and the path shows that, not broken bytes.
func TestErrorsAreValidUTF8EscapedSurrogate(t *testing.T) {
	_, err := actor.Decode(strings.NewReader(`{"name":"x","\ud800`+strings.Repeat("€", 20)+`":1}`), actor.Limits{})
	fes := assertValidUTF8(t, err, "actor.Decode")
	require.NotEmpty(t, fes)
	assert.True(t, errors.Is(err, &actor.FieldError{Reason: check.Unknown}))
	assert.Equal(t, "[\"\uFFFD"+strings.Repeat("€", 15)+"…\"]", fes[0].Path)
}
