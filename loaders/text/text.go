// Package text splits an article into sentences and tokens with byte
// offsets: the headline is sentence 0, each paragraph of the body is split at
// sentence ends that are not abbreviations, and tokens are words (with
// internal hyphens, apostrophes and the dots of "U.S."), numbers
// ("120,000", "3.5") and single punctuation marks, with a possessive "'s"
// split off as its own token. Tag gives each token a Penn Treebank
// part-of-speech tag from an embedded lexicon, suffix rules and a few
// contextual rules.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word Kind = iota
	Number
	Punct
)

// Token is one token of a sentence. Start and End are byte offsets into the
// sentence's Text.
type Token struct {
	Text       string
	Start, End int
	Kind       Kind
}

// Sentence is one sentence of an article.
type Sentence struct {
	Index  int // 0 is the headline
	Text   string
	Tokens []Token
}

// MaxSentenceTokens bounds the length of a sentence. Reading a sentence
// costs time that grows faster than its length (its words are compared
// with each other), so a longer run of text, which real prose does not
// have (the longest sentence of 24,000 news articles has 665 tokens; 1 in
// 10,000 has more than 250) but a list, a table or a text without
// punctuation does, is split into pieces of at most this many tokens,
// each read as a sentence of its own. A piece ends after the last
// semicolon, colon or comma of its second half, or at the bound when there
// is none. The time to read an article is then linear in its length.
const MaxSentenceTokens = 400

// Split returns the article's sentences: the headline first, then the body's.
// A sentence longer than MaxSentenceTokens is split into pieces.
func Split(headline, body string) []Sentence {
	var out []Sentence
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" {
			return
		}
		toks := Tokenize(s)
		for len(toks) > MaxSentenceTokens {
			n := pieceEnd(toks)
			piece := s[:toks[n-1].End]
			out = append(out, Sentence{Index: len(out), Text: piece, Tokens: toks[:n:n]})
			// The rest keeps its tokens, moved to its own offsets: tokenizing
			// it again would make the whole quadratic.
			off := toks[n].Start
			s, toks = s[off:], toks[n:]
			for i := range toks {
				toks[i].Start -= off
				toks[i].End -= off
			}
		}
		out = append(out, Sentence{Index: len(out), Text: s, Tokens: toks})
	}
	add(headline)
	for _, para := range strings.Split(body, "\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		for _, s := range splitParagraph(para) {
			add(s)
		}
	}
	return out
}

// pieceEnd returns how many of toks, which are more than
// MaxSentenceTokens, go to the first piece of an over-long sentence.
func pieceEnd(toks []Token) int {
	for n := MaxSentenceTokens; n > MaxSentenceTokens/2; n-- {
		if t := toks[n-1]; t.Kind == Punct && (t.Text == ";" || t.Text == ":" || t.Text == ",") {
			return n
		}
	}
	return MaxSentenceTokens
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "sgt": true, "capt": true, "cpt": true, "adm": true, "gov": true,
	"sen": true, "rep": true, "st": true, "jr": true, "sr": true, "inc": true, "ltd": true,
	"corp": true, "co": true, "vs": true, "no": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "rev": true, "fr": true, "mt": true, "ft": true, "approx": true,
	"dept": true, "est": true, "fig": true, "pres": true, "atty": true, "supt": true,
	"brig": true, "cmdr": true, "cpl": true, "pvt": true,
}

// sentenceStarters are words that, after a dotted acronym such as "U.S.",
// show that the dot also ended the sentence.
var sentenceStarters = map[string]bool{
	"The": true, "It": true, "He": true, "She": true, "They": true, "We": true, "I": true,
	"But": true, "In": true, "A": true, "An": true, "This": true, "That": true, "These": true,
	"Those": true, "His": true, "Her": true, "Their": true, "Its": true, "On": true, "At": true,
	"After": true, "And": true, "As": true, "Meanwhile": true, "However": true, "There": true,
}

