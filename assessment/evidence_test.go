package assessment_test

import (
	"os"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
)

const year = 365 * 24 * time.Hour

func TestEvidenceEnums(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[assessment.Dataset]{
		Type: "dataset", Pkg: "assessment", Parse: assessment.ParseDataset,
		Words:  enumtest.Words[assessment.Dataset]("aid_worker_kika", "ucdp_actor", "ucdp_prio_acd", "own_records"),
		Labels: enumtest.Words[assessment.Dataset]("Insecurity Insight's Aid Worker KIKA data", "the UCDP Actor Dataset", "the UCDP/PRIO Armed Conflict Dataset", "the organisation's own records"),
		Label:  assessment.Dataset.Label,
	})
	enumtest.Check(t, enumtest.Spec[assessment.EvidenceKind]{
		Type: "evidence kind", Pkg: "assessment", Parse: assessment.ParseEvidenceKind,
		Words:  enumtest.Words[assessment.EvidenceKind]("incidents", "one_sided_violence", "conflict_intensity"),
		Labels: enumtest.Words[assessment.EvidenceKind]("incidents against aid workers", "one-sided violence against civilians", "the intensity of the armed conflict"),
		Label:  assessment.EvidenceKind.Label,
	})
	enumtest.Check(t, enumtest.Spec[assessment.Trend]{
		Type: "trend", Pkg: "assessment", Parse: assessment.ParseTrend,
		Words: enumtest.Words[assessment.Trend]("rising", "steady", "falling"),
	})
}

