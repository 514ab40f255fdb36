"""Readout genres the development corpus barely covers: wire stories, Japan's MOFA, No 10, India's
PMO/MEA, Singapore's and Türkiye's MFA, White House readouts. One behaviour per test."""

from __future__ import annotations

import pytest

from kg.dates import find_dateline, find_dates
from kg.extract import extract
from kg.extract.sentences import split_sentences
from kg.model import Readout
from kg.readouts import readout_from_text


def _extract(text: str, *, title: str | None = None, date: str | None = None):  # type: ignore[no-untyped-def]
    full = f"{title}\n\n{text}" if title else text
    return extract(Readout(id="t", text=full, source="t", title=title, date=date))


def _names(extraction) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {o.name: o.affiliation for o in extraction.officials}


def test_a_pib_dateline_with_its_month_in_capitals() -> None:
    assert find_dateline("PM speaks to X\n\nPosted On: 23 OCT 2023 8:45PM by PIB Delhi\n\nText.") == "2023-10-23"


def test_a_month_abbreviation_in_capitals_needs_a_day_or_a_year() -> None:
    assert [d.first for d in find_dates("Posted On: 10 SEP 2023 and DEC 2020", None)] == ["2023-09-10", "2020-12"]


def test_a_clock_time_with_a_zone_gloss_does_not_end_the_sentence() -> None:
    text = ("On November 16, commencing at 4:35 p.m. (local time; November 17, 9:35 a.m. Japan time) for "
            "approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting.")
    assert len(split_sentences(text)) == 1


def test_a_stop_inside_brackets_does_not_end_the_sentence() -> None:
    text = ("On November 3, commencing at 9:30 a.m. (local time. 5:30 p.m., Japan time.), for approximately 15 "
            "minutes, Mr. HAYASHI Yoshimasa held telephone talks with H.E. Dr. Park Jin.")
    assert len(split_sentences(text)) == 1
    assert len(split_sentences("They met (in Tokyo). The talks went on.")) == 2


def test_a_clock_time_at_the_end_still_ends_the_sentence() -> None:
    assert len(split_sentences("They met at 5 p.m. The talks went on.")) == 2


def test_sentences_glued_by_a_page_s_markup_are_two() -> None:
    assert len(split_sentences("They agreed to deepen cooperation.Minister Motegi thanked him.")) == 2
    assert len(split_sentences("Talks with the U.S. Army went on.")) == 1


