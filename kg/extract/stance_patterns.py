"""The vocabulary of stances: the regular expressions and word lists that
:mod:`kg.extract.positions` applies to read who holds which stance on what.

Compiled once at import. Each pattern's comment gives the readout wording it is for; the rules
that combine them, and why, are in :mod:`kg.extract.positions`.
"""

from __future__ import annotations

import re

# Two titles as a subject: "The Secretary and the Minister" (both sides, unless both titles are one side's: "The
# Vice President and Secretary"). Matched case-insensitively.
TWO_TITLES = (r"the\s+(?P<first>(?:[A-Z][\w-]*\s+){0,3}?(?:Secretary|Minister|President|Premier|Chancellor|Ambassador))"
              r"\s+and\s+(?:the\s+)?(?P<second>(?:[\w-]+\s+){0,3}?(?:secretary|minister|president|premier|chancellor|"
              r"ambassador))")
JOINT = re.compile(
    r"^(?:(?:Also|And|But|Finally|Meanwhile|In addition|Additionally|Furthermore|Moreover|Besides),?\s+|(?:In|During|At|On)\s+(?:the|their|this)\s+[\w'’ -]{3,40}?,\s+)?"
    r"(?:both\s+sides?|both(?=\s+(?:[a-z]+ed|agreed|reaffirmed|welcomed|expressed|said)\b)|all\s+(?:parties|sides)|both\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+and\s+(?:the\s+)?[A-Z][\w'’-]*|"
    r"the\s+(?:(?:foreign|prime|defen[cs]e)\s+)?ministers\b|the\s+(?:presidents|premiers|chancellors)\b|"
    r"the\s+two\s+(?:(?:foreign|prime|vice|deputy|defen[cs]e|top|senior)\s+)?"
    r"(?:sides|countries|leaders|ministers|presidents|parties|nations|officials|diplomats|secretaries|delegations|governments)|the\s+(?:ministers|leaders|officials|parties|sides|discussion|conversation|focus|talks|pair|"
    r"(?:senior|top)\s+(?:diplomats|officials)|"  # "the senior diplomats discussed ... and expressed readiness to ..."
    # "The two agreed", "The two also discussed": not "The two wheels will promote ..."
    r"two(?=\s+(?:also\s+|further\s+|then\s+)?(?:[a-z]+ed|spoke|met|held|will|would|should|can|could|have|had|are|were)\b)|"
    r"participants)|they|all\s+sides|both\s+(?:the\s+)?(?:(?:foreign|prime|vice|deputy)\s+)?(?:leaders|ministers|countries|presidents|secretaries|officials|delegations|governments|nations|parties|heads\s+of\s+state)|"
    r"[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)?counterparts?|"
    # two titles: "The Secretary and the Minister", "The Chinese and ROK Foreign Ministers"
    rf"{TWO_TITLES}|"
    r"the\s+[A-Z][\w-]*\s+and\s+[A-Z][\w-]*\s+(?:(?:Foreign|Prime|Defen[cs]e|Deputy|Vice)\s+)*"
    r"(?:Ministers|Leaders|Presidents|Secretaries))\b",
    re.IGNORECASE,
)
# Agreement told as consensus reached, actively or in the passive: "reached broad consensus on X",
# "Agreements were reached to expand X".
_REACHED_CONSENSUS = r"reached\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?consensus"
_AGREEMENT_REACHED = r"(?:agreements?|consensus)\s+(?:was|were)\s+reached"
AGREED_TO = (r"(?:agree(?:s|d)?\s+to|concurred\s+to|confirmed\s+that\s+(?:they|both\s+sides|the\s+two\s+\w+)\s+would|"
              r"shared\s+the\s+view\s+to)\s+(?:(?:further|closely|jointly|also|continue\s+to|[a-z]+ly)\s+)*")
# "agreed to deepen X": the inner verb's object is what they agreed on.
AGREED_BEFORE = re.compile(rf"\b{AGREED_TO}$", re.IGNORECASE)
# "agreed to continue to work closely together to strengthen X", "reached broad consensus on
# jointly promoting X": agreement, however many verbs stand between.
AGREED_AHEAD = re.compile(rf"\b(?:(?:agree(?:s|d)?|agreeing)(?:\s+that\b)?|{_REACHED_CONSENSUS}|{_AGREEMENT_REACHED}|"
                           r"shared\s+the\s+view)\b(?:(?!\bthat\b)[^.;:,]){0,70}$", re.IGNORECASE)
