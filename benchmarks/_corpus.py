"""A corpus of any size for benchmarks: the development corpus repeated, each copy with new ids."""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"


def write_corpus(path: Path, size: int) -> Path:
    """A .jsonl of ``size`` readouts (ids r00000, r00001, ...), cycling through the corpus texts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for i in range(size):
            out.write(json.dumps({"id": f"r{i:06d}", "text": texts[i % len(texts)]}) + "\n")
    return path
