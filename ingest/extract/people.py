"""Named people in an article: registry people by any of their forms, and people the registry does not know.

A capitalised sequence counts as a person only with evidence: a title before it ("Professor ..."), a role noun
("spokesman ..."), a describing appositive (", a foreign affairs analyst"), a speech verb ("... said"), or a
middle initial ("Mark N. Katz"). Each person keeps how the text describes them and every span that names them,
surnames and possessives included; spans cover the name only, never the title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.countries import country_names
from ingest.extract.registry import Registry, one_edit_apart
from ingest.extract.sentences import ABBREVIATIONS
from ingest.extract.speechverbs import AFTER_QUOTE_VERB, SPEECH_VERB
from ingest.extract.titles import (
    DEMONYMS, FUNCTION_WORDS, NATIONALITIES, NON_NAME_WORDS, ROLE_NOUNS_BEFORE, ROLE_TITLES, TITLE_WORDS,
    describes_person, held_office_once, role_of,
)
from ingest.records import Person

_AGE_AFTER = re.compile(r",\s+\d{1,3},")
_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_U = f"[{_UPPER}]"
_TOKEN = rf"(?:(?:{_U}\.){{2,3}}(?=[ \u00a0])|{_U}\w*(?:-\w+)*(?:[’'](?!s\b)\w+)?\.?)"  # ("K.P. Fabian")
_PARTICLE = r"(?:bin|ibn|al|el|de|da|di|du|van|von|der|den|la|le|dos|del|des|ben|abu)"
_SEQUENCE = re.compile(rf"(?<![\w.’'-]){_TOKEN}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0])?{_TOKEN})+")
_WORD = re.compile(r"\S+")
_INITIAL = re.compile(rf"^{_U}\.(?:{_U}\.)?$")
# (", American diplomat, …": a nationality opens the description too.)
_APPOSITIVE = re.compile(
    r"^,\s+((?:a|an|the|who|whose|former|senior|chief|top|deputy|(?:[A-Z][\w.-]*\s+){0,3}\w+[’']s|[a-z]\w*|"
    rf"(?:{'|'.join(sorted(set(NATIONALITIES) | set(DEMONYMS), key=len, reverse=True))})(?=\s+[a-z]))\b"
    r"(?:[^,.;:“”\"()\n]|(?<=\b[A-Z])\.){2,160}?)(?=,|(?<!\b[A-Z])\.(?:\s|$)|;|:|\)|\(|\n|$"
    r"|\s+(?:said|says|added|told|noted|stressed|explained|warned)[\s.])"  # ("…, a research fellow in … said.")
)
# ", who served in the Obama administration, including as ambassador to Russia,": the office the clause goes on to.
_CLAUSE_GOES_ON = re.compile(r"^,\s+((?:including|most recently|later|notably|and)\s+as\s[^,.;:“”\"()]{2,120}?)(?=[,;]|\.(?:\s|$)|$)")
# ", Washington State Department of Health public information officer,": an organisation, then the role.
_APPOSITIVE_ORG = re.compile(
    rf"^,\s+({_U}[^,.;:“”\"()]{{2,100}}?\s(?:{'|'.join(sorted(ROLE_NOUNS_BEFORE))}|officer|executive))(?=,)"
)
# ", Head of Research at ICICI Securities," / ", Director, IIFL Securities.": a capitalised title and its firm.
_APPOSITIVE_TITLE = re.compile(
    rf"^,\s+((?:CEO|COO|CFO|Co-founder|Co-Founder|Editor|Editor-in-Chief|Coordinator|Fellow|Lecturer|Adviser|Advisor|Head|Director|Deputy|Associate|Assistant|Professor|Research|Managing|Executive|Chief|Senior|Vice|Chairman|Chairwoman|President|Partner|Founder|"
    rf"Analyst|Economist|Strategist|Administrator)\b(?:[^,.;:“”\"()\n]|(?<=\b[A-Z])\.){{0,160}}?(?:,\s+{_U}[\w&’'-]*(?:\s+{_U}[\w&’'-]*){{0,4}})?)"
    r"(?:\s*\([A-Z]{2,8}\))?"  # "… at the Transatlantic Dialogue Center (TDC),"
    rf"(?=[,;]|\.(?:\s|$)|\n|$)"  # (a roster card's line ends its description)
)
# ", Lead Researcher at the Ethiopian Institute of Foreign Affairs,": any capitalised title before its organisation; kept
# only when the words describe a role (`role_of`), so that no place or outlet passes for a title.
_APPOSITIVE_CAPITALISED = re.compile(
    rf"^,\s+({_U}[\w-]*(?:\s+(?:and\s+)?{_U}[\w-]*){{0,4}}\s+(?:at|of|with|for|in|from)\s+(?:the\s+)?{_U}[^,.;:“”\"()\n]{{1,100}}?)"
    rf"(?=[,;]|\.(?:\s|$)|\n|$)"  # ("Claude and Lore Kelly Professor in European Studies": a named chair)
)
# ", president of Chapter & Verse, a Spokane advertising agency,": what the organisation is, for the role.
_ORG_APPOSITIVE = re.compile(r"^,\s+((?:a|an|the)\s[^,.;:“”\"()]{2,80})(?=[,.;]|$)")
_OF_ORGANISATION = re.compile(rf"\b(?:of|at)\s+(?:the\s+)?{_U}[^,]*$")
_COPULA = r"\s+(?:is|was|has been)\s+((?:a|an|the)\s[^,.;:“”\"()]{2,160}?)(?=[,.;](?:\s|$))"
_AFFILIATION = re.compile(
    rf"^\s+((?:of|at|from)\s+(?:the\s+)?{_U}[\w’'-]*(?:\s+(?:of|for|and|on|the|&|{_U}[\w’'-]*))*)"
)
# Lower-case words that qualify a role noun before a name ("political scientist", "military expert").
_SERVICES = frozenset({"Army", "Navy", "Force", "Corps", "Guard", "Marines"})
_BODY_ENDS = _SERVICES | frozenset({"Center", "Centre", "Institute", "University", "Council", "Foundation", "Club",
                                    "School", "College", "Academy", "Technologies", "Studies", "Affairs", "Forces",
                                    "Agency", "Commission", "Committee", "Ministry", "Department", "Fund", "Program",
                                    "Programme", "Initiative", "Network", "Society"})
_ROLE_MODIFIERS = frozenset("""political military geopolitical international foreign policy security defence defense
independent senior leading prominent veteran renowned seasoned noted economic legal regional energy nuclear prime finance interior justice
trade economy lieutenant brigadier major""".split())  # "retired lieutenant Colonel", "major general'
# A description that opens the sentence and ends at a comma before the name: "The Kremlin's spokesman, Dmitry
# Peskov", "Political analyst and head of the Centre for Applied Political Studies “Penta,” Volodymyr Fesenko".
_ROLE_OPENING = "|".join(sorted(w.capitalize() for w in ROLE_NOUNS_BEFORE | _ROLE_MODIFIERS | {"former", "retired"}))
_APPOSITIVE_BEFORE = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=,\s))((?:[Tt]he|[Aa]n?|\w+[’']s|well-known|prominent|leading|renowned|noted|veteran|"
    rf"(?:{_ROLE_OPENING})(?=\s))\s+"
    r"(?:[^,.;:“”\"()]|“[^“”,]{1,40},?”|\([A-Z][A-Za-z]{1,9}\)){2,110}?)(?:,|(?<=,”))\s+$"  # ("… War (ISW),")
)
_NOT_DESCRIPTIONS = frozenset({"according", "meanwhile", "however", "too", "though", "though,", "in", "on", "at", "for", "who",
                               "whose", "and", "but", "or", "then", "also", "still", "now", "instead", "again", "has", "have",
                               "had", "is", "was", "were", "will", "would", "could", "can", "did", "does", "do",
                               "may", "might", "must", "should",
                               # ", believes that …", ", quoted by ARD": what the person thinks or where they spoke
                               "believes", "thinks", "considers", "expects", "doubts", "fears", "hopes", "predicts",
                               "argues", "insists", "suggests", "notes", "writes", "explains", "stresses",
                               "emphasizes", "emphasises", "recalls", "quoted", "cited", "speaking", "writing",
                               "interviewed", "reached", "contacted",
                               # ("…, and Polish Prime Minister Donald Tusk, met with …": the list's verb after its
                               # closing comma)
                               "met", "spoke", "held", "arrived", "visited", "travelled", "traveled", "attended",
                               "signed", "gathered", "flew"})
_TITLE_LINKS = frozenset({"of", "for", "to"})
# "He's a former ambassador to NATO." right after the sentence that names someone: a description of them.
# The office may come without an article ("He was deputy U.S. ambassador to the United Nations").
# After "served as" the office needs no article ("He served as U.S. ambassador to Ukraine under President Bush").
_PRONOUN_COPULA = re.compile(r"\s*(?:He|She)(?:(?:[’']s| is| was| has been| was once)\s+"
                             r"(?=(?:a|an|the)\s|(?:deputy|senior|former|chief|acting|assistant|executive|head|"
                             r"director|professor|president|vice|co-?founder|founder|chair)\b)| served as\s+)"
                             r"((?:[^.;:“”\"()]|(?<=\b[A-Z])\.){2,160}?)(?=[,;](?:\s|$)|(?<!\b[A-Z])\.(?:\s|$))")
# A sentence about the person before their description: "She followed the meeting from Odesa. She's the director …"
_PRONOUN_SENTENCE = re.compile(r"\s*(?:He|She)\s[^.!?“”\"]{2,200}?[.!?]\s")
_PAST_OFFICE_CLAUSE = re.compile(r"who (?:(?:served|was|had been|spent \w+ years) (?:as |the |a |an )"
                                 r"|(?:served|worked) (?:in|at|for|under) "
                                 # ("who was U.S. ambassador to Russia from 2012 to 2014": a bare office)
                                 r"|(?:was|had been) (?:[A-Z][\w.]*\s+){0,3}(?:ambassador|envoy|minister|secretary|"
                                 r"director|adviser|advisor|commander|negotiator|chief|head)\b)")
# ", who teaches at …": a present occupation in a relative clause describes the person as an appositive would.
_OCCUPATION_CLAUSE = re.compile(r"who (?:\w+ (?:\w+ )?(?:and )?)?(?:teaches|lectures|heads|directs|chairs|leads|runs|works|"
                                r"researches|studies|specializes|specialises)\b")
_PAST_MARKERS = frozenset({"former", "retired", "ex-"})
_RETIRED_AFTER = frozenset({"ret.", "retd.", "retd"})
_RETIRED_PAREN = re.compile(r"\s*\((?:ret|retd)\.?\)")
_NAMED_SPEAKER = re.compile(rf"{_U}\w+\s+{_U}\w+\s+(?:{SPEECH_VERB.pattern})")
_SPEECH_AFTER = re.compile(rf"^(?:,[^,]{{2,160}},|,)?\s+(?:[a-z]+ly\s+|has\s+|had\s+|also\s+|further\s+)?"
                           rf"(?:{SPEECH_VERB.pattern})")  # "…, Pankaj Saran, stated": the name in apposition
_ORIGIN_SUFFIXES = ("-born", "-based", "-raised", "-led", "-backed")  # "Australian-born Assange"
_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
# ("Special Representative for Ukraine’s Economic Recovery": a possessive before the words does not make them a name)
_OF_BODY = re.compile(r"\b[A-Z][\w’'-]*\s+(?:of|for|against|without)\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?$")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+$")
_SPEECH_BEFORE = re.compile(r"(?:\b(?:said|says|added|told|according to|wrote|asked)\s+"
                            # '…, commented Matthew Chance from CNN': an inverted verb after the words reported
                            r"|,[”\"’]?\s+(?:commented|comments|noted|notes|explained|explains|stressed|stresses|"
                            r"emphasi[sz]ed|emphasi[sz]es|argued|argues|warned|warns|believes|insisted|observed|"
                            r"remarked|concluded|suggested|writes|predicted|predicts)\s+)$")


@dataclass
class _Found:
    person: Person
    surname: str | None  # searched again for later mentions (people outside the registry)


@dataclass(frozen=True)
class _Forms:
    """A registry's person forms as one pattern, and every non-person alias (never part of a name)."""

    registry: Registry
    pattern: re.Pattern
    by_form: dict[str, str]
    place_words: frozenset[str]
    given_names: frozenset[str]  # the words before the surname in any registry person's forms ("Vladimir")


