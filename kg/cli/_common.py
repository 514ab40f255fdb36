"""What the command modules share: the group main, error handling, exit codes, epilogs, option helpers."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import api
from kg.errors import KgError, QueryUsageError
from kg.rdf import DEFAULT_BASE

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


def _base(value: str) -> str:
    """A base IRI the build can put names after: absolute, without spaces, ending in / or #."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+[/#]", value):
        raise click.BadParameter(f"{value!r} is not an absolute IRI ending in / or # "
                                 f"(e.g. {DEFAULT_BASE})", param_hint="--base")
    return value


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
