"""Direct quotes and their speakers in Russian, Ukrainian, German and French articles.

The quotes step pairs «…», „…“ and “…” in every language but reads only English reporting clauses. For an article
in another language this module adds the direct quotes the pairing misses (a paragraph opened by a dash, German
»…«) and gives each direct quote without a speaker the one its reporting clause names. A reporting clause is a
reporting verb and a speaker phrase beside the quote, in one of four places, tried in this order:
- after it: "», — заявил глава МИД Сергей Лавров", "“, sagte Merz", "», a-t-il déclaré", or between its two parts
  ("«…, — сказал Песков. — …»");
- before it, ending in a colon or comma: "Песков заявил журналистам: «…»", "Як заявив Зеленський, «…»";
- "по словам Пескова", "за словами Зеленського", "so Merz", "laut Merz", "selon Macron" in its sentence;
- carried: a quote opening a paragraph, right after a paragraph whose last quote or closing colon has a speaker,
  with nobody else named in between, continues that speaker.
The speaker phrase resolves to a registry person mentioned in it (in any inflected form: "Пескова" is Dmitry
Peskov), else a pronoun ("он", "er", "-t-il", "по его словам") to the subject of the nearest sentence naming a
person, else a name the registry does not know (put back in the nominative in Russian and Ukrainian), else a title
alone ("пресс-секретарь Кремля", "der Kanzler"): the person the article itself introduced with that title, or
the title as written; a body after a preposition ("сообщили в Кремле") is the body. Reporting verbs, pronouns and
titles are lists, because in each language they are one.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from ingest.extract.sentences import paragraphs
from ingest.records import Mention, Person, Quote

LANGUAGES = ("ru", "uk", "de", "fr")
_VERBS = {
    "ru": r"(?:заяви|сказа|отмети|подчеркну|сообщи|добави|призна|поясни|указа|написа|уточни|предупреди|ответи|"
          r"констатирова|завери|рассказа|резюмирова|напомни|призва|заключи|пообеща|возрази|подытожи|объясни)"
          r"(?:л|ла|ли)|заявляет|говорит|считает|подчеркивает|отмечает|уверен|уверена",
    "uk": r"(?:заяви|сказа|зазначи|наголоси|повідоми|дода|поясни|написа|підкресли|відпові|зауважи|розпові|"
          r"запевни|нагада|підсумува|визна|заклика|попереди|уточни)(?:в|ла|ли)|каже|заявляє|вважає|"
          r"наголошує|зазначає|переконаний|переконана",
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|schrieb|schreibt|warnte|warnt|fügte|teilte|meinte|meint|so|"
          r"ergänzte|bekräftigte|versicherte|unterstrich|räumte|kündigte|stellte|hob|mahnte|forderte|zitiert|"
          r"betonten|sagten|erklärten|hieß",
    "fr": r"(?:a|ont)(?:-t-(?:il|elle)|-(?:ils|elles))?\s+(?:déclaré|dit|affirmé|souligné|ajouté|assuré|estimé|"
          r"expliqué|averti|écrit|indiqué|répondu|précisé|poursuivi|insisté|martelé|lancé|prévenu|jugé|noté|"
          r"rappelé|fait\s+valoir|fait\s+savoir|confié|commenté|réagi|tranché|annoncé|résumé|déploré|reconnu|"
          r"observé|relevé|regretté)|(?:déclare|affirme|estime|souligne|explique|ajoute|assure|dit|précise|indique|"
          r"insiste|rappelle|note|prévient|juge|martèle|poursuit|lance|résume|selon)(?:-t-(?:il|elle)|-(?:il|elle))?",
}
_ACCORDING = {"ru": r"по\s+словам|по\s+мнению|как\s+(?:заявил|сказал|отметил)[аи]?",
              "uk": r"за\s+словами|на\s+думку|як\s+(?:заявив|сказав|зазначив|заявила|сказала|зазначила)",
              "de": r"laut|so|nach\s+Angaben\s+von|nach\s+Worten\s+von|zufolge",
              "fr": r"selon|d['’]après|pour"}
_PRONOUN = {"ru": r"он|она|его|ее|её", "uk": r"він|вона|його|її", "de": r"er|sie|seinen|ihren|ihm|ihr",
            "fr": r"il|elle|lui"}
# Words that start a speaker phrase naming an office, not a name ("глава МИД", "der Kanzler", "le porte-parole").
_TITLES = {
    "ru": r"пресс-секретар\w*|глав\w*|министр\w*|президент\w*|представител\w*|помощник\w*|спикер\w*|советник\w*|"
          r"спецпосланник\w*|посланник\w*|посол\w*|посл[аеу]|лидер\w*|премьер\w*|канцлер\w*|руководител\w*|"
          r"замглавы|заместител\w*|председател\w*|официальн\w+\s+представител\w*|дипломат\w*|госсекретар\w*|"
          r"вице-президент\w*|генсек\w*|генеральн\w+\s+секретар\w*|министерств\w*|ведомств\w*",
    "uk": r"речни\w*|прес-секретар\w*|голов\w*|очільни\w*|міністр\w*|президент\w*|представни\w*|помічни\w*|"
          r"радни\w*|спецпосланц\w*|посланц\w*|посл\w*|лідер\w*|прем['’]єр\w*|канцлер\w*|керівни\w*|заступни\w*|"
          r"держсекретар\w*|віцепрезидент\w*|генсек\w*|міністерств\w*|відомств\w*",
    "de": r"(?:der|die|des|dem|den)\s+(?:\w+-)?(?:\w*[Ss]precher\w*|\w*[Kk]anzler\w*|\w*[Pp]räsident\w*|"
          r"\w*[Mm]inister\w*|\w*[Bb]erater\w*|\w*[Gg]esandte\w*|\w*[Cc]hef\w*|\w*[Bb]otschafter\w*|"
          r"\w*[Ss]ekretär\w*|\w*[Vv]ertreter\w*|\w*[Dd]iplomat\w*)",
    "fr": r"(?:le|la|l['’])\s*(?:porte-parole|président\w*|ministre|chef\w*|chancelier\w*|conseiller\w*|"
          r"envoyé\w*|émissaire|ambassadeur\w*|secrétaire|négociateur\w*|diplomat\w*|dirigeant\w*|premier\s+ministre)",
}
# "Песков заявил, что «…»": the conjunction before quoted words that continue the sentence.
_THAT = {"ru": r"что", "uk": r"що", "de": r"dass", "fr": r"que|qu['’]"}
# Words that end a speaker's noun phrase after the verb: what follows is where, when or with whom.
_NP_STOP = {"ru": r"после|с|со|во\s+время|в\s+ходе|перед|на|по|для|и|в|во|об|о", "uk": r"після|з|із|під\s+час|перед|на|по|для|і|та|в|у|про",
            "de": r"nach|mit|bei|am|im|in|auf|vor|und|gegenüber|laut|über", "fr": r"après|avec|lors|à|au|aux|devant|dans|et|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|sur"}
_PREPOSITION = {"ru": r"в|во|из|на", "uk": r"в|у|з|із|на", "de": r"im|in|aus|vom", "fr": r"à|au|aux|dans|du|de"}
_UPPER = "A-ZА-ЯЁІЇЄҐÀ-ÖØ-Þ"
_NAME = rf"[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+){{0,2}}"
# A name the registry does not know: German capitalises every noun, so there it takes two capitalised words.
_NAMES = {language: re.compile(rf"(?<![\w'’-])({_NAME})") for language in ("ru", "uk", "fr")}
_NAMES["de"] = re.compile(rf"(?<![\w'’-])([{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+){{1,2}})")
_QUOTE_MARKS = "»“”\"«„"
_DASH = "—–-"
_DASH_CLASS = re.escape(_DASH)
_AFTER_REACH = 140  # characters of reporting clause read after a quote
_BEFORE_REACH = 200  # characters of lead read before a quote
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")


@dataclass(frozen=True)
class _Article:
    """What resolving a speaker phrase reads: the text, its language, the mentions and the quoted spans."""

    text: str
    language: str
    mentions: list[Mention]  # sorted by start
    quoted: list[tuple[int, int]]  # every quote's span

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


def attribute(text: str, language: str | None, quotes: list[Quote], mentions: list[Mention],
              people: list[Person]) -> list[Quote]:
    """The quotes with the direct quotes the pairing missed, each direct quote given the speaker its reporting
    clause in `language` names."""
    if language not in LANGUAGES:
        return quotes
    quotes = sorted(quotes + _unpaired_quotes(text, language, quotes), key=lambda q: q.start)
    article = _Article(text, language, sorted(mentions, key=lambda m: m.start), [(q.start, q.end) for q in quotes])
    result: list[Quote] = []
    for quote in quotes:
        # The English rules read no clause here; where they named a speaker, it was the ranker's guess from the
        # people around, which a clause in the article's language overrides.
        if quote.kind == "direct":
            speaker = (_after(article, quote, result) or _inside(article, quote, result) or _before(article, quote, result)
                       or _according(article, quote, result) or _carried(article, quote, result))
            if speaker and speaker != quote.speaker:
                quote = replace(quote, speaker=speaker, speaker_role=_role(speaker, people, mentions))
        result.append(quote)
    return result


# --- quotes the pairing of quotation marks misses --------------------------------------------------------------


def _unpaired_quotes(text: str, language: str, quotes: list[Quote]) -> list[Quote]:
    """Paragraphs opened by a dash ("— Мы ждем ответа, — сказал он."), and German »…«, that no quote covers."""
    found = []
    for start, end in paragraphs(text):
        dash = re.match(rf"\s*[{_DASH_CLASS}]\s+(?=[\w«„“\"])", text[start:end])
        if dash and not re.search(rf"\s[{_DASH_CLASS}]\s*$", text[start:end]):  # "- Nouvelle mouture -" is a subhead
            words_start = start + dash.end()
            tail = re.search(rf"[,.!?…]?\s+[{_DASH_CLASS}]\s+(?=[^\W\d])", text[words_start:end])
            words_end = words_start + tail.start() if tail else end
            found.append(_quote(text, words_start, words_end))
    if language == "de":
        for match in re.finditer(r"»([^«»\n]{2,800})«", text):
            words = match.group(1)
            if len(words.split()) >= 4 or words.rstrip()[-1:] in ".!?…":
                found.append(_quote(text, match.start(1), match.end(1)))
    return [q for q in found if q.end > q.start
            and not any(other.start < q.end and q.start < other.end for other in quotes)]


def _quote(text: str, start: int, end: int) -> Quote:
    while end > start and text[end - 1] in " ,\u00a0":
        end -= 1
    return Quote("direct", text[start:end], None, "other", None, start, end)


# --- where the reporting clause is ------------------------------------------------------------------------------


def _after(article: _Article, quote: Quote, earlier: list[Quote]) -> str | None:
    """«…», — заявил Песков / “…”, sagte Selenskyj / », a-t-il déclaré: a reporting verb opens the clause after it."""
    text = article.text
    lead = re.compile(rf"[\s,.!?…{_DASH_CLASS}{re.escape(_QUOTE_MARKS)}]*").match(text, quote.end)
    clause_end = _clause_end(text, lead.end(), _AFTER_REACH)
    clause = text[lead.end():clause_end]
    # The verb first ("— заявил Песков"), or after the speaker ("— Песков заявил", "“, so Merz"), never farther
    # into the clause than a few words.
    verb = _verbs(article.language).search(clause)
    if verb is None or len(clause[:verb.start()].split()) > 4:
        return None
    phrase_start = lead.end() + verb.end()
    if clause[:verb.start()].strip():  # the speaker phrase before the verb: "— Песков заявил"
        return _speaker(article, lead.end(), lead.end() + verb.start(), quote, earlier, verb.group())
    return _speaker(article, phrase_start, clause_end, quote, earlier, verb.group())


def _inside(article: _Article, quote: Quote, earlier: list[Quote]) -> str | None:
    """«Первая часть, — сказал Песков. — Вторая часть»: one pair of marks around two parts and the clause between."""
    text = article.text
    for dash in re.finditer(rf"[,.!?…]\s+[{_DASH_CLASS}]\s+", text[quote.start:quote.end]):
        clause_start = quote.start + dash.end()
        clause_end = _clause_end(text, clause_start, _AFTER_REACH)
        verb = _verbs(article.language).match(text, clause_start, clause_end)
        if verb is not None and re.match(rf"[.,]\s+[{_DASH_CLASS}]\s", text[clause_end:clause_end + 4]):
            return _speaker(article, verb.end(), clause_end, quote, earlier, verb.group())
    return None


def _before(article: _Article, quote: Quote, earlier: list[Quote]) -> str | None:
    """Песков заявил журналистам: «…» / Як заявив Зеленський, «…»: a lead in the quote's sentence that ends in a colon
    or comma and holds a reporting verb; the speaker phrase is the lead without its verb."""
    text = article.text
    opening = _opening_mark(text, quote)
    start = _sentence_start(text, opening, _BEFORE_REACH)
    lead = text[start:opening]
    if not re.search(rf"(?:[:,]|(?<!\w)(?:{_THAT[article.language]}))\s*[{_DASH_CLASS}]?\s*$", lead, re.IGNORECASE):
        return None
    verb = None
    for verb in _verbs(article.language).finditer(lead):
        pass
    if verb is None:
        return None
    if _pronoun_at(text[verb.end():opening], verb.group(), article.language, False):  # "schrieb er: „…“"
        return _subject_before(article, quote, earlier)
    subject = _speaker(article, start, start + verb.start(), quote, earlier, verb.group(), before_verb=True)
    return subject or _speaker(article, start + verb.end(), opening, quote, earlier, verb.group())


def _according(article: _Article, quote: Quote, earlier: list[Quote]) -> str | None:
    """по словам Пескова, «…» / „…“, so Merz / selon Macron: the phrase after the words, in the quote's sentence."""
    text = article.text
    start = _sentence_start(text, _opening_mark(text, quote), _BEFORE_REACH)
    after = re.compile(rf"[\s,.!?…{_DASH_CLASS}{re.escape(_QUOTE_MARKS)}]*").match(text, quote.end).end()
    end = _clause_end(text, after, _AFTER_REACH)
    pattern = re.compile(rf"(?<!\w)(?:{_ACCORDING[article.language]})(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(text, start, end):
        if article.inside_quote(match.start()):
            continue
        phrase_end = _clause_end(text, match.end(), 80, stop=",")
        if article.language == "de" and match.group().lower() == "zufolge":  # "Peskows Worten zufolge"
            speaker = _speaker(article, max(start, match.start() - 60), match.start(), quote, earlier, match.group())
        else:
            speaker = _speaker(article, match.end(), phrase_end, quote, earlier, match.group())
        if speaker:
            return speaker
    return None


def _carried(article: _Article, quote: Quote, earlier: list[Quote]) -> str | None:
    """A quote opening its paragraph continues the previous paragraph's speaker: the one its last quote had, or the one
    its closing colon introduced ("Песков ответил на вопрос о встрече:"), when nobody else is named in between."""
    text = article.text
    spans = paragraphs(text)
    index = bisect_right([s for s, _ in spans], quote.start) - 1
    if index <= 0:
        return None
    p_start, _ = spans[index]
    if text[p_start:_opening_mark(text, quote)].strip(f" \u00a0{_DASH}{_QUOTE_MARKS}"):
        return None
    previous_start, previous_end = spans[index - 1]
    last = next((q for q in reversed(earlier) if previous_start <= q.start < previous_end and q.speaker), None)
    if last is not None:
        others = {m.actor for m in article.persons_in(last.end, p_start)} - {last.speaker}
        return None if others else last.speaker
    closing = text[previous_start:previous_end].rstrip()
    if not closing.endswith(":"):
        return None
    # "Зеленський звернувся до партнерів:": the colon hands the floor to the last sentence's subject, verb or not.
    start = _sentence_start(text, previous_start + len(closing) - 1, _BEFORE_REACH)
    verb = None
    for verb in _verbs(article.language).finditer(text, max(start, previous_start), previous_start + len(closing)):
        pass
    if verb is not None:
        return _speaker(article, max(start, previous_start), verb.start(), quote, earlier, verb.group(), before_verb=True) \
            or _speaker(article, verb.end(), previous_start + len(closing), quote, earlier, verb.group())
    persons = article.persons_in(max(start, previous_start), previous_start + len(closing))
    return persons[0].actor if persons else None


# --- who the speaker phrase names -------------------------------------------------------------------------------


def _speaker(article: _Article, start: int, end: int, quote: Quote, earlier: list[Quote], verb: str,
             before_verb: bool = False) -> str | None:
    """The speaker a phrase names: a pronoun's person, a registry person, a name, a title's holder or text, a body.
    After a verb, the phrase ends where its noun phrase does ("сказал он после встречи с Путиным" is "он")."""
    text, language = article.text, article.language
    if _pronoun_at(text[start:end], verb, language, before_verb):
        return _subject_before(article, quote, earlier)
    full_end = end
    if not before_verb:
        stop = re.compile(rf"\s(?:{_NP_STOP[language]})(?!\w)", re.IGNORECASE).search(text, start + 1, end)
        end = stop.start() if stop else end
    phrase = text[start:end]
    persons = article.persons_in(start, end)
    if persons:
        return persons[-1].actor if before_verb else _coordinated(article, persons[0], full_end)
    title = re.compile(rf"(?<!\w)(?:{_TITLES[language]})(?!\w)", re.IGNORECASE)
    titled = title.match(phrase, len(phrase) - len(phrase.lstrip())) if not before_verb else title.search(phrase)
    names = _NAMES[language]
    name = (re.compile(rf"({names.pattern})\s*,?\s*$").search(phrase) if before_verb
            else names.search(phrase, titled.end() if titled else 0))
    if name and not _is_body(article, start + name.start(1)) and not _common_word(name.group(1), language):
        return _nominative(name.group(1), language)
    if titled:
        holder = _title_holder(article, titled.group().strip(), start)
        return holder or _title_text(phrase[titled.start():], language)
    bodies = article.bodies_in(start, full_end)
    if bodies and (before_verb or re.match(rf"\s*(?:\w+\s+)?(?:{_PREPOSITION[language]})\s", text[start:full_end])
                   or bodies[0].start - start < 3):
        return bodies[0].actor
    return None


def _coordinated(article: _Article, first: Mention, end: int) -> str:
    """"ont écrit Steve Witkoff, l'envoyé spécial, et Roustem Oumerov": every person the clause joins with "and"."""
    speakers = [first.actor]
    for other in article.persons_in(first.end, end):
        between = article.text[first.end:other.start]
        if re.search(r"(?<!\w)(?:и|і|та|und|et)(?!\w)", between) and not re.search(r"[.;:!?]", between) \
                and other.actor not in speakers:
            speakers.append(other.actor)
    return "; ".join(speakers)


def _pronoun_at(phrase: str, verb: str, language: str, before_verb: bool) -> bool:
    if re.search(r"-t?-?(?:il|elle)\b", verb):  # "a-t-il déclaré", "affirme-t-elle"
        return True
    pronoun = rf"(?:{_PRONOUN[language]})(?!\w)"
    if before_verb:
        return bool(re.search(rf"(?<!\w){pronoun}\s*$", phrase, re.IGNORECASE))
    return bool(re.match(rf"\s*(?:\w+\s+)?{pronoun}", phrase, re.IGNORECASE))


def _subject_before(article: _Article, quote: Quote, earlier: list[Quote]) -> str | None:
    """Whom "он" / "er" / "il" stands for: the first person named in the nearest sentence before the quote that names
    one (or in the quote's own sentence, before it), else the previous quote's speaker."""
    text = article.text
    end = _opening_mark(text, quote)
    for _ in range(4):
        start = _sentence_start(text, end, 400)
        persons = article.persons_in(start, end)
        if persons:
            return persons[0].actor
        end = len(text[:start].rstrip())  # back over the blank line and the full stop to the sentence before
        end = end - 1 if end and text[end - 1] in ".!?…" else end
        if end <= 0:
            break
    return next((q.speaker for q in reversed(earlier) if q.speaker), None)


def _title_holder(article: _Article, title: str, before: int) -> str | None:
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
    phrase = re.split(rf"[,;:(]|\s+(?:{_PREPOSITION[language]}|журналистам|журналістам|am|lors|après|в ходе)\s", phrase)[0]
    return " ".join(phrase.split()[:4]).strip(" .")


def _is_body(article: _Article, position: int) -> bool:
    return any(m.start <= position < m.end and m.kind != "person" for m in article.mentions)


# Capitalised words that open a phrase after a verb but are never a speaker's name.
_NOT_NAMES = {"ru": r"В|Во|На|По|При|Об|О|Как|Это|Так|РИА|ТАСС|Интерфакс",
              "uk": r"В|У|На|За|При|Про|Як|Це|Так|Укрінформ|УНІАН",
              "de": r"Der|Die|Das|Den|Dem|Des|Am|Im|In|Auf|Bei|Nach|Laut|Es|Er|Sie|Dabei|Zudem|Auch",
              "fr": r"Le|La|Les|L|Au|Aux|En|Dans|Selon|Lors|Il|Elle|Ce|Cette|M|Mme|Jeudi|Lundi|Mardi|Mercredi|"
                    r"Vendredi|Samedi|Dimanche"}


def _common_word(name: str, language: str) -> bool:
    return bool(re.fullmatch(rf"(?:{_NOT_NAMES[language]})\b.*", name)) and len(name.split()) == 1


def _nominative(name: str, language: str) -> str:
    """A Russian or Ukrainian name put back in the nominative ("Ивана Петрова" -> "Иван Петров"); others as written."""
    if language not in ("ru", "uk"):
        return name
    words = []
    for word in name.split():
        parse = next((p for p in _analyzer(language).parse(word) if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)), None)
        inflected = parse.inflect({"nomn"}) if parse and parse.tag.case != "nomn" else None
        words.append(inflected.word.capitalize() if inflected else word)
    return " ".join(words)


