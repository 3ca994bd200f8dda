package assessment_test

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
)

const (
	kikaSubset = "testdata/aid-worker-kika-subset.csv"
	kikaFull   = "../../shared/data/insecurity-insight/aid-worker-kika-2020-2023-excerpt.csv" // outside the module
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func readKIKA(t testing.TB, path string) []assessment.Incident {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	in, err := assessment.ReadIncidents(f, assessment.IncidentOptions{}, 0)
	require.NoError(t, err)
	return in
}

func TestPerpetratorEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[assessment.Perpetrator]{
		Type: "perpetrator", Pkg: "assessment", Parse: assessment.ParsePerpetrator, Values: assessment.Perpetrators,
		Words: enumtest.Words[assessment.Perpetrator]("non_state_armed_actor", "host_government_military", "foreign_forces", "police", "criminal",
			"civilian", "vigilante", "multiple", "no_information", "military_non_combatant"),
		Labels: enumtest.Words[assessment.Perpetrator]("a non-state armed actor", "the host government's military", "foreign forces", "the police",
			"criminals", "civilians", "vigilantes", "several perpetrators", "no information on the perpetrator", "a military outside combat"),
		Label: assessment.Perpetrator.Label,
	})
	// The data's own words.
	for word, want := range map[string]assessment.Perpetrator{
		"NSA": assessment.PerpetratorNonStateArmed, "Host or self-declared host government - military": assessment.PerpetratorHostMilitary,
		"Foreign forces - military": assessment.PerpetratorForeignForces, "Police": assessment.PerpetratorPolice,
		"Criminal": assessment.PerpetratorCriminal, "Civilian": assessment.PerpetratorCivilian, "Vigilante": assessment.PerpetratorVigilante,
		"Multiple": assessment.PerpetratorMultiple, "No information": assessment.PerpetratorNoInformation,
		"MilNonCombatant": assessment.PerpetratorMilitaryNonCombatant,
	} {
		got, err := assessment.ParsePerpetrator(word)
		require.NoError(t, err, word)
		assert.Equal(t, want, got, word)
	}
}

func TestPerpetratorKinds(t *testing.T) {
	assert.Equal(t, []actor.Kind{actor.KindStateForces}, assessment.PerpetratorPolice.Kinds())
	assert.Equal(t, []actor.Kind{actor.KindExternalForces}, assessment.PerpetratorForeignForces.Kinds())
	for _, p := range []assessment.Perpetrator{assessment.PerpetratorNoInformation, assessment.PerpetratorCivilian, assessment.PerpetratorMultiple, 0, 99} {
		assert.Empty(t, p.Kinds(), "%v corresponds to no kind: it is never guessed", p)
	}
	for _, k := range assessment.PerpetratorNonStateArmed.Kinds() {
		assert.True(t, k.IsArmedGroup(), "%v", k)
	}
	// PerpetratorsOf inverts Kinds.
	for _, k := range actor.Kinds() {
		for _, p := range assessment.Perpetrators() {
			assert.Equal(t, contains(p.Kinds(), k), contains(assessment.PerpetratorsOf(k), p), "%v %v", k, p)
		}
	}
	assert.Equal(t, []assessment.Perpetrator{assessment.PerpetratorHostMilitary, assessment.PerpetratorPolice, assessment.PerpetratorMilitaryNonCombatant},
		assessment.PerpetratorsOf(actor.KindStateForces))
	assert.Equal(t, []assessment.Perpetrator{assessment.PerpetratorNonStateArmed, assessment.PerpetratorVigilante},
		assessment.PerpetratorsOf(actor.KindSelfDefenceMilitia))
}

