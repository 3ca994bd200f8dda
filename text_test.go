package protection_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"os"
	"path/filepath"
	"slices"
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
	"github.com/humanitarian-negotiation/protection/internal/exampletest"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/risk"
	"github.com/humanitarian-negotiation/protection/sanctions"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// This file holds the text-quality test of issue 27: every text the
// library writes for people — the String of every result type of the
// public packages, and the output of every program in examples/ — shows no
// snake_case wire word, no broken fmt verb, no "1 <plural>" and no bare ID
// (exampletest.Problems says how each is recognised).

// idShown are the types whose String names things by the first characters
// of their IDs on purpose, and why. Every other result type names them in
// words, or not at all.
var idShown = map[string]string{
	"agreement.Agreement":      "identifies the caller's own record in logs, where its ID finds it",
	"agreement.Commitment":     "identifies a commitment in logs without its text, which is sensitive; follow-ups name it by number, and Words by text",
	"agreement.Event":          "identifies an event in logs by its commitment's ID, without the note, which is sensitive",
	"agreement.Signatory":      "identifies a signatory in logs by its party's ID, without the name, which is sensitive",
	"stakeholder.Dossier":      "names people: the stakeholder package names stakeholders, interlocutors and staff by ID only (their names can get them killed)",
	"stakeholder.Stakeholder":  "names people by ID only",
	"stakeholder.Interlocutor": "names people by ID only",
	"stakeholder.Contact":      "names people by ID only",
	"stakeholder.Relationship": "names people by ID only",
	"stakeholder.Placement":    "names people by ID and role only",
	"stakeholder.Path":         "names people by ID only",
	"stakeholder.Intermediary": "names people by ID only",
	"stakeholder.Edge":         "names people by ID only",
	"stakeholder.Gap":          "names people by ID only",
	"stakeholder.Custody":      "names people by ID only",
	"stakeholder.Stale":        "names people by ID only",
	"stakeholder.Leverage":     "names people by ID only",
}

