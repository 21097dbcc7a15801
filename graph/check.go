package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/schema"
)

// CheckReport is what Store.Check found, section by section.
type CheckReport struct {
	Store    string // the store, as given to Open (a URL's password hidden)
	Sections []CheckSection
}

// CheckSection is one part of a check: what it checked and what is
// wrong.
type CheckSection struct {
	Name     string   // "bbolt", "cayley", "articles", "events", "entities"
	Checked  string   // what was checked, as a phrase
	Problems []string // what is wrong, at most maxProblems and a count of the rest
	Notes    []string // what is worth knowing and not wrong
}

// OK reports whether no section found a problem.
func (r *CheckReport) OK() bool { return r.Problems() == 0 }

// Problems returns the number of problems reported.
func (r *CheckReport) Problems() int {
	n := 0
	for _, s := range r.Sections {
		n += len(s.Problems)
	}
	return n
}

// problems collects a section's problems, keeping the first maxProblems.
type problems struct {
	list []string
	more int
}

func (p *problems) add(format string, args ...any) {
	if len(p.list) < maxProblems {
		p.list = append(p.list, fmt.Sprintf(format, args...))
	} else {
		p.more++
	}
}

func (p *problems) done() []string {
	if p.more > 0 {
		return append(p.list, fmt.Sprintf("and %d more", p.more))
	}
	return p.list
}

// requiredEventProperties are the properties VOCABULARY.md requires of
// every event, in its order.
var requiredEventProperties = []quad.IRI{
	schema.Type, schema.Cameo, schema.Goldstein, schema.QuadClass,
	schema.Name, schema.Agent, schema.Evidence, schema.Sentence,
}

// Check verifies the store and reports what is wrong; the error is for a
// store it could not read at all. On a bbolt store it walks bbolt's pages
// and runs bbolt's own consistency check, and checks Cayley's buckets and
// that its quad count is the log's; on every store, that each article
// holds exactly the quads recorded when it was written (see records.go),
// that every event has the properties VOCABULARY.md requires, and every
// entity one core type and one name. It reads the whole store: some
// seconds for 24,000 articles.
func (s *Store) Check(ctx context.Context) (_ *CheckReport, err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	r := &CheckReport{Store: Redact(s.path)}
	if s.db != nil {
		sec, ok := s.checkBolt()
		r.Sections = append(r.Sections, sec)
		if !ok {
			return r, nil // its pages cannot be trusted to be read
		}
	}
	d, err := s.dump(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		r.Sections = append(r.Sections, CheckSection{Name: "quads", Checked: "reading every quad", Problems: []string{err.Error()}})
		return r, nil
	}
	if s.db != nil {
		r.Sections = append(r.Sections, s.checkCayley(int64(d.read)))
	}
	var recs map[string]articleRecord
	var badRecs []string
	if s.db != nil {
		s.db.DB().View(func(tx *bolt.Tx) error {
			recs, badRecs = readRecords(tx)
			return nil
		})
	}
	r.Sections = append(r.Sections, checkArticles(d, recs, badRecs, s.db != nil), checkEvents(d), checkEntities(d))
	return r, nil
}

// checkBolt walks the file's pages and, when they are sound, runs bbolt's
// own check; ok is false when the pages are not sound.
func (s *Store) checkBolt() (sec CheckSection, ok bool) {
	sec.Name = "bbolt"
	pages, found, err := walkPages(s.path)
	if err != nil {
		sec.Problems = []string{err.Error()}
		return sec, false
	}
	if len(found) > 0 {
		sec.Checked = fmt.Sprintf("the structure of %d pages", pages)
		sec.Problems = found
		return sec, false
	}
	var p problems
	var txid int
	s.db.DB().View(func(tx *bolt.Tx) error {
		txid = tx.ID()
		for err := range tx.Check() {
			p.add("%v", err)
		}
		return nil
	})
	sec.Checked = fmt.Sprintf("%d pages, transaction %d: page structure, key order, free pages", pages, txid)
	sec.Problems = p.done()
	return sec, len(sec.Problems) == 0
}

