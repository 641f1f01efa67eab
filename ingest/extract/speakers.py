"""Who a speaker phrase names: a person (by any of their spans), a pronoun, a state or institution, or an
unnamed source ("experts", "officials") whose speaker stays null but whose role is known.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace

from ingest.extract.actors import find_mentions
from ingest.extract.countries import country_names
from ingest.extract.people import misspelt
from ingest.extract.registry import Registry
from ingest.extract.speechverbs import PARTICIPLE_LEAD
from ingest.extract.titles import (
    DEMONYMS, EUROPEAN_STATES, FUNCTION_WORDS, GENERIC_SOURCES, NATIONALITIES, NATIONALITY_STATES, NON_NAME_WORDS,
    INSTITUTION_NOUNS, PRESS_WRITER, ROLE_KIN, ROLE_NOUNS_BEFORE, TITLE_WORDS, body_role, public_body, role_of,
    state_of_nationality,
)
from ingest.records import Mention, Person

PRONOUNS = frozenset({"he", "she", "they", "it"})
_WORDS = re.compile(r"[\w.’'-]+(?:&[\w.’'-]+)*")  # "PG&E" is one word
_POSSESSIVE = re.compile(r"[’']s?$")
_RELATIVE = re.compile(r",\s+(?:who|whose|whom|which|a|an|the)\s")
_PREPOSITIONS = frozenset({"in", "at", "from", "of", "for", "with", "close", "familiar", "near", "inside", "across",
                           "around", "throughout", "outside", "briefed"})  # "two people briefed on the talks"
_INDEFINITE_PREPOSITIONS = _PREPOSITIONS | {"on"}  # "a doctor on the scene": unnamed whatever follows
_QUANTIFIERS = frozenset({"some", "others", "many", "most", "few"})  # "Some said …": an unnamed group
_STATE_BODIES = frozenset({"ministry", "ministries", "government"})  # "Norway's energy ministry" speaks for Norway
# A state's own body named in full ("Ukraine's Coordinating Headquarters for the Treatment of Prisoners of War") speaks
# for the state, as its ministries do.
_COUNTRY_BODY = re.compile(r"\s*(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})[’']s\s+(?:[A-Z][\w-]*\s+){0,4}"
                           r"(?:Headquarters|Ministry|Office|Service|Agency|Staff|Command|Council|Committee|Directorate|"
                           r"Administration|Department|Bureau|Commission)\b")
_RELATIVE_CLAUSE = re.compile(r"\s(?:who|that|which)\s")  # "analysts who have done the sums say"
_DOCUMENTS = frozenset({"statement", "report", "spokesman", "spokeswoman", "spokesperson", "readout", "post",
                        "letter", "transcript", "sources", "source", "officials", "official", "message", "data", "figures",
                        "statistics", "records", "filings"})
_PERSONS_DOCUMENT = re.compile(r"[’']s?\s+(?:(?:latest|new|own|written|official|weekly|nightly|evening|video)\s+)?"
                               r"(?:statement|letter|readout|communique|communiqué|release|post|message|address|"
                               r"memorandum|"
                               r"account|remarks|comments|op-ed|article|speech)\s*")
# A state's or body's own document as the subject: it speaks for its author
_STATES_DOCUMENT = re.compile(r"(?:(?:[Aa]|[Tt]he)\s+(?:text|copy|version)\s+of\s+)?(?:[Tt]he\s+)?"
                              r"(?:(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})[’']s?|(?P<demonym>[A-Z][a-z]+))"
                              r"\s+(?:(?:latest|new|official|written|draft|final|joint)\s+)?"
                              r"(?:statement|memorandum|memo|"
                              r"readout|communiqu[eé]|declaration|letter|document|note)"
                              r"(?:,\s*(?:published|released|issued|seen|obtained|posted)\b[^,;:“”\"]{0,60},?)?")
# ^ ("A text of Moscow’s memorandum, published by Russian state media, said": the copy speaks as the original)
_ISSUED = frozenset({"statement", "letter", "readout", "communique", "communiqué", "release", "report", "article",
                     "document", "declaration", "memorandum", "memo", "note"})
_INSTITUTION = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.’'-]*(?:\s+(?:of|for|on|in|the|and|[A-Z][\w.’'-]*))*\s+[A-Z][\w.’'-]*)")
# an aside between a subject and its verb that says where or how the words were said, never who said them
_MEDIUM_ASIDE = re.compile(r",\s*(?:in|via|during|through|on|at|speaking|writing|interviewed|quoted)\s[^,]{2,80},\s*$")
_PRONOUN_OFFICE = re.compile(r"(?:[Hh]is|[Hh]er)\s+((?:[a-z]+\s+){0,2}[a-z]+)")  # "His foreign minister"
_STATE_PRONOUN_OFFICE = re.compile(r"[Ii]ts\s+((?:[a-z]+\s+){0,2}[a-z]+)")  # "its foreign minister"
# whose title it is, before the title and the name: "according to The Kyiv Independent's senior correspondent …"
_OWNER_BEFORE_TITLE = re.compile(r"^\s*(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:[’']s|s[’'])\s+(?=[a-z])")
# The capitalised office after a title's "of" ("Minister of Foreign Affairs", "Secretary of State"): part of the title
_OFFICE_OF = re.compile(r"(?<=[a-z])\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+)?){1,4}(?=[A-Z]|$)")
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but)\s+")
_OPENER = re.compile(r"^(?:In|On|At|By|Since|Last|Earlier|Later)\s+[\w .]{1,25},\s+")
_POSSESSIVE_IN_NAME = re.compile(r"\b([A-Z][a-z]+)[’']s(?=\s+[A-Z])")
_OF_STATE_END = re.compile(r"\sof\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?$")
# "The bloc said" (the EU), "the alliance said" (NATO): the registry bloc or organisation the text named last
ORGANISATION_NOUNS = {"bloc": "bloc", "alliance": "organisation"}
_BODIES_NAMED_BEFORE = frozenset({"ministry"})  # "the ministry said": the state's ministry the text named before
_BODY_NOUNS = frozenset({"agency", "office", "department", "ministry", "organization", "organisation",
                         "committee", "commission", "bureau", "authority", "company", "firm", "utility",
                         "brokerage"} | set(ORGANISATION_NOUNS))
_SENTENCE_START = re.compile(r"(?:^|(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+|\n)(?:(?:In|On|At|By|Since|Last)\s+[\w .]{1,25},\s+)?(?=[A-Z])")
_SPEAKS_FOR = frozenset({"representative", "spokesman", "spokeswoman", "spokesperson"})
_MEDIA_STAFF = frozenset({"correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists",
                          "witness"})  # ("a Reuters witness said": the agency's own reporter on the scene)
_PUBLIC_SOURCES = frozenset({"police", "military", "government", "security", "diplomatic", "intelligence", "army",
                             "ministry", "official"})
_ABBREVIATED = {"governor": "Gov.", "senator": "Sen.", "representative": "Rep.", "general": "Gen.",
                "lieutenant": "Lt.", "colonel": "Col.", "admiral": "Adm.", "professor": "Prof.", "doctor": "Dr."}
# "the chief delegate" is the person described as "head of the Russian delegation"
_ROLE_OF_BODY = {"delegate": "delegation", "negotiator": "negotiating team"}
_CALENDAR = frozenset("""January February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
COUNTRY_WORD = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[’']s\b|\W)")
# Headline shorthand for a role ("Deputy FM Says", "UK PM warns"): the role spelled out, never a body's initials.
_ROLE_ABBREVIATIONS = {"FM": ("Foreign", "Minister"), "PM": ("Prime", "Minister"), "VP": ("Vice", "President")}
_ACRONYM = re.compile(r"[A-Z](?:[A-Z]|&(?=[A-Z])){1,6}")  # "CBP", "PG&E"
_BODY_NAME = re.compile(r"(?<![\w-])[A-Z][\w’'-]+(?:\s+(?:(?:and|of|for|the|on|&)\s+)*[A-Z][\w’'-]+){1,7}"
                        r"(?:(?<=\bCo)\.|(?<=\bInc)\.|(?<=\bCorp)\.)?")
_COMPANY_SUFFIXES = frozenset({"Co", "Co.", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "Plc", "PLC"})
_MEMBERS = frozenset({"officials", "official", "executives", "executive"})
# "His office said", "her spokeswoman said": the person speaks through them.
_SPEAKS_THROUGH = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "campaign", "spokespeople"})
_BODY_KINDS = frozenset({"group", "coalition", "union", "campaign", "organization", "organisation", "association"})
_SIGNATORIES = frozenset({"leaders", "ministers", "presidents", "envoys", "negotiators", "signatories"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_ISSUED_ON = frozenset({"posted", "published", "released", "issued"})  # "A statement posted on the Kremlin website"
_CHANNEL_NOUNS = frozenset({"website", "site", "channel", "account", "page"})
_OWN_DOCUMENTS = frozenset({"order", "decree", "statement", "words", "remarks", "comments", "account", "post",
                            "message", "letter", "address", "speech"})
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}  # and the pronoun each owner is
_OWNER_PRONOUNS = frozenset(OWNER_PRONOUNS)
_DEFINITE = _OWNER_PRONOUNS | {"the"}  # "the minister", "his lawyer": someone in particular
_DETERMINERS = frozenset({"the", "a", "an", "one", "two", "three", "four", "five", "several", "multiple", "numerous",
                          "various", "some", "many", "other", "senior", "top", "western", "independent", "most", "few",
                          "its", "his", "her", "their"})


@dataclass(frozen=True)
class Speaker:
    name: str | None
    role: str
    description: str | None = None
    is_person: bool = False


@dataclass(frozen=True)
class Pronoun:
    """A "he"/"she"/"they", or a definite description ("the French president"), to resolve from context."""

    word: str
    noun: str | None = None  # the role noun of a description: "president"
    country: str | None = None  # the country its words name: "the Russian leader", "Ukraine’s foreign minister"
    # Whose it is, when the description is someone's ("Putin’s spokesman", "his lawyer"): a person (their name)
    # or a pronoun. Such a description is never its owner, nor anyone else the text has not so described.
    owner: str | None = None
    office: bool = False  # "his office said": the office of the one "his" names, which speaks for their state


# A title's or an initial's full stop (same length when masked, so offsets hold).
_ABBREVIATION_DOT = re.compile(r"\b(Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Prof|Sgt|Adm|Capt|Maj|Rev|Amb|Sec|Pres|St|"
                               r"[A-Z])\.(?=\s)")
# "issued a statement", "has released a short readout": a document whose words "the statement said" then reports
_ISSUES_DOCUMENT = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:issued|released|put\s+out|published|posted|sent\s+out)\s+"
                              r"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|readout|communiqu[eé]|release)\b")
# ^ ("Carney released the final statement of the presiding party. The document states …")
_ISSUES_REPORT = re.compile(rf"{_ISSUES_DOCUMENT.pattern}|\s+(?:has\s+|had\s+|also\s+|first\s+)?reported\b")
# "The leaders, including A, B and C, said", "The leaders — including … — said": the members a group subject names
# (up to the verb, or past it and its colon to the quote it opens: "– said: “")
_INCLUDING_LIST = re.compile(r"[,—–]\s*including\s+(?P<members>[^;:“”\"—–]{3,160}?)\s*[,—–]\s*(?:\w+\s+){0,2}"
                             r"(?:\w+:\s*[“\"‘])?$")
