package jsonio_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
)

var (
	outerCodec  = jsonio.NewCodec[outer]("test")
	shapesCodec = jsonio.NewCodec[shapes]("test")
)

// FuzzDifferential holds the decoder to encoding/json: on any input it
// refuses, or it yields the value encoding/json yields (see jsontest). The
// two test types cover every shape the decoder handles: structs, embedded
// and embedded-pointer structs, slices, arrays, maps with string and text
// keys, pointers, interfaces, []byte, enumerations, times and UUIDs.
func FuzzDifferential(f *testing.F) {
	for _, s := range []string{
		good,
		`{"inner":"i","p":3,"Plain":"x","by_id":{"6ba7b810-9dad-11d1-80b4-00c04fd430c8":1},"counts":{"a":[1,2]},"nested":[[{"color":"red"}]],"any":{"k":[true,null,"s",1.5,{"x":{}}]},"flag":true,"bytes":"aGk=","point":{"age":2},"floats":[1.5],"colours":{"red":"warm"},"empty_list":[],"empty_map":{}}`,
		`{"NAME":"x","Items":[{"COLOR":"green","age":-0,"count":0}],"pair":[1],"flag":null,"tags":null}`,
		`{"name":"\u00e9\ud83d\ude00\ud800x\\\"\/\b\f\n\r\t","any":-0.0e+1}`,
		`{"bytes":[1,2,255],"floats":[1e38,-1.5E-3],"point":null,"p":null}`,
		`{"items":[{"count":-0}]}`,
		`[]`, `null`, `{}`, `{"pair":[1,2,3]}`, `{"name":"a","Name":"b"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := jsonio.Limits{MaxDepth: 12}
		jsontest.Differential(t, outerCodec, data, lim)
		jsontest.Differential(t, shapesCodec, data, lim)
	})
}

// The differential check on every input of the library's bad-input and fuzz
// corpora, whatever type they were written for.
func TestDifferentialOnCorpora(t *testing.T) {
	files, err := filepath.Glob("../../*/testdata/bad/*/*.json*")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../../redline/testdata/*.json")
	files = append(files, more...)
	if len(files) < 100 {
		t.Fatalf("found %d corpus files", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		jsontest.Differential(t, outerCodec, data, jsonio.Limits{})
		jsontest.Differential(t, shapesCodec, data, jsonio.Limits{})
	}
}
