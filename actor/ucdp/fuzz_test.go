package ucdp_test

import (
	"bytes"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/stakeholder"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzReadActors checks that any input is read without panic, that every error
// is made of field errors, and that every record returned is of a valid kind
// and converts to an actor that validates.
//
// The corpus in testdata/fuzz/FuzzReadActors holds the full UCDP header with a
// byte-order mark and the MILF row, the "Macedonia, FYR" row, a multi-line
// quoted field, a bare quote, a short row, a missing column, a lone
// byte-order mark, and a row with a bad value in every column.
func FuzzReadActors(f *testing.F) {
	subset, err := os.ReadFile(subsetPath)
	require.NoError(f, err)
	f.Add(subset)
	f.Add([]byte(ucdpCSV(ucdpRow(1), ucdpRow(2, "NameOrigFullEng", "a\nb", "Location", "Macedonia, FYR, Chad"))))
	f.Add([]byte(ucdpCSV(ucdpRow(3, "Org", "7"), ucdpRow(4, "ConflictId", "1, x"))))
	f.Add([]byte("ActorId,NameData\n1,a\n"))
	f.Add([]byte(""))

	check := func(t *testing.T, r ucdp.Actor) {
		t.Helper()
		assert.True(t, r.Kind.IsValid(), "ActorId %d: kind %v", r.ActorID, r.Kind)
		k, err := actor.FromUCDPOrg(r.Org)
		assert.NoError(t, err)
		assert.Equal(t, k, r.Kind)
		assert.Positive(t, r.ActorID)
		assert.GreaterOrEqual(t, r.Line, 2, "a record starts after the header")
		for _, reg := range r.Regions {
			assert.True(t, reg.IsValid(), "ActorId %d: region %v", r.ActorID, reg)
		}
		a := r.Actor()
		assert.NoError(t, a.Validate(), "ActorId %d", r.ActorID)
		assert.Equal(t, ucdp.ActorID(r.ActorID), a.ID)
	}

	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range []ucdp.ActorOptions{{}, {MaxRecordBytes: 512}} {
			recs, err := ucdp.ReadActors(bytes.NewReader(data), opts)
			if err != nil {
				require.NotEmpty(t, fieldErrors(t, err))
				assert.Nil(t, recs)
			}
			for _, r := range recs {
				check(t, r)
			}
		}

		// The row-by-row reader never panics either, and agrees with the
		// checks above on every record it returns.
		u, err := ucdp.NewActorReader(bytes.NewReader(data), ucdp.ActorOptions{})
		if err != nil {
			require.NotEmpty(t, fieldErrors(t, err))
			return
		}
		for range len(data) + 2 { // no input has more records than bytes
			r, err := u.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				require.NotEmpty(t, fieldErrors(t, err))
				continue
			}
			check(t, r)
		}
		t.Fatalf("no io.EOF after %d reads of %d bytes", len(data)+2, len(data))
	})
}

// FuzzReadConflicts checks that any input is read without panic, that every
// error is made of field errors, and that every row returned is complete
// and builds an influence network that NewNetwork accepts.
//
// The corpus in testdata/fuzz/FuzzReadConflicts holds the Sierra Leone and
// Philippines subset, the "Macedonia, FYR" and parenthesised party lists,
// a multi-line quoted field, a bare quote, a short row, a missing column,
// a byte-order mark alone, a row with a bad value in every column and a
// code of -99.
func FuzzReadConflicts(f *testing.F) {
	subset, err := os.ReadFile(acdSubsetPath)
	require.NoError(f, err)
	f.Add(subset)
	f.Add([]byte(acdCSV(acdRecord("SideA", "Macedonia, FYR", "GWNOA", "343"), acdRecord("SideB", "CPP, Military Faction (forces of Honasan, Abenina & Zumel)", "SideBID", "1010, 1011"))))
	f.Add([]byte(acdCSV(acdRecord("YEAR", "x", "Int", "3"), "1,2")))
	f.Add([]byte("ID,SideA\n1,a\n"))
	f.Add([]byte(""))

	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range []ucdp.ConflictOptions{{}, {MaxRecordBytes: 256}} {
			rows, err := ucdp.ReadConflicts(bytes.NewReader(data), opts)
			if err != nil {
				fes := checkFieldErrors(t, err)
				assert.Nil(t, rows)
				for _, fe := range fes {
					assert.GreaterOrEqual(t, fe.Line, 0)
				}
				continue
			}
			conflicts := map[int]bool{}
			for _, r := range rows {
				assert.NotEmpty(t, r.SideA, "line %d", r.Line)
				assert.NotEmpty(t, r.SideB, "line %d", r.Line)
				assert.GreaterOrEqual(t, r.Line, 2, "a row starts after the header")
				assert.Positive(t, r.ConflictID)
				assert.True(t, r.Year >= 1900 && r.Year <= 2200, "year %d", r.Year)
				assert.True(t, r.Intensity == 1 || r.Intensity == 2)
				assert.True(t, r.Type >= 1 && r.Type <= 4)
				for _, s := range slices.Concat(r.SideA, r.SideA2nd, r.SideB, r.SideB2nd) {
					assert.NotEmpty(t, strings.TrimSpace(s))
				}
				conflicts[r.ConflictID] = true
			}
			for id := range conflicts {
				acd := stakeholder.NetworkFromACD(rows, id)
				assert.Positive(t, acd.Years)
				assert.NotEmpty(t, acd.Parties)
				n, err := stakeholder.NewNetwork(acd.Nodes(), acd.Edges)
				require.NoError(t, err, "conflict %d builds a network", id)
				assert.Equal(t, len(acd.Parties), n.Len())
			}
		}
	})
}
