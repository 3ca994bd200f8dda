package assessment_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
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
	ev, err := d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", WindowDays: 365}, date("2022-01-01"))
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
	assert.Equal(t, date("2022-05-09"), s.Provenance.DataTo, "the subset's last incident, of any country, 8 May 2022")
	assert.Equal(t, assessment.Covered{From: date("2021-01-01"), To: date("2022-01-01"), Share: 1}, s.Covered)
	latest := date("2021-12-15").AddDate(0, 0, 1)
	assert.Equal(t, latest, s.Latest)
	assert.Equal(t, assessment.ConfidenceHigh, ev.Confidence, "eleven incidents, the latest within 90 days, the window covered")

	// 2020: the row known only to the year 2020 is never placed on 1
	// January: a window from 2 January 2020 leaves it out as imprecise.
	ev, err = d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", WindowDays: 365}, date("2021-01-01"))
	require.NoError(t, err)
	s = ev.Incidents
	assert.Equal(t, date("2020-01-02"), s.From)
	assert.Equal(t, 11, s.Incidents)
	assert.Equal(t, 1, s.Provenance.Imprecise)
	assert.NotContains(t, s.Provenance.Counted, "26342")
	assert.Equal(t, [4]int{7, 9, 0, 3}, [4]int{s.Killed, s.Injured, s.Kidnapped, s.Arrested})
	assert.Equal(t, assessment.TrendUnspecified, s.Trend, "the data do not cover the year before: no trend")
	assert.Zero(t, s.Previous)
	assert.Equal(t, 1.0, s.Covered.Share, "the row known only to 2020 shows the data cover the window")
	assert.Equal(t, assessment.ConfidenceHigh, ev.Confidence)

	// A window of the calendar year 2020 holds the whole year: the row
	// counts.
	ev, err = d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", WindowDays: 366}, date("2021-01-01"))
	require.NoError(t, err)
	assert.Contains(t, ev.Incidents.Provenance.Counted, "26342")
	assert.Equal(t, 12, ev.Incidents.Incidents)
	assert.Zero(t, ev.Incidents.Provenance.Imprecise)

	// Only the state's forces: police, the host military, a military outside
	// combat.
	ev, err = d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", WindowDays: 365,
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
	ev, err = d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "NOR", WindowDays: 365}, date("2022-01-01"))
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
	// The data are stated to cover the two years before at: the rate is
	// over the whole window.
	covered := assessment.Coverage{From: at.AddDate(-2, 0, 0), To: at}
	for n, want := range map[int]int{0: 1, 1: 2, 2: 2, 3: 3, 11: 3, 12: 4, 47: 4, 49: 5} {
		ev, err := d.IncidentEvidence(monthly(n), assessment.IncidentQuery{Country: "YEM", WindowDays: 365, Coverage: covered}, at)
		require.NoError(t, err)
		assert.Equal(t, want, ev.Likelihood, "%d incidents in a year", n)
	}
	// An agency's own thresholds.
	p := assessment.DefaultPolicy()
	p.Evidence = assessment.EvidencePolicy{Possible: 0.05, Likely: 0.1, AlmostCertain: 0.2, MediumAt: 1, HighAt: 2, RecentDays: 400}
	ev, err := deciderFor(t, p).IncidentEvidence(monthly(3), assessment.IncidentQuery{Country: "YEM", WindowDays: 365}, at)
	require.NoError(t, err)
	assert.Equal(t, 5, ev.Likelihood)
	assert.Equal(t, assessment.ConfidenceLow, ev.Confidence, "enough incidents for high, but the data start after the window does: a window covered in part")
	assert.Less(t, ev.Incidents.Covered.Share, 1.0)
	// An incident before the window and one of another country on the
	// window's last day show that the data span the window.
	withOld := append(monthly(3),
		incident.Incident{ID: "old", Date: at.Add(-2 * year), Precision: incident.PrecisionExact, Country: "YEM", Perpetrator: incident.PerpetratorPolice},
		incident.Incident{ID: "elsewhere", Date: at.AddDate(0, 0, -1), Precision: incident.PrecisionExact, Country: "SYR", Perpetrator: incident.PerpetratorPolice})
	ev, err = deciderFor(t, p).IncidentEvidence(withOld, assessment.IncidentQuery{Country: "YEM", WindowDays: 365}, at)
	require.NoError(t, err)
	assert.Equal(t, 5, ev.Likelihood, "the same three incidents over the whole window")
	assert.Equal(t, 1.0, ev.Incidents.Covered.Share)
	assert.Equal(t, assessment.ConfidenceHigh, ev.Confidence, "the data span the window")
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
		{"no period", assessment.IncidentQuery{Country: "SSD"}, at, []problem{{"window_days", assessment.ReasonRequired}}},
		{"negative window", assessment.IncidentQuery{Country: "SSD", WindowDays: -365}, at, []problem{{"window_days", assessment.ReasonOutOfRange}}},
		{"a window and a period", assessment.IncidentQuery{Country: "SSD", WindowDays: 365, Period: assessment.Period{From: date("2020-01-01"), To: date("2021-01-01")}}, at,
			[]problem{{"period", assessment.ReasonConflict}}},
		{"a period inverted", assessment.IncidentQuery{Country: "SSD", Period: assessment.Period{From: date("2021-01-01"), To: date("2020-01-01")}}, at,
			[]problem{{"period.from", assessment.ReasonConflict}}},
		{"a period with no end", assessment.IncidentQuery{Country: "SSD", Period: assessment.Period{From: date("2021-01-01")}}, at,
			[]problem{{"period", assessment.ReasonRequired}}},
		{"a period after the moment", assessment.IncidentQuery{Country: "SSD", Period: assessment.Period{From: date("2021-06-01"), To: date("2022-06-01")}}, at,
			[]problem{{"period.to", assessment.ReasonConflict}}},
		{"a coverage inverted", assessment.IncidentQuery{Country: "SSD", WindowDays: 30, Coverage: assessment.Coverage{From: date("2021-01-01"), To: date("2020-01-01")}}, at,
			[]problem{{"coverage.from", assessment.ReasonConflict}}},
		{"an empty coverage", assessment.IncidentQuery{Country: "SSD", WindowDays: 30, Coverage: assessment.Coverage{From: date("2021-01-01"), To: date("2021-01-01")}}, at,
			[]problem{{"coverage.from", assessment.ReasonConflict}}},
		{"an empty name", assessment.IncidentQuery{Country: "SSD", WindowDays: 30, Names: []string{"SPLA-IO", " "}}, at,
			[]problem{{"names[1]", assessment.ReasonRequired}}},
		{"a name too long", assessment.IncidentQuery{Country: "SSD", WindowDays: 30, Names: []string{strings.Repeat("n", 201)}}, at,
			[]problem{{"names[0]", assessment.ReasonTooLarge}}},
		{"no country", assessment.IncidentQuery{WindowDays: 365}, at, []problem{{"country", assessment.ReasonRequired}}},
		{"the data's own name", assessment.IncidentQuery{Country: "DRC", WindowDays: 365}, at, []problem{{"country", assessment.ReasonInvalid}}},
		{"alpha-2", assessment.IncidentQuery{Country: "SS", WindowDays: 365}, at, []problem{{"country", assessment.ReasonInvalid}}},
		{"unknown perpetrator", assessment.IncidentQuery{Country: "SSD", WindowDays: 365, Perpetrators: []incident.Perpetrator{incident.PerpetratorPolice, 42}}, at,
			[]problem{{"perpetrators[1]", assessment.ReasonUnknown}}},
		{"unknown category", assessment.IncidentQuery{Country: "SSD", WindowDays: 365, Category: 9}, at, []problem{{"category", assessment.ReasonUnknown}}},
		{"no moment", assessment.IncidentQuery{Country: "SSD", WindowDays: 365}, time.Time{}, []problem{{"at", assessment.ReasonRequired}}},
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
		assessment.IncidentQuery{Country: "SSD", WindowDays: 365}, at)
	assert.Equal(t, []problem{{"incidents[1].killed", assessment.ReasonOutOfRange}}, problems(t, err))
}

