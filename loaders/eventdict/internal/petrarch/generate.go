// Package petrarch turns the PETRARCH2 dictionaries (Open Event Data
// Alliance, MIT licence) into the event dictionary's own compact tables:
// tab-separated files in a fixed order, with the licence and the source
// commit, and a list of what was left out and why. It is the library of the
// generator in ../../gen; the package eventdict embeds what it writes.
package petrarch

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// The source files, as named in the PETRARCH2 repository.
const (
	verbFile     = "CAMEO.2.0.txt"
	agentFile    = "Phoenix.agents.txt"
	intlFile     = "Phoenix.International.actors.txt"
	nonStateFile = "Phoenix.MilNonState.actors.txt"
	countryFile  = "Phoenix.Countries.actors.txt"
	discardFile  = "Phoenix.discards.txt"
)

// skipped collects what the tables leave out.
type skipped struct{ rows []string }

func (s *skipped) add(file string, line int, why, raw string) {
	s.rows = append(s.rows, fmt.Sprintf("%s\t%d\t%s\t%s", file, line, why, strings.Join(strings.Fields(raw), " ")))
}

// Generate reads the dictionaries in src and returns the generated files by
// name.
func Generate(src string) (map[string][]byte, error) {
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(src, name)) }
	var skip skipped
	out := map[string][]byte{}

	vsrc, err := read(verbFile)
	if err != nil {
		return nil, err
	}
	vd, err := parseVerbs(vsrc, &skip)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", verbFile, err)
	}
	out["blocks.tsv"] = table("name\tcode\tline", len(vd.blocks), func(i int) string {
		b := vd.blocks[i]
		return fmt.Sprintf("%s\t%s\t%d", b.name, b.code, b.line)
	})
	out["verbs.tsv"] = table("block\tlemma\tcode\tline\tbase\ts\tpast\tparticiple\ting", len(vd.verbs), func(i int) string {
		v := vd.verbs[i]
		cols := []string{vd.blocks[v.block].name, strings.ReplaceAll(v.lemma, "+", ""), v.code, fmt.Sprint(v.line)}
		for _, f := range v.forms {
			cols = append(cols, strings.Join(f, ","))
		}
		return strings.Join(cols, "\t")
	})
	out["patterns.tsv"] = table("block\tcode\tline\tpattern\tverbs (the block's verbs its comment names)", len(vd.patterns), func(i int) string {
		p := vd.patterns[i]
		return fmt.Sprintf("%s\t%s\t%d\t%s\t%s", vd.blocks[p.block].name, p.code, p.line, p.text, strings.Join(p.verbs, ","))
	})
	var syn []string
	for _, s := range vd.synsets {
		for _, p := range s.phrases {
			syn = append(syn, fmt.Sprintf("%s\t%d\t%s", s.name, s.line, p))
		}
	}
	out["synsets.tsv"] = table("synset\tline\tphrase", len(syn), func(i int) string { return syn[i] })

	asrc, err := read(agentFile)
	if err != nil {
		return nil, err
	}
	agents, err := parseAgents(asrc, &skip)
	if err != nil {
		return nil, err
	}
	seen := map[string]int{}
	var arows []string
	for _, a := range agents {
		if first, ok := seen[a.phrase]; ok {
			if first != a.line {
				skip.add(agentFile, a.line, fmt.Sprintf("%q already has the agent code of line %d", a.phrase, first), "")
			}
			continue
		}
		seen[a.phrase] = a.line
		arows = append(arows, fmt.Sprintf("%s\t%s\t%d", a.phrase, a.code, a.line))
	}
	out["agents.tsv"] = table("phrase\tcode\tline", len(arows), func(i int) string { return arows[i] })

	for _, f := range []struct {
		file, table string
		dated       bool // keep only records with dated codes: office holders
	}{{intlFile, "international.tsv", false}, {nonStateFile, "nonstate.tsv", false}, {countryFile, "people.tsv", true}} {
		b, err := read(f.file)
		if err != nil {
			return nil, err
		}
		actors, err := parseActors(f.file, b, &skip)
		if err != nil {
			return nil, err
		}
		var rows []string
		for _, a := range actors {
			if f.dated && !a.dated {
				continue
			}
			rows = append(rows, fmt.Sprintf("%d\t%s\t%s", a.line, strings.Join(a.codes, ";"), strings.Join(a.names, "|")))
		}
		out[f.table] = table("line\tcodes\tnames", len(rows), func(i int) string { return rows[i] })
	}

	dsrc, err := read(discardFile)
	if err != nil {
		return nil, err
	}
	discards := parseDiscards(dsrc, &skip)
	out["discards.tsv"] = table("phrase\tscope\tend\tline", len(discards), func(i int) string {
		d := discards[i]
		scope, end := "sentence", "stem"
		if d.story {
			scope = "story"
		}
		if d.exact {
			end = "word"
		}
		return fmt.Sprintf("%s\t%s\t%s\t%d", d.phrase, scope, end, d.line)
	})

	out["skipped.tsv"] = table("file\tline\treason\tsource", len(skip.rows), func(i int) string { return skip.rows[i] })

	lic, err := licence(src)
	if err != nil {
		return nil, err
	}
	out["LICENSE"] = lic
	return out, nil
}

// srcLine is a line of a dictionary file: its number, the line as written,
// and its text without the '#' comment or trailing space (indentation kept).
type srcLine struct {
	n         int
	raw, text string
}

// contentLines returns the lines of src that hold more than a comment.
func contentLines(src []byte) []srcLine {
	var out []srcLine
	for n, raw := range strings.Split(string(src), "\n") {
		text := raw
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		if text = strings.TrimRight(text, " \t\r"); strings.TrimSpace(text) != "" {
			out = append(out, srcLine{n + 1, raw, text})
		}
	}
	return out
}

// table writes a header comment and n rows, one a line.
func table(header string, n int, row func(int) string) []byte {
	var b bytes.Buffer
	b.WriteString("# " + header + "\n")
	for i := 0; i < n; i++ {
		b.WriteString(row(i))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

var commitRE = regexp.MustCompile(`\b[0-9a-f]{40}\b`)

// licence writes the attribution: where the tables come from (the commit the
// source README names) and the MIT notice of the source.
func licence(src string) ([]byte, error) {
	readme, err := os.ReadFile(filepath.Join(src, "README.md"))
	if err != nil {
		return nil, err
	}
	commit := commitRE.Find(readme)
	if commit == nil {
		return nil, fmt.Errorf("%s: no source commit named", filepath.Join(src, "README.md"))
	}
	mit, err := os.ReadFile(filepath.Join(src, "LICENSE"))
	if err != nil {
		return nil, err
	}
	files := []string{verbFile, agentFile, intlFile, nonStateFile, countryFile, discardFile}
	sort.Strings(files)
	var b bytes.Buffer
	fmt.Fprintf(&b, `The tables in this directory are generated by loaders/eventdict/gen from the
PETRARCH2 dictionaries of the Open Event Data Alliance, repository
openeventdata/petrarch2 at commit %s,
files petrarch2/data/dictionaries/{%s}.
They descend from the TABARI/CAMEO dictionaries of Philip A. Schrodt and
colleagues. They are a transformation of that work (regular verb forms and
plurals spelled out, date restrictions normalised, entries the coder cannot
use left out and listed in skipped.tsv) and remain under its licence:

`, commit, strings.Join(files, ","))
	b.Write(bytes.TrimSpace(mit))
	b.WriteByte('\n')
	return b.Bytes(), nil
}
