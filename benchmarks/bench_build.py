"""Build speed and memory: the corpus repeated to N readouts, built with 1 and with every worker.

    python benchmarks/bench_build.py [--readouts 10000] [--jobs 1 2] [--format nq] [--no-validate]

Goal (issue 3): 10,000 readouts in under 2 minutes on this 2-core machine, peak memory under 2 GB
(the largest process: the main one or a worker). Figures are wall-clock seconds of one run; the
machine is shared, so compare runs made together.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import write_corpus  # noqa: E402


def _run(corpus: Path, out: Path, jobs: int, validate: bool) -> tuple[float, float, str]:
    command = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "--jobs", str(jobs)]
    if not validate:
        command.append("--no-validate")
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak_mb, done.stderr.splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readouts", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--format", default="nq", choices=["nq", "trig", "jsonld"])
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", args.readouts)
        for jobs in args.jobs:
            seconds, peak, summary = _run(corpus, Path(tmp) / f"graph-{jobs}.{args.format}", jobs, not args.no_validate)
            print(f"build {args.readouts} readouts, {jobs} job(s): {seconds:.1f} s, "
                  f"{args.readouts / seconds:,.0f} readouts/s, peak {peak:,.0f} MB (largest process so far)")
            print(f"  {summary}")


if __name__ == "__main__":
    main()
