"""Meetings a readout tells by their verbs, besides its main event: the further meetings of the same
visit or day ("He also met DFM Sergey Ryabkov"), whose people take part; another meeting told inside
the main event's sentence, whose people do not; and another meeting with a date of its own ("In June,
President Xi and Prime Minister Abe met in Osaka"), which is a mentioned event.
"""

from __future__ import annotations

import re

from kg.dates import DateMention
from kg.extract.event_patterns import (
    CLAUSE_BREAK, EMBEDDED_EVENT, FURTHER_MEETING, FURTHER_WORDS, JOINT_TALKS, OTHER_TIME, REPORTED, TALK_WORDS,
    THIS_WAS_AT,
)
from kg.extract.events import location_in
from kg.extract.sentences import Sentence
from kg.model import MentionedEvent, Official, Span

__all__ = ["further_meetings", "main_event_scope", "named_with", "other_meetings", "present_at_the_meeting",
           "pronoun_antecedent"]


# "In June this year, President Xi Jinping and Prime Minister Shinzo Abe met successfully in Osaka": another
# meeting, told by its verb in a sentence of its own with a date of its own.
_MET = re.compile(r"\b(?:met|held\s+talks|had\s+(?:a\s+)?(?:meeting|talks))\b")


def other_meetings(sentences: list[Sentence], people: list[tuple[str, str, list[Span]]], dates: list[DateMention],
                   main: Span | None, main_date: str | None) -> list[MentionedEvent]:
    """Meetings other than the main one that a sentence tells by its verb: two officials named around
    "met", and a date of that sentence that is not the main event's. ``people``: (key, label, mentions)."""
    found = []
    for sentence in sentences:
        verb = _MET.search(sentence.text)
        if verb is None or (main and sentence.span == main):
            continue
        when = next((d for d in dates if sentence.span.start <= d.start < sentence.span.end and d.first
                     and d.first != main_date and not (main_date or "").startswith(d.first)), None)
        reported = sentence.text.rfind("that ", 0, verb.start())  # "Wang Yi said that X and Y met": not Wang Yi
        start = sentence.span.start + (reported + len("that ") if reported >= 0 else 0)
        near = min(sentence.span.start + verb.end() + 80, sentence.span.end)
        named = [(key, label) for key, label, spans in people if any(start <= m.start < near for m in spans)]
        if when is None or len(named) != 2:
            continue
        name = f"meeting between {named[0][1]} and {named[1][1]}"
        found.append(MentionedEvent(name=name, kind="meeting", date_text=when.text, start=when.first, end=when.last,
                                    location=location_in(sentence.text, [], sentence.span.start), evidence=sentence.span,
                                    participants=tuple(key for key, _ in named)))
    return found


def main_event_scope(sentence: Sentence, mentions: list[Span]) -> list[Span]:
    """The parts of the main event's sentence that name who takes part in it: not another event told
    inside it ("to discuss the May 21 Summit between President Biden and President Yoon"), and not what
    is reported once two people are named ("During a meeting with X, Qin said President Xi attended ...")."""
    start, end = sentence.span.start, sentence.span.end
    reported = REPORTED.search(sentence.text)
    if reported and len({m for m in mentions if start <= m.start < start + reported.start()}) >= 2:
        end = start + reported.start()
    spans, at = [], start
    for embedded in EMBEDDED_EVENT.finditer(sentence.text):
        if start + embedded.start() >= end:
            break
        spans.append(Span(at, start + embedded.start()))
        at = start + embedded.end()
    return [*spans, Span(at, end)] if at < end else spans


def further_meetings(sentences: list[Sentence], main: Sentence | None) -> list[Span]:
    """Where a readout tells the further meetings of the same visit or day, as the spans that name
    who was met: "He also met DFM Sergey Ryabkov", "met as well with Foreign Minister Yair Lapid",
    "called on Prime Minister Anwar Ibrahim", "At the meeting held between X and Y". A sentence with a
    date of its own, or that looks ahead or back ("will meet", "have met 27 times"), tells another meeting."""
    spans = []
    if main is not None and (after := _after_a_visit(sentences, main)) is not None:
        spans.append(after)
    for sentence in sentences:
        if main and sentence.span == main:
            continue
        talks = JOINT_TALKS.match(sentence.text) if any(w in sentence.text for w in TALK_WORDS) else None
        if not talks and not any(word in sentence.text for word in FURTHER_WORDS):
            continue  # a cheap test first: most sentences tell no meeting
        if OTHER_TIME.search(sentence.text):
            continue
        start = sentence.span.start
        if talks:  # "With X, Y discussed ...": who is named before the verb
            spans.append(Span(start, start + talks.end()))
        for verb in FURTHER_MEETING.finditer(sentence.text):  # "was hosted to lunch by X, where he also met Y"
            end = CLAUSE_BREAK.search(sentence.text, verb.end())
            spans.append(Span(start + verb.start(), start + (end.start() if end else len(sentence.text))))
    return spans


