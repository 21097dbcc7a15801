package schema

import "github.com/cayleygraph/quad"

// Namespaces used by the graph.
const (
	// NS is the namespace of the project's own terms (ng:).
	NS = "https://newsgraph.dev/ns#"
	// IDBase is the prefix of every node IRI the project mints.
	IDBase = "https://newsgraph.dev/id/"

	RDF        = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	SchemaOrg  = "http://schema.org/"
	XSD        = "http://www.w3.org/2001/XMLSchema#"
	WikidataNS = "http://www.wikidata.org/entity/"
)

// Predicates.
var (
	Type = quad.IRI(RDF + "type")

	Headline      = quad.IRI(SchemaOrg + "headline")
	DatePublished = quad.IRI(SchemaOrg + "datePublished")
	URL           = quad.IRI(SchemaOrg + "url")
	Identifier    = quad.IRI(SchemaOrg + "identifier")
	ContentHash   = quad.IRI(NS + "contentHash")

	Name          = quad.IRI(SchemaOrg + "name")
	AlternateName = quad.IRI(SchemaOrg + "alternateName")
	SameAs        = quad.IRI(SchemaOrg + "sameAs")
	JobTitle      = quad.IRI(SchemaOrg + "jobTitle")
	Mentions      = quad.IRI(NS + "mentions")

	LeaderOf   = quad.IRI(NS + "leaderOf")
	OfficialOf = quad.IRI(NS + "officialOf")
	MemberOf   = quad.IRI(NS + "memberOf")
	PartOf     = quad.IRI(NS + "partOf")
	LocatedIn  = quad.IRI(NS + "locatedIn")
	CapitalOf  = quad.IRI(NS + "capitalOf")
	NationalOf = quad.IRI(NS + "nationalOf")

	Cameo       = quad.IRI(NS + "cameo")
	Goldstein   = quad.IRI(NS + "goldstein")
	QuadClass   = quad.IRI(NS + "quadClass")
	Agent       = quad.IRI(SchemaOrg + "agent")
	Target      = quad.IRI(NS + "target")
	Participant = quad.IRI(SchemaOrg + "participant")
	Location    = quad.IRI(SchemaOrg + "location")
	StartDate   = quad.IRI(SchemaOrg + "startDate")
	Quantity    = quad.IRI(NS + "quantity")
	Evidence    = quad.IRI(NS + "evidence")
	Sentence    = quad.IRI(NS + "sentence")

	// Rule names the extraction rule or dictionary pattern that read an
	// event or a relation statement.
	Rule         = quad.IRI(NS + "rule")
	RDFSubject   = quad.IRI(RDF + "subject")
	RDFPredicate = quad.IRI(RDF + "predicate")
	RDFObject    = quad.IRI(RDF + "object")
)

// Classes.
var (
	ClassNewsArticle  = quad.IRI(SchemaOrg + "NewsArticle")
	ClassCountry      = quad.IRI(SchemaOrg + "Country")
	ClassPerson       = quad.IRI(SchemaOrg + "Person")
	ClassOrganization = quad.IRI(SchemaOrg + "Organization")
	ClassPlace        = quad.IRI(SchemaOrg + "Place")
	ClassEvent        = quad.IRI(SchemaOrg + "Event")
	ClassGroup        = quad.IRI(NS + "Group")
	ClassStatement    = quad.IRI(RDF + "Statement")

	ClassGovernmentOrganization = quad.IRI(SchemaOrg + "GovernmentOrganization")
	ClassNewsMediaOrganization  = quad.IRI(SchemaOrg + "NewsMediaOrganization")
	ClassCity                   = quad.IRI(SchemaOrg + "City")
	ClassAdministrativeArea     = quad.IRI(SchemaOrg + "AdministrativeArea")
)

// KB labels quads that come from no article: the vocabulary and code labels.
var KB = quad.IRI(NS + "kb")

// XSD datatypes used for literals.
const (
	XSDDate       = quad.IRI(XSD + "date")
	XSDGYearMonth = quad.IRI(XSD + "gYearMonth")
	XSDGYear      = quad.IRI(XSD + "gYear")
	XSDInteger    = quad.IRI(XSD + "integer")
	XSDDecimal    = quad.IRI(XSD + "decimal")
)

// Relations lists the relation predicates of the closed list, in the order of
// the vocabulary.
var Relations = []quad.IRI{LeaderOf, OfficialOf, MemberOf, PartOf, LocatedIn, CapitalOf, NationalOf}

// LocalName returns the part of an IRI after the last '#' or '/'.
func LocalName(iri quad.IRI) string {
	s := string(iri)
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '#' || s[i] == '/' {
			return s[i+1:]
		}
	}
	return s
}
