package petrarch

import (
	"reflect"
	"strings"
	"testing"
)

const verbSample = `# comment
&WEAPON
+GUN
+MACHINE_GUN
+AMMUNITION_

&AUXVERB_
+WAS

####### VERB PATTERNS #######

---  ATTACK   [190]  ---
ATTACK
SPEED {SPEEDING SPEEDS SPED }
TAKE {TAKES TOOK TAKEN TAKING} [171]
+CORDON_OFF
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}
SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93
- * (WITH &WEAPON)    [194]  # ATTACK
- * (WITH &WEAPON)    [195]  # TAKE
- * (WITH  &WEAPON)   [194]
- &RIFLE *            [193]
- * {AIR_STRIKE}      [080!] # SPEED
- *TALKS [046:046]
- * (TO) [042:043] # SPED , TAKE
~ a (a b ATTACK) SAY = a b 015

---  DISGRACE   [110]---  ---
ATTACK
SHAME [1213]
`

func TestParseVerbs(t *testing.T) {
	var skip skipped
	d, err := parseVerbs([]byte(verbSample), &skip)
	if err != nil {
		t.Fatal(err)
	}
	if want := []block{{"ATTACK", "190", 12}, {"DISGRACE", "110", 28}}; !reflect.DeepEqual(d.blocks, want) {
		t.Errorf("blocks %+v, want %+v", d.blocks, want)
	}
	wantVerbs := []verb{
		{0, "attack", "", 13, [nSlots][]string{{"attack"}, {"attacks"}, {"attacked"}, nil, {"attacking"}}},
		{0, "speed", "", 14, [nSlots][]string{{"speed"}, {"speeds"}, {"sped"}, nil, {"speeding"}}},
		{0, "take", "171", 15, [nSlots][]string{{"take"}, {"takes"}, {"took"}, {"taken"}, {"taking"}}},
		{0, "+cordon off", "", 16, [nSlots][]string{{"+cordon off"}, {"+cordons off"}, {"+cordoned off", "+cordonned off"}, nil, {"+cordoning off", "+cordonning off"}}},
		{0, "wire +tap", "", 17, [nSlots][]string{{"wire +tap"}, {"wire +taps"}, {"wire +tapped"}, nil, {"wire +tapping"}}},
		{0, "scrap", "", 18, [nSlots][]string{{"scrap"}, {"scraps"}, {"scrapped"}, nil, {"scrapping"}}},
		// ATTACK again: its forms belong to the first; codes not in the
		// codebook fall back to their parent.
		{1, "shame", "121", 30, [nSlots][]string{{"shame"}, {"shames"}, {"shamed"}, nil, {"shaming"}}},
	}
	if !reflect.DeepEqual(d.verbs, wantVerbs) {
		t.Errorf("verbs\n%+v\nwant\n%+v", d.verbs, wantVerbs)
	}
	wantPatterns := []pattern{
		{0, "194", 19, "* (WITH &WEAPON)", []string{"attack"}},
		{0, "080", 23, "* {AIR_STRIKE}", []string{"speed"}},
		{0, "046:046", 24, "* TALKS", nil},
		{0, "042:043", 25, "* (TO)", []string{"speed", "take"}},
	}
	if !reflect.DeepEqual(d.patterns, wantPatterns) {
		t.Errorf("patterns\n%+v\nwant\n%+v", d.patterns, wantPatterns)
	}
	wantSyn := []synset{
		{"&WEAPON", 2, []string{"gun", "guns", "machine gun", "machine guns", "ammunition"}},
		{"&AUXVERB_", 7, []string{"was"}},
	}
	if !reflect.DeepEqual(d.synsets, wantSyn) {
		t.Errorf("synsets %+v, want %+v", d.synsets, wantSyn)
	}
	wantSkip := []string{
		"CAMEO.2.0.txt\t20\tshadowed by the same pattern on line 19 [194]\t- * (WITH &WEAPON) [195] # TAKE",
		"CAMEO.2.0.txt\t21\trepeats the pattern of line 19\t- * (WITH &WEAPON) [194]",
		"CAMEO.2.0.txt\t22\tundefined synset &RIFLE\t- &RIFLE * [193]",
		"CAMEO.2.0.txt\t26\tverb transformation: not represented\t~ a (a b ATTACK) SAY = a b 015",
		"CAMEO.2.0.txt\t29\tforms attack, attacks, attacked, attacking already belong to the verb on line 13\tATTACK",
		"CAMEO.2.0.txt\t30\tcode 1213 is not in the CAMEO codebook: coded 121\t",
	}
	if !reflect.DeepEqual(skip.rows, wantSkip) {
		t.Errorf("skipped\n%s\nwant\n%s", strings.Join(skip.rows, "\n"), strings.Join(wantSkip, "\n"))
	}
}