func TestPrecision(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[assessment.Precision]{
		Type: "date precision", Pkg: "assessment", Parse: assessment.ParsePrecision,
		Words:  enumtest.Words[assessment.Precision]("exact", "close", "week", "month", "year"),
		Labels: enumtest.Words[assessment.Precision]("exact date", "within six days of the date", "within the week of the date", "within the month", "within the year"),
		Label:  assessment.Precision.Label,
	})
	for phrase, want := range map[string]assessment.Precision{
		"Exact Date": assessment.PrecisionExact,
		"Close -The exact date is within 2-6 days of the indicated date": assessment.PrecisionClose,
		"Week-The event occurred within the week of this date ":          assessment.PrecisionWeek,
		"Year -The event occurred in this year":                          assessment.PrecisionYear,
		"Month - The event occurred in this month":                       assessment.PrecisionMonth,
	} {
		got, err := assessment.ParsePrecision(phrase)
		require.NoError(t, err, phrase)
		assert.Equal(t, want, got, phrase)
	}
	for _, bad := range []string{"", "-", "Exactly", "Fortnight-in two weeks", " - Year"} {
		_, err := assessment.ParsePrecision(bad)
		assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonUnknown}, "%q", bad)
	}
}

func TestIncidentPeriod(t *testing.T) {
	tests := []struct {
		p        assessment.Precision
		from, to string
	}{
		{assessment.PrecisionExact, "2021-03-10", "2021-03-11"},
		{assessment.PrecisionClose, "2021-03-04", "2021-03-17"},
		{assessment.PrecisionWeek, "2021-03-04", "2021-03-17"},
		{assessment.PrecisionMonth, "2021-03-01", "2021-04-01"},
		{assessment.PrecisionYear, "2021-01-01", "2022-01-01"},
	}
	for _, tt := range tests {
		in := assessment.Incident{Date: date("2021-03-10").Add(15 * time.Hour), Precision: tt.p}
		from, to, ok := in.Period()
		require.True(t, ok)
		assert.Equal(t, date(tt.from), from, "%v", tt.p)
		assert.Equal(t, date(tt.to), to, "%v", tt.p)
	}
	_, _, ok := assessment.Incident{Date: date("2021-03-10")}.Period()
	assert.False(t, ok)
}

func TestIncidentValidate(t *testing.T) {
	good := assessment.Incident{ID: "1", Date: date("2021-03-10"), Precision: assessment.PrecisionExact, Country: "SSD", Perpetrator: assessment.PerpetratorPolice, Arrested: 2}
	require.NoError(t, good.Validate())
	assert.Equal(t, 2, good.Harmed())
	bad := assessment.Incident{Date: date("1900-01-01"), Precision: 9, Country: "OPT", Killed: -1, Kidnapped: assessment.MaxHarmed + 1}
	assert.Equal(t, []problem{
		{"date", assessment.ReasonOutOfRange},
		{"precision", assessment.ReasonUnknown},
		{"country", assessment.ReasonInvalid},
		{"perpetrator", assessment.ReasonRequired},
		{"killed", assessment.ReasonOutOfRange},
		{"kidnapped", assessment.ReasonOutOfRange},
	}, problems(t, bad.Validate()))
	assert.Equal(t, []problem{{"date", assessment.ReasonRequired}, {"precision", assessment.ReasonRequired}, {"country", assessment.ReasonRequired},
		{"perpetrator", assessment.ReasonRequired}}, problems(t, assessment.Incident{}.Validate()))
}

func TestReadIncidentsSubset(t *testing.T) {
	all := readKIKA(t, kikaSubset)
	require.Len(t, all, 45)
	// The first row: the whole of 2020, known only to the year; the data
	// code the Government of South Sudan as police, as published.
	assert.Equal(t, assessment.Incident{ID: "26342", Date: date("2020-01-01"), Precision: assessment.PrecisionYear, Country: "SSD",
		Perpetrator: assessment.PerpetratorPolice, Killed: 10, Line: 2}, all[0])
	count := map[assessment.Precision]int{}
	byPerp := map[assessment.Perpetrator]int{}
	ssd := 0
	for _, in := range all {
		require.NoError(t, in.Validate())
		count[in.Precision]++
		byPerp[in.Perpetrator]++
		if in.Country == "SSD" {
			ssd++
		}
	}
	assert.Equal(t, map[assessment.Precision]int{assessment.PrecisionExact: 36, assessment.PrecisionClose: 6, assessment.PrecisionWeek: 2, assessment.PrecisionYear: 1}, count)
	assert.Equal(t, 29, ssd)
	assert.Equal(t, 1, byPerp[assessment.PerpetratorMilitaryNonCombatant])
	assert.Equal(t, 2, byPerp[assessment.PerpetratorNoInformation])
	var somaliland assessment.Incident
	for _, in := range all {
		if in.ID == "35536" {
			somaliland = in
		}
	}
	assert.Equal(t, assessment.Incident{ID: "35536", Date: date("2020-02-23"), Precision: assessment.PrecisionExact, Country: "SOM",
		Perpetrator: assessment.PerpetratorMilitaryNonCombatant, Arrested: 1, Line: somaliland.Line}, somaliland)
	assert.Greater(t, somaliland.Line, 2)
}

