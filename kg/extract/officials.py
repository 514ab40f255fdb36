"""Officials: who is named, with which titles, for which state or organization, and where.

Finding is pattern-based (see :mod:`kg.extract.patterns`); resolving is rule-based:
later short references ("Lavrov", "Wang", "Premier Li") join the full name they abbreviate,
transliterations join through the table of well-known officials, and an official whose state the
text never gives gets the publisher's own state (the state named most often that no counterpart
is explicitly said to represent), as readouts introduce their own side without a state.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from kg.dates import MONTH_NAMES
from kg.extract.event_patterns import EVENT_NOUN
from kg.extract.gazetteer import find_names
from kg.extract.lexicon import Lexicon, OfficialEntry, fold, lexicon, slug
from kg.extract.patterns import PLURAL_TITLE_HEADS, official_patterns
from kg.model import Official, Span

__all__ = ["FoundOfficial", "find_officials", "home_state", "speaks_for_a_side"]

# Capitalised words that end a name in title-case headlines and sentence starts.
_NOT_NAME = frozenset(
    "Meets Met Meet Meeting Holds Held Has Had Have Talks Talk Call Calls Called Phone Telephone Speaks Spoke "
    "Makes Made Pays Paid Sends Sent Welcomes Welcomed Congratulates Thanks Discuss Discusses Discussed Agree Agrees "
    "Agreed Reviewed Signed Exchanged Talked Stressed Underlined Congratulated Thanked Review "
    "Reviews Sign Signs Exchange Exchanges Hold Receive Host Visit Underline Underlines Stress Stresses "
    "Says Said Visits Visit Attends Receives Received Hosts Hosted With And Of On In At To For The A An Tells Told "
    "Urges Urged Invites Invited Briefs Briefed Assures Assured Praises Hails Seeks Vows Backs Pledges "
    "During After Before By From Readout Press Release Statement Conversation Video Link Via Is Was Will "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Both Two Side Sides Government Office Minister "
    "Finally Also However Meanwhile Moreover Furthermore Additionally Separately Earlier Later Today Yesterday "
    "Then Besides Likewise Similarly Recently Lastly Secondly First Second Third Overall Notably Importantly "
    "Accordingly Nevertheless Instead Thus Therefore Hence Here There This That These Those It Designate Elect "
    "VIDEO PHOTO PHOTOS UPDATE UPDATED LIVE Nation "  # a headline's tag; "the Leader of the Nation"
    # post-nominal letters: "the Hon. Julie Bishop, MP, Minister ..."
    "Delegate MP QC KC PC OBE CBE MBE KBE CMG KCMG GCMG".split()
)
# Words of institutions and places: a "name" holding one is not a person ("Regional Centre").
_INSTITUTION = frozenset(
    "Centre Center Office Council Committee Commission Ministry Department Bureau Organization Organisation Forum "
    "Summit Conference Agency Union Fund Bank Affairs Republic Kingdom State States Government Palace House Hall "
    "Secretariat Institute University Assembly Parliament Congress Court Embassy Mission Delegation Forces Army "
    "Party Airport Hotel Hospital Museum Stadium Unit Division Directorate "
    "Africa Asia Europe America Americas Caribbean Pacific Oceania".split()  # "Minister for South Asia, North Africa"
)
# Words that end an envoy's remit, left before the name when the remit runs on: "Special Representative for Korean
# Peninsula Peace and Security Affairs Noh Kyu-duk" is read as far as "Peninsula" first.
_REMIT_WORDS = frozenset("Peace Process Security Cooperation Development Relations".split())
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")  # "Lavrov's", "Burns'"
# What names a place, not a person, right before a capitalised word: "in St. Petersburg", "at Geneva".
# (but who a call or a letter is from is a person: "received a phone call from Dr Hossein Amir Abdollahian,
# Minister ...")
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near)|(?<!\bcall\s)(?<!\bcalls\s)(?<!\bletter\s)(?<!\bmessage\s)\bfrom|"
                           r"\bSt\.?)\s+$")


@dataclass
class FoundOfficial:
    """An official while the readout is being read; frozen into :class:`Official` at the end."""

    name: str
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    explicit: bool = False
    mentions: list[Span] = field(default_factory=list)
    canonical: str | None = None  # the well-known official a family name alone stands for
    guessed: bool = False  # no text or table gave the state: the publisher's side was assumed
    descriptions: list[Span] = field(default_factory=list)  # the appositive titles after the name

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    def absorb(self, other: FoundOfficial) -> None:
        self.titles += [t for t in other.titles if t not in self.titles]
        if other.explicit and not self.explicit:
            self.affiliation, self.explicit = other.affiliation, True
        self.mentions += other.mentions
        self.canonical = self.canonical or other.canonical
        self.descriptions += other.descriptions


def _clean_name(raw: str, start: int, *, keep: str) -> tuple[str, int] | None:
    """Trim non-name words: from the right after a title ("keep=left"), from the left before one; a nickname
    in quotes is no part of the name."""
    tokens = [t for t in raw.split() if t[0] not in "\"“"]
    while tokens and tokens[0] in _REMIT_WORDS:  # "Special Envoy for the Colombian Peace Process Bernie Aronson"
        tokens = tokens[1:]
    if any(_POSSESSIVE.sub("", t) in _INSTITUTION for t in tokens) and not _listed_before_possessive(tokens):
        return None
    if keep == "left":
        for i, token in enumerate(tokens):
            if i == 0 and len(tokens) == 1 and token in MONTH_NAMES and lexicon().officials_called(token):
                break  # "Prime Minister May": a listed official of that name, not the month
            if token in _NOT_NAME or lexicon().affiliation_of(token):
                tokens = tokens[:i]
                break
            if _POSSESSIVE.search(token):
                tokens = [*tokens[:i], _POSSESSIVE.sub("", token)]
                break
        offset = 0
    else:
        cut = max((i + 1 for i, t in enumerate(tokens) if t in _NOT_NAME or lexicon().affiliation_of(t)), default=0)
        offset = len(" ".join(tokens[:cut])) + (1 if cut else 0) if cut else 0
        tokens = tokens[cut:]
    name = " ".join(tokens)
    stripped = official_patterns().honorific.sub("", name)
    offset += len(name) - len(stripped)
    if not stripped or not stripped[0].isupper():
        return None
    return stripped, start + raw.find(stripped.split()[0]) if keep == "left" else start + offset


def _listed_before_possessive(tokens: list[str]) -> bool:
    """"President Trump's South Asia strategy": a listed official's name, then what is his; but "Lao People's
    Revolutionary Party" names a party."""
    own = tokens[:next((i + 1 for i, t in enumerate(tokens) if _POSSESSIVE.search(t)), 0)]
    name = _POSSESSIVE.sub("", " ".join(own))
    lex = lexicon()
    return bool(own) and bool(lex.known_official(name) or lex.official_by_surname(name))


