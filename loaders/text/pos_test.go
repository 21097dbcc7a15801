package text

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shared"
)

// taggedSentences are news-style sentences written for this test and tagged
// by hand with Penn Treebank tags, as "word/TAG" pairs separated by spaces.
// The first coreCount must be tagged exactly; the rest count towards the
// overall accuracy.
var taggedSentences = []string{
	// Core: verb or noun for trigger words, VBD or VBN, possessives,
	// "U.S.", numbers.
	"Russia/NNP released/VBD 32/CD Armenian/JJ prisoners/NNS ./.",
	"The/DT talks/NNS were/VBD held/VBN in/IN Moscow/NNP on/IN Tuesday/NNP ./.",
	"Azerbaijan/NNP 's/POS president/NN met/VBD his/PRP$ Armenian/JJ counterpart/NN in/IN Brussels/NNP ./.",
	"Rebels/NNS attack/VBP army/NN posts/NNS near/IN the/DT border/NN ./.",
	"The/DT attack/NN killed/VBD at/IN least/JJS 12/CD civilians/NNS ./.",
	"The/DT minister/NN will/MD visit/VB Kyiv/NNP next/JJ week/NN ./.",
	"His/PRP$ visit/NN to/TO Beijing/NNP was/VBD postponed/VBN ./.",
	"Both/DT sides/NNS agreed/VBD to/TO exchange/VB prisoners/NNS ./.",
	"The/DT prisoner/NN exchange/NN took/VBD place/NN on/IN Friday/NNP ./.",
	"The/DT men/NNS were/VBD arrested/VBN by/IN police/NNS on/IN Sunday/NNP ./.",
	"Prisoners/NNS released/VBN by/IN Azerbaijan/NNP returned/VBD home/RB on/IN Wednesday/NNP ./.",
	"The/DT U.S./NNP has/VBZ imposed/VBN new/JJ sanctions/NNS on/IN Iran/NNP ./.",
	"Talks/NNS between/IN the/DT two/CD countries/NNS resumed/VBD in/IN March/NNP ./.",
	"The/DT meeting/NN ended/VBD without/IN an/DT agreement/NN ,/, officials/NNS said/VBD ./.",
	"The/DT army/NN said/VBD that/IN 15/CD soldiers/NNS had/VBD been/VBN killed/VBN ./.",
	"Iran/NNP says/VBZ the/DT strike/NN violated/VBD its/PRP$ sovereignty/NN ./.",
	"The/DT U.S./NNP 's/POS envoy/NN releases/VBZ a/DT statement/NN every/DT week/NN ./.",

	// Further sentences.
	"Hundreds/NNS of/IN people/NNS were/VBD detained/VBN after/IN the/DT protests/NNS ./.",
	"He/PRP said/VBD it/PRP 's/VBZ too/RB early/JJ to/TO judge/VB ./.",
	"The/DT deal/NN that/WDT ended/VBD the/DT war/NN was/VBD signed/VBN in/IN 2020/CD ./.",
	"That/DT decision/NN angered/VBD many/JJ Armenians/NNPS ./.",
	"About/RB 3,000/CD troops/NNS crossed/VBD into/IN the/DT region/NN last/JJ month/NN ./.",
	"The/DT government/NN 's/POS decision/NN to/TO release/VB the/DT prisoners/NNS was/VBD welcomed/VBN by/IN the/DT European/NNP Union/NNP ./.",
	"Police/NNS fired/VBD tear/NN gas/NN at/IN protesters/NNS in/IN the/DT capital/NN ./.",
	"The/DT United/NNP States/NNPS and/CC Russia/NNP exchanged/VBD prisoners/NNS last/JJ year/NN ./.",
	"Officials/NNS expect/VBP the/DT talks/NNS to/TO continue/VB ./.",
	"Fighting/NN broke/VBD out/RP again/RB on/IN Monday/NNP ./.",
	"The/DT two/CD leaders/NNS are/VBP expected/VBN to/TO meet/VB in/IN Paris/NNP ./.",
	"A/DT car/NN bomb/NN exploded/VBD outside/IN the/DT embassy/NN ./.",
	"The/DT ministry/NN said/VBD 40/CD people/NNS had/VBD been/VBN injured/VBN in/IN the/DT blast/NN ./.",
	"Putin/NNP is/VBZ visiting/VBG China/NNP this/DT week/NN ./.",
	"They/PRP have/VBP not/RB responded/VBN to/TO requests/NNS for/IN comment/NN ./.",
	"The/DT company/NN 's/POS shares/NNS fell/VBD 5/CD %/NN on/IN Thursday/NNP ./.",
	"Lawmakers/NNS voted/VBD 52/CD to/TO 48/CD to/TO approve/VB the/DT bill/NN ./.",
	"The/DT report/NN was/VBD released/VBN hours/NNS before/IN the/DT vote/NN ./.",
	"Armenia/NNP and/CC Azerbaijan/NNP have/VBP fought/VBN two/CD wars/NNS over/IN the/DT region/NN ./.",
	"Protesters/NNS gathered/VBD outside/IN parliament/NN ,/, demanding/VBG his/PRP$ resignation/NN ./.",
	"It/PRP was/VBD the/DT worst/JJS attack/NN in/IN years/NNS ./.",
	"The/DT ceasefire/NN ,/, brokered/VBN by/IN Moscow/NNP ,/, largely/RB held/VBD ./.",
	"Several/JJ buildings/NNS were/VBD damaged/VBN ,/, but/CC no/DT one/NN was/VBD hurt/VBN ./.",
	"Trump/NNP said/VBD he/PRP would/MD meet/VB Kim/NNP again/RB ./.",
	"The/DT exchange/NN of/IN fire/NN lasted/VBD several/JJ hours/NNS ./.",
	"Most/JJS of/IN the/DT detainees/NNS were/VBD freed/VBN in/IN December/NNP ./.",
	"“/`` We/PRP want/VBP peace/NN ,/, ”/'' he/PRP told/VBD reporters/NNS ./.",
	"The/DT U.N./NNP Security/NNP Council/NNP will/MD hold/VB an/DT emergency/NN meeting/NN ./.",
	"China/NNP 's/POS exports/NNS rose/VBD 8.5/CD percent/NN in/IN May/NNP ./.",
	"Armenian/JJ officials/NNS accused/VBD Baku/NNP of/IN violating/VBG the/DT truce/NN ./.",
	"There/EX were/VBD no/DT immediate/JJ reports/NNS of/IN casualties/NNS ./.",
	"The/DT senator/NN called/VBD for/IN an/DT independent/JJ investigation/NN into/IN the/DT shooting/NN ./.",
	"Turkey/NNP has/VBZ denied/VBN sending/VBG fighters/NNS to/TO the/DT region/NN ./.",
	"Ukraine/NNP 's/POS foreign/JJ minister/NN urged/VBD allies/NNS to/TO send/VB more/JJR air/NN defense/NN systems/NNS ./.",
	"The/DT court/NN sentenced/VBD the/DT former/JJ mayor/NN to/TO five/CD years/NNS in/IN prison/NN for/IN bribery/NN ./.",
	"Thousands/NNS of/IN residents/NNS fled/VBD the/DT city/NN as/IN the/DT fighting/NN intensified/VBD ./.",
	"North/NNP Korea/NNP fired/VBD two/CD ballistic/JJ missiles/NNS into/IN the/DT sea/NN on/IN Sunday/NNP ,/, Japan/NNP 's/POS defense/NN ministry/NN said/VBD ./.",
	"The/DT bill/NN passed/VBD the/DT House/NNP by/IN a/DT vote/NN of/IN 220/CD to/TO 207/CD ./.",
	"Negotiators/NNS reached/VBD a/DT tentative/JJ agreement/NN late/JJ Friday/NNP after/IN weeks/NNS of/IN talks/NNS ./.",
	"The/DT explosion/NN damaged/VBD several/JJ homes/NNS and/CC injured/VBD three/CD people/NNS ./.",
	"Critics/NNS say/VBP the/DT new/JJ law/NN restricts/VBZ press/NN freedom/NN ./.",
}