# Those who sat in: "Chinese Ambassador to Iran Cong Peiwu attended the meeting", "Foreign Minister Li Zhaoxing
# was present at the meeting".
# ("Fumio Kishida, Minister for Foreign Affairs, was also present during the courtesy call")
# ("Krishna, National Security Adviser Shiv Shankar Menon, ... were part of the Indian delegation at the talks")
_PRESENT_AT = re.compile(r"\s(?:also\s+)?(?:attended|(?:was|were)\s+(?:also\s+)?present\s+(?:at|during|in)|joined|"
                         r"(?:was|were)\s+(?:also\s+)?part\s+of\s+the\s+(?:[\w-]+\s+)?delegation\s+(?:at|to|in))"
                         r"\s+the\s+(?:courtesy\s+)?(?:meeting|talks|call|conversation|discussions?)\b")
# "Also present were Malaysia's Foreign Minister Anifah Aman and his counterpart Julie Bishop."
_ALSO_PRESENT = re.compile(r"\s*Also\s+present\s+(?:at\s+the\s+(?:meeting|talks)\s+)?(?:was|were)\s")

# "The meeting was attended by X", "On the Jordanian side, the round of talks was attended by ...", "The meeting at
# the Government Administration was attended by X", "The talks were attended on the Saudi side by X", "The Georgian
# side at the meeting was represented by X", "President Kenyatta was accompanied to the meeting by X and Y", "The
# Foreign Minister was joined by X", "The advisors present at the meeting included X"
_ATTENDED_BY = re.compile(r"\b(?:meeting|talks|call|conversation|discussions?)"
                          r"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][^,.;]{0,60}?)?"
                          r"\s+(?:was|were)\s+(?:also\s+)?attended\s+(?:on\s+the\s+[\w-]+\s+side\s+)?by\s|"
                          r"\bside\s+(?:at\s+the\s+(?:meeting|talks)\s+)?(?:was|were)\s+represented\s+by\s|"
                          r"\b(?:was|were)\s+(?:also\s+)?(?:accompanied|joined)\s+(?:(?:to|at|in)\s+the\s+"
                          r"(?:meeting|talks)\s+)?by\s|\bpresent\s+at\s+the\s+(?:meeting|talks)\s+(?:included|were)\s")
# Who made up a delegation at the talks: "Mexico's delegation was led by Foreign Secretary Luis Videgaray Caso, with
# the participation of Secretaries ...", "The Turkish delegation featured Foreign Minister Hakan Fidan, ..."
# ("the US delegation was headed by Secretary of State Rex Tillerson, with ...", "The Pakistan delegation at the talks
# included among others Interior Minister Rehman Malik, ...")
_DELEGATION = re.compile(r"\bdelegations?(?:\s+at\s+the\s+(?:talks|meeting))?\s+(?:was\s+|were\s+)?"
                         r"(?:led\s+by|headed\s+by|included|includes|comprised|featured|consisted\s+of|"
                         r"(?:was|were)\s+composed\s+of)\s+(?:among\s+others\s+)?|"
                         r"\bwith\s+the\s+participation\s+of\s")
# ... not in a sentence about a meeting to come, wherever its "will" stands (FUTURE asks only of the clause before a
# point): "A meeting ... with the participation of NATO ministers ... will also take place"
_TO_COME = re.compile(r"\b(?:will|would|shall)\b")
# A cheap test first: a sentence without one of these words tells no one who sat in.
_SAT_IN_WORDS = ("attended", "present", "joined", "delegation", "participation", "accompanied", "represented")


def present_at_the_meeting(sentences: list[Sentence], main: Sentence | None) -> list[Span]:
    """The subjects of the sentences after the main one that say who also sat in on the meeting."""
    if main is None:
        return []
    found = []
    for sentence in sentences:
        if sentence.span.start < main.span.end or not any(word in sentence.text for word in _SAT_IN_WORDS):
            continue
        if present := _PRESENT_AT.search(sentence.text):
            found.append(Span(sentence.span.start, sentence.span.start + present.start()))
        elif by := _ATTENDED_BY.search(sentence.text) or _ALSO_PRESENT.match(sentence.text) \
                or (_DELEGATION.search(sentence.text) if not _TO_COME.search(sentence.text) else None):
            found.append(Span(sentence.span.start + by.end(), sentence.span.end))  # "The meeting was attended by X"
    return found


