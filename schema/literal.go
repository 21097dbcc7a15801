package schema

import (
	"math"
	"strconv"
	"time"

	"github.com/cayleygraph/quad"
)

// Lexical returns a literal's lexical form, natives as RDF writes them
// (quad.Int 7 → "7", quad.Bool → "true"); false for IRIs and blank nodes.
func Lexical(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), true
	case quad.TypedString:
		return string(v.Value), true
	case quad.LangString:
		return string(v.Value), true
	case quad.Int:
		return strconv.FormatInt(int64(v), 10), true
	case quad.Float:
		return strconv.FormatFloat(float64(v), 'f', -1, 64), true
	case quad.Bool:
		return strconv.FormatBool(bool(v)), true
	case quad.Time:
		return time.Time(v).Format(time.RFC3339), true
	}
	return "", false
}

// ParseNumber reads a literal's lexical form as a finite decimal number
// ("7", "-2.5", "+3.4e1"). strconv.ParseFloat also accepts "NaN", "Inf",
// hexadecimal forms and underscores, and returns ±Inf for numbers beyond
// a float64; ParseNumber refuses all of those, so that a value loaded from
// another tool (ng:goldstein "NaN") never puts a number JSON cannot write
// into an answer.
func ParseNumber(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == '.', c == '-', c == '+', c == 'e', c == 'E':
		default:
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}
