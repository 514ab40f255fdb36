"""The regular expressions for officials, compiled once from the gazetteers.

Readouts introduce officials in a handful of shapes; each is one pattern here:

* ``TITLES NAME [of AFFILIATION]`` with an optional state adjective or name in front:
  "Russian Foreign Minister Sergey Lavrov", "Foreign Minister Sergei Lavrov of Russia",
  "State Councilor and Foreign Minister Wang Yi", "UN Secretary-General Ban Ki-moon";
* ``NAME, TITLES of AFFILIATION``: "Dato' Saifuddin Abdullah, Minister of Foreign Affairs of Malaysia";
* ``TITLES of AFFILIATION, NAME``: "the President of the United States, Joe Biden";
* a name from the table of well-known officials, anywhere: "Xi Jinping".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import lexicon
from kg.extract.trie import trie_pattern

__all__ = ["PLURAL_TITLE_HEADS", "UPPER", "OfficialPatterns", "official_patterns"]

# A capital letter of the Latin script, accented ones included: "Çavuşoğlu", "Şimşek", "İbrahim", "Ólafur".
UPPER = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
# One name token: "Sergei", "Ki-moon", "Shia'", "al-Sudani", "bin Al-Hussein", "von der Leyen", "O'Neill", an initial
# "J.", initials glued to a name "S.Ryabkov"
_TOKEN = (rf"(?:{UPPER}\.(?:{UPPER}\.)*(?=\s)|{UPPER}\.(?:{UPPER}\.)*{UPPER}[a-z]\w+|{UPPER}[\w]*(?:['’-][\w]+)*['’]?"
          rf"|(?:(?:al|el|bin|ibn|van|von|de|da|di|du|le|la|der|den|del)[- ]){{1,2}}{UPPER}[\w]*(?:['’-][\w]+)*)")
_S = r"[ \t\u00a0]+"  # spaces within a line: a name or a title never runs across lines
# A nickname in quotes inside a name, dropped from it: Joko "Jokowi" Widodo, Ferdinand "Bongbong" Marcos Jr.
_NICKNAME = rf"[\"“]{UPPER}[\w'’-]*[\"”]"
NAME = rf"{_TOKEN}(?:(?:{_S}{_NICKNAME})?{_S}{_TOKEN}){{0,4}}"


_MINISTER_OF = (r"(?:(?:Acting|Interim|Caretaker)[ \t]+)?(?:(?:Deputy|Vice|Assistant|Senior|Coordinating|First)[ \t]+)?"
                r"Minister[ \t]+(?:of|for)")
# The UK's "Secretary of State for Defence"; not the US "Assistant Secretary of State for ...", which is listed.
_SECRETARY_OF_STATE_FOR = (r"Secretary(?<!Assistant Secretary)(?<!Deputy Secretary)(?<!Under Secretary)"
                           r"[ \t]+of[ \t]+State[ \t]+for")


def _generic_minister(portfolio_words: frozenset[str], head: str = _MINISTER_OF) -> str:
    """Ministerial titles not listed one by one: "Minister of Foreign Affairs and Trade", "Minister of
    Public Infrastructure, Industries and Commerce", the UK's "Secretary of State for Defence". A word
    after a plain space must be a portfolio's word, so that the title stops where the name begins
    ("Minister of Transport Anthony Loke"); items after commas must end with "and" ("Minister of Foreign
    Affairs, Wang Yi" is a title and a name).
    """
    word = r"[A-Z][a-z]+"
    item = rf"{word}(?:[ \t]+(?:{_alternation(portfolio_words)})(?![\w-]))*"
    return (rf"{head}[ \t]+(?:the[ \t]+)?"
            rf"{item}(?:(?:,[ \t]+{item}){{1,5}},?[ \t]+(?:and|&)[ \t]+{item}|(?:[ \t]+(?:and|&)[ \t]+{item}){{0,3}})")


def _alternation(forms: list[str] | set[str] | dict[str, str]) -> str:
    """Any of the forms, the longest first (as a prefix tree); never matches when there are none."""
    return trie_pattern(forms)


@dataclass(frozen=True)
class OfficialPatterns:
    title_before: re.Pattern[str]
    name_then_title: re.Pattern[str]
    title_then_name: re.Pattern[str]
    lower_title_before: re.Pattern[str]
    counterpart: re.Pattern[str]
    spokesperson: re.Pattern[str]
    plural_title: re.Pattern[str]
    known_name: re.Pattern[str]
    known_surname: re.Pattern[str]
    title: re.Pattern[str]
    any_case_title: re.Pattern[str]
    honorific: re.Pattern[str]
    affiliation: re.Pattern[str]


_POSSESSIVE = r"(?:['’]s?)?"  # "Lesotho's Prime Minister", "the Philippines' President": the state's own
# The last word of an envoy's remit, never the first of a name: "... Countries Affairs", "... on the Middle East Issue".
_REMIT_END = r"(?:Affairs|Issues?|Question|Government|Peninsula|Process|Countries)"


# The plural titles two names may follow; a text without one of them needs no search.
PLURAL_TITLE_HEADS = ("Presidents", "Ministers", "Premiers", "Chancellors", "Secretaries", "Ambassadors", "Envoys",
                      "Advisers", "Advisors", "Commissioners", "Governors", "Senators")
_PLURAL_HEAD = f"(?:{'|'.join(PLURAL_TITLE_HEADS)})"
_TITLE_MODIFIER = (r"(?:Prime|Foreign|Deputy|Vice|Cabinet|Defen[cs]e|Finance|Trade|State|Special|Senior|Assistant|"
                   r"Under|Chief)")


@cache
def official_patterns() -> OfficialPatterns:
    lex = lexicon()
    # "Minister for Trade & Industry" as well as "... and Industry"
    # ... and "Vice-Chairman" as well as "Vice Chairman"
    titles = [*lex.titles, *(t.replace(" and ", " & ") for t in lex.titles if " and " in t),
              *(hyphenated for t in lex.titles if t.startswith("Vice ")
                and (hyphenated := t.replace("Vice ", "Vice-", 1)) not in lex.titles)]
    # the UK's "Secretary of State for Defence" before the listed "Secretary of State", which it would cut short
    uk_secretary = _generic_minister(lex.portfolio_words, _SECRETARY_OF_STATE_FOR)
    title = rf"(?:{uk_secretary}|{_alternation(titles)}|{_generic_minister(lex.portfolio_words)})"
    chain = rf"{title}(?:[ \t]*(?:,|and|&)[ \t]*(?:the{_S})?{title}){{0,4}}"  # bounded: linear on odd pages
    affiliation = _alternation([*lex.state_names, *lex.state_adjectives, *lex.org_names])
    affil = rf"(?:{affiliation})(?!\w)"
    capital = rf"(?:{_alternation(lex.capitals)})(?![\w-])"
    # the posting: "Ambassador to Moscow Lee Do-hoon", "ambassador to Korea Xing Haiming" (a name of two states, but
    # not of where an envoy is posted)
    posting = rf"(?:{_S}to{_S}(?:the{_S})?(?:{affil}|{capital}|Korea(?![\w-])))?"
    honorific = _alternation(lex.honorifics)
    hon = rf"(?:(?:{honorific}){_S}(?:\([A-Z][A-Z.]{{1,6}}\){_S})?)*"  # "His Royal Highness (HRH) Prince ..."
    known = _alternation([form for entry in lex.officials for form in (entry.name, *entry.aliases)])
    return OfficialPatterns(
        title_before=re.compile(
            # (the body's acronym may follow it: "European Union (EU) Trade Commissioner Peter Mandelson")
            # (after a word or a hyphen it is part of another word, but not after a wire's dash: "(Jiji Press)--Japanese
            # Ambassador to Russia Akira Muto")
            rf"(?:(?<![\w-])|(?<=--))(?P<article>(?:[Tt]he){_S})?"
            rf"(?:(?P<adj>{affil}){_POSSESSIVE}(?:{_S}\([A-Z][A-Za-z]{{1,7}}\))?{_S})?"
            rf"(?P<titles>{chain})"
            # "of Russia" says whose; "for North Korea" and "to China" say the remit or the posting, not whose
            rf"(?:{_S}of{_S}(?:the{_S})?(?P<of1>{affil})(?:{_S}\([A-Z][A-Za-z]{{1,9}}\))?"  # "... of the ICRC (ICRC)"
            rf"|{_S}for{_S}(?:the{_S})?(?P<for1>{affil}))?{posting}"
            # a body between the title and the name: "Minister of the International Department of the
            # Communist Party of China Song Tao", "President of the 72nd Session of the UN General Assembly
            # Miroslav Lajcak"
            rf"(?:{_S}of{_S}the{_S}(?:(?:[A-Z][\w'’-]*|\d{{1,3}}(?:st|nd|rd|th)){_S}){{1,4}}of{_S}(?:the{_S})?(?P<of3>{affil}))?"
            # an envoy's remit and government: "Special Envoy for Pacific Island Countries Affairs of the Chinese
            # Government Qian Bo", "Special Representative of the Chinese Government on European Affairs Wu Hongbo"
            rf"(?P<remit>(?:{_S}(?:for|on|of){_S}(?:the{_S})?(?:(?:[A-Z][\w'’-]*|and|of|the|on|for){_S}){{0,6}}"
            rf"{_REMIT_END}){{1,2}})?"
            rf"{_S}{hon}(?!{_REMIT_END}\b)(?P<name>{NAME})"
            rf"(?:{_S}of{_S}(?:the{_S})?(?:(?P<of2>{affil})|"
            rf"(?:[A-Z][\w'’.&-]*{_S}){{1,4}}of{_S}(?:the{_S})?(?P<of4>{affil})))?"  # "of News Corp. of the US"
        ),
        # wire style writes the title after the name in lower case: "Emmanuel Bonne, diplomatic counselor to ..."
        name_then_title=re.compile(
            # (a member's letters may come between: "Mr. Abul Hassan Mahmood Ali, MP, the Foreign Minister of ...")
            # (not a name after "the": "small boat crossings in the Channel, the Prime Minister reiterated")
            rf"(?<![\w'’.-])(?<!\bthe[ \t])(?P<name>{NAME})[ \t]?,{_S}(?:(?:MP|TD|MEP|MLA|MNA|KC|QC)(?=,),{_S})?"
            rf"(?:the{_S})?"
            # "Amir Ohana, the visiting Speaker of the Israeli Parliament", "Hirotaka Akamatsu, the newly appointed ..."
            rf"(?:(?:visiting|newly[ -]appointed|newly[ -]elected|new|outgoing|incoming){_S})?"
            # a state before the title: "Madan Murlidhar Dulloo, Mauritius Minister of Foreign Affairs", "..., the
            # Mauritian Foreign Minister"
            rf"(?:(?P<adj>{affil}){_POSSESSIVE}{_S})?"
            rf"(?P<titles>(?i:{chain}))(?![\w-])"
            rf"(?=(?P<rest>[^,.;:\n]{{0,200}}))"  # looked at, not taken: a name inside it has its own title
        ),
        # "the President of the United States, Joe Biden"; without a state after the title the name
        # must close its apposition: "Russian Deputy Minister of Foreign Affairs, Alexey Meshkov, received"
        title_then_name=re.compile(
            rf"(?<![\w-])(?:(?P<adj>{affil}){_POSSESSIVE}{_S})?(?P<titles>{chain})"
            # (the post's city may follow: "the Ambassador of the Republic of Zambia in Moscow, Shadrick Luwita")
            rf"(?:{_S}(?:of{_S}(?:the{_S})?(?P<of>{affil})|to{_S}(?:the{_S})?{affil})(?:{_S}in{_S}{UPPER}[\w'’-]*)?,{_S}{hon}"
            rf"(?P<name>{NAME})"
            # ... or go on with the sentence's verb: "An Taoiseach, Leo Varadkar has spoken by phone today with ...",
            # also after a remit: "US Assistant Secretary of State for South and Central Asian Affairs, Donald Lu, held"
            rf"|(?:{_S}(?:for|on){_S}(?:the{_S})?(?:(?:[A-Z][\w'’-]*|and|of|the){_S}){{0,6}}{_REMIT_END})?"
            # ("Jordanian Minister of Foreign Affairs and Expatriates, Ayman Al-Safadi and his German counterpart")
            # (or the sentence ends: "was accompanied by the Deputy Minister of Foreign Affairs, Amb. Carlos Morales.")
            rf",{_S}{hon}(?P<closed>{NAME})(?=,|\.(?:\s|$)|{_S}(?:has|had|is|was|will|said|spoke|met|held|received|"
            rf"welcomed|and{_S}(?:his|her))\b)"
            # ... or name a body of a state first: "the Speaker of the US House of Representatives, Mike Johnson,"
            rf"|{_S}of{_S}the{_S}(?P<body_of>{affil}){_S}(?:[A-Z][\w'’-]*{_S}(?:of{_S}(?:the{_S})?)?){{0,3}}[A-Z][\w'’-]*,"
            rf"{_S}{hon}(?P<bodied>{NAME})(?=,|{_S}(?:has|had|is|was|will|said|spoke|met|held|received|welcomed)\b))"
        ),
        # news style writes the title in lower case after the state: "China's health minister Ma Xiaowei", "Turkish
        # foreign minister Hakan Fidan", "Russian ambassador Alexey Borodavkin"
        lower_title_before=re.compile(
            rf"(?<![\w-])(?P<adj>{affil}){_POSSESSIVE}{_S}(?=[a-z])(?P<titles>(?i:{chain}))(?![\w-]){posting}"
            rf"{_S}{hon}(?P<name>{NAME})"
        ),
        # who speaks for a side, in news style: "Presidential spokesperson Kang Yu-jung told reporters", "according to
        # Foreign Ministry spokesman Ahmed Hafez", "Merkel's spokesman Steffen Seibert said"
        spokesperson=re.compile(rf"(?<![\w-])(?P<titles>spokes(?:person|man|woman)){_S}{hon}(?P<name>{NAME})"),
        # "held talks with his Greek counterpart Nikos Kodzias", "with Danish counterpart Villy Sovndal"
        counterpart=re.compile(rf"(?<![\w-])(?P<adj>{affil}){_S}counterparts?,?{_S}{hon}(?P<name>{NAME})"),
        # one title for two people: "Presidents Obama and Calderon spoke ...", "Prime Ministers Modi and Kishida"
        # ... "Cabinet Secretaries Raychelle Omamo and Sicily Kariuki" (the caller searches only a text that holds one
        # of the plural titles, and checks the word boundary)
        plural_title=re.compile(rf"(?P<titles>{_PLURAL_HEAD}|{_TITLE_MODIFIER}{_S}(?:{_PLURAL_HEAD}|{_TITLE_MODIFIER}"
                                rf"{_S}{_PLURAL_HEAD})){_S}(?P<first>{_TOKEN}(?:{_S}{_TOKEN})?){_S}and{_S}"
                                rf"(?P<second>{_TOKEN}(?:{_S}{_TOKEN})?)(?![\w-])"),
        known_name=re.compile(rf"(?<![\w-])(?:{known})(?![\w-])"),
        known_surname=re.compile(rf"(?<![\w-])(?:{_alternation(lex.surnames)})(?![\w-]|['’]s\s+[A-Z])"),
        title=re.compile(title),
        any_case_title=re.compile(rf"(?i:{title})"),
        honorific=re.compile(rf"^(?:(?:{honorific}){_S})+"),
        affiliation=re.compile(rf"(?<![\w.])(?:{affiliation})(?!\w|\.\w)"),
    )
