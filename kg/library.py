"""The query library: named questions in ``queries/*.rq``, their typed parameters, and binding.

The ``.rq`` files are installed as the data package ``kg.queries`` (the repository's ``queries/``
folder), which is why this module has another name.

A query file is plain SPARQL 1.1 that any endpoint accepts, preceded by a header of ``#+`` lines
(after grlc's decorators) that the engines read as comments::

    #+ summary: Every event in which two states took part
    #+ description: Meetings, calls and visits ...,
    #+   continued on lines that start with "#+" and two spaces.
    #+ param a: state -- the first state: an ISO 3166 alpha-3 code or a name (CHN, China)
    #+ param from: date, optional -- only events on or after this day
    #+ param min: integer, default 1 -- only pairs with at least this many events
    #+ example: -p a=CHN -p b=RUS

A parameter ``NAME`` is the SPARQL variable ``?NAME``. Raw values (command-line text or Python
values) become RDF terms of the declared type here, so that they reach the engines as bound terms
and never as query text: a value holding quotes, braces or ``} DROP ALL {`` is one literal.
:func:`with_values` is the one place where terms are written into a query, for endpoints that
only take text: as a VALUES block of terms serialised by the SPARQL grammar's own escapes.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, QueryUsageError

__all__ = [
    "PARAMETER_TYPES",
    "Parameter",
    "Query",
    "bind",
    "find",
    "library",
    "parse_query",
    "query_form",
    "sparql_term",
    "with_values",
]

# Each type: what a user may give, as shown in help and error messages.
PARAMETER_TYPES: dict[str, str] = {
    "state": "an ISO 3166 alpha-3 code or a state's name, e.g. CHN or China",
    "official": "an official's name as readouts write it, any case, e.g. Wang Yi or sergei lavrov",
    "date": "a day as YYYY-MM-DD, e.g. 2018-06-03",
    "year": "a year, e.g. 2018",
    "integer": "a whole number",
    "text": "any text; matched as the query says",
    "iri": "an IRI, or a path under the graph's base, e.g. official/wang-yi",
}
_HEADER = re.compile(r"^#\+ ?(?P<key>[a-z]+)(?: (?P<arg>[A-Za-z_][A-Za-z0-9_]*))?:\s*(?P<value>.*)$")
_PARAM = re.compile(r"^(?P<type>[a-z]+)(?:,\s*(?:(?P<optional>optional)|default\s+(?P<default>\S+)))?"
                    r"\s*(?:--\s*(?P<doc>.*))?$")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@dataclass(frozen=True)
class Parameter:
    """A declared parameter: ``?name`` in the query, bound to a term of ``type``."""

    name: str
    type: str
    required: bool = True
    default: str | None = None
    description: str = ""

    def describe(self) -> str:
        """'a (state)', 'from (date, optional)', 'min (integer, default 1)'."""
        extra = f", default {self.default}" if self.default is not None else "" if self.required else ", optional"
        return f"{self.name} ({self.type}{extra})"


@dataclass(frozen=True)
class Query:
    """A query with what its header says about it."""

    name: str
    text: str
    source: str
    summary: str = ""
    description: str = ""
    parameters: tuple[Parameter, ...] = ()
    example: str = ""

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def signature(self) -> str:
        """Its parameters in one line, for listings and error messages."""
        return ", ".join(p.describe() for p in self.parameters) or "none"


def parse_query(text: str, *, name: str, source: str) -> Query:
    """Read the ``#+`` header of a query; other comments and the SPARQL are left to the engines."""
    fields: dict[str, str] = {}
    parameters: list[Parameter] = []
    last: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#+  ") and last in ("summary", "description"):
            fields[last] += " " + line[4:].strip()
            continue
        match = _HEADER.match(line)
        if not line.startswith("#+") or match is None:
            last = None
            continue
        key, arg, value = match["key"], match["arg"], match["value"].strip()
        if key == "param" and arg:
            parameters.append(_parameter(arg, value, where=f"{source}:{number}"))
        elif key in ("summary", "description", "example") and not arg:
            fields[key] = value
        else:
            raise QueryError(f"{source}:{number}: unknown header line {line!r}; use #+ summary:, #+ description:, "
                             "#+ param NAME: TYPE -- text, #+ example:")
        last = key
    return Query(name=name, text=text, source=source, summary=fields.get("summary", ""),
                 description=fields.get("description", ""), parameters=tuple(parameters),
                 example=fields.get("example", ""))


