package actor_test

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
)

// ob is what the tests pin of an Obligation: the note is prose for people.
type ob struct {
	Body      actor.Body
	Basis     actor.Basis
	Citations []string
}

func obs(os []actor.Obligation) []ob {
	out := make([]ob, 0, len(os))
	for _, o := range os {
		out = append(out, ob{o.Body, o.Basis, o.Citations})
	}
	return out
}

var (
	ihl       = ob{actor.BodyIHL, actor.BasisPartyToConflict, []string{"CA3"}}
	ihrlState = ob{actor.BodyHumanRights, actor.BasisState, []string{"IHRL"}}
	ihrlTerr  = ob{actor.BodyHumanRights, actor.BasisTerritorialControl, []string{"IHRL"}}
	opac      = ob{actor.BodyChildRights, actor.BasisArmedGroup, []string{"OPAC-4"}}
	humanity  = ob{actor.BodyHumanity, actor.BasisNotParty, []string{"HP"}}
	ownNot    = ob{actor.BodyOwnNorms, actor.BasisNotParty, []string{"ICRC-ROR-2018"}}
	ownRec    = ob{actor.BodyOwnNorms, actor.BasisRecognisedNorms, []string{"ICRC-ROR-2018"}}
)

func caac(cites ...string) ob {
	return ob{actor.BodyCAAC, actor.BasisCAACListing, cites}
}

func caacListing(vs ...actor.Violation) actor.Designation {
	d := actor.Designation{Kind: actor.DesignationCAAC}
	for _, v := range vs {
		d.Listings = append(d.Listings, actor.Listing{Violation: v, Since: v.FirstReport()})
	}
	return d
}

