package stakeholder_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/stakeholder"
)

func TestQuadrantOf(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		influence, position float64
		want                stakeholder.Quadrant
	}{
		{1, 1, stakeholder.QuadrantAllies},
		{0.5, 0, stakeholder.QuadrantAllies}, // influence 0.5 is high; position 0 is supportive
		{0.5, math.Copysign(0, -1), stakeholder.QuadrantAllies},
		{0.5, -1e-9, stakeholder.QuadrantOpponents},
		{1, -1, stakeholder.QuadrantOpponents},
		{math.Nextafter(0.5, 0), 0, stakeholder.QuadrantSupporters},
		{0, 1, stakeholder.QuadrantSupporters},
		{0.49, -0.01, stakeholder.QuadrantMinorOpponents},
		{0, -1, stakeholder.QuadrantMinorOpponents},
		{nan, 1, stakeholder.QuadrantSupporters}, // NaN influence is low
		{1, nan, stakeholder.QuadrantOpponents},  // NaN position is opposed
		{nan, nan, stakeholder.QuadrantMinorOpponents},
		{inf, 0, stakeholder.QuadrantAllies},
		{-inf, 0, stakeholder.QuadrantSupporters},
		{0.9, -inf, stakeholder.QuadrantOpponents},
		{0.9, inf, stakeholder.QuadrantAllies},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, stakeholder.QuadrantOf(tt.influence, tt.position), "QuadrantOf(%v, %v)", tt.influence, tt.position)
	}
	assert.Equal(t, 0.5, stakeholder.HighInfluence)
}

func TestActionFor(t *testing.T) {
	tests := map[stakeholder.Quadrant]stakeholder.Action{
		stakeholder.QuadrantAllies:         stakeholder.ActionMobilise,
		stakeholder.QuadrantOpponents:      stakeholder.ActionNeutralise,
		stakeholder.QuadrantSupporters:     stakeholder.ActionWatch,
		stakeholder.QuadrantMinorOpponents: stakeholder.ActionWatch,
		stakeholder.QuadrantUnspecified:    stakeholder.ActionUnspecified,
		stakeholder.Quadrant(5):            stakeholder.ActionUnspecified,
		stakeholder.Quadrant(255):          stakeholder.ActionUnspecified,
	}
	for q, want := range tests {
		assert.Equal(t, want, stakeholder.ActionFor(q), "ActionFor(%v)", q)
	}
}

func sal(p, l, u bool) *stakeholder.Salience {
	return &stakeholder.Salience{Power: p, Legitimacy: l, Urgency: u}
}

