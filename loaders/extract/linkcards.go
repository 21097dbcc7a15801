package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Some news sites link a person's name to a card that their pages render
// on hover, and the card's text comes along when the page is copied: the
// person's full legal name, glued without a space to the headlines of
// stories about them, ended by "MORE":
//
//	President Trump Donald John TrumpGOP senators balk at lengthy
//	impeachment trial Warren goes local MORE says he thrives on conflict
//
// Read as text, the card makes junk names ("Donald John TrumpGOP") and
// sentences that were never written. stripLinkCards removes each card,
// from just after the name as the article writes it ("President Trump") to
// its "MORE", and leaves the rest of the text as it is.

// linkCardEnd is the word that closes a card.
const linkCardEnd = "MORE"

// linkCardReach bounds how far before its "MORE" a card may start, in
// bytes: a name and a few headlines.
const linkCardReach = 1200

// stripLinkCards returns body without the link cards it carries (see
// above); a body without one is returned as it is.
func stripLinkCards(body string) string {
	if !strings.Contains(body, linkCardEnd) {
		return body
	}
	var b strings.Builder
	done := 0 // body[:done] is written or dropped
	for from := 0; ; {
		k := strings.Index(body[from:], linkCardEnd)
		if k < 0 {
			break
		}
		end := from + k + len(linkCardEnd)
		from = end
		if r, _ := utf8.DecodeRuneInString(body[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue // "MOREOVER"
		}
		if k := end - len(linkCardEnd); k > 0 && unicode.IsUpper(lastRune(body[:k])) {
			continue // "BALTIMORE", "RUSHMORE"
		}
		lo := end - len(linkCardEnd) - linkCardReach
		if lo < done {
			lo = done
		}
		start := linkCardStart(body, lo, end-len(linkCardEnd))
		if start < 0 {
			continue
		}
		b.WriteString(body[done:start])
		done = end
	}
	if done == 0 {
		return body
	}
	b.WriteString(body[done:])
	return b.String()
}

// linkCardStart finds the start of a card ending at body[more] ("MORE"),
// looking no further back than lo: the card opens with a full name whose
// last word is glued to what follows it ("TrumpGOP", "KellyMORE") and that
// repeats the surname of the name just before it ("Trump Donald John
// Trump"), or is glued to that name too ("CrowJason Crow"). It returns the
// offset just after that earlier surname, or -1.
func linkCardStart(body string, lo, more int) int {
	for _, glued := range []bool{false, true} {
		for g := more; g > lo; g-- {
			if !(isUpperByte(body[g]) || isDigitByte(body[g])) || !isLowerByte(body[g-1]) {
				continue
			}
			// The glued word's letters before g: the legal name's last
			// word.
			w := g - 1
			for w > lo && isWordByte(body[w-1]) {
				w--
			}
			surname := body[w:g]
			if len(surname) < 2 || !isUpperByte(surname[0]) {
				continue
			}
			if start := repeatedSurname(body, lo, w, surname, glued); start >= 0 {
				return start
			}
		}
	}
	// "Paul Ryan Paul Davis Ryan Retirees should…": the card's name
	// not glued at all.
	for g := more; g > lo; g-- {
		if body[g-1] != ' ' || !isUpperByte(body[g]) {
			continue
		}
		e := g
		for e < more && isWordByte(body[e]) {
			e++
		}
		if e < more && body[e] == ' ' {
			if start := repeatedSurname(body, lo, g, body[g:e], false); start >= 0 {
				return start
			}
		}
	}
	return -1
}

// repeatedSurname looks back from the word at w, over at most five words
// of a name (capitalised words, initials, a nickname in parentheses), for
// an earlier word equal to surname (or, if glued, a word that starts with
// it and goes on with a capital), and returns the offset just after the
// surname, or -1.
func repeatedSurname(body string, lo, w int, surname string, glued bool) int {
	p := w
	for words := 0; words <= 5; words++ {
		// The space before the word at p, then the word before it.
		q := p
		for q > lo && body[q-1] == ' ' {
			q--
		}
		if q == p || q <= lo {
			return -1
		}
		e := q
		for q > lo && body[q-1] != ' ' {
			q--
		}
		word := body[q:e]
		if n := len(surname); !glued && word == surname {
			return e
		} else if glued && len(word) > n && word[:n] == surname && isUpperByte(word[n]) {
			return q + n
		}
		if !nameLike(word) {
			return -1
		}
		p = q
	}
	return -1
}

// nameLike reports whether a word can be part of a legal name in a card:
// a capitalised word or initial, or a nickname in parentheses ("(Chuck)").
func nameLike(w string) bool {
	w = strings.TrimSuffix(strings.TrimPrefix(w, "("), ")")
	return w != "" && isUpperByte(w[0])
}

func isWordByte(c byte) bool {
	return c >= 0x80 || c == '\'' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
