"""The main event and the events a readout mentions: (text, expected) tables."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Readout
from kg.readouts import readout_from_text


def _extract(text: str, *, title: str | None = None, date: str | None = None):  # type: ignore[no-untyped-def]
    full = f"{title}\n\n{text}" if title else text
    return extract(Readout(id="t", text=full, source="t", title=title, date=date))


@pytest.mark.parametrize(("text", "kind"), [
    ("Foreign Minister Wang Yi met with Foreign Minister Sergei Lavrov of Russia.", "meeting"),
    ("President Joko Widodo laid stress on the need to maintain partnership between Indonesia and the United States "
     "while receiving US Secretary of State Mike Pompeo at the presidential palace.", "meeting"),
    ("Philippine Ambassador to Guinea-Bissau Paul Raymund P. Cortes officially presented his letter of credence to "
     "President Umaro Mokhtar Sissoco Embaló, in a ceremony held at the Presidential Palace in Bissau.", "meeting"),
    ("Foreign Minister Wang Yi held telephone talks with Russian Foreign Minister Sergei Lavrov.", "phone_call"),
    ("President Joe Biden spoke today with Prime Minister Fumio Kishida of Japan.", "phone_call"),
    ("Chinese Foreign Minister Wang Yi met with German Foreign Minister Heiko Maas via video link.", "video_call"),
    ("Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing, where they spoke about Syria.", "meeting"),
    ("Wang Yi met Russian Foreign Minister Sergei Lavrov and called on both sides to show restraint.", "meeting"),
    ("Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing.", "talks"),
    # views exchanged, by phone where the text says so
    ("Chinese President Hu Jintao and his Vietnamese counterpart Truong Tan Sang exchanged views on bilateral ties "
     "here Friday.", "meeting"),
    ("The presidents of Turkey and Russia on Thursday held a phone call to discuss bilateral ties.\n\nTurkish "
     "President Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin also exchanged views on regional "
     "developments, it added in a statement.", "phone_call"),
    ("Foreign Minister Sergey Lavrov had a conversation with Foreign Minister Fumio Kishida in New York.", "meeting"),
    ("Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister Fumio Kishida.", "phone_call"),
    ("President Joe Biden called Prime Minister Narendra Modi today.", "phone_call"),
    ("Secretary Antony J. Blinken met virtually today with Nigerian President Muhammadu Buhari.", "video_call"),
    ("Prime Minister Adil Abd Al-Mahdi received call on 19:00 from U.S. President Donald Trump, who inquired about "
     "the situation.", "phone_call"),
    ("Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah received Monday a call from President Joe Biden.", "phone_call"),
    ("U.S. Trade Representative Katherine Tai agreed on Monday in a call with her Canadian counterpart Mary Ng to pursue "
     "a ministerial-level meeting.", "phone_call"),
    ("Mr. Shinzo Abe, the Prime Minister of Japan, held a working lunch with His Majesty King Abdullah II Ibn Al "
     "Hussein, King of the Hashemite Kingdom of Jordan.", "meeting"),
    ("Russian Foreign Minister Sergey Lavrov discussed measures to strengthen security in the region at talks in Moscow "
     "with his Uzbek counterpart Bakhtiyor Saidov on Monday.", "talks"),
    ("At talks held in Bangkok from 16:25 to 17:10 on January 10, 2009, Mr. Hirofumi Nakasone, Minister for Foreign "
     "Affairs, exchanged views with H.E. Mr. Kasit Piromya, Foreign Minister of Thailand.", "talks"),
    ("Deputy Foreign Minister Mikhail Bogdanov discussed the current situation in Yemen with Saudi Arabian Ambassador "
     "Abdel Rahman al-Ahmad on Wednesday.", "meeting"),
    ("Sheikh Abdullah bin Zayed, Minister of Foreign Affairs, has discussed with US Secretary of State Marco Rubio "
     "strategic relations. During the phone call, Sheikh Abdullah congratulated Rubio.", "phone_call"),
    ("Minister of Foreign Affairs Park Jin had a virtual conversation for about one hour and 15 minutes with State "
     "Councilor and Minister of Foreign Affairs of China Wang Yi on Monday, December 12.", "video_call"),
    ("China and the United States held political consultations in Washington. The consultations were held between "
     "visiting Chinese Vice Foreign Minister He Yafei and U.S. Deputy Secretary of State James Steinberg.", "talks"),
    ("Vice Foreign Minister Sun Weidong and Foreign Secretary Aruni Wijewardane held the 13th round of China-Sri Lanka "
     "diplomatic consultations in Beijing.", "talks"),
    ("On March 6, 2014, Vice Foreign Minister Cheng Guoping held consultations with Kazakh Deputy Foreign Minister "
     "Samat Ordabayev in Astana.", "talks"),
    ("Minister Vivian Balakrishnan called on Malaysian Prime Minister Anwar Ibrahim in Putrajaya today.", "meeting"),
    ("Deputy Foreign Minister Mikhail Bogdanov and Under Secretary of State Thomas Shannon met for consultations on "
     "Yemen.", "talks"),
    ("Subject: Readout of Secretary Kerry and Russian FM Lavrov Call on September 11, 2013", "phone_call"),
    ("Upon request from U.S. Secretary of State Condoleezza Rice, Foreign Minister Hirofumi Nakasone had a "
     "teleconference with her for about 40 minutes.", "phone_call"),
    # the event a call prepares is not its kind
    ("The Prime Minister spoke to Japanese Prime Minister Yoshihide Suga this morning ahead of the G7 virtual leaders’ "
     "meeting on Friday.", "phone_call"),
    ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, prior to attending the Japan-Australia leaders "
     "meeting, held an informal talk with Senator the Hon. Penny Wong, Minister for Foreign Affairs of Australia.",
     "meeting"),
    ("On July 28, the United States Ambassador to Russia John Tefft was summoned to the Russian Foreign Ministry.",
     "meeting"),
    ("The Prime Minister received a call of congratulations from the Crown Prince of Abu Dhabi Mohammed bin Zayed.",
     "phone_call"),
    ("Hirofumi Nakasone, Minister for Foreign Affairs, received a courtesy call from Mr. Kevin Rudd.", "meeting"),
    ("Foreign Minister Kang Kyung-wha talked to Secretary of State Rex Tillerson of the US on July 27.", "phone_call"),
    ("On Friday (24 March 2023) Secretary General Jens Stoltenberg welcomed Norwegian Prime Minister Jonas Gahr Støre "
     "to NATO Headquarters.", "meeting"),
    ("On September 13, 2023, the Minister of Foreign Affairs of Turkmenistan R.Meredov held negotiations with the "
     "Minister of Foreign Affairs of the Republic of Tajikistan S.Mukhriddin.", "talks"),
    ("Ethiopian Prime Minister Dr Abiy Ahmed held discussion with Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of "
     "Abu Dhabi.", "meeting"),
    ("Foreign Secretary William Hague and Israeli Defence Minister Ehud Barak discussed the Middle East Peace Process, "
     "Iran, and peace and stability in the Middle East.", "meeting"),
    ("United States Trade Representative Katherine Tai held a virtual introductory meeting today with Japan Minister "
     "of Economy, Trade, and Industry Nishimura Yasutoshi.", "video_call"),
    ("President Uhuru Kenyatta held bilateral talks with US Secretary of State Antony Blinken during his virtual visit "
     "to Kenya.", "video_call"),
    ("BEIJING, Aug. 18 (Xinhua) -- Chinese Vice President Xi Jinping and his U.S. counterpart Joe Biden started talks "
     "Thursday morning at the Great Hall of the People in Beijing.", "talks"),
    ("DHAKA, Jan 05, 2020 (BSS) – Foreign Minister Dr AK Abdul Momen today sought Australian support. The minister "
     "made the urge when Australian High Commissioner Julia Niblett made a farewell call on him here today.",
     "meeting"),
    ("Foreign Minister Prof. G. L. Peiris and Foreign Secretary Dominic Raab had discussions recently at the Sri Lanka "
     "Mission in New York.", "meeting"),
    # no name with the title: the sentence that says someone met someone tells the event
    ("The Foreign Secretary met his Irish counterpart for talks today during an official visit to Ireland. Boris "
     "Johnson and Simon Coveney discussed the relationship between the UK and Ireland.", "meeting"),
    ("US Secretary of State John Kerry telephoned Prime Minister Muhammad Nawaz Sharif today.", "phone_call"),
    ("The Undersecretary of Foreign Affairs, Carolina Valdivia, and the Secretary of State for Foreign Affairs and "
     "Cooperation of Portugal, Teresa Ribeiro, headed the III Chile-Portugal Bilateral Political Consultations today.",
     "talks"),
    ("External Affairs Minister S Jaishankar on Wednesday held an extensive exchange of views with his Brazilian "
     "counterpart Ernesto Araujo.", "meeting"),
    # a host welcomes a visitor whose title has lower-case words
    ("Today, Secretary of Commerce Gina Raimondo welcomed Australian Minister for Industry and Science Ed Husic to "
     "Washington, D.C.", "meeting"),
    # a discussion with two words before it, or one engaged in, is a meeting
    ("Today, Foreign Minister Yusuf Maitama Tuggar held a constructive bilateral discussion with Hon. Molly Phee, the "
     "United States Assistant Secretary of State.", "meeting"),
    ("Foreign Affairs Minister Kamina Johnson Smith engages in bilateral discussions with Elizabeth Taylor Jay, Vice "
     "Minister of Multilateral Affairs of Colombia.", "meeting"),
    # a discussion by telephone is a call; calling someone is calling him, calling on him is a visit
    ("President Ramaphosa, today, 28 March 2024, held a telephone discussion with the President of the Russian "
     "Federation, President Vladimir Putin.", "phone_call"),
    ("US Secretary of State Clinton Calls Foreign Minister Kim to Offer Congratulations on His Inauguration\n\n"
     "Foreign Minister Kim Sung-hwan congratulated Secretary Clinton.", "phone_call"),
    ("Foreign Minister Kim Calls On President Obama\n\nForeign Minister Kim Sung-hwan thanked President Obama.",
     "meeting"),
    # a headline in title case that says they met, over remarks that never say it again
    ("President Bush Meets with President Kufuor of Ghana\n\nPRESIDENT BUSH: Mr. President, welcome. I appreciate "
     "our conversation today.", "meeting"),
    # two officials who discussed, one with a lower-case word in his title
    ("MOSCOW, February 14. /TASS/. Russian Deputy Foreign Minister Andrey Rudenko and South Korean Ambassador to "
     "Moscow Lee Do-hoon discussed bilateral relations and the situation on the Korean peninsula.", "meeting"),
])
def test_the_kind_of_the_main_event(text: str, kind: str) -> None:
    assert _extract(text).event.kind == kind


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("On June 3, 2018 local time, Wang Yi met with Foreign Minister Sergei Lavrov of Russia.", None, "2018-06-03"),
    ("President Joe Biden spoke on Friday with Prime Minister Fumio Kishida of Japan.", "2023-02-03", "2023-02-03"),
    ("President Joe Biden spoke on Friday with Prime Minister Fumio Kishida of Japan.", None, None),
    ("Secretary Antony Blinken spoke today with Turkish Foreign Minister Hakan Fidan.", "2023-11-05", "2023-11-05"),
    # a day written out says it better than "yesterday"
    ("President Cyril Ramaphosa was honoured yesterday evening, Sunday, 7 July 2024, with a phone call from President "
     "Abdel Fattah el-Sisi of the Arab Republic of Egypt.", "2024-07-09", "2024-07-07"),
    # the year of a numeric date line with a place before it
    ("Uzbekistan 06/10/2022\n\nOn 6 October, Minister of Foreign Affairs of Uzbekistan Vladimir Norov held a telephone "
     "conversation with Minister of Foreign Affairs of Russia Sergei Lavrov.", None, "2022-10-06"),
    # a government release's dateline dates the release, the sentence's own date the meeting
    # a page's "date time" line, day first: "on Thursday" is its day
    ("King receives call from Bahrain monarch\n18-06-2020 05:54 PM\nAmmon News - His Majesty King Abdullah on "
     "Thursday received a phone call from Bahraini King Hamad bin Isa Al Khalifa.", None, "2020-06-18"),
    ("New Delhi,2nd December: Prime Minister Shri Narendra Modi met H.E. Dr. Mohamed Muizzu, President of the Republic "
     "of the Maldives, on 01 December 2023, on the sidelines of COP-28 Summit in the UAE.", None, "2023-12-01"),
    # the date of what the sentence says is to come is not the meeting's
    ("Prime Minister Stephen Harper spoke on Monday with President Obama about the G20 Summit which will take place in "
     "London on April 1-2, 2009.", None, None),
    # ... nor that of what the meeting prepares
    ("President Joseph R. Biden, Jr. met today with Secretary General Jens Stoltenberg of the North Atlantic Treaty "
     "Organization (NATO) to prepare for the July 11-12, 2023 NATO Summit in Vilnius.", "2023-06-14", "2023-06-14"),
    ("President Joseph R. Biden, Jr. met today with Secretary General Jens Stoltenberg of the North Atlantic Treaty "
     "Organization (NATO) to prepare for the July 11-12, 2023 NATO Summit in Vilnius.", None, None),
    # a story that opens with its date, then tells the meeting
    ("BEIJING — China will closely coordinate with the United States to prepare for the dialogue, State Councilor Yang "
     "Jiechi said on May 20.\n\nYang made the remarks in a phone conversation with US Secretary of State Rex "
     "Tillerson.", "2017-05-20", "2017-05-20"),
    ("DHAKA, Bangladesh – On Monday, the United States and Bangladesh discussed defense cooperation and maritime "
     "security.\nRear Admiral Eileen Laubacher, US Senior Director for South Asia, met Foreign Secretary Masud Bin "
     "Momen in the afternoon.", "2023-01-12", "2023-01-09"),
    # the day of the report gives way to the earlier day of the meeting
    ("According to Seoul's foreign ministry on Thursday, minister Park Jin had a breakfast meeting with his Japanese "
     "counterpart Yoko Kamikawa on Wednesday, local time.", "2023-11-16", "2023-11-15"),
    ("Japanese Prime Minister Shinzo Abe said Friday that he and Russian President Vladimir Putin agreed in a "
     "discussion to hold talks in Japan on Dec. 15.", "2016-09-02", "2016-09-02"),
    # ... but a page's date line dates the page
    ("23 September 2012\n\nThe Secretary-General met with H.E. Ms. Catherine Ashton, High Representative for Foreign "
     "Affairs and Security Policy of the European Union.", None, None),
])
def test_the_date_of_the_main_event_against_the_readouts_date(text: str, date: str | None, expected: str | None) -> None:
    assert _extract(text, date=date).event.date == expected


def test_a_date_told_before_the_meeting_is_also_that_of_the_event_its_sentence_names() -> None:
    text = ("Prime Minister Lee Hsien Loong and Mrs Lee attended the State Funeral of former Japanese Prime Minister "
            "Abe Shinzo in Tokyo, Japan this afternoon. They paid their respects to Mr Abe and offered their "
            "condolences to Mrs Abe Akie. During the visit, Prime Minister Lee had a meeting with Prime Minister "
            "Kishida Fumio.")
    extraction = _extract(text, date="2022-09-27")
    assert extraction.event.date == "2022-09-27"
    assert [(m.name, m.start) for m in extraction.mentioned_events if "Funeral" in m.name] == \
        [("State Funeral of former Japanese Prime Minister", "2022-09-27")]


def test_meetings_of_before_recalled_are_not_the_main_event() -> None:
    event = _extract("The Prime Minister recalled his earlier meetings with President Macron, including at Biarritz "
                     "and Chantilly.\n\nPrime Minister Narendra Modi spoke with French President Emmanuel Macron over "
                     "telephone and the two exchanged views on a range of issues.").event
    assert event is not None and (event.kind, event.location) == ("phone_call", None)


def test_the_headline_s_day_dates_a_call_told_as_this_evening_on_a_page_published_the_next_day() -> None:
    extraction = _extract("The Prime Minister spoke to Prime Minister Pedro Sánchez of Spain this evening.\n\n"
                          "Published 22 November 2018", title="PM call with PM Sanchez: 21 November 2018")
    assert extraction.event.date == "2018-11-21"


@pytest.mark.parametrize(("text", "location", "sidelines"), [
    # a forum's events, as the gathering of several meetings
    ("On July 13, Foreign Minister Sergey Lavrov and Wang Yi met on the sidelines of the ASEAN ministerial events in "
     "Jakarta.", "Jakarta", "ASEAN ministerial events in Jakarta"),
    # a lead that sets the meeting among larger events, before the sentence that tells who met
    ("The top diplomats of South Korea and Japan discussed cooperation in a meeting on the margins of the Asia-Pacific "
     "Economic Cooperation Summit in San Francisco.\n\nMinister Park Jin had a breakfast meeting with his Japanese "
     "counterpart Yoko Kamikawa on Wednesday.", "San Francisco",
     "Asia-Pacific Economic Cooperation Summit in San Francisco"),
    # a building's kind in lower case: the city after it is the place, the building never is
    ("Thai Foreign Minister Kasit Piromya met Japanese Foreign Minister Hirofumi Nakasone at Suvarnabhumi airport in "
     "Bangkok.", "Bangkok", None),
    ("Thai Foreign Minister Kasit Piromya met Japanese Foreign Minister Hirofumi Nakasone at Suvarnabhumi airport.",
     None, None),
    ("Secretary Mike Pompeo met with Dutch Foreign Minister Stef Blok on May 18, in Washington, DC.",
     "Washington, DC", None),
    ("Prime Minister Narendra Modi met President of Indonesia Joko Widodo on the sidelines of the ASEAN-India Summit "
     "in Jakarta today.", "Jakarta", "ASEAN-India Summit in Jakarta"),
    # within the margins
    ("Foreign Affairs Minister Kamina Johnson Smith engages in bilateral discussions with Elizabeth Taylor Jay, Vice "
     "Minister of Multilateral Affairs of Colombia, within the margins of the 9th ACS Summit.", None, "9th ACS Summit"),
    # a gathering still going on when they met
    ("Prime Minister Manmohan Singh met Pakistan President Asif ali Zardari on the sidelines of the ongoing XVIth "
     "Non-Aligned Movement (NAM) Summit here on Thursday.", None, "ongoing XVIth Non-Aligned Movement (NAM) Summit"),
    ("Vice Foreign Minister Zhang Yesui met Liberian President Ellen Johnson Sirleaf, who is here in China on a "
     "transit visit and will go to Japan to attend the Tokyo International Conference on African Development.",
     None, None),
    ("Premier Li Keqiang met Pakistani Prime Minister Nawaz Sharif, who is in Beijing to attend the Belt and Road "
     "Forum for International Cooperation, on May 13.", "Beijing", "Belt and Road Forum for International Cooperation"),
    ("On 25 September 2013, Foreign Minister Wang Yi met with Arab League Secretary General Nabil al-Arabi at the UN "
     "headquarters, New York.", "New York", None),
    ("Foreign Minister Yang Jiechi and his US counterpart Hillary Clinton met Saturday on the sidelines of the fifth East "
     "Asia Summit, exchanging views on bilateral relations.", None, "fifth East Asia Summit"),
    # the state a summit was held in is no part of its name
    ("New Delhi,2nd December: Prime Minister Shri Narendra Modi met H.E. Dr. Mohamed Muizzu, President of the Republic "
     "of the Maldives, on 01 December 2023, on the sidelines of COP-28 Summit in the UAE.", None, "COP-28 Summit in the UAE"),
    # the city a gathering was held in is no part of its name
    ("In a first meeting held on the margins of the G20 Summit in St. Petersburg, National Security Advisor Rice and "
     "Presidential Foreign Policy Advisor Ushakov reviewed relations.", "St. Petersburg", "G20 Summit in St. Petersburg"),
    # "sideline" in the singular, as wires write it
    ("Wang Yi held talks with Foreign Minister Mukhtar Tleuberdi of Kazakhstan on the sideline of the China-Central "
     "Asia Foreign Ministers' Meeting.", None, "China-Central Asia Foreign Ministers' Meeting"),
    # a building is no city; a capital is where a run of names begins
    ("On May 18, 2010, Chinese Premier Wen Jiabao met with Director-General of the UN Educational, Scientific, and "
     "Cultural Organization (UNESCO) Irina Bokova in Ziguangge, Zhongnanhai.", None, None),
    ("On February 27, Foreign Minister Sergey Lavrov received in Moscow Hussein al-Sheikh, a member of the Fatah "
     "Central Committee.", "Moscow", None),
    # a wire's label is no dateline
    ("URGENT: Abe, Putin agree to hold talks in Japan on Dec. 15\n\nJapanese Prime Minister Shinzo Abe said Friday "
     "that he and Russian President Vladimir Putin agreed in a discussion to hold talks in Japan on Dec. 15.", None, None),
    # a Kremlin page's date line with the place where the President was
    ("Meeting with President of Finland Sauli Niinistö\n\nJuly 16, 2018, Helsinki\n\nVladimir Putin met with President "
     "of the Republic of Finland Sauli Niinistö.", "Helsinki", None),
    ("Meeting with President of Finland Sauli Niinistö\n\nJuly 16, 2018, Monday\n\nVladimir Putin met with President "
     "of the Republic of Finland Sauli Niinistö.", None, None),
    # ... also after a building; a region is no city
    ("Meeting with President of Armenia Serzh Sargsyan\n\nMarch 10, 2016, The Kremlin, Moscow\n\nVladimir Putin and "
     "Serzh Sargsyan discussed key topics in Russian-Armenian cooperation and integration processes in Eurasia.",
     "Moscow", None),
    ("Beginning of Meeting with President of France Nicolas Sarkozy\n\nSeptember 8, 2008, Maiendorf Castle, Moscow "
     "Region\n\nDmitry Medvedev met with Nicolas Sarkozy.", None, None),
    # the UN's line of place and date, where the Secretary-General was
    ("Readout of the Secretary-General's meeting with H.E. Mr. Salam Fayyad, Prime Minister of the Palestinian "
     "Authority\n\nRamallah, 1 February 2012\n\nThe Secretary-General met today Prime Minister Fayyad.", "Ramallah",
     None),
    ("Readout of the Secretary-General’s meeting with H.E. Mr. Irakli Garibashvili, Prime Minister of Georgia\n\n"
     "Munich, Germany, 1 February 2014\n\nThe Secretary-General met today with H.E. Mr. Irakli Garibashvili.", "Munich",
     None),
    ("PM and Jean-Claude Juncker meeting\n\nSaturday, 30 August 2014\n\nThe Prime Minister met Jean-Claude Juncker.",
     None, None),
    # a building named by its last word is no place; the city after it is; who stands after it is none
    ("The Acting Prime Minister, Pedro Sánchez, received the President-elect of the European Commission, Ursula von "
     "der Leyen, at Moncloa Palace last week.", None, None),
    ("The Prime Minister met Prime Minister Mark Rutte at the Peace Palace in The Hague on Monday.", "The Hague", None),
    ("On October 16, 2025, at the Presidential Palace, Mr. Thongloun Sisoulith, President of the Lao People’s "
     "Democratic Republic, received a courtesy call from Mr. Anutin Charnvirakul, Prime Minister of the Kingdom of "
     "Thailand.", None, None),
    # where a non-resident envoy lives is not where he called
    ("On 7 December 2011, Mr. Alem Tsehaye Woldemariam, Ambassador of the State of Eritrea, with residence in New "
     "Delhi, Republic of India, paid a courtesy call on Foreign Minister Surapong Tovichakchaikul.", None, None),
    ("Foreign Secretary Masud Bin Momen called on External Affairs Minister Dr. S. Jaishankar at the latter’s "
     "residence in New Delhi on Thursday afternoon.", "New Delhi", None),
    # a country residence is no city either; the White House is in Washington, the place where the readout says so
    ("On July 10, Prime Minister Keir Starmer met President Emmanuel Macron at Chequers.", None, None),
    ("On July 10, President Joe Biden met Prime Minister Keir Starmer of the United Kingdom at the White House.",
     None, None),
    ("WASHINGTON, July 10 -- President Joe Biden met Prime Minister Keir Starmer of the United Kingdom at the White "
     "House.", "Washington", None),
    ("On Feb. 14, Chinese Vice President Xi Jinping met U.S. President Barack Obama at the White House in Washington.",
     "Washington", None),
    ("President Barack Obama met Vice President Xi Jinping of China in the Oval Office. Washington and Beijing agreed "
     "to talk again.", "Washington", None),
    ("WASHINGTON, Jan 7 -- Secretary of Defense Jim Mattis hosted German Minister of Defense Ursula von der Leyen at "
     "the Pentagon today.", "Washington", None),
    ("Secretary of Defense Jim Mattis hosted German Minister of Defense Ursula von der Leyen at the Pentagon today.",
     None, None),
    ("NATO Secretary General Jens Stoltenberg met with Prime Minister David Cameron at No 10 on Thursday.",
     "No 10", None),
    ("Prime Minister David Cameron and Norwegian Prime Minister Erna Solberg met today in 10 Downing Street.",
     "10 Downing Street", None),
    ("The Prime Minister met Norwegian Prime Minister Jonas Støre at the Joint Expeditionary Force (JEF) Summit in "
     "Gotland today.", "Gotland", "Joint Expeditionary Force (JEF) Summit in Gotland"),
    ("Minister Aso met with Mr. Luis Amado, Minister of State and Foreign Affairs of Portugal, at Iikura House.",
     None, None),
    ("On March 10, 2022, within the framework of participation in the Antalya Diplomacy Forum, a meeting was held "
     "between the Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov and the Minister of Foreign "
     "Affairs of the Russian Federation Sergey Lavrov.", None, "Antalya Diplomacy Forum"),
    ("On the occasion of the 2nd Ministerial Meeting of the Stockholm Initiative held in Berlin, Minister of Foreign "
     "Affairs Kang Kyung-wha had a meeting with Federal Minister for Foreign Affairs of Germany Heiko Maas.", "Berlin",
     "2nd Ministerial Meeting of the Stockholm Initiative"),
    # an occasion that is no gathering
    ("On the occasion of the New Year, Prime Minister Narendra Modi today had telephone conversation with Prime "
     "Minister Lotay Tshering of Bhutan.", None, None),
    # where the visitor travelled or came to for the meeting
    ("Deputy Secretary Campbell met with Vice Foreign Minister Kim Hong Kyun, who traveled to Washington to "
     "co-chair the meeting.", "Washington", None),
    ("Deputy Secretary Biegun met with Foreign Minister Kang Kyung-wha at the conclusion of his December 8-11 trip to "
     "Seoul.", "Seoul", None),
    # where a mission sits is not where they met
    ("On March 29, US Ambassador Jon Huntsman was summoned to the Foreign Ministry where Deputy Foreign Minister Sergey "
     "Ryabkov handed him a note on the demand to shut down the Russian Consulate General in Seattle.", None, None),
    ("Commerce Minister Wang Wentao met with Canada's Minister of International Trade, Maninder Sidhu, on the side of "
     "a WTO informal ministers’ meeting in Paris on June 3.", "Paris", "WTO informal ministers’ meeting in Paris"),
    # where decisions were taken is no gathering the meeting was beside
    ("Visiting Athens on Thursday (6 September 2018), NATO Secretary General Jens Stoltenberg met with Prime Minister "
     "Alexis Tsipras to discuss the implementation of decisions taken at the NATO Summit in July.", "Athens", None),
    # an ordinal in words before the gathering's name
    ("Chinese President Xi Jinping on Wednesday met with Nigerian Vice President Kashim Shettima, who is in Beijing "
     "for the third Belt and Road Forum for International Cooperation.", "Beijing",
     "third Belt and Road Forum for International Cooperation"),
    # the next sentence, whose subject is both sides, tells where they met
    ("The Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov held talks with the UK Foreign Secretary David "
     "Cameron. The parties met on the sidelines of the 30th OSCE Ministerial Council in Skopje, North Macedonia.",
     "Skopje", "30th OSCE Ministerial Council in Skopje"),
    # a title after the city is no part of it, nor is "in Honor of" a place
    ("On April 13, 2023 in Samarkand Acting Foreign Minister of the Republic of Uzbekistan Bakhtiyor Saidov held "
     "separate meetings with the Foreign Minister of Russia Sergey Lavrov.", "Samarkand", None),
    ("Secretary of Defense Dr. Mark T. Esper hosted an enhanced Honor Cordon and Bilateral Meeting in Honor of His "
     "Excellency Jumaah Saadoon, the Minister of Defense of the Republic of Iraq, today.", None, None),
    ("President William Ruto on Thursday held talks with US Deputy Secretary of State Christopher Landau at State "
     "House in the capital Nairobi.", "Nairobi", None),
    # a province after the venue is no city
    ("President Joko Widodo received US Secretary of State Mike Pompeo at the Bogor Presidential Palace, West Java, "
     "on Thursday.", None, None),
    # where someone went before is not where they meet now
    ("South Korean Foreign Minister Kang Kyung-wha and her Chinese counterpart, Wang Yi, held talks for 30 minutes on "
     "the sidelines of the United Nations General Assembly, according to the South Korean foreign ministry official, "
     "who added that it was their first meeting since Wang visited Pyongyang in early September.", None,
     "United Nations General Assembly"),
    # a gathering's annual or plural name, in lower case, in whose context or framework the meeting was held
    ("VLADIVOSTOK, Sept. 7 (Xinhua) -- Chinese President Hu Jintao and his Vietnamese counterpart Truong Tan Sang "
     "exchanged views on bilateral ties here Friday on the sidelines of the annual Asia-Pacific Economic Cooperation "
     "(APEC) forum.", "Vladivostok", "annual Asia-Pacific Economic Cooperation (APEC) forum"),
    ("Polish Foreign Minister Zbigniew Rau met Russian Foreign Minister Sergey Lavrov on the side-lines of a UN "
     "general assembly in New York on Thursday.", "New York", "UN general assembly"),
    ("Secretary Lew met today with Greek Finance Minister Euclid Tsakalotos at the 2016 Annual Meetings of the "
     "International Monetary Fund (IMF) and World Bank Group.", None,
     "2016 Annual Meetings of the International Monetary Fund (IMF) and World Bank Group"),
    ("Foreign Minister Jorge Arreaza held a meeting on Friday with his counterpart Felipe Solá, in the context of the "
     "21st Meeting of Foreign Ministers of the Community of Latin American and Caribbean States (CELAC).", None,
     "21st Meeting of Foreign Ministers of the Community of Latin American and Caribbean States (CELAC)"),
    ("Foreign Minister Javier Gonzalez-Olaechea held a meeting with Chilean counterpart Alberto van Klaveren on "
     "Tuesday, within the framework of the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting.", None,
     "Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting"),
    ("Foreign Minister Wang Yi met Foreign Minister Sergey Lavrov within the framework of the Comprehensive Strategic "
     "Partnership.", None, None),
    # the place as written, a city's own building, no continent
    ("Secretary Lloyd Austin met with Defence Secretary John Healey in Washington DC on Monday.", "Washington DC",
     None),
    ("General Min Aung Hlaing met Prime Minister Prayut Chan-ocha at Bangkok's Government House on May 26.", "Bangkok",
     None),
    ("At a meeting in Africa today with Iranian President Mahmoud Ahmadinejad, United Nations Secretary-General Kofi "
     "Annan stressed that every effort should be made to avoid any standstill.", None, None),
])
def test_where_and_on_the_sidelines_of_what(text: str, location: str | None, sidelines: str | None) -> None:
    event = _extract(text).event
    assert (event.location, event.sidelines_of) == (location, sidelines)


@pytest.mark.parametrize(("second", "location"), [
    ("Secretary Hagel met with New Zealand Prime Minister John Key this morning at the Pentagon in Washington.",
     "Washington"),
    # another meeting told in someone's speech places nothing
    ("Hagel said that President Obama had a meeting with Prime Minister Key in Auckland last year.", None),
])
def test_a_headline_s_meeting_is_placed_by_the_sentence_that_tells_it_again(second: str, location: str | None) -> None:
    text = ("U.S. Department of Defense News Release\n\n"
            "Readout of Secretary Hagel's Meeting With New Zealand Prime Minister John Key\n\n" + second)
    assert _extract(text).event.location == location


def test_a_headline_without_a_meeting_reports_no_event() -> None:
    extraction = _extract("Contact us. Site map.", title="Home")
    assert extraction.event is None
    assert extraction.warnings == ("no sentence reports a meeting, call or visit: the readout has no main event",)


def test_a_visit_target_keeps_no_full_stop() -> None:
    extraction = _extract("Wang Yi met German President Frank-Walter Steinmeier, who was paying an official visit "
                          "to Germany.")
    assert [m.location for m in extraction.mentioned_events] == ["Germany"]


def test_the_visitor_of_an_announced_state_visit() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. Wang Yi said that "
                          "President Vladimir Putin will pay a state visit to China from June 8 to 10.")
    [visit] = extraction.mentioned_events
    assert (visit.kind, visit.start, visit.end, visit.participants) == (
        "state_visit", "2018-06-08", "2018-06-10", ("official/vladimir-putin",))


def test_the_gathering_beside_the_meeting_is_named_without_the_venue_the_sidelines_give() -> None:
    extraction = _extract("Deputy Secretary Sullivan met today with South African Minister of International Relations "
                          "and Cooperation Lindiwe Sisulu on the margins of the G20 Ministerial in Buenos Aires, "
                          "Argentina, on May 21, 2018.")
    assert extraction.event is not None and extraction.event.sidelines_of == "G20 Ministerial in Buenos Aires"
    assert [(m.name, m.location) for m in extraction.mentioned_events] == [("G20 Ministerial", "Buenos Aires")]


@pytest.mark.parametrize(("sentence", "names"), [
    # a forum that is a summit meets
    ("Deputy Secretary Burns and his counterparts reviewed priorities for upcoming international meetings, including "
     "G20, APEC, and the East Asia Summit.", ["East Asia Summit"]),
    # ... but named with its acronym among frameworks, it is the body
    ("The ministers agreed to advance collaboration in regard to regional cooperation frameworks, including the East "
     "Asia Summit (EAS) and the ASEAN Regional Forum (ARF).", []),
])
def test_a_summit_named_as_a_forum(sentence: str, names: list) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert [m.name for m in extraction.mentioned_events] == names


def test_the_gathering_beside_the_meeting_keeps_its_ordinal_when_mentioned_again() -> None:
    extraction = _extract("Foreign Minister Yang Jiechi and his US counterpart Hillary Clinton met Saturday on the "
                          "sidelines of the fifth East Asia Summit. Yang said the East Asia Summit was a success.",
                          date="2010-10-30")
    assert [m.name for m in extraction.mentioned_events] == ["fifth East Asia Summit"]


def test_the_headline_s_own_event_said_again_in_another_case_is_not_another_event() -> None:
    extraction = _extract("Vice Foreign Minister Sun Weidong and Secretary Aruni Wijewardane held the 13th round of "
                          "China-Sri Lanka diplomatic consultations in Beijing.",
                          title="Vice Foreign Minister Sun Weidong and Secretary Aruni Wijewardane Hold the 13th Round "
                                "of China-Sri Lanka Diplomatic Consultations")
    assert extraction.mentioned_events == ()


def test_a_month_stays_a_month() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. The two sides "
                          "prepared for the BRICS Summit which will be convened in July.")
    assert [(m.name, m.start) for m in extraction.mentioned_events] == [("BRICS Summit", "2018-07")]


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("The ministers discussed preparations for the summit of UN Security Council permanent members.",
     "summit of UN Security Council", "summit"),
    ("Both sides will prepare for the BRICS foreign ministers' meeting in July.",
     "BRICS foreign ministers' meeting", "ministerial_meeting"),
    ("Wang Yi spoke about the results of the China + Central Asia (C+C5) foreign ministers’ videoconference.",
     "Central Asia (C+C5) foreign ministers’ videoconference", "ministerial_meeting"),
    ("Lavrov congratulated Wang Yi on hosting an excellent SCO summit.", "SCO summit", "summit"),
    # who travels to it is no part of a gathering's name
    ("Wang Yi looked forward to welcoming President Putin to China for the SCO Summit.", "SCO Summit", "summit"),
    ("Wang Yi wished Russia a successful BRICS summit.", "BRICS summit", "summit"),
])
def test_an_event_named_with_a_lower_case_noun(sentence: str, name: str, kind: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert [(m.name, m.kind) for m in extraction.mentioned_events] == [(name, kind)]


@pytest.mark.parametrize("sentence", [
    "They reviewed the meeting of the two leaders.",
    "The ministers said the summit was a success.",
])
def test_a_lower_case_event_noun_without_a_named_body_is_no_event(sentence: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert extraction.mentioned_events == ()


@pytest.mark.parametrize(("sentence", "start"), [
    ("Wang Yi spoke about the results of yesterday’s China + Central Asia (C+C5) foreign ministers’ videoconference.",
     "2020-07-16"),
    ("They looked forward to next month's G20 Summit in Osaka.", "2020-08"),
])
def test_a_possessive_date_before_an_event_is_its_date(sentence: str, start: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on July 17, 2020. {sentence}")
    assert [m.start for m in extraction.mentioned_events] == [start]


@pytest.mark.parametrize(("sentence", "name", "start"), [
    ("The leaders looked ahead to the UK-EU Summit on 19 May.", "UK-EU Summit", "2025-05-19"),
    ("They prepared for the July 21 summit of leaders of the euro area.", "July 21 summit", "2025-07-21"),
    ("The Summit Conference of the Group in June was discussed.", "Summit Conference of the Group", "2025-06"),
])
def test_a_date_after_or_before_an_event_name_is_its_date_not_part_of_it(sentence: str, name: str, start: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on May 15, 2025. {sentence}")
    assert [(m.name, m.start) for m in extraction.mentioned_events] == [(name, start)]


def test_the_main_events_date_is_also_that_of_the_event_named_right_before_it() -> None:
    extraction = _extract("Foreign Minister Mevlüt Çavuşoğlu met Secretary of State Mike Pompeo in Brussels at the "
                          "NATO Foreign Ministers Meeting on 27 April 2018.")
    assert extraction.event is not None and extraction.event.date == "2018-04-27"
    assert [(m.name, m.start) for m in extraction.mentioned_events] == [("NATO Foreign Ministers Meeting", "2018-04-27")]


@pytest.mark.parametrize(("sentence", "names"), [
    ("At the Foreign Ministerial, views were exchanged.", ["Foreign Ministerial"]),
    ("They reviewed ASEAN-China Dialogue Relations.", []),
    ("The 2024 World Internet Conference opened. They praised the 2024 World Internet Conference.",
     ["2024 World Internet Conference"]),
])
def test_an_event_name_is_neither_a_sentence_opening_nor_a_framework(sentence: str, names: list[str]) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on May 15, 2025. {sentence}")
    assert [m.name for m in extraction.mentioned_events] == names


@pytest.mark.parametrize("sentence", [
    "They signed the Memorandum on Political Consultations.",
    "He thanked the President of the General Assembly (PGA) for his work.",
    "He addressed the National Assembly of Slovenia.",
    "He met members of the Chinese People's Political Consultative Conference (CPPCC).",
    "He met the Chairman of the Standing Committee of the National People's Congress.",
    "He addressed the U.S. Conference of Mayors.",
    "He briefed the U.S. Congress on the talks.",
    "He met members of China's National People's Congress.",
    "He addressed the National Committee of the Chinese People's Political Consultative Conference.",
    "He met the Chairman of the National People's Congress (NPC) Standing Committee.",
    "Both sides oppose a new Cold War.",
])
def test_a_document_an_office_or_a_standing_body_is_no_event(sentence: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on May 15, 2025. {sentence}")
    assert [m.name for m in extraction.mentioned_events] == []


@pytest.mark.parametrize(("text", "location"), [
    ("Foreign Minister Mevlüt Çavuşoğlu visited Brussels to meet Secretary of State Mike Pompeo.", "Brussels"),
    ("Vice Foreign Minister Xie Feng held talks with Assistant Secretary of State Daniel Kritenbrink in the city of "
     "Langfang.", "Langfang"),
])
def test_where_a_visit_or_a_city_places_the_meeting(text: str, location: str) -> None:
    assert _extract(text).event.location == location


@pytest.mark.parametrize(("sentence", "name", "location"), [
    ("The Prime Minister will visit Singapore at the end of the year.", "visit Singapore", "Singapore"),
    ("They welcomed the visit of the UK Carrier Strike Group to India.", "visit of the UK Carrier Strike Group to India",
     "India"),
    ("Wang Yi said President Xi plans to visit Washington in the autumn.", "visit Washington", "Washington"),
    ("They reviewed Brazilian President Luiz Inacio Lula da Silva's visit to China.",
     "Brazilian President Luiz Inacio Lula da Silva's visit to China", "China"),
    ("They reviewed the visit paid by President Muhammadu Buhari of Nigeria to China.",
     "visit paid by President Muhammadu Buhari of Nigeria to China", "China"),
    ("Lavrov said Mr Holguin is visiting China as guest of the ministry.", "visiting China", "China"),
    ("Lavrov invited Hussein to visit the Russian Federation.", "visit the Russian Federation", "Russian Federation"),
    ("They welcomed the recent visits by the Home Secretary James Cleverly and Foreign Secretary David Cameron to "
     "Italy.", "recent visits by the Home Secretary James Cleverly and Foreign Secretary David Cameron to Italy", "Italy"),
    ("They discussed the official visit of the head of the Japanese Government, Shinzō Abe, to Moscow.",
     "official visit of the head of the Japanese Government, Shinzō Abe, to Moscow", "Moscow"),
    ("They welcomed the visit of King Willem-Alexander and Queen Máxima of the Netherlands to the UK.",
     "visit of King Willem-Alexander and Queen Máxima of the Netherlands to the UK", "UK"),
])
def test_a_visit_told_by_its_verb_or_by_a_group(sentence: str, name: str, location: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert [(m.name, m.kind, m.location) for m in extraction.mentioned_events] == [(name, "visit", location)]


@pytest.mark.parametrize(("sentence", "name", "location"), [
    ("They discussed Japanese Prime Minister Yoshihiko Noda's planned trip to China.",
     "Japanese Prime Minister Yoshihiko Noda's planned trip to China", "China"),
    ("Lavrov said he looked forward to the Crown Prince's visit.", "Crown Prince's visit", None),
    ("They reviewed the Foreign Minister's recent visits to Indonesia, Fiji, Samoa, and Tonga.",
     "Foreign Minister's recent visits to Indonesia, Fiji, Samoa, and Tonga", "Indonesia, Fiji, Samoa, and Tonga"),
])
def test_someone_s_trip_is_a_visit(sentence: str, name: str, location: str | None) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert [(m.name, m.kind, m.location) for m in extraction.mentioned_events] == [(name, "visit", location)]


def test_a_dated_call_between_others_told_in_the_main_sentence_is_another_event() -> None:
    extraction = _extract("Secretary of State Marco Rubio spoke today with Russian Foreign Minister Sergey Lavrov to "
                          "discuss next steps following the October 16 call between President Trump and President Putin.")
    assert [m.name for m in extraction.mentioned_events] == [
        "October 16 call between President Trump and President Putin"]


def test_an_event_noun_before_the_body_that_holds_it_is_a_name() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. They looked forward "
                          "to the Summit of the Americas.")
    assert [m.name for m in extraction.mentioned_events] == ["Summit of the Americas"]


@pytest.mark.parametrize(("sentence", "name"), [
    ("They discussed next week's G20 meeting.", "G20 meeting"),
    ("They discussed the Geneva process.", "Geneva process"),
    ("The ministers discussed the six-party talks.", "six-party talks"),
    ("Wang Yi recalled their meeting in January this year.", "meeting in January"),
    ("They talked about the Olympics.", "Olympics"),
    ("They looked ahead to the G7 virtual leaders’ meeting on Friday.", "G7 virtual leaders’ meeting"),
    ("They discussed the rescue of 29 Chinese citizens hijacked in Sudan.",
     "rescue of 29 Chinese citizens hijacked in Sudan"),
    # a meeting told by its time or its adjective and its place
    ("They welcomed the progress made through last year’s reform conference in London.", "reform conference"),
    ("Biden will attend a regional meeting in Guatemala on Friday, June 20.", "regional meeting in Guatemala"),
    ("They named the forthcoming Copenhagen reform conference an opportunity.",
     "forthcoming Copenhagen reform conference"),
    # someone's visit, the name ending in s
    ("They looked ahead to Foreign Minister Nikos Dendias’ visit the following week.",
     "Foreign Minister Nikos Dendias’ visit"),
    ("They condemned the expulsion of 13 Russian diplomats.", "expulsion of 13 Russian diplomats"),
    ("They discussed the damages caused by Typhoon Haiyan that hit the central Philippines.", "Typhoon Haiyan"),
    ("They condemned the nuclear tests conducted by the DPRK.", "nuclear tests conducted by the DPRK"),
    ("They welcomed the summit of leaders of the Group of 20 (G20).", "summit of leaders of the Group of 20 (G20)"),
    ("They recalled the meeting between the two countries' heads of state.",
     "meeting between the two countries' heads of state"),
    ("Both sides will continue pushing for the process of six-party talks.", "six-party talks"),
    ("They recalled the 24th Regular Meeting between Chinese Premier and Russian Prime Minister.",
     "24th Regular Meeting between Chinese Premier and Russian Prime Minister"),
    ("They noted the telephone conversations between the Presidents of Russia and the United States.",
     "telephone conversations between the Presidents of Russia and the United States"),
    ("They discussed the summit meeting of the UN Security Council.", "summit meeting of the UN Security Council"),
])
def test_more_events_named_in_lower_case_or_by_one_word(sentence: str, name: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert [m.name for m in extraction.mentioned_events] == [name]


def test_a_meeting_with_no_word_of_its_own_is_no_event() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. The two sides agreed "
                          "to hold a meeting in Beijing next year.")
    assert extraction.mentioned_events == ()


def test_a_process_told_with_a_lower_case_word_is_no_event() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. They discussed the "
                          "Syrian settlement process.")
    assert extraction.mentioned_events == ()


def test_the_trip_the_meeting_is_part_of_is_no_other_event() -> None:
    extraction = _extract("Taro Kono, Minister for Foreign Affairs, who is visiting Beijing, the People's Republic of "
                          "China, held a meeting with State Councilor Wang Yi on January 28, 2018.")
    assert extraction.mentioned_events == ()


@pytest.mark.parametrize(("sentence", "name"), [
    ("They recalled the Wenchuan earthquake.", "Wenchuan earthquake"),
    ("They discussed North Korea’s latest missile test.", "North Korea’s latest missile test"),
    ("They discussed the shoot-down of Malaysia Airlines Flight 17.", "shoot-down of Malaysia Airlines Flight 17"),
    ("He congratulated Lavrov on the recent presidential election.", "recent presidential election"),
    ("They discussed the Arab Spring.", "Arab Spring"),
    ("They expressed condolences on the death of Kim Jong-il.", "death of Kim Jong-il"),
    ("He expressed condolences for lives lost in recent terrorist attacks.", "recent terrorist attacks"),
    ("They discussed the Iranian rocket attacks against Israeli forces.", "Iranian rocket attacks against Israeli forces"),
    ("They discussed the attacks at the Al-Aqsa Mosque.", "attacks at the Al-Aqsa Mosque"),
    ("They discussed the use of chemical weapons by the Syrian regime.", "use of chemical weapons by the Syrian regime"),
    ("He thanked the ICRC for its assistance in the rescue of 29 Chinese citizens hijacked in Sudan.",
     "rescue of 29 Chinese citizens hijacked in Sudan"),
    ("He expressed condolences for the 7.0-magnitude earthquake.", "7.0-magnitude earthquake"),
    ("Japan is deeply concerned about North Korea's launching of ballistic missiles.",
     "North Korea's launching of ballistic missiles"),
    ("They discussed the arbitrary detention of two Canadian citizens in China.",
     "arbitrary detention of two Canadian citizens in China"),
    ("Wang Yi opposed the U.S.-ROK joint military exercises.", "U.S.-ROK joint military exercises"),
])
def test_a_happening_the_readout_names_is_an_event_of_kind_other(sentence: str, name: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert [(m.name, m.kind) for m in extraction.mentioned_events] == [(name, "other")]


@pytest.mark.parametrize("sentence", [
    "They condemned terrorist attacks.",
    "They spoke of the spring harvest.",
    "They agreed that the use of chemical weapons can never be acceptable.",
    "They discussed the launch of a new initiative.",
])
def test_generic_plurals_and_seasons_are_no_happenings(sentence: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert extraction.mentioned_events == ()


def test_a_happening_is_dated_by_the_date_after_it_not_named_by_it() -> None:
    extraction = _extract("Barack Obama spoke with President Francois Hollande of France on January 12, 2015. They "
                          "discussed the deadly terrorist attacks in Paris on January 7-8.")
    assert [(m.name, m.start) for m in extraction.mentioned_events] == [("deadly terrorist attacks in Paris",
                                                                         "2015-01-07")]


@pytest.mark.parametrize(("sentence", "name"), [
    ("He congratulated His Majesty on the successful London Initiative meeting last month.", "London Initiative meeting"),
    ("They spoke this morning in advance of the meeting in Geneva tomorrow.", "meeting in Geneva"),
    ("It followed on from Secretary Tillerson and Foreign Secretary Johnson’s meeting in Vancouver last week.",
     "Foreign Secretary Johnson’s meeting in Vancouver"),
    ("They agreed that there had been progress since December’s European Council.", "December’s European Council"),
    ("There was more work to do ahead of the February European Council.", "February European Council"),
    ("Finally, they talked about preparations for next week’s Syria donors conference.", "Syria donors conference"),
])
def test_a_meeting_in_lower_case_named_by_its_initiative_or_its_city_and_time(sentence: str, name: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert [m.name for m in extraction.mentioned_events] == [name]


def test_the_summit_beside_which_they_met_is_not_taken_for_another_summit() -> None:
    extraction = _extract("Foreign Minister Yang Jiechi and his US counterpart Hillary Clinton met Saturday on the "
                          "sidelines of the fifth East Asia Summit. Hu will meet President Obama at the G20 Summit.")
    assert {m.name for m in extraction.mentioned_events} == {"fifth East Asia Summit", "G20 Summit"}


def test_an_upcoming_event_is_named_with_its_time_word_and_told_once() -> None:
    extraction = _extract("President Joe Biden spoke today with President Lula of Brazil to discuss preparations for "
                          "the upcoming G20 Summit in Rio de Janeiro. They looked forward to the G20 Summit.")
    assert [m.name for m in extraction.mentioned_events] == ["upcoming G20 Summit"]


def test_a_happening_named_twice_is_one_event_under_its_fullest_name() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. Lavrov congratulated "
                          "him on the elections. Wang Yi thanked him and spoke of the recent general elections in China.")
    assert [m.name for m in extraction.mentioned_events] == ["recent general elections in China"]


@pytest.mark.parametrize(("sentence", "name"), [
    ("They followed up on the meeting between President Trump and President Putin in Helsinki.",
     "meeting between President Trump and President Putin"),
    ("They discussed the P5+1 talks with Iran.", "P5+1 talks"),
    ("They welcomed President Trump's productive meeting with Ukrainian President Zelenskyy.",
     "President Trump's productive meeting with Ukrainian President Zelenskyy"),
    ("They looked ahead to the second Geneva meeting on Syria.", "second Geneva meeting on Syria"),
    ("They discussed the first informal meeting of the foreign ministers of the ASEAN Regional Forum.",
     "first informal meeting of the foreign ministers of the ASEAN Regional Forum"),
    ("Both will attend the 15th ARF in Singapore.", "15th ARF"),
    ("They prepared the 10th meeting of the mixed Russian-Greek Commission on Economic Cooperation.",
     "10th meeting of the mixed Russian-Greek Commission"),
    ("Lavrov spoke of a virtual summit with French President Emmanuel Macron.",
     "virtual summit with French President Emmanuel Macron"),
    ("They prepared the annual Russian-Indian summit.", "annual Russian-Indian summit"),
    ("They discussed the upcoming summit of the Forum on China-Africa Cooperation (FOCAC).",
     "upcoming summit of the Forum on China-Africa Cooperation (FOCAC)"),
    ("They discussed the results of the meeting of the Council of Heads of States of the Shanghai Cooperation "
     "Organization.", "meeting of the Council of Heads of States of the Shanghai Cooperation Organization"),
    ("They prepared the regular session of the Council of Foreign Ministers of the Commonwealth.",
     "regular session of the Council of Foreign Ministers of the Commonwealth"),
    ("They recalled the seventh meeting between Secretary Hagel and Minister Ya'alon.",
     "seventh meeting between Secretary Hagel and Minister Ya'alon"),
    ("They welcomed the ongoing exploratory talks between NATO Allies Greece and Turkey.",
     "ongoing exploratory talks between NATO Allies Greece and Turkey"),
    ("They recalled the meeting of President Trump and President Bolsonaro last month.",
     "meeting of President Trump and President Bolsonaro"),
    ("He noted a separate meeting between Vladimir Putin and Recep Tayyip Erdogan during the events of the summit.",
     "separate meeting between Vladimir Putin and Recep Tayyip Erdogan"),
    # someone's call, with its day, or to whom it was made
    ("They recalled President Vladimir Putin's October 16 telephone conversation with US President Donald Trump.",
     "President Vladimir Putin's October 16 telephone conversation with US President Donald Trump"),
    ("The call follows President Biden’s congratulatory call to President Ramaphosa.",
     "President Biden’s congratulatory call to President Ramaphosa"),
    # two forums' gatherings in one name, whatever their names' form
    ("Obama looked forward to seeing Hatoyama at the upcoming G-8 and G-20 meetings in Canada.",
     "upcoming G-8 and G-20 meetings"),
    ("The two discussed the upcoming US-Asean and East Asia Summits in Singapore next month.",
     "upcoming US-Asean and East Asia Summits"),
])
def test_a_meeting_named_in_lower_case_by_its_parties(sentence: str, name: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert [m.name for m in extraction.mentioned_events] == [name]


@pytest.mark.parametrize("sentence", [
    "It is the first SCO summit since the expansion.",
    "It is the first meeting between the two this year.",
])
def test_an_ordinal_description_is_no_event_name(sentence: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. {sentence}")
    assert not extraction.mentioned_events


def test_the_main_events_own_talks_are_not_another_event() -> None:
    extraction = _extract("Wang Yi held the China-Russia talks with Foreign Minister Sergei Lavrov of Russia on June 3, "
                          "2018.")
    assert extraction.mentioned_events == ()


def test_another_meeting_told_by_its_verb_with_a_date_of_its_own() -> None:
    extraction = _extract("Wang Yi met with Chief Cabinet Secretary Yoshihide Suga of Japan on September 25, 2019. "
                          "Wang Yi said that in June this year, President Xi Jinping and Prime Minister Shinzo Abe met "
                          "successfully in Osaka.")
    [meeting] = extraction.mentioned_events
    assert (meeting.name, meeting.kind, meeting.start, meeting.location, meeting.participants) == (
        "meeting between President Xi Jinping and Prime Minister Shinzo Abe", "meeting", "2019-06", "Osaka",
        ("official/xi-jinping", "official/shinzo-abe"))


def test_the_main_meeting_told_again_is_not_another() -> None:
    extraction = _extract("Wang Yi met with Foreign Minister Sergei Lavrov of Russia on June 3, 2018. The two ministers "
                          "met for two hours on June 3.")
    assert extraction.mentioned_events == ()


def test_a_place_name_with_a_lower_case_particle_is_whole() -> None:
    assert _extract("Foreign Minister Wang Yi met Foreign Minister Mauro Vieira in Rio de Janeiro.").event.location == \
        "Rio de Janeiro"


@pytest.mark.parametrize(("text", "names"), [
    ("On June 3, Prime Minister Keir Starmer met Prime Minister Jonas Støre of Norway. They looked ahead to the Joint "
     "Expeditionary Force (JEF) Summit in Riga. The Prime Minister said the JEF summit would show unity.",
     ["Joint Expeditionary Force (JEF) Summit"]),
    # the body's acronym alone says it is one; a reform conference of last year is not the forthcoming one
    ("On June 3, Foreign Secretary Boris Johnson met Foreign Minister Pavlo Klimkin of Ukraine. They welcomed the "
     "progress that had been made, including through last year’s reform conference in London. They agreed on the "
     "importance of maintaining this progress, with the forthcoming Copenhagen reform conference an important "
     "opportunity.",
     ["reform conference", "forthcoming Copenhagen reform conference"]),
    # a body's meeting is the one event the body is named for
    ("On June 3, Foreign Minister Mevlüt Çavuşoğlu met Foreign Minister Wopke Hoekstra of the Netherlands. Then, "
     "Minister Çavuşoğlu attended the ninth meeting of the Turkish-Dutch Wittenburg Conference he co-chaired with "
     "Foreign Minister Wopke Hoekstra.", ["ninth meeting of the Turkish-Dutch Wittenburg Conference"]),
    # two forums' summits in one name are two gatherings, neither of them the one summit named on its own
    ("On June 3, Foreign Secretary James Cleverly met Foreign Minister Catherine Colonna. They looked back on the NATO "
     "Summit in Madrid and agreed that the G7 and NATO summits showed the UK and France are united.",
     ["NATO Summit", "G7 and NATO summits"]),
])
def test_a_gathering_named_twice_is_mentioned_once(text: str, names: list[str]) -> None:
    assert [m.name for m in _extract(text).mentioned_events] == names


def test_the_day_inside_an_event_s_name_is_its_day() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. They recalled "
                          "President Vladimir Putin's May 16 telephone conversation with US President Donald Trump.")
    assert [(m.date_text, m.start) for m in extraction.mentioned_events] == [("May 16", "2018-05-16")]


def test_the_event_a_meeting_was_held_beside_is_mentioned_as_the_sidelines_name_it() -> None:
    extraction = _extract("On November 17, Foreign Minister Sergey Lavrov held talks with Indian Minister of External "
                          "Affairs Subrahmanyam Jaishankar, who is in Moscow to attend a meeting of the SCO Heads of "
                          "Government Council.")
    assert extraction.event.sidelines_of == "meeting of the SCO Heads of Government Council"
    assert [m.name for m in extraction.mentioned_events] == ["meeting of the SCO Heads of Government Council"]


@pytest.mark.parametrize("text", [
    "Minister Shanmugam, who is in New York for the 67th Session of the UN General Assembly, met Foreign Minister "
    "Retno Marsudi.",
    "Minister Shanmugam, who is in New York from 21 - 30 September 2012 for the 67th Session of the UN General "
    "Assembly, met Foreign Minister Retno Marsudi.",
])
def test_being_in_a_city_for_an_event_is_meeting_on_its_sidelines(text: str) -> None:
    extraction = _extract(text)
    assert (extraction.event.sidelines_of, extraction.event.location) == (
        "67th Session of the UN General Assembly", "New York")
    assert [m.name for m in extraction.mentioned_events] == ["67th Session of the UN General Assembly"]


@pytest.mark.parametrize(("text", "sidelines"), [
    ("Vice Foreign Minister Dai Bingguo, who was in the United States for the fourth Sino-U.S. strategic dialogue, met "
     "in Washington with Secretary of State Condoleezza Rice.", "fourth Sino-U.S. strategic dialogue"),
    ("Foreign Minister Wang Yi met with Vietnamese Permanent Deputy Minister of Foreign Affairs Nguyen Minh Vu, who is in "
     "Beijing for the first strategic consultation between the foreign ministries of China and Vietnam, on Tuesday.",
     "first strategic consultation between the foreign ministries of China and Vietnam"),
])
def test_an_event_told_in_lower_case_after_its_ordinal_is_one_a_visitor_came_for(text: str, sidelines: str) -> None:
    assert _extract(text).event.sidelines_of == sidelines


def test_a_dateline_without_an_agency_dates_and_places_the_meeting() -> None:
    extraction = _extract("BEIJING, Oct. 24 -- Chinese Vice President Li Yuanchao met with New Zealand Labor Party "
                          "leader Andrew Little on Friday.", title="Chinese vice president meets New Zealand guest",
                          date="2015-10-24")
    assert (extraction.event.date, extraction.event.location) == ("2015-10-23", "Beijing")


@pytest.mark.parametrize(("text", "location"), [
    ("Tashkent, Uzbekistan (UzDaily.com) -- On 23 May 2016, the Minister of Foreign Affairs of the Republic of "
     "Uzbekistan Abdulaziz Kamilov met with the Minister of Foreign Affairs of the Republic of Tajikistan Sirodjidin "
     "Aslov.", "Tashkent"),
    ("(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Feb 22 (KUNA) -- Kuwaiti Minister of Foreign Affairs Abdullah "
     "Al-Yahya met on Thursday with Director General Wang Di.", "Kuwait"),
    ("Minister Joly meets with French counterpart\n\nJanuary 20, 2022 - Paris, France - Global Affairs Canada\n\n"
     "The Honourable Mélanie Joly, Minister of Foreign Affairs, met yesterday with Jean-Yves Le Drian, France’s "
     "Minister for Europe and Foreign Affairs.", "Paris"),
    # where the visitor is, said in the sentence before
    ("Prime Minister Lawrence Wong is on his introductory visit to Phnom Penh, Cambodia. Prime Minister Wong was "
     "received by Prime Minister Hun Manet at the Peace Palace this morning.", "Phnom Penh"),
    # the text's own place comes first
    ("(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, May 31 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya met on "
     "Friday with the Chinese Foreign Minister Wang Yi, in the Chinese capital, Beijing.", "Beijing"),
    ("Prime Minister Abiy Ahmed met Sheikh Mohamed bin Zayed Al Nahyan in the nation’s capital, Abu Dhabi.",
     "Abu Dhabi"),
    ("Foreign Minister Don Pramudwinai held a meeting with visiting Russian Foreign Minister Sergei Lavrov in the "
     "southern island of Phuket on Saturday (15 July).", "Phuket"),
    # a gathering or a building, then its city
    ("Prime Minister Rishi Sunak met Giorgia Meloni, Prime Minister of Italy, at COP27 in Sharm el-Sheikh today.",
     "Sharm el-Sheikh"),
    ("President Uhuru Kenyatta held talks with Ethiopian President Sahle-Work Zewde at State House, Nairobi.",
     "Nairobi"),
    ("Abu Dhabi: Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, on "
     "Monday received US Secretary of State Antony Blinken.", "Abu Dhabi"),
    # a news agency's dateline, the day first
    ("Chisinau, 17 September /MOLDPRES/ - Deputy Prime Minister, Foreign Affairs Minister Mihai Popsoi today had a "
     "meeting with Minister for European and Foreign Affairs of France Stéphane Séjourné.", "Chisinau"),
    ("Turkish Foreign Minister Mevlut Cavusoglu met Prime Minister Novruz Memmedov in capital Baku on Tuesday.",
     "Baku"),
    # where the visitor last arrived, when the meeting's sentence names no place
    ("Chinese President Hu Jintao and French President Jacques Chirac held talks Saturday afternoon. Chirac arrived in "
     "Chengdu Friday evening, beginning his state visit. He arrived in Beijing Saturday afternoon.", "Beijing"),
    ("Prime Minister Dr Abiy Ahmed and Eritrean President Isaias Afewerki have discussed bilateral cooperation. The "
     "Eritrean leader arrived in Addis Ababa this Sunday for a two-day official visit.", "Addis Ababa"),
    ("Prime Minister Dr Abiy Ahmed and Eritrean President Isaias Afewerki have discussed bilateral cooperation. The "
     "Eritrean leader arrived in Ethiopia this Sunday for a two-day official visit.", None),
    # an agency's seat is not where the meeting was: "ASTANA. KAZINFORM – President Tokayev received ..."
    ("ASTANA. KAZINFORM – President Kassym-Jomart Tokayev of Kazakhstan received ambassadors of Russia and China, "
     "Ambassador Alexey Borodavkin and Ambassador Zhang Xiao.", None),
    ("Ulaanbaatar /MONTSAME/ Prime Minister U.Khurelsukh today met with the newly-appointed Ambassador of the Republic "
     "of India to Mongolia, Mohinder Pratap Singh.", "Ulaanbaatar"),
    ("WASHINGTON, D.C.- Today, Secretary Perry hosted a bilateral meeting at the Department of Energy with his Saudi "
     "counterpart, Minister of Energy Khalid Al-Falih.", "Washington, D.C."),
    ("Cairo - Minister of Foreign Affairs Nasser Bourita held in-depth bilateral talks on Tuesday with Minister of "
     "Foreign Affairs of Egypt Badr Abdel Ati.", "Cairo"),
    ("Visiting Athens on Thursday (6 September 2018), NATO Secretary General Jens Stoltenberg met with Prime Minister "
     "Alexis Tsipras to discuss the implementation of decisions taken at the NATO Summit in July.", "Athens"),
    ("This evening the Prime Minister welcomed Mark Rutte, Prime Minister of the Netherlands, to Downing Street.",
     "Downing Street"),
    ("Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, has received the Chairperson of the African "
     "Union Commission, Mahmoud Ali Youssouf. During the meeting in Abu Dhabi, the two sides discussed cooperation.",
     "Abu Dhabi"),
    ("President William Ruto has held talks with Belarus President Aleksandr Lukashenko. The two heads of state had a "
     "meeting on December 10 at State House Nairobi during a visit.", "Nairobi"),
    ("President Yoweri Kaguta Museveni and his South African counterpart, H.E Cyril Ramaphosa have today met and held "
     "discussions at State House-Entebbe.", "Entebbe"),
    ("President Museveni and his Mozambican counterpart Felipe Jacinto Nyusi have reiterated commitment to further "
     "strengthen their cooperation. This was in a meeting held at State House Entebbe.", "Entebbe"),
    ("Assistant Secretary of State Donald Lu met with Kyrgyz Foreign Minister Jeenbek Kulubaev in Kyrgyzstan’s "
     "capital Bishkek on April 24.", "Bishkek"),
    ("NEW YORK, 19th September, 2023 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, "
     "met Sitiveni Rabuka, Prime Minister of Fiji.", "New York"),
    # a page's label is no dateline
    ("READOUT: Secretary of the Treasury Janet L. Yellen’s Meeting with President of Comoros Azali Assoumani\n\n"
     "Secretary Yellen met today with President of Comoros Azali Assoumani.", None),
    # a state's name in a dateline is no city, unless its capital is named after it
    ("AUSTRIA, January 1 - Foreign Minister Alexander Schallenberg met his Indian counterpart Subrahmanyam Jaishankar.",
     None),
    # ANI's dateline, with the state in brackets and a colon after the agency
    ("New Delhi [India], September 14 (ANI): French Foreign Minister Catherine Colonna, who is on an official visit "
     "to India, called on Prime Minister Narendra Modi on Wednesday.", "New Delhi"),
    # TASS files from Moscow, wherever the ministers met
    ("MOSCOW, September 22. /TASS/. Russian Foreign Minister Sergey Lavrov and his Brazilian counterpart Carlos "
     "Alberto Franca met on Wednesday.", None),
    # a transcript's speaker is no dateline
    ("William J. Burns\nUnder Secretary for Political Affairs\nFebruary 17, 2010\n\nUNDER SECRETARY BURNS: I'm here to "
     "convey President Obama's interest. To deepen our dialogue, Ambassador Dan Benjamin will remain here for another "
     "day of meetings. My meeting with President Assad leaves me hopeful.", None),
    # PTI's dateline, its day ended by a colon
    ("By PTI\n\nNew Delhi, Jul 8: External Affairs Minister S Jaishankar on Monday held talks with his United Arab "
     "Emirates counterpart Sheikh Abdullah bin Zayed.", "New Delhi"),
])
def test_more_datelines_and_ways_of_naming_the_city_place_the_meeting(text: str, location: str | None) -> None:
    assert _extract(text).event.location == location


@pytest.mark.parametrize(("title", "location"), [
    ("Momen meets British counterpart James Cleverly in Manama", "Manama"),
    ("A meeting of the Foreign Ministers of Turkmenistan and Tajikistan took place in Dushanbe", "Dushanbe"),
    ("Vice Foreign Minister Wang Chao Meets with State Secretary Radu Podgorean at Foreign Ministry of Romania", None),
])
def test_the_headline_places_a_meeting_whose_sentence_names_no_place(title: str, location: str | None) -> None:
    text = "Foreign Minister Dr. A K Abdul Momen met British Foreign Secretary James Cleverly on Tuesday."
    assert _extract(text, title=title).event.location == location


def test_the_meeting_told_again_a_sentence_later_dates_it() -> None:
    extraction = _extract("Foreign Secretary Boris Johnson met with his American counterpart in London to discuss the "
                          "Iran nuclear deal.\n\nFollowing the meeting held in London on 22 January 2018, a Foreign "
                          "Office spokesperson said:\n\nForeign Secretary Boris Johnson hosted US Secretary of State "
                          "Rex Tillerson.", title="Foreign Secretary meeting with Secretary Tillerson")
    assert extraction.event.date == "2018-01-22"


def test_a_longer_form_of_the_headline_said_again_is_not_the_body() -> None:
    text = ("Deputy Secretary Sherman’s Meeting with Israeli Minister\n\nOctober 13, 2021\nDeputy Secretary Sherman’s "
            "Meeting with Israeli Ministry of Foreign Affairs Director General Ushpiz\n\nDeputy Secretary of State Wendy "
            "R. Sherman met with Israeli Ministry of Foreign Affairs Director General Alon Ushpiz today.")
    extraction = extract(readout_from_text(text, id="t", source="t"))
    evidence = extraction.event.evidence
    assert text[evidence.start:evidence.end].startswith("Deputy Secretary of State Wendy R. Sherman met")
    assert extraction.mentioned_events == ()


def test_conferences_named_by_number_or_year_are_events() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. They discussed COP26 "
                          "and the Expo 2025 Osaka.")
    assert [(m.name, m.kind) for m in extraction.mentioned_events] == [
        ("COP26", "conference"), ("Expo 2025 Osaka", "conference")]


def test_a_leaders_summit_in_lower_case_is_an_event_with_its_date() -> None:
    extraction = _extract("Secretary Blinken spoke with Secretary Enrique Manalo on June 3, 2023 to discuss the United "
                          "States-Japan-Philippines trilateral leaders’ summit on April 11.")
    assert [(m.name, m.kind, m.start) for m in extraction.mentioned_events] == [
        ("United States-Japan-Philippines trilateral leaders’ summit", "summit", "2023-04-11")]


def test_what_a_readout_opens_by_attending_dates_and_places_the_meeting_after_it() -> None:
    extraction = _extract("Foreign Minister Mevlut Cavusoglu attended the inauguration ceremony of the President Elect "
                          "of the Dominican Republic on 16 August 2020 in Santo Domingo. Foreign Minister Mevlut "
                          "Cavusoglu met newly elected President Luis Abinader of the Dominican Republic.")
    assert (extraction.event.date, extraction.event.location, extraction.event.sidelines_of) == (
        "2020-08-16", "Santo Domingo", "inauguration ceremony of the President Elect of the Dominican Republic")


def test_a_further_meeting_of_the_visit_is_no_other_event() -> None:
    extraction = _extract("Foreign Minister Mevlut Cavusoglu met President Luis Abinader of the Dominican Republic "
                          "on 16 August 2020. On the same day, Minister Cavusoglu held a meeting with U.S. Secretary "
                          "of State Mike Pompeo.")
    assert not extraction.mentioned_events


def test_the_headline_said_again_under_the_page_header_is_not_the_body() -> None:
    text = ("Readout of the President’s Call with President Piñera of Chile\n\nOctober 14, 2010\n\nThe White House\n\n"
            "Readout of the President’s Call with President Piñera of Chile\n\nEarlier today, President Obama called "
            "Chilean President Sebastian Piñera to congratulate him.")
    extraction = extract(readout_from_text(text, id="t", source="t"))
    assert (extraction.event.kind, extraction.event.date) == ("phone_call", "2010-10-14")
    assert sorted(o.name for o in extraction.officials if o.participant) == ["Obama", "Sebastian Piñera"]


def test_a_date_range_after_an_event_name_is_its_date_not_part_of_it() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2019. He attended the G20 "
                          "Foreign Ministers’ Meeting on 22-23 November 2019 in Nagoya.")
    assert [(m.name, m.start) for m in extraction.mentioned_events] == [
        ("G20 Foreign Ministers’ Meeting", "2019-11-22")]


@pytest.mark.parametrize(("text", "sidelines"), [
    ("The Prime Minister met Prime Minister Kristen Michal of Estonia ahead of the Joint Expeditionary Force summit in "
     "Tallinn on 3 June 2025.", "Joint Expeditionary Force summit in Tallinn"),
    ("The Prime Minister met Jonas Støre, the Prime Minister of Norway at Blenheim Palace today, as part of the "
     "European Political Community meeting.", "European Political Community meeting"),
    ("Prime Minister Rishi Sunak met Giorgia Meloni, Prime Minister of Italy, at COP27 in Sharm el-Sheikh today.",
     "COP27 in Sharm"),
    ("On July 4, Foreign Minister Kim Sung-Hwan met with Uzbek Foreign Minister Kamilov, who is visiting Korea on July "
     "4-6 for the ROK-Central Asia Cooperation Forum.", "ROK-Central Asia Cooperation Forum"),
    ("On April 14, 2018, Deputy Foreign Minister Mikhail Bogdanov met with President Michel Aoun of Lebanon prior to "
     "the opening of the 29th summit of the League of Arab States.", "29th summit of the League of Arab States"),
])
def test_a_meeting_just_before_a_summit_is_on_its_sidelines(text: str, sidelines: str) -> None:
    assert _extract(text).event.sidelines_of == sidelines


def test_being_somewhere_on_a_working_visit_is_a_visit() -> None:
    extraction = _extract("On November 1-2, 2016, Foreign Minister Sergey Lavrov was in the Hellenic Republic on a "
                          "working visit.")
    assert (extraction.event.kind, extraction.event.date) == ("visit", "2016-11-01")


def test_an_event_someone_took_part_in_is_no_place_of_the_meeting() -> None:
    extraction = _extract("On June 13, 2019, Foreign Minister Sergey Lavrov met with Deputy Prime Minister of Cuba "
                          "Ricardo Cabrisas, who recently took part in St Petersburg International Economic Forum.")
    assert extraction.event.location is None


@pytest.mark.parametrize(("text", "kind", "location", "sidelines"), [
    ("On December 14, 2022, Secretary Antony Blinken met President Hakainde Hichilema of Zambia at the U.S.-Africa "
     "Leaders Summit in Washington.", "meeting", "Washington", "U.S.-Africa Leaders Summit in Washington"),
    ("Secretary Blinken met Foreign Minister Wang Yi at the sidelines of the G20 Foreign Ministers Meeting on "
     "March 2, 2023.", "meeting", None, "G20 Foreign Ministers Meeting"),
    ("On March 3, 2019, Foreign Minister Sergey Lavrov made a work-related visit to Tokyo, where he conducted "
     "negotiations with Foreign Minister Taro Kono.", "visit", "Tokyo", None),
    ("Prime Minister Theresa May spoke this afternoon with Canadian Prime Minister Justin Trudeau ahead of the G7 "
     "summit next month.", "phone_call", None, None),
    ("The Prime Minister met Kenyan President William Ruto at UNGA this afternoon.", "meeting", None, "UNGA"),
    # a state visit is no gathering, and a state's adjective no event's name
    ("Sitiveni Rabuka and Australia’s Anthony Albanese met on Wednesday during the Fijian leader’s first state visit "
     "to Australia since he returned to power last year.", "meeting", None, None),
    # the sentence before one that names who met ("This was the third meeting between ...") tells where
    ("The Indian and Japanese foreign ministers met on Tuesday at the Asia-Europe Meeting (ASEM) meeting in New Delhi. "
     "This was the third meeting between External Affairs Minister Salman Khurshid and his Japanese counterpart Fumio "
     "Kishida this year.", "meeting", "New Delhi", "Asia-Europe Meeting (ASEM) meeting in New Delhi"),
])
def test_where_a_meeting_was_held_and_beside_what(text: str, kind: str, location: str | None,
                                                  sidelines: str | None) -> None:
    event = _extract(text).event
    assert (event.kind, event.location, event.sidelines_of) == (kind, location, sidelines)


def test_two_events_joined_by_and_the_are_two() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Sergei Lavrov of Russia on June 3, 2018. They prepared the State "
                          "Visit to Japan and the FIFA World Cup in Qatar.")
    assert [m.name for m in extraction.mentioned_events] == ["State Visit to Japan", "FIFA World Cup"]


def test_a_press_release_service_s_dateline_dates_the_release_not_the_visit() -> None:
    event = _extract("BEIJING, China, March 2, 2012/African Press Organization (APO)/ -- From February 26 to 28, 2012, "
                     "Vice Foreign Minister Zhai Jun visited Morocco.").event
    assert (event.kind, event.date, event.location) == ("visit", "2012-02-26", None)


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("Wang Yi looked forward to the upcoming summit with President Putin.", "upcoming summit with President Putin",
     "summit"),
    ("Lavrov recalled the last meeting with Foreign Minister Wang Yi.", "last meeting with Foreign Minister Wang Yi",
     "meeting"),
    ("Lavrov briefed Wang Yi on the informal meeting of the EU leaders.", "informal meeting of the EU leaders", "meeting"),
])
def test_a_meeting_to_come_or_past_with_someone_is_an_event(sentence: str, name: str, kind: str) -> None:
    extraction = _extract(f"Wang Yi met Foreign Minister Sergei Lavrov of Russia on May 15, 2025. {sentence}")
    assert [(m.name, m.kind) for m in extraction.mentioned_events] == [(name, kind)]


def test_a_visit_named_again_in_full_takes_its_fullest_name() -> None:
    extraction = _extract("Wang Yi met Foreign Minister Bui Thanh Son, who is accompanying Prime Minister Pham Minh Chinh "
                          "on his visit to China, on June 25, 2023. It is Prime Minister Pham Minh Chinh's first visit to "
                          "China, Bui Thanh Son said.")
    assert [m.name for m in extraction.mentioned_events] == ["Prime Minister Pham Minh Chinh's first visit to China"]


def test_someone_s_scheduled_visit_is_theirs() -> None:
    extraction = _extract("Wang Yi met Finance Minister Lim Guan Eng of Malaysia on August 1, 2018. They will take "
                          "the opportunity of Prime Minister Mahathir Mohamad's scheduled visit to China.")
    assert [m.name for m in extraction.mentioned_events] == ["Prime Minister Mahathir Mohamad's scheduled visit to China"]


@pytest.mark.parametrize(("text", "name"), [
    ("On May 5, Foreign Minister Wang Yi met with President Mahmoud Abbas of Palestine. Wang Yi said President Mahmoud "
     "Abbas paid a successful visit to China last year.", "Mahmoud Abbas's successful visit to China"),
    # a visit named with its visitor already keeps its name
    ("On May 5, Foreign Minister Wang Yi met with President Mahmoud Abbas of Palestine. They recalled President "
     "Abbas's visit to China last year.", "President Abbas's visit to China"),
])
def test_a_visit_is_named_with_its_visitor(text: str, name: str) -> None:
    assert name in [m.name for m in _extract(text).mentioned_events]


def test_why_the_visitor_is_there_may_come_last() -> None:
    text = ("Chinese President Hu Jintao held talks with Mongolian President Tsakhiagiin Elbegdorj in Beijing. Hu said "
            "the two countries are good neighbours. Elbegdorj agreed. The two sides signed agreements. They discussed "
            "trade. Elbegdorj arrived in Beijing Wednesday afternoon to attend the 12th Meeting of the Council of Heads "
            "of Member States of the SCO.")
    assert _extract(text).event.sidelines_of == "12th Meeting of the Council of Heads of Member States of the SCO"


@pytest.mark.parametrize(("text", "sidelines"), [
    ("Foreign Minister Ruslan Kazakbaev met in New York with Foreign Minister Batmunkh Battsetseg of Mongolia. The "
     "meeting took place on the sidelines of the 76th session of the UN General Assembly.",
     "76th session of the UN General Assembly"),
    ("Secretary Kerry met today in London with Nigerian President Buhari. They met on the sidelines of the "
     "Anti-Corruption Summit hosted by the UK.", "Anti-Corruption Summit"),
    ("Indonesian Foreign Minister Retno Marsudi held a bilateral meeting with Chinese Foreign Minister Wang Yi in Bali "
     "today. China's top diplomat is in Bali to attend the G20 Foreign Ministers Meeting.",
     "G20 Foreign Ministers Meeting"),
    ("Foreign Minister Kairat Abdrakhmanov met with Foreign Minister Erlan Abdyldayev of Kyrgyzstan in Astana. "
     "Minister Abdyldayev came to Astana to participate in the regular session of the Council of Foreign Ministers "
     "of the SCO.", "regular session of the Council of Foreign Ministers of the SCO"),
    ("Chinese President Hu Jintao held talks with Mongolian President Tsakhiagiin Elbegdorj in Beijing. Elbegdorj "
     "arrived in Beijing Wednesday afternoon to attend the 12th Meeting of the Council of Heads of Member States of the "
     "SCO.", "12th Meeting of the Council of Heads of Member States of the SCO"),
    ("Prime Minister Manasseh Sogavare and his Australian counterpart Malcolm Turnbull have discussed the RAMSI "
     "drawdown. The drawdown was the main focus of the bilateral dialogue between the two Prime Ministers in New York "
     "yesterday, at the margin of the 71st United Nations General Assembly.", "71st United Nations General Assembly"),
])
def test_the_sentence_after_the_meeting_can_set_it_beside_a_larger_event(text: str, sidelines: str) -> None:
    assert _extract(text).event.sidelines_of == sidelines


@pytest.mark.parametrize("text", [
    "Foreign Minister Wang Yi met with Foreign Minister Retno Marsudi of Indonesia in Beijing. President Joko Widodo "
    "is in Bali to attend the G20 Summit.",
    "Foreign Minister Wang Yi met with Foreign Minister Retno Marsudi of Indonesia in Beijing. The ministers will "
    "meet again on the sidelines of the G20 Summit.",
    "Prime Minister Lee Hsien Loong met Foreign Minister Yu Myung-hwan of the Republic of Korea. Mr Lee welcomed the "
    "first informal meeting of the Six-Party Talks to be held in Singapore at the sidelines of the AMM.",
])
def test_another_officials_trip_or_a_meeting_to_come_sets_no_sidelines(text: str) -> None:
    assert _extract(text).event.sidelines_of is None


@pytest.mark.parametrize(("title", "text", "kind"), [
    ("Courtesy Call by Mr. Louis Schweitzer, Special Representative of France, on Mr. Fumio Kishida, Minister for "
     "Foreign Affairs", "On February 18, Mr. Fumio Kishida, Minister for Foreign Affairs, received a courtesy call from "
     "Mr. Louis Schweitzer, Special Representative of France.", "meeting"),
    ("MFA Press Statement: Call by Prime Minister of the Republic of Macedonia Mr Nikola Gruevski on Prime Minister Lee "
     "Hsien Loong, 29 November 2011", "Prime Minister Nikola Gruevski paid a courtesy call on Prime Minister Lee Hsien "
     "Loong at the Istana earlier this afternoon.", "meeting"),
    ("Talks between Mr. Taro Aso, Minister for Foreign Affairs, and Mr. Luis Amado, Minister of State and Foreign "
     "Affairs of Portugal", "On 7 February, Mr. Taro Aso, Minister for Foreign Affairs of Japan, met with Mr. Luis "
     "Amado, Minister of State and Foreign Affairs of Portugal.", "talks"),
    ("Readout of Secretary Blinken's Call by Phone on Monday", "Secretary Blinken spoke with Foreign Minister Wang Yi "
     "of China.", "phone_call"),
    ("Meeting between Mr. Masahiko Koumura, Minister for Foreign Affairs, and Professor Ibrahim Gambari, Special "
     "Advisor to U.N. Secretary-General", "On February 28, Mr. Masahiko Koumura, Minister for Foreign Affairs, held "
     "talks with Professor Ibrahim Gambari.", "meeting"),
])
def test_a_courtesy_call_is_paid_in_person_and_a_headline_s_meeting_or_talks_is_the_kind(title: str, text: str,
                                                                                          kind: str) -> None:
    assert _extract(text, title=title).event.kind == kind


@pytest.mark.parametrize(("text", "location"), [
    ("Secretary of State Antony J. Blinken met today with Panamanian President Laurentino Cortizo Cohen in Panama "
     "City.", "Panama City"),
    ("President Dalia Grybauskaite met with President Lech Kaczynski of Poland. In Warsaw, the Lithuanian and Polish "
     "Presidents discussed energy security.", "Warsaw"),
    ("Foreign Minister Fumio Kishida discussed Japan's policy in a meeting with Secretary of State John Kerry. "
     "Kishida's remarks during the bilateral talks Thursday in Tokyo were welcomed.", "Tokyo"),
    ("In Beijing, Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov.", "Beijing"),
])
def test_a_city_named_with_the_state_or_in_a_sentence_telling_the_talks_again_is_the_place(
        text: str, location: str) -> None:
    assert _extract(text).event.location == location


@pytest.mark.parametrize(("text", "date"), [
    # the sentence after the main one tells the call again, with its day
    ("By: PTI | New Delhi |\nJanuary 4, 2022 5:50:06 pm\n\nExternal Affairs Minister S Jaishankar has spoken to US "
     "Secretary of State Antony Blinken, covering a range of issues.\n\nThe telephonic conversation took place on "
     "Monday night, Jaishankar said.", "2022-01-03"),
    # the sentence before it tells the meeting before naming who met
    ("Posted March 17, 2022 9:51 pm\n\nA Chinese foreign ministry official met with Russia's ambassador to China on "
     "March 14 to exchange views, the ministry said on Friday.\n\nCheng Guoping, Commissioner for Foreign Affairs at "
     "China's foreign ministry, met with Andrey Denisov of Russia.", "2022-03-14"),
    # a wire story's dateline, when no sentence about the talks gives a day
    ("(Xinhua) 15:35, September 28, 2019\n\nUNITED NATIONS, Sept. 27 (Xinhua) -- Chinese State Councilor Wang Yi "
     "said here Friday that China supports Venezuela.\n\nChina will develop the partnership, said Wang during his "
     "talks with Venezuelan Vice President Delcy Rodriguez.", "2019-09-27"),
    # the Kremlin's line of the date and the place where the President was
    ("Meeting with Prime Minister of India Manmohan Singh\n\nMarch 26, 2013, Durban\n\nVladimir Putin met with "
     "Prime Minister of India Manmohan Singh on the sidelines of the BRICS summit.", "2013-03-26"),
])
def test_a_sentence_around_the_main_one_or_the_dateline_can_date_the_meeting(text: str, date: str) -> None:
    assert _extract(text).event.date == date


def test_talks_held_for_the_first_time_are_talks() -> None:
    text = ("U.S. Secretary of State Rex Tillerson and Chinese Foreign Minister Wang Yi on Friday held their first "
            "direct talks.")
    assert _extract(text).event.kind == "talks"


@pytest.mark.parametrize(("title", "text", "location"), [
    ("U.S., China foreign ministers meet 1st time in Trump era", "Secretary of State Rex Tillerson and Foreign "
     "Minister Wang Yi held talks. The meeting took place in the German city of Bonn.", "Bonn"),
    ("Foreign ministers meet for the first time in Obama administration", "Secretary of State Hillary Clinton met "
     "Foreign Minister Yang Jiechi.", None),
])
def test_an_era_is_no_place_and_a_city_may_follow_its_state_s_adjective(title: str, text: str,
                                                                       location: str | None) -> None:
    assert _extract(text, title=title).event.location == location


def test_an_informal_meeting_of_a_forum_is_the_larger_event() -> None:
    text = ("ANTALYA (AA) - Turkish Foreign Minister Hakan Fidan on Thursday met with US Secretary of State Marco Rubio "
            "on the sidelines of the informal NATO foreign ministers meeting in the Turkish resort city of Antalya.")
    event = _extract(text).event
    assert (event.sidelines_of, event.location) == ("informal NATO foreign ministers meeting", "Antalya")


@pytest.mark.parametrize("text", [
    "Russian Foreign Minister Sergey Lavrov met with UN Secretary-General Antonio Guterres at the UNGA sidelines.",
    "Russian Foreign Minister Sergey Lavrov discussed Ukraine at a meeting with UN Secretary-General Antonio Guterres. "
    "A correspondent previously reported Lavrov meeting with Guterres at the UNGA sidelines.",
])
def test_a_gathering_named_before_its_sidelines_is_the_larger_event(text: str) -> None:
    assert _extract(text).event.sidelines_of == "UNGA"


@pytest.mark.parametrize(("title", "text", "location"), [
    (None, "NATO Secretary General Jaap de Hoop Scheffer went to Paris, France, on 12 February to meet with President "
     "Nicolas Sarkozy.", "Paris"),
    # a headline's place when it also names the sidelines
    ("Xi, Trump meet on G20 sidelines in Hamburg", "Chinese President Xi Jinping met with his US counterpart Donald "
     "Trump on the sidelines of the G20 summit on Saturday.", "Hamburg"),
    # no city: a disease, a resort, a phrase of the headline
    (None, "Vice Minister of Foreign Affairs Choi Jong Kun met with Ambassador Juan Carlos Caiza Rosero and had an "
     "exchange of views on cooperation in COVID-19 response.", None),
    ("Your Visit is a Milestone in Our Relations, Maldivian Foreign Minister Tells President Rajapaksa",
     "Maldivian Minister of Foreign Affairs Ms. Dunya Maumoon called on President Mahinda Rajapaksa at Kurumba Island "
     "Resort yesterday.", None),
])
def test_where_a_visitor_went_is_the_place_and_a_disease_or_a_resort_is_none(title: str | None, text: str,
                                                                             location: str | None) -> None:
    assert _extract(text, title=title).event.location == location


def test_an_arabic_article_joined_to_a_place_s_name_is_part_of_it() -> None:
    text = ("Foreign Minister Prince Saud Al Faisal, who is heading the Saudi delegation to the conference in Sharm "
            "el-Sheik, Egypt, met today with U.S. Secretary of State Hillary Clinton.")
    assert _extract(text).event.location == "Sharm el-Sheik"


def test_leaders_who_are_in_a_city_and_its_state_for_a_summit_meet_beside_it() -> None:
    text = ("India and Indonesia on Saturday set a trade target as Prime Minister Narendra Modi and President Joko "
            "Widodo discussed ways to deepen cooperation. The two leaders, who are in Osaka, Japan for the G20 Summit, "
            "met in the morning and discussed ways to boost bilateral ties.")
    event = _extract(text).event
    assert (event.location, event.sidelines_of) == ("Osaka", "G20 Summit")


def test_a_paper_s_capitalised_dateline_with_the_day_first_places_and_dates_the_story() -> None:
    text = ("Palestinian issue continues to be a priority: Sisi\n\nCAIRO – 5 January 2019: Egyptian President Abdel "
            "Fatah al-Sisi received Saturday Palestinian President Mahmoud Abbas.")
    event = _extract(text).event
    assert (event.location, event.date) == ("Cairo", "2019-01-05")


def test_discussing_with_a_visiting_envoy_is_a_meeting_that_a_later_sentence_dates_and_places() -> None:
    text = ("FM Chung Discusses N. Korea with Visiting US Nuclear Envoy\n\nWritten: 2022-04-19 19:13:41\n\nForeign "
            "Minister Chung Eui-yong has discussed cooperation on North Korea issues with visiting U.S. Special "
            "Representative for North Korea Sung Kim.\n\nAccording to the foreign ministry on Tuesday, Chung sat down "
            "with Kim in Seoul earlier in the day.\n\nKim reaffirmed that the door to unconditional talks with "
            "Pyongyang remains open.")
    event = extract(readout_from_text(text, id="t", source="t")).event
    assert (event.kind, event.date, event.location) == ("meeting", "2022-04-19", "Seoul")
