"""What each library query answers on the development corpus (the embedded store; the other
backends give the same rows, see test_queries_backends.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import Literal, URIRef

import kg
from kg.rdf import DEFAULT_BASE
from kg.results import Results

BKG = "https://w3id.org/bilateral-kg/ontology#"
SIDELINES_000 = "Formal Meeting of the BRICS Ministers of Foreign Affairs"


@pytest.fixture(scope="module")
def ask(corpus_store: Path) -> Any:
    def run(name: str, **params: object) -> Results:
        return kg.query(name, store=corpus_store, params=params)

    return run


def _iri(path: str) -> URIRef:
    return URIRef(DEFAULT_BASE + path)


def _plain(row: dict[str, Any]) -> dict[str, object]:
    """A row as Python values: IRIs under the base as paths, literals as their lexical form."""
    return {k: None if v is None else str(v).removeprefix(DEFAULT_BASE) for k, v in row.items()}


def test_meetings_between_china_and_russia_are_the_four_events_of_the_corpus(ask: Any) -> None:
    rows = [_plain(r) for r in ask("meetings-between", a="CHN", b="RUS")]
    assert [(r["readout"], r["date"]) for r in rows[:3]] == [
        ("readout/041", "2023-01-09"), ("readout/000", "2018-06-03"), ("readout/009", "2014-03-03")]
    assert rows[3]["readout"] == "readout/059" and rows[3]["date"] in (None, "2020-07-17")  # "On July 17": no year
    assert [r["kind"] for r in rows] == [f"{BKG}PhoneCall", f"{BKG}Meeting", f"{BKG}PhoneCall", f"{BKG}PhoneCall"]


def test_the_2018_meeting_comes_with_its_sidelines_event(ask: Any) -> None:
    [row] = [r for r in ask("meetings-between", a="CHN", b="RUS") if r["readout"] == _iri("readout/000")]
    assert row["sidelines_name"] == Literal(SIDELINES_000, lang="en")
    assert row["label"] == Literal("Meeting of Wang Yi and Sergey Lavrov", lang="en")
    assert row["event"] == _iri("event/2018-06-03-meeting-0934fff022d5")


def test_meetings_between_takes_states_by_name_in_either_order(ask: Any) -> None:
    assert ask("meetings-between", a="russia", b="China").sorted_rows() == ask(
        "meetings-between", a="CHN", b="RUS").sorted_rows()


def test_meetings_between_keeps_dated_events_within_from_and_to(ask: Any) -> None:
    rows = ask("meetings-between", a="CHN", b="RUS", **{"from": "2014-03-04", "to": "2023-01-09"})
    assert [str(r["date"]) for r in rows] == ["2023-01-09", "2018-06-03"]


def test_the_official_timeline_runs_in_date_order_with_the_undated_last(ask: Any) -> None:
    rows = [_plain(r) for r in ask("official-timeline", official="sergei lavrov")]
    assert [r["date"] for r in rows] == ["2014-03-03", "2017-05-05", "2018-06-03", "2023-01-09", None]
    assert {r["counterpart_name"] for r in rows} == {"Wang Yi", "Qin Gang", "Rex Tillerson"}
    assert {r["counterpart_affiliation"] for r in rows} == {"state/CHN", "state/USA"}
    assert {r["post"] for r in rows} == {"Foreign Minister of Russia"}


def test_the_official_timeline_finds_an_official_by_the_name_as_written(ask: Any) -> None:
    """Readout 017 writes 'Michael R. Pompeo'; the node is Mike Pompeo."""
    rows = ask("official-timeline", official="MICHAEL R. POMPEO")
    assert {str(r["counterpart_name"]) for r in rows} >= {"Stef Blok", "Adil Abd al-Mahdi"}


def test_counterparts_of_china_count_events_and_give_first_and_last_dates(ask: Any) -> None:
    rows = [_plain(r) for r in ask("counterparts", state="China")]
    assert rows[0] == {"counterpart": "state/RUS", "name": "Russia", "events": "4", "first": "2014-03-03",
                       "last": "2023-01-09"}
    germany = {r["name"]: (r["events"], r["first"], r["last"]) for r in rows}["Germany"]
    assert germany == ("2", "2020-09-01", "2021-04-21")
    assert "China" not in {r["name"] for r in rows}


def test_dyad_counts_for_2018_list_each_pair_once(ask: Any) -> None:
    rows = ask("dyad-counts", year=2018)
    assert sorted((str(r["name_a"]), str(r["name_b"]), int(r["events"])) for r in rows) == [
        ("China", "Russia", 1), ("Iraq", "United States", 1), ("Malaysia", "Singapore", 1),
        ("Netherlands", "United States", 1)]


def test_dyad_counts_count_china_and_russia_once_a_year_and_the_undated_apart(ask: Any) -> None:
    rows = [r for r in ask("dyad-counts") if r["state_a"] == _iri("state/CHN") and r["state_b"] == _iri("state/RUS")]
    assert [(r["event_year"] and int(r["event_year"]), int(r["events"])) for r in rows] == [
        (2014, 1), (2018, 1), (2023, 1), (None, 1)]


def test_dyad_counts_with_a_minimum_leave_out_the_rarer_pairs(ask: Any) -> None:
    assert len(ask("dyad-counts", min=2)) == 0


def test_officials_of_china_on_a_day_are_those_whose_posts_cover_it(ask: Any) -> None:
    rows = ask("officials-of-state", state="CHN", date="2018-06-03")
    assert sorted((str(r["name"]), str(r["post_name"])) for r in rows) == [
        ("Wang Yi", "Foreign Minister of China"), ("Wang Yi", "State Councilor of China"),
        ("Xi Jinping", "President of China")]


def test_officials_of_china_give_each_post_a_date_range_and_a_readout_count(ask: Any) -> None:
    rows = {(str(r["name"]), str(r["post_name"])): r for r in ask("officials-of-state", state="CHN")}
    foreign_minister = rows[("Wang Yi", "Foreign Minister of China")]
    assert (str(foreign_minister["first"]), int(foreign_minister["readouts"])) == ("2014-03-03", 7)
    assert ("Qin Gang", "Foreign Minister of China") in rows and ("Li Keqiang", "Premier of China") in rows


def test_positions_of_russia_on_unilateralism_carry_the_sentence(ask: Any) -> None:
    [row] = ask("positions", state="RUS", topic="unilateralism")
    assert _plain(row) | {"sentence": None} == {
        "topic_label": "unilateralism", "stance": "oppose", "joint": "false", "date": "2018-06-03",
        "readout": "readout/000", "sentence": None, "concept": "topic/unilateralism",
        "position": "position/000-ea9edb46f640"}
    assert "oppose unilateralism" in str(row["sentence"])


def test_positions_match_a_topic_by_part_of_its_name_in_any_case(ask: Any) -> None:
    rows = ask("positions", state="RUS", topic="KOREAN")
    assert {(str(r["topic_label"]), str(r["stance"]), str(r["joint"])) for r in rows} >= {
        ("denuclearization of the Korean Peninsula", "support", "true")}


def test_shared_positions_of_china_and_russia_are_the_same_stances(ask: Any) -> None:
    rows = ask("shared-positions", a="CHN", b="RUS")
    assert ("denuclearization of the Korean Peninsula", "support", "support", "true") in {
        (str(r["topic_label"]), str(r["stance_a"]), str(r["stance_b"]), str(r["same"])) for r in rows}
    assert {str(r["same"]) for r in rows} == {"true"}


def test_organizations_mentioned_most_is_the_un(ask: Any) -> None:
    rows = ask("organizations-mentioned")
    assert (str(rows[0]["acronym"]), int(rows[0]["readouts"])) == ("UN", 4)


def test_organizations_mentioned_around_a_state_come_from_its_events_only(ask: Any) -> None:
    china = {str(r["acronym"]) for r in ask("organizations-mentioned", state="CHN")}
    assert {"BRICS", "SCO", "UN"} <= china
    assert "ASEAN" not in china  # readouts 022 (USA-IDN) and 061 (SGP-MYS) name it


def test_sidelines_venues_are_the_brics_ministers_and_the_belt_and_road_forum(ask: Any) -> None:
    rows = [_plain(r) for r in ask("sidelines-venues")]
    assert [(r["venue_name"], r["meeting_label"], r["date"]) for r in rows] == [
        ("Belt and Road Forum for International Cooperation", "Meeting of Li Keqiang and Nawaz Sharif", "2017-05-13"),
        (SIDELINES_000, "Meeting of Wang Yi and Sergey Lavrov", "2018-06-03")]


def test_announced_events_are_later_visits_and_summits_with_their_readout(ask: Any) -> None:
    rows = [_plain(r) for r in ask("announced-events")]
    assert {(r["name"], r["start"], r["readout"]) for r in rows} >= {
        ("President Vladimir Putin's upcoming state visit to China", "2018-06-08", "readout/000"),
        ("BRICS Summit", "2018-07", "readout/000"),
        ("Shanghai Cooperation Organization (SCO) Qingdao Summit", "2018-06-08", "readout/000"),
        ("President Xi Jinping's state visit to Japan", "2020-03", "readout/001")}
    [putin] = [r for r in rows if r["name"] == "President Vladimir Putin's upcoming state visit to China"]
    assert (putin["visitor"], putin["end"], putin["kind"]) == ("Vladimir Putin", "2018-06-10", f"{BKG}StateVisit")
    assert all(str(r["start"]) > str(r["announced"]) for r in rows)


def test_provenance_of_an_event_is_the_sentence_that_reports_it(ask: Any) -> None:
    rows = [_plain(r) for r in ask("provenance", node="event/2018-06-03-meeting-0934fff022d5")]
    assert {r["readout"] for r in rows} == {"readout/000"}
    assert {(r["property"], r["other"]) for r in rows} >= {
        (f"{BKG}participant", "official/wang-yi"), (f"{BKG}participant", "official/sergey-lavrov"),
        (f"{BKG}participantState", "state/RUS"), (f"{BKG}reports", "readout/000"), (None, None)}
    assert all(str(r["sentence"]).startswith("On June 3, 2018") for r in rows)


def test_provenance_of_an_official_starts_where_a_readout_first_names_them(ask: Any) -> None:
    rows = [_plain(r) for r in ask("provenance", node="official/wang-yi")]
    assert {"readout/000", "readout/009", "readout/041"} - {r["readout"] for r in rows} == {"readout/041"}
    assert {"readout": "readout/000", "published": "2018-06-03", "property": None, "other": None, "start": "0",
            "end": "7", "sentence": "Wang Yi"} in rows


def test_the_events_table_has_one_row_per_reported_event(ask: Any, corpus: Path) -> None:
    rows = ask("events-table")
    assert len(rows) == len({r["event"] for r in rows}) == len(list(corpus.glob("*.txt")))


def test_the_events_table_gives_source_target_and_codes(ask: Any) -> None:
    rows = {str(r["date"]): _plain(r) for r in ask("events-table") if r["date"] is not None}
    assert rows["2018-06-03"] | {"event": None} == {
        "date": "2018-06-03", "kind": "meeting", "source": "Wang Yi", "source_actor": "CHN", "target": "Sergey Lavrov",
        "target_actor": "RUS", "location": None, "sidelines": SIDELINES_000, "cameo": "040", "plover_event": "CONSULT",
        "plover_mode": None, "event": None, "readout": "readout/000"}
    assert (rows["2014-03-03"]["kind"], rows["2014-03-03"]["cameo"], rows["2014-03-03"]["plover_mode"]) == (
        "phone_call", "041", "phone")
    assert (rows["2017-05-13"]["location"], rows["2017-05-13"]["target_actor"]) == ("Beijing", "PAK")


def test_the_events_table_between_two_days(ask: Any) -> None:
    rows = ask("events-table", **{"from": "2018-01-01", "to": "2018-12-31"})
    assert [str(r["date"]) for r in rows] == ["2018-05-18", "2018-06-03", "2018-09-04", "2018-12-21"]
