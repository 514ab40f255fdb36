"""The bilateral-kg command line: parse options, call one function of kg.api, render the result.

Exit codes, for scripts: 0 everything done; 1 an error, nothing written; 2 a usage mistake;
3 done, but some inputs were left out (each named on stderr).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import textwrap
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import api
from kg.errors import InputError, KgError, QueryUsageError, StoreError
from kg.rdf import DEFAULT_BASE
from kg.results import FORMATS

EXIT_PARTIAL = 3
F = TypeVar("F", bound=Callable[..., Any])

_EPILOG = """\b
Exit codes: 0 done; 1 error (nothing written); 2 usage mistake;
3 done, but some inputs were left out (named on stderr).
"""
_CHECK_EPILOG = """\b
Exit codes: 0 conforms; 1 violations found, or an error; 2 usage mistake.
"""
_EVAL_EPILOG = """\b
Exit codes: 0 done (every --min floor met); 1 a floor missed, or an error; 2 usage mistake.
"""


def _kg_errors(command: F) -> F:
    """Library errors become one 'Error: ...' line and exit 1; a traceback means a bug."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KgError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _warn(error: KgError) -> None:
    click.echo(f"Skipped: {error}", err=True)


@click.group(epilog=_EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="bilateral-kg", prog_name="bilateral-kg")
def main() -> None:
    """Turn diplomatic readouts into an RDF knowledge graph of bilateral relations.

    \b
    A typical session:
      bilateral-kg extract examples/            # look at the facts found, as JSON lines
      bilateral-kg build examples/ -o graph.trig  # the graph as a file (TriG, N-Quads, Turtle, JSON-LD)
      bilateral-kg build examples/              # or into the embedded store ./bilateral-kg-store
      bilateral-kg validate --reason            # SHACL shapes, and the OWL reasoner (HermiT)
      bilateral-kg query meetings-between -p a=CHN -p b=RUS   # the query library ('queries' lists it)
      bilateral-kg view officials -o officials.html           # a page that opens offline
      bilateral-kg push --endpoint http://127.0.0.1:7878/store  # into a triple store

    Inputs are files or folders of .txt, .md, .html and .jsonl readouts.
    """
    # rdflib logs a traceback for every literal it cannot convert (a date "2018-13-45"); the
    # shapes report those values as violations, which is the message a user needs.
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)


@main.command(epilog=_EPILOG)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one object per line (what score.py reads); json: one indented array.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True), default="-",
              help="Write here instead of stdout.")
@_kg_errors
def extract(paths: tuple[Path, ...], fmt: str, output: Path) -> None:
    """Print the facts found in each readout, as JSON: the event, participants and other officials,
    states, organizations, mentioned events and positions, plus "source" (the input path).

    PATHS are files or folders of .txt, .md, .html and .jsonl readouts; "-" reads one readout
    from standard input.

    \b
    Example:
      bilateral-kg extract examples/000.txt
      bilateral-kg extract corpus/ --format jsonl -o facts.jsonl
    """
    errors: list[KgError] = []

    def on_error(error: KgError) -> None:
        errors.append(error)
        _warn(error)

    facts = [e.to_facts() for e in api.extract_paths(paths, on_error=on_error, progress=True)]
    if not facts:  # nothing read: leave any output file as it was
        raise InputError(", ".join(map(str, paths)), "no readout could be read" if errors else "no readouts found")
    if fmt == "json":
        text = json.dumps(facts, ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts)
    try:
        with click.open_file(str(output), "w", encoding="utf-8", atomic=str(output) != "-") as out:
            out.write(text)
    except OSError as exc:
        raise StoreError(f"cannot write {output}: {exc.strerror or exc}") from exc
    if errors:
        sys.exit(EXIT_PARTIAL)


