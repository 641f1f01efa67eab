"""Dated ceasefire and peace statements: which official actor acted on a ceasefire, truce, deal or the talks, how, when.

One statement per sentence. The actor is the sentence's subject (the one who speaks or acts), found next to
its first verb; "he"/"she" and quotes running on continue the previous speaker. Commentators who are not
officials never make statements. The date is the one the sentence gives nearest its verb, else the previous
sentence's when the same speaker continues, else the article's main event date; every candidate date passes
`DateRule` (when a statement can have been made) or gives way to the next. The rules find the candidates; the learned
`statement_model` keeps those the annotators would mark (the news, not background or peace as a general aim).
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ingest.extract import statement_model
from ingest.extract.dates import DateRef
from ingest.extract.sentences import DATELINE, Sentence, inner_starts
from ingest.extract.speakers import (
    DOCUMENT_HEAD, OUTLET_NOUNS, group_members, owns_person, unlisted_states, unnamed_group,
)
from ingest.extract.speechverbs import CHANNEL_VERBS, PARTICIPLE_LEAD, SPEECH_VERB
from ingest.extract.titles import DEMONYMS, NATIONALITY_STATES, ROLE_KIN, ROLE_NOUNS_BEFORE
from ingest.extract.verbs import IRREGULAR_PAST
from ingest.records import Mention, Quote, Statement

# Words that put a sentence on the topic: the ceasefire, a peace deal, the talks, quitting them. Not "discussions",
# "summit", "meeting" or "diplomacy": the annotators' rules read those as contact or peace as a general aim
# (tests/gold/news-dev/README.md, "Decisions"), and a sentence with only them is not a statement; nor "memorandum"
# alone, which the annotators never marked without a word of the deal itself ("a memorandum on a future peace"); nor
# ending or stopping the war, nor strikes on energy, which the rules leave out unless a truce word comes with them
# ("a plan to end the war" is the peace plan).
_PEACE = re.compile(
    r"\bcease-?\s?fires?\b|\btruces?\b|\barmistice\b|\bpeace(?:keep\w*|making|maker)?\b|\btalks\b|\bnegotiat\w*"
    r"|\bmediat\w*|\bdeals?\b|\bagreements?\b|\baccords?\b"
    r"|\bsettlement\b|\bplan\b(?!\s+to\b(?!\s+(?:end|stop)\b))|\bproposals?\b|\boffers?\b|\bultimatum\b"
    r"|\bpause\s+(?:in|on)\s+(?:the\s+)?(?:fighting|strikes|attacks|hostilities)\b|\bstep(?:s|ped|ping)?\s+back\b"
    r"|\bstop\s+(?:the\s+)?(?:firing|fighting|attacks|strikes|shelling)\b"
    r"|\bBlack\s+Sea\b(?!\s+Fleet)|\bsafe\s+navigation\b|\bframework\b|\bmoratorium\b"
    r"|\bwalk(?:ed|ing|s)?\s+away\b"
    r"|\bpeaceful(?:ly)?\b"
    r"|\bhalt(?:ing)?\s+(?:to\s+|on\s+|in\s+)?(?:the\s+)?(?:\w+\s+)?(?:attacks|strikes|fighting)\b"
    r"|\bhostilities\b|\bprisoner\s+(?:swaps?|exchanges?)\b",
    re.IGNORECASE,
)
# "a critical minerals agreement" is not a peace deal.
_OTHER_DEAL = re.compile(
    r"\b(?:minerals?|trade|resources?|rare[- ]earths?|economic|investment|business|tariffs?|oil|gas|arms|weapons"
    r"|loan|aid|debt|tax|budget|nuclear|coalition|grain|shipping|port|fund|defen[cs]e|security)\s+$",
    re.IGNORECASE,
)
_OTHER_DEAL_AFTER = re.compile(
    r"\s+(?:on|over|for|about)\s+(?:[\w’'-]+\s+){0,2}?(?:minerals?|mineral\s+resources|rare[- ]earths?|trade|tariffs?|investment)\b",
    re.IGNORECASE,
)
# Words of war and peace. An article with none of them and no party to the topic's war (a trade-war story, a court
# report) uses "deal", "talks" and "agreement" about something else: there only these words put a sentence on topic.
_WAR = re.compile(
    r"\bcease-?\s?fires?\b|\btruces?\b|\barmistice\b|\bpeace|\bhostilities\b|\binva(?:sion|de|ded|ding)\b|\bfighting\b"
    r"|(?<!trade )(?<!price )(?<!tariff )(?<!culture )(?<!currency )(?<!\bon )\bwars?\b",
    re.IGNORECASE,
)
# "a great deal of homework", "a good deal of time": an amount, not an agreement.
_AMOUNT = re.compile(r"\ba\s+great\s+deal\b|\ba\s+good\s+deal\s+of\b", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_OPENING_MARKS = "\"\u201c\u2018"
# Meeting, calling or travelling is contact, not a statement about the talks.
_CONTACT = re.compile(
    r"\b(?:met|meets?|held|holds?|holding|hosted|hosts?|hosting|sent|visit(?:s|ed|ing)?|arriv(?:ed|es|ing)"
    r"|landed|travel(?:s|ed|led|ing)?|fl(?:ew|ies|ying)|(?:began|begun|begins?|start(?:s|ed)?)\s+(?:a\s+|the\s+)?"
    r"(?:\w+\s+)?(?:meeting|talks|visit|call))\b", re.IGNORECASE)
# A verb group: auxiliaries, "set to", adverbs, then the verb and what may follow it within a few words.
_VERB_GROUP = re.compile(r"(?:[\w’'-]+\s+){0,5}[\w’'-]+")
_DEAL_NOUN = re.compile(r"deal|agreement|accord|talks|plan|framework|negotiat|proposal|memorandum", re.IGNORECASE)

# The verbs (and auxiliaries) that end a clause's subject; the first one outside quotes is the sentence's act.
ACT_VERBS = frozenset("""
said says say stated states told tells noted notes warned warns warn added adds announced announces declared declares
signals signaled signalled signaling signalling insists insisted stresses stressed reiterates reiterated repeated
confirms confirmed denies denied claims claimed argues argued echoes echoed expresses expressed suggests suggested
voiced struck strikes vows vowed pledges pledged promises promised urges urged calls called tweeted wrote writes posted
hints hinted indicates indicated acknowledges acknowledged admits admitted predicts predicted proposes proposed propose
offers offered floats floated put presents presented unveils unveiled submits submitted pushes pushed pushing agree
agrees agreed accept accepts accepted endorses endorsed backs backed welcomes welcomed supports supported signs signed
reaches reached reject rejects rejected refuses refused dismisses dismissed rules ruled turns turned declines declined
spurns spurned set sets attaches attached demands demanded violates violated breaches breached accuses accused blames
blamed threatens threatened withdraw withdrew withdraws pulls pulled walks walked quit abandons abandoned suspends
suspended halts halted orders ordered launches launched sought seeks wants wanted hopes hoped considers considered
discusses discussed met meets held holds hosts hosted sent traded respond responds responded replied do does did asks
began begins started starts
asked visited arrived landed approves approved ratifies ratified is are was were has have had may might could would will can must
should shall spoke speaks
""".split())
_WORD = re.compile(r"[A-Za-z]+")
_LEADING_CLAUSE = re.compile(
    r"^\s*(?:As|While|When|Whereas|After|Before|Although|Though|Since|Because|If|Unless|Once|Until|Despite"
    r"|Following|Amid|Even\s+as|Even\s+though|Asked|Pressed|Speaking|Responding|Writing|Addressing|Visiting"
    r"|Meeting|Talking|Commenting|" + PARTICIPLE_LEAD + r")\b[^,\x00]*,",
)
# "It should be recalled that yesterday in Berlin, German Chancellor Merz called on Russia …": the writer's frame; the
# clause after "that" is the sentence's own
_EXPLETIVE_LEAD = re.compile(r"^\s*(?:It\s+(?:should|must|may|might|can|could|is\s+worth|is\s+important\s+to)\s+"
                             r"(?:be\s+)?(?:noted|"
                             r"recalled|recalling|noting|mentioned|mentioning|added|adding|remembered|stressed)"
                             r"|(?:Recall|Note|Remember)|As\s+a\s+reminder,?)\s+that\b[^,\x00]{0,40}?(?:,|\s(?=[A-Z]))")
_BOUNDARY = re.compile(
    r"[,;:()\x00\u2014\u2013\"\u201c\u201d]|\s[-]\s|\b(?:that|which|who|whom|whose|whether|if|because|when|while"
    r"|after|before|although|though|where)\b",
    re.IGNORECASE,
)
_SPEECH = (r"(?:said|says|told|tells|added|adds|noted|warned|stated|wrote|insisted|stressed|confirmed|claimed"
           r"|argued|explained|posted|tweeted|announced|declared|reported)")
_TRAILING = re.compile(
    rf"(?:,|\x00(?=\s))(?!\s*(?:though|although|but|and|while|as|because|since|if|when|whereas|which|who|that)\b)\s*(?:"
    # ^ (or the quote that ends the clause, its comma inside the marks: 'The ball is now "truly in their court,"
    # Rubio said')
    # (not ", a day after Rubio warned …": a clause of time names an earlier saying, not the sentence's speaker)
    rf"(?![^,\x00]{{0,40}}?\b(?:after|before|since|until)\s)(?P<np>[^,\x00]{{1,80}}?)\s+(?P<verb>{_SPEECH})\b[^,\x00]{{0,80}}"
    rf"|(?P<verb2>{_SPEECH})\s+(?P<np2>(?:[\w.'’-]+\s+){{0,4}}[\w.'’-]+?)(?:,[^\x00]{{0,120}})?)[.!?]?\s*$",
    re.IGNORECASE,
)
_CLAUSE_AFTER_VERB = re.compile(r"\s+(?:that|he|she|they|it|we|I|there)\s+(?!(?:on|in|at|to|during)\b)")
# "Prime Minister Petr Fiala (ODS) appreciated the progress": a party in brackets between the name and its verb
_BRACKET = r"\s\([^()\x00]{1,20}\)"
_BRACKET_BEFORE_VERB = re.compile(_BRACKET + r"(?:\s+[a-z]+ly)?\s+$")
_ED_AFTER = re.compile(r"(?:['’]s)?(?:" + _BRACKET + r")?(?:\s+(?:[a-z]+ly|later|also|then|again|both|all|"
                       r"still|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|"
                       r"yesterday))?\s+(?P<verb>[a-z]{3,}ed)\b(?!\s+by\b)")  # ("Peskov on Wednesday refuted …")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")
_ASKED_AFTER_BE = re.compile(r"(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|also\s+)?asked\b", re.IGNORECASE)
_ASIDE = re.compile(
    r",\s*(?:who|whose|which|asked|pressed|questioned|interviewed|retired|former|speaking|[a-z]+ing|a|an|the)\b[^,;\x00]*,"
)
# "ready to meet Putin ‘personally’ this week", "will travel to Istanbul on Friday": the date after an infinitive or
# a future, in the same clause, dates the plan, not the statement.
# ("spoke to reporters on Friday": an audience after "to" is no infinitive)
# ("a pause to strikes yesterday": a plural noun after "to" is a preposition's object; an infinitive ends in no lone s)
_PLANNED = re.compile(r"\b(?:to\s+(?!(?:the|a|an|his|her|its|their|this|that|be|reporters|journalists|lawmakers|"
                      r"officials|leaders|allies|supporters|parliament|congress|media|press|him|them|us|me)\b)"
                      r"(?![a-z]+(?<![su])s\b)[a-z]+|"
                      r"will\s+[a-z]+|would\s+[a-z]+)"
                      r"[^,;:.()“”\"]{0,60}$")
# "Key talks … to end the war on December 2 ended …": a past verb right after the date makes the infinitive a purpose
# inside the subject, and the date the subject's (the news), not a plan's.
# ("… on Tuesday aimed at ending the war": a participle before a preposition describes the plan, it ends nothing)
_SUBJECT_ENDS = re.compile(r"\s*(?:ended|concluded|began|produced|yielded|failed|brought|made|took|were|was|"
                           r"(?!(?:and|or|but)\b)[a-z]+ed\b(?!\s+(?:by|at|to|for|with|as)\b))")
# "…, having last month rejected a US proposal": the date of an earlier act the participle tells, not the statement's
_PERFECT_PARTICIPLE = re.compile(r"(?:,\s*|\b(?:after|since)\s+)having\b[^,;:.()“”\"]{0,60}$")
# ", who spoke to Putin on Monday,": a relative clause between commas, whose verbs are not the main clause's
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whose|which|where|when)\b[^,;\x00]*,")
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_THEY = re.compile(r"\bthey\b", re.IGNORECASE)
_GROUP = re.compile(
    r"\b(?:both|the\s+two|the\s+warring|each)\s+(?:sides?|parties|countries|nations|governments)\b"
    r"|\bthe\s+(?:parties|sides|delegations)\b", re.IGNORECASE
)
# Two people the text has just named together: "The pair agreed …", "The two presidents discussed …"
_PAIR = re.compile(r"\b(?:the\s+pair|(?:both|the\s+two)\s+(?:leaders|presidents|men|envoys|heads\s+of\s+state)"
                   r"|the\s+leaders(?!\s+of\b))\b", re.IGNORECASE)
# The state each nationality names ("the Chinese Foreign Ministry" speaks for China); "European" is left out: a
# continent's leaders are not the EU's
_DEMONYMS = {**{word: state for word, state in DEMONYMS.items() if word != "European"}, **NATIONALITY_STATES}
_DEMONYM_WORDS = "|".join(re.escape(word) for word in sorted(_DEMONYMS, key=len, reverse=True))
_DEMONYM = re.compile(
    r"(?<![\w.])(?P<demonym>" + _DEMONYM_WORDS + r")\s+"
    r"(?:(?!(?:and|or)\s)[A-Za-z]+\s+){0,2}?(?P<noun>officials?|spokes(?:man|woman|person)|ministry|minister|envoys?"
    r"|negotiators?|mediators?|delegations?|governments?|leadership|leaders?|diplomats?|authorities|forces|troops"
    r"|military|army|teams?"
    r"|commanders?|side|presidency|president|representatives?|Foreign\s+Ministry|Defen[cs]e\s+Ministry)\b",
)
_DEMONYM_BEFORE = re.compile(r"(?<![\w.])(?P<demonym>" + _DEMONYM_WORDS + r")"
                             r"(?:,\s+[A-Z][a-z]+)*,?\s+(?:and|or)\s+$")
# A headline's topic before a colon ("Ukraine-Russia talks:", "Trump's peace plan:"), lower-case words in it
_TOPIC_LABEL = re.compile(r"\W*(?:[A-Z][\w.’'-]*[\s-]+){0,3}[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}:\s+(?=[A-Z])")
_TO_BEFORE = re.compile(r"\bto\s+$")
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z]+\s+)?$")
_OFFICIAL_NOUN = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|ministry|minister|envoys?|negotiators?|delegations?|government"
    r"|leadership|leaders?|diplomats?|authorities|administration|office|forces|troops|military|army|commanders?"
    r"|aides?|advis[eo]rs?|president|presidency|secretary|chancellor|ambassador|foreign\s+ministry|side|camp"
    r"|team|parliament|lawmakers|senators?|governor|mayor|deputy|chief|representatives?|republic)\b",
    re.IGNORECASE,
)
_PERSON_OFFICIAL = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|minister|envoy|negotiator|ambassador|president|prime\s+minister"
    r"|chancellor|secretary|advis[eo]r|aide|commander|governor|mayor|deputy|diplomat|lawmaker|senator|general"
    r"|chief|head\s+of|representative|mediator|king|crown\s+prince|foreign\s+minister)\b",
    re.IGNORECASE,
)
_COMMENTATOR = re.compile(
    r"\b(?:analyst|expert|professor|researcher|fellow|scholar|commentator|journalist|author|historian|economist"
    r"|observer|academic|lecturer|think\s+tank|director\s+of\s+the)\w*",
    re.IGNORECASE,
)
_FORMER_WORD = re.compile(r"\b(?:former|ex-|retired|onetime|one-time)", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?P<head>[\w.'’-]+)\s+(?:in|from|of|with|at|to|toward|towards|against|for|on|about|between|over|into"
    r"|among|like|than|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_INSTITUTION_AFTER = re.compile(r"^(?:['’]s)?\s+(?:administration|government|office|team|camp|aides|officials)\b",
                                re.IGNORECASE)
# "Putin’s top foreign policy aide dismissed …": the aide acts, not the person whose aide he is
_ROLE_AFTER = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:aide|adviser|advisor|envoy|spokesman|spokeswoman|spokesperson|"
                         r"negotiator|emissary|representative|chief of staff|minister|secretary)\b", re.IGNORECASE)
_CONJUNCTION = re.compile(
    r"^\s*,?\s*(?:and|&|as\s+well\s+as|along\s+with)\s+(?:the\s+)?(?:[A-Za-z][\w.’'-]*\s+){0,4}$"
    r"|^[-–]$", re.IGNORECASE  # ("Russia-Ukraine agree to new prisoner swap")
)
_LIST_LINK = re.compile(r"^\s*(?:,|,?\s*and)\s*(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}$")
_LIST_END = re.compile(r",\s*(?:and|or)\s")
_NAME_STOP = re.compile(r"[,;:\x00]|\.(?:\s|$)")
_SOURCE_ENDS = re.compile(r"[,;:\x00]|(?<![A-Z])\.(?:\s|$)")  # (not the stop of "U.S.")
# "A 30-day ceasefire was initially proposed by Washington", "talks were led by Umerov" (irregular participles too)
_PASSIVE_BY = re.compile(r"(?:\s+been)?(?:\s+(?:\w+ly|also|first|jointly))?\s+"
                         r"(?:\w+(?:ed|en)|" + "|".join(sorted(IRREGULAR_PAST)) + r")"
                         # ("were opened on Wednesday by"): a day or a place between the participle and "by"
                         r"(?:\s+(?:on|in|at|last|this|earlier|late)\s+[A-Z]?[a-z]+(?:\s+\d{1,2})?,?)?"
                         r"\s+(?:upon\s+)?by\s+(?:the\s+)?",
                         re.IGNORECASE)
_TITLES_ONLY = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}")
_PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had"})
_CLAUSE_END = re.compile(r"[;]|(?:,|\u2014|\u2013)?\s*\b(?:while|whereas|but)\b|,\s*having\b", re.IGNORECASE)
_SPOKEN_SHARE = 0.5  # of a sentence's length: the quote's words fill the sentence, so its speaker made it
# "a moratorium agreed in March": the date belongs to the noun, not to the sentence's act.
# (Not when that participle is the statement's own verb: "The two leaders announced last week".)
_REDUCED_RELATIVE = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|has|have|had|he|she|it|they|we|who|which|that)\b)[a-z]+\s+"
    r"(?P<participle>\w+ed|signed|held|reached|struck|brokered|made|set|agreed|built|begun|drawn|put|laid)\s+"
    r"(?:(?:forward|out|up)\s+)?"  # ("the terms put forward by Putin in June 2024")
    # ("an agreement reached with the United States on Tuesday": a named party or place may come between)
    # ("issues raised by Trump at a US-Russia summit last week": two such, the second a named meeting)
    r"(?:(?:with|by|between|in|at)\s+(?:the\s+|an?\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+"
    r"(?:(?:summit|talks|meeting|conference|session)\s+)?){0,2}"
    r"(?:in|on|at|last|earlier)?\s*$"
)
# "… his first foray onto Western soil since he ordered the invasion in February 2022": a since-clause names
# the starting point of a stretch, never the day the sentence's act happened.
_SINCE_CLAUSE = re.compile(r"\b(?:since|ever since)\b[^,;:.()“”\"]{0,90}$", re.IGNORECASE)
# "struck an optimistic tone during recent discussions", "had previously rejected": the act lies somewhere in a
# past stretch, so only the month is known. Not "has repeatedly rejected" (a stance held as of the news) nor
# "echoing recent comments" (the recency of another thing).
_VAGUE = re.compile(
    r"\b(?:recently|lately|previously|in\s+recent\s+(?:days|weeks|months)|in\s+the\s+past|over\s+the\s+past"
    r"|(?:during|at|in|over|about|after|amid)\s+(?:the\s+|a\s+)?(?:\w+\s+)?recent)\b",
    re.IGNORECASE,
)
# "Earlier, Merz indicated …", "Before that, Zelensky spoke …", "A few days later, …": away from the date the text
# stands on by an unstated stretch, so neither that day nor a neighbour's is right; only the month is known. ("earlier
# talks", "earlier statements": an adjective before a plural noun dates nothing; "The United States said earlier it had
# made agreements": right after the reporting verb, wire copy's "earlier" is earlier on the day of the report.)
# A sentence that opens on the occasion the text has just dated: "At that time, …", "During the meeting, …".
_THAT_TIME = re.compile(r"\W*(?:At\s+(?:that|the)\s+time|During\s+(?:the|that|this)\s+(?:\w+\s+)?(?:meeting|talks|"
                        r"call|conversation|negotiations|visit|summit|session|round)|At\s+(?:the|that|this)\s+(?:\w+\s+)?"
                        r"(?:meeting|talks|summit|session))\s*,", re.IGNORECASE)
_SHIFTED = re.compile(
    r"\b(?:(?<!\bsaid )(?<!\bsays )(?<!\bannounced )(?<!\bstated )(?<!\bwrote )(?<!\bminutes )(?<!\bhours )"
    r"(?<!\bmoments )earlier(?!\s+(?:today|this|that|on|in|at|than)\b)(?!\s+[a-z]+s\b)|before\s+that|prior\s+to\s+that"
    r"|(?:a\s+few|several|some)\s+(?:days|weeks)\s+(?:later|earlier|before|ago)|before\s+this(?=\s*,))\b"
    r"|^\W*(?:Later|In\s+response|In\s+turn)\s*,",  # "Later, Putin said …", "In response, Zelensky called …"
    re.IGNORECASE,
)

# A day or an adverb inside a phrasal verb: "called on Tuesday for a ceasefire", "pressed again for talks".
_ADVERB_IN_VERB = r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|again\s+|anew\s+|[a-z]+ly\s+)?"
# Each kind's triggers; the earliest trigger after the actor's verb decides, ties go to the earlier kind here.
_KINDS = [
    ("statement", r"\bnot\s+(?:\w+\s+)?rul(?:e|ed|es|ing)\s+out|\bdeclin(?:ed|es|ing)\s+to\s+comment"),
    ("violation", r"\bviolat\w*|\bbreach\w*|\bbr(?:oke|eak|eaks|eaking|oken)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
                  r"(?:\w+\s+)?(?:truce|ceasefire|cease-fire|deal|agreement)|\bdespite\s+(?:the|a)\s+(?:\w+\s+)?"
                  r"(?:truce|ceasefire|cease-fire)"),
    ("rejection", r"\breject\w*|\brefus\w*|\bdismiss\w*|\brul(?:e|ed|es|ing)\s+out|\bturn(?:ed|s|ing)?\s+down"
                  r"|\bdeclin(?:ed|es|ing)\b(?!\s+to\s+comment)|\bspurn\w*|\bunacceptable|\bbalk\w*|\bsnub\w*"
                  r"|\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?(?:accept|agree|support|back|ready|willing|sign|interested)"
                  r"|n['’]t\s+(?:\w+\s+)?(?:accept|agree|support|back|sign)|\boppos(?:e|ed|es|ing)\b|\bsaid\s+no\b"
                  r"|\bagainst\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:truce|cease-?\s?fire|deal|agreement|plan"
                  r"|proposal)"),
    ("condition", r"\bconditions?\b|\bconditional\b|\bprecondition\w*|\bdemand\w*|\binsist\w*\s+(?:on|that)"
                  r"|\bonly\s+if\b|\bprovided\s+that\b|\bas\s+long\s+as\b|\bin\s+exchange\s+for\b|\bunless\b"
                  r"|\bmust\s+first\b|\brequir\w*|\bonly\s+(?:after|when|once)\b|\bnot\b[^.;]{0,60}?\buntil\b"),
    ("threat", r"\bthreat\w*|\bfloat(?:s|ed|ing)?\s+(?:a\s+)?(?:possible\s+|potential\s+)?(?:withdrawal|exit|pull-?out)|\bwalk(?:ed|ing|s)?\s+away|\bpull(?:ed|ing|s)?\s+out|\bwithdr[ae]w\w*|\bquit(?:s|ting)?\b"
               r"|\babandon\w*|\bhalt\w*\s+(?:its|their|his|her|our|the)\s+(?:\w+\s+)?(?:efforts|mediation|involvement"
               r"|role)|\bstep(?:ped|ping|s)?\s+(?:back|away|aside)|\bback(?:ed|ing|s)?\s+out|\bgive\s+up\b"
               r"|\bend\s+(?:its|their|his|our)\s+(?:mediation|involvement|efforts|role)|\bmove\s+on\b"),
    ("agreement", r"\bagree(?:d|s|ing)?\b|\breach(?:ed|es|ing)?\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:deal|agreement"
                  r"|accord|truce|ceasefire|understanding|settlement|consensus)|\bstr(?:uck|ike)\s+(?:a|an)\s+(?:\w+\s+)?"
                  r"(?:deal|agreement)|\bsign(?:ed|s|ing)?\b|\bseal(?:ed|s)?\b|\bclinch\w*|\bfinali[sz]ed\b"),
    ("acceptance", r"\baccept(?:s|ed|ing|ance)?\b|\bendors\w*|\bwelcom\w*|\bembrac\w*|\b(?:ready|willing|prepared|open)"
                   r"\s+(?:for|to)\b(?!\s+(?:walk|pull|quit|withdraw|abandon|leave|exit|end|halt|step|give))"
                   r"|\bback(?:s|ed)?\s+(?:the|a|an)\b|\bsupport(?:s|ed)?\s+(?:the|a|an)\b|\bgreen\s+light\b"),
    ("proposal", r"\bpropos(?:e|ed|es|ing)\b|\boffer(?:ed|s|ing)?\b|\bfloat(?:ed|s|ing)?\b|\bput\s+forward\b"
                 r"|\bunveil\w*|\bpresent(?:ed|s)\b|\bsuggest(?:ed|s)\b|\bcall(?:ed|s|ing)\s+" + _ADVERB_IN_VERB + r"for\b"
                 r"|\b(?:push|press)(?:ed|es|ing)?\s+" + _ADVERB_IN_VERB + r"for\b|\burg(?:e|ed|es|ing)\b|\bpitch(?:ed|es)?\b|\binitiat(?:e|ed)\b"
                 r"|\b(?:declar|announc)(?:ed|es|e)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:truce|ceasefire|cease-fire"
                 r"|moratorium|pause)\b(?!\s+(?:talks|negotiations))|\binvit\w*"
                 r"|\border(?:s|ed)?\s+(?:[\w-]+\s+){0,4}?(?:stop|halt|cease|end|suspend)\b"),  # "I order ... to stop" declares a truce
]
_KIND_PATTERNS = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _KINDS}
# An act named under a negation did not happen: "without reaching a ceasefire agreement", "failed to agree".
# (A negated acceptance or agreement that is a refusal, "not ready to accept", is matched as a rejection first.)
_NEGATION_BEFORE = re.compile(
    r"(?:\bwithout|\bfail(?:ed|s|ing)?\s+to|\bno|\bnot|\bnever|n['’]t|\byet\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE)
_POSITIVE_KINDS = frozenset({"agreement", "acceptance", "proposal"})
# One alternation: the leftmost trigger wins, and at the same place the kind listed first.
_KIND = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _KINDS), re.IGNORECASE)
# (A quote opened with one kind of double mark and closed with the other, “…", ends at that mark.)
_QUOTE = re.compile(
    r"\u201c[^\u201c\u201d\"\n]*(?:[\u201d\"]|$)|\"[^\"\u201c\u201d\n]*(?:[\"\u201d]|$)"
    r"|(?<!\w)\u2018(?:[^\u2018\u2019\n]|\u2019(?=\w))*(?:\u2019(?!\w)|$)",  # ‘single’ quotes; ’ inside words is an apostrophe
    re.MULTILINE,
)
_BACK_REFERENCE = re.compile(
    r"\s+(?:it|this|them|the\s+(?:offer|proposal|plan|idea|move|initiative|call|demand|announcement))\b", re.IGNORECASE
)
_MAIN_EVENT_SENTENCES = 8
# "The delegations agreed … at a meeting in Istanbul on June 2" in the lead of a June 2 report: the event the lead
# names is the news when it is that recent.
_LEAD_SENTENCES, _NEWS_DAY_REACH = 2, timedelta(days=1)
_MAIN_EVENT_WINDOW = timedelta(days=14)
_WEEKS_AGO = re.compile(r"\b(?:weeks?|months?)\s+ago\b", re.IGNORECASE)
_PRONOUN_REACH = 6
_GAP_WORDS = 8


@dataclass
class _Dated:
    value: str  # "YYYY-MM-DD" or "YYYY-MM"
    precision: str
    basis: str
    year_named: bool = True  # False when the text gave no year ("on March 11", "in August")

    @classmethod
    def of(cls, ref: DateRef) -> "_Dated":
        return cls(ref.iso, ref.precision, ref.basis, ref.year_named)

    @property
    def first(self) -> date:
        return date.fromisoformat(self.value if self.precision == "day" else self.value + "-01")

    @property
    def last(self) -> date:
        if self.precision == "day":
            return self.first
        return _add_month(self.first) - timedelta(days=1)


def _add_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


# A date right after the meeting it names ("talks in Istanbul on May 15") dates that meeting, not
# the statement, unless the statement was made at it ("agreed at the talks on May 16"); so does a date after a
# reduced relative clause ("a moratorium agreed in March"), see _REDUCED_RELATIVE.
_TOPIC_NAMED = (
    r"(?<!\bat\s)(?<!\bduring\s)(?<!\bafter\s)(?<!\bat\sthe\s)(?<!\bduring\sthe\s)(?<!\bafter\sthe\s)"
    r"\b(?:[Tt]alks|[Nn]egotiations|[Dd]iscussions|[Cc]onsultations|[Mm]eeting|[Ss]ummit|[Rr]ound|[Vv]isit|[Ss]ession)"
    # ("a meeting with Vladimir Putin in Istanbul on 15 May": a party and a place)
    r"(?:\s+(?:in|at|with|between)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,2}){0,2}"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;,!?]|$)")
# the verb whose object the talks are: holding them is the act ("held talks in Riyadh on Tuesday")
_HOLDS_IT = re.compile(r"\b(?:hold|holds|held|holding|conclude[sd]?|concluding|open(?:ed|s)?|beg[ia]n|end(?:ed|s)|"
                       r"wrap(?:ped|s)?\s+up|host(?:ed|s)?|resume[sd]?|convene[sd]?)\s+(?:[\w-]+\s+){0,3}$",
                       re.IGNORECASE)
_TOPIC_BEFORE_DATE = re.compile(_TOPIC_NAMED + r"\s+(?:on|for|starting|set\s+for|scheduled\s+for)\s+$")
# "… the third round of Russia-Ukraine talks in Istanbul" + "in July": a month with its own "in" dates the talks too
_TOPIC_BEFORE_MONTH = re.compile(_TOPIC_NAMED + r"\s+$")
_HALF_YEAR = timedelta(days=183)


@dataclass(frozen=True)
class DateRule:
    """When a statement can have been made. Every date a statement takes passes it; one that fails gives way to the
    next candidate, in the end to the article's context (its main event or its publication date).

    - never after the publication;
    - when the text names no year, within six months before the publication;
    - not the date of the event the statement is about (talks proposed "on May 15", a truce to come, a moratorium
      agreed in March);
    - a date carried over from the sentence before lies in the article's news window (the fortnight before
      publication), unless the same speaker carries on ("He added ...", a quote running on).
    """

    published: date | None

    def admits(self, ref: DateRef, before: str, after: str = "", verb_at: int | None = None) -> bool:
        """`before`, `after`: the sentence up to the date and from its end; `verb_at`: where in `before` the
        statement's own verb starts, when known."""
        return self.in_range(_Dated.of(ref)) and not _names_its_event(before, after, verb_at, ref.text) \
            and not _AHEAD.match(ref.text) and not _names_the_topic(before, after, verb_at) \
            and not (ref.precision == "month" and ref.text.startswith("in ")
                     and _TOPIC_BEFORE_MONTH.search(before[-80:]))

    def in_range(self, dated: _Dated) -> bool:
        if self.published is None:
            return True
        if dated.first > self.published:
            return False
        return dated.year_named or dated.last >= self.published - _HALF_YEAR

    def admits_carried(self, dated: _Dated, same_speaker: bool) -> bool:
        if not self.in_range(dated):
            return False
        return same_speaker or self.published is None or dated.last >= self.published - _MAIN_EVENT_WINDOW


