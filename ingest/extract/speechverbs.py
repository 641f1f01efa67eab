"""The speech-verb lexicon and the cues that tell a reported clause from a noun object.

`SAY` verbs take a clause even without "that" ("Katz said the key lies..."); the others need "that", a pronoun
subject or an auxiliary soon after ("Ukraine signaled it would accept"), so "announced a truce" is no quote.
"""
from __future__ import annotations

import re

_SAY = "say says said saying tell tells told telling"
_OTHER = """
add adds added adding note notes noted noting warn warns warned warning state states stated argue argues argued
arguing insist insists insisted insisting claim claims claimed claiming explain explains explained explaining
contend contends contended assert asserts asserted stress stresses stressed stressing emphasize emphasizes
emphasized emphasise emphasises emphasised acknowledge acknowledges acknowledged admit admits admitted announce
announces announced declare declares declared predict predicts predicted reiterate reiterates reiterated confirm
confirms confirmed deny denies denied maintain maintains maintained write writes wrote tweet tweets tweeted post
posts posted remark remarks remarked observe observes observed signal signals signaled signalled signaling
signalling suggest suggests suggested indicate indicates indicated hint hints hinted imply implies implied reply
replies replied respond responds responded answer answers answered comment comments commented recall recalls
recalled concede concedes conceded complain complains complained caution cautions cautioned mention mentions
mentioned promise promises promised vow vows vowed pledge pledges pledged assure assures assured report reports
reported repeat repeats repeated acknowledging conclude concludes concluded estimate estimates estimated allege
alleges alleged testify testifies testified counter counters countered retort retorts retorted quip quips quipped
rule rules ruled urge urges urged elaborate elaborates elaborated speculate speculates speculated speculating
reaffirm reaffirms reaffirmed reaffirming affirm affirms affirmed underline underlines underlined underscore
underscores underscored disclose discloses disclosed reveal reveals revealed clarify clarifies clarified specify
specifies specified reassure reassures reassured lament laments lamented boast boasts boasted joke jokes joked muse
muses mused opine opines opined posit posits posited concur concurs concurred forecast forecasts theorize theorizes
theorized surmise surmises surmised relate relates related recount recounts recounted texted emailed brag brags
bragged proclaim proclaims proclaimed inform informs informed swear swears swore sworn lecture lectures lectured
lecturing advise advises advised advising convey conveys conveyed
""".split()
# what one voices or expresses about a clause ("voiced optimism that …"), the same for every form of the verb
_FEELINGS = r"(?:hopes?|concerns?|confidence|optimism|pessimism|doubts?|frustration|regret|fears?|belief)"
_MULTI = (
    # ("expressed cautious optimism that", "voiced serious doubts that": one adjective may qualify the noun)
    # ("raised concerns that": what one raises is voiced too)
    r"(?:expressed (?:the |his |her |its |their )?|express(?:es)? |voiced |rais(?:ed|es) )(?:(?!that\b)[a-z]+ )?"
    + _FEELINGS + "|"
    r"(?:voicing|expressing|raising) (?:(?!that\b)[a-z]+ )?" + _FEELINGS + r"(?=\s+that\b)|denying(?=\s+that\b)|"
    r"(?:made|makes|making) (?:it )?(?:[a-z]+ly )?(?:clear|known)|"  # ("made absolutely clear that", "made it known")
    r"pointed out|points out|pointing out|"
    # ("highlighting that Trump's mention … aligned with …", but not "highlighted the efforts of companies that …")
    r"highlight(?:s|ed|ing)?(?=\s+that\b)|"
    r"(?:lying|lied|lies)(?=\s+(?:to\s+[\w\s]{1,30}?\s+)?that\b)|"  # "lying that …": saying falsely
    r"went on to say|goes on to say|put it|"
    # ("Bild is reporting", "Reuters and AFP are also reporting that …": the progressive, not the noun "reporting")
    r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bis also )|(?<=\bare also ))reporting|"
    # ("writing in a post on X that …", "posting on Telegram that …": not "in writing" or "a posting")
    r"(?<!in )writing(?=\s+(?:that|on|in\s+(?:a|an|his|her|its|their))\b)|posting(?=\s+(?:that|on)\b)|"
    # ("questioned who would police the zone", "wondered whether …": asking, only before the question it puts)
    r"(?:question(?:s|ed)?|wonder(?:s|ed)?|quer(?:y|ies|ied))(?=\s+(?:why|how|what|who|whom|when|where|whether|if)\b)"
)
SAY_FORMS = frozenset(_SAY.split())
_ASK = "ask asks asked asking"
# asking's verbs: "ask" puts a question anywhere; the others only where SPEECH_VERB saw a question follow them
ASK_FORMS = frozenset((_ASK + " question questions questioned wonder wonders wondered query queries queried").split())
# An outlet's verbs: what it "reported" it carries; the clause (or the report before it) names who spoke or acted
CHANNEL_VERBS = frozenset("report reports reported".split())


