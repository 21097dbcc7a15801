package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/resolve"
	"github.com/newsgraph/newsgraph/schema"
)

// pipeline builds articles into the store: one goroutine reads inputs,
// workers extract in parallel, and the caller's goroutine takes the
// articles back in input order, resolves their entities against the
// store's (package resolve) and writes batches of whole articles, one
// transaction each, behind them.
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
	merged               int // article entities re-pointed to a stored node
}

func (s summary) String() string {
	return fmt.Sprintf("%s read (%s new, %s already stored), %s words, %s entities (%s merged), %s events, %s quads",
		plural(s.read, "article"), thousands(s.added), thousands(s.read-s.added), thousands(s.words),
		thousands(len(s.entities)), thousands(s.merged), thousands(s.events), thousands(s.quads))
}

type job struct {
	seq int
	a   loaders.Article
}

// result is an extracted article; doc is nil when the build was
// interrupted before it was read.
type result struct {
	seq int
	doc *schema.Doc
}

// loadResolver indexes the entities of the store for resolution.
func loadResolver(ctx context.Context, s *graph.Store) (*resolve.Resolver, error) {
	nodes, err := s.EntityNodes(ctx)
	if err != nil {
		return nil, err
	}
	r := resolve.New()
	for _, n := range nodes {
		r.AddNode(n)
	}
	return r, nil
}

func (p *pipeline) run(ctx context.Context, inputs []string) (summary, error) {
	sum := summary{entities: map[quad.IRI]bool{}}
	// The index is read while the first articles are extracted.
	type loaded struct {
		r   *resolve.Resolver
		err error
	}
	index := make(chan loaded, 1)
	go func() {
		r, err := loadResolver(ctx, p.store)
		index <- loaded{r, err}
	}()
	readCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, 4*p.workers)
	results := make(chan result, 4*p.workers)
	var readErr error
	var bad int
	opts := p.opts
	if p.progress != nil {
		opts.Progress = p.progress.bytes
	}
	go func() {
		defer close(jobs)
		seq := 0
		readErr = loaders.Read(inputs, p.stdin, opts, func(a loaders.Article) error {
			select {
			case jobs <- job{seq, a}:
				seq++
				return nil
			case <-readCtx.Done():
				return readCtx.Err()
			}
		}, func(e *loaders.BadInputError) error {
			bad++
			fmt.Fprintf(p.warn, "newsgraph: skipped %v\n", e)
			return nil
		})
	}()
	var wg sync.WaitGroup
	for w := 0; w < p.workers; w++ {
		wg.Go(func() {
			for j := range jobs {
				if readCtx.Err() != nil {
					results <- result{seq: j.seq} // interrupted: not read
					continue
				}
				doc := p.x.Extract(j.a)
				doc.Article.ID = j.a.ID // the record's id, for joining answers back to the user's data
				results <- result{seq: j.seq, doc: doc}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var res *resolve.Resolver
	seen := map[string]bool{} // hashes read in this build
	var pending [][]quad.Quad
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		added, err := p.store.AddArticles(pending)
		if err != nil {
			return err
		}
		sum.added += added
		pending = pending[:0]
		return nil
	}
	// write resolves and queues one article, in input order.
	write := func(doc *schema.Doc) error {
		if res == nil {
			l := <-index
			if l.err != nil {
				return l.err
			}
			res = l.r
		}
		hash := doc.Article.Hash
		stored := seen[hash]
		if !stored {
			var err error
			if stored, err = p.store.HasArticle(hash); err != nil {
				return err
			}
		}
		seen[hash] = true
		// Only new articles are indexed, so that the index stays exactly
		// what the store holds; stored ones are resolved only to be
		// described in the summary.
		merged := res.Resolve(doc)
		if !stored {
			sum.merged += merged
			res.Add(doc)
		}
		qs := doc.Quads(p.x.Codes())
		if p.show != nil {
			writeDoc(p.show, doc)
		}
		// Count words, entities, events and quads of what was built, new
		// or not: the summary describes the input.
		sum.words += doc.Article.Words
		sum.events += len(doc.Events)
		sum.quads += len(qs)
		for _, e := range doc.Entities {
			sum.entities[e.IRI()] = true
		}
		if stored {
			return nil
		}
		pending = append(pending, qs)
		if len(pending) >= p.batch {
			return flush()
		}
		return nil
	}
	var writeErr error
	stopped := false // an error, or an article missing after an interrupt
	next := 0
	waiting := map[int]*schema.Doc{}
	for r := range results {
		waiting[r.seq] = r.doc
		for !stopped {
			doc, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			if doc == nil {
				// Interrupted: write what came before, in order, and
				// nothing after, so a rerun resolves as a clean build.
				stopped = true
				break
			}
			sum.read++
			if writeErr = write(doc); writeErr != nil {
				stopped = true
				cancel()
				break
			}
			if p.progress != nil {
				p.progress.update(sum.read)
			}
		}
		if stopped {
			clear(waiting) // drain
		}
	}
	if writeErr == nil {
		writeErr = flush()
	}
	if writeErr == nil && sum.added > 0 {
		// Every article indexed is written: keep the index with the
		// store, so that the next build need not read it from the quads.
		writeErr = p.store.SaveEntityNodes(res.Nodes())
	}
	sum.bad = bad
	if writeErr != nil {
		return sum, writeErr
	}
	if ctx.Err() != nil {
		return sum, ctx.Err()
	}
	if readErr != nil {
		return sum, readErr
	}
	return sum, nil
}

// progress reports a long build on standard error: a line redrawn in place
// on a terminal, a plain line every ten seconds otherwise. When the inputs
// are regular files the share of their bytes read gives an ETA.
type progress struct {
	w     io.Writer
	tty   bool
	start time.Time
	last  time.Time
	n     int
	read  atomic.Int64 // input bytes read, from the reader goroutine
	total atomic.Int64 // input bytes in all, 0 when unknown
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

// bytes is the loaders.Options.Progress hook.
func (p *progress) bytes(read, total int64) {
	p.read.Store(read)
	p.total.Store(total)
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
	p.print(false)
}

func (p *progress) print(final bool) {
	secs := time.Since(p.start).Seconds()
	rate := float64(p.n) / secs
	line := fmt.Sprintf("newsgraph: %s articles", thousands(p.n))
	read, total := p.read.Load(), p.total.Load()
	if total > 0 && read > 0 {
		frac := min(float64(read)/float64(total), 1)
		line += fmt.Sprintf(" (%.0f%%)", 100*frac)
		if p.tty {
			line = "newsgraph: " + bar(frac, 24) + line[len("newsgraph:"):]
		}
		line += fmt.Sprintf(", %s articles/s", thousands(int(rate)))
		if !final {
			line += ", ETA " + eta(secs*(1-frac)/frac)
		} else {
			line += fmt.Sprintf(", %.0f s", secs)
		}
	} else {
		line += fmt.Sprintf(", %s articles/s, %.0f s", thousands(int(rate)), secs)
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s", line)
	} else {
		fmt.Fprintln(p.w, line)
	}
}

func (p *progress) done() {
	if p.tty && p.n > 0 {
		p.print(true)
		fmt.Fprintln(p.w)
	}
}

// bar draws a progress bar width characters wide.
func bar(frac float64, width int) string {
	full := int(frac * float64(width))
	return "[" + strings.Repeat("#", full) + strings.Repeat(".", width-full) + "]"
}

// eta writes a remaining time as "1m05s" or "42s".
func eta(secs float64) string {
	d := time.Duration(secs+0.5) * time.Second
	if d >= time.Minute {
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%ds", int(d.Seconds()))
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