// checkCayley checks Cayley's buckets: its metadata, its log and its quad
// indexes, and that the quad count it keeps is the number of quads live
// in its log.
func (s *Store) checkCayley(live int64) CheckSection {
	sec := CheckSection{Name: "cayley"}
	var p problems
	var size int64
	var names []string
	s.db.DB().View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(cayleyMeta)
		if meta == nil {
			p.add("no meta bucket")
			return nil
		}
		if v := meta.Get([]byte("version")); len(v) != 8 || leInt(v) != 2 {
			p.add("meta/version is %x, want data version 2", v)
		}
		size = leInt(meta.Get(sizeKey))
		var list []struct {
			Dirs []quad.Direction `json:"dirs"`
		}
		if err := json.Unmarshal(meta.Get([]byte("indexes")), &list); err != nil || len(list) == 0 {
			p.add("meta/indexes cannot be read: %v", err)
		}
		names = append(names, "meta", "log")
		for _, ind := range list {
			b := make([]byte, len(ind.Dirs))
			for i, d := range ind.Dirs {
				b[i] = d.Prefix()
			}
			names = append(names, string(b))
		}
		for _, n := range names[1:] {
			if tx.Bucket([]byte(n)) == nil {
				p.add("no %s bucket", n)
			}
		}
		return nil
	})
	if live != size {
		p.add("meta/size counts %d quads, the log holds %d", size, live)
	}
	sec.Checked = fmt.Sprintf("buckets %s; %d quads in the log, as meta/size counts", strings.Join(names, ", "), live)
	sec.Problems = p.done()
	return sec
}

func leInt(b []byte) int64 {
	if len(b) != 8 {
		return 0
	}
	var n int64
	for i := 7; i >= 0; i-- {
		n = n<<8 | int64(b[i])
	}
	return n
}

// checkArticles compares each article's quads with its record.
func checkArticles(d *dump, recs map[string]articleRecord, badRecs []string, recorded bool) CheckSection {
	sec := CheckSection{Name: "articles"}
	var p problems
	for _, k := range badRecs {
		p.add("the record of %s cannot be read", k)
	}
	got := map[int32]*recorder{}
	for _, q := range d.quads {
		if q[3] == noLabel || !isArticle(d.values[q[3]]) {
			continue
		}
		rc := got[q[3]]
		if rc == nil {
			rc = &recorder{}
			got[q[3]] = rc
		}
		rc.add(d.terms[q[0]], d.terms[q[1]], d.terms[q[2]])
	}
	labels := make([]int32, 0, len(got))
	for l := range got {
		labels = append(labels, l)
	}
	sort.Slice(labels, func(i, j int) bool { return labels[i] < labels[j] })
	unrecorded := 0
	for _, l := range labels {
		term := d.terms[l]
		want, ok := recs[term]
		delete(recs, term)
		switch have := got[l].rec; {
		case !ok:
			unrecorded++
		case have.quads != want.quads:
			p.add("article %s holds %d quads; %d were written", term, have.quads, want.quads)
		case have.digest != want.digest:
			p.add("article %s holds %d quads, as many as were written, but not the same ones", term, have.quads)
		}
	}
	sec.Checked = nOf(len(labels), "article") + ", each against the record of the quads written"
	if unrecorded > 0 {
		why := "written before newsgraph kept records"
		if !recorded {
			why = "only bbolt stores keep records"
		}
		sec.Notes = append(sec.Notes, fmt.Sprintf("%d articles have no record (%s): their quads were not checked", unrecorded, why))
	}
	if len(recs) > 0 {
		sec.Notes = append(sec.Notes, fmt.Sprintf("%d records name articles the store does not hold: writes that were interrupted, of which nothing was stored", len(recs)))
	}
	sec.Problems = p.done()
	return sec
}

