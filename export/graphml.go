package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// xmlText returns s escaped for XML text and attribute values; characters
// XML cannot hold become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// WriteGraphML writes the network as GraphML: a directed graph whose nodes
// and edges carry the attributes of nodeAttributes and edgeAttributes
// (keys n_NAME and e_NAME), read by networkx, igraph, yEd and Gephi.
func (n *Network) WriteGraphML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	graphmlType := map[attrType]string{typeString: "string", typeInt: "int", typeDouble: "double"}
	for _, a := range nodeAttributes {
		fmt.Fprintf(bw, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.Name, a.Name, graphmlType[a.Type])
	}
	for _, a := range edgeAttributes {
		fmt.Fprintf(bw, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.Name, a.Name, graphmlType[a.Type])
	}
	bw.WriteString("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n")
	for _, x := range n.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", xmlText(x.ID))
		for _, a := range nodeAttributes {
			if v := a.value(x); v != "" {
				fmt.Fprintf(bw, "      <data key=\"n_%s\">%s</data>\n", a.Name, xmlText(v))
			}
		}
		bw.WriteString("    </node>\n")
	}
	for i, e := range n.Edges {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, xmlText(e.Source), xmlText(e.Target))
		for _, a := range edgeAttributes {
			if v := a.value(e); v != "" {
				fmt.Fprintf(bw, "      <data key=\"e_%s\">%s</data>\n", a.Name, xmlText(v))
			}
		}
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}