def _participles(forms: set[str]) -> set[str]:
    """The -ing form of every verb listed with its third person ("stating" from "state"/"states"), so
    "…, stating that …" reads like "…, saying that …"; not where the -ing word is mostly a noun or an adjective
    ("a court ruling", "in writing", "a promising sign")."""
    found = set()
    for verb in forms:
        if not ({verb + "s", verb + "es"} & forms or verb.endswith("y") and verb[:-1] + "ies" in forms) \
                or verb in _NOT_PARTICIPLES:
            continue
        if verb in _DOUBLING:
            found.add(verb + verb[-1] + "ing")
        elif verb.endswith("e") and not verb.endswith("ee"):
            found.add(verb[:-1] + "ing")
        else:
            found.add(verb + "ing")
    return found


_NOT_PARTICIPLES = frozenset("rule report post promise write forecast answer urge deny".split())
_DOUBLING = frozenset("admit quip concur".split())
VERB_FORMS = SAY_FORMS | frozenset(_ASK.split()) | frozenset(_OTHER) | _participles(set(_OTHER))
# The -ing forms that report a clause after "that" ("…, writing on social media that …", "…, demanding that …")
REPORT_PARTICIPLES = frozenset(w for w in VERB_FORMS if w.endswith("ing")) | {
    "writing", "posting", "proposing", "demanding", "requesting", "recommending"}
# Verbs that are speech only with a following clause, never with an object person ("warned Europe" needs "that").
OBJECT_VERBS = frozenset("tell tells told telling assure assures assured assuring warn warns warned warning remind "
                         "reminds reminded reminding urge urges urged urging advise advises advised advising ask asks "
                         "asked inform informs informed informing texted emailed "
                         "lecture lectures lectured lecturing".split())
# ^ ("asked Vance whether …": the one asked, then the question)

# Verbs of demanding or proposing report words only before "that" ("Russia demands that Ukraine withdraw its forces",
# "proposed to Trump that they work on a roadmap"); before an object they name an act ("proposed talks", "demanded a
# ceasefire").
# "to U.S. President Trump": the one addressed, up to the "that" after it (an abbreviation's dots do not end it)
TO_ADDRESSEE = r"\s+to\s+(?:[^,;:.“”\"]|\.(?=\S)|(?<=\b[A-Z])\.){1,60}?"
_MANDATIVE = r"(?:(?:propos(?:e|es|ed|ing)|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|recommend(?:s|ed|ing)?" \
             r"|mov(?:e|es|ed))" \
             r"(?=(?:" + TO_ADDRESSEE + r")?\s+that\b)" \
             r"|cit(?:e|es|ed)(?=\s+[^,;:.“”\"]{1,60}?\s+as\s+(?:proof|evidence|a sign|an indication)\s+that\b))"
# ^ ("to U.S. President Trump that"; "cited the backlash as proof that …" reports what the speaker takes it to show)
MANDATIVE_FORMS = frozenset("propose proposes proposed proposing demand demands demanded demanding request requests "
                            "requested requesting recommend recommends recommended recommending move moves moved cite "
                            "cites cited".split())  # ("moves that": a motion)
