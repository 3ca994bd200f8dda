// Ucdp-actors is a researcher's script: it reads the UCDP Actor Dataset,
// classifies every actor, counts them by kind and by region, lists the
// non-state actors UCDP recorded deliberately killing civilians, and prints
// the law and norms that apply to a chosen actor.
//
//	go run ./examples/ucdp-actors                      # the 31-actor subset it ships
//	go run ./examples/ucdp-actors ../shared/data/ucdp/ucdp-actor-221.csv
//	go run ./examples/ucdp-actors -actor MFDC -list 5 ucdp-actor-221.csv
//	go run ./examples/ucdp-actors -json                # the same run as JSON
//
// UCDP data: © Uppsala Conflict Data Program, CC BY 4.0; cite Davies,
// Pettersson & Öberg (2022), Journal of Peace Research 59(4).
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/internal/cli"
)

//go:embed ucdp-actor-subset.csv
var subset []byte

func main() {
	os.Exit(cli.Exit(os.Stderr, "ucdp-actors", run(os.Stdout, os.Stderr, os.Args[1:])))
}

// usage lists every flag.
const usage = "usage: ucdp-actors [-actor NAME] [-list N] [-json] [ucdp-actor.csv]"

func run(stdout, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("ucdp-actors", flag.ContinueOnError)
	name := fs.String("actor", "MILF", "short name (UCDP NameData) of the actor whose obligations to print, in either case")
	list := fs.Int("list", 10, "how many of the non-state actors recorded killing civilians to list (0: all)")
	asJSON := fs.Bool("json", false, "write the results as JSON, in wire words, instead of text")
	if err := cli.Parse(fs, args, stderr, usage, "Classifies the actors of the UCDP Actor Dataset (default: the subset this program ships).", 1, "file"); err != nil {
		return err
	}
	if *list < 0 {
		return fmt.Errorf("-list: %d is not a number of actors (0 lists them all)", *list)
	}
	var in io.Reader = bytes.NewReader(subset)
	source := "the shipped subset"
	if fs.NArg() == 1 {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in, source = f, fs.Arg(0)
	}
	recs, err := ucdp.ReadActors(in, ucdp.ActorOptions{})
	if err != nil {
		return err
	}

	byKind := map[actor.Kind]int{}
	byRegion := map[actor.Region]int{}
	var killers []ucdp.Actor
	for _, r := range recs {
		byKind[r.Kind]++
		for _, reg := range r.Regions {
			byRegion[reg]++
		}
		if r.OneSided() && r.Kind.IsNonState() {
			killers = append(killers, r)
		}
	}
	slices.SortFunc(killers, func(a, b ucdp.Actor) int { return strings.Compare(a.Name, b.Name) })
	i := slices.IndexFunc(recs, func(r ucdp.Actor) bool { return strings.EqualFold(r.Name, *name) })
	if i < 0 {
		return fmt.Errorf("-actor: no actor named %q in %s", *name, source)
	}
	chosen := recs[i]
	a := chosen.Actor()
	obligations := actor.Obligations(a)

	if *asJSON {
		shown := killers
		if *list > 0 && len(shown) > *list {
			shown = shown[:*list]
		}
		type count struct {
			Kind   actor.Kind   `json:"kind,omitempty"`
			Region actor.Region `json:"region,omitempty"`
			Actors int          `json:"actors"`
		}
		var kinds, regions []count
		for _, k := range actor.Kinds() {
			if n := byKind[k]; n > 0 {
				kinds = append(kinds, count{Kind: k, Actors: n})
			}
		}
		for _, reg := range actor.Regions() {
			regions = append(regions, count{Region: reg, Actors: byRegion[reg]})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Source      string             `json:"source"`
			Actors      int                `json:"actors"`
			ByKind      []count            `json:"by_kind"`
			ByRegion    []count            `json:"by_region"`
			OneSided    int                `json:"non_state_one_sided"`
			Listed      []ucdp.Actor       `json:"non_state_one_sided_listed"`
			Chosen      ucdp.Actor         `json:"chosen"`
			Obligations []actor.Obligation `json:"obligations"`
		}{source, len(recs), kinds, regions, len(killers), shown, chosen, obligations})
	}

	w := stdout
	fmt.Fprintf(w, "%d actors read from %s, every one classified.\n\nBy kind:\n", len(recs), source)
	for _, k := range actor.Kinds() {
		if n := byKind[k]; n > 0 {
			fmt.Fprintf(w, "  %-32s %5d\n", k.Label(), n)
		}
	}
	fmt.Fprintln(w, "\nBy region (an actor active in several regions counts in each):")
	for _, reg := range actor.Regions() {
		fmt.Fprintf(w, "  %-32s %5d\n", reg.Label(), byRegion[reg])
	}
	fmt.Fprintf(w, "\nNon-state actors UCDP recorded deliberately killing civilians: %d\n", len(killers))
	// The names' column is as wide as the longest name listed.
	width := 0
	for i, r := range killers {
		if *list > 0 && i == *list {
			break
		}
		width = max(width, utf8.RuneCountInString(r.Name))
	}
	for i, r := range killers {
		if *list > 0 && i == *list {
			fmt.Fprintf(w, "  … and %d more (-list 0 shows all)\n", len(killers)-i)
			break
		}
		places := r.Locations
		if len(places) > 4 {
			places = append(places[:4:4], fmt.Sprintf("and %d more", len(r.Locations)-4))
		}
		fmt.Fprintf(w, "  %-*s  %s\n", width, r.Name, strings.Join(places, ", "))
	}

	fmt.Fprintf(w, "\nWhat law and norms apply to %s (%s, UCDP actor %d)?\n", a.Name, a.Kind.Label(), chosen.ActorID)
	for _, o := range obligations {
		fmt.Fprintf(w, "  %s\n", o)
	}
	fmt.Fprintln(w, "  (UCDP does not record territorial control; add it to the Actor to see human rights obligations.)")
	return nil
}
