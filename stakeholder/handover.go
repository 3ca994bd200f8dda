package stakeholder

import (
	"bytes"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/words"
)

// Relationship is what a successor needs to know about one interlocutor:
// who they are, how often and how recently the organisation talked to them,
// how it last went, and which staff members held the relationship.
//
// The interlocutor's name, phone, email, location and notes are sensitive:
// they never appear in String, GoString, any fmt verb go vet accepts or slog
// output, and Redact clears them. The zero value is not a relationship:
// Summarise builds one per interlocutor. A Relationship is a plain value
// whose methods only read it, so it is safe for concurrent reads.
type Relationship struct {
	Interlocutor Interlocutor   `json:"interlocutor"`
	Contacts     int            `json:"contacts"`
	First        time.Time      `json:"first,omitzero"`
	Last         time.Time      `json:"last,omitzero"`
	LastOutcome  ContactOutcome `json:"last_outcome,omitempty"`
	Staff        []uuid.UUID    `json:"staff,omitempty"` // by ID, sorted
}

// String describes the relationship without the interlocutor's name or
// contact details.
func (r Relationship) String() string {
	return "relationship with " + r.Interlocutor.String() + ": " + words.Count(r.Contacts, "contact", "") + ", " +
		strconv.Itoa(len(r.Staff)) + " staff"
}

// GoString is String.
func (r Relationship) GoString() string { return r.String() }

// Format writes String for every verb.
func (r Relationship) Format(f fmt.State, verb rune) { writeSafe(f, r.String()) }

// LogValue logs the relationship without the interlocutor's sensitive fields.
func (r Relationship) LogValue() slog.Value {
	return slog.GroupValue(slog.Any("interlocutor", r.Interlocutor), slog.Int("contacts", r.Contacts),
		slog.Time("last", r.Last), slog.Int("staff", len(r.Staff)))
}

// Redact returns a copy with the interlocutor redacted (see
// [Interlocutor.Redact]): the name replaced by [Redacted], and the phone,
// email, location and notes cleared. The counts, dates, last outcome and
// staff IDs are kept. The copy shares no memory with r.
func (r Relationship) Redact() Relationship {
	r.Interlocutor = r.Interlocutor.Redact()
	r.Staff = slices.Clone(r.Staff)
	return r
}

// HandoverOptions sets the expectations the summary measures against. The
// zero value means the defaults of each. A HandoverOptions is a plain value,
// safe for concurrent use.
type HandoverOptions struct {
	Continuity ContinuityOptions
	Coverage   CoverageOptions
}

// Handover is the institutional knowledge of a dossier at a moment, for a
// successor: every relationship, the levels of the target covered and
// missing, the state of contact, the stakeholder map, the leverage through
// the influence network, and the context analysis (the island where dialogue
// starts, and both icebergs).
//
// It holds the dossier's names and contact details: String, fmt and slog
// show only counts, and Redact gives a copy safe to share. The zero value is
// not a summary: only Summarise returns one. A Handover is a plain value
// whose methods only read it, so it is safe for concurrent reads.
type Handover struct {
	At            time.Time      `json:"at"`
	Target        uuid.UUID      `json:"target"`
	Relationships []Relationship `json:"relationships"`
	Coverage      Coverage       `json:"coverage"`
	Continuity    Continuity     `json:"continuity"`
	Map           []Placement    `json:"map"`
	Stakeholders  []Stakeholder  `json:"stakeholders"`
	Leverage      Leverage       `json:"leverage"`
	Island        Island         `json:"island,omitzero"`
	Icebergs      Icebergs       `json:"icebergs,omitzero"`
}

// Validate reports every problem with the options, each a *FieldError
// under "continuity." or "coverage.".
func (o HandoverOptions) Validate() error {
	c := check.Errors{Pkg: pkg}
	c.AddErr("continuity", o.Continuity.Validate())
	c.AddErr("coverage", o.Coverage.Validate())
	return c.Err()
}

