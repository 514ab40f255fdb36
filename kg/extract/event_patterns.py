"""The vocabulary of events: the regular expressions that :mod:`kg.extract.events` applies to find
the main event's kind, place and sidelines and the other events a readout names.

Compiled once at import; each pattern's comment gives the readout wording it is for.
"""

from __future__ import annotations

import re

from kg.dates import MONTH_NAMES, PREPARING, WEEKDAY_NAMES
from kg.extract.patterns import UPPER  # Latin capitals, accented ones included ("İstanbul", "Óbuda")
from kg.extract.trie import trie_pattern

# The medium, when named, decides ("met via video link" is a video call); "spoke" and "call" are
# calls only when nobody is said to have met ("met ..., where they spoke about Syria").
_DAY_OR_MONTH = trie_pattern([*WEEKDAY_NAMES, *MONTH_NAMES])  # "Call on September 11, 2013" is no calling on anyone
KINDS = re.compile(
    r"(?P<video_call>\b(?i:video\s*(?:link|call|conference|teleconference|meeting|talks|consultations?)|videoconference"
    # "held a virtual introductory meeting", "a virtual consultative meeting", "during his virtual visit to Kenya"
    r"|virtual(?:ly)?\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|met|conversation|call|visit)|met\s+virtually|"
    r"online\s+(?:meeting|talks|summit))\b)"
    r"|(?P<phone_call>\b(?i:(?:tele)?phone\s*(?:call|conversation|talks)|telephonic(?:ally)?|telephone[sd]?|phoned|"
    r"over\s+the\s+phone|"
    r"teleconference|"  # "Japan-U.S. Foreign Ministerial Teleconference": by phone unless said to be by video
    # "received a call of congratulations from"; a courtesy call is paid in person
    r"(?:received|took|had|made)\s+a\s+(?:(?!courtesy\b)[\w-]+\s+)?call(?=\s+(?:of|from|with|to)\b)|"
    # "receives call from U.S. president", "received call on 19:00 from", "received Monday a call from", "agreed on
    # Monday in a call with her Canadian counterpart"
    r"receive[sd]?\s+(?:[A-Z][a-z]+day\s+)?(?:an?\s+)?(?:(?!courtesy\b)[\w-]+\s+)?call\s+(?:on\s+[\d:.]+\s+)?from\b|"
    r"in\s+a\s+(?:(?!courtesy\b)[\w-]+\s+)?call\s+with\b|"
    r"by\s+phone|phone)\b)"
    # "at talks in Moscow with his Uzbek counterpart"
    r"|(?P<talks>\b(?:[Hh]olds?\s+[Tt]alks|held\s+(?:(?:their|his|her)\s+)?(?:(?:first|second|third|direct|face-to-face|in-depth|bilateral|official|formal|separate|fruitful|"
    r"productive|substantive|extensive|detailed|constructive|frank|wide-ranging)\s+){0,3}talks|"
    r"(?:start|began|begin)(?:s|ed)?\s+talks|(?<![\w-])Talks\s+between\s|[Tt]alks\s+(?:in\s+[A-Z][\w-]*\s+)?with|"
    r"[Tt]alks\s+held\s+(?:in|at|on|between)\b|"  # "At talks held in Bangkok ..., X exchanged views with Y"
    # "X and Y headed the III Chile-Portugal Bilateral Political Consultations today"
    r"(?:[Hh]olds?|[Hh]eld|co-chaired|[Cc]o-[Cc]hairs?|[Hh]eaded|[Cc]haired)\s+(?:an?\s+|the\s+)?"
    r"(?:(?!(?i:video|virtual|online|phone|telephone)\b)[\w-]+\s+){0,6}?"
    r"(?:[Dd]ialogue|[Cc]onsultations?)|"
    r"[Cc]onsulted\s+with|[Cc]onferred\s+with|(?:[Hh]olds?|[Hh]eld|had)\s+negotiations\s+with|"
    r"met\s+for\s+(?:[\w-]+\s+){0,2}?(?:consultations|talks)|"
    r"(?:[Tt]alks|[Cc]onsultations?)\s+(?:was|were)\s+held\s+between)\b)"  # "The consultations were held between X and Y"
    # (not a meeting of before: "recalled his earlier meetings with President Macron")
    # (a headline in title case: "President Bush Meets with President Kufuor of Ghana")
    r"|(?P<meeting>\b(?:met|meets?|Meets|Met(?=\s+(?:with\s+)?[A-Z])|"
    r"(?<!earlier\s)(?<!previous\s)(?<!\bpast\s)(?<!\blast\s)[Mm]eetings?|received|receives|"
    # "laid stress on ... while receiving US Secretary of State Mike Pompeo"
    r"(?<=\bwhile\s)receiving(?=\s+(?:the\s+)?[A-Z])|hosted|hosts|"
    # an envoy hands his credentials in person: "presented his letter of credence to President Umaro Embaló"
    r"present(?:ed|s)\s+(?:his|her|their)\s+(?:letters?\s+of\s+credence|credentials)\s+to(?=\s+(?:the\s+)?[A-Z])|"
    r"summon(?:s|ed)|"  # "US Ambassador Jon Huntsman was summoned to the Foreign Ministry": a démarche in person
    # calling on someone is paying a visit in person: "called on Prime Minister Anwar", "Call on Prime Minister X"
    r"[Cc]all(?:ed|s|ing)?\s+[Oo]n(?=\s+(?:the\s+)?[A-Z])(?!\s+" + _DAY_OR_MONTH + r"\b)|"
    r"(?:[Pp]aid|made)\s+an?\s+(?:courtesy\s+|farewell\s+|introductory\s+)?call\s+on|"
    # a courtesy call is paid in person ("received a courtesy call from"); Singapore's "Call by Prime Minister X on
    # Prime Minister Y"
    r"(?i:(?:courtesy|farewell|introductory)\s+call)|"
    r"\bCall\s+by\s+[^.;]{3,160}?\s+on(?!\s+" + _DAY_OR_MONTH + r"\b)(?=\s+(?:the\s+)?[A-Z])|"
    # a host welcomes a visitor to a place: "welcomed Norwegian Prime Minister Jonas Gahr Støre to NATO Headquarters",
    # "welcomed the President of the United States, Joe Biden, to Downing Street"
    # ("welcomed Australian Minister for Industry and Science Ed Husic to Washington, D.C.")
    r"welcomed(?=\s+(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+|(?:of|the|for|and)\s+){1,10}to\s+(?:the\s+)?[A-Z])|"
    # a conversation not said to be by phone took place in person ("had a conversation ... on the sidelines of")
    r"(?:had|held|has|have|holds?)\s+a\s+conversation|"
    # "Prime Minister Abiy Ahmed held discussion with Sheikh Mohamed bin Zayed" ("held a telephone discussion with": a
    # call), "held a constructive bilateral discussion with", "engages in bilateral discussions with"
    r"(?:had|held|has|have|holds?|engag(?:e|es|ed|ing)\s+in)\s+(?:an?\s+)?"
    r"(?:(?!(?i:(?:tele)?phone|video|virtual|online)\b)[\w-]+\s+){0,2}"
    r"discussions?\s+(?:with|(?:\w+ly\s+)?(?:in|at)\s)|"
    # "He held a reception for Lao Foreign Minister Saleumxay Kommasith"
    r"(?:held|hosted|gave)\s+a\s+reception\s+for(?=\s+(?:the\s+)?[A-Z])|"
    # a meal together: "held a working lunch with His Majesty King Abdullah II"
    r"(?:had|held|has|have|holds?|hosted|hosts)\s+an?\s+(?:working\s+|official\s+|private\s+)?"
    r"(?:lunch|luncheon|dinner|breakfast)\s+(?:with|for)|"
    # Xinhua: "Chinese President Hu Jintao and his Vietnamese counterpart Truong Tan Sang exchanged views on bilateral
    # ties here Friday"
    r"exchanged\s+views|(?:held|had|holds|has)\s+an?\s+(?:[\w-]+\s+){0,2}?exchange\s+of\s+views\s+with|"
    # Japan's MOFA: "held an informal talk with Senator the Hon. Penny Wong"
    r"(?:had|held|has|have|holds?)\s+an?\s+(?:(?:brief|short|informal|standing)\s+)?talk\s+with)\b)"
    # "spoke highly of", "spoke about": praise and topics, not a call
    r"|(?P<spoke>\b(?:(?:spoke|speaks|spoken)(?!\s+(?:highly|positively|warmly|well|of|about)\b)|"
    # "PM Lee calls President Trump" (not a headline's "Calls For Restraint")
    r"[Cc]all(?:ed|s)?\s+with|[Cc]all(?:ed|s)(?!\s+(?:[Ff]or|[Oo]n|[Uu]pon|[Oo]ff)\b)(?=\s+(?:his|her|the\s+)?[A-Z])|"
    r"[Cc]all|"
    r"talk(?:ed|s)\s+(?:to|with)(?=\s+(?:his\s+|her\s+|the\s+)?[A-Z]))\b)"  # "Kang talked to Secretary of State Tillerson"
    r"|(?P<visit>\b(?:visited|visits|paid\s+a\s+visit|pays\s+a\s+visit|made\s+an?\s+(?:[\w-]+\s+){0,2}?visit\s+to|(?:was|is|were|are)\s+in\s+[^,.;]{3,40}?\s+on\s+an?\s+"
    r"(?:(?:official|working|state|friendly|two-day|three-day)\s+)*visit)\b)"
)
KIND_ORDER = ("video_call", "phone_call", "talks", "meeting", "spoke", "visit")
# Russia's MFA: "Deputy Foreign Minister Mikhail Bogdanov discussed the situation in Yemen with Saudi Arabian Ambassador
# Abdel Rahman al-Ahmad": a meeting, unless the text says how else they spoke; the weakest sign, tried when no other is.
# Likewise two officials as the subject: "Foreign Secretary William Hague and Israeli Defence Minister Ehud Barak
# discussed the Middle East Peace Process".
DISCUSSED_WITH = re.compile(r"\b[Dd]iscuss(?:ed|es)"
                            # ("discussed cooperation on North Korea issues with visiting U.S. Special Representative")
                            r"(?=\s+(?:(?!with\b)[^.;:]){0,120}?\bwith\s+(?:the\s+|his\s+|her\s+)?"
                            r"(?:visiting\s+)?[A-Z])"
                            # ("... Galuzin and Azerbaijani Ambassador to Russia Polad Bulbuloglu discussed ...")
                            r"|\band\s+(?:his\s+|her\s+)?"
                            r"(?:[A-Z][\w.'’-]*,?\s+|counterpart,?\s+|(?:to|of|the)\s+(?=[A-Z])){1,10}"
                            r"(?:have\s+|had\s+)?discussed\b")
