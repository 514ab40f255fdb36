"""Shared fixtures: the project's copy of the development corpus, and a CLI runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import main

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
