"""Text -> facts: the rule- and gazetteer-based extractor (offline, deterministic).

``extract(readout)`` reads one readout and returns an :class:`~kg.model.Extraction`; every
fact in it carries the span of text it came from. This package never imports rdflib: it knows
nothing of graphs, only of text and the typed facts in :mod:`kg.model`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from kg.dates import DateMention, date_of_line, find_dateline, find_dates, year_of_numeric_dateline
from kg.extract.event_patterns import DURING_THE_MEETING_IN, FUTURE, IN_THE_CITY
from kg.extract.events import (
    add_visitors,
    attended_lead,
    date_ongoing,
    find_event_sentence,
    find_mentioned_events,
    main_event_clues,
    reports_event,
    restated_meeting,
    setting_sentence,
    wire_date,
    with_sidelines_event,
)
from kg.extract.gazetteer import NameMatch, find_names
from kg.extract.lexicon import lexicon
from kg.extract.meetings import (
    further_meetings, main_event_scope, named_with, other_meetings, present_at_the_meeting, pronoun_antecedent,
)
from kg.extract.officials import FoundOfficial, find_officials, freeze, speaks_for_a_side
from kg.extract.positions import Speaker, find_positions
from kg.extract.sentences import Sentence, split_sentences
from kg.extract.speakers import attribute_sentences, clause_speakers
from kg.extract.terms import YearFound, year_from_terms
from kg.model import EntityMention, Event, Extraction, MentionedEvent, Official, Readout, Span

__all__ = ["extract"]


# "(local time; November 17, 9:35 a.m. Japan time)": the same moment in another zone, no date of its own.
_TIME_NOTE = re.compile(r"\([^()]*\btime\b[^()]*\)", re.IGNORECASE)


def _outside_time_notes(dates: list[DateMention], text: str) -> list[DateMention]:
    notes = [m.span() for m in _TIME_NOTE.finditer(text)]
    return [d for d in dates if not any(start <= d.start < end for start, end in notes)] if notes else dates


def _title_span(readout: Readout) -> Span | None:
    """Where the headline stands in the text: its first line, which may carry a section label,
    or the first after a page's date line ("24 August 201612:57")."""
    if not readout.title:
        return None
    start = 0
    for line in readout.text.split("\n"):
        if (at := line.find(readout.title)) >= 0:
            return Span(start + at, start + at + len(readout.title))
        if line.strip() and not date_of_line(line):
            return None
        start += len(line) + 1
    return None


# A date in the clause that says who reports: "According to the ministry on Thursday,", "the ministry said on Monday".
_REPORTED_ON = re.compile(r"\b(?:[Aa]ccording\s+to|said|says|told|announced|reported)\b[^,;:]{0,60}$")


def _event_date(dates: list[DateMention], sentence: Sentence | None, title: Span | None,
                wire: Span | None = None) -> DateMention | None:
    """The date its sentence gives; failing that, a full date in the headline ("Phone Call of Foreign
    Minister X with Y, 3 March 2024", "PM call with Z: 13 April 2023"), as several ministries date them.
    A wire story's dateline ("BEIJING, Feb. 28 (Xinhua) --") dates the event only when nothing else does."""
    if sentence is None:
        return None
    inside = [d for d in dates if sentence.span.start <= d.start < sentence.span.end
              # not the date of what is to come: "... about the G20 Summit which will take place in London on April 1-2"
              and not FUTURE.search(sentence.text, 0, d.start - sentence.span.start)]
    told = [d for d in inside if not (wire and wire.start <= d.start < wire.end)]
    inside = told or inside
    # the day of the report gives way to the day of the meeting, which comes before it: "According to Seoul's foreign
    # ministry on Thursday, minister Park Jin had a breakfast meeting with ... on Wednesday" (but "Abe said Friday that
    # he and Putin agreed in a discussion to hold talks in Japan on Dec. 15": Friday)
    reported = [d for d in inside if _REPORTED_ON.search(sentence.text, 0, d.start - sentence.span.start)]
    report_day = max((d.first for d in reported if d.first), default=None)
    met = [d for d in inside if d not in reported and d.first and report_day and d.first <= report_day]
    inside = met or inside
    found = next((d for d in inside if d.first), inside[0] if inside else None)
    if found is not None and found.relative:
        # a day written out says it better: "yesterday evening, Sunday, 7 July 2024"
        found = next((d for d in inside if d.first and len(d.first) == 10 and not d.relative), found)
    if (found is None or found.relative) and title is not None:
        # ... and so does the headline's, than "this evening" of a page published the next day
        headline = [d for d in dates if title.start <= d.start < title.end and d.first and len(d.first) == 10
                    and not d.relative and d.last is None]
        found = headline[-1] if len(headline) == 1 else found
    return found


