"""Policy positions: who holds which stance on what, sentence by sentence.

Attribution follows how readouts report speech. A sentence's holder is, in order: a joint subject
("Both sides", "The two ministers", "X and Y agreed"); an official who opens it ("Lavrov noted
that", "The Secretary reaffirmed"); the paragraph's speaker for the sentences that continue their
reported speech ("China and Russia should ..." inside Wang Yi's paragraph is China's view); a
state as subject ("The Russian side stands ready"). The stance comes from the verb and its
negation, and the topic is the verb's object (both read by :mod:`kg.extract.objects`), normalised
to the shipped SKOS scheme when a concept's label occurs in it, otherwise labelled from the text
("bilateral ties", "cooperation with the Russian side": "China-Russia relations", "China-Russia
cooperation"). A holder says each topic once: a later stance of the same kind on nearly the same
words is the same position.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import Topic, lexicon, slug
from kg.extract.objects import stance_objects, words
from kg.extract.prefilter import folded, may_match, required_words
from kg.extract.sentences import Sentence
from kg.extract.stance_patterns import (
    ANAPHORS, ATTITUDES, BETWEEN_THE_TWO, BILATERAL, COURTESY, DEMONSTRATIVES, END_DOT, GENERIC, JOINT, JOINT_AGREEMENT,
    KEEPING_IN_TOUCH, LEADING, MAX_OBJECT_WORDS, MAX_WORDS, NEGATING, OPENING_CLAUSE, OUR, PRETEXT, QUALIFIED, QUOTES,
    REACHED, REPORTING_TAG, SHARED, SIDE_WORDS, SPECIFIED, SYNONYMS, TRAILING, UNDOING, WELCOMED_TO, WITH_SIDE,
)
from kg.extract.trie import trie_pattern
from kg.model import Position

__all__ = ["Speaker", "find_positions"]


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a stretch of text speaks for: one or more state/organization keys, jointly or not."""

    holders: tuple[str, ...]
    joint: bool


@dataclass(frozen=True, slots=True)
class _ConceptMatch:
    topic: Topic
    start: int
    end: int
    surface: str

    @property
    def text(self) -> str:
        """The label to report: the concept's own when the text used a shorter alias of it."""
        surface, label = words(self.surface), words(self.topic.label)
        stems = {w[:5] for w in label}
        if label - surface & NEGATING:
            return self.surface  # "interference in internal affairs" is not "non-interference"
        # a shorter alias, or another form of the label's words ("decouple": "decoupling")
        return self.topic.label if surface <= label or all(w[:5] in stems for w in surface) else self.surface


@cache
def _concept_pattern() -> tuple[re.Pattern[str], dict[str, Topic]]:
    """Every label of the shipped scheme, lower-cased, as one pattern (longest label wins)."""
    labels: dict[str, Topic] = {}
    for topic in lexicon().topics.values():
        for label in (topic.label, *topic.alt_labels):
            if len(label) > 3:
                labels.setdefault(label.lower(), topic)
    return re.compile(rf"(?<!\w)(?:{trie_pattern(labels)})(?!\w)"), labels


def _concepts_in(phrase: str) -> list[_ConceptMatch]:
    """Concepts of the shipped scheme named in a phrase, each once, in order."""
    pattern, labels = _concept_pattern()
    found: list[_ConceptMatch] = []
    for m in pattern.finditer(phrase.lower()):
        topic = labels[m.group()]
        if all(f.topic is not topic for f in found):
            found.append(_ConceptMatch(topic, m.start(), m.end(), phrase[m.start():m.end()]))
    return found


def _free_topic(phrase: str) -> str | None:
    phrase = TRAILING.sub("", LEADING.sub("", END_DOT.sub("", QUOTES.sub("", phrase).strip())))
    words = phrase.split()
    if len(words) > MAX_OBJECT_WORDS and ", " in phrase:
        # "the expansion of the conflict in the region, particularly ... in that major waterway": its head
        phrase = phrase.split(", ", 1)[0]
        words = phrase.split()
    if not words or len(words) > MAX_OBJECT_WORDS or not any(len(w) > 3 for w in words):
        return None
    if words[0].lower() in DEMONSTRATIVES or words[0].lower() in ("it", "them"):
        return None  # "that vital global mission", "this progress", "(condemned) it as ...": said before
    if words[-1].lower() in ATTITUDES:
        return None  # "reaffirmed China's readiness (to ...)": the attitude is the stance, not its topic
    if words[-1].lower() in ANAPHORS:
        return None  # "dialogue with them", "success of it": said of something named before
    return TRAILING.sub("", " ".join(words[:MAX_WORDS]))


