"""The main event a readout reports, and the other events it names.

The main event is told by its headline and by the first sentence that has a meeting verb and
names an official: its kind comes from the verb ("met", "spoke by phone", "via video link"),
its date, place and sidelines event from that sentence. Other events are proper names with an
event noun ("BRICS Summit", "International Meeting on Syria") and visits ("state visit to China").
A date phrase after an event names its date; a relative clause ("which will be convened in July")
binds it to the nearest event only, otherwise it covers every event of its clause
("pay a state visit to China and attend the SCO Qingdao Summit from June 8 to 10").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.dates import DateMention
from kg.extract.event_patterns import (
    ARRIVED, ATTENDED, CITY_DATELINE, DASH_DATELINE, DATE_PLACE_LINE, DISCUSSED_WITH, DURING_THE_MEETING_IN,
    FURTHER_MEETING, FUTURE, IN_THE_CITY, INCIDENT, INCIDENT_HEAD, INCIDENT_WORDS, KINDS, KIND_ORDER, LOCATION,
    LOWER_MEETING, MEETING_WORDS, MONTHS, NAMED_EVENT, NOT_AN_EVENT, ORDINAL, OTHER_TIME, PLACE_DATE_LINE,
    PRAISED_SUMMIT, RELATIVE, RELEASE_DATELINE, RELEASE_PLACE, SIDELINES, SIDELINES_AFTER_NAME, THIS_WAS_AT,
    TRAVELLER_TO, TRIP, TRIP_WORDS, TWO_GATHERINGS, VENUE_CITY, VISIT, WIRE_DATELINE,
)
from kg.extract.gazetteer import NameMatch
from kg.extract.lexicon import lexicon
from kg.extract.prefilter import folded, may_match, required_words
from kg.extract.sentences import Sentence
from kg.model import MentionedEvent, Span

__all__ = [
    "EventClues", "add_visitors", "attended_lead", "date_ongoing", "find_event_sentence", "find_mentioned_events", "location_in",
    "main_event_clues", "reports_event", "setting_sentence", "wire_date", "with_sidelines_event",
]


@dataclass(frozen=True, slots=True)
class EventClues:
    kind: str
    location: str | None
    sidelines_of: str | None


def _kind(text: str) -> str | None:
    matches = list(KINDS.finditer(text))
    kinds = {name for m in matches for name, value in m.groupdict().items() if value}
    kind = next((k for k in KIND_ORDER if k in kinds), None)
    if kind is None and "iscuss" in text and DISCUSSED_WITH.search(text):
        return "discussed"  # "X discussed Y with Z": the caller decides how they spoke
    if kind == "meeting" and all(m.group().startswith("exchanged") for m in matches if m["meeting"]):
        return "discussed"  # "X and Y exchanged views": as well by phone ("During the phone call, ...")
    return "phone_call" if kind == "spoke" else kind


def reports_event(title: str | None) -> bool:
    """Whether a headline itself says that a meeting, call or visit took place."""
    return bool(title and _kind(title))


def find_event_sentence(sentences: list[Sentence], official_spans: list[Span], title: Span | None) -> Sentence | None:
    """The first sentence of the body with a meeting verb and an official: it tells the event. Failing
    one with an official the tables know, the first that says someone met someone ("On October 24, 2024,
    Director-General of the Department of Consular Affairs ... Long Zhou met with visiting ...").

    The headline said again under the page's header (the White House's "Readout of the President's
    Call with ...") is not the body."""
    headline = next((s.text.strip() for s in sentences if title and s.span.start == title.start), None)
    body = [s for s in sentences if not (title and (s.span.start < title.end or _headline_again(s.text, headline)))]
    for i, sentence in enumerate(body):
        named = any(sentence.span.start <= s.start < sentence.span.end for s in official_spans)
        if not named and i and THIS_WAS_AT.match(sentence.text):  # "This was in a meeting held at ...": who is before
            named = any(body[i - 1].span.start <= s.start < body[i - 1].span.end for s in official_spans)
        if named and _kind(sentence.text):
            return sentence
    return next((s for s in body if _MET_WITH.search(s.text) and not FUTURE.search(s.text)), None)


def _headline_again(text: str, headline: str | None) -> bool:
    """The headline, or a longer form of it, said again: "Deputy Secretary Sherman’s Meeting with Israeli Minister",
    then "Deputy Secretary Sherman’s Meeting with Israeli Ministry of Foreign Affairs Director General Ushpiz"."""
    text = text.strip()
    if headline is None or text[-1:] in ".!?":
        return text == headline
    return text.split()[:4] == headline.split()[:4]


# Someone met, received or held talks with someone: a meeting told even where no name is known.
# "The Foreign Secretary met his Irish counterpart for talks today", "held negotiations with".
_MET_WITH = re.compile(r"\b(?:met(?:\s+with)?|held\s+(?:talks|a\s+meeting|negotiations|discussions?)\s+with|received|"
                       r"spoke\s+(?:by\s+(?:tele)?phone\s+)?with|had\s+a\s+(?:tele)?phone\s+(?:call|conversation)\s+with)"
                       r"\s+(?:(?:the\s+)?(?:visiting\s+)?[A-Z]|(?:his|her)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b)")


def restated_meeting(sentences: list[Sentence], main: Sentence | None) -> Sentence | None:
    """The sentence right after the main one when it tells the same meeting again, with more detail:
    "... met Egyptian Foreign Minister Sameh Shoukry during his visit to the UN General Assembly. The
    Foreign Secretary and Egyptian Foreign Minister Sameh Shoukry met at UNGA on 18 September."."""
    after = [s for s in sentences if main is not None and s.span.start >= main.span.end]
    # gov.uk's summary line, then its body: "Following the meeting held in London on 22 January 2018, a
    # spokesperson said:", "... had a warm and productive meeting in London yesterday."
    return next((s for s in after[:3] if _MET_AGAIN.search(s.text) and not FUTURE.search(s.text)
                 and not FURTHER_MEETING.search(s.text)), None)


# A verb, or the meeting itself: "The call follows ..." tells another
_MET_AGAIN = re.compile(r"\b(?:met|held\s+talks|spoke|talked|sat\s+down\s+with|"
                        r"had\s+an?\s+(?:[\w-]+\s+){0,3}?meeting|"
                        r"(?<![Tt]his\s)(?<![Tt]hat\s)meeting\s+(?:held|took\s+place)\s+in)\b|"
                        # "The telephonic conversation took place on Monday night", "The call was held yesterday"
                        r"^(?:The|Their)\s+(?:[\w-]+\s+)?(?:conversation|call|talks|meeting)\s+(?:took\s+place|was\s+held|"
                        r"were\s+held)\s+(?:on|yesterday|today|last|this|in\s+the)\b|"
                        # "at their official talks in Beijing", "during the bilateral talks Thursday in Tokyo"
                        r"\b(?:at|during|in)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting)\s+(?:[A-Z][a-z]+day\s+)?"
                        r"in\s+[A-Z]|"
                        rf"^{DURING_THE_MEETING_IN}|^{IN_THE_CITY}")


def setting_sentence(sentences: list[Sentence], main: Sentence | None, others: list[Span]) -> Sentence | None:
    """A sentence soon after the main one that tells where the meeting stood among larger events: "The meeting took
    place on the sidelines of the 76th session of the UN General Assembly", "They met on the sidelines of the
    Anti-Corruption Summit", "China's top diplomat is in Bali to attend the G20 Foreign Ministers Meeting". Not one
    that names another official ("Meanwhile, X is in Y for Z") or tells what is to come. Why a visitor is there may
    come last ("President Nasheed is in Bhutan for the sixteenth SAARC summit."). A lead just before the main sentence
    may set it too."""
    after = [s for s in sentences if main is not None and s.span.start >= main.span.end][:8]
    for i, s in enumerate(after):
        if FUTURE.search(s.text) or any(s.span.start <= o.start < s.span.end for o in others):
            continue
        said_so = _THE_MEETING_WAS.match(s.text) or _ON_THE_MARGINS.search(s.text) \
            or SIDELINES_AFTER_NAME.search(s.text)
        if _WAS_THERE_FOR.search(s.text) or (i < 3 and said_so):
            return s
    # ... or a lead just before it: "The top diplomats of South Korea and Japan discussed cooperation in a meeting on
    # the margins of the Asia-Pacific Economic Cooperation Summit in San Francisco." (then who met, and when)
    at = next((i for i, s in enumerate(sentences) if s is main), 0)
    lead = sentences[at - 1] if at > 0 else None
    if lead is not None and _ON_THE_MARGINS.search(lead.text) and not FUTURE.search(lead.text) \
            and not any(lead.span.start <= o.start < lead.span.end for o in others):
        return lead
    return None


# "The meeting took place on the sidelines of ...", "Their talks were held at ...", "They met on the side-lines of ..."
_THE_MEETING_WAS = re.compile(
    r"(?:(?:The|This|Their|That|Today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|encounter|conversation|discussions?|"
    r"session)\s+(?:took\s+place|was\s+held|were\s+held|happened|came|was|were)|(?:They|The\s+two|Both)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:met|held\s+talks))\b")
# "... the main focus of the bilateral dialogue between the two Prime Ministers in New York yesterday, at the margin of
# the 71st United Nations General Assembly": said so, the sentence is about the meeting whatever its subject
_ON_THE_MARGINS = re.compile(r"\b(?:[Oo]n|[Aa]t|[Ii]n)\s+the\s+(?:side-?s?lines?|side\s+lines|margins?)\s+of\b")
# "is in Bali to attend ...", "are in Hanoi to attend ...", "was in London to participate in ...", "came to Astana to
# participate in ...", "flew to Japan to attend ...", "is in Bhutan for the sixteenth SAARC summit"
# ... "arrived in Beijing Wednesday afternoon to attend ...", "who are in Osaka, Japan for the G20 Summit"
_WAS_THERE_FOR = re.compile(
    r"\b(?:(?:is|was|are|were)\s+(?:in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?"
    r"|here|there)|(?:came|comes|flew|travell?ed|"
    r"arrived)\s+(?:to|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?)\s+"
    r"(?:to\s+(?:attend|participate\s+in|take\s+part\s+in)|for)\s")


def _sidelines_in(title: str, name: str) -> bool:
    """Whether the headline names the event as the one on whose sidelines it took place."""
    return any(name in m.group("name") or m.group("name") in name for m in SIDELINES.finditer(title))


# A date inside a run of capitalised words is no part of an event's name: "the G20 Summit in New Delhi
# on 10 September 2023" ends before it; "Anwar Ibrahim in Singapore on 30 January 2023 for the 10th
# Malaysia-Singapore Leaders' Retreat" begins after it, when the event's noun comes after the date.
_DATE_INSIDE = re.compile(r"\s+(?:on|in|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:%s)|(?:%s)\s+\d{1,2}\b)[\w,\s]*?(?:\d{4}\b|(?=\s+[a-z])|$)"
                          % (("|".join(sorted(MONTHS)),) * 2))
# "[on 30] January 2023 for the 10th ... Retreat": the date that ran into the name, and its link.
_LEADING_DATE = re.compile(r"^(?:%s)\s+(?:\d{1,2},?\s+)?(?:\d{4}\s+)?(?:for|of|at|to)\s+(?:the\s+)?(?=[A-Z0-9])"
                           % "|".join(sorted(MONTHS)))
_LEADING_LINKS = re.compile(r"^(?:(?:for|of|the|and|at|to|on|in)\s+)+")


def _drop_dates(name: str) -> str:
    m = _DATE_INSIDE.search(name)
    if not m:
        return name
    after = name[m.end():]
    if _HEADS.search(after) or re.search(r"\b(?:summit|Retreat|Talks|Ministerial)\b", after):
        return _LEADING_LINKS.sub("", after.strip())
    return name[:m.start()]


# A capitalised preposition that opens the sentence is no part of the name: "At the Foreign Ministerial".
_OPENING_WORD = re.compile(r"^(?:(?:At|In|On|During|For|From|After|Before|Following|Ahead\s+of)\s+(?:the\s+)?|The\s+(?!Hague\b)"
                           r"|an?\s+(?=[a-z]))(?=[A-Za-z0-9])")
# "ASEAN-China Dialogue Relations", "the Strategic Dialogue mechanism": a framework, not an event.
_FRAMEWORK_AFTER = re.compile(r"\s+(?:Relations|Partnership|Mechanism|Framework|[Rr]elations|[Pp]artnership|[Mm]echanism|"
                              r"[Ff]ramework)\b")


_PLACE_FOR = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+for\s+the\s+(?=\d{1,3}(?:st|nd|rd|th)\s)")
_HAPPENING_AT_END = re.compile(INCIDENT_HEAD + r"$")


# The head nouns of a gathering's name: "BRICS Summit", "Raisina Dialogue", "UN General Assembly".
_HEAD_WORDS = r"Summit|Conference|Forum|Meeting|Dialogues?|Consultations|Games|Olympics|Session|Assembly|Congress|Expo"
_HEADS = re.compile(rf"\b(?:{_HEAD_WORDS})\b")
_ENDS_WITH_HEAD = re.compile(rf"(?:\b(?:{_HEAD_WORDS}|Ministerial)|\))$")  # "..., Ministerial", "... (AEMM)"


def _is_venue(place: str, event: str) -> bool:
    """A capital, or the state a gathering was held in ("COP-28 Summit in the UAE"): no part of its name.
    (A happening keeps its country: "the rescue of 29 Chinese citizens hijacked in Sudan".)"""
    if place in lexicon().capitals or _ENDS_WITH_HEAD.search(event):
        return True  # "the G20 Summit in St. Petersburg"; not "Conference on Security and Co-operation in Europe"
    return bool(_HEADS.search(event)) and (lexicon().affiliation_of(place) or "").startswith("state/")


def _clean_phrase(name: str, *, keep_venue: bool = False) -> str:
    """The event's name as written, without dates, leading words and (unless ``keep_venue``) its venue."""
    name = _drop_dates(name)
    name = _OPENING_WORD.sub("", _LEADING_DATE.sub("", name.strip(" \"“”")))
    name = _PLACE_FOR.sub("", name)  # "New York for the 67th Session of the UN General Assembly": the session
    name = TRAVELLER_TO.sub("", name)
    if name.endswith(".") and "." not in name.split()[-1][:-1]:
        name = name[:-1]  # the sentence's full stop, not an abbreviation such as "D.C."
    name = name.strip(" \"“”")
    while name.split() and name.split()[-1] in {"of", "the", "and", "for", "on", "in", "to", "de", "&"}:
        name = name.rsplit(None, 1)[0]
    venue = re.search(r"\s+in\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)$", name)
    if venue and not keep_venue and _is_venue(venue.group(1), name[:venue.start()]) \
            and not _HAPPENING_AT_END.search(name, 0, venue.start()):
        name = name[:venue.start()]  # "ASEAN-India Summit in Jakarta"; but it is part of "the attacks in Paris"
    return name


def _capital_first(place: str) -> str:
    """A capital that opens a run of capitalised words is the place; the rest is the person met next
    (but "Washington DC" is the place as written)."""
    if place in lexicon().capitals:
        return place
    words = place.split()
    capital = next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)
                    if " ".join(words[:n]) in lexicon().capitals), None)
    return capital if capital and words[len(capital.split())][:1].isupper() and "," not in place else place


