package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"sort"
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
)

// What the ask commands (search, show, path, events, related) share: their
// flags, opening the store for reading, resolving entity names, writing
// JSON and Graphviz pictures.

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
func (a *App) picture(o *askOptions, d *dotGraph) (bool, error) {
	if *o.svg != "" {
		if err := renderSVG(d.String(), *o.svg); err != nil {
			return false, err
		}
	}
	if *o.dot {
		_, err := fmt.Fprint(a.Stdout, d.String())
		return true, err
	}
	return false, nil
}

// renderSVG runs Graphviz's dot to render src to the file out.
func renderSVG(src, out string) error {
	dot, err := exec.LookPath("dot")
	if err != nil {
		return errors.New("--svg: Graphviz's dot is not installed (install the graphviz package); --dot prints the DOT source")
	}
	cmd := exec.Command(dot, "-Tsvg", "-o", out)
	cmd.Stdin = strings.NewReader(src)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("--svg: dot: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return nil
}

// dotGraph builds a Graphviz graph: entities as ellipses (countries
// doubled), events as boxes, relations and roles as labelled edges. Output
// is sorted, so it is stable.
type dotGraph struct {
	nodes map[string]string // id -> attributes
	edges map[string]bool   // full edge lines
}

func newDot() *dotGraph { return &dotGraph{nodes: map[string]string{}, edges: map[string]bool{}} }

func dotQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

func (d *dotGraph) entity(e graph.EntityRef, focus bool) string {
	shape := map[string]string{"Country": "doubleoctagon", "Person": "ellipse", "Organization": "box", "Place": "house"}[e.Type]
	if shape == "" {
		shape = "ellipse"
	}
	attrs := fmt.Sprintf("label=%s, shape=%s", dotQuote(e.Name), shape)
	if focus {
		attrs += ", style=bold"
	}
	if _, ok := d.nodes[e.IRI]; !ok || focus {
		d.nodes[e.IRI] = attrs
	}
	return e.IRI
}

func (d *dotGraph) event(ev graph.Event) string {
	label := fmt.Sprintf("%s (%s)", ev.Description, ev.Cameo)
	if ev.Date != "" {
		label += "\n" + ev.Date
	}
	d.nodes[ev.IRI] = fmt.Sprintf("label=%s, shape=note, fontsize=10", dotQuote(label))
	for _, x := range []struct {
		role string
		es   []graph.EntityRef
	}{{"agent", ev.Agents}, {"target", ev.Targets}, {"participant", ev.Participants}} {
		for _, e := range x.es {
			id := d.entity(e, false)
			if x.role == "agent" {
				d.edge(id, ev.IRI, x.role)
			} else {
				d.edge(ev.IRI, id, x.role)
			}
		}
	}
	return ev.IRI
}

func (d *dotGraph) edge(from, to, label string) {
	d.edges[fmt.Sprintf("  %s -> %s [label=%s];", dotQuote(from), dotQuote(to), dotQuote(label))] = true
}

func (d *dotGraph) String() string {
	var b strings.Builder
	b.WriteString("digraph newsgraph {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n")
	ids := make([]string, 0, len(d.nodes))
	for id := range d.nodes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Fprintf(&b, "  %s [%s];\n", dotQuote(id), d.nodes[id])
	}
	edges := make([]string, 0, len(d.edges))
	for e := range d.edges {
		edges = append(edges, e)
	}
	sort.Strings(edges)
	for _, e := range edges {
		b.WriteString(e + "\n")
	}
	b.WriteString("}\n")
	return b.String()
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
