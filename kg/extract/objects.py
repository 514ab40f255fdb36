"""Stance verbs and their objects in one sentence: what is supported, opposed, agreed on or feared,
before anyone is named as its holder (:mod:`kg.extract.positions` does that, and names the topic).

Each stance verb's object runs to where a clause, a purpose or a second verb begins; lists give one
object per item; clauses after "agreed that", "expressed the hope that", "urged X to" are objects
of their own; proposals in the passive ("X should be respected") and frames ("the need for X")
are read too. The vocabulary is in :mod:`kg.extract.stance_patterns`.
"""

from __future__ import annotations

import re

from kg.extract.stance_patterns import (
    ACTORS, AGREED_AHEAD, AGREED_BEFORE, AND_AT_END, AND_FOR, AND_THEN, AND_VERB, AS_WELL_AS, ATTENTION, A_WELCOME,
    BARE_FRAME, CLAUSE_END, CLAUSE_MODAL, CLAUSE_STANCE, CLAUSE_SUBJECT, CLAUSE_WORDS, CONDEMNED,
    CONDEMNING_ADJECTIVES, CONDEMNING_WORDS, COORDINATED, COURTESY, DETERMINED, DISEASE, EFFORTS_TO, ENGAGEMENT,
    FIELDS_AS, FIGHTING, FIGHT_AS_NOUN, FRAME, FUNCTION_WORDS, GENERIC, GERUND, GERUND_ITEM, INCLUDING, IN_DOING,
    JUDGED, LEADING, LIST_HEAD, LIST_IN_PROGRESS, LIST_SEPARATOR, LIST_VERB, LONE_ADJECTIVE, MEANS, NEGATION,
    NOMINAL, NOT_AN_OBJECT, NOT_A_SUBJECT, NOUN_LIST, NOUN_SUPPORT, ONLY_BY, PARTNER, PASSIVE, PERSON, POSSESSED,
    POSSESSOR, PRAISE, PREDICATED, REPORTED_BY, RESOLVED_BY, SHOULD_BE, STANCE, STOP_OBJECT, THIRD_PARTY_AIM,
    TO_VERB, TROUBLE, UNACCEPTABLE, VALUES_NOUN, VERB_LIST, WISH,
)

__all__ = ["stance_objects", "words"]


def words(text: str) -> set[str]:
    """The words of a phrase that say something, lower-cased."""
    return {w for w in re.findall(r"\w+", text.lower()) if w not in FUNCTION_WORDS}


# Whom praise is addressed to, before "for" or "on": "Prime Minister Kishida", "the Chinese government", "him".
_ADDRESSEE = re.compile(r"\s*(?:(?![\w.-]+['’]s?\s)[\w.-]+\s*){1,6}")


_NAMED = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s*){1,5}")


def _praise_objects(rest: str, *, after_for: bool) -> tuple[list[str], int] | None:
    """"thanked X for A, and for B": [A, B], and where the last of them ends in ``rest``.

    ``after_for``: the stance words took "for" already ("thanked Wang Yi for"), A opens ``rest``.
    """
    if after_for:
        at = -len(" for ")
    else:  # "congratulated X on Y", "commended X for Y", "congratulated X with Y"
        on = rest.find(" on ")  # "on" after a person only: not "praised the leadership ... of the Conference on X"
        with_ = rest.find(" with ", 0, 45)  # "congratulated Medvedev with his inauguration"
        on = on if 0 <= on <= 40 else with_ if with_ > 0 and _NAMED.fullmatch(rest[:with_]) else -1
        at = min((i for i in (rest.find(" for "), on) if i >= 0), default=-1)
        if at < 0 or STOP_OBJECT.search(rest[:at]) or not _ADDRESSEE.fullmatch(rest[:at]):
            return None  # "commended Poland's defense investments as an example for others": praise of the first
    joining = " for " if after_for else next(word for word in (" on ", " with ", " for ") if rest.startswith(word, at))
    phrases, offset = [], at + len(joining)
    while True:
        tail = rest[offset:]
        stop = STOP_OBJECT.search(tail)
        phrase = tail[:stop.start()] if stop else tail
        phrases.append(phrase)
        more = AND_FOR.match(rest, offset + len(phrase))
        if not more:
            return phrases, offset + len(phrase)
        offset = more.end()


