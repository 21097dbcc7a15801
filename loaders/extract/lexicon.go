package extract

import "strings"

// This file holds the closed word lists the reader relies on. They are
// general English and general knowledge of how news names its actors, not
// tuned to any article.

// leaderTitles head the country or organisation they are attached to
// (ng:leaderOf). Keys are lower case; multiword titles are joined by spaces.
var leaderTitles = set(
	"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor",
	"supreme leader", "leader", "secretary-general", "secretary general", "chairman",
	"chairwoman", "chair", "chairperson", "chief executive", "ceo", "head", "director",
	"director-general", "director general", "commander-in-chief", "emir", "sultan",
	"monarch", "dictator", "ruler", "head of state", "head of government",
	"taoiseach", "governor-general", "editor-in-chief", "executive director", "founder",
	"publisher", "general secretary", "mayor", "chief executive officer",
)

// officialTitles hold an office in, or speak for, the country or
// organisation without heading it (ng:officialOf).
var officialTitles = set(
	"minister", "foreign minister", "defense minister", "defence minister", "interior minister",
	"finance minister", "economy minister", "justice minister", "energy minister",
	"trade minister", "health minister", "deputy prime minister", "deputy foreign minister",
	"deputy minister", "secretary of state", "secretary", "defense secretary", "defence secretary",
	"foreign secretary", "home secretary", "treasury secretary", "commerce secretary",
	"homeland security secretary", "press secretary", "state secretary", "undersecretary",
	"under secretary", "assistant secretary", "deputy secretary", "spokesman", "spokeswoman",
	"spokesperson", "ambassador", "envoy", "special envoy", "special representative", "negotiator",
	"chief negotiator", "adviser", "advisor", "national security adviser", "national security advisor",
	"security adviser", "senior adviser", "aide", "top aide", "lawmaker", "legislator", "senator",
	"congressman", "congresswoman", "representative", "member of parliament", "mp", "deputy",
	"general", "lieutenant general", "major general", "brigadier general", "admiral", "commander",
	"chief of staff", "chief of general staff", "army chief", "military chief", "intelligence chief",
	"commissioner", "high representative", "official", "senior official", "diplomat",
	"top diplomat", "vice president", "vice-president", "deputy director", "attorney general",
	"prosecutor", "prosecutor general", "chief prosecutor", "judge", "governor", "central bank governor",
	"defense chief", "foreign policy chief", "spy chief", "ombudsman", "ministry spokesman",
	"foreign ministry spokesman", "foreign ministry spokeswoman", "chief spokesman",
	"reporter", "correspondent", "editor", "columnist", "anchor", "host",
	"counterpart", "counterparts", "crown prince", "deputy crown prince", "coordinator",
	"humanitarian coordinator", "special coordinator", "special rapporteur", "rapporteur",
	"high commissioner", "inspector general", "chief inspector",
	"sen.", "rep.", "gov.", "gen.", "adm.", "rear adm.", "vice adm.", "lt. gen.", "maj. gen.",
	"brig. gen.", "col.", "lt. col.", "capt.", "sgt.", "cmdr.", "cpl.", "lance cpl.", "pvt.", "amb.", "rear admiral", "vice admiral",
	"justice", "chief justice", "associate justice", "speaker", "house speaker", "counsel",
	"special counsel", "general counsel", "white house counsel", "sheriff", "majority leader",
	"minority leader", "majority whip", "minority whip", "whip", "lieutenant governor", "lt. gov.",
	"director of national intelligence", "archbishop", "rev.", "reverend",
	"chaplain", "superintendent", "police chief", "fire chief", "assemblyman",
	"assemblywoman", "councilman", "councilwoman", "councilor", "councillor", "state councilor",
	"del.", "delegate", "lt.", "lieutenant", "cpl.", "pvt.", "trooper",
	"detective", "inspector", "magistrate", "professor", "prof.", "ranking member", "captain",
	"colonel", "pastor", "constable", "chief constable", "chief operating officer",
	"chief financial officer", "chief technology officer", "chief of police",
)

// mediaTitles are official titles that, for a news outlet, say the person
// works for it; they are not government offices and never make nationalOf.
var mediaTitles = set("reporter", "correspondent", "editor", "columnist", "anchor", "host", "publisher", "editor-in-chief")

