package agreement_test

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/risk"
)

// The properties below run on random valid agreements with random event
// streams, from fixed seeds, so that a failure reproduces.

const propertyRuns = 1000

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)) }

func randomID(r *rand.Rand) uuid.UUID {
	var u uuid.UUID
	for u == uuid.Nil {
		for i := range u {
			u[i] = byte(r.UintN(256))
		}
	}
	return u
}

func pick[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

// randomAgreement returns a valid agreement: the armed actor, the agency and
// sometimes other parties; up to three phases, each waiting only for earlier
// ones; one to eight commitments due within three years of signature; and
// up to 25 events in time order, some at the same moment, of every kind.
// A quarter are Action Plans with standard activities.
func randomAgreement(r *rand.Rand) agreement.Agreement {
	signed := day("2015-01-01").Add(time.Duration(r.IntN(3650)) * 24 * time.Hour)
	a := agreement.Agreement{
		ID: randomID(r), Title: "random " + strconv.Itoa(r.IntN(1000)), Actor: randomID(r),
		Instrument: agreement.Instrument{Kind: agreement.InstrumentKind(2 + r.IntN(8))},
		Signed:     signed,
		Parties: []agreement.Party{
			{ID: randomID(r), Role: pick(r, agreement.RoleArmedActor, agreement.RoleFaction), Name: "armed"},
			{ID: randomID(r), Role: agreement.RoleAgency, Name: "agency"},
		},
	}
	if r.IntN(2) == 0 {
		a.Parties = append(a.Parties, agreement.Party{ID: randomID(r), Role: agreement.Role(4 + r.IntN(5)), Name: "other"})
	}
	if a.Instrument.Kind == agreement.InstrumentDeedOfCommitment {
		a.Instrument.Deed = agreement.Deed(1 + r.IntN(5))
	}
	plan := r.IntN(4) == 0
	if plan {
		a.Instrument = agreement.Instrument{Kind: agreement.InstrumentActionPlan, ListedParty: a.Parties[0].ID}
		// Triggers listed by 2011, so that a listing since then precedes
		// every moment randomMoment gives.
		for _, v := range []actor.Violation{actor.ViolationKillingMaiming, actor.ViolationRecruitmentUse, actor.ViolationAttacksSchools, actor.ViolationSexualViolence} {
			if r.IntN(3) == 0 {
				a.Instrument.Violations = append(a.Instrument.Violations, v)
			}
		}
		if len(a.Instrument.Violations) == 0 {
			a.Instrument.Violations = []actor.Violation{actor.ViolationRecruitmentUse}
		}
		if r.IntN(3) == 0 {
			a.Instrument.OwnActivities = []agreement.OwnActivity{{Key: "own", Violation: a.Instrument.Violations[0], Label: "own activity"}}
		}
	}
	for i := range r.IntN(4) {
		p := agreement.Phase{ID: randomID(r), Name: "phase", Advance: agreement.AdvanceRule{
			Level: agreement.Implementation(1 + r.IntN(4)), Share: float64(1+r.IntN(4)) / 4, Verified: r.IntN(3) == 0}}
		for j := range i {
			if r.IntN(2) == 0 {
				p.After = append(p.After, a.Phases[j].ID)
			}
		}
		a.Phases = append(a.Phases, p)
	}
	for range 1 + r.IntN(8) {
		c := agreement.Commitment{
			ID: randomID(r), Text: "commitment", By: a.Parties[r.IntN(len(a.Parties))].ID,
			Due:          signed.Add(time.Duration(r.IntN(3*365*24)) * time.Hour),
			Risk:         risk.Risk(1 + r.IntN(15)),
			Theme:        agreement.Theme(r.IntN(12)),
			Obligation:   agreement.Duty(1 + r.IntN(2)),
			Verification: agreement.Verification(1 + r.IntN(3)),
		}
		if len(a.Phases) > 0 && r.IntN(3) > 0 {
			c.Phase = a.Phases[r.IntN(len(a.Phases))].ID
		}
		if plan {
			c.Violation = a.Instrument.Violations[r.IntN(len(a.Instrument.Violations))]
			std := agreement.StandardActivities(c.Violation)
			switch r.IntN(4) {
			case 0, 1:
				c.Activity = std[r.IntN(len(std))]
			case 2:
				if o := a.Instrument.OwnActivities; len(o) > 0 && o[0].Violation == c.Violation {
					c.OwnActivity = o[0].Key
				}
			}
		}
		a.Commitments = append(a.Commitments, c)
	}
	at := signed
	for range r.IntN(26) {
		if r.IntN(5) > 0 {
			at = at.Add(time.Duration(1+r.IntN(90*24)) * time.Hour)
		}
		e := agreement.Event{Commitment: a.Commitments[r.IntN(len(a.Commitments))].ID, At: at, Kind: agreement.EventKind(1 + r.IntN(9)),
			Source: agreement.Verification(r.IntN(4))}
		if e.Kind == agreement.EventProgress {
			e.Level = agreement.Implementation(r.IntN(5))
		}
		a.Events = append(a.Events, e)
	}
	return a
}

// randomMoment is a moment from a year before signature to four years
// after.
func randomMoment(r *rand.Rand, a agreement.Agreement) time.Time {
	return a.Signed.Add(time.Duration(r.IntN(5*365*24)-365*24) * time.Hour)
}

func TestRandomAgreementsValidate(t *testing.T) {
	r := newRand(1)
	kinds := map[agreement.EventKind]int{}
	for range propertyRuns {
		a := randomAgreement(r)
		require.NoError(t, a.Validate())
		for _, e := range a.Events {
			kinds[e.Kind]++
		}
	}
	assert.Len(t, kinds, 9, "the generator makes events of every kind")
}

// fulfils reports whether e brings its commitment to full implementation:
// a fulfilled event, or a progress event at the full level.
func fulfils(e agreement.Event) bool {
	return e.Kind == agreement.EventFulfilled || (e.Kind == agreement.EventProgress && e.Level == agreement.ImplementationFull)
}

func TestPropertyFulfilmentNeverLowersCompliance(t *testing.T) {
	r := newRand(2)
	raised := 0
	for n := range propertyRuns {
		a := randomAgreement(r)
		c := a.Commitments[r.IntN(len(a.Commitments))]
		when := a.Signed
		if len(a.Events) > 0 {
			when = a.Events[len(a.Events)-1].At
		}
		when = when.Add(time.Duration(r.IntN(2*365*24)) * time.Hour)
		b, err := agreement.Append(a, agreement.Event{Commitment: c.ID, At: when, Kind: agreement.EventFulfilled})
		require.NoError(t, err)

		for _, at := range []time.Time{when, when.Add(-time.Hour), when.Add(time.Duration(r.IntN(3*365*24)) * time.Hour), randomMoment(r, a)} {
			before, err := a.FollowUp(at, agreement.FollowUpOptions{Listing: listingOf(a)})
			require.NoError(t, err)
			after, err := b.FollowUp(at, agreement.FollowUpOptions{Listing: listingOf(b)})
			require.NoError(t, err)
			r1, ok1 := before.Overall.Compliance()
			r2, ok2 := after.Overall.Compliance()
			// What is due does not depend on events: both have something due
			// or neither.
			require.Equal(t, ok1, ok2, "run %d", n)
			require.Equal(t, before.Overall.Due, after.Overall.Due, "run %d", n)
			require.GreaterOrEqual(t, r2, r1, "run %d at %v: a fulfilment lowered compliance", n, at)
			require.GreaterOrEqual(t, after.Overall.Compliant, before.Overall.Compliant, "run %d", n)
			if r2 > r1 {
				raised++
			}
			if at.Before(when) {
				require.Equal(t, before, after, "run %d: an event after the moment changes nothing", n)
			}
		}
	}
	assert.Greater(t, raised, propertyRuns/10, "the property is exercised: fulfilments often raise compliance")
}

func TestPropertyOverdueOnlyLeftByFulfilment(t *testing.T) {
	r := newRand(4)
	kept, left := 0, 0
	for n := range propertyRuns {
		a := randomAgreement(r)
		t1 := randomMoment(r, a)
		t2 := t1.Add(time.Duration(1+r.IntN(2*365*24)) * time.Hour)
		f1, err := a.FollowUp(t1, agreement.FollowUpOptions{Listing: listingOf(a)})
		require.NoError(t, err)
		f2, err := a.FollowUp(t2, agreement.FollowUpOptions{Listing: listingOf(a)})
		require.NoError(t, err)
		still := map[uuid.UUID]bool{}
		for _, it := range f2.Overdue {
			still[it.Commitment] = true
		}
		for _, it := range f1.Overdue {
			if still[it.Commitment] {
				kept++
				continue
			}
			fulfilled := false
			for _, e := range a.Events {
				if e.Commitment == it.Commitment && e.At.After(t1) && !e.At.After(t2) && fulfils(e) {
					fulfilled = true
				}
			}
			require.True(t, fulfilled, "run %d: commitment %v overdue at %v is not at %v, and nothing fulfilled it in between", n, it.Commitment, t1, t2)
			left++
		}
		if len(f1.Overdue) > 0 {
			assert.GreaterOrEqual(t, len(f2.Overdue)+left, len(f1.Overdue))
		}
	}
	assert.Greater(t, kept, 100, "the property is exercised")
	assert.Greater(t, left, 10, "the property is exercised")
}

// TestPropertyFollowUpInvariants checks what holds for every follow-up: the
// tallies add up to the overall one, lists are in order, next actions refer
// to the agreement, and follow-up is deterministic.
func TestPropertyFollowUpInvariants(t *testing.T) {
	r := newRand(4)
	add := func(sum *agreement.Tally, x agreement.Tally) {
		sum.Commitments += x.Commitments
		sum.Due += x.Due
		sum.Compliant += x.Compliant
		sum.Levels.NotInitiated += x.Levels.NotInitiated
		sum.Levels.Minimal += x.Levels.Minimal
		sum.Levels.Intermediate += x.Levels.Intermediate
		sum.Levels.Full += x.Levels.Full
	}
	for n := range propertyRuns {
		a := randomAgreement(r)
		at := randomMoment(r, a)
		opts := agreement.FollowUpOptions{Horizon: time.Duration(r.IntN(200*24)) * time.Hour, Listing: listingOf(a)}
		f, err := a.FollowUp(at, opts)
		require.NoError(t, err)

		g, err := a.FollowUp(at, opts)
		require.NoError(t, err)
		require.True(t, reflect.DeepEqual(f, g), "run %d: follow-up is deterministic", n)

		require.Equal(t, len(a.Commitments), f.Overall.Commitments)
		var byParty, byPhase, byTheme, byRisk agreement.Tally
		for _, x := range f.ByParty {
			add(&byParty, x.Tally)
		}
		for _, x := range f.ByPhase {
			add(&byPhase, x.Tally)
		}
		for _, x := range f.ByTheme {
			add(&byTheme, x.Tally)
		}
		for _, x := range f.ByRisk {
			add(&byRisk, x.Tally)
		}
		for name, sum := range map[string]agreement.Tally{"party": byParty, "phase": byPhase, "theme": byTheme, "risk": byRisk} {
			require.Equal(t, f.Overall, sum, "run %d: the tallies by %s add up", n, name)
		}
		total := 0
		for _, l := range []agreement.Implementation{agreement.ImplementationNotInitiated, agreement.ImplementationMinimal, agreement.ImplementationIntermediate, agreement.ImplementationFull} {
			total += f.Overall.Count(l)
		}
		require.Equal(t, f.Overall.Commitments, total)
		require.LessOrEqual(t, f.Overall.Compliant, f.Overall.Due)

		for _, list := range [][]agreement.Item{f.Overdue, f.DueSoon, f.Breaches, f.Reversals, f.Denials, f.AccessLost, f.Unverified, f.OwnOverdue} {
			for i := 1; i < len(list); i++ {
				require.False(t, list[i].Due.Before(list[i-1].Due), "run %d: items by due date", n)
			}
		}
		for _, it := range f.Overdue {
			require.False(t, it.Due.After(at))
		}
		horizon := opts.Horizon
		if horizon <= 0 {
			horizon = days(30)
		}
		for _, it := range f.DueSoon {
			require.True(t, it.Due.After(at))
			require.LessOrEqual(t, it.Due.Sub(at), horizon)
		}
		for _, x := range f.Next {
			require.True(t, x.Action.IsValid(), "run %d", n)
		}
		require.Equal(t, len(a.Phases), len(f.Phases))
		require.Equal(t, a.Instrument.Kind == agreement.InstrumentActionPlan, f.Delisting != nil)
	}
}

func TestFollowUpConcurrent(t *testing.T) {
	r := newRand(5)
	agreements := []agreement.Agreement{milfActionPlan(), mfdcDemining(), followUpAgreement(t)}
	for range 5 {
		agreements = append(agreements, randomAgreement(r))
	}
	moments := []time.Time{day("2011-09-01"), day("2013-06-01"), day("2017-01-15"), day("2021-01-01"), day("2024-06-01")}
	type key struct{ a, m int }
	want := map[key]agreement.FollowUp{}
	for i, a := range agreements {
		for j, m := range moments {
			f, err := a.FollowUp(m, agreement.FollowUpOptions{Listing: listingOf(a)})
			require.NoError(t, err)
			want[key{i, j}] = f
		}
	}
	for i, a := range agreements {
		var wg sync.WaitGroup
		got := make([][]agreement.FollowUp, 64)
		errs := make([]error, 64)
		for g := range 64 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for _, m := range moments {
					f, err := a.FollowUp(m, agreement.FollowUpOptions{Listing: listingOf(a)})
					if err != nil {
						errs[g] = err
						return
					}
					got[g] = append(got[g], f)
					_ = a.States(m)
				}
			}()
		}
		wg.Wait()
		for g := range 64 {
			require.NoError(t, errs[g])
			for j := range moments {
				require.True(t, reflect.DeepEqual(want[key{i, j}], got[g][j]), "agreement %d, goroutine %d, moment %d", i, g, j)
			}
		}
	}
}