def _topics(phrase: str, sides: tuple[str, ...] = (), stance: str = "support") -> list[tuple[str, str]]:
    """(label, key) of what a stance verb's object is about.

    Concepts of the scheme are used when, together, they say most of the phrase
    ("unilateralism and protectionism"); otherwise the phrase itself labels a new concept
    ("international cooperation against the COVID-19" is more than "COVID-19 pandemic").
    """
    # "interference ... on the pretext of human rights issues": named as a pretext, not the object
    concepts = [c for c in _concepts_in(phrase) if not PRETEXT.search(phrase, 0, c.start)]
    covered = set().union(*(words(c.surface) for c in concepts)) if concepts else set()
    bare = LEADING.sub("", QUOTES.sub("", phrase).strip().lower())
    heads = bool(concepts) and not bare.find(concepts[0].surface.lower())
    # "ceasefire in the Gaza Strip": concepts joined by a preposition qualify one another, one topic
    qualified = any(QUALIFIED.fullmatch(phrase[a.end:b.start]) for a, b in zip(concepts, concepts[1:]))
    undone = not heads and UNDOING.match(bare)  # "deescalate the situation in Syria": no support for the situation
    if concepts and not qualified and not undone and (heads or len(covered) >= 0.6 * len(words(phrase))):
        # "multilateralism in international affairs" is about multilateralism
        if len(concepts) == 1 and heads and (label := _free_topic(phrase)) \
                and SPECIFIED.match(phrase, phrase.lower().find(concepts[0].surface.lower()) + len(concepts[0].surface)):
            # "political settlement of the Ukraine crisis": that concept, said of that crisis
            return [(label, f"topic/{concepts[0].topic.key}")]
        return [(c.text, f"topic/{c.topic.key}") for c in concepts]
    label = _free_topic(phrase)
    if not label or not words(label) - GENERIC - SIDE_WORDS:
        return []  # "close cooperation", "discussions": a stance on nothing in particular
    if len(label.split()) == 1 and label.islower() and stance in ("support", "agree"):
        return []  # "partnering", "ways", "reform": one common word the scheme does not know says too little
    if lexicon().affiliation_of(label) in sides:
        return []  # "commitment to Iraq" in a call with Iraq: the relations, not a policy topic
    return [(label, f"topic/{slug(label)}")]


def _name(key: str, written: Mapping[str, str]) -> str:
    if key in written:
        return written[key]
    code = key.split("/", 1)[1]
    state = lexicon().states.get(code) if key.startswith("state/") else None
    return state.name if state else code


def _name_the_sides(phrase: str, speaker: Speaker, sides: tuple[str, ...], written: Mapping[str, str]) -> str:
    """"bilateral ties", "relations between the two countries": say which two ("China-Liberia ties")."""
    first = speaker.holders[0]
    other = next((s for s in sides if s != first), None)
    if other is None:
        return phrase
    pair = f"{_name(first, written)}-{_name(other, written)}"
    if (partner := WITH_SIDE.search(phrase)) and lexicon().affiliation_of(partner.group("side")) == other \
            and pair not in phrase:
        # "cooperation with the Russian side", "bilateral exchanges with China": "China-Russia cooperation"
        head = BILATERAL.sub("", LEADING.sub("", phrase[:partner.start("with")].strip()))
        phrase = f"{pair} {head}{phrase[partner.end():]}"
    # "the China-Japan bilateral relationship" names its pair already
    phrase = BILATERAL.sub(lambda m: "" if "-" in phrase[:m.start()].rstrip().rpartition(" ")[2] else f"{pair} ",
                           phrase)
    phrase = phrase.replace(f"{pair} ties", f"{pair} relations").replace(f"{pair} relationship", f"{pair} relations")
    phrase = OUR.sub("" if pair in phrase else f"{pair} ", phrase.strip())  # "their bilateral relations": once
    if pair in phrase:
        return BETWEEN_THE_TWO.sub(lambda m: m.group(1), phrase)
    return BETWEEN_THE_TWO.sub(lambda m: f"{pair} {m.group(1)}", phrase)


# A clause of both sides inside another's sentence: "Discussion focused on Syria, and both leaders agreed ...".
_JOINT_CLAUSE = re.compile(r"(?:,\s+(?:and|where|while)\s+|;\s+|\s+and\s+(?=both\s+sides\b))(?=(?:both\s+(?:sides|leaders|ministers)|the\s+two\s+"
                           r"(?:sides|leaders|ministers|countries)|they|the\s+(?:leaders|ministers|pair))\s+[a-z]+(?:ed|d)\b)",
                           re.IGNORECASE)


# What a meeting was for is both sides': "Secretary Austin spoke with Minister Suh Wook today to reaffirm the ironclad
# U.S.-ROK Alliance" (not what one side went to say: "... to express condolences", "to underscore U.S. support").
_MET_TO = re.compile(r"\b(?:met|meets|spoke|speaks|talked|held\s+(?:talks|an?\s+[\w\s-]{0,30}?"
                     r"(?:call|meeting|conversation))|had\s+an?\s+[\w\s-]{0,30}?(?:call|meeting|conversation))"
                     r"\s+(?:with|to)\s(?:(?!,\s+[a-z]+ing\s)[^.;:]){0,160}?\sto\s+(?=(?:discuss|reaffirm|review|"
                     r"exchange|explore|strengthen|deepen|advance|coordinate|enhance|expand|promote|build|continue)\b)")
