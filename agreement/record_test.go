package agreement_test

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/risk"
)

func encodeRecord(t testing.TB, a agreement.Agreement) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, agreement.EncodeRecord(&buf, a))
	return buf.Bytes()
}

// richAgreement sets every field of an agreement: a Deed of Commitment
// with signatories, parties at levels, phases, commitments with terms (one
// with an agency's own attributes), and events of every kind with levels,
// sources and notes.
func richAgreement(t testing.TB) agreement.Agreement {
	a := deedOfCommitment()
	a.Parties[0].Level = actor.LevelPoliticalLeadership
	a.Phases = []agreement.Phase{
		{ID: id(51), Name: "marking", Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 0.75, Verified: true}},
		{ID: id(52), Name: "clearance", After: []uuid.UUID{id(51)}, Advance: agreement.AdvanceRule{Level: agreement.ImplementationIntermediate, Share: 1}},
	}
	a.Commitments[0].Phase = id(51)
	a.Commitments[0].Term = redline.Term{ID: "clause 2", Kind: redline.KindWeaponRestriction, By: redline.EntityArmedActor,
		Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureMarking}
	a.Commitments[1].Term = redline.Term{Kind: "cash_for_work", Extra: map[string]redline.Value{
		"daily_rate": redline.NumberValue(15.5), "paid_in": redline.TextValue("cash"), "audited": redline.FlagValue(true)}}
	a.Commitments = append(a.Commitments, agreement.Commitment{ID: id(13), Text: "release the children", By: pArmed, Due: day("2020-09-01"),
		Phase: id(52), Risk: risk.ChildRecruitment, Theme: agreement.ThemeChildren, Obligation: agreement.DutyPositive, Verification: agreement.VerificationMission,
		Term: redline.Term{Kind: redline.KindReleaseOfChildren, Count: redline.Num(40)}})
	east := time.FixedZone("UTC+3", 3*3600)
	var events []agreement.Event
	for k := agreement.EventProgress; k <= agreement.EventAccessRestored; k++ {
		e := agreement.Event{Commitment: id(13), At: day("2020-02-01").AddDate(0, 0, int(k)).Add(90 * time.Minute).In(east).In(time.UTC), Kind: k,
			Source: agreement.Verification(int(k) % 4), Note: "note " + k.String()}
		if k == agreement.EventProgress {
			e.Level = agreement.ImplementationIntermediate
		}
		events = append(events, e)
	}
	return withEvents(t, a, events...)
}

func TestRecordRoundTrip(t *testing.T) {
	for name, a := range map[string]agreement.Agreement{
		"base":     base(),
		"rich":     richAgreement(t),
		"MILF":     milfActionPlan(),
		"MFDC":     mfdcDemining(),
		"redacted": richAgreement(t).Redact(),
		"draft":    func() agreement.Agreement { a := base(); a.Signed = time.Time{}; return a }(),
	} {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, a.Validate())
			data := encodeRecord(t, a)
			got, err := agreement.DecodeRecord(bytes.NewReader(data), agreement.Limits{})
			require.NoError(t, err, "%s", data)
			assert.Equal(t, a, got)
			assert.Equal(t, string(data), string(encodeRecord(t, got)), "encoding is stable")
		})
	}

	t.Run("generated", func(t *testing.T) {
		r := newRand(6)
		for range propertyRuns / 4 {
			a := randomAgreement(r)
			data := encodeRecord(t, a)
			got, err := agreement.DecodeRecord(bytes.NewReader(data), agreement.Limits{})
			require.NoError(t, err, "%s", data)
			require.Equal(t, a, got)
		}
	})
}

