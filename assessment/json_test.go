package assessment_test

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/risk"
)

func encodeInput(t testing.TB, in assessment.Input) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, assessment.EncodeInput(&buf, in))
	return buf.Bytes()
}

func encodePolicy(t testing.TB, p assessment.Policy) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, assessment.EncodePolicy(&buf, p))
	return buf.Bytes()
}

// richInput is the base input with a plan, designations, prohibitions and
// an unassessed factor: every part of an Input set.
func richInput() assessment.Input {
	in := baseInput(nsag(
		actor.Designation{Kind: actor.DesignationUNSanctions, Regime: "1267", Year: 2014},
		actor.Designation{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2016, Section: actor.AnnexSectionA}}}))
	in.Actor.Command = actor.CommandDecentralised
	in.Actor.Norms = []actor.Norm{actor.NormReligiousLaw, actor.NormCustomary}
	in.Actor.Interests = []actor.Interest{actor.InterestLegitimacy}
	in.Actor.Levels = []actor.Level{actor.LevelPoliticalLeadership, actor.LevelMilitaryCommand}
	in.Concerns[0].ThreatActor = in.Actor.ID
	in.Concerns = append(in.Concerns, risk.Concern{Risk: risk.ExplosiveOrdnance, Threat: 4})
	in.Factors.HostState = assessment.Score{}
	in.Factors.Openness = assessment.Scored(0, assessment.ConfidenceLow)
	in.Context = assessment.Context{
		HostState:          assessment.HostStanceHostile,
		Prohibitions:       []assessment.Prohibition{{Source: assessment.SourceCounterTerrorLaw}, {Source: assessment.SourceDonorClause, Exemption: "waiver 12"}},
		RegionalImpact:     true,
		DonorLinkedFunding: true,
		Criticality:        assessment.CriticalityPC2,
		Intermediaries:     true,
	}
	p := planWithout(assessment.StepTeam)
	in.Plan = &p
	return in
}

// evidencedInput is the base input with incident evidence read from the
// shipped subset, and UCDP evidence on two factors.
func evidencedInput(t testing.TB) assessment.Input {
	in := baseInput(nsag())
	ev, err := defaultDecider(t).IncidentEvidence(readKIKA(t, kikaSubset), assessment.IncidentQuery{Country: "SSD", WindowDays: 365,
		Perpetrators: []incident.Perpetrator{incident.PerpetratorPolice, incident.PerpetratorCivilian}}, date("2022-01-01"))
	require.NoError(t, err)
	in.Evidence = []assessment.Evidence{ev,
		{Kind: assessment.EvidenceOneSidedViolence, Dataset: assessment.DatasetUCDPActor, Factor: assessment.FactorActorImpact, Confidence: assessment.ConfidenceLow,
			OneSided: &assessment.OneSidedSummary{UCDPActorID: 276, Dyads: []int{976}, Line: 20}},
		{Kind: assessment.EvidenceConflictIntensity, Dataset: assessment.DatasetUCDPPRIOACD, Factor: assessment.FactorActorImpact, Confidence: assessment.ConfidenceLow,
			Conflict: &assessment.ConflictSummary{ConflictID: 187, Side: "B", SideName: "RUF", Year: 2001, Intensity: 1, Years: 11, WarYears: 3, DataTo: 2012}},
	}
	return in
}

func TestInputRoundTrip(t *testing.T) {
	for name, in := range map[string]assessment.Input{
		"base":          baseInput(nsag()),
		"rich":          richInput(),
		"minimal":       {Actor: nsag()},
		"with evidence": evidencedInput(t),
	} {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, in.Validate())
			data := encodeInput(t, in)
			got, err := assessment.DecodeInput(bytes.NewReader(data), assessment.Limits{})
			require.NoError(t, err, "%s", data)
			assert.Equal(t, in, got)
			assert.Equal(t, data, encodeInput(t, got), "encoding is stable")
		})
	}

	t.Run("generated", func(t *testing.T) {
		r := newRand(21)
		for range propertyRuns {
			in := randomInput(r)
			require.NoError(t, in.Validate())
			data := encodeInput(t, in)
			got, err := assessment.DecodeInput(bytes.NewReader(data), assessment.Limits{})
			require.NoError(t, err, "%s", data)
			require.True(t, reflect.DeepEqual(in, got), "decode(encode(x)) != x:\n%s", data)
		}
	})
}

