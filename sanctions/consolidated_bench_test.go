package sanctions_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

// The entries the generated lists repeat, written for the benchmarks in the
// published schema with the elements a real entry has, those the reader
// passes over included. NNN is replaced by a number of the entry's own.
const (
	clBenchIndividual = `    <INDIVIDUAL>
      <DATAID>9NNN</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>FICTITIOUS</FIRST_NAME>
      <SECOND_NAME>TEST</SECOND_NAME>
      <THIRD_NAME>PERSON NNN</THIRD_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDi.NNN</REFERENCE_NUMBER>
      <LISTED_ON>2001-01-25</LISTED_ON>
      <NAME_ORIGINAL_SCRIPT>شخص اختبار</NAME_ORIGINAL_SCRIPT>
      <COMMENTS1>Written for the benchmarks of this library; no such person is listed. A comment of a typical length, saying what the entry is for and what else is known, runs to a few lines of text in the published list.</COMMENTS1>
      <TITLE><VALUE>Example title</VALUE></TITLE>
      <DESIGNATION><VALUE>Example office</VALUE></DESIGNATION>
      <NATIONALITY><VALUE>Testland</VALUE></NATIONALITY>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      <LAST_DAY_UPDATED><VALUE>2007-09-07</VALUE><VALUE>2010-07-20</VALUE></LAST_DAY_UPDATED>
      <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Fictitious Person NNN</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>The Test Person NNN</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS><CITY>Example City</CITY><COUNTRY>Testland</COUNTRY></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1900</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_PLACE_OF_BIRTH><CITY>Example City</CITY><COUNTRY>Testland</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>X0000000</NUMBER></INDIVIDUAL_DOCUMENT>
      <SORT_KEY/>
      <SORT_KEY_LAST_MOD/>
    </INDIVIDUAL>
`
	clBenchEntity = `    <ENTITY>
      <DATAID>8NNN</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>Example Front for Testing NNN</FIRST_NAME>
      <UN_LIST_TYPE>Al-Shabaab</UN_LIST_TYPE>
      <REFERENCE_NUMBER>SOe.NNN</REFERENCE_NUMBER>
      <LISTED_ON>2010-04-12</LISTED_ON>
      <NAME_ORIGINAL_SCRIPT/>
      <COMMENTS1>Written for the benchmarks of this library; no such entity is listed.</COMMENTS1>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      <LAST_DAY_UPDATED><VALUE/></LAST_DAY_UPDATED>
      <ENTITY_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Example Front NNN</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Jabhat al-Mithal NNN</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>EFT NNN</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ADDRESS><STREET>1 Example Street</STREET><CITY>Example City</CITY><COUNTRY>Testland</COUNTRY></ENTITY_ADDRESS>
      <SORT_KEY/>
      <SORT_KEY_LAST_MOD/>
    </ENTITY>
`
)

// clGenerate writes a list of about size bytes: individuals to half the
// size, then entities, each numbered. It returns the list and the number of
// entries.
func clGenerate(size int) ([]byte, int) {
	var b bytes.Buffer
	b.Grow(size + 4096)
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2025-01-15T18:00:04.263Z\">\n  <INDIVIDUALS>\n")
	n := 0
	for b.Len() < size/2 {
		n++
		b.WriteString(strings.ReplaceAll(clBenchIndividual, "NNN", strconv.Itoa(n)))
	}
	b.WriteString("  </INDIVIDUALS>\n  <ENTITIES>\n")
	for b.Len() < size {
		n++
		b.WriteString(strings.ReplaceAll(clBenchEntity, "NNN", strconv.Itoa(n)))
	}
	b.WriteString("  </ENTITIES>\n</CONSOLIDATED_LIST>\n")
	return b.Bytes(), n
}

// BenchmarkReadEntries reads a generated list of about 10 MB (some 8,000
// entries) and keeps every entry.
func BenchmarkReadEntries(b *testing.B) {
	data, n := clGenerate(10 << 20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		entries, err := sanctions.ReadEntries(bytes.NewReader(data), sanctions.EntryOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(entries) != n {
			b.Fatalf("%d entries, want %d", len(entries), n)
		}
	}
}

// BenchmarkEntryReader streams the same list entry by entry, keeping none.
func BenchmarkEntryReader(b *testing.B) {
	data, n := clGenerate(10 << 20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		er, err := sanctions.NewEntryReader(bytes.NewReader(data), sanctions.EntryOptions{})
		if err != nil {
			b.Fatal(err)
		}
		read := 0
		for {
			_, err := er.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			read++
		}
		if read != n {
			b.Fatalf("%d entries, want %d", read, n)
		}
	}
}

// BenchmarkReadEntriesXMLTokens reads the same list with encoding/xml's
// Token alone, as a loop with no checks and no entries would: the floor
// under BenchmarkEntryReader, the ratio being the cost of typed, checked
// entries.
func BenchmarkReadEntriesXMLTokens(b *testing.B) {
	data, _ := clGenerate(10 << 20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkMatchActor matches a counterpart with a name, two aliases, two
// factions and a designation against the entries of the 10 MB list; one
// entry matches by reference and one by name.
func BenchmarkMatchActor(b *testing.B) {
	data, _ := clGenerate(10 << 20)
	entries, err := sanctions.ReadEntries(bytes.NewReader(data), sanctions.EntryOptions{})
	if err != nil {
		b.Fatal(err)
	}
	id := uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
	a := actor.Actor{ID: id, Name: "Front of the Example", Aliases: []string{"Jabhat al Mithal 5000", "The Front"}, Kind: actor.KindArmedOpposition,
		Factions:     []actor.Faction{{ID: uuid.NewSHA1(id, []byte("a")), Name: "Armed Wing"}, {ID: uuid.NewSHA1(id, []byte("b")), Name: "Political Wing"}},
		Designations: []actor.Designation{{Kind: actor.DesignationUNSanctions, By: actor.DesignatorUNSecurityCouncil, Regime: "1267", Reference: "QDi.7"}}}
	b.ReportAllocs()
	for b.Loop() {
		if ms := sanctions.MatchActor(a, entries); len(ms) != 2 {
			b.Fatalf("%d matches, want 2", len(ms))
		}
	}
}
