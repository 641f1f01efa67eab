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
Who the speaker phrase names is foreign_speakers' business. Reporting verbs are lists, because in each language
they are one.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from ingest.extract.foreign_speakers import (
    UPPER as _UPPER, Reading, pronoun_at, role_of, sentence_start, speaker, subject_before,
)
from ingest.extract.quotemarks import find_quoted
from ingest.extract.registry import Registry
from ingest.extract.sentences import Sentence, paragraphs
from ingest.records import Mention, Person, Quote

LANGUAGES = ("ru", "uk", "de", "fr")
_VERBS = {
    "ru": r"(?:заяви|сказа|отмети|подчеркну|сообщи|добави|призна|поясни|указа|написа|уточни|предупреди|ответи|"
          r"констатирова|завери|рассказа|резюмирова|напомни|призва|заключи|пообеща|возрази|подытожи|объясни)"
          r"(?:л|ла|ли)|заявляет|говорит|считает|подчеркивает|отмечает|уверен|уверена|пишет|сообщает|добавляет|"
          r"поясняет|уточняет|"
          r"привод(?:ит|ят)(?:\s+\S+){0,3}?\s+слова|цитиру(?:ет|ют)(?:\s+\S+){0,3}?\s+слова",
    "uk": r"(?:заяви|сказа|зазначи|наголоси|повідоми|дода|поясни|написа|підкресли|відпові|зауважи|розпові|"
          r"запевни|нагада|підсумува|визна|заклика|попереди|уточни)(?:в|ла|ли)|каже|заявляє|вважає|пише|"
          r"повідомляє|додає|пояснює|уточнює|"
          r"наголошує|зазначає|переконаний|переконана|навод(?:ить|ять)(?:\s+\S+){0,3}?\s+слова|"
          r"цитує(?:\s+\S+){0,3}?\s+слова",
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|schrieb|schreibt|warnte|warnt|fügte|teilte|meinte|meint|so|"
          r"ergänzte|bekräftigte|versicherte|unterstrich|räumte|kündigte|stellte|hob|mahnte|forderte|zitiert|"
          r"betonten|sagten|erklärten|hieß",
    "fr": r"(?:a|ont|avait|avaient)(?:-t-(?:il|elle)|-(?:il|elle|ils|elles))?\s+(?:déclaré|dit|affirmé|souligné|ajouté|assuré|estimé|"
          r"expliqué|averti|écrit|indiqué|répondu|précisé|poursuivi|insisté|martelé|lancé|prévenu|jugé|noté|"
          r"rappelé|fait\s+valoir|fait\s+savoir|confié|commenté|réagi|tranché|annoncé|résumé|déploré|reconnu|"
          r"observé|relevé|regretté)|(?:déclare|affirme|estime|souligne|explique|ajoute|assure|dit|précise|indique|"
          r"insiste|rappelle|note|prévient|juge|martèle|poursuit|lance|résume|écrit|selon)"
          r"(?:-t-(?:il|elle)|-(?:il|elle))?",
}
# "По словам Пескова, …" opening a sentence: reported speech, whose words follow the comma.
# A sentence after a quote that opens with these reports it: "Об этом заявил Песков", "Das sagte Merz".
_THIS = {"ru": r"об\s+этом|так|это|такое\s+заявление", "uk": r"про\s+це|так|це|таку\s+заяву", "de": r"das|dies|so",
         "fr": r"c['’]est\s+ce\s+qu['’]|ainsi|voilà\s+ce\s+qu['’]"}
_ACCORDING_OPENING = {"ru": r"по\s+словам|по\s+мнению|по\s+данным", "uk": r"за\s+словами|на\s+думку|за\s+даними",
                      "de": r"laut|nach\s+Angaben\s+von|nach\s+Worten\s+von", "fr": r"selon|d['’]après"}
