package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// pipeline builds articles into the store: one goroutine reads inputs,
// workers extract in parallel, and the caller's goroutine writes batches of
// whole articles, one transaction each, behind them.
type pipeline struct {
	x        *extract.Extractor
	store    *graph.Store
	opts     loaders.Options
	workers  int
	batch    int
	stdin    io.Reader
	warn     io.Writer // where unreadable inputs are reported
	show     io.Writer // if set, each article's graph is printed there
	progress *progress
}

// summary counts what a build did.
type summary struct {
	read, added, bad     int
	words, events, quads int
	entities             map[quad.IRI]bool
	firstErr             error
}

func (s summary) String() string {
	return fmt.Sprintf("%s read (%s new, %s already stored), %s words, %s entities, %s events, %s quads",
		plural(s.read, "article"), thousands(s.added), thousands(s.read-s.added), thousands(s.words),
		thousands(len(s.entities)), thousands(s.events), thousands(s.quads))
}

type job struct {
	a loaders.Article
}

type result struct {
	doc      *schema.Doc
	quads    []quad.Quad
	words    int
	events   int
	entities []quad.IRI
}

func (p *pipeline) run(ctx context.Context, inputs []string) (summary, error) {
	sum := summary{entities: map[quad.IRI]bool{}}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, 4*p.workers)
	results := make(chan result, 4*p.workers)
	var readErr error
	var bad int
	go func() {
		defer close(jobs)
		readErr = loaders.Read(inputs, p.stdin, p.opts, func(a loaders.Article) error {
			select {
			case jobs <- job{a}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(e *loaders.BadInputError) error {
			bad++
			fmt.Fprintf(p.warn, "newsgraph: skipped %v\n", e)
			return nil
		})
	}()
	var wg sync.WaitGroup
	for w := 0; w < p.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				doc := p.x.Extract(j.a)
				r := result{doc: doc, quads: doc.Quads(p.x.Codes()), words: doc.Article.Words, events: len(doc.Events)}
				for _, e := range doc.Entities {
					r.entities = append(r.entities, e.IRI())
				}
				results <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var pending [][]quad.Quad
	var pendingRes []result
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		added, err := p.store.AddArticles(pending)
		if err != nil {
			return err
		}
		sum.added += added
		// Count words, entities, events and quads of what was built, new
		// or not: the summary describes the input.
		for _, r := range pendingRes {
			sum.words += r.words
			sum.events += r.events
			sum.quads += len(r.quads)
			for _, e := range r.entities {
				sum.entities[e] = true
			}
		}
		pending, pendingRes = pending[:0], pendingRes[:0]
		return nil
	}
	var writeErr error
	for r := range results {
		if writeErr != nil {
			continue // drain
		}
		sum.read++
		if p.show != nil {
			writeDoc(p.show, r.doc)
		}
		pending = append(pending, r.quads)
		pendingRes = append(pendingRes, r)
		if len(pending) >= p.batch {
			if writeErr = flush(); writeErr != nil {
				cancel()
			}
		}
		if p.progress != nil {
			p.progress.update(sum.read)
		}
	}
	if writeErr == nil {
		writeErr = flush()
	}
	sum.bad = bad
	if writeErr != nil {
		return sum, writeErr
	}
	if readErr != nil {
		return sum, readErr
	}
	return sum, nil
}

// progress reports a long build on standard error: a line redrawn in place
// on a terminal, a plain line every ten seconds otherwise.
type progress struct {
	w     io.Writer
	tty   bool
	start time.Time
	last  time.Time
	n     int
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now(), last: time.Now()}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

func (p *progress) update(n int) {
	p.n = n
	every := 10 * time.Second
	if p.tty {
		every = 200 * time.Millisecond
	}
	if time.Since(p.last) < every {
		return
	}
	p.last = time.Now()
	p.print()
}

func (p *progress) print() {
	secs := time.Since(p.start).Seconds()
	rate := float64(p.n) / secs
	line := fmt.Sprintf("newsgraph: %s articles, %s articles/s, %.0f s", thousands(p.n), thousands(int(rate)), secs)
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s", line)
	} else {
		fmt.Fprintln(p.w, line)
	}
}

func (p *progress) done() {
	if p.tty && p.n > 0 {
		p.print()
		fmt.Fprintln(p.w)
	}
}

// peakMemory returns the process's peak resident memory, from Linux's
// /proc/self/status (VmHWM), or "unknown" elsewhere.
func peakMemory() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) == 2 && f[1] == "kB" {
				kb, err := strconv.Atoi(f[0])
				if err == nil {
					return fmt.Sprintf("%d MiB", kb/1024)
				}
			}
		}
	}
	return "unknown"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return thousands(n) + " " + word + "s"
}

// thousands writes n with comma separators: 24158 → "24,158".
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
