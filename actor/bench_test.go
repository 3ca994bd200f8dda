package actor_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
)

// Benchmarks report time and allocations; tests never assert timings.

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