# "… said continued Russian attacks during Sunday's ceasefire showed …": a day's possessive names the event the
# statement is about, not when it was made
_POSSESSIVE_DAY = re.compile(r"['’]s\s+(?!own\b)[a-z]")


def _names_the_topic(before: str, after: str, verb_at: int | None) -> bool:
    """A day's possessive after the statement's verb ("said … during Sunday's ceasefire showed …"); before it, the
    occasion of the act dates it ("During Tuesday's conversation, Trump urged …")."""
    return bool(_POSSESSIVE_DAY.match(after)) and not _FRONTED_OCCASION.match(before) \
        and verb_at is not None and verb_at < len(before)


# "The next week will be very challenging, Zelenskyy said": a week to come is what is said, never when.
_AHEAD = re.compile(r"(?:the\s+)?(?:next|coming|upcoming)\s+(?:week|month|weekend)|tomorrow", re.IGNORECASE)


def _names_its_event(before: str, after: str = "", verb_at: int | None = None, date_text: str = "") -> bool:
    """Whether the day after `before` dates the event the sentence is about rather than its act; `date_text` is
    the day's own words, whose "on" ("talks on Monday") belongs to the phrase before."""
    if _SPEECH_RELEASED.search(before[-100:]):
        return False  # "in a statement to state media aired Thursday": the date of the saying itself
    if _FRONTED_OCCASION.match(before):
        return False  # "At the negotiations on May 16, the delegations agreed …": the occasion dates the act
    reduced = _REDUCED_RELATIVE.search(before, max(0, len(before) - 70))
    if reduced and verb_at is not None and reduced.start("participle") == verb_at:
        reduced = None
    aside = _PARTICIPLE_ASIDE.search(before[-100:])
    if aside and (SPEECH_VERB.fullmatch(aside.group("participle")) or aside.group("participle") == "asked"):
        aside = None
    if aside and _GOES_ON.match(after) and not _ASIDE_CLOSES.match(after):
        aside = None  # "Putin, under pressure from …, proposed on Monday bilateral talks": the comma closed the
        # subject's aside; the verb after it is the main one, and no comma closes an aside after the date
    relative = _RESTRICTIVE_RELATIVE.search(before[-100:])
    if relative and SPEECH_VERB.fullmatch(relative.group("noun")):
        relative = None
    since = _SINCE_CLAUSE.search(before, max(0, len(before) - 100))
    if since and verb_at is not None and since.start() < verb_at:
        since = None  # "The first talks between them since early in the war took place on May 16": the phrase
        # ends in the subject, before the verb the day belongs to
    # ("… withdrawal from the peace talks on Friday.": a day that closes the clause dates its verb)
    on_topic = date_text[:3].lower() == "on " and not _CLAUSE_ENDS.match(after)
    topic_before = (before + date_text[:3] if on_topic else before)[-80:]
    topic = _TOPIC_BEFORE_DATE.search(topic_before)
    if topic and _HOLDS_IT.search(topic_before[:topic.start()]):
        topic = None  # "Trump and Putin concluded their summit in Alaska on Friday": the day of the act itself
    return bool(topic or reduced or aside or relative
                or _WAR_BEGAN.search(before[-80:])
                or _PERIOD_BOUNDARY.search(before[-80:])
                or since or _RELATIVE_ASIDE.search(before[-100:])
                or _PERFECT_PARTICIPLE.search(before[-80:])
                or (_PLANNED.search(before[-80:]) and not _SUBJECT_ENDS.match(after)))


