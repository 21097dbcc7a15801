// Package question holds newsgraph's questions (search, show, path,
// events, related) as values: their parameters, how they are checked, and
// the answers, whose JSON encoding (Encode) is both what the command line
// prints with --format json and what the HTTP API returns. Both ask
// through this package, so the two cannot drift apart.
//
// A question's Check reports a bad parameter as a *ParamError (a usage
// error on the command line, 400 over HTTP); Answer reports an entity name
// that matches no entity, or several equally well, as the
// *graph.ResolveError of graph.Ask.Resolve (with the closest candidates).
package question

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// The default number of items listed by each question, and of hops looked
// for by Path.
const (
	SearchLimit  = 10
	ShowLimit    = 10
	PathLimit    = 5
	EventsLimit  = 50
	RelatedLimit = 10
	MaxHops      = 3
)

// ParamError is a parameter a question cannot take. Its message starts with
// the parameter's name: the command line puts "--" before it.
type ParamError struct {
	Name string // the parameter: "limit", "max-hops", "cameo", ...
	Msg  string // what is wrong, after the name: " must not be negative"
}

func (e *ParamError) Error() string { return e.Name + e.Msg }

func checkLimit(limit int) error {
	if limit < 0 {
		return &ParamError{"limit", " must not be negative"}
	}
	return nil
}

// Encode writes an answer as one line of JSON, as newsgraph prints it:
// without HTML escapes.
func Encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// Search finds entities by name, alias, acronym or a near spelling.
type Search struct {
	Text  string
	Limit int // 0: all
}

// SearchAnswer is the answer of Search.
type SearchAnswer struct {
	Query   string        `json:"query"`
	Matches []graph.Match `json:"matches"`
}

// Check reports a parameter Search cannot take.
func (q Search) Check() error { return checkLimit(q.Limit) }

// Answer runs the search.
func (q Search) Answer(a *graph.Ask) (SearchAnswer, error) {
	if err := q.Check(); err != nil {
		return SearchAnswer{}, err
	}
	ms, err := a.Search(q.Text, q.Limit)
	return SearchAnswer{q.Text, ms}, err
}

// Show gives an entity's card.
type Show struct {
	Entity string // a name, an alias or an IRI
	Limit  int    // events and articles listed; 0: all
	Why    bool   // give each relation the rules that read it
}

// Check reports a parameter Show cannot take.
func (q Show) Check() error { return checkLimit(q.Limit) }

// Answer resolves the entity and reads its card.
func (q Show) Answer(a *graph.Ask) (graph.Card, error) {
	if err := q.Check(); err != nil {
		return graph.Card{}, err
	}
	e, err := a.Resolve(q.Entity)
	if err != nil {
		return graph.Card{}, err
	}
	c, err := a.Card(e.IRI, q.Limit)
	if err != nil || !q.Why {
		return c, err
	}
	for i := range c.Relations {
		c.Relations[i].Rules = a.RelationRules(c.Relations[i])
	}
	return c, a.Err()
}

// Path finds the shortest connections between two entities.
type Path struct {
	From, To string
	MaxHops  int // 1 to 6
	Limit    int // connections listed; 0: all
}

// Check reports a parameter Path cannot take.
func (q Path) Check() error {
	if q.MaxHops < 1 || q.MaxHops > 6 {
		return &ParamError{"max-hops", " must be between 1 and 6"}
	}
	return checkLimit(q.Limit)
}

// Answer resolves both entities and finds the connections.
func (q Path) Answer(a *graph.Ask) (graph.PathResult, error) {
	if err := q.Check(); err != nil {
		return graph.PathResult{}, err
	}
	from, err := a.Resolve(q.From)
	if err != nil {
		return graph.PathResult{}, err
	}
	to, err := a.Resolve(q.To)
	if err != nil {
		return graph.PathResult{}, err
	}
	return a.Path(from.IRI, to.IRI, q.MaxHops, q.Limit)
}