STANCE = re.compile(  # one word boundary for all branches: the pattern fails fast between words
    r"\b(?=[a-z])(?:(?P<oppose>(?:opposed\s+to|oppos(?:e|es|ed|ing)|avoid(?:s|ed|ing)?|reject(?:s|ed|ing)?|(?:condemnation|rejection)\s+(?:of|to)|opposition\s+to|"
    r"disappointment\s+(?:over|at|with|about)|regret\s+(?:over|at|about)|refrain(?:s|ed|ing)?\s+from|disagree(?:s|d)?\s+with|condemn(?:s|ed|ing)?|"
    r"(?:inadmissibility|unacceptability)\s+of|"
    r"counter(?<!\brun\scounter)(?<!\bruns\scounter)(?<!\bran\scounter)(?<!running\scounter)(?:s|ed|ing)?|defeat(?:s|ed|ing)?|combat(?:s|ing)?|fight(?:s|ing)?\s+against|fight(?:s|ing)?(?!\s+(?:side-by-side|together|alongside|shoulder)\b)|"
    r"(?:remain(?:s|ed)?\s+|stay(?:s|ed)?\s+|be\s+)?vigilant\s+(?:of|against|about)|guard(?:s|ed|ing)?\s+against|"
    r"(?:is|are|was|were|remains?|stands?|stood)\s+(?:firmly\s+|resolutely\s+|strongly\s+|also\s+)*against|"
    r"(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)\s+(?:\w+\s+)?against)\b)"  # "cautioned against any interference in X"
    r"|(?P<concern>(?:(?:expressed|expresses|expressing|voiced|shared|raised|relayed|conveyed|discussed|underscored|underlined|"
    r"reiterated|reiterates|"
    # "showed Japan's strong concern on", "expressed the State of Qatar's deep concern regarding"
    r"showed|shows)\s+(?:(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+(?:of\s+)?){0,3}(?-i:[A-Z])[\w.-]*['’]s\s+)?"
    r"(?:(?:their|his|her|its|grave|deep|serious|strong)\s+)*concerns?\s+(?:over|about|regarding|at|on|with|for|related\s+to)|"
    r"concerned\s+(?:about|over|with|at)|"
    # "to discuss their shared concern about X", "noted the disruptive impact of X"
    r"(?:their|our|his|her|its)\s+(?:(?:shared|common|mutual|deep|grave|serious)\s+)*concerns?\s+(?:over|about|regarding|at)|"
    r"noted(?=\s+the\s+(?:negative|disruptive|adverse|destabili[sz]ing|devastating|harmful)\s+(?:impacts?|effects?|consequences)\s+of\b))\b)"
    r"|(?P<agree>(?:agree(?:s|d)?\s+(?:with|on)|(?:expressed|expresses)\s+(?:(?:his|her|their|its)\s+)?agreement\s+with|concur(?:s|red)?\s+(?:with|on)|shared\s+the\s+(?:recognition|view)\s+that|"
    rf"{_REACHED_CONSENSUS}\s+on|"
    r"align(?:s|ed)?\s+(?:their|its|our)\s+positions\s+on|"
    # "agreed to work towards X", "confirmed that they would closely cooperate toward X": agreement on X
    rf"(?:{AGREED_TO})(?:work(?:ing)?\s+(?:(?:together|closely|jointly)\s+)*(?:towards?|on|for)|"
    r"continue\s+(?:(?:their|the)\s+)?work(?:ing)?\s+on|cooperat(?:e|ing)\s+(?:(?:closely|together)\s+)*"
    r"(?:towards?|in|on|within|for)|keep\s+working\s+on))\b)"
    r"|(?P<support>(?:support(?:s|ed|ing)?|uphold(?:s|ing)?|upheld|safeguard(?:s|ed|ing)?|promot(?:e|es|ed|ing)|"
    r"stand(?:s|ing)?\s+for|adher(?:e|es|ed|ing)\s+to|pursu(?:e|es|ed|ing)|push(?:ing)?\s+for|"
    r"recommit(?:s|ted|ting)?\s+to|"
    r"ma(?:ke|kes|de|king)\s+(?:(?:new|greater|positive|active|important)\s+)*contributions?\s+to|"
    r"strengthen(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|deepen(?:s|ed|ing)?|expand(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|"
    r"consolidat(?:e|es|ed|ing)|bolster(?:s|ed|ing)?|boost(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|"
    r"carr(?:y|ies|ied|ying)\s+(?:forward|out)|"
    r"look(?:s|ed|ing)?\s+forward\s+to|"  # "looked forward to the UK joining the CPTPP"
    r"stand(?:s|ing)?\s+(?:\w+ly\s+)?(?:behind|with)(?=\s+(?-i:[A-Z]))|"  # "the UK stands wholeheartedly behind Ukraine"
    r"(?:want(?:s|ed)?|would\s+like|wish(?:es|ed)?)\s+to\s+see|positively\s+assess(?:ed|es)|"
    r"satisfaction\s+was\s+expressed\s+(?:with|over|at)|"  # "Satisfaction was expressed with the current state of ..."
    r"(?:expressed|expresses|voiced)\s+(?:(?:their|its|his|her|mutual|strong|keen)\s+)*interest\s+in|"
    r"welcome(?:s|d)?|value(?:s|d)?|attach(?:es|ed)?\s+(?:great\s+|high\s+|much\s+|great\s+)?importance\s+to|"
    r"commitment\s+to|committed\s+to|reaffirm(?:s|ed)?|contribute\s+to|push(?:es|ed)?\s+(?:forward|for)|"
    r"preserv(?:e|es|ed|ing)|abid(?:e|es|ed)\s+by|abided\s+by|praised|praising|commended|commending|applaud(?:s|ed|ing)?|"
    r"hailed|paid\s+(?:a\s+)?tribute\s+to|(?:spoke|speaks|speaking)\s+(?:highly|positively)\s+of|"
    r"(?:expressed|expresses|voiced)\s+(?:(?:the|his|her|their|its|strong)\s+)?hopes?\s+for|"
    r"(?:expressed|expresses|voiced|reiterated|reiterates|reaffirmed|reaffirms|affirmed|affirms|shared|share|underscored|"
    r"stressed|emphasi[sz]ed)\s+(?:[A-Z][\w.-]*['’]s?\s+)?(?:(?:the|his|her|their|its|"
    r"strong|common|mutual|shared)\s+)*(?:desire|resolve)\s+(?:for|to)|"  # "reiterated their desire for a strong trading relationship"
    r"pledg(?:e|es|ed|ing)\s+to\s+(?:continue\s+(?:to\s+)?)?|"  # "pledged to continue helping Colombia ..."
    r"made\s+positive\s+comments\s+on|thanked\s+(?:[\w.'’-]+\s+){1,5}?for|adherence\s+to|respect(?:s|ed|ing)?\s+for|"
    r"congratulated|(?:step|speed)(?:s|ped|ed|ping|ing)?\s+up|"
    r"(?:noted|reviewed|hailed|assessed|appreciated|acknowledged|recogni[sz]ed)(?=\s+(?:with\s+satisfaction\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:progress|growth|development|momentum|achievements?|success)\b)|"
    # a verb that is a verb only after "to" or a modal: "should implement X", "to further develop X"
    r"(?<=to\s|ld\s|ll\s|st\s)(?:(?:further|jointly|significantly|effectively|fully|continue\s+to|[a-z]+ly)\s+)*"
    r"(?:implement|develop|build|increase|improve|maintain|ensure|defend(?!\s+(?:\w+\s+)?against)(?!\s+(?:the\s+)?(?-i:[A-Z]))|protect|restore|"
    r"respect|foster|realize|accelerate)|"
    r"accept(?:s|ed)?|highlighted(?:\s+how)?|"
    # what is said to matter: "stated that it is important to resume six-party talks", "it was significant to explore X"
    r"(?:is(?<=\bit\sis)|was(?<=\bit\swas))\s+(?:(?:also|very|most|highly|extremely|particularly|especially)\s+)*"
    r"(?:important|significant|essential|crucial|vital|necessary|imperative)\s+(?:for\s+(?:[\w'’.-]+\s+){1,4}?)?to(?=\s+[a-z])|"
    r"not(?:ed|es|ing)\s+with\s+(?:(?:deep|great|particular|much|profound)\s+)?satisfaction(?!\s+that\b)|"
    # what is pointed out, concern where its object is trouble (see ATTENTION): "drew attention to an increase in
    # ceasefire violations"
    r"(?:(?:drew|draws|drawn|drawing|draw|paid|pays|paying|pay)\s+(?:(?:special|particular|great|close|serious|much)\s+)?"
    r"attention|attention\s+was\s+(?:also\s+)?(?:paid|drawn|given))\s+to|"
    r"(?:expressed|expresses|conveyed|conveys|reiterated|reiterates|voiced|voices|extended|extends)\s+"
    # "expressed Saudi Arabia's appreciation for the Chinese initiative"
    r"(?:(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}['’]s?\s+)?(?:(?:his|her|their|its|our|sincere|deep|high|great|full)\s+)*"
    r"(?:appreciation|gratitude|satisfaction)\s+(?:for|with|of|at|to|over|about)|"
    r"(?:has|have|had)\s+(?:an\s+|the\s+)?intention\s+to|intends?\s+to|"
    r"advocat(?:e|es|ed|ing)|(?:stand|stands|stood|standing)\s+(?:firmly\s+)?by(?=\s+(?:the\s+)?[A-Z])|(?:is|are|was|were)\s+encouraged\s+by|"
    # taking part in an initiative, not in a gathering: "will actively participate in the Belt and Road Initiative"
    r"participate(?<=(?:to|ly|ll)\sparticipate)\s+in(?!\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:summit|meeting|conference|forum|talks|"
    r"session|ceremony|event|celebrations?|games|olympics|exercises?|dialogue|consultations?|visit)\b)|"
    r"(?:gave|give|gives|giving)\s+(?:a\s+)?(?:positive|high)\s+(?:assessment|evaluation)\s+(?:of|on|to)|"
    r"ma(?:ke|kes|de|king)\s+(?:(?:every|best|all|joint|further|concerted|greater)\s+)*efforts?\s+(?:for|towards?)|"
    r"(?:defenders?|champions?|guardians?|upholders?)\s+of|"
    r"(?:discussed|stressed|emphasi[sz]ed|underlined|underscored|noted|recogni[sz]ed|reiterated|highlighted)\s+"
    r"the\s+(?:(?:urgent|pressing|great|vital|utmost)\s+)?(?:importance|need|necessity|significance)\s+(?:of|to|for)|"
    r"call(?:s|ed|ing)?\s+for|"
    r"(?:emphasi[sz](?:es|ed)|underlin(?:es|ed)|underscor(?:es|ed)|stress(?:es|ed)|affirm(?:s|ed)|appreciat(?:es|ed))"
    r"(?=\s+(?:the|their|our|its)\s+(?!(?:importance|need|necessity|significance|fact|view|hope)\b))|"
    # what someone appreciates of another: "China appreciates UN's important role", "appreciated China's positive role"
    r"appreciat(?:es|ed)(?=\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s)|"
    r"insist(?:s|ed)?\s+on|asked\s+for|(?:give|gives|gave|given)\s+(?:top\s+|high\s+)?priority\s+to|"
    r"(?:expressed|expresses)\s+(?:(?:his|her|their|its)\s+)?understanding\s+(?:for|of)|"
    r"acknowledg(?:es|ed)(?=\s+(?:the|their|its)\s|\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s)|"
    # solidarity shown is support, with whom it is: "expressed his deep solidarity with Japan"
    r"(?:express|reaffirm|convey|extend|offer|emphasi[sz]|reiterat|voic|show|underscor|underlin)(?:e|es|ed|ing|s)?\s+"
    r"(?:[A-Z][\w.-]*['’]s?\s+|(?:his|her|their|its|our|the)\s+)?(?:(?:full|strong|deep|firm|sincere|unwavering|"
    r"continued|steadfast)\s+)*(?=solidarity\s+(?:with|to)\b)|"
    r"cherish(?:es|ed)?|(?:is|are|was|were)\s+(?:willing|ready|happy)\s+to\s+(?:work\s+with\s+(?:\w+\s+){1,4}?to\s+)?"
    r"(?:continue\s+to\s+)?(?:further\s+)?(?:enhance|deepen|expand|strengthen|promote|keep|maintain|facilitate|jointly\s+\w+)?)\b))",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|never|no\s+longer|cannot|won't|don't|doesn't)\s+(?:\w+\s+){0,2}$"
                      r"|\bneither\b[^,;:]{1,80}\bnor\b[^,;:]{1,60}$", re.IGNORECASE)
