package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/draw"
	"github.com/newsgraph/newsgraph/graph/question"
)

// What the ask commands (search, show, path, events, related) share: their
// flags, opening the store for reading, resolving entity names, writing
// JSON and Graphviz pictures (package draw).

// askOptions are the flags every ask command takes.
type askOptions struct {
	db     *string
	format *string
	limit  *int
	dot    *bool   // show, path, related
	svg    *string // show, path, related
}

func (a *App) askFlags(fs *pflag.FlagSet, limit int, picture bool) *askOptions {
	o := &askOptions{
		db:     a.dbFlag(fs),
		format: fs.String("format", "text", "output format: text or json"),
		limit:  fs.Int("limit", limit, "show at most `N` items of each list (0: all)"),
	}
	if picture {
		o.dot = fs.Bool("dot", false, "print the answer as a Graphviz DOT graph instead")
		o.svg = fs.String("svg", "", "also render the answer as an SVG picture to `FILE` (needs Graphviz's dot)")
	}
	return o
}

// check validates the shared flags and the question's parameters (a
// question.ParamError is a usage error).
func (o *askOptions) check(q interface{ Check() error }) error {
	if *o.format != "text" && *o.format != "json" {
		return usagef("unknown format %q (want text, json)", *o.format)
	}
	var pe *question.ParamError
	if err := q.Check(); errors.As(err, &pe) {
		return usagef("--%v", pe)
	} else if err != nil {
		return err
	}
	return nil
}

// openAsk opens the store read-only for the ask queries; call the returned
// function when done.
func (a *App) openAsk(db string) (*graph.Ask, func(), error) {
	s, err := openStore(db, true)
	if err != nil {
		return nil, nil, err
	}
	ask, err := s.Ask(a.context())
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	return ask, func() { ask.Close(); s.Close() }, nil
}

// explain rewrites an entity that could not be resolved as the error
// the ask commands print: the name, why, and the closest candidates.
func explain(err error) error {
	var re *graph.ResolveError
	if !errors.As(err, &re) {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%q: %v", re.Text, re.Err)
	if len(re.Candidates) > 0 {
		b.WriteString("; closest:")
		for _, c := range re.Candidates {
			fmt.Fprintf(&b, "\n  %s (%s, %d articles) %s", c.Name, c.Type, c.Articles, c.IRI)
		}
	}
	return errors.New(b.String())
}

// writeJSON writes an answer as one line of JSON, as the HTTP API does.
func (a *App) writeJSON(v any) error { return question.Encode(a.Stdout, v) }

// picture writes the DOT graph d to standard output when --dot is set and
// renders it to --svg's file when that is set. It reports whether the
// answer was printed as DOT.
func (a *App) picture(o *askOptions, d *draw.Graph) (bool, error) {
	if *o.svg != "" {
		err := d.WriteSVG(*o.svg)
		if errors.Is(err, draw.ErrNoGraphviz) {
			return false, fmt.Errorf("--svg: %w; --dot prints the DOT source", err)
		}
		if err != nil {
			return false, fmt.Errorf("--svg: %w", err)
		}
	}
	if *o.dot {
		_, err := fmt.Fprint(a.Stdout, d.String())
		return true, err
	}
	return false, nil
}
