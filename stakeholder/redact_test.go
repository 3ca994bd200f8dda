package stakeholder_test

// The redaction audit: every type that holds a name, a phone number, an
// email, a place, a note or a statement is filled with distinctive secret
// tokens and pushed through every way a value leaves a program — fmt verbs,
// String and GoString, slog's text and JSON handlers, error messages, the
// SVG map and the DOT export — and the tokens must not come out. After
// Redact, not even JSON carries them.

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// leaks returns the secrets found in out, literally or hex-encoded (as %x
// would print a string).
func leaks(out string, secrets []string) []string {
	var found []string
	for _, s := range secrets {
		h := hex.EncodeToString([]byte(s))
		if strings.Contains(out, s) || strings.Contains(out, h) || strings.Contains(out, strings.ToUpper(h)) {
			found = append(found, s)
		}
	}
	return found
}

func assertNoSecrets(t *testing.T, where, out string, secrets []string) bool {
	t.Helper()
	if found := leaks(out, secrets); len(found) > 0 {
		return assert.Fail(t, "secret text leaked", "%s leaks %q in:\n%s", where, found, out)
	}
	return true
}

// secretDossier is validDossier with every sensitive field set to a
// distinctive token. It returns the tokens by the part of the dossier they
// are in.
type secretSet struct {
	all           []string
	stakeholders  [][]string // per stakeholder
	interlocutors [][]string // per interlocutor
	contacts      [][]string // per contact
	facts, norms  []string
	icebergs      []string
}

func secretDossier() (stakeholder.Dossier, secretSet) {
	d := validDossier()
	var sec secretSet
	put := func(list *[]string, s string) string {
		*list = append(*list, s)
		sec.all = append(sec.all, s)
		return s
	}
	sec.stakeholders = make([][]string, len(d.Stakeholders))
	for i := range d.Stakeholders {
		s := &d.Stakeholders[i]
		l := &sec.stakeholders[i]
		s.Name = put(l, "SECRET-NAME-7f3a-s"+strconv.Itoa(i))
		s.Location = put(l, "SECRET-PLACE-Baidoa-s"+strconv.Itoa(i))
		s.Notes = put(l, "SECRET-NOTES-informant-s"+strconv.Itoa(i))
	}
	sec.interlocutors = make([][]string, len(d.Interlocutors))
	for i := range d.Interlocutors {
		in := &d.Interlocutors[i]
		l := &sec.interlocutors[i]
		in.Name = put(l, "SECRET-NAME-7f3a-i"+strconv.Itoa(i))
		in.Phone = put(l, "+252-61-555-019"+strconv.Itoa(i))
		in.Email = put(l, "secret"+strconv.Itoa(i)+"@example.org")
		in.Location = put(l, "SECRET-PLACE-Kismayo-i"+strconv.Itoa(i))
		in.Notes = put(l, "SECRET-NOTES-safehouse-i"+strconv.Itoa(i))
	}
	sec.contacts = make([][]string, len(d.Contacts))
	for i := range d.Contacts {
		d.Contacts[i].Notes = put(&sec.contacts[i], "SECRET-CONTACT-NOTE-c"+strconv.Itoa(i))
	}
	for i := range d.Island.Facts {
		d.Island.Facts[i].Statement = put(&sec.facts, "SECRET-FACT-f"+strconv.Itoa(i))
	}
	for i := range d.Island.Norms {
		d.Island.Norms[i].Statement = put(&sec.norms, "SECRET-NORM-n"+strconv.Itoa(i))
	}
	for _, side := range []struct {
		name string
		b    *stakeholder.Iceberg
	}{{"ours", &d.Icebergs.Ours}, {"theirs", &d.Icebergs.Theirs}} {
		side.b.Positions = []string{put(&sec.icebergs, "SECRET-POSITION-"+side.name+"-0"), put(&sec.icebergs, "SECRET-POSITION-"+side.name+"-1")}
		side.b.Reasoning = []string{put(&sec.icebergs, "SECRET-REASONING-"+side.name)}
		side.b.Values = []string{put(&sec.icebergs, "SECRET-VALUE-"+side.name)}
	}
	return d, sec
}

