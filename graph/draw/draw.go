// Package draw draws the answers of newsgraph's questions (an entity's
// card, the connections between two entities, the entities related to
// one) as Graphviz DOT graphs: entities as nodes shaped by their type,
// events as notes, relations and roles as labelled edges. The output is
// sorted, so the same answer always gives the same bytes.
package draw

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Graph is a Graphviz graph being drawn.
type Graph struct {
	nodes map[string]string // id -> attributes
	edges map[string]bool   // full edge lines
}

// New returns an empty graph.
func New() *Graph { return &Graph{nodes: map[string]string{}, edges: map[string]bool{}} }

// shapes are the node shapes of the entity types; other nodes are ellipses.
var shapes = map[string]string{"Country": "doubleoctagon", "Person": "ellipse", "Organization": "box", "Place": "house"}

// Shape returns the node shape of an entity type (Country, Person,
// Organization, Place): the shape every newsgraph picture draws it in.
func Shape(entityType string) string {
	if s, ok := shapes[entityType]; ok {
		return s
	}
	return "ellipse"
}

// Quote quotes s as a DOT string: backslashes and quotes escaped, line
// breaks as \n.
func Quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// Entity adds entity e (drawn bold when focus) and returns its node id.
func (d *Graph) Entity(e graph.EntityRef, focus bool) string {
	attrs := fmt.Sprintf("label=%s, shape=%s", Quote(e.Name), Shape(e.Type))
	if focus {
		attrs += ", style=bold"
	}
	if _, ok := d.nodes[e.IRI]; !ok || focus {
		d.nodes[e.IRI] = attrs
	}
	return e.IRI
}

// Event adds event ev with its agents, targets and participants and
// returns its node id.
func (d *Graph) Event(ev graph.Event) string {
	label := fmt.Sprintf("%s (%s)", ev.Description, ev.Cameo)
	if ev.Date != "" {
		label += "\n" + ev.Date
	}
	d.nodes[ev.IRI] = fmt.Sprintf("label=%s, shape=note, fontsize=10", Quote(label))
	for _, x := range []struct {
		role string
		es   []graph.EntityRef
	}{{"agent", ev.Agents}, {"target", ev.Targets}, {"participant", ev.Participants}} {
		for _, e := range x.es {
			id := d.Entity(e, false)
			if x.role == "agent" {
				d.Edge(id, ev.IRI, x.role)
			} else {
				d.Edge(ev.IRI, id, x.role)
			}
		}
	}
	return ev.IRI
}

// Edge adds an edge labelled label between two node ids.
func (d *Graph) Edge(from, to, label string) {
	d.edges[fmt.Sprintf("  %s -> %s [label=%s];", Quote(from), Quote(to), Quote(label))] = true
}

// String returns the graph in the DOT language.
func (d *Graph) String() string {
	var b strings.Builder
	b.WriteString("digraph newsgraph {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n")
	ids := make([]string, 0, len(d.nodes))
	for id := range d.nodes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Fprintf(&b, "  %s [%s];\n", Quote(id), d.nodes[id])
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

// Card draws an entity with its relations and listed events.
func Card(c graph.Card) *Graph {
	d := New()
	d.Entity(c.EntityRef, true)
	for _, r := range c.Relations {
		d.Edge(d.Entity(r.Subject, r.Subject.IRI == c.IRI), d.Entity(r.Object, r.Object.IRI == c.IRI), r.Predicate)
	}
	for _, e := range c.Events {
		d.Event(e.Event)
	}
	return d
}

// Path draws the connections between two entities.
func Path(r graph.PathResult) *Graph {
	d := New()
	d.Entity(r.From, true)
	d.Entity(r.To, true)
	for _, c := range r.Connections {
		for _, h := range c.Hops {
			switch {
			case h.Kind == "relation":
				s, o := h.From, h.To
				if h.FromRole == "object" {
					s, o = o, s
				}
				d.Edge(d.Entity(s, false), d.Entity(o, false), h.Predicate)
			case h.Event != nil:
				d.Event(*h.Event)
				if h.Cause != nil {
					d.Event(*h.Cause)
					d.Edge(h.Event.IRI, h.Cause.IRI, "about")
				}
			}
		}
	}
	return d
}

// Related draws an entity and its related entities, the edges labelled
// with the number of shared events and the relations.
func Related(r graph.RelatedResult) *Graph {
	d := New()
	center := d.Entity(r.Entity, true)
	for _, x := range r.Related {
		label := []string{}
		if x.SharedEvents > 0 {
			label = append(label, events(x.SharedEvents))
		}
		label = append(label, x.Relations...)
		d.Edge(center, d.Entity(x.EntityRef, false), strings.Join(label, ", "))
	}
	return d
}

// events writes "1 event", "12 events", "1,234 events".
func events(n int) string {
	if n == 1 {
		return "1 event"
	}
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s + " events"
}

// ErrNoGraphviz means WriteSVG found no Graphviz dot program.
var ErrNoGraphviz = errors.New("Graphviz's dot is not installed (install the graphviz package)")

// WriteSVG renders the graph as an SVG picture to the file out with
// Graphviz's dot.
func (d *Graph) WriteSVG(out string) error {
	dot, err := exec.LookPath("dot")
	if err != nil {
		return ErrNoGraphviz
	}
	cmd := exec.Command(dot, "-Tsvg", "-o", out)
	cmd.Stdin = strings.NewReader(d.String())
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("dot: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return nil
}