@pytest.mark.parametrize(("text", "count"), [
    ("Deputy Secretary Sherman met Vice Minister Mori in Washington, D.C. They discussed the strength of the "
     "U.S.-Japan Alliance.", 2),
    ("Deputy Secretary Sherman met U.S. Ambassador Rahm Emanuel in Tokyo.", 1),
    ("They met in the U.S. During the meeting, they talked.", 2),
])
def test_letters_with_dots_end_a_sentence_where_the_next_word_opens_one(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


def test_here_in_a_wire_story_is_its_datelines_city() -> None:
    x = _extract("NEW DELHI, March 2 (Xinhua) -- Chinese Foreign Minister Qin Gang met with Indian External "
                 "Affairs Minister Subrahmanyam Jaishankar here on Thursday.", date="2023-03-02")
    assert (x.event.location, x.event.date) == ("New Delhi", "2023-03-02")


@pytest.mark.parametrize(("text", "city"), [
    ("BEIJING, Dec. 12 (Xinhua) -- Chinese Foreign Minister Yang Jiechi on Wednesday held official talks with Danish "
     "counterpart Villy Sovndal.", "Beijing"),
    ("BEIJING - Chinese Vice President Xi Jinping met here Tuesday with Belgium's Deputy Prime Minister and Foreign "
     "Minister Steven Vanackere.", "Beijing"),
    ("Washington, DC - Vice President Mike Pence met with Foreign Secretary Boris Johnson of the United Kingdom.",
     "Washington, DC"),
])
def test_a_wire_dateline_places_a_meeting_the_text_places_nowhere_else(text: str, city: str) -> None:
    assert _extract(text, date="2012-12-12").event.location == city


def test_a_dateline_places_no_call() -> None:
    x = _extract("BEIJING, Dec. 12 (Xinhua) -- Chinese Foreign Minister Yang Jiechi on Wednesday held a phone "
                 "conversation with Danish counterpart Villy Sovndal.", date="2012-12-12")
    assert (x.event.kind, x.event.location) == ("phone_call", None)


def test_a_headline_with_a_dash_is_no_dateline() -> None:
    x = _extract("Japan – India Summit Meeting\n\nPrime Minister Abe held a summit meeting with Prime Minister Modi.")
    assert x.event.location is None


def test_a_visit_to_a_city_places_the_meeting_held_during_it() -> None:
    x = _extract("Taro Kono, Minister for Foreign Affairs, during his visit to New York to attend the 73rd session of "
                 "the UN General Assembly, held a meeting with H.E. Ms. Sushma Swaraj, Minister of External Affairs.")
    assert x.event.location == "New York"


def test_a_headline_in_title_case_ending_in_a_full_stop_is_the_title() -> None:
    x = extract(readout_from_text("Wang Yi Held Talks with Pakistani Foreign Minister Qureshi.\n\n\nOn the evening "
                                  "of August 9 in Beijing, State Councilor and Foreign Minister Wang Yi had talks with "
                                  "Pakistani Foreign Minister Qureshi.", id="t", source="t"))
    assert (x.event.location, [e.name for e in x.mentioned_events]) == ("Beijing", [])


def test_a_city_state_is_a_place_of_meeting() -> None:
    x = _extract("Prime Minister Lee Hsien Loong hosted Malaysian Prime Minister Dato' Seri Anwar Ibrahim in "
                 "Singapore on 30 January 2023.")
    assert x.event.location == "Singapore"


def test_a_place_with_an_accented_capital() -> None:
    x = _extract("Foreign Minister Hakan Fidan met with Antony Blinken, Secretary of State of the United States "
                 "of America, in İstanbul on 6 January 2024.")
    assert x.event.location == "İstanbul"


def test_the_city_a_leader_is_visiting_is_where_the_meeting_took_place() -> None:
    x = _extract("Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting San Francisco, the United States of "
                 "America, to attend the APEC Economic Leaders' Meeting, held a summit meeting with H.E. Mr. "
                 "Ferdinand Romualdez Marcos Jr., President of the Republic of the Philippines.")
    assert (x.event.location, x.event.sidelines_of) == ("San Francisco", "APEC Economic Leaders' Meeting")


def test_a_virtual_summit_is_a_video_call() -> None:
    x = _extract("Prime Minister Shri Narendra Modi held a Virtual Summit with the Prime Minister of Australia, "
                 "H.E. Mr. Scott Morrison, today.", title="India-Australia Virtual Summit", date="2022-03-21")
    assert (x.event.kind, x.event.date) == ("video_call", "2022-03-21")


def test_a_date_after_the_sidelines_event_is_not_part_of_its_name_but_its_venue_is() -> None:
    x = _extract("Prime Minister Shri Narendra Modi held a bilateral meeting with President Emmanuel Macron on the "
                 "sidelines of the G20 Summit in New Delhi on 10 September 2023.")
    assert x.event.sidelines_of == "G20 Summit in New Delhi"


def test_an_ordinal_session_is_a_sidelines_event() -> None:
    x = _extract("External Affairs Minister Dr. S. Jaishankar met Foreign Minister Faisal bin Farhan Al Saud on the "
                 "sidelines of the 78th session of the UN General Assembly.")
    assert x.event.sidelines_of == "78th session of the UN General Assembly"


def test_the_headlines_date_dates_the_event_when_the_body_gives_none() -> None:
    title = ("Phone Call of Foreign Minister Hakan Fidan with Sergey Lavrov, Minister of Foreign Affairs of the "
             "Russian Federation, 3 March 2024")
    x = _extract("Foreign Minister Hakan Fidan had a phone call with Sergey Lavrov, Minister of Foreign Affairs of "
                 "the Russian Federation.", title=title)
    assert (x.event.kind, x.event.date) == ("phone_call", "2024-03-03")


def test_the_last_word_of_a_states_name_is_no_person() -> None:
    x = _extract("Foreign Minister Hakan Fidan had a phone call with Sergey Lavrov, Minister of Foreign Affairs of "
                 "the Russian Federation.", title="Meeting with Foreign Minister of Saudi Arabia")
    assert "Federation" not in _names(x) and "Arabia" not in _names(x)


def test_a_japanese_family_name_in_capitals_is_the_same_person_later() -> None:
    x = _extract("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with Senator the "
                 "Hon. Penny Wong, Minister for Foreign Affairs of Australia. Minister Hayashi welcomed the visit.")
    assert _names(x) == {"HAYASHI Yoshimasa": "state/JPN", "Penny Wong": "state/AUS"}


def test_a_family_name_without_its_particle_is_the_same_person() -> None:
    x = _extract("Prime Minister Narendra Modi held a telephone conversation with H.E. Mr. Abdel Fattah El-Sisi, "
                 "President of the Arab Republic of Egypt. PM thanked President Sisi.")
    assert set(_names(x)) == {"Narendra Modi", "Abdel Fattah El-Sisi"}


def test_a_well_known_family_name_alone_gives_the_officials_state() -> None:
    x = _extract("President Biden spoke today with Prime Minister Rishi Sunak of the United Kingdom and Chancellor "
                 "Olaf Scholz of Germany. The leaders reiterated their support for Israel.")
    assert _names(x)["Biden"] == "state/USA"


def test_several_participants_on_one_call() -> None:
    x = _extract("President Biden spoke today with Prime Minister Rishi Sunak of the United Kingdom, President "
                 "Emmanuel Macron of France, and Prime Minister Justin Trudeau of Canada.")
    assert len(x.event.participants) == 4


def test_a_lower_case_summit_after_a_proper_name_is_an_event() -> None:
    x = _extract("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks. The "
                 "two leaders agreed to meet again at the Group of Seven summit in Hiroshima this month.",
                 date="2023-05-07")
    assert [(e.name, e.start) for e in x.mentioned_events] == [("Group of Seven summit", "2023-05")]


def test_a_description_of_a_summit_is_no_event_of_its_own() -> None:
    x = _extract("Wang Yi met Sergei Lavrov. Both should promote the Qingdao Summit which is the first SCO summit "
                 "to be held after the expansion.")
    assert [e.name for e in x.mentioned_events] == ["Qingdao Summit"]


def test_a_date_before_an_events_name_is_not_part_of_it() -> None:
    x = _extract("Prime Minister Lee Hsien Loong hosted Malaysian Prime Minister Dato' Seri Anwar Ibrahim in "
                 "Singapore on 30 January 2023 for the 10th Malaysia-Singapore Leaders' Retreat.")
    assert [e.name for e in x.mentioned_events] == ["10th Malaysia-Singapore Leaders' Retreat"]


def test_a_visit_of_someone_to_a_state() -> None:
    x = _extract("Foreign Minister Hakan Fidan had a phone call with Sergey Lavrov. They discussed the upcoming "
                 "visit of President Vladimir Putin to Türkiye.")
    assert [(e.kind, e.location) for e in x.mentioned_events] == [("visit", "Türkiye")]


def test_an_official_visit_with_no_destination_written() -> None:
    x = _extract("On December 27, 2023, Foreign Minister Sergey Lavrov held talks in Moscow with Minister of "
                 "External Affairs of India Subrahmanyam Jaishankar, who is in Russia on an official visit.")
    assert [(e.name, e.start) for e in x.mentioned_events] == [("official visit", "2023-12")]


def test_the_headlines_sidelines_event_is_still_a_mentioned_event() -> None:
    title = "PM's meeting with President of France on the sidelines of the G20 Summit"
    x = _extract("Prime Minister Narendra Modi held a bilateral meeting with President Emmanuel Macron on the "
                 "sidelines of the G20 Summit in New Delhi on 10 September 2023.", title=title)
    assert [(e.name, e.start) for e in x.mentioned_events] == [("G20 Summit", "2023-09")]


def test_the_headlines_own_event_is_not_a_mentioned_event() -> None:
    text = ("Japan-Australia Foreign Ministers' Meeting\n\nJune 5, 2023\n\nMr. HAYASHI Yoshimasa, Minister for "
            "Foreign Affairs of Japan, held a Japan-Australia Foreign Ministers' Meeting with Senator the Hon. "
            "Penny Wong, Minister for Foreign Affairs of Australia.\n")
    assert extract(readout_from_text(text, id="t", source="t")).mentioned_events == ()


def test_a_singapore_second_minister_for_foreign_affairs() -> None:
    x = _extract("Second Minister for Foreign Affairs Dr Mohamad Maliki Osman met Vice President Cevdet Yılmaz of "
                 "Türkiye in Ankara on 3 July 2024.")
    officials = {o.name: (o.affiliation, o.titles) for o in x.officials}
    assert officials["Mohamad Maliki Osman"] == ("state/SGP", ("Second Minister for Foreign Affairs",))


def test_a_family_name_that_is_also_a_given_name_goes_by_the_title() -> None:
    """"King Abdullah of Jordan" is King Abdullah II, not Malaysia's Foreign Minister Saifuddin Abdullah."""
    x = _extract("President Biden spoke today with Prime Minister Mohammed Shia' al-Sudani of Iraq. King Abdullah "
                 "of Jordan joined the call.")
    assert next(o for o in x.officials if o.name == "Abdullah").key == "official/abdullah-ii"


def test_a_date_glued_to_its_clock_time_is_a_dateline() -> None:
    """The Russian MFA's pages print "24 August 201612:57" above the headline."""
    assert find_dateline("24 August 201612:57\n\nPress release on X\n\nText.") == "2016-08-24"


def test_a_year_never_swallows_more_digits_than_a_clock_time() -> None:
    assert [d.first for d in find_dates("on June 3, 20181 troops", None)] == [None]


def test_the_headline_below_a_pages_date_line_is_the_title() -> None:
    text = ("24 August 201612:57\n\nPress release on Foreign Minister Sergey Lavrov’s telephone conversation with "
            "US Secretary of State John Kerry\n\nThe ministers discussed Syria.")
    readout = readout_from_text(text, id="t", source="t")
    extraction = extract(readout)
    assert readout.title is not None and readout.title.startswith("Press release on Foreign Minister")
    assert readout.date == "2016-08-24"
    assert {o.name for o in extraction.officials if o.participant} == {"Sergey Lavrov", "John Kerry"}


def test_a_name_that_starts_with_an_accented_capital_is_whole() -> None:
    extraction = _extract("Foreign Minister Sergey Lavrov met Foreign Minister of Türkiye Mevlüt Çavuşoğlu in Antalya. "
                          "Deputy Prime Minister Ömer Çelik attended.")
    assert {"Mevlüt Çavuşoğlu", "Ömer Çelik"} <= set(_names(extraction))


@pytest.mark.parametrize("title", ["Telephone Conversation between PM and President of Russia",
                                   "PM's telephonic conversation with President of Russia"])
def test_india_s_telephone_conversation_headlines_are_calls(title: str) -> None:
    extraction = _extract("Prime Minister Narendra Modi had a telephonic conversation today with President Vladimir "
                          "Putin of Russia.", title=title)
    assert extraction.event is not None and extraction.event.kind == "phone_call"
    assert {o.name for o in extraction.officials if o.participant} == {"Narendra Modi", "Vladimir Putin"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Foreign Minister Yang Jiechi met with Vietnamese Vice Foreign Minister Ho Xuan Son on Monday.", "2012-02-27"),
    ("Foreign Minister Yang Jiechi held talks with Vietnamese Vice Foreign Minister Ho Xuan Son from Feb. 26 to 27, "
     "the ministry said on Tuesday.", "2012-02-26"),
    ("Foreign Minister Yang Jiechi met with Vietnamese Vice Foreign Minister Ho Xuan Son.", "2012-02-28"),
])
def test_a_wire_story_counts_its_days_from_its_dateline(sentence: str, expected: str) -> None:
    """The page's own time stamp (a day later) is not the story's date."""
    text = f"Chinese FM meets Vietnamese vice FM\n\n08:18, February 29, 2012\n\nBEIJING, Feb. 28 (Xinhua) -- {sentence}"
    extraction = extract(readout_from_text(text, id="t", source="t"))
    assert extraction.event is not None and extraction.event.date == expected


