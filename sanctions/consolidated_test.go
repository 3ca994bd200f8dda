package sanctions_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/bulk"
	"github.com/humanitarian-negotiation/protection/internal/checktest"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

// clFixture is the list written for these tests in the published schema.
const clFixture = "testdata/consolidated/list.xml"

func clDate(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// clWant is what the reader must read from clFixture.
func clWant() []sanctions.Entry {
	return []sanctions.Entry{
		{DataID: 9000903, Kind: sanctions.EntryKindIndividual, Reference: "TAi.903", ListType: "Taliban", Name: "FICTITIOUS TEST PERSON",
			Aliases: []string{"Fictitious Person", "The Test Person"}, OriginalScript: "شخص اختبار", ListedOn: clDate("2001-01-25"), Line: 4},
		{DataID: 9000904, Kind: sanctions.EntryKindIndividual, Reference: "QDi.904", ListType: "Al-Qaida", Name: "PLACEHOLDER EXÉMPLE",
			ListedOn: clDate("2011-10-06"), Line: 58},
		{DataID: 9000901, Kind: sanctions.EntryKindEntity, Reference: "QDe.901", ListType: "Al-Qaida", Name: "Example Front for Testing",
			Aliases: []string{"Example Front", "Jabhat al-Mithal", "EFT"}, OriginalScript: "جبهة المثال", ListedOn: clDate("2004-03-03"), Line: 87},
		{DataID: 9000902, Kind: sanctions.EntryKindEntity, Reference: "SOe.902", ListType: "Al-Shabaab", Name: "Sample Movement of the Test Coast",
			Aliases: []string{"Sample Movement"}, ListedOn: clDate("2010-04-12"), Line: 122},
	}
}

func clReadFixture(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(clFixture)
	require.NoError(t, err)
	return data
}

// clFields is the default content of an entry that clEntity writes, in
// the schema's order.
var clFields = []string{
	"DATAID", "9000950",
	"VERSIONNUM", "1",
	"FIRST_NAME", "Example Front for Testing",
	"UN_LIST_TYPE", "Al-Qaida",
	"REFERENCE_NUMBER", "QDe.950",
	"LISTED_ON", "2004-03-03",
	"NAME_ORIGINAL_SCRIPT", "",
	"COMMENTS1", "Written for the tests.",
	"ENTITY_ALIAS", "<QUALITY>Good</QUALITY><ALIAS_NAME>Example Front</ALIAS_NAME>",
	"ENTITY_ADDRESS", "<COUNTRY>Testland</COUNTRY>",
}

// clEntity writes an ENTITY element on one line. set holds pairs of an
// element and its content (raw XML) replacing the default; a content of
// "-" leaves the element out, an element not among the defaults is added
// at the end.
func clEntity(set ...string) string {
	fields := slices.Clone(clFields)
	for i := 0; i+1 < len(set); i += 2 {
		found := false
		for j := 0; j < len(fields); j += 2 {
			if fields[j] == set[i] {
				fields[j+1], found = set[i+1], true
			}
		}
		if !found {
			fields = append(fields, set[i], set[i+1])
		}
	}
	var b strings.Builder
	b.WriteString("<ENTITY>")
	for j := 0; j < len(fields); j += 2 {
		if fields[j+1] != "-" {
			b.WriteString("<" + fields[j] + ">" + fields[j+1] + "</" + fields[j] + ">")
		}
	}
	b.WriteString("</ENTITY>")
	return b.String()
}

// clDoc wraps entries, one a line, in the list's root: the first entry is
// on line 4.
func clDoc(entries ...string) string {
	return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
		"<CONSOLIDATED_LIST dateGenerated=\"2025-01-15T18:00:04.263Z\">\n" +
		"<ENTITIES>\n" + strings.Join(entries, "\n") + "\n</ENTITIES>\n</CONSOLIDATED_LIST>\n"
}

func clFieldErrors(t testing.TB, err error) []*sanctions.FieldError {
	t.Helper()
	require.Error(t, err)
	return checktest.FieldErrors(t, "sanctions", err)
}

// clOne asserts that err holds exactly one field error and returns it.
func clOne(t testing.TB, err error) sanctions.FieldError {
	t.Helper()
	fes := clFieldErrors(t, err)
	require.Len(t, fes, 1, "%v", err)
	return *fes[0]
}

func TestEntryKindEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[sanctions.EntryKind]{
		Type: "entry kind", Pkg: "sanctions", Parse: sanctions.ParseEntryKind,
		Words: enumtest.Words[sanctions.EntryKind]("individual", "entity"),
		Label: sanctions.EntryKind.Label,
	})
}

func TestMatchKindEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[sanctions.MatchKind]{
		Type: "match kind", Pkg: "sanctions", Parse: sanctions.ParseMatchKind,
		Words:  enumtest.Words[sanctions.MatchKind]("reference", "name"),
		Labels: enumtest.Words[sanctions.MatchKind]("reference number cited", "name spelt alike, a possible match"),
		Label:  sanctions.MatchKind.Label,
	})
}

