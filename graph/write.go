package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// ignore makes a transaction skip quads already stored (and deletions of
// missing ones) instead of failing: a failed KV transaction leaves Cayley's
// in-memory caches out of step with the file (cayley #737, #945).
var ignore = cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

// HasArticle reports whether an article with content hash hash (ng:contentHash)
// is stored.
func (s *Store) HasArticle(hash string) (_ bool, err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	defer s.rlock()()
	return hasArticle(context.Background(), s.reader(), hash)
}

func hasArticle(ctx context.Context, qs cgraph.QuadStore, hash string) (bool, error) {
	n, err := path.StartPath(qs, quad.String(hash)).In(schema.ContentHash).
		Iterate(ctx).Limit(1).Count()
	if err != nil {
		return false, fmt.Errorf("look up article %s: %w", hash, err)
	}
	return n > 0, nil
}

// articleHash finds the article node of one article's quads (the subject of
// its rdf:type schema:NewsArticle quad) and returns its ng:contentHash.
func articleHash(doc []quad.Quad) (string, error) {
	var node quad.Value
	for _, q := range doc {
		if q.Predicate == schema.Type && q.Object == schema.ClassNewsArticle {
			node = q.Subject
			break
		}
	}
	if node == nil {
		return "", errors.New("no rdf:type schema:NewsArticle quad")
	}
	for _, q := range doc {
		if q.Subject == node && q.Predicate == schema.ContentHash {
			if h := quad.NativeOf(q.Object); h != nil {
				if s, ok := h.(string); ok && s != "" {
					return s, nil
				}
			}
		}
	}
	return "", fmt.Errorf("article %s has no ng:contentHash", node)
}

// AddArticles stores articles, each given as its quads, and returns how many
// were new. An article whose content hash is already stored (or appears
// earlier in docs) is skipped, so adding the same articles again changes
// nothing. All new articles are written in one transaction, after their
// records (see records.go).
func (s *Store) AddArticles(docs [][]quad.Quad) (added int, err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	s.mu.Lock()
	defer s.mu.Unlock()
	ctx := context.Background()
	var deltas []cgraph.Delta
	recs := map[quad.Value]articleRecord{}
	seen := make(map[string]bool, len(docs))
	for i, doc := range docs {
		hash, err := articleHash(doc)
		if err != nil {
			return 0, fmt.Errorf("article %d: %w", i, err)
		}
		if seen[hash] {
			continue
		}
		seen[hash] = true
		if s.qs != nil {
			has, err := hasArticle(ctx, s.qs, hash)
			if err != nil {
				return 0, err
			}
			if has {
				continue
			}
		}
		if err := CheckQuads(doc); err != nil {
			return 0, fmt.Errorf("article %s: %w", hash, err)
		}
		for _, q := range doc {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		if label := doc[0].Label; isArticle(label) {
			recs[label] = recordOf(doc)
		}
		added++
	}
	if added == 0 {
		return 0, nil
	}
	qs, err := s.writer()
	if err != nil {
		return 0, err
	}
	if err := s.writeRecords(recs); err != nil {
		return 0, err
	}
	if err := qs.ApplyDeltas(deltas, ignore); err != nil {
		return 0, fmt.Errorf("write %d articles: %w", added, err)
	}
	return added, nil
}

// CheckQuads checks that the store can hold quads: each has a subject, a
// predicate and an object, and all its text is valid UTF-8 (Cayley's
// bbolt store refuses a transaction holding any other, and its N-Quads
// parser would change it silently). build checks each article before it
// joins a batch, so that one bad article never costs the others theirs.
func CheckQuads(quads []quad.Quad) error {
	for _, q := range quads {
		if err := checkQuad(q); err != nil {
			return err
		}
	}
	return nil
}

func checkQuad(q quad.Quad) error {
	if !q.IsValid() {
		return fmt.Errorf("%w: want a subject, a predicate and an object", quad.ErrIncomplete)
	}
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil && !utf8.ValidString(v.String()) {
			return fmt.Errorf("%w: %.60s", errNotUTF8, strings.ToValidUTF8(v.String(), "\uFFFD"))
		}
	}
	return nil
}
