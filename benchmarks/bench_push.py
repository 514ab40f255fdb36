"""Push speed: real readout graphs into a real Oxigraph server on 127.0.0.1, pushed twice.

    python benchmarks/bench_push.py [--readouts 20000] [--protocol oxigraph-bulk gsp update]

The corpus is the development corpus repeated with new ids (about 480 triples per readout graph),
built once without SHACL. Each protocol pushes into a fresh server three times: first, again
(oxigraph-bulk finds the graphs the server holds unchanged through /query and skips them), and
again with --force (every graph replaced). Each must leave the same number of quads (idempotence). Goal (issue 6): at
least 50,000 triples/s over HTTP. The figure is the CLI's own (the time spent sending); the
wall-clock time, with reading the file, is printed beside it. The server shares the machine.
"""

from __future__ import annotations

import argparse
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import Request, urlopen

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import write_corpus  # noqa: E402

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _count(base: str) -> int:
    query = urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    with urlopen(Request(f"{base}/query?{query}", headers={"Accept": "text/csv"}), timeout=600) as response:
        return int(response.read().decode().split()[1])


def _serve(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    server = subprocess.Popen([str(BIN / "oxigraph"), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).close()
            return server, base
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the Oxigraph server did not start")


def _push(graph: Path, endpoint: str, protocol: str, *extra: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([str(BIN / "bilateral-kg"), "push", "--data", str(graph), "--endpoint", endpoint,
                           "--protocol", protocol, *extra], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readouts", type=int, default=20_000)
    parser.add_argument("--protocol", nargs="+", default=["oxigraph-bulk", "gsp"],
                        choices=["oxigraph-bulk", "gsp", "update"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = write_corpus(folder / "corpus.jsonl", args.readouts)
        graph = folder / "graph.nq"
        subprocess.run([str(BIN / "bilateral-kg"), "build", str(corpus), "-o", str(graph), "--no-validate"],
                       capture_output=True, check=True)
        quads = sum(1 for _ in graph.open("rb"))
        print(f"{args.readouts} readout graphs, {quads:,} quads ({graph.stat().st_size / 1e6:,.0f} MB of N-Quads)")
        for protocol in args.protocol:
            server, base = _serve(folder / f"db-{protocol}")
            endpoint = f"{base}/update" if protocol == "update" else f"{base}/store"
            try:
                for attempt, extra in (("first push", ()), ("again", ()), ("again, --force", ("--force",))):
                    wall, summary = _push(graph, endpoint, protocol, *extra)
                    rate = re.search(r"\(([\d,]+) triples/s", summary)
                    skipped = re.search(r"(\d+) unchanged, skipped", summary)
                    print(f"{protocol:14} {attempt:15} {rate.group(1) if rate else '?':>8} triples/s sending, "
                          f"{wall:5.1f} s wall, {skipped.group(1) if skipped else 0} graphs skipped as unchanged; "
                          f"server holds {_count(base):,} quads")
            finally:
                server.terminate()
                server.wait()
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory of the largest child process: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