func TestRecordShape(t *testing.T) {
	data := encodeRecord(t, richAgreement(t))
	assert.True(t, bytes.HasPrefix(data, []byte("{\n  \"schema\": \"protection.agreement/3\",\n  \"agreement\": {\n    \"id\": ")), "indented, schema first:\n%s", data)
	assert.True(t, bytes.HasSuffix(data, []byte("}\n")))
	assert.Equal(t, "protection.agreement/3", agreement.Schema)
	assert.Equal(t, "protection.agreement/2", agreement.SchemaV2)
	assert.Equal(t, "protection.agreement/1", agreement.SchemaV1)

	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	a := m["agreement"].(map[string]any)
	assert.Equal(t, map[string]any{"kind": "deed_of_commitment", "deed": "mines"}, a["instrument"])
	assert.Equal(t, "political_leadership", a["parties"].([]any)[0].(map[string]any)["level"])
	assert.Equal(t, "political", a["signatories"].([]any)[0].(map[string]any)["capacity"])
	c1 := a["commitments"].([]any)[1].(map[string]any)
	assert.Equal(t, map[string]any{"kind": "cash_for_work", "extra": map[string]any{"daily_rate": 15.5, "paid_in": "cash", "audited": true}}, c1["term"])
	e0 := a["events"].([]any)[0].(map[string]any)
	assert.Equal(t, "progress", e0["kind"])
	assert.Equal(t, "intermediate", e0["level"])
	assert.Equal(t, "self_report", e0["source"])
	assert.Equal(t, "2020-02-02T01:30:00Z", e0["at"])
}

func TestDecodeRecordSchema(t *testing.T) {
	data := string(encodeRecord(t, base()))
	for _, s := range []string{
		strings.Replace(data, agreement.Schema, "protection.agreement/4", 1),
		strings.Replace(data, agreement.Schema, "", 1),
		strings.Replace(data, `"schema": "protection.agreement/3",`, "", 1),
		strings.Replace(data, agreement.Schema, "PROTECTION.AGREEMENT/3", 1),
	} {
		a, err := agreement.DecodeRecord(strings.NewReader(s), agreement.Limits{})
		assert.Equal(t, []problem{{"schema", agreement.ReasonUnknown}}, problems(t, err))
		assert.Equal(t, agreement.Agreement{}, a)
	}
}

// A version-1 record still reads: an Action Plan's violations were those
// the party was listed for, and its commitments named none.
func TestDecodeRecordV1(t *testing.T) {
	v1 := func(a agreement.Agreement, violations ...any) string {
		s := changeRecord(t, a, func(m map[string]any) {
			if violations != nil {
				m["instrument"].(map[string]any)["violations"] = violations
			}
			for _, c := range m["commitments"].([]any) {
				delete(c.(map[string]any), "violation")
			}
		})
		return strings.Replace(s, agreement.Schema, agreement.SchemaV1, 1)
	}
	// A written record is the same in both versions, but for the note of
	// what the older schema did not keep.
	got, err := agreement.DecodeRecord(strings.NewReader(v1(base())), agreement.Limits{})
	require.NoError(t, err)
	want := base()
	want.Upgraded = got.Upgraded
	assert.Equal(t, want, got)
	assert.Contains(t, got.Upgraded, "kept no verified violations and no monitored periods")

	// A plan listed for recruitment and denial of access: denial is
	// dropped, and every commitment addresses recruitment.
	got, err = agreement.DecodeRecord(strings.NewReader(v1(actionPlan(), "denial_of_access", "recruitment_use")), agreement.Limits{})
	require.NoError(t, err)
	want = actionPlan()
	want.Upgraded = got.Upgraded
	assert.Equal(t, want, got)

	// Several violations: which commitment addresses which is unknown.
	_, err = agreement.DecodeRecord(strings.NewReader(v1(actionPlan(), "recruitment_use", "abduction")), agreement.Limits{})
	assert.Equal(t, []problem{{"agreement.commitments[0].violation", agreement.ReasonRequired}, {"agreement.commitments[1].violation", agreement.ReasonRequired}},
		problems(t, err))
}

// changeRecord decodes a record of a into a map, lets change edit the
// agreement in it, and encodes it again.
func changeRecord(t *testing.T, a agreement.Agreement, change func(m map[string]any)) string {
	t.Helper()
	var rec map[string]any
	require.NoError(t, json.Unmarshal(encodeRecord(t, a), &rec))
	change(rec["agreement"].(map[string]any))
	b, err := json.Marshal(rec)
	require.NoError(t, err)
	return string(b)
}