SPEECH_VERB = re.compile(r"(?<![\w-])(?:" + _MULTI + r"|" + _MANDATIVE + r"|"
                         + "|".join(sorted(VERB_FORMS, key=len, reverse=True)) + r")\b")
# ("US-reported figures", "self-declared": a verb joined by a hyphen is an adjective)
# Verbs that report speech only right after the quoted words ('“…?” Vitter demanded.', '“…!” she exclaimed'):
# before a clause or an object they mean something else ("demanded a ceasefire", "continued the talks").
_AFTER_QUOTE_ONLY = """
conveyed demand demands demanded exclaim exclaims exclaimed shout shouts shouted yell yells yelled scream screams
screamed
wonder wonders wondered scoff scoffs scoffed snap snaps snapped fume fumes fumed sigh sighs sighed laugh laughs
laughed plead pleads pleaded beg begs begged implore implores implored whisper whispers whispered continue continues
continued offer offers offered interject interjects interjected recount recounts recounted agree agrees agreed sneer
sneers sneered charge
charges charged chime chimes chimed protest protests protested object objects objected mutter mutters muttered
read reads
""".split()
# ^ ('"…," the statement read': what a document's text says)
AFTER_QUOTE_VERB = re.compile(r"\b(?:" + _MULTI + r"|went on|goes on|chimed in"
                              # '“…,” Rubio made the statement in Paris', '“…,” Putin made the remarks at …'
                              r"|(?:made|makes) (?:the|these|those|his|her|their) (?:statements?|remarks|comments)|"
                              + "|".join(
    sorted(VERB_FORMS | set(_AFTER_QUOTE_ONLY), key=len, reverse=True)) + r")\b")
# ("believing in the words of the Russian leader": a verb's object, not a credit)
ACCORDING_TO = re.compile(r"\b(?:[Aa]ccording to|[Aa]s (?:reported|quoted|cited) by|(?<![a-z]{3} )[Ii]n the words of|"
                          r"(?<=, )per(?=\s+(?:the\s+)?[A-Z])|"  # "Yersinia pestis, per the WHO, is …"
                          r"[Ii]n (?:his|her|their) (?:own )?(?:words|view|opinion))\b")
# "As Peskov noted, CLAUSE" and "CLAUSE, as Peskov put it": the speaker inside an "as" clause
AS_SAID = re.compile(r"\b[Aa]s\s+(?P<who>(?:[A-Z]|the\s+[A-Za-z])[^,;:“”\"]{1,60}?)\s+(?:(?:has|had)\s+)?"
                     r"(?:[a-z]+ly\s+)?"
                     r"(?P<verb>" + SPEECH_VERB.pattern
                     # ("…, as Putin told reporters.": the one told, where the sentence ends)
                     + r"|put it)(?:\s+(?:me|us|him|her|them|reporters|journalists|the\s+press|"
                     r"(?:our|his|her|their|the)\s+[a-z]+)(?=\s*\.))?"
                     r"(?:\s+(?:earlier|later|at the time|on\s+\w+|in\s+\w+|for\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}))?"
                     r"\s*(?=[,.])")  # ("As Emily Feng reports for NPR, …": the outlet she reports for)

# What may sit between a subject and its verb: "Trump has publicly stated", "the U.S. is signaling".
_BETWEEN = r"(?:has|have|had|is|are|was|were|been|would|will|also|later|then|again|since|reportedly|publicly|privately|" \
           r"both|jointly|each|" \
           r"continues to|continued to|went on to|goes on to|keeps|kept|" \
           r"repeatedly|previously|earlier|recently|once|now|further|separately|similarly|likewise|" \
           r"already|always|just|even|still|often|frequently|long|firmly|openly|flatly|bluntly|quickly|simply|only|" \
           r"meanwhile|instead|however|nonetheless|nevertheless|in turn|in response|" \
           r"[a-z]+ly|" \
           r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|" \
           r"(?:earlier|later)?\s*(?:this|last|next)\s+(?:week|month|year|weekend|morning|afternoon|evening)|" \
           r"on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|" \
           r"\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\)|" \
           r"(?:hours|days|weeks|months|minutes|moments|years|a\s+day|a\s+week)\s+(?:earlier|later|before|after|ago)|" \
           r"today|yesterday|tonight|overnight|in\s+(?:a|an|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:statement|interview|" \
           r"address|post|video|speech|briefing|letter|message))"
