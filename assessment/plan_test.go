package assessment_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
)

func allSteps() assessment.Gaps {
	var out assessment.Gaps
	for s := assessment.StepContextAnalysis; s.IsValid(); s++ {
		out = append(out, s)
	}
	return out
}

func TestReadiness(t *testing.T) {
	require.Len(t, allSteps(), 11)
	assert.Empty(t, assessment.Readiness(fullPlan()), "a full plan is ready")
	assert.Nil(t, assessment.Readiness(fullPlan()))
	assert.Equal(t, allSteps(), assessment.Readiness(assessment.Plan{}), "the zero plan has done nothing, in the report's order")

	for _, s := range allSteps() {
		assert.Equal(t, assessment.Gaps{s}, assessment.Readiness(planWithout(s)), "%s", s)
	}

	p := fullPlan()
	p.Messaging = 9 // not a named basis: not done
	assert.Equal(t, assessment.Gaps{assessment.StepMessaging}, assessment.Readiness(p))
	for _, m := range []assessment.Messaging{assessment.MessagingLegal, assessment.MessagingOwnNorms, assessment.MessagingInterests, assessment.MessagingMixed} {
		p.Messaging = m
		assert.Empty(t, assessment.Readiness(p), "%s", m)
	}

	p = fullPlan()
	p.Objectives, p.ActorHistory, p.ContextAnalysis = false, false, false
	assert.Equal(t, assessment.Gaps{assessment.StepContextAnalysis, assessment.StepObjectives, assessment.StepActorHistory}, assessment.Readiness(p))

	// Practices are not preparation steps.
	p = fullPlan()
	p.TradeOffAnalysis, p.Tailored, p.Handover, p.ContactCadence, p.Interlocutors = false, false, false, 0, nil
	assert.Empty(t, assessment.Readiness(p))
}

func TestRequiredLevels(t *testing.T) {
	pol, mil, front, rank, civ := actor.LevelPoliticalLeadership, actor.LevelMilitaryCommand, actor.LevelFrontlineCommanders, actor.LevelRankAndFile, actor.LevelCivilianAdministration
	tests := []struct {
		name    string
		command actor.Command
		levels  []actor.Level
		want    []actor.Level
	}{
		{"centralised, both leaderships", actor.CommandCentralised, []actor.Level{mil, pol}, []actor.Level{pol, mil}},
		{"centralised, political only", actor.CommandCentralised, []actor.Level{pol}, []actor.Level{pol}},
		{"centralised, military and frontline", actor.CommandCentralised, []actor.Level{front, mil}, []actor.Level{mil}},
		{"centralised, no levels known", actor.CommandCentralised, nil, []actor.Level{mil}},
		{"centralised, civilian administration only", actor.CommandCentralised, []actor.Level{civ}, []actor.Level{mil}},
		{"command unknown", actor.CommandUnspecified, []actor.Level{pol, front, rank}, []actor.Level{pol}},
		{"decentralised, political leadership", actor.CommandDecentralised, []actor.Level{pol}, []actor.Level{pol, front, rank}},
		{"decentralised, no levels known", actor.CommandDecentralised, nil, []actor.Level{mil, front, rank}},
		{"fragmented, both leaderships", actor.CommandFragmented, []actor.Level{pol, mil, front}, []actor.Level{pol, mil, front, rank}},
		{"fragmented, no levels known", actor.CommandFragmented, nil, []actor.Level{mil, front, rank}},
	}
	for _, tt := range tests {
		a := nsag()
		a.Command = tt.command
		a.Levels = tt.levels
		assert.Equal(t, tt.want, a.RequiredLevels(), tt.name)
	}
}

// goodPlan follows every practice for nsag(), whose required level is the
// military command.
func goodPlan() assessment.Plan { return fullPlan() }

