package assessment_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/assessment"
)

func TestDefaultPolicy(t *testing.T) {
	p := assessment.DefaultPolicy()
	require.NoError(t, p.Validate())
	assert.Equal(t, "default", p.Name)
	assert.Equal(t, assessment.DefaultPolicyVersion, p.Version)
	assert.Equal(t, "2025.1", p.Version)
	for _, f := range assessment.Factors() {
		assert.Equal(t, 1.0, p.Weights.Get(f), "equal weights: %s", f)
	}
	assert.Equal(t, 0.6, p.Engage)
	assert.Equal(t, 0.4, p.Defer)
	assert.Equal(t, assessment.PerCategory{SafetySecurity: 6, Reputational: 8, Legal: 6, Financial: 8, Operational: 8}, p.Appetite)
	assert.Equal(t, assessment.Allowance{PC1: 6, PC2: 4, PC3: 2, PC4: 0}, p.Allowance)
	assert.Equal(t, assessment.Owners{
		SafetySecurity: assessment.RegionalOffice, Reputational: assessment.Headquarters, Legal: assessment.Headquarters,
		Financial: assessment.RegionalOffice, Operational: assessment.CountryOffice,
	}, p.Owners)
	assert.Equal(t, assessment.Escalation{
		Sanctions: assessment.Headquarters, Terrorist: assessment.Headquarters, DonorLinkedFunding: assessment.GoverningBoard,
		RegionalImpact: assessment.RegionalOffice, GlobalImpact: assessment.Headquarters, HostileHostState: assessment.RegionalOffice,
	}, p.Escalation)

	// DefaultPolicy returns a fresh value each time.
	p.Weights.Risk = 5
	assert.Equal(t, 1.0, assessment.DefaultPolicy().Weights.Risk)

	d, err := assessment.NewDecider(assessment.DefaultPolicy())
	require.NoError(t, err)
	assert.Equal(t, assessment.DefaultPolicy(), d.Policy())
}

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*assessment.Policy)
		want   []problem
	}{
		{"negative weight", func(p *assessment.Policy) { p.Weights.Openness = -1 },
			[]problem{{"weights.openness", assessment.ReasonOutOfRange}}},
		{"NaN weight", func(p *assessment.Policy) { p.Weights.Risk = math.NaN() },
			[]problem{{"weights.risk", assessment.ReasonOutOfRange}}},
		{"infinite weight", func(p *assessment.Policy) { p.Weights.AddedValue = math.Inf(1) },
			[]problem{{"weights.added_value", assessment.ReasonOutOfRange}}},
		{"negative infinite weight", func(p *assessment.Policy) { p.Weights.Criticality = math.Inf(-1) },
			[]problem{{"weights.criticality", assessment.ReasonOutOfRange}}},
		{"all-zero weights", func(p *assessment.Policy) { p.Weights = assessment.Weights{} },
			[]problem{{"weights", assessment.ReasonInvalid}}},
		{"all weights negative or NaN", func(p *assessment.Policy) {
			p.Weights = assessment.Weights{-1, -1, -1, -1, -1, -1, math.NaN()}
		}, []problem{
			{"weights.criticality", assessment.ReasonOutOfRange}, {"weights.actor_impact", assessment.ReasonOutOfRange},
			{"weights.operations", assessment.ReasonOutOfRange}, {"weights.openness", assessment.ReasonOutOfRange},
			{"weights.host_state", assessment.ReasonOutOfRange}, {"weights.risk", assessment.ReasonOutOfRange},
			{"weights.added_value", assessment.ReasonOutOfRange}, {"weights", assessment.ReasonInvalid},
		}},
		{"engage above 1", func(p *assessment.Policy) { p.Engage = 1.01 },
			[]problem{{"engage", assessment.ReasonOutOfRange}}},
		{"engage NaN", func(p *assessment.Policy) { p.Engage = math.NaN() },
			[]problem{{"engage", assessment.ReasonOutOfRange}}},
		{"engage negative, below defer", func(p *assessment.Policy) { p.Engage = -0.1 },
			[]problem{{"engage", assessment.ReasonOutOfRange}, {"defer", assessment.ReasonConflict}}},
		{"defer negative", func(p *assessment.Policy) { p.Defer = -0.01 },
			[]problem{{"defer", assessment.ReasonOutOfRange}}},
		{"defer NaN", func(p *assessment.Policy) { p.Defer = math.NaN() },
			[]problem{{"defer", assessment.ReasonOutOfRange}}},
		{"defer infinite", func(p *assessment.Policy) { p.Defer = math.Inf(1) },
			[]problem{{"defer", assessment.ReasonOutOfRange}, {"defer", assessment.ReasonConflict}}},
		{"defer above engage", func(p *assessment.Policy) { p.Defer = 0.7 },
			[]problem{{"defer", assessment.ReasonConflict}}},
		{"appetite 0", func(p *assessment.Policy) { p.Appetite.Legal = 0 },
			[]problem{{"appetite.legal", assessment.ReasonOutOfRange}}},
		{"appetite 26", func(p *assessment.Policy) { p.Appetite.Legal = 26 },
			[]problem{{"appetite.legal", assessment.ReasonOutOfRange}}},
		{"appetite negative", func(p *assessment.Policy) { p.Appetite.SafetySecurity = -3 },
			[]problem{{"appetite.safety_security", assessment.ReasonOutOfRange}}},
		{"negative allowance", func(p *assessment.Policy) { p.Allowance.PC2 = -1 },
			[]problem{{"allowance.pc2", assessment.ReasonOutOfRange}}},
		{"allowance above 24", func(p *assessment.Policy) { p.Allowance.PC4 = 25 },
			[]problem{{"allowance.pc4", assessment.ReasonOutOfRange}}},
		{"missing owner", func(p *assessment.Policy) { p.Owners.Financial = 0 },
			[]problem{{"owners.financial", assessment.ReasonRequired}}},
		{"unknown owner", func(p *assessment.Policy) { p.Owners.Operational = 9 },
			[]problem{{"owners.operational", assessment.ReasonUnknown}}},
		{"missing escalation level", func(p *assessment.Policy) { p.Escalation.Sanctions = 0 },
			[]problem{{"escalation.sanctions", assessment.ReasonRequired}}},
		{"unknown escalation level", func(p *assessment.Policy) { p.Escalation.HostileHostState = 5 },
			[]problem{{"escalation.hostile_host_state", assessment.ReasonUnknown}}},
		{"unknown escalation level (donor)", func(p *assessment.Policy) { p.Escalation.DonorLinkedFunding = 200 },
			[]problem{{"escalation.donor_linked_funding", assessment.ReasonUnknown}}},
		{"blank name", func(p *assessment.Policy) { p.Name = "  " },
			[]problem{{"name", assessment.ReasonRequired}}},
		{"missing version", func(p *assessment.Policy) { p.Version = "" },
			[]problem{{"version", assessment.ReasonRequired}}},
		{"long name", func(p *assessment.Policy) { p.Name = strings.Repeat("n", 129) },
			[]problem{{"name", assessment.ReasonTooLarge}}},
		{"invalid UTF-8 version", func(p *assessment.Policy) { p.Version = "v\xff" },
			[]problem{{"version", assessment.ReasonInvalid}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := assessment.DefaultPolicy()
			tt.change(&p)
			err := p.Validate()
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(t, err))
			for _, fe := range fieldErrors(t, err) {
				assert.Equal(t, "assessment", fe.Pkg)
				assert.NotEmpty(t, fe.Detail)
			}
			assert.ErrorIs(t, err, &assessment.FieldError{Reason: tt.want[0].Reason, Path: tt.want[0].Path})

			d, derr := assessment.NewDecider(p)
			assert.Nil(t, d)
			assert.Equal(t, err.Error(), derr.Error(), "NewDecider returns Validate's error")
			assert.ErrorIs(t, derr, &assessment.FieldError{Reason: tt.want[0].Reason, Path: tt.want[0].Path})
			assert.Panics(t, func() { assessment.MustNewDecider(p) })
		})
	}
}