# Where a stance verb's object ends: a clause break, a purpose or manner clause, a second verb, a
# participle that opens a new clause ("..., noting that"), a finite verb ("friendship has been ...").
ED_ADJECTIVES = (  # "special and privileged strategic partnership": no second verb
    "privileged|balanced|advanced|detailed|concerted|shared|united|related|interested|concerned|integrated|coordinated|"
    "sustained|unprecedented|improved|enhanced|expanded|extended|diversified|unimpeded|uninterrupted|informed|"
    "undivided|accelerated|dedicated|unified|committed|multifaceted|trusted|valued|renewed|heightened|increased|"
    "reinforced|sophisticated|rounded|varied|unwavering|esteemed"
)
GERUNDS = (  # "supporting the people of Ukraine and ensuring ...": a second verb
    "ensuring|making|promoting|building|supporting|strengthening|deepening|advancing|maintaining|safeguarding|"
    "upholding|working|addressing|tackling|combating|fighting|preventing|protecting|achieving|creating|expanding|"
    "enhancing|providing|taking|bringing|helping|facilitating|pushing|opposing|seeking|continuing|improving|reducing|"
    "resolving|calling|urging"
)
AND_VERBS = (  # "commitment to Iraq and consult on ...": a second verb
    "to|is|are|will|should|also|make|safeguard|send|achieve|inject|push|work|take|jointly|actively|further|"
    "continuously|effectively|the\\s+two|said|added|be|become|keep|ensure|consult|discuss|exchange|explore|coordinate|"
    "cooperate|collaborate|carry|follow|join|deal\\s+with|continue|contribute|help|enhance|deepen|expand|strengthen|"
    "uphold|oppose|maintain|build|create|release|stick|provide|facilitate|implement|step|guide|seize|how"
)
PARTICIPLES = (  # "..., noting that": a new clause
    "noting|saying|adding|stressing|emphasi[sz]ing|pointing\\s+out|calling|urging|pledging|acknowledging|expressing|"
    "hoping|believing"
)
# The last comma of a list of single words, before its "and": "the comprehensive, verifiable, and irreversible
# denuclearization", "a free, open, and inclusive Indo-Pacific" (one lookbehind per length of the word before it).
_LIST_S_LAST_COMMA = ("(?:" + "|".join(rf"(?<=,\s[a-z-]{{{n}}})" for n in range(2, 21)) + r")(?=,\s+(?:and|or)\s)")
STOP_OBJECT = re.compile(
    r"[;:]|(?<![A-Z])(?<!\bSept)(?<!\bJan|\bFeb|\bAug|\bOct|\bNov|\bDec)\.(?!\d)|"
    r"(?!" + _LIST_S_LAST_COMMA + r"),(?!\d{3}\b)(?!\s\d{4}\b)(?!\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|\band\b))"
    r"|,\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|added|noted|stressed|says)\b"  # "..., Wang said, adding that ..."
    r"|,\s+(?:he|she|they)\s+(?:said|added|noted|stressed|says)\b"
    rf"|\s+and\s+(?!(?:{ED_ADJECTIVES})\b)[a-z]+ed\b|,?\s+and\s+(?:{GERUNDS})\b"
    r"|\s+in\s+(?:various|all|different|relevant|many|multiple)\s+(?:fields|areas|sectors|domains|aspects)\b"
    # how long or how often, no part of what is held: "... in recent years", "... on many occasions"
    r"|\s+(?:in\s+recent\s+(?:years|months)|over\s+(?:the\s+(?:past|last)|recent\s+(?:years|months))|on\s+many\s+occasions"
    r"|all\s+the\s+time)\b"
    # where it is to be taken: "China-Kenya relations to a new level"
    r"|\s+(?:up\s+)?to\s+(?:a|an|the)\s+(?:new|higher|next|greater|even\s+higher)\s+(?:level|stage|height|high)s?\b"
    r"|\sas\s+(?:[\w'’-]+\s+){1,4}?(?:seeks?|tries|try|works?|strives?|moves?|prepares?)\s+to\b"
    r"|(?=\sto\s)(?<!regard)(?<!attempting)(?<!attempt)(?<!attempts)(?<!efforts)(?<!effort)(?<!\bbid)(?<!right)(?<!rights)(?<!\bplan)(?<!plans)(?<!\bneed)"
    r"(?<!decision)(?<!aspiration)(?<!aspirations)(?<!access)(?<!contribution)(?<!contributions)(?<!solution)"
    r"(?<!solutions)(?<!threat)(?<!threats)(?<!path)(?<!road)(?<!return)(?<!assistance)(?<!transition)(?<!response)"
    r"(?<!approach)(?<!adherence)(?<!commitment)(?<!\baid)(?<!\bvisit)(?<!visits)(?<!trip)"
    r"\sto\s+(?!the\b|a\b|an\b|its\b|their\b|our\b|all\b|[A-Z]|(?!bring|sing|cling|swing|spring|string)[a-z]+ing\b)"
    r"[a-z]+\b"
    r"|\s(?:so\s+as\s+to|so\s+that|in\s+order\s+to|as\s+(?:it|they|he|she|we)\b|in\s+a\s+bid\s+to|while|which|how|as\s+well\s+as"
    r"|as\s+soon\s+as|at\s+an\s+early\s+date|as\s+an?\s+(?:example|model|symbol|testament)"
    # adjuncts of time, cause or circumstance: "support for Ukraine in the face of Russia's war"
    r"|in\s+the\s+face\s+of|in\s+light\s+of|following|amid|amidst|ahead\s+of|despite|"
    r"after(?<!looking\safter)(?<!looked\safter)(?<!look\safter)(?<!looks\safter)"
    rf"|and\s+(?:{AND_VERBS}|(?:his|her|their|its)?\s*(?:desire|readiness|willingness|determination|intention|resolve)\b)"
    rf"|through|by\s+\w+ing|{PARTICIPLES}"
    r"|(?:has|have|had)\s+(?:been|become|made|achieved|maintained|seen|grown)|is|are|was|were|will|would|can|could|may|"
    r"might)\s",
)
LEADING = re.compile(
    r"^(?:(?:the|a|an|its|their|our|his|her|further|continuously|jointly|fully|actively|always|also|firmly|against|"
    r"continue\s+to|with\s+satisfaction|to|with|for|in|on|of|all|such|more|closer|its\s+commitment\s+to|efforts?\s+to|so-called|"
    r"ensure|ensuring|securing|achieve|maintain|build|setback\s+of|continue|make|efforts?\s+in|push|elevate|lift|"
    r"(?:any|all)\s+forms?\s+of|any|each\s+other(?:\s+(?:on|in|with))?|one\s+another(?:\s+(?:on|in|with))?)\s+)+",
    re.IGNORECASE,
)
TRAILING = re.compile(r"(?:\s+(?:the|a|of|and|to|in|on|for|with|as|at|by|from|its|their|between|this))+$")
QUOTES = re.compile(r"[\"“”]")
# "... of the CICA." but not "U.S."; "peace, stability," before "and agreed to ..."
END_DOT = re.compile(r"(?<!\b[A-Z])\.$|,$")
# A topic is the object's first MAX_WORDS words; an object longer than MAX_OBJECT_WORDS ran past its
# phrase (a clause, a list of purposes) and names no one topic. Measured over 408 audit readouts:
# annotators write topics of 5-6 content words, and cutting at 10 words lost the ends they keep.
MAX_WORDS = 16
MAX_OBJECT_WORDS = 24
GENERIC = frozenset(
    "cooperation coordination communication exchanges exchange relations relationship ties dialogue consultation "
    "consultations discussions discussion efforts work contacts continuation development progress close closer "
    "further new greater good sound steady strong friendly practical pragmatic mutual all areas fields friendship "
    "implementation consensus congratulation congratulations nations achievements outcomes results "
    "working together hard each other cooperate collaborate".split()  # "work together", "each other"
)
ANAPHORS = frozenset("them it this that these those they".split())
# Stances said of a subject rather than by a verb: "X is of great significance", "X is very
# important to ...", "X is a major project", "The focus was on X".
PREDICATED = re.compile(
    r"^(?:(?:[A-Z][\w'’.-]*|It)(?:\s+[\w'’.-]+){0,3}?\s+(?:said|noted|stressed|added|expressed|stated|emphasi[sz]ed|"
    r"pointed\s+out|believed|believes|says|notes|stresses)\s*,?\s+(?:that\s+)?|(?:[Ii]t\s+is\s+(?:believed|agreed)\s+that\s+))?"
    r"(?:the\s+|The\s+)?(?P<topic>[\w'’ ,-]{3,90}?)\s+(?:is|are|was|were|has\s+been|remains?)\s+"
    r"(?:(?:of\s+)?(?:very\s+|extremely\s+|highly\s+|particularly\s+|great\s+|vital\s+|strategic\s+|far-reaching\s+)*"
    r"(?:importan(?:t|ce)|significan(?:t|ce)|crucial|essential|vital|necessary|indispensable)"
    r"|(?:an?|the)\s+(?:(?:major|key|important|significant|flagship|landmark|historic(?:al)?|strategic|right|top|"
    r"consistent|first|overriding)\s+)+(?:[\w-]+\s+)?(?:project|achievement|step|milestone|pillar|choice|priority|"
    r"cornerstone))\b"
    r"|^The\s+(?:focus|emphasis)\s+was\s+on\s+(?P<focus>[^,.;]{3,90})"
)
# Opposition said of a subject: "the nuclear test ... is unforgivable provocative action", "X constitutes a grave threat".
_BEYOND_BOUNDS = r"(?:absolutely\s+|totally\s+|completely\s+|simply\s+)?(?:unacceptable|intolerable|inadmissible|unforgivable)"
_WRONG = r"(?:counterproductive|illegitimate|unlawful|illegal|irresponsible|destabili[sz]ing|dangerous|provocative)"
UNACCEPTABLE = re.compile(
    rf"\b[Ii]t\s+(?:is|was|would\s+be)\s+{_BEYOND_BOUNDS}\s+to\s+(?P<done>[^,;:.]+)|"
    r"(?:^|,\s+|\b(?:that|said|stated|noted|stressed|explained)\s+)(?:the\s+)?"
    r"(?![Ii]t\s)(?P<topic>(?:(?!(?:that|said|stated|noted|stressed|explained)\b)[\w'’-]+\s+){0,23}?[\w'’-]+)\s+"
    rf"(?:(?:is|was|are|were|remains?)\s+(?:{_BEYOND_BOUNDS}|a\s+(?:grave\s+|serious\s+|clear\s+)?"
    r"(?:violation|provocation|threat))|"
    r"constitutes?\s+an?\s+(?:[\w,-]+\s+){0,4}?(?:threat|violation|provocation))\b"
    # "Japan views this action as unacceptable", "It is unacceptable to address the issue by force"
    r"|\b(?:views?|viewed|considers?|considered|regards?|regarded|deems?|deemed)\s+(?:the\s+)?"
    rf"(?P<viewed>(?:[\w'’-]+\s+){{0,15}}?[\w'’-]+)\s+(?:as\s+)?{_BEYOND_BOUNDS}\b"
    # "described Washington's actions to impose pressure through sanctions as counterproductive"
    r"|\b(?:described|describes|termed|terms|characteri[sz]ed)\s+(?:the\s+)?"
    rf"(?P<described>(?:[\w'’-]+\s+){{0,15}}?[\w'’-]+)\s+as\s+(?:{_BEYOND_BOUNDS}|{_WRONG})\b")
