"""Policy positions: who holds which stance on what, sentence by sentence.

Attribution follows how readouts report speech. A sentence's holder is, in order: a joint subject
("Both sides", "The two ministers", "X and Y agreed"); an official who opens it ("Lavrov noted
that", "The Secretary reaffirmed"); the paragraph's speaker for the sentences that continue their
reported speech ("China and Russia should ..." inside Wang Yi's paragraph is China's view); a
state as subject ("The Russian side stands ready"). The stance comes from the verb and its
negation; the topic is the verb's object, normalised to the shipped SKOS scheme when a concept's
label occurs in it, otherwise labelled from the text ("bilateral ties", "cooperation with the
Russian side": "China-Russia relations", "China-Russia cooperation"). A holder says each topic
once: a later stance of the same kind on nearly the same words is the same position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import Topic, lexicon, slug
from kg.extract.sentences import Sentence
from kg.extract.trie import trie_pattern
from kg.model import Position, Span

__all__ = ["Speaker", "find_positions"]

_JOINT = re.compile(
    r"^(?:(?:Also|Finally|Meanwhile|In addition|Additionally|Furthermore|Moreover|Besides),?\s+|(?:In|During|At|On)\s+(?:the|their|this)\s+[\w'’ -]{3,40}?,\s+)?"
    r"(?:both\s+sides?|both(?=\s+(?:[a-z]+ed|agreed|reaffirmed|welcomed|expressed)\b)|all\s+(?:parties|sides)|both\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+[A-Z][\w'’-]*|"
    r"the\s+(?:foreign\s+)?ministers\b|the\s+two\s+(?:sides|countries|leaders|ministers|parties|"
    r"nations|officials)|the\s+(?:ministers|leaders|officials|two|parties|sides|discussion|conversation|focus|talks|pair|"
    r"participants)|they|all\s+sides|both\s+(?:leaders|ministers|countries)|"
    r"[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)?counterparts?)\b",
    re.IGNORECASE,
)
_AGREED_TO = (r"(?:agree(?:s|d)?\s+to|concurred\s+to|confirmed\s+that\s+(?:they|both\s+sides|the\s+two\s+\w+)\s+would|"
              r"shared\s+the\s+view\s+to)\s+(?:(?:further|closely|jointly|also|continue\s+to|[a-z]+ly)\s+)*")
# "agreed to deepen X": the inner verb's object is what they agreed on.
_AGREED_BEFORE = re.compile(rf"\b{_AGREED_TO}$", re.IGNORECASE)
# "agreed to continue to work closely together to strengthen X", "reached broad consensus on
# jointly promoting X": agreement, however many verbs stand between.
_AGREED_AHEAD = re.compile(r"\b(?:agree(?:s|d)?|agreeing|reached\s+(?:a\s+|broad\s+|important\s+)*consensus|"
                           r"shared\s+the\s+view)\b(?:(?!\bthat\b)[^.;:,]){0,70}$", re.IGNORECASE)
_STANCE = re.compile(  # one word boundary for all branches: the pattern fails fast between words
    r"\b(?=[a-z])(?:(?P<oppose>(?:oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|disagree(?:s|d)?\s+with|condemn(?:s|ed|ing)?|"
    r"counter(?:s|ed|ing)?|defeat(?:s|ed|ing)?|combat(?:s|ing)?|fight(?:s|ing)?\s+against|fight(?:s|ing)?|"
    r"(?:remain(?:s|ed)?\s+|stay(?:s|ed)?\s+|be\s+)?vigilant\s+(?:of|against|about)|guard(?:s|ed|ing)?\s+against|"
    r"(?:is|are|was|were|remains?|stands?|stood)\s+(?:firmly\s+|resolutely\s+|strongly\s+|also\s+)*against)\b)"
    r"|(?P<concern>(?:(?:expressed|expresses|voiced|shared|raised)\s+(?:(?:their|his|her|its|grave|deep|serious|strong)\s+)*"
    r"concerns?\s+(?:over|about|regarding|at|on)|"
    r"concerned\s+(?:about|over|with|at))\b)"
    r"|(?P<agree>(?:agree(?:s|d)?\s+(?:with|on)|concur(?:s|red)?\s+(?:with|on)|shared\s+the\s+(?:recognition|view)\s+that|"
    r"reached\s+(?:important\s+)?consensus\s+on|"
    # "agreed to work towards X", "confirmed that they would closely cooperate toward X": agreement on X
    rf"(?:{_AGREED_TO})(?:work(?:ing)?\s+(?:(?:together|closely|jointly)\s+)*(?:towards?|on|for)|"
    r"continue\s+(?:(?:their|the)\s+)?work(?:ing)?\s+on|cooperat(?:e|ing)\s+(?:(?:closely|together)\s+)*"
    r"(?:towards?|in|on|within|for)|keep\s+working\s+on))\b)"
    r"|(?P<support>(?:support(?:s|ed|ing)?|uphold(?:s|ing)?|upheld|safeguard(?:s|ed|ing)?|promot(?:e|es|ed|ing)|"
    r"stand(?:s|ing)?\s+for|adher(?:e|es|ed|ing)\s+to|pursu(?:e|es|ed|ing)|push(?:ing)?\s+for|"
    r"recommit(?:s|ted|ting)?\s+to|"
    r"ma(?:ke|kes|de|king)\s+(?:(?:new|greater|positive|active|important)\s+)*contributions?\s+to|"
    r"strengthen(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|deepen(?:s|ed|ing)?|expand(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|"
    r"consolidat(?:e|es|ed|ing)|bolster(?:s|ed|ing)?|boost(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|"
    r"carr(?:y|ies|ied|ying)\s+(?:forward|out)|"
    r"welcome(?:s|d)?|value(?:s|d)?|attach(?:es|ed)?\s+(?:great\s+|high\s+|much\s+|great\s+)?importance\s+to|"
    r"commitment\s+to|committed\s+to|reaffirm(?:s|ed)?|contribute\s+to|push(?:es|ed)?\s+(?:forward|for)|"
    r"preserv(?:e|es|ed|ing)|abid(?:e|es|ed)\s+by|abided\s+by|praised|commended|spoke\s+highly\s+of|"
    r"made\s+positive\s+comments\s+on|thanked\s+(?:[\w.'’-]+\s+){1,5}?for|adherence\s+to|respect(?:s|ed|ing)?\s+for|"
    r"congratulated|step(?:s|ped|ping)?\s+up|(?:noted|reviewed|hailed|assessed|appreciated)(?=\s+(?:with\s+satisfaction\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:progress|growth|development|momentum|achievements?|success)\b)|"
    # a verb that is a verb only after "to" or a modal: "should implement X", "to further develop X"
    r"(?<=to\s|ld\s|ll\s|st\s)(?:(?:further|jointly|significantly|effectively|fully|continue\s+to|[a-z]+ly)\s+)*"
    r"(?:implement|develop|build|increase|improve)|"
    r"accept(?:s|ed)?|highlighted(?:\s+how)?|"
    r"(?:expressed|expresses|conveyed|conveys)\s+(?:(?:his|her|their|its|our|sincere|deep|high|great|full)\s+)*"
    r"(?:appreciation|gratitude|satisfaction)\s+(?:for|with|of|at|to)|"
    r"(?:has|have|had)\s+(?:an\s+|the\s+)?intention\s+to|intends?\s+to|"
    r"(?:defenders?|champions?|guardians?|upholders?)\s+of|"
    r"(?:discussed|stressed|emphasi[sz]ed|underlined|underscored|noted|recogni[sz]ed|reiterated|highlighted)\s+"
    r"the\s+(?:(?:urgent|pressing|great|vital|utmost)\s+)?(?:importance|need|necessity|significance)\s+(?:of|to|for)|"
    r"call(?:s|ed|ing)?\s+for|"
    r"cherish(?:es|ed)?|(?:is|are|was|were)\s+(?:willing|ready|happy)\s+to\s+(?:work\s+with\s+(?:\w+\s+){1,4}?to\s+)?"
    r"(?:continue\s+to\s+)?(?:further\s+)?(?:enhance|deepen|expand|strengthen|promote|keep|maintain|facilitate|jointly\s+\w+)?)\b))",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|cannot|won't|don't|doesn't)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# Where a stance verb's object ends: a clause break, a purpose or manner clause, a second verb, a
# participle that opens a new clause ("..., noting that"), a finite verb ("friendship has been ...").
_ED_ADJECTIVES = (  # "special and privileged strategic partnership": no second verb
    "privileged|balanced|advanced|detailed|concerted|shared|united|related|interested|concerned|integrated|coordinated|"
    "sustained|unprecedented|improved|enhanced|expanded|extended|diversified|unimpeded|uninterrupted|informed|"
    "undivided|accelerated|dedicated|unified|committed|multifaceted|trusted|valued|renewed|heightened|increased|"
    "reinforced|sophisticated|rounded|varied|unwavering|esteemed"
)
_GERUNDS = (  # "supporting the people of Ukraine and ensuring ...": a second verb
    "ensuring|making|promoting|building|supporting|strengthening|deepening|advancing|maintaining|safeguarding|"
    "upholding|working|addressing|tackling|combating|fighting|preventing|protecting|achieving|creating|expanding|"
    "enhancing|providing|taking|bringing|helping|facilitating|pushing|opposing|seeking|continuing|improving|reducing|"
    "resolving|calling|urging"
)
_AND_VERBS = (  # "commitment to Iraq and consult on ...": a second verb
    "to|is|are|will|should|also|make|safeguard|send|achieve|inject|push|work|take|jointly|actively|further|"
    "continuously|effectively|the\\s+two|said|added|be|become|keep|ensure|consult|discuss|exchange|explore|coordinate|"
    "cooperate|collaborate|carry|follow|join|deal\\s+with|continue|contribute|help|enhance|deepen|expand|strengthen|"
    "uphold|oppose|maintain|build|create|release|stick|provide|facilitate|implement|step|guide|seize|how"
)
_PARTICIPLES = (  # "..., noting that": a new clause
    "noting|saying|adding|stressing|emphasi[sz]ing|pointing\\s+out|calling|urging|pledging|acknowledging|expressing|"
    "hoping|believing"
)
_STOP_OBJECT = re.compile(
    r"[;:]|(?<![A-Z])\.(?!\d)|,(?!\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|\band\b))"
    rf"|\s+and\s+(?!(?:{_ED_ADJECTIVES})\b)[a-z]+ed\b|,?\s+and\s+(?:{_GERUNDS})\b"
    r"|\s+in\s+(?:various|all|different|relevant|many|multiple)\s+(?:fields|areas|sectors|domains|aspects)\b"
    r"|(?<!regard)(?<!attempting)(?<!attempts)(?<!efforts)(?<!effort)(?<!\bbid)(?<!right)(?<!rights)(?<!\bplan)(?<!plans)"
    r"(?<!decision)(?<!aspiration)(?<!aspirations)\sto\s+(?!the\b|a\b|an\b|its\b|their\b|our\b|all\b|[A-Z])"
    r"[a-z]+\b"
    r"|\s(?:so\s+as\s+to|so\s+that|in\s+order\s+to|as\s+(?:it|they|he|she|we)\b|in\s+a\s+bid\s+to|while|which|how|as\s+well\s+as"
    # adjuncts of time, cause or circumstance: "support for Ukraine in the face of Russia's war"
    r"|in\s+the\s+face\s+of|in\s+light\s+of|following|amid|amidst|ahead\s+of|despite|after"
    rf"|and\s+(?:{_AND_VERBS})|through|by\s+\w+ing|{_PARTICIPLES}"
    r"|(?:has|have|had)\s+(?:been|become|made|achieved|maintained|seen|grown)|is|are|was|were|will|would|can|could|may|"
    r"might)\s",
)
_LEADING = re.compile(
    r"^(?:(?:the|a|an|its|their|our|his|her|further|continuously|jointly|fully|actively|always|also|firmly|"
    r"continue\s+to|to|with|for|in|on|of|all|such|more|closer|its\s+commitment\s+to|efforts?\s+to|so-called|"
    r"ensure|ensuring|securing|achieve|maintain|build|setback\s+of|continue|make|efforts?\s+in|"
    r"(?:any|all)\s+forms?\s+of|any)\s+)+",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"(?:\s+(?:the|a|of|and|to|in|on|for|with|as|at|by|from|its|their|between|this))+$")
_QUOTES = re.compile(r"[\"“”]")
_END_DOT = re.compile(r"(?<!\b[A-Z])\.$")  # "... of the CICA." but not "U.S."
_MAX_WORDS = 9
_GENERIC = frozenset(
    "cooperation coordination communication exchanges exchange relations relationship ties dialogue consultation "
    "consultations discussions discussion efforts work contacts continuation development progress close closer "
    "further new greater good sound steady strong friendly practical pragmatic mutual all areas fields friendship".split()
)
# Stances said of a subject rather than by a verb: "X is of great significance", "X is very
# important to ...", "X is a major project", "The focus was on X".
_PREDICATED = re.compile(
    r"^(?:(?:[A-Z][\w'’.-]*|It)(?:\s+[\w'’.-]+){0,3}?\s+(?:said|noted|stressed|added|expressed|stated|emphasi[sz]ed|"
    r"pointed\s+out|believed|believes|says|notes|stresses)\s*,?\s+(?:that\s+)?|(?:[Ii]t\s+is\s+(?:believed|agreed)\s+that\s+))?"
    r"(?:the\s+|The\s+)?(?P<topic>[\w'’ ,-]{3,90}?)\s+(?:is|are|was|were|has\s+been|remains?)\s+"
    r"(?:(?:of\s+)?(?:very\s+|extremely\s+|highly\s+|particularly\s+|great\s+|vital\s+|strategic\s+|far-reaching\s+)*"
    r"(?:importan(?:t|ce)|significan(?:t|ce)|crucial|essential|vital|necessary|indispensable)"
    r"|an?\s+(?:(?:major|key|important|significant|flagship|landmark)\s+)+(?:[\w-]+\s+)?(?:project|achievement|step|milestone|pillar))\b"
    r"|^The\s+(?:focus|emphasis)\s+was\s+on\s+(?P<focus>[^,.;]{3,90})"
)
# Opposition said of a subject: "the nuclear test ... is unforgivable provocative action", "X constitutes a grave threat".
_UNACCEPTABLE = re.compile(
    r"(?:^|\b(?:that|said|stated|noted|stressed|explained)\s+)(?:the\s+)?"
    r"(?P<topic>(?:(?!(?:that|said|stated|noted|stressed|explained)\b)[\w'’-]+\s+){0,7}?[\w'’-]+)\s+"
    r"(?:(?:is|was|are|were|remains?)\s+(?:absolutely\s+|totally\s+|completely\s+|simply\s+)?"
    r"(?:unacceptable|intolerable|unforgivable|a\s+(?:grave\s+|serious\s+|clear\s+)?(?:violation|provocation|threat))|"
    r"constitutes?\s+an?\s+(?:[\w,-]+\s+){0,4}?(?:threat|violation|provocation))\b")
_CLAUSE_WORDS = ("agree", "concur", "confirm", "view", "recognition", "understanding", "consensus", "hop", "urg",
                 "call", "readiness", "willingness", "determination", "resolve", "intention", "desire")  # cheap test first
_CONDEMNING_WORDS = ("unacceptable", "intolerable", "unforgivable", "violation", "provocation", "threat")  # a cheap test first
# "uphold and practice multilateralism": two verbs, one object.
_AND_VERB = re.compile(r"^\s*and\s+(?:practice|practise|promote|uphold|safeguard|strengthen|deepen|expand|advance|"
                       r"maintain|support|implement|defend|protect|enhance|develop|consolidate)\s+", re.IGNORECASE)
# "agreed on the need to ensure X", "stressed the importance of X": the stance is on X.
_FRAME = re.compile(r"^\s*(?:the\s+)?(?:need|importance|necessity|significance)\s+(?:to|for|of)\s+"
                    r"(?:continu(?:e|ing)\s+to\s+)?", re.IGNORECASE)
# The same frames whatever verb comes before them ("reflected on the importance of X", "the shared
# goal of X", "The need for X was also discussed"): a stance for X.
_BARE_FRAME = re.compile(r"\b(?:the|their|our)\s+(?:(?:shared|mutual|common|urgent|pressing|great|vital|utmost|critical)\s+)*"
                         r"(?:importance|need|necessity|goal|objective|aim)s?\s+(?:of|for)\s+(?:continu(?:e|ing)\s+to\s+)?",
                         re.IGNORECASE)
# Agreement on a clause or on doing something: "agreed that a negotiated solution is the best outcome",
# "confirmed that ...", "agreed to speak again soon" (the verbs of stances are read as such above).
# Hopes, resolve and demands the same way: "expressed the hope that both sides could X", "urged X to
# do Y", "reaffirmed their readiness to do Y": a stance for what follows.
_CLAUSE_STANCE = re.compile(
    r"\b(?:(?P<agree>(?:agree(?:s|d)?|agreeing|concur(?:s|red)?|confirmed)\s+(?:that\s+|to\s+(?=[a-z]))|"
    r"(?:shared|share|reached)\s+(?:the\s+|a\s+)?(?:view|recognition|understanding|consensus)\s+that\s+)"
    r"|(?:expressed\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?hope|hope[sd]?|hoping)\s+(?:that\s+|to\s+(?=[a-z]))"
    r"|(?:urge[sd]?|urging|call(?:s|ed)?\s+on|calling\s+on)\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?=[a-z])"
    r"|(?:readiness|willingness|determination|resolve|intention|desire)\s+to\s+(?=[a-z]))",
    re.IGNORECASE)
# The subject and modal that open such a clause add nothing: "the two sides should", "they would".
_CLAUSE_SUBJECT = re.compile(r"^(?:it\s+(?:is|was)\s+(?:(?:very|most|highly)\s+)?(?:important|necessary|essential|vital|crucial)\s+"
                             r"(?:for\s+[^;.]{1,60}?\s+)?to\s+|it\s+was\s+)", re.IGNORECASE)
# "... that <subject> should/will <do X>": the subject, when it is a thing ("an independent investigation
# must begin"), or what is to be done, when the subject is who does it ("the two countries will coordinate").
_CLAUSE_MODAL = re.compile(r"^(?P<subject>(?:[\w'’.,-]+\s+){1,10}?)(?:should|would|will|must|could|can|need\s+to|were\s+to)\s+")
_ACTORS = re.compile(r"(?i:they|we|he|she|it|both(?:\s+\w+)?|all\s+\w+|the\s+(?:two|three|four)\s+\w+|their\s+\w+|"
                     r"the\s+(?:international\s+community|sides?|parties|countries|leaders|ministers|officials))|"
                     r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:and|of|the|[A-Z][\w'’.-]*))*(?:\s+(?:side|sides|government|authorities))?")
_CLAUSE_END = re.compile(r"[;:]|(?<![A-Z])\.(?!\d)|,\s+(?:and|but|while|which|as)\b|\s(?:so\s+as\s+to|in\s+order\s+to|so\s+that)\s")
# A proposal said in the passive: "the legitimate concerns of all parties should be respected".
_SHOULD_BE = re.compile(
    r"(?:^|,\s+|\band\s+|\b(?:that|said|noted|stressed|believed|held)\s+)(?P<topic>(?:[\w'’-]+\s+){0,9}?[\w'’-]+)\s+(?:should|must|shall|needs?\s+to)\s+be\s+"
    r"(?:(?:fully|strictly|effectively|firmly|jointly)\s+)?(?:respected|upheld|safeguarded|honou?red|protected|implemented|"
    r"observed|maintained|preserved|promoted|strengthened)\b")
_MEANS = re.compile(r"\s(?:through|by\s+\w+ing)\s")
# A participle after "be" is a passive, no stance: "to be sustained and enhanced", "was strengthened".
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:(?:further|also|greatly|significantly)\s+)?"
                      r"(?:[a-z]+ed\s+(?:and|or)\s+)?$")
# "support" as a noun with no "for"/"to" after it ("the military support it needs") has no object.
_NOUN_SUPPORT = re.compile(r"\b(?:the|a|an|its|their|his|her|our|whose|continued|strong|full|firm|unwavering|military|"
                           r"financial|economic|political|humanitarian)\s+$", re.IGNORECASE)
# "commended President Trump for his approach", "thanked Indonesia for its leadership": the stance is on what follows "for".
_PRAISE = re.compile(r"^(?:praised|commended|thanked|congratulated|appreciated)\b|(?:appreciation|gratitude)\s+to$",
                     re.IGNORECASE)
# "wished the Summit a complete success": a stance on its success.
_WISH = re.compile(r"\bwish(?:es|ed|ing)?\s+(?P<obj>(?:the\s+)?[\w'’ ()-]{3,80}?)\s+(?:a\s+|every\s+)?"
                   r"(?:(?:complete|full|great|resounding|big)\s+)?success\b", re.IGNORECASE)
_PERSON = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|H\.E)\.?\s|(?:him|her|Secretary|Minister|President|Prime|Premier|Chancellor|"
                     r"Ambassador|Foreign|His|Her)\b)")
# "is ready to join hands with Russia to ...": the partner is no topic; the verb after it carries the stance.
_PARTNER = re.compile(r"^\s*(?:join\s+(?:hands|efforts|forces)|work(?:\s+(?:closely|together))*|cooperate|collaborate|"
                      r"make\s+(?:concerted\s+|joint\s+)?efforts)\s+with\b", re.IGNORECASE)
_QUALIFIED = re.compile(r"\s+(?:in|of|on|for|at|across|within|over)\s+(?:the\s+)?", re.IGNORECASE)
_COURTESY = re.compile(r"\s*(?:(?:his|her|their|its|the)\s+)?(?:(?:re-?)?election|appointment|assum(?:ing|ption\s+of)\s+office|"
                       r"taking\s+office|inauguration|birthday|swearing|hospitality|warm\s+(?:welcome|reception)|"
                       r"(?:working\s+|official\s+)?(?:lunch|luncheon|dinner|banquet|breakfast)\b|"
                       r"new\s+(?:position|post|role|office|responsibilities|appointment))\b",
                       re.IGNORECASE)
# Arrangements to talk again are how a call ends, not a policy: "agreed to stay in close touch".
_KEEPING_IN_TOUCH = re.compile(r"(?:stay|keep|remain|maintain|be)\s+(?:in\s+)?(?:close\s+|regular\s+|frequent\s+)?"
                               r"(?:touch|contacts?|communication|collaboration)\b|(?:speak|talk|meet)\s+again\b",
                               re.IGNORECASE)
_AND_FOR = re.compile(r",?\s+and\s+(?:also\s+)?for\s+")
_FIELDS_AS = re.compile(r"\bin\s+such\s+(?:fields|areas|sectors|domains)\s+as\b", re.IGNORECASE)
# "is committed to X and does not support Y": a second verb of the same subject.
_AND_THEN = re.compile(r"\sand\s+(?:(?:does|do|did|will|would|also|not|never|firmly|resolutely|further|to)\s+)*$")
_EFFORTS_TO = re.compile(r"\b(?:efforts?|attempts?|steps|measures|moves)\s+to\s+$", re.IGNORECASE)
# A stance word after a preposition inside another object is a noun there: "cooperation in fighting COVID-19".
_NOMINAL = re.compile(r"\b(?:in|for|of|on|at|against|towards|with)\s+(?:the\s+)?$", re.IGNORECASE)
# What opens a sentence but is no subject for "X is important": "The ministers shared the recognition that it".
_NOT_A_SUBJECT = re.compile(r"\b(?:that|it|this|these|those|which|who)\b", re.IGNORECASE)
_NOT_AN_OBJECT = re.compile(r"\s*(?:of|by|and|from)\b", re.IGNORECASE)
_BILATERAL = re.compile(r"\bbilateral\s+(?=ties|relations|relationship|cooperation|partnership|trade|dialogue|exchanges)",
                        re.IGNORECASE)
_OUR = re.compile(r"^(?:our|their|the\s+two\s+countries['’])\s+(?=(?:[\w-]+\s+){0,3}(?:ties|relations|relationship|"
                  r"partnership|cooperation|friendship)\b)", re.IGNORECASE)
_BETWEEN_THE_TWO = re.compile(r"\b(ties|relations|relationship|cooperation|friendship)\s+between\s+the\s+two\s+"
                              r"(?:countries|sides|nations)\b", re.IGNORECASE)
# "ties with China", "cooperation with the Russian side": relations with the other side.
_WITH_SIDE = re.compile(r"\b(?:relations|ties|cooperation|coordination|exchanges|dialogue|friendship|partnership|"
                        r"contacts|communication|collaboration)(?P<with>)\s+with\s+(?:the\s+)?"
                        r"(?P<side>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?)(?:\s+side)?\b(?!\s+[A-Z])")
_NEGATING = frozenset("non anti counter de".split())
_SYNONYMS = {"ties": "relations", "relationship": "relations", "defence": "defense", "organisation": "organization"}
_SIDE_WORDS = frozenset("two countries country side sides nations".split())
_DEMONSTRATIVES = frozenset("this that these those such".split())
_ATTITUDES = frozenset("readiness willingness determination resolve intention hope hopes desire position stance".split())
_FUNCTION_WORDS = frozenset("the a an of and on in to for with its their between as at by from this that".split())


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a stretch of text speaks for: one or more state/organization keys, jointly or not."""

    holders: tuple[str, ...]
    joint: bool


