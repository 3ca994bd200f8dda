// Policy-test shows how an agency keeps its red-line policy in a JSON file
// and proves it: the policy is compiled on the library's baseline, and the
// agency's cases — proposals with the rules each must cross, and why — run
// against it, with the conformance checks every policy must pass and
// per-rule coverage. policy_test.go beside this file does the same in an
// ordinary test; copy both files, policy.json and cases.json into your own
// repository and make them yours.
//
//	go run ./examples/policy-test
//	go run ./examples/policy-test -policy ours.json -cases ours-cases.json
//	go run ./examples/policy-test -json                # the result as JSON
//	go test ./examples/policy-test
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/humanitarian-negotiation/protection/internal/cli"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
)

var (
	//go:embed policy.json
	defaultPolicy []byte
	//go:embed cases.json
	defaultCases []byte
)

func main() {
	os.Exit(cli.Exit(os.Stderr, "policy-test", run(os.Stdout, os.Stderr, os.Args[1:])))
}

// usage lists every flag.
const usage = "usage: policy-test [-policy FILE.json] [-cases FILE.json] [-json]"

func run(stdout, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("policy-test", flag.ContinueOnError)
	policyFile := fs.String("policy", "", "the agency's red-line policy, as JSON (default: the example ACME policy)")
	casesFile := fs.String("cases", "", "the cases that prove it, as JSON (default: the example's cases)")
	asJSON := fs.Bool("json", false, "write the result as JSON, in wire words, instead of text")
	if err := cli.Parse(fs, args, stderr, usage, "Compiles the policy on the library's baseline and proves it with its cases.", 0, ""); err != nil {
		return err
	}
	k, cases, err := load(*policyFile, *casesFile)
	if err != nil {
		return err
	}
	err = redlinetest.Check(k, cases)
	var failures []error
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		failures = u.Unwrap()
	} else if err != nil {
		failures = []error{err}
	}
	var failed error
	if len(failures) > 0 {
		failed = fmt.Errorf("%d of the checks failed", len(failures))
	}
	if *asJSON {
		res := result{Policy: k.Name(), Layers: k.Layers(), Rules: len(k.Rules()), Exceptions: k.Exceptions(),
			Cases: len(cases), Proven: failed == nil, Failures: []string{}}
		for _, f := range failures {
			res.Failures = append(res.Failures, f.Error())
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return err
		}
		return failed
	}
	fmt.Fprintln(stdout, k)
	for _, f := range failures {
		fmt.Fprintln(stdout, "FAIL", f)
	}
	if failed != nil {
		return failed
	}
	fmt.Fprintf(stdout, "proven: %d cases pass; conformance, per-rule coverage and coverage of kinds complete for all %d rules\n", len(cases), len(k.Rules()))
	return nil
}

// result is what -json writes.
type result struct {
	Policy     string              `json:"policy"`
	Layers     []redline.Layer     `json:"layers"`
	Rules      int                 `json:"rules"`
	Exceptions []redline.Exception `json:"exceptions,omitempty"`
	Cases      int                 `json:"cases"`
	Proven     bool                `json:"proven"`
	Failures   []string            `json:"failures"`
}

// load reads the policy and the cases — the given files, or the embedded
// example — and compiles the policy as a layer on the baseline.
func load(policyFile, casesFile string) (*redline.Checker, []redlinetest.Case, error) {
	pr, err := open(policyFile, defaultPolicy)
	if err != nil {
		return nil, nil, fmt.Errorf("-policy: %w", err)
	}
	policy, err := redline.DecodePolicy(pr, redline.Limits{})
	if err != nil {
		return nil, nil, fmt.Errorf("-policy: %w", err)
	}
	k, err := redline.Compile(redline.Baseline(), policy)
	if err != nil {
		return nil, nil, fmt.Errorf("-policy: %w", err)
	}
	cr, err := open(casesFile, defaultCases)
	if err != nil {
		return nil, nil, fmt.Errorf("-cases: %w", err)
	}
	cases, err := redlinetest.DecodeCases(cr, redline.Limits{})
	if err != nil {
		return nil, nil, fmt.Errorf("-cases: %w", err)
	}
	return k, cases, nil
}

func open(name string, fallback []byte) (io.Reader, error) {
	if name == "" {
		return bytes.NewReader(fallback), nil
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(b), nil
}