_CONTINENTS = frozenset("Africa Asia Europe Eurasia Oceania Antarctica Americas".split())
# The last word of a building's name: "Government House", "Moncloa Palace", "Maiendorf Castle", "Kurumba Island Resort".
_BUILDING_WORD = (r"(?:House|Palace|Hall|Centre|Center|Headquarters|Building|Castle|Residence|Guest\s?[Hh]ouse|Villa|"
                  r"Lodge|Manor|Mansion|Resort|Hotel)")
# A city's own building: "at Bangkok's Government House".
_CITY_S_BUILDING = re.compile(rf"(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s\s+(?:[A-Z][\w'’-]*\s+)*"
                              rf"{_BUILDING_WORD}")


_NO_CITY = re.compile(r"^(?!No\.?\s+10\b|Number\s+10\b|10\s+Downing).*\d|^(?:Our|Your|Their|His|Her|Its|My)\b")
# A building is in the city written after it, if any ("at the Peace Palace in The Hague"); it is never the place.
_A_BUILDING = re.compile(rf"\b{_BUILDING_WORD}$")
# Where an envoy lives is not where the meeting was: "Ambassador of Eritrea, with residence in New Delhi".
# ("at the latter's residence in New Delhi" is where they met)
_RESIDENT_IN = re.compile(r"\b(?:with\s+(?:his\s+|her\s+)?residence|resident|residing|based)\s+in\s+(?:the\s+)?$")
_SINCE = re.compile(r"\bsince\b[^,.;]*$")
_AN_ERA = re.compile(r"[\s-]+(?:era|administration|years|period)\b")