_cache: list[_Forms] = []


def find_people(text: str, sentences, registry: Registry) -> list[Person]:
    """Every named person, in order of first mention."""
    forms = _forms(registry)
    found: dict[str, _Found] = {}
    claimed: list[tuple[int, int]] = []
    _registry_people(text, registry, forms, found, claimed)
    _other_people(text, forms, found, claimed)
    _honorific_surnames(text, forms, found, claimed)
    _transcript_labels(text, registry, found, claimed)
    _roster_lines(text, registry, found, claimed)
    _surname_mentions(text, found, claimed)
    _knighted_given_names(text, found, claimed)
    people = [f.person for f in found.values()]
    for person in people:
        person.spans.sort()
    return sorted(people, key=lambda p: p.spans[0])


def _forms(registry: Registry) -> _Forms:
    for cached in _cache:
        if cached.registry is registry:
            return cached
    by_form: dict[str, str] = {}
    place_words: set[str] = set()
    for actor in registry.actors:
        if actor.kind != "person":
            for alias in registry.forms(actor):
                place_words.update(alias.split())
            continue
        for form in registry.forms(actor):
            bare = _strip_titles(form)
            if bare:
                by_form.setdefault(bare, actor.name)
                # "Ursula Von der Leyen": some outlets capitalise the particle that opens the surname
                by_form.setdefault(re.sub(r"(?:(?<=\s)|^)(von|van|de|der|den|del|della|di|du|la|le|al|bin|ibn)(?=\s)",
                                          lambda m: m.group(1).capitalize(), bare, count=1), actor.name)
    alternatives = "|".join(re.escape(f) for f in sorted(by_form, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w]|-\w*[a-z])")
    given_names = frozenset(word for form in by_form for word in form.split()[:-1])
    forms = _Forms(registry, pattern, by_form, frozenset(place_words), given_names)
    _cache[:] = [forms]
    return forms


