"""Push speed: real readout graphs into a real Oxigraph server on 127.0.0.1, pushed twice.

    python benchmarks/bench_push.py [--readouts 20000] [--protocol oxigraph-bulk gsp update] [--server virtuoso]

The corpus is the development corpus repeated with new ids (about 480 triples per readout graph),
built once without SHACL. Each protocol pushes into a fresh server (Oxigraph, or Virtuoso with
digest auth) three times: first, again with --query-endpoint (the graphs the server holds
unchanged are skipped), and again with --force (every graph replaced). Each must leave the same number of quads (idempotence). Goal (issue 6): at
least 50,000 triples/s over HTTP. The figure is the CLI's own (the time spent sending); the
wall-clock time, with reading the file, is printed beside it. The server shares the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import Request, urlopen

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _corpus import write_corpus  # noqa: E402

from tests.servers import OxigraphServer, VirtuosoServer  # noqa: E402

BIN = Path(sys.executable).parent


def _count(query_url: str) -> int:
    """Quads in this project's graphs (Virtuoso also holds graphs of its own)."""
    query = urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/bilateral-kg/id/graph/')) }"})
    with urlopen(Request(f"{query_url}?{query}", headers={"Accept": "text/csv"}), timeout=600) as response:
        return int(response.read().decode().split()[1])


def _server(kind: str, folder: Path) -> tuple[OxigraphServer | VirtuosoServer, dict[str, str]]:
    """A started server and, per protocol, where to push; the query URL under "query"."""
    if kind == "oxigraph":
        oxigraph = OxigraphServer(folder).start()
        return oxigraph, {"gsp": oxigraph.store_url, "oxigraph-bulk": oxigraph.store_url,
                          "update": oxigraph.update_url, "query": oxigraph.query_url}
    virtuoso = VirtuosoServer(folder, result_set_max_rows=10_000_000).start()  # one row per graph to compare
    return virtuoso, {"gsp": virtuoso.gsp_url, "update": virtuoso.sparql_auth_url, "query": virtuoso.sparql_url}


def _push(graph: Path, endpoint: str, protocol: str, *extra: str) -> tuple[float, str]:
    start = time.perf_counter()
    environment = {**os.environ, "BILATERAL_KG_USER": "dba", "BILATERAL_KG_PASSWORD": "dba"}  # Virtuoso's
    done = subprocess.run([str(BIN / "bilateral-kg"), "push", "--data", str(graph), "--endpoint", endpoint,
                           "--protocol", protocol, *extra], capture_output=True, text=True, env=environment)
    if done.returncode != 0:
        raise SystemExit(f"push failed: {done.stderr.strip()}")
    return time.perf_counter() - start, done.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readouts", type=int, default=20_000)
    parser.add_argument("--protocol", nargs="+", default=["oxigraph-bulk", "gsp"],
                        choices=["oxigraph-bulk", "gsp", "update"])
    parser.add_argument("--server", choices=["oxigraph", "virtuoso"], default="oxigraph")
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
            server, urls = _server(args.server, folder / f"db-{protocol}")
            try:
                for attempt, extra in (("first push", ()), ("again", ("--query-endpoint", urls["query"])),
                                       ("again, --force", ("--force",))):
                    wall, summary = _push(graph, urls[protocol], protocol, *extra)
                    rate = re.search(r"\(([\d,]+) triples/s", summary)
                    skipped = re.search(r"(\d+) unchanged, skipped", summary)
                    print(f"{args.server} {protocol:14} {attempt:15} {rate.group(1) if rate else '?':>8} triples/s "
                          f"sending, {wall:5.1f} s wall, {skipped.group(1) if skipped else 0} graphs skipped as "
                          f"unchanged; server holds {_count(urls['query']):,} quads")
            finally:
                server.stop()
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory of the largest child process: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