CLAUSE_WORDS = ("agree", "concern", "concur", "request", "asked", "propos", "suggest", "confirm", "view", "recognition", "understanding", "consensus", "hop", "urg", "demand", "press", "encourag",
                 "call", "readiness", "willingness", "determination", "resolve", "intention", "desire")  # cheap test first
# A cheap test first.
CONDEMNING_WORDS = ("unacceptable", "intolerable", "inadmissible", "unforgivable", "violation", "provocation", "threat",
                    "counterproductive", "illegitimate", "unlawful", "illegal", "irresponsible", "destabili", "dangerous",
                    "provocative")
# "uphold and practice multilateralism": two verbs, one object.
AND_VERB = re.compile(r"^\s*and\s+(?:practice|practise|promote|uphold|safeguard|strengthen|deepen|expand|advance|"
                       r"maintain|support|implement|defend|protect|enhance|develop|consolidate)\s+", re.IGNORECASE)
# "agreed on the need to ensure X", "stressed the importance of X": the stance is on X.
FRAME = re.compile(r"^\s*(?:the\s+)?(?:need|importance|necessity|significance)\s+(?:to|for|of)\s+"
                    r"(?:continu(?:e|ing)\s+to\s+)?", re.IGNORECASE)
# The same frames whatever verb comes before them ("reflected on the importance of X", "the shared
# goal of X", "The need for X was also discussed"): a stance for X.
BARE_FRAME = re.compile(r"\b(?:the|their|our)\s+(?:(?:shared|mutual|common|urgent|pressing|great|vital|utmost|critical)\s+)*"
                         r"(?:(?:importance|need|necessity|goal|objective|aim)s?\s+(?:of|for)|(?:need|necessity)\s+to)\s+"
                         r"(?:continu(?:e|ing)\s+to\s+)?",
                         re.IGNORECASE)
