package sanctions_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/sanctions"
)

// FuzzDecodeRequest feeds arbitrary bytes to DecodeRequest: it never
// panics, every error is a *FieldError with valid UTF-8 text, and a request
// it accepts screens without error, re-encodes, and reads back the same.
// Seeds are in testdata/fuzz/FuzzDecodeRequest.
func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"at":"2025-06-01T00:00:00Z","standing":{"category":"other_ngo","jurisdictions":["us"]},"counterparts":[{"entity":"armed_actor","designations":[{"kind":"un_sanctions","regime":"1267"}]}],"terms":[{"kind":"payment","payee":"armed_actor","purpose":"toll"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := sanctions.DecodeRequest(bytes.NewReader(data), sanctions.Limits{MaxBytes: 1 << 16})
		if err != nil {
			for _, e := range flatten(err) {
				var fe *sanctions.FieldError
				if !errors.As(e, &fe) {
					t.Fatalf("not a *FieldError: %T %v", e, e)
				}
				if !utf8.ValidString(e.Error()) {
					t.Fatalf("invalid UTF-8 in %q", e.Error())
				}
			}
			return
		}
		r, err := q.Screen()
		if err != nil {
			t.Fatalf("a decoded request does not screen: %v", err)
		}
		if r.Terms != len(q.Terms) || !r.Verdict.IsValid() {
			t.Fatalf("report of %d terms, verdict %v, for %d terms", r.Terms, r.Verdict, len(q.Terms))
		}
		if !utf8.ValidString(r.String()) || strings.Contains(r.String(), "%!") {
			t.Fatalf("bad text: %q", r.String())
		}
		var buf bytes.Buffer
		if err := sanctions.EncodeRequest(&buf, q); err != nil {
			t.Fatalf("encode: %v", err)
		}
		again, err := sanctions.DecodeRequest(&buf, sanctions.Limits{})
		if err != nil {
			t.Fatalf("read back: %v\n%s", err, buf.String())
		}
		r2, err := again.Screen()
		if err != nil || r2.Verdict != r.Verdict || len(r2.Findings) != len(r.Findings) {
			t.Fatalf("round trip changed the screening: %v %v %v", err, r.Verdict, r2.Verdict)
		}
	})
}
