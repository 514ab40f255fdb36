"""The seed readout (examples/000.txt) as a graph: what an analyst asks of it, by SPARQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

import kg

PREFIXES = """
PREFIX bkg: <https://w3id.org/bilateral-kg/ontology#>
PREFIX id: <https://w3id.org/bilateral-kg/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""
ID = "https://w3id.org/bilateral-kg/id/"


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    out = tmp_path_factory.mktemp("seed") / "seed.trig"
    report = kg.build([Path(__file__).parent.parent / "examples" / "000.txt"], output=out)
    assert report.complete
    return kg.load_dataset(data=out)


def ask(data: Dataset, query: str) -> list[tuple[str, ...]]:
    return sorted(tuple(str(v) if v is not None else "" for v in row) for row in data.query(PREFIXES + query))


def test_the_meeting_of_wang_yi_and_lavrov_on_2018_06_03(seed: Dataset) -> None:
    rows = ask(seed, """
        SELECT ?date ?name ?state WHERE {
          ?e a bkg:Meeting ; bkg:startDate ?date ; bkg:participant ?o .
          ?o foaf:name ?name ; bkg:affiliation ?state .
        }""")
    assert rows == [
        ("2018-06-03", "Sergei Lavrov", "https://w3id.org/bilateral-kg/id/state/RUS"),
        ("2018-06-03", "Wang Yi", "https://w3id.org/bilateral-kg/id/state/CHN"),
    ]


def test_the_meeting_was_on_the_sidelines_of_the_brics_foreign_ministers_meeting(seed: Dataset) -> None:
    rows = ask(seed, "SELECT ?label WHERE { ?e a bkg:Meeting ; bkg:sidelinesOf ?s . ?s rdfs:label ?label }")
    assert rows == [("Formal Meeting of the BRICS Ministers of Foreign Affairs",)]


@pytest.mark.parametrize(("official", "posts"), [
    ("wang-yi", ["Foreign Minister of China", "State Councilor of China"]),
    ("sergey-lavrov", ["Foreign Minister of Russia"]),  # one node for every spelling: the canonical one
    ("vladimir-putin", ["President of Russia"]),
    ("xi-jinping", ["President of China"]),
])
def test_officials_hold_posts_of_their_states(seed: Dataset, official: str, posts: list[str]) -> None:
    rows = ask(seed, f"SELECT ?post WHERE {{ <{ID}official/{official}> bkg:holds ?p . ?p rdfs:label ?post }}")
    assert rows == [(p,) for p in posts]


def test_putin_and_xi_are_named_but_do_not_take_part_in_the_meeting(seed: Dataset) -> None:
    rows = ask(seed, """
        SELECT ?name WHERE {
          ?r bkg:mentions ?o . ?o a bkg:Official ; rdfs:label ?name .
          FILTER NOT EXISTS { ?r bkg:reports ?e . ?e bkg:participant ?o }
        }""")
    assert rows == [("Vladimir Putin",), ("Xi Jinping",)]


def test_the_state_visit_to_china_is_putins(seed: Dataset) -> None:
    rows = ask(seed, "SELECT ?name WHERE { ?v a bkg:StateVisit ; bkg:participant/rdfs:label ?name }")
    assert rows == [("Vladimir Putin",)]


def test_the_organizations_mentioned(seed: Dataset) -> None:
    rows = ask(seed, "SELECT ?acronym WHERE { ?r a bkg:Readout ; bkg:mentions ?org . ?org bkg:acronym ?acronym }")
    assert rows == [("BRICS",), ("G20",), ("SCO",), ("UN",)]


def test_the_state_visit_and_the_qingdao_summit_from_june_8_to_10(seed: Dataset) -> None:
    rows = ask(seed, """
        SELECT ?kind ?start ?end ?place WHERE {
          VALUES ?kind { bkg:StateVisit bkg:Summit }
          ?e a ?kind ; bkg:startDate ?start ; bkg:endDate ?end ; bkg:location/rdfs:label ?place .
        }""")
    assert rows == [
        ("https://w3id.org/bilateral-kg/ontology#StateVisit", "2018-06-08", "2018-06-10", "China"),
        ("https://w3id.org/bilateral-kg/ontology#Summit", "2018-06-08", "2018-06-10", "Qingdao"),
    ]


def test_the_brics_summit_in_july_stays_a_month(seed: Dataset) -> None:
    rows = ask(seed, """
        SELECT ?start (DATATYPE(?start) AS ?type) ?written WHERE {
          ?e a bkg:Summit ; rdfs:label "BRICS Summit"@en ; bkg:startDate ?start ; bkg:dateText ?written .
        }""")
    assert rows == [("2018-07", "http://www.w3.org/2001/XMLSchema#gYearMonth", "in July")]


@pytest.mark.parametrize(("holder", "stance", "topic", "sentence_start"), [
    ("state/RUS", "Oppose", "unilateralism", "Russia will work with other emerging market economies"),
    ("state/RUS", "Oppose", "protectionism", "Russia will work with other emerging market economies"),
    ("state/CHN", "Support", "denuclearization of the Korean Peninsula", "Both sides also exchanged views"),
    ("state/RUS", "Support", "denuclearization of the Korean Peninsula", "Both sides also exchanged views"),
])
def test_positions_with_their_evidence_sentence(
    seed: Dataset, holder: str, stance: str, topic: str, sentence_start: str
) -> None:
    rows = ask(seed, f"""
        SELECT ?sentence WHERE {{
          ?p a bkg:PolicyPosition ; bkg:holder <{ID}{holder}> ; bkg:stance bkg:{stance} ;
             bkg:topic/skos:prefLabel "{topic}"@en ; bkg:evidence/oa:hasSelector/oa:exact ?sentence .
        }}""")
    assert len(rows) == 1 and rows[0][0].startswith(sentence_start)


def test_joint_positions_are_marked_joint(seed: Dataset) -> None:
    rows = ask(seed, """
        SELECT (COUNT(DISTINCT ?h) AS ?holders) WHERE {
          ?p bkg:joint true ; bkg:topic/skos:prefLabel "denuclearization of the Korean Peninsula"@en ; bkg:holder ?h .
        }""")
    assert rows == [("2",)]


def test_every_evidence_quote_is_the_text_at_its_offsets(seed: Dataset) -> None:
    rows = seed.query(PREFIXES + """
        SELECT ?text ?start ?end ?exact WHERE {
          ?ev oa:hasSource ?r ; oa:hasSelector ?pos, ?quote .
          ?r <https://schema.org/text> ?text .
          ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact .
        }""")
    checked = 0
    for text, start, end, exact in rows:
        assert str(text)[int(start):int(end)] == str(exact)
        checked += 1
    assert checked >= 20


def test_each_fact_of_the_meeting_cites_the_sentence_it_came_from(seed: Dataset) -> None:
    rows = ask(seed, """
        SELECT ?exact WHERE {
          ?st a rdf:Statement ; rdf:subject ?e ; rdf:predicate bkg:sidelinesOf ;
              bkg:evidence/oa:hasSelector/oa:exact ?exact .
        }""")
    assert rows and rows[0][0].startswith("On June 3, 2018 local time, State Councilor and Foreign Minister Wang Yi met")
