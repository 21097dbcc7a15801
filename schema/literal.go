package schema

import (
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
