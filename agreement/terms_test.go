package agreement_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/redline"
)

func TestProposal(t *testing.T) {
	a := mfdcDemining()
	p := a.Proposal()
	clearance := redline.Term{Kind: redline.KindWeaponRestriction, By: redline.EntityArmedActor, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureClearance}
	want := []redline.Term{clearance, {Kind: redline.KindInformationToPopulation, By: redline.EntityArmedActor}, clearance}
	want[0].ID = id(201).String()
	want[1].ID = id(202).String()
	want[2].ID = id(204).String()
	assert.Equal(t, want, p, "in the order of the commitments, each term named by its commitment")

	unchecked := a.Unchecked()
	require.Len(t, unchecked, 1)
	assert.Equal(t, a.Commitments[2], unchecked[0], "the commitment without a term")
	assert.Equal(t, mfdcDemining(), a, "Proposal and Unchecked do not modify the agreement")
}

func TestProposalKeepsTermIDs(t *testing.T) {
	a := base()
	a.Commitments[0].Term = redline.Term{ID: "clause 4.2", Kind: redline.KindEmblem, Display: redline.FlagNo}
	a.Commitments[1].Term = redline.Term{Kind: redline.KindInformationSharing, By: redline.EntityAgency, Recipient: redline.EntityHostState}
	require.NoError(t, a.Validate())
	p := a.Proposal()
	require.Len(t, p, 2)
	assert.Equal(t, "clause 4.2", p[0].ID)
	assert.Equal(t, cSecond.String(), p[1].ID)
	assert.Equal(t, redline.EntityHostState, p[1].Recipient)
	assert.Empty(t, a.Unchecked())
	assert.Empty(t, a.Commitments[1].Term.ID, "the default ID is not written back")
}

func TestProposalCopiesExtra(t *testing.T) {
	a := base()
	a.Commitments[0].Term = redline.Term{Kind: "cash_for_work", Extra: map[string]redline.Value{
		"daily_rate": redline.NumberValue(15), "paid_in": redline.TextValue("cash")}}
	p := a.Proposal()
	require.Len(t, p, 1)
	assert.Equal(t, a.Commitments[0].Term.Extra, p[0].Extra)

	p[0].Extra["daily_rate"] = redline.NumberValue(99)
	p[0].Extra["added"] = redline.FlagValue(true)
	delete(p[0].Extra, "paid_in")
	p[0].Kind = "changed"
	assert.Equal(t, map[string]redline.Value{"daily_rate": redline.NumberValue(15), "paid_in": redline.TextValue("cash")},
		a.Commitments[0].Term.Extra, "changing the proposal does not change the agreement")
	assert.Equal(t, redline.Kind("cash_for_work"), a.Commitments[0].Term.Kind)

	again := a.Proposal()
	assert.Equal(t, redline.NumberValue(15), again[0].Extra["daily_rate"])
	again[0].Extra["x"] = redline.NumberValue(1)
	assert.NotContains(t, p[0].Extra, "x", "each proposal has its own maps")
}

func TestProposalWithoutTerms(t *testing.T) {
	a := base()
	assert.Nil(t, a.Proposal())
	assert.Equal(t, a.Commitments, a.Unchecked())
	assert.Nil(t, agreement.Agreement{}.Proposal())
	assert.Nil(t, agreement.Agreement{}.Unchecked())
}

func TestProposalAgainstBaseline(t *testing.T) {
	k := redline.MustCompile(redline.Baseline())
	a := base()
	a.Commitments[0].Term = redline.Term{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(14)}
	require.NoError(t, a.Validate(), "a term under 15 is a valid term: the policy judges it")

	r := k.Check(a.Proposal())
	assert.Equal(t, redline.VerdictUnacceptable, r.Verdict, "recruitment under 15 is an absolute red line")
	assert.Equal(t, 1, r.Terms)
	require.NotEmpty(t, r.Findings)
	assert.Equal(t, "child-recruitment-under-15", r.Findings[0].Rule)
	assert.Equal(t, cFirst.String(), r.Findings[0].TermID, "findings name the commitment")
	assert.Equal(t, 0, r.Findings[0].Term)

	a.Commitments[0].Term.MinAge = redline.Num(15)
	r = k.Check(a.Proposal())
	assert.NotEqual(t, redline.VerdictUnacceptable, r.Verdict, "15 is not under 15")
	a.Commitments[0].Term.MinAge = redline.Num(18)
	assert.Equal(t, redline.VerdictAcceptable, k.Check(a.Proposal()).Verdict)
}