// South Sudan in the shipped subset. The expected counts were worked out
// independently, with Python's csv module and the same reading of the
// precisions.
func TestIncidentEvidenceSouthSudan(t *testing.T) {
	incidents := readKIKA(t, kikaSubset)
	d := defaultDecider(t)

	// 2021: eleven incidents against eleven in 2020.
	ev, err := d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", Window: year}, date("2022-01-01"))
	require.NoError(t, err)
	s := ev.Incidents
	require.NotNil(t, s)
	assert.Equal(t, assessment.EvidenceIncidents, ev.Kind)
	assert.Equal(t, assessment.DatasetAidWorkerKIKA, ev.Dataset)
	assert.Equal(t, assessment.CategorySafetySecurity, ev.Category, "the default category")
	assert.Equal(t, "SSD", ev.Country)
	assert.Equal(t, date("2021-01-01"), s.From)
	assert.Equal(t, date("2022-01-01"), s.To)
	assert.Equal(t, 11, s.Incidents)
	assert.Equal(t, [4]int{4, 7, 0, 17}, [4]int{s.Killed, s.Injured, s.Kidnapped, s.Arrested})
	assert.InDelta(t, 11/(365/(365.2425/12)), s.PerMonth, 1e-12)
	assert.Equal(t, 11, s.Previous)
	assert.Equal(t, assessment.TrendSteady, s.Trend)
	assert.Equal(t, 3, ev.Likelihood, "0.92 a month: possible")
	assert.Equal(t, []string{"27233", "27487", "28408", "28248", "33794", "33792", "29129", "29133", "30523", "30111", "30589"}, s.Provenance.Counted)
	assert.Equal(t, assessment.Provenance{Dataset: assessment.DatasetAidWorkerKIKA, Read: 45, Counted: s.Provenance.Counted, OtherCountry: 16, Outside: 7,
		DataFrom: date("2020-01-01"), DataTo: s.Provenance.DataTo}, s.Provenance)
	assert.Equal(t, date("2022-03-24"), s.Provenance.DataTo, "the subset's last South Sudan incident, 23 March 2022")
	latest := date("2021-12-15").AddDate(0, 0, 1)
	assert.Equal(t, latest, s.Latest)
	assert.Equal(t, assessment.ConfidenceHigh, ev.Confidence, "eleven incidents, the latest within 90 days, the window covered")

	// 2020: the row known only to the year 2020 is never placed on 1
	// January: a window from 2 January 2020 leaves it out as imprecise.
	ev, err = d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", Window: year}, date("2021-01-01"))
	require.NoError(t, err)
	s = ev.Incidents
	assert.Equal(t, date("2020-01-02"), s.From)
	assert.Equal(t, 11, s.Incidents)
	assert.Equal(t, 1, s.Provenance.Imprecise)
	assert.NotContains(t, s.Provenance.Counted, "26342")
	assert.Equal(t, [4]int{7, 9, 0, 3}, [4]int{s.Killed, s.Injured, s.Kidnapped, s.Arrested})
	assert.Equal(t, assessment.TrendRising, s.Trend, "nothing counted in the year before")
	assert.Equal(t, assessment.ConfidenceHigh, ev.Confidence, "the row known only to 2020 shows the data cover the window")

	// A window of the calendar year 2020 holds the whole year: the row
	// counts.
	ev, err = d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", Window: date("2021-01-01").Sub(date("2020-01-01"))}, date("2021-01-01"))
	require.NoError(t, err)
	assert.Contains(t, ev.Incidents.Provenance.Counted, "26342")
	assert.Equal(t, 12, ev.Incidents.Incidents)
	assert.Zero(t, ev.Incidents.Provenance.Imprecise)

	// Only the state's forces: police, the host military, a military outside
	// combat.
	ev, err = d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", Window: year,
		Perpetrators: incident.PerpetratorsOf(actor.KindStateForces), Category: assessment.CategoryOperational}, date("2022-01-01"))
	require.NoError(t, err)
	s = ev.Incidents
	assert.Equal(t, assessment.CategoryOperational, ev.Category)
	assert.Equal(t, []string{"27487", "28248", "33794", "29133", "30111"}, s.Provenance.Counted)
	assert.Equal(t, 2, s.Previous)
	assert.Equal(t, 20, s.Provenance.OtherPerpetrator)
	assert.Equal(t, assessment.TrendRising, s.Trend)
	assert.Equal(t, 3, ev.Likelihood, "five in a year: more than one in four months")
	assert.Equal(t, assessment.ConfidenceMedium, ev.Confidence)

	// A country with nothing: likelihood 1, low confidence, no trend.
	ev, err = d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "NOR", Window: year}, date("2022-01-01"))
	require.NoError(t, err)
	assert.Equal(t, 1, ev.Likelihood)
	assert.Equal(t, assessment.ConfidenceLow, ev.Confidence)
	assert.Equal(t, assessment.TrendUnspecified, ev.Incidents.Trend)
	assert.Equal(t, []string{}, ev.Incidents.Provenance.Counted)
}

func TestIncidentEvidenceThresholds(t *testing.T) {
	at := date("2022-01-01")
	monthly := func(n int) []incident.Incident { // n incidents, one every 365/n days before at
		var out []incident.Incident
		for i := range n {
			out = append(out, incident.Incident{ID: "x", Date: at.Add(-time.Duration(i+1) * year / time.Duration(n+1)), Precision: incident.PrecisionExact,
				Country: "YEM", Perpetrator: incident.PerpetratorCriminal, Injured: 1})
		}
		return out
	}
	d := defaultDecider(t)
	for n, want := range map[int]int{0: 1, 1: 2, 2: 2, 3: 3, 11: 3, 12: 4, 47: 4, 49: 5} {
		ev, err := d.IncidentEvidence(monthly(n), assessment.IncidentQuery{Country: "YEM", Window: year}, at)
		require.NoError(t, err)
		assert.Equal(t, want, ev.Likelihood, "%d incidents in a year", n)
	}
	// An agency's own thresholds.
	p := assessment.DefaultPolicy()
	p.Evidence = assessment.EvidencePolicy{Possible: 0.05, Likely: 0.1, AlmostCertain: 0.2, MediumAt: 1, HighAt: 2, RecentDays: 400}
	ev, err := deciderFor(t, p).IncidentEvidence(monthly(3), assessment.IncidentQuery{Country: "YEM", Window: year}, at)
	require.NoError(t, err)
	assert.Equal(t, 5, ev.Likelihood)
	assert.Equal(t, assessment.ConfidenceMedium, ev.Confidence, "enough incidents for high, but the data start after the window does")
	withOld := append(monthly(3), incident.Incident{ID: "old", Date: at.Add(-2 * year), Precision: incident.PrecisionExact, Country: "YEM", Perpetrator: incident.PerpetratorPolice})
	ev, err = deciderFor(t, p).IncidentEvidence(withOld, assessment.IncidentQuery{Country: "YEM", Window: year}, at)
	require.NoError(t, err)
	assert.Equal(t, 5, ev.Likelihood, "an incident before the window changes no likelihood")
	assert.Equal(t, assessment.ConfidenceHigh, ev.Confidence, "it shows the data cover the window")
}