func TestReview(t *testing.T) {
	require.Equal(t, []actor.Level{actor.LevelMilitaryCommand}, nsag().RequiredLevels())
	assert.Empty(t, assessment.Review(goodPlan(), nsag()), "a good plan has nothing to avoid")

	withNorms := func(ns ...actor.Norm) actor.Actor {
		a := nsag()
		a.Norms = ns
		return a
	}
	fragmented := nsag()
	fragmented.Command = actor.CommandFragmented
	mil := actor.LevelMilitaryCommand

	P := func(ps ...assessment.Practice) []assessment.Practice { return ps }
	tests := []struct {
		name   string
		change func(*assessment.Plan)
		a      actor.Actor
		want   []assessment.Practice
		levels []actor.Level // for PracticeWrongLevel
	}{
		{"legal messaging, law not recognised", func(p *assessment.Plan) { p.Messaging = assessment.MessagingLegal }, withNorms(actor.NormReligiousLaw, actor.NormCustomary),
			P(assessment.PracticeLegalisticMessaging), nil},
		{"legal messaging, IHL recognised", func(p *assessment.Plan) { p.Messaging = assessment.MessagingLegal }, withNorms(actor.NormIHL),
			nil, nil},
		{"legal messaging, human rights recognised", func(p *assessment.Plan) { p.Messaging = assessment.MessagingLegal }, withNorms(actor.NormHumanRights),
			nil, nil},
		{"own-norms messaging, law not recognised", func(p *assessment.Plan) { p.Messaging = assessment.MessagingOwnNorms }, nsag(),
			nil, nil},
		{"no messaging stated", func(p *assessment.Plan) { p.Messaging = 0 }, nsag(), nil, nil},
		{"not tailored", func(p *assessment.Plan) { p.Tailored = false }, nsag(),
			P(assessment.PracticeOneSizeFitsAll), nil},
		{"unqualified staff", func(p *assessment.Plan) { p.QualifiedStaff = false }, nsag(),
			P(assessment.PracticeUnqualifiedStaff), nil},
		{"no red lines", func(p *assessment.Plan) { p.RedLines = false }, nsag(),
			P(assessment.PracticeNoTradeOffAnalysis), nil},
		{"no trade-off analysis", func(p *assessment.Plan) { p.TradeOffAnalysis = false }, nsag(),
			P(assessment.PracticeNoTradeOffAnalysis), nil},
		{"an interlocutor without authority", func(p *assessment.Plan) {
			p.Interlocutors = append(p.Interlocutors, assessment.Interlocutor{Level: actor.LevelFrontlineCommanders})
		}, nsag(), P(assessment.PracticeWrongInterlocutor), nil},
		{"no interlocutor", func(p *assessment.Plan) { p.Interlocutors = nil }, nsag(),
			P(assessment.PracticeWrongInterlocutor, assessment.PracticeWrongLevel), []actor.Level{mil}},
		{"the right level without authority", func(p *assessment.Plan) {
			p.Interlocutors = []assessment.Interlocutor{{Level: mil}}
		}, nsag(), P(assessment.PracticeWrongInterlocutor, assessment.PracticeWrongLevel), []actor.Level{mil}},
		{"the wrong level", func(p *assessment.Plan) {
			p.Interlocutors = []assessment.Interlocutor{{Level: actor.LevelPoliticalLeadership, Authority: true}}
		}, nsag(), P(assessment.PracticeWrongLevel), []actor.Level{mil}},
		{"fragmented actor, leadership only", func(*assessment.Plan) {}, fragmented,
			P(assessment.PracticeWrongLevel), []actor.Level{actor.LevelFrontlineCommanders, actor.LevelRankAndFile}},
		{"fragmented actor, every level", func(p *assessment.Plan) {
			p.Interlocutors = []assessment.Interlocutor{
				{Level: actor.LevelRankAndFile, Authority: true}, {Level: mil, Authority: true}, {Level: actor.LevelFrontlineCommanders, Authority: true},
			}
		}, fragmented, nil, nil},
		{"no contact plan", func(p *assessment.Plan) { p.ContactCadence = 0 }, nsag(),
			P(assessment.PracticeAdHocContact), nil},
		{"negative cadence", func(p *assessment.Plan) { p.ContactCadence = -7 }, nsag(),
			P(assessment.PracticeAdHocContact), nil},
		{"no documentation", func(p *assessment.Plan) { p.Documentation = false }, nsag(),
			P(assessment.PracticeNoRecords), nil},
		{"no follow-up", func(p *assessment.Plan) { p.FollowUp = false }, nsag(),
			P(assessment.PracticeNoRecords), nil},
		{"no handover", func(p *assessment.Plan) { p.Handover = false }, nsag(),
			P(assessment.PracticeNoHandover), nil},
		{"preparation gaps are not practices", func(p *assessment.Plan) { *p = planWithout(assessment.StepPowerAnalysis) }, nsag(), nil, nil},
		{"everything", func(p *assessment.Plan) {
			*p = assessment.Plan{Messaging: assessment.MessagingLegal}
		}, fragmented, P(
			assessment.PracticeLegalisticMessaging, assessment.PracticeOneSizeFitsAll, assessment.PracticeUnqualifiedStaff,
			assessment.PracticeNoTradeOffAnalysis, assessment.PracticeWrongInterlocutor, assessment.PracticeWrongLevel,
			assessment.PracticeAdHocContact, assessment.PracticeNoRecords, assessment.PracticeNoHandover,
		), []actor.Level{mil, actor.LevelFrontlineCommanders, actor.LevelRankAndFile}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := goodPlan()
			tt.change(&p)
			before := cloneInput(assessment.Input{Actor: tt.a, Plan: &p})
			flags := assessment.Review(p, tt.a)
			var got []assessment.Practice
			for _, f := range flags {
				got = append(got, f.Practice)
				assert.NotEmpty(t, f.Good, "%s", f.Practice)
				s := f.String()
				assert.True(t, strings.HasPrefix(s, "to avoid: "), s)
				assert.Contains(t, s, "; instead: "+f.Good)
				if f.Practice == assessment.PracticeWrongLevel {
					assert.Equal(t, tt.levels, f.Levels)
					assert.Contains(t, s, "(missing: ")
				} else {
					assert.Nil(t, f.Levels, "%s", f.Practice)
				}
			}
			assert.Equal(t, tt.want, got)
			assert.True(t, sameInput(before, assessment.Input{Actor: tt.a, Plan: &p}), "Review modified its arguments")
		})
	}
}