# A peer named by title and family name alone is known by both: "Baroness Hayman", "Lord Mandelson"
# (unless the family name is a listed official's: "Baroness Ashton" is Catherine Ashton).
_PEERAGE = re.compile(r"\b(Lord|Baroness|Lady)\s+$")


def _with_peerage(text: str, name_and_start: tuple[str, int] | None, lex: Lexicon) -> tuple[str, int] | None:
    if name_and_start is None or len(name_and_start[0].split()) != 1:
        return name_and_start
    name, start = name_and_start
    peer = _PEERAGE.search(text, max(0, start - 10), start)
    if peer is None or lex.official_by_surname(name) is not None:
        return name_and_start
    return f"{peer.group(1)} {name}", peer.start(1)


def _titles(chain: str) -> list[str]:
    return [m.group() for m in official_patterns().title.finditer(chain)]


def _any_case_titles(chain: str) -> list[str]:
    """Titles as the table writes them, from a chain in any case ("diplomatic counselor")."""
    canonical = _titles_by_fold()
    return [canonical.get(m.group().lower(), m.group()) for m in official_patterns().any_case_title.finditer(chain)]


@cache
def _titles_by_fold() -> dict[str, str]:
    return {title.lower(): title for title in lexicon().titles}


def _affiliation(lex: Lexicon, *forms: str | None) -> str | None:
    for form in forms:
        if form and (key := lex.affiliation_of(form)):
            return key
    return None


def _inside_a_longer_name(text: str, start: int) -> bool:
    """Whether a state's or a body's name at ``start`` is part of a longer name that stands for neither
    ("National Security Council Senior Director Sarah Beran" serves no UN Security Council)."""
    window = max(0, start - 40)
    return any(n.key is None and n.span.start + window <= start < n.span.end + window
               for n in find_names(text[window:start + 60]))


def _last_affiliation(lex: Lexicon, text: str) -> str | None:
    """The last state or organization a description names (not one hidden in a longer name); an envoy's own state
    before the one he is posted to ("Ambassador of the State of Palestine to the Kingdom of Thailand")."""
    keys = [n.key for n in find_names(text) if n.key]
    if len(keys) > 1 and (posted := _POSTED_TO.search(text)) and (own := _last_affiliation(lex, text[:posted.end()])):
        return own
    return keys[-1] if keys else None


_POSTED_TO = re.compile(r"\b(?:Ambassador|Envoy|Representative|Consul(?:\s+General)?|Chargé\s+d['’]Affaires)\s+of\s+"
                        r"(?:the\s+)?[A-Z][^,;]*?(?=\s+(?:to|in)\s+(?:the\s+)?[A-Z])")


def _body_in(lex: Lexicon, titles: str) -> str | None:
    """The organization a title names: "Head of the EU Delegation" serves the EU. (A state in a
    title says nothing: "Ambassador to China" is another state's.)"""
    key = _last_affiliation(lex, titles)
    return key if key and key.startswith("org/") else None