def _strip_titles(form: str) -> str:
    words = form.split()
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def _registry_people(text: str, registry: Registry, forms: _Forms, found: dict, claimed: list) -> None:
    for match in forms.pattern.finditer(text):
        if _another_given_name(text, match, forms):
            continue  # "Melania Trump", "Hunter Biden": the registry surname of someone else, found as a name later
        name = forms.by_form[match.group()]
        actor = registry.get(name)
        _registry_mention(text, forms, found, claimed, name, actor.role if actor else "official", *match.span())


def _registry_mention(text: str, forms: _Forms, found: dict, claimed: list, name: str, role: str, start: int,
                      end: int) -> None:
    """One more mention of the registry person `name` at text[start:end], with what the text says of them there."""
    entry = found.get(name)
    if entry is None:
        entry = found[name] = _Found(Person(name, None, role, [], True), None)
    entry.person.spans.append((start, end))
    claimed.append((start, end))
    entry.person.description = _richer(entry.person.description, describe(text, start, end, forms.place_words))


_GIVEN_BEFORE = re.compile(r"(?:^|(?<=[\s(“\"‘]))([A-Z][a-z]{2,})\s$")
_PATRONYMIC = re.compile(r"(?:vich|vych|ovna|evna|ivna)$")


def _another_given_name(text: str, match: re.Match, forms: _Forms) -> bool:
    """A registry surname alone ("Trump") right after a capitalised word that reads as a given name no registry
    person has ("Melania", "Ivanka"; not "Vladimir" in "Vladimir Zelensky", a patronymic, a title, or a word of
    a headline in title case)."""
    if " " in match.group():
        return False
    given = _GIVEN_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if given is None:
        return False
    word = given.group(1)
    if word in forms.given_names or _PATRONYMIC.search(word) or word.rstrip("s") in TITLE_WORDS \
            or _title_case_line(text, match.start()):
        return False
    return _is_name([(given.start(1), given.end(1), word), (match.start(), match.end(), match.group())], forms)


def _richer(known: str | None, new: str | None) -> str | None:
    """Keep an appositive ("the Kremlin spokesman") over a title; between titles, the longer one."""
    if known is None or new is None:
        return known or new
    return new if len(new.split()) > len(known.split()) and not known.startswith(("a ", "an ", "the ")) else known


def _other_people(text: str, forms: _Forms, found: dict, claimed: list) -> None:
    unproven: list[list] = []
    for match in _SEQUENCE.finditer(text):
        for start, end, words in _name_runs(text, match.start(), match.end(), claimed):
            titled = _strip_leading(words, forms.place_words)
            if titled is None:
                continue
            words, had_title = titled
            core = words[:-1] if words[-1][2] in _SUFFIXES else words  # "James P. Kennedy Jr."
            if len(core) < 2 or not _is_name(core, forms):
                continue
            start = words[0][0]
            if len(words) <= 3 and _OF_BODY.search(text, max(0, start - 60), start):
                continue  # "the Western District of New York": the end of an institution's name
            if _title_case_line(text, start):
                continue  # "Ex-Japan Envoy Pins Hopes on Signs of Ceasefire": a headline capitalises every word
            if not (had_title or _has_evidence(text, start, end, core)):
                unproven.append(words)
                continue
            if _initials([w for _, _, w in core], core[0][2]) and not (had_title or _described(text, start, end)):
                continue  # initials need a role: "AP News said" is an outlet
            name = " ".join(w for _, _, w in words)
            if not _registry_spelling(text, forms, found, claimed, start, end, name):
                _add_person(text, found, claimed, start, end, name, forms.place_words)
    for words in unproven:
        if _lengthens_known(found, claimed, words):
            continue
        shared = _shared_apposition(text, found, words)
        if shared is not None:  # "American Kevin King and Australian Timothy Weeks, both professors at …"
            name = " ".join(w for _, _, w in words)
            found[name] = _Found(Person(name, shared.description, shared.role, [], False), _surname(name))
            found[name].person.spans.append((words[0][0], words[-1][1]))
            claimed.append((words[0][0], words[-1][1]))
            continue
        words = _given_and_surname(words)
        name = " ".join(w for _, _, w in words)
        if _registry_spelling(text, forms, found, claimed, words[0][0], words[-1][1], name):
            continue
        if _surname_speaks(text, _surname(name), words[0][0], words[-1][1]):
            _add_person(text, found, claimed, words[0][0], words[-1][1], name, forms.place_words)


# "Defence Secretary Mr Healey said": British copy may name someone only by courtesy title and surname; the title
# makes the surname a person's, so a later "he added" can find them.
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][a-z’'-]+)\b(?![\w’'-]|\s+[A-Z])")


# "President Ramaphosa reiterated …", "Ramaphosa says": an office's title before a surname the text never gives in
# full is a person when the surname speaks elsewhere ("Secretary General" and "President Biden's team" aside).
_OFFICE_NAME = re.compile(r"\b(?:President|Prime Minister|Chancellor|Premier|Minister|Secretary|Ambassador|Senator|"
                          r"Governor|Commissioner|Envoy)\s+([A-Z][a-z’'-]+)\b(?![\w’'-]|\s+[A-Z])")


def _honorific_surnames(text: str, forms: _Forms, found: dict, claimed: list) -> None:
    titled = [(m, True) for m in _HONORIFIC_NAME.finditer(text)] + [(m, False) for m in _OFFICE_NAME.finditer(text)]
    for match, courtesy in sorted(titled, key=lambda t: t[0].start(1)):
        start, end = match.span(1)
        surname = match.group(1)
        if any(a < end and start < b for a, b in claimed) or surname in NON_NAME_WORDS or surname in FUNCTION_WORDS \
                or surname in TITLE_WORDS or any(entry.surname == surname for entry in found.values()) \
                or forms.registry.lookup(surname) is not None \
                or not courtesy and not _surname_speaks(text, surname, start, end):
            continue  # ("Mr President" is an office; a name the text gave in full is found by the surname pass)
        _add_person(text, found, claimed, start, end, surname, forms.place_words)


def _registry_spelling(text: str, forms: _Forms, found: dict, claimed: list, start: int, end: int, name: str) -> bool:
    """"Rustem Umerow", "Andrey Yermak": a registry person's name in another transliteration is that person."""
    actor = forms.registry.lookup(name)
    if actor is None or actor.kind != "person":
        return False
    _registry_mention(text, forms, found, claimed, actor.name, actor.role, start, end)
    surname = name.split()[-1]
    if surname not in forms.by_form:  # "Serhiy Kislitsa" … "Kislitsa's interview": the text's own spelling
        found[actor.name].surname = surname
    return True


