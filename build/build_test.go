package build_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/build"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/schema"
)

func memoryStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestRunAgain builds the same article twice: the second run reads it,
// reports it stored, and writes nothing.
func TestRunAgain(t *testing.T) {
	ctx := context.Background()
	s := memoryStore(t)
	first, err := build.Run(ctx, s, []string{article}, build.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if int(st.Quads) != first.Quads || first.Added != 1 || first.Stored() != 0 {
		t.Fatalf("first build %+v, store has %d quads", first, st.Quads)
	}
	var stored []bool
	progress := 0
	second, err := build.Run(ctx, s, []string{article, article}, build.Options{
		Article:  func(_ *schema.Doc, was bool) { stored = append(stored, was) },
		Progress: func(n int) { progress = n },
	})
	if err != nil {
		t.Fatal(err)
	}
	if second.Read != 2 || second.Added != 0 || second.Quads != 2*first.Quads || second.Entities != first.Entities {
		t.Errorf("second build %+v, first %+v", second, first)
	}
	if len(stored) != 2 || !stored[0] || !stored[1] || progress != 2 {
		t.Errorf("Article saw stored %v, Progress %d", stored, progress)
	}
	again, err := s.Stats(ctx)
	if err != nil || again.Quads != st.Quads {
		t.Errorf("store after the second build: %d quads (%v), want %d", again.Quads, err, st.Quads)
	}
}

// TestRunCancelled stops before reading anything when ctx is done.
func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := memoryStore(t)
	sum, err := build.Run(ctx, s, []string{article}, build.Options{})
	if !errors.Is(err, context.Canceled) || sum.Added != 0 {
		t.Fatalf("Run = %+v, %v; want nothing added and context.Canceled", sum, err)
	}
	st, err := s.Stats(context.Background())
	if err != nil || st.Quads != 0 {
		t.Errorf("store has %d quads (%v), want none", st.Quads, err)
	}
}

// TestRunUnreadable goes on after an input that cannot be read.
func TestRunUnreadable(t *testing.T) {
	s := memoryStore(t)
	var warned []string
	sum, err := build.Run(context.Background(), s, []string{"no-such-file.txt", "-"}, build.Options{
		Stdin: strings.NewReader("date 2024-03-04 Russia attacks Ukraine\nRussian forces attacked Kharkiv on Monday.\n"),
		Warn:  func(e *loaders.BadInputError) { warned = append(warned, e.Error()) },
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "no-such-file.txt: no such file or directory"
	if len(warned) != 1 || warned[0] != want || sum.Bad != 1 || sum.Added != 1 {
		t.Errorf("warned %q, summary %+v; want [%q], 1 bad, 1 added", warned, sum, want)
	}
}

// panicky is an extractor with a bug that one article's text sets off.
type panicky struct{ *extract.Extractor }

func (p panicky) Extract(a loaders.Article) *schema.Doc {
	if strings.Contains(a.Body, "sets off the bug") {
		var words []string
		_ = words[3] // index out of range
	}
	return p.Extractor.Extract(a)
}

// TestRunExtractorPanics: an article the extractor fails on is reported
// and skipped, and the articles around it are built.
func TestRunExtractorPanics(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	s := memoryStore(t)
	var warned []string
	sum, err := build.Run(context.Background(), s, []string{"-"}, build.Options{
		Extractor: panicky{x},
		Workers:   2,
		Stdin: strings.NewReader(`{"title":"Russia attacks Ukraine","date":"2024-03-04","text":"Russian forces attacked Kharkiv on Monday."}
{"title":"Talks","date":"2024-03-05","text":"This one sets off the bug."}
{"title":"Iran frees sailors","date":"2024-03-06","text":"Iran released 12 sailors on Tuesday."}
`),
		Warn: func(e *loaders.BadInputError) { warned = append(warned, e.Error()) },
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "-:2: the extractor failed on this article (a bug in newsgraph; please report it with the article): runtime error: index out of range [3] with length 0"
	if len(warned) != 1 || warned[0] != want || sum.Bad != 1 || sum.Read != 2 || sum.Added != 2 {
		t.Errorf("warned %q, summary %+v; want [%q], 1 bad, 2 read and added", warned, sum, want)
	}
}