_AN_EVENT_S_LAST_WORD = re.compile(rf"\b{EVENT_NOUN}$")  # "Strategic Dialogue", "Summit", "Forum", "Talks", ...


def _found(name_and_start: tuple[str, int] | None, titles: list[str], affiliation: str | None) -> FoundOfficial | None:
    if name_and_start is None:
        return None
    name, start = name_and_start
    lex = lexicon()
    if name in lex.capitals or lex.affiliation_of(name):
        return None  # "in Beijing, State Councilor Wang Yi": a place or a state before a title is no name
    if all(token in _title_words() or token in lex.portfolio_words for token in name.split()):
        return None  # "Secretary General of the ACP Group", "... Health and Social Care, Matt": the rest of a title
    if _AN_EVENT_S_LAST_WORD.search(name):
        return None  # "To open the U.S.-Qatar Strategic Dialogue, the Secretary signed ...": an event, no person
    return FoundOfficial(name, titles, affiliation, affiliation is not None, [Span(start, start + len(name))])


_NEXT_PERSON = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z]|[ \t]*$)")  # "..., Chancellor Merkel, ...": a name of its own
# Where the words after a title still name its body: "of the Republic of Korea", "of Foreign Affairs (MOFA)";
# a lower-case word other than these begins the sentence's verb.
# (not a possessive before a lower-case word, which begins what follows: "..., Minister of Foreign Affairs and Trade of
# the Republic of Korea (ROK) on North Korea's launch of a missile"; but "of Iran's Armed Forces")
_AFFILIATION_TAIL = re.compile(r"(?:[ \t]+(?:of|the|and|for|on|in|to|&|\([^)]*\)|"
                               r"[A-Z][\w'’.-]*(?![\w'’.-])(?:(?<!['’]s)|(?=[ \t]+[A-Z]))))*")
# What a remit is about, no one's affiliation: "for China and Taiwan Affairs", "on the Middle East Issue".
_REMIT_SUBJECT = re.compile(r"\b(?:for|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+|and\s+|of\s+|the\s+){0,6}?"
                            r"(?:Affairs|Issues?|Question)\b")
# A plural verb right after "A, B": B is the second subject, not A's title.
_JOINT_VERB = re.compile(r"\s+(?:discuss|meet|hold|agree|sign|vow|talk|review|pledge|exchange|call|explore)\b")
_NAME_THEN_JOINT_VERB = re.compile(r"\s+[A-Z][\w'’-]+" + _JOINT_VERB.pattern)
_SPEECH_TAG = re.compile(r"\s*(?:said|says|added|noted|told|stressed|explained|stated|emphasi[sz]ed)\b")


# A cheap test before the news style's lower-case titles: a title's head word in lower case.
_LOWER_TITLE_HEAD = re.compile(r"\b(?:minister|president|premier|ambassador|secretary|envoy|chancellor|council+or|"
                               r"commissioner|chair(?:man|woman|person)|speaker|spokes(?:person|man|woman)|governor|"
                               r"director|counselor|adviser|advisor|leader|representative|prince|king|queen|emir|"
                               r"sultan|mayor|senator|general|consul|coordinator)\b")
# Titles that are given names as often: a title only after "the" or a state's adjective.
_ALSO_A_GIVEN_NAME = frozenset({"Amir"})