func TestReadEntriesFixture(t *testing.T) {
	data := clReadFixture(t)
	got, err := sanctions.ReadEntries(bytes.NewReader(data), sanctions.EntryOptions{})
	require.NoError(t, err)
	assert.Equal(t, clWant(), got)

	// The same with a byte-order mark, as some tools write UTF-8.
	got, err = sanctions.ReadEntries(bytes.NewReader(append([]byte("\uFEFF"), data...)), sanctions.EntryOptions{})
	require.NoError(t, err)
	assert.Equal(t, clWant(), got)

	// And with CRLF line ends: the lines are the same.
	got, err = sanctions.ReadEntries(strings.NewReader(strings.ReplaceAll(string(data), "\n", "\r\n")), sanctions.EntryOptions{})
	require.NoError(t, err)
	assert.Equal(t, clWant(), got)
}

func TestEntryReaderStreams(t *testing.T) {
	er, err := sanctions.NewEntryReader(bytes.NewReader(clReadFixture(t)), sanctions.EntryOptions{})
	require.NoError(t, err)
	assert.True(t, time.Date(2025, time.January, 15, 18, 0, 4, 263_000_000, time.UTC).Equal(er.Generated()), "%v", er.Generated())
	for i, want := range clWant() {
		got, err := er.Read()
		require.NoError(t, err, "entry %d", i)
		assert.Equal(t, want, got)
	}
	for range 2 {
		_, err := er.Read()
		assert.Equal(t, io.EOF, err, "io.EOF after the last entry, and again")
	}
}

func TestEntryReaderGenerated(t *testing.T) {
	for attr, want := range map[string]time.Time{
		``:                                      {},
		` dateGenerated="2025-01-15T18:00:04Z"`: time.Date(2025, time.January, 15, 18, 0, 4, 0, time.UTC),
		` dateGenerated="2025-01-15T18:00:04+02:00"`: time.Date(2025, time.January, 15, 16, 0, 4, 0, time.UTC),
		` dateGenerated="2025-01-15T18:00:04.5"`:     time.Date(2025, time.January, 15, 18, 0, 4, 500_000_000, time.UTC),
		` dateGenerated=" 2025-01-15 "`:              time.Date(2025, time.January, 15, 0, 0, 0, 0, time.UTC),
	} {
		er, err := sanctions.NewEntryReader(strings.NewReader("<CONSOLIDATED_LIST"+attr+"/>"), sanctions.EntryOptions{})
		require.NoError(t, err, attr)
		assert.True(t, want.Equal(er.Generated()), "%s: %v", attr, er.Generated())
		_, err = er.Read()
		assert.Equal(t, io.EOF, err)
	}
}

func TestReadEntriesEmptyList(t *testing.T) {
	for _, doc := range []string{
		`<CONSOLIDATED_LIST/>`,
		"<?xml version=\"1.0\"?>\n<!-- no entries -->\n<CONSOLIDATED_LIST dateGenerated=\"2025-01-15T18:00:04Z\">\n<INDIVIDUALS/>\n<ENTITIES>\n</ENTITIES>\n</CONSOLIDATED_LIST>\n\n",
	} {
		got, err := sanctions.ReadEntries(strings.NewReader(doc), sanctions.EntryOptions{})
		require.NoError(t, err, doc)
		assert.Nil(t, got, doc)
	}
}

func TestReadEntriesPassesOverOtherElements(t *testing.T) {
	// An element the reader does not know, inside an entry or around the
	// entries, is passed over; an entry directly under the root is read.
	doc := "<CONSOLIDATED_LIST>\n<NOTICE><ENTITY_NOTE>x</ENTITY_NOTE></NOTICE>\n" +
		clEntity("NEW_ELEMENT", "<VALUE>y</VALUE>", "REFERENCE_NUMBER", "<!-- a comment -->QDe.951<![CDATA[]]>",
			"FIRST_NAME", "Example <![CDATA[Front]]> for<!-- x --> <b>bold</b>Test&amp;ing") + "\n</CONSOLIDATED_LIST>"
	got, err := sanctions.ReadEntries(strings.NewReader(doc), sanctions.EntryOptions{})
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "QDe.951", got[0].Reference)
	assert.Equal(t, "Example Front for Test&ing", got[0].Name, "text in pieces is joined; the text of elements inside is left out")
	assert.Equal(t, 3, got[0].Line)
}

func TestEntryString(t *testing.T) {
	want := []string{
		"individual TAi.903 FICTITIOUS TEST PERSON, on the Taliban list since 25 January 2001",
		"individual QDi.904 PLACEHOLDER EXÉMPLE, on the Al-Qaida list since 6 October 2011",
		"entity QDe.901 Example Front for Testing, on the Al-Qaida list since 3 March 2004",
		"entity SOe.902 Sample Movement of the Test Coast, on the Al-Shabaab list since 12 April 2010",
	}
	for i, e := range clWant() {
		assert.Equal(t, want[i], e.String())
	}
	assert.Equal(t, "no entry", sanctions.Entry{}.String())
	assert.Equal(t, "entity QDe.901 Example Front, on the UN Security Council Consolidated List",
		sanctions.Entry{Kind: sanctions.EntryKindEntity, Reference: "QDe.901", Name: "Example Front"}.String())
	assert.Equal(t, "entry kind(9) QDe.901 X, on the UN Security Council Consolidated List",
		sanctions.Entry{Kind: 9, Reference: "QDe.901", Name: "X"}.String(), "never panics")
}

