package stakeholder

import (
	"bufio"
	"bytes"
	"io"
	"math"
	"sort"
	"strconv"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/internal/xmltext"
)

// HighInfluence is the influence from which a stakeholder counts as
// influential on the map.
const HighInfluence = 0.5

// Placement is a stakeholder's place on the map and what to do about it.
// Rank orders the stakeholders of the same Action, from 1. The zero value is
// not a placement: Place always sets the quadrant and the action, and ranks
// from 1. A Placement is a plain value, safe for concurrent use.
type Placement struct {
	ID        uuid.UUID `json:"id"`
	Role      Role      `json:"role"`
	Influence float64   `json:"influence"`
	Position  float64   `json:"position"`
	Quadrant  Quadrant  `json:"quadrant"`
	Action    Action    `json:"action"`
	Tier      Tier      `json:"tier,omitempty"`
	Rank      int       `json:"rank"`
}

// QuadrantOf places an influence (0 to 1) and a position (−1 to 1) on the
// map: influence from HighInfluence up is high; a position of 0 or more is
// supportive (a neutral stakeholder is one to win over). NaN counts as low
// influence and opposed: unknown is never read as an ally.
func QuadrantOf(influence, position float64) Quadrant {
	high := influence >= HighInfluence
	supportive := position >= 0
	switch {
	case high && supportive:
		return QuadrantAllies
	case high:
		return QuadrantOpponents
	case supportive:
		return QuadrantSupporters
	}
	return QuadrantMinorOpponents
}

// ActionFor returns what to do about a stakeholder of a quadrant: mobilise
// influential supporters, neutralise influential opponents, watch the rest.
func ActionFor(q Quadrant) Action {
	switch q {
	case QuadrantAllies:
		return ActionMobilise
	case QuadrantOpponents:
		return ActionNeutralise
	case QuadrantSupporters, QuadrantMinorOpponents:
		return ActionWatch
	}
	return ActionUnspecified
}

// Place maps the stakeholders (CCHN Tool 12) and ranks them: those to
// mobilise first, then to neutralise, then to watch; within each, by
// influence, then by the strength of their position either way, then by
// salience tier, then by ID — a deterministic order. Place does not modify
// its argument.
func Place(stakeholders []Stakeholder) []Placement {
	out := make([]Placement, len(stakeholders))
	for i, s := range stakeholders {
		q := QuadrantOf(s.Influence, s.Position)
		p := Placement{ID: s.ID, Role: s.Role, Influence: s.Influence, Position: s.Position, Quadrant: q, Action: ActionFor(q)}
		if s.Salience != nil {
			p.Tier = s.Salience.Tier()
		}
		out[i] = p
	}
	key := func(v float64) float64 {
		if math.IsNaN(v) {
			return -1
		}
		return v
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Action != b.Action:
			return a.Action < b.Action
		case key(a.Influence) != key(b.Influence):
			return key(a.Influence) > key(b.Influence)
		case key(math.Abs(a.Position)) != key(math.Abs(b.Position)):
			return key(math.Abs(a.Position)) > key(math.Abs(b.Position))
		case a.Tier != b.Tier:
			return a.Tier > b.Tier
		}
		return bytes.Compare(a.ID[:], b.ID[:]) < 0
	})
	for i := range out {
		if i > 0 && out[i].Action == out[i-1].Action {
			out[i].Rank = out[i-1].Rank + 1
		} else {
			out[i].Rank = 1
		}
	}
	return out
}

// SVGOptions controls WriteSVG. The zero value means the defaults. An
// SVGOptions is a plain value, safe for concurrent use when its Label
// function is: WriteSVG calls it.
type SVGOptions struct {
	// Size is the width and height of the drawing in pixels; default 640,
	// at least 240.
	Size int
	// Label names the i-th stakeholder (from 0, in the order given). The
	// default, "S1 (religious authority)", shows no name: a map that leaves
	// the organisation carries no one's identity unless the caller decides.
	Label func(i int, s Stakeholder) string
}

// DefaultLabel is the label WriteSVG gives the i-th stakeholder by default:
// "S1 (religious authority)".
func DefaultLabel(i int, s Stakeholder) string {
	return "S" + strconv.Itoa(i+1) + " (" + s.Role.Label() + ")"
}

// Validate reports a size that is negative, or under the 240 pixels the
// margins, the axes' titles and the quadrants need, as a *FieldError; 0
// means the default.
func (o SVGOptions) Validate() error {
	if o.Size < 0 || o.Size > 0 && o.Size < 240 {
		return &FieldError{Pkg: pkg, Path: "size", Reason: ReasonOutOfRange, Detail: "at least 240 pixels, or 0 for the default of 640, got " + strconv.Itoa(o.Size)}
	}
	return nil
}