def location_in(sentence: str, names: list[NameMatch], offset: int) -> str | None:
    for m in LOCATION.finditer(sentence):
        place = _without_full_stop(m.group("place"))
        start = offset + m.start("place")
        if place.split()[0] in MONTHS or _HEADS.search(place):
            continue  # "in June"; "took part in St Petersburg International Economic Forum": an event, no place
        if _AN_ERA.match(sentence, m.end("place")):
            continue  # "meet 1st time in Trump era": a time, no place
        if _SINCE.search(sentence, 0, m.start()):
            continue  # "their first meeting since Wang visited Pyongyang in early September": an earlier time's place
        if _RESIDENT_IN.search(sentence, max(0, m.start("place") - 30), m.start("place")):
            continue
        if place in lexicon().venues:  # a building: "at the White House" is in Washington, "in Ziguangge" nowhere
            if city := lexicon().venues[place]:
                return city
            continue
        if place.endswith("Ministry"):
            continue  # "at Foreign Ministry of Romania": a building, no city
        if noun := _BUILDING_NOUN.match(sentence, m.end("place")):  # "at Suvarnabhumi airport in Bangkok": Bangkok
            if city := _CITY_AFTER.match(sentence, noun.end()):
                return city.group("city")
            continue  # a building, no city
        place = _capital_first(place)  # "received in Moscow Hussein al-Sheikh": Moscow
        place = _city_after_building(place)  # "at State House Nairobi": Nairobi
        if (own := _CITY_S_BUILDING.fullmatch(place)) and own["city"] in lexicon().capitals:
            place = own["city"]  # "at Bangkok's Government House": Bangkok
        if city := _CITY_AFTER.match(sentence, m.end("place")):
            # a gathering ("COP27", "NATO") or a building ("State House") before the city
            if _names_an_event(place) or any(c.isdigit() for c in place) or city.group("city") in lexicon().capitals \
                    or _A_BUILDING.search(place):
                place = city.group("city")
        # A state's name is no place of meeting, unless it is also its own capital ("in Singapore"); nor is a
        # region's or a continent's ("a meeting in Africa today")
        state_named = any(n.span.start == start and n.text not in lexicon().capitals
                          and place != f"{n.text} City" for n in names)  # ("in Panama City" is a city)
        if state_named or place in _CONTINENTS or _NO_CITY.search(place) or _A_BUILDING.search(place):
            continue  # "cooperation in COVID-19 response", "at Kurumba Island Resort", "a Milestone in Our Relations"
        return place
    venue = VENUE_CITY.search(sentence)  # "at the UN headquarters, New York"
    if venue is None or venue.group("place").split()[0] in MONTHS:
        return None
    return _without_full_stop(venue.group("place"))