func TestFlagString(t *testing.T) {
	tests := []struct {
		f    assessment.ReviewFlag
		want string
	}{
		{assessment.ReviewFlag{Practice: assessment.PracticeNoHandover, Good: "hand over"},
			"to avoid: knowledge and contacts not passed on to new staff; instead: hand over"},
		{assessment.ReviewFlag{Practice: assessment.PracticeLegalisticMessaging, Good: "mix"},
			"to avoid: legalistic messaging to an actor that does not recognise the law; instead: mix"},
		{assessment.ReviewFlag{Practice: assessment.PracticeWrongLevel, Good: "network", Levels: []actor.Level{actor.LevelMilitaryCommand}},
			"to avoid: engaging the wrong levels of the actor; instead: network (missing: military command)"},
		{assessment.ReviewFlag{Practice: assessment.PracticeWrongLevel, Good: "network", Levels: []actor.Level{actor.LevelFrontlineCommanders, actor.LevelRankAndFile, actor.LevelCivilianAdministration}},
			"to avoid: engaging the wrong levels of the actor; instead: network (missing: frontline commanders, rank and file, civilian administration)"},
		{assessment.ReviewFlag{Good: "g"}, "to avoid: unspecified; instead: g"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.f.String())
	}
	// Every practice has its own words.
	seen := map[string]assessment.Practice{}
	for p := assessment.Practice(1); p.IsValid(); p++ {
		s := assessment.ReviewFlag{Practice: p}.String()
		assert.NotContains(t, s, "unspecified", "%s", p)
		if q, dup := seen[s]; dup {
			t.Errorf("%s and %s read alike: %q", p, q, s)
		}
		seen[s] = p
	}
}

// String never panics, whatever the practice.
//
// BUG: Flag.String indexes practiceText with f.Practice, so a Practice out
// of range (a value decoded elsewhere, or a zero-checked cast) panics with
// an index out of range, the anti-pattern STYLE.md names.
func TestFlagStringNeverPanics(t *testing.T) {
	for _, p := range []assessment.Practice{10, 42, 255} {
		var s string
		assert.NotPanics(t, func() { s = assessment.ReviewFlag{Practice: p, Good: "g"}.String() }, "practice %d", p)
		assert.True(t, strings.HasPrefix(s, "to avoid: "), "practice %d: %q", p, s)
	}
}