_ACCORDING = {"ru": r"по\s+словам|по\s+мнению|как\s+(?:заявил|сказал|отметил)[аи]?",
              "uk": r"за\s+словами|на\s+думку|як\s+(?:заявив|сказав|зазначив|заявила|сказала|зазначила)",
              "de": r"laut|so|nach\s+Angaben\s+von|nach\s+Worten\s+von|zufolge",
              "fr": r"selon|d['’]après|pour"}
# "Песков заявил, что «…»": the conjunction before quoted words that continue the sentence.
_THAT = {"ru": r"что", "uk": r"що", "de": r"dass", "fr": r"que|qu['’]"}
# A finite verb inside quoted words: a subject pronoun before a word, a negation, an auxiliary or modal, or a
# finite ending the language's nouns rarely have. Enough to tell « ne se fera pas » from « très utile ».
_FINITE = {
    "ru": re.compile(r"(?<!\w)(?:я|мы|ты|вы|он|она|оно|они)\s+\w|(?<!\w)не\s+\w|(?<!\w)(?:есть|будет|будут|будем|"
                     r"может|могут|можем|должен|должна|должно|должны|нужно|надо|был|была|было|были)(?!\w)|"
                     r"\w{3,}(?:ется|ится|ются|ятся|ался|алась|ались|ился|илась|ились|ает|яет|ают|яют|ует|уют|ишь|ешь)(?!\w)",
                     re.IGNORECASE),
    "uk": re.compile(r"(?<!\w)(?:я|ми|ти|ви|він|вона|воно|вони)\s+\w|(?<!\w)не\s+\w|(?<!\w)(?:є|буде|будуть|будемо|"
                     r"може|можуть|можемо|повинен|повинна|повинні|має|мають|маємо|треба|був|була|було|були)(?!\w)|"
                     r"\w{3,}(?:ється|яться|ються|ався|алася|алися|ився|илася|илися|ає|яє|ють|ують|уємо|ємо|имо)(?!\w)",
                     re.IGNORECASE),
    "de": re.compile(r"(?<!\w)(?:ich|wir|du|ihr|er|es|man)\s+\w|(?<!\w)(?:ist|sind|war|waren|wird|werden|wurde|wurden|"
                     r"würde|würden|hat|haben|hatte|hatten|habe|kann|können|könnte|könnten|muss|müssen|müsste|soll|"
                     r"sollen|sollte|sollten|will|wollen|wollte|darf|dürfen|gibt|gab|geht|bleibt|wäre|wären|sei|seien)(?!\w)",
                     re.IGNORECASE),
    "fr": re.compile(r"(?<!\w)(?:je|j['’]|tu|il|elle|on|nous|vous|ils|elles)\s*\w|(?<!\w)(?:ne|n['’])\s*\w|"
                     r"(?<!\w)(?:est|sont|était|étaient|sera|seront|serait|seraient|a|ont|avait|avaient|aura|auront|"
                     r"aurait|auraient|va|vont|peut|peuvent|pourra|pourrait|doit|doivent|devra|devrait|faut|font|"
                     r"veut|veulent|soit|soient)(?!\w)|(?<!le )(?<!du )(?<!au )(?<!\w)reste(?!\w)|"
                     r"\w{3,}(?:erons|erez|eront|erait|eraient|ait|aient)(?!\w)"),
}
_QUOTE_MARKS = "»“”\"«„"
_DASH = "—–-"
_DASH_CLASS = re.escape(_DASH)
_AFTER_REACH = 140  # characters of reporting clause read after a quote
_BEFORE_REACH = 200  # characters of lead read before a quote


