package risk_test

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/humanitarian-negotiation/protection/risk"
)

// checkEnum checks the codec of an enumeration whose values run from 1 to
// len(words) against the contract every package keeps (enumtest.Check).
func checkEnum[T enumtest.Value, P enumtest.Pointer[T]](t *testing.T, typ string, parse func(string) (T, error), words ...string) {
	t.Helper()
	enumtest.Check[T, P](t, enumtest.Spec[T]{Type: typ, Pkg: "risk", Parse: parse, Words: enumtest.Words[T](words...)})
}

// gpcRisks are the 15 GPC protection risks, their wire words, and their
// names copied from STANDARDS.md character for character.
var gpcRisks = []struct {
	risk  risk.Risk
	word  string
	label string
}{
	{risk.AbductionDetention, "abduction_detention", "Abduction, Kidnapping, Enforced Disappearance, Arbitrary or Unlawful Arrest and/or Detention"},
	{risk.AttacksOnCivilians, "attacks_on_civilians", "Attacks on Civilians and Other Unlawful Killings, and Attacks on Civilian Objects"},
	{risk.FamilySeparation, "family_separation", "Child and Forced Family Separation"},
	{risk.ChildMarriage, "child_marriage", "Child, Early or Forced Marriage"},
	{risk.Discrimination, "discrimination", "Discrimination and Stigmatization, Denial of Resources, Opportunities, Services and/or Humanitarian Access"},
	{risk.Disinformation, "disinformation", "Disinformation and Denial of Access to Information"},
	{risk.ChildRecruitment, "child_recruitment", "Forced Recruitment and Association of Children in Armed Forces and Groups"},
	{risk.GenderBasedViolence, "gender_based_violence", "Gender-Based Violence"},
	{risk.LegalIdentityJustice, "legal_identity_justice", "Impediments and/or Restrictions to Access to Legal Identity, Remedies and Justice"},
	{risk.ExplosiveOrdnance, "explosive_ordnance", "Presence of Mine and Other Explosive Ordnance"},
	{risk.PsychologicalAbuse, "psychological_abuse", "Psychological/Emotional Abuse or Inflicted Distress"},
	{risk.TheftExtortion, "theft_extortion", "Theft, Extortion, Forced Eviction or Destruction of Personal Property"},
	{risk.Torture, "torture", "Torture or Cruel, Inhuman, Degrading Treatment or Punishment"},
	{risk.Trafficking, "trafficking", "Trafficking in Persons, Forced Labour or Slavery-Like Practices"},
	{risk.MovementRestrictions, "movement_restrictions", "Unlawful Impediments or Restrictions to Freedom of Movement, Siege and Forced Displacement"},
}

func TestRiskWordsAndLabels(t *testing.T) {
	require.Len(t, gpcRisks, 15)
	words := make([]string, len(gpcRisks))
	for i, r := range gpcRisks {
		assert.Equal(t, risk.Risk(i+1), r.risk, "row %d out of order", i)
		assert.True(t, r.risk.IsValid())
		assert.Equal(t, r.word, r.risk.String())
		assert.Equal(t, r.label, r.risk.Label(), "the GPC name of %s", r.word)
		words[i] = r.word
	}
	checkEnum(t, "protection risk", risk.Parse, words...)

	var want []risk.Risk
	for _, r := range gpcRisks {
		want = append(want, r.risk)
	}
	assert.Equal(t, want, risk.Risks())
	assert.False(t, risk.Unspecified.IsValid())
	assert.False(t, risk.Risk(16).IsValid())
	assert.Equal(t, "unspecified", risk.Unspecified.Label())
}