def _parameter(name: str, spec: str, *, where: str) -> Parameter:
    match = _PARAM.match(spec)
    if match is None or match["type"] not in PARAMETER_TYPES:
        raise QueryError(f"{where}: cannot read the parameter {name!r}: {spec!r}; write "
                         f"'#+ param {name}: TYPE[, optional | , default VALUE] -- description', "
                         f"TYPE one of {', '.join(PARAMETER_TYPES)}")
    return Parameter(name=name, type=match["type"], required=not (match["optional"] or match["default"]),
                     default=match["default"], description=(match["doc"] or "").strip())


@lru_cache(maxsize=1)
def library() -> dict[str, Query]:
    """The shipped queries by name (the file stem), read from the installed ``kg.queries`` package."""
    folder = files("kg.queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = parse_query(entry.read_text(encoding="utf-8"), name=name, source=f"queries/{entry.name}")
    return found


def find(name_or_path: str | Path) -> Query:
    """A library query by name, or a query file by path (anything ending in .rq or naming a file)."""
    text = str(name_or_path)
    path = Path(text)
    if isinstance(name_or_path, Path) or text.endswith(".rq") or path.is_file():
        try:
            body = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryUsageError(f"cannot read the query file {text}: {getattr(exc, 'strerror', None) or exc}") from exc
        return parse_query(body, name=path.stem, source=text)
    known = library()
    if text not in known:
        close = difflib.get_close_matches(text, known, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise QueryUsageError(f"unknown query {text!r}.{hint} Known: {', '.join(known)} "
                              "(or give a .rq file; 'bilateral-kg queries' lists them with their parameters)")
    return known[text]


def bind(query: Query, values: Mapping[str, object], *, base: str) -> dict[str, Node]:
    """The RDF term for each parameter given (or defaulted); an optional one left out stays unbound."""
    unknown = sorted(set(values) - {p.name for p in query.parameters})
    if unknown:
        raise QueryUsageError(f"{query.name} has no parameter {unknown[0]!r}. {_expected(query)}")
    bound: dict[str, Node] = {}
    for parameter in query.parameters:
        raw = values.get(parameter.name, parameter.default)
        if raw is None or raw == "":
            if parameter.required:
                raise QueryUsageError(f"{query.name} needs the parameter {parameter.name!r} "
                                      f"({PARAMETER_TYPES[parameter.type]}). {_expected(query)}")
            continue
        bound[parameter.name] = _term(parameter, raw, base=base)
    return bound


def _expected(query: Query) -> str:
    lines = [f"  {p.describe()}: {p.description or PARAMETER_TYPES[p.type]}" for p in query.parameters]
    return "Its parameters:\n" + "\n".join(lines) if lines else "It takes no parameters."


def _term(parameter: Parameter, raw: object, *, base: str) -> Node:
    """One raw value as the term its declared type asks for, or a message saying what is expected."""
    converter = _CONVERTERS[parameter.type]
    try:
        return converter(raw, base)
    except (ValueError, TypeError) as exc:
        raise QueryUsageError(f"parameter {parameter.name!r}: {raw!r} is not {parameter.type}: {exc}; "
                              f"give {PARAMETER_TYPES[parameter.type]}") from None


def _state(raw: object, base: str) -> URIRef:
    from kg.extract.lexicon import fold, lexicon  # the gazetteer loads on first use only

    text = str(raw).strip()
    states = lexicon().states
    if text.upper() in states and len(text) == 3:
        return URIRef(f"{base}state/{text.upper()}")
    names, key = _state_names(), fold(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE))
    if key in names:
        return URIRef(f"{base}state/{names[key]}")
    close = difflib.get_close_matches(key, names, n=3)
    raise ValueError("no such state in the gazetteer" + (f" (close: {', '.join(close)})" if close else ""))


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    """Every name and alias of every state, folded (case, accents), to its ISO3 code."""
    from kg.extract.lexicon import fold, lexicon

    names: dict[str, str] = {}
    for state in sorted(lexicon().states.values(), key=lambda s: (not s.sovereign, s.iso3)):
        for form in (state.name, *state.aliases):
            names.setdefault(fold(form.removeprefix("the ")), state.iso3)
    return names


def _official(raw: object, base: str) -> Literal:
    """The canonical name when the gazetteer knows the one given (Sergei Lavrov -> Sergey Lavrov)."""
    from kg.extract.lexicon import lexicon

    text = " ".join(str(raw).split())
    if not text:
        raise ValueError("empty name")
    entry = lexicon().known_official(text)
    return Literal(entry.name if entry else text)


def _date(raw: object, base: str) -> Literal:
    if isinstance(raw, date):
        return Literal(raw.isoformat(), datatype=XSD.date)
    text = str(raw).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError("expected YYYY-MM-DD")
    return Literal(date.fromisoformat(text).isoformat(), datatype=XSD.date)


def _year(raw: object, base: str) -> Literal:
    value = _integer(raw, base)
    if not 1 <= int(value) <= 9999:
        raise ValueError("expected a year from 1 to 9999")
    return value


def _integer(raw: object, base: str) -> Literal:
    if isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise TypeError("expected a whole number")
    text = str(raw).strip()
    if not re.fullmatch(r"[+-]?\d+", text):
        raise ValueError("expected a whole number")
    return Literal(int(text))


def _text(raw: object, base: str) -> Literal:
    return Literal(str(raw))


def _iri(raw: object, base: str) -> URIRef:
    text = str(raw).strip()
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", text):
        text = base + text.lstrip("/")
    if _IRI_FORBIDDEN.search(text):
        raise ValueError("an IRI cannot hold spaces or any of <>\"{}|^`\\")
    return URIRef(text)


_CONVERTERS = {"state": _state, "official": _official, "date": _date, "year": _year, "integer": _integer,
               "text": _text, "iri": _iri}

# SPARQL 1.1 grammar, section 19.8: tokens that can hide a '{' or a keyword.
_TOKENS = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<word>(?<![\w:?$])[A-Za-z]+(?![\w:-]))
  | (?P<brace>\{)
  | (?P<other>.)""", re.VERBOSE | re.DOTALL)


def _tokens(text: str) -> list[re.Match[str]]:
    return [m for m in _TOKENS.finditer(text) if m.lastgroup in ("word", "brace")]


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of these words outside comments, strings and IRIs."""
    for token in _tokens(text):
        if token.lastgroup == "word" and token.group().upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return token.group().upper()
    raise QueryError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")


def with_values(text: str, bindings: Mapping[str, Node]) -> str:
    """The query with its bindings as a VALUES block opening every WHERE group, subqueries' too.

    That is what rdflib's ``initBindings`` amount to (the values are bound before evaluation
    starts, in subqueries as well), and inside a group the block is joined before the group's
    FILTERs run, so a filter sees the bound values. A parameter used only in a FILTER of a nested
    ``{ }`` group would not see them: the library's queries do not do that. The query's line
    numbers stay as they were, so an engine's syntax errors still point into the file.

    One single-variable block per parameter, never ``VALUES (?a ?b) { (...) }``: the joined blocks
    mean the same, and Virtuoso 7.2 fails to compile a one-row block of several variables at the
    start of a group (SP031 "ssg_print_rvr_fixed_val(): no SPART_VARR_FIXED").
    """
    if not bindings:
        return text
    block = " " + " ".join(f"VALUES (?{name}) {{ ({sparql_term(bindings[name])}) }}" for name in sorted(bindings)) + " "
    tokens = _tokens(text)
    wheres = [i for i, t in enumerate(tokens) if t.lastgroup == "word" and t.group().upper() == "WHERE"]
    starts = [next((t for t in tokens[i + 1:] if t.lastgroup == "brace"), None) for i in wheres]
    if not wheres:  # SELECT ... { } without the optional keyword: the first brace opens the group
        starts = [next((t for t in tokens if t.lastgroup == "brace"), None)]
    if not starts or None in starts:
        raise QueryError("cannot find the WHERE clause's '{' to bind the parameters in")
    for brace in sorted({t.end() for t in starts if t is not None}, reverse=True):
        text = text[:brace] + block + text[brace:]
    return text


def sparql_term(term: Node) -> str:
    """A term in SPARQL syntax; strings escaped by the grammar's ECHAR rule (section 19.7)."""
    if isinstance(term, URIRef):
        if _IRI_FORBIDDEN.search(str(term)):
            raise QueryError(f"cannot write the IRI {str(term)!r} in a query")
        return f"<{term}>"
    if isinstance(term, Literal):
        escaped = (str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                   .replace("\r", "\\r").replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f"))
        if term.language:
            return f'"{escaped}"@{term.language}'
        if term.datatype and term.datatype != XSD.string:
            return f'"{escaped}"^^<{term.datatype}>'
        return f'"{escaped}"'
    raise QueryError(f"cannot bind {term!r}: only IRIs and literals")
