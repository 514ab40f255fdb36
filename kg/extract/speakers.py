"""Who speaks in each sentence: the attribution that positions hang on.

Readouts report speech paragraph by paragraph: "Wang Yi expressed that ..." opens a paragraph,
and the sentences after it carry on his view until another speaker takes over. A sentence's
subject (the words before its first verb) names its speaker when it names an official, both
sides, a title ("The Secretary"), or a state ("The Russian side", "Russia").
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import NameMatch
from kg.extract.lexicon import lexicon
from kg.extract.positions import Speaker, joint_subject
from kg.extract.sentences import Sentence
from kg.extract.stance_patterns import OPENING_CLAUSE, TWO_TITLES
from kg.model import Official

__all__ = ["attribute_sentences", "clause_speakers"]

_VERB = re.compile(
    r"\b(?:[a-z]+ed|said|says|met|meets|held|holds|had|has|spoke|speaks|is|are|was|were|will|would|should|can|could|"
    r"stands|agrees|hopes|wants|believes|thinks|urges|notes|stresses|expresses|welcomes|supports|opposes|attaches|"
    r"reaffirms|values|looks|remains|made|took|gave|sent|wished|thanked|paid|told|tells|briefs|reminds|assures)\b"
)
# A modal before any reporting verb: "The two countries should ..." (not "They discussed the need to ...").
_PROPOSAL = re.compile(r"^(?:(?!\b[a-z]+ed\b)[^,.;]){0,60}?\b(?:should|must|needs?\s+to|needed\s+to|ought\s+to|have\s+to|shall)\b")
_PRONOUN = re.compile(r"^(?:He|She|It)\b")
_THEY = re.compile(r"^(?:(?:Also|And|But),?\s+)?They\b")
_AND = re.compile(r"\s+and\s+")
_TITLE_SUBJECT = re.compile(r"(?:Also,?\s+)?[Tt]he\s+(Secretary|Premier|President|Prime Minister|PM|Minister|Chancellor|King|Taoiseach)\b")
# Wire style writes the title in lower case: "During the meeting, the secretary emphasized that ...".
_LOWER_CASE_TITLE = re.compile(r"(?:Also,?\s+)?[Tt]he\s+(secretary|premier|president|prime minister|minister|chancellor)\b")
# A title alone as the subject, with no name after it: "PM expressed concern at ...".
_BARE_TITLE = re.compile(r"(?:Also,?\s+)?(Secretary|Premier|President|Prime Minister|PM|Chancellor)(?:\s+(?=[a-z])|\s*$)")
_ABBREVIATIONS = {"PM": "Prime Minister"}
# A state's side, government or minister as subject, unnamed: it speaks for that state, whoever spoke before.
_ROLE_SUBJECT = re.compile(r"(?:(?:Also|And|But|Meanwhile),?\s+)?(?:[Tt]he\s+)?[A-Z][\w-]+\s+(?i:side|government|authorities|"
                           r"delegation|(?:foreign\s+)?(?:minister|secretary)|president|prime\s+minister)\b")
_TWO_TITLES = re.compile(rf"(?:Also,?\s+)?{TWO_TITLES}\b", re.IGNORECASE)  # the one side both may serve
_CAPITALISED_TITLE = re.compile(r"(?:Also,?\s+)?[Tt]he\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*$")


def _unnamed_titles(sentences: list[Sentence], officials: list[Official]) -> frozenset[str]:
    """Titles that stand for someone the readout never names.

    "The Prime Minister spoke to Prime Minister Albanese": the subject cannot be Albanese, named
    as the object, so "the Prime Minister" is the publisher's own, unnamed, all through the text.
    """
    unnamed = set()
    for sentence in sentences:
        if not (titled := _TITLE_SUBJECT.match(sentence.text)):
            continue
        official = _by_title(officials, sentence.text)
        if (official and _officials_in([official], sentence.span.start + titled.end(), sentence.span.end)) or (
                official is None and not any(titled.group(1) in t for o in officials for t in o.titles)):
            unnamed.add(titled.group(1))  # or a title that no named official bears
    return frozenset(unnamed)


# Wire style names the speaker at the end: "..., Wang said, adding that".
_TRAILING_SPEAKER = re.compile(r",\s+(?P<who>[^,]{2,60}?)\s+(?:added|said|noted|stressed|emphasized|pointed out)"
                               r"(?:\.?$|,\s+(?:adding|noting|stressing)\s+that\b)")


def _subject(sentence: Sentence) -> tuple[int, int]:
    opening = OPENING_CLAUSE.match(sentence.text)
    skip = opening.end() if opening else 0
    verb = _VERB.search(sentence.text, skip)
    end = verb.start() if verb else min(len(sentence.text), skip + 80)
    return sentence.span.start + skip, sentence.span.start + end


def _officials_in(officials: list[Official], start: int, end: int) -> list[Official]:
    return [o for o in officials if any(start <= m.start < end for m in o.mentions)]


_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def _of_the_side(after_title: str, official: Official) -> bool:
    """"The President of Russia" is not the President of the United States."""
    named = _OF_STATE.match(after_title)
    side = lexicon().affiliation_of(named.group(1)) if named else None
    return side is None or side == official.side


def _by_title(officials: list[Official], text: str, unnamed: frozenset[str] = frozenset()) -> Official | None:
    if (titled := _TITLE_SUBJECT.match(text)) and titled.group(1) in unnamed:
        return None  # "The Prime Minister" of a readout that never names its own Prime Minister
    for official in officials:
        for title in official.titles:
            if (called := re.match(rf"(?:Also,?\s+)?the\s+{re.escape(title)}\b", text, re.IGNORECASE)) \
                    and _of_the_side(text[called.end():], official):
                return official
    if called := _CAPITALISED_TITLE.match(text):
        holders = [o for o in officials if any(_same_title(called.group(1), t) for t in o.titles)]
        if len(holders) > 1:
            holders = [o for o in holders if o.participant]  # the Vice Foreign Minister met, not one mentioned
        if len(holders) == 1:
            return holders[0]  # "The Deputy Secretary" of "Deputy Secretary of State Kurt Campbell"
    short = _TITLE_SUBJECT.match(text) or _BARE_TITLE.match(text) or _LOWER_CASE_TITLE.match(text)
    if short:
        title = _ABBREVIATIONS.get(short.group(1), short.group(1)).lower()
        holders = [o for o in officials if any(title in t.lower() or short.group(1) in t for t in o.titles)]
        return holders[0] if len(holders) == 1 else None
    return None


def _one_side(sentence: Sentence, officials: list[Official], unnamed: frozenset[str]) -> Speaker | None:
    """The one side two titles opening the sentence both serve, if they do."""
    if not (pair := _TWO_TITLES.match(sentence.text)):
        return None
    first = _by_title(officials, f"the {pair.group('first')}", unnamed)
    second = _by_title(officials, f"the {pair.group('second')}", unnamed)
    if first is None or second is None or first is second or first.side != second.side:
        return None
    return Speaker((first.side,), False) if first.side else None


def _same_title(called: str, title: str) -> bool:
    """"Deputy Secretary" for "Deputy Secretary of State"; "First Vice Foreign Minister" or "Acting
    Permanent Secretary" for a "Vice Foreign Minister" or a "Permanent Secretary"."""
    return title.startswith(called + " ") or called.endswith(" " + title)


