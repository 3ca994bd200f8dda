package protection_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
	"github.com/humanitarian-negotiation/protection/risk"
	"github.com/humanitarian-negotiation/protection/sanctions"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// This file holds the README's JSON conventions (issue 27, item 5) over
// every exported struct type of the public packages: what a type can say
// (TestJSONStyleTypes) and what the library writes (TestJSONStyleResults).

// jsonTypes lists every exported struct type of the public packages;
// TestJSONTypesListed keeps it complete, so that a new type is held to the
// conventions as soon as it exists.
var jsonTypes = []reflect.Type{
	reflect.TypeFor[actor.Actor](),
	reflect.TypeFor[actor.CodeError](),
	reflect.TypeFor[actor.Designation](),
	reflect.TypeFor[actor.Engagement](),
	reflect.TypeFor[actor.Faction](),
	reflect.TypeFor[actor.Listing](),
	reflect.TypeFor[actor.Obligation](),
	reflect.TypeFor[agreement.ActivityStatus](),
	reflect.TypeFor[agreement.AdvanceRule](),
	reflect.TypeFor[agreement.Agreement](),
	reflect.TypeFor[agreement.Commitment](),
	reflect.TypeFor[agreement.Delisting](),
	reflect.TypeFor[agreement.Event](),
	reflect.TypeFor[agreement.FollowUpOptions](),
	reflect.TypeFor[agreement.ImplementationCounts](),
	reflect.TypeFor[agreement.FollowUp](),
	reflect.TypeFor[agreement.Instrument](),
	reflect.TypeFor[agreement.Item](),
	reflect.TypeFor[agreement.Monitoring](),
	reflect.TypeFor[agreement.NextAction](),
	reflect.TypeFor[agreement.OwnActivity](),
	reflect.TypeFor[agreement.PartyTally](),
	reflect.TypeFor[agreement.Party](),
	reflect.TypeFor[agreement.PeriodStatus](),
	reflect.TypeFor[agreement.PhaseProgress](),
	reflect.TypeFor[agreement.PhaseTally](),
	reflect.TypeFor[agreement.Phase](),
	reflect.TypeFor[agreement.ReportingCycle](),
	reflect.TypeFor[agreement.ReportingPeriod](),
	reflect.TypeFor[agreement.RiskTally](),
	reflect.TypeFor[agreement.Signatory](),
	reflect.TypeFor[agreement.State](),
	reflect.TypeFor[agreement.Tally](),
	reflect.TypeFor[agreement.ThemeTally](),
	reflect.TypeFor[agreement.VerifiedViolation](),
	reflect.TypeFor[agreement.ViolationDelisting](),
	reflect.TypeFor[assessment.Allowance](),
	reflect.TypeFor[assessment.Argument](),
	reflect.TypeFor[assessment.ConflictQuery](),
	reflect.TypeFor[assessment.ConflictSummary](),
	reflect.TypeFor[assessment.Context](),
	reflect.TypeFor[assessment.Contribution](),
	reflect.TypeFor[assessment.Coverage](),
	reflect.TypeFor[assessment.Covered](),
	reflect.TypeFor[assessment.Decider](),
	reflect.TypeFor[assessment.Decision](),
	reflect.TypeFor[assessment.EngagementRisk](),
	reflect.TypeFor[assessment.EntryPoint](),
	reflect.TypeFor[assessment.Escalation](),
	reflect.TypeFor[assessment.EvidencePolicy](),
	reflect.TypeFor[assessment.Evidence](),
	reflect.TypeFor[assessment.FactorScores](),
	reflect.TypeFor[assessment.Ground](),
	reflect.TypeFor[assessment.IncidentCounter](),
	reflect.TypeFor[assessment.IncidentQuery](),
	reflect.TypeFor[assessment.IncidentSummary](),
	reflect.TypeFor[assessment.Input](),
	reflect.TypeFor[assessment.Interlocutor](),
	reflect.TypeFor[assessment.Mitigation](),
	reflect.TypeFor[assessment.OneSidedSummary](),
	reflect.TypeFor[assessment.Owners](),
	reflect.TypeFor[assessment.PerCategory](),
	reflect.TypeFor[assessment.Period](),
	reflect.TypeFor[assessment.Plan](),
	reflect.TypeFor[assessment.Policy](),
	reflect.TypeFor[assessment.Prohibition](),
	reflect.TypeFor[assessment.Provenance](),
	reflect.TypeFor[assessment.ReviewFlag](),
	reflect.TypeFor[assessment.Score](),
	reflect.TypeFor[assessment.Sensitivity](),
	reflect.TypeFor[assessment.Weights](),
	reflect.TypeFor[incident.Incident](),
	reflect.TypeFor[incident.Options](),
	reflect.TypeFor[incident.Reader](),
	reflect.TypeFor[redline.AttrDecl](),
	reflect.TypeFor[redline.Attribute](),
	reflect.TypeFor[redline.Checker](),
	reflect.TypeFor[redline.Prepared](),
	reflect.TypeFor[redline.Condition](),
	reflect.TypeFor[redline.Examination](),
	reflect.TypeFor[redline.Exception](),
	reflect.TypeFor[redline.Finding](),
	reflect.TypeFor[redline.KindDecl](),
	reflect.TypeFor[redline.Layer](),
	reflect.TypeFor[redline.Norm](),
	reflect.TypeFor[redline.Number](),
	reflect.TypeFor[redline.Observation](),
	reflect.TypeFor[redline.Policy](),
	reflect.TypeFor[redline.Report](),
	reflect.TypeFor[redline.Rule](),
	reflect.TypeFor[redline.Term](),
	reflect.TypeFor[redline.Trace](),
	reflect.TypeFor[redline.Uncovered](),
	reflect.TypeFor[redline.Value](),
	reflect.TypeFor[redlinetest.CaseError](),
	reflect.TypeFor[redlinetest.Case](),
	reflect.TypeFor[redlinetest.ConformanceError](),
	reflect.TypeFor[redlinetest.CoverageError](),
	reflect.TypeFor[redlinetest.KindError](),
	reflect.TypeFor[research.AgreementSummary](),
	reflect.TypeFor[research.CaseOptions](),
	reflect.TypeFor[research.CaseReader](),
	reflect.TypeFor[research.CaseWriter](),
	reflect.TypeFor[research.Case](),
	reflect.TypeFor[research.Cell](),
	reflect.TypeFor[research.Counts](),
	reflect.TypeFor[research.CrossOptions](),
	reflect.TypeFor[research.CrossTable](),
	reflect.TypeFor[research.CrossTabulator](),
	reflect.TypeFor[research.Distribution](),
	reflect.TypeFor[research.Estimate](),
	reflect.TypeFor[research.Key](),
	reflect.TypeFor[research.Row](),
	reflect.TypeFor[research.Summary](),
	reflect.TypeFor[research.TableOptions](),
	reflect.TypeFor[research.Tabulator](),
	reflect.TypeFor[research.ViolationCount](),
	reflect.TypeFor[risk.Concern](),
	reflect.TypeFor[sanctions.Counterpart](),
	reflect.TypeFor[sanctions.EntryOptions](),
	reflect.TypeFor[sanctions.EntryReader](),
	reflect.TypeFor[sanctions.Entry](),
	reflect.TypeFor[sanctions.Exemption](),
	reflect.TypeFor[sanctions.Finding](),
	reflect.TypeFor[sanctions.Gap](),
	reflect.TypeFor[sanctions.Match](),
	reflect.TypeFor[sanctions.Note](),
	reflect.TypeFor[sanctions.Regime](),
	reflect.TypeFor[sanctions.Report](),
	reflect.TypeFor[sanctions.Request](),
	reflect.TypeFor[sanctions.Review](),
	reflect.TypeFor[sanctions.Standing](),
	reflect.TypeFor[stakeholder.ACDNetwork](),
	reflect.TypeFor[stakeholder.ACDParty](),
	reflect.TypeFor[stakeholder.Contact](),
	reflect.TypeFor[stakeholder.ContinuityOptions](),
	reflect.TypeFor[stakeholder.Continuity](),
	reflect.TypeFor[stakeholder.CoverageOptions](),
	reflect.TypeFor[stakeholder.Coverage](),
	reflect.TypeFor[stakeholder.Custody](),
	reflect.TypeFor[stakeholder.Dossier](),
	reflect.TypeFor[stakeholder.Edge](),
	reflect.TypeFor[stakeholder.Fact](),
	reflect.TypeFor[stakeholder.Gap](),
	reflect.TypeFor[stakeholder.HandoverOptions](),
	reflect.TypeFor[stakeholder.Handover](),
	reflect.TypeFor[stakeholder.Iceberg](),
	reflect.TypeFor[stakeholder.Icebergs](),
	reflect.TypeFor[stakeholder.Interlocutor](),
	reflect.TypeFor[stakeholder.Intermediary](),
	reflect.TypeFor[stakeholder.Island](),
	reflect.TypeFor[stakeholder.Leverage](),
	reflect.TypeFor[stakeholder.Network](),
	reflect.TypeFor[stakeholder.Norm](),
	reflect.TypeFor[stakeholder.Path](),
	reflect.TypeFor[stakeholder.Placement](),
	reflect.TypeFor[stakeholder.Relationship](),
	reflect.TypeFor[stakeholder.SVGOptions](),
	reflect.TypeFor[stakeholder.Salience](),
	reflect.TypeFor[stakeholder.Stakeholder](),
	reflect.TypeFor[stakeholder.Stale](),
	reflect.TypeFor[ucdp.ActorOptions](),
	reflect.TypeFor[ucdp.ActorReader](),
	reflect.TypeFor[ucdp.Actor](),
	reflect.TypeFor[ucdp.ConflictOptions](),
	reflect.TypeFor[ucdp.ConflictReader](),
	reflect.TypeFor[ucdp.Conflict](),
}

