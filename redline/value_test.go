package redline_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
)

func TestNumber(t *testing.T) {
	for _, tt := range []struct {
		name string
		n    redline.Number
		v    float64
		set  bool
		str  string
		json string
	}{
		{"unstated", redline.Number{}, 0, false, "unspecified", "null"},
		{"zero is stated", redline.Num(0), 0, true, "0", "0"},
		{"whole", redline.Num(14), 14, true, "14", "14"},
		{"fraction", redline.Num(14.5), 14.5, true, "14.5", "14.5"},
		{"negative", redline.Num(-3), -3, true, "-3", "-3"},
		{"large", redline.Num(1e21), 1e21, true, "1e+21", "1e+21"},
		{"small", redline.Num(0.1), 0.1, true, "0.1", "0.1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := tt.n.Get()
			assert.Equal(t, tt.v, v)
			assert.Equal(t, tt.set, ok)
			assert.Equal(t, tt.set, tt.n.IsSet())
			assert.Equal(t, !tt.set, tt.n.IsZero())
			assert.Equal(t, tt.str, tt.n.String())

			b, err := json.Marshal(tt.n)
			require.NoError(t, err)
			assert.Equal(t, tt.json, string(b))

			got := redline.Num(99) // decoding overwrites
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, tt.n, got)
		})
	}

	// Numbers are comparable values.
	assert.True(t, redline.Num(14) == redline.Num(14))
	assert.False(t, redline.Num(0) == redline.Number{}, "a stated 0 is not an unstated number")

	t.Run("NaN and infinities cannot be encoded", func(t *testing.T) {
		for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
			n := redline.Num(v)
			assert.True(t, n.IsSet())
			got, ok := n.Get()
			assert.True(t, ok)
			if math.IsNaN(v) {
				assert.True(t, math.IsNaN(got))
			} else {
				assert.Equal(t, v, got)
			}
			b, err := n.MarshalJSON()
			assert.Nil(t, b)
			assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonOutOfRange}, "%v", v)
			_, err = json.Marshal(n)
			assert.Error(t, err)
		}
		assert.Equal(t, "NaN", redline.Num(math.NaN()).String())
		assert.Equal(t, "+Inf", redline.Num(math.Inf(1)).String())
	})

	t.Run("decoding", func(t *testing.T) {
		for _, tt := range []struct {
			in   string
			want redline.Number
		}{
			{"15", redline.Num(15)},
			{" 15 ", redline.Num(15)},
			{"-0.5", redline.Num(-0.5)},
			{"1e2", redline.Num(100)},
			{"1E-2", redline.Num(0.01)},
			{"null", redline.Number{}},
		} {
			got := redline.Num(7)
			require.NoError(t, got.UnmarshalJSON([]byte(tt.in)), tt.in)
			assert.Equal(t, tt.want, got, tt.in)
		}
		for _, tt := range []struct {
			in     string
			reason redline.Reason
		}{
			{`"15"`, redline.ReasonType},
			{`true`, redline.ReasonType},
			{`false`, redline.ReasonType},
			{`{}`, redline.ReasonType},
			{`[15]`, redline.ReasonType},
			{``, redline.ReasonType},
			{`NaN`, redline.ReasonType},
			{`Infinity`, redline.ReasonType},
			{`1e400`, redline.ReasonOutOfRange},
			{`-1e400`, redline.ReasonOutOfRange},
		} {
			got := redline.Num(7)
			err := got.UnmarshalJSON([]byte(tt.in))
			assert.ErrorIs(t, err, &redline.FieldError{Reason: tt.reason}, "%q: %v", tt.in, err)
			assert.Equal(t, redline.Num(7), got, "a failed decode leaves the number alone (%q)", tt.in)
		}
		var term redline.Term
		err := json.Unmarshal([]byte(`{"kind":"child_use","min_age":"15"}`), &term)
		assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonType})
	})

	t.Run("omitted when unstated", func(t *testing.T) {
		b, err := json.Marshal(redline.Term{Kind: redline.KindChildUse})
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"child_use"}`, string(b))
		b, err = json.Marshal(redline.Term{Kind: redline.KindChildUse, MinAge: redline.Num(0)})
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"child_use","min_age":0}`, string(b), "a stated 0 is written")
	})
}

// Number.UnmarshalJSON documents that it decodes a JSON number or null, and
// the package that NaN and infinities can never be read. Called directly (as
// any json.Unmarshaler may be), it accepts what is not JSON at all.
func TestNumberUnmarshalJSONRejectsNonJSON(t *testing.T) {
	for _, in := range []string{"-Inf", "-infinity", "0x1p4", "-0x1p-2", "1_0"} {
		n := redline.Num(7)
		err := n.UnmarshalJSON([]byte(in))
		assert.Error(t, err, "Number.UnmarshalJSON(%q) gave %v", in, n)

		var v redline.Value
		err = v.UnmarshalJSON([]byte(in))
		assert.Error(t, err, "Value.UnmarshalJSON(%q) gave %v", in, v)
	}
}

