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
  year only, day-first "3.6.2018". Slashed numeric dates with the year last ("06/03/2018") are
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

All patterns are compiled once, into one regular expression with a named group per form; this
module uses the standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMention", "date_of_line", "day_in_year", "find_dateline", "find_dates", "parse_iso",
           "year_of_numeric_dateline"]


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


# --------------------------------------------------------------------------------------- vocabulary

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_MONTHS = {name[:3].lower(): number for number, name in enumerate(_MONTH_NAMES, 1)}
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS = {name[:3].lower(): number for number, name in enumerate(_WEEKDAY_NAMES)}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month

# ----------------------------------------------------------------------------------------- patterns
# Every form below is one alternative of _DATES, wrapped in a named group whose name says which
# decoder reads it; inside, group names carry the form's tag ("g_m", "g_d", "g_y") because Python
# wants them unique. Alternatives are tried in order at each position, so longer forms (ranges,
# a weekday before a date) come before the shorter ones they start with.

# Months are capitalised (or all capitals), so "may" is never one; not "Mar-a-Lago", not a "Long March" rocket.
_MONTH_GUARD = r"(?![A-Za-z]|-[a-z])"
# With a day ("23 OCT 2023", as India's PIB dates its releases) the abbreviation may be in capitals too.
_MONTH = r"(?<!Long\s)(?:" + "|".join(
    [*_MONTH_NAMES, *(name.upper() for name in _MONTH_NAMES), *(abbr + r"\.?" for abbr in _MONTH_ABBREVIATIONS),
     *(abbr.upper() + r"\.?" for abbr in _MONTH_ABBREVIATIONS)]
) + ")" + _MONTH_GUARD
# A month with neither day nor year ("in July") is written in full or with a dot: "by Jan Lipavsky" is no date.
_MONTH_ALONE = r"(?<!Long\s)(?:" + "|".join(
    [*_MONTH_NAMES, *(name.upper() for name in _MONTH_NAMES), *(abbr + r"\." for abbr in _MONTH_ABBREVIATIONS)]
) + ")" + _MONTH_GUARD
_WEEKDAY = "(?:" + "|".join(_WEEKDAY_NAMES) + r")(?!\w)"
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?!\w)"
_YEAR = r"(?:19\d\d|20\d\d|2100)"
# A year ends at a non-word character, or runs into a clock time as scraped pages glue them ("5 May 201720:27").
_YEAR_END = r"(?:(?!\w)|(?=\d\d:\d\d(?!\d)))"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORDINAL = r"(?:st|nd|rd|th)?(?!\w)"
_PREPOSITION_WORDS = "on|in|from|since|by|until|till|through|during"
_PREPOSITION = f"(?i:{_PREPOSITION_WORDS})"
_TIME_OF_DAY = r"(?i:the)\s+(?i:morning|afternoon|evening|night)\s+of\s+"
_EARLY_LATE = (r"(?:(?i:early|late|mid)(?:\s+|-\s*)|"
               r"(?i:(?:at|by|towards?)\s+the\s+(?:end|beginning|start)|in\s+the\s+middle)\s+of\s+)")
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+)?"
_TO = r"(?:\s*[-–—]\s*|\s+(?i:to|until|till|through|thru)\s+)"  # range separators
_TO_OR_AND = rf"(?:{_TO}|\s+(?:and|&)\s+)"
_YEAR_LEAD = r"(?i:in|since|by|until|till|through|during|from|of|for\s+the\s+year)"
_MONTH_LEAD = r"(?i:in|since|by|until|till|through|during)"


def _lead(tag: str, *, between: bool = False, time_of_day: bool = True) -> str:
    """Optional leading preposition (captured as ``{tag}_pre``) and "the evening of"."""
    words = f"(?i:{_PREPOSITION_WORDS}|between)" if between else _PREPOSITION
    return rf"(?:(?P<{tag}_pre>{words})\s+)?" + (f"(?:{_TIME_OF_DAY})?" if time_of_day else "")


def _between_or_lead(tag: str) -> str:
    """Either "between" (then the range needs "and") or an ordinary lead (then "to" or a dash)."""
    return rf"(?:(?P<{tag}_btw>(?i:between))\s+|{_lead(tag)})"


def _sep(tag: str) -> str:
    return rf"(?({tag}_btw)\s+and\s+|{_TO})"