func TestEntryJSONRoundTrip(t *testing.T) {
	for _, e := range clWant() {
		b, err := json.Marshal(e)
		require.NoError(t, err)
		var back sanctions.Entry
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, e, back)
	}
	b, err := json.Marshal(clWant()[2])
	require.NoError(t, err)
	assert.JSONEq(t, `{"data_id":9000901,"kind":"entity","reference":"QDe.901","list_type":"Al-Qaida","name":"Example Front for Testing",
		"aliases":["Example Front","Jabhat al-Mithal","EFT"],"original_script":"جبهة المثال","listed_on":"2004-03-03T00:00:00Z","line":87}`, string(b))
}

func TestEntryDesignation(t *testing.T) {
	regimes := map[string]string{"TAi.903": "1988", "QDi.904": "1267", "QDe.901": "1267", "SOe.902": "751"}
	for _, e := range clWant() {
		d, err := e.Designation()
		require.NoError(t, err, e.Reference)
		assert.NoError(t, d.Validate(), e.Reference)
		assert.Equal(t, actor.Designation{Kind: actor.DesignationUNSanctions, By: actor.DesignatorUNSecurityCouncil,
			Regime: regimes[e.Reference], Reference: e.Reference, Year: e.ListedOn.Year()}, d)
		r, ok := sanctions.LookupRegime(d.By, d.Regime)
		require.True(t, ok, "the regime is in the table")
		assert.Contains(t, r.Prefixes, e.Reference[:4])
	}

	// Without a date of listing, the year is unknown.
	d, err := sanctions.Entry{Reference: " SOe.902 "}.Designation()
	require.NoError(t, err)
	assert.Equal(t, actor.Designation{Kind: actor.DesignationUNSanctions, By: actor.DesignatorUNSecurityCouncil, Regime: "751", Reference: "SOe.902"}, d)

	// A prefix no UN regime has.
	d, err = sanctions.Entry{Kind: sanctions.EntryKindEntity, Reference: "ZZe.001", Line: 7}.Designation()
	assert.Equal(t, actor.Designation{}, d)
	assert.Equal(t, sanctions.FieldError{Pkg: "sanctions", Line: 7, Path: "REFERENCE_NUMBER", Reason: sanctions.ReasonUnknown,
		Detail: `reference number "ZZe.001" starts with no prefix of a UN sanctions regime the library knows`}, clOne(t, err))
	_, err = sanctions.Entry{}.Designation()
	assert.ErrorIs(t, err, &sanctions.FieldError{Reason: sanctions.ReasonUnknown, Path: "REFERENCE_NUMBER"})

	// An entry built by hand that the actor package would refuse.
	_, err = sanctions.Entry{Reference: "QDe.901", ListedOn: clDate("1900-01-01")}.Designation()
	assert.ErrorIs(t, err, &sanctions.FieldError{Reason: sanctions.ReasonOutOfRange, Path: "year"})
	_, err = sanctions.Entry{Reference: "QDe." + strings.Repeat("9", actor.MaxReferenceLen)}.Designation()
	assert.ErrorIs(t, err, &sanctions.FieldError{Reason: sanctions.ReasonTooLarge, Path: "reference"})
}