func TestEvidencePolicyValidate(t *testing.T) {
	p := assessment.DefaultPolicy()
	p.Evidence = assessment.EvidencePolicy{Possible: 1, Likely: 0.5, AlmostCertain: 0, MediumAt: 0, HighAt: -1}
	assert.Equal(t, []problem{
		{"evidence.likely", assessment.ReasonConflict},
		{"evidence.almost_certain", assessment.ReasonOutOfRange},
		{"evidence.medium_at", assessment.ReasonOutOfRange},
		{"evidence.high_at", assessment.ReasonConflict},
		{"evidence.recent_days", assessment.ReasonOutOfRange},
	}, problems(t, p.Validate()))
	p.Evidence = assessment.DefaultEvidencePolicy()
	require.NoError(t, p.Validate())
	assert.Equal(t, assessment.EvidencePolicy{}, assessment.DefaultPolicy().Evidence, "the zero value means the defaults")
}

func TestIncidentEvidenceErrors(t *testing.T) {
	d := defaultDecider(t)
	at := date("2022-01-01")
	tests := []struct {
		name string
		q    assessment.IncidentQuery
		at   time.Time
		want []problem
	}{
		{"zero window", assessment.IncidentQuery{Country: "SSD"}, at, []problem{{"window", assessment.ReasonOutOfRange}}},
		{"negative window", assessment.IncidentQuery{Country: "SSD", Window: -year}, at, []problem{{"window", assessment.ReasonOutOfRange}}},
		{"no country", assessment.IncidentQuery{Window: year}, at, []problem{{"country", assessment.ReasonRequired}}},
		{"the data's own name", assessment.IncidentQuery{Country: "DRC", Window: year}, at, []problem{{"country", assessment.ReasonInvalid}}},
		{"alpha-2", assessment.IncidentQuery{Country: "SS", Window: year}, at, []problem{{"country", assessment.ReasonInvalid}}},
		{"unknown perpetrator", assessment.IncidentQuery{Country: "SSD", Window: year, Perpetrators: []incident.Perpetrator{incident.PerpetratorPolice, 42}}, at,
			[]problem{{"perpetrators[1]", assessment.ReasonUnknown}}},
		{"unknown category", assessment.IncidentQuery{Country: "SSD", Window: year, Category: 9}, at, []problem{{"category", assessment.ReasonUnknown}}},
		{"no moment", assessment.IncidentQuery{Country: "SSD", Window: year}, time.Time{}, []problem{{"at", assessment.ReasonRequired}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := d.IncidentEvidence(nil, tt.q, tt.at)
			assert.Equal(t, tt.want, problems(t, err))
			assert.Equal(t, assessment.Evidence{}, ev)
		})
	}
	// An invalid incident is an error with its index.
	_, err := d.IncidentEvidence([]incident.Incident{{ID: "1", Date: at.AddDate(0, -1, 0), Precision: incident.PrecisionExact, Country: "SSD",
		Perpetrator: incident.PerpetratorPolice}, {ID: "2", Date: at, Precision: incident.PrecisionExact, Country: "SSD", Perpetrator: incident.PerpetratorPolice, Killed: -2}},
		assessment.IncidentQuery{Country: "SSD", Window: year}, at)
	assert.Equal(t, []problem{{"incidents[1].killed", assessment.ReasonOutOfRange}}, problems(t, err))
}

