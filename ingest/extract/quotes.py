"""Direct and indirect quotes with their speakers, following the gold README's rules.

Direct: one item per pair of quotation marks, except a quote split by its attribution ('"A," Roth added, "B"'),
which is one item; quoted words with no attribution of their own continue the previous speaker. Quoted
fragments inside reported speech are direct only with a finite verb. Indirect: a speech verb with its subject
and reported clause ("X warned that ...", "According to X, ...", "..., X said."). Speakers are resolved in text
order, so "he said" and "Katz explained" find the person the article is quoting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.extract.dates import DAY_AS_SUBJECT
from ingest.extract.people import CARD_LINE
from ingest.extract.quotemarks import NICKNAME, Quoted, find_quoted
from ingest.extract.ranker import Candidate, Context, Ranker, choose, subject_lead
from ingest.extract.registry import Registry
from ingest.extract.speakers import ORGANISATION_NOUNS, OWNER_PRONOUNS, Pronoun, Speaker, SpeakerIndex
from ingest.extract import wordclass
from ingest.extract.titles import (FUNCTION_WORDS, GENERIC_SOURCES, INSTITUTION_NOUNS, NATIONALITIES, ROLE_NOUNS_BEFORE, describes_person,
                                   role_of)
from ingest.extract.speechverbs import (
    ACCORDING_TO, ADJUNCT, ADJUNCT_CONTINUED, AFTER_QUOTE_VERB, AS_SAID, ASK_FORMS, CHANNEL_VERBS, CLAUSE_CUE,
    MANDATIVE_FORMS, NEGATION_BEFORE, OBJECT_VERBS, PARTICIPLE_OPENER, PASSIVE_AFTER, PASSIVE_BEFORE, PREPOSITION_START,
    REPORT_PARTICIPLES, SAY_FORMS, SPEECH_VERB, THAT, TO_ADDRESSEE, TOLD_OBJECT, TRAILING_FILLER, VERB_FORMS, is_clause,
    reads_as_clause,
)
from ingest.extract.sentences import DATELINE, Sentence, inner_starts, paragraphs
from ingest.records import Mention, Person, Quote

_MONTH_ABBREVIATION = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"  # three letters each ("Sept" apart)
# (an initial is no sentence end, but the platform X is: "… posted on X. “We are …”")
_SENTENCE_END = re.compile(
    r"(?:(?<!\b[A-Z])|(?<=\bon X)|(?<=\bvia X))(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)"
    r"(?<!\b[GS]en)(?<!\bRep)(?<!\bGov)(?<!\bCol)(?<!\bLt)(?<!\bProf)(?<!\bNo)"
    rf"(?!(?<=\b(?:{_MONTH_ABBREVIATION}))\.\s+\d)(?!(?<=\bSept)\.\s+\d)"  # ("On Nov. 23, …")
    r"[.!?…][”\"’'″)]*\s+(?=[“\"‘'″(]{0,2}[A-Z0-9])"  # ''…'': two marks
)
_TIME = re.compile(
    r"(?:\s+(?:on|in|at|during|by|over|earlier|later)?\s*(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|yesterday|today|tonight|(?:that|the same|this|last|next|the next|the following)\s+"
    r"(?:day|week|month|year|night|evening|morning|afternoon|weekend)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*(?:\s+\d{4})?|earlier|later|here(?!\s+(?:is|are|was|were)\b)"  # (a year may follow the day)
    # "said two days ago that …", "said last Thursday that …"
    r"|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d{1,2})\s+(?:days?|weeks?|months?)\s+ago"
    r"|(?:last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?<=\s)(?:in\s+the\s+past|previously|repeatedly|recently))"  # ("has said in the past he would not …")
    r"\b(?![’']s\b)(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:\s+\([^()]{1,25}\)|" + ADJUNCT_CONTINUED + r")?)+"
)  # "said Tuesday’s talks aim …": a day that owns a noun opens the reported clause; "said here Monday": datelined copy;
# "said early Saturday (July 19) that …": the day's date in brackets
# A subject, then one prepositional aside, up to the comma before the verb: the verb is the subject's own.
_SUBJECT_AND_ASIDE = re.compile(r"^\W*[^,]{2,60},\s+(?:in|at|during|on|after|before|following|speaking|while|with|from|"
                                r"via|through|under)\s[^,]*$")
_THAT_SOON = re.compile(rf"(?:\s+(?:[^\s,;:.“”\"]+|(?:{_MONTH_ABBREVIATION}|Sept)\.|[“\"][^“”\"\n,.]{{1,30}}[”\"])){{1,12}}?"
                        r"(\s+that)\b")  # "told teachers who had come … that", "told investors on Oct. 31 that"
# ^ (a quoted name or manner on the way is no quote of its own: 'told him "very strongly" in a call that', 'told NBC
# News’ “Meet the Press” moderator … that')
# "proposed to U.S. President Trump that": the one addressed, then the clause (`TO_ADDRESSEE`)
_TO_SOMEONE_THAT = re.compile(TO_ADDRESSEE + r"(\s+that)\b")
# "assured the public on Weibo, a Twitter-like social media site, that": the one addressed, an aside, the clause
_THAT_AFTER_ASIDE = re.compile(r"(?:\s+[^\s,;:.“”\"]+){1,8}?,\s+[^,;:.“”\"]{1,60},"
                               r"(?:\s+(?:on|in|at|last|this)\s+[A-Z]?[\w.]+(?:\s+\d{1,2})?)?(\s+that)\b")
# ^ ("told investors of New Media, the GateHouse parent, on Oct. 31 that": the day may follow the aside)
_TO_SOMEONE_ASIDE_THAT = re.compile(r"\s+to\s+[^,;:.“”\"]{1,60},\s+[^,;:.“”\"]{1,60},(\s+that)\b")
_CONTINUATION_PARAGRAPHS = 1
# "a Russian claim that", "the latest report": a determiner and an adjective make the speech word a noun
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|whose)"
                          r"(?:\s+(?:new|latest|recent|earlier|previous|fresh|false|initial))?|\b(?:a|an)\s+(?:" + "|".join(
                              sorted(NATIONALITIES, key=len, reverse=True)) + r")|\w[’']s?"
                          # ("said in televised comments that …": after a preposition the form is a noun)
                          r"|\b(?:in|during|through|via)(?:\s+[a-z]+(?:ed|al|ive|ic|en|ate))?)\s+$", re.IGNORECASE)
# Speech verbs that are also nouns: after a determiner and a few modifiers they are the noun ("said in a social
# media post:", "his Truth Social post", "the Kremlin's latest comment")
_NOUN_LIKE = frozenset({"post", "comment", "remark", "tweet", "report"})
_DETERMINED_NOUN = re.compile(r"\b(?:the|a|an|his|her|its|their|our|this|that)(?:\s+[\w’'-]+){1,3}\s+$", re.IGNORECASE)


def _noun_use(text: str, start: int, verb) -> bool:
    """The speech verb's form reads here as a noun."""
    return bool(_NOUN_BEFORE.search(text, max(start, verb.start() - 30), verb.start())
                or verb.group() in _NOUN_LIKE
                and _DETERMINED_NOUN.search(text, max(start, verb.start() - 50), verb.start())
                or verb.group() == "state" and _modifies_noun(text, verb.end()))


_NEXT_WORD = re.compile(r"[\s-]+([a-z]+)\b")


def _modifies_noun(text: str, end: int) -> bool:
    """"Russia's TASS state news agency", "state-run media": a noun right after the form, which modifies it."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1) != "that" and wordclass.noun(following.group(1))


# ("…, Lavrov said, further emphasizing that …": an adverb may stand before the participle that goes on reporting)
_REPORT_ADVERB = r"(?:(?:further|also|later|again|then|separately|repeatedly|additionally|subsequently)\s+)?"
_NEXT_REPORT = re.compile(
    # (", but he and a key ally say": the pronoun with a partner)
    r"(?:,[”\"]?)?\s+(?:but|and|though|although|while|whereas)\s+(?:(?:he|she|they|it)"
    r"(?:\s+and\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?\s+|(?:his|her|its|their|the)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:spokes(?:man|woman|person)|office|ministry|aide|adviser|advisor)\s+)?"
    r"(?:also\s+|later\s+|then\s+)?(?:(?:has|have|had)\s+(?:also\s+)?)?"  # (", but has said that")
    r"(?!(?:state|report|claim|comment|note|reply|answer|statement)s?\b(?!\s+that\b))"  # "federal and state law"
    r"(?=(?:" + SPEECH_VERB.pattern + r")\b)|,\s+" + _REPORT_ADVERB
    + r"(?=(?:saying|adding|noting|warning|arguing|insisting|stressing|telling|"
    r"explaining|claiming|acknowledging)\b|(?:denying|voicing\s+[a-z]+|expressing\s+[a-z]+)\s+that\b)"
    # ('… a "comprehensive peace agreement," arguing that …': the comma inside the closing mark, a clause after it; not
    # '… “ready for a meeting,” stressing the urgency …', whose participle takes a noun and goes on with the report)
    r"|,[”\"]?\s+" + _REPORT_ADVERB + r"(?=(?:" + "|".join(sorted(REPORT_PARTICIPLES, key=len, reverse=True)) + r")"
    r"(?:(?:\s+[^,;:.“”\"\x00]{1,40}?)?\s+that|\s+(?:he|she|it|they|we|there)\s+[a-z]+)\b)"
    # ^ ("…, writing on social media that …", "…, suggesting that …", "…, indicating they will be met …")
    # "… has said that A, it has also acknowledged that B": a pronoun's own report after the comma
    r"|,\s+(?=(?:he|she|they|it)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:" + SPEECH_VERB.pattern + r")\s+that\b)"
    # "…, with Russian official Yuri Ushakov stating he does not expect …": an absolute clause with a report of its own
    r"|,\s+(?=with\s+(?:[\w.’'-]+\s+){1,6}?(?:saying|stating|adding|noting|warning|insisting|arguing|claiming)\b)"
)
# "…suggested X was murdered, Hawk Sawyer told lawmakers …": a named speaker after a comma starts a new report.
_NEW_SPEAKER = re.compile(r",[”\"]?\s+(?=(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:" + SPEECH_VERB.pattern + r")\b"
                          r"|(?:the\s+|a\s+)?(?:(?:[A-Z][\w.’'-]*|aide|spokes(?:man|woman|person)|presidency|ministry|"
                          r"office|officials?|authorities|adviser|advisor|minister|envoy|foreign|defen[cs]e|press|"
                          r"secretary|news|agency|newspaper|channel|broadcaster|"  # ("…, Xinhua news agency reported")
                          r"policy|chancellor|president|prime)\s+){2,6}(?:" + SPEECH_VERB.pattern + r")\b)"
                          # "…, as US President Donald Trump warned it would be …": a named speaker's own report
                          r"|,?\s+(?:as|while|whereas|but|though|although)\s+(?=(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}"
                          # ("though X also said")
                          r"(?:(?:also|later|then|again)\s+)?(?:" + SPEECH_VERB.pattern + r")\b)"
                          # "…, a day after Trump said Ukraine …": the writer's time clause, holding another's report
                          r"|,\s+(?:(?:a|an|one|two|three|four|five|several|just|only|hours|days|weeks)\s+"
                          r"(?:(?:day|days|week|weeks|hour|hours|month|months)\s+)?)?(?:after|before|since)\s+"
                          r"(?=(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:" + SPEECH_VERB.pattern + r")\b)"
                          # "…, and German chancellor Friedrich Merz said …": a second report with a subject of its own
                          r"|,\s+and\s+(?=(?:the\s+)?(?:(?:[A-Z][\w.’'-]*|chancellor|president|prime|minister|"
                          r"foreign|defen[cs]e|secretary|spokes(?:man|woman|person)|aide|envoy)\s+){0,4}[A-Z][\w.’'-]*\s+"
                          r"(?:" + SPEECH_VERB.pattern + r")\b)"
                          # "While Hegseth insisted that …, he said the United States would not …": a pronoun's report
                          # that goes on with a clause of its own
                          # ("While Russia has stated it is open to talks, officials have warned that …": unnamed ones)
                          r"|,\s+(?=(?:he|she|they|(?:(?:the|some|many|other)\s+)?(?:[A-Z][a-z]+\s+)?(?:officials|"
                          r"diplomats|analysts|experts|critics|observers))\s+(?:(?:have|has|had)\s+)?(?:also\s+)?"
                          r"(?:said|says|added|stressed|noted|warned|argued|insisted)\s+"
                          r"(?!(?:on|in|at|during|after|before|late|early|last|this|yesterday|today|earlier|later|"
                          r"while|when|as|to)\b)[A-Za-z]+\s+[A-Za-z])")
# ("…, Kremlin aide Yuri Ushakov told reporters", "…, the Turkish presidency said": the body's lower-case nouns too)
# "As the charges were unsealed, Hawk Sawyer testified": a leading adverbial clause is not what was said.
_ADVERBIAL_OPENER = re.compile(r"\s*(?:As|When|While|After|Before|Although|Though|If|Because|Since|Until|Once|Unless)\s"
                               r"[^,]*$")
# "During Tuesday's conversation, Trump urged …": a short phrase opened by a preposition is no reported clause.
_PREPOSITIONAL_OPENER = re.compile(r"\s*(?:During|Following|Despite|Amid|After|Before|In|On|At|Under|With|Without|"
                                   r"Throughout|Over|Since|Until|By|Ahead\s+of)\s+\S+(?:\s+\S+){0,3}\s*$")
_APPOSITIVES = re.compile(r"(?:,[^,;“”\"]{2,160})+,")  # ", the attorney general of Oklahoma, one of the states suing,"
_POSSESSIVE_END = re.compile(r"[’']s?$")  # 'the president’s "mercurial temperament"': a noun follows
_SUBORDINATE_END = re.compile(
    r"\b(?:when|because|if|while|although|though|since|until|unless|whereas|where)(?:,\s*[\w ]{1,20})?\s*$")
# Between a subject and its verb, set off by commas: an adverb of the writer's ("however", "as expected"), a
# participle phrase describing the subject ("issued after hours of consultations", "as represented by the Pope");
# the subject is what stands before it.
_SUBJECT_ASIDE = re.compile(r",\s*(?:however|though|too|also|meanwhile|in turn|in response|for (?:its|his|her|their) "
                            # ("Ukraine, along with European allies, had demanded": the head speaks, its company aside)
                            r"part|(?:along|together)\s+with\s+[^,;:“”\"]{1,60}"
                            r"|as\s+(?!well\b)[^,;:“”\"]{1,60}|(?:issued|released|published|signed|posted|made|read out|"
                            r"delivered|sent|adopted|"
                            r"quoted|cited)\b[^,;:“”\"]{0,120}),\s*$", re.IGNORECASE)
# "European leaders, wary of further Russian aggression, have insisted": an adjective's or a past participle's phrase
# between the subject and its verb (its head word's class is the dictionary's)
# (a past participle only with its agent, "angered by": "…, poked at Trump's sniffing, tweeting" is the predicate)
_ADJECTIVE_ASIDE = re.compile(r",\s*(?:[a-z]+ly\s+)?([a-z]+)\s+(of|about|by|over|at|with|to|after|from|for)\s"
                              r"[^,;:“”\"]{1,80},\s*$")
_NOUN_RELATIVE = re.compile(r"\s*(?:a|an|the|this|that|one)\s+(?:[\w-]+\s+){1,2}?(?:that|which)\s")
# "Trump - who has been trying to broker a settlement - has said": a relative aside between dashes
_DASH_ASIDE = re.compile(r"\s(?:--|—|–|-)\s+(?:who|which|whose)\b[^—–;:“”\"]{1,120}?\s(?:--|—|–|-)\s*$")
# "He and other top U.S. officials, including Vance and Rubio, have warned": examples of the group, not its head
# ", including A and B,", " – including A, B and C –" (an aside opened by a dash closes with one)
_INCLUDING = r"(?:\s*,\s*including\b[^;:“”\"—–]{1,200}?\s*(?:,|—|–|-\s)" \
             r"|\s*(?:—|–|\s-)\s*including\b[^;:“”\"—–]{1,200}?\s*(?:—|–|-\s))"
_INCLUDING_ASIDE = re.compile(_INCLUDING + r"\s*$")
_CONNECTIVE = re.compile(r"(?:Yet|However|Additionally|Moreover|Meanwhile|Still|Furthermore|Nevertheless|Nonetheless|"
                         r"Indeed|Also|Instead|Separately|Similarly|Likewise|In addition|At the same time|"
                         r"On the other hand|Even so|In turn|Overall|By contrast|In contrast|For (?:its|his|her|their) "
                         r"part|That being said|That said|Having said that|With that said|What[’']s more|By the way|"
                         r"Incidentally)\s*,\s+")
# "Recently, the president cast doubt …, suggesting": an adverb of time or comment before a clause's subject is no
# name (inside reported words it stays theirs: "Ultimately, Russia must know …, says Kristersson")
_ADVERB_OPENER = re.compile(r"(?:Recently|Previously|Earlier|Later|Initially|Finally|Ultimately|Eventually|"
                            r"Subsequently|Notably|Importantly|Interestingly|Crucially|Publicly|Privately|Specifically|"
                            r"Elsewhere)\s*,\s+")
# "Then, last week, Swift posted …", "Hours before the game Tuesday, the coach expressed confidence …": an opener
# that only says when is no clause of anyone's
_WHEN_ONLY = re.compile(r"\W*(?:(?:Then|And|But|So|Later|Earlier|Meanwhile|Now)\s*,?\s*)?(?:(?:last|this|next|that|the "
                        r"same|the following|the previous)\s+(?:week|month|year|day|night|morning|afternoon|evening|"
                        r"weekend)|(?:hours|days|weeks|months|minutes|moments|years|shortly|soon|just|long)\s+(?:before|"
                        r"after|later|earlier|ago)\b[^,;:“”\"]*|yesterday|today|earlier|later|then)\W*", re.IGNORECASE)
# What may follow the verb of a trailing attribution ("…, Peskov said, adding", "… said of the talks", "… said
# again", "… said citing sources"); anything else, such as a noun phrase, is the verb's own object.
_SUBJECT_BEFORE_QUOTE = re.compile(r"(?:\bthat|,)\s+((?:the|his|her|their)\s+[^,;“”\"]{2,50}?)\s*$")
_NAME_THEN_QUOTE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,5}[“\"]")
_PICTURE = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:photos?|photographs?|images?|pictures?|footage|maps?)\b",
                      re.IGNORECASE)
# What "according to" may credit without naming anyone: not a plan, a law or a schedule, which say nothing
_SAYS_NOTHING = (r"(?:plans?|schedule|rules?|laws?|terms|demands?|conditions?|requirements?|memorandum|constitution"
                 r"|tradition|custom|protocol|script|agreements?|deals?|treaty|drafts?|proposals?|logic|standards?"
                 r"|estimates?|figures|data|statistics|polls?|surveys?|stud(?:y|ies))\b")
_UNNAMED_SOURCE = re.compile(r"\s+(?!(?:the\s+|a\s+|an\s+|its\s+|their\s+|these\s+|those\s+|this\s+)?(?:[\w-]+\s+)?"
                            + _SAYS_NOTHING + r")[\w“\"‘’'-]", re.IGNORECASE)
# "according to Putin's plan", "according to Moscow's terms": what a named owner's plan holds, not what anyone said
_OWNERS_PLAN = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*[’'](?:s\b)?\s+(?:[\w-]+\s+)?" + _SAYS_NOTHING)
_OWNERS_VIEW = re.compile(r"\s+(?P<owner>[^,;:“”\"]{1,60}?)[’']s?\s+(?:own\s+)?(?:assessment|view|estimates?|estimation|account|"
                          r"words|statements?|remarks|comments|analysis|calculations|reckoning|count|tally|version)\b")
_IN_DASH_ASIDE = re.compile(r"\s(?:--|—|–)\s(?:(?!--)[^—–])*$")
_DASH = re.compile(r"\s(?:--|—|–)\s")
_THAT_THEN_ACCORDING = re.compile(r"\bthat\s*,\s*according to$")
_GONE_ACCORDING = re.compile(r"\b(?:go|goes|going|gone|went|proceed\w*|run\w*)\s+according to$")
_ATTRIBUTION_TAIL = re.compile(r"\s*(?:[,.;:!?—–(-]|(?:of|with|by|via|again|also|separately|afterwards|while|as|when|"
                               r"but|and|though|although|because|without|following|late|early|according|quoted|"
                               r"[a-z]+ly|[a-z]+ing)\b|$)")
# After the reporting verb of a parenthesis: an optional short time or place, then the comma that closes it.
_PARENTHESIS_END = re.compile(r"(?:\s+(?:on|in|at|last|this|during|late|early|earlier|later|recently)\b[^,;:“”\"]{0,30})?"
                              r"\s*,\s+(?=[^\W\d_])")
# Words after that comma that start something else than the rest of the reported clause.
_NOT_RUNNING_ON = re.compile(_REPORT_ADVERB + r"(?:and|but|or|yet|so|nor|then|adding|saying|noting|arguing|explaining|"
                             r"insisting|stating|"
                             r"telling|claiming|asserting|emphasi[sz]ing|declaring|announcing|suggesting|pointing|"
                             r"stressing|warning|referring|citing|according|which|who|whom|whose|where|while|whereas|"
                             r"though|although|because|since|as|after|before|when|if|unless|until|in\s+a|in\s+an|"
                             r"[a-z]+ing\b(?!(?:\s+[\w’'-]+){1,3}\s+(?:would|will|is|was|are|were|could|can|may|"
                             r"might|has|had)\b))\b", re.IGNORECASE)  # (a gerund subject runs on: "replacing X would …")
_ADJUNCT_START = re.compile(r"\s*(?:to|in|on|at|during|after|before|from|via|through|last|this|earlier|later|"
                            r"yesterday|today)\b")
# (the comma may stand inside a closing quote mark: 'called the talks "very good," while Kyiv …')
_CLAUSE_BOUNDARY = re.compile(r"(?:[;—]|,[”\"’']?\s*(?:while|whereas|but|although|though))\s+")
_INTRODUCTORY = re.compile(r"\s*(?:In|On|At|For|After|Before|During|With|Without|Despite|Amid|Amidst|Under|As|From|"
                           # ("While Putin has not accepted the proposal, Zelensky …, highlighting": a subordinate
                           # clause's subject is not the main clause's)
                           r"While|Although|Though|Even though|Even as|Even if|Whereas|Because|Since|If|When|Once|"
                           r"Unless|"
                           r"[A-Z][a-z]+(?:ing|ed))\s[^,;“”\"]{1,60},\s*")  # … and "Writing on Telegram, he said"
_TOKEN = re.compile(r"\S+")
_INVERTED_AFTER_PARTICIPLE = re.compile(r"\s+[a-z]+ed\b[^,;:“”\"]{0,40},\s+(said|says|added|told)\s+(?=[A-Z])")
_FOR_SPAN_THAT = re.compile(r"\s+for\s+(?:\w+\s+){0,2}(?:decades|years|months|weeks|days|time)\s+that\b")  # "argued for years that"
_WIRE_LABEL = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s+")  # the "Moscow: " some wires put before the story
_NP_WORDS = frozenset({"the", "a", "an", "both", "its", "their", "his", "her"})
_ISSUED = re.compile(r"\b(?:issued|released|published|put out|posted|sent|gave)\s+(?:a|an|the|its|their|his|her)\s+"
                     r"(?:\w+\s+)?(?:statement|letter|report|notice|note|message|warning)"
                     # ("issued a statement on the meeting between Trump and Putin in Alaska saying": what it was on)
                     r"(?:\s+(?:on|about|over|regarding|after|following)\s[^,;:“”\"]{1,120}?)?\s*$")
# "Zelensky, who has argued that strikes could cripple …, admitted he was …": a report inside a relative clause
# ends where the sentence's main verb comes after its comma
_IN_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;:“”\"]*$")
# (", has repeatedly said he wants …": the main clause's verb after the relative clause, with its auxiliary)
# (", has repeatedly called for an end …": any verb, once its auxiliary shows it is the main clause's)
_MAIN_VERB_AFTER = re.compile(r",\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:(?:also|later|then|now|[a-z]+ly)\s+)?"
                              r"(?=(?:" + SPEECH_VERB.pattern + r")\b)"
                              r"|,\s+(?:has|have|had)\s+(?:(?:also|since|now|[a-z]+ly)\s+)*[a-z]+(?:ed|en|wn|ne|de)\b")
# "noted that from March 11 to April 11, Russia launched …": a fronted adverbial, its comma, then the clause's subject
_FRONTED_ADVERBIAL = re.compile(r"\s*(?:from|in|on|at|during|after|before|since|by|over|for|with|as)\s[^,;:.“”\"]{1,60},"
                                r"\s+(?:[A-Z][\w’'.-]*|he|she|they|it|we|there|the)\s")
_ASKED_OPENER = re.compile(r"\W*(?:When\s+|After\s+being\s+|Being\s+)?[Aa]sked\b")
_LIST_END = re.compile(r"(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?){2}$")
_CONJUNCTION_OPENER = re.compile(r"(?:And|But)\s+(?=[A-Za-z])")
_ATTRIBUTED_END = re.compile(r"[,”\"]\s*(?:[\w.’'-]+\s+){1,6}?(?:said|says|told|added|noted|stated|wrote|explained|"
                             r"stressed)(?:\s+(?:reporters|journalists|[A-Z][\w.’'-]*))?$")
_FRONTED = re.compile(r"\s*(?:In|On|At|After|Before|During|Since|Following|Despite|Amid|Under|With|Without|For|"
                      r"By|Over|Earlier|Later|Meanwhile)\b[^,;:“”\"]{0,60},\s+")
# ("…, Putin also said answering journalists' questions in Minsk": the occasion of the saying, not what was said)
_OCCASION = r"(?:answering|responding|replying|speaking|addressing|talking|commenting|briefing)\b"
_WHILE_DOING = re.compile(r"\s*(?:(?:while|when|after|before|since|upon|as)\s+[a-z]+ing\b|" + _OCCASION + ")")
_OCCASION_THAT = re.compile(r"\s*" + _OCCASION + r"[^,;:.“”\"]{0,60}?\s+that\s+(?=\S)")
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s")  # "…, while the police deny …": the writer's contrast
_PRONOUN = re.compile(r"\b(?:he|she|they|He|She|They)\b")
_VERB_LAST = re.compile(rf"(?:{SPEECH_VERB.pattern})(?:\s+(?:me|us|him|her|them|reporters|journalists))?"
                        rf"(?:\s+(?:on|in|at|to|of|about)\s+[^,“”\"]{{1,40}},|\s*[,:])?$")  # "told me, “…”"
_BYLINE = re.compile(r"\s*[―—–]\s*((?:[A-Z][\w.’'-]*\s?){1,5}?)\s*\.?\s*")
_INTERJECTION = re.compile(r",\s*(?:though|however|too|also|in fact|moreover|meanwhile|nevertheless|"
                           r"per\s+(?:the|a|an|its|his|her)\s+[\w-]+(?:\s+[\w-]+)?),?")  # ", per the report,"
# "Several cast members", "The Clinton campaign", "Connecticut’s tax commissioner": a determiner or a possessive name,
# then words whose head is a common noun, so the phrase describes a source without naming one.
_UNNAMED_SUBJECT = re.compile(r"\s*(?:The|the|Several|Some|Many|Most|Two|Three|A|An|Other|His|Her|Their|Its|"
                              r"[A-Z][\w.-]*[’']s|(?!(?:" + "|".join(sorted(FUNCTION_WORDS)) + r")\b)[A-Z][a-z]+(?=\s+[a-z]))\s+"
                              # ^ ("Company management said"; not "So we are saying")
                              r"(?:[\w.’'-]+\s+){0,5}[a-z][\w-]*\s*")  # "A former Democratic National Committee chairman"
_UNNAMED_OPENING = re.compile(r"\s*(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+(?:is|are|was|were|has|have|had|"
                              r"will|would|[a-z]+ed)\b")
_CREDIT = re.compile(r"\s*(?:Sources?|Photo|Credit|Image|Video)\s*:")
_DESCRIPTION_START = re.compile(r"\s*(?:a|an|the|who|whose|[A-Z][\w.’'-]*[’']s?|former|senior|deputy|chief|head|press|"
                                r"spokes(?:man|woman|person)|adviser|advisor|aide|director|chairman|chairwoman|"
                                r"president|minister|secretary|envoy|ambassador|professor|analyst)\s")  # ("press secretary of …")
_CONTENT_NOUN = re.compile(
    r"\s+(?:(?:the|his|her|its|their|our|[A-Z][\w.-]*[’']s?)\s+)?(?:[a-z]+\s+)?(?:expectation|hope|belief|view|"
    r"position|assessment|conviction|concern|fear|claim|warning|insistence|assurance|confidence|readiness|"
    r"willingness|determination|argument|stance|thesis|assertion|contention|message|point)\s+that\s+")
_CITING = re.compile(r",\s*(?:citing|quoting|according to)\b(?:[^,;.]|(?<=[A-Z])\.){0,80},(?=\s*that\b)")
_SUBJECT_REACH = 60  # characters from a sentence's start within which its subject is named
_NOT_SUBJECT_END = frozenset("""the a an its his her their our your my this that these those so-called some any no
    as of to for in on at by with from about into than and or but be been being called dubbed named described
    very more most less such what during after before over under against between among amid without within through
    across toward towards via per despite""".split())
# A linking verb before the quote: 'Moscow remained "committed to …"' completes it with the quoted words
_LINKING_VERBS = frozenset("""remain remains remained seem seems seemed appear appears appeared become becomes became
    stay stays stayed look looks looked sound sounds sounded""".split())
_PREDICATE_ADVERBS = frozenset("just only simply also still even never not already really truly fully".split())
_NO_SPEAKER = Speaker(None, "other")
_ABBREVIATION_END = re.compile(r"\b[A-Z][\w-]{0,6}\.[,\s]*$")  # "D-Minn.", "Ky.", "Jr."
# '… and said, “…,” the office said': the quote has its own speaker inside the reported clause.
_NESTED_LEAD = re.compile(r"\b(?:said|says|told \w+|asked|added|wrote|recalled|shouted|yelled)[,:]?\s*[“\"‘']$")
_SPEAKS_FOR_BODY = frozenset({"spokesperson", "spokesman", "spokeswoman"})
_CHAIN = Pronoun("chain")  # 'adding: "…"' right after a quote: the same speaker
_AND = re.compile(r"\s+and\s+")
_GROUP = re.compile(r"(?:[Bb]oth|[Tt]he\s+two)\s+(?:(?P<people>men|women|leaders|presidents|ministers|envoys|"
                    r"negotiators)|(?P<sides>sides|countries|governments|delegations|parties|nations))"
                    # "The parties called the talks constructive and said …", "All sides claimed …", "Both have …"
                    r"|(?:[Tt]he|[Aa]ll)\s+(?:sides|parties)|[Bb]oth")
_GROUP_AFTER = re.compile(r"\s+((?:the|The)\s+(?:[A-Z][a-z]+\s+)?[a-z]+s)\b(?=\s*(?:,|\.|$|on\s|in\s))")
_RELATIVE_OPENER = re.compile(r"\s*(?:where|which|who|whom|whose|when|while|as)\b")
# European Pravda's and Ukrinform's paragraph labels ("Quote: “…”", "Details: …"): never a speaker.
_LABEL = re.compile(r"\s*(?:Quote|Quotes|Details|Background|Update|Reminder|For reference)\s*:\s*")


@dataclass(frozen=True)
class _Joint:
    """'Trump and Italy’s government said': each named speaker of a coordinated subject, in text order."""

    speakers: tuple[Speaker, ...]


@dataclass
class _Item:
    """A quote found before its speaker is known: `who` is a Speaker, a Pronoun, or None to continue."""

    kind: str
    parts: list[tuple[int, int]]
    who: Speaker | Pronoun | None
    paragraph: int
    attribution_end: int  # where the attributing sentence ends, for pronoun resolution
    nested: bool = False  # reported inside another speaker's quote: that speaker still holds the floor


def find_quotes(text: str, sentences: list[Sentence], registry: Registry, people: list[Person],
                weights: tuple[float, ...] | None = None,
                decisions: list[tuple[int, list[Candidate]]] | None = None,
                mentions: list[Mention] | None = None) -> list[Quote]:
    """Every quote in the text, in order, with its resolved speaker. `weights` replaces the ranker's shipped
    weights; `decisions`, when given, receives each ranked quote's start and candidates (for training)."""
    index = SpeakerIndex(text, registry, people, mentions)
    quoted = find_quoted(text)
    paras = paragraphs(text)
    consumed: set[int] = set()
    covered = [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1) for q in quoted]
    direct = _direct_items(text, quoted, paras, index, consumed, covered)
    indirect = _indirect_items(text, sentences, index, consumed, covered, direct)
    items = sorted(direct + [i for i in indirect if not _SAID_THIS.match(text, i.parts[0][0], i.parts[-1][1])],
                   key=lambda i: i.parts[0][0])
    ranking = _Ranking(Ranker(text, sentences, index, covered), weights, decisions)
    found = _resolve(text, items, index, covered, ranking)
    found = sorted(found + [inner for q in found for inner in _self_quoted(text, q)], key=lambda q: q.start)
    found = [_cited_source(text, q, sentences, index, covered) for q in found]
    title_end, deck_end = (paras[0][1] if paras else 0), (paras[1][1] if len(paras) > 1 else 0)
    return _pull_quotes(text, _first_telling(found, title_end, deck_end), paras)