@dataclass(frozen=True, slots=True)
class _ConceptMatch:
    topic: Topic
    start: int
    end: int
    surface: str

    @property
    def text(self) -> str:
        """The label to report: the concept's own when the text used a shorter alias of it."""
        surface, label = _words(self.surface), _words(self.topic.label)
        stems = {w[:5] for w in label}
        if label - surface & _NEGATING:
            return self.surface  # "interference in internal affairs" is not "non-interference"
        # a shorter alias, or another form of the label's words ("decouple": "decoupling")
        return self.topic.label if surface <= label or all(w[:5] in stems for w in surface) else self.surface


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _FUNCTION_WORDS}


@cache
def _concept_pattern() -> tuple[re.Pattern[str], dict[str, Topic]]:
    """Every label of the shipped scheme, lower-cased, as one pattern (longest label wins)."""
    labels: dict[str, Topic] = {}
    for topic in lexicon().topics.values():
        for label in (topic.label, *topic.alt_labels):
            if len(label) > 3:
                labels.setdefault(label.lower(), topic)
    return re.compile(rf"(?<!\w)(?:{trie_pattern(labels)})(?!\w)"), labels


def _concepts_in(phrase: str) -> list[_ConceptMatch]:
    """Concepts of the shipped scheme named in a phrase, each once, in order."""
    pattern, labels = _concept_pattern()
    found: list[_ConceptMatch] = []
    for m in pattern.finditer(phrase.lower()):
        topic = labels[m.group()]
        if all(f.topic is not topic for f in found):
            found.append(_ConceptMatch(topic, m.start(), m.end(), phrase[m.start():m.end()]))
    return found


