"""Shared fixtures: the project's copy of the development corpus, a CLI runner, and the corpus
built once per session as a file, an embedded store and a real Oxigraph server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import main
from tests.servers import OxigraphServer

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "data" / "corpus"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The development corpus as copied into the repository (readouts NNN.txt, gold NNN.json)."""
    return CORPUS


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run the bilateral-kg command in a fresh working folder; stdout and stderr kept apart."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str | Path) -> Result:
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture(scope="session")
def corpus_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The development corpus built once into an N-Quads file (the --data backend reads it)."""
    import kg

    path = tmp_path_factory.mktemp("corpus") / "corpus.nq"
    kg.build([CORPUS], output=path)
    return path


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The development corpus built once into an embedded store, as 'bilateral-kg build' makes it."""
    import kg

    folder = tmp_path_factory.mktemp("corpus-store") / "store"
    kg.build([CORPUS], store=folder)
    return folder


def _serve(data: Path, folder: Path, *options: str) -> Iterator[str]:
    """Load ``data`` offline into ``folder``, serve it on a free port, yield the query URL, stop it."""
    server = OxigraphServer(folder, *options)
    server.load(data)
    with server:
        yield server.query_url


@pytest.fixture(scope="session")
def oxigraph_endpoint(corpus_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real 'oxigraph serve' holding the corpus, started without --union-default-graph: its default
    graph is empty, so the queries must find the readout graphs by themselves."""
    yield from _serve(corpus_graph, tmp_path_factory.mktemp("oxigraph") / "db")


@pytest.fixture(scope="session")
def oxigraph_union_endpoint(corpus_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same with --union-default-graph, where a triple comes back once per graph that holds it."""
    yield from _serve(corpus_graph, tmp_path_factory.mktemp("oxigraph-union") / "db", "--union-default-graph")