func TestPlace(t *testing.T) {
	st := func(n int, role stakeholder.Role, inf, pos float64, s *stakeholder.Salience) stakeholder.Stakeholder {
		return stakeholder.Stakeholder{ID: nid(n), Name: "name " + strconv.Itoa(n), Role: role, Influence: inf, Position: pos,
			Confidence: stakeholder.ConfidenceMedium, Salience: s}
	}
	in := []stakeholder.Stakeholder{
		st(9, stakeholder.RoleMedia, 0.3, 0.1, nil),                               // watch: influence 0.3
		st(2, stakeholder.RoleDonorState, 0.9, 0.2, nil),                          // mobilise: influence 0.9, |position| 0.2
		st(12, stakeholder.RoleScholar, math.NaN(), math.NaN(), nil),              // watch: NaN ranks last
		st(6, stakeholder.RoleArmedGroup, 0.7, -0.6, nil),                         // neutralise: tie with 5 and 7; no salience
		st(1, stakeholder.RoleReligiousAuthority, 0.9, 0.8, nil),                  // mobilise: stronger position than 2
		st(8, stakeholder.RoleDiaspora, 0.2, -0.9, sal(true, false, false)),       // watch: influence 0.2
		st(5, stakeholder.RoleHostState, 0.7, -0.6, sal(true, true, true)),        // neutralise: definitive first
		st(3, stakeholder.RoleCommunityLeader, 0.5, 0, nil),                       // mobilise: the boundary
		st(7, stakeholder.RoleFormerCombatant, 0.7, -0.6, nil),                    // neutralise: tie with 6, by ID
		st(4, stakeholder.RoleParliamentarian, 0.8, -1, sal(false, false, false)), // neutralise: most influential
		st(10, stakeholder.RoleCivilSociety, 0.3, -0.1, nil),                      // watch: ties with 9 in influence and strength of position; by ID
		st(11, stakeholder.RoleHumanRightsOrg, 0.3, 0.1, sal(false, true, false)), // watch: ties with 9 but has a tier
	}
	orig := make([]stakeholder.Stakeholder, len(in))
	for i, s := range in {
		orig[i] = s
		if s.Salience != nil {
			c := *s.Salience
			orig[i].Salience = &c
		}
	}

	got := stakeholder.Place(in)

	type row struct {
		ID       uuid.UUID
		Quadrant stakeholder.Quadrant
		Action   stakeholder.Action
		Tier     stakeholder.Tier
		Rank     int
	}
	want := []row{
		{nid(1), stakeholder.QuadrantAllies, stakeholder.ActionMobilise, 0, 1},
		{nid(2), stakeholder.QuadrantAllies, stakeholder.ActionMobilise, 0, 2},
		{nid(3), stakeholder.QuadrantAllies, stakeholder.ActionMobilise, 0, 3},
		{nid(4), stakeholder.QuadrantOpponents, stakeholder.ActionNeutralise, stakeholder.TierNone, 1},
		{nid(5), stakeholder.QuadrantOpponents, stakeholder.ActionNeutralise, stakeholder.TierDefinitive, 2},
		{nid(6), stakeholder.QuadrantOpponents, stakeholder.ActionNeutralise, 0, 3},
		{nid(7), stakeholder.QuadrantOpponents, stakeholder.ActionNeutralise, 0, 4},
		{nid(11), stakeholder.QuadrantSupporters, stakeholder.ActionWatch, stakeholder.TierLatent, 1},
		{nid(9), stakeholder.QuadrantSupporters, stakeholder.ActionWatch, 0, 2},
		{nid(10), stakeholder.QuadrantMinorOpponents, stakeholder.ActionWatch, 0, 3},
		{nid(8), stakeholder.QuadrantMinorOpponents, stakeholder.ActionWatch, stakeholder.TierLatent, 4},
		{nid(12), stakeholder.QuadrantMinorOpponents, stakeholder.ActionWatch, 0, 5},
	}
	rows := make([]row, len(got))
	for i, p := range got {
		rows[i] = row{p.ID, p.Quadrant, p.Action, p.Tier, p.Rank}
	}
	assert.Equal(t, want, rows)

	// Each placement carries its stakeholder's values.
	byID := map[uuid.UUID]stakeholder.Stakeholder{}
	for _, s := range in {
		byID[s.ID] = s
	}
	for _, p := range got {
		s := byID[p.ID]
		assert.Equal(t, s.Role, p.Role)
		if !math.IsNaN(s.Influence) {
			assert.Equal(t, s.Influence, p.Influence)
			assert.Equal(t, s.Position, p.Position)
		} else {
			assert.True(t, math.IsNaN(p.Influence))
		}
	}

	// Place does not modify its argument, nor share the salience.
	require.Len(t, in, len(orig))
	for i := range in {
		assert.Equal(t, orig[i].ID, in[i].ID, "order kept")
		assert.Equal(t, orig[i].Salience, in[i].Salience)
	}

	// The order does not depend on the input's.
	rev := make([]stakeholder.Stakeholder, len(in))
	for i, s := range in {
		rev[len(in)-1-i] = s
	}
	got2 := stakeholder.Place(rev)
	for i := range got {
		assert.Equal(t, got[i].ID, got2[i].ID, "placement %d", i)
		assert.Equal(t, got[i].Rank, got2[i].Rank)
	}
}

func TestPlaceEmpty(t *testing.T) {
	assert.Empty(t, stakeholder.Place(nil))
	assert.Empty(t, stakeholder.Place([]stakeholder.Stakeholder{}))
}

// svgDoc is what a test reads back from an SVG: the texts of <text>
// elements, the root's attributes, the circles and the rectangles.
type svgDoc struct {
	root    map[string]string
	texts   []string
	circles []map[string]string
	rects   []map[string]string
}

