package eval

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"the U.S.", "us"},
		{"US", "us"},
		{"E.U.", "eu"},
		{"The E.U.", "eu"},
		{"Azerbaijan’s", "azerbaijan"},
		{"Azerbaijan's", "azerbaijan"},
		{"Azerbaijanʼs", "azerbaijan"},
		{"Baku’s.", "baku"},
		{"Orbán", "orban"},
		{"Türkiye", "turkiye"},
		{"Zelimkhan “Tornike” Khangoshvili", "zelimkhan tornike khangoshvili"},
		{"“Memorial”", "memorial"},
		{"Dow Jones & Company", "dow jones company"},
		{"Washington, D.C.", "washington dc"},
		{"Nagorno-Karabakh", "nagornokarabakh"},
		{"  United\u00a0 States  ", "united states"},
		{"The Wall Street Journal", "wall street journal"},
		{"the the Hague", "the hague"}, // one leading "the" only
		{"Theodore", "theodore"},
		{"The", "the"},
		{"Thessaloniki", "thessaloniki"},
		{"Paris's", "paris"},
		{"Ukrainians'", "ukrainians"},
		{"ﬁnland", "finland"}, // NFKD folds the ligature
		{"Ｇ７", "g7"},          // and full-width forms
		{"...", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
