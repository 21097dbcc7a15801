// Package extract reads the graph of one news article: the countries,
// people, organisations and places it names, the relations it states between
// them (VOCABULARY.md's closed list), and the events it reports, coded with
// CAMEO.
//
// It is a deterministic, rule-based reader built on general knowledge only:
// the reference tables of package refdata; closed word lists of titles, role
// nouns, organisation and place words, and CAMEO event triggers (lexicon.go);
// and patterns over tokens: proper-noun chunks, titles and appositions,
// copular sentences, verbs in active and passive voice and their nominal
// forms. Dates are resolved against the article's publication date.
//
// An Extractor is safe for concurrent use once built.
package extract