# Agreement on a clause or on doing something: "agreed that a negotiated solution is the best outcome",
# "confirmed that ...", "agreed to speak again soon" (the verbs of stances are read as such above).
# Hopes, resolve and demands the same way: "expressed the hope that both sides could X", "urged X to
# do Y", "reaffirmed their readiness to do Y": a stance for what follows.
CLAUSE_STANCE = re.compile(
    r"\b(?:(?P<agree>(?:agree(?:s|d)?|agreeing|concur(?:s|red)?|confirmed)\s+(?:that\s+|to\s+(?=[a-z]))|"
    # "agreed the UK's recognition of X is a welcome development": a clause without "that"
    r"(?:agree(?:s|d)?|agreeing)\s+(?=(?:the|an?|[A-Z][\w'’.-]*)\s+[^,;.]{0,80}?\b(?:is|was|are|were|must|should)\s)|"
    r"(?:shared|share|reached)\s+(?:the\s+|a\s+)?(?:view|recognition|understanding|consensus)\s+that\s+|"
    # "Agreements were reached to ...", "An agreement was reached on ..."
    rf"(?:an\s+)?{_AGREEMENT_REACHED}\s+(?:to\s+(?=[a-z])|on\s+))"
    r"|(?P<concern>(?:expressed|voiced|shared|raised|relayed|conveyed)\s+(?:(?:the|his|her|their|its|our|deep|grave|serious|"
    r"strong|U\.S\.|American|British)\s+)*concerns?\s+that\s+)"
    r"|(?:expressed\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+)?"
    r"hopes?|hope[sd]?|hoping)\s+(?:that\s+|to\s+(?=[a-z])"  # "expressed the United States’ hopes that"
    # "said he hoped the two countries' defense departments will continue to expand dialogue": "that" left out
    r"|(?=(?:the|both|all|(?-i:[A-Z]))[^,;.]{0,80}?\b(?:will|would|could|can|should)\s))"
    r"|(?:urge[sd]?|urging|call(?:s|ed)?\s+on|calling\s+on|demand(?:s|ed|ing)?|press(?:es|ed|ing)?|"
    r"encourag(?:e|es|ed|ing))\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?=[a-z])"
    r"|(?:request(?:s|ed)?|asked|proposed|suggested)\s+that\s+"
    r"|(?:readiness|willingness|determination|resolve|intention|desire)\s+(?:(?:was|were)\s+expressed\s+)?to\s+(?=[a-z]))",
    re.IGNORECASE)
# The subject and modal that open such a clause add nothing: "the two sides should", "they would".
CLAUSE_SUBJECT = re.compile(r"^(?:it\s+(?:is|was)\s+(?:(?:very|most|highly)\s+)?(?:important|necessary|essential|vital|crucial)\s+"
                             r"(?:for\s+[^;.]{1,60}?\s+)?to\s+|it\s+was\s+)", re.IGNORECASE)