func TestValueAccessors(t *testing.T) {
	type want struct {
		num          float64
		isNum        bool
		text         string
		isText       bool
		flag, isFlag bool
		list         []string
		isList       bool
		zero         bool
		str          string
	}
	for _, tt := range []struct {
		name string
		v    redline.Value
		want want
	}{
		{"zero", redline.Value{}, want{zero: true, str: "unspecified"}},
		{"number", redline.NumberValue(15), want{num: 15, isNum: true, str: "15"}},
		{"number zero", redline.NumberValue(0), want{num: 0, isNum: true, str: "0"}},
		{"fraction", redline.NumberValue(-2.5), want{num: -2.5, isNum: true, str: "-2.5"}},
		{"text", redline.TextValue("ransom"), want{text: "ransom", isText: true, str: "ransom"}},
		{"empty text", redline.TextValue(""), want{isText: true, str: ""}},
		{"yes", redline.FlagValue(true), want{flag: true, isFlag: true, str: "yes"}},
		{"no", redline.FlagValue(false), want{flag: false, isFlag: true, str: "no"}},
		{"list", redline.ListValue("armed_actor", "host_state"), want{list: []string{"armed_actor", "host_state"}, isList: true, str: "[armed_actor, host_state]"}},
		{"one word", redline.ListValue("ransom"), want{list: []string{"ransom"}, isList: true, str: "[ransom]"}},
		{"empty list", redline.ListValue(), want{isList: true, str: "[]"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := tt.v.Number()
			assert.Equal(t, tt.want.isNum, ok)
			if ok {
				assert.Equal(t, tt.want.num, n)
			}
			s, ok := tt.v.Text()
			assert.Equal(t, tt.want.isText, ok)
			if ok {
				assert.Equal(t, tt.want.text, s)
			}
			f, ok := tt.v.Flag()
			assert.Equal(t, tt.want.isFlag, ok)
			if ok {
				assert.Equal(t, tt.want.flag, f)
			}
			l, ok := tt.v.List()
			assert.Equal(t, tt.want.isList, ok)
			assert.Equal(t, len(tt.want.list), len(l))
			if len(tt.want.list) > 0 {
				assert.Equal(t, tt.want.list, l)
			}
			if !ok {
				assert.Nil(t, l)
			}
			assert.Equal(t, tt.want.zero, tt.v.IsZero())
			assert.Equal(t, tt.want.str, tt.v.String())
			assert.True(t, tt.v.Equal(tt.v), "a value equals itself")
		})
	}
}

func TestValueEqual(t *testing.T) {
	for _, tt := range []struct {
		name string
		a, b redline.Value
		eq   bool
	}{
		{"zero", redline.Value{}, redline.Value{}, true},
		{"same number", redline.NumberValue(15), redline.NumberValue(15), true},
		{"other number", redline.NumberValue(15), redline.NumberValue(14), false},
		{"signed zeros", redline.NumberValue(0), redline.NumberValue(math.Copysign(0, -1)), true},
		{"NaN is not equal to itself", redline.NumberValue(math.NaN()), redline.NumberValue(math.NaN()), false},
		{"same text", redline.TextValue("ransom"), redline.TextValue("ransom"), true},
		{"text is case sensitive", redline.TextValue("ransom"), redline.TextValue("Ransom"), false},
		{"number and text", redline.NumberValue(15), redline.TextValue("15"), false},
		{"same flag", redline.FlagValue(true), redline.FlagValue(true), true},
		{"other flag", redline.FlagValue(true), redline.FlagValue(false), false},
		{"flag and text", redline.FlagValue(true), redline.TextValue("yes"), false},
		{"zero and false", redline.Value{}, redline.FlagValue(false), false},
		{"zero and 0", redline.Value{}, redline.NumberValue(0), false},
		{"zero and empty text", redline.Value{}, redline.TextValue(""), false},
		{"same list", redline.ListValue("a", "b"), redline.ListValue("a", "b"), true},
		{"list order", redline.ListValue("a", "b"), redline.ListValue("b", "a"), false},
		{"list length", redline.ListValue("a", "b"), redline.ListValue("a"), false},
		{"empty lists", redline.ListValue(), redline.ListValue(), true},
		{"empty list and zero", redline.ListValue(), redline.Value{}, false},
		{"list and text", redline.ListValue("a"), redline.TextValue("a"), false},
	} {
		assert.Equal(t, tt.eq, tt.a.Equal(tt.b), tt.name)
		assert.Equal(t, tt.eq, tt.b.Equal(tt.a), tt.name+" (swapped)")
	}
}