def attribute(text: str, language: str | None, quotes: list[Quote], mentions: list[Mention],
              people: list[Person], registry: Registry | None = None, sentences: list[Sentence] | None = None) -> list[Quote]:
    """The quotes with the direct quotes the pairing missed, each direct quote given the speaker its reporting
    clause in `language` names, and the reported speech of `sentences` as indirect quotes with their speakers."""
    if language not in LANGUAGES:
        return quotes
    quotes = sorted(quotes + _unpaired_quotes(text, language, quotes), key=lambda q: q.start)
    offices = tuple((office, actor.name) for actor in (registry.actors if registry else [])
                    for lang, office in actor.offices if lang == language)
    article = Reading(text, language, sorted(mentions, key=lambda m: m.start), [(q.start, q.end) for q in quotes], offices)
    result: list[Quote] = []
    for quote in quotes:
        # The English rules read no clause here; where they named a speaker, it was the ranker's guess from the
        # people around, which a clause in the article's language overrides (a speaker carried over does not).
        if quote.kind == "direct":
            speaker = (_after(article, quote, result) or _inside(article, quote, result) or _before(article, quote, result)
                       or _according(article, quote, result) or _carried(article, quote, result))
            if speaker and speaker != quote.speaker:
                # joint speakers ("ont écrit Witkoff et Oumerov") each say the words: one quote each, as in English
                result += [replace(quote, speaker=one, speaker_role=_role(one, people, mentions, article))
                           for one in speaker.split("; ")]
                continue
        result.append(quote)
    reported = [replace(q, speaker_role=_role(q.speaker, people, mentions, article)) if q.speaker else q
                for q in _reported(article, sentences or [], result)]
    return sorted(result + reported, key=lambda q: q.start)


# --- reported speech ---------------------------------------------------------------------------------------------


def _reported(article: Reading, sentences: list[Sentence], quotes: list[Quote]) -> list[Quote]:
    """Indirect quotes: "Песков заявил, что …" / "Merz sagte, dass …" / "Macron a déclaré que …" (the subject before
    the verb speaks), "По словам Пескова, …" / "Laut Merz …" / "Selon Macron, …", and "…, заявил Песков." /
    "…, sagte Merz." / "…, a déclaré Macron." closing a sentence without quotation marks."""
    found = []
    quoted = None
    for sentence in sentences:
        for item in (_said_that(article, sentence), _according_to(article, sentence), _said_after(article, sentence)):
            if item is None:
                continue
            start, end, who = item
            start, end = _trimmed(article.text, start, end)
            quoted = find_quoted(article.text) if quoted is None else quoted
            partial = [q for q in _partial_quotes(article, start, end, who, quoted)
                       if not any(other.start < q.end and q.start < other.end for other in quotes + found)]
            if partial:  # as in English, the quoted words stand for the report
                found += partial
                break
            if end - start < 12 or _opens_quote(article.text, start) \
                    or any(q.start < end and start < q.end for q in quotes + found):
                continue
            found.append(Quote("indirect", article.text[start:end], who, "other", None, start, end))
            break
    return found


def _partial_quotes(article: Reading, start: int, end: int, who: str | None, quoted: list) -> list[Quote]:
    """"Macron a déclaré que la paix « ne se fera pas sans les Ukrainiens »": quoted words with a finite verb inside
    reported speech are the speaker's own, a direct quote; a verbless fragment (« très utile ») leaves it reported."""
    cue = _FINITE[article.language]
    return [replace(_quote(article.text, q.start, q.end), speaker=who) for q in quoted if start <= q.open_mark and q.end <= end and cue.search(article.text, q.start, q.end)]


def _opens_quote(text: str, start: int) -> bool:
    """Reported words that are quoted words (a quote the pairing found, or a fragment) are not reported speech."""
    return text[start:start + 1] in _QUOTE_MARKS


def _said_that(article: Reading, sentence: Sentence) -> tuple[int, int, str | None] | None:
    text, language = article.text, article.language
    that = re.compile(rf"(?:{_VERBS[language]})(?:\s+[^\s,.;:]+){{0,4}}?\s*,?\s+(?:{_THAT[language]})(?:(?<=['’])|(?!\w))\s*",
                      re.IGNORECASE)
    for match in that.finditer(text, sentence.start, sentence.end):
        verb = _verbs(language).match(text, match.start())
        if verb is None or article.inside_quote(match.start()):
            continue
        at = sentence.start
        who = speaker(article, sentence.start, verb.start(), at, [], verb.group(), before_verb=True) \
            or speaker(article, verb.end(), match.end(), at, [], verb.group())
        return match.end(), sentence.end, who
    return None


