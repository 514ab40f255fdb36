"""From a matched date phrase to ISO strings: the anchor it is resolved against, and one decoder
per form of :mod:`kg.dates.grammar`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.dates.grammar import _ANCHOR, _FORMS, _MONTHS, _NOT_PLURAL, _PLURAL_AFTER, _SEASONS, _WEEKDAYS

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
    single = tag in ("g", "h", "i", "j", "u", "v")
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
    if m.group("o_y"):  # "in May last year": the year is said
        year = ctx.month // 12 + {"this": 0, "last": -1, "next": 1}[_word(m.group("o_y"))]
        return _iso_month(year * 12 + _month_of(m.group("o_m")) - 1), None, True
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
    "day_u": lambda m, ctx: _days(m, ctx, "u", None),
    "day_v": lambda m, ctx: _days(m, ctx, "v", None),
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