# ^ "Peskov on Monday said", "the Kremlin last week announced", "Zelenskyy hours earlier said", "Zelensky in a video
# address said": a time or the medium between subject and verb (the day in brackets too: "the Kremlin on Thursday
# (Nov 13) said")
TRAILING_FILLER = re.compile(r"(?:\s+" + _BETWEEN + r")+\s*$")

# Negated or non-speech uses of a verb: "did not say", "declined to say", "is said to be", "Neither X nor Y would say".
NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|never|n[o’']t|no one|nobody|declined to|refused to|wouldn[’']t|couldn[’']t|won[’']t|"
    r"didn[’']t|doesn[’']t|don[’']t|did not|does not|do not|would not|could not|will not|cannot|can[’']t|"
    r"without|if|whether)\s+(?:\w+\s+)?|"
    r"\bneither\s+[^,;.]{1,30}?\bnor\s+(?:[\w.’'-]+\s+){1,3}?(?:(?:would|could|will|did|has|have)\s+)?|"
    r"\b(?<!continues )(?<!continued )(?<!went on )(?<!goes on )to\s+(?:[a-z]+ly\s+)?)$",  # not "envoy to Chile said"
    re.IGNORECASE,
)
PASSIVE_AFTER = re.compile(r"\s+(?:to(?!\s+(?:the|a|an|his|her|their|its|our|reporters|journalists|lawmakers|him|them|us|"
                           r"[A-Z][\w.&’'-]*)\s+[^,;:.“”\"]{0,60}?(?:,\s+[^,;:.“”\"]{1,60},\s+)?\bthat\s)|as(?![^,;:.“”\"]{1,60}?\s+that\s)|of|about(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand|million|third|quarter|half)\b|"
                           r"(?:half|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b))|for|by|with)\b")
# ^ "said about 20 people have …" and "announced as Putin was flying that …" report a clause; "said about the
# plan" and "announced as a gesture" do not
# "they were told the candidate would come": the subject heard it; the speaker is not named.
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|am|get|gets|got)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# "Arguing that voters …, Patrick has said …": a participle that opens the sentence reports for its subject.
# "Stressing that …, Zelensky said …", "Expressing that …, Peskov said …": any reporting participle that opens the
# sentence
# The head of a participle phrase that opens a sentence before its subject ("Taking to Telegram, the ministry …",
# "Citing security concerns, the Kremlin …", "Quoting Reuters, …"); not a name that ends in -ing ("Beijing has …")
PARTICIPLE_LEAD = (r"(?:Citing|Quoting|[A-Z][a-z]{2,}ing(?=\s+(?:to|on|at|in|with|from|about|for|after|before|over"
                   r"|during|into|through|the|a|an|his|her|their|its|this|these|those|reporters|journalists)\b))")
PARTICIPLE_OPENER = re.compile(r"(?:" + "|".join(sorted((w.capitalize() for w in REPORT_PARTICIPLES | {"expressing"}),
                                                        key=len, reverse=True)) + r")\s+that\s+")

# A place or day between commas that continues an adjunct: "in Toledo, Ohio, that", "on Friday, December 19th, that",
# "on Friday, Dec. 19, 2025, that"
# (and a day's name after it: "on Sunday, Ukraine’s Independence Day, that")
_DAY_OR_PLACE = r"(?:\s+[A-Z][\w.]*(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,\s+\d{4})?(?=,)" \
    r"|\s+[A-Z][\w.]*[’']s(?:\s+[A-Z][\w.]*){0,2}\s+Day(?=,))"
