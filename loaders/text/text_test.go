package text

import (
	"reflect"
	"strings"
	"testing"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Azerbaijan releases 32 Armenians.", []string{"Azerbaijan", "releases", "32", "Armenians", "."}},
		{"the U.S. and E.U. said", []string{"the", "U.S.", "and", "E.U.", "said"}},
		{"Baku’s military operation", []string{"Baku", "’s", "military", "operation"}},
		{"Russia's invasion of Nagorno-Karabakh", []string{"Russia", "'s", "invasion", "of", "Nagorno-Karabakh"}},
		{"120,000 people in 2020-2023 (3.5 million)", []string{"120,000", "people", "in", "2020-2023", "(", "3.5", "million", ")"}},
		{"“Thirty-one personnel,” he wrote", []string{"“", "Thirty-one", "personnel", ",", "”", "he", "wrote"}},
		{"Washington, D.C.", []string{"Washington", ",", "D.C."}},
	}
	for _, tt := range tests {
		if got := texts(Tokenize(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	s := "Baku’s U.S. deal"
	for _, tok := range Tokenize(s) {
		if s[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q at [%d,%d) is %q in the text", tok.Text, tok.Start, tok.End, s[tok.Start:tok.End])
		}
	}
}

func TestSplit(t *testing.T) {
	body := "Mr. Smith met Gen. Jones in the U.S. on Monday. The talks ended.\n\n“We agreed,” he said. Sanctions by the U.S. The end! Is it? Yes.\nJohn F. Kennedy spoke."
	got := Split("Headline here", body)
	want := []string{
		"Headline here",
		"Mr. Smith met Gen. Jones in the U.S. on Monday.",
		"The talks ended.",
		"“We agreed,” he said.",
		"Sanctions by the U.S.",
		"The end!",
		"Is it?",
		"Yes.",
		"John F. Kennedy spoke.",
	}
	var texts []string
	for i, s := range got {
		if s.Index != i {
			t.Errorf("sentence %d has index %d", i, s.Index)
		}
		texts = append(texts, s.Text)
	}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("Split:\n got %q\nwant %q", texts, want)
	}
}

// kinds spells the tokens' kinds as one letter each: W(ord), N(umber), P(unct).
func kinds(toks []Token) string {
	b := make([]byte, len(toks))
	for i, t := range toks {
		b[i] = "WNP"[t.Kind]
	}
	return string(b)
}

func TestTokenizeNewsCopy(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []string
		kinds string
	}{
		{"abbreviated month", "Feb. 5", []string{"Feb.", "5"}, "WN"},
		{"month without dot", "Feb 5", []string{"Feb", "5"}, "WN"},
		{"number sign", "No. 10 Downing Street", []string{"No.", "10", "Downing", "Street"}, "WNWW"},
		{"saint", "St. Petersburg", []string{"St.", "Petersburg"}, "WW"},
		{"middle initial", "John F. Kennedy", []string{"John", "F.", "Kennedy"}, "WWW"},
		{"run-together initials", "J.R.R. Tolkien", []string{"J.R.R.", "Tolkien"}, "WW"},
		{"three-letter acronym", "U.S.A.", []string{"U.S.A."}, "W"},
		{"decimal", "3.5 per cent", []string{"3.5", "per", "cent"}, "NWW"},
		{"decimal then full stop", "rose 3.5.", []string{"rose", "3.5", "."}, "WNP"},
		{"number then full stop", "3.", []string{"3", "."}, "NP"},
		{"thousands", "120,000.", []string{"120,000", "."}, "NP"},
		{"comma after number", "5, 6", []string{"5", ",", "6"}, "NPN"},
		{"percentage", "20%", []string{"20", "%"}, "NP"},
		{"decimal percentage", "0.5%", []string{"0.5", "%"}, "NP"},
		{"currency with scale", "$1.2bn", []string{"$", "1.2", "bn"}, "PNW"},
		{"pounds with scale", "£300m", []string{"£", "300", "m"}, "PNW"},
		{"negative number", "-5", []string{"-", "5"}, "PN"},
		{"hyphenated range", "1.5-2", []string{"1.5-2"}, "W"},
		{"number-word compound", "1,000-kilometer", []string{"1,000-kilometer"}, "W"},
		{"slash date", "9/11", []string{"9/11"}, "W"},
		{"en dash range", "2020–2023", []string{"2020", "–", "2023"}, "NPN"},
		{"spaced en dash", "Kyiv – Moscow", []string{"Kyiv", "–", "Moscow"}, "WPW"},
		{"em dash", "war—and peace", []string{"war", "—", "and", "peace"}, "WPWW"},
		{"dateline", "KYIV, Feb 5 (Reuters) - Ukraine said", []string{"KYIV", ",", "Feb", "5", "(", "Reuters", ")", "-", "Ukraine", "said"}, "WPWNPWPPWW"},
		{"hyphenated given name", "Jean-Claude Juncker", []string{"Jean-Claude", "Juncker"}, "WW"},
		{"hyphenated surname", "Rep. Ocasio-Cortez", []string{"Rep.", "Ocasio-Cortez"}, "WW"},
		{"non-breaking hyphen", "Nagorno‑Karabakh", []string{"Nagorno‑Karabakh"}, "W"},
		{"word with digits", "F-16s", []string{"F-16s"}, "W"},
		{"number-led hyphen word", "twenty-one", []string{"twenty-one"}, "W"},
		{"ampersand inside", "AT&T", []string{"AT&T"}, "W"},
		{"spaced ampersand", "Procter & Gamble", []string{"Procter", "&", "Gamble"}, "WPW"},
		{"possessive after acronym", "U.S.'s", []string{"U.S.", "'s"}, "WW"},
		{"curly possessive after acronym", "U.N.’s", []string{"U.N.", "’s"}, "WW"},
		{"possessive after acronym in a sentence", "the U.S.'s position", []string{"the", "U.S.", "'s", "position"}, "WWWW"},
		{"closing quote after acronym", "E.U.'", []string{"E.U.", "'"}, "WP"},
		{"acronym then hyphen", "U.S.-led", []string{"U.S.", "-", "led"}, "WPW"},
		{"apostrophe in surname", "O'Brien", []string{"O'Brien"}, "W"},
		{"possessive of apostrophe name", "O'Brien's", []string{"O'Brien", "'s"}, "WW"},
		{"curly elision", "Côte d’Ivoire", []string{"Côte", "d’Ivoire"}, "WW"},
		{"straight elision", "Côte d'Ivoire's", []string{"Côte", "d'Ivoire", "'s"}, "WWW"},
		{"curly elision possessive", "d’Ivoire’s", []string{"d’Ivoire", "’s"}, "WW"},
		{"contraction", "it's", []string{"it", "'s"}, "WW"},
		{"short word ending in s", "its", []string{"its"}, "W"},
		{"ellipsis dots", "Wait...", []string{"Wait", ".", ".", "."}, "WPPP"},
		{"ellipsis character", "Wait… no", []string{"Wait", "…", "no"}, "WPW"},
		{"quoted question", "“Why?” he said.", []string{"“", "Why", "?", "”", "he", "said", "."}, "PWPPWWP"},
		{"single quotes", "‘No,’", []string{"‘", "No", ",", "’"}, "PWPP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			if got := texts(toks); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := kinds(toks); got != tt.kinds {
				t.Errorf("Tokenize(%q) kinds = %s, want %s", tt.in, got, tt.kinds)
			}
			for _, tok := range toks {
				if tt.in[tok.Start:tok.End] != tok.Text {
					t.Errorf("token %q at [%d,%d) is %q in the text", tok.Text, tok.Start, tok.End, tt.in[tok.Start:tok.End])
				}
			}
		})
	}
}