// titleModifiers may stand before a title without changing it.
var titleModifiers = set(
	"former", "then", "then-", "ex", "ex-", "acting", "interim", "outgoing", "incoming",
	"deputy", "first", "senior", "top", "chief", "current", "new", "late", "longtime",
)

// roleNouns describe a person without an office ("journalist Maria
// Ressa"): they mark the following name as a person, and with a
// demonym before them state the person's nationality.
var roleNouns = set(
	"journalist", "reporter", "correspondent", "writer", "author", "activist", "dissident",
	"opposition leader", "opposition politician", "politician", "critic", "lawyer", "attorney",
	"businessman", "businesswoman", "billionaire", "oligarch", "tycoon", "entrepreneur",
	"investor", "banker", "economist", "analyst", "scholar", "academic", "professor",
	"researcher", "scientist", "expert", "historian", "doctor", "nurse", "soldier",
	"serviceman", "servicewoman", "marine", "veteran", "officer", "pilot", "sailor",
	"commander", "fighter", "militant", "rebel", "separatist", "assassin", "hitman",
	"spy", "agent", "hacker", "prisoner", "detainee", "hostage", "captive", "convict",
	"suspect", "defendant", "citizen", "national", "resident", "native", "student",
	"teacher", "priest", "cleric", "imam", "rabbi", "bishop", "pope", "athlete", "player",
	"coach", "singer", "actor", "actress", "artist", "musician", "filmmaker", "director",
	"star", "model", "blogger", "influencer", "photographer", "cameraman", "humanitarian",
	"aid worker", "volunteer", "teenager", "man", "woman", "mother", "father", "wife",
	"husband", "son", "daughter", "brother", "sister", "widow", "candidate", "nominee",
	"challenger", "rival", "ally", "adviser", "aide", "host", "commentator", "pundit",
	"podcaster", "murderer", "killer", "gunman", "colonel", "ex-marine",
)

// titleWords are the single words of titles, role nouns, honorifics and
// the words that qualify titles ("Senate", "Minority", "Republican"): a
// chunk's leading words all of this kind, before a person's name, are
// not part of the name ("Republican Mitt Romney", "Intelligence James
// Clapper", "Chief Justice John Roberts").
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []map[string]bool{leaderTitles, officialTitles, roleNouns, honorifics} {
		for k := range list {
			for _, w := range strings.Fields(k) {
				m[w] = true
			}
		}
	}
	for w := range titleQualifiers {
		m[strings.ToLower(w)] = true
	}
	for w := range partyLabels {
		m[strings.ToLower(w)] = true
	}
	for _, w := range []string{"republicans", "democrats", "independent", "pollster", "strategist", "bishop", "cardinal", "major",
		"spokeswoman", "ranking", "member", "acting", "former", "retired", "ex", "sitting", "incoming", "outgoing"} {
		m[w] = true
	}
	delete(m, "of")
	delete(m, "the")
	return m
}()

// isTitleWord reports whether w is one of titleWords, in any case, or such
// a word elected ("President-elect") or former ("ex-Senator").
func isTitleWord(w string) bool {
	lw := strings.ToLower(w)
	lw = strings.TrimSuffix(lw, "-elect")
	lw = strings.TrimPrefix(lw, "ex-")
	return titleWords[lw] || titleWords[strings.TrimSuffix(lw, ".")]
}

// honorifics stand before a name and make it a person's.
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "sheikh", "mr.", "mrs.", "ms.", "dr.")

