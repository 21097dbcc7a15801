package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
)

func exportCommand() command {
	c := command{
		name:    "export",
		summary: "write the whole graph as N-Quads, JSON-LD, GraphML, DOT, CSV or JSON",
		usage: `usage: newsgraph export [--db PATH] --format F [--out FILE]

Export writes every quad of the store to standard output, or to FILE with
--out, sorted by subject, predicate, object and label so that the output is
the same for the same graph. The store is opened read-only and not changed.
N-Quads are standard (full datatype IRIs) and read by rapper, Jena and rdflib.

Formats:

` + graph.ExportFormatHelp() + `
Examples:

	newsgraph export --format nquads --out graph.nq
	newsgraph export --format dot | dot -Tsvg > graph.svg`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		db := a.dbFlag(fs)
		format := fs.String("format", "", "output format (required): "+strings.Join(graph.ExportFormats(), ", "))
		out := fs.String("out", "", "write to `FILE` instead of standard output")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return usagef("takes no arguments")
		}
		if *format == "" {
			return usagef("--format is required (%s)", strings.Join(graph.ExportFormats(), ", "))
		}
		known := false
		for _, f := range graph.ExportFormats() {
			known = known || f == *format
		}
		if !known {
			return usagef("unknown format %q (want %s)", *format, strings.Join(graph.ExportFormats(), ", "))
		}
		s, err := openStore(*db, true)
		if err != nil {
			return err
		}
		defer s.Close()
		if *out == "" {
			return export(s, a.Stdout, *format)
		}
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		if err := export(s, f, *format); err != nil {
			f.Close()
			os.Remove(*out)
			return err
		}
		return f.Close()
	}
	return c
}

func export(s *graph.Store, w io.Writer, format string) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := s.Export(bw, format); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