func TestPolicyValidateAccepts(t *testing.T) {
	tests := []struct {
		name   string
		change func(*assessment.Policy)
	}{
		{"one weight counts", func(p *assessment.Policy) { p.Weights = assessment.Weights{Openness: 0.1} }},
		{"uneven weights", func(p *assessment.Policy) { p.Weights = assessment.Weights{3, 0, 2, 1, 0, 5, 0.5} }},
		{"equal thresholds", func(p *assessment.Policy) { p.Engage, p.Defer = 0.5, 0.5 }},
		{"extreme thresholds", func(p *assessment.Policy) { p.Engage, p.Defer = 1, 0 }},
		{"zero thresholds", func(p *assessment.Policy) { p.Engage, p.Defer = 0, 0 }},
		{"appetite bounds", func(p *assessment.Policy) { p.Appetite = assessment.PerCategory{1, 25, 1, 25, 13} }},
		{"allowance bounds", func(p *assessment.Policy) { p.Allowance = assessment.Allowance{24, 0, 0, 24} }},
		{"board owns everything", func(p *assessment.Policy) {
			b := assessment.GoverningBoard
			p.Owners = assessment.Owners{b, b, b, b, b}
			p.Escalation = assessment.Escalation{b, b, b, b, b, b}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := assessment.DefaultPolicy()
			tt.change(&p)
			require.NoError(t, p.Validate())
			d, err := assessment.NewDecider(p)
			require.NoError(t, err)
			assert.Equal(t, p, d.Policy())
			assert.NotPanics(t, func() { assessment.MustNewDecider(p) })
		})
	}
}