func TestDecodeRecordInvalidAgreement(t *testing.T) {
	data := changeRecord(t, richAgreement(t), func(m map[string]any) {
		delete(m["commitments"].([]any)[0].(map[string]any), "due")
		m["commitments"].([]any)[2].(map[string]any)["by"] = id(77).String()
		m["phases"].([]any)[0].(map[string]any)["after"] = []any{id(52).String()}
		m["events"].([]any)[1].(map[string]any)["at"] = "2019-01-01T00:00:00Z"
	})
	a, err := agreement.DecodeRecord(strings.NewReader(data), agreement.Limits{})
	assert.Equal(t, agreement.Agreement{}, a)
	assert.Equal(t, []problem{
		{"agreement.phases[0].after", agreement.ReasonCycle},
		{"agreement.commitments[0].due", agreement.ReasonRequired},
		{"agreement.commitments[2].by", agreement.ReasonReference},
		{"agreement.events[1].at", agreement.ReasonOutOfRange},
	}, problems(t, err))
	assert.ErrorIs(t, err, &agreement.FieldError{Path: "agreement.commitments[0].due", Reason: agreement.ReasonRequired})

	_, err = agreement.DecodeRecord(strings.NewReader(`{"schema":"protection.agreement/1","agreement":{}}`), agreement.Limits{})
	assert.Equal(t, []problem{
		{"agreement.id", agreement.ReasonRequired},
		{"agreement.title", agreement.ReasonRequired},
		{"agreement.actor", agreement.ReasonRequired},
		{"agreement.parties", agreement.ReasonRequired},
		{"agreement.instrument.kind", agreement.ReasonRequired},
		{"agreement.commitments", agreement.ReasonRequired},
	}, problems(t, err))
}

