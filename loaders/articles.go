package loaders

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Article is one article as read from an input, before extraction.
type Article struct {
	Source   string      // where it came from: a path, "path:LINE" for JSON lines, or "-"
	ID       string      // the record's id, when the input gives one
	Date     schema.Date // publication date; zero when unknown
	Headline string      // sentence 0
	Body     string      // paragraphs separated by newlines
	URL      string      // where the article was published, when the input says
	Hash     string      // hex SHA-256 of the article's bytes
}

// Options control how inputs are read.
type Options struct {
	// Date is the publication date given to plain-text articles that have
	// no "date YYYY-MM-DD" first line. Without it such files are an error.
	Date schema.Date
	// Progress, if set, is called as input bytes are read (compressed
	// bytes for gzip) with the bytes read so far and the total size of the
	// inputs, for a progress bar's ETA. The total is 0 when unknown
	// (standard input, or an input that is not a regular file).
	Progress func(read, total int64)
	// Repaired, if set, is called for each article read after a fault
	// was mended (invalid UTF-8 replaced with U+FFFD; see Repair), before
	// the article is passed on.
	Repaired func(Repair)

	count func(io.Reader) io.Reader // set by Read from Progress
}

// wrap counts what is read from r when Progress is set.
func (o Options) wrap(r io.Reader) io.Reader {
	if o.count == nil {
		return r
	}
	return o.count(r)
}

// counter adds up the bytes read from every input for Options.Progress.
type counter struct {
	read, total int64
	report      func(read, total int64)
}

func (c *counter) wrap(r io.Reader) io.Reader { return &countingReader{r: r, c: c} }

type countingReader struct {
	r io.Reader
	c *counter
}

func (cr *countingReader) Read(p []byte) (int, error) {
	n, err := cr.r.Read(p)
	if n > 0 {
		cr.c.read += int64(n)
		cr.c.report(cr.c.read, cr.c.total)
	}
	return n, err
}

// totalSize returns the size of the inputs in bytes (for a directory, of
// its *.txt files), or 0 when one of them has no known size.
func totalSize(inputs []string) int64 {
	var total int64
	for _, in := range inputs {
		if in == "-" {
			return 0
		}
		st, err := os.Stat(in)
		switch {
		case err != nil:
			continue // reported when it is read
		case st.Mode().IsRegular():
			total += st.Size()
		case st.IsDir():
			filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
					if fi, err := d.Info(); err == nil {
						total += fi.Size()
					}
				}
				return nil
			})
		default:
			return 0
		}
	}
	return total
}

// BadInputError is an input, or one record of it, that could not be read.
// Reading goes on after it; the caller decides whether to stop.
type BadInputError struct {
	Source string
	Err    error
}

func (e *BadInputError) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *BadInputError) Unwrap() error { return e.Err }

// Read reads every article of the inputs in order and calls fn for each.
// An input is a file, a directory (every *.txt below it, in lexical order) or
// "-" for stdin. A record that cannot be read is passed to bad, and reading
// goes on; an error from fn or bad stops reading and is returned.
func Read(inputs []string, stdin io.Reader, opts Options, fn func(Article) error, bad func(*BadInputError) error) error {
	if opts.Progress != nil {
		c := &counter{total: totalSize(inputs), report: opts.Progress}
		opts.count = c.wrap
	}
	for _, in := range inputs {
		var err error
		if in == "-" {
			err = readStream("-", opts.wrap(stdin), opts, fn, bad)
		} else {
			err = readPath(in, opts, fn, bad)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func readPath(path string, opts Options, fn func(Article) error, bad func(*BadInputError) error) error {
	st, err := os.Stat(path)
	if err != nil {
		return bad(&BadInputError{path, unwrapPathError(err)})
	}
	if !st.IsDir() {
		return readFile(path, st, opts, fn, bad)
	}
	// Every *.txt file below path, in lexical order; a subdirectory that
	// cannot be read is reported in its place and skipped, alone.
	type entry struct {
		path string
		err  error
	}
	var entries []entry
	filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			entries = append(entries, entry{p, unwrapPathError(err)})
			if d != nil && d.IsDir() && p != path {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			entries = append(entries, entry{p, nil})
		}
		return nil
	})
	sort.Slice(entries, func(i, j int) bool { return entries[i].path < entries[j].path })
	for _, e := range entries {
		if e.err != nil {
			if err := bad(&BadInputError{e.path, e.err}); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(e.path) // follows a link, as opening would
		if err != nil {
			if err := bad(&BadInputError{e.path, unwrapPathError(err)}); err != nil {
				return err
			}
			continue
		}
		if st.IsDir() {
			continue // a directory named *.txt, or a link to one
		}
		if err := readFile(e.path, st, opts, fn, bad); err != nil {
			return err
		}
	}
	return nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFile reads the file at path, whose Stat is st. A file that is not
// regular (a named pipe, a device, a socket) is skipped by name without
// being opened: opening a named pipe nobody writes to would wait forever.
// Standard input ("-") is the way to pipe articles in.
func readFile(path string, st fs.FileInfo, opts Options, fn func(Article) error, bad func(*BadInputError) error) error {
	if !st.Mode().IsRegular() {
		return bad(&BadInputError{path, fmt.Errorf("%s, not a regular file (give - to read standard input)", fileKind(st.Mode()))})
	}
	f, err := os.Open(path)
	if err != nil {
		return bad(&BadInputError{path, unwrapPathError(err)})
	}
	defer f.Close()
	return readStream(path, opts.wrap(f), opts, fn, bad)
}

// readStream sniffs the stream: gzip by its magic bytes, JSON lines by a
// first non-space '{', otherwise one article.
func readStream(name string, r io.Reader, opts Options, fn func(Article) error, bad func(*BadInputError) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return bad(&BadInputError{name, err})
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	first, err := firstNonSpace(br)
	if err != nil {
		return bad(&BadInputError{name, err})
	}
	if first == '{' {
		return readJSONLines(name, br, opts, fn, bad)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return bad(&BadInputError{name, err})
	}
	if why := binaryData(data); why != "" {
		return bad(&BadInputError{name, errors.New(why)})
	}
	a, err := ParseArticle(data, opts)
	if err != nil {
		return bad(&BadInputError{name, err})
	}
	a.Source = name
	if r, ok := utf8Repair(name, 1, data); ok && opts.Repaired != nil {
		opts.Repaired(r)
	}
	return fn(a)
}

func firstNonSpace(br *bufio.Reader) (byte, error) {
	for n := 1; ; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			if err == io.EOF || err == bufio.ErrBufferFull {
				return 0, errors.New("empty input")
			}
			return 0, err
		}
		switch c := b[n-1]; c {
		case ' ', '\t', '\r', '\n':
			continue
		default:
			return c, nil
		}
	}
}

type jsonRecord struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Title string `json:"title"`
	Text  string `json:"text"`
	URL   string `json:"url"`
}