// The counter and the slice function agree, and the counter's evidence is
// a snapshot the counter does not change afterwards.
func TestIncidentCounter(t *testing.T) {
	incidents := readKIKA(t, kikaSubset)
	d := defaultDecider(t)
	q := assessment.IncidentQuery{Country: "SSD", Window: year, Perpetrators: []incident.Perpetrator{incident.PerpetratorCivilian}}
	at := date("2022-01-01")
	c, err := d.NewIncidentCounter(q, at)
	require.NoError(t, err)
	var first assessment.Evidence
	for i, in := range incidents {
		require.NoError(t, c.Add(in))
		if i == len(incidents)/2 {
			first = c.Evidence()
		}
	}
	firstCounted := slices.Clone(first.Incidents.Provenance.Counted)
	want, err := d.IncidentEvidence(incidents, q, at)
	require.NoError(t, err)
	assert.Equal(t, want, c.Evidence())
	assert.Equal(t, firstCounted, first.Incidents.Provenance.Counted, "earlier evidence is not changed by later adds")
	q.Perpetrators[0] = incident.PerpetratorPolice
	assert.Equal(t, want, c.Evidence(), "the counter keeps its own copy of the query")
}

// Properties: adding an incident inside the window never lowers the
// suggested likelihood; incidents outside it never change it.
func TestPropertyIncidentEvidence(t *testing.T) {
	r := newRand(31)
	d := defaultDecider(t)
	precs := []incident.Precision{incident.PrecisionExact, incident.PrecisionExact, incident.PrecisionClose, incident.PrecisionWeek, incident.PrecisionMonth, incident.PrecisionYear}
	random := func(at time.Time, span time.Duration) incident.Incident {
		return incident.Incident{ID: "r", Date: at.Add(-time.Duration(r.Int64N(int64(span)))), Precision: precs[r.IntN(len(precs))],
			Country: []string{"SSD", "SYR", "AFG"}[r.IntN(3)], Perpetrator: incident.Perpetrator(1 + r.IntN(10)), Killed: r.IntN(3)}
	}
	raised := 0
	for range 300 {
		at := date("2020-01-01").Add(time.Duration(r.Int64N(int64(3 * year))))
		q := assessment.IncidentQuery{Country: "SSD", Window: time.Duration(1+r.IntN(730)) * 24 * time.Hour}
		if r.IntN(2) == 0 {
			q.Perpetrators = []incident.Perpetrator{incident.Perpetrator(1 + r.IntN(10)), incident.Perpetrator(1 + r.IntN(10))}
		}
		var base []incident.Incident
		for range r.IntN(60) {
			base = append(base, random(at, 3*q.Window))
		}
		before, err := d.IncidentEvidence(base, q, at)
		require.NoError(t, err)

		// Inside: an exact date in the window, of the query's country and a
		// selected perpetrator.
		in := incident.Incident{ID: "in", Date: at.Add(-time.Duration(r.Int64N(int64(q.Window)))).Add(-24 * time.Hour), Precision: incident.PrecisionExact,
			Country: "SSD", Perpetrator: incident.PerpetratorNoInformation}
		if len(q.Perpetrators) > 0 {
			in.Perpetrator = q.Perpetrators[0]
		}
		if from, _, _ := in.Period(); !from.Before(before.Incidents.From) {
			after, err := d.IncidentEvidence(append(slices.Clone(base), in), q, at)
			require.NoError(t, err)
			assert.Equal(t, before.Incidents.Incidents+1, after.Incidents.Incidents)
			assert.GreaterOrEqual(t, after.Likelihood, before.Likelihood)
			if after.Likelihood > before.Likelihood {
				raised++
			}
		}

		// Outside: any incident whose whole period lies before the window,
		// after at, or in another country.
		var out incident.Incident
		for {
			out = random(at.Add(3*q.Window), 7*q.Window)
			from, to, _ := out.Period()
			if out.Country != "SSD" || !to.After(before.Incidents.From) || !from.Before(at) {
				break
			}
		}
		after, err := d.IncidentEvidence(append(slices.Clone(base), out), q, at)
		require.NoError(t, err)
		assert.Equal(t, before.Likelihood, after.Likelihood)
		assert.Equal(t, before.Incidents.Incidents, after.Incidents.Incidents)
	}
	assert.Greater(t, raised, 10, "the property is exercised: an added incident sometimes raises the likelihood")
}