def _free_topic(phrase: str) -> str | None:
    phrase = _TRAILING.sub("", _LEADING.sub("", _END_DOT.sub("", _QUOTES.sub("", phrase).strip())))
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS * 2 or not any(len(w) > 3 for w in words):
        return None
    if words[0].lower() in _DEMONSTRATIVES:
        return None  # "that vital global mission", "this progress": said before, under another name
    if words[-1].lower() in _ATTITUDES:
        return None  # "reaffirmed China's readiness (to ...)": the attitude is the stance, not its topic
    return _TRAILING.sub("", " ".join(words[:_MAX_WORDS]))


def _praise_objects(rest: str, *, after_for: bool) -> tuple[list[str], int] | None:
    """"thanked X for A, and for B": [A, B], and where the last of them ends in ``rest``.

    ``after_for``: the stance words took "for" already ("thanked Wang Yi for"), A opens ``rest``.
    """
    if after_for:
        at = -len(" for ")
    else:  # "congratulated X on Y", "commended X for Y"
        on = rest.find(" on ")  # "on" after a person only: not "praised the leadership ... of the Conference on X"
        at = min((i for i in (rest.find(" for "), on if 0 <= on <= 40 else -1) if i >= 0), default=-1)
        if at < 0 or _STOP_OBJECT.search(rest[:at]):
            return None
    phrases, offset = [], at + len(" on " if rest.startswith(" on ", at) else " for ")
    while True:
        tail = rest[offset:]
        stop = _STOP_OBJECT.search(tail)
        phrase = tail[:stop.start()] if stop else tail
        phrases.append(phrase)
        more = _AND_FOR.match(rest, offset + len(phrase))
        if not more:
            return phrases, offset + len(phrase)
        offset = more.end()