func readJSONLines(name string, br *bufio.Reader, opts Options, fn func(Article) error, bad func(*BadInputError) error) error {
	line := 0
	for {
		raw, err := br.ReadBytes('\n')
		if len(raw) > 0 {
			line++
			if rec := bytes.TrimSpace(raw); len(rec) > 0 {
				src := fmt.Sprintf("%s:%d", name, line)
				a, perr := parseRecord(rec)
				if perr != nil {
					if err := bad(&BadInputError{src, perr}); err != nil {
						return err
					}
				} else {
					a.Source = src
					if r, ok := utf8Repair(name, line, rec); ok && opts.Repaired != nil {
						opts.Repaired(r)
					}
					if err := fn(a); err != nil {
						return err
					}
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return bad(&BadInputError{name, err})
		}
	}
}

func parseRecord(rec []byte) (Article, error) {
	var r jsonRecord
	if err := json.Unmarshal(rec, &r); err != nil {
		return Article{}, fmt.Errorf("not a JSON record: %v", err)
	}
	if strings.TrimSpace(r.Text) == "" && strings.TrimSpace(r.Title) == "" {
		return Article{}, errors.New(`record has no "title" and no "text"`)
	}
	a := Article{ID: r.ID, Headline: oneLine(r.Title), Body: r.Text, URL: r.URL, Hash: hashOf(rec)}
	if r.Date != "" {
		d, err := schema.ParseDate(r.Date)
		if err != nil {
			return Article{}, err
		}
		a.Date = d
	}
	return a, nil
}

// ParseArticle reads one article file: a first line "date YYYY-MM-DD
// headline" (leading white space allowed), then the body. Without that line
// the text is accepted only when opts.Date is set; its first line is then the
// headline. Invalid UTF-8 is replaced with U+FFFD (see Repair); the hash is
// of data as given.
func ParseArticle(data []byte, opts Options) (Article, error) {
	a := Article{Hash: hashOf(data)}
	text := strings.TrimLeft(strings.ToValidUTF8(string(data), replacement), " \t\r\n\ufeff")
	if text == "" {
		return Article{}, errors.New("empty input")
	}
	text = lineEnds.Replace(text)
	first, rest, _ := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	if f := strings.Fields(first); len(f) >= 2 && f[0] == "date" {
		d, err := schema.ParseDate(f[1])
		if err != nil || d.Day == 0 {
			return Article{}, fmt.Errorf("first line: want \"date YYYY-MM-DD headline\", got %q", truncate(first, 40))
		}
		a.Date = d
		a.Headline = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(first, "date"), " "))
		a.Headline = oneLine(strings.TrimPrefix(strings.TrimSpace(a.Headline), f[1]))
		a.Body = rest
		return a, nil
	}
	if opts.Date.IsZero() {
		return Article{}, errors.New(`no "date YYYY-MM-DD headline" first line; give --date for plain text`)
	}
	a.Date = opts.Date
	a.Headline = oneLine(first)
	a.Body = rest
	return a, nil
}

// lineEnds makes the line ends of a text file "\n": Windows' "\r\n" and
// old Macintosh's "\r" alike.
var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// lineBreaks are the characters that end a line: a headline holds none.
const lineBreaks = "\n\r\v\f\u0085\u2028\u2029"

// oneLine returns a headline on one line: each line break (a JSON title
// may hold some) becomes a space, and the ends are trimmed.
func oneLine(s string) string {
	if strings.ContainsAny(s, lineBreaks) {
		s = strings.Map(func(r rune) rune {
			if strings.ContainsRune(lineBreaks, r) {
				return ' '
			}
			return r
		}, lineEnds.Replace(s))
	}
	return strings.TrimSpace(s)
}

func hashOf(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
