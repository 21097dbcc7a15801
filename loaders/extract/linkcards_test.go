package extract

import "testing"

func TestStripLinkCards(t *testing.T) {
	tests := []struct{ in, want string }{
		{"President Trump Donald John TrumpGOP senators balk at trial Warren goes local MORE says he thrives.",
			"President Trump says he thrives."},
		{"President Trump Donald John TrumpGOP senators balk at trial MORE’s 2016 campaign aides",
			"President Trump’s 2016 campaign aides"},
		{"chief of staff John Kelly John Francis KellyMORE called Tillerson.",
			"chief of staff John Kelly called Tillerson."},
		{"Leader Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators balk MORE (R-Ky.) said",
			"Leader Mitch McConnell (R-Ky.) said"},
		{"Charles Schumer Charles (Chuck) Ellis SchumerOvernight Health Care: Trump officials MORE and Robert Mueller Robert (Bob) Swan MuellerSpeier says MORE met.",
			"Charles Schumer and Robert Mueller met."},
		{"Reps. Joaquin Castro and Jason CrowJason CrowHouse delivers articles MORE (Colo.) were",
			"Reps. Joaquin Castro and Jason Crow (Colo.) were"},
		{"Sens. Elizabeth Warren Elizabeth Ann Warren2020 Democrats push for gun control action | On The Money: Trump blames inquiry MORE (D-Mass.) and",
			"Sens. Elizabeth Warren (D-Mass.) and"},
		{"Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to the plan MORE (R-Wis.) is retiring",
			"Speaker Paul Ryan (R-Wis.) is retiring"},
		// Not cards: capitals that end a word, a word in capitals, a
		// heading, CamelCase without a repeated surname.
		{"in BALTIMORE and at Mount RUSHMORE", "in BALTIMORE and at Mount RUSHMORE"},
		{"MORE FROM THE INDEPENDENT", "MORE FROM THE INDEPENDENT"},
		{"the ObamaCare exchanges. MORE: Romney's pretzel", "the ObamaCare exchanges. MORE: Romney's pretzel"},
		{"no card here", "no card here"},
	}
	for _, tt := range tests {
		if got := stripLinkCards(tt.in); got != tt.want {
			t.Errorf("stripLinkCards(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
