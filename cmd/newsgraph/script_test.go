package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files and scripts with the current output")

// TestMain lets the end-to-end scripts run newsgraph as a command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"newsgraph": func() { main() },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: real command
// lines, exact output and exit codes. The bundled article is copied into
// each script's work directory as article.txt.
func TestScripts(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "00_aljazeera_2023-12-13_armenia_azerbaijan_prisoner_exchange.txt"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join("testdata", "script"),
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("NEWSGRAPH_DB", "")
			return os.WriteFile(filepath.Join(env.WorkDir, "article.txt"), article, 0o644)
		},
	})
}