ADJUNCT_CONTINUED = "," + _DAY_OR_PLACE
# Adjuncts between a verb and its clause: "said on Tuesday that", "told reporters in Kyiv that".
ADJUNCT = re.compile(
    r"(?:\s*,?\s*(?:on|in|at|during|after|before|late|early|earlier|later|last|this|yesterday|today|overnight|"
    r"via|through|from|over|following|while|when|as|for)\b"
    r"(?:[^,;:.\"“”]|" + ADJUNCT_CONTINUED + r"|“[A-Z][^“”]{1,40}”"
    r"|(?<=\b[A-Z])\.|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.)"  # "in an Oct. 26 letter", "U.S."
    r"{0,100}?)?(?=\s+that\b|,(?!" + _DAY_OR_PLACE + r",))"
    # ^ 'on “Face the Nation” that': a programme's title too
)
TOLD_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w’'-]+\s+)?(?:[a-z]+\s+)?[a-z]+s(?=\s+(?:he|she|they|it|we|I|that)\s)|"
    r"reporters|journalists|the press|press|police|lawmakers|parliament|supporters|"
    # ("told European counterparts he hoped …": a plural, after a name's modifier too, then the clause's pronoun)
    # ("told the show it is difficult …": a determiner's noun, then the clause's pronoun subject)
    r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\ban\s))(?:[a-z]+\s+)?[a-z]+(?=\s+(?:he|she|they|it|we|I)\s)|"
    # ("told the US broadcaster Putin was ready …": a determiner's noun, then a name and its finite verb)
    r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\ban\s))(?:[A-Z][\w.’'-]*\s+)?(?:[a-z]+\s+){0,2}[a-z]+"
    r"(?=\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:was|is|were|are|would|will|had|has|could|should|must|might|"
    r"may|did|does)\b)|"
    # ("told the US president a deal should not mean …": a determiner's noun, then a determined subject and its modal)
    r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\ban\s))(?:[A-Z][\w.’'-]*\s+)?(?:[a-z]+\s+){0,2}[a-z]+"
    r"(?=\s+(?:a|an|the|any|no|this|that)\s+(?:[\w-]+\s+){0,3}?(?:should|would|will|could|must|can|may|might)\b)|"
    r"an? [\w-]+ (?:audience|crowd|conference|forum|briefing|meeting)|him|her|them|us|me|"
    r"(?:[A-Z][\w.&’'-]*\s?){1,3}[’']s\s+[“\"][^”\"]{1,40}[”\"]|"  # "NBC’s “Meet the Press”": an outlet's programme
    r"(?:[A-Z][\w.&’'-]*\s?){1,4})"
)
THAT = re.compile(r"\s*,?\s*that\b\s*")
PREPOSITION_START = re.compile(
    r"^\s*(?:of|about(?!\s+\d)|on|in|at(?!\s+least\b)|for|to|with|by|from|against|into|over(?!\s+\d)|after|before|"
    r"during|as|than|so|and|or|but|out|back|up|down|off|away|nothing|something|anything|little|much|more(?!\s+than\b)|goodbye|hello|yes|"
    r"no(?!\s+(?!(?:to|on|in|at|for|with)\b)[a-z]+(?:\s+[\w’'-]+){0,5}?\s+"
    r"(?:[a-z]+s|[a-z]+ed|is|was|were|has|had|will|would|could|can|should|must|may|might)\b)|sorry|thanks|thank)\b",
    # "said more than 300 people …", "at least 5,000 …", "no evidence supports …", "no immediate decision had …" and
    # "no talks on the future of Ukraine should be held …" open clauses; "said no to the plan" does not
    re.IGNORECASE,
)
CLAUSE_CUE = re.compile(
    r"^\s*(?:(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou|[Tt]here|[Tt]his|[Tt]hese|[Tt]hose)\b|(?:\S+\s+){0,9}(?:is|are|remain|remains|remained|"
    r"was|were|will|would|could|can|should|shall|may|might|must|has|have|had|does|did|do|won[’']t|isn[’']t|"
    r"aren[’']t|wasn[’']t|hasn[’']t|haven[’']t)\b)"
)
# "reported at least 5,000 people entered …": a counted subject and a past-tense verb make a clause.
_COUNTED_SUBJECT = re.compile(r"\s*(?:(?:at least|more than|fewer than|less than|nearly|almost|about|around|over|"
                              r"some|up to)\s+)?\d[\d,.]*%?\s+(?:[a-z-]+\s+){0,3}?[a-z]+ed\b")
# "Moscow claims the condition goes against earlier understandings": a verb of claiming, then a determined noun
# phrase and a finite verb, reports a clause with no "that"; "claimed the lives of 20 people" names no verb.
_CLAIM_FORMS = frozenset("claim claims claimed claiming argue argues argued arguing insist insists insisted insisting "
                         "contend contends contended contending assert asserts asserted asserting maintain maintains "
                         "maintained maintaining allege alleges alleged alleging state states stated stating".split())
# "has warned a ceasefire needs to be in place": a warning's clause may open with a noun and its finite verb
_WARN_FORMS = frozenset("warn warns warned warning caution cautions cautioned cautioning".split())
_FINITE_AFTER_SUBJECT = (r"(?:[a-z]{3,}ed|goes|went|wants|needs|means|remains|shows|makes|lies|seems|appears|"
                         r"violates|undermines|contradicts|amounts|belongs|stands|reflects)\b")
_DETERMINED_HEAD = r"\s*(?:the|a|an|its|his|her|their|this|that|such)\s+(?:[\w’'-]+\s+){0,4}?"  # up to its verb
_DETERMINED_SUBJECT = re.compile(_DETERMINED_HEAD + _FINITE_AFTER_SUBJECT)
# "…, noting the previous rounds yielded humanitarian results": a noting's clause may open with a determined noun and
# its finite verb too, when an object follows the verb ("noted the progress achieved in Istanbul" names a thing)
_NOTE_FORMS = frozenset("note notes noted noting stress stresses stressed stressing emphasize emphasizes emphasized "
                        "emphasizing emphasise emphasises emphasised emphasising acknowledge acknowledges acknowledged "
                        "acknowledging reiterate reiterates reiterated reiterating".split())
_DETERMINED_CLAUSE = re.compile(_DETERMINED_HEAD + r"(?<!\bof\s)(?<!\bon\s)(?<!\bin\s)(?<!\bto\s)(?<!\bfor\s)(?<!\band\s)(?<!\bby\s)"
                                # ("the importance of continued dialogue", "the need for enhanced defences": an adjective
                                # after a preposition is no verb)
                                + _FINITE_AFTER_SUBJECT + r"\s+(?!(?:by|in|on|at|to|for|with|from|during|after|before|"
                                r"under|over|since|as|of|and|or|but|into|through|between|among)\b)[a-z]")
# "Putin has suggested Ukraine wants the ceasefire to regroup": a hint's clause may open with a name and its verb
_HINT_FORMS = frozenset("suggest suggests suggested hint hints hinted indicate indicates indicated signal signals "
                        "signaled signalled".split())
_NAMED_SUBJECT = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){1,3}(?:(?:still|also|now|already|only|again|[a-z]{3,}ly)\s+)?"
                            + _FINITE_AFTER_SUBJECT)  # ("insisted Russia still wants …")