# A building's name, then its city: "State House Nairobi", "State House-Entebbe".
_BUILDING_CITY = re.compile(rf"(?P<building>.*\b{_BUILDING_WORD})"
                            r"(?:(?P<joined>-)|\s+)(?P<city>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)")


def _city_after_building(place: str) -> str:
    """The city that follows a building's name, when it is a capital, is joined to it by a hyphen, or follows a "State
    House", which presidents of many states keep in more than one city ("State House Entebbe")."""
    m = _BUILDING_CITY.fullmatch(place)
    if m and (m["joined"] or m["city"] in lexicon().capitals or m["building"].endswith("State House")):
        return m["city"]
    return place


# A building's kind written in lower case after its name: "at Suvarnabhumi airport", "at Akasaka guest house".
_BUILDING_NOUN = re.compile(r"\s+(?:international\s+)?(?:airport|hotel|palace|residence|guest\s?house|headquarters|"
                            r"compound|resort|airbase|air\s+base)\b")


# A city after the place: "at COP27 in Sharm el-Sheikh", "at State House, Nairobi", "at State House in the capital
# Nairobi".
_CITY_AFTER = re.compile(r"(?:,\s*|\s+in\s+(?:the\s+capital\s+)?)(?P<city>[A-Z][\w'’-]*(?:\s+(?:(?:el|al|de|la)-)?[A-Z][\w'’-]*)?)")


def _without_full_stop(place: str) -> str:
    """The sentence's full stop is no part of a place; the one of "D.C." is."""
    return place[:-1] if place.endswith(".") and not re.search(r"\b(?:[A-Z]\.){2,}$", place) else place


def wire_date(text: str) -> Span | None:
    """Where a dateline gives the story's date: "Feb. 28" in "BEIJING, Feb. 28 (Xinhua) --", "2nd December" in "New
    Delhi,2nd December:"; also the date of a line that places the event, as the Kremlin dates and places where the
    President was ("July 5, 2008, Astana")."""
    m = WIRE_DATELINE.search(text, 0, 2000) or DASH_DATELINE.search(text, 0, 2000) \
        or RELEASE_DATELINE.search(text, 0, 2000) or DATE_PLACE_LINE.search(text, 0, 600)
    return Span(m.start("date"), m.end("date")) if m else None


def _wire_city(text: str | None) -> str | None:
    """The city of a wire story's dateline ("BEIJING, Dec. 12 (Xinhua) --", "BEIJING --", "Washington, DC -"), of
    a release's line of date, place and publisher ("January 20, 2022 - Paris, France - Global Affairs Canada"), or
    of a date line with its place ("July 16, 2018, Helsinki"; "Ramallah, 1 February 2012"): where the meeting it
    reports took place, when the text names no other place."""
    m = (WIRE_DATELINE.search(text, 0, 2000) or DASH_DATELINE.search(text, 0, 2000)
         or CITY_DATELINE.search(text, 0, 2000)
         or RELEASE_PLACE.search(text, 0, 2000) or DATE_PLACE_LINE.search(text, 0, 600)
         or PLACE_DATE_LINE.search(text, 0, 600)) if text else None
    if m is None or (m.re is CITY_DATELINE and not _is_city(m.group("city"))):
        return None  # "Japan – India Summit Meeting": a headline, no dateline
    city = m.group("city")
    city = city.title() if city.isupper() else city
    return None if _a_state_not_its_city(city) else city


def _a_state_not_its_city(name: str) -> bool:
    """"AUSTRIA, January 1 -": a state's name, which stands for no city, unless its capital is named after it
    ("KUWAIT, Feb 22 (KUNA)" is Kuwait City)."""
    key = lexicon().affiliation_of(name) or ""
    return key.startswith("state/") and not any(
        capital.split()[0] == name for capital, iso3 in lexicon().capitals.items() if iso3 == key[len("state/"):])


def _is_city(dateline: str) -> bool:
    word = dateline.split(",")[0]
    if word.upper() in _PAGE_LABELS:
        return False  # "READOUT: Secretary of the Treasury Janet L. Yellen's Meeting with ...": a label, no place
    if _SPEAKER_LABEL.search(word):
        return False  # a transcript's "UNDER SECRETARY BURNS: I'm here to convey ...": who speaks, no place
    return word.isupper() and len(word) > 3 or word in lexicon().capitals


_SPEAKER_LABEL = re.compile(r"\b(?:SECRETARY|MINISTER|PRESIDENT|AMBASSADOR|SPOKESPERSON|SPOKESMAN|CHANCELLOR|PREMIER|"
                            r"MR|MS|MRS|DR|PRIME)\b", re.IGNORECASE)


_PAGE_LABELS = frozenset({"READOUT", "UPDATE", "UPDATED", "STATEMENT", "PRESS RELEASE", "MEDIA RELEASE", "BREAKING",
                          "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "ANALYSIS", "OPINION", "NOTE", "READ OUT", "URGENT",
                          "FLASH", "ALERT"})


# The event a call or meeting prepares is not its kind: "spoke to ... this morning ahead of the G7 virtual leaders'
# meeting on Friday" is a call.
_AHEAD = re.compile(r"\b(?:ahead\s+of|prior\s+to|in\s+advance\s+of|in\s+preparation\s+for)\s[^,.;]*")


