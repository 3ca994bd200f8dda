package stakeholder

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/csvio"
)

// ACDRow is one conflict-year of the UCDP/PRIO Armed Conflict Dataset
// (version 4-2013 and its column layout). UCDP/PRIO data are © the Uppsala
// Conflict Data Program and the Peace Research Institute Oslo, CC BY 4.0;
// cite Gleditsch et al. (2002), Journal of Peace Research 39(5), and Themnér
// & Wallensteen (2013), Journal of Peace Research 50(4).
//
// The zero value is not a row of the dataset: ReadACD never returns one, as
// every row it returns has a conflict ID, a year and both sides. An ACDRow is
// a plain value; nothing in this package modifies its slices, so it is safe
// for concurrent reads.
type ACDRow struct {
	ConflictID int      `json:"conflict_id"` // ID
	Location   string   `json:"location"`    // Location
	SideA      []string `json:"side_a"`      // SideA: the government(s)
	SideA2nd   []string `json:"side_a_2nd"`  // SideA2nd: states giving troops to side A
	SideB      []string `json:"side_b"`      // SideB: the opposition
	SideB2nd   []string `json:"side_b_2nd"`  // SideB2nd: states giving troops to side B
	Incomp     int      `json:"incomp"`      // Incomp: 1 territory, 2 government, 3 both
	Year       int      `json:"year"`        // YEAR
	Intensity  int      `json:"intensity"`   // Int: 1 minor (25–999 battle deaths), 2 war
	Type       int      `json:"type"`        // Type: 1 extrasystemic, 2 interstate, 3 intrastate, 4 internationalised intrastate
	Line       int      `json:"line"`
}

var acdColumns = []string{"ID", "Location", "SideA", "SideA2nd", "SideB", "SideBID", "SideB2nd", "Incomp", "YEAR", "Int", "Type", "GWNOA", "GWNOA2nd", "GWNOB2nd"}

// ACDOptions bounds what ReadACD accepts. The zero value means the defaults.
// An ACDOptions is a plain value, safe for concurrent use.
type ACDOptions struct {
	MaxRecordBytes int // bytes in one record; default 1 MiB
	MaxRecords     int // rows ReadACD keeps in memory; default 1,000,000
}

// ReadACD reads the UCDP/PRIO Armed Conflict Dataset as CSV. Lists of
// parties are split as UCDP writes them (commas inside parentheses and
// "Macedonia, FYR" kept whole, using the code columns to count). A malformed
// row is a *FieldError with its line and column; ReadACD reports up to 100
// of them at once and then returns no rows. More rows than opts.MaxRecords
// is a TooLarge error.
func ReadACD(r io.Reader, opts ACDOptions) ([]ACDRow, error) {
	x, err := csvio.NewReader(r, pkg, opts.MaxRecordBytes, acdColumns...)
	if err != nil {
		return nil, err
	}
	max := opts.MaxRecords
	if max <= 0 {
		max = 1_000_000
	}
	var out []ACDRow
	c := check.Errors{Pkg: pkg}
	for bad := 0; bad < 100; {
		err := x.Next()
		if err == io.EOF {
			break
		}
		if len(out) == max {
			c.Add("", check.TooLarge, "more than "+strconv.Itoa(max)+" rows; raise ACDOptions.MaxRecords")
			break
		}
		if err != nil {
			c.AddErr("", err)
			bad++
			continue
		}
		row, err := acdRow(x)
		if err != nil {
			c.AddErr("", err)
			bad++
			continue
		}
		out = append(out, row)
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func acdRow(x *csvio.Reader) (ACDRow, error) {
	row := ACDRow{Line: x.Line(), Location: strings.TrimSpace(x.Get("Location"))}
	c := check.Errors{Pkg: pkg}
	var err error
	if row.ConflictID, err = x.Int("ID", 1, 1<<30, true); err != nil {
		c.AddErr("", err)
	}
	if row.Year, err = x.Int("YEAR", 1900, 2200, true); err != nil {
		c.AddErr("", err)
	}
	if row.Incomp, err = x.Int("Incomp", 1, 3, true); err != nil {
		c.AddErr("", err)
	}
	if row.Intensity, err = x.Int("Int", 1, 2, true); err != nil {
		c.AddErr("", err)
	}
	if row.Type, err = x.Int("Type", 1, 4, true); err != nil {
		c.AddErr("", err)
	}
	count := func(col string) int {
		ids, err := x.Ints(col, -99, 1<<30) // -99: a code UCDP marks missing
		if err != nil {
			c.AddErr("", err)
		}
		return len(ids)
	}
	row.SideA = csvio.SplitNames(x.Get("SideA"), count("GWNOA"))
	row.SideA2nd = csvio.SplitNames(x.Get("SideA2nd"), count("GWNOA2nd"))
	row.SideB = csvio.SplitNames(x.Get("SideB"), count("SideBID"))
	row.SideB2nd = csvio.SplitNames(x.Get("SideB2nd"), count("GWNOB2nd"))
	for _, col := range []string{"Location", "SideA", "SideA2nd", "SideB", "SideB2nd"} {
		switch v := x.Get(col); {
		case len(v) > MaxTextLen:
			c.AddErr("", x.Err(col, check.TooLarge, "longer than the library's bound on a text field"))
		case !utf8.ValidString(v):
			c.AddErr("", x.Err(col, check.Invalid, "not valid UTF-8"))
		}
	}
	if len(row.SideA) == 0 {
		c.AddErr("", x.Err("SideA", check.Required, "a conflict has a side A"))
	}
	if len(row.SideB) == 0 {
		c.AddErr("", x.Err("SideB", check.Required, "a conflict has a side B"))
	}
	return row, c.Err()
}

// acdNamespace roots the name-based IDs of the parties of the dataset.
var acdNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://ucdp.uu.se/acd/party"))

// ACDPartyID returns the stable ID this package gives a party of the UCDP/PRIO
// dataset, from its name: a name-based (version 5) UUID.
func ACDPartyID(name string) uuid.UUID { return uuid.NewSHA1(acdNamespace, []byte(name)) }

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
	Location   string     `json:"location"`
	Years      int        `json:"years"` // conflict-years in the data
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
func NetworkFromACD(rows []ACDRow, conflictID int) ACDNetwork {
	out := ACDNetwork{ConflictID: conflictID}
	type key struct{ from, to string }
	years := map[key]map[int]bool{}
	seenYear := map[int]bool{}
	parties := map[string]ACDParty{}
	add := func(name, side string, secondary bool, role Role) {
		if _, ok := parties[name]; ok {
			return
		}
		parties[name] = ACDParty{ID: ACDPartyID(name), Name: name, Side: side, Secondary: secondary, Role: role}
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
		out.Edges = append(out.Edges, Edge{From: ACDPartyID(k.from), To: ACDPartyID(k.to), Weight: float64(len(years[k])) / float64(out.Years)})
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