# A proper name of at most 12 words (bounded, so that a page of capitalised words stays linear).
# A day or month after "on"/"in" ends it: "the UK-EU Summit on Monday", "the Summit in June".
NOT_IN_NAME = r"(?!(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+)?(?:%s)\b)" % trie_pattern(
    [*WEEKDAY_NAMES, *MONTH_NAMES])  # "on 22-23 November" ends a name too
PHRASE = (r"(?<![\w'’.+()\"”&-])[A-Z0-9\"“][\w'’.+()\"”&-]*(?:\s+(?!and\s+the\b)(?:(?:of|the|and|for|on|in|to|de|&)\s+){0,2}"
           + NOT_IN_NAME + r"[A-Z0-9(\"“][\w'’.+()\"”&-]*){0,11}")
# "the 78th session of the UN General Assembly", "the 10th meeting of the Joint Commission"
ORDINAL_OF = r"(?:\d{1,3}(?:st|nd|rd|th)\s+(?:session|meeting|summit|edition|round)\s+of\s+(?:the\s+)?)"
# An event told in lower case after its ordinal: "the fourth Sino-U.S. strategic dialogue", "the first strategic
# consultation between the foreign ministries of China and Vietnam".
LOWER_ORDINAL_EVENT = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+"
                       r"(?:[\w.'’-]+\s+){0,3}?(?i:dialogue|consultations?|session|round|summit|conference|meeting)"
                       r"(?:\s+(?:between|of|on)\s+[^,;.()]{3,80}?(?=[,;.(]|\s+(?:in|on|at)\s+[A-Z]|$))?(?![\w-])")
# "during the third Antalya Diplomatic Forum"
# (a name in capitals to its noun: "the fourth Sino-U.S. strategic dialogue" is told in lower case below)
SPELLED_ORDINAL = (r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                   r"(?=(?:[A-Z][\w'’.+&-]*\s+(?:(?:of|the|and|for|on)\s+)*){0,8}?"
                   r"(?:Forum|Meeting|Summit|Conference|Session|Dialogue|Council|Assembly|Ministerial|Congress)\b))")
GATHERING = r"(?:Summit|Conference|Forum|Assembly|Session|Ministerial|Meetings?)"  # what a gathering's name ends with
# The gathering named before its sidelines, in news style: "at the UNGA sidelines", "on the G20 summit sidelines".
SIDELINES_AFTER_NAME = re.compile(r"\b(?:[Oo]n|[Aa]t|[Ii]n)\s+the\s+(?P<name>(?:[A-Z0-9][\w.'’&+-]*\s+){1,5}?"
                                  r"(?:(?:summit|meeting|forum|conference|session)\s+)?)(?:side-?lines|margins)\b")