# "…, according to TASS, citing Russia’s Defense Ministry": the source an outlet cites, up to the sentence's next comma
_CITED = re.compile(r",\s*citing\s+((?:[^,;.“”\"(]|(?<=[A-Z])\.)+?)\s*(?=[,;.]|$)")


def _cited_source(text: str, q: Quote, sentences: list[Sentence], index: SpeakerIndex, covered) -> Quote:
    """An outlet that cites a named source is the channel, not the speaker: the words are the source's (the team's
    rule: "[clause], RIA Novosti reports, citing … Peskov"). Only a source the text names and that can speak: a person,
    a state or a public body."""
    if not q.speaker or q.speaker_role != "other" or index.by_name(q.speaker) is not None:
        return q
    sentence = next((s for s in sentences if s.start <= q.start < s.end), None)
    if sentence is None:
        return q
    for cited in _CITED.finditer(text, sentence.start, sentence.end):
        if _inside(cited.start(), covered):
            continue
        source = index.subject(cited.start(1), cited.end(1))
        if isinstance(source, Speaker) and source.name and source.name != q.speaker \
                and (source.is_person or source.role == "official"):
            return replace(q, speaker=source.name, speaker_role=source.role, speaker_description=source.description)
    return q


def _pull_quotes(text: str, found: list[Quote], paras) -> list[Quote]:
    """'‘They just don’t go anywhere’' set alone as a subheading: a pull quote, whose speaker is whoever says those
    words in a later quote of the article."""
    result = []
    for q in found:
        words = " ".join(_WORDS_OF.findall(q.text.lower()))
        alone = q.kind == "direct" and len(words.split()) >= 3 and any(
            a <= q.start and q.end <= b and not text[a:q.start].strip(" “\"‘'") and not text[q.end:b].strip(" ”\"’'")
            for a, b in paras)
        later = next((r for r in found if r.start > q.end and r.speaker
                      and words in " ".join(_WORDS_OF.findall(r.text.lower()))), None) if alone else None
        result.append(replace(q, speaker=later.speaker, speaker_role=later.speaker_role,
                              speaker_description=later.speaker_description) if later and later.speaker != q.speaker
                      else q)
    return result


def _first_telling(found: list[Quote], title_end: int, deck_end: int) -> list[Quote]:
    """One item per utterance: a fact-check's "McKinley said that "$53 million a week …"" after the article has
    quoted the same words from him is the same utterance told again, not a new one (the title's words excepted).
    The paragraph under the title is the exception too: a standfirst prints words the body then reports in full, and
    each printing is an item of its own."""
    kept, told = [], []
    for q in found:
        if q.start >= title_end:
            words = _WORDS_OF.findall(q.text.lower())
            key = " ".join(words)
            if len(words) >= 5 and any(q.speaker == who and key in earlier and q.start >= end
                                       for who, earlier, end in told):
                continue  # (not the speaker's own earlier words inside their quote: those are a nested item)
            if q.start >= deck_end:
                told.append((q.speaker, key, q.end))
        kept.append(q)
    return kept


_WORDS_OF = re.compile(r"[\w’'$%.,-]*\w")


# '“I said, ‘Go to the line … and pull back.’”': the speaker quoting their own earlier words, one more item of theirs
_SELF_QUOTE_LEAD = re.compile(r"\b(?:I|[Ww]e)\s+(?:said|told\s+(?:him|her|them|you|\w+)|asked|say|tell\s+(?:him|her|them|you))"
                              r"\s*[,:]\s*$")
_INNER_OPEN = re.compile(r"[‘'“\"](?=\w)")
_INNER_CLOSE = re.compile(r"(?<=[\w.,!?])[’'”\"](?![\w])")


def _self_quoted(text: str, q: Quote) -> list[Quote]:
    if q.kind != "direct" or not q.speaker:
        return []
    found = []
    for opening in _INNER_OPEN.finditer(text, q.start, q.end):
        if not _SELF_QUOTE_LEAD.search(text, q.start, opening.start()):
            continue
        close = _INNER_CLOSE.search(text, opening.end(), q.end)
        end = close.start() if close else q.end
        found.append(Quote("direct", text[opening.end():end], q.speaker, q.speaker_role, q.speaker_description,
                           opening.end(), end))
    return found


# --- direct quotes ------------------------------------------------------------------------------------------


# Between two items of a list: a comma (inside or after the closing mark), "and", "or".
_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or)\s+)?")


def _listed_titles(text: str, quoted: list[Quoted]) -> set[int]:
    """'hits including “Listen To The Music,” “Black Water,” “China Grove” and others': three or more quoted spans
    in a row with only commas or "and" between them, each in title case, are titles named, not anyone's words."""
    def titled(q: Quoted) -> bool:
        words = [w for w in re.findall(r"[\w’'-]+", text[q.start:q.end]) if w.lower() not in _SMALL_TITLE_WORDS]
        return 0 < len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    runs, run = [], []
    for n, q in enumerate(quoted):
        joined = run and q.paragraph == quoted[run[-1]].paragraph and quoted[run[-1]].close_mark is not None \
            and _LIST_GAP.fullmatch(text, quoted[run[-1]].close_mark + 1, q.open_mark)
        if titled(q) and (not run or joined):
            run.append(n)
            continue
        runs.append(run)
        run = [n] if titled(q) else []
    runs.append(run)
    # ("filmmaker Charlie McDowell (“The Discovery,” “The One I Love”)": titles in brackets after a name, any number)
    return {n for run in runs if len(run) >= 3 or run and text[:quoted[run[0]].open_mark].rstrip().endswith("(")
            for n in run}


_SMALL_TITLE_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())


def _direct_items(text: str, quoted: list[Quoted], paras, index: SpeakerIndex, consumed: set[int],
                  covered: list[tuple[int, int]]) -> list[_Item]:
    items: list[_Item] = []
    skip: set[int] = _listed_titles(text, quoted)
    for n, q in enumerate(quoted):
        if n in skip:
            continue
        p_start, p_end = paras[q.paragraph]
        following = quoted[n + 1] if n + 1 < len(quoted) and quoted[n + 1].paragraph == q.paragraph else None
        previous = quoted[n - 1] if n and quoted[n - 1].paragraph == q.paragraph else None
        limit = following.open_mark if following else p_end
        clause_start = _clause_start(text, p_start, q.open_mark, previous)
        sentence_start = _clause_start(text, p_start, q.open_mark, None)
        said = [i.parts[0][0] for i in items]
        if _LABEL.fullmatch(text, clause_start, q.open_mark):
            clause_start = q.open_mark  # 'Quote: "…"': a house label, not a speaker; the quote continues
        held = set(consumed)
        if (q.paragraph > 0 or _reported_before(text, q, p_start)) and _heading_fragment(text, q, p_start, p_end):
            continue  # "Zelenskyy says Ukraine 'ready for full and unconditional ceasefire'": its report is indirect
        before = _before_attribution(text, clause_start, sentence_start, q, index, consumed, covered, said)
        if before is None and q.paragraph > 0 and not text[p_start:q.open_mark].strip(" \n'"):
            before = _colon_lead(text, paras[q.paragraph - 1], index, covered, said)
        after = None
        if before and text[clause_start:q.open_mark].rstrip().endswith(":"):
            # 'Carlson asked directly if …: “100% not,” the special envoy replied': the attribution right after the
            # quote is its own; the lead before the colon put the question
            answered: set[int] = set()
            after = _after_attribution(text, q, limit, index, answered)
            if after is not None:
                consumed.intersection_update(held)
                consumed |= answered
                before = None
        if not before and after is None:
            after = _after_attribution(text, q, limit, index, consumed)
        if after and text[sentence_start:q.open_mark].strip() and _REPORTS_OWN_CLAUSE.match(text, after[1]):
            # 'Stressing that Ukrainians “value human lives”, Zelensky said there was …': the verb after the quoted
            # words also reports a clause of its own, which the indirect pass reads
            consumed.intersection_update(held)
        parts = [(q.start, q.end)]
        attribution_end = q.end
        if after:
            who, verb_end = after
            attribution_end = _sentence_end(text, verb_end, p_end)
            if _carries(text, q, who, verb_end) and (reads_as_clause(text[q.start:q.end])
                                                      or _opens_finite_predicate(text, clause_start, q)):
                # 'Lavrov told reporters that Ukraine "carried out a terrorist attack …," Interfax reported': the
                # words of the report they open, which the outlet carries
                own = _partial(text, clause_start, sentence_start, q, index, set(consumed), covered, said)
                who = own if isinstance(own, Speaker) and own.name else who
            if following and _splits(text, q, following, verb_end):
                parts.append((following.start, following.end))
                skip.add(n + 1)
            lead = _reported_lead(text, sentence_start, q)
            if lead is None and not reads_as_clause(text[q.start:q.end]) \
                    and _own_report_before(text, sentence_start, q.open_mark):
                # 'Putin said the talks were "useful" and "constructive," TASS reported': fragments of Putin's
                # report, which the outlet carries; the indirect pass gives it to him
                consumed.intersection_update(held)
                continue
            if lead is not None:
                items.append(_Item("indirect", [lead], who, q.paragraph, attribution_end))
            if lead is None and _same_sentence_unattributed(text, items, q):
                # '“We are constantly working” to achieve peace, but “not all questions are easy,” he said': the
                # pieces before one attribution are one quote (one item per speech verb)
                items[-1] = _Item("direct", items[-1].parts + parts, who, q.paragraph, attribution_end)
            elif lead is None or reads_as_clause(text[q.start:q.end]) and not _infinitive_outside(text, q):
                items.append(_Item("direct", parts, who, q.paragraph, attribution_end))
        elif before:
            if _fragment(text[q.start:q.end]) and _runs_on(text, q, p_end) \
                    and not text[clause_start:q.open_mark].rstrip().endswith(":"):
                consumed.intersection_update(held)  # the verb is left to the report the fragment is part of
                continue  # 'Peskov said "contacts" would continue': a fragment inside the report, which is indirect
            items.append(_Item("direct", parts, before, q.paragraph, attribution_end))
        elif not text[clause_start:q.open_mark].strip(" \n'"):  # (the first apostrophe of a ''…'' quote)
            if q.close_mark is not None and _NAMED_SUBJECT.match(text, q.close_mark + 1, p_end):
                continue  # '“Meth. We’re on it” is rolling out with TV commercials': a slogan's name, the subject
            if not _heading(text, q, p_start, p_end) or reads_as_clause(text[q.start:q.end]):
                who = _headline_source(text, q, p_end, index) if q.paragraph == 0 \
                    else _card_speaker(text, p_start, index) or _capitals_heading(text, paras, q.paragraph, index)
                items.append(_Item("direct", parts, who, q.paragraph, attribution_end))
        else:
            if _fragment(text[q.start:q.end]) and _runs_on(text, q, p_end) \
                    and not text[q.start:q.end].rstrip().endswith((".", "!", "?")) \
                    and not _opens_finite_predicate(text, clause_start, q):
                # 'He added that several "nuances" needed to be taken into account', 'said Witkoff held "useful and
                # constructive" talks': verbless words inside a report that goes on past them; the report is indirect
                continue
            partial = _partial(text, clause_start, sentence_start, q, index, consumed, covered, said)
            if partial:
                if _opens_same_report(text, previous, q, sentence_start):
                    parts = [(previous.start, q.end)]  # the item runs from the fragment's first quoted word
                items.append(_Item("direct", parts, partial, q.paragraph, attribution_end))
            elif _introduced(text, clause_start, q):
                # 'The businessman says of Clinton, "…"', 'a friend commented: "…"': the words are quoted
                # though the lead names no one we know; the speaker is left to the context
                items.append(_Item("direct", parts, None, q.paragraph, attribution_end))
    return items


# Words between two quoted spans that start a new clause or end the first one's
_CLAUSE_BREAK = re.compile(r"\b(?:that|and|but|while|unless|if|because|when|as|although|though|since|until|or)\b"
                           r"|[,;:\u2013\u2014]|\s-+\s")


# Words before a quote that name the subject whose predicate the quote opens: a pronoun ("he", the relative "who")
_SUBJECT_PRONOUNS = {"he": False, "she": False, "it": False, "we": True, "they": True, "i": True, "you": True,
                     "who": None, "which": None, "that": None}


def _opens_finite_predicate(text: str, start: int, q: Quoted) -> bool:
    """'Peskov said Russian forces “massively strike” military sites', 'he “either postponed or canceled” the
    summit': quoted words that open the predicate of the subject right before them, its finite verb inside the marks
    (past any adverbs), are the speaker's own words, a partial quote, though the sentence goes on past them. The
    word classes come from a dictionary; the subject's number must fit the verb, so the noun reading of "strike" or
    "deal" after a singular subject ('said the US “deal” would') stays a fragment."""
    before = text[start:q.open_mark].split()
    if not before or not before[-1].isalpha() and "-" not in before[-1]:
        return False  # (a comma, a possessive or a quote mark between: not a subject right before the words)
    last = before[-1]
    low = last.lower()
    if low in _SUBJECT_PRONOUNS:
        plural = _SUBJECT_PRONOUNS[low]
    elif low in _NOT_SUBJECT_END or last in NATIONALITIES:
        return False
    elif last[0].isupper():
        plural = False  # a name ("the Kremlin", "Moscow")
    elif wordclass.noun(low):
        plural = low.endswith("s") and not low.endswith("ss")
    else:
        return False
    for word in text[q.start:q.end].split():
        word = word.strip(",;:.!?…()[]")
        if word.lower() in _PREDICATE_ADVERBS or wordclass.only_adverb(word):
            continue
        return word.isalpha() and word.islower() and wordclass.finite_verb(word, plural)
    return False


def _opens_same_report(text: str, previous: Quoted | None, q: Quoted, sentence_start: int) -> bool:
    """'Trump said the “biggest progress” toward ending the conflict “is that …”': a quoted fragment earlier in the
    sentence, joined to these words by the report's own words only, opens the same partial quote."""
    if previous is None or previous.close_mark is None or previous.open_mark < sentence_start \
            or not _fragment(text[previous.start:previous.end]):
        return False
    between = text[previous.close_mark + 1:q.open_mark]
    return not (SPEECH_VERB.search(between) or _CLAUSE_BREAK.search(between) or _SENTENCE_END.search(between))


def _same_sentence_unattributed(text: str, items: list[_Item], q: Quoted) -> bool:
    """The quote before this one opens the same sentence, has no attribution of its own and is joined to this one
    by the writer's words without a sentence end."""
    if not items or items[-1].kind != "direct" or items[-1].who is not None or items[-1].paragraph != q.paragraph:
        return False
    between = text[items[-1].parts[-1][1]:q.open_mark]
    return 0 < len(between.split()) <= 12 and not re.search(r"[.!?][”\"’']?\s", between) \
        and not SPEECH_VERB.search(between)


def _fragment(quoted: str) -> bool:
    """A few quoted words without a verb ("contacts", "a bomb", "budget reforms"), not a clause."""
    return len(quoted.split()) <= 4 and not reads_as_clause(quoted)


def _runs_on(text: str, q: Quoted, p_end: int) -> bool:
    """The sentence goes on after the closing mark with words of its own ('"contacts" would continue at …')."""
    if q.close_mark is None:
        return False
    after = text[q.close_mark + 1:p_end]
    stop = _SENTENCE_END.search(after)
    words = after[:stop.start() if stop else len(after)].split()
    return len(words) >= 2 and not after.lstrip()[:1] in ",;:—–-"


# A headline's source after its quote: "‘No deal until there’s a deal’: Trump sums up …", "‘Only trust primary
# sources’ on US-Russia talks – Kremlin".
_COLON_SOURCE = re.compile(r"\s*:\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}?[A-Z][\w.’'-]*)\s+(?P<verb>[a-z]+)\b")
_DASH_SOURCE = re.compile(r"\s+[-\u2013\u2014]\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s*$")


# A quoted name that is the sentence's subject: a verb right after the closing mark, no comma between.
_NAMED_SUBJECT = re.compile(r"[’'”\"]?\s+(?:is|was|are|were|has|had|will|became|remains)\s+(?!said\b)[a-z]")


def _headline_source(text: str, q: Quoted, p_end: int, index: SpeakerIndex) -> Speaker | None:
    """Who a quote in the headline is credited to, by a colon after it or a dash ending the headline; only a
    person or an actor we know (a site's name, "… - BBC News", credits nothing)."""
    if q.close_mark is None:
        return None
    match = _COLON_SOURCE.match(text, q.close_mark + 1, p_end)
    if match is None or match.group("verb") not in VERB_FORMS:  # ("‘…’: Ukraine accepts the offer": a tagline)
        match = _DASH_SOURCE.search(text, q.close_mark + 1, p_end)
    who = index.after_verb(*match.span("who")) if match else None
    if isinstance(who, Speaker) and who.name and (index.by_name(who.name) or index.registry.lookup(who.name)):
        return who
    return None


def _card_speaker(text: str, p_start: int, index: SpeakerIndex) -> Speaker | None:
    """The person whose comment card ("Jo Carrow, Professor of Politics") is the paragraph right before."""
    blank = p_start
    while blank and text[blank - 1].isspace():
        blank -= 1
    card = CARD_LINE.match(text, text.rfind("\n", 0, blank) + 1)
    if card is None or card.end() != p_start:
        return None
    named = index.people_between(*card.span(1))
    return index.person_speaker(named[-1][2]) if named else None