// The full excerpt, when the project's shared data sit beside the module.
func TestReadIncidentsFullExcerpt(t *testing.T) {
	if _, err := os.Stat(kikaFull); err != nil {
		t.Skip("the shared data are not present:", err)
	}
	all := readKIKA(t, kikaFull)
	require.Len(t, all, 200)
	count := map[assessment.Precision]int{}
	perp := map[assessment.Perpetrator]int{}
	var harmed [4]int
	for _, in := range all {
		count[in.Precision]++
		perp[in.Perpetrator]++
		harmed[0] += in.Killed
		harmed[1] += in.Injured
		harmed[2] += in.Kidnapped
		harmed[3] += in.Arrested
	}
	// As the data's README counts them.
	assert.Equal(t, map[assessment.Precision]int{assessment.PrecisionExact: 191, assessment.PrecisionClose: 6, assessment.PrecisionWeek: 2, assessment.PrecisionYear: 1}, count)
	assert.Equal(t, map[assessment.Perpetrator]int{
		assessment.PerpetratorNonStateArmed: 63, assessment.PerpetratorPolice: 53, assessment.PerpetratorHostMilitary: 32, assessment.PerpetratorCivilian: 31,
		assessment.PerpetratorCriminal: 6, assessment.PerpetratorMultiple: 6, assessment.PerpetratorForeignForces: 5, assessment.PerpetratorNoInformation: 2,
		assessment.PerpetratorVigilante: 1, assessment.PerpetratorMilitaryNonCombatant: 1,
	}, perp)
	// Summed independently with Python's csv module: 79 killed, 115
	// injured, 114 kidnapped, 212 arrested.
	assert.Equal(t, [4]int{79, 115, 114, 212}, harmed)
	assert.Equal(t, "2022-06-05", all[len(all)-1].Date.Format(time.DateOnly))
}

func TestIncidentReaderErrors(t *testing.T) {
	f, err := os.ReadFile(kikaSubset)
	require.NoError(t, err)
	lines := strings.SplitAfter(string(f), "\r\n")
	// A malformed row between good ones: reading goes on after it, and the
	// error names the line and the column.
	bad := strings.Replace(lines[2], ",Foreign forces - military,", ",Rebels,", 1)
	require.NotEqual(t, lines[2], bad)
	r, err := assessment.NewIncidentReader(strings.NewReader(lines[0]+lines[1]+bad+lines[3]), assessment.IncidentOptions{})
	require.NoError(t, err)
	_, err = r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonUnknown, Path: "Actor", Line: 3})
	in, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, 4, in.Line)
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)

	// A failing reader: one error, then io.EOF.
	r, err = assessment.NewIncidentReader(io.MultiReader(strings.NewReader(lines[0]+lines[1]), iotaErr{}), assessment.IncidentOptions{})
	require.NoError(t, err)
	_, err = r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonInvalid})
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)

	// ReadIncidents bounds how many it keeps.
	_, err = assessment.ReadIncidents(strings.NewReader(string(f)), assessment.IncidentOptions{}, 10)
	assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonTooLarge})
}

type iotaErr struct{}

func (iotaErr) Read([]byte) (int, error) { return 0, errors.New("disk gone") }
