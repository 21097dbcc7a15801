package schema

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed cameo.tsv
var cameoTSV string

// Code is one CAMEO event code with its Goldstein value and quad class.
type Code struct {
	Code        string
	Description string
	Goldstein   float64
	QuadClass   int
}

// Codes holds the CAMEO codebook.
type Codes struct {
	byCode map[string]Code
	order  []string
}

// LoadCodes parses the embedded CAMEO table (code, description, Goldstein
// value, quad class; tab-separated with a header line).
func LoadCodes() *Codes {
	c := &Codes{byCode: map[string]Code{}}
	for i, line := range strings.Split(strings.TrimSpace(cameoTSV), "\n") {
		if i == 0 {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			panic("schema: cameo.tsv line " + strconv.Itoa(i+1) + ": want 4 fields")
		}
		g, err1 := strconv.ParseFloat(f[2], 64)
		q, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil {
			panic("schema: cameo.tsv line " + strconv.Itoa(i+1) + ": bad number")
		}
		c.byCode[f[0]] = Code{Code: f[0], Description: f[1], Goldstein: g, QuadClass: q}
		c.order = append(c.order, f[0])
	}
	return c
}

// Lookup returns the code's entry.
func (c *Codes) Lookup(code string) (Code, bool) {
	e, ok := c.byCode[code]
	return e, ok
}

// All returns every code in the table's order.
func (c *Codes) All() []Code {
	out := make([]Code, len(c.order))
	for i, k := range c.order {
		out[i] = c.byCode[k]
	}
	return out
}

// Root returns the two-digit root of a CAMEO code ("0841" → "08").
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}
