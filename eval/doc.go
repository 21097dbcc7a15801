// Package eval scores an article's graph against a gold annotation by the
// rules of GOLD.md (../shared/spec/GOLD.md beside the repository).
//
// A gold file (Gold, read by ReadGold) lists what a careful reader takes out
// of one article: entities, relations between them and CAMEO-coded events.
// Score compares the quads of one article's graph with it and returns a
// Result with true positive, false positive and false negative counts per
// measure (entities, relations, events at two strictness levels) and the
// Wikidata linking figures; Sum micro-averages several Results, and WriteText
// and WriteJSON report them.
//
// # Reading the graph
//
// Score takes every quad of one article, as the store returns them: IRIs as
// quad.IRI (or quad.BNode), literals as quad.String, quad.TypedString,
// quad.LangString, quad.Int, quad.Float or quad.Time. Labels are ignored.
//
//   - An entity is a subject with an rdf:type among schema:Country,
//     schema:Person, schema:Organization and schema:Place; its names are its
//     schema:name and schema:alternateName values, its links its schema:sameAs
//     values. A subject typed with more than one core class (which
//     VOCABULARY.md forbids) is still one entity and may match a gold entity
//     of any of its core types.
//   - A relation is a quad whose predicate is one of the seven relation
//     predicates of schema.Relations, counted once per distinct (subject,
//     predicate, object). Every such quad counts as a graph relation, also one
//     whose ends are not entities (it cannot match, so it is a false
//     positive: VOCABULARY.md allows relations between entities only).
//   - An event is a subject typed schema:Event, read with its ng:cameo,
//     schema:agent, ng:target, schema:participant, schema:startDate and
//     ng:quantity. Where the graph gives more than one value of a predicate
//     that should have one (code, date, quantity), the least in lexical
//     order is used, so that scores do not depend on the store's order.
//     Dates are read from xsd:date, xsd:gYearMonth, xsd:gYear, xsd:dateTime
//     or plain literals (a time of day and a time zone are dropped); integers
//     from xsd:integer (and the other XSD integer types), quad.Int, integral
//     quad.Float or plain literals.
//
// # Names
//
// Names are compared in the form Normalize returns: Unicode NFKD with all
// marks (category M) removed, lower case, surrounding white space,
// punctuation and symbols trimmed, one leading "the " dropped, one trailing
// "'s" dropped (with the apostrophe U+0027, the typographic U+2019 or the
// modifier letter U+02BC), then every remaining punctuation character
// (category P, which includes hyphens and quotation marks) and symbol
// (category S, e.g. "&") removed, not replaced, and runs of white space made
// one space. So "U.S." and "US" are equal ("us"), as are "the E.U." and "EU",
// "Azerbaijan’s" and "Azerbaijan", "Orbán" and "Orban"; "Nagorno-Karabakh" is
// "nagornokarabakh" and so differs from "Nagorno Karabakh".
//
// # Matching
//
// Each measure matches gold items to graph items one to one with a maximum
// bipartite matching (augmenting paths), built in phases so that it is
// deterministic and fair to the annotation: first the non-optional gold items
// are matched as far as possible, then the optional ones are added, which
// never unmatches a non-optional item. Within each of these, preferred edges
// are tried first: for entities those where the graph entity's schema:name
// equals the gold name, for loose event matching those that also match
// strictly. Graph items are tried in the order of their IRIs.
//
// A graph item matched to an optional gold item counts neither way; an
// unmatched graph item is a false positive; an unmatched non-optional gold
// item is a false negative.
//
//   - Entities: equal core type and a shared normalised name (the graph's
//     schema:name or any schema:alternateName against the gold name or any
//     alias).
//   - Relations: the predicate's local name equals the gold relation, and the
//     subject and the object are graph entities matched to the gold entities
//     the relation names.
//   - Events, loose: equal two-digit CAMEO root and at least one schema:agent
//     matched to a gold agent. Strict: loose, and the gold code is a prefix of
//     the graph's code or both have at least three characters and their first
//     three are equal (so gold "084" accepts "0841", gold "0841" accepts "084"
//     and "0842", gold "046" rejects "04"); every gold target is matched by an
//     ng:target or schema:participant; where gold gives a date, the graph
//     gives one at least as precise and equal to it at the gold precision;
//     where gold gives a quantity, the graph gives the same. Loose and strict
//     are matched independently, each with its own maximum matching.
//     Gold participants and locations are not scored.
//   - Linking: over graph entities matched (to optional or non-optional gold
//     entities) whose gold entity has a Wikidata ID, Correct counts those
//     whose only schema:sameAs is exactly http://www.wikidata.org/entity/<ID>
//     and Total counts them all. Wrong counts those of them with any other
//     schema:sameAs value. A sameAs on an unmatched graph entity, or on one
//     matched to a gold entity without a Wikidata ID, is not judged: the gold
//     gives nothing to judge it against.
//
// Precision, recall and F1 are TP/(TP+FP), TP/(TP+FN) and
// 2TP/(2TP+FP+FN); a ratio whose denominator is 0 is 1 (nothing claimed is
// nothing wrong, nothing to find is all found).
package eval
