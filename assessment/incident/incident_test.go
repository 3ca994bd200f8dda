package incident_test

import (
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
)

const (
	kikaSubset = "testdata/aid-worker-kika-subset.csv"
	kikaFull   = "../../../shared/data/insecurity-insight/aid-worker-kika-2020-2023-excerpt.csv" // outside the module
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func readKIKA(t testing.TB, path string) []incident.Incident {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	in, err := incident.ReadAll(f, incident.Options{})
	require.NoError(t, err)
	return in
}

func TestPerpetratorEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[incident.Perpetrator]{
		Type: "perpetrator", Pkg: "incident", Parse: incident.ParsePerpetrator, Values: incident.Perpetrators,
		Words: enumtest.Words[incident.Perpetrator]("non_state_armed_actor", "host_government_military", "foreign_forces", "police", "criminal",
			"civilian", "vigilante", "multiple", "no_information", "military_non_combatant"),
		Labels: enumtest.Words[incident.Perpetrator]("a non-state armed actor", "the host government's military", "foreign forces", "the police",
			"criminals", "civilians", "vigilantes", "several perpetrators", "no information on the perpetrator", "a military outside combat"),
		Label: incident.Perpetrator.Label,
	})
	// The data's own words.
	for word, want := range map[string]incident.Perpetrator{
		"NSA": incident.PerpetratorNonStateArmed, "Host or self-declared host government - military": incident.PerpetratorHostMilitary,
		"Foreign forces - military": incident.PerpetratorForeignForces, "Police": incident.PerpetratorPolice,
		"Criminal": incident.PerpetratorCriminal, "Civilian": incident.PerpetratorCivilian, "Vigilante": incident.PerpetratorVigilante,
		"Multiple": incident.PerpetratorMultiple, "No information": incident.PerpetratorNoInformation,
		"MilNonCombatant": incident.PerpetratorMilitaryNonCombatant,
	} {
		got, err := incident.ParsePerpetrator(word)
		require.NoError(t, err, word)
		assert.Equal(t, want, got, word)
	}
}

func TestPerpetratorKinds(t *testing.T) {
	assert.Equal(t, []actor.Kind{actor.KindStateForces}, incident.PerpetratorPolice.Kinds())
	assert.Equal(t, []actor.Kind{actor.KindExternalForces}, incident.PerpetratorForeignForces.Kinds())
	for _, p := range []incident.Perpetrator{incident.PerpetratorNoInformation, incident.PerpetratorCivilian, incident.PerpetratorMultiple,
		incident.PerpetratorMilitaryNonCombatant, 0, 99} {
		assert.Empty(t, p.Kinds(), "%v corresponds to no kind: it is never guessed", p)
	}
	for _, k := range incident.PerpetratorNonStateArmed.Kinds() {
		assert.True(t, k.IsArmedGroup(), "%v", k)
	}
	// PerpetratorsOf inverts Kinds.
	for _, k := range actor.Kinds() {
		for _, p := range incident.Perpetrators() {
			assert.Equal(t, slices.Contains(p.Kinds(), k), slices.Contains(incident.PerpetratorsOf(k), p), "%v %v", k, p)
		}
	}
	assert.Equal(t, []incident.Perpetrator{incident.PerpetratorHostMilitary, incident.PerpetratorPolice},
		incident.PerpetratorsOf(actor.KindStateForces))
	assert.Equal(t, []incident.Perpetrator{incident.PerpetratorNonStateArmed, incident.PerpetratorVigilante},
		incident.PerpetratorsOf(actor.KindSelfDefenceMilitia))
}

func TestPrecision(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[incident.Precision]{
		Type: "date precision", Pkg: "incident", Parse: incident.ParsePrecision,
		Words:  enumtest.Words[incident.Precision]("exact", "close", "week", "month", "year"),
		Labels: enumtest.Words[incident.Precision]("exact date", "within six days of the date", "within the week of the date", "within the month", "within the year"),
		Label:  incident.Precision.Label,
	})
	for phrase, want := range map[string]incident.Precision{
		"Exact Date": incident.PrecisionExact,
		"Close -The exact date is within 2-6 days of the indicated date": incident.PrecisionClose,
		"Week-The event occurred within the week of this date ":          incident.PrecisionWeek,
		"Year -The event occurred in this year":                          incident.PrecisionYear,
		"Month - The event occurred in this month":                       incident.PrecisionMonth,
	} {
		got, err := incident.ParsePrecision(phrase)
		require.NoError(t, err, phrase)
		assert.Equal(t, want, got, phrase)
	}
	for _, bad := range []string{"", "-", "Exactly", "Fortnight-in two weeks", " - Year"} {
		_, err := incident.ParsePrecision(bad)
		assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonUnknown}, "%q", bad)
	}
}

