package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
)

// loadExts maps file extensions (after any .gz) to input formats.
var loadExts = map[string]string{
	".nq":     "nquads",
	".nquads": "nquads",
	".nt":     "nquads",
	".jsonld": "jsonld",
	".json":   "json",
	".pq":     "pquads",
}

func loadCommand() command {
	c := command{
		name:    "load",
		summary: "import quads from N-Quads, JSON-LD, JSON or pquads files",
		usage: `usage: newsgraph load [--db PATH] [--format F] FILE...

Load imports the quads of each FILE into the store, creating the store if it
does not exist, and prints how many quads it read from each. Quads already in
the store are skipped, so loading a file twice changes nothing. A FILE of -
reads standard input. N-Quads literals are stored exactly as written.

The format comes from --format or else from the file's extension: .nq,
.nquads and .nt are nquads, .jsonld is jsonld, .json is json (Cayley's JSON),
.pq is pquads; a .gz suffix is ignored and gzip input is detected by content.

Examples:

	newsgraph load reference.nq
	gunzip -c dump.nq.gz | newsgraph load --db news.db --format nquads -`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		db := a.dbFlag(fs)
		format := fs.String("format", "", "input format: "+strings.Join(graph.LoadFormats(), ", ")+" (default: from the file extension)")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			return usagef("no files to load")
		}
		formats := make([]string, fs.NArg())
		for i, file := range fs.Args() {
			f, err := loadFormat(file, *format)
			if err != nil {
				return err
			}
			formats[i] = f
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		for i, file := range fs.Args() {
			n, err := loadFile(a, s, file, formats[i])
			if err != nil {
				s.Close()
				return fmt.Errorf("load %q: %w", file, err)
			}
			fmt.Fprintf(a.Stdout, "loaded %d quads from %s\n", n, file)
		}
		return s.Close()
	}
	return c
}

// loadFormat picks a file's input format: flag if set, else its extension.
func loadFormat(file, flag string) (string, error) {
	known := graph.LoadFormats()
	if flag != "" {
		for _, f := range known {
			if f == flag {
				return flag, nil
			}
		}
		return "", usagef("unknown format %q (want %s)", flag, strings.Join(known, ", "))
	}
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(file), ".gz")))
	if f, ok := loadExts[ext]; ok {
		return f, nil
	}
	return "", usagef("cannot tell the format of %q from its name; use --format (%s)", file, strings.Join(known, ", "))
}

func loadFile(a *App, s *graph.Store, file, format string) (int, error) {
	var r io.Reader = a.Stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		r = f
	}
	return s.Load(r, format)
}