_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with vs".split())


def _title_case_line(text: str, at: int) -> bool:
    """The line holding `at` is a headline in title case: most of its words, small words aside, capitalised."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].strip()
    words = [w for w in line.split() if w.lower() not in _SMALL_WORDS]
    # (a label line "Fyodor Lukyanov, the editor-in-chief of Russia in Global Affairs:" introduces its words)
    return not line.endswith((".", "!", "?", "”", '"', ":")) and len(words) >= 5 \
        and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)  # (a sentence full of names ends with a stop)


def _lengthens_known(found: dict, claimed: list, words: list) -> bool:
    """"put Kathleen Hawk Sawyer in charge" before "Hawk Sawyer said": a run that is a known person's name with
    one more given name before it is that person's full name; the bare name again is another mention."""
    rest = " ".join(w for _, _, w in words[-2:])
    entry = next((f for f in found.values() if f.person.name == rest or f.person.name.endswith(f" {rest}")), None)
    if entry is None or entry.person.in_registry:
        return False
    if len(words) == 2:  # the name again, with no evidence of its own this time
        entry.person.spans.append((words[0][0], words[-1][1]))
        claimed.append((words[0][0], words[-1][1]))
        return True
    given = words[-3][2]
    if len(words) > 3 or _INITIAL.match(given):
        return False
    if entry.person.name != rest:
        return False
    name = f"{given} {rest}"
    found[name] = found.pop(rest)
    entry.person.name = name
    entry.person.spans.append((words[-3][0], words[-1][1]))
    claimed.append((words[-3][0], words[-1][1]))
    return True


def _given_and_surname(words: list) -> list:
    """The name in a longer capitalised run ("Public Prosecution Eva-Marie Persson"): the last two words, three
    with a middle initial."""
    if len(words) >= 3 and _INITIAL.match(words[-2][2]):
        return words[-3:]
    particle = next((i for i in range(1, len(words) - 1) if words[i][2].lower() in _SURNAME_PARTICLES), None)
    if particle is not None:
        return words[particle - 1:]  # "James Van Der Beek": the given name, then the surname its particles open
    return words[-2:]


def _surname_speaks(text: str, surname: str, start: int, end: int) -> bool:
    """A capitalised pair with no evidence of its own is a person when its surname alone speaks, takes a
    courtesy title or is the object of "said" elsewhere ("Michelle Hege’s response" ... "Hege said")."""
    if surname in NON_NAME_WORDS or surname in FUNCTION_WORDS:
        return False
    for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w]|-\w)", text):
        s, e = match.start(), match.end()
        if start <= s < end:
            continue
        before = text[max(0, s - 40):s]
        if _HONORIFIC_BEFORE.search(before) or _SPEECH_BEFORE.search(before):
            return True
        if _SPEECH_AFTER.match(text[e:e + 200]) and not _inside_other_name(text, s, e):
            return True
        if _AFTER_CLOSING_QUOTE.search(before) and AFTER_QUOTE_VERB.match(text, e + 1) \
                and text[e:e + 1] == " ":  # '“…,” McDowell laughed': a verb of speech only after a quote
            return True
    return False


_AFTER_CLOSING_QUOTE = re.compile(r"[,?!.][”\"]\s*$")


def _name_runs(text: str, start: int, end: int, claimed: list) -> list[tuple[int, int, list]]:
    """Split a capitalised run at sentence ends ("Katz. Russia") and at spans already taken by registry names."""
    runs, current = [], []
    for token in _WORD.finditer(text, start, end):
        word, t_start, t_end = token.group(), token.start(), token.end()
        if any(a < t_end and t_start < b for a, b in claimed):
            runs.append(current)
            current = []
            continue
        sentence_end = word.endswith(".") and not (_INITIAL.match(word) or word in ABBREVIATIONS)
        if sentence_end:
            word, t_end = word[:-1], t_end - 1
        current.append((t_start, t_end, word))
        if sentence_end:
            runs.append(current)
            current = []
    runs.append(current)
    return [(run[0][0], run[-1][1], run) for run in runs if run]


# Common nouns for a person that open a sentence before a name, capitalised only for that ("Employee Steve Castro").
_PERSON_NOUNS = frozenset("""employee worker passenger driver rider witness resident student teacher nurse officer
    agent guard customer owner manager neighbor neighbour volunteer soldier survivor victim shopper commuter
    bystander""".split())


def _strip_leading(words: list, place_words: frozenset[str]) -> tuple[list, bool] | None:
    """Drop what precedes a name: sentence words, titles, nationalities, places. A title inside the run ends
    what precedes ("Afghan President Ashraf Ghani"); a title word that ends the run is a surname ("Kevin King")."""
    had_title = False
    royal = next((i for i, (_, _, w) in enumerate(words[:-1]) if w in _ROYAL_TITLES), None)
    if royal is not None and len(words) - royal == 2 and words[-1][2][:1].isupper() \
            and words[-1][2] not in FUNCTION_WORDS and words[-1][2] not in TITLE_WORDS:
        return words[royal:], True  # "Prince Andrew", "Pope Francis": the title and one name are the name
    while words and (words[0][2] in FUNCTION_WORDS or words[0][2] in TITLE_WORDS or words[0][2] in DEMONYMS
                     or words[0][2] in NATIONALITIES or words[0][2] in ABBREVIATIONS or words[0][2] in place_words
                     or words[0][2].endswith(_ORIGIN_SUFFIXES) or words[0][2] in country_names()
                     or words[0][2] in _SERVICES and len(words) > 2  # "of the US Army Earl Rasmussen"
                     or words[0][2].lower() in _PERSON_NOUNS and len(words) > 2):  # "Employee Steve Castro said"
        had_title = had_title or words[0][2] in TITLE_WORDS
        words = words[1:]
    # "first vice-president of the Center for Political Technologies Aleksei Makarkin": a body's name ends where
    # its last word of kind ends, and the person's name begins
    body_end = [i for i, (_, _, w) in enumerate(words[:-2]) if w in _BODY_ENDS]
    if body_end:
        words = words[body_end[-1] + 1:]
        had_title = True  # a post at a named body stands right before the name
    # "International Security Editor Nick Paton Walsh": a capitalised role noun inside the run is a title too
    inner = [i for i, (_, _, w) in enumerate(words[:-1])
             if w in TITLE_WORDS or w in NATIONALITIES or w.lower() in ROLE_NOUNS_BEFORE]
    if inner:
        had_title = had_title or any(words[i][2] in TITLE_WORDS or words[i][2].lower() in ROLE_NOUNS_BEFORE
                                     for i in inner)
        words = words[inner[-1] + 1:]
    # "Browns DL Sheldon Richardson", "Labour MP Jess Phillips": an all-capitals position code before a given name
    # and surname is a title, and so is what precedes it
    code = [i for i, (_, _, w) in enumerate(words[:-2]) if i and _POSITION_CODE.fullmatch(w)]
    if code:
        had_title = True
        words = words[code[-1] + 1:]
    if len(words) < 2:
        return None
    return words, had_title