// The counter and the slice function agree, and the counter's evidence is
// a snapshot the counter does not change afterwards.
func TestIncidentCounter(t *testing.T) {
	incidents := readKIKA(t, kikaSubset)
	d := defaultDecider(t)
	q := assessment.IncidentQuery{Country: "SSD", WindowDays: 365, Perpetrators: []incident.Perpetrator{incident.PerpetratorCivilian}}
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
		days := 1 + r.IntN(730)
		window := time.Duration(days) * 24 * time.Hour
		// A stated coverage: with the default (the span of the data read),
		// an incident that widens the span widens the coverage too, and the
		// rate is over more months.
		q := assessment.IncidentQuery{Country: "SSD", WindowDays: days, Coverage: assessment.Coverage{From: at.Add(-20 * window), To: at.Add(20 * window)}}
		if r.IntN(2) == 0 {
			q.Perpetrators = []incident.Perpetrator{incident.Perpetrator(1 + r.IntN(10)), incident.Perpetrator(1 + r.IntN(10))}
		}
		var base []incident.Incident
		for range r.IntN(60) {
			base = append(base, random(at, 3*window))
		}
		before, err := d.IncidentEvidence(base, q, at)
		require.NoError(t, err)

		// Inside: an exact date in the window, of the query's country and a
		// selected perpetrator.
		in := incident.Incident{ID: "in", Date: at.Add(-time.Duration(r.Int64N(int64(window)))).Add(-24 * time.Hour), Precision: incident.PrecisionExact,
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
			out = random(at.Add(3*window), 7*window)
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
		Confidence: assessment.ConfidenceLow, OneSided: &assessment.OneSidedSummary{UCDPActorID: 276, Dyads: []int{976}, Line: milf.Line}}, ev)
	assert.Contains(t, ev.String(), "the actor file gives no year, so when is unknown (low confidence)")
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
		ev, err := assessment.ConflictEvidence(rows, assessment.ConflictQuery{ConflictID: 187, Side: "RUF"}, date(tt.at))
		require.NoError(t, err, tt.at)
		assert.Equal(t, assessment.Evidence{Kind: assessment.EvidenceConflictIntensity, Dataset: assessment.DatasetUCDPPRIOACD, Factor: assessment.FactorActorImpact,
			Confidence: tt.conf, Conflict: &assessment.ConflictSummary{ConflictID: 187, Side: "B", SideName: "RUF", Year: tt.year, Intensity: tt.intensity,
				Years: tt.years, WarYears: tt.wy, DataTo: 2012}}, ev, tt.at)
	}
	// By the side-B code, and the government on side A by name.
	ev, err := assessment.ConflictEvidence(rows, assessment.ConflictQuery{ConflictID: 187, SideID: 1386}, date("2001-06-01"))
	require.NoError(t, err)
	assert.Equal(t, "Kamajors", ev.Conflict.SideName)
	ev, err = assessment.ConflictEvidence(rows, assessment.ConflictQuery{ConflictID: 187, Side: "sierra leone"}, date("2001-06-01"))
	require.NoError(t, err)
	assert.Equal(t, "A", ev.Conflict.Side)
	assert.Equal(t, "evidence from the UCDP/PRIO Armed Conflict Dataset on the armed actor's significance and impact on civilians: the actor is on side A of conflict 187 (as Sierra Leone), which was a minor conflict in 2001, 3 of its 11 years at war; the data end in 2012 (high confidence)", ev.String())

	for _, tt := range []struct {
		name string
		q    assessment.ConflictQuery
		at   string
		want []problem
	}{
		{"no year of it known yet", assessment.ConflictQuery{ConflictID: 187, Side: "RUF"}, "1990-06-01", []problem{{"conflict_id", assessment.ReasonReference}}},
		{"an unknown conflict", assessment.ConflictQuery{ConflictID: 999, Side: "RUF"}, "2010-06-01", []problem{{"conflict_id", assessment.ReasonReference}}},
		// The AFRC was formed in 1997: the data do not make it a party to
		// the conflict's earlier years.
		{"not yet a side", assessment.ConflictQuery{ConflictID: 187, Side: "AFRC"}, "1996-06-01", []problem{{"side", assessment.ReasonReference}}},
		{"never a side", assessment.ConflictQuery{ConflictID: 10, Side: "RUF"}, "2010-06-01", []problem{{"side", assessment.ReasonReference}}},
		{"not a side by code", assessment.ConflictQuery{ConflictID: 187, SideID: 1010}, "2001-06-01", []problem{{"side_id", assessment.ReasonReference}}},
		{"no side", assessment.ConflictQuery{ConflictID: 187}, "2001-06-01", []problem{{"side", assessment.ReasonRequired}}},
		{"both ways", assessment.ConflictQuery{ConflictID: 187, Side: "RUF", SideID: 1384}, "2001-06-01", []problem{{"side_id", assessment.ReasonConflict}}},
		{"no conflict", assessment.ConflictQuery{Side: "RUF"}, "2001-06-01", []problem{{"conflict_id", assessment.ReasonRequired}}},
		{"a name too long", assessment.ConflictQuery{ConflictID: 187, Side: strings.Repeat("x", 201)}, "2001-06-01", []problem{{"side", assessment.ReasonTooLarge}}},
	} {
		_, err := assessment.ConflictEvidence(rows, tt.q, date(tt.at))
		assert.Equal(t, tt.want, problems(t, err), tt.name)
	}
	_, err = assessment.ConflictEvidence(rows, assessment.ConflictQuery{ConflictID: 187, Side: "RUF"}, time.Time{})
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
		{Code: assessment.CodeContradiction, Category: assessment.CategorySafetySecurity, Dataset: assessment.DatasetAidWorkerKIKA, Value: 3, Suggested: 5,
			Contradiction: assessment.ContradictionJudgedLower},
		{Code: B, Category: assessment.CategoryReputational, Dataset: assessment.DatasetAidWorkerKIKA, Value: 2, Suggested: 3},
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
	assert.Contains(t, dec.Grounds, assessment.Ground{Code: assessment.CodeEvidence, Category: assessment.CategorySafetySecurity, Dataset: assessment.DatasetAidWorkerKIKA, Suggested: 4})
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

