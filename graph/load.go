package graph

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	bolt "go.etcd.io/bbolt"

	// Input formats besides N-Quads, registered with quad.FormatByName.
	_ "github.com/cayleygraph/quad/json"
	_ "github.com/cayleygraph/quad/jsonld"
	_ "github.com/cayleygraph/quad/pquads"

	"github.com/newsgraph/newsgraph/schema"
)

// LoadFormats returns the names of the formats an Import reads.
func LoadFormats() []string {
	return []string{"nquads", "jsonld", "json", "pquads"}
}

// groupBatch is how many quads Store.Import writes in one transaction at
// most, unless one group alone is larger; unlabelled quads are written
// this many at a time.
const groupBatch = 32768

// An Import is quads read from files, checked and grouped by their label,
// ready to be written by Store.Import. A newsgraph article's quads all
// carry the article as their label, so a group is an article: Store.Import
// writes each group in one transaction, and the store holds an article
// whole or not at all, whenever the import stops.
//
// Every distinct value is held once; a quad is three value numbers in its
// label's group.
type Import struct {
	values []quad.Value
	number map[quad.Value]int32
	groups []*group        // in order of first appearance
	byNode map[int32]int32 // label value number -> index in groups
	quads  int
}

// group is the quads of one label: subject, predicate, object numbers.
type group struct {
	label int32 // noLabel for quads without one
	spo   []int32
}

// NewImport returns an empty Import.
func NewImport() *Import {
	return &Import{number: map[quad.Value]int32{}, byNode: map[int32]int32{}}
}

// Quads returns the number of quads read.
func (im *Import) Quads() int { return im.quads }

// LoadError is a quad that could not be read: where and why.
type LoadError struct {
	File string // the name given to Read
	Line int    // N-Quads: the line; 0 for the other formats
	Quad int    // the other formats: the quad's number, from 1
	Err  error
}

func (e *LoadError) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	case e.Quad > 0:
		return fmt.Sprintf("%s: quad %d: %v", e.File, e.Quad, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *LoadError) Unwrap() error { return e.Err }

// Read reads the quads of r, in format (one of LoadFormats; gzip input is
// recognised by its magic bytes), into the import and returns how many it
// read. name is what errors call the input. A quad that cannot be parsed,
// lacks a subject, predicate or object, or holds text that is not UTF-8
// stops the reading with a *LoadError; the quads read from r before it
// are dropped, so that a failed Read leaves the import as it was.
// N-Quads literals are kept as written (lexical form and datatype IRI).
func (im *Import) Read(name string, r io.Reader, format string) (int, error) {
	known := false
	for _, f := range LoadFormats() {
		known = known || f == format
	}
	if !known {
		return 0, fmt.Errorf("unknown input format %q (want %s)", format, strings.Join(LoadFormats(), ", "))
	}
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return 0, &LoadError{File: name, Err: fmt.Errorf("gzip: %w", err)}
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	mark := im.mark()
	var n int
	var err error
	if format == "nquads" {
		n, err = im.readNQuads(name, br)
	} else {
		n, err = im.readFormat(name, br, format)
	}
	if err != nil {
		im.undo(mark)
		return 0, err
	}
	return n, nil
}

// readNQuads reads N-Quads line by line, so that errors name the line.
func (im *Import) readNQuads(name string, br *bufio.Reader) (int, error) {
	n, line := 0, 0
	var buf []byte
	for {
		buf = buf[:0]
		var err error
		for {
			var part []byte
			var more bool
			part, more, err = br.ReadLine()
			buf = append(buf, part...)
			if err != nil || !more {
				break
			}
		}
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, &LoadError{File: name, Err: err}
		}
		line++
		text := bytes.TrimSpace(buf)
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		if !utf8.Valid(text) {
			return n, &LoadError{File: name, Line: line, Err: fmt.Errorf("%w at byte %d", errNotUTF8, invalidAt(buf))}
		}
		q, err := nquads.ParseRaw(string(text))
		if err != nil {
			return n, &LoadError{File: name, Line: line, Err: err}
		}
		if err := im.add(q); err != nil {
			return n, &LoadError{File: name, Line: line, Err: err}
		}
		n++
	}
}

// readFormat reads the other formats through Cayley's quad readers.
func (im *Import) readFormat(name string, br *bufio.Reader, format string) (int, error) {
	qr := quad.FormatByName(format).Reader(br)
	defer qr.Close()
	n := 0
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			return n, nil
		}
		if err == nil {
			err = im.add(q)
		}
		if err != nil {
			return n, &LoadError{File: name, Quad: n + 1, Err: err}
		}
		n++
	}
}

// errNotUTF8 is text that is not valid UTF-8, which the store cannot hold
// (and Cayley's N-Quads parser would change silently).
var errNotUTF8 = errors.New("not valid UTF-8")

