package agreement

import (
	"encoding/json"
	"io"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// Schema is the schema version of agreement records. It changes when a
// record written by this version could not be read by the previous one.
const Schema = "protection.agreement/1"

// record is the JSON layout of EncodeRecord and DecodeRecord: the agreement
// with its schema version. It is unexported so that the only public holder
// of an agreement's names is Agreement, which redacts itself in fmt and slog.
type record struct {
	Schema    string    `json:"schema"`
	Agreement Agreement `json:"agreement"`
}

// EncodeRecord writes the agreement as a record — indented JSON with the
// schema version — after validating it. The record holds names, texts and
// notes; encode a.Redact() to share it.
func EncodeRecord(w io.Writer, a Agreement) error {
	if err := a.Validate(); err != nil {
		return err
	}
	b, err := json.MarshalIndent(record{Schema: Schema, Agreement: a}, "", "  ")
	if err != nil { // not expected after Validate; reported, not hidden
		return &FieldError{Pkg: pkg, Reason: ReasonInvalid, Detail: "encoding the record: " + err.Error()}
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// DecodeRecord reads a record and validates the agreement in it. Decoding is
// strict — unknown or duplicate keys, unknown words, values of the wrong
// type, invalid UTF-8, input beyond lim — and every problem is a *FieldError
// naming its JSON path. A record of another schema is an error at "schema".
func DecodeRecord(r io.Reader, lim Limits) (Agreement, error) {
	var rec record
	if err := jsonio.Decode(r, &rec, lim, pkg); err != nil {
		return Agreement{}, err
	}
	if rec.Schema != Schema {
		return Agreement{}, &FieldError{Pkg: pkg, Path: "schema", Reason: ReasonUnknown, Detail: "this library reads schema " + Schema}
	}
	c := check.Errors{Pkg: pkg}
	c.AddErr("agreement", rec.Agreement.Validate())
	if err := c.Err(); err != nil {
		return Agreement{}, err
	}
	return rec.Agreement, nil
}