// requiredIDs are the ID fields a valid value always sets: written even
// when zero, as the zero ID there is an error, never "none". Every other ID
// is optional, and omitzero leaves it out when absent.
var requiredIDs = map[string]string{
	"actor.Actor.ID":                   "an actor's ID",
	"actor.Engagement.Ref":             "the record an engagement refers to",
	"actor.Faction.ID":                 "a faction's ID",
	"agreement.Agreement.Actor":        "the armed actor agreed with",
	"agreement.Agreement.ID":           "an agreement's ID",
	"agreement.Commitment.By":          "the party that commits",
	"agreement.Commitment.ID":          "a commitment's ID",
	"agreement.Event.Commitment":       "the commitment an event is about",
	"agreement.Item.By":                "the party that must act",
	"agreement.Item.Commitment":        "the commitment that needs attention",
	"agreement.Party.ID":               "a party's ID",
	"agreement.PartyTally.Party":       "the party tallied",
	"agreement.Phase.ID":               "a phase's ID",
	"agreement.PhaseProgress.Phase":    "the phase whose progress it is",
	"agreement.Signatory.Party":        "the party that signs",
	"agreement.State.Commitment":       "the commitment whose state it is",
	"stakeholder.ACDParty.ID":          "a party's node",
	"stakeholder.Contact.Interlocutor": "the interlocutor contacted",
	"stakeholder.Contact.Staff":        "the staff member who made the contact",
	"stakeholder.Custody.Interlocutor": "the interlocutor of the relationship",
	"stakeholder.Custody.Staff":        "the staff member who holds it",
	"stakeholder.Dossier.Agency":       "the organisation's own node",
	"stakeholder.Dossier.Target":       "the armed actor",
	"stakeholder.Edge.From":            "an edge's source",
	"stakeholder.Edge.To":              "an edge's target",
	"stakeholder.Gap.Interlocutor":     "the interlocutor of the gap",
	"stakeholder.Handover.Target":      "the armed actor",
	"stakeholder.Interlocutor.ID":      "an interlocutor's ID",
	"stakeholder.Intermediary.ID":      "the intermediary",
	"stakeholder.Path.Target":          "the decision-maker reached",
	"stakeholder.Placement.ID":         "the stakeholder placed",
	"stakeholder.Stakeholder.ID":       "a stakeholder's ID",
	"stakeholder.Stale.Interlocutor":   "the interlocutor not contacted",
}