func TestSecretDossierIsValid(t *testing.T) {
	d, sec := secretDossier()
	require.NoError(t, d.Validate())
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.Len(t, leaks(string(b), sec.all), len(sec.all), "the dossier's JSON holds every token, so the audit can fail")
	assert.Len(t, sec.all, 3*3+3*5+5+2+2+8)
}

// formatted renders v in every way fmt can: each verb with flags, and v
// behind a pointer, in a slice, in a map and in a struct field.
func formatted(v any) map[string]string {
	ptr := reflect.New(reflect.TypeOf(v))
	ptr.Elem().Set(reflect.ValueOf(v))
	p := ptr.Interface()
	slice := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(v)), 0, 1)
	slice = reflect.Append(slice, reflect.ValueOf(v))
	m := reflect.MakeMap(reflect.MapOf(reflect.TypeFor[string](), reflect.TypeOf(v)))
	m.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(v))
	field := reflect.New(reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(v)}})).Elem()
	field.Field(0).Set(reflect.ValueOf(v))

	out := map[string]string{}
	verbs := []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%t", "%e", "%g", "%c", "%U", "%b", "%o",
		"%10v", "%-40s", "% x", "%#x", "%+q", "%#q", "%.3s", "%08d"}
	for _, verb := range verbs {
		out[verb] = fmt.Sprintf(verb, v)
		out["pointer "+verb] = fmt.Sprintf(verb, p)
	}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		out["slice "+verb] = fmt.Sprintf(verb, slice.Interface())
		out["map "+verb] = fmt.Sprintf(verb, m.Interface())
		out["field "+verb] = fmt.Sprintf(verb, field.Interface())
	}
	out["Sprint"] = fmt.Sprint(v)
	out["Sprintln"] = fmt.Sprintln(v, p)
	out["Errorf"] = fmt.Errorf("wrapped: %v", v).Error()
	if s, ok := v.(fmt.Stringer); ok {
		out["String"] = s.String()
	}
	if s, ok := v.(fmt.GoStringer); ok {
		out["GoString"] = s.GoString()
	}
	return out
}

// logged logs v with slog's text and JSON handlers, as an attribute, as a
// key-value pair, in a group, through With and WithGroup, and behind a
// pointer.
func logged(v any) map[string]string {
	ptr := reflect.New(reflect.TypeOf(v))
	ptr.Elem().Set(reflect.ValueOf(v))
	out := map[string]string{}
	for name, mk := range map[string]func(w *bytes.Buffer) slog.Handler{
		"text": func(w *bytes.Buffer) slog.Handler {
			return slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug, AddSource: true})
		},
		"json": func(w *bytes.Buffer) slog.Handler {
			return slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug})
		},
	} {
		var buf bytes.Buffer
		l := slog.New(mk(&buf))
		l.Info("attr", slog.Any("x", v))
		l.Debug("key-value", "x", v)
		l.Warn("group", slog.Group("g", slog.Any("x", v), slog.Group("inner", "y", v)))
		l.With("x", v).Error("with")
		l.WithGroup("g").Info("with group", "x", ptr.Interface())
		l.LogAttrs(context.Background(), slog.LevelInfo, "log attrs", slog.Any("x", v))
		out[name] = buf.String()
	}
	return out
}

// auditCase is a value holding secrets, with the secrets it holds.
type auditCase struct {
	name    string
	v       any
	secrets []string // what it holds: its JSON shows each
}

