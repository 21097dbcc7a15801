package schema

import (
	"testing"

	"github.com/cayleygraph/quad"
)

func TestDateString(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{}, ""},
		{Date{Year: 2023}, "2023"},
		{Date{Year: 2023, Month: 9}, "2023-09"},
		{Date{Year: 2023, Month: 12, Day: 13}, "2023-12-13"},
		{Date{Year: 987, Month: 1, Day: 2}, "0987-01-02"},
		{Date{Month: 5, Day: 1}, ""}, // no year: unknown
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestDateIsZero(t *testing.T) {
	tests := []struct {
		d    Date
		want bool
	}{
		{Date{}, true},
		{Date{Year: 2023}, false},
		{Date{Year: 2023, Month: 12, Day: 13}, false},
	}
	for _, tt := range tests {
		if got := tt.d.IsZero(); got != tt.want {
			t.Errorf("%#v.IsZero() = %v, want %v", tt.d, got, tt.want)
		}
	}
}

func TestDateLiteral(t *testing.T) {
	tests := []struct {
		d    Date
		want quad.Value
	}{
		{Date{Year: 2022}, quad.TypedString{Value: "2022", Type: quad.IRI("http://www.w3.org/2001/XMLSchema#gYear")}},
		{Date{Year: 2023, Month: 9}, quad.TypedString{Value: "2023-09", Type: quad.IRI("http://www.w3.org/2001/XMLSchema#gYearMonth")}},
		{Date{Year: 2023, Month: 12, Day: 13}, quad.TypedString{Value: "2023-12-13", Type: quad.IRI("http://www.w3.org/2001/XMLSchema#date")}},
	}
	for _, tt := range tests {
		if got := tt.d.Literal(); got != tt.want {
			t.Errorf("%#v.Literal() = %#v, want %#v", tt.d, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
	}{
		{"2023", Date{Year: 2023}},
		{"2023-09", Date{Year: 2023, Month: 9}},
		{"2023-12-13", Date{Year: 2023, Month: 12, Day: 13}},
		{"0987-01-02", Date{Year: 987, Month: 1, Day: 2}},
		{"2023-01-31", Date{Year: 2023, Month: 1, Day: 31}},
		{"2023-04-30", Date{Year: 2023, Month: 4, Day: 30}},
		{"2023-02-28", Date{Year: 2023, Month: 2, Day: 28}},
		{"2024-02-29", Date{Year: 2024, Month: 2, Day: 29}}, // leap year
		{"2000-02-29", Date{Year: 2000, Month: 2, Day: 29}}, // divisible by 400
		{"1900-02-28", Date{Year: 1900, Month: 2, Day: 28}},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %#v, %v; want %#v, nil", tt.in, got, err, tt.want)
		}
		if err == nil && got.String() != tt.in {
			t.Errorf("ParseDate(%q).String() = %q, want the input back", tt.in, got.String())
		}
	}
}

func TestParseDateInvalid(t *testing.T) {
	const shape = `: want YYYY, YYYY-MM or YYYY-MM-DD`
	tests := []struct {
		in, want string
	}{
		{"", `date ""` + shape},
		{"23", `date "23"` + shape},
		{"20234", `date "20234"` + shape},
		{"abcd", `date "abcd"` + shape},
		{"2023-9", `date "2023-9"` + shape},
		{"2023-12-3", `date "2023-12-3"` + shape},
		{"2023-1a", `date "2023-1a"` + shape},
		{"2023-12-13-01", `date "2023-12-13-01"` + shape},
		{"2023-12-", `date "2023-12-"` + shape},
		{"2023/12/13", `date "2023/12/13"` + shape},
		{" 2023", `date " 2023"` + shape},
		{"-2023", `date "-2023"` + shape},
		{"+023", `date "+023"` + shape},       // a sign is not a digit
		{"2023-+1", `date "2023-+1"` + shape}, // nor here
		{"2023-01-+5", `date "2023-01-+5"` + shape},
		{"0000", `date "0000": year out of range`}, // year 0 would be the unknown date
		{"0000-01-01", `date "0000-01-01": year out of range`},
		{"2023-00", `date "2023-00": month out of range`},
		{"2023-13", `date "2023-13": month out of range`},
		{"2023-13-01", `date "2023-13-01": month out of range`},
		{"2023-12-00", `date "2023-12-00": day out of range`},
		{"2023-12-32", `date "2023-12-32": day out of range`},
		{"2023-04-31", `date "2023-04-31": day out of range`},
		{"2023-02-29", `date "2023-02-29": day out of range`}, // not a leap year
		{"1900-02-29", `date "1900-02-29": day out of range`}, // divisible by 100, not 400
		{"2100-02-29", `date "2100-02-29": day out of range`},
		{"2024-02-30", `date "2024-02-30": day out of range`},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %#v, nil; want error %q", tt.in, got, tt.want)
			continue
		}
		if err.Error() != tt.want || got != (Date{}) {
			t.Errorf("ParseDate(%q) = %#v, %q; want Date{}, %q", tt.in, got, err, tt.want)
		}
	}
}

func TestInRange(t *testing.T) {
	tests := []struct {
		date, from, to string
		want           bool
	}{
		{"", "", "", true},
		{"", "2020", "", false},
		{"2023-12-13", "", "", true},
		{"2023-12-13", "2023-12-13", "2023-12-13", true},
		{"2023-12-13", "2023-12-14", "", false},
		{"2023-12-13", "", "2023-12-12", false},
		{"2023-12", "2023-12-31", "", true}, // some day of December is on or after the 31st
		{"2023-12", "2024", "", false},
		{"2023", "", "2023-01-01", true},
		{"2023", "", "2022-12", false},
		{"2023-12-13", "2023", "2023", true},
		{"2023-12-13", "2023-12", "2023-12", true},
		{"2024-01-01", "2023", "2023", false},
	}
	for _, tt := range tests {
		if got := InRange(tt.date, tt.from, tt.to); got != tt.want {
			t.Errorf("InRange(%q, %q, %q) = %v, want %v", tt.date, tt.from, tt.to, got, tt.want)
		}
	}
}

func TestDateValid(t *testing.T) {
	for _, tc := range []struct {
		d    Date
		want bool
	}{
		{Date{2023, 12, 13}, true},
		{Date{2024, 2, 29}, true},
		{Date{2023, 9, 0}, true},
		{Date{2023, 0, 0}, true},
		{Date{2023, 4, 31}, false},
		{Date{2023, 2, 29}, false},
		{Date{2023, 13, 1}, false},
		{Date{2023, 0, 5}, false},
		{Date{0, 0, 0}, false},
		{Date{10000, 1, 1}, false},
		{Date{2023, -1, 0}, false},
	} {
		if got := tc.d.Valid(); got != tc.want {
			t.Errorf("%+v.Valid() = %v", tc.d, got)
		}
	}
}
