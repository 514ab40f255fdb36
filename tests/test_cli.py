"""The command line as a user meets it: outputs, messages and exit codes that scripts can trust."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import Result

from kg.cli import main

Cli = Callable[..., Result]
HTML_WITH_SCRIPT = """<!doctype html><html><head><title>Wang Yi Meets Lavrov - MFA</title>
<script>document.write('Sergei Lavrov was here'); alert(1)</script></head>
<body><nav>Home | News</nav><article><h1>Wang Yi Meets with Foreign Minister Sergei Lavrov of Russia</h1>
<p>On June 3, 2018 local time, State Councilor and Foreign Minister Wang Yi met with Foreign Minister
Sergei Lavrov of Russia.</p><script>var x = "<b>not text</b>";</script></article></body></html>"""


@pytest.fixture
def mixed_folder(tmp_path: Path, corpus: Path) -> Path:
    """Three good readouts and one of each kind of bad input."""
    folder = tmp_path / "in"
    folder.mkdir()
    for rid in ("000", "009", "041"):
        shutil.copy(corpus / f"{rid}.txt", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin1.txt").write_bytes("Café diplomacy in Genève".encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"Wang Yi met Lavrov. " * 262_144)  # 5 MiB
    (folder / "page.html").write_text(HTML_WITH_SCRIPT, encoding="utf-8")
    return folder


def test_extract_prints_one_json_object_per_readout_with_its_source(cli: Cli, corpus: Path) -> None:
    result = cli("extract", corpus / "000.txt", corpus / "009.txt")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["id"], f["source"]) for f in lines] == [("000", str(corpus / "000.txt")), ("009", str(corpus / "009.txt"))]
    assert set(lines[0]) >= {"title", "readout_date", "event", "participants", "other_officials", "states",
                             "organizations", "mentioned_events", "positions"}


def test_extract_json_is_one_array(cli: Cli, corpus: Path) -> None:
    result = cli("extract", corpus / "000.txt", "--format", "json")
    assert [f["id"] for f in json.loads(result.stdout)] == ["000"]


def test_build_reports_each_bad_input_on_one_line_and_builds_the_rest(cli: Cli, mixed_folder: Path) -> None:
    result = cli("build", mixed_folder, "-o", "out.trig")
    assert result.exit_code == 3
    skipped = [line for line in result.stderr.splitlines() if line.startswith("Skipped: ")]
    assert sorted(skipped) == sorted([
        f"Skipped: {mixed_folder / 'binary.txt'}: binary file, not a readout",
        f"Skipped: {mixed_folder / 'empty.txt'}: empty file",
        f"Skipped: {mixed_folder / 'huge.txt'}: too large for a readout (5.0 MB > 1 MB limit); put one readout in each file",
        f"Skipped: {mixed_folder / 'latin1.txt'}: not valid UTF-8 (byte 0xe9 at offset 3); re-save it as UTF-8, "
        "e.g. iconv -f latin1 -t utf-8",
    ])
    assert "Traceback" not in result.stderr
    graphs = {q.graph_name.value.rsplit("/", 1)[1] for q in ox.parse(path="out.trig")}
    assert graphs == {"000", "009", "041", "page", "reference"}


def test_script_text_of_an_html_page_never_reaches_the_graph(cli: Cli, mixed_folder: Path) -> None:
    cli("build", mixed_folder / "page.html", "-o", "page.nq")
    text = Path("page.nq").read_text(encoding="utf-8")
    assert "Wang Yi" in text
    assert "alert(1)" not in text and "was here" not in text and "not text" not in text


def test_no_output_is_touched_when_nothing_could_be_read(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    Path("out.trig").write_text("precious", encoding="utf-8")
    result = cli("build", tmp_path / "empty.txt", "-o", "out.trig")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == f"Error: {tmp_path / 'empty.txt'}: no readout could be read"
    assert Path("out.trig").read_text(encoding="utf-8") == "precious"


def test_a_mistyped_folder_creates_no_store(cli: Cli) -> None:
    result = cli("build", "nowhere/")
    assert result.exit_code == 1
    assert not Path("bilateral-kg-store").exists()


def test_extract_leaves_its_output_alone_when_nothing_could_be_read(cli: Cli) -> None:
    Path("keep.jsonl").write_text("precious", encoding="utf-8")
    result = cli("extract", "nowhere/", "-o", "keep.jsonl")
    assert result.exit_code == 1
    assert Path("keep.jsonl").read_text(encoding="utf-8") == "precious"


def test_an_output_folder_that_does_not_exist_is_a_clear_error(cli: Cli, corpus: Path) -> None:
    for command in (["build", corpus / "000.txt", "-o", "missing/g.trig"],
                    ["extract", corpus / "000.txt", "-o", "missing/facts.jsonl"]):
        result = cli(*command)
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: cannot write missing/")
        assert "Traceback" not in result.stderr


def test_a_folder_that_is_not_a_store_is_refused(cli: Cli) -> None:
    Path("notes").mkdir()
    Path("notes/readme.txt").write_text("x", encoding="utf-8")
    result = cli("validate", "--store", "notes")
    assert result.exit_code == 1
    assert result.stderr == "Error: notes is a folder but not a bilateral-kg store: choose an empty or new folder\n"
    assert sorted(p.name for p in Path("notes").iterdir()) == ["readme.txt"]


def test_a_base_that_is_not_an_absolute_iri_is_a_usage_error(cli: Cli, corpus: Path) -> None:
    for base in ("my base", "http://ex.org/kg"):
        result = cli("build", corpus / "000.txt", "-o", "g.trig", "--base", base)
        assert result.exit_code == 2
        assert "--base" in result.stderr


def test_an_unknown_output_extension_is_a_clear_error(cli: Cli, corpus: Path) -> None:
    result = cli("build", corpus / "000.txt", "-o", "graph.rdf4")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot tell the RDF format of graph.rdf4: use one of the extensions")
    assert not Path("graph.rdf4").exists()


def test_a_missing_input_path_is_named(cli: Cli) -> None:
    result = cli("build", "nowhere/", "-o", "g.trig")
    assert result.exit_code == 1
    assert "nowhere" in result.stderr and "Traceback" not in result.stderr


def test_build_into_the_default_store_then_validate_it(cli: Cli, corpus: Path) -> None:
    built = cli("build", corpus / "000.txt", corpus / "041.txt")
    assert built.exit_code == 0
    assert built.stderr.splitlines()[0].startswith("Built bilateral-kg-store: 2 readouts, ")
    checked = cli("validate")
    assert checked.exit_code == 0
    assert checked.stdout == "SHACL: conforms.\n"


def test_validate_names_the_readout_and_the_fact_that_break_the_shapes(cli: Cli, corpus: Path) -> None:
    cli("build", corpus / "000.txt", "-o", "good.nq")
    broken = Path("good.nq").read_text(encoding="utf-8").replace(
        "<https://w3id.org/bilateral-kg/ontology#Oppose>", "\"against\"", 1)
    Path("broken.nq").write_text(broken, encoding="utf-8")
    result = cli("validate", "--data", "broken.nq")
    assert result.exit_code == 1
    [line] = [line for line in result.stdout.splitlines() if line.startswith("Violation: ")]
    assert line.startswith("Violation: readout <https://w3id.org/bilateral-kg/id/graph/000>: "
                           "<https://w3id.org/bilateral-kg/id/position/000-")
    assert "bkg:stance" in line and '"against"' in line


def test_validate_without_a_store_says_how_to_make_one(cli: Cli) -> None:
    result = cli("validate")
    assert result.exit_code == 1
    assert result.stderr == ("Error: no store at bilateral-kg-store: run 'bilateral-kg build PATH --store "
                             "bilateral-kg-store' first\n")


def test_a_broken_rdf_file_is_a_clear_error(cli: Cli) -> None:
    Path("bad.trig").write_text("<a> <b> .", encoding="utf-8")
    result = cli("validate", "--data", "bad.trig")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: bad.trig: not valid RDF:")


def test_reasoning_without_java_is_a_clear_error(cli: Cli, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("build", corpus / "000.txt", "-o", "g.trig")
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    result = cli("validate", "--data", "g.trig", "--reason")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Java was not found")
    assert "Traceback" not in result.stderr


def test_reasoning_finds_the_built_graph_consistent(cli: Cli, corpus: Path) -> None:
    cli("build", corpus / "000.txt", "-o", "g.trig")
    result = cli("validate", "--data", "g.trig", "--reason")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1].startswith("OWL (HermiT): consistent (")


@pytest.mark.parametrize("command", ["extract", "build", "validate", "eval"])
def test_every_command_explains_itself(cli: Cli, command: str) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout or command == "validate"
    assert "Exit codes: 0 " in result.stdout and "2 usage mistake" in result.stdout


def test_a_usage_mistake_exits_2(cli: Cli) -> None:
    result = cli("build")
    assert result.exit_code == 2


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.startswith("bilateral-kg, version ")


def test_main_is_the_console_script() -> None:
    assert main.name == "main"