def _support_as_noun(sentence: str, m: re.Match[str]) -> bool:
    """"the military support it needs", "the prompt and generous support extended by": a thing, not a verb,
    and no stance of its own unless "for" or "to" says on what."""
    return m.group().lower() == "support" and bool(NOUN_SUPPORT.search(sentence, 0, m.start())) \
        and not re.match(r"\s+(?:for|to)\b", sentence[m.end():])


def stance_objects(sentence: str) -> list[tuple[str, str]]:
    """(stance, object phrase) for the innermost stance verb of each clause."""
    matches = [m for m in STANCE.finditer(sentence)  # "is a welcome development": an adjective, no verb
               if not (m.group().lower() == "welcome" and A_WELCOME.search(sentence, 0, m.start()))
               and not (m.group().lower() == "values" and VALUES_NOUN.search(sentence, 0, m.start()))
               and not (m.start() > 0 and m.group()[0].isupper())  # "the Global Combat Air Programme": a name
               and not _support_as_noun(sentence, m)
               and not sentence.startswith("-", m.end())  # "counter-terrorism dialogue": a noun's prefix
               # "Russia's intensified disinformation campaign": an adjective after a possessive
               and not (m.group().endswith("ed") and POSSESSED.search(sentence, max(0, m.start() - 4), m.start()))
               # "deliveries ... to be sustained and enhanced", "will be accepted": done to, not done
               and not (m.group().endswith("ed") and PASSIVE.search(sentence, max(0, m.start() - 40), m.start()))]
    results = []
    predicated = PREDICATED.search(sentence)
    if predicated and not NOT_A_SUBJECT.search(predicated.group("topic") or ""):
        results.append(("support", predicated.group("topic") or predicated.group("focus")))
    lowered = sentence.lower()
    condemnations = UNACCEPTABLE.finditer(sentence) if any(w in lowered for w in CONDEMNING_WORDS) else ()
    for condemned in condemnations:
        topic = next(condemned.group(g) for g in ("topic", "viewed", "described", "done") if condemned.group(g))
        if not NOT_A_SUBJECT.fullmatch(topic.split()[-1]):
            results.append(("oppose", topic))
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
        rest = FIELDS_AS.sub("in", AND_VERB.sub("", rest))
        stop = STOP_OBJECT.search(rest)
        phrase = rest[:stop.start()] if stop else rest
        if (deed := _what_actors_do(rest, stop, phrase)) is not None:
            phrase = deed
        elif stop and stop.group() == "," and (LONE_ADJECTIVE.search(phrase) or INCLUDING.match(rest, stop.end())):
            # "the enduring, strategic partnership", "close cooperation in fighting COVID-19, including within the WHO"
            further = STOP_OBJECT.search(rest, stop.end())
            phrase = rest[:further.start()] if further else rest
        elif stop and MEANS.match(stop.group()) and ONLY_BY.search(phrase):
            further = STOP_OBJECT.search(rest, stop.end())  # "settling global issues exclusively through dialogue"
            phrase = rest[:further.start()] if further else rest
        elif stop and MEANS.match(stop.group()) and not words(LEADING.sub("", phrase.strip())) - GENERIC:
            # "promote cooperation through the Belt and Road Initiative": the means is what it is about
            further = STOP_OBJECT.search(rest, stop.end())
            phrase = rest[:further.start()] if further else rest
        if following and following.start() < m.end() + len(phrase) and (
                AND_THEN.search(sentence, 0, following.start())
                or VERB_LIST.search(sentence, m.end(), following.start())  # "strengthen X, expand Y"
                or (following.start() - m.end() > 25 and re.match(r"\w+(?:s|ed)\b", following.group()))):
            # "supports X and opposes Y", "strengthen X, expand Y"
            phrase = VERB_LIST.sub("", re.sub(r"\s+and\s*$", "", sentence[m.end():following.start()]))
        if m.group().lower().startswith("look") and ENGAGEMENT.match(LEADING.sub("", phrase.strip())):
            continue  # "looked forward to seeing each other at the G7": a meeting ahead, no policy
        if NOT_AN_OBJECT.match(phrase):
            continue  # "the support of the international community", "promoted by", "support and assistance"
        if following and following.start() < m.end() + len(phrase) and (
                (following.start() - m.end() <= 25 and not IN_DOING.search(sentence, 0, following.start()))
                or EFFORTS_TO.search(sentence, 0, following.start())
                or POSSESSOR.search(sentence, m.end(), following.start())):
            continue  # "is willing to strengthen X", "commended the efforts to strengthen X": the inner verb carries it
        if stance == "oppose" and FIGHTING.match(m.group()) and DISEASE.search(phrase):
            covered.append((m.start(), m.end() + len(sentence[m.end():]) - len(rest) + len(phrase), True))
            continue  # "the joint fight against COVID-19": the cooperation is the position, not opposing a virus
        if stance == "oppose" and m.group().lower().startswith("fight") \
                and FIGHT_AS_NOUN.search(sentence, max(0, m.start() - 40), m.start()):
            stance, phrase = "support", f"{m.group()}{phrase}"  # "Pakistan's role in the fight against terrorism"
        if "attention" in m.group().lower() and ATTENTION.match(m.group()):
            if not TROUBLE.search(phrase):
                continue  # "pays close attention to the developments": watching, no stance
            stance = "concern"  # "drew attention to an increase in ceasefire violations"
        if NEGATION.search(sentence[:m.start()]) and stance == "support":
            stance = "oppose"
        elif stance == "support" and (AGREED_BEFORE.search(sentence, 0, m.start())
                                      or AGREED_AHEAD.search(sentence, max(0, m.start() - 100), m.start())
                                      or (agreed_until is not None and " " not in m.group()
                                          and COORDINATED.fullmatch(sentence, agreed_until, m.start()))):
            # "agreed to deepen cooperation in the Quad", "reached consensus on promoting X, and enhancing Y"
            stance = "agree"
        end = m.end() + len(sentence[m.end():]) - len(rest) + len(phrase)
        results.append((stance, phrase))
        if (also := AS_WELL_AS.match(sentence, end)) \
                and not any(also.end() <= v.start() < also.end() + 40 for v in matches):
            # "concern over the crisis in Yemen, as well as over the activity of ISIS": the same stance again
            stop = STOP_OBJECT.search(sentence, also.end())
            end = stop.start() if stop else len(sentence)
            results.append((stance, sentence[also.end():end]))
        if GERUND.match(LEADING.sub("", phrase.strip())):
            # "recommitted to deconflicting X, reducing Y, and creating Z": one stance on each item
            for item_start, end in _gerund_items(sentence, end, [m.start() for m in matches]):
                results.append((stance, sentence[item_start:end]))  # the list's end is the object's
        elif stance != "concern" and (listed := _noun_list(sentence, phrase, end, matches)):
            # "welcomed the implementation of X, the end of Y, and the launch of Z"
            items, end = listed
            results.extend((stance, item) for item in items)
        for item_stance, item_start, end in _verb_items(sentence, end, matches, stance):  # "..., dovetail Y"
            results.append((item_stance, sentence[item_start:end]))
        covered.append((m.end(), end, False))
        agreed_until = end if stance == "agree" else None
    for head in LIST_HEAD.finditer(sentence) if " to " in sentence else ():
        if any(start <= head.end() - 1 < end for start, end, _ in covered) or any(
                head.start() <= m.start() < head.end() for m in matches):
            continue
        stop = STOP_OBJECT.search(sentence, head.end())
        end = min([stop.start() if stop else len(sentence), *(m.start() for m in matches if m.start() > head.end())])
        stance = "agree" if head.group("agree") else "support"
        results.append((stance, sentence[head.end():end]))
        results.extend((item_stance, sentence[a:b])
                       for item_stance, a, b in _verb_items(sentence, end, matches, stance))
    openers = list(CLAUSE_STANCE.finditer(sentence)) if any(w in lowered for w in CLAUSE_WORDS) else []
    for opener in openers:
        if any(start <= opener.start() < end for start, end, _ in covered):
            continue
        for clause_start, clause_end in _clauses(sentence, opener.end()):
            if any(clause_start <= m.start() < clause_end for m in matches) \
                    or any(clause_start <= inner.start() < clause_end for inner in openers):
                continue  # "agreed that the two sides should strengthen X": the inner verb carries it
            clause = _clause_topic(sentence[clause_start:clause_end])
            if len(words(clause)) >= 2:  # "... that it is important to talk": nothing in particular
                results.append((next((k for k in ("agree", "concern") if opener.group(k)), "support"), clause))
    for condemned in (CONDEMNED.finditer(sentence) if any(w in lowered for w in CONDEMNING_ADJECTIVES) else ()):
        if not any(start <= condemned.start() < end for start, end, _ in covered):
            stop = STOP_OBJECT.search(sentence, condemned.end())
            results.append(("oppose", sentence[condemned.start():stop.start() if stop else len(sentence)]))
    for passive in (SHOULD_BE.finditer(sentence) if " be " in sentence else ()):
        if not any(start <= passive.start("topic") < end for start, end, _ in covered):
            # "escalation must be avoided", "the threat of nuclear weapons should never be tolerated"
            stance = "oppose" if bool(passive.group("against")) != bool(passive.group("never")) else "support"
            results.append((stance, REPORTED_BY.split(passive.group("topic"))[-1]))  # "Xi said the sovereignty ..."
    for frame in BARE_FRAME.finditer(sentence):
        if any(m.start() <= frame.start() <= m.end() + 25 for m in matches) \
                or any(start <= frame.start() < end for start, end, _ in covered):
            continue  # "stressed the importance of X", "agreed on the need for X": read above
        rest = sentence[frame.end():]
        stop = STOP_OBJECT.search(rest)
        phrase = rest[:stop.start()] if stop else rest
        results.append(("support", _what_actors_do(rest, stop, phrase) or phrase))
        if listed := _noun_list(sentence, phrase, frame.end() + len(phrase), matches):
            results.extend(("support", item) for item in listed[0])  # "the need for X, the end of Y, and Z"
    return results