func TestDecodeRecordStrict(t *testing.T) {
	valid := encodeRecord(t, richAgreement(t))
	rich := richAgreement(t)
	tests := []struct {
		name string
		data string
		lim  agreement.Limits
		want []problem
	}{
		{name: "unknown field at the top", data: strings.Replace(string(valid), `"schema":`, `"version": 2, "schema":`, 1),
			want: []problem{{"version", agreement.ReasonUnknown}}},
		{name: "unknown field in a party", data: changeRecord(t, rich, func(m map[string]any) {
			m["parties"].([]any)[1].(map[string]any)["phone"] = "+000"
		}), want: []problem{{"agreement.parties[1].phone", agreement.ReasonUnknown}}},
		{name: "duplicate key", data: strings.Replace(string(valid), `"title":`, `"title": "again", "title":`, 1),
			want: []problem{{"agreement.title", agreement.ReasonDuplicate}}},
		{name: "duplicate key in another case", data: strings.Replace(string(valid), `"title":`, `"TITLE": "again", "title":`, 1),
			want: []problem{{"agreement.title", agreement.ReasonDuplicate}}},
		{name: "unknown risk", data: changeRecord(t, rich, func(m map[string]any) {
			m["commitments"].([]any)[1].(map[string]any)["risk"] = "danger"
		}), want: []problem{{"agreement.commitments[1].risk", agreement.ReasonUnknown}}},
		{name: "unknown event kind", data: changeRecord(t, rich, func(m map[string]any) {
			m["events"].([]any)[3].(map[string]any)["kind"] = "rumour"
		}), want: []problem{{"agreement.events[3].kind", agreement.ReasonUnknown}}},
		{name: "unknown violation", data: changeRecord(t, milfActionPlan(), func(m map[string]any) {
			m["instrument"].(map[string]any)["violations"] = []any{"recruitment_use", "looting"}
		}), want: []problem{{"agreement.instrument.violations[1]", agreement.ReasonUnknown}}},
		{name: "not a UUID", data: changeRecord(t, rich, func(m map[string]any) { m["actor"] = "MILF" }),
			want: []problem{{"agreement.actor", agreement.ReasonInvalid}}},
		{name: "a number for a string", data: changeRecord(t, rich, func(m map[string]any) { m["title"] = 5 }),
			want: []problem{{"agreement.title", agreement.ReasonType}}},
		{name: "a string for a number", data: changeRecord(t, rich, func(m map[string]any) {
			m["phases"].([]any)[0].(map[string]any)["advance"].(map[string]any)["share"] = "1"
		}), want: []problem{{"agreement.phases[0].advance.share", agreement.ReasonType}}},
		{name: "a word for a number", data: changeRecord(t, rich, func(m map[string]any) {
			m["commitments"].([]any)[2].(map[string]any)["term"].(map[string]any)["count"] = "forty"
		}), want: []problem{{"agreement.commitments[2].term.count", agreement.ReasonType}}},
		{name: "truncated", data: string(valid[:len(valid)/2]), want: nil},
		{name: "trailing data", data: string(valid) + "{}", want: []problem{{"", agreement.ReasonSyntax}}},
		{name: "empty", data: "", want: []problem{{"", agreement.ReasonSyntax}}},
		{name: "invalid UTF-8", data: strings.Replace(string(valid), `"note progress"`, "\"note \xff\"", 1),
			want: []problem{{"agreement.events[0].note", agreement.ReasonSyntax}}},
		{name: "too large", data: string(valid), lim: agreement.Limits{MaxBytes: 100}, want: []problem{{"", agreement.ReasonTooLarge}}},
		{name: "too deep", data: string(valid), lim: agreement.Limits{MaxDepth: 3}, want: nil},
		{name: "too many elements", data: string(valid), lim: agreement.Limits{MaxElements: 3}, want: nil},
		{name: "string too long", data: string(valid), lim: agreement.Limits{MaxString: 10}, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := agreement.DecodeRecord(strings.NewReader(tt.data), tt.lim)
			require.Error(t, err)
			assert.Equal(t, agreement.Agreement{}, a, "a failed decode returns the zero Agreement")
			got := problems(t, err)
			if tt.want != nil {
				assert.Equal(t, tt.want, got)
			} else {
				require.NotEmpty(t, got)
			}
		})
	}

	// The limits say which: a truncated record is a syntax error, and each
	// limit a size error.
	for name, tt := range map[string]struct {
		data string
		lim  agreement.Limits
		r    agreement.Reason
	}{
		"truncated":         {string(valid[:len(valid)/2]), agreement.Limits{}, agreement.ReasonSyntax},
		"too deep":          {string(valid), agreement.Limits{MaxDepth: 3}, agreement.ReasonTooLarge},
		"too many elements": {string(valid), agreement.Limits{MaxElements: 3}, agreement.ReasonTooLarge},
		"string too long":   {string(valid), agreement.Limits{MaxString: 10}, agreement.ReasonTooLarge},
	} {
		_, err := agreement.DecodeRecord(strings.NewReader(tt.data), tt.lim)
		assert.ErrorIs(t, err, &agreement.FieldError{Reason: tt.r}, name)
	}
}

func TestDecodeRecordAcceptsLabelsAndCase(t *testing.T) {
	data := changeRecord(t, base(), func(m map[string]any) {
		m["instrument"].(map[string]any)["kind"] = "Written Record of Agreed Terms"
		m["parties"].([]any)[0].(map[string]any)["role"] = "ARMED_ACTOR"
	})
	a, err := agreement.DecodeRecord(strings.NewReader(data), agreement.Limits{})
	require.NoError(t, err)
	assert.Equal(t, base(), a)
	assert.Equal(t, string(encodeRecord(t, base())), string(encodeRecord(t, a)), "the wire words are written back")
}

func TestDecodeRecordEmptyLists(t *testing.T) {
	// An empty list decodes as nil, so that a decoded agreement equals
	// itself re-encoded.
	data := changeRecord(t, base(), func(m map[string]any) {
		m["signatories"] = []any{}
		m["phases"] = []any{}
		m["events"] = []any{}
		m["instrument"].(map[string]any)["violations"] = []any{}
	})
	a, err := agreement.DecodeRecord(strings.NewReader(data), agreement.Limits{})
	require.NoError(t, err)
	assert.Nil(t, a.Signatories)
	assert.Nil(t, a.Phases)
	assert.Nil(t, a.Events)
	assert.Nil(t, a.Instrument.Violations)
	assert.Equal(t, base(), a)
}