# A round-up of quotes: each speaker alone on a line in capitals ("FRENCH PRESIDENT EMMANUEL MACRON", "U.S.
# PRESIDENT DONALD TRUMP SPEAKING TO REPORTERS"), their quoted paragraphs under it.
_CAPITALS_HEADING = re.compile(r"(?=[^\n]*[A-Z]{3})[A-Z0-9 .,’'()&/-]{4,120}")
_QUOTE_OPENERS = "“\"‘'«„"
_HEADING_WORDS = 14


def _capitals_heading(text: str, paras, paragraph: int, index: SpeakerIndex) -> Speaker | None:
    """The registry person a capitals heading names, for the quoted paragraphs under it (past earlier quoted
    paragraphs of the same heading, none with words of the writer's)."""
    for n in range(paragraph - 1, -1, -1):
        line = text[paras[n][0]:paras[n][1]].strip()
        if line[:1] in _QUOTE_OPENERS and line.rstrip("”\"’'»").rstrip()[-1:] in ".!?…—-":
            continue  # (a quoted paragraph of the same heading)
        if "\n" in line or len(line.split()) > _HEADING_WORDS or not _CAPITALS_HEADING.fullmatch(line):
            return None
        words = line.title().split()
        for size in (3, 2):
            for i in range(len(words) - size + 1):
                actor = index.registry.lookup(" ".join(words[i:i + size]))
                if actor is not None and actor.kind == "person":
                    return Speaker(actor.name, actor.role, None, True)
        return None
    return None


def _colon_lead(text: str, paragraph: tuple[int, int], index: SpeakerIndex, covered, said: list[int]):
    """'Asked about …, Peskov responded:' ending the paragraph before a quote that opens its own: the lead's
    subject speaks the quote."""
    p_start, p_end = paragraph
    end = len(text[:p_end].rstrip())
    if not text[:end].endswith(":"):
        return None
    start = _clause_start(text, p_start, end, None)
    if _VERB_LAST.search(text[start:end]) is None:
        return _lead_subject(text, start, end, index, covered)
    spoken = [m for m in SPEECH_VERB.finditer(text, start, end) if not _inside(m.start(), covered)]
    if not spoken or _negated(text, start, spoken[-1]):
        return None
    return _verb_subject(text, start, spoken[-1], index, covered, said)


def _lead_subject(text: str, start: int, end: int, index: SpeakerIndex, covered) -> Speaker | None:
    """'President Vladimir Putin shared details of his phone call with U.S. President Donald Trump:' before quoted
    paragraphs with no verb of saying: the person the lead opens with introduces them, not the last one it names."""
    people = [m for m in index.people_between(start, end) if not _inside(m[0], covered)]
    if not people or not _in_subject_position(text, people[0][0]) or text.startswith(("’s", "'s"), people[0][1]):
        return None
    return index.person_speaker(people[0][2])


def _heading(text: str, q: Quoted, p_start: int, p_end: int) -> bool:
    """A paragraph that is only a quoted phrase: a subheading (“Alarming mortality rate”), a quote only with a verb."""
    quoted = text[q.start:q.end].rstrip()
    if quoted.endswith(("!", "?")) or quoted.endswith(".") and len(quoted.split()) > 6:
        return False  # ('“Thousands of people being slaughtered each week—NO MORE!”': a sentence, spoken)
    return q.close_mark is not None and not text[q.close_mark + 1:p_end].strip() \
        and not text[p_start:q.open_mark].strip()


def _heading_fragment(text: str, q: Quoted, p_start: int, p_end: int) -> bool:
    """Verbless quoted words in a live blog's entry heading (a short paragraph with no closing stop): headline style
    drops the copula ("Ukraine ‘ready to take fastest possible steps to peace’, says Zelenskyy"), so the words are a
    fragment of the heading's report, never a direct quote."""
    line, quoted = text[p_start:p_end].strip(), text[q.start:q.end]
    return bool(line) and "\n" not in line and len(line.split()) <= 25 and not _ENDS_SENTENCE.search(line) \
        and not reads_as_clause(quoted) and not _FINITE_FIRST.match(quoted) \
        and not quoted.rstrip().endswith((".", "!", "?", "…"))  # ('“The most unqualified child …” ― Name': a sentence)


def _reported_before(text: str, q: Quoted, p_start: int) -> bool:
    """A speech verb before the quoted words ("Dmitriev says Ukraine peace talks in Miami 'constructive'"): the
    headline reports a clause that holds them. Without one ("Trump 'very disappointed' in Putin") the quoted words
    are the headline's only report; with one after them ("…, Putin says") the quote's own attribution reads it, and
    right before them ("Rubio says ‘progress but ways to go’") they open the report themselves."""
    verbs = list(SPEECH_VERB.finditer(text, p_start, q.open_mark))
    return bool(verbs) and bool(re.search(r"\w", text[verbs[-1].end():q.open_mark]))


_ENDS_SENTENCE = re.compile(r"[.!?…][”\"’'″)]*$")
# ("Putin 'enjoys' fooling the West, says …": a quoted finite verb is the heading's quoted predicate)
_FINITE_FIRST = re.compile(r"\s*(?:[a-z]{2,}(?<!s)s|[a-z]{3,}ed|[a-z]+n[’']t)\b")


def _clause_start(text: str, p_start: int, open_mark: int, previous: Quoted | None) -> int:
    start = p_start
    if previous is not None:
        start = (previous.close_mark if previous.close_mark is not None else previous.end) + 1
    for match in _SENTENCE_END.finditer(text, start, min(len(text), open_mark + 3)):
        if match.end() <= open_mark:
            start = match.end()
    return start


def _before_attribution(text: str, start: int, sentence_start: int, q: Quoted, index: SpeakerIndex,
                        consumed: set[int], covered: list[tuple[int, int]], said: list[int]):
    """'X said: "…"', 'X added, "…"', 'Trump echoed the warning with a pointed tone: "…"', '…, adding: "…"'."""
    lead = text[start:q.open_mark].rstrip()
    if lead.endswith("'") and text[q.open_mark:q.open_mark + 1] == "'":
        lead = lead[:-1].rstrip()  # the first of the two apostrophes that open a ''…'' quote
    if not lead:
        return None
    according = _LEAD_ACCORDING.match(lead)
    if according:  # 'According to Peskov, “…”'
        who = index.after_verb(start + according.end(), start + len(lead) - 1)
        if who is not None:
            return who
    going_on = _GOES_ON_LEAD.search(lead)
    if going_on:  # 'She continued, “…”': 'continued' alone is no saying, before a quote it is
        who = _subject(text, sentence_start, start + going_on.start(), index)
        if isinstance(who, (Speaker, Pronoun)) and (not isinstance(who, Speaker) or who.name):
            return who
    spoken = list(SPEECH_VERB.finditer(text, start, start + len(lead)))
    verbs = [m for m in spoken if not _negated(text, start, m)
             and not _noun_use(text, start, m)]  # ("said in a post on X:")
    # ('…, prompting Mr Trump to raise his voice and say: "…"', '…—prompting Trump to respond, “…”': its infinitive,
    # no saying elsewhere, is the saying here, and the one prompted says it)
    closing = spoken and (lead.endswith(":") or lead.endswith(",") and spoken[-1].end() == start + len(lead) - 1)
    caused = _caused_to_say(text, sentence_start, spoken[-1], index) if closing else None
    if caused is not None:
        consumed.add(spoken[-1].start())
        return caused
    if lead.endswith(":"):
        # (the pattern of the attribution after a quote, '“…,” Peskov was quoted as saying', here ending the lead)
        quoted_as = _QUOTED_AS.search(text, sentence_start, verbs[-1].end()) \
            if verbs and verbs[-1].group() in ("saying", "telling") else None
        if quoted_as and quoted_as.end() == verbs[-1].end():
            # 'When asked whether … Putin and Trump, Peskov was quoted as saying: "Maybe"': the one quoted
            who = index.subject(quoted_as.start("who"), quoted_as.end("who"))
            if isinstance(who, (Speaker, Pronoun)) and (not isinstance(who, Speaker) or who.name):
                consumed.add(verbs[-1].start())
                return who
        if verbs:
            who = _verb_subject(text, sentence_start, verbs[-1], index, covered, said)
            if who is not None:
                consumed.add(verbs[-1].start())
                return who
        named = _first_named(text, start, start + len(lead), index)
        earlier = [m for m in SPEECH_VERB.finditer(text, sentence_start, start) if not _inside(m.start(), covered)
                   and not _negated(text, sentence_start, m)] if start > sentence_start else []
        if earlier and not (isinstance(named, Speaker) and named.name) \
                and re.search(r"\b(?:in|on|at|with|to|for|of|about|over|from)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+:$", lead):
            # "US president says he's 'disappointed' in Russian leader: 'I trust almost nobody'": the words after
            # the colon go on with the sentence's own report; the noun before it is a preposition's, no speaker
            who = _verb_subject(text, sentence_start, earlier[-1], index, covered, said)
            if who is not None:
                return who
        return named
    verb_last = _VERB_LAST.search(lead)
    if verb_last and _MODAL_BEFORE.search(lead, 0, verb_last.start()):
        verb_last = None  # 'said the Kremlin would respond "when the time is right"': a deed to come, no saying
    if verb_last and verbs:
        verb = next((m for m in verbs if m.start() == start + verb_last.start()), None)
        if verb is not None:
            who = _verb_subject(text, sentence_start, verb, index, covered, said)
            if who is not None:
                consumed.add(verb.start())
                return who
    return None


_THAT_CLAUSE = re.compile(r"\s+that(?:[’']s\s|\s+(?!\W))")  # "The Times notes that's a reference …": a clause
_LEAD_ACCORDING = re.compile(r"\s*(?:" + ACCORDING_TO.pattern + r")\s+(?=[^,]{2,80},$)")
_GOES_ON_LEAD = re.compile(r"\s(?:continued|went on|goes on|continues)[,:]$")


def _introduced(text: str, start: int, q: Quoted) -> bool:
    """The quote's lead ends with a speech verb and a comma or colon: whoever it names, the words are a quote."""
    lead = text[start:q.open_mark].rstrip()
    verb = _VERB_LAST.search(lead)
    return reads_as_clause(text[q.start:q.end]) and bool(verb) and lead.endswith((",", ":")) \
        and not _negated(text, start, verb)


def _caused_to_say(text: str, sentence_start: int, verb, index: SpeakerIndex) -> Speaker | Pronoun | None:
    """'Zelensky tried to object, prompting Mr Trump to raise his voice and say: "…"': the one prompted says it."""
    if verb.group().endswith(("s", "ed", "ing")):
        return None
    caused = _CAUSED_TO.search(text, sentence_start, verb.start())
    who = index.subject(caused.start("who"), caused.end("who")) if caused else None
    return who if isinstance(who, Pronoun) or isinstance(who, Speaker) and who.name else None


def _first_named(text: str, start: int, end: int, index: SpeakerIndex) -> Speaker | Pronoun | None:
    people = index.people_between(start, end)
    if people:
        return index.person_speaker(people[0][2])
    first = re.match(r"\s*(?:\w+\s+){0,3}?(he|she|they)\b", text[start:end], re.IGNORECASE)
    if first:
        return Pronoun(first.group(1).lower())
    copula = _COPULA_LEAD.match(text, start, end)
    if copula:  # 'The Kremlin was blunt: “…”': the subject of the lead's copula
        who = index.subject(start, copula.end(1))
        if who is not None:
            return who
    return index.subject(start, end - 1)


# ('“…,” Yury Ushakov, a top foreign policy aide to President Vladimir Putin, was quoted as saying': past the aside)
_QUOTED_AS = re.compile(r"[\s,]*(?P<who>[^,.;:“”\"]{2,60}?)(?:,\s+(?:a|an|the)\s[^;:“”\"]{2,100}?,)?"
                        r"\s+(?:was|were|is|has been|had been)\s+(?P<verb>quoted|cited)"
                        r"(?:\s+by\s+[^,.;:“”\"]{1,40}?)?\s+as\s+(?:saying|telling)")
_QUOTING_AS = re.compile(r"[\s,]*[^,.;:“”\"]{2,60}?\s+(?P<verb>quoted|cited)\s+(?P<who>[^,;:“”\"]{2,60}?)\s+as\s+"
                         r"(?:saying|telling)")
_QUOTED_SAYING = re.compile(r"\b(?:quot|cit)(?:ed|es|ing)\s+(?P<who>[^,;:“”\"]{2,60}?)\s+as\s+$")
_MEDIUM = re.compile(r"\s+(?:on\s+(?:X|Telegram|Facebook|Twitter|Instagram|Truth Social|social media|(?:state\s+)?(?:TV|"
                     r"television|radio))|in\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+){0,2}(?:statement|interview|video|"
                     r"post|address|speech|message|briefing))(?=\s)(?!\s+(?:emailed|sent|posted|to|on)\b)")
_PLURAL_NOUN_BEFORE = re.compile(r"\b(?:many|several|some|these|those|such|all|new|other|"
                                 + "|".join(sorted(NATIONALITIES, key=len, reverse=True)) + r")\s+$")
_NOUN_THEN_VERB = re.compile(r"\s+(?:said|say|suggested|suggest|claimed|claim|indicated|indicate|showed|show)\b")
# "The cutback led the French manufacturer to announce it would …", "prompted some users to argue that …": a verb
# that brings the act about reports it as done, by its object (unlike "urged Kyiv to say", a request).
# "Putin used his year-end press conference to say that …", "took the opportunity to warn that …": the one who used
# the occasion says it (an infinitive is otherwise no saying: "plans to announce")
_USED_TO = re.compile(r"\b(?:used|uses|took|takes|seized|seizes)\s+(?:(?:his|her|its|their|the|a|an)\s+)?"
                      r"[^,;:“”\"]{2,60}?\s+to\s+$"
                      # "the Russian president hastened to signal that …", "Putin was quick to say that …": done,
                      # not planned
                      r"|\b(?:hastened|hastens|rushed|rushes|(?:was|were|is|are)\s+quick|went\s+on|goes\s+on)\s+to\s+$")
_CAUSED_TO = re.compile(r"\b(?:led|leading|prompted|prompting|forced|forcing|compelled|compelling|spurred|spurring|"
                        r"drove|driving|caused|causing)\s+(?P<who>[^,;:“”\"]{2,60}?)\s+to\s+"
                        # ("prompting Mr Trump to raise his voice and say:": a first verb joined to the saying)
                        r"(?:[a-z]+(?:\s+[\w’'-]+){0,4}\s+and\s+)?$")
_DOCUMENT_BY = re.compile(r"\b(?:report|article|story|statement|investigation|analysis|assessment|study|survey)\s+"
                          r"(?:from|by|in|of)\s+(?P<source>(?:the\s+)?[A-Z][^,;:.“”\"]{1,50}?)\s*,?\s*$")
_ADJUNCT_BEFORE_PRONOUN = re.compile(r"\s+(?:after|before|during|at|following|on|in)\s+"
                                     r"(?:the|a|an|his|her|their|its|this|last|"
                                     r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                                     r"(?:\s+[\w’'-]+){0,4}?(?=\s+(?:he|she|they|we|it|I)\s+[a-z]+"
                                     # ("suggested after the talks ended there were fewer demands")
                                     r"|\s+there\s+(?:is|are|was|were|will|would|had|has|have)\b)")
_PARTICIPLE_ASIDE = re.compile(r"(?:,\s*(?:speaking|writing|talking|briefing|commenting)|,?\s+(?:quoting|citing))\b"
                               r"[^,;“”\"]{0,80},\s*$")  # ("Reuters, quoting an unnamed US official, reported")
_FINITE_WORD = re.compile(r"(?!retired\b|elected\b|designated\b|embattled\b|detained\b)[a-z]+ed|is|are|was|were|"
                          r"has|have|had|will|would|can|could|may|might|must|should")
# "has said repeatedly that", "said instead that", "stressed again how": adverbs between the verb and its clause
_VERB_ADVERB = r"(?:[a-z]+ly|again|instead|too|also|then|later|earlier|previously|already|still|once\s+(?:more|again)|" \
               r"yet\s+again)"
_ADVERB_BEFORE_THAT = re.compile(rf"(?:\s+(?:{_VERB_ADVERB}|and|or))*\s+{_VERB_ADVERB}"
                                 r"(?=\s*,?\s*(?:that|how|whether|why)\b)")
_COPULA_LEAD = re.compile(r"\s*((?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:was|were|is|are)\s+(?:\w+\s+)?\w+:$")
_CLOSES_SENTENCE = re.compile(r"\s*[.!?](?:\s|$)")
_TOLD_WHOM_CLOSES = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*[.!?](?:\s|$)")  # "told state TV."
# "…, Peskov told state TV on Sunday.": a few words of addressee (and time) end the sentence; no clause follows
# ("…, Macron told the daily newspaper Le Figaro on March 3.": an outlet described before its name, and a time)
_ADDRESSEE_TO_END = re.compile(r"\s+(?:(?:(?:the|a|an)\s+(?:[a-z]+\s+){1,3}(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\w"
                               r"(?:\s+(?:on|in|at|last|this|late|early)(?:\s+[\w’'.-]+){1,3})?)"
                               r"|(?:(?!(?:to|that|if|whether)\b)[\w’'.-]+\s+){0,3}"
                               r"(?!(?:to|that|if|whether)\b)[\w’'.-]*\w)[.!?]?\s*")


def _told_whom_only(text: str, verb, end: int) -> bool:
    return verb.group() in OBJECT_VERBS and bool(_ADDRESSEE_TO_END.fullmatch(text, verb.end(), end)) \
        and not reads_as_clause(text[verb.end():end])  # ("told people had immense value": a clause, not an addressee)


def _opens_sentence(text: str, pos: int) -> bool:
    """Nothing of its sentence comes before `pos` ("Putin said he assumes that “…”, according to …" has)."""
    before = text[max(0, pos - 400):pos]
    ends = [m.end() for m in re.finditer(r"[.!?][”\"’']?\s+|\n", before)]
    return not before[ends[-1] if ends else 0:].strip() and (bool(ends) or pos <= 400)


# "a senior Ukrainian official, who asked not to be named, told Reuters": the relative clause's verb is no attribution.
_RELATIVE_CLAUSE_VERB = re.compile(r"(?:,|^)\s*(?:who|which)\s+(?:\w+\s+)?$")  # (the comma may stand inside the marks)
_TRAILING_ACCORDING = re.compile(r"[\s,]*(?:" + ACCORDING_TO.pattern + r")\s+")


def _after_attribution(text: str, q: Quoted, limit: int, index: SpeakerIndex, consumed: set[int]):
    """'"…," Rubio said', '"…," said Mark N. Katz, a …', '"…" he told reporters': (speaker, verb end)."""
    if q.close_mark is None:
        return None
    window_start = q.close_mark + 1
    byline = _BYLINE.fullmatch(text, window_start, limit)
    if byline:  # '“…” ― Pamela Padilla' closing its paragraph: the name signs the quote
        name_end = byline.start(1) + len(byline.group(1).rstrip(". "))
        who = index.subject(byline.start(1), name_end)
        if isinstance(who, Speaker) and who.name:
            return who, name_end
    window = text[window_start:min(limit, window_start + 160)]
    if not window.strip() or window.lstrip()[:1] in ".!?;" and not window.lstrip().startswith("..."):
        return None
    sentence = _SENTENCE_END.search(window)
    if sentence:
        window = window[:sentence.start() + 1]
    quoted_as, offset = _QUOTED_AS.match(window), window_start
    if quoted_as is None:  # (not cut at the sentence's end: "quoted the U.S. official as saying")
        quoted_as, offset = _QUOTING_AS.match(text, window_start, min(limit, window_start + 160)), 0
    if quoted_as:  # '“…,” Peskov was quoted as saying by RIA Novosti.', '“…,” the FT quoted the official as saying.'
        who = index.subject(offset + quoted_as.start("who"), offset + quoted_as.end("who"))
        if isinstance(who, (Speaker, Pronoun)):
            consumed.add(offset + quoted_as.start("verb"))
            return who, offset + quoted_as.end()
    according = _TRAILING_ACCORDING.match(window) if _opens_sentence(text, q.open_mark) else None
    if according:  # '“…,” according to Kremlin spokesman Dmitry Peskov.'
        who = index.after_verb(window_start + according.end(), window_start + len(window))
        if who is not None:
            return who, window_start + according.end()
    verb = next((m for m in AFTER_QUOTE_VERB.finditer(window)  # "one of the states suing the EPA, said": a noun
                 if (m.group() not in {"state", "states"} or THAT.match(window, m.end()))
                 and not _RELATIVE_CLAUSE_VERB.search(window, 0, m.start())
                 # ('"should receive information" … and report that back, Peskov told state TV': the quoted
                 # predicate's second verb, with no subject of its own)
                 and not _COORDINATED_VERB.search(window, 0, m.start())
                 # ('“…” relating to security, Trump told reporters': a participle before "to" is no saying)
                 and not (m.group().endswith("ing") and re.match(r"\s+to\b", window[m.end():]))), None)
    punctuated = text[q.end - 1:q.end] in ",.!?…—–-" or window.lstrip()[:1] in ",—–-"
    if verb is None or _far_from_quote(window, verb, punctuated) \
            or '"' in NICKNAME.sub(lambda m: m.group()[:m.start("mark") - m.start()], window[:verb.start()]):
        return None
    verb_start, verb_end = window_start + verb.start(), window_start + verb.end()
    ends_sentence = text[q.end - 1:q.end] in ".!?" and text[q.end - 1:q.end] != ""
    lead = window[:verb.start()].strip(" ,—–-\u00a0")
    if lead and "," not in lead and not punctuated and (PREPOSITION_START.match(lead) or _CONDITION_START.match(lead)):
        return None  # '“energy truce” with Russia—provided Moscow agrees': the quote's noun goes on; no speaker here
        # (but '"…" of the Clinton proposal, Mr. Holtz-Eakin said': a comma sets the speaker apart)
    if verb.group().split()[0].endswith("ing"):  # (a phrase's first word: '“…,” expressing hope that …')
        return None  # '"a decisive success" for Europe, telling Deutschlandfunk …', '“…,” stressing the urgency of …':
        # a participle goes on with the sentence's own speaker, never one named after it
    as_saying = _AS_SAYING.match(text, verb_end) if verb.group() in _CARRYING_VERBS else None
    if as_saying:  # '"…," Russia's state news agency Tass reported Peskov as saying': the one the outlet quotes
        who = index.subject(as_saying.start("who"), as_saying.end("who"))
        if isinstance(who, (Speaker, Pronoun)) and (not isinstance(who, Speaker) or who.name):
            consumed.add(verb_start)
            return who, as_saying.end()
    inverted = None if punctuated else _INVERTED_AFTER_PARTICIPLE.match(window)
    if inverted:  # '"… the little deal" agreed in October, said Jo Carr': the quoted noun's participle, then 'said X'
        verb_start, verb_end = window_start + inverted.start(1), window_start + inverted.end(1)
        who = index.after_verb(verb_end, window_start + len(window))
        if who is not None:
            consumed.add(verb_start)
            return who, verb_end
    if not punctuated and (len(lead.split()) > 3 or "," in lead or _MODAL_END.search(lead)):
        # '"one country, two systems" formula …, while police deny': the sentence goes on; '"hope" they will say
        # yes': a saying to come is no attribution. But '"we will determine the timing of a conversation" between
        # the two presidents, Kremlin spokesman Dmitry Peskov said.': a named subject and its verb close the sentence
        comma = window.rfind(",", 0, verb.start())
        closes = _CLOSES_SENTENCE.match(window, verb.end()) or verb.group() in OBJECT_VERBS \
            and _TOLD_WHOM_CLOSES.match(window, verb.end())  # ("…, Kremlin spokesman Dmitry Peskov told state TV.")
        if comma < 0 or not closes:
            return None
        who = index.subject(window_start + comma + 1, _subject_end(text, window_start + comma + 1, verb_start))
        if not (isinstance(who, Speaker) and who.name and who.is_person):
            return None
        consumed.add(verb_start)
        return who, verb_end
    if not lead:
        # '“…,” adding that Putin wants …': a name after "that" is the reported clause's subject, not the speaker
        # ("the 'Easter truce' indicates Putin's true attitude": unpunctuated, the quoted words are the verb's subject
        # and an owner after it heads its object; but '"…," said Russia's top diplomat' names the speaker)
        who = None if THAT.match(text, verb_end) or not punctuated and _OWNER_AFTER.match(text, verb_end) \
            else index.after_verb(verb_end, window_start + len(window))
        stop = _SENTENCE_END.search(text, verb_end, verb_end + 400)  # (a long list of signatories)
        authors = index.document_authors(verb_end, stop.start() if stop else window_start + len(window)) \
            if who is None or isinstance(who, Speaker) and not who.is_person else []
        if len(authors) > 1:  # '"…," said a statement signed by Zelensky, Costa, …': each signatory says it
            who = _Joint(tuple(authors))
        elif isinstance(who, Speaker) and who.name is None:
            group = _GROUP_AFTER.match(text, verb_end)
            grouped = index.subject(group.start(1), group.end(1)) if group else None
            if isinstance(grouped, Pronoun) and grouped.word == "group":
                who = grouped  # '"…," said the leaders, who …': those the text just listed, as "the leaders said"
    else:
        # (the clause read on to its sentence's end, past a quote inside it: 'says Ubisoft are "believers" in …')
        clause_end = _SENTENCE_END.search(text, verb_end, verb_end + 300)
        if ends_sentence and (is_clause(text[verb_end:clause_end.start() + 1 if clause_end else len(text)], verb.group())
                              or PASSIVE_AFTER.match(text, verb_end) or _THAT_CLAUSE.match(text, verb_end)
                              or _QUOTE_OPENS.match(text, verb_end)):
            return None  # '"….” The agency pledged to act': a new sentence, not an attribution ('"….” Kyiv
            # reported “substantial progress”': its verb quotes words of its own)
        if _NEXT_CLAUSE.match(window) and is_clause(text[verb_end:window_start + len(window)], verb.group()):
            return None  # '… what it calls "the realities", while Ukraine says Moscow is feigning …': its own report
        if THAT.match(text, verb_end) and not _opens_sentence(text, q.open_mark):
            return None  # 'While a U.S. official suggested that Ukraine “has agreed to the deal,” Ukrainian
            # authorities stressed that …': the quoted words end the first report; the verb opens a second
        if _named_in_opener(text, q) and is_clause(text[verb_end:clause_end.start() + 1 if clause_end else len(text)],
                                                   verb.group()):
            return None  # 'After the meeting of the "Coalition of the Willing," Macron said the countries would …':
            # a name in the sentence's opening phrase; the verb reports the clause after it
        subject_end = _subject_end(text, window_start, verb_start)
        # '“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said': the name before
        # the asides, which index.subject reads as appositions
        authors = index.document_authors(window_start, subject_end)
        # ('“…,” the joint statement from Witkoff, Kushner, Umerov and Hnatov read': each author, not the last name)
        who = _Joint(tuple(authors)) if len(authors) > 1 \
            else (index.subject(window_start, subject_end) if "," in lead else None) \
            or _subject(text, window_start, subject_end, index)
    if who is None and (lead or verb.group().endswith("ing") or not punctuated):
        # '“…,” explaining that …' names nobody: the attribution stands before the quote; and '… said the
        # advertisement “unmistakably and wrongfully” suggests that …': unpunctuated, the quoted words belong to
        # the clause the verb goes on with
        return None
    consumed.add(verb_start)
    return (who or _NO_SPEAKER), verb_end