@pytest.mark.parametrize(("phrase", "key"), [
    ("the Secretary General of the ACP Group", "org/ACP"),
    ("the UN Alliance of Civilizations", "org/UNAOC"),
    ("the Joint Expeditionary Force (JEF) dinner", "org/JEF"),
    ("the UK's accession to the CPTPP", "org/CPTPP"),
    ("the critical role NATO will be playing in implementing UNSCR 1973", "org/UNSC"),
    ("the leaders of the Visegrad Group", "org/V4"),
    ("the work of UN Women", "org/UN-Women"),
    ("the peacekeepers of MONUSCO", "org/MONUSCO"),
    ("a loan from the Inter-American Development Bank", "org/IDB"),
    ("the Middle East Quartet", "org/Quartet"),
    ("the Union of South American Nations", "org/UNASUR"),
    ("the Palestine Liberation Organisation’s political platform", "org/PLO"),
    # analysts write the World Bank by its name: it has no acronym in use
    ("the World Bank Group President David Malpass", "org/World-Bank"),
    ("the coordination chairman of APT", "org/ASEAN+3"),
    ("the conclusion of negotiations for the Trans-Pacific Partnership (TPP)", "org/TPP"),
    # analysts write the Council whose permanent members these are, not "P5"
    ("the permanent members of the UN Security Council", "org/UNSC"),
    # a body known by no acronym is written by its name
    ("our counter-ISIL Coalition partners", "org/Global-Coalition-to-Defeat-ISIS"),
    ("the MIKTA foreign ministers", "org/MIKTA"),
    ("the Negev Forum working groups", "org/Negev-Forum"),
    ("the NATO-Russia Council meeting in January", "org/NATO-Russia-Council"),
    ("the Ukraine Defense Contact Group", "org/Ukraine-Defense-Contact-Group"),
    ("the Partners in the Blue Pacific initiative", "org/Partners-in-the-Blue-Pacific"),
    ("the 2nd Ministerial Meeting of the Stockholm Initiative", "org/Stockholm-Initiative"),
    ("the Partnering for Green Growth and the Global Goals 2030 (P4G) Summit", "org/P4G"),
    ("vaccines delivered through COVAX", "org/COVAX"),
    ("the ACT Accelerator", "org/ACT-Accelerator"),
    ("the 31st FISU World University Games", "org/FISU"),
    ("the South Centre", "org/South-Centre"),
    ("5 Eyes partners", "org/Five-Eyes"),
    ("the International Federation of Red Cross and Red Crescent", "org/IFRC"),
    # the EU's diplomatic service is written as itself, unlike the Commission
    ("the European External Action Service", "org/EEAS"),
    # as Malaysian and Singaporean papers write them
    ("Singapore's chairmanship of Asean this year", "org/ASEAN"),
    ("the Asean-Australia Special Summit 2018", "org/ASEAN"),
    ("EU, Nordic Council and Nordic Baltic 8 issues", "org/NB8"),
    ("the side-lines of a UN general assembly", "org/UNGA"),
    ("the launch of the China-Arab Cooperation Forum", "org/CASCF"),
    ("the Joint SADC and Conference on the Great Lakes Region Summit", "org/ICGLR"),
])
def test_more_organizations_and_forums_are_known(phrase: str, key: str) -> None:
    assert key in {e.key for e in _extract(f"Wang Yi met Sergey Lavrov. He spoke of {phrase}.").entities}


