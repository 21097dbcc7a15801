package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The ask index is a side file next to a bbolt store (<store>.ask) that
// holds what the ask queries would otherwise read node by node: the date of
// every event and article (to sort timelines of entities with thousands of
// events), the entities each article names (for co-mentions) and the names
// of every entity (for search). It is derived from
// the store, keyed by the store's node ids, and stamped with the store's
// state (state.go): a store written to since, or another store at the same
// path, makes it stale, and it is rebuilt on the next ask query (about 2 s
// for 2.7M quads). Build calls WriteAskIndex after writing; a read-only
// query that cannot write the file keeps the index in memory for the
// command.

const askIndexMagic = "newsgraph ask index 3\n"

// dateRecord is a node id (8 bytes, big-endian) and a date padded with
// spaces to 10 bytes.
const dateRecord = 18

// NameEntry is one entity of the name index.
type NameEntry struct {
	EntityRef
	Aliases  []string
	Articles int
}

// askIndex is a loaded ask index. A Store keeps the last one it used,
// for the questions that run at the same time (serve).
type askIndex struct {
	state     string // the store's state it was made from (Store.state)
	dates     []byte // sorted records of dateRecord bytes
	mentioned []byte // sorted records of mentionRecord bytes
	raw       []byte // the names section: one line per entity, sorted by IRI

	mu    sync.Mutex // guards the parsing on first use of lines and names
	lines [][]byte
	names []NameEntry
}

// entries returns the name index, parsing it on first use.
func (x *askIndex) entries() []NameEntry {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.parsed()
}

// parsed returns the name index, parsing it if needed; the caller holds
// x.mu.
func (x *askIndex) parsed() []NameEntry {
	if x.names == nil {
		x.names = []NameEntry{}
		for _, l := range x.nameLines() {
			if e, ok := parseNameLine(l); ok {
				x.names = append(x.names, e)
			}
		}
	}
	return x.names
}

// nameLines returns the lines of the names section; the caller holds x.mu.
func (x *askIndex) nameLines() [][]byte {
	if x.lines == nil {
		x.lines = bytes.Split(bytes.TrimSuffix(x.raw, []byte("\n")), []byte("\n"))
	}
	return x.lines
}

// entry returns the name index entry of the entity iri.
func (x *askIndex) entry(iri string) (NameEntry, bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.names != nil {
		i := sort.Search(len(x.names), func(i int) bool { return x.names[i].IRI >= iri })
		if i < len(x.names) && x.names[i].IRI == iri {
			return x.names[i], true
		}
		return NameEntry{}, false
	}
	lines := x.nameLines()
	prefix := []byte(iri + "\t")
	i := sort.Search(len(lines), func(i int) bool { return string(lines[i]) >= iri })
	if i < len(lines) && bytes.HasPrefix(lines[i], prefix) {
		return parseNameLine(lines[i])
	}
	return NameEntry{}, false
}

func parseNameLine(l []byte) (NameEntry, bool) {
	f := strings.Split(string(l), "\t")
	if len(f) < 4 {
		return NameEntry{}, false
	}
	e := NameEntry{EntityRef: EntityRef{IRI: f[0], Type: f[1], Name: f[3]}}
	for _, al := range f[4:] {
		if al != "" {
			e.Aliases = append(e.Aliases, al)
		}
	}
	e.Articles, _ = strconv.Atoi(f[2])
	return e, true
}

// date returns the date of node id from the index.
func (x *askIndex) date(id uint64) (string, bool) {
	n := len(x.dates) / dateRecord
	i := sort.Search(n, func(i int) bool {
		return binary.BigEndian.Uint64(x.dates[i*dateRecord:]) >= id
	})
	if i == n || binary.BigEndian.Uint64(x.dates[i*dateRecord:]) != id {
		return "", false
	}
	return strings.TrimRight(string(x.dates[i*dateRecord+8:(i+1)*dateRecord]), " "), true
}

// AskIndexPath returns the path of the ask index of the store at path.
func AskIndexPath(path string) string { return path + ".ask" }

// WriteAskIndex (re)writes the store's ask index file. Build calls it after
// adding articles so that the first query does not pay for it. A memory
// store has no index file.
func (s *Store) WriteAskIndex(ctx context.Context) (err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	defer s.rlock()()
	if s.db == nil {
		return nil
	}
	state, err := s.state(ctx)
	if err != nil {
		return err
	}
	v, err := s.newView(ctx)
	if err != nil {
		return err
	}
	defer v.close()
	x, err := buildAskIndex(ctx, v, state)
	if err != nil {
		return err
	}
	return writeAskIndex(AskIndexPath(s.path), x)
}

// askIndexFor returns the store's ask index, loading it or, when missing or
// stale, building it (and writing it when it can); nil for stores without
// an index (memory stores).
func (s *Store) askIndexFor(ctx context.Context, v view) (*askIndex, error) {
	if _, ok := v.(*kvView); !ok {
		return nil, nil
	}
	state, err := s.state(ctx)
	if err != nil {
		return nil, err
	}
	s.askMu.Lock()
	defer s.askMu.Unlock()
	if s.askIdx != nil && s.askIdx.state == state {
		return s.askIdx, nil
	}
	p := AskIndexPath(s.path)
	x, err := readAskIndex(p)
	if err != nil || x.state != state {
		if x, err = buildAskIndex(ctx, v, state); err != nil {
			return nil, err
		}
		_ = writeAskIndex(p, x) // a cache: without it the next query builds it again
	}
	s.askIdx = x
	return x, nil
}

// nameEntries returns the name, aliases and article count of every entity:
// from the ask index of a bbolt store; for an SQL store, read through the
// view (one query per step: some 10 s for 2,000 articles on PostgreSQL)
// and kept with the Store until a write changes the number of quads, so
// that a server pays for them once; for a memory store, read each time.
func (a *Ask) nameEntries() []NameEntry {
	if a.idx != nil {
		return a.idx.entries()
	}
	s := a.store
	if s == nil || s.sql == nil {
		return entityNames(a)
	}
	quads, err := quadCount(a.ctx, s.reader())
	if err != nil {
		return entityNames(a)
	}
	s.askMu.Lock()
	defer s.askMu.Unlock()
	if s.sqlNames != nil && s.sqlNamesQuads == quads {
		return s.sqlNames
	}
	names := entityNames(a)
	if a.Err() == nil {
		s.sqlNames, s.sqlNamesQuads = names, quads
	}
	return names
}

// buildAskIndex reads the ask index of the store in state from v.
func buildAskIndex(ctx context.Context, v view, state string) (*askIndex, error) {
	a := &Ask{ctx: ctx, v: v, names: map[any]EntityRef{}, arts: map[any]ArticleRef{}}
	x := &askIndex{state: state}
	type rec struct {
		id   uint64
		date string
	}
	var recs []rec
	for _, c := range []struct{ class, pred quad.IRI }{
		{schema.ClassEvent, schema.StartDate},
		{schema.ClassNewsArticle, schema.DatePublished},
	} {
		for _, e := range v.subjects(schema.Type, v.ref(c.class)) {
			if d := a.first(e.node, c.pred); d != "" && len(d) <= 10 {
				recs = append(recs, rec{nodeID(e.node), d})
			}
		}
	}
	sort.Slice(recs, func(i, j int) bool { return recs[i].id < recs[j].id })
	x.dates = make([]byte, 0, len(recs)*dateRecord)
	for _, r := range recs {
		x.dates = binary.BigEndian.AppendUint64(x.dates, r.id)
		x.dates = append(x.dates, fmt.Sprintf("%-10s", r.date)...)
	}
	x.mentioned = mentionRecords(readMentions(v))
	x.names = entityNames(a)
	if err := a.Err(); err != nil {
		return nil, err
	}
	return x, nil
}

// entityNames reads the name, aliases and article count of every entity,
// sorted by IRI.
func entityNames(a *Ask) []NameEntry {
	var out []NameEntry
	for _, k := range CoreKinds {
		for _, e := range a.v.subjects(schema.Type, a.v.ref(k.Class())) {
			ref := a.entity(e.node)
			var aliases []string
			for _, al := range a.all(e.node, schema.AlternateName) {
				if al != ref.Name && !strings.ContainsAny(al, "\t\n") {
					aliases = append(aliases, al)
				}
			}
			out = append(out, NameEntry{EntityRef: ref, Aliases: aliases, Articles: e.n})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out
}

func writeAskIndex(path string, x *askIndex) error {
	var b bytes.Buffer
	b.WriteString(askIndexMagic)
	fmt.Fprintf(&b, "state %s\ndates %d\n", x.state, len(x.dates)/dateRecord)
	b.Write(x.dates)
	fmt.Fprintf(&b, "mentions %d\n", len(x.mentioned)/mentionRecord)
	b.Write(x.mentioned)
	fmt.Fprintf(&b, "names %d\n", len(x.names))
	for _, e := range x.entries() {
		fmt.Fprintf(&b, "%s\t%s\t%d\t%s", e.IRI, e.Type, e.Articles, e.Name)
		for _, al := range e.Aliases {
			b.WriteString("\t" + al)
		}
		b.WriteByte('\n')
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func readAskIndex(path string) (*askIndex, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	bad := errors.New("not an ask index")
	line := func() (string, bool) {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return "", false
		}
		s := string(data[:i])
		data = data[i+1:]
		return s, true
	}
	if s, ok := line(); !ok || s+"\n" != askIndexMagic {
		return nil, bad
	}
	x := &askIndex{}
	var n int
	state, _ := line() // "" at the end of the file: not a state line
	var ok bool
	if x.state, ok = strings.CutPrefix(state, "state "); !ok {
		return nil, bad
	}
	if s, ok := line(); !ok || parseInt(s, "dates", &n) != nil || len(data) < n*dateRecord {
		return nil, bad
	}
	x.dates, data = data[:n*dateRecord], data[n*dateRecord:]
	if s, ok := line(); !ok || parseInt(s, "mentions", &n) != nil || len(data) < n*mentionRecord {
		return nil, bad
	}
	x.mentioned, data = data[:n*mentionRecord], data[n*mentionRecord:]
	if s, ok := line(); !ok || parseInt(s, "names", &n) != nil {
		return nil, bad
	}
	x.raw = data
	return x, nil
}

// parseInt reads the line "name N".
func parseInt(s, name string, n *int) error {
	v, ok := strings.CutPrefix(s, name+" ")
	if !ok {
		return errors.New("bad field")
	}
	var err error
	*n, err = strconv.Atoi(v)
	return err
}
