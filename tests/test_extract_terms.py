"""An event date written without a year ("On May 5") in a readout without a dateline takes the one
year in which every participant held the post the text gives them, and only that year."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.lexicon import _term_bound
from kg.model import Readout
from kg.rdf import readout_quads, reference_quads
from kg.readouts import read_path
from kg.validate import validate_quads
from kg.vocab import BKG

CORPUS = Path(__file__).parent / "data" / "corpus"
_YEAR = re.compile(r"(?:,\s*|\s+)(?:19|20)\d\d\b")  # "May 13, 2017", "May 13,2017"

LAVROV_TILLERSON = ("On {day}, Foreign Minister Sergey Lavrov spoke over the phone with {title} Rex Tillerson. "
                    "The call was initiated by the US side.")


def _event(text: str, *, date: str | None = None):  # type: ignore[no-untyped-def]
    return extract(Readout(id="t", text=text, source="t", title=None, date=date)).event


def test_a_russian_mfa_release_without_a_year_takes_the_one_year_both_ministers_held_office() -> None:
    """Readout 026: Tillerson was Secretary of State from February 2017 to March 2018."""
    [readout] = read_path(CORPUS / "026.txt")
    event = extract(readout).event
    assert readout.date is None
    assert event is not None and event.date == "2017-05-05"
    assert event.year_from_terms_of == ("official/sergey-lavrov", "official/rex-tillerson")


def test_the_other_dates_of_that_readout_resolve_against_the_inferred_day() -> None:
    [readout] = read_path(CORPUS / "026.txt")
    mentioned = {m.name: m.start for m in extract(readout).mentioned_events}
    assert mentioned["International Meeting on Syria"] == "2017-05-03"


def test_a_day_that_fits_two_years_of_the_terms_stays_unresolved() -> None:
    """February 10 fell in Tillerson's term in 2017 and in 2018."""
    event = _event(LAVROV_TILLERSON.format(day="February 10", title="US Secretary of State"))
    assert event is not None and event.date is None and event.year_from_terms_of == ()


def test_terms_still_running_never_fix_a_year() -> None:
    """Lavrov and Wang Yi both still hold office: any year since 2013 fits (readout 059)."""
    [readout] = read_path(CORPUS / "059.txt")
    event = extract(readout).event
    assert event is not None and event.date is None


def test_another_name_of_the_same_post_counts() -> None:
    event = _event(LAVROV_TILLERSON.format(day="May 5", title="Minister for Foreign Affairs"))
    assert event is not None and event.date == "2017-05-05"


def test_the_head_word_of_the_post_counts() -> None:
    event = _event("On May 5, Foreign Minister Sergey Lavrov spoke over the phone with Secretary Rex Tillerson.")
    assert event is not None and event.date == "2017-05-05"


def test_a_post_the_table_does_not_list_for_the_official_does_not_count() -> None:
    event = _event(LAVROV_TILLERSON.format(day="May 5", title="Prime Minister"))
    assert event is not None and event.date is None


def test_a_former_post_does_not_count() -> None:
    event = _event(LAVROV_TILLERSON.format(day="May 5", title="former US Secretary of State"))
    assert event is not None and event.date is None


def test_a_weekday_that_the_year_contradicts_leaves_the_date_unresolved() -> None:
    """May 5, 2017 was a Friday."""
    assert _event(LAVROV_TILLERSON.format(day="Friday, May 5", title="US Secretary of State")).date == "2017-05-05"
    assert _event(LAVROV_TILLERSON.format(day="Monday, May 5", title="US Secretary of State")).date is None


def test_a_weekday_alone_gets_no_year_from_terms() -> None:
    event = _event(LAVROV_TILLERSON.format(day="Friday", title="US Secretary of State"))
    assert event is not None and event.date is None


def test_the_readouts_own_date_wins_over_terms_of_office() -> None:
    event = _event(LAVROV_TILLERSON.format(day="May 5", title="US Secretary of State"), date="2018-05-07")
    assert event is not None and event.date == "2018-05-05" and event.year_from_terms_of == ()


def test_the_graph_says_whose_terms_fixed_the_year_and_stays_valid() -> None:
    [readout] = read_path(CORPUS / "026.txt")
    quads = readout_quads(extract(readout), tool_version="test")
    holders = {str(o) for _, p, o, _ in quads if p == BKG.yearFromTermOf}
    assert {h.rsplit("/", 1)[1] for h in holders} == {"sergey-lavrov", "rex-tillerson"}
    assert validate_quads([*quads, *reference_quads()]).conforms


@pytest.mark.parametrize("cell", ["2017-13", "17", "2017-2", "May 2017"])
def test_a_malformed_term_bound_in_the_officials_table_is_refused_by_name(cell: str) -> None:
    with pytest.raises(ValueError, match="Rex Tillerson.*YYYY or YYYY-MM"):
        _term_bound(cell, "Rex Tillerson")


@pytest.mark.parametrize("cell, expected", [("2017", "2017"), ("2018-03", "2018-03"), ("", None), (" ", None)])
def test_a_term_bound_is_a_year_or_a_month(cell: str, expected: str | None) -> None:
    assert _term_bound(cell, "X") == expected


def _dated_gold() -> list[Path]:
    return [p for p in sorted(CORPUS.glob("*.json")) if json.loads(p.read_text(encoding="utf-8"))["event"]["date"]]


@pytest.mark.parametrize("gold_path", _dated_gold(), ids=lambda p: p.stem)
def test_with_every_year_struck_from_a_real_readout_the_terms_never_give_a_wrong_year(gold_path: Path) -> None:
    """Precision on real texts: "On June 3, 2018" becomes "On June 3", and no dateline is left."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["event"]["date"]
    [readout] = read_path(gold_path.with_suffix(".txt"))
    yearless = _YEAR.sub("", readout.text)
    event = extract(Readout(id=readout.id, text=yearless, source=readout.source, title=None, date=None)).event
    assert event is not None and event.date in (None, gold)
    assert (event.date is not None) == bool(event.year_from_terms_of)


UNGA = ("On September {day}, Foreign Minister Sergey Lavrov had a conversation with Foreign Minister of Japan Fumio "
        "Kishida on the sidelines of the 71st session of the UN General Assembly in New York.")


def test_the_numbered_general_assembly_session_beside_the_meeting_fixes_the_year() -> None:
    """The 71st session opened in September 2016; Lavrov's and Kishida's terms alone allow 2013 to 2024."""
    event = _event(UNGA.format(day="23"))
    assert event is not None and event.date == "2016-09-23" and event.year_from_sidelines
    quads = readout_quads(extract(Readout(id="t", text=UNGA.format(day="23"), source="t")), tool_version="test")
    assert [str(o).rsplit("/", 1)[1] for _, p, o, _ in quads if p == BKG.yearFromEvent] == [
        "71st-session-of-the-un-general-assembly-2016-09"]
    assert validate_quads([*quads, *reference_quads()]).conforms


def test_a_session_number_outside_the_terms_leaves_the_date_unresolved() -> None:
    event = _event(UNGA.format(day="23").replace("71st", "80th"))
    assert event is not None and event.date is None and not event.year_from_sidelines