func TestTokenizeExactTokens(t *testing.T) {
	got := Tokenize("U.S.’s $1.2bn, 20%")
	want := []Token{
		{Text: "U.S.", Start: 0, End: 4, Kind: Word},
		{Text: "’s", Start: 4, End: 8, Kind: Word},
		{Text: "$", Start: 9, End: 10, Kind: Punct},
		{Text: "1.2", Start: 10, End: 13, Kind: Number},
		{Text: "bn", Start: 13, End: 15, Kind: Word},
		{Text: ",", Start: 15, End: 16, Kind: Punct},
		{Text: "20", Start: 17, End: 19, Kind: Number},
		{Text: "%", Start: 19, End: 20, Kind: Punct},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize:\n got %+v\nwant %+v", got, want)
	}
}

func TestSplitNewsCopy(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviated month before a day", "The meeting is on Feb. 5 in Kyiv. He left.",
			[]string{"The meeting is on Feb. 5 in Kyiv.", "He left."}},
		{"abbreviated month before a date", "It was Dec. 25, 2022. Snow fell.",
			[]string{"It was Dec. 25, 2022.", "Snow fell."}},
		{"abbreviated months at sentence starts", "Jan. 6 was a Thursday. Mar. 3 too.",
			[]string{"Jan. 6 was a Thursday.", "Mar. 3 too."}},
		{"number sign", "He lives at No. 10 Downing Street. She does not.",
			[]string{"He lives at No. 10 Downing Street.", "She does not."}},
		{"saint", "They flew to St. Petersburg. Then home.",
			[]string{"They flew to St. Petersburg.", "Then home."}},
		{"mount", "He went to Mt. Everest. It was cold.",
			[]string{"He went to Mt. Everest.", "It was cold."}},
		{"titles", "Sen. Smith spoke. Gen. Jones listened.",
			[]string{"Sen. Smith spoke.", "Gen. Jones listened."}},
		{"military ranks", "Brig. Gen. Ahmed Asiri spoke. Cmdr. Lee and Cpl. Diaz listened to Pvt. Ruiz.",
			[]string{"Brig. Gen. Ahmed Asiri spoke.", "Cmdr. Lee and Cpl. Diaz listened to Pvt. Ruiz."}},
		{"spaced initials", "J. R. R. Tolkien wrote it. He died.",
			[]string{"J. R. R. Tolkien wrote it.", "He died."}},
		{"run-together initials", "He met J.R.R. Tolkien. The end.",
			[]string{"He met J.R.R. Tolkien.", "The end."}},
		{"decimal and percentage", "Growth was 3.5 percent. Inflation was 20%. Rates rose.",
			[]string{"Growth was 3.5 percent.", "Inflation was 20%.", "Rates rose."}},
		{"decimal at sentence end", "It rose 3.5. Then fell.",
			[]string{"It rose 3.5.", "Then fell."}},
		{"currency", "It cost $1.2bn. That is a lot.",
			[]string{"It cost $1.2bn.", "That is a lot."}},
		{"em dashes", "The war—which began in 2022—goes on. Talks stalled.",
			[]string{"The war—which began in 2022—goes on.", "Talks stalled."}},
		{"en dash", "Talks – if they happen – will be in 2024–2025. None are planned.",
			[]string{"Talks – if they happen – will be in 2024–2025.", "None are planned."}},
		{"quoted question then attribution", "“Will they come?” he said. They did.",
			[]string{"“Will they come?” he said.", "They did."}},
		{"quoted question then capital", "“Will they come?” He said no.",
			[]string{"“Will they come?”", "He said no."}},
		{"straight-quoted question then attribution", "\"Is it over?\" asked Smith. No.",
			[]string{"\"Is it over?\" asked Smith.", "No."}},
		{"quoted exclamation", "“We won!” She smiled.",
			[]string{"“We won!”", "She smiled."}},
		{"full stop inside quotes", "He said: \"No.\" Then left.",
			[]string{"He said: \"No.\"", "Then left."}},
		{"single curly quotes", "‘It is over,’ he said. ‘We lost.’ Then silence.",
			[]string{"‘It is over,’ he said.", "‘We lost.’", "Then silence."}},
		{"parenthesised sentence", "It rose 12%. (Officials denied it.) The end.",
			[]string{"It rose 12%.", "(Officials denied it.)", "The end."}},
		{"ellipsis dots then capital", "He paused... Then he spoke.",
			[]string{"He paused...", "Then he spoke."}},
		{"ellipsis dots then lower case", "He paused... and then spoke.",
			[]string{"He paused... and then spoke."}},
		{"ellipsis character", "He paused… Then he spoke.",
			[]string{"He paused…", "Then he spoke."}},
		{"dateline", "KYIV, Feb 5 (Reuters) - Ukraine said on Monday. Russia denied it.",
			[]string{"KYIV, Feb 5 (Reuters) - Ukraine said on Monday.", "Russia denied it."}},
		{"possessive after acronym", "The U.S.'s position is clear. It will not change.",
			[]string{"The U.S.'s position is clear.", "It will not change."}},
		{"acronym mid-sentence", "Sanctions by the U.S. were lifted. The end.",
			[]string{"Sanctions by the U.S. were lifted.", "The end."}},
		{"acronym before a title", "U.S. President Joe Biden spoke. He left.",
			[]string{"U.S. President Joe Biden spoke.", "He left."}},
		{"acronym ends the sentence", "Troops left the U.S. In May they returned.",
			[]string{"Troops left the U.S.", "In May they returned."}},
		{"apostrophe names", "He met Mr. O'Brien in Côte d’Ivoire. They talked.",
			[]string{"He met Mr. O'Brien in Côte d’Ivoire.", "They talked."}},
		{"year then sentence", "He was born in 1990. In 2000 he moved.",
			[]string{"He was born in 1990.", "In 2000 he moved."}},
		{"time with dots", "He said it was 5 p.m. The meeting ended.",
			[]string{"He said it was 5 p.m.", "The meeting ended."}},
		{"question and answer", "Who? Me.",
			[]string{"Who?", "Me."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for i, s := range Split("", tt.in) {
				if s.Index != i {
					t.Errorf("sentence %d has index %d", i, s.Index)
				}
				got = append(got, s.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q):\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSplitBoundsLongSentences: a run of text without a sentence end (a
// list, a table, a crawler's unpunctuated dump) is split into pieces of at
// most MaxSentenceTokens, after a comma when there is one in the second
// half, with every token kept, in order, at its offsets in its piece.
func TestSplitBoundsLongSentences(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 1000; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("word")
		if i == 300 {
			b.WriteByte(',') // the 302nd token: the first piece ends after it
		}
	}
	body := b.String()
	got := Split("Headline", body)
	var sizes []int
	var words []string
	for i, s := range got[1:] {
		if s.Index != i+1 {
			t.Errorf("piece %d has index %d", i, s.Index)
		}
		sizes = append(sizes, len(s.Tokens))
		for _, tok := range s.Tokens {
			if s.Text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("piece %d: token %q at [%d,%d) is %q in the text", i, tok.Text, tok.Start, tok.End, s.Text[tok.Start:tok.End])
			}
			words = append(words, tok.Text)
		}
	}
	if want := []int{302, 400, 299}; !reflect.DeepEqual(sizes, want) {
		t.Errorf("pieces of %v tokens, want %v", sizes, want)
	}
	if all := texts(Tokenize(body)); !reflect.DeepEqual(words, all) {
		t.Errorf("the pieces hold %d tokens, the sentence %d", len(words), len(all))
	}
	if got[1].Text != body[:strings.Index(body, ",")+1] {
		t.Errorf("first piece ends with %q, want the comma", got[1].Text[len(got[1].Text)-10:])
	}
}
