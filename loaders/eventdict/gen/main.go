// Command gen writes the event dictionary's tables from the PETRARCH2
// dictionaries:
//
//	go run ./gen --src ../../../shared/third_party/petrarch2 --out petrarch
//
// run from loaders/eventdict (go generate does this). It replaces every file
// it writes and prints one line per table.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/newsgraph/newsgraph/loaders/eventdict/internal/petrarch"
	"github.com/spf13/pflag"
)

func main() {
	fs := pflag.NewFlagSet("gen", pflag.ContinueOnError)
	src := fs.String("src", "../../../shared/third_party/petrarch2", "directory of the PETRARCH2 dictionaries")
	out := fs.String("out", "petrarch", "directory to write the tables to")
	if err := fs.Parse(os.Args[1:]); err != nil {
		if err == pflag.ErrHelp {
			os.Exit(0)
		}
		fmt.Fprintf(os.Stderr, "newsgraph: eventdict gen: %v\n", err)
		os.Exit(2)
	}
	if err := run(*src, *out); err != nil {
		fmt.Fprintf(os.Stderr, "newsgraph: eventdict gen: %v\n", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	files, err := petrarch.Generate(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(out, name), files[name], 0o644); err != nil {
			return err
		}
		fmt.Printf("%-18s %8d bytes\n", name, len(files[name]))
	}
	return nil
}