WH_START = re.compile(r"\s*(?:who|whom|whose|what|which|whether|if|why|how|when|where)\b", re.IGNORECASE)
# Words after a plural noun that are no verb of its ("talks between the", "deliveries to the")
_NOT_VERBS = ("(?:of|in|on|at|to|by|for|from|with|into|onto|over|under|across|after|before|near|along|against|toward|"
              "towards|about|through|like|between|among|without|within|via|as|and|or|but|than|behind|outside|inside|"
              "beyond|around|despite|amid|until|since|during|upon|off|out|up|down|per|including|ahead|such|all|both)")
# Inside quotation marks: does the span read as a clause (a finite verb) or as a verbless fragment?
FINITE_CUE = re.compile(
    r"(?:\b(?:is|are|was|were|am|will|would|could|can|should|shall|may|might|must|has|have|had|does|did|do|"
    r"needs|wants|thinks|knows|believes|sees|makes|made|said|says|goes|went|gets|got|"
    # simple past forms that are no participle ("where these reports came from")
    r"came|took|gave|saw|knew|began|became|wrote|spoke|chose|broke|threw|forgot)\b|"
    r"[’']\s?(?:re|ll|ve|m|d)\b|n[’']t\b|\b(?:i|we|you|they|he|she|it)\s+\w+|"
    r"\b(?:there|here|that|what|who|it|he|she)[’']s\b|"  # "There's a lot of new complexity"
    r"^\W*that\s+(?:\w+\s+){1,3}?\w+(?:s|ed)\b|"  # "that Putin continues to choose violence": a "that" clause
    # a plural subject and its verb before the verb's object: "Ukrainian forces leave their positions"
    r"\b[a-z]{3,}s\s+(?!" + _NOT_VERBS + r"\b)[a-z]{3,}\s+(?:the|their|its|our|his|her|this|these|those|a|an)\b)",
    re.IGNORECASE,
)


