"""Who speaks in each sentence: the attribution that positions hang on.

Readouts report speech paragraph by paragraph: "Wang Yi expressed that ..." opens a paragraph,
and the sentences after it carry on his view until another speaker takes over. A sentence's
subject (the words before its first verb) names its speaker when it names an official, both
sides, a title ("The Secretary"), or a state ("The Russian side", "Russia").
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import NameMatch
from kg.extract.positions import Speaker, joint_subject
from kg.extract.sentences import Sentence
from kg.model import Official

__all__ = ["attribute_sentences"]

_VERB = re.compile(
    r"\b(?:[a-z]+ed|said|says|met|meets|held|holds|had|has|spoke|speaks|is|are|was|were|will|would|should|can|could|"
    r"stands|agrees|hopes|wants|believes|thinks|urges|notes|stresses|expresses|welcomes|supports|opposes|attaches|"
    r"reaffirms|values|looks|remains|made|took|gave|sent|wished|thanked|paid)\b"
)
_PROPOSAL = re.compile(r"\b(?:should|must|need\s+to|ought\s+to|have\s+to|shall)\b")
_PRONOUN = re.compile(r"^(?:He|She|It)\b")
_TRAILING_SPEAKER = re.compile(r",\s+(?P<who>[^,]{2,60}?)\s+(?:added|said|noted|stressed|emphasized|pointed out)\.?$")


def _subject(sentence: Sentence) -> tuple[int, int]:
    verb = _VERB.search(sentence.text)
    end = verb.start() if verb else min(len(sentence.text), 80)
    return sentence.span.start, sentence.span.start + end


def _officials_in(officials: list[Official], start: int, end: int) -> list[Official]:
    return [o for o in officials if any(start <= m.start < end for m in o.mentions)]


def _by_title(officials: list[Official], text: str) -> Official | None:
    for official in officials:
        for title in official.titles:
            if re.match(rf"(?:Also,?\s+)?the\s+{re.escape(title)}\b", text, re.IGNORECASE):
                return official
    short = re.match(r"(?:Also,?\s+)?the\s+(Secretary|Premier|President|Prime Minister|PM|Minister|Chancellor|King)\b", text)
    if short:
        holders = [o for o in officials if any(short.group(1) in t for t in o.titles)]
        return holders[0] if len(holders) == 1 else None
    return None


def _speaker_of(officials: list[Official]) -> Speaker | None:
    keys = tuple(dict.fromkeys(o.affiliation for o in officials if o.affiliation))
    if not keys:
        return None
    return Speaker(keys, len(keys) > 1)


def _explicit(sentence: Sentence, officials: list[Official]) -> Speaker | None:
    start, end = _subject(sentence)
    named = _officials_in(officials, start, end)
    if named:
        return _speaker_of(named)
    if (titled := _by_title(officials, sentence.text)) is not None:
        return _speaker_of([titled])
    return None


def _trailing_speaker(sentence: Sentence, officials: list[Official]) -> Speaker | None:
    """The speaker named at the end: "..., Wang added.", "..., the Premier said."."""
    trailing = _TRAILING_SPEAKER.search(sentence.text)
    if not trailing:
        return None
    at = sentence.span.start + trailing.start("who")
    return _speaker_of(_officials_in(officials, at, at + len(trailing.group("who")))) or (
        _speaker_of([t]) if (t := _by_title(officials, trailing.group("who"))) else None
    )


def _state_subject(sentence: Sentence, names: list[NameMatch]) -> Speaker | None:
    """A state that opens the sentence as its subject: "Russia ...", "The Russian side ..."."""
    start, end = _subject(sentence)
    for name in names:
        opens = name.span.start - sentence.span.start <= len("The ")
        if opens and start <= name.span.start < end and name.key \
                and not sentence.text[name.span.end - start:].startswith("-"):
            return Speaker((name.key,), False)
    return None


def attribute_sentences(
    sentences: list[Sentence], officials: list[Official], names: list[NameMatch], both: Speaker | None
) -> list[Speaker | None]:
    """The speaker of each sentence, or None where the text does not say who speaks."""
    speakers: list[Speaker | None] = []
    paragraph, current = -1, None
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, current = sentence.paragraph, None
        trailing = _trailing_speaker(sentence, officials)
        if trailing is not None:
            explicit = trailing  # "The two sides should ..., Wang added."
        elif joint_subject(sentence.text):
            # "The two countries should ..." inside Wang Yi's paragraph is still his proposal;
            # "Both leaders condemned ..." tells what both did.
            proposal = _PROPOSAL.search(sentence.text[:80]) and current is not None and not current.joint
            explicit = current if proposal else both
        else:
            explicit = _explicit(sentence, officials)
        if explicit is not None:
            current = explicit
            speakers.append(explicit)
        elif _PRONOUN.match(sentence.text) or current is not None:
            speakers.append(current)
        else:
            speakers.append(_state_subject(sentence, names))
    return speakers