// WriteSVG draws the stakeholder map as SVG: position from opposed (left) to
// supportive (right), influence from none (bottom) to decisive (top), the
// four quadrants shaded and named with their action, and a labelled point per
// stakeholder. Values outside their range are drawn at the edge; NaN at the
// bottom left.
func WriteSVG(w io.Writer, stakeholders []Stakeholder, opts SVGOptions) error {
	if err := opts.Validate(); err != nil {
		return err
	}
	size := opts.Size
	if size == 0 {
		size = 640
	}
	label := opts.Label
	if label == nil {
		label = DefaultLabel
	}
	const margin = 60
	plot := float64(size - 2*margin)
	x := func(pos float64) float64 { return margin + (clamp(pos, -1, 1)+1)/2*plot }
	y := func(inf float64) float64 { return margin + (1-clamp(inf, 0, 1))*plot }
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
	s := strconv.Itoa(size)

	bw := bufio.NewWriter(w)
	bw.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="` + s + `" height="` + s + `" viewBox="0 0 ` + s + ` ` + s + `" font-family="sans-serif" font-size="11">` + "\n")
	bw.WriteString("<title>Stakeholder map: influence over the target and position towards the protection objective</title>\n")
	mid, top := x(0), y(HighInfluence)
	quads := []struct {
		x0, y0, x1, y1 float64
		fill, name     string
	}{
		{x(-1), y(1), mid, top, "#f6d5d5", "Neutralise: influential, opposed"},
		{mid, y(1), x(1), top, "#d5ecd9", "Mobilise: influential, supportive"},
		{x(-1), top, mid, y(0), "#f2f2f2", "Watch: little influence, opposed"},
		{mid, top, x(1), y(0), "#eef5ef", "Watch: little influence, supportive"},
	}
	for _, q := range quads {
		bw.WriteString(`<rect x="` + f(q.x0) + `" y="` + f(q.y0) + `" width="` + f(q.x1-q.x0) + `" height="` + f(q.y1-q.y0) + `" fill="` + q.fill + `"/>` + "\n")
		bw.WriteString(`<text x="` + f(q.x0+6) + `" y="` + f(q.y0+16) + `" fill="#555">` + xmltext.Escape(q.name) + "</text>\n")
	}
	// Axes.
	bw.WriteString(`<line x1="` + f(x(-1)) + `" y1="` + f(y(0)) + `" x2="` + f(x(1)) + `" y2="` + f(y(0)) + `" stroke="#333"/>` + "\n")
	bw.WriteString(`<line x1="` + f(x(-1)) + `" y1="` + f(y(0)) + `" x2="` + f(x(-1)) + `" y2="` + f(y(1)) + `" stroke="#333"/>` + "\n")
	bw.WriteString(`<line x1="` + f(mid) + `" y1="` + f(y(0)) + `" x2="` + f(mid) + `" y2="` + f(y(1)) + `" stroke="#999" stroke-dasharray="4 3"/>` + "\n")
	bw.WriteString(`<line x1="` + f(x(-1)) + `" y1="` + f(top) + `" x2="` + f(x(1)) + `" y2="` + f(top) + `" stroke="#999" stroke-dasharray="4 3"/>` + "\n")
	bw.WriteString(`<text x="` + f(mid) + `" y="` + f(y(0)+30) + `" text-anchor="middle">position towards the protection objective: opposed ← → supportive</text>` + "\n")
	bw.WriteString(`<text x="18" y="` + f(mid) + `" text-anchor="middle" transform="rotate(-90 18 ` + f(mid) + `)">influence over the target</text>` + "\n")
	for i, st := range stakeholders {
		inf, pos := st.Influence, st.Position
		if math.IsNaN(inf) {
			inf = 0
		}
		if math.IsNaN(pos) {
			pos = -1
		}
		cx, cy := x(pos), y(inf)
		color := "#2e7d32"
		if pos < 0 {
			color = "#c62828"
		}
		bw.WriteString(`<circle cx="` + f(cx) + `" cy="` + f(cy) + `" r="5" fill="` + color + `"/>` + "\n")
		bw.WriteString(`<text x="` + f(cx+8) + `" y="` + f(cy+4) + `">` + xmltext.Escape(label(i, st)) + "</text>\n")
	}
	bw.WriteString("</svg>\n")
	return bw.Flush()
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }
