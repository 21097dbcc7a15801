package export

import (
	"fmt"
	"strconv"
	"strings"
)

// The attributes of the entity graph's nodes and edges, one table each,
// which the GraphML, GEXF and Neo4j writers and the help text share.

// attrType is an attribute's value type.
type attrType string

const (
	typeString attrType = "string"
	typeInt    attrType = "int"
	typeDouble attrType = "double"
)

// attribute is one attribute of T: its name, type, what it means, and its
// value ("" when the node or edge has none).
type attribute[T any] struct {
	Name  string
	Type  attrType
	Doc   string
	value func(T) string
}

// listSeparator joins the values of list attributes (records, URLs).
const listSeparator = ";"

func intOf(n int) string { return strconv.Itoa(n) }

func nonZero(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func event(n Node, v string) string {
	if n.Kind != KindEvent {
		return ""
	}
	return v
}

// datePrecision says how precise a date is: day, month or year.
func datePrecision(date string) string {
	switch len(date) {
	case 10:
		return "day"
	case 7:
		return "month"
	case 4:
		return "year"
	}
	return ""
}

// nodeAttributes lists the attributes of the entity graph's nodes.
var nodeAttributes = []attribute[Node]{
	{"name", typeString, "entity: canonical name; happening: short label (\"Azerbaijan: return, release person(s) → Armenia (32)\")", func(n Node) string { return n.Name }},
	{"type", typeString, "Country, Person, Organization, Place, or Event for a happening", func(n Node) string { return n.Type }},
	{"kind", typeString, "entity or event", func(n Node) string { return n.Kind }},
	{"wikidata", typeString, "Wikidata item (Q399) where known", func(n Node) string { return n.Wikidata }},
	{"articles", typeInt, "articles of the store that name the entity or report the happening", func(n Node) string { return intOf(n.Articles) }},
	{"firstDate", typeString, "first publication date among those articles (YYYY-MM-DD)", func(n Node) string { return n.FirstDate }},
	{"lastDate", typeString, "last publication date among those articles", func(n Node) string { return n.LastDate }},
	{"cameo", typeString, "happening: CAMEO code (0841)", func(n Node) string { return n.Cameo }},
	{"cameoLabel", typeString, "happening: the code's description", func(n Node) string { return n.CameoLabel }},
	{"cameoRoot", typeString, "happening: the code's root (08)", func(n Node) string { return n.Root }},
	{"quadClass", typeInt, "happening: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict", func(n Node) string { return nonZero(n.QuadClass) }},
	{"goldstein", typeDouble, "happening: the code's Goldstein value, -10 to +10", func(n Node) string {
		return event(n, strconv.FormatFloat(n.Goldstein, 'f', -1, 64))
	}},
	{"date", typeString, "happening: when it happened, YYYY, YYYY-MM or YYYY-MM-DD", func(n Node) string { return n.Date }},
	{"datePrecision", typeString, "happening: day, month or year", func(n Node) string { return datePrecision(n.Date) }},
	{"quantity", typeInt, "happening: how many people or things it concerns, where stated", func(n Node) string { return nonZero(n.Quantity) }},
	{"events", typeInt, "happening: its event nodes in the store, one per report", func(n Node) string { return event(n, intOf(n.Events)) }},
	{"records", typeString, "happening: record ids (JSON-lines \"id\") of the articles reporting it, separated by ;", func(n Node) string { return strings.Join(n.Records, listSeparator) }},
	{"urls", typeString, "happening: URLs of the articles reporting it, separated by ;", func(n Node) string { return strings.Join(n.URLs, listSeparator) }},
}

// edgeAttributes lists the attributes of the entity graph's edges.
var edgeAttributes = []attribute[Edge]{
	{"kind", typeString, "relation or role", func(e Edge) string { return e.Kind }},
	{"label", typeString, "relation: leaderOf, officialOf, memberOf, partOf, locatedIn, capitalOf, nationalOf; role: agent, target, participant, location", func(e Edge) string { return e.Label }},
	{"articles", typeInt, "articles of the store that state the relation or report the happening", func(e Edge) string { return intOf(e.Articles) }},
	{"firstDate", typeString, "first publication date among those articles", func(e Edge) string { return e.FirstDate }},
	{"lastDate", typeString, "last publication date among those articles", func(e Edge) string { return e.LastDate }},
	{"records", typeString, "record ids of those articles, separated by ;", func(e Edge) string { return strings.Join(e.Records, listSeparator) }},
}

// AttributeHelp documents the attributes of the entity graph's nodes and
// edges, one a line, for help text.
func AttributeHelp() string {
	var b strings.Builder
	b.WriteString("  nodes:\n")
	for _, a := range nodeAttributes {
		fmt.Fprintf(&b, "    %-14s %-6s %s\n", a.Name, a.Type, a.Doc)
	}
	b.WriteString("  edges:\n")
	for _, a := range edgeAttributes {
		fmt.Fprintf(&b, "    %-14s %-6s %s\n", a.Name, a.Type, a.Doc)
	}
	return b.String()
}