// resultTypes lists, as "package.Type", the struct and slice types of the
// public packages that have String and that an exported function or method
// returns — directly, by pointer or in a slice — or that such a type holds
// in a field, as far as a field's type is declared in the same package.
// Enumerations are left out: their String is the wire word by design, and
// their Label is for people.
func resultTypes(t *testing.T) []string {
	var out []string
	for _, dir := range publicPackages {
		p := loadPackage(t, dir)
		structs := map[string]*ast.StructType{}
		listed := map[string]bool{}
		printable := map[string]bool{}
		for _, typ := range p.Types {
			switch x := typ.Decl.Specs[0].(*ast.TypeSpec).Type.(type) {
			case *ast.StructType:
				structs[typ.Name] = x
				listed[typ.Name] = true
			case *ast.ArrayType, *ast.MapType:
				listed[typ.Name] = true
			}
			for _, m := range typ.Methods {
				printable[typ.Name] = printable[typ.Name] || m.Name == "String"
			}
		}
		reached := map[string]bool{}
		var visit func(e ast.Expr)
		visit = func(e ast.Expr) {
			switch x := e.(type) {
			case *ast.StarExpr:
				visit(x.X)
			case *ast.ArrayType:
				visit(x.Elt)
			case *ast.MapType:
				visit(x.Value)
			case *ast.Ident:
				if !reached[x.Name] {
					reached[x.Name] = true
					if st := structs[x.Name]; st != nil {
						for _, f := range st.Fields.List {
							visit(f.Type)
						}
					}
				}
			}
		}
		results := func(f *ast.FuncType) {
			if f.Results != nil {
				for _, r := range f.Results.List {
					visit(r.Type)
				}
			}
		}
		for _, f := range p.Funcs {
			results(f.Decl.Type)
		}
		for _, typ := range p.Types {
			for _, f := range typ.Funcs {
				results(f.Decl.Type)
			}
			for _, f := range typ.Methods {
				results(f.Decl.Type)
			}
		}
		for name := range reached {
			if listed[name] && printable[name] {
				out = append(out, p.Name+"."+name)
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestEveryResultReads renders the String of every result type of the
// public packages (and Words, where a type has it), on values the packages
// themselves computed wherever they compute them, and checks that each
// reads for people.
func TestEveryResultReads(t *testing.T) {
	samples, types := resultSamples(t), resultTypes(t)
	for _, name := range types {
		values := samples[name]
		if !assert.NotEmpty(t, values, "no sample of %s: add one to resultSamples", name) {
			continue
		}
		showsID := false
		for i, v := range values {
			s := fmt.Sprint(v)
			assert.NotEmpty(t, s, "%s #%d", name, i)
			if w, ok := v.(interface{ Words() string }); ok { // the same text, commitments named by their texts
				s += "\n" + w.Words()
			}
			for _, p := range exampletest.Problems(s) {
				if _, ok := idShown[name]; ok && strings.Contains(p, "ID") {
					showsID = true
					continue
				}
				t.Errorf("%s #%d shows %s:\n%s", name, i, p, s)
			}
		}
		if _, ok := idShown[name]; ok {
			assert.True(t, showsID, "idShown lists %s, whose String shows no ID: take it off", name)
		}
	}
	for name := range samples {
		assert.Contains(t, types, name, "resultSamples holds %s, which is no result type", name)
	}
	for name := range idShown {
		assert.Contains(t, types, name, "idShown lists %s, which is no result type", name)
	}
}

// TestEveryProgramReads checks the output of every program in examples/,
// as its golden files hold it: each program's own test keeps them equal to
// what it prints.
func TestEveryProgramReads(t *testing.T) {
	files, err := filepath.Glob("examples/*/testdata/*.txt")
	require.NoError(t, err)
	programs, err := filepath.Glob("examples/*/main.go")
	require.NoError(t, err)
	for _, p := range programs {
		dir := filepath.Dir(p)
		assert.True(t, slices.ContainsFunc(files, func(f string) bool { return strings.HasPrefix(f, dir+string(filepath.Separator)) }),
			"%s keeps no golden output in testdata", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for i, line := range strings.Split(string(b), "\n") {
			for _, p := range exampletest.Problems(line) {
				t.Errorf("%s:%d shows %s: %s", f, i+1, p, line)
			}
		}
	}
}

// day parses a date of the samples.
func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// sampleID is a readable ID: n at both ends.
func sampleID(n int) uuid.UUID {
	return uuid.MustParse(fmt.Sprintf("%08d-0000-4000-8000-%012d", n, n))
}

// resultSamples computes a value of every result type, through the
// packages' own functions wherever one computes it.
func resultSamples(t *testing.T) map[string][]any {
	t.Helper()
	out := map[string][]any{}
	add := func(name string, vs ...any) { out[name] = append(out[name], vs...) }

	// actor
	milf := actor.Actor{ID: sampleID(1), Name: "Moro Islamic Liberation Front", Kind: actor.KindArmedOpposition, PartyToConflict: true,
		TerritorialControl: true, Command: actor.CommandCentralised,
		Norms: []actor.Norm{actor.NormIHL, actor.NormReligiousLaw},
		Designations: []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2003}}},
			{Kind: actor.DesignationUNSanctions, By: actor.DesignatorUNSecurityCouncil, Regime: "1267", Reference: "QDe.901"}},
		Interests: []actor.Interest{actor.InterestLegitimacy, actor.InterestDelisting}}
	add("actor.Actor", milf)
	add("actor.Designation", milf.Designations[0], milf.Designations[1])
	add("actor.Listing", milf.Designations[0].Listings[0])
	for _, o := range actor.Obligations(milf) {
		add("actor.Obligation", o)
	}

	// actor/ucdp: the subsets the package ships for its tests
	actorsCSV, err := os.ReadFile("actor/ucdp/testdata/ucdp-actor-subset.csv")
	require.NoError(t, err)
	actors, err := ucdp.ReadActors(bytes.NewReader(actorsCSV), ucdp.ActorOptions{})
	require.NoError(t, err)
	add("ucdp.Actor", actors[0], actors[len(actors)-1])
	conflictsCSV, err := os.ReadFile("actor/ucdp/testdata/ucdp-prio-acd-subset.csv")
	require.NoError(t, err)
	conflicts, err := ucdp.ReadConflicts(bytes.NewReader(conflictsCSV), ucdp.ConflictOptions{})
	require.NoError(t, err)
	add("ucdp.Conflict", conflicts[0], conflicts[len(conflicts)-1])

	// assessment and its incidents
	incidentsCSV, err := os.ReadFile("examples/evidence/aid-worker-kika-subset.csv")
	require.NoError(t, err)
	incidents, err := incident.ReadAll(bytes.NewReader(incidentsCSV), incident.Options{})
	require.NoError(t, err)
	add("incident.Incident", incidents[0], incidents[len(incidents)-1])
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	ev, err := d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", WindowDays: 365}, day("2022-01-01"))
	require.NoError(t, err)
	uncovered, err := d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", WindowDays: 365}, day("2030-06-01"))
	require.NoError(t, err)
	add("assessment.Evidence", ev, uncovered)
	for _, a := range actors {
		if e, ok := assessment.OneSidedEvidence(a); ok {
			add("assessment.Evidence", e)
			break
		}
	}
	high, medium := assessment.ConfidenceHigh, assessment.ConfidenceMedium
	in := assessment.Input{
		Actor: milf,
		Concerns: []risk.Concern{{Risk: risk.ChildRecruitment, ThreatActor: milf.ID, Threat: 4, Vulnerability: 4, Capacity: 2},
			{Risk: risk.AttacksOnCivilians, ThreatActor: milf.ID}},
		Factors: assessment.FactorScores{Criticality: assessment.Scored(0.9, high), ActorImpact: assessment.Scored(0.8, high),
			Operations: assessment.Scored(0.6, medium), Openness: assessment.Scored(0.7, medium), HostState: assessment.Scored(0.6, medium),
			Risk: assessment.Scored(0.4, medium), AddedValue: assessment.Scored(0.8, high)},
		Risks: []assessment.EngagementRisk{
			{Category: assessment.CategorySafetySecurity, Likelihood: 3, Impact: 4, Mitigations: []assessment.Mitigation{{Measure: "travel in daylight", Likelihood: 1}}},
			{Category: assessment.CategoryReputational, Likelihood: 2, Impact: 2},
			{Category: assessment.CategoryLegal, Likelihood: 5, Impact: 5},
			{Category: assessment.CategoryFinancial, Likelihood: 1, Impact: 2},
			{Category: assessment.CategoryOperational, Likelihood: 2, Impact: 2},
		},
		Context:  assessment.Context{HostState: assessment.HostStanceHostile, Criticality: assessment.CriticalityPC2, RegionalImpact: true},
		Evidence: []assessment.Evidence{ev, uncovered},
	}
	for _, change := range []func(*assessment.Input){
		func(*assessment.Input) {},
		func(in *assessment.Input) { in.Concerns = in.Concerns[:1] },
		func(in *assessment.Input) {
			in.Concerns, in.Risks, in.Evidence, in.Context = in.Concerns[:1], in.Risks[:1], nil, assessment.Context{Criticality: assessment.CriticalityPC2}
			in.Risks[0].Likelihood = 1
			in.Factors.Openness = assessment.Scored(0.1, high)
			in.Factors.Criticality = assessment.Scored(0.1, high)
		},
	} {
		in := in
		in.Concerns = slices.Clone(in.Concerns)
		in.Risks = slices.Clone(in.Risks)
		change(&in)
		dec, err := d.Decide(in)
		require.NoError(t, err)
		add("assessment.Decision", dec)
		for _, g := range dec.Grounds {
			add("assessment.Ground", g)
		}
		for _, c := range dec.Contributions {
			add("assessment.Contribution", c)
		}
		for _, s := range dec.Sensitivity {
			add("assessment.Sensitivity", s)
		}
	}
	for _, r := range in.Risks {
		add("assessment.EngagementRisk", r)
	}
	add("assessment.EngagementRisk", assessment.EngagementRisk{Category: assessment.CategoryLegal})
	add("assessment.Score", assessment.Scored(0.8, high), assessment.Score{})
	for _, a := range assessment.Arguments(milf) {
		add("assessment.Argument", a)
	}
	for _, e := range assessment.EntryPoints(milf, []assessment.Topic{assessment.TopicHealthCare, assessment.TopicChildRecruitment}) {
		add("assessment.EntryPoint", e)
	}
	plan := assessment.Plan{ContextAnalysis: true, StakeholderMapping: true}
	add("assessment.Gaps", assessment.Readiness(plan), assessment.Gaps(nil))
	add("assessment.ReviewFlags", assessment.Review(plan, milf), assessment.ReviewFlags(nil))
	add("assessment.Period", assessment.Period{From: day("2021-01-01"), To: day("2022-01-01")})

	// redline
	k := redline.MustCompile(redline.Baseline())
	terms := []redline.Term{
		{ID: "art. 1", Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(16)},
		{ID: "art. 2", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeRansom, Amount: redline.Num(500)},
		{Kind: redline.KindChildUse, By: redline.EntityArmedActor},
		{Kind: "road_tax"},
		{Kind: redline.KindReleaseOfChildren, By: redline.EntityArmedActor, Count: redline.Num(12)},
	}
	report := k.Check(terms)
	add("redline.Checker", k)
	add("redline.Report", report)
	add("redline.Prepared", k.Prepare(terms), redline.Prepared{})
	for _, f := range report.Findings {
		add("redline.Finding", f)
		for _, o := range f.Observations() {
			add("redline.Observation", o)
		}
	}
	for _, e := range report.Examined() {
		add("redline.Examination", e)
	}
	for _, tr := range k.Trace(terms[0]) {
		add("redline.Trace", tr)
	}
	for _, u := range k.Uncovered() {
		add("redline.Uncovered", u)
	}
	add("redline.Term", terms[0], terms[1])
	for _, r := range k.Rules()[:3] {
		add("redline.Rule", r)
		for _, c := range r.When {
			add("redline.Condition", c)
		}
	}
	add("redline.Layer", k.Layers()[0])
	add("redline.Norm", redline.Norms()[0])
	add("redline.Number", redline.Num(16), redline.Number{})
	add("redline.Value", redline.NumberValue(3), redline.TextValue("a toll"), redline.FlagValue(true), redline.ListValue("a", "b"))
	add("redline.Attribute", redline.Attributes(redline.KindPayment)[0])
	layered, err := redline.Compile(redline.Baseline(), redline.Policy{Name: "context", Version: "1",
		Drop: []string{"armed-escort"}})
	require.NoError(t, err)
	for _, e := range layered.Exceptions() {
		add("redline.Exception", e)
	}

	// sanctions
	listed := actor.Actor{Name: "the group", Designations: milf.Designations[1:]}
	toll := redline.Term{ID: "the toll", Kind: redline.KindPayment, By: redline.EntityAgency, Payer: redline.EntityAgency,
		Payee: redline.EntityArmedActor, Purpose: redline.PurposeToll, Amount: redline.Num(150)}
	standing := sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO, Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionEU}}
	counterparts := []sanctions.Counterpart{sanctions.ArmedActor(listed), {Entity: redline.EntityDonor}}
	screening, err := sanctions.Screen([]redline.Term{toll, terms[4]}, counterparts, standing, day("2025-06-01"))
	require.NoError(t, err)
	add("sanctions.Report", screening)
	for _, f := range screening.Findings {
		add("sanctions.Finding", f)
	}
	for _, n := range screening.Notes {
		add("sanctions.Note", n)
	}
	review, err := screening.Attach(k.Check([]redline.Term{toll, terms[4]}))
	require.NoError(t, err)
	add("sanctions.Review", review)
	add("sanctions.Standing", standing)
	add("sanctions.Counterpart", counterparts[0], counterparts[1])
	add("sanctions.Request", sanctions.Request{At: day("2025-06-01"), Standing: standing, Counterparts: counterparts, Terms: []redline.Term{toll}})
	add("sanctions.Exemption", sanctions.Exemptions()[0])
	add("sanctions.Gap", sanctions.Gaps()[0])
	add("sanctions.Regime", sanctions.Regimes()[0])
	list, err := os.ReadFile("sanctions/testdata/consolidated/list.xml")
	require.NoError(t, err)
	entries, err := sanctions.ReadEntries(bytes.NewReader(list), sanctions.EntryOptions{})
	require.NoError(t, err)
	add("sanctions.Entry", entries[0])
	named := actor.Actor{Name: entries[0].Name}
	for _, m := range sanctions.MatchActor(named, entries) {
		add("sanctions.Match", m)
	}

	// agreement: an Action Plan and a step-by-step agreement
	plans := []agreement.Agreement{samplePlan(t), samplePhased(t)}
	for _, a := range plans {
		add("agreement.Agreement", a)
		add("agreement.Commitment", a.Commitments[0])
		if len(a.Signatories) > 0 {
			add("agreement.Signatory", a.Signatories[0])
		}
		add("agreement.Event", a.Events[0])
		for _, s := range a.States(day("2013-06-01")) {
			add("agreement.State", s)
		}
	}
	add("agreement.VerifiedViolation", plans[0].Violations[0])
	add("agreement.Monitoring", plans[0].Monitoring[0])
	listing, _ := milf.CAAC()
	for _, at := range []string{"2011-09-01", "2013-06-01", "2017-06-01"} {
		f, err := plans[0].FollowUp(day(at), agreement.FollowUpOptions{Listing: listing})
		require.NoError(t, err)
		addFollowUp(add, f)
	}
	for _, at := range []string{"2009-06-15", "2013-06-01"} {
		f, err := plans[1].FollowUp(day(at), agreement.FollowUpOptions{})
		require.NoError(t, err)
		addFollowUp(add, f)
	}

	// agreement/research
	casesCSV, err := os.ReadFile("examples/outcomes/cases-synthetic.csv")
	require.NoError(t, err)
	cases, err := research.ReadCases(bytes.NewReader(casesCSV), research.CaseOptions{})
	require.NoError(t, err)
	add("research.Case", cases[0])
	tab, err := research.NewTabulator(research.TableOptions{})
	require.NoError(t, err)
	cross, err := research.NewCrossTabulator(research.CrossOptions{Rows: research.DimensionActorKind, Cols: research.DimensionClass})
	require.NoError(t, err)
	for _, c := range cases {
		tab.Add(c)
		cross.Add(c)
	}
	summary := tab.Summary()
	add("research.Summary", summary)
	add("research.Row", summary.Total, summary.ByActorKind[0])
	add("research.Counts", summary.Total.Counts)
	add("research.Estimate", summary.Total.Estimate, research.Estimate{})
	ct := cross.Table()
	add("research.CrossTable", ct)
	add("research.Cell", ct.Cells[0])
	add("research.Key", ct.RowKeys[0])
	agreements, err := research.SummariseAgreements(plans, day("2017-06-01"), research.TableOptions{})
	require.NoError(t, err)
	add("research.AgreementSummary", agreements)
	add("research.Distribution", agreements.Delay, agreements.Compliance)
	for _, v := range agreements.Violations {
		add("research.ViolationCount", v)
	}

	// stakeholder
	dossier := sampleDossier()
	h, err := stakeholder.Summarise(dossier, milf, day("2024-03-01"), stakeholder.HandoverOptions{})
	require.NoError(t, err)
	add("stakeholder.Handover", h)
	add("stakeholder.Dossier", dossier)
	add("stakeholder.Stakeholder", dossier.Stakeholders[0])
	add("stakeholder.Interlocutor", dossier.Interlocutors[0])
	add("stakeholder.Contact", dossier.Contacts[0])
	add("stakeholder.Edge", dossier.Influence[0])
	add("stakeholder.Salience", *dossier.Stakeholders[0].Salience)
	add("stakeholder.Relationship", h.Relationships[0])
	add("stakeholder.Coverage", h.Coverage)
	add("stakeholder.Continuity", h.Continuity)
	for _, g := range h.Continuity.Gaps {
		add("stakeholder.Gap", g)
	}
	for _, c := range h.Continuity.SingleCustody {
		add("stakeholder.Custody", c)
	}
	for _, s := range h.Continuity.Stale {
		add("stakeholder.Stale", s)
	}
	for _, p := range h.Map {
		add("stakeholder.Placement", p)
	}
	add("stakeholder.Leverage", h.Leverage)
	add("stakeholder.Path", h.Leverage.Paths[0])
	add("stakeholder.Intermediary", h.Leverage.Intermediaries[0])
	add("stakeholder.Island", h.Island)
	add("stakeholder.Fact", h.Island.Facts[0])
	add("stakeholder.Norm", h.Island.Norms[0])
	add("stakeholder.Icebergs", h.Icebergs)
	add("stakeholder.Iceberg", h.Icebergs.Ours)
	network, err := dossier.Network()
	require.NoError(t, err)
	add("stakeholder.Network", network)
	acd := stakeholder.NetworkFromACD(conflicts, conflicts[0].ConflictID)
	add("stakeholder.ACDNetwork", acd)
	for _, p := range acd.Parties {
		add("stakeholder.ACDParty", p)
	}
	return out
}