def main_event_clues(title: str | None, sentence: Sentence | None, names: list[NameMatch],
                     readout_text: str | None = None, lead: Sentence | None = None,
                     restated: Sentence | None = None, setting: Sentence | None = None) -> EventClues:
    """Kind, place and sidelines event of the main event, from the headline and its sentence
    (and, for "met here", from the wire dateline of ``readout_text``). A meeting whose sentence names
    neither place nor sidelines takes them from the ``lead`` that tells what was attended ("X attended
    Y in C. X met Z": in C, beside Y), or else from the sentence that tells the meeting again
    ("Readout of Secretary Hagel's Meeting With ...", then "Secretary Hagel met with ... at the Pentagon")."""
    text = " ".join(t for t in (title, sentence.text if sentence else None) if t)
    kind = _kind(title or "") if title and _kind(title) in ("video_call", "phone_call") else None
    kind = kind or _kind(_AHEAD.sub("", text)) or "other"
    if kind == "talks" and title and _kind(title) == "meeting":
        kind = "meeting"  # "Meeting between Mr. X and Professor Y", then "X held talks with Y": as the headline says
    if kind == "discussed":  # "X discussed Y with Z": by phone if the text says so ("During the phone call"), else met
        medium = _kind(readout_text or "")
        kind = medium if medium in ("phone_call", "video_call") else "meeting"
    if kind in ("phone_call", "video_call"):
        return EventClues(kind, None, _sidelines(sentence, margins_only=True))
    location = location_in(sentence.text, names, sentence.span.start) if sentence else None
    sidelines = _sidelines(sentence)
    for before_or_after in (lead, restated):
        if before_or_after is not None and not (location or sidelines):
            location = location_in(before_or_after.text, names, before_or_after.span.start)
            sidelines = _sidelines(before_or_after)
    if sidelines is None and setting is not None:
        sidelines = _sidelines(setting)
        location = location or location_in(setting.text, names, setting.span.start)
    location = _as_written(location, readout_text)
    if title and readout_text and not location and (not sidelines or "sideline" in title.lower()) \
            and title in readout_text:  # ... "Xi, Trump meet on G20 sidelines in Hamburg"
        # "A meeting of the Foreign Ministers of Turkmenistan and Tajikistan took place in Dushanbe"
        location = _as_written(location_in(title, names, readout_text.find(title)), readout_text)
    location = location or _arrival_city(readout_text)
    if kind != "visit":  # a visit goes elsewhere than the story's dateline ("BEIJING, ... -- Zhai visited Morocco")
        location = location or _wire_city(readout_text)
    return EventClues(kind, location, sidelines)


def _as_written(location: str | None, text: str | None) -> str | None:
    """The place, if the readout writes it: not the city of a building ("at the White House") that it never names."""
    return None if location and text and location.casefold() not in text.casefold() else location


def _arrival_city(text: str | None) -> str | None:
    """Where the visitor last arrived, when the meeting's sentences name no place: "Chirac arrived in Chengdu ...
    Friday evening ... He arrived in Beijing Saturday afternoon" (a state is no city: "arrived in China")."""
    if not text or "arriv" not in text:
        return None
    for m in reversed(list(ARRIVED.finditer(text))):
        place = _without_full_stop(m.group("place"))
        if place in lexicon().capitals or not (lexicon().affiliation_of(place) or "").startswith(("state/", "org/")):
            return place
    return None


def _sidelines(sentence: Sentence | None, *, margins_only: bool = False) -> str | None:
    """The event a sentence says the meeting was held beside; a call only "on the sidelines" of one."""
    for m in SIDELINES.finditer(sentence.text if sentence else ""):
        if (m.group("trip") or m.group("occasion")) and not _names_an_event(m.group("name")):
            continue  # "during his visit to China" is a visit, "on the occasion of the New Year" a season
        if margins_only and not m.group("margins"):
            continue  # a call "ahead of the G7 summit", "following their talks during the Summit": not beside it
        if (lexicon().affiliation_of(m.group("name").strip()) or "").startswith("state/"):
            continue  # "during the Fijian leader's first state visit": a state's word, no gathering
        if not FUTURE.search(sentence.text[:m.start()]):  # type: ignore[union-attr]
            return _with_venue(_clean_phrase(m.group("name"), keep_venue=True), sentence.text[m.end():]) or None
    named_first = SIDELINES_AFTER_NAME.search(sentence.text) if sentence else None
    if named_first and not FUTURE.search(sentence.text[:named_first.start()]):  # type: ignore[union-attr]
        return named_first.group("name").strip()
    return None


_VENUE_NEXT = re.compile(r"\s+in\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")


def _with_venue(name: str, after: str) -> str:
    """The larger event as written, with the venue the text gives right after it: "the G20 foreign ministers
    meeting in Buenos Aires" (its name's own pattern stops at "meeting")."""
    venue = _VENUE_NEXT.match(after)
    place = _without_full_stop(venue.group(1)) if venue else ""
    if not name or " in " in name or not place or not _is_venue(place.removeprefix("the "), name):
        return name
    return f"{name} in {place}"


def attended_lead(sentences: list[Sentence], main: Sentence | None) -> Sentence | None:
    """The sentence right before the main event's when it tells what was attended or where the visitor is,
    which dates and places the meeting too: "X attended the inauguration ceremony ... on 16 August 2020 in Santo
    Domingo. X met newly elected President Abinader ...". Or that tells the meeting before naming who met: "A Chinese
    foreign ministry official met with Russia's ambassador to China on March 17 ... Cheng Guoping ... met with ..."."""
    if main is None:
        return None
    before = [s for s in sentences if s.span.end <= main.span.start]
    if not before or not (ATTENDED.search(before[-1].text) or _ON_A_VISIT.search(before[-1].text)
                          or _MET_WITH.search(before[-1].text)
                          or (_REFERS_BACK.match(main.text) and _kind(before[-1].text))) \
            or FUTURE.search(before[-1].text):
        return None
    return before[-1]


# A main sentence that names who met the meeting just told: "The Indian and Japanese foreign ministers met on Tuesday
# at the Asia-Europe Meeting (ASEM) meeting in New Delhi ... This was the third meeting between X and Y this year."
_REFERS_BACK = re.compile(r"(?:This|It)\s+(?:was|is)\b")


# "Prime Minister Lawrence Wong is on his introductory visit to Phnom Penh, Cambodia.", then who received him
_ON_A_VISIT = re.compile(r"\b(?:is|was|are|were)\s+on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit\s+to\s+[A-Z]")


