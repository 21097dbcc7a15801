// Package loaders reads news articles from the forms users keep them in: an
// article file whose first line is "date YYYY-MM-DD headline", plain text with
// a date given separately, directories of such files, and JSON-lines archives
// of {"id","date","title","text"} records (optionally gzipped), or standard
// input. Each article is identified by the SHA-256 of its bytes.
//
// The sub-packages turn articles into graph: text splits sentences and
// tokens, refdata holds the embedded reference tables, and extract reads
// entities, relations and events out of an article.
package loaders