// TestJSONTypesListed: jsonTypes holds every exported struct type of every
// public package, and nothing else.
func TestJSONTypesListed(t *testing.T) {
	var want []string
	for _, dir := range publicPackages {
		p := loadPackage(t, dir)
		for _, typ := range p.Types {
			if _, ok := typ.Decl.Specs[0].(*ast.TypeSpec).Type.(*ast.StructType); ok {
				want = append(want, p.Name+"."+typ.Name)
			}
		}
	}
	var got []string
	for _, typ := range jsonTypes {
		got = append(got, typ.String())
	}
	sort.Strings(want)
	sort.Strings(got)
	assert.Equal(t, want, got, "jsonTypes lists every exported struct type of the public packages")
}

var (
	durationType  = reflect.TypeFor[time.Duration]()
	uuidType      = reflect.TypeFor[uuid.UUID]()
	marshalerType = reflect.TypeFor[json.Marshaler]()
	textType      = reflect.TypeFor[interface{ MarshalText() ([]byte, error) }]()
	jsonKey       = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
)

// jsonField is a field as encoding/json writes it.
type jsonField struct {
	name                string // "pkg.Type.Field"
	key                 string
	typ                 reflect.Type
	index               []int
	omitEmpty, omitZero bool
	tagged              bool
}

