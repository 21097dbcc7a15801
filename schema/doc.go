// Package schema is the vocabulary of the newsgraph knowledge graph as Go:
// the IRIs of its types and predicates (VOCABULARY.md beside this file, the
// graph's public contract, kept in step with this code by its tests), the
// CAMEO event codes with their Goldstein values, how node IRIs are minted,
// and the in-memory form of one article's graph (Doc) with its conversion to
// quads.
//
// Every IRI written is absolute. The project's own terms live in the namespace
// NS, written ng: in the documentation.
package schema