func TestEncodeInputWords(t *testing.T) {
	data := encodeInput(t, richInput())
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	factors := m["factors"].(map[string]any)
	assert.NotContains(t, factors, "host_state", "an unassessed factor is left out")
	assert.Equal(t, map[string]any{"value": 0.0, "confidence": "low"}, factors["openness"], "a score of 0 is kept")
	assert.Equal(t, map[string]any{"value": 0.9, "confidence": "high"}, factors["criticality"])
	c0 := m["concerns"].([]any)[0].(map[string]any)
	assert.Equal(t, "child_recruitment", c0["risk"])
	assert.Equal(t, "severe", c0["severity"])
	assert.Equal(t, "00000000-0000-4000-8000-0000000000aa", c0["threat_actor"])
	c1 := m["concerns"].([]any)[1].(map[string]any)
	assert.NotContains(t, c1, "threat_actor")
	assert.NotContains(t, c1, "capacity")
	r0 := m["risks"].([]any)[0].(map[string]any)
	assert.Equal(t, "safety_security", r0["category"])
	x := m["context"].(map[string]any)
	assert.Equal(t, "hostile", x["host_state"])
	assert.Equal(t, "pc2", x["criticality"])
	assert.Equal(t, "counter_terror_law", x["prohibitions"].([]any)[0].(map[string]any)["source"])
	assert.Equal(t, "mixed", m["plan"].(map[string]any)["messaging"])
	assert.NotContains(t, string(encodeInput(t, baseInput(nsag()))), `"plan"`, "no plan, no key")
}

func TestPolicyRoundTrip(t *testing.T) {
	p := assessment.DefaultPolicy()
	data := encodePolicy(t, p)
	got, err := assessment.DecodePolicy(bytes.NewReader(data), assessment.Limits{})
	require.NoError(t, err, "%s", data)
	assert.Equal(t, p, got)
	assert.Equal(t, data, encodePolicy(t, got))

	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	assert.Equal(t, "headquarters", m["owners"].(map[string]any)["legal"])
	assert.Equal(t, "governing_board", m["escalation"].(map[string]any)["donor_linked_funding"])
	assert.Equal(t, 1.0, m["weights"].(map[string]any)["added_value"])
	assert.Equal(t, 0.6, m["engage"])

	r := newRand(22)
	for range propertyRuns {
		p := randomPolicy(r)
		require.NoError(t, p.Validate())
		data := encodePolicy(t, p)
		got, err := assessment.DecodePolicy(bytes.NewReader(data), assessment.Limits{})
		require.NoError(t, err, "%s", data)
		require.Equal(t, p, got)
	}
}

// editJSON re-encodes data after change edits it as generic JSON.
func editJSON(t *testing.T, data []byte, change func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	change(m)
	out, err := json.Marshal(m)
	require.NoError(t, err)
	return out
}

func obj(m map[string]any, keys ...string) map[string]any {
	for _, k := range keys {
		m = m[k].(map[string]any)
	}
	return m
}

