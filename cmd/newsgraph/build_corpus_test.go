package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shared"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// sampleSize is how many corpus articles the build tests read: enough for
// entities to recur across articles, few enough for a fast test.
const sampleSize = 400

// corpusSample writes the first n records of the corpus, unchanged (so with
// the same content hashes), to a JSON-lines file and returns its path and
// its lines.
func corpusSample(t *testing.T, n int) (string, []string) {
	t.Helper()
	f, err := os.Open(shared.Path(t, "corpus/news.jsonl.gz"))
	if err != nil {
		t.Fatalf("benchmark corpus: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	var lines []string
	for len(lines) < n && sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil || len(lines) < n {
		t.Fatalf("corpus: %d records read: %v", len(lines), err)
	}
	path := filepath.Join(t.TempDir(), "sample.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, lines
}

func entityNodes(t *testing.T, db string) map[quad.IRI]graph.EntityNode {
	t.Helper()
	s, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	nodes, err := s.EntityNodes(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	m := map[quad.IRI]graph.EntityNode{}
	for _, n := range nodes {
		m[n.IRI] = n
	}
	return m
}

var summaryRE = regexp.MustCompile(`^(\d+) articles read \((\d+) new, (\d+) already stored\), [\d,]+ words, [\d,]+ entities \(([\d,]+) merged\), `)

// TestBuildCorpus builds corpus articles and checks the cross-article
// merge rules on entities they really name, and that a rebuild adds
// nothing.
func TestBuildCorpus(t *testing.T) {
	sample, _ := corpusSample(t, sampleSize)
	db := filepath.Join(t.TempDir(), "news.db")
	out, errs, code := run(t, "", "build", "--quiet", "--batch", "64", "--db", db, sample)
	if code != 0 || errs != "" {
		t.Fatalf("build: exit %d\n%s", code, errs)
	}
	m := summaryRE.FindStringSubmatch(out)
	if m == nil || m[1] != fmt.Sprint(sampleSize) || m[2] != m[1] || m[3] != "0" || m[4] == "0" {
		t.Fatalf("build summary: %q", out)
	}
	st := statsText(t, db)
	if !strings.HasPrefix(st, fmt.Sprintf("articles  %d\n", sampleSize)) {
		t.Errorf("stats:\n%s", st)
	}

	nodes := entityNodes(t, db)
	person := func(name string) quad.IRI { return schema.EntityIRI(schema.KindPerson, name) }
	// A surname in one article, the full name with that surname as alias
	// in an earlier one: one node, the surname kept as alias.
	for full, surname := range map[string]string{"Eric Holder": "Holder", "William Barr": "Barr"} {
		n, ok := nodes[person(full)]
		if !ok {
			t.Errorf("no node %s", person(full))
			continue
		}
		if !slices.Equal(n.Names, []string{full}) || !slices.Contains(n.Aliases, surname) {
			t.Errorf("%s: names %q, aliases %q; want [%q] and alias %q", n.IRI, n.Names, n.Aliases, full, surname)
		}
		if _, ok := nodes[person(surname)]; ok {
			t.Errorf("%s is a node of its own", person(surname))
		}
	}
	// The same name as two types stays two nodes: "Jackson" the city, and
	// the people called "Jackson" (Ronny Jackson, Andrew Jackson, ...).
	if _, ok := nodes[schema.EntityIRI(schema.KindPlace, "Jackson")]; !ok {
		t.Errorf("no node %s", schema.EntityIRI(schema.KindPlace, "Jackson"))
	}
	people := 0
	for _, n := range nodes {
		if n.Kind == schema.KindPerson && slices.Contains(n.Aliases, "Jackson") {
			people++
		}
	}
	if people < 2 {
		t.Errorf("%d people with the alias \"Jackson\", want the several the sample names apart", people)
	}
	// Surnames two stored people share are not merged.
	if _, ok := nodes[person("Bush")]; !ok {
		t.Errorf("no node %s: a bare \"Bush\" must not be merged into one of the Bushes", person("Bush"))
	}

	// A rebuild adds nothing and leaves the store as it was.
	unchanged(t, db, func() {
		out, _, code = run(t, "", "build", "--quiet", "--db", db, sample)
		if want := fmt.Sprintf("%d articles read (0 new, %d already stored)", sampleSize, sampleSize); code != 0 || !strings.HasPrefix(out, want) {
			t.Errorf("rebuild: exit %d, %q; want %q", code, out, want)
		}
	})
}

func statsText(t *testing.T, db string) string {
	t.Helper()
	out, errs, code := run(t, "", "stats", "--db", db)
	if code != 0 {
		t.Fatalf("stats: %s", errs)
	}
	return out
}

func exportNQuads(t *testing.T, db string) string {
	t.Helper()
	out, errs, code := run(t, "", "export", "--db", db, "--format", "nquads")
	if code != 0 {
		t.Fatalf("export: %s", errs)
	}
	return out
}

// interruptingReader serves lines and cancels the build's context once
// half of them are read, as Ctrl-C would in the middle of a build.
type interruptingReader struct {
	r      io.Reader
	after  int
	n      int
	cancel func()
}

func (ir *interruptingReader) Read(p []byte) (int, error) {
	n, err := ir.r.Read(p)
	ir.n += n
	if ir.n >= ir.after {
		ir.cancel()
	}
	return n, err
}

// TestBuildResume interrupts a build half-way and runs it again: the
// store must then be exactly the store of a build never interrupted, down
// to every quad, because whole articles are written in input order and
// entity resolution restarts from what the store holds.
func TestBuildResume(t *testing.T) {
	sample, lines := corpusSample(t, sampleSize)
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.db")
	if _, errs, code := run(t, "", "build", "--quiet", "--batch", "64", "--db", clean, sample); code != 0 {
		t.Fatalf("clean build: %s", errs)
	}

	resumed := filepath.Join(dir, "resumed.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	text := strings.Join(lines, "\n") + "\n"
	var out, errb strings.Builder
	a := &App{
		Stdin:  &interruptingReader{r: strings.NewReader(text), after: len(text) / 2, cancel: cancel},
		Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Ctx: ctx,
	}
	if code := a.Run([]string{"build", "--quiet", "--batch", "64", "--db", resumed, "-"}); code != 1 {
		t.Fatalf("interrupted build: exit %d, want 1\n%s", code, errb.String())
	}
	m := regexp.MustCompile(`^newsgraph: interrupted: (\d+) articles stored; run the same command again to go on\n$`).FindStringSubmatch(errb.String())
	if m == nil || m[1] == "0" || m[1] == fmt.Sprint(sampleSize) {
		t.Fatalf("interrupted build: stderr %q; want some but not all articles stored", errb.String())
	}
	if got := statsText(t, resumed); !strings.HasPrefix(got, "articles  "+m[1]+"\n") {
		t.Errorf("after the interrupt, stats:\n%s\nwant %s articles", got, m[1])
	}
	out2, errs, code := run(t, "", "build", "--quiet", "--batch", "64", "--db", resumed, sample)
	if code != 0 {
		t.Fatalf("resumed build: %s", errs)
	}
	if want := fmt.Sprintf("%d articles read (%d new, %s already stored)", sampleSize, sampleSize-atoi(m[1]), m[1]); !strings.HasPrefix(out2, want) {
		t.Errorf("resumed build: %q, want %q", out2, want)
	}
	if got, want := exportNQuads(t, resumed), exportNQuads(t, clean); got != want {
		t.Errorf("resumed store differs from a clean build's: %d and %d bytes of N-Quads", len(got), len(want))
	}
}

func atoi(s string) int {
	n := 0
	fmt.Sscan(s, &n)
	return n
}
