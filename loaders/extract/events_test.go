package extract_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loaders/extract"
)

// TestEventReadings reads small articles and asserts exactly the events
// the event stage makes of them ("V code agents > targets date qty"), one
// case for each reading rule.
func TestEventReadings(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		date, body string
		want       []string
	}{
		{
			name: "a name of blame given by a verb of naming is criticism (111), its object the target",
			date: "2019-03-12",
			body: "Sergei Lavrov called Poland's decision a provocation on Monday.",
			want: []string{"V 111 Sergei Lavrov > Poland 2019-03-11 0"},
		},
		{
			name: "what a state calls a crime is criticized; 'called for' names nothing",
			date: "2019-03-12",
			body: "Iran pointed to what it called a crime by Israel. Iran called for an end to the aggression.",
			want: []string{"V 020 Iran >  2019-03-12 0", "V 111 Iran > Israel 2019-03-12 0"},
		},
		{
			name: "a participle after a comma with a pronoun object takes the sentence's subject",
			date: "2017-04-08",
			body: "Sergei Lavrov discussed the vote with Rex Tillerson, calling it a violation of the truce.",
			want: []string{"V 040 Sergei Lavrov > Rex Tillerson 2017-04-08 0", "V 111 Sergei Lavrov >  2017-04-08 0"},
		},
		{
			name: "a verb after 'and' takes the subject of the verb before, not of a noun's act between them",
			date: "2013-03-20",
			body: "The African Union adopted a text condemning Rwanda's incursion and demanding that its forces leave Congo.",
			want: []string{"V 100 African Union >  2013-03-20 0", "V 111 African Union > Rwanda 2013-03-20 0", "V 190 Rwanda >  2013-03-20 0"},
		},
		{
			name: "a verb after 'and' skips the relative clause for the verb before; taking control of a legislature is no occupation",
			date: "2014-08-07",
			body: "Canada accused Rwanda, which invaded Congo, of arming the rebels and imposed an arms embargo on Kigali. Democrats took control of the House in 2018.",
			want: []string{"V 112 Canada > Rwanda 2014-08-07 0", "V 163 Canada > Rwanda 2014-08-07 0", "V 190 Rwanda >  2014-08-07 0"},
		},
		{
			name: "a participle with its agent after it names the act before it: a truce offered is an intent to cease fire (0356)",
			date: "2015-05-12",
			body: "Sudan accepted a truce offered by Chad on Monday.",
			want: []string{"V 0356 Chad > Sudan 2015-05-11 0"},
		},
		{
			name: "a light verb's -ing form gives its noun the subject; a war on a group of people is a figure of speech",
			date: "2015-05-12",
			body: "Chad has been carrying out airstrikes against Sudan. Republicans are waging a war on women, Democrats said.",
			want: []string{"V 195 Chad > Sudan 2015-05-12 0"},
		},
		{
			name: "a meeting noun after a future verb is an intent to meet (036); whom it is with is one side, the verb's subject the other",
			date: "2015-05-12",
			body: "Michelle Bachelet will use the summit with Peru to press for a deal. Michelle Bachelet spoke to reporters after talks with Peru on Monday.",
			want: []string{"V 036 Michelle Bachelet > Peru 2015-05-12 0", "V 046 Michelle Bachelet > Peru 2015-05-11 0"},
		},
		{
			name: "'the former president', set off by a relative clause, is the person the article called former president",
			date: "2023-05-12",
			body: "Lula met former President Jair Bolsonaro in Brasilia. The former president, who is due to face trial next month, has criticized Argentina.",
			want: []string{"V 040 Luiz Inacio Lula da Silva > Jair Bolsonaro 2023-05-12 0", "V 111 Jair Bolsonaro > Argentina 2023-05-12 0"},
		},
		{
			name: "an act in a present-tense 'when' clause is yet to come: no event",
			date: "2023-05-12",
			body: "Serbia is ready to resume talks when Kosovo withdraws its police from the north.",
			want: []string{"V 036 Serbia >  2023-05-12 0"},
		},
		{
			name: "'is prepared for talks' is the subject's intent (036), not a passive, and the talks are no event of their own",
			date: "2023-05-12",
			body: "Serbia is prepared for talks with Kosovo, its minister said.",
			want: []string{"V 036 Serbia > Kosovo 2023-05-12 0"},
		},
		{
			name: "after a pronoun, \"'s\" before a verb is \"has\": the pronoun's referent acts",
			date: "2024-07-28",
			body: "Japan reacted angrily, and it's accused China of stoking tensions.",
			want: []string{"V 112 Japan > China 2024-07-28 0"},
		},
		{
			name: "insisting on a thing is a demand (100), insisting on doing something is not",
			date: "2023-05-12",
			body: "Ukraine insisted on security guarantees from the United States. Chile insisted on answering the question first.",
			want: []string{"V 100 Ukraine > United States 2023-05-12 0"},
		},
		{
			name: "a quotation after 'saying' is the sentence subject's; standing in solidarity with a state praises it (051)",
			date: "2023-05-12",
			body: "Afterward, Chile's foreign minister Alberto van Klaveren put out a note saying, \"We stand in solidarity with Peru.\"",
			want: []string{"V 051 Alberto van Klaveren+Chile > Peru 2023-05-12 0"},
		},
		{
			name: "a body's name before 'sanctions' or 'probe' is its agent, a state's name is its target; a trade war is no war",
			date: "2015-05-12",
			body: "The EU sanctions on Russia took effect on Monday. The FBI probe into Russia widened. The Russia probe angered Trump. China hit back in its trade war with the United States.",
			want: []string{"V 090 Federal Bureau of Investigation+United States > Russia 2015-05-12 0", "V 163 European Union > Russia 2015-05-12 0"},
		},
		{
			name: "a gerund after an article is a noun: 'the poisoning' names no subject's act, 'the negotiating table' no talks",
			date: "2018-03-04",
			body: "Britain expelled 23 Russian diplomats in response to the poisoning in Salisbury. Sanctions brought Iran to the negotiating table.",
			want: []string{"V 166 United Kingdom > Russia 2018-03-04 0"},
		},
		{
			name: "a contracted 'we' in a quotation is its speaker; a headline's 'strikes deal' is no strike",
			date: "2019-01-01",
			body: "“We're asking Mexico to enforce its own laws,” Donald Trump said. Canada strikes deal with Mexico.",
			want: []string{"V 020 Donald Trump > Mexico 2019-01-01 0", "V 057 Canada > Mexico 2019-01-01 0"},
		},
		{
			name: "an envoy's state acts, not the body the envoy is sent to",
			date: "2017-04-07",
			body: "The US envoy to the UN has urged the Security Council to act. Russia's envoy to the United Nations slammed the US action. US Ambassador to NATO Kay Bailey Hutchison warned Russia on Friday.",
			want: []string{"V 020 United States > United Nations Security Council 2017-04-07 0", "V 111 Russia > United States 2017-04-07 0", "V 130 Kay Bailey Hutchison > Russia 2017-04-07 0"},
		},
		{
			name: "a plural demonym is the state's people: a target, no actor ('Iranians protested'), but 'the Russians attacked' is the state",
			date: "2024-07-16",
			body: "Iranians protested against the regime on Monday. Azerbaijan released 32 Armenians on Monday. The Russians attacked Kharkiv on Monday.",
			want: []string{"V 0841 Azerbaijan > Armenia 2024-07-15 32", "V 190 Russia > Kharkiv 2024-07-15 0"},
		},
		{
			name: "blocking a resolution is a veto (129); a body after 'at the' is where the clause is set, not in the group",
			date: "2018-02-10",
			body: "At the United Nations, Russia blocked a Security Council resolution on Wednesday.",
			want: []string{"V 129 Russia > United Nations Security Council 2018-02-07 0"},
		},
		{
			name: "taking over a place is occupying it (192), taking over a company or 'in' a place is not",
			date: "2015-05-12",
			body: "Islamic State took over Mosul in June. Elon Musk took over Twitter in October. Bill de Blasio will take over in New York City.",
			want: []string{"V 192 Islamic State > Mosul 2014-06 0"},
		},
		{
			name: "a person's possessive before an act done to people is its victim, unless 'of' names one",
			date: "2018-11-29",
			body: "Canada condemned Jamal Khashoggi's murder. Vladimir Putin's arrest of opponents continued.",
			want: []string{"V 111 Canada > Jamal Khashoggi 2018-11-29 0", "V 173 Vladimir Putin >  2018-11-29 0"},
		},
		{
			name: "a hostile noun after a future light verb is a threat (138), not an attack that happened",
			date: "2019-01-01",
			body: "Russian troops will launch an offensive against Ukraine next week.",
			want: []string{"V 138 Russia > Ukraine 2019-01 0"},
		},
		{
			name: "a talk by phone is a telephone discussion (041), one event with its partner",
			date: "2015-05-10",
			body: "Chile spoke with Peru by phone on Friday.",
			want: []string{"V 041 Chile > Peru 2015-05-08 0"},
		},
		{
			name: "a summit held by a state is hosted by it (043)",
			date: "2015-05-10",
			body: "The regional summit held by Japan ended with a joint statement.",
			want: []string{"V 043 Japan >  2015-05-10 0"},
		},
		{
			name: "a plea for missiles is an appeal for military aid (0232)",
			date: "2015-05-10",
			body: "Ukraine renewed its pleas for air-defence missiles from Germany.",
			want: []string{"V 0232 Ukraine > Germany 2015-05-10 0"},
		},
		{
			name: "'met with' is a meeting, dated by its weekday",
			date: "2024-07-16",
			body: "Hungarian Prime Minister Viktor Orban met with Donald Trump last Thursday.",
			want: []string{"V 040 Hungary+Viktor Orban > Donald Trump 2024-07-11 0"},
		},
		{
			name: "a mediator's 'between A and B' are whom it mediates for, not who acts",
			date: "2015-05-10",
			body: "Qatar offered to act as a peace broker between Sudan and Chad on Monday.",
			want: []string{"V 039 Qatar > Chad+Sudan 2015-05-04 0"},
		},
		{
			name: "'its neighbor' is the other state named before it",
			date: "2016-05-10",
			body: "North Korea's ties with China are strained. On Sunday Beijing called on its neighbor to show restraint.",
			want: []string{"V 0256 China > North Korea 2016-05-08 0"},
		},
		{
			name: "'the rogue nation' is the state the article names most",
			date: "2016-05-10",
			body: "Iran tested a ballistic missile on Monday, and Iran said it would test more. Britain criticized the rogue nation on Tuesday.",
			want: []string{"V 111 United Kingdom > Iran 2016-05-10 0"},
		},
		{
			name: "a passive exchange toward a state is the story's exchange, counted each way",
			date: "2022-09-22",
			body: "Ukraine and Russia have held talks on prisoners for months. On Wednesday, 55 Russian soldiers were exchanged back to Russia for 215 Ukrainian prisoners.",
			want: []string{"V 046 Russia+Ukraine >  2022-09-22 0", "V 0841 Russia > Ukraine 2022-09-21 215", "V 0841 Ukraine > Russia 2022-09-21 55"},
		},
		{
			name: "the people listed after a plural noun for them are the target; one name there is a speaker",
			date: "2024-07-16",
			body: "Poland called on the bloc's three leaders, Charles Michel, Ursula von der Leyen and Roberta Metsola, to act. Barack Obama warned negotiators, Eric Schultz added, that he would walk away.",
			want: []string{"V 020 Poland > Charles Michel+Roberta Metsola+Ursula von der Leyen 2024-07-16 0", "V 130 Barack Obama >  2024-07-16 0"},
		},
		{
			name: "'the two defense chiefs' are the story's two states",
			date: "2015-05-10",
			body: "Japan and the United States held talks in Tokyo. On Sunday, the two defense chiefs vowed to strengthen cooperation to deter threats from North Korea.",
			want: []string{"V 030 Japan+United States > North Korea 2015-05-10 0", "V 046 Japan+United States >  2015-05-10 0"},
		},
		{
			name: "the members named after ', including' are the target",
			date: "2018-09-18",
			body: "Beijing accuses others, including the United States, of fomenting tension.",
			want: []string{"V 112 China > United States 2018-09-18 0"},
		},
		{
			name: "a list after 'from' past the object is whom a ban is against",
			date: "2015-05-10",
			body: "Russia on Thursday banned imports of meat, fish and fruit from the United States, the European Union, Australia and Norway.",
			want: []string{"V 163 Russia > Australia+European Union+Norway+United States 2015-05-07 0"},
		},
		{
			name: "a noun trigger is dated through its light verb; 'N and a half years ago' is a year",
			date: "2024-07-26",
			body: "Moscow's invasion of Ukraine began nearly two and a half years ago.",
			want: []string{"V 190 Russia > Ukraine 2022 0"},
		},
		{
			name: "a time opening the sentence dates the participle its main verb governs",
			date: "2024-07-26",
			body: "In April, German ministers gathered in Berlin, condemning Russia.",
			want: []string{"V 111 Germany > Russia 2024-04 0"},
		},
		{
			name: "a possessive date dates the noun it qualifies, not the clause's verb",
			date: "2024-07-26",
			body: "North Korea threatened the United States following yesterday's drills by South Korea.",
			want: []string{"V 130 North Korea > United States 2024-07-26 0", "V 150 South Korea >  2024-07-25 0"},
		},
		{
			name: "an act in the past perfect is not dated by the day of its telling",
			date: "2024-07-26",
			body: "Russia said Monday that Ukraine had attacked Belarus.",
			want: []string{"V 190 Ukraine > Belarus 2024-07-26 0"},
		},
		{
			name: "a day does not reach across 'after' into an earlier act",
			date: "2024-07-26",
			body: "North Korea vowed Monday to strike the U.S. after the United Nations imposed new sanctions.",
			want: []string{"V 138 North Korea > United States 2024-07-22 0", "V 163 United Nations >  2024-07-26 0"},
		},
		{
			name: "'he' in a clause after a named subject's verb is that subject, not the last sentence's",
			date: "2019-03-12",
			body: "Chancellor Angela Merkel spoke first in Berlin. French President Emmanuel Macron told reporters on Monday that he had criticized Poland.",
			want: []string{"V 111 Emmanuel Macron > Poland 2019-03-12 0"}, // "had criticized": before the telling on Monday, so the article date
		},
		{
			name: "a state's demonym before a group that is not the state names no actor",
			date: "2016-02-03",
			body: "Libyan militants attacked an oil terminal. Iraqi protesters stormed the Iranian consulate. Egypt's army attacked Sudanese rebels near the border.",
			want: []string{"V 190 Egypt >  2016-02-03 0"},
		},
		{
			name: "the subject of a light verb before a noun trigger acts, and whom it acts with is the target",
			date: "2023-03-10",
			body: "Chancellor Olaf Scholz held brief talks on Friday with Polish President Andrzej Duda.",
			want: []string{"V 046 Olaf Scholz > Poland 2023-03-10 0"},
		},
		{
			name: "'held' with a noun object holds no one: no detention",
			date: "2023-03-10",
			body: "Prime Minister Mark Rutte held two meetings with President Emmanuel Macron. The party held rallies for Rutte.",
			want: []string{"V 040 Mark Rutte > Emmanuel Macron 2023-03-10 0"},
		},
		{
			name: "where a meeting is held is no party to it; the place of a visit is",
			date: "2013-11-20",
			body: "Iran and the United States resumed talks in Oman. Kerry met Zarif in Geneva. Obama visited Cuba.",
			want: []string{"V 040 John Kerry > Mohammad Javad Zarif 2013-11-20 0", "V 042 Barack Obama > Cuba 2013-11-20 0", "V 046 Iran+United States >  2013-11-20 0"},
		},
		{
			name: "'N days after' dates the act after it back from the date before it, or the article's",
			date: "2017-08-09",
			body: "The statement came a day after Germany condemned Russia. The statement issued Monday came two days after France condemned Iran. That came nearly one year after a summit between Japan and South Korea.",
			want: []string{"V 040 Japan+South Korea >  2016 0", "V 111 France > Iran 2017-08-05 0", "V 111 Germany > Russia 2017-08-08 0"},
		},
		{
			name: "a meeting named by a noun whose verb is future is an intent; not one inside another phrase",
			date: "2019-12-31",
			body: "Talks between China and Vietnam will begin in Hanoi. The summit between India and Japan is expected to take place in May. Much of Narendra Modi's visit to Kenya will take place outside Nairobi.",
			want: []string{"V 036 China+Vietnam >  2019-12-31 0", "V 036 India+Japan >  2019-12-31 0", "V 042 Narendra Modi > Kenya 2019-12-31 0"},
		},
		{
			name: "a relative clause or participle set off by commas neither dates nor blocks the main clause's act",
			date: "2024-07-26",
			body: "On 16 October Germany, which has many critics, condemned Russia. Last week, France, alarmed by the vote, condemned Iran.",
			want: []string{"V 111 France > Iran 2024-07 0", "V 111 Germany > Russia 2023-10-16 0"},
		},
		{
			name: "the subject before a relative clause set off by commas is the verb's after it",
			date: "2019-04-02",
			body: "Canada, which has built closer ties with Mexico and Chile, condemned Venezuela.",
			want: []string{"V 050 Canada > Chile+Mexico 2019-04-02 0", "V 111 Canada > Venezuela 2019-04-02 0"},
		},
		{
			name: "the place a sentence opens with is not in the group after its comma",
			date: "2019-06-04",
			body: "In Peru, Bolsonaro criticized Argentina.",
			want: []string{"V 111 Bolsonaro > Argentina 2019-06-04 0"},
		},
		{
			name: "a verb after 'denied' did not happen; a noun after it did",
			date: "2019-06-04",
			body: "Moscow has denied sending troops to Ukraine. Kyiv denied Moscow's accusations against Poland.",
			want: []string{"V 112 Russia > Poland 2019-06-04 0"},
		},
		{
			name: "the one accused of doing something is its agent",
			date: "2019-06-04",
			body: "The United States accused Russia of attacking Georgia.",
			want: []string{"V 1123 United States > Russia 2019-06-04 0", "V 190 Russia > Georgia 2019-06-04 0"},
		},
		{
			name: "a sentence that is all quotation goes on with the last quotation's speaker; adverbs stand between 'we' and its verb",
			date: "2021-06-14",
			body: "“The talks were long,” Stoltenberg said. “We are deeply grateful to Norway for its help.”",
			want: []string{"V 051 Jens Stoltenberg > Norway 2021-06-14 0"},
		},
		{
			name: "an act anywhere in a clause opened by 'if' or 'whether' is not reported",
			date: "2017-08-07",
			body: "If the leaders of North Korea once again attack South Korea, Japan will respond. Analysts asked whether the Iranian navy seized the tanker. Iran seized a British tanker.",
			want: []string{"V 171 Iran > United Kingdom 2017-08-07 0"},
		},
		{
			name: "aircraft that act, by kind or model, make an attack aerial (195)",
			date: "2015-11-24",
			body: "Two Turkish F-16s shot down a Syrian helicopter on Tuesday.",
			want: []string{"V 195 Turkey > Syria 2015-11-24 0"},
		},
		{
			name: "'discuss' is the dictionary's consultation (040); a mutual act of two agents needs no target",
			date: "2022-05-10",
			body: "Serbia and Kosovo are discussing the withdrawal of police from the border. Macron discussed the plan with Scholz on Monday.",
			want: []string{"V 040 Macron > Scholz 2022-05-09 0", "V 046 Kosovo+Serbia >  2022-05-10 0"},
		},
		{
			name: "a comment withheld is no rejection",
			date: "2024-07-16",
			body: "The Kremlin declined to comment on the report. Israel refused to say whether it struck Iran. Germany refused to meet Russia.",
			want: []string{"V 125 Germany > Russia 2024-07-16 0"},
		},
		{
			name: "'was met with' tells how something was received",
			date: "2024-07-16",
			body: "The Russian proposal was met with skepticism by Ukraine.",
			want: nil,
		},
		{
			name: "a month is no march",
			date: "2016-05-10",
			body: "Germany criticized Russia's March 13 directive.",
			want: []string{"V 111 Germany > Russia 2016-03-13 0"},
		},
		{
			name: "what is called off, farther back in the clause, did not happen",
			date: "2015-05-10",
			body: "Saudi Arabian King Salman on Sunday canceled plans to attend this week's summit with President Barack Obama.",
			want: nil,
		},
		{
			name: "a participle set off by commas after the subject is the subject's act, and the verb after it too",
			date: "2017-08-07",
			body: "Chinese Foreign Minister Wang Yi, meeting with North Korea's top diplomat Ri Yong Ho in Manila, criticized Japan.",
			want: []string{
				"V 040 China+Wang Yi > North Korea+Ri Yong-ho 2017-08-07 0",
				"V 111 China+Wang Yi > Japan 2017-08-07 0",
			},
		},
		{
			name: "a participle after the object is still the subject's act",
			date: "2017-08-07",
			body: "Chinese Foreign Minister Wang Yi met Japan, criticizing North Korea.",
			want: []string{
				"V 040 China+Wang Yi > Japan 2017-08-07 0",
				"V 111 China+Wang Yi > North Korea 2017-08-07 0",
			},
		},
		{
			name: "an agreement to release people counts them",
			date: "2026-02-05",
			body: "Russia and Ukraine agreed to an exchange of 314 prisoners of war.",
			want: []string{"V 0353 Russia+Ukraine >  2026-02-05 314"},
		},
		{
			name: "an option weighed is no act",
			date: "2015-06-10",
			body: "Russia is considering banning food imports from Norway. The United States is considering deporting Mexican migrants.",
			want: nil,
		},
		{
			name: "to beat a rival is no assault",
			date: "2016-02-10",
			body: "Hillary Clinton beat Bernie Sanders in Iowa. Police in Kenya assaulted protesters.",
			want: []string{"V 182 Kenya >  2016-02-10 0"},
		},
		{
			name: "'asked' is a request only with 'to', 'for' or 'that' after it, not a question",
			date: "2019-07-28",
			body: "Germany asked France whether it would act. Austria asked Italy about the border. Spain asked. Poland asked Hungary to act. Greece asked for help.",
			want: []string{"V 020 Poland > Hungary 2019-07-28 0", "V 022 Greece >  2019-07-28 0"},
		},
		{
			name: "a noun trigger before another noun only qualifies it",
			date: "2019-07-28",
			body: "Russia dismantled its nuclear test site. Germany released the phone records of France. Britain's veto powers worried Germany.",
			want: nil,
		},
		{
			name: "a planned meeting is an intent to meet",
			date: "2018-05-24",
			body: "Russia spoke ahead of a planned summit with China.",
			want: []string{"V 036 China >  2018-05-24 0"},
		},
		{
			name: "acts listed each with its own date are one event each",
			date: "2024-07-16",
			body: "Viktor Orban met Vladimir Putin on Monday, Recep Tayyip Erdogan on Tuesday and Xi Jinping on July 8.",
			want: []string{"V 040 Viktor Orban > Recep Tayyip Erdogan 2024-07-16 0", "V 040 Viktor Orban > Vladimir Putin 2024-07-15 0", "V 040 Viktor Orban > Xi Jinping 2024-07-08 0"},
		},
		{
			name: "the day of a telling dates the teller's own act, not another's earlier act it tells",
			date: "2024-07-17",
			body: "Germany said on Monday that Russia attacked Ukraine. Turkey said on Monday that it attacked Syria.",
			want: []string{"V 190 Russia > Ukraine 2024-07-17 0", "V 190 Turkey > Syria 2024-07-15 0"},
		},
		{
			name: "a time opening the sentence dates a second verb of its subject",
			date: "2024-07-17",
			body: "In 2010, Germany criticized Russia and met France.",
			want: []string{"V 040 Germany > France 2010 0", "V 111 Germany > Russia 2010 0"},
		},
		{
			name: "a noun trigger's 'on Monday' beyond another verb dates that verb, not the act",
			date: "2024-07-17",
			body: "Russia's invasion of Ukraine dominated talks in Berlin on Monday.",
			want: []string{"V 190 Russia > Ukraine 2024-07-17 0"},
		},
		{
			name: "a date after an infinitive is its aim's, not the appeal's",
			date: "2013-07-24",
			body: "Germany urged Russia to release the prisoners next month.",
			want: []string{"V 0253 Germany > Russia 2013-07-24 0"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range read(t, x, tt.date, "News", tt.body) {
				if strings.HasPrefix(l, "V ") {
					got = append(got, l)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("events of %q:\n got %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}