# "... that <subject> should/will <do X>": the subject, when it is a thing ("an independent investigation
# must begin"), or what is to be done, when the subject is who does it ("the two countries will coordinate").
CLAUSE_MODAL = re.compile(r"^(?P<subject>(?:[\w'’.,-]+\s+){1,10}?)(?:should|would|will|must|could|can|need\s+to|were\s+to)\s+")
ACTORS = re.compile(r"(?i:they|we|he|she|it|both(?:\s+\w+)?|all\s+\w+|the\s+(?:two|three|four)\s+\w+|their\s+\w+|"
                     r"(?:the\s+)?(?:international\s+community|sides?|parties|countries|leaders|ministers|officials))|"
                     r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:and|of|the|[A-Z][\w'’.-]*))*(?:\s+(?:side|sides|government|authorities))?")
CLAUSE_END = re.compile(r"[;:]|(?<![A-Z])\.(?!\d)|,\s+(?:and|but|while|which|as)\b|\s(?:so\s+as\s+to|in\s+order\s+to|so\s+that)\s"
                        r"|\s(?:as\s+soon\s+as|at\s+an\s+early\s+date)\b"
                        r"|,?\s+and\s+(?P<again>that)\s")
# ", and" inside a list of single words goes on with the list: "an independent, full, credible, and unimpeded inquiry".
LIST_IN_PROGRESS = re.compile(r",\s+[\w'’-]+$")
# "agreed that X was vital", "... is the best outcome": what the clause says of X is the stance; X is the topic.
JUDGED = re.compile(r"^(?P<subject>(?:[\w'’.,()-]+\s+){1,20}?)(?:is|was|are|were|remains?|would\s+be|will\s+be)\s+"
                    r"(?:(?:very|most|also|an?|the|absolutely|particularly|truly)\s+)*(?:[\w-]+\s+){0,2}?"
                    r"(?:vital|important|essential|crucial|key|necessary|indispensable|welcome|historic|best|only|right|"
                    r"priority|opportunity|development|outcome|way|step|solution|path)\b")
# A proposal said in the passive: "the legitimate concerns of all parties should be respected".
SHOULD_BE = re.compile(
    r"(?:^|,\s+|\band\s+|\b(?:that|said|noted|stressed|believed|held)\s+)(?P<topic>(?:(?!that\s)[\w'’-]+\s+){0,9}?[\w'’-]+)\s+(?:should|must|shall|needs?\s+to)\s+(?P<never>(?:never|not)\s+)?be\s+"
    r"(?:(?:fully|strictly|effectively|firmly|jointly)\s+)?(?:respected|upheld|safeguarded|honou?red|protected|implemented|"
    r"observed|maintained|preserved|promoted|strengthened|tolerated|accepted|"
    r"(?P<against>avoided|prevented|stopped|halted|rejected|condemned))\b")
# "a welcome development", "most welcome", "a warm welcome awaited the President": a noun or an adjective
A_WELCOME = re.compile(r"\b(?:an?|most|very|warm|warmest)\s+$", re.IGNORECASE)
# Items of one list: "promoting X, and enhancing Y" (what lies between them), "deconflicting X, reducing Y".
COORDINATED = re.compile(r",?\s*(?:and\s+)?(?:also\s+)?")
PREPOSITIONS_IN_ING = "including|during|regarding|concerning|following|according|excluding|pending|notwithstanding|something|nothing|anything|everything"
GERUND = re.compile(rf"(?!(?:{PREPOSITIONS_IN_ING})\b)[a-z]{{3,}}ing\s")
GERUND_ITEM = re.compile(rf",?\s+(?:and\s+)?(?=[a-z]{{3,}}ing\s)(?!(?:{PARTICIPLES}|{PREPOSITIONS_IN_ING})\b)")
TO_VERB = re.compile(r"\sto\s+[a-z]")
# What names the case a concept is said of: "political settlement of the Ukraine crisis", "... in Syria".
SPECIFIED = re.compile(r"\s+(?:of|in|on|for|between|with|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[A-Z]")
# A determiner and one word before a comma: an adjective of a list ("building a just, multipolar world order").
LONE_ADJECTIVE = re.compile(r"(?:^|\s)(?:the|an?|its|their|our|this)\s+[a-z-]+$"
                            # "maintain close, high-level exchange": an adjective alone, before another
                            r"|^\s*(?:close|closer|strong|stronger|deep|deeper|broad|friendly|good|sound|steady|stable|"
                            r"healthy|long-term|[a-z]+(?:al|ive|ic|ous|ful|ent|ant|ble))$", re.IGNORECASE)
# A list of noun phrases, each with its determiner, after the first: ", the end of Y, and the launch of Z".
_DETERMINER = r"(?:the|an?|its|their|our|his|her)\s"
DETERMINED = re.compile(rf"\s*{_DETERMINER}", re.IGNORECASE)
NOUN_LIST = re.compile(rf"(?:,\s+{_DETERMINER}[^,;.:]{{2,70}}?){{0,3}},?\s+and\s+{_DETERMINER}[^,;.:]{{2,70}}?(?=[,;.:]|$)")
LIST_SEPARATOR = re.compile(r"(?:,?\s+|^)and\s+(?=(?:the|an?|its|their|our|his|her)\s)|,\s+")
# Fighting a disease is no policy against it: the position is the cooperation ("joint fight against COVID-19").
DISEASE = re.compile(r"\b(?:pandemic|epidemic|COVID|coronavirus|virus|health\s+crisis|Ebola|outbreak|disease)", re.IGNORECASE)
# "the fight against terrorism", "their joint fight against ISIS": the struggle, which analysts write as supported.
FIGHT_AS_NOUN = re.compile(r"\b(?:the|a|its|their|our|his|her|joint|common|global|international|shared)\s+"
                           r"(?:(?:joint|common|global|international|shared|ongoing|continued)\s+)?$", re.IGNORECASE)
FIGHTING = re.compile(r"(?:fight|combat|defeat|counter)", re.IGNORECASE)
AND_AT_END = re.compile(r",?\s+and\s*$")
# A third party's aim, told in passing: "as political leaders seek to implement reforms".
THIRD_PARTY_AIM = re.compile(r"\bas\s+(?:[\w'’-]+\s+){1,4}(?:seeks?|tries|try|works?|strives?|moves?|prepares?)\s+to\s+"
                             r"(?:[a-z]+ly\s+)?$")
# Who reports the sentence, at its end, is no part of its last object: "..., Roh's spokesman Yoon Tae-young said."
REPORTING_TAG = re.compile(r",\s+[^,;:]{2,60}?\s+(?:said|added|noted|told\s+reporters|reported)"
                           r"(?:\s+(?:in|on)\s+an?\s+[\w\s]{2,30}?)?\.?\s*$")
# Who said it, inside a topic read off a passive: "Xi said the sovereignty of all countries must be respected".
REPORTED_BY = re.compile(r"\b(?:said|stressed|noted|added|stated|believed|emphasi[sz]ed)\s+(?:that\s+)?")
# "X could only be resolved with a political solution": the means is the position.
RESOLVED_BY = re.compile(r"\b(?:can|could|would|will|must|should)\s+(?:only\s+)?be\s+(?:resolved|settled|solved|ended|addressed)\s+"
                         r"(?:only\s+)?(?:with|through|by|via)\s+(?P<means>.+)$")
# "democratic values shared by both countries": "values" as a noun.
VALUES_NOUN = re.compile(r"\b(?:the|our|their|its|common|shared|democratic|core|universal|traditional|family|human|"
                         r"[a-z]+al)\s+$", re.IGNORECASE)
IN_DOING = re.compile(r"\w\s+in\s+$")  # "cooperation in fighting X": the gerund belongs to the object
INCLUDING = re.compile(r"\s+including\s")  # what an object takes in is part of it
ONLY_BY = re.compile(r"\b(?:exclusively|only|solely|mainly|primarily|chiefly)$")  # the means is the point
MEANS = re.compile(r"\s(?:through|by\s+\w+ing)\s")
# A participle after "be" is a passive, no stance: "to be sustained and enhanced", "was strengthened".
PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:(?:further|also|greatly|significantly)\s+)?"
                      r"(?:[a-z]+ed\s+(?:and|or)\s+)?$")