def _names_an_event(name: str) -> bool:
    """An event's name ("G20 Summit") or a body that meets as one ("UN General Assembly", "ASEAN")."""
    return bool(_HEADS.search(name)) or (lexicon().affiliation_of(name) or "").startswith("org/")


def _event_kind(name: str) -> str:
    lowered = name.lower().split(" with ")[0]  # "the last meeting with Foreign Minister Lavrov" is no ministerial
    if "visit" in lowered or re.search(r"\b(?:trip|travel)\b", lowered):
        return "state_visit" if "state visit" in lowered else "visit"
    if "summit" in lowered or lowered.endswith("european council"):  # the European Council meets as a summit
        return "summit"
    if "minister" in lowered:
        return "ministerial_meeting"
    if any(w in lowered for w in ("conference", "forum", "expo", "congress", "assembly")) or re.match(r"cop\d", lowered):
        return "conference"
    if any(w in lowered for w in ("meeting", "dialogue", "consultations", "talks", "session", "retreat")):
        return "meeting"
    return "other"


_GENERIC_EVENT_WORDS = frozenset(
    "special extraordinary informal formal annual global leaders ministerial foreign defense defence economic "
    "joint first second third fourth fifth sixth seventh eighth ninth tenth plus summit business youth".split()
)
# Words that any event's name may hold, which tell no two events apart ("fifth East Asia Summit", "G20 summit").
_ANY_EVENT_S_WORDS = _GENERIC_EVENT_WORDS | frozenset(
    "meeting meetings talks conference forum session dialogue consultations the of".split())


def _place_in_name(name: str) -> str | None:
    """The host city a named event carries: "SCO Qingdao Summit", "Tokyo Conference on Afghanistan".

    A capital city anywhere before the event noun, or the word right after an acronym
    ("G20 Osaka Summit"), the usual way multilateral meetings are named after their venue.
    """
    head = _HEADS.search(name)
    words = name[:head.start()].split() if head else []
    lex = lexicon()
    for i, word in enumerate(words):
        if word in lex.capitals:
            return word
        after_acronym = i > 0 and words[i - 1].isupper() and len(words[i - 1]) > 1
        if after_acronym and word[:1].isupper() and word[1:].islower() and not lex.affiliation_of(word) \
                and word.lower() not in _GENERIC_EVENT_WORDS:
            return word
    return None


_NAMED_EVENT_WORDS = required_words(NAMED_EVENT)
_TIME_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?:upcoming|forthcoming|recent|next)\s+$")


@dataclass
class _Candidate:
    name: str
    span: Span
    sentence: Sentence
    target: str | None
    date: DateMention | None = None
    core: str = ""  # the name without a time word before it ("G20 Summit" of "upcoming G20 Summit")


def _candidates(sentences: list[Sentence], skip: Span | None, org_spans: list[Span], text: str,
                main: tuple[Span, ...] = ()) -> list[_Candidate]:
    found = []
    for sentence in sentences:
        if skip and sentence.span.start < skip.end:
            continue
        lowered = sentence.text.lower()
        in_main = any(sentence.span.start <= m.start < sentence.span.end for m in main)
        for pattern in (NAMED_EVENT, VISIT, TRIP, INCIDENT, LOWER_MEETING, PRAISED_SUMMIT, TWO_GATHERINGS):
            if pattern is NAMED_EVENT and not may_match(_NAMED_EVENT_WORDS, folded(sentence.text)):
                continue  # no "Summit", "Forum", "Dialogue", ...: two sentences in three
            if pattern is PRAISED_SUMMIT and " summit" not in lowered:
                continue
            if pattern is TWO_GATHERINGS and not (" and " in lowered and ("summits" in lowered
                                                                          or "meetings" in lowered)):
                continue
            if pattern is TRIP and not ("s " in lowered and any(word in lowered for word in TRIP_WORDS)):
                continue  # a cheap test first: someone's ("'s ") trip, travel or visit
            if pattern is INCIDENT and not any(word in lowered for word in INCIDENT_WORDS):
                continue  # a cheap test first: most sentences name no happening
            if (pattern is VISIT and "visit" not in lowered) or (
                    pattern is LOWER_MEETING and not any(word in lowered for word in MEETING_WORDS)
                    and not ORDINAL.search(lowered)):
                continue  # likewise: most sentences name no visit and no meeting in lower case
            for m in pattern.finditer(sentence.text):
                group = next(g for g in ("name", "owner", "bare", "storm", "named", "parties", "venue", "council",
                                         "ordinal", "indefinite", "annual", "praised", "their", "held_in", "with_whom",
                                         "format", "pair")
                             if g in m.re.groupindex and m.group(g))
                if pattern is LOWER_MEETING and in_main and not OTHER_TIME.search(m.group(group)):
                    continue  # "the talks between the two ministers" in a sentence telling the readout's meetings is one
                span = Span(sentence.span.start + m.start(group), sentence.span.start + m.end(group))
                if skip and m.group(group).lower() in text[skip.start:skip.end].lower() \
                        and not _sidelines_in(text[skip.start:skip.end], m.group(group)):
                    continue  # the headline's own event ("Japan-China Foreign Ministers' Meeting"), in any case
                if _names_a_body(span, org_spans, text) or _FRAMEWORK_AFTER.match(sentence.text, m.end(group)):
                    continue
                if pattern is TRIP and any(c.span.start < span.end and span.start < c.span.end for c in found):
                    continue  # "President Marcos's upcoming visit to Washington, D.C.": read as a visit already
                core = _clean_phrase(m.group(group))
                if NOT_AN_EVENT.search(core):
                    continue
                before = _TIME_WORD_BEFORE.search(sentence.text, 0, m.start(group))
                if before:  # "the upcoming G20 Summit" is named with its time word, and known by its name alone
                    span = Span(sentence.span.start + before.start(), span.end)
                name = _clean_phrase(text[span.start:span.end])
                groups = m.groupdict()
                target = next((groups[t] for t in ("target", "target2", "target3", "target4", "target5", "target6",
                                                  "target7")
                               if groups.get(t)), None)
                target = target.rstrip(".") if target and not re.search(r"(?:[A-Z]\.){2,}$", target) else target
                target = target or _place_in_name(name)
                found.append(_Candidate(name, span, sentence, target, core=core))
    return sorted(found, key=lambda c: c.span.start)