_ADJUNCT_OPENER = re.compile(r"(?:After|Before|Following|During|Ahead\s+of|Amid|At|In|On|Speaking|Addressing)"
                             r"\s[^“”\"]*$")


def _named_in_opener(text: str, q: Quoted) -> bool:
    """The quoted words are a name or phrase inside the phrase that opens their sentence, before its subject ("After
    the meeting of the so-called “Coalition of the Willing,” …"), not words anyone says."""
    reach = max(0, q.open_mark - 400)  # (a sentence's opening phrase is near; the whole text before is not read)
    start = max((reach + m.end() for m in re.finditer(r"[.!?][”\"’']?\s+|\n", text[reach:q.open_mark])), default=reach)
    return bool(_ADJUNCT_OPENER.match(text, start, q.open_mark)) and not reads_as_clause(text[q.start:q.end])


_CARRYING_VERBS = frozenset({"reported", "reports", "quoted", "quotes", "cited", "cites"})
_AS_SAYING = re.compile(r"\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|him|her|them)"
                        r"\s+as\s+(?:saying|telling)\b")


def _far_from_quote(window: str, verb, punctuated: bool) -> bool:
    """More than ten words between the quote and the verb: too far for an attribution, unless the quote runs on
    unpunctuated in its clause and the verb's subject stands after a comma ('"should receive information …" in the
    plan and report that back to Moscow later, Kremlin's spokesman Dmitry Peskov told state TV')."""
    words = len(_APPOSITIVES.sub(",", window[:verb.start()].rstrip() + ",").split())
    if words <= 10 or words <= 20 and _NAME_BEFORE_VERB.search(window, 0, verb.start()):
        return False  # ('"…," the freelance advisor to the head of the Ukrainian President’s Office, Alexander Bevz,
        # said': a long title, and the name set off right before the verb)
    comma = window.rfind(",", 0, verb.start())
    return punctuated or comma < 0 or len(window[comma + 1:verb.start()].split()) > 6


_NAME_BEFORE_VERB = re.compile(r",\s*(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*,\s*$")
_OWNER_AFTER = re.compile(r"\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s+[a-z]")
_INFINITIVE_START = re.compile(r"\s*to\s+[a-z]+\b(?!\s+(?:is|are|was|were|will|would|has|have)\b)")
_QUOTE_OPENS = re.compile(r"\s*[“\"‘]")
_TO_BEFORE = re.compile(r"\bto\s*$")


def _infinitive_outside(text: str, q: Quoted) -> bool:
    """'agreed to “share … the conditions that would make it possible …”', 'will continue to “make every effort …”':
    the quoted words go on an infinitive whose "to" and finite verb stand outside the marks, a fragment of the
    writer's clause whatever its own relative clauses hold."""
    return bool(_TO_BEFORE.search(text, max(0, q.open_mark - 8), q.open_mark)) and text[q.start:q.start + 1].islower()
_COORDINATED_VERB = re.compile(r"(?:^|[\s,])(?:and|or|but|then)\s+(?:[a-z]+ly\s+)?$")
_CONDITION_START = re.compile(r"\s*(?:provided|if|unless|once|until|whether)\b", re.IGNORECASE)


# After a quote, a conjunction that opens the sentence's next clause: a speech verb there reports that clause.
_NEXT_CLAUSE = re.compile(r"[”\"’']?\s*,?\s*(?:while|whereas|but|although|though|as|and)\s", re.IGNORECASE)


def _reported_lead(text: str, sentence_start: int, q: Quoted) -> tuple[int, int] | None:
    """'The prosecutor took the decision to "drop the case", the agency said': the sentence before the attribution
    is the reported clause (indirect; the fragment is part of it). When the quoted words are a clause of their own,
    the lead is a separate claim only if it has its own verb ('That message is that … and "we want to help," he
    said'). None when the quote opens its sentence or the lead is a short opener ("But", "And, he said,")."""
    # ("KYIV, Ukraine (AP) — A meeting … will happen “in the near future,” Zelenskyy said": not his words)
    sentence_start = _past_dateline(text, sentence_start, q.open_mark)
    connective = _CONNECTIVE.match(text, sentence_start, q.open_mark)
    if connective:  # "Additionally, both leaders agreed to "…", it added": "Additionally" is the writer's
        sentence_start = connective.end()
    lead = text[sentence_start:q.open_mark]
    if len(lead.split()) < 2 or lead.rstrip().endswith(":") or _quotes_a_clause(lead) \
            or _opens_predicate(lead, text[q.start:q.end]):
        return None  # ('China “vastly improved its detection …,” writes the AP': the quote is the predicate itself)
    if reads_as_clause(text[q.start:q.end]) and not _infinitive_outside(text, q):
        joined = re.search(r"(?:,|\s+and|\s+but)\s*$", lead)
        if not (joined and reads_as_clause(lead[:joined.start()])):
            return None
        if any(_clause_after(text, v, sentence_start + joined.start()) is not None
               for v in SPEECH_VERB.finditer(text, sentence_start, sentence_start + joined.start())
               if not PASSIVE_BEFORE.search(text, sentence_start, v.start())):
            return None  # 'He suggested X, though …, “we expect …,” Putin said': the lead is his own report already
        return sentence_start, sentence_start + joined.start()
    if _own_report_before(text, sentence_start, q.open_mark):
        return None  # 'Putin said Russia doesn't "really see such readiness" …, "…," Reuters reports', 'While Hegseth
        # insisted that any settlement had to bring a “durable peace”, he said …': the lead is a report of its own
    end = (q.close_mark if q.close_mark is not None else q.end) + 1
    return sentence_start, min(end, len(text))


def _carries(text: str, q: Quoted, who, verb_end: int) -> bool:
    """The attribution after the quote is an outlet's "reported": it carries someone's words rather than saying them."""
    return isinstance(who, Speaker) and bool(who.name) and not who.is_person and who.role == "other" \
        and any(w in CHANNEL_VERBS for w in re.findall(r"[a-z]+", text[q.end:verb_end]))


def _own_report_before(text: str, start: int, end: int) -> bool:
    """A speech verb with a clause of its own between `start` and `end` ("Putin said the talks were …")."""
    return any(_clause_after(text, v, end) is not None for v in SPEECH_VERB.finditer(text, start, end)
               if not PASSIVE_BEFORE.search(text, start, v.start()) and _reports(text, start, v))


def _inside_quote_chars(lead: str) -> bool:
    return any(mark in lead for mark in "“”\"″")


_QUOTED_FRAGMENT = re.compile(r"[“\"]([^“”\"]{1,60})[”\"]")


def _quotes_a_clause(lead: str) -> bool:
    """The lead holds quoted words of its own that are more than short fragments ('Whether Russia is "serious" about
    a ceasefire should become apparent in a "matter of weeks," Rubio said' holds only fragments: one report)."""
    if not _inside_quote_chars(lead):
        return False
    rest = _QUOTED_FRAGMENT.sub(lambda m: "" if not reads_as_clause(m.group(1)) else m.group(), lead)
    return _inside_quote_chars(rest)


def _splits(text: str, first: Quoted, second: Quoted, verb_end: int) -> bool:
    """'"A," Roth added, "B"': the first part stops mid-sentence and the attribution ends with a comma."""
    if first.close_mark is None or text[first.end - 1:first.end] in ".!?…":
        return False
    between = text[verb_end:second.open_mark]
    return between.rstrip().endswith((",", "—", "–")) and not _SENTENCE_END.search(between) \
        and len(between.split()) <= 12 and not SPEECH_VERB.search(between)  # "…, adding later, “…”": a second quote


_REDUCED_RELATIVE = re.compile(r"(?<=[a-z]s\s)(?:reported|cited|quoted|mentioned|announced|promised)\s+(?:in|by)\s")


def _partial(text: str, start: int, sentence_start: int, q: Quoted, index: SpeakerIndex, consumed: set[int],
             covered: list[tuple[int, int]], said: list[int]):
    """'Peskov said the plan "does not suit us"': direct when the quoted words have a finite verb."""
    verbs = [v for v in SPEECH_VERB.finditer(text, start, q.open_mark) if not _negated(text, start, v)
             and not _noun_use(text, start, v)  # "Clinton's remark" is a noun
             # ('said the Kremlin would respond "when the time is right"': what someone will do reports nothing)
             and not _MODAL_BEFORE.search(text, max(start, v.start() - 20), v.start())
             # ("Russian claims that “…”", "a central Russian demand that": nouns)
             and not (v.group().endswith("s") and _PLURAL_NOUN_BEFORE.search(text, start, v.start()))
             # ("Propagandists are advised to stress that “…”": the ones advised are told what to say, not saying)
             and not PASSIVE_BEFORE.search(text, max(start, v.start() - 20), v.start())
             # ("the 28 points reported in the media “are merely …”": a participle describing the noun before it)
             and not _REDUCED_RELATIVE.match(text, v.start())
             and not _indefinite_noun(text, start, v)]
    looked_back = False
    if not verbs and sentence_start < start and reads_as_clause(text[q.start:q.end]):
        # 'Trump suggested Ukraine has "no chance" … unless it “goes on the offensive.”': the sentence's report goes
        # on past an earlier fragment; its verb, before that fragment, introduces these words too
        verbs = [v for v in SPEECH_VERB.finditer(text, sentence_start, start) if not _inside(v.start(), covered)
                 and not _negated(text, sentence_start, v)
                 and not _NOUN_BEFORE.search(text, max(sentence_start, v.start() - 30), v.start())][:1]
        if verbs:
            start, looked_back = sentence_start, True
    label = _LABELLING.search(text, verbs[-1].end() if verbs else start, q.open_mark)
    if label and reads_as_clause(text[q.start:q.end]) and not _negated(text, start, label):
        # 'described Sunday as "the most productive day we have had"': the speaker's words, as a partial quote;
        # 'called the plan "a good basis"' names a thing and is no quote
        who = _verb_subject(text, sentence_start, label, index, covered, said)
        if who is not None:
            consumed.add(label.start())
        return who
    if not verbs:
        return _credited_subject(text, start, q, index, covered)
    verb, quoted = verbs[-1], text[q.start:q.end]
    between = text[verb.end():q.open_mark]
    if _AUXILIARY_BEFORE.search(between):  # 'said the US has "had very good meetings"': the tense is outside
        quoted = quoted.split(maxsplit=1)[1] if len(quoted.split()) > 1 else ""
    if not (reads_as_clause(quoted) or _opens_predicate(between, quoted) or _whole_clause(text, between, q)) \
            or _INFINITIVE_START.match(text, q.start, q.end) or _infinitive_outside(text, q):
        return None  # ('… and “to return capital to shareholders …, in addition to investing for growth that will
        # drive revenues”': an infinitive's fragment, whatever its relative clause holds)
    who = _verb_subject(text, sentence_start, verb, index, covered, said)
    if who is not None and not looked_back:  # (a verb found before an earlier fragment keeps its own report)
        consumed.add(verb.start())
    return who


_ACCORDING_LEAD = re.compile(r"\s*(?:" + ACCORDING_TO.pattern + r")\s(?P<source>[^,;“”\"]{1,80}),\s*")
_ASIDE_ADVERB = r"(?:(?:also|further|even|still|now|already|only|then)\s+)?"  # ("…, according to him, also “…”")
_ASIDE_THEN_QUOTE = re.compile(r"\s+[^,;:.“”\"]{1,80}?,\s+" + _ASIDE_ADVERB + r"[“\"]")
_ACCORDING_ASIDE = re.compile(r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*),\s*(?:" + ACCORDING_TO.pattern
                              + r")\s(?P<source>[^,;“”\"]{1,80}),\s*" + _ASIDE_ADVERB)
_CARRIER = re.compile(r"\b(?:spokes(?:man|woman|person)|press secretary|readout|statement)\b", re.IGNORECASE)
_BARE_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,5}")  # ("US President Donald Trump")


def _credited_subject(text: str, start: int, q: Quoted, index: SpeakerIndex,
                      covered: list[tuple[int, int]]) -> Speaker | None:
    """'According to a readout of the call, Rubio "emphasised the importance …"', 'Rubio "emphasised …,"
    according to a readout', 'The US, according to him, also "openly admitted …"': a named subject whose
    predicate is quoted, credited to a source. A person credited said the words; a readout, a ministry or a
    spokesperson only carries the subject's own."""
    lead = _ACCORDING_LEAD.match(text, start, q.open_mark)
    aside = None if lead else _ACCORDING_ASIDE.fullmatch(text, start, q.open_mark)
    name_start, name_end = aside.span("name") if aside else (lead.end() if lead else start, q.open_mark)
    quoted = text[q.start:q.end]
    first = next((w for w in quoted.split() if not w.endswith("ly")), "")  # ("openly admitted")
    named = bool(_BARE_NAME.fullmatch(text[name_start:name_end].rstrip() + " "))
    # ('According to him, he does not know "where these reports came from"': a clause quoted inside the credited
    # report is the source's own words, wherever in the report it stands)
    credited_clause = lead is not None and reads_as_clause(quoted) \
        and not _INFINITIVE_START.match(text, q.start, q.end)
    if not (named and (_FINITE_WORD.fullmatch(first) or first.endswith("s") and first.isalpha() and first.islower())
            or _opens_finite_predicate(text, name_start, q) or credited_clause):
        return None  # the quoted words open the subject's predicate with its finite verb
    credit = lead or aside
    if credit is not None:
        source_span = credit.span("source")
    else:
        trailing = _TRAILING_ACCORDING.match(text, q.close_mark + 1) if q.close_mark is not None else None
        if trailing is None:
            return None
        source_end = re.search(r"[,;.!?\n]|$", text[trailing.end():trailing.end() + 120])
        source_span = (trailing.end(), trailing.end() + source_end.start())
    source = index.after_verb(*source_span)
    if isinstance(source, Pronoun) and source.word in ("he", "she"):  # "According to him, Trump …": the last
        # person the narration made a subject before the credit, not the subject after it
        subject = next((m for m in reversed(index.people_between(0, source_span[0]))
                        if not _inside(m[0], covered) and _in_subject_position(text, m[0])), None)
        source = index.person_speaker(subject[2]) if subject else None
    if isinstance(source, Speaker) and source.name and source.is_person \
            and not _CARRIER.search(text, *source_span):
        return source  # 'According to Kellogg, Trump "will not give away …"': the words are Kellogg's
    who = index.after_verb(name_start, name_end) if named else None
    if isinstance(who, Speaker) and who.name:
        return who
    # 'According to TASS, Russian forces “massively strike” …': a subject no one names; the source's words
    return source if isinstance(source, Speaker) and source.name else None


_LABEL_VERB = re.compile(r"\b(?:described|describes|describing|called|calls|calling|termed|terms|dubbed|dubs|branded|"
                         r"brands|labell?ed|labels|characteri[sz]ed|characteri[sz]es)\b")
_LABELLING = re.compile(_LABEL_VERB.pattern + r"(?:\s+[^\s“”\"]+){0,6}?(?:\s+as)?\s*$")


def _whole_clause(text: str, between: str, q: Quoted) -> bool:
    """'warned that "voters deserve the truth."': after "that", quoted words that end the sentence are the clause."""
    closing = text[q.end - 1:q.end] + text[q.close_mark + 1:q.close_mark + 2] if q.close_mark is not None else ""
    lead = between.strip(" ,")
    # ('writing on social media that “Ukraine remains committed …”': the verb's adjunct, then "that")
    that = lead == "that" or lead.endswith(" that") and len(lead.split()) <= 6 and not reads_as_clause(lead) \
        and not re.search(r"[“”\"]", lead) and bool(re.match(r"(?:on|in|at|to|during|after|via|through)\s", lead))
    return that and len(text[q.start:q.end].split()) >= 3 and any(c in ".!?" for c in closing)


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|should|must|can|shall|to)\s+$", re.IGNORECASE)
_MODAL_END = re.compile(r"\b(?:will|would|could|might|may|should|must|can|shall)(?:\s+not)?$", re.IGNORECASE)
# 'said that his country considers the offer "positive"': a verb with its object before the quote; the quoted words
# complete that predicate instead of opening one.
_ADJECTIVE_FORM = re.compile(r"[a-z]{3,}(?:able|ible|ous|ful|less)")
_PAST_VERB = re.compile(r"[a-z]{2,}ed|meant|made|took|gave|saw|found|kept|held|told|thought|felt|brought|sought|won|"
                        r"lost|got|became|began|chose|knew|left|sent|spent|built")
_OWN_PREDICATE = re.compile(r"\b[a-z]+\s+[a-z]{3,}s\s+(?:the|a|an|his|her|its|their|this|that|our|it|them)\b")


_AUXILIARY_BEFORE = re.compile(r"(?:\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|"
                               r"does|do|did)|\w[’'](?:ve|d|ll|re|m))"  # ('they’ve "got to make a deal"')
                               r"(?:\s+(?:not|never|also|already|just|now|been))*\s*$", re.IGNORECASE)


def _opens_predicate(between: str, quoted: str) -> bool:
    """'said Russia "supports the idea"': the reported clause's subject stands just before the quote, so the
    quoted words start with its verb. Not after a determiner ('the "special operation"') or a verb ('was "ready"')."""
    that = list(re.finditer(r"(?:^|[\s,])that\s+", between))
    if that:  # 'said Friday on X, following a call with Vance, that the Ukrainian side "agreed …"': the clause's own
        between = between[that[-1].end():]
    elif _FRONTED.match(between):  # 'In the wake of that outbreak, China “vastly improved …,”': after the opener
        between = between[_FRONTED.match(between).end():]
    words, inside = between.split(), quoted.split()
    # (a subject of up to ten words without a comma: 'Part of the source of the conflict "lies in …"')
    if not words or not inside or len(words) > 6 and ("," in between or len(words) > 10) \
            or reads_as_clause(between) or words[0] == "to" \
            or _OWN_PREDICATE.search(between):
        return False
    if len(words) >= 2 and _PAST_VERB.fullmatch(words[-1]):
        return False  # 'this marked "one of the most challenging …"': the subject's verb is outside; the quote is
        # its object
    first = inside[0].replace("[", "").replace("]", "")  # "give[s] us hope": an editor's insertion
    # ('holding a summit "just for the sake of it"': past an adverb the words go on with a preposition, no verb)
    verb_slot = next((w for w in inside if w.lower() not in _PREDICATE_ADVERBS), "")
    after_adverbs = next((w for w in inside if not w.lower().endswith("ly")), "")
    if _ADJECTIVE_FORM.fullmatch(after_adverbs.lower()):
        return False  # 'Russia finds "absolutely unacceptable"': an adjective, no verb opens the quote
    return words[-1].lower() not in _NOT_SUBJECT_END | _LINKING_VERBS and not _POSSESSIVE_END.search(words[-1]) \
        and first.isalpha() \
        and first.islower() and first not in _NOT_SUBJECT_END and verb_slot.lower() not in _NOT_SUBJECT_END


# --- indirect quotes ----------------------------------------------------------------------------------------


def _indirect_items(text, sentences, index, consumed, covered, direct) -> list[_Item]:
    direct_starts = [i.parts[0][0] for i in direct]
    items: list[_Item] = []
    rejoined = _rejoined(text, sentences)
    for n, sentence in enumerate(rejoined):
        stated = _STATED_BY.match(text, sentence.start, sentence.end)
        if stated and n:
            item = _stated_before(text, rejoined, n, stated, index, covered)
            if item:
                items.append(item)
                continue  # the attribution reports nothing of its own
        taken_until = sentence.start
        opener = _participle_opener(text, sentence, index, covered)
        if opener:
            items.append(opener)
            taken_until = opener.parts[0][1]
        for according in ACCORDING_TO.finditer(text, sentence.start, sentence.end):
            item = _according(text, sentence, according, index, covered, direct_starts)
            if item:
                items.append(item)
                taken_until = sentence.end
        for said in AS_SAID.finditer(text, sentence.start, sentence.end):
            item = _as_said(text, sentence, said, index, covered, direct_starts)
            if item:
                items.append(item)
                taken_until = sentence.end
        opening_asked = _OPENING_ASKED.match(text, sentence.start, sentence.end)
        question = _unnamed_question(text, sentence, opening_asked.start(1), opening_asked.end(1), index) \
            if opening_asked and not _inside(opening_asked.start(1), covered) else None
        if question:  # ("Asked if he'll ever accept a deal, …": the sentence's capitalised first word)
            items.append(question)
            taken_until = question.parts[-1][1]
        for verb in SPEECH_VERB.finditer(text, sentence.start, sentence.end):
            if verb.start() < taken_until and verb.start() not in consumed \
                    and (_WHAT_LEAD.search(text, max(sentence.start, verb.start() - 40), verb.start())
                         or _zero_relative(text, sentence, verb)):
                # "…, demanded that Kyiv end what Moscow says is discrimination …": inside another's report, the
                # words after "what X says" are X's own
                gap = _gap_report(text, sentence, verb, index, covered, direct_starts)
                if gap:
                    (start, end), *rest = gap.parts
                    close = _RELATIVE_CLOSE.search(text, start, end)  # (the relative clause ends at its comma)
                    parts = [(start, close.start())] if close and not rest else gap.parts
                    items.append(_Item("indirect", parts, gap.who, gap.paragraph, gap.attribution_end, True))
                continue
            if verb.start() < taken_until or verb.start() in consumed and not _clause_then_quote(text, verb,
                                                                                                 direct_starts):
                continue
            quoting = _QUOTED_SAYING.search(text, sentence.start, verb.start()) if verb.group() == "saying" else None
            if quoting and not _inside(verb.start(), covered):
                # "TASS quoted Peskov as saying the talks were useful": the one quoted says the clause
                who = index.subject(quoting.start("who"), quoting.end("who"))
                clause_start = _clause_after(text, verb, sentence.end)
                item = _indirect(text, clause_start, sentence, who, covered, direct_starts) \
                    if clause_start is not None and isinstance(who, (Speaker, Pronoun)) else None
                if item:
                    items.append(item)
                    taken_until = item.parts[-1][1]
                continue
            question = _unnamed_question(text, sentence, verb.start(), verb.end(), index) \
                if verb.group() in ASK_FORMS and not _inside(verb.start(), covered) else None
            if question:
                items.append(question)
                taken_until = question.parts[-1][1]
                continue
            if _inside(verb.start(), covered):
                item = _nested(text, sentence, verb, index, covered)
                if item:
                    items.append(item)
                continue
            gap = _gap_report(text, sentence, verb, index, covered, direct_starts)
            if gap:
                items.append(gap)
                taken_until = gap.parts[-1][1]
                continue
            passive = PASSIVE_AFTER.match(text, verb.end()) and not _FOR_SPAN_THAT.match(text, verb.end()) \
                and verb.group() not in MANDATIVE_FORMS  # ("proposed to Trump that": its match needs the "that")
            caused = _CAUSED_TO.search(text, sentence.start, verb.start()) \
                or _USED_TO.search(text, sentence.start, verb.start())  # (its "to" is no infinitive's)
            if _negated(text, sentence.start, verb) and not caused or passive \
                    or _heard(text, sentence.start, verb):
                continue
            if _state_noun(text, verb):
                continue
            if verb.group().endswith("s") and (_NOUN_THEN_VERB.match(text, verb.end())
                                               or _PLURAL_NOUN_BEFORE.search(text, sentence.start, verb.start())):
                continue  # "after media reports said …", "many Russian demands that Zelenskyy has rejected": nouns
            item = _reported(text, _after_semicolon(text, sentence, verb.start(), covered), verb, index, covered,
                             direct_starts)
            if item is None and verb.group() in ASK_FORMS:
                item = _asked_question(text, sentence, verb, index, covered, direct_starts)
            if item:
                items.append(item)
                taken_until = item.parts[-1][1]
                inner = _report_inside(text, sentence, item, index)
                if inner and not any(i.parts == inner.parts and i.who == inner.who for i in items):
                    items.append(inner)  # (unless the inner verb was read first: "X told Y that …, Z said")
    return items


