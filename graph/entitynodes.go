package graph

import (
	"bytes"
	"context"
	"encoding/gob"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/schema"
)

// EntityNode is what the store says about one entity node (a node of a
// core type), over all the articles that name it; package resolve matches
// new articles' entities against these.
type EntityNode struct {
	IRI      quad.IRI
	Kind     schema.Kind
	Names    []string // schema:name values; normally one
	Aliases  []string // schema:alternateName values
	Wikidata []string // Wikidata items of its schema:sameAs ("Q399")
	// Affiliations are the objects of its ng:leaderOf, ng:officialOf and
	// ng:nationalOf quads.
	Affiliations []quad.IRI
}

// EntityNodes returns every entity node of the store with its names,
// aliases, Wikidata items and affiliations, ordered by IRI, each list
// sorted. A file store keeps them, as SaveEntityNodes last wrote them, for
// as long as no quad is added after; otherwise they are read from the
// quads (about a second for 24,000 articles when the file is cached, a few
// when it is not).
func (s *Store) EntityNodes(ctx context.Context) (_ []EntityNode, err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	defer s.rlock()()
	if nodes, ok := s.savedEntityNodes(); ok {
		return nodes, nil
	}
	return s.readEntityNodes(ctx)
}

// readEntityNodes reads the entity nodes from the quads; the caller holds
// s.mu.
func (s *Store) readEntityNodes(ctx context.Context) ([]EntityNode, error) {
	byIRI := map[quad.IRI]*EntityNode{}
	get := func(v quad.Value) *EntityNode {
		iri, ok := v.(quad.IRI)
		if !ok {
			return nil
		}
		n := byIRI[iri]
		if n == nil {
			n = &EntityNode{IRI: iri}
			byIRI[iri] = n
		}
		return n
	}
	classes := make([]quad.IRI, len(CoreKinds))
	for i, k := range CoreKinds {
		classes[i] = k.Class()
	}
	preds := []quad.IRI{schema.Type, schema.Name, schema.AlternateName, schema.SameAs, schema.LeaderOf, schema.OfficialOf, schema.NationalOf}
	err := s.triples(ctx, classes, preds, func(sub quad.Value, p quad.IRI, obj quad.Value) error {
		if iri, ok := sub.(quad.IRI); !ok || !strings.HasPrefix(string(iri), schema.IDBase) {
			return nil
		}
		switch p {
		case schema.Type:
			if c, ok := obj.(quad.IRI); ok {
				if k, ok := schema.KindOfClass(c); ok {
					get(sub).Kind = k
				}
			}
		case schema.Name:
			if t := text(obj); t != "" {
				n := get(sub)
				n.Names = append(n.Names, t)
			}
		case schema.AlternateName:
			if t := text(obj); t != "" {
				n := get(sub)
				n.Aliases = append(n.Aliases, t)
			}
		case schema.SameAs:
			if iri, ok := obj.(quad.IRI); ok && strings.HasPrefix(string(iri), schema.WikidataNS) {
				n := get(sub)
				n.Wikidata = append(n.Wikidata, strings.TrimPrefix(string(iri), schema.WikidataNS))
			}
		default:
			if iri, ok := obj.(quad.IRI); ok {
				n := get(sub)
				n.Affiliations = append(n.Affiliations, iri)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read entities: %w", err)
	}
	out := make([]EntityNode, 0, len(byIRI))
	for _, n := range byIRI {
		if n.Kind == 0 {
			continue // an event, an article, a group
		}
		sort.Strings(n.Names)
		sort.Strings(n.Aliases)
		sort.Strings(n.Wikidata)
		sort.Slice(n.Affiliations, func(i, j int) bool { return n.Affiliations[i] < n.Affiliations[j] })
		out = append(out, *n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out, nil
}

// The saved entity nodes live in a bucket of the store's bbolt file beside
// Cayley's, under a key holding Cayley's horizon (meta/horizon, the last
// id given to a node or quad) when they were saved, then the nodes, gob
// encoded. Any write through Cayley moves the horizon, so saved nodes are
// used only while they describe the store exactly.
var (
	savedBucket   = []byte("newsgraph")
	savedEntities = []byte("entities")
	cayleyMeta    = []byte("meta")
	cayleyHorizon = []byte("horizon")
)

// SaveEntityNodes keeps nodes, which must be what EntityNodes would read
// from the store now (resolve.Resolver.Nodes after the last write), so
// that the next EntityNodes need not read the quads. It does nothing for a
// memory store.
func (s *Store) SaveEntityNodes(nodes []EntityNode) (err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.opts.ReadOnly {
		return &pathError{path: Redact(s.path), msg: "store %q is opened read-only", err: ErrReadOnly}
	}
	if s.db == nil {
		return nil
	}
	var buf bytes.Buffer
	err = s.db.DB().Update(func(tx *bolt.Tx) error {
		h := horizon(tx)
		if h == nil {
			return nil // not a Cayley store yet
		}
		buf.WriteByte(byte(len(h)))
		buf.Write(h)
		if err := gob.NewEncoder(&buf).Encode(nodes); err != nil {
			return err
		}
		b, err := tx.CreateBucketIfNotExists(savedBucket)
		if err != nil {
			return err
		}
		return b.Put(savedEntities, buf.Bytes())
	})
	if err != nil {
		return fmt.Errorf("save entities: %w", err)
	}
	return nil
}

// savedEntityNodes returns the saved entity nodes if they are current; the
// caller holds s.mu.
func (s *Store) savedEntityNodes() ([]EntityNode, bool) {
	if s.db == nil || s.noIndexScan {
		return nil, false
	}
	var nodes []EntityNode
	ok := false
	s.db.DB().View(func(tx *bolt.Tx) error {
		b := tx.Bucket(savedBucket)
		h := horizon(tx)
		if b == nil || h == nil {
			return nil
		}
		v := b.Get(savedEntities)
		if len(v) == 0 || len(v) < 1+int(v[0]) || !bytes.Equal(v[1:1+int(v[0])], h) {
			return nil
		}
		// v lives in the mmap only during the transaction: gob copies.
		ok = gob.NewDecoder(bytes.NewReader(v[1+int(v[0]):])).Decode(&nodes) == nil
		return nil
	})
	return nodes, ok
}

func horizon(tx *bolt.Tx) []byte {
	if m := tx.Bucket(cayleyMeta); m != nil {
		return m.Get(cayleyHorizon)
	}
	return nil
}