# (not what one side vows after the comma: "held talks with his Mozambican counterpart ..., vowing to promote ...")

# What one side says both did is both sides': "Mr Lee said that he and Mr Wang reaffirmed the longstanding ties",
# "the spokesperson said the two leaders reviewed all aspects of the relationship".
_TOLD_OF_BOTH = re.compile(r"\b(?:said|says|noted|added|stated)\s+(?:that\s+)?(?=(?:(?:the\s+two|both)\s+"
                           r"(?:sides|leaders|ministers|countries|presidents|prime\s+ministers|foreign\s+ministers)"
                           r"|(?:he|she)\s+and\s+(?:his\s+|her\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                           r"\s+(?:also\s+)?[a-z]+ed\b)")
# (not what one side proposes both should do: "Wang Yi said the two sides should deepen ...")

_REQUIRED = {pattern: required_words(pattern) for pattern in (_MET_TO, _TOLD_OF_BOTH)}


def _searched(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The pattern's match, searched for only where one of its required words is."""
    return pattern.search(text) if may_match(_REQUIRED[pattern], folded(text)) else None


def _positions_in(sentence: Sentence, speaker: Speaker | None, sides: tuple[str, ...],
                  own_clauses: tuple[tuple[int, Speaker], ...], written: Mapping[str, str]) -> list[Position]:
    positions: list[Position] = []
    if len(sides) >= 2 and (SHARED.search(sentence.text) or REACHED.search(sentence.text)):
        speaker = Speaker(sides, True)  # "The Secretary and the Minister expressed their shared concern"
    cuts: list[tuple[int, Speaker | None]] = [(0, speaker), *own_clauses]
    if not (speaker and speaker.joint) and len(sides) >= 2 and (
            joint := _JOINT_CLAUSE.search(sentence.text)  # "..., and both leaders agreed ..."
            or _searched(_MET_TO, sentence.text) or _searched(_TOLD_OF_BOTH, sentence.text)):
        cuts.append((joint.end(), Speaker(sides, True)))
    cuts.sort(key=lambda cut: cut[0])
    clauses = [(sentence.text[at:next_at], who)
               for (at, who), (next_at, _) in zip(cuts, [*cuts[1:], (len(sentence.text), None)])]
    for text, who in clauses:
        if who is None:
            continue
        for stance, phrase in stance_objects(REPORTING_TAG.sub("", text)):
            if COURTESY.match(LEADING.sub("", phrase.strip())) or KEEPING_IN_TOUCH.match(phrase.strip()) \
                    or WELCOMED_TO.fullmatch(LEADING.sub("", phrase.strip())):
                continue  # "expressed her gratitude for the hospitality", "agreed to stay in close touch"
            holder = Speaker(sides, True) if stance == "agree" and len(sides) >= 2 and not who.joint \
                and JOINT_AGREEMENT.search(text) else who
            for label, key in _topics(_name_the_sides(phrase, holder, sides, written), sides, stance):
                positions.append(Position(holder.holders, holder.joint, stance, label, key, sentence.span))  # type: ignore[arg-type]
    return positions


def find_positions(sentences: list[Sentence], speakers: list[Speaker | None], *,
                   sides: tuple[str, ...] = (),
                   clauses: list[tuple[tuple[int, Speaker], ...]] | None = None,
                   written: Mapping[str, str] | None = None) -> list[Position]:
    """Positions in text order, one per (holder, stance, topic), each citing its sentence.

    ``sides`` are the two sides' keys, to name them where the text says "bilateral"; ``clauses``, per
    sentence, the later clauses that name their own speaker ("..., and the Secretary reaffirmed ..."); ``written``,
    how the text writes a side's name ("U.S.", "UK"), to name a pair the way its readout does.
    """
    seen: dict[tuple[tuple[str, ...], str], list[frozenset[str]]] = {}
    positions = []
    for n, (sentence, speaker) in enumerate(zip(sentences, speakers, strict=True)):
        for position in _positions_in(sentence, speaker, sides, clauses[n] if clauses else (), written or {}):
            said = seen.setdefault((position.holders, position.stance), [])
            words = _content(position.topic)
            if not any(_same_topic(words, other) for other in said):
                said.append(words)
                positions.append(position)
    return positions


def _content(topic: str) -> frozenset[str]:
    return frozenset(SYNONYMS.get(w, w) for w in words(topic) if w not in SIDE_WORDS)


def _same_topic(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same topic said twice: "China-Liberia ties", "new progress of China-Liberia ties"."""
    return bool(a and b) and (a <= b or b <= a or len(a & b) >= 0.6 * len(a | b))


def joint_subject(sentence: str) -> bool:
    """Whether the sentence speaks for both sides ("Both sides agreed", "The two ministers")."""
    if JOINT.match(sentence):
        return True
    opening = OPENING_CLAUSE.match(sentence)
    return bool(opening and JOINT.match(sentence[opening.end():]))
