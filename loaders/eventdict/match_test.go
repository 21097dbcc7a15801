package eventdict

import (
	"slices"
	"strings"
	"testing"
)

// tagged reads a hand-tagged sentence, "Russia/NNP resumed/VBD talks/NNS":
// the tests of Match do not depend on the tagger.
func tagged(t *testing.T, s string) sentence {
	t.Helper()
	var out sentence
	for _, tok := range strings.Fields(s) {
		i := strings.LastIndexByte(tok, '/')
		if i <= 0 {
			t.Fatalf("token %q has no tag", tok)
		}
		out.words = append(out.words, strings.ToLower(tok[:i]))
		out.tags = append(out.tags, tok[i+1:])
	}
	return out
}

// span finds the tokens of phrase (space-separated, lower case).
func (s sentence) span(t *testing.T, phrase string) [2]int {
	t.Helper()
	p := strings.Fields(phrase)
	for i := 0; i+len(p) <= len(s.words); i++ {
		if slices.Equal(s.words[i:i+len(p)], p) {
			return [2]int{i, i + len(p)}
		}
	}
	t.Fatalf("%q not in %q", phrase, s.words)
	return [2]int{}
}

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		name     string
		sentence string
		verb     string   // the token to code
		actors   []string // phrases naming actors, in order
		untagged bool     // code without the tags
		start    string   // the clause starts at this token (default: 0)
		end      string   // the clause ends before this token (default: the sentence's end)
		want     Match    // Lemma and Span are checked too
	}{
		{
			name:     "a noun after the verb, a paired code",
			sentence: "Russia/NNP and/CC Ukraine/NNP resumed/VBD talks/NNS ./.",
			verb:     "resumed",
			want:     Match{Code: "046", Reverse: "046", Rule: "CAMEO.2.0.txt:3090 RESTART - * TALKS [046:046]", ByPattern: true, Named: true, Lemma: "resume", Span: [2]int{3, 5}},
		}, {
			name:     "a noun before the verb",
			sentence: "Talks/NNS resumed/VBD on/IN Monday/NNP ./.",
			verb:     "resumed",
			want:     Match{Code: "046", Reverse: "046", Rule: "CAMEO.2.0.txt:3091 RESTART - TALKS * [046:046]", ByPattern: true, Named: true, Lemma: "resume", Span: [2]int{0, 2}},
		}, {
			name:     "the noun must head its phrase: the block's null code",
			sentence: "They/PRP resumed/VBD the/DT talks/NNS venue/NN ./.",
			verb:     "resumed",
			want:     Match{Code: "", Rule: "CAMEO.2.0.txt:3082 --- RESTART [---] ---", Lemma: "resume", Span: [2]int{1, 2}},
		}, {
			name:     "without tags any token may head",
			sentence: "They/PRP resumed/VBD the/DT talks/NNS venue/NN ./.",
			verb:     "resumed",
			untagged: true,
			want:     Match{Code: "046", Reverse: "046", Rule: "CAMEO.2.0.txt:3090 RESTART - * TALKS [046:046]", ByPattern: true, Named: true, Lemma: "resume", Span: [2]int{1, 4}},
		}, {
			name:     "a synset",
			sentence: "The/DT two/CD sides/NNS resumed/VBD the/DT dialogue/NN ./.",
			verb:     "resumed",
			want:     Match{Code: "046", Reverse: "046", Rule: "CAMEO.2.0.txt:3088 RESTART - * &NEGOTIATION [046:046]", ByPattern: true, Named: true, Lemma: "resume", Span: [2]int{3, 6}},
		}, {
			name:     "a prepositional phrase with a synset, alternatives in the preposition",
			sentence: "The/DT rebels/NNS attacked/VBD the/DT town/NN with/IN rockets/NNS ./.",
			verb:     "attacked",
			want:     Match{Code: "194", Rule: "CAMEO.2.0.txt:9022 PHYSICAL_CONFLICT - * (BY/WITH &WEAPON) [194]", ByPattern: true, Named: true, Lemma: "attack", Span: [2]int{2, 7}},
		}, {
			name:     "a multi-word verb; its block's code",
			sentence: "Turkey/NNP shot/VBD down/RP a/DT Russian/JJ warplane/NN ./.",
			verb:     "shot",
			want:     Match{Code: "190", Rule: "CAMEO.2.0.txt:8806 --- KILL [190] ---", Lemma: "shoot down", Span: [2]int{1, 3}},
		}, {
			name:     "a braced phrase inside a prepositional phrase, after a multi-word verb",
			sentence: "Greece/NNP asked/VBD for/IN much-needed/JJ financial/JJ aid/NN ./.",
			verb:     "asked",
			want:     Match{Code: "0231", Rule: "CAMEO.2.0.txt:943 ASK - * (FOR {FINANCIAL AID}) [0231]", ByPattern: true, Named: true, Lemma: "ask for", Span: [2]int{1, 6}},
		}, {
			name:     "a braced phrase with a synset modifier",
			sentence: "China/NNP will/MD provide/VB military/JJ assistance/NN ./.",
			verb:     "provide",
			want:     Match{Code: "072", Rule: "CAMEO.2.0.txt:6263 GRANT - * {&MILITARY ASSISTANCE} [072]", ByPattern: true, Named: true, Lemma: "provide", Span: [2]int{2, 5}},
		}, {
			name:     "the modifier must be in the head's phrase",
			sentence: "China/NNP will/MD provide/VB military/JJ training/NN and/CC assistance/NN ./.",
			verb:     "provide",
			want:     Match{Code: "070", Rule: "CAMEO.2.0.txt:6240 GRANT - * ASSISTANCE [070]", ByPattern: true, Named: true, Lemma: "provide", Span: [2]int{2, 7}},
		}, {
			name:     "the null code of a pattern",
			sentence: "The/DT army/NN averted/VBD an/DT attack/NN ./.",
			verb:     "averted",
			want:     Match{Code: "", Rule: "CAMEO.2.0.txt:1007 AVERT - * ATTACK [---]", ByPattern: true, Named: true, Lemma: "avert", Span: [2]int{2, 5}},
		}, {
			name:     "a block's paired code",
			sentence: "Putin/NNP visited/VBD Beijing/NNP ./.",
			verb:     "visited",
			want:     Match{Code: "042", Reverse: "043", Rule: "CAMEO.2.0.txt:5580 --- VISIT [042:043] ---", Lemma: "visit", Span: [2]int{1, 2}},
		}, {
			name:     "only the reverse event",
			sentence: "He/PRP appeared/VBD before/IN a/DT court/NN in/IN Moscow/NNP ./.",
			verb:     "appeared",
			want:     Match{Code: "", Reverse: "173", Rule: "CAMEO.2.0.txt:804 APPEAR - * (BEFORE COURT) [:173]", ByPattern: true, Named: true, Lemma: "appear", Span: [2]int{1, 5}},
		}, {
			name:     "a verb's own code",
			sentence: "Germany/NNP condemned/VBD the/DT vote/NN ./.",
			verb:     "condemned",
			want:     Match{Code: "111", Rule: "CAMEO.2.0.txt:7515 BLAME CONDEMN [111]", Own: true, Lemma: "condemn", Span: [2]int{1, 2}},
		}, {
			name:     "the target of a pattern",
			sentence: "The/DT company/NN filed/VBD a/DT claim/NN against/IN Gazprom/NNP ./.",
			verb:     "filed",
			actors:   []string{"company", "gazprom"},
			want:     Match{Code: "115", Rule: "CAMEO.2.0.txt:1950 FILE - * CLAIM (AGAINST) + [115]", ByPattern: true, Named: true, Lemma: "file", Source: -1, Target: 1, Span: [2]int{2, 7}},
		}, {
			name:     "no actor where the pattern wants one",
			sentence: "The/DT company/NN filed/VBD a/DT claim/NN against/IN it/PRP ./.",
			verb:     "filed",
			actors:   []string{"company"},
			want:     Match{Code: "", Rule: "CAMEO.2.0.txt:1945 --- FILE [---] ---", Lemma: "file", Source: -1, Target: -1, Span: [2]int{2, 3}},
		}, {
			name:     "a target with only the reverse event",
			sentence: "Kosovo/NNP gained/VBD recognition/NN from/IN Serbia/NNP ./.",
			verb:     "gained",
			actors:   []string{"kosovo", "serbia"},
			want:     Match{Code: "", Reverse: "054", Rule: "CAMEO.2.0.txt:2535 OBTAIN - * RECOGNITION (FROM) + [:054]", ByPattern: true, Named: true, Lemma: "gain", Source: -1, Target: 1, Span: [2]int{1, 5}},
		}, {
			name:     "a target before the verb, a source in a prepositional phrase",
			sentence: "UN/NNP inspectors/NNS moved/VBD into/IN Iraq/NNP ./.",
			verb:     "moved",
			actors:   []string{"un", "iraq"},
			want:     Match{Code: "0862", Rule: "CAMEO.2.0.txt:2442 MOVE - + INSPECTOR * (INTO $) [0862]", ByPattern: true, Named: true, Lemma: "move", Source: 1, Target: 0, Span: [2]int{0, 5}},
		}, {
			name:     "a compound actor",
			sentence: "Russian/JJ and/CC Chinese/JJ jets/NNS echoed/VBD ./.",
			verb:     "echoed",
			actors:   []string{"russian", "chinese"},
			want:     Match{Code: "062", Reverse: "062", Rule: "CAMEO.2.0.txt:4761 REPEAT - % &AIRCRAFT * [062:062]", ByPattern: true, Named: true, Lemma: "echo", Source: 0, Target: 1, Span: [2]int{0, 5}},
		}, {
			name:     "a pattern of bare prepositions is for the verbs it was written for",
			sentence: "The/DT minister/NN headed/VBD to/TO Paris/NNP ./.",
			verb:     "headed",
			want:     Match{Code: "042", Reverse: "043", Rule: "CAMEO.2.0.txt:6408 OVERSEE_MANAGE - * (TO) [042:043]", ByPattern: true, Lemma: "head", Span: [2]int{2, 4}},
		}, {
			name:     "not for the other verbs of its block",
			sentence: "The/DT talks/NNS led/VBD to/TO a/DT deal/NN ./.",
			verb:     "led",
			want:     Match{Code: "060", Rule: "CAMEO.2.0.txt:6359 --- OVERSEE_MANAGE [060] ---", Lemma: "lead", Span: [2]int{2, 3}},
		}, {
			name:     "a bare word is a content word, not a preposition",
			sentence: "Lawmakers/NNS pressed/VBD on/IN with/IN the/DT bill/NN ./.",
			verb:     "pressed",
			want:     Match{Code: "100", Rule: "CAMEO.2.0.txt:7095 --- DEMAND [100] ---", Lemma: "press", Span: [2]int{1, 2}},
		}, {
			name:     "the clause ends at the next clause's verb",
			sentence: "Officials/NNS said/VBD they/PRP would/MD resume/VB talks/NNS ./.",
			verb:     "said",
			want:     Match{Code: "010", Rule: "CAMEO.2.0.txt:4475 --- EXPLAIN_VERBAL [010] ---", Lemma: "say", Span: [2]int{1, 2}},
		}, {
			name:     "and at an infinitive",
			sentence: "Germany/NNP urged/VBD Russia/NNP to/TO release/VB the/DT prisoners/NNS ./.",
			verb:     "urged",
			want:     Match{Code: "020", Rule: "own/verbs.tsv:11 DEMAND URGE [020]", Own: true, Lemma: "urge", Span: [2]int{1, 2}},
		}, {
			name:     "the inner verb",
			sentence: "Germany/NNP urged/VBD Russia/NNP to/TO release/VB the/DT prisoners/NNS ./.",
			verb:     "release",
			want:     Match{Code: "0841", Rule: "CAMEO.2.0.txt:6879 RELEASE - * PRISONERS [0841]", ByPattern: true, Named: true, Lemma: "release", Span: [2]int{4, 7}},
		}, {
			name:     "an auxiliary does not end the part before the verb",
			sentence: "Talks/NNS have/VBP resumed/VBN ./.",
			verb:     "resumed",
			want:     Match{Code: "046", Reverse: "046", Rule: "CAMEO.2.0.txt:3091 RESTART - TALKS * [046:046]", ByPattern: true, Named: true, Lemma: "resume", Span: [2]int{0, 3}},
		}, {
			name:     "the caller's clause bounds",
			sentence: "They/PRP resumed/VBD ,/, and/CC talks/NNS began/VBD ./.",
			verb:     "resumed",
			end:      ",",
			want:     Match{Code: "", Rule: "CAMEO.2.0.txt:3082 --- RESTART [---] ---", Lemma: "resume", Span: [2]int{1, 2}},
		}, {
			name:     "a noun form through its verb's block",
			sentence: "Russia/NNP 's/POS invasion/NN of/IN Ukraine/NNP ./.",
			verb:     "invasion",
			want:     Match{Code: "192", Rule: "own/nouns.tsv:10 invasion→invade; CAMEO.2.0.txt:9121 --- INVADE [192] ---", Lemma: "invade", Span: [2]int{2, 3}},
		}, {
			name:     "a noun form's own code",
			sentence: "The/DT airstrike/NN hit/VBD a/DT school/NN ./.",
			verb:     "airstrike",
			want:     Match{Code: "195", Rule: "own/nouns.tsv:19 airstrike→bomb [195]", Own: true, Lemma: "bomb", Span: [2]int{1, 2}},
		}, {
			name:     "a pattern before its own code",
			sentence: "The/DT withdrawal/NN of/IN the/DT troops/NNS ./.",
			verb:     "withdrawal",
			want:     Match{Code: "0874", Rule: "own/nouns.tsv:32 withdrawal→withdraw [0874]; CAMEO.2.0.txt:6913 RETREAT - * &MILITARY [0874]", ByPattern: true, Named: true, Lemma: "withdraw", Span: [2]int{1, 5}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := tagged(t, tc.sentence)
			i := s.find(t, tc.verb)
			h, ok := testDict.VerbAt(s.words, i)
			if !ok || !strings.HasPrefix(s.tags[i], "VB") {
				if h, ok = testDict.NounAt(s.words, i); !ok {
					t.Fatalf("no verb or noun form at %q", tc.verb)
				}
			}
			c := Clause{Words: s.words, Tags: s.tags, Verb: h, End: len(s.words)}
			if tc.untagged {
				c.Tags = nil
			}
			if tc.start != "" {
				c.Start = s.find(t, tc.start)
			}
			if tc.end != "" {
				c.End = s.find(t, tc.end)
			}
			for _, a := range tc.actors {
				c.Actors = append(c.Actors, s.span(t, a))
			}
			if tc.actors == nil {
				tc.want.Source, tc.want.Target = -1, -1
			}
			got, ok := testDict.Match(c)
			if !ok || got != tc.want {
				t.Errorf("Match = %+v, %v\n want %+v", got, ok, tc.want)
			}
		})
	}
}

func TestMatchWithoutVerb(t *testing.T) {
	if m, ok := testDict.Match(Clause{Words: []string{"talks"}, End: 1}); ok || m != (Match{}) {
		t.Errorf("Match without a verb = %+v, %v; want nothing", m, ok)
	}
	// A verb outside the clause codes by its defaults.
	s := tagged(t, "Putin/NNP visited/VBD Beijing/NNP")
	h, _ := testDict.VerbAt(s.words, 1)
	m, ok := testDict.Match(Clause{Words: s.words, Tags: s.tags, Verb: h, Start: 2, End: 3})
	want := Match{Code: "042", Reverse: "043", Rule: "CAMEO.2.0.txt:5580 --- VISIT [042:043] ---", Lemma: "visit", Source: -1, Target: -1, Span: [2]int{1, 2}}
	if !ok || m != want {
		t.Errorf("Match of a verb outside its clause = %+v, %v; want %+v", m, ok, want)
	}
}