def _objects(sentence: str) -> list[tuple[str, str]]:
    """(stance, object phrase) for the innermost stance verb of each clause."""
    matches = list(_STANCE.finditer(sentence))
    results = []
    predicated = _PREDICATED.search(sentence)
    if predicated and not _NOT_A_SUBJECT.search(predicated.group("topic") or ""):
        results.append(("support", predicated.group("topic") or predicated.group("focus")))
    lowered = sentence.lower()
    condemnations = _UNACCEPTABLE.finditer(sentence) if any(w in lowered for w in _CONDEMNING_WORDS) else ()
    for condemned in condemnations:
        if not _NOT_A_SUBJECT.fullmatch(condemned.group("topic").split()[-1]):
            results.append(("oppose", condemned.group("topic")))
    # Objects already read, and whether all of it is theirs: a stance word inside one is part of it.
    covered: list[tuple[int, int, bool]] = []
    for wish in _WISH.finditer(sentence):
        if not _PERSON.match(wish.group("obj")):  # "wished Secretary Pompeo success in his new post": a courtesy
            results.append(("support", f"success of {wish.group('obj')}"))
        covered.append((wish.start(), wish.end(), True))
    for i, m in enumerate(matches):
        if any(start <= m.start() < end and (whole or _NOMINAL.search(sentence[:m.start()]))
               for start, end, whole in covered):
            continue  # "thanked X for Dutch support in Iraq", "cooperation in fighting COVID-19"
        stance = next(name for name, value in m.groupdict().items() if value)
        if m.group().endswith("ed") and _PASSIVE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "deliveries ... to be sustained and enhanced in full coordination": done to, not done
        if stance == "agree" and m.group().lower().endswith("that"):
            continue  # "shared the recognition that ...": the clause's own verbs carry the stances
        following = matches[i + 1] if i + 1 < len(matches) else None
        rest = _FRAME.sub("", sentence[m.end():])
        after_for = m.group().lower().endswith("for")
        if _PRAISE.search(m.group()) and (praised := _praise_objects(rest, after_for=after_for)) is not None:
            phrases, end = praised
            covered.append((m.start(), m.end() + len(sentence[m.end():]) - len(rest) + end, True))
            # "congratulated X on his appointment": a courtesy, not a policy position
            results.extend((stance, phrase) for phrase in phrases if not _COURTESY.match(phrase))
            continue
        if m.group().lower().rstrip().endswith(" to") and (_PARTNER.match(rest) or (following and following.start() - m.end() <= 25)):
            continue  # "is ready to join hands with Russia to ...", "is willing to continue to strengthen X"
        if rest.lstrip().startswith(("that ", "whether ")):
            continue  # "reaffirmed that the two governments attach great importance to X": the clause's verbs say it
        if m.group().lower() == "support" and _NOUN_SUPPORT.search(sentence, 0, m.start()) \
                and not re.match(r"\s+(?:for|to)\b", rest):
            continue  # "provide Ukraine with the military support it needs"
        rest = _FIELDS_AS.sub("in", _AND_VERB.sub("", rest))
        stop = _STOP_OBJECT.search(rest)
        phrase = rest[:stop.start()] if stop else rest
        if stop and _MEANS.match(stop.group()) and not _words(_LEADING.sub("", phrase.strip())) - _GENERIC:
            # "promote cooperation through the Belt and Road Initiative": the means is what it is about
            further = _STOP_OBJECT.search(rest, stop.end())
            phrase = rest[:further.start()] if further else rest
        if following and following.start() < m.end() + len(phrase) and (
                _AND_THEN.search(sentence, 0, following.start())
                or (following.start() - m.end() > 25 and re.match(r"\w+(?:s|ed)\b", following.group()))):
            phrase = re.sub(r"\s+and\s*$", "", sentence[m.end():following.start()])  # "supports X and opposes Y"
        if _NOT_AN_OBJECT.match(phrase):
            continue  # "the support of the international community", "promoted by", "support and assistance"
        if following and following.start() < m.end() + len(phrase) and (
                following.start() - m.end() <= 25 or _EFFORTS_TO.search(sentence, 0, following.start())):
            continue  # "is willing to strengthen X", "commended the efforts to strengthen X": the inner verb carries it
        if _NEGATION.search(sentence[:m.start()]) and stance == "support":
            stance = "oppose"
        elif stance == "support" and (_AGREED_BEFORE.search(sentence, 0, m.start())
                                      or _AGREED_AHEAD.search(sentence, max(0, m.start() - 100), m.start())):
            stance = "agree"  # "agreed to deepen cooperation in the Quad"
        covered.append((m.end(), m.end() + len(sentence[m.end():]) - len(rest) + len(phrase), False))
        results.append((stance, phrase))
    openers = _CLAUSE_STANCE.finditer(sentence) if any(w in lowered for w in _CLAUSE_WORDS) else ()
    for opener in openers:
        stop = _CLAUSE_END.search(sentence, opener.end())
        clause_end = stop.start() if stop else len(sentence)
        if any(opener.end() <= m.start() < clause_end for m in matches) \
                or any(start <= opener.start() < end for start, end, _ in covered):
            continue  # "agreed that the two sides should strengthen X": the inner verb carries it
        clause = _clause_topic(sentence[opener.end():clause_end])
        if len(_words(clause)) >= 2:  # "... that it is important to talk": nothing in particular
            results.append(("agree" if opener.group("agree") else "support", clause))
    for passive in (_SHOULD_BE.finditer(sentence) if " be " in sentence else ()):
        if not any(start <= passive.start("topic") < end for start, end, _ in covered):
            results.append(("support", passive.group("topic")))
    for frame in _BARE_FRAME.finditer(sentence):
        if any(m.start() <= frame.start() <= m.end() + 25 for m in matches) \
                or any(start <= frame.start() < end for start, end, _ in covered):
            continue  # "stressed the importance of X", "agreed on the need for X": read above
        rest = sentence[frame.end():]
        stop = _STOP_OBJECT.search(rest)
        results.append(("support", rest[:stop.start()] if stop else rest))
    return results