def _titled_mentions(text: str, lex: Lexicon) -> list[FoundOfficial]:
    patterns = official_patterns()
    found: list[FoundOfficial | None] = []
    titles_of_the_next = set()  # where a title that goes with the name after it starts
    for m in patterns.title_before.finditer(text):
        if m.group("titles") in _ALSO_A_GIVEN_NAME and not (m.group("article") or m.group("adj")):
            continue  # "Hossein Amir Abdollahian", "Amir Ohana": a name; "the Amir Sheikh Tamim" has the title
        name = _with_peerage(text, _clean_name(m.group("name"), m.start("name"), keep="left"), lex)
        name = _rest_of_state_name(lex, name, m.group("of3") or m.group("of1") or m.group("for1") or m.group("adj"))
        # "Prime Minister of New Zealand": a generic minister's title took the state's first word
        name = _rest_of_state_name(lex, name, m.group("titles").split()[-1])
        titles = _titles(m.group("titles"))
        if m.group("article") and len(titles) > 1:
            titles = titles[-1:]  # "The Prime Minister and President Biden": only the last title is his
        adj = None if m.group("adj") and _inside_a_longer_name(text, m.start("adj")) else m.group("adj")
        affiliation = _affiliation(lex, adj, m.group("of1"), m.group("of3"), m.group("of2"), m.group("of4"))
        if affiliation is None and m.group("remit"):  # "of the Chinese Government on European Affairs", not the remit
            affiliation = _last_affiliation(lex, _REMIT_SUBJECT.sub("", m.group("remit")))
        affiliation = affiliation or _body_in(lex, m.group("titles")) or _appositive_title_before(text, m.start(), lex)
        found.append(_found(name, titles, affiliation))
        if found[-1] is not None and m.group("of1"):  # "Foreign Minister of Singapore George Yeo"
            titles_of_the_next.add(m.start("titles"))
    for m in patterns.name_then_title.finditer(text):
        if _NEXT_PERSON.match(patterns.honorific.sub("", m.group("rest").lstrip())) \
                or m.start("titles") in titles_of_the_next:
            continue  # "Anthony Loke, Minister of Economy Rafizi Ramli, ...", "Ban Ki-moon, Foreign Minister of
            # Singapore George Yeo and ...": the title is the next person's
        if _SPEECH_TAG.match(m.group("rest")):
            continue  # "... safety on the Mekong River, the prime minister said": who spoke, not an appositive
        if _JOINT_VERB.match(m.group("rest")) or _NAME_THEN_JOINT_VERB.match(m.group("rest")):
            continue  # "FM Dar, UK minister discuss regional developments", "PM Lee, US President Obama discuss ...":
            # two subjects of a headline
        if lex.affiliation_of(m.group("name")):
            continue  # "the Foreign Minister of the Kingdom of Saudi Arabia, Prince Faisal": a state, no person
        if _PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "the G20 Summit in St. Petersburg, National Security Advisor Rice ...": a place, no person
        name = _clean_name(m.group("name"), m.start("name"), keep="right")
        tail = _AFFILIATION_TAIL.match(m.group("rest"))  # "..., Crown Prince and Prime Minister made a call to X of Y"
        official = _found(name, _any_case_titles(m.group("titles")),  # "..., the US special envoy to Pakistan": USA
                          _affiliation(lex, m.group("adj"))
                          or _last_affiliation(lex, m.group("titles") + m.group("rest")[:tail.end()])
                          or _institution_after(text, m.end("rest"), lex))
        if official is not None:  # "..., diplomatic counselor to President Macron": Macron is described, not present
            official.descriptions.append(Span(m.start("titles"), m.start("rest") + tail.end()))
        found.append(official)
    for m in patterns.lower_title_before.finditer(text) if _LOWER_TITLE_HEAD.search(text) else ():
        name = _clean_name(m.group("name"), m.start("name"), keep="left")
        found.append(_found(name, _any_case_titles(m.group("titles")), _affiliation(lex, m.group("adj"))))
    for m in patterns.spokesperson.finditer(text) if "spokes" in text else ():
        found.append(_found(_clean_name(m.group("name"), m.start("name"), keep="left"), [m.group("titles")], None))
    for m in patterns.counterpart.finditer(text):
        name = _clean_name(m.group("name"), m.start("name"), keep="left")
        titles = []
        if (titled := patterns.title_before.match(text, m.start("name"))) is not None:
            # "his Iranian counterpart, Deputy Foreign Minister Abbas Araghchi"
            name = _clean_name(titled.group("name"), titled.start("name"), keep="left")
            titles = _titles(titled["titles"])
        found.append(_found(name, titles, _affiliation(lex, m.group("adj"))))
    for m in patterns.plural_title.finditer(text) if any(head in text for head in PLURAL_TITLE_HEADS) else ():
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
            continue  # "Vice-Presidents ..." is another word
        title = m.group("titles").split()
        # "Prime Ministers": "Prime Minister"; "Cabinet Secretaries": "Cabinet Secretary"
        singular = " ".join([*title[:-1], title[-1][:-3] + "y" if title[-1].endswith("ies") else title[-1][:-1]])
        for group in ("first", "second"):
            found.append(_found(_clean_name(m.group(group), m.start(group), keep="left"), [singular], None))
    for m in patterns.title_then_name.finditer(text):
        group = next(g for g in ("name", "closed", "bodied") if m.group(g))
        closed = m.group(group).split() if group != "name" else []
        if closed and (len(closed) < 2 or closed[0] in _title_words() or closed[0] in lex.portfolio_words):
            continue  # "the Minister, Vice Minister, ...", "Minister for Labour, Employment, ...": more title
        name = _clean_name(m.group(group), m.start(group), keep="left")
        affiliation = _affiliation(lex, m.group("adj"), m.group("of") or m.group("body_of")) \
            or _body_in(lex, m.group("titles"))
        if _OBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start()) and name is not None \
                and (known := lex.known_official(name[0])) and affiliation and known.affiliation != affiliation:
            continue  # "During the conversation with the President of Uzbekistan, Vladimir Putin gave ...": the
            # title is what "with" takes, and the listed official after the comma is the clause's subject
        found.append(_found(name, _titles(m.group("titles")), affiliation))
    for m in patterns.known_name.finditer(text):
        found.append(FoundOfficial(m.group(), mentions=[Span(m.start(), m.end())]))
    titled = [m for f in found if f is not None for m in f.mentions]
    others = _namesakes_of_the_listed(found, lex)
    for m in patterns.known_surname.finditer(text):
        if m.group() in others:
            continue
        if _alone(text, m.start(), m.end()) and not any(t.start <= m.start() < t.end for t in titled):
            entry = lex.surnames[m.group()]  # "Putin fails"; not "Major progress", "Ellen Johnson Sirleaf"
            found.append(FoundOfficial(m.group(), mentions=[Span(m.start(), m.end())], canonical=entry.name))
    return [f for f in found if f is not None]