@pytest.mark.parametrize(("phrase", "key"), [
    ("the European Commission's proposal", "org/EU"),
    ("the conclusions of the European Council", "org/EU"),
    ("the African Union Commission", "org/AU"),
])
def test_a_union_s_institution_stands_for_the_union(phrase: str, key: str) -> None:
    keys = {e.key for e in _extract(f"Wang Yi met Sergey Lavrov. He spoke of {phrase}.").entities}
    assert key in keys and not any(k in keys for k in ("org/EC", "org/EUCO", "org/AUC"))


def test_the_cptpp_as_the_uk_writes_it_is_not_the_tpp_it_grew_from() -> None:
    text = "Wang Yi met Sergey Lavrov. He spoke of the Comprehensive and Progressive Trans-Pacific Partnership."
    keys = {e.key for e in _extract(text).entities}
    assert "org/CPTPP" in keys and "org/TPP" not in keys


def test_the_munich_security_conference_is_an_event_not_an_organization() -> None:
    extraction = _extract("Wang Yi met Sergey Lavrov on the sidelines of the 56th Munich Security Conference.")
    assert not any("Munich" in e.key for e in extraction.entities)
    assert [m.name for m in extraction.mentioned_events] == ["56th Munich Security Conference"]


@pytest.mark.parametrize(("phrase", "key"), [
    ("Elizabeth Truss, Secretary of State for Foreign, Commonwealth and Development Affairs", "org/Commonwealth"),
    ("José Manuel Albares, Minister of Foreign Affairs, European Union and Cooperation", "org/EU"),
    ("a Foreign, Commonwealth & Development Office spokesperson", "org/Commonwealth"),
    ("a Foreign & Commonwealth Office spokesperson", "org/Commonwealth"),
])
def test_an_organization_in_the_name_of_a_ministry_is_not_mentioned(phrase: str, key: str) -> None:
    assert key not in {e.key for e in _extract(f"Wang Yi met Sergey Lavrov. He spoke of {phrase}.").entities}