// A policy with many problems reports all of them at once.
func TestPolicyValidateAllAtOnce(t *testing.T) {
	err := assessment.Policy{}.Validate()
	require.Error(t, err)
	r, i, u := assessment.ReasonRequired, assessment.ReasonInvalid, assessment.ReasonOutOfRange
	assert.Equal(t, []problem{
		{"name", r}, {"version", r}, {"weights", i},
		{"appetite.safety_security", u}, {"owners.safety_security", r},
		{"appetite.reputational", u}, {"owners.reputational", r},
		{"appetite.legal", u}, {"owners.legal", r},
		{"appetite.financial", u}, {"owners.financial", r},
		{"appetite.operational", u}, {"owners.operational", r},
		{"escalation.sanctions", r}, {"escalation.terrorist", r}, {"escalation.donor_linked_funding", r},
		{"escalation.regional_impact", r}, {"escalation.global_impact", r}, {"escalation.hostile_host_state", r},
	}, problems(t, err))

	p := assessment.DefaultPolicy()
	p.Weights.HostState = -2
	p.Defer = 0.9
	p.Appetite.Financial = 30
	p.Allowance.PC1 = -6
	p.Owners.Reputational = 0
	p.Escalation.GlobalImpact = 9
	assert.Equal(t, []problem{
		{"weights.host_state", u},
		{"defer", assessment.ReasonConflict},
		{"owners.reputational", r},
		{"appetite.financial", u},
		{"allowance.pc1", u},
		{"escalation.global_impact", assessment.ReasonUnknown},
	}, problems(t, p.Validate()))
}

func TestMustNewDecider(t *testing.T) {
	assert.NotPanics(t, func() {
		d := assessment.MustNewDecider(assessment.DefaultPolicy())
		assert.NotNil(t, d)
	})
	p := assessment.DefaultPolicy()
	p.Defer = 0.99
	defer func() {
		v := recover()
		require.NotNil(t, v, "MustNewDecider panics on an invalid policy")
		err, ok := v.(error)
		require.True(t, ok, "panics with the error, got %T", v)
		assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonConflict, Path: "defer"})
	}()
	assessment.MustNewDecider(p)
}

func TestParseAuthority(t *testing.T) {
	tests := []struct {
		in   []string
		want assessment.Authority
	}{
		{[]string{"country_office", "Country Office", "COUNTRY_OFFICE"}, assessment.CountryOffice},
		{[]string{"regional_office", "regional office"}, assessment.RegionalOffice},
		{[]string{"headquarters", "Headquarters"}, assessment.Headquarters},
		{[]string{"governing_board", "Governing Board"}, assessment.GoverningBoard},
	}
	for _, tt := range tests {
		for _, in := range tt.in {
			got, err := assessment.ParseAuthority(in)
			require.NoError(t, err, in)
			assert.Equal(t, tt.want, got, in)
		}
		assert.True(t, tt.want.IsValid())
	}
	assert.Less(t, assessment.AuthorityUnspecified, assessment.CountryOffice)
	assert.Less(t, assessment.CountryOffice, assessment.RegionalOffice)
	assert.Less(t, assessment.RegionalOffice, assessment.Headquarters)
	assert.Less(t, assessment.Headquarters, assessment.GoverningBoard)
	assert.Equal(t, "regional office", assessment.RegionalOffice.Label())
	assert.Equal(t, "headquarters", assessment.Headquarters.String())

	for _, in := range []string{"", "ministry", "hq", "country-office"} {
		got, err := assessment.ParseAuthority(in)
		assert.Equal(t, assessment.AuthorityUnspecified, got, "%q", in)
		fe := errorsAsField(t, err)
		assert.Equal(t, "assessment", fe.Pkg, "errors carry this package's name (%q)", in)
		assert.Equal(t, assessment.ReasonUnknown, fe.Reason)
		assert.True(t, strings.HasPrefix(err.Error(), "assessment: "), err.Error())
		assert.True(t, errors.Is(err, &assessment.FieldError{Reason: assessment.ReasonUnknown}))
	}
}

func TestPolicyGetters(t *testing.T) {
	pc := assessment.PerCategory{SafetySecurity: 1, Reputational: 2, Legal: 3, Financial: 4, Operational: 5}
	ow := assessment.Owners{
		SafetySecurity: assessment.CountryOffice, Reputational: assessment.RegionalOffice, Legal: assessment.Headquarters,
		Financial: assessment.GoverningBoard, Operational: assessment.RegionalOffice,
	}
	wantOwner := []assessment.Authority{assessment.CountryOffice, assessment.RegionalOffice, assessment.Headquarters, assessment.GoverningBoard, assessment.RegionalOffice}
	for i, c := range assessment.Categories() {
		assert.Equal(t, i+1, pc.Get(c), "%s", c)
		assert.Equal(t, wantOwner[i], ow.Get(c), "%s", c)
	}
	for _, c := range []assessment.Category{0, 6, 255} {
		assert.Zero(t, pc.Get(c))
		assert.Equal(t, assessment.AuthorityUnspecified, ow.Get(c))
	}
	al := assessment.Allowance{PC1: 7, PC2: 5, PC3: 3, PC4: 1}
	for c, want := range map[assessment.Criticality]int{assessment.CriticalityPC1: 7, assessment.CriticalityPC2: 5, assessment.CriticalityPC3: 3, assessment.CriticalityPC4: 1, 0: 0, 5: 0, 255: 0} {
		assert.Equal(t, want, al.Get(c), "criticality %d", c)
	}
}
