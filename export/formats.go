package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// Store is what Write reads: a *graph.Store.
type Store interface {
	Source
	// ExportSubset writes the quads keep accepts (all when nil) in one of
	// graph.ExportFormats.
	ExportSubset(w io.Writer, format string, keep func(quad.Quad) bool) error
}

var _ Store = (*graph.Store)(nil)

// Format is one way Write writes the graph.
type Format struct {
	Name string
	Doc  string
	// Dir: the format is a set of files, written into a directory.
	Dir bool
	// quads names the graph.ExportFormats format of a format of the
	// quads themselves; "" for the derived formats.
	quads string
}

// Formats are the formats Write writes, in the order help lists them:
// the entity graph, the event table, then the quads themselves.
var Formats = []Format{
	{Name: "graphml", Doc: "entity graph as GraphML (networkx, igraph, yEd, Gephi)"},
	{Name: "gexf", Doc: "entity graph as GEXF 1.3 (Gephi), coloured by type"},
	{Name: "dot", Doc: "entity graph as Graphviz DOT (dot -Tsvg; sfdp for large graphs)"},
	{Name: "neo4j", Doc: "entity graph and articles as nodes.csv and relationships.csv in --out DIR, for neo4j-admin import", Dir: true},
	{Name: "events", Doc: "event table: one CSV row per event (pandas, R, spreadsheets)"},
	{Name: "nquads", Doc: "the quads as N-Quads (standard: full datatype IRIs)", quads: "nquads"},
	{Name: "jsonld", Doc: "the quads as JSON-LD, one named graph per article", quads: "jsonld"},
	{Name: "csv", Doc: "the quads as an edge list: subject,predicate,object,label", quads: "csv"},
	{Name: "json", Doc: "the quads as Cayley's JSON: an array of {subject, predicate, object, label}", quads: "json"},
	{Name: "graphml-triples", Doc: "the quads as GraphML: every IRI and literal a node, every quad an edge", quads: "graphml"},
	{Name: "dot-triples", Doc: "the quads as Graphviz DOT: every IRI and literal a node", quads: "dot"},
}

// LookupFormat returns the format called name.
func LookupFormat(name string) (Format, bool) {
	for _, f := range Formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// FormatNames returns the names of the formats, comma-separated.
func FormatNames() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// Write writes the subgraph f selects of st in format: to w, or for a
// directory format into the directory dir.
func Write(ctx context.Context, st Store, format string, f Filter, w io.Writer, dir string) error {
	fm, ok := LookupFormat(format)
	if !ok {
		return fmt.Errorf("unknown export format %q (want %s)", format, FormatNames())
	}
	if fm.quads != "" && f.IsZero() {
		return st.ExportSubset(w, fm.quads, nil)
	}
	d, err := Read(ctx, st)
	if err != nil {
		return err
	}
	s, err := d.Select(f)
	if err != nil {
		return err
	}
	switch fm.Name {
	case "graphml":
		return d.Network(s).WriteGraphML(w)
	case "gexf":
		return d.Network(s).WriteGEXF(w)
	case "dot":
		return d.Network(s).WriteDOT(w)
	case "neo4j":
		return d.WriteNeo4j(dir, s)
	case "events":
		return d.WriteEventTable(w, s)
	}
	return st.ExportSubset(w, fm.quads, func(q quad.Quad) bool { return d.KeepQuad(s, q) })
}