def _main_date(dates: list[DateMention], sentence: Sentence | None, title: Span | None, wire: Span | None,
               lead: Sentence | None, restated: Sentence | None = None) -> DateMention | None:
    """The main event's date, or that of the sentence it opens with when it tells what was attended, or
    that of the sentence after it that tells the meeting again; failing all, a wire story's dateline ("UNITED
    NATIONS, Sept. 27 (Xinhua) -- ... said here Friday ...", then "... said Wang during his talks with ...")."""
    return _event_date(dates, sentence, title, wire) or _event_date(dates, lead, None, wire) \
        or _event_date(dates, restated, None, wire) \
        or (_dateline_day(dates, wire) if sentence else None)


def _main_or_told_before(dates: list[DateMention], sentence: Sentence | None, title: Span | None, wire: Span | None,
                         lead: Sentence | None, restated: Sentence | None,
                         before: tuple[Sentence, ...]) -> tuple[DateMention | None, bool]:
    """The main event's date; failing it, that of a sentence just ``before`` the main one, which is also, and first,
    the date of what that sentence tells ("attended the State Funeral ... this afternoon. ... During the visit, Prime
    Minister Lee had a meeting with ..."): the second value says whether the date was taken from there."""
    if (date := _main_date(dates, sentence, title, wire, lead, restated)) is not None:
        return date, False
    told = next(filter(None, (_event_date(dates, b, None, wire) for b in before)), None)
    return told, told is not None


_FEWEST_TELLING_WORDS = 8  # shorter lines are bylines, datelines and places, not what happened


def _told_before(sentences: list[Sentence], sentence: Sentence | None, title: Span | None) -> tuple[Sentence, ...]:
    """The two sentences before the main one, nearest first, that tell something: a story that opens with its
    date and then tells the meeting ("State Councilor Yang Jiechi said on May 20.", then "Yang made the remarks in a
    phone conversation with ..."). Not the headline, nor a page's date line, which dates the page, not the event."""
    at = next((i for i, s in enumerate(sentences) if s is sentence), 0)
    return tuple(s for s in reversed(sentences[max(0, at - 2):at])
                 if not (title and s.span.start < title.end) and len(s.text.split()) >= _FEWEST_TELLING_WORDS
                 and not date_of_line(s.text))


def _dateline_day(dates: list[DateMention], wire: Span | None) -> DateMention | None:
    return next((d for d in dates if wire and d.start == wire.start and d.first and len(d.first) == 10), None)


# A state named as the country of the city where someone is: "who is visiting Stockholm, Sweden,".
_COUNTRY_OF_A_CITY = re.compile(r"\b(?:in|at|visiting|visited|to)\s+(?P<city>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),"
                                r"\s+(?:the\s+)?$")


def _country_of_a_city(text: str, name: NameMatch) -> bool:
    """"Stockholm, Sweden" but not "in Iraq, Libya and Yemen": the word before the comma is no state."""
    city = _COUNTRY_OF_A_CITY.search(text, max(0, name.span.start - 60), name.span.start)
    return bool(city) and not (lexicon().affiliation_of(city.group("city")) or "").startswith("state/")


def _entities(names: list[NameMatch], officials: list[Official], text: str,
              publisher: tuple[str, Span] | None = None) -> tuple[EntityMention, ...]:
    """States and organizations the readout names as actors or subjects, those its officials act for,
    and the publisher's state its headline gives away ("Readout of the President's Call ..."). A state
    named only as the country of a city ("visiting Geneva, the Swiss Confederation") is a place; a
    union's institution (the European Commission) stands for the union."""
    spans: dict[str, list[Span]] = {}
    for name in names:
        if name.key and name.key.startswith("state/") and _country_of_a_city(text, name):
            continue
        if name.key:  # a union's institution is the union, as analysts write it: the European Commission, the EU
            spans.setdefault(lexicon().union_of(name.key) or name.key, []).append(name.span)
    for official in officials:
        if official.side and official.side not in spans:
            spans[official.side] = [official.mentions[0]]
    if publisher is not None and publisher[0] not in spans:
        spans[publisher[0]] = [publisher[1]]
    ordered = sorted(spans.items(), key=lambda item: item[1][0].start)
    return tuple(EntityMention(key, tuple(found)) for key, found in ordered)