func TestDecodeInputErrors(t *testing.T) {
	base := encodeInput(t, baseInput(nsag()))
	edit := func(change func(m map[string]any)) []byte { return editJSON(t, base, change) }
	tests := []struct {
		name string
		data []byte
		lim  assessment.Limits
		want problem
	}{
		{"unknown field", edit(func(m map[string]any) { m["bogus"] = 1 }), assessment.Limits{},
			problem{"bogus", assessment.ReasonUnknown}},
		{"unknown nested field", edit(func(m map[string]any) { obj(m, "factors", "openness")["weight"] = 1 }), assessment.Limits{},
			problem{"factors.openness.weight", assessment.ReasonUnknown}},
		{"unknown confidence word", edit(func(m map[string]any) { obj(m, "factors", "openness")["confidence"] = "sure" }), assessment.Limits{},
			problem{"factors.openness.confidence", assessment.ReasonUnknown}},
		{"unknown risk word", edit(func(m map[string]any) { m["concerns"].([]any)[0].(map[string]any)["risk"] = "looting" }), assessment.Limits{},
			problem{"concerns[0].risk", assessment.ReasonUnknown}},
		{"unknown category word", edit(func(m map[string]any) { m["risks"].([]any)[3].(map[string]any)["category"] = "political" }), assessment.Limits{},
			problem{"risks[3].category", assessment.ReasonUnknown}},
		{"unknown actor kind", edit(func(m map[string]any) { obj(m, "actor")["kind"] = "pirates" }), assessment.Limits{},
			problem{"actor.kind", assessment.ReasonUnknown}},
		{"unknown source", edit(func(m map[string]any) {
			obj(m, "context")["prohibitions"] = []any{map[string]any{"source": "ministry"}}
		}), assessment.Limits{}, problem{"context.prohibitions[0].source", assessment.ReasonUnknown}},
		{"a threat as a string", edit(func(m map[string]any) { m["concerns"].([]any)[0].(map[string]any)["threat"] = "5" }), assessment.Limits{},
			problem{"concerns[0].threat", assessment.ReasonType}},
		{"a fractional threat", edit(func(m map[string]any) { m["concerns"].([]any)[0].(map[string]any)["threat"] = 2.5 }), assessment.Limits{},
			problem{"concerns[0].threat", assessment.ReasonType}},
		{"score as the string NaN", edit(func(m map[string]any) { obj(m, "factors", "openness")["value"] = "NaN" }), assessment.Limits{},
			problem{"factors.openness.value", assessment.ReasonType}},
		{"factors as an array", edit(func(m map[string]any) { m["factors"] = []any{} }), assessment.Limits{},
			problem{"factors", assessment.ReasonType}},
		{"a boolean for a word", edit(func(m map[string]any) { obj(m, "context")["host_state"] = true }), assessment.Limits{},
			problem{"context.host_state", assessment.ReasonType}},
		{"duplicate key", []byte(strings.Replace(string(base), `"factors": {`, `"factors": {}, "factors": {`, 1)), assessment.Limits{},
			problem{"factors", assessment.ReasonDuplicate}},
		{"duplicate key in another case", []byte(strings.Replace(string(base), `"factors": {`, `"FACTORS": {}, "factors": {`, 1)), assessment.Limits{},
			problem{"factors", assessment.ReasonDuplicate}},
		{"trailing data", append(append([]byte{}, base...), []byte(` {}`)...), assessment.Limits{},
			problem{"", assessment.ReasonSyntax}},
		{"truncated", base[:len(base)/2], assessment.Limits{},
			problem{"", assessment.ReasonSyntax}},
		{"not JSON", []byte(`engage!`), assessment.Limits{}, problem{"", assessment.ReasonSyntax}},
		{"empty", nil, assessment.Limits{}, problem{"", assessment.ReasonSyntax}},
		{"too large", base, assessment.Limits{MaxBytes: 100}, problem{"", assessment.ReasonTooLarge}},
		{"too deep", base, assessment.Limits{MaxDepth: 2}, problem{"", assessment.ReasonTooLarge}},
		{"too long a string", base, assessment.Limits{MaxString: 8}, problem{"", assessment.ReasonTooLarge}},
		{"a score beyond float64", []byte(strings.Replace(string(base), `"value": 0.6,`, `"value": 1e400,`, 1)), assessment.Limits{},
			problem{"factors.operations.value", assessment.ReasonOutOfRange}},
		{"invalid UTF-8", []byte(strings.Replace(string(base), "An armed", "An \xff armed", 1)), assessment.Limits{},
			problem{"actor.name", assessment.ReasonSyntax}},
		// Decoding runs Validate.
		{"score 1.5", edit(func(m map[string]any) { obj(m, "factors", "criticality")["value"] = 1.5 }), assessment.Limits{},
			problem{"factors.criticality.value", assessment.ReasonOutOfRange}},
		{"score without confidence", edit(func(m map[string]any) { delete(obj(m, "factors", "risk"), "confidence") }), assessment.Limits{},
			problem{"factors.risk.confidence", assessment.ReasonRequired}},
		{"threat 6", edit(func(m map[string]any) { m["concerns"].([]any)[0].(map[string]any)["threat"] = 6 }), assessment.Limits{},
			problem{"concerns[0].threat", assessment.ReasonOutOfRange}},
		{"blank measure", edit(func(m map[string]any) {
			m["risks"].([]any)[0].(map[string]any)["mitigations"].([]any)[0].(map[string]any)["measure"] = " "
		}), assessment.Limits{}, problem{"risks[0].mitigations[0].measure", assessment.ReasonRequired}},
		{"actor's designation without a kind", edit(func(m map[string]any) { obj(m, "actor")["designations"] = []any{map[string]any{"year": 2020}} }), assessment.Limits{},
			problem{"actor.designations[0].kind", assessment.ReasonRequired}},
		{"no actor", []byte(`{}`), assessment.Limits{}, problem{"actor.kind", assessment.ReasonRequired}},
		{"null", []byte(`null`), assessment.Limits{}, problem{"actor.kind", assessment.ReasonRequired}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := assessment.DecodeInput(bytes.NewReader(tt.data), tt.lim)
			require.Error(t, err, "%s", tt.data)
			assert.True(t, reflect.DeepEqual(assessment.Input{}, in), "a failed decode gives the zero Input")
			fes := fieldErrors(t, err)
			require.NotEmpty(t, fes)
			for _, fe := range fes {
				assert.NotZero(t, fe.Reason)
			}
			if tt.want.Path == "" {
				// Whole-input problems have no path; match the reason.
				assert.Equal(t, tt.want.Reason, fes[0].Reason, "%v", err)
			} else {
				assert.ErrorIs(t, err, &assessment.FieldError{Reason: tt.want.Reason, Path: tt.want.Path})
			}
			if tt.want.Reason != assessment.ReasonRequired && tt.want.Reason != assessment.ReasonOutOfRange {
				assert.Equal(t, "assessment", fes[0].Pkg, "decoding errors name this package: %v", err)
			}
		})
	}

	t.Run("case-insensitive words and keys", func(t *testing.T) {
		data := edit(func(m map[string]any) {
			obj(m, "factors", "openness")["confidence"] = "MEDIUM"
			m["concerns"].([]any)[0].(map[string]any)["risk"] = "Forced Recruitment and Association of Children in Armed Forces and Groups"
			m["concerns"].([]any)[0].(map[string]any)["severity"] = "Severe"
			m["risks"].([]any)[1].(map[string]any)["category"] = "Reputational"
			obj(m, "context")["host_state"] = "Hostile"
		})
		in, err := assessment.DecodeInput(bytes.NewReader(data), assessment.Limits{})
		require.NoError(t, err)
		want := baseInput(nsag())
		want.Context.HostState = assessment.HostStanceHostile
		assert.Equal(t, want, in)
	})
	t.Run("an actor without ID or name: a decision does not rest on them", func(t *testing.T) {
		data := edit(func(m map[string]any) {
			delete(obj(m, "actor"), "name")
			delete(obj(m, "actor"), "id")
		})
		in, err := assessment.DecodeInput(bytes.NewReader(data), assessment.Limits{})
		require.NoError(t, err)
		assert.Empty(t, in.Actor.Name)
		assert.Error(t, in.Actor.Validate(), "the actor's own record is actor.Validate's to check")
	})
	t.Run("older GPC label", func(t *testing.T) {
		data := edit(func(m map[string]any) {
			m["concerns"].([]any)[0].(map[string]any)["risk"] = "Sexual and gender-based violence"
		})
		in, err := assessment.DecodeInput(bytes.NewReader(data), assessment.Limits{})
		require.NoError(t, err)
		assert.Equal(t, risk.GenderBasedViolence, in.Concerns[0].Risk)
	})
	t.Run("empty lists decode as nil", func(t *testing.T) {
		data := edit(func(m map[string]any) {
			m["concerns"] = []any{}
			obj(m, "context")["prohibitions"] = []any{}
			m["risks"].([]any)[0].(map[string]any)["mitigations"] = []any{}
		})
		in, err := assessment.DecodeInput(bytes.NewReader(data), assessment.Limits{})
		require.NoError(t, err)
		assert.Nil(t, in.Concerns)
		assert.Nil(t, in.Context.Prohibitions)
		assert.Nil(t, in.Risks[0].Mitigations)
	})
	t.Run("every problem of Validate at once", func(t *testing.T) {
		data := edit(func(m map[string]any) {
			obj(m, "factors", "criticality")["value"] = 1.5
			m["concerns"].([]any)[0].(map[string]any)["threat"] = 6
			delete(obj(m, "actor"), "kind")
		})
		_, err := assessment.DecodeInput(bytes.NewReader(data), assessment.Limits{})
		assert.ElementsMatch(t, []problem{
			{"actor.kind", assessment.ReasonRequired},
			{"concerns[0].threat", assessment.ReasonOutOfRange},
			{"factors.criticality.value", assessment.ReasonOutOfRange},
		}, problems(t, err))
	})
}

