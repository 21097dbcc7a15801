// Package resolve makes the entities of many articles one graph: it matches
// each entity an article names against the entity nodes already in the
// store and, when the evidence is strong enough, re-points the article's
// entity to the existing node.
//
// The extractor mints an entity's IRI from its type and canonical name
// (schema.EntityIRI), so an entity the reference tables know always gets the
// same node. An entity they do not know is named as the article writes it,
// so the same person or body can reach the store under two spellings. A
// Resolver keeps an index of the store's entity nodes (folded names and
// aliases, type, Wikidata item, and for people the countries they lead,
// serve or belong to), and Resolve rewrites an article's Doc against it:
//
//   - same Wikidata item and type: the same node;
//   - same type and the same folded name (accents, case and punctuation
//     ignored: "Viktor Orbán" = "Viktor Orban", "U.S." = "US"): the same node;
//   - same type and the article's name equal to a folded alias of exactly
//     one node, or an alias of the article's entity equal to the folded name
//     of exactly one node, when the two names are alike (for people the
//     same surname, for places the same words but for "County" or
//     "Province", otherwise the words of one within the other or an
//     acronym: "OPEC"), so that an alias the extractor got wrong does not
//     merge; and for people not when the two are tied to different
//     countries, when a one-word name is a word of another stored person's
//     name too ("Bush", "Kim"), or when the node itself is named by one
//     word only;
//   - for people, a name that is another form of exactly one stored
//     person's name (refdata's SameName: the same family name, given names
//     equal or forms of one name by the hypocorisms table, middle names
//     equal, missing or initials, a generation numeral missing): "Bill
//     Barr" and "William P. Barr" are "William Barr", "Kim Jong-un" is "Kim
//     Jong Un"; not "Jay Carney" and "Mark Carney", nor "George Bush" when
//     George W. and George H. W. Bush are both stored.
//
// Anything else stays apart: a wrong merge is worse than a missed one.
// Rewriting changes the entity's Name to the node's canonical name (its IRI
// follows), keeps the article's own forms as aliases, and rewrites the IRIs
// in the article's relations and events. Entities of one article that reach
// the same node are combined into one.
//
// Resolution is deterministic for a given input order: the index holds
// exactly what the store holds (Load), and Add brings in each article as it
// is written, so a build interrupted and run again decides as a clean build
// does.
package resolve
