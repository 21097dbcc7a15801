// Package export writes a newsgraph store in the shapes analysts open in
// other tools, derived from the quads rather than the quads themselves:
//
//   - the entity graph: a node per entity (name, type, Wikidata item,
//     articles) and per happening (CAMEO code and label, date, Goldstein
//     value), edges for the relations between entities and for the roles of
//     entities in happenings, each with its number of articles and first and
//     last publication dates; literal values are attributes, never nodes.
//     Written as GraphML (networkx, yEd), GEXF 1.3 (Gephi), Graphviz DOT
//     and Neo4j's bulk-import CSV files;
//   - the event table: one CSV row per event, in the spirit of GDELT's;
//   - subgraphs of both, and of the quads, selected by Filter: one entity's
//     neighbourhood, a date range, a CAMEO code, some articles.
//
// A happening is one thing that happened as all the store's articles report
// it: events with the same code, agents, targets and date
// (graph.EventGroups). Values describe the whole store: a filter selects
// nodes, edges and rows, and never changes their values.
package export
