"""Officials as readouts introduce them: (text, expected) tables of name, state and titles."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout


def officials(text: str, title: str | None = None) -> list[tuple[str, str | None, tuple[str, ...]]]:
    readout = Readout(id="t", text=f"{title}\n\n{text}" if title else text, source="t", title=title)
    return [(o.name, o.affiliation, o.titles) for o in extract(readout).officials]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian Foreign Minister Sergey Lavrov said so.", [("Sergey Lavrov", "state/RUS", ("Foreign Minister",))]),
    ("Wang Yi met with Foreign Minister Sergei Lavrov of Russia.",
     [("Wang Yi", "state/CHN", ()), ("Sergei Lavrov", "state/RUS", ("Foreign Minister",))]),
    ("Minister for Foreign Affairs Dr Vivian Balakrishnan met Dato’ Saifuddin Abdullah, Minister of Foreign Affairs "
     "of Malaysia.", [("Vivian Balakrishnan", "state/SGP", ("Minister for Foreign Affairs",)),
                      ("Saifuddin Abdullah", "state/MYS", ("Minister of Foreign Affairs",))]),
    ("Secretary of State Antony J. Blinken met Indonesian Foreign Minister Retno Marsudi.",
     [("Antony J. Blinken", "state/USA", ("Secretary of State",)),
      ("Retno Marsudi", "state/IDN", ("Foreign Minister",))]),
    ("Wang Yi met in Shanghai with UN Secretary-General Ban Ki-moon.",
     [("Wang Yi", "state/CHN", ()), ("Ban Ki-moon", "org/UN", ("Secretary-General",))]),
    ("The Prime Minister spoke to the President of the United States, Joe Biden, this evening.",
     [("Joe Biden", "state/USA", ("President",))]),
    ("Prime Minister Narendra Modi had a telephone conversation with His Excellency Donald Trump, President of the "
     "United States of America.", [("Narendra Modi", "state/IND", ("Prime Minister",)),
                                   ("Donald Trump", "state/USA", ("President",))]),
    ("Foreign Minister Wang Yi held talks with President of the 72nd Session of the United Nations (UN) General "
     "Assembly Miroslav Lajcak in Beijing.", [("Miroslav Lajcak", "org/UNGA", ("President",))]),
    # an envoy "for" a state is sent to it, not its official
    ("Deputy Secretary of State and Special Representative for North Korea Stephen E. Biegun met today in Seoul with "
     "Republic of Korea (ROK) First Vice Foreign Minister Choi Jong-kun.",
     [("Stephen E. Biegun", "state/USA", ("Deputy Secretary of State", "Special Representative"))]),
    # a department's director, and the state's name before 2019
    ("Assistant Foreign Minister Wu Hongbo met with A.G. Karlov, Director of the Consular Department of Russian "
     "Foreign Ministry.", [("A.G. Karlov", "state/RUS", ("Director",))]),
    ("Prime Minister of the Republic of Macedonia Mr Nikola Gruevski paid a courtesy call on Prime Minister Lee Hsien "
     "Loong.", [("Nikola Gruevski", "state/MKD", ("Prime Minister",))]),
    # the post's city before the name; Sri Lanka's Foreign Secretary
    ("Deputy Foreign Minister Mikhail Bogdanov received the newly appointed Ambassador of the Republic of Zambia in "
     "Moscow, Shadrick Luwita, who presented his credentials.", [("Shadrick Luwita", "state/ZMB", ("Ambassador",))]),
    ("Vice Foreign Minister Sun Weidong and Secretary to the Ministry of Foreign Affairs of Sri Lanka Aruni Yasodha "
     "Wijewardane held the 13th round of consultations.",
     [("Aruni Yasodha Wijewardane", "state/LKA", ("Secretary to the Ministry of Foreign Affairs",))]),
    # Australia's "the Hon" before the name, "MP" after it
    ("Prime Minister Anthony Albanese welcomed the Prime Minister of Solomon Islands, the Hon Manasseh Sogavare MP, to "
     "Australia for bilateral talks.", [("Manasseh Sogavare", "state/SLB", ("Prime Minister",))]),
    # a title in apposition before another says whose: not the remit "for Afghanistan"
    ("The Special Envoy of China for Afghanistan Affairs, Ambassador Liu Jian on Friday spoke with Pakistan's Special "
     "Representative for Afghanistan, Ambassador Muhammad Sadiq and discussed the Afghan peace process.",
     [("Liu Jian", "state/CHN", ("Ambassador",)), ("Muhammad Sadiq", "state/PAK", ("Ambassador",))]),
    # the institution after the title says whose (and so the other is of the other side named); the state after
    # "in" is the post's
    ("On April 18, 2011, Yang Houlan, Ambassador for Korean Peninsula Affairs met with Hartogh, Director of Asia and "
     "Oceania Department, Ministry of Foreign Affairs of the Netherlands. Hartogh noted that the Netherlands "
     "appreciates the efforts of China.", [("Hartogh", "state/NLD", ("Director",)), ("Yang Houlan", "state/CHN", ())]),
    ("Ms. ERI Arfiya, Parliamentary Vice-Minister for Foreign Affairs, received a courtesy call from Ms. Annelize "
     "Schroeder, Chargé d'Affaires a.i., Embassy of the Republic of South Africa in Japan. Japan welcomed it.",
     [("Annelize Schroeder", "state/ZAF", ("Chargé d'Affaires a.i.",))]),
    ("On Thursday, MFA Undersecretary of State Bartosz Cichocki met in Berlin with Markus Ederer, State Secretary of "
     "the German Federal Foreign Office. Poland is interested in regular dialogue.", [("Bartosz Cichocki", "state/POL", ("Undersecretary of State",))]),
    # a region is a minister's portfolio, not the start of his name; a counterpart's title after the comma
    ("Minister for the Middle East Alistair Burt met his Iranian counterpart, Deputy Foreign Minister Abbas Araghchi, "
     "in London yesterday for talks on bilateral issues, including the Iran nuclear deal and cases of British dual "
     "nationals detained in Iran.", [("Alistair Burt", "state/GBR", ("Minister",)),
                                     ("Abbas Araghchi", "state/IRN", ("Deputy Foreign Minister",))]),
    # an envoy is of the state that sends him, not of the one he is posted to
    ("On 31 July 2024, H.E. Mr. Russ Jalichandra, Vice Minister for Foreign Affairs discussed with H.E. Mr. Walid Abu "
     "Ali, Ambassador of the State of Palestine to the Kingdom of Thailand, with residence in Kuala Lumpur.",
     [("Walid Abu Ali", "state/PSE", ("Ambassador",))]),
    # a deputy of a listed title, whose state the adjective before it gives
    ("Chinese Vice Foreign Minister Ma Zhaoxu on Thursday met with U.S. Principal Deputy National Security Advisor "
     "Jon Finer in Washington, D.C. During the meeting, Ma elaborated on China's position on issues related to Taiwan "
     "region. Ma also met with U.S. National Security Advisor Jake Sullivan.",
     [("Jon Finer", "state/USA", ("Principal Deputy National Security Advisor",))]),
    # a title, a comma and the name, which "and his counterpart" closes
    ("Jordanian Minister of Foreign Affairs and Expatriates, Ayman Al-Safadi and his German counterpart, Heiko Maas "
     "held a joint press conference on Thursday in Amman after their meeting.",
     [("Ayman Al-Safadi", "state/JOR", ("Minister of Foreign Affairs and Expatriates",))]),
])
def test_title_name_and_state_in_the_usual_patterns(text: str, expected: list) -> None:
    found = officials(text)
    for name, state, titles in expected:
        match = next(o for o in found if o[0] == name)
        assert match[1] == state
        assert set(titles) <= set(match[2])


@pytest.mark.parametrize(("text", "name"), [
    ("Special Envoy for Pacific Island Countries Affairs of the Chinese Government Qian Bo met with Samoan Prime "
     "Minister Fiame Naomi Mataafa.", "Qian Bo"),
    ("Special Representative of the Chinese Government on European Affairs Wu Hongbo visited Latvia.", "Wu Hongbo"),
    ("Special Envoy of the Chinese Government on the Middle East Issue Gong Xiaosheng led a delegation.",
     "Gong Xiaosheng"),
])
def test_an_envoy_s_remit_and_government_stand_between_title_and_name(text: str, name: str) -> None:
    assert (name, "state/CHN") in {(o[0], o[1]) for o in officials(text)}


def test_a_hyphenated_name_after_bin_is_one_name() -> None:
    found = officials("Today, Prime Minister Justin Trudeau spoke with His Majesty King Abdullah II bin Al-Hussein of "
                      "Jordan about the situation in the Middle East.")
    assert [(o[0], o[1]) for o in found] == [("Justin Trudeau", "state/CAN"),
                                             ("Abdullah II bin Al-Hussein", "state/JOR")]


def test_a_listed_official_after_the_title_a_preposition_takes_keeps_his_own_state() -> None:
    found = officials("During the telephone conversation with the President of the Republic of Uzbekistan, Vladimir "
                      "Putin gave his warmest birthday greetings to Shavkat Mirziyoyev.")
    assert ("Vladimir Putin", "state/RUS") in [(name, state) for name, state, _ in found]


def test_the_palestinian_authority_is_palestine_and_no_person() -> None:
    found = officials("The Secretary-General met today with H.E. Mr. Salam Fayyad, [acting] Prime Minister of the "
                      "Palestinian Authority, in Ramallah.")
    assert [(name, state) for name, state, _ in found] == [("Salam Fayyad", "state/PSE")]


def test_a_state_named_in_full_before_a_title_is_no_person() -> None:
    found = officials("Secretary of State Antony J. Blinken spoke today with the Foreign Minister of the Kingdom of Saudi "
                      "Arabia, Prince Faisal bin Farhan Al Saud.")
    assert [o[0] for o in found] == ["Antony J. Blinken", "Faisal bin Farhan Al Saud"]


def test_later_short_references_join_the_full_name() -> None:
    found = officials("Vice Foreign Minister Zhang Yesui met Liberian President Ellen Johnson Sirleaf. "
                      "Sirleaf thanked China. Zhang said so.")
    assert [o[0] for o in found] == ["Zhang Yesui", "Ellen Johnson Sirleaf"]


def test_a_title_with_a_family_name_joins_the_full_name() -> None:
    found = officials("Premier Li Keqiang met Pakistani Prime Minister Nawaz Sharif.", title="Premier Li meets Sharif")
    assert [o[0] for o in found] == ["Li Keqiang", "Nawaz Sharif"]


def test_a_family_name_inside_another_name_is_not_that_official() -> None:
    found = officials("Zhang Yesui met with Liberian President Ellen Johnson Sirleaf in Beijing.")
    assert "Boris Johnson" not in [o[0] for o in found]


def test_a_well_known_family_name_alone_is_that_official() -> None:
    found = officials("The leaders discussed supporting Ukraine and ensuring Putin fails in this war.")
    assert found == [("Putin", "state/RUS", ("President",))]


def test_a_language_is_no_family_name() -> None:
    found = officials("Prime Minister Bill English met Prime Minister Shinzo Abe. This is an unofficial English "
                      "translation of the original Arabic text.")
    assert [o for o in found if o[0] == "English"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # the gazetteer knows the Taoiseach's state where the text names another state more often
    ("Taoiseach Micheál Martin and British Prime Minister Rishi Sunak spoke this evening. They discussed the response "
     "to the Russian invasion of Ukraine and Russian threats.", ("Micheál Martin", "state/IRL")),
    ("Foreign Minister Pekka Haavisto met with Foreign Minister Dmytro Kuleba in Kyiv to discuss Ukraine's needs.",
     ("Pekka Haavisto", "state/FIN")),
    ("Foreign Minister Marina Kaljurand spoke with Russian Foreign Minister Sergey Lavrov about Russia.",
     ("Marina Kaljurand", "state/EST")),
])
def test_a_listed_official_keeps_their_state_when_the_text_leaves_it_unsaid(text: str, expected: tuple) -> None:
    assert expected in [(o[0], o[1]) for o in officials(text)]


def test_a_family_name_alone_is_the_text_s_own_person_not_a_listed_namesake() -> None:
    found = officials("The new foreign minister of Mexico has held talks with U.S. Homeland Security Secretary "
                      "Kirstjen Nielsen. Foreign Minister Marcelo Ebrard says he had a cordial meeting with Nielsen.")
    assert ("Kirstjen Nielsen", "state/USA") in [(name, state) for name, state, _ in found]
    assert "Holger K. Nielsen" not in [name for name, _, _ in found]


def test_two_people_who_share_a_family_name_stay_two() -> None:
    found = officials("King Abdullah of Jordan joined the call. Dato' Saifuddin Abdullah, Minister of Foreign Affairs "
                      "of Malaysia, was not there.")
    assert sorted(o[0] for o in found) == ["Abdullah", "Saifuddin Abdullah"]


def test_transliterations_are_one_official() -> None:
    readout = Readout(id="t", text="Sergei Lavrov met Wang Yi. Sergey Lavrov said so.", source="t")
    assert [o.key for o in extract(readout).officials] == ["official/sergey-lavrov", "official/wang-yi"]


@pytest.mark.parametrize(("text", "key"), [
    ("President Jokowi received Hungarian Prime Minister Viktor Orban at the Bogor Palace.", "official/joko-widodo"),
    ("President Biden congratulated President Lula on Brazil's success.", "official/luiz-inacio-lula-da-silva"),
    # a wire's transliteration, and his kunya
    ("Israeli Prime Minister Ehud Olmert and president Mahmud Abbas began meeting in Jerusalem on Monday.",
     "official/mahmoud-abbas"),
    ("Abu Mazen received the envoy in Ramallah.", "official/mahmoud-abbas"),
])
def test_a_leader_called_by_his_usual_short_name_is_the_listed_official(text: str, key: str) -> None:
    assert key in [o.key for o in extract(Readout(id="t", text=text, source="t")).officials]


def test_an_excellency_written_he_is_no_name() -> None:
    text = ("Prime Minister Mohammed bin Abdulrahman Al Thani received Minister of Foreign Affairs of the Islamic "
            "Republic of Iran HE Dr. Dr. Abbas Araghchi in Doha.")
    assert [(o[0], o[1]) for o in officials(text)] == [("Mohammed bin Abdulrahman Al Thani", "state/QAT"),
                                                      ("Abbas Araghchi", "state/IRN")]


def test_honorifics_are_dropped() -> None:
    found = officials("Senator the Hon Bob Carr, Minister for Foreign Affairs of Australia, met the minister.")
    assert found[0][:2] == ("Bob Carr", "state/AUS")


def test_names_do_not_run_across_lines() -> None:
    found = officials("Telephone conversation between PM and President of USA\n\nPrime Minister Narendra Modi spoke.")
    assert [o[0] for o in found] == ["Narendra Modi"]


def participants(text: str) -> list[str]:
    return [o.name for o in extract(Readout(id="t", text=text, source="t")).officials if o.participant]


@pytest.mark.parametrize("further", [
    "Minister Balakrishnan also met Minister of Economy Rafizi Ramli.",
    "On the same day, Minister Balakrishnan met as well with Minister of Economy Rafizi Ramli.",
    "He called on Minister of Economy Rafizi Ramli.",
])
def test_those_met_on_the_same_visit_take_part(further: str) -> None:
    text = ("Minister for Foreign Affairs Vivian Balakrishnan met Prime Minister Anwar Ibrahim in Putrajaya today. "
            f"{further}")
    assert participants(text) == ["Vivian Balakrishnan", "Anwar Ibrahim", "Rafizi Ramli"]


@pytest.mark.parametrize("other", [
    "Minister Balakrishnan also met Minister of Economy Rafizi Ramli in March 2019.",
    "Minister Balakrishnan will also meet Minister of Economy Rafizi Ramli.",
    "Minister Balakrishnan had met Minister of Economy Rafizi Ramli last year.",
])
def test_a_meeting_at_another_time_is_no_part_of_this_one(other: str) -> None:
    text = ("Minister for Foreign Affairs Vivian Balakrishnan met Prime Minister Anwar Ibrahim in Putrajaya today. "
            f"{other}")
    assert participants(text) == ["Vivian Balakrishnan", "Anwar Ibrahim"]


def test_each_person_of_a_list_of_titled_names_is_one_official() -> None:
    text = ("Minister Balakrishnan also met Malaysian Minister of Transport Anthony Loke Siew Fook, Minister of "
            "Economy Rafizi Ramli, and Minister of Defence Dato’ Seri Utama Mohamad Hasan.")
    assert [name for name, _, _ in officials(text)] == [
        "Balakrishnan", "Anthony Loke Siew Fook", "Rafizi Ramli", "Mohamad Hasan"]


@pytest.mark.parametrize(("text", "names"), [
    ("Minister Çavuşoğlu also met with Minister of Public Infrastructure, Industries and Commerce Charles Obichang of "
     "Palau.", ["Çavuşoğlu", "Charles Obichang"]),
    ("Minister Çavuşoğlu also held bilateral meetings with Minister for Labour, Employment, Veteran and Social Affairs "
     "Zoran Djordjevic of Serbia.", ["Çavuşoğlu", "Zoran Djordjevic"]),
    ("Minister Balakrishnan also met Minister of Transport Anthony Loke Siew Fook.",
     ["Balakrishnan", "Anthony Loke Siew Fook"]),
    ("Minister Balakrishnan met Minister of Hajj and Umrah Tawfiq Al-Rabiah.", ["Balakrishnan", "Tawfiq Al-Rabiah"]),
])
def test_a_minister_s_portfolio_ends_where_the_name_begins(text: str, names: list[str]) -> None:
    """Commas inside a portfolio list it ("A, B and C"); the words after the last item are the name."""
    assert [name for name, _, _ in officials(text)] == names


def test_a_comma_after_a_portfolio_is_no_list_without_and() -> None:
    found = [name for name, _, _ in officials("He met Minister of Foreign Affairs, Wang Yi, in Beijing.")]
    assert "Wang Yi" in found


def test_the_last_of_a_list_of_those_also_met_takes_part() -> None:
    text = ("Minister for Foreign Affairs Vivian Balakrishnan met Prime Minister Anwar Ibrahim in Putrajaya today. "
            "Minister Balakrishnan also met Minister of Economy Rafizi Ramli, and Minister of Natural Resources, "
            "Environment and Climate Change Nik Nazmi Nik Ahmad.")
    assert participants(text) == ["Vivian Balakrishnan", "Anwar Ibrahim", "Rafizi Ramli", "Nik Nazmi Nik Ahmad"]


@pytest.mark.parametrize("text", [
    "On May 26, 2003, State Councillor Tang Jiaxuan, who is accompanying President Hu Jintao on his state visit to "
    "Russia, met with Russian Foreign Minister Igor Ivanov.",
    "On May 11, 2011, as a special representative of Chinese President Hu Jintao, State Councillor Tang Jiaxuan met "
    "with Russian Foreign Minister Igor Ivanov.",
])
def test_whom_a_visitor_accompanies_or_stands_for_takes_no_part(text: str) -> None:
    assert participants(text) == ["Tang Jiaxuan", "Igor Ivanov"]


def test_a_family_name_in_the_headline_takes_the_full_name_the_body_gives() -> None:
    text = ("Obama urges Netanyahu to resume peace talks\n\nPresident Barack Obama spoke by telephone on Thursday with "
            "Israeli Prime Minister Benjamin Netanyahu. Netanyahu agreed.")
    assert participants(text) == ["Barack Obama", "Benjamin Netanyahu"]


def test_a_possessive_after_a_final_s_in_the_headline_is_no_part_of_the_name() -> None:
    title = "Deputy Secretary Burns' Meeting with former Lebanese Prime Minister Siniora"
    text = (f"{title}\n\nDeputy Secretary William Burns met former Lebanese Prime Minister Fouad Siniora at the "
            "Department of State yesterday afternoon.")
    found = extract(Readout(id="t", text=text, source="t", title=title)).officials
    assert [(o.name, o.affiliation) for o in found if o.participant] == [
        ("William Burns", "state/USA"), ("Fouad Siniora", "state/LBN")]


def test_a_name_on_the_line_after_an_honorific_takes_part() -> None:
    text = ("On July 10, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with Rt. Hon.\n"
            "Winston Peters, Minister of Foreign Affairs of New Zealand, during his visit to Kuala Lumpur.")
    assert participants(text) == ["IWAYA Takeshi", "Winston Peters"]


def test_initials_glued_to_the_family_name_are_one_name() -> None:
    text = ("On June 22, Foreign Minister Sergey Lavrov met with Minister of Foreign Affairs of Algeria R.Lamamra "
            "in Moscow.")
    assert ("R.Lamamra", "state/DZA") in [(o[0], o[1]) for o in officials(text)]


def test_a_headline_s_list_of_titled_names_is_one_official_each() -> None:
    title = "Taoiseach has phone calls with President Macron, Chancellor Merkel, Prime Minister May"
    found = extract(Readout(id="t", text=f"{title}\n\nThe Taoiseach spoke by phone today with the French President "
                                         "Emmanuel Macron, the Chancellor of Germany Angela Merkel, and British Prime "
                                         "Minister Theresa May.", source="t", title=title)).officials
    assert [(o.name, o.affiliation) for o in found] == [
        ("Emmanuel Macron", "state/FRA"), ("Angela Merkel", "state/DEU"), ("Theresa May", "state/GBR")]


def test_a_family_name_that_opens_with_a_particle_joins_the_full_name() -> None:
    text = ("Secretary Mattis met with French Minister of Defense Jean-Yves Le Drian in Brussels. Minister Le Drian "
            "noted the strength of military cooperation.")
    assert [(o[0], o[1]) for o in officials(text)] == [("Mattis", "state/USA"), ("Jean-Yves Le Drian", "state/FRA")]


def test_the_state_after_a_title_is_read_before_the_verb_only() -> None:
    text = ("Prince Mohammed bin Salman, Crown Prince and Prime Minister made a phone call today to President Xi "
            "Jinping of the People's Republic of China.")
    assert ("Mohammed bin Salman", "state/SAU") in [(o[0], o[1]) for o in officials(text)]


@pytest.mark.parametrize(("text", "verb"), [
    ("HRH Crown Prince Makes Phone Call To Chinese President\n\nThe call was held today.", "Makes"),
    ("German Chancellor and US President Discussed Situation Near Ukraine's Borders\n\nGerman Chancellor Olaf "
     "Scholz and US President Joe Biden held a phone call on Friday.", "Discussed"),
])
def test_a_headline_s_verb_after_a_title_is_no_name(text: str, verb: str) -> None:
    assert not any(name.startswith(verb) for name, _, _ in officials(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Sergey Lavrov, Russian Foreign Minister, made a working visit to Kazakhstan on May 13. Lavrov met with "
     "Kazakh Foreign Minister Yerzhan Kazykhanov to discuss the Russian-Kazakh partnership.",
     ["Sergey Lavrov", "Yerzhan Kazykhanov"]),
    ("Foreign Minister Mevlüt Çavuşoğlu paid a visit to the Kingdom of Saudi Arabia on 10-11 May 2021. Minister "
     "Çavuşoğlu met with Foreign Minister Faisal bin Farhan of the Kingdom of Saudi Arabia.",
     ["Mevlüt Çavuşoğlu", "Faisal bin Farhan"]),
])
def test_who_is_met_in_the_sentence_after_a_visit_takes_part(text: str, expected: list[str]) -> None:
    assert participants(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ambassador Liu Xiaoming called on British Lord Speaker Baroness Hayman in London.",
     [("Liu Xiaoming", "state/CHN"), ("Baroness Hayman", "state/GBR")]),
    # a listed official's family name stays that official
    ("Foreign Minister Yang Jiechi met with EU High Representative Baroness Ashton in Brussels.",
     [("Yang Jiechi", "state/CHN"), ("Ashton", "org/EU")]),
])
def test_a_peer_named_by_family_name_alone_keeps_the_title(text: str, expected: list) -> None:
    assert [(o[0], o[1]) for o in officials(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the state may come before a title after the name, as wire copy writes it
    ("Li Zhaoxing held talks with his visiting Mauritian counterpart. Li told Madan Murlidhar Dulloo, Mauritius "
     "Minister of Foreign Affairs, International Trade and Cooperation, that China values the relations.",
     ("Madan Murlidhar Dulloo", "state/MUS")),
    ("Richard Halbrooke, the United States special envoy to Pakistan and Afghanistan, met Pakistan President Asif Ali "
     "Zardari on Tuesday here.", ("Richard Halbrooke", "state/USA")),
])
def test_a_state_before_the_title_after_a_name_is_the_official_s(text: str, expected: tuple) -> None:
    assert expected in [(o[0], o[1]) for o in officials(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bo said this during his meeting with European Union (EU) Trade Commissioner Peter Mandelson in Beijing on "
     "Monday.", ("Peter Mandelson", "org/EU")),
    ("Visiting China's top legislator Wu Bangguo held talks with Spain's Senate President Pio Garcia-Escudero on "
     "Friday.", ("Pio Garcia-Escudero", "state/ESP")),
    ("US Secretary of State Condoleezza Rice and White House Chief of Staff Andrew Card were present at the meeting "
     "with Indian Prime Minister Manmohan Singh.", ("Andrew Card", "state/USA")),
    # a listed leader keeps his state where the text gives none
    ("URUGWIRO VILLAGE - President Paul Kagame yesterday held discussions with the Kenyan Minister of Foreign "
     "Affairs, Moses Wentagula.", ("Paul Kagame", "state/RWA")),
    ("Foreign Minister Gedu Andargachew held talks with the U.S Ambassador to Ethiopia, Michael Raynor, today.",
     ("Michael Raynor", "state/USA")),  # "U.S" without its last dot
    # an envoy posted to a capital
    ("MOSCOW, February 14. /TASS/. Russian Deputy Foreign Minister Andrey Rudenko and South Korean Ambassador to "
     "Moscow Lee Do-hoon discussed bilateral relations.", ("Lee Do-hoon", "state/KOR")),
    # ... or to Korea, which names no one state, and in news style, in lower case
    ("South Korea’s First Vice Foreign Minister Cho Hyun-dong and Chinese ambassador to Korea Xing Haiming have held "
     "consultations on bilateral relations.", ("Xing Haiming", "state/CHN")),
    ("Cho Hyun-dong met Chinese Ambassador to Korea Xing Haiming.", ("Xing Haiming", "state/CHN")),
    # a possessive before a lower-case word begins what the talks were about; before a body, it is the body's
    ("On December 12, Minister for Foreign Affairs Koichiro Gemba held telephone talks with Mr. Kim Sung-hwan, "
     "Minister of Foreign Affairs and Trade of the Republic of Korea (ROK) on North Korea’s launch of a missile.",
     ("Kim Sung-hwan", "state/KOR")),
    ("Salehi's visit came in the wake of a statement by Hassan Firouzabadi, the chairman of the Joint Chiefs of Staff "
     "of Iran's Armed Forces, who said on Monday that Turkey had made mistakes in Syria.",
     ("Hassan Firouzabadi", "state/IRN")),
])
def test_the_state_or_body_an_official_serves(text: str, expected: tuple) -> None:
    assert expected in [(o[0], o[1]) for o in officials(text)]


def test_a_national_body_and_a_remit_name_no_one_s_state() -> None:
    """The National Security Council is no UN Security Council; "for China and Taiwan Affairs" is what she works on."""
    found = dict((o[0], o[1]) for o in officials(
        "Assistant Secretary of State Daniel Kritenbrink and National Security Council Senior Director for China and "
        "Taiwan Affairs Sarah Beran held meetings with PRC officials in Beijing."))
    assert found["Sarah Beran"] not in {"org/UNSC", "state/TWN"}


@pytest.mark.parametrize(("text", "name", "serves"), [
    ("Barack Obama also thanked Vladimir Putin. Russia’s Security Council Secretary Nikolai Patrushev will deliver the "
     "reply.", "Nikolai Patrushev", "state/RUS"),
    ("The Russian Security Council Secretary Nikolai Patrushev met US National Security Advisor John Bolton.",
     "Nikolai Patrushev", "state/RUS"),
])
def test_a_states_own_security_council(text: str, name: str, serves: str) -> None:
    assert dict((o[0], o[1]) for o in officials(text))[name] == serves


def test_the_un_security_council_after_a_states_name_is_still_the_un_s() -> None:
    extraction = extract(Readout(id="t", source="t", text="The ministers discussed India’s Security Council bid."))
    assert "org/UNSC" in {e.key for e in extraction.entities}


def test_a_name_cut_short_at_a_particle_is_the_whole_name() -> None:
    found = officials("Acting Secretary of Foreign Affairs Albert F. del Rosario received a call from Secretary of "
                      "State Hillary Clinton.")
    assert [o[0] for o in found] == ["Albert F. del Rosario", "Hillary Clinton"]


@pytest.mark.parametrize("text", [
    "President Ilham Aliyev received delegation led by Turkish Minister of National Defense VIDEO\n\nBaku, June 8.",
    "The Leader of the Nation, the President of the Republic of Tajikistan Emomali Rahmon met today with Ambassador "
    "Gyan Chandra Acharya.",
])
def test_a_headline_tag_or_an_honorific_s_noun_is_no_name(text: str) -> None:
    assert not {"VIDEO", "Nation"} & {o[0] for o in officials(text)}


@pytest.mark.parametrize(("text", "title", "not_a_name"), [
    ("Deputy Prime Minister Mohammad Ishaq Dar met Hamish Falconer in London.",
     "FM Dar, UK minister discuss regional, global developments", "FM Dar"),
    ("Singapore's Prime Minister Lee Hsien Loong met United States President Barack Obama after the East Asia Summit.",
     "PM Lee, US President Obama discuss wide range of issues during meeting at East Asia Summit", "PM Lee"),
])
def test_two_subjects_of_a_headline_are_no_name_and_title(text: str, title: str, not_a_name: str) -> None:
    assert not_a_name not in [o[0] for o in officials(text, title=title)]


@pytest.mark.parametrize(("text", "expected"), [
    # a title and one name stand for the one listed official who held that title in a year the text writes
    ("Mexico City, November 5, 2007 - President Bush called President Calderon this afternoon to express his deepest "
     "sympathy.", [("Bush", "state/USA"), ("Calderon", "state/MEX")]),
    ("President Moon held a phone call with President Xi on Monday.", [("Moon", "state/KOR"), ("Xi", "state/CHN")]),
    ("Prime Minister Modi spoke with President Putin on Monday.", [("Modi", "state/IND"), ("Putin", "state/RUS")]),
    # two Premiers Li and no year: left unsaid
    ("Premier Li met with Prime Minister Abe in Tokyo on Monday.", [("Li", None), ("Abe", "state/JPN")]),
])
def test_a_title_and_one_name_stand_for_a_listed_official(text: str, expected: list) -> None:
    assert [(o[0], o[1]) for o in officials(text)] == expected


def test_the_parties_of_another_event_told_in_the_main_sentence_take_no_part() -> None:
    text = ("Deputy Secretary Kurt Campbell met today with First Vice Foreign Minister Kim Hong-kyun to discuss the "
            "May 21 Summit between President Joe Biden and President Yoon Suk Yeol.")
    assert participants(text) == ["Kurt Campbell", "Kim Hong-kyun"]


def test_who_is_named_in_reported_speech_takes_no_part() -> None:
    text = ("During a meeting with Saudi Foreign Minister Faisal bin Farhan, Foreign Minister Qin Gang said Chinese "
            "President Xi Jinping attended the first China-Arab States Summit last year.")
    assert participants(text) == ["Faisal bin Farhan", "Qin Gang"]


def test_a_meeting_told_later_in_the_day_is_part_of_the_visit() -> None:
    text = ("Foreign Minister Mevlut Cavusoglu met Foreign Minister Fuad Hussein of Iraq in Baghdad today. "
            "Later, Minister Cavusoglu held a meeting with Prime Minister Mustafa Al-Kadhimi.")
    assert participants(text) == ["Mevlut Cavusoglu", "Fuad Hussein", "Mustafa Al-Kadhimi"]


def test_an_honorific_with_its_abbreviation_in_brackets_is_no_name() -> None:
    text = ("Minister George Yeo met Saudi Foreign Minister His Royal Highness (HRH) Prince Saud Al-Faisal on "
            "21 September 2010.")
    assert [name for name, _, _ in officials(text)] == ["George Yeo", "Saud Al-Faisal"]


def test_the_rest_of_a_title_is_no_name() -> None:
    text = "Minister Yeo also had a meeting with Secretary General of the ACP Group Dr Mohamed Ibn Chambas."
    assert "General" not in [name for name, _, _ in officials(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Srettha Thavisin met Foreign Minister Wang Yi. We will keep the Mekong River safe, the prime "
     "minister said.", ["Srettha Thavisin", "Wang Yi"]),
    ("Foreign Minister Cavusoglu attended the inauguration of the President Elect of the Dominican Republic Luis "
     "Abinader.", ["Cavusoglu", "Luis Abinader"]),
    ("Minister Shanmugam met Minister of Foreign Affairs and Cooperation Louise Mushikiwabo of Rwanda.",
     ["Shanmugam", "Louise Mushikiwabo"]),
])
def test_speech_tags_and_long_titles_leave_the_names_whole(text: str, expected: list[str]) -> None:
    assert [name for name, _, _ in officials(text)] == expected


@pytest.mark.parametrize("further", [
    "With Rwandan Minister of Foreign Affairs Louise Mushikiwabo, Minister Shanmugam discussed bilateral relations.",
    "Minister Shanmugam and Foreign Minister of Zimbabwe Simbarashe Mumbengegwi discussed cooperation in fora.",
    "On the same day, Minister Shanmugam held a meeting with Foreign Minister Louise Mushikiwabo of Rwanda.",
])
def test_each_meeting_of_a_readout_of_several_names_its_participants(further: str) -> None:
    text = f"Minister for Law K Shanmugam met Foreign Minister Retno Marsudi of Indonesia in New York. {further}"
    assert len(participants(text)) == 3


@pytest.mark.parametrize("text", [
    "Secretary Antony Blinken spoke today with Secretary of Foreign Affairs Enrique Manalo to discuss President "
    "Ferdinand Marcos's upcoming visit to Washington.",
    "Secretary Antony Blinken met Secretary of Foreign Affairs Enrique Manalo and conveyed the greetings and the "
    "invitation of President Joe Biden.",
])
def test_someone_whose_visit_or_message_is_told_takes_no_part(text: str) -> None:
    assert participants(text) == ["Antony Blinken", "Enrique Manalo"]


def test_a_counterpart_named_with_the_state_s_adjective_takes_part() -> None:
    text = "Chinese Foreign Minister Yang Jiechi on Wednesday held official talks with Danish counterpart Villy Sovndal."
    assert [(name, state) for name, state, _ in officials(text)] == [
        ("Yang Jiechi", "state/CHN"), ("Villy Sovndal", "state/DNK")]
    assert participants(text) == ["Yang Jiechi", "Villy Sovndal"]


def test_a_host_and_those_met_at_the_lunch_take_part() -> None:
    text = ("Deputy Prime Minister Tran Hong Ha met Prime Minister Lee Hsien Loong in Singapore today. DPM Hai was "
            "also hosted to lunch by Minister for Defence Teo Chee Hean, where he also met with Minister for Trade & "
            "Industry Lim Hng Kiang.")
    assert participants(text)[-2:] == ["Teo Chee Hean", "Lim Hng Kiang"]


def test_who_receives_the_visitor_takes_part() -> None:
    text = ("Foreign Minister Mevlut Cavusoglu met Foreign Minister Fuad Hussein of Iraq in Baghdad today. Minister "
            "Cavusoglu was also received by Prime Minister Mustafa Al-Kadhimi.")
    assert participants(text) == ["Mevlut Cavusoglu", "Fuad Hussein", "Mustafa Al-Kadhimi"]


def test_a_family_name_written_with_its_accents_is_the_listed_official() -> None:
    text = "Foreign Minister Çavuşoğlu met Foreign Minister Fuad Hussein of Iraq in Baghdad on 15 June 2021."
    assert [(name, state) for name, state, _ in officials(text)] == [
        ("Çavuşoğlu", "state/TUR"), ("Fuad Hussein", "state/IRQ")]


def test_those_met_during_a_visit_take_part() -> None:
    text = ("From February 26 to 28, 2012, Vice Foreign Minister Zhai Jun visited Morocco. During the visit, Zhai met "
            "with Moroccan State Minister Abdellah Baha and held talks with Youssef Amrani, Minister Delegate at the "
            "Ministry of Foreign Affairs and Cooperation.")
    assert participants(text) == ["Zhai Jun", "Abdellah Baha", "Youssef Amrani"]


@pytest.mark.parametrize(("text", "expected"), [
    # a title, then the name closed by a comma
    ("On 10 September Russian Deputy Minister of Foreign Affairs, Alexey Meshkov, received Ambassador Markus Ederer.",
     ("Alexey Meshkov", "state/RUS", ("Deputy Minister of Foreign Affairs",))),
    # the head of a delegation serves the body the title names, not the state it is sent to
    ("Alexey Meshkov received the newly appointed Head of the EU Delegation to the Russian Federation, Vygaudas "
     "Ušackas, who presented copies of his credentials.",
     ("Vygaudas Ušackas", "org/EU", ("Head of the EU Delegation",))),
    ("On 28 June Foreign Minister Sergey Lavrov met the Head of the European Union Delegation to Russia Markus Ederer.",
     ("Markus Ederer", "org/EU", ("Head of the European Union Delegation",))),
])
def test_a_title_that_closes_with_a_comma_or_names_a_body(text: str, expected: tuple) -> None:
    assert expected in officials(text)


@pytest.mark.parametrize("text", [
    "Sergey Lavrov met the Head of the EU Delegation to Russia Markus Ederer.",
    "Prime Minister Shinzo Abe held telephone talks with Mr. Narendra Modi, Prime Minister Designate of India.",
    "Zhai held talks with Youssef Amrani, Minister Delegate at the Ministry of Foreign Affairs and Cooperation.",
])
def test_words_of_a_title_are_no_name(text: str) -> None:
    assert not {"Delegation", "Designate", "Delegate"} & {name for name, _, _ in officials(text)}


def test_the_end_of_a_state_s_name_after_for_is_no_person() -> None:
    text = "The Secretary thanked the Minister for Saudi Arabia's continued leadership on regional efforts."
    assert "Arabia" not in {name for name, _, _ in officials(text)}


def test_a_title_s_state_is_read_on_its_own_line() -> None:
    title = "Telephone Talks between Prime Minister Shinzo Abe and Mr. Narendra Modi, Prime Minister Designate of India"
    text = "20 May 2014\nProvisional translation from the Press Release in Japan\n\nOn May 19, 2014, the two spoke."
    assert ("Narendra Modi", "state/IND", ("Prime Minister Designate",)) in officials(text, title)


@pytest.mark.parametrize(("text", "expected"), [
    ("Wang Yi met with President of the International Committee of the Red Cross (ICRC) Peter Maurer.",
     ("Peter Maurer", "org/ICRC", ("President",))),
    ("Ryabkov was accompanied by Deputy Minister of Defense Col. Gen. Aleksandr Fomin.",
     ("Aleksandr Fomin", None, ("Deputy Minister",))),
    ("National Security Advisor Rice and Presidential Foreign Policy Advisor Ushakov reviewed the relations.",
     ("Ushakov", None, ("Presidential Foreign Policy Advisor",))),
    ("Wen Jiabao met with Director-General of the UN Educational, Scientific, and Cultural Organization (UNESCO) "
     "Irina Bokova.", ("Irina Bokova", "org/UNESCO", ("Director-General",))),
])
def test_a_body_s_acronym_a_military_rank_or_an_adviser_s_title_before_the_name(text: str, expected: tuple) -> None:
    name, state, titles = expected
    found = {o[0]: o for o in officials(text)}
    assert found[name][2] == titles and (state is None or found[name][1] == state)
    assert not {"Col", "Gen"} & set(found)


def test_a_place_before_a_title_is_no_person() -> None:
    text = ("In a first meeting held on the margins of the G20 Summit in St. Petersburg, National Security Advisor Rice "
            "and Presidential Foreign Policy Advisor Ushakov reviewed the state of relations.")
    assert "Petersburg" not in {name for name, _, _ in officials(text)}


def test_each_counterpart_met_in_turn_takes_part() -> None:
    text = ("On November 15, Chinese Foreign Minister Li Zhaoxing met respectively with Minister of Foreign Affairs and "
            "Trade of the Republic of Korea (ROK) Ban Ki-moon, Foreign Minister of Singapore George Yong-Boon Yeo and "
            "Foreign Minister of New Zealand Winston Peters.")
    assert participants(text) == ["Li Zhaoxing", "Ban Ki-moon", "George Yong-Boon Yeo", "Winston Peters"]


@pytest.mark.parametrize("text", [
    "Mr. Taro Kono held a telephone talk with the Hon. Julie Bishop, MP, Minister for Foreign Affairs of Australia.",
    "Mr. Taro Kono held a telephone talk with the Hon. Julie Bishop MP, Minister for Foreign Affairs of Australia.",
])
def test_post_nominal_letters_are_no_name(text: str) -> None:
    assert {name for name, _, _ in officials(text)} == {"Taro Kono", "Julie Bishop"}


def test_a_family_name_in_capitals_is_the_full_name_said_before() -> None:
    text = ("Iwaya Takeshi, Minister for Foreign Affairs of Japan, held a telephone meeting with Secretary Enrique A. "
            "Manalo. Secretary Manalo congratulated Minister IWAYA on his appointment.")
    assert [name for name, _, _ in officials(text)] == ["Iwaya Takeshi", "Enrique A. Manalo"]


def test_who_calls_with_congratulations_takes_part() -> None:
    text = ("The Prime Minister received a call of congratulations from the Crown Prince of Abu Dhabi Mohammed bin "
            "Zayed bin Sultan al-Nahyan.")
    assert participants(text) == ["Mohammed bin Zayed"]


@pytest.mark.parametrize(("text", "expected"), [
    ("On December 26, Deputy Minister of Foreign Affairs of Russia S.V. Vershinin received the Ambassador.",
     ("S.V. Vershinin", "state/RUS", ("Deputy Minister of Foreign Affairs",))),
    ("Prime Minister Shinzo Abe held informal talks with the Rt. Hon. John Key, Prime Minister of New Zealand.",
     ("John Key", "state/NZL", ("Prime Minister",))),
])
def test_initials_written_together_and_a_state_of_two_words(text: str, expected: tuple) -> None:
    found = officials(text)
    assert expected in found
    assert not {"S", "Zealand"} & {name for name, _, _ in found}


def test_someone_named_as_the_owner_of_a_thing_takes_no_part() -> None:
    text = ("Secretary Pompeo spoke today to Turkish Foreign Minister Mevlut Cavusoglu to discuss President Trump’s "
            "recent decision to take defensive action.")
    assert participants(text) == ["Pompeo", "Mevlut Cavusoglu"]


@pytest.mark.parametrize(("text", "name", "represents"), [
    ("Wang Yi met with European Commission President Ursula von der Leyen in Brussels.", "Ursula von der Leyen", "EU"),
    ("Wang Yi met with President of the European Parliament Roberta Metsola.", "Roberta Metsola", "EU"),
    ("Wang Yi met with African Union Commission Chairperson Moussa Faki Mahamat.", "Moussa Faki Mahamat", "AU"),
    # a UN organ stays itself: the table lists no members of the UN
    ("Wang Yi met with President of the UN General Assembly Miroslav Lajcak.", "Miroslav Lajcak", "UNGA"),
])
def test_the_official_of_a_union_s_organ_speaks_for_the_union(text: str, name: str, represents: str) -> None:
    facts = extract(Readout(id="t", text=text, source="t")).to_facts()
    people = {p["name"]: p["state"] for p in facts["participants"] + facts["other_officials"]}
    assert people[name] == represents


@pytest.mark.parametrize(("text", "expected"), [
    # "Amir" is a given name as often as a title
    ("Sayyid Badr Albusaidi, Foreign Minister of Oman, received a phone call from Dr Hossein Amir Abdollahian, "
     "Minister of Foreign Affairs of the Islamic Republic of Iran.", ["Badr Albusaidi", "Hossein Amir Abdollahian"]),
    ("Georgian Foreign Minister Ilia Darchiashvili on Monday discussed bilateral cooperation with Amir Ohana, the "
     "visiting Speaker of the Israeli Parliament.", ["Ilia Darchiashvili", "Amir Ohana"]),
    # an acting minister's title, a cleric's honorific, and a headline's verb that is no name
    ("Acting Foreign Minister and Russian Special Envoy Discuss Bilateral Ties\n\nKABUL (BNA) Mawlavi Amir Khan "
     "Muttaqi, Acting Minister of Foreign Affairs of the Islamic Emirate of Afghanistan, met with Zamir Kabulov, the "
     "Special Envoy of the President of Russia for Afghanistan, in Kabul today.",
     ["Amir Khan Muttaqi", "Zamir Kabulov"]),
    # "H.E" without its last dot, Bhutan's "Lyonchhen" are honorifics; a well-known family name after "in" is a place
    ("President Yoweri Kaguta Museveni and his South African counterpart, H.E Cyril Ramaphosa have today met at State "
     "House-Entebbe.", ["Yoweri Kaguta Museveni", "Cyril Ramaphosa"]),
    ("Prime Minister Shri Narendra Modi had a telephone conversation today with the Prime Minister of Bhutan, "
     "Lyonchhen Dr. Lotay Tshering.", ["Narendra Modi", "Lotay Tshering"]),
    ("Secretary of Defense Jim Mattis met with Vietnam Minister of National Defense Ngo Xuan Lich on the sidelines of "
     "the ASEAN Defense Ministers' Meeting-Plus in Clark, Pampanga.", ["Jim Mattis", "Ngo Xuan Lich"]),
    # a title with its remit, a comma, then the name
    ("Minister for Foreign Affairs, Dr. Narayan Khadka, and US Assistant Secretary of State for South and Central "
     "Asian Affairs, Donald Lu, held a meeting today.", ["Narayan Khadka", "Donald Lu"]),
    # a portfolio's minister after the name
    ("Chinese State Councilor Guo Shengkun meets with Anne Tolley, Police Minister of New Zealand, in Beijing.",
     ["Guo Shengkun", "Anne Tolley"]),
    # news style: a title in lower case after the state's adjective or possessive
    ("China's health minister Ma Xiaowei said during a phone call with his US counterpart that China is willing to "
     "deepen cooperation.", ["Ma Xiaowei"]),
    ("Turkish foreign minister Hakan Fidan met Russian foreign minister Sergei Lavrov in Moscow.",
     ["Hakan Fidan", "Sergei Lavrov"]),
    ("Cambodian Prime Minister Samdech Akka Moha Sena Padei Techo Hun Sen held talks this morning with Chinese State "
     "Councillor H.E. Yang Jiechi, at the Peace Palace, Phnom Penh.", ["Hun Sen", "Yang Jiechi"]),
])
def test_names_titles_and_honorifics_of_more_genres(text: str, expected: list) -> None:
    assert participants(text) == expected


def test_the_facts_write_a_body_known_by_no_acronym_by_its_name() -> None:
    text = ("Wang Yi met with World Bank President David Malpass in Beijing. Malpass said the World Bank supports "
            "China's poverty alleviation.")
    facts = extract(Readout(id="t", text=text, source="t")).to_facts()
    assert "World Bank" in facts["organizations"]
    assert {p["name"]: p["state"] for p in facts["participants"]}["David Malpass"] == "World Bank"


@pytest.mark.parametrize("honorific", ["Rt. Hon.", "Maj. Gen.", "Capt.", "Rev."])
def test_an_abbreviated_honorific_does_not_end_the_sentence_that_names_who_met(honorific: str) -> None:
    text = (f"On September 27, Prime Minister Shinzo Abe held informal talks with the {honorific} John Key, Prime "
            "Minister of New Zealand, in New York.")
    assert participants(text) == ["Shinzo Abe", "John Key"]


def test_he_opening_the_main_sentence_is_the_official_who_opens_the_sentence_before() -> None:
    text = ("Jun 23: Prime Minister Narendra Modi is on an Official State Visit to the USA. He visited the White House "
            "today, where he was accorded a ceremonial welcome by President Joseph Biden.")
    assert participants(text) == ["Narendra Modi", "Joseph Biden"]


def test_held_meetings_with_several_is_a_meeting_with_each() -> None:
    text = ("WASHINGTON, Feb. 15 (Xinhua) -- Visiting Chinese Vice President Xi Jinping held meetings with U.S. "
            "President Barack Obama, his counterpart Joe Biden and other senior U.S. officials here on Tuesday.")
    assert participants(text) == ["Xi Jinping", "Barack Obama", "Joe Biden"]


def test_a_spokesperson_who_tells_of_the_meeting_takes_no_part() -> None:
    title = ("Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Meeting with "
             "Foreign Minister Wang Yi")
    text = (f"{title}\nNational Security Advisor Jake Sullivan met today with Foreign Minister Wang Yi of China in "
            "Zurich.")
    readout = Readout(id="t", text=text, source="t", title=title)
    assert [o.name for o in extract(readout).officials if o.participant] == ["Jake Sullivan", "Wang Yi"]


def test_several_counterparts_who_exchanged_views_on_the_sidelines_take_part() -> None:
    text = ("Foreign Minister Mevlüt Çavuşoğlu visited Brussels to attend the NATO Foreign Ministers Meeting on 27 April "
            "2018.\n\nOn the sidelines of the Meeting, Minister Çavuşoğlu and Foreign Minister Peter Szijjarto of Hungary, "
            "Foreign Minister Nikos Kotzias of Greece, and Foreign Minister Ine Eriksen Soreide of Norway exchanged views "
            "on issues in the Alliance’s agenda.")
    assert participants(text) == ["Mevlüt Çavuşoğlu", "Peter Szijjarto", "Nikos Kotzias", "Ine Eriksen Soreide"]


def test_a_state_s_possessive_before_a_title_is_the_official_s_state() -> None:
    # China is named most in the readout: without the possessive, Lesotho's Prime Minister was China's
    text = ("State Councilor Wang Yong met with Lesotho's Prime Minister Motsoahae Thomas Thabane in Maseru, Lesotho, "
            "on Dec 13. Wang said China values its friendship with Africa, China supports Lesotho, and China will "
            "expand cooperation with Africa. China is ready to work with all African countries.")
    assert ("Motsoahae Thomas Thabane", "state/LSO") in [(o[0], o[1]) for o in officials(text)]


@pytest.mark.parametrize(("text", "state"), [
    ("State Councilor and Foreign Minister Wang Yi held talks with Botswanan Minister of International Affairs and "
     "Cooperation Lemogang Kwape in Gaborone.", "state/BWA"),
    ("State Councilor and Foreign Minister Wang Yi met with Guinea-Bissauan Foreign Minister Suzi Carla Barbosa in "
     "Dakar.", "state/GNB"),
])
def test_a_demonym_ending_in_an_is_the_state(text: str, state: str) -> None:
    assert officials(text)[-1][1] == state


def test_where_every_state_has_an_official_of_its_own_the_untitled_side_is_the_state_named_most() -> None:
    text = ("Turkish Foreign Minister Mevlüt Çavuşoğlu paid a visit to Iraq. Minister Çavuşoğlu met with Iraqi "
            "Prime Minister Adil Abdel Mahdi in Baghdad. Finally, Minister Çavuşoğlu was received by the Iraqi "
            "Parliament’s Speaker Mohammed Al-Halbusi and expressed support for the Iraqi people.")
    assert ("Mohammed Al-Halbusi", "state/IRQ") in [(o[0], o[1]) for o in officials(text)]


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Presidents Obama and Calderon spoke for 20 minutes this afternoon to share information about each country's "
     "efforts to limit the spread of the 2009 H1N1 flu strain and the importance of close U.S.-Mexican cooperation.",
     "Calderon", "state/MEX"),
    ("Today, 5 May 2024, on the first day of her visit, Minister Pandor held Bilateral Talks with her counterpart, HE "
     "Mr Simeon Oyono Esono Angue, Minister of Foreign Affairs, International Cooperation and Diaspora. The "
     "discussions focussed on strengthening bilateral relations between South Africa and Equatorial Guinea.",
     "Simeon Oyono Esono Angue", "state/GNQ"),
])
def test_of_two_participants_the_one_whose_state_the_text_leaves_unsaid_is_of_the_other_side(
        text: str, name: str, state: str) -> None:
    assert (name, state) in [(o[0], o[1]) for o in officials(text)]


@pytest.mark.parametrize(("title", "text", "expected"), [
    (None, "Secretary Kerry confirmed to President Santos that Special Envoy for the Colombian Peace Process Bernie "
     "Aronson is traveling to Havana.", "Bernie Aronson"),
    ("Outcome of Telephone Conversation between Special Representative for Korean Peninsula Peace and Security Affairs "
     "and Minister of State at Federal Foreign Office of Germany on Jan. 19",
     "Amb. Noh Kyu-duk, Special Representative for Korean Peninsula Peace and Security Affairs of the Ministry of "
     "Foreign Affairs, had a telephone conversation with Niels Annen, Minister of State at the Federal Foreign Office "
     "of Germany.", "Noh Kyu-duk"),
])
def test_the_last_words_of_an_envoy_s_remit_are_no_part_of_a_name(title: str | None, text: str, expected: str) -> None:
    names = [o[0] for o in officials(text, title)]
    assert expected in names and not any(n.startswith(("Peace", "Process")) for n in names)


@pytest.mark.parametrize(("text", "expected"), [
    ("President Ashraf Ghani of the Islamic Republic of Afghanistan and Chief Executive Officer Dr. Abdullah spoke "
     "with the President.", ("Abdullah", ("Chief Executive Officer",))),
    ("Deputy Secretary Sullivan met with Bruneian Foreign Minister II Dato Erywan today.",
     ("Erywan", ("Foreign Minister II",))),
    ("Defence Secretary Gavin Williamson met Defence Minister Frans van der Horst of the Netherlands.",
     ("Frans van der Horst", ("Defence Minister",))),
])
def test_more_titles_and_names_with_particles(text: str, expected: tuple) -> None:
    assert expected in [(o[0], o[2]) for o in officials(text)]


def test_a_listed_official_named_like_a_month_is_a_person_after_a_title() -> None:
    found = officials("The Taoiseach and the British Prime Minister have spoken by phone.",
                      title="Taoiseach speaks with Prime Minister May")
    assert ("May", "state/GBR") in [(o[0], o[1]) for o in found]


def test_a_month_after_a_title_is_no_one_when_no_listed_official_bears_it() -> None:
    assert "June" not in [o[0] for o in officials("The meeting of Foreign Ministers June 3 was postponed.")]


def test_a_delegation_s_members_whose_state_is_unsaid_stay_on_the_side_the_text_names_most() -> None:
    text = ("Prime Minister Christopher Luxon met with Foreign Minister Wang Yi of China in Auckland, joined by Trade "
            "Minister Todd McClay. New Zealand and China discussed trade, and New Zealand raised Russia's war.")
    assert ("Todd McClay", "state/NZL") in [(o[0], o[1]) for o in officials(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Secretary of Defense Lloyd J. Austin III spoke by phone with U.K. Secretary of State for Defence Ben Wallace "
     "today about the situation in Afghanistan.", ("Ben Wallace", "state/GBR", ("Secretary of State for Defence",))),
    # the US title stays the listed one: "East Asian" is no portfolio's word run into a name
    ("Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink met Vice Foreign Minister "
     "Ma Zhaoxu.", ("Daniel Kritenbrink", "state/USA", ("Assistant Secretary of State",))),
])
def test_a_uk_secretary_of_state_s_portfolio_is_part_of_the_title(text: str, expected: tuple) -> None:
    assert expected in officials(text)


def test_the_rest_of_a_portfolio_before_a_comma_is_no_name() -> None:
    text = "The Prime Minister met the Secretary of State for Health and Social Care, Matt Hancock."
    assert not any(name == "Care" for name, _, _ in officials(text))


def test_whose_meeting_a_headline_under_the_page_s_own_headline_tells_takes_part() -> None:
    text = ("U.S. Department of Defense Office of the Assistant Secretary of Defense (Public Affairs) News Release\n\n"
            "Readout of Secretary Hagel's Meeting With New Zealand Prime Minister John Key\n\n"
            "Pentagon Press Secretary Rear Admiral John Kirby provided the following readout:\n\n"
            "Secretary Hagel met with New Zealand Prime Minister John Key this morning at the Pentagon.")
    assert participants(text) == ["Hagel", "John Key"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Secretary of State Antony J. Blinken spoke today with Colombian President-Elect Gustavo Petro to congratulate "
     "him.", [("Antony J. Blinken", "state/USA"), ("Gustavo Petro", "state/COL")]),
    # "Makhdoom" is an honorific; "Bosnia & Herzegovina" the state
    ("Foreign Minister Makhdoom Shah Mehmood Qureshi received Minister of Foreign Affairs of Bosnia & Herzegovina, "
     "Dr. Bisera Turkovic on the sidelines of the session.",
     [("Shah Mehmood Qureshi", "state/PAK"), ("Bisera Turkovic", "state/BIH")]),
])
def test_titles_honorifics_and_state_names_of_more_governments(text: str, expected: list) -> None:
    assert [(o[0], o[1]) for o in officials(text)] == expected


@pytest.mark.parametrize("present", [
    "Chinese Ambassador to Iran Cong Peiwu attended the meeting.",
    "Chinese Ambassador to Iran Cong Peiwu was present at the meeting.",
    "The meeting was attended by Chinese Ambassador to Iran Cong Peiwu.",
    "Chinese Ambassador to Iran Cong Peiwu was also present during the courtesy call.",
    "Also present were Chinese Ambassador to Iran Cong Peiwu.",
    "Vice Foreign Minister Miao Deyu was accompanied to the meeting by Chinese Ambassador to Iran Cong Peiwu.",
    "The advisors present at the meeting included Chinese Ambassador to Iran Cong Peiwu.",
    "The Vice Foreign Minister was joined by Chinese Ambassador to Iran Cong Peiwu.",
    "The meeting at the Ministry of Foreign Affairs was attended by Chinese Ambassador to Iran Cong Peiwu.",
    "The talks were attended on the Chinese side by Chinese Ambassador to Iran Cong Peiwu.",
    "The Chinese side at the meeting was represented by Chinese Ambassador to Iran Cong Peiwu.",
    "Chinese Ambassador to Iran Cong Peiwu was part of the Chinese delegation at the talks.",
    "The Chinese delegation at the talks included among others Chinese Ambassador to Iran Cong Peiwu.",
    "The Chinese delegation was headed by the Vice Foreign Minister, with Chinese Ambassador to Iran Cong Peiwu.",
])
def test_who_sat_in_on_the_meeting_takes_part(present: str) -> None:
    text = ("On December 8, 2025, Vice Foreign Minister Miao Deyu met with Iran's Deputy Foreign Minister Majid Takht "
            f"Ravanchi in Tehran. {present}")
    assert participants(text) == ["Miao Deyu", "Majid Takht Ravanchi", "Cong Peiwu"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Telephone conversation with the President of Uzbekistan Shavkat Mirziyoyev\n\nThe partners in conversation have "
     "discussed the world situation. At the end of the conversation, Nursultan Nazarbayev and Shavkat Mirziyoyev "
     "exchanged compliments of Nauryz.", ["Shavkat Mirziyoyev", "Nursultan Nazarbayev"]),
    ("The Minister of Foreign Affairs of Tajikistan Sirojiddin Muhriddin visited Russia from February 24 through "
     "February 25 at the invitation of the Russian Minister of Foreign Affairs Sergey Lavrov. The Ministers "
     "discussed bilateral cooperation. Muhriddin and Lavrov signed a Program of Cooperation.",
     ["Sirojiddin Muhriddin", "Sergey Lavrov"]),
    # the other side's official named only beside someone else takes no part
    ("The Minister of Foreign Affairs of Tajikistan Sirojiddin Muhriddin visited Russia at the invitation of the "
     "Russian Minister of Foreign Affairs Sergey Lavrov. President Putin and President Rahmon met in May.",
     ["Sirojiddin Muhriddin"]),
])
def test_the_other_side_s_official_named_with_the_one_participant_takes_part(text: str, expected: list) -> None:
    assert participants(text) == expected


def test_the_head_of_state_an_envoy_presents_his_credentials_to_takes_part() -> None:
    """A letter of credence is handed in person, not a message from someone absent."""
    assert participants("Philippine Ambassador to Guinea-Bissau Paul Raymund P. Cortes officially presented his "
                        "letter of credence to President Umaro Mokhtar Sissoco Embaló, in a ceremony held at the "
                        "Presidential Palace in Bissau.") == ["Paul Raymund P. Cortes", "Umaro Mokhtar Sissoco Embaló"]


@pytest.mark.parametrize(("text", "expected"), [
    ("On 10 July 2023 Prime Minister Rishi Sunak welcomed the President of the United States, Joe Biden, to Downing "
     "Street. The leaders discussed the Atlantic Declaration.", ["Rishi Sunak", "Joe Biden"]),
    # the visit's meeting, told on the visit's own day in the next sentence
    ("Foreign Minister Mevlüt Çavuşoğlu visited Japan to attend the G20 Foreign Ministers’ Meeting on 22-23 November "
     "2019.\n\nOn 22 November 2019 Minister Çavuşoğlu met with new Foreign Minister Toshimitsu Motegi of Japan.",
     ["Mevlüt Çavuşoğlu", "Toshimitsu Motegi"]),
    # a title, a comma, then the name and the verb
    ("An Taoiseach, Leo Varadkar has spoken by phone today with the French President Emmanuel Macron.",
     ["Leo Varadkar", "Emmanuel Macron"]),
    # a title with a state's body, a comma, then the name
    ("The Minister of Foreign Affairs, the Hon. Antonio Tajani, met today with the Speaker of the US House of "
     "Representatives, Mike Johnson, at the Farnesina.", ["Antonio Tajani", "Mike Johnson"]),
    # a main sentence that names one official, then the sentence that tells whom he met
    ("U.S. Treasury Secretary Jacob J. Lew today concluded a series of meetings with his European counterparts on the "
     "ongoing situation in Greece.\n\nThis morning in Berlin, Germany, Secretary Lew met with German Finance Minister "
     "Wolfgang Schaueble.", ["Jacob J. Lew", "Wolfgang Schaueble"]),
    # a title after a name, then the verb and whom he met, with a title of his own
    ("On 27 September 2021 H.E. Mr. Don Pramudwinai, Deputy Prime Minister and Minister of Foreign Affairs had a "
     "bilateral meeting with The Honorable Antony Blinken, Secretary of State of the United States.",
     ["Don Pramudwinai", "Antony Blinken"]),
    # the dead are no participants
    ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Abdulla Shahid, "
     "Minister of Foreign Affairs of the Republic of Maldives, who is visiting Japan to attend the state funeral for "
     "former Prime Minister Abe.", ["HAYASHI Yoshimasa", "Abdulla Shahid"]),
    # a stray space before the comma
    ("The Prime Minister met Jonas Støre , the Prime Minister of Norway at Blenheim Palace today.", ["Jonas Støre"]),
    # a member's letters between the name and the title
    ("Foreign Minister Taro Kono held talks with Abul Hassan Mahmood Ali, MP, the Foreign Minister of Bangladesh.",
     ["Taro Kono", "Abul Hassan Mahmood Ali"]),
    # a headline under a page's label, then the sentence that tells the call again
    ("Press release\n\nPM call with President Trump: 28 January 2020\n\nPrime Minister Boris Johnson spoke to "
     "President Trump.\n\nThe Prime Minister spoke to President Trump this afternoon.", ["Trump", "Boris Johnson"]),
    # "This was in a meeting ...": who said it, the sentence before says
    ("President Museveni and his Mozambican counterpart Felipe Jacinto Nyusi have reiterated commitment to further "
     "strengthen their cooperation.\n\nThis was in a meeting held at State House Entebbe where the leaders discussed "
     "bilateral matters.", ["Museveni", "Felipe Jacinto Nyusi"]),
    # "He" after a sentence its speaker closes; a reception held for a visitor
    ("The Party, Government and people of Vietnam always give the top priority to the special solidarity with Laos, "
     "Prime Minister Nguyen Xuan Phuc has said. He held a reception for Lao Foreign Minister Saleumxay Kommasith.",
     ["Nguyen Xuan Phuc", "Saleumxay Kommasith"]),
])
def test_who_takes_part_in_more_ways_of_telling_a_meeting(text: str, expected: list[str]) -> None:
    assert participants(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Presidents Obama and Calderon spoke for 20 minutes this afternoon about the H1N1 flu strain.",
     [("Obama", ("President",)), ("Calderon", ("President",))]),
    ("Prime Ministers Narendra Modi and Fumio Kishida met in Tokyo today.",
     [("Narendra Modi", ("Prime Minister",)), ("Fumio Kishida", ("Prime Minister",))]),
])
def test_one_title_in_the_plural_names_two_officials(text: str, expected: list) -> None:
    assert [(o[0], o[2]) for o in officials(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("President Lee Jae-myung spoke by phone with Chinese President Xi Jinping. Presidential spokesperson Kang Yu-jung "
     "told reporters that Lee and Xi spoke for 30 minutes.", ("Kang Yu-jung", "state/KOR")),
    ("Chancellor Angela Merkel spoke with Russian President Vladimir Putin about Ukraine and Russia, Merkel’s spokesman "
     "Steffen Seibert said.", ("Steffen Seibert", "state/DEU")),
    ("President Donald Trump spoke with King Salman of Saudi Arabia about Saudi Arabia's oil output, Saudi Arabia's "
     "role and the Saudi economy, said White House Deputy Press Secretary Judd Deere.", ("Judd Deere", "state/USA")),
])
def test_a_spokesperson_in_news_style_speaks_for_the_first_side_named(text: str, expected: tuple) -> None:
    found = [(o.name, o.affiliation, o.participant) for o in extract(Readout(id="t", text=text, source="t")).officials]
    assert (*expected, False) in found


def test_the_two_leaders_who_held_the_call_are_those_the_sentence_before_names() -> None:
    text = ("President Jacob Zuma and US President Donald Trump on Monday reaffirmed their commitment to strong "
            "relations. It said in a statement the two leaders had held a telephone conversation on Monday afternoon, "
            "which was at Trump's request.")
    found = [(o.name, o.participant) for o in extract(Readout(id="t", text=text, source="t")).officials]
    assert found == [("Jacob Zuma", True), ("Donald Trump", True)]


@pytest.mark.parametrize(("text", "name"), [
    ('U.S. President Joe Biden will host Indonesian President Joko "Jokowi" Widodo for a meeting in November.',
     "Joko Widodo"),
    ("President Ferdinand “Bongbong” Marcos Jr. met Prime Minister Fumio Kishida.", "Ferdinand Marcos Jr"),
])
def test_a_nickname_in_quotes_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in [o[0] for o in officials(text)]


def test_a_listed_international_official_written_with_another_title_before_that_term_keeps_the_text_s_state() -> None:
    text = ("Foreign Minister Ban Ki-moon is welcoming Christopher Hill, U.S. envoy, in a foreign ministry chamber in "
            "Seoul on April 25, 2005. Hill spoke with South Korean officials about the Korean Peninsula.")
    assert {name: state for name, state, _ in officials(text)}["Ban Ki-moon"] == "state/KOR"


def test_a_verb_of_a_headline_is_no_name() -> None:
    title = "Your Visit is a Milestone in Our Relations, Maldivian Foreign Minister Tells President Rajapaksa"
    text = "Maldivian Minister of Foreign Affairs Ms. Dunya Maumoon called on President Mahinda Rajapaksa yesterday."
    assert not any(name.startswith("Tells") for name, _, _ in officials(text, title))


def test_a_portfolio_s_last_word_is_no_name() -> None:
    text = ("Foreign Minister Guillaume Long, Minister of Foreign Affairs and Human Mobility of Ecuador, met Colombia's "
            "Foreign Minister Maria Angela Holguin.")
    assert "Mobility" not in {name for name, _, _ in officials(text)}


@pytest.mark.parametrize(("text", "members"), [
    ("Turkish President Recep Tayyip Erdogan and UK Prime Minister Keir Starmer on Monday jointly chaired a meeting "
     "between their delegations in Ankara. The Turkish delegation featured Foreign Minister Hakan Fidan and Defense "
     "Minister Yasar Guler.", {"Hakan Fidan", "Yasar Guler"}),
    ("Foreign Secretary Luis Videgaray met Secretary of State Rex Tillerson at the Ministry of Foreign Affairs. "
     "Mexico's delegation was led by Foreign Secretary Luis Videgaray Caso, with the participation of Secretary of "
     "Finance José Antonio Meade Kuribreña.", {"José Antonio Meade Kuribreña"}),
])
def test_who_made_up_a_delegation_at_the_talks_took_part(text: str, members: set[str]) -> None:
    readout = Readout(id="t", text=text, source="t")
    assert members <= {o.name for o in extract(readout).officials if o.participant}


def test_a_delegation_to_come_takes_no_part_yet() -> None:
    text = ("High Representative Josep Borrell met Secretary of State Antony Blinken. A meeting of the North Atlantic "
            "Council with the participation of Secretary of Defense Lloyd J. Austin III will also take place.")
    readout = Readout(id="t", text=text, source="t")
    assert "Lloyd J. Austin III" not in {o.name for o in extract(readout).officials if o.participant}


@pytest.mark.parametrize("text", [
    "Chinese President Xi Jinping said in a meeting with Iranian President Ebrahim Raisi here Friday morning.",
    "Chinese President Xi Jinping said Friday his meeting with Iranian President Ebrahim Raisi was fruitful.",
])
def test_whom_the_speaker_says_something_in_a_meeting_with_takes_part(text: str) -> None:
    """What is reported begins after "said" only once two people are named before it: a name's title and the
    name itself are one person, not two."""
    assert participants(text) == ["Xi Jinping", "Ebrahim Raisi"]


def test_an_event_s_name_before_a_title_is_no_person() -> None:
    text = ("Secretary of State Michael R. Pompeo met with Qatari Deputy Prime Minister and Minister of Foreign "
            "Affairs Mohammed bin Abdulrahman Al Thani today in Washington. To open the U.S.-Qatar Strategic "
            "Dialogue, the Secretary signed a statement of intent with the Qatari delegation.")
    assert [o[0] for o in officials(text)] == ["Michael R. Pompeo", "Mohammed bin Abdulrahman Al Thani"]


@pytest.mark.parametrize(("text", "name"), [
    ("President Obama spoke with King Abdullah of Saudi Arabia today. They discussed the Assad regime's brutality.",
     "Assad"),
    ("The Vice President met President Ivan Duque. They discussed the crisis caused by the Maduro regime.", "Maduro"),
])
def test_a_regime_named_after_a_listed_leader_names_him(text: str, name: str) -> None:
    assert name in [o[0] for o in officials(text)]


def test_a_state_s_adjective_right_after_a_wire_s_dash_gives_the_official_s_state() -> None:
    text = ("Tokyo, April 13 (Jiji Press)--Japanese Ambassador to Russia Akira Muto and Russian Deputy Foreign "
            "Minister Andrey Rudenko met in Moscow on Friday. Rudenko criticized Japanese Prime Minister Fumio Kishida "
            "and U.S. President Joe Biden, and the war in Ukraine.")
    assert ("Akira Muto", "state/JPN") in [(o[0], o[1]) for o in officials(text)]


def test_a_listed_official_s_state_is_the_publisher_s_side_when_the_text_never_names_it() -> None:
    """The Bernama readout never writes "Malaysia": its own ministers, whom it gives no state, are the listed Prime
    Minister's countrymen, not of the Palestine its last line mentions."""
    text = ("PUTRAJAYA: Prime Minister Datuk Seri Anwar Ibrahim today received a courtesy call from his Japanese "
            "counterpart Fumio Kishida to discuss cooperation.\n\nKishida was introduced to Cabinet ministers present, "
            "namely Economy Minister Rafizi Ramli and Communications and Digital Minister Fahmi Fadzil.\n\n"
            "They are also expected to exchange views on the Palestinian-Israeli conflict. - Bernama")
    states = {o[0]: o[1] for o in officials(text)}
    assert states["Rafizi Ramli"] == states["Fahmi Fadzil"] == "state/MYS"


