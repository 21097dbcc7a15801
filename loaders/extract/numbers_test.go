package extract

import (
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"32", 32, true},
		{"0", 0, true},
		{"120,000", 120000, true},
		{"1,000,000", 1000000, true},
		{"3.5", 3, true}, // rounded down
		{"two", 2, true},
		{"Two", 2, true},
		{"zero", 0, true},
		{"twelve", 12, true},
		{"nineteen", 19, true},
		{"twenty", 20, true},
		{"Thirty-one", 31, true},
		{"ninety-nine", 99, true},
		{"dozen", 12, true},

		{"", 0, false},
		{"soldiers", 0, false},
		{"a", 0, false},
		{"one-two", 0, false},    // not tens-units
		{"twenty-ten", 0, false}, // units must be under ten
		{"thirty-", 0, false},    // no units
		{"twenty-one-two", 0, false},
		{"hundred", 0, false}, // a scale, not a number
		{"1e5", 0, false},
		{"3.5.1", 0, false},
		{"12a", 0, false},
		{"-5", 0, false},
		{"NaN", 0, false},
		{"2020-2023", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseNumber(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestQuantityAt(t *testing.T) {
	tests := []struct {
		in      string
		i       int
		n, next int
		ok      bool
		note    string
	}{
		{"32 Armenians", 0, 32, 1, true, ""},
		{"released 120,000 people", 1, 120000, 2, true, ""},
		{"two soldiers", 0, 2, 1, true, ""},
		{"Thirty-one personnel", 0, 31, 1, true, ""},
		{"two dozen", 0, 24, 2, true, ""},
		{"two hundred", 0, 200, 2, true, ""},
		{"two hundred thousand people", 0, 200000, 3, true, ""},
		{"5 Million", 0, 5000000, 2, true, ""},
		{"a total of 55 prisoners", 0, 55, 4, true, ""},
		{"A total of two dozen", 0, 24, 5, true, ""},
		{"3.5 million", 0, 3500000, 2, true,
			`"3.5 million" gives 3000000: parseNumber rounds 3.5 down before the scale multiplies it`},
		{"1.2 billion", 0, 1200000000, 2, true,
			`"1.2 billion" gives 1000000000: parseNumber rounds 1.2 down before the scale multiplies it`},
		{"a dozen prisoners", 0, 12, 2, true,
			`"a dozen" is not a quantity: parseNumber("a") fails, and the "a dozen" key of smallNumbers can never match one token`},

		{"the soldiers", 0, 0, 0, false, ""},
		{"a total of people", 0, 0, 3, false, ""},
		{"a total of", 0, 0, 3, false, ""},
		{"32", 1, 0, 1, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			words := strings.Fields(tt.in)
			n, next, ok := quantityAt(words, tt.i)
			if n != tt.n || next != tt.next || ok != tt.ok {
				t.Errorf("quantityAt(%q, %d) = %d, %d, %v; want %d, %d, %v", words, tt.i, n, next, ok, tt.n, tt.next, tt.ok)
			}
		})
	}
}