// TestReadEntriesBadEntry puts each malformed entry between two good ones:
// the reader reports it at its line, with the element at fault, and reads
// on.
func TestReadEntriesBadEntry(t *testing.T) {
	long := strings.Repeat("x", sanctions.MaxEntryTextLen+1)
	tests := []struct {
		name   string
		set    []string
		reason sanctions.Reason
		path   string
		detail string // when set, the error's whole detail
	}{
		{"no reference number", []string{"REFERENCE_NUMBER", "-"}, sanctions.ReasonRequired, "REFERENCE_NUMBER", "the entry's reference number in the list"},
		{"a blank reference number", []string{"REFERENCE_NUMBER", " \t "}, sanctions.ReasonRequired, "REFERENCE_NUMBER", ""},
		{"a reference number too long", []string{"REFERENCE_NUMBER", "QDe." + strings.Repeat("1", actor.MaxReferenceLen)}, sanctions.ReasonTooLarge, "REFERENCE_NUMBER", "longer than 64 bytes"},
		{"a control character in the reference", []string{"REFERENCE_NUMBER", "QDe.&#x85;950"}, sanctions.ReasonInvalid, "REFERENCE_NUMBER", "holds a control character"},
		{"a reference number twice", []string{"REFERENCE_NUMBER", "QDe.950</REFERENCE_NUMBER><REFERENCE_NUMBER>QDe.951"}, sanctions.ReasonDuplicate, "REFERENCE_NUMBER", "appears 2 times in the entry; once is allowed"},
		{"no date of listing", []string{"LISTED_ON", "-"}, sanctions.ReasonRequired, "LISTED_ON", ""},
		{"a malformed date of listing", []string{"LISTED_ON", "3 March 2004"}, sanctions.ReasonInvalid, "LISTED_ON", `not a date YYYY-MM-DD: "3 March 2004"`},
		{"an impossible date", []string{"LISTED_ON", "2004-02-30"}, sanctions.ReasonInvalid, "LISTED_ON", `not a date YYYY-MM-DD: "2004-02-30"`},
		{"a long malformed date is cut", []string{"LISTED_ON", strings.Repeat("9", 100)}, sanctions.ReasonInvalid, "LISTED_ON", `not a date YYYY-MM-DD: "` + strings.Repeat("9", 32) + `…"`},
		{"a date of listing before 1945", []string{"LISTED_ON", "1900-01-01"}, sanctions.ReasonOutOfRange, "LISTED_ON", "year 1900 outside 1945–2200"},
		{"no name", []string{"FIRST_NAME", "-"}, sanctions.ReasonRequired, "FIRST_NAME", ""},
		{"an empty name", []string{"FIRST_NAME", "  ", "SECOND_NAME", ""}, sanctions.ReasonRequired, "FIRST_NAME", "the entry has no name: FIRST_NAME to FOURTH_NAME are empty or missing"},
		{"a control character in the name", []string{"FIRST_NAME", "Example&#x7F;Front"}, sanctions.ReasonInvalid, "FIRST_NAME", "holds a control character"},
		{"a control character in a later part", []string{"THIRD_NAME", "&#x9F;"}, sanctions.ReasonInvalid, "THIRD_NAME", ""},
		{"a name too long", []string{"FIRST_NAME", long}, sanctions.ReasonTooLarge, "FIRST_NAME", ""},
		{"name parts too long together", []string{"FIRST_NAME", long[:600], "SECOND_NAME", long[:600]}, sanctions.ReasonTooLarge, "FIRST_NAME", ""},
		{"a control character in an alias", []string{"ENTITY_ALIAS", "<ALIAS_NAME>Example&#x80;</ALIAS_NAME>"}, sanctions.ReasonInvalid, "ENTITY_ALIAS[0].ALIAS_NAME", "holds a control character"},
		{"an alias too long", []string{"ENTITY_ALIAS", "<ALIAS_NAME>" + long + "</ALIAS_NAME>"}, sanctions.ReasonTooLarge, "ENTITY_ALIAS[0].ALIAS_NAME", ""},
		{"an alias with two names", []string{"ENTITY_ALIAS", "<ALIAS_NAME>a</ALIAS_NAME><ALIAS_NAME>b</ALIAS_NAME>"}, sanctions.ReasonDuplicate, "ENTITY_ALIAS[0].ALIAS_NAME", ""},
		{"a control character in the original script", []string{"NAME_ORIGINAL_SCRIPT", "&#x85;"}, sanctions.ReasonInvalid, "NAME_ORIGINAL_SCRIPT", ""},
		{"a control character in the list type", []string{"UN_LIST_TYPE", "Al-Qaida&#x85;"}, sanctions.ReasonInvalid, "UN_LIST_TYPE", ""},
		{"no DATAID", []string{"DATAID", "-"}, sanctions.ReasonRequired, "DATAID", ""},
		{"a DATAID that is not a number", []string{"DATAID", "69O8"}, sanctions.ReasonInvalid, "DATAID", `not a whole number from 1 to 2147483647: "69O8"`},
		{"a DATAID of 0", []string{"DATAID", "0"}, sanctions.ReasonInvalid, "DATAID", ""},
		{"a DATAID too large", []string{"DATAID", "2147483648"}, sanctions.ReasonInvalid, "DATAID", ""},
		{"a DATAID twice", []string{"DATAID", "1</DATAID><DATAID>1"}, sanctions.ReasonDuplicate, "DATAID", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := clDoc(clEntity("REFERENCE_NUMBER", "QDe.951"), clEntity(tt.set...), clEntity("REFERENCE_NUMBER", "QDe.952"))
			er, err := sanctions.NewEntryReader(strings.NewReader(doc), sanctions.EntryOptions{})
			require.NoError(t, err)
			first, err := er.Read()
			require.NoError(t, err)
			assert.Equal(t, "QDe.951", first.Reference)

			_, err = er.Read()
			fe := clOne(t, err)
			assert.Equal(t, tt.reason, fe.Reason, "%v", err)
			assert.Equal(t, tt.path, fe.Path, "%v", err)
			assert.Equal(t, 5, fe.Line, "the line of the entry")
			if tt.detail != "" {
				assert.Equal(t, tt.detail, fe.Detail)
			}
			assert.NotContains(t, fe.Error(), "Example Front", "an error repeats no name")

			next, err := er.Read()
			require.NoError(t, err, "the reader reads on after a malformed entry")
			assert.Equal(t, "QDe.952", next.Reference)
			assert.Equal(t, 6, next.Line)
			_, err = er.Read()
			assert.Equal(t, io.EOF, err)
		})
	}
}

func TestReadEntriesReportsEveryProblemOfAnEntry(t *testing.T) {
	doc := clDoc(clEntity("REFERENCE_NUMBER", "-", "LISTED_ON", "soon", "FIRST_NAME", "&#x85;"))
	_, err := sanctions.ReadEntries(strings.NewReader(doc), sanctions.EntryOptions{})
	fes := clFieldErrors(t, err)
	require.Len(t, fes, 3, "%v", err)
	for i, want := range []sanctions.FieldError{
		{Pkg: "sanctions", Line: 4, Path: "REFERENCE_NUMBER", Reason: sanctions.ReasonRequired},
		{Pkg: "sanctions", Line: 4, Path: "FIRST_NAME", Reason: sanctions.ReasonInvalid},
		{Pkg: "sanctions", Line: 4, Path: "LISTED_ON", Reason: sanctions.ReasonInvalid},
	} {
		assert.ErrorIs(t, fes[i], &want)
	}
}