# A sentence that opens with a group noun and lists its members ("The leaders, including French President Emmanuel
# Macron and German Chancellor Friedrich Merz, met …").
_GROUP_OPENING = re.compile(r"(?:(?:The|These|Those|Both)\s+(?:[A-Z][\w-]*\s+)?|[A-Z][\w-]*\s+)(?:leaders|ministers|"
                            r"officials|envoys|"
                            r"presidents|negotiators|heads\s+of\s+state|delegations)\s*[,—–]\s*including\s+"
                            r"(?P<members>[^;:“”\"—–]{3,200}?)\s*[,—–]\s*(?=(?!and\b|or\b)[a-z])")
# What ends a subject of joined people: its verb ("met", "have spoken"), not a possessive or more of a noun phrase.
_SUBJECT_ENDS = re.compile(r",?\s+(?:(?:also|later|then|jointly|together|both|have|had|has|were|will|would)\s+)*"
                           r"(?:[a-z]+(?:ed|[^s]s)|met|spoke|held|made|gave|took|went|came|wrote|sent|began|said"
                           r"|told)\b")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s+(?=[A-Z“\"])|\n+")
_THEY_CHAIN = 5  # sentences a chain of "They …" may run back to the group it stands for
# a sentence that opens with a plural group of people, past a time phrase ("On Saturday, May 10, 2025, the leaders of
# France, Germany and Ukraine met", "Leaders of the coalition met", "European foreign ministers said")
_UNNAMED_GROUP = re.compile(r"\s*(?:(?:On|On\s+the|In|At|Later\s+on|Earlier)\s+[\w ,]{1,40}?,\s*)?(?:[Tt]he\s+)?"
                            r"(?:[A-Z][\w-]*\s+){0,2}(?i:leaders|ministers|heads\s+of\s+state)\b"
                            r"(?:\s+(?:of|from)\s+[^.;:]{1,120}?)?" + _SUBJECT_ENDS.pattern)
_GOVERNMENT_NOUNS = frozenset({"administration", "government", "cabinet"})
# "according to a copy of the proposals seen by Reuters": who saw the document reports it
_SEEN = frozenset({"seen", "obtained", "reviewed"})
_NEWS_BODIES = frozenset({"agency", "organization", "organisation", "service", "site", "outlet", "network"})
_CARRIED = frozenset({"report", "article", "story", "piece", "editorial", "op-ed", "column"})  # what a paper runs
_CARRIED_IN = re.compile(rf"\b(?:{'|'.join(sorted(_CARRIED))})\s+in\s+the\s+$", re.IGNORECASE)
_OUTLET_PLACE_WORDS = frozenset({"US", "U.S.", "TV", "State", "News"})  # ("the US TV channel" names no outlet)
_JOINT_DOCUMENT = re.compile(r"\bjoint\s+(?:statement|declaration|communiqu[ée])", re.IGNORECASE)
# A document as a sentence's subject, up to where its authors are named ("A joint statement issued Tuesday,
# signed by", "The statement from", "a communiqué of")
DOCUMENT_HEAD = re.compile(r"\W*(?:[Aa]|[Tt]he|[Aa]n)\s+(?:(?:joint|separate|new|brief|written|official)\s+)*"
                            r"(?:statement|declaration|communiqu[eé]|readout|letter|memorandum)\b"
                            r"(?:[^,;:“”\"]{0,40},?)??"
                            r"\s*(?:(?:signed|issued|released|published|put\s+out)\s+(?:[^,;:“”\"]{0,30}?\s+)?)?"
                            r"(?:by|from)\s+")
_ADVERBS = frozenset("however but and yet still meanwhile separately also then now later earlier moreover "
                     "additionally similarly likewise".split())


def _only_adverbs(lead: str) -> bool:
    """Nothing, or only sentence adverbs, or the name's own title, before a name ("However, later Emily Williams, media
    relations director for …, clarified", "Head of the Russian delegation Vladimir Medinsky, also an advisor to
    President Vladimir Putin, said"): the name is still the subject its apposition describes."""
    title = _OWN_TITLE.search(lead)
    lead = lead[:title.start()] if title else lead
    return all(w in _ADVERBS or w.endswith("ly") for w in re.findall(r"[a-z]+", lead.lower())) \
        and not re.search(r"[^\w\s,]", lead)


# A title right before a name: "Head of the Russian delegation ", "Kremlin spokesman ", "Foreign Minister "
_OWN_TITLE = re.compile(r"\b(?:[A-Z][\w.’'-]*\s+){0,3}(?:Head|Chief|Chairman|Director|Leader|Spokesman|Spokeswoman|"
                        r"Minister|Secretary|President|Envoy|Adviser|Advisor|Aide|spokesman|spokeswoman|minister|envoy|"
                        r"adviser|advisor|aide)(?:\s+(?:of|for|to)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}"
                        r"(?:[a-z]+\s+)?)?\s*$")


# A role that serves the person named after it: "the spokesman for …", "an aide to …", "a lawyer for …"
_SERVES = re.compile(r"\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?P<noun>spokes(?:man|woman|person)|aide|adviser|advisor|"
                     r"lawyer|attorney|representative|assistant)\s+(?:for|of|to)\s+(?:[A-Za-z.’'-]+\s+){0,3}$")


def _head_of_state(words: list[str]) -> list[str]:
    """"the Head of State noted": the president, not a head of an office."""
    if len(words) >= 3 and " ".join(words[-3:]).lower() == "head of state":
        return words[:-3] + ["president"]
    return words


def unnamed_group(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the sentence text[start:end] opens with a plural group of people it names no one of ("On Saturday, the
    leaders of France, Germany and Ukraine met"): the span of the group's phrase."""
    opening = _UNNAMED_GROUP.match(text, start, end)
    return (start, opening.end()) if opening else None


def group_members(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the sentence text[start:end] lists the members of the group it opens with ("The leaders, including
    Emmanuel Macron and Friedrich Merz, met …"): whom a "they" in the next sentence means."""
    opening = _GROUP_OPENING.match(text, start, end)
    return opening.span("members") if opening else None


def unlisted_states(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """States named in text[start:end] by a country word, registry or not ("Italy"), with where each starts; a state that
    only owns a named person is left out ("France's Emmanuel Macron")."""
    return [(m.start(1), m.group(1)) for m in COUNTRY_WORD.finditer(text, start, end)
            if m.group(1) in country_names() and not owns_person(text, m.end(1))]


def owns_person(text: str, end: int) -> bool:
    """The state or body named up to `end` only owns or heads a named person ("Ukraine's Volodymyr Zelenskyy", "EU
    Chiefs Antonio Costa"); `end` may fall before or after its possessive."""
    return bool(OWNS_PERSON.match(text, end - 2 if text[end - 2:end] in ("’s", "'s") else end))


OWNS_PERSON = re.compile(r"(?:[’']s?\s+(?:[a-z]+\s+){0,3}?(?:[A-Z][\w.’'-]*\s+){0,3}|\s+(?:[A-Z][a-z]+\s+){1,2}"
                         r"(?=[A-Z][a-z]+\s+[A-Z]))[A-Z]")
_DEMONYM_GROUP = re.compile(r"\b(?P<demonyms>(?:[A-Z][\w.]*,?\s+(?:and\s+)?)+)(?:delegations?|leaders?|officials?|"
                            r"governments?|sides?|negotiators?|teams?)\b")
# Between two names of a list: a comma or "and", then the next one's titles ("…, British Prime Minister Keir Starmer")
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w.’'-]*\s+){0,6}")
_NOT_DEPUTY = r"(?<!vice )(?<!vice-)(?<!deputy )(?<!Vice )(?<!Vice-)(?<!Deputy )"  # a vice president is no "president"
_PARTICIPLE_LEAD = re.compile(r"\s*" + PARTICIPLE_LEAD + r"\s[^,;“”\"]{1,120},\s*")
OUTLET_NOUNS = frozenset({"newspaper", "paper", "outlet", "publication", "broadcaster", "channel", "daily", "magazine",
                      "tabloid", "network", "website", "portal"})
_FIRST_PERSON = re.compile(r"(?:I|[Ww]e)(?:[’'](?:ve|m|d|ll|re))?")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near)\s+(?:[A-Z][\w-]+,\s+)?$")
_TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,40}\),?$")
# "X, 44, and Australian Y"
_JOINED = re.compile(r"(?:,?\s+[\w.’'-]+){0,3}?\s+and\s+(?:the\s+)?(?:[A-Za-z.’'-]+\s+){0,2}"
                     # "Witkoff met Putin", "Trump spoke with Russian President Vladimir Putin": the two who met
                     r"|\s+(?:(?:has|have|had)\s+)?(?:met|meets|spoke|talked|negotiated)(?:\s+(?:with|to))?\s+"
                     r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
                     # "Macron has positioned himself at the forefront of …, alongside UK Prime Minister Keir
                     # Starmer": one clause puts the two side by side
                     r"|[^.;!?“”\"]{0,200}?\s(?:alongside|together with|along with)\s+(?:the\s+)?"
                     r"(?:[A-Za-z.’'-]+\s+){0,3}")


# Offices a wire lead describes before naming the holder a paragraph or two later ("A Kremlin envoy says …");
# "an official", "a source" are unnamed by choice and stay so.
# a state's or government's head, whom the text may call its "leader"
_HEADS = re.compile(rf"{_NOT_DEPUTY}\b(?:president|prime\s+minister|premier|chancellor|taoiseach)\b")
_DELAYED_ROLES = frozenset({"envoy", "negotiator", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
                            "spokesperson", "minister", "diplomat"})
# A role that other titles hold too: "a senior Russian diplomat" … "Deputy Foreign Minister Sergei Ryabkov"
_LEAD_REACH = 1500  # characters: the lead and the paragraphs that follow it


class SpeakerIndex:
    """The people of one article by position, with the registry for states and institutions."""

    def __init__(self, text: str, registry: Registry, people: list[Person], mentions: list[Mention] | None = None):
        self.text = text
        self.registry = registry
        self._actor_mentions = mentions
        self.mentions = sorted((s, e, p) for p in people for s, e in p.spans)
        self._starts = [m[0] for m in self.mentions]
        self._in_state_body = False  # reading a named body for "the ministry", which must not look back again

    def person_speaker(self, person: Person) -> Speaker:
        return Speaker(person.name, person.role, person.description, True)

    def people_between(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def _possessive(self, end: int) -> bool:
        return self.text.startswith(("’s", "'s", "’ ", "' "), end)

    def by_name(self, name: str) -> Person | None:
        return next((m[2] for m in self.mentions if m[2].name == name), None)

    def actor_mentions(self) -> list[Mention]:
        """The registry actors' mentions: those the caller passed, else found once, when first asked for."""
        if self._actor_mentions is None:
            self._actor_mentions = find_mentions(self.text, self.registry, [m[2] for m in self.mentions])
        return self._actor_mentions

    def organisation_before(self, pos: int, kind: str, reach: int = 1500) -> Speaker | None:
        """The registry actor of `kind` named last before `pos` ("NATO met … The alliance said")."""
        named = [m for m in self.actor_mentions() if pos - reach <= m.start < pos and m.kind == kind]
        return Speaker(named[-1].actor, "official") if named else None

    def issuer_before(self, pos: int, reach: int = 1500, report: bool = False) -> tuple[int, Speaker] | None:
        """Who issued the document "the statement said" means: the subject of the last "X issued a statement"
        before `pos` ("Big Machine Records issued a statement … The statement, obtained by Variety, claimed"), with
        where that subject starts; none when it names nobody. A report is also the last "X reported" ("NBC reported
        tensions … According to the report, …")."""
        issues = _ISSUES_REPORT if report else _ISSUES_DOCUMENT
        issued = [m for m in issues.finditer(self.text, max(0, pos - reach), pos)]
        if not issued:
            return None
        verb = issued[-1].start()
        start = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, 0, verb)), default=0)
        opener = _OPENER.match(self.text[start:verb])  # "On Monday, Big Machine Records issued …"
        start += opener.end() if opener else 0
        who = self.subject(start, verb)
        return (start, who) if isinstance(who, Speaker) and who.name else None

    def document_authors(self, start: int, end: int) -> list[Speaker]:
        """Who put out the document text[start:end] names as its subject: "A joint statement from the U.S. and
        Ukrainian delegations", "A joint statement issued Tuesday morning, signed by the leaders of Britain, France,
        Germany, Italy, Poland, and top EU officials": the people named after "by"/"from"/"of", and the states and
        bodies (by name or by a demonym before a group noun), a state that only owns a named person left out
        ("Ukraine's Volodymyr Zelenskyy"). Empty when the subject is no document or names no author."""
        head = DOCUMENT_HEAD.match(self.text, start, end)
        if head is None:
            return []
        return self.authors_in(head.end(), end)

    def authors_in(self, first: int, end: int) -> list[Speaker]:
        """The people, states and bodies text[first:end] lists as a document's authors (what follows "signed by")."""
        found: list[tuple[int, Speaker]] = [(s, self.person_speaker(p)) for s, _, p in self.people_between(first, end)]
        owners = {s for s, _ in found}
        for m in self.actor_mentions():
            if first <= m.start < end and m.kind in ("country", "organisation") \
                    and not owns_person(self.text, m.end) and not any(m.start <= s < m.end for s in owners) \
                    and not _PLACE_BEFORE.search(self.text, max(0, m.start - 30), m.start):
                found.append((m.start, Speaker(m.actor, "official")))
        found += [(s, Speaker(name, "official")) for s, name in unlisted_states(self.text, first, end)
                  if not any(s <= f < s + len(name) for f, _ in found)]  # states the registry does not list ("Italy")
        for m in _DEMONYM_GROUP.finditer(self.text, first, end):  # "the U.S. and Ukrainian delegations"
            for word in re.finditer(r"[A-Z][\w.]*", m.group("demonyms")):
                state = state_of_nationality(word.group().rstrip(","))
                if state:
                    found.append((m.start() + word.start(), Speaker(state, "official")))
        if not found:  # "a statement from the Russian Ministry of Foreign Affairs": one author, as a subject reads
            who = self.subject(first, end)
            return [who] if isinstance(who, Speaker) and who.name else []
        authors: dict[str, Speaker] = {}
        for _, speaker in sorted(found, key=lambda f: (f[0], f[1].name)):
            authors.setdefault(speaker.name, speaker)
        return list(authors.values())

    def states_before(self, pos: int, reach: int = 600) -> list[Speaker]:
        """The parties of a joint statement: the states named where an earlier sentence introduced it ("The United
        States said in a joint statement with Ukraine …"), else the last two distinct states named before `pos`."""
        own = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, 0, pos)), default=0)
        introduced = [m for m in _JOINT_DOCUMENT.finditer(self.text, max(0, pos - 4 * reach), own)]
        if introduced:
            at = introduced[-1].start()
            start = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, 0, at)), default=0)
            after = _SENTENCE_BREAK.search(self.text, at)
            parties = list(dict.fromkeys(self._states_in(start, after.start() if after else len(self.text))))
            if len(parties) >= 2:
                return [Speaker(name, "official") for name in parties]
        return self.last_two_states(pos, reach)

    def last_two_states(self, pos: int, reach: int = 600) -> list[Speaker]:
        """The last two distinct states named before `pos` (none when fewer)."""
        latest = {name: i for i, name in enumerate(self._states_in(pos - reach, pos))}  # each state's last mention
        pair = sorted(latest, key=latest.get)[-2:]
        return [Speaker(name, "official") for name in pair] if len(pair) == 2 else []

    def _states_in(self, start: int, end: int) -> list[str]:
        """The states named in text[start:end], in text order; "talks in Jeddah, Saudi Arabia": the venue is no
        party."""
        return [m.actor for m in self.actor_mentions() if start <= m.start < end and m.kind == "country"
                and not _PLACE_BEFORE.search(self.text, max(0, m.start - 30), m.start)]

    def pair_before(self, pos: int, people: bool, reach: int = 1200) -> list[Speaker]:
        """Whom "both men" or "the two sides" means: the latest pair the text joined with "and" before `pos`
        ("Kevin King and Timothy Weeks were freed", "Russia and Ukraine agreed"); none when no such pair."""
        if people:
            named = [(s, e, self.person_speaker(p)) for s, e, p in self.mentions if pos - reach <= s < pos]
        else:
            named = [(m.start, m.end, Speaker(m.actor, "official")) for m in self.actor_mentions()
                     if pos - reach <= m.start < pos and m.kind in ("country", "organisation")]
        for (_, left_end, left), (right_start, _, right) in zip(reversed(named[:-1]), reversed(named[1:])):
            if left.name != right.name and _JOINED.fullmatch(self.text, left_end, right_start):
                return [left, right]
        if not people:  # "Lavrov and Rubio held a call …, both sides confirmed": the states of a pair of officials
            pair = self.pair_before(pos, people=True, reach=reach)
            states = [self.side_of(p.name) for p in pair]
            if len(states) == 2 and None not in states and states[0] != states[1] \
                    and all(self.registry.get(state) is not None for state in states):
                return [Speaker(state, "official") for state in states]
        return []

    def last_person_before(self, pos: int) -> Person | None:
        i = bisect.bisect_left(self._starts, pos)
        return self.mentions[i - 1][2] if i else None

    def subject(self, start: int, end: int) -> Speaker | Pronoun | None:
        """The speaker named by text[start:end], read as the subject right before a verb."""
        lead = _PARTICIPLE_LEAD.match(self.text, start, end)
        if lead:  # "Citing a U.S. official and two sources, the report said": the sources are the report's;
            # "Taking to Telegram, the Russian Ministry of Defence announced": the phrase is no part of the name
            start = lead.end()
        phrase = _TRAILING_ASIDE.sub("", self.text[start:end].rstrip())  # "Rep. Gwen Moore (D-Wis.)"
        end = start + len(phrase)
        if not phrase:
            return None
        ministry = self._named_ministry(phrase)
        if ministry is not None:
            return ministry  # "The Pentagon said"
        owned = _STATES_DOCUMENT.fullmatch(phrase.strip())
        state = (self.registry.lookup(owned.group("owner")) if owned.group("owner") else
                 self.registry.get(DEMONYMS.get(owned.group("demonym"), ""))) if owned else None
        if state is not None and state.kind in ("country", "organisation"):
            return Speaker(state.name, body_role(state.name))  # "Moscow’s memorandum said", "the Russian memorandum"
        aside = _MEDIUM_ASIDE.search(phrase)
        if aside and aside.start() > 0:  # "Zelensky, in an interview with CNN, said": the name before the aside
            head = self.subject(start, start + aside.start())
            if isinstance(head, Pronoun) or isinstance(head, Speaker) and head.name:
                return head
        people = self.people_between(start, end)
        serving = _SERVES.search(self.text, start, people[-1][0]) if people else None
        if serving and not self.text[people[-1][1]:end].strip():
            # "the spokesman for Russian dictator Vladimir Putin said": the spokesman, as "Putin's spokesman" is
            return Pronoun("the", serving.group("noun").lower(), owner=people[-1][2].name)
        if people and not self.text[people[-1][1]:end].strip():
            return self.person_speaker(people[-1][2])
        if len(people) == 1 and self.text[people[0][1]:end].strip() == "," \
                and re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+){0,4}", self.text[start:people[0][0]].lstrip()):
            # a stray comma after a titled name: "European Commission President Ursula von der Leyen, said"
            return self.person_speaker(people[0][2])
        if len(people) == 1 and not self.text[start:people[0][0]].strip() \
                and _PERSONS_DOCUMENT.fullmatch(self.text, people[0][1], end):
            return self.person_speaker(people[0][2])  # "Ushakov’s readout made clear that …": his words
        tail = self.text[people[0][1]:end] if people else ""
        if len(people) == 1 and re.match(r",\s+(?:a|an|the)\s", tail) and not tail.rstrip().endswith(","):
            tail = tail.rstrip() + ","  # '"…," Mark Episkopos, a research fellow in the … Program said': no closing comma
        if people and _only_adverbs(self.text[start:people[0][0]]) and tail.lstrip().startswith(",") \
                and _is_apposition(tail):
            return self.person_speaker(people[0][2])  # "Putin, speaking with President X at a news conference, said"
        for n, (s, e, person) in enumerate(people):
            tail = self.text[e:end]
            others = [m for m in people[n + 1:] if m[2] is not person and not self._possessive(m[1])]
            if (not others or _RELATIVE.match(tail)) and _is_apposition(self.text[e:end], self.text[max(0, s - 2):s] == ", "):
                return self.person_speaker(person)
        last = phrase.split()[-1]
        ours = re.fullmatch(r"[Oo]ur\s+((?i:foreign\s+|defen[cs]e\s+|prime\s+)?(?:[a-z]+|[A-Z][a-z]+))", phrase.strip())
        if ours and ours.group(1).split()[-1].lower() in ROLE_NOUNS_BEFORE:
            # "Our president said …", "Our President has repeatedly said …" inside a quote: the speaker's own
            return Pronoun("our", ours.group(1).lower())
        former = self._former_or_latter(phrase.split(), start)
        if former is not None:
            return former
        if _FIRST_PERSON.fullmatch(last):
            return None  # "As I’ve said many times" inside a quote: the quote's speaker, whom the words do not name
        if last.lower() in PRONOUNS:
            return Pronoun(last.lower())  # "the clerk recalled that he said": the pronoun, not the clause's subject
        if _AGED.fullmatch(phrase):
            return Pronoun("he")  # "The 56-year-old said after his appointment": the person just named, by age
        relative = _RELATIVE_CLAUSE.search(phrase)
        if relative and not people:
            after_comma = phrase.rfind(",")
            # "Asked to describe the device that caused it, O'Neill said": the relative clause is in the opener
            opener = after_comma > relative.start() and phrase[after_comma + 1:].strip()
            phrase = phrase[after_comma + 1:] if opener else phrase[:relative.start()]
        body, _, described = phrase.rpartition(",")
        named_body = _INSTITUTION.fullmatch(body.strip()) if body and not people else None
        if named_body and re.fullmatch(r"\s*(?:the|an?)\s+[a-z]+", described):
            name = named_body.group(1)  # "Citizenship and Immigration Services, the agency that oversees …, said"
            return Speaker(name, body_role(name))
        words = [part for word in _WORDS.findall(phrase) for part in _ROLE_ABBREVIATIONS.get(word, (word,))]
        if not words:
            return None
        generic = words[0].lower() if len(words) == 1 else ""
        generic = generic if generic in GENERIC_SOURCES else generic[:-1] if generic[:-1] in GENERIC_SOURCES else ""
        if generic:  # "Reporters asked whether …": a common noun capitalised because it opens the sentence
            return Speaker(None, GENERIC_SOURCES[generic])
        # ("In 2016, the South Dakota's Department of Social Services reported": the opener is not the body's name)
        # ("The couple was quarantined, and the Chinese Center for …": the subject of the second clause)
        institution = _INSTITUTION.fullmatch(_OPENER.sub("", _CLAUSE_JOIN.split(phrase)[-1].strip()))
        if institution and any(w in NON_NAME_WORDS or w[-1:] == "s" and w[:-1] in NON_NAME_WORDS
                               for w in institution.group(1).split()) \
                and re.search(r"\s(?:of|for|on)\s", institution.group(1)) \
                and (self._named(words[-4:]) is None or not _OF_STATE_END.search(institution.group(1))):
            # "the U.S. Attorney’s Office for the Western District of Ohio", "the Commission on Presidential Debates",
            # "the Organization for Security and Co-operation in Europe"; but "the Ministry of Defence of Ukraine"
            # speaks for Ukraine
            # "South Dakota's Department of …": a place's department is named after it; an office named after a
            # title keeps the possessive ("the U.S. Attorney’s Office", "the Governor's Office")
            name = _POSSESSIVE_IN_NAME.sub(lambda m: m.group() if m.group(1) in TITLE_WORDS else m.group(1),
                                           institution.group(1))
            return self._state_of_ministry(name) or Speaker(name, body_role(name))
        if len(words) >= 2 and words[-2].lower() in {"his", "her"} and words[-1].lower() in _SPEAKS_THROUGH:
            named = self.described_person(words[-1].lower(), start) \
                or self.described_person_after(words[-1].lower(), end)
            if named is not None:  # "his spokesperson said …" where the text names "spokesperson Dmitry Peskov"
                return self.person_speaker(named)
            return Pronoun("he" if words[-2].lower() == "his" else "she", office=words[-1].lower() == "office")
        country = state_of_nationality(words[-2]) if len(words) >= 2 and words[-1].lower() == "counterpart" else None
        if country is not None:
            counterpart = self.last_person_of(country, start)
            if counterpart is not None:  # "his Latvian counterpart said" after "Latvian President Edgars Rinkevics"
                return self.person_speaker(counterpart)
        words = _head_of_state(words)
        source_words = words[-10:]  # "a second person briefed on last weekend's call": the noun before a long modifier
        words = words[-6:]
        role = next((i for i, w in enumerate(words[:-1]) if w.lower() in ROLE_NOUNS_BEFORE
                     and words[i + 1] in {"to", "in", "at", "of", "for"}), None)
        if role is not None and any(w.lower() == "the" or _POSSESSIVE.search(w) for w in words[:role]):
            # "The President of Ukraine emphasized": an office the registry knows, else "Norway’s ambassador to Chile"
            return self._office_holder(phrase, end) or self._described(words[:role + 1], end)
        if phrase.strip().lower() in _QUANTIFIERS:
            return Speaker(None, "other")
        if all(w in TITLE_WORDS or _ACRONYM.fullmatch(w) for w in words) and words[-1] in TITLE_WORDS \
                and words[-1].lower() in ROLE_NOUNS_BEFORE:
            # a headline's bare title ("Prime Minister warns West is at …"), or a body's acronym and its title
            # ("NSDC Secretary added that …"): the office, as "the prime minister" is
            later = self._headline_title_holder(words, end)
            if later is not None:
                return later
            described = self._office_holder("the " + " ".join(words).lower(), end) \
                or self._described(["the"] + [w.lower() for w in words], end)
            if described is not None:
                return described
        # ("A statement from the Kremlin said": the issuer named, not an unnamed source)
        source = self._document_issuer(source_words) or self._unnamed_source(words) \
            or self._unnamed_source(source_words, opening=True)
        if source is not None:
            return source
        holder = self._office_holder(phrase, end) or self._pronoun_office_holder(phrase, start)
        if holder is not None:
            return holder
        who = _body_of_body(source_words) or self._named(words[-4:]) \
            or self._described(_whole_name_run(source_words, 4), end) \
            or self._office(phrase, start)
        if isinstance(who, Pronoun) and who.noun:
            who = self._owned(who, words, people, end)  # "Putin’s top foreign policy aide": the owner further back
        if who is None:
            who = self._placed_body(phrase, start)
        return self._ministry_state(who, start)

    def _former_or_latter(self, words: list[str], before: int) -> Speaker | None:
        """"the latter said", "according to the former": the second or the first of the last two people named."""
        if [w.lower() for w in words] not in (["the", "latter"], ["the", "former"]):
            return None
        named: list[Person] = []
        for s, e, person in reversed(self.people_between(0, before)):
            if all(p.name != person.name for p in named) and not self._possessive(e):  # ("Putin's aide")
                named.append(person)
            if len(named) == 2:
                break
        if not named:
            return None
        return self.person_speaker(named[0] if words[1].lower() == "latter" or len(named) == 1 else named[1])

    def _owned(self, who: Pronoun, words: list[str], people: list, end: int) -> Pronoun | Speaker:
        """A description that is someone's: "Putin’s spokesman" speaks for Putin, as "his spokesman" does for
        "he", unless the text has described someone as that spokesman; "his lawyer" is the lawyer."""
        owned = [w for w in words[:-1] if w.lower() in _OWNER_PRONOUNS or _POSSESSIVE.search(w)]
        if not owned:
            return who
        person = next((p for s, e, p in people if self.text.startswith(("’s", "'s", "’", "'"), e)), None)
        if person is not None and who.noun == "office" and words[-1].lower() == "office":
            state = self.office_state(person.name)
            if state is not None:  # "Zelensky’s office said": the presidential office, which speaks for Ukraine
                return state
        if person is not None and who.noun in _SPEAKS_THROUGH \
                and self.described_person(who.noun, end, who.country) is None:
            return self.person_speaker(person)
        owner = person.name if person is not None else owned[-1].lower()
        return replace(who, owner=owner)

    def _pronoun_office_holder(self, phrase: str, start: int) -> Speaker | None:
        """"His foreign minister said" after "Putin praised …": the registry's holder of that office of the state
        of the person named last; no one when the registry lists no such office."""
        owned = _PRONOUN_OFFICE.fullmatch(phrase.strip())
        person = self.last_person_before(start) if owned else None
        actor = self.registry.office_holder(f"{person.name}'s {owned.group(1)}") if person is not None else None
        state_owned = _STATE_PRONOUN_OFFICE.fullmatch(phrase.strip()) if actor is None else None
        if state_owned:  # "Russia is still seeking …, its foreign minister said": the state the sentence opens with
            sentence = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, 0, start)), default=0)
            states = self._states_in(sentence, start)
            actor = self.registry.office_holder(f"{states[0]}'s {state_owned.group(1)}") if states else None
        return Speaker(actor.name, actor.role, None, True) if actor is not None and actor.kind == "person" else None

    def _office_holder(self, phrase: str, before: int) -> Speaker | None:
        """"Russia's foreign minister", "the Kremlin spokesman" with no name: the registry's holder of that office
        (2025), unless the text named someone else so described before ("Foreign Minister Sergei Lavrov" in 2025,
        another minister in an older story)."""
        # "… the fact that Russia's …", "Earlier, Putin’s top foreign policy aide": the office after the lead
        tail = re.split(r"\b(?:that|after|when|as|because|while)\s+|,\s+", phrase)[-1]
        actor = self.registry.office_holder(phrase) or self.registry.office_holder(tail)
        indefinite = re.match(r"\s*(?:[Aa]n?)\s+", tail) if actor is None else None
        if indefinite:  # "a Kremlin spokesperson said": the holder, when the text names him (not a deputy's words)
            actor = self.registry.office_holder(tail[indefinite.end():])
            if actor is not None and self.by_name(actor.name) is None:
                return None
        if actor is None or actor.kind != "person":
            return None
        words = _WORDS.findall(tail)
        named = self.described_person(words[-1].lower(), before, self._country_of(words[:-1]) or actor.side)
        if named is not None and named.name != actor.name:
            return None
        return Speaker(actor.name, actor.role, None, True)

    def _ministry_state(self, who, start: int):
        """"the Interior Ministry said" with no state named in it: the ministry speaks for the state the text
        named last before it; a state's foreign or defence ministry known by its own name ("the State Department",
        "the Pentagon") speaks for that state."""
        ministry = self._named_ministry(who.name) if isinstance(who, Speaker) and who.name else None
        if ministry is not None:
            return ministry
        if not (isinstance(who, Speaker) and who.name and who.name.split()[-1].lower() in _STATE_BODIES):
            return who
        if any(w in country_names() or w in DEMONYMS for w in _WORDS.findall(_POSSESSIVE.sub("", who.name))):
            return who
        sentence_start = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, max(0, start - 400), start)),
                             default=0)
        opener = COUNTRY_WORD.match(self.text, sentence_start, start)
        if opener and opener.group(1) in country_names():
            return Speaker(opener.group(1), "official")  # "China welcomes the talks on the Ukraine crisis …, the
            # Foreign Ministry said": the state its sentence opens with, not the last one named
        states = [m.group(1) for m in COUNTRY_WORD.finditer(self.text, 0, start) if m.group(1) in country_names()]
        return Speaker(states[-1], "official") if states else who

    @staticmethod
    def _unnamed_source(words: list[str], opening: bool = False) -> Speaker | None:
        """"two people briefed on the talks", "a doctor on the scene": a generic noun with a prepositional or
        participle modifier; in a long phrase (`opening`) only if determiners alone come before the noun."""
        preposition = next((i for i, w in enumerate(words) if w in _PREPOSITIONS
                            or w in _INDEFINITE_PREPOSITIONS and i > 1 and words[i - 2].lower() in {"a", "an"}
                            or w == "on" and i and GENERIC_SOURCES.get(words[i - 1].lower()) == "expert"), None)
        if not preposition:  # ("experts on North Korea": the field of the experts)
            return None
        noun = words[preposition - 1].lower()
        if noun == "those":
            return Speaker(None, "other")  # "Those close to him say …"
        if noun not in GENERIC_SOURCES or noun in INSTITUTION_NOUNS:
            return None
        # "Political observers in Virginia": the phrase's first word is capitalised because it opens the sentence
        if opening and not all(w.lower() in _DETERMINERS or w.islower()
                               or i == 0 and w not in DEMONYMS and w not in NATIONALITIES and w.isalpha()
                               for i, w in enumerate(words[:preposition - 1])):
            return None
        return Speaker(None, GENERIC_SOURCES[noun])

    def _office(self, phrase: str, start: int) -> Speaker | Pronoun | None:
        """"the U.S. attorney's office said" after "the U.S. Attorney’s Office for …": the body named earlier
        in capitals; another "prosecutor’s office" is the institution quoted before, like "it"."""
        owner = re.search(r"(?:^|\s)(?:the\s+)?([A-Z][\w-]*[’']s\s+[a-z][\w\s’'-]*office)$", phrase)
        if owner and not self.people_between(start, start + len(phrase)):
            return Speaker(owner.group(1), "official")  # "Chile’s human rights office": the office as introduced
        match = re.search(r"(?:^|\s)(?:the\s+)?((?:[\w.]+\s+)?\w+[’']s\s+office)$", phrase, re.IGNORECASE)
        if match is None:
            return None
        pattern = re.sub(r"[’']", "[’']", re.escape(match.group(1)))
        named = re.search(rf"\b((?i:{pattern})(?:\s+(?:of|for|the|[A-Z][\w.’'-]*))*\s+[A-Z][\w’'-]*)", self.text[:start])
        if named and named.group(1)[:1].isupper():
            name = named.group(1)
            return Speaker(name, body_role(name))
        return Pronoun("it", "office")

    def after_verb(self, start: int, end: int) -> Speaker | Pronoun | None:
        """The speaker named by text[start:end] right after the verb: "said Mark N. Katz, a ...", "said he"."""
        phrase = _ABBREVIATION_DOT.sub(r"\1_", self.text[start:end])  # "Rep. G.K. Butterfield": not a stop
        head = re.match(r"\s*([^,;:.—()“”\"]*(?:\.(?=\S)[^,;:.—()“”\"]*)*)", phrase)
        head_text = self.text[start + head.start(1):start + head.end(1)] if head else ""
        head_end = start + (head.end(1) if head else 0)
        for s, e, person in self.people_between(start, end):
            if s >= head_end:
                break
            if _NAME_AS_MODIFIER.match(self.text, e):
                continue  # "according to a senior Trump administration official": the official, unnamed
            before = _OWNER_BEFORE_TITLE.sub("", self.text[start:s], count=1)  # "The Kyiv Independent's senior …"
            if _CARRIED_IN.search(before):
                continue  # "a report in the Argus Courier": a paper with a name's shape, read below as the outlet
            before = _OFFICE_OF.sub(" ", before)  # "Russian Minister of Foreign Affairs Sergey Lavrov"
            if all(w in TITLE_WORDS or w in DEMONYMS or w.lower() in _DETERMINERS or w[:1].islower() or w.isdigit()
                   for w in _WORDS.findall(before)):  # ("according to a 2018 survey by Penelope Muse Abernathy")
                return self.person_speaker(person)
        words = [part for word in _WORDS.findall(head_text) for part in _ROLE_ABBREVIATIONS.get(word, (word,))]
        if not words:
            return None
        words = _head_of_state(words)  # "according to the head of state"
        if words != _WORDS.findall(head_text):
            head_text = " ".join(words)  # ("says US VP": the office spelled out)
        if words[0].lower() in PRONOUNS:
            return Pronoun(words[0].lower())
        joined = words.index("and") if "and" in words[2:-1] else None
        if joined is not None and words[0].lower() == "the" and words[joined - 1].lower() in ROLE_NOUNS_BEFORE \
                and all(w.islower() for w in words[joined + 1:]) and words[joined + 1] not in _DETERMINERS:
            words = words[:joined]  # "said the Ukrainian leader and former comedian": one person, two descriptions
            head_text = " ".join(words)
        former = self._former_or_latter(words, start)
        if former is not None:
            return former
        if words[0].lower() in _OBJECT_PRONOUNS and len(words) == 1:  # "according to him, …"
            return Pronoun(_OBJECT_PRONOUNS[words[0].lower()])
        if len(words) == 2 and words[0].lower() in OWNER_PRONOUNS and words[1].lower() in _OWN_DOCUMENTS:
            return Pronoun(OWNER_PRONOUNS[words[0].lower()])  # "according to his order, …": his own words
        cut = next((i for i, w in enumerate(words) if w in {"on", "in", "at", "after", "during", "to", "from",
                                                               "before", "when", "while", "as", "who"}), len(words))
        source = self._issuer(words, before=cut + 1)
        if source:
            return source
        issued = next((i for i, w in enumerate(words[:cut]) if w.lower() in _ISSUED), None)
        if issued and issued > 0 and words[0].lower() in {"a", "an", "the"}:
            source = self._named(words[1:issued]) or self._firm(words[1:issued]) or self._outlet(words[:issued + 1]) \
                or (self._unknown_name(words[1:issued]) if issued == 2 and _ACRONYM.fullmatch(words[1]) else None)
            if source:  # "according to a Kremlin readout", "the FT article": the body that issued it
                return source
        if len(words) >= 2 and words[0].lower() == "the" and words[1].lower() in _ISSUED:
            # "says the letter signed by …": whoever issued it, quoted just before
            return Pronoun("document", words[1].lower())
        noun = next((w.lower() for w in words[:3] if w.lower() not in _DETERMINERS), "")
        definite = len(words) == 2 and words[0].lower() == "the" and noun in ROLE_NOUNS_BEFORE
        if noun in GENERIC_SOURCES and noun not in INSTITUTION_NOUNS and not definite:
            return Speaker(None, GENERIC_SOURCES[noun])  # "said experts"; "according to the minister" is a person
        holder = self._headline_title_holder(words, head_end) or self._office_holder(head_text, start)
        if holder is not None:
            return holder  # "said Russia's foreign minister"
        owner = _COUNTRY_BODY.match(head_text)  # "according to Ukraine's Coordinating Headquarters for the …"
        if owner and owner.group(1) in country_names():
            return Speaker(owner.group(1), "official")
        institution = _INSTITUTION.fullmatch(head_text.strip())
        if institution and (_BODY_CONNECTOR.search(institution.group(1)) or re.search(r"\sof\s", institution.group(1))
                            and any(w in NON_NAME_WORDS for w in institution.group(1).split())) \
                and self._named(words[:6]) is None:
            name = institution.group(1)  # "according to the Centers for Disease Control and Prevention"
            return Speaker(name, body_role(name))
        return _body_of_body(words[:cut]) or self._named(words[:cut][:6]) or self._described(words[:cut][:6], head_end)

    def _headline_title_holder(self, words: list[str], end: int) -> Speaker | None:
        """A bare title in the headline ("…, says Taoiseach", "Chancellor warns …"): the one the body goes on to
        name with it ("Taoiseach Micheál Martin"), before any registry holder of a like office."""
        first_line = self.text.find("\n")
        if not (0 <= end <= first_line and words and all(w in TITLE_WORDS for w in words)
                and words[-1].lower() in ROLE_NOUNS_BEFORE):
            return None
        later = self.described_person_after(words[-1].lower(), end)
        return self.person_speaker(later) if later is not None else None

    def _named(self, words: list[str]) -> Speaker | None:
        """A state or institution ("the Kremlin", "Ukraine's foreign ministry", "the Russian Defence Ministry")."""
        for size in range(min(4, len(words)), 0, -1):
            for first in range(len(words) - size + 1):
                chunk = words[first:first + size]
                rest = [w.lower() for w in words[first + size:]]
                portfolio = rest and rest[-1] in _STATE_BODIES and all(w.islower() for w in words[first + size:])
                if rest and not portfolio and not all(w in INSTITUTION_NOUNS or w in {"of", "and", "’s", "'s"} for w in rest):
                    continue
                name = _POSSESSIVE.sub("", " ".join(chunk))
                actor = self.registry.lookup(name)
                if actor and actor.kind != "person":
                    return Speaker(actor.name, actor.role)
                if actor and actor.side and rest and rest[-1] in _GOVERNMENT_NOUNS:
                    side = self.registry.get(actor.side)  # "the Trump administration": the state it governs
                    return Speaker(side.name, side.role) if side else None
                if name in country_names():
                    return Speaker(name, "official")
        for i, word in enumerate(words):
            rest = [w.lower() for w in words[i + 1:]]
            state = state_of_nationality(word)
            if state and rest and all(w in INSTITUTION_NOUNS for w in rest):
                actor = self.registry.get(state)
                if actor:
                    return Speaker(actor.name, actor.role)
                if word in NATIONALITY_STATES:  # a state the registry lacks still speaks through its ministry
                    return Speaker(state, "official")
        return None

    def _firm(self, words: list[str]) -> Speaker | None:
        """"a report from Kotak Institutional Equities": the capitalised body a document comes from."""
        name = words[1:] if words[:1] == ["the"] else words
        if not name or not all(w[:1].isupper() and w not in FUNCTION_WORDS for w in name):
            return None
        if len(name) == 1 and not (_ACRONYM.fullmatch(name[0]) or re.search(r"[a-z][A-Z]", name[0])):
            return None  # one word is a firm's name when it reads as one ("MarketAxess", "IHS"), not "Monday"
        return self._unknown_name(name)

    def _unnamed_one_before(self, head: str, end: int) -> bool:
        """The text brought in someone it does not name by `head` before `end` ("a senior U.S. official said", "citing
        an official"), not as a named person's appositive ("Yuri Ushakov, a Kremlin official, said")."""
        brought_in = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.’'-]+\s+){{0,3}}?{re.escape(head)}\b")
        last = None
        for last in brought_in.finditer(self.text, 0, end):
            pass  # the last one brought in decides
        if last is None:
            return False
        # (an appositive of a name, before or after it, brings in a named person)
        named_before = any(re.fullmatch(r"[’']?s?,\s*", self.text[e:last.start()])
                           for _, e, _ in self.people_between(max(0, last.start() - 60), last.start()))
        named_after = re.match(r"\s*(?:,\s*)?[A-Z][a-z]", self.text[last.end():last.end() + 40])
        return not named_before and not named_after

    def _described(self, words: list[str], end: int) -> Speaker | None:
        """Unnamed sources keep a null speaker; "the minister" is the last person so described, if any."""
        if not words:
            return None
        head = words[-1].lower()
        if head in _ISSUED and len(words) > 2 and words[0].lower() in {"a", "an", "the"}:
            source = self._named(words[1:-1]) or self._outlet(words)
            if source:  # "the Kremlin statement said", "a White House readout said", "a Bloomberg report said": the
                return source  # body or outlet that issued it
        if head in _ISSUED and any(w.lower() == "joint" for w in words[:-1]):
            return Pronoun("joint")  # "according to a joint statement": the two parties the text names
        if head in _ISSUED and len(words) == 2 and words[0].lower() == "the":
            return Pronoun("document", head)  # "the statement said": the body that issued it
        owner = re.sub(r"[’']s?$", "", words[-2].lower()) if head in _ISSUED and len(words) == 3 else head
        if words[0].lower() == "the" and len(words) == (3 if head in _ISSUED else 2) \
                and owner in _BODIES_NAMED_BEFORE:
            named = self._state_body_before(owner, end)
            if named is not None:  # "the ministry said", "the ministry's statement read": the one named before
                return named
        outlet = self._outlet_name(words) if head in OUTLET_NOUNS or words[-2:] == ["news", "agency"] else None
        if outlet:
            return Speaker(outlet, "other")  # "the Reuters news agency reported", "the Kyiv Post newspaper"
        if len(words) == 3 and words[0].lower() == "the" and words[1].lower() == "news" and head in _NEWS_BODIES:
            return Pronoun("outlet")  # "The news agency, citing a source, reported": the agency named as reporting
        if head in OUTLET_NOUNS and 2 <= len(words) <= 5 and words[0].lower() == "the" \
                and not any(_POSSESSIVE.search(w) for w in words[1:-1]):  # ("the US TV channel")
            return Pronoun("outlet")  # "the newspaper said": the outlet the text named as reporting
        if head in _ISSUED and len(words) == 3 and words[0].lower() == "the" and words[1].lower() in _BODY_NOUNS:
            return Pronoun("it", words[1].lower())  # "according to the office release": the office quoted before
        if head in _MEDIA_STAFF and len(words) > 1 and words[-2][:1].isupper() and words[-2] not in FUNCTION_WORDS:
            outlet = self._unknown_name(words[:-1])  # "a TASS correspondent reported": the outlet reports
            if outlet is not None and not outlet.is_person:
                return Speaker(outlet.name, "other")
        if head in _MEDIA_STAFF and len(words) == 2 and words[0].lower() == "the":
            return Pronoun("it", head)  # "the correspondent noted": the outlet whose correspondent spoke before
        if head in _SPEAKS_FOR | _MEMBERS and len(words) > 1 and words[-2][:1].isupper() \
                and words[-2] not in FUNCTION_WORDS and words[-2] not in DEMONYMS and words[-2] not in NATIONALITIES:
            body = self._unknown_name(words[:-1])  # "a Taliban representative" speaks for the Taliban
            state = self.registry.lookup(body.name) if body is not None and body.name else None
            if state is not None and state.kind == "country":
                return Speaker(None, "official")  # "a senior Kyiv official", "a White House official": a state's
                # official left unnamed, as "a Ukrainian official" is
            if body is not None and not body.is_person:  # and "Acme officials" for Acme
                return Speaker(body.name, "official" if head in _SPEAKS_FOR else body_role(body.name))
        if len(words) >= 2 and words[-2].lower() == "the" and head in _BODY_NOUNS:
            return Pronoun("it", head)  # "the agency said": the institution quoted before
        if head in _SPEAKS_FOR and len(words) == 2 and words[0].lower() in {"a", "an"}:
            body = self.body_opening_before(end)  # "Acme Corp declined. A spokesperson said …"
            if body is not None:
                return Speaker(body, body_role(body))
        if head in {"source", "sources"} and len(words) > 1 and words[-2].lower() in _PUBLIC_SOURCES:
            return Speaker(None, "official")  # "a local police source"
        if head in ROLE_NOUNS_BEFORE and any(w.lower() in _DEFINITE or _POSSESSIVE.search(w) for w in words[:-1]):
            if words[0].lower() == "the" and head in {"official", "diplomat"} and self._unnamed_one_before(head, end):
                return Speaker(None, "official")  # "a U.S. official said …" earlier: "the official" is that one,
                # not the last official the text names
            return Pronoun("the", head, self._country_of(words[:-1]))  # "the minister", "China’s ambassador"
        role = [w for w in words if w.lower() not in _DETERMINERS]
        country = state_of_nationality(role[0]) if len(role) >= 3 else None
        if country:  # ("Turkish FM says …": the office of that state)
            role = role[1:]
        if len(role) >= 2 and head in ROLE_NOUNS_BEFORE and all(w in TITLE_WORDS for w in role):
            # "…, Deputy Foreign Minister Says" (a headline's capitals): an office, held by whom the text so describes
            noun = " ".join(role).lower()
            named = self.described_person_after(noun, end, country=country) \
                or self.described_person(noun, end, country)
            if named is not None:
                return self.person_speaker(named)
        if head in ROLE_NOUNS_BEFORE and len(words) == 2 and self._country_of(words[:1]) and end < _LEAD_REACH:
            line_end = self.text.find("\n", end)
            named = self._named_later(words, end, line_end if line_end >= 0 else end)
            if named is not None:  # a headline's "Latvian president meets …, says": the leader the lead then names
                # ("Latvian President Edgars Rinkevics"), not whom the headline has him meet
                return self.person_speaker(named)
        if head not in GENERIC_SOURCES or len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper():
            return self._unknown_name(words)  # "the Norwegian Energy Agency": a named body, not "an agency"
        plain_the = words[-2:-1] in (["the"], ["The"]) or len(words) >= 3 and words[-3].lower() == "the" \
            and (words[-2] in DEMONYMS or words[-2].lower() in {"european", "western", "world", "two", "three"})
        if head.endswith("s") and plain_the:  # ("The European leaders": those the text listed)
            if head in _SIGNATORIES:
                return Pronoun("group", head)  # "The leaders added": those of the joint statement just quoted
            return self.named_group(head, end) or Speaker(None, GENERIC_SOURCES[head])
        if head in _BODY_KINDS and plain_the:
            named = self.named_body(head, end)
            if named is not None:  # "The group, WeWorkers Coalition, formed …" … "the group said"
                return Speaker(named, body_role(named))
        headlinese = len(words) >= 2 and all(w[:1].isupper() and w not in FUNCTION_WORDS for w in words[:-1])
        if head in _DELAYED_ROLES and (words[0].lower() in {"a", "an"} or headlinese) and end < _LEAD_REACH:
            # (a headline drops the article: "US envoy says Putin open to 'permanent peace'", "Putin envoy says …")
            named = self._named_later(words, end)
            if named is not None:
                return self.person_speaker(named)
        return Speaker(None, GENERIC_SOURCES[head])

    def _named_later(self, words: list[str], end: int, after: int | None = None) -> Person | None:
        """'A Kremlin envoy says peace talks … are proceeding "constructively"' … '"The discussions are proceeding
        constructively," Kirill Dmitriev told reporters': wire leads describe a speaker whom the next paragraphs name
        (delayed identification); the first person of the described side named after the lead who holds that
        office (by the registry's titles or the text's description)."""
        phrase_start = end - len(" ".join(words)) - 2
        named = [self.registry.get(m.actor) for m in self.actor_mentions() if phrase_start <= m.start < end]
        sides = {actor.side or actor.name for actor in named if actor is not None}
        country = self._country_of(words[:-1])
        if country:
            sides.add(country)
        if len(sides) != 1:
            return None
        side = sides.pop()
        head = words[-1].lower()
        for s, e, person in self.people_between(after or end, end + _LEAD_REACH):
            actor = self.registry.get(person.name) if person.in_registry else None
            holds = any(actor is not None and role in actor.titles or self.described_as(role, person, s)
                        for role in ROLE_KIN.get(head, (head,)))
            if holds and self.of_country(person, side):
                return person
        return None

    def _issuer(self, words: list[str], before: int | None = None) -> Speaker | None:
        """"according to data from MarketAxess", "a report by the Financial Times": who issued the document (its
        preposition before the word at `before`)."""
        issuer = next((i for i in range(1, min(before or len(words), len(words) - 1))
                       if words[i] in {"from", "by", "of"} and words[i - 1].lower() in _DOCUMENTS
                       or words[i] == "by" and words[i - 1].lower() in _SEEN), None)
        if issuer is None:
            return self._carried_in(words)
        owner = words[issuer + 1:issuer + 6]
        seen = words[issuer - 1].lower() in _SEEN  # (one who saw a document is a paper: one word names it)
        return self._named(owner) or self._firm(owner) or (self._outlet(owner + ["report"]) if seen else None)

    def _carried_in(self, words: list[str]) -> Speaker | None:
        """"according to a report in the Argus Leader of Sioux Falls": the paper that ran it reports. Only a name
        after "the" ("a report in Kyiv" is where, not who) and only for what papers run, not "a statement in …"."""
        at = next((i for i in range(1, len(words) - 2) if words[i] == "in" and words[i - 1].lower() in _CARRIED
                   and words[i + 1] in {"the", "The"}), None)
        if at is None:
            return None
        run = list(itertools.takewhile(lambda w: w[:1].isupper() and w not in FUNCTION_WORDS, words[at + 2:]))
        return self._outlet(run + ["report"]) if run else None

    def _document_issuer(self, words: list[str]) -> Speaker | None:
        """A subject that is a document and its short-named issuer ("Reports from Bloomberg", "A statement from the
        Kremlin"): the issuer speaks, as in "according to a report by …". (A person from a body, "an official from
        the Kremlin", stays the unnamed person; a long owner, "a report by the International Energy Agency's …
        Program", is read as an institution's name.)"""
        at = next((i for i in range(1, len(words) - 1) if words[i] in {"from", "by"}
                   or words[i] in {"on", "in"} and words[i - 1] in _ISSUED_ON), None)
        noun = at - 2 if at is not None and words[at - 1] in _ISSUED_ON else at - 1 if at is not None else None
        if at is None or words[noun].lower() not in _ISSUED | {"reports"} or len(words) - at - 1 > 4 \
                or any(_POSSESSIVE.search(w) for w in words[at + 1:]):
            return None
        owner = [w for w in words[at + 1:] if w.lower() not in _CHANNEL_NOUNS]  # ("the Kremlin website": the Kremlin)
        return self._named(owner) or self._outlet(owner + ["report"])

    def _outlet(self, words: list[str]) -> Speaker | None:
        """The outlet whose name comes right before a document or outlet noun ("a Bloomberg report", "an Axios
        article"): it reports on its own."""
        name = self._outlet_name(words)
        return Speaker(name, "other") if name and not any(w in _CALENDAR for w in name.split()) else None

    def _outlet_name(self, words: list[str]) -> str | None:
        """The capitalised name right before an outlet noun ("the Kyiv Post newspaper", "Russia's RIA Novosti news
        agency"), without the words that only place or describe it ("Russian", "Kremlin-friendly", "US TV")."""
        run = []
        for word in reversed(words[:-1]):
            if not run and word.islower() and word not in _DETERMINERS:
                continue  # "Russia's TASS state news agency": what kind of agency, before its name
            if not word[:1].isupper() or word.lower() in _DETERMINERS or _POSSESSIVE.search(word):
                break
            run.insert(0, word)
        while run and ("-" in run[0] or run[0] in DEMONYMS or run[0] in NATIONALITIES):
            run.pop(0)
        if not run or len(run) > 4 or all(w in _OUTLET_PLACE_WORDS or w in country_names() or self.registry.lookup(w)
                                          for w in run):
            return None
        return " ".join(run)

    def described_person(self, noun: str, before: int, country: str | None = None) -> Person | None:
        """The person before `before` whose description has the noun ("the spokesman" -> Peskov); of several,
        the one the text has named most so far ("the president" is the article's president, not the president
        of a bank quoted once), then the latest. A country in the description ("the Russian leader") rules out
        people of another side."""
        seen: dict[str, int] = {}
        for s, e, person in self.people_between(0, before):
            if self.described_as(noun, person, s) and self.of_country(person, country):
                seen[person.name] = seen.get(person.name, 0) + 1
        if not seen:
            return None
        best = max(seen.values())
        latest = [p for s, e, p in reversed(self.people_between(0, before)) if seen.get(p.name) == best]
        return latest[0]

    def described_person_after(self, noun: str, after: int, reach: int = 1500,
                               country: str | None = None) -> Person | None:
        """"China’s ambassador warned …" and only later "ambassador … Liu Xiaming": the first person so described
        within the next paragraphs."""
        for s, e, person in self.people_between(after, after + reach):
            if self.described_as(noun, person, s) and self.of_country(person, country):
                return person
        return None

    def last_person_of(self, country: str, before: int) -> Person | None:
        """The last person before `before` known to be the country's: by the registry's side or by a nationality in
        their own description ("Latvian President Edgars Rinkevics")."""
        for s, e, person in reversed(self.people_between(0, before)):
            if country in self._known_sides(person)[0]:
                return person
        return None

    def _known_sides(self, person: Person) -> tuple[set[str], bool]:
        """The states a person is known to be of, and whether the registry says so (else their description's
        nationalities); empty when unknown."""
        actor = self.registry.get(person.name) if person.in_registry else None
        if actor is not None and actor.side:
            return {actor.side}, True
        return {state_of_nationality(w.strip(",")) for w in (person.description or "").split()} - {None}, False

    def of_country(self, person: Person, country: str | None) -> bool:
        """Could the person be the country's ("the Russian leader" is not Trump)? By the registry's side, else by
        the countries the person's own description names; unknown counts as yes."""
        if country is None:
            return True
        sides, registered = self._known_sides(person)
        if registered:
            return bool(sides & self.sides_of(country))
        return not sides or country in sides

    def speaks_for(self, speaker: Speaker, country: str | None) -> bool:
        """Could the speaker be the country's? Unknown counts as yes."""
        side = self.side_of(speaker.name) if country else None
        return side is None or side in self.sides_of(country)

    def sides_of(self, country: str) -> set[str]:
        """The sides a description naming `country` admits: the country and the side it belongs to ("the French
        president" may be any of Europe's)."""
        state = self.registry.get(country)
        if state is None:
            return {country, "Europe"} if country in EUROPEAN_STATES else {country}
        return {country, state.side} - {None}

    def _state_of_ministry(self, name: str) -> Speaker | None:
        """"the Russian Ministry of Foreign Affairs", "Russia's Ministry of Defence": a state's ministry speaks for
        the state, as "the Russian Foreign Ministry" does."""
        words = [_POSSESSIVE.sub("", w) for w in name.split()]  # ("The United Arab Emirates’s Ministry of …")
        # the state's name may take several words: "the United Arab Emirates Ministry of Foreign Affairs"
        size = next((n for n in range(min(4, len(words) - 2), 0, -1) if words[n].lower() in _STATE_BODIES), None)
        if size is None:
            return None
        owner = " ".join(words[:size])
        state = state_of_nationality(owner) or (owner if owner in country_names() else None)
        actor = self.registry.get(state) if state else None
        if actor is not None:
            return Speaker(actor.name, actor.role)
        return Speaker(state, "official") if state else None

    def _state_body_before(self, noun: str, end: int, reach: int = 3000) -> Speaker | None:
        """The state whose body of that kind the text last named by name ("the Russian Foreign Ministry")."""
        if self._in_state_body:
            return None
        pattern = r"\b(?:[A-Z][\w.’'-]*\s+){1,3}" + noun.capitalize() + r"\b(?:\s+of\s+(?:[A-Z][\w’'-]*\s*){1,4})?"
        for m in reversed(list(re.finditer(pattern, self.text[max(0, end - reach):end]))):
            start = max(0, end - reach) + m.start()
            self._in_state_body = True
            try:
                who = self.subject(start, start + len(m.group().rstrip()))
            finally:
                self._in_state_body = False
            if isinstance(who, Speaker) and who.name and not who.is_person and self.registry.get(who.name) is not None:
                return who
        return None

    def _named_ministry(self, name: str) -> Speaker | None:
        """A state's foreign or defence ministry known by its own name ("the State Department", "the Pentagon")."""
        state = _NAMED_MINISTRIES.get(_STATE_PREFIX.sub("", name.strip()))
        return Speaker(state, "official") if state is not None and self.registry.get(state) is not None else None

    def _placed_body(self, phrase: str, start: int, reach: int = 3000) -> Speaker | None:
        """"the Inner Mongolia health commission", "the regional health commission": a body in lower case after its
        place; with no place, the body the text named so before ("The health commission said" after "the Inner
        Mongolia health commission"), else an unnamed one."""
        body = _PLACED_BODY.fullmatch(phrase)
        if body is None or not phrase.lstrip().lower().startswith("the "):
            return None
        place, noun = body.group(1).strip(), body.group(2).strip()
        if place:
            return Speaker(f"{place} {noun}", "official")
        pattern = r"(?:\b[Tt]he\s+)?((?:[A-Z][\w.’'-]*\s+){1,3})" + re.escape(noun) + r"\b"
        named = [m for m in re.finditer(pattern, self.text[max(0, start - reach):start])
                 if m.group(1).split()[0] not in ("The", "A", "An")]
        return Speaker(f"{named[-1].group(1).strip()} {noun}" if named else None, "official")

    def office_state(self, name: str | None) -> Speaker | None:
        """The state an official's office speaks for, when the registry gives the official a state's side."""
        actor = self.registry.lookup(name) if name else None
        # (Macron's side is Europe, his office France's)
        home = (actor.country or actor.side) if actor is not None and actor.role == "official" else None
        state = self.registry.get(home) if home else None
        return Speaker(state.name, state.role) if state is not None and state.kind == "country" else None

    def side_of(self, name: str | None) -> str | None:
        """The state a speaker belongs to, from the registry: a person's side, or the state itself."""
        actor = self.registry.lookup(name) if name else None
        if actor is None:
            return None
        return actor.name if actor.kind == "country" else actor.side

    def _country_of(self, words: list[str]) -> str | None:
        """The country a description's modifiers name: "Russian", "U.S.", "Ukraine’s"."""
        for word in words:
            if state := state_of_nationality(word):
                return state
            owner = _POSSESSIVE.sub("", word)
            actor = self.registry.get(owner) if owner != word else None
            if actor is not None and actor.kind == "country":
                return actor.name
        return None

    def described_as(self, noun: str, person: Person, start: int) -> bool:
        """The noun is in the person's description or right before this mention ("President Trump’s advisers",
        "Wikileaks co-founder Julian Assange")."""
        if noun == "leader" and person.description and _HEADS.search(person.description.lower()):
            return True  # "the Belarusian leader" after "Belarusian President Aleksandr Lukashenko"
        if person.description and (re.search(rf"{_NOT_DEPUTY}\b{re.escape(noun)}\b", person.description.lower())
                                   or _ABBREVIATED.get(noun, "\0") in person.description  # not "presidential"
                                   or _ROLE_OF_BODY.get(noun, "\0") in person.description.lower()):
            return True
        actor = self.registry.get(person.name) if person.in_registry else None
        if actor is not None and noun in actor.titles:
            return True  # the registry knows Trump is "the president" though this text only says "Donald Trump"
        if GENERIC_SOURCES.get(noun) == "expert" and (role_of(person.description) == "expert"
                                                       or PRESS_WRITER.search(person.description or "")):
            # "the expert said", "the analyst noted": the deputy head of a research centre, or the journalist,
            # the text introduced before
            return True
        return bool(re.search(rf"{_NOT_DEPUTY}\b{re.escape(noun)}\s+(?:\S+\s+)?$", self.text[max(0, start - 40):start],
                              re.IGNORECASE))

    def _unknown_name(self, words: list[str]) -> Speaker | None:
        tail = []
        body = words[-1] in NON_NAME_WORDS  # "Energy Agency": title words may name a body, never a person
        for word in reversed(words):
            if word[:1].isupper() and word not in FUNCTION_WORDS and (body or word not in TITLE_WORDS) \
                    and word.rstrip(",") not in _CALENDAR:
                tail.insert(0, word)
            else:
                break
        if not tail or len(tail) > 4 or _POSSESSIVE.search(tail[-1]) and tail[-1][-1:] in "sS’'":
            return None  # "Mrs. Clinton's" modifies the noun after it; the owner is not the one who speaks
        owner = max((i for i, w in enumerate(tail[:-1]) if re.search(r"[’']s$", w)), default=None)
        if owner is not None and self._names_a_person(" ".join(tail[owner + 1:])):
            tail = tail[owner + 1:]  # "says EU’s Kallas": the person after the owner's possessive
        known = self.by_name(" ".join(tail))
        alias = None if known else self.registry.lookup(" ".join(tail).rstrip(","))
        if alias is not None and alias.kind == "person":  # "Andrii Yermak" is the registry's Andriy Yermak
            known = self.by_name(alias.name)
        if known:
            return self.person_speaker(known)
        if len(tail) == 2 and (tail[0] in NATIONALITIES or tail[0] in DEMONYMS) and tail[1] not in NON_NAME_WORDS:
            tail.pop(0)  # "the Afghan Taliban" is the Taliban; the Swedish Prosecution Authority keeps its name
        if len(tail) == 1 and (tail[0] in NATIONALITIES or tail[0] in DEMONYMS):
            return Speaker(None, "other")  # "the Russian said": someone of that nation, unnamed; never a name
        side = DEMONYMS.get(tail[0][:-1]) if len(tail) == 1 and tail[0].endswith("s") and len(words) >= 2 \
            and words[-2].lower() == "the" else None
        if side is not None and self.registry.get(side) is not None:
            return Speaker(side, "official")  # "the Russians said they would …": the Russian side, the state (not
            # "most Americans say", a public)
        near = self._spelt_alike(tail) or self._by_given_name(tail)
        if near:
            return self.person_speaker(near)
        name = self._spelled_out(" ".join(tail))
        return Speaker(name, body_role(name))

    def _spelt_alike(self, tail: list[str]) -> Person | None:
        """"Lavro said" after "Sergei Lavrov": the one person the text names whose surname, or whose given name
        before the same surname, the words misspell."""
        words = [_POSSESSIVE.sub("", w).rstrip(",") for w in tail]
        alike = set()
        for s, e, person in self.mentions:
            named = self.text[s:e].split()
            if misspelt(words[-1], named[-1]) and (len(words) == 1 or len(named) > 1 and words[0] == named[0]) \
                    or len(words) == 2 == len(named) and words[1] == named[1] and misspelt(words[0], named[0]):
                alike.add(person.name)
        return self.by_name(alike.pop()) if len(alike) == 1 else None

    def _by_given_name(self, tail: list[str]) -> Person | None:
        """"Donald asked me …" in Putin's words, the text naming Donald Trump: a given name alone is the one person
        the text names with it."""
        if len(tail) != 1:
            return None
        named = {m[2].name: m[2] for m in self.mentions if len(m[2].name.split()) >= 2}
        found = [person for name, person in named.items() if name.split()[0] == tail[0]]
        return found[0] if len(found) == 1 else None

    def _names_a_person(self, name: str) -> bool:
        actor = self.registry.lookup(name)
        return self.by_name(name) is not None or actor is not None and actor.kind == "person"

    def _spelled_out(self, name: str) -> str:
        """"CBP said" after "Customs and Border Protection": an acronym is the body the text spelled out."""
        if not _ACRONYM.fullmatch(name):
            return name
        letters = name.replace("&", "")
        for match in _BODY_NAME.finditer(self.text):
            full = match.group()[4:] if match.group().startswith("The ") else match.group()  # (a sentence's "The")
            named = full.split()
            words = [w for w in named if w[:1].isupper()]
            # the acronym may leave out a company suffix, a leading nationality ("the Chinese Center for Disease
            # Control" is China's CDC) or a last "and …" ("Centers for Disease Control and Prevention": CDC)
            shortened = words[1:] if words[0] in NATIONALITIES or words[0] in DEMONYMS else words
            short = "".join(w[0] for w in shortened)
            initials = {"".join(w[0] for w in words), short,
                        short[:-1] if named[-2:-1] == ["and"] or words[-1] in _COMPANY_SUFFIXES else ""}
            if letters in initials:
                return _POSSESSIVE.sub("", full)  # ("the Russian Foreign Ministry’s journal": the ministry)
        return name

    def body_opening(self, pos: int) -> Speaker | None:
        """"The Afghan Taliban claimed the attack, which it said …": the state or body that opens the sentence
        holding `pos`, the antecedent of an "it" inside it."""
        starts = [m.end() for m in _SENTENCE_START.finditer(self.text, max(0, pos - 400), pos)]
        if not starts:
            return None
        opening = re.match(r"[^,;:“”\"]{1,60}?(?=,|\s+(?:has|have|had|is|was|[a-z]+ed|[a-z]+s)\b)", self.text[starts[-1]:pos])
        if opening is None or re.match(r"\s*(?:It|He|She|They)\b", opening.group()):
            return None
        who = self.subject(starts[-1], starts[-1] + opening.end())
        return who if isinstance(who, Speaker) and who.name and not who.is_person else None

    def body_opening_before(self, pos: int, reach: int = 400) -> str | None:
        """The institution that opens one of the two sentences before `pos` ("Customs and Border Protection, part
        of …, did not accept the offer."): known as a public body or by an acronym the text also uses."""
        window_start = max(0, pos - reach)
        starts = [m.end() for m in _SENTENCE_START.finditer(self.text, window_start, pos)]
        for start in reversed(starts[-3:-1] if len(starts) > 1 else starts):
            match = _BODY_NAME.match(self.text, start)
            if match is None or self.people_between(match.start(), match.end()):
                continue
            name = match.group()
            initials = "".join(w[0] for w in name.split() if w[:1].isupper())
            if public_body(name) or re.search(rf"\b{initials}\b", self.text):
                return name
        return None

    def listed_before(self, pos: int, reach: int = 1500) -> list[Speaker]:
        """The people of the latest sentence before `pos` that lists three or more of them ("Mark Rutte, Ursula von
        der Leyen, … and Emmanuel Macron attended the talks"): whom "the leaders" then means."""
        named = [(s, e, p) for s, e, p in self.mentions if pos - reach <= s < pos]
        chains: list[dict[str, Person]] = []
        chain: dict[str, Person] = {}
        for n, (s, e, person) in enumerate(named):
            if n and not _LISTED.fullmatch(self.text, named[n - 1][1], s):
                chains.append(chain)
                chain = {}
            chain[person.name] = person
        chains.append(chain)
        listed = [people for people in chains if len(people) >= 3]
        return [self.person_speaker(p) for p in listed[-1].values()] if listed else []

    def included_before(self, pos: int) -> list[Speaker]:
        """The members a group subject lists with "including" in the sentence before `pos` ("The leaders, including
        Keir Starmer and Friedrich Merz, said", "The leaders — including the British prime minister, French president
        and German chancellor — said"): the people named there and the holders of the offices named there."""
        start = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, 0, pos)), default=0)
        listing = _INCLUDING_LIST.search(self.text, start, pos)
        if listing is None:
            return []
        a, b = listing.span("members")
        found = [(s, self.person_speaker(p)) for s, _, p in self.people_between(a, b)]
        if not found:
            for office in re.finditer(r"[^,]+", re.sub(r"\s+and\s+", ",", self.text[a:b])):
                holder = self.registry.office_holder(office.group().strip())
                if holder is not None and holder.kind == "person":
                    found.append((a + office.start(), Speaker(holder.name, holder.role, None, True)))
        members: dict[str, Speaker] = {}
        for _, speaker in sorted(found, key=lambda f: f[0]):
            members.setdefault(speaker.name, speaker)
        return list(members.values()) if len(members) >= 2 else []

    def group_before(self, pos: int) -> list[Speaker]:
        """Whom a "they" at `pos` means when the sentence before it opens with a group of people: the members it
        lists ("The leaders, including Emmanuel Macron, Keir Starmer and Friedrich Merz, met … They later released a
        joint statement") or the people its subject joins ("Witkoff and Kushner met Putin … They said …")."""
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, 0, pos)]
        if not breaks:
            return []
        start, end = (breaks[-2] if len(breaks) > 1 else 0), breaks[-1]
        listed = group_members(self.text, start, end)
        if listed:
            people = self.people_between(*listed)
        else:
            people = []
            for mention in self.people_between(start, end):
                if mention[0] != (people[-1][1] if people else start) and not (
                        people and _LISTED.fullmatch(self.text, people[-1][1], mention[0])):
                    break
                people.append(mention)
            if not _SUBJECT_ENDS.match(self.text, people[-1][1] if people else start, end):
                people = []
        members: dict[str, Speaker] = {}
        for _, _, person in people:
            members.setdefault(person.name, self.person_speaker(person))
        return list(members.values()) if len(members) >= 2 else []

    def unnamed_group_before(self, pos: int) -> bool:
        """A "they" at `pos` follows a sentence that opens with a group its subject names no one of ("On Saturday,
        the leaders of France, Germany and Ukraine met in Kyiv. They agreed …", "Leaders of the coalition met on
        Tuesday, joined by Zelensky. They noted …"): the group, unnamed, speaks; not a person named elsewhere."""
        breaks = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(self.text, 0, pos)]
        for start, end in list(zip(breaks, breaks[1:]))[::-1][:_THEY_CHAIN]:
            opening = unnamed_group(self.text, start, end)
            if opening is not None:
                return not self.people_between(*opening)
            if not re.match(r"\s*They\s", self.text[start:end]):
                return False  # ("They agreed …. They concurred …": the chain goes back to the group)
        return False

    def named_body(self, noun: str, before: int) -> str | None:
        """The organisation "the group" or "the coalition" means: the name the text set beside that noun ("The group,
        WeWorkers Coalition,", "a group called …") or the last name ending with it ("the WeWorkers Coalition")."""
        text = self.text[:before]
        beside = list(re.finditer(rf"\b(?:[Tt]he|[Aa]) {noun}(?:,| called| named| known as)\s+(?:the\s+)?"
                                  rf"((?:[A-Z][\w’'&-]*\s+){{0,4}}[A-Z][\w’'&-]*)", text))
        ending = list(re.finditer(rf"\b((?:[A-Z][\w’'&-]*\s+){{1,4}}{noun.capitalize()})\b", text))
        found = max(beside + ending, key=lambda m: m.start(), default=None)
        return found.group(1) if found else None

    def named_group(self, noun: str, before: int) -> Speaker | None:
        """"the doctors said" after "Doctors for Camp Closure": a group whose name opens with the noun and a
        linking word ("Doctors Without Borders", "Mothers Against Drunk Driving")."""
        pattern = rf"\b{re.escape(noun.capitalize())}\s+(?:for|against|without|of|in)\s+(?:the\s+)?[A-Z][\w’'-]*" \
                  rf"(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][\w’'-]*)*"
        match = re.search(pattern, self.text[:before])
        return Speaker(match.group(), "other") if match else None


