package stakeholder

import (
	"fmt"
	"log/slog"
	"math"
	"strconv"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// Dossier is what an organisation knows about who influences one armed
// actor and how its relationships with the actor stand: the stakeholders,
// the influence network among them, the interlocutors inside the actor, the
// contact log, and the context analysis (Island of Agreement, icebergs).
// Target is the armed actor's ID (actor.Actor.ID); Agency is the
// organisation's own node in the influence network.
//
// A Dossier holds names, contact details, places and notes: String, fmt,
// slog and error messages show only counts and IDs, and Redact gives a copy
// safe to share or hand over. The zero value is an empty dossier that does
// not validate (it has no target or agency). It is a plain value that
// round-trips through encoding/json; its methods only read it, so it is safe
// for concurrent reads.
type Dossier struct {
	Target        uuid.UUID      `json:"target"`
	Agency        uuid.UUID      `json:"agency"`
	Stakeholders  []Stakeholder  `json:"stakeholders,omitempty"`
	Influence     []Edge         `json:"influence,omitempty"`
	Interlocutors []Interlocutor `json:"interlocutors,omitempty"`
	Contacts      []Contact      `json:"contacts,omitempty"`
	Island        Island         `json:"island,omitzero"`
	Icebergs      Icebergs       `json:"icebergs,omitzero"`
}

// Bounds enforced by Validate.
const (
	MaxNameLen = 256  // bytes in a name, phone, email or location
	MaxTextLen = 4096 // bytes in notes or a statement
)

// String counts what the dossier holds, without a name.
func (d Dossier) String() string {
	return "dossier on " + short(d.Target) + ": " + strconv.Itoa(len(d.Stakeholders)) + " stakeholders, " +
		strconv.Itoa(len(d.Influence)) + " influence edges, " + strconv.Itoa(len(d.Interlocutors)) + " interlocutors, " +
		strconv.Itoa(len(d.Contacts)) + " contacts"
}

// GoString is String.
func (d Dossier) GoString() string { return d.String() }

// Format writes String for every verb.
func (d Dossier) Format(f fmt.State, verb rune) { writeSafe(f, d.String()) }

// LogValue logs the counts only.
func (d Dossier) LogValue() slog.Value {
	return slog.GroupValue(slog.String("target", d.Target.String()), slog.Int("stakeholders", len(d.Stakeholders)),
		slog.Int("edges", len(d.Influence)), slog.Int("interlocutors", len(d.Interlocutors)), slog.Int("contacts", len(d.Contacts)))
}

// Redact returns a deep copy safe to share: names replaced by [Redacted];
// phone numbers, emails, locations, notes and the statements of the context
// analysis cleared. IDs, roles, levels, estimates, edges and the dates,
// channels and outcomes of contacts are kept.
func (d Dossier) Redact() Dossier {
	out := d
	out.Stakeholders = mapSlice(d.Stakeholders, Stakeholder.Redact)
	out.Influence = append([]Edge(nil), d.Influence...)
	out.Interlocutors = mapSlice(d.Interlocutors, Interlocutor.Redact)
	out.Contacts = mapSlice(d.Contacts, Contact.Redact)
	out.Island = d.Island.Redact()
	out.Icebergs = d.Icebergs.Redact()
	return out
}

// nonNil returns s, or an empty slice for nil, so that a list is written as
// [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func mapSlice[T any](s []T, f func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

// Validate reports every problem at once, each a *FieldError with its JSON
// path and a detail that repeats no name: missing or repeated IDs (an ID is
// unique across the agency, stakeholders and interlocutors), estimates out of
// range or NaN, unknown words, edges to unknown nodes or to themselves,
// contacts with unknown interlocutors or no time, text too long or not UTF-8.
// Times are checked against an evaluation time by [AnalyseContinuity].
func (d Dossier) Validate() error {
	c := check.Errors{Pkg: pkg}
	if d.Target == uuid.Nil {
		c.Add("target", check.Required, "the armed actor's ID")
	}
	if d.Agency == uuid.Nil {
		c.Add("agency", check.Required, "the organisation's node in the network")
	}
	ids := map[uuid.UUID]string{d.Agency: "agency"}
	claim := func(path string, id uuid.UUID) {
		switch {
		case id == uuid.Nil:
			c.Add(path, check.Required, "an ID is required")
		case ids[id] != "":
			c.Add(path, check.Duplicate, "same ID as "+ids[id])
		default:
			ids[id] = path
		}
	}
	for i, s := range d.Stakeholders {
		p := check.Index("stakeholders", i)
		claim(p+".id", s.ID)
		c.Text(p+".name", s.Name, MaxNameLen, true)
		c.Enum(p+".role", s.Role.IsValid(), s.Role == 0, true, "")
		c.Range(p+".influence", s.Influence, 0, 1)
		c.Range(p+".position", s.Position, -1, 1)
		c.Enum(p+".confidence", s.Confidence.IsValid(), s.Confidence == 0, true, "")
		c.Text(p+".location", s.Location, MaxNameLen, false)
		c.Text(p+".notes", s.Notes, MaxTextLen, false)
	}
	for i, in := range d.Interlocutors {
		p := check.Index("interlocutors", i)
		claim(p+".id", in.ID)
		c.Text(p+".name", in.Name, MaxNameLen, true)
		c.Enum(p+".level", in.Level.IsValid(), in.Level == 0, true, "")
		c.Range(p+".authority", in.Authority, 0, 1)
		c.Range(p+".credibility", in.Credibility, 0, 1)
		c.Text(p+".phone", in.Phone, MaxNameLen, false)
		c.Text(p+".email", in.Email, MaxNameLen, false)
		c.Text(p+".location", in.Location, MaxNameLen, false)
		c.Text(p+".notes", in.Notes, MaxTextLen, false)
	}
	known := func(id uuid.UUID) bool { _, ok := ids[id]; return ok && id != uuid.Nil }
	seenEdge := make(map[[2]uuid.UUID]int, len(d.Influence))
	for i, e := range d.Influence {
		p := check.Index("influence", i)
		switch {
		case !known(e.From):
			c.Add(p+".from", check.Reference, "no stakeholder, interlocutor or agency has this ID")
		case !known(e.To):
			c.Add(p+".to", check.Reference, "no stakeholder, interlocutor or agency has this ID")
		case e.From == e.To:
			c.Add(p+".to", check.Cycle, "a node cannot influence itself")
		}
		if math.IsNaN(e.Weight) || e.Weight <= 0 || e.Weight > 1 {
			c.Add(p+".weight", check.OutOfRange, "a weight is in (0, 1]")
		}
		if j, dup := seenEdge[[2]uuid.UUID{e.From, e.To}]; dup {
			c.Add(p, check.Duplicate, "same edge as influence["+strconv.Itoa(j)+"]")
		} else {
			seenEdge[[2]uuid.UUID{e.From, e.To}] = i
		}
	}
	isInterlocutor := make(map[uuid.UUID]bool, len(d.Interlocutors))
	for _, in := range d.Interlocutors {
		isInterlocutor[in.ID] = true
	}
	for i, ct := range d.Contacts {
		p := check.Index("contacts", i)
		if !isInterlocutor[ct.Interlocutor] {
			c.Add(p+".interlocutor", check.Reference, "no interlocutor has this ID")
		}
		if ct.Staff == uuid.Nil {
			c.Add(p+".staff", check.Required, "the staff member's ID")
		}
		if ct.At.IsZero() {
			c.Add(p+".at", check.Required, "when the contact took place")
		}
		c.Enum(p+".level", ct.Level.IsValid(), ct.Level == 0, true, "")
		c.Enum(p+".channel", ct.Channel.IsValid(), ct.Channel == 0, true, "")
		c.Enum(p+".outcome", ct.Outcome.IsValid(), ct.Outcome == 0, true, "")
		c.Text(p+".notes", ct.Notes, MaxTextLen, false)
	}
	for i, f := range d.Island.Facts {
		c.Text(check.Index("island.facts", i)+".statement", f.Statement, MaxTextLen, false)
	}
	for i, n := range d.Island.Norms {
		c.Text(check.Index("island.norms", i)+".statement", n.Statement, MaxTextLen, false)
	}
	for _, s := range []struct {
		name string
		b    Iceberg
	}{{"ours", d.Icebergs.Ours}, {"theirs", d.Icebergs.Theirs}} {
		for _, l := range []struct {
			field string
			list  []string
		}{{"positions", s.b.Positions}, {"reasoning", s.b.Reasoning}, {"values", s.b.Values}} {
			for i, e := range l.list {
				c.Text(check.Index("icebergs."+s.name+"."+l.field, i), e, MaxTextLen, false)
			}
		}
	}
	return c.Err()
}

// Network builds the dossier's influence network: the agency, the
// stakeholders and the interlocutors as nodes, the influence as edges. It
// validates the dossier first, so that problems name the dossier's fields
// ("influence[1].weight").
func (d Dossier) Network() (*Network, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	nodes := make([]uuid.UUID, 0, 1+len(d.Stakeholders)+len(d.Interlocutors))
	nodes = append(nodes, d.Agency)
	for _, s := range d.Stakeholders {
		nodes = append(nodes, s.ID)
	}
	for _, in := range d.Interlocutors {
		nodes = append(nodes, in.ID)
	}
	return NewNetwork(nodes, d.Influence)
}

// Leverage returns the strongest paths of influence from the agency to each
// interlocutor — the target's decision-makers the organisation talks to —
// with the intermediaries that matter most and who is out of reach.
func (d Dossier) Leverage() (Leverage, error) {
	n, err := d.Network()
	if err != nil {
		return Leverage{}, err
	}
	targets := make([]uuid.UUID, len(d.Interlocutors))
	for i, in := range d.Interlocutors {
		targets[i] = in.ID
	}
	return n.Leverage(d.Agency, targets)
}