def _speaker_of(officials: list[Official]) -> Speaker | None:
    keys = tuple(dict.fromkeys(o.side for o in officials if o.side))
    if not keys:
        return None
    return Speaker(keys, len(keys) > 1)


def _unnamed_side(officials: list[Official], both: Speaker | None) -> str | None:
    """The side whose officials the readout never names: its publisher's ("The Prime Minister spoke to ...")."""
    if both is None:
        return None
    named = {o.side for o in officials}
    silent = [side for side in both.holders if side not in named]
    return silent[0] if len(silent) == 1 else None


def _explicit(sentence: Sentence, officials: list[Official], unnamed: frozenset[str],
              silent: str | None = None) -> Speaker | None:
    """Officials the subject names or calls by title: "The Prime Minister and President Biden agreed"."""
    start, end = _subject(sentence)
    found = _officials_in(officials, start, end)
    keys = [o.side for o in found if o.side]
    for number, part in enumerate(_AND.split(sentence.text[start - sentence.span.start:end - sentence.span.start])):
        part = part.strip()
        if number and not part.lower().startswith("the "):
            part = f"the {part}"  # "The President and Prime Minister": "the Prime Minister"
        titled = _by_title(officials, part, unnamed)
        if titled is not None and titled not in found and not _officials_in([titled], end, sentence.span.end):
            found.append(titled)  # not "The Prime Minister thanked Prime Minister Albanese": he is the object
            keys.append(titled.side or "")
        elif titled is None and silent and (own := _TITLE_SUBJECT.match(part)) and own.group(1) in unnamed:
            keys.append(silent)  # "The Prime Minister and Chancellor Scholz": the publisher's own and Germany's
    keys = list(dict.fromkeys(k for k in keys if k))
    return Speaker(tuple(keys), len(keys) > 1) if keys else None


