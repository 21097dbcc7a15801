package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/build"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

func buildCommand() command {
	c := command{
		name:    "build",
		summary: "read articles and add their graph to the store",
		usage: `usage: newsgraph build [--db PATH] [--date YYYY-MM-DD] [--show] [--refdata DIR] [--workers N] [--batch N] [--quiet] INPUT...

Build reads news articles, extracts the countries, people, organisations and
places they name, the relations between them and the CAMEO-coded events they
report, and adds each article's graph to the store (created on first write).

An INPUT is
  - an article file whose first line is "date YYYY-MM-DD headline" (leading
    white space allowed) followed by the body; plain text without that line
    is read with --date, its first line taken as the headline;
  - a directory: every *.txt file below it, in name order;
  - a JSON-lines file of {"id","date","title","text"} records, gzipped or not;
  - "-" for standard input (an article or JSON lines).

The same entity in different articles is one node: an entity the
reference tables do not know is matched against the entities already
stored by Wikidata item, by name with accents, case and punctuation
ignored, and by alias ("Orban" = "Orbán", "U.S." = "US"), and renamed to
the stored node's name with its own forms kept as aliases; a person's name
is also matched as another form of a stored person's ("Bill Barr" and
"William P. Barr" are "William Barr"); people tied to different countries,
surnames two stored people share and different given names ("Jay Carney",
"Mark Carney") are left apart.
The summary counts the entities merged so.

An article is identified by the SHA-256 of its bytes: building the same
article again changes nothing, so an interrupted build (Ctrl-C, kill) can
simply be run again. Each batch of whole articles is written in one
transaction; on an interrupt the articles already read are written and the
command stops, and a second Ctrl-C stops it at once (the store is still
never left with part of an article). Inputs and records that cannot
be read are reported on standard error and skipped; the command then exits
1 after building the rest. Binary files (a NUL byte, or many control
characters or bytes that are not UTF-8, in the first 8,000 bytes), named
pipes, devices and directories that cannot be read are skipped the same
way, by name. Invalid UTF-8 in an article is replaced with U+FFFD, with a
warning naming the file and line; the article is built, and keeps the hash
of its bytes as given.

` + refdataUsage + `

Progress goes to standard error: a bar with the articles read, the rate
and the time left (from the share of the input bytes read) on a terminal,
a line every ten seconds otherwise; --quiet silences it.

Examples:

	newsgraph build --show testdata/articles/00_aljazeera_2023-12-13_armenia_azerbaijan_prisoner_exchange.txt
	newsgraph build --db news.db ../shared/corpus/news.jsonl.gz
	newsgraph build --date 2024-05-01 notes.txt`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		db := a.dbFlag(fs)
		date := fs.String("date", "", "publication date (YYYY-MM-DD) for plain-text articles without a date line")
		workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles read in parallel")
		batch := fs.Int("batch", build.DefaultBatch, "articles written per transaction")
		quiet := fs.BoolP("quiet", "q", false, "no progress on standard error")
		show := fs.Bool("show", false, "print each article's entities, relations and events")
		refdataDir := refdataFlag(fs)
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			return usagef("no INPUT given")
		}
		opts := loaders.Options{}
		if *date != "" {
			d, err := schema.ParseDate(*date)
			if err != nil || d.Day == 0 {
				return usagef("--date %q: want YYYY-MM-DD", *date)
			}
			opts.Date = d
		}
		if *workers < 1 || *batch < 1 {
			return usagef("--workers and --batch must be at least 1")
		}
		x, err := extractorFor(*refdataDir)
		if err != nil {
			return err
		}
		s, err := openStore(*db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		bo := build.Options{Workers: *workers, Batch: *batch, Read: opts, Stdin: a.Stdin,
			Warn: func(e *loaders.BadInputError) { fmt.Fprintf(a.Stderr, "newsgraph: skipped %v\n", e) },
		}
		if x != nil { // a nil *extract.Extractor in the interface would not be nil
			bo.Extractor = x
		}
		bo.Read.Repaired = func(r loaders.Repair) { fmt.Fprintf(a.Stderr, "newsgraph: warning: %v\n", r) }
		if *show {
			bo.Workers = 1 // one article at a time, printed as it is written
			bo.Article = func(doc *schema.Doc, _ bool) { writeDoc(a.Stdout, doc) }
		}
		var prog *progress
		if !*quiet {
			prog = newProgress(a.Stderr, "articles")
			bo.Read.Progress = prog.share
			bo.Progress = prog.update
		}
		start := time.Now()
		sum, err := build.Run(a.context(), s, fs.Args(), bo)
		if prog != nil {
			prog.done()
		}
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
		fmt.Fprintf(a.Stdout, "%s in %.2f s, peak memory %s\n", summaryText(sum), time.Since(start).Seconds(), peakMemory())
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted: %d articles stored; run the same command again to go on", sum.Added)
		}
		if sum.Bad > 0 {
			return fmt.Errorf("%s could not be read (see above)", plural(sum.Bad, "input"))
		}
		return nil
	}
	return c
}

// summaryText describes a build in one line.
func summaryText(s build.Summary) string {
	return fmt.Sprintf("%s read (%s new, %s already stored), %s words, %s entities (%s merged), %s events, %s quads",
		plural(s.Read, "article"), thousands(s.Added), thousands(s.Stored()), thousands(s.Words),
		thousands(s.Entities), thousands(s.Merged), thousands(s.Events), thousands(s.Quads))
}
