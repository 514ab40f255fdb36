"""The cheap test before an expensive search: the words a pattern cannot match without."""
from __future__ import annotations

import re

import pytest

from kg.extract.event_patterns import KINDS, LOWER_MEETING, NAMED_EVENT
from kg.extract.prefilter import folded, may_match, required_words
from kg.extract.sentences import split_sentences
from kg.extract.stance_patterns import CLAUSE_STANCE, STANCE

from conftest import CORPUS


def test_every_match_contains_one_of_the_required_words() -> None:
    pattern = re.compile(r"\b(?:the\s+)?(?:G20|BRICS|SCO)\s+Summit\b")
    assert required_words(pattern) == ("summit",)


def test_a_branch_requires_one_word_of_each_of_its_alternatives() -> None:
    pattern = re.compile(r"\b(?:held\s+talks|spoke\s+by\s+phone|exchanged\s+views)\b")
    assert required_words(pattern) == ("exchanged", "spoke", "talks")


def test_a_pattern_that_can_match_without_a_word_requires_none() -> None:
    assert required_words(re.compile(r"\b(?:Summit|\d{4})\b")) is None
    assert required_words(re.compile(r"(?:talks)?\s*")) is None
    assert required_words(LOWER_MEETING) is None  # "the first meeting" and "the talks" share no word


def test_a_letter_that_ignoring_case_takes_for_another_is_not_skipped() -> None:
    pattern = re.compile(r"\bsupports?\b", re.I)
    text = "Both sides ſupport the initiative."  # a long s, which re.IGNORECASE reads as "s"
    assert pattern.search(text)
    assert may_match(required_words(pattern), folded(text))


_SENTENCES = [s.text for path in sorted(CORPUS.glob("*.txt")) for s in split_sentences(path.read_text("utf-8"))]


@pytest.mark.parametrize("pattern", [NAMED_EVENT, KINDS, STANCE, CLAUSE_STANCE],
                         ids=["NAMED_EVENT", "KINDS", "STANCE", "CLAUSE_STANCE"])
def test_no_sentence_of_the_corpus_that_the_prefilter_skips_holds_a_match(pattern: re.Pattern[str]) -> None:
    words = required_words(pattern)
    skipped = [s for s in _SENTENCES if not may_match(words, folded(s))]
    assert [s for s in skipped if pattern.search(s)] == []
    assert skipped, "a prefilter that skips nothing saves nothing"
