"""Policy positions: who holds which stance on what, sentence by sentence.

Attribution follows how readouts report speech. A sentence's holder is, in order: a joint subject
("Both sides", "The two ministers", "X and Y agreed"); an official who opens it ("Lavrov noted
that", "The Secretary reaffirmed"); the paragraph's speaker for the sentences that continue their
reported speech ("China and Russia should ..." inside Wang Yi's paragraph is China's view); a
state as subject ("The Russian side stands ready"). The stance comes from the verb and its
negation; the topic is the verb's object, normalised to the shipped SKOS scheme when a concept's
label occurs in it, otherwise labelled from the text ("bilateral ties", "cooperation with the
Russian side": "China-Russia relations", "China-Russia cooperation"). A holder says each topic
once: a later stance of the same kind on nearly the same words is the same position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import Topic, lexicon, slug
from kg.extract.sentences import Sentence
from kg.extract.stance_patterns import (
    A_WELCOME, ACTORS, AND_AT_END, AGREED_AHEAD, AGREED_BEFORE, AND_FOR, AND_THEN, AND_VERB, ATTITUDES, BARE_FRAME, BETWEEN_THE_TWO,
    BILATERAL, CLAUSE_END, CLAUSE_MODAL, CLAUSE_STANCE, CLAUSE_SUBJECT, CLAUSE_WORDS, CONDEMNING_WORDS, COORDINATED, DETERMINED,
    COURTESY, DEMONSTRATIVES, DISEASE, EFFORTS_TO, END_DOT, FIELDS_AS, FIGHTING, FRAME, FUNCTION_WORDS, GENERIC, IN_DOING, INCLUDING, GERUND, GERUND_ITEM, JOINT,
    JUDGED, KEEPING_IN_TOUCH, LEADING, LIST_IN_PROGRESS, LIST_SEPARATOR, LONE_ADJECTIVE, MAX_WORDS, MEANS, NEGATING, NEGATION, NOMINAL, NOUN_LIST, NOT_AN_OBJECT, NOT_A_SUBJECT,
    NOUN_SUPPORT, ONLY_BY, OPENING_CLAUSE, OUR, PARTNER, PASSIVE, PERSON, PRAISE, PREDICATED, QUALIFIED, QUOTES, REPORTED_BY, RESOLVED_BY,
    SHARED, SHOULD_BE, SIDE_WORDS, SPECIFIED, THIRD_PARTY_AIM, STANCE, STOP_OBJECT, SYNONYMS, TO_VERB, TRAILING, UNACCEPTABLE, VALUES_NOUN, WISH, WITH_SIDE,
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
        surface, label = _words(self.surface), _words(self.topic.label)
        stems = {w[:5] for w in label}
        if label - surface & NEGATING:
            return self.surface  # "interference in internal affairs" is not "non-interference"
        # a shorter alias, or another form of the label's words ("decouple": "decoupling")
        return self.topic.label if surface <= label or all(w[:5] in stems for w in surface) else self.surface


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in FUNCTION_WORDS}


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
    if not words or len(words) > MAX_WORDS * 2 or not any(len(w) > 3 for w in words):
        return None
    if words[0].lower() in DEMONSTRATIVES:
        return None  # "that vital global mission", "this progress": said before, under another name
    if words[-1].lower() in ATTITUDES:
        return None  # "reaffirmed China's readiness (to ...)": the attitude is the stance, not its topic
    return TRAILING.sub("", " ".join(words[:MAX_WORDS]))


def _praise_objects(rest: str, *, after_for: bool) -> tuple[list[str], int] | None:
    """"thanked X for A, and for B": [A, B], and where the last of them ends in ``rest``.

    ``after_for``: the stance words took "for" already ("thanked Wang Yi for"), A opens ``rest``.
    """
    if after_for:
        at = -len(" for ")
    else:  # "congratulated X on Y", "commended X for Y"
        on = rest.find(" on ")  # "on" after a person only: not "praised the leadership ... of the Conference on X"
        at = min((i for i in (rest.find(" for "), on if 0 <= on <= 40 else -1) if i >= 0), default=-1)
        if at < 0 or STOP_OBJECT.search(rest[:at]):
            return None
    phrases, offset = [], at + len(" on " if rest.startswith(" on ", at) else " for ")
    while True:
        tail = rest[offset:]
        stop = STOP_OBJECT.search(tail)
        phrase = tail[:stop.start()] if stop else tail
        phrases.append(phrase)
        more = AND_FOR.match(rest, offset + len(phrase))
        if not more:
            return phrases, offset + len(phrase)
        offset = more.end()


def _objects(sentence: str) -> list[tuple[str, str]]:
    """(stance, object phrase) for the innermost stance verb of each clause."""
    matches = [m for m in STANCE.finditer(sentence)  # "is a welcome development": an adjective, no verb
               if not (m.group().lower() == "welcome" and A_WELCOME.search(sentence, 0, m.start()))
               and not (m.group().lower() == "values" and VALUES_NOUN.search(sentence, 0, m.start()))
               and not (m.start() > 0 and m.group()[0].isupper())]  # "the Global Combat Air Programme": a name
    results = []
    predicated = PREDICATED.search(sentence)
    if predicated and not NOT_A_SUBJECT.search(predicated.group("topic") or ""):
        results.append(("support", predicated.group("topic") or predicated.group("focus")))
    lowered = sentence.lower()
    condemnations = UNACCEPTABLE.finditer(sentence) if any(w in lowered for w in CONDEMNING_WORDS) else ()
    for condemned in condemnations:
        if not NOT_A_SUBJECT.fullmatch(condemned.group("topic").split()[-1]):
            results.append(("oppose", condemned.group("topic")))
    # Objects already read, and whether all of it is theirs: a stance word inside one is part of it.
    covered: list[tuple[int, int, bool]] = []
    agreed_until: int | None = None  # where the object of the last agreement ends
    for wish in WISH.finditer(sentence):
        if not PERSON.match(wish.group("obj")):  # "wished Secretary Pompeo success in his new post": a courtesy
            results.append(("support", f"success of {wish.group('obj')}"))
        covered.append((wish.start(), wish.end(), True))
    for i, m in enumerate(matches):
        if any(start <= m.start() < end and (whole or NOMINAL.search(sentence[:m.start()]))
               for start, end, whole in covered):
            continue  # "thanked X for Dutch support in Iraq", "cooperation in fighting COVID-19"
        if THIRD_PARTY_AIM.search(sentence, max(0, m.start() - 80), m.start()):
            continue  # "as political leaders seek to implement political reforms": no one here holds it
        stance = next(name for name, value in m.groupdict().items() if value)
        if m.group().endswith("ed") and PASSIVE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "deliveries ... to be sustained and enhanced in full coordination": done to, not done
        if stance == "agree" and m.group().lower().endswith("that"):
            continue  # "shared the recognition that ...": the clause's own verbs carry the stances
        following = matches[i + 1] if i + 1 < len(matches) else None
        rest = FRAME.sub("", sentence[m.end():])
        after_for = m.group().lower().endswith("for")
        if PRAISE.search(m.group()) and (praised := _praise_objects(rest, after_for=after_for)) is not None:
            phrases, end = praised
            covered.append((m.start(), m.end() + len(sentence[m.end():]) - len(rest) + end, True))
            # "congratulated X on his appointment": a courtesy, not a policy position
            results.extend((stance, phrase) for phrase in phrases if not COURTESY.match(phrase))
            continue
        if m.group().lower().rstrip().endswith(" to") and (PARTNER.match(rest) or (following and following.start() - m.end() <= 25)):
            continue  # "is ready to join hands with Russia to ...", "is willing to continue to strengthen X"
        if rest.lstrip().startswith(("that ", "whether ")):
            continue  # "reaffirmed that the two governments attach great importance to X": the clause's verbs say it
        if m.group().lower() == "support" and NOUN_SUPPORT.search(sentence, 0, m.start()) \
                and not re.match(r"\s+(?:for|to)\b", rest):
            continue  # "provide Ukraine with the military support it needs"
        rest = FIELDS_AS.sub("in", AND_VERB.sub("", rest))
        stop = STOP_OBJECT.search(rest)
        phrase = rest[:stop.start()] if stop else rest
        if stop and TO_VERB.match(stop.group()) and ACTORS.fullmatch(LEADING.sub("", phrase.strip())):
            # "supports Kazakhstan to play a bigger role", "the need for the Alliance to be unified": what they are to do
            further = STOP_OBJECT.search(rest, stop.end())
            phrase = rest[:further.start()] if further else rest
        elif stop and stop.group() == "," and (LONE_ADJECTIVE.search(phrase) or INCLUDING.match(rest, stop.end())):
            # "the enduring, strategic partnership", "close cooperation in fighting COVID-19, including within the WHO"
            further = STOP_OBJECT.search(rest, stop.end())
            phrase = rest[:further.start()] if further else rest
        elif stop and MEANS.match(stop.group()) and ONLY_BY.search(phrase):
            further = STOP_OBJECT.search(rest, stop.end())  # "settling global issues exclusively through dialogue"
            phrase = rest[:further.start()] if further else rest
        elif stop and MEANS.match(stop.group()) and not _words(LEADING.sub("", phrase.strip())) - GENERIC:
            # "promote cooperation through the Belt and Road Initiative": the means is what it is about
            further = STOP_OBJECT.search(rest, stop.end())
            phrase = rest[:further.start()] if further else rest
        if following and following.start() < m.end() + len(phrase) and (
                AND_THEN.search(sentence, 0, following.start())
                or (following.start() - m.end() > 25 and re.match(r"\w+(?:s|ed)\b", following.group()))):
            phrase = re.sub(r"\s+and\s*$", "", sentence[m.end():following.start()])  # "supports X and opposes Y"
        if NOT_AN_OBJECT.match(phrase):
            continue  # "the support of the international community", "promoted by", "support and assistance"
        if following and following.start() < m.end() + len(phrase) and (
                (following.start() - m.end() <= 25 and not IN_DOING.search(sentence, 0, following.start()))
                or EFFORTS_TO.search(sentence, 0, following.start())):
            continue  # "is willing to strengthen X", "commended the efforts to strengthen X": the inner verb carries it
        if stance == "oppose" and FIGHTING.match(m.group()) and DISEASE.search(phrase):
            covered.append((m.start(), m.end() + len(sentence[m.end():]) - len(rest) + len(phrase), True))
            continue  # "the joint fight against COVID-19": the cooperation is the position, not opposing a virus
        if NEGATION.search(sentence[:m.start()]) and stance == "support":
            stance = "oppose"
        elif stance == "support" and (AGREED_BEFORE.search(sentence, 0, m.start())
                                      or AGREED_AHEAD.search(sentence, max(0, m.start() - 100), m.start())
                                      or (agreed_until is not None and " " not in m.group()
                                          and COORDINATED.fullmatch(sentence, agreed_until, m.start()))):
            stance = "agree"  # "agreed to deepen cooperation in the Quad", "reached consensus on promoting X, and enhancing Y"
        end = m.end() + len(sentence[m.end():]) - len(rest) + len(phrase)
        results.append((stance, phrase))
        if GERUND.match(LEADING.sub("", phrase.strip())):
            # "recommitted to deconflicting X, reducing Y, and creating Z": one stance on each item
            for start, end in _gerund_items(sentence, end, [m.start() for m in matches]):
                results.append((stance, sentence[start:end]))
        elif stance != "concern" and (listed := _noun_list(sentence, phrase, end, matches)):
            # "welcomed the implementation of X, the end of Y, and the launch of Z"
            items, end = listed
            results.extend((stance, item) for item in items)
        covered.append((m.end(), end, False))
        agreed_until = end if stance == "agree" else None
    openers = CLAUSE_STANCE.finditer(sentence) if any(w in lowered for w in CLAUSE_WORDS) else ()
    for opener in openers:
        if any(start <= opener.start() < end for start, end, _ in covered):
            continue
        for clause_start, clause_end in _clauses(sentence, opener.end()):
            if any(clause_start <= m.start() < clause_end for m in matches):
                continue  # "agreed that the two sides should strengthen X": the inner verb carries it
            clause = _clause_topic(sentence[clause_start:clause_end])
            if len(_words(clause)) >= 2:  # "... that it is important to talk": nothing in particular
                results.append((next((k for k in ("agree", "concern") if opener.group(k)), "support"), clause))
    for passive in (SHOULD_BE.finditer(sentence) if " be " in sentence else ()):
        if not any(start <= passive.start("topic") < end for start, end, _ in covered):
            results.append(("support", REPORTED_BY.split(passive.group("topic"))[-1]))  # "Xi said the sovereignty ..."
    for frame in BARE_FRAME.finditer(sentence):
        if any(m.start() <= frame.start() <= m.end() + 25 for m in matches) \
                or any(start <= frame.start() < end for start, end, _ in covered):
            continue  # "stressed the importance of X", "agreed on the need for X": read above
        rest = sentence[frame.end():]
        stop = STOP_OBJECT.search(rest)
        phrase = rest[:stop.start()] if stop else rest
        results.append(("support", phrase))
        if listed := _noun_list(sentence, phrase, frame.end() + len(phrase), matches):
            results.extend(("support", item) for item in listed[0])  # "the need for X, the end of Y, and Z"
    return results


def _noun_list(sentence: str, first: str, at: int, verbs: list[re.Match[str]]) -> tuple[list[str], int] | None:
    """The further items of a list of noun phrases whose first is ``first``, ending at ``at``, and where the list ends.

    Only items with a determiner each count ("the end of Y, and the launch of Z"), and none with a
    stance verb of its own, which is left to that verb.
    """
    if not DETERMINED.match(first) or not (listed := NOUN_LIST.match(sentence, at)) \
            or any(listed.start() <= verb.start() < listed.end() for verb in verbs):
        return None
    return [item for item in LIST_SEPARATOR.split(listed.group().strip(" ,")) if item], listed.end()


def _clauses(sentence: str, start: int) -> list[tuple[int, int]]:
    """Where the clauses that open at ``start`` run: "agreed that A is X and that B is Y" has two."""
    spans = []
    at = start
    while True:
        stop = CLAUSE_END.search(sentence, at)
        while stop and stop.group().startswith(",") and LIST_IN_PROGRESS.search(sentence, start, stop.start()):
            stop = CLAUSE_END.search(sentence, stop.end())  # "an independent, full, credible, and unimpeded inquiry"
        spans.append((start, stop.start() if stop else len(sentence)))
        if not (stop and stop.group("again")):
            return spans
        start = at = stop.end()


def _gerund_items(sentence: str, at: int, verbs: list[int]) -> list[tuple[int, int]]:
    """The further items of a list of gerunds that starts before ``at`` (", reducing X, and creating Y").

    An item that opens with a stance verb of its own is left to that verb, and one ends where such a
    verb begins ("reducing X and strengthening Y").
    """
    items = []
    while (item := GERUND_ITEM.match(sentence, at)) and item.end() not in verbs:
        stop = STOP_OBJECT.search(sentence, item.end())
        at = min(stop.start() if stop else len(sentence), min((v for v in verbs if v > item.end()), default=len(sentence)))
        items.append((item.end(), item.end() + len(AND_AT_END.sub("", sentence[item.end():at]))))
    return items


def _clause_topic(clause: str) -> str:
    clause = CLAUSE_SUBJECT.sub("", clause)
    if resolved := RESOLVED_BY.search(clause):
        return resolved.group("means")  # "the situation in Yemen could only be resolved with a political solution"
    if judged := JUDGED.match(clause):
        return judged.group("subject").strip().rstrip(",")  # "a diplomatic solution ... is the best outcome"
    modal = CLAUSE_MODAL.match(clause)
    if modal is None:
        return clause
    subject = modal.group("subject").strip().rstrip(",")
    if ACTORS.fullmatch(subject.replace(",", "")):
        return clause[modal.end():]  # who is to act: what they are to do
    return f"{subject} {clause[modal.end():]}"  # what is to happen: all of it, the modal aside


def _topics(phrase: str, sides: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(label, key) of what a stance verb's object is about.

    Concepts of the scheme are used when, together, they say most of the phrase
    ("unilateralism and protectionism"); otherwise the phrase itself labels a new concept
    ("international cooperation against the COVID-19" is more than "COVID-19 pandemic").
    """
    concepts = _concepts_in(phrase)
    covered = set().union(*(_words(c.surface) for c in concepts)) if concepts else set()
    bare = LEADING.sub("", QUOTES.sub("", phrase).strip().lower())
    heads = bool(concepts) and not bare.find(concepts[0].surface.lower())
    # "ceasefire in the Gaza Strip": concepts joined by a preposition qualify one another, one topic
    qualified = any(QUALIFIED.fullmatch(phrase[a.end:b.start]) for a, b in zip(concepts, concepts[1:]))
    if concepts and not qualified and (heads or len(covered) >= 0.6 * len(_words(phrase))):
        # "multilateralism in international affairs" is about multilateralism
        if len(concepts) == 1 and heads and (label := _free_topic(phrase)) \
                and SPECIFIED.match(phrase, phrase.lower().find(concepts[0].surface.lower()) + len(concepts[0].surface)):
            # "political settlement of the Ukraine crisis": that concept, said of that crisis
            return [(label, f"topic/{concepts[0].topic.key}")]
        return [(c.text, f"topic/{c.topic.key}") for c in concepts]
    label = _free_topic(phrase)
    if not label or not _words(label) - GENERIC:
        return []  # "close cooperation", "discussions": a stance on nothing in particular
    if lexicon().affiliation_of(label) in sides:
        return []  # "commitment to Iraq" in a call with Iraq: the relations, not a policy topic
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
    phrase = BILATERAL.sub(f"{pair} ", phrase)
    phrase = phrase.replace(f"{pair} ties", f"{pair} relations").replace(f"{pair} relationship", f"{pair} relations")
    phrase = OUR.sub(f"{pair} ", phrase)
    if (partner := WITH_SIDE.search(phrase)) and lexicon().affiliation_of(partner.group("side")) == other \
            and pair not in phrase:
        # "cooperation with the Russian side": "China-Russia cooperation"
        head = LEADING.sub("", phrase[:partner.start("with")].strip())
        phrase = f"{pair} {head}{phrase[partner.end():]}"
    if pair in phrase:
        return BETWEEN_THE_TWO.sub(lambda m: m.group(1), phrase)
    return BETWEEN_THE_TWO.sub(lambda m: f"{pair} {m.group(1)}", phrase)