func TestOneSidedEvidence(t *testing.T) {
	f, err := os.Open("../actor/ucdp/testdata/ucdp-actor-subset.csv")
	require.NoError(t, err)
	defer f.Close()
	recs, err := ucdp.ReadActors(f, ucdp.ActorOptions{})
	require.NoError(t, err)
	var milf, fn ucdp.Actor
	for _, r := range recs {
		switch r.ActorID {
		case 276:
			milf = r
		case 651:
			fn = r
		}
	}
	require.Equal(t, "MILF", milf.Name)
	ev, ok := assessment.OneSidedEvidence(milf)
	require.True(t, ok)
	assert.Equal(t, assessment.Evidence{Kind: assessment.EvidenceOneSidedViolence, Dataset: assessment.DatasetUCDPActor, Factor: assessment.FactorActorImpact,
		Confidence: assessment.ConfidenceHigh, OneSided: &assessment.OneSidedSummary{UCDPActorID: 276, Dyads: []int{976}, Line: milf.Line}}, ev)
	ev.OneSided.Dyads[0] = 0
	assert.Equal(t, []int{976}, milf.OneSidedIDs, "the evidence holds its own copy")

	require.Equal(t, "MFDC - S", fn.Name)
	_, ok = assessment.OneSidedEvidence(fn)
	assert.False(t, ok, "UCDP's silence is not evidence")
}

func TestConflictEvidence(t *testing.T) {
	f, err := os.Open("../actor/ucdp/testdata/ucdp-prio-acd-subset.csv")
	require.NoError(t, err)
	defer f.Close()
	rows, err := ucdp.ReadConflicts(f, ucdp.ConflictOptions{})
	require.NoError(t, err)
	// Sierra Leone (187): 1991–2001, wars in 1995, 1998 and 1999.
	for _, tt := range []struct {
		at                         string
		year, intensity, years, wy int
		conf                       assessment.Confidence
	}{
		{"2001-06-01", 2001, 1, 11, 3, assessment.ConfidenceHigh},
		{"1999-06-01", 1999, 2, 9, 3, assessment.ConfidenceHigh},
		{"1996-03-01", 1996, 1, 6, 1, assessment.ConfidenceHigh},
		{"2005-01-01", 2001, 1, 11, 3, assessment.ConfidenceMedium},
		{"2012-01-01", 2001, 1, 11, 3, assessment.ConfidenceLow},
	} {
		ev, err := assessment.ConflictEvidence(rows, 187, date(tt.at))
		require.NoError(t, err, tt.at)
		assert.Equal(t, assessment.Evidence{Kind: assessment.EvidenceConflictIntensity, Dataset: assessment.DatasetUCDPPRIOACD, Factor: assessment.FactorCriticality,
			Confidence: tt.conf, Conflict: &assessment.ConflictSummary{ConflictID: 187, Year: tt.year, Intensity: tt.intensity, Years: tt.years, WarYears: tt.wy}}, ev, tt.at)
	}
	_, err = assessment.ConflictEvidence(rows, 187, date("1990-06-01"))
	assert.Equal(t, []problem{{"conflict_id", assessment.ReasonReference}}, problems(t, err), "no year of it known yet")
	_, err = assessment.ConflictEvidence(rows, 999, date("2010-06-01"))
	assert.Equal(t, []problem{{"conflict_id", assessment.ReasonReference}}, problems(t, err))
	_, err = assessment.ConflictEvidence(rows, 187, time.Time{})
	assert.Equal(t, []problem{{"at", assessment.ReasonRequired}}, problems(t, err))
}