// addFollowUp adds a follow-up and everything it holds.
func addFollowUp(add func(string, ...any), f agreement.FollowUp) {
	add("agreement.FollowUp", f)
	for _, list := range [][]agreement.Item{f.Overdue, f.DueSoon, f.Breaches, f.Reversals, f.Denials, f.AccessLost, f.Unverified, f.OwnOverdue} {
		for _, it := range list {
			add("agreement.Item", it)
		}
	}
	for _, n := range f.Next {
		add("agreement.NextAction", n)
	}
	add("agreement.Tally", f.Overall)
	for _, x := range f.ByParty {
		add("agreement.PartyTally", x)
	}
	for _, x := range f.ByPhase {
		add("agreement.PhaseTally", x)
	}
	for _, x := range f.ByTheme {
		add("agreement.ThemeTally", x)
	}
	for _, x := range f.ByRisk {
		add("agreement.RiskTally", x)
	}
	for _, p := range f.Phases {
		add("agreement.PhaseProgress", p)
	}
	if d := f.Delisting; d != nil {
		add("agreement.Delisting", *d)
		for _, vd := range d.ByViolation {
			add("agreement.ViolationDelisting", vd)
			for _, as := range vd.Activities {
				add("agreement.ActivityStatus", as)
			}
			for _, p := range vd.Periods {
				add("agreement.PeriodStatus", p)
				add("agreement.ReportingPeriod", p.Period)
			}
		}
	}
}