// orgHeads are capitalised words that, ending a proper-noun chunk, make it
// an organisation's name ("State Commission", "Space Command").
var orgHeads = set(
	"Committee", "Commission", "Council", "Ministry", "Department", "Agency", "Office",
	"Service", "Services", "Bureau", "Authority", "Administration", "Party", "Front",
	"Movement", "Army", "Navy", "Forces", "Force", "Guard", "Guards", "Command", "Corps",
	"Brigade", "Battalion", "Division", "Regiment", "Fleet", "Bank", "Fund", "Organization",
	"Organisation", "Union", "Association", "Federation", "Foundation", "Institute",
	"Institution", "Center", "Centre", "Court", "Tribunal", "Parliament", "Assembly",
	"Congress", "Senate", "University", "College", "Academy", "Corporation", "Corp", "Company",
	"Co", "Inc", "Ltd", "LLC", "Group", "Holdings", "News", "Times", "Post", "Journal",
	"Herald", "Tribune", "Gazette", "Telegraph", "Press", "Television", "TV", "Radio",
	"Network", "Airlines", "Airways", "Club", "Society", "League", "Alliance", "Coalition",
	"Board", "Secretariat", "Directorate", "Police", "Staff", "Cabinet", "Government",
	"Embassy", "Consulate", "Mission", "Church", "Cross", "Crescent", "Watch",
	"International", "Brotherhood", "Jihad", "Taliban", "Industries", "Group", "Bloc",
	"Duma", "Rada", "Knesset", "Majlis", "Politburo", "Caucus", "Lab", "Laboratory",
	"Studies", "Trust", "Exchange", "Reserve", "Treasury", "Cartel", "Worldwide",
	"Enterprises", "Motors", "Energy", "Petroleum", "Oil", "Gas", "Systems", "Technologies",
	"House", "Tech", "Unit", "Program", "Programme", "Project",
)

// stateOrgHeads are the capitalised heads of a state's own bodies
// (ministries, armed forces, courts, legislatures, missions abroad): a
// state's name or demonym before such a head names the state the body is
// part of ("Indian Defence Ministry", "US Forces Korea"), while before
// any other head it says only where the body is from ("American
// Enterprise Institute", "Russian Orthodox Church").
var stateOrgHeads = set(
	"Committee", "Commission", "Council", "Ministry", "Department", "Agency", "Office",
	"Service", "Services", "Bureau", "Authority", "Administration", "Army", "Navy", "Forces",
	"Force", "Guard", "Guards", "Command", "Corps", "Brigade", "Battalion", "Division",
	"Regiment", "Fleet", "Court", "Tribunal", "Parliament", "Assembly", "Congress", "Senate",
	"Board", "Secretariat", "Directorate", "Police", "Staff", "Cabinet", "Government",
	"Embassy", "Consulate", "Mission", "Duma", "Rada", "Knesset", "Majlis", "Politburo",
	"Treasury", "Unit",
)

// orgStarts begin organisation names ("Ministry of Defence").
var orgStarts = set("Ministry", "Department", "Office", "Bank", "Council", "Court", "Institute", "House", "Board", "Union", "Organization", "Organisation", "League", "Federation", "Association", "Committee", "Commission", "Centre", "Center", "Fund", "University", "Academy", "Agency", "Embassy", "Secretariat")

// placeHeads end place names ("Kursk Oblast", "Taiwan Strait").
var placeHeads = set(
	"Oblast", "Region", "Province", "Prefecture", "Governorate", "District", "County",
	"Sea", "Ocean", "Strait", "Straits", "Gulf", "Bay", "Island", "Islands", "Peninsula",
	"River", "Lake", "Mountains", "Mountain", "Valley", "Desert", "Base", "Airport",
	"Square", "Plant", "Canal", "Coast", "Heights", "Strip", "Crossing", "Corridor",
	"Highlands", "Basin", "Delta", "Plateau", "Border", "Port", "Harbor", "Harbour",
	"Palace", "Camp", "Airfield", "Checkpoint", "Bridge", "Dam", "Street", "Avenue", "Memorial", "Beach",
)

// placeNouns are lower-case words that, after a proper name, make it a
// place's ("Kursk region", "Donetsk province").
var placeNouns = set("region", "province", "oblast", "district", "county", "prefecture", "governorate", "city", "town", "village", "state", "area", "enclave", "exclave", "territory", "republic", "port")

// orgNouns are lower-case words that, after a country's name or demonym,
// name one of its bodies ("Poland's armed forces", "the Russian army").
var orgNouns = set("armed forces", "army", "military", "navy", "air force", "government", "parliament", "foreign ministry", "defense ministry", "defence ministry", "ministry", "security service", "intelligence", "intelligence services", "police", "coast guard", "border guard", "state commission", "commission", "national guard", "central bank", "general staff", "presidency", "cabinet", "judiciary", "supreme court", "embassy")

// venueNouns after the name of a city or a building make it the place
// where something happens ("the Doha talks", "a White House
// meeting"), not the government or the body it houses.
var venueNouns = set("meeting", "meetings", "talks", "negotiations", "summit", "conference", "dinner", "ceremony",
	"lawn", "grounds", "visit", "event", "reception", "banquet")

