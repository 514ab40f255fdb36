"""The examples folder: the quickstart runs and says what a reader looks for; the readouts are the corpus's."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
CORPUS = REPO / "tests" / "data" / "corpus"
READOUTS = sorted(EXAMPLES.glob("*.txt"))

RUSSIA_SENTENCE = (
    "Russia will work with other emerging market economies to oppose unilateralism and protectionism, "
    "and safeguard world peace and stability."
)


def test_quickstart_runs_and_shows_the_facts(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for fact in ("2018-06-03", "Sergei Lavrov", "Wang Yi", "unilateralism", RUSSIA_SENTENCE):
        assert fact in out, f"{fact!r} missing from the quickstart's output:\n{out}"
    # once from the extraction (a), once from the SPARQL query over the built graph (c)
    assert out.count(RUSSIA_SENTENCE) == 2, out
    assert list(tmp_path.iterdir()) == [], "the quickstart must write only to a temporary folder"


def _readme_sections() -> dict[str, str]:
    """'### NNN.txt' heading -> the text under it, from examples/README.md."""
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    parts = re.split(r"^### +(\S+)[^\n]*\n", readme, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_examples_hold_readouts() -> None:
    assert [p.name for p in READOUTS] == ["000.txt", "002.txt", "017.txt", "024.txt", "026.txt", "061.txt"]


@pytest.mark.parametrize("readout", READOUTS, ids=lambda p: p.name)
def test_readout_is_listed_with_its_source(readout: Path) -> None:
    sections = _readme_sections()
    assert readout.name in sections, f"examples/README.md has no '### {readout.name}' section"
    source = re.search(r"^- Source: *(\S.*)$", sections[readout.name], flags=re.MULTILINE)
    assert source, f"examples/README.md gives no '- Source:' line for {readout.name}"
    assert source.group(1).startswith(("http://", "https://")) or readout.name == "000.txt"


@pytest.mark.parametrize("readout", READOUTS, ids=lambda p: p.name)
def test_readout_is_the_corpus_copy(readout: Path) -> None:
    copy = CORPUS / readout.name
    assert copy.is_file(), f"{readout.name} is not in tests/data/corpus/"
    assert readout.read_bytes() == copy.read_bytes(), f"examples/{readout.name} differs from the corpus copy"
