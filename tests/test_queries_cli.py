"""bilateral-kg queries, query and export as a user meets them: outputs, messages, exit codes, and
parameters that cannot change the query whatever they hold."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

import kg
from kg.api import load_dataset
from kg.library import library
from kg.stores import Backend, EndpointBackend, OxigraphBackend, RdflibBackend

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
Cli = Callable[..., Result]
HOSTILE = ['Wang Yi" } DROP ALL { "', "Wang Yi' } DROP ALL { '", 'x\\" } DROP ALL { #', "\\u0022 } DROP ALL { \\u0022",
           "a\n} DROP ALL {\n"]


@pytest.fixture(params=["data", "store", "endpoint"])
def source(request: pytest.FixtureRequest, corpus_graph: Path, corpus_store: Path) -> tuple[str, str]:
    """Each backend as its command-line option."""
    if request.param == "endpoint":
        return "--endpoint", request.getfixturevalue("oxigraph_endpoint")
    return f"--{request.param}", str(corpus_graph if request.param == "data" else corpus_store)


def _quads(source: tuple[str, str]) -> int:
    """How many quads the backend holds: what a DROP ALL that got through would have changed."""
    option, value = source
    backend: Backend = (EndpointBackend(value) if option == "--endpoint" else OxigraphBackend(Path(value))
                        if option == "--store" else RdflibBackend(load_dataset(data=Path(value))))
    return int(str(backend.select("SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }", {})[0]["quads"]))


def test_queries_lists_every_query_with_its_parameters(cli: Cli) -> None:
    result = cli("queries")
    assert result.exit_code == 0
    names = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert names == sorted(library())
    assert "    parameters: a (state), b (state), from (date, optional), to (date, optional)" in result.stdout


def test_queries_name_describes_one_query_with_an_example(cli: Cli) -> None:
    result = cli("queries", "dyad-counts")
    assert result.exit_code == 0
    assert result.stdout.startswith("dyad-counts: Interactions per pair of states per year\n")
    assert "  -p min (integer, default 1): only pairs with at least this many events in the year" in result.stdout
    assert result.stdout.endswith("Example:\n  bilateral-kg query dyad-counts -p year=2018\n")


def test_query_prints_a_table_and_counts_the_rows_on_stderr(cli: Cli, source: tuple[str, str]) -> None:
    result = cli("query", "meetings-between", "-p", "a=CHN", "-p", "b=Russia", *source)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["date", "kind", "label", "location"]
    assert lines[3].startswith("2018-06-03  bkg:Meeting    Meeting of Wang Yi and Sergey Lavrov")
    assert result.stderr == "(4 rows)\n"


def test_query_writes_the_w3c_csv_for_programs(cli: Cli, corpus_store: Path) -> None:
    result = cli("query", "counterparts", "-p", "state=CHN", "--store", corpus_store, "--format", "csv")
    assert result.stdout_bytes.split(b"\r\n")[:2] == [
        b"counterpart,name,events,first,last", b"https://w3id.org/bilateral-kg/id/state/RUS,Russia,4,2014-03-03,2023-01-09"]


def test_query_writes_an_output_file(cli: Cli, corpus_store: Path) -> None:
    result = cli("query", "announced-events", "--store", corpus_store, "--format", "json", "-o", "answer.json")
    assert result.exit_code == 0 and result.stdout == ""
    assert Path("answer.json").read_text(encoding="utf-8").startswith('{"head": {"vars": ["start", "end", "kind"')


@pytest.mark.parametrize("value", HOSTILE)
def test_a_parameter_holding_quotes_braces_or_drop_all_changes_nothing(cli: Cli, source: tuple[str, str],
                                                                       value: str) -> None:
    before = _quads(source)
    result = cli("query", "official-timeline", "-p", f"official={value}", *source)
    assert (result.exit_code, result.stdout.splitlines()[2:], result.stderr) == (0, [], "(0 rows)\n")
    assert _quads(source) == before


def test_a_parameter_with_a_quote_reaches_the_query_whole(cli: Cli, source: tuple[str, str]) -> None:
    result = cli("query", "positions", "-p", "state=RUS", "-p", "topic=China's view", *source, "--format", "tsv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith('"China\'s view on the current international situation"@en\t"agree"')


def test_an_iri_parameter_that_would_close_its_brackets_is_refused(cli: Cli, corpus_store: Path) -> None:
    result = cli("query", "provenance", "-p", "node=official/x> } DROP ALL { <y", "--store", corpus_store)
    assert result.exit_code == 2
    assert "Error: parameter 'node': 'official/x> } DROP ALL { <y' is not iri: an IRI cannot hold spaces" in result.stderr


def test_an_unknown_query_name_lists_the_known_ones(cli: Cli) -> None:
    result = cli("query", "meetings_between", "-p", "a=CHN")
    assert result.exit_code == 2
    assert ("Error: unknown query 'meetings_between'. Did you mean 'meetings-between'? Known: announced-events, "
            "counterparts, dyad-counts, events-table, meetings-between,") in result.stderr


def test_a_missing_parameter_lists_the_expected_ones(cli: Cli, corpus_store: Path) -> None:
    result = cli("query", "meetings-between", "-p", "a=CHN", "--store", corpus_store)
    assert result.exit_code == 2
    assert result.stderr.split("Error: ")[1].splitlines() == [
        ("meetings-between needs the parameter 'b' (an ISO 3166 alpha-3 code or a state's name, e.g. CHN or China). "
         "Its parameters:"),
        "  a (state): one state: an ISO 3166 alpha-3 code or a name (CHN, China)",
        "  b (state): the other state",
        "  from (date, optional): only events on or after this day (undated events are left out)",
        "  to (date, optional): only events on or before this day (undated events are left out)",
    ]


def test_an_unknown_parameter_lists_the_expected_ones_with_defaults(cli: Cli, corpus_store: Path) -> None:
    result = cli("query", "dyad-counts", "-p", "minimum=2", "--store", corpus_store)
    assert result.exit_code == 2
    assert "Error: dyad-counts has no parameter 'minimum'. Its parameters:" in result.stderr
    assert "  min (integer, default 1): only pairs with at least this many events in the year" in result.stderr


@pytest.mark.parametrize(("given", "message"), [
    (["-p", "state"], "Invalid value for -p: 'state': expected NAME=VALUE, e.g. -p a=CHN"),
    (["-p", "state=CHN", "-p", "state=RUS"], "Invalid value for -p: 'state' is given twice"),
    (["-p", "state=Atlantis"], "Error: parameter 'state': 'Atlantis' is not state: no such state in the gazetteer"),
])
def test_a_malformed_parameter_is_a_usage_mistake(cli: Cli, corpus_store: Path, given: list[str], message: str) -> None:
    result = cli("query", "counterparts", *given, "--store", corpus_store)
    assert result.exit_code == 2
    assert message in result.stderr


def test_two_sources_at_once_are_a_usage_mistake(cli: Cli, corpus_graph: Path, corpus_store: Path) -> None:
    result = cli("query", "announced-events", "--data", corpus_graph, "--store", corpus_store)
    assert result.exit_code == 2
    assert "give one of --data FILE, --store DIR or --endpoint URL, not several" in result.stderr


def test_a_syntax_error_in_your_query_gives_the_place(cli: Cli, source: tuple[str, str]) -> None:
    """rdflib names the line of the FILTER; Oxigraph, the end of the text where its parser gave up."""
    Path("mine.rq").write_text("#+ summary: mine\nSELECT ?x WHERE {\n  ?x ?p ?o .\n  FILTER(?x = )\n}\n",
                               encoding="utf-8")
    result = cli("query", "mine.rq", *source)
    assert result.exit_code == 1
    assert re.match(r"Error: mine\.rq: (not valid SPARQL|the endpoint rejected the query): "
                    r".*(\(line:4, col:3\)|error at 6:1: expected one of)", result.stderr), result.stderr


def test_your_own_query_file_takes_declared_parameters(cli: Cli, corpus_store: Path) -> None:
    Path("mine.rq").write_text(
        "#+ summary: events of a state\n#+ param state: state -- the state\n"
        "PREFIX bkg: <https://w3id.org/bilateral-kg/ontology#>\n"
        "SELECT (COUNT(DISTINCT ?e) AS ?events) WHERE { GRAPH ?g { ?e bkg:participantState ?state } }\n",
        encoding="utf-8")
    result = cli("query", "mine.rq", "-p", "state=Russia", "--store", corpus_store, "--format", "csv")
    assert (result.exit_code, result.stdout_bytes) == (0, b"events\r\n5\r\n")


def test_querying_without_a_store_says_how_to_make_one(cli: Cli) -> None:
    result = cli("query", "announced-events")
    assert result.exit_code == 1
    assert result.stderr == "Error: no store at bilateral-kg-store: run 'bilateral-kg build PATH --store " \
                            "bilateral-kg-store' first\n"


def test_an_unreachable_endpoint_is_one_error_line(cli: Cli) -> None:
    result = cli("query", "announced-events", "--endpoint", "http://127.0.0.1:9/query", "--timeout", "2")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot reach the SPARQL endpoint http://127.0.0.1:9/query: ")
    assert "Traceback" not in result.stderr


def test_export_writes_the_events_table_from_the_default_store(cli: Cli, corpus_store: Path) -> None:
    shutil.copytree(corpus_store, "bilateral-kg-store")
    result = cli("export", "events.csv")
    assert (result.exit_code, result.stderr) == (0, "Exported events.csv: 22 rows.\n")
    assert Path("events.csv").read_bytes().startswith(b"date,kind,source,source_actor,target,target_actor,")


def test_export_writes_the_graph_in_the_format_its_extension_names(cli: Cli, source: tuple[str, str]) -> None:
    result = cli("export", "graph.trig", *source)
    assert result.exit_code == 0, result.stderr
    assert re.fullmatch(r"Exported graph\.trig: \d+ quads\.\n", result.stderr)
    assert "GRAPH" in Path("graph.trig").read_text(encoding="utf-8") or "{" in Path("graph.trig").read_text()


def test_export_to_an_unknown_extension_writes_nothing(cli: Cli, corpus_store: Path) -> None:
    result = cli("export", "graph.rdf4", "--store", corpus_store)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot tell the RDF format of graph.rdf4")
    assert list(Path().iterdir()) == []


def test_export_into_a_missing_folder_writes_nothing(cli: Cli, corpus_store: Path) -> None:
    result = cli("export", "nowhere/events.csv", "--store", corpus_store)
    assert result.exit_code == 1
    assert result.stderr == "Error: cannot write nowhere/events.csv: the folder nowhere does not exist\n"
    assert list(Path().iterdir()) == []


@pytest.mark.parametrize("command", ["queries", "query", "export"])
def test_every_query_command_explains_itself_and_is_in_the_readme(cli: Cli, command: str) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and "Exit codes: 0 done; 1 error" in result.stdout
    assert f"bilateral-kg {command}" in README


def _readme_sessions() -> list[tuple[list[str], list[str]]]:
    """(command words, expected lines) of the README's query section."""
    section = README.split("## Ask questions: the query library")[1].split("\n## ")[0]
    sessions = []
    for block in re.findall(r"```console\n(.*?)```", section, re.DOTALL):
        for part in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, *output = part.strip("\n").split("\n")
            sessions.append((command.split()[1:], [line for line in output if line != "..."]))
    return sessions


def test_the_readme_sessions_of_the_query_library_print_what_it_shows(cli: Cli, tmp_path: Path) -> None:
    """Each shown line appears in the output, in the order shown (counts of quads aside)."""
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    assert cli("build", "examples/", "--store", "kg-store").exit_code == 0
    sessions = _readme_sessions()
    assert len(sessions) >= 4
    for words, expected in sessions:
        result = cli(*words)
        assert result.exit_code == 0, (words, result.stderr)
        shown = iter(re.sub(r"\d+ quads", "N quads", line) for line in (result.stdout + result.stderr).splitlines())
        for line in expected:
            assert re.sub(r"\d+ quads", "N quads", line) in shown, (words, line)


def test_the_readme_python_example_answers_as_shown(cli: Cli, tmp_path: Path) -> None:
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    cli("build", "examples/", "--store", "kg-store")
    rows = kg.query("meetings-between", a="CHN", b="RUS", store=Path("kg-store"))
    assert [(str(r["date"]), str(r["sidelines_name"])) for r in rows] == [
        ("2018-06-03", "Formal Meeting of the BRICS Ministers of Foreign Affairs")]
