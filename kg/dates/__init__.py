"""Dates in English diplomatic readouts: find the phrases, resolve them against the readout's date.

:func:`find_dates` returns every date phrase of a text as a :class:`DateMention`: where it is, how
it is written, and what it means as ISO strings at their real granularity ("2018-06-03",
"2018-07", "2018"). Phrases without a year ("June 3", "in July", "on Friday", "next month") are
resolved against an *anchor*, the readout's own date, and never against today, so that a build is
reproducible; without an anchor they keep ``first=None``. :func:`find_dateline` finds that anchor
in the text itself.

The grammar, in brief (see the tests for one case per rule):

* Absolute days: "June 3, 2018", "Sept. 4 2018", "3 June 2018", "the 3rd of June, 2018",
  "Monday, June 3, 2018", "2018-06-03", "2018/06/03", "2018.06.03" and, with dots and a four-digit
  year only, day-first "3.6.2018"; as Chinese, Japanese and Korean pages write them, "2018年5月8日" and
  "2018년 5월 8일". Slashed numeric dates with the year last ("06/03/2018") are
  ambiguous between American and European order and are never matched.
* Ranges: "June 8-10, 2018", "from June 8 to 10", "8-10 June 2018", "between 8 and 10 June",
  "on 4 and 5 September 2018", "from June 30 to July 2", "30 June to 2 July 2018",
  "from June to August 2018", "from 2018 to 2020"; ``last`` holds the end.
* Months, seasons and years: "June 2018", "in July", "in early July", "mid-July", "next July",
  "spring 2019", "next spring", "in the autumn", "in 2019", "mid-2019", "next month", "last year".
  A year standing alone needs a word that makes it one ("in", "since", "by", "of", "until",
  "for the year", "early", "late", "mid-"), so that counts are not taken for years. A season is
  its first and last month (northern hemisphere; winter is December to February, and "winter
  2018" starts in December 2018).
* Relative days: "today", "this morning", "tonight", "yesterday", "last night", "tomorrow", and
  weekdays (capitalised only): "on Friday"/"Friday" is the latest such day on or before the
  anchor (the anchor itself when it is a Friday), "last Friday" the latest one strictly before,
  "next Friday" the first one strictly after, "this Friday" and "by/until Friday" the first one on
  or after.
* Vague phrases that are kept with ``first=None`` so callers can record the wording: "next week",
  "this week", "last week", "soon", "recently", "at an early date", "in the coming days".

Month names are capitalised ("June", also "JUNE"; abbreviations "Jun", "Jun.", "Sept."), so the
modal verb "may" is never a month, and "May" needs a day, a year or a preceding "in", "early",
"late", "mid-", "since", "by", "until", "next", "last" or "this" ("Theresa May" is no date).

A day or month without a year takes the year that puts it nearest the anchor (ties go to the
future), so "January 5" in a readout of December 28, 2018 is 2019-01-05; after "since" it takes
the latest one on or before the anchor. The anchor may itself be partial ("2018-06" or "2018"):
phrases that need more than it gives resolve to None.

All patterns are compiled once, into one regular expression with a named group per form
(:mod:`kg.dates.grammar`); :mod:`kg.dates.resolve` turns a match into ISO strings against the
anchor. The package uses the standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kg.dates.grammar import (
    _DATELINE_MAX, _DATELINE_WINDOW, _DATES, _ISO_DAY, _MONTH_ABBREVIATIONS, _MONTH_NAMES, _TIME_TAIL, _WEEKDAY_NAMES,
    _WEEKDAYS,
)
from kg.dates.resolve import _DECODERS, _Anchor

__all__ = ["MONTH_NAMES", "PREPARING", "WEEKDAY_NAMES", "DateMention", "date_of_line", "day_in_year", "find_dateline",
           "find_dates", "parse_iso", "year_of_numeric_dateline"]

MONTH_NAMES: tuple[str, ...] = _MONTH_NAMES  # "January" ... "December"
# What a meeting prepares comes later, and so does its date: "met today ... to prepare for the July 11-12 NATO Summit".
PREPARING = r"ahead\s+of|prepar(?:e|es|ed|ing|ations?)\s+for"
WEEKDAY_NAMES: tuple[str, ...] = _WEEKDAY_NAMES  # "Monday" ... "Sunday"
_WEEKDAY_WORD = re.compile(r"\b(?:%s)\b" % "|".join(_WEEKDAY_NAMES), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase of a text, as written, with what it resolves to.

    ``start``/``end`` are character offsets [start, end) of the whole phrase, including a leading
    "on", "in", "from", "between", "since", "by", "until", "early", "late", "mid-", "next",
    "last", "this" or "on the evening of". ``first`` is the resolved date ("YYYY-MM-DD",
    "YYYY-MM" or "YYYY", at the granularity written) or None when it cannot be resolved;
    ``last`` is the end of a range, else None. ``relative`` is True when the phrase needed the
    anchor (no year written, or words like "yesterday", "next week", "on Friday").
    """

    start: int
    end: int
    text: str
    first: str | None
    last: str | None
    relative: bool