// jsonFields lists the fields of struct type t that encoding/json writes,
// following embedded structs without a tag.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	var add func(st reflect.Type, prefix []int)
	add = func(st reflect.Type, prefix []int) {
		for i := range st.NumField() {
			sf := st.Field(i)
			tag, tagged := sf.Tag.Lookup("json")
			if tag == "-" {
				continue
			}
			key, opts, _ := strings.Cut(tag, ",")
			index := append(slices.Clone(prefix), i)
			if sf.Anonymous && key == "" && sf.Type.Kind() == reflect.Struct {
				add(sf.Type, index)
				continue
			}
			if !sf.IsExported() {
				continue
			}
			if key == "" {
				key = sf.Name
			}
			out = append(out, jsonField{name: t.String() + "." + sf.Name, key: key, typ: sf.Type, index: index,
				omitEmpty: strings.Contains(","+opts+",", ",omitempty,"), omitZero: strings.Contains(","+opts+",", ",omitzero,"), tagged: tagged})
		}
	}
	add(t, nil)
	return out
}

// isJSON reports whether values of t are meant to be written as JSON: a
// field of it has a json tag, or it writes itself.
func isJSON(t reflect.Type) bool {
	if t.Implements(marshalerType) {
		return true
	}
	for _, f := range jsonFields(t) {
		if f.tagged {
			return true
		}
	}
	return false
}

// isList reports whether a field of type t is a list or a map: written
// null by encoding/json when nil.
func isList(t reflect.Type) bool {
	return (t.Kind() == reflect.Slice || t.Kind() == reflect.Map) && !t.Implements(marshalerType) && !t.Implements(textType)
}

// resultLists are the list fields a type writes even when empty: those with
// no omitempty, in a type that does not write itself. A value the library
// builds sets them to an empty list, never nil (TestJSONStyleResults).
func resultLists(t reflect.Type) []jsonField {
	if t.Implements(marshalerType) {
		return nil
	}
	var out []jsonField
	for _, f := range jsonFields(t) {
		if isList(f.typ) && !f.omitEmpty {
			out = append(out, f)
		}
	}
	return out
}

// TestJSONStyleTypes holds what a type's shape decides, for every type the
// library writes as JSON: snake_case keys, and no untagged field; no
// time.Duration anywhere (durations are days); no positional array (a Go
// array of anything but objects); no omitempty where it never omits (a
// struct, a time or an ID: omitzero does); an ID written when zero only if
// a valid value always sets it; and a zero value that encodes, with null
// only for the lists a result always sets.
func TestJSONStyleTypes(t *testing.T) {
	n := 0
	for _, typ := range jsonTypes {
		if !isJSON(typ) {
			continue
		}
		n++
		for _, f := range jsonFields(typ) {
			if !typ.Implements(marshalerType) {
				assert.True(t, f.tagged, "%s has no json tag: it would be written as %q", f.name, f.key)
				assert.Regexp(t, jsonKey, f.key, "%s: a JSON key is a snake_case word", f.name)
			}
			checkFieldType(t, f.name, f.typ)
			switch f.typ.Kind() {
			case reflect.Struct, reflect.Array:
				assert.False(t, f.omitEmpty, "%s: omitempty never omits a %s; use omitzero", f.name, f.typ)
			}
			if f.typ == uuidType && !f.omitZero {
				_, required := requiredIDs[f.name]
				assert.True(t, required, "%s: an optional ID is left out when absent (omitzero); a required one is listed in requiredIDs", f.name)
			}
		}

		// The zero value encodes; null only where a result writes a list.
		b, err := json.Marshal(reflect.New(typ).Elem().Interface())
		if !assert.NoError(t, err, "%s: the zero value encodes", typ) {
			continue
		}
		var m map[string]json.RawMessage
		if json.Unmarshal(b, &m) != nil {
			continue // a type that writes itself as something else
		}
		lists := map[string]bool{}
		for _, f := range resultLists(typ) {
			lists[f.key] = true
		}
		for k, v := range m {
			if string(v) == "null" {
				assert.True(t, lists[k], "%s: the zero value writes %q as null", typ, k)
			}
		}
	}
	assert.Greater(t, n, 100, "the types written as JSON")
	for name := range requiredIDs {
		found := false
		for _, typ := range jsonTypes {
			for _, f := range jsonFields(typ) {
				found = found || f.name == name
			}
		}
		assert.True(t, found, "requiredIDs lists %s, which is not a field", name)
	}
}

