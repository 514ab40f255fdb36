"""Score extracted facts against hand-made gold annotations, field by field.

The rules are those of the development corpus's SCHEMA.md (and its reference scorer
``score.py``), so that figures agree: micro-averaged precision, recall and F1 per field; names
match ignoring case, accents and honorifics; topics and event names by content-word overlap;
organizations through common aliases. Researchers use it to measure the extractor on their own
annotated readouts. Standard library only.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError

__all__ = ["FieldScore", "load_gold", "load_predictions", "score"]

_HONORIFICS = frozenset("dr mr mrs ms h e he his her excellency prof sir dame sheikh".split())
_STOP = frozenset(
    "the a an of and on in to for with its their between two countries country side sides s as at by from this that which"
    .split()
)
_ORG_ALIASES = {
    "united nations": "UN", "u n": "UN", "un": "UN", "un security council": "UNSC",
    "united nations security council": "UNSC", "security council": "UNSC", "unsc": "UNSC",
    "shanghai cooperation organization": "SCO", "shanghai cooperation organisation": "SCO", "sco": "SCO",
    "brics": "BRICS", "group of 20": "G20", "group of twenty": "G20", "g 20": "G20", "g20": "G20",
    "group of seven": "G7", "g 7": "G7", "g7": "G7", "association of southeast asian nations": "ASEAN",
    "asean": "ASEAN", "european union": "EU", "eu": "EU", "north atlantic treaty organization": "NATO",
    "nato": "NATO", "asia pacific economic cooperation": "APEC", "apec": "APEC", "african union": "AU", "au": "AU",
    "world trade organization": "WTO", "wto": "WTO", "international atomic energy agency": "IAEA", "iaea": "IAEA",
    "world health organization": "WHO", "who": "WHO",
}


@dataclass
class FieldScore:
    """True positives, false positives and false negatives of one field, and the rates."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, hits: int, predicted: int, expected: int) -> None:
        self.tp += hits
        self.fp += predicted - hits
        self.fn += expected - hits

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (0.0 if self.fn else 1.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _plain(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def _name_words(name: str | None) -> tuple[str, ...]:
    return tuple(w for w in _plain(name).split() if w not in _HONORIFICS)


def same_person(a: str | None, b: str | None) -> bool:
    """Equal names, or one name's words (at least two) all within the other's."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    if set(wa) == set(wb):
        return True
    small, large = sorted((set(wa), set(wb)), key=len)
    return len(small) >= 2 and small <= large


def _org(org: str | None) -> str:
    key = _plain(org)
    return _ORG_ALIASES.get(key, key.upper().replace(" ", ""))


def _words(text: str | None) -> set[str]:
    return {w for w in _plain(text).split() if w not in _STOP}


def overlap(a: str | None, b: str | None) -> float:
    """Jaccard overlap of content words."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _holder(value: str | None) -> str:
    key = (value or "").strip().upper()
    return "BOTH" if key in {"BOTH", "JOINT"} else key


def _pairs(gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: each gold item, in order, takes the first free matching prediction."""
    taken: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        pi = next((i for i, p in enumerate(pred) if i not in taken and same(g, p)), None)
        if pi is not None:
            taken.add(pi)
            pairs.append((gi, pi))
    return pairs


def _named(people: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    return [p for p in people or [] if _name_words(p.get("name"))]


class _Scorer:
    def __init__(self) -> None:
        self.fields: dict[str, FieldScore] = {}

    def field(self, name: str) -> FieldScore:
        return self.fields.setdefault(name, FieldScore())

    def event(self, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        for name in ("kind", "date", "location", "sidelines_of"):
            g, p = gold.get(name), pred.get(name)
            if name == "sidelines_of":
                hit = bool(g and p and overlap(g, p) >= 0.5)
            elif name == "location":
                hit = bool(g and p and _plain(g) == _plain(p))
            else:
                hit = bool(g and p and g == p)
            self.field(f"event.{name}").add(int(hit), int(bool(p)), int(bool(g)))

    def people(self, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        for name in ("participants", "other_officials"):
            g, p = _named(gold.get(name)), _named(pred.get(name))
            pairs = _pairs(g, p, lambda a, b: same_person(a.get("name"), b.get("name")))
            self.field(name).add(len(pairs), len(p), len(g))
            states = sum(1 for gi, pi in pairs if (g[gi].get("state") or "").upper() == (p[pi].get("state") or "").upper())
            self.field(f"{name}.state").add(states, len(pairs), len(pairs))
        everyone_g = _named(gold.get("participants")) + _named(gold.get("other_officials"))
        everyone_p = _named(pred.get("participants")) + _named(pred.get("other_officials"))
        pairs = _pairs(everyone_g, everyone_p, lambda a, b: same_person(a.get("name"), b.get("name")))
        self.field("officials.any").add(len(pairs), len(everyone_p), len(everyone_g))

    def sets(self, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        for name, key in (("states", lambda s: (s or "").upper()), ("organizations", _org)):
            g = {key(x) for x in gold.get(name) or [] if key(x)}
            p = {key(x) for x in pred.get(name) or [] if key(x)}
            self.field(name).add(len(g & p), len(p), len(g))

    def mentioned(self, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        g, p = gold.get("mentioned_events") or [], pred.get("mentioned_events") or []
        pairs = _pairs(g, p, lambda a, b: overlap(a.get("name"), b.get("name")) >= 0.4)
        self.field("mentioned_events").add(len(pairs), len(p), len(g))
        dated = [(gi, pi) for gi, pi in pairs if g[gi].get("start")]
        hits = sum(1 for gi, pi in dated if g[gi]["start"] == p[pi].get("start"))
        self.field("mentioned_events.start").add(hits, len(dated), len(dated))

    def positions(self, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        g, p = gold.get("positions") or [], pred.get("positions") or []
        strict = _pairs(g, p, lambda a, b: _holder(a.get("holder")) == _holder(b.get("holder"))
                        and a.get("stance") == b.get("stance") and overlap(a.get("topic"), b.get("topic")) >= 0.34)
        self.field("positions").add(len(strict), len(p), len(g))
        loose = _pairs(g, p, lambda a, b: overlap(a.get("topic"), b.get("topic")) >= 0.34)
        self.field("positions.topic_only").add(len(loose), len(p), len(g))

    def readout(self, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        self.event(gold.get("event") or {}, pred.get("event") or {})
        self.people(gold, pred)
        self.sets(gold, pred)
        self.mentioned(gold, pred)
        self.positions(gold, pred)


def load_gold(folder: Path, *, genre: str | None = None) -> dict[str, dict[str, Any]]:
    """Gold annotations (NNN.json) by readout id."""
    if not folder.is_dir():
        raise InputError(str(folder), "no such folder of gold annotations")
    gold = {}
    for path in sorted(folder.glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(str(path), f"not a JSON gold annotation: {exc}") from exc
        if genre is None or record.get("genre") == genre:
            gold[str(record.get("id", path.stem))] = record
    return gold


def load_predictions(lines: Iterable[str], *, source: str) -> dict[str, dict[str, Any]]:
    """Predictions (JSON lines) by readout id: its "id", or the stem of its "source" path."""
    predictions = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}:{number}", f"not JSON: {exc}") from exc
        rid = record.get("id") or (Path(record["source"]).stem if record.get("source") else None)
        if not rid:
            raise InputError(f"{source}:{number}", "a prediction needs an 'id' or a 'source'")
        predictions[str(rid)] = record
    return predictions


def score(gold: dict[str, dict[str, Any]], predictions: dict[str, dict[str, Any]]) -> dict[str, FieldScore]:
    """Micro-averaged scores per field; a readout with gold but no prediction counts as empty."""
    scorer = _Scorer()
    for rid, record in gold.items():
        scorer.readout(record, predictions.get(rid, {}))
    return scorer.fields