// subjects calls fn with each subject of the dump whose IRI starts with
// prefix and the range of its quads, which the dump's order keeps
// together.
func (d *dump) subjects(prefix string, fn func(node int32, quads []dumpQuad)) {
	for i := 0; i < len(d.quads); {
		j := i + 1
		for j < len(d.quads) && d.quads[j][0] == d.quads[i][0] {
			j++
		}
		if iri, ok := d.values[d.quads[i][0]].(quad.IRI); ok && strings.HasPrefix(string(iri), prefix) {
			fn(d.quads[i][0], d.quads[i:j])
		}
		i = j
	}
}

// objects returns the distinct objects of pred among a subject's quads.
func (d *dump) objects(quads []dumpQuad, pred quad.IRI) []quad.Value {
	var out []quad.Value
	last := int32(-1)
	for _, q := range quads {
		if d.values[q[1]] == pred && q[2] != last {
			out = append(out, d.values[q[2]])
			last = q[2]
		}
	}
	return out
}

// checkEvents checks that every event has the properties VOCABULARY.md
// requires, one CAMEO code and a finite Goldstein value.
func checkEvents(d *dump) CheckSection {
	var p problems
	n := 0
	d.subjects(schema.IDBase+"event/", func(node int32, quads []dumpQuad) {
		n++
		var missing []string
		for _, pred := range requiredEventProperties {
			if len(d.objects(quads, pred)) == 0 {
				missing = append(missing, short(pred))
			}
		}
		if len(missing) > 0 {
			p.add("event %s has no %s", d.terms[node], strings.Join(missing, ", "))
		}
		if codes := d.objects(quads, schema.Cameo); len(codes) > 1 {
			p.add("event %s has %d CAMEO codes", d.terms[node], len(codes))
		}
		for _, g := range d.objects(quads, schema.Goldstein) {
			lex, _ := schema.Lexical(g)
			if f, err := strconv.ParseFloat(lex, 64); err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
				p.add("event %s has ng:goldstein %s, not a finite number", d.terms[node], g)
			}
		}
	})
	return CheckSection{Name: "events", Checked: fmt.Sprintf("%s, each with %d required properties", nOf(n, "event"), len(requiredEventProperties)), Problems: p.done()}
}

// checkEntities checks that every entity has exactly one core type and
// one name.
func checkEntities(d *dump) CheckSection {
	var p problems
	n := 0
	for _, k := range CoreKinds {
		d.subjects(schema.IDBase+strings.ToLower(k.String())+"/", func(node int32, quads []dumpQuad) {
			n++
			var core []string
			for _, t := range d.objects(quads, schema.Type) {
				if iri, ok := t.(quad.IRI); ok {
					if _, ok := schema.KindOfClass(iri); ok {
						core = append(core, short(iri))
					}
				}
			}
			if len(core) != 1 {
				p.add("entity %s has %d core types (%s); want 1", d.terms[node], len(core), strings.Join(core, ", "))
			}
			if names := d.objects(quads, schema.Name); len(names) != 1 {
				var list []string
				for _, nm := range names {
					list = append(list, nm.String())
				}
				p.add("entity %s has %d names (%s); want 1", d.terms[node], len(names), strings.Join(list, ", "))
			}
		})
	}
	return CheckSection{Name: "entities", Checked: nOf(n, "entity") + ", each with one core type and one name", Problems: p.done()}
}

// nOf writes n of a word, in the plural unless n is 1.
func nOf(n int, word string) string {
	switch {
	case n == 1:
		return "1 " + word
	case strings.HasSuffix(word, "y"):
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// short writes an IRI of the vocabulary with its prefix (ng:cameo).
func short(iri quad.IRI) string {
	for _, ns := range []struct{ prefix, iri string }{
		{"ng:", schema.NS}, {"schema:", schema.SchemaOrg}, {"rdf:", schema.RDF},
	} {
		if rest, ok := strings.CutPrefix(string(iri), ns.iri); ok {
			return ns.prefix + rest
		}
	}
	return iri.String()
}
