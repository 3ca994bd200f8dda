package redline_test

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
)

func TestTermValidate(t *testing.T) {
	type p = fieldProblem
	nan := redline.Num(math.NaN())
	for _, tt := range []struct {
		name string
		term redline.Term
		want []fieldProblem // every problem, in any order; none for a valid term
	}{
		{"minimal", redline.Term{Kind: redline.KindHostageTaking}, nil},
		{"full payment", redline.Term{ID: "clause 4.2", Kind: redline.KindPayment, By: redline.EntityAgency, Payer: redline.EntityAgency,
			Payee: redline.EntitySupplier, Purpose: redline.PurposeGoods, Amount: redline.Num(1200)}, nil},
		{"recruitment at the age limit", redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(redline.MaxAge)}, nil},
		{"zero age and count", redline.Term{Kind: redline.KindEvacuation, Count: redline.Num(0)}, nil},
		{"agency kind with extras", redline.Term{Kind: "cash_for_work", By: redline.EntityCommunity, Extra: map[string]redline.Value{
			"daily_rate": redline.NumberValue(12), "paid_in": redline.TextValue("cash"), "monitored": redline.FlagValue(true)}}, nil},
		{"longest ID", redline.Term{ID: strings.Repeat("x", redline.MaxIDLen), Kind: redline.KindAccess}, nil},

		{"blank kind", redline.Term{}, []p{{"kind", redline.ReasonRequired}}},
		{"kind in capitals", redline.Term{Kind: "Child_Recruitment"}, []p{{"kind", redline.ReasonInvalid}}},
		{"kind with a hyphen", redline.Term{Kind: "child-use"}, []p{{"kind", redline.ReasonInvalid}}},
		{"kind with a leading digit", redline.Term{Kind: "1st_kind"}, []p{{"kind", redline.ReasonInvalid}}},
		{"kind too long", redline.Term{Kind: redline.Kind("k" + strings.Repeat("a", redline.MaxWordLen))}, []p{{"kind", redline.ReasonInvalid}}},

		{"unknown party", redline.Term{Kind: redline.KindHostageTaking, By: redline.Entity(200)}, []p{{"by", redline.ReasonUnknown}}},
		{"unknown payment words", redline.Term{Kind: redline.KindPayment, Payer: redline.Entity(13), Payee: redline.Entity(200), Purpose: redline.Purpose(9)},
			[]p{{"payer", redline.ReasonUnknown}, {"payee", redline.ReasonUnknown}, {"purpose", redline.ReasonUnknown}}},
		{"unknown source", redline.Term{Kind: redline.KindFunding, Source: redline.Entity(99)}, []p{{"source", redline.ReasonUnknown}}},
		{"unknown provider", redline.Term{Kind: redline.KindArmedEscort, Provider: redline.Entity(99)}, []p{{"provider", redline.ReasonUnknown}}},
		{"unknown controller", redline.Term{Kind: redline.KindBeneficiarySelection, ControlledBy: redline.Entity(99)}, []p{{"controlled_by", redline.ReasonUnknown}}},
		{"unknown recipient", redline.Term{Kind: redline.KindInformationSharing, Recipient: redline.Entity(99)}, []p{{"recipient", redline.ReasonUnknown}}},
		{"unknown weapon and measure", redline.Term{Kind: redline.KindWeaponRestriction, Weapon: redline.Weapon(5), Measure: redline.Measure(7)},
			[]p{{"weapon", redline.ReasonUnknown}, {"measure", redline.ReasonUnknown}}},
		{"unknown flags", redline.Term{Kind: redline.KindEmblem, Display: redline.Flag(9)}, []p{{"display", redline.ReasonUnknown}}},
		{"unknown conditional", redline.Term{Kind: redline.KindAccess, Conditional: redline.Flag(3)}, []p{{"conditional", redline.ReasonUnknown}}},
		{"unknown private", redline.Term{Kind: redline.KindDetentionVisit, Private: redline.Flag(200)}, []p{{"private", redline.ReasonUnknown}}},
		{"unknown information", redline.Term{Kind: redline.KindInformationSharing, Information: redline.Information(5)}, []p{{"information", redline.ReasonUnknown}}},
		{"information on another kind", redline.Term{Kind: redline.KindAccess, Information: redline.InformationAggregate}, []p{{"information", redline.ReasonConflict}}},
		{"a full detention visit", redline.Term{Kind: redline.KindDetentionVisit, By: redline.EntityHostState, AllDetainees: redline.FlagYes,
			AllPlaces: redline.FlagYes, Private: redline.FlagYes, RepeatVisits: redline.FlagYes, Registration: redline.FlagYes}, nil},
		{"a full information sharing", redline.Term{Kind: redline.KindInformationSharing, Recipient: redline.EntityDonor, Information: redline.InformationIdentifying,
			SharingPurpose: redline.SharingPurposeReporting, Consent: redline.FlagNo}, nil},
		{"a full evacuation", redline.Term{Kind: redline.KindEvacuation, Count: redline.Num(250), Voluntary: redline.FlagYes, Temporary: redline.FlagYes}, nil},
		{"a public undertaking", redline.Term{Kind: redline.KindPublicStatements, By: redline.EntityAgency, Undertaking: redline.UndertakingSilence}, nil},
		{"a payment to a de facto authority", redline.Term{Kind: redline.KindPayment, Payee: redline.EntityDeFactoAuthority, Purpose: redline.PurposeTax}, nil},
		{"a toll to a host state at war", redline.Term{Kind: redline.KindPayment, Payee: redline.EntityHostState, Purpose: redline.PurposeToll, HostStateParty: redline.FlagYes}, nil},
		{"unknown detention conditions", redline.Term{Kind: redline.KindDetentionVisit, AllDetainees: redline.Flag(3), AllPlaces: redline.Flag(4),
			RepeatVisits: redline.Flag(5), Registration: redline.Flag(6)},
			[]p{{"all_detainees", redline.ReasonUnknown}, {"all_places", redline.ReasonUnknown}, {"repeat_visits", redline.ReasonUnknown}, {"registration", redline.ReasonUnknown}}},
		{"unknown purpose of sharing and consent", redline.Term{Kind: redline.KindInformationSharing, SharingPurpose: redline.SharingPurpose(6), Consent: redline.Flag(3)},
			[]p{{"sharing_purpose", redline.ReasonUnknown}, {"consent", redline.ReasonUnknown}}},
		{"unknown evacuation flags", redline.Term{Kind: redline.KindEvacuation, Voluntary: redline.Flag(3), Temporary: redline.Flag(9)},
			[]p{{"voluntary", redline.ReasonUnknown}, {"temporary", redline.ReasonUnknown}}},
		{"unknown undertaking", redline.Term{Kind: redline.KindPublicStatements, Undertaking: redline.Undertaking(4)}, []p{{"undertaking", redline.ReasonUnknown}}},
		{"unknown host state flag", redline.Term{Kind: redline.KindPayment, HostStateParty: redline.Flag(3)}, []p{{"host_state_party", redline.ReasonUnknown}}},
		{"new attributes on kinds they do not apply to", redline.Term{Kind: redline.KindAccess, AllDetainees: redline.FlagYes, AllPlaces: redline.FlagNo,
			RepeatVisits: redline.FlagYes, Registration: redline.FlagYes, HostStateParty: redline.FlagYes, SharingPurpose: redline.SharingPurposeProtection,
			Consent: redline.FlagYes, Voluntary: redline.FlagYes, Temporary: redline.FlagNo, Undertaking: redline.UndertakingLimits},
			[]p{{"all_detainees", redline.ReasonConflict}, {"all_places", redline.ReasonConflict}, {"repeat_visits", redline.ReasonConflict},
				{"registration", redline.ReasonConflict}, {"host_state_party", redline.ReasonConflict}, {"sharing_purpose", redline.ReasonConflict},
				{"consent", redline.ReasonConflict}, {"voluntary", redline.ReasonConflict}, {"temporary", redline.ReasonConflict}, {"undertaking", redline.ReasonConflict}}},
		{"consent on a payment", redline.Term{Kind: redline.KindPayment, Consent: redline.FlagYes}, []p{{"consent", redline.ReasonConflict}}},
		{"private on an evacuation", redline.Term{Kind: redline.KindEvacuation, Private: redline.FlagYes}, []p{{"private", redline.ReasonConflict}}},
		{"sharing purpose on a public statement", redline.Term{Kind: redline.KindPublicStatements, SharingPurpose: redline.SharingPurposePersuasion},
			[]p{{"sharing_purpose", redline.ReasonConflict}}},

		{"NaN min_age", redline.Term{Kind: redline.KindChildUse, MinAge: nan}, []p{{"min_age", redline.ReasonOutOfRange}}},
		{"infinite min_age", redline.Term{Kind: redline.KindChildUse, MinAge: redline.Num(math.Inf(1))}, []p{{"min_age", redline.ReasonOutOfRange}}},
		{"min_age above MaxAge", redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(redline.MaxAge + 0.5)}, []p{{"min_age", redline.ReasonOutOfRange}}},
		{"negative min_age", redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(-1)}, []p{{"min_age", redline.ReasonOutOfRange}}},
		{"negative count", redline.Term{Kind: redline.KindReleaseOfChildren, Count: redline.Num(-3)}, []p{{"count", redline.ReasonOutOfRange}}},
		{"infinite count", redline.Term{Kind: redline.KindEvacuation, Count: redline.Num(math.Inf(-1))}, []p{{"count", redline.ReasonOutOfRange}}},
		{"negative amount", redline.Term{Kind: redline.KindPayment, Amount: redline.Num(-0.01)}, []p{{"amount", redline.ReasonOutOfRange}}},
		{"NaN amount", redline.Term{Kind: redline.KindFunding, Amount: nan}, []p{{"amount", redline.ReasonOutOfRange}}},

		{"min_age on a payment", redline.Term{Kind: redline.KindPayment, MinAge: redline.Num(15)}, []p{{"min_age", redline.ReasonConflict}}},
		{"purpose on an escort", redline.Term{Kind: redline.KindArmedEscort, Purpose: redline.PurposeRansom}, []p{{"purpose", redline.ReasonConflict}}},
		{"display on access", redline.Term{Kind: redline.KindAccess, Display: redline.FlagYes}, []p{{"display", redline.ReasonConflict}}},
		{"count on an agency kind", redline.Term{Kind: "cash_for_work", Count: redline.Num(3)}, []p{{"count", redline.ReasonConflict}}},
		{"an invalid value that does not apply either", redline.Term{Kind: redline.KindChildUse, Payee: redline.Entity(200)},
			[]p{{"payee", redline.ReasonUnknown}, {"payee", redline.ReasonConflict}}},

		{"extra with a library name", redline.Term{Kind: redline.KindPayment, Extra: map[string]redline.Value{"amount": redline.NumberValue(3)}},
			[]p{{"extra.amount", redline.ReasonConflict}}},
		{"extra with a list", redline.Term{Kind: redline.KindPayment, Extra: map[string]redline.Value{"channels": redline.ListValue("cash")}},
			[]p{{"extra.channels", redline.ReasonType}}},
		{"extra with nothing", redline.Term{Kind: redline.KindPayment, Extra: map[string]redline.Value{"channel": {}}},
			[]p{{"extra.channel", redline.ReasonType}}},
		{"extra NaN", redline.Term{Kind: redline.KindPayment, Extra: map[string]redline.Value{"rate": redline.NumberValue(math.NaN())}},
			[]p{{"extra.rate", redline.ReasonOutOfRange}}},
		{"bad extra key", redline.Term{Kind: redline.KindPayment, Extra: map[string]redline.Value{"Daily Rate": redline.NumberValue(1)}},
			[]p{{"extra", redline.ReasonInvalid}}},
		{"empty extra key", redline.Term{Kind: redline.KindPayment, Extra: map[string]redline.Value{"": redline.NumberValue(1)}},
			[]p{{"extra", redline.ReasonInvalid}}},

		{"long ID", redline.Term{ID: strings.Repeat("x", redline.MaxIDLen+1), Kind: redline.KindAccess}, []p{{"id", redline.ReasonTooLarge}}},
		{"ID not UTF-8", redline.Term{ID: "clause \xff", Kind: redline.KindAccess}, []p{{"id", redline.ReasonInvalid}}},

		{"everything at once", redline.Term{ID: strings.Repeat("x", 200), Kind: redline.KindPayment, By: redline.Entity(77),
			MinAge: redline.Num(14), Amount: redline.Num(-5), Purpose: redline.Purpose(100),
			Extra: map[string]redline.Value{"payer": redline.TextValue("agency"), "tags": redline.ListValue()}},
			[]p{{"id", redline.ReasonTooLarge}, {"by", redline.ReasonUnknown}, {"purpose", redline.ReasonUnknown},
				{"amount", redline.ReasonOutOfRange}, {"min_age", redline.ReasonConflict},
				{"extra.payer", redline.ReasonConflict}, {"extra.tags", redline.ReasonType}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.term.Validate()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			got := fieldProblems(t, err)
			assert.ElementsMatch(t, tt.want, got)
			for _, w := range tt.want {
				assert.ErrorIs(t, err, &redline.FieldError{Reason: w.Reason, Path: w.Path})
			}
			for _, fe := range fieldErrors(t, err) {
				assert.Equal(t, "redline", fe.Pkg)
				assert.True(t, strings.HasPrefix(fe.Error(), "redline: "), fe.Error())
			}
		})
	}
}