// A contradiction runs both ways: a risk judged 5 where the incidents
// suggest 2 is flagged as one judged higher, with its direction in JSON,
// and caps the confidence as one judged lower does.
func TestDecideContradictionBothWays(t *testing.T) {
	d := defaultDecider(t)
	in := baseInput(nsag())
	for i := range in.Risks {
		if in.Risks[i].Category == assessment.CategorySafetySecurity {
			in.Risks[i].Likelihood = 5
		}
	}
	in.Evidence = []assessment.Evidence{incidentEvidence(assessment.CategorySafetySecurity, 2)}
	dec := decide(t, d, in)
	got := groundsWith(dec, assessment.CodeContradiction)
	require.Len(t, got, 1)
	assert.Equal(t, assessment.Ground{Code: assessment.CodeContradiction, Category: assessment.CategorySafetySecurity, Dataset: assessment.DatasetAidWorkerKIKA,
		Value: 5, Suggested: 2, Contradiction: assessment.ContradictionJudgedHigher}, got[0])
	assert.Contains(t, got[0].String(), "judged higher than the incidents suggest")
	b, err := json.Marshal(got[0])
	require.NoError(t, err)
	assert.Contains(t, string(b), `"contradiction":"judged_higher"`)
	assert.LessOrEqual(t, dec.Confidence, assessment.ConfidenceMedium, "a contradiction either way caps the confidence")

	in.Evidence[0].Likelihood = 4 // one step: no contradiction
	assert.Empty(t, groundsWith(decide(t, d, in), assessment.CodeContradiction))
}

