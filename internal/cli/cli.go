// Package cli holds what the programs in examples/ share on the command
// line: parsing flags so that every mistake is reported once, naming the
// flag, with the usage line, and the exit code that follows from an error.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
)

// Parse parses args into fs and prints nothing but the help that -h asks
// for (usage, about, then the flags, on stderr; the error is then
// flag.ErrHelp). Any other mistake comes back as an error naming the flag,
// followed by the usage line, for Exit to print once. A program that takes
// up to files arguments (its datasets) names them what ("dataset", "file")
// when there are too many; with files 0 any argument is an error.
func Parse(fs *flag.FlagSet, args []string, stderr io.Writer, usage, about string, files int, what string) error {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintf(stderr, "%s\n\n%s\n\nFlags:\n", usage, about)
		fs.SetOutput(stderr)
		fs.PrintDefaults()
		return err
	case err != nil:
		return fmt.Errorf("%w\n%s", err, usage)
	case files == 0 && fs.NArg() > 0:
		return fmt.Errorf("unexpected argument %q\n%s", fs.Arg(0), usage)
	case fs.NArg() > files:
		most := strconv.Itoa(files)
		if files == 1 {
			most = "one"
		}
		return fmt.Errorf("at most %s %s, got %d: %q\n%s", most, what, fs.NArg(), fs.Args(), usage)
	}
	return nil
}

// Exit reports err on stderr, after the program's name, and returns the
// exit code: 0 for success and for -h, 1 for anything else.
func Exit(stderr io.Writer, name string, err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintln(stderr, name+":", err)
	return 1
}

// Writable checks, before a program reads or prints anything, that a file
// can be written at path: its directory exists, and path is not a
// directory.
func Writable(path string) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s is a directory", path)
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("no directory %s to write %s in", dir, filepath.Base(path))
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	return nil
}
