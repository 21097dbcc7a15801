package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/draw"
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

// check validates the shared flags.
func (o *askOptions) check() error {
	if *o.format != "text" && *o.format != "json" {
		return usagef("unknown format %q (want text, json)", *o.format)
	}
	if *o.limit < 0 {
		return usagef("--limit must not be negative")
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

// resolveEntity finds the entity text names, or says why not.
func resolveEntity(ask *graph.Ask, text string) (graph.EntityRef, error) {
	e, err := ask.Resolve(text)
	var re *graph.ResolveError
	if errors.As(err, &re) {
		var b strings.Builder
		fmt.Fprintf(&b, "%q: %v", re.Text, re.Err)
		if len(re.Candidates) > 0 {
			b.WriteString("; closest:")
			for _, c := range re.Candidates {
				fmt.Fprintf(&b, "\n  %s (%s, %d articles) %s", c.Name, c.Type, c.Articles, c.IRI)
			}
		}
		return e, errors.New(b.String())
	}
	return e, err
}

// writeJSON writes v as one line of JSON.
func (a *App) writeJSON(v any) error {
	enc := json.NewEncoder(a.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

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

// openEntity parses the flags of a command about one entity (show,
// related), opens the store and resolves the entity its arguments name.
// The caller calls done when finished with ask.
func (a *App) openEntity(c command, fs *pflag.FlagSet, o *askOptions, args []string) (ask *graph.Ask, e graph.EntityRef, done func(), err error) {
	if err := a.parse(c, fs, args); err != nil {
		return nil, e, nil, err
	}
	if err := o.check(); err != nil {
		return nil, e, nil, err
	}
	if fs.NArg() == 0 {
		return nil, e, nil, usagef("no ENTITY given")
	}
	ask, done, err = a.openAsk(*o.db)
	if err != nil {
		return nil, e, nil, err
	}
	e, err = resolveEntity(ask, strings.Join(fs.Args(), " "))
	if err != nil {
		done()
		return nil, e, nil, err
	}
	return ask, e, done, nil
}
