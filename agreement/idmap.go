package agreement

import "github.com/google/uuid"

// idMap maps IDs to values: a short list, scanned, while it holds few —
// as an agreement's parties and phases are — and a Go map beyond. Scanning
// a few 16-byte IDs is faster than hashing one, and follow-up looks parties
// and phases up once per commitment. The zero value is empty and ready to
// use. It is not safe for concurrent writes.
type idMap[V any] struct {
	keys []uuid.UUID
	vals []V
	m    map[uuid.UUID]V
}

// idMapList is how many IDs an idMap scans before it switches to a map.
const idMapList = 16

// get returns the value of id, and whether there is one.
func (x *idMap[V]) get(id uuid.UUID) (V, bool) {
	if x.m != nil {
		v, ok := x.m[id]
		return v, ok
	}
	for i := range x.keys {
		if x.keys[i] == id {
			return x.vals[i], true
		}
	}
	var zero V
	return zero, false
}

// set gives id the value v.
func (x *idMap[V]) set(id uuid.UUID, v V) {
	if x.m != nil {
		x.m[id] = v
		return
	}
	for i := range x.keys {
		if x.keys[i] == id {
			x.vals[i] = v
			return
		}
	}
	if len(x.keys) < idMapList {
		x.keys, x.vals = append(x.keys, id), append(x.vals, v)
		return
	}
	x.m = make(map[uuid.UUID]V, 2*len(x.keys))
	for i, k := range x.keys {
		x.m[k] = x.vals[i]
	}
	x.keys, x.vals = nil, nil
	x.m[id] = v
}

// all ranges over the IDs and their values, in no particular order.
func (x *idMap[V]) all() func(func(uuid.UUID, V) bool) {
	return func(yield func(uuid.UUID, V) bool) {
		if x.m != nil {
			for k, v := range x.m {
				if !yield(k, v) {
					return
				}
			}
			return
		}
		for i, k := range x.keys {
			if !yield(k, x.vals[i]) {
				return
			}
		}
	}
}
