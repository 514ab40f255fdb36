"""Gazetteers shipped as data (kg/data/*.tsv), loaded once on first use.

The extractor never hard-codes a state, an organization, a title or a person: it looks them up
here. Each table is a plain TSV with a header (see the comment block at the top of each file),
so that analysts can extend them without touching code.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

__all__ = ["Lexicon", "OfficialEntry", "Organization", "State", "Topic", "lexicon", "slug"]


@dataclass(frozen=True, slots=True)
class State:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    wikidata: str | None
    sovereign: bool


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None
    kind: str
    parent: str | None
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OfficialEntry:
    name: str
    aliases: tuple[str, ...]
    affiliation: str
    titles: tuple[str, ...]
    served_from: str | None = None  # "YYYY" or "YYYY-MM": when the first listed post began
    served_to: str | None = None    # when the last one ended; None while in office or unknown


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    label: str
    alt_labels: tuple[str, ...]
    broader: str | None


@dataclass(frozen=True)
class Lexicon:
    """All gazetteers, with the lookup tables the extractor needs."""

    states: dict[str, State]
    organizations: dict[str, Organization]
    officials: tuple[OfficialEntry, ...]
    titles: dict[str, str]
    title_short_forms: dict[str, str]
    honorifics: tuple[str, ...]
    portfolio_words: frozenset[str]  # words that go on a minister's portfolio: "Resources", "Affairs"
    topics: dict[str, Topic]
    regions: tuple[str, ...]  # regions.tsv and not_actors.tsv: longer phrases that hide a state's name
    publishers: tuple[tuple[re.Pattern[str], str], ...]  # headline forms that give away the publisher's side
    venues: dict[str, str] = field(default_factory=dict)  # buildings where officials meet: their city, or ""
    languages: frozenset[str] = frozenset()  # "an unofficial English translation": no family name
    national_namesakes: frozenset[str] = frozenset()  # "Security Council": a state has one too
    state_names: dict[str, str] = field(default_factory=dict)
    state_adjectives: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    org_names: dict[str, str] = field(default_factory=dict)
    official_names: dict[str, OfficialEntry] = field(default_factory=dict)
    surnames: dict[str, OfficialEntry] = field(default_factory=dict)
    folded_surnames: dict[str, OfficialEntry] = field(default_factory=dict)  # "cavusoglu": written "Çavuşoğlu" too
    by_outer_name: dict[str, tuple[OfficialEntry, ...]] = field(default_factory=dict)  # "xi", "bush", "retno"

    def affiliation_of(self, form: str) -> str | None:
        """The key of the state or organization a name or adjective stands for."""
        form = _strip_the(form)
        if form in self.state_names:
            return f"state/{self.state_names[form]}"
        if form in self.state_adjectives:
            return f"state/{self.state_adjectives[form]}"
        if form in self.org_names:
            return f"org/{self.org_names[form]}"
        return None

    def union_of(self, key: str | None) -> str | None:
        """The union whose institution ``key`` is, which its officials speak for (the European Commission's
        are the EU's, the AU Commission's the AU's); None for anything else, a UN organ included."""
        org = self.organizations.get(key[4:]) if key and key.startswith("org/") else None
        return f"org/{org.parent}" if org and org.kind == "institution" and org.parent else None

    def publisher_of(self, headline: str | None) -> str | None:
        """The key of the state (or organization) that published a headline of a telling form, if any."""
        side = next((side for pattern, side in self.publishers if pattern.match(headline or "")), None)
        return side if side is None or "/" in side else f"state/{side}"

    def known_official(self, name: str) -> OfficialEntry | None:
        return self.official_names.get(fold(name))

    def officials_called(self, word: str) -> tuple[OfficialEntry, ...]:
        """The well-known officials one of whose names opens or ends with ``word``, whichever name order
        their usage follows ("Xi" Jinping, George W. "Bush", "Retno" Marsudi)."""
        return self.by_outer_name.get(fold(word), ())

    def official_by_surname(self, surname: str) -> OfficialEntry | None:
        """The one well-known official a family name stands for, with or without its accents."""
        return self.surnames.get(surname) or self.folded_surnames.get(fold(surname))


_NOT_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case, accent and punctuation-insensitive form of a name, for lookups (cached: the same names come back in
    every readout, and folding character by character cost 5% of extraction)."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def slug(text: str) -> str:
    """A stable IRI segment: accents folded, lowercase, words joined by '-'; other scripts kept."""
    return "-".join(fold(text).replace("_", " ").split()) or "x"


def _strip_the(form: str) -> str:
    return form[4:] if form.startswith(("the ", "The ")) else form


def _rows(name: str) -> list[dict[str, str]]:
    text = files("kg.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _load_states() -> dict[str, State]:
    states = {}
    for row in _rows("states.tsv"):
        states[row["iso3"]] = State(
            iso3=row["iso3"], iso2=row["iso2"], name=row["name"],
            aliases=_split(row["aliases"]) + _split(row.get("short_name")),
            adjectives=_split(row["adjectives"]), capitals=_split(row["capitals"]),
            wikidata=row["wikidata"] or None, sovereign=row["sovereign"] == "yes",
        )
    return states


def _load_organizations() -> dict[str, Organization]:
    return {
        row["id"]: Organization(
            id=row["id"], name=row["name"], aliases=_split(row["aliases"]), wikidata=row["wikidata"] or None,
            kind=row["kind"], parent=row["parent"] or None, members=_split(row["members"]),
        )
        for row in _rows("organizations.tsv")
    }


def _load_officials(organizations: dict[str, Organization]) -> tuple[OfficialEntry, ...]:
    entries = []
    for row in _rows("officials.tsv"):
        code = row["state"]
        affiliation = f"org/{code}" if code in organizations else f"state/{code}"
        entries.append(OfficialEntry(row["name"], _split(row["aliases"]), affiliation, _split(row["titles"]),
                                     _term_bound(row["from"], row["name"]), _term_bound(row["to"], row["name"])))
    return tuple(entries)


_TERM_BOUND = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?")


def _term_bound(cell: str | None, name: str) -> str | None:
    """A term's first or last month ("2017-02") or year ("2017"), or None when the cell is empty."""
    cell = (cell or "").strip()
    if not cell:
        return None
    if not _TERM_BOUND.fullmatch(cell):
        raise ValueError(f"officials.tsv: {name}: a term bound must be YYYY or YYYY-MM, not {cell!r}")
    return cell


def _load_topics() -> dict[str, Topic]:
    return {
        row["key"]: Topic(row["key"], row["label"], _split(row["alt_labels"]), row["broader"] or None)
        for row in _rows("topics.tsv")
    }


def _apostrophes(forms: Iterable[str]) -> Iterator[str]:
    """Each form as the tables write it and with the other apostrophe: texts use both "'" and "’"
    ("Democratic People’s Republic of Korea" must not leave "Republic of Korea" to match alone)."""
    for form in forms:
        yield form
        if "'" in form or "’" in form:
            yield form.replace("'", "’") if "'" in form else form.replace("’", "'")


def _last_dot_dropped(forms: Iterable[str]) -> Iterator[str]:
    """Each form, and a dotted one also as often typed without its last dot ("U.S Ambassador"): read, never a label."""
    for form in forms:
        yield form
        if form.endswith(".") and form.count(".") > 1:
            yield form[:-1]


def _index(lex: Lexicon) -> None:
    for state in sorted(lex.states.values(), key=lambda s: (not s.sovereign, s.iso3)):
        for form in _apostrophes(_last_dot_dropped((state.name, *state.aliases))):
            lex.state_names.setdefault(_strip_the(form), state.iso3)
        for form in _apostrophes(_last_dot_dropped(state.adjectives)):
            lex.state_adjectives.setdefault(form, state.iso3)
            if form.endswith(("an", "i")):  # the people: "Israelis and Palestinians", "Ukrainians"
                lex.state_adjectives.setdefault(f"{form}s", state.iso3)
        for form in state.capitals:
            lex.capitals.setdefault(form, state.iso3)
    for org in lex.organizations.values():
        for form in _apostrophes((org.id, org.name, *org.aliases)):
            lex.org_names.setdefault(_strip_the(form), org.id)
    for entry in lex.officials:
        for form in (entry.name, *entry.aliases):
            lex.official_names.setdefault(fold(form), entry)
    _index_surnames(lex)
    _index_outer_names(lex)


def _index_outer_names(lex: Lexicon) -> None:
    outer: dict[str, dict[str, OfficialEntry]] = {}
    for entry in lex.officials:
        for form in (entry.name, *entry.aliases):
            words = form.split()
            if len(words) > 1:
                for word in (words[0], words[-1]):
                    outer.setdefault(fold(word), {}).setdefault(entry.name, entry)
    lex.by_outer_name.update((word, tuple(entries.values())) for word, entries in outer.items())


def _index_surnames(lex: Lexicon) -> None:
    """Family names that stand for one well-known official alone ("Putin", "Lavrov").

    Only long, unambiguous ones: a name shared by two officials, or that is also a state, an
    organization, a title, a capital or a language, is left out, and so are short ones ("Li", "Abe").
    """
    owners: dict[str, set[str]] = {}
    for entry in lex.officials:
        for form in (entry.name, *entry.aliases):
            words = form.split()
            if len(words) > 1:
                owners.setdefault(words[-1], set()).add(entry.name)
    taken = set(lex.state_names) | set(lex.state_adjectives) | set(lex.org_names) | set(lex.titles) | set(lex.capitals) \
        | lex.languages
    for surname, names in owners.items():
        if len(names) == 1 and len(surname) >= 5 and surname[0].isupper() and surname[1:].islower() and surname not in taken:
            lex.surnames[surname] = lex.known_official(next(iter(names)))  # type: ignore[assignment]
    lex.folded_surnames.update((fold(surname), entry) for surname, entry in lex.surnames.items())


@cache
def lexicon() -> Lexicon:
    """The shipped gazetteers (loaded on first call, then shared)."""
    titles: dict[str, str] = {}
    short_forms: dict[str, str] = {}
    for row in _rows("titles.tsv"):
        for title in _apostrophes([row["title"]]):
            titles[title] = row["category"]
        for short in _split(row["short_forms"]):
            short_forms.setdefault(short, row["title"])
    honorifics = tuple(sorted((row["honorific"] for row in _rows("honorifics.tsv")), key=len, reverse=True))
    organizations = _load_organizations()
    lex = Lexicon(
        states=_load_states(), organizations=organizations, officials=_load_officials(organizations),
        titles=titles, title_short_forms=short_forms, honorifics=honorifics, topics=_load_topics(),
        portfolio_words=frozenset(row["word"] for row in _rows("portfolio_words.tsv")),
        regions=tuple(_apostrophes([*(row["region"] for row in _rows("regions.tsv")),
                                    *(row["phrase"] for row in _rows("not_actors.tsv"))])),
        publishers=tuple((re.compile(row["pattern"]), row["side"]) for row in _rows("publishers.tsv")),
        venues={row["venue"]: row["city"] or "" for row in _rows("venues.tsv")},
        languages=frozenset(row["language"] for row in _rows("languages.tsv")),
        national_namesakes=frozenset(row["name"] for row in _rows("national_namesakes.tsv")),
    )
    _index(lex)
    return lex
