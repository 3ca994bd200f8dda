package deep

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

type inner struct {
	Tags []string
	M    map[string][]int
}

type outer struct {
	Name   string
	When   time.Time
	Inner  inner
	Ptr    *inner
	List   []inner
	Arr    [2][]byte
	Any    any
	hidden int
}

func sample() outer {
	return outer{
		Name:   "x",
		When:   time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
		Inner:  inner{Tags: []string{"a"}, M: map[string][]int{"k": {1, 2}}},
		Ptr:    &inner{Tags: []string{"p"}},
		List:   []inner{{Tags: []string{"l"}}},
		Arr:    [2][]byte{{1}, {2}},
		Any:    []int{7},
		hidden: 3,
	}
}

func TestCopyIsEqualAndIndependent(t *testing.T) {
	a := sample()
	b := Copy(a)
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("copy differs:\n%+v\n%+v", a, b)
	}
	b.Inner.Tags[0] = "changed"
	b.Inner.M["k"][0] = 99
	b.Ptr.Tags[0] = "changed"
	b.List[0].Tags[0] = "changed"
	b.Arr[0][0] = 9
	b.Any.([]int)[0] = 9
	if !reflect.DeepEqual(a, sample()) {
		t.Fatalf("changing the copy changed the original: %+v", a)
	}
	if b.hidden != 3 {
		t.Errorf("unexported field = %d, want 3", b.hidden)
	}
}

func TestCopyKeepsNil(t *testing.T) {
	var a outer
	b := Copy(a)
	if b.Ptr != nil || b.List != nil || b.Inner.M != nil || b.Any != nil {
		t.Fatalf("nil became non-nil: %+v", b)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatal("zero value copy differs")
	}
	if got := Copy([]int{}); got == nil || len(got) != 0 {
		t.Fatalf("empty slice = %#v, want empty non-nil", got)
	}
}

type secret struct {
	list *[]string
	f    float64
}

func TestCopyFollowsUnexportedPointers(t *testing.T) {
	l := []string{"a"}
	a := secret{list: &l, f: 1}
	b := Copy(a)
	(*b.list)[0] = "changed"
	if l[0] != "a" {
		t.Fatal("the copy shares an unexported pointer")
	}
	if d := Diff(a, b); d != `.list[0]: "a" != "changed"` {
		t.Errorf("Diff = %q", d)
	}
}

func TestDiff(t *testing.T) {
	nan := math.NaN()
	type pair struct{ a any }
	for name, tt := range map[string]struct {
		a, b any
		want string
	}{
		"equal":          {sample(), sample(), ""},
		"NaN equals NaN": {[]float64{nan}, []float64{nan}, ""},
		"float":          {[]float64{1}, []float64{2}, "[0]: 1 != 2"},
		"string":         {outer{Name: "x"}, outer{Name: "y"}, `.Name: "x" != "y"`},
		"nil slice":      {outer{}, outer{List: []inner{}}, ".List: nil and non-nil slice"},
		"length":         {[]int{1}, []int{1, 2}, "length 1 != 2"},
		"int":            {[]int{1}, []int{2}, "[0]: 1 != 2"},
		"uint":           {[]uint8{1}, []uint8{2}, "[0]: 1 != 2"},
		"bool":           {[]bool{true}, []bool{false}, "[0]: true != false"},
		"complex":        {[]complex128{1}, []complex128{2}, "[0]: (1+0i) != (2+0i)"},
		"nil pointer":    {outer{}, outer{Ptr: &inner{}}, ".Ptr: nil and non-nil"},
		"pointee":        {outer{Ptr: &inner{Tags: []string{"a"}}}, outer{Ptr: &inner{Tags: []string{"b"}}}, `.Ptr.Tags[0]: "a" != "b"`},
		"map keys":       {map[string]int{"a": 1}, map[string]int{"a": 1, "b": 2}, ": 1 keys != 2"},
		"map missing":    {map[string]int{"a": 1}, map[string]int{"b": 1}, "[a]: missing"},
		"map value":      {map[string]int{"a": 1}, map[string]int{"a": 2}, "[a]: 1 != 2"},
		"nil map":        {map[string]int(nil), map[string]int{}, ": nil and non-nil map"},
		"interface type": {pair{a: 1}, pair{a: "1"}, ".a: int != string"},
		"unexported":     {outer{hidden: 1}, outer{hidden: 2}, ".hidden: 1 != 2"},
		"time":           {outer{When: time.Unix(0, 0).UTC()}, outer{When: time.Unix(1, 0).UTC()}, ".When.ext: 62135596800 != 62135596801"},
		"func":           {[]func(){nil}, []func(){func() {}}, "[0]: different func"},
	} {
		got := Diff(tt.a, tt.b)
		if tt.want == "" && got != "" || tt.want != "" && !strings.HasPrefix(got, tt.want) && !strings.HasSuffix(got, tt.want) {
			t.Errorf("%s: Diff = %q, want %q", name, got, tt.want)
		}
	}
}

type node struct{ Next *node }

func TestDiffStopsOnCycles(t *testing.T) {
	a, b := &node{}, &node{}
	a.Next, b.Next = a, b
	if d := Diff(a, b); !strings.Contains(d, "too deep") {
		t.Errorf("Diff = %q", d)
	}
}
