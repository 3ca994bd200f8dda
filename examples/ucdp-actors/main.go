// Ucdp-actors is a researcher's script: it reads the UCDP Actor Dataset,
// classifies every actor, counts them by kind and by region, lists the
// non-state actors UCDP recorded deliberately killing civilians, and prints
// what binds a chosen actor.
//
//	go run ./examples/ucdp-actors                      # the 31-actor subset it ships
//	go run ./examples/ucdp-actors ../shared/data/ucdp/ucdp-actor-221.csv
//	go run ./examples/ucdp-actors -actor MFDC -list 5 ucdp-actor-221.csv
//
// UCDP data: © Uppsala Conflict Data Program, CC BY 4.0; cite Davies,
// Pettersson & Öberg (2022), Journal of Peace Research 59(4).
package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/humanitarian-negotiation/protection/actor"
)

//go:embed ucdp-actor-subset.csv
var subset []byte

func main() {
	os.Exit(exit(os.Stderr, run(os.Stdout, os.Stderr, os.Args[1:])))
}

// exit reports err and returns the exit code: 0 for success and for -h, 1
// for anything else.
func exit(stderr io.Writer, err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintln(stderr, "ucdp-actors:", err)
	return 1
}

func run(stdout, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("ucdp-actors", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("actor", "MILF", "short name (UCDP NameData) of the actor whose obligations to print")
	list := fs.Int("list", 10, "how many of the non-state actors recorded killing civilians to list (0: all)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: ucdp-actors [flags] [ucdp-actor.csv]\n\nClassifies the actors of the UCDP Actor Dataset (default: the subset this program ships).\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return errors.New("at most one CSV file")
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
	recs, err := actor.ReadUCDP(in, actor.UCDPOptions{})
	if err != nil {
		return err
	}

	w := stdout
	fmt.Fprintf(w, "%d actors read from %s, every one classified.\n\nBy kind:\n", len(recs), source)
	byKind := map[actor.Kind]int{}
	byRegion := map[actor.Region]int{}
	var killers []actor.UCDPRecord
	for _, r := range recs {
		byKind[r.Kind]++
		for _, reg := range r.Regions {
			byRegion[reg]++
		}
		if r.OneSided() && r.Kind.IsNonState() {
			killers = append(killers, r)
		}
	}
	for _, k := range actor.Kinds() {
		if n := byKind[k]; n > 0 {
			fmt.Fprintf(w, "  %-18s %5d\n", k, n)
		}
	}
	fmt.Fprintln(w, "\nBy region (an actor active in several regions counts in each):")
	for _, reg := range actor.Regions() {
		fmt.Fprintf(w, "  %-18s %5d\n", reg.Label(), byRegion[reg])
	}
	slices.SortFunc(killers, func(a, b actor.UCDPRecord) int { return strings.Compare(a.Name, b.Name) })
	fmt.Fprintf(w, "\nNon-state actors UCDP recorded deliberately killing civilians: %d\n", len(killers))
	for i, r := range killers {
		if *list > 0 && i == *list {
			fmt.Fprintf(w, "  … and %d more (-list 0 shows all)\n", len(killers)-i)
			break
		}
		places := r.Locations
		if len(places) > 4 {
			places = append(places[:4:4], fmt.Sprintf("and %d more", len(r.Locations)-4))
		}
		fmt.Fprintf(w, "  %-40s %s\n", r.Name, strings.Join(places, ", "))
	}

	i := slices.IndexFunc(recs, func(r actor.UCDPRecord) bool { return strings.EqualFold(r.Name, *name) })
	if i < 0 {
		return fmt.Errorf("no actor named %q in %s", *name, source)
	}
	a := recs[i].Actor()
	fmt.Fprintf(w, "\nWhat binds %s (%s, UCDP actor %d)?\n", a.Name, a.Kind, recs[i].ActorID)
	for _, o := range actor.Obligations(a) {
		fmt.Fprintf(w, "  %-12s because %s [%s]\n", o.Body, o.Note, strings.Join(o.Citations, ", "))
	}
	fmt.Fprintln(w, "  (UCDP does not record territorial control; add it to the Actor to see human rights obligations.)")
	return nil
}