// samplePlan is the MILF's Action Plan of the report's Box 6, with its
// setbacks: lost access, a verified violation, periods monitored.
func samplePlan(t *testing.T) agreement.Agreement {
	t.Helper()
	milf, un, agency := sampleID(1), sampleID(2), sampleID(3)
	c := func(n int, text string, by uuid.UUID, act agreement.Activity, due string, o agreement.Duty) agreement.Commitment {
		return agreement.Commitment{ID: sampleID(100 + n), Text: text, By: by, Due: day(due), Risk: risk.ChildRecruitment, Theme: agreement.ThemeChildren,
			Obligation: o, Verification: agreement.VerificationMission, Violation: actor.ViolationRecruitmentUse, Activity: act}
	}
	a := agreement.Agreement{
		ID: sampleID(10), Title: "Action Plan", Actor: milf, Signed: day("2009-07-30"),
		Instrument: agreement.Instrument{Kind: agreement.InstrumentActionPlan, ListedParty: milf, Violations: []actor.Violation{actor.ViolationRecruitmentUse}},
		Parties: []agreement.Party{{ID: milf, Role: agreement.RoleArmedActor, Name: "MILF"}, {ID: un, Role: agreement.RoleUnitedNations, Name: "UN country task force"},
			{ID: agency, Role: agreement.RoleAgency, Name: "our agency"}},
		Signatories: []agreement.Signatory{{Party: milf, Capacity: agreement.CapacityPolitical, Name: "a signatory", Date: day("2009-07-30")}},
		Commitments: []agreement.Commitment{
			c(1, "General order prohibiting recruitment and use of children", milf, agreement.ActivityCommandOrder, "2010-03-01", agreement.DutyNegative),
			c(2, "Child-protection focal points in every base command", milf, agreement.ActivityFocalPoints, "2010-06-01", agreement.DutyPositive),
			c(3, "Unimpeded access to the camps for verification, at any time and without notice to the base commanders", milf, agreement.ActivityVerificationAccess, "2010-01-01", agreement.DutyPositive),
			c(4, "Fund the community reintegration of released children", agency, agreement.ActivityReintegration, "2010-06-30", agreement.DutyPositive),
			c(5, "Disengage every child identified in the ranks", milf, agreement.ActivityReleaseOfChildren, "2017-03-31", agreement.DutyPositive),
		},
	}
	for _, e := range []agreement.Event{
		{Commitment: sampleID(101), At: day("2009-11-01"), Kind: agreement.EventFulfilled},
		{Commitment: sampleID(103), At: day("2011-08-15"), Kind: agreement.EventAccessLost},
		{Commitment: sampleID(102), At: day("2011-09-01"), Kind: agreement.EventBreach},
		{Commitment: sampleID(103), At: day("2012-02-01"), Kind: agreement.EventAccessRestored},
		{Commitment: sampleID(102), At: day("2014-01-01"), Kind: agreement.EventFulfilled},
		{Commitment: sampleID(103), At: day("2014-01-01"), Kind: agreement.EventFulfilled},
		{Commitment: sampleID(104), At: day("2014-01-01"), Kind: agreement.EventFulfilled},
		{Commitment: sampleID(101), At: day("2016-12-01"), Kind: agreement.EventVerification},
		{Commitment: sampleID(102), At: day("2016-12-01"), Kind: agreement.EventVerification},
		{Commitment: sampleID(103), At: day("2016-12-01"), Kind: agreement.EventVerification},
		{Commitment: sampleID(104), At: day("2016-12-01"), Kind: agreement.EventVerification},
		{Commitment: sampleID(105), At: day("2017-03-31"), Kind: agreement.EventFulfilled},
		{Commitment: sampleID(105), At: day("2017-04-20"), Kind: agreement.EventVerification},
	} {
		var err error
		a, err = agreement.Append(a, e)
		require.NoError(t, err, "%v", e)
	}
	a, err := agreement.AppendViolation(a, agreement.VerifiedViolation{Violation: actor.ViolationRecruitmentUse, Occurred: day("2012-07-01"),
		Verified: day("2012-07-31"), VerifiedBy: "country task force", Children: 1})
	require.NoError(t, err)
	for y := 2013; y <= 2016; y++ {
		a, err = agreement.AppendMonitoring(a, agreement.Monitoring{From: day(fmt.Sprint(y) + "-01-01"), To: day(fmt.Sprint(y+1) + "-01-01"),
			Source: agreement.MonitoringAnnualReport, Stated: day(fmt.Sprint(y+1) + "-06-01")})
		require.NoError(t, err)
	}
	return a
}

