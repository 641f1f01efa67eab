"""Experts in articles written in other languages: a name the text introduces with a commentator's noun of its own
language ("politolog Olena Kowalska", "Friedensforscherin Ursula Schröder", "Justin Massie, professeur …",
"dyrektor Ośrodka Studiów Wschodnich, Wojciech Konończuk", "Dış Politika Uzmanı Ferit Temur", "研究院副院长万青松").

The English people step needs English evidence (a role noun, an apposition, a speech verb), so in a German, Polish or
Turkish article it finds no commentator. Here each language's nouns for analysts, researchers, professors and
former diplomats are a list, because in each language they are one; the name is two or three capitalised words right
after the noun (academic titles skipped) or right before a comma that opens such a description. A director counts
only of a research body (an institute, a centre), as in English. Names the registry knows are its people, never
experts from here; Russian and Ukrainian names are put back in the nominative.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.foreign_speakers import nominative
from ingest.extract.inflection import analyzer
from ingest.extract.registry import Registry
from ingest.records import Person

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽА-ЯЁІЇЄҐ"
_NAME_WORD = rf"[{_UPPER}][\w’'-]*\w"
_TITLES = r"(?:(?:Prof|Dr|Doç|Doç\. Dr|dr hab|prof|dr|Mag|Ing|PhD)\.?\s+)*"
# What each language calls a commentator, as whole words ("Russland-Experte", "Nupi-forsker": compounds too).
_ROLES = {
    "de": r"[\w-]*(?:[Ee]xpert(?:e|in|en)|[Pp]olitolog(?:e|in)|[Pp]olitikwissenschaftler(?:in)?|[Aa]nalyst(?:in)?|"
          r"[Hh]istoriker(?:in)?|[Ff]orscher(?:in)?|[Ww]issenschaftler(?:in)?|[Pp]rofessor(?:in)?|[Kk]enner(?:in)?)|"
          r"(?:[Ee]hemalige[rn]?|[Ff]rühere[rn]?)\s+(?:[Bb]otschafter(?:in)?|[Dd]iplomat(?:in)?|[Gg]eneral)|[Ee]x-[Bb]otschafter(?:in)?",
    "fr": r"expert[e]?|politologue|politiste|analyste|chercheu(?:r|se)|professeu(?:r|re)|historien(?:ne)?|"
          r"spécialiste|géopolitologue|ancien(?:ne)?\s+(?:ambassadeu(?:r|rice)|diplomate)|général\s+à\s+la\s+retraite",
    "ru": r"эксперт\w*|политолог\w*|аналитик\w*|историк\w*|профессор\w*|исследовател\w*|востоковед\w*|американист\w*|"
          r"научн\w+\s+сотрудник\w*|бывш\w+\s+(?:посл\w*|дипломат\w*|помощник\w*|советник\w*|генерал\w*|"
          r"(?:спец)?представител\w*|посланник\w*)",
    "uk": r"експерт\w*|політолог\w*|аналітик\w*|історик\w*|професор\w*|дослідни\w*|сходознав\w*|"
          r"науков\w+\s+співробітник\w*|колишн\w+\s+(?:посл\w*|дипломат\w*|радни\w*|помічник\w*|генерал\w*|"
          r"(?:спец)?представник\w*)",
    "pl": r"ekspert\w*|politolog\w*|analityk\w*|analityczk\w*|historyk\w*|profesor\w*|badacz\w*|"
          r"by(?:ły|ła|łego|łej)\s+(?:ambasador\w*|dyplomat\w*|generał\w*)",
    "nl": r"[\w-]*(?:expert|deskundige|kenner)|politicoloog|analist|historicus|hoogleraar|onderzoeker|"
          r"oud-(?:diplomaat|ambassadeur|generaal)",
    "tr": r"\w*[Uu]zman(?!lar)\w*|[Aa]nalist\w*|[Ss]iyaset\s+[Bb]ilimci\w*|[Aa]kademisyen\w*|[Öö]ğretim\s+[Üü]yesi|"
          r"[Pp]rofesör\w*|[Aa]raştırmacı\w*|[Ee]ski\s+(?:[Bb]üyükelçi\w*|[Dd]iplomat\w*)",
    "no": r"[\w-]*(?:forsker\w*|ekspert\w*|statsviter\w*|analytiker\w*)|professor\w*",
    "sv": r"[\w-]*(?:forskare\w*|expert\w*|statsvetare\w*|analytiker\w*)|professor\w*",
    "fi": r"\w*(?:tutkija\w*|asiantuntija\w*)|professori\w*|analyytikko\w*",
}
# A director or head is a commentator only of a research body: the body's word follows the title in most of these
# languages ("Direktorin des Instituts", "dyrektor Ośrodka") and precedes it in Turkish ("Enstitüsü Müdürü").
_DIRECTORS = {
    "de": r"(?:[Ww]issenschaftliche[r]?\s+)?[Dd]irektor(?:in)?\s+(?:des|der)\s+\w*(?:[Ii]nstitut|[Zz]entrum|[Ss]tiftung)\w*",
    "fr": r"directeu(?:r|rice)\s+(?:de\s+recherche|(?:de\s+l['’]|du\s+)(?:[Ii]nstitut|[Cc]entre|[Oo]bservatoire))",
    "ru": r"директор\w*\s+(?:\w+\s+){0,2}?(?:институт|центр)\w*",
    "uk": r"директор\w*\s+(?:\w+\s+){0,2}?(?:інститут|центр)\w*",
    "pl": r"dyrektor\w*\s+(?:Ośrodka|Instytutu|Centrum|Fundacji)",
    "nl": r"directeur\s+van\s+(?:het\s+)?(?:[Ii]nstituut|[Cc]entrum)",
    "tr": r"(?:[Ee]nstitüsü|[Mm]erkezi)\s+(?:[Mm]üdürü|[Bb]aşkanı)",
    "no": r"(?:direktør|leder)\s+(?:ved|i)\s+\w*(?:institutt|senter)\w*",
}
# the body's own name after its noun, up to the comma before the person ("Ośrodka Studiów Wschodnich, Wojciech …")
_BODY_WORDS = r"[{u}][\w’'-]*(?:\s+[{u}][\w’'-]*){{0,5}}".format(u=_UPPER)
# An academic title alone marks a commentator in these languages' news ("Dr Patryk Tomaszewski zauważył").
_ACADEMIC = r"Prof\.|Dr\.?|Doç\.\s+Dr\.|dr\s+hab\.|Univ\.-Prof\."
# "бывший спецпредставитель США по Украине Курт Волкер": a state's abbreviation and short links of the office's
# complement between the noun and the name (the place that ends the complement is dropped by `_name`)
_LINKS = r"(?:по|в|во|на|при|из|для|у|з|зі|від|до)"
_PATRONYMIC = re.compile(r"(?:вич|вна|вича|вны|ьевич)$")
_CASE_SUFFIX = re.compile(r"[’'][a-zçğıöşü]{1,4}$")  # Turkish "Sivkov'a"


# Chinese writes no spaces: the role, then a name of two or three characters, then the verb or the preposition that
# goes on ("华东师范大学俄罗斯与欧亚研究院副院长万青松在接受……采访时表示").
_HAN = "\u4e00-\u9fff"
_ZH_ROLE = rf"(?:[{_HAN}]{{0,20}}?(?:大学|研究院|研究所|研究中心|学院|智库|中心))?[{_HAN}]{{0,8}}?" \
           r"(?:副?院长|副?所长|副?主任|副?教授|研究员|专家|学者|分析人士|分析师|分析家|政治学家|评论员)" \
           rf"(?:、前[{_HAN}]{{0,12}}?(?:代表|大使|外交官|官员))?"  # ("…分析家、前土耳其驻莫斯科贸易代表艾登·塞泽尔")
# a name of two or three characters, or a foreign name in transliteration with its middle dot ("艾登·塞泽尔")
_ZH_NAME = rf"[{_HAN}]{{1,6}}·[{_HAN}]{{1,8}}?|[{_HAN}]{{2,3}}"
_ZH_NEXT = r"(?=在|向|表示|认为|指出|称|说|对|接受|强调|分析|告诉|[，,：:])"
_ZH_VERBS = frozenset("在 向 表示 认为 指出 称 说 对 接受 强调 分析 告诉 介绍 补充 预计 警告".split())


@lru_cache(maxsize=16)
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern] | tuple[None, None]:
    if language == "zh":
        return re.compile(rf"(?P<role>{_ZH_ROLE})(?P<name>{_ZH_NAME}){_ZH_NEXT}"), None
    if language not in _ROLES:
        return None, None
    role = _ROLES[language] + (f"|{_DIRECTORS[language]}" if language in _DIRECTORS else "")
    # the noun, then (the body's name and a comma, for a director), academic titles, the name (up to six capitalised
    # words: "помощник Леонида Кучмы Олег Соскин" ends with the name, `_name` keeps the last two)
    before = re.compile(rf"(?<![\w-])(?P<role>{role}|{_ACADEMIC})(?![\w-])(?:\s+(?:[{_UPPER}]{{2,5}}|{_LINKS}))*"
                        rf"\s+(?:{_BODY_WORDS},\s+)?{_TITLES}"
                        rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}})")
    # the name, a comma, and a description that opens with the noun within its first three words
    after = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(?:[\w’'-]+\s+){{0,2}}?"
                       rf"(?P<role>{role})(?![\w-])")
    return before, after


def find_experts(text: str, language: str | None, registry: Registry, people: list[Person]) -> list[Person]:
    """Commentators named in a non-English text, as people of role "expert" (with every later mention of their
    surname); a person the people step already found is given the role and description instead."""
    before, after = _patterns(language or "")
    if before is None:
        return []
    found: dict[str, Person] = {}
    for pattern in (before, after):
        for match in pattern.finditer(text) if pattern is not None else ():
            name = _name(text, match, pattern is after)
            if language in ("ru", "uk"):
                name = nominative(name, language)
            words = name.split()
            if language == "zh" and (name in _ZH_VERBS or name[:2] in _ZH_VERBS or name[:1] in _ZH_VERBS):
                continue  # "该专家指出": the expert's verb, not a name
            if len(words) < (1 if language == "zh" else 2) or registry.lookup(name) or registry.lookup(words[-1]) \
                    or any(w.isupper() and len(w) > 1 for w in words):
                continue  # a registry person, or an abbreviation ("ABD Başkanı Donald Trump")
            description = " ".join(match.group("role").split())
            known = next((p for p in people if _surname_of(p.name) == _surname_of(name)), None)
            if known is not None:
                if not known.in_registry and known.role != "official":
                    known.role, known.description = "expert", known.description or description
                continue
            person = found.setdefault(_surname_of(name), Person(name, description, "expert", []))
            if len(name) > len(person.name):
                person.name = name
    for person in found.values():
        person.spans = _mentions(text, person.name, language)
    return sorted(found.values(), key=lambda p: p.spans[0] if p.spans else (len(text), len(text)))


def _name(text: str, match: re.Match, apposed: bool) -> str:
    """The name a pattern matched: four capitalised words after a noun are its complement and the name ("помощник
    Леонида Кучмы Олег Соскин"), so the last two; before an apposition, a capitalised word that opens the sentence
    is not part of it ("Écoutez Justin Massie, professeur …")."""
    words = [_CASE_SUFFIX.sub("", w) for w in match.group("name").split()]
    if len(words) >= 4:  # ("профессор Университета Юго-Восточной Норвегии Гленн Дизен": the body, then the name)
        words = words[-3:] if _PATRONYMIC.search(words[-2]) else words[-2:]
    if len(words) == 3 and not _PATRONYMIC.search(words[1]) and _is_place(words[0]):
        words = words[1:]  # ("… по Украине Курт Волкер": the complement's place, then the name)
    start = match.start("name")
    if apposed and len(words) == 3 and (start == 0 or text[:start].rstrip()[-1:] in ".!?:\n" or text[start - 1] == "\n"):
        words = words[1:]
    return " ".join(words)


def _is_place(word: str) -> bool:
    """A Russian or Ukrainian place name in any case ("Украине", "России")."""
    if not re.match(r"[А-ЯЁІЇЄҐ]", word):
        return False
    return any("Geox" in p.tag for lang in ("ru", "uk") for p in analyzer(lang).parse(word)[:2])


def _surname_of(name: str) -> str:
    return name.split()[-1].casefold()


def _mentions(text: str, name: str, language: str | None) -> list[tuple[int, int]]:
    """Every mention of the surname, inflected in the languages that decline names ("Tomaszewskiego", "Лісного")."""
    surname = name.split()[-1]
    if language == "zh":  # no spaces between words: the whole name wherever it stands
        return [m.span() for m in re.finditer(re.escape(surname), text)]
    stem = surname[:-1] if language in ("ru", "uk", "pl", "tr") and len(surname) > 4 else surname
    return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(stem)}\w{{0,4}}(?![\w-])", text)]