// coreCount is how many of taggedSentences must be tagged exactly.
const coreCount = 17

type taggedToken struct{ word, tag string }

func parseTagged(t *testing.T, s string) (string, []taggedToken) {
	t.Helper()
	var words []string
	var toks []taggedToken
	for _, f := range strings.Fields(s) {
		i := strings.LastIndexByte(f, '/')
		if i <= 0 {
			t.Fatalf("bad token %q in %q", f, s)
		}
		toks = append(toks, taggedToken{f[:i], f[i+1:]})
		words = append(words, f[:i])
	}
	// Rebuild the sentence: no space before punctuation or "'s".
	var b strings.Builder
	for i, w := range words {
		if i > 0 && !(w == "." || w == "," || w == "'s" || w == "%" || w == "”" || i > 0 && words[i-1] == "“") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String(), toks
}

func TestTag(t *testing.T) {
	right, total := 0, 0
	errs := map[string]int{} // "gold->got"
	for n, s := range taggedSentences {
		text, want := parseTagged(t, s)
		toks := Tokenize(text)
		if len(toks) != len(want) {
			t.Fatalf("Tokenize(%q) gives %d tokens, the test has %d", text, len(toks), len(want))
		}
		got := Tag(toks)
		if len(got) != len(toks) {
			t.Fatalf("Tag gives %d tags for %d tokens", len(got), len(toks))
		}
		var diff []string
		for i, w := range want {
			if toks[i].Text != w.word {
				t.Fatalf("token %d of %q is %q, want %q", i, text, toks[i].Text, w.word)
			}
			total++
			if got[i] == w.tag {
				right++
				continue
			}
			errs[w.tag+"->"+got[i]]++
			diff = append(diff, fmt.Sprintf("%s/%s (want %s)", w.word, got[i], w.tag))
		}
		if len(diff) > 0 {
			if n < coreCount {
				t.Errorf("core sentence %q: %s", text, strings.Join(diff, ", "))
			} else {
				t.Logf("sentence %q: %s", text, strings.Join(diff, ", "))
			}
		}
	}
	acc := float64(right) / float64(total)
	t.Logf("accuracy %d/%d = %.1f%%; errors (gold->got): %v", right, total, 100*acc, errs)
	if acc < 0.95 {
		t.Errorf("accuracy %.1f%% < 95%%", 100*acc)
	}
}

func TestTagEdgeCases(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"", ""},
		{"Bomb Suspect Changed After Trip Abroad, Friends Say", "NN NN VBD IN NN RB , NNS VBP"},
		{"It’s Baku’s offer.", "PRP VBZ NNP POS NN ."},
		{"Let's talk (again) in the 1990s!", "VB PRP VB ( RB ) IN DT CD CD ."},
		{"He paid $1.2 million for 9/11 #tributes; a so-called long-term deal.", "PRP VBD $ CD CD IN CD # NNS : DT JJ JJ NN ."},
		{"NATO and the E.U. rejected a Russian-backed plan", "NNP CC DT NNP VBD DT JJ NN"},
		{"There is a supercalifragilistic idea", "EX VBZ DT JJ NN"},
		{"the Llanfairpwllgwyngyll-Gogerychwyrndrobwllllantysiliogogogoch-Cymru town's anti-establishment-oriented-and-highly-suspicious mood", "DT NNP NN POS JJ NN"},
	}
	for _, tt := range tests {
		got := strings.Join(Tag(Tokenize(tt.in)), " ")
		if got != tt.want {
			t.Errorf("Tag(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSentenceTags(t *testing.T) {
	s := Split("Talks resume", "")[0]
	if got := strings.Join(s.Tags(), " "); got != "NNS VBP" {
		t.Errorf("Tags() = %q, want %q", got, "NNS VBP")
	}
}

// BenchmarkTag measures tagging throughput on one core over the sentences of
// the first 2,000 articles of the benchmark corpus, reported as words/s
// (words split at white space, as the extractor counts them):
//
//	go test -run '^$' -bench Tag -cpu 1 ./loaders/text
func BenchmarkTag(b *testing.B) {
	f, err := os.Open(shared.Path(b, "corpus/news.jsonl.gz"))
	if err != nil {
		b.Fatalf("benchmark corpus: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var sents []Sentence
	words := 0
	for n := 0; n < 2000 && sc.Scan(); n++ {
		var a struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		words += len(strings.Fields(a.Title)) + len(strings.Fields(a.Text))
		sents = append(sents, Split(a.Title, a.Text)...)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	Tag(nil) // build the lexicon
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			Tag(s.Tokens)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
