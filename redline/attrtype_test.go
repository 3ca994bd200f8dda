package redline

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every attribute type has a complete row in attrTypeTable: a type added
// without one, or with a column missing, fails here rather than at the
// first check that needs it.
func TestAttrTypeTable(t *testing.T) {
	require.Len(t, attrTypeTable, int(AttrUndertaking)+1, "one row per attribute type")
	zero := attrTypeOf(AttrUnspecified)
	assert.Empty(t, zero.name, "the row of the zero type is empty")
	assert.Nil(t, zero.operand, "the row of the zero type is empty")
	assert.Equal(t, compareNone, zero.compareExtra, "an agency cannot declare an attribute of no type")
	assert.Same(t, &attrTypeTable[AttrUnspecified], attrTypeOf(AttrType(200)), "an invalid type has the empty row")

	enumerations := map[AttrType]uint8{
		AttrEntity:         uint8(EntityDeFactoAuthority),
		AttrPurpose:        uint8(PurposeOther),
		AttrWeapon:         uint8(WeaponOther),
		AttrMeasure:        uint8(MeasureBan),
		AttrInformation:    uint8(InformationOwnConduct),
		AttrSharingPurpose: uint8(SharingPurposeOther),
		AttrUndertaking:    uint8(UndertakingNoLimits),
	}
	agency := map[AttrType]bool{AttrNumber: true, AttrText: true, AttrFlag: true}
	for typ := AttrNumber; int(typ) < len(attrTypeTable); typ++ {
		t.Run(typ.String(), func(t *testing.T) {
			row := attrTypeOf(typ)
			assert.NotEmpty(t, row.name)
			assert.NotEmpty(t, row.label)
			assert.NotNil(t, row.operand, "operand")
			assert.NotNil(t, row.implies, "implies")
			assert.Equal(t, agency[typ], row.compareExtra != compareNone, "an agency may declare it")
			assert.NotZero(t, row.holds, "holds")
			if typ != AttrText { // the library has no text attribute
				assert.NotEqual(t, compareNone, row.compare, "compare")
			}
			if row.max > 0 {
				assert.NotNil(t, row.wire, "wire")
			}
			max, isEnum := enumerations[typ]
			assert.Equal(t, isEnum, row.parse != nil, "parse")
			if !isEnum {
				return
			}
			assert.Equal(t, max, row.max, "the last value of the enumeration")
			for v := uint8(1); v <= row.max; v++ {
				w := row.wire(v)
				got, err := row.parse(w)
				require.NoError(t, err)
				assert.Equal(t, v, got, "%s parses back", w)
				assert.NotEmpty(t, row.labelOf(v))
			}
			_, err := row.parse("no_such_word")
			assert.Error(t, err)
		})
	}
}

// Each of the library's attributes has a type with a row, and the Term
// accessors read it: a number attribute as a number, any other as a word.
func TestTermAccessors(t *testing.T) {
	full := Term{
		By: EntityArmedActor, MinAge: Num(1), Count: Num(2), Amount: Num(3),
		Purpose: PurposeRansom, Payer: EntityAgency, Payee: EntityDonor, Source: EntitySupplier,
		Provider: EntityCommunity, ControlledBy: EntityHostState, Recipient: EntityThirdParty,
		Information: InformationAggregate, Weapon: WeaponClusterMunitions, Measure: MeasureBan,
		Display: FlagYes, Conditional: FlagNo,
		AllDetainees: FlagYes, AllPlaces: FlagNo, Private: FlagYes, RepeatVisits: FlagNo, Registration: FlagYes,
		HostStateParty: FlagYes, SharingPurpose: SharingPurposeProtection, Consent: FlagNo,
		Voluntary: FlagYes, Temporary: FlagNo, Undertaking: UndertakingSilence,
	}
	for a := attrBy; a < numAttrs; a++ {
		info := attrInfo[a]
		t.Run(info.name, func(t *testing.T) {
			require.True(t, info.typ.IsValid())
			assert.True(t, full.stated(a))
			assert.False(t, (&Term{}).stated(a))
			if info.typ == AttrNumber {
				assert.True(t, full.number(a).IsSet())
				assert.Zero(t, full.word(a))
			} else {
				assert.False(t, full.number(a).IsSet())
				assert.NotZero(t, full.word(a))
				assert.LessOrEqual(t, full.word(a), attrTypeOf(info.typ).max)
			}
		})
	}
}
