"""Regenerate the golden graph tests/data/graph-000.trig from the seed readout.

    python tests/data/make_graph_000.py

Run from anywhere after a change to kg/rdf.py or the gazetteers, then review the diff: it is the
change every user's graph will see.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.vocab import PREFIXES

REPO = Path(__file__).resolve().parent.parent.parent
BASE = "https://w3id.org/bilateral-kg/id/"
HEADER = """\
# Golden example: the graph of readout 000 (Wang Yi meets Sergei Lavrov, 2018-06-03) as
# `bilateral-kg build examples/000.txt -o graph.trig` writes it (run from the repository root),
# cut down to a small self-contained file: graph/000 is whole; of graph/reference only the nodes
# graph/000 refers to are kept (the states CHN and RUS, the organizations the readout mentions,
# the shipped topics its positions use, the scheme <topics>), with their links among themselves
# (memberships of other organizations and broader topics outside this file are left out).
# Made by tests/data/make_graph_000.py; ontology/README.md describes it.
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seed.nq"
        previous = Path.cwd()
        try:
            import os

            os.chdir(REPO)
            kg.build([Path("examples/000.txt")], output=out)
        finally:
            os.chdir(previous)
        quads = list(ox.parse(path=str(out)))
    reference = ox.NamedNode(f"{BASE}graph/reference")
    readout = [q for q in quads if q.graph_name != reference]
    used = {q.object for q in readout if isinstance(q.object, ox.NamedNode)} | {ox.NamedNode(f"{BASE}topics")}
    kept = [q for q in quads if q.graph_name == reference and q.subject in used
            and (not isinstance(q.object, ox.NamedNode) or not q.object.value.startswith(BASE) or q.object in used)]
    prefixes = {k: v for k, v in PREFIXES.items() if k not in {"owl", "cameo", "plover", "dcterms"}}
    body = ox.serialize(kept + readout, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    (Path(__file__).parent / "graph-000.trig").write_bytes(HEADER.encode() + body)


if __name__ == "__main__":
    main()
