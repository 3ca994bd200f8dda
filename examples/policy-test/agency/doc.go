// Package redlines is an agency's own module as it proves its red-line
// policy: its policy layered on the library's baseline, in
// testdata/policy.json, and the cases that prove it, in
// testdata/cases.json. redlines_test.go is the test the library's README
// shows, word for word; run it with go test ./... in this directory.
//
// The module depends on the library as any outside module does — through
// its go.mod, here pointed at this repository by a replace directive — so it
// sees only what the library exports: no testdata of the library's, no
// internal package.
package redlines
