"""Extraction quality on the development corpus, scored as the corpus's reference scorer scores it.

The floors sit a little under what the extractor reaches today, so quality never slides back
unnoticed; raise them when it improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.api import extract_paths
from kg.evaluate import FieldScore, load_gold, score


def _scores(corpus: Path, ids: list[str] | None = None) -> dict[str, FieldScore]:
    gold = load_gold(corpus)
    if ids is not None:
        gold = {rid: g for rid, g in gold.items() if rid in ids}
    paths = [corpus / f"{rid}.txt" for rid in gold]
    predictions = {f["id"]: f for f in (e.to_facts() for e in extract_paths(paths))}
    return score(gold, predictions)


@pytest.fixture(scope="module")
def seed_scores(corpus: Path) -> dict[str, FieldScore]:
    return _scores(corpus, ["000"])


@pytest.fixture(scope="module")
def corpus_scores(corpus: Path) -> dict[str, FieldScore]:
    return _scores(corpus)


@pytest.mark.parametrize("field", [
    "event.kind", "event.date", "event.sidelines_of", "participants", "participants.state",
    "other_officials", "other_officials.state", "states", "organizations",
])
def test_the_seed_is_extracted_exactly(seed_scores: dict[str, FieldScore], field: str) -> None:
    assert seed_scores[field].f1 == 1.0, seed_scores[field].as_dict()


@pytest.mark.parametrize(("field", "floor"), [("mentioned_events", 0.75), ("positions", 0.5)])
def test_the_seed_events_and_positions(seed_scores: dict[str, FieldScore], field: str, floor: float) -> None:
    assert seed_scores[field].f1 >= floor, seed_scores[field].as_dict()


FLOORS = {
    "event.kind": 0.95, "event.date": 0.90, "event.location": 0.95, "event.sidelines_of": 0.95,
    "participants": 0.95, "participants.state": 0.95, "other_officials": 0.85, "officials.any": 0.95,
    "states": 0.95, "organizations": 0.95, "mentioned_events": 0.93, "positions": 0.65,
    "positions.topic_only": 0.72, "mentioned_events.start": 0.70,
}


@pytest.mark.parametrize(("field", "floor"), sorted(FLOORS.items()))
def test_corpus_quality_does_not_slide_back(corpus_scores: dict[str, FieldScore], field: str, floor: float) -> None:
    assert corpus_scores[field].f1 >= floor, corpus_scores[field].as_dict()
