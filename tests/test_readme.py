"""The README tells the truth: its set-up commands are CI's, and its sample sessions run as shown."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
Cli = Callable[..., Result]


def _sh_blocks() -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL)]


def _console_sessions() -> list[tuple[list[str], list[str]]]:
    """(command words, expected output lines) for each `$ bilateral-kg build|validate` in the README."""
    sessions = []
    for block in re.findall(r"```console\n(.*?)```", README, re.DOTALL):
        for part in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, *output = part.strip("\n").split("\n")
            words = command.split()
            if words[:2] in (["bilateral-kg", "build"], ["bilateral-kg", "validate"]) and "inbox/" not in words:
                sessions.append((words[1:], output))
    return sessions


def test_the_test_command_is_what_ci_runs() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert _sh_blocks()[1] == ci


def test_the_install_command_builds_the_examples() -> None:
    assert _sh_blocks()[0].endswith("&& .venv/bin/bilateral-kg build examples/ -o graph.trig")


def test_the_sample_sessions_print_what_the_readme_shows(cli: Cli, tmp_path: Path) -> None:
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    sessions = _console_sessions()
    assert len(sessions) >= 4
    for words, expected in sessions:
        result = cli(*words)
        assert result.exit_code == 0, (words, result.stderr)
        shown = (result.stdout + result.stderr).splitlines()
        for line in expected:
            if "s)." in line and line.startswith("OWL"):  # the reasoner's time varies
                line = line.split(" (")[0]
            assert any(out.startswith(line) for out in shown), (words, line, shown)


@pytest.mark.parametrize("command", ["extract", "build", "validate", "eval"])
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"bilateral-kg {command}" in README
