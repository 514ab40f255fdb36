"""The ``bkg:`` vocabulary as a closed namespace, and the prefixes the graphs are written with.

:class:`BKG` lists exactly the terms that ``ontology/bilateral.ttl`` defines, and fails on any
other name, so a typo such as ``BKG.partcipant`` is an ``AttributeError`` at the line that makes
it rather than a silently wrong triple (``tests/test_ontology.py`` keeps the two in step).
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["BKG", "ONTOLOGY_IRI", "PREFIXES"]

ONTOLOGY_IRI = URIRef("https://w3id.org/bilateral-kg/ontology")


class BKG(DefinedNamespace):
    """bilateral-kg ontology: https://w3id.org/bilateral-kg/ontology (version 0.1.0)."""

    _fail = True
    _NS = Namespace("https://w3id.org/bilateral-kg/ontology#")

    # Classes
    Actor: URIRef  # a state or an international organization
    Conference: URIRef  # event kind: a conference or forum
    Event: URIRef  # a diplomatic event, reported or mentioned by a readout
    Evidence: URIRef  # a span of a readout's text (oa:SpecificResource)
    InternationalOrganization: URIRef  # an organization whose members are states
    Meeting: URIRef  # event kind: a face-to-face meeting
    MinisterialMeeting: URIRef  # event kind: a meeting of ministers of several states
    Official: URIRef  # a person acting for a state or an organization
    PhoneCall: URIRef  # event kind: a telephone conversation
    Place: URIRef  # where an event is held
    PolicyPosition: URIRef  # a stance on a topic held by one or both sides
    Post: URIRef  # an office held by an official
    Readout: URIRef  # a published account of a diplomatic event
    Stance: URIRef  # the attitude of a position: one of the five stance individuals
    State: URIRef  # a sovereign state
    StateVisit: URIRef  # event kind: a state visit (a kind of visit)
    Summit: URIRef  # event kind: a meeting of heads of state or government
    Talks: URIRef  # event kind: formal talks or negotiations
    Topic: URIRef  # what a position is about (skos:Concept)
    VideoCall: URIRef  # event kind: a video conference
    Visit: URIRef  # event kind: a visit

    # The stances (individuals of Stance) and their concept scheme
    Agree: URIRef  # stance: agrees with the topic
    Concern: URIRef  # stance: concerned about the topic
    Oppose: URIRef  # stance: opposes the topic
    OtherStance: URIRef  # stance: any other attitude
    StanceScheme: URIRef  # the SKOS concept scheme of the stances
    Support: URIRef  # stance: supports the topic

    # Object properties
    affiliation: URIRef  # Official -> Actor
    evidence: URIRef  # anything (or an rdf:Statement) -> Evidence
    holder: URIRef  # PolicyPosition -> Actor
    holds: URIRef  # Official -> Post
    location: URIRef  # Event -> Place
    memberOf: URIRef  # State -> InternationalOrganization
    mentions: URIRef  # Readout -> anything it names
    participant: URIRef  # Event -> Official
    participantState: URIRef  # Event -> Actor
    postIn: URIRef  # Post -> Actor
    reports: URIRef  # Readout -> its main Event
    sidelinesOf: URIRef  # Event -> the Event on whose sidelines it is held
    stance: URIRef  # PolicyPosition -> Stance
    statedAt: URIRef  # PolicyPosition -> Event
    topic: URIRef  # PolicyPosition -> Topic
    yearFromEvent: URIRef  # Event -> the numbered session on whose sidelines it was, which fixed the year of its date
    yearFromTermOf: URIRef  # Event -> Official whose term of office fixed the year of its date

    # Datatype properties
    acronym: URIRef  # Actor -> xsd:string
    contentHash: URIRef  # Readout -> SHA-256 hex
    dateText: URIRef  # Event -> the date as written
    endDate: URIRef  # Event -> xsd:date | xsd:gYearMonth | xsd:gYear
    iso2: URIRef  # State -> ISO 3166-1 alpha-2
    iso3: URIRef  # State -> ISO 3166-1 alpha-3
    joint: URIRef  # PolicyPosition -> xsd:boolean
    sourcePath: URIRef  # Readout -> where it was read from
    startDate: URIRef  # Event -> xsd:date | xsd:gYearMonth | xsd:gYear
    title: URIRef  # Post -> the title as written (rdf:langString)
    toolVersion: URIRef  # Readout -> the program that built its graph


PREFIXES: dict[str, str] = {
    "bkg": str(BKG._NS),
    "cameo": "https://w3id.org/bilateral-kg/cameo/",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "plover": "https://w3id.org/bilateral-kg/plover/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