// invalidAt returns the offset of the first byte of b that is not UTF-8,
// counted from 1.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i + 1
		}
		i += size
	}
	return 0
}

// add checks q and adds it to its label's group.
func (im *Import) add(q quad.Quad) error {
	if !q.IsValid() {
		return fmt.Errorf("%w: want a subject, a predicate and an object", quad.ErrIncomplete)
	}
	if err := checkPositions(q); err != nil {
		return err
	}
	var spo [3]int32
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object} {
		n, err := im.node(v)
		if err != nil {
			return err
		}
		spo[i] = n
	}
	label := int32(noLabel)
	if q.Label != nil {
		var err error
		if label, err = im.node(q.Label); err != nil {
			return err
		}
	}
	g, ok := im.byNode[label]
	if !ok {
		g = int32(len(im.groups))
		im.byNode[label] = g
		im.groups = append(im.groups, &group{label: label})
	}
	im.groups[g].spo = append(im.groups[g].spo, spo[:]...)
	im.quads++
	return nil
}

// checkPositions checks what RDF allows where: a subject and a label are
// IRIs or blank nodes, a predicate is an IRI. (Cayley's N-Quads parser
// reads "<>" as the literal "<>" wherever it stands.)
func checkPositions(q quad.Quad) error {
	node := func(v quad.Value) bool {
		switch v.(type) {
		case quad.IRI, quad.BNode:
			return true
		}
		return false
	}
	switch {
	case !node(q.Subject):
		return fmt.Errorf("subject %.60s is not an IRI or a blank node", q.Subject)
	case !isIRI(q.Predicate):
		return fmt.Errorf("predicate %.60s is not an IRI", q.Predicate)
	case q.Label != nil && !node(q.Label):
		return fmt.Errorf("graph label %.60s is not an IRI or a blank node", q.Label)
	}
	return nil
}

func isIRI(v quad.Value) bool {
	_, ok := v.(quad.IRI)
	return ok
}

// node returns the number of value v, adding it if new.
func (im *Import) node(v quad.Value) (int32, error) {
	if n, ok := im.number[v]; ok {
		return n, nil
	}
	if !utf8.ValidString(v.String()) {
		return 0, fmt.Errorf("%w: %.60s", errNotUTF8, strings.ToValidUTF8(v.String(), "\uFFFD"))
	}
	switch v := v.(type) {
	case quad.IRI:
		if v == "" {
			return 0, errors.New("empty IRI <>: N-Quads names nodes by absolute IRIs")
		}
	case quad.BNode:
		if v == "" {
			return 0, errors.New("blank node without a label")
		}
	}
	n := int32(len(im.values))
	im.number[v] = n
	im.values = append(im.values, v)
	return n, nil
}

// importMark is the size of an import, to undo what a failed Read added.
type importMark struct {
	values, groups, quads int
	sizes                 []int // quads of each group, as spo numbers
}

func (im *Import) mark() importMark {
	m := importMark{values: len(im.values), groups: len(im.groups), quads: im.quads}
	for _, g := range im.groups {
		m.sizes = append(m.sizes, len(g.spo))
	}
	return m
}

func (im *Import) undo(m importMark) {
	for _, v := range im.values[m.values:] {
		delete(im.number, v)
	}
	im.values = im.values[:m.values]
	for _, g := range im.groups[m.groups:] {
		delete(im.byNode, g.label)
	}
	im.groups = im.groups[:m.groups]
	for i, g := range im.groups {
		g.spo = g.spo[:m.sizes[i]]
	}
	im.quads = m.quads
}

// quad returns quad i (from 0) of group g.
func (im *Import) quad(g *group, i int) quad.Quad {
	q := quad.Quad{Subject: im.values[g.spo[3*i]], Predicate: im.values[g.spo[3*i+1]], Object: im.values[g.spo[3*i+2]]}
	if g.label != noLabel {
		q.Label = im.values[g.label]
	}
	return q
}

// articleHash returns the content hash of the article a group is, or "":
// the object of its (label, ng:contentHash, "hash") quad.
func (im *Import) articleHash(g *group) string {
	if g.label == noLabel {
		return ""
	}
	pred, ok := im.number[schema.ContentHash]
	if !ok {
		return ""
	}
	for i := 0; i < len(g.spo); i += 3 {
		if g.spo[i] == g.label && g.spo[i+1] == pred {
			if h, ok := schema.Lexical(im.values[g.spo[i+2]]); ok {
				return h
			}
		}
	}
	return ""
}

// ImportResult says what Store.Import did.
type ImportResult struct {
	Groups int   // labels written (each with all its quads), or skipped
	Stored int   // of them, articles whose content hash was stored already, skipped whole
	Added  int64 // quads new to the store
}