func auditCases(t *testing.T) ([]auditCase, []string) {
	d, sec := secretDossier()
	h, err := stakeholder.Summarise(d, targetActor(), day(60), stakeholder.HandoverOptions{})
	require.NoError(t, err)
	var hsec []string
	for _, l := range append(sec.stakeholders, sec.interlocutors...) {
		hsec = append(hsec, l...)
	}
	hsec = append(hsec, sec.facts[0], sec.norms[0]) // the island: agreed facts and convergent norms
	hsec = append(hsec, sec.icebergs...)
	require.Equal(t, i1ID, h.Relationships[1].Interlocutor.ID)
	cont, err := stakeholder.AnalyseContinuity(d.Interlocutors, d.Contacts, day(60), stakeholder.ContinuityOptions{})
	require.NoError(t, err)
	return []auditCase{
		{"Stakeholder", d.Stakeholders[0], sec.stakeholders[0]},
		{"Interlocutor", d.Interlocutors[0], sec.interlocutors[0]},
		{"Contact", d.Contacts[2], sec.contacts[2]},
		{"Island", d.Island, append(append([]string(nil), sec.facts...), sec.norms...)},
		{"Icebergs", d.Icebergs, sec.icebergs},
		{"Dossier", d, sec.all},
		{"Handover", h, hsec},
		{"Relationship", h.Relationships[1], sec.interlocutors[0]},
		{"Continuity", cont, nil},
	}, sec.all
}

func TestRedactionAudit(t *testing.T) {
	cases, all := auditCases(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if len(c.secrets) > 0 {
				b, err := json.Marshal(c.v)
				require.NoError(t, err)
				require.Len(t, leaks(string(b), c.secrets), len(c.secrets), "the value holds its secrets: the audit can fail")
			}
			t.Run("fmt", func(t *testing.T) {
				for how, out := range formatted(c.v) {
					assertNoSecrets(t, how, out, all)
				}
			})
			t.Run("slog text", func(t *testing.T) {
				out := logged(c.v)["text"]
				require.Contains(t, out, "msg=attr")
				assertNoSecrets(t, "slog text handler", out, all)
			})
			t.Run("slog JSON", func(t *testing.T) {
				out := logged(c.v)["json"]
				require.Contains(t, out, `"msg":"attr"`)
				assertNoSecrets(t, "slog JSON handler", out, all)
			})
		})
	}
}

// No test covers fmt's bad-verb output: fmt prints a value it cannot apply a
// verb to (%p on a struct, %w in Sprintf) as "%!p(type={...})" with every
// field and its Format method bypassed, so the name comes out. go vet flags
// both calls, and the package documentation states the limit (doc.go).

// TestRedactionElementTypes: Fact, Norm and Iceberg hold free text their
// documentation calls sensitive, and the package promises that sensitive
// text never appears in fmt or slog output, so each has its own String,
// Format and LogValue. A Relationship, which holds an Interlocutor, is
// audited with the other types (TestRedactionAudit/Relationship).
func TestRedactionElementTypes(t *testing.T) {
	d, sec := secretDossier()
	for _, c := range []auditCase{
		{"Fact", d.Island.Facts[0], sec.facts[:1]},
		{"Norm", d.Island.Norms[0], sec.norms[:1]},
		{"Iceberg", d.Icebergs.Ours, sec.icebergs[:4]},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, how := range []string{"%v", "%+v", "%#v", "%s"} {
				assertNoSecrets(t, how, fmt.Sprintf(how, c.v), sec.all)
			}
			for how, out := range logged(c.v) {
				assertNoSecrets(t, "slog "+how, out, sec.all)
			}
		})
	}
}