# A pronoun object before an adjunct or the end ("said this in an interview", "said so again"), not a clause's subject
_ANAPHORIC_OBJECT = re.compile(r"\s*(?:this|that|it|these|those|so)(?=\s*(?:$|[.,;:—–]|(?:in|on|at|during|to|after|before|"
                               r"when|while|last|yesterday|earlier|later|again|too|also|publicly|repeatedly|from|with|"
                               r"via|through|for)\b))", re.IGNORECASE)


# "said more work is needed", "said nothing would change": a quantity that is the clause's subject, not the object
# of "said more" or "said nothing about"
_QUANTIFIED_SUBJECT = re.compile(r"\s*(?:more|much|little|nothing|something|anything)\s+(?:[a-z]+\s+){0,2}?(?:is|are|"
                                 r"was|were|will|would|has|have|had|could|can|must|should|remains?|needs?)\b")


_NAME_APPOSITION = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,(?=\s+[a-z])")


_AUXILIARY_START = re.compile(r"\s*(?:(?:does|do|did|is|are|was|were|wo|ca|could|would|should|has|have|had)n[’']t|"
                              r"does|did|is|are|was|were|will|would|can|could|should|has|have|had|may|might|must)\b")


def is_clause(after: str, verb: str) -> bool:
    """Does the text after a speech verb (adjuncts and "that" removed) begin a reported clause?"""
    words = after.split()
    if len(words) < 3 or after.lstrip()[:1] in "\"“”‘'″,:;(":
        return False
    if PREPOSITION_START.match(after) and not _QUANTIFIED_SUBJECT.match(after):
        return False
    if verb.split()[0] in OBJECT_VERBS and _AUXILIARY_START.match(after):
        return False  # "the story the White House is telling doesn't paint …": the verb's object is the gap before it
    anaphor = _ANAPHORIC_OBJECT.match(after)
    if anaphor and not reads_as_clause(after[anaphor.end():]):
        return False  # "said this in an interview with Axios": the words were given before; no clause follows
    if verb.split()[0] in ASK_FORMS:
        return bool(WH_START.match(after))
    first = re.split(r",(?!\d)", _NAME_APPOSITION.sub("", after))[0]  # not past a comma (but "5,000")
    # ^ (but past a name in apposition: "reports the man who kidnapped the child, Michael Webb, was sentenced")
    second = SPEECH_VERB.search(first)
    if second and re.search(r"\s(?:and|but)\s+$", first[:second.start()]):
        first = first[:second.start()]  # "mentioned the plan's 28 points and assured that he would …": an object
    return verb.split()[0] in SAY_FORMS or bool(CLAUSE_CUE.match(first) or _COUNTED_SUBJECT.match(first)) \
        or verb.split()[0] in _CLAIM_FORMS | _WARN_FORMS and bool(_DETERMINED_SUBJECT.match(first)) \
        or verb.split()[0] in _NOTE_FORMS and bool(_DETERMINED_CLAUSE.match(first)) \
        or verb.split()[0] in _CLAIM_FORMS | _HINT_FORMS and bool(_NAMED_SUBJECT.match(first))


def reads_as_clause(quoted: str) -> bool:
    """Quoted words with a finite verb, as opposed to a fragment like "move on" or "a clear yes or no"."""
    return bool(FINITE_CUE.search(quoted))
