"""Facts -> RDF: the only place that mints IRIs.

Every IRI is made from keys under a configurable base, so the same input gives the same IRIs on
every run and every machine, and loads stay idempotent; there are no blank nodes. Each readout
becomes one named graph holding what it says (its metadata and provenance, its facts and, for
each fact, the span of text it came from); the gazetteers become one reference graph. The same
official, state or organization named by two readouts is one node. The main event's IRI is made
from its date, kind and participants, not from the readout, so that two governments' readouts of
one meeting describe one event.

The shape is documented, class by class, in ``ontology/README.md``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, XSD, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, SKOS
from rdflib.term import Node

from kg.extract.lexicon import Lexicon, lexicon, slug
from kg.model import Event, Extraction, MentionedEvent, Official, Position, Readout, Span
from kg.vocab import BKG

__all__ = ["DEFAULT_BASE", "Quad", "graph_iri", "readout_quads", "reference_quads"]

DEFAULT_BASE = "https://w3id.org/bilateral-kg/id/"
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")

Quad = tuple[URIRef, URIRef, Node, URIRef]

# Each event carries its kind and every bkg superclass, so that "?e a bkg:Event" or "?e a bkg:Visit"
# finds it on any backend without RDFS reasoning (Oxigraph and rdflib do none).
_EVENT_CLASSES = {
    "meeting": (BKG.Meeting,), "talks": (BKG.Talks,), "phone_call": (BKG.PhoneCall,), "video_call": (BKG.VideoCall,),
    "visit": (BKG.Visit,), "state_visit": (BKG.StateVisit, BKG.Visit), "summit": (BKG.Summit,),
    "ministerial_meeting": (BKG.MinisterialMeeting,), "conference": (BKG.Conference,), "other": (),
}
_EVENT_NOUNS = {
    "meeting": "Meeting", "talks": "Talks", "phone_call": "Phone call", "video_call": "Video call",
    "visit": "Visit", "other": "Event",
}
_STANCES = {
    "support": BKG.Support, "oppose": BKG.Oppose, "concern": BKG.Concern, "agree": BKG.Agree, "other": BKG.OtherStance,
}


def _digest(*parts: str, size: int = 12) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def date_literal(value: str) -> Literal:
    """An ISO date at its real granularity: xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)]
    return Literal(value, datatype=datatype)