// samplePhased is the report's Box 4: demining step by step, with a breach
// and a reversal.
func samplePhased(t *testing.T) agreement.Agreement {
	t.Helper()
	faction, gc, p1, p2 := sampleID(21), sampleID(22), sampleID(31), sampleID(32)
	c := func(n int, text string, due string, phase uuid.UUID, o agreement.Duty) agreement.Commitment {
		return agreement.Commitment{ID: sampleID(200 + n), Text: text, By: faction, Due: day(due), Phase: phase, Risk: risk.ExplosiveOrdnance,
			Theme: agreement.ThemeMines, Obligation: o, Verification: agreement.VerificationThirdPartyReport}
	}
	a := agreement.Agreement{
		ID: sampleID(20), Title: "Demining", Actor: faction, Signed: day("2008-03-01"),
		Instrument: agreement.Instrument{Kind: agreement.InstrumentWrittenRecord},
		Parties:    []agreement.Party{{ID: faction, Role: agreement.RoleFaction, Name: "the faction"}, {ID: gc, Role: agreement.RoleGenevaCall, Name: "Geneva Call"}},
		Phases: []agreement.Phase{
			{ID: p1, Name: "inhabited areas", Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1}},
			{ID: p2, Name: "near the bases", After: []uuid.UUID{p1}, Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1}},
		},
		Commitments: []agreement.Commitment{
			c(1, "Clear the inhabited areas", "2009-06-30", p1, agreement.DutyPositive),
			c(2, "Do not harm or hold the deminers", "2008-03-01", p1, agreement.DutyNegative),
			c(3, "Allow clearance near the bases", "2014-12-31", p2, agreement.DutyPositive),
		},
	}
	for _, e := range []agreement.Event{
		{Commitment: sampleID(201), At: day("2009-05-01"), Kind: agreement.EventProgress, Level: agreement.ImplementationIntermediate},
		{Commitment: sampleID(201), At: day("2011-05-01"), Kind: agreement.EventFulfilled},
		{Commitment: sampleID(203), At: day("2013-01-01"), Kind: agreement.EventProgress},
		{Commitment: sampleID(202), At: day("2013-05-03"), Kind: agreement.EventBreach},
		{Commitment: sampleID(203), At: day("2013-05-03"), Kind: agreement.EventReversal},
		{Commitment: sampleID(201), At: day("2013-05-04"), Kind: agreement.EventDenial},
	} {
		var err error
		a, err = agreement.Append(a, e)
		require.NoError(t, err, "%v", e)
	}
	return a
}

