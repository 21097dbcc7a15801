package extract_test

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// entities extracts an article written for the test and returns its
// entities as sorted lines "Kind Name [Qid] (job titles) {rules}".
func entities(t *testing.T, x *extract.Extractor, date, body string) []string {
	t.Helper()
	d, err := schema.ParseDate(date)
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(loaders.Article{Hash: strings.Repeat("ef", 32), Date: d, Headline: "Report", Body: body})
	var out []string
	for _, e := range doc.Entities {
		s := e.Kind.String() + " " + e.Name
		if e.Wikidata != "" {
			s += " " + e.Wikidata
		}
		if len(e.JobTitles) > 0 {
			s += " (" + strings.Join(e.JobTitles, ", ") + ")"
		}
		if len(e.Rules) > 0 {
			s += " {" + strings.Join(e.Rules, ",") + "}"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

type identityCase struct {
	name, date, body string
	want             []string
}

func runIdentityCases(t *testing.T, tests []identityCase) {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entities(t, x, tt.date, tt.body)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

// TestSurnameOfTablePerson checks when a surname written alone names a
// person of the reference tables.
func TestSurnameOfTablePerson(t *testing.T) {
	runIdentityCases(t, []identityCase{{
		name: "a title the table records",
		date: "2020-03-01", body: "Prime Minister Johnson spoke in London.",
		want: []string{"Person Boris Johnson Q180589 (Prime Minister) {table-person-title}", "Place London Q84"},
	}, {
		name: "in office, the state named",
		date: "2020-03-01", body: "Johnson said Britain would leave.",
		want: []string{"Country United Kingdom Q145", "Person Boris Johnson Q180589 {table-person-office}"},
	}, {
		name: "another person of the surname named in full",
		date: "2020-03-01", body: "Sen. Ron Johnson of Wisconsin spoke to Britain's envoy. Johnson said no.",
		want: []string{"Country United Kingdom Q145", "Person Ron Johnson (Sen.)", "Place Wisconsin Q1537"},
	}, {
		name: "a title that is none of the table person's",
		date: "2020-03-01", body: "Sen. Johnson met Britain's envoy.",
		want: []string{"Country United Kingdom Q145", "Person Johnson (Sen.)"},
	}, {
		name: "before the table person's public life",
		date: "2014-03-01", body: "Johnson said Britain would wait.",
		want: []string{"Country United Kingdom Q145", "Person Johnson"},
	}, {
		name: "no context",
		date: "2020-03-01", body: "Johnson scored twice on Sunday.",
		want: []string{"Person Johnson"},
	}, {
		name: "a written-out first name is not the table person's",
		date: "2013-05-01", body: "White House press secretary Jay Carney spoke. Carney said the United States would wait.",
		want: []string{"Country United States Q30", "Organization White House", "Person Jay Carney (Press Secretary)"},
	}, {
		name: "a title of theirs beats a namesake named in full",
		date: "2014-05-01", body: "Michelle Obama spoke in Chicago. President Obama said the United States would wait.",
		want: []string{"Country United States Q30", "Person Barack Obama Q76 (President) {table-person-title}", "Person Michelle Obama", "Place Chicago Q1297"},
	}})
}

// TestTitlesAreNotNames checks that titles, the words that qualify them
// and party labels before a name are kept out of the name, titles as job
// titles.
func TestTitlesAreNotNames(t *testing.T) {
	runIdentityCases(t, []identityCase{{
		name: "a title with its office after of",
		date: "2017-01-01", body: "Director of National Intelligence James Clapper testified. Minister of Public Safety Mike Farnworth agreed.",
		want: []string{"Person James Clapper (Director of National Intelligence)", "Person Mike Farnworth (Minister of Public Safety)"},
	}, {
		name: "titles not in office yet",
		date: "2016-12-01", body: "President-elect Donald Trump met Mayor-elect Andrew Gillum.",
		want: []string{"Person Andrew Gillum (Mayor-elect)", "Person Donald Trump Q22686 (President-elect)"},
	}, {
		name: "compound titles, and a title before a surname",
		date: "2016-01-01", body: "Chief Justice John Roberts ruled. Justice Scalia dissented. Special Counsel Robert Mueller filed.",
		want: []string{"Person John Roberts (Chief Justice)", "Person Robert Mueller (Special Counsel)", "Person Scalia (Justice)"},
	}, {
		name: "party labels before names",
		date: "2016-01-01", body: "Republican Rick Perry won. Democrat Danica Roem lost.",
		want: []string{"Organization Democratic Party Q29552", "Organization Republican Party Q29468", "Person Danica Roem", "Person Rick Perry"},
	}, {
		name: "title words that open names of bodies",
		date: "2016-01-01", body: "The Justice Department sued General Motors.",
		want: []string{"Organization General Motors", "Organization United States Department of Justice Q1553390"},
	}})
}

// TestHomonyms checks that a name of several things is read by the
// evidence around it, with the rule that decided.
func TestHomonyms(t *testing.T) {
	runIdentityCases(t, []identityCase{{
		name: "a state office after the name",
		date: "2019-05-01", body: "Georgia Gov. Brian Kemp signed the bill.",
		want: []string{"Person Brian Kemp (Gov.)", "Place Georgia (U.S. state) Q1428 {homonym-local}"},
	}, {
		name: "the US state among its own places",
		date: "2019-05-01", body: "Voters in Georgia and Alabama went to the polls.",
		want: []string{"Place Alabama Q173", "Place Georgia (U.S. state) Q1428 {homonym-context}"},
	}, {
		name: "a party label naming the state",
		date: "2019-05-01", body: "Sen. David Perdue (R-Ga.) said Georgia would vote.",
		want: []string{"Organization Republican Party Q29468", "Person David Perdue (Sen.)", "Place Georgia (U.S. state) Q1428 {homonym-local}"},
	}, {
		name: "the country by its capital, though the United States is named",
		date: "2019-05-01", body: "Russian troops entered Georgia in 2008, and Tbilisi asked the United States for help.",
		want: []string{"Country Georgia Q230 {homonym-context}", "Country Russia Q159", "Country United States Q30"},
	}, {
		name: "nothing either way: the first reading",
		date: "2019-05-01", body: "He later moved to Georgia.",
		want: []string{"Country Georgia Q230 {homonym-default}"},
	}, {
		name: "the demonym follows the reading",
		date: "2020-07-01", body: "Georgia Governor Brian Kemp urged Georgians to wear masks in Atlanta.",
		want: []string{"Person Brian Kemp (Governor)", "Place Atlanta Q23556", "Place Georgia (U.S. state) Q1428 {homonym-local}"},
	}, {
		name: "a namesake named in full, and a preposition of place",
		date: "2019-07-28", body: "Rep. Jim Jordan spoke. Jordan asked the witness. In Jordan, the king met the envoy.",
		want: []string{"Country Jordan Q810 {homonym-local}", "Person Jim Jordan (Rep.) {homonym-context}"},
	}, {
		name: "a city and a state of one name, told apart mention by mention",
		date: "2020-05-01", body: "New York Gov. Andrew Cuomo spoke. New York Mayor Bill de Blasio agreed.",
		want: []string{"Person Andrew Cuomo (Gov.)", "Person Bill de Blasio (Mayor)", "Place New York (state) Q1384 {homonym-local}", "Place New York City Q60 {homonym-local}"},
	}, {
		name: "a place of the tables that a chunk's opening word would hide",
		date: "2020-05-01", body: "The New Mexico governor spoke.",
		want: []string{"Place New Mexico Q1522"},
	}, {
		name: "a state's name as a given name before a surname",
		date: "2020-05-01", body: "Fox News' Chad Pergram contributed to this report.",
		want: []string{"Organization Fox News Q186068", "Person Chad Pergram"},
	}})
}

// TestNameVariants checks that forms of one person's name in an article
// are one person, and forms of different people are not.
func TestNameVariants(t *testing.T) {
	runIdentityCases(t, []identityCase{{
		name: "a short given name and a middle initial",
		date: "2019-05-01", body: "Attorney General William P. Barr testified. Bill Barr said the report was clear. William Barr left.",
		want: []string{"Person William Barr Q723917 (Attorney General)"},
	}, {
		name: "a generation numeral",
		date: "2019-05-01", body: "Special counsel Robert S. Mueller III filed. Bob Mueller declined. Robert Mueller spoke.",
		want: []string{"Person Robert Mueller (Special Counsel)"},
	}, {
		name: "a table person's full given name",
		date: "2019-05-01", body: "Sen. Charles E. Schumer objected. Chuck Schumer said no.",
		want: []string{"Person Chuck Schumer Q380900 (Sen.)"},
	}, {
		name: "a form that could be either of two people",
		date: "2019-05-01", body: "George W. Bush and George H. W. Bush met. George Bush spoke.",
		want: []string{"Person George Bush", "Person George H. W. Bush", "Person George W. Bush"},
	}, {
		name: "family names written first",
		date: "2019-05-01", body: "North Korean leader Kim Jong Un met South Korean President Moon Jae-in. Kim said the talks went well. Moon agreed. Kim Jong-un left.",
		want: []string{"Country North Korea Q423", "Country South Korea Q884", "Person Kim Jong Un Q56226 (Leader)", "Person Moon Jae-in (President)"},
	}})
}