def _clause_topic(clause: str) -> str:
    clause = _CLAUSE_SUBJECT.sub("", clause)
    modal = _CLAUSE_MODAL.match(clause)
    if modal is None:
        return clause
    subject = modal.group("subject").strip().rstrip(",")
    if _ACTORS.fullmatch(subject.replace(",", "")):
        return clause[modal.end():]  # who is to act: what they are to do
    return f"{subject} {clause[modal.end():]}"  # what is to happen: all of it, the modal aside


def _topics(phrase: str, sides: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(label, key) of what a stance verb's object is about.

    Concepts of the scheme are used when, together, they say most of the phrase
    ("unilateralism and protectionism"); otherwise the phrase itself labels a new concept
    ("international cooperation against the COVID-19" is more than "COVID-19 pandemic").
    """
    concepts = _concepts_in(phrase)
    covered = set().union(*(_words(c.surface) for c in concepts)) if concepts else set()
    bare = _LEADING.sub("", _QUOTES.sub("", phrase).strip().lower())
    heads = bool(concepts) and not bare.find(concepts[0].surface.lower())
    # "ceasefire in the Gaza Strip": concepts joined by a preposition qualify one another, one topic
    qualified = any(_QUALIFIED.fullmatch(phrase[a.end:b.start]) for a, b in zip(concepts, concepts[1:]))
    if concepts and not qualified and (heads or len(covered) >= 0.6 * len(_words(phrase))):
        # "multilateralism in international affairs" is about multilateralism
        return [(c.text, f"topic/{c.topic.key}") for c in concepts]
    label = _free_topic(phrase)
    if not label or not _words(label) - _GENERIC:
        return []  # "close cooperation", "discussions": a stance on nothing in particular
    if lexicon().affiliation_of(label) in sides:
        return []  # "commitment to Iraq" in a call with Iraq: the relations, not a policy topic
    return [(label, f"topic/{slug(label)}")]


def _name(key: str) -> str:
    code = key.split("/", 1)[1]
    state = lexicon().states.get(code) if key.startswith("state/") else None
    return state.name if state else code


def _name_the_sides(phrase: str, speaker: Speaker, sides: tuple[str, ...]) -> str:
    """"bilateral ties", "relations between the two countries": say which two ("China-Liberia ties")."""
    first = speaker.holders[0]
    other = next((s for s in sides if s != first), None)
    if other is None:
        return phrase
    pair = f"{_name(first)}-{_name(other)}"
    phrase = _BILATERAL.sub(f"{pair} ", phrase)
    phrase = phrase.replace(f"{pair} ties", f"{pair} relations").replace(f"{pair} relationship", f"{pair} relations")
    phrase = _OUR.sub(f"{pair} ", phrase)
    if (partner := _WITH_SIDE.search(phrase)) and lexicon().affiliation_of(partner.group("side")) == other \
            and pair not in phrase:
        # "cooperation with the Russian side": "China-Russia cooperation"
        head = _LEADING.sub("", phrase[:partner.start("with")].strip())
        phrase = f"{pair} {head}{phrase[partner.end():]}"
    if pair in phrase:
        return _BETWEEN_THE_TWO.sub(lambda m: m.group(1), phrase)
    return _BETWEEN_THE_TWO.sub(lambda m: f"{pair} {m.group(1)}", phrase)


# A clause of both sides inside another's sentence: "Discussion focused on Syria, and both leaders agreed ...".
_JOINT_CLAUSE = re.compile(r"(?:,\s+(?:and|where|while)\s+|;\s+|\s+and\s+(?=both\s+sides\b))(?=(?:both\s+(?:sides|leaders|ministers)|the\s+two\s+"
                           r"(?:sides|leaders|ministers|countries)|they|the\s+(?:leaders|ministers|pair))\s+[a-z]+(?:ed|d)\b)",
                           re.IGNORECASE)


def _positions_in(sentence: Sentence, speaker: Speaker | None, sides: tuple[str, ...]) -> list[Position]:
    positions: list[Position] = []
    clauses: list[tuple[str, Speaker | None]] = [(sentence.text, speaker)]
    if not (speaker and speaker.joint) and len(sides) >= 2 and (joint := _JOINT_CLAUSE.search(sentence.text)):
        clauses = [(sentence.text[:joint.start()], speaker), (sentence.text[joint.end():], Speaker(sides, True))]
    for text, who in clauses:
        if who is None:
            continue
        for stance, phrase in _objects(text):
            if _COURTESY.match(_LEADING.sub("", phrase.strip())) or _KEEPING_IN_TOUCH.match(phrase.strip()):
                continue  # "expressed her gratitude for the hospitality", "agreed to stay in close touch"
            for label, key in _topics(_name_the_sides(phrase, who, sides), sides):
                positions.append(Position(who.holders, who.joint, stance, label, key, sentence.span))  # type: ignore[arg-type]
    return positions


def find_positions(sentences: list[Sentence], speakers: list[Speaker | None], *,
                   sides: tuple[str, ...] = ()) -> list[Position]:
    """Positions in text order, one per (holder, stance, topic), each citing its sentence.

    ``sides`` are the two sides' keys, to name them where the text says "bilateral".
    """
    seen: dict[tuple[tuple[str, ...], str], list[frozenset[str]]] = {}
    positions = []
    for sentence, speaker in zip(sentences, speakers, strict=True):
        for position in _positions_in(sentence, speaker, sides):
            said = seen.setdefault((position.holders, position.stance), [])
            words = _content(position.topic)
            if not any(_same_topic(words, other) for other in said):
                said.append(words)
                positions.append(position)
    return positions


def _content(topic: str) -> frozenset[str]:
    return frozenset(_SYNONYMS.get(w, w) for w in _words(topic) if w not in _SIDE_WORDS)


def _same_topic(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same topic said twice: "China-Liberia ties", "new progress of China-Liberia ties"."""
    return bool(a and b) and (a <= b or b <= a or len(a & b) >= 0.6 * len(a | b))


# "When they exchanged opinions on X, the officials stressed ...": the subject comes after the clause.
_OPENING_CLAUSE = re.compile(r"^(?:When|While|As|After|During|In|At)\b[^,;]{0,150},\s+")


def joint_subject(sentence: str) -> bool:
    """Whether the sentence speaks for both sides ("Both sides agreed", "The two ministers")."""
    if _JOINT.match(sentence):
        return True
    opening = _OPENING_CLAUSE.match(sentence)
    return bool(opening and _JOINT.match(sentence[opening.end():]))
