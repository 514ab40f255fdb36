"""Paragraphs and sentences as spans of the readout text, so every fact can cite its sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import Span

__all__ = ["Sentence", "split_sentences"]

# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and an
# upper-case letter, a digit or an opening quote, unless the dot ends a known abbreviation or an
# initial ("Antony J. Blinken", "U.S.", "D.C.", "Mr.").
# A sentence ends at a stop before a capital; or, glued by a page's markup, at a full stop between a
# lower-case word and a capitalised one ("... cooperation.Minister Motegi ...").
_END = re.compile(r"""[.!?]["'”’)]?(?=\s+["“'‘(]?[A-Z0-9])|(?<=[a-z]{3}\.)(?=[A-Z][a-z])""")
# Letters with dots: "U.S.", "D.C." (the last dot is the one a sentence would end on).
_LETTERS_WITH_DOTS = r"\b(?:[A-Z]\.){1,3}[A-Z]"
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Messrs|Mme|Dr|Prof|St|No|Jr|Sr|Gen|Col|Lt|Maj|Capt|Adm|Brig|Cdr|Sen|Rep|Rt|Hon|Rev|Gov|Amb|H\.E|e\.g|i\.e|etc|vs|Jan|Feb|Mar|Apr|"
    r"Aug|Sept?|Oct|Nov|Dec)|\b[A-Z]|" + _LETTERS_WITH_DOTS + ")$"
)

# Letters with dots end a sentence too, where the next word can only open one ("... D.C. They discussed ...").
_INITIALISM = re.compile(_LETTERS_WITH_DOTS + "$")
_OPENER = re.compile(r"\s+(?:The|They|He|She|We|It|Both|This|These|Those|During|Later|Earlier|Meanwhile|However)\s")

# A clock time's "a.m."/"p.m." ends a sentence only when no time-zone gloss or clause follows it.
_CLOCK = re.compile(r"\d\s*[ap]\.m$")
_CLOCK_GOES_ON = re.compile(r"\s+(?:\(|[A-Z][\w-]*\s+(?:time|Standard\s+Time)\b|[A-Z]{2,4}\b)")


# A list marker opening a paragraph is no part of its sentence: "(2) The two Ministers shared the view ...",
# "° Minister Le Drian hailed ...", "(a) ...", "iii) ...".
_MARKER = re.compile(r"(?:\((?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|[•·°▪■*–—-])[ \t]+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its span, its paragraph's index, and its position in the paragraph."""

    span: Span
    text: str
    paragraph: int
    index_in_paragraph: int


# A line that ends on an honorific goes on in the next line, where a page broke it: "... with Rt. Hon.\nWinston Peters".
_HONORIFIC_AT_END = re.compile(r"\b(?:Hon|Mr|Mrs|Ms|Dr|Prof|H\.E)\.?$")


def _paragraph_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            end = match.end() - (len(match.group()) - len(match.group().rstrip()))
            if spans and _HONORIFIC_AT_END.search(text, spans[-1].start, spans[-1].end):
                spans[-1] = Span(spans[-1].start, end)
            else:
                spans.append(Span(start, end))
    return spans


def _inside_brackets(text: str, begin: int, at: int, end: int) -> bool:
    """A stop inside an aside that closes soon after: "(local time. 5:30 p.m., Japan time.)"."""
    aside = text[begin:at]
    return aside.count("(") > aside.count(")") and ")" in text[at:min(end, at + 100)]


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    ends: list[int] = []
    for match in _END.finditer(text, start, end):
        before = text[max(start, match.start() - 12):match.start()]
        if _inside_brackets(text, ends[-1] if ends else start, match.start(), end):
            continue
        if text[match.start()] == "." and _ABBREVIATION.search(before) \
                and not (_INITIALISM.search(before) and _OPENER.match(text, match.end())):
            continue  # (but "to Washington, D.C. The Secretary expressed ...": an initialism ends a sentence too)
        if text[match.start()] == "." and _CLOCK.search(before) and _CLOCK_GOES_ON.match(text, match.end()):
            continue  # "at 4:35 p.m. (local time)", "10:30 a.m. Japan time": the time, not the sentence, ends
        ends.append(match.end())
    return [*ends, end]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in text order; each line of text is its own paragraph."""
    sentences = []
    for number, paragraph in enumerate(_paragraph_spans(text)):
        marker = _MARKER.match(text, paragraph.start, paragraph.end)
        begin = marker.end() if marker else paragraph.start
        for index, stop in enumerate(_sentence_ends(text, paragraph.start, paragraph.end)):
            while begin < stop and text[begin].isspace():
                begin += 1
            if begin < stop:
                sentences.append(Sentence(Span(begin, stop), text[begin:stop], number, index))
            begin = stop
    return sentences