func TestObligations(t *testing.T) {
	tests := []struct {
		name      string
		kind      actor.Kind
		party     bool
		territory bool
		norms     []actor.Norm
		desig     []actor.Designation
		want      []ob
	}{
		{name: "state party", kind: actor.KindStateForces, party: true,
			want: []ob{ihl, ihrlState}},
		{name: "state party holding territory", kind: actor.KindStateForces, party: true, territory: true,
			want: []ob{ihl, ihrlState}},
		{name: "state not party", kind: actor.KindStateForces,
			want: []ob{ihrlState, humanity}},
		{name: "NSAG party with territorial control", kind: actor.KindArmedOpposition, party: true, territory: true,
			want: []ob{ihl, ihrlTerr, opac}},
		{name: "NSAG party without territory", kind: actor.KindArmedOpposition, party: true,
			want: []ob{ihl, opac}},
		{name: "NSAG not party", kind: actor.KindSelfDefenceMilitia,
			want: []ob{opac, humanity}},
		{name: "NSAG not party holding territory", kind: actor.KindIdentityMilitia, territory: true,
			want: []ob{ihrlTerr, opac, humanity}},
		{name: "CAAC-listed party", kind: actor.KindParamilitary, party: true,
			desig: []actor.Designation{
				{Kind: actor.DesignationUNSanctions, Jurisdiction: actor.JurisdictionInternational},
				caacListing(actor.ViolationAbduction, actor.ViolationSexualViolence, actor.ViolationRecruitmentUse, actor.ViolationKillingMaiming),
			},
			// UNSCR-1612, then each trigger in the fixed order of the
			// violations (not the order of the listings), each resolution
			// once: killing and maiming and sexual violence share 1882.
			want: []ob{ihl, opac, caac("UNSCR-1612", "UNSCR-1882", "UNSCR-1379", "UNSCR-2225")}},
		{name: "CAAC-listed for attacks on schools", kind: actor.KindPoliticalMilitia, party: true,
			desig: []actor.Designation{caacListing(actor.ViolationAttacksSchools)},
			want:  []ob{ihl, opac, caac("UNSCR-1612", "UNSCR-1998")}},
		{name: "non-CAAC listings add nothing", kind: actor.KindArmedOpposition, party: true,
			desig: []actor.Designation{
				{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic},
				{Kind: actor.DesignationUNSanctions},
			},
			want: []ob{ihl, opac}},
		{name: "gang not party", kind: actor.KindGang,
			want: []ob{humanity, ownNot}},
		{name: "gang not party holding territory", kind: actor.KindGang, territory: true,
			want: []ob{ihrlTerr, humanity, ownNot}},
		{name: "gang that is party", kind: actor.KindGang, party: true,
			want: []ob{ihl, opac}},
		{name: "criminal group not party", kind: actor.KindCriminalGroup,
			want: []ob{humanity, ownNot}},
		{name: "criminal group that is party", kind: actor.KindCriminalGroup, party: true, territory: true,
			want: []ob{ihl, ihrlTerr, opac}},
		{name: "criminal group with recognised religious law", kind: actor.KindCriminalGroup, norms: []actor.Norm{actor.NormReligiousLaw},
			want: []ob{humanity, ownRec}},
		{name: "CAAC-listed gang outside any conflict", kind: actor.KindGang,
			desig: []actor.Designation{caacListing(actor.ViolationRecruitmentUse)},
			want:  []ob{caac("UNSCR-1612", "UNSCR-1379"), humanity, ownNot}},
		{name: "external forces party", kind: actor.KindExternalForces, party: true, territory: true,
			want: []ob{ihl}},
		{name: "external forces not party", kind: actor.KindExternalForces,
			want: []ob{humanity}},
		{name: "party recognising customary norms", kind: actor.KindIdentityMilitia, party: true, norms: []actor.Norm{actor.NormCustomary},
			want: []ob{ihl, opac, ownRec}},
		{name: "state recognising its code of conduct", kind: actor.KindStateForces, party: true, norms: []actor.Norm{actor.NormCodeOfConduct, actor.NormIHL},
			want: []ob{ihl, ihrlState, ownRec}},
		{name: "law and humanity are not own norms", kind: actor.KindArmedOpposition, party: true,
			norms: []actor.Norm{actor.NormIHL, actor.NormHumanRights, actor.NormHumanity},
			want:  []ob{ihl, opac}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := minimal()
			a.Kind, a.PartyToConflict, a.TerritorialControl = tt.kind, tt.party, tt.territory
			a.Norms, a.Designations = tt.norms, tt.desig
			require.NoError(t, a.Validate(), "fixtures are valid actors")
			got := actor.Obligations(a)
			assert.Equal(t, tt.want, obs(got))
			for _, o := range got {
				assert.NotEmpty(t, o.Note, "%v has a note", o.Body)
			}
		})
	}
}

func TestObligationsNotes(t *testing.T) {
	note := func(a actor.Actor, b actor.Body) string {
		t.Helper()
		for _, o := range actor.Obligations(a) {
			if o.Body == b {
				return o.Note
			}
		}
		t.Fatalf("no %v obligation for %v", b, a)
		return ""
	}

	t.Run("own norms are named", func(t *testing.T) {
		tests := []struct {
			norms []actor.Norm
			named []string
			not   []string
		}{
			{[]actor.Norm{actor.NormReligiousLaw}, []string{"religious law"}, []string{"customary", "code of conduct"}},
			{[]actor.Norm{actor.NormCustomary}, []string{"customary norms"}, []string{"religious", "code of conduct"}},
			{[]actor.Norm{actor.NormCodeOfConduct}, []string{"code of conduct"}, []string{"religious", "customary"}},
			{[]actor.Norm{actor.NormCodeOfConduct, actor.NormReligiousLaw, actor.NormCustomary}, []string{"religious law", "customary norms", "code of conduct"}, nil},
		}
		for _, tt := range tests {
			a := minimal()
			a.Norms = tt.norms
			n := note(a, actor.BodyOwnNorms)
			for _, s := range tt.named {
				assert.Contains(t, n, s)
			}
			for _, s := range tt.not {
				assert.NotContains(t, n, s)
			}
		}
		// All three are named, in a fixed order whatever the order of Norms.
		a := minimal()
		a.Norms = []actor.Norm{actor.NormCodeOfConduct, actor.NormReligiousLaw, actor.NormCustomary}
		n := note(a, actor.BodyOwnNorms)
		assert.Less(t, strings.Index(n, "religious law"), strings.Index(n, "customary norms"))
		assert.Less(t, strings.Index(n, "customary norms"), strings.Index(n, "code of conduct"))
	})

	t.Run("IHL note tells non-state parties apart", func(t *testing.T) {
		a := minimal()
		a.PartyToConflict = true
		nsag := note(a, actor.BodyIHL)
		a.Kind = actor.KindStateForces
		state := note(a, actor.BodyIHL)
		a.Kind = actor.KindExternalForces
		external := note(a, actor.BodyIHL)
		assert.NotEqual(t, nsag, state)
		assert.Equal(t, state, external)
		assert.Contains(t, nsag, "Common Article 3")
		assert.NotContains(t, state, "non-state")
	})
}