func TestReadEntriesCollectsBadEntries(t *testing.T) {
	entries := []string{clEntity()}
	for i := range 3 {
		entries = append(entries, clEntity("REFERENCE_NUMBER", "-", "DATAID", strconv.Itoa(i+1)))
	}
	got, err := sanctions.ReadEntries(strings.NewReader(clDoc(entries...)), sanctions.EntryOptions{})
	assert.Nil(t, got, "no entries when one is malformed")
	fes := clFieldErrors(t, err)
	require.Len(t, fes, 3)
	for i, fe := range fes {
		assert.Equal(t, 5+i, fe.Line)
		assert.Equal(t, sanctions.ReasonRequired, fe.Reason)
	}

	// At most bulk.MaxBad malformed entries are reported.
	entries = entries[:0]
	for range bulk.MaxBad + 20 {
		entries = append(entries, clEntity("LISTED_ON", "x"))
	}
	_, err = sanctions.ReadEntries(strings.NewReader(clDoc(entries...)), sanctions.EntryOptions{})
	assert.Len(t, clFieldErrors(t, err), bulk.MaxBad)
}

// TestReadEntriesNotWellFormed checks the input that ends the reading: not
// the list, or not well-formed XML.
func TestReadEntriesNotWellFormed(t *testing.T) {
	good := clEntity()
	tests := []struct {
		name   string
		doc    string
		reason sanctions.Reason
		path   string
		line   int
		read   int // entries read before the error
	}{
		{"empty input", "", sanctions.ReasonSyntax, "", 1, 0},
		{"white space only", "\n\n  ", sanctions.ReasonSyntax, "", 3, 0},
		{"a byte-order mark only", "\uFEFF", sanctions.ReasonSyntax, "", 1, 0},
		{"another root element", "<?xml version=\"1.0\"?>\n<RESULTS>" + good + "</RESULTS>", sanctions.ReasonInvalid, "CONSOLIDATED_LIST", 2, 0},
		{"text before the root", "list:\n<CONSOLIDATED_LIST/>", sanctions.ReasonSyntax, "", 2, 0},
		{"a malformed dateGenerated", "\n<CONSOLIDATED_LIST dateGenerated=\"15/01/2025\"/>", sanctions.ReasonInvalid, "dateGenerated", 2, 0},
		{"an encoding other than UTF-8", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<CONSOLIDATED_LIST/>", sanctions.ReasonSyntax, "", 1, 0},
		{"UTF-16", "\xFE\xFF\x00<", sanctions.ReasonSyntax, "", 1, 0},
		{"a truncated document", clDoc(good, good)[:len(clDoc(good, good))-20], sanctions.ReasonSyntax, "", 7, 2},
		{"a truncated entry", clDoc(good, good[:100]), sanctions.ReasonSyntax, "FIRST_NAME", 6, 1},
		{"a document cut in an entry", clDoc(good)[:strings.Index(clDoc(good), "Testland")], sanctions.ReasonSyntax, "ENTITY", 4, 0},
		{"a document cut in a field", clDoc(good)[:strings.Index(clDoc(good), "Front")], sanctions.ReasonSyntax, "FIRST_NAME", 4, 0},
		{"a mismatched end tag", clDoc(good, strings.Replace(good, "</DATAID>", "</DATA>", 1)), sanctions.ReasonSyntax, "DATAID", 5, 1},
		{"invalid UTF-8 in a name", clDoc(good, clEntity("FIRST_NAME", "Example \xff Front")), sanctions.ReasonSyntax, "FIRST_NAME", 5, 1},
		{"invalid UTF-8 in an alias", clDoc(good, clEntity("ENTITY_ALIAS", "<ALIAS_NAME>\xc3</ALIAS_NAME>")), sanctions.ReasonSyntax, "ALIAS_NAME", 5, 1},
		{"a character XML forbids", clDoc(good, clEntity("FIRST_NAME", "Example&#1;")), sanctions.ReasonSyntax, "FIRST_NAME", 5, 1},
		{"an undeclared entity", clDoc(good, clEntity("FIRST_NAME", "Example&nbsp;Front")), sanctions.ReasonSyntax, "FIRST_NAME", 5, 1},
		{"a bad element elsewhere in an entry", clDoc(good, clEntity("ENTITY_ADDRESS", "<CITY>a</COUNTRY>")), sanctions.ReasonSyntax, "ENTITY", 5, 1},
		{"a bare ampersand between entries", clDoc(good, "&", good), sanctions.ReasonSyntax, "", 5, 1},
		{"text after the root", clDoc(good) + "more", sanctions.ReasonSyntax, "", 7, 1},
		{"a second root", clDoc(good) + "<CONSOLIDATED_LIST/>", sanctions.ReasonSyntax, "", 7, 1},
		{"no end of the root", "<CONSOLIDATED_LIST>\n" + good + "\n", sanctions.ReasonSyntax, "", 3, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sanctions.ReadEntries(strings.NewReader(tt.doc), sanctions.EntryOptions{})
			assert.Nil(t, got)
			fe := clOne(t, err)
			assert.Equal(t, tt.reason, fe.Reason, "%v", err)
			assert.Equal(t, tt.path, fe.Path, "%v", err)
			assert.Equal(t, tt.line, fe.Line, "%v", err)

			// The reader returns the entries before the error, the error
			// once, and then io.EOF.
			er, err := sanctions.NewEntryReader(strings.NewReader(tt.doc), sanctions.EntryOptions{})
			if err != nil {
				assert.Zero(t, tt.read)
				assert.Equal(t, fe, clOne(t, err))
				return
			}
			for range tt.read {
				_, err := er.Read()
				require.NoError(t, err)
			}
			_, err = er.Read()
			assert.Equal(t, fe, clOne(t, err))
			for range 2 {
				_, err = er.Read()
				assert.Equal(t, io.EOF, err)
			}
		})
	}
}