// checkFieldType walks the type of a field through pointers, slices, maps
// and arrays.
func checkFieldType(t *testing.T, name string, ft reflect.Type) {
	t.Helper()
	for {
		assert.NotEqual(t, durationType, ft, "%s: a duration is written in days (an int named *_days), never as time.Duration", name)
		switch ft.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map:
			if ft.Implements(marshalerType) || ft.Implements(textType) {
				return
			}
			ft = ft.Elem()
			continue
		case reflect.Array:
			if ft == uuidType || ft.Implements(marshalerType) || ft.Implements(textType) {
				return
			}
			assert.Equal(t, reflect.Struct, ft.Elem().Kind(), "%s: a %s is a positional array; write labelled objects", name, ft)
			ft = ft.Elem()
			continue
		}
		return
	}
}

// styleProblems walks the JSON the library wrote and names what the
// conventions rule out: null, the zero ID, the zero time, an empty string.
func styleProblems(data []byte) []string {
	var v any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return []string{err.Error()}
	}
	var out []string
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case nil:
			out = append(out, path+": null")
		case string:
			switch {
			case x == uuid.Nil.String():
				out = append(out, path+": the zero ID")
			case strings.HasPrefix(x, "0001-01-01"):
				out = append(out, path+": the zero time")
			case x == "":
				out = append(out, path+": an empty string")
			}
		case []any:
			for i, e := range x {
				walk(fmt.Sprintf("%s[%d]", path, i), e)
			}
		case map[string]any:
			for k, e := range x {
				walk(path+"."+k, e)
			}
		}
	}
	walk("", v)
	sort.Strings(out)
	return out
}

// visit walks a value the library built, as encoding/json would write it,
// and records its types in seen; it reports every list a result writes
// that is nil, so that it would be written null.
func visit(t *testing.T, path string, v reflect.Value, seen map[reflect.Type]bool) {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			visit(t, path, v.Elem(), seen)
		}
	case reflect.Slice, reflect.Array:
		if v.Type() == uuidType {
			return
		}
		for i := range v.Len() {
			visit(t, fmt.Sprintf("%s[%d]", path, i), v.Index(i), seen)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			visit(t, fmt.Sprintf("%s[%v]", path, k), v.MapIndex(k), seen)
		}
	case reflect.Struct:
		typ := v.Type()
		if !strings.HasPrefix(typ.PkgPath(), "github.com/humanitarian-negotiation/protection/") {
			return
		}
		seen[typ] = true
		for _, f := range resultLists(typ) {
			assert.False(t, v.FieldByIndex(f.index).IsNil(), "%s.%s: a list the library writes is [] when empty, never null", path, f.key)
		}
		for _, f := range jsonFields(typ) {
			visit(t, path+"."+f.key, v.FieldByIndex(f.index), seen)
		}
	}
}