func TestObligationString(t *testing.T) {
	o := actor.Obligation{Body: actor.BodyCAAC, Basis: actor.BasisCAACListing, Citations: []string{"UNSCR-1612", "UNSCR-1379"}, Note: "why"}
	assert.Equal(t, "under the children and armed conflict framework, because why [UNSCR-1612, UNSCR-1379]", o.String())
	assert.Equal(t, "unspecified", actor.Obligation{}.String(), "not an obligation the library builds")

	a := minimal()
	a.PartyToConflict = true
	first := actor.Obligations(a)[0]
	assert.Equal(t, "bound by international humanitarian law, because "+first.Note+" [CA3]", first.String())
}

// Obligations speak as the law does: OPAC art. 4(1) says armed groups
// "should not" recruit or use under-18s, and an armed group with de facto
// authority "can assume responsibility" for human rights obligations (the
// report's Box 7); a state's forces are bound by its human rights law.
func TestObligationWording(t *testing.T) {
	a := minimal()
	a.Kind, a.PartyToConflict, a.TerritorialControl = actor.KindArmedOpposition, true, true
	byBody := map[actor.Body]string{}
	for _, o := range actor.Obligations(a) {
		byBody[o.Body] = o.String()
	}
	assert.Equal(t, "addressed by the law on children's rights, because it is an armed group distinct from a state's forces, "+
		"which OPAC art. 4(1) says should not, under any circumstances, recruit anyone under 18 or use them in hostilities [OPAC-4]", byBody[actor.BodyChildRights])
	assert.Equal(t, "can assume responsibility for obligations under international human rights law, when it has de facto authority, "+
		"exercising government-like functions over territory and the people living there [IHRL]", byBody[actor.BodyHumanRights])
	for body, s := range byBody {
		assert.NotContains(t, s, "must not", body.String())
	}
	assert.NotContains(t, byBody[actor.BodyHumanRights], "bound by")

	a.Kind, a.TerritorialControl = actor.KindStateForces, false
	for _, o := range actor.Obligations(a) {
		if o.Body == actor.BodyHumanRights {
			assert.Equal(t, "bound by international human rights law, because it is the armed force of a state, bound by that state's human rights obligations [IHRL]", o.String())
		}
	}
}

func TestObligationJSON(t *testing.T) {
	o := actor.Obligation{Body: actor.BodyChildRights, Basis: actor.BasisArmedGroup, Citations: []string{"OPAC-4"}, Note: "n"}
	b, err := json.Marshal(o)
	require.NoError(t, err)
	assert.JSONEq(t, `{"body":"child_rights","basis":"armed_group","citations":["OPAC-4"],"note":"n"}`, string(b))
	var got actor.Obligation
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, o, got)
}

