package stakeholder

import (
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
)

// Redacted replaces a name when a value is redacted.
const Redacted = "[redacted]"

// Salience is the stakeholder-salience model's three attributes: power over
// the target, legitimacy of its claim, urgency of its claim. The zero value
// has none of the three: its tier is TierNone. A Salience is a plain value,
// safe for concurrent use.
type Salience struct {
	Power      bool `json:"power"`
	Legitimacy bool `json:"legitimacy"`
	Urgency    bool `json:"urgency"`
}

// Tier returns how many of the three attributes the stakeholder has.
func (s Salience) Tier() Tier {
	n := 0
	for _, b := range []bool{s.Power, s.Legitimacy, s.Urgency} {
		if b {
			n++
		}
	}
	return TierNone + Tier(n)
}

// Stakeholder is an actor of influence over the target armed actor: who it
// is, its Influence over the target (0 none to 1 decisive), its Position
// towards the protection objective (−1 opposed to +1 supportive), and the
// Confidence in those two estimates; optionally its Salience.
//
// Name, Location and Notes are sensitive: they never appear in String,
// GoString, any fmt verb go vet accepts, slog output or error messages (see
// the package documentation for the two ways around this), and Redact clears
// them. Everything else may be shared. The zero value is not a valid
// stakeholder. A Stakeholder is a plain value, safe for concurrent reads.
type Stakeholder struct {
	ID         uuid.UUID  `json:"id"`
	Name       string     `json:"name"`
	Role       Role       `json:"role"`
	Influence  float64    `json:"influence"`
	Position   float64    `json:"position"`
	Confidence Confidence `json:"confidence"`
	Salience   *Salience  `json:"salience,omitempty"`
	Location   string     `json:"location,omitempty"`
	Notes      string     `json:"notes,omitempty"`
}

// String identifies the stakeholder without its sensitive fields:
// "stakeholder 6ba7b810 (religious authority)".
func (s Stakeholder) String() string {
	return "stakeholder " + short(s.ID) + " (" + s.Role.Label() + ")"
}

// GoString is String, so that %#v reveals nothing sensitive either.
func (s Stakeholder) GoString() string { return s.String() }

// Format writes String for every verb, so that no fmt verb prints a field.
func (s Stakeholder) Format(f fmt.State, verb rune) { writeSafe(f, s.String()) }

// LogValue logs the stakeholder without its sensitive fields.
func (s Stakeholder) LogValue() slog.Value {
	return slog.GroupValue(slog.String("id", s.ID.String()), slog.String("role", s.Role.String()),
		slog.Float64("influence", s.Influence), slog.Float64("position", s.Position))
}

// Redact returns a copy with the name replaced by [Redacted] and the location
// and notes cleared.
func (s Stakeholder) Redact() Stakeholder {
	s = s.clone()
	s.Name, s.Location, s.Notes = redactName(s.Name), "", ""
	return s
}

// clone returns a copy of s with its own Salience.
func (s Stakeholder) clone() Stakeholder {
	if s.Salience != nil {
		sal := *s.Salience
		s.Salience = &sal
	}
	return s
}

// Interlocutor is a person or office of the target armed actor the
// organisation talks to, at a decision-making Level (and, optionally, in a
// Faction of the actor), judged on Authority (0 to 1: can they decide, or
// carry a decision) and Credibility (0 to 1: are they believed and followed).
//
// Name, Phone, Email, Location and Notes are sensitive: they never appear in
// String, GoString, any fmt verb go vet accepts, slog output or error
// messages, and Redact clears them. The zero value is not a valid
// interlocutor. An Interlocutor is a plain value, safe for concurrent reads.
type Interlocutor struct {
	ID          uuid.UUID   `json:"id"`
	Name        string      `json:"name"`
	Level       actor.Level `json:"level"`
	Faction     uuid.UUID   `json:"faction,omitzero"`
	Authority   float64     `json:"authority"`
	Credibility float64     `json:"credibility"`
	Phone       string      `json:"phone,omitempty"`
	Email       string      `json:"email,omitempty"`
	Location    string      `json:"location,omitempty"`
	Notes       string      `json:"notes,omitempty"`
}

// String identifies the interlocutor without its sensitive fields:
// "interlocutor 6ba7b810 (military command)".
func (i Interlocutor) String() string {
	return "interlocutor " + short(i.ID) + " (" + i.Level.Label() + ")"
}

// GoString is String, so that %#v reveals nothing sensitive either.
func (i Interlocutor) GoString() string { return i.String() }

// Format writes String for every verb.
func (i Interlocutor) Format(f fmt.State, verb rune) { writeSafe(f, i.String()) }

// LogValue logs the interlocutor without its sensitive fields.
func (i Interlocutor) LogValue() slog.Value {
	return slog.GroupValue(slog.String("id", i.ID.String()), slog.String("level", i.Level.String()),
		slog.Float64("authority", i.Authority), slog.Float64("credibility", i.Credibility))
}

// Redact returns a copy with the name replaced by [Redacted] and the phone,
// email, location and notes cleared.
func (i Interlocutor) Redact() Interlocutor {
	i.Name, i.Phone, i.Email, i.Location, i.Notes = redactName(i.Name), "", "", "", ""
	return i
}

// Contact is one entry of the contact log: which interlocutor, which staff
// member (by an ID, never a name), when, at which level, by which channel,
// and how it went. Notes is sensitive: it never appears in String, GoString,
// any fmt verb go vet accepts or slog output, and Redact clears it. The zero
// value is not a valid contact. A Contact is a plain value, safe for
// concurrent use.
type Contact struct {
	Interlocutor uuid.UUID      `json:"interlocutor"`
	Staff        uuid.UUID      `json:"staff"`
	At           time.Time      `json:"at"`
	Level        actor.Level    `json:"level"`
	Channel      Channel        `json:"channel"`
	Outcome      ContactOutcome `json:"outcome"`
	Notes        string         `json:"notes,omitempty"`
}

// String describes the contact without its notes.
func (c Contact) String() string {
	return "contact with interlocutor " + short(c.Interlocutor) + " on " + c.At.UTC().Format(time.DateOnly) +
		" (" + c.Channel.Label() + ", " + c.Outcome.Label() + ")"
}

// GoString is String, so that %#v reveals nothing sensitive either.
func (c Contact) GoString() string { return c.String() }

// Format writes String for every verb.
func (c Contact) Format(f fmt.State, verb rune) { writeSafe(f, c.String()) }

// LogValue logs the contact without its notes.
func (c Contact) LogValue() slog.Value {
	return slog.GroupValue(slog.String("interlocutor", c.Interlocutor.String()), slog.String("staff", c.Staff.String()),
		slog.Time("at", c.At), slog.String("channel", c.Channel.String()), slog.String("outcome", c.Outcome.String()))
}

// Redact returns a copy with the notes cleared.
func (c Contact) Redact() Contact {
	c.Notes = ""
	return c
}

func short(id uuid.UUID) string { return id.String()[:8] }

func redactName(s string) string {
	if strings.TrimSpace(s) == "" {
		return s
	}
	return Redacted
}

func writeSafe(f fmt.State, s string) {
	_, _ = f.Write([]byte(s))
}
