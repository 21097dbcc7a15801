package schema

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// Date is a calendar date known to the year, the month or the day: the
// precision the text gives. Month and Day are 0 when unknown.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether no date is known.
func (d Date) IsZero() bool { return d.Year == 0 }

// Valid reports whether d is a date of the calendar, to the precision it
// has: a year from 1 to 9999, a month from 1 to 12 or none, a day of that
// month or none (and none without a month). "2023-04-31" is not.
func (d Date) Valid() bool {
	switch {
	case d.Year < 1 || d.Year > 9999:
		return false
	case d.Month == 0:
		return d.Day == 0
	case d.Month < 0 || d.Month > 12:
		return false
	}
	return d.Day >= 0 && d.Day <= daysIn(d.Year, d.Month)
}

// String formats the date as YYYY, YYYY-MM or YYYY-MM-DD.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Literal returns the date as an xsd:date, xsd:gYearMonth or xsd:gYear literal.
func (d Date) Literal() quad.Value {
	t := XSDDate
	switch {
	case d.Month == 0:
		t = XSDGYear
	case d.Day == 0:
		t = XSDGYearMonth
	}
	return quad.TypedString{Value: quad.String(d.String()), Type: t}
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || !allDigits(p) || (i > 0 && len(p) != 2) {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if d.Year == 0 {
		return Date{}, fmt.Errorf("date %q: year out of range", s)
	}
	if len(parts) > 1 && (d.Month < 1 || d.Month > 12) {
		return Date{}, fmt.Errorf("date %q: month out of range", s)
	}
	if len(parts) > 2 && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month)) {
		return Date{}, fmt.Errorf("date %q: day out of range", s)
	}
	return d, nil
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// allDigits reports whether s is ASCII digits only: strconv.Atoi alone also
// takes a sign ("+023", "-1").
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// InRange reports whether date (YYYY, YYYY-MM or YYYY-MM-DD) may fall
// between from and to (same forms, inclusive, either empty for no bound):
// a date known to the month or year is in range when any day of it is. An
// empty date is in range only when there is no bound.
func InRange(date, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	if date == "" {
		return false
	}
	// The date's last possible day is date followed by "~" (after any
	// digit); its first is date itself: compare as strings.
	if from != "" && date+"~" < from {
		return false
	}
	if to != "" && date > to+"~" {
		return false
	}
	return true
}