_POSITION_CODE = re.compile(r"[A-Z]{2,3}")
_ROYAL_TITLES = frozenset("Prince Princess King Queen Pope Emir Sheikh Sheikha Crown".split())


def _is_name(words: list, forms: _Forms) -> bool:
    tokens = [w for _, _, w in words]
    if _INITIAL.match(tokens[-1]) or tokens[-1] in ABBREVIATIONS:
        return False
    if tokens[-1] in TITLE_WORDS and (tokens[-1] in ABBREVIATIONS or tokens[-1] in ROLE_TITLES):
        return False
    if len(tokens) == 2 and tokens[0] in _ROYAL_TITLES and tokens[1] not in NON_NAME_WORDS | TITLE_WORDS:
        return tokens[1] not in FUNCTION_WORDS and tokens[1] not in forms.place_words and tokens[1] not in DEMONYMS
    if any(t in NON_NAME_WORDS or t in TITLE_WORDS or t in FUNCTION_WORDS or t in forms.place_words
           or t in DEMONYMS or (t.isupper() and len(t) > 1 and not _INITIAL.match(t) and not _initials(tokens, t))
           for t in tokens[:-1]):
        return False
    last = tokens[-1]
    if last in NON_NAME_WORDS or last in FUNCTION_WORDS or last in forms.place_words or last in DEMONYMS \
            or (last.isupper() and len(last) > 1):
        return False
    return len(tokens) <= 5


def _initials(tokens: list[str], token: str) -> bool:
    """"KP Fabian", "MK Bhadrakumar": two capitals without stops before a surname are the given names' initials,
    as South Asian names are often written; an abbreviation there ("AP News") has no role noun before it."""
    return len(tokens) == 2 and token is tokens[0] and len(token) == 2 and token.isalpha() and token.isupper() \
        and token not in ABBREVIATIONS and not tokens[1].isupper()


def _described(text: str, start: int, end: int) -> bool:
    """A role noun right before the name ("Former diplomat KP Fabian") or an apposition that describes a person."""
    before = text[max(0, start - 40):start].split()[-1:]
    if before and _role_noun(before[0].lower()):
        return True
    appositive = _APPOSITIVE.match(text[end:end + 200])
    return bool(appositive) and describes_person(appositive.group(1))


def _has_evidence(text: str, start: int, end: int, words: list) -> bool:
    if len(words) >= 3 and any(_INITIAL.match(w) for _, _, w in words[1:-1]):
        return True
    if _described(text, start, end):
        return True  # "analyst Jo Carr", "scholars Cui Hongjian and Sun Zhuangzhi", "Jo Carr, a foreign policy analyst"
    before = text[max(0, start - 40):start]
    after = text[end:end + 200]
    if _AGE_AFTER.match(after):
        return True  # "Jo Carr Jr., 55, …": only people are given an age
    appositive = _APPOSITIVE.match(after)
    if appositive and appositive.group(1).startswith(("who ", "whose ")):
        return True
    titled = _APPOSITIVE_TITLE.match(after)  # ", Associate Professor and Chair, …"
    if titled and describes_person(titled.group(1)):
        return True
    if _SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before):
        return True
    affiliation = _AFFILIATION.match(after)  # "Patrick Shea from Glasgow University wrote"
    if affiliation and role_of(affiliation.group(1)) == "expert":
        return True
    if described_before(text, start):
        return True
    title = title_before(text, start)  # (not "Chief Inspector of" before "Public Audit Lena-Maria Holt")
    if title and title.split()[-1] not in _TITLE_LINKS and describes_person(title):
        return True  # "retired lieutenant Colonel of the US Army Earl Rasmussen"
    described = pronoun_description(text, end)
    return bool(described) and describes_person(described[0])


_AND_NEXT = re.compile(r"\s+and\s+(?:[A-Z][\w’'-]*\s+)?")
_PLURAL_APPOSITION = ("both ", "the two ", "each ")


def _shared_apposition(text: str, found: dict, words: list) -> Person | None:
    """The person named right after "and" whose apposition speaks of two ("both professors at …"): it describes
    the name before the "and" too."""
    joined = _AND_NEXT.match(text, words[-1][1])
    if joined is None:
        return None
    return next((f.person for f in found.values() if not f.person.in_registry and f.person.spans
                 and f.person.spans[0][0] == joined.end() and f.person.description
                 and f.person.description.startswith(_PLURAL_APPOSITION)), None)


def _add_person(text: str, found: dict, claimed: list, start: int, end: int, name: str,
                place_words: frozenset[str]) -> None:
    entry = _same_person(found, name)
    if entry is None:
        description = describe(text, start, end, place_words) or copular_description(text, name.split()[-1])
        role = role_of(description)
        after = pronoun_description(text, end)
        if after and (description is None or (after[1] and len(description.split()) <= 2)):
            # "Ambassador Julianne Smith joins us. She served as the U.S. ambassador to NATO": the next sentence
            # says more than a bare title, and that the office was held once.
            description, past = after
            description = f"who was {description}" if past else description
            role = role_of(description)
        entry = found[name] = _Found(Person(name, description, role, [], False), _surname(name))
    elif len(name) > len(entry.person.name):
        found[name] = found.pop(entry.person.name)
        entry.person.name = name
        entry.surname = _surname(name)
    _fuller_description(text, entry, start, end, place_words)
    entry.person.spans.append((start, end))
    claimed.append((start, end))


def _fuller_description(text: str, entry: _Found, start: int, end: int, place_words: frozenset[str] = frozenset()) -> None:
    """"Dr. Greg Simons" first, "Simons, an expert on armed conflicts" later: a description that says who the
    person is replaces a bare title that said nothing of their role."""
    person = entry.person
    if person.role != "other" or (person.description and len(person.description.split()) > 1):
        return
    fuller = describe(text, start, end, place_words)
    if fuller and role_of(fuller) != "other":
        person.description, person.role = fuller, role_of(fuller)


def misspelt(written: str, name: str) -> bool:
    """A typo or another transliteration of a name the text spells right elsewhere ("Lavro", "Zelenksyy",
    "Skibitskyy" for Skibitskyi): one letter added, dropped, changed or two swapped, never the first letter, and only
    in a word long enough that one letter cannot make another name, nor a surname's feminine form."""
    if len(name) < 5 or written[:1] != name[:1] or written + "a" == name or name + "a" == written:
        return False  # (Ivanov and Ivanova are two people)
    return one_edit_apart(written, name)


def _surname(name: str) -> str:
    words = name.split()
    if words[-1] in _SUFFIXES and len(words) > 1:
        return words[-2]
    # "James Van Der Beek" is "Van Der Beek" later, "Ursula von der Leyen" "von der Leyen": the particles open it
    particle = next((i for i, w in enumerate(words[:-1]) if w.lower() in _SURNAME_PARTICLES), None)
    return " ".join(words[particle:]) if particle is not None else words[-1]


_SURNAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "del", "della", "des", "du", "le", "la",
                                "bin", "ibn", "al", "el", "dos", "das", "ter", "ten"})


# A broadcast transcript's first turn of a guest: "SABRINA SINGH, FORMER DEPUTY PENTAGON PRESS SECRETARY: I will
# say …". The name and description are in capitals only there; later turns are "SINGH: …".
_TRANSCRIPT_LABEL = re.compile(r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3}),\s+([A-Z][A-Z0-9 ,.'’&/()-]{3,160}?):\s",
                               re.MULTILINE)


def _transcript_labels(text: str, registry: Registry, found: dict, claimed: list) -> None:
    for match in _TRANSCRIPT_LABEL.finditer(text):
        start, end = match.span(1)
        if any(a < end and start < b for a, b in claimed):
            continue
        name = " ".join(w.capitalize() for w in match.group(1).split())
        known = registry.lookup(name)
        if known is not None or name.split()[0] in NON_NAME_WORDS or name.split()[-1] in NON_NAME_WORDS:
            continue  # a registry person is found by name; "WHITE HOUSE, …" is no person
        entry = _same_person(found, name)
        if entry is None:
            description = match.group(2).lower()
            entry = found[name] = _Found(Person(name, description, role_of(description), [], False), _surname(name))
        entry.person.spans.append((start, end))
        claimed.append((start, end))


# A think tank's roster of the experts it asked: "• Daniel Fried (@AmbDanFried): Weiser Family distinguished fellow …".
_ROSTER_LINE = re.compile(r"^[•·*–-]\s*((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+)\s*(?:\(@\w+\))?\s*:\s+([^\n]{3,200})$",
                          re.MULTILINE)
# A page of experts' comments laid out as cards: each one's name and title alone on a line ("Grigore Pop-Eleches,
# Professor of Politics and International Affairs"), their quoted words in the paragraphs under it. The name may
# stand twice, glued, where a photo's caption ran into it ("Harold JamesHarold James, …").
CARD_LINE = re.compile(r"^((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*),\s+([^\n“”\"]{3,200}[^\n.!?:;“”\"])\n+(?=[“\"])",
                       re.MULTILINE)
_GLUED_TWICE = re.compile(r"^(.+)\1$")
# The given names a roster's later lines use for its people ("Dan calls the proposal …" for Daniel Fried).
_SHORT_NAMES = {"Daniel": "Dan", "David": "Dave", "Michael": "Mike", "James": "Jim", "Robert": "Bob",
                "William": "Bill", "Thomas": "Tom", "Steven": "Steve", "Stephen": "Steve", "Christopher": "Chris",
                "Matthew": "Matt", "Alexander": "Alex", "Nicholas": "Nick", "Benjamin": "Ben", "Samuel": "Sam",
                "Anthony": "Tony", "Joseph": "Joe", "Edward": "Ed", "Richard": "Rick", "Elizabeth": "Liz",
                "Katherine": "Kate", "Andrew": "Andy", "Peter": "Pete", "Jeffrey": "Jeff", "Gregory": "Greg",
                "Frederick": "Fred", "Ronald": "Ron", "Jonathan": "Jon", "Timothy": "Tim", "Kenneth": "Ken",
                "Lawrence": "Larry", "Gabriel": "Gabe", "Nathaniel": "Nate", "Zachary": "Zach"}


def _roster_lines(text: str, registry: Registry, found: dict, claimed: list) -> None:
    """The people of a roster line, with the description after the colon; and, since such a piece then calls them
    by their given name ("John argues"), each given name (or its usual short form) that stands alone."""
    cards = [(match, False) for match in CARD_LINE.finditer(text)]
    for match, bulleted in [(match, True) for match in _ROSTER_LINE.finditer(text)] + cards:
        start, end = match.span(1)
        name, description = match.group(1), match.group(2).strip()
        if twice := _GLUED_TWICE.match(name):
            name, start = twice.group(1), start + len(twice.group(1))
        role = role_of(description)
        if registry.lookup(name) is not None or role == "other" and not held_office_once(description):
            continue
        entry = next((f for f in found.values() if any(a < end and start < b for a, b in f.person.spans)), None) \
            or _same_person(found, name)
        if entry is None:
            entry = found[name] = _Found(Person(name, description, role, [], False), _surname(name))
        elif entry.person.in_registry:
            continue
        elif entry.person.description is None:  # named earlier without a description: the roster gives it
            entry.person.description, entry.person.role = description, role
        if not any(a < end and start < b for a, b in claimed):
            entry.person.spans.append((start, end))
            claimed.append((start, end))
        if not bulleted:
            continue
        given = name.split()[0]
        for form in {given, _SHORT_NAMES.get(given, given)}:
            for m in re.finditer(rf"(?<![\w’'-]){re.escape(form)}(?![\w’'-])(?!\s+[A-Z])", text):
                if not any(a <= m.start() < b for a, b in claimed):
                    entry.person.spans.append(m.span())
                    claimed.append(m.span())


def _same_person(found: dict, name: str) -> _Found | None:
    tokens = name.split()
    for entry in found.values():
        if entry.person.in_registry:
            continue
        other = entry.person.name.split()
        if entry.surname == _surname(name) and other[0] == tokens[0]:  # "Jo Carr Jr." is "Jo B. Carr"
            return entry
        if len(tokens) > 1 and name == entry.surname or len(other) > 1 and entry.person.name == _surname(name):
            return entry  # "Van Der Beek" and "James Van Der Beek", in either order
        if len(tokens) > 1 and len(other) > len(tokens) and other[-len(tokens):] == tokens:
            return entry  # "Malmer Stenergard" after "Maria Malmer Stenergard": a double surname alone
    return None


# British usage names a knight or dame by the honorific and given name alone ("Sir Keir will convene …")
_KNIGHTED = re.compile(r"\b(?:Sir|Dame)\s+([A-Z][a-z’'-]+)\b(?![\w’'-]|\s+[A-Z])")


def _knighted_given_names(text: str, found: dict, claimed: list) -> None:
    """"Sir Keir" after "Sir Keir Starmer": the one person named so far with that given name."""
    for match in _KNIGHTED.finditer(text):
        s, e = match.span(1)
        if any(a < e and s < b for a, b in claimed):
            continue
        named = [f.person for f in found.values() if f.person.name.split()[0] == match.group(1)
                 and any(b <= s for a, b in f.person.spans)]
        if len(named) == 1:
            named[0].spans.append((s, e))
            claimed.append((s, e))


def _surname_mentions(text: str, found: dict, claimed: list) -> None:
    """Later "Katz" and "Katz’s" for people outside the registry; not inside another name ("Paul Allen")."""
    for entry in found.values():
        if entry.surname is None:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(entry.surname)}(?![\w]|-\w)", text):
            s, e = match.start(), match.end()
            if any(a < e and s < b for a, b in claimed) or _inside_other_name(text, s, e):
                continue
            entry.person.spans.append((s, e))
            claimed.append((s, e))
            _fuller_description(text, entry, s, e)
    _family_name_first(text, found, claimed)


