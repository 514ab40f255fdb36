"""Query results the same on every backend, and their formats: a table for people, W3C for programs.

Every backend's rows become rdflib terms in one canonical form (a literal typed ``xsd:string`` is
the simple literal it stands for, RDF 1.1 section 3.3), so that rows from rdflib, the embedded
store and an endpoint compare equal. The program formats follow the W3C recommendations: SPARQL 1.1
Query Results JSON (``head``/``results``/``bindings``), CSV (plain values, RFC 4180 quoting, CRLF)
and TSV (terms in N-Triples syntax, numbers and booleans abbreviated as Turtle writes them).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import KgError
from kg.vocab import PREFIXES

__all__ = ["FORMATS", "Results", "canonical"]

FORMATS = ("table", "csv", "tsv", "json")
Row = tuple[Node | None, ...]
_TURTLE_BARE = {XSD.integer: r"[+-]?\d+", XSD.decimal: r"[+-]?\d*\.\d+", XSD.boolean: r"true|false"}
_NT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_WIDEST = 60  # characters of a table column before the cell is cut (the last column is never cut)


def canonical(term: Node | None) -> Node | None:
    """The form rows are compared and written in: xsd:string literals as simple literals."""
    if isinstance(term, Literal) and term.datatype == XSD.string and not term.language:
        return Literal(str(term))
    return term


@dataclass(frozen=True)
class Results(Sequence[dict[str, Node | None]]):
    """The rows of a SELECT query: a sequence of dicts from variable name to term (None if unbound)."""

    variables: tuple[str, ...]
    rows: tuple[Row, ...]

    @overload
    def __getitem__(self, index: int) -> dict[str, Node | None]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Node | None]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Node | None] | list[dict[str, Node | None]]:
        if isinstance(index, slice):
            return [dict(zip(self.variables, row)) for row in self.rows[index]]
        return dict(zip(self.variables, self.rows[index]))

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Node | None]]:
        return (dict(zip(self.variables, row)) for row in self.rows)

    def sorted_rows(self) -> list[Row]:
        """The rows in a fixed order whatever the engine's, to compare answers of two backends."""
        return sorted(self.rows, key=lambda row: tuple("" if t is None else t.n3() for t in row))

    def to_dataframe(self) -> Any:
        """A pandas DataFrame of Python values (IRIs as strings, typed literals as their values).

        pandas is optional: bilateral-kg never needs it, a notebook often has it.
        """
        try:
            import pandas
        except ImportError:
            raise KgError("pandas is not installed: 'pip install pandas', or use the rows as dicts") from None
        return pandas.DataFrame([[_python(t) for t in row] for row in self.rows], columns=list(self.variables))

    def serialize(self, fmt: str, *, base: str = "") -> str:
        """The results as text: table, csv, tsv or json (``base`` shortens IRIs in a table)."""
        if fmt == "json":
            return _json(self)
        if fmt == "csv":
            return _csv(self)
        if fmt == "tsv":
            return _tsv(self)
        if fmt == "table":
            return _table(self, base)
        raise KgError(f"unknown results format {fmt!r}: use one of {', '.join(FORMATS)}")


def _python(term: Node | None) -> object:
    if isinstance(term, Literal):
        return term.toPython()
    return None if term is None else str(term)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    value = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        value["datatype"] = str(term.datatype)
    return value


def _json(results: Results) -> str:
    """SPARQL 1.1 Query Results JSON Format, section 3: an unbound variable is left out of its row."""
    bindings = [{v: _json_term(t) for v, t in zip(results.variables, row) if t is not None} for row in results.rows]
    document = {"head": {"vars": list(results.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False) + "\n"


def _csv_field(term: Node | None) -> str:
    value = "" if term is None else f"_:{term}" if isinstance(term, BNode) else str(term)
    return f'"{value.replace(chr(34), chr(34) * 2)}"' if re.search(r'[",\r\n]', value) else value


def _csv(results: Results) -> str:
    """SPARQL 1.1 Query Results CSV, section 2: plain values, RFC 4180 quoting, CRLF line ends."""
    lines = [",".join(results.variables)]
    lines += [",".join(_csv_field(t) for t in row) for row in results.rows]
    return "\r\n".join(lines) + "\r\n"


def _nt_string(text: str) -> str:
    return '"' + "".join(_NT_ESCAPES.get(c, c) for c in text) + '"'


def _tsv_term(term: Node | None) -> str:
    """Section 3: terms as SPARQL/Turtle write them; tabs and line breaks inside escaped."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    pattern = _TURTLE_BARE.get(term.datatype) if term.datatype else None
    if pattern and re.fullmatch(pattern, str(term)):
        return str(term)
    if term.language:
        return f"{_nt_string(str(term))}@{term.language}"
    if term.datatype and term.datatype != XSD.string:
        return f"{_nt_string(str(term))}^^<{term.datatype}>"
    return _nt_string(str(term))


def _tsv(results: Results) -> str:
    lines = ["\t".join(f"?{v}" for v in results.variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in results.rows]
    return "\n".join(lines) + "\n"


def _short(term: Node | None, base: str) -> str:
    """A cell for people: IRIs under the base as paths, known namespaces as prefixed names."""
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        if base and text.startswith(base):
            return text[len(base):]
        for prefix, namespace in PREFIXES.items():
            if text.startswith(namespace) and re.fullmatch(r"[\w.-]*", text[len(namespace):]):
                return f"{prefix}:{text[len(namespace):]}"
    return " ".join(text.split())


def _width(text: str) -> int:
    """Columns a string takes in a terminal: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    while _width(text) > limit - 1:
        text = text[:-1]
    return text + "…"


def _table(results: Results, base: str) -> str:
    """Aligned columns for reading in a terminal; long cells cut short except in the last column."""
    cells = [[_short(t, base) for t in row] for row in results.rows]
    last = len(results.variables) - 1
    cells = [[c if i == last else _cut(c, _WIDEST) for i, c in enumerate(row)] for row in cells]
    widths = [max([_width(v)] + [_width(row[i]) for row in cells]) for i, v in enumerate(results.variables)]

    def line(values: Sequence[str]) -> str:
        padded = [v + " " * (widths[i] - _width(v)) if i < last else v for i, v in enumerate(values)]
        return "  ".join(padded).rstrip()

    out = [line(results.variables), line(["-" * w for w in widths])] + [line(row) for row in cells]
    return "\n".join(out) + "\n"
