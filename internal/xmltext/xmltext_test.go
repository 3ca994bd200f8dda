package xmltext

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEscape(t *testing.T) {
	assert.Equal(t, "a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;", Escape(`a <b> & "c" 'd'`))
	assert.Equal(t, "tab\tnew\nline\r", Escape("tab\tnew\nline\r"))
	assert.Equal(t, "nul bell", Escape("nul\x00 bell\x07"), "characters XML 1.0 cannot hold are dropped")
	assert.Equal(t, "ok", Escape("o\uFFFEk\uFFFF"))
	for _, s := range []string{"Côte d'Ivoire", "a\x00<&>\xff\"'", "\ufffd", strings.Repeat("é<", 100)} {
		var v struct {
			Text string `xml:"t"`
		}
		require.NoError(t, xml.Unmarshal([]byte("<r><t>"+Escape(s)+"</t></r>"), &v), "%q", s)
	}
}
