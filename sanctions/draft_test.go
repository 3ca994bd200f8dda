package sanctions_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

// An agreement's draft is screened with its armed actor's designations.
func TestScreenAgreementDraft(t *testing.T) {
	groupID, agencyID := uuid.MustParse("00000000-0000-4000-8000-000000000001"), uuid.MustParse("00000000-0000-4000-8000-000000000002")
	group := actor.Actor{ID: groupID, Name: "armed group", Kind: actor.KindArmedOpposition, Designations: []actor.Designation{listed1267}}
	draft := agreement.Agreement{
		ID: uuid.MustParse("00000000-0000-4000-8000-000000000003"), Title: "Written record of agreed terms", Actor: groupID,
		Instrument: agreement.Instrument{Kind: agreement.InstrumentWrittenRecord},
		Parties:    []agreement.Party{{ID: groupID, Role: agreement.RoleArmedActor, Name: "armed group", Actor: groupID}, {ID: agencyID, Role: agreement.RoleAgency, Name: "agency"}},
		Commitments: []agreement.Commitment{
			{ID: uuid.MustParse("00000000-0000-4000-8000-000000000004"), Text: "pay the toll at the bridge", By: agencyID,
				Term: redline.Term{ID: "clause 2", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeToll}},
			{ID: uuid.MustParse("00000000-0000-4000-8000-000000000005"), Text: "pay the import duty on the medicines", By: agencyID,
				Term: redline.Term{ID: "clause 3", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityHostState, Purpose: redline.PurposeTax}},
		},
	}
	cp := sanctions.ArmedActor(group)
	r := screen(t, draft.Proposal(), []sanctions.Counterpart{cp, {Entity: redline.EntityHostState}}, planNGO, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
	require.Len(t, r.Findings, 2)
	assert.Equal(t, "clause 2", r.Findings[0].TermID)
	assert.Equal(t, "un-2761", r.Findings[0].Exemption)
	assert.Equal(t, sanctions.VerdictNoDesignation, r.Findings[1].Verdict)

	cp.Designations[0].Regime = "changed"
	assert.Equal(t, "1267", group.Designations[0].Regime, "ArmedActor copies the designations")
}
