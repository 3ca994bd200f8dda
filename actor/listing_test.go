package actor_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
)

func year(y int) time.Time { return time.Date(y, time.June, 1, 0, 0, 0, 0, time.UTC) }

// listed is a party listed for recruitment and use since 2003 (section B)
// and for sexual violence since 2010 (no section stated).
func listed() actor.Designation {
	return actor.Designation{Kind: actor.DesignationCAAC, Listings: []actor.Listing{
		{Violation: actor.ViolationSexualViolence, Since: 2010},
		{Violation: actor.ViolationRecruitmentUse, Since: 2003, Section: actor.AnnexSectionB},
	}}
}

func TestListingPersistent(t *testing.T) {
	l := actor.Listing{Violation: actor.ViolationRecruitmentUse, Since: 2003}
	tests := []struct {
		at   int
		want bool
	}{
		{2003, false}, // first listed this year
		{2007, false}, // four years
		{2008, true},  // five years: a persistent perpetrator
		{2017, true},
	}
	for _, tt := range tests {
		got, err := l.Persistent(year(tt.at))
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "listed since 2003, at %d", tt.at)
	}

	_, err := l.Persistent(year(2002))
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonOutOfRange, Path: "since"}, "a listing after the moment of assessment")
	_, err = l.Persistent(time.Time{})
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonRequired, Path: "at"})
}

func TestDesignationListings(t *testing.T) {
	d := listed()
	assert.Equal(t, []actor.Violation{actor.ViolationRecruitmentUse, actor.ViolationSexualViolence}, d.ListedFor(),
		"in the fixed order of the violations, not the order of the listings")

	l, ok := d.Listing(actor.ViolationRecruitmentUse)
	require.True(t, ok)
	assert.Equal(t, actor.Listing{Violation: actor.ViolationRecruitmentUse, Since: 2003, Section: actor.AnnexSectionB}, l)
	_, ok = d.Listing(actor.ViolationAbduction)
	assert.False(t, ok)

	got, err := d.PersistentFor(year(2012))
	require.NoError(t, err)
	assert.Equal(t, []actor.Violation{actor.ViolationRecruitmentUse}, got, "sexual violence: two years only")
	got, err = d.PersistentFor(year(2015))
	require.NoError(t, err)
	assert.Equal(t, []actor.Violation{actor.ViolationRecruitmentUse, actor.ViolationSexualViolence}, got)
	only := actor.Designation{Kind: actor.DesignationCAAC, Listings: d.Listings[1:]}
	got, err = only.PersistentFor(year(2004))
	require.NoError(t, err)
	assert.Empty(t, got)

	_, err = d.PersistentFor(year(2009))
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonOutOfRange, Path: "listings[0].since"},
		"listed for sexual violence in 2010, assessed in 2009")
	_, err = d.PersistentFor(time.Time{})
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonRequired, Path: "at"})

	assert.Empty(t, actor.Designation{Kind: actor.DesignationUNSanctions}.ListedFor())
}

func TestActorCAAC(t *testing.T) {
	a := minimal()
	_, ok := a.CAAC()
	assert.False(t, ok)
	a.Designations = []actor.Designation{{Kind: actor.DesignationUNSanctions}, listed()}
	d, ok := a.CAAC()
	require.True(t, ok)
	assert.Equal(t, listed(), d)
	require.NoError(t, a.Validate())
}

func TestDesignationValidate(t *testing.T) {
	require.NoError(t, listed().Validate())
	d := listed()
	d.Listings = append(d.Listings, actor.Listing{Violation: actor.ViolationDenialOfAccess, Since: 2012, Section: actor.AnnexSection(7)})
	err := d.Validate()
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonInvalid, Path: "listings[2].violation"})
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonUnknown, Path: "listings[2].section"})
	assert.ErrorIs(t, actor.Designation{}.Validate(), &actor.FieldError{Reason: actor.ReasonRequired, Path: "kind"})
}
