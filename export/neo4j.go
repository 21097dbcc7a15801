package export

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Neo4jImportCommand is how the files WriteNeo4j writes are loaded into a
// new Neo4j database (Neo4j 5; the database must not exist yet).
const Neo4jImportCommand = "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j"

// neo4jTypes map the attribute types to Neo4j's import types; dates are
// typed date.
var neo4jTypes = map[attrType]string{typeString: "string", typeInt: "int", typeDouble: "double"}

// neo4jDates are the node and edge attributes imported as Neo4j dates.
var neo4jDates = map[string]bool{"firstDate": true, "lastDate": true}

// neo4jLists are the node attributes imported as string arrays (Neo4j's
// default array delimiter is ";", the list separator).
var neo4jLists = map[string]bool{"records": true, "urls": true}

// articleColumns are the node columns only articles fill.
var articleColumns = []string{"url", "record", "contentHash"}

// neo4jRelType names a relationship type after a relation or role, in
// Neo4j's upper snake case (partOf: PART_OF).
func neo4jRelType(label string) string {
	var b strings.Builder
	for i, r := range label {
		if r >= 'A' && r <= 'Z' && i > 0 {
			b.WriteByte('_')
		}
		b.WriteString(strings.ToUpper(string(r)))
	}
	return b.String()
}

func neo4jHeader(name string, t attrType, list bool) string {
	typ := neo4jTypes[t]
	if neo4jDates[name] {
		typ = "date"
	}
	if list {
		typ += "[]"
	}
	return name + ":" + typ
}

// Neo4jHeaders returns the header rows of nodes.csv and relationships.csv.
func Neo4jHeaders() (nodes, relationships []string) {
	nodes = []string{"id:ID", ":LABEL"}
	for _, a := range nodeAttributes {
		nodes = append(nodes, neo4jHeader(a.Name, a.Type, neo4jLists[a.Name]))
	}
	nodes = append(nodes, articleColumns...)
	relationships = []string{":START_ID", ":END_ID", ":TYPE"}
	for _, a := range edgeAttributes {
		if a.Name == "articles" || neo4jDates[a.Name] {
			relationships = append(relationships, neo4jHeader(a.Name, a.Type, false))
		}
	}
	return nodes, relationships
}

// WriteNeo4j writes the selection as nodes.csv and relationships.csv in
// dir for Neo4j's bulk import (Neo4jImportCommand). Nodes are the entity
// graph's (labels Entity and the core type, or Event) and the articles
// (label Article: name is the headline, date the publication date, url,
// record and contentHash); relationships are the relations (LEADER_OF,
// PART_OF, ...), the roles (AGENT: entity to happening; TARGET,
// PARTICIPANT, LOCATION: happening to entity), REPORTS (article to
// happening) and MENTIONS (article to entity).
func (d *Dataset) WriteNeo4j(dir string, s *Selection) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	net := d.Network(s)
	write := func(name string, fill func(*csv.Writer) error) error {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		cw := csv.NewWriter(f)
		err = fill(cw)
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	}
	nodeHeader, relHeader := Neo4jHeaders()
	err := write("nodes.csv", func(cw *csv.Writer) error {
		if err := cw.Write(nodeHeader); err != nil {
			return err
		}
		for _, x := range net.Nodes {
			label := "Event"
			if x.Kind == KindEntity {
				label = "Entity;" + x.Type
			}
			rec := []string{x.ID, label}
			for _, a := range nodeAttributes {
				rec = append(rec, a.value(x))
			}
			rec = append(rec, make([]string, len(articleColumns))...)
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		for i, a := range d.Articles {
			if !s.Articles[i] {
				continue
			}
			rec := make([]string, len(nodeHeader))
			rec[0], rec[1] = a.IRI, "Article"
			for j, h := range nodeHeader {
				switch name, _, _ := strings.Cut(h, ":"); name {
				case "name":
					rec[j] = a.Headline
				case "type":
					rec[j] = "Article"
				case "date":
					rec[j] = a.Date
				case "datePrecision":
					rec[j] = datePrecision(a.Date)
				case "url":
					rec[j] = a.URL
				case "record":
					rec[j] = a.Record
				case "contentHash":
					rec[j] = a.Hash
				}
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return write("relationships.csv", func(cw *csv.Writer) error {
		if err := cw.Write(relHeader); err != nil {
			return err
		}
		for _, e := range net.Edges {
			if err := cw.Write([]string{e.Source, e.Target, neo4jRelType(e.Label), intOf(e.Articles), e.FirstDate, e.LastDate}); err != nil {
				return err
			}
		}
		return d.writeProvenance(cw, s, net)
	})
}

// writeProvenance writes the REPORTS and MENTIONS relationships of the
// selection's articles.
func (d *Dataset) writeProvenance(cw *csv.Writer, s *Selection, net *Network) error {
	nodes := map[string]bool{}
	for _, x := range net.Nodes {
		nodes[x.ID] = true
	}
	for _, h := range d.Happenings {
		if !nodes[h.ID] {
			continue
		}
		var arts []int
		for _, i := range h.Events {
			arts = append(arts, d.Events[i].Article)
		}
		for _, a := range distinct(arts) {
			if s.Articles[a] {
				if err := cw.Write([]string{d.Articles[a].IRI, h.ID, "REPORTS", "", "", ""}); err != nil {
					return err
				}
			}
		}
	}
	for i, e := range d.Entities {
		if !s.Entities[i] {
			continue
		}
		for _, a := range e.Articles {
			if s.Articles[a] {
				if err := cw.Write([]string{d.Articles[a].IRI, e.IRI, "MENTIONS", "", "", ""}); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