func TestArguments(t *testing.T) {
	tests := []struct {
		name   string
		change func(*actor.Actor)
		want   []assessment.ArgumentBasis
		why    map[assessment.ArgumentBasis]string // exact reasons, where pinned
	}{
		{"nothing known", func(*actor.Actor) {}, nil, nil},
		{"IHL, not centralised", func(a *actor.Actor) { a.Norms = []actor.Norm{actor.NormIHL}; a.Command = actor.CommandDecentralised },
			[]assessment.ArgumentBasis{assessment.BasisLaw}, map[assessment.ArgumentBasis]string{assessment.BasisLaw: "the actor recognises the law"}},
		{"IHL, centralised", func(a *actor.Actor) { a.Norms = []actor.Norm{actor.NormIHL}; a.Command = actor.CommandCentralised },
			[]assessment.ArgumentBasis{assessment.BasisLaw}, map[assessment.ArgumentBasis]string{assessment.BasisLaw: "the actor recognises the law, and law works best with centralised forces whose orders are followed"}},
		{"human rights", func(a *actor.Actor) { a.Norms = []actor.Norm{actor.NormHumanRights} },
			[]assessment.ArgumentBasis{assessment.BasisLaw}, nil},
		{"religious law", func(a *actor.Actor) { a.Norms = []actor.Norm{actor.NormReligiousLaw} },
			[]assessment.ArgumentBasis{assessment.BasisReligiousLaw}, nil},
		{"customary norms", func(a *actor.Actor) { a.Norms = []actor.Norm{actor.NormCustomary} },
			[]assessment.ArgumentBasis{assessment.BasisCustomaryNorms}, nil},
		{"community-embedded", func(a *actor.Actor) { a.CommunityEmbedded = true },
			[]assessment.ArgumentBasis{assessment.BasisCustomaryNorms}, nil},
		{"customary and community-embedded", func(a *actor.Actor) { a.CommunityEmbedded = true; a.Norms = []actor.Norm{actor.NormCustomary} },
			[]assessment.ArgumentBasis{assessment.BasisCustomaryNorms}, nil},
		{"code of conduct", func(a *actor.Actor) { a.Norms = []actor.Norm{actor.NormCodeOfConduct} },
			[]assessment.ArgumentBasis{assessment.BasisCodeOfConduct}, nil},
		{"not a party", func(a *actor.Actor) { a.PartyToConflict = false },
			[]assessment.ArgumentBasis{assessment.BasisHumanity}, map[assessment.ArgumentBasis]string{assessment.BasisHumanity: "the principle of humanity is the basis where IHL does not apply"}},
		{"a party recognising humanity", func(a *actor.Actor) { a.Norms = []actor.Norm{actor.NormHumanity} },
			[]assessment.ArgumentBasis{assessment.BasisHumanity}, map[assessment.ArgumentBasis]string{assessment.BasisHumanity: "the principle of humanity, which the actor recognises"}},
		{"reciprocity", func(a *actor.Actor) { a.Interests = []actor.Interest{actor.InterestReciprocity} },
			[]assessment.ArgumentBasis{assessment.BasisReciprocity}, nil},
		{"legitimacy", func(a *actor.Actor) { a.Interests = []actor.Interest{actor.InterestLegitimacy} },
			[]assessment.ArgumentBasis{assessment.BasisLegitimacy}, nil},
		{"delisting interest", func(a *actor.Actor) { a.Interests = []actor.Interest{actor.InterestDelisting} },
			[]assessment.ArgumentBasis{assessment.BasisDelisting}, nil},
		{"CAAC listed", func(a *actor.Actor) {
			a.Designations = []actor.Designation{caacListed(actor.ViolationKillingMaiming)}
		}, []assessment.ArgumentBasis{assessment.BasisDelisting}, nil},
		{"CAAC listed and seeking delisting", func(a *actor.Actor) {
			a.Designations = []actor.Designation{caacListed(actor.ViolationRecruitmentUse)}
			a.Interests = []actor.Interest{actor.InterestDelisting}
		}, []assessment.ArgumentBasis{assessment.BasisDelisting}, nil},
		{"UN sanctions are not CAAC", func(a *actor.Actor) {
			a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions}}
		}, nil, nil},
		{"discipline", func(a *actor.Actor) { a.Interests = []actor.Interest{actor.InterestDiscipline} },
			[]assessment.ArgumentBasis{assessment.BasisDiscipline}, nil},
		{"prosecution", func(a *actor.Actor) { a.Interests = []actor.Interest{actor.InterestProsecution} },
			[]assessment.ArgumentBasis{assessment.BasisProsecution}, nil},
		{"popular support", func(a *actor.Actor) { a.Interests = []actor.Interest{actor.InterestPopularSupport} },
			[]assessment.ArgumentBasis{assessment.BasisPopularSupport}, nil},
		{"long term", func(a *actor.Actor) { a.Interests = []actor.Interest{actor.InterestLongTerm} },
			[]assessment.ArgumentBasis{assessment.BasisLongTerm}, nil},
		{"everything, in any order", func(a *actor.Actor) {
			a.PartyToConflict = false
			a.Command = actor.CommandCentralised
			a.Norms = []actor.Norm{actor.NormHumanity, actor.NormCodeOfConduct, actor.NormCustomary, actor.NormReligiousLaw, actor.NormHumanRights, actor.NormIHL}
			a.Interests = []actor.Interest{actor.InterestLongTerm, actor.InterestPopularSupport, actor.InterestProsecution, actor.InterestDiscipline, actor.InterestReciprocity, actor.InterestDelisting, actor.InterestLegitimacy}
		}, []assessment.ArgumentBasis{
			assessment.BasisLaw, assessment.BasisReligiousLaw, assessment.BasisCustomaryNorms, assessment.BasisCodeOfConduct,
			assessment.BasisHumanity, assessment.BasisReciprocity, assessment.BasisLegitimacy, assessment.BasisDelisting,
			assessment.BasisDiscipline, assessment.BasisProsecution, assessment.BasisPopularSupport, assessment.BasisLongTerm,
		}, map[assessment.ArgumentBasis]string{
			assessment.BasisHumanity: "the principle of humanity is the basis where IHL does not apply",
			assessment.BasisLaw:      "the actor recognises the law, and law works best with centralised forces whose orders are followed",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := nsag()
			tt.change(&a)
			before := cloneActor(a)
			args := assessment.Arguments(a)
			var got []assessment.ArgumentBasis
			for _, x := range args {
				got = append(got, x.Basis)
				assert.NotEmpty(t, x.Why, "%s", x.Basis)
				if want, ok := tt.why[x.Basis]; ok {
					assert.Equal(t, want, x.Why)
				}
			}
			assert.Equal(t, tt.want, got)
			for i := 1; i < len(args); i++ {
				assert.Less(t, args[i-1].Basis, args[i].Basis, "in the order of the Basis constants")
			}
			assert.Equal(t, before, a, "Arguments modified the actor")
		})
	}
}

