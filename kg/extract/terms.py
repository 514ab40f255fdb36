"""The year of an event date written without one, from the participants' terms of office.

Russia's foreign ministry prints the date of its press releases only on the web page ("On May 5,
Foreign Minister Sergey Lavrov spoke over the phone with US Secretary of State Rex Tillerson"), and
readouts copied without their dateline say "On July 17" alone. When neither the text nor the
readout's metadata gives a year, the participants' terms of office in ``officials.tsv`` may leave
just one: Tillerson was Secretary of State from February 2017 to March 2018, so that May 5 was in 2017.

The year is taken only where the table makes it certain:

* only participants who hold, as the text writes it, a post the table lists for them count
  ("former Secretary of State" does not; neither does a post the table does not list);
* a term still running gives no upper bound, so at least one counted term must have ended;
* a weekday written with the date must fall on it (``kg.dates.day_in_year`` sees to it);
* exactly one year must remain. Otherwise the date stays unresolved, as before.

A numbered session of the UN General Assembly on whose sidelines the meeting was held ("On
September 23, ... on the sidelines of the 71st session of the UN General Assembly") bounds the
year the same way: the Nth session runs from September 1945 + N to the next one.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kg.dates import DateMention, day_in_year, parse_iso
from kg.extract.lexicon import OfficialEntry, fold, lexicon
from kg.model import Official

__all__ = ["YearFound", "year_from_terms"]

_NOT_IN_OFFICE = frozenset({"former", "ex", "late", "then", "outgoing", "incoming", "designate", "elect"})

# "former" and the capitalised title words between it and the name it qualifies.
_FORMER_TITLE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)\s*(?:(?:[A-Z][\w.'’-]*|of|and|the|for)\s+)*$")

# Categories of titles.tsv with one holder per state at a time, whatever the post is called there.
_TOP_POSTS = frozenset({"head_of_state", "head_of_government", "foreign_minister", "monarch"})

_Term = tuple[date, date | None]

_UNGA_SESSION = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:regular\s+)?session\s+of\s+the\s+"
                           r"(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?General\s+Assembly\b")


@dataclass(frozen=True, slots=True)
class YearFound:
    """A yearless date placed in its year, and what placed it there."""

    date: DateMention
    officials: tuple[str, ...]  # keys of the participants whose terms were counted
    from_sidelines: bool        # whether the numbered session the meeting was held beside counted too


def year_from_terms(mention: DateMention, participants: Sequence[Official], text: str,
                    sidelines_of: str | None = None) -> YearFound | None:
    """``mention`` placed in the one year all counted participants were in office on it (and that
    the numbered UN General Assembly session on whose sidelines it took place ran in); None unless
    exactly one year fits."""
    terms = {o.key: term for o in participants
             if not _named_as_former(o, text) and (term := _term_in_post(o)) is not None}
    session = _session_of(sidelines_of)
    bounds = [*terms.values(), *([session] if session else [])]
    ends = [end for _, end in bounds if end is not None]
    if not ends:
        return None
    fits = []
    for year in range(max(start.year for start, _ in bounds), min(ends).year + 1):
        placed = day_in_year(mention, year)  # None for "in July", "on Friday", or a weekday the year contradicts
        if placed is not None and _within_all(placed, bounds):
            fits.append(placed)
    return YearFound(fits[0], tuple(terms), session is not None) if len(fits) == 1 else None


def _session_of(sidelines_of: str | None) -> _Term | None:
    """The months of a numbered UN General Assembly session: the Nth opens in September 1945 + N
    and runs until the next one opens ("76th session": September 2021 to August 2022)."""
    m = _UNGA_SESSION.search(sidelines_of or "")
    if m is None:
        return None
    year = 1945 + int(m[1])
    return date(year, 9, 1), date(year + 1, 8, 31)


def _term_in_post(official: Official) -> _Term | None:
    """The term of a well-known official named with a post the table lists for them."""
    entry = lexicon().known_official(official.label) if official.label else None
    if entry is None or entry.served_from is None or not _holds_listed_post(official.titles, entry):
        return None
    return _first_day(entry.served_from), _last_day(entry.served_to) if entry.served_to else None


def _named_as_former(official: Official, text: str) -> bool:
    """"former US Secretary of State Rex Tillerson": titles as extracted keep the post, not the "former"."""
    return any(_FORMER_TITLE.search(text, max(0, m.start - 120), m.start) for m in official.mentions)


def _holds_listed_post(written: Sequence[str], entry: OfficialEntry) -> bool:
    """A written title names a listed post: the same words ("US Secretary of State" ends with
    "Secretary of State"; "Secretary" is its head word), or another name of the same top post ("Minister for Foreign Affairs" for
    "Foreign Minister"; a President is no Prime Minister, and a minister of one field no other)."""
    categories = lexicon().titles
    listed = [(fold(post), categories.get(post)) for post in entry.titles]
    for title in written:
        folded, category = fold(title), categories.get(title)
        if not folded or _NOT_IN_OFFICE & set(folded.split()):
            continue
        if any(folded == post or folded.endswith(" " + post) or post.startswith(folded + " ") for post, _ in listed):
            return True  # the same words, with the state before them or the head word alone ("Secretary")
        if category in _TOP_POSTS and any(category == other for _, other in listed):
            return True
    return False


def _first_day(bound: str) -> date:
    year, _, month = bound.partition("-")
    return date(int(year), int(month or 1), 1)


def _last_day(bound: str) -> date:
    year, _, month = bound.partition("-")
    y, m = int(year), int(month or 12)
    return date(y, m, monthrange(y, m)[1])


def _within_all(placed: DateMention, terms) -> bool:
    first = parse_iso(placed.first or "")
    last = parse_iso(placed.last) if placed.last else first
    if first is None or last is None:
        return False
    return all(start <= first and (end is None or last <= end) for start, end in terms)

