package schema

import "testing"

func TestParseNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"7", 7, true},
		{"-2.5", -2.5, true},
		{"+3.4e1", 34, true},
		{"7.0", 7, true},
		{".5", 0.5, true},
		{"NaN", 0, false},
		{"nan", 0, false},
		{"Inf", 0, false},
		{"-Infinity", 0, false},
		{"1e400", 0, false}, // beyond a float64: ParseFloat gives +Inf
		{"0x1p-2", 0, false},
		{"1_000", 0, false},
		{"", 0, false},
		{" 7", 0, false},
		{"7 ", 0, false},
		{"e", 0, false},
		{"--1", 0, false},
	} {
		got, ok := ParseNumber(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