def _namesakes_of_the_listed(found: list[FoundOfficial | None], lex: Lexicon) -> set[str]:
    """Family names that the text's own people bear and that no listed official of that name shares a given name
    with: "Kirstjen Nielsen", then "Nielsen", is not the listed Holger K. Nielsen ("Syed Yusuf Raza Gilani" may
    well be the listed Yousuf Raza Gilani)."""
    namesakes = set()
    for official in found:
        if official is None or not official.name or len(official.name.split()) < 2:
            continue
        *given, family = official.name.split()
        entry = lex.surnames.get(family)
        if entry is None or lex.known_official(official.name) is not None:
            continue
        listed = {fold(word) for form in (entry.name, *entry.aliases) for word in form.split()[:-1]}
        if not listed & {fold(word) for word in given}:
            namesakes.add(family)
    return namesakes


# A preposition's object: the title after it ends at the comma that closes an opening phrase.
_OBJECT_BEFORE = re.compile(r"\b(?:with|to|by|from)\s+the\s+$")


# A title in apposition right before another: "The Special Envoy of China for Afghanistan Affairs, Ambassador Liu
# Jian", "Pakistan's Special Representative for Afghanistan, Ambassador Muhammad Sadiq"; not a name with its title
# ("a visit by Afghan President Hamid Karzai, Prime Minister Stephen Harper"), nor an office ("the Office of the
# Secretary General at the United Nations, Foreign Minister Shahid").
_TITLE_TAIL = re.compile(r"(?:[ \t]+(?:of|for|on|the|and)(?:[ \t]+[A-Z][\w'’-]*)+)*,[ \t]+$")
_STATE_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<state>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}?)[ \t]+$")  # "Pakistan's"
_OF_BEFORE = re.compile(r"\bof[ \t]+(?:the[ \t]+)?$")
_CLAUSE_WORD_BEFORE = re.compile(r"\b(?:with|and|by|from|to|[Tt]he)[ \t]+$")
_FOR_A_STATE = re.compile(r"\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _appositive_title_before(text: str, start: int, lex: Lexicon) -> str | None:
    """The state or body of a title said in apposition just before another title and its name."""
    window = text[max(0, start - 150):start]
    if not window.rstrip(" \t").endswith(","):
        return None  # a cheap test first: no comma right before, no apposition
    titles = [m for m in official_patterns().title.finditer(window) if _TITLE_TAIL.fullmatch(window, m.end())]
    if not titles:
        return None
    title = titles[-1]
    before = window[:title.start()]
    state = _STATE_BEFORE.search(before)
    adjective = _POSSESSIVE.sub("", state["state"]) if state else None
    if state and adjective and lex.affiliation_of(adjective):
        before = before[:state.start()]
    else:
        adjective = None
    if _OF_BEFORE.search(before) or (before.strip() and before.rstrip()[-1:].isalnum() and not adjective
                                      and not _CLAUSE_WORD_BEFORE.search(before)):
        return None  # "the Office of the Secretary General, ...": part of another name
    tail = _FOR_A_STATE.sub("", _REMIT_SUBJECT.sub("", window[title.end():]))  # the remit is no one's side
    return _last_affiliation(lex, f"{adjective or ''} {tail}")


# The institution after a title says whose it is: "Hartogh, Director of Asia and Oceania Department, Ministry of Foreign
# Affairs of the Netherlands", "Annelize Schroeder, Chargé d'Affaires a.i., Embassy of the Republic of South Africa in
# Japan" (South Africa's: the city or state after "in" is the post's).
_INSTITUTION_AFTER = re.compile(r"[ \t]*(?:a\.i\.)?,[ \t]+(?:the[ \t]+)?(?P<body>(?:Ministry|Embassy|High[ \t]+Commission|"
                                r"Permanent[ \t]+Mission|Government)[ \t]+of\b[^,;:\n]{3,100}?)(?=[,;:\n]|\.(?:\s|$)|$)")
_POSTED_IN = re.compile(r"\s+in\s+(?:the\s+)?[A-Z].*$")


def _institution_after(text: str, end: int, lex: Lexicon) -> str | None:
    m = _INSTITUTION_AFTER.match(text, end)
    return _last_affiliation(lex, _POSTED_IN.sub("", m.group("body"))) if m else None


def _rest_of_state_name(lex: Lexicon, name: tuple[str, int] | None, before: str | None) -> tuple[str, int] | None:
    """"of the Russian Federation", "of Saudi Arabia": the state's name goes on past the adjective
    the pattern took ("Russian", "Saudi"); its last word is no person."""
    if name is None or not before:
        return name
    first, _, rest = name[0].partition(" ")
    if not lex.affiliation_of(f"{before} {first}"):
        return name
    return (rest, name[1] + len(first) + 1) if rest and rest[0].isupper() else None


def _alone(text: str, start: int, end: int) -> bool:
    """A family name standing alone mid-sentence, not part of a longer name nor a sentence's first word."""
    before = text[max(0, start - 40):start].rstrip()
    after = text[end:end + 40].lstrip()
    if not before or before[-1] in ".!?:\n\"“" or before.endswith(("the", "The")):
        return False
    if _PLACE_BEFORE.search(before + " "):
        return False  # ... nor a place: "in Clark, Pampanga" (Helen Clark's family name)
    previous = before.split()[-1] if before.split() else ""
    following = after.split()[0] if after.split() else ""
    return not previous[:1].isupper() and not following[:1].isupper()


def _merge_same_names(found: list[FoundOfficial], lex: Lexicon) -> list[FoundOfficial]:
    """One entry per person: same folded name, or the same well-known official under another spelling."""
    merged: dict[str, FoundOfficial] = {}
    for official in sorted(found, key=lambda o: o.mentions[0].start):
        entry = lex.known_official(official.canonical or official.name)
        key = fold(entry.name) if entry else fold(official.name)
        if key in merged:
            if len(official.tokens) > len(merged[key].tokens):
                merged[key].name = official.name  # a headline's "Netanyahu", then "Benjamin Netanyahu": the full name
            merged[key].absorb(official)
        else:
            merged[key] = official
    return list(merged.values())


_PARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]r)[-‑]")
# A family name that opens with a particle is still a family name alone: "Le Drian", "Van Rompuy", "Al Thani".
_PARTICLE_NAME = re.compile(r"(?:Le|La|De|Du|Da|Di|Van|Von|Al|El|Bin|Ibn|Abu)\s+\S+")


