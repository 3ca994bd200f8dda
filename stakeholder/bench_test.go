package stakeholder_test

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// genNetwork builds a random influence network of n nodes and m edges:
// node 0 is the organisation, the last ten nodes the target's
// decision-makers.
func genNetwork(tb testing.TB, n, m int) (*stakeholder.Network, uuid.UUID, []uuid.UUID) {
	tb.Helper()
	r := rand.New(rand.NewPCG(uint64(n), uint64(m)))
	nodes := make([]uuid.UUID, n)
	for i := range nodes {
		var id uuid.UUID
		for j := range id {
			id[j] = byte(r.Uint32())
		}
		nodes[i] = id
	}
	type pair struct{ a, b int }
	seen := make(map[pair]bool, m)
	edges := make([]stakeholder.Edge, 0, m)
	for len(edges) < m {
		a, b := r.IntN(n), r.IntN(n)
		if a == b || seen[pair{a, b}] {
			continue
		}
		seen[pair{a, b}] = true
		edges = append(edges, stakeholder.Edge{From: nodes[a], To: nodes[b], Weight: 0.05 + 0.95*r.Float64()})
	}
	net, err := stakeholder.NewNetwork(nodes, edges)
	if err != nil {
		tb.Fatal(err)
	}
	return net, nodes[0], nodes[n-10:]
}

func benchLeverage(b *testing.B, n, m int) {
	net, from, targets := genNetwork(b, n, m)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := net.Leverage(from, targets); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLeverage10k(b *testing.B)  { benchLeverage(b, 10_000, 100_000) }
func BenchmarkLeverage100k(b *testing.B) { benchLeverage(b, 100_000, 1_000_000) }

func BenchmarkNewNetwork100k(b *testing.B) {
	n, m := 100_000, 1_000_000
	nodes := make([]uuid.UUID, n)
	for i := range nodes {
		nodes[i] = uuid.NewSHA1(uuid.NameSpaceOID, []byte{byte(i), byte(i >> 8), byte(i >> 16)})
	}
	edges := make([]stakeholder.Edge, 0, m)
	for k := 1; len(edges) < m; k++ { // node i → node i+k, for k = 1..10
		for i := 0; i < n && len(edges) < m; i++ {
			edges = append(edges, stakeholder.Edge{From: nodes[i], To: nodes[(i+k)%n], Weight: 0.5})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stakeholder.NewNetwork(nodes, edges); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkContinuity analyses a chronological log of 1,000,000 contacts
// with 10,000 interlocutors.
func BenchmarkContinuity(b *testing.B) {
	const people, contacts = 10_000, 1_000_000
	ints := make([]stakeholder.Interlocutor, people)
	for i := range ints {
		ints[i] = stakeholder.Interlocutor{ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte{byte(i), byte(i >> 8), byte(i >> 16)}), Level: actor.LevelMilitaryCommand}
	}
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	log := make([]stakeholder.Contact, contacts)
	staff := []uuid.UUID{uuid.NewSHA1(uuid.NameSpaceOID, []byte("a")), uuid.NewSHA1(uuid.NameSpaceOID, []byte("b"))}
	for i := range log {
		log[i] = stakeholder.Contact{Interlocutor: ints[(i*31)%people].ID, Staff: staff[i%7/6], At: start.Add(time.Duration(i) * 2 * time.Minute),
			Level: actor.LevelMilitaryCommand, Channel: stakeholder.ChannelPhone, Outcome: stakeholder.OutcomeNeutral}
	}
	at := start.Add(contacts * 2 * time.Minute)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stakeholder.AnalyseContinuity(ints, log, at, stakeholder.ContinuityOptions{CadenceDays: 30}); err != nil {
			b.Fatal(err)
		}
	}
}

// dossierData is the valid dossier with a contact log of 2,000 entries.
func dossierData(b *testing.B) []byte {
	d := validDossier()
	base := d.Contacts
	d.Contacts = nil
	for i := range 400 {
		for _, c := range base {
			c.At = c.At.Add(time.Duration(i) * 24 * time.Hour)
			d.Contacts = append(d.Contacts, c)
		}
	}
	var buf bytes.Buffer
	if err := stakeholder.EncodeDossier(&buf, d); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkDecodeDossier decodes and validates a dossier with 2,000
// contacts; BenchmarkDecodeDossierStd decodes the same bytes with
// encoding/json into a plain mirror, with no checks.
func BenchmarkDecodeDossier(b *testing.B) {
	data := dossierData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stakeholder.DecodeDossier(bytes.NewReader(data), stakeholder.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeDossierStd(b *testing.B) { jsontest.Std[stakeholder.Dossier](b, dossierData(b)) }
