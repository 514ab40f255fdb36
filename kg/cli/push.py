"""The command that sends the graph to an external triple store: push."""

from __future__ import annotations

from pathlib import Path

import click

from kg import api
from kg.cli._common import _kg_errors, main

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