def _family_name_first(text: str, found: dict, claimed: list) -> None:
    """"Liu said" after "Liu Xiaming": a name's first word alone, when it speaks or takes a courtesy title, is the
    person (the family name comes first in Chinese, Korean and Hungarian names) unless two people share it."""
    firsts = [e.person.name.split()[0] for e in found.values() if e.surname is not None]
    for entry in found.values():
        first = entry.person.name.split()[0]
        if entry.surname is None or firsts.count(first) > 1 or first == entry.surname or _INITIAL.match(first):
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w]|-\w)", text):
            s, e = match.start(), match.end()
            if any(a < e and s < b for a, b in claimed) or _inside_other_name(text, s, e):
                continue
            if _HONORIFIC_BEFORE.search(text[max(0, s - 8):s]) or _SPEECH_AFTER.match(text[e:e + 200]):
                entry.person.spans.append((s, e))
                claimed.append((s, e))


def _inside_other_name(text: str, start: int, end: int) -> bool:
    before = [w.rstrip("”\"’'") for w in text[max(0, start - 30):start].split()]  # 'Prisons,” Figgins said'
    if before and before[-1][:1].isupper() and before[-1] not in FUNCTION_WORDS and before[-1] not in TITLE_WORDS \
            and not before[-1].endswith((",", ".", ":", ";", "?", "!", "…")) and not _INITIAL.match(before[-1]):
        return True
    following = re.match(rf"\s+({_U}\w+)", text[end:end + 30])
    return bool(following) and following.group(1) not in FUNCTION_WORDS and text[end:end + 1] == " " \
        and not following.group(1)[0].isdigit() and _continues_name(following.group(1))


def _continues_name(word: str) -> bool:
    return word not in NON_NAME_WORDS or word in {"Jr", "Sr"}


def describe(text: str, start: int, end: int, place_words: frozenset[str] = frozenset()) -> str | None:
    """How the text describes the person named at text[start:end]: an appositive after or before the name
    ("Mark N. Katz, a Russia expert"; "Ukraine's president, Volodymyr Zelensky,"), else title (+ affiliation)."""
    after = text[end:end + 220]
    if after.startswith(("’s", "'s")):
        return None
    appositive = _APPOSITIVE.match(after) or _APPOSITIVE_ORG.match(after) or _APPOSITIVE_TITLE.match(after)
    if appositive is None:
        appositive = _APPOSITIVE_CAPITALISED.match(after)
        appositive = appositive if appositive and role_of(appositive.group(1)) != "other" else None
    said_after = None
    clause, rest = (appositive.group(1).strip(), after[appositive.end():]) if appositive else ("", "")
    if appositive and _ACCORDING_TO.search(text, max(0, start - 80), start) and not rest.startswith(",") \
            and not _TRAILING_ACCORDING_TO.search(text, max(0, start - 80), start):
        appositive = None  # "According to Robinder Sachdev, the Russian leader signals …": what he says, to its end
        # (but "…, according to Dana Whitlock, a professor at Harvard.": the words came before; this describes him)
    last = re.search(r"[A-Z][\w’'-]*\s+([A-Z][\w’'-]+)$", clause)
    if last and re.match(r"\s+[a-z]", rest) and last.group(1) not in NON_NAME_WORDS:
        appositive = None  # "for Donald Trump, the political scientist Ivan Dorn says": the verb's subject, not him
    goes_on = _CLAUSE_GOES_ON.match(rest) if clause.startswith("who ") else None
    if goes_on:
        clause = f"{clause}, {goes_on.group(1)}"
    if appositive and _describes(clause):
        said_after = _with_organisation(_and_later_segments(clause, rest), rest)
        if role_of(said_after) != "other":
            return said_after
    before = described_before(text, start)
    if before or said_after:
        return before or said_after  # ", spoke to TRT about …" after the name says less than a role before it
    title = title_before(text, start, place_words)
    retired = _RETIRED_PAREN.match(after)
    if retired and title:  # "Col. Richard Kemp (ret.) of the British Army"
        title, after = f"{title} (ret.)", after[retired.end():]
    affiliation = _AFFILIATION.match(after)
    if affiliation is None:
        return title
    if title and title not in ABBREVIATIONS:
        return f"{title} {affiliation.group(1)}"
    return affiliation.group(1)


# ", American diplomat, former Ambassador …, and currently Director of the Eurasia Center …": what the segments
# after an official's description add when they make him someone who held office once or an expert now.
_NEXT_SEGMENT = re.compile(r"^,\s+((?:and\s+)?(?:former|ex-|retired|currently|now|later)\b[^,.;:“”\"()]{2,160}?)"
                           r"(?=,|\.(?:\s|$)|;|$)")


def _and_later_segments(description: str, rest: str) -> str:
    if role_of(description) != "official" or held_office_once(description):
        return description
    segments = []
    for _ in range(3):
        segment = _NEXT_SEGMENT.match(rest)
        if segment is None:
            break
        segments.append(segment.group(1))
        rest = rest[segment.end():]
    longer = ", ".join([description, *segments])
    return longer if segments and (held_office_once(longer) or role_of(", ".join(segments)) == "expert") else description


def _with_organisation(description: str, rest: str) -> str:
    """"president of Chapter & Verse" + ", a Spokane advertising agency": what the organisation is decides
    whether its head speaks as an official, an expert or neither."""
    org = _ORG_APPOSITIVE.match(rest)
    if org and _OF_ORGANISATION.search(description):
        return f"{description}, {org.group(1).strip()}"
    return description


