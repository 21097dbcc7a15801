// Package eventdict codes CAMEO events from the field's dictionaries: the
// verb patterns, role nouns, actor names and discard phrases of PETRARCH2
// (Open Event Data Alliance, MIT licence; descended from the TABARI/CAMEO
// dictionaries of Philip A. Schrodt and colleagues), turned into the
// project's own compact tables by the generator in gen/ and embedded from
// petrarch/ with their licence (petrarch/LICENSE), plus a few tables of the
// project's own in own/ for what the dictionaries lack: noun forms of verbs,
// verbs the dictionary misses, and the codes of acts embedded in an appeal,
// intent, demand, rejection or threat.
//
// A Dict finds verbs by any of their forms (VerbAt, with multi-word verbs
// such as "cordon off"), nominal forms (NounAt: "invasion" codes as
// "invade"), and codes a clause around a verb the way PETRARCH's patterns
// intend, without a parse tree (Match): the nouns, noun phrases and
// prepositional phrases of a pattern are looked for in order, before and
// after the verb, inside the clause the caller names; the most specific
// matching pattern decides, then the verb's own code, then its block's.
// Every Match names the rule that decided it, so an event can say why.
//
// Without PETRARCH's parse tree, the tags stand in for it: a bare word of a
// pattern matches a content word, a noun only as the head of its phrase; a
// braced phrase's modifiers and a preposition's object are looked for inside
// the noun phrase around them; a clause ends at the next clause's verb. Two
// further departures: a pattern of bare prepositions ("* (TO)") applies only
// to the verbs its comment says it was written for, not to the whole block
// ("head to" is a visit, "lead to" is not); and a paired code "[a:b]" is
// read as TABARI wrote it, the event a from source to target and the event b
// back (Match.Reverse). The verb transformations ("~" lines) are not
// represented; petrarch/skipped.tsv lists everything the tables leave out.
//
// Words are the lower-case tokens of loaders/text; tags, when given, are
// its Penn Treebank tags.
//
// The tables are regenerated with go generate in this directory when
// ../shared (the PETRARCH2 files, beside the repository) is present; the
// generated files are committed, so the package builds and tests without it.
package eventdict

//go:generate go run ./gen --src ../../../shared/third_party/petrarch2 --out petrarch