// Incident evidence whose data cover none of its period suggests nothing:
// the category rests on judgement alone and the decision names the
// evidence and the period, never "evidence suggests 1".
func TestDecideUncoveredEvidence(t *testing.T) {
	d := defaultDecider(t)
	incidents := readKIKA(t, kikaSubset)
	at := date("2030-06-01")
	ev, err := d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", WindowDays: 365}, at)
	require.NoError(t, err)
	assert.Equal(t, 0, ev.Likelihood, "no data is not calm")
	assert.Zero(t, ev.Incidents.Covered.Share)
	assert.Contains(t, ev.String(), "the data do not cover 2029-06-01 to 2030-06-01 in South Sudan")
	in := baseInput(nsag())
	in.Evidence = []assessment.Evidence{ev}
	dec := decide(t, d, in)
	got := groundsWith(dec, assessment.CodeUncovered)
	require.Len(t, got, 1)
	assert.Equal(t, assessment.CategorySafetySecurity, got[0].Category)
	assert.Equal(t, &assessment.Period{From: date("2029-06-01"), To: date("2030-06-01")}, got[0].Period)
	assert.Empty(t, groundsWith(dec, assessment.CodeContradiction))
	assert.Empty(t, groundsWith(dec, assessment.CodeEvidenceAndJudgement))
	assert.NotContains(t, dec.String(), "evidence suggests 1")
}