@pytest.mark.parametrize(("text", "not_a_name"), [
    ("Foreign Minister Shah Mahmood Qureshi received a telephone call from Lord Tariq Ahmad, Minister for South Asia, "
     "North Africa, the United Nations and the Commonwealth.", "North Africa"),
    ("Minister Shahid called on His Excellency Pravind Jugnauth, Prime Minister, Minister of Home Affairs, External "
     "Communications and National Development Unit and Minister of Finance of Mauritius.", "Unit"),
    ("The Prime Minister spoke to President Macron. On the subject of small boat crossings in the Channel, the Prime "
     "Minister reiterated the UK's position.", "Channel"),
])
def test_a_place_or_a_unit_in_a_remit_is_no_person(text: str, not_a_name: str) -> None:
    assert not_a_name not in [o[0] for o in officials(text)]


def test_a_listed_leader_s_possessive_before_a_region_is_still_the_leader() -> None:
    text = ("Vice President Mike Pence spoke with President Ashraf Ghani of Afghanistan by phone today. They discussed "
            "the impact of President Trump's South Asia strategy.")
    assert "Trump" in [o[0] for o in officials(text)]


def test_who_accompanied_a_minister_in_the_meeting_takes_part() -> None:
    text = ("Foreign Minister Abdulla Shahid met with Prime Minister Narendra Modi in New Delhi. Minister Shahid was "
            "accompanied in the meeting by Mr. Ahmed Khaleel, Minister of State for Foreign Affairs.")
    assert "Ahmed Khaleel" in participants(text)