func TestValueJSON(t *testing.T) {
	for _, tt := range []struct {
		name string
		v    redline.Value
		json string
	}{
		{"zero", redline.Value{}, "null"},
		{"number", redline.NumberValue(15), "15"},
		{"fraction", redline.NumberValue(14.75), "14.75"},
		{"negative", redline.NumberValue(-1), "-1"},
		{"large", redline.NumberValue(1e300), "1e+300"},
		{"text", redline.TextValue("dialogue_fee"), `"dialogue_fee"`},
		{"quoted text", redline.TextValue(`a "b" \ é`), `"a \"b\" \\ é"`},
		{"empty text", redline.TextValue(""), `""`},
		{"yes", redline.FlagValue(true), "true"},
		{"no", redline.FlagValue(false), "false"},
		{"list", redline.ListValue("armed_actor", "host_state"), `["armed_actor","host_state"]`},
		{"empty list", redline.ListValue(), `[]`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			require.NoError(t, err)
			assert.Equal(t, tt.json, string(b))

			got := redline.TextValue("overwritten")
			require.NoError(t, json.Unmarshal(b, &got))
			assert.True(t, tt.v.Equal(got), "round trip of %s gave %v", tt.json, got)
			assert.Equal(t, tt.v.String(), got.String())
		})
	}

	t.Run("in a condition", func(t *testing.T) {
		c := redline.Condition{Attr: "payee", Op: redline.OpIn, Value: redline.ListValue("armed_actor")}
		b, err := json.Marshal(c)
		require.NoError(t, err)
		assert.JSONEq(t, `{"attr":"payee","op":"in","value":["armed_actor"]}`, string(b))
		var got redline.Condition
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, c.Attr, got.Attr)
		assert.Equal(t, c.Op, got.Op)
		assert.True(t, c.Value.Equal(got.Value))
	})

	t.Run("NaN cannot be encoded", func(t *testing.T) {
		for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
			b, err := redline.NumberValue(v).MarshalJSON()
			assert.Nil(t, b)
			assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonOutOfRange})
		}
	})

	t.Run("bad input", func(t *testing.T) {
		for _, tt := range []struct {
			in     string
			reason redline.Reason
		}{
			{``, redline.ReasonSyntax},
			{`   `, redline.ReasonSyntax},
			{`[1, 2]`, redline.ReasonType},
			{`["a", 1]`, redline.ReasonType},
			{`[["a"]]`, redline.ReasonType},
			{`{}`, redline.ReasonType},
			{`{"a":1}`, redline.ReasonType},
			{`1e400`, redline.ReasonOutOfRange},
		} {
			v := redline.TextValue("kept")
			err := v.UnmarshalJSON([]byte(tt.in))
			assert.ErrorIs(t, err, &redline.FieldError{Reason: tt.reason}, "%q: %v", tt.in, err)
		}
	})

	t.Run("whitespace", func(t *testing.T) {
		var v redline.Value
		require.NoError(t, v.UnmarshalJSON([]byte(" 15\n")))
		assert.True(t, redline.NumberValue(15).Equal(v))
		require.NoError(t, v.UnmarshalJSON([]byte("\tnull ")))
		assert.True(t, v.IsZero())
	})
}

func TestListValueCopies(t *testing.T) {
	words := []string{"armed_actor", "host_state"}
	v := redline.ListValue(words...)
	words[0] = "donor"
	words = append(words[:1], "community")
	_ = words

	got, ok := v.List()
	require.True(t, ok)
	assert.Equal(t, []string{"armed_actor", "host_state"}, got, "ListValue copies its input")
	assert.Equal(t, "[armed_actor, host_state]", v.String())

	// List returns a copy: changing it does not change the value.
	got[0] = "supplier"
	again, _ := v.List()
	assert.Equal(t, []string{"armed_actor", "host_state"}, again)
	assert.True(t, v.Equal(redline.ListValue("armed_actor", "host_state")))

	// Copies of a Value share nothing a caller can change.
	w := v
	l, _ := w.List()
	l[1] = "none"
	assert.True(t, v.Equal(w))
	assert.Equal(t, "[armed_actor, host_state]", v.String())
}

func TestNumberEqual(t *testing.T) {
	nan := math.NaN()
	for _, tt := range []struct {
		a, b redline.Number
		want bool
	}{
		{redline.Number{}, redline.Number{}, true},
		{redline.Num(0), redline.Number{}, false},
		{redline.Number{}, redline.Num(0), false},
		{redline.Num(15), redline.Num(15), true},
		{redline.Num(15), redline.Num(16), false},
		{redline.Num(nan), redline.Num(nan), true},
		{redline.Num(nan), redline.Num(0), false},
		{redline.Num(0), redline.Num(nan), false},
	} {
		assert.Equal(t, tt.want, tt.a.Equal(tt.b), "%v.Equal(%v)", tt.a, tt.b)
	}
}