// The full excerpt of Insecurity Insight's data as shipped (200 incidents,
// 2020-01-01 to 2022-06-05): asked about the SPLM/A-IO by name and by its
// category, South Sudan's incidents shrink to those of the group; a year
// asked for whole counts the row known only to its year; a period after the
// data suggests nothing; a period the data cover in part suggests a
// likelihood at low confidence and says how much is covered. The counts
// were worked out independently with Python's csv module.
func TestIncidentEvidenceFullExcerpt(t *testing.T) {
	if _, err := os.Stat(kikaFull); err != nil {
		t.Skip("the shared data are not present:", err)
	}
	all := readKIKA(t, kikaFull)
	require.Len(t, all, 200)
	d := defaultDecider(t)
	group := actor.Actor{Kind: actor.KindArmedOpposition}
	byName := assessment.IncidentQuery{Country: "SSD", Names: []string{"SPLA-IO"}, Perpetrators: incident.PerpetratorsFor(group)}
	year := func(y int) assessment.Period {
		return assessment.Period{From: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)}
	}

	q := byName
	q.Period = year(2021)
	ev, err := d.IncidentEvidence(all, q, date("2022-01-01"))
	require.NoError(t, err)
	s := ev.Incidents
	assert.Equal(t, [3]int{2, 2, 0}, [3]int{s.Incidents, s.Named, s.CategoryOnly}, "2021: two incidents, both naming the SPLA-IO")
	assert.Equal(t, 2, ev.Likelihood)
	everyone, err := d.IncidentEvidence(all, assessment.IncidentQuery{Country: "SSD", Period: year(2021)}, date("2022-01-01"))
	require.NoError(t, err)
	assert.Equal(t, 11, everyone.Incidents.Incidents, "every incident in South Sudan in 2021: the army, the police, herders, family members …")
	assert.Equal(t, 9, everyone.Incidents.Incidents-s.Incidents, "nine of the eleven are not the group's")

	// 2020 asked for whole holds the row known only to that year (the
	// police, as published); from 2 January it is imprecise.
	ev, err = d.IncidentEvidence(all, assessment.IncidentQuery{Country: "SSD", Period: year(2020)}, date("2021-01-01"))
	require.NoError(t, err)
	assert.Contains(t, ev.Incidents.Provenance.Counted, "26342")
	assert.Equal(t, 12, ev.Incidents.Incidents)
	ev, err = d.IncidentEvidence(all, assessment.IncidentQuery{Country: "SSD", Period: assessment.Period{From: date("2020-01-02"), To: date("2021-01-01")}}, date("2021-01-01"))
	require.NoError(t, err)
	assert.NotContains(t, ev.Incidents.Provenance.Counted, "26342")
	assert.Equal(t, 1, ev.Incidents.Provenance.Imprecise)

	// After the data: nothing suggested.
	q = byName
	q.WindowDays = 365
	ev, err = d.IncidentEvidence(all, q, date("2030-06-01"))
	require.NoError(t, err)
	assert.Equal(t, 0, ev.Likelihood)
	assert.Equal(t, assessment.Covered{}, ev.Incidents.Covered)
	assert.Equal(t, date("2022-06-06"), ev.Incidents.Provenance.DataTo, "the data end with an incident of 5 June 2022")

	// 2022, covered to 6 June: one incident naming the group (among
	// several perpetrators) and one only of its category, over 156 days.
	q = byName
	q.Period = year(2022)
	ev, err = d.IncidentEvidence(all, q, date("2023-01-01"))
	require.NoError(t, err)
	s = ev.Incidents
	assert.Equal(t, [3]int{2, 1, 1}, [3]int{s.Incidents, s.Named, s.CategoryOnly})
	assert.InDelta(t, 156.0/365, s.Covered.Share, 1e-12)
	assert.Equal(t, date("2022-06-06"), s.Covered.To)
	assert.InDelta(t, 2/(156/(365.2425/12)), s.PerMonth, 1e-12, "the rate is over the covered part")
	assert.Equal(t, 3, ev.Likelihood)
	assert.Equal(t, assessment.ConfidenceLow, ev.Confidence, "a period covered in part: low confidence at most")
	assert.Contains(t, ev.String(), "the data cover 43% of the period (2022-01-01 to 2022-06-06)")

	// A stated coverage: the excerpt is known to hold only some incidents.
	q.Coverage = assessment.Coverage{From: date("2020-01-01"), To: date("2022-06-06"), Excerpt: true}
	ev, err = d.IncidentEvidence(all, q, date("2023-01-01"))
	require.NoError(t, err)
	assert.True(t, ev.Incidents.Covered.Stated)
	assert.Contains(t, ev.String(), "an excerpt, so the count is a floor")
}