func splitParagraph(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		end := i + size
		// Take further terminators and closing quotes or brackets.
		for end < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[end:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '"' || r2 == '”' || r2 == '’' || r2 == '\'' || r2 == ')' || r2 == ']' {
				end += s2
				continue
			}
			break
		}
		j := end
		for j < len(p) && (p[j] == ' ' || p[j] == '\t') {
			j++
		}
		if j == end || j >= len(p) {
			i = end
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[j:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '‘' || next == '(' || next == '[') {
			i = end
			continue
		}
		if r == '.' && end == i+1 && !endsSentence(p[start:i], p[j:]) {
			i = end
			continue
		}
		out = append(out, p[start:end])
		start = j
		i = j
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

// endsSentence decides whether a dot after before ends the sentence, given
// the text after it.
func endsSentence(before, after string) bool {
	k := len(before)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		k -= size
	}
	word := before[k:]
	if word == "" {
		return true
	}
	if lw := strings.ToLower(word); abbreviations[lw] {
		// "No. 10", but "No. Barr told ...": "No." abbreviates only before
		// a number.
		return lw == "no" && !(after != "" && after[0] >= '0' && after[0] <= '9')
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(rune(word[0])) {
		return false // an initial: "John F. Kennedy"
	}
	if strings.Contains(word, ".") { // "U.S." or "D.C."
		nextWord := after
		if sp := strings.IndexAny(after, " ,;:"); sp >= 0 {
			nextWord = after[:sp]
		}
		return sentenceStarters[nextWord]
	}
	return true
}

// Tokenize splits a sentence into tokens.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsDigit(r):
			j := i + size
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsDigit(r2) {
					j += s2
					continue
				}
				if (r2 == ',' || r2 == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j += s2
					continue
				}
				break
			}
			// "2020-2023", "9/11", "1,000-kilometer": a number joined to more.
			kind := Number
			for j < len(s) && (s[j] == '-' || s[j] == '/') && j+1 < len(s) && isWordByte(s, j+1) {
				j++
				for j < len(s) && isWordByte(s, j) {
					_, s2 := utf8.DecodeRuneInString(s[j:])
					j += s2
				}
				kind = Word
			}
			toks = append(toks, Token{Text: s[i:j], Start: i, End: j, Kind: kind})
			i = j
		case unicode.IsLetter(r):
			j := wordEnd(s, i)
			// "Sen.", "Adm.", the initial in "George W. Bush": the dot
			// belongs to the word.
			if j < len(s) && s[j] == '.' && (abbreviation(s, i, j) || isInitial(s, i, j)) {
				j++
			}
			// A possessive 's or ’s is its own token.
			if w := s[i:j]; len(w) > 2 {
				if strings.HasSuffix(w, "'s") {
					toks = append(toks, Token{Text: s[i : j-2], Start: i, End: j - 2}, Token{Text: "'s", Start: j - 2, End: j})
					i = j
					continue
				}
				if strings.HasSuffix(w, "’s") {
					k := j - len("’s")
					toks = append(toks, Token{Text: s[i:k], Start: i, End: k}, Token{Text: "’s", Start: k, End: j})
					i = j
					continue
				}
			}
			toks = append(toks, Token{Text: s[i:j], Start: i, End: j})
			i = j
		default:
			toks = append(toks, Token{Text: s[i : i+size], Start: i, End: i + size, Kind: Punct})
			i += size
		}
	}
	return toks
}

func isWordByte(s string, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the word starting at i: letters, digits and
// marks, joined by single hyphens, apostrophes, ampersands or the dots of an
// acronym ("U.S.", "E.U.").
func wordEnd(s string, i int) int {
	j := i
	dotted := false
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '&' || r == '‑' {
			if j+size < len(s) && isWordByte(s, j+size) {
				j += size
				continue
			}
			break
		}
		if r == '.' {
			// Acronym dots: a single letter before and a letter after, or the
			// final dot of an acronym that already has one.
			prevLetter := j-i == 1 || (j >= 2 && s[j-2] == '.')
			if j+1 < len(s) && isWordByte(s, j+1) && prevLetter {
				j++
				dotted = true
				continue
			}
			if dotted && prevLetter {
				j++
				// A possessive after the acronym: "U.S.'s", "U.N.’s".
				for _, ap := range [...]string{"'s", "’s"} {
					if k := j + len(ap); strings.HasPrefix(s[j:], ap) && (k == len(s) || !isWordByte(s, k)) {
						return k
					}
				}
			}
			break
		}
		break
	}
	return j
}

// isInitial reports whether s[i:j] is a single capital letter followed by
// ". " and a capitalised word, as in "George W. Bush".
func isInitial(s string, i, j int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	if i+size != j || !unicode.IsUpper(r) || j+2 >= len(s) || s[j+1] != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[j+2:])
	return unicode.IsUpper(next)
}

// abbreviation reports whether s[i:j], followed by a dot, is an
// abbreviation that keeps its dot: "Sen.", "Feb.", and "No." before a
// number.
func abbreviation(s string, i, j int) bool {
	w := strings.ToLower(s[i:j])
	if w == "no" {
		return j+2 < len(s) && s[j+1] == ' ' && s[j+2] >= '0' && s[j+2] <= '9'
	}
	return abbreviations[w]
}