func TestEncodeRecordRefusesInvalid(t *testing.T) {
	a := base()
	a.Commitments[0].By = uuid.Nil
	a.Events = []agreement.Event{ev(id(77), "2020-02-01", agreement.EventBreach)}
	var buf bytes.Buffer
	err := agreement.EncodeRecord(&buf, a)
	assert.Equal(t, []problem{{"commitments[0].by", agreement.ReasonRequired}, {"events[0].commitment", agreement.ReasonReference}}, problems(t, err))
	assert.Empty(t, buf.Bytes(), "nothing is written")

	assert.ErrorIs(t, agreement.EncodeRecord(failWriter{}, base()), errDisk)
}

// TestEncodeRecordOfValidAgreement: EncodeRecord validates the agreement
// and then encodes it, so an agreement it accepts must encode, and every
// error must be a *FieldError. Validate puts no bound on dates, and does
// not check a term without a kind, so these agreements validate but cannot
// be encoded as JSON.
//
// This test fails: EncodeRecord returns a *json.MarshalerError (year
// outside [0,9999]; NaN cannot be encoded) for agreements Validate accepts.
func TestEncodeRecordOfValidAgreement(t *testing.T) {
	for name, change := range map[string]func(a *agreement.Agreement){
		"due in the year 10000": func(a *agreement.Agreement) { a.Commitments[0].Due = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) },
		"signed in 1 BC": func(a *agreement.Agreement) {
			a.Signatories = []agreement.Signatory{{Party: pArmed, Capacity: agreement.CapacityMilitary, Date: time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Hour)}}
		},
		"term without kind, NaN age": func(a *agreement.Agreement) { a.Commitments[1].Term = redline.Term{MinAge: redline.Num(math.NaN())} },
	} {
		a := base()
		change(&a)
		var buf bytes.Buffer
		err := agreement.EncodeRecord(&buf, a)
		if err == nil {
			_, err := agreement.DecodeRecord(&buf, agreement.Limits{})
			assert.NoError(t, err, "%s: what EncodeRecord writes, DecodeRecord reads", name)
			continue
		}
		assert.NotEmpty(t, fieldErrors(t, err), name)
	}
}

// A version-2 record reads with a note that its cessation is unknown, and
// its follow-up says so; saved again, it is a version-3 record.
func TestDecodeRecordV2(t *testing.T) {
	plan := withEvents(t, actionPlan(),
		ev(cFirst, "2020-02-01", agreement.EventFulfilled), ev(cSecond, "2020-02-01", agreement.EventFulfilled),
		ev(cFirst, "2020-03-01", agreement.EventVerification), ev(cSecond, "2020-03-01", agreement.EventVerification))
	v2 := strings.Replace(string(encodeRecord(t, plan)), agreement.Schema, agreement.SchemaV2, 1)
	got, err := agreement.DecodeRecord(strings.NewReader(v2), agreement.Limits{})
	require.NoError(t, err)
	assert.Equal(t, "read from a record of schema protection.agreement/2 or earlier, which kept no verified violations and no monitored periods: "+
		"until they are added, whether a violation has ceased is unknown for every reporting period", got.Upgraded)
	f, err := got.FollowUp(day("2022-01-01"), agreement.FollowUpOptions{Listing: listedFor(actor.ViolationRecruitmentUse, 2003)})
	require.NoError(t, err)
	assert.False(t, f.Delisting.Eligible)
	assert.Equal(t, got.Upgraded, f.Upgraded)
	assert.Contains(t, f.String(), "\n  - record: read from a record of schema protection.agreement/2")
	again := encodeRecord(t, got)
	assert.Contains(t, string(again), `"schema": "protection.agreement/3"`)
}
