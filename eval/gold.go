package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Gold is one article's gold annotation, in the JSON form of GOLD.md.
type Gold struct {
	Article   string         `json:"article"`
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`
	Events    []GoldEvent    `json:"events"`
}

// GoldEntity is a named country, person, organisation or place of the text.
type GoldEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"` // Country, Person, Organization or Place
	Aliases  []string `json:"aliases,omitempty"`
	Wikidata string   `json:"wikidata,omitempty"` // "Q399", given only where certain
	Optional bool     `json:"optional,omitempty"`
	Note     string   `json:"note,omitempty"` // the annotator's remark; not scored
}

// GoldRelation is a relation of the closed list between two gold entities,
// named by their Name.
type GoldRelation struct {
	Subject  string `json:"subject"`
	Relation string `json:"relation"` // local name, e.g. "leaderOf"
	Object   string `json:"object"`
	Optional bool   `json:"optional,omitempty"`
	Note     string `json:"note,omitempty"` // not scored
}

// GoldEvent is one CAMEO-coded happening. Agent, Target, Participant and
// Location name gold entities by their Name.
type GoldEvent struct {
	Cameo       string   `json:"cameo"`
	Agent       []string `json:"agent"`
	Target      []string `json:"target,omitempty"`
	Participant []string `json:"participant,omitempty"`
	Location    []string `json:"location,omitempty"` // not scored
	Date        string   `json:"date,omitempty"`     // YYYY, YYYY-MM or YYYY-MM-DD
	Quantity    *int     `json:"quantity,omitempty"` // nil when the text gives none
	Evidence    string   `json:"evidence"`
	Optional    bool     `json:"optional,omitempty"`
	Note        string   `json:"note,omitempty"` // not scored
}

// ReadGold reads and checks a gold file. Unknown fields are errors, so that
// a misspelt "optional" cannot silently make an item required. Errors name
// the file and the offending field ("gold.json: events[3].date: ...").
func ReadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	g, err := ParseGold(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// ParseGold decodes and checks the JSON of a gold file.
func ParseGold(data []byte) (*Gold, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var g Gold
	if err := dec.Decode(&g); err != nil {
		return nil, jsonError(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the JSON object")
	}
	if err := g.Check(); err != nil {
		return nil, err
	}
	return &g, nil
}

// jsonError adds a line number to the decoder's errors where it knows the
// offset.
func jsonError(data []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
		if te.Field != "" {
			return fmt.Errorf("line %d: field %s: want %s, got JSON %s", lineAt(data, off), te.Field, te.Type, te.Value)
		}
	}
	// The decoder gives no offset for an unknown field: find its first
	// occurrence.
	if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok && off < 0 {
		if i := bytes.Index(data, []byte(f)); i >= 0 {
			return fmt.Errorf("line %d: unknown field %s", lineAt(data, int64(i)), f)
		}
	}
	if off >= 0 {
		return fmt.Errorf("line %d: %w", lineAt(data, off), err)
	}
	return err
}

func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// Check reports the first inconsistency of the annotation: a missing name,
// type, relation or code, an unknown type or relation, a malformed code,
// date or Wikidata ID, or a reference to an entity the file does not list.
func (g *Gold) Check() error {
	if g.Article == "" {
		return errors.New("article: missing")
	}
	names := map[string]bool{}
	for i, e := range g.Entities {
		at := fmt.Sprintf("entities[%d]", i)
		if e.Name == "" {
			return fmt.Errorf("%s.name: missing", at)
		}
		at += " (" + strconv.Quote(e.Name) + ")"
		if _, ok := schema.ParseKind(e.Type); !ok {
			return fmt.Errorf("%s.type: %q is not Country, Person, Organization or Place", at, e.Type)
		}
		if e.Wikidata != "" && !isQID(e.Wikidata) {
			return fmt.Errorf("%s.wikidata: %q is not a Wikidata ID like Q399", at, e.Wikidata)
		}
		for j, a := range e.Aliases {
			if Normalize(a) == "" {
				return fmt.Errorf("%s.aliases[%d]: %q is empty once normalised", at, j, a)
			}
		}
		names[e.Name] = true
	}
	ref := func(at, field, name string) error {
		if !names[name] {
			return fmt.Errorf("%s.%s: %q names no entity of the file", at, field, name)
		}
		return nil
	}
	rels := map[string]bool{}
	for _, p := range schema.Relations {
		rels[schema.LocalName(p)] = true
	}
	for i, r := range g.Relations {
		at := fmt.Sprintf("relations[%d]", i)
		if !rels[r.Relation] {
			return fmt.Errorf("%s.relation: %q is not a relation of VOCABULARY.md", at, r.Relation)
		}
		if err := ref(at, "subject", r.Subject); err != nil {
			return err
		}
		if err := ref(at, "object", r.Object); err != nil {
			return err
		}
	}
	for i, ev := range g.Events {
		at := fmt.Sprintf("events[%d]", i)
		if !isCode(ev.Cameo) {
			return fmt.Errorf("%s.cameo: %q is not a CAMEO code of 2 to 4 digits", at, ev.Cameo)
		}
		if len(ev.Agent) == 0 {
			return fmt.Errorf("%s.agent: missing", at)
		}
		for _, role := range []struct {
			field string
			names []string
		}{{"agent", ev.Agent}, {"target", ev.Target}, {"participant", ev.Participant}, {"location", ev.Location}} {
			for j, n := range role.names {
				if err := ref(at, fmt.Sprintf("%s[%d]", role.field, j), n); err != nil {
					return err
				}
			}
		}
		if ev.Date != "" {
			if _, err := schema.ParseDate(ev.Date); err != nil {
				return fmt.Errorf("%s.date: %w", at, err)
			}
		}
		if ev.Quantity != nil && *ev.Quantity < 0 {
			return fmt.Errorf("%s.quantity: %d is negative", at, *ev.Quantity)
		}
	}
	return nil
}

func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	return isDigits(s[1:])
}

func isCode(s string) bool { return len(s) >= 2 && len(s) <= 4 && isDigits(s) }

func isDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