# --------------------------------------------------------------------------------------------- API

def parse_iso(value: str) -> date | None:
    """The date of a "YYYY-MM-DD" string, or None when it is not one (or not a real day)."""
    m = _ISO_DAY.fullmatch(value.strip()) if isinstance(value, str) else None
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def find_dates(text: str, anchor: str | None) -> list[DateMention]:
    """Every date phrase of ``text``, in order and non-overlapping, resolved against ``anchor``.

    ``anchor`` is the readout's date, "YYYY-MM-DD" (or a partial "YYYY-MM"/"YYYY"), or None; a
    malformed anchor raises ValueError.
    """
    ctx = _Anchor.of(anchor)
    found: list[DateMention] = []
    search = _DATES.search
    pos = 0
    while (m := search(text, pos)) is not None:
        resolved = _DECODERS[m.lastgroup](m, ctx)
        if resolved is None:      # not a date after all (June 31, "of 2000 troops"): look further on
            pos = m.start() + 1
            continue
        first, last, relative = resolved
        found.append(DateMention(m.start(), m.end(), m.group(), first, last, relative))
        pos = m.end()
    return found


def day_in_year(mention: DateMention, year: int) -> DateMention | None:
    """A yearless day or day range ("On May 5", "from June 8 to 10") placed in ``year``, when
    something other than the text fixes the year; None for any other kind of phrase, or when a
    weekday written with it does not fall on it in that year."""
    m = _DATES.fullmatch(mention.text)
    days = ("day_g", "day_h", "day_i", "day_j", "day_u", "day_v", "range_")
    if m is None or m.lastgroup is None or not m.lastgroup.startswith(days):
        return None
    resolved = _DECODERS[m.lastgroup](m, _Anchor(year, None, None, year_known=True))
    if resolved is None or resolved[0] is None:
        return None
    weekday = _WEEKDAY_WORD.search(mention.text)
    if weekday and _WEEKDAYS[weekday[0][:3].lower()] != date.fromisoformat(resolved[0]).weekday():
        return None  # "Monday, May 5" is no May 5 of a year in which that day was a Friday
    return DateMention(mention.start, mention.end, mention.text, resolved[0], resolved[1], True)


# gov.uk's "Published 17 November 2017"; a paper's closing "This article was first published on Nov 22, 2015."
# (not a repost's "Posted on", "Updated")
_PUBLISHED = re.compile(r"^(?:This\s+(?:article|story)\s+was\s+first\s+published|Published|Released|Issued)(?:\s+on)?:?\s+")
_CLOCK_FIRST = re.compile(r"^\d{1,2}:\d{2}\s+(?=[A-Z0-9])")
# A source line in brackets: the agency's name, then the date of its story.
_SOURCE_LINE = re.compile(r"\((?:[A-Z][\w'’.-]*\s+){1,4}?(?P<date>(?:(?:%s)\.?\s+)?\d[\w\s,.]*)\)"
                          % "|".join((*_MONTH_NAMES, *_MONTH_ABBREVIATIONS)))


def date_of_line(line: str) -> str | None:
    """The day, "YYYY-MM-DD", of a line that is only a complete date, maybe with a weekday before
    it and a time after it ("2023-02-04 11:14", "Monday, June 3, 2018, 15:30"); else None."""
    line = _PUBLISHED.sub("", line.strip())
    line = _CLOCK_FIRST.sub("", line)  # Yonhap's and Kyodo's "12:03 May 09, 2022", "20:09 17 February 2017"
    if source := _SOURCE_LINE.fullmatch(line):  # a wire's closing "(Xinhua News Agency October 12, 2003)"
        line = source["date"]
    if not line or len(line) > _DATELINE_MAX or not any(c.isdigit() for c in line):
        return None
    mentions = find_dates(line, None)
    if mentions and mentions[0].start == 0 and _is_day(mentions[0]) and mentions[0].last is None \
            and _TIME_TAIL.fullmatch(line, mentions[0].end):
        return mentions[0].first
    return None


# "08/04/2017 | Press release", "Submitted on Wed, 02/21/2018 - 07:41", "18-06-2020 05:54 PM"
_NUMERIC_DATE_LINE = re.compile(
    # a weekday or a place before it: "Wed, 02/21/2018", "Uzbekistan 06/10/2022"
    r"\s*(?:(?:Submitted|Published|Posted|Updated|Released)(?:\s+on)?:?\s+)?(?:[A-Z][a-z]{2,12}\.?,?\s+)?"
    r"(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b[^\n]{0,60}")


# A page whose numeric dates put the month first: a US government's ("03/05/2022 09:00 AM EST"), or any
# government's release as the Public wire service (publicnow.com) reprints it, stamped the American way:
# "05/25/2023 | Press release | Distributed by Public on 05/26/2023".
_MONTH_FIRST_PAGE = re.compile(r"\b(?:[AP]M\s+E[SD]T|U\.S\.\s+Department\s+of\s+(?:State|Defense)|Office\s+of\s+the\s+"
                               r"Spokesperson|attributable\s+to\s+(?:the\s+)?Spokesperson|"
                               r"Distributed\s+by\s+Public\s+on)\b")