def _base(value: str) -> str:
    """A base IRI the build can put names after: absolute, without spaces, ending in / or #."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+[/#]", value):
        raise click.BadParameter(f"{value!r} is not an absolute IRI ending in / or # "
                                 f"(e.g. {DEFAULT_BASE})", param_hint="--base")
    return value


def _summary(report: api.BuildReport) -> str:
    lines = [
        f"Built {report.target}: {report.readouts} readouts"
        + (f" ({report.skipped} unchanged, skipped)" if report.skipped else "")
        + f", {report.triples} triples ({report.quads} quads in named graphs).",
    ]
    if report.entities:
        lines.append("Entities: " + ", ".join(f"{n} {cls}" for cls, n in sorted(report.entities.items())) + ".")
    for warning in report.warnings:
        lines.append(f"Warning: {warning}")
    for rejected in report.rejected:
        lines.append(f"Left out: {rejected}")
    if report.errors:
        lines.append(f"{len(report.errors)} input(s) could not be read (see above).")
    return "\n".join(lines)


@main.command(epilog=_EPILOG)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write one RDF file; the extension picks the format: .trig .nq .ttl .nt .jsonld")
@click.option("--store", type=click.Path(path_type=Path, file_okay=False),
              help=f"Write into an embedded Oxigraph store in this folder [default: ./{api.DEFAULT_STORE}].")
@click.option("--base", default=DEFAULT_BASE, show_default=True, callback=lambda ctx, param, value: _base(value),
              help="Base IRI of every node the build mints (absolute, ending in / or #).")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL check (faster on very large corpora).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes (0: one per core). The output is the same for any number.")
@_kg_errors
def build(paths: tuple[Path, ...], output: Path | None, store: Path | None, base: str, no_validate: bool,
          jobs: int) -> None:
    """Build the knowledge graph of the readouts under PATHS.

    Each readout becomes one named graph with its facts and, for each fact, the sentence it came
    from. The graph is checked against the SHACL shapes: a readout whose graph violates them is
    left out and named. In a store, readouts whose text is unchanged since the last build are
    skipped. Without -o or --store, the store ./bilateral-kg-store is used.

    \b
    Examples:
      bilateral-kg build examples/ -o graph.trig
      bilateral-kg build corpus.jsonl --store kg-store
    """
    if output and store:
        raise click.UsageError("give either -o FILE or --store DIR, not both")
    report = api.build(paths, output=output, store=store, base=base, check=not no_validate, jobs=jobs,
                       on_error=_warn, progress=True)
    click.echo(_summary(report), err=True)
    if not report.complete:
        sys.exit(EXIT_PARTIAL)


@main.command(epilog=_CHECK_EPILOG)
@click.option("--data", type=click.Path(path_type=Path, dir_okay=False), help="A built RDF file.")
@click.option("--store", type=click.Path(path_type=Path, file_okay=False),
              help=f"An embedded store folder [default: ./{api.DEFAULT_STORE}].")
@click.option("--reason", "reasoner", is_flag=True, help="Also run the OWL reasoner HermiT (needs Java).")
@_kg_errors
def validate(data: Path | None, store: Path | None, reasoner: bool) -> None:
    """Check a built graph against the SHACL shapes and, with --reason, the OWL ontology.

    Prints each violation with the readout graph that holds it; exits 1 when there is any.
    """
    if data and store:
        raise click.UsageError("give either --data FILE or --store DIR, not both")
    shacl, owl = api.validate(data=data, store=store, reasoner=reasoner)
    for violation in shacl.violations:
        click.echo(f"Violation: {violation}")
    click.echo("SHACL: conforms." if shacl.conforms else f"SHACL: {len(shacl.violations)} violation(s).")
    if owl is not None:
        state = "consistent" if owl.consistent else f"INCONSISTENT: {owl.message}"
        click.echo(f"OWL (HermiT): {state} ({owl.individuals} individuals, {owl.seconds:.1f} s).")
    if not shacl.conforms or (owl is not None and not owl.consistent):
        sys.exit(1)


@main.command("eval", epilog=_EVAL_EPILOG)
@click.argument("gold", type=click.Path(path_type=Path, file_okay=False))
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--genre", help="Score only gold annotations of this genre (e.g. cn-mfa).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--min", "floors", multiple=True, metavar="FIELD=F1", help="Exit 1 when a field's F1 is below the floor.")
@_kg_errors
def eval_(gold: Path, inputs: tuple[Path, ...], genre: str | None, as_json: bool, floors: tuple[str, ...]) -> None:
    """Score the extractor against gold annotations (GOLD holds NNN.json files).

    INPUTS are either one predictions file (.jsonl, as printed by 'extract') or readouts to
    extract now. The scores agree with the corpus's reference scorer score.py.

    \b
    Example:
      bilateral-kg eval tests/data/corpus tests/data/corpus/*.txt --min participants=0.9
    """
    from kg.evaluate import load_gold, load_predictions, score

    if len(inputs) == 1 and inputs[0].suffix == ".jsonl" and inputs[0].is_file() and _is_predictions(inputs[0]):
        predictions = load_predictions(inputs[0].read_text(encoding="utf-8").splitlines(), source=str(inputs[0]))
    else:
        facts = (e.to_facts() for e in api.extract_paths(inputs, on_error=_warn, progress=True))
        predictions = {f["id"]: f for f in facts}
    golds = load_gold(gold, genre=genre)
    fields = score(golds, predictions)
    if as_json:
        click.echo(json.dumps({"readouts": len(golds), "fields": {k: v.as_dict() for k, v in fields.items()}}, indent=2))
    else:
        click.echo(f"{len(golds)} readouts scored")
        click.echo(f"{'field':28} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
        for name, s in fields.items():
            click.echo(f"{name:28} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp}/{s.fp}/{s.fn}")
    failed = [f for f in floors if _below(fields, f)]
    for floor in failed:
        click.echo(f"below floor: {floor}", err=True)
    if failed:
        sys.exit(1)


def _is_predictions(path: Path) -> bool:
    """A .jsonl of predictions has "event" objects; a .jsonl corpus has "text"."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        first = handle.readline()
    try:
        return "event" in json.loads(first)
    except (json.JSONDecodeError, TypeError):
        return False


def _below(fields: dict[str, Any], floor: str) -> bool:
    name, _, value = floor.partition("=")
    try:
        minimum = float(value)
    except ValueError:
        raise click.BadParameter(f"{floor!r}: expected FIELD=F1, e.g. participants=0.9", param_hint="--min") from None
    if name not in fields:
        known = ", ".join(sorted(fields))
        raise click.BadParameter(f"unknown field {name!r}; the fields are: {known}", param_hint="--min")
    return fields[name].f1 < minimum


def _usage_errors(command: F) -> F:
    """A query asked for wrongly (unknown name, parameter missing or mistyped) is a usage mistake: exit 2."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except QueryUsageError as exc:
            raise click.UsageError(str(exc)) from None

    return wrapper  # type: ignore[return-value]


def _one_source(data: Path | None, store: Path | None, endpoint: str | None) -> None:
    if sum(x is not None for x in (data, store, endpoint)) > 1:
        raise click.UsageError("give one of --data FILE, --store DIR or --endpoint URL, not several")


def _parameters(pairs: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise click.BadParameter(f"{pair!r}: expected NAME=VALUE, e.g. -p a=CHN", param_hint="-p")
        if name.strip() in values:
            raise click.BadParameter(f"{name.strip()!r} is given twice", param_hint="-p")
        values[name.strip()] = value
    return values


_SOURCES = [
    click.option("--data", type=click.Path(path_type=Path, dir_okay=False), help="A built RDF file (rdflib, in memory)."),
    click.option("--store", type=click.Path(path_type=Path, file_okay=False),
                 help=f"An embedded store folder [default: ./{api.DEFAULT_STORE}]."),
    click.option("--endpoint", metavar="URL", help="A SPARQL 1.1 query endpoint as its server names it: Oxigraph "
                 "http://HOST:PORT/query, Virtuoso http://HOST:PORT/sparql."),
    click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
                 help="Seconds to wait for an endpoint."),
]


def _sources(command: F) -> F:
    for option in reversed(_SOURCES):
        command = option(command)
    return command


@main.command("queries", epilog=_EPILOG)
@click.argument("name", required=False)
@_kg_errors
@_usage_errors
def queries_(name: str | None) -> None:
    """List the library's queries with their parameters, or describe one.

    \b
    Examples:
      bilateral-kg queries
      bilateral-kg queries meetings-between
    """
    if name is None:
        for entry in api.queries():
            click.echo(f"{entry.name}\n    {entry.summary}\n    parameters: {entry.signature()}")
        click.echo("\nRun one: bilateral-kg query NAME -p PARAMETER=VALUE ...; "
                   "'bilateral-kg queries NAME' describes it.", err=True)
        return
    entry = api.queries(name)[0]
    click.echo(f"{entry.name}: {entry.summary}\n\n{textwrap.fill(entry.description, width=100)}\n")
    for parameter in entry.parameters:
        click.echo(f"  -p {parameter.describe()}: {parameter.description}")
    if entry.example is not None:
        click.echo(f"\nExample:\n  bilateral-kg query {entry.name} {entry.example}".rstrip())


@main.command("query", epilog=_EPILOG)
@click.argument("name", metavar="NAME|FILE.rq")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A parameter of the query (repeat).")
@_sources
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table for reading; csv, tsv, json: the W3C SPARQL results formats, for programs.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True), default="-",
              help="Write here instead of stdout.")
@click.option("--base", default=DEFAULT_BASE, show_default=True,
              help="Base IRI the graph was built with (for states, and paths given as IRIs).")
@_kg_errors
@_usage_errors
def query_(name: str, params: tuple[str, ...], data: Path | None, store: Path | None, endpoint: str | None,
           timeout: float, fmt: str, output: Path, base: str) -> None:
    """Answer a question: run a library query (by name) or your own .rq file.

    Parameters are bound as typed RDF terms (a state's IRI, an xsd:date, ...), never pasted into
    the query. Without --data or --endpoint, the embedded store ./bilateral-kg-store is asked.

    \b
    Examples:
      bilateral-kg query meetings-between -p a=CHN -p b=Russia
      bilateral-kg query official-timeline -p official="Wang Yi" --data graph.trig
      bilateral-kg query counterparts -p state=CHN --endpoint http://127.0.0.1:7878/query --format csv
      bilateral-kg query my-question.rq --format json -o answer.json
    """
    _one_source(data, store, endpoint)
    results = api.query(name, params=_parameters(params), data=data, store=store, endpoint=endpoint, base=base,
                        timeout=timeout)
    text = results.serialize(fmt, base=base)
    with click.open_file(str(output), "wb", atomic=str(output) != "-") as out:
        out.write(text.encode("utf-8"))  # bytes: CSV's CRLF stays CRLF on every platform
    if fmt == "table":
        click.echo(f"({len(results)} row{'' if len(results) == 1 else 's'})", err=True)


def _size(value: str | None) -> int | None:
    """Bytes from "500MB", "2G", "100k" or a plain number."""
    if value is None:
        return None
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", value)
    if not match or float(match.group(1)) <= 0:
        raise click.BadParameter(f"{value!r}: expected a size such as 500MB, 2GB or 100k", param_hint="--max-size")
    return int(float(match.group(1)) * 1000 ** " kmg".index(match.group(2).lower() or " "))


@main.command("export", epilog=_EPILOG)
@click.argument("output", type=click.Path(path_type=Path, dir_okay=False))
@_sources
@click.option("--max-size", metavar="SIZE", help="Split N-Quads into parts of whole graphs of at most SIZE each "
              "(500MB, 2GB): OUTPUT graph.nq.gz gives graph-00001.nq.gz, graph-00002.nq.gz, ...")
@_kg_errors
@_usage_errors
def export_(output: Path, data: Path | None, store: Path | None, endpoint: str | None, timeout: float,
            max_size: str | None) -> None:
    """Write the events table or the whole graph, from a file, the store or an endpoint.

    OUTPUT's extension picks what is written: .csv or .tsv, the events table (one row per reported
    event, the query events-table); .trig .nq .ttl .nt .jsonld, the graph (Turtle and N-Triples
    hold the union of the readout graphs, without the graphs' names); .nq.gz and .nt.gz, gzipped,
    as triple stores' bulk loaders read them. Files are written whole or not at all.

    \b
    Examples:
      bilateral-kg export events.csv
      bilateral-kg export graph.nq --endpoint http://127.0.0.1:7878/query
      bilateral-kg export graph.jsonld --data graph.trig
      bilateral-kg export bulk/graph.nq.gz --max-size 500MB   # for oxigraph load, Virtuoso ld_dir, ...
    """
    from kg.bulk import existing_parts

    _one_source(data, store, endpoint)
    max_bytes = _size(max_size)
    count = api.export(output, data=data, store=store, endpoint=endpoint, timeout=timeout, max_bytes=max_bytes)
    unit = "rows" if output.suffix.lower() in (".csv", ".tsv") else "quads"
    if max_bytes is None:
        click.echo(f"Exported {output}: {count} {unit}.", err=True)
        return
    parts = existing_parts(output)  # exactly this export's: it removed any left from an earlier one
    click.echo(f"Exported {count} {unit} into {len(parts)} file(s): {parts[0]} ... {parts[-1]}." if len(parts) > 1
               else f"Exported {parts[0]}: {count} {unit}.", err=True)


@main.command("view", epilog=_EPILOG)
@click.argument("name", type=click.Choice(["officials", "states", "organizations", "positions", "ego"]))
@_sources
@click.option("--from", "start", metavar="DATE", help="Only facts on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "end", metavar="DATE", help="Only facts on or before this date.")
@click.option("--focus", metavar="ENTITY", help="The ego view's centre: an official, state or organization "
              "(Wang Yi, CHN, org/SCO).")
@click.option("--hops", type=click.IntRange(min=1), default=1, show_default=True, help="The ego view's radius.")
@click.option("--min-weight", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only edges of at least this many events (readouts, positions).")
@click.option("--limit", type=click.IntRange(min=1), default=2000, show_default=True,
              help="At most this many nodes, the best connected; the page says what was left out.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The file to write; its extension picks the form: .html (a page), .graphml, .gexf, .json.")
@_kg_errors
@_usage_errors
def view_(name: str, data: Path | None, store: Path | None, endpoint: str | None, timeout: float, start: str | None,
          end: str | None, focus: str | None, hops: int, min_weight: int, limit: int, output: Path) -> None:
    """Draw a view of the relationship graph as a page that opens offline in any browser.

    \b
    Views:
      officials      who met whom (edge width: events)
      states         states (and organizations) taking part in the same events
      organizations  states and the organizations and forums their readouts name
      positions      actors and topics, edges coloured by stance
      ego            everything within --hops of --focus

    The page has a legend that filters by class, date filters, a search box, and details with the
    readout and sentence behind each edge on hover. It loads nothing from the network and runs no
    text of the readouts. .graphml and .gexf (Gephi) and .json (networkx node-link) export the
    same view with its metrics (degree, weighted degree, betweenness, community).

    \b
    Examples:
      bilateral-kg view officials --data graph.trig -o officials.html
      bilateral-kg view states --store kg-store --from 2018-01-01 --to 2018-12-31 -o states.html
      bilateral-kg view ego --focus "Sergey Lavrov" --hops 2 --data graph.trig -o lavrov.html
      bilateral-kg view positions --data graph.trig -o positions.gexf
    """
    _one_source(data, store, endpoint)
    for given, flag in ((start, "--from"), (end, "--to")):
        if given is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", given):
            raise click.BadParameter(f"{given!r}: expected YYYY, YYYY-MM or YYYY-MM-DD", param_hint=flag)
    if name == "ego" and not focus:
        raise click.UsageError("the ego view needs --focus ENTITY, e.g. --focus 'Wang Yi'")
    graph = api.view(name, output=output, data=data, store=store, endpoint=endpoint, start=start, end=end,
                     focus=focus, hops=hops, min_weight=min_weight, limit=limit, timeout=timeout)
    click.echo(f"Wrote {output}: the {name} view, {graph.number_of_nodes()} nodes, "
               f"{graph.number_of_edges()} edges.", err=True)
    if graph.graph.get("note"):
        click.echo(f"Note: {graph.graph['note']}", err=True)


_PUSH_EPILOG = """\b
Credentials, from the environment only (never echoed):
  BILATERAL_KG_USER, BILATERAL_KG_PASSWORD  basic or digest auth, as the server asks
  BILATERAL_KG_TOKEN                        a bearer token

\b
Exit codes: 0 every graph pushed; 1 an error (the graphs that remain are named; run the
same command again to finish); 2 usage mistake.
"""


@main.command("push", epilog=_PUSH_EPILOG)
@click.option("--data", type=click.Path(path_type=Path, dir_okay=False), help="A built dataset file (.trig, .nq, .jsonld).")
@click.option("--store", type=click.Path(path_type=Path, file_okay=False),
              help=f"An embedded store folder [default: ./{api.DEFAULT_STORE}].")
@click.option("--endpoint", metavar="URL", required=True,
              help="The store's Graph Store URL (Oxigraph http://HOST:PORT/store, Virtuoso "
                   "http://HOST:PORT/sparql-graph-crud-auth); with --protocol update, its SPARQL Update URL.")
@click.option("--protocol", type=click.Choice(["gsp", "update", "oxigraph-bulk"]), default="gsp", show_default=True,
              help="gsp: a Graph Store PUT per graph (any store); update: DROP + INSERT DATA in chunks; "
                   "oxigraph-bulk: Oxigraph's bulk loader over HTTP, about twice as fast.")
@click.option("--connections", type=click.IntRange(min=1, max=16), default=2, show_default=True,
              help="Parallel connections (gsp).")
@click.option("--chunk-triples", type=click.IntRange(min=1), help="Triples per request of update (default 1000: "
              "Virtuoso refuses ~1400) and oxigraph-bulk (default 25000).")
@click.option("--query-endpoint", metavar="URL", help="The store's SPARQL query URL: graphs it already holds "
              "unchanged are skipped (found by itself for oxigraph-bulk).")
@click.option("--force", is_flag=True, help="Send every graph, even those the server holds unchanged.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds to wait for each answer.")
@click.option("--retries", type=click.IntRange(min=0), default=4, show_default=True,
              help="Retries of a request after a connection error, a timeout or a 5xx answer (backoff 0.5 s, 1 s, 2 s, ...).")
@click.option("--dry-run", is_flag=True, help="List the graphs and triple counts that would be sent (stdout); send nothing.")
@_kg_errors
def push_(data: Path | None, store: Path | None, endpoint: str, protocol: str, connections: int,
          chunk_triples: int | None, query_endpoint: str | None, force: bool, timeout: float, retries: int,
          dry_run: bool) -> None:
    """Push the graph into an external triple store, one named graph per readout.

    Each graph is replaced whole, so pushing twice leaves the same data, and a changed readout
    replaces its graph. If the server fails mid-way, the graphs already pushed are complete and
    the error says which remain; the same command run again finishes the job.

    \b
    Examples:
      bilateral-kg push --store kg-store --endpoint http://127.0.0.1:7878/store
      bilateral-kg push --data graph.trig --endpoint http://127.0.0.1:7878/store --protocol oxigraph-bulk
      BILATERAL_KG_USER=dba BILATERAL_KG_PASSWORD=... bilateral-kg push --data graph.nq \\
          --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth
      bilateral-kg push --data graph.trig --endpoint http://HOST/update --protocol update --dry-run
    """
    if data and store:
        raise click.UsageError("give either --data FILE or --store DIR, not both")
    report = api.push(endpoint, data=data, store=store, protocol=protocol, connections=connections,
                      chunk_triples=chunk_triples, query_endpoint=query_endpoint, force=force, timeout=timeout,
                      retries=retries, dry_run=dry_run, progress=True)
    unchanged = f"; {report.unchanged} unchanged, skipped" if report.unchanged else ""
    if dry_run:
        for graph, triples in report.planned:
            click.echo(f"{graph}\t{triples}")
        click.echo(f"Dry run: would push {_graphs(report.graphs)} ({report.triples} triples) to {report.endpoint} "
                   f"by {protocol}{unchanged}; nothing sent.", err=True)
        return
    click.echo(f"Pushed {_graphs(report.graphs)} ({report.triples} triples) to {report.endpoint} by {protocol} "
               f"in {report.seconds:.1f} s ({report.rate:,.0f} triples/s, {report.requests} requests){unchanged}.", err=True)


def _graphs(count: int) -> str:
    return f"{count} graph" if count == 1 else f"{count} graphs"
