package research

import (
	"bufio"
	"cmp"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/xmltext"
)

// Chart geometry, in pixels.
const (
	chartPlot   = 420 // the width of the rate axis
	chartRow    = 24  // the height of one row of the dot-and-whisker chart
	chartTop    = 48  // room for the title
	chartBottom = 64  // room for the axis and its caption
	chartRight  = 110 // room for the counts beside each row
	chartChar   = 6.6 // the width of a character of the labels, roughly, at 12 px
)

// WriteRateChart draws one table's rates as a dot-and-whisker chart in
// SVG: a row per key, labelled with its display name, sorted from the
// highest rate to the lowest (keys with no known result last, without a
// dot); the dot is the rate, the whisker its interval, and the number of
// known results stands beside it. It reads in black and white: black dots
// and whiskers, a hollow dot for a rate resting on fewer known results than
// the table's minimum, grey grid lines. The title names the table.
func WriteRateChart(w io.Writer, title string, rows []Row) error {
	sorted := slices.Clone(rows)
	slices.SortStableFunc(sorted, func(a, b Row) int {
		switch {
		case a.Estimate.Rated != b.Estimate.Rated:
			if a.Estimate.Rated {
				return -1
			}
			return 1
		case a.Estimate.Rate != b.Estimate.Rate:
			return cmp.Compare(b.Estimate.Rate, a.Estimate.Rate)
		}
		return cmp.Compare(display(a), display(b))
	})
	left := 120.0
	for _, r := range sorted {
		left = max(left, float64(utf8.RuneCountInString(display(r)))*chartChar+16)
	}
	left = min(left, 420)
	width := int(left) + chartPlot + chartRight
	height := chartTop + chartRow*max(len(sorted), 1) + chartBottom
	x := func(v float64) float64 { return left + min(max(v, 0), 1)*chartPlot }
	bottom := float64(chartTop + chartRow*max(len(sorted), 1))

	c := newCanvas(w, width, height, title)
	c.grid(x, chartTop, bottom)
	for i, r := range sorted {
		y := float64(chartTop) + float64(i)*chartRow + chartRow/2
		c.text(left-8, y+4, "end", "", display(r))
		e := r.Estimate
		if !e.Rated {
			c.text(left+4, y+4, "start", "#555", "no known result ("+strconv.Itoa(r.Cases)+" cases)")
			continue
		}
		c.line(x(e.Lo), y, x(e.Hi), y, "#000", 1.5)
		c.line(x(e.Lo), y-5, x(e.Lo), y+5, "#000", 1.5)
		c.line(x(e.Hi), y-5, x(e.Hi), y+5, "#000", 1.5)
		c.dot(x(e.Rate), y, e.TooSmall)
		note := "n=" + strconv.Itoa(e.Known)
		if e.TooSmall {
			note += ", too few"
		}
		c.text(left+chartPlot+12, y+4, "start", "#333", note)
	}
	c.axisCaption(left+chartPlot/2, bottom+44, legend(rows))
	return c.close()
}

// WriteYearChart draws rates by year in SVG: the years along the bottom in
// order, a dot for each year's rate and a vertical whisker for its interval
// — hollow when it rests on fewer known results than the table's minimum —
// and no dot for a year with no known result. Rows are a summary's ByYear;
// a key that is not a year is a *FieldError naming its index.
func WriteYearChart(w io.Writer, title string, rows []Row) error {
	years := make([]int, len(rows))
	for i, r := range rows {
		y, err := strconv.Atoi(r.Key)
		if err != nil {
			return &FieldError{Pkg: pkg, Path: check.Index("rows", i) + ".key", Reason: ReasonInvalid, Detail: "not a year: " + check.Quote(r.Key, 16)}
		}
		years[i] = y
	}
	first, last := 0, 0
	if len(years) > 0 {
		first, last = slices.Min(years), slices.Max(years)
	}
	step := 28.0
	plotW := max(float64(last-first)*step, 240)
	const left, plotH = 70.0, 300.0
	width := int(left + plotW + 60)
	height := chartTop + int(plotH) + chartBottom + 24
	bottom := float64(chartTop) + plotH
	xOf := func(y int) float64 {
		if last == first {
			return left + plotW/2
		}
		return left + float64(y-first)/float64(last-first)*plotW
	}
	yOf := func(v float64) float64 { return bottom - min(max(v, 0), 1)*plotH }

	c := newCanvas(w, width, height, title)
	for _, t := range []float64{0, 0.25, 0.5, 0.75, 1} {
		c.line(left, yOf(t), left+plotW, yOf(t), "#bbb", 0.75)
		c.text(left-8, yOf(t)+4, "end", "#333", strconv.Itoa(int(100*t))+"%")
	}
	c.line(left, bottom, left+plotW, bottom, "#000", 1)
	for i, r := range rows {
		px := xOf(years[i])
		c.line(px, bottom, px, bottom+4, "#000", 1)
		c.rotated(px, bottom+14, r.Key)
		e := r.Estimate
		if !e.Rated {
			continue
		}
		c.line(px, yOf(e.Lo), px, yOf(e.Hi), "#000", 1.5)
		c.line(px-4, yOf(e.Lo), px+4, yOf(e.Lo), "#000", 1.5)
		c.line(px-4, yOf(e.Hi), px+4, yOf(e.Hi), "#000", 1.5)
		c.dot(px, yOf(e.Rate), e.TooSmall)
	}
	c.axisCaption(left+plotW/2, bottom+60, legend(rows))
	return c.close()
}