SIDELINES = re.compile(
    rf"\b(?:(?P<margins>(?:[Oo]n|[Aa]t|[Ii]n|[Ww]ithin)\s+the\s+(?:side-?s?lines?|side\s+lines|side|margins?)\s+of|"
    rf"(?P<occasion>(?:[Oo]n|[Aa]t|[Ii]n)\s+the\s+occasion\s+of))|during|attend(?:ing|ed|s)?|"
    # "in the context of the 21st Meeting of Foreign Ministers of CELAC", "within the framework of the APEC Leaders'
    # Meeting": of a gathering named as one (not "within the framework of the strategic partnership")
    rf"(?:in|within)\s+the\s+(?:context|framework)\s+of(?=\s+the\s+(?:(?:[A-Z0-9][\w.'’&+-]*|\([A-Z0-9+]{{2,10}}\))\s+"
    rf"(?:(?:of|the|and|for|on)\s+)*){{1,8}}?{GATHERING}\b)|"
    # "who is on a visit to India to participate in the Raisina Dialogue", "within the framework of participation in
    # the Antalya Diplomacy Forum"
    rf"(?:participat(?:e|es|ing|ion)|t(?:ake|akes|aking)\s+part)\s+in|"
    # "met at the U.S.-Africa Leaders Summit": at an event named as one
    rf"at(?<!\btaken\sat)(?<!\bmade\sat)(?<!\badopted\sat)(?<!\breached\sat)(?<!\bagreed\sat)(?<!\bannounced\sat)"
    rf"(?=\s+the\s+(?:[A-Z0-9][\w.'’&+-]*\s+(?:(?:of|the|and|for|on)\s+)*){{1,8}}?(?:\([A-Z0-9+]{{2,10}}\)\s+)?"
    # ... or by a gathering's own acronym: "met Kenyan President William Ruto at UNGA this afternoon"
    rf"{GATHERING}\b|\s+(?:the\s+)?(?:COP\s?\d{{1,2}}|UNGA|CHOGM|APEC|ASEM|G-?(?:7|8|20))(?![\w-]))|"
    # "met ... at Blenheim Palace today, as part of the European Political Community meeting"
    rf"as\s+part\s+of(?=\s+the\s+[A-Z])|"
    # "ahead of the Joint Expeditionary Force summit", "prior to the opening of the 29th summit of the League of Arab States"
    rf"ahead\s+of|prior\s+to(?:\s+the\s+opening\s+of)?|"
    # "who is in New York (from 21 - 30 September 2010) for the 65th Session of the UN General Assembly"
    # ("who is visiting Korea on July 4-6 for the ROK-Central Asia Cooperation Forum")
    # ... "who are in Osaka, Japan for the G20 Summit"
    rf"(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=\bare\s)|(?<=\bwere\s))(?:in|visiting)\s+(?:the\s+)?{UPPER}[\w'’.-]*"
    rf"(?:\s+{UPPER}[\w'’.-]*)?(?:,\s+{UPPER}[\w'’.-]*(?:\s+{UPPER}[\w'’.-]*)?)?"
    rf"(?:\s+(?:from|on)\s+[^,;]{{3,40}}?)?\s+for|"
    rf"(?P<trip>during\s+(?:his|her|their)\s+(?:visit|trip)\s+to))\s+(?:the\s+|an?\s+(?=[A-Z0-9]))?"
    rf"(?P<name>(?:(?:an?\s+|the\s+)?(?:(?:annual|regular|informal|extraordinary|special)\s+)?"
    rf"(?:meeting|session|summit|conference|reception|(?:inauguration|inaugural|opening|closing|signing|swearing-in)\s+"
    rf"ceremony)\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z0-9]))?"
    r"(?:(?:annual|regular|informal|extraordinary|emergency|ongoing|current)\s+(?=[A-Z0-9]))?"
    # "the annual APEC forum", "the ongoing XVIth Non-Aligned Movement (NAM) Summit", "the informal NATO foreign
    # ministers meeting"
    rf"{ORDINAL_OF}?{SPELLED_ORDINAL}?{PHRASE}"
    # a forum's lower-case meeting: "the G20 foreign ministers meeting", "the SCO summit"
    # ... or its events: "on the sidelines of the ASEAN ministerial events in Jakarta"
    r"(?:\s+(?:(?:informal|foreign|defen[cs]e|finance|trade|economic|ministerial)\s+)?(?:ministers['’]?\s+)?"
    r"(?:meeting|summit|conference|session|talks|forum|dinner|dialogues?|general\s+assembly|events))?|"
    + LOWER_ORDINAL_EVENT + ")"
)
# "The Eritrean leader and his delegation arrived in Addis Ababa this Sunday", "He arrived in Beijing Saturday
# afternoon"
ARRIVED = re.compile(r"\b(?:arrived|arrives|arriving)\s+in\s+(?P<place>[A-Z][\w'’.-]*(?:\s+(?!" + _DAY_OR_MONTH
                     + r"\b)[A-Z][\w'’.-]*){0,2})")
# "This was in a meeting held at State House Entebbe", after a sentence that says who committed to what
THIS_WAS_AT = re.compile(r"(?:This|That|It)\s+(?:was|came|happened|took\s+place)\s+(?:\w+\s+)?(?:in|during|at)\s+"
                         r"(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|conversation|discussions?)\b")
# The main meeting told again by its place: "During the meeting in Abu Dhabi, the two sides discussed ..."
DURING_THE_MEETING_IN = r"(?:During|At)\s+the\s+(?:meeting|talks)\s+in\s+[A-Z]"
# The meeting told again by its city: "In Warsaw, the Lithuanian and Polish Presidents discussed ..."
IN_THE_CITY = rf"In\s+{UPPER}[\w'’.-]*(?:\s+{UPPER}[\w'’.-]*)?,\s+(?:[Tt]he|[Bb]oth|[Tt]hey)\b"
ATTENDED = re.compile(r"\battend(?:ed|s)\b")  # "X attended the inauguration ceremony of ..."
# "will go to Japan to attend X" announces a later event: it is not where the meeting took place.
# ... nor is the date of what a meeting prepares: "met today ... to prepare for the July 11-12, 2023 NATO Summit".
FUTURE = re.compile(r"\b(?:will|would|shall|plans?\s+to|is\s+to|going\s+to|to\s+be\s+(?:held|hosted|convened)|"
                    rf"{PREPARING})\b[^,.;]*$")
_NO_TITLE = (r"(?!(?:President|Prime|Foreign|Minister|Secretary|Acting|Deputy|Vice|Ambassador|Chairman|Chancellor|"
             r"Premier|Speaker|Crown|King|Queen|Emir|Amir|Sultan|Senator|Governor|Special|Chief|Envoy)\b)")