def _according_to(article: Reading, sentence: Sentence) -> tuple[int, int, str | None] | None:
    """По словам Пескова, … / За словами Зеленського, … / Laut Merz … / Selon Macron, …: opening the sentence."""
    text, language = article.text, article.language
    lead = re.compile(rf"\s*(?:{_ACCORDING_OPENING[language]})\s+", re.IGNORECASE).match(text, sentence.start, sentence.end)
    if lead is None:
        return None
    comma = text.find(",", lead.end(), min(sentence.end, lead.end() + 80))
    if comma < 0:  # "Laut Merz ist eine Waffenruhe möglich": the words follow the person named
        named = article.persons_in(lead.end(), lead.end() + 40) or article.bodies_in(lead.end(), lead.end() + 40)
        return (named[0].end, sentence.end, named[0].actor) if named and language == "de" else None
    who = speaker(article, lead.end(), comma, sentence.start, [], lead.group())
    return (comma + 1, sentence.end, who) if who else None


def _said_after(article: Reading, sentence: Sentence) -> tuple[int, int, str | None] | None:
    """…, заявил Песков. / …, sagte Merz. / …, a déclaré Macron.: the sentence ends in a comma, a verb and a speaker."""
    text, language = article.text, article.language
    tail = re.compile(rf",\s*[{_DASH_CLASS}]?\s*(?P<verb>{_VERBS[language]})(?!\w)(?P<who>[^,.;:!?«»„“”\"]{{1,90}})[.!?…]?\s*$",
                      re.IGNORECASE).search(text, sentence.start, sentence.end)
    if tail is None or article.inside_quote(tail.start()):
        return None
    who = speaker(article, tail.start("who"), tail.end("who"), sentence.start, [], tail.group("verb"))
    return (sentence.start, tail.start(), who) if who else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \u00a0\n":
        start += 1
    while end > start and text[end - 1] in " \u00a0\n.!?…;":
        end -= 1
    return start, end


# --- quotes the pairing of quotation marks misses --------------------------------------------------------------


def _unpaired_quotes(text: str, language: str, quotes: list[Quote]) -> list[Quote]:
    """Paragraphs opened by a dash ("— Мы ждем ответа, — сказал он."), German »…«, and quoted sentences the English
    rules passed over (a whole paragraph in "…" with "- сказала она. -" inside), that no quote covers."""
    found = [_quote(text, q.start, q.end) for q in find_quoted(text)  # capitalised, two words or more, and said
             if re.match(r"\s*[^\W\d_]+[\s,]+\w", text[q.start:q.end]) and text[q.start:q.end].strip()[:1].isupper()
             and _said(text, q.start, q.end, language)]
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
            if _sentence_like(words):
                found.append(_quote(text, match.start(1), match.end(1)))
    return [q for q in found if q.end > q.start
            and not any(other.start < q.end and q.start < other.end for other in quotes)]


def _sentence_like(words: str) -> bool:
    """Quoted words that make a sentence, not a name or a phrase («Единая Россия», „Koalition der Willigen“)."""
    words = words.strip()
    return words[:1].isupper() and (len(words.split()) >= 5 or (len(words.split()) >= 3 and words[-1:] in ".!?…"))