// display is a row's label, or its key when it has none.
func display(r Row) string {
	if r.Label != "" {
		return r.Label
	}
	return r.Key
}

// legend says how to read a chart of rows.
func legend(rows []Row) string {
	level := DefaultLevel
	for _, r := range rows {
		if r.Estimate.Level > 0 {
			level = r.Estimate.Level
			break
		}
	}
	s := "share achieved (partly achieved counts half), with its " + strconv.FormatFloat(100*level, 'f', -1, 64) + "% Wilson interval"
	for _, r := range rows {
		if r.Estimate.TooSmall {
			return s + "; hollow: too few known results to read"
		}
	}
	return s
}

// canvas writes SVG elements.
type canvas struct{ bw *bufio.Writer }

func newCanvas(w io.Writer, width, height int, title string) *canvas {
	c := &canvas{bufio.NewWriter(w)}
	ws, hs := strconv.Itoa(width), strconv.Itoa(height)
	c.bw.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="` + ws + `" height="` + hs + `" viewBox="0 0 ` + ws + ` ` + hs +
		`" font-family="sans-serif" font-size="12" role="img">` + "\n")
	c.bw.WriteString("<title>" + xmltext.Escape(title) + "</title>\n")
	c.bw.WriteString(`<rect width="` + ws + `" height="` + hs + `" fill="#fff"/>` + "\n")
	c.bw.WriteString(`<text x="16" y="26" font-size="15" font-weight="bold">` + xmltext.Escape(title) + "</text>\n")
	return c
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

func (c *canvas) line(x1, y1, x2, y2 float64, stroke string, width float64) {
	c.bw.WriteString(`<line x1="` + num(x1) + `" y1="` + num(y1) + `" x2="` + num(x2) + `" y2="` + num(y2) + `" stroke="` + stroke +
		`" stroke-width="` + strconv.FormatFloat(width, 'f', -1, 64) + `"/>` + "\n")
}

func (c *canvas) text(x, y float64, anchor, fill, s string) {
	attr := ""
	if fill != "" {
		attr = ` fill="` + fill + `"`
	}
	c.bw.WriteString(`<text x="` + num(x) + `" y="` + num(y) + `" text-anchor="` + anchor + `"` + attr + `>` + xmltext.Escape(s) + "</text>\n")
}

func (c *canvas) rotated(x, y float64, s string) {
	c.bw.WriteString(`<text x="` + num(x) + `" y="` + num(y) + `" text-anchor="end" transform="rotate(-45 ` + num(x) + ` ` + num(y) + `)">` +
		xmltext.Escape(s) + "</text>\n")
}

// dot draws a rate: filled black, or hollow when it rests on too few
// results.
func (c *canvas) dot(x, y float64, hollow bool) {
	fill := "#000"
	if hollow {
		fill = "#fff"
	}
	c.bw.WriteString(`<circle cx="` + num(x) + `" cy="` + num(y) + `" r="4.5" fill="` + fill + `" stroke="#000" stroke-width="1.5"/>` + "\n")
}

// grid draws the rate axis's grid lines and ticks, 0 to 100%.
func (c *canvas) grid(x func(float64) float64, top, bottom float64) {
	for _, t := range []float64{0, 0.25, 0.5, 0.75, 1} {
		c.line(x(t), top, x(t), bottom, "#bbb", 0.75)
		c.text(x(t), bottom+18, "middle", "#333", strconv.Itoa(int(100*t))+"%")
	}
	c.line(x(0), bottom, x(1), bottom, "#000", 1)
}

func (c *canvas) axisCaption(x, y float64, s string) { c.text(x, y, "middle", "#333", s) }

func (c *canvas) close() error {
	c.bw.WriteString("</svg>\n")
	return c.bw.Flush()
}