func TestReadEntriesBounds(t *testing.T) {
	good := clEntity()
	tests := []struct {
		name string
		doc  string
		opts sanctions.EntryOptions
		path string
		line int
		read int // entries read before the error
	}{
		{"an entry too large", clDoc(good, clEntity("COMMENTS1", strings.Repeat("c", 300))), sanctions.EntryOptions{MaxEntryBytes: len(good) + 100}, "ENTITY", 5, 1},
		{"a field too large", clDoc(good, clEntity("FIRST_NAME", strings.Repeat("c", 300))), sanctions.EntryOptions{MaxEntryBytes: len(good) + 100}, "ENTITY", 5, 1},
		{"a default-sized entry too large", clDoc(good, clEntity("COMMENTS1", strings.Repeat("c", sanctions.DefaultMaxEntryBytes))), sanctions.EntryOptions{}, "ENTITY", 5, 1},
		{"white space too long between entries", clDoc(good, strings.Repeat(" ", 2000), good), sanctions.EntryOptions{MaxEntryBytes: 1000}, "", 5, 1},
		{"an element too long outside the entries", clDoc(good, "<NOTE>"+strings.Repeat("n", 2000)+"</NOTE>"), sanctions.EntryOptions{MaxEntryBytes: 1000}, "", 5, 1},
		{"a start tag too long", "<CONSOLIDATED_LIST" + strings.Repeat(` a="b"`, 500) + ">", sanctions.EntryOptions{MaxEntryBytes: 1000}, "", 1, 0},
		{"the list too large", clDoc(good, good, good), sanctions.EntryOptions{MaxListBytes: len(clDoc(good, good)) - len("\n</ENTITIES>\n</CONSOLIDATED_LIST>\n") + 10}, "", 6, 2},
		{"elements nested too deep", clDoc(good, strings.Repeat("<A>", 40)), sanctions.EntryOptions{}, "", 5, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sanctions.ReadEntries(strings.NewReader(tt.doc), tt.opts)
			assert.Nil(t, got)
			fe := clOne(t, err)
			assert.Equal(t, sanctions.ReasonTooLarge, fe.Reason, "%v", err)
			assert.Equal(t, tt.path, fe.Path, "%v", err)
			assert.Equal(t, tt.line, fe.Line, "%v", err)

			er, err := sanctions.NewEntryReader(strings.NewReader(tt.doc), tt.opts)
			if err != nil {
				assert.Zero(t, tt.read)
				return
			}
			for range tt.read {
				_, err := er.Read()
				require.NoError(t, err)
			}
			_, err = er.Read()
			assert.ErrorIs(t, err, &sanctions.FieldError{Reason: sanctions.ReasonTooLarge})
			_, err = er.Read()
			assert.Equal(t, io.EOF, err)
		})
	}

	// An entry of exactly the bound is read.
	doc := clDoc(good)
	_, err := sanctions.ReadEntries(strings.NewReader(doc), sanctions.EntryOptions{MaxEntryBytes: len(good) - len("<ENTITY>"), MaxListBytes: len(doc)})
	assert.NoError(t, err)
	_, err = sanctions.ReadEntries(strings.NewReader(doc), sanctions.EntryOptions{MaxEntryBytes: len(good) - len("<ENTITY>") - 1})
	assert.ErrorIs(t, err, &sanctions.FieldError{Reason: sanctions.ReasonTooLarge, Path: "ENTITY", Line: 4})
	_, err = sanctions.ReadEntries(strings.NewReader(doc), sanctions.EntryOptions{MaxListBytes: len(doc) - 1})
	assert.ErrorIs(t, err, &sanctions.FieldError{Reason: sanctions.ReasonTooLarge, Path: ""})

	// The largest bounds are no bounds, and do not overflow.
	got, err := sanctions.ReadEntries(bytes.NewReader(clReadFixture(t)), sanctions.EntryOptions{MaxEntryBytes: math.MaxInt, MaxListBytes: math.MaxInt, MaxEntries: math.MaxInt})
	require.NoError(t, err)
	assert.Equal(t, clWant(), got)
}

func TestReadEntriesMaxEntries(t *testing.T) {
	doc := clDoc(clEntity(), clEntity(), clEntity())
	got, err := sanctions.ReadEntries(strings.NewReader(doc), sanctions.EntryOptions{MaxEntries: 3})
	require.NoError(t, err)
	assert.Len(t, got, 3)

	got, err = sanctions.ReadEntries(strings.NewReader(doc), sanctions.EntryOptions{MaxEntries: 2})
	assert.Nil(t, got)
	fe := clOne(t, err)
	assert.Equal(t, sanctions.FieldError{Pkg: "sanctions", Line: 6, Reason: sanctions.ReasonTooLarge,
		Detail: "more than 2 entries; raise EntryOptions.MaxEntries or stream with an EntryReader"}, fe)
}

