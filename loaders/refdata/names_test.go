package refdata

import "testing"

func TestSplitName(t *testing.T) {
	tables, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want PersonName
		ok   bool
	}{
		{"William P. Barr", PersonName{Given: "william", Middle: "p", Family: "barr"}, true},
		{"Robert S. Mueller III", PersonName{Given: "robert", Middle: "s", Family: "mueller", Suffix: "iii"}, true},
		{"Donald Trump Jr.", PersonName{Given: "donald", Family: "trump", Suffix: "jr"}, true},
		{"Viktor Orbán", PersonName{Given: "viktor", Family: "orban"}, true},
		{"Xi Jinping", PersonName{Given: "jinping", Family: "xi"}, true},
		{"Kim Jong Un", PersonName{Given: "jong un", Family: "kim"}, true},
		{"Kim Jong-un", PersonName{Given: "jong un", Family: "kim"}, true},
		{"Moon Jae-in", PersonName{Given: "jae in", Family: "moon"}, true},
		{"Kim Davis", PersonName{Given: "kim", Family: "davis"}, true},
		{"Obama", PersonName{}, false},
	}
	for _, tt := range tests {
		got, ok := tables.SplitName(tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SplitName(%q) = %+v, %v; want %+v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSameName(t *testing.T) {
	tables, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"Bill Barr", "William P. Barr", true},
		{"Bob Mueller", "Robert S. Mueller III", true},
		{"Chuck Schumer", "Charles E. Schumer", true},
		{"Kim Jong-un", "Kim Jong Un", true},
		{"Jay Carney", "Mark Carney", false},
		{"Lyndon Johnson", "Boris Johnson", false},
		{"George W. Bush", "George H. W. Bush", false},
		{"Donald Trump", "Donald Trump Jr.", false},
		{"Robert Mueller II", "Robert Mueller III", false},
		{"Andy Barr", "William Barr", false},
	}
	for _, tt := range tests {
		a, _ := tables.SplitName(tt.a)
		b, _ := tables.SplitName(tt.b)
		if got := tables.SameName(a, b); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