# The Russian Foreign Ministry's document number, then its day, month and year: "229-12-02-2022".
_NUMBERED_DATE_LINE = re.compile(r"\s*\d{1,4}-(?P<day>[0-3]\d)-(?P<month>[01]\d)-(?P<year>(?:19|20)\d\d)\s*")


def _day_of_numeric_dateline(text: str) -> str | None:
    """The day of a page's numeric date line when only one order reads it: "06/14/2021" is June 14
    (there is no 14th month), "26.10.2023" October 26; "08/04/2017" could be either, and gives none,
    unless the page is a US government's, which puts the month first."""
    for line in text.splitlines()[:8]:
        if (m := _NUMBERED_DATE_LINE.fullmatch(line)) is not None and 1 <= int(m["month"]) <= 12:
            return f"{m['year']}-{m['month']}-{m['day']}"
        if (m := _NUMERIC_DATE_LINE.fullmatch(line)) is not None:
            first, second = int(m["first"]), int(m["second"])
            if first > 12 >= second >= 1 and first <= 31:
                return f"{m['year']}-{second:02d}-{first:02d}"
            if second > 12 >= first >= 1 and second <= 31:
                return f"{m['year']}-{first:02d}-{second:02d}"
            if 1 <= first <= 12 and 1 <= second <= 12 and _MONTH_FIRST_PAGE.search(text[:1500]):
                return f"{m['year']}-{first:02d}-{second:02d}"  # a US government page writes the month first
            return None
    return None


# A news site's stamp inside a longer line: "Devdiscourse News Desk | Wellington | Updated: 18-03-2024 16:38 IST |
# Created: 18-03-2024 16:38 IST" (day first, as the Indian time zone says).
_STAMP = (r"(?:\s+on)?:?\s+(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b"
          r"(?:\s+\d\d:\d\d)?(?P<zone>\s+(?:IST|GMT|BST|CET|CEST|EAT|WAT|PKT))?")
_STAMPED = re.compile(r"\b(?:Created|Published|Posted)" + _STAMP)
# ... or its stamp of the last update, when it shows no other: "PTI | New Delhi | Updated: 13-03-2021 19:06 IST".
_UPDATED = re.compile(r"\bUpdated" + _STAMP)


def _day_of_stamp(text: str) -> str | None:
    """The day a news site stamped its page with, when the order of day and month is sure."""
    m = _STAMPED.search(text, 0, 1000) or _UPDATED.search(text, 0, 1000)
    if m is None:
        return None
    first, second = int(m["first"]), int(m["second"])
    if second > 12 >= first >= 1 or not 1 <= second <= 12:
        return None  # the month first, or no date: not a stamp read day first
    if first > 12 or m["zone"]:
        return f"{m['year']}-{second:02d}-{first:02d}" if first <= 31 else None
    return None


def year_of_numeric_dateline(text: str) -> str | None:
    """The year of a page's numeric date line ("08/04/2017 | Press release"): its day and month are
    ambiguous (American or European order), its year is not."""
    for line in text.splitlines()[:8]:
        if (m := _NUMERIC_DATE_LINE.fullmatch(line)) is not None:
            return m["year"]
    return None


def find_dateline(text: str) -> str | None:
    """The readout's own date, "YYYY-MM-DD", read from its text; None if it gives none.

    A line that is only a complete date (maybe with a weekday before it and a time after it:
    "2023-02-04 11:14", "04 September 2018", "Monday, June 3, 2018, 15:30") wins; otherwise the
    first complete date (day, month and year written) that starts in the first 600 characters.
    """
    for line in text.splitlines():
        if (day := date_of_line(line)) is not None:
            return day
    if (day := _day_of_numeric_dateline(text) or _day_of_stamp(text)) is not None:
        return day
    for mention in find_dates(text[:_DATELINE_WINDOW + 100], None):
        if mention.start >= _DATELINE_WINDOW:
            break
        if _is_day(mention) and not _AHEAD.search(text, max(0, mention.start - 150), mention.start) \
                and not _PAST_FOUNDING.search(text, max(0, mention.start - 150), mention.start):
            return mention.first
    return None


# A date in a clause about what is to come is not the page's: "the G20 Summit which will take place in London on
# April 1-2, 2009".
_AHEAD = re.compile(rf"\b(?:will|would|shall|upcoming|forthcoming|{PREPARING})\b[^,.;:\n]*$")

# ... nor one that tells when something was founded: "The SCO, founded in Shanghai on June 15, 2001, groups ...".
_PAST_FOUNDING = re.compile(r"\b(?:founded|established|set\s+up|created|formed|born|since)\b[^,.;:\n]*$")


def _is_day(mention: DateMention) -> bool:
    return not mention.relative and mention.first is not None and len(mention.first) == 10
