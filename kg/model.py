"""The typed intermediate form between text and RDF: readouts and the facts found in them.

Every fact carries evidence: a :class:`Span` of character offsets into its readout's text, so
each triple the graph holds traces back to the sentence it came from. Values refer to each other
by keys ("state/CHN", "org/SCO", "official/wang-yi") so that they stay hashable, diffable and
JSON-able; :mod:`kg.rdf` is the only place that turns keys into IRIs.

This module uses the standard library only.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "EVENT_KINDS",
    "MENTIONED_EVENT_KINDS",
    "STANCES",
    "EntityMention",
    "Event",
    "Extraction",
    "MentionedEvent",
    "Official",
    "Position",
    "Readout",
    "Span",
    "check_partial_date",
]

EventKind = Literal["meeting", "talks", "phone_call", "video_call", "visit", "other"]
MentionedEventKind = Literal["summit", "visit", "state_visit", "ministerial_meeting", "meeting", "conference", "other"]
Stance = Literal["support", "oppose", "concern", "agree", "other"]

EVENT_KINDS: tuple[str, ...] = ("meeting", "talks", "phone_call", "video_call", "visit", "other")
MENTIONED_EVENT_KINDS: tuple[str, ...] = (
    "summit", "visit", "state_visit", "ministerial_meeting", "meeting", "conference", "other",
)
STANCES: tuple[str, ...] = ("support", "oppose", "concern", "agree", "other")

_PARTIAL_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
_KEY = re.compile(r"(state|org|official|topic)/[^\s/]+")


def check_partial_date(value: str | None, what: str) -> None:
    """Dates are ISO strings at their real granularity: "2018-06-03", "2018-07" or "2018"."""
    if value is not None and not _PARTIAL_DATE.fullmatch(value):
        raise ValueError(f"{what} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")


def _check_key(value: str, what: str) -> None:
    if not _KEY.fullmatch(value):
        raise ValueError(f"{what} must be a key such as 'state/CHN', not {value!r}")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character offsets [start, end) into a readout's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"a span needs 0 <= start <= end, not ({self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start:self.end]


@dataclass(frozen=True, slots=True)
class Readout:
    """One published readout: its text and what is known about it.

    ``source`` names where it was read from (a path, or ``path:line`` in a JSONL corpus), so that
    every message and every provenance record can point back to it.
    """

    id: str
    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str = "en"

    def __post_init__(self) -> None:
        if not self.id or "/" in self.id or any(c.isspace() for c in self.id):
            raise ValueError(f"a readout id must be a non-empty word without '/', not {self.id!r}")
        check_partial_date(self.date, "a readout's date")

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text and metadata: a changed readout gets a new hash, so builds can skip the rest."""
        digest = hashlib.sha256()
        for part in (self.text, self.title, self.date, self.url, self.publisher, self.language):
            digest.update((part or "").encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()

    def span(self, start: int, end: int) -> Span:
        """A span checked against this readout's text."""
        if end > len(self.text):
            raise ValueError(f"span ({start}, {end}) runs past the end of readout {self.id} ({len(self.text)})")
        return Span(start, end)


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A state or an international organization that a readout names, with every place it does."""

    key: str
    mentions: tuple[Span, ...]

    def __post_init__(self) -> None:
        _check_key(self.key, "an entity key")
        if not self.mentions:
            raise ValueError(f"{self.key} needs at least one mention as evidence")

    @property
    def code(self) -> str:
        """The ISO 3166-1 alpha-3 code or organization id: the part after the slash."""
        return self.key.split("/", 1)[1]


@dataclass(frozen=True, slots=True)
class Official:
    """A named person acting for a state or an organization."""

    key: str
    name: str
    affiliation: str | None
    titles: tuple[str, ...]
    participant: bool
    mentions: tuple[Span, ...]
    label: str | None = None  # the canonical name when the official is well known ("Sergey Lavrov")
    # the union an organ's official speaks for, when not the affiliation itself: a European Commissioner, the EU
    represents: str | None = None

    def __post_init__(self) -> None:
        _check_key(self.key, "an official's key")
        if self.affiliation is not None:
            _check_key(self.affiliation, "an official's affiliation")
        if self.represents is not None:
            _check_key(self.represents, "the union an official represents")
        if not self.mentions:
            raise ValueError(f"official {self.name!r} needs at least one mention as evidence")

    @property
    def side(self) -> str | None:
        """Whose side the official speaks for: the union for an organ's official, else the affiliation."""
        return self.represents or self.affiliation


@dataclass(frozen=True, slots=True)
class Event:
    """The main event a readout reports: who met whom, how, when, where."""

    kind: EventKind
    date: str | None
    location: str | None
    sidelines_of: str | None
    participants: tuple[str, ...]
    evidence: Span
    # The participants whose terms of office fixed the year of a date the text writes without one,
    # and whether the numbered session it was held beside did too.
    year_from_terms_of: tuple[str, ...] = ()
    year_from_sidelines: bool = False

    def __post_init__(self) -> None:
        if self.kind not in EVENT_KINDS:
            raise ValueError(f"event kind must be one of {EVENT_KINDS}, not {self.kind!r}")
        check_partial_date(self.date, "an event's date")
        for key in (*self.participants, *self.year_from_terms_of):
            _check_key(key, "a participant")
        if not set(self.year_from_terms_of) <= set(self.participants):
            raise ValueError("the year of an event's date can only come from its participants' terms")
        if self.year_from_sidelines and not self.sidelines_of:
            raise ValueError("the year of an event's date can only come from a sidelines event it has")


@dataclass(frozen=True, slots=True)
class MentionedEvent:
    """Another event the readout names: a summit ahead, a visit announced, a forum."""

    name: str
    kind: MentionedEventKind
    date_text: str | None
    start: str | None
    end: str | None
    location: str | None
    evidence: Span
    participants: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for key in self.participants:
            _check_key(key, "a participant")
        if self.kind not in MENTIONED_EVENT_KINDS:
            raise ValueError(f"mentioned event kind must be one of {MENTIONED_EVENT_KINDS}, not {self.kind!r}")
        check_partial_date(self.start, "a mentioned event's start")
        check_partial_date(self.end, "a mentioned event's end")


@dataclass(frozen=True, slots=True)
class Position:
    """A stance on a topic, held by one state (or organization) or jointly by both sides."""

    holders: tuple[str, ...]
    joint: bool
    stance: Stance
    topic: str
    topic_key: str
    evidence: Span

    def __post_init__(self) -> None:
        if self.stance not in STANCES:
            raise ValueError(f"stance must be one of {STANCES}, not {self.stance!r}")
        if not self.holders:
            raise ValueError(f"position on {self.topic!r} needs a holder")
        for key in (*self.holders, self.topic_key):
            _check_key(key, "a position's holder or topic")


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one readout."""

    readout: Readout
    event: Event | None
    officials: tuple[Official, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    mentioned_events: tuple[MentionedEvent, ...] = ()
    positions: tuple[Position, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def official(self, key: str) -> Official | None:
        """The official with this key, if the readout names one."""
        return next((o for o in self.officials if o.key == key), None)

    def to_facts(self) -> dict[str, Any]:
        """The projection that ``bilateral-kg extract`` prints: the shape of the corpus's SCHEMA.md."""
        return {
            "id": self.readout.id,
            "source": self.readout.source,
            "title": self.readout.title,
            "readout_date": self.readout.date,
            "event": _event_facts(self.event),
            "participants": [_official_facts(o) for o in self.officials if o.participant],
            "other_officials": [_official_facts(o) for o in self.officials if not o.participant],
            "states": [_code(e.key) for e in self.entities if e.key.startswith("state/")],
            "organizations": [_code(e.key) for e in self.entities if e.key.startswith("org/")],
            "mentioned_events": [_mentioned_event_facts(m) for m in self.mentioned_events],
            "positions": [_position_facts(p) for p in self.positions],
            "warnings": list(self.warnings),
        }


def _code(key: str | None) -> str | None:
    """How the facts write a state or organization: its ISO code or acronym, or the name of a body known by no acronym
    ("World Bank", not its id "World-Bank"), as annotators write it."""
    if not key:
        return None
    code = key.split("/", 1)[1]
    return code.replace("-", " ") if any(c.islower() for c in code) else code


def _event_facts(event: Event | None) -> dict[str, Any]:
    if event is None:
        return {"kind": None, "date": None, "location": None, "sidelines_of": None}
    facts = {"kind": event.kind, "date": event.date, "location": event.location, "sidelines_of": event.sidelines_of}
    if event.year_from_terms_of:
        facts["year_from_terms_of"] = list(event.year_from_terms_of)
    if event.year_from_sidelines:
        facts["year_from_sidelines"] = True
    return facts


def _official_facts(official: Official) -> dict[str, Any]:
    return {"name": official.name, "state": _code(official.represents or official.affiliation),
            "titles": list(official.titles)}


def _mentioned_event_facts(event: MentionedEvent) -> dict[str, Any]:
    return {
        "name": event.name, "kind": "visit" if event.kind == "state_visit" else event.kind, "date_text": event.date_text,
        "start": event.start, "end": event.end, "location": event.location,
    }


def _position_facts(position: Position) -> dict[str, Any]:
    holder = "both" if position.joint else _code(position.holders[0])
    return {"holder": holder, "stance": position.stance, "topic": position.topic}
