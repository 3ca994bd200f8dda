package actor_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
)

// Benchmarks report time and allocations; tests never assert timings.

func benchReadUCDP(b *testing.B, path string, want int) {
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
		recs, err := actor.ReadUCDP(bytes.NewReader(data), actor.UCDPOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(recs) != want {
			b.Fatalf("%d records, want %d", len(recs), want)
		}
	}
}

// BenchmarkReadUCDP reads the whole UCDP Actor Dataset v22.1 (1,725 actors).
func BenchmarkReadUCDP(b *testing.B) { benchReadUCDP(b, fullPath, 1725) }

// BenchmarkUCDPReader streams the same file record by record, as
// BenchmarkReadUCDPStdCSV streams it with encoding/csv: the pair measured
// against each other.
func BenchmarkUCDPReader(b *testing.B) {
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
		r, err := actor.NewUCDPReader(bytes.NewReader(data), actor.UCDPOptions{})
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

// BenchmarkReadUCDPStdCSV reads the same file with encoding/csv, as a Go
// developer would with no checks: every record split into fields, nothing
// parsed (the header row, as the BOM, left to the caller). The ratio to
// BenchmarkReadUCDP is the cost of typed, checked records.
func BenchmarkReadUCDPStdCSV(b *testing.B) {
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

// BenchmarkReadUCDPStdCSVAll reads the same file with encoding/csv's
// ReadAll, every record kept, as ReadUCDP keeps them: the pair of
// BenchmarkReadUCDP.
func BenchmarkReadUCDPStdCSVAll(b *testing.B) {
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

// BenchmarkReadUCDPSubset reads the 31-row fixture.
func BenchmarkReadUCDPSubset(b *testing.B) { benchReadUCDP(b, subsetPath, 31) }

func BenchmarkUCDPRecordActor(b *testing.B) {
	f, err := os.Open(subsetPath)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	recs, err := actor.ReadUCDP(f, actor.UCDPOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range recs {
			if a := r.Actor(); a.ID != actor.UCDPID(r.ActorID) {
				b.Fatal("unstable ID")
			}
		}
	}
}

func BenchmarkObligations(b *testing.B) {
	as := []actor.Actor{minimal(), full()}
	gang := minimal()
	gang.Kind = actor.KindGang
	gang.Norms = []actor.Norm{actor.NormCustomary}
	as = append(as, gang)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, a := range as {
			n += len(actor.Obligations(a))
		}
	}
	if n == 0 {
		b.Fatal("no obligations")
	}
}

func BenchmarkValidate(b *testing.B) {
	b.Run("full", func(b *testing.B) {
		a := full()
		b.ReportAllocs()
		for b.Loop() {
			if err := a.Validate(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("invalid", func(b *testing.B) {
		a := full()
		a.Name = ""
		a.Norms = append(a.Norms, actor.NormIHL)
		b.ReportAllocs()
		for b.Loop() {
			if err := a.Validate(); err == nil {
				b.Fatal("no error")
			}
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	var buf bytes.Buffer
	if err := actor.Encode(&buf, full()); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := actor.Decode(bytes.NewReader(data), actor.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeStd decodes the bytes of BenchmarkDecode with encoding/json
// into a plain mirror of an actor, with no checks.
func BenchmarkDecodeStd(b *testing.B) {
	var buf bytes.Buffer
	if err := actor.Encode(&buf, full()); err != nil {
		b.Fatal(err)
	}
	jsontest.Std[actor.Actor](b, buf.Bytes())
}

func BenchmarkEncode(b *testing.B) {
	a := full()
	b.ReportAllocs()
	for b.Loop() {
		if err := actor.Encode(io.Discard, a); err != nil {
			b.Fatal(err)
		}
	}
}