def _both_sides(participants: list[Official], names: list[NameMatch], publisher: str | None) -> Speaker | None:
    """The two sides: the participants' states, else the publisher's with the other's ("PM call with
    Crown Prince Mohammed bin Salman"), else the two states the text names most."""
    keys = list(dict.fromkeys(o.side for o in participants if o.side))
    if len(keys) == 1 and publisher and publisher != keys[0]:
        keys.append(publisher)
    if len(keys) < 2:
        counts = Counter(n.key for n in names if n.key and n.key.startswith("state/"))
        keys = list(dict.fromkeys([*keys, *(k for k, _ in counts.most_common(2))]))[:2]
    return Speaker(tuple(keys), True) if len(keys) >= 2 else None


def _a_headline(sentence: Sentence) -> bool:
    """A line with no full stop: the headline, or a page's second headline under a label ("Press release")."""
    return not sentence.text.rstrip().endswith((".", "!", "?", "”", '"', "’", "'"))


def _names_one(sentence: Sentence, found: list[FoundOfficial]) -> bool:
    """Whether a sentence names one official only."""
    return sum(any(sentence.span.start <= m.start < sentence.span.end for m in o.mentions) for o in found) == 1


def _tells_again(sentence: Sentence | None, officials: list[Official]) -> Sentence | None:
    """The sentence after the main one, when it tells the main meeting again: it names a participant
    and reports no speech ("Nong Rong said, not long ago, President Xi had a meeting with ..." is another)."""
    if sentence is None or _REPORTED.search(sentence.text):
        return None
    named = any(sentence.span.start <= m.start < sentence.span.end for o in officials for m in o.mentions)
    return sentence if named or _BOTH_AS_SUBJECT.match(sentence.text) else None


_REPORTED = re.compile(r"\b(?:said|says|noted|recalled|stated|added)\b")
# "The parties met on the sidelines of the 30th OSCE Ministerial Council in Skopje": both sides, unnamed; "During the
# meeting in Abu Dhabi, the two sides discussed ...": the meeting itself
_BOTH_AS_SUBJECT = re.compile(r"(?:The|the)\s+(?:two\s+)?(?:parties|sides|leaders|ministers|foreign\s+ministers|"
                              r"heads\s+of\s+state|presidents)\s+(?:met|had\s+an?\s+(?:[\w-]+\s+)?meeting)\b|"
                              rf"{DURING_THE_MEETING_IN}|{IN_THE_CITY}")


def _named_as_owner(mention: Span, sentence: Sentence | None, title: Span | None) -> bool:
    """"to discuss President Trump's recent decision" in the event's sentence: whose decision, not who is
    there (a headline's "Secretary Blinken's Meeting with ..." still names its own participant, also
    where the headline is the event's sentence)."""
    if sentence is None or not sentence.span.start <= mention.start < sentence.span.end:
        return False
    if title and title.start <= mention.start < title.end:
        return False
    at = mention.end - sentence.span.start
    owner = sentence.text[at:at + 2] in ("'s", "’s") or sentence.text[at - 1:at + 1] in ("s'", "s’")
    return owner and not _OWN_EVENT.match(sentence.text, at)


# A possessive that names whose the event is: "Readout of Secretary Hagel's Meeting With ..." under a page's
# other headline, "during Secretary Blinken's call with ...".
_OWN_EVENT = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?i:meetings?|(?:phone\s+|telephone\s+|video\s+)?calls?|talks|"
                        r"conversations?|visit)\b")


def _participation(officials: list, title: Span | None, sentence: Sentence | None,
                   further: list[Span]) -> list[Official]:
    """Who takes part: those the headline or the event's sentence names, and those met on the same
    visit ("Minister Balakrishnan also met Minister of Transport Anthony Loke, ..."), except someone named
    only inside another's description ("Emmanuel Bonne, diplomatic counselor to President Emmanuel Macron")."""
    mentions = sorted(m for o in officials for m in o.mentions)
    scopes = [title] if title else []
    scopes += main_event_scope(sentence, mentions) if sentence else []
    scopes += further
    described = [d for o in officials for d in o.descriptions]

    def takes_part(mention: Span) -> bool:
        return any(s.start <= mention.start < s.end for s in scopes) and \
            not any(d.start <= mention.start < d.end for d in described) and \
            not _named_as_owner(mention, sentence, title)

    return [freeze(o, participant=any(takes_part(m) for m in o.mentions)
                   and not speaks_for_a_side(o.titles)) for o in officials]


