package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
)

func evalCommand() command {
	c := command{
		name:    "eval",
		summary: "score extraction against gold annotations",
		usage: `usage: newsgraph eval --gold DIR [--format text|json] [--verbose] [--refdata DIR] ARTICLE...

Eval builds each article into a fresh in-memory graph and scores it against
DIR/<article base name>.json, a gold annotation in the format of GOLD.md:
precision, recall and F1 for entities, relations and events (loose: same
CAMEO root and an agent in common; strict: also the code, targets, date and
quantity), and the share of Wikidata links that are right. Each article gets
a row, and the last row is the micro-average over all of them. An ARTICLE may
be a directory of *.txt articles.

With --verbose, the missed and spurious items follow the table, so you can
see what the extractor got wrong. The store is not used. --refdata DIR
scores the extractor with your reference tables laid over the built-in ones
(see 'newsgraph help build').

Example:

	newsgraph eval --gold ../shared/gold ../shared/articles`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		goldDir := fs.String("gold", "", "directory of gold annotations, one <article base name>.json per article")
		format := fs.String("format", "text", "output format: text or json")
		verbose := fs.BoolP("verbose", "v", false, "list the missed and spurious items (text format)")
		refdataDir := refdataFlag(fs)
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		if *goldDir == "" {
			return usagef("--gold DIR is required")
		}
		if fs.NArg() == 0 {
			return usagef("no ARTICLE given")
		}
		if *format != "text" && *format != "json" {
			return usagef("unknown format %q (want text, json)", *format)
		}
		x, err := extractorFor(*refdataDir)
		if err != nil {
			return err
		}
		if x == nil {
			if x, err = extract.New(); err != nil {
				return err
			}
		}
		var results []*eval.Result
		var readErrs []string
		err = loaders.Read(fs.Args(), a.Stdin, loaders.Options{}, func(art loaders.Article) error {
			base := strings.TrimSuffix(filepath.Base(art.Source), filepath.Ext(art.Source))
			g, err := eval.ReadGold(filepath.Join(*goldDir, base+".json"))
			if err != nil {
				return err
			}
			res, err := scoreArticle(x, art, g)
			if err != nil {
				return fmt.Errorf("%s: %w", art.Source, err)
			}
			res.Article = filepath.Base(art.Source)
			results = append(results, res)
			return nil
		}, func(e *loaders.BadInputError) error {
			readErrs = append(readErrs, e.Error())
			return nil
		})
		if err != nil {
			return err
		}
		if len(readErrs) > 0 {
			return fmt.Errorf("cannot read %s", strings.Join(readErrs, "; "))
		}
		if *format == "json" {
			return eval.WriteJSON(a.Stdout, results)
		}
		return eval.WriteText(a.Stdout, results, *verbose)
	}
	return c
}

// scoreArticle builds one article into a fresh in-memory graph, reads its
// quads back and scores them.
func scoreArticle(x *extract.Extractor, art loaders.Article, g *eval.Gold) (*eval.Result, error) {
	s, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	doc := x.Extract(art)
	if _, err := s.AddArticles([][]quad.Quad{doc.Quads(x.Codes())}); err != nil {
		return nil, err
	}
	qs, err := s.Quads(context.Background())
	if err != nil {
		return nil, err
	}
	return eval.Score(qs, g), nil
}
