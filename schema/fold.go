package schema

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// FoldName returns the form of a name that matching compares, across
// articles (package resolve) and in search: decomposed with accents
// dropped, lower case, periods and apostrophes removed, and every other run
// of punctuation or space made one space ("U.S." → "us", "Orbán" →
// "orban", "Nagorno-Karabakh" → "nagorno karabakh").
func FoldName(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	if !isASCII(name) {
		name = norm.NFKD.String(name)
	}
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’' || r == '‘' || r == '`':
		default:
			space = true
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