def _trailing_speaker(sentence: Sentence, officials: list[Official], unnamed: frozenset[str],
                      last: Speaker | None) -> Speaker | None:
    """The speaker named at the end: "..., Wang added.", "..., the Premier said."; "..., he added." is the
    last one to speak, going on."""
    trailing = _TRAILING_SPEAKER.search(sentence.text)
    if not trailing:
        return None
    if trailing.group("who").lower() in {"he", "she"}:
        return last if last is not None and not last.joint else None
    at = sentence.span.start + trailing.start("who")
    return _speaker_of(_officials_in(officials, at, at + len(trailing.group("who")))) or (
        _speaker_of([t]) if (t := _by_title(officials, trailing.group("who"), unnamed)) else None
    )


def _state_subject(sentence: Sentence, names: list[NameMatch]) -> Speaker | None:
    """A state that opens the sentence as its subject: "Russia ...", "The Russian side ..."."""
    start, end = _subject(sentence)
    for name in names:
        opens = name.span.start - start <= len("The ")
        if opens and start <= name.span.start < end and name.key \
                and not sentence.text[name.span.end - sentence.span.start:].startswith("-"):
            return Speaker((name.key,), False)
    return None


# Reported speech whose clause opens with a state: "Laureano Ortega said that Nicaragua firmly supports ...".
_SAID_THAT = re.compile(r"\b(?:said|says|noted|stated|stressed|added|emphasi[sz]ed|underlined|pointed\s+out)"
                        r"(?:,\s+|\s+that\s+|\s+)(?:the\s+)?$")


def _reported_state(sentence: Sentence, names: list[NameMatch]) -> Speaker | None:
    """Where no speaker is known, a state that opens what someone said speaks: the state is its subject."""
    for name in names:
        at = name.span.start - sentence.span.start
        if 0 < at < len(sentence.text) and name.key and name.key.startswith("state/") \
                and _SAID_THAT.search(sentence.text, 0, at) \
                and not sentence.text[name.span.end - sentence.span.start:].startswith(("-", "'", "’")):
            return Speaker((name.key,), False)
    return None


# Both sides named inside a subject that opens with more than one clause: "During the conversation that started at
# 9 p.m., Korea time, the two leaders discussed ...".
_BOTH_IN_SUBJECT = re.compile(r"\b(?:both\s+(?:sides|leaders|ministers|presidents)|the\s+two\s+(?:(?:foreign|prime)\s+)?"
                              r"(?:sides|leaders|ministers|presidents|countries))\s*$", re.IGNORECASE)
_AND_STATE = re.compile(r"\s+and\s+(?:the\s+)?")


def _both_states_open(sentence: Sentence, names: list[NameMatch], both: Speaker) -> bool:
    """The two sides' states open the sentence as its subject: "Australia and New Zealand share a commitment ..."."""
    start, end = _subject(sentence)
    keys = []
    for name in sorted((n for n in names if start <= n.span.start < end and n.key), key=lambda n: n.span.start):
        between = sentence.text[start - sentence.span.start:name.span.start - sentence.span.start]
        if (not keys and len(between) > len("The ")) or (keys and not _AND_STATE.fullmatch(between)):
            return False
        keys.append(name.key)
        start = name.span.end
        if len(keys) == 2:
            return set(keys) == set(both.holders)
    return False


def _both_subject(sentence: Sentence, names: list[NameMatch], both: Speaker | None) -> bool:
    """Both sides are the sentence's subject: "Both sides agreed", "..., Korea time, the two leaders discussed"."""
    if joint_subject(sentence.text):
        return True
    _, end = _subject(sentence)
    return bool(_BOTH_IN_SUBJECT.search(sentence.text, 0, end - sentence.span.start)) or (
        both is not None and _both_states_open(sentence, names, both))


def _proposes(sentence: Sentence) -> bool:
    """What the two should do: "The two countries should ...", "China and Russia, as comprehensive strategic
    partners, should ..."."""
    if _PROPOSAL.match(sentence.text):
        return True
    _, end = _subject(sentence)
    return sentence.text.startswith(("should", "must"), end - sentence.span.start)