def _mdy(tag: str, n: str = "", year: bool = True) -> str:
    """ "June 3", "Sept. 4th, 2018", with an optional weekday before."""
    pattern = rf"{_WEEKDAY_PREFIX}(?P<{tag}_m{n}>{_MONTH})\s+(?P<{tag}_d{n}>{_DAY}){_ORDINAL}"
    return pattern + (rf"(?:,?\s*(?P<{tag}_y{n}>{_YEAR}){_YEAR_END})?" if year else "")


def _dmy(tag: str, n: str = "", year: bool = True) -> str:
    """ "3 June", "the 3rd of June 2018", with an optional weekday before."""
    pattern = rf"{_WEEKDAY_PREFIX}(?:(?i:the)\s+)?(?P<{tag}_d{n}>{_DAY}){_ORDINAL}(?:\s+of)?\s+(?P<{tag}_m{n}>{_MONTH})"
    return pattern + (rf"(?:,?\s*(?P<{tag}_y{n}>{_YEAR}){_YEAR_END})?" if year else "")


_FORMS: list[tuple[str, str]] = [
    # Day ranges across months: "from June 30 to July 2", "between 30 June and 2 July 2018".
    ("range_a", _between_or_lead("a") + _mdy("a", "1") + _sep("a") + _mdy("a", "2")),
    ("range_b", _between_or_lead("b") + _dmy("b", "1") + _sep("b") + _dmy("b", "2")),
    # Day ranges in one month: "June 8-10, 2018", "from June 8 to 10", "on 4 and 5 September 2018".
    ("range_c", _lead("c", between=True) + _mdy("c", "1", year=False) + _TO_OR_AND
     + rf"(?P<c_d2>{_DAY}){_ORDINAL}(?:,?\s*(?P<c_y2>{_YEAR})(?!\w))?"),
    ("range_d", _lead("d", between=True) + _WEEKDAY_PREFIX + rf"(?:(?i:the)\s+)?(?P<d_d1>{_DAY}){_ORDINAL}"
     + _TO_OR_AND + rf"(?:(?i:the)\s+)?(?P<d_d2>{_DAY}){_ORDINAL}(?:\s+of)?\s+(?P<d_m2>{_MONTH})"
     + rf"(?:,?\s*(?P<d_y2>{_YEAR})(?!\w))?"),
    # Month ranges: "from June to August 2018", "May-June".
    ("months_e", rf"(?:(?P<e_btw>(?i:between))\s+|(?:(?P<e_pre>{_PREPOSITION})\s+)?)(?P<e_m1>{_MONTH})"
     rf"(?:,?\s+(?P<e_y1>{_YEAR})(?!\w))?{_sep('e')}(?P<e_m2>{_MONTH})"
     rf"(?:,?\s+(?P<e_y2>{_YEAR})(?!\w)|(?!,?\s*\d))"),
    # Year ranges: "from 2018 to 2020", "between 2018 and 2020", "in 2018-2020".
    ("years_f", rf"(?:(?P<f_btw>(?i:between))\s+|(?P<f_pre>{_YEAR_LEAD})\s+)(?P<f_y1>{_YEAR}){_sep('f')}"
     rf"(?P<f_y2>{_YEAR})(?![\w-])"),
    # Single days.
    ("day_g", _lead("g") + _mdy("g")),
    ("day_h", _lead("h") + _dmy("h")),
    ("day_i", _lead("i") + _WEEKDAY_PREFIX
     + rf"(?P<i_y>{_YEAR})(?P<i_sep>[-/.])(?P<i_m>1[0-2]|0?[1-9])(?P=i_sep)(?P<i_d>{_DAY})(?![^\WT])(?![.]\d)"),
    ("day_j", _lead("j") + _WEEKDAY_PREFIX
     + rf"(?<![\d.])(?P<j_d>{_DAY})\.(?P<j_m>1[0-2]|0?[1-9])\.(?P<j_y>{_YEAR})(?!\w)(?![.]\d)"),
    # A month of a year: "June 2018", "in early June of 2018".
    ("month_k", rf"(?:(?P<k_pre>{_PREPOSITION})\s+)?(?:{_EARLY_LATE})?(?P<k_m>{_MONTH})(?:\s+of\s+|,\s*|\s+)"
     rf"(?P<k_y>{_YEAR})(?!\w)"),
    # A season of a year: "spring 2019", "in the autumn of 2019".
    ("season_l", rf"(?:(?P<l_pre>{_PREPOSITION})\s+)?(?:(?i:the)\s+)?(?:(?i:early|late|mid)(?:\s+|-\s*))?"
     rf"(?P<l_s>{_SEASON})(?:\s+of\s+|,?\s+)(?P<l_y>{_YEAR})(?!\w)"),
    # A year: "in 2019", "since 2019", "mid-2019", "for the year 2019".
    ("year_n", rf"(?:(?P<n_pre>{_YEAR_LEAD})\s+(?P<n_el>{_EARLY_LATE})?|{_EARLY_LATE})"
     rf"(?P<n_y>{_YEAR})(?!\w)(?![-–/.]\d)"),
    # A month without its year: "in July", "in early July", "mid-July", "next July".
    ("month_o", rf"(?:(?P<o_pre>{_MONTH_LEAD})\s+(?:{_EARLY_LATE})?|{_EARLY_LATE}"
     rf"|(?P<o_q>(?i:next|last|this|coming))\s+)(?P<o_m>{_MONTH_ALONE})(?!,?\s*\d)"),
    # A season without its year: "next spring", "in the autumn", "later this summer".
    ("season_p", rf"(?:(?:(?i:earlier|later)\s+)?(?P<p_q>(?i:this|next|last|coming))\s+"
     rf"|(?P<p_pre>{_MONTH_LEAD}|(?i:over))\s+(?:(?i:the)\s+)?(?:(?i:early|late)\s+)?)"
     rf"(?P<p_s>{_SEASON})(?!\s+(?:of|in)\b)(?!\s+[A-Z])"),
    # A week, month or year relative to the anchor: "next week", "last month", "later this year".
    ("period_q", rf"(?:(?i:by|until|till|since|from|in|during|for)\s+)?(?:(?i:earlier|later)\s+)?"
     rf"(?<!the\s)(?P<q_w>(?i:this|next|last))\s+(?P<q_u>week|weekend|month|year)(?!\w)"),
    # Days relative to the anchor: "today", "this morning", "yesterday", "the day after tomorrow".
    ("day_r", r"(?:(?i:earlier|later)\s+)?(?P<r_w>(?i:today|tonight|yesterday|tomorrow)"
     r"|(?i:this)\s+(?:morning|afternoon|evening)|(?i:last)\s+night"
     r"|(?i:the)\s+day\s+(?:before\s+yesterday|after\s+tomorrow))(?!\w)"
     r"(?:\s+(?:morning|afternoon|evening|night)(?!\w))?"),
    # Weekdays, capitalised, unless a date follows ("Friday, June 3" is day_g) or a feast is named.
    ("weekday_s", r"(?:(?P<s_pre>(?i:on|last|next|this|since|by|until|till|from|coming))\s+)?"
     r"(?<!Good\s)(?<!Black\s)(?<!Holy\s)(?<!Ash\s)(?<!Palm\s)(?<!Maundy\s)(?<!Bloody\s)(?<!Super\s)"
     rf"(?P<s_wd>{_WEEKDAY})(?!,?\s+(?:(?i:the)\s+)?{_DAY}{_ORDINAL}(?:\s+of)?\s+{_MONTH}|,?\s+{_MONTH}\s+\d)"
     r"(?:\s+(?:morning|afternoon|evening|night)(?!\w))?"),
    # Vague times, kept for their wording.
    ("vague_t", r"(?:(?<![Aa]s\s)(?i:soon)(?!\w)(?!\s+as\b)|(?i:recently)(?!\w)|(?i:at)\s+an\s+early\s+date"
     r"|(?i:in|over|within|during)\s+the\s+(?:coming|next(?:\s+few|\s+several)?|near)"
     r"\s+(?:days|weeks|months|years|future)(?!\w))"),
]

