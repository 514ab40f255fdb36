"""The query library's files and the binding of parameters: guards and specifications."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import cast

import pyoxigraph as ox
import pytest
import rdflib.namespace as ns
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.plugins.sparql import prepareQuery

from kg.errors import QueryError, QueryUsageError
from kg.library import bind, find, library, parse_query, query_form, sparql_term, with_values
from kg.rdf import DEFAULT_BASE

REPO = Path(__file__).resolve().parent.parent
QUERIES = library()
NAMES = sorted(QUERIES)
ISSUE_QUERIES = {"meetings-between", "official-timeline", "counterparts", "dyad-counts", "officials-of-state", "positions",
                 "shared-positions", "organizations-mentioned", "sidelines-venues", "announced-events", "provenance",
                 "events-table"}
API_KEYWORDS = {"data", "store", "endpoint", "params", "base", "timeout"}
BKG = Namespace("https://w3id.org/bilateral-kg/ontology#")


def test_the_library_holds_every_question_of_the_issue() -> None:
    assert ISSUE_QUERIES <= set(QUERIES)


@pytest.mark.parametrize("name", NAMES)
def test_every_query_says_what_it_answers(name: str) -> None:
    query = QUERIES[name]
    assert query.summary and query.description and query.example is not None
    assert all(p.description for p in query.parameters)


@pytest.mark.parametrize("name", NAMES)
def test_every_query_parses_on_both_engines(name: str) -> None:
    prepareQuery(QUERIES[name].text)
    ox.Store().query(QUERIES[name].text)
    assert query_form(QUERIES[name].text) == "SELECT"


@pytest.mark.parametrize("name", NAMES)
def test_every_declared_parameter_is_a_variable_of_the_query(name: str) -> None:
    query = QUERIES[name]
    for parameter in query.parameters:
        assert re.search(rf"[?$]{parameter.name}\b", query.text), parameter.name
        assert parameter.name not in API_KEYWORDS  # kg.query(name, data=..., **parameters)


def _triples_outside_graph(node: object, inside: bool = False) -> list[object]:
    """Triple patterns of a parsed query that no GRAPH block encloses."""
    name = getattr(node, "name", None)
    inside = inside or name in ("Graph", "GraphGraphPattern")
    found = []
    if name in ("BGP", "TriplesBlock") and not inside and node["triples"]:  # type: ignore[index]
        found.append(node)
    children = node.values() if isinstance(node, dict) else node if isinstance(node, (list, tuple)) else []
    for child in children:
        if isinstance(child, (dict, list, tuple)):
            found += _triples_outside_graph(child, inside)
    return found


@pytest.mark.parametrize("name", NAMES)
def test_every_triple_pattern_is_inside_a_graph_block(name: str) -> None:
    """So that an endpoint whose default graph is empty (Oxigraph's default) answers like the others."""
    parsed = prepareQuery(QUERIES[name].text)
    assert _triples_outside_graph(parsed.algebra) == []


def test_the_graph_guard_catches_a_pattern_in_the_default_graph() -> None:
    parsed = prepareQuery("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } ?s a ?c }")
    assert len(_triples_outside_graph(parsed.algebra)) == 1


def _ontology_codes() -> dict[str, tuple[str | None, str | None, str | None]]:
    """(CAMEO code, PLOVER event type, PLOVER mode) of each event kind, from the SKOS mappings."""
    ontology = Graph().parse(REPO / "ontology" / "bilateral.ttl")
    codes = {}
    for kind in ("Meeting", "Talks", "PhoneCall", "VideoCall", "Visit", "StateVisit", "Summit", "MinisterialMeeting",
                 "Conference"):
        targets = {str(t) for p in (ns.SKOS.closeMatch, ns.SKOS.broadMatch) for t in ontology.objects(BKG[kind], p)}
        cameo = next((t.rsplit("/", 1)[1] for t in targets if "/cameo/" in t), None)
        plover = next((t.rsplit("/", 1)[1] for t in targets if "/plover/" in t), None)
        event, _, mode = (plover or "").partition("-")
        codes[kind] = (cameo, event or None, mode or None)
    return codes


def test_the_events_table_codes_are_the_ontology_mappings() -> None:
    rows = re.findall(r'\(bkg:(\w+) "\w+" ("\d+"|UNDEF) ("\w+"|UNDEF) ("[\w-]+"|UNDEF)\)', QUERIES["events-table"].text)
    table = {kind: tuple(None if v == "UNDEF" else v.strip('"') for v in values) for kind, *values in rows}
    assert table == _ontology_codes()


def test_the_queries_readme_describes_every_query() -> None:
    readme = (REPO / "queries" / "README.md").read_text(encoding="utf-8")
    assert [name for name in NAMES if f"`{name}`" not in readme] == []


def test_a_header_gives_summary_description_parameters_and_example() -> None:
    query = parse_query("#+ summary: One line\n#+ description: Two\n#+  lines\n#+ param a: state -- a state\n"
                        "#+ param when: date, optional -- a day\n#+ param n: integer, default 3 -- a number\n"
                        "#+ example: -p a=CHN\nSELECT * WHERE { }\n", name="q", source="q.rq")
    assert (query.summary, query.description, query.example) == ("One line", "Two lines", "-p a=CHN")
    assert query.signature() == "a (state), when (date, optional), n (integer, default 3)"


def test_an_unknown_parameter_type_in_a_header_names_the_line() -> None:
    with pytest.raises(QueryError, match=r"q\.rq:2: cannot read the parameter 'a'.*TYPE one of state, official"):
        parse_query("#+ summary: x\n#+ param a: country\n", name="q", source="q.rq")


def _bound(name: str, **values: object) -> Mapping[str, object]:
    return bind(find(name), values, base=DEFAULT_BASE)


@pytest.mark.parametrize("given", ["CHN", "chn", "China", "china", "People's Republic of China", "PRC"])
def test_a_state_is_its_iri_by_code_or_name_in_any_case(given: str) -> None:
    assert _bound("counterparts", state=given)["state"] == URIRef(f"{DEFAULT_BASE}state/CHN")


def test_a_state_is_resolved_under_the_base_the_graph_was_built_with() -> None:
    assert bind(find("counterparts"), {"state": "RUS"}, base="https://example.org/kg/") == {
        "state": URIRef("https://example.org/kg/state/RUS")}


def test_an_unknown_state_is_a_usage_error_that_says_what_to_give() -> None:
    with pytest.raises(QueryUsageError, match=r"parameter 'state': 'Atlantis' is not state: .*ISO 3166 alpha-3 code"):
        _bound("counterparts", state="Atlantis")


def test_an_official_is_matched_by_the_canonical_name_of_an_alias() -> None:
    assert _bound("official-timeline", official="  sergei   lavrov ")["official"] == Literal("Sergey Lavrov")


def test_an_unknown_official_is_taken_as_written() -> None:
    assert _bound("official-timeline", official="Retno Marsudi")["official"] == Literal("Retno Marsudi")


@pytest.mark.parametrize("given", ["2018-06-03", date(2018, 6, 3)])
def test_a_date_is_an_xsd_date(given: object) -> None:
    assert _bound("officials-of-state", state="CHN", date=given)["date"] == Literal("2018-06-03", datatype=ns.XSD.date)


@pytest.mark.parametrize("given", ["2018-6-3", "2018-02-30", "June 3"])
def test_a_malformed_date_is_a_usage_error(given: str) -> None:
    with pytest.raises(QueryUsageError, match="parameter 'date'"):
        _bound("officials-of-state", state="CHN", date=given)


def test_a_year_is_an_integer_and_a_default_is_bound_when_not_given() -> None:
    assert _bound("dyad-counts", year="2018") == {"year": Literal(2018), "min": Literal(1)}


def test_an_optional_parameter_left_out_stays_unbound() -> None:
    assert set(_bound("meetings-between", a="CHN", b="RUS")) == {"a", "b"}


@pytest.mark.parametrize(("given", "expected"), [
    ("official/wang-yi", f"{DEFAULT_BASE}official/wang-yi"),
    ("https://example.org/x", "https://example.org/x"),
])
def test_an_iri_parameter_takes_a_full_iri_or_a_path_under_the_base(given: str, expected: str) -> None:
    assert _bound("provenance", node=given)["node"] == URIRef(expected)


def test_an_iri_cannot_break_out_of_its_brackets() -> None:
    with pytest.raises(QueryUsageError, match="an IRI cannot hold spaces"):
        _bound("provenance", node="x> } DROP ALL { <y")


def test_an_unknown_parameter_lists_the_expected_ones_with_types_and_defaults() -> None:
    with pytest.raises(QueryUsageError) as caught:
        _bound("dyad-counts", yeer="2018")
    assert str(caught.value).splitlines() == [
        "dyad-counts has no parameter 'yeer'. Its parameters:",
        "  year (year, optional): only this year",
        "  min (integer, default 1): only pairs with at least this many events in the year",
    ]


def test_a_missing_parameter_says_which_and_of_what_type() -> None:
    with pytest.raises(QueryUsageError, match=r"^meetings-between needs the parameter 'b' \(an ISO 3166"):
        _bound("meetings-between", a="CHN")


def test_an_unknown_query_name_lists_the_known_ones() -> None:
    with pytest.raises(QueryUsageError, match=r"unknown query 'meetings_betwen'\. Did you mean 'meetings-between'\? "
                                              r"Known: announced-events, counterparts, dyad-counts, "):
        find("meetings_betwen")


def test_a_path_ending_in_rq_is_read_as_a_query_file(tmp_path: Path) -> None:
    (tmp_path / "mine.rq").write_text("#+ summary: mine\nSELECT * WHERE { }\n", encoding="utf-8")
    assert (find(tmp_path / "mine.rq").name, find(str(tmp_path / "mine.rq")).summary) == ("mine", "mine")


def test_a_missing_query_file_is_a_usage_error() -> None:
    with pytest.raises(QueryUsageError, match="cannot read the query file nowhere.rq"):
        find("nowhere.rq")


def test_values_open_every_where_group_and_nothing_in_comments_strings_or_iris() -> None:
    text = ('# WHERE { in a comment\nSELECT ?x WHERE { BIND("WHERE {" AS ?s) '
            '{ SELECT ?x WHERE { ?x <urn:where> ?y } } }')
    bound = with_values(text, {"y": Literal(1)})
    assert bound.count('VALUES (?y) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) }') == 2
    assert bound.startswith('# WHERE { in a comment\nSELECT ?x WHERE { VALUES')
    assert bound.splitlines()[0] == text.splitlines()[0]


def test_values_keep_the_line_numbers_of_the_query() -> None:
    text = "SELECT ?x\nWHERE {\n  ?x ?p ?y\n}\n"
    assert with_values(text, {"y": Literal("v")}).count("\n") == text.count("\n")


@pytest.mark.parametrize(("term", "written"), [
    (Literal('he said "hi" } DROP ALL { '), r'"he said \"hi\" } DROP ALL { "'),
    (Literal("back\\slash\nnew\tline"), r'"back\\slash\nnew\tline"'),
    (Literal("Wang Yi", lang="en"), '"Wang Yi"@en'),
    (Literal("2018-06-03", datatype=ns.XSD.date), '"2018-06-03"^^<http://www.w3.org/2001/XMLSchema#date>'),
    (URIRef("https://example.org/a"), "<https://example.org/a>"),
])
def test_terms_are_written_with_the_grammars_escapes(term: object, written: str) -> None:
    assert sparql_term(term) == written  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ['a"b', "a'b", "} DROP ALL {", "back\\slash", "\\u0022 }", "new\nline", "王毅"])
def test_a_written_string_reads_back_as_the_same_literal(value: str) -> None:
    [row] = cast(ox.QuerySolutions, ox.Store().query(with_values("SELECT ?v WHERE { }", {"v": Literal(value)})))
    assert row["v"] == ox.Literal(value)