@pytest.mark.parametrize(("phrase", "key"), [
    ("Laura Rosenberger, senior director of the White House National Security Council", None),
    ("the Economic Community of Central African States", "org/ECCAS"),
    ("support for French-speaking countries", None),
    ("Kazak Foreign Minister Kasymzhomart Kemelevich Tokayev", "state/KAZ"),
    ("Kyrghyz Foreign Minister Alikbek Jekshenkulov", "state/KGZ"),
])
def test_a_name_inside_a_longer_name_is_not_taken_alone(phrase: str, key: str | None) -> None:
    """No UN Security Council in a national one, no Central African Republic in ECCAS, no France in a language."""
    keys = {e.key for e in _extract(f"Wang Yi met Sergey Lavrov. He spoke of {phrase}.").entities}
    assert keys - {"state/CHN", "state/RUS"} == ({key} if key else set())


@pytest.mark.parametrize("text", [
    "ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 02nd May, 2021) H.H. Sheikh Abdullah bin Zayed Al Nahyan, "
    "Minister of Foreign Affairs and International Cooperation, received Prince Faisal bin Farhan, Foreign Minister of "
    "the Kingdom of Saudi Arabia.",
    "(MENAFN- Kuwait News Agency (KUNA)) RIYADH, May 31 (KUNA) -- Saudi Foreign Minister Prince Faisal bin Farhan "
    "received UAE Minister of Foreign Affairs Sheikh Abdullah bin Zayed Al Nahyan.",
])
def test_a_state_in_the_name_of_a_news_agency_is_not_mentioned(text: str) -> None:
    assert {e.key for e in _extract(text).entities if e.key.startswith("state/")} == {"state/ARE", "state/SAU"}