# A cheap gate before the alternatives: a date phrase starts with a digit, a month, a weekday or one
# of a few words, and a lead word ("on", "the", "in") must be followed by one of those. It rejects
# most word starts at once, which makes the search several times faster; it must admit the first
# one or two words of every form above.
_START_WORD = (rf"(?:\d|{_MONTH}|{_WEEKDAY}|(?i:today|tonight|yesterday|tomorrow|soon|recently|mid)(?!\w)"
               rf"|{_SEASON})")
_LEAD_WORD = (r"(?i:on|in|from|since|by|until|till|through|during|between|of|for|the|early|late|next|last|this"
              r"|coming|earlier|later|over|within|at)(?!\w)")
_GATE = (rf"(?={_START_WORD}|{_LEAD_WORD}(?:\s+|-\s*)(?:{_START_WORD}|{_LEAD_WORD}"
         r"|(?i:evening|morning|afternoon|night|day|an|week|weekend|month|year|near)(?!\w)))")
_DATES = re.compile(r"(?<!\w)" + _GATE + "(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _FORMS) + ")")

# After a year led by "of" or "by": a plural noun makes it a count ("of 2000 troops").
_PLURAL_AFTER = re.compile(r"\s+([a-z]+s)\b")
_NOT_PLURAL = frozenset(("was", "has", "is", "as", "this", "its", "thus", "across", "always", "plus", "perhaps",
                         "besides", "towards", "afterwards", "sometimes", "whereas", "unless", "his"))
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ANCHOR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# What may follow the date on a dateline: a time, a zone, punctuation.
_TIME_TAIL = re.compile(
    r"(?:(?:,?\s*|\s*[T|–—-]\s*)(?:(?i:at)\s+)?\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?i:[ap]\.?m\.?))?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?|\([^()\n]{1,30}\)))?)?[\s.,;|]*"
)
_DATELINE_MAX = 80      # longest line that can be "only a date"
_DATELINE_WINDOW = 600  # where to look for the first complete date otherwise


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
    something other than the text fixes the year; None for any other kind of phrase."""
    m = _DATES.fullmatch(mention.text)
    if m is None or m.lastgroup is None or not m.lastgroup.startswith(("day_g", "day_h", "day_i", "day_j", "range_")):
        return None
    resolved = _DECODERS[m.lastgroup](m, _Anchor(year, None, None, year_known=True))
    if resolved is None or resolved[0] is None:
        return None
    return DateMention(mention.start, mention.end, mention.text, resolved[0], resolved[1], True)


def date_of_line(line: str) -> str | None:
    """The day, "YYYY-MM-DD", of a line that is only a complete date, maybe with a weekday before
    it and a time after it ("2023-02-04 11:14", "Monday, June 3, 2018, 15:30"); else None."""
    line = line.strip()
    if not line or len(line) > _DATELINE_MAX or not any(c.isdigit() for c in line):
        return None
    mentions = find_dates(line, None)
    if mentions and mentions[0].start == 0 and _is_day(mentions[0]) and mentions[0].last is None \
            and _TIME_TAIL.fullmatch(line, mentions[0].end):
        return mentions[0].first
    return None


_NUMERIC_DATE_LINE = re.compile(r"\s*\d{1,2}[/.]\d{1,2}[/.](?P<year>(?:19|20)\d\d)\b[^\n]{0,60}")


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
    for mention in find_dates(text[:_DATELINE_WINDOW + 100], None):
        if mention.start >= _DATELINE_WINDOW:
            break
        if _is_day(mention):
            return mention.first
    return None


def _is_day(mention: DateMention) -> bool:
    return not mention.relative and mention.first is not None and len(mention.first) == 10


# ------------------------------------------------------------------------------------------ anchor

class _Anchor:
    """What the anchor gives: a day, a month index (year * 12 + month - 1) and a year, any of them None."""

    __slots__ = ("day", "month", "year", "year_known")

    def __init__(self, year: int | None, month: int | None, day: date | None, *, year_known: bool = False) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.year_known = year_known  # the year is certain, though no day is: yearless days fall in it

    @classmethod
    def of(cls, anchor: str | None) -> _Anchor:
        """A year alone ("2017") says the readout is of that year: its yearless days fall in it."""
        if anchor is None:
            return cls(None, None, None)
        m = _ANCHOR.fullmatch(anchor.strip()) if isinstance(anchor, str) else None
        if not m:
            raise ValueError(f"an anchor must be YYYY-MM-DD, YYYY-MM or YYYY, not {anchor!r}")
        year = int(m[1])
        month = int(m[2]) if m[2] else None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"an anchor must be YYYY-MM-DD, YYYY-MM or YYYY, not {anchor!r}")
        try:
            day = date(year, month, int(m[3])) if m[3] else None
        except ValueError:
            raise ValueError(f"an anchor must be a real day, not {anchor!r}") from None
        return cls(year, year * 12 + month - 1 if month else None, day, year_known=month is None)


# ---------------------------------------------------------------------------------------- decoders
# Each takes the match and the anchor and returns (first, last, relative), or None to reject.

_Resolved = tuple[str | None, str | None, bool] | None


def _month_of(token: str) -> int:
    return int(token) if token.isdigit() else _MONTHS[token[:3].lower()]


def _iso_month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _real(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _could_be(month: int, day: int) -> bool:
    return _real(2000, month, day) is not None  # 2000 is a leap year: February 29 may be


def _nearest_day(month: int, day: int, anchor: date, since: bool) -> date | None:
    """The day-month nearest the anchor (ties to the future), or the latest on or before it after "since"."""
    best = None
    best_key = None
    for year in range(anchor.year - 4, anchor.year + 5):
        candidate = _real(year, month, day)
        if candidate is None:
            continue
        delta = (candidate - anchor).days
        if since and delta > 0:
            continue
        key = -delta if since else (abs(delta), delta < 0)
        if best_key is None or key < best_key:
            best, best_key = candidate, key
    return best


def _nearest_month(month: int, anchor: int, mode: str) -> int:
    """A month index: nearest the anchor's (ties to the future), or by "since", "next", "last", "this"."""
    year = anchor // 12
    candidates = [(year + k) * 12 + month - 1 for k in (-1, 0, 1)]
    if mode == "since":
        return max(c for c in candidates if c <= anchor)
    if mode == "next":
        return min(c for c in candidates if c > anchor)
    if mode == "last":
        return max(c for c in candidates if c < anchor)
    if mode == "this":
        return candidates[1]
    return min(candidates, key=lambda c: (abs(c - anchor), c < anchor))