// TestObligationsNeverEmpty checks every valid kind in every situation, and
// the invariants that hold whatever the actor: output in Body order, each
// body once, IHL exactly for parties, humanity exactly for non-parties.
func TestObligationsNeverEmpty(t *testing.T) {
	normSets := [][]actor.Norm{nil, {actor.NormReligiousLaw}, {actor.NormIHL}}
	for _, k := range actor.Kinds() {
		for _, party := range []bool{false, true} {
			for _, territory := range []bool{false, true} {
				for _, norms := range normSets {
					a := minimal()
					a.Kind, a.PartyToConflict, a.TerritorialControl, a.Norms = k, party, territory, norms
					got := actor.Obligations(a)
					require.NotEmpty(t, got, "%v party=%t territory=%t norms=%v", k, party, territory, norms)
					checkObligationInvariants(t, a, got)
				}
			}
		}
	}
}

func checkObligationInvariants(t *testing.T, a actor.Actor, got []actor.Obligation) {
	t.Helper()
	has := map[actor.Body]bool{}
	for i, o := range got {
		assert.True(t, o.Body.IsValid(), "%v", o)
		assert.True(t, o.Basis.IsValid(), "%v", o)
		assert.NotEmpty(t, o.Citations, "%v", o)
		assert.NotEmpty(t, o.Note, "%v", o)
		if i > 0 {
			assert.Less(t, got[i-1].Body, o.Body, "in Body order, each body once: %v", obs(got))
		}
		has[o.Body] = true
	}
	assert.Equal(t, a.PartyToConflict, has[actor.BodyIHL], "IHL binds exactly the parties: %v", a)
	assert.Equal(t, !a.PartyToConflict, has[actor.BodyHumanity], "humanity grounds dialogue exactly with non-parties: %v", a)
	assert.Equal(t, a.Kind.IsState() || (a.Kind.IsNonState() && a.TerritorialControl), has[actor.BodyHumanRights], "%v", a)
	assert.Equal(t, a.Listed(actor.DesignationCAAC), has[actor.BodyCAAC], "%v", a)
	assert.Equal(t, a.Kind.IsArmedGroup() || (a.Kind.IsNonState() && a.PartyToConflict), has[actor.BodyChildRights], "%v", a)
}

// deepCopy copies an actor through JSON, which shares no memory.
func deepCopy(t *testing.T, a actor.Actor) actor.Actor {
	t.Helper()
	b, err := json.Marshal(a)
	require.NoError(t, err)
	var c actor.Actor
	require.NoError(t, json.Unmarshal(b, &c))
	require.True(t, reflect.DeepEqual(a, c))
	return c
}

func TestObligationsPure(t *testing.T) {
	t.Run("does not modify its argument", func(t *testing.T) {
		a := full()
		a.Designations = append(a.Designations, caacListing(actor.ViolationAbduction, actor.ViolationKillingMaiming))
		before := deepCopy(t, a)
		_ = actor.Obligations(a)
		assert.True(t, reflect.DeepEqual(before, a), "Obligations modified its argument")

		r := rand.New(rand.NewPCG(3, 4))
		for range 300 {
			a := randActor(r)
			before := deepCopy(t, a)
			got := actor.Obligations(a)
			require.True(t, reflect.DeepEqual(before, a), "Obligations modified its argument")
			checkObligationInvariants(t, a, got)
		}
	})

	t.Run("results share no memory", func(t *testing.T) {
		a := full()
		want := []ob{ihl, ihrlTerr, opac, caac("UNSCR-1612", "UNSCR-1379", "UNSCR-1882"), ownRec}
		first := actor.Obligations(a)
		require.Equal(t, want, obs(first))
		for i := range first {
			for j := range first[i].Citations {
				first[i].Citations[j] = "tampered"
			}
		}
		assert.Equal(t, want, obs(actor.Obligations(a)))
	})

	t.Run("deterministic", func(t *testing.T) {
		a := full()
		assert.Equal(t, actor.Obligations(a), actor.Obligations(a))
	})
}
