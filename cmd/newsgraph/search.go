package main

import (
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph/question"
)

func searchCommand() command {
	c := command{
		name:    "search",
		summary: "find entities by name, alias, acronym or a near spelling",
		usage: `usage: newsgraph search [--db PATH] [--format text|json] [--limit N] TEXT...

Search finds the entities whose canonical name or any alias matches TEXT,
ignoring case, accents and dots: exactly, as an acronym ("icrc", "E.U."),
as words of the name ("red cross"), as the start of a word, or with a
spelling mistake or two ("pashinian"). Matches are ranked by how well they
match, then by the number of articles that name them. The store is opened
read-only.

JSON output: one object {"query", "matches": [{"iri", "name", "type",
"articles", "matched", "how", "score"}]}; how is name, alias, acronym,
words, prefix or spelling.

Example:

	$ newsgraph search "red cross"
	International Committee of the Red Cross  Organization  1 article  (words: International Committee of the Red Cross)`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		o := a.askFlags(fs, question.SearchLimit, false)
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		q := question.Search{Text: strings.Join(fs.Args(), " "), Limit: *o.limit}
		if err := o.check(q); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			return usagef("no TEXT given")
		}
		ask, done, err := a.openAsk(*o.db)
		if err != nil {
			return err
		}
		defer done()
		ans, err := q.Answer(ask)
		if err != nil {
			return err
		}
		if *o.format == "json" {
			return a.writeJSON(ans)
		}
		ms, text := ans.Matches, ans.Query
		if len(ms) == 0 {
			fmt.Fprintf(a.Stdout, "no entity matches %q\n", text)
			return nil
		}
		width := 0
		for _, m := range ms {
			width = max(width, len([]rune(m.Name)))
		}
		for _, m := range ms {
			fmt.Fprintf(a.Stdout, "%-*s  %-12s  %s  (%s: %s)\n", width, m.Name, m.Type, plural(m.Articles, "article"), m.How, m.Matched)
		}
		return nil
	}
	return c
}