// Validate reports the same problems a proposal decoded from JSON does, at
// the same paths under the term's index.
func TestDecodeTermsValidates(t *testing.T) {
	in := `[
	  {"kind": "child_recruitment", "min_age": 14},
	  {"kind": "payment", "min_age": 15, "amount": -1},
	  {"kind": "Bad Kind"}
	]`
	_, err := redline.DecodeTerms(strings.NewReader(in), redline.Limits{})
	assert.ElementsMatch(t, []fieldProblem{
		{"[1].min_age", redline.ReasonConflict},
		{"[1].amount", redline.ReasonOutOfRange},
		{"[2].kind", redline.ReasonInvalid},
	}, fieldProblems(t, err))

	terms, err := redline.DecodeTerms(strings.NewReader(`[{"kind":"emblem","display":false,"by":"Armed_Actor"}]`), redline.Limits{})
	require.NoError(t, err)
	assert.Equal(t, []redline.Term{{Kind: redline.KindEmblem, Display: redline.FlagNo, By: redline.EntityArmedActor}}, terms)

	for _, tt := range []struct {
		in     string
		path   string
		reason redline.Reason
	}{
		{`[{"kind":"payment","purpose":"bribe"}]`, "[0].purpose", redline.ReasonUnknown},
		{`[{"kind":"information_sharing","sharing_purpose":"curiosity"}]`, "[0].sharing_purpose", redline.ReasonUnknown},
		{`[{"kind":"information_sharing","consent":"maybe"}]`, "[0].consent", redline.ReasonType},
		{`[{"kind":"information_sharing","consent":"yes"}]`, "[0].consent", redline.ReasonType},
		{`[{"kind":"public_statements","undertaking":"discretion"}]`, "[0].undertaking", redline.ReasonUnknown},
		{`[{"kind":"information_sharing","information":"rumour"}]`, "[0].information", redline.ReasonUnknown},
		{`[{"kind":"payment","payee":"de_facto"}]`, "[0].payee", redline.ReasonUnknown},
		{`[{"kind":"evacuation","voluntary":1}]`, "[0].voluntary", redline.ReasonType},
		{`[{"kind":"detention_visit","all_detainees":"all"}]`, "[0].all_detainees", redline.ReasonType},
		{`[{"kind":"access","consent":true}]`, "[0].consent", redline.ReasonConflict},
		{`[{"kind":"payment","registration":false}]`, "[0].registration", redline.ReasonConflict},
		{`[{"kind":"payment","amount":"5"}]`, "[0].amount", redline.ReasonType},
		{`[{"kind":"payment","colour":"red"}]`, "[0].colour", redline.ReasonUnknown},
		{`[{"kind":"payment","kind":"funding"}]`, "[0].kind", redline.ReasonDuplicate},
		{`[{"kind":"emblem","display":"no"}]`, "[0].display", redline.ReasonType},
		{`[{"kind":"x","extra":{"a":null}}]`, "[0].extra.a", redline.ReasonType},
		{`{"kind":"payment"}`, "", redline.ReasonType},
		{`[`, "", redline.ReasonSyntax},
	} {
		_, err := redline.DecodeTerms(strings.NewReader(tt.in), redline.Limits{})
		assert.ErrorIs(t, err, &redline.FieldError{Reason: tt.reason, Path: tt.path}, "%s: %v", tt.in, err)
	}
	_, err = redline.DecodeTerms(strings.NewReader(`[{"kind":"access"},{"kind":"access"}]`), redline.Limits{MaxElements: 1})
	assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonTooLarge})
}