# "a 30-day halt that began on 18 March": the day bounds a period the sentence describes; nobody acted on it
# (not "talks that began late Tuesday": talks are an act)
_PERIOD_BOUNDARY = re.compile(r"\b(?:period|truce|ceasefire|cease-fire|moratorium|pause|halt|days|hours|weeks)\b"
                              r"[^,;.]{0,30}?\b(?:that|which)\s+(?:began|begins|started|starts|took\s+effect|"
                              r"takes\s+effect|expired|expires|ends|runs|will\s+end|would\s+end)\s+(?:on\s+|from\s+)?$")
_FRONTED_OCCASION = re.compile(r"^\W*(?:At|During|Following|On the sidelines of)\s[^,;:“”\"]{0,80}$")
_SPEECH_RELEASED = re.compile(
    r"\b(?:statement|interview|remarks|comments|address|post|video|message|speech|briefing|broadcast)"
    r"(?:\s+(?:to|with|on|for)\s+[^,.;:“”\"]{1,40}?)?\s+(?:aired|released|published|posted|issued|broadcast|given|"
    r"delivered|televised)(?:\s+by\s+[^,.;:“”\"]{1,40}?)?\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
# ("an interview published by Politico on Friday": the one who published it comes before the day)
# "Zelensky, who visited Washington on Monday, claimed …": a date inside a relative clause set off by a comma dates
# what that clause tells, not the statement.
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;:.()“”\"]{0,90}$")
# "the four regions that Russia annexed in September 2022": a relative clause with its own subject and past verb dates
# that clause's act (not "declared that Russia agreed in March": "that" after a verb of saying opens what was said)
# ("talks that had stalled last month": with no subject of its own, an auxiliary shows the clause is the noun's)
_RESTRICTIVE_RELATIVE = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:that|which)\s+(?:(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+|it\s+"
                                   r"|they\s+)(?:had\s+|has\s+)?|(?:had|has|have|was|were)\s+(?:been\s+)?)[a-z]+ed\b"
                                   r"[^,;:.()“”\"]{0,40}$")
# "… on the Russia-Ukraine conflict that started in February 2022": the war's start, which the statement only names
# (not "talks that began late Tuesday", the news itself)
_WAR_BEGAN = re.compile(r"\b(?:war|conflict|invasion|fighting|hostilities|offensive|aggression)\s+(?:that|which)\s+"
                        r"(?:started|began|erupted|broke\s+out)\s+(?:in|on)?\s*$")
# "Zelensky, embroiled in a public row with Trump last month, touched down in Jeddah", "The plan, unveiled on Tuesday,
# …": a past participle's aside dates its own event (not a verb of saying: "…, added Peskov on Monday").
_PARTICIPLE_ASIDE = re.compile(r",\s*(?P<participle>[a-z]+(?:ed|en))\b[^,;:.()“”\"]{0,90}$")
_GOES_ON = re.compile(r"\s*[A-Za-z]")
_ASIDE_CLOSES = re.compile(r"[^,;:.()“”\"]{0,25},")


@dataclass
class _Subject:
    """Who acts in a sentence: canonical names, whether they speak for a state, where their verb is."""

    actors: list[str]
    official: bool
    person: bool
    verb_at: int  # offset in the article text
    how: str  # mention | pronoun | continued | group
    date: _Dated | None = None
    content_at: int | None = None  # where what they said begins, when it comes before the verb ("..., Peskov said")
    reported: tuple[int, int] | None = None  # the words the text reports as theirs, when the sentence reports them


@dataclass
class _Candidate:
    """Something that can be a subject: a mention, "he"/"she", "both sides", "Russian officials"."""

    start: int  # offsets in the article text
    end: int
    kind: str  # mention | pronoun | group | demonym | state (a country the registry lacks)
    actor: str | None = None
    person: bool = False


@dataclass
class _Quotes:
    """The article's quoted spans, sorted and disjoint, with fast overlap look-ups."""

    spans: list[tuple[int, int]]

    def __post_init__(self):
        self.ends = [b for _, b in self.spans]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        found = []
        for a, b in self.spans[bisect_left(self.ends, start + 1):]:
            if a >= end:
                break
            found.append((a, b))
        return found

    def inside(self, pos: int) -> bool:
        return any(a < pos < b for a, b in self.overlapping(pos, pos + 1))

    def masked(self, sentence) -> str:
        """The sentence with quoted words blanked to NUL, so only the narration is searched for subjects."""
        chars = list(sentence.text)
        for start, end in self.overlapping(sentence.start, sentence.end):
            for pos in range(max(start, sentence.start), min(end, sentence.end)):
                chars[pos - sentence.start] = "\x00"
        return "".join(chars)


@dataclass
class _Article:
    """What every step reads: the text, its sentences, quotes, mentions, and the subjects found so far."""

    text: str
    sentences: list
    quotes: _Quotes
    registry: object
    mentions: list[Mention]
    subjects: list[_Subject | None] = field(default_factory=list)
    at_war: bool = True  # whether the article speaks of a war at all (`_at_war`)
    officials: frozenset[str] = frozenset()  # people outside the registry whom the text describes as officials

    def __post_init__(self):
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def mentions_in(self, sentence) -> list[Mention]:
        found = self.mentions[bisect_left(self._starts, sentence.start):bisect_left(self._starts, sentence.end)]
        return [m for m in found if m.end <= sentence.end]


def find_statements(text, sentences, registry, mentions: list[Mention], dated: list[DateRef], published,
                    said: list[Quote] = (), officials: frozenset[str] = frozenset()) -> list[Statement]:
    """One statement per sentence where an official actor acts on a ceasefire, deal or the talks and a date is known.
    `said` are the article's attributed quotes: a sentence that reports what someone said is their statement;
    `officials` the people outside the registry whom the text describes as officials."""
    quotes = _Quotes(_merged([(m.start(), m.end()) for m in _QUOTE.finditer(text)]))
    main = _main_event(dated, sentences, quotes, published, _voices(said, mentions, sentences, quotes, registry))
    rule = DateRule(published)
    sentences = _reader_sentences(text, sentences)
    article = _Article(text, sentences, quotes, registry, list(mentions), at_war=_at_war(text, registry, mentions),
                       officials=officials)
    found = []
    other_deal = False
    floor: _Subject | None = None  # who a transcript's label gives the paragraphs under it to
    for index, sentence in enumerate(sentences):
        labelled = _labelled(article, sentence)
        if index == 0 or sentences[index - 1].paragraph != sentence.paragraph:
            floor = labelled or (floor if not _LABEL.match(sentence.text) else None)
        subject = _spoken(said, sentence, _subject(article, index))
        label = labelled if _NAME_LABEL.match(sentence.text) else None
        if subject is not None and label is not None and subject.actors != label.actors:
            # "Kellogg: US seeks Russian 'terms sheet' …", "Zelenskyy: Russia has not provided …": the label names
            # who says it; the clause after it is what they say
            subject = replace(subject, actors=label.actors, official=label.official, person=True, how="label")
        if subject is None and floor is not None and _FIRST_PERSON.search(article.quotes.masked(sentence)):
            # 'Aide to the President Yury Ushakov: … we had an opportunity for … a durable peaceful settlement'
            subject = replace(floor, verb_at=sentence.start, how="label")
        if subject is not None:
            subject.date = _date_for(article, index, subject, dated, main, rule)
        article.subjects.append(subject)
        previous_other_deal = other_deal and index > 0 and sentences[index - 1].paragraph == sentence.paragraph
        other_deal = _names_other_deal(sentence.text)
        if not (subject and subject.official and subject.date):
            continue
        on_topic = _about_peace(sentence.text, previous_other_deal, article.at_war)
        if not on_topic and (index == 0 or not _about_peace(sentences[index - 1].text, False, article.at_war)):
            continue
        kind = _kind(text, sentence, subject, quotes)
        # a meeting that its sentence does not date ("Witkoff met Putin again for talks") is news to some annotators
        # and background to others: the model weighs it
        contact = kind == "statement" and _is_contact(text, subject)
        if on_topic or _acts_on_previous(article, index, subject, kind):
            subject = _with_partners(article, sentence, subject)
            dateline = DATELINE.match(sentence.text)
            start = sentence.start + (dateline.end() if dateline else 0)
            found.append((index, subject, contact, Statement(
                date=subject.date.value, date_precision=subject.date.precision, date_basis=subject.date.basis,
                actor="; ".join(subject.actors), kind=kind, text=text[start:sentence.end], start=start, end=sentence.end,
            )))
    return statement_model.judged([
        statement_model.Evidence(_dated_by_the_quote_after(article, index, subject, statement, main), subject.how,
                                 subject.person, statement.start / max(len(text), 1), not n, contact)
        for n, (index, subject, contact, statement) in enumerate(found)])


def _dated_by_the_quote_after(article: _Article, index: int, subject: _Subject, statement: Statement,
                              main: _Dated | None) -> Statement:
    """A report's summary dated only by the article's news day takes the day of the speaker's own quote right after
    it: 'Rubio said the talks were "productive" … "We need to figure out …," Rubio said … early Friday morning.'
    News writing gives the gist first and the quote, with its day, next."""
    if main is None or subject.date is not main:
        return statement
    for after in range(index + 1, min(index + 3, len(article.subjects))):
        if article.sentences[after].paragraph - article.sentences[index].paragraph > 1:
            break
        following = article.subjects[after]
        if following is None:
            continue
        dated = following.date
        if following.actors == subject.actors and dated is not None and dated.basis != "context" \
                and dated.precision == "day" and dated.value != main.value \
                and article.quotes.overlapping(article.sentences[after].start, article.sentences[after].end):
            return replace(statement, date=dated.value, date_precision="day", date_basis="context")
        break
    return statement


_LABEL = re.compile(r"\W*[A-Z][^:.!?“”\"\n]{1,80}:\s")
# A label that is only a name with its title ("Kellogg: ", "Aide to the President Yury Ushakov: "), not a clause
# ("Russia agrees with Trump's assessment: ")
_NAME_LABEL = re.compile(r"\W*[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|to|the|of|for))*:\s")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I|[Oo]ur|[Uu]s)\b")