# Not a place: "a Bilateral Meeting in Honor of His Excellency Jumaah Saadoon"
_NO_PLACE = r"(?!(?:Honou?r|Support|Memory|Light|Favou?r|Response|Charge|Accordance)\s+(?:of|to|with)\b)"
LOCATION = re.compile(
    # not where a mission sits: "to shut down the Russian Consulate General in Seattle"
    r"(?<![Cc]onsulate\s)(?<![Cc]onsulate\sGeneral\s)(?<![Ee]mbassy\s)(?<![Cc]onsulates\s)(?<![Ee]mbassies\s)"
    # "welcomed his Indian counterpart Subrahmanyam Jaishankar to Vienna"
    rf"\b(?:in|at|^In(?=\s+{UPPER}[\w'’.-]*(?:\s+{UPPER}[\w'’.-]*)?,)|(?:is|was|were|are)\s+visiting|^Visiting|visited|welcomed\s+(?:[\w.'’-]+,?\s+){{1,10}}?to|travell?ed\s+to|came\s+to|went\s+to|"
    rf"(?:(?:his|her|their)\s+(?:[\w-]+\s+){{0,3}}?|an?\s+(?:[\w-]+\s+){{0,2}}?)(?:visit|trip)\s+to)\s+"
    # "at the White House", "in the Oval Office": buildings whose city venues.tsv knows
    # "in the city of X", "in the southern island of Phuket", "in the German city of Bonn"
    rf"(?:the\s+(?:[A-Za-z]+\s+){{0,2}}?(?:city|town|island|port|resort\s+city|coastal\s+city)\s+of\s+|"
    # "in the Chinese capital, Beijing", "in the Russian capital Moscow", "in capital Baku"
    rf"(?:the\s+)?(?:{UPPER}[\w-]*(?:['’]s)?\s+|(?:nation|country)['’]s\s+)?capital(?:\s+city)?(?:,\s*|\s+of\s+|\s+)(?={UPPER})|the\s+(?=(?:White\s+House|Pentagon|Oval\s+Office|Roosevelt\s+Room)\b(?!\s+in\s+[A-Z])))?{_NO_PLACE}(?P<place>(?:(?:No\.?|Number)\s+10|10(?=\s+Downing\s+Street))(?:\s+Downing\s+Street)?(?!\d)|"
    # (a title after the city begins who is there: "in Samarkand Acting Foreign Minister ... Bakhtiyor Saidov")
    # ("in Sharm el-Sheik, Egypt": an Arabic article joined to the word it goes with)
    rf"{UPPER}[\w'’.-]*(?:\s+(?:(?:de|da|do|dos|das|del|la|le|el|al|es)\s+|(?:el|al|ad|as|ash|ar|an|at|az|ul|ed)-)?"
    rf"{_NO_TITLE}{UPPER}[\w'’.-]*){{0,4}}"
    r"(?:,\s*D\.?\s?C\.?)?)"
)
# A venue and its city: "at the UN headquarters, New York", "at the Great Hall of the People, Beijing"; not its
# province ("at the Bogor Presidential Palace, West Java"), nor who is there ("at the Presidential Palace, Mr. X").
VENUE_CITY = re.compile(
    rf"\bat\s+the\s+(?:{UPPER}[\w'’.-]*\s+|(?:of|the|for)\s+){{1,6}}?(?:{UPPER}[\w'’.-]*|headquarters|offices?),\s+"
    rf"(?!(?:West|East|North|South|Central)\s)(?!(?:Mr|Mrs|Ms|Dr|Prof|Hon|H\.E)\b){_NO_TITLE}"
    rf"(?P<place>{UPPER}[\w'’.-]*(?:\s+{UPPER}[\w'’.-]*)?)(?=\s*(?:[.,;]|$))")
# A wire story's dateline gives its date and the city it reports from: "NEW DELHI, March 2 (Xinhua) --",
# "SEOUL, May 7 (Reuters) -", "BEIJING, Oct. 24 --".
WIRE_DATELINE = re.compile(
    # a repost's label before it: "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, May 31 (KUNA) --"
    # (the state in brackets: "New Delhi [India], September 14 (ANI):")
    rf"^[ \t]*(?:\((?:[^()\n]|\([^()\n]*\))*\)[ \t]*)?(?P<city>{UPPER}[\w'’.-]*(?:[ \t]+{UPPER}[\w'’.-]*){{0,3}})"
    rf"(?:[ \t]+\[{UPPER}[\w ]{{1,30}}\])?,[ \t]+(?:{UPPER}[a-z]+(?:[ \t]+{UPPER}[a-z]+)?,[ \t]+)?"
    # (the day first only with an agency after it: "Chisinau, 17 September /MOLDPRES/ -")
    # ... "NEW YORK, 19th September, 2023 (WAM) --"
    r"(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?|"
    r"\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}(?:,?[ \t]+\d{4})?(?=[ \t]+[(/]))"
    # the agency: "(Xinhua)", or a press-release service's "/African Press Organization (APO)/"; ANI ends its own with a
    # colon ("(ANI):"). (TASS's "MOSCOW, September 22. /TASS/." is where TASS files from, often not where they met.)
    # ... as PTI ends its own after the day: "New Delhi, Jul 8: External Affairs Minister ..."
    r"(?:[ \t]*(?:\([A-Z][\w. ]{1,20}\)|/[^/\n]{2,60}/))?[ \t]*(?:--|[-–—]|(?<=\)):|(?<=\d)[ \t]*:)", re.M)
# A paper's dateline in capitals, the day first, a colon after it: "CAIRO – 5 January 2019: Egyptian President ..."
DASH_DATELINE = re.compile(
    rf"^[ \t]*(?P<city>{UPPER}[A-Z'’.-]+(?:[ \t]+{UPPER}[A-Z'’.-]+){{0,2}})[ \t]+[-–—][ \t]+"
    rf"(?P<date>\d{{1,2}}[ \t]+(?:{trie_pattern(MONTH_NAMES)})[ \t]+\d{{4}})[ \t]*:", re.M)
# A government release's dateline: "New Delhi,2nd December: Prime Minister ...", "Tokyo, 5 March - ". It dates
# the release (the event has its own date in the sentence) but, unlike a wire's, does not place the event.
RELEASE_DATELINE = re.compile(
    rf"^[ \t]*{UPPER}[\w'’.-]*(?:[ \t]+{UPPER}[\w'’.-]*){{0,2}},[ \t]*"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?(?:,?[ \t]+\d{4})?)[ \t]*(?::|--|[-–—])", re.M)
_CITY_WORD = rf"(?:{UPPER}[A-Za-z]?\.|{UPPER}[\w'’-]*)"
# A dateline with no date: "BEIJING -- Chinese Premier Wen Jiabao met here ...", "Washington, DC - Vice President ...".
CITY_DATELINE = re.compile(
    # (a dot only after an abbreviation, "ST. PETERSBURG": "ASTANA. KAZINFORM –" names where an agency sits)
    rf"^[ \t]*(?P<city>{_CITY_WORD}(?:[ \t]+{_CITY_WORD}){{0,2}}(?:,[ \t]*D\.?[ \t]?C\.?)?)"
    # "Tashkent, Uzbekistan (UzDaily.com) --": the state and the agency may follow the city
    rf"(?:,[ \t]*{UPPER}[\w'’.-]*(?:[ \t]+{UPPER}[\w'’.-]*)?)?(?:[ \t]+\([^()\n]{{2,40}}\))?"
    # "Abu Dhabi: Sheikh Abdullah bin Zayed ... received", "WASHINGTON, D.C.- Today", "Ulaanbaatar /MONTSAME/ On ..."
    rf"(?:[ \t]*(?:--|[-–—])|:|[ \t]*/[A-Z]{{3,12}}/)[ \t]+(?={UPPER})",
    re.M)
# A government release's line of date, place and publisher: "January 20, 2022 - Paris, France - Global Affairs Canada".
RELEASE_PLACE = re.compile(
    rf"^[ \t]*(?:{trie_pattern(MONTH_NAMES)})[ \t]+\d{{1,2}},[ \t]+\d{{4}}[ \t]+[-–—][ \t]+"
    rf"(?P<city>{UPPER}[\w'’.-]*(?:[ \t]+{UPPER}[\w'’.-]*)?),[ \t]*{UPPER}[^-–—\n]{{2,40}}?[ \t]+[-–—][ \t]+{UPPER}", re.M)
# A page's date line with the place after it, as the Kremlin writes where the President was: "July 16, 2018, Helsinki",
# "March 10, 2016, The Kremlin, Moscow" (a building before the city; "Maiendorf Castle, Moscow Region" names none).
DATE_PLACE_LINE = re.compile(
    rf"^[ \t]*(?P<date>(?:{trie_pattern(MONTH_NAMES)})[ \t]+\d{{1,2}},[ \t]+\d{{4}}),[ \t]+"
    rf"(?:(?:The[ \t]+)?{UPPER}[\w'’.-]*(?:[ \t]+{UPPER}[\w'’.-]*){{0,3}},[ \t]+)?"
    rf"(?!(?:{trie_pattern(WEEKDAY_NAMES)})\b)"
    rf"(?P<city>{UPPER}[\w'’.-]*(?:[ \t-]+{UPPER}[\w'’.-]*){{0,2}})(?<!Region)(?<!Oblast)(?<!Province)[ \t]*$",
    re.M)
# ... and the place before the date, as the UN writes where the Secretary-General was: "Ramallah, 1 February 2012",
# "Munich, Germany, 1 February 2014" (not a weekday: "Saturday, 30 August 2014").
PLACE_DATE_LINE = re.compile(
    rf"^[ \t]*(?!(?:{trie_pattern(WEEKDAY_NAMES)})\b)(?P<city>{UPPER}[\w'’.-]*(?:[ \t]+{UPPER}[\w'’.-]*){{0,2}})"
    rf"(?:,[ \t]*{UPPER}[\w'’.-]*(?:[ \t]+{UPPER}[\w'’.-]*)?)?,[ \t]+\d{{1,2}}[ \t]+(?:{trie_pattern(MONTH_NAMES)})"
    rf"[ \t]+\d{{4}}[ \t]*$", re.M)
EVENT_NOUN = (r"(?:Summit|Conference|Forum|Meetings?|Dialogues?|Consultations|Games|Olympics|Session|Assembly|Congress|"
               r"Expo|War|Ministerial|Talks|Festival|Fair|World\s+Cup)")
# How a forum's meeting was held, between its name and its noun: "the G7 virtual leaders' meeting".
_FORMAT = r"(?:(?:virtual|online|extraordinary|emergency|informal|special)\s+)?"
NAMED_EVENT = re.compile(
    # "BRICS Summit", "Tokyo Conference on Afghanistan", and names that start with their noun:
    # "the Summit of Conference on Interaction and Confidence Building Measures in Asia (CICA)";
    # wire style writes the noun in lower case ("at the Group of Seven summit", not "the first SCO
    # summit", a description); an ordinal session
    # of a named body is an event too ("the 78th session of the UN General Assembly").
    rf"(?P<name>{ORDINAL_OF}{PHRASE}"
    rf"|(?:{PHRASE}\s+(?:{EVENT_NOUN}|Retreat)|(?<=the\s){PHRASE}\s+summit|(?<=the\s){EVENT_NOUN}(?=\s+(?:of|on)\s+(?:the\s+)?[A-Z])"
    # ... and lower case, before the body that holds it: "the summit of UN Security Council permanent members"
    rf"|(?<=the\s)(?:(?:upcoming|next|recent|forthcoming|annual)\s+)?(?:summit(?:\s+meeting)?|session|conference|ministerial\s+meeting)"
    # "the summit of leaders of the Group of 20 (G20)"
    rf"(?:\s+of\s+(?:the\s+)?(?:leaders|heads\s+of\s+state|foreign\s+ministers)(?=\s+of\s+(?:the\s+)?[A-Z]))?"
    rf"(?=\s+of\s+(?:the\s+)?[A-Z])"
    # a forum's ministers' meeting: "the BRICS foreign ministers' meeting", "Central Asia (C+C5) foreign ministers’ videoconference"
    rf"|{PHRASE}\s+{_FORMAT}(?:(?:foreign|defen[cs]e|finance|trade|economic|energy|health)\s+)?ministers['’]\s+"
    rf"(?:meeting|videoconference|video\s+conference|conference|dialogue|council|retreat)"
    # "the United States-Japan-Philippines trilateral leaders' summit"; "COP26"; "Expo 2025 Osaka"
    rf"|{PHRASE}\s+{_FORMAT}(?:(?:trilateral|bilateral|quadrilateral)\s+)?leaders['’]\s+(?:summit|meeting)"
    r"|COP\d{1,2}|Expo\s+\d{4}(?:\s+[A-Z][\w-]*)?|(?<=the\s)(?:Olympics|Paralympics|Olympic\s+Games))\b"
    rf"(?:\s+(?:of|on|for|between)\s+(?:the\s+)?{NOT_IN_NAME}{PHRASE})?"
    rf"(?:\s+(?:[IVX]+|\d{{4}})\b)?(?:\s+\([^()]{{1,12}}\))?)"
)
# Who travels to a gathering is no part of its name: "(welcoming) Prime Minister Trudeau to the UK for the G7
# Summit", "President Nathan ... to the Beijing Olympic Games": the gathering.
TRAVELLER_TO = re.compile(r"^(?:Prime\s+Minister|Foreign\s+Minister|Minister|President|Vice\s+President|Premier|King|Queen|"
                           r"Secretary|Chancellor|Crown\s+Prince|Prince)\s(?![^,;]*\bvisit)[^,;]*?\s(?:to|for)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+for\s+the\s+)?(?=[A-Z0-9][^,;]*" + EVENT_NOUN + r"$)")
