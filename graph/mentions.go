package graph

import (
	"encoding/binary"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"

	"github.com/newsgraph/newsgraph/schema"
)

// Which entities each article names: the labels of the entities' core
// rdf:type quads. Cayley has no index by label, so the ask index keeps the
// (article, entity) pairs of a file store, sorted by article; a memory
// store's are read when first needed.

// mentionRecord is an article's node id and an entity's, 8 bytes each,
// big-endian.
const mentionRecord = 16

// mentionPair is an entity named by an article.
type mentionPair struct{ article, entity cgraph.Ref }

// readMentions reads every (article, entity) pair of the store.
func readMentions(v view) []mentionPair {
	var out []mentionPair
	for _, k := range CoreKinds {
		for _, l := range v.subjectLinks(schema.Type, v.ref(k.Class())) {
			if l.label != nil {
				out = append(out, mentionPair{article: l.label, entity: l.node})
			}
		}
	}
	return out
}

// mentionRecords encodes pairs of a KV store as sorted records.
func mentionRecords(pairs []mentionPair) []byte {
	type rec struct{ a, e uint64 }
	recs := make([]rec, len(pairs))
	for i, p := range pairs {
		recs[i] = rec{nodeID(p.article), nodeID(p.entity)}
	}
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].a != recs[j].a {
			return recs[i].a < recs[j].a
		}
		return recs[i].e < recs[j].e
	})
	out := make([]byte, 0, len(recs)*mentionRecord)
	for _, r := range recs {
		out = binary.BigEndian.AppendUint64(out, r.a)
		out = binary.BigEndian.AppendUint64(out, r.e)
	}
	return out
}

// mentions returns the entities the index says article id names.
func (x *askIndex) mentions(id uint64) []cgraph.Ref {
	n := len(x.mentioned) / mentionRecord
	i := sort.Search(n, func(i int) bool { return binary.BigEndian.Uint64(x.mentioned[i*mentionRecord:]) >= id })
	var out []cgraph.Ref
	for ; i < n && binary.BigEndian.Uint64(x.mentioned[i*mentionRecord:]) == id; i++ {
		out = append(out, ckv.Int64Value(binary.BigEndian.Uint64(x.mentioned[i*mentionRecord+8:])))
	}
	return out
}

// entitiesOf returns the entities article names.
func (a *Ask) entitiesOf(article cgraph.Ref) []cgraph.Ref {
	if a.idx != nil {
		return a.idx.mentions(nodeID(article))
	}
	if a.byArticle == nil {
		a.byArticle = map[cgraph.Ref][]cgraph.Ref{}
		for _, p := range readMentions(a.v) {
			a.byArticle[p.article] = append(a.byArticle[p.article], p.entity)
		}
	}
	return a.byArticle[article]
}

// articleRefs returns the articles that name entity r.
func (a *Ask) articleRefs(r cgraph.Ref) []cgraph.Ref {
	kind, ok := schema.ParseKind(kindOf(lexical(a.v.value(r))))
	if !ok {
		return nil
	}
	labels, _ := a.v.labels(r, schema.Type, a.v.ref(kind.Class()), 0)
	return labels
}

// coMentions counts, for every other entity, the articles that name both
// it and r.
func (a *Ask) coMentions(r cgraph.Ref) map[cgraph.Ref]int {
	out := map[cgraph.Ref]int{}
	for _, art := range a.articleRefs(r) {
		if art == nil {
			continue
		}
		for _, e := range a.entitiesOf(art) {
			if e != r {
				out[e]++
			}
		}
	}
	return out
}
