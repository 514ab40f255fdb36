"""`bilateral-kg eval` agrees with the corpus's reference scorer (tests/data/corpus/score.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

Cli = Callable[..., Result]


def test_eval_agrees_with_the_reference_scorer(cli: Cli, corpus: Path) -> None:
    predictions = cli("extract", *sorted(corpus.glob("*.txt")))
    Path("pred.jsonl").write_text(predictions.stdout, encoding="utf-8")
    ours = cli("eval", corpus, "pred.jsonl", "--json")
    reference = subprocess.run(
        [sys.executable, str(corpus / "score.py"), str(corpus), "pred.jsonl", "--json"],
        capture_output=True, text=True, check=True,
    )
    assert json.loads(ours.stdout) == json.loads(reference.stdout)


def test_eval_can_extract_the_readouts_itself(cli: Cli, corpus: Path) -> None:
    from_file = cli("extract", corpus / "000.txt", corpus / "009.txt")
    Path("pred.jsonl").write_text(from_file.stdout, encoding="utf-8")
    assert cli("eval", corpus, "pred.jsonl").stdout == cli("eval", corpus, corpus / "000.txt", corpus / "009.txt").stdout


def test_eval_fails_below_a_floor(cli: Cli, corpus: Path) -> None:
    result = cli("eval", corpus, corpus / "000.txt", "--min", "participants=1.01")
    assert result.exit_code == 1
    assert "below floor: participants=1.01" in result.stderr


def test_a_malformed_floor_is_a_usage_error(cli: Cli, corpus: Path) -> None:
    result = cli("eval", corpus, corpus / "000.txt", "--min", "participants")
    assert result.exit_code == 2
