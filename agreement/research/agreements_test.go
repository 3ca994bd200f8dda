package research_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/risk"
)

// researchAgreement is signed on 1 January 2020 with the given commitments
// (by the armed actor) and events.
func researchAgreement(t *testing.T, n int, commitments []agreement.Commitment, events ...agreement.Event) agreement.Agreement {
	t.Helper()
	a := agreement.Agreement{
		ID: id(800 + n), Title: "research", Actor: id(901), Instrument: agreement.Instrument{Kind: agreement.InstrumentCodeOfConduct},
		Signed:      day("2020-01-01"),
		Parties:     []agreement.Party{{ID: pArmed, Role: agreement.RoleArmedActor, Name: "armed group"}},
		Commitments: commitments,
	}
	return withEvents(t, a, events...)
}

func researchCommitment(n int, o agreement.Duty, due string) agreement.Commitment {
	return agreement.Commitment{ID: id(n), Text: "t", By: pArmed, Due: day(due), Risk: risk.Torture, Obligation: o, Verification: agreement.VerificationSelfReport}
}

// researchAgreements are three agreements seen at the end of 2020:
//
//	A1: positive due 1 March, fulfilled 10 days early; positive due 1 March,
//	    fulfilled 30 days late; negative, breached — compliance 2/3, full 2/3
//	A2: positive due 1 June, fulfilled 10 days late; positive due mid-2021
//	    — compliance 1/1, full 1/2
//	A3: positive due mid-2021; negative in force from February 2021,
//	    fulfilled (a negative obligation has no delay) — nothing due, full 1/2
func researchAgreements(t *testing.T) []agreement.Agreement {
	return []agreement.Agreement{
		researchAgreement(t, 1, []agreement.Commitment{
			researchCommitment(1, agreement.DutyPositive, "2020-03-01"),
			researchCommitment(2, agreement.DutyPositive, "2020-03-01"),
			researchCommitment(3, agreement.DutyNegative, "2020-01-01"),
		},
			ev(id(1), "2020-02-20", agreement.EventFulfilled),
			ev(id(2), "2020-03-31", agreement.EventFulfilled),
			ev(id(3), "2020-04-01", agreement.EventBreach),
		),
		researchAgreement(t, 2, []agreement.Commitment{
			researchCommitment(4, agreement.DutyPositive, "2020-06-01"),
			researchCommitment(5, agreement.DutyPositive, "2021-06-01"),
		},
			ev(id(4), "2020-06-11", agreement.EventFulfilled),
		),
		researchAgreement(t, 3, []agreement.Commitment{
			researchCommitment(6, agreement.DutyPositive, "2021-06-01"),
			researchCommitment(7, agreement.DutyNegative, "2021-02-01"),
		},
			ev(id(7), "2020-05-01", agreement.EventFulfilled),
		),
	}
}

func assertDistribution(t *testing.T, want, got research.Distribution, name string) {
	t.Helper()
	assert.Equal(t, want.N, got.N, name)
	assert.InDelta(t, want.Mean, got.Mean, 1e-9, "%s mean", name)
	assert.InDelta(t, want.P25, got.P25, 1e-9, "%s p25", name)
	assert.InDelta(t, want.Median, got.Median, 1e-9, "%s median", name)
	assert.InDelta(t, want.P75, got.P75, 1e-9, "%s p75", name)
	assert.InDelta(t, want.P90, got.P90, 1e-9, "%s p90", name)
}

func TestSummariseAgreements(t *testing.T) {
	at := day("2020-12-31")
	as := researchAgreements(t)
	r, err := research.SummariseAgreements(as, at, research.TableOptions{})
	require.NoError(t, err)
	assert.Equal(t, at, r.At)

	// Delays -10, 30 and 10 days; sorted -10, 10, 30. Type 7 quantiles of
	// three values: position (n-1)p between them.
	assertDistribution(t, research.Distribution{N: 3, Mean: 10, P25: 0, Median: 10, P75: 20, P90: 26}, r.Delay, "delay")
	// Compliance 2/3 and 1 (A3 has nothing due).
	assertDistribution(t, research.Distribution{N: 2, Mean: 5.0 / 6, P25: 0.75, Median: 5.0 / 6, P75: 11.0 / 12, P90: 29.0 / 30}, r.Compliance, "compliance")
	// Full: 2/3, 1/2, 1/2; sorted 1/2, 1/2, 2/3.
	assertDistribution(t, research.Distribution{N: 3, Mean: 5.0 / 9, P25: 0.5, Median: 0.5, P75: 7.0 / 12, P90: 19.0 / 30}, r.Implementation, "implementation")

	assert.Equal(t, researchAgreements(t), as, "SummariseAgreements does not modify its argument")
}

