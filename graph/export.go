package graph

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/cayleygraph/quad"

	// Output formats, registered with quad.FormatByName.
	_ "github.com/cayleygraph/quad/dot"
	_ "github.com/cayleygraph/quad/graphml"
	_ "github.com/cayleygraph/quad/json"
	_ "github.com/cayleygraph/quad/jsonld"
	_ "github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/schema"
)

// exportFormats maps Export's format names to Cayley's quad format names;
// csv is written here.
var exportFormats = []struct{ name, cayley, doc string }{
	{"nquads", "nquads", "N-Quads (standard: full datatype IRIs), one quad a line"},
	{"jsonld", "jsonld", "JSON-LD, one named graph per article"},
	{"graphml", "graphml", "GraphML for networkx, Gephi, yEd (nodes and predicate-labelled edges)"},
	{"dot", "graphviz", "Graphviz DOT (render with dot -Tsvg)"},
	{"csv", "", "edge list: subject,predicate,object,label"},
	{"json", "json", "Cayley's JSON: an array of {subject, predicate, object, label}"},
}

// ExportFormats returns the names of the formats Export writes, in the order
// help lists them.
func ExportFormats() []string {
	out := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		out[i] = f.name
	}
	return out
}

// Export writes every quad of the store to w in format (one of
// ExportFormats), sorted by subject, predicate, object and label so that the
// output is stable. Literals are written with full datatype IRIs.
func (s *Store) Export(w io.Writer, format string) error {
	return s.ExportSubset(w, format, nil)
}

// ExportSubset writes the quads of the store that keep accepts (all when
// keep is nil) as Export writes them: a subgraph of the quads (package
// export's filters).
func (s *Store) ExportSubset(w io.Writer, format string, keep func(quad.Quad) bool) error {
	cayleyName, ok := "", false
	for _, f := range exportFormats {
		if f.name == format {
			cayleyName, ok = f.cayley, true
		}
	}
	if !ok {
		return fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(ExportFormats(), ", "))
	}
	d, err := s.dump(context.Background())
	if err != nil {
		return err
	}
	if keep != nil {
		d.keep(keep)
	}
	switch format {
	case "nquads":
		// Every term is already written: no quad need be made.
		if err := d.writeNQuads(w); err != nil {
			return fmt.Errorf("export %s: %w", format, err)
		}
		return nil
	case "csv":
		return writeCSV(w, d)
	}
	qw := quad.FormatByName(cayleyName).Writer(w)
	if err := d.each(qw.WriteQuad); err != nil {
		qw.Close()
		return fmt.Errorf("export %s: %w", format, err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

// dump reads every quad of the store in export order, holding the read
// lock only while it reads.
func (s *Store) dump(ctx context.Context) (_ *dump, err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	defer s.rlock()()
	return s.readDump(ctx)
}

// EachQuad calls fn with every quad of the store, with standard literals,
// in the order Export writes them: sorted by the N-Quads terms of subject,
// predicate, object and label. The store is read first, and fn is called
// after the read lock is released, so fn may be slow. An error from fn
// stops the walk and is returned.
func (s *Store) EachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	d, err := s.dump(ctx)
	if err != nil {
		return err
	}
	return d.each(fn)
}

// standard rewrites a literal into standard RDF: Cayley's native values
// (quad.Int, quad.Bool, ...) and short datatype IRIs become a TypedString
// with the full datatype IRI, and booleans are lower case. quad v1.3.0 would
// otherwise write "True"^^<xsd:boolean>, which RDF tools reject.
func standard(v quad.Value) quad.Value {
	ts, ok := v.(quad.TypedStringer)
	if !ok {
		return v
	}
	t := ts.TypedString()
	t.Type = t.Type.Full()
	if t.Type == quad.IRI(schema.XSD+"boolean") {
		t.Value = quad.String(strings.ToLower(string(t.Value)))
	}
	return t
}

// writeCSV writes quads as an RFC 4180 edge list: IRIs bare, literals as
// their lexical form, blank nodes as _:id.
func writeCSV(w io.Writer, d *dump) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"subject", "predicate", "object", "label"}); err != nil {
		return err
	}
	err := d.each(func(q quad.Quad) error {
		return cw.Write([]string{lexical(q.Subject), lexical(q.Predicate), lexical(q.Object), lexical(q.Label)})
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// lexical returns a value as text: an IRI in full, a literal's lexical
// form, a blank node as _:id.
func lexical(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(v.Full())
	}
	if s, ok := schema.Lexical(v); ok {
		return s
	}
	if ts, ok := v.(quad.TypedStringer); ok {
		return string(ts.TypedString().Value)
	}
	return v.String() // blank nodes: _:id
}

// Quads returns every quad of the store with standard literals, sorted by
// subject, predicate, object and label (see EachQuad).
func (s *Store) Quads(ctx context.Context) ([]quad.Quad, error) {
	d, err := s.dump(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, len(d.quads))
	for i := range out {
		out[i] = d.quad(i)
	}
	return out, nil
}