# (not after a preposition: "In a conversation with ETV Bharat, India’s former ambassador to Russia, Pankaj Saran")
_NAME_BEFORE_COMMA = re.compile(r"(?<!\bwith )(?<!\bto )(?<!\bby )(?<!\bfrom )(?<!\bon )(?<!\bfor )(?<!\bin )"
                                r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,\s+$")


def described_before(text: str, start: int) -> str | None:
    """The description that opens the sentence and ends at a comma right before the name, when it gives a role."""
    before = _APPOSITIVE_BEFORE.search(text, max(0, start - 160), start)
    if before is None or role_of(before.group(1)) == "other":
        return None
    if _NAME_BEFORE_COMMA.search(text, max(0, before.start() - 60), before.start()):
        return None  # "said Marina Miron, a researcher at King's College, Al Jazeera reported": Miron's apposition
    description = before.group(1)
    return description[:-2] + "”" if description.endswith(",”") else description


def copular_description(text: str, surname: str) -> str | None:
    """"Hege is the CEO of DH, the Spokane advertising ... firm": a sentence that opens with the surname."""
    pattern = rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?{re.escape(surname)}{_COPULA}"
    match = re.search(pattern, text, re.MULTILINE)
    if match is None or not _describes(match.group(1)):
        return None
    return _with_organisation(match.group(1), text[match.end():match.end() + 120])


def pronoun_description(text: str, end: int) -> tuple[str, bool] | None:
    """"We turn to Kurt Volker. He's a former ambassador to NATO.": the description in the sentence right after
    the one that names someone, and whether it is in the past ("He was the ambassador" held the office once)."""
    stop = re.search(r"[.!?][”\"]?\s", text[end:end + 300])
    if stop is None:
        return None
    match = _PRONOUN_COPULA.match(text, end + stop.end())
    if match is None and (between := _PRONOUN_SENTENCE.match(text, end + stop.end())):
        match = _PRONOUN_COPULA.match(text, between.end() - 1)
    if match is None or not _describes(match.group(1)):
        return None
    verb = text[match.start():match.start(1)]
    return match.group(1), " was " in verb or " served as " in verb


# (a title may stand between: "according to Professor John O’Brennan, that level of protection isn’t theatre")
_TITLED = r"(?:[A-Z][\w.’'-]*\s+){0,4}$"
_ACCORDING_TO = re.compile(r"\baccording to\s+" + _TITLED, re.IGNORECASE)
_TRAILING_ACCORDING_TO = re.compile(r",\s*according to\s+" + _TITLED, re.IGNORECASE)
# A finite verb with no relative pronoun before it: the words after the comma are a sentence, not a description.
_MAIN_CLAUSE = re.compile(r"^(?:the|a|an)\s(?:(?!\b(?:who|whose|which|that|where|and)\b)[^,])*?\b(?:is|are|was|were|has|"
                          r"have|had|will|would|can|could|must)\s+(?!been\b)", re.IGNORECASE)


def _describes(phrase: str) -> bool:
    first = phrase.split()[0]
    if _PAST_OFFICE_CLAUSE.match(phrase) or first == "now" and role_of(phrase) == "expert":
        return True  # ", who served as …"; ", now teaching at Tufts University’s Fletcher School"
    if _OCCUPATION_CLAUSE.match(phrase) and role_of(phrase) == "expert":
        return True  # ", who teaches at the Naval War College", ", who heads Moscow's Council for Foreign … Policy"
    if SPEECH_VERB.match(phrase) or first in _NOT_DESCRIPTIONS or (first.endswith("ly") and first.islower()):
        return False
    if _NAMED_SPEAKER.search(phrase):  # ", the political scientist Oleg Sahakyan says": another person speaking
        return False
    if _MAIN_CLAUSE.match(phrase):  # "According to Vasily Dandykin, the Ukrainian army is running out of …"
        return False
    return len(phrase.split()) <= 25


def _opens_title(word: str, place_words: frozenset[str]) -> bool:
    """A title starts with a title word, a role noun, a nationality or a place ("Deputy Director of Public
    Prosecution"), not with the sentence's first word ("When President ...")."""
    return word in TITLE_WORDS or _role_noun(word.lower()) or word in DEMONYMS or word in NATIONALITIES \
        or word in place_words


def _role_noun(word: str) -> bool:
    """A role noun, or its plural ("scholars", "analysts") before a list of names."""
    if "-" in word and word.split("-")[0] in ("vice", "co", "deputy", "ex"):
        word = word.split("-", 1)[1]  # "vice-president", "co-founder"
    return word in ROLE_NOUNS_BEFORE or (word.endswith("s") and word[:-1] in ROLE_NOUNS_BEFORE)


# "Chinese scholars Cui Hongjian and Sun Zhuangzhi": the plural role phrase describes both names.
_SHARED_TITLE = re.compile(r"((?:[A-Z][\w-]*\s+)?[a-z]+s)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+and\s+$")


_SECOND_ROLE = re.compile(r"\b([a-z]+)\s+and\s+(?:[a-z][\w-]*\s+){1,4}$")
_TERM_YEARS = re.compile(r"\((?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)?\d\d)?\)")


def title_before(text: str, start: int, place_words: frozenset[str] = frozenset()) -> str | None:
    """The title right before a name: "Secretary of State", "Former U.S. ambassador to Russia"; for the second of
    two names after a plural role ("scholars A and B"), that role."""
    shared = _SHARED_TITLE.search(text, max(0, start - 90), start)
    if shared and _role_noun(shared.group(1).split()[-1].lower()) and shared.group(1).split()[-1].lower() \
            not in ROLE_NOUNS_BEFORE:
        return shared.group(1)
    window = text[max(0, start - 90):start].split("\n")[-1]
    if window.rstrip().endswith((",", ";", ":", "(", "—")):
        return None
    last = window.split()[-1] if window.split() else ""
    if re.search(r"[a-z]{2}[.!?][”\"’']?$", last) and last not in TITLE_WORDS:
        return None  # "… Lt. Col. Karen Kwiatkowski.Zelensky Sidelined": the sentence before ends there
    second = _SECOND_ROLE.search(window)
    if second and _role_noun(second.group(1).lower()):
        # "political expert and current military serviceman Taras Berezovets": the title, then a second description
        head = title_before(text, start - len(window) + second.end(1), place_words)
        if head is not None:
            return f"{head} {window[second.end(1):].strip()}"
    kept: list[str] = []
    words = window.split()
    for at in range(len(words) - 1, -1, -1):
        word, left = words[at].strip("()"), words[at - 1].strip("()") if at else ""
        if word.endswith((",", ";", ":")):
            break
        if _TERM_YEARS.fullmatch(words[at]) and not kept:
            kept.insert(0, words[at])  # "Former Ukrainian Prime Minister (2010-2014) Nikolay Azarov"
            continue
        if word.lower() in _RETIRED_AFTER and at and left in TITLE_WORDS:
            kept.insert(0, "(ret.)")  # "British Army Col. (ret.) Richard Kemp": retired, after the rank
            continue
        # "founder and chairman of the Gulf Research Center Dr. Abdulaziz Sager": "of the" and "and" inside a title.
        if kept and ((word == "the" and left in _TITLE_LINKS)
                     or (word == "and" and _role_noun(left.lower()) and _role_noun(kept[0].lower()))):
            kept.insert(0, word)
            continue
        if word in TITLE_WORDS or word in DEMONYMS or _role_noun(word.lower()) or word in _TITLE_LINKS \
                or word in place_words or word in NATIONALITIES or word[:1].isupper() \
                or (word in _ROLE_MODIFIERS and kept and kept[0].lower() in ROLE_NOUNS_BEFORE | _ROLE_MODIFIERS) \
                or (word.lower() in _PAST_MARKERS and kept):
            kept.insert(0, word)
            continue
        break
    while kept and (kept[0] in _TITLE_LINKS or not (_opens_title(kept[0], place_words)
                                                     or kept[0].lower() in _ROLE_MODIFIERS  # ("Political scientist …")
                                                     or kept[0].lower() in _PAST_MARKERS)):
        kept.pop(0)
    if not any(w in TITLE_WORDS or _role_noun(w.lower()) for w in kept):
        return None
    return " ".join(kept)
