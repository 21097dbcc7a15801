package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/newsgraph/newsgraph/graph/draw"
)

var dotQuote = draw.Quote

func (c rgb) hex() string { return fmt.Sprintf("#%02x%02x%02x", c.r, c.g, c.b) }

// WriteDOT writes the network as a Graphviz digraph for a person to read:
// entities by name in the shape of their type (as in the question
// commands' pictures, package draw), happenings as notes with
// their CAMEO code, description and date, edges labelled with the relation
// or role and drawn heavier the more articles state them. A happening's
// tooltip (shown in SVG) holds its label and its articles' record ids, and
// it links to its article's URL when there is one. dot lays out a
// few hundred nodes; for larger graphs use sfdp (sfdp -Goverlap=prism).
func (n *Network) WriteDOT(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`digraph newsgraph {
  rankdir=LR;
  node [fontname="Helvetica", fontsize=11, style=filled, fillcolor=white];
  edge [fontname="Helvetica", fontsize=9, color="#555555"];
`)
	for _, x := range n.Nodes {
		var attrs []string
		if x.Kind == KindEvent {
			label := x.Cameo + " " + x.CameoLabel
			if x.Date != "" {
				label += "\n" + x.Date
			}
			if x.Quantity > 0 {
				label += fmt.Sprintf(", quantity %d", x.Quantity)
			}
			if x.Articles > 1 {
				label += "\n" + articles(x.Articles)
			}
			tooltip := x.Name
			if len(x.Records) > 0 {
				tooltip += "\nrecords: " + strings.Join(x.Records, ", ")
			}
			attrs = append(attrs, "label="+dotQuote(wrap(label, 28)), "shape=note", "fontsize=9",
				"fillcolor="+dotQuote(x.colour().hex()), "tooltip="+dotQuote(tooltip))
			if len(x.URLs) == 1 {
				attrs = append(attrs, "URL="+dotQuote(x.URLs[0]))
			}
		} else {
			attrs = append(attrs, "label="+dotQuote(x.Name), "shape="+draw.Shape(x.Type), "color="+dotQuote(x.colour().hex()),
				"penwidth=2", "tooltip="+dotQuote(fmt.Sprintf("%s (%s), %s", x.Name, x.Type, articles(x.Articles))))
		}
		fmt.Fprintf(bw, "  %s [%s];\n", dotQuote(x.ID), strings.Join(attrs, ", "))
	}
	for _, e := range n.Edges {
		attrs := []string{"label=" + dotQuote(e.Label), fmt.Sprintf("penwidth=%.1f", 1+math.Log2(float64(max(e.Articles, 1))))}
		if e.Kind == KindRelation {
			attrs = append(attrs, "style=dashed", "color=\"#1f4e9a\"", "fontcolor=\"#1f4e9a\"")
		}
		fmt.Fprintf(bw, "  %s -> %s [%s];\n", dotQuote(e.Source), dotQuote(e.Target), strings.Join(attrs, ", "))
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// wrap breaks each line of s at spaces so that no line is much longer than
// width characters.
func wrap(s string, width int) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		var cur []string
		n := 0
		for _, word := range strings.Fields(line) {
			if n > 0 && n+1+len([]rune(word)) > width {
				out = append(out, strings.Join(cur, " "))
				cur, n = nil, 0
			}
			cur = append(cur, word)
			n += len([]rune(word)) + min(n, 1)
		}
		out = append(out, strings.Join(cur, " "))
	}
	return strings.Join(out, "\n")
}

func articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}