def _merge_overgrown_names(officials: list[FoundOfficial]) -> list[FoundOfficial]:
    """"Transport Anthony Loke Siew Fook" (from "Minister of Transport Anthony Loke Siew Fook") is
    "Anthony Loke Siew Fook" when the text also names him so: a word before a full name that is no
    given name belongs to the title or an honorific ("Dato' Seri Utama Mohamad Hasan")."""
    given = _given_names()
    kept = []
    for official in officials:
        inner = next((o for o in officials if o is not official and len(o.tokens) >= 2
                      and official.name.endswith(" " + o.name) and official.tokens[0] not in given
                      and any(m.end == n.end for m in official.mentions for n in o.mentions)), None)
        if inner is None:
            kept.append(official)
            continue
        titles, mentions = official.titles, official.mentions
        official.titles, official.mentions = [], []
        inner.absorb(official)
        inner.titles += [t for t in titles if t not in inner.titles]
        inner.mentions += [m for m in mentions if m not in inner.mentions]
    return kept


def _merge_cut_names(officials: list[FoundOfficial]) -> list[FoundOfficial]:
    """"Albert F." (a title's name cut short at "del") is "Albert F. del Rosario", read where the same mention
    starts."""
    kept = []
    for official in officials:
        whole = next((o for o in officials if o is not official and o.name.startswith(official.name + " ")
                      and any(m.start == n.start for m in official.mentions for n in o.mentions)), None)
        if whole is None:
            kept.append(official)
        else:
            whole.absorb(official)
    return kept


def _short_token(token: str) -> str:
    """How a later short reference writes a name's word: "HAYASHI" (Japan's MOFA writes family names
    in capitals) is "Hayashi"; "El-Sisi" is "Sisi"."""
    token = _PARTICLE.sub("", token)
    return token.capitalize() if token.isupper() and len(token) > 2 else token


def _merge_short_names(officials: list[FoundOfficial]) -> list[FoundOfficial]:
    """"Premier Li" and "Premier Li Keqiang" are one person when only one full name fits."""
    full = [o for o in officials if len(o.tokens) > 1]
    known = lexicon().known_official
    kept = []
    for official in officials:
        if len(official.tokens) == 1:
            short = _short_token(official.name)  # "Minister IWAYA" after "Iwaya Takeshi"
            fits = [o for o in full if (official.name in o.tokens or short in map(_short_token, o.tokens))
                    and _same_side(o, official)]
        elif _PARTICLE_NAME.fullmatch(official.name) or (len(official.tokens) == 2 and not known(official.name)):
            # "Minister Le Drian" after "Jean-Yves Le Drian", "Minister Carrera Castro" after "Luis Fernando Carrera
            # Castro": the two family names (but "Sushma Swaraj" is a name of her own)
            fits = [o for o in full
                    if len(o.tokens) > 2 and o.tokens[-2:] == official.tokens and _same_side(o, official)]
        else:
            fits = []
        if len(fits) == 1:
            fits[0].absorb(official)
            continue
        kept.append(official)
    return kept


