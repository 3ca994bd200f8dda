package agreement_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/checktest"
	"github.com/humanitarian-negotiation/protection/risk"
)

// fieldErrors returns the field errors inside err, in order, and fails t for
// anything else inside it (checktest.FieldErrors).
func fieldErrors(t testing.TB, err error) []*agreement.FieldError {
	t.Helper()
	return checktest.FieldErrors(t, "agreement", err)
}

// problem is the path and reason of one expected FieldError.
type problem struct {
	Path   string
	Reason agreement.Reason
}

// problems lists the path and reason of every field error in err, in order.
func problems(t testing.TB, err error) []problem {
	t.Helper()
	var out []problem
	for _, fe := range fieldErrors(t, err) {
		out = append(out, problem{fe.Path, fe.Reason})
	}
	return out
}

// Parties, phases and commitments of base().
var (
	pArmed  = id(1)
	pAgency = id(2)
	pHost   = id(4)
	cFirst  = id(11)
	cSecond = id(12)
)

// base is a small valid written record: the armed actor and the agency, two
// commitments (a positive one by the armed actor, a negative one by the
// agency), signed, no events yet.
func base() agreement.Agreement {
	return agreement.Agreement{
		ID: id(900), Title: "Written record of agreed terms", Actor: id(901),
		Instrument: agreement.Instrument{Kind: agreement.InstrumentWrittenRecord},
		Signed:     day("2020-01-15"),
		Parties: []agreement.Party{
			{ID: pArmed, Role: agreement.RoleArmedActor, Name: "armed group", Actor: id(901)},
			{ID: pAgency, Role: agreement.RoleAgency, Name: "agency"},
		},
		Commitments: []agreement.Commitment{
			{ID: cFirst, Text: "mark the mined fields", By: pArmed, Due: day("2020-06-01"), Risk: risk.ExplosiveOrdnance,
				Theme: agreement.ThemeMines, Obligation: agreement.DutyPositive, Verification: agreement.VerificationThirdPartyReport},
			{ID: cSecond, Text: "share no information with the other side", By: pAgency, Due: day("2020-01-15"), Risk: risk.AttacksOnCivilians,
				Obligation: agreement.DutyNegative, Verification: agreement.VerificationSelfReport},
		},
	}
}

// actionPlan is a small valid Action Plan with the armed actor as the
// listed party and one activity commitment.
func actionPlan() agreement.Agreement {
	a := base()
	a.Instrument = agreement.Instrument{Kind: agreement.InstrumentActionPlan, ListedParty: pArmed,
		Violations: []actor.Violation{actor.ViolationRecruitmentUse}}
	a.Parties = append(a.Parties, agreement.Party{ID: id(3), Role: agreement.RoleUnitedNations, Name: "country task force"})
	a.Commitments[0].Activity = agreement.ActivityReleaseOfChildren
	for i := range a.Commitments {
		a.Commitments[i].Violation = actor.ViolationRecruitmentUse
	}
	return a
}

// listedFor is a CAAC annex designation listing the party for each
// violation since the year given after it: listedFor(v1, 2003, v2, 2010).
func listedFor(pairs ...any) actor.Designation {
	d := actor.Designation{Kind: actor.DesignationCAAC}
	for i := 0; i < len(pairs); i += 2 {
		d.Listings = append(d.Listings, actor.Listing{Violation: pairs[i].(actor.Violation), Since: pairs[i+1].(int)})
	}
	return d
}

// listingOf lists the party of a's Action Plan for every violation the
// plan addresses, each since the year it became a listing trigger; it is the
// zero designation for other instruments.
func listingOf(a agreement.Agreement) actor.Designation {
	if a.Instrument.Kind != agreement.InstrumentActionPlan {
		return actor.Designation{}
	}
	d := actor.Designation{Kind: actor.DesignationCAAC}
	for _, v := range a.Instrument.Violations {
		d.Listings = append(d.Listings, actor.Listing{Violation: v, Since: v.FirstReport()})
	}
	return d
}

// withEvents returns a with the events appended one by one, failing t on
// any error.
func withEvents(t testing.TB, a agreement.Agreement, events ...agreement.Event) agreement.Agreement {
	t.Helper()
	for _, e := range events {
		var err error
		a, err = agreement.Append(a, e)
		require.NoError(t, err, "%v", e)
	}
	return a
}

// ev is an event of kind k on commitment c at date d.
func ev(c uuid.UUID, d string, k agreement.EventKind) agreement.Event {
	return agreement.Event{Commitment: c, At: day(d), Kind: k}
}

// days is n days as a duration.
func days(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }

var errDisk = errors.New("disk on fire")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errDisk }