func TestEntryOptionsValidate(t *testing.T) {
	require.NoError(t, sanctions.EntryOptions{}.Validate())
	opts := sanctions.EntryOptions{MaxEntryBytes: -1, MaxListBytes: -2, MaxEntries: -3}
	fes := clFieldErrors(t, opts.Validate())
	require.Len(t, fes, 3)
	for i, path := range []string{"MaxEntryBytes", "MaxListBytes", "MaxEntries"} {
		assert.Equal(t, path, fes[i].Path)
		assert.Equal(t, sanctions.ReasonOutOfRange, fes[i].Reason)
	}
	_, err := sanctions.NewEntryReader(strings.NewReader("<CONSOLIDATED_LIST/>"), opts)
	assert.ErrorIs(t, err, &sanctions.FieldError{Reason: sanctions.ReasonOutOfRange, Path: "MaxEntries"})
	_, err = sanctions.ReadEntries(strings.NewReader("<CONSOLIDATED_LIST/>"), sanctions.EntryOptions{MaxEntries: -1})
	assert.ErrorIs(t, err, &sanctions.FieldError{Reason: sanctions.ReasonOutOfRange, Path: "MaxEntries"})
}

func TestReadEntriesReadError(t *testing.T) {
	data := clReadFixture(t)
	broken := errors.New("connection reset")
	r := io.MultiReader(bytes.NewReader(data[:3000]), iotest.ErrReader(broken))
	got, err := sanctions.ReadEntries(r, sanctions.EntryOptions{})
	assert.Nil(t, got)
	fe := clOne(t, err)
	assert.Equal(t, sanctions.ReasonInvalid, fe.Reason)
	assert.Equal(t, "reading input: connection reset", fe.Detail)

	// One byte at a time, the reader reads the same.
	got, err = sanctions.ReadEntries(iotest.OneByteReader(bytes.NewReader(data)), sanctions.EntryOptions{})
	require.NoError(t, err)
	assert.Equal(t, clWant(), got)
}

// TestReadEntriesTruncated reads every prefix of the fixture: each ends, and
// gives the entries before the cut or typed errors, never a panic or a hang.
func TestReadEntriesTruncated(t *testing.T) {
	data := clReadFixture(t)
	want := clWant()
	complete := bytes.LastIndex(data, []byte("</CONSOLIDATED_LIST>")) + len("</CONSOLIDATED_LIST>")
	for n := range len(data) {
		got, err := sanctions.ReadEntries(bytes.NewReader(data[:n]), sanctions.EntryOptions{})
		if err == nil {
			require.GreaterOrEqual(t, n, complete, "%d bytes: no error", n)
			assert.Equal(t, want, got)
			continue
		}
		assert.Nil(t, got)
		for _, fe := range clFieldErrors(t, err) {
			assert.Contains(t, []sanctions.Reason{sanctions.ReasonSyntax}, fe.Reason, "%d bytes: %v", n, fe)
		}

		er, err := sanctions.NewEntryReader(bytes.NewReader(data[:n]), sanctions.EntryOptions{})
		if err != nil {
			continue
		}
		read := 0
		for reads := 0; ; reads++ {
			require.Less(t, reads, n+2, "%d bytes: no io.EOF", n)
			e, err := er.Read()
			if err == io.EOF {
				break
			}
			if err == nil {
				assert.Equal(t, want[read], e, "%d bytes", n)
				read++
			}
		}
	}
}

