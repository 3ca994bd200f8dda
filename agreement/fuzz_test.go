package agreement_test

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
)

// Seed inputs live in testdata/fuzz/<FuzzName>/ as well as in the f.Add
// calls below; crashers found by go test -fuzz are kept there as regression
// tests.

// onlyFieldErrors fails t unless err holds field errors of this package,
// each with a reason and a line that is not negative, and nothing else.
func onlyFieldErrors(t *testing.T, err error) []*agreement.FieldError {
	t.Helper()
	fes := fieldErrors(t, err)
	require.NotEmpty(t, fes, "%v", err)
	for _, fe := range fes {
		assert.GreaterOrEqual(t, fe.Line, 0, "%v", fe)
	}
	return fes
}

// inUTC returns a copy of a with every time in UTC, so that records that
// name the same instants compare equal whatever zone offset they were
// written with.
func inUTC(a agreement.Agreement) agreement.Agreement {
	a.Signed = a.Signed.UTC()
	a.Signatories = slices.Clone(a.Signatories)
	for i := range a.Signatories {
		a.Signatories[i].Date = a.Signatories[i].Date.UTC()
	}
	a.Commitments = slices.Clone(a.Commitments)
	for i := range a.Commitments {
		a.Commitments[i].Due = a.Commitments[i].Due.UTC()
	}
	a.Events = slices.Clone(a.Events)
	for i := range a.Events {
		a.Events[i].At = a.Events[i].At.UTC()
	}
	return a
}

// FuzzDecodeRecord decodes any bytes as a record: either an agreement that
// validates, or errors that are all *FieldError. A decoded agreement can be
// followed up a year after its signature, redacted into a valid agreement,
// and encoded and decoded again unchanged.
//
// The corpus in testdata/fuzz/FuzzDecodeRecord holds a minimal record, an
// Action Plan, a phase cycle, a duplicate key in another case, an unknown
// field, labels and odd case, invalid UTF-8, a truncated record, a
// byte-order mark and a term with extreme numbers.
func FuzzDecodeRecord(f *testing.F) {
	for _, a := range []agreement.Agreement{base(), milfActionPlan(), mfdcDemining(), richAgreement(f), richAgreement(f).Redact(), secretAgreement()} {
		f.Add(encodeRecord(f, a))
	}
	r := newRand(7)
	for range 3 {
		f.Add(encodeRecord(f, randomAgreement(r)))
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"schema":"protection.agreement/1","agreement":null}`))
	f.Add([]byte(`{"schema":"protection.agreement/1","agreement":{"id":"00000000-0000-4000-8000-000000000001","title":"t","actor":"00000000-0000-4000-8000-000000000002",` +
		`"instrument":{"kind":"Deed of Commitment","deed":"MINES"},"signed":"2020-01-01T00:00:00+05:30",` +
		`"parties":[{"id":"00000000-0000-4000-8000-000000000003","role":"faction","name":"f"}],` +
		`"commitments":[{"id":"00000000-0000-4000-8000-000000000004","text":"x","by":"00000000-0000-4000-8000-000000000003","due":"2020-02-01T00:00:00-08:00",` +
		`"risk":"Gender-Based Violence","obligation":"negative","verification":"self_report","term":{"kind":"child_use","min_age":-0}}],` +
		`"events":[{"commitment":"00000000-0000-4000-8000-000000000004","at":"2020-01-01T00:00:00+05:30","kind":"breach"}]}}`))

	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.Differential(t, agreement.RecordCodec, data, agreement.Limits{})
		a, err := agreement.DecodeRecord(bytes.NewReader(data), agreement.Limits{})
		if err != nil {
			onlyFieldErrors(t, err)
			require.True(t, reflect.DeepEqual(agreement.Agreement{}, a), "a failed decode returns the zero Agreement")
			return
		}
		require.NoError(t, a.Validate(), "DecodeRecord returned an agreement that does not validate")

		at := a.Signed.AddDate(1, 0, 0)
		if at.Year() < 2016 {
			at = day("2016-06-01") // after every listing trigger, so that listingOf(a) is a listing in force
		}
		if last := len(a.Events) - 1; last >= 0 && a.Events[last].At.After(at) {
			at = a.Events[last].At
		}
		fu, err := a.FollowUp(at, agreement.FollowUpOptions{Listing: listingOf(a)})
		require.NoError(t, err)
		require.Equal(t, len(a.Commitments), fu.Overall.Commitments)
		_ = fu.String()
		for _, n := range fu.Next {
			_ = n.String()
		}
		for _, p := range a.Phases {
			_, err := a.CanAdvance(p.ID, at)
			require.NoError(t, err)
		}
		_, _ = research.SummariseAgreements([]agreement.Agreement{a}, at, research.TableOptions{})
		_ = a.Proposal()
		_ = fmt.Sprintf("%v %+v %#v", a, a, a)

		red := a.Redact()
		require.NoError(t, red.Validate(), "a redacted agreement validates")
		for _, c := range red.Commitments {
			require.Equal(t, agreement.Redacted, c.Text)
		}
		for _, e := range red.Events {
			require.Empty(t, e.Note)
		}

		var buf bytes.Buffer
		require.NoError(t, agreement.EncodeRecord(&buf, a), "a decoded agreement encodes")
		encoded := slices.Clone(buf.Bytes())
		b, err := agreement.DecodeRecord(&buf, agreement.Limits{})
		require.NoError(t, err, "an encoded agreement decodes:\n%s", encoded)
		require.Equal(t, inUTC(a), inUTC(b), "decode(encode(x)) == x")
		var again bytes.Buffer
		require.NoError(t, agreement.EncodeRecord(&again, b))
		require.Equal(t, string(encoded), again.String(), "encoding is stable")
	})
}
