package graph

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/pquads"

	"github.com/newsgraph/newsgraph/schema"
)

// TestLoad imports files in every input format into every backend.
func TestLoad(t *testing.T) {
	tiny := readFile(t, filepath.Join("testdata", "tiny.nq"))
	want := string(readFile(t, filepath.Join("testdata", "tiny.export.nq")))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(tiny)
	zw.Close()

	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			for _, tc := range []struct {
				name, format string
				data         []byte
			}{
				{"nquads", "nquads", tiny},
				{"gzip", "nquads", gz.Bytes()},
			} {
				t.Run(tc.name, func(t *testing.T) {
					s := open(t, false)
					defer s.Close()
					for i := 0; i < 2; i++ { // loading twice adds nothing
						n, err := s.Load(bytes.NewReader(tc.data), tc.format)
						if err != nil || n != 6 {
							t.Fatalf("Load = %d, %v; want 6, nil", n, err)
						}
					}
					if got := export(t, s, "nquads"); got != want {
						t.Errorf("export after load:\n%s\nwant:\n%s", got, want)
					}
				})
			}
		})
	}
}

// TestRoundTrip exports the article in each format Load reads and loads it
// into an empty store, which must then export the same N-Quads.
func TestRoundTrip(t *testing.T) {
	src := newArticleStore(t)
	want := export(t, src, "nquads")
	for _, format := range LoadFormats() {
		t.Run(format, func(t *testing.T) {
			var data []byte
			if format == "pquads" {
				var buf bytes.Buffer
				qw := quad.FormatByName("pquads").Writer(&buf)
				if _, err := qw.WriteQuads(testQuads()); err != nil {
					t.Fatal(err)
				}
				qw.Close()
				data = buf.Bytes()
			} else {
				data = []byte(export(t, src, format))
			}
			dst, err := Open(Memory, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer dst.Close()
			n, err := dst.Load(bytes.NewReader(data), format)
			if err != nil || n != len(testQuads()) {
				t.Fatalf("Load = %d, %v; want %d, nil", n, err, len(testQuads()))
			}
			if got := export(t, dst, "nquads"); got != want {
				t.Errorf("round trip through %s:\n%s\nwant:\n%s", format, got, want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	s, err := Open(Memory, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, tc := range []struct{ format, in, want string }{
		// Nothing is written when a quad cannot be read.
		{"turtle", "", `unknown input format "turtle" (want nquads, jsonld, json, pquads)`},
		{"nquads", "<a> <b> <c> .\n<a> <b> .\n", `input:2: invalid N-Quad: unexpected rune '.' at 8`},
		{"nquads", "<a> <b> \"caf\xe9\" .\n", `input:1: not valid UTF-8 at byte 13`},
		{"nquads", "<a> <b> <c> .\n<> <b> <c> .\n", `input:2: subject "<>" is not an IRI or a blank node`},
		{"nquads", "<a> <> <c> .\n", `input:1: predicate "<>" is not an IRI`},
		{"nquads", "<a> <b> <c> <> .\n", `input:1: graph label "<>" is not an IRI or a blank node`},
		{"json", `[{"subject":"a","predicate":"<b>","object":"c"}]`, `input: quad 1: subject "a" is not an IRI or a blank node`},
		{"json", `[{"subject":"<a>","predicate":"<b>","object":"c"},{"subject":"<a>"}]`, `input: quad 2: invalid quad at index 1. <a> -- <nil> -> <nil>`},
	} {
		_, err := s.Load(strings.NewReader(tc.in), tc.format)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Load(%s, %q) = %v; want %s…", tc.format, tc.in, err, tc.want)
		}
	}
}

func newArticleStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(Memory, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.AddArticles([][]quad.Quad{testQuads()}); err != nil {
		t.Fatal(err)
	}
	return s
}

// labelled returns n quads labelled label, the first typing label an
// article with content hash label.
func labelled(label string, n int) []quad.Quad {
	l := quad.IRI(label)
	out := []quad.Quad{{Subject: l, Predicate: schema.ContentHash, Object: quad.String(label), Label: l}}
	for i := 1; i < n; i++ {
		out = append(out, quad.Quad{Subject: quad.IRI(fmt.Sprintf("%s/%d", label, i)), Predicate: schema.Name, Object: quad.String("x"), Label: l})
	}
	return out
}

// nquadsOf writes quads as N-Quads.
func nquadsOf(t *testing.T, qs []quad.Quad) []byte {
	t.Helper()
	var b bytes.Buffer
	w := quad.FormatByName("nquads").Writer(&b)
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return b.Bytes()
}

// TestImportWholeLabels interrupts an import after its first transaction:
// each label's quads, interleaved in the file, are stored whole or not at
// all; the import run again stores the rest and skips the stored article.
func TestImportWholeLabels(t *testing.T) {
	a, b, c := labelled("a", 20000), labelled("b", 20000), labelled("c", 100)
	var mixed []quad.Quad
	for i := range a {
		mixed = append(mixed, a[i], b[i])
		if i < len(c) {
			mixed = append(mixed, c[i])
		}
	}
	unlabelled := quad.Quad{Subject: quad.IRI("u"), Predicate: schema.Name, Object: quad.String("u")}
	mixed = append(mixed, unlabelled)
	data := nquadsOf(t, mixed)
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s := open(t, false)
			defer s.Close()
			im := NewImport()
			if n, err := im.Read("mixed.nq", bytes.NewReader(data), "nquads"); err != nil || n != len(mixed) {
				t.Fatalf("Read = %d, %v", n, err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			var progress []int
			res, err := s.Import(ctx, im, func(done int) { progress = append(progress, done); cancel() })
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("Import = %+v, %v; want context.Canceled", res, err)
			}
			// a alone fills the first transaction: b would overflow it.
			if got := quadsOf(t, s); got != len(a) || len(progress) != 1 || progress[0] != len(a) {
				t.Errorf("after the first transaction: %d quads stored, progress %v; want %d", got, progress, len(a))
			}
			res, err = s.Import(context.Background(), im, nil)
			if err != nil {
				t.Fatal(err)
			}
			want := ImportResult{Groups: 3, Stored: 1, Added: int64(len(b) + len(c) + 1)}
			if res != want {
				t.Errorf("second Import = %+v, want %+v", res, want)
			}
			if got := quadsOf(t, s); got != len(mixed) {
				t.Errorf("%d quads stored, want %d", got, len(mixed))
			}
		})
	}
}

func quadsOf(t *testing.T, s *Store) int {
	t.Helper()
	n, err := s.quads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return int(n)
}

// TestImportFailedRead drops what a failed Read read and keeps the rest.
func TestImportFailedRead(t *testing.T) {
	im := NewImport()
	good := nquadsOf(t, labelled("a", 3))
	if _, err := im.Read("good.nq", bytes.NewReader(good), "nquads"); err != nil {
		t.Fatal(err)
	}
	bad := append(nquadsOf(t, labelled("b", 2)), "<x> <y> .\n"...)
	_, err := im.Read("bad.nq", bytes.NewReader(bad), "nquads")
	var le *LoadError
	if !errors.As(err, &le) || le.File != "bad.nq" || le.Line != 3 {
		t.Fatalf("Read(bad) = %v; want a LoadError at bad.nq:3", err)
	}
	if im.Quads() != 3 || len(im.groups) != 1 || len(im.values) != len(im.number) {
		t.Errorf("after a failed Read: %d quads, %d groups, %d values, %d numbered", im.Quads(), len(im.groups), len(im.values), len(im.number))
	}
	s, err := Open(Memory, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if res, err := s.Import(context.Background(), im, nil); err != nil || res.Added != 3 {
		t.Errorf("Import = %+v, %v; want 3 quads added", res, err)
	}
}

// TestDelete deletes an article's event: every backend then counts, exports
// and answers as a store that never had it.
func TestDelete(t *testing.T) {
	all := testQuads()
	event := testDoc().EventIRI(0)
	var kept, gone []quad.Quad
	for _, q := range all {
		if q.Subject == event {
			gone = append(gone, q)
		} else {
			kept = append(kept, q)
		}
	}
	want, err := Open(Memory, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()
	if _, err := want.Load(bytes.NewReader(nquadsOf(t, kept)), "nquads"); err != nil {
		t.Fatal(err)
	}
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s := open(t, false)
			defer s.Close()
			if _, err := s.AddArticles([][]quad.Quad{all}); err != nil {
				t.Fatal(err)
			}
			// Build the ask index and the saved entities before deleting.
			a, err := s.Ask(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			a.Close()
			im := NewImport()
			if _, err := im.Read("gone.nq", bytes.NewReader(nquadsOf(t, append(gone, quad.Quad{Subject: quad.IRI("x"), Predicate: quad.IRI("y"), Object: quad.IRI("z")}))), "nquads"); err != nil {
				t.Fatal(err)
			}
			n, err := s.Delete(context.Background(), im)
			if err != nil || n != int64(len(gone)) {
				t.Fatalf("Delete = %d, %v; want %d (the quad not stored passed over)", n, err, len(gone))
			}
			if got, want := export(t, s, "nquads"), export(t, want, "nquads"); got != want {
				t.Errorf("export after Delete:\n%s\nwant:\n%s", got, want)
			}
			st, err := s.Stats(context.Background())
			if err != nil || st.Events != 0 || st.Quads != int64(len(kept)) {
				t.Errorf("Stats after Delete = %+v, %v; want no events, %d quads", st, err, len(kept))
			}
			a, err = s.Ask(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			evs, count, err := a.Events(EventFilter{}, 0)
			if err != nil || count != 0 || len(evs) != 0 {
				t.Errorf("Events after Delete = %v, %d, %v; want none", evs, count, err)
			}
		})
	}
}