def test_a_lower_case_title_after_a_name_and_whoever_it_names_is_no_participant() -> None:
    extraction = _extract("BEIJING, Feb. 25 (Xinhua) -- Chinese Foreign Minister Wang Yi on Friday held a phone "
                          "conversation with Emmanuel Bonne, diplomatic counselor to French President Emmanuel Macron.")
    people = {o.name: (o.participant, o.affiliation, o.titles) for o in extraction.officials}
    assert people["Emmanuel Bonne"] == (True, "state/FRA", ("Diplomatic Counselor",))
    assert people["Emmanuel Macron"][0] is False


def test_a_word_that_starts_like_a_title_is_none() -> None:
    """"consular" is no "Consul": "FETO, consular and other issues" names nobody."""
    extraction = _extract("Foreign Minister Mevlüt Çavuşoğlu met Secretary of State Mike Pompeo. Topics included "
                          "Syria, Iraq, FETO, consular and other issues.")
    assert set(_names(extraction)) == {"Mevlüt Çavuşoğlu", "Mike Pompeo"}


@pytest.mark.parametrize(("sentence", "name", "state"), [
    ("Foreign Minister Vivian Balakrishnan met Minister of the International Department of the Communist Party of "
     "China Song Tao.", "Song Tao", "state/CHN"),
    ("Premier Li Keqiang met with Chief Executive Robert Thomson of News Corp. of the US.", "Robert Thomson", "state/USA"),
])
def test_a_body_between_title_name_and_state(sentence: str, name: str, state: str) -> None:
    assert _names(_extract(sentence))[name] == state


def test_the_white_house_s_unnamed_president_speaks_for_the_united_states() -> None:
    extraction = _extract("The President spoke with French President Nicolas Sarkozy and, separately, with German "
                          "Chancellor Angela Merkel this afternoon. The President welcomed the continued leadership of "
                          "President Sarkozy and Chancellor Merkel in addressing the euro area crisis.",
                          title="Readout of the President’s Phone Calls with President Sarkozy and Chancellor Merkel")
    assert "state/USA" in {e.key for e in extraction.entities}
    assert {p.holders for p in extraction.positions} == {("state/USA",)}