func TestSummariseAgreementsOverTime(t *testing.T) {
	as := researchAgreements(t)

	// Before anything is due or fulfilled, only A1's negative commitment is
	// due, and honoured.
	r, err := research.SummariseAgreements(as, day("2020-01-01"), research.TableOptions{})
	require.NoError(t, err)
	assert.Equal(t, research.Distribution{}, r.Delay)
	assert.Equal(t, research.Distribution{N: 1, Mean: 1, P25: 1, Median: 1, P75: 1, P90: 1}, r.Compliance)
	assert.Equal(t, research.Distribution{N: 3}, r.Implementation, "nothing full anywhere")

	// A reversal clears the fulfilment: no delay to count.
	as[1] = withEvents(t, as[1], ev(id(4), "2020-07-01", agreement.EventReversal))
	r, err = research.SummariseAgreements(as, day("2020-12-31"), research.TableOptions{})
	require.NoError(t, err)
	assertDistribution(t, research.Distribution{N: 2, Mean: 10, P25: 0, Median: 10, P75: 20, P90: 26}, r.Delay, "delay")
	assertDistribution(t, research.Distribution{N: 2, Mean: 1.0 / 3, P25: 1.0 / 6, Median: 1.0 / 3, P75: 0.5, P90: 0.6}, r.Compliance, "compliance")
}

func TestSummariseAgreementsEmpty(t *testing.T) {
	at := day("2020-12-31")
	for _, as := range [][]agreement.Agreement{nil, {}} {
		r, err := research.SummariseAgreements(as, at, research.TableOptions{})
		require.NoError(t, err)
		none := research.Estimate{Level: 0.95, TooSmall: true}
		assert.Equal(t, research.AgreementSummary{At: at, Options: research.TableOptions{Level: 0.95, MinCases: 10},
			PooledCompliance: none, PooledImplementation: none, Violations: []research.ViolationCount{}}, r, "no agreements: zero distributions, no rate")
	}
}

// Verified violations are counted per calendar year in which they occurred
// and per violation, across the agreements, as known at the moment.
func TestSummariseAgreementsViolations(t *testing.T) {
	a := researchAgreement(t, 1, []agreement.Commitment{researchCommitment(1, agreement.DutyPositive, "2020-06-01")})
	b := researchAgreement(t, 2, []agreement.Commitment{researchCommitment(2, agreement.DutyPositive, "2020-06-01")})
	var err error
	for _, x := range []struct {
		to *agreement.Agreement
		v  agreement.VerifiedViolation
	}{
		{&a, agreement.VerifiedViolation{Violation: actor.ViolationRecruitmentUse, Occurred: day("2020-03-01"), Verified: day("2020-04-01"), Children: 4, VerifiedBy: "x"}},
		{&a, agreement.VerifiedViolation{Violation: actor.ViolationAbduction, Occurred: day("2021-02-01"), Verified: day("2021-03-01"), VerifiedBy: "x"}},
		{&b, agreement.VerifiedViolation{Violation: actor.ViolationRecruitmentUse, Occurred: day("2020-11-01"), Verified: day("2021-01-10"), Children: 2, VerifiedBy: "x"}},
		{&b, agreement.VerifiedViolation{Violation: actor.ViolationRecruitmentUse, Occurred: day("2021-05-01"), Verified: day("2022-01-10"), VerifiedBy: "x"}},
	} {
		*x.to, err = agreement.AppendViolation(*x.to, x.v)
		require.NoError(t, err)
	}
	r, err := research.SummariseAgreements([]agreement.Agreement{a, b}, day("2021-12-31"), research.TableOptions{})
	require.NoError(t, err)
	assert.Equal(t, []research.ViolationCount{
		{Year: 2020, Violation: actor.ViolationRecruitmentUse, Verified: 2, Children: 6},
		{Year: 2021, Violation: actor.ViolationAbduction, Verified: 1},
	}, r.Violations, "the violation verified in 2022 is not yet known")
	assert.Contains(t, r.String(), "\n  - verified grave violations, 2020, recruitment or use of children in armed forces and armed groups: 2 verified (6 children stated)")
}

func TestSummariseAgreementsInvalid(t *testing.T) {
	as := researchAgreements(t)
	as[1].Commitments[0].Due = time.Time{}
	as[2].Title = ""
	as[2].Commitments[1].By = uuid.Nil
	r, err := research.SummariseAgreements(as, day("2020-12-31"), research.TableOptions{})
	assert.Equal(t, research.AgreementSummary{}, r)
	assert.Equal(t, []problem{
		{"[1].commitments[0].due", agreement.ReasonRequired},
		{"[2].title", agreement.ReasonRequired},
		{"[2].commitments[1].by", agreement.ReasonRequired},
	}, problems(t, err))
	assert.ErrorIs(t, err, &agreement.FieldError{Path: "[1].commitments[0].due", Reason: agreement.ReasonRequired})

	_, err = research.SummariseAgreements([]agreement.Agreement{{}}, day("2020-12-31"), research.TableOptions{})
	fes := fieldErrors(t, err)
	require.NotEmpty(t, fes)
	for _, fe := range fes {
		assert.Regexp(t, `^\[0\]\.`, fe.Path)
	}
}
