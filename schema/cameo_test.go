package schema

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// tsvRows reads cameo.tsv directly, without the header.
func tsvRows(t *testing.T) [][]string {
	t.Helper()
	data, err := os.ReadFile("cameo.tsv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if lines[0] != "code\tdescription\tgoldstein\tquad_class" {
		t.Fatalf("cameo.tsv header = %q", lines[0])
	}
	var rows [][]string
	for _, l := range lines[1:] {
		rows = append(rows, strings.Split(l, "\t"))
	}
	return rows
}

func TestLoadCodesMatchesFile(t *testing.T) {
	rows := tsvRows(t)
	all := LoadCodes().All()
	if len(all) != len(rows) {
		t.Fatalf("LoadCodes has %d codes; cameo.tsv has %d lines after the header", len(all), len(rows))
	}
	for i, f := range rows {
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			t.Fatalf("cameo.tsv row %d: %v", i+2, err)
		}
		q, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatalf("cameo.tsv row %d: %v", i+2, err)
		}
		want := Code{Code: f[0], Description: f[1], Goldstein: g, QuadClass: q}
		if all[i] != want {
			t.Errorf("All()[%d] = %+v, want %+v", i, all[i], want)
		}
	}
}

func TestLookup(t *testing.T) {
	// The values below were read from cameo.tsv.
	tests := []struct {
		code string
		want Code
		ok   bool
	}{
		{"0841", Code{Code: "0841", Description: "Return, release person(s)", Goldstein: 7.0, QuadClass: 2}, true},
		{"084", Code{Code: "084", Description: "Return, release, not specified below", Goldstein: 7.0, QuadClass: 2}, true},
		{"08", Code{Code: "08", Description: "YIELD", Goldstein: 5.0, QuadClass: 2}, true},
		{"01", Code{Code: "01", Description: "MAKE PUBLIC STATEMENT", Goldstein: 0.0, QuadClass: 1}, true},
		{"011", Code{Code: "011", Description: "Decline comment", Goldstein: -0.1, QuadClass: 1}, true},
		{"19", Code{Code: "19", Description: "FIGHT", Goldstein: -10.0, QuadClass: 4}, true},
		{"190", Code{Code: "190", Description: "Use conventional military force, not specified below", Goldstein: -10.0, QuadClass: 4}, true},
		{"9999", Code{}, false},
		{"841", Code{}, false},
		{"", Code{}, false},
		{"code", Code{}, false}, // the header is not a code
	}
	codes := LoadCodes()
	for _, tt := range tests {
		got, ok := codes.Lookup(tt.code)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLookup0841AgainstFile(t *testing.T) {
	var row []string
	for _, f := range tsvRows(t) {
		if f[0] == "0841" {
			row = f
		}
	}
	if row == nil {
		t.Fatal("cameo.tsv has no 0841 row")
	}
	got, ok := LoadCodes().Lookup("0841")
	if !ok || got.Description != "Return, release person(s)" || strconv.FormatFloat(got.Goldstein, 'f', 1, 64) != row[2] || strconv.Itoa(got.QuadClass) != row[3] {
		t.Errorf("Lookup(\"0841\") = %+v, %v; want description %q, Goldstein %s, quad class %s", got, ok, "Return, release person(s)", row[2], row[3])
	}
}

func TestAllFirstAndLast(t *testing.T) {
	rows := tsvRows(t)
	all := LoadCodes().All()
	if all[0].Code != "01" || all[len(all)-1].Code != rows[len(rows)-1][0] {
		t.Errorf("All() runs %q … %q, want %q … %q", all[0].Code, all[len(all)-1].Code, "01", rows[len(rows)-1][0])
	}
}

func TestRoot(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0841", "08"},
		{"084", "08"},
		{"08", "08"},
		{"190", "19"},
		{"1", "1"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Root(tt.in); got != tt.want {
			t.Errorf("Root(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEveryRootIsACode(t *testing.T) {
	codes := LoadCodes()
	for _, c := range codes.All() {
		if _, ok := codes.Lookup(Root(c.Code)); !ok {
			t.Errorf("code %s: root %s is not in the table", c.Code, Root(c.Code))
		}
	}
}