VISIT = re.compile(
    # whose visit it is, when the text says so: "Brazilian President Luiz Inacio Lula da Silva's visit to China"
    r"(?P<name>(?:(?<![\w'’.-])(?:[A-Z][\w.-]*\s+(?:(?:da|de|di|do|dos|bin|al|van|von|der|le|la)\s+)?){0,6}[A-Z][\w.-]*['’]s\s+)?"
    r"(?:(?:state|official|working|formal|first|his|her|their|upcoming|successful|historic|return|State|Official|scheduled|"
    r"planned|forthcoming|recent|next|last|previous|earlier)\s+)*"
    r"(?:visits\s+by\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w.'’-]*){0,9}\s+to\s+(?:the\s+)?"
    r"(?P<target6>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)|"
    r"[Vv]isit\s+(?:to\s+(?:the\s+)?(?P<target>[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*)*)"
    r"|by\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*)*"
    # "the visit of President Vladimir Putin to Türkiye"
    # "the visit of the head of the Japanese Government, Shinzō Abe, to Moscow", "the State Visit of Their Majesties
    # King Willem-Alexander and Queen Máxima of the Netherlands to the UK"
    r"|(?:of|paid\s+by)\s+(?:the\s+)?(?:[a-z]+\s+of\s+the\s+)?[A-Z][\w.'’-]*"
    r"(?:,?\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w.'’-]*){0,10},?\s+to\s+(?:the\s+)?"
    r"(?P<target2>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)))"
    # a visit told by its verb: "will visit Singapore", "plans to visit Washington"
    # (the literal first, the lookbehind after it: a cheap failure at every other position)
    r"|visit(?<=\bwill\svisit)\s+(?P<target3>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)"
    r"|visit(?<=\bto\svisit)\s+(?:the\s+)?(?P<target4>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)"
    # "Mr Holguin is visiting China from Feb. 28 to 29"
    # (not "Minister Kono, who is visiting Beijing, held ...": the trip the readout's own meeting is part of)
    r"|visiting(?:(?<=\bis\svisiting)|(?<=\bwas\svisiting)|(?<=\bare\svisiting))(?<!who\sis\svisiting)(?<!who\swas\svisiting)"
    r"\s+(?:the\s+)?"
    r"(?P<target5>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)"
    # "who is in Russia on an official visit": a visit of a kind, with no destination written
    r"|(?:(?<=\ban\s)|(?<=\ba\s))(?:state|official|working)\s+visit(?!\s+(?:to|by|of)\b))"
)
# Someone's trip, with or without where it goes: "Prime Minister Noda's planned trip to China", "the
# Crown Prince's visit", "the Foreign Minister's recent visits to Indonesia, Fiji, Samoa, and Tonga".
TRIP = re.compile(
    # "Foreign Minister Nikos Dendias’ visit": a name ending in s takes the apostrophe alone
    r"(?P<name>(?<![\w'’.-])(?:[A-Z][\w.-]*\s+(?:(?:da|de|di|do|dos|bin|al|van|von|der|le|la)\s+)?){0,6}[A-Z][\w.-]*(?:['’]s|(?<=s)['’])\s+"
    r"(?:(?:upcoming|planned|recent|forthcoming|next|last|previous|earlier|first|successful|historic|state|official|"
    r"working|two-day|three-day)\s+)*(?:trip|travel|visits?)\b"
    r"(?:\s+to\s+(?:the\s+)?(?P<target7>[A-Z][\w.'’-]*(?:(?:\s+|,\s+|,?\s+and\s+)[A-Z][\w.'’-]*)*))?)"
)
TRIP_WORDS = ("trip", "travel", "visit")  # a cheap test first
# Names that hold an event's noun but name a document, an office or a standing body: "Memorandum on Political
# Consultations", "President of the General Assembly (PGA)", "National Assembly of Slovenia", "the Chinese People's
# Political Consultative Conference (CPPCC)" (its session is an event; the body is not).
NOT_AN_EVENT = re.compile(
    r"^(?:Memorandum|Joint\s+Statements?|Statements?|Declaration|Agreement|Treaty|Charter|Resolution|Communiqu)\b"
    r"|^(?:President|Secretary|Chairman|Chair|Minister|Director)\b[\w\s-]*?\bof\b"
    r"|\b(?:National|People['’]s|Legislative|Parliamentary)\s+Assembly\b(?!\s+(?:session|meeting))"
    r"|^(?:the\s+)?(?:Chinese\s+)?People['’]s\s+Political\s+Consultative\s+Conference(?:\s*\([A-Z]+\))?$"
    # an era, a standing body or an association: "a new Cold War", "the Standing Committee of the National People's
    # Congress", "the U.S. Conference of Mayors"
    r"|^(?:new\s+)?Cold\s+War$|^Standing\s+Committee\b|\bConference\s+of\s+Mayors\b"
    # a legislature, not its session or a party's congress: "the National People's Congress (NPC)", "the U.S. Congress"
    r"|^(?!\d)(?:[\w.'’-]+['’]s\s+)?(?:(?!(?:Dialogue|Party|Peace|World)\b)[\w.'’-]+\s+){0,2}Congress(?:\s*\([A-Z]+\))?"
    r"(?:\s+of\s+[A-Z][\w'’-]*)?$|^National\s+Committee\s+of\b")

# Happenings a readout names besides meetings (the gold's kind "other"): "the Wenchuan earthquake",
# "North Korea's latest missile test", "the shoot-down of Malaysia Airlines Flight 17", "the
# presidential election". A determiner or a possessive opens them, so that generic plurals
# ("terrorist attacks") are not taken, unless a word makes them one ("recent terrorist attacks").
INCIDENT_HEAD = (r"(?:(?i:earthquake|tsunami|floods?|hurricane|cyclone|typhoon|"
                  r"(?:terrorist\s+|terror\s+|rocket\s+|missile\s+)?attacks?|"
                  # the use of chemical weapons is one happening only when said by whom or where
                  r"bombings?|use\s+of\s+chemical\s+weapons(?=\s+(?:in|by|on|at|against)\s)|explosion|"
                  r"rescue(?=\s+of\s)|detention(?=\s+of\s)|expulsion(?=\s+of\s)|annexation(?=\s+of\s)|"
                  r"shelling(?:\s+incident)?|"
                  r"launch(?:ing)?(?=\s+of\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:missiles?|satellites?|rockets?)\b)|"
                  r"shoot-down|shooting\s+down|crash|poisoning|assassination|massacre|atrocities|coup|"
                  r"(?:general\s+|presidential\s+|parliamentary\s+|legislative\s+)?elections?|referendum|"
                  r"(?:nuclear|missile)\s+(?:tests?|launch(?:es)?)|airstrikes?|handover|invasion|disturbances|death|passing|funeral|tragedy|"
                  r"(?:bush|wild|forest)?fires|(?:joint\s+)?military\s+(?:exercises?|drills?))|Spring)")
INCIDENT_WORDS = ("earthquake", "tsunami", "flood", "hurricane", "cyclone", "typhoon", "attack", "bombing", "explosion",
                   "shoot", "chemical weapons", "rescue", "detention", "shelling", "crash", "poisoning", "assassination",
                   "massacre", "atrocities", "coup", "election", "referendum", "test", "launch", "airstrike", "handover",
                   "invasion", "disturbances", "spring", "death", "passing", "funeral", "fire", "tragedy", "expulsion",
                   "annexation", "military exercise", "military drill")
# what follows the head: "of Malaysia Airlines Flight 17", "by President Putin's forces in Bucha"
# A date after it dates it and is no part of its name ("the attacks in Paris on January 7-8").
_NOT_IN_TAIL = r"(?!and\b|using\b|to\b|following\b|(?:%s)\b)" % trie_pattern([*WEEKDAY_NAMES, *MONTH_NAMES])
# ("the nuclear tests conducted by the DPRK": who did it)
_DONE = r"(?:(?:conducted|carried\s+out|committed|perpetrated)\s+)?"
INCIDENT_TAIL = (r"(?:\s+(?:" + _DONE + r"(?:of|at|against|by)\s+|(?:in|on)\s+(?!\d))" + _NOT_IN_TAIL + r"(?:the\s+|a\s+)?"
                 r"(?:" + _NOT_IN_TAIL + r"[\w'’.-]+\s+){0,3}"
                 + _NOT_IN_TAIL + r"(?!(?:of|in|on|at|against|by)\b)[\w'’.-]+(?=[\s,.;]|$)){0,2}")
INCIDENT = re.compile(
    # a storm by its name: "the damages caused by Typhoon Haiyan"
    r"(?P<storm>(?<![\w-])(?:Typhoon|Hurricane|Cyclone|Tropical\s+Storm)\s+[A-Z][a-z]+\b)|"
    r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=['’]s\s))(?P<name>(?:(?!the\b|a\b|and\b|of\b|in\b|by\b)[\w'’+.-]+\s+){0,4}?"
    + INCIDENT_HEAD + INCIDENT_TAIL + r")\b"
    r"|(?P<owner>\b(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?:\w+\s+){0,4}?" + INCIDENT_HEAD + INCIDENT_TAIL + r")\b"
    # without a determiner, a word that makes it one happening: "lives lost in recent terrorist attacks"
    r"|(?<![\w'’-])(?P<bare>(?i:recent|latest|deadly|devastating|tragic|horrific|heinous|barbaric|brutal|cowardly|"
    r"catastrophic|massive)\s+(?:(?!and\b|of\b|in\b)[\w'’-]+\s+){0,2}?" + INCIDENT_HEAD + INCIDENT_TAIL + r")\b")