// Summarise builds the handover summary of a dossier about target at time
// at. It validates the dossier, checks that it is about target, and checks
// the contact log against at (see AnalyseContinuity); every problem is a
// *FieldError. It does not modify its arguments, and the summary shares no
// memory with them.
func Summarise(d Dossier, target actor.Actor, at time.Time, opts HandoverOptions) (Handover, error) {
	if err := d.Validate(); err != nil {
		return Handover{}, err
	}
	if d.Target != target.ID {
		return Handover{}, &FieldError{Pkg: pkg, Path: "target", Reason: ReasonConflict, Detail: "the dossier is about another actor"}
	}
	if err := opts.Validate(); err != nil {
		return Handover{}, err
	}
	cont, err := AnalyseContinuity(d.Interlocutors, d.Contacts, at, opts.Continuity)
	if err != nil {
		return Handover{}, err
	}
	cov, err := CoverageOf(target, d.Interlocutors, opts.Coverage)
	if err != nil {
		return Handover{}, err
	}
	lev, err := d.Leverage()
	if err != nil {
		return Handover{}, err
	}
	h := Handover{
		At: at, Target: d.Target,
		Coverage:     cov,
		Continuity:   cont,
		Map:          Place(d.Stakeholders),
		Stakeholders: nonNil(mapSlice(d.Stakeholders, Stakeholder.clone)),
		Leverage:     lev,
		Island:       d.Island.Agreement(),
		Icebergs:     d.Icebergs.clone(),
	}
	byID := make(map[uuid.UUID]*Relationship, len(d.Interlocutors))
	h.Relationships = make([]Relationship, len(d.Interlocutors))
	for i, in := range d.Interlocutors {
		h.Relationships[i] = Relationship{Interlocutor: in}
		byID[in.ID] = &h.Relationships[i]
	}
	for _, ct := range d.Contacts {
		r := byID[ct.Interlocutor]
		r.Contacts++
		if r.First.IsZero() || ct.At.Before(r.First) {
			r.First = ct.At
		}
		if r.Last.IsZero() || !ct.At.Before(r.Last) {
			r.Last, r.LastOutcome = ct.At, ct.Outcome
		}
		if !slices.Contains(r.Staff, ct.Staff) {
			r.Staff = append(r.Staff, ct.Staff)
		}
	}
	for i := range h.Relationships {
		slices.SortFunc(h.Relationships[i].Staff, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	}
	slices.SortFunc(h.Relationships, func(a, b Relationship) int {
		if a.Interlocutor.Level != b.Interlocutor.Level {
			return int(a.Interlocutor.Level) - int(b.Interlocutor.Level)
		}
		return bytes.Compare(a.Interlocutor.ID[:], b.Interlocutor.ID[:])
	})
	return h, nil
}

// Redact returns a deep copy safe to share: names replaced by [Redacted];
// phone numbers, emails, locations, notes and statements cleared.
func (h Handover) Redact() Handover {
	out := h
	out.Relationships = mapSlice(h.Relationships, Relationship.Redact)
	out.Coverage = h.Coverage.clone()
	out.Continuity = h.Continuity.clone()
	out.Map = slices.Clone(h.Map)
	out.Stakeholders = mapSlice(h.Stakeholders, Stakeholder.Redact)
	out.Leverage = h.Leverage.clone()
	out.Island = h.Island.Redact()
	out.Icebergs = h.Icebergs.Redact()
	return out
}

// String summarises the handover without naming anyone.
func (h Handover) String() string {
	var b strings.Builder
	b.WriteString("handover at " + h.At.UTC().Format(time.DateOnly) + ": " + strconv.Itoa(len(h.Relationships)) + " relationships; levels missing: ")
	if len(h.Coverage.Missing) == 0 {
		b.WriteString("none")
	}
	for i, l := range h.Coverage.Missing {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(l.String())
	}
	b.WriteString("; " + strconv.Itoa(len(h.Continuity.SingleCustody)) + " held by one person; " +
		strconv.Itoa(len(h.Continuity.Stale)) + " not contacted recently")
	return b.String()
}

// GoString is String.
func (h Handover) GoString() string { return h.String() }

// Format writes String for every verb.
func (h Handover) Format(f fmt.State, verb rune) { writeSafe(f, h.String()) }

// LogValue logs the counts only.
func (h Handover) LogValue() slog.Value { return slog.StringValue(h.String()) }
