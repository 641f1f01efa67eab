"""Who a speaker phrase in Russian, Ukrainian, German or French names, for the reporting clauses foreign_quotes finds.

A registry person mentioned in it (in any inflected form: "Пескова" is Dmitry Peskov), else a pronoun ("он", "er",
"-t-il", "по его словам") for the subject of the nearest sentence naming a person, else a name the registry does
not know (put back in the nominative in Russian and Ukrainian), else a title alone ("пресс-секретарь Кремля", "der
Kanzler"): the person the article itself introduced with that title, or the title as written; a body after a
preposition ("сообщили в Кремле") is the body. Pronouns, titles and prepositions are lists, because in each
language they are one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.inflection import analyzer
from ingest.records import Mention, Quote

_PRONOUN = {"ru": r"он|она|его|ее|её", "uk": r"він|вона|його|її", "de": r"er|sie|seinen|ihren|ihm|ihr",
            "fr": r"il|elle|lui"}
# Words that start a speaker phrase naming an office, not a name ("глава МИД", "der Kanzler", "le porte-parole").
_TITLES = {
    "ru": r"пресс-секретар\w*|секретар\w*|глав\w*|министр\w*|президент\w*|представител\w*|помощник\w*|спикер\w*|советник\w*|"
          r"спецпосланник\w*|посланник\w*|посол\w*|посл[аеу]|лидер\w*|премьер\w*|канцлер\w*|руководител\w*|"
          r"замглавы|заместител\w*|председател\w*|официальн\w+\s+представител\w*|дипломат\w*|госсекретар\w*|"
          r"вице-президент\w*|генсек\w*|генеральн\w+\s+секретар\w*|министерств\w*|ведомств\w*",
    "uk": r"речни\w*|прес-секретар\w*|секретар\w*|голов\w*|очільни\w*|міністр\w*|президент\w*|представни\w*|помічни\w*|"
          r"радни\w*|спецпосланц\w*|посланц\w*|посл\w*|лідер\w*|прем['’]єр\w*|канцлер\w*|керівни\w*|заступни\w*|"
          r"держсекретар\w*|віцепрезидент\w*|генсек\w*|міністерств\w*|відомств\w*",
    "de": r"(?:der|die|des|dem|den)\s+(?:[a-zäöü]\w*\s+)?(?:\w+-)?(?:\w*[Ss]precher\w*|\w*[Kk]anzler\w*|\w*[Pp]räsident\w*|"
          r"\w*[Mm]inister\w*|\w*[Bb]erater\w*|\w*[Gg]esandte\w*|\w*[Cc]hef\w*|\w*[Bb]otschafter\w*|"
          r"\w*[Ss]ekretär\w*|\w*[Vv]ertreter\w*|\w*[Dd]iplomat\w*)",
    "fr": r"(?:le|la|l['’])\s*(?:porte-parole|président\w*|ministre|chef\w*|chancelier\w*|conseiller\w*|"
          r"envoyé\w*|émissaire|ambassadeur\w*|secrétaire|négociateur\w*|diplomat\w*|dirigeant\w*|premier\s+ministre)",
}
# Words that end a speaker's noun phrase after the verb: what follows is where, when or with whom.
_NP_STOP = {"ru": r"после|с|со|во\s+время|в\s+ходе|перед|на|по|для|и|в|во|об|о", "uk": r"після|з|із|під\s+час|перед|на|по|для|і|та|в|у|про",
            "de": r"nach|mit|bei|am|im|in|auf|vor|und|gegenüber|laut|über", "fr": r"après|avec|lors|à|au|aux|devant|dans|et|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|sur"}
_PREPOSITION = {"ru": r"в|во|из|на", "uk": r"в|у|з|із|на", "de": r"im|in|aus|vom", "fr": r"à|au|aux|dans|du|de"}
UPPER = "A-ZА-ЯЁІЇЄҐÀ-ÖØ-Þ"
_UPPER = UPPER
_WORD = rf"[{_UPPER}](?![{_UPPER}])[\w'’-]+"  # capitalised, not an abbreviation (МИД, РНБО, USA)
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
# A name the registry does not know: German capitalises every noun, so there it takes two capitalised words.
_NAMES = {language: re.compile(rf"(?<![\w'’-])(?<!\bdes\s)(?<!\bdu\s)(?<!\bde\s)({_NAME})") for language in ("ru", "uk", "fr")}
_NAMES["de"] = re.compile(rf"(?<![\w'’-])(?<!\bder\s)(?<!\bdes\s)({_WORD}(?:\s+{_WORD}){{1,2}})")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")


@dataclass(frozen=True)
class Reading:
    """What resolving a speaker phrase reads: the text, its language, the mentions and the quoted spans."""

    text: str
    language: str
    mentions: list[Mention]  # sorted by start
    quoted: list[tuple[int, int]]  # every quote's span
    offices: tuple[tuple[str, str], ...] = ()  # (office, actor) from the registry's [actor.offices] in this language

    def persons_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start < end and m.kind == "person"
                and not self.inside_quote(m.start, start)]

    def bodies_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start < end and m.kind != "person"
                and not self.inside_quote(m.start, start)]

    def inside_quote(self, position: int, reading_from: int = -1) -> bool:
        """Whether `position` is in quoted words, other than the quote being read from `reading_from` (the clause
        between a quote's two parts lies inside its span)."""
        return any(a <= position < b and not a <= reading_from < b for a, b in self.quoted)


def speaker(article: Reading, start: int, end: int, at: int, earlier: list[Quote], verb: str,
            before_verb: bool = False) -> str | None:
    """The speaker a phrase names: a pronoun's person, a registry person, a name, a title's holder or text, a body.
    After a verb, the phrase ends where its noun phrase does ("сказал он после встречи с Путиным" is "он")."""
    text, language = article.text, article.language
    if pronoun_at(text[start:end], verb, language, before_verb):
        return subject_before(article, at, earlier)
    full_end = end
    if not before_verb:
        stop = re.compile(rf"\s(?:{_NP_STOP[language]})(?!\w)", re.IGNORECASE).search(text, start + 1, end)
        end = stop.start() if stop else end
    phrase = text[start:end]
    persons = article.persons_in(start, end)
    if persons:
        if before_verb:  # the subject: "Зеленський після зустрічі з Трампом заявив" is Zelensky
            return next((m.actor for m in reversed(persons) if _subject_form(article, m)), persons[-1].actor)
        return _coordinated(article, persons[0], full_end)
    title = re.compile(rf"(?<!\w)(?:{_TITLES[language]})(?!\w)", re.IGNORECASE)
    # after the verb the title opens the phrase, past a word or two such as "журналистам", "также", "in Moskau"
    opening = re.match(r"\s*(?:[a-zа-яёіїєґäöüéèàç]+\s+){0,2}", phrase)
    titled = (title.match(phrase, len(phrase) - len(phrase.lstrip())) or title.match(phrase, opening.end())
              if not before_verb else title.search(phrase))
    names = _NAMES[language]
    name = (re.compile(rf"({names.pattern})\s*,?\s*$").search(phrase) if before_verb
            else names.search(phrase, titled.end() if titled else 0))
    if name and not _is_body(article, start + name.start(1), start + name.end(1)) \
            and not _common_word(name.group(1), language) \
            and not (name.group(1).isupper() and " " not in name.group(1)) \
            and not title.match(name.group(1)):  # РНБО, МИД: a body; "Представитель Кремля": an office
        return _full_name(article, nominative(_without_place(name.group(1), language), language))
    if titled and _plural(titled.group(), language):
        return None  # "по словам дипломатов": unnamed people, no one speaker
    if titled:
        office = _title_text(phrase[titled.start():], language)
        return _office_holder(article, office) or _title_holder(article, titled.group().strip(), start) or office
    if not before_verb:  # "— заявил в ходе встречи с Путиным Песков": the subject after an adverbial
        subject = next((m for m in article.persons_in(start, full_end) if _subject_form(article, m)), None)
        if subject is not None:
            return _coordinated(article, subject, full_end)
    bodies = article.bodies_in(start, full_end)
    if bodies and (before_verb or re.match(rf"\s*(?:\w+\s+)?(?:{_PREPOSITION[language]})\s", text[start:full_end])
                   or re.fullmatch(r"\s*(?:(?:der|die|das|den|dem|des|le|la|les|l['’])\s*)?", text[start:bodies[0].start])):
        return bodies[0].actor
    return None


def _coordinated(article: Reading, first: Mention, end: int) -> str:
    """"ont écrit Steve Witkoff, l'envoyé spécial, et Roustem Oumerov": every person the clause joins with "and"."""
    speakers = [first.actor]
    for other in article.persons_in(first.end, end):
        between = article.text[first.end:other.start]
        if re.search(r"(?<!\w)(?:и|і|та|und|et)(?!\w)", between) and not re.search(r"[.;:!?]", between) \
                and other.actor not in speakers:
            speakers.append(other.actor)
    return "; ".join(speakers)


def pronoun_at(phrase: str, verb: str, language: str, before_verb: bool) -> bool:
    if re.search(r"-t?-?(?:il|elle)\b", verb):  # "a-t-il déclaré", "affirme-t-elle"
        return True
    pronoun = rf"(?:{_PRONOUN[language]})(?!\w)"
    if before_verb:
        return bool(re.search(rf"(?<!\w){pronoun}\s*$", phrase, re.IGNORECASE))
    return bool(re.match(rf"\s*(?:\w+\s+)?{pronoun}", phrase, re.IGNORECASE))


def subject_before(article: Reading, at: int, earlier: list[Quote]) -> str | None:
    """Whom "он" / "er" / "il" stands for: the first person named in the nearest sentence before `at` that names one
    (or in its own sentence, before it), as its subject when one can be told ("Під час зустрічі з Трампом Зеленський
    заявив" is Zelensky), else the previous quote's speaker."""
    text = article.text
    end = at
    for _ in range(4):
        start = sentence_start(text, end, 400)
        persons = article.persons_in(start, end)
        if persons:
            return next((m.actor for m in persons if _subject_form(article, m)), persons[0].actor)
        end = len(text[:start].rstrip())  # back over the blank line and the full stop to the sentence before
        end = end - 1 if end and text[end - 1] in ".!?…" else end
        if end <= 0:
            break
    return next((q.speaker for q in reversed(earlier) if q.speaker), None)


# Words that describe a commentator, not an office-holder ("политолог Иван Петров").
_EXPERTS = {"ru": r"политолог\w*|эксперт\w*|аналитик\w*|экономист\w*|профессор\w*|историк\w*|исследовател\w*",
            "uk": r"політолог\w*|експерт\w*|аналітик\w*|економіст\w*|професор\w*|історик\w*|дослідни\w*",
            "de": r"\w*[Pp]olitolog\w*|\w*[Ee]xpert\w*|\w*[Aa]nalyst\w*|Professor\w*|\w*[Hh]istoriker\w*|\w*[Ff]orscher\w*",
            "fr": r"politologue|expert\w*|analyste|professeur\w*|chercheu\w+|historien\w*|spécialiste"}


def role_of(article: Reading, name: str) -> str:
    """A speaker the registry does not know: "expert" when the article describes them as a commentator, "official"
    when it gives them an office (or they are an office: "представитель ведомства"), else "other"."""
    language = article.language
    titled = re.compile(rf"(?<!\w)(?:{_TITLES[language]})(?!\w)", re.IGNORECASE)
    if titled.match(name):
        return "official"
    surname = name.split()[-1]
    for match in re.finditer(rf"(?<!\w){re.escape(surname[:max(4, len(surname) - 2)])}\w*", article.text):
        before = article.text[max(0, match.start() - 80):match.start()]
        if re.search(rf"(?<!\w)(?:{_EXPERTS[language]})(?!\w)", before, re.IGNORECASE):
            return "expert"
        if titled.search(before):
            return "official"
    return "other"


# Words before a name that make it an object, not the sentence's subject.
_OBJECT_BEFORE = {"ru": r"с|со|к|ко|от|у|для|о|об|про|после|перед|между|без|при|по|за|над|чем",
                  "uk": r"з|із|зі|до|від|у|в|для|про|після|перед|між|без|при|по|за|над|ніж",
                  "de": r"mit|von|vom|bei|zu|zum|für|gegen|über|nach|an|auf|als",
                  "fr": r"avec|de|du|à|au|pour|contre|entre|par|chez|sur|que"}


def _subject_form(article: Reading, mention: Mention) -> bool:
    """Whether a mention can be its sentence's subject: no preposition before it, and in Russian and Ukrainian a
    nominative reading of its last word ("Зеленський", not "Трампом")."""
    before = article.text[max(0, mention.start - 12):mention.start]
    if re.search(rf"(?<!\w)(?:{_OBJECT_BEFORE[article.language]})\s+$", before, re.IGNORECASE):
        return False
    if article.language not in ("ru", "uk"):
        return True
    word = mention.surface.split()[-1]
    return any(p.tag.case == "nomn" for p in analyzer(article.language).parse(word)[:3])


def _plural(title: str, language: str) -> bool:
    if language not in ("ru", "uk"):
        return False
    parses = analyzer(language).parse(title.split()[0])
    return bool(parses) and parses[0].tag.number == "plur"


def _office_holder(article: Reading, office: str) -> str | None:
    """The registry person an office stands for ("пресс-секретаря Кремля" is the registry's "пресс-секретарь
    Кремля"): each word of the registry's office opens the text's, give or take an inflected ending."""
    words = _office_words(office)
    for known, actor in sorted(article.offices, key=lambda o: -len(o[0])):
        wanted = _office_words(known)
        if len(words) >= len(wanted) and all(_same_word(w, k) for w, k in zip(words, wanted)):
            return actor
    return None


def _office_words(office: str) -> list[str]:
    office = re.sub(r"^(?:der|die|des|dem|den|le|la|les|l['’])\s*", "", office.strip(), flags=re.IGNORECASE)
    return [w.strip(",.;:").casefold() for w in office.split()]


def _same_word(word: str, known: str) -> bool:
    if word == known:
        return True
    stem = known[:max(4, len(known) - 2)]
    return len(known) > 4 and word.startswith(stem) and len(word) - len(known) <= 3


def _title_holder(article: Reading, title: str, before: int) -> str | None:
    """The person the article introduced earlier with this title ("пресс-секретарь президента Дмитрий Песков" makes a
    later "пресс-секретарь Кремля" Peskov; "Bundeskanzler Friedrich Merz" a later "der Kanzler" Merz)."""
    head = _title_head(title)
    if len(head) < 4:
        return None
    text = article.text
    for match in re.finditer(rf"\w*{re.escape(head)}\w*", text[:before], re.IGNORECASE):
        persons = article.persons_in(match.end(), match.end() + 60)
        if persons and not re.search(r"[.!?;]", text[match.end():persons[0].start]):
            return persons[0].actor
    return None


def _title_head(title: str) -> str:
    """The noun of a title, without its article and endings: "der Kreml-Sprecher" -> "sprecher", "главы" -> "глав"."""
    word = re.sub(r"^(?:der|die|des|dem|den|le|la|l['’])\s*", "", title, flags=re.IGNORECASE).split()[0]
    word = word.split("-")[-1] if "-" in word and not word.lower().startswith(("пресс", "прес", "porte")) else word
    return re.sub(r"(?:а|я|у|ю|ом|ем|ой|ей|е|и|ы|ів|ам|ям|ові|еві|ен|n|s|e)$", "", word.lower())


def _title_text(phrase: str, language: str) -> str:
    """The title as written, up to the end of its noun phrase ("пресс-секретарь Кремля", "der Kanzler")."""
    phrase = re.split(rf"[,;:(]|\s+(?:{_NP_STOP[language]}|журналистам|журналістам)(?!\w)", phrase, flags=re.IGNORECASE)[0]
    return " ".join(phrase.split()[:6]).strip(" .")


def _full_name(article: Reading, name: str) -> str:
    """A surname alone ("— сказав Тихий") as the article first gave it in full ("речник МЗС Георгій Тихий")."""
    if " " in name:
        return name
    pairs = re.finditer(rf"(?<![\w'’-])(?=([{_UPPER}][\w'’-]+\s+[{_UPPER}][\w'’-]+))", article.text)  # overlapping
    for match in pairs:
        full = nominative(match.group(1), article.language)
        if full.split()[-1] == name and not article.inside_quote(match.start()):
            return full
    return name


def _is_body(article: Reading, start: int, end: int) -> bool:
    """Whether a body (state, institution) is named within [start, end): "Le Kremlin" is Russia, not a person."""
    return any(start < m.end and m.start < end and m.kind != "person" for m in article.mentions)


# Capitalised words that open a phrase after a verb but are never a speaker's name.
_NOT_NAMES = {"ru": r"В|Во|На|По|При|Об|О|Как|Это|Так|РИА|ТАСС|Интерфакс",
              "uk": r"В|У|На|За|При|Про|Як|Це|Так|Укрінформ|УНІАН",
              "de": r"Der|Die|Das|Den|Dem|Des|Am|Im|In|Auf|Bei|Nach|Laut|Es|Er|Sie|Dabei|Zudem|Auch",
              "fr": r"Le|La|Les|L|Au|Aux|En|Dans|Selon|Lors|Il|Elle|Ce|Cette|M|Mme|Jeudi|Lundi|Mardi|Mercredi|"
                    r"Vendredi|Samedi|Dimanche"}


def _common_word(name: str, language: str) -> bool:
    return bool(re.fullmatch(rf"(?:{_NOT_NAMES[language]})\b.*", name)) and len(name.split()) == 1


def _without_place(name: str, language: str) -> str:
    """"Венгрии Петер Сийярто" after "министр иностранных дел": the place closing the title is not the name."""
    words = name.split()
    if language in ("ru", "uk") and len(words) > 2 and any("Geox" in p.tag for p in analyzer(language).parse(words[0])[:2]):
        return " ".join(words[1:])
    return name


def nominative(name: str, language: str) -> str:
    """A Russian or Ukrainian name put back in the nominative ("Ивана Петрова" -> "Иван Петров"); others as written."""
    if language not in ("ru", "uk"):
        return name
    names = [[p for p in analyzer(language).parse(word)  # (one person: never a plural reading, "Гленн" is no "Гленны")
              if {"Name", "Surn", "Patr"} & set(p.tag.grammemes) and p.tag.number != "plur"] for word in name.split()]
    if not names[0] or names[0][0].tag.case == "nomn":
        return name  # already nominative, or a first name the dictionary does not know ("Гленн Дизен")
    # the words of one name share a case, the first name's ("Александр Асафов" is not the plural "Асафы")
    case = names[0][0].tag.case
    words = []
    for word, parses in zip(name.split(), names):
        parse = next((p for p in parses if p.tag.case == case), None)
        inflected = parse.inflect({"nomn"}) if parse else None
        words.append(inflected.word.capitalize() if inflected else word)
    return " ".join(words)


def sentence_start(text: str, position: int, reach: int) -> int:
    """The start of the sentence (or paragraph) around `position`, at most `reach` characters back."""
    window_start = max(0, position - reach)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window_start, position)]
    return ends[-1] if ends else window_start
