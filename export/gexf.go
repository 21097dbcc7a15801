package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
)

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

// typeColours colour the nodes by type, and happenings by quad class: blue
// states, orange people, green organisations, purple places; happenings
// light green (verbal cooperation), green (material cooperation), orange
// (verbal conflict) and red (material conflict).
var typeColours = map[string]rgb{
	"Country": {66, 133, 244}, "Person": {245, 152, 39}, "Organization": {52, 168, 83}, "Place": {155, 89, 182},
}

var quadClassColours = map[int]rgb{1: {166, 217, 106}, 2: {26, 150, 65}, 3: {253, 174, 97}, 4: {215, 25, 28}}

func (x Node) colour() rgb {
	if x.Kind == KindEvent {
		if c, ok := quadClassColours[x.QuadClass]; ok {
			return c
		}
		return rgb{150, 150, 150}
	}
	if c, ok := typeColours[x.Type]; ok {
		return c
	}
	return rgb{150, 150, 150}
}

// size grows with the logarithm of the articles.
func (x Node) size() float64 {
	return 10 + 5*math.Log2(1+float64(x.Articles))
}

// WriteGEXF writes the network as GEXF 1.3 for Gephi: a static directed
// graph, nodes labelled with their names and coloured by type (happenings
// by quad class), sized by their articles, edges weighted by theirs, every
// attribute of nodeAttributes and edgeAttributes as a GEXF attribute.
func (n *Network) WriteGEXF(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta>
    <creator>newsgraph</creator>
    <description>entities and happenings read from news articles, with their relations and roles</description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
`)
	gexfType := map[attrType]string{typeString: "string", typeInt: "integer", typeDouble: "double"}
	bw.WriteString("    <attributes class=\"node\">\n")
	for _, a := range nodeAttributes {
		fmt.Fprintf(bw, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", a.Name, a.Name, gexfType[a.Type])
	}
	bw.WriteString("    </attributes>\n    <attributes class=\"edge\">\n")
	for _, a := range edgeAttributes {
		fmt.Fprintf(bw, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", a.Name, a.Name, gexfType[a.Type])
	}
	bw.WriteString("    </attributes>\n")
	fmt.Fprintf(bw, "    <nodes count=\"%d\">\n", len(n.Nodes))
	for _, x := range n.Nodes {
		fmt.Fprintf(bw, "      <node id=\"%s\" label=\"%s\">\n        <attvalues>\n", xmlText(x.ID), xmlText(x.Name))
		for _, a := range nodeAttributes {
			if v := a.value(x); v != "" {
				fmt.Fprintf(bw, "          <attvalue for=\"%s\" value=\"%s\"/>\n", a.Name, xmlText(v))
			}
		}
		c := x.colour()
		fmt.Fprintf(bw, "        </attvalues>\n        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n        <viz:size value=\"%.1f\"/>\n      </node>\n",
			c.r, c.g, c.b, x.size())
	}
	fmt.Fprintf(bw, "    </nodes>\n    <edges count=\"%d\">\n", len(n.Edges))
	for i, e := range n.Edges {
		fmt.Fprintf(bw, "      <edge id=\"%d\" source=\"%s\" target=\"%s\" label=\"%s\" weight=\"%d\">\n        <attvalues>\n",
			i, xmlText(e.Source), xmlText(e.Target), xmlText(e.Label), max(e.Articles, 1))
		for _, a := range edgeAttributes {
			if v := a.value(e); v != "" {
				fmt.Fprintf(bw, "          <attvalue for=\"%s\" value=\"%s\"/>\n", a.Name, xmlText(v))
			}
		}
		bw.WriteString("        </attvalues>\n      </edge>\n")
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}