func TestRedactionInErrors(t *testing.T) {
	d, sec := secretDossier()
	long := strings.Repeat("x", stakeholder.MaxTextLen)

	check := func(t *testing.T, where string, err error) {
		t.Helper()
		require.Error(t, err, where)
		assertNoSecrets(t, where+": Error()", err.Error(), sec.all)
		assertNoSecrets(t, where+": %+v", fmt.Sprintf("%+v", err), sec.all)
		assertNoSecrets(t, where+": %#v", fmt.Sprintf("%#v", err), sec.all)
		for _, fe := range fieldErrors(t, err) {
			assertNoSecrets(t, where+": detail", fe.Detail, sec.all)
			assertNoSecrets(t, where+": path", fe.Path, sec.all)
		}
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, nil)).Error("failed", "err", err)
		assertNoSecrets(t, where+": slog", buf.String(), sec.all)
	}

	t.Run("Validate", func(t *testing.T) {
		bad := cloneDossier(d)
		bad.Stakeholders[0].Name += long       // too long
		bad.Stakeholders[1].Name += "\xff"     // not UTF-8
		bad.Stakeholders[1].Location += "\xfe" // not UTF-8
		bad.Stakeholders[2].Influence = 1.2    // next to a name
		bad.Stakeholders[2].Notes += long      // too long
		bad.Interlocutors[0].Level = 99        // next to a phone number
		bad.Interlocutors[0].Phone += long     // too long
		bad.Interlocutors[1].Email += "\xc3"   // not UTF-8
		bad.Interlocutors[2].ID = bad.Interlocutors[1].ID
		bad.Contacts[2].Channel = 0   // next to notes
		bad.Contacts[3].Notes += long // too long
		bad.Island.Facts[0].Statement += long
		bad.Icebergs.Theirs.Values[0] += "\xff"
		bad.Influence[0].To = nid(0x99)
		err := bad.Validate()
		require.GreaterOrEqual(t, len(fieldErrors(t, err)), 14)
		check(t, "Validate", err)
		_, err = bad.Network()
		check(t, "Network", err)
		_, err = bad.Leverage()
		check(t, "Leverage", err)
		_, err = stakeholder.Summarise(bad, targetActor(), day(60), stakeholder.HandoverOptions{})
		check(t, "Summarise", err)
		check(t, "EncodeDossier", stakeholder.EncodeDossier(&bytes.Buffer{}, bad))
	})

	t.Run("DecodeDossier", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, stakeholder.EncodeDossier(&buf, d))
		good := buf.String()
		name := sec.stakeholders[0][0]
		inputs := map[string]string{
			"unknown role next to a name":      strings.Replace(good, `"role": "religious_authority"`, `"role": "prophet"`, 1),
			"unknown field after a name":       strings.Replace(good, `"name": "`+name+`",`, `"name": "`+name+`", "alias": "x",`, 1),
			"duplicate name":                   strings.Replace(good, `"name": "`+name+`",`, `"name": "`+name+`", "name": "`+name+`",`, 1),
			"name of the wrong type":           strings.Replace(good, `"name": "`+name+`",`, `"name": ["`+name+`"],`, 1),
			"invalid UTF-8 in a name":          strings.Replace(good, name, name+"\xff", 1),
			"truncated in a name":              good[:strings.Index(good, name)+len(name)],
			"malformed after a name":           strings.Replace(good, `"name": "`+name+`",`, `"name": "`+name+`" "`+name+`",`, 1),
			"name too long":                    strings.Replace(good, name, name+long, 1),
			"notes out of the decoder's limit": strings.Replace(good, name, name+strings.Repeat("y", 70<<10), 1),
			"influence out of range":           strings.Replace(good, `"influence": 0.8`, `"influence": 8`, 1),
			"phone beside a bad level":         strings.Replace(good, `"level": "military_command",`, `"level": "generalissimo",`, 1),
			"a bad time beside contact notes":  strings.Replace(good, `"at": "2024-01-21T09:00:00Z"`, `"at": "yesterday"`, 1),
		}
		for what, in := range inputs {
			require.NotEqual(t, good, in, what)
			got, err := stakeholder.DecodeDossier(strings.NewReader(in), stakeholder.Limits{})
			check(t, what, err)
			assert.Equal(t, stakeholder.Dossier{}, got, what)
		}
		_, err := stakeholder.DecodeDossier(strings.NewReader(good), stakeholder.Limits{MaxString: 10})
		check(t, "a name beyond MaxString", err)
		_, err = stakeholder.DecodeDossier(strings.NewReader(good), stakeholder.Limits{MaxBytes: 100})
		check(t, "beyond MaxBytes", err)
	})

	t.Run("AnalyseContinuity", func(t *testing.T) {
		log := cloneSlice(d.Contacts)
		log[1].At = day(100)
		log[2].Interlocutor = nid(0x99)
		log[3].At = time.Time{}
		_, err := stakeholder.AnalyseContinuity(d.Interlocutors, log, day(60), stakeholder.ContinuityOptions{})
		check(t, "AnalyseContinuity", err)
		_, err = stakeholder.Summarise(d, targetActor(), day(30), stakeholder.HandoverOptions{})
		check(t, "Summarise before the last contact", err)
		other := targetActor()
		other.ID = nid(0xb0)
		_, err = stakeholder.Summarise(d, other, day(60), stakeholder.HandoverOptions{})
		check(t, "Summarise about another actor", err)
	})
}