# A clause of both sides inside another's sentence: "Discussion focused on Syria, and both leaders agreed ...".
_JOINT_CLAUSE = re.compile(r"(?:,\s+(?:and|where|while)\s+|;\s+|\s+and\s+(?=both\s+sides\b))(?=(?:both\s+(?:sides|leaders|ministers)|the\s+two\s+"
                           r"(?:sides|leaders|ministers|countries)|they|the\s+(?:leaders|ministers|pair))\s+[a-z]+(?:ed|d)\b)",
                           re.IGNORECASE)


def _positions_in(sentence: Sentence, speaker: Speaker | None, sides: tuple[str, ...]) -> list[Position]:
    positions: list[Position] = []
    if len(sides) >= 2 and SHARED.search(sentence.text):
        speaker = Speaker(sides, True)  # "The Secretary and the Minister expressed their shared concern"
    clauses: list[tuple[str, Speaker | None]] = [(sentence.text, speaker)]
    if not (speaker and speaker.joint) and len(sides) >= 2 and (joint := _JOINT_CLAUSE.search(sentence.text)):
        clauses = [(sentence.text[:joint.start()], speaker), (sentence.text[joint.end():], Speaker(sides, True))]
    for text, who in clauses:
        if who is None:
            continue
        for stance, phrase in _objects(text):
            if COURTESY.match(LEADING.sub("", phrase.strip())) or KEEPING_IN_TOUCH.match(phrase.strip()):
                continue  # "expressed her gratitude for the hospitality", "agreed to stay in close touch"
            for label, key in _topics(_name_the_sides(phrase, who, sides), sides):
                positions.append(Position(who.holders, who.joint, stance, label, key, sentence.span))  # type: ignore[arg-type]
    return positions