# "support" as a noun with no "for"/"to" after it ("the military support it needs") has no object.
NOUN_SUPPORT = re.compile(r"\b(?:the|a|an|its|their|his|her|our|whose|continued|strong|full|firm|unwavering|military|"
                           r"financial|economic|political|humanitarian|prompt|\w+(?:ous|ful|ive|ble)|\w+['’]s?)\s+$", re.IGNORECASE)
# "commended President Trump for his approach", "thanked Indonesia for its leadership": the stance is on what follows "for".
PRAISE = re.compile(r"^(?:praised|praising|commended|commending|applaud(?:s|ed|ing)?|thanked|congratulated|appreciated)\b"
                    r"|(?:appreciation|gratitude)\s+to$",
                     re.IGNORECASE)
# "wished the Summit a complete success": a stance on its success.
WISH = re.compile(r"\bwish(?:es|ed|ing)?\s+(?P<obj>(?:the\s+)?[\w'’ ()-]{3,80}?)\s+(?:a\s+|every\s+)?"
                   r"(?:(?:complete|full|great|resounding|big)\s+)?success\b", re.IGNORECASE)
PERSON = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|H\.E)\.?\s|(?:him|her|Secretary|Minister|President|Prime|Premier|Chancellor|"
                     r"Ambassador|Foreign|His|Her)\b)")
# "is ready to join hands with Russia to ...": the partner is no topic; the verb after it carries the stance.
PARTNER = re.compile(r"^\s*(?:join\s+(?:hands|efforts|forces)|work(?:\s+(?:closely|together))*|cooperate|collaborate|"
                      r"make\s+(?:concerted\s+|joint\s+)?efforts)\s+with\b", re.IGNORECASE)
QUALIFIED = re.compile(r"\s+(?:in|of|on|for|at|across|within|over|throughout|into|between|among)\s+(?:the\s+)?", re.IGNORECASE)
# What one looks forward to that is a meeting, not a policy: "looked forward to seeing each other at the G7",
# "to welcoming President Macron to Glasgow", "to working closely together", "to tomorrow's NATO Leaders' Meeting".
ENGAGEMENT = re.compile(r"^(?:[\w'’-]+\s+){0,6}?(?:meet(?:s|ing)?|see(?:ing)?|welcom\w*|work(?:ing)?|visit\w*|host\w*|"
                        r"receiv\w*|continu\w*|discuss\w*|stay\w*|remain\w*|speak\w*|talk\w*|reunion|summits?|"
                        r"councils?|trip|travel\w*|conversations?|calls?|engag\w*|mark\w*|conven\w*|making|G\d{1,2}|"
                        r"COP\d{1,2})\b", re.IGNORECASE)
COURTESY = re.compile(r"\s*(?:(?:his|her|their|its|the)\s+)?(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:best\s+|warm\s+|good\s+)?(?:wishes|greetings|regards)|(?:re-?)?election|(?:re-?)?appointment|assum(?:ing|ption\s+of)\s+office|"
                       r"taking\s+office|inauguration|birthday|swearing|hospitality|warm\s+(?:welcome|reception)|"
                       r"(?:working\s+|official\s+)?(?:lunch|luncheon|dinner|banquet|breakfast)\b|"
                       r"new\s+(?:position|post|role|office|responsibilities|appointment)|"
                       r"taking\s+up\s+(?:(?:his|her|the)\s+)?(?:new\s+)?(?:post|position|office|duties)|being\s+(?:re-?)?elected)\b"
                       # "thanked the President for his call": the event itself
                       r"|\s*(?:(?:his|her|their|its|the|this)\s+)?(?:(?:tele)?phone\s+)?(?:call|meeting|conversation|"
                       r"invitation|talks|visit)\s*$",
                       re.IGNORECASE)
# Arrangements to talk again are how a call ends, not a policy: "agreed to stay in close touch".
# Someone welcomed to a place: a courtesy ("welcomed First Vice Foreign Minister Kim to Washington").
# ("welcomed Han to Russia for the ninth Eastern Economic Forum": why they came is part of the courtesy)
WELCOMED_TO = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,8}to\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*"
                         r"(?:(?:for|on|as)\s.*)?")
KEEPING_IN_TOUCH = re.compile(r"(?:stay|keep|remain|maintain|be)\s+(?:in\s+)?(?:close\s+|regular\s+|frequent\s+)?"
                               r"(?:touch|contacts?|communication|collaboration)\b|(?:speak|talk|meet)(?:ing)?\s+(?:again|soon|in\s+person|at)\b",
                               re.IGNORECASE)
AND_FOR = re.compile(r",?\s+and\s+(?:also\s+)?for\s+")
FIELDS_AS = re.compile(r"\bin\s+such\s+(?:fields|areas|sectors|domains)\s+as\b", re.IGNORECASE)
# "is committed to X and does not support Y": a second verb of the same subject.
AND_THEN = re.compile(r"\sand\s+(?:(?:does|do|did|will|would|also|not|never|firmly|resolutely|further|to)\s+)*$")
# A second object with its preposition said again: ", as well as over the activity of ISIS".
AS_WELL_AS = re.compile(r",?\s+as\s+well\s+as\s+(?:over|about|for|to|on|with|at)\s+")
# "strengthen political mutual trust, expand exchanges ...": a list of verbs, each with its own object.
VERB_LIST = re.compile(r"(?<=\w),\s+(?:and\s+)?$")
# A further item of such a list whose verb is no stance verb of its own: "stands ready to strengthen exchanges with
# Uruguay, dovetail development strategies and expand cooperation", "agreed to follow through on X, advance Y, and
# bring Z to new heights". It takes the list's stance; its object is what it is about.
_LIST_VERBS = (
    r"(?:align|dovetail|synergi[sz]e|follow\s+through\s+on|bring|implement|build|ensure|maintain|develop|increase|"
    r"improve|facilitate|foster|accelerate|create|explore|tap|seize|open\s+up|elevate|upgrade|launch|establish|"
    r"conclude|achieve|address|tackle|protect|defend|respect|enrich|inject|deliver|unleash|harness|leverage|"
    r"encourage|resist|practi[cs]e|pursue|keep|step\s+up|push\s+forward|carry\s+out|work\s+for|work\s+towards?)"
    r"\s+(?:(?:the|a|an|their|its|our|each\s+other['’]s)\s+)?(?=\w)")
_ADVERBS = r"(?:(?:further|jointly|actively|also|continue\s+to|earnestly|effectively)\s+)*"
LIST_VERB = re.compile(rf",?\s+(?:and\s+)?{_ADVERBS}{_LIST_VERBS}", re.IGNORECASE)
# Such a verb first, after a word of agreement or readiness: "agreed to follow through on X, advance Y, ...".
LIST_HEAD = re.compile(rf"\b(?:(?P<agree>agree(?:s|d)?)|ready|willing|committed|determined|pledged|decided)\s+to\s+"
                       rf"{_ADVERBS}{_LIST_VERBS}", re.IGNORECASE)
