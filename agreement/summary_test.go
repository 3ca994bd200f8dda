package agreement_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestResearchCSV(t *testing.T) {
	r, err := research.SummariseAgreements([]agreement.Agreement{followUpAgreement(t), milfActionPlan()}, day("2021-01-01"), research.TableOptions{})
	require.NoError(t, err)
	assert.Positive(t, r.ToFull.N)
	assert.True(t, r.PooledCompliance.Rated)
	var buf bytes.Buffer
	require.NoError(t, r.WriteCSV(&buf))
	recs := readCSV(t, buf.Bytes())
	require.Equal(t, research.AgreementColumns(), recs[0])
	require.Len(t, recs, 7)
	for i, d := range []research.Distribution{r.Delay, r.Compliance, r.Implementation, r.ToFull} {
		rec := recs[1+i]
		assert.Equal(t, strconv.Itoa(d.N), rec[1])
		if d.N > 0 {
			assert.Equal(t, []float64{d.Mean, d.P25, d.Median, d.P75, d.P90},
				[]float64{parseNum(t, rec[2]), parseNum(t, rec[3]), parseNum(t, rec[4]), parseNum(t, rec[5]), parseNum(t, rec[6])})
		}
	}
	assert.Equal(t, []string{"delay_days", "compliance", "implementation", "to_full_days", "pooled_compliance", "pooled_implementation"},
		[]string{recs[1][0], recs[2][0], recs[3][0], recs[4][0], recs[5][0], recs[6][0]})
	pc := recs[5]
	assert.Equal(t, r.PooledCompliance.Rate, parseNum(t, pc[7]))
	assert.Equal(t, r.PooledCompliance.Lo, parseNum(t, pc[8]))
	assert.Equal(t, r.PooledCompliance.Hi, parseNum(t, pc[9]))
	buf.Reset()
	require.NoError(t, r.WriteJSON(&buf))
	var back research.AgreementSummary
	require.NoError(t, json.Unmarshal(buf.Bytes(), &back))
	assert.Equal(t, r, back)
}

// readCSV reads a table's CSV back with encoding/csv.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	return recs
}

func parseNum(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err, s)
	return v
}
