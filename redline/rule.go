package redline

import (
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// Op is a comparison in a [Condition]. The zero value is invalid. It is a
// plain value, safe for concurrent use.
type Op uint8

// Comparison operators.
const (
	OpUnspecified Op = iota
	OpEq             // equal
	OpNe             // not equal
	OpLt             // less than (numbers)
	OpLe             // less than or equal (numbers)
	OpGt             // greater than (numbers)
	OpGe             // greater than or equal (numbers)
	OpIn             // one of a list of words
	OpNotIn          // none of a list of words
)

var ops = enum.New[Op]("redline", "operator", "eq", "ne", "lt", "le", "gt", "ge", "in", "not_in").
	WithLabels("equal to", "not", "under", "at most", "over", "at least", "one of", "none of")

// IsValid reports whether o is a named operator.
func (o Op) IsValid() bool { return ops.Valid(o) }

// String returns the wire word; it never panics.
func (o Op) String() string { return ops.String(o) }

// Label returns the value in words, for people; String gives the wire word.
func (o Op) Label() string { return ops.Label(o) }

// MarshalText encodes the operator as its wire word.
func (o Op) MarshalText() ([]byte, error) { return ops.Marshal(o) }

// UnmarshalText decodes a wire word, ignoring case.
func (o *Op) UnmarshalText(b []byte) (err error) { *o, err = ops.Unmarshal(b); return err }

// ParseOp parses an operator's wire word.
func ParseOp(s string) (Op, error) { return ops.Parse(s) }

// Condition compares one attribute of a term with a value: "min_age lt 15",
// "purpose eq ransom", "source in [armed_actor, host_state]". Attr names one of
// the library's attributes of the rule's kind (see [Attributes]) or one the
// policy declares. The zero value is invalid. A Condition is a plain value,
// safe for concurrent use.
type Condition struct {
	Attr  string `json:"attr"`
	Op    Op     `json:"op"`
	Value Value  `json:"value,omitzero"`
}

// Rule is one red line (or trade-off, or bottom line): it matches the terms
// of one kind whose attributes meet every condition in When (an empty When
// matches every term of the kind), and says how grave a match is and why.
//
// ID is a stable identifier of lower-case letters, digits and hyphens
// ("child-recruitment-under-15"). Citations name the norms the rule rests on
// (identifiers such as "CIHL-136" — see [Norms] — or "institutional" for an
// organisation's own policy); an absolute rule must cite at least one rule
// of law. Approval is the decision level whose approval lets a negotiator
// cross an institutional rule; it is required for institutional rules and
// must be unset for the others.
//
// The zero value is not a valid rule. A Rule is a plain value, safe for
// concurrent reads.
type Rule struct {
	ID        string      `json:"id"`
	Kind      Kind        `json:"kind"`
	When      []Condition `json:"when,omitempty"`
	Severity  Severity    `json:"severity"`
	Citations []string    `json:"citations,omitempty"`
	Rationale string      `json:"rationale"`
	Approval  Authority   `json:"approval,omitempty"`
}

// AttrDecl declares an attribute of an agency's own: its name (a snake_case
// word that is not one of the library's attribute names) and type (number,
// text or flag). Terms carry it in Term.Extra.
//
// The zero value is invalid (it has no name or type); Compile rejects it. An
// AttrDecl is a plain value, safe for concurrent use.
type AttrDecl struct {
	Name string   `json:"name"`
	Type AttrType `json:"type"`
}

// KindDecl declares an agency's own kind of term, or extra attributes for one
// of the library's kinds. A term whose kind is neither the library's nor
// declared in the policy is never silently acceptable: checking it yields an
// indeterminate finding.
//
// The zero value is invalid (it has no kind); Compile rejects it. A KindDecl
// is a plain value, safe for concurrent reads.
type KindDecl struct {
	Kind        Kind       `json:"kind"`
	Description string     `json:"description,omitempty"`
	Attributes  []AttrDecl `json:"attributes,omitempty"`
}

// Policy is a named, versioned set of rules: an organisation's institutional
// red lines, or a context layer on top of them (see [Compile]). Kinds
// declares the agency's own kinds and attributes; Drop lists IDs of rules of
// lower layers that this layer removes.
//
// The zero value is an invalid policy (it has no name). A Policy is a plain
// value that round-trips through encoding/json, safe for concurrent reads.
// [Policy.Validate] checks it as a layer on its own; compile it, with the
// layers below it, to check terms.
type Policy struct {
	Name        string     `json:"name"`
	Version     string     `json:"version"`
	Description string     `json:"description,omitempty"`
	Kinds       []KindDecl `json:"kinds,omitempty"`
	Rules       []Rule     `json:"rules,omitempty"`
	Drop        []string   `json:"drop,omitempty"`

	// Uncovered lists the kinds of term that no rule of the policy examines
	// on purpose, each with the reason — the release of children, say, is
	// what the organisation asks for, not something it concedes. A term of
	// such a kind is examined by that decision: a report gives the reason
	// and does not list the term as unexamined.
	Uncovered []Uncovered `json:"uncovered,omitempty"`

	// OnUnexamined says what a term that no rule examines, and whose kind
	// is not Uncovered, does to the verdict. Zero leaves it to the layers
	// below, and to OnUnexaminedList if none says. Layered policies take
	// the strictest.
	OnUnexamined OnUnexamined `json:"on_unexamined,omitempty"`
}

// Uncovered records that a policy leaves a kind of term unexamined on
// purpose, and why (one line).
//
// The zero value is invalid (it has no kind); Compile rejects it. An
// Uncovered is a plain value, safe for concurrent use.
type Uncovered struct {
	Kind   Kind   `json:"kind"`
	Reason string `json:"reason"`
}

// OnUnexamined is a policy's answer to a term that no rule examined. The
// zero value means not stated. It is a plain value, safe for concurrent use.
type OnUnexamined uint8

// What a term no rule examined does.
const (
	OnUnexaminedUnspecified OnUnexamined = iota
	// OnUnexaminedList lists the term in the report and leaves the verdict
	// to the terms that were examined; the report's text qualifies an
	// acceptable verdict with the terms it did not examine. The default.
	OnUnexaminedList
	// OnUnexaminedBlock treats the term as a term of an unknown kind: the
	// verdict cannot be better than indeterminate until a rule examines
	// the kind or the policy declares it Uncovered.
	OnUnexaminedBlock
)

var onUnexamined = enum.New[OnUnexamined]("redline", "answer to an unexamined term", "list", "block").
	WithLabels("listed in the report", "blocks clearance")

// IsValid reports whether o is a named answer.
func (o OnUnexamined) IsValid() bool { return onUnexamined.Valid(o) }

// String returns the wire word; it never panics.
func (o OnUnexamined) String() string { return onUnexamined.String(o) }

// Label returns the value in words, for people; String gives the wire word.
func (o OnUnexamined) Label() string { return onUnexamined.Label(o) }

// MarshalText encodes the answer as its wire word.
func (o OnUnexamined) MarshalText() ([]byte, error) { return onUnexamined.Marshal(o) }

// UnmarshalText decodes a wire word, ignoring case.
func (o *OnUnexamined) UnmarshalText(b []byte) (err error) {
	*o, err = onUnexamined.Unmarshal(b)
	return err
}

// ParseOnUnexamined parses an answer's wire word, ignoring case.
func ParseOnUnexamined(s string) (OnUnexamined, error) { return onUnexamined.Parse(s) }

// Change says how a layer altered a rule of a lower layer. The zero value is
// invalid. It is a plain value, safe for concurrent use.
type Change uint8

// Changes a layer can make that need recording.
const (
	ChangeUnspecified Change = iota
	ChangeWeakened           // lower severity, a lower approval level, or conditions that match fewer terms
	ChangeDropped            // removed
)

var changes = enum.New[Change]("redline", "change", "weakened", "dropped").
	WithLabels("weakened", "dropped")

// IsValid reports whether c is a named change.
func (c Change) IsValid() bool { return changes.Valid(c) }

// String returns the wire word; it never panics.
func (c Change) String() string { return changes.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c Change) Label() string { return changes.Label(c) }

// MarshalText encodes the change as its wire word.
func (c Change) MarshalText() ([]byte, error) { return changes.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case.
func (c *Change) UnmarshalText(b []byte) (err error) { *c, err = changes.Unmarshal(b); return err }

// ParseChange parses a change's wire word, ignoring case.
func ParseChange(s string) (Change, error) { return changes.Parse(s) }

// Exception records that a layer weakened or dropped a rule of a lower layer.
// Weakening an institutional rule needs the approval the rule names
// (Approval); a trade-off or bottom line changed by a layer is recorded with
// no approval level, for the negotiating team to document.
//
// The zero value is not an exception: only [Checker.Exceptions] returns them.
// An Exception is a plain value, safe for concurrent use.
type Exception struct {
	Rule     string    `json:"rule"`
	Layer    string    `json:"layer"` // name of the layer that made the change
	Change   Change    `json:"change"`
	Severity Severity  `json:"severity"` // of the rule before the change
	Approval Authority `json:"approval,omitempty"`
}
