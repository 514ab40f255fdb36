"""Policy positions, read as a specification: who holds which stance on what.

Each case is a short readout in the style real ones are written in (two officials meet, then
report what each said); the positions are the facts one analyst would note from it.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

OPENING = "On June 3, Foreign Minister Wang Yi met with Foreign Minister Sergei Lavrov of Russia in Beijing.\n\n"


def positions(body: str) -> set[tuple[str, str, str]]:
    """(holder, stance, topic) of a readout made of the usual opening and ``body``."""
    facts = extract(Readout("t", OPENING + body, "t")).to_facts()
    return {(p["holder"], p["stance"], p["topic"]) for p in facts["positions"]}


@pytest.mark.parametrize(("body", "expected"), [
    # the stance comes from the verb
    ("Wang Yi said that China firmly opposes unilateralism.", ("CHN", "oppose", "unilateralism")),
    ("Lavrov said that Russia supports multilateralism.", ("RUS", "support", "multilateralism")),
    ("Wang Yi expressed concern over the humanitarian situation in Gaza.",
     ("CHN", "concern", "humanitarian situation in Gaza")),
    ("Lavrov said that Russia agrees with China's view on the international situation.",
     ("RUS", "agree", "China's view on the international situation")),
    ("Wang Yi said that China is firmly against decoupling.", ("CHN", "oppose", "decoupling")),
    ("Lavrov called for a political settlement.", ("RUS", "support", "political settlement")),
    ("Wang Yi stressed the urgent need for a ceasefire.", ("CHN", "support", "ceasefire")),
    ("Wang Yi said the two sides should be defenders of multilateralism.", ("CHN", "support", "multilateralism")),
    ("Lavrov said that the international community should remain vigilant against attempts to rewrite history.",
     ("RUS", "oppose", "attempts to rewrite history")),
    ("Lavrov expressed his appreciation for China's role in the peace process.",
     ("RUS", "support", "China's role in the peace process")),
    ("Lavrov wished the summit a complete success.", ("RUS", "support", "success of the summit")),
    ("Wang Yi discussed the importance of food security.", ("CHN", "support", "food security")),
])
def test_a_stance_verb_gives_the_stance_on_its_object(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_a_negated_support_is_opposition() -> None:
    assert ("RUS", "oppose", "bloc confrontation") in positions(
        "Lavrov said Russia does not support bloc confrontation.")


def test_a_second_verb_of_the_same_subject_takes_its_own_object() -> None:
    found = positions("Lavrov said that Russia is committed to the one-China principle and does not support "
                      "bloc confrontation.")
    assert ("RUS", "support", "one-China principle") in found
    assert ("RUS", "oppose", "bloc confrontation") in found
    assert ("RUS", "support", "bloc confrontation") not in found


def test_both_sides_agreeing_are_held_by_both() -> None:
    assert ("both", "support", "climate change") in positions("Both sides agreed to strengthen cooperation on "
                                                              "climate change.")


def test_two_named_officials_as_subject_are_held_by_both() -> None:
    assert ("both", "oppose", "terrorism") in positions("Wang Yi and Lavrov condemned terrorism in all its forms.")


def test_a_proposal_for_both_sides_is_the_speaker_s() -> None:
    found = positions("Wang Yi said that China values its ties with Russia. The two sides should jointly "
                      "safeguard the multilateral trading system.")
    assert ("CHN", "support", "multilateral trading system") in found


def test_a_pronoun_opening_a_paragraph_goes_on_with_the_last_speaker() -> None:
    found = positions("Wang Yi said China values its ties with Russia.\n\nHe urged both sides to boost the "
                      "alignment of their development strategies.")
    assert ("CHN", "support", "alignment of their development strategies") in found


@pytest.mark.parametrize(("body", "topic"), [
    # a shorter alias, or another form of the label's words, is reported as the concept's label
    ("Wang Yi said the two sides should reject the so-called \"decouple\".", "decoupling"),
    ("Wang Yi said China supports the denuclearization of the peninsula.", "denuclearization of the Korean Peninsula"),
    # a label that negates is not put on an alias that does not: opposing interference is no opposition to
    # non-interference
    ("Wang Yi said China opposes interference in internal affairs.", "interference in internal affairs"),
])
def test_the_topic_is_normalised_to_the_concept_label(body: str, topic: str) -> None:
    assert {t for _, _, t in positions(body)} == {topic}


@pytest.mark.parametrize(("body", "topic"), [
    # the object ends where a new clause begins
    ("Lavrov reaffirmed support for the reform agenda noting that reforms take time.", "reform agenda"),
    ("Wang Yi said China supports the people of Syria and ensuring stability in the region.", "people of Syria"),
    ("Lavrov said the public support for friendship has been consolidated.", None),
    ("Wang Yi said China is willing to deepen dialogue with Russia in various fields.", "China-Russia dialogue"),
    # a decimal point or an abbreviation does not end it
    ("Wang Yi said China supports the early conclusion of the Free Trade Area 3.0 negotiations.",
     "early conclusion of the Free Trade Area 3.0 negotiations"),
])
def test_the_topic_is_the_verb_s_object_and_no_more(body: str, topic: str | None) -> None:
    found = {t for _, _, t in positions(body)}
    assert found == ({topic} if topic else set())


def test_cooperation_with_the_other_side_names_both() -> None:
    assert ("CHN", "support", "China-Russia coordination and cooperation") in positions(
        "Wang Yi said that China is willing to intensify coordination and cooperation with the Russian side.")


def test_thanks_for_two_things_are_two_positions() -> None:
    found = positions("Lavrov thanked Wang Yi for China's support in the Security Council, and for its leadership "
                      "in the region.")
    assert {t for h, s, t in found if h == "RUS" and s == "support"} == {
        "China's support in the Security Council", "leadership in the region"}


@pytest.mark.parametrize("body", [
    "Wang Yi said that China is ready to join hands with Russia.",  # a partner, not a topic
    "The ministers shared the recognition that it is important to talk.",  # no subject for "is important"
    "Wang Yi said that China values close cooperation.",  # a stance on nothing in particular
    "Wang Yi reaffirmed China's commitment to Russia.",  # a stance towards the other side: the relations
])
def test_no_position_without_a_topic(body: str) -> None:
    assert positions(body) == set()


def test_the_same_topic_said_twice_is_one_position() -> None:
    found = positions("Wang Yi said China values bilateral ties. China is ready to push for new progress of "
                      "bilateral relations.")
    assert [t for h, s, t in found if h == "CHN"] == ["China-Russia relations"]


def test_an_unnamed_official_called_by_title_holds_nothing() -> None:
    text = ("The Prime Minister spoke to Australian Prime Minister Anthony Albanese today.\n\n"
            "The Prime Minister thanked Prime Minister Albanese for Australia's support to Ukraine.")
    facts = extract(Readout("t", text, "t")).to_facts()
    assert [p for p in facts["positions"] if p["holder"] == "AUS"] == []