// incidentEvidence is incident evidence suggesting likelihood l.
func incidentEvidence(cat assessment.Category, l int) assessment.Evidence {
	return assessment.Evidence{Kind: assessment.EvidenceIncidents, Dataset: assessment.DatasetAidWorkerKIKA, Category: cat, Country: "SSD", Likelihood: l,
		Confidence: assessment.ConfidenceMedium}
}

func TestDecideWithEvidence(t *testing.T) {
	d := defaultDecider(t)
	in := baseInput(nsag())
	in.Evidence = []assessment.Evidence{
		incidentEvidence(assessment.CategorySafetySecurity, 5), // judged 3: a contradiction
		incidentEvidence(assessment.CategorySafetySecurity, 4), // weaker evidence for the same category
		incidentEvidence(assessment.CategoryReputational, 3),   // judged 2: one step, no contradiction
		{Kind: assessment.EvidenceOneSidedViolence, Dataset: assessment.DatasetUCDPActor, Factor: assessment.FactorActorImpact, Confidence: assessment.ConfidenceHigh},
	}
	dec := decide(t, d, in)
	checkGroundOrder(t, dec)
	var basis []assessment.Ground
	for _, g := range dec.Grounds {
		switch g.Code {
		case assessment.CodeJudgement, assessment.CodeEvidence, assessment.CodeEvidenceAndJudgement, assessment.CodeContradiction, assessment.CodeNoEvidence:
			basis = append(basis, g)
		}
	}
	J, B := assessment.CodeJudgement, assessment.CodeEvidenceAndJudgement
	assert.Equal(t, []assessment.Ground{
		{Code: J, Factor: assessment.FactorCriticality},
		{Code: B, Factor: assessment.FactorActorImpact, Dataset: assessment.DatasetUCDPActor, Value: 0.8},
		{Code: J, Factor: assessment.FactorOperations},
		{Code: J, Factor: assessment.FactorOpenness},
		{Code: J, Factor: assessment.FactorHostState},
		{Code: J, Factor: assessment.FactorRisk},
		{Code: J, Factor: assessment.FactorAddedValue},
		{Code: assessment.CodeContradiction, Category: assessment.CategorySafetySecurity, Dataset: assessment.DatasetAidWorkerKIKA, Value: 3, Limit: 5},
		{Code: B, Category: assessment.CategoryReputational, Dataset: assessment.DatasetAidWorkerKIKA, Value: 2, Limit: 3},
		{Code: J, Category: assessment.CategoryLegal, Value: 2},
		{Code: J, Category: assessment.CategoryFinancial, Value: 1},
		{Code: J, Category: assessment.CategoryOperational, Value: 2},
	}, basis)
	// The contradicted input's confidence is no more than medium, and so is
	// the decision's; without the evidence the decision is highly confident.
	assert.Equal(t, assessment.ConfidenceHigh, decide(t, d, baseInput(nsag())).Confidence)
	assert.Equal(t, assessment.ConfidenceMedium, dec.Confidence)
	plain := decide(t, d, baseInput(nsag()))
	assert.Equal(t, plain.Score, dec.Score, "evidence does not change the score")
	assert.Equal(t, plain.Recommendation, dec.Recommendation)
	assert.Less(t, dec.Certainty, plain.Certainty+1e-12)

	// One step apart is no contradiction: the confidence stays high.
	in.Evidence[0].Likelihood = 4
	in.Evidence[1].Likelihood = 3
	dec = decide(t, d, in)
	assert.Equal(t, assessment.ConfidenceHigh, dec.Confidence)
	assert.Empty(t, groundsWith(dec, assessment.CodeContradiction))

	// Evidence never replaces a judgement: an unassessed risk category and
	// factor stay missing, with the evidence named beside them.
	in = baseInput(nsag())
	in.Risks = in.Risks[1:] // safety and security not assessed
	in.Factors.ActorImpact = assessment.Score{}
	in.Evidence = []assessment.Evidence{incidentEvidence(assessment.CategorySafetySecurity, 4),
		{Kind: assessment.EvidenceOneSidedViolence, Dataset: assessment.DatasetUCDPActor, Factor: assessment.FactorActorImpact, Confidence: assessment.ConfidenceHigh}}
	dec = decide(t, d, in)
	assert.Equal(t, assessment.PrepareFurther, dec.Recommendation)
	assert.Contains(t, dec.Missing(), assessment.Ground{Code: assessment.CodeUnassessedRisk, Category: assessment.CategorySafetySecurity})
	assert.Contains(t, dec.Missing(), assessment.Ground{Code: assessment.CodeUnassessedFactor, Factor: assessment.FactorActorImpact})
	assert.Contains(t, dec.Grounds, assessment.Ground{Code: assessment.CodeEvidence, Category: assessment.CategorySafetySecurity, Dataset: assessment.DatasetAidWorkerKIKA, Limit: 4})
	assert.Contains(t, dec.Grounds, assessment.Ground{Code: assessment.CodeEvidence, Factor: assessment.FactorActorImpact, Dataset: assessment.DatasetUCDPActor})
}