// readFixture decodes testdata/json/name with decode.
func readFixture[T any](t *testing.T, name string, decode func(r *os.File) (T, error)) T {
	t.Helper()
	f, err := os.Open("testdata/json/" + name)
	require.NoError(t, err)
	defer f.Close()
	v, err := decode(f)
	require.NoError(t, err, name)
	return v
}

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestJSONStyleResults holds what the library writes: results of every
// package — built from the examples' data (testdata/json, the programs'
// inputs as JSON) and from empty inputs, where lists are empty — written
// with no null, no zero ID, no zero time and no empty string, and with every
// list a result writes set, [] when empty. Every type with such a list is
// among the results.
func TestJSONStyleResults(t *testing.T) {
	lim := func(r *os.File) (actor.Actor, error) { return actor.Decode(r, actor.Limits{}) }
	milf := readFixture(t, "milf-actor.json", lim)
	mfdc := readFixture(t, "mfdc-actor.json", lim)
	plan := readFixture(t, "milf-action-plan.json", func(r *os.File) (agreement.Agreement, error) { return agreement.DecodeRecord(r, agreement.Limits{}) })
	demining := readFixture(t, "mfdc-demining.json", func(r *os.File) (agreement.Agreement, error) { return agreement.DecodeRecord(r, agreement.Limits{}) })
	dossier := func(name string) stakeholder.Dossier {
		return readFixture(t, name, func(r *os.File) (stakeholder.Dossier, error) {
			return stakeholder.DecodeDossier(r, stakeholder.Limits{})
		})
	}
	input := readFixture(t, "milf-input.json", func(r *os.File) (assessment.Input, error) { return assessment.DecodeInput(r, assessment.Limits{}) })

	var results []any
	add := func(v any, err error) {
		t.Helper()
		require.NoError(t, err)
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice && rv.IsNil() {
			return // a function's "none": the caller's to write, as it wishes
		}
		results = append(results, v)
	}

	// actor
	add(actor.Obligations(milf), nil)
	add(actor.Obligations(mfdc), nil)
	add(assessment.Arguments(milf), nil)
	add(assessment.EntryPoints(milf, nil), nil)

	// agreement: the action plan right after signing, at its end and
	// years on; the phased demining agreement; a draft with no events.
	listing, ok := milf.CAAC()
	require.True(t, ok)
	for _, at := range []string{"2009-08-01", "2012-08-01", "2017-06-01", "2025-01-01"} {
		add(plan.FollowUp(date(at), agreement.FollowUpOptions{Listing: listing}))
	}
	for _, at := range []string{"2013-01-01", "2016-01-01"} {
		add(demining.FollowUp(date(at), agreement.FollowUpOptions{}))
	}
	draft := plan
	draft.Events, draft.Signed = nil, time.Time{}
	add(draft.FollowUp(date("2009-01-01"), agreement.FollowUpOptions{Listing: listing}))
	for _, p := range demining.Phases {
		add(demining.CanAdvance(p.ID, date("2016-01-01")))
	}
	add(research.SummariseAgreements([]agreement.Agreement{plan, demining}, date("2020-01-01"), research.TableOptions{}))
	add(research.SummariseAgreements(nil, date("2020-01-01"), research.TableOptions{}))

	// assessment
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	add(d.Decide(input))
	add(d.Decide(assessment.Input{Actor: milf}))
	f, err := os.Open("assessment/incident/testdata/aid-worker-kika-subset.csv")
	require.NoError(t, err)
	incidents, err := incident.ReadAll(f, incident.Options{})
	f.Close()
	require.NoError(t, err)
	add(incidents, nil)
	add(d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", WindowDays: 365}, date("2021-01-01")))
	add(d.IncidentEvidence(nil, assessment.IncidentQuery{Country: "SSD", WindowDays: 365}, date("2021-01-01")))
	f, err = os.Open("actor/ucdp/testdata/ucdp-prio-acd-subset.csv")
	require.NoError(t, err)
	conflicts, err := ucdp.ReadConflicts(f, ucdp.ConflictOptions{})
	f.Close()
	require.NoError(t, err)
	add(conflicts, nil)
	add(assessment.ConflictEvidence(conflicts, assessment.ConflictQuery{ConflictID: 187, Side: "RUF"}, date("2002-01-01")))
	f, err = os.Open("actor/ucdp/testdata/ucdp-actor-subset.csv")
	require.NoError(t, err)
	actors, err := ucdp.ReadActors(f, ucdp.ActorOptions{})
	f.Close()
	require.NoError(t, err)
	add(actors, nil)
	for _, a := range actors {
		if ev, ok := assessment.OneSidedEvidence(a); ok {
			add(ev, nil)
			break
		}
	}
	add(assessment.Readiness(assessment.Plan{}), nil)
	add(assessment.Review(assessment.Plan{}, milf), nil)

	// redline and redlinetest
	k := redline.MustCompile(redline.Baseline())
	for _, c := range redlinetest.BaselineCases() {
		r := k.Check(c.Terms)
		add(r, nil)
		add(r.Examined(), nil)
		for _, term := range c.Terms {
			add(k.Trace(term), nil)
		}
	}
	add(k.Check(nil), nil)
	add(k.Rules(), nil)
	add(k.Exceptions(), nil)
	add(redline.Norms(), nil)

	// research
	f, err = os.Open("agreement/research/testdata/cases-synthetic.csv")
	require.NoError(t, err)
	cases, err := research.ReadCases(f, research.CaseOptions{})
	f.Close()
	require.NoError(t, err)
	add(cases, nil)
	summarise := func(cs []research.Case) (research.Summary, error) {
		var b bytes.Buffer
		w, err := research.NewCaseWriter(&b)
		require.NoError(t, err)
		for _, c := range cs {
			require.NoError(t, w.Write(c))
		}
		require.NoError(t, w.Flush())
		r, err := research.NewCaseReader(&b, research.CaseOptions{})
		require.NoError(t, err)
		return research.SummariseCases(r, research.TableOptions{})
	}
	add(summarise(cases))
	add(summarise(nil))
	crossed := func(cs []research.Case) (research.CrossTable, error) {
		var b bytes.Buffer
		w, err := research.NewCaseWriter(&b)
		require.NoError(t, err)
		for _, c := range cs {
			require.NoError(t, w.Write(c))
		}
		require.NoError(t, w.Flush())
		r, err := research.NewCaseReader(&b, research.CaseOptions{})
		require.NoError(t, err)
		return research.CrossCases(r, research.CrossOptions{Rows: research.DimensionActorKind, Cols: research.DimensionOutcome})
	}
	add(crossed(cases))
	add(crossed(nil))

	// sanctions
	terms := []redline.Term{
		{ID: "clause 4", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeToll},
		{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(18)},
		{Kind: redline.KindFunding, Source: redline.EntityDonor},
	}
	listed := actor.Actor{Name: "an armed group", Designations: []actor.Designation{{Kind: actor.DesignationUNSanctions, Regime: "1267", Reference: "QDe.901"}}}
	for _, s := range []sanctions.Standing{{Category: sanctions.CategoryOtherNGO}, {Category: sanctions.CategoryUNEntity}} {
		add(sanctions.Screen(terms, []sanctions.Counterpart{sanctions.ArmedActor(listed), {Entity: redline.EntityDonor}}, s, date("2025-06-01")))
		add(sanctions.Screen(nil, nil, s, date("2025-06-01")))
	}
	add(sanctions.Exemptions(), nil)
	add(sanctions.Regimes(), nil)
	add(sanctions.Gaps(), nil)

	// stakeholder
	for _, c := range []struct {
		dossier string
		target  actor.Actor
		at      string
	}{{"milf-dossier.json", milf, "2009-01-01"}, {"mfdc-dossier.json", mfdc, "2014-01-01"}} {
		ds := dossier(c.dossier)
		add(stakeholder.Summarise(ds, c.target, date(c.at), stakeholder.HandoverOptions{}))
		empty := stakeholder.Dossier{Target: ds.Target, Agency: ds.Agency}
		add(stakeholder.Summarise(empty, c.target, date(c.at), stakeholder.HandoverOptions{}))
		add(stakeholder.Place(ds.Stakeholders), nil)
	}
	add(stakeholder.AnalyseContinuity(nil, nil, date("2020-01-01"), stakeholder.ContinuityOptions{}))
	add(stakeholder.CoverageOf(milf, nil, stakeholder.CoverageOptions{}))
	add(stakeholder.NetworkFromACD(conflicts, 187), nil)
	add(stakeholder.NetworkFromACD(nil, 187), nil)
	add(risk.Risks(), nil)

	seen := map[reflect.Type]bool{}
	for i, r := range results {
		b, err := json.Marshal(r)
		require.NoError(t, err, "result %d (%T)", i, r)
		assert.Empty(t, styleProblems(b), "result %d (%T) writes what the JSON conventions rule out", i, r)
		visit(t, fmt.Sprintf("result %d (%T)", i, r), reflect.ValueOf(r), seen)
	}
	for _, typ := range jsonTypes {
		if len(resultLists(typ)) > 0 {
			assert.True(t, seen[typ], "%s writes lists even when empty, but no result here has one: add one", typ)
		}
	}
}