func TestMatchActor(t *testing.T) {
	entries := clWant()
	front, sample, person := entries[2], entries[3], entries[0]
	counterpart := func(name string, aliases []string, factions []string, refs ...string) actor.Actor {
		a := actor.Actor{ID: uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), Name: name, Aliases: aliases, Kind: actor.KindArmedOpposition}
		for _, f := range factions {
			a.Factions = append(a.Factions, actor.Faction{ID: uuid.NewSHA1(a.ID, []byte(f)), Name: f})
		}
		for _, r := range refs {
			a.Designations = append(a.Designations, actor.Designation{Kind: actor.DesignationUNSanctions, By: actor.DesignatorUNSecurityCouncil, Reference: r})
		}
		return a
	}
	tests := []struct {
		name string
		a    actor.Actor
		want []sanctions.Match
	}{
		{"the reference number cited", counterpart("Front of the Example", nil, nil, " QDe.901 "),
			[]sanctions.Match{{Entry: front, Kind: sanctions.MatchKindReference}}},
		{"a reference number compared with its case", counterpart("Front of the Example", nil, nil, "qde.901"), nil},
		{"the name, folded", counterpart("EXAMPLE FRONT  FOR testing", nil, nil),
			[]sanctions.Match{{Entry: front, Kind: sanctions.MatchKindName, Name: "EXAMPLE FRONT  FOR testing"}}},
		{"an alias of the entry", counterpart("Jabhat al Mithal", nil, nil),
			[]sanctions.Match{{Entry: front, Kind: sanctions.MatchKindName, Name: "Jabhat al Mithal"}}},
		{"punctuation and spaces", counterpart("Jabhat-al-Mithal.", nil, nil),
			[]sanctions.Match{{Entry: front, Kind: sanctions.MatchKindName, Name: "Jabhat-al-Mithal."}}},
		{"an alias of the counterpart", counterpart("Front of the Example", []string{"Other Name", "sample movement"}, nil),
			[]sanctions.Match{{Entry: sample, Kind: sanctions.MatchKindName, Name: "sample movement"}}},
		{"a faction's name", counterpart("Front of the Example", nil, []string{"Armed Wing", "The Test Person"}),
			[]sanctions.Match{{Entry: person, Kind: sanctions.MatchKindName, Name: "The Test Person"}}},
		{"the first of the counterpart's names that match", counterpart("EFT", []string{"Example Front"}, nil),
			[]sanctions.Match{{Entry: front, Kind: sanctions.MatchKindName, Name: "EFT"}}},
		{"diacritics are kept", counterpart("Placeholder Exemple", nil, nil), nil},
		{"case folds beyond ASCII", counterpart("placeholder exémple", nil, nil),
			[]sanctions.Match{{Entry: entries[1], Kind: sanctions.MatchKindName, Name: "placeholder exémple"}}},
		{"the long s folds as s", counterpart("EXAMPLE FRONT FOR TEſTING", nil, nil),
			[]sanctions.Match{{Entry: front, Kind: sanctions.MatchKindName, Name: "EXAMPLE FRONT FOR TEſTING"}}},
		{"a part of a name is not the name", counterpart("Example", []string{"Front"}, nil), nil},
		{"no match", counterpart("Front of the Example", []string{"--", ""}, []string{"Armed Wing"}, "CDe.001"), nil},
		{"no double listing; references first", counterpart("Example Front", []string{"Sample Movement"}, nil, "SOe.902", "QDe.901"),
			[]sanctions.Match{{Entry: front, Kind: sanctions.MatchKindReference}, {Entry: sample, Kind: sanctions.MatchKindReference}}},
		{"a reference match, then a name match", counterpart("Sample Movement", nil, nil, "TAi.903"),
			[]sanctions.Match{{Entry: person, Kind: sanctions.MatchKindReference}, {Entry: sample, Kind: sanctions.MatchKindName, Name: "Sample Movement"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := clWant()
			a := tt.a
			got := sanctions.MatchActor(a, entries)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, before, entries, "the entries are not modified")
			assert.Equal(t, tt.a, a)
			for i := range got {
				if len(got[i].Entry.Aliases) > 0 {
					got[i].Entry.Aliases[0] = "changed"
				}
			}
			assert.Equal(t, before, entries, "a match shares no memory with the entries")
		})
	}
	assert.Nil(t, sanctions.MatchActor(actor.Actor{}, entries))
	assert.Nil(t, sanctions.MatchActor(counterpart("Example Front", nil, nil, "QDe.901"), nil))
}

func TestMatchString(t *testing.T) {
	front := clWant()[2]
	assert.Equal(t, "certain: a designation of the counterpart cites the reference number of entity QDe.901 Example Front for Testing, on the Al-Qaida list since 3 March 2004",
		sanctions.Match{Entry: front, Kind: sanctions.MatchKindReference}.String())
	name := sanctions.Match{Entry: front, Kind: sanctions.MatchKindName, Name: "Example Front"}.String()
	assert.Equal(t, `possible match, confirm by hand: "Example Front", a name of the counterpart or of one of its factions, is spelt as a name or alias of entity QDe.901 Example Front for Testing, on the Al-Qaida list since 3 March 2004`, name)
	assert.NotContains(t, name, "listed")
	assert.NotContains(t, name, "listing")
	assert.Equal(t, "no match", sanctions.Match{}.String())
}

func ExampleReadEntries() {
	const list = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2025-01-15T18:00:04.263Z">
  <INDIVIDUALS/>
  <ENTITIES>
    <ENTITY>
      <DATAID>9000901</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>Example Front for Testing</FIRST_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDe.901</REFERENCE_NUMBER>
      <LISTED_ON>2004-03-03</LISTED_ON>
      <ENTITY_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Example Front</ALIAS_NAME></ENTITY_ALIAS>
    </ENTITY>
    <ENTITY>
      <DATAID>9000902</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>Sample Movement of the Test Coast</FIRST_NAME>
      <UN_LIST_TYPE>Al-Shabaab</UN_LIST_TYPE>
      <REFERENCE_NUMBER>SOe.902</REFERENCE_NUMBER>
      <LISTED_ON>2010-04-12</LISTED_ON>
    </ENTITY>
  </ENTITIES>
</CONSOLIDATED_LIST>`
	entries, err := sanctions.ReadEntries(strings.NewReader(list), sanctions.EntryOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range entries {
		d, err := e.Designation()
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("line %d: %v (regime %s)\n", e.Line, e, d.Regime)
	}

	// A counterpart whose name is spelt as an alias: a possible match only.
	counterpart := actor.Actor{Name: "EXAMPLE FRONT", Kind: actor.KindArmedOpposition}
	for _, m := range sanctions.MatchActor(counterpart, entries) {
		fmt.Println(m)
	}
	// Output:
	// line 5: entity QDe.901 Example Front for Testing, on the Al-Qaida list since 3 March 2004 (regime 1267)
	// line 14: entity SOe.902 Sample Movement of the Test Coast, on the Al-Shabaab list since 12 April 2010 (regime 751)
	// possible match, confirm by hand: "EXAMPLE FRONT", a name of the counterpart or of one of its factions, is spelt as a name or alias of entity QDe.901 Example Front for Testing, on the Al-Qaida list since 3 March 2004
}