type entry struct {
	topic assessment.Topic
	sens  int
}

func entries(eps []assessment.EntryPoint) []entry {
	var out []entry
	for _, e := range eps {
		out = append(out, entry{e.Topic, e.Sensitivity})
	}
	return out
}

func allTopics() []assessment.Topic {
	var out []assessment.Topic
	for tp := assessment.TopicHealthCare; tp.IsValid(); tp++ {
		out = append(out, tp)
	}
	return out
}

func TestEntryPoints(t *testing.T) {
	require.Len(t, allTopics(), 11)
	reversed := allTopics()
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	const (
		health   = assessment.TopicHealthCare
		assist   = assessment.TopicAssistance
		evac     = assessment.TopicEvacuation
		mines    = assessment.TopicMines
		schools  = assessment.TopicSchools
		release  = assessment.TopicReleaseOfChildren
		access   = assessment.TopicDetentionAccess
		treat    = assessment.TopicDetaineeTreatment
		harm     = assessment.TopicCivilianHarm
		sexual   = assessment.TopicSexualViolence
		recruits = assessment.TopicChildRecruitment
	)
	withInterests := func(is ...actor.Interest) actor.Actor {
		a := nsag()
		a.Interests = is
		return a
	}
	caac := func(vs ...actor.Violation) actor.Actor {
		return nsag(caacListed(vs...))
	}
	tests := []struct {
		name string
		a    actor.Actor
		want []entry
	}{
		{"plain actor", nsag(), []entry{
			{health, 1}, {assist, 1}, {evac, 2}, {mines, 3}, {schools, 3}, {release, 3}, {access, 3},
			{treat, 4}, {harm, 4}, {sexual, 5}, {recruits, 5},
		}},
		{"reciprocity", withInterests(actor.InterestReciprocity), []entry{
			{health, 1}, {assist, 1}, {evac, 2}, {access, 2}, {mines, 3}, {schools, 3}, {release, 3}, {treat, 3},
			{harm, 4}, {sexual, 5}, {recruits, 5},
		}},
		{"delisting interest", withInterests(actor.InterestDelisting), []entry{
			{health, 1}, {assist, 1}, {evac, 2}, {release, 2}, {mines, 3}, {schools, 3}, {access, 3},
			{treat, 4}, {harm, 4}, {recruits, 4}, {sexual, 5},
		}},
		{"listed for recruitment", caac(actor.ViolationKillingMaiming, actor.ViolationRecruitmentUse), []entry{
			{health, 1}, {assist, 1}, {evac, 2}, {release, 2}, {mines, 3}, {schools, 3}, {access, 3},
			{treat, 4}, {harm, 4}, {recruits, 4}, {sexual, 5},
		}},
		{"listed for recruitment after a sanctions listing", nsag(
			actor.Designation{Kind: actor.DesignationUNSanctions, Regime: "1267"},
			caacListed(actor.ViolationRecruitmentUse)), []entry{
			{health, 1}, {assist, 1}, {evac, 2}, {release, 2}, {mines, 3}, {schools, 3}, {access, 3},
			{treat, 4}, {harm, 4}, {recruits, 4}, {sexual, 5},
		}},
		{"listed for killing only", caac(actor.ViolationKillingMaiming), []entry{
			{health, 1}, {assist, 1}, {evac, 2}, {mines, 3}, {schools, 3}, {release, 3}, {access, 3},
			{treat, 4}, {harm, 4}, {sexual, 5}, {recruits, 5},
		}},
		{"reciprocity and delisting", withInterests(actor.InterestDelisting, actor.InterestReciprocity), []entry{
			{health, 1}, {assist, 1}, {evac, 2}, {release, 2}, {access, 2}, {mines, 3}, {schools, 3}, {treat, 3},
			{harm, 4}, {recruits, 4}, {sexual, 5},
		}},
		{"other interests change nothing", withInterests(actor.InterestLegitimacy, actor.InterestDiscipline), []entry{
			{health, 1}, {assist, 1}, {evac, 2}, {mines, 3}, {schools, 3}, {release, 3}, {access, 3},
			{treat, 4}, {harm, 4}, {sexual, 5}, {recruits, 5},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, cands := range [][]assessment.Topic{allTopics(), reversed} {
				in := append([]assessment.Topic(nil), cands...)
				eps := assessment.EntryPoints(tt.a, in)
				assert.Equal(t, tt.want, entries(eps))
				assert.Equal(t, cands, in, "EntryPoints modified the candidates")
				for i, e := range eps {
					assert.NotEmpty(t, e.Why, "%s", e.Topic)
					if i > 0 {
						assert.LessOrEqual(t, eps[i-1].Sensitivity, e.Sensitivity, "least sensitive first")
					}
				}
			}
		})
	}

	t.Run("reasons of the adjustments", func(t *testing.T) {
		eps := assessment.EntryPoints(withInterests(actor.InterestReciprocity, actor.InterestDelisting), []assessment.Topic{access, treat, release, recruits, health})
		why := map[assessment.Topic]string{}
		for _, e := range eps {
			why[e.Topic] = e.Why
		}
		assert.Equal(t, "access to detention opens the way to treatment of detainees; the actor wants its own detainees treated humanely", why[access])
		assert.True(t, strings.HasSuffix(why[treat], "; the actor wants its own detainees treated humanely"))
		assert.Equal(t, "release of children is a step towards a full Action Plan; the actor has an interest in delisting", why[release])
		assert.True(t, strings.HasSuffix(why[recruits], "; the actor has an interest in delisting"))
		assert.Equal(t, "many armed groups already agree with the rules protecting health care", why[health])
	})
	t.Run("invalid and repeated topics dropped", func(t *testing.T) {
		eps := assessment.EntryPoints(nsag(), []assessment.Topic{recruits, 0, health, 12, recruits, 255, health, mines})
		assert.Equal(t, []entry{{health, 1}, {mines, 3}, {recruits, 5}}, entries(eps))
	})
	t.Run("ties keep the order of the topic constants", func(t *testing.T) {
		eps := assessment.EntryPoints(nsag(), []assessment.Topic{access, release, schools, mines, assist, health})
		assert.Equal(t, []entry{{health, 1}, {assist, 1}, {mines, 3}, {schools, 3}, {release, 3}, {access, 3}}, entries(eps))
	})
	t.Run("nothing to order", func(t *testing.T) {
		assert.Empty(t, assessment.EntryPoints(nsag(), nil))
		assert.Empty(t, assessment.EntryPoints(nsag(), []assessment.Topic{0, 99}))
	})
}
