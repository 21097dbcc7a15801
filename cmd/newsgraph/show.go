package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/draw"
	"github.com/newsgraph/newsgraph/graph/question"
)

func showCommand() command {
	c := command{
		name:    "show",
		summary: "show an entity's card: names, roles, relations, events, articles",
		usage: `usage: newsgraph show [--db PATH] [--format text|json] [--limit N] [--why] [--dot] [--svg FILE] ENTITY...

Show prints what the graph says about one entity: its type, canonical name,
the names the articles gave it (the surface forms merged into it, each with
the number of articles that wrote it), Wikidata link, job titles, every relation in and out (leaderOf,
officialOf, memberOf, partOf, locatedIn, capitalOf, nationalOf), the newest
events in which it is agent, target or participant (date, CAMEO code and
description, the other side, quantity and the sentence read), and the
articles that name it. ENTITY is a name, an alias or an entity IRI,
resolved as search does; one that matches nothing, or several entities
equally well, is an error that lists the closest candidates (exit 1).
--limit caps the events and articles listed. --why prints under each
relation the rules that read it and under each event the trigger and
narrowing that coded it (see bench/rules.sh). The store is opened read-only.

JSON output: the card {"iri", "name", "type", "aliases", "forms":
[{"form", "articles"}] (the most written first), "wikidata",
"jobTitles", "relations": [{"subject", "predicate", "object", "articles",
"firstDate", "lastDate", "rules" (with --why)}] (oldest first within each
predicate),
"events": [{"roles", ...event}], "eventCount", "articles": [{"iri",
"headline", "date", "url", "record"}], "articleCount"}; entities are {"iri", "name", "type"};
an event is {"iri", "date", "cameo", "description", "goldstein", "name",
"agents", "targets", "participants", "locations", "quantity", "evidence",
"sentence", "rule", "article"}.

Example:

	$ newsgraph show "Nikol Pashinyan"`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		o := a.askFlags(fs, question.ShowLimit, true)
		why := fs.Bool("why", false, "print under each relation and event the rules that read it")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		q := question.Show{Entity: strings.Join(fs.Args(), " "), Limit: *o.limit, Why: *why}
		if err := o.check(q); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			return usagef("no ENTITY given")
		}
		ask, done, err := a.openAsk(*o.db)
		if err != nil {
			return err
		}
		defer done()
		card, err := q.Answer(ask)
		if err != nil {
			return explain(err)
		}
		if *o.format == "json" && !*o.dot {
			if _, err := a.picture(o, draw.Card(card)); err != nil {
				return err
			}
			return a.writeJSON(card)
		}
		if printed, err := a.picture(o, draw.Card(card)); printed || err != nil {
			return err
		}
		writeCard(a.Stdout, card, *why)
		return nil
	}
	return c
}

// formsText lists the names an entity was given with their article
// counts: "Robert Mueller (150 articles), Mueller (120), Bob Mueller (5)".
func formsText(forms []graph.NameForm) string {
	parts := make([]string, len(forms))
	for i, f := range forms {
		n := thousands(f.Articles)
		if i == 0 {
			n = plural(f.Articles, "article")
		}
		parts[i] = fmt.Sprintf("%s (%s)", f.Form, n)
	}
	return strings.Join(parts, ", ")
}

// writeCard writes an entity card as text.
func writeCard(w io.Writer, c graph.Card, why bool) {
	fmt.Fprintf(w, "%s (%s)\n", c.Name, c.Type)
	fmt.Fprintf(w, "  id        %s\n", c.IRI)
	if c.Wikidata != "" {
		fmt.Fprintf(w, "  wikidata  %s\n", c.Wikidata)
	}
	if len(c.Forms) > 1 {
		fmt.Fprintf(w, "  names     %s\n", formsText(c.Forms))
	} else if len(c.Aliases) > 0 {
		fmt.Fprintf(w, "  aliases   %s\n", strings.Join(c.Aliases, ", "))
	}
	if len(c.JobTitles) > 0 {
		fmt.Fprintf(w, "  roles     %s\n", strings.Join(c.JobTitles, ", "))
	}
	if len(c.Relations) > 0 {
		fmt.Fprintf(w, "\nrelations (%d)\n", len(c.Relations))
		for _, r := range c.Relations {
			fmt.Fprintf(w, "  %s %s %s  (%s%s)\n", r.Subject.Name, r.Predicate, r.Object.Name, plural(r.Articles, "article"), dateSpan(r.FirstDate, r.LastDate))
			if len(r.Rules) > 0 {
				fmt.Fprintf(w, "      why: %s\n", strings.Join(r.Rules, ", "))
			}
		}
	}
	fmt.Fprintf(w, "\nevents (%d", c.EventCount)
	if len(c.Events) < c.EventCount {
		fmt.Fprintf(w, ", newest %d", len(c.Events))
	}
	fmt.Fprintln(w, ")")
	for _, e := range c.Events {
		writeEvent(w, e.Event, strings.Join(e.Roles, ", "), why)
	}
	fmt.Fprintf(w, "\narticles (%d", c.ArticleCount)
	if len(c.Articles) < c.ArticleCount {
		fmt.Fprintf(w, ", %d most recently added", len(c.Articles))
	}
	fmt.Fprintln(w, ")")
	for _, ar := range c.Articles {
		writeArticle(w, ar)
	}
}

func writeArticle(w io.Writer, ar graph.ArticleRef) {
	date := ar.Date
	if date == "" {
		date = "undated"
	}
	fmt.Fprintf(w, "  %-10s  %s%s\n", date, ar.Headline, source(ar))
}

// source says where an article came from: its record id and URL, when the
// input gave them.
func source(ar graph.ArticleRef) string {
	var s []string
	if ar.Record != "" {
		s = append(s, "record "+ar.Record)
	}
	if ar.URL != "" {
		s = append(s, ar.URL)
	}
	if len(s) == 0 {
		return ""
	}
	return "  [" + strings.Join(s, ", ") + "]"
}

// writeEvent writes one event as text: a heading line and its evidence.
func writeEvent(w io.Writer, e graph.Event, role string, why bool) {
	date := e.Date
	if date == "" {
		date = "undated"
	}
	line := fmt.Sprintf("  %-10s  %s %s (%+.1f): %s", date, e.Cameo, e.Description, e.Goldstein, names(e.Agents))
	if len(e.Targets) > 0 {
		line += " → " + names(e.Targets)
	}
	if len(e.Participants) > 0 {
		line += ", with " + names(e.Participants)
	}
	if len(e.Locations) > 0 {
		line += ", in " + names(e.Locations)
	}
	if e.Quantity > 0 {
		line += fmt.Sprintf(", quantity %d", e.Quantity)
	}
	if role != "" {
		line += " [" + role + "]"
	}
	fmt.Fprintln(w, line)
	fmt.Fprintf(w, "              “%s”\n", e.Evidence)
	if e.Article.Headline != "" {
		fmt.Fprintf(w, "              — %s%s\n", e.Article.Headline, source(e.Article))
	}
	if why && e.Rule != "" {
		fmt.Fprintf(w, "              why: %s\n", e.Rule)
	}
}

func names(es []graph.EntityRef) string {
	var s []string
	for _, e := range es {
		s = append(s, e.Name)
	}
	if len(s) == 0 {
		return "(none)"
	}
	return strings.Join(s, ", ")
}

// dateSpan says when the articles stating something were published:
// ", 2023-12-13" or ", 2019-03-01 to 2023-12-13"; "" when undated.
func dateSpan(first, last string) string {
	switch {
	case first == "":
		return ""
	case first == last:
		return ", " + first
	}
	return ", " + first + " to " + last
}
