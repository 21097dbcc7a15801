package extract_test

import (
	"bufio"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/schema"
)

var (
	fingerprintN   = flag.Int("fingerprint.n", 0, "articles of the corpus TestFingerprint reads (0: skip the test)")
	fingerprintOut = flag.String("fingerprint.out", "", "file TestFingerprint writes its counts to (default: the test log)")
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
	if _, err := os.Stat(corpusPath); err != nil {
		t.Skipf("benchmark corpus not found (%v): check out shared/ beside the repository", err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	h := sha256.New()
	n := 0
	err = loaders.Read([]string{corpusPath}, nil, loaders.Options{}, func(a loaders.Article) error {
		doc := x.Extract(a)
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
