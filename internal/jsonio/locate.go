package jsonio

import (
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// locate gives each problem without a line the line and column of the value
// its path names in data, or, when data has no such value (a field left
// out), of the nearest value that holds it. data is well-formed JSON that
// decoded without a fatal problem. It runs only when there are problems, so
// it does not need to be fast: one pass over data, building the path of
// every value.
func locate(data []byte, fes []*check.FieldError) {
	want := make(map[string]int)
	for _, fe := range fes {
		if fe.Line > 0 {
			continue
		}
		for p := fe.Path; ; p = parent(p) {
			want[p] = -1
			if p == "" {
				break
			}
		}
	}
	if len(want) == 0 {
		return
	}
	w := walker{d: decoder{data: data, lim: Limits{}.WithDefaults()}, want: want}
	w.d.ws()
	w.value(0)
	for _, fe := range fes {
		if fe.Line > 0 {
			continue
		}
		for p := fe.Path; ; p = parent(p) {
			if off := want[p]; off >= 0 {
				fe.Line, fe.Column = w.d.position(off)
				break
			}
			if p == "" {
				break
			}
		}
	}
}

// parent returns the path of the value that holds the one at p: "rules[0]"
// for "rules[0].when", "rules" for "rules[0]", "" for "rules". A key in
// brackets (see check.Key) is one step.
func parent(p string) string {
	n := len(p)
	if n == 0 {
		return ""
	}
	if p[n-1] == ']' {
		if n >= 2 && p[n-2] == '"' {
			// A quoted key: the last `["` whose rest unquotes.
			for i := strings.LastIndex(p, `["`); i >= 0; i = strings.LastIndex(p[:i], `["`) {
				if _, err := strconv.Unquote(p[i+1 : n-1]); err == nil {
					return p[:i]
				}
			}
		}
		if i := strings.LastIndexByte(p, '['); i >= 0 {
			return p[:i]
		}
		return ""
	}
	if i := strings.LastIndexAny(p, ".]"); i >= 0 {
		if p[i] == ']' {
			return p[:i+1] // a name right after an index has no dot: not a path the library builds
		}
		return p[:i]
	}
	return ""
}

// walker passes over well-formed JSON, recording the offset of every value
// whose path is wanted.
type walker struct {
	d    decoder
	path []byte
	want map[string]int
}

func (w *walker) mark() {
	if off, ok := w.want[string(w.path)]; ok && off < 0 {
		w.want[string(w.path)] = w.d.i
	}
}

// value passes over the value at w.d.i. A malformed input stops the walk:
// what was found until then is kept.
func (w *walker) value(depth int) bool {
	w.mark()
	d := &w.d
	switch d.peek() {
	case '{':
		if depth >= d.lim.MaxDepth {
			return false
		}
		if d.open('}') {
			return true
		}
		for {
			if d.peek() != '"' {
				return false
			}
			key, err := d.str()
			if err != nil || d.colon() != nil {
				return false
			}
			n := len(w.path)
			w.path = append(w.path[:n], check.Key(string(w.path), string(key))[n:]...)
			ok := w.value(depth + 1)
			w.path = w.path[:n]
			if !ok {
				return false
			}
			if more, err := d.next('}'); !more {
				return err == nil
			}
		}
	case '[':
		if depth >= d.lim.MaxDepth {
			return false
		}
		if d.open(']') {
			return true
		}
		for i := 0; ; i++ {
			n := len(w.path)
			w.path = strconv.AppendInt(append(w.path, '['), int64(i), 10)
			w.path = append(w.path, ']')
			ok := w.value(depth + 1)
			w.path = w.path[:n]
			if !ok {
				return false
			}
			if more, err := d.next(']'); !more {
				return err == nil
			}
		}
	}
	return d.skip(depth) == nil
}