// parseSVG decodes every token of the SVG with encoding/xml, failing t on
// any error.
func parseSVG(t *testing.T, b []byte) svgDoc {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	var doc svgDoc
	var inText bool
	var text strings.Builder
	depth := 0
	attrs := func(se xml.StartElement) map[string]string {
		m := map[string]string{}
		for _, a := range se.Attr {
			m[a.Name.Local] = a.Value
		}
		return m
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "the SVG does not parse as XML:\n%s", b)
		switch x := tok.(type) {
		case xml.StartElement:
			depth++
			switch x.Name.Local {
			case "svg":
				doc.root = attrs(x)
				assert.Equal(t, "http://www.w3.org/2000/svg", x.Name.Space)
			case "text":
				inText = true
				text.Reset()
			case "circle":
				doc.circles = append(doc.circles, attrs(x))
			case "rect":
				doc.rects = append(doc.rects, attrs(x))
			}
		case xml.EndElement:
			depth--
			if x.Name.Local == "text" {
				inText = false
				doc.texts = append(doc.texts, text.String())
			}
		case xml.CharData:
			if inText {
				text.Write(x)
			}
		}
	}
	assert.Zero(t, depth, "every element closed")
	require.NotNil(t, doc.root, "an <svg> root")
	return doc
}

func count(ss []string, s string) int {
	n := 0
	for _, x := range ss {
		if x == s {
			n++
		}
	}
	return n
}

func mapStakeholders() []stakeholder.Stakeholder {
	var out []stakeholder.Stakeholder
	roles := []stakeholder.Role{stakeholder.RoleReligiousAuthority, stakeholder.RoleHumanRightsOrg, stakeholder.RoleMedia, stakeholder.RoleDonorState}
	for i := range 12 {
		out = append(out, stakeholder.Stakeholder{
			ID: nid(i + 1), Name: "Person " + strconv.Itoa(i), Role: roles[i%len(roles)],
			Influence: float64(i) / 11, Position: float64(i)/5.5 - 1, Confidence: stakeholder.ConfidenceLow,
		})
	}
	return out
}

func writeSVG(t *testing.T, ss []stakeholder.Stakeholder, opts stakeholder.SVGOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, stakeholder.WriteSVG(&buf, ss, opts))
	return buf.Bytes()
}

func TestWriteSVG(t *testing.T) {
	ss := mapStakeholders()
	b := writeSVG(t, ss, stakeholder.SVGOptions{})
	doc := parseSVG(t, b)
	assert.Equal(t, "640", doc.root["width"])
	assert.Equal(t, "640", doc.root["height"])
	assert.Equal(t, "0 0 640 640", doc.root["viewBox"])
	assert.Len(t, doc.circles, len(ss), "a point per stakeholder")
	assert.Len(t, doc.rects, 4, "four quadrants")
	for i, s := range ss {
		label := stakeholder.DefaultLabel(i, s)
		assert.Equal(t, 1, count(doc.texts, label), "label %q exactly once", label)
		assert.NotContains(t, string(b), s.Name, "no name by default")
	}
	assert.Equal(t, "S1 (religious authority)", stakeholder.DefaultLabel(0, ss[0]))
	assert.Equal(t, "S12 (donor state)", stakeholder.DefaultLabel(11, ss[11]))
	for _, q := range []string{"Mobilise: influential, supportive", "Neutralise: influential, opposed", "Watch: little influence, opposed", "Watch: little influence, supportive"} {
		assert.Equal(t, 1, count(doc.texts, q), "quadrant %q", q)
	}

	// Deterministic.
	assert.Equal(t, string(b), string(writeSVG(t, ss, stakeholder.SVGOptions{})))
}

func TestWriteSVGPositions(t *testing.T) {
	ss := []stakeholder.Stakeholder{
		{ID: nid(1), Role: stakeholder.RoleMedia, Influence: 1, Position: 1},
		{ID: nid(2), Role: stakeholder.RoleMedia, Influence: 0, Position: -1},
		{ID: nid(3), Role: stakeholder.RoleMedia, Influence: math.NaN(), Position: math.NaN()},
		{ID: nid(4), Role: stakeholder.RoleMedia, Influence: 7, Position: -9},
		{ID: nid(5), Role: stakeholder.RoleMedia, Influence: math.Inf(-1), Position: math.Inf(1)},
		{ID: nid(6), Role: stakeholder.RoleMedia, Influence: 0.5, Position: 0},
	}
	doc := parseSVG(t, writeSVG(t, ss, stakeholder.SVGOptions{}))
	require.Len(t, doc.circles, len(ss))
	want := [][2]string{
		{"580.0", "60.0"},  // top right
		{"60.0", "580.0"},  // bottom left
		{"60.0", "580.0"},  // NaN at the bottom left
		{"60.0", "60.0"},   // clamped to the top left
		{"580.0", "580.0"}, // clamped to the bottom right
		{"320.0", "320.0"}, // the centre
	}
	for i, w := range want {
		assert.Equal(t, w[0], doc.circles[i]["cx"], "circle %d", i)
		assert.Equal(t, w[1], doc.circles[i]["cy"], "circle %d", i)
	}
	assert.Equal(t, "#2e7d32", doc.circles[0]["fill"], "supportive in green")
	assert.Equal(t, "#c62828", doc.circles[1]["fill"], "opposed in red")
	assert.Equal(t, "#c62828", doc.circles[2]["fill"], "NaN counts as opposed")
	assert.Equal(t, "#2e7d32", doc.circles[5]["fill"], "neutral counts as supportive")
}