func TestIncidentPeriod(t *testing.T) {
	tests := []struct {
		p        incident.Precision
		from, to string
	}{
		{incident.PrecisionExact, "2021-03-10", "2021-03-11"},
		{incident.PrecisionClose, "2021-03-04", "2021-03-17"},
		{incident.PrecisionWeek, "2021-03-04", "2021-03-17"},
		{incident.PrecisionMonth, "2021-03-01", "2021-04-01"},
		{incident.PrecisionYear, "2021-01-01", "2022-01-01"},
	}
	for _, tt := range tests {
		in := incident.Incident{Date: date("2021-03-10").Add(15 * time.Hour), Precision: tt.p}
		from, to, ok := in.Period()
		require.True(t, ok)
		assert.Equal(t, date(tt.from), from, "%v", tt.p)
		assert.Equal(t, date(tt.to), to, "%v", tt.p)
	}
	_, _, ok := incident.Incident{Date: date("2021-03-10")}.Period()
	assert.False(t, ok)
}

func TestIncidentValidate(t *testing.T) {
	good := incident.Incident{ID: "1", Date: date("2021-03-10"), Precision: incident.PrecisionExact, Country: "SSD", Perpetrator: incident.PerpetratorPolice, Arrested: 2}
	require.NoError(t, good.Validate())
	assert.Equal(t, 2, good.Harmed())
	bad := incident.Incident{Date: date("1900-01-01"), Precision: 9, Country: "OPT", Killed: -1, Kidnapped: incident.MaxHarmed + 1}
	assert.Equal(t, []problem{
		{"date", assessment.ReasonOutOfRange},
		{"precision", assessment.ReasonUnknown},
		{"country", assessment.ReasonInvalid},
		{"perpetrator", assessment.ReasonRequired},
		{"killed", assessment.ReasonOutOfRange},
		{"kidnapped", assessment.ReasonOutOfRange},
	}, problems(t, bad.Validate()))
	assert.Equal(t, []problem{{"date", assessment.ReasonRequired}, {"precision", assessment.ReasonRequired}, {"country", assessment.ReasonRequired},
		{"perpetrator", assessment.ReasonRequired}}, problems(t, incident.Incident{}.Validate()))
}

func TestReadIncidentsSubset(t *testing.T) {
	all := readKIKA(t, kikaSubset)
	require.Len(t, all, 45)
	// The first row: the whole of 2020, known only to the year; the data
	// code the Government of South Sudan as police, as published.
	assert.Equal(t, incident.Incident{ID: "26342", ActorName: "Government of South Sudan", Date: date("2020-01-01"), Precision: incident.PrecisionYear, Country: "SSD",
		Perpetrator: incident.PerpetratorPolice, Killed: 10, Line: 2}, all[0])
	count := map[incident.Precision]int{}
	byPerp := map[incident.Perpetrator]int{}
	ssd := 0
	for _, in := range all {
		require.NoError(t, in.Validate())
		count[in.Precision]++
		byPerp[in.Perpetrator]++
		if in.Country == "SSD" {
			ssd++
		}
	}
	assert.Equal(t, map[incident.Precision]int{incident.PrecisionExact: 36, incident.PrecisionClose: 6, incident.PrecisionWeek: 2, incident.PrecisionYear: 1}, count)
	assert.Equal(t, 29, ssd)
	assert.Equal(t, 1, byPerp[incident.PerpetratorMilitaryNonCombatant])
	assert.Equal(t, 2, byPerp[incident.PerpetratorNoInformation])
	var somaliland incident.Incident
	for _, in := range all {
		if in.ID == "35536" {
			somaliland = in
		}
	}
	assert.Equal(t, incident.Incident{ID: "35536", ActorName: "Armed Forces of Somaliland", Date: date("2020-02-23"), Precision: incident.PrecisionExact, Country: "SOM",
		Perpetrator: incident.PerpetratorMilitaryNonCombatant, Arrested: 1, Line: somaliland.Line}, somaliland)
	assert.Greater(t, somaliland.Line, 2)
}

// The full excerpt, when the project's shared data sit beside the module.
func TestReadIncidentsFullExcerpt(t *testing.T) {
	if _, err := os.Stat(kikaFull); err != nil {
		t.Skip("the shared data are not present:", err)
	}
	all := readKIKA(t, kikaFull)
	require.Len(t, all, 200)
	count := map[incident.Precision]int{}
	perp := map[incident.Perpetrator]int{}
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
	assert.Equal(t, map[incident.Precision]int{incident.PrecisionExact: 191, incident.PrecisionClose: 6, incident.PrecisionWeek: 2, incident.PrecisionYear: 1}, count)
	assert.Equal(t, map[incident.Perpetrator]int{
		incident.PerpetratorNonStateArmed: 63, incident.PerpetratorPolice: 53, incident.PerpetratorHostMilitary: 32, incident.PerpetratorCivilian: 31,
		incident.PerpetratorCriminal: 6, incident.PerpetratorMultiple: 6, incident.PerpetratorForeignForces: 5, incident.PerpetratorNoInformation: 2,
		incident.PerpetratorVigilante: 1, incident.PerpetratorMilitaryNonCombatant: 1,
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
	r, err := incident.NewReader(strings.NewReader(lines[0]+lines[1]+bad+lines[3]), incident.Options{})
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
	r, err = incident.NewReader(io.MultiReader(strings.NewReader(lines[0]+lines[1]), iotaErr{}), incident.Options{})
	require.NoError(t, err)
	_, err = r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonInvalid})
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)

	// ReadIncidents bounds how many it keeps.
	_, err = incident.ReadAll(strings.NewReader(string(f)), incident.Options{MaxRecords: 10})
	assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonTooLarge})
}