func TestParseAgents(t *testing.T) {
	src := `!PERSON! = MAN, WOMAN
CONGRESS!PERSON! [~LEG]
FOREIGN_MINISTER [~GOVFRM] # comment
POLICE {} [~COP]
THIEF {THIEVES} [~CRM}
TRUCE_MONITOR [IGO~]
ISLAMIC_EXTREMIST
`
	var skip skipped
	got, err := parseAgents([]byte(src), &skip)
	if err != nil {
		t.Fatal(err)
	}
	want := []agent{
		{2, "congressman", "~LEG"}, {2, "congresswoman", "~LEG"},
		{3, "foreign minister", "~GOVFRM"}, {3, "foreign ministers", "~GOVFRM"},
		{4, "police", "~COP"},
		{5, "thief", "~CRM"}, {5, "thieves", "~CRM"},
		{6, "truce monitor", "IGO~"}, {6, "truce monitors", "IGO~"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("agents\n%+v\nwant\n%+v", got, want)
	}
	if len(skip.rows) != 1 || !strings.HasPrefix(skip.rows[0], "Phoenix.agents.txt\t7\tagent without a code") {
		t.Errorf("skipped %q", skip.rows)
	}
}

func TestParseActors(t *testing.T) {
	src := `THE_UNITED_NATIONS_ [IGOUNO]
+U.N._
BAN_KI-MOON
+SECRETARY-GENERAL_BAN_KI-MOON
	[IGOUNO >070101]
	[KORGOVBUS 2004017-20061201]
JAVIER_DE_CUELLAR_	[IGOUNO 820101-911231] [ELI]# IGOrulers.txt
	JOHN_MCCLOY_	[IGOUNODEVWBK 470301-490630]
A.H._BELO_CORPORATION_	[MNCMED]	Newspapers/Magazines	$137,000,000
ANWAR_SADAT [EGYGOV > 700928]
`
	var skip skipped
	got, err := parseActors("x.actors.txt", []byte(src), &skip)
	if err != nil {
		t.Fatal(err)
	}
	want := []actor{
		{1, []string{"the united nations", "u.n."}, []string{"IGOUNO"}, false, false},
		{3, []string{"ban ki-moon", "secretary-general ban ki-moon"}, []string{"IGOUNO@20070101.."}, true, true},
		{7, []string{"javier de cuellar"}, []string{"IGOUNO@19820101..19911231", "ELI"}, true, false},
		{8, []string{"john mccloy"}, []string{"IGOUNODEVWBK@19470301..19490630"}, true, false},
		{9, []string{"a.h. belo corporation"}, []string{"MNCMED"}, false, false},
		{10, []string{"anwar sadat"}, []string{"EGYGOV@19700928.."}, true, false},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("actors\n%+v\nwant\n%+v", got, want)
	}
	if len(skip.rows) != 1 || !strings.Contains(skip.rows[0], `date "2004017" is neither YYMMDD nor YYYYMMDD`) {
		t.Errorf("skipped %q", skip.rows)
	}
}

func TestParseDiscards(t *testing.T) {
	src := `1914
+WORLD CUP # comment
GROUP A_
YEARS AGO
BASEBALL
`
	var skip skipped
	got := parseDiscards([]byte(src), &skip)
	want := []discard{{2, "world cup", true, false}, {3, "group a", false, true}, {5, "baseball", false, false}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discards %+v, want %+v", got, want)
	}
	if len(skip.rows) != 2 {
		t.Errorf("skipped %q, want the year and the 'ago'", skip.rows)
	}
}
