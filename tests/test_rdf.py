"""How facts become RDF: IRIs that identify things, not the readouts that mention them."""

from __future__ import annotations

from rdflib import RDF, URIRef

from kg.extract import extract
from kg.model import Readout
from kg.rdf import event_iri, readout_quads
from kg.vocab import BKG

BASE = "https://w3id.org/bilateral-kg/id/"
CHINESE = """Wang Yi Meets with Foreign Minister Sergei Lavrov of Russia

On June 3, 2018 local time, State Councilor and Foreign Minister Wang Yi met with Foreign Minister Sergei Lavrov of Russia.
"""
RUSSIAN = """Press release on Foreign Minister Sergey Lavrov's meeting with Foreign Minister of China Wang Yi

On June 3, 2018, Foreign Minister Sergey Lavrov met with State Councilor and Foreign Minister of China Wang Yi.
"""
SIDELINES = """Wang Yi Meets with Foreign Minister Sergei Lavrov of Russia

On June 28, 2019, Foreign Minister Wang Yi met with Foreign Minister Sergei Lavrov of Russia on the sidelines of the G20 Osaka Summit.

The two ministers said the G20 Osaka Summit from June 28 to 29, 2019 would succeed.
"""


def _readout(rid: str, text: str) -> Readout:
    return Readout(id=rid, text=text, source=f"{rid}.txt", title=text.split("\n", 1)[0], date=None)


def test_both_governments_readouts_of_one_meeting_name_one_event() -> None:
    chinese, russian = extract(_readout("cn", CHINESE)), extract(_readout("ru", RUSSIAN))
    assert event_iri(BASE, chinese) == event_iri(BASE, russian)
    assert str(event_iri(BASE, chinese)).startswith(f"{BASE}event/2018-06-03-meeting-")


def test_transliterations_of_one_official_are_one_node() -> None:
    chinese, russian = extract(_readout("cn", CHINESE)), extract(_readout("ru", RUSSIAN))
    assert {o.key for o in chinese.officials} == {o.key for o in russian.officials} == {
        "official/wang-yi", "official/sergey-lavrov"}


def test_an_undated_event_belongs_to_its_readout_alone() -> None:
    text = CHINESE.replace("On June 3, 2018 local time, ", "")
    assert "undated-cn" in str(event_iri(BASE, extract(_readout("cn", text))))


def test_the_sidelines_event_is_the_node_of_the_same_event_mentioned_with_its_dates() -> None:
    quads = readout_quads(extract(_readout("osaka", SIDELINES)), tool_version="test")
    [larger] = {o for s, p, o, g in quads if p == BKG.sidelinesOf}
    assert larger == URIRef(f"{BASE}event/g20-osaka-summit-2019-06-28")
    assert (larger, RDF.type, BKG.Summit) in {q[:3] for q in quads}


def test_each_readout_graph_holds_only_its_own_quads() -> None:
    quads = readout_quads(extract(_readout("cn", CHINESE)), tool_version="test")
    assert {g for *_, g in quads} == {URIRef(f"{BASE}graph/cn")}


def test_a_configurable_base() -> None:
    quads = readout_quads(extract(_readout("cn", CHINESE)), base="http://example.org/kg/", tool_version="test")
    subjects = {str(s) for s, *_ in quads}
    assert subjects and all(s.startswith("http://example.org/kg/") for s in subjects)


def test_labels_carry_the_readouts_language() -> None:
    readout = Readout(id="zh", text="王毅会见俄罗斯外长拉夫罗夫\n\n2018年6月3日，王毅会见拉夫罗夫。", source="zh.txt",
                      title="王毅会见俄罗斯外长拉夫罗夫", language="zh")
    quads = readout_quads(extract(readout), tool_version="test")
    texts = [o for s, p, o, g in quads if p == URIRef("https://schema.org/text")]
    assert [t.language for t in texts] == ["zh"]