def _met_as_the_headline_s_states(officials: list[Official], names: list[NameMatch], title: Span) -> list[Official]:
    """A headline that tells a meeting of states, not of people ("Japan-South Africa Summit Meeting", "Foreign
    ministers of Poland and Estonia meet in Warsaw"), over a body that never says it again: the first official the
    body names of each of those states took part."""
    states = list(dict.fromkeys(n.key for n in names if n.key and n.key.startswith("state/")
                                and title.start <= n.span.start < title.end))
    first = {}
    for official in sorted(officials, key=lambda o: min(m.start for m in o.mentions)):
        if official.affiliation in states and min(m.start for m in official.mentions) >= title.end:
            first.setdefault(official.affiliation, official.key)
    if len(states) < 2 or len(first) < len(states):
        return officials
    return [replace(o, participant=True) if o.key in first.values() else o for o in officials]


def _other_side(officials: list[Official], guessed: set[str], entity_mentions: list[str]) -> list[Official]:
    """Of two participants, one whose state was only guessed, and guessed the same as the other's known one, is of
    the state the text names most that neither is of: "Presidents Obama and Calderon ... close U.S.-Mexican
    cooperation" (Mexico), "Minister Pandor held Bilateral Talks with her counterpart, Simeon Oyono Esono Angue".
    (A delegation's members share a state: with more participants, the guess stands.)"""
    pair = [o for o in officials if o.participant]
    if len(pair) != 2 or pair[0].affiliation != pair[1].affiliation \
            or (pair[0].name in guessed) == (pair[1].name in guessed):
        return officials
    counts = Counter(k for k in entity_mentions if k.startswith("state/") and k != pair[0].affiliation)
    if not counts:
        return officials
    other = max(counts, key=lambda k: (counts[k], -entity_mentions.index(k)))
    return [replace(o, affiliation=other, represents=None) if o.participant and o.name in guessed else o
            for o in officials]


def _with_title(official: Official) -> str:
    """"President Xi Jinping": how a meeting between officials is named."""
    return f"{official.titles[-1]} {official.name}" if official.titles else official.name


@dataclass(frozen=True, slots=True)
class _Dated:
    """The text's dates, resolved, and which of them is the main event's."""

    dates: list[DateMention]
    event_date: DateMention | None
    year_found: YearFound | None
    borrowed: bool = False  # the event's date was told in a sentence before the main one


def _resolve_dates(readout: Readout, sentence: Sentence | None, title: Span | None, participants: list[Official],
                   sidelines_of: str | None, lead: Sentence | None = None, restated: Sentence | None = None,
                   before: tuple[Sentence, ...] = ()) -> _Dated:
    """Dates against the best anchor the readout gives: its own date, a dateline, the year of a
    numeric date line; a wire story's dateline for "on Monday"; failing all, the one year the
    participants' terms (or the session beside which they met) leave for a day written without one."""
    text = readout.text
    anchor = readout.date or find_dateline(text) or year_of_numeric_dateline(text)
    dates = _outside_time_notes(find_dates(text, anchor), text)
    wire = wire_date(text)
    if story := _dateline_day(dates, wire):
        anchor = story.first  # "on Monday" in a wire story counts from its dateline, not from the page's date
        dates = _outside_time_notes(find_dates(text, anchor), text)
    date, borrowed = _main_or_told_before(dates, sentence, title, wire, lead, restated, before)
    year_found = None
    if anchor is None and date is not None and date.first is None:
        year_found = year_from_terms(date, participants, text, sidelines_of)
    if year_found is not None:  # the day it names is the best anchor left for the text's other dates
        dates = _outside_time_notes(find_dates(text, year_found.date.first), text)
        date, borrowed = _main_or_told_before(dates, sentence, title, wire, lead, restated, before)
    return _Dated(dates, date, year_found, borrowed)


