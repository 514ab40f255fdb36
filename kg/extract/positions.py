"""Policy positions: who holds which stance on what, sentence by sentence.

Attribution follows how readouts report speech. A sentence's holder is, in order: a joint subject
("Both sides", "The two ministers", "X and Y agreed"); an official who opens it ("Lavrov noted
that", "The Secretary reaffirmed"); the paragraph's speaker for the sentences that continue their
reported speech ("China and Russia should ..." inside Wang Yi's paragraph is China's view); a
state as subject ("The Russian side stands ready"). The stance comes from the verb and its
negation; the topic is the verb's object, normalised to the shipped SKOS scheme when a concept's
label occurs in it, otherwise labelled from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import Topic, lexicon, slug
from kg.extract.sentences import Sentence
from kg.extract.trie import trie_pattern
from kg.model import Position, Span

__all__ = ["Speaker", "find_positions"]

_JOINT = re.compile(
    r"^(?:(?:Also|Finally|Meanwhile|In addition),?\s+)?(?:both\s+sides|the\s+two\s+(?:sides|countries|leaders|ministers|parties|"
    r"nations|officials)|the\s+(?:ministers|leaders|officials|two|parties|sides|discussion|conversation|focus|talks)|they|"
    r"both\s+(?:leaders|ministers|countries))\b",
    re.IGNORECASE,
)
_STANCE = re.compile(
    r"(?P<oppose>\b(?:oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|disagree(?:s|d)?\s+with|condemn(?:s|ed|ing)?|"
    r"counter(?:s|ed|ing)?|defeat(?:s|ed|ing)?|combat(?:s|ing)?|fight(?:s|ing)?\s+against|fight(?:s|ing)?)\b)"
    r"|(?P<concern>\b(?:(?:expressed|expresses|voiced)\s+(?:grave\s+|deep\s+|serious\s+)?concerns?\s+(?:over|about|regarding|at|on)|"
    r"concerned\s+(?:about|over|with|at))\b)"
    r"|(?P<agree>\b(?:agree(?:s|d)?\s+(?:with|on)|concur(?:s|red)?\s+(?:with|on)|shared\s+the\s+(?:recognition|view)\s+that|"
    r"reached\s+(?:important\s+)?consensus\s+on)\b)"
    r"|(?P<support>\b(?:support(?:s|ed|ing)?|uphold(?:s|ing)?|upheld|safeguard(?:s|ed|ing)?|promot(?:e|es|ed|ing)|"
    r"strengthen(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|deepen(?:s|ed|ing)?|expand(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|"
    r"welcome(?:s|d)?|value(?:s|d)?|attach(?:es|ed)?\s+(?:great\s+|high\s+|much\s+|great\s+)?importance\s+to|"
    r"commitment\s+to|committed\s+to|reaffirm(?:s|ed)?|contribute\s+to|push(?:es|ed)?\s+(?:forward|for)|"
    r"preserv(?:e|es|ed|ing)|abid(?:e|es|ed)\s+by|abided\s+by|praised|commended|spoke\s+highly\s+of|"
    r"made\s+positive\s+comments\s+on|thanked\s+\w+\s+for|adherence\s+to|respect(?:s|ed|ing)?\s+for|"
    r"accept(?:s|ed)?|highlighted(?:\s+how)?|"
    r"cherish(?:es|ed)?|(?:is|are|was|were)\s+(?:willing|ready|happy)\s+to\s+(?:work\s+with\s+(?:\w+\s+){1,4}?to\s+)?"
    r"(?:further\s+)?(?:enhance|deepen|expand|strengthen|promote|keep|maintain|facilitate|jointly\s+\w+)?)\b)",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|cannot|won't|don't|doesn't)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_STOP_OBJECT = re.compile(
    r"[;:.]|,(?!\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|\band\b))|\s+and\s+[a-z]+ed\b|(?<!regard)\sto\s+(?!the\b|a\b|an\b|its\b|their\b|our\b|all\b|[A-Z])[a-z]+\b|\s(?:so\s+as\s+to|in\s+order\s+to|in\s+a\s+bid\s+to|while|which|as\s+well\s+as|and\s+(?:to|is|are|will|should|also|make|"
    r"safeguard|send|achieve|inject|push|work|take|jointly|the\s+two|said|added|be|become|keep|ensure)|through|by\s+\w+ing|"
    r"will|would|can|could|may|might)\s",
)
_LEADING = re.compile(
    r"^(?:(?:the|a|an|its|their|our|his|her|further|continuously|jointly|fully|actively|always|also|firmly|"
    r"continue\s+to|to|with|for|in|on|of|all|such|more|closer|its\s+commitment\s+to|efforts?\s+to|so-called|"
    r"ensure|ensuring|achieve|maintain|build|setback\s+of|continue|make)\s+)+",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"(?:\s+(?:the|a|of|and|to|in|on|for|with|as|at|by|from|its|their|between|this))+$")
_MAX_WORDS = 9
_GENERIC = frozenset(
    "cooperation coordination communication exchanges exchange relations relationship ties dialogue consultation "
    "consultations discussions discussion efforts work contacts continuation development progress close closer "
    "further new greater good sound steady strong friendly practical pragmatic mutual all areas fields".split()
)
# Stances said of a subject rather than by a verb: "X is of great significance", "X is very
# important to ...", "X is a major project", "The focus was on X".
_PREDICATED = re.compile(
    r"^(?:(?:[A-Z][\w'’-]*|It)\s+(?:said|noted|stressed|added)\s+(?:that\s+)?|(?:[Ii]t\s+is\s+(?:believed|agreed)\s+that\s+))?"
    r"(?:the\s+|The\s+)?(?P<topic>[\w'’ ,-]{3,90}?)\s+(?:is|are|was|were|has\s+been|remains?)\s+"
    r"(?:(?:of\s+)?(?:very\s+|extremely\s+|highly\s+|particularly\s+|great\s+|vital\s+|strategic\s+|far-reaching\s+)*"
    r"(?:importan(?:t|ce)|significan(?:t|ce)|crucial|essential|vital|necessary|indispensable)"
    r"|an?\s+(?:(?:major|key|important|significant|flagship|landmark)\s+)+(?:project|achievement|step|milestone|pillar))\b"
    r"|^The\s+(?:focus|emphasis)\s+was\s+on\s+(?P<focus>[^,.;]{3,90})"
)
# "uphold and practice multilateralism": two verbs, one object.
_AND_VERB = re.compile(r"^\s*and\s+(?:practice|practise|promote|uphold|safeguard|strengthen|deepen|expand|advance|"
                       r"maintain|support|implement|defend|protect|enhance|develop|consolidate)\s+", re.IGNORECASE)
# "agreed on the need to ensure X", "stressed the importance of X": the stance is on X.
_FRAME = re.compile(r"^\s*(?:the\s+)?(?:need|importance|necessity|significance)\s+(?:to|for|of)\s+", re.IGNORECASE)
# "commended President Trump for his approach", "thanked Indonesia for its leadership": the stance is on what follows "for".
_PRAISE = re.compile(r"^(?:praised|commended|thanked|congratulated|appreciated)\b", re.IGNORECASE)
_NOT_AN_OBJECT = re.compile(r"\s*(?:of|by|and|from)\b", re.IGNORECASE)
_BILATERAL = re.compile(r"\bbilateral\s+(?=ties|relations|relationship|cooperation|partnership|trade|dialogue|exchanges)",
                        re.IGNORECASE)
_OUR = re.compile(r"^(?:our|their|the\s+two\s+countries['’])\s+(?=(?:[\w-]+\s+){0,3}(?:ties|relations|relationship|"
                  r"partnership|cooperation|friendship)\b)", re.IGNORECASE)
_BETWEEN_THE_TWO = re.compile(r"\b(ties|relations|relationship|cooperation|friendship)\s+between\s+the\s+two\s+"
                              r"(?:countries|sides|nations)\b", re.IGNORECASE)
_FUNCTION_WORDS = frozenset("the a an of and on in to for with its their between as at by from this that".split())


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
        surface, label = _words(self.surface), _words(self.topic.label)
        return self.topic.label if surface <= label else self.surface


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _FUNCTION_WORDS}


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
    phrase = _TRAILING.sub("", _LEADING.sub("", phrase.strip().replace('"', "").replace("“", "").replace("”", "")))
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS * 2 or not any(len(w) > 3 for w in words):
        return None
    return _TRAILING.sub("", " ".join(words[:_MAX_WORDS]))


def _objects(sentence: str) -> list[tuple[str, str]]:
    """(stance, object phrase) for the innermost stance verb of each clause."""
    matches = list(_STANCE.finditer(sentence))
    results = []
    predicated = _PREDICATED.search(sentence)
    if predicated:
        results.append(("support", predicated.group("topic") or predicated.group("focus")))
    for i, m in enumerate(matches):
        stance = next(name for name, value in m.groupdict().items() if value)
        rest = _FRAME.sub("", sentence[m.end():])
        if _PRAISE.match(m.group()) and (at := rest.find(" for ")) >= 0 and not _STOP_OBJECT.search(rest[:at]):
            rest = rest[at + len(" for "):]
        if stance == "agree" and rest.lstrip().startswith("that "):
            continue  # "shared the recognition that ...": the clause's own verbs carry the stances
        rest = _AND_VERB.sub("", rest)
        stop = _STOP_OBJECT.search(rest)
        phrase = rest[:stop.start()] if stop else rest
        following = matches[i + 1] if i + 1 < len(matches) else None
        if following and following.start() - m.end() > 25 and following.start() < m.end() + len(phrase) \
                and re.match(r"\w+(?:s|ed)\b", following.group()):
            phrase = re.sub(r"\s+and\s*$", "", sentence[m.end():following.start()])  # "supports X and opposes Y"
        if _NOT_AN_OBJECT.match(phrase):
            continue  # "the support of the international community", "promoted by", "support and assistance"
        following = matches[i + 1] if i + 1 < len(matches) else None
        if following and following.start() - m.end() <= 25 and following.start() < m.end() + len(phrase):
            continue  # "is willing to strengthen X": the inner verb carries the stance
        if _NEGATION.search(sentence[:m.start()]) and stance == "support":
            stance = "oppose"
        results.append((stance, phrase))
    return results


def _topics(phrase: str) -> list[tuple[str, str]]:
    """(label, key) of what a stance verb's object is about.

    Concepts of the scheme are used when, together, they say most of the phrase
    ("unilateralism and protectionism"); otherwise the phrase itself labels a new concept
    ("international cooperation against the COVID-19" is more than "COVID-19 pandemic").
    """
    concepts = _concepts_in(phrase)
    covered = set().union(*(_words(c.surface) for c in concepts)) if concepts else set()
    heads = bool(concepts) and not _LEADING.sub("", phrase.strip().lower()).find(concepts[0].surface.lower())
    if concepts and (heads or len(covered) >= 0.6 * len(_words(phrase))):
        # "multilateralism in international affairs" is about multilateralism
        return [(c.text, f"topic/{c.topic.key}") for c in concepts]
    label = _free_topic(phrase)
    if not label or not _words(label) - _GENERIC:
        return []  # "close cooperation", "discussions": a stance on nothing in particular
    return [(label, f"topic/{slug(label)}")]


def _name(key: str) -> str:
    code = key.split("/", 1)[1]
    state = lexicon().states.get(code) if key.startswith("state/") else None
    return state.name if state else code


def _name_the_sides(phrase: str, speaker: Speaker, sides: tuple[str, ...]) -> str:
    """"bilateral ties", "relations between the two countries": say which two ("China-Liberia ties")."""
    first = speaker.holders[0]
    other = next((s for s in sides if s != first), None)
    if other is None:
        return phrase
    pair = f"{_name(first)}-{_name(other)}"
    phrase = _BILATERAL.sub(f"{pair} ", phrase)
    phrase = _OUR.sub(f"{pair} ", phrase)
    if pair in phrase:
        return _BETWEEN_THE_TWO.sub(lambda m: m.group(1), phrase)
    return _BETWEEN_THE_TWO.sub(lambda m: f"{pair} {m.group(1)}", phrase)


def _positions_in(sentence: Sentence, speaker: Speaker, sides: tuple[str, ...]) -> list[Position]:
    positions: list[Position] = []
    for stance, phrase in _objects(sentence.text):
        for label, key in _topics(_name_the_sides(phrase, speaker, sides)):
            positions.append(Position(speaker.holders, speaker.joint, stance, label, key, sentence.span))  # type: ignore[arg-type]
    return positions


def find_positions(sentences: list[Sentence], speakers: list[Speaker | None], *,
                   sides: tuple[str, ...] = ()) -> list[Position]:
    """Positions in text order, one per (holder, stance, topic), each citing its sentence.

    ``sides`` are the two sides' keys, to name them where the text says "bilateral".
    """
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    positions = []
    for sentence, speaker in zip(sentences, speakers, strict=True):
        if speaker is None:
            continue
        for position in _positions_in(sentence, speaker, sides):
            key = (position.holders, position.stance, position.topic_key)
            if key not in seen:
                seen.add(key)
                positions.append(position)
    return positions


def joint_subject(sentence: str) -> bool:
    """Whether the sentence speaks for both sides ("Both sides agreed", "The two ministers")."""
    return bool(_JOINT.match(sentence))
