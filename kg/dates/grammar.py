"""The grammar of date phrases: the vocabulary and the forms, compiled into one expression with a
named group per form (see :mod:`kg.dates` for the rules in brief)."""

from __future__ import annotations

import re

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
    """ "June 3", "Sept. 4th, 2018", with an optional weekday before; pages glue them too: "September17, 2020";
    Ethiopia's news agency writes "February 11/2020"."""
    pattern = rf"{_WEEKDAY_PREFIX}(?P<{tag}_m{n}>{_MONTH})\s*(?P<{tag}_d{n}>{_DAY}){_ORDINAL}"
    return pattern + (rf"(?:(?:,?\s*|/\s?)(?P<{tag}_y{n}>{_YEAR}){_YEAR_END})?" if year else "")


def _dmy(tag: str, n: str = "", year: bool = True) -> str:
    """ "3 June", "the 3rd of June 2018", with an optional weekday before; a page's "29-Oct-2022" too."""
    # (not the end of a number: "Release No: NR-024-17 Jan. 23, 2017", nor of a clock time: "14:03 August 05, 2022")
    pattern = (rf"{_WEEKDAY_PREFIX}(?:(?i:the)\s+)?(?<![\w/:-])(?P<{tag}_d{n}>{_DAY}){_ORDINAL}"
               rf"(?:(?:\s+of)?\s+|-(?=[A-Z][a-z]+-\d))(?P<{tag}_m{n}>{_MONTH})")
    return pattern + (rf"(?:(?:,?\s*|-)(?P<{tag}_y{n}>{_YEAR}){_YEAR_END})?" if year else "")


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
    # ... and with slashes only where the day cannot be a month: "on Sunday 14/4/2024" (4/5/2024 may be either)
    ("day_u", _lead("u") + _WEEKDAY_PREFIX
     + rf"(?<![\d/])(?P<u_d>1[3-9]|2\d|3[01])/(?P<u_m>1[0-2]|0?[1-9])/(?P<u_y>{_YEAR})(?!\w)(?![/]\d)"),
    # ... and as Chinese, Japanese and Korean pages write them: "2018年05月08日", "2024년 10월 7일".
    ("day_v", _lead("v") + rf"(?P<v_y>{_YEAR})\s*[年년]\s*(?P<v_m>1[0-2]|0?[1-9])\s*[月월]\s*"
     rf"(?P<v_d>{_DAY})\s*[日일]"),
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
     rf"|(?P<o_q>(?i:next|last|this|coming))\s+)(?P<o_m>{_MONTH_ALONE})(?!,?\s*\d)"
     # "in May last year", "in May of this year": that year's May
     r"(?:,?\s+(?:of\s+)?(?P<o_y>(?i:this|last|next))\s+year\b)?"),
    # A season without its year: "next spring", "in the autumn", "later this summer".
    ("season_p", rf"(?:(?:(?i:earlier|later)\s+)?(?P<p_q>(?i:this|next|last|coming))\s+"
     rf"|(?P<p_pre>{_MONTH_LEAD}|(?i:over))\s+(?:(?i:the)\s+)?(?:(?i:early|late)\s+)?)"
     rf"(?P<p_s>{_SEASON})(?!\s+(?:of|in)\b)(?!\s+[A-Z])"),
    # A week, month or year relative to the anchor: "next week", "last month", "later this year".
    ("period_q", r"(?:(?i:by|until|till|since|from|in|during|for)\s+)?(?:(?i:earlier|later)\s+)?"
     r"(?<!the\s)(?P<q_w>(?i:this|next|last))\s+(?P<q_u>week|weekend|month|year)(?!\w)"),
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
# (after a letter no date starts, but Chinese and Korean run words into dates: "于2018年5月8日")
_NOT_AFTER_A_LETTER = r"(?<![^\W\u3040-\u9fff\uac00-\ud7af])"
_DATES = re.compile(_NOT_AFTER_A_LETTER + _GATE + "(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _FORMS)
                    + ")")

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
