// Package graph is newsgraph's store: a Cayley quad store kept in a bbolt file,
// in memory, or in PostgreSQL (or CockroachDB) through Cayley's SQL backend,
// with the operations the commands need. It adds articles' quads
// idempotently (an article is identified by its ng:contentHash), imports
// quad files a label (an article) per transaction (Import), exports the
// whole store in one pass (Export, EachQuad), runs Cayley queries and counts
// what the graph holds. Its methods are safe for concurrent use: one lock
// lets readers share the store and gives a writer it alone, because
// Cayley's memory store and bbolt are not safe for a writer beside readers.
//
// A file store is opened through hidalgo's bbolt wrapper rather than Cayley's
// registry so that a store held by another process fails within two seconds
// instead of blocking, read-only opens share the file, and no start-up scan
// grows with the store. The file (the SQL tables) is created on the first
// write only.
//
// Ask answers relationship questions (search, entity cards, event
// timelines, shortest connections, related entities). On bbolt it reads the
// file's indexes directly, helped by a side file of dates and names
// (<store>.ask, see WriteAskIndex); elsewhere, and on a bbolt store quads
// were deleted from, it reads through Cayley's iterators.
//
// Beside Cayley's buckets the file holds one of newsgraph's own, with the
// index of entity nodes that build's entity resolution last saved
// (SaveEntityNodes), used only while Cayley's horizon shows that no quad
// was written since and otherwise read again from the quads, and the
// store's generation, which every write through Cayley renews and the ask
// index is keyed to (state.go).
//
// Cayley's own packages are imported under the alias cgraph where their name
// collides with this one.
package graph
