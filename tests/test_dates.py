"""The date grammar of kg.dates: one behaviour per case."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from kg.dates import DateMention, day_in_year, find_dateline, find_dates, parse_iso


def only(text: str, anchor: str | None) -> DateMention:
    """The single date phrase of ``text``; fails when there are none or several."""
    mentions = find_dates(text, anchor)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert mention.text == text[mention.start:mention.end]
    return mention


def check(text: str, anchor: str | None, expected: tuple[str, str | None, str | None]) -> DateMention:
    phrase, first, last = expected
    mention = only(text, anchor)
    assert (mention.text, mention.first, mention.last) == (phrase, first, last)
    return mention


# ----------------------------------------------------------------------------------- absolute dates

ABSOLUTE = [
    ("On June 3, 2018 local time", None, ("On June 3, 2018", "2018-06-03", None)),
    ("They met June 3, 2018.", None, ("June 3, 2018", "2018-06-03", None)),
    ("They met 3 June 2018.", None, ("3 June 2018", "2018-06-03", None)),
    ("They met on June 3rd, 2018.", None, ("on June 3rd, 2018", "2018-06-03", None)),
    ("They met on 03 June 2018.", None, ("on 03 June 2018", "2018-06-03", None)),
    ("They met on 3 June, 2018.", None, ("on 3 June, 2018", "2018-06-03", None)),
    ("They met on 2018-06-03.", None, ("on 2018-06-03", "2018-06-03", None)),
    ("They met on 2018/06/03.", None, ("on 2018/06/03", "2018-06-03", None)),
    # as Chinese, Japanese and Korean pages write a day, words run into it
    ("发布时间:2018年05月08日  来源:WhiteHouse", None, ("2018年05月08日", "2018-05-08", None)),
    ("王毅于2018年6月3日会见拉夫罗夫", None, ("2018年6月3日", "2018-06-03", None)),
    ("2024년 10월 7일 외교부", None, ("2024년 10월 7일", "2024-10-07", None)),
    ("They met on 2018.06.03.", None, ("on 2018.06.03", "2018-06-03", None)),
    ("They met on 3.6.2018.", None, ("on 3.6.2018", "2018-06-03", None)),  # dotted numeric: day first
    ("Posted 2023-02-04T11:14:00Z", None, ("2023-02-04", "2023-02-04", None)),
    ("They met on 4 September 2018.", None, ("on 4 September 2018", "2018-09-04", None)),
    ("They met on Sept. 4, 2018.", None, ("on Sept. 4, 2018", "2018-09-04", None)),
    ("They met on Sept 4, 2018.", None, ("on Sept 4, 2018", "2018-09-04", None)),
    # a page that glues month and day: "On September17, 2020, State Councilor and Foreign Minister Wang Yi spoke ..."
    ("On September17, 2020, Wang Yi spoke on the phone.", None, ("On September17, 2020", "2020-09-17", None)),
    ("Updated 14:58, 29-Oct-2022", None, ("29-Oct-2022", "2022-10-29", None)),  # CGTN's pages
    # slashes, day first, only where the day cannot be a month
    ("Foreign Minister Sameh Shoukry on Sunday 14/4/2024 made a phone contact.", None,
     ("on Sunday 14/4/2024", "2024-04-14", None)),
    ("They met on Sep 4 2018.", None, ("on Sep 4 2018", "2018-09-04", None)),
    ("They met on Jun. 3, 2018.", None, ("on Jun. 3, 2018", "2018-06-03", None)),
    ("JUNE 3, 2018", None, ("JUNE 3, 2018", "2018-06-03", None)),
    ("They met on June\xa03,\xa02018.", None, ("on June\xa03,\xa02018", "2018-06-03", None)),
    ("They met on the 4th of September 2018.", None, ("on the 4th of September 2018", "2018-09-04", None)),
    ("Monday, June 3, 2018", None, ("Monday, June 3, 2018", "2018-06-03", None)),
    ("They met on Tuesday 4 September 2018.", None, ("on Tuesday 4 September 2018", "2018-09-04", None)),
    ("They spoke on the evening of February 3, 2023.", None,
     ("on the evening of February 3, 2023", "2023-02-03", None)),
    ("They spoke on the morning of 3 February 2023.", None,
     ("on the morning of 3 February 2023", "2023-02-03", None)),
    ("It opened in June 2018.", None, ("in June 2018", "2018-06", None)),
    ("It opened in June of 2018.", None, ("in June of 2018", "2018-06", None)),
    ("It opened in early June 2018.", None, ("in early June 2018", "2018-06", None)),
    ("It opened in 2019.", None, ("in 2019", "2019", None)),
    ("Relations have grown since 1992.", None, ("since 1992", "1992", None)),
    ("Emissions will peak by 2030.", None, ("by 2030", "2030", None)),
    ("The treaty runs until 2025.", None, ("until 2025", "2025", None)),
    ("It will be ready by the end of 2019.", None, ("by the end of 2019", "2019", None)),
    ("The plan for the year 2019 was adopted.", None, ("for the year 2019", "2019", None)),
    ("It started in early 2019.", None, ("in early 2019", "2019", None)),
    ("It started late 2019.", None, ("late 2019", "2019", None)),
    ("It started mid-2019.", None, ("mid-2019", "2019", None)),
    ("It opens in spring 2019.", None, ("in spring 2019", "2019-03", "2019-05")),
    ("It opens in the autumn of 2019.", None, ("in the autumn of 2019", "2019-09", "2019-11")),
    ("It opens in winter 2018.", None, ("in winter 2018", "2018-12", "2019-02")),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), ABSOLUTE)
def test_absolute_dates(text, anchor, expected):
    assert check(text, anchor, expected).relative is False


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("They met on June 3, 2018.", "2023-02-03", ("on June 3, 2018", "2018-06-03", None)),
    ("It opened in 2019.", "2023-02-03", ("in 2019", "2019", None)),
])
def test_an_absolute_date_ignores_the_anchor(text, anchor, expected):
    check(text, anchor, expected)


# ------------------------------------------------------------------------------------- not dates

NOT_DATES = [
    ("Theresa May said the talks were useful.", "2018-06-03"),
    ("The two sides may sign the agreement.", "2018-06-03"),
    ("May the friendship last.", "2018-06-03"),
    ("Prime Minister May met President Trump.", "2018-06-03"),
    ("Some 2000 students took part.", "2018-06-03"),
    ("A total of 2000 troops were deployed.", "2018-06-03"),
    ("The motion passed by 1950 votes.", "2018-06-03"),
    ("The 2018 summit was a success.", "2018-06-03"),
    ("The 2018–2020 action plan was adopted.", "2018-06-03"),
    ("They met on 06/03/2018.", "2018-06-03"),  # slashed, year last: ambiguous, never matched
    ("They met on June 31, 2018.", "2018-06-03"),
    ("They met on Feb. 29, 2019.", "2018-06-03"),
    ("Talks were held in Mar-a-Lago.", "2018-06-03"),
    ("The meeting was hosted by Jan Lipavsky.", "2018-06-03"),
    ("They discussed the Long March 5 rocket.", "2018-06-03"),
    ("Both sides support the Good Friday Agreement.", "2018-06-03"),
    ("Greetings were sent during the Spring Festival.", "2018-06-03"),
    ("It must be done as soon as possible.", "2018-06-03"),
    ("Trade grew over the last year.", "2018-06-03"),
    ("It resulted in the fall of the regime.", "2018-06-03"),
    ("They meet on friday.", "2018-06-03"),  # weekdays are capitalised
    ("They meet on Fridays.", "2018-06-03"),
    ("Growth since the 1990s has been strong.", "2018-06-03"),
]


@pytest.mark.parametrize(("text", "anchor"), NOT_DATES)
def test_not_dates(text, anchor):
    assert find_dates(text, anchor) == []


# -------------------------------------------------------------------------- day and month, no year

DAY_MONTH = [
    ("They met June 3.", "2018-06-06", ("June 3", "2018-06-03", None)),
    ("They will meet on June 8.", "2018-06-03", ("on June 8", "2018-06-08", None)),
    ("They met on 3 June.", "2018-06-06", ("on 3 June", "2018-06-03", None)),
    ("They met on May 3.", "2018-06-06", ("on May 3", "2018-05-03", None)),
    ("They will meet January 5.", "2018-12-28", ("January 5", "2019-01-05", None)),
    ("They met December 28.", "2019-01-05", ("December 28", "2018-12-28", None)),
    ("Ties have grown since June 8.", "2018-06-06", ("since June 8", "2017-06-08", None)),
    ("He met Putin on the sidelines of the summit on 4 September.", "2018-09-05",
     ("on 4 September", "2018-09-04", None)),
    ("They met on Friday, February 3.", "2023-02-06", ("on Friday, February 3", "2023-02-03", None)),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), DAY_MONTH)
def test_day_and_month_take_the_nearest_year(text, anchor, expected):
    assert check(text, anchor, expected).relative is True


# ----------------------------------------------------------------------------------------- ranges

RANGES = [
    ("They will meet from June 8 to 10 in Paris.", "2018-06-03", ("from June 8 to 10", "2018-06-08", "2018-06-10")),
    ("The forum runs June 8-10, 2018.", None, ("June 8-10, 2018", "2018-06-08", "2018-06-10")),
    ("The forum runs June 8–10, 2018.", None, ("June 8–10, 2018", "2018-06-08", "2018-06-10")),
    ("The forum runs 8-10 June 2018.", None, ("8-10 June 2018", "2018-06-08", "2018-06-10")),
    ("The forum runs from 8 to 10 June 2018.", None, ("from 8 to 10 June 2018", "2018-06-08", "2018-06-10")),
    ("He visits from June 30 to July 2.", "2018-06-03", ("from June 30 to July 2", "2018-06-30", "2018-07-02")),
    ("He visits between 8 and 10 June.", "2018-06-03", ("between 8 and 10 June", "2018-06-08", "2018-06-10")),
    ("He visited on 4 and 5 September 2018.", None, ("on 4 and 5 September 2018", "2018-09-04", "2018-09-05")),
    ("He visits on June 8 and 9.", "2018-06-03", ("on June 8 and 9", "2018-06-08", "2018-06-09")),
    ("He visits between June 30 and July 2, 2018.", None,
     ("between June 30 and July 2, 2018", "2018-06-30", "2018-07-02")),
    ("He visits 30 June to 2 July 2018.", None, ("30 June to 2 July 2018", "2018-06-30", "2018-07-02")),
    ("He stays December 30 to January 2, 2019.", None,
     ("December 30 to January 2, 2019", "2018-12-30", "2019-01-02")),
    ("He stays from December 30, 2018 to January 2, 2019.", None,
     ("from December 30, 2018 to January 2, 2019", "2018-12-30", "2019-01-02")),
    ("He stays from December 30 to January 2.", "2018-12-20",
     ("from December 30 to January 2", "2018-12-30", "2019-01-02")),
    ("The plan runs from 2018 to 2020.", None, ("from 2018 to 2020", "2018", "2020")),
    ("The plan runs between 2018 and 2020.", None, ("between 2018 and 2020", "2018", "2020")),
    ("The plan was carried out in 2018–2020.", None, ("in 2018–2020", "2018", "2020")),
    ("The talks run from June to August 2018.", None, ("from June to August 2018", "2018-06", "2018-08")),
    ("The talks run June-July 2018.", None, ("June-July 2018", "2018-06", "2018-07")),
    ("The talks run from June to August.", "2018-05-20", ("from June to August", "2018-06", "2018-08")),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), RANGES)
def test_ranges(text, anchor, expected):
    check(text, anchor, expected)


@pytest.mark.parametrize(("text", "anchor", "relative"), [
    ("from June 8 to 10", "2018-06-03", True),
    ("June 8-10, 2018", "2018-06-03", False),
    ("December 30 to January 2, 2019", None, False),
])
def test_a_range_is_relative_when_no_year_is_written(text, anchor, relative):
    assert only(text, anchor).relative is relative


# ------------------------------------------------------------------------ months, seasons, years

MONTHS_SEASONS = [
    ("He will visit in July.", "2018-06-03", ("in July", "2018-07", None)),
    ("He will visit in early July.", "2018-06-03", ("in early July", "2018-07", None)),
    ("He will visit late July.", "2018-06-03", ("late July", "2018-07", None)),
    ("He will visit mid-July.", "2018-06-03", ("mid-July", "2018-07", None)),
    ("He visited in May.", "2018-06-03", ("in May", "2018-05", None)),
    ("He will visit in December.", "2018-06-03", ("in December", "2018-12", None)),  # a tie goes to the future
    ("He will visit in January.", "2018-12-28", ("in January", "2019-01", None)),
    ("He will visit next July.", "2018-07-20", ("next July", "2019-07", None)),
    ("He visited last June.", "2018-06-03", ("last June", "2017-06", None)),
    ("Talks have continued since July.", "2018-06-03", ("since July", "2017-07", None)),
    ("They will meet next month.", "2018-06-03", ("next month", "2018-07", None)),
    ("They will meet next month.", "2018-12-03", ("next month", "2019-01", None)),
    ("They met last month.", "2018-06-03", ("last month", "2018-05", None)),
    ("They meet this month.", "2018-06-03", ("this month", "2018-06", None)),
    ("They will meet next year.", "2018-06-03", ("next year", "2019", None)),
    ("They met last year.", "2018-06-03", ("last year", "2017", None)),
    ("They meet this year.", "2018-06-03", ("this year", "2018", None)),
    ("They will meet later this year.", "2018-06-03", ("later this year", "2018", None)),
    ("They met earlier this year.", "2018-06-03", ("earlier this year", "2018", None)),
    ("They met this spring.", "2018-06-03", ("this spring", "2018-03", "2018-05")),
    ("They will meet next spring.", "2018-06-03", ("next spring", "2019-03", "2019-05")),
    ("They will meet in the autumn.", "2018-06-03", ("in the autumn", "2018-09", "2018-11")),
    ("They will meet in the fall.", "2018-06-03", ("in the fall", "2018-09", "2018-11")),
    ("They will meet over the summer.", "2018-06-03", ("over the summer", "2018-06", "2018-08")),
    ("They meet this winter.", "2019-01-15", ("this winter", "2018-12", "2019-02")),
    ("They met last winter.", "2018-06-03", ("last winter", "2017-12", "2018-02")),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), MONTHS_SEASONS)
def test_months_seasons_and_years_relative_to_the_anchor(text, anchor, expected):
    assert check(text, anchor, expected).relative is True


# --------------------------------------------------------------------------------- relative days

RELATIVE_DAYS = [
    ("They spoke today.", "2023-02-03", ("today", "2023-02-03", None)),
    ("Today the two leaders spoke.", "2023-02-03", ("Today", "2023-02-03", None)),
    ("They spoke earlier today.", "2023-02-03", ("earlier today", "2023-02-03", None)),
    ("They spoke this morning.", "2023-02-03", ("this morning", "2023-02-03", None)),
    ("They spoke this afternoon.", "2023-02-03", ("this afternoon", "2023-02-03", None)),
    ("They speak this evening.", "2023-02-03", ("this evening", "2023-02-03", None)),
    ("They speak tonight.", "2023-02-03", ("tonight", "2023-02-03", None)),
    ("They spoke yesterday.", "2023-02-03", ("yesterday", "2023-02-02", None)),
    ("They spoke yesterday afternoon.", "2023-02-03", ("yesterday afternoon", "2023-02-02", None)),
    ("They spoke last night.", "2023-02-03", ("last night", "2023-02-02", None)),
    ("They spoke the day before yesterday.", "2023-02-03", ("the day before yesterday", "2023-02-01", None)),
    ("They speak tomorrow.", "2023-02-03", ("tomorrow", "2023-02-04", None)),
    ("President Joe Biden spoke on Friday with", "2023-02-03", ("on Friday", "2023-02-03", None)),
    ("Biden spoke Friday with", "2023-02-06", ("Friday", "2023-02-03", None)),
    ("They spoke on Monday.", "2023-02-03", ("on Monday", "2023-01-30", None)),
    ("They spoke on Friday morning.", "2023-02-04", ("on Friday morning", "2023-02-03", None)),
    ("They spoke last Friday.", "2023-02-06", ("last Friday", "2023-02-03", None)),
    ("They spoke last Friday.", "2023-02-03", ("last Friday", "2023-01-27", None)),  # strictly before
    ("They meet next Friday.", "2023-02-03", ("next Friday", "2023-02-10", None)),
    ("They meet next Monday.", "2023-02-03", ("next Monday", "2023-02-06", None)),
    ("They meet this Friday.", "2023-02-06", ("this Friday", "2023-02-10", None)),
    ("A reply is due by Friday.", "2023-02-06", ("by Friday", "2023-02-10", None)),
    ("On Friday 10 agreements were signed.", "2023-02-03", ("On Friday", "2023-02-03", None)),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), RELATIVE_DAYS)
def test_relative_days(text, anchor, expected):
    assert check(text, anchor, expected).relative is True


VAGUE = [
    ("They will meet next week.", "next week"),
    ("They meet this week.", "this week"),
    ("They met last week.", "last week"),
    ("They meet later this week.", "later this week"),
    ("They meet next weekend.", "next weekend"),
    ("They will talk in the coming days.", "in the coming days"),
    ("They will talk in the coming weeks.", "in the coming weeks"),
    ("They will talk in the near future.", "in the near future"),
    ("They will talk soon.", "soon"),
    ("They recently talked.", "recently"),
    ("Recently, they talked.", "Recently"),
    ("They will meet at an early date.", "at an early date"),
]


@pytest.mark.parametrize(("text", "phrase"), VAGUE)
def test_vague_phrases_are_kept_unresolved(text, phrase):
    mention = only(text, "2018-06-03")
    assert (mention.text, mention.first, mention.last, mention.relative) == (phrase, None, None, True)


# ----------------------------------------------------------------------------------------- anchor

@pytest.mark.parametrize(("text", "phrase"), [
    ("on Friday", "on Friday"),
    ("in July", "in July"),
    ("June 3", "June 3"),
    ("from June 8 to 10", "from June 8 to 10"),
    ("next month", "next month"),
    ("next year", "next year"),
    ("yesterday", "yesterday"),
    ("next spring", "next spring"),
])
def test_without_an_anchor_relative_phrases_resolve_to_none(text, phrase):
    mention = only(text, None)
    assert (mention.text, mention.first, mention.last, mention.relative) == (phrase, None, None, True)


@pytest.mark.parametrize(("text", "anchor", "first"), [
    ("in July", "2018-06", "2018-07"),
    ("next month", "2018-06", "2018-07"),
    ("next year", "2018", "2019"),
    ("in July", "2018", None),
    ("yesterday", "2018-06", None),
    ("June 3", "2018-06", None),
])
def test_a_partial_anchor_resolves_what_it_can(text, anchor, first):
    assert only(text, anchor).first == first


@pytest.mark.parametrize("anchor", ["June 3, 2018", "2018-02-30", "2018-13", "18-06-03", ""])
def test_a_malformed_anchor_is_an_error(anchor):
    with pytest.raises(ValueError):
        find_dates("in July", anchor)


# ------------------------------------------------------------------------------ text and overlaps

def test_mentions_come_in_text_order_with_offsets():
    text = "The leaders met on June 3, 2018 in Paris, will meet again next week and plan a summit in July."
    mentions = find_dates(text, "2018-06-03")
    assert [(m.text, m.first) for m in mentions] == [
        ("on June 3, 2018", "2018-06-03"), ("next week", None), ("in July", "2018-07"),
    ]
    for m in mentions:
        assert text[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("They met Friday, June 1.", "2018-06-03", ("Friday, June 1", "2018-06-01", None)),
    ("They met last July 4.", "2018-06-03", ("July 4", "2018-07-04", None)),
    ("They met last Friday, June 1.", "2018-06-03", ("Friday, June 1", "2018-06-01", None)),
    ("They met on 2018-06-03.", None, ("on 2018-06-03", "2018-06-03", None)),
    ("They met in 2018-2020.", None, ("in 2018-2020", "2018", "2020")),
])
def test_the_longest_phrase_wins(text, anchor, expected):
    check(text, anchor, expected)


def test_a_mention_is_frozen():
    mention = only("in July", "2018-06-03")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.first = "2019-07"  # type: ignore[misc]


# --------------------------------------------------------------------------------------- dateline

DATELINES = [
    ("2023-02-04 11:14\nPresident Biden spoke with ...", "2023-02-04"),
    ("Readout of the meeting\n04 September 2018\nThe two leaders met.", "2018-09-04"),
    ("Readout\nJune 3, 2018\nThe two leaders met.", "2018-06-03"),
    ("Readout\n2018/06/03\nThe two leaders met.", "2018-06-03"),
    # a clock time before the date is no day of it
    ("Unification minister meets with new U.S. ambassador\n\nAll News 14:03 August 05, 2022\n\nSEOUL, Aug. 5 "
     "(Yonhap) -- Unification Minister Kwon Young-se met the ambassador on Friday.", "2022-08-05"),
    ("Readout of President Donald J. Trump's Call with President Xi Jinping of China\n\n"
     "发布时间:2018年05月08日  来源:WhiteHouse\n\nPresident Donald J. Trump spoke today with President Xi Jinping.",
     "2018-05-08"),
    ("Readout\nMonday, June 3, 2018, 15:30 (Moscow time)\nThe two leaders met.", "2018-06-03"),
    ("Readout\nJune 3, 2018 11:14 AM EDT\nThe two leaders met.", "2018-06-03"),
    ("Xi met Macron in Beijing on April 6, 2023.\n2023-04-07", "2023-04-07"),  # a date-only line wins
    ("The president met his counterpart on June 3, 2018 in Paris.", "2018-06-03"),
    ("The president met his counterpart on June 3 in Paris.", None),
    ("The president met his counterpart in June 2018.", None),
    ("No date here at all.", None),
    ("x" * 650 + " on June 3, 2018.", None),
    # a numeric date line whose order only one reading allows: there is no 14th or 26th month
    ("Readout\n06/14/2021 | Press release | Distributed by Public on 06/14/2021 08:26\nPresident Biden spoke today.",
     "2021-06-14"),
    ("Secretary Blinken's Meeting\n10/26/2023 11:52 PM EDT\nOffice of the Spokesperson", "2023-10-26"),
    ("Readout\n26.10.2023\nThe two leaders met.", "2023-10-26"),
    ("Readout\n08/04/2017 | Press release\nThe two leaders met.", None),  # August 4 or 8 April
    # the Russian Foreign Ministry's document number, then day, month and year
    ("Press release on Foreign Minister Sergey Lavrov's telephone conversation with US Secretary of State Antony "
     "Blinken\n\n229-12-02-2022\n\nOn February 12, Foreign Minister Sergey Lavrov had a telephone conversation.",
     "2022-02-12"),
    # ... unless a US government page, which writes the month first
    ("03/05/2022\n03/05/2022 09:00 AM EST\nOffice of the Spokesperson\nSecretary Blinken spoke today.", "2022-03-05"),
    ("Readout\nU.S. Department of State\n11/08/2024 | Press release\nSecretary Blinken spoke today.", "2024-11-08"),
    # ... or the Public wire service's reprint of any government's release, stamped the American way
    ("01/10/2025 | Press release | Distributed by Public on 01/10/2025 18:24\nPresident Joseph R. Biden, Jr. spoke "
     "today with Prime Minister Giorgia Meloni of Italy.", "2025-01-10"),
    # a page's own "Published" line, but not a repost's "Posted on"
    ("Foreign Secretary in Ireland\nThe Foreign Secretary met his Irish counterpart today.\n" + "They talked. " * 60
     + "\nPublished 17 November 2017", "2017-11-17"),
    ("Telephone conversation\nPosted on: June 12, 2020\n13 April 2020\nThe Prime Minister spoke today.", "2020-04-13"),
    # a paper's closing line, which dates its "on Sunday (Nov 22)"
    ("PM Lee, US President Obama discuss wide range of issues\nPrime Minister Lee Hsien Loong met President Barack "
     "Obama on Sunday (Nov 22).\n" + "They talked. " * 60 + "\nThis article was first published on Nov 22, 2015.",
     "2015-11-22"),
    # a wire's closing source line, which dates its "Sunday morning"
    ("Li Zhaoxing exchanged views with Colin Powell over telephone Sunday morning.\n" + "They talked. " * 60
     + "\n(Xinhua News Agency October 12, 2003)", "2003-10-12"),
    ("Hu Jintao and George W. Bush met Wednesday.\n" + "They talked. " * 60 + "\n(Xinhua News Agency 9 July 2008)",
     "2008-07-09"),
    ("Readout\n(Reuters) - The two leaders met on Monday.", None),
    # a release number's digits are no day
    ("Readout\nRelease No: NR-024-17 Jan. 23, 2017\nSecretary Mattis spoke today.", "2017-01-23"),
    # the date of what is to come is not the page's
    ("Readout\n\nPresident Biden met today with Secretary General Stoltenberg to prepare for the July 11-12, 2023 NATO "
     "Summit in Vilnius.", None),
    # ... nor the day something was founded
    ("Xinhua\nChinese Premier Wen Jiabao met with Tajik Prime Minister Akil Akilov here on Monday. The SCO, founded in "
     "Shanghai on June 15, 2001, groups China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.", None),
    ("Harper and Obama: The Phone Call\n\nPrime Minister Harper talked today with President Obama about the upcoming "
     "G20 Summit which will take place in London on April 1-2, 2009.", None),
    # a news site's stamp inside a longer line, day first where its time zone says so or the day cannot be a month
    ("NZ and Chinese Foreign Ministers hold talks\nDevdiscourse News Desk | Wellington | Updated: 18-03-2024 16:38 IST "
     "| Created: 18-03-2024 16:38 IST\nMinister Peters met Minister Wang today.", "2024-03-18"),
    ("Talks\nPTI | New Delhi | Updated: 11-09-2021 11:29 IST | Created: 11-09-2021 11:26 IST\nThe ministers met.",
     "2021-09-11"),
    ("Talks\nSite | Created: 11-09-2021 11:26\nThe ministers met.", None),  # November 9 or 11 September
    # ... or, where the page shows no other, its stamp of the last update
    ("PM Modi, Lankan Prez discuss cooperation\nPTI | New Delhi | Updated: 13-03-2021 19:06 IST\nThe leaders spoke "
     "on Saturday.", "2021-03-13"),
    # Yonhap's and Kyodo's clock before the date
    ("Outgoing S. Korean FM holds phone call\n\n12:03 May 09, 2022\n\nSEOUL, May 9 (Yonhap) -- The ministers spoke.",
     "2022-05-09"),
    ("U.S., China foreign ministers meet\n\n20:09 17 February 2017\n\nBONN, Feb. 17, Kyodo", "2017-02-17"),
    # Ethiopia's news agency: "February 11/2020"
    ("ENA February 11/2020 Prime Minister Abiy Ahmed received Nigerian President Muhammadu Buhari.", "2020-02-11"),
    ("Addis Ababa December 25/ 2019 Prime Minister Abiy Ahmed held talks with President Isaias Afeworki.",
     "2019-12-25"),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_find_dateline(text, expected):
    assert find_dateline(text) == expected


# -------------------------------------------------------------------------------------- parse_iso

@pytest.mark.parametrize(("value", "expected"), [
    ("2018-06-03", date(2018, 6, 3)),
    ("2018-06", None),
    ("2018", None),
    ("2018-02-30", None),
    ("June 3, 2018", None),
])
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected


def test_a_year_alone_as_anchor_places_yearless_days_in_it() -> None:
    assert [(d.text, d.first) for d in find_dates("On August 4 and on Friday", "2017")] == [
        ("On August 4", "2017-08-04"), ("on Friday", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("a visit at the end of March", ("at the end of March", "2018-03")),
    ("in the middle of July", ("in the middle of July", "2018-07")),
    ("at the beginning of June 2019", ("at the beginning of June 2019", "2019-06")),
])
def test_the_end_or_middle_of_a_month_is_that_month(text: str, expected: tuple[str, str]) -> None:
    assert [(d.text, d.first) for d in find_dates(text, "2018-06-03")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [("On Friday, May 5", "2017-05-05"), ("On Monday, May 5", None)])
def test_a_day_placed_in_a_year_must_fall_on_its_written_weekday(text: str, expected: str | None) -> None:
    [mention] = find_dates(text, None)
    placed = day_in_year(mention, 2017)
    assert (placed.first if placed else None) == expected


@pytest.mark.parametrize(("text", "first"), [
    ("signed in May last year", "2007-05"),
    ("signed in May of last year", "2007-05"),
    ("in May this year", "2008-05"),
    ("in May of next year", "2009-05"),
])
def test_a_month_with_this_last_or_next_year_is_that_year_s_month(text: str, first: str) -> None:
    assert [d.first for d in find_dates(text, "2008-11-20")] == [first]