func TestRedactionInExports(t *testing.T) {
	d, sec := secretDossier()
	var svg bytes.Buffer
	require.NoError(t, stakeholder.WriteSVG(&svg, d.Stakeholders, stakeholder.SVGOptions{}))
	assertNoSecrets(t, "WriteSVG with default labels", svg.String(), sec.all)
	assert.Contains(t, svg.String(), "S1 (religious authority)")

	n, err := d.Network()
	require.NoError(t, err)
	var dot bytes.Buffer
	require.NoError(t, n.WriteDOT(&dot, nil))
	assertNoSecrets(t, "WriteDOT with no labels", dot.String(), sec.all)

	// A caller who chooses to show names gets them: the audit can fail.
	var named bytes.Buffer
	require.NoError(t, stakeholder.WriteSVG(&named, d.Stakeholders, stakeholder.SVGOptions{Label: func(_ int, s stakeholder.Stakeholder) string { return s.Name }}))
	assert.Contains(t, named.String(), sec.stakeholders[0][0])
}

func TestRedactJSON(t *testing.T) {
	d, sec := secretDossier()
	h, err := stakeholder.Summarise(d, targetActor(), day(60), stakeholder.HandoverOptions{})
	require.NoError(t, err)
	cases, _ := auditCases(t)
	redacted := map[string]any{
		"Stakeholder":  d.Stakeholders[0].Redact(),
		"Interlocutor": d.Interlocutors[0].Redact(),
		"Contact":      d.Contacts[2].Redact(),
		"Island":       d.Island.Redact(),
		"Icebergs":     d.Icebergs.Redact(),
		"Dossier":      d.Redact(),
		"Handover":     h.Redact(),
		"Relationship": h.Relationships[1].Redact(),
	}
	for _, c := range cases {
		r, ok := redacted[c.name]
		if !ok {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			orig, err := json.Marshal(c.v)
			require.NoError(t, err)
			assert.Len(t, leaks(string(orig), c.secrets), len(c.secrets), "before Redact, JSON shows every secret")
			b, err := json.Marshal(r)
			require.NoError(t, err)
			assertNoSecrets(t, "JSON after Redact", string(b), sec.all)
			for how, out := range formatted(r) {
				assertNoSecrets(t, how, out, sec.all)
			}
		})
	}

	red := d.Redact()
	require.NoError(t, red.Validate(), "a redacted dossier still validates")
	var buf bytes.Buffer
	require.NoError(t, stakeholder.EncodeDossier(&buf, red))
	assertNoSecrets(t, "EncodeDossier(Redact())", buf.String(), sec.all)
	back, err := stakeholder.DecodeDossier(&buf, stakeholder.Limits{})
	require.NoError(t, err)
	assert.Equal(t, red, back)
	assert.Equal(t, red, red.Redact(), "Redact is idempotent")

	// What Redact keeps.
	for i, s := range red.Stakeholders {
		assert.Equal(t, stakeholder.Redacted, s.Name)
		o := d.Stakeholders[i]
		assert.Equal(t, stakeholder.Stakeholder{ID: o.ID, Name: stakeholder.Redacted, Role: o.Role, Influence: o.Influence,
			Position: o.Position, Confidence: o.Confidence, Salience: o.Salience}, s)
	}
	for i, in := range red.Interlocutors {
		o := d.Interlocutors[i]
		assert.Equal(t, stakeholder.Interlocutor{ID: o.ID, Name: stakeholder.Redacted, Level: o.Level, Faction: o.Faction,
			Authority: o.Authority, Credibility: o.Credibility}, in)
	}
	for i, c := range red.Contacts {
		o := d.Contacts[i]
		o.Notes = ""
		assert.Equal(t, o, c)
	}
	assert.Equal(t, d.Influence, red.Influence)
	assert.Equal(t, d.Target, red.Target)
	assert.Equal(t, d.Agency, red.Agency)

	// A blank optional field stays blank; a blank name is left as it is.
	assert.Equal(t, "", stakeholder.Stakeholder{}.Redact().Name)
}