def _labelled(article: _Article, sentence) -> _Subject | None:
    """A paragraph opening with a speaker's label ("Aide to the President Yury Ushakov: …", kremlin.ru's transcript
    layout): the registry person the label names, who holds the floor until the next label."""
    label = _LABEL.match(sentence.text)
    if label is None:
        return None
    named = [m for m in article.mentions_in(sentence) if m.end <= sentence.start + label.end() and m.kind == "person"]
    actor = article.registry.get(named[-1].actor) if named else None
    if actor is None:
        return None
    return _Subject([actor.name], actor.role == "official", True, sentence.start, "label")


def _spoken(said: list[Quote], sentence, subject: _Subject | None) -> _Subject | None:
    """The speaker the quote finder gave the words that fill most of the sentence, in place of the sentence's
    grammatical subject: one attribution for quotes and statements ("the minister reaffirmed" is Fidan)."""
    length = len(sentence.text.strip())
    share: dict[str, int] = {}  # (a speaker's report and partial quote in one sentence fill it together)
    for q in said:
        if q.speaker:
            share[q.speaker] = share.get(q.speaker, 0) + max(0, min(q.end, sentence.end) - max(q.start, sentence.start))
    reported = [q for q in said if q.speaker and min(q.end, sentence.end) > max(q.start, sentence.start)
                and share[q.speaker] >= _SPOKEN_SHARE * length]
    # 'Putin told Trump that …, Kremlin aide Yuri Ushakov told reporters': the report that opens the sentence is
    # relayed by the attribution after it; the statement is the relayed speaker's
    relayed = [q for o in reported for q in said if q.speaker and o is not q and o.kind == "indirect"
               and o.start <= sentence.start + 1 and o.start < q.start and q.end <= o.end]
    if relayed:
        reported = relayed
    # 'Lavrov said the president “repeatedly said that …”': a report nested in another's quote is part of what
    # the quote's speaker says now; the statement is theirs
    reported = [q for q in reported if not any(o.start <= q.start and q.end <= o.end and (o.start, o.end) !=
                                               (q.start, q.end) for o in reported)]
    if not reported:
        return subject
    speakers = list(dict.fromkeys(q.speaker for q in reported))
    official = all(q.speaker_role == "official" for q in reported)
    words = [q for q in reported if q.kind == "indirect"]
    span = (min(q.start for q in words), max(q.end for q in words)) if words else None
    if subject is not None and subject.actors == speakers:
        return replace(subject, reported=subject.reported or span)
    if subject is None:
        return _Subject(speakers, official, True, sentence.start, "quote", reported=span)
    if subject.official and not official:
        return subject  # "The Kremlin on Friday urged Zelensky …, AFP reported": the outlet carries the act; the
        # official subject did it
    return replace(subject, actors=speakers, official=official, person=True, reported=span)


def _is_contact(text: str, subject: _Subject) -> bool:
    """The act is a meeting, call or trip: its verb group ("met", "is set to hold", "has begun a meeting with")."""
    group = _VERB_GROUP.match(text, subject.verb_at)
    contact = _CONTACT.search(group.group()) if group else None
    return bool(contact) and not SPEECH_VERB.search(group.group(), 0, contact.start())  # "told reporters that …
    # negotiators arrived": the act is the telling


def _with_partners(article: _Article, sentence, subject: _Subject) -> _Subject:
    """Talks are the act of everyone in them: "Putin met Trump's envoy Steve Witkoff and son-in-law Jared Kushner in
    the Kremlin", "US officials met with a Russian delegation in Riyadh" have the parties met as actors too (not an
    owner named on the way, "Trump's")."""
    verb = _MET_WITH.match(article.text, subject.verb_at, sentence.end)
    if verb is None:
        return subject
    boundary = _PARTY_ENDS.search(article.text, verb.end(), sentence.end)
    end = boundary.start() if boundary else sentence.end
    outside = article.quotes.masked(sentence)
    clause = _Clause(outside, sentence.start, _candidates(article, sentence, outside), 0)
    parties = [c for c in clause.candidates if verb.end() <= c.start < end and c.kind in _NAMED
               and not owns_person(article.text, c.end) and not article.text.startswith(("’s", "'s"), c.end)]
    people = [c for c in parties if c.person]
    actors = list(subject.actors)
    for cand in people or parties[-1:]:
        actors += [n for n in _actor_of(article, clause, cand)[0] if n not in actors]
    return replace(subject, actors=actors) if len(actors) > len(subject.actors) else subject


