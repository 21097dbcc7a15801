package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// This file narrows a trigger's CAMEO code by its context: what an
// intention is to do, what weapons an attack used, what an accusation is of.

// phrase is a run of lower-cased words, for telling what a trigger is
// about from the words after it.
type phrase string

// phraseOf returns the phrase of lower[from:to], clipped to the sentence.
func phraseOf(lower []string, from, to int) phrase {
	to = min(to, len(lower))
	if from >= to {
		return ""
	}
	return phrase(" " + strings.Join(lower[from:to], " "))
}

// has reports whether a word of the phrase starts with one of prefixes
// ("negotiat" matches "negotiations").
func (p phrase) has(prefixes ...string) bool {
	for _, w := range prefixes {
		if strings.Contains(string(p), " "+w) {
			return true
		}
	}
	return false
}

// intentCode codes an expression of intent by what is intended.
func intentCode(lower []string, end int, prisonerStory bool) string {
	stop := min(end+8, len(lower))
	has := phraseOf(lower, end, stop).has
	agreed := end >= 2 && strings.HasPrefix(lower[end-2], "agree")
	switch {
	case agreed && has("ceasefire", "cease-fire", "truce"):
		return "0871" // "agreed to a ceasefire": the truce itself
	case has("normalise", "normalize", "peace treaty", "peace deal", "settle", "end the war", "resolve the conflict", "peace agreement", "reach peace"):
		return "037"
	case has("mediate", "peace broker", "broker"):
		return "039"
	case has("release", "free ", "swap", "exchange", "hand over") && sentenceHas(lower[end:stop], peopleWords):
		return "0353"
	case has("meet", "talks", "negotiat", "hold talks", "discuss"):
		return "036"
	case has("military aid", "weapons", "arms"):
		return "0332"
	case has("humanitarian"):
		return "0333"
	case has("aid", "assistance", "financial support"):
		return "033"
	case has("cooperat", "partnership", "ties", "upgrade", "strengthen", "deepen", "modernize", "modernise", "bolster", "boost", "expand", "overhaul"):
		if has("defense", "defence", "military", "security", "command", "forces", "alliance") {
			return "0312"
		}
		if has("econom", "trade", "investment") {
			return "0311"
		}
		return "030"
	case has("deal", "agreement", "plan", "proposal", "terms", "compromise"):
		if prisonerStory {
			return "0353"
		}
		return "030"
	case has("support"):
		return "032"
	case has("ceasefire", "de-escalate", "withdraw"):
		return "0356"
	case has("lift sanctions", "ease sanctions"):
		return "0354"
	}
	return ""
}

// weaponCode codes an attack by its weapons, named just before the
// trigger or after "with", "using" or "by": missiles, drones and aircraft
// (195), artillery (194), small arms (193).
func weaponCode(lower []string, i, end int) string {
	window := lower[max(0, i-2):i]
	for k := end; k+1 < len(lower) && k < end+4; k++ {
		if lower[k] == "with" || lower[k] == "using" || lower[k] == "by" {
			window = append(append([]string(nil), window...), lower[k+1:min(k+5, len(lower))]...)
			break
		}
	}
	for _, w := range window {
		switch w {
		case "missile", "missiles", "drone", "drones", "airstrike", "airstrikes", "rocket", "rockets", "warplanes", "jets", "aircraft", "bombers", "bombs", "air":
			return "195"
		case "artillery", "shelling", "shells", "mortar", "mortars", "tanks":
			return "194"
		case "gunfire", "rifles", "sniper", "snipers", "gunmen":
			return "193"
		}
	}
	return "190"
}

// Words after a trigger that narrow its code.
var (
	yieldWords    = set("pullback", "withdrawal", "retreat", "concession", "concessions", "surrender", "ceding", "pullout")
	releaseWords  = set("release", "free")
	troopWords    = set("troops", "forces", "soldiers", "army", "units")
	aidKindBefore = []struct{ word, code string }{{"military", "072"}, {"humanitarian", "073"}, {"financial", "071"}, {"economic", "071"}}
)

// refineCode narrows ev.code by the trigger's context and reports whether
// the event stands: a withdrawal of troops is a retreat (0874); talks with
// a person are a consultation (040); a rejection of a withdrawal is a
// refusal to yield (124); an appeal or an accusation is coded by what it
// asks or charges; an attack by its weapons; and fighting words with no
// sign of arms are criticism of a person (111), or no event ("a trade war",
// "a fighting chance").
func (es *eventStage) refineCode(ev *event, si int, lower []string, i, end int) bool {
	switch ev.code {
	case "190":
		ev.code = weaponCode(lower, i, end)
	case "020":
		ev.code = appealCode(lower, end)
	case "166":
		if windowHas(lower, end, 4, troopWords) {
			ev.code = "0874"
		}
	case "046":
		if lower[i] == "talks" && end+1 < len(lower) && lower[end] == "with" && es.personAt(si, end+1) {
			ev.code = "040"
		}
	case "070":
		// "US military aid to Kyiv" where "US military" named the forces.
		before := strings.Join(lower[max(0, i-2):i], " ")
		for _, k := range aidKindBefore {
			if strings.Contains(before, k.word) {
				ev.code = k.code
				break
			}
		}
	case "120":
		if windowHas(lower, end, 5, yieldWords) {
			ev.code = "124"
		} else if windowHas(lower, end, 3, releaseWords) {
			ev.code = "1243"
		}
	case "112":
		ev.code = accusationCode(lower, end)
	case "1823":
		if windowHas(lower, max(0, i-6), 12, militaryWords) {
			ev.code = "190"
		}
	}
	if (ev.code == "190" || ev.code == "191") && !militaryContext(lower) {
		switch {
		case len(ev.targets) > 0 && allPeople(ev.targets):
			ev.code = "111"
		case countStates(ev.agents) > 0 && hasStateOrPlace(ev.targets):
			// "Russia attacked Kharkiv": a state against a state or a
			// place is force.
		default:
			return false
		}
	}
	return true
}

