package risk_test

import (
	"fmt"

	"github.com/humanitarian-negotiation/protection/risk"
)

// The risk equation: risk grows with threat and vulnerability and falls with
// capacity.
func ExampleConcern_Level() {
	for _, c := range []risk.Concern{
		{Risk: risk.ExplosiveOrdnance, Threat: 4, Vulnerability: 4, Capacity: 1},
		{Risk: risk.ExplosiveOrdnance, Threat: 4, Vulnerability: 4, Capacity: 4},
		{Risk: risk.ExplosiveOrdnance, Threat: 4, Vulnerability: 4},
	} {
		lv, ok := c.Level()
		fmt.Println(lv, risk.LevelBand(lv), ok)
	}
	// Output:
	// 16 critical true
	// 4 medium true
	// 0 low false
}

// Older GPC labels still parse, to the current risk and its exact name.
func ExampleParse() {
	r, err := risk.Parse("Sexual and gender-based violence")
	fmt.Println(r, "—", r.Label(), err)
	// Output:
	// gender_based_violence — Gender-Based Violence <nil>
}