def _said(text: str, start: int, end: int, language: str) -> bool:
    """Quoted words somebody says: closed by a full stop inside the marks, led in by a colon, followed by a reporting
    verb, holding one between two parts ("…, - сказала она. - …"), or opening a sentence after another quote;
    «Мирный план из двадцати восьми пунктов» is a name."""
    if text[start:end].rstrip()[-1:] in ".!?…" or text[max(0, start - 4):start].rstrip(" \u00a0«„“\"").endswith(":"):
        return True
    after = re.match(rf"[\s,.!?…{_DASH_CLASS}{re.escape(_QUOTE_MARKS)}]*(?:\S+\s+){{0,2}}?(?:{_VERBS[language]})(?!\w)",
                     text[end:end + 80], re.IGNORECASE)
    inside = re.search(rf"[,.!?…]\s+[{_DASH_CLASS}]\s+(?:{_VERBS[language]})(?!\w)", text[start:end], re.IGNORECASE)
    # "«Мы готовы», — сказал Песков. «Но условия известны».": a new sentence of quoted words after a quote
    paragraph_start = text.rfind("\n", 0, start) + 1
    lead = text[paragraph_start:start].rstrip(" \u00a0«„“\"")
    follows = bool(re.search(r"[.!?…][»“”\"]?$", lead)) and any(mark in lead for mark in _QUOTE_MARKS)
    return after is not None or inside is not None or follows


def _quote(text: str, start: int, end: int) -> Quote:
    while end > start and text[end - 1] in " ,\u00a0":
        end -= 1
    return Quote("direct", text[start:end], None, "other", None, start, end)


# --- where the reporting clause is ------------------------------------------------------------------------------


def _after(article: Reading, quote: Quote, earlier: list[Quote]) -> str | None:
    """«…», — заявил Песков / “…”, sagte Selenskyj / », a-t-il déclaré / «…». Об этом заявил Песков: a reporting verb
    opens the clause after it."""
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
    between = text[quote.end:lead.end()]
    if re.search(r"[.!?…]", between) or (quote.text.rstrip()[-1:] in ".!?…" and not re.search(rf"[,{_DASH_CLASS}]", between)):
        # A new sentence: only "Об этом заявил Песков" / "Das sagte Merz" / "C'est ce qu'a déclaré Macron" looks back.
        if not re.fullmatch(rf"\s*(?:{_THIS[article.language]})\s*(?:\S+\s+){{0,2}}?", clause[:verb.start()], re.IGNORECASE):
            return None
        return _speaker(article, phrase_start, clause_end, quote, earlier, verb.group())
    if clause[:verb.start()].strip():  # the speaker phrase before the verb: "— Песков заявил"
        return _speaker(article, lead.end(), lead.end() + verb.start(), quote, earlier, verb.group())
    return _speaker(article, phrase_start, clause_end, quote, earlier, verb.group())


def _inside(article: Reading, quote: Quote, earlier: list[Quote]) -> str | None:
    """«Первая часть, — сказал Песков. — Вторая часть» / « Nous sommes prêts, a-t-il dit, à discuter »: one pair of
    marks around two parts and the clause between."""
    text = article.text
    for dash in re.finditer(rf"[,.!?…]\s+[{_DASH_CLASS}]\s+", text[quote.start:quote.end]):
        clause_start = quote.start + dash.end()
        clause_end = _clause_end(text, clause_start, _AFTER_REACH)
        verb = _verbs(article.language).match(text, clause_start, clause_end)
        if verb is not None and re.match(rf"[.,]\s+[{_DASH_CLASS}]\s", text[clause_end:clause_end + 4]):
            return _speaker(article, verb.end(), clause_end, quote, earlier, verb.group())
    if article.language == "fr":  # « Nous sommes prêts, a-t-il dit, à discuter »: the clause set off by commas
        incise = re.compile(rf",\s+(?P<verb>{_VERBS['fr']})(?!\w)(?P<who>[^,«»]{{0,60}}),\s", re.IGNORECASE)
        match = incise.search(text, quote.start, quote.end)
        if match:
            return _speaker(article, match.start("who"), match.end("who"), quote, earlier, match.group("verb"))
    return None


