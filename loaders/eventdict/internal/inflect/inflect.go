// Package inflect spells the regular English inflections the event
// dictionary generates: noun plurals and the -s, -ed and -ing forms of verbs.
// Words are lower-case ASCII; the rules are the ones PETRARCH applies
// (add -s, -es, -ies, -ed, -ing, drop a final e), corrected where PETRARCH
// misspells English ("launches", "played", "dying").
package inflect

import "strings"

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// consonantY reports whether w ends in a consonant followed by y ("carry",
// not "play").
func consonantY(w string) bool {
	n := len(w)
	return n > 1 && w[n-1] == 'y' && !isVowel(w[n-2])
}

// sibilant reports whether w takes -es: it ends in s, x, z, ch or sh.
func sibilant(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh")
}

// Plural returns the regular plural of the noun w, or "" when w does not take
// one: it already ends in s (a plural such as "troops", or a mass noun), the
// double s of "address" excepted.
func Plural(w string) string {
	switch {
	case w == "":
		return ""
	case strings.HasSuffix(w, "ss"):
		return w + "es"
	case strings.HasSuffix(w, "s"):
		return ""
	case sibilant(w):
		return w + "es"
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// PluralPhrase pluralises the last word of a space-separated phrase.
func PluralPhrase(p string) string {
	i := strings.LastIndexByte(p, ' ')
	pl := Plural(p[i+1:])
	if pl == "" {
		return ""
	}
	return p[:i+1] + pl
}

// ThirdPerson returns the -s form of the verb w ("launches", "carries").
func ThirdPerson(w string) string {
	switch {
	case sibilant(w):
		return w + "es"
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// endsCVC reports whether w ends consonant, vowel, consonant with a final
// consonant that doubles ("stop", "admit"; not "show", "fix", "play").
func endsCVC(w string) bool {
	n := len(w)
	return n >= 3 && !isVowel(w[n-1]) && !strings.ContainsRune("wxy", rune(w[n-1])) &&
		isVowel(w[n-2]) && !isVowel(w[n-3])
}

// syllables counts the vowel groups of w, a rough syllable count.
func syllables(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if isVowel(w[i]) && (i == 0 || !isVowel(w[i-1])) {
			n++
		}
	}
	return n
}

// Past returns the regular past tense (and participle) forms of the verb w,
// most likely first. A word ending consonant-vowel-consonant doubles its
// consonant when it has one syllable ("stopped"); with more syllables the
// stress decides, which spelling alone cannot tell, so both spellings are
// returned ("admitted", "visited").
func Past(w string) []string {
	switch {
	case strings.HasSuffix(w, "e"):
		return []string{w + "d"}
	case consonantY(w):
		return []string{w[:len(w)-1] + "ied"}
	case endsCVC(w) && syllables(w) == 1:
		return []string{w + w[len(w)-1:] + "ed"}
	case endsCVC(w):
		return []string{w + "ed", w + w[len(w)-1:] + "ed"}
	}
	return []string{w + "ed"}
}

// Gerund returns the regular -ing forms of the verb w, most likely first,
// doubling as Past does.
func Gerund(w string) []string {
	switch {
	case strings.HasSuffix(w, "ie"):
		return []string{w[:len(w)-2] + "ying"}
	case strings.HasSuffix(w, "ue") || strings.HasSuffix(w, "e") && len(w) > 2 && !isVowel(w[len(w)-2]):
		return []string{w[:len(w)-1] + "ing"}
	case endsCVC(w) && syllables(w) == 1:
		return []string{w + w[len(w)-1:] + "ing"}
	case endsCVC(w):
		return []string{w + "ing", w + w[len(w)-1:] + "ing"}
	}
	return []string{w + "ing"}
}