func TestKinds(t *testing.T) {
	assert.Equal(t, []redline.Kind{
		redline.KindChildRecruitment, redline.KindChildUse, redline.KindReleaseOfChildren, redline.KindReleaseOfHostages,
		redline.KindHostageTaking, redline.KindPayment, redline.KindFunding, redline.KindArmedEscort, redline.KindEmblem,
		redline.KindAccess, redline.KindDetentionVisit, redline.KindDetaineeTreatment, redline.KindWeaponRestriction,
		redline.KindEvacuation, redline.KindVacatingSchools, redline.KindRemovingCheckpoints, redline.KindHealthCareProtection,
		redline.KindBeneficiarySelection, redline.KindInformationToPopulation, redline.KindInformationSharing,
		redline.KindPublicStatements,
	}, redline.Kinds())
	for _, k := range redline.Kinds() {
		assert.True(t, redline.IsValidWord(string(k)), k)
		assert.NoError(t, redline.Term{Kind: k}.Validate(), k)
	}
	// Kinds returns a fresh slice.
	ks := redline.Kinds()
	ks[0] = "changed"
	assert.Equal(t, redline.KindChildRecruitment, redline.Kinds()[0])
}

func TestAttributes(t *testing.T) {
	by := redline.Attribute{Name: "by", Type: redline.AttrEntity}
	num := func(n string) redline.Attribute { return redline.Attribute{Name: n, Type: redline.AttrNumber} }
	party := func(n string) redline.Attribute { return redline.Attribute{Name: n, Type: redline.AttrEntity} }
	flag := func(n string) redline.Attribute { return redline.Attribute{Name: n, Type: redline.AttrFlag} }
	want := map[redline.Kind][]redline.Attribute{
		redline.KindChildRecruitment:        {by, num("min_age")},
		redline.KindChildUse:                {by, num("min_age")},
		redline.KindReleaseOfChildren:       {by, num("count")},
		redline.KindReleaseOfHostages:       {by, num("count")},
		redline.KindHostageTaking:           {by},
		redline.KindPayment:                 {by, party("payer"), party("payee"), {Name: "purpose", Type: redline.AttrPurpose}, num("amount"), flag("host_state_party")},
		redline.KindFunding:                 {by, party("source"), num("amount")},
		redline.KindArmedEscort:             {by, party("provider")},
		redline.KindEmblem:                  {by, flag("display")},
		redline.KindAccess:                  {by, flag("conditional")},
		redline.KindDetentionVisit:          {by, flag("all_detainees"), flag("all_places"), flag("private"), flag("repeat_visits"), flag("registration")},
		redline.KindDetaineeTreatment:       {by},
		redline.KindWeaponRestriction:       {by, {Name: "weapon", Type: redline.AttrWeapon}, {Name: "measure", Type: redline.AttrMeasure}},
		redline.KindEvacuation:              {by, num("count"), flag("voluntary"), flag("temporary")},
		redline.KindVacatingSchools:         {by},
		redline.KindRemovingCheckpoints:     {by},
		redline.KindHealthCareProtection:    {by},
		redline.KindBeneficiarySelection:    {by, party("controlled_by")},
		redline.KindInformationToPopulation: {by},
		redline.KindInformationSharing: {by, party("recipient"), {Name: "information", Type: redline.AttrInformation},
			{Name: "sharing_purpose", Type: redline.AttrSharingPurpose}, flag("consent")},
		redline.KindPublicStatements: {by, {Name: "undertaking", Type: redline.AttrUndertaking}},
	}
	require.Len(t, want, len(redline.Kinds()))
	for _, k := range redline.Kinds() {
		assert.Equal(t, want[k], redline.Attributes(k), k)
	}
	assert.Nil(t, redline.Attributes("cash_for_work"))
	assert.Nil(t, redline.Attributes(""))

	// Attributes returns a fresh slice.
	as := redline.Attributes(redline.KindPayment)
	as[0].Name = "changed"
	assert.Equal(t, "by", redline.Attributes(redline.KindPayment)[0].Name)
}

