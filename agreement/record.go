package agreement

import (
	"io"
	"slices"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// recordCodec decodes written records, worked out once.
var recordCodec = jsonio.NewCodec[record](pkg)

// Schema is the schema version of agreement records. It changes when a
// record written by this version could not be read by the previous one.
//
// Version 3 records the facts an Action Plan's delisting rests on apart
// from its commitments: the violations the UN verified (Violations) and the
// statements that reporting periods were monitored (Monitoring); and each
// commitment's state knows when it was verified. DecodeRecord still reads
// versions 2 ([SchemaV2]) and 1 ([SchemaV1]).
const Schema = "protection.agreement/3"

// SchemaV2 is the second schema version, which DecodeRecord reads: it
// judged Action Plans per violation, with the violations each plan
// addresses and the violation each commitment addresses, but kept no
// verified violation or monitored period. A version-2 record reads with
// Agreement.Upgraded saying so: until they are added, every reporting
// period's cessation is unknown, and a plan read from it is never eligible
// for delisting.
const SchemaV2 = "protection.agreement/2"

// upgradedV2 is what a record read from version 2 or earlier says of what
// it did not record.
const upgradedV2 = "read from a record of schema protection.agreement/2 or earlier, which kept no verified violations and no monitored periods: " +
	"until they are added, whether a violation has ceased is unknown for every reporting period"

// SchemaV1 is the first schema version, which DecodeRecord reads and
// brings up to date: an Action Plan's violations were those the party was
// listed for, and its commitments named none. Reading one drops denial of
// humanitarian access from the plan's violations (it is not a listing
// trigger), and, when one violation remains, takes every commitment as
// addressing it; a version-1 plan on several violations cannot say which
// commitment addresses which, and is an error at each commitment's
// "violation" until the record is completed and saved again.
const SchemaV1 = "protection.agreement/1"

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
	return jsonio.Encode(w, record{Schema: Schema, Agreement: a}, pkg)
}

// DecodeRecord reads a record and validates the agreement in it. Decoding is
// strict — unknown or duplicate keys, unknown words, values of the wrong
// type, invalid UTF-8, input beyond lim — and every problem is a *FieldError
// naming its JSON path, line and column, reported together with what
// Validate finds. A record of another schema is an error at "schema".
func DecodeRecord(r io.Reader, lim Limits) (Agreement, error) {
	var rec record
	if err := recordCodec.DecodeValid(r, &rec, lim, (*record).upgrade); err != nil {
		return Agreement{}, err
	}
	return rec.Agreement, nil
}

// upgrade brings a decoded record of an earlier schema up to date and
// validates its agreement; a schema this library does not read is an error
// at "schema", and the agreement is not validated.
func (rec *record) upgrade() error {
	switch rec.Schema {
	case Schema:
	case SchemaV2:
		rec.Agreement.Upgraded = upgradedV2
	case SchemaV1:
		rec.Agreement.upgradeV1()
		rec.Agreement.Upgraded = upgradedV2
	default:
		return &FieldError{Pkg: pkg, Path: "schema", Reason: ReasonUnknown, Detail: "this library reads schemas " + Schema + ", " + SchemaV2 + " and " + SchemaV1}
	}
	c := check.Errors{Pkg: pkg}
	c.AddErr("agreement", rec.Agreement.Validate())
	return c.Err()
}

// upgradeV1 brings a version-1 agreement up to date in place; see
// [SchemaV1]. The agreement is freshly decoded, so nobody else holds it.
func (a *Agreement) upgradeV1() {
	in := &a.Instrument
	if in.Kind != InstrumentActionPlan {
		return
	}
	in.Violations = slices.DeleteFunc(in.Violations, func(v actor.Violation) bool { return v == actor.ViolationDenialOfAccess })
	if len(in.Violations) != 1 {
		return
	}
	for i := range a.Commitments {
		if a.Commitments[i].Violation == 0 {
			a.Commitments[i].Violation = in.Violations[0]
		}
	}
}