def _before(article: Reading, quote: Quote, earlier: list[Quote]) -> str | None:
    """Песков заявил журналистам: «…» / Як заявив Зеленський, «…»: a lead in the quote's sentence that ends in a colon
    or comma and holds a reporting verb; the speaker phrase is the lead without its verb."""
    text = article.text
    opening = _opening_mark(text, quote)
    start = sentence_start(text, opening, _BEFORE_REACH)
    lead = text[start:opening]
    if not re.search(rf"(?:[:,]|(?<!\w)(?:{_THAT[article.language]}))\s*[{_DASH_CLASS}]?\s*$", lead, re.IGNORECASE):
        return None
    verb = None
    for verb in _verbs(article.language).finditer(lead):
        pass
    if verb is None:
        return None
    if pronoun_at(text[start + verb.end():opening], verb.group(), article.language, False):  # "schrieb er: „…“"
        return subject_before(article, _opening_mark(text, quote), earlier)
    subject = _speaker(article, start, start + verb.start(), quote, earlier, verb.group(), before_verb=True)
    return subject or _speaker(article, start + verb.end(), opening, quote, earlier, verb.group())


def _according(article: Reading, quote: Quote, earlier: list[Quote]) -> str | None:
    """по словам Пескова, «…» / „…“, so Merz / selon Macron: the phrase after the words, in the quote's sentence."""
    text = article.text
    start = sentence_start(text, _opening_mark(text, quote), _BEFORE_REACH)
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


def _carried(article: Reading, quote: Quote, earlier: list[Quote]) -> str | None:
    """The ranker's speaker, if it chose one; else a quote opening a sentence continues the speaker before it, when
    nobody else is named in between: in its paragraph, the previous quote's; opening its paragraph, the one the last
    quote of the paragraph before had, or the one its closing colon introduced ("Песков ответил на вопрос:")."""
    if quote.speaker:
        return quote.speaker
    text = article.text
    spans = paragraphs(text)
    index = bisect_right([s for s, _ in spans], quote.start) - 1
    if index < 0:
        return None
    p_start, _ = spans[index]
    opening = _opening_mark(text, quote)
    if text[p_start:opening].strip(f" \u00a0{_DASH}{_QUOTE_MARKS}"):
        # within its paragraph, a quote opening a sentence continues the paragraph's previous quote
        last = next((q for q in reversed(earlier) if p_start <= q.start < opening and q.speaker), None)
        if last is None or not re.search(r"[.!?…][»“”\"]?\s*$", text[last.end:opening].rstrip(" \u00a0«„“\"")):
            return None
        others = {m.actor for m in article.persons_in(last.end, opening)} - {last.speaker}
        return None if others else last.speaker
    if index == 0:
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
    start = sentence_start(text, previous_start + len(closing) - 1, _BEFORE_REACH)
    verb = None
    for verb in _verbs(article.language).finditer(text, max(start, previous_start), previous_start + len(closing)):
        pass
    if verb is not None:
        return _speaker(article, max(start, previous_start), verb.start(), quote, earlier, verb.group(), before_verb=True) \
            or _speaker(article, verb.end(), previous_start + len(closing), quote, earlier, verb.group())
    persons = article.persons_in(max(start, previous_start), previous_start + len(closing))
    return persons[0].actor if persons else None


def _speaker(article: Reading, start: int, end: int, quote: Quote, earlier: list[Quote], verb: str,
             before_verb: bool = False) -> str | None:
    return speaker(article, start, end, _opening_mark(article.text, quote), earlier, verb, before_verb)


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


def _clause_end(text: str, position: int, reach: int, stop: str = "") -> int:
    """Where the reporting clause starting at `position` ends: a sentence end, a quotation mark or a dash."""
    window = text[position:position + reach]
    # "M. Macron", "В. Путин": a capital's full stop abbreviates a word and ends nothing
    match = re.search(rf"(?<![\s.][{_UPPER}])(?<!\bMme)\.|[!?…;:\n{re.escape(_QUOTE_MARKS)}{stop}]|\s[{_DASH_CLASS}]\s", window)
    return position + (match.start() if match else len(window))


def _role(speaker: str, people: list[Person], mentions: list[Mention], article: Reading) -> str:
    person = next((p for p in people if p.name == speaker), None)
    if person is not None:
        return person.role
    mention = next((m for m in mentions if m.actor == speaker), None)
    return "official" if mention is not None else role_of(article, speaker)