// The follow-up's lists, against a plain model written from their
// definitions and the public States: which commitments each list holds, in
// what order, and since when — so that the one-pass follow-up says exactly
// what the definitions say.
func TestPropertyFollowUpListsMatchAModel(t *testing.T) {
	r := newRand(16)
	for n := range propertyRuns {
		a := randomAgreement(r)
		at := randomMoment(r, a)
		horizon := time.Duration(r.IntN(200*24)) * time.Hour
		f, err := a.FollowUp(at, agreement.FollowUpOptions{Horizon: horizon, Listing: listingOf(a)})
		require.NoError(t, err)

		states := a.States(at)
		role := map[uuid.UUID]agreement.Role{}
		name := map[uuid.UUID]string{}
		for _, p := range a.Parties {
			role[p.ID] = p.Role
			name[p.ID] = p.Name
		}
		lastOf := func(c uuid.UUID, k agreement.EventKind) time.Time {
			var t time.Time
			for _, e := range a.Events {
				if e.Commitment == c && e.Kind == k && !e.At.After(at) {
					t = e.At
				}
			}
			return t
		}
		var want [8][]agreement.Item
		order := make([]int, len(a.Commitments))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(x, y int) int {
			if c := a.Commitments[x].Due.Compare(a.Commitments[y].Due); c != 0 {
				return c
			}
			return bytes.Compare(a.Commitments[x].ID[:], a.Commitments[y].ID[:])
		})
		for _, i := range order {
			c, s := a.Commitments[i], states[i]
			ph, _ := a.Phase(c.Phase)
			item := agreement.Item{Commitment: c.ID, Number: i + 1, Text: c.Text, By: c.By, PartyName: name[c.By], Due: c.Due, Phase: c.Phase, PhaseName: ph.Name}
			with := func(k agreement.EventKind) agreement.Item { it := item; it.Since = lastOf(c.ID, k); return it }
			positive, full := c.Obligation == agreement.DutyPositive, s.Implementation == agreement.ImplementationFull
			overdue := positive && !c.Due.After(at) && !full
			if overdue {
				want[0] = append(want[0], item)
			} else if positive && !full && c.Due.Sub(at) <= horizon {
				want[1] = append(want[1], item)
			}
			switch s.Status {
			case agreement.StatusBreached:
				want[2] = append(want[2], with(agreement.EventBreach))
			case agreement.StatusReversed:
				want[3] = append(want[3], with(agreement.EventReversal))
			}
			if s.Denied {
				want[4] = append(want[4], with(agreement.EventDenial))
			}
			if s.AccessLost {
				want[5] = append(want[5], with(agreement.EventAccessLost))
			}
			if full && !s.Verified && !s.Breached {
				want[6] = append(want[6], item)
			}
			if role[c.By] == agreement.RoleAgency && (overdue || s.Breached) {
				want[7] = append(want[7], item)
			}
		}
		got := [8][]agreement.Item{f.Overdue, f.DueSoon, f.Breaches, f.Reversals, f.Denials, f.AccessLost, f.Unverified, f.OwnOverdue}
		for l := range want {
			if want[l] == nil {
				want[l] = []agreement.Item{} // every list is written, [] when empty
			}
			require.Equal(t, want[l], got[l], "run %d, list %d", n, l)
		}
	}
}
