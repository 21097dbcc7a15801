package main

import (
	"context"
	"errors"
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
		usage: `usage: newsgraph load [--db PATH] [--format F] [--quiet] FILE...

Load imports the quads of each FILE into the store, creating the store if it
does not exist. A FILE of - reads standard input. N-Quads literals are
stored exactly as written.

It reads and checks every FILE before it writes anything: a quad that
cannot be parsed, lacks a subject, predicate or object, or holds text that
is not UTF-8 stops it with FILE:LINE: reason (FILE: quad N: reason for the
formats without lines), exit status 1 and the store unchanged.

The quads are then written grouped by their label (the fourth term of
N-Quads; every quad newsgraph extracts from an article carries the article
as its label): all the quads of one label in one transaction, with other
labels, some 32,000 quads to a transaction. If the load is interrupted
(Ctrl-C, kill, even kill -9), every article, like every label, is in the
store whole or not at all; running the same load again completes it.
An article whose content hash (ng:contentHash) is already stored is
skipped whole, as build skips it; other quads already stored are skipped
one by one, so loading a file twice changes nothing. Quads without a label
belong to no article and are written 32,768 to a transaction.

The format comes from --format or else from the file's extension: .nq,
.nquads and .nt are nquads, .jsonld is jsonld, .json is json (Cayley's JSON),
.pq is pquads; a .gz suffix is ignored and gzip input is detected by content.
Progress goes to standard error: a bar on a terminal, a line every ten
seconds otherwise; --quiet silences it.

Examples:

	newsgraph load reference.nq
	gunzip -c dump.nq.gz | newsgraph load --db news.db --format nquads -`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		db := a.dbFlag(fs)
		format := fs.String("format", "", "input format: "+strings.Join(graph.LoadFormats(), ", ")+" (default: from the file extension)")
		quiet := fs.BoolP("quiet", "q", false, "no progress on standard error")
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
		defer s.Close()
		im := graph.NewImport()
		for i, file := range fs.Args() {
			n, err := readQuads(a, im, file, formats[i])
			if err != nil {
				return fmt.Errorf("%w (nothing was loaded)", err)
			}
			fmt.Fprintf(a.Stdout, "read %s quads from %s\n", thousands(n), file)
		}
		var prog *progress
		var report func(int)
		if !*quiet {
			prog = newProgress(a.Stderr, "quads")
			report = func(done int) {
				prog.share(int64(done), int64(im.Quads()))
				prog.update(done)
			}
		}
		res, err := s.Import(a.context(), im, report)
		if prog != nil {
			prog.done()
		}
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted: %s new quads stored, every label whole or not at all; run the same command again to go on", thousands(int(res.Added)))
		}
		if err != nil {
			return err
		}
		line := fmt.Sprintf("stored %s new quads of %s read", thousands(int(res.Added)), thousands(im.Quads()))
		if res.Stored > 0 {
			line += fmt.Sprintf(" (%s already stored, skipped)", plural(res.Stored, "article"))
		}
		fmt.Fprintln(a.Stdout, line)
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

// readQuads reads the quads of one FILE into im.
func readQuads(a *App, im *graph.Import, file, format string) (int, error) {
	var r io.Reader = a.Stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return 0, fmt.Errorf("load %q: %w", file, err)
		}
		defer f.Close()
		r = f
	}
	return im.Read(file, r, format)
}
