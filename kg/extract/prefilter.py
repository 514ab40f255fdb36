"""Words a pattern cannot match without: a cheap test before an expensive search.

Python's regular expressions try a long alternation at every word of a sentence, and most
sentences hold none of its words. Like RE2's prefilter, `required_words` reads the pattern's
syntax tree for literal strings of which every match must contain at least one; a sentence
that contains none of them is skipped without a search. The words are derived from the
pattern itself, so they cannot drift from it, and skipping changes no result.
"""
from __future__ import annotations

import re

try:  # the syntax tree behind re.compile (a private module, so a Python without it gets no prefilter)
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # pragma: no cover
    sre = sre_parse = None  # type: ignore[assignment]

_MOST_STRINGS = 32  # beyond this, a set of exact strings is no longer worth tracking
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) if sre else ()
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT) if sre else ()
# Characters that re.IGNORECASE takes for an ASCII letter but str.lower() does not turn into it.
_CASE_FOLDS = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "K": "k"})

Strings = frozenset[str]


def _most_selective(options: list[Strings]) -> Strings | None:
    """Of several sets that must each be met, the one with the longest shortest word."""
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _sequence(items) -> tuple[set[str] | None, Strings | None]:
    """(every string the sequence can match, if few; a set of words one of which every match contains)."""
    options: list[Strings] = []
    run: set[str] = {""}  # the exact strings of the latest run of exact items
    whole = True

    def close(strings: set[str]) -> None:
        if strings and all(strings):
            options.append(frozenset(strings))

    for op, av in items:
        exact, required = _node(op, av)
        if required:
            options.append(required)
        if exact is not None and len(run) * len(exact) <= _MOST_STRINGS:
            run = {a + b for a in run for b in exact}
            continue
        whole = False
        close(run)
        run = set(exact) if exact is not None and len(exact) <= _MOST_STRINGS else {""}
    close(run)
    return (run if whole else None), _most_selective(options)


def _branch(alternatives) -> tuple[set[str] | None, Strings | None]:
    exacts, required = [], []
    for alternative in alternatives:
        exact, words = _sequence(alternative.data)
        exacts.append(exact)
        required.append(words or (frozenset(exact) if exact and all(exact) else None))
    union = None if any(e is None for e in exacts) else set().union(*exacts)
    words = None if any(r is None for r in required) else frozenset().union(*required)
    return (union if union is not None and len(union) <= _MOST_STRINGS else None), words


def _node(op, av) -> tuple[set[str] | None, Strings | None]:
    if op is sre.LITERAL:
        return {chr(av).lower()}, None
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av) and len(av) <= 4:
        return {chr(code).lower() for _, code in av}, None
    if op in _ZERO_WIDTH:
        return {""}, None  # what a lookaround asserts is not part of the match
    if op is sre.SUBPATTERN:
        return _sequence(av[-1].data)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is sre.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        least, most, body = av
        exact, words = _sequence(body.data)
        if least == 0:
            return (exact | {""} if most == 1 and exact is not None else None), None
        if least == most == 1:
            return exact, words
        return None, words or (frozenset(exact) if exact and all(exact) else None)
    return None, None  # any character, a category, a group's reference: nothing known


def required_words(pattern: re.Pattern[str], shortest: int = 3) -> tuple[str, ...] | None:
    """Lower-case strings of which every match of pattern contains one, or None if there is no
    such set of words at least `shortest` characters long (then every sentence is searched)."""
    if sre_parse is None:  # pragma: no cover
        return None
    exact, words = _sequence(sre_parse.parse(pattern.pattern, pattern.flags).data)
    if words is None and exact and all(exact):
        words = frozenset(exact)
    if not words or min(map(len, words)) < shortest:
        return None
    kept = [w for w in words if not any(other != w and other in w for other in words)]
    return tuple(sorted(kept))


def folded(text: str) -> str:
    """text as the required words are compared with it: lower case, as re.IGNORECASE sees letters."""
    return text.translate(_CASE_FOLDS).lower()


def may_match(words: tuple[str, ...] | None, folded_text: str) -> bool:
    """False only where the pattern whose required words these are cannot match."""
    return words is None or any(word in folded_text for word in words)