// Events lists events as a timeline; every filter given must match.
type Events struct {
	Actor, Target string // entities, resolved as Show resolves them
	Cameo         string // a CAMEO code or root
	From, To      string // dates: YYYY, YYYY-MM or YYYY-MM-DD
	// By counts the matching events by month, year, actor or code
	// (graph.EventGroupings) instead of listing them.
	By    string
	Limit int // events, or groups with By; 0: all
}

// EventsAnswer is the answer of Events: Count is the number of matching
// events before the limit; with By, Groups holds the counts and Events is
// empty.
type EventsAnswer struct {
	Count  int                `json:"count"`
	Events []graph.Event      `json:"events"`
	By     string             `json:"by,omitempty"`
	Groups []graph.EventCount `json:"groups,omitempty"`
}

// Check reports a parameter Events cannot take.
func (q Events) Check() error {
	for _, d := range []struct{ name, v string }{{"from", q.From}, {"to", q.To}} {
		if d.v == "" {
			continue
		}
		if _, err := schema.ParseDate(d.v); err != nil {
			return &ParamError{d.name, ": " + err.Error()}
		}
	}
	if q.Cameo != "" && !knownCameo(q.Cameo) {
		return &ParamError{"cameo", fmt.Sprintf(" %q: no such CAMEO code or root", q.Cameo)}
	}
	if q.By != "" && !slices.Contains(graph.EventGroupings, q.By) {
		return &ParamError{"by", fmt.Sprintf(" %q: want %s", q.By, strings.Join(graph.EventGroupings, ", "))}
	}
	return checkLimit(q.Limit)
}

// knownCameo reports whether code is a CAMEO code or the start of one.
func knownCameo(code string) bool {
	for _, c := range schema.LoadCodes().All() {
		if len(c.Code) >= len(code) && c.Code[:len(code)] == code {
			return true
		}
	}
	return false
}

// Answer resolves the actor and target and lists the events.
func (q Events) Answer(a *graph.Ask) (EventsAnswer, error) {
	if err := q.Check(); err != nil {
		return EventsAnswer{}, err
	}
	f := graph.EventFilter{Cameo: q.Cameo, From: q.From, To: q.To}
	for _, x := range []struct {
		text string
		iri  *string
	}{{q.Actor, &f.Actor}, {q.Target, &f.Target}} {
		if x.text == "" {
			continue
		}
		e, err := a.Resolve(x.text)
		if err != nil {
			return EventsAnswer{}, err
		}
		*x.iri = e.IRI
	}
	if q.By != "" {
		groups, n, err := a.CountEvents(f, q.By, q.Limit)
		return EventsAnswer{Count: n, Events: []graph.Event{}, By: q.By, Groups: groups}, err
	}
	evs, n, err := a.Events(f, q.Limit)
	return EventsAnswer{Count: n, Events: evs}, err
}

// Related lists the entities most connected to one.
type Related struct {
	Entity string
	Type   string // keep one core type: Country, Person, Organization or Place; "" all
	// Rank is "events" (shared events first, the default) or "mentions"
	// (articles naming both first).
	Rank  string
	Limit int // 0: all
}

// RelatedRanks are the orders Related can rank by.
var RelatedRanks = []string{"events", "mentions"}

// Check reports a parameter Related cannot take.
func (q Related) Check() error {
	if _, ok := schema.ParseKind(q.Type); q.Type != "" && !ok {
		return &ParamError{"type", fmt.Sprintf(" %q: want Country, Person, Organization or Place", q.Type)}
	}
	if q.Rank != "" && !slices.Contains(RelatedRanks, q.Rank) {
		return &ParamError{"rank", fmt.Sprintf(" %q: want %s", q.Rank, strings.Join(RelatedRanks, ", "))}
	}
	return checkLimit(q.Limit)
}

// Answer resolves the entity and ranks its related entities.
func (q Related) Answer(a *graph.Ask) (graph.RelatedResult, error) {
	if err := q.Check(); err != nil {
		return graph.RelatedResult{}, err
	}
	e, err := a.Resolve(q.Entity)
	if err != nil {
		return graph.RelatedResult{}, err
	}
	return a.Related(e.IRI, graph.RelatedOptions{Type: q.Type, ByMentions: q.Rank == "mentions", Limit: q.Limit})
}