_MONTH = trie_pattern(MONTH_NAMES)
_ORDINAL_NOUN = r"(?:meeting|summit|session|round|conference|dialogue|talks)"
_OF_A_BODY = r"(?:\s+(?:of|on)\s+(?:the\s+)?(?:[\w+.'’-]+\s+){0,5}?[A-Z][\w+.'’-]*(?:\s+[A-Z][\w+.'’-]*)*)"
# A forum's lower-case summit after "a", "an" or a word of praise that "the" does not open: "hosting an
# excellent NATO summit" (kept apart from NAMED_EVENT, where its lookbehinds would slow every sentence).
_BEFORE_SUMMIT = ("(?:" + "|".join(rf"(?<=\b{w}\s)" for w in "a an successful excellent upcoming forthcoming recent historic "
                                   "next".split()) + ")")
PRAISED_SUMMIT = re.compile(rf"{_BEFORE_SUMMIT}(?P<praised>{PHRASE}\s+summit)\b")
# A meeting named by the parties to it, in lower case: "the meeting between President Trump and President
# Putin", "the P5+1 talks", "the UN-led intra-Syrian talks", "the Friends of Syria meeting".
LOWER_MEETING = re.compile(
    # "the meeting between President Trump and President Putin", "a separate meeting between X and Y", "the ongoing
    # exploratory talks between NATO Allies Greece and Turkey", "the meeting of President Trump and President Bolsonaro"
    # ("It is ... and also the first meeting between X and Y this year" says what the visit is: no other event)
    rf"(?:(?<=\bthe\s)|(?<=\ba\s))(?<!\bis\sthe\s)(?<!\bwas\sthe\s)(?<!\balso\sthe\s)(?P<name>(?:(?:{_MONTH}\s+\d{{1,2}}|(?!(?:held|had|have|has|hold)\s)[a-z\d][\w'’-]*)\s+){{0,2}}"
    r"(?:(?:tele)?phone\s+)?(?:meetings?|talks|summits?|negotiations|calls?|conversations?)\s+"
    r"(?:between\s+(?:the\s+)?(?:[A-Z][^,.;]{2,80}?|two\s+(?:countries['’]\s+)?(?:heads\s+of\s+state|leaders|presidents|"
    r"foreign\s+ministers))|of\s+(?:the\s+)?[A-Z][^,.;]{1,60}?\s+and\s+[^,.;]{2,60}?)"
    r"(?=\s+(?:to|on|in|at|which|that|was|were|is|will|last|this|next|held|during|and\s+(?:agreed|called|urged|stressed))\b|[,.;]))"
    r"|(?:(?<=\bthe\s)|(?<=['’]s\s))(?:(?:successful|recent|upcoming|forthcoming|planned|productive|historic)\s+)?"
    r"(?!\d{1,3}(?:st|nd|rd|th)\b)"
    r"(?P<named>(?:[A-Z0-9][\w+.'’-]*\s+(?:of\s+)?){1,4}"
    r"(?:(?:[a-z][\w-]*\s+)?(?:talks|meetings?|negotiations|consultations|conference)|process)"
    r"|(?<=\bthe\s)[a-z]+-party\s+talks)\b"  # "the six-party talks"
    r"|(?<=\bprocess\sof\s)(?P<parties>[a-z]+-party\s+talks)\b"  # "the process of six-party talks"
    # "the meeting in Geneva tomorrow": a meeting named by its city and its time
    r"|(?<=\bthe\s)(?P<venue>(?:meeting|talks|summit|conference)\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
    r"(?=\s+(?:tomorrow|today|yesterday|next|last|this|earlier|later)\b)"
    # "last year’s reform conference in London", "a regional meeting in Guatemala on Friday"
    r"|(?P<held_in>(?:(?:(?<=year['’]s\s)|(?<=week['’]s\s)|(?<=month['’]s\s))(?:[a-z][\w-]*\s+){0,2}?"
    r"|(?<=\ba\s)(?:[a-z][\w-]*\s+){1,2}?)(?:meeting|summit|conference)\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    # "their meeting in January this year"
    rf"|(?<=\btheir\s)(?P<their>(?:(?:last|previous|first|recent)\s+)?meeting\s+in\s+{_MONTH})\b"
    # someone's meeting: "President Trump's productive meeting with Ukrainian President Zelenskyy"
    # ("President Vladimir Putin's October 16 telephone conversation with ...", "President Biden’s congratulatory call
    # to President Ramaphosa")
    rf"|(?P<owner>(?<![\w'’-])(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*['’]s\s+(?:{_MONTH}\s+\d{{1,2}}\s+)?"
    r"(?:(?:productive|recent|upcoming|first|last|historic|successful|earlier|previous|congratulatory|introductory|"
    r"(?:tele)?phone)\s+)*(?:meeting|talks|call|conversation)\s+"
    r"(?:with\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*|in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"|(?<=call\s)to\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*))"
    # the European Council of a month: "since December’s European Council", "ahead of the February European Council"
    rf"|(?P<council>(?:(?<=\bthe\s){_MONTH}|{_MONTH}['’]s)\s+European\s+Council)\b"
    # "a virtual summit with French President Emmanuel Macron", "their June 8 trilateral meeting with X",
    # "a meeting of the SCO Heads of Government Council", "the annual Russian-Indian summit"
    rf"|(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\btheir\s))(?P<indefinite>(?:(?:{_MONTH}\s+\d{{1,2}}|annual|virtual|trilateral|"
    r"informal|bilateral|joint|upcoming|recent|regular|extraordinary|special)\s+)*(?:meeting|summit|reception)\s+(?:of|with)\s+"
    r"(?:the\s+)?(?:[A-Z][\w+.'’-]*\s+(?:(?:of|and|the|for)\s+)*){0,7}[A-Z][\w+.'’-]*)"
    r"|(?<=\bthe\s)(?P<annual>(?:annual|regular|upcoming|next|informal)\s+[A-Z][\w'’-]*(?:[- ][A-Z][\w'’-]*)*\s+summit)\b"
    # "the informal meeting of the EU leaders", "the extraordinary meeting of the Council of Foreign Ministers of the OIC"
    # "the meeting of the Council of Heads of State of the SCO", "the regular session of the Council of Foreign
    # Ministers"
    r"|(?<=\bthe\s)(?P<format>(?:(?:informal|extraordinary|special|emergency|regular|next|upcoming|annual)\s+)?"
    r"(?:meeting|session|summit)\s+of\s+(?:the\s+)?(?!(?:Forum|Committee|Council|Commission|Group|Conference)\b(?!\s+(?:of|on|for|[A-Z])))"
    r"(?:[A-Z][\w+.'’-]*\s+(?:(?:of|and|the|for|on)\s+)*){0,7}[A-Z][\w+.'’-]*(?:\s+(?:leaders|ministers|heads\s+of\s+state))?"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?)"
    # "the upcoming summit with President Putin": a meeting to come or past, with whom
    r"|(?<=\bthe\s)(?P<with_whom>(?:upcoming|next|planned|forthcoming|recent|last|previous)\s+(?:meeting|summit|talks)\s+with\s+"
    r"(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)"
    # ordinals: "the second Geneva meeting on Syria", "the 15th ARF", "the first informal meeting of the ..."
    r"|(?<=\bthe\s)(?P<ordinal>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+"
    rf"(?:(?:(?:[A-Z][\w+.'’-]*|informal|formal|annual|ministerial|plenary|foreign\s+ministers['’]?)\s+){{1,3}}?{_ORDINAL_NOUN}{_OF_A_BODY}"
    rf"|{_ORDINAL_NOUN}{_OF_A_BODY}|[A-Z]{{2,}}(?:\+\d)?(?=[,.;]|\s+(?:on|in|at|from|to|which|and|was|will|held)\b)))")