# A meeting's verb and the word before its other party: "met", "met with", "held talks with", "spoke by phone with".
_MET_WITH = re.compile(r"(?:met|meets|(?:held|holds|had|(?:has|have)\s+held)\s+(?:[\w“”\"’']+\s+){0,3}?"
                       r"(?:talks|meeting|call|conversation)|spoke|speaks|talked|(?:is|was|were|are)\s+meeting"
                       r"|discuss(?:ed|es)?\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:plan|proposal|"
                       r"deal|framework|ceasefire|truce|draft|document|terms))\b"
                       r"(?:\s+(?:again|separately|\w+day|by\s+(?:tele)?phone|late|early|on)){0,3}"
                       r"(?:\s+with\b|(?<=met)(?=\s)|(?<=meets)(?=\s)|(?<=meeting)(?=\s))"
                       # "Trump welcomes Zelenskyy", "Putin receives US officials": the one received is in the
                       # talks too
                       r"|(?:welcome[sd]?|welcoming|host(?:s|ed|ing)?|receive[sd]?|receiving|greet(?:s|ed|ing)?)\b"
                       r"(?=\s+(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE)
# Where the party met ends: a comma, a place or time, a purpose, or the next verb.
_PARTY_ENDS = re.compile(r"[,;:()\x00]|(?<![A-Z])\.|\s(?:in|at|on|to|for|during|after|before|as|where|which|who|amid|"
                         r"over|about|"
                         r"last|this|earlier|later|and\s+(?:said|announced|agreed|told|discussed|will|would|[a-z]+ed)|"
                         r"since|from|until|via)\b")


def _reader_sentences(text: str, sentences: list) -> list:
    """The sentences a reader (and the gold) counts where the splitter kept a quoted passage whole: '… said Russia
    "supports the idea." "We are for a truce," he added.' is two, and so is '“Putin will listen to it. The
    conversation on … the settlement will continue.”'. A lead in the writer's words that does not name the topic
    runs on to the quoted sentence that does ("Trump echoed the warning: “You’re being foolish. … And we’ll walk
    away.”" is one statement)."""
    result = []
    for sentence in sentences:
        start = sentence.start
        for cut in inner_starts(text, sentence.start, sentence.end):
            if start == sentence.start and text[start] not in _OPENING_MARKS and not _about_peace(text[start:cut]):
                continue  # the writer's lead ("Trump echoed the warning: “…") runs on to the words that name the topic
            end = cut
            while text[end - 1].isspace():
                end -= 1
            result.append(Sentence(text[start:end], start, end, sentence.paragraph))
            start = cut
        result.append(Sentence(text[start:sentence.end], start, sentence.end, sentence.paragraph))
    return result


def _names_other_deal(sentence: str) -> bool:
    return any(_DEAL_NOUN.match(m.group()) and _other_deal_at(sentence, m) for m in _PEACE.finditer(sentence))


def _other_deal_at(sentence: str, match: re.Match) -> bool:
    return bool(_OTHER_DEAL.search(sentence[max(0, match.start() - 40):match.start()])
                or _OTHER_DEAL_AFTER.match(sentence, match.end()))


def _acts_on_previous(article: _Article, index: int, subject: _Subject, kind: str) -> bool:
    """'Kyiv dismissed it as a "theatrical performance".': an act on the truce the previous sentence named."""
    if kind == "statement" or index == 0:
        return False
    sentence, previous = article.sentences[index], article.sentences[index - 1]
    region = article.text[max(subject.verb_at, sentence.start):sentence.end]
    if previous.paragraph != sentence.paragraph or not _about_peace(previous.text, False, article.at_war):
        return False
    trigger = _KIND_PATTERNS[kind].search(region)
    return bool(trigger) and bool(_BACK_REFERENCE.match(region, trigger.end()))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quote spans as disjoint sorted runs: a quote nested in another belongs to the outer one."""
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if result and start < result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def _at_war(text: str, registry, mentions: list[Mention]) -> bool:
    """Whether the article is about a war at all: a word of war or peace, or an actor of a registry topic."""
    if _WAR.search(text):
        return True
    parties = {actor for topic in registry.topics for actor in topic.actors}
    return any(m.actor in parties for m in mentions)


def _about_peace(sentence: str, after_other_deal: bool = False, at_war: bool = True) -> bool:
    """A ceasefire, truce, peace deal or talks word that is not another kind of deal (after 'a minerals agreement',
    'the deal' in the next sentence is that deal too); in an article that never speaks of war or peace, only a word
    of war or peace itself."""
    amounts = [m.span() for m in _AMOUNT.finditer(sentence)]
    for match in _PEACE.finditer(sentence):
        if not at_war and not _WAR.search(match.group()):
            continue
        if any(a <= match.start() < b for a, b in amounts):
            continue
        if _DEAL_NOUN.match(match.group()) and (
                _other_deal_at(sentence, match)
                or (after_other_deal and _DEFINITE.search(sentence[max(0, match.start() - 6):match.start()]))):
            continue
        return True
    return False


def _subject(article: _Article, index: int) -> _Subject | None:
    sentence = article.sentences[index]
    outside = article.quotes.masked(sentence)
    if not re.search(r"[A-Za-z]", outside):
        return _continued(article, index)
    clause = _Clause(outside, sentence.start, _candidates(article, sentence, outside), 0)
    document = _document_subject(article, clause) or _talks_subject(article, clause)
    if document is not None:
        return document
    according = _ACCORDING.search(outside)
    if according:
        # the source is the noun phrase after "according to", up to its comma: "According to the sources, Lavrov and
        # Rubio disagreed …" names no source, and its clause's own subject acts
        source_end = _SOURCE_ENDS.search(outside, according.end())
        source_end = source_end.start() if source_end else len(outside)
        after = [c for c in clause.candidates
                 if 0 <= c.start - sentence.start - according.end() < 25 and c.end - sentence.start <= source_end]
        if after:
            return _resolve(article, clause, after[:1], sentence.start + according.start())
    trailing = _trailing_attribution(article, clause)
    if trailing is not None:
        return trailing
    lead = _LEADING_CLAUSE.match(outside) or _EXPLETIVE_LEAD.match(outside)
    topic = _TOPIC_LABEL.match(outside) if lead is None else None
    if topic and not SPEECH_VERB.search(topic.group()):
        lead = topic  # "Ukraine-Russia talks: Peskov outlines Kremlin's position": the clause after the topic
    clause.floor = lead.end() if lead else 0
    verb = _first_verb(clause)
    subject = _subject_of(article, clause, verb) if verb else None
    if subject is None and not (verb and _ASKED_AFTER_BE.match(outside, verb.start)):
        subject = _opening_subject(article, clause)
    if verb and verb.word.lower() in CHANNEL_VERBS and not (subject and (subject.official or subject.person)):
        # "Turkish news agency Anadolu reported that the talks were preceded by …": the outlet carries the news;
        # the clause it reports names who acted
        clause.floor = _THAT_AFTER.match(outside, verb.end).end()
        inner = _first_verb(clause)
        reported = (_subject_of(article, clause, inner) if inner else None) or _opening_subject(article, clause)
        if reported is not None:
            return reported
    return subject if subject is not None or verb else _leading_noun_phrase(article, clause)


_THAT_AFTER = re.compile(r"\s*(?:that\s+)?")
_NAMED = ("mention", "demonym", "state")  # candidates that name an actor


_ISSUING = frozenset({"signed", "issued", "released", "published", "put"})


def _document_subject(article: _Article, clause: _Clause) -> _Subject | None:
    """'A joint statement issued Tuesday morning, signed by the leaders of Britain, France, Germany, Italy, Poland,
    and top EU officials, backed the American president's proposal': the authors the document names act through
    it, each an actor of the statement (as the quote finder gives each its words)."""
    head = DOCUMENT_HEAD.match(clause.outside)
    if head is None:
        return None
    verb = next((m for m in _WORD.finditer(clause.outside, head.end())
                 if m.group() in ACT_VERBS and m.group() not in _ISSUING and not _BE_BEFORE.search(
                     clause.outside[:m.start()])), None)
    if verb is None:
        return None
    first, last = clause.base + head.end(), clause.base + verb.start()
    named = [(c.start, c.actor) for c in clause.candidates if first <= c.start < last and c.actor
             and c.kind in _NAMED and not owns_person(article.text, c.end)]
    named += [(clause.base + s, name) for s, name in unlisted_states(clause.outside, head.end(), verb.start())
              if not any(n == clause.base + s for n, _ in named)]
    actors = list(dict.fromkeys(name for _, name in sorted(named)))
    if not actors:
        return None
    return _Subject(actors, True, False, last, "document")


# "The first direct talks between Ukraine and Russia since early in the war took place in Istanbul", "On Wednesday,
# the third round of negotiations between Russia and Ukraine …": talks that name their parties, as the sentence's
# subject; and what the talks then did.
_TALKS_HEAD = re.compile(r"\W*(?:(?:On|In|At|Earlier|Later|Meanwhile|However|Also)\b[^,;:\x00]{0,60},\s*"
                         r"(?:[^,;:\x00]{0,30},\s*)?)?(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w’'-]+\s+){0,6}?"
                         r"(?i:talks|negotiations|meetings?|consultations|summit)\s+(?:between|among|involving)\s+")
_TALKS_PREDICATE = re.compile(
    r"\b(?:(?:is|are|was|were|will\s+be|ha(?:ve|s|d)\s+been)\s+)?(?:took|take|takes|taking)\s+place\b"
    r"|\b(?:is|are|was|were|will\s+be|ha(?:ve|s|d)\s+been)\s+held\b"
    r"|\b(?:ha(?:ve|s|d)\s+)?(?:concluded|ended|began|begun|started|resumed|continued|lasted|opened|wrapped\s+up"
    r"|produced|yielded|failed|brought)\b"
    r"|\b(?:is|are|was|were)\s+(?:starting|beginning|underway|under\s+way|continuing|ongoing|expected)\b"
    r"|\bwill\s+(?:continue|resume|begin|start|be\s+held|take\s+place)\b"
    # a headline's present tense and bare state ("U.S.-Russia talks in Riyadh conclude", "… talks underway in Geneva")
    r"|(?<!to\s)\b(?:conclude|concludes|end|ends|begin|begins|start|starts|resume|resumes|open|opens|underway)\b",
    re.IGNORECASE)
# Talks whose parties are joined before them: "U.S.-Russia talks", "the US-Ukraine peace talks", "Russia–Ukraine
# negotiations"
_PAIRED_TALKS = re.compile(r"\W*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z]+\s+)?(?P<pair>[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+)\s+"
                           r"(?:[a-z]+\s+){0,2}?(?i:talks|negotiations|meetings?|consultations|summit)\b")


def _talks_subject(article: _Article, clause: _Clause) -> _Subject | None:
    """Talks are the act of their parties: the actors named after "between" in a subject such as "Brief talks
    between Russia and Ukraine took place in Istanbul", or joined before it ("U.S.-Russia talks in Riyadh
    concluded"), each an actor of the statement."""
    head = _TALKS_HEAD.match(clause.outside)
    paired = _PAIRED_TALKS.match(clause.outside) if head is None else None
    if head is None and paired is None:
        return None
    talks_end = head.end() if head else paired.end()
    predicate = _TALKS_PREDICATE.search(clause.outside, talks_end, talks_end + 200)
    if predicate is None or re.search(r"[;:]", clause.outside[talks_end:predicate.start()]):
        return None
    if head:
        ends = _PARTY_ENDS.search(clause.outside, head.end(), predicate.start())
        first, end = head.end(), ends.start() if ends else predicate.start()
    else:
        first, end = paired.span("pair")
    parties = [c for c in clause.candidates if clause.base + first <= c.start < clause.base + end
               and c.kind in _NAMED and not owns_person(article.text, c.end)
               and not article.text.startswith(("’s", "'s"), c.end)]
    actors, person = [], False
    for cand in parties:
        names, _, is_person = _actor_of(article, clause, cand)
        actors += [n for n in names if n not in actors]
        person = person or is_person
    if len(actors) < 2:
        return None
    return _Subject(actors, True, person, clause.base + predicate.start(), "talks")


@dataclass(frozen=True)
class _Verb:
    start: int  # offsets in the sentence
    end: int
    word: str


def _first_verb(clause: _Clause) -> _Verb | None:
    """The main clause's first finite verb: a known verb, or any '-ed' word right after a candidate ('Trump lashed out')."""
    outside, base = clause.outside, clause.base
    verbs = []
    for cand in clause.candidates:
        ed = _ED_AFTER.match(outside, cand.end - base)
        if ed and cand.start - base >= clause.floor:
            verbs.append(_Verb(ed.start("verb"), ed.end("verb"), ed.group("verb")))
    known = (_Verb(m.start(), m.end(), m.group()) for m in _WORD.finditer(outside, clause.floor)
             if m.group().lower() in ACT_VERBS)
    asides = _asides(clause)
    headline = _is_headline(outside)
    for verb in heapq.merge(sorted(verbs, key=lambda v: v.start), known, key=lambda v: v.start):
        if verb.word.lower().endswith("ing") and not _BE_BEFORE.search(outside[:verb.start]):
            continue
        if _TO_BEFORE.search(outside, max(0, verb.start - 4), verb.start):
            continue  # "Trump began pressing Kyiv to accept a proposal": an infinitive is no finite verb
        if verb.word[0].isupper() and not headline:
            continue
        if any(c.start <= base + verb.start < c.end for c in clause.candidates):
            continue
        if any(a <= verb.start < b for a, b in asides):
            continue
        return verb
    return None


def _asides(clause: _Clause) -> list[tuple[int, int]]:
    """', who has long covered Russia,' and ', asked on Tuesday whether ...,' after a name: their verbs are not the main one."""
    spans = [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(clause.outside, clause.floor)]
    for cand in clause.candidates:
        aside = _ASIDE.match(clause.outside, cand.end - clause.base)
        if aside:
            spans.append((aside.start(), aside.end()))
    return spans


def _opening_line(clause: _Clause) -> bool:
    """The text's first line with no full stop: the headline, in sentence case too ("Zelenskyy, Trump express hope
    for trilateral talks"), where prose would never join two subjects with a bare comma."""
    line = clause.outside.strip()
    return clause.base == 0 and "\n" not in line and not line.endswith((".", "!", "?"))


def _is_headline(outside: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’'.-]*", outside)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


@dataclass
class _Clause:
    """A sentence's narration (quotes blanked), where it starts in the text, its candidates and where its main clause begins."""

    outside: str
    base: int
    candidates: list[_Candidate]
    floor: int  # offset in `outside` after a leading subordinate clause


def _candidates(article: _Article, sentence, outside: str) -> list[_Candidate]:
    base = sentence.start
    found = [_office_of(article, outside, base, m) or _Candidate(m.start, m.end, "mention", m.actor,
                                                                  _names_person(article.registry, m))
             for m in article.mentions_in(sentence) if outside[m.start - base] != "\x00"]
    for match in _PRONOUN.finditer(outside):
        found.append(_Candidate(base + match.start(), base + match.end(), "pronoun", person=True))
    if _THEY.search(outside) and _group_before(article):
        for match in _THEY.finditer(outside):
            found.append(_Candidate(base + match.start(), base + match.end(), "they", person=True))
    for match in _GROUP.finditer(outside):
        found.append(_Candidate(base + match.start(), base + match.end(), "group"))
    for match in _PAIR.finditer(outside):
        found.append(_Candidate(base + match.start(), base + match.end(), "pair", person=True))
    for match in _DEMONYM.finditer(outside):
        name = _state_of(article, match.group("demonym"))
        if name and not any(c.start <= base + match.start() < c.end for c in found):
            definite = not _INDEFINITE_BEFORE.search(outside, 0, match.start())
            holder = (_just_described(article, base + match.start(), name, match.group("noun").lower())
                      or article.registry.office_holder(f"{name}'s {outside[match.end('demonym'):match.end()].strip()}")) \
                if definite else None
            if holder is not None and holder.kind == "person":  # "the Russian leader": the registry's holder (not
                # "a top Russian diplomat", one of many)
                found.append(_Candidate(base + match.start(), base + match.end(), "mention", holder.name, True))
            else:
                found.append(_Candidate(base + match.start(), base + match.end(), "demonym", name))
                first = _DEMONYM_BEFORE.search(outside, 0, match.start())
                if first and _state_of(article, first.group("demonym")):
                    # "the Russian and Ukrainian delegations": each demonym names its own side
                    found.append(_Candidate(base + first.start(), base + first.end("demonym"), "demonym",
                                            _state_of(article, first.group("demonym"))))
    for start, name in unlisted_states(outside, 0, len(outside)):
        # "Moldova urged Russia …", "Qatar proposed …": a state the registry lacks still acts, as itself
        if not article.registry.get(name) and not any(c.start <= base + start < c.end for c in found):
            found.append(_Candidate(base + start, base + start + len(name), "state", name))
    found.sort(key=lambda c: c.start)
    return found


_JUST_BEFORE = 600  # characters: the sentences just before a description that points back


def _just_described(article: _Article, pos: int, state: str, noun: str):
    """'Russian Deputy Foreign Minister Sergei Ryabkov said …. The Russian diplomat also accused …': the person of
    that state the text named just before under a title the noun covers, rather than the office's usual holder."""
    kin = ROLE_KIN.get(noun)
    if kin is None:
        return None
    for mention in reversed(article.mentions[:bisect_left(article._starts, pos)]):
        if mention.start < pos - _JUST_BEFORE:
            return None
        actor = article.registry.get(mention.actor)
        if actor is None or actor.kind != "person" or actor.side != state:
            continue
        title = article.text[max(0, mention.start - 40):mention.start].lower()
        if any(role in title or role in actor.titles for role in kin):
            return actor
    return None


def _office_of(article: _Article, outside: str, base: int, mention: Mention) -> _Candidate | None:
    """A state named before one of its offices, with no name after it, is the office's holder, as the registry knows
    them: "US president suggests …" is Trump, "Ukraine's president" Zelensky (not when the office owns something:
    "Ukraine's president's office")."""
    actor = article.registry.get(mention.actor)
    if actor is None or actor.kind != "country":
        return None
    office = _OFFICE_AFTER.match(outside, mention.end - base)
    if office is None or outside.startswith(("’s", "'s"), office.end()) \
            or re.match(r"\s+[A-Z]", outside[office.end():office.end() + 2]):
        return None  # (before a name the office is that person's title: "U.S. President Donald Trump")
    holder = article.registry.office_holder(outside[mention.start - base:office.end()])
    if holder is None or holder.kind != "person":
        return None
    return _Candidate(mention.start, base + office.end(), "mention", holder.name, True)


# The office words after a state's name: "US president", "Ukraine's president", "US top diplomat", "U.S. Secretary of
# State"
_OFFICE_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?:[Tt]op|[Ff]oreign|[Dd]efen[cs]e|[Pp]rime|[Ss]ecretary|of|[Ss]tate|"
                           r"[Pp]resident|[Mm]inister|[Dd]iplomat|[Ll]eader|[Cc]hancellor"
                           r"|[Ss]pokes(?:man|woman|person))){1,4}\b")


def _state_of(article: _Article, demonym: str) -> str | None:
    """The state a nationality word names, if the registry has it or it is a state the registry lacks."""
    name = _DEMONYMS[demonym]
    return name if article.registry.get(name) or name in NATIONALITY_STATES.values() else None


def _is_state(registry, name: str) -> bool:
    actor = registry.get(name)
    return actor is not None and actor.kind == "country"


def _names_person(registry, mention: Mention) -> bool:
    actor = registry.get(mention.actor)
    return actor.kind == "person" if actor is not None else mention.kind == "person"


def _subject_of(article: _Article, clause: _Clause, verb: _Verb) -> _Subject | None:
    outside, base = clause.outside, clause.base
    asked = _ASKED_AFTER_BE.match(outside, verb.start)
    if asked and not SPEECH_VERB.search(outside, asked.end()):
        return None  # "Putin was asked whether Russia would accept a truce": a question put to him, not his act (but
        # "…, to which the Russian president replied that …" is his answer)
    verb_at = base + verb.start
    bracket = _BRACKET_BEFORE_VERB.search(outside, clause.floor, verb.start)
    stop = bracket.start() if bracket else verb.start  # "Petr Fiala (ODS) appreciated": the name before the bracket
    boundary = clause.floor
    for match in _BOUNDARY.finditer(outside, clause.floor, stop):
        boundary = match.end()
    listed = group_members(article.text, base + clause.floor, base + len(outside))
    members = [c for c in clause.candidates if listed and listed[0] <= c.start < listed[1] <= verb_at
               and c.kind == "mention" and c.person]
    if len(members) >= 2:
        # "European leaders, including Starmer, Macron, Merz and Tusk, visited Kyiv": the group the list names
        return _resolve(article, clause, members, verb_at)
    before = [c for c in clause.candidates if base + boundary <= c.start and c.end <= verb_at]
    if not before:
        apposed = _apposed(clause, verb.start)
        if apposed:
            return _resolve(article, clause, _coordinated(clause, apposed), verb_at)
        if re.search(r"\x00[\s,]*$", outside[:verb.start]):
            return _inverted(article, clause, verb)
        by = _PASSIVE_BY.match(outside, verb.end) if verb.word.lower() in _PASSIVE_AUXILIARIES else None
        after = [c for c in clause.candidates if by and c.start >= base + by.end()
                 and _TITLES_ONLY.fullmatch(outside, by.end(), c.start - base)][:1]  # ("by Turkish Foreign Minister
        # Hakan Fidan": the agent's titles before the name)
        return _resolve(article, clause, after, verb_at) if after else None
    nearest = before[-1]
    if len(outside[nearest.end - base:verb.start].split()) > _GAP_WORDS:
        return None
    group = _coordinated(clause, nearest)
    if _object_of_preposition(clause, group[0], boundary):
        return None
    return _resolve(article, clause, group, verb_at)


def _trailing_attribution(article: _Article, clause: _Clause) -> _Subject | None:
    """'Russia is not ready for a truce, Peskov told reporters.' and '..., said Peskov.': the speaker comes last."""
    match = _TRAILING.search(clause.outside)
    lead = _LEADING_CLAUSE.match(clause.outside)
    if match is None or lead and match.start() == lead.end() - 1:
        return None  # (the comma that closes "When Ghani announced the exchange last week," opens the main clause)
    name_start, name_end = match.span("np") if match.group("np") is not None else match.span("np2")
    inside = [c for c in clause.candidates
              if clause.base + name_start <= c.start and c.end <= clause.base + name_end and c.kind != "group"]
    if not inside or len(clause.outside[name_start:name_end].split()) > _GAP_WORDS \
            or _object_of_preposition(clause, inside[-1], name_start):
        return None
    if (match.group("verb") or match.group("verb2")).lower() in CHANNEL_VERBS and not inside[-1].person:
        return None  # "…, AFP reported.", "…, the Financial Times reported": an outlet carries the news; the clause
        # before it names who acted
    described = clause.outside[inside[-1].end - clause.base:name_end].split()
    if described and described[-1].lower() in OUTLET_NOUNS:
        return None  # "…, the US TV channel said": the state only describes the outlet
    verb_at = clause.base + match.start("verb" if match.group("verb") else "verb2")
    if match.group("verb") and _CLAUSE_AFTER_VERB.match(clause.outside, match.end("verb")):
        return None  # "…, and, after Trump told him to accept, Zelensky said he would …": his own clause follows
    subject = _resolve(article, clause, inside[-1:], verb_at)
    return replace(subject, content_at=clause.base, reported=(clause.base, verb_at)) if subject else None


def _coordinated(clause: _Clause, last: _Candidate) -> list[_Candidate]:
    """'Russia and Ukraine agreed', 'Rubio and Russian Foreign Minister Sergei Lavrov', 'Russia, Ukraine and the U.S.',
    'Starmer, France’s Macron and Germany’s Merz'."""
    group = [last]
    while True:
        head = group[0].start  # where the first member's phrase starts, its owner or title included
        earlier = [c for c in clause.candidates if clause.base + clause.floor <= c.start and c.end <= group[0].start]
        if earlier and group[0].person and _titles(clause.outside[earlier[-1].end - clause.base:
                                                                   group[0].start - clause.base]):
            earlier.pop()  # "Trump and Kremlin leader Vladimir Putin": "Kremlin" is part of Putin's title
        elif earlier and group[0].person and not earlier[-1].person \
                and _OWNER_BEFORE.fullmatch(clause.outside, earlier[-1].end - clause.base, head - clause.base):
            head = earlier.pop().start  # "Germany’s Friedrich Merz": the state owns the name
        link = _CONJUNCTION if len(group) == 1 else _LIST_LINK
        between = clause.outside[earlier[-1].end - clause.base:head - clause.base] if earlier else ""
        # (a headline joins two names with a comma: "Trump, Putin Agree Attacks on Energy … Should Stop")
        headline_pair = len(group) == 1 and between == ", " and earlier[-1].kind == group[0].kind == "mention" \
            and clause.outside[:earlier[-1].start - clause.base].strip() == "" \
            and (_is_headline(clause.outside) or _opening_line(clause))
        if not earlier or not (link.match(between) or headline_pair):
            return group
        group.insert(0, earlier[-1])


_OWNER_BEFORE = re.compile(r"['’]s\s+")


def _titles(between: str) -> bool:
    """One or two role words between a body and a person's name, or an owner's role ("Trump's special envoy Steve
    Witkoff"): the body or the owner is part of the person's title."""
    owned = _OWNERS_ROLE.fullmatch(between)
    if owned:
        return owned.group("role").lower() in ROLE_NOUNS_BEFORE
    words = between.split()
    return 0 < len(words) <= 2 and between[:1].isspace() and all(w.lower() in ROLE_NOUNS_BEFORE for w in words)


# ("the US President's special envoy": the owner's own title words before the possessive)
_OWNERS_ROLE = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}['’]s\s+(?:[a-z-]+\s+){0,3}?(?P<role>[a-z-]+)\s+")


def _apposed(clause: _Clause, verb_start: int) -> _Candidate | None:
    """'Andrew Roth, a foreign affairs analyst ..., said' -> the name before the aside;
    'the prime minister, Keir Starmer, told' and 'Trump's envoy for Ukraine, Keith Kellogg, told' -> the person inside."""
    head = clause.outside[clause.floor:verb_start]
    closing = re.search(r",\s*(?:\w+ly\s+)?$", head)
    opening = head.rfind(",", 0, closing.start()) if closing else -1
    if opening < 0:
        return None
    start = clause.base + clause.floor
    if _LIST_END.match(head, opening):  # "including Germany, Italy, and Poland, have pledged": the list's last name,
        # which the caller joins to the rest
        return next((c for c in reversed(clause.candidates) if c.end <= start + closing.start()), None)
    ends_at = start + len(head[:opening].rstrip())
    named = next((c for c in clause.candidates if c.end == ends_at), None)
    people = [c for c in clause.candidates
              if start + opening < c.start and c.end <= start + closing.start() and c.person]
    if named is not None and (named.person or not people) \
            and not (people and _object_of_preposition(clause, named, clause.floor)):
        return named
    return people[-1] if people else None


def _inverted(article: _Article, clause: _Clause, verb: _Verb) -> _Subject | None:
    """'"...," said Mark N. Katz, a Russia expert': the speaker follows the verb, up to the next comma."""
    stop = _NAME_STOP.search(clause.outside, verb.end)
    end = clause.base + (stop.start() if stop else len(clause.outside))
    after = [c for c in clause.candidates if clause.base + verb.end <= c.start and c.end <= end]
    return _resolve(article, clause, after[-1:], clause.base + verb.start) if after else None


def _object_of_preposition(clause: _Clause, first: _Candidate, boundary: int) -> bool:
    """'Analysts in Washington said': the mention hangs off another noun, which is the real subject."""
    match = _PREPOSITION_BEFORE.search(clause.outside[boundary:first.start - clause.base])
    return bool(match) and not _OFFICIAL_NOUN.fullmatch(match.group("head"))


def _opening_subject(article: _Article, clause: _Clause) -> _Subject | None:
    """The commonest clause of news writing: it opens with its subject, and the subject's finite verb follows after
    at most an aside, a bracket, an adverb or a time ("Putin made the surprise announcement …", "Donald Trump on
    Wednesday, April 23, 2025, accused …", "Trump, in a social media post on Thursday, again called for …",
    "Emmanuel Macron, the French president, also backed …"). It reads the clause's shape, not which verb it is."""
    lead = _OPENING_THE.match(clause.outside, clause.floor).end()
    run = [c for c in clause.candidates if c.start >= clause.base + lead]
    if not run or run[0].start != clause.base + lead or run[0].kind == "pronoun":
        return None
    ends = [0]
    while len(ends) < len(run) and _JOINS_SUBJECT.fullmatch(
            clause.outside[run[ends[-1]].end - clause.base:run[len(ends)].start - clause.base]):
        ends.append(len(ends))  # "U.S. President Donald Trump", "Russia and Ukraine", "Britain, France and Germany"
    for last in reversed(ends):  # (the longest subject whose verb follows: "Macron, the French president, backed")
        verb = _VERB_AFTER_SUBJECT.match(clause.outside, run[last].end - clause.base)
        if verb is not None and _finite(verb.group("verb"), verb.group("aux")):
            break
    else:
        return None
    if _ASKED_AFTER_BE.match(clause.outside, verb.start("verb") if not verb.group("aux") else verb.start("aux")):
        return None
    inside = [c for c in clause.candidates if run[last].end <= c.start < clause.base + verb.start("verb")]
    if any(c.kind == "mention" and c.person for c in inside) and not run[last].person:
        return None  # "the Kremlin, Peskov said, …": a person inside the aside is another speaker, not an apposition
    return _resolve(article, clause, _coordinated(clause, run[last]), clause.base + verb.start("verb"))


def _finite(word: str, aux: str | None) -> bool:
    return bool(aux) or word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4) \
        or (word in ACT_VERBS and word.endswith("s"))