# "Sergey Lavrov made a working visit to Kazakhstan on May 13. Lavrov met with Kazakh Foreign Minister X", "... visited
# Japan to attend the G20 Foreign Ministers' Meeting. On 22 November 2019 Minister Çavuşoğlu met with ...": the
# visit's meeting, told in the next sentence.
_VISIT_ONLY = re.compile(r"\b(?:(?:made|paid|pays|is\s+on|was\s+on)\s+an?\s+(?:[\w-]+\s+){0,3}?visit\s+to|visited)\b")
_MET_NEXT = re.compile(r"(?:(?![a-z])[^\W\d_][\w.'’-]*\s+){1,4}?(?:met(?:\s+with)?|held\s+talks\s+with)\s+[^,;.]*")
_OPENING_DATE = re.compile(r"On\s+(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?),?\s+")


def _after_a_visit(sentences: list[Sentence], main: Sentence) -> Span | None:
    """Who is met in the sentence right after a main sentence that tells only a visit."""
    if not _VISIT_ONLY.search(main.text) or " met " in main.text:
        return None
    following = next((s for s in sentences if s.span.start >= main.span.end), None)
    if following is None:
        return None
    opening = _OPENING_DATE.match(following.text)  # the visit's own day: "On 22 November 2019 Minister X met with Y"
    at = opening.end() if opening else 0
    met = _MET_NEXT.match(following.text, at) if not OTHER_TIME.search(following.text, at) else None
    return Span(following.span.start, following.span.start + met.end()) if met else None


_SAID_AT_END = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|stated|noted|stressed)\s*[.!]?\s*$")
_PRONOUN_SUBJECT = re.compile(r"^(?:[A-Z][^,]{0,60},\s+)?(?:He|She|he|she)\s")
# The pair named in the sentence before as the meeting's subject: "the two leaders had held a telephone conversation"
_THE_TWO_MET = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:leaders|presidents|Presidents|prime\s+ministers|Prime\s+Ministers|"
                          r"ministers|Ministers|foreign\s+ministers|Foreign\s+Ministers|heads\s+of\s+state)\s+"
                          r"(?:had\s+|have\s+)?(?:held|had|met|spoke|talked)\b")


def pronoun_antecedent(sentences: list[Sentence], main: Sentence | None, mentions: list[Span]) -> list[Span]:
    """Who "He" is when the main event's sentence opens with it: the official who opens the sentence before
    ("Prime Minister Narendra Modi is on an Official State Visit to the USA. He visited the White House ..."); and
    who "This" was said by when it opens the main sentence: those the sentence before names ("President Museveni and
    his Mozambican counterpart Felipe Jacinto Nyusi have reiterated commitment ... This was in a meeting held at
    ..."), as are "the two leaders" who "had held a telephone conversation"."""
    if main is None:
        return []
    before = next((s for s in reversed(sentences) if s.span.end <= main.span.start and s.text.strip()), None)
    if before is None:
        return []
    if THIS_WAS_AT.match(main.text):
        return [before.span]
    if _THE_TWO_MET.search(main.text) and sum(before.span.start <= m.start < before.span.end for m in mentions) >= 2:
        return [before.span]  # "X and Y reaffirmed ... It said the two leaders had held a telephone conversation"
    if not _PRONOUN_SUBJECT.match(main.text):
        return []
    opening = [m for m in mentions if before.span.start <= m.start < before.span.start + 60]
    if opening:
        return [min(opening)]
    # ... or who said the sentence before: "..., Prime Minister Nguyen Xuan Phuc has said. He held a reception for ..."
    inside = [m for m in mentions if before.span.start <= m.start < before.span.end]
    said = inside and _SAID_AT_END.match(before.text, max(inside).end - before.span.start)
    return [max(inside)] if said else []


# "Muhriddin held negotiations with Lavrov", "Nursultan Nazarbayev and Shavkat Mirziyoyev exchanged compliments": two
# officials joined by "and", the later one with at most a title before the name ("and the Cyprus Minister of Foreign
# Affairs Dr Erato Kozakou-Marcoullis").
_JOINED = re.compile(r"\s+and\s+(?:(?:his|her|the|both)\s+)?(?:[\w.'’-]+\s+){0,8}?")


def named_with(text: str, participant: Official, officials: list[Official]) -> set[str]:
    """The keys of the officials of another side that the text names together with the one participant it found: the
    counterpart the main sentence left unnamed or named only by a title ("Telephone conversation with the President of
    Uzbekistan Shavkat Mirziyoyev ... Nursultan Nazarbayev and Shavkat Mirziyoyev exchanged compliments")."""
    joined = set()
    for other in officials:
        if other.participant or other.side == participant.side:
            continue
        for a in participant.mentions:
            for b in other.mentions:
                first, second = (a, b) if a.end <= b.start else (b, a)
                if 0 < second.start - first.end < 80 and _JOINED.fullmatch(text, first.end, second.start) \
                        and "\n" not in text[first.end:second.start]:
                    joined.add(other.key)
    return joined
