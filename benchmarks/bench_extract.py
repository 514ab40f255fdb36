"""Extraction speed: readouts per second on one core, and on every core with worker processes.

    python benchmarks/bench_extract.py [--readouts 2000]

Goal (issue 3): at least 300 readouts/s on one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import write_corpus  # noqa: E402

from kg.api import read  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.model import Readout  # noqa: E402


def _extract_all(readouts: list[Readout]) -> int:
    for readout in readouts:
        extract(readout)
    return len(readouts)


# Inputs that made early patterns quadratic: each must stay about linear (seconds, not hours, for 1 MB).
WORST_CASES = {
    "capitalised words": "Alpha Beta Gamma Delta " * 45_000,
    "one endless hyphenated name": "Ki-moon-" * 125_000,
    "a comma-separated chain of titles": "Foreign Minister, " * 55_000,
    "titles without names": "President Prime Minister Foreign Minister " * 24_000,
}


def _worst_cases() -> None:
    for name, text in WORST_CASES.items():
        text = text[:1_000_000]
        start = time.perf_counter()
        extract(Readout(id="worst", text=text, source=name))
        print(f"  worst case, {name} ({len(text):,} chars): {time.perf_counter() - start:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readouts", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        readouts = list(read([write_corpus(Path(tmp) / "corpus.jsonl", args.readouts)]))
    extract(readouts[0])  # load the gazetteers outside the timing
    start = time.perf_counter()
    _extract_all(readouts)
    one = len(readouts) / (time.perf_counter() - start)
    cores = os.cpu_count() or 1
    halves = [readouts[i::cores] for i in range(cores)]
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=cores) as pool:
        done = sum(pool.map(_extract_all, halves))
    every = done / (time.perf_counter() - start)
    print(f"extract: {one:,.0f} readouts/s on one core; {every:,.0f} readouts/s on {cores} cores "
          f"({len(readouts)} readouts)")
    _worst_cases()


if __name__ == "__main__":
    main()