_OPENING_THE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
_JOINS_SUBJECT = re.compile(r"\s+(?:[A-Z][a-z]+\.?\s+){1,3}|\s*,?\s+and\s+(?:the\s+)?|,\s+(?:the\s+)?|['’]s\s+")
_SUBJECT_TIME = (r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                 r"(?:,?\s+\w+\s+\d{1,2}(?:,\s+\d{4})?)?"
                 r"|(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend)|today|yesterday"
                 r"|tonight|(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?")
_VERB_AFTER_SUBJECT = re.compile(
    r"(?:\s*\([^()\x00]{1,40}\))?"  # a party or an age in brackets
    r"(?:\s*,\s*(?:" + _SUBJECT_TIME + r"|[^,;:\x00]{1,70}?)\s*,"
    r"|\s+[\u2014\u2013]\s[^\u2014\u2013\x00]{1,70}\s[\u2014\u2013])?"  # an aside between commas or dashes
    r"(?:\s+(?:" + _SUBJECT_TIME + r"|[a-z]+ly|later|also|then|again|both|all|still|now|once|twice|already"
    r"|jointly),?)*"
    r"\s+(?:(?P<aux>has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|do)"
    r"(?:\s+(?:not|also|already|now|since|again|[a-z]+ly))*\s+)?(?P<verb>[a-z]+)\b(?!\s+by\b)")


def _leading_noun_phrase(article: _Article, clause: _Clause) -> _Subject | None:
    """No verb we know: a clause that opens with an actor ('Russia on Friday ...') still names its subject."""
    lead = _OPENING_THE.match(clause.outside, clause.floor).end()
    first = next((c for c in clause.candidates if c.start == clause.base + lead), None)
    if first is None or first.kind == "pronoun":
        return None
    # ("Russia and Ukraine Conclude Third Round of Talks": each one joined to it)
    last = [c for c in clause.candidates if c.start >= first.start and _coordinated(clause, c)[0] is first][-1]
    return _resolve(article, clause, _coordinated(clause, last), last.end)


def _resolve(article: _Article, clause: _Clause, group: list[_Candidate], verb_at: int) -> _Subject | None:
    """Turn the chosen candidates into a subject with canonical names and the speaker's standing."""
    actors, official, person, how = [], True, False, "mention"
    for cand in group:
        if cand.kind == "pronoun":
            fronted = _fronted_subject(clause)
            if fronted is not None:  # "When Ghani announced the exchange last week, he said …"
                names, is_official, is_person = _actor_of(article, clause, fronted)
                how = "pronoun"
            else:
                previous = _previous_person(article)
                if previous is None:
                    return None
                names, is_official, is_person, how = previous.actors, previous.official, True, "pronoun"
        elif cand.kind == "they":
            names, is_official, is_person, how = _group_before(article), True, True, "pronoun"
            if names and all(_is_state(article.registry, name) for name in names):
                is_person, how = False, "group of states"
        elif cand.kind == "group":
            names = _parties_before(article, people=False) or _sides(article.registry, article.mentions)
            is_official, is_person, how = True, False, "group"
            if len(names) < 2:
                return None
        elif cand.kind == "pair":
            titles = _PAIR_TITLES.get(article.text[cand.start:cand.end].split()[-1].lower())
            names, is_official, is_person, how = _parties_before(article, titles, people=True), True, True, "group"
            if len(names) < 2:
                return None
        else:
            names, is_official, is_person = _actor_of(article, clause, cand)
        actors += [n for n in names if n not in actors]
        official = official and is_official
        person = person or is_person
    return _Subject(actors, official, person, verb_at, how)