# A deed named with a word that condemns it: "the Taliban's deplorable decision to ...", "Russia's unprovoked and
# brutal war", "ruthless Russian aggression": the speaker opposes it.
CONDEMNING_ADJECTIVES = ("deplorable", "reckless", "illegal", "unprovoked", "brutal", "ruthless", "heinous", "barbaric",
                         "egregious", "unjustified", "unjustifiable", "malign", "destabilizing", "destabilising",
                         "outrageous", "abhorrent")
# The deed's owner, if named ("Russia's"), the word, and the next word at least (the next adjective's "and" with
# it, so that "unprovoked and unjustified" is no second verb); it runs on to where an object ends.
CONDEMNED = re.compile(rf"(?:(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*['’]s?\s+)?\b(?:{'|'.join(CONDEMNING_ADJECTIVES)})\b"
                       r"(?:,?\s+(?:and\s+)?[a-z-]+)*?\s+[\w'’-]+")
# Attention drawn to trouble is concern ("drew attention to an increase in ceasefire violations"); to anything else,
# no stance.
ATTENTION = re.compile(r"\b(?:drew|draws|drawn|drawing|draw|paid|pays|paying|pay|attention)\b", re.IGNORECASE)
TROUBLE = re.compile(r"\b(?:worsen\w*|deteriorat\w*|violations?|escalat\w*|aggression|tensions?|crisis|crises|threats?|"
                     r"disinformation|provocat\w*|attacks?|shelling|conflicts?|instability|build-?up|suffering|"
                     r"humanitarian\s+situation)\b", re.IGNORECASE)
# "highlighted the United States' strong support for Ukraine": the noun's own object is the position.
POSSESSOR = re.compile(r"['’]s?\s+(?:[a-z]+\s+){0,2}$")
POSSESSED = re.compile(r"\w['’]s?\s$")
EFFORTS_TO = re.compile(r"\b(?:efforts?|attempts?|steps|measures|moves)\s+to\s+$", re.IGNORECASE)
# A stance word after a preposition inside another object is a noun there: "cooperation in fighting COVID-19".
NOMINAL = re.compile(r"\b(?:in|for|of|on|at|against|towards|with)\s+(?:the\s+)?$", re.IGNORECASE)
# What opens a sentence but is no subject for "X is important": "The ministers shared the recognition that it".
NOT_A_SUBJECT = re.compile(r"\b(?:that|it|this|these|those|which|who)\b", re.IGNORECASE)
NOT_AN_OBJECT = re.compile(r"\s*(?:of|by|and|from)\b", re.IGNORECASE)
BILATERAL = re.compile(r"\bbilateral\s+(?=(?:[a-z-]+\s+){0,2}(?:ties|relations|relationship|cooperation|partnership|trade|dialogue|"
                       r"exchanges)\b)",
                        re.IGNORECASE)
OUR = re.compile(r"^(?:our|their|(?:the\s+)?two\s+(?:countries|sides)['’])\s+(?=(?:[\w-]+\s+){0,3}(?:ties|relations|relationship|"
                  r"partnership|cooperation|friendship)\b)", re.IGNORECASE)
BETWEEN_THE_TWO = re.compile(r"\b(ties|relations|relationship|cooperation|friendship)\s+between\s+the\s+two\s+"
                              r"(?:countries|sides|nations)\b", re.IGNORECASE)
# "ties with China", "cooperation with the Russian side": relations with the other side.
WITH_SIDE = re.compile(r"\b(?:relations|ties|cooperation|coordination|exchanges|dialogue|friendship|partnership|"
                        r"contacts|communication|collaboration)(?P<with>)\s+with\s+(?:the\s+)?"
                        r"(?P<side>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?)(?:\s+side)?\b(?!\s+[A-Z])")
NEGATING = frozenset("non anti counter de".split())
# A verb that undoes what follows it: "deescalate the situation in Syria" is not about the situation as it is.
UNDOING = re.compile(r"(?:de-?escalat|eas(?:e|ing)\b|reduc|end(?:s|ing)?\b|curb|stop|halt|prevent|avoid|defus|lift)",
                     re.IGNORECASE)
SYNONYMS = {"ties": "relations", "relationship": "relations", "defence": "defense", "organisation": "organization"}
SIDE_WORDS = frozenset("two countries country side sides nations".split())
DEMONSTRATIVES = frozenset("this that these those such".split())
ATTITUDES = frozenset("readiness willingness determination resolve intention hope hopes desire".split())
FUNCTION_WORDS = frozenset("the a an of and on in to for with its their between as at by from this that".split())
# What both sides hold together, whoever the sentence's subject: "expressed their shared concern about X".
SHARED = re.compile(r"\b(?:their|our)\s+(?:shared|common|mutual|joint)\s+(?:concerns?|commitment|support|interests?|desire|"
                    r"goals?|objectives?|positions?|views?|resolve|determination|opposition|efforts?)\b"
                    r"|\b(?:discussed|on|about)\s+shared\s+(?:concerns?|efforts?)\b",  # "discussed shared concerns on X"
                    re.IGNORECASE)
# Agreement of a joint subject is both sides', also inside one side's reported speech: "Wang said China
# and Nepal had reached consensus on X", "Lavrov noted that the two heads of state agreed to X".
JOINT_AGREEMENT = re.compile(
    r"\b(?:(?:the\s+)?two\s+(?:sides|countries|leaders|presidents|heads\s+of\s+state|governments|"
    r"(?:foreign\s+)?ministers)|both\s+(?:sides|countries|leaders|ministers|presidents)|the\s+heads\s+of\s+(?:state\s+of\s+)?"
    r"(?:the\s+)?two\s+(?:countries|states)|they|all\s+parties|leaders|[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+)\s+"
    r"(?:(?:have|had|has|also|further|both|jointly|fully)\s+)*(?:agreed|reached|concurred)\b")
# A concept named as a pretext is no object of the stance: "interference ... on the pretext of human rights issues".
PRETEXT = re.compile(r"\b(?:pretext|guise|excuse|cover|name)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Agreement told in the passive is both sides': "Agreements were reached to expand exchanges".
REACHED = re.compile(rf"\b{_AGREEMENT_REACHED}\b", re.IGNORECASE)
# An opening adverbial clause stands before the subject: "Noting that he and President Putin have met 27 times,
# he stressed ...", "When they exchanged opinions on X, the officials stressed ...".
OPENING_CLAUSE = re.compile(r"^(?:[A-Z][a-z]+ing|After|Before|While|When|Since|Although|Though|As|During|In|At|On|"
                            r"Regarding|Concerning|With\s+(?:regard|respect)\s+to)\b"
                            r"[^,;]{0,200},\s+")
