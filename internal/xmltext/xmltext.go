// Package xmltext escapes text for the SVG the library draws (the
// stakeholder map, outcome charts): the five XML special characters become
// entities, and characters XML 1.0 cannot hold are dropped.
package xmltext

import "strings"

// Escape returns s safe inside an XML element or a quoted attribute.
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&apos;")
		default:
			// XML 1.0 allows tab, newline and carriage return below 0x20.
			if r >= 0x20 || r == '\t' || r == '\n' || r == '\r' {
				if r != 0xFFFE && r != 0xFFFF {
					b.WriteRune(r)
				}
			}
		}
	}
	return b.String()
}
