package graph

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Tests that standard tools accept the exports. A missing tool fails the
// test, naming the Debian package to install, unless NEWSGRAPH_SKIP_TOOLS=1.

func needTool(t *testing.T, name, pkg string) string {
	t.Helper()
	if os.Getenv("NEWSGRAPH_SKIP_TOOLS") == "1" {
		t.Skipf("NEWSGRAPH_SKIP_TOOLS=1: not running %s", name)
	}
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s not found: install the Debian package %s (or set NEWSGRAPH_SKIP_TOOLS=1)", name, pkg)
	}
	return p
}

// python returns a python3 that can import networkx: $NEWSGRAPH_PYTHON,
// /usr/bin/python3 (Debian's python3-networkx), or python3 on $PATH.
func python(t *testing.T) string {
	t.Helper()
	if os.Getenv("NEWSGRAPH_SKIP_TOOLS") == "1" {
		t.Skip("NEWSGRAPH_SKIP_TOOLS=1: not running python3")
	}
	candidates := []string{os.Getenv("NEWSGRAPH_PYTHON"), "/usr/bin/python3", "python3"}
	for _, py := range candidates {
		if py == "" {
			continue
		}
		if exec.Command(py, "-c", "import networkx").Run() == nil {
			return py
		}
	}
	t.Fatalf("no python3 with networkx: install the Debian package python3-networkx (or set NEWSGRAPH_SKIP_TOOLS=1)")
	return ""
}

func testTools(t *testing.T, s *Store) {
	dir := t.TempDir()
	write := func(name, format string) string {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, []byte(export(t, s, format)), 0o644); err != nil {
			t.Fatal(err)
		}
		return file
	}

	t.Run("rapper", func(t *testing.T) {
		rapper := needTool(t, "rapper", "raptor2-utils")
		file := write("g.nq", "nquads")
		var stderr bytes.Buffer
		cmd := exec.Command(rapper, "-i", "nquads", "-c", file)
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("rapper -i nquads -c: %v\n%s", err, stderr.String())
		}
		out := stderr.String()
		if strings.Contains(out, "Warning") || strings.Contains(out, "Error") {
			t.Errorf("rapper reported problems:\n%s", out)
		}
		if want := "returned 26 triples"; !strings.Contains(out, want) {
			t.Errorf("rapper output lacks %q:\n%s", want, out)
		}
	})

	t.Run("networkx", func(t *testing.T) {
		py := python(t)
		file := write("g.graphml", "graphml")
		out, err := exec.Command(py, "-c", `import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(g.number_of_nodes(), g.number_of_edges())`, file).CombinedOutput()
		if err != nil {
			t.Fatalf("networkx read_graphml: %v\n%s", err, out)
		}
		// 26 quads; 24 distinct subjects and objects.
		if got, want := strings.TrimSpace(string(out)), "24 26"; got != want {
			t.Errorf("networkx: nodes edges = %s; want %s", got, want)
		}
	})

	t.Run("graphviz", func(t *testing.T) {
		dot := needTool(t, "dot", "graphviz")
		file := write("g.dot", "dot")
		out, err := exec.Command(dot, "-Tsvg", "-o", filepath.Join(dir, "g.svg"), file).CombinedOutput()
		if err != nil || len(out) != 0 {
			t.Fatalf("dot -Tsvg: %v\n%s", err, out)
		}
	})
}
