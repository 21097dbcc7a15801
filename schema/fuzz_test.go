package schema

import (
	"math"
	"strconv"
	"testing"
)

// The fuzz targets of the values newsgraph reads from its inputs: dates
// (a JSON record's "date", an article's date line, --date, --from/--to)
// and numbers (a stored ng:goldstein). Seeds beside the ones below are in
// testdata/fuzz. Run one for a minute with
//
//	go test -run '^$' -fuzz '^FuzzParseDate$' -fuzztime 1m ./schema

// FuzzParseDate: a date read back from its own form is itself, a real
// calendar date, in range of itself; InRange never panics.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-12-13", "2024-02-29", "2023-02-29", "2023", "2023-09", "0000", "+023-01-01", "2023-1-01", "9999-12-31", "2023-12-13-01", ""} {
		f.Add(s, "2023", "2024-06")
	}
	f.Fuzz(func(t *testing.T, s, from, to string) {
		InRange(s, from, to) // must not panic, whatever the strings
		d, err := ParseDate(s)
		if err != nil {
			if d != (Date{}) {
				t.Fatalf("ParseDate(%q) = %+v and %v", s, d, err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q) = %+v, written %q", s, d, d.String())
		}
		if d.Year < 1 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > daysIn(d.Year, d.Month) || (d.Month == 0 && d.Day != 0) {
			t.Fatalf("ParseDate(%q) = %+v: not a date", s, d)
		}
		if !InRange(s, s, s) {
			t.Fatalf("%q is not within itself", s)
		}
	})
}

// FuzzParseNumber: a number read is finite, what strconv reads, and reads
// back from the shortest form strconv writes.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"7", "-2.5", "+3.4e1", "7.0", ".5", "NaN", "Inf", "-Infinity", "1e400", "0x1p-2", "1_000", "1e-400", "", "--1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if !ok {
			if v != 0 {
				t.Fatalf("ParseNumber(%q) = %v, false", s, v)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		if f, err := strconv.ParseFloat(s, 64); err != nil || f != v {
			t.Fatalf("ParseNumber(%q) = %v, strconv.ParseFloat: %v, %v", s, v, f, err)
		}
		if w, ok := ParseNumber(strconv.FormatFloat(v, 'g', -1, 64)); !ok || w != v {
			t.Fatalf("ParseNumber(%q) = %v does not read back: %v, %v", s, v, w, ok)
		}
	})
}
