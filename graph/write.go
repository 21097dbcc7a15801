package graph

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	// Input formats besides N-Quads, registered with quad.FormatByName.
	_ "github.com/cayleygraph/quad/json"
	_ "github.com/cayleygraph/quad/jsonld"
	_ "github.com/cayleygraph/quad/pquads"

	"github.com/newsgraph/newsgraph/schema"
)

// loadBatch is how many quads Load writes in one transaction.
const loadBatch = 10000

// ignore makes a transaction skip quads already stored (and deletions of
// missing ones) instead of failing: a failed KV transaction leaves Cayley's
// in-memory caches out of step with the file (cayley #737, #945).
var ignore = cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

// HasArticle reports whether an article with content hash hash (ng:contentHash)
// is stored.
func (s *Store) HasArticle(hash string) (bool, error) {
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
// nothing. All new articles are written in one transaction.
func (s *Store) AddArticles(docs [][]quad.Quad) (added int, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ctx := context.Background()
	var deltas []cgraph.Delta
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
		for _, q := range doc {
			if !q.IsValid() {
				return 0, fmt.Errorf("article %s: invalid quad %v", hash, q)
			}
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
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
	if err := qs.ApplyDeltas(deltas, ignore); err != nil {
		return 0, fmt.Errorf("write %d articles: %w", added, err)
	}
	return added, nil
}

// LoadFormats returns the names of the formats Load reads.
func LoadFormats() []string {
	return []string{"nquads", "jsonld", "json", "pquads"}
}

// Load reads quads in format (one of LoadFormats; gzip-compressed input is
// recognised by its magic bytes) and stores them, 10,000 to a transaction,
// skipping quads already stored. It returns the number of quads read.
// N-Quads literals are kept as written (lexical form and datatype IRI).
func (s *Store) Load(r io.Reader, format string) (int, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return 0, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReader(zr)
	}
	var qr quad.Reader
	switch format {
	case "nquads":
		qr = nquads.NewReader(br, true)
	case "jsonld", "json", "pquads":
		qr = quad.FormatByName(format).Reader(br)
	default:
		return 0, fmt.Errorf("unknown input format %q (want %s)", format, strings.Join(LoadFormats(), ", "))
	}
	if c, ok := qr.(io.Closer); ok {
		defer c.Close()
	}
	n := 0
	batch := make([]cgraph.Delta, 0, loadBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		qs, err := s.writer()
		if err != nil {
			return err
		}
		if err := qs.ApplyDeltas(batch, ignore); err != nil {
			return err
		}
		batch = batch[:0]
		return nil
	}
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return n, fmt.Errorf("read %s: %w", format, err)
		}
		if !q.IsValid() {
			return n, fmt.Errorf("read %s: quad %d is incomplete: %v", format, n+1, q)
		}
		n++
		batch = append(batch, cgraph.Delta{Quad: q, Action: cgraph.Add})
		if len(batch) == loadBatch {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	return n, flush()
}