func TestDecodePolicyErrors(t *testing.T) {
	base := encodePolicy(t, assessment.DefaultPolicy())
	edit := func(change func(m map[string]any)) []byte { return editJSON(t, base, change) }
	tests := []struct {
		name string
		data []byte
		lim  assessment.Limits
		want problem
	}{
		{"unknown field", edit(func(m map[string]any) { m["thresholds"] = 1 }), assessment.Limits{}, problem{"thresholds", assessment.ReasonUnknown}},
		{"unknown weight", edit(func(m map[string]any) { obj(m, "weights")["urgency"] = 1 }), assessment.Limits{}, problem{"weights.urgency", assessment.ReasonUnknown}},
		{"unknown owner", edit(func(m map[string]any) { obj(m, "owners")["legal"] = "ministry" }), assessment.Limits{}, problem{"owners.legal", assessment.ReasonUnknown}},
		{"weight as a string", edit(func(m map[string]any) { obj(m, "weights")["risk"] = "NaN" }), assessment.Limits{}, problem{"weights.risk", assessment.ReasonType}},
		{"fractional appetite", edit(func(m map[string]any) { obj(m, "appetite")["legal"] = 6.5 }), assessment.Limits{}, problem{"appetite.legal", assessment.ReasonType}},
		{"duplicate key", []byte(strings.Replace(string(base), `"engage": 0.6,`, `"engage": 0.6, "engage": 0.7,`, 1)), assessment.Limits{}, problem{"engage", assessment.ReasonDuplicate}},
		{"trailing data", append(append([]byte{}, base...), '1'), assessment.Limits{}, problem{"", assessment.ReasonSyntax}},
		{"too large", base, assessment.Limits{MaxBytes: 10}, problem{"", assessment.ReasonTooLarge}},
		// Decoding runs Validate.
		{"defer above engage", edit(func(m map[string]any) { m["defer"] = 0.7 }), assessment.Limits{}, problem{"defer", assessment.ReasonConflict}},
		{"zero weights", edit(func(m map[string]any) {
			for k := range obj(m, "weights") {
				obj(m, "weights")[k] = 0
			}
		}), assessment.Limits{}, problem{"weights", assessment.ReasonInvalid}},
		{"appetite 26", edit(func(m map[string]any) { obj(m, "appetite")["legal"] = 26 }), assessment.Limits{}, problem{"appetite.legal", assessment.ReasonOutOfRange}},
		{"missing owner", edit(func(m map[string]any) { delete(obj(m, "owners"), "financial") }), assessment.Limits{}, problem{"owners.financial", assessment.ReasonRequired}},
		{"empty object", []byte(`{}`), assessment.Limits{}, problem{"weights", assessment.ReasonInvalid}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := assessment.DecodePolicy(bytes.NewReader(tt.data), tt.lim)
			require.Error(t, err)
			assert.Equal(t, assessment.Policy{}, p, "a failed decode gives the zero Policy")
			fes := fieldErrors(t, err)
			require.NotEmpty(t, fes)
			for _, fe := range fes {
				assert.Equal(t, "assessment", fe.Pkg)
			}
			if tt.want.Path == "" {
				assert.Equal(t, tt.want.Reason, fes[0].Reason, "%v", err)
			} else {
				assert.ErrorIs(t, err, &assessment.FieldError{Reason: tt.want.Reason, Path: tt.want.Path})
			}
		})
	}

	t.Run("labels and case", func(t *testing.T) {
		data := edit(func(m map[string]any) {
			obj(m, "owners")["legal"] = "Governing Board"
			obj(m, "escalation")["sanctions"] = "REGIONAL_OFFICE"
		})
		p, err := assessment.DecodePolicy(bytes.NewReader(data), assessment.Limits{})
		require.NoError(t, err)
		want := assessment.DefaultPolicy()
		want.Owners.Legal = assessment.GoverningBoard
		want.Escalation.Sanctions = assessment.RegionalOffice
		assert.Equal(t, want, p)
	})
}

func TestEncodeRefusesWhatDecodeWouldReject(t *testing.T) {
	in := richInput()
	in.Factors.Openness = assessment.Scored(7, assessment.ConfidenceHigh)
	var buf bytes.Buffer
	err := assessment.EncodeInput(&buf, in)
	assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonOutOfRange, Path: "factors.openness.value"})
	assert.Zero(t, buf.Len(), "nothing is written")

	p := assessment.DefaultPolicy()
	p.Engage = math.NaN()
	err = assessment.EncodePolicy(&buf, p)
	assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonOutOfRange, Path: "engage"})
	assert.Zero(t, buf.Len(), "nothing is written")
}