func TestInputEvidenceValidate(t *testing.T) {
	in := baseInput(nsag())
	in.Evidence = []assessment.Evidence{
		{},
		{Kind: assessment.EvidenceIncidents, Dataset: assessment.DatasetAidWorkerKIKA, Factor: assessment.FactorRisk, Likelihood: 6, Confidence: assessment.ConfidenceLow, Country: "XKX"},
		{Kind: assessment.EvidenceOneSidedViolence, Dataset: 9, Category: assessment.CategoryLegal, Likelihood: 2, Confidence: 7},
		{Kind: assessment.EvidenceConflictIntensity, Dataset: assessment.DatasetUCDPPRIOACD, Factor: assessment.FactorCriticality, Category: assessment.CategoryLegal, Confidence: assessment.ConfidenceHigh},
		{Kind: 8, Dataset: assessment.DatasetOwnRecords, Factor: 12, Confidence: assessment.ConfidenceHigh},
	}
	want := []problem{
		{"evidence[0].kind", assessment.ReasonRequired},
		{"evidence[0].dataset", assessment.ReasonRequired},
		{"evidence[0].factor", assessment.ReasonRequired},
		{"evidence[0].confidence", assessment.ReasonRequired},
		{"evidence[1].factor", assessment.ReasonConflict},
		{"evidence[1].likelihood", assessment.ReasonOutOfRange},
		{"evidence[1].country", assessment.ReasonInvalid},
		{"evidence[2].dataset", assessment.ReasonUnknown},
		{"evidence[2].category", assessment.ReasonConflict},
		{"evidence[2].likelihood", assessment.ReasonConflict},
		{"evidence[2].confidence", assessment.ReasonUnknown},
		{"evidence[3].category", assessment.ReasonConflict},
		{"evidence[4].kind", assessment.ReasonUnknown},
		{"evidence[4].factor", assessment.ReasonUnknown},
	}
	assert.Equal(t, want, problems(t, in.Validate()))
	_, err := defaultDecider(t).Decide(in)
	assert.Equal(t, want, problems(t, err))
	in.Evidence = make([]assessment.Evidence, assessment.MaxEvidence+1)
	for i := range in.Evidence {
		in.Evidence[i] = incidentEvidence(assessment.CategoryLegal, 2)
	}
	assert.Equal(t, []problem{{"evidence", assessment.ReasonTooLarge}}, problems(t, in.Validate()))
}
