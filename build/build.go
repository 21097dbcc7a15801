// Package build is newsgraph's build pipeline as a library: it reads news
// articles, extracts their graphs in parallel, resolves their entities
// against the store's and writes them to a graph.Store in input order,
// whole articles per transaction.
//
// Run is what the newsgraph build command does, without the command line:
// progress, warnings and each article's graph reach the caller through
// the callbacks of Options.
//
//	s, err := graph.Open("news.db", graph.Options{})
//	...
//	sum, err := build.Run(ctx, s, []string{"articles/"}, build.Options{})
//
// An article is identified by the SHA-256 of its bytes, so a build that
// was interrupted (by cancelling ctx) is resumed by running it again: the
// articles already stored are skipped, and the store ends as a clean build
// would have left it.
package build

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/loaders/refdata"
	"github.com/newsgraph/newsgraph/resolve"
	"github.com/newsgraph/newsgraph/schema"
)

// DefaultBatch is how many articles Run writes per transaction unless
// Options.Batch says otherwise.
const DefaultBatch = 256

// AskIndexAfter is how many new articles make Run refresh the side index of
// the question commands (graph.Store.WriteAskIndex), so that the first
// question after a large build does not pay for it; a small addition
// leaves that to the first question, to stay fast.
const AskIndexAfter = 1000

// Extractor reads an article into its graph; *extract.Extractor is the
// one newsgraph has.
type Extractor interface {
	Extract(loaders.Article) *schema.Doc
	// Codes is the CAMEO codebook the events are coded with.
	Codes() *schema.Codes
	// Tables are the reference tables the extractor reads names with; the
	// resolver matches stored entities against the same tables.
	Tables() *refdata.Tables
}

// Options control a build. The zero value builds with one worker per core,
// DefaultBatch articles per transaction, and no callbacks.
type Options struct {
	// Extractor reads the articles; nil makes one with extract.New.
	Extractor Extractor
	// Workers is how many articles are extracted in parallel; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Batch is how many articles are written per transaction; 0 means
	// DefaultBatch.
	Batch int
	// Read is how the inputs are read (the date of plain-text articles,
	// the byte progress of the inputs).
	Read loaders.Options
	// Stdin is read for an input of "-".
	Stdin io.Reader

	// Warn, if set, is called with each input (or record) that cannot be
	// read; it is skipped and counted in Summary.Bad, and the build goes on.
	// It is called from the goroutine that reads the inputs, before the
	// articles after it are extracted.
	Warn func(*loaders.BadInputError)
	// Article, if set, is called from Run's goroutine with the graph of
	// each article, in input order, after its entities were resolved against the store's; stored
	// reports whether the article was already in the store.
	Article func(doc *schema.Doc, stored bool)
	// Progress, if set, is called from Run's goroutine after each article,
	// in input order, with the number of articles read so far.
	Progress func(articles int)
}

// Summary counts what a build did. Words, Entities, Events and Quads
// describe every article read, new or already stored.
type Summary struct {
	Read     int // articles read
	Added    int // articles new to the store
	Bad      int // inputs or records that could not be read
	Words    int
	Entities int // distinct entities named
	Events   int
	Quads    int
	Merged   int // entities of new articles re-pointed to a stored node
}

// Stored returns the number of articles read that were already stored.
func (s Summary) Stored() int { return s.Read - s.Added }

type job struct {
	seq int
	a   loaders.Article
}

// result is an extracted article; doc is nil when the build was
// interrupted before it was read.
type result struct {
	seq int
	src string // the article's loaders.Article.Source
	doc *schema.Doc
	err error // the extractor failed on the article (extract)
}

// extract reads one article, turning a panic of the extractor's (a bug,
// which one article's text can set off) into an error, so that the
// article is reported and skipped and the build goes on.
func (p *pipeline) extract(a loaders.Article) (doc *schema.Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("the extractor failed on this article (a bug in newsgraph; please report it with the article): %v", r)
		}
	}()
	doc = p.Extractor.Extract(a)
	doc.Article.ID = a.ID // the record's id, for joining answers back to the user's data
	return doc, nil
}

// newResolver indexes the entities of the store for cross-article
// resolution (package resolve).
func newResolver(ctx context.Context, s *graph.Store, t *refdata.Tables) (*resolve.Resolver, error) {
	nodes, err := s.EntityNodes(ctx)
	if err != nil {
		return nil, err
	}
	r := resolve.New(t)
	for _, n := range nodes {
		r.AddNode(n)
	}
	return r, nil
}

// Run builds the articles of inputs into s: one goroutine reads the
// inputs, workers extract in parallel, and the calling goroutine takes the
// articles back in input order, resolves their entities against the
// store's and writes batches of whole articles, one transaction each,
// behind them.
//
// An input is an article file, a directory of *.txt articles, a JSON-lines
// file of {"id","date","title","text"} records (gzipped or not), or "-" for
// Options.Stdin (see package loaders). An input that cannot be read is
// passed to Options.Warn and skipped.
//
// When ctx is cancelled, Run writes the articles read before the first
// one it had not finished, none after them, and returns ctx's error with
// the summary of what it did; running the same build again goes on from
// there. After a build that added articles, the index of entity nodes is
// saved with the store (graph.Store.SaveEntityNodes), and after one that
// added AskIndexAfter articles or more, the ask index is refreshed.
func Run(ctx context.Context, s *graph.Store, inputs []string, opts Options) (Summary, error) {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.Batch <= 0 {
		opts.Batch = DefaultBatch
	}
	if opts.Extractor == nil {
		x, err := extract.New()
		if err != nil {
			return Summary{}, err
		}
		opts.Extractor = x
	}
	p := &pipeline{Options: opts, store: s, entities: map[quad.IRI]bool{}, seen: map[string]bool{}}
	sum, err := p.run(ctx, inputs)
	if err == nil && sum.Added >= AskIndexAfter && s.Path() != graph.Memory {
		err = s.WriteAskIndex(ctx)
	}
	return sum, err
}

