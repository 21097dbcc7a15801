package graph

import (
	"bytes"
	"compress/gzip"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/pquads"
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
		{"turtle", "", `unknown input format "turtle" (want nquads, jsonld, json, pquads)`},
		{"nquads", "<a> <b> .\n", `read nquads: `},
	} {
		_, err := s.Load(strings.NewReader(tc.in), tc.format)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
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