// Name matching is whole words, ignoring case, and leaves out the old name
// of the government army that the group's own full name contains.
func TestIncidentNames(t *testing.T) {
	d := defaultDecider(t)
	at := date("2022-01-01")
	in := func(id, name string) incident.Incident {
		return incident.Incident{ID: id, ActorName: name, Date: date("2021-06-01"), Precision: incident.PrecisionExact, Country: "SSD",
			Perpetrator: incident.PerpetratorCivilian}
	}
	incidents := []incident.Incident{
		in("1", "SPLA-IO Sudan People's Liberation Army in Opposition"),
		in("2", "spla-io"),
		in("3", "Sudan People's Liberation Army"),
		in("4", "SPLA-IOX"),
		in("5", "Conflict Party unspecified (South Sudan), SPLA-IO Sudan People's Liberation Army in Opposition"),
		in("6", ""),
	}
	ev, err := d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", WindowDays: 365, Names: []string{"SPLA-IO", "Sudan People's Liberation Army in Opposition"},
		Coverage: assessment.Coverage{From: date("2020-01-01"), To: at}}, at)
	require.NoError(t, err)
	assert.Equal(t, []string{"1", "2", "5"}, ev.Incidents.Provenance.Counted)
	assert.Equal(t, 3, ev.Incidents.Named)
	assert.Equal(t, 3, ev.Incidents.Provenance.OtherPerpetrator)
}