// Import writes the quads of im to the store: each label's quads in one
// transaction, several labels to a transaction up to some 32,000 quads, in
// the order their labels first came. A group that is an article (it has a
// (label, ng:contentHash, hash) quad) whose hash is stored already is
// skipped whole, as build skips it; other quads already stored are skipped
// one by one. Quads without a label belong to no article and are written
// 32,768 to a transaction. progress, if set, is called after each
// transaction with the number of quads of im written or skipped so far.
//
// When ctx is cancelled, Import writes no further transaction and returns
// ctx's error: every label is then stored whole or not at all.
func (s *Store) Import(ctx context.Context, im *Import, progress func(done int)) (res ImportResult, err error) {
	before, err := s.quads(ctx)
	if err != nil {
		return res, err
	}
	defer func() {
		// Counted after an interrupt too: ctx may be done.
		after, cerr := s.quads(context.Background())
		res.Added = after - before
		if err == nil {
			err = cerr
		}
	}()
	done := 0
	var pending []cgraph.Delta
	recs := map[quad.Value]articleRecord{} // of the articles in pending
	flush := func() error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(pending) > 0 {
			if err := s.apply(pending, recs); err != nil {
				return err
			}
		}
		if progress != nil {
			progress(done)
		}
		pending = pending[:0]
		clear(recs)
		return nil
	}
	for _, g := range im.groups {
		n := len(g.spo) / 3
		if g.label == noLabel {
			for i := 0; i < n; i++ {
				pending = append(pending, cgraph.Delta{Quad: im.quad(g, i), Action: cgraph.Add})
				done++
				if len(pending) == groupBatch {
					if err := flush(); err != nil {
						return res, err
					}
				}
			}
			continue
		}
		res.Groups++
		h := im.articleHash(g)
		if h != "" {
			stored, err := s.HasArticle(h)
			if err != nil {
				return res, err
			}
			if stored {
				res.Stored++
				done += n
				continue
			}
		}
		if len(pending)+n > groupBatch && len(pending) > 0 {
			if err := flush(); err != nil {
				return res, err
			}
		}
		quads := make([]quad.Quad, n)
		for i := range quads {
			quads[i] = im.quad(g, i)
			pending = append(pending, cgraph.Delta{Quad: quads[i], Action: cgraph.Add})
		}
		if label := im.values[g.label]; h != "" && isArticle(label) {
			recs[label] = recordOf(quads)
		}
		done += n
	}
	return res, flush()
}

// apply writes deltas in one transaction, skipping quads already stored,
// after the records of the articles among them.
func (s *Store) apply(deltas []cgraph.Delta, recs map[quad.Value]articleRecord) (err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	s.mu.Lock()
	defer s.mu.Unlock()
	qs, err := s.writer()
	if err != nil {
		return err
	}
	if err := s.writeRecords(recs); err != nil {
		return err
	}
	return qs.ApplyDeltas(deltas, ignore)
}

// quads returns the number of quads stored.
func (s *Store) quads(ctx context.Context) (_ int64, err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	defer s.rlock()()
	return quadCount(ctx, s.reader())
}

// Load reads quads from r in format and stores them (see Import.Read and
// Store.Import). It returns the number of quads read.
func (s *Store) Load(r io.Reader, format string) (int, error) {
	im := NewImport()
	n, err := im.Read("input", r, format)
	if err != nil {
		return 0, err
	}
	_, err = s.Import(context.Background(), im, nil)
	return n, err
}

// Delete removes the quads of im from the store in one transaction; quads
// that are not stored are passed over. It returns the number of quads
// removed. Deleting is not what newsgraph does (an article's quads go
// together), but the HTTP API offers it: a bbolt store is then marked, and
// from then on read through Cayley's iterators only, which skip deleted
// quads, where the faster index readers would not; the saved entity nodes
// and the ask index are dropped.
func (s *Store) Delete(ctx context.Context, im *Import) (int64, error) {
	before, err := s.quads(ctx)
	if err != nil {
		return 0, err
	}
	var deltas []cgraph.Delta
	for _, g := range im.groups {
		for i := 0; i < len(g.spo)/3; i++ {
			deltas = append(deltas, cgraph.Delta{Quad: im.quad(g, i), Action: cgraph.Delete})
		}
	}
	if len(deltas) == 0 {
		return 0, nil
	}
	if err := s.markDeletions(); err != nil {
		return 0, err
	}
	if err := s.apply(deltas, nil); err != nil {
		return 0, err
	}
	after, err := s.quads(ctx)
	return before - after, err
}

// markDeletions marks a bbolt store as one quads were deleted from (before
// they are), and drops what was derived from it.
func (s *Store) markDeletions() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.writer(); err != nil || s.db == nil {
		return err
	}
	err := s.db.DB().Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(savedBucket)
		if err != nil {
			return err
		}
		if err := b.Delete(savedEntities); err != nil {
			return err
		}
		return b.Put(deletedKey, []byte{1})
	})
	if err != nil {
		return fmt.Errorf("mark deletions: %w", err)
	}
	if err := os.Remove(AskIndexPath(s.path)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
