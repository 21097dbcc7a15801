package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the form in which names are compared (see the package
// documentation): "the U.S." → "us", "E.U." → "eu", "Azerbaijan’s" →
// "azerbaijan", "Orbán" → "orban".
func Normalize(name string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(name) {
		if unicode.Is(unicode.M, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	s := strings.TrimFunc(b.String(), dropped)
	if t, ok := cutPrefixSpace(s, "the"); ok {
		s = t
	}
	for _, suffix := range []string{"'s", "\u2019s", "\u02bcs"} {
		if t, ok := strings.CutSuffix(s, suffix); ok {
			s = t
			break
		}
	}
	b.Reset()
	for _, r := range s {
		if !isPunct(r) {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// cutPrefixSpace removes word and the white space after it from the start
// of s, if s starts with the word followed by white space.
func cutPrefixSpace(s, word string) (string, bool) {
	t, ok := strings.CutPrefix(s, word)
	if !ok || t == "" {
		return s, false
	}
	trimmed := strings.TrimLeftFunc(t, unicode.IsSpace)
	if len(trimmed) == len(t) {
		return s, false
	}
	return trimmed, true
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func dropped(r rune) bool { return isPunct(r) || unicode.IsSpace(r) }