def _actor_of(article: _Article, clause: _Clause, cand: _Candidate) -> tuple[list[str], bool, bool]:
    if cand.kind in ("demonym", "state"):
        return [cand.actor], True, False
    registry = article.registry
    actor = registry.get(cand.actor)
    if actor is None:  # (described as an official here, or where the text first named them: "Foreign Minister
        # Anita Anand … She similarly said")
        return [cand.actor], _described_as_official(clause, cand) or cand.actor in article.officials, True
    side = registry.get(actor.side) if actor.side else None
    if actor.kind == "person" and side and _INSTITUTION_AFTER.match(clause.outside[cand.end - clause.base:]):
        return [side.name], side.role == "official", False
    owned = _ROLE_AFTER.match(clause.outside[cand.end - clause.base:]) if actor.kind == "person" else None
    if owned:  # the registry's holder of that office, else the state the owner's aide speaks for
        holder = registry.office_holder(clause.outside[cand.start - clause.base:cand.end - clause.base + owned.end()])
        if holder is not None and holder.kind == "person":
            return [holder.name], holder.role == "official", True
        if side is not None:
            return [side.name], side.role == "official", False
    return [actor.name], actor.role == "official", actor.kind == "person"


def _described_as_official(clause: _Clause, cand: _Candidate) -> bool:
    """People outside the registry speak for a state only when the sentence calls them an official."""
    start, end = cand.start - clause.base, cand.end - clause.base
    title = re.search(r"(?:[\w.'’-]+\s+){1,4}$", clause.outside[max(0, start - 50):start])
    appositive = re.match(r",\s*([^,\x00]*)", clause.outside[end:end + 80])
    for description in (title.group() if title else "", appositive.group(1) if appositive else ""):
        if _PERSON_OFFICIAL.search(description) and not _FORMER_WORD.search(description) \
                and not _COMMENTATOR.search(description):
            return True
    return False


# A subordinate clause with a subject of its own ("When Ghani first announced …,"), not a participle ("After meeting
# Putin,", whose object is never "he").
_SUBORDINATE_WITH_SUBJECT = re.compile(r"\s*(?:As|While|When|After|Before|Although|Though|Since|Because|Once|Until)\s+"
                                       r"(?!\w+ing\b)")


def _fronted_subject(clause: _Clause) -> _Candidate | None:
    """The person who is the subject of the leading subordinate clause: whom the main clause's "he" means."""
    if not clause.floor or not _SUBORDINATE_WITH_SUBJECT.match(clause.outside):
        return None
    first = next((c for c in clause.candidates if c.start - clause.base < clause.floor), None)
    return first if first is not None and first.kind == "mention" and first.person else None


def _group_before(article: _Article) -> list[str]:
    """Whom "they" means: the people the sentence before lists as its opening group ("The leaders, including A, B
    and C, met …"), else the joined people who were its subject ("Witkoff and Kushner met Putin …"); none when the
    sentence before has no such group."""
    done = len(article.subjects)
    if not done:
        return []
    previous = article.sentences[done - 1]
    listed = group_members(article.text, previous.start, previous.end)
    if listed:
        people = [m.actor for m in article.mentions_in(previous)
                  if listed[0] <= m.start < listed[1] and _names_person(article.registry, m)]
        return list(dict.fromkeys(people)) if len(set(people)) >= 2 else []
    subject = article.subjects[-1]
    if subject is not None and len(subject.actors) >= 2 and (subject.person and subject.how == "mention"
                                                             or subject.how == "group of states"):
        return subject.actors  # (and again after "They agreed …": "They concurred that …")
    unnamed = unnamed_group(article.text, previous.start, previous.end)
    if unnamed:  # "The leaders of France, Germany and Ukraine met in Kyiv": the states they lead
        states = [m.actor for m in article.mentions_in(previous) if unnamed[0] <= m.start < unnamed[1]
                  and m.kind == "country"]
        return list(dict.fromkeys(states)) if len(set(states)) >= 2 else []
    return []


_PARTIES_REACH = 3  # sentences back, within the paragraph before at most
# what the people of "the two presidents" are titled in the registry (any person for "the pair", "the two men")
_PAIR_TITLES = {"leaders": {"leader", "president", "premier", "chancellor"}, "presidents": {"president"},
                "envoys": {"envoy"}, "state": {"president", "leader", "premier", "chancellor"}}


def _parties_before(article: _Article, titles: set[str] | None = None, people: bool = False) -> list[str]:
    """Who "both sides" or "the pair" are: the two parties the sentences just before name, the states their actors
    speak for ("Putin met Witkoff and Kushner. Both parties agreed …" is Russia and the United States), or the two
    people ("… a call between Putin and Trump. The two presidents agreed …"). None when more than two are named
    there, or none: the article's own war is the fallback for sides."""
    done = len(article.subjects)
    here = article.sentences[done].paragraph if done < len(article.sentences) else None
    parties: list[str] = []
    for index in range(done - 1, max(-1, done - 1 - _PARTIES_REACH), -1):
        sentence = article.sentences[index]
        if here is not None and here - sentence.paragraph > 1:
            break
        subject = article.subjects[index]
        if not parties and subject is not None and len(subject.actors) >= 2 and subject.person == people \
                and subject.how != "group" and all(_titled(article, a, titles) for a in subject.actors):
            return subject.actors
        for mention in article.mentions_in(sentence):
            if article.quotes.inside(mention.start):
                continue
            actor = article.registry.get(mention.actor)
            if people:
                party = mention.actor if _names_person(article.registry, mention) \
                    and _titled(article, mention.actor, titles) else None
            else:
                party = actor.side if actor is not None and actor.side else \
                    mention.actor if actor is not None and actor.kind == "country" else None
            if party and party not in parties:
                parties.append(party)
        if len(parties) >= 2:
            return parties if len(parties) == 2 else []
    return []


def _titled(article: _Article, name: str, titles: set[str] | None) -> bool:
    actor = article.registry.get(name)
    return titles is None or actor is not None and bool(titles & set(actor.titles))


def _previous_person(article: _Article) -> _Subject | None:
    """Whom 'he'/'she' means: the last person who spoke or acted, else the last person named ('For Marlowe, ...')."""
    done = len(article.subjects)
    for index in range(done - 1, max(-1, done - 1 - _PRONOUN_REACH), -1):
        subject = article.subjects[index]
        if subject is not None and subject.person:
            return subject
        sentence = article.sentences[index]
        outside = article.quotes.masked(sentence)
        clause = _Clause(outside, sentence.start, _candidates(article, sentence, outside), 0)
        named = [c for c in clause.candidates if c.kind == "mention" and c.person]
        if named:
            names, official, _ = _actor_of(article, clause, named[-1])
            return _Subject(names, official, True, named[-1].start, "mention")
    return None


def _continued(article: _Article, index: int) -> _Subject | None:
    """A sentence wholly inside a quote: the quote's attribution later in the paragraph, else the previous speaker."""
    sentence = article.sentences[index]
    spans = article.quotes.overlapping(sentence.start, sentence.end)
    quote_end = spans[-1][1] if spans else sentence.end
    for later in range(index + 1, min(index + 4, len(article.sentences))):
        following = article.sentences[later]
        if following.paragraph != sentence.paragraph or following.start >= quote_end + 1:
            break
        if quote_end <= following.end and re.search(r"[A-Za-z]", article.quotes.masked(following)):
            subject = _subject(article, later)
            return replace(subject, verb_at=sentence.start, how="continued") if subject else None
    if index == 0 or not article.subjects or article.subjects[-1] is None:
        return None
    if sentence.paragraph - article.sentences[index - 1].paragraph > 1:
        return None
    return replace(article.subjects[-1], verb_at=sentence.start, how="continued", date=None)


def _sides(registry, mentions: list[Mention]) -> list[str]:
    """'Both sides': the countries of the registry topic the article names most, in the topic's order. A topic whose
    countries the article never names is not what its "two sides" are (a US–China trade story)."""
    named = {m.actor for m in mentions}
    best: list[str] = []
    for topic in registry.topics:
        countries = [a for a in topic.actors if _is_state(registry, a)]
        if len(countries) < 2:
            continue
        picked = [a for a in countries if a in named][:2]
        if len(picked) == 2:
            return picked
        if picked:
            best = best or countries[:2]
    return best


def _kind(text: str, sentence, subject: _Subject, quotes: _Quotes) -> str:
    start = subject.content_at if subject.content_at is not None else subject.verb_at
    region = text[max(start, sentence.start):sentence.end]
    cut = _CLAUSE_END.search(region)
    region = region[: cut.start()] if cut and cut.start() > 0 else region
    quoted = " ".join(text[max(a, sentence.start):min(b, sentence.end)]
                      for a, b in quotes.overlapping(sentence.start, sentence.end))
    return _earliest(region) or _earliest(quoted) or "statement"


def _earliest(region: str) -> str | None:
    """The kind of the leftmost trigger that is not negated."""
    for match in _KIND.finditer(region):
        negated = _NEGATION_BEFORE.search(region, max(0, match.start() - 40), match.start())
        if match.lastgroup in _POSITIVE_KINDS and negated:
            continue
        return match.lastgroup
    return None


# a deck under the title: one line with no closing stop ("Zelensky says ready for 'honest' work as …")
_DECK = re.compile(r"[^\n]*[^.!?”\"’'\s)]\s*$")


@dataclass
class _Voices:
    """One opening sentence's speakers (by the quote finder) and subject (its first actor outside quotes), as
    sides."""

    speakers: set[str] = field(default_factory=set)
    subject: set[str] = field(default_factory=set)


