package text

import (
	"strings"
)

// parseLexicon reads pos_lexicon.txt. Its sections:
//
//	@closed     word TAG [TAG...] [=special]: the first tag is the most likely
//	@verb       regular verbs, -s/-ed/-ing forms generated; "/n" also a noun,
//	            "/N" a noun first, "/j" also an adjective
//	@irregular  base past participle [more past forms...]
//	@noun       nouns, plural generated; "sing|plural" for an irregular plural,
//	            "!word" to make the noun its most likely tag, "/j" also an adjective
//	@plural     plural-only nouns
//	@adj        adjectives; "big|bigger|biggest"; "/r" also an adverb
//	@adv        adverbs; "far|farther|farthest"
//	@proper     Word TAG: the tag of a capitalised word mid-sentence
//
// A word defined twice takes the union of its tags; the first definition
// decides its most likely tag.
func parseLexicon(src string) map[string]lexEntry {
	lex := make(map[string]lexEntry, 12000)
	add := func(w string, first uint8, mask uint64, force bool) {
		e, ok := lex[w]
		if !ok || e.mask == 0 || force {
			e.first = first
		}
		e.mask |= mask | bit(first)
		lex[w] = e
	}
	section := ""
	for line := range strings.Lines(src) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "@") {
			section = line[1:]
			continue
		}
		fields := strings.Fields(line)
		switch section {
		case "closed":
			w := fields[0]
			var special uint8
			var tags []uint8
			for _, f := range fields[1:] {
				if strings.HasPrefix(f, "=") {
					special = specialNames[f[1:]]
					continue
				}
				tags = append(tags, tagID(f))
			}
			var mask uint64
			for _, t := range tags {
				mask |= bit(t)
			}
			add(w, tags[0], mask, true)
			e := lex[w]
			if special != spNone {
				e.special = special
			}
			lex[w] = e
		case "verb":
			for _, f := range fields {
				w, flags := splitFlags(f)
				noun, nounFirst, adj := strings.Contains(flags, "n"), strings.Contains(flags, "N"), strings.Contains(flags, "j")
				addVerb(add, strings.TrimSuffix(w, "+"), verbPast(w), verbPast(w), verbIng(w), noun || nounFirst, nounFirst, adj)
			}
		case "irregular":
			w, flags := splitFlags(fields[0])
			noun, nounFirst := strings.Contains(flags, "n"), strings.Contains(flags, "N")
			addVerb(add, strings.TrimSuffix(w, "+"), fields[1], fields[2], verbIng(w), noun || nounFirst, nounFirst, false)
			for _, f := range fields[3:] {
				add(f, tVBD, bit(tVBN), false)
			}
		case "noun":
			for _, f := range fields {
				w, flags := splitFlags(f)
				force := strings.HasPrefix(w, "!")
				w = strings.TrimPrefix(w, "!")
				sing, plural := w, nounPlural(w)
				if k := strings.IndexByte(w, '|'); k >= 0 {
					sing, plural = w[:k], w[k+1:]
				}
				var adj uint64
				if strings.Contains(flags, "j") {
					adj = bit(tJJ)
				}
				add(sing, tNN, adj, force)
				if plural != "" {
					add(plural, tNNS, 0, force)
				}
			}
		case "plural":
			for _, f := range fields {
				add(f, tNNS, 0, false)
			}
		case "adj":
			for _, f := range fields {
				w, flags := splitFlags(f)
				var rb uint64
				if strings.Contains(flags, "r") {
					rb = bit(tRB)
				}
				forms := strings.Split(w, "|")
				add(forms[0], tJJ, rb, false)
				if len(forms) == 3 {
					add(forms[1], tJJR, rb>>tRB<<tRBR, false)
					add(forms[2], tJJS, rb>>tRB<<tRBS, false)
				}
			}
		case "adv":
			for _, f := range fields {
				forms := strings.Split(f, "|")
				add(forms[0], tRB, 0, false)
				if len(forms) == 3 {
					add(forms[1], tRBR, 0, false)
					add(forms[2], tRBS, 0, false)
				}
			}
		case "proper":
			w := strings.ToLower(fields[0])
			e := lex[w]
			e.cap = tagID(fields[1])
			lex[w] = e
		}
	}
	return lex
}

var specialNames = map[string]uint8{
	"be": spBe, "have": spHave, "do": spDo, "get": spGet, "by": spBy, "that": spThat,
	"subj": spSubj, "subj3": spSubj3, "clause": spClause, "part": spPart, "more": spMore,
	"there": spThere, "about": spAbout, "allboth": spAllBoth, "one": spOne, "say": spSay,
	"not": spNot,
}

func tagID(name string) uint8 {
	for i, n := range tagNames {
		if n == name && i > 0 {
			return uint8(i)
		}
	}
	panic("pos_lexicon.txt: unknown tag " + name)
}

func splitFlags(f string) (word, flags string) {
	if i := strings.IndexByte(f, '/'); i > 0 {
		return f[:i], f[i+1:]
	}
	return f, ""
}

func addVerb(add func(string, uint8, uint64, bool), w, past, part, ing string, noun, nounFirst, adj bool) {
	baseMask, sMask := bit(tVB)|bit(tVBP), bit(tVBZ)
	if noun {
		baseMask |= bit(tNN)
		sMask |= bit(tNNS)
	}
	if adj {
		baseMask |= bit(tJJ)
	}
	if nounFirst {
		add(w, tNN, baseMask, false)
		add(verbS(w), tNNS, sMask, false)
	} else {
		add(w, tVB, baseMask, false)
		add(verbS(w), tVBZ, sMask, false)
	}
	if past == part {
		add(past, tVBD, bit(tVBN), false)
	} else {
		add(past, tVBD, 0, false)
		add(part, tVBN, 0, false)
	}
	add(ing, tVBG, 0, false)
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// doubles reports whether w doubles its final consonant before -ed and
// -ing: a one-syllable word ending consonant, vowel, consonant ("stop").
func doubles(w string) bool {
	n := len(w)
	if n < 3 || isVowel(w[n-1]) || strings.ContainsRune("wxy", rune(w[n-1])) || !isVowel(w[n-2]) || isVowel(w[n-3]) {
		return false
	}
	groups := 0
	for i := 0; i < n; i++ {
		if isVowel(w[i]) && (i == 0 || !isVowel(w[i-1])) {
			groups++
		}
	}
	return groups == 1
}

func verbS(w string) string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "o"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func verbPast(w string) string {
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ied"
	case strings.HasSuffix(w, "+"):
		w = w[:len(w)-1]
		return w + w[len(w)-1:] + "ed"
	case doubles(w):
		return w + w[len(w)-1:] + "ed"
	}
	return w + "ed"
}

func verbIng(w string) string {
	switch {
	case strings.HasSuffix(w, "ie"):
		return w[:len(w)-2] + "ying"
	case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye") && !strings.HasSuffix(w, "oe") && len(w) > 2:
		return w[:len(w)-1] + "ing"
	case strings.HasSuffix(w, "+"):
		w = w[:len(w)-1]
		return w + w[len(w)-1:] + "ing"
	case doubles(w):
		return w + w[len(w)-1:] + "ing"
	}
	return w + "ing"
}

func nounPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