// TestUnknownWordsInTheData pins the errors of a precision or a perpetrator
// the reader does not know: the nearest word when one is near, and the
// words.
func TestUnknownWordsInTheData(t *testing.T) {
	header := "Date,Time Precision,Country ISO,Actor,Aid Workers Killed,Aid Workers Injured,Aid Workers Kidnapped,Aid Workers Arrested,SiND Event ID\n"
	_, err := incident.ReadAll(strings.NewReader(header+"2021-01-02,Weak,SSD,No informaton,1,0,0,0,7\n2021-01-02,Exact Date,SSD,Rebels,1,0,0,0,8\n"), incident.Options{})
	var got []string
	for _, fe := range check.Flatten(err) {
		got = append(got, fe.Error())
	}
	assert.Equal(t, []string{
		`incident: line 2: Time Precision: unknown date precision "Weak": did you mean "week"? one of exact, close, week, month, year`,
		`incident: line 2: Actor: unknown perpetrator "No informaton": did you mean "no_information"? one of non_state_armed_actor, host_government_military, foreign_forces, police, criminal, civilian, vigilante, multiple, no_information, military_non_combatant`,
		`incident: line 3: Actor: unknown perpetrator "Rebels": one of non_state_armed_actor, host_government_military, foreign_forces, police, criminal, civilian, vigilante, multiple, no_information, military_non_combatant`,
	}, got)
}

type iotaErr struct{}

func (iotaErr) Read([]byte) (int, error) { return 0, errors.New("disk gone") }

// A non-state armed group with government-like functions over territory is
// a self-declared government: the data code its forces as the host
// military, so its incidents are those of its kind and of the host
// military.
func TestPerpetratorsFor(t *testing.T) {
	group := actor.Actor{Kind: actor.KindArmedOpposition}
	assert.Equal(t, []incident.Perpetrator{incident.PerpetratorNonStateArmed}, incident.PerpetratorsFor(group))
	group.TerritorialControl = true
	assert.Equal(t, []incident.Perpetrator{incident.PerpetratorNonStateArmed, incident.PerpetratorHostMilitary}, incident.PerpetratorsFor(group))
	state := actor.Actor{Kind: actor.KindStateForces, TerritorialControl: true}
	assert.Equal(t, []incident.Perpetrator{incident.PerpetratorHostMilitary, incident.PerpetratorPolice}, incident.PerpetratorsFor(state))
	assert.Empty(t, incident.PerpetratorsFor(actor.Actor{}))
}

// The reader keeps the Actor Name column, the group as published; a file
// without the column reads with no names; a name that is not UTF-8 is an
// error at its column.
func TestActorName(t *testing.T) {
	all := readKIKA(t, kikaSubset)
	named := 0
	for _, in := range all {
		if strings.Contains(in.ActorName, "SPLA-IO") {
			named++
			assert.Equal(t, "SSD", in.Country)
		}
	}
	assert.Equal(t, 3, named, "two rows naming the SPLA-IO as a non-state armed actor, one among several perpetrators")
	header := "Date,Time Precision,Country ISO,Actor,Aid Workers Killed,Aid Workers Injured,Aid Workers Kidnapped,Aid Workers Arrested,SiND Event ID"
	got, err := incident.ReadAll(strings.NewReader(header+"\n2021-01-02,Exact Date,SSD,NSA,1,0,0,0,7\n"), incident.Options{})
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Empty(t, got[0].ActorName)
	_, err = incident.ReadAll(strings.NewReader(header+",Actor Name\n2021-01-02,Exact Date,SSD,NSA,1,0,0,0,7,\xff\n"), incident.Options{})
	assert.ErrorIs(t, err, &incident.FieldError{Path: "Actor Name", Reason: incident.ReasonInvalid, Line: 2})
}

func TestIncidentStringNamesTheCountry(t *testing.T) {
	in := incident.Incident{ID: "1", Date: date("2021-03-10"), Precision: incident.PrecisionExact, Country: "SYR", Perpetrator: incident.PerpetratorPolice, Arrested: 2}
	assert.Equal(t, "2021-03-10 (exact date), Syria, the police: 0 killed, 0 injured, 0 kidnapped, 2 arrested", in.String())
	in.Country = "XYZ" // not assigned: the code as it is
	assert.Contains(t, in.String(), ", XYZ, ")
}

func TestCountryName(t *testing.T) {
	for code, want := range map[string]string{"SSD": "South Sudan", "SYR": "Syria", "COD": "the Democratic Republic of the Congo", "PHL": "the Philippines"} {
		got, ok := incident.CountryName(code)
		assert.True(t, ok, code)
		assert.Equal(t, want, got, code)
	}
	for _, bad := range []string{"ssd", "XYZ", "", "SS", "SSDX"} {
		got, ok := incident.CountryName(bad)
		assert.False(t, ok, bad)
		assert.Empty(t, got, bad)
	}
}