def _same_side(a: FoundOfficial, b: FoundOfficial) -> bool:
    """King Abdullah of Jordan is not Saifuddin Abdullah of Malaysia: explicit states must agree."""
    return not (a.explicit and b.explicit and a.affiliation != b.affiliation)


def _short_forms(official: FoundOfficial, others: list[FoundOfficial], lex: Lexicon) -> set[str]:
    if len(official.tokens) < 2:
        return set()
    shared = {t for o in others if o is not official for t in o.tokens}
    candidates = {official.tokens[0], official.tokens[-1]}
    candidates = (candidates | {_short_token(t) for t in candidates}) - shared
    return {t for t in candidates if len(t) > 1 and t[0].isupper() and t not in _NOT_NAME and not lex.affiliation_of(t)}


def _add_short_mentions(text: str, officials: list[FoundOfficial], lex: Lexicon) -> None:
    taken = bytearray(len(text) + 1)  # characters already inside a full mention (linear, however many)
    for span in (s for o in officials for s in o.mentions):
        taken[span.start:span.end] = b"\x01" * (span.end - span.start)
    for official in officials:
        for form in sorted(_short_forms(official, officials, lex)):
            for start in _whole_word_at(text, form):
                if not taken[start]:
                    official.mentions.append(Span(start, start + len(form)))
        official.mentions.sort()


def _whole_word_at(text: str, form: str) -> Iterator[int]:
    """Where ``form`` stands as a whole word ("Wang", not "Wangari" nor "Al-Wang"). A plain search:
    a pattern compiled per name would miss the regex cache on every readout (5% of extraction time)."""
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if not (start and _in_word(text[start - 1])) and not (end < len(text) and _in_word(text[end])):
            yield start
        start = text.find(form, start + 1)


def _in_word(char: str) -> bool:
    """A character of a word or a hyphenated name: the pattern class [\\w-]."""
    return char.isalnum() or char in "_-"


def home_state(entities: list[str], officials: list[FoundOfficial]) -> str | None:
    """The publisher's side: the state named most often that no official explicitly represents, or, where
    each has one ("Iraq's Prime Minister ..., Turkish Foreign Minister ..."), the state named most often.
    Across from an explicit counterpart, each mention of a listed official whom the text gives no state counts as a
    mention of his: "Prime Minister Datuk Seri Anwar Ibrahim ... received ... his Japanese counterpart", in a text
    that never writes "Malaysia". (Without a counterpart it tells no side: "Premier Li met with Prime Minister Abe".)"""
    counterpart = {o.affiliation for o in officials if o.explicit}
    listed = [o.affiliation for o in officials if counterpart and not o.explicit and o.affiliation
              and o.affiliation.startswith("state/") for _ in o.mentions]
    named = [k for k in entities if k.startswith("state/")]
    ranked = [k for k in named + listed if k not in counterpart] or named
    counts = Counter(ranked)
    if counts:
        return max(counts, key=lambda k: (counts[k], -ranked.index(k)))
    return None


@cache
def _title_words() -> frozenset[str]:
    """Capitalised words of the shipped titles ("General", "Minister", "Councilor")."""
    return frozenset(word for title in lexicon().titles for word in title.split() if word[:1].isupper())


@cache
def _given_names() -> frozenset[str]:
    lex = lexicon()
    return frozenset(form.split()[0] for entry in lex.officials for form in (entry.name, *entry.aliases) if form.split())


def _by_family_name(lex: Lexicon, official: FoundOfficial) -> OfficialEntry | None:
    """The one well-known official a family name alone stands for: not a name that is also someone's
    given name ("King Abdullah" is not Saifuddin Abdullah), nor one of a state the text contradicts."""
    entry = lex.official_by_surname(official.name)  # "Putin", "Çavuşoğlu"
    if entry is None or official.name in _given_names():
        return None
    return None if official.explicit and official.affiliation != entry.affiliation else entry


# A year as readouts write one: the terms of office it falls in tell "President Bush" in 2007 from his father.
_YEAR = re.compile(r"(?<![\d,.])(?:19[4-9]\d|20\d\d)(?![\d,.]\d)")


def _years_written(text: str) -> set[int]:
    return {int(year) for year in _YEAR.findall(text)}


def _serving(entry: OfficialEntry, years: set[int]) -> bool:
    """Whether the official held office in one of ``years``, a year's grace either side; an unknown
    bound excludes nothing, and no year known, nobody is excluded."""
    first = int(entry.served_from[:4]) - 1 if entry.served_from else 0
    last = int(entry.served_to[:4]) + 1 if entry.served_to else 9999
    return not years or any(first <= year <= last for year in years)


