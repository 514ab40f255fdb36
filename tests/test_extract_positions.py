"""Policy positions, read as a specification: who holds which stance on what.

Each case is a short readout in the style real ones are written in (two officials meet, then
report what each said); the positions are the facts one analyst would note from it.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout

OPENING = "On June 3, Foreign Minister Wang Yi met with Foreign Minister Sergei Lavrov of Russia in Beijing.\n\n"


def _held(text: str) -> set[tuple[str, str, str]]:
    """(holder, stance, topic) of a whole readout."""
    facts = extract(Readout("t", text, "t")).to_facts()
    return {(p["holder"], p["stance"], p["topic"]) for p in facts["positions"]}


def positions(body: str) -> set[tuple[str, str, str]]:
    """(holder, stance, topic) of a readout made of the usual opening and ``body``."""
    return _held(OPENING + body)


@pytest.mark.parametrize(("body", "expected"), [
    # the stance comes from the verb
    ("Wang Yi said that China firmly opposes unilateralism.", ("CHN", "oppose", "unilateralism")),
    ("Lavrov said that Russia supports multilateralism.", ("RUS", "support", "multilateralism")),
    ("Wang Yi expressed concern over the humanitarian situation in Gaza.",
     ("CHN", "concern", "humanitarian situation in Gaza")),
    ("Lavrov said that Russia agrees with China's view on the international situation.",
     ("RUS", "agree", "China's view on the international situation")),
    ("Wang Yi said that China is firmly against decoupling.", ("CHN", "oppose", "decoupling")),
    ("Lavrov said Russia is firmly opposed to unilateral sanctions.", ("RUS", "oppose", "unilateral sanctions")),
    ("Wang Yi said the two sides should avoid discriminatory measures.", ("CHN", "oppose", "discriminatory measures")),
    ("Lavrov expressed satisfaction over the growth of trade.", ("RUS", "support", "growth of trade")),
    ("Lavrov affirmed Russia's desire to continue the positive momentum in trade.",
     ("RUS", "support", "positive momentum in trade")),
    ("Lavrov noted with satisfaction the progressive and dynamic development of trade.",
     ("RUS", "support", "progressive and dynamic development of trade")),
    ("Wang Yi said China will speed up the alignment of the two initiatives.",
     ("CHN", "support", "alignment of the two initiatives")),
    ("Lavrov acknowledged positive progress in the talks.", ("RUS", "support", "positive progress in the talks")),
    ("Wang Yi said China advocates multilateralism.", ("CHN", "support", "multilateralism")),
    ("Lavrov said the country speaks highly of the peace plan.", ("RUS", "support", "peace plan")),
    ("Lavrov said both sides agreed on the vital need to reinforce security around subsea infrastructure.",
     ("both", "agree", "vital need to reinforce security around subsea infrastructure")),
    ("Lavrov expressed satisfaction about the growth of trade.", ("RUS", "support", "growth of trade")),
    ("Lavrov said Russia would always stand by the people of Syria.", ("RUS", "support", "people of Syria")),
    ("Lavrov said Russia will actively participate in the Belt and Road Initiative.",
     ("RUS", "support", "Belt and Road Initiative")),
    ("Lavrov underscored Russia's desire for peace and stability in the region.",
     ("RUS", "support", "peace and stability in the region")),
    ("Lavrov was encouraged by progress in the talks.", ("RUS", "support", "progress in the talks")),
    ("Lavrov reiterated strong concerns over the detention of journalists.",
     ("RUS", "concern", "detention of journalists")),
    ("Lavrov gave a positive assessment of the talks in Geneva.", ("RUS", "support", "talks in Geneva")),
    ("Lavrov said he would make efforts for further progress of the talks.",
     ("RUS", "support", "progress of the talks")),
    ("Wang Yi said China is opposed to any attempt to change the status quo.",
     ("CHN", "oppose", "attempt to change the status quo")),
    ("Lavrov called for a political settlement.", ("RUS", "support", "political settlement")),
    ("Wang Yi stressed the urgent need for a ceasefire.", ("CHN", "support", "ceasefire")),
    ("Wang Yi said the two sides should be defenders of multilateralism.", ("CHN", "support", "multilateralism")),
    ("Lavrov said that the international community should remain vigilant against attempts to rewrite history.",
     ("RUS", "oppose", "attempts to rewrite history")),
    ("Lavrov expressed his appreciation for China's role in the peace process.",
     ("RUS", "support", "China's role in the peace process")),
    ("Lavrov wished the summit a complete success.", ("RUS", "support", "success of the summit")),
    ("Wang Yi discussed the importance of food security.", ("CHN", "support", "food security")),
    ("Lavrov appreciated China's positive role in resolving the Syria issue.",
     ("RUS", "support", "China's positive role in resolving the Syria issue")),
    ("Lavrov cautioned against any interference in the internal affairs of Venezuela.",
     ("RUS", "oppose", "interference in the internal affairs of Venezuela")),
    ("Wang Yi warned against attempts to rewrite history.", ("CHN", "oppose", "attempts to rewrite history")),
    # praise of a thing, not of someone for something
    ("Lavrov commended China's defense investments as an example for other nations that must step up.",
     ("RUS", "support", "China's defense investments")),
    ("Lavrov gave an account of the situation, and Wang Yi reiterated support for Russia's position.",
     ("CHN", "support", "Russia's position")),
    # solidarity, acknowledgement, what must never be tolerated
    ("Lavrov expressed his deep solidarity with China.", ("RUS", "support", "solidarity with China")),
    ("Lavrov emphasized Russia's solidarity with China as it moves ahead with recovery.",
     ("RUS", "support", "solidarity with China")),
    ("Lavrov acknowledged China’s generosity in hosting refugees.",
     ("RUS", "support", "China’s generosity in hosting refugees")),
    ("Wang Yi said the threat of nuclear weapons should never be tolerated.", ("CHN", "oppose", "nuclear weapons")),
    # what is called unacceptable, intolerable or inadmissible is opposed
    ("Lavrov noted that Washington's playing into the Kiev regime's hands in torpedoing the Minsk Agreements on the "
     "settlement of the conflict was unacceptable.",
     ("RUS", "oppose", "Washington's playing into the Kiev regime's hands in torpedoing the Minsk Agreements on the "
                       "settlement")),
    ("Wang Yi said \"Monroeism\" is out of date, sanctions and pressure is unacceptable, and imposed solutions offer "
     "no way out.", ("CHN", "oppose", "sanctions")),
    ("Lavrov said it is unacceptable to address the Korean Peninsula nuclear issue by means of military force.",
     ("RUS", "oppose", "address the Korean Peninsula nuclear issue by means of military force")),
    ("Lavrov said Russia views the expulsion of diplomats as inadmissible.", ("RUS", "oppose", "expulsion of diplomats")),
    ("Lavrov thanked Wang Yi for looking after Russian nationals in China.",
     ("RUS", "support", "looking after Russian nationals in China")),
    ("Lavrov pressed Japan to release the detained fishermen.", ("RUS", "support", "release the detained fishermen")),
    ("Lavrov described the pressure through sanctions as counterproductive.",
     ("RUS", "oppose", "pressure through sanctions")),
    ("Lavrov stressed the inadmissibility of pressure on Russian media outlets.",
     ("RUS", "oppose", "pressure on Russian media outlets")),
    # appreciation, concern, desire and pledges, however worded
    ("Lavrov voiced appreciation for China's firm stance on the Iranian nuclear issue.",
     ("RUS", "support", "China's firm stance on the Iranian nuclear issue")),
    ("Lavrov expressed his gratitude for China’s support of the resolution on Syria.",
     ("RUS", "support", "China’s support of the resolution on Syria")),
    ("Lavrov also showed Russia's strong concern on the humanitarian situation in Yemen.",
     ("RUS", "concern", "humanitarian situation in Yemen")),
    ("The two ministers reiterated their desire for a strong trading relationship.",
     ("both", "support", "strong trading relationship")),
    ("Wang Yi pledged to continue helping Syria meet public health needs.",
     ("CHN", "support", "helping Syria meet public health needs")),
    # adjectives before a comma, hopes of a side, regret
    ("Lavrov said that Russia is willing to maintain close, high-level exchange with China.",
     ("RUS", "support", "close, high-level exchange with China")),
    ("Lavrov expressed Russia’s hopes that the peace proposal will be accepted.",
     ("RUS", "support", "peace proposal be accepted")),
    ("Lavrov expressed regret over the incidents at the Chinese embassy in Moscow.",
     ("RUS", "oppose", "incidents at the Chinese embassy in Moscow")),
    # what is said to matter, noted with satisfaction, a side's appreciation, trouble pointed out
    ("Lavrov stated that it is important to resume the six-party talks.",
     ("RUS", "support", "resume the six-party talks")),
    ("Wang Yi said that it was also significant for Russia to explore opportunities for dialogue with Iran.",
     ("CHN", "support", "explore opportunities for dialogue with Iran")),
    ("Lavrov noted with deep satisfaction the growing dynamics of trade.",
     ("RUS", "support", "growing dynamics of trade")),
    ("Lavrov expressed Russia's appreciation for the Chinese initiative on Syria.",
     ("RUS", "support", "Chinese initiative on Syria")),
    ("Lavrov drew attention to an increase in ceasefire violations in the Donbas region.",
     ("RUS", "concern", "increase in ceasefire violations in the Donbas region")),
    ("Lavrov expressed concern over Japan's intensified military activities.",
     ("RUS", "concern", "Japan's intensified military activities")),
])
def test_a_stance_verb_gives_the_stance_on_its_object(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_each_verb_of_a_list_gives_its_object_the_list_s_stance() -> None:
    found = positions("Wang Yi said China stands ready to strengthen exchanges with Russia at all levels, dovetail "
                      "development strategies, expand mutually beneficial cooperation in trade and agriculture.")
    assert ("CHN", "support", "development strategies") in found
    assert ("CHN", "support", "mutually beneficial cooperation in trade and agriculture") in found


def test_an_agreement_to_act_on_something_is_agreement_on_it_whatever_the_verb() -> None:
    assert ("both", "agree", "important common understandings reached between the two heads of state") in positions(
        "The two sides agreed to follow through on the important common understandings reached between the two heads "
        "of state.")


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
    assert ("both", "agree", "climate change") in positions("Both sides agreed to strengthen cooperation on "
                                                            "climate change.")


def test_the_matter_a_sentence_opens_with_is_not_its_speaker() -> None:
    assert positions("On Syria, the two ministers agreed to support the Geneva process.") == {
        ("both", "agree", "Geneva process")}


@pytest.mark.parametrize("marker", ["(2) ", "° ", "(b) ", "iii) ", "• "])
def test_a_list_marker_does_not_hide_the_subject(marker: str) -> None:
    assert ("both", "agree", "free trade between China and the EU") in positions(
        f"{marker}The two Ministers shared the view to promote free trade between China and the EU.")


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
    ("Lavrov said Russia supports the Sept. 19, 2005 agreement of the six-party talks.",
     "Sept. 19, 2005 agreement of the six-party talks"),
    # how long or how often is no part of it
    ("Lavrov said Russia values the in-depth exchanges in politics and culture in recent years.",
     "in-depth exchanges in politics and culture"),
    # a long object is kept to its end, as analysts write it
    ("Lavrov said Russia welcomes exchanges and cooperation in economy and trade, green development, agriculture "
     "and fisheries.", "exchanges and cooperation in economy and trade, green development, agriculture and fisheries"),
    ("Wang Yi thanked Ambassador Ivanov for his contributions to the development of China-Russia relations during "
     "his tenure as Ambassador to China.",
     "contributions to the development of China-Russia relations during his tenure as Ambassador to China"),
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
    "Wang Yi said that China pays close attention to the developments in Central Asia.",  # watching, no stance
    "Lavrov welcomed Wang Yi to Moscow for the Eastern Economic Forum.",  # a courtesy to a visitor, and why he came
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


def test_agreeing_to_act_on_something_is_agreement_on_it() -> None:
    found = positions("The two ministers agreed to deepen cooperation in the Quad.")
    assert ("both", "agree", "cooperation in the Quad") in found
    assert ("both", "support", "cooperation in the Quad") not in found


def test_confirming_they_would_work_towards_something_is_agreement_on_it() -> None:
    assert ("both", "agree", "success of the summit") in positions(
        "Both ministers confirmed that they would work together toward the success of the summit.")


def test_shared_concerns_are_a_concern() -> None:
    assert ("both", "concern", "South China Sea") in positions(
        "The two ministers shared serious concerns over the situation in the South China Sea.")


def test_congratulating_someone_on_something_supports_the_something() -> None:
    found = positions("Wang Yi congratulated Lavrov on the successful BRICS summit in Kazan.")
    assert ("CHN", "support", "successful BRICS summit in Kazan") in found


@pytest.mark.parametrize("body", [
    "Wang Yi said China and Russia had reached consensus on the Belt and Road Initiative.",
    "Lavrov noted that the two heads of state agreed to build the Belt and Road Initiative.",
])
def test_what_both_agreed_is_both_sides_agreement_also_in_one_side_s_words(body: str) -> None:
    assert {(h, s) for h, s, t in positions(body) if "Belt and Road" in t} == {("both", "agree")}


@pytest.mark.parametrize(("text", "expected"), [
    # a title of a named state is that state's official
    ("President of the United States Barack Obama had a telephone conversation with President Vladimir Putin. "
     "The President of Russia stressed the importance of strategic stability.", ("RUS", "strategic stability")),
    # a title in lower case names its holder
    ("Today, Secretary of Defense Jim Mattis met with Japanese Defense Minister Itsunori Onodera in Tokyo. Minister "
     "Onodera welcomed the visit. During the meeting, the secretary emphasized the importance of regional security.",
     ("USA", "regional security")),
    # the official of a union's organ holds positions for the union
    ("Wang Yi Meets with European Commission Vice-President Josep Borrell\n\nOn May 5, 2021, Foreign Minister Wang Yi "
     "met with European Commission Vice-President Josep Borrell in Beijing. Borrell said the EU supports free trade.",
     ("EU", "free trade")),
])
def test_who_holds_a_position_is_read_from_the_whole_readout(text: str, expected: tuple[str, str]) -> None:
    facts = extract(Readout("t", text, "t")).to_facts()
    assert {(p["holder"], p["topic"]) for p in facts["positions"]} == {expected}


def test_taking_part_in_a_gathering_is_no_position() -> None:
    assert positions("Lavrov said Russia will participate in the G20 summit in Rome.") == set()


def test_fighting_side_by_side_is_no_opposition() -> None:
    found = positions("Lavrov noted the cooperation of the two armies, including fighting side-by-side in the "
                      "campaign.")
    assert not any(s == "oppose" for _, s, _ in found)


def test_defending_against_something_is_no_support_for_it() -> None:
    found = positions("Lavrov said Russia will help Syria as it continues to defend against terrorist attacks.")
    assert not any(t.startswith("against") or t == "terrorist attacks" for _, _, t in found)


@pytest.mark.parametrize("body", [
    "Wang Yi congratulated Lavrov on his appointment. Lavrov expressed his gratitude for the hospitality.",
    "Wang Yi congratulated Lavrov on taking up his new post.",
    "Lavrov congratulated Wang Yi on being elected to the Politburo.",
    "Wang Yi said a warm welcome awaited the President when he visits China.",
    "Lavrov congratulated Wang Yi on his March 18 re-election.",
    "Lavrov congratulated Wang Yi with his inauguration as China's president.",
])
def test_courtesies_are_no_positions(body: str) -> None:
    assert positions(body) == set()


def test_a_concept_named_as_a_pretext_is_no_object_of_the_stance() -> None:
    found = positions("Wang Yi said China rejects unilateralism and interference in other countries' internal affairs "
                      "on the pretext of human rights issues.")
    assert not any("human rights" in t and "interference" not in t for _, _, t in found)


def test_what_runs_counter_to_a_charter_is_no_opposition_to_the_charter() -> None:
    found = positions("Wang Yi said using tariffs as a weapon runs counter to the purposes of the UN Charter.")
    assert not any(s == "oppose" and "Charter" in t for _, s, t in found)


@pytest.mark.parametrize(("body", "expected"), [
    ("Wang Yi said the two sides should implement the consensus reached by the two presidents.",
     ("CHN", "support", "consensus reached by the two presidents")),
    ("Lavrov said Russia would like to further develop the comprehensive strategic partnership.",
     ("RUS", "support", "comprehensive strategic partnership")),
    ("Lavrov said Russia will step up cooperation on food security.", ("RUS", "support", "food security")),
    ("Wang Yi said the two countries should continue to maintain high-level contacts between the militaries.",
     ("CHN", "support", "high-level contacts between the militaries")),
    ("Lavrov said the international community must ensure the safety of nuclear facilities.",
     ("RUS", "support", "safety of nuclear facilities")),
    ("Wang Yi said that China and Russia should join hands to defend multilateralism.",
     ("CHN", "support", "multilateralism")),
    ("Lavrov said the two sides should respect each other's sovereignty and territorial integrity.",
     ("RUS", "support", "each other's sovereignty and territorial integrity")),
    ("Wang Yi said the two sides should restore normal exchanges and trade.",
     ("CHN", "support", "normal exchanges and trade")),
])
def test_a_verb_after_to_or_a_modal_gives_the_stance(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_noting_or_reviewing_progress_supports_it() -> None:
    assert ("both", "support", "progress in the China-Russia energy partnership") in positions(
        "The two ministers reviewed progress in the China-Russia energy partnership.")


def test_a_noun_s_infinitive_belongs_to_the_object() -> None:
    assert ("RUS", "support", "China's bid to host the summit") in positions(
        "Lavrov reaffirmed Russia's support for China's bid to host the summit.")


def test_an_adjective_in_ed_does_not_end_the_object() -> None:
    assert ("both", "support", "close and multifaceted partnership in the Arctic") in positions(
        "Both ministers reaffirmed the close and multifaceted partnership in the Arctic.")


def test_concepts_joined_by_a_preposition_are_one_topic() -> None:
    assert ("both", "support", "ceasefire in the Gaza Strip") in positions(
        "The two ministers called for a ceasefire in the Gaza Strip.")


def test_support_as_a_noun_without_for_has_no_object() -> None:
    found = positions("Lavrov said Russia would provide Belarus with the military support it needs.")
    assert not any(topic == "it needs" for _, _, topic in found)


def test_a_bare_title_as_subject_is_its_holder() -> None:
    text = ("Prime Minister Narendra Modi held a telephone conversation with President Abdel Fattah El-Sisi of "
            "Egypt.\n\nThe leaders exchanged views on West Asia. PM expressed concern at the loss of civilian lives.")
    assert ("IND", "concern", "loss of civilian lives") in _held(text)


def test_an_unnamed_title_speaks_for_the_side_with_no_named_official() -> None:
    text = ("The Prime Minister met German Chancellor Olaf Scholz in Hiroshima today.\n\n"
            "The Prime Minister and Chancellor Scholz agreed to deepen UK-German cooperation on energy security. "
            "The Prime Minister condemned the attack on the embassy in London.")
    found = _held(text)
    assert ("both", "agree", "UK-German cooperation on energy security") in found
    assert ("GBR", "oppose", "attack on the embassy in London") in found


@pytest.mark.parametrize(("body", "expected"), [
    ("Lavrov reflected on the importance of the Arctic Council.", ("RUS", "support", "Arctic Council")),
    ("Wang Yi reiterated the shared goal of a nuclear-weapon-free Korean Peninsula.",
     ("CHN", "support", "nuclear-weapon-free Korean Peninsula")),
])
def test_importance_need_and_goal_are_support_whatever_the_verb(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_an_adjunct_of_circumstance_ends_the_object() -> None:
    found = positions("Lavrov reaffirmed support for the Astana process in the face of continued attacks on civilians.")
    assert ("RUS", "support", "Astana process") in found


def test_a_demonstrative_object_refers_back_and_is_no_new_topic() -> None:
    assert positions("Wang Yi stressed the importance of that vital mission.") == set()


def test_congratulations_on_a_new_post_are_a_courtesy() -> None:
    assert positions("Wang Yi congratulated Lavrov on his new position.") == set()


def test_a_passive_participle_is_no_stance() -> None:
    assert positions("Wang Yi said trade needs to be sustained and enhanced in full coordination with partners.") == set()


@pytest.mark.parametrize("body", [
    "Discussion focused on trade, and both ministers agreed on the importance of food security.",
    "The pair agreed on the importance of food security.",
    "Wang Yi and his counterpart agreed on the importance of food security.",
])
def test_a_joint_subject_anywhere_in_the_sentence_speaks_for_both(body: str) -> None:
    assert ("both", "agree", "food security") in positions(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("The two ministers agreed that a negotiated solution of the crisis is the best outcome.",
     ("both", "agree", "negotiated solution of the crisis")),
    ("Wang Yi expressed the hope that both sides could handle the dispute in a calm manner.",
     ("CHN", "support", "handle the dispute in a calm manner")),
    ("Wang Yi said he hoped the US would provide a fair business environment for Chinese enterprises.",
     ("CHN", "support", "provide a fair business environment for Chinese enterprises")),
    ("Lavrov urged the United States to use its influence in Kiev.", ("RUS", "support", "use its influence in Kiev")),
    ("Lavrov called on Kiev to implement the Minsk Agreements.", ("RUS", "support", "Minsk Agreements")),
])
def test_a_clause_after_agreeing_hoping_or_urging_is_the_topic(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_what_a_clause_judges_is_the_topic_and_not_the_judgement() -> None:
    assert positions("The ministers agreed that close cooperation on climate finance was vital.") == {
        ("both", "agree", "close cooperation on climate finance")}


def test_a_clause_without_that_after_agreed_is_read_all_the_same() -> None:
    assert positions("They agreed the UK's recognition of Indian vaccine certification is a welcome development.") == {
        ("both", "agree", "UK's recognition of Indian vaccine certification")}


def test_agreeing_that_a_and_that_b_are_two_positions() -> None:
    assert positions("Both sides agreed that the new port is an historic opportunity and that the pressure "
                     "campaign must remain in effect.") == {
        ("both", "agree", "new port"), ("both", "agree", "pressure campaign remain in effect")}


def test_a_list_of_single_words_does_not_end_the_clause() -> None:
    assert positions("They agreed that an independent, full, credible, and unimpeded investigation must begin.") == {
        ("both", "agree", "independent, full, credible, and unimpeded investigation begin")}


def test_each_item_of_a_list_of_gerunds_takes_the_verb_s_stance() -> None:
    assert positions("The two recommitted to deconflicting military operations in Syria, reducing the violence, "
                     "and creating the conditions for the Geneva process.") == {
        ("both", "support", "deconflicting military operations in Syria"), ("both", "support", "reducing the violence"),
        ("both", "support", "creating the conditions for the Geneva process")}


def test_a_gerund_item_ends_where_another_stance_verb_begins() -> None:
    assert positions("Lavrov is committed to deconflicting operations in Syria, reducing the violence and "
                     "strengthening the ceasefire.") == {
        ("RUS", "support", "deconflicting operations in Syria"), ("RUS", "support", "reducing the violence"),
        ("RUS", "support", "ceasefire")}


def test_agreement_carries_over_the_items_it_governs() -> None:
    assert positions("Both sides reached broad consensus on earnestly promoting the implementation of the visit's "
                     "results, and enhancing the comprehensive development of the strategic partnership.") == {
        ("both", "agree", "implementation of the visit's results"),
        ("both", "agree", "comprehensive development of the strategic partnership")}


def test_agreement_does_not_carry_over_to_a_new_predicate() -> None:
    found = positions("Lavrov said Russia fully agrees with China's view on the international situation, and is "
                      "willing to strengthen coordination with China in multilateral mechanisms.")
    assert {stance for _, stance, topic in found if "coordination" in topic} == {"support"}


def test_a_state_as_object_with_what_it_is_to_do_is_the_topic() -> None:
    assert positions("Wang Yi said that China supports Kazakhstan to play a bigger role in regional affairs.") == {
        ("CHN", "support", "Kazakhstan to play a bigger role in regional affairs")}


@pytest.mark.parametrize(("body", "expected"), [
    ("Additionally, the Foreign Ministers aligned their positions on the situation in Ukraine.",
     ("both", "agree", "situation in Ukraine")),
    ("Both sides reached extensive consensus on enhancing cooperation in green energy.",
     ("both", "agree", "cooperation in green energy")),
    ("Lavrov and Wang Yi discussed their shared concern about ongoing violence in the West Bank.",
     ("both", "concern", "ongoing violence in the West Bank")),
    ("Wang Yi noted the disruptive impact of the trade war on growth.",
     ("CHN", "concern", "disruptive impact of the trade war on growth")),
    ("Lavrov emphasized the enduring partnership between the two countries.",
     ("RUS", "support", "enduring partnership between the two countries")),
])
def test_wordings_of_agreement_concern_and_emphasis(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_a_concept_said_of_a_named_case_keeps_the_case_in_its_label() -> None:
    found = extract(Readout("t", OPENING + "They reaffirmed their commitment to the political settlement of the "
                                          "dispute in Western Sahara.", "t")).positions
    assert [(p.topic, p.topic_key) for p in found] == [
        ("political settlement of the dispute in Western Sahara", "topic/peaceful-settlement")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Wang Yi supports the return of more than 100,000 Syrian refugees.",
     ("CHN", "support", "return of more than 100,000 Syrian refugees")),
    ("Lavrov welcomed the enduring, strategic partnership between the two countries.",
     ("RUS", "support", "enduring, strategic partnership between the two countries")),
    ("Lavrov supports access to technology for developing countries.",
     ("RUS", "support", "access to technology for developing countries")),
    ("Wang Yi welcomed their contribution to holding the ministerial meeting.",
     ("CHN", "support", "contribution to holding the ministerial meeting")),
])
def test_a_comma_in_a_number_or_after_a_lone_adjective_and_a_noun_s_to_do_not_end_the_object(
        body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("The two discussed concerns related to the DPRK's nuclear program.", ("both", "concern", "DPRK's nuclear program")),
    ("Expressing concern with the rising violence in Darfur, Lavrov called for calm.",
     ("RUS", "concern", "rising violence in Darfur")),
    ("And both Presidents welcomed the return of refugees.", ("both", "support", "return of refugees")),
])
def test_more_wordings_of_concern_and_of_both_sides(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_each_noun_phrase_of_a_list_takes_the_stance() -> None:
    assert positions("Lavrov restated the need for the implementation of the Minsk Agreements, the end of armed "
                     "provocations, and the launch of a direct dialogue.") == {
        ("RUS", "support", "implementation of the Minsk Agreements"), ("RUS", "support", "end of armed provocations"),
        ("RUS", "support", "launch of a direct dialogue")}


def test_a_list_item_with_its_own_stance_verb_is_left_to_that_verb() -> None:
    assert ("RUS", "support", "multilateralism") in positions(
        "Lavrov reaffirmed his commitment to the UN Charter, and his adherence to multilateralism.")


def test_fighting_a_disease_together_is_no_opposition_to_it() -> None:
    assert positions("The two ministers discussed the shared fight against the COVID-19 pandemic.") == set()


def test_good_wishes_are_a_courtesy() -> None:
    assert positions("Wang Yi thanked Lavrov for his good wishes.") == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("Lavrov insists on a political settlement of the crisis in Yemen.",
     ("RUS", "support", "political settlement of the crisis in Yemen")),
    ("Lavrov requested that Kiev return its representatives to the joint centre.",
     ("RUS", "support", "Kiev return its representatives to the joint centre")),
    ("Lavrov expressed agreement with the Chinese proposal on Ukraine.",
     ("RUS", "agree", "Chinese proposal on Ukraine")),
    ("Lavrov underscored his concern for the safety of Russian nationals.",
     ("RUS", "concern", "safety of Russian nationals")),
    ("Lavrov said that the Russia-China partnership is a historical choice.",
     ("RUS", "support", "Russia-China partnership")),
])
def test_cues_of_insistence_request_agreement_concern_and_evaluation(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_thanks_for_the_call_itself_is_a_courtesy() -> None:
    assert positions("Wang Yi thanked Lavrov for his call.") == set()


def test_a_third_party_s_aim_told_in_passing_is_no_position() -> None:
    assert positions("Lavrov supports Iraq as political leaders seek to implement political reforms.") == {
        ("RUS", "support", "Iraq")}


def test_concepts_joined_by_throughout_qualify_one_another() -> None:
    assert positions("Lavrov stressed the need to increase the delivery of humanitarian assistance throughout Gaza.") \
        == {("RUS", "support", "delivery of humanitarian assistance throughout Gaza")}


def test_what_a_crisis_can_only_be_resolved_with_is_the_topic() -> None:
    assert positions("They agreed that ultimately the situation in Yemen could only be resolved with a political "
                     "solution.") == {("both", "agree", "political solution")}


def test_the_speaker_of_a_passive_proposal_is_not_part_of_its_topic() -> None:
    assert positions("While talking about Ukraine, Wang Yi said the sovereignty of all countries must be respected.") \
        == {("CHN", "support", "sovereignty and territorial integrity")}


def test_values_after_an_adjective_are_a_noun() -> None:
    assert positions("Lavrov spoke of the democratic values shared by both countries.") == set()


def test_what_an_object_includes_is_part_of_it() -> None:
    assert positions("Lavrov supports close cooperation in fighting COVID-19, including within the WHO.") == {
        ("RUS", "support", "close cooperation in fighting COVID-19, including within the WHO")}


def test_a_means_said_to_be_the_only_one_is_part_of_the_topic() -> None:
    assert positions("Lavrov reaffirmed his commitment to settling global issues exclusively through equal dialogue.") \
        == {("RUS", "support", "settling global issues exclusively through equal dialogue")}


@pytest.mark.parametrize("body", [
    "Lavrov said Russia wants to increase dialogue with them.",
    "Lavrov welcomed the implementation.",
    "Lavrov looked forward to the chance to meet at the G20.",
])
def test_anaphors_generic_nouns_and_plans_to_meet_are_no_topics(body: str) -> None:
    assert positions(body) == set()


@pytest.mark.parametrize("verb", ["applauded", "hailed", "paid tribute to"])
def test_more_words_of_praise(verb: str) -> None:
    assert ("RUS", "support", "rescue of the miners") in positions(f"Lavrov {verb} the rescue of the miners.")


@pytest.mark.parametrize(("body", "expected"), [
    ("Lavrov expressed hope for an early resumption of the talks.", ("RUS", "support", "early resumption of the talks")),
    ("Lavrov spoke positively of the peace initiative.", ("RUS", "support", "peace initiative")),
    ("Lavrov reiterated his appreciation for the humanitarian aid.", ("RUS", "support", "humanitarian aid")),
    ("Agreements were reached to expand cultural exchanges.", ("both", "agree", "cultural exchanges")),
])
def test_hopes_praise_and_agreements_said_in_other_words(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_a_wire_s_speaker_tag_in_mid_sentence_names_the_holder_and_ends_the_topic() -> None:
    assert positions("The two sides should support each other on their core interests, Wang Yi said, adding that "
                     "China fully supports Russia in hosting the Games.") == {
        ("CHN", "support", "core interests"), ("CHN", "support", "Russia in hosting the Games")}


@pytest.mark.parametrize(("body", "expected"), [
    ("Lavrov said that any escalation must be avoided.", ("RUS", "oppose", "escalation")),
    ("Lavrov urged both sides to refrain from unilateral actions.", ("RUS", "oppose", "unilateral actions")),
])
def test_what_must_be_avoided_or_refrained_from_is_opposed(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_neither_nor_negates_the_verb() -> None:
    assert positions("Lavrov said that neither Russia nor China accepts the DPRK as a nuclear power.") == {
        ("RUS", "oppose", "DPRK as a nuclear power")}


def test_concern_that_a_clause_is_concern_about_it() -> None:
    assert positions("Lavrov expressed concern that the blockade is hurting civilians.") == {
        ("RUS", "concern", "blockade is hurting civilians")}


def test_a_stance_word_inside_a_name_is_no_stance() -> None:
    assert positions("Lavrov discussed the Global Combat Air Programme.") == set()


def test_readiness_is_the_stance_and_not_a_topic() -> None:
    assert positions("Wang Yi reaffirmed China's readiness to deepen cooperation with Russia.") == {
        ("CHN", "support", "China-Russia cooperation")}


def test_hoping_to_meet_soon_is_no_position() -> None:
    assert positions("Lavrov also conveyed his hope to meet soon.") == set()


def test_agreeing_to_stay_in_touch_is_no_position() -> None:
    assert positions("The two ministers agreed to stay in close touch and to speak again soon.") == set()


@pytest.mark.parametrize("body", [
    "In the phone call, the two sides agreed on the importance of food security.",
    "Both China and Russia agreed on the importance of food security.",
    "All parties agreed on the importance of food security.",
])
def test_a_joint_subject_after_an_opening_phrase_or_named_pair_speaks_for_both(body: str) -> None:
    assert ("both", "agree", "food security") in positions(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("Wang Yi said that China stands for direct talks between the two parties.",
     ("CHN", "support", "direct talks between the two parties")),
    ("Lavrov said Russia adheres to the principle of non-interference.",
     ("RUS", "support", "non-interference in internal affairs")),
    ("Wang Yi said China pursues an independent foreign policy of peace.",
     ("CHN", "support", "independent foreign policy of peace")),
    ("Wang Yi said the purposes and principles of the UN Charter should be upheld.",
     ("CHN", "support", "purposes and principles of the UN Charter")),
    ("Wang Yi expressed his gratitude to Lavrov for the support in fighting the epidemic.",
     ("CHN", "support", "support in fighting the epidemic")),
])
def test_more_ways_chinese_readouts_state_a_position(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_a_that_clause_after_a_stance_verb_is_read_for_its_own_verbs() -> None:
    found = positions("Wang Yi reaffirmed that China attaches great importance to food security.")
    assert found == {("CHN", "support", "food security")}


@pytest.mark.parametrize("body", [
    "Wang Yi said China values its ties. Noting that he and Foreign Minister Sergei Lavrov have met many times, "
    "he stressed the importance of food security.",
    "Noting that the two countries are neighbours, China stressed the importance of food security.",
])
def test_an_opening_participle_clause_is_not_the_subject(body: str) -> None:
    assert ("CHN", "support", "food security") in positions(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("Both sides agreed to continue to work closely together to strengthen cooperation on climate change.",
     ("both", "agree", "climate change")),
    ("When they exchanged opinions on the situation, the officials stressed the importance of food security.",
     ("both", "support", "food security")),
    ("Wang Yi met Lavrov again and both sides vowed to deepen energy cooperation.", ("both", "support", "energy cooperation")),
    ("Additionally, the Foreign Ministers welcomed progress on the free trade agreement.",
     ("both", "support", "free trade agreement")),
    ("Both welcomed progress on the free trade agreement.", ("both", "support", "free trade agreement")),
    ("The two recommitted to deconflicting operations in Syria.", ("both", "support", "deconflicting operations in Syria")),
    ("Lavrov expressed his desire to see more trade in agricultural products.",
     ("RUS", "support", "see more trade in agricultural products")),
    ("Lavrov said Russia would like to steadily implement the agreement on fisheries.",
     ("RUS", "support", "agreement on fisheries")),
])
def test_more_ways_agreement_and_joint_holders_are_said(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_looking_forward_to_meeting_again_is_no_position() -> None:
    assert positions("Wang Yi looked forward to meeting Lavrov in person at the upcoming summit.") == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("Lavrov stated that the nuclear test constitutes an unprecedented, grave and imminent threat to peace.",
     {("RUS", "oppose", "nuclear test")}),
    ("Wang Yi said the unilateral sanctions are unacceptable.", {("CHN", "oppose", "unilateral sanctions")}),
    ("The two ministers agreed that Japan and the United States will coordinate closely on the issue at the United "
     "Nations.", {("both", "agree", "coordinate closely on the issue at the United Nations")}),
    ("Wang Yi wished Secretary Pompeo success in his new post.", set()),
    ("Lavrov thanked Wang Yi for the working lunch.", set()),
])
def test_condemnation_said_of_a_subject_and_courtesies_to_a_person(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert positions(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Wang Yi said he hoped that the Russian side will meet the Chinese side halfway.",
     ("CHN", "support", "meet the Chinese side halfway")),
    ("Wang Yi said he hoped that the international media could cover China in an objective manner.",
     ("CHN", "support", "international media cover China in an objective manner")),
])
def test_a_hoped_for_clause_is_what_its_actor_is_to_do_or_all_that_is_to_happen(
        body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


def test_a_shared_concern_is_held_by_both_whoever_says_it() -> None:
    assert ("both", "concern", "violence in the region") in positions(
        "Wang Yi expressed their shared concern about the violence in the region.")


def test_congratulations_on_a_reappointment_are_a_courtesy() -> None:
    assert positions("Lavrov congratulated Wang Yi on his reappointment.") == set()


def test_each_other_is_no_part_of_a_topic() -> None:
    assert positions("Wang Yi said the two countries should support each other on issues concerning their core "
                     "interests.") == {("CHN", "support", "issues concerning their core interests")}


def _positions_of(text: str) -> set[tuple[str, str, str]]:
    facts = extract(Readout("t", text, "t", title=text.split("\n", 1)[0])).to_facts()
    return {(p["holder"], p["stance"], p["topic"]) for p in facts["positions"]}


def test_two_titles_as_subject_are_held_by_both_sides() -> None:
    text = ("Deputy Secretary Sherman's Meeting with Vice Foreign Minister Cho\n\nDeputy Secretary of State Wendy "
            "Sherman met today with Republic of Korea First Vice Foreign Minister Cho Hyundong. The Deputy Secretary "
            "and First Vice Foreign Minister condemned the missile launches by the DPRK.")
    assert ("both", "oppose", "DPRK missile launches") in _positions_of(text)


def test_the_unnamed_prime_minister_of_a_no_10_readout_and_the_counterpart_are_both_sides() -> None:
    text = ("PM call with Crown Prince Mohammed bin Salman: 3 June 2018\n\nThe Prime Minister spoke to Crown Prince "
            "Mohammed bin Salman of Saudi Arabia yesterday. Both Prime Minister May and the Crown Prince noted the "
            "importance of stability in the oil markets. But they agreed on the need to tackle piracy.")
    assert _positions_of(text) >= {("both", "support", "stability in the oil markets"), ("both", "agree", "tackle piracy")}


def test_the_unnamed_secretary_general_of_a_un_readout_speaks_for_the_un() -> None:
    text = ("Readout of Secretary-General's meeting with H.E. Mr. Yun Byung-se, Minister for Foreign Affairs of the "
            "Republic of Korea\n\nNew York, 26 September 2013\n\nThe Secretary-General and Foreign Minister Yun "
            "Byung-se of the Republic of Korea (ROK) met today. The Secretary-General briefed on developments related "
            "to Syrian chemical weapons. The Secretary-General stressed the need for the verifiable denuclearization "
            "of the Korean Peninsula.")
    assert ("UN", "support", "denuclearization of the Korean Peninsula") in _positions_of(text)


def test_a_un_readout_of_the_meeting_between_the_secretary_general_and_a_leader_speaks_for_the_un() -> None:
    text = ("Readout of the meeting between the Secretary-General and the President of the Swiss Confederation\n\n"
            "Bern, Switzerland\n\n11 September 2012\n\nThe Secretary-General met today in Bern with the President "
            "of the Swiss Confederation, Ms. Eveline Widmer-Schlumpf and members of the Swiss government. The "
            "Secretary-General expressed appreciation for the significant contribution made by Switzerland to the "
            "work of the United Nations.")
    assert {holder for holder, _, _ in _positions_of(text)} == {"UN"}


@pytest.mark.parametrize("headline", ["Statement by An Taoiseach following a call with the UK Prime Minister",
                                      "Taoiseach speaks with Prime Minister May"])
def test_the_unnamed_taoiseach_of_an_irish_government_readout_speaks_for_ireland(headline: str) -> None:
    text = (f"{headline}\n\nThe Taoiseach and the UK Prime Minister, Boris Johnson spoke by phone this evening. "
            "The Taoiseach expects to speak with the Swedish and Danish Prime Ministers over the coming days. "
            "The Taoiseach said he wants to see a deal agreed and ratified.")
    assert {holder for holder, _, _ in _positions_of(text)} == {"IRL"}


def test_the_two_of_a_thing_is_no_joint_subject() -> None:
    found = positions("Wang Yi said China supports the Prairie Road strategy. The two wheels will promote the "
                      "development of trade. The two countries should also expand inter-party exchanges.")
    assert {holder for holder, _, _ in found} == {"CHN"}


def test_a_state_s_unnamed_role_as_subject_speaks_for_that_state() -> None:
    found = positions("Wang Yi said China supports the peace talks. The Russian side stands ready to deepen "
                      "energy cooperation.")
    assert ("RUS", "support", "energy cooperation") in found


def test_each_verb_of_a_list_of_verbs_keeps_its_own_object() -> None:
    found = positions("Wang Yi said that China is willing to work with Russia to strengthen political mutual trust, "
                      "expand exchanges and cooperation in various fields, and take China-Russia relations to a "
                      "higher level.")
    assert ("CHN", "support", "political mutual trust") in found


def test_a_topic_that_refers_back_is_no_new_topic() -> None:
    assert positions("Lavrov condemned it as an intolerable act.") == set()


def test_a_time_adverb_is_no_part_of_a_hoped_for_clause() -> None:
    assert positions("Lavrov expressed hope that China would complete the domestic procedures as soon as possible.") \
        == {("RUS", "support", "complete the domestic procedures")}


def test_a_clause_inside_another_s_agreement_is_read_once_for_itself() -> None:
    found = positions("Both sides agreed that Foreign Minister Lavrov agreed that international pressure on the "
                      "DPRK must be maximized.")
    assert {topic for _, _, topic in found} == {"international pressure on the DPRK be maximized"}


def test_a_later_clause_with_its_own_subject_is_that_speaker_s() -> None:
    found = positions("Both ministers reviewed the situation in Syria, and Lavrov reaffirmed Russia's commitment to "
                      "the Astana format.")
    assert ("RUS", "support", "Astana format") in found
    assert ("both", "support", "Astana format") not in found


def test_whom_the_speaker_tells_is_no_part_of_the_subject() -> None:
    found = positions("Lavrov told Wang Yi that Russia would work to further develop Russia-EU relations.")
    assert ("RUS", "support", "Russia-EU relations") in found


@pytest.mark.parametrize(("body", "expected"), [
    ("Lavrov reiterated Russia's condemnation of the attack on civilians in Donetsk.",
     ("RUS", "oppose", "attack on civilians in Donetsk")),
    ("Lavrov expressed his disappointment over the decision to expel Russian diplomats.",
     ("RUS", "oppose", "decision to expel Russian diplomats")),
    ("Lavrov reaffirmed his support for robust Russia-China relations and desire to further strengthen energy "
     "cooperation.", ("RUS", "support", "robust Russia-China relations")),
    ("Lavrov highlighted Russia's strong support for Serbia in the face of pressure.", ("RUS", "support", "Serbia")),
    ("Lavrov expressed concern over the humanitarian crisis in Yemen, as well as over the activity of ISIS there.",
     ("RUS", "concern", "activity of ISIS there")),
])
def test_condemnation_disappointment_and_the_object_of_a_stance_noun(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


@pytest.mark.parametrize(("body", "topic"), [
    ("Lavrov and Wang Yi discussed the Taliban's deplorable decision to restrict girls' access to education.",
     "Taliban's deplorable decision to restrict girls' access to education"),
    ("Lavrov said Russia stands with Syria in the face of the illegal strikes on Damascus.",
     "illegal strikes on Damascus"),
])
def test_a_deed_named_with_a_condemning_word_is_opposed(body: str, topic: str) -> None:
    assert topic in {found for _, stance, found in positions(body) if stance == "oppose"}


def test_a_pair_named_before_bilateral_is_not_named_again() -> None:
    found = positions("Wang Yi highlighted the importance of the Sino-Russian bilateral relationship.")
    assert {t for _, _, t in found} == {"Sino-Russian relationship"}


def test_support_as_a_thing_praised_is_part_of_the_praise() -> None:
    found = positions("Wang Yi conveyed his appreciation for the prompt and generous support extended by the "
                      "government and people of Russia.")
    assert found == {("CHN", "support", "prompt and generous support extended by the government and people of Russia")}


def test_a_trailing_he_added_goes_on_with_the_last_speaker() -> None:
    found = positions("Wang Yi said China values its ties with Russia.\n\nThe purposes and principles of the UN "
                      "Charter should be upheld, he added.")
    assert ("CHN", "support", "purposes and principles of the UN Charter") in found


def test_the_need_to_do_something_supports_doing_it() -> None:
    found = positions("They also discussed ongoing humanitarian efforts in Gaza and the need to bring the war to an "
                      "end and secure the release of all hostages.")
    assert ("both", "support", "bring the war to an end and secure the release of all hostages") in found


def test_a_verb_that_undoes_a_matter_keeps_it_in_the_topic() -> None:
    found = positions("The discussion centred around the need to deescalate the situation in Syria.")
    assert {t for _, _, t in found} == {"deescalate the situation in Syria"}


def test_over_recent_months_is_no_part_of_the_topic() -> None:
    found = positions("Lavrov welcomed China's considerable efforts over recent months.")
    assert {t for _, _, t in found} == {"China's considerable efforts"}


def test_a_state_opening_a_sentence_speaks_for_itself_after_a_sentence_about_both() -> None:
    found = positions("Wang Yi said China values its ties with Russia. The two sides have achieved fruitful results "
                      "in practical cooperation. China appreciates Russia's adherence to the one-China principle.")
    assert ("CHN", "support", "one-China principle") in found
    assert not any(holder == "both" for holder, _, _ in found)


def test_two_titles_of_two_sides_as_subject_are_both() -> None:
    found = _held("On May 3, Secretary Michael R. Pompeo met with Foreign Minister Adel al-Jubeir of Saudi Arabia in "
                  "Washington.\n\nThe Secretary thanked the minister for his visit. The Secretary and the minister "
                  "agreed on the need for parties to adhere to the agreements made in Sweden.")
    assert ("both", "agree", "agreements made in Sweden") in found


def test_two_titles_of_one_side_as_subject_are_that_side() -> None:
    found = _held("On May 3, Vice President Joe Biden and Secretary of State John Kerry met with Prime Minister "
                  "Haider al-Abadi of Iraq in Munich.\n\nThe Vice President and Secretary reaffirmed their support for "
                  "the Iraqi security forces.")
    assert {holder for holder, _, _ in found} == {"USA"}


def test_shared_concerns_without_their_are_both_sides() -> None:
    found = _held("Deputy Secretary Sherman’s Meeting with Swedish Foreign Minister Linde\n\nDeputy Secretary of State "
                  "Wendy Sherman met with Swedish Foreign Minister Ann Linde today and discussed shared concerns on "
                  "Russia’s military build-up on Ukraine’s borders. The Deputy Secretary thanked the Foreign Minister.")
    assert ("both", "concern", "Russia’s military build-up on Ukraine’s borders") in found


@pytest.mark.parametrize("body", [
    "Lavrov welcomed the partnering.",
    "Wang Yi said China supports reform.",
])
def test_one_common_word_the_scheme_does_not_know_is_no_topic(body: str) -> None:
    assert positions(body) == set()


def test_one_word_concept_or_name_is_still_a_topic() -> None:
    assert ("CHN", "support", "multilateralism") in positions("Wang Yi said China supports multilateralism.")
    assert ("RUS", "support", "Venezuela") in positions("Lavrov said Russia supports Venezuela.")


@pytest.mark.parametrize("body", [
    "Lavrov proposed to intensify the counter-terrorism dialogue.",
    "Lavrov said the two sides supported the Ukrainian counter-offensive.",
    "Lavrov said both sides support each other.",
])
def test_a_prefix_or_a_phrase_of_working_together_is_no_topic(body: str) -> None:
    assert not any(t.startswith("-") or t in ("work together", "each other") for _, _, t in positions(body))


def test_bilateral_cooperation_with_the_other_side_names_the_pair_once() -> None:
    found = positions("Lavrov said Russia is willing to strengthen bilateral cooperation with China.")
    assert {t for _, _, t in found} == {"Russia-China cooperation"}


def test_bilateral_before_adjectives_names_both_sides() -> None:
    assert ("CHN", "support", "China-Russia practical cooperation") in positions(
        "Wang Yi said China is willing to deepen bilateral practical cooperation.")


def test_where_relations_are_to_be_taken_is_no_part_of_the_topic() -> None:
    found = positions("Wang Yi said China is willing to push China-Russia relations to a new level.")
    assert {t for _, _, t in found} == {"China-Russia relations"}


def test_what_both_agreed_should_be_done_is_agreed() -> None:
    found = positions("Both sides agreed that this could further strengthen the China-Russia energy partnership.")
    assert ("both", "agree", "China-Russia energy partnership") in found


def test_the_need_for_someone_to_act_is_what_they_are_to_do() -> None:
    found = positions("Both ministers confirmed the need for the international community to continue its efforts on "
                      "strategic stability.")
    assert {t for _, _, t in found} == {"international community to continue its efforts on strategic stability"}


@pytest.mark.parametrize(("body", "topics"), [
    # a person welcomed to a place is a courtesy
    ("Lavrov welcomed First Deputy Foreign Minister Ma Zhaoxu to Moscow.", set()),
    # "he said" at the end is who spoke
    ("China supports reform and opening up, he said.", {"reform and opening up"}),
    # the two sides' exchanges are named by their sides
    ("Lavrov said Russia values the two sides' exchanges and cooperation.", {"Russia-China exchanges and cooperation"}),
])
def test_courtesies_speech_tags_and_the_two_sides(body: str, topics: set[str]) -> None:
    assert {t for _, _, t in positions(body)} == topics


def test_their_bilateral_relations_name_the_pair_once() -> None:
    found = positions("Both ministers agreed to strengthen their bilateral relations.")
    assert {t for _, _, t in found} == {"China-Russia relations"}


@pytest.mark.parametrize("subject", ["The two foreign ministers", "The two top diplomats", "The two delegations",
                                     "The senior diplomats", "Both the leaders"])
def test_the_two_officials_of_any_rank_speak_for_both_sides(subject: str) -> None:
    body = f"Wang Yi said China values its ties with Russia. {subject} reaffirmed their support for multilateralism."
    assert ("both", "support", "multilateralism") in positions(body)


def test_the_two_heads_of_state_in_a_minister_s_speech_are_not_the_ministers() -> None:
    body = ("Wang Yi expressed that China-Russia relations have achieved progress. Since 2018, the two heads of state "
            "have exchanged views several times. Work teams of the two countries should continue to implement the "
            "consensus reached by the two heads of state.")
    assert ("CHN", "support", "consensus reached by the two heads of state") in positions(body)


def test_a_state_that_opens_what_an_untitled_person_said_holds_the_position() -> None:
    text = ("Wang Yi Meets with Laureano Ortega\n\nOn February 11, Wang Yi met with Laureano Ortega in Beijing.\n\n"
            "Laureano Ortega said that Nicaragua firmly supports China's efforts to safeguard national security and "
            "territorial integrity, and opposes external interference.")
    assert ("NIC", "oppose", "external interference") in _held(text)


@pytest.mark.parametrize(("body", "expected"), [
    ("Lavrov said he looked forward to the early conclusion of the Indo-Pacific Economic Framework.",
     {("RUS", "support", "early conclusion of the Indo-Pacific Economic Framework")}),
    # a meeting ahead is no policy
    ("Lavrov said he looked forward to seeing Wang Yi at the G20 Summit next month.", set()),
    ("Lavrov looked forward to welcoming Wang Yi to Moscow later this year.", set()),
])
def test_what_someone_looks_forward_to_is_a_position_unless_it_is_a_meeting(body: str, expected: set) -> None:
    assert positions(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Wang Yi appreciated Russia's contributions in the fight against terrorism.",
     ("CHN", "support", "Russia's contributions in the fight against terrorism")),
    ("Lavrov said the two countries should join hands in the fight against terrorism.",
     ("RUS", "support", "fight against terrorism")),
    # the verb still opposes
    ("Lavrov said Russia will fight against terrorism.", ("RUS", "oppose", "terrorism")),
])
def test_the_fight_against_x_is_a_struggle_supported(body: str, expected: tuple) -> None:
    assert expected in positions(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("Lavrov stressed that Russia stands wholeheartedly behind Serbia.", ("RUS", "support", "Serbia")),
    ("Lavrov said he wants to see a deal agreed and ratified.", ("RUS", "support", "deal agreed")),
    ("Lavrov positively assessed the ongoing reforms in Uzbekistan.", ("RUS", "support", "ongoing reforms in Uzbekistan")),
    ("The two ministers expressed mutual interest in continuing cooperation between the foreign ministries.",
     ("both", "support", "continuing cooperation between the foreign ministries")),
    ("The two ministers affirmed rejection to all plans aimed at the displacement of Palestinians from Gaza.",
     ("both", "oppose", "plans aimed at the displacement of Palestinians from Gaza")),
    ("Lavrov expressed the Russian Federation's deep concern regarding the rising violence in the region.",
     ("RUS", "concern", "rising violence in the region")),
])
def test_more_ways_of_stating_a_stance(body: str, expected: tuple) -> None:
    assert expected in positions(body)


def test_a_long_object_is_named_by_its_head_before_the_first_comma() -> None:
    body = ("Lavrov expressed Russia’s deep concern about the expansion of the scope of conflict in the region, "
            "particularly southern the Red Sea and its perilous impact on navigation and flow of international trade in "
            "that major waterway.")
    assert ("RUS", "concern", "expansion of the scope of conflict in the region") in positions(body)


@pytest.mark.parametrize(("written", "pair"), [("U.S.", "U.S.-China"), ("US", "US-China"),
                                               ("United States", "United States-China")])
def test_a_pair_is_named_as_its_readout_writes_the_states(written: str, pair: str) -> None:
    text = (f"Secretary Antony Blinken met with Chinese Foreign Minister Wang Yi. The {written} side said the "
            f"{written} values bilateral relations.")
    assert {topic for _, _, topic in _held(text)} == {f"{pair} relations"}


def test_a_pair_is_named_by_the_shortest_form_its_readout_uses() -> None:
    text = ("Secretary Antony Blinken of the United States met with Chinese Foreign Minister Wang Yi. The United "
            "States side said the U.S. values bilateral relations.")
    assert {topic for _, _, topic in _held(text)} == {"U.S.-China relations"}


@pytest.mark.parametrize(("text", "expected"), [
    # both act, whoever reports it at the end
    ("South Korean President Roh Moo-hyun and his U.S. counterpart George W. Bush spoke by telephone on Monday "
     "evening and agreed to deal with North Korea's nuclear test calmly and strategically, Roh's spokesman "
     "Yoon Tae-young said.", ("both", "agree", "deal with North Korea's nuclear test calmly and strategically")),
    ("President Moon Jae-in spoke with President Donald Trump on Friday. During the 50-minute conversation that "
     "started at 9 p.m., Korea time, the two leaders discussed developments surrounding the North, and agreed to "
     "maintain close collaboration, Kim said.", ("both", "agree", "close collaboration")),
    ("President Abdel Fattah El-Sisi received a phone call from President Joseph Biden on Monday. The two Presidents "
     "agreed on the imperative need to end the escalation on all fronts.",
     ("both", "agree", "imperative need to end the escalation on all fronts")),
    # two states as the subject
    ("Foreign Minister Winston Peters met Foreign Minister Penny Wong in Wellington today. Australia and New Zealand "
     "share a commitment to the international rules-based order.",
     ("both", "support", "rules-based international order")),
])
def test_both_sides_as_the_subject_hold_the_position(text: str, expected: tuple) -> None:
    assert expected in _held(text)


@pytest.mark.parametrize(("text", "expected"), [
    # what one side says the two should do, in reported speech, is its own proposal
    ("State Councilor Yang Jiechi spoke with Secretary of State John Kerry on the phone. Yang said China stood ready "
     "to work with the U.S. The two sides needed to maintain high-level exchanges and boost contacts and "
     "communication on major issues, he said.", ("CHN", "support", "high-level exchanges")),
    ("Wang Yi met with Foreign Minister Sergei Lavrov of Russia. Wang Yi expressed that the international situation "
     "is ever-changing. China and Russia, as comprehensive strategic partners of coordination, should further "
     "strengthen coordination to safeguard the basic norms of international relations.",
     ("CHN", "support", "basic norms of international relations")),
    # "They" in a report one side gives is that side's account
    ("State Councilor Yang Jiechi spoke with Secretary of State John Kerry on the phone. They also called for a new "
     "type of inter-power relationship, Yang said.", ("CHN", "support", "new type of inter-power relationship")),
])
def test_what_one_side_reports_of_both_stays_its_own(text: str, expected: tuple) -> None:
    assert expected in _held(text)


def test_each_verb_of_a_list_builds_what_it_names_whatever_the_first_opposes() -> None:
    held = positions("Wang Yi said that China and Russia should hold high the banner of multilateralism, oppose "
                     "unilateralism and protectionism, jointly facilitate the building of an open world economy, "
                     "improve global governance and safeguard world peace.")
    assert {("CHN", "oppose", "unilateralism"), ("CHN", "support", "open world economy"),
            ("CHN", "support", "global governance")} <= held


def test_what_must_be_maintained_is_named_after_the_agreement_not_with_it() -> None:
    held = _held("Deputy Secretary Sullivan met with Japanese Foreign Minister Kono in Washington. Deputy Secretary "
                 "Sullivan and Foreign Minister Kono agreed that international pressure on the DPRK must be "
                 "maintained.")
    assert ("both", "support", "international pressure on the DPRK") in held
    assert not any("agreed" in topic for _, _, topic in held)


@pytest.mark.parametrize(("body", "expected"), [
    ("The two ministers reaffirmed their support for the complete, verifiable, and irreversible denuclearization of "
     "North Korea.", ("both", "support", "complete, verifiable, and irreversible denuclearization of North Korea")),
    ("The two ministers supported a free, open, and inclusive Indo-Pacific.",
     ("both", "support", "free, open, and inclusive Indo-Pacific")),
    # a list that ends before another verb leaves no comma on its topic
    ("The two ministers supported peace, stability, and agreed to meet again.",
     ("both", "support", "peace, stability")),
])
def test_a_list_of_single_words_with_a_comma_before_its_and_is_one_topic(body: str,
                                                                          expected: tuple[str, str, str]) -> None:
    assert expected in positions(body)


@pytest.mark.parametrize(("text", "expected"), [
    ("Secretary of Defense Lloyd J. Austin III spoke with Republic of Korea Minister of National Defense Suh Wook "
     "today to reaffirm the ironclad U.S.-ROK Alliance.", ("both", "support", "ironclad U.S.-ROK Alliance")),
    ("Secretary of State Mike Pompeo met with Italian Foreign Minister Angelino Alfano on April 27 to discuss our "
     "cooperation confronting regional security challenges including Russian malign influence.",
     ("both", "oppose", "malign influence")),
])
def test_what_a_meeting_was_held_to_do_is_both_sides_aim(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _held(text)


@pytest.mark.parametrize(("text", "holder"), [
    ("Secretary Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba today to underscore U.S. support "
     "for Ukraine's sovereignty.", "USA"),
    # what one side vows after the comma
    ("Foreign Minister Li Zhaoxing held talks with his Mozambican counterpart Alcinda Abreu in Beijing on "
     "Wednesday, vowing to promote bilateral friendly and cooperative ties.", "CHN"),
])
def test_what_one_side_met_to_say_stays_its_own(text: str, holder: str) -> None:
    assert {who for who, _, _ in _held(text)} == {holder}


@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Lee Hsien Loong met Foreign Minister Wang Yi of China. In a Facebook post, Mr Lee said that he "
     "and Mr Wang reaffirmed the longstanding ties between Singapore and China.",
     ("both", "support", "longstanding ties between Singapore and China")),
    ("Prime Minister Lee Hsien Loong met Prime Minister Fumio Kishida of Japan. The Prime Ministers reaffirmed the "
     "close cooperation between Singapore and Japan.",
     ("both", "support", "close cooperation between Singapore and Japan")),
])
def test_what_both_are_told_to_have_done_is_both_sides(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _held(text)


def test_what_one_side_says_both_should_do_stays_its_proposal() -> None:
    text = ("Foreign Minister Wang Yi met with Foreign Minister Sergei Lavrov of Russia. Wang Yi said the two sides "
            "should jointly oppose unilateralism.")
    assert _held(text) == {("CHN", "oppose", "unilateralism")}