func TestParseRisk(t *testing.T) {
	for _, r := range gpcRisks {
		for _, in := range []string{r.word, strings.ToUpper(r.word), r.label, strings.ToLower(r.label), strings.ToUpper(r.label)} {
			got, err := risk.Parse(in)
			require.NoError(t, err, in)
			assert.Equal(t, r.risk, got, in)
			var u risk.Risk
			require.NoError(t, u.UnmarshalText([]byte(in)), in)
			assert.Equal(t, r.risk, u, in)
		}
	}

	// The older labels still found in GPC dashboards, from STANDARDS.md.
	older := []struct {
		label string
		risk  risk.Risk
	}{
		{"Sexual and gender-based violence", risk.GenderBasedViolence},
		{"Misinformation and denial of access to information", risk.Disinformation},
		{"Attacks on civilians and other unlawful killings, attacks on civilian infrastructures", risk.AttacksOnCivilians},
		{"Impediments and/or restrictions to access to documentation, remedies and justice", risk.LegalIdentityJustice},
		{"Impediments or restrictions to freedom of movement, siege and forced displacement", risk.MovementRestrictions},
		{"Torture or inhuman, cruel, degrading treatment", risk.Torture},
	}
	for _, o := range older {
		for _, in := range []string{o.label, strings.ToUpper(o.label), strings.ToLower(o.label)} {
			got, err := risk.Parse(in)
			require.NoError(t, err, in)
			assert.Equal(t, o.risk, got, in)
			var fromJSON risk.Risk
			require.NoError(t, json.Unmarshal([]byte(strconv.Quote(in)), &fromJSON), in)
			assert.Equal(t, o.risk, fromJSON, in)
			b, err := fromJSON.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, o.risk.String(), string(b), "an older label is read, the wire word is written")
		}
	}

	for _, in := range []string{"", "gbv", "Sexual violence", "gender based violence", "Gender-Based  Violence", "unspecified", "protection risk(1)", "1"} {
		got, err := risk.Parse(in)
		assert.Equal(t, risk.Unspecified, got, "%q", in)
		var fe *risk.FieldError
		require.ErrorAs(t, err, &fe, "%q", in)
		assert.Equal(t, risk.ReasonUnknown, fe.Reason, "%q", in)
		assert.Equal(t, "risk", fe.Pkg, "%q", in)
		assert.ErrorIs(t, err, &risk.FieldError{Reason: risk.ReasonUnknown})
	}
}

func TestSeverity(t *testing.T) {
	checkEnum(t, "severity", risk.ParseSeverity, "not_applicable", "minor", "stressed", "moderate", "severe", "extreme")
	tests := []struct {
		s     risk.Severity
		label string
		rank  int
	}{
		{risk.SeverityNotApplicable, "N/A", 0},
		{risk.SeverityMinor, "Minor", 1},
		{risk.SeverityStressed, "Stressed", 2},
		{risk.SeverityModerate, "Moderate", 3},
		{risk.SeveritySevere, "Severe", 4},
		{risk.SeverityExtreme, "Extreme", 5},
	}
	for _, tt := range tests {
		assert.True(t, tt.s.IsValid())
		assert.Equal(t, tt.label, tt.s.Label())
		assert.Equal(t, tt.rank, tt.s.Rank(), "%s", tt.s)
		for _, in := range []string{tt.label, strings.ToLower(tt.label), strings.ToUpper(tt.label), tt.s.String()} {
			got, err := risk.ParseSeverity(in)
			require.NoError(t, err, in)
			assert.Equal(t, tt.s, got, in)
		}
	}
	assert.Equal(t, 0, risk.SeverityUnspecified.Rank())
	assert.Equal(t, 0, risk.Severity(7).Rank())
	assert.Equal(t, 0, risk.Severity(255).Rank())
	assert.False(t, risk.SeverityUnspecified.IsValid())
	assert.False(t, risk.Severity(7).IsValid())

	_, err := risk.ParseSeverity("catastrophic")
	assert.ErrorIs(t, err, &risk.FieldError{Reason: risk.ReasonUnknown})
	_, err = risk.ParseSeverity("")
	assert.ErrorIs(t, err, &risk.FieldError{Reason: risk.ReasonUnknown})
}