# "deadly attacks that Kyiv says show Moscow is not serious", "…, which Trump confirmed would be held in the Oval
# Office": a relative clause whose subject reports it; the relative pronoun stands for the reported clause's subject
_WHICH = r"(?:,[”\"’']?|\s[-–—])\s*which"  # (after a comma, the closing mark's comma, or a dash)
_PERFECT = r"(?:(?:has|had|have)\s+)?"
_GAP_WHO = (r"(?P<who>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|he|she|they"
            # ("which the U.S. president had suggested could …": an office the text has named a holder of)
            r"|the\s+(?:[A-Z][\w.’'-]*\s+){0,3}(?:president|leader|chancellor|(?:prime\s+|foreign\s+)?minister|envoy)"
            # ("which both Moscow and Kyiv said failed to hold": each says it)
            r"|both\s+(?:[A-Z][\w.’'-]*\s+){1,3}and\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)")
_GAP_LEAD = re.compile(r"(?:" + _WHICH + r"|\bthat|\bwhat)\s+" + _GAP_WHO + r"\s+" + _PERFECT + r"(?:[a-z]+ly\s+)?$")
# "provided there was an agenda, something he said was lacking", "a process it said that Moscow remained open to": a
# relative clause without its pronoun, after the noun it describes; read only where the reported clause is plainly
# one (its subject gapped before an auxiliary, or a "that" clause after the verb)
_ZERO_GAP_LEAD = re.compile(r"\b(?!(?:and|but|or|nor|as|that|which|what|who|if|when|while|because|so|than|then|"
                            r"where|whether|after|before|since|until|said|says|told|the|of|in|on|at|for|with|by|"
                            r"from|into|to|its|his|her|their|our|this|these|those|also|now|has|had|have)\b)[a-z]{3,}\s+"
                            r"(?P<who>he|she|they|it|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)\s+"
                            + _PERFECT + r"(?:[a-z]+ly\s+)?$")
_ZERO_GAP_PREDICATE = re.compile(r"\s+(?:would|will|could|can|may|might|must|should|is|are|was|were)\b"
                                 r"|\s+that\s+(?:[A-Z][\w.’'-]*|he|she|they|it|the)\s")
_NOT_A_VERB = r"(?!(?:that|the|a|an|it|he|she|they|we|to|in|on|at|of|for|with|as|by|from|into)\b)"
_GAP_PREDICATE = re.compile(r"\s+(?:would|will|could|can|may|might|must|should|is|are|was|were|has|have|had|"
                            + _NOT_A_VERB + r"[a-z]{3,}ed\b|" + _NOT_A_VERB + r"[a-z]+s?\s+(?:Moscow|Kyiv|"
                            r"Russia|Ukraine|the|a|an|that|it|its|his|her|their|[A-Z][\w.’'-]+)\b)")


_WHAT_LEAD = re.compile(r"\bwhat\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}" + _PERFECT + r"$"
                        # "…, the call, which he said lasted almost two hours, was productive", "…on guarantees that
                        # Kyiv said must be provided": a relative clause with a report of its own inside another's
                        r"|(?:" + _WHICH + r"|\bthat)\s+(?:the\s+)?(?:(?:[A-Z][\w.’'-]*\s+){1,3}|he\s+|she\s+|they\s+)"
                        + _PERFECT + r"(?:[a-z]+ly\s+)?$")
_REPORTS_OWN_CLAUSE = re.compile(r"\s+(?:that\s+)?(?:there|it|he|she|they|we|I|the|a|an|[A-Z][a-z]+)\s+"
                                 r"(?:was|were|is|are|had|has|have|would|will|could|can|must|should|did|does|do)\b"
                                 # ("…,” Trump said after the phone call that he and Putin could meet …")
                                 r"|\s+(?:on|in|at|after|before|during|following|late|early|earlier|later)\b"
                                 r"[^,;:.“”\"]{0,40}?\s+that\s+\w")
_RELATIVE_CLOSE = re.compile(r"\s*(?:,|\s[-–—]\s)")
_GAP_TIME = re.compile(r"\s+(?:last|this|earlier|on|in)\s+(?:week|month|year|(?:Jan|Febr)uary|March|April|May|June|"
                       r"July|August|(?:Sept|Octo|Novem|Decem)ber|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?=\s)")
_GAP_CUT = re.compile(r",\s*which\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:" + SPEECH_VERB.pattern
                      + r")\s+(?=(?:would|will|could|can|may|might|must|should|is|are|was|were)\b)")


_GAP_VERBS = frozenset("confirmed confirms claimed claims insisted insists argued argues warned warns believes believed "
                       "noted notes stated states suggested suggests".split())


def _zero_relative(text, sentence, verb, start: int | None = None) -> tuple[re.Match, bool] | None:
    """The lead of a relative clause without its pronoun ("something he said was lacking"), when the verb's clause
    plainly is one: its subject gapped before an auxiliary, or a pronoun's "that" clause ("a process it said that
    Moscow remained open to"), never a named subject's ("the Presidential Office noted that …": a main clause).
    With the lead, whether the clause follows a "that"."""
    lead = _ZERO_GAP_LEAD.search(text, max(sentence.start, verb.start() - 50), verb.start())
    predicate = _ZERO_GAP_PREDICATE.match(text, verb.end() if start is None else start, sentence.end) if lead else None
    that = predicate is not None and predicate.group().lstrip().startswith("that")
    if predicate is None or that and lead.group("who") not in ("he", "she", "it", "they"):
        return None
    return lead, that


def _gap_report(text, sentence, verb, index, covered, direct_starts) -> _Item | None:
    if verb.group().endswith("ing") or _inside(verb.start(), covered) or verb.group() not in SAY_FORMS | _GAP_VERBS:
        return None
    lead = _GAP_LEAD.search(text, max(sentence.start, verb.start() - 60), verb.start())
    when = _GAP_TIME.match(text, verb.end(), sentence.end)  # "which Putin said last June include …"
    start = when.end() if when else verb.end()
    if lead is None:
        zero = _zero_relative(text, sentence, verb, start)
        if zero is None:
            return None
        lead, that = zero
        if that:
            start = text.index("that", start) + len("that")
    elif not _GAP_PREDICATE.match(text, start, sentence.end):
        return None
    both = re.match(r"both\s+", lead.group("who"))
    who = _subject(text, lead.start("who") + both.end(), lead.end("who"), index) if both \
        else index.subject(lead.start("who"), lead.end("who"))
    if not isinstance(who, (Speaker, Pronoun, _Joint)) or isinstance(who, Speaker) and not who.name:
        return None
    return _indirect(text, start, sentence, who, covered, direct_starts)



_INNER_ASIDE = re.compile(r"((?:\S+\s+){0,4}?\S+),\s+(?:in|at|on|during|after|speaking|writing)\b[^,;“”\"]{1,100},\s*")


def _report_inside(text, sentence, item: _Item, index: SpeakerIndex) -> _Item | None:
    """'Zelensky said Erdogan told him … that he would like a four-way meeting': the reported clause opens with a
    report of its own, by someone it names; that report is its speaker's too (one item per speech verb)."""
    start, end = item.parts[0]
    verb = SPEECH_VERB.search(text, start, min(end, start + 140))
    aside = _INNER_ASIDE.fullmatch(text, start, verb.start()) if verb is not None else None
    # ("… reported that Witkoff, in an October 14 call with Ushakov, said …": the subject, then an aside)
    subject_end = start + len(aside.group(1)) if aside else verb.start() if verb is not None else start
    if verb is None or verb.group().endswith("ing") or len(text[start:subject_end].split()) > 5 \
            or not aside and verb.start() - start > 60 \
            or not _reports(text, start, verb) or PASSIVE_AFTER.match(text, verb.end()) \
            or verb.group().endswith("s") and _PLURAL_NOUN_BEFORE.search(text, start, verb.start()):
        return None  # (not "Russian claims that …": a noun)
    who = _subject(text, start, _subject_end(text, start, subject_end), index)
    if isinstance(who, Pronoun) and who.word in ("he", "she") and who.noun is None \
            and isinstance(item.who, Speaker) and item.who.name and item.who.is_person:
        who = item.who  # "Zelenskiy said he told Trump in a call that …": the speaker's report of his own words
    clause_start = _clause_after(text, verb, end)
    if not (isinstance(who, Speaker) and who.name) or clause_start is None or not (
            THAT.search(text, verb.end(), clause_start) or verb.group() in SAY_FORMS | _GAP_VERBS):
        return None  # ("He said Trump told Putin he would …": a saying needs no "that")
    return _Item("indirect", [(clause_start, end)], who, item.paragraph, item.attribution_end, nested=True)


def _nested(text, sentence, verb, index, covered) -> _Item | None:
    """'"… Vladimir Putin noted that Russia continues to seek a solution," Ushakov said': a report inside a quote
    is its own indirect quote when someone named inside the quote is the subject of the verb."""
    span = next((a, b) for a, b in covered if a <= verb.start() < b)
    start = max(sentence.start, span[0] + 1)
    if _negated(text, start, verb) or PASSIVE_AFTER.match(text, verb.end()):
        return None
    who = _verb_subject(text, start, verb, index, [], [])
    outside = _SUBJECT_BEFORE_QUOTE.search(text, sentence.start, span[0])
    if who is None and outside and re.fullmatch(r"\s*(?:[a-z]+ly\s+)*", text[span[0] + 1:verb.start()]):
        # 'Lavrov stated that the Russian president “repeatedly said that he is ready …”': the subject stands
        # before the quotation marks, the verb inside them; a description is resolved like any other
        described = _subject(text, outside.start(1), outside.end(1), index)
        person = isinstance(described, Speaker) and described.name and described.is_person \
            or isinstance(described, Pronoun) and described.word == "the" and described.noun in ROLE_NOUNS_BEFORE
        who = described if person else None  # (a person speaks there; "the agreement “states …”" is a document)
    if isinstance(who, Pronoun) and who.word in ("he", "she") and who.noun is None:
        # '“Putin congratulated me …, something that, he said, has been dreamed of”': the person the quote named
        named = index.last_person_before(verb.start())
        inside = named is not None and any(span[0] < s < verb.start() for s, _ in named.spans)
        who = index.person_speaker(named) if inside else None
    clause_start = _clause_after(text, verb, min(sentence.end, span[1] - 1))
    parenthesis = _PARENTHESIS_END.match(text, verb.end(), span[1]) if clause_start is None else None
    if parenthesis and re.search(r",\s*(?:[\w.’'-]+\s+){1,4}$", text[max(span[0], verb.start() - 40):verb.start()]):
        clause_start = parenthesis.end()  # '…, something that, he said, has been dreamed of': the words after it
    if not (isinstance(who, Speaker) and who.name or isinstance(who, Pronoun) and who.noun) or clause_start is None:
        return None
    end = min(sentence.end, span[1] - 1)
    end = next(iter(inner_starts(text, clause_start, end)), end)  # ("… the negotiations. Let the process begin!")
    while end > clause_start and text[end - 1] in " .,”\"":
        end -= 1
    if len(text[clause_start:end].split()) < 3:
        return None
    return _Item("indirect", [(clause_start, end)], who, sentence.paragraph, sentence.end, nested=True)


def _heard(text: str, start: int, verb) -> bool:
    """"they were told …", "she was asked whether …": the subject is the one spoken to."""
    return (verb.group() in OBJECT_VERBS or verb.group() in ASK_FORMS) and not verb.group().endswith("ing") \
        and bool(PASSIVE_BEFORE.search(text, max(start, verb.start() - 30), verb.start()))  # ("is telling": active)


def _participle_opener(text, sentence, index, covered) -> _Item | None:
    """"Arguing that CLAUSE, …, Patrick has said …": the clause up to the first comma, said by the person who is
    the subject of the main clause (the first person named after it)."""
    opener = PARTICIPLE_OPENER.match(text, sentence.start)
    if opener is None:
        return None
    comma = next((m.start() for m in re.finditer(",", text[opener.end():sentence.end])
                  if not _inside(opener.end() + m.start(), covered)), -1)  # (not a comma inside quoted words)
    comma = opener.end() + comma if comma >= 0 else -1
    people = [m for m in index.people_between(comma, sentence.end) if not _inside(m[0], covered)] if comma > 0 else []
    if not people or len(text[opener.end():comma].split()) < 3:
        return None
    return _Item("indirect", [(opener.end(), comma)], index.person_speaker(people[0][2]), sentence.paragraph,
                 sentence.end)


# "This was stated by Ukraine’s Minister of Foreign Affairs, Andrii Sybiha, on X": a sentence (or a paragraph) of the
# writer's, attributed afterwards (the house style of Ukrinform and other Kyiv outlets in English).
_STATED_BY = re.compile(r"\s*(?:This|That|It)(?:\s+(?:was|has\s+been|is)\s+(?:\w+ly\s+)?(?:stated|said|announced|reported|"
                        r"noted|declared|written|posted|emphasi[sz]ed|confirmed)\s+by"
                        # ("That’s according to The Guardian, Ukrinform reports.": the source of the sentence before)
                        r"|(?:[’']s|\s+is|\s+was)\s+according\s+to)\s+(?P<who>[^.;:“”\"]{2,160})")


def _stated_before(text, sentences, n, stated, index, covered) -> _Item | None:
    """The words "This was stated by X" attributes: the paragraph before when the attribution opens its own
    paragraph, else the sentence before; none when those words are quoted or already attributed."""
    sentence, before = sentences[n], sentences[n - 1]
    if before.paragraph == sentence.paragraph:
        start = before.start
    else:
        start = next(s.start for s in sentences[:n] if s.paragraph == before.paragraph)
    end = before.end
    quoted = [(a, b) for a, b in covered if a < end and b > start]
    if _inside(start, covered) or any(not _fragment(text[a + 1:b - 1]) for a, b in quoted) \
            or any(_reports_a_clause(text, s) or ACCORDING_TO.search(s.text) for s in sentences[:n]
                   if start <= s.start < end):
        return None  # (a scare-quoted word, 'a new “peace plan”', is still the writer's sentence)
    named = index.people_between(stated.start("who"), stated.end("who"))  # ("Ukraine’s Minister of Foreign Affairs,
    # Andrii Sybiha, on X": the person the office introduces)
    who = index.person_speaker(named[0][2]) if named else index.after_verb(stated.start("who"), sentence.end)
    if not (isinstance(who, Speaker) and who.name):
        return None
    return _Item("indirect", [(start, end)], who, before.paragraph, sentence.end)


def _reports_a_clause(text: str, sentence) -> bool:
    """A speech verb there reports a clause of its own ("the talks have concluded" reports nothing)."""
    return any(_reports(text, sentence.start, v) and _clause_after(text, v, sentence.end) is not None
               for v in SPEECH_VERB.finditer(text, sentence.start, sentence.end))


def _rejoined(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """"…threatening Rep. Jane Roe, D-Minn., in March, prosecutors said.": a split after an abbreviation leaves a
    piece that opens with a comma or a lower-case word; it belongs to the sentence before."""
    joined: list[Sentence] = []
    for sentence in sentences:
        head = sentence.text.lstrip()[:1]
        if joined and joined[-1].paragraph == sentence.paragraph and (head == "," or head.islower()) \
                and _ABBREVIATION_END.search(joined[-1].text):
            last = joined.pop()
            sentence = Sentence(text[last.start:sentence.end], last.start, sentence.end, last.paragraph)
        joined.append(sentence)
    return joined


def _after_semicolon(text: str, sentence: Sentence, verb_start: int, covered) -> Sentence:
    """"It's an unlikely scenario; Clinton's team says she'll continue …": a verb after a semicolon (outside quotation
    marks) has its subject in the clause the semicolon opens; a verb before it keeps the whole sentence, since its
    report may run on past the semicolon ("said Russia was advancing; therefore, …")."""
    marks = [m for m in re.finditer(r";\s+", text[sentence.start:verb_start])
             if not _inside(sentence.start + m.start(), covered)]
    if not marks:
        return sentence
    start = sentence.start + marks[-1].end()
    return Sentence(text[start:sentence.end], start, sentence.end, sentence.paragraph)


# "…, Zelenskyy, who replied that …": a relative "who" right before the verb, after a comma.
_WHO_ADVERBS = r"(?:(?:also|later|then|has|had|have|previously|repeatedly|once|long)\s+){0,2}$"
_WHO_BEFORE_VERB = re.compile(r",\s+(who|which)\s+" + _WHO_ADVERBS)
# the noun phrase a relative clause follows: "European leaders", "the Kremlin", "Ukraine’s foreign ministry"
_LAST_NOUN_PHRASE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their)\s+|\b(?=[A-Z]))(?:[\w.’'-]+\s+){0,4}[\w.’'-]+$")
_NAME_WHO_BEFORE_VERB = re.compile(r"\s+who\s+" + _WHO_ADVERBS)
# "European leaders who have insisted that …": a restrictive clause after a plural noun, no comma
_GROUP_WHO_BEFORE_VERB = re.compile(r"\b([a-z]+)\s+who\s+" + _WHO_ADVERBS)
# "…, Putin remained open to speaking with Trump, who later told reporters he expects …": a relative clause that ends
# the report with its own report by the one it names; the first report stops before it
_RELATIVE_REPORT_CUT = re.compile(r",\s*who\s+" + _WHO_ADVERBS[:-1] + r"(?:" + SPEECH_VERB.pattern + r")\b[^,;]*$")


def _antecedent(text: str, start: int, verb, index: SpeakerIndex) -> Speaker | None:
    """The person a relative "who" before the verb stands for: the name that ends right at its comma."""
    relative = _WHO_BEFORE_VERB.search(text, max(start, verb.start() - 40), verb.start())
    bare = _NAME_WHO_BEFORE_VERB.search(text, max(start, verb.start() - 40), verb.start()) if relative is None else None
    people = index.people_between(max(start, bare.start() - 80), bare.start()) if bare else []
    if people and people[-1][1] == bare.start():
        return index.person_speaker(people[-1][2])  # "… dented by US President Donald Trump who said …" (no comma)
    if relative is None:
        group = _GROUP_WHO_BEFORE_VERB.search(text, max(start, verb.start() - 60), verb.start())
        role = GENERIC_SOURCES.get(group.group(1).lower()) if group else None
        return Speaker(None, role) if role and group.group(1).endswith("s") else None  # unnamed people
    people = index.people_between(max(start, relative.start() - 80), relative.start())
    if people and not text[people[-1][1]:relative.start()].strip():
        return index.person_speaker(people[-1][2]) if relative.group(1) == "who" else None
    phrase = _LAST_NOUN_PHRASE.search(text, max(start, relative.start() - 60), relative.start())
    if phrase is None or people and people[-1][1] > phrase.start():
        return None
    who = index.subject(phrase.start(), phrase.end())
    # "…, the Kremlin, which said …", "European leaders, who have insisted …": a body or group, not a thing
    if isinstance(who, Speaker) and (who.name and not who.is_person or who.name is None and relative.group(1) == "who"
                                     and phrase.group().split()[-1].lower() in GENERIC_SOURCES):
        return who
    return None


def _reported(text, sentence, verb, index, covered, direct_starts) -> _Item | None:
    """'X warned that CLAUSE', 'X said CLAUSE', then 'CLAUSE, X said.'"""
    if _NOUN_BEFORE.search(text, max(sentence.start, verb.start() - 30), verb.start()) \
            or _indefinite_noun(text, sentence.start, verb):
        return None
    if verb.group() in ASK_FORMS and _ASKED_PASSIVE.search(text, sentence.start, verb.start()):
        return None
    caused = _CAUSED_TO.search(text, sentence.start, verb.start()) if not verb.group().endswith(("s", "ed", "ing")) \
        else None
    used = _USED_TO.search(text, sentence.start, verb.start()) if caused is None \
        and not verb.group().endswith(("s", "ed", "ing")) else None
    if used:
        who = _subject(text, sentence.start, _subject_end(text, sentence.start, used.start()), index)
    else:
        who = (index.subject(caused.start("who"), caused.end("who")) or _NO_SPEAKER) if caused \
            else _antecedent(text, sentence.start, verb, index) or _verb_subject(text, sentence.start, verb, index,
                                                                                 covered, direct_starts)
    document = _DOCUMENT_BY.search(text, sentence.start, verb.start()) if verb.group().endswith("ing") else None
    source = index.subject(document.start("source"), document.end("source")) if document else None
    if isinstance(source, Speaker) and source.name:  # "a recent report from the Financial Times claiming that …"
        who = source
    unnamed = who is None or isinstance(who, Speaker) and not who.name  # ("Reuters, citing two sources, reported")
    aside = _PARTICIPLE_ASIDE.search(text, sentence.start, verb.start()) if unnamed else None
    if aside:  # "Ukrainian officials, speaking on condition of anonymity, said": the subject before the aside
        who = _subject(text, sentence.start, aside.start(), index) or who
    clause_start = _clause_after(text, verb, sentence.end)
    if _told_whom_only(text, verb, sentence.end):
        clause_start = None  # "…, Peskov told state TV.": only the one told follows; the clause is before
    if who is None and clause_start is not None and verb.group() in SAY_FORMS \
            and _UNNAMED_SUBJECT.fullmatch(text, sentence.start, _subject_end(text, sentence.start, verb.start())):
        who = _NO_SPEAKER  # "Several cast members said …", "The campaign says …": a report, by no one named
    if who is None and clause_start is not None and verb.group() in SAY_FORMS and verb.group().endswith("ing") \
            and text[sentence.start:verb.start()].rstrip().endswith(",") \
            and _UNNAMED_OPENING.match(text, sentence.start, verb.start()):
        who = _NO_SPEAKER  # "The utilities commission is frustrated …, saying they failed …": its subject, unnamed
    if who is not None and clause_start is not None \
            and not _inverted_speaker(text, clause_start, sentence.end, verb, index):
        return _indirect(text, clause_start, sentence, who, covered, direct_starts)
    block = _BLOCK_AFTER.match(text, verb.end()) if _PAST_OR_PARTICIPLE.search(verb.group()) else None
    if who is not None and block:
        # 'the Ukrainian leader wrote:' / 'he wrote, adding:' ending a paragraph, his words in the next one without
        # marks: a block quotation, one indirect item at its first sentence
        paragraph_end = text.find("\n", block.end())
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        end = _SENTENCE_END.search(text, block.end(), paragraph_end)
        stop = end.start() + 1 if end else paragraph_end
        if not _inside(block.end(), covered):
            return _Item("indirect", [(block.end(), stop)], who, sentence.paragraph, sentence.end)
    return _clause_before(text, sentence, verb, index, covered, direct_starts)


# "…, said Lt. Matt Harris, Columbus Police Department spokesman.": capitalised words, then at most a description
# (also with the day or the medium after the name: "said Amnesty International on Tuesday, November 19.")
# ("said the company’s recently named executive chair Marcelo Claure in an email": a person's description first,
# ending with a role noun, `role`)
_NAME_TO_THE_END = re.compile(r"\s*(?:(?:[\w’'-]+\s+){0,7}?(?P<role>[a-z][\w-]*)\s+)??"
                              r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,6}[A-Z][\w.’'-]*)"
                              r"(?:\s+(?:on|in|late|early|last|this)\s+[^,;:“”\"]{1,40}?)?"
                              r"(?:,\s+[^,;:“”\"]{1,100})?[.!]?\s*")


def _inverted_speaker(text: str, clause_start: int, end: int, verb, index: SpeakerIndex) -> bool:
    """'Officers arrested Elizabeth A. Burton, 32, of Columbus, …, said Lt. Matt Harris, police spokesman.': what follows
    the verb is only a named person to the sentence's end, so the verb is inverted and its speaker comes after it,
    whoever a name before it seems to be."""
    named = _NAME_TO_THE_END.fullmatch(text, clause_start, end)
    if verb.group() not in SAY_FORMS or not text[:verb.start()].rstrip().endswith(",") \
            or text.find("\n", 0, verb.start()) < 0 or not named:
        return False  # (an inversion follows a comma; a title-case headline, "Putin Backs …, Says Russia Accepted
        # Compromises", is no name)
    if named.group("role") not in (None, "the"):  # a description before the name: only a person's, ended by their role
        return _described_person(named, index)
    after = index.after_verb(clause_start, end)
    return isinstance(after, Speaker) and bool(after.name) \
        or isinstance(after, Pronoun) and after.word == "the" and after.noun in ROLE_NOUNS_BEFORE  # "…, says the
    # Foreign Minister.": an office's holder, described


def _described_person(named: re.Match | None, index: SpeakerIndex) -> bool:
    """"the company’s recently named executive chair Marcelo Claure (in an email to staff)": a person, described up
    to their role noun, is all that runs to the sentence's end (`named`: `_NAME_TO_THE_END` over that stretch)."""
    if not named or named.group("role") not in ROLE_NOUNS_BEFORE:
        return False
    return any(s == named.start("name") for s, _, _ in index.people_between(named.start("name"), named.end("name")))


def _verb_subject(text: str, start: int, verb, index: SpeakerIndex, covered, said: list[int]) -> Speaker | Pronoun | None:
    """Who a speech verb reports: named right before it or, for 'X …, adding' and 'X … and said', the sentence's
    subject, which is the speaker of a quote earlier in the sentence if there is one."""
    start = _past_dateline(text, start, verb.start())  # ("WASHINGTON — NASA announced": the dateline is no name)
    subject_end = _subject_end(text, start, verb.start())
    head = text[start:subject_end].rstrip()
    participle = verb.group().split()[0].endswith("ing") \
        and (head.rstrip("”\"’'").endswith((",", "—", "–", "--")) or bool(_ISSUED.search(head))
             or bool(re.search(r"(?:,\s*(?:while|as|before|after|when)|\swhile)$", head))
             or head.endswith(" by") and text[max(0, start - 1)] not in "“\"‘")
    # ^ "…(,) while stressing that"; "Putin explains Trump's frustrations away by saying …" (not from inside a quote's
    # marks: '"Big Machine is trying to deflect … by saying she owes them …"' is the quoted speaker's account)
    # ^ 'X said …, adding', '“…,” explaining that', '… -- saying that'
    line_end = text.find("\n", verb.end())
    line_end = line_end if line_end >= 0 else len(text)
    named = index.after_verb(verb.end(), line_end) if _NAME_ENDS_LINE.fullmatch(text, verb.end(), line_end) else None
    headline = head.endswith(",") and verb.group().endswith("s") and text.find("\n", 0, verb.start()) < 0 \
        and not (isinstance(named, Speaker) and named.is_person)
    # ("Putin trying to negotiate an end to the war, says EU’s Kallas": a person's name ends the line, so the verb
    # is inverted)
    # ^ a headline's second verb keeps its first one's subject: "Zelensky rejects plan, says Ukraine will not …"
    if not participle and not headline and not re.search(r"\s(?:and|but)$", head) and not _AND_ADJUNCT.search(head):
        # ("…, and at times on the campaign trail, suggested": the shared subject, past the adjunct)
        who = _subject(text, start, subject_end, index)  # "… to Russia and said": the verbs share the subject
        if who is None or isinstance(who, Speaker) and who.name is None:
            members = _included(text, subject_end, verb.start(), index)
            if members:  # "Russian officials, including Kremlin spokesman Dmitry Peskov, have said": the named ones
                return _Joint(tuple(members)) if len(members) > 1 else members[0]
        return who
    if any(start <= a < verb.start() for a in said):
        return _CHAIN
    issued = _ISSUED.search(head) if participle else None
    if issued:  # "The ministry issued a statement on the meeting between Trump and Putin saying": the issuer
        issuer_end = _subject_end(text, start, start + issued.start())
        who = _subject(text, start, issuer_end, index) if issuer_end > start else None
        if who is not None:
            return who
    absolute = _WITH_SUBJECT.search(text, start, verb.start()) if participle or head.endswith((" but", " and")) \
        else None
    if absolute:  # "talks ended with both sides calling the meeting “constructive,” but admitting that …"
        who = _subject(text, absolute.start("np"), absolute.end("np"), index)
        if who is not None:
            return who
    if participle:
        finite = _finite_report_subject(text, start, verb.start(), index)
        if finite is not None:
            return finite
    return _coordinated_subject(text, start, subject_end, index, covered)


# "with both sides calling the meeting “constructive,” but admitting that": a participle coordinated with the one of a
# "with" phrase shares that phrase's subject
_WITH_SUBJECT = re.compile(r"\bwith\s+(?P<np>(?:both|all|the\s+two|the)\s+[a-z]+s"
                           r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
                           r"\s+[a-z]{3,}ing\b[^;:]*?,?\s+(?:but|and)\s+(?:also\s+)?$")
# A clause after "but" that opens with a finite verb of its own has no subject of its own ("but promised …")
_SUBJECTLESS = re.compile(r"(?:also\s+|later\s+|then\s+)?(?:(?:has|have|had)\s+(?:also\s+)?[a-z]+\b"
                          r"|[a-z]+ed\b(?!\s+by\b)"
                          r"|(?:said|told|says|tells|wrote)\b)")
_NAME_ENDS_LINE = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*\s*")
_AND_ADJUNCT = re.compile(r",\s+(?:and|but)\s+(?:at times|often|later|then|again|also|sometimes|repeatedly|"
                          r"(?:in|on|at|during|after|before)\s)[^,;:“”\"]{0,60},$")


def _finite_report_subject(text: str, start: int, end: int, index: SpeakerIndex) -> Speaker | Pronoun | None:
    """'…, he added, saying that': a participle's subject is that of the finite reporting verb before it."""
    opener = _INTRODUCTORY.match(text, start, end)  # ("As The Gaze reported earlier, Sybiha called …, warning that":
    # the outlet's verb is in the opening clause, not the main one)
    finite = [m for m in SPEECH_VERB.finditer(text, opener.end() if opener else start, end)
              if not m.group().endswith("ing") and not _TO_BEFORE.search(text, max(start, m.start() - 8), m.start())
              and not _MODAL_END.search(text[max(start, m.start() - 20):m.start()].rstrip())]
    # ("Peskov said Moscow continues to maintain dialogue …, while stressing that": no infinitive is the finite verb,
    # nor a verb under a modal: "Anand said Ottawa will not tell Kyiv …, adding that" is the reported clause's)
    if not finite:
        return None
    verb = finite[-1]
    clause = max(start, text.rfind(",", start, verb.start()) + 1)
    return _subject(text, clause, _subject_end(text, clause, verb.start()), index)


_POSSESSIVE_AT = re.compile(r"[’']s?\s")


# a subject's verb (a past form, maybe after an auxiliary) and nothing else before the person it names as object
_VERB_BEFORE_OBJECT = re.compile(r"\s+(?:(?:had|has|have|was|were)\s+)?(?:\w+ly\s+)?(?:[a-z]+ed|called|met|told|"
                                 r"urged|warned|thanked|praised|accused|blamed|criticized|criticised)\s+")


def _coordinated_subject(text: str, start: int, end: int, index: SpeakerIndex, covered) -> Speaker | Pronoun | None:
    """'Lavrov dismissed the plan and said ...', 'The US welcomed the exchange, saying ...': the subject of the
    clause, named within its first words: a pronoun that opens it, a person, else its opening noun phrase."""
    for boundary in _CLAUSE_BOUNDARY.finditer(text, start, end):
        if _SUBJECTLESS.match(text, boundary.end(), end):
            continue  # "Putin said …, but promised to fight on and claimed …": the verbs after "but" share his subject
        start = boundary.end()
    # ("Meanwhile, the Kremlin … said … and predicted", "Recently, the president cast doubt …, suggesting")
    connective = _CONNECTIVE.match(text, start, end) or _ADVERB_OPENER.match(text, start, end)
    if connective:
        start = connective.end()
    opener = _INTRODUCTORY.match(text, start, end)
    if opener:
        start = opener.end()
    people = [m for m in index.people_between(start, min(end, start + _SUBJECT_REACH)) if not _inside(m[0], covered)]
    pronoun = re.match(r"\s*(?:(?:But|And|So|Yet)\s+)?(he|she|they)\b", text[start:end], re.IGNORECASE)
    if pronoun and (not people or start + pronoun.start(1) < people[0][0]):
        return Pronoun(pronoun.group(1).lower())
    if people and _POSSESSIVE_AT.match(text, people[0][1]):
        # "Putin’s top foreign policy aide dismissed …, saying": the aide speaks, never his owner
        role = next((m for m in _TOKEN.finditer(text, people[0][1], min(end, people[0][1] + 60))
                     if m.group().rstrip(",").lower() in ROLE_NOUNS_BEFORE), None)
        phrase_end = _noun_phrase_end(text, start, end)
        if start < phrase_end <= people[0][0] and re.search(r"\s[a-z]+ed\b", text[phrase_end:people[0][0]]):
            # "The French presidency on Sunday welcomed Putin’s willingness to speak with President Macron, saying":
            # a possessive after the verb is not the subject's, nor is a title further on
            return index.subject(start, phrase_end)
        if role is not None:
            return index.subject(start, role.start() + len(role.group().rstrip(",")))
    if people:
        phrase_end = _noun_phrase_end(text, start, end)
        if start < phrase_end and re.fullmatch(r"\s+[a-z]+s\s+", text[phrase_end:people[0][0]]):
            # "Latvian president meets Nawrocki, says …": the person right after the first verb is its object
            described = index.subject(start, phrase_end)
            if isinstance(described, Speaker) and described.is_person:
                return described
        if start < phrase_end and _VERB_BEFORE_OBJECT.fullmatch(text, phrase_end, people[0][0]):
            # "The US president had called Zelensky a dictator, saying …", "The Kremlin thanked Trump, saying …": the
            # subject named before the verb, not its object
            described = index.subject(start, phrase_end)
            if isinstance(described, Speaker) and described.name or isinstance(described, Pronoun) and described.noun:
                return described
        return index.person_speaker(people[0][2])
    group = _GROUP.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end)
    joint = _subject(text, start, group.end(), index) if group and text[group.end():group.end() + 1].isspace() \
        else None
    if isinstance(joint, _Joint):
        return joint  # "The parties called the talks … and said": each party
    phrase_end = _noun_phrase_end(text, start, end)
    return index.subject(start, phrase_end) if phrase_end > start else None