# Two forums' gatherings in one name, as annotators keep them: "the upcoming NATO and G7 summits", "the upcoming
# G-8 and G-20 meetings", "the upcoming US-Asean and East Asia Summits" (not "the ASEAN Foreign Ministers' Meeting
# and Related Meetings", nor "the Russian and Chinese meetings": an acronym, a hyphenated name or two words each).
_FORUM = r"(?:[A-Z][A-Z\d+]+|[A-Z][\w+]*(?:-[\w+]+)+|[A-Z][a-z]+\s+[A-Z][\w+]*)"
TWO_GATHERINGS = re.compile(rf"(?<![\w'’+-])(?P<pair>{_FORUM}\s+and\s+(?:the\s+)?{_FORUM}\s+"
                            r"(?:[Ss]ummits|[Mm]eetings))\b")
MEETING_WORDS = ("meeting", "talks", "summit", "negotiations", "consultations", "session", "round", "conference",
                 "dialogue", "reception", "call", "conversation", "process",
                 "european council")  # a cheap test before LOWER_MEETING
ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")
RELATIVE = re.compile(r"\b(?:which|that|to\s+be\s+(?:held|convened)|will\s+be\s+(?:held|convened))\b")
MONTHS = frozenset(MONTH_NAMES)
# The further meetings of a visit or a day: "also met", "met as well with", "called on", "the meeting held between".
FURTHER_MEETING = re.compile(
    r"(?<!will\s)(?<!would\s)(?<!\bto\s)(?<!have\s)(?<!\bhas\s)(?<!\bhad\s)(?<!last\s)(?<!previously\s)"
    r"\b(?:(?:also|separately|later|then|subsequently|further)\s+(?:met|held\s+(?:(?:an?|separate|bilateral|working)\s+)*"
    r"(?:talks|meetings?|consultations)|"
    r"called\s+on|had\s+(?:a\s+)?(?:meetings?|talks))(?:\s+with)?|met\s+(?:as\s+well|separately|also)\s+with|"
    r"(?<=\b[Hh]e\s)called\s+on|(?<=\b[Ss]he\s)called\s+on|(?:[Tt]he\s+)?meeting\s+held\s+between|"
    r"(?:was|were)\s+(?:also\s+)?(?:hosted\s+(?:to\s+(?:a\s+)?(?:lunch|luncheon|dinner|breakfast)\s+)?|received\s+)by|"
    # "Later, Minister Çavuşoğlu held a meeting with X", "Then, he received Ambassadors X and Y"
    r"(?<=^)(?:Later|Then|Subsequently|Afterwards|Also|In\s+addition|On\s+the\s+same\s+day|The\s+same\s+day|Separately|"
    r"During\s+(?:the|his|her|this|the\s+same)\s+(?:visit|trip|stay)),?\s+"
    r"(?:[\w.'’-]+\s+){1,4}?(?:met(?:\s+with)?|held\s+(?:(?:an?|separate|bilateral|working)\s+)*(?:talks|meetings?)\s+with|"
    r"had\s+(?:a\s+)?meetings?\s+with|received|hosted))\s")
FURTHER_WORDS = ("met", "meeting", "called on", "talks", "consultations", "received", "hosted")  # hosted: "was hosted by"  # a cheap test first
# A time of its own tells another meeting than the visit's: a month, a weekday, a year, "last year".
OTHER_TIME = re.compile(r"\b(?:%s|(?:19|20)\d\d|last|previous|earlier|ago|next|upcoming)\b" % trie_pattern(
    [*WEEKDAY_NAMES, *MONTH_NAMES]))
# Where the names of those met end: a clause break ("..., and then a joint press conference was held"), but not
# the last item of a list ("..., Minister of Defence X, and Minister of Natural Resources Y").
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and(?!\s+(?:[A-Z]|the\s+[A-Z]))|where|which|during|to|in\s+order)\b|\s+(?:to|and)\s+(?:discuss|exchange|review)")
# Another event told inside the main event's sentence: its parties are not this event's ("to discuss
# the May 21 Summit between President Biden and President Yoon", "their June 8 meeting with X").
# Someone's own visit or call, and a message conveyed from someone, name no one present either:
# "to discuss President Marcos's upcoming visit", "conveyed the greetings and the invitation of President Erdoğan".
EMBEDDED_EVENT = re.compile(
    r"\b(?:the|their|his|her)\s+(?:(?:%s)\s+\d{1,2}(?:st|nd|rd|th)?\s+|(?:last|previous|earlier|recent|upcoming|next)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:[Ss]ummit|[Mm]eeting|talks|call|visit)\s+(?:between|with)\s+[^,;:]{3,120}"
    r"|(?<![\w'’.-])(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?:(?:upcoming|recent|planned|forthcoming|last|next|"
    r"state|official|working)\s+){0,2}(?:visit|trip|meeting|call|summit)\b"
    # (but "received a call of congratulations from X": X is on the call)
    r"|(?<!\bcall\sof\s)\b(?:greetings|congratulations|invitation|message|letter(?!\s+of\s+credence)|regards|wishes)\s+(?:of|from)\s+[^,;:.]{3,80}"
    # the dead: "to attend the state funeral for former Prime Minister Abe", "condolences on the passing of X"
    r"|\b(?:funeral|passing|death|memory)\s+(?:of|for)\s+[^,;:.]{3,80}"
    # whom someone comes with or for: "who is accompanying President Hu Jintao on his state visit", "as a
    # special representative of Chinese President Hu Jintao", "on behalf of President Xi"
    r"|\b(?:accompanying|on\s+behalf\s+of|as\s+(?:a|the|his|her)\s+(?:special\s+)?(?:representative|envoy)\s+of)\s+[^,;:.]{3,80}"
    % trie_pattern(MONTH_NAMES))
TALK_WORDS = ("discussed", "exchanged views", "held talks", "discussion", "talks")  # a cheap test first
# Talks told with their parties as subject, in a readout of several meetings: "With Rwandan Minister X, Minister
# Shanmugam discussed ...", "Minister Shanmugam and Foreign Minister of Zimbabwe Y discussed ...".
JOINT_TALKS = re.compile(r"^(?:With\s+[^,;]{3,120},\s+[^,;]{3,80}?|[^,;]{3,150}?\s+and\s+[^,;]{3,150}?"
                         # "On the sidelines of the Meeting, Minister X and Foreign Minister Y of Hungary, Z of Greece,
                         # and W of Norway exchanged views"
                         r"|(?:On|At|During|In)\s+[^,;]{3,80},\s+[^,;]{3,120}?(?:,\s+[^,;]{3,120}?){0,6},?\s+and\s+[^,;]{3,150}?)"
                         r"\s+(?:also\s+)?"
                         r"(?:discussed|exchanged\s+views|held\s+talks|had\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:discussion|talks))\b")
# Reported speech in the main event's sentence: "During a meeting with X, Qin said President Xi attended ...".
REPORTED = re.compile(r"\b(?:said|says|stated|noted|stressed|told|added|pointed\s+out)\b")