// pipeline is the state of one Run.
type pipeline struct {
	Options
	store *graph.Store

	sum      Summary
	entities map[quad.IRI]bool // entities named, for Summary.Entities
	res      *resolve.Resolver
	index    chan indexed    // the resolver, read while the first articles are extracted
	seen     map[string]bool // hashes read in this build
	pending  [][]quad.Quad   // new articles not written yet
}

type indexed struct {
	r   *resolve.Resolver
	err error
}

func (p *pipeline) run(ctx context.Context, inputs []string) (Summary, error) {
	p.index = make(chan indexed, 1)
	go func() {
		r, err := newResolver(ctx, p.store, p.Extractor.Tables())
		p.index <- indexed{r, err}
	}()
	readCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, 4*p.Workers)
	results := make(chan result, 4*p.Workers)
	var readErr error
	bad := 0
	go func() {
		defer close(jobs)
		seq := 0
		readErr = loaders.Read(inputs, p.Stdin, p.Read, func(a loaders.Article) error {
			select {
			case jobs <- job{seq, a}:
				seq++
				return nil
			case <-readCtx.Done():
				return readCtx.Err()
			}
		}, func(e *loaders.BadInputError) error {
			bad++
			if p.Warn != nil {
				p.Warn(e)
			}
			return nil
		})
	}()
	var wg sync.WaitGroup
	for w := 0; w < p.Workers; w++ {
		wg.Go(func() {
			for j := range jobs {
				if readCtx.Err() != nil {
					results <- result{seq: j.seq} // interrupted: not read
					continue
				}
				doc, err := p.extract(j.a)
				results <- result{seq: j.seq, src: j.a.Source, doc: doc, err: err}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var writeErr error
	stopped := false // an error, or an article missing after an interrupt
	next := 0
	waiting := map[int]result{}
	for r := range results {
		waiting[r.seq] = r
		for !stopped {
			r, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			if r.err != nil {
				p.sum.Bad++
				if p.Warn != nil {
					p.Warn(&loaders.BadInputError{Source: r.src, Err: r.err})
				}
				continue
			}
			if r.doc == nil {
				// Interrupted: write what came before, in order, and
				// nothing after, so a rerun resolves as a clean build.
				stopped = true
				break
			}
			p.sum.Read++
			if writeErr = p.write(r.src, r.doc); writeErr != nil {
				stopped = true
				cancel()
				break
			}
			if p.Progress != nil {
				p.Progress(p.sum.Read)
			}
		}
		if stopped {
			clear(waiting) // drain
		}
	}
	if writeErr == nil {
		writeErr = p.flush()
	}
	if writeErr == nil && p.sum.Added > 0 {
		// Every article indexed is written: keep the index with the
		// store, so that the next build need not read it from the quads.
		writeErr = p.store.SaveEntityNodes(p.res.Nodes())
	}
	p.sum.Bad += bad
	p.sum.Entities = len(p.entities)
	switch {
	case writeErr != nil:
		return p.sum, writeErr
	case ctx.Err() != nil:
		return p.sum, ctx.Err()
	case readErr != nil:
		return p.sum, readErr
	}
	return p.sum, nil
}

// write resolves and queues one article read from src, in input order,
// and writes the queue when it holds a batch. An article whose quads the
// store would refuse (graph.CheckQuads) is reported to Warn and skipped,
// so that it never costs the other articles of its batch their place.
func (p *pipeline) write(src string, doc *schema.Doc) error {
	if p.res == nil {
		l := <-p.index
		if l.err != nil {
			return l.err
		}
		p.res = l.r
	}
	hash := doc.Article.Hash
	stored := p.seen[hash]
	if !stored {
		var err error
		if stored, err = p.store.HasArticle(hash); err != nil {
			return err
		}
	}
	p.seen[hash] = true
	// Only new articles are indexed, so that the index stays exactly what
	// the store holds; stored ones are resolved only to be described in
	// the summary.
	merged := p.res.Resolve(doc)
	qs := doc.Quads(p.Extractor.Codes())
	if err := graph.CheckQuads(qs); err != nil {
		p.sum.Read-- // not an article read after all, but a bad input
		p.sum.Bad++
		if p.Warn != nil {
			p.Warn(&loaders.BadInputError{Source: src, Err: err})
		}
		return nil
	}
	if !stored {
		p.sum.Merged += merged
		p.res.Add(doc)
	}
	if p.Article != nil {
		p.Article(doc, stored)
	}
	// Count words, entities, events and quads of what was built, new or
	// not: the summary describes the input.
	p.sum.Words += doc.Article.Words
	p.sum.Events += len(doc.Events)
	p.sum.Quads += len(qs)
	for _, e := range doc.Entities {
		p.entities[e.IRI()] = true
	}
	if stored {
		return nil
	}
	p.pending = append(p.pending, qs)
	if len(p.pending) >= p.Batch {
		return p.flush()
	}
	return nil
}

// flush writes the queued articles in one transaction.
func (p *pipeline) flush() error {
	if len(p.pending) == 0 {
		return nil
	}
	added, err := p.store.AddArticles(p.pending)
	if err != nil {
		return err
	}
	p.sum.Added += added
	p.pending = p.pending[:0]
	return nil
}