func TestConcernLevel(t *testing.T) {
	tests := []struct {
		t, v, c  int
		level    float64
		assessed bool
	}{
		{1, 1, 5, 0.2, true},
		{5, 5, 1, 25, true},
		{1, 1, 1, 1, true},
		{5, 4, 2, 10, true},
		{4, 3, 1, 12, true},
		{4, 4, 4, 4, true},
		{2, 3, 4, 1.5, true},
		{3, 3, 5, 1.8, true},
		{0, 3, 3, 0, false},
		{3, 0, 3, 0, false},
		{3, 3, 0, 0, false},
		{0, 0, 0, 0, false},
		{6, 3, 3, 0, false},
		{3, 6, 3, 0, false},
		{3, 3, 6, 0, false},
		{-1, 3, 3, 0, false},
		{3, 3, -2, 0, false},
	}
	for _, tt := range tests {
		c := risk.Concern{Risk: risk.Torture, Threat: tt.t, Vulnerability: tt.v, Capacity: tt.c}
		assert.Equal(t, tt.assessed, c.Assessed(), "%+v", tt)
		lv, ok := c.Level()
		assert.Equal(t, tt.assessed, ok, "%+v", tt)
		assert.InDelta(t, tt.level, lv, 1e-12, "%+v", tt)
	}
	// The risk does not enter the equation.
	a, _ := risk.Concern{Threat: 2, Vulnerability: 3, Capacity: 2}.Level()
	b, _ := risk.Concern{Risk: risk.Trafficking, Threat: 2, Vulnerability: 3, Capacity: 2, Severity: risk.SeverityExtreme}.Level()
	assert.Equal(t, 3.0, a)
	assert.Equal(t, a, b)
}

// The risk equation over the whole 1–5 grid: the level never falls when the
// threat or the vulnerability rises, never rises when the capacity rises,
// and runs from 0.2 to 25.
func TestConcernLevelMonotone(t *testing.T) {
	level := func(th, v, c int) float64 {
		t.Helper()
		lv, ok := risk.Concern{Risk: risk.Torture, Threat: th, Vulnerability: v, Capacity: c}.Level()
		require.True(t, ok, "%d %d %d", th, v, c)
		return lv
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for th := 1; th <= 5; th++ {
		for v := 1; v <= 5; v++ {
			for c := 1; c <= 5; c++ {
				lv := level(th, v, c)
				assert.InDelta(t, float64(th*v)/float64(c), lv, 1e-12)
				lo, hi = min(lo, lv), max(hi, lv)
				if th < 5 {
					assert.GreaterOrEqual(t, level(th+1, v, c), lv, "threat %d→%d (v %d, c %d)", th, th+1, v, c)
				}
				if v < 5 {
					assert.GreaterOrEqual(t, level(th, v+1, c), lv, "vulnerability %d→%d (t %d, c %d)", v, v+1, th, c)
				}
				if c < 5 {
					assert.LessOrEqual(t, level(th, v, c+1), lv, "capacity %d→%d (t %d, v %d)", c, c+1, th, v)
				}
			}
		}
	}
	assert.InDelta(t, 0.2, lo, 1e-12)
	assert.Equal(t, 25.0, hi)
}

func TestLevelBand(t *testing.T) {
	checkEnum(t, "band", risk.ParseBand, "low", "medium", "high", "critical")
	tests := []struct {
		level float64
		want  risk.Band
	}{
		{math.Inf(-1), risk.BandLow},
		{-1, risk.BandLow},
		{0, risk.BandLow},
		{0.2, risk.BandLow},
		{1.99, risk.BandLow},
		{math.Nextafter(2, 0), risk.BandLow},
		{2, risk.BandMedium},
		{5.99, risk.BandMedium},
		{math.Nextafter(6, 0), risk.BandMedium},
		{6, risk.BandHigh},
		{11.99, risk.BandHigh},
		{12, risk.BandCritical},
		{25, risk.BandCritical},
		{math.Inf(1), risk.BandCritical},
		{math.NaN(), risk.BandUnspecified},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, risk.LevelBand(tt.level), "%v", tt.level)
	}
}

func TestBandWords(t *testing.T) {
	checkEnum(t, "band", risk.ParseBand, "low", "medium", "high", "critical")
	assert.True(t, risk.BandCritical.IsValid())
	assert.False(t, risk.Band(5).IsValid())
}
