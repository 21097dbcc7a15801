package loaders

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// The fuzz targets of the readers; seeds beside the ones below are in
// testdata/fuzz. Run one for a minute with
//
//	go test -run '^$' -fuzz '^FuzzParseArticle$' -fuzztime 1m ./loaders

// checkArticle fails the test unless a is what the readers promise: text
// that is valid UTF-8, a one-line headline, a valid date or none.
func checkArticle(t *testing.T, a Article) {
	t.Helper()
	for name, s := range map[string]string{"headline": a.Headline, "body": a.Body, "id": a.ID, "url": a.URL} {
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q", name, s)
		}
	}
	if strings.ContainsAny(a.Headline, lineBreaks) {
		t.Fatalf("headline of more than one line: %q", a.Headline)
	}
	if !a.Date.IsZero() {
		if d, err := schema.ParseDate(a.Date.String()); err != nil || d != a.Date {
			t.Fatalf("date %+v does not read back: %v", a.Date, err)
		}
	}
	if len(a.Hash) != 64 {
		t.Fatalf("hash %q", a.Hash)
	}
}

// FuzzParseArticle: any bytes give an article or an error, never a panic;
// an article is valid UTF-8, dated, and hashed from the bytes as given.
func FuzzParseArticle(f *testing.F) {
	f.Add([]byte("date 2023-12-13 Azerbaijan releases 32 Armenians\nThe exchange took place on Wednesday.\n"), false)
	f.Add([]byte("date 2024-01-01 Bad \xff headline\nRussia attacked Ukraine on Monday.\n"), false)
	f.Add([]byte("\ufeff \r\n date 2024-02-29 Leap\r\nbody\r\n"), false)
	f.Add([]byte("date 2023-02-29 Not a leap year\n"), false)
	f.Add([]byte("A plain headline\nand its body"), true)
	f.Add([]byte("date\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, withDate bool) {
		var opts Options
		if withDate {
			opts.Date = schema.Date{Year: 2024, Month: 5, Day: 1}
		}
		a, err := ParseArticle(data, opts)
		if err != nil {
			if a != (Article{}) {
				t.Fatalf("an error and an article: %v, %+v", err, a)
			}
			return
		}
		checkArticle(t, a)
		if a.Date.Day == 0 {
			t.Fatalf("article without a day: %+v", a.Date)
		}
		if a.Hash != hashOf(data) {
			t.Fatalf("hash %s is not of the bytes given", a.Hash)
		}
	})
}

// FuzzReadJSONLines: a stream (JSON lines, an article, gzipped or not)
// gives each line at most one article or one error naming that line,
// never a panic.
func FuzzReadJSONLines(f *testing.F) {
	f.Add([]byte(`{"id":"a1","date":"2024-01-02","title":"Russia attacked Ukraine","text":"On Monday."}` + "\n" + `{"id":2}` + "\n\n" + `{"title":"t","date":"2024-13-01"}`))
	f.Add([]byte(`{"id":"x","title":"Bad \xff title","text":"body \xfe"}`))
	f.Add([]byte("  {\"title\":\"no newline at the end\"}"))
	f.Add([]byte(`{"title":"t","text":"a\u0000b","url":"http://example.org/\u00e9"}` + "\r\n"))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"title":"gzipped","date":"2024"}` + "\n"))
	zw.Close()
	f.Add(gz.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		seen := map[string]bool{}
		source := func(s string) {
			t.Helper()
			if s == "-" {
				return // the stream as a whole: an article, or an error
			}
			var n int
			if _, err := fmt.Sscanf(s, "-:%d", &n); err != nil {
				t.Fatalf("source %q names no line", s)
			}
			if n < 1 || (n > lines && !bytes.HasPrefix(data, []byte{0x1f, 0x8b})) || seen[s] {
				t.Fatalf("source %q: line out of range (%d lines) or given twice", s, lines)
			}
			seen[s] = true
		}
		err := Read([]string{"-"}, bytes.NewReader(data), Options{}, func(a Article) error {
			checkArticle(t, a)
			source(a.Source)
			return nil
		}, func(e *BadInputError) error {
			if e.Err == nil || e.Error() == "" {
				t.Fatalf("error without a cause: %#v", e)
			}
			source(e.Source)
			return nil
		})
		if err != nil {
			t.Fatalf("Read returned %v, which no callback did", err)
		}
	})
}
