package stakeholder_test

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/jsontest"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// checkFieldErrors fails t unless err is made only of *FieldErrors from this
// package, each with a reason, and returns them.
func checkFieldErrors(t *testing.T, err error) []*stakeholder.FieldError {
	t.Helper()
	fes := fieldErrors(t, err) // fails for any joined error that is not a *FieldError
	require.NotEmpty(t, fes)
	for _, fe := range fes {
		assert.NotZero(t, fe.Reason, "%v", fe)
		assert.Equal(t, "stakeholder", fe.Pkg, "%v", fe)
	}
	return fes
}

// withUTCTimes returns d with its contacts' times in UTC, so that dossiers
// whose times are equal compare equal whatever their locations.
func withUTCTimes(d stakeholder.Dossier) stakeholder.Dossier {
	d.Contacts = slices.Clone(d.Contacts)
	for i := range d.Contacts {
		d.Contacts[i].At = d.Contacts[i].At.UTC()
	}
	return d
}

// FuzzDecodeDossier checks that any input either decodes to a dossier that
// validates, builds its network, redacts to a dossier that validates and
// survives EncodeDossier and DecodeDossier unchanged; or fails with field
// errors only.
//
// The corpus in testdata/fuzz/FuzzDecodeDossier holds a minimal dossier, a
// full one, a redacted one, empty lists, an unknown field, a duplicate key
// differing in case, invalid UTF-8, a truncated document, a self-loop and a
// contact with an unknown interlocutor.
func FuzzDecodeDossier(f *testing.F) {
	for _, d := range []stakeholder.Dossier{validDossier(), validDossier().Redact(), {Target: targetID, Agency: agencyID}} {
		var buf bytes.Buffer
		require.NoError(f, stakeholder.EncodeDossier(&buf, d))
		f.Add(buf.Bytes())
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"target":"6ba7b810-9dad-41d1-80b4-0000000000a0","agency":"6ba7b810-9dad-41d1-80b4-000000000001","influence":[{"from":"6ba7b810-9dad-41d1-80b4-000000000001","to":"6ba7b810-9dad-41d1-80b4-000000000001","weight":1}]}`))
	f.Add([]byte(`{"target":"6ba7b810-9dad-41d1-80b4-0000000000a0","agency":"6ba7b810-9dad-41d1-80b4-000000000001","contacts":[{"interlocutor":"6ba7b810-9dad-41d1-80b4-000000000021","staff":"6ba7b810-9dad-41d1-80b4-000000000031","at":"2024-01-01T00:00:00+05:30","level":"MILITARY_COMMAND","channel":"phone","outcome":"neutral"}]}`))
	f.Add([]byte(`{"target":"6ba7b810-9dad-41d1-80b4-0000000000a0","agency":"6ba7b810-9dad-41d1-80b4-000000000001","stakeholders":[{"id":"6ba7b810-9dad-41d1-80b4-000000000011","name":"\u2028x","role":"Human-Rights Organisation","influence":1e-400,"position":-0,"confidence":"high","salience":{}}]}`))

	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.Differential(t, stakeholder.DossierCodec, data, stakeholder.Limits{})
		d, err := stakeholder.DecodeDossier(bytes.NewReader(data), stakeholder.Limits{})
		if err != nil {
			checkFieldErrors(t, err)
			assert.Equal(t, stakeholder.Dossier{}, d, "a failed decode returns the zero Dossier")
			return
		}
		require.NoError(t, d.Validate(), "DecodeDossier returned a dossier that does not validate")

		n, err := d.Network()
		require.NoError(t, err, "a valid dossier builds its network")
		assert.Equal(t, 1+len(d.Stakeholders)+len(d.Interlocutors), n.Len())
		assert.Equal(t, len(d.Influence), n.Edges())
		lev, err := d.Leverage()
		require.NoError(t, err)
		checkPaths(t, graph{edges: d.Influence}, d.Agency, lev)
		assert.Equal(t, len(d.Interlocutors), len(lev.Paths)+len(lev.Unreachable), "every interlocutor is reached or not")

		red := d.Redact()
		require.NoError(t, red.Validate(), "a redacted dossier validates")

		var buf bytes.Buffer
		require.NoError(t, stakeholder.EncodeDossier(&buf, d), "a decoded dossier encodes")
		back, err := stakeholder.DecodeDossier(bytes.NewReader(buf.Bytes()), stakeholder.Limits{})
		require.NoError(t, err, "an encoded dossier decodes:\n%s", buf.String())
		require.Equal(t, withUTCTimes(d), withUTCTimes(back))
		for i := range d.Contacts {
			assert.True(t, d.Contacts[i].At.Equal(back.Contacts[i].At))
		}
		var again bytes.Buffer
		require.NoError(t, stakeholder.EncodeDossier(&again, back))
		assert.Equal(t, buf.String(), again.String(), "encoding is stable")
	})
}

// networkInput maps bytes to NewNetwork's arguments: the first byte is the
// number of nodes (up to 31), then a byte per node (0 for the nil ID, else
// the node nid(b), so bytes may repeat), then triples (from, to, weight).
// An endpoint byte below 200 picks a listed node, any other names nid(b),
// often unknown. Weight bytes 0, 252, 253, 254 and 255 give 0, +Inf, −0.5,
// 1.5 and NaN; the rest b/251, in (0, 1].
func networkInput(data []byte) ([]uuid.UUID, []stakeholder.Edge) {
	if len(data) == 0 {
		return nil, nil
	}
	nn := int(data[0] % 32)
	data = data[1:]
	var nodes []uuid.UUID
	for ; nn > 0 && len(data) > 0; nn-- {
		if data[0] == 0 {
			nodes = append(nodes, uuid.Nil)
		} else {
			nodes = append(nodes, nid(int(data[0])))
		}
		data = data[1:]
	}
	end := func(b byte) uuid.UUID {
		if b < 200 && len(nodes) > 0 {
			return nodes[int(b)%len(nodes)]
		}
		return nid(int(b))
	}
	var edges []stakeholder.Edge
	for ; len(data) >= 3; data = data[3:] {
		var w float64
		switch b := data[2]; b {
		case 0:
			w = 0
		case 252:
			w = math.Inf(1)
		case 253:
			w = -0.5
		case 254:
			w = 1.5
		case 255:
			w = math.NaN()
		default:
			w = float64(b) / 251
		}
		edges = append(edges, stakeholder.Edge{From: end(data[0]), To: end(data[1]), Weight: w})
	}
	return nodes, edges
}

// validNetwork says, independently of NewNetwork, whether its arguments
// are valid.
func validNetwork(nodes []uuid.UUID, edges []stakeholder.Edge) bool {
	known := map[uuid.UUID]bool{}
	for _, id := range nodes {
		if id == uuid.Nil || known[id] {
			return false
		}
		known[id] = true
	}
	seen := map[[2]uuid.UUID]bool{}
	for _, e := range edges {
		k := [2]uuid.UUID{e.From, e.To}
		if !known[e.From] || !known[e.To] || e.From == e.To || !(e.Weight > 0 && e.Weight <= 1) || seen[k] {
			return false
		}
		seen[k] = true
	}
	return true
}

// FuzzNewNetwork checks that NewNetwork never panics, fails exactly on bad
// input and then only with field errors (at most 100), and that Leverage
// on what it builds returns consistent, strongest paths.
//
// The corpus in testdata/fuzz/FuzzNewNetwork holds no input, a diamond, a
// repeated edge, a nil node, a self-loop, every bad weight, a cycle of
// weight-1 edges, a node with more than 16 out-edges, duplicate nodes and
// edges to unknown nodes.
func FuzzNewNetwork(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{4, 1, 2, 3, 4, 0, 1, 125, 0, 2, 125, 1, 3, 125, 2, 3, 125})
	f.Add([]byte{3, 1, 2, 3, 0, 1, 251, 1, 2, 251, 2, 0, 251})
	f.Add([]byte{3, 1, 0, 1, 0, 1, 100, 0, 2, 255, 1, 1, 10, 0, 210, 10})

	f.Fuzz(func(t *testing.T, data []byte) {
		nodes, edges := networkInput(data)
		nodes0, edges0 := slices.Clone(nodes), slices.Clone(edges)
		n, err := stakeholder.NewNetwork(nodes, edges)
		assert.Equal(t, nodes0, nodes, "NewNetwork modified its nodes")
		require.Equal(t, len(edges0), len(edges))
		for i := range edges {
			assert.True(t, edges0[i] == edges[i] || math.IsNaN(edges[i].Weight), "NewNetwork modified edges[%d]", i)
		}
		valid := validNetwork(nodes, edges)
		if err != nil {
			fes := checkFieldErrors(t, err)
			assert.LessOrEqual(t, len(fes), 100)
			assert.Nil(t, n)
			assert.False(t, valid, "NewNetwork refused a valid network: %v", err)
			return
		}
		require.True(t, valid, "NewNetwork accepted an invalid network")
		require.NotNil(t, n)
		assert.Equal(t, len(nodes), n.Len())
		assert.Equal(t, len(edges), n.Edges())
		if len(nodes) == 0 {
			_, err := n.Leverage(nid(1), nil)
			assert.Error(t, err)
			return
		}
		g := graph{nodes: nodes, edges: edges}
		lev, err := n.Leverage(nodes[0], nodes)
		require.NoError(t, err)
		checkPaths(t, g, nodes[0], lev)
		want := best(g, nodes[0])
		for _, p := range lev.Paths {
			assert.InEpsilon(t, want[p.Target], p.Strength, 1e-9, "not the strongest path to %v", p.Target)
		}
		assert.Equal(t, len(nodes), len(lev.Paths)+len(lev.Unreachable), "every target, the organisation itself included, is reached or listed")
		assert.Equal(t, len(nodes)-len(want), lev.Isolated)
		var dot bytes.Buffer
		require.NoError(t, n.WriteDOT(&dot, nil))
		assert.Equal(t, 3+len(nodes)+len(edges)+1, strings.Count(dot.String(), "\n"))
	})
}
