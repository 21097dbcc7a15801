package eventdict

import (
	"slices"
	"sort"
	"strings"
)

// phraseIndex finds phrases (sequences of lower-case tokens) by their first
// word, longest first.
type phraseIndex struct {
	byFirst map[string][]int32 // phrase ids, longest first
	phrases [][]string
	owner   []int32 // the row each phrase belongs to
}

func (x *phraseIndex) add(words []string, owner int) {
	if x.byFirst == nil {
		x.byFirst = map[string][]int32{}
	}
	id := int32(len(x.phrases))
	x.phrases = append(x.phrases, words)
	x.owner = append(x.owner, int32(owner))
	x.byFirst[words[0]] = append(x.byFirst[words[0]], id)
}

// sort orders each word's phrases longest first, the first added first on
// a tie, so the first match is the longest and the dictionary's first.
func (x *phraseIndex) sort() {
	for _, ids := range x.byFirst {
		sort.SliceStable(ids, func(a, b int) bool { return len(x.phrases[ids[a]]) > len(x.phrases[ids[b]]) })
	}
}

// at returns the owner and length of the longest phrase starting at token i.
func (x *phraseIndex) at(words []string, i int) (owner, n int, ok bool) {
	if i < 0 || i >= len(words) {
		return 0, 0, false
	}
	for _, id := range x.byFirst[words[i]] {
		p := x.phrases[id]
		if i+len(p) <= len(words) && slices.Equal(words[i:i+len(p)], p) {
			return int(x.owner[id]), len(p), true
		}
	}
	return 0, 0, false
}

// Agent is a role noun: "minister", "rebels", "riot police".
type Agent struct {
	// Code is the agent code: "GOV", "MIL", "REB", "COP", "OPP", or a
	// longer one such as "GOVMED" (state media).
	Code string
	// Prefix is set for the few codes written before the actor's ("NGO~"
	// in the dictionary: an NGO of the actor); the others follow it
	// ("~GOV": USA + GOV = USAGOV).
	Prefix bool
	Span   [2]int
	Rule   string // "Phoenix.agents.txt:1106"
}

type agentRow struct {
	code   string
	prefix bool
	rule   string
}

func (d *Dict) loadAgents() error {
	rows, err := readTable("petrarch/agents.tsv", 3, 3)
	if err != nil {
		return err
	}
	d.agentRows = make([]agentRow, len(rows))
	for i, r := range rows {
		code := r.fields[1]
		d.agentRows[i] = agentRow{code: strings.Trim(code, "~"), prefix: strings.HasSuffix(code, "~"),
			rule: "Phoenix.agents.txt:" + r.fields[2]}
		d.agents.add(strings.Fields(r.fields[0]), i)
	}
	d.agents.sort()
	return nil
}

// AgentAt returns the longest role noun starting at token i of the
// lower-case words.
func (d *Dict) AgentAt(words []string, i int) (Agent, bool) {
	k, n, ok := d.agents.at(words, i)
	if !ok {
		return Agent{}, false
	}
	r := d.agentRows[k]
	return Agent{Code: r.code, Prefix: r.prefix, Span: [2]int{i, i + n}, Rule: r.rule}, true
}

// Discard is a phrase that marks a sentence as not an event: sports,
// entertainment, weather, disease ("world cup", "baseball", "ebola").
type Discard struct {
	Phrase string
	// Story is set when the phrase rules out the whole story, not only the
	// sentence.
	Story bool
	Span  [2]int
	Rule  string // "Phoenix.discards.txt:231"
}

type discardRow struct {
	phrase string
	story  bool
	stem   bool // the last word may continue: "baseball" in "baseballs"
	rule   string
}

func (d *Dict) loadDiscards() error {
	rows, err := readTable("petrarch/discards.tsv", 4, 4)
	if err != nil {
		return err
	}
	d.discRows = make([]discardRow, len(rows))
	d.discStems = map[string]int32{}
	d.minStem = 1 << 30
	for i, r := range rows {
		dr := discardRow{phrase: r.fields[0], story: r.fields[1] == "story", stem: r.fields[2] == "stem",
			rule: "Phoenix.discards.txt:" + r.fields[3]}
		d.discRows[i] = dr
		words := strings.Fields(dr.phrase)
		if len(words) == 1 && dr.stem {
			if _, ok := d.discStems[words[0]]; !ok {
				d.discStems[words[0]] = int32(i)
			}
			d.minStem = min(d.minStem, len(words[0]))
			continue
		}
		d.discards.add(words, i)
	}
	d.discards.sort()
	return nil
}

// Discard returns the first discard phrase in the lower-case words of a
// sentence. As in PETRARCH, the last word of a phrase is a stem unless the
// dictionary ends it with '_': "championship" discards "championships".
func (d *Dict) Discard(words []string) (Discard, bool) {
	for i, w := range words {
		for _, id := range d.discards.byFirst[w] {
			p := d.discards.phrases[id]
			n := len(p)
			if i+n > len(words) || !slices.Equal(words[i:i+n-1], p[:n-1]) {
				continue
			}
			r := &d.discRows[d.discards.owner[id]]
			last := words[i+n-1]
			if last == p[n-1] || r.stem && strings.HasPrefix(last, p[n-1]) {
				return Discard{Phrase: r.phrase, Story: r.story, Span: [2]int{i, i + n}, Rule: r.rule}, true
			}
		}
		for k := d.minStem; k <= len(w); k++ {
			if id, ok := d.discStems[w[:k]]; ok {
				r := &d.discRows[id]
				return Discard{Phrase: r.phrase, Story: r.story, Span: [2]int{i, i + 1}, Rule: r.rule}, true
			}
		}
	}
	return Discard{}, false
}