// locativePrepositions before a capital or a city make it a place.
var locativePrepositions = set("in", "at", "near", "outside", "into", "across", "around", "inside", "via", "through", "within", "visit", "visited", "visiting", "visits")

// notNames are capitalised words that begin sentences, headlines and
// quotations but do not name anything.
var notNames = set(
	"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They",
	"We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "In", "On", "At", "By",
	"For", "From", "To", "Of", "With", "Without", "After", "Before", "During", "Since",
	"Until", "While", "When", "Where", "Why", "How", "What", "Who", "Whom", "Which",
	"If", "But", "And", "Or", "Nor", "So", "Yet", "As", "Also", "Both", "Either",
	"Neither", "All", "Some", "Many", "Most", "More", "Few", "Several", "Each", "Every",
	"Other", "Another", "Such", "No", "Not", "Only", "Even", "Still", "Just", "Meanwhile",
	"However", "Moreover", "Yesterday", "Today", "Tomorrow", "Tonight", "Now", "Then",
	"There", "Here", "Last", "Next", "First", "Second", "Third", "One", "Two", "Three",
	"Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Under", "Over", "About",
	"Against", "Among", "Amid", "Despite", "Through", "Into", "Upon", "Within",
	"Although", "Though", "Because", "Once", "Unless", "Whether", "According", "Asked",
	"Speaking", "Read", "Watch", "Please", "Yes", "Oh", "Let", "Do", "Does", "Did",
	"Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Will", "Would",
	"Can", "Could", "Should", "May", "Might", "Must", "Shall", "Mr", "Mrs", "Ms", "Dr",
	"Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Cmdr", "Cpl", "Pvt", "Brig", "Prof", "Western", "Eastern",
	"Northern", "Southern", "Central", "Former", "Senior", "Top", "New", "Old", "Big",
	"Great", "Ex", "Acting", "Interim", "Breaking", "Update", "Updated", "Exclusive",
	"Analysis", "Opinion", "Editorial", "Photo", "Video", "Live", "Sources", "Officials",
	"Critics", "Experts", "Analysts", "Residents", "People", "Troops", "Forces", "Police",
	"Instead", "Indeed", "Perhaps", "Still", "Later", "Earlier", "Again", "Already",
	"Thousands", "Hundreds", "Dozens", "Millions", "Billions", "Half", "Part",
	"Any", "Much", "Every", "Nothing", "Everything", "Something", "Anything", "Nobody",
	"Everyone", "Someone", "Anyone", "Those", "Here", "Don’t", "Don't", "It’s", "It's",
	"Non", "Pro", "Anti", "Post", "Pre", "Mid", "Members", "Member", "Leaders", "Heads",
	"Supporters", "Citizens", "Lawmakers", "Ministers", "Minister", "Officials", "Diplomats",
	"Says", "Said", "Tells", "Told", "Warns", "Urges", "Calls", "Asks", "Vows", "Seeks",
)

// dateWords are capitalised words for days and months, handled by the date
// resolver rather than as names.
var dateWords = set(
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
	"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Christmas", "Easter",
	"Ramadan", "Eid", "New", "Year",
)

// connectors may join capitalised words inside one name ("Committee of the
// Red Cross", "Bashar al-Assad").
var connectors = set("of", "the", "for", "and", "on", "de", "du", "des", "da", "do", "dos", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "del", "di", "y", "&")

// groupWords after a count make an unnamed group ("32 Armenians", "two
// soldiers"): the people an event concerns.
var groupWords = set(
	"people", "persons", "prisoners", "prisoner", "soldiers", "soldier", "troops", "civilians",
	"detainees", "hostages", "captives", "pows", "servicemen", "personnel", "fighters",
	"nationals", "citizens", "journalists", "americans", "men", "women", "children",
	"individuals", "migrants", "refugees", "sailors", "crew", "crew members", "members",
	"officers", "militants", "activists", "protesters", "workers", "students", "captured",
)

// pluralActors refer back to the two main countries or sides of the story
// ("the two countries agreed").
var pluralActors = set("countries", "neighbours", "neighbors", "nations", "sides", "states", "governments", "parties", "rivals", "allies", "leaders", "capitals")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
