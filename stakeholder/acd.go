package stakeholder

import (
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
)

// ACDNetwork is the influence network of one conflict built from the
// dataset: each party a node, and an edge from every state that gave troops
// to a side to each party of that side.
//
// The zero value is an empty network, with no parties and no edges, as
// NetworkFromACD returns for a conflict that is not in the rows. An
// ACDNetwork is a plain value whose methods only read it, so it is safe for
// concurrent reads.
type ACDNetwork struct {
	ConflictID int        `json:"conflict_id"`
	Location   string     `json:"location,omitempty"` // "" when the data hold no year of the conflict
	Years      int        `json:"years"`              // conflict-years in the data
	Parties    []ACDParty `json:"parties"`
	Edges      []Edge     `json:"edges"`
}

// Name returns the name of the party with the given ID, or "".
func (n ACDNetwork) Name(id uuid.UUID) string {
	for _, p := range n.Parties {
		if p.ID == id {
			return p.Name
		}
	}
	return ""
}

// ACDParty is a party of a conflict in the dataset: a primary party of
// side A or B, or a state giving troops to one. The zero value is not a
// party: it has no ID or name. An ACDParty is a plain value, safe for
// concurrent use.
type ACDParty struct {
	ID        uuid.UUID `json:"id"`
	Name      string    `json:"name"`
	Side      string    `json:"side"`      // "A" or "B"
	Secondary bool      `json:"secondary"` // a troop supporter, not a primary party
	Role      Role      `json:"role"`      // RoleHostState or RoleArmedGroup for primary parties (by side), RoleSupportiveState for supporters
}

// NetworkFromACD builds the influence network of one conflict from the
// dataset's rows: a state that gave troops to a side influences each party
// of that side, with a weight equal to the share of the conflict's years
// (in the rows) in which it did. Parties and edges come in name order. The
// rows of other conflicts are ignored; no row of the conflict gives an empty
// network.
//
// Names here are of states and armed groups, public in the dataset; the
// names of people belong in Stakeholder and Interlocutor values, which
// redact them.
func NetworkFromACD(rows []ucdp.Conflict, conflictID int) ACDNetwork {
	out := ACDNetwork{ConflictID: conflictID, Parties: []ACDParty{}, Edges: []Edge{}}
	type key struct{ from, to string }
	years := map[key]map[int]bool{}
	seenYear := map[int]bool{}
	parties := map[string]ACDParty{}
	add := func(name, side string, secondary bool, role Role) {
		if _, ok := parties[name]; ok {
			return
		}
		parties[name] = ACDParty{ID: ucdp.PartyID(name), Name: name, Side: side, Secondary: secondary, Role: role}
	}
	for _, r := range rows {
		if r.ConflictID != conflictID {
			continue
		}
		out.Location = r.Location
		seenYear[r.Year] = true
		sides := []struct {
			name       string
			primary    []string
			supporters []string
			role       Role
		}{{"A", r.SideA, r.SideA2nd, RoleHostState}, {"B", r.SideB, r.SideB2nd, RoleArmedGroup}}
		for _, s := range sides {
			role := s.role
			if r.Type == 2 { // interstate: both sides are states
				role = RoleHostState
			}
			for _, p := range s.primary {
				add(p, s.name, false, role)
			}
			for _, sup := range s.supporters {
				add(sup, s.name, true, RoleSupportiveState)
				for _, p := range s.primary {
					k := key{sup, p}
					if years[k] == nil {
						years[k] = map[int]bool{}
					}
					years[k][r.Year] = true
				}
			}
		}
	}
	out.Years = len(seenYear)
	names := make([]string, 0, len(parties))
	for n := range parties {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		p := parties[n]
		out.Parties = append(out.Parties, p)
	}
	keys := make([]key, 0, len(years))
	for k := range years {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := strings.Compare(a.from, b.from); c != 0 {
			return c
		}
		return strings.Compare(a.to, b.to)
	})
	for _, k := range keys {
		if k.from == k.to {
			continue
		}
		out.Edges = append(out.Edges, Edge{From: ucdp.PartyID(k.from), To: ucdp.PartyID(k.to), Weight: float64(len(years[k])) / float64(out.Years)})
	}
	return out
}

// Nodes returns the IDs of the network's parties, for NewNetwork.
func (n ACDNetwork) Nodes() []uuid.UUID {
	out := make([]uuid.UUID, len(n.Parties))
	for i, p := range n.Parties {
		out[i] = p.ID
	}
	return out
}