var militaryWords = set("strike", "strikes", "airstrike", "airstrikes", "shelling", "missile", "missiles", "drone", "drones", "troops", "forces", "offensive", "fighting", "soldiers")

// accusationCode narrows an accusation by what it is of: "accused Russia of
// war crimes" (1124), of aggression (1123), of spying (1125), of human
// rights abuses (1122), of crimes (1121).
func accusationCode(lower []string, end int) string {
	for k := end; k+1 < len(lower) && k < end+8; k++ {
		if lower[k] != "of" {
			continue
		}
		has := phraseOf(lower, k+1, k+5).has
		switch {
		case has("war crime", "genocide"):
			return "1124"
		case has("aggression", "invad", "attack"):
			return "1123"
		case has("spying", "espionage", "treason"):
			return "1125"
		case has("human rights", "abuses", "torture"):
			return "1122"
		case has("corruption", "fraud", "crime", "bribery", "terrorism"):
			return "1121"
		}
		break
	}
	return "112"
}

// armsWords show that a sentence speaks of armed force.
var armsWords = set("troops", "forces", "military", "army", "armies", "soldiers", "missile", "missiles",
	"drone", "drones", "strike", "strikes", "airstrike", "airstrikes", "shelling", "artillery", "tanks",
	"rebels", "militants", "fighters", "insurgents", "invasion", "invaded", "invade", "offensive",
	"battle", "battles", "bombs", "bombing", "bombed", "killed", "wounded", "casualties", "front",
	"ceasefire", "weapons", "armed", "navy", "naval", "warplanes", "jets", "occupation", "occupied",
	"annexation", "annexed", "frontline", "shells", "rockets", "soldier", "marines", "militia",
	"militias", "war", "wars", "guerrillas", "gunmen", "combat", "siege", "raid", "raids",
	"aggression", "operation", "attack", "attacks", "attacked", "fought", "fighting", "hostilities")

// notArmsWar marks a "war" that is no armed conflict: "trade war", "war of
// words", "culture war".
var notArmsWar = set("trade", "price", "culture", "political", "legal", "tariff", "currency", "words", "bidding", "turf", "flame", "twitter", "partisan", "tax")

// militaryContext reports whether a sentence speaks of armed force: two
// words of arms, or one that is not a "war" of trade or words.
func militaryContext(lower []string) bool {
	n := 0
	for k, w := range lower {
		if !armsWords[w] {
			continue
		}
		if (w == "war" || w == "wars") && (k > 0 && notArmsWar[lower[k-1]] || k+2 < len(lower) && lower[k+1] == "of" && lower[k+2] == "words") {
			continue
		}
		switch w {
		case "attack", "attacks", "attacked", "fighting", "fought", "operation", "front", "battle", "raid":
			n++ // ambiguous alone: an attack may be words, a battle political
		default:
			n += 2
		}
	}
	return n >= 2
}

func allPeople(es []*entity) bool {
	for _, e := range es {
		if e.kind != schema.KindPerson {
			return false
		}
	}
	return true
}

// appealCode narrows an appeal by what is asked for: "urged Moscow to
// release the prisoners" (0253), "called for restraint" (0256), "urged
// both sides to return to talks" (026), "to settle the dispute" (027), to
// send aid (023, 0232, 0233), to step down (0241), to support or join a
// policy (022).
func appealCode(lower []string, end int) string {
	has := phraseOf(lower, end, end+10).has
	switch {
	case has("release", "free "):
		return "0253"
	case has("ceasefire", "cease-fire", "truce", "restraint", "de-escalat", "stop fighting", "halt the fighting"):
		return "0256"
	case has("negotiat", "talks", "meet ", "dialogue", "the table"):
		return "026"
	case has("settle", "peace deal", "peace agreement", "resolve the", "end the conflict", "end the war"):
		return "027"
	case has("weapons", "military aid", "arms", "air defen"):
		return "0232"
	case has("humanitarian"):
		return "0233"
	case has("aid", "assistance", "funding"):
		return "023"
	case has("resign", "step down", "stand down"):
		return "0241"
	case has("lift sanctions", "ease sanctions", "lift the sanctions"):
		return "0254"
	case has("support", "back ", "join", "help", "prevent", "stop ", "condemn", "recognize", "recognise"):
		return "022"
	}
	return "020"
}

func hasStateOrPlace(es []*entity) bool {
	for _, e := range es {
		if e.kind == schema.KindCountry || e.kind == schema.KindPlace {
			return true
		}
	}
	return false
}