def _noun_phrase_end(text: str, start: int, end: int) -> int:
    """Where the clause's opening noun phrase ends: determiners, capitalised words, possessives and person or
    institution nouns ("The US", "China’s ambassador", "the city’s police", "the Electoral Commission,")."""
    phrase_end = start
    modifiers = 0  # "Health care providers": lower-case modifiers before the group noun
    for token in _TOKEN.finditer(text, start, end):
        word = token.group().rstrip(",")
        if not (word.lower() in _NP_WORDS or word[:1].isupper() or _POSSESSIVE_END.search(word)
                or word.lower() in GENERIC_SOURCES or word.lower() in INSTITUTION_NOUNS
                or word.lower() in ROLE_NOUNS_BEFORE):
            if modifiers < 2 and phrase_end > start and word.isalpha() and word.islower() \
                    and not word.endswith(("ed", "s", "ly")) and word not in _NOT_SUBJECT_END:
                modifiers += 1
                continue
            break
        phrase_end = token.start() + len(word)
        modifiers = 0
        if token.group().endswith(","):
            break
    return phrase_end


_DAY_AS_SUBJECT = re.compile(r"(?:\s+\d{4})?" + DAY_AS_SUBJECT.pattern)  # (past the year the day may carry)


def _clause_after(text: str, verb, end: int) -> int | None:
    pos = verb.end()
    if verb.group().split()[0] in OBJECT_VERBS | MANDATIVE_FORMS and not THAT.match(text, pos, end):
        that = _THAT_SOON.match(text, pos, end)
        if that and (_clause_before_quote(text[pos:that.start(1)]) or _clause_before_that(text[pos:that.start(1)])):
            that = None  # "told reporters the administration realised there was an “impasse” that needed …", "told
            # reporters the deadline would be cut to 12 days from that moment": the clause began before "that"
        if that and _RELATIVE_AFTER.match(text, that.end(1), end):
            that = None  # "warned against punitive measures that would target …": the noun's relative clause
        that = that or _TO_SOMEONE_THAT.match(text, pos, end) or _THAT_AFTER_ASIDE.match(text, pos, end)
        told = TOLD_OBJECT.match(text, pos, end)
        if that:
            pos = that.start(1)
        elif told and not _opens_clause(text, told, end):
            pos = told.end()
    elif not THAT.match(text, pos, end):
        addressed = _TO_SOMEONE_THAT.match(text, pos, end) or _TO_SOMEONE_ASIDE_THAT.match(text, pos, end)
        if addressed:  # "confirmed to WIRED that", "explained to reporters that": the one addressed, then the clause
            pos = addressed.start(1)  # ("suggested to Yuri Ushakov, aide to the Russian president, that")
    content = _CONTENT_NOUN.match(text, pos, end) if verb.group().split()[0] not in SAY_FORMS else None
    # ("said Trump's assertion that … was Russian disinformation": after a saying, the noun heads its clause's subject)
    if content:  # "underscored Turkey’s expectation that CLAUSE": the clause the noun carries is what was said
        return content.end()
    citing = _CITING.match(text, pos, end)
    if citing:
        pos = citing.end()
    aside = _INTERJECTION.match(text, pos, end)
    if aside and THAT.match(text, aside.end(), end):  # "told CNN, though, that …"
        pos = aside.end()
    time = _TIME.match(text, pos, end)
    if time and not _DAY_AS_SUBJECT.match(text, time.end(), end):
        pos = time.end()  # (not "said 25 December 2025, could be remembered as …": the day is the clause's subject)
    adverb = _ADVERB_BEFORE_THAT.match(text, pos, end)
    if adverb:  # "has said repeatedly that …"
        pos = adverb.end()
    adjunct = ADJUNCT.match(text, pos, end)
    after_adjunct = THAT.match(text, adjunct.end(), end) if adjunct and adjunct.end() > pos else None
    if after_adjunct:
        if _RELATIVE_VERB.match(text, after_adjunct.end(), end):
            return None  # "said after talks that reflected an about-face": "that" opens the noun's relative clause
        pos = adjunct.end()
    that = THAT.match(text, pos, end)
    if that:
        rest = text[that.end():end]
        if PREPOSITION_START.match(rest) and not reads_as_clause(rest) and not _FRONTED_ADVERBIAL.match(rest):
            return None  # "Lavrov said that on Monday": "that" is the words given before, not a clause
        return that.end() if len(rest.split()) >= 2 else None
    medium = _MEDIUM.match(text, pos, end) or _ADJUNCT_BEFORE_PRONOUN.match(text, pos, end)
    if medium:  # "said on X Ukraine was ready", "said in a video address the attacks must stop", "said after the
        pos = medium.end()  # convention he would not accept …"
    rest = text[pos:end]
    occasion = _OCCASION_THAT.match(rest)
    if occasion:  # "said speaking to reporters that …": the clause after the occasion's "that"
        return pos + occasion.end()
    if rest.startswith(",") or _WHILE_DOING.match(rest):
        return None  # ("…, Cook said while visiting Salesforce's conference": when he said it, not what)
    colon = re.match(r"\s*:\s+(?=[a-z])", rest)
    if colon and verb.group().split()[0] in SAY_FORMS:  # "Peskov told reporters: the talks were useful."
        pos, rest = pos + colon.end(), rest[colon.end():]
    opening = pos + len(rest) - len(rest.lstrip())
    if text[opening:opening + 1] in "“\"" and _fragment_first(text, opening, end):
        return opening  # 'said "contacts" would continue'
    if not is_clause(rest, verb.group()):
        return None
    return pos + len(rest) - len(rest.lstrip())


def _clause_before_quote(between: str) -> bool:
    """Words between a verb and "that" that pass a quoted phrase only after a finite verb: the clause began before
    the quote, and "that" opens a relative clause inside it."""
    mark = re.search(r"[“\"]", between)
    # ('told reporters he’s “convinced” that …': a contracted auxiliary is one too)
    return mark is not None and bool(re.search(r"\b(?:is|are|was|were|has|had|have|[a-z]{3,}ed)\b"
                                               r"|\w[’'](?:s|re|ve|d)\b", between[:mark.start()]))


def _clause_before_that(between: str) -> bool:
    """Words between a verb's object and a later "that" that hold an auxiliary of their own (outside a relative clause
    about the one told): a zero-"that" clause began before it."""
    relative = re.search(r"\b(?:who|whom|which|whose)\b", between)
    head = between[:relative.start()] if relative else between
    return bool(re.search(r"\s(?:is|are|was|were|has|had|have|would|will|could|can|may|might|must|should)\s", head))


def _opens_clause(text: str, told: re.Match, end: int) -> bool:
    """What reads as the one told opens the reported clause instead: "warned Russia would respond" (an auxiliary
    right after it), "warned Russian forces have concentrated …" (a nationality before a noun: no one is told)."""
    return bool(_AUXILIARY_NEXT.match(text, told.end(), end)) \
        or told.group().strip() in NATIONALITIES and text[told.end():told.end() + 1].islower()


_AUXILIARY_NEXT = re.compile(r"\s*(?:have|has|had|is|are|was|were|will|would|could|can|may|might|must|should)\s+\w")


# "When asked if …", "Asked whether …", "Putin was asked whether …": a question put by askers the sentence leaves
# unnamed (not "asked by Fox whether", nor "Trump asked whether").
_UNNAMED_ASKERS = re.compile(r"(?:^|\b(?:[Ww]hen|[Aa]fter\s+being|[Oo]nce|[Ii]f|was|were|being|been|is|are)\s+"
                             r"|\w,\s+)$")  # ("Zelensky, asked if he knew of the plan, told reporters …")
# ("was asked when a deal could come": a wh-word belongs to the question the gold marks, "if"/"whether" does not)
# (an adverb or a place between: "asked directly if", "Asked later in the Oval Office if", "asked by host Kristin
# Welker about whether", whose named agent put the question)
_ASKED_IF = re.compile(r"\s+(?:(?:[a-z]+ly|later|again|then|also|once more|point-blank)\s+)?"
                       r"(?:(?:in|at|on|during)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Za-z][\w.’'-]*\s+"
                       r"|by\s+(?:[a-z]+\s+){0,2}(?P<agent>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+"
                       r"|by\s+(?:a\s+|the\s+)?(?:reporters?|journalists?)\s+)?"
                       r"(?:about\s+)?(?:if\s+|whether\s+|(?=(?:when|how|why|what|where)\s))")
_OPENING_ASKED = re.compile(r"\s*(Asked)\b")


def _unnamed_question(text: str, sentence: Sentence, verb_start: int, verb_end: int,
                      index: SpeakerIndex) -> _Item | None:
    """A reported question whose askers are unnamed (the gold's rule): an indirect item with no speaker, from after
    "if"/"whether" to the first comma ("Asked if he'll ever accept a deal, Zelensky said …") or to the sentence end
    ("Putin was asked whether Russia would accept a truce.")."""
    lead = text[sentence.start:verb_start]
    asked = _ASKED_IF.match(text, verb_end, sentence.end)
    if asked is None or not _UNNAMED_ASKERS.search(lead.lstrip()):
        return None
    who = index.subject(*asked.span("agent")) if asked.group("agent") else None
    return _question_item(text, sentence, asked.end(), who if isinstance(who, Speaker) else Speaker(None, "other"))


_QUESTION_END = re.compile(r"[,:;]")


def _question_item(text: str, sentence: Sentence, start: int, who: Speaker | Pronoun) -> _Item | None:
    """The question from its first word to the first comma or colon (", instead reiterating …", ': “100% not,” the
    envoy replied': the answer's side) or the sentence end."""
    stop = _QUESTION_END.search(text, start, sentence.end)
    end = stop.start() if stop else sentence.end
    while end > start and text[end - 1] in " .?":
        end -= 1
    return _Item("indirect", [(start, end)], who, sentence.paragraph, sentence.end) if end - start >= 3 else None


# "Carlson asked directly if …", "a reporter asked Trump if …": a named or described asker, the one asked, an adverb
# ("asked his Ukrainian counterpart why …": a described one asked; a wh-word opens the question the gold marks)
_ASKED_WHOM_IF = re.compile(r"\s+(?:(?:[A-Z][\w.’'-]*\s+){1,3}|him\s+|her\s+|them\s+|reporters\s+|journalists\s+"
                            r"|(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,2}(?:counterpart|leader|president|"
                            r"minister|envoy|host|guest|interviewer|caller)s?\s+)?"
                            r"(?:[a-z]+ly\s+)?(?:(?:if|whether)\s+|(?=(?:why|how|what|who|when|where)\s))")


_ASKED_PASSIVE = re.compile(r"(?:,|\b(?:when|after|if|as|being|was|were|been))\s*$")


def _asked_question(text, sentence, verb, index, covered, direct_starts) -> _Item | None:
    """A question put by the sentence's subject, where no reported clause was read after the verb."""
    asked = _ASKED_WHOM_IF.match(text, verb.end(), sentence.end)
    if asked is None or verb.group().endswith("ing") or _inside(verb.start(), covered) \
            or _ASKED_PASSIVE.search(text, sentence.start, verb.start()):
        return None  # ("Rubio, asked whether the talks were over, smiled": Rubio was asked)
    who = _verb_subject(text, sentence.start, verb, index, covered, direct_starts)
    return _question_item(text, sentence, asked.end(), who) if isinstance(who, (Speaker, Pronoun)) else None


# "is reporting", "are also reporting": a finite verb in the progressive, not a participle
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?$")


# A verb that ends its paragraph with a colon, the next paragraph opening with unmarked words.
_BLOCK_AFTER = re.compile(r"[ \t]*:[ \t]*\n+[ \t]*(?=[A-Z])")
_PAST_OR_PARTICIPLE = re.compile(r"(?:ed|ing|said|wrote|told)$")  # ("wrote:", "adding:"; not a headline's "tweets :")


# "Commenting on …", "Speaking at …"; not the prepositions "During …", "Following …"
_PARTICIPLE_OPENER = re.compile(r"\s*(?!(?:During|Following|Regarding|Concerning|Including|According|Pending|"
                                r"Excluding|Notwithstanding)\b)[A-Z][a-z]+ing\s")


_CHARGE_DENIED = re.compile(r"\s*(?:a|an|the)\s+(?:[a-z]+\s+)?(?:charge|claim|accusation|allegation)s?\s")


def _clause_before(text, sentence, verb, index, covered, direct_starts) -> _Item | None:
    """'The talks will resume next week, Peskov told reporters.' / '..., said Peskov.'"""
    if verb.group().endswith("ing") and not _PROGRESSIVE.search(text, max(0, verb.start() - 12), verb.start()):
        return None  # "…, telling Deutschlandfunk that …": a participle goes on with the sentence's own speaker
    head = text[sentence.start:verb.start()]
    comma = head.rfind(",")
    apposed = _apposed_subject(head, comma, sentence.start, index)
    if apposed is not None:  # "…, Yuri Ushakov, a senior adviser to Putin, told reporters"
        comma = apposed
    if comma < 0 or _LIST_END.search(head[:comma]) or _ASKED_OPENER.match(head) \
            or _CHARGE_DENIED.match(head, comma + 1):
        return None  # ("Leaders from Estonia, Finland, Latvia, Poland and Sweden urged": the comma is a list's;
        # "Asked about the proposal, the press secretary said:": the question put, not what was said; "…, a charge
        # Russia denies": the denial of the charge, never its words)
    told = TOLD_OBJECT.match(text, verb.end(), sentence.end) if verb.group() in OBJECT_VERBS else None
    rest = _rest_of_clause(text, told.end() if told else verb.end(), sentence.end)
    if len(head[:comma].split()) < (1 if rest else 3):
        return None
    tail = text[told.end() if told else verb.end():sentence.end].rstrip(" .!?")  # "told reporters on Wednesday"
    if told is None and _told_whom_only(text, verb, sentence.end):
        tail = ""  # "told state TV", "told the Financial Times": whoever was told, the clause is before
    subject_start = sentence.start + comma + 1
    inverted = not text[subject_start:verb.start()].strip() and not CLAUSE_CUE.match(tail.split(",")[0])
    if rest and inverted:
        return None
    if inverted and _SUBJECT_AND_ASIDE.match(head[:comma]):
        return None  # "Putin, in a statement at the Kremlin, proposed talks with Ukraine": his verb, not an inversion
    named = re.split(r"\b(?:who|whom|whose|which|that)\b", tail.split(",")[0])[0]  # "an official who asked …"
    described = inverted and _described_person(_NAME_TO_THE_END.fullmatch(text, verb.end(), sentence.end), index)
    if inverted and any(_FINITE_WORD.fullmatch(w) for w in named.split()) and not described:
        return None  # "…, said the draft favoured Moscow": a clause after the verb, not its speaker
    time = _TIME.match(tail)
    timed = time is not None and (not tail[time.end():].strip() or tail[time.end():].lstrip().startswith(","))
    if tail.strip() and not inverted and not (time or _ATTRIBUTION_TAIL.match(tail) or _ADJUNCT_START.match(tail)):
        return None  # "…, Trump on Monday announced new deliveries of weapons": the verb has an object of its own
    after_time = tail[time.end():] if time else tail  # ("…, Putin said Thursday during a meeting with …")
    if is_clause(tail, verb.group()) and not inverted and not timed \
            and not re.match(r"\s*(?:to|in|on|at|during|after)\b", after_time) and not _WHILE_DOING.match(after_time):
        return None  # "…, said the deal is dead" reports a second clause; "…, says the World Health Organization"
        # and "…, lawmakers said Friday afternoon, as they …" do not
    opener = _ADVERBIAL_OPENER.match(head[:comma])
    if _PREPOSITIONAL_OPENER.fullmatch(head[:comma]) and not reads_as_clause(head[:comma]):
        if rest is None:
            return None
        opener = True  # "In that case, he said, replacing Clinton would be hard": what he said goes on after it
    first = tail.split(",")[0]
    if inverted:  # "…, says President Zelenskyy at a press conference following the meeting in Vilnius": the name
        first = re.split(r"\s(?:at|in|on|during|following|after|before|while|when|from|via)\s", first)[0]
    if _SUBORDINATE_END.search(head[:comma]) or (opener and not rest) \
            or len(first.split()) > 8 and not _ADJUNCT_START.match(tail) and not _ADJUNCT_START.match(after_time) \
            and not described \
            or re.match(r"\s*(?:(?:during|in|at|after|before|under|by|through|with)\s+)?"
                        r"(?:where|when|which|who|whom|whose|as|while|if|because|but|and|yet|so|or|after|before|since|"
                        r"although|though|once|until|unless)\b",
                        text[subject_start:verb.start()]):
        return None  # "…, when, in fact, he responded", "…, where he posts", "…, but he has denied any role"
    if _NOUN_RELATIVE.match(text, subject_start, verb.start()):
        return None  # "…, a suggestion that Macron reiterated on Monday": a noun's relative clause, not an attribution
    if text[subject_start:verb.start()].strip():
        who = _subject(text, subject_start, _subject_end(text, subject_start, verb.start()), index)
    else:
        who = index.after_verb(verb.end(), sentence.end)
    subject_words = text[subject_start:verb.start()] if apposed is None else head[comma + 1:head.index(",", comma + 1)]
    # ("…, the head of the Office of the President Andriy Yermak wrote": a person's title may take many words)
    last = who.speakers[-1] if isinstance(who, _Joint) and who.speakers else who  # ("President Donald Trump and
    # Secretary of State Marco Rubio said": each of a joint subject may be titled)
    titled = isinstance(last, Speaker) and last.is_person and bool(last.name) \
        and subject_words.strip().endswith(last.name.split()[-1])
    if who is None or len(subject_words.split()) > (12 if _long_subject(who) or titled else 8):
        return None
    end = sentence.start + comma
    start = _past_dateline(text, sentence.start, end)
    if verb.group() in CHANNEL_VERBS and any(
            _reports(text, start, v) and (v.group() in SAY_FORMS or THAT.match(text, v.end(), end))
            and not PASSIVE_BEFORE.search(text, start, v.start()) and _clause_after(text, v, end) is not None
            for v in SPEECH_VERB.finditer(text, start, end)):
        return None  # "Putin said Russia would …, the AP reports": the outlet carries Putin's report, his item
    colon = text.rfind(": ", start, end)
    after_colon = text[colon + 2:end] if colon > start else ""
    if after_colon and not _inside(colon, covered) and len(after_colon.split()) >= 5 \
            and (reads_as_clause(after_colon) or re.search(r"\s[a-z]{3,}ed\s", after_colon)):
        start = colon + 2  # "The summit unfolded under the shadow of bloodshed: Russian strikes killed 17 people, the
        # authorities said": the writer's lead-in before the colon, what they said after it
    connective = _CONNECTIVE.match(text, start, end) or _CONJUNCTION_OPENER.match(text, start, end)
    if connective:  # "Yet, Russia is not showing any signals …, Zelensky added": "Yet" is the writer's; so is the
        start = connective.end()  # "And" of "And researchers have now detected …, a new study reports"
    if not rest and _PARTICIPLE_OPENER.match(text, start, end) and not reads_as_clause(text[start:end]):
        return None  # "Commenting on media reports about …, Zelensky stated firmly:": when he spoke, not what he said
    if _inside(start, covered) or text[start] in "“\"‘'″" \
            or any(start <= s < end and not _NESTED_LEAD.search(text, start, s) for s in direct_starts):
        return None  # a quote inside the clause belongs to it, unless someone in the clause says it
    if rest is None and _WHEN_ONLY.fullmatch(text, start, end):
        return None
    if rest is None:
        return _Item("indirect", [(start, end)], who, sentence.paragraph, sentence.end)
    if _inside(rest[0], covered) or any(rest[0] <= s < rest[1] for s in direct_starts):
        return None
    parts = [(start, end), rest]  # "As talks ended, he said, the sides agreed …": the opener is part of what he said
    return _Item("indirect", parts, who, sentence.paragraph, sentence.end)


