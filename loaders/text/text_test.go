package text

import (
	"reflect"
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
