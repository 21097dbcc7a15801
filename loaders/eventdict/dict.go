package eventdict

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
)

// tables holds the generated tables (petrarch/) and the project's own (own/).
//
//go:embed petrarch/blocks.tsv petrarch/verbs.tsv petrarch/patterns.tsv petrarch/synsets.tsv
//go:embed petrarch/agents.tsv petrarch/international.tsv petrarch/nonstate.tsv petrarch/people.tsv petrarch/discards.tsv
//go:embed own/verbs.tsv own/nouns.tsv own/frames.tsv
var tables embed.FS

// verbSource is the file the verb patterns come from, as rules name it.
const verbSource = "CAMEO.2.0.txt"

// Dict is the event dictionary. It is read-only once built, so one Dict may
// serve any number of goroutines.
type Dict struct {
	blocks []block
	verbs  []verb

	// forms finds verbs by the form of their verb word ("cordoned" for
	// "cordoned off"); tails marks the words that follow one ("off").
	forms   map[string][]formRef
	tails   map[string]bool
	maxTail int

	nouns      map[string][]int32 // nounForms by their last word
	nounForms  []nounForm
	nounRows   []noun
	maxNounLen int

	vocab        wordTable // every word a pattern names
	synsetCount  int
	patterns     []pattern
	anchored     map[uint64][]int32 // block<<32|word -> patterns that need the word
	anchors      []bitset           // per block: the words of anchored
	anchorFilter []wordFilter       // per block: the hashes of those words
	unanchor     [][]int32          // per block: patterns with no word to look for

	frames map[[2]string]frame

	agents    phraseIndex
	agentRows []agentRow
	actors    *Actors
	discards  phraseIndex      // discards of several words, or ending in '_'
	discStems map[string]int32 // one-word stems: "baseball" discards "baseballs"
	minStem   int
	discRows  []discardRow
}

type block struct {
	name          string
	code, reverse string
	rule          string
}

type verb struct {
	lemma         string
	block         int32
	code, reverse string
	own           bool // the verb has its own code
	rule          string
}

// formRef is one form of a verb: the verb word's form plus the words that
// must precede and follow it.
type formRef struct {
	verb        int32
	form        Form
	front, back []string
}

// New reads the embedded tables.
func New() (*Dict, error) {
	d := &Dict{
		forms:    map[string][]formRef{},
		tails:    map[string]bool{},
		nouns:    map[string][]int32{},
		anchored: map[uint64][]int32{},
		frames:   map[[2]string]frame{},
	}
	steps := []func() error{d.loadVerbs, d.loadPatterns, d.loadNouns, d.loadFrames, d.loadAgents, d.loadActors, d.loadDiscards}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("eventdict: %w", err)
		}
	}
	return d, nil
}

// row is one line of a table, its fields and its line number.
type row struct {
	line   int
	fields []string
}

// readTable returns the rows of an embedded table, checking they have
// between minCols and cols fields; missing trailing fields are empty. Lines
// starting with '#' are comments.
func readTable(name string, minCols, cols int) ([]row, error) {
	b, err := tables.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var rows []row
	for i, ln := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if ln == "" || ln[0] == '#' {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) < minCols || len(f) > cols {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d to %d", name, i+1, len(f), minCols, cols)
		}
		for len(f) < cols {
			f = append(f, "")
		}
		rows = append(rows, row{i + 1, f})
	}
	return rows, nil
}

// splitCode reads a dictionary code: "190", "042:043" (the event and the
// reverse event, from target to source), ":173" (only the reverse event),
// "---" (no event).
func splitCode(c string) (code, reverse string) {
	code, reverse, _ = strings.Cut(c, ":")
	if code == "---" {
		code = ""
	}
	if reverse == "---" {
		reverse = ""
	}
	return code, reverse
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
