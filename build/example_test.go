package build_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/newsgraph/newsgraph/build"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// The bundled article (Al Jazeera, 2023-12-13: Armenia and Azerbaijan
// exchange prisoners).
const article = "../testdata/articles/00_aljazeera_2023-12-13_armenia_azerbaijan_prisoner_exchange.txt"

// Build an article into a store, then ask who released whom.
func Example() {
	ctx := context.Background()
	s, err := graph.Open(graph.Memory, graph.Options{}) // or a bbolt file: "news.db"
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	sum, err := build.Run(ctx, s, []string{article}, build.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d article read, %d new, %d events\n", sum.Read, sum.Added, sum.Events)

	ask, err := s.Ask(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer ask.Close()
	azerbaijan, err := ask.Resolve("Azerbaijan")
	if err != nil {
		log.Fatal(err)
	}
	events, _, err := ask.Events(graph.EventFilter{Actor: azerbaijan.IRI, Cameo: "08"}, 10)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range events {
		fmt.Printf("%s %s %s: %s → %s, %d\n", e.Date, e.Cameo, e.Description, e.Agents[0].Name, e.Targets[0].Name, e.Quantity)
	}
	// Output:
	// 1 article read, 1 new, 8 events
	// 2023-12-13 0841 Return, release person(s): Azerbaijan → Armenia, 32
}

// Build articles given as text, here JSON-lines records on a reader, and
// follow the build through the callbacks.
func ExampleRun_callbacks() {
	ctx := context.Background()
	s, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	records := `{"id":"a1","date":"2024-03-05","title":"Ukraine asks for help"
{"id":"a2","date":"2024-03-04","title":"Russia attacks Ukraine","text":"Russian forces attacked Kharkiv on Monday."}
`
	opts := build.Options{
		Stdin: strings.NewReader(records),
		Warn:  func(e *loaders.BadInputError) { fmt.Println("skipped", e.Source) },
		Article: func(doc *schema.Doc, stored bool) {
			fmt.Printf("%s %q, stored before: %v\n", doc.Article.Date, doc.Article.Headline, stored)
		},
	}
	sum, err := build.Run(ctx, s, []string{"-"}, opts)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d read, %d new, %d unreadable\n", sum.Read, sum.Added, sum.Bad)
	// Output:
	// skipped -:1
	// 2024-03-04 "Russia attacks Ukraine", stored before: false
	// 1 read, 1 new, 1 unreadable
}
