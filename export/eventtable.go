package export

import (
	"encoding/csv"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// The event table: one CSV row per event node (one article's report of a
// happening), in the spirit of GDELT's event table.

// Column is one column of the event table.
type Column struct {
	Name string
	Doc  string
	// value returns the column's value for one row.
	value func(r row) string
}

// row is what one line of the event table is made from.
type row struct {
	d   *Dataset
	e   *Event
	art *Article // nil when no article states the event
	// cameo is the event's code entry, root its root's; zero when unknown.
	cameo, root schema.Code
	countries   map[string]string
}

// actors returns one field per entity of iris, each made by f, joined by
// the list separator; an entity the store has no node for gives "".
func (r row) actors(iris []string, f func(*Entity) string) string {
	out := make([]string, len(iris))
	for i, iri := range iris {
		if e, ok := r.d.Entity(iri); ok {
			out[i] = f(e)
		}
	}
	return strings.Join(out, listSeparator)
}

func (r row) articleField(f func(*Article) string) string {
	if r.art == nil {
		return ""
	}
	return f(r.art)
}

func entityName(e *Entity) string     { return e.Name }
func entityType(e *Entity) string     { return e.Type }
func entityWikidata(e *Entity) string { return e.Wikidata }
func entityID(e *Entity) string       { return e.IRI }

// EventColumns are the columns of the event table, in order. Lists hold
// one value per entity, in the same order in every column of the role,
// separated by ";".
var EventColumns = []Column{
	{"event_id", "IRI of the event node (one article's report)", func(r row) string { return r.e.IRI }},
	{"happening_id", "IRI of the first event of the happening it reports; rows of one happening share it", func(r row) string {
		return r.d.Happenings[r.e.Happening].ID
	}},
	{"date", "when it happened: YYYY-MM-DD, YYYY-MM or YYYY, as precise as the text; empty when unknown", func(r row) string { return r.e.Date }},
	{"date_precision", "day, month or year", func(r row) string { return datePrecision(r.e.Date) }},
	{"cameo_code", "CAMEO event code, 2 to 4 digits (0841); read it as text", func(r row) string { return r.e.Code }},
	{"cameo_label", "the code's description", func(r row) string { return r.cameo.Description }},
	{"cameo_root", "the code's two-digit root (08)", func(r row) string { return schema.Root(r.e.Code) }},
	{"root_label", "the root's description", func(r row) string { return r.root.Description }},
	{"quad_class", "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict", func(r row) string { return nonZero(r.e.QuadClass) }},
	{"goldstein", "the code's Goldstein value, -10 (most conflictual) to +10", func(r row) string {
		return strconv.FormatFloat(r.e.Goldstein, 'f', -1, 64)
	}},
	{"agent_names", "who acted (CAMEO source actors)", func(r row) string { return r.actors(r.e.Agents, entityName) }},
	{"agent_types", "their types: Country, Person, Organization or Place", func(r row) string { return r.actors(r.e.Agents, entityType) }},
	{"agent_countries", "their countries: a country itself, or the country the store most often relates the entity to (nationalOf, leaderOf, officialOf, partOf, locatedIn, capitalOf); empty when none", func(r row) string {
		return r.actors(r.e.Agents, func(e *Entity) string { return r.countries[e.IRI] })
	}},
	{"agent_wikidata", "their Wikidata items (Q399), where known", func(r row) string { return r.actors(r.e.Agents, entityWikidata) }},
	{"agent_ids", "their entity IRIs", func(r row) string { return r.actors(r.e.Agents, entityID) }},
	{"target_names", "who was acted upon (CAMEO target actors)", func(r row) string { return r.actors(r.e.Targets, entityName) }},
	{"target_types", "their types", func(r row) string { return r.actors(r.e.Targets, entityType) }},
	{"target_countries", "their countries, as for agents", func(r row) string {
		return r.actors(r.e.Targets, func(e *Entity) string { return r.countries[e.IRI] })
	}},
	{"target_wikidata", "their Wikidata items", func(r row) string { return r.actors(r.e.Targets, entityWikidata) }},
	{"target_ids", "their entity IRIs", func(r row) string { return r.actors(r.e.Targets, entityID) }},
	{"participant_names", "other named entities taking part (mediator, host)", func(r row) string { return r.actors(r.e.Participants, entityName) }},
	{"location_names", "where it happened", func(r row) string { return r.actors(r.e.Locations, entityName) }},
	{"quantity", "how many people or things it concerns, where stated", func(r row) string { return nonZero(r.e.Quantity) }},
	{"num_articles", "articles of the store reporting the happening (GDELT's NumArticles)", func(r row) string {
		return intOf(r.d.Happenings[r.e.Happening].Articles)
	}},
	{"summary", "a short label of the event", func(r row) string { return r.e.Name }},
	{"evidence", "the sentence it was read from, verbatim", func(r row) string { return r.e.Evidence }},
	{"sentence", "that sentence's index in the article (the headline is 0)", func(r row) string { return intOf(r.e.Sentence) }},
	{"article_id", "IRI of the article", func(r row) string { return r.articleField(func(a *Article) string { return a.IRI }) }},
	{"article_date", "the article's publication date", func(r row) string { return r.articleField(func(a *Article) string { return a.Date }) }},
	{"headline", "the article's headline", func(r row) string { return r.articleField(func(a *Article) string { return a.Headline }) }},
	{"source_url", "where the article was published, when the input said (JSON-lines \"url\")", func(r row) string {
		return r.articleField(func(a *Article) string { return a.URL })
	}},
	{"record_id", "the input's id of the article (JSON-lines \"id\"), to join back to your data", func(r row) string {
		return r.articleField(func(a *Article) string { return a.Record })
	}},
}

// countryRelations are the relations that tie an entity to a country.
var countryRelations = map[string]bool{"nationalOf": true, "leaderOf": true, "officialOf": true, "partOf": true, "locatedIn": true, "capitalOf": true}

// Countries returns each entity's country: a country's own name; for
// another entity, the country that most of the store's articles relate it
// to (nationalOf, leaderOf, officialOf, partOf, locatedIn, capitalOf),
// the first name on a tie; none when no relation does.
func (d *Dataset) Countries() map[string]string {
	out := map[string]string{}
	votes := map[string]map[string]int{}
	for _, e := range d.Entities {
		if e.Type == "Country" {
			out[e.IRI] = e.Name
		}
	}
	for _, st := range d.Statements { // one per article stating it
		if sub, ok := d.Entity(st.Subject); !ok || sub.Type == "Country" || !countryRelations[st.Predicate] {
			continue
		}
		o, ok := d.Entity(st.Object)
		if !ok || o.Type != "Country" {
			continue
		}
		if votes[st.Subject] == nil {
			votes[st.Subject] = map[string]int{}
		}
		votes[st.Subject][o.Name]++
	}
	for iri, v := range votes {
		best, n := "", 0
		for name, c := range v {
			if c > n || (c == n && name < best) {
				best, n = name, c
			}
		}
		out[iri] = best
	}
	return out
}

// WriteEventTable writes the events the selection keeps as CSV (RFC 4180,
// a header of EventColumns' names), oldest first, undated last.
func (d *Dataset) WriteEventTable(w io.Writer, s *Selection) error {
	codes := schema.LoadCodes()
	countries := d.Countries()
	var rows []int
	for i := range d.Events {
		if s.Events[i] {
			rows = append(rows, i)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := d.Events[rows[i]].Date, d.Events[rows[j]].Date
		if (a == "") != (b == "") {
			return a != ""
		}
		return a < b
	})
	cw := csv.NewWriter(w)
	header := make([]string, len(EventColumns))
	for i, c := range EventColumns {
		header[i] = c.Name
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	rec := make([]string, len(EventColumns))
	for _, i := range rows {
		r := row{d: d, e: &d.Events[i], countries: countries}
		if a := r.e.Article; a >= 0 {
			r.art = &d.Articles[a]
		}
		r.cameo, _ = codes.Lookup(r.e.Code)
		r.root, _ = codes.Lookup(schema.Root(r.e.Code))
		for j, c := range EventColumns {
			rec[j] = c.value(r)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