def _rest_of_clause(text: str, at: int, end: int) -> tuple[int, int] | None:
    """'The museum, Mr. Obama said, would make visitors face …': a reporting clause set off by commas inside the
    reported one, which runs on after it; the span of the words after it, or None."""
    rest = _PARENTHESIS_END.match(text, at, end)
    if rest is None or _NOT_RUNNING_ON.match(text, rest.end(), end):
        return None
    stop = end
    while stop > rest.end() and text[stop - 1] in " .!?\n":
        stop -= 1
    words = text[rest.end():stop]
    quoted = re.findall(r"[“\"]([^“”\"]*)[”\"]", words)
    if len(words.split()) < 2 or any(reads_as_clause(q) for q in quoted) or len(re.findall(r"[“”\"]", words)) != 2 * len(quoted):
        return None  # (quoted words of their own make a direct quote; a fragment, "“realistic” assurances", runs on)
    return rest.end(), stop


# ", a spokesperson, …": an indefinite or definite role noun alone between commas
_DESCRIPTION_ONLY = re.compile(r"\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:spokes(?:man|woman|person)|aide|adviser|"
                               r"advisor|official|representative|envoy|minister|diplomat)\s*$")


def _apposed_subject(head: str, comma: int, base: int, index: SpeakerIndex) -> int | None:
    """Where the reported clause ends when the speaker before the verb carries a description between commas
    ("…, Yuri Ushakov, a senior adviser to President Putin, told"): the comma before the name, else None."""
    if comma < 0 or head[comma + 1:].strip():
        return None
    inner = head.rfind(",", 0, comma)
    outer = head.rfind(",", 0, inner) if inner > 0 else -1
    if outer >= 0 and _DESCRIPTION_ONLY.match(head[outer + 1:inner]):
        people = index.people_between(base + inner + 1, base + comma)
        if people and not index.text[people[-1][1]:base + comma].strip():
            return outer  # "…, a spokesperson, Lt. Col. Jeff Tolbert, told Axios": the description, then the name
    if outer < 0 or not (_DESCRIPTION_START.match(head, inner + 1) or describes_person(head[inner + 1:comma])):
        return None  # (a bare title describes as well as "a …": "…, Dareskedar Taye, Lead Researcher at …, told")
    name = head[outer + 1:inner].strip()
    people = index.people_between(base + outer + 1, base + inner)
    if not people or len(name.split()) > 4 or head[outer + 1:inner].strip() != \
            index.text[people[0][0]:people[-1][1]].strip():
        return None
    return outer


def _long_subject(who: Speaker | Pronoun) -> bool:
    """A named body or an unnamed source ("a second person briefed on last week's call") may take many words."""
    return _named_body(who) or isinstance(who, Speaker) and who.name is None


def _named_body(who: Speaker | Pronoun) -> bool:
    return isinstance(who, Speaker) and who.name is not None and not who.is_person


_FINITE_START = re.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|"
                           r"[a-z]+(?:es|ed)|[a-z]+[^s\W]s)\b")
_AND_BEFORE_ASIDE = re.compile(r"\s(?:and|but)\s*,\s*$")
_TOPIC = re.compile(r"(?:As (?:for|to|regards)|Regarding|Concerning|When it comes to|With (?:respect|regard) to|On)\b[^,;:“”\"]*")
_ASIDE_END = re.compile(r"\s+[^,;:.“”\"]{1,60}?,\s+(?!(?:who|which|whose|where|when|as|and|but)\b)(?=[a-z])")


_OWN_WORDS = re.compile(r"[Ii]n (his|her|their)\b")  # "In his words, …", "…, in her view."


_CHANNEL = re.compile(r"[Aa]s (?:quoted|cited|reported) by")


def _according(text, sentence, match, index, covered, direct_starts) -> _Item | None:
    """'According to Allen, CLAUSE' and 'CLAUSE, according to Allen.'"""
    if _PICTURE.match(text, match.end(), sentence.end) or _OWNERS_PLAN.match(text, match.end(), sentence.end) \
            or _GONE_ACCORDING.search(text, sentence.start, match.end()):
        return None  # "…, according to a photo released by …", "according to Putin's plan", "went according to plan":
        # a picture, a plan or a schedule says nothing
    if _THAT_THEN_ACCORDING.search(text, sentence.start, match.end()):
        return None  # "Zelenskyy said that, according to Ukrainian intelligence, Putin had …": his report's own source
    if text.rfind("(", sentence.start, match.start()) > text.rfind(")", sentence.start, match.start()):
        return None  # "Trump briefly (and seemingly reluctantly, per O'Donoghue) addressed …": a bracket's own source
    if _CHANNEL.match(match.group()) and any(_reports(text, sentence.start, v)
                                             for v in SPEECH_VERB.finditer(text, sentence.start, match.start())):
        return None  # 'Dmitriev said, "…," as quoted by TASS': the speaker is named; the outlet only carried the words
    own = _OWN_WORDS.match(match.group())
    if own and any(_reports(text, sentence.start, v) for v in SPEECH_VERB.finditer(text, sentence.start, sentence.end)):
        return None  # "In her opinion, the plan is dead, Kallas added": the verb names the speaker
    owner = None if own else _OWNERS_VIEW.match(text, match.end(), sentence.end)
    source_end = text.find(",", match.end(), sentence.end)
    authors = [] if own or owner else index.document_authors(match.end(), source_end if source_end > 0 else sentence.end)
    if owner:  # "according to the spokesman's assessment": the spokesman
        who = index.after_verb(match.end(), owner.end("owner"))
    elif len(authors) > 1:  # "according to a joint statement from the U.S. and Ukrainian delegations"
        who = _Joint(tuple(authors))
    elif authors:  # "according to a statement from the Russian Ministry of Foreign Affairs": Russia
        who = authors[0]
    else:
        who = Pronoun(OWNER_PRONOUNS[own.group(1)]) if own else index.after_verb(match.end(), sentence.end)
    if who is None and not own and _UNNAMED_SOURCE.match(text, match.end(), sentence.end) \
            and not _GONE_ACCORDING.search(text, sentence.start, match.end()) \
            and not AS_SAID.search(text, sentence.start, match.start()) \
            and not (_IN_DASH_ASIDE.search(text, sentence.start, match.start())
                     and _DASH.search(text, match.end(), sentence.end)):
        # "according to court records", "according to Wall Street": a source the text does not name as anyone
        # (not after "As Gupta noted, …", whose report the credit only sources; not inside a dash aside, "-- and the
        # fact that Trump has made 13,000 false claims, according to … --", which credits a figure, not a report)
        who = Speaker(None, "other")
    if who is None:
        return None
    comma = text.find(",", match.end(), sentence.end)
    opener = _CONNECTIVE.match(text, sentence.start, match.start())  # ("However, according to the minister, …")
    if (match.start() == sentence.start or opener and opener.end() == match.start()) and comma > 0:
        clause_start = comma + 1 + len(text[comma + 1:sentence.end]) - len(text[comma + 1:sentence.end].lstrip())
        if _carries_a_report(text, clause_start, sentence.end, index, covered, direct_starts):
            return None  # "As reported by Ukrinform, Kallas said that …": the outlet carries Kallas's report
        if _NAME_THEN_QUOTE.match(text, clause_start, sentence.end):
            return None  # 'According to a readout, Rubio “emphasised …”': Rubio's own words, which the readout carries
        return _indirect(text, clause_start, sentence, who, covered, direct_starts)
    head = text[sentence.start:match.start()].rstrip(" ,")
    aside = _ASIDE_END.match(text, match.end(), sentence.end)
    if aside and text[sentence.start:match.start()].rstrip().endswith(",") and head.split() \
            and not _inside(sentence.start, covered) and text[sentence.start] not in "“\"‘'″" \
            and _FINITE_START.match(text, aside.end()):
        if _AND_BEFORE_ASIDE.search(text, sentence.start, match.start()):
            # "The Kremlin has not accepted the terms and, according to Peskov, sees “no point” …": the second
            # predicate is the report; the first is the writer's
            return _indirect(text, aside.end(), sentence, who, covered, direct_starts)
        # "The second part, according to him, envisages …": the whole sentence is the report
        return _indirect(text, sentence.start, sentence, who, covered, direct_starts)
    if text[sentence.start:match.start()].rstrip().endswith(",") and _ASIDE_THEN_QUOTE.match(text, match.end(),
                                                                                                sentence.end):
        return None  # 'The US, according to him, also "openly admitted …"': the quoted predicate is the item
    if aside and _TOPIC.fullmatch(head) and reads_as_clause(text[aside.end():sentence.end]):
        # "As for the talks, according to him, they are moving …": the topic is the writer's; the clause is the report
        return _indirect(text, aside.end(), sentence, who, covered, direct_starts)
    if _NAME_THEN_QUOTE.match(text, sentence.start, match.start()):
        return None  # 'Putin "supports the idea," according to the Kremlin': Putin's own words, which it carries
    if len(head.split()) < 3 or text[sentence.start] in "“\"‘'″" or _inside(sentence.start, covered) \
            or _CREDIT.match(head):
        return None  # "Source: the Kremlin in a statement, as reported by …" credits; it reports nothing
    if any(_reports(text, sentence.start, v) and _clause_after(text, v, match.start()) is not None
           for v in SPEECH_VERB.finditer(text, sentence.start, match.start())):
        return None  # "Putin told Witkoff that …, according to the Kremlin": the report inside has its own speaker
    if _ATTRIBUTED_END.search(head):
        return None  # '“…,” Ushakov said, as quoted by Tass': the agency carries Ushakov's words, which are his item
    start = _past_dateline(text, sentence.start, match.start())
    connective = _CONNECTIVE.match(text, start, match.start()) or _CONJUNCTION_OPENER.match(text, start, match.start())
    start = connective.end() if connective else start  # "But its forecast is fine, according to …": the narrator's "but"
    return _Item("indirect", [(start, sentence.start + len(head))], who, sentence.paragraph, sentence.end)


def _past_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence's own words start after a wire dateline or label ("KYIV (AP) — ", "(Reuters) — ")."""
    dateline = DATELINE.match(text[start:end]) or _WIRE_LABEL.match(text, start, end)
    return start + (dateline.end() - dateline.start()) if dateline else start


def _as_said(text, sentence, match, index, covered, direct_starts) -> _Item | None:
    """'As Peskov noted, CLAUSE' and 'CLAUSE, as Peskov put it': the "as" clause names who said the rest."""
    if _inside(match.start(), covered):
        return _as_said_inside(text, sentence, match, index, covered)
    who = _subject(text, match.start("who"), match.end("who"), index)
    if not isinstance(who, (Speaker, _Joint, Pronoun)) or isinstance(who, Speaker) and who.name is None:
        return None  # ("as the president has said": a description, resolved like a pronoun)
    rest = text[match.end():sentence.end].lstrip(" ,")
    if match.start() == sentence.start or not text[sentence.start:match.start()].strip(" \u00a0"):
        clause_start = sentence.end - len(rest)
        if _carries_a_report(text, clause_start, sentence.end, index, covered, direct_starts):
            return None  # "As Ukrinform reported, on Wednesday, Lavrov stated that …": the outlet carries his report
        return _indirect(text, clause_start, sentence, who, covered, direct_starts) if rest else None
    if text[match.end():match.end() + 1] == "," and reads_as_clause(rest):
        # "…, and sometimes, as the president has said, he has been frustrated": the clause after it is the saying
        return _indirect(text, sentence.end - len(rest), sentence, who, covered, direct_starts)
    head = text[sentence.start:match.start()].rstrip(" ,")
    if not text[sentence.start:match.start()].rstrip().endswith(",") or len(head.split()) < 3 \
            or _CREDIT.match(head) \
            or text[sentence.start] in "“\"‘'″" or any(sentence.start <= s < match.start() for s in direct_starts):
        return None
    return _Item("indirect", [(sentence.start, sentence.start + len(head))], who, sentence.paragraph, sentence.end)


def _carries_a_report(text, start, end, index, covered, direct_starts) -> bool:
    """The clause from `start` holds a report with a speaker of its own ("…, Kallas said that …"), which the outlet
    or source credited before it only carries."""
    return any(_reports(text, start, v) and _clause_after(text, v, end) is not None
               and _verb_subject(text, start, v, index, covered, direct_starts) is not None
               for v in SPEECH_VERB.finditer(text, start, end))


def _as_said_inside(text, sentence, match, index, covered) -> _Item | None:
    """'“As President Vladimir Putin has repeatedly emphasised, Russia has been … open to negotiations,” Lavrov
    said': a named person's saying that opens a quote is a nested report of the clause after it."""
    span = next((a, b) for a, b in covered if a <= match.start() < b)
    if text[span[0] + 1:match.start()].strip() or text[match.end():match.end() + 1] != ",":
        return None
    who = _subject(text, match.start("who"), match.end("who"), index)
    if not (isinstance(who, Speaker) and who.name and who.is_person):
        return None  # (nested items only for named persons)
    start = match.end() + 1 + len(text[match.end() + 1:]) - len(text[match.end() + 1:].lstrip())
    end = min(sentence.end, span[1] - 1)
    end = next(iter(inner_starts(text, start, end)), end)
    while end > start and text[end - 1] in " .,”\"":
        end -= 1
    if not reads_as_clause(text[start:end]):
        return None
    return _Item("indirect", [(start, end)], who, sentence.paragraph, sentence.end, nested=True)


def _reports(text: str, start: int, verb) -> bool:
    """A speech verb of the main clause: not negated, not in a relative clause ("…, where the group maintains"),
    not the noun "states" ("in U.S. states where the drug is legal")."""
    clause = text[max(start, text.rfind(",", start, verb.start()) + 1):verb.start()]
    return not _negated(text, start, verb) and not _RELATIVE_OPENER.match(clause) and not _state_noun(text, verb) \
        and not _DETERMINED.search(text, max(start, verb.start() - 40), verb.start()) and not _heard(text, start, verb) \
        and not _indefinite_noun(text, start, verb) \
        and not _FREE_RELATIVE.search(text, max(start, verb.start() - 60), verb.start())


# "… will depend on what US President Donald Trump says": what someone says as a thing, no report of it
_FREE_RELATIVE = re.compile(r"\bwhat\s+(?:[A-Z][\w.’'-]*\s+){1,5}(?:(?:will|would|has|had|may|might)\s+)?$")


def _indefinite_noun(text: str, start: int, verb) -> bool:
    """"a central Russian demand that …": a base form after "a"/"an" and no modal is a noun (a verb would agree)."""
    word = verb.group().split()[0]
    return not word.endswith(("s", "ed", "ing")) and word not in {"said", "told", "wrote", "put"} \
        and bool(_A_PHRASE.search(text, max(start, verb.start() - 40), verb.start()))


_A_PHRASE = re.compile(r"\b[Aa]n?\s+(?:(?!(?:will|would|can|could|should|must|may|might|to|did|does|do|shall)\b)"
                       r"[\w’'-]+\s+){0,3}$")


# A determiner before the word makes it a noun: "its lowered forecast", "the reports", "his promise"
_DETERMINED = re.compile(r"\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose)\s+"
                         r"(?:[a-z-]+(?:ed|ing)\s+)?$")


def _state_noun(text: str, verb) -> bool:
    """"the state schools superintendent", "in U.S. states": a noun, unless "states that"."""
    return verb.group() in {"state", "states"} and not THAT.match(text, verb.end())


def _indirect(text, start, sentence, who, covered, direct_starts) -> _Item | None:
    """The reported clause runs to the sentence end, or to a second report ('..., but warned that')."""
    while start < sentence.end and text[start] in ", ":
        start += 1  # 'say that, in addition to Scott, he would …': the clause starts after the comma
    opening = SPEECH_VERB.match(text, start, sentence.end)
    if opening and opening.group().endswith("ing") and not _THAT_BEFORE.search(text, max(0, start - 8), start):
        return None  # "expressed confidence in a quick resolution, stating he would …": the participle reports it
        # ("added that observing the truce would be …": after "that", a gerund opens the clause as its subject)
    end = sentence.end
    main_verb = _MAIN_VERB_AFTER.search(text, start, end) if _IN_RELATIVE.search(text, sentence.start, start) else None
    for cut in (_NEXT_REPORT.search(text, start, end), _CONTRAST.search(text, start, end),
                _NEW_SPEAKER.search(text, start, end), main_verb, _GAP_CUT.search(text, start, end),
                _RELATIVE_REPORT_CUT.search(text, start, end)):
        if cut:
            end = min(end, cut.start())
    quoted_later = [s for s in direct_starts if start < s < end and not _attributed_inside(text, start, s)]
    if quoted_later:
        end = _before_second_report(text, start, quoted_later[0], end)
    while end > start and text[end - 1] in " .":
        end -= 1
    if text[end:end + 2] in {',"', ",”"}:
        end += 2  # ('… and "constructive," TASS reported': the closing mark belongs to the words)
    if end - start < 3 or any(start <= s < end and not _attributed_inside(text, start, s) for s in direct_starts) \
            or text[start] in "“\"‘'″" and not _fragment_first(text, start, end):
        return None
    return _Item("indirect", [(start, end)], who, sentence.paragraph, sentence.end)


_THAT_BEFORE = re.compile(r"\bthat\s+$")


def _attributed_inside(text: str, start: int, quote_start: int) -> bool:
    """The direct quote has its own lead inside the reported clause ('… from what he described as "…"',
    '… Putin said "…"'), so it is part of the report, not a second one after it."""
    if _NESTED_LEAD.search(text, start, quote_start):
        return True
    label = _LABELLING.search(text, start, quote_start - 1)
    # ('… but described Sunday as "…"' is a second verb of the clause's speaker, with its own item)
    return label is not None and not re.search(r"(?:,|\band|\bbut)\s*$", text[start:label.start()])


def _fragment_first(text: str, start: int, end: int) -> bool:
    """'said that "contacts" would continue': the clause opens with a quoted fragment and goes on past it."""
    close = re.compile(r"[”\"’'″]").search(text, start + 1, end)
    return close is not None and _fragment(text[start + 1:close.start()]) \
        and len(text[close.end():end].split()) >= 2 and reads_as_clause(text[close.end():end])


def _before_second_report(text: str, start: int, quote_start: int, end: int) -> int:
    """"Liu said that the army could be deployed, warning: “…”": the clause ends at the comma before the second
    speech verb that introduces the direct quote; otherwise the quote belongs to the clause and `end` stands."""
    lead = text[start:quote_start]
    verbs = sorted(list(SPEECH_VERB.finditer(lead)) + list(_LABEL_VERB.finditer(lead)), key=lambda m: m.start())
    verbs = [v for v in verbs if not PASSIVE_BEFORE.search(lead, 0, v.start())]  # not "no specifics were disclosed"
    if verbs:
        comma = lead.rfind(",", 0, verbs[-1].start())
        if comma > 0 and not lead[comma + 1:verbs[-1].start()].strip(" \u00a0"):
            return start + comma
        conjunction = re.search(r"\s+(?:but|and)\s+$", lead[:verbs[-1].start()])
        if conjunction:  # '… remain a "work in process" but described Sunday as "…"': the second verb's own quote
            return start + conjunction.start()
    elif re.search(r",\s*[“\"‘']$", lead) and len(lead.split()) >= 4:
        # 'He suggested X, though no specifics were disclosed, “we expect …,” Putin said': the quote is a new item
        return start + len(lead.rstrip(" “\"‘'").rstrip(","))
    else:
        # 'He emphasized that guarantees should not be tied to concessions: “This has nothing to do with …”', 'said
        # that Russia is interested in ties but that “so far, the process is sluggish”': the clause ends where the
        # quoted words begin a sentence or a clause of their own
        joined = _QUOTE_AFTER_CLAUSE.search(lead)
        if joined and len(lead[:joined.start()].split()) >= 3:
            return start + joined.start()
    return end


def _clause_then_quote(text: str, verb, direct_starts: list[int]) -> bool:
    """'He emphasized that guarantees should not be tied to concessions: “…”': the verb that leads the direct quote
    reports a clause of its own before it."""
    following = [s for s in direct_starts if verb.end() < s <= verb.end() + 400]
    if not following:
        return False
    lead = text[verb.end():following[0]]
    return bool(_THAT_CLAUSE_LEAD.match(lead) and _QUOTE_AFTER_CLAUSE.search(lead))


_THAT_CLAUSE_LEAD = re.compile(r"(?:\s+[^\s“”\"]+){0,6}?\s+that\s+[^“”\"\n]{12,}[“\"‘']?$")
_QUOTE_AFTER_CLAUSE = re.compile(r"(?::|,?\s+(?:but|and)\s+that)\s*[“\"‘']$")


# --- shared helpers -----------------------------------------------------------------------------------------