def _word(value: str | None) -> str:
    return value.split()[0].lower() if value else ""


def _days(m: re.Match[str], ctx: _Anchor, tag: str, one_month: str | None) -> _Resolved:
    """Single days and day ranges; ``one_month`` names which side carries the month of a one-month range."""
    g = m.group
    single = tag in ("g", "h", "i", "j")
    if single:
        month1 = month2 = _month_of(g(f"{tag}_m"))
        day1 = day2 = int(g(f"{tag}_d"))
        year1 = year2 = int(g(f"{tag}_y")) if g(f"{tag}_y") else None
    else:
        if one_month:
            month1 = month2 = _month_of(g(f"{tag}_m{one_month}"))
            year1 = None
        else:
            month1, month2 = _month_of(g(f"{tag}_m1")), _month_of(g(f"{tag}_m2"))
            year1 = int(g(f"{tag}_y1")) if g(f"{tag}_y1") else None
        day1, day2 = int(g(f"{tag}_d1")), int(g(f"{tag}_d2"))
        year2 = int(g(f"{tag}_y2")) if g(f"{tag}_y2") else None
    wraps = (month2, day2) < (month1, day1)  # "December 30 to January 2"
    if one_month and day2 <= day1:
        return None
    if year1 is None and year2 is not None:
        year1 = year2 - wraps
    elif year2 is None and year1 is not None:
        year2 = year1 + wraps
    relative = year1 is None
    if relative:
        if not (_could_be(month1, day1) and _could_be(month2, day2)):
            return None
        if ctx.year_known and ctx.year is not None:
            year1, year2 = ctx.year, ctx.year + wraps
        elif ctx.day is None:
            return None, None, True
        else:
            start = _nearest_day(month1, day1, ctx.day, _word(g(f"{tag}_pre")) == "since")
            if start is None:
                return None
            year1 = start.year
            year2 = year1 + wraps
    start, end = _real(year1, month1, day1), _real(year2, month2, day2)
    if start is None or end is None or end < start:
        return None
    return start.isoformat(), None if single or end == start else end.isoformat(), relative