func TestIsValidWord(t *testing.T) {
	for _, tt := range []struct {
		s  string
		ok bool
	}{
		{"a", true},
		{"cash_for_work", true},
		{"k2", true},
		{"a_", true},
		{strings.Repeat("a", redline.MaxWordLen), true},
		{strings.Repeat("a", redline.MaxWordLen+1), false},
		{"", false},
		{"_a", false},
		{"2a", false},
		{"Cash", false},
		{"cash-for-work", false},
		{"cash for work", false},
		{"café", false},
	} {
		assert.Equal(t, tt.ok, redline.IsValidWord(tt.s), "%q", tt.s)
	}
}

func TestEncodeTermsRefusesInvalidTerms(t *testing.T) {
	var buf strings.Builder
	err := redline.EncodeTerms(&buf, []redline.Term{
		{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(16)},
		{Kind: redline.KindChildRecruitment, MinAge: redline.Num(math.Inf(1))},
	})
	assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonOutOfRange, Path: "[1].min_age"})
	assert.Zero(t, buf.Len(), "nothing is written")
	require.NoError(t, redline.EncodeTerms(&buf, nil))
	assert.Equal(t, "[]\n", buf.String())
}

// IsZero sees every field of Term: setting any one of them, even to a
// stated zero, makes the term non-zero. A field added to Term without
// IsZero seeing it fails here, as does one of a type this test cannot set.
func TestTermIsZero(t *testing.T) {
	assert.True(t, redline.Term{}.IsZero())
	assert.True(t, redline.Term{Extra: map[string]redline.Value{}}.IsZero(), "an empty Extra states nothing")
	assert.False(t, (&redline.Term{Count: redline.Num(0)}).IsZero(), "a count of 0 is stated")

	typ := reflect.TypeOf(redline.Term{})
	require.Positive(t, typ.NumField())
	for i := range typ.NumField() {
		field := typ.Field(i)
		t.Run(field.Name, func(t *testing.T) {
			var term redline.Term
			v := reflect.ValueOf(&term).Elem().Field(i)
			require.True(t, field.IsExported(), "Term's fields are exported, for encoding/json")
			require.True(t, setNonZero(v), "this test cannot set a %s: teach setNonZero, and make sure IsZero sees %s", field.Type, field.Name)
			require.False(t, v.IsZero(), "setNonZero left %s zero", field.Name)
			assert.False(t, term.IsZero(), "IsZero does not see %s", field.Name)
		})
	}
}

// setNonZero sets v to a value other than its zero value: a stated 0 for a
// Number, 1 for a number, a one-entry map; it reports false for a type it
// does not know.
func setNonZero(v reflect.Value) bool {
	switch {
	case v.Type() == reflect.TypeOf(redline.Number{}):
		v.Set(reflect.ValueOf(redline.Num(0)))
	case v.Kind() == reflect.String:
		v.SetString("x")
	case v.CanUint():
		v.SetUint(1)
	case v.CanInt():
		v.SetInt(1)
	case v.CanFloat():
		v.SetFloat(1)
	case v.Kind() == reflect.Bool:
		v.SetBool(true)
	case v.Kind() == reflect.Map && v.Type().Key().Kind() == reflect.String:
		m := reflect.MakeMap(v.Type())
		m.SetMapIndex(reflect.ValueOf("x").Convert(v.Type().Key()), reflect.Zero(v.Type().Elem()))
		v.Set(m)
	case v.Kind() == reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
	default:
		return false
	}
	return true
}
