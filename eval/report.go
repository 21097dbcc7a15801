package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
)

// WriteText writes a table with one row per article and a last row "micro"
// with the micro-average over them: entity precision, recall and F1,
// relation F1, loose and strict event F1, and links as
// "correct/total (wrong N)". Numbers have three decimals. With verbose, a
// section per article with missed or spurious items follows the table, one
// item a line.
func WriteText(w io.Writer, results []*Result, verbose bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "article\tent P\tent R\tent F1\trel F1\tev loose F1\tev strict F1\tlinks")
	row := func(name string, r *Result) {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d/%d (wrong %d)\n",
			name, r.Entities.P(), r.Entities.R(), r.Entities.F1(), r.Relations.F1(),
			r.EventsLoose.F1(), r.EventsStrict.F1(), r.Links.Correct, r.Links.Total, r.Links.Wrong)
	}
	for _, r := range results {
		row(r.Article, r)
	}
	row("micro", Sum(results))
	if err := tw.Flush(); err != nil {
		return err
	}
	if !verbose {
		return nil
	}
	for _, r := range results {
		if len(r.Missed) == 0 && len(r.Spurious) == 0 {
			continue
		}
		if _, err := fmt.Fprintf(w, "\n%s\n", r.Article); err != nil {
			return err
		}
		for _, it := range r.Missed {
			if _, err := fmt.Fprintf(w, "  missed    %s\n", it); err != nil {
				return err
			}
		}
		for _, it := range r.Spurious {
			if _, err := fmt.Fprintf(w, "  spurious  %s\n", it); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteJSON writes the results as one indented JSON object of this shape,
// every ratio with three decimals:
//
//	{
//	  "articles": [
//	    {
//	      "article": "00_….txt",
//	      "entities":      {"tp": 9, "fp": 1, "fn": 2, "precision": 0.900, "recall": 0.818, "f1": 0.857},
//	      "relations":     {…same keys…},
//	      "events_loose":  {…},
//	      "events_strict": {…},
//	      "links": {"correct": 5, "total": 6, "wrong": 1, "share": 0.833},
//	      "missed":   ["entity Person \"Nikol Pashinyan\"", …],
//	      "spurious": […]
//	    }
//	  ],
//	  "micro": {"entities": {…}, "relations": {…}, "events_loose": {…}, "events_strict": {…}, "links": {…}}
//	}
//
// "missed" and "spurious" are always present (possibly empty) per article
// and absent from "micro"; "articles" is [] when there are none.
func WriteJSON(w io.Writer, results []*Result) error {
	out := jsonReport{Articles: []jsonResult{}, Micro: toJSON(Sum(results), false)}
	for _, r := range results {
		out.Articles = append(out.Articles, toJSON(r, true))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

type jsonReport struct {
	Articles []jsonResult `json:"articles"`
	Micro    jsonResult   `json:"micro"`
}

type jsonResult struct {
	Article      string     `json:"article,omitempty"`
	Entities     jsonCounts `json:"entities"`
	Relations    jsonCounts `json:"relations"`
	EventsLoose  jsonCounts `json:"events_loose"`
	EventsStrict jsonCounts `json:"events_strict"`
	Links        jsonLinks  `json:"links"`
	Missed       *[]string  `json:"missed,omitempty"`
	Spurious     *[]string  `json:"spurious,omitempty"`
}

type jsonCounts struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision decimal `json:"precision"`
	Recall    decimal `json:"recall"`
	F1        decimal `json:"f1"`
}

type jsonLinks struct {
	Correct int     `json:"correct"`
	Total   int     `json:"total"`
	Wrong   int     `json:"wrong"`
	Share   decimal `json:"share"`
}

// decimal is a ratio written with three decimals.
type decimal float64

func (d decimal) MarshalJSON() ([]byte, error) {
	return []byte(strconv.FormatFloat(float64(d), 'f', 3, 64)), nil
}

func toJSON(r *Result, items bool) jsonResult {
	counts := func(c Counts) jsonCounts {
		return jsonCounts{c.TP, c.FP, c.FN, decimal(c.P()), decimal(c.R()), decimal(c.F1())}
	}
	j := jsonResult{
		Article:      r.Article,
		Entities:     counts(r.Entities),
		Relations:    counts(r.Relations),
		EventsLoose:  counts(r.EventsLoose),
		EventsStrict: counts(r.EventsStrict),
		Links:        jsonLinks{r.Links.Correct, r.Links.Total, r.Links.Wrong, decimal(r.Links.Share())},
	}
	if items {
		missed, spurious := lines(r.Missed), lines(r.Spurious)
		j.Missed, j.Spurious = &missed, &spurious
	}
	return j
}

func lines(items []Item) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, it.String())
	}
	return out
}