@lru_cache(maxsize=2)
def _analyzer(language: str):
    import pymorphy3  # the mentions step loads it already for declined aliases

    return pymorphy3.MorphAnalyzer(lang=language)


# --- small helpers ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=len(LANGUAGES))
def _verbs(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_VERBS[language]})(?![\w])", re.IGNORECASE)


def _opening_mark(text: str, quote: Quote) -> int:
    """Where the quote opens, its quotation mark or dash included."""
    position = quote.start
    while position > 0 and text[position - 1] in f" \u00a0{_QUOTE_MARKS}{_DASH}":
        position -= 1
        if text[position] in _QUOTE_MARKS + _DASH:
            break
    return position


def _sentence_start(text: str, position: int, reach: int) -> int:
    """The start of the sentence (or paragraph) around `position`, at most `reach` characters back."""
    window_start = max(0, position - reach)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window_start, position)]
    return ends[-1] if ends else window_start


def _clause_end(text: str, position: int, reach: int, stop: str = "") -> int:
    """Where the reporting clause starting at `position` ends: a sentence end, a quotation mark or a dash."""
    window = text[position:position + reach]
    match = re.search(rf"[.!?…;:\n{re.escape(_QUOTE_MARKS)}{stop}]|\s[{_DASH_CLASS}]\s", window)
    return position + (match.start() if match else len(window))


def _role(speaker: str, people: list[Person], mentions: list[Mention]) -> str:
    person = next((p for p in people if p.name == speaker), None)
    if person is not None:
        return person.role
    mention = next((m for m in mentions if m.actor == speaker), None)
    return "official" if mention is not None else "other"
