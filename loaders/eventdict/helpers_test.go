package eventdict

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loaders/text"
)

// testDict is built once for the package's tests.
var testDict = func() *Dict {
	d, err := New()
	if err != nil {
		panic(err)
	}
	return d
}()

// sentence tokenises and tags s the way the extractor does.
type sentence struct {
	words, tags, orig []string
}

func parse(s string) sentence {
	toks := text.Tokenize(s)
	var out sentence
	for _, t := range toks {
		out.words = append(out.words, strings.ToLower(t.Text))
		out.orig = append(out.orig, t.Text)
	}
	out.tags = text.Tag(toks)
	return out
}

// find returns the index of the first token equal to w, failing the test if
// there is none.
func (s sentence) find(t testing.TB, w string) int {
	t.Helper()
	for i, x := range s.words {
		if x == w {
			return i
		}
	}
	t.Fatalf("%q not in %q", w, s.words)
	return -1
}

// clause codes the verb (or noun form) at token i over the whole sentence.
func (s sentence) clause(d *Dict, i int, actors ...[2]int) (Clause, bool) {
	h, ok := d.VerbAt(s.words, i)
	if !ok || !strings.HasPrefix(s.tags[i], "VB") {
		if h, ok = d.NounAt(s.words, i); !ok {
			return Clause{}, false
		}
	}
	return Clause{Words: s.words, Tags: s.tags, Verb: h, Start: 0, End: len(s.words), Actors: actors}, true
}

// frameRoots are the CAMEO roots whose acts embed another: appeal, intent,
// demand, reject, threaten.
var frameRoots = map[string]bool{"02": true, "03": true, "10": true, "12": true, "13": true}

// framed is a frame verb, the act it embeds, and their combination.
type framed struct {
	frame, inner Match
	code, rule   string
}

// frameAt codes the frame verb at token i with the act it embeds, the way
// an event stage may: the verb must code as a plain appeal, intent, demand,
// rejection or threat (020, 030, 100, 120, 130: a narrower code, such as
// the 1056 of "demanded the withdrawal", already says what is demanded);
// the act is the bare verb after "to" ("urged Russia to release") or else
// the first noun form of a verb after the frame ("threatened sanctions").
func (s sentence) frameAt(d *Dict, i int) (framed, bool) {
	c, ok := s.clause(d, i)
	if !ok || c.Verb.Form == Noun {
		return framed{}, false
	}
	f, _ := d.Match(c)
	if len(f.Code) != 3 || f.Code[2] != '0' || !frameRoots[f.Code[:2]] {
		return framed{}, false
	}
	for j := c.Verb.Span[1]; j < len(s.words); j++ {
		var inner Clause
		switch {
		case s.words[j] == "to" && j+1 < len(s.words) && s.tags[j+1] == "VB":
			if inner, ok = s.clause(d, j+1); !ok {
				return framed{}, false
			}
		case strings.HasPrefix(s.tags[j], "NN"):
			h, ok := d.NounAt(s.words, j)
			if !ok {
				continue
			}
			inner = Clause{Words: s.words, Tags: s.tags, Verb: h, End: len(s.words)}
		case strings.HasPrefix(s.tags[j], "VB") || s.tags[j] == "MD" || s.tags[j] == ".":
			return framed{}, false
		default:
			continue
		}
		m, _ := d.Match(inner)
		if m.Code == "" {
			return framed{}, false
		}
		code, rule := d.Combine(f.Code, m.Code)
		return framed{frame: f, inner: m, code: code, rule: rule}, code != ""
	}
	return framed{}, false
}
