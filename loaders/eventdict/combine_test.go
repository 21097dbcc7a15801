package eventdict

import (
	"fmt"
	"testing"
)

func TestCombine(t *testing.T) {
	for _, tc := range []struct{ frame, inner, want, rule string }{
		{"020", "0841", "0253", "own/frames.tsv:25 02+084→0253"},
		{"0253", "0841", "0253", "own/frames.tsv:25 02+084→0253"}, // the frame's root counts
		{"130", "163", "1312", "own/frames.tsv:88 13+163→1312"},
		{"100", "0874", "106", "own/frames.tsv:69 10+0874→106"},
		{"100", "0873", "1056", "own/frames.tsv:67 10+087→1056"}, // the longest prefix
		{"130", "190", "138", "own/frames.tsv:98 13+19→138"},
		{"040", "0841", "", ""}, // consulting frames nothing
		{"130", "010", "", ""},  // no threatened statement in CAMEO
		{"1", "0841", "", ""},
	} {
		code, rule := testDict.Combine(tc.frame, tc.inner)
		if code != tc.want || rule != tc.rule {
			t.Errorf("Combine(%q, %q) = %q, %q; want %q, %q", tc.frame, tc.inner, code, rule, tc.want, tc.rule)
		}
	}
}

// TestFrameRows codes one sentence for every row of own/frames.tsv: a frame
// verb ("urged the rebels", "pledged", "pressed the government", "declined",
// "threatened") with an act the dictionary codes under the row's inner
// code. Each row must fire on its sentence with its own code.
func TestFrameRows(t *testing.T) {
	frames := map[string]string{
		"02": "The minister urged the rebels",
		"03": "The government pledged",
		"10": "The council pressed the government",
		"12": "The government declined",
		"13": "The government threatened",
	}
	acts := map[string]string{
		"04":   "to discuss the dispute",
		"045":  "to broker a deal",
		"05":   "to endorse the plan",
		"057":  "to sign the treaty",
		"06":   "to assist the farmers",
		"061":  "to finance the project",
		"062":  "to arm the militia",
		"063":  "to extradite the suspect",
		"064":  "to share the evidence",
		"07":   "to help the refugees",
		"071":  "to extend a loan",
		"072":  "to provide military assistance",
		"073":  "to provide humanitarian aid",
		"074":  "to protect the civilians",
		"08":   "to resign",
		"081":  "to acquit the journalists",
		"082":  "to halt the strike",
		"084":  "to release the prisoners",
		"085":  "to relax the sanctions",
		"086":  "to resume relief",
		"087":  "to stop the bloodshed",
		"0871": "to halt the attacks",
		"0874": "to withdraw the troops",
		"09":   "to investigate the killing",
		"14":   "to protest",
		"16":   "to call off the talks",
		"161":  "to close the embassies",
		"162":  "to stop the grants",
		"163":  "to impose sanctions",
		"164":  "to cancel the peace summit",
		"166":  "to withdraw the peacekeepers",
		"172":  "to impose fines",
		"1721": "to ban the newspaper",
		"1722": "to ban the party",
		"1723": "to impose a curfew",
		"1724": "to impose martial law",
		"175":  "to deploy riot police",
		"18":   "to set fire to the building",
		"19":   "to attack the city",
		"191":  "to besiege the city",
		"192":  "to invade the country",
		"193":  "to throw grenades",
		"194":  "to drop bombs",
		"195":  "to carry out air strikes",
	}
	rows, err := readTable("own/frames.tsv", 3, 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		root, inner, want := r.fields[0], r.fields[1], r.fields[2]
		act, ok := acts[inner]
		if !ok {
			t.Errorf("own/frames.tsv:%d: no act for inner code %s", r.line, inner)
			continue
		}
		text := frames[root] + " " + act + "."
		t.Run(text, func(t *testing.T) {
			s := parse(text)
			f, ok := s.frameAt(testDict, 2) // every frame verb is the third word
			wantRule := fmt.Sprintf("own/frames.tsv:%d %s+%s→%s", r.line, root, inner, want)
			if !ok || f.code != want || f.rule != wantRule {
				t.Errorf("%s (%s + %s %s): got %q by %q (frame %+v, act %+v); want %q by %q",
					text, frames[root], act, inner, f.code, f.rule, f.frame, f.inner, want, wantRule)
			}
		})
	}
}

// TestFrameExamples codes the examples end to end, with what the
// dictionary gives.
func TestFrameExamples(t *testing.T) {
	for _, tc := range []struct{ text, frame, code, rule string }{
		{"Germany urged Russia to release the prisoners.", "urged", "0253", "own/frames.tsv:25 02+084→0253"},
		// GRANT has {&MILITARY ASSISTANCE} but not {&MILITARY AID}: "* AID" [070].
		{"China pledged to provide military aid.", "pledged", "033", "own/frames.tsv:37 03+07→033"},
		{"Washington threatened sanctions against Moscow.", "threatened", "1312", "own/frames.tsv:88 13+163→1312"},
		{"The army threatened to attack the city.", "threatened", "138", "own/frames.tsv:98 13+19→138"},
	} {
		s := parse(tc.text)
		f, ok := s.frameAt(testDict, s.find(t, tc.frame))
		if !ok || f.code != tc.code || f.rule != tc.rule {
			t.Errorf("%s: got %q by %q, %v; want %q by %q", tc.text, f.code, f.rule, ok, tc.code, tc.rule)
		}
	}
	// A demand whose pattern names what is demanded needs no combining.
	s := parse("The protesters demanded the withdrawal of the troops.")
	c, _ := s.clause(testDict, s.find(t, "demanded"))
	if m, _ := testDict.Match(c); m.Code != "1056" || m.Rule != "CAMEO.2.0.txt:7177 DEMAND - * WITHDRAWAL [1056]" {
		t.Errorf("demanded the withdrawal: %+v", m)
	}
	if _, ok := s.frameAt(testDict, s.find(t, "demanded")); ok {
		t.Errorf("demanded the withdrawal: combined a code a pattern narrowed already")
	}
}
