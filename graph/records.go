package graph

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/schema"
)

// An article record keeps, for each article written to a bbolt store, how
// many quads it has and a digest of them, so that 'newsgraph check' can
// tell that every article's quads are all there. build and load write an
// article's record, in newsgraph's bucket, just before the transaction
// that writes its quads: a process killed between the two leaves a record
// of an article the store does not hold, which check passes over, and
// never an article without its record.
//
// The digest is the XOR of the SHA-256 of each distinct quad (its subject,
// predicate and object as N-Quads terms, with standard literals, each
// preceded by its length; the label is the article), so it does not
// depend on the order the quads are read in.

// articlesKey names the bucket of article records inside newsgraph's.
var articlesKey = []byte("articles")

// articleRecord is what a record holds: 4 bytes of quad count and the
// 32-byte digest.
type articleRecord struct {
	quads  uint32
	digest [sha256.Size]byte
}

func (r articleRecord) bytes() []byte {
	b := binary.BigEndian.AppendUint32(nil, r.quads)
	return append(b, r.digest[:]...)
}

func parseRecord(b []byte) (articleRecord, bool) {
	var r articleRecord
	if len(b) != 4+sha256.Size {
		return r, false
	}
	r.quads = binary.BigEndian.Uint32(b)
	copy(r.digest[:], b[4:])
	return r, true
}

// recorder adds up an article's quads into its record.
type recorder struct {
	rec  articleRecord
	seen map[[sha256.Size]byte]bool // nil when the caller passes each quad once
}

func (rc *recorder) add(s, p, o string) {
	h := sha256.New()
	for _, t := range []string{s, p, o} {
		h.Write(binary.BigEndian.AppendUint32(nil, uint32(len(t))))
		h.Write([]byte(t))
	}
	var d [sha256.Size]byte
	h.Sum(d[:0])
	if rc.seen != nil {
		if rc.seen[d] {
			return
		}
		rc.seen[d] = true
	}
	rc.rec.quads++
	for i := range d {
		rc.rec.digest[i] ^= d[i]
	}
}

// recordOf returns the record of an article's quads.
func recordOf(quads []quad.Quad) articleRecord {
	rc := recorder{seen: map[[sha256.Size]byte]bool{}}
	for _, q := range quads {
		rc.add(standard(q.Subject).String(), standard(q.Predicate).String(), standard(q.Object).String())
	}
	return rc.rec
}

// isArticle reports whether a label is an article's IRI.
func isArticle(label quad.Value) bool {
	iri, ok := label.(quad.IRI)
	return ok && strings.HasPrefix(string(iri), schema.IDBase+"article/")
}

// writeRecords stores the records of articles, by label, in a bbolt
// store; a memory or SQL store keeps none. The caller holds s.mu for
// writing and has made the file (s.writer).
func (s *Store) writeRecords(recs map[quad.Value]articleRecord) error {
	if s.db == nil || len(recs) == 0 {
		return nil
	}
	err := s.db.DB().Update(func(tx *bolt.Tx) error {
		nb, err := tx.CreateBucketIfNotExists(savedBucket)
		if err != nil {
			return err
		}
		b, err := nb.CreateBucketIfNotExists(articlesKey)
		if err != nil {
			return err
		}
		for label, r := range recs {
			if err := b.Put([]byte(label.String()), r.bytes()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record %d articles: %w", len(recs), err)
	}
	return nil
}

// readRecords returns the article records of a bbolt store, by the
// N-Quads term of the article's IRI, and the keys of records that could
// not be read.
func readRecords(tx *bolt.Tx) (map[string]articleRecord, []string) {
	recs := map[string]articleRecord{}
	var bad []string
	nb := tx.Bucket(savedBucket)
	if nb == nil {
		return recs, nil
	}
	b := nb.Bucket(articlesKey)
	if b == nil {
		return recs, nil
	}
	b.ForEach(func(k, v []byte) error {
		if r, ok := parseRecord(v); ok {
			recs[string(k)] = r
		} else {
			bad = append(bad, string(k))
		}
		return nil
	})
	return recs, bad
}
