package main

import (
	"github.com/newsgraph/newsgraph/graph"
)

// openStore opens the store named by --db; read-only commands pass
// readOnly so that the file is shared with other readers and never changed.
func openStore(path string, readOnly bool) (*graph.Store, error) {
	return graph.Open(path, graph.Options{ReadOnly: readOnly})
}
