package main

import (
	"strings"
	"testing"
)

// helpExample is one "$ newsgraph …" line of a command's help and the
// output lines below it.
type helpExample struct {
	command string
	args    []string
	output  []string
}

// helpExamples finds the examples of a usage text: tab-indented lines
// starting with "$ newsgraph", each followed by the tab-indented lines of
// its output (none when the next line is blank or another example).
func helpExamples(usage string) []helpExample {
	var out []helpExample
	lines := strings.Split(usage, "\n")
	for i := 0; i < len(lines); i++ {
		cmd, ok := strings.CutPrefix(lines[i], "\t$ newsgraph ")
		if !ok {
			continue
		}
		ex := helpExample{command: cmd, args: splitArgs(cmd)}
		for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\t") && !strings.HasPrefix(lines[i+1], "\t$ ") {
			i++
			ex.output = append(ex.output, strings.TrimPrefix(lines[i], "\t"))
		}
		out = append(out, ex)
	}
	return out
}

// splitArgs splits a command line at spaces, keeping "double-quoted" words
// whole.
func splitArgs(s string) []string {
	var args []string
	var cur strings.Builder
	quoted, inWord := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, inWord = !quoted, true
		case r == ' ' && !quoted:
			if inWord {
				args = append(args, cur.String())
				cur.Reset()
			}
			inWord = false
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		args = append(args, cur.String())
	}
	return args
}

// Every "$ newsgraph …" example in the help runs on the bundled article's
// store, and prints exactly the output the help shows under it.
func TestHelpExamples(t *testing.T) {
	db := missionStore(t)
	n := 0
	for _, c := range commands() {
		for _, ex := range helpExamples(c.usage) {
			n++
			out, errs, code := run(t, "", append([]string{"--db", db}, ex.args...)...)
			if code != 0 {
				t.Errorf("help %s: example %q: exit %d: %s", c.name, ex.command, code, errs)
				continue
			}
			if ex.output == nil {
				continue
			}
			got := strings.Split(strings.TrimRight(out, "\n"), "\n")
			for i := range got {
				got[i] = strings.TrimRight(got[i], " ")
			}
			if want := strings.Join(ex.output, "\n"); strings.Join(got, "\n") != want {
				t.Errorf("help %s: example %q prints\n%s\nbut the help shows\n%s\n(when the extractor reads the bundled article differently, copy the new output into the command's usage)",
					c.name, ex.command, strings.Join(got, "\n"), want)
			}
		}
	}
	if n < 5 {
		t.Errorf("found %d help examples; the commands' help should have more", n)
	}
}

func TestGlobalFlagsAndVersion(t *testing.T) {
	db := missionStore(t)
	after, _, code := run(t, "", "stats", "--db", db)
	if code != 0 {
		t.Fatalf("stats --db: exit %d", code)
	}
	for _, args := range [][]string{{"--db", db, "stats"}, {"--db=" + db, "stats"}} {
		if out, errs, code := run(t, "", args...); code != 0 || out != after || errs != "" {
			t.Errorf("newsgraph %s: exit %d, stderr %q, stdout\n%s\nwant\n%s", strings.Join(args, " "), code, errs, out, after)
		}
	}
	expect(t, "", []string{"--db"}, "", "newsgraph: flag needs an argument: --db\nrun 'newsgraph help' for usage\n", 2)
	expect(t, "", []string{"--db", db}, "", "newsgraph: no command after --db "+db+"\nrun 'newsgraph help' for usage\n", 2)
	version, _, _ := run(t, "", "version")
	expect(t, "", []string{"--version"}, version, "", 0)
	if !strings.HasPrefix(version, "newsgraph ") {
		t.Errorf("version: %q", version)
	}
	help, _, _ := run(t, "", "help")
	for _, want := range []string{"Exit status: 0 when", "1 when\nit failed", "2 when it was called wrongly", "--db may come before the command"} {
		if !strings.Contains(help, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}