def _subject(text: str, start: int, end: int, index: SpeakerIndex) -> Speaker | Pronoun | _Joint | None:
    """The subject before a reporting verb; two conjuncts that each name a speaker ("Ukraine and Russia said",
    "Trump and Italy’s government said") are a joint subject, each of whom says the quote."""
    authors = index.document_authors(start, end)
    if len(authors) > 1:  # "A joint statement from the U.S. and Ukrainian delegations said": each party says it
        return _Joint(tuple(authors))
    leaders = _LEADERS_OF.match(text, start, end)
    authors = index.authors_in(leaders.end(), end) if leaders else []
    if len(authors) > 1:  # "The leaders of Ukraine, the UK, Germany and France said": each state they lead
        return _Joint(tuple(authors))
    listed = _listed(text, start, end, index)
    if listed is not None:
        return listed
    apposed = _apposed_pair(text, start, end, index)
    if apposed is not None:
        return apposed
    clause = max(start, text.rfind(",", start, end) + 1)
    group = _GROUP.fullmatch(text[clause:end].strip())
    if group:  # "Both men said", "the two sides said": the last two people or states named, each a speaker
        people = bool(group.group("people")) or group.group() in ("Both", "both")  # ("Both have suggested …")
        pair = index.pair_before(clause, people=people) or ([] if people else index.last_two_states(clause))
        # ^ "the two sides" with no pair joined by "and": the two states the text named last
        if pair or group.group("people") or group.group("sides"):
            return _Joint(tuple(pair)) if pair else None
        # ("Both", "the parties", "all sides" with no pair before: read as any other subject)
    entourage = _AND_ENTOURAGE.search(text, clause, end)
    if entourage:  # "Paganini and his team reported that …": the one named speaks for the group they lead
        end = entourage.start()
    conjunctions = list(_AND.finditer(text, clause, end))
    # (after a list's commas, "Berlin and London" ends a list whose head is elsewhere: "Officials in Kyiv, Paris,
    # Berlin …"; one comma before it closes an opener: "On Monday, Ukraine and Russia said")
    if len(conjunctions) == 1 and not _LIST_SEPARATOR.search(text, start, clause):
        for subordinate in _SUBORDINATOR.finditer(text, clause, conjunctions[0].start()):
            clause = subordinate.end()  # "The talks ended after Washington and Kyiv said": the clause's own subject
        both = re.compile(r"\s*(?:[A-Z]{3,}\s+[–—-]\s+)?[Bb]oth\s+").match(text, clause, conjunctions[0].start())
        if both:  # "Both Ukrainian President Volodymyr Zelensky and … Vladimir Putin have indicated" (after a dateline)
            clause = both.end()
        left = index.subject(clause, conjunctions[0].start())
        right = index.subject(conjunctions[0].end(), end)
        if isinstance(left, Speaker) and isinstance(right, Speaker) and left.name and right.name \
                and left.name != right.name and _names_alone(text[clause:conjunctions[0].start()]):
            return _Joint((left, right))
    fronted = _FRONTED_CLAUSE.match(text, start, end)
    if fronted:  # "Later, when he met with Britain's Prime Minister, reporters asked …": the main clause's subject
        after = index.subject(fronted.end(), end)
        if after is not None:
            return after
    who = index.subject(start, end)
    if who is None:  # "He addressed the fact that Russia's foreign minister said": the subordinate clause's subject
        inner = [m for m in _SUBORDINATOR.finditer(text, start, end) if _PHRASE_OPENER.match(text, m.end(), end)]
        if inner:
            return index.subject(inner[-1].end(), end)
        relative = list(_PLACE_RELATIVE.finditer(text, start, end))
        if relative:  # "billboards in which people say": the relative clause's own subject
            return index.subject(relative[-1].end(), end)
    return who


# "According to Ukrinform, he said this to journalists": the clause only says where words already given were said
_SAID_THIS = re.compile(r"(?:[\w.’',-]+\s+){1,8}?(?:said|stated|noted|announced|wrote|told\s+[\w\s]{1,30}?)\s+(?:this|so)\b"
                        r"(?!\s+(?:is|was|are|were|will|would|has|had|can|could|must|far|much|many|that)\b)")
# ("Kyiv and its Western allies have argued": the allies are unnamed, so the named state speaks)
# ("He and other top U.S. officials …": the others are unnamed, so he speaks)
_AND_ENTOURAGE = re.compile(r"\s+and\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|many|a\s+"
                            r"dozen)\s+)?(?:his|her|their|its|other)\s+(?:[A-Za-z.]+\s+){0,3}?(?:team|colleagues|"
                            r"co-authors|coauthors|collaborators|staff|aides|associates|lawyers|attorneys|allies|"
                            r"partners|backers|supporters|officials|leaders|ministers|diplomats)\s*$")


_LEADERS_OF = re.compile(r"\W*(?:[Tt]he\s+)?(?:leaders|heads\s+of\s+(?:state|government)|foreign\s+ministers|"
                         r"governments)\s+of\s+(?=[^,;:“”\"]+,)")


def _apposed_pair(text: str, start: int, end: int, index: SpeakerIndex) -> _Joint | None:
    """"Trump’s Middle East envoy, Steve Witkoff, and national security adviser Mike Waltz said": two people, the
    first named in an apposition to his title."""
    join = text.rfind(", and ", start, end)
    if join < 0 or text.count(",", start, join) != 1:
        return None
    left, right = index.subject(start, join), index.subject(join + 6, end)
    if isinstance(left, Speaker) and isinstance(right, Speaker) and left.is_person and right.is_person \
            and left.name and right.name and left.name != right.name:
        return _Joint((left, right))
    return None


def _listed(text: str, start: int, end: int, index: SpeakerIndex) -> _Joint | None:
    """"Mark Rutte, Ursula von der Leyen … and Emmanuel Macron said": three or more named speakers, each of whom says
    the quote; a list of anything else (places, institutions with "of") is no joint subject. (A document's signatories,
    "The statement signed by …", are `SpeakerIndex.document_authors`.)"""
    items, pos = [], start
    for separator in list(_LIST_SEPARATOR.finditer(text, start, end)) + [None]:
        stop = separator.start() if separator else end
        items.append((pos, stop))
        pos = separator.end() if separator else end
    if len(items) < 3 or _FRONTED.match(text, items[0][0], items[0][1] + 2):
        return None  # ("In Geneva, the US and Ukraine said": the place opens the sentence; it is no speaker)
    speakers = []
    for n, (a, b) in enumerate(items):
        b = a + len(text[a:b].rstrip(" ,"))
        if n == len(items) - 1 and len(speakers) >= 2 and _UNNAMED_PEERS.fullmatch(text[a:b].strip()):
            break  # "Starmer, Zelensky and leaders from across Europe said": the named ones
        if not _names_alone(text[a:b]):
            return None
        who = index.subject(a, b)
        if not (isinstance(who, Speaker) and who.name) or any(s.name == who.name for s in speakers):
            return None
        speakers.append(who)
    return _Joint(tuple(speakers))


_RELATIVE_VERB = re.compile(r"(?:[a-z]+ed|is|was|were|are|has|have|had|will|would|could|can|may|might)\b"
                            # "said Friday, in an acknowledgement that confirms what …": a present verb and its object
                            r"|[a-z]{3,}s\s+(?:what|the|a|an|its|his|her|their)\b")
_RELATIVE_AFTER = re.compile(r"\s*(?:" + _RELATIVE_VERB.pattern + ")")  # the same, past the space after "that"
_PLACE_RELATIVE = re.compile(r"\b(?:(?:in|on|at|with|through|from|under)\s+which|where)\s+")
_SUBORDINATOR = re.compile(r"\b(?:after|before|when|while|as|because|since|until|although|though|once|that)\s+")
# A fronted adverbial clause and its comma before the subject ("When he met Starmer, reporters asked …")
_FRONTED_CLAUSE = re.compile(r"\s*(?:(?:Later|Earlier|Then|Afterwards|But|And)\s*,?\s+)?"
                             r"(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile|[Oo]nce|[Ss]ince|[Bb]ecause|[Aa]lthough|[Tt]hough|"
                             r"[Uu]ntil|[Ww]hereas)\s[^,;“”\"]{3,120},\s+")
_PHRASE_OPENER = re.compile(r"(?:the|a|an|his|her|its|their|[A-Z][\w.’'-]*)\s")
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_UNNAMED_PEERS = re.compile(r"(?:(?:other|several|many|fellow)\s+)?(?:[A-Z][a-z]+\s+)?(?:leaders|officials|allies|"
                            r"partners|counterparts)(?:\s+from\s+(?:across\s+)?[A-Z][a-z]+)?")


def _names_alone(conjunct: str) -> bool:
    """The left conjunct is only a name (with a title or determiner), not "the Ministry of Trade"; a title may be
    a few lowercase words after an owner ("Putin’s foreign policy advisers Yuri Ushakov")."""
    if _TITLED_NAME.fullmatch(conjunct.strip()):
        return True
    return 0 < len(conjunct.split()) <= 4 and not re.search(r"\b(?:of|for)\b", conjunct) \
        and not _CONJUNCT_VERB.search(conjunct)


_TITLED_NAME = re.compile(r"(?:[A-Z][\w.’'-]*[’']s\s+)?(?:(?!(?:and|or|but|who|that|of|for|the)\b)[a-z][\w-]*\s+){1,4}"
                          r"(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*")


# "Trump met Putin and then Witkoff said": a left conjunct with a verb of its own is a clause, not a subject
_CONJUNCT_VERB = re.compile(r"\b(?:[a-z]+ed|met|spoke|told|said|says|saw|held|took|made|gave|sent|won|lost|"
                            r"called|calls|meets|speaks|tells)\b")



_INCLUDING_MEMBERS = re.compile(_INCLUDING)  # the same aside, read where the subject ends


def _included(text: str, start: int, end: int, index: SpeakerIndex) -> list[Speaker]:
    """The people an unnamed group's "including" aside names between the subject and its verb."""
    aside = _INCLUDING_MEMBERS.match(text, start, end)
    if aside is None:
        return []
    members: dict[str, Speaker] = {}
    for _, _, person in index.people_between(start, aside.end()):
        members.setdefault(person.name, index.person_speaker(person))
    return list(members.values())


def _subject_end(text: str, start: int, verb_start: int) -> int:
    """Where the subject ends: before the auxiliaries and adverbs ("has publicly", "is") that precede the verb."""
    head = text[start:verb_start]
    filler = TRAILING_FILLER.search(head)
    if filler:
        head = head[:filler.start()]
    aside = _SUBJECT_ASIDE.search(head) or _DASH_ASIDE.search(head) or _adjective_aside(head)
    if aside:  # "The Kremlin, however, stated", "The statement, issued after hours of talks, said"
        head = head[:aside.start()]
        filler = TRAILING_FILLER.search(head)
        if filler:  # ("Russia has, meanwhile, confirmed": the auxiliary before the aside)
            head = head[:filler.start()]
    including = _INCLUDING_ASIDE.search(head)
    if including and not SPEECH_VERB.search(head, 0, including.start()):
        head = head[:including.start()]  # (not inside a reported clause: "He said that the West, including the U.S.,")
    return start + len(head.rstrip())


def _adjective_aside(head: str):
    aside = _ADJECTIVE_ASIDE.search(head)
    word = aside.group(1) if aside else ""
    classes = wordclass.classes(word)
    return aside if aside and "NOUN" not in classes and (
        "ADJ" in classes or aside.group(2) == "by" and word.endswith("ed") and "VBD" in wordclass.verb_forms(word)) \
        else None


def _negated(text: str, start: int, verb) -> bool:
    return bool(NEGATION_BEFORE.search(text[max(start, verb.start() - 40):verb.start()]))


def _inside(pos: int, covered: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in covered)


def _sentence_end(text: str, pos: int, p_end: int) -> int:
    match = _SENTENCE_END.search(text, pos, p_end)
    return match.start() + 1 if match else p_end


# --- speakers -----------------------------------------------------------------------------------------------


@dataclass
class _Ranking:
    """The article's ranker with the weights to use and, when training, where to record its decisions."""

    ranker: Ranker
    weights: tuple[float, ...] | None
    decisions: list[tuple[int, list[Candidate]]] | None

    def pick(self, item: _Item, pronoun: str | None, rule_pick: Speaker, last: Speaker | None,
             last_item: _Item | None, noun: str | None = None) -> Speaker:
        """The ranker's speaker for a quote attributed to a pronoun or to nobody; the rule's pick is one of the
        candidates, so weights that trust only `rule_pick` give the hand-written resolution back."""
        ctx = Context(item.parts[0][0], item.paragraph, pronoun, last,
                      last_item.paragraph if last_item else None, rule_pick, noun, item.attribution_end)
        candidates = self.ranker.candidates(ctx)
        if self.decisions is not None:
            self.decisions.append((ctx.start, candidates))
        return choose(candidates, self.weights) or rule_pick


def _resolve(text: str, items: list[_Item], index: SpeakerIndex, covered, ranking: _Ranking) -> list[Quote]:
    quotes: list[Quote] = []
    last: Speaker | None = None
    last_item: _Item | None = None
    last_body: Speaker = _NO_SPEAKER  # the last state or institution quoted, for "it said"
    last_document: tuple[Speaker, _Item] | None = None  # the issuer of the last document quoted, for "it said"
    last_joint: tuple[_Joint, _Item] | None = None  # the last joint statement, for "the statement said"
    for item in items:
        who = item.who
        signed_next = _signatories_after(text, item.attribution_end, index) \
            if isinstance(who, Pronoun) and who.word in ("joint", "they") else ()
        if signed_next:  # '"…," they said in a joint statement. The text was signed by the leaders of A, B, …'
            who = _Joint(signed_next)
        elif isinstance(who, Pronoun) and who.word == "joint":
            parties = index.states_before(item.parts[0][0] if item.kind == "direct" else item.attribution_end)
            who = _Joint(tuple(parties)) if parties else _NO_SPEAKER
        elif isinstance(who, Pronoun) and who.word == "they" and who.noun is None and (group := index.group_before(
                item.parts[0][0] if item.kind == "direct" else item.attribution_end)):
            who = _Joint(tuple(group))  # "The leaders, including A, B and C, met … They later released a statement, …"
        elif isinstance(who, Pronoun) and who.word in ("document", "it") and last_joint is not None \
                and (item.paragraph - last_joint[1].paragraph <= _CONTINUATION_PARAGRAPHS + 1
                     or last_item is last_joint[1] and last_item.paragraph > 0  # (not a headline's pair)
                     and item.paragraph - last_item.paragraph <= _JOINT_REACH):
            who = last_joint[0]  # "The statement, issued after the consultations, said …": the joint one again
        elif (who is None or who is _CHAIN) and last_joint is not None and last_item is last_joint[1] \
                and item.kind == last_item.kind == "direct" \
                and item.paragraph - last_item.paragraph <= _CONTINUATION_PARAGRAPHS:
            who = last_joint[0]  # the joint statement's next quoted sentence: each signatory's words again
        elif isinstance(who, Pronoun) and who.word in ("document", "it") and last_joint is None \
                and (signed := _signatories_before(text, item.parts[0][0], index)
                     or _joint_issuers_before(text, item.parts[0][0], index)):
            # "In the statement, signed by A, B and C, …" then '"…," the statement read'; "Leaders of European
            # nations, including A, B and C, issued a joint statement …" then '"…," the statement said'
            who = _Joint(signed)
        elif isinstance(who, Pronoun) and who.word in ("they", "group") and last_joint is not None \
                and last_item is last_joint[1] and item.paragraph - last_item.paragraph <= (
                    _JOINT_REACH if last_item.paragraph > 0 else _CONTINUATION_PARAGRAPHS):
            who = last_joint[0]  # "They added, …", "The leaders added" right after a joint statement: each again
        elif isinstance(who, Pronoun) and who.word == "they" and who.noun is None and index.unnamed_group_before(
                item.parts[0][0] if item.kind == "direct" else item.attribution_end):
            who = Speaker(None, "official")  # "The leaders of France, Germany and Ukraine met … They agreed that …"
        elif isinstance(who, Pronoun) and who.word == "group":
            listed = index.included_before(item.parts[0][0]) \
                or (index.listed_before(item.parts[0][0]) if who.noun == "leaders" else [])
            # "The European leaders …, saying that …": the leaders the text listed; else unnamed ones
            who = _Joint(tuple(listed)) if listed else Speaker(None, GENERIC_SOURCES.get(who.noun, "official"))
        if isinstance(who, _Joint):
            if who.speakers:
                last_joint = (who, item)
            quotes.extend(_quote(text, item, one) for one in who.speakers[:-1])
            who = who.speakers[-1]
        if who is None or who is _CHAIN:
            near = last_item is not None and item.paragraph - last_item.paragraph <= _CONTINUATION_PARAGRAPHS
            rule = last if near and last is not None else _context_speaker(text, item, index, covered) or _NO_SPEAKER
            who = ranking.pick(item, None, rule, last, last_item)
        elif isinstance(who, Pronoun) and who.word == "it":
            opener = index.body_opening(item.parts[0][0]) if who.noun is None else None
            named = index.organisation_before(item.parts[0][0], ORGANISATION_NOUNS[who.noun]) \
                if who.noun in ORGANISATION_NOUNS else None
            # ("The document states that …" then '"…," it said': the document's issuer again)
            document = last_document[0] if last_document is not None and last_document[1] is last_item \
                and who.noun is None and item.paragraph - last_item.paragraph <= _CONTINUATION_PARAGRAPHS + 1 else None
            who = opener or named or document or (last_body if last_body.name or who.noun is None
                                                  else Speaker(None, GENERIC_SOURCES.get(who.noun, "other")))
        elif isinstance(who, Pronoun) and who.word in ("document", "outlet"):
            near = last_item is not None and item.paragraph - last_item.paragraph <= _CONTINUATION_PARAGRAPHS + 1
            if who.word == "document":  # its issuer when named after the last quote, else the last speaker
                issuer = index.issuer_before(item.parts[0][0], report=who.noun == "report")
                if issuer is not None and (last_item is None or issuer[0] > last_item.parts[-1][1]):
                    who = issuer[1]
                elif near and last is not None and last.name:
                    who = last
                elif issuer is None and who.noun == "report" and last_body.name and last_body.role == "other":
                    who = last_body  # "The report says …" after a paper's report and words no one was named for
                else:
                    who = issuer[1] if issuer is not None else Speaker(None, "official")
                last_document = (who, item) if who.name else None
            else:  # "the newspaper said": the outlet quoted last, if the last speaker was one; else the outlet that
                # opened the sentence before ("NBC News was the first to report … According to the publication, …")
                who = last if near and last is not None and last.name and not last.is_person \
                    and last.role == "other" else _outlet_before(text, item, index) or Speaker(None, "other")
        elif isinstance(who, Pronoun) and who.word == "our":
            side = index.side_of(last.name) if item.nested and last is not None else None
            holder = index.registry.office_holder(f"{side}'s {who.noun}") if side else None
            who = Speaker(holder.name, holder.role, None, True) if holder else Speaker(None, "official")
        elif isinstance(who, Pronoun) and who.noun is None:
            rule = _pronoun(text, item, who, last, last_item, index, covered)
            office = who.office
            who = ranking.pick(item, who.word, rule, last, last_item)
            who = (index.office_state(who.name) or who) if office else who
        elif isinstance(who, Pronoun):
            rule = _pronoun(text, item, who, last, last_item, index, covered)
            who = rule if who.owner else ranking.pick(item, "the", rule, last, last_item, who.noun)
        quotes.append(_quote(text, item, who))
        if item.nested:
            continue
        last, last_item = who, item
        if who.name and not who.is_person:
            last_body = who
    return quotes


# The signatories of a joint statement, wherever the text names them: "In the statement, signed by A, B and C, …",
# "The text was signed by the leaders of A, B, …" right after the quote, "Leaders of European nations, including A, B
# and C, issued a joint statement …"
_SIGNED = re.compile(r"\b(?:[Aa]|[Tt]he|[Aa]n)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|letter)\s*,?\s+"
                     r"signed\s+by\s+[^.;“”\"]{5,600}")
_SIGNED_NEXT = re.compile(r"\s*(?:[Tt]he|[Tt]his)\s+(?:joint\s+)?(?:text|statement|declaration|letter|communiqu[eé])\s+"
                          r"(?:was|is|had\s+been|has\s+been)\s+signed\s+by\s+[^.;“”\"]{5,600}")
_JOINT_ISSUERS = re.compile(r"including\s+(?P<members>[^;:“”\"—–]{3,200}?),?\s+(?:(?:on|late|early)\s+\w+\s+)?"
                            r"(?:issued|released|signed|published|put\s+out|adopted)\s+(?:a|an|the)\s+joint\s+"
                            r"(?:statement|declaration|communiqu[eé])")
_SIGNED_REACH = 1500  # characters back to the sentence that names the signatories
# paragraphs over which "the statement said" or "the leaders said" still means the joint statement last quoted, when
# no other speaker was quoted in between
_JOINT_REACH = 4


def _signatories_before(text: str, pos: int, index: SpeakerIndex) -> tuple[Speaker, ...]:
    """Those who signed the last document the text said was "signed by" them, when two or more did."""
    return _last_authors(_SIGNED, text, pos, lambda m: index.document_authors(m.start(), m.end()))


def _signatories_after(text: str, end: int, index: SpeakerIndex) -> tuple[Speaker, ...]:
    """Those the sentence right after the attribution says signed the statement, when two or more did."""
    found = _SIGNED_NEXT.match(text, end)
    if found is None:
        return ()
    by = text.index(" by ", text.index("signed", found.start())) + len(" by ")
    authors = index.authors_in(by, found.end())
    return tuple(authors) if len(authors) > 1 else ()


def _joint_issuers_before(text: str, pos: int, index: SpeakerIndex) -> tuple[Speaker, ...]:
    """The members a group that "issued a joint statement" lists with "including", when two or more."""
    return _last_authors(_JOINT_ISSUERS, text, pos, lambda m: index.authors_in(*m.span("members")))


def _last_authors(pattern: re.Pattern, text: str, pos: int, read) -> tuple[Speaker, ...]:
    """The authors `read` finds in the last match of `pattern` within reach before `pos`, when two or more."""
    found = list(pattern.finditer(text, max(0, pos - _SIGNED_REACH), pos))
    authors = read(found[-1]) if found else []
    return tuple(authors) if len(authors) > 1 else ()


def _outlet_before(text: str, item: _Item, index: SpeakerIndex) -> Speaker | None:
    """The non-state body that opens the sentence before the item's sentence."""
    ends = list(_SENTENCE_END.finditer(text, 0, item.parts[0][0]))
    if not ends:
        return None
    body = index.body_opening(ends[-1].start())
    return Speaker(body.name, "other") if body is not None and index.side_of(body.name) is None else None


def _pronoun(text, item, pronoun, last, last_item, index, covered) -> Speaker:
    if pronoun.noun:
        return _description(item, pronoun, last, last_item, index)
    since = last_item.attribution_end if last_item is not None else 0
    newer = [m for m in index.people_between(since, item.parts[0][0])
             if not _inside(m[0], covered) and _in_subject_position(text, m[0])]
    if newer:
        return index.person_speaker(_subject_of_latest(text, newer))
    if last is not None and (last.is_person or pronoun.word == "they"):
        return last
    subject = next((m for m in reversed(index.people_between(0, item.parts[0][0]))
                    if not _inside(m[0], covered) and _in_subject_position(text, m[0])), None)
    person = subject[2] if subject else index.last_person_before(item.parts[0][0])
    return index.person_speaker(person) if person else _NO_SPEAKER  # the last one the text made a subject


def _description(item, pronoun, last, last_item, index) -> Speaker:
    """"the minister said": the person so described, else the person just quoted, else an unnamed source."""
    noun, country = pronoun.noun, pronoun.country
    near = last_item is not None and item.paragraph - last_item.paragraph <= _CONTINUATION_PARAGRAPHS
    speaking = index.by_name(last.name) if near and last is not None and last.is_person and last.name else None
    same_paragraph = near and item.paragraph == last_item.paragraph
    if speaking is not None and not pronoun.owner and index.of_country(speaking, country) \
            and (same_paragraph and index.described_as(noun, speaking, item.parts[0][0])
                 or noun == "official" and last.role == "official"):
        # '“…,” Zelenskyy wrote on X. “…,” the president added': the one just quoted in the same paragraph, though
        # the text named another president more often; "the official said" after Ushakov's words is Ushakov
        return last
    person = index.described_person(noun, item.parts[0][0], country) \
        or index.described_person_after(noun, item.parts[0][0], country=country)
    if person and person.name != pronoun.owner:
        return index.person_speaker(person)
    if pronoun.owner:
        return Speaker(None, role_of(noun))  # "his lawyer", "Putin’s aide": someone the text does not name
    if near and last is not None and (last.is_person or last.name and noun in _SPEAKS_FOR_BODY) \
            and index.speaks_for(last, country):
        return last  # "the spokesperson said" after the agency's spokesperson spoke
    return Speaker(None, role_of(noun))


def _in_subject_position(text: str, start: int) -> bool:
    """A name that opens its sentence (after at most a short lead), before any pronoun: a new topic, unlike
    'He did not say whether Putin would attend'."""
    lead_start = start
    # (the end reaches one past `start`: a sentence end is only found with the capital its look-ahead needs)
    for match in _SENTENCE_END.finditer(text, max(0, start - 200), start + 1):
        lead_start = match.end()
    lead = text[max(lead_start, text.rfind("\n", 0, start) + 1):start]
    return subject_lead(lead)


def _subject_of_latest(text: str, mentions) -> Person:
    """Of the people named since the last quote, the first one in the latest sentence that names any."""
    mentions = [m for m in mentions if not text.startswith(("’s", "'s"), m[1])] or mentions
    latest = mentions[-1][0]
    start = 0
    for match in _SENTENCE_END.finditer(text, mentions[0][0], latest + 1):
        start = match.end()
    return next(p for s, e, p in mentions if s >= start)


def _context_speaker(text: str, item: _Item, index: SpeakerIndex, covered) -> Speaker | None:
    """A quote with no attribution and no quote chain: the person the text named just before it, or rather the
    subject of that sentence ("Sir Keir will convene … aimed at deterring Russia’s Vladimir Putin." then a quote
    is Starmer's)."""
    person = index.last_person_before(item.parts[0][0])
    if person is None:
        return None
    near = index.people_between(max(0, item.parts[0][0] - 600), item.parts[0][0])
    start = max((m.end() for m in _SENTENCE_END.finditer(text, near[0][0], near[-1][0] + 1)), default=0) \
        if near else 0
    subject = next((p for s, e, p in near if s >= start and _in_subject_position(text, s)
                    and not text.startswith(("’s", "'s"), e)), None)  # ("Trump's envoy Keith Kellogg …": the envoy)
    return index.person_speaker(subject or person)


def _quote(text: str, item: _Item, who: Speaker) -> Quote:
    words = " ".join(text[s:e] for s, e in item.parts)
    return Quote(item.kind, words, who.name, who.role, who.description, item.parts[0][0], item.parts[-1][1])

