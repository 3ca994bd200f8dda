package actor_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
)

// listed is a party listed for recruitment and use since 2003 (section B)
// and for sexual violence since 2010 (no section stated).
func listed() actor.Designation {
	return actor.Designation{Kind: actor.DesignationCAAC, Listings: []actor.Listing{
		{Violation: actor.ViolationSexualViolence, Since: 2010},
		{Violation: actor.ViolationRecruitmentUse, Since: 2003, Section: actor.AnnexSectionB},
	}}
}

// A persistent perpetrator is a party in the annexes, for any trigger, for
// five years or more: the annexes mark the party, not one violation.
func TestDesignationPersistent(t *testing.T) {
	d := listed() // since 2003 for recruitment and use, 2010 for sexual violence
	assert.Equal(t, 2003, d.Since())
	for _, tt := range []struct {
		report int
		want   bool
	}{
		{2003, false}, // first listed in this report
		{2007, false}, // four years
		{2008, true},  // five years: a persistent perpetrator
		{2012, true},  // for the party, though sexual violence is listed two years only
	} {
		got, err := d.Persistent(tt.report)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "in the annexes since 2003, the %d report", tt.report)
	}
	_, err := d.Persistent(2002)
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonOutOfRange, Path: "report"}, "a report before the party was listed")
	_, err = d.Persistent(0)
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonRequired, Path: "report"})
	_, err = actor.Designation{Kind: actor.DesignationCAAC}.Persistent(2010)
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonRequired, Path: "listings"})

	d.Report = 2012
	assert.Equal(t, "listing in the annexes on children and armed conflict (as of the 2012 report, in the annexes since 2003: a persistent perpetrator): "+
		"listed for rape or other grave sexual violence against children since 2010; listed for recruitment or use of children in armed forces and armed groups since 2003, section B (measures in place to protect children)",
		d.String())
}

// Listings carry only dates the annexes can have: a first-listing year no
// earlier than the first report that could list for the trigger, and a
// section only in a report from 2017.
func TestListingDates(t *testing.T) {
	for _, tt := range []struct {
		name string
		d    actor.Designation
		want []string // paths in error
	}{
		{"abduction from the 2016 report", annexes(0, actor.Listing{Violation: actor.ViolationAbduction, Since: 2016}), nil},
		{"abduction in 2015: res. 2225 came after that report", annexes(0, actor.Listing{Violation: actor.ViolationAbduction, Since: 2015}), []string{"listings[0].since"}},
		{"recruitment from the 2002 report", annexes(0, actor.Listing{Violation: actor.ViolationRecruitmentUse, Since: 2002}), nil},
		{"recruitment in 2001", annexes(0, actor.Listing{Violation: actor.ViolationRecruitmentUse, Since: 2001}), []string{"listings[0].since"}},
		{"killing and maiming in 2009", annexes(0, actor.Listing{Violation: actor.ViolationKillingMaiming, Since: 2009}), []string{"listings[0].since"}},
		{"sexual violence from 2010", annexes(0, actor.Listing{Violation: actor.ViolationSexualViolence, Since: 2010}), nil},
		{"attacks on schools in 2011", annexes(0, actor.Listing{Violation: actor.ViolationAttacksSchools, Since: 2011}), []string{"listings[0].since"}},
		{"attacks on schools from 2012", annexes(0, actor.Listing{Violation: actor.ViolationAttacksSchools, Since: 2012}), nil},
		{"a section in the 2016 report", annexes(2016, actor.Listing{Violation: actor.ViolationRecruitmentUse, Since: 2003, Section: actor.AnnexSectionB}), []string{"listings[0].section"}},
		{"a section in the 2017 report", annexes(2017, actor.Listing{Violation: actor.ViolationRecruitmentUse, Since: 2003, Section: actor.AnnexSectionB}), nil},
		{"a report before the first listing", annexes(2002, actor.Listing{Violation: actor.ViolationRecruitmentUse, Since: 2003}), []string{"report"}},
		{"a report on another designation", actor.Designation{Kind: actor.DesignationUNSanctions, Report: 2017}, []string{"report"}},
	} {
		var got []string
		for _, fe := range fieldErrors(t, tt.d.Validate()) {
			got = append(got, fe.Path)
		}
		assert.Equal(t, tt.want, got, tt.name)
	}
	assert.Equal(t, []int{2002, 2010, 2010, 2012, 2016, 0}, []int{actor.ViolationRecruitmentUse.FirstReport(), actor.ViolationKillingMaiming.FirstReport(),
		actor.ViolationSexualViolence.FirstReport(), actor.ViolationAttacksSchools.FirstReport(), actor.ViolationAbduction.FirstReport(), actor.ViolationDenialOfAccess.FirstReport()})
}

// annexes is a CAAC annex designation taken from the report of the given year
// (0: not stated).
func annexes(report int, ls ...actor.Listing) actor.Designation {
	return actor.Designation{Kind: actor.DesignationCAAC, Report: report, Listings: ls}
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