def _acts_jointly(sentence: Sentence, officials: list[Official], names: list[NameMatch], unnamed: frozenset[str],
                  both: Speaker) -> bool:
    """Both sides are the subject, whoever reports it: "..., the two leaders agreed to ..., Kim said."."""
    if _proposes(sentence) or _THEY.match(sentence.text):
        return False  # "The two sides should ..., Wang added.": his proposal; "They ..., Yang said": his account
    return _both_subject(sentence, names, both) or bool(
        (named := _explicit(sentence, officials, unnamed)) and named.joint)


def attribute_sentences(
    sentences: list[Sentence], officials: list[Official], names: list[NameMatch], both: Speaker | None,
    publisher: str | None = None,
) -> list[Speaker | None]:
    """The speaker of each sentence, or None where the text does not say who speaks.

    ``publisher``: the state a headline of a telling form gives away ("Readout of the President's ..."),
    whose unnamed "The President" speaks for it when the text names no side of its own for him.
    """
    speakers: list[Speaker | None] = []
    paragraph, current, last = -1, None, None
    unnamed = _unnamed_titles(sentences, officials)
    silent = None
    if unnamed:
        own = publisher if publisher not in {o.side for o in officials} else None
        silent = _unnamed_side(officials, both) or own
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, current = sentence.paragraph, None
        trailing = _trailing_speaker(sentence, officials, unnamed, last)
        if trailing is not None and not (both is not None and _acts_jointly(sentence, officials, names, unnamed, both)):
            explicit = trailing  # "The two sides should ..., Wang added."
        elif (one_side := _one_side(sentence, officials, unnamed)) is not None:
            explicit = one_side
        elif _both_subject(sentence, names, both):
            # "The two countries should ..." inside Wang Yi's paragraph is still his proposal;
            # "Both leaders condemned ..." tells what both did.
            proposal = _proposes(sentence) and current is not None and not current.joint
            explicit = current if proposal else both
        else:
            explicit = _explicit(sentence, officials, unnamed, silent)
            if explicit is None and (_ROLE_SUBJECT.match(sentence.text) or (current is not None and current.joint)):
                # "The Chinese government ...", "the British foreign secretary said"; "China appreciates ..." after
                # "The two sides have achieved ..." in Wang Yi's paragraph
                explicit = _state_subject(sentence, names)
        if explicit is None and (titled := _TITLE_SUBJECT.match(sentence.text)) and titled.group(1) in unnamed:
            # someone the text does not name speaks: the side none of whose officials is named, if one is
            current = Speaker((silent,), False) if silent else None
            speakers.append(current)
        elif explicit is not None:
            current = explicit
            speakers.append(explicit)
        elif current is not None:
            speakers.append(current)
        elif _PRONOUN.match(sentence.text):
            # "He urged ..." opening a paragraph: the last speaker goes on (one-sentence paragraphs)
            speakers.append(last if last is not None and not last.joint else None)
        else:
            speakers.append(_state_subject(sentence, names) or _reported_state(sentence, names))
        last = speakers[-1] or last
    return speakers


# A clause with a subject of its own: "The Secretary and Foreign Minister reviewed X, and the Secretary
# reaffirmed Y"; "Wang Yi supported X, while Lavrov stressed Y".
_CLAUSE_SUBJECT = re.compile(r"(?:,\s+(?:and|while|but|whereas)\s+|;\s+(?:and\s+)?)"
                             r"(?P<subject>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
                             r"\s+(?:also\s+|further\s+)?(?:[a-z]+ed|said|spoke|underscored|expressed)\b")


def clause_speakers(sentences: list[Sentence], officials: list[Official]) -> list[tuple[tuple[int, Speaker], ...]]:
    """Per sentence, where a later clause names its own speaker, and who: (offset in the sentence, speaker)."""
    unnamed = _unnamed_titles(sentences, officials)
    result: list[tuple[tuple[int, Speaker], ...]] = []
    for sentence in sentences:
        found = []
        for clause in _CLAUSE_SUBJECT.finditer(sentence.text) if ", " in sentence.text or ";" in sentence.text else ():
            start = sentence.span.start + clause.start("subject")
            named = _officials_in(officials, start, start + len(clause.group("subject")))
            titled = _by_title(officials, clause.group("subject"), unnamed) if not named else None
            speaker = _speaker_of(named or ([titled] if titled else []))
            if speaker is not None and not speaker.joint:
                found.append((clause.start(), speaker))
        result.append(tuple(found))
    return result
