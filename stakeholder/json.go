package stakeholder

import (
	"io"

	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// dossierCodec decodes dossiers, worked out once.
var dossierCodec = jsonio.NewCodec[Dossier](pkg)

// DecodeDossier reads a dossier as JSON from r and validates it. Decoding is
// strict — unknown or duplicate keys, unknown words, values of the wrong
// type, invalid UTF-8, input beyond lim — and every problem is a *FieldError
// naming its JSON path, line and column, never the content of a name or a
// note, reported together with what Validate finds. The zero Limits means
// the defaults.
func DecodeDossier(r io.Reader, lim Limits) (Dossier, error) {
	var d Dossier
	if err := dossierCodec.DecodeValid(r, &d, lim, (*Dossier).Validate); err != nil {
		return Dossier{}, err
	}
	return d, nil
}

// EncodeDossier writes d as indented JSON to w, after validating it. The
// output holds every sensitive field; encode d.Redact() to share it.
func EncodeDossier(w io.Writer, d Dossier) error {
	if err := d.Validate(); err != nil {
		return err
	}
	return jsonio.Encode(w, d, pkg)
}
