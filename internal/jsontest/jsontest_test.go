package jsontest_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
)

type level uint8

func (l *level) UnmarshalText(b []byte) error {
	if string(b) != "high" {
		return errors.New("unknown level")
	}
	*l = 1
	return nil
}

type Base struct {
	Note string `json:"note"`
}

type sample struct {
	Base
	ID     uuid.UUID        `json:"id"`
	At     time.Time        `json:"at"`
	Level  level            `json:"level"`
	Tags   []string         `json:"tags"`
	Counts map[string]int   `json:"counts"`
	Inner  *struct{ N int } `json:"inner"`
	skip   int              // an unexported field, which the mirror leaves out
}

// skipped reads the unexported field, which is there for Mirror to leave out.
func (s sample) skipped() int { return s.skip }

var sampleCodec = jsonio.NewCodec[sample]("test")

func TestMirror(t *testing.T) {
	m := jsontest.Mirror(reflect.TypeFor[sample]())
	want := map[string]reflect.Type{
		"note": reflect.TypeFor[string](), "id": reflect.TypeFor[string](), "at": reflect.TypeFor[json.RawMessage](),
		"level": reflect.TypeFor[string](), "tags": reflect.TypeFor[[]string](), "counts": reflect.TypeFor[map[string]int](),
	}
	got := map[string]reflect.Type{}
	for i := range m.NumField() {
		f := m.Field(i)
		got[f.Tag.Get("json")] = f.Type
	}
	for k, v := range want {
		assert.Equal(t, v, got[k], k)
	}
	assert.Equal(t, reflect.Pointer, got["inner"].Kind())
	assert.Len(t, got, 7, "the embedded struct is flattened, the unexported field left out")
	assert.Zero(t, sample{}.skipped())
}

func TestNormalize(t *testing.T) {
	s := sample{Tags: []string{}, Counts: map[string]int{}}
	jsontest.Normalize(reflect.ValueOf(&s).Elem())
	assert.Nil(t, s.Tags)
	assert.Nil(t, s.Counts)
	full := sample{Tags: []string{"a"}}
	jsontest.Normalize(reflect.ValueOf(&full).Elem())
	assert.Equal(t, []string{"a"}, full.Tags)
}

func TestDifferential(t *testing.T) {
	ok := `{"note":"n","id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","at":"2024-01-02T03:04:05Z","level":"high","tags":[],"counts":{"a":1},"inner":{"N":2}}`
	require.True(t, jsontest.Differential(t, sampleCodec, []byte(ok), jsonio.Limits{}))
	require.True(t, jsontest.Differential(t, sampleCodec, append([]byte{0xEF, 0xBB, 0xBF}, ok...), jsonio.Limits{}), "a BOM is skipped")
	assert.False(t, jsontest.Differential(t, sampleCodec, []byte(`{"level":"low"}`), jsonio.Limits{}))
	assert.False(t, jsontest.Differential(t, sampleCodec, []byte(`{"note":"a","note":"b"}`), jsonio.Limits{}), "a duplicate key is refused")
}
