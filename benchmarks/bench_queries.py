"""Query speed at scale: every library query (and the views' queries) on the embedded store.

    python benchmarks/bench_queries.py [--readouts 2200] [--only meetings-between dyad-counts]

The corpus is the development corpus repeated with new ids, built once (without SHACL) into an
embedded store; each query then runs once with its example parameters (the same cases the tests
compare across backends) and its seconds are printed, slowest first. Goal: every query under
about a second at 660,000 quads (2,200 readouts), so that a question asked in a notebook answers
at once.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))
from _corpus import write_corpus  # noqa: E402

from tests.test_queries_backends import CASES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readouts", type=int, default=2_200)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="Time only these queries.")
    args = parser.parse_args()
    import kg
    from kg.library import library

    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", args.readouts)
        subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "--no-validate"],
                       capture_output=True, check=True)
        named = {name for name, _ in CASES}
        cases = list(CASES) + [(name, {}) for name in library() if name.startswith("view-") and name not in named]
        cases = [(name, params) for name, params in cases if not args.only or name in args.only]
        timings = []
        for name, params in cases:
            start = time.perf_counter()
            rows = len(kg.query(name, store=store, params=params))
            timings.append((time.perf_counter() - start, name, params, rows))
    print(f"{args.readouts} readouts in the embedded store")
    for seconds, name, params, rows in sorted(timings, reverse=True):
        given = " ".join(f"{k}={v}" for k, v in params.items())
        print(f"{seconds:7.3f} s  {name} {given} ({rows} rows)")
    print(f"{sum(t for t, *_ in timings):7.3f} s  all {len(timings)} queries")


if __name__ == "__main__":
    main()
