// Package tooltest finds the real programs that tests hand newsgraph's
// output to (rapper, xmllint, Graphviz's dot, python3 with networkx or
// pandas), so that a claim of a standard format is checked by the tools
// of that format. A missing tool skips the test with a message naming the
// Debian package to install; .ci/run installs them all.
package tooltest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// skipAll is the environment variable that skips every tool test.
const skipAll = "NEWSGRAPH_SKIP_TOOLS"

// Need returns the path of the program name, or skips the test saying
// which Debian package provides it.
func Need(t testing.TB, name, debianPackage string) string {
	t.Helper()
	if os.Getenv(skipAll) == "1" {
		t.Skipf("%s=1: not running %s", skipAll, name)
	}
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not found: install the Debian package %s to run this test", name, debianPackage)
	}
	return p
}

// Python returns a python3 that imports every module of modules
// ($NEWSGRAPH_PYTHON, Debian's /usr/bin/python3, or python3 on $PATH), or
// skips the test saying which Debian packages provide them
// (python3-MODULE).
func Python(t testing.TB, modules ...string) string {
	t.Helper()
	if os.Getenv(skipAll) == "1" {
		t.Skipf("%s=1: not running python3", skipAll)
	}
	imp := "import " + strings.Join(modules, ", ")
	for _, py := range []string{os.Getenv("NEWSGRAPH_PYTHON"), "/usr/bin/python3", "python3"} {
		if py != "" && exec.Command(py, "-c", imp).Run() == nil {
			return py
		}
	}
	pkgs := make([]string, len(modules))
	for i, m := range modules {
		pkgs[i] = "python3-" + m
	}
	t.Skipf("no python3 that can %q: install the Debian packages %s to run this test", imp, strings.Join(pkgs, " "))
	return ""
}

// Run runs the program with args and returns its combined output, failing
// the test if it does not exit 0.
func Run(t testing.TB, program string, args ...string) string {
	t.Helper()
	out, err := exec.Command(program, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", program, strings.Join(args, " "), err, out)
	}
	return string(out)
}
