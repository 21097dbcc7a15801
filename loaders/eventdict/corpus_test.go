package eventdict

import (
	"errors"
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shared"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/text"
)

var (
	counts         = flag.Bool("counts", false, "count how often each rule fires over the corpus (TestCorpusCounts)")
	countsArticles = flag.Int("counts.articles", 0, "with -counts, stop after this many articles (0: all)")
)

var errEnoughArticles = errors.New("enough articles")

// TestCorpusCounts codes the verbs (tokens tagged VB*) and noun forms (NN*)
// of the corpus sentences and reports how often each block, pattern, verb
// default, noun form, combination and discard fires, the 20 most and least
// used of each, and the verbs the dictionary does not know; it fails if a
// row of the project's own tables never fires. Run it with
//
//	go test -run TestCorpusCounts -v ./loaders/eventdict -counts
func TestCorpusCounts(t *testing.T) {
	if !*counts {
		t.Skip("counting rules over the corpus is a report: run with -counts")
	}
	corpus := shared.Path(t, "corpus/news.jsonl.gz")
	d := testDict
	c := newCounter()
	articles, sentences, words := 0, 0, 0
	err := loaders.Read([]string{corpus}, nil, loaders.Options{}, func(a loaders.Article) error {
		articles++
		for _, st := range text.Split(a.Headline, a.Body) {
			s := sentence{tags: text.Tag(st.Tokens)}
			for _, tok := range st.Tokens {
				s.words = append(s.words, strings.ToLower(tok.Text))
			}
			sentences++
			words += len(s.words)
			c.sentence(d, s)
		}
		if articles == *countsArticles {
			return errEnoughArticles
		}
		return nil
	}, func(e *loaders.BadInputError) error { return e })
	if err != nil && !errors.Is(err, errEnoughArticles) {
		t.Fatal(err)
	}
	t.Logf("%d articles, %d sentences, %d words", articles, sentences, words)
	for _, k := range []struct{ name, key string }{
		{"verb blocks (any code)", "block"},
		{"patterns", "pattern"},
		{"defaults (verb, noun or block code, no pattern)", "default"},
		{"verbs coded by a default, by verb", "coded verb"},
		{"noun forms (own/nouns.tsv)", "noun"},
		{"own verbs (own/verbs.tsv)", "ownverb"},
		{"combinations (own/frames.tsv)", "frame"},
		{"discards", "discard"},
		{"verbs (VB*) not in the dictionary", "unknown"},
	} {
		t.Log(c.report(k.name, k.key, 20))
	}
	// Every row of the project's own noun and verb tables fires.
	for i, n := range d.nounRows {
		if c.n["noun"][n.rule] == 0 {
			t.Errorf("own/nouns.tsv row %d (%s) never fires on the corpus", i+1, n.rule)
		}
	}
	for _, v := range d.verbs {
		if strings.HasPrefix(v.rule, "own/") && c.n["ownverb"][v.rule] == 0 {
			t.Errorf("%s never fires on the corpus", v.rule)
		}
	}
}

// counter counts rule firings by kind.
type counter struct{ n map[string]map[string]int }

func newCounter() *counter { return &counter{n: map[string]map[string]int{}} }

func (c *counter) add(kind, key string) {
	m := c.n[kind]
	if m == nil {
		m = map[string]int{}
		c.n[kind] = m
	}
	m[key]++
}

func (c *counter) sentence(d *Dict, s sentence) {
	if ds, ok := d.Discard(s.words); ok {
		c.add("discard", ds.Rule+" "+ds.Phrase)
	}
	for i, tag := range s.tags {
		var h Hit
		var ok bool
		switch {
		case strings.HasPrefix(tag, "VB"):
			if h, ok = d.VerbAt(s.words, i); !ok {
				c.add("unknown", s.words[i])
				continue
			}
		case strings.HasPrefix(tag, "NN"):
			if h, ok = d.NounAt(s.words, i); !ok {
				continue
			}
			c.add("noun", d.nounRows[h.noun-1].rule)
		default:
			continue
		}
		m, _ := d.Match(Clause{Words: s.words, Tags: s.tags, Verb: h, End: len(s.words)})
		c.add("block", h.Block)
		if v := &d.verbs[h.verb-1]; strings.HasPrefix(v.rule, "own/") {
			c.add("ownverb", v.rule)
		}
		if m.ByPattern {
			c.add("pattern", m.Rule[strings.LastIndex(m.Rule, "CAMEO"):])
		} else {
			c.add("default", m.Rule)
			if m.Code != "" {
				c.add("coded verb", m.Lemma+"  "+m.Rule)
			}
		}
		if f, ok := s.frameAt(d, i); ok {
			c.add("frame", f.rule)
		}
	}
}

// report lists the total, the n most and the n least used keys of a kind.
func (c *counter) report(name, kind string, n int) string {
	m := c.n[kind]
	keys := make([]string, 0, len(m))
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += v
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var b strings.Builder
	fmt.Fprintf(&b, "\n== %s: %d firings of %d rules\n", name, total, len(keys))
	top := keys[:min(n, len(keys))]
	for _, k := range top {
		fmt.Fprintf(&b, "%8d  %s\n", m[k], k)
	}
	if len(keys) > n {
		fmt.Fprintf(&b, "   -- least used --\n")
		for _, k := range keys[max(n, len(keys)-n):] {
			fmt.Fprintf(&b, "%8d  %s\n", m[k], k)
		}
	}
	return b.String()
}
