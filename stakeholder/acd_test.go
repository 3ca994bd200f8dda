package stakeholder_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

const (
	acdSubsetPath = "../actor/ucdp/testdata/ucdp-prio-acd-subset.csv"
	acdFullPath   = "../../shared/data/ucdp/ucdp-prio-acd-v4-2013.csv"
	acdHeader     = "ID,Location,SideA,SideA2nd,SideB,SideBID,SideB2nd,Incomp,YEAR,Int,Type,GWNOA,GWNOA2nd,GWNOB2nd"
)

// acdCSV returns a file of the dataset's required columns with the given
// records, one a line.
func acdCSV(records ...string) string {
	return acdHeader + "\n" + strings.Join(records, "\n") + "\n"
}

// acdRecord is a valid record of conflict 1 in year 1990, with the given
// columns changed (name, value pairs).
func acdRecord(kv ...string) string {
	vals := map[string]string{
		"ID": "1", "Location": "Testland", "SideA": "Testland", "SideA2nd": "", "SideB": "Rebels", "SideBID": "1000",
		"SideB2nd": "", "Incomp": "2", "YEAR": "1990", "Int": "1", "Type": "3", "GWNOA": "1", "GWNOA2nd": "", "GWNOB2nd": "",
	}
	for i := 0; i+1 < len(kv); i += 2 {
		vals[kv[i]] = kv[i+1]
	}
	var fields []string
	for _, col := range strings.Split(acdHeader, ",") {
		v := vals[col]
		if strings.ContainsAny(v, ",\"\n") {
			v = `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
		}
		fields = append(fields, v)
	}
	return strings.Join(fields, ",")
}

func readSubset(t testing.TB) []ucdp.Conflict {
	t.Helper()
	f, err := os.Open(acdSubsetPath)
	require.NoError(t, err)
	defer f.Close()
	rows, err := ucdp.ReadConflicts(f, ucdp.ConflictOptions{})
	require.NoError(t, err)
	return rows
}

func TestNetworkFromACD(t *testing.T) {
	rows := readSubset(t)
	n := stakeholder.NetworkFromACD(rows, 187)
	assert.Equal(t, 187, n.ConflictID)
	assert.Equal(t, "Sierra Leone", n.Location)
	assert.Equal(t, 11, n.Years, "1991 to 2001")

	party := func(name, side string, secondary bool, role stakeholder.Role) stakeholder.ACDParty {
		return stakeholder.ACDParty{ID: ucdp.PartyID(name), Name: name, Side: side, Secondary: secondary, Role: role}
	}
	assert.Equal(t, []stakeholder.ACDParty{
		party("AFRC", "B", false, stakeholder.RoleArmedGroup),
		party("Ghana", "A", true, stakeholder.RoleSupportiveState),
		party("Guinea", "A", true, stakeholder.RoleSupportiveState),
		party("Kamajors", "B", false, stakeholder.RoleArmedGroup),
		party("Mali", "A", true, stakeholder.RoleSupportiveState),
		party("Nigeria", "A", true, stakeholder.RoleSupportiveState),
		party("RUF", "B", false, stakeholder.RoleArmedGroup),
		party("Sierra Leone", "A", false, stakeholder.RoleHostState),
		party("United Kingdom", "A", true, stakeholder.RoleSupportiveState),
		party("WSB", "B", false, stakeholder.RoleArmedGroup),
	}, n.Parties)

	e := func(from, to string, years int) stakeholder.Edge {
		return stakeholder.Edge{From: ucdp.PartyID(from), To: ucdp.PartyID(to), Weight: float64(years) / 11}
	}
	// Checked with Python: the years in which each state gave troops to a side.
	assert.Equal(t, []stakeholder.Edge{
		e("Ghana", "Sierra Leone", 1),
		e("Guinea", "AFRC", 2),
		e("Guinea", "Kamajors", 2),
		e("Guinea", "RUF", 2),
		e("Guinea", "Sierra Leone", 9),
		e("Mali", "Sierra Leone", 1),
		e("Nigeria", "AFRC", 2),
		e("Nigeria", "Kamajors", 2),
		e("Nigeria", "RUF", 2),
		e("Nigeria", "Sierra Leone", 9),
		e("United Kingdom", "Sierra Leone", 1),
	}, n.Edges)
	assert.InDelta(t, 9.0/11, n.Edges[9].Weight, 1e-15)
	assert.InDelta(t, 1.0/11, n.Edges[10].Weight, 1e-15)

	assert.Equal(t, "Kamajors", n.Name(ucdp.PartyID("Kamajors")))
	assert.Equal(t, "", n.Name(ucdp.PartyID("Kamajor")))
	assert.Equal(t, "", n.Name(uuid.Nil))

	nodes := n.Nodes()
	require.Len(t, nodes, 10)
	for i, p := range n.Parties {
		assert.Equal(t, p.ID, nodes[i])
	}
	net, err := stakeholder.NewNetwork(n.Nodes(), n.Edges)
	require.NoError(t, err)
	assert.Equal(t, 10, net.Len())
	assert.Equal(t, 11, net.Edges())
	s, ok := net.Strongest(ucdp.PartyID("Nigeria"), ucdp.PartyID("Sierra Leone"))
	require.True(t, ok)
	assert.InDelta(t, 9.0/11, s, 1e-12)

	// The same rows in another order give the same network.
	rev := make([]ucdp.Conflict, len(rows))
	for i, r := range rows {
		rev[len(rows)-1-i] = r
	}
	assert.Equal(t, n, stakeholder.NetworkFromACD(rev, 187))
}

func TestNetworkFromACDOtherConflicts(t *testing.T) {
	rows := readSubset(t)
	empty := func(id int) stakeholder.ACDNetwork {
		return stakeholder.ACDNetwork{ConflictID: id, Parties: []stakeholder.ACDParty{}, Edges: []stakeholder.Edge{}}
	}
	assert.Equal(t, empty(999), stakeholder.NetworkFromACD(rows, 999), "an unknown conflict: an empty network, its lists written []")
	assert.Equal(t, empty(187), stakeholder.NetworkFromACD(nil, 187))
	net, err := stakeholder.NewNetwork(stakeholder.NetworkFromACD(nil, 187).Nodes(), nil)
	require.NoError(t, err)
	assert.Zero(t, net.Len())

	ph := stakeholder.NetworkFromACD(rows, 10)
	assert.Equal(t, stakeholder.ACDNetwork{
		ConflictID: 10, Location: "Philippines", Years: 8,
		Parties: []stakeholder.ACDParty{
			{ID: ucdp.PartyID("CPP"), Name: "CPP", Side: "B", Role: stakeholder.RoleArmedGroup},
			{ID: ucdp.PartyID("Philippines"), Name: "Philippines", Side: "A", Role: stakeholder.RoleHostState},
		},
		Edges: []stakeholder.Edge{},
	}, ph)

	// Interstate: both sides are states. A supporter that is also a primary
	// party of its side gets no edge to itself.
	in := acdCSV(
		acdRecord("ID", "5", "Type", "2", "SideA", "Alphaland", "SideB", "Betaland", "SideBID", "2", "SideB2nd", "Gammaland, Betaland", "GWNOB2nd", "3, 2"),
		acdRecord("ID", "5", "Type", "2", "YEAR", "1991", "SideA", "Alphaland", "SideB", "Betaland", "SideBID", "2"),
	)
	irows, err := ucdp.ReadConflicts(strings.NewReader(in), ucdp.ConflictOptions{})
	require.NoError(t, err)
	is := stakeholder.NetworkFromACD(irows, 5)
	assert.Equal(t, 2, is.Years)
	assert.Equal(t, []stakeholder.ACDParty{
		{ID: ucdp.PartyID("Alphaland"), Name: "Alphaland", Side: "A", Role: stakeholder.RoleHostState},
		{ID: ucdp.PartyID("Betaland"), Name: "Betaland", Side: "B", Role: stakeholder.RoleHostState},
		{ID: ucdp.PartyID("Gammaland"), Name: "Gammaland", Side: "B", Secondary: true, Role: stakeholder.RoleSupportiveState},
	}, is.Parties)
	assert.Equal(t, []stakeholder.Edge{{From: ucdp.PartyID("Gammaland"), To: ucdp.PartyID("Betaland"), Weight: 0.5}}, is.Edges)
	_, err = stakeholder.NewNetwork(is.Nodes(), is.Edges)
	assert.NoError(t, err)
}

// The full file, where present, gives the same Sierra Leone network as the
// subset.
func TestNetworkFromACDFullFile(t *testing.T) {
	f, err := os.Open(acdFullPath)
	if err != nil {
		t.Skip("the shared data are not present:", err)
	}
	defer f.Close()
	rows, err := ucdp.ReadConflicts(f, ucdp.ConflictOptions{})
	require.NoError(t, err)
	n := stakeholder.NetworkFromACD(rows, 187)
	assert.Equal(t, 11, n.Years, "the full file has the same Sierra Leone rows")
	assert.Len(t, n.Parties, 10)
	assert.Equal(t, stakeholder.NetworkFromACD(readSubset(t), 187), n)
}
