package extract_test

import (
	"bufio"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shared"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/schema"
)

var (
	fingerprintN    = flag.Int("fingerprint.n", 0, "articles of the corpus TestFingerprint reads (0: skip the test)")
	fingerprintOut  = flag.String("fingerprint.out", "", "file TestFingerprint writes its counts to (default: standard output)")
	fingerprintDump = flag.String("fingerprint.dump", "", "file TestFingerprint writes every entity, relation and event to, a line each, to diff two runs")
)

// TestFingerprint reads the first -fingerprint.n articles of the benchmark
// corpus and writes what the extractor made of them: entities by type,
// relations by predicate, events by CAMEO code and by rule, and a hash of
// every quad. Compare two runs to see what a change to the extractor does
// to the corpus (bench/rules.sh runs it):
//
//	go test ./loaders/extract -run TestFingerprint -fingerprint.n 3000 -fingerprint.out /tmp/before.txt
func TestFingerprint(t *testing.T) {
	if *fingerprintN == 0 {
		t.Skip("set -fingerprint.n to read that many corpus articles")
	}
	corpusPath := shared.Path(t, "corpus/news.jsonl.gz")
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	h := sha256.New()
	n := 0
	dump := bufio.NewWriter(io.Discard)
	if *fingerprintDump != "" {
		f, err := os.Create(*fingerprintDump)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		dump = bufio.NewWriter(f)
		defer dump.Flush()
	}
	err = loaders.Read([]string{corpusPath}, nil, loaders.Options{}, func(a loaders.Article) error {
		doc := x.Extract(a)
		writeDump(dump, n, doc)
		for _, e := range doc.Entities {
			counts["entity\t"+e.Kind.String()]++
			if e.Wikidata != "" {
				counts["linked\t"+e.Kind.String()]++
			}
		}
		for _, r := range doc.Relations {
			counts["relation\t"+schema.LocalName(r.Predicate)]++
			if r.Rule != "" {
				counts["rule\t"+r.Rule]++
			}
		}
		for _, e := range doc.Events {
			counts["event\t"+e.Code]++
			counts["root\t"+e.Code[:2]]++
			if e.Rule != "" {
				counts["rule\t"+e.Rule]++
			}
		}
		for _, q := range doc.Quads(x.Codes()) {
			fmt.Fprintln(h, q.String())
		}
		n++
		if n == *fingerprintN {
			return errEnough
		}
		return nil
	}, func(e *loaders.BadInputError) error { return nil })
	if err != nil && !errors.Is(err, errEnough) {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w := bufio.NewWriter(os.Stdout)
	if *fingerprintOut != "" {
		f, err := os.Create(*fingerprintOut)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		w = bufio.NewWriter(f)
	}
	fmt.Fprintf(w, "articles\t%d\nquads\t%x\n", n, h.Sum(nil)[:8])
	for _, k := range keys {
		fmt.Fprintf(w, "%s\t%d\n", k, counts[k])
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

// writeDump writes an article's graph a line each: "n E kind name",
// "n R subject predicate object rule", "n V code agents > targets date
// quantity rule | evidence".
func writeDump(w io.Writer, n int, doc *schema.Doc) {
	names := map[quad.IRI]string{}
	for _, e := range doc.Entities {
		names[e.IRI()] = e.Name
		fmt.Fprintf(w, "%d E %s %s\n", n, e.Kind, e.Name)
	}
	list := func(iris []quad.IRI) string {
		s := make([]string, len(iris))
		for i, v := range iris {
			s[i] = names[v]
		}
		return strings.Join(s, "+")
	}
	for _, r := range doc.Relations {
		fmt.Fprintf(w, "%d R %s %s %s %s\n", n, names[r.Subject], schema.LocalName(r.Predicate), names[r.Object], r.Rule)
	}
	for _, e := range doc.Events {
		fmt.Fprintf(w, "%d V %s %s > %s %s %d %s | %.100s\n", n, e.Code, list(e.Agents), list(e.Targets), e.Date, e.Quantity, e.Rule, e.Evidence)
	}
}