def find_positions(sentences: list[Sentence], speakers: list[Speaker | None], *,
                   sides: tuple[str, ...] = ()) -> list[Position]:
    """Positions in text order, one per (holder, stance, topic), each citing its sentence.

    ``sides`` are the two sides' keys, to name them where the text says "bilateral".
    """
    seen: dict[tuple[tuple[str, ...], str], list[frozenset[str]]] = {}
    positions = []
    for sentence, speaker in zip(sentences, speakers, strict=True):
        for position in _positions_in(sentence, speaker, sides):
            said = seen.setdefault((position.holders, position.stance), [])
            words = _content(position.topic)
            if not any(_same_topic(words, other) for other in said):
                said.append(words)
                positions.append(position)
    return positions


def _content(topic: str) -> frozenset[str]:
    return frozenset(SYNONYMS.get(w, w) for w in _words(topic) if w not in SIDE_WORDS)


def _same_topic(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same topic said twice: "China-Liberia ties", "new progress of China-Liberia ties"."""
    return bool(a and b) and (a <= b or b <= a or len(a & b) >= 0.6 * len(a | b))




def joint_subject(sentence: str) -> bool:
    """Whether the sentence speaks for both sides ("Both sides agreed", "The two ministers")."""
    if JOINT.match(sentence):
        return True
    opening = OPENING_CLAUSE.match(sentence)
    return bool(opening and JOINT.match(sentence[opening.end():]))