def _names_a_body(span: Span, org_spans: list[Span], text: str) -> bool:
    """An organization's name, not an event: "the ASEAN Regional Forum". A forum that is a summit meets ("after
    the East Asia Summit"), unless named with its acronym, as a body ("frameworks, including the East Asia Summit
    (EAS)")."""
    for org in org_spans:
        if org.start <= span.start and span.end <= org.end and not _A_SUMMIT.search(text, org.start, org.end):
            return True
        if org.start == span.start and _HEADS.search(text, org.start, org.end) \
                and (_ACRONYM_AT_END.search(text, span.start, span.end) or _ACRONYM_AFTER.match(text, span.end)):
            return True
    return False


_A_SUMMIT = re.compile(r"\b[Ss]ummit\b")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z+]{1,9}\)")
_ACRONYM_AT_END = re.compile(r"\s*\([A-Z][A-Za-z+]{1,9}\)$")
# A date that owns the event: "yesterday's China + Central Asia (C+C5) foreign ministers' videoconference".
_POSSESSIVE_DATE = re.compile(r"['’]s\s+[^,.;:]{0,40}$")


def _attach_dates(candidates: list[_Candidate], dates: list[DateMention], used: DateMention | None) -> None:
    for date in dates:
        if date is used:  # the main event's date, unless it is also said of an event named right before it
            right_before = [c for c in candidates if 0 <= date.start - c.span.end <= 1]
            for candidate in right_before:
                candidate.date = candidate.date or date
            continue
        # "the July 21 summit", "President Putin's October 16 telephone conversation with ..."
        opening = [c for c in candidates if c.span.start <= date.start and date.end <= c.span.end]
        if opening:
            opening[0].date = opening[0].date or date
            continue
        owned = next((c for c in candidates if c.span.start >= date.end and c.sentence.span.start <= date.start
                      and _POSSESSIVE_DATE.match(c.sentence.text, date.end - c.sentence.span.start,
                                                 c.span.start - c.sentence.span.start)), None)
        if owned is not None:
            owned.date = owned.date or date
            continue
        before = [c for c in candidates if c.span.end <= date.start and c.sentence.span.end >= date.end
                  and c.sentence.span.start <= date.start]
        if not before:
            continue
        nearest = before[-1]
        between = nearest.sentence.text[nearest.span.end - nearest.sentence.span.start:date.start - nearest.sentence.span.start]
        scope = [nearest] if RELATIVE.search(between) else before
        for candidate in scope:
            candidate.date = candidate.date or date


# "President Vladimir Putin will pay a state visit", "Putin's upcoming state visit", "his visit by ..."
_VISITOR_LINK = re.compile(
    r"^(?:['’]s|,?\s+(?:who\s+(?:is|was)\s+)?(?:will|would|is\s+to|is\s+going\s+to|has|had|recently)?\s*(?:also\s+)?"
    r"(?:pay|pays|paid|paying|make|makes|made|making|be\s+paying|on|during|for)?)"
    r"\s*(?:an?|the|his|her|its|their)?\s*$"
)


def add_visitors(text: str, events: list[MentionedEvent], mentions: dict[str, list[Span]]) -> list[MentionedEvent]:
    """Who makes each visit: the official named right before it ("Putin will pay a state visit")."""
    result = []
    for event in events:
        if event.kind not in ("visit", "state_visit") or event.participants:
            result.append(event)
            continue
        at = text.find(event.name, event.evidence.start, event.evidence.end)
        by = event.name.find(" by ")
        before = next(((key, span) for key, spans in mentions.items() for span in spans
                       if event.evidence.start <= span.start and span.end <= at
                       and _VISITOR_LINK.match(_strip_kind_words(text[span.end:at]))), None)
        visitor = before[0] if before else next(
            (key for key, spans in mentions.items() for span in spans
             if (by >= 0 and at + by < span.start < at + len(event.name))
             # "President Vladimir Putin's upcoming state visit to China": the owner of the name
             or (at <= span.start < at + len(event.name) and text[span.end:span.end + 2] in ("'s", "’s"))), None)
        if before and not _OWNED.search(event.name):
            # "President Mahmoud Abbas paid a successful visit to China": "Mahmoud Abbas's successful visit to China"
            named = text[before[1].start:before[1].end].split()
            visitor_name = " ".join(named) if len(named) <= 2 else named[-1]
            event = replace(event, name=f"{visitor_name}'s {_OWNER_WORD.sub('', event.name)}")
        result.append(replace(event, participants=(visitor,)) if visitor else event)
    return result


_OWNER_WORD = re.compile(r"^(?:his|her|their|the|a|an)\s+", re.IGNORECASE)
_OWNED = re.compile(r"['’]s\b|\bby\s+[A-Z]")  # "President Khurelsukh's visit", "visit by Mr. Abe": named already


def _strip_kind_words(between: str) -> str:
    return re.sub(r"\b(?:state|official|working|upcoming|first|formal|historic)\b\s*", "", between)


_ONGOING = re.compile(r"\b(?:is|was|are|were)\s+(?:paying|making|on)\b|\bsidelines?\b|\bmargins?\b|\boccasion\b|"
                      r"\bon\s+an?\s+(?:official|state|working)\s+visit\b|\b(?:is|was)\s+visiting\b|"
                      r"\b(?:is|was)\s+(?:here\s+)?in\s+[A-Z]\w+\s+to\s+attend\b")


def with_sidelines_event(events: list[MentionedEvent], sidelines: str | None,
                         sentence: Sentence | None) -> list[MentionedEvent]:
    """The event a meeting was held beside is one the readout mentions, named as the sidelines say without
    the venue they may add ("the G20 Summit in St. Petersburg" is the G20 Summit, held in St. Petersburg)."""
    if not sidelines or sentence is None:
        return events
    name = _clean_phrase(sidelines)
    venue = sidelines[len(name):].removeprefix(" in ").strip() or None if sidelines.startswith(name) else None
    if any(_same_name(name, e.name) for e in events):
        return [_as_beside(e, name, venue) if _same_name(name, e.name) else e for e in events]
    return [*events, MentionedEvent(name=name, kind=_event_kind(name), date_text=None, start=None, end=None,
                                    location=venue or _place_in_name(name), evidence=sentence.span)]