def graph_iri(readout_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph that holds what one readout says."""
    return URIRef(f"{base}graph/{readout_id}")


@dataclass
class _GraphWriter:
    """Collects the quads of one named graph, with helpers for evidence and reified facts."""

    base: str
    graph: URIRef
    language: str
    quads: list[Quad] = field(default_factory=list)

    def iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    def add(self, s: URIRef, p: URIRef, o: Node) -> None:
        self.quads.append((s, p, o, self.graph))

    def text(self, value: str) -> Literal:
        return Literal(value, lang=self.language)


@dataclass
class _ReadoutWriter(_GraphWriter):
    readout: Readout | None = None
    spans_done: set[Span] = field(default_factory=set)

    @property
    def readout_iri(self) -> URIRef:
        assert self.readout is not None
        return self.iri(f"readout/{self.readout.id}")

    def evidence(self, span: Span) -> URIRef:
        """The Web Annotation specific resource for a span of the readout (oa:TextPositionSelector)."""
        assert self.readout is not None
        node = self.iri(f"readout/{self.readout.id}/span/{span.start}-{span.end}")
        if span not in self.spans_done:
            self.spans_done.add(span)
            position, quote = URIRef(f"{node}/position"), URIRef(f"{node}/quote")
            self.add(node, RDF.type, BKG.Evidence)
            self.add(node, OA.hasSource, self.readout_iri)
            self.add(node, OA.hasSelector, position)
            self.add(node, OA.hasSelector, quote)
            self.add(position, RDF.type, OA.TextPositionSelector)
            self.add(position, OA.start, Literal(span.start))
            self.add(position, OA.end, Literal(span.end))
            self.add(quote, RDF.type, OA.TextQuoteSelector)
            self.add(quote, OA.exact, self.text(span.of(self.readout.text)))
        return node

    def fact(self, s: URIRef, p: URIRef, o: URIRef, span: Span) -> None:
        """A relation and, by standard RDF reification, the span that states it."""
        assert self.readout is not None
        self.add(s, p, o)
        statement = self.iri(f"readout/{self.readout.id}/statement/{_digest(s, p, o, size=16)}")
        self.add(statement, RDF.type, RDF.Statement)
        self.add(statement, RDF.subject, s)
        self.add(statement, RDF.predicate, p)
        self.add(statement, RDF.object, o)
        self.add(statement, BKG.evidence, self.evidence(span))


def _actor_name(lex: Lexicon, key: str) -> str:
    code = key.split("/", 1)[1]
    if key.startswith("state/") and code in lex.states:
        return lex.states[code].name
    if key.startswith("org/") and code in lex.organizations:
        return lex.organizations[code].id
    return code


def _official_label(official: Official) -> str:
    """One label per official in every readout: the canonical name, else the name as written."""
    return official.label or official.name


def _write_readout(w: _ReadoutWriter, extraction: Extraction, tool_version: str) -> None:
    r = extraction.readout
    node = w.readout_iri
    w.add(node, RDF.type, BKG.Readout)
    if r.title:
        w.add(node, SCHEMA.headline, w.text(r.title))
    if r.date:
        w.add(node, SCHEMA.datePublished, date_literal(r.date))
    if r.url:
        w.add(node, SCHEMA.url, URIRef(r.url))
    if r.publisher:
        w.add(node, SCHEMA.publisher, Literal(r.publisher))
    w.add(node, SCHEMA.inLanguage, Literal(r.language))
    w.add(node, SCHEMA.text, w.text(r.text))
    w.add(node, BKG.sourcePath, Literal(r.source))
    w.add(node, BKG.contentHash, Literal(r.content_hash))
    w.add(node, BKG.toolVersion, Literal(tool_version))
    for entity in extraction.entities:
        w.fact(node, BKG.mentions, w.iri(entity.key), entity.mentions[0])


def _write_officials(w: _ReadoutWriter, extraction: Extraction, lex: Lexicon) -> None:
    for official in extraction.officials:
        node = w.iri(official.key)
        span = official.mentions[0]
        w.add(node, RDF.type, BKG.Official)
        w.add(node, RDFS.label, w.text(_official_label(official)))
        w.add(node, FOAF.name, Literal(official.name))
        w.add(node, BKG.evidence, w.evidence(span))
        w.fact(w.readout_iri, BKG.mentions, node, span)
        if official.affiliation is None:
            continue
        actor = w.iri(official.affiliation)
        w.fact(node, BKG.affiliation, actor, span)
        for title in official.titles:
            post = w.iri(f"post/{official.affiliation.split('/', 1)[1]}/{slug(title)}")
            w.add(post, RDF.type, BKG.Post)
            w.add(post, RDFS.label, w.text(f"{title} of {_actor_name(lex, official.affiliation)}"))
            w.add(post, BKG.title, w.text(title))
            w.add(post, BKG.postIn, actor)
            w.fact(node, BKG.holds, post, span)


def event_iri(base: str, extraction: Extraction) -> URIRef | None:
    """The main event's identity: date, kind and participants, independent of the readout."""
    event = extraction.event
    if event is None:
        return None
    anchor = event.date or f"undated-{extraction.readout.id}"
    return URIRef(f"{base}event/{anchor}-{event.kind.replace('_', '-')}-{_digest(*sorted(event.participants))}")


_NOT_IN_EVENT_NAMES = frozenset("the a an his her their its our upcoming next recent forthcoming".split())


def _names_the_gathering(sidelines: str, name: str) -> bool:
    """The sidelines as written name the mentioned event, perhaps with its venue: "the G20 Summit in St. Petersburg"."""
    return sidelines == name or sidelines.startswith(f"{name} in ")


def _named_event_iri(w: _GraphWriter, name: str, when: str | None, readout_id: str) -> URIRef:
    """A named event by its name and date: "his visit to India" and "the visit to India" are one."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in _NOT_IN_EVENT_NAMES:
        words = words[1:]
    return w.iri(f"event/{slug(' '.join(words))}-{when or readout_id}")


def _type_event(w: _GraphWriter, node: URIRef, kind: str) -> None:
    w.add(node, RDF.type, BKG.Event)
    for cls in _EVENT_CLASSES[kind]:
        w.add(node, RDF.type, cls)


def _place(w: _ReadoutWriter, name: str) -> URIRef:
    node = w.iri(f"place/{slug(name)}")
    w.add(node, RDF.type, BKG.Place)
    w.add(node, RDFS.label, w.text(name))
    return node


def _event_label(extraction: Extraction, event: Event) -> str:
    names = [_official_label(o) for o in extraction.officials if o.participant]
    who = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)
    noun = _EVENT_NOUNS[event.kind]
    return f"{noun} of {who}" if who else f"{noun} reported by readout {extraction.readout.id}"


def _year_of(extraction: Extraction) -> str | None:
    when = (extraction.event.date if extraction.event else None) or extraction.readout.date
    return when[:4] if when else None


def _write_main_event(w: _ReadoutWriter, extraction: Extraction) -> URIRef | None:
    event, node = extraction.event, event_iri(w.base, extraction)
    if event is None or node is None:
        return None
    _type_event(w, node, event.kind)
    w.add(node, RDFS.label, w.text(_event_label(extraction, event)))
    w.add(node, BKG.evidence, w.evidence(event.evidence))
    w.fact(w.readout_iri, BKG.reports, node, event.evidence)
    if event.date:
        w.add(node, BKG.startDate, date_literal(event.date))
    for key in event.year_from_terms_of:
        w.add(node, BKG.yearFromTermOf, w.iri(key))
    for key in event.participants:
        official = extraction.official(key)
        w.fact(node, BKG.participant, w.iri(key), event.evidence)
        if official and official.affiliation:
            w.fact(node, BKG.participantState, w.iri(official.affiliation), event.evidence)
    if event.location:
        w.fact(node, BKG.location, _place(w, event.location), event.evidence)
    if event.sidelines_of:
        same = next((m for m in extraction.mentioned_events if _names_the_gathering(event.sidelines_of, m.name)), None)
        when = (same.start if same else None) or _year_of(extraction)
        larger = _named_event_iri(w, same.name if same else event.sidelines_of, when, extraction.readout.id)
        if same is None:
            w.add(larger, RDF.type, BKG.Event)
            w.add(larger, RDFS.label, w.text(event.sidelines_of))
            w.add(larger, BKG.evidence, w.evidence(event.evidence))
        w.fact(node, BKG.sidelinesOf, larger, event.evidence)
        if event.year_from_sidelines:
            w.add(node, BKG.yearFromEvent, larger)
    return node


def _write_mentioned_event(w: _ReadoutWriter, extraction: Extraction, event: MentionedEvent) -> None:
    node = _named_event_iri(w, event.name, event.start or _year_of(extraction), extraction.readout.id)
    _type_event(w, node, event.kind)
    w.add(node, RDFS.label, w.text(event.name))
    w.add(node, BKG.evidence, w.evidence(event.evidence))
    w.fact(w.readout_iri, BKG.mentions, node, event.evidence)
    if event.start:
        w.add(node, BKG.startDate, date_literal(event.start))
    if event.end:
        w.add(node, BKG.endDate, date_literal(event.end))
    if event.date_text:
        w.add(node, BKG.dateText, Literal(event.date_text))
    if event.location:
        w.fact(node, BKG.location, _place(w, event.location), event.evidence)
    for key in event.participants:
        w.fact(node, BKG.participant, w.iri(key), event.evidence)


def _write_position(w: _ReadoutWriter, extraction: Extraction, position: Position, stated_at: URIRef | None,
                    lex: Lexicon) -> None:
    rid = extraction.readout.id
    node = w.iri(f"position/{rid}-{_digest(*position.holders, position.stance, position.topic_key)}")
    topic = w.iri(position.topic_key)
    holders = "both sides" if position.joint else _actor_name(lex, position.holders[0])
    w.add(node, RDF.type, BKG.PolicyPosition)
    w.add(node, RDFS.label, w.text(f"{holders}: {position.stance} {position.topic}"))
    for holder in position.holders:
        w.add(node, BKG.holder, w.iri(holder))
    w.add(node, BKG.stance, _STANCES[position.stance])
    w.add(node, BKG.topic, topic)
    w.add(node, BKG.joint, Literal(position.joint))
    w.add(node, BKG.evidence, w.evidence(position.evidence))
    if stated_at is not None:
        w.add(node, BKG.statedAt, stated_at)
    if position.topic_key.split("/", 1)[1] not in lex.topics:
        w.add(topic, RDF.type, BKG.Topic)
        w.add(topic, SKOS.prefLabel, w.text(position.topic))
        w.add(topic, SKOS.inScheme, w.iri("topics"))


def readout_quads(extraction: Extraction, *, base: str = DEFAULT_BASE, tool_version: str) -> list[Quad]:
    """The named graph of one readout, as quads in a deterministic order."""
    readout = extraction.readout
    lex = lexicon()
    w = _ReadoutWriter(base, graph_iri(readout.id, base=base), readout.language, readout=readout)
    _write_readout(w, extraction, tool_version)
    _write_officials(w, extraction, lex)
    stated_at = _write_main_event(w, extraction)
    for mentioned in extraction.mentioned_events:
        _write_mentioned_event(w, extraction, mentioned)
    for position in extraction.positions:
        _write_position(w, extraction, position, stated_at, lex)
    return sorted(set(w.quads), key=_sort_key)


def _sort_key(quad: Quad) -> tuple[str, ...]:
    return tuple(t.n3() for t in quad)


def _reference_states(w: _GraphWriter, lex: Lexicon) -> None:
    for state in lex.states.values():
        node = w.iri(f"state/{state.iso3}")
        w.add(node, RDF.type, BKG.State)
        w.add(node, RDF.type, BKG.Actor)
        w.add(node, RDFS.label, w.text(state.name))
        for alias in sorted(set(state.aliases) - {state.name}):
            w.add(node, SKOS.altLabel, w.text(alias))
        w.add(node, BKG.iso3, Literal(state.iso3))
        w.add(node, BKG.iso2, Literal(state.iso2))
        if state.wikidata:
            w.add(node, SCHEMA.sameAs, WD[state.wikidata])


def _reference_organizations(w: _GraphWriter, lex: Lexicon) -> None:
    for org in lex.organizations.values():
        node = w.iri(f"org/{org.id}")
        w.add(node, RDF.type, BKG.InternationalOrganization)
        w.add(node, RDF.type, BKG.Actor)
        w.add(node, RDFS.label, w.text(org.name))
        w.add(node, BKG.acronym, Literal(org.id))
        for alias in sorted(set(org.aliases) - {org.name}):
            w.add(node, SKOS.altLabel, w.text(alias))
        if org.wikidata:
            w.add(node, SCHEMA.sameAs, WD[org.wikidata])
        for member in org.members:
            w.add(w.iri(f"state/{member}"), BKG.memberOf, node)


def _reference_topics(w: _GraphWriter, lex: Lexicon) -> None:
    scheme = w.iri("topics")
    w.add(scheme, RDF.type, SKOS.ConceptScheme)
    w.add(scheme, RDFS.label, w.text("Policy topics of bilateral-kg"))
    for topic in lex.topics.values():
        node = w.iri(f"topic/{topic.key}")
        w.add(node, RDF.type, BKG.Topic)
        w.add(node, SKOS.prefLabel, w.text(topic.label))
        w.add(node, SKOS.inScheme, scheme)
        for alt in topic.alt_labels:
            w.add(node, SKOS.altLabel, w.text(alt))
        if topic.broader:
            w.add(node, SKOS.broader, w.iri(f"topic/{topic.broader}"))


def reference_quads(*, base: str = DEFAULT_BASE) -> list[Quad]:
    """The reference graph: every state, organization and topic the gazetteers know."""
    lex = lexicon()
    w = _GraphWriter(base, URIRef(f"{base}graph/reference"), "en")
    _reference_states(w, lex)
    _reference_organizations(w, lex)
    _reference_topics(w, lex)
    return sorted(set(w.quads), key=_sort_key)


def all_quads(extractions: Iterable[Extraction], *, base: str = DEFAULT_BASE, tool_version: str) -> Iterator[Quad]:
    """The reference graph, then each readout's graph."""
    yield from reference_quads(base=base)
    for extraction in extractions:
        yield from readout_quads(extraction, base=base, tool_version=tool_version)