def test_a_title_a_comma_and_a_name_that_ends_the_sentence_is_that_official() -> None:
    text = ("Guatemalan Foreign Minister Luis Fernando Carrera Castro met with Mexican Foreign Secretary Jose Antonio "
            "Meade in Mexico City. Minister Carrera Castro was accompanied by the Deputy Minister of Foreign Affairs, "
            "Amb. Carlos Raul Morales.")
    assert participants(text) == ["Luis Fernando Carrera Castro", "Jose Antonio Meade", "Carlos Raul Morales"]


def test_two_family_names_alone_are_the_full_name_they_end() -> None:
    text = ("Guatemalan Foreign Minister Luis Fernando Carrera Castro met with Mexican Foreign Secretary Jose Antonio "
            "Meade. Minister Carrera Castro thanked his host.")
    assert [o[0] for o in officials(text)] == ["Luis Fernando Carrera Castro", "Jose Antonio Meade"]


def test_a_vice_title_may_be_hyphenated() -> None:
    text = "Prime Minister Li Qiang met Vice-Chairman Wang Huning of the CPPCC."
    assert ("Wang Huning", ("Vice-Chairman",)) in [(o[0], o[2]) for o in officials(text)]


def test_two_names_after_any_plural_title_are_two_officials_of_that_title() -> None:
    text = ("President Uhuru Kenyatta held talks with President Paul Kagame in Nairobi. The meeting was attended by "
            "Cabinet Secretaries Raychelle Omamo and Sicily Kariuki.")
    assert ("Sicily Kariuki", ("Cabinet Secretary",)) in [(o[0], o[2]) for o in officials(text)]
