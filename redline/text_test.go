package redline_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
)

var wireWord = regexp.MustCompile(`[a-z]+_[a-z_]+`)

// Every library kind and attribute has words for people, distinct from one
// another; an agency's own reads with its underscores as spaces.
func TestKindAndAttrLabels(t *testing.T) {
	seen := map[string]redline.Kind{}
	for _, k := range redline.Kinds() {
		l := k.Label()
		assert.NotEmpty(t, l, "%s", string(k))
		assert.False(t, wireWord.MatchString(l), "%s reads %q", string(k), l)
		if o, dup := seen[l]; dup {
			t.Errorf("%s and %s both read %q", string(o), string(k), l)
		}
		seen[l] = k
		for _, a := range redline.Attributes(k) {
			al := redline.AttrLabel(a.Name)
			assert.NotEmpty(t, al, "%s", a.Name)
			assert.False(t, wireWord.MatchString(al), "%s reads %q", a.Name, al)
		}
	}
	assert.Equal(t, "recruitment of children", redline.KindChildRecruitment.Label())
	assert.Equal(t, "mine marking", redline.Kind("mine_marking").Label())
	assert.Equal(t, "minimum age", redline.AttrLabel("min_age"))
	assert.Equal(t, "who must act", redline.AttrLabel("by"))
	assert.Equal(t, "daily rate", redline.AttrLabel("daily_rate"))
}

// Every rule of the baseline, every norm and every attribute reads in
// words; a rule names its ID, severity, kind, conditions and citations.
func TestRuleNormAttributeString(t *testing.T) {
	k := redline.MustCompile(redline.Baseline())
	for _, r := range k.Rules() {
		assert.False(t, wireWord.MatchString(r.String()), r.String())
	}
	r, ok := k.Rule("child-recruitment-under-18")
	require.True(t, ok)
	assert.Equal(t, "rule child-recruitment-under-18 (trade-off): recruitment of children, when minimum age under 18 [OPAC-4]", r.String())
	r, ok = k.Rule("dialogue-fee")
	require.True(t, ok)
	assert.Equal(t, "rule dialogue-fee (institutional red line): payment, when purpose a fee for dialogue and payee one of the armed actor, the host state, a party to the conflict, a de facto authority [institutional]", r.String())
	r, ok = k.Rule("hostage-taking")
	require.True(t, ok)
	assert.Equal(t, "rule hostage-taking (absolute red line): hostage-taking [CIHL-96, CA3]", r.String())

	assert.Equal(t, "daily rate at least 12", redline.Condition{Attr: "daily_rate", Op: redline.OpGe, Value: redline.NumberValue(12)}.String())

	n, ok := redline.LookupNorm("OPAC-4")
	require.True(t, ok)
	assert.Equal(t, "OPAC-4: "+n.Title, n.String())
	assert.Equal(t, "X: t (unverified)", redline.Norm{ID: "X", Title: "t", Unverified: true}.String())
	for _, n := range redline.Norms() {
		assert.False(t, wireWord.MatchString(n.String()), n.String())
	}
	assert.Equal(t, []string{"who must act (entity)", "minimum age (number)"}, []string{
		redline.Attributes(redline.KindChildRecruitment)[0].String(), redline.Attributes(redline.KindChildRecruitment)[1].String()})
}

func TestExaminationAndUncoveredString(t *testing.T) {
	k := redline.MustCompile(redline.Baseline(), redline.Policy{Name: "m", Version: "1", Kinds: []redline.KindDecl{{Kind: "mine_marking"}}})
	ex := k.Check([]redline.Term{
		{Kind: redline.KindAccess, Conditional: redline.FlagNo},
		{Kind: redline.KindInformationSharing},
		{Kind: redline.KindReleaseOfChildren},
		{Kind: "mine_marking"},
	}).Examined()
	require.Len(t, ex, 4)
	assert.Equal(t, "term 1, humanitarian access: examined by rule conditional-access", ex[0].String())
	assert.Equal(t, "term 2, information sharing: examined by rules identifying-information-beyond-protection, identifying-information-without-consent, aggregate-information-to-party, identifying-information-shared", ex[1].String())
	assert.Equal(t, "term 3, release of children: no rule examines it, on purpose: The release of children is what the organisation asks of the party, not a concession.", ex[2].String())
	assert.Equal(t, "term 4, mine marking: no rule examined it", ex[3].String())
	u := k.Uncovered()
	require.NotEmpty(t, u)
	assert.True(t, slices.IsSortedFunc(u, func(a, b redline.Uncovered) int { return strings.Compare(string(a.Kind), string(b.Kind)) }), "sorted by kind")
	i := slices.IndexFunc(u, func(x redline.Uncovered) bool { return x.Kind == redline.KindRemovingCheckpoints })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, "removing checkpoints that block civilians: Removing checkpoints that block civilians is what the organisation asks of the party, not a concession.", u[i].String())
	for _, e := range ex {
		assert.False(t, wireWord.MatchString(e.String()), e.String())
	}
}