def _what_actors_do(rest: str, stop: re.Match[str] | None, phrase: str) -> str | None:
    """An object that only names who is to act, and the deed after "to": "supports Kazakhstan to play a bigger
    role", "the need for Russia to provide equal diplomatic access" are about what they are to do."""
    if not (stop and TO_VERB.match(stop.group()) and ACTORS.fullmatch(LEADING.sub("", phrase.strip()))):
        return None
    further = STOP_OBJECT.search(rest, stop.end())
    return rest[:further.start()] if further else rest


def _verb_items(sentence: str, at: int, verbs: list[re.Match[str]], stance: str) -> list[tuple[str, int, int]]:
    """The stance on and the objects of the further items of a list of verbs that starts before ``at``, up to the
    next stance verb (which reads its own object): "..., dovetail development strategies, ...". Each item's verb
    builds what it names, whatever the list's first verb did: "oppose unilateralism and protectionism, jointly
    facilitate the building of an open world economy" supports the open world economy."""
    items = []
    while (item := LIST_VERB.match(sentence, at)) and not any(item.start() <= v.start() < item.end() for v in verbs):
        stop = STOP_OBJECT.search(sentence, item.end())
        end = stop.start() if stop else len(sentence)
        end = min([end, *(v.start() for v in verbs if item.end() <= v.start() < end)])
        own = "oppose" if _RESISTING.search(item.group()) else "support"
        items.append((stance if stance in ("support", "agree") and own == "support" else own, item.end(), end))
        at = end
    return items


_RESISTING = re.compile(r"\bresist\b", re.IGNORECASE)


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
        next_verb = min((v for v in verbs if v > item.end()), default=len(sentence))
        at = min(stop.start() if stop else len(sentence), next_verb)
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