def _as_beside(event: MentionedEvent, name: str, venue: str | None) -> MentionedEvent:
    """The gathering the sidelines name, with its fuller name ("the fifth East Asia Summit") and its venue."""
    extra = name[:-len(event.name)].split() if name != event.name and name.endswith(f" {event.name}") else []
    if extra and len(extra) <= 3 and not {"of", "the"} & set(extra):
        event = replace(event, name=name)  # not "the opening ceremony of the Beijing Olympic Games": a part of it
    return replace(event, location=venue) if venue and event.location is None else event


def _same_name(a: str, b: str) -> bool:
    """Whether two names share half their words, words that any summit or meeting has left aside ("the fifth
    East Asia Summit" is not "the G20 summit")."""
    words_a, words_b = (set(n.lower().split()) - _ANY_EVENT_S_WORDS for n in (a, b))
    if not words_a or not words_b:
        return a.lower() == b.lower()
    return len(words_a & words_b) >= 0.5 * min(len(words_a), len(words_b))


def date_ongoing(events: list[MentionedEvent], sentence: Sentence | None, date: str | None) -> list[MentionedEvent]:
    """Events under way when the meeting took place ("on the sidelines of X", "who was paying an
    official visit") get the meeting's month as their start when the text gives them no date."""
    if sentence is None or date is None or not _ONGOING.search(sentence.text):
        return events
    return [replace(e, start=date[:7]) if e.start is None and e.evidence == sentence.span else e for e in events]


# Words a bare mention of an event carries that its full name may not: "his upcoming visit to China".
_BARE_WORDS = frozenset("his her their its the a an this that upcoming recent scheduled planned forthcoming".split())


def find_mentioned_events(
    text: str, sentences: list[Sentence], dates: list[DateMention], *, skip: Span | None,
    used_date: DateMention | None, org_spans: list[Span], main: tuple[Span, ...] = (),
) -> list[MentionedEvent]:
    """Named events, visits and happenings other than the main event, deduplicated, with their dates.

    ``main``: the spans that tell the readout's own meetings (the main event's sentence, the further
    meetings of the visit), whose meetings in lower case are no other events.
    """
    candidates = _candidates(sentences, skip, org_spans, text, main)
    _attach_dates(candidates, dates, used_date)
    events: dict[tuple[str, str], MentionedEvent] = {}
    for c in candidates:
        kind = _event_kind(c.name)
        # One event however often it is named: a visit by where it goes, an event by its venue.
        key = ("visit" if kind == "state_visit" else kind, (c.target or c.core or c.name).lower())
        if kind == "other":  # "the recent General Elections", later "the elections": one happening
            words = set(key[1].split())
            key = next((k for k in events if k[0] == "other" and (words <= set(k[1].split()) or set(k[1].split()) <= words)),
                       key)
        if key in events:
            kept = events[key]
            if kept.start is None and c.date is not None and c.date.first:
                kept = events[key] = replace(kept, date_text=c.date.text, start=c.date.first, end=c.date.last)
            bare_words = set(kept.name.lower().split()) - _BARE_WORDS
            fuller = len(c.name) > len(kept.name) and (
                kind == "other" or (kind in ("visit", "state_visit") and bare_words <= set(c.name.lower().split())))
            if fuller:  # the fullest name it is given: "visit to China", later "Prime Minister X's first visit to China"
                events[key] = replace(events[key], name=c.name, evidence=c.sentence.span)
            continue
        events[key] = MentionedEvent(
            name=c.name, kind=kind, date_text=c.date.text if c.date else None,
            start=c.date.first if c.date else None, end=c.date.last if c.date else None,
            location=c.target, evidence=c.sentence.span,
        )
    return _one_per_gathering(list(events.values()))


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9+&-]{1,11})\)")


def _distinctive_words(name: str) -> set[str]:
    """The words that tell one gathering from another, with the acronym a name defines ("(JEF)")."""
    words = set(re.findall(r"[\w+&-]+", name.lower())) - _ANY_EVENT_S_WORDS - _BARE_WORDS
    return words | {a.lower() for a in _ACRONYM.findall(name)}


def _a_meeting_of(meeting: str, body: str) -> bool:
    """"the first meeting of the Group of Political Dialogue" tells the one event the Group is named for."""
    meeting, body = meeting.lower(), body.lower().removeprefix("the ")
    return meeting.endswith((f" of {body}", f" of the {body}")) and bool(_MEETING_OF.search(meeting[:-len(body)]))


_MEETING_OF = re.compile(r"\b(?:meeting|session|summit|round|conference|plenary)\s+of\s+(?:the\s+)?$")


def _same_gathering(a: str, words_a: set[str], b: str, words_b: set[str]) -> bool:
    """One name's words all in the other's, and the shorter one names its body by an acronym ("JEF", "G20",
    "FOCAC"): "the reform conference" and "the forthcoming Copenhagen reform conference" may be two."""
    if not words_a or not words_b or not (words_a <= words_b or words_b <= words_a):
        return False
    if TWO_GATHERINGS.search(a) or TWO_GATHERINGS.search(b):
        return False  # "the G7 and NATO summits" are two, neither of them "the NATO Summit in Madrid"
    shorter = a if len(words_a) <= len(words_b) else b
    return bool(_BODY_ACRONYM.search(shorter))


_BODY_ACRONYM = re.compile(r"\b[A-Z]*[A-Z][A-Z0-9+&]+[A-Z0-9]?\b|\b[A-Z]\d{1,2}\b")


def _one_per_gathering(events: list[MentionedEvent]) -> list[MentionedEvent]:
    """A gathering named twice is one: "the Joint Expeditionary Force (JEF) Summit", later "the JEF summit";
    "the Group of 20 (G20) summit in Osaka", "the G20 Osaka summit". The fuller name is kept, in the first place."""
    kept: list[MentionedEvent] = []
    for event in events:
        words = _distinctive_words(event.name)
        same = next((i for i, k in enumerate(kept)
                     if (k.kind == event.kind and k.kind not in ("visit", "state_visit", "other")
                         and _same_gathering(event.name, words, k.name, _distinctive_words(k.name)))
                     or _a_meeting_of(k.name, event.name) or _a_meeting_of(event.name, k.name)), None)
        if same is None:
            kept.append(event)
            continue
        first = kept[same]
        fuller = event if len(event.name) > len(first.name) else first
        kept[same] = replace(first, name=fuller.name, location=first.location or event.location,
                             date_text=first.date_text or event.date_text, start=first.start or event.start,
                             end=first.end or event.end)
    return kept