def _voices(said: list[Quote], mentions: list[Mention], sentences, quotes: _Quotes, registry) -> dict[int, _Voices]:
    """Who speaks or acts in each opening sentence: the sides whose words the quote finder attributes there, and the
    side of the first actor the sentence names outside quotes (its subject, as a rule)."""
    starts = [s.start for s in sentences]
    found: dict[int, _Voices] = {}
    for q in said:
        index = max(bisect_left(starts, q.start + 1) - 1, 0)
        if q.speaker and index < _MAIN_EVENT_SENTENCES:
            found.setdefault(index, _Voices()).speakers.update(_sides_of(registry, q.speaker))
    firsts: dict[int, Mention] = {}
    main_starts: dict[int, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        index = max(bisect_left(starts, m.start + 1) - 1, 0)
        if index < _MAIN_EVENT_SENTENCES and not quotes.inside(m.start):
            first = firsts.get(index)
            if first is not None and index not in main_starts:
                main_starts[index] = _main_clause_start(sentences[index], quotes)
            if first is None or first.start < main_starts[index] <= m.start:
                firsts[index] = m  # "Speaking after a meeting with NATO's Rutte, Trump said …": Trump
    for index, m in firsts.items():
        found.setdefault(index, _Voices()).subject = _sides_of(registry, m.actor)
    return found


def _main_clause_start(sentence, quotes: _Quotes) -> int:
    """Where the clause after a leading participle or subordinate clause starts ("Speaking on Wednesday after a
    meeting with Rutte, | Trump expressed …"); the sentence's start when it has none."""
    lead = _LEADING_CLAUSE.match(quotes.masked(sentence))
    return sentence.start + (lead.end() if lead else 0)


def _main_event(dated: list[DateRef], sentences, quotes: _Quotes, published: date | None,
                voices: dict[int, _Voices] | None = None) -> _Dated | None:
    """The most salient dated event near the top: the latest past day-precision date of the opening sentences, since
    a report leads with its newest development ("talks took place on Wednesday … Fidan told NTV on Friday"); a
    dateline's filing date only when the lead names no other.

    When the article leads with words it reports ("Zelensky has said …", "…, Peskov told reporters"), a day further
    down is their news day only where it dates the same side's words ("Lavrov stated on Thursday"); a day of
    someone else's act there is background ("Zelensky on Friday called for talks"), whether or not the lead gave
    its own day ("Lavrov said in an interview posted on Thursday" then "Witkoff met Putin, Interfax said on
    Friday"). The lead report is the first whose speaker the headline names, when it names one."""
    voices = voices or {}
    days = {r.sentence for r in dated if r.precision == "day" and not r.period and not r.attributive
            and not r.spoken_of}
    reports = [i for i in sorted(voices) if i > 0 and voices[i].speakers and not _DECK.match(sentences[i].text)]
    headline = voices[0].speakers if 0 in voices else set()
    # ("Trump says plan 'fine-tuned'" over "Zelenskyy said late on Monday …" then "Trump said his plan …": the
    # report the headline names leads)
    lead_report = next((i for i in reports if voices[i].speakers & headline), reports[0] if reports else None)
    prior = _prior_event(sentences, days)
    filed = latest = floor = None
    for ref in dated:
        if ref.sentence >= _MAIN_EVENT_SENTENCES:
            break
        if ref.precision != "day" or ref.period or ref.attributive or ref.spoken_of or quotes.inside(ref.start) \
                or _WEEKS_AGO.search(ref.text):
            continue  # ("Two weeks ago, Trump said …": the text itself sets that day back from the news)
        if prior and ref.sentence > prior[0] and len(prior[1] & _event_words(sentences[ref.sentence].text)) >= 2 \
                and not _reports_again(voices, lead_report, ref.sentence):
            continue  # "Europe reacted … after talks in Geneva" then "On Sunday, … talks in Geneva": what came before
        if lead_report is not None and ref.sentence > lead_report:
            there = voices.get(ref.sentence, _Voices())
            lead = voices[lead_report]
            if not (there.speakers | there.subject) & (lead.speakers | lead.subject):
                continue
        if published is None or published - _MAIN_EVENT_WINDOW <= ref.value <= published:
            sentence = sentences[ref.sentence]
            before, after = sentence.text[:ref.start - sentence.start], sentence.text[ref.end - sentence.start:]
            if _POSSESSIVE_DAY.match(after) and _EVENT_BEFORE_NEWS.search(before):
                continue  # "it is positive that after yesterday’s meetings there is visibility": the news came after
                # that day's event ("Wednesday's meeting included …" is the event itself)
            if _NOUN_DATED.search(before[-60:]):
                # "said earlier that the Kremlin's announcement on April 28 was disingenuous": that noun's day, which
                # the news answers, so the news is no older than it
                floor = ref.value if floor is None or ref.value > floor else floor
                continue
            if _names_its_event(before, after, date_text=ref.text):
                planned = _PLANNED.search(before[-80:]) and not _SUBJECT_ENDS.match(after)
                if not planned and ref.sentence <= _LEAD_SENTENCES and published is not None \
                        and published - ref.value <= _NEWS_DAY_REACH:
                    # the lead's meeting of the news day, unless the lead already said when the news was made
                    # ("officials said Monday … negotiations in Berlin, which began Sunday")
                    told = latest if latest is not None and latest.sentence <= _LEAD_SENTENCES else ref
                    return _Dated(told.value.isoformat(), "day", "context")
                continue  # "Zelensky, who visited Washington on Monday, …": an aside's day is not the news
            dateline = DATELINE.match(sentence.text)
            if dateline and ref.end <= sentence.start + dateline.end():
                filed = filed or ref
                continue
            latest = ref if latest is None or ref.value > latest.value else latest
    if latest is not None and (floor is None or latest.value >= floor):
        return _Dated(latest.value.isoformat(), "day", "context")
    if filed is not None:
        return _Dated(filed.value.isoformat(), "day", "context")
    return _Dated(published.isoformat(), "day", "context") if published else None


def _reports_again(voices: dict[int, _Voices], lead_report: int | None, index: int) -> bool:
    """Whether sentence `index` reports the words of the side whose words the lead reports ("Trump said an agreement
    is closer following talks in Berlin" then "Speaking on Monday, Trump said he had held very good talks"): its day
    is when those words were said, however much it shares with the event they followed."""
    if lead_report is None or index <= lead_report or index not in voices:
        return False
    return bool(voices[index].speakers & voices[lead_report].speakers)


_EVENT_BEFORE_NEWS = re.compile(r"\b(?:after|following|since|ahead\s+of|before|on|about|regarding)\s+$", re.IGNORECASE)


# A lead that reports its news as coming after another event ("European capitals offered mixed reactions … after
# Washington and Kyiv said they had advanced discussions in Geneva"): that event is the news's background.
_AFTER_EVENT = re.compile(r"(?<!long )(?<!shortly )\b(?:after|following|in the wake of|in response to)\s+"
                          r"(?!(?:midnight|noon|dark|hours|days|weeks|months|years)\b)([^.;]{10,200})")
_EVENT_WORD = re.compile(r"[A-Za-z][a-z’'-]{3,}")
_COMMON_WORDS = frozenset("""said says they their them that this with from have been were will would which about after
also into over when where while what there than then more most president ukraine russia russian ukrainian russia’s
russia's ukraine’s ukraine's united states state officials war""".split())


# A day right after a noun of saying or deciding dates that noun, which the sentence talks about ("the Kremlin's
# announcement on April 28 was disingenuous"); the news is what the sentence does with it.
_NOUN_DATED = re.compile(r"\b(?:announcement|statement|proposal|offer|decision|remarks|comments|declaration|ultimatum)\s+"
                         r"(?:on|of)\s+$", re.IGNORECASE)


def _event_words(text: str) -> set[str]:
    return {w.lower() for w in _EVENT_WORD.findall(text)} - _COMMON_WORDS


def _prior_event(sentences, days: set[int]) -> tuple[int, set[str]] | None:
    """The lead, when it has no day of its own and puts its news after another event: its index and that event's
    words."""
    lead = next((i for i in range(min(_LEAD_SENTENCES + 1, len(sentences))) if not _DECK.match(sentences[i].text)),
                None)
    after = _AFTER_EVENT.search(sentences[lead].text) if lead is not None and lead not in days else None
    return (lead, _event_words(after.group(1))) if after else None


def _date_for(article: _Article, index: int, subject: _Subject, dated, main, rule: DateRule) -> _Dated | None:
    sentence = article.sentences[index]
    dateline = DATELINE.match(sentence.text)
    named = [r for r in dated if sentence.start <= r.start < sentence.end and not article.quotes.inside(r.start)
             and not (dateline and r.end <= sentence.start + dateline.end())
             and not r.period and not r.spoken_of and not _dates_what_was_reported(article, sentence, subject, r)
             and not _dates_anothers_words(article, sentence, subject, r)]
    verb_at = None if not named else subject.verb_at - sentence.start if subject.how == "talks" \
        else _main_verb_at(article, sentence)  # (what talks did is a phrase no verb list holds: "took place")
    own = [r for r in named
           if rule.admits(r, article.text[sentence.start:r.start], article.text[r.end:sentence.end], verb_at)]
    if own:
        strong = [r for r in own if not r.attributive] or own
        ref = min(strong, key=lambda r: (_distance(r, subject.verb_at), r.start > subject.verb_at))
        return _Dated.of(ref)
    if _THAT_TIME.match(article.quotes.masked(sentence)):
        # "At that time, the Russian delegation stated …", "During the talks, both sides highlighted …": the event
        # the sentences just before dated
        reach = article.sentences[max(0, index - 3)].start
        before = [r for r in dated if reach <= r.start < sentence.start and r.precision == "day" and not r.period
                  and not article.quotes.inside(r.start) and rule.in_range(_Dated.of(r))]
        if before:
            return replace(_Dated.of(before[-1]), basis="context")
    same_speaker = _same_speaker_carries_on(article, subject)
    source = same_speaker or _same_actor_before(article, index, subject) \
        or _dated_just_before(article, index, dated, rule.published)
    carried = source is not None and source.date is not None \
        and rule.admits_carried(source.date, same_speaker is not None)
    if (_SHIFTED.search(article.quotes.masked(sentence)) or _before_the_news(article, sentence, subject)) \
            and (carried or main is not None):
        return _Dated((source.date if carried else main).value[:7], "month", "context")
    if carried:
        return replace(source.date, basis="context")
    if main is None:
        return None
    if _VAGUE.search(_around_the_verb(article, sentence, subject)):
        return _Dated(main.value[:7], "month", "context")
    return main


# "The talks come days after Ukraine agreed …", "… days after Trump, speaking in the Oval Office, declared …", "just
# over a week after U.S. President Donald Trump warned …": the act lies an unstated stretch before the news. (A stretch
# with a number, "two days after", is a relative date the sentence resolves itself.)
_DAYS_BEFORE = re.compile(r"\b(?:(?:(?:just|only|a\s+few|several|some)\s+)?(?<!\d\s)(?<!two\s)(?<!three\s)(?<!four\s)"
                          r"(?<!five\s)(?<!six\s)(?<!ten\s)days"
                          r"|(?:(?:just\s+)?(?:over|under|more\s+than|less\s+than|about|nearly|almost)\s+)?a\s+week"
                          r"|(?:a\s+few|several|some)\s+weeks)\s+(?:after|before)\s+"
                          r"(?:[^;:.()“”\"]|(?<=[A-Z])\.){0,140}$",  # the points of "U.S." end no clause
                          re.IGNORECASE)


def _before_the_news(article: _Article, sentence, subject: _Subject) -> bool:
    """The statement's clause follows "days after" or "days before": only the month is known."""
    if not sentence.start <= subject.verb_at < sentence.end:
        return False
    before = article.quotes.masked(sentence)[:subject.verb_at - sentence.start]
    return bool(_DAYS_BEFORE.search(before))


# "Peskov referenced comments from Putin on Thursday": the day of someone else's words the statement refers to
_WORDS_OF = re.compile(r"\b(?:comments?|remarks?|statements?|words|speech|address|interview|post|letter|call|"
                       r"announcement|pledge|promise|threat|warning|offer|proposal)\s+(?:from|by|of)\s+"
                       r"(?P<owner>(?:[\w.'’-]+\s+){1,4}?)(?:(?:late|early)\s+)?(?:on|last|earlier|this)?\s*$",
                       re.IGNORECASE)


def _around_the_verb(article: _Article, sentence, subject: _Subject) -> str:
    """Where a vague time word times the statement: for a saying, up to just past its verb ("Zelensky recently said",
    "said recently that"), not in what was said ("… conditions he previously laid out"); an act's whole sentence
    ("struck an optimistic tone during recent discussions")."""
    if not sentence.start <= subject.verb_at < sentence.end:
        return sentence.text
    verb = SPEECH_VERB.match(article.text, subject.verb_at)
    return article.text[sentence.start:verb.end() + 12] if verb else sentence.text


def _dates_anothers_words(article: _Article, sentence, subject: _Subject, ref: DateRef) -> bool:
    """The day dates words the sentence says someone other than its speaker gave (`_WORDS_OF`)."""
    before = article.text[max(sentence.start, ref.start - 80):ref.start]
    owner = _WORDS_OF.search(before)
    if owner is None or not subject.actors:
        return False
    named = owner.group("owner")
    return not any(part in named for actor in subject.actors for part in actor.split()[-1:])


def _dates_what_was_reported(article: _Article, sentence, subject: _Subject, ref: DateRef) -> bool:
    """"Witkoff met Putin late on Thursday …, the Kremlin said", "In April 2022, a settlement was nearly finalized …,
    Lavrov noted": a date inside the words the sentence reports dates their event, not the saying, unless those
    words' own subject is the speaker or the speaker's side ("Russia and Ukraine agreed Friday to …, Medinsky said")."""
    if subject.reported is None or not subject.reported[0] <= ref.start < subject.reported[1]:
        return False
    start, end = max(sentence.start, subject.reported[0]), min(sentence.end, subject.reported[1])
    outside = article.quotes.masked(sentence)
    candidates = [c for c in _candidates(article, sentence, outside) if start <= c.start and c.end <= end]
    outside = outside[:end - sentence.start]
    clause = _Clause(outside, sentence.start, candidates, start - sentence.start)
    verb = _first_verb(clause)
    verb_at = verb.start if verb is not None else None
    if verb_at is None:  # "said that the first round of talks took place on May 16": a verb no act list holds
        finite = _REPORTED_FINITE.search(outside, start - sentence.start, ref.start - sentence.start)
        verb_at = finite.start() if finite else None
    if verb_at is None or ref.start > sentence.start + verb_at + 60:
        return False  # "On Tuesday, Peskov said": no verb of the reported words' own before the date
    before_verb = [c for c in candidates if c.start < sentence.start + verb_at]
    if before_verb and _object_of_preposition(clause, before_verb[0], clause.floor):
        # "Talks between Vladimir Putin and US officials in the Kremlin on Tuesday were …": the first actor hangs
        # off a noun, and so does every actor up to the verb; nobody in the subject acts
        before_verb = []
    doers = {side for c in before_verb  # ("Talks between Vladimir Putin and …": Putin is not who acts)
             if not _object_of_preposition(clause, c, clause.floor)
             for side in _sides_of(article.registry, c.actor)}
    speakers = {side for actor in subject.actors for side in _sides_of(article.registry, actor)}
    return not doers & speakers


_REPORTED_FINITE = re.compile(r"\b(?:took|was|were|began|ended|came|went|happened|[a-z]{3,}ed)\b")


def _sides_of(registry, name: str | None) -> set[str]:
    """The actor and the state it speaks for ("Medinsky" -> {"Vladimir Medinsky", "Russia"})."""
    actor = registry.get(name) if name and registry else None
    return {a for a in (name, actor.side if actor else None) if a}


def _main_verb_at(article: _Article, sentence) -> int | None:
    """Where the sentence's main verb starts, in the sentence (the subject's own verb offset is the sentence start
    for a group subject such as "The two leaders")."""
    outside = article.quotes.masked(sentence)
    verb = _first_verb(_Clause(outside, sentence.start, _candidates(article, sentence, outside), 0))
    return verb.start if verb else None


def _same_speaker_carries_on(article: _Article, subject: _Subject) -> _Subject | None:
    """The speaker's previous sentence when this one carries on their words: 'He said ...', a quote running on."""
    if subject.how in ("pronoun", "continued"):
        return next((s for s in reversed(article.subjects) if s is not None and s.actors == subject.actors), None)
    return None


def _same_actor_before(article: _Article, index: int, subject: _Subject) -> _Subject | None:
    """The previous sentence when the same actor is named again as its subject, and it names its day."""
    previous = article.subjects[-1] if article.subjects else None
    # (one of a joint subject carries on too: "Zelensky and Rubio arrived … on Monday … as Rubio welcomed")
    if previous is not None and set(subject.actors) <= set(previous.actors) and previous.date is not None \
            and previous.date.precision == "day" \
            and article.sentences[index].paragraph - article.sentences[index - 1].paragraph <= 1:
        return previous
    return None


def _dated_just_before(article: _Article, index: int, dated: list[DateRef], published) -> _Subject | None:
    """A sentence right after one that names its own day, in the same paragraph, carries on the same event."""
    if index == 0 or article.sentences[index].paragraph != article.sentences[index - 1].paragraph:
        return None
    previous = article.subjects[-1]
    before = article.sentences[index - 1]
    own = [r for r in dated if before.start <= r.start < before.end and r.precision == "day" and not r.period
           and (published is None or r.value <= published)]
    if previous is None or previous.date is None or not own or previous.date.basis == "context":
        return None
    return previous


def _distance(ref: DateRef, at: int) -> int:
    return ref.start - at if ref.start >= at else at - ref.end