_PLACED_BODY = re.compile(r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w.’'-]*\s+){0,3})((?:[a-z]+\s+){0,2}(?:commission|committee|"
                          r"agency|authority|bureau|department|council|board|administration))\s*$")


_NAME_AS_MODIFIER = re.compile(r"\s+(?:administration|campaign|government|team|camp)\s+(?:[a-z]+\s+)?(?:official|"
                               r"officials|aide|aides|adviser|advisers|source|sources|spokesman|spokeswoman)\b")
_NAMED_MINISTRIES = {"State Department": "United States", "Department of State": "United States",
                     "Pentagon": "United States", "Foreign Office": "United Kingdom",
                     "Foreign, Commonwealth and Development Office": "United Kingdom"}
_STATE_PREFIX = re.compile(r"^(?:[Tt]he\s+)?(?:(?:U\.S\.|US|United States|American|UK|British)\s+)?")
_AGED = re.compile(r"\s*(?:[Tt]he\s+)?\d{1,3}-year-old\s*")
# "the Centers for Disease Control", "the Commission on Presidential Debates" (not "Amnesty International on Tuesday")
_BODY_CONNECTOR = re.compile(r"\s(?:for|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                             r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                             r"[A-Z]")


def _whole_name_run(words: list[str], size: int) -> list[str]:
    """The last `size` words, stretched back over the capitalised words of a name they cut ("Berrien County Health
    Department officials": the county's name too)."""
    start = max(0, len(words) - size)
    if not words or words[-1].lower() not in GENERIC_SOURCES and words[-1].lower() not in _BODY_NOUNS:
        return words[start:]  # (only a body's officials or the body itself: "Insider Jason La Canfora" stays a name)
    while 0 < start and len(words) - start < 8 and words[start][:1].isupper() and words[start - 1][:1].isupper() \
            and words[start - 1] not in FUNCTION_WORDS and words[start - 1].lower() not in _DETERMINERS:
        start -= 1
    return words[start:]


def _body_of_body(words: list[str]) -> Speaker | None:
    """"the International Energy Agency’s Photovoltaic Power Systems Program": a body's unit, named after the body
    that owns it (the gold's name joins the two, without the possessive); only when the owner is itself a body."""
    run: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word in ("of", "for", "and")):
            break
        run.insert(0, word)
    bare = [_POSSESSIVE.sub("", w) for w in run]
    owner = next((i for i, w in enumerate(run) if _POSSESSIVE.search(w) and bare[i] in NON_NAME_WORDS), None)
    if owner is None or owner == len(run) - 1 or run[-1] not in NON_NAME_WORDS or run[0] in ("of", "for", "and"):
        return None
    name = " ".join(bare[i] if i == owner else w for i, w in enumerate(run))
    return Speaker(name, body_role(name))


def _is_apposition(tail: str, name_in_apposition: bool = False) -> bool:
    """Between a name and its verb: ", a Russia expert," or " of Boise State University"; a lone comma when the
    name itself stands in apposition ("Ukraine's foreign minister, Andrii Sybiha, said")."""
    tail = re.sub(r"^\s*\([^()]{1,40}\)", "", tail).strip()  # "Jim Jordan (R-Ohio), an oversight panel member,"
    if tail == ",":
        return name_in_apposition
    if tail.startswith((",", "—", "–", "--")) and tail.endswith((",", "—", "–", "--")) and "“" not in tail \
            and '"' not in tail:  # ", the chief executive of Ora Media -- the company that owns the show --"
        # a relative clause runs longer than a description: ", who has sought … and spoken to Putin six times …,"
        longest = 40 if re.match(r",\s+who\s", tail) else 25
        return 1 <= len(tail.strip(",—–- ").split()) <= longest
    return bool(re.fullmatch(r"(?:of|at|from)\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:of|for|and|the|[A-Z][\w.’'&-]*))*",
                             tail))