// randomToken is a distinctive secret: a prefix and 16 random hex digits.
func randomToken(r *rand.Rand, kind string) string {
	var b [8]byte
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return kind + "-" + hex.EncodeToString(b[:])
}

// randomSecretDossier returns a valid dossier with random contents and a
// random token in every sensitive field it sets, and those tokens.
func randomSecretDossier(r *rand.Rand) (stakeholder.Dossier, []string) {
	var toks []string
	tok := func(kind string) string {
		s := randomToken(r, kind)
		toks = append(toks, s)
		return s
	}
	maybe := func(kind string) string {
		if r.IntN(3) == 0 {
			return ""
		}
		return tok(kind)
	}
	d := stakeholder.Dossier{Target: randomID(r), Agency: randomID(r)}
	nodes := []uuid.UUID{d.Agency}
	for range r.IntN(6) {
		s := stakeholder.Stakeholder{
			ID: randomID(r), Name: tok("name"), Role: stakeholder.Role(1 + r.IntN(17)),
			Influence: r.Float64(), Position: 2*r.Float64() - 1, Confidence: stakeholder.Confidence(1 + r.IntN(3)),
			Location: maybe("place"), Notes: maybe("notes"),
		}
		if r.IntN(2) == 0 {
			s.Salience = &stakeholder.Salience{Power: r.IntN(2) == 0, Legitimacy: r.IntN(2) == 0, Urgency: r.IntN(2) == 0}
		}
		d.Stakeholders = append(d.Stakeholders, s)
		nodes = append(nodes, s.ID)
	}
	for range r.IntN(6) {
		in := stakeholder.Interlocutor{
			ID: randomID(r), Name: tok("iname"), Level: actor.Level(1 + r.IntN(5)),
			Authority: r.Float64(), Credibility: r.Float64(),
			Phone: maybe("phone"), Email: maybe("email"), Location: maybe("iplace"), Notes: maybe("inotes"),
		}
		if r.IntN(3) == 0 {
			in.Faction = randomID(r)
		}
		d.Interlocutors = append(d.Interlocutors, in)
		nodes = append(nodes, in.ID)
	}
	seen := map[[2]uuid.UUID]bool{}
	for range r.IntN(2 * len(nodes)) {
		a, b := nodes[r.IntN(len(nodes))], nodes[r.IntN(len(nodes))]
		if a == b || seen[[2]uuid.UUID{a, b}] {
			continue
		}
		seen[[2]uuid.UUID{a, b}] = true
		d.Influence = append(d.Influence, edge(a, b, 1-r.Float64()))
	}
	if len(d.Interlocutors) > 0 {
		staff := []uuid.UUID{randomID(r), randomID(r)}
		for range r.IntN(9) {
			in := d.Interlocutors[r.IntN(len(d.Interlocutors))]
			d.Contacts = append(d.Contacts, stakeholder.Contact{
				Interlocutor: in.ID, Staff: staff[r.IntN(2)], At: day(r.IntN(100)), Level: in.Level,
				Channel: stakeholder.Channel(1 + r.IntN(5)), Outcome: stakeholder.ContactOutcome(1 + r.IntN(4)), Notes: maybe("cnotes"),
			})
		}
	}
	for range r.IntN(4) {
		d.Island.Facts = append(d.Island.Facts, stakeholder.Fact{Statement: tok("fact"), Agreed: r.IntN(2) == 0})
	}
	for range r.IntN(4) {
		d.Island.Norms = append(d.Island.Norms, stakeholder.Norm{Statement: tok("norm"), Convergent: r.IntN(2) == 0})
	}
	for _, list := range []*[]string{&d.Icebergs.Ours.Positions, &d.Icebergs.Ours.Reasoning, &d.Icebergs.Ours.Values,
		&d.Icebergs.Theirs.Positions, &d.Icebergs.Theirs.Reasoning, &d.Icebergs.Theirs.Values} {
		for range r.IntN(3) {
			*list = append(*list, tok("iceberg"))
		}
	}
	return d, toks
}

func TestRedactProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 4242))
	for run := range 500 {
		d, toks := randomSecretDossier(r)
		require.NoError(t, d.Validate(), "run %d", run)
		orig := cloneDossier(d)
		b, err := json.Marshal(d)
		require.NoError(t, err)
		require.Len(t, leaks(string(b), toks), len(toks), "run %d: the tokens are in the dossier", run)

		red := d.Redact()
		assert.Equal(t, orig, d, "run %d: Redact modified the original", run)
		rb, err := json.Marshal(red)
		require.NoError(t, err)
		assert.Empty(t, leaks(string(rb), toks), "run %d: Redact's JSON holds a secret", run)
		assert.NoError(t, red.Validate(), "run %d: a redacted dossier validates", run)
		for i, s := range red.Stakeholders {
			if s.Salience != nil {
				assert.NotSame(t, d.Stakeholders[i].Salience, s.Salience, "run %d: the salience is copied", run)
			}
		}

		// Changing the copy leaves the original alone: nothing is shared.
		for i := range red.Stakeholders {
			red.Stakeholders[i].Name = "changed"
			if red.Stakeholders[i].Salience != nil {
				red.Stakeholders[i].Salience.Power = !red.Stakeholders[i].Salience.Power
			}
		}
		for i := range red.Interlocutors {
			red.Interlocutors[i].Authority = -1
		}
		for i := range red.Influence {
			red.Influence[i].Weight = 0
		}
		for i := range red.Contacts {
			red.Contacts[i].Staff = uuid.Nil
		}
		for i := range red.Island.Facts {
			red.Island.Facts[i].Agreed = !red.Island.Facts[i].Agreed
		}
		for _, list := range [][]string{red.Icebergs.Ours.Positions, red.Icebergs.Theirs.Values} {
			for i := range list {
				list[i] = "changed"
			}
		}
		assert.Equal(t, orig, d, "run %d: the redacted copy shares memory with the original", run)

		// Nor does any formatted or logged form of the original hold a secret.
		if run%10 == 0 {
			for how, out := range formatted(d) {
				assertNoSecrets(t, how, out, toks)
			}
			for how, out := range logged(d) {
				assertNoSecrets(t, "slog "+how, out, toks)
			}
		}

		// A handover of the dossier, redacted, holds no secret either.
		at := day(100)
		tgt := actor.Actor{ID: d.Target, Name: "target", Kind: actor.KindArmedOpposition, Command: actor.Command(1 + r.IntN(3))}
		h, err := stakeholder.Summarise(d, tgt, at, stakeholder.HandoverOptions{})
		require.NoError(t, err, "run %d", run)
		hb, err := json.Marshal(h.Redact())
		require.NoError(t, err)
		assert.Empty(t, leaks(string(hb), toks), "run %d: Handover.Redact's JSON holds a secret", run)
		assert.Empty(t, leaks(h.String(), toks), "run %d", run)
	}
}
