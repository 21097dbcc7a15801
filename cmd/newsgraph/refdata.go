package main

import (
	"fmt"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/loaders/refdata"
)

// refdataUsage explains --refdata in the usage of the commands that extract.
const refdataUsage = `The extractor knows states, organisations, office holders, places,
homonyms and given-name short forms from reference tables built into
newsgraph. --refdata DIR lays your own tables over them: files in DIR named
as the built-in ones (countries.tsv, organizations.tsv, people.tsv,
places.tsv, homonyms.tsv, hypocorisms.tsv), tab-separated, with the same
header line first; "#" lines are comments and "|" separates the values of a
field. A row named as a built-in row replaces it (in people.tsv your rows
for a person replace all the built-in rows for that person); other rows are
added. A mistake stops the command with the file and line. The README
lists each table's columns.`

// refdataFlag adds --refdata to a command that extracts.
func refdataFlag(fs *pflag.FlagSet) *string {
	return fs.String("refdata", "", "directory of reference tables laid over the built-in ones")
}

// extractorFor returns an extractor whose tables are the built-in ones with
// those of dir laid over them, or nil, meaning the built-in tables alone,
// when dir is empty.
func extractorFor(dir string) (*extract.Extractor, error) {
	if dir == "" {
		return nil, nil
	}
	t, err := refdata.LoadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("--refdata: %w", err)
	}
	return extract.NewWithTables(t)
}