def _months(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    g = m.group
    month1, month2 = _month_of(g("e_m1")), _month_of(g("e_m2"))
    year1 = int(g("e_y1")) if g("e_y1") else None
    year2 = int(g("e_y2")) if g("e_y2") else None
    if year1 is None and year2 is not None:
        year1 = year2 - (month2 < month1)
    if year1 is None:
        if ctx.month is None:
            return None, None, True
        start = _nearest_month(month1, ctx.month, "since" if _word(g("e_pre")) == "since" else "near")
        relative = True
    else:
        start = year1 * 12 + month1 - 1
        relative = False
    end = year2 * 12 + month2 - 1 if year2 is not None else start + (month2 - month1) % 12
    if end <= start:
        return None
    return _iso_month(start), _iso_month(end), relative


def _years(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    first, last = m.group("f_y1"), m.group("f_y2")
    return (first, last, False) if int(last) > int(first) else None


def _month_year(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    return f"{m.group('k_y')}-{_month_of(m.group('k_m')):02d}", None, False


def _season_span(season: str, year: int) -> tuple[str, str]:
    start = year * 12 + _SEASONS[season.lower()] - 1
    return _iso_month(start), _iso_month(start + 2)


def _season_year(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    first, last = _season_span(m.group("l_s"), int(m.group("l_y")))
    return first, last, False


def _year(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    lead = _word(m.group("n_pre"))
    if lead in ("of", "by") and not m.group("n_el"):
        after = _PLURAL_AFTER.match(m.string, m.end())
        if after and after[1] not in _NOT_PLURAL:  # "a total of 2000 troops", "by 1950 votes"
            return None
    return m.group("n_y"), None, False


def _month_alone(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    if ctx.month is None:
        return None, None, True
    mode = _word(m.group("o_q")) or ("since" if _word(m.group("o_pre")) == "since" else "near")
    if mode == "coming":
        mode = "next"
    return _iso_month(_nearest_month(_month_of(m.group("o_m")), ctx.month, mode)), None, True


def _season_alone(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    if ctx.month is None:
        return None, None, True
    first_month = _SEASONS[m.group("p_s").lower()]
    anchor = ctx.month
    year = anchor // 12
    word = _word(m.group("p_q"))
    if word in ("this", "next", "last"):
        if first_month == 12 and anchor % 12 < 2:  # January or February: this winter began last December
            year -= 1
        year += {"this": 0, "next": 1, "last": -1}[word]
    else:
        since = _word(m.group("p_pre")) == "since"
        best_key = None
        for candidate in (year - 1, year, year + 1):
            start = candidate * 12 + first_month - 1
            if since:
                key = (0, -start) if start <= anchor else None
            else:
                distance = start - anchor if anchor < start else max(0, anchor - start - 2)
                key = (distance, start < anchor)
            if key is not None and (best_key is None or key < best_key):
                best_key, best = key, candidate
        if best_key is None:
            return None, None, True
        year = best
    first, last = _season_span(m.group("p_s"), year)
    return first, last, True


def _period(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    unit = m.group("q_u")
    step = {"this": 0, "next": 1, "last": -1}[m.group("q_w").lower()]
    if unit == "month" and ctx.month is not None:
        return _iso_month(ctx.month + step), None, True
    if unit == "year" and ctx.year is not None:
        return f"{ctx.year + step:04d}", None, True
    return None, None, True  # a week is not representable; a month or year without the anchor


_DAY_OFFSETS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}


def _relative_day(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    if ctx.day is None:
        return None, None, True
    words = m.group("r_w").lower().split()
    if words[0] == "the":
        offset = -2 if words[2] == "before" else 2
    else:
        offset = _DAY_OFFSETS[words[0]]
    return (ctx.day + timedelta(days=offset)).isoformat(), None, True


def _weekday(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    if ctx.day is None:
        return None, None, True
    target = _WEEKDAYS[m.group("s_wd")[:3].lower()]
    today = ctx.day.weekday()
    lead = _word(m.group("s_pre"))
    if lead == "next":
        offset = (target - today) % 7 or 7
    elif lead in ("this", "by", "until", "till", "coming"):
        offset = (target - today) % 7
    elif lead == "last":
        offset = -((today - target) % 7 or 7)
    else:  # on, since, from, none: readouts report the past
        offset = -((today - target) % 7)
    return (ctx.day + timedelta(days=offset)).isoformat(), None, True


def _vague(m: re.Match[str], ctx: _Anchor) -> _Resolved:
    return None, None, True


_DECODERS = {
    "range_a": lambda m, ctx: _days(m, ctx, "a", None),
    "range_b": lambda m, ctx: _days(m, ctx, "b", None),
    "range_c": lambda m, ctx: _days(m, ctx, "c", "1"),
    "range_d": lambda m, ctx: _days(m, ctx, "d", "2"),
    "months_e": _months,
    "years_f": _years,
    "day_g": lambda m, ctx: _days(m, ctx, "g", None),
    "day_h": lambda m, ctx: _days(m, ctx, "h", None),
    "day_i": lambda m, ctx: _days(m, ctx, "i", None),
    "day_j": lambda m, ctx: _days(m, ctx, "j", None),
    "month_k": _month_year,
    "season_l": _season_year,
    "year_n": _year,
    "month_o": _month_alone,
    "season_p": _season_alone,
    "period_q": _period,
    "day_r": _relative_day,
    "weekday_s": _weekday,
    "vague_t": _vague,
}
assert set(_DECODERS) == {name for name, _ in _FORMS}
