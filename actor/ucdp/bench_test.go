package ucdp_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/humanitarian-negotiation/protection/actor/ucdp"
)

func benchReadActors(b *testing.B, path string, want int) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		b.Skip("no file at " + path)
	}
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		recs, err := ucdp.ReadActors(bytes.NewReader(data), ucdp.ActorOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(recs) != want {
			b.Fatalf("%d records, want %d", len(recs), want)
		}
	}
}

// BenchmarkReadActors reads the whole UCDP Actor Dataset v22.1 (1,725 actors).
func BenchmarkReadActors(b *testing.B) { benchReadActors(b, fullPath, 1725) }

// BenchmarkActorReader streams the same file record by record, as
// BenchmarkReadActorsStdCSV streams it with encoding/csv: the pair measured
// against each other.
func BenchmarkActorReader(b *testing.B) {
	data, err := os.ReadFile(fullPath)
	if errors.Is(err, os.ErrNotExist) {
		b.Skip("no file at " + fullPath)
	}
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := ucdp.NewActorReader(bytes.NewReader(data), ucdp.ActorOptions{})
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 1725 {
			b.Fatalf("%d records, want 1725", n)
		}
	}
}

// BenchmarkReadActorsStdCSV reads the same file with encoding/csv, as a Go
// developer would with no checks: every record split into fields, nothing
// parsed (the header row, as the BOM, left to the caller). The ratio to
// BenchmarkReadActors is the cost of typed, checked records.
func BenchmarkReadActorsStdCSV(b *testing.B) {
	data, err := os.ReadFile(fullPath)
	if errors.Is(err, os.ErrNotExist) {
		b.Skip("no file at " + fullPath)
	}
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := csv.NewReader(bytes.NewReader(data))
		n := 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 1726 {
			b.Fatalf("%d records, want 1726", n)
		}
	}
}

// BenchmarkReadActorsStdCSVAll reads the same file with encoding/csv's
// ReadAll, every record kept, as ReadUCDP keeps them: the pair of
// BenchmarkReadActors.
func BenchmarkReadActorsStdCSVAll(b *testing.B) {
	data, err := os.ReadFile(fullPath)
	if errors.Is(err, os.ErrNotExist) {
		b.Skip("no file at " + fullPath)
	}
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil || len(recs) != 1726 {
			b.Fatal(err, len(recs))
		}
	}
}

// BenchmarkReadActorsSubset reads the 31-row fixture.
func BenchmarkReadActorsSubset(b *testing.B) { benchReadActors(b, subsetPath, 31) }

func BenchmarkActorRecordActor(b *testing.B) {
	f, err := os.Open(subsetPath)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	recs, err := ucdp.ReadActors(f, ucdp.ActorOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range recs {
			if a := r.Actor(); a.ID != ucdp.ActorID(r.ActorID) {
				b.Fatal("unstable ID")
			}
		}
	}
}
