package graph

import (
	"bytes"
	"context"
	"errors"
	"testing"
)

// FuzzLoadNQuads: any bytes read as N-Quads give quads or an error that
// names a line of the input, never a panic, and leave the import as it was
// on error. What is read can be stored, and the store exported as N-Quads
// reads back to as many quads. Seeds beside the ones below are in
// testdata/fuzz. Run it for a minute with
//
//	go test -run '^$' -fuzz '^FuzzLoadNQuads$' -fuzztime 1m ./graph
func FuzzLoadNQuads(f *testing.F) {
	f.Add([]byte(`<http://example.org/a> <http://schema.org/name> "Alice" <http://example.org/g> .` + "\n# a comment\n\n" +
		`_:b <http://example.org/age> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .` + "\n"))
	f.Add([]byte(`<https://newsgraph.dev/id/event/1> <https://newsgraph.dev/ns#goldstein> "NaN"^^<http://www.w3.org/2001/XMLSchema#double> <https://newsgraph.dev/id/article/a> .`))
	f.Add([]byte(`<a> <b> "c\u00e9\n\t\"quoted\""@en-GB .` + "\r\n" + `<a> <b> .`))
	f.Add([]byte("<a> <b> \"bad \xff utf-8\" ."))
	f.Add([]byte(`<a> <b> <c> <d> <e> .`))
	f.Fuzz(func(t *testing.T, data []byte) {
		im := NewImport()
		n, err := im.Read("in", bytes.NewReader(data), "nquads")
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) || le.File != "in" {
				t.Fatalf("error %v (%T) does not name the input", err, err)
			}
			lines := bytes.Count(data, []byte("\n")) + 1
			if le.Line < 0 || le.Line > lines || (le.Line == 0 && !bytes.HasPrefix(data, []byte{0x1f, 0x8b})) {
				t.Fatalf("error %v: line %d of %d", err, le.Line, lines)
			}
			if im.Quads() != 0 || n != 0 {
				t.Fatalf("a failed read left %d quads (returned %d)", im.Quads(), n)
			}
			return
		}
		if n != im.Quads() {
			t.Fatalf("read %d quads, the import holds %d", n, im.Quads())
		}
		ctx := context.Background()
		s, err := Open(Memory, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if _, err := s.Import(ctx, im, nil); err != nil {
			t.Fatalf("store what was read: %v", err)
		}
		stored, err := s.quads(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := s.Export(&out, "nquads"); err != nil {
			t.Fatalf("export: %v", err)
		}
		again := NewImport()
		if m, err := again.Read("export", &out, "nquads"); err != nil || int64(m) != stored {
			t.Fatalf("the export of %d quads reads back as %d: %v\n%s", stored, m, err, out.String())
		}
	})
}