def _mentioned(text: str, sentences: list[Sentence], dated: _Dated, names: list[NameMatch], officials: list[Official],
               title: Span | None, sentence: Sentence | None, event: Event | None,
               further: list[Span]) -> list[MentionedEvent]:
    """Events other than the main one: named, visits, happenings, and other meetings told by their verb."""
    org_spans = [n.span for n in names if n.key and n.key.startswith("org/")]
    main = sentence.span if sentence else None
    date = dated.event_date
    own = tuple(s for s in (main, *further) if s is not None)
    used = None if dated.borrowed else date  # a date told before the main sentence stays that sentence's event's too
    mentioned = find_mentioned_events(text, sentences, dated.dates, skip=title, used_date=used, org_spans=org_spans,
                                      main=own)
    mentioned = add_visitors(text, mentioned, {o.key: list(o.mentions) for o in officials})
    people = [(o.key, _with_title(o), list(o.mentions)) for o in officials]
    mentioned += [m for m in other_meetings(sentences, people, dated.dates, main, date.first if date else None)
                  if not any(m.evidence == e.evidence for e in mentioned)]
    mentioned = with_sidelines_event(mentioned, event.sidelines_of if event else None, sentence)
    return date_ongoing(mentioned, sentence, event.date if event else None)


def _as_written(names: list[NameMatch]) -> dict[str, str]:
    """The shortest way the text writes each state's name ("U.S.", "Russia" rather than "Russian Federation"): topics
    name a pair the same way, as analysts do."""
    written: dict[str, str] = {}
    for n in names:
        if not (n.key and n.key.startswith("state/") and n.form == "name"):
            continue
        if n.key not in written or len(n.text) < len(written[n.key]):
            written[n.key] = n.text
    return written


def extract(readout: Readout) -> Extraction:
    """All facts one readout states, each with the span of text that says it."""
    text = readout.text
    names = find_names(text)
    found = find_officials(text, [n.key for n in names if n.key])
    sentences = split_sentences(text)
    title = _title_span(readout)
    sentence = find_event_sentence(sentences, [m for o in found for m in o.mentions], title)
    further = further_meetings(sentences, sentence) + present_at_the_meeting(sentences, sentence) \
        + pronoun_antecedent(sentences, sentence, [m for o in found for m in o.mentions])
    restated = restated_meeting(sentences, sentence)
    # "PM call with President Trump", then "Prime Minister Boris Johnson spoke to ...": who is there
    # ... or "Secretary Lew concluded a series of meetings with his European counterparts", then "Secretary Lew met with
    # German Finance Minister Wolfgang Schaueble": a main sentence that names one official only
    again = [restated.span] if sentence and restated and not _REPORTED.search(restated.text) \
        and (_a_headline(sentence) or _names_one(sentence, found)) else []
    officials = _participation(found, title, sentence, further + again)
    participants = [o for o in officials if o.participant]
    if len(participants) == 1 and (joined := named_with(text, participants[0], officials)):
        officials = [replace(o, participant=True) if o.key in joined else o for o in officials]
        participants = [o for o in officials if o.participant]
    if sentence is None and title and not participants and reports_event(readout.title):
        officials = _met_as_the_headline_s_states(officials, names, title)
    officials = _other_side(officials, {f.name for f in found if f.guessed}, [n.key for n in names if n.key])
    participants = [o for o in officials if o.participant]
    lead = attended_lead(sentences, sentence)
    others = [m for o in officials if not o.participant for m in o.mentions]
    clues = main_event_clues(readout.title, sentence, names, text, lead, _tells_again(restated, participants),
                             setting_sentence(sentences, sentence, others))
    dated = _resolve_dates(readout, sentence, title, participants, clues.sidelines_of, lead, restated,
                           _told_before(sentences, sentence, title))
    evidence = sentence.span if sentence else (title if reports_event(readout.title) and participants else None)
    warnings = []
    event = None
    if evidence is None:
        warnings.append("no sentence reports a meeting, call or visit: the readout has no main event")
    else:
        year = dated.year_found
        event = Event(clues.kind, dated.event_date.first if dated.event_date else None, clues.location,  # type: ignore[arg-type]
                      clues.sidelines_of, tuple(o.key for o in participants), evidence,
                      year.officials if year else (), bool(year and year.from_sidelines))
    mentioned = _mentioned(text, sentences, dated, names, officials, title, sentence, event, further)
    publisher = lexicon().publisher_of(readout.title)
    both = _both_sides(participants, names, publisher)
    speakers = attribute_sentences(sentences, officials, names, both, publisher)
    positions = find_positions(sentences, speakers, sides=both.holders if both else (),
                               clauses=clause_speakers(sentences, officials), written=_as_written(names))
    return Extraction(
        readout=readout, event=event, officials=tuple(officials),
        entities=_entities(names, officials, text, (publisher, title) if publisher and title else None),
        mentioned_events=tuple(mentioned), positions=tuple(positions), warnings=tuple(warnings),
    )