def test_a_date_in_a_time_zone_note_is_no_date_of_its_own() -> None:
    """Japan's MOFA gives the same moment in Tokyo time: "(local time: 7:15 a.m. on Friday, September 28, Japan time)"."""
    extraction = _extract("On Thursday, September 27, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with "
                          "Mrs. Sushma Swaraj, Minister of External Affairs of India, commencing at 6:15 p.m. (local "
                          "time: 7:15 a.m. on Friday, September 28, Japan time), during his visit to New York.",
                          date="2018-09-28")
    assert extraction.event is not None and extraction.event.date == "2018-09-27"
    assert all(m.start != "2018-09-28" for m in extraction.mentioned_events)


@pytest.mark.parametrize("line", ["08/04/2017 | Press release", "Submitted on Fri, 08/04/2017 - 07:41"])
def test_a_numeric_date_line_gives_its_year_to_a_yearless_day(line: str) -> None:
    """"08/04/2017" may be April 8 or August 4; either way it is of 2017, and "On August 4" is 2017-08-04."""
    text = ("Press release on Deputy Foreign Minister Mikhail Bogdanov’s meeting with Ethiopian Ambassador Grum Abay\n\n"
            f"{line}\n\nOn August 4, Deputy Foreign Minister Mikhail Bogdanov received Ethiopian "
            "Ambassador to Russia Grum Abay.")
    extraction = extract(readout_from_text(text, id="t", source="t"))
    assert extraction.event is not None and extraction.event.date == "2017-08-04"


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Foreign Minister Wang Yi and Foreign Minister Sameh Shoukry of Egypt held the second strategic dialogue in Cairo.",
     "talks"),
    ("Vice Foreign Minister Cheng Guoping met Foreign Minister Erlan Idrissov, who spoke highly of the cooperation.",
     "meeting"),
])
def test_a_dialogue_held_is_talks_and_speaking_highly_is_no_call(sentence: str, kind: str) -> None:
    assert _extract(sentence).event.kind == kind


def test_a_curly_apostrophe_in_a_states_name_keeps_it_whole() -> None:
    """"Democratic People’s Republic of Korea" is North Korea, with no South Korea inside it."""
    keys = {e.key for e in _extract("Wang Yi met the Foreign Minister of the Democratic People’s Republic of Korea "
                                    "Choe Son Hui.").entities}
    assert "state/PRK" in keys and "state/KOR" not in keys


@pytest.mark.parametrize(("sentence", "sidelines"), [
    ("Secretary Pompeo met Foreign Minister Kono on the sidelines of the G20 foreign ministers meeting in Buenos Aires.",
     "G20 foreign ministers meeting in Buenos Aires"),  # as written, with its venue
    ("Foreign Minister Kono met Secretary Pompeo during his visit to the UN General Assembly in New York.",
     "UN General Assembly in New York"),
    ("Wang Yi met Foreign Minister Sergei Lavrov on the sideslines of the ASEAN Regional Forum.", "ASEAN Regional Forum"),
    ("Foreign Minister Kono met Secretary Pompeo during his visit to China.", None),
])
def test_the_larger_event_a_meeting_was_held_beside(sentence: str, sidelines: str | None) -> None:
    assert _extract(sentence).event.sidelines_of == sidelines


@pytest.mark.parametrize(("phrase", "key"), [("the G4", "org/G4"), ("the G8 summit", "org/G8"), ("the RIC format", "org/RIC")])
def test_more_forums(phrase: str, key: str) -> None:
    assert key in {e.key for e in _extract(f"Wang Yi met Sergei Lavrov. They discussed {phrase}.").entities}


def test_a_video_consultation_is_a_video_call() -> None:
    assert _extract("Vice Foreign Minister Le Yucheng held video consultation with Deputy Foreign Minister Sergei "
                    "Ryabkov of Russia.").event.kind == "video_call"


def test_a_place_before_a_title_is_no_official() -> None:
    extraction = _extract("On the evening of August 9 in Beijing, State Councilor and Foreign Minister Wang Yi had talks "
                          "with Pakistani Foreign Minister Shah Mahmood Qureshi.")
    assert set(_names(extraction)) == {"Wang Yi", "Shah Mahmood Qureshi"}
    assert extraction.event.location == "Beijing"


def test_a_meeting_told_again_with_its_date_dates_the_event() -> None:
    x = _extract("Foreign Secretary James Cleverly met with Egyptian Foreign Minister Sameh Shoukry during his visit "
                 "to the UN General Assembly in New York. The Foreign Secretary and Egyptian Foreign Minister Sameh "
                 "Shoukry met at UNGA on 18 September.", date="2023-09-20")
    assert x.event.date == "2023-09-18"


