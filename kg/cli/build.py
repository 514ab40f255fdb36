"""The commands that make and check the graph: extract, build, validate, eval."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from kg import api
from kg.cli._common import (
    _CHECK_EPILOG,
    _EPILOG,
    _EVAL_EPILOG,
    EXIT_PARTIAL,
    _base,
    _kg_errors,
    _warn,
    main,
)
from kg.errors import InputError, KgError, StoreError
from kg.rdf import DEFAULT_BASE


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
