"""Views of the development corpus as networkx graphs: shapes, weights, provenance, filters, exports."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg import api, views


@pytest.fixture(scope="module")
def officials(corpus_graph: Path) -> nx.Graph:
    return api.view("officials", data=corpus_graph)


def test_officials_who_met_are_linked_with_the_number_of_events(officials: nx.Graph) -> None:
    edge = officials.edges["official/sergey-lavrov", "official/wang-yi"]
    assert edge["weight"] == len({f["readout"] for f in edge["facts"]}) == 3


def test_an_edge_keeps_the_readout_title_date_and_sentence(officials: nx.Graph) -> None:
    facts = officials.edges["official/qin-gang", "official/sergey-lavrov"]["facts"]
    assert facts == [{"date": "2023-01-09", "kind": "PhoneCall", "readout": "readout/041",
                      "event": "event/2023-01-09-phone-call-" + facts[0]["event"].rsplit("-", 1)[1],
                      "title": "Qin Gang Has a Phone Call with Russian Foreign Minister Sergey Lavrov",
                      "sentence": "On January 9, 2023, Foreign Minister Qin Gang had a phone call at request "
                                  "with Russian Foreign Minister Sergey Lavrov."}]


def test_nodes_carry_the_metrics(officials: nx.Graph) -> None:
    lavrov = officials.nodes["official/sergey-lavrov"]
    assert (lavrov["label"], lavrov["cls"], lavrov["degree"]) == ("Sergey Lavrov", "official", 3)
    assert lavrov["weighted_degree"] == 5 and lavrov["betweenness"] > 0 and lavrov["community"] >= 0


def test_states_are_dyads_counted_per_year(corpus_graph: Path) -> None:
    graph = api.view("states", data=corpus_graph)
    assert all(cls in ("state", "organization") for _, cls in graph.nodes(data="cls"))
    edge = graph.edges["state/CHN", "state/RUS"]
    assert edge["weight"] >= 3 and edge["by_year"]["2018"] >= 1


def test_organizations_link_states_to_the_forums_their_readouts_name(corpus_graph: Path) -> None:
    graph = api.view("organizations", data=corpus_graph)
    assert graph.has_edge("state/CHN", "org/BRICS")
    assert {graph.nodes[n]["cls"] for n in graph} == {"state", "organization"}


def test_positions_are_coloured_by_stance(corpus_graph: Path) -> None:
    graph = api.view("positions", data=corpus_graph)
    assert graph.edges["state/RUS", "topic/unilateralism"]["stance"] == "oppose"
    assert {s for _, _, s in graph.edges(data="stance")} <= {"support", "oppose", "concern", "agree", "other", "mixed"}


def test_the_ego_view_holds_what_is_within_the_hops(corpus_graph: Path) -> None:
    graph = api.view("ego", data=corpus_graph, focus="Lavrov")
    assert graph.graph["focus"] == "official/sergey-lavrov"
    assert all(nx.shortest_path_length(graph, "official/sergey-lavrov", n) <= 1 for n in graph)
    assert api.view("ego", data=corpus_graph, focus="Lavrov", hops=2).number_of_nodes() > graph.number_of_nodes()


def test_an_unknown_focus_says_what_to_give(corpus_graph: Path) -> None:
    with pytest.raises(kg.InputError, match="give a label"):
        api.view("ego", data=corpus_graph, focus="Nobody Atall")


def test_dates_filter_the_facts(corpus_graph: Path) -> None:
    graph = api.view("officials", data=corpus_graph, start="2023-01-01", end="2023-12-31")
    assert graph.number_of_edges() > 0
    assert all("2023-01-01" <= f["date"] <= "2023-12-31" for *_, facts in graph.edges(data="facts") for f in facts)


def test_a_date_filter_counts_the_events_left(corpus_graph: Path) -> None:
    edge = api.view("officials", data=corpus_graph, start="2018-01-01").edges["official/sergey-lavrov", "official/wang-yi"]
    assert edge["weight"] == len({f["event"] for f in edge["facts"]}) == 1


def test_min_weight_keeps_the_heavier_edges(corpus_graph: Path) -> None:
    graph = api.view("officials", data=corpus_graph, min_weight=2)
    assert graph.number_of_edges() > 0 and all(w >= 2 for *_, w in graph.edges(data="weight"))


def test_a_filter_that_leaves_nothing_says_so(corpus_graph: Path) -> None:
    with pytest.raises(kg.InputError, match="nothing to show"):
        api.view("states", data=corpus_graph, start="2090-01-01")


def test_the_store_gives_the_same_view_as_the_file(corpus_graph: Path, corpus_store: Path) -> None:
    from_file, from_store = api.view("positions", data=corpus_graph), api.view("positions", store=corpus_store)
    assert nx.utils.graphs_equal(from_file, from_store)


def test_beyond_the_limit_the_best_connected_stay_with_a_note(corpus_graph: Path) -> None:
    graph = api.view("positions", data=corpus_graph, limit=10)
    assert graph.number_of_nodes() == 10
    assert "Showing the 10 best-connected of" in graph.graph["note"]


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_graphml_and_gexf_read_back_with_the_same_nodes(suffix: str, corpus_graph: Path, tmp_path: Path) -> None:
    path = tmp_path / f"view{suffix}"
    graph = api.view("officials", data=corpus_graph, output=path)
    back = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert sorted(back.nodes) == sorted(graph.nodes) and back.number_of_edges() == graph.number_of_edges()


def test_node_link_json_reads_back_with_the_facts(corpus_graph: Path, tmp_path: Path) -> None:
    path = tmp_path / "view.json"
    graph = api.view("officials", data=corpus_graph, output=path)
    back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert back.edges["official/qin-gang", "official/sergey-lavrov"]["facts"] == \
        graph.edges["official/qin-gang", "official/sergey-lavrov"]["facts"]


def test_an_unknown_view_names_the_views() -> None:
    with pytest.raises(kg.QueryUsageError, match="officials, states, organizations, positions, ego"):
        api.view("people")


def test_keys_are_the_last_two_segments_of_an_iri() -> None:
    assert views.key("https://w3id.org/bilateral-kg/id/state/CHN") == "state/CHN"


def test_the_cli_writes_a_page_and_says_what_it_holds(cli, corpus_graph: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("view", "officials", "--data", corpus_graph, "-o", "officials.html")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("Wrote officials.html: the officials view, ")
    assert Path("officials.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_cli_ego_view_needs_a_focus(cli, corpus_graph: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("view", "ego", "--data", corpus_graph, "-o", "ego.html")
    assert result.exit_code == 2 and "--focus" in result.stderr


def test_the_cli_says_when_the_filters_leave_nothing(cli, corpus_graph: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("view", "states", "--data", corpus_graph, "--from", "2090", "-o", "states.html")
    assert result.exit_code == 1 and result.stderr.startswith("Error: view states: nothing to show (from 2090)")
    assert not Path("states.html").exists()


def test_the_cli_refuses_a_malformed_date(cli, corpus_graph: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("view", "states", "--data", corpus_graph, "--from", "June", "-o", "states.html")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr
