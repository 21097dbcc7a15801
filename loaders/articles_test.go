package loaders

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// sum is the expected Hash of b, computed independently of hashOf.
func sum(b string) string {
	s := sha256.Sum256([]byte(b))
	return hex.EncodeToString(s[:])
}

func write(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var dec13 = schema.Date{Year: 2023, Month: 12, Day: 13}

func TestParseArticle(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts Options
		want Article // Hash is filled in from in
	}{
		{
			name: "date line, headline and body",
			in:   "date 2023-12-13 Azerbaijan releases 32 Armenians\nBaku freed 32 soldiers.\n\nYerevan welcomed it.\n",
			want: Article{Date: dec13, Headline: "Azerbaijan releases 32 Armenians", Body: "Baku freed 32 soldiers.\n\nYerevan welcomed it.\n"},
		},
		{
			name: "leading blank lines and indentation",
			in:   "\n\n  \tdate 2023-12-13 Headline\nBody",
			want: Article{Date: dec13, Headline: "Headline", Body: "Body"},
		},
		{
			name: "byte order mark",
			in:   "\ufeffdate 2023-12-13 Headline\nBody",
			want: Article{Date: dec13, Headline: "Headline", Body: "Body"},
		},
		{
			name: "byte order mark then white space",
			in:   "\ufeff \r\ndate 2023-12-13 Headline\nBody",
			want: Article{Date: dec13, Headline: "Headline", Body: "Body"},
		},
		{
			name: "CRLF line ends",
			in:   "date 2023-12-13 Headline\r\nBody\r\n",
			want: Article{Date: dec13, Headline: "Headline", Body: "Body\n"},
		},
		{
			// Old Macintosh files: the whole text was the headline.
			name: "CR line ends",
			in:   "date 2023-12-13 Headline\rBody\rMore\r",
			want: Article{Date: dec13, Headline: "Headline", Body: "Body\nMore\n"},
		},
		{
			name: "tabs and extra spaces around the date",
			in:   "date\t2023-12-13 \t  Many   spaces  kept \nBody",
			want: Article{Date: dec13, Headline: "Many   spaces  kept", Body: "Body"},
		},
		{
			name: "headline that repeats the date",
			in:   "date 2023-12-13 2023-12-13 summit\nBody",
			want: Article{Date: dec13, Headline: "2023-12-13 summit", Body: "Body"},
		},
		{
			name: "date line without a headline",
			in:   "date 2023-12-13\nBody",
			want: Article{Date: dec13, Body: "Body"},
		},
		{
			name: "only the date line",
			in:   "date 2024-02-29 Leap day",
			want: Article{Date: schema.Date{Year: 2024, Month: 2, Day: 29}, Headline: "Leap day"},
		},
		{
			name: "date line wins over Options.Date",
			in:   "date 2023-12-13 Headline\nBody",
			opts: Options{Date: schema.Date{Year: 2020, Month: 1, Day: 1}},
			want: Article{Date: dec13, Headline: "Headline", Body: "Body"},
		},
		{
			name: "plain text with Options.Date",
			in:   "  Armenia and Azerbaijan agree  \nFirst paragraph.\nSecond paragraph.",
			opts: Options{Date: dec13},
			want: Article{Date: dec13, Headline: "Armenia and Azerbaijan agree", Body: "First paragraph.\nSecond paragraph."},
		},
		{
			name: "plain text with a year-only Options.Date",
			in:   "Headline only",
			opts: Options{Date: schema.Date{Year: 2023}},
			want: Article{Date: schema.Date{Year: 2023}, Headline: "Headline only"},
		},
		{
			name: "a lone word date is plain text",
			in:   "date\nBody",
			opts: Options{Date: dec13},
			want: Article{Date: dec13, Headline: "date", Body: "Body"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.want.Hash = sum(tt.in)
			got, err := ParseArticle([]byte(tt.in), tt.opts)
			if err != nil || got != tt.want {
				t.Errorf("ParseArticle(%q) =\n %#v, %v\nwant\n %#v, nil", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseArticleErrors(t *testing.T) {
	const noDate = `no "date YYYY-MM-DD headline" first line; give --date for plain text`
	tests := []struct {
		name string
		in   string
		opts Options
		want string
	}{
		{"empty", "", Options{}, "empty input"},
		{"only white space", " \n\t\r\n\ufeff", Options{Date: dec13}, "empty input"},
		{"no date line", "Headline\nBody", Options{}, noDate},
		{"capitalised Date is not a date line", "Date 2023-12-13 Headline\nBody", Options{}, noDate},
		{"month out of range", "date 2023-13-01 Headline\nBody", Options{Date: dec13},
			`first line: want "date YYYY-MM-DD headline", got "date 2023-13-01 Headline"`},
		{"not a leap year", "date 2023-02-29 Headline", Options{},
			`first line: want "date YYYY-MM-DD headline", got "date 2023-02-29 Headline"`},
		{"month precision only", "date 2023-12 Headline", Options{},
			`first line: want "date YYYY-MM-DD headline", got "date 2023-12 Headline"`},
		{"year precision only", "date 2023 Headline", Options{},
			`first line: want "date YYYY-MM-DD headline", got "date 2023 Headline"`},
		{"word for a date", "date yesterday Headline", Options{},
			`first line: want "date YYYY-MM-DD headline", got "date yesterday Headline"`},
		{"date glued to headline", "date 2023-12-13Headline", Options{},
			`first line: want "date YYYY-MM-DD headline", got "date 2023-12-13Headline"`},
		{"long first line is cut at 40 bytes", "date 13/12/2023 Azerbaijan releases thirty-two Armenian soldiers\nBody", Options{},
			`first line: want "date YYYY-MM-DD headline", got "date 13/12/2023 Azerbaijan releases thir…"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseArticle([]byte(tt.in), tt.opts)
			if err == nil {
				t.Fatalf("ParseArticle(%q) = %#v, nil; want error %q", tt.in, got, tt.want)
			}
			if err.Error() != tt.want || got != (Article{}) {
				t.Errorf("ParseArticle(%q) = %#v, %q; want Article{}, %q", tt.in, got, err, tt.want)
			}
		})
	}
}

// result is one callback of Read: an article, or a bad input's message.
type result struct {
	Article Article
	Bad     string
}

// readAll runs Read and returns every callback in order.
func readAll(t *testing.T, inputs []string, stdin string, opts Options) []result {
	t.Helper()
	var out []result
	err := Read(inputs, strings.NewReader(stdin), opts,
		func(a Article) error {
			out = append(out, result{Article: a})
			return nil
		},
		func(b *BadInputError) error {
			out = append(out, result{Bad: b.Error()})
			return nil
		})
	if err != nil {
		t.Fatalf("Read returned %v; the callbacks returned no error", err)
	}
	return out
}

func checkResults(t *testing.T, got, want []result) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read gave %d callbacks:", len(got))
		for i, r := range got {
			t.Errorf("  got  %d: %#v", i, r)
		}
		for i, r := range want {
			t.Errorf("  want %d: %#v", i, r)
		}
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	content := "date 2023-12-13 Azerbaijan releases 32 Armenians\nBaku freed 32 soldiers.\n"
	path := write(t, filepath.Join(dir, "a.txt"), content)
	got := readAll(t, []string{path}, "", Options{})
	checkResults(t, got, []result{{Article: Article{
		Source: path, Date: dec13, Headline: "Azerbaijan releases 32 Armenians",
		Body: "Baku freed 32 soldiers.\n", Hash: sum(content),
	}}})
}

func TestReadFileAnyName(t *testing.T) {
	// A file named on the command line is read whatever its extension.
	dir := t.TempDir()
	content := "date 2023-12-13 Headline\nBody"
	path := write(t, filepath.Join(dir, "article.md"), content)
	got := readAll(t, []string{path}, "", Options{})
	checkResults(t, got, []result{{Article: Article{Source: path, Date: dec13, Headline: "Headline", Body: "Body", Hash: sum(content)}}})
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":          "date 2023-12-02 B\nbody b",
		"a.txt":          "date 2023-12-01 A\nbody a",
		"sub/c.txt":      "date 2023-12-03 C\nbody c",
		"sub/deep/d.txt": "date 2023-12-04 D\nbody d",
		"a/x.txt":        "date 2023-12-05 X\nbody x",
		"a-b.txt":        "date 2023-12-06 AB\nbody ab",
		"plain.txt":      "Plain headline\nplain body",
		"notes.md":       "date 2023-12-07 not read\n",
		"c.txt.gz":       gzipped(t, "date 2023-12-08 not read\n"),
		"e.TXT":          "date 2023-12-09 not read\n",
	}
	for name, content := range files {
		write(t, filepath.Join(dir, name), content)
	}
	if err := os.Mkdir(filepath.Join(dir, "dir.txt"), 0o755); err != nil { // a directory named *.txt
		t.Fatal(err)
	}
	art := func(name string, day int, headline, body string) result {
		return result{Article: Article{
			Source: filepath.Join(dir, name), Date: schema.Date{Year: 2023, Month: 12, Day: day},
			Headline: headline, Body: body, Hash: sum(files[name]),
		}}
	}
	// Lexical order of the whole path: "a-b.txt" < "a.txt" < "a/x.txt".
	want := []result{
		art("a-b.txt", 6, "AB", "body ab"),
		art("a.txt", 1, "A", "body a"),
		art("a/x.txt", 5, "X", "body x"),
		art("b.txt", 2, "B", "body b"),
		art("plain.txt", 20, "Plain headline", "plain body"),
		art("sub/c.txt", 3, "C", "body c"),
		art("sub/deep/d.txt", 4, "D", "body d"),
	}
	got := readAll(t, []string{dir}, "", Options{Date: schema.Date{Year: 2023, Month: 12, Day: 20}})
	checkResults(t, got, want)

	t.Run("without Options.Date the plain file is bad and reading goes on", func(t *testing.T) {
		want := append([]result(nil), want...)
		want[4] = result{Bad: filepath.Join(dir, "plain.txt") + `: no "date YYYY-MM-DD headline" first line; give --date for plain text`}
		checkResults(t, readAll(t, []string{dir}, "", Options{}), want)
	})
}

func TestReadJSONLines(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"id":"a1","date":"2023-12-13","title":"  Azerbaijan releases 32 Armenians ","text":"Baku freed 32 soldiers.\nYerevan welcomed it.","url":"https://example.com/a1"}`,
		`{"id":"a2","title":"No date,\r\nline breaks\u2028in the title"}`,
		``,
		`{"text":"Only text, no title.","date":"2023-09"}`,
		`  {"id":"a4","date":"2023","title":"Indented, CRLF","text":"x"}  ` + "\r",
		`{"id":"a5","title":"Last line without newline","text":"y","extra":[1,2]}`,
	}
	content := strings.Join(lines, "\n")
	path := write(t, filepath.Join(dir, "archive.jsonl"), content)
	want := []result{
		{Article: Article{Source: path + ":1", ID: "a1", Date: dec13, Headline: "Azerbaijan releases 32 Armenians",
			Body: "Baku freed 32 soldiers.\nYerevan welcomed it.", URL: "https://example.com/a1", Hash: sum(lines[0])}},
		{Article: Article{Source: path + ":2", ID: "a2", Headline: "No date, line breaks in the title", Hash: sum(lines[1])}},
		// Line 3 is blank: skipped, but counted.
		{Article: Article{Source: path + ":4", Date: schema.Date{Year: 2023, Month: 9}, Body: "Only text, no title.", Hash: sum(lines[3])}},
		// The hash covers the record without surrounding white space.
		{Article: Article{Source: path + ":5", ID: "a4", Date: schema.Date{Year: 2023}, Headline: "Indented, CRLF", Body: "x",
			Hash: sum(`{"id":"a4","date":"2023","title":"Indented, CRLF","text":"x"}`)}},
		{Article: Article{Source: path + ":6", ID: "a5", Headline: "Last line without newline", Body: "y", Hash: sum(lines[5])}},
	}
	checkResults(t, readAll(t, []string{path}, "", Options{}), want)
}

func TestReadJSONLinesBadRecords(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"id":"ok1","date":"2023-12-13","title":"First","text":"one"}`,
		`{not json}`,
		`{"id":"no-content","date":"2023-12-13"}`,
		`{"id":"blank","title":"  ","text":" \n "}`,
		`{"id":"bad-date","date":"2023-02-30","title":"T","text":"x"}`,
		`{"id":"bad-date-form","date":"13/12/2023","title":"T","text":"x"}`,
		`{"id":7,"title":"numeric id","text":"x"}`,
		`plain words`,
		`{"id":"ok2","title":"Last","text":"two"}`,
	}
	content := strings.Join(lines, "\n") + "\n"
	path := write(t, filepath.Join(dir, "archive.jsonl"), content)
	want := []result{
		{Article: Article{Source: path + ":1", ID: "ok1", Date: dec13, Headline: "First", Body: "one", Hash: sum(lines[0])}},
		{Bad: path + ":2: not a JSON record: invalid character 'n' looking for beginning of object key string"},
		{Bad: path + `:3: record has no "title" and no "text"`},
		{Bad: path + `:4: record has no "title" and no "text"`},
		{Bad: path + `:5: date "2023-02-30": day out of range`},
		{Bad: path + `:6: date "13/12/2023": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{Bad: path + ":7: not a JSON record: json: cannot unmarshal number into Go struct field jsonRecord.id of type string"},
		{Bad: path + ":8: not a JSON record: invalid character 'p' looking for beginning of value"},
		{Article: Article{Source: path + ":9", ID: "ok2", Headline: "Last", Body: "two", Hash: sum(lines[8])}},
	}
	checkResults(t, readAll(t, []string{path}, "", Options{}), want)
}

func TestReadGzip(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"id":"g1","date":"2023-12-13","title":"Gzipped one","text":"body one"}`,
		`{"id":"g2","date":"2023-12-12","title":"Gzipped two","text":"body two"}`,
	}
	jsonl := write(t, filepath.Join(dir, "archive.jsonl.gz"), gzipped(t, strings.Join(lines, "\n")+"\n"))
	article := "date 2023-12-13 Gzipped article\nBody"
	txt := write(t, filepath.Join(dir, "article.gz"), gzipped(t, article))
	want := []result{
		// The hash is of the uncompressed record or article.
		{Article: Article{Source: jsonl + ":1", ID: "g1", Date: dec13, Headline: "Gzipped one", Body: "body one", Hash: sum(lines[0])}},
		{Article: Article{Source: jsonl + ":2", ID: "g2", Date: schema.Date{Year: 2023, Month: 12, Day: 12}, Headline: "Gzipped two", Body: "body two", Hash: sum(lines[1])}},
		{Article: Article{Source: txt, Date: dec13, Headline: "Gzipped article", Body: "Body", Hash: sum(article)}},
	}
	checkResults(t, readAll(t, []string{jsonl, txt}, "", Options{}), want)
}

func TestReadTruncatedGzip(t *testing.T) {
	dir := t.TempDir()
	line := `{"id":"g1","title":"Complete record","text":"x"}`
	z := gzipped(t, line+"\n")
	path := write(t, filepath.Join(dir, "cut.jsonl.gz"), z[:len(z)-4]) // lose part of the trailer
	want := []result{
		{Article: Article{Source: path + ":1", ID: "g1", Headline: "Complete record", Body: "x", Hash: sum(line)}},
		{Bad: path + ": unexpected EOF"},
	}
	checkResults(t, readAll(t, []string{path}, "", Options{}), want)
}

func TestReadStdin(t *testing.T) {
	line1 := `{"id":"s1","date":"2023-12-13","title":"From stdin","text":"one"}`
	line2 := `{"id":"s2","title":"Second","text":"two"}`
	tests := []struct {
		name  string
		stdin string
		opts  Options
		want  []result
	}{
		{
			name:  "an article",
			stdin: "date 2023-12-13 Piped headline\nPiped body\n",
			want:  []result{{Article: Article{Source: "-", Date: dec13, Headline: "Piped headline", Body: "Piped body\n", Hash: sum("date 2023-12-13 Piped headline\nPiped body\n")}}},
		},
		{
			name:  "plain text with Options.Date",
			stdin: "Plain headline\nPlain body",
			opts:  Options{Date: dec13},
			want:  []result{{Article: Article{Source: "-", Date: dec13, Headline: "Plain headline", Body: "Plain body", Hash: sum("Plain headline\nPlain body")}}},
		},
		{
			name:  "plain text without a date",
			stdin: "Plain headline\nPlain body",
			want:  []result{{Bad: `-: no "date YYYY-MM-DD headline" first line; give --date for plain text`}},
		},
		{
			name:  "JSON lines",
			stdin: "\n" + line1 + "\n" + line2 + "\n",
			want: []result{
				{Article: Article{Source: "-:2", ID: "s1", Date: dec13, Headline: "From stdin", Body: "one", Hash: sum(line1)}},
				{Article: Article{Source: "-:3", ID: "s2", Headline: "Second", Body: "two", Hash: sum(line2)}},
			},
		},
		{
			name:  "empty",
			stdin: "",
			want:  []result{{Bad: "-: empty input"}},
		},
		{
			name:  "white space only",
			stdin: " \n\t\n",
			want:  []result{{Bad: "-: empty input"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkResults(t, readAll(t, []string{"-"}, tt.stdin, tt.opts), tt.want)
		})
	}
}

func TestReadMissingPathGoesOn(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	content := "date 2023-12-13 Present\nBody"
	present := write(t, filepath.Join(dir, "present.txt"), content)
	empty := write(t, filepath.Join(dir, "empty.txt"), "")

	var bads []*BadInputError
	var arts []Article
	err := Read([]string{missing, empty, present}, strings.NewReader(""), Options{},
		func(a Article) error { arts = append(arts, a); return nil },
		func(b *BadInputError) error { bads = append(bads, b); return nil })
	if err != nil {
		t.Fatalf("Read = %v, want nil", err)
	}
	wantArts := []Article{{Source: present, Date: dec13, Headline: "Present", Body: "Body", Hash: sum(content)}}
	if !reflect.DeepEqual(arts, wantArts) {
		t.Errorf("articles = %#v, want %#v", arts, wantArts)
	}
	if len(bads) != 2 {
		t.Fatalf("bad inputs = %v, want 2", bads)
	}
	if got, want := bads[0].Error(), missing+": no such file or directory"; got != want {
		t.Errorf("bad[0] = %q, want %q", got, want)
	}
	if bads[0].Source != missing || !errors.Is(bads[0], fs.ErrNotExist) {
		t.Errorf("bad[0] = {%q, %v}; want source %q and an error that is fs.ErrNotExist", bads[0].Source, bads[0].Err, missing)
	}
	if got, want := bads[1].Error(), empty+": empty input"; got != want {
		t.Errorf("bad[1] = %q, want %q", got, want)
	}
}

func TestReadCallbackErrorsStop(t *testing.T) {
	dir := t.TempDir()
	content := strings.Join([]string{
		`{"id":"1","title":"one"}`,
		`{broken`,
		`{"id":"3","title":"three"}`,
	}, "\n")
	path := write(t, filepath.Join(dir, "a.jsonl"), content)
	stop := errors.New("stop")

	t.Run("fn", func(t *testing.T) {
		var ids []string
		err := Read([]string{path, path}, nil, Options{},
			func(a Article) error { ids = append(ids, a.ID); return stop },
			func(b *BadInputError) error { t.Errorf("bad called after fn stopped: %v", b); return nil })
		if err != stop || !reflect.DeepEqual(ids, []string{"1"}) {
			t.Errorf("Read = %v after %q; want %v after [\"1\"]", err, ids, stop)
		}
	})
	t.Run("bad", func(t *testing.T) {
		var seen []string
		err := Read([]string{path, path}, nil, Options{},
			func(a Article) error { seen = append(seen, a.Source); return nil },
			func(b *BadInputError) error { seen = append(seen, "bad "+b.Source); return stop })
		want := []string{path + ":1", "bad " + path + ":2"}
		if err != stop || !reflect.DeepEqual(seen, want) {
			t.Errorf("Read = %v after %q; want %v after %q", err, seen, stop, want)
		}
	})
}

func TestBadInputError(t *testing.T) {
	inner := errors.New("inner")
	e := &BadInputError{Source: "a.jsonl:3", Err: inner}
	if got, want := e.Error(), "a.jsonl:3: inner"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(e, inner) || errors.Unwrap(e) != inner {
		t.Errorf("Unwrap() = %v, want %v", errors.Unwrap(e), inner)
	}
	var target *BadInputError
	if !errors.As(fmt.Errorf("wrapped: %w", e), &target) || target != e {
		t.Errorf("errors.As did not find the *BadInputError")
	}
}

// readRepairs runs Read and returns the callbacks, repairs included, in
// order, as strings: "article SOURCE HEADLINE|BODY", "bad MESSAGE", "repair
// MESSAGE".
func readRepairs(t *testing.T, inputs []string, opts Options) []string {
	t.Helper()
	var out []string
	opts.Repaired = func(r Repair) { out = append(out, "repair "+r.String()) }
	err := Read(inputs, strings.NewReader(""), opts,
		func(a Article) error {
			out = append(out, fmt.Sprintf("article %s %s|%s", a.Source, a.Headline, a.Body))
			return nil
		},
		func(b *BadInputError) error {
			out = append(out, "bad "+b.Error())
			return nil
		})
	if err != nil {
		t.Fatalf("Read returned %v; the callbacks returned no error", err)
	}
	return out
}

func TestReadInvalidUTF8IsRepaired(t *testing.T) {
	dir := t.TempDir()
	bad := "date 2024-01-01 Bad \xff headline\nRussia attacked Ukraine.\nline three \xe9t\xe9\n"
	badPath := write(t, filepath.Join(dir, "bad.txt"), bad)
	body := "date 2024-01-01 Clean\nBody \xc3\n" // a rune cut short on line 2
	bodyPath := write(t, filepath.Join(dir, "body.txt"), body)
	jsonl := `{"id":"1","title":"fine","text":"x"}` + "\n" + `{"id":"2","title":"caf` + "\xe9" + `","text":"y"}` + "\n"
	jsonPath := write(t, filepath.Join(dir, "a.jsonl"), jsonl)
	got := readRepairs(t, []string{badPath, bodyPath, jsonPath}, Options{})
	want := []string{
		"repair " + badPath + ":1: 3 bytes of invalid UTF-8 replaced with U+FFFD, on 2 lines from this one",
		"article " + badPath + " Bad \uFFFD headline|Russia attacked Ukraine.\nline three \uFFFDt\uFFFD\n",
		"repair " + bodyPath + ":2: 1 byte of invalid UTF-8 replaced with U+FFFD",
		"article " + bodyPath + " Clean|Body \uFFFD\n",
		"article " + jsonPath + ":1 fine|x",
		"repair " + jsonPath + ":2: 1 byte of invalid UTF-8 replaced with U+FFFD",
		"article " + jsonPath + ":2 caf\uFFFD|y",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The hash is of the bytes as given: the same file is the same article.
	a, err := ParseArticle([]byte(bad), Options{})
	if err != nil || a.Hash != sum(bad) {
		t.Errorf("ParseArticle = %v, hash %s; want the hash of the bytes as given, %s", err, a.Hash, sum(bad))
	}
}

func TestReadBinaryFileIsSkipped(t *testing.T) {
	dir := t.TempDir()
	elf := write(t, filepath.Join(dir, "program"), "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00")
	noise := write(t, filepath.Join(dir, "noise"), strings.Repeat("ab\x01\x02\x03\xfe\xff\x80", 100))
	text := write(t, filepath.Join(dir, "text"), "Headline\nA body with one odd \x01 byte and é accents.\n")
	got := readRepairs(t, []string{elf, noise, text}, Options{Date: dec13})
	want := []string{
		"bad " + elf + ": binary data (a NUL byte at offset 7), not text",
		"bad " + noise + ": binary data (600 of its first 800 bytes are control characters or not UTF-8), not text",
		"article " + text + " Headline|A body with one odd \x01 byte and é accents.\n",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadNamedPipeIsSkipped(t *testing.T) {
	// Nobody writes to these pipes: opening one would wait forever.
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "date 2023-12-13 A\nbody a")
	write(t, filepath.Join(dir, "c.txt"), "date 2023-12-13 C\nbody c")
	fifo := filepath.Join(dir, "b.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	top := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(top, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan []string)
	go func() { done <- readRepairs(t, []string{top, dir}, Options{}) }()
	var got []string
	select {
	case got = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Read is still waiting on a named pipe after 10 s")
	}
	const skipped = ": a named pipe, not a regular file (give - to read standard input)"
	want := []string{
		"bad " + top + skipped,
		"article " + filepath.Join(dir, "a.txt") + " A|body a",
		"bad " + fifo + skipped,
		"article " + filepath.Join(dir, "c.txt") + " C|body c",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadUnreadableSubdirectorySkipsOnlyItself(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every directory; TestBuildUnreadableSubdirectory in cmd/newsgraph runs this case as an unprivileged user")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "date 2023-12-13 A\nbody a")
	write(t, filepath.Join(dir, "locked", "b.txt"), "date 2023-12-13 B\nbody b")
	write(t, filepath.Join(dir, "z", "c.txt"), "date 2023-12-13 C\nbody c")
	locked := filepath.Join(dir, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	got := readRepairs(t, []string{dir}, Options{})
	want := []string{
		"article " + filepath.Join(dir, "a.txt") + " A|body a",
		"bad " + locked + ": permission denied",
		"article " + filepath.Join(dir, "z", "c.txt") + " C|body c",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