def test_another_call_told_after_the_main_one_does_not_date_it() -> None:
    x = _extract("Minister Ronald Lamola and Secretary Anthony Blinken spoke by phone. The call follows President "
                 "Biden's congratulatory call to President Ramaphosa on 2 July 2024.")
    assert x.event.date is None


def test_a_meeting_of_officials_the_tables_do_not_know_is_still_the_main_event() -> None:
    x = _extract("On October 24, 2024, Director-General of the Department of Consular Affairs of the Foreign Ministry "
                 "Long Zhou met with visiting Director of the Consular Department of the Ministry of Foreign Affairs "
                 "of Viet Nam Doãn Hoàng Minh.")
    assert (x.event.kind, x.event.date) == ("meeting", "2024-10-24")


def test_a_state_s_people_name_the_state() -> None:
    keys = {e.key for e in _extract("Wang Yi met Sergey Lavrov. They discussed security, dignity and prosperity for "
                                    "Israelis and Palestinians.").entities}
    assert {"state/ISR", "state/PSE"} <= keys


def test_a_state_named_as_the_country_of_a_city_is_a_place_not_an_actor() -> None:
    keys = {e.key for e in _extract("Minister for Foreign Affairs KAMIKAWA Yoko, who was visiting Stockholm, Sweden, "
                                    "held a telephone call with Foreign Minister Ahmed Attaf of Algeria.").entities}
    assert "state/SWE" not in keys and "state/DZA" in keys


def test_states_in_a_list_are_actors() -> None:
    keys = {e.key for e in _extract("Wang Yi met Sergey Lavrov. They discussed developments in Iraq, Libya and "
                                    "Yemen.").entities}
    assert {"state/IRQ", "state/LBY", "state/YEM"} <= keys


@pytest.mark.parametrize(("text", "sidelines"), [
    ("At the margins of the 16th ASEAN-EU Ministerial Meeting (AEMM), Foreign Minister George Yeo met the Foreign "
     "Minister of Germany, Dr Frank-Walter Steinmeier, on 14 March 2007.", "16th ASEAN-EU Ministerial Meeting (AEMM)"),
    ("Sergey Lavrov, Foreign Minister of the Russian Federation, who is on a visit to India to participate in the "
     "Raisina Dialogue, called on Prime Minister Shri Narendra Modi today.", "Raisina Dialogue"),
    ("Chilean President Ricardo Lagos on Wednesday met Chinese Foreign Minister Tang Jiaxuan who is in Santiago for "
     "an East Asia-Latin America forum.", "East Asia-Latin America forum"),
])
def test_more_ways_to_say_beside_which_event_a_meeting_took_place(text: str, sidelines: str) -> None:
    assert _extract(text).event.sidelines_of == sidelines


def test_an_event_someone_took_part_in_earlier_is_no_sidelines() -> None:
    x = _extract("On June 13, Foreign Minister Sergey Lavrov met with Deputy Prime Minister of the Republic of Cuba "
                 "Ricardo Cabrisas, who recently took part in St Petersburg International Economic Forum.")
    assert x.event.sidelines_of is None


@pytest.mark.parametrize(("title", "text", "kind", "participants"), [
    ("Japan-South Africa Summit Meeting", "1. Bilateral relations\n\nPrime Minister Abe stated his intention to "
     "strengthen the strategic cooperative relationship with South Africa. President Zuma expressed his hopes for "
     "Japan's cooperation.", "meeting", ["Abe", "Zuma"]),
    ("Foreign ministers of Poland and Estonia meet in Warsaw", "On Tuesday, 29 June 2021, the heads of Polish and "
     "Estonian diplomacies met to discuss topics such as prospects for developing bilateral cooperation. During the "
     "talks, Minister Zbigniew Rau and Minister Eva-Maria Liimets agreed that relations between our countries are "
     "excellent.", "meeting", ["Zbigniew Rau", "Eva-Maria Liimets"]),
])
def test_a_headline_that_tells_states_meeting_makes_their_first_named_officials_the_participants(
        title: str, text: str, kind: str, participants: list[str]) -> None:
    x = _extract(text, title=title)
    assert x.event.kind == kind
    assert [o.name for o in x.officials if o.participant] == participants