func TestWriteSVGCustomLabel(t *testing.T) {
	ss := mapStakeholders()[:4]
	labels := []string{
		`<script>alert("x")</script> & 'co'`,
		"Tab\tand\nnewline",
		"ctrl\x00\x1b chars \ufffe\uffff gone",
		"bad UTF-8 \xff here",
	}
	var seen []int
	b := writeSVG(t, ss, stakeholder.SVGOptions{Label: func(i int, s stakeholder.Stakeholder) string {
		seen = append(seen, i)
		assert.Equal(t, ss[i].ID, s.ID)
		return labels[i]
	}})
	assert.Equal(t, []int{0, 1, 2, 3}, seen)
	assert.NotContains(t, string(b), "<script>")
	doc := parseSVG(t, b)
	assert.Equal(t, 1, count(doc.texts, labels[0]), "escaped and read back whole")
	assert.Equal(t, 1, count(doc.texts, labels[1]))
	assert.Equal(t, 1, count(doc.texts, "ctrl chars  gone"))
	assert.Equal(t, 1, count(doc.texts, "bad UTF-8 \ufffd here"))
	assert.Equal(t, 0, count(doc.texts, stakeholder.DefaultLabel(0, ss[0])), "the custom label replaces the default")
}

func TestWriteSVGSize(t *testing.T) {
	for _, tc := range []struct {
		size int
		want string
	}{{0, "640"}, {240, "240"}, {320, "320"}, {1000, "1000"}} {
		doc := parseSVG(t, writeSVG(t, mapStakeholders(), stakeholder.SVGOptions{Size: tc.size}))
		assert.Equal(t, tc.want, doc.root["width"], "Size %d", tc.size)
		assert.Equal(t, tc.want, doc.root["height"], "Size %d", tc.size)
		assert.Equal(t, "0 0 "+tc.want+" "+tc.want, doc.root["viewBox"], "Size %d", tc.size)
	}
	// Size 320: the plot spans 60 to 260.
	doc := parseSVG(t, writeSVG(t, []stakeholder.Stakeholder{{ID: nid(1), Influence: 1, Position: 1}}, stakeholder.SVGOptions{Size: 320}))
	assert.Equal(t, "260.0", doc.circles[0]["cx"])
	assert.Equal(t, "60.0", doc.circles[0]["cy"])
}

// TestWriteSVGSmallSizeHasNoNegativeLengths: the smallest Size accepted
// leaves the quadrants positive room inside the fixed 60-pixel margins
// (smaller ones are refused, see TestOptionsValidate).
func TestWriteSVGSmallSizeHasNoNegativeLengths(t *testing.T) {
	doc := parseSVG(t, writeSVG(t, mapStakeholders(), stakeholder.SVGOptions{Size: 240}))
	require.Len(t, doc.rects, 4)
	for i, r := range doc.rects {
		for _, attr := range []string{"width", "height"} {
			v, err := strconv.ParseFloat(r[attr], 64)
			require.NoError(t, err)
			assert.GreaterOrEqual(t, v, 0.0, "rect %d %s", i, attr)
		}
	}
}

func TestWriteSVGEmptyAndWriteError(t *testing.T) {
	doc := parseSVG(t, writeSVG(t, nil, stakeholder.SVGOptions{}))
	assert.Empty(t, doc.circles)
	assert.Len(t, doc.rects, 4)
	assert.Error(t, stakeholder.WriteSVG(failWriter{}, mapStakeholders(), stakeholder.SVGOptions{}))
}
