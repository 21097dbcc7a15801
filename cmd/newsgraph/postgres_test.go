package main

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/pgtest"
)

// questions are the question commands as the README asks them of the
// mission's article, with JSON output.
var questions = [][]string{
	{"search", "pashinian"},
	{"show", "Nikol Pashinyan"},
	{"events", "--actor", "Azerbaijan", "--cameo", "08"},
	{"path", "European Union", "Azerbaijan"},
	{"related", "Armenia"},
	{"stats"},
}

// TestPostgres builds the mission's article into PostgreSQL: it exports
// the same N-Quads as the bbolt store and the question commands answer the
// same; its export loaded into another database exports the same again.
func TestPostgres(t *testing.T) {
	pg := pgtest.Database(t)
	bolt := missionStore(t)
	if _, errs, code := run(t, "", "build", "--db", pg, "--quiet", missionArticle); code != 0 {
		t.Fatalf("build into PostgreSQL: exit %d: %s", code, errs)
	}
	want := ask(t, "export", "--db", bolt, "--format", "nquads")
	if got := ask(t, "export", "--db", pg, "--format", "nquads"); got != want {
		t.Errorf("PostgreSQL exports:\n%s\nbbolt:\n%s", got, want)
	}
	for _, q := range questions {
		args := append(append([]string{}, q...), "--format", "json")
		if got, want := ask(t, append(args, "--db", pg)...), ask(t, append(args, "--db", bolt)...); got != want {
			t.Errorf("newsgraph %s on PostgreSQL:\n%s\nbbolt:\n%s", strings.Join(q, " "), got, want)
		}
	}
	other := pgtest.Database(t)
	out, errs, code := run(t, want, "load", "--db", other, "--quiet", "--format", "nquads", "-")
	n := thousands(strings.Count(want, "\n"))
	if code != 0 || out != "read "+n+" quads from -\nstored "+n+" new quads of "+n+" read\n" {
		t.Fatalf("load into PostgreSQL: exit %d\n%s%s", code, out, errs)
	}
	if got := ask(t, "export", "--db", other, "--format", "nquads"); got != want {
		t.Errorf("loaded PostgreSQL store exports:\n%s\nwant:\n%s", got, want)
	}
	if got := ask(t, "query", "--db", pg, `g.V("<https://newsgraph.dev/id/person/nikol-pashinyan>").Out("<https://newsgraph.dev/ns#leaderOf>").Out("<http://schema.org/name>").All()`); got != "{\"id\":\"Armenia\"}\n" {
		t.Errorf("query on PostgreSQL = %q", got)
	}
	// serve answers from PostgreSQL as the commands do from bbolt.
	base, _, _ := serveProcess(t, "--db", pg, "--quiet")
	resp, err := http.Get(base + "/api/show?entity=" + url.QueryEscape("Nikol Pashinyan"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := ask(t, "show", "Nikol Pashinyan", "--db", bolt, "--format", "json"); resp.StatusCode != 200 || string(body) != want {
		t.Errorf("GET /api/show from PostgreSQL: %d\n%s\nwant:\n%s", resp.StatusCode, body, want)
	}
}