def _by_title_and_name(lex: Lexicon, official: FoundOfficial, years: set[int]) -> OfficialEntry | None:
    """The one well-known official that a title and one name stand for, "President Xi", "Premier Li",
    "President Bush" in a readout of 2007, "Foreign Minister Retno": among those whose name opens or ends
    with it, the one who held that title, in office in a year the text writes, of the state it gives."""
    titles = {title.casefold() for title in official.titles}
    candidates = [entry for entry in lex.officials_called(official.name)
                  if titles & {title.casefold() for title in entry.titles} and _serving(entry, years)
                  and not (official.explicit and official.affiliation != entry.affiliation)]
    return candidates[0] if len(candidates) == 1 else None


def _may_be(entry: OfficialEntry, official: FoundOfficial, years: set[int]) -> bool:
    """Whether the listed official may be the one written: not "Foreign Minister Ban Ki-moon" in 2005, years before
    the UN Secretary-General the table lists, with another title. (One's state stays one's state through other posts:
    Ayman Safadi was Jordan's before he was its Foreign Minister.)"""
    titles = {title.casefold() for title in official.titles}
    return not titles or entry.affiliation.startswith("state/") \
        or bool(titles & {title.casefold() for title in entry.titles}) or _serving(entry, years)


def _resolve_affiliations(officials: list[FoundOfficial], entity_mentions: list[str], lex: Lexicon,
                          years: set[int]) -> None:
    for official in officials:
        if len(official.tokens) == 1 and not official.canonical and (
                entry := _by_family_name(lex, official) or _by_title_and_name(lex, official, years)):
            official.canonical = entry.name  # "President Biden", the only Biden listed
        if not official.explicit and (entry := lex.known_official(official.canonical or official.name)) \
                and _may_be(entry, official, years):
            official.affiliation = entry.affiliation
            official.titles = official.titles or list(entry.titles[:1])
    home = home_state(entity_mentions, officials)
    for official in officials:
        if official.affiliation is None:
            official.affiliation = _spokesperson_s_side(official, officials) or home
            official.guessed = official.affiliation is not None


def _spokesperson_s_side(official: FoundOfficial, officials: list[FoundOfficial]) -> str | None:
    """Whose side a spokesperson the text gives no state speaks for: the first official the text names, as the
    publisher puts its own principal first ("Yoon ... the presidential spokesperson Lee Do-woon", "Merkel's
    spokesman Steffen Seibert"); a spokesperson is not the side the text names most."""
    if not speaks_for_a_side(official.titles):
        return None
    return next((o.affiliation for o in officials if o is not official and o.affiliation
                 and not speaks_for_a_side(o.titles)), None)


# Who speaks for a ministry tells of the meeting and takes no part in it: "attributable to Spokesperson Ned Price",
# "Presidential spokesperson Kang Yu-jung".
_SPOKESPERSON = re.compile(r"\b(?:[Ss]pokes(?:person|man|woman)|Press\s+Secretary)\b")


def speaks_for_a_side(titles: Iterable[str]) -> bool:
    """Whether the titles are a spokesperson's or a press secretary's."""
    return bool(_SPOKESPERSON.search(" ".join(titles)))


# A government named after its leader: "the Assad regime", "the Maduro regime's crackdown".
_REGIME = re.compile(r"\b(?P<name>[A-Z][a-z]{3,})\s+regime\b")


def _named_by_their_regime(text: str, lex: Lexicon) -> list[FoundOfficial]:
    """The listed leader a regime is named after: "the Assad regime" names Bashar al-Assad."""
    found = []
    for m in _REGIME.finditer(text) if "regime" in text else ():
        entry = lex.official_by_surname(m.group("name"))
        if entry is not None:  # (a regime is named by a family name, even one that is someone's given name)
            found.append(FoundOfficial(m.group("name"), [], entry.affiliation, True, [Span(m.start(), m.end("name"))],
                                       canonical=entry.name))
    return found


def find_officials(text: str, entity_mentions: list[str]) -> list[FoundOfficial]:
    """Every named official in the text, one entry per person, with all their mentions.

    ``entity_mentions`` lists the state and organization keys in text order (with repeats), for
    the publisher's-side rule.
    """
    lex = lexicon()
    officials = _merge_short_names(_merge_cut_names(_merge_overgrown_names(
        _merge_same_names(_titled_mentions(text, lex) + _named_by_their_regime(text, lex), lex))))
    _add_short_mentions(text, officials, lex)
    _resolve_affiliations(officials, entity_mentions, lex, _years_written(text))
    return sorted(officials, key=lambda o: o.mentions[0].start)


def freeze(official: FoundOfficial, *, participant: bool) -> Official:
    """The final, immutable record; the key comes from the canonical name of a well-known official."""
    lex = lexicon()
    entry = lex.known_official(official.canonical or official.name)
    return Official(
        key=f"official/{slug(entry.name if entry else official.name)}",
        name=official.name,
        affiliation=official.affiliation,
        titles=tuple(t for t in official.titles if not any(o.startswith(f"{t} ") for o in official.titles)),
        participant=participant,
        mentions=tuple(sorted(set(official.mentions))),
        label=entry.name if entry else None,
        represents=lex.union_of(official.affiliation),
    )