// sampleDossier is a dossier with every part a handover reads.
func sampleDossier() stakeholder.Dossier {
	id := func(n int) uuid.UUID { return sampleID(500 + n) }
	at := func(n int) time.Time { return day("2024-01-01").AddDate(0, 0, n) }
	return stakeholder.Dossier{
		Target: sampleID(1), Agency: id(1),
		Stakeholders: []stakeholder.Stakeholder{
			{ID: id(11), Name: "a religious leader", Role: stakeholder.RoleReligiousAuthority, Influence: 0.8, Position: 0.6,
				Confidence: stakeholder.ConfidenceHigh, Salience: &stakeholder.Salience{Power: true, Legitimacy: true}},
			{ID: id(12), Name: "an embassy", Role: stakeholder.RoleDonorState, Influence: 0.6, Position: -0.4, Confidence: stakeholder.ConfidenceMedium},
		},
		Influence: []stakeholder.Edge{{From: id(1), To: id(11), Weight: 0.9}, {From: id(11), To: id(21), Weight: 0.8}, {From: id(1), To: id(12), Weight: 0.5},
			{From: id(12), To: id(22), Weight: 0.6}},
		Interlocutors: []stakeholder.Interlocutor{
			{ID: id(21), Name: "a commander", Level: actor.LevelMilitaryCommand, Authority: 0.9, Credibility: 0.8},
			{ID: id(22), Name: "a field commander", Level: actor.LevelFrontlineCommanders, Authority: 0.6, Credibility: 0.7},
			{ID: id(23), Name: "a spokesperson", Level: actor.LevelPoliticalLeadership, Authority: 0.3, Credibility: 0.9},
		},
		Contacts: []stakeholder.Contact{
			{Interlocutor: id(21), Staff: id(31), At: at(0), Level: actor.LevelMilitaryCommand, Channel: stakeholder.ChannelInPerson, Outcome: stakeholder.OutcomeConstructive},
			{Interlocutor: id(22), Staff: id(31), At: at(20), Level: actor.LevelFrontlineCommanders, Channel: stakeholder.ChannelPhone, Outcome: stakeholder.OutcomeNeutral},
			{Interlocutor: id(21), Staff: id(32), At: at(50), Level: actor.LevelMilitaryCommand, Channel: stakeholder.ChannelVideo, Outcome: stakeholder.OutcomeDifficult},
		},
		Island: stakeholder.Island{
			Facts: []stakeholder.Fact{{Statement: "Schools are closed.", Agreed: true}, {Statement: "Who shelled the market.", Agreed: false}},
			Norms: []stakeholder.Norm{{Statement: "Children must be protected.", Convergent: true}},
		},
		Icebergs: stakeholder.Icebergs{
			Ours:   stakeholder.Iceberg{Positions: []string{"Release the children."}, Reasoning: []string{"They are at risk."}, Values: []string{"Humanity."}},
			Theirs: stakeholder.Iceberg{Positions: []string{"Keep the recruits."}},
		},
	}
}
