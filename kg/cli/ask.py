"""The commands that ask a built graph: queries, query, export, view."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import click

from kg import api
from kg.cli._common import _EPILOG, _kg_errors, _one_source, _parameters, _sources, _usage_errors, main
from kg.rdf import DEFAULT_BASE
from kg.results import FORMATS


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
