"""Experts: the non-official commentators of an article, with their stances and their outlook on a deal.

An expert is a person the people step marks "expert" or the speaker of a quote whose role is "expert"
(unnamed "experts say" sources are not an expert). Their words (`../shared/gold/STANCES.md`) are their
quotes, the clauses the text reports as theirs ("X believes …", "according to X, …") and the sentences
that continue with them as subject ("He stressed …"); `stances` reads those words clause by clause and
keeps each whole sentence as evidence.
"""
from __future__ import annotations

import re
from datetime import date

from ingest.extract import stances
from ingest.extract.people import CARD_LINE
from ingest.extract.registry import Registry, load_registry
from ingest.extract.sentences import Sentence
from ingest.extract.speechverbs import SPEECH_VERB
from ingest.extract.titles import PRESS_WRITER, held_office_once
from ingest.records import Expert, Person, Quote, Span

# Verbs of saying and of holding a view: what follows them, with the expert as subject, is the expert's.
_VIEW_VERB = re.compile(
    SPEECH_VERB.pattern + r"|\b(?:believes?|believed|thinks?|thought|considers?|considered|expects?|expected|doubts?|"
    r"doubted|fears?|feared|sees|saw|views?|viewed|criticized|criticised|criticizes|criticises|blames?|blamed|"
    r"accuses|accused|describes?|described|calls?|called|points? out|pointed out|emphasi[sz]es|emphasi[sz]ed|"
    r"highlights?|highlighted|is convinced|was convinced|predicts?|predicted|recalls?|recalled|agrees?|agreed|"
    r"finds|found|argues|argued|slam(?:s|med)|lambast\w+|blast(?:s|ed)|denounc\w+|condemn(?:s|ed)|"
    r"(?:does|do|did)(?:n[’']t| not) rule out|rules? out|ruled out|mak(?:es|e|ing) the (?:argument|case|point)|made the (?:argument|case|point))\b")
_HOLDER_NOUN = (r"(?:he|she|the (?:expert|(?:political |military |international )?analyst|professor|scholar|researcher|"
                r"political scientist|scientist|observer|diplomat|former \w+|author|historian|economist|specialist|"
                r"commentator|pundit))")
_PRONOUN_SUBJECT = re.compile(rf"^\W*(?:(?:but|and|however|also|still|yet)[, ]+)?{_HOLDER_NOUN}\b", re.I)
# '…, the observer said.' / '…," he added': the words before a trailing attribution are the holder's.
_TRAILING_HOLDER = re.compile(rf"[,—–]\W*{_HOLDER_NOUN}\s*$", re.I)
# "In his view, Putin would …": the rest of the sentence is the holder's.
_IN_THEIR_VIEW = re.compile(r"^\W*(?:(?:but|and)\s+)?(?:in (?:his|her) (?:view|opinion|assessment|words)|according to "
                            r"(?:him|her)),\s*", re.I)
# 'Moscow has "no interest in a ceasefire", Boris Bondarev, a former diplomat, told Politico': the words fronted
# before the name, up to the comma that introduces it, are the named speaker's.
_FRONTED = re.compile(r"\S.*?[,—–][”\"'’]?\s*$", re.S)
# ", a former Russian diplomat in Geneva who resigned …," between the name and the verb says who they are.
_APPOSITION = re.compile(r"^,[^,]*(?:,[^,]*)*,\s*(?:[a-z]+ly\s+|also\s+)?$")
# "This was stated by …", "This opinion was expressed by …": the sentence before is the named person's.
_BACKWARD = re.compile(r"^\W*(?:this|that|such)\b[^.;:]{0,60}?\b(?:expressed|stated|said|voiced|shared|given|told)\b"
                       r"[^.;:]{0,40}?\bby\b", re.I)
_MAX_SUBJECT_WORDS = 14
# A transcript's speaker label ("MCFAUL: Well, …", "MICHAEL MCFAUL: …"): the paragraph is that speaker's words.
_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{1,60}?)(?:,\s*[A-Z ]+){0,3}:\s")  # ("IAN BREMMER, PRESIDENT AND FOUNDER, EURASIA GROUP:")
# A label alone on its line, in any case and with an optional time stamp ("Sibal: 1:02", "Rishab Gulati, NewsX: 0:04"):
# the paragraphs under it are that speaker's words.
# A question-and-answer interview's labels ("Question. – …", "Q: …", "Answer. – …", "A. – …").
# "an expert has warned", "A leading international relations lecturer has said": an expert the text names elsewhere
_INDEFINITE_EXPERT = re.compile(
    r"(?:^\W*|[,—–]\s*)(?:an?|one)\s+(?:[\w’'-]+\s+){0,4}?(?:expert|analyst|lecturer|professor|scholar|researcher|"
    r"diplomat|ambassador|scientist|observer|historian|economist|specialist|commentator|pundit|general)\s+"
    r"(?:(?:has|have|had)\s+)?$", re.IGNORECASE)
_PARENTHETICAL_VERBS = (r"(?:believes|thinks|says|said|argues|argued|notes|noted|adds|added|stressed|stresses|warns|"
                        r"warned|suggests|suggested)")
_PARENTHETICAL_VIEW = re.compile(rf",\s*{_HOLDER_NOUN}\s+{_PARENTHETICAL_VERBS}\s*,", re.I)
_CALLED_EXPERT = re.compile(r"\W*(?:(?:[A-Z][^,.;:]{0,80},\s+)?the|The|This) (?:military |political |foreign policy )?"
                            r"(?:expert|analyst|scientist|scholar|researcher|professor|historian|economist|observer|pundit)\b")
_DASH_TURN = re.compile(r"\s*[-–—]\s+(?=[A-Z“\"])")
_QUESTION = re.compile(r"\s*(?:Question|Q)\s*[.:]\s*[–—-]?\s*")
_ANSWER = re.compile(r"\s*(?:Answer|A)\s*[.:]\s*[–—-]?\s*(?=[A-Z“\"]|$)")
_LABEL_LINE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:,\s*[^:\n“”\"]{1,160})?:\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def find_experts(
    text: str, sentences: list[Sentence], quotes: list[Quote], people: list[Person], registry: Registry | None = None,
    published: date | None = None,
) -> list[Expert]:
    """Every expert in order of first appearance, with the stances their own words support."""
    found = []
    for name, description, readings in expert_readings(text, sentences, quotes, people, registry, published):
        sides, outlook = stances.decide(readings)
        found.append(Expert(name, description, sides, outlook))
    return found


def expert_readings(
    text: str, sentences: list[Sentence], quotes: list[Quote], people: list[Person], registry: Registry | None = None,
    published: date | None = None,
) -> list[tuple[str, str | None, list[stances.Reading]]]:
    """(name, description, the clauses of their words) of each expert: what the stance models read."""
    registry = registry or load_registry()
    spans = _name_spans(text, people)
    found = []
    # ("While former U.S. President Donald Trump claims …" in an October 2025 story: a sitting official, whatever
    # the text calls him, is no expert)
    experts = [(name, description) for name, description in _experts(text, sentences, quotes, people)
               if not _in_office(registry, name, published)]
    interviewee = _interviewee(text, sentences, [name for name, _ in experts])
    for name, description in experts:
        own = [q for q in quotes if q.speaker == name]
        regions = _merge(_regions(own, sentences) + _reported(text, sentences, name, spans, len(experts) == 1)
                         + _transcribed(text, sentences, name) + _after_colon_lead(sentences, name, spans)
                         + (_answers(sentences) if name == interviewee else []))
        readings = [reading for start, end, sentence in regions
                    for reading in stances.read_clauses(text, start, end, sentence, registry)]
        found.append((name, description, readings))
    return found


def _in_office(registry: Registry, name: str, published: date | None) -> bool:
    """A registry person whose office term, as the registry dates it, covers the article's day."""
    actor = registry.get(name)
    if actor is None or actor.kind != "person" or actor.role != "official":
        return False
    if published is None:
        return False  # (no day to hold the term against: the text's own description decides, as before)
    return actor.in_office(published)


def _name_spans(text: str, people: list[Person]) -> dict[str, list[tuple[int, int]]]:
    return {p.name: list(p.spans) for p in people}


def _reported(text: str, sentences: list[Sentence], name: str,
              spans: dict[str, list[tuple[int, int]]], sole: bool = False) -> list[tuple[int, int, Span]]:
    """The clauses the text reports as the expert's: the rest of a sentence after a view verb whose subject
    names the expert, or is "he"/"she"/"the analyst" continuing from a sentence that did; the words fronted
    before such a subject or before an inverted "…, says X" / "…, the observer said". When the article has one
    expert (`sole`), "an expert has warned" and "a leading lecturer has said" speak of them too."""
    mine = spans.get(name) or _surname_spans(text, name)
    others = [(s, e) for person, found in spans.items() if person != name for s, e in found]
    regions, holder = [], None
    for sentence in sentences:
        own = [(s, e) for s, e in mine if sentence.start <= s < sentence.end]
        verb = _verb_after(text, sentence, own)
        cut = verb.start() if verb else sentence.end
        names_me = any(s < cut for s, _ in own)
        names_other = any(sentence.start <= s < cut for s, _ in others)
        inverted = bool(verb) and any(verb.end() <= s < verb.end() + 40 for s, _ in own)  # '"…," said Katz'
        if inverted:
            holder = name
            regions += _fronted(text, sentence, verb.start())
            continue
        if names_me and _BACKWARD.match(sentence.text):  # "This was the opinion expressed by … Kukharkin."
            previous = _previous(sentences, sentence)
            if previous:
                regions.append((previous.start, previous.end, _span(previous)))
            holder = name
            continue
        according = re.search(rf"\baccording to (?:\w+ )*?{re.escape(name.split()[-1])}\b", sentence.text)
        if according:
            regions.append((sentence.start + according.end(), sentence.end, _span(sentence)))
        subject = text[sentence.start:cut]
        if sole and not own and not names_other:
            unnamed = next(((m, v) for v in _VIEW_VERB.finditer(text, sentence.start, sentence.end)
                            if (m := _INDEFINITE_EXPERT.search(text[sentence.start:v.start()]))), None)
            if unnamed:  # "An expert warned that …", "Putin is not taking Trump seriously, an expert has warned."
                (m, v) = unnamed
                regions += _fronted(text, sentence, sentence.start + m.start() + 1) if m.start() else []
                if len(text[v.end():sentence.end].split()) > 2:
                    regions.append((v.end(), sentence.end, _span(sentence)))
                continue
        if verb and names_me and _subject_words(text, sentence.start, cut, own) <= _MAX_SUBJECT_WORDS:
            holder = name
            first = min(s for s, _ in own)
            regions += _fronted(text, sentence, first)
        elif holder == name and (view := _IN_THEIR_VIEW.match(sentence.text)):
            regions.append((sentence.start + view.end(), sentence.end, _span(sentence)))
            continue
        elif holder == name and _PARENTHETICAL_VIEW.search(sentence.text) or names_me and re.search(
                rf",\s*{re.escape(name.split()[-1])}\s+{_PARENTHETICAL_VERBS}\s*,", sentence.text):
            holder = name  # "This, he believes, was a strategic move": the whole sentence is the holder's view
            regions.append((sentence.start, sentence.end, _span(sentence)))
            continue
        elif verb and holder == name and _TRAILING_HOLDER.search(subject):
            regions += _fronted(text, sentence, sentence.start + _TRAILING_HOLDER.search(subject).start() + 1)
            continue
        elif verb and _PRONOUN_SUBJECT.match(subject) and holder == name:
            pass
        elif names_other or (verb and not _PRONOUN_SUBJECT.match(subject)):
            holder = None
            continue
        else:
            continue
        if verb and holder == name:
            regions.append((verb.end(), sentence.end, _span(sentence)))
    return regions


def _previous(sentences: list[Sentence], sentence: Sentence) -> Sentence | None:
    index = sentences.index(sentence)
    return sentences[index - 1] if index else None


def _surname_spans(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name.split()[-1])}\b", text)]


def _verb_after(text: str, sentence: Sentence, own: list[tuple[int, int]]) -> re.Match | None:
    """The view verb the expert's name is the subject of ("Obozrevatel notes that … Kuleba pointed out that"): the
    first after their name, else the sentence's first."""
    if own:
        first = min(s for s, _ in own)
        inverted = [m for m in _VIEW_VERB.finditer(text, sentence.start, first) if first - m.end() < 40]
        if inverted:  # '"… hard to predict," said Ivan Klyszcz': the verb right before the name, not "predict"
            return inverted[-1]
        after = _VIEW_VERB.search(text, first, sentence.end)
        if after:
            return after
    return _VIEW_VERB.search(text, sentence.start, sentence.end)


def _subject_words(text: str, start: int, cut: int, own: list[tuple[int, int]]) -> int:
    """Words before the verb, not counting an apposition between the name and the verb ("Pritchin, a Russian
    political analyst, PhD in History, and head of …, believes")."""
    first = min((s for s, _ in own), default=start)
    if first > start and _FRONTED.match(text[start:first]):
        start = first  # 'Zelensky's plan is a "step back", Stefano Vernole, …, said': the subject starts at the name
    last = max((e for s, e in own if s < cut), default=start)
    between = text[last:cut]
    if _APPOSITION.match(between):
        return len(text[start:last].split())
    return len(text[start:cut].split())


def _fronted(text: str, sentence: Sentence, end: int) -> list[tuple[int, int, Span]]:
    """The words of a sentence before `end` when they close with the comma (or dash) of an attribution."""
    before = text[sentence.start:end]
    if len(before.split()) < 3 or not _FRONTED.match(before):
        return []
    return [(sentence.start, end, _span(sentence))]


def _transcribed(text: str, sentences: list[Sentence], name: str) -> list[tuple[int, int, Span]]:
    """The sentences of an interview transcript spoken by `name`: from a paragraph labelled with their surname in
    capitals up to the next label; and the paragraphs under a comment card that names them."""
    surname = name.split()[-1].upper()

    def label(sentence: Sentence):
        found = _LABEL.match(sentence.text) or _LABEL_LINE.match(sentence.text)
        if found:
            return sentence.start + found.end(), found.group(1).split()[-1].upper() == surname
        card = CARD_LINE.match(text, sentence.start)  # (its whole line says who speaks, not what they say)
        return (card.end(2), card.group(1).upper().endswith(surname)) if card else None
    return _labelled(sentences, label)


def _after_colon_lead(sentences: list[Sentence], name: str,
                      spans: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int, Span]]:
    """'Charter97 spoke to Vladimir Fesenko, a political scientist …:' or 'Retired General Ben Hodges expressed his
    opinion on this matter:': a paragraph that names the expert and ends with a colon introduces their words, the
    paragraphs after it, up to a question, the next such lead or a paragraph opening with a new source's colon."""
    mine = spans.get(name) or []
    regions, speaking, paragraph = [], False, -1
    for n, sentence in enumerate(sentences):
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            last = _last_of_paragraph(sentences, n)
            if speaking and (_SOURCE_COLON.match(sentence.text) or last.text.rstrip().endswith(("?", ":"))):
                speaking = False
            if last.text.rstrip().endswith(":") and any(sentence.start <= s < last.end for s, _ in mine):
                speaking = True
                continue
        if speaking:
            regions.append((sentence.start, sentence.end, _span(sentence)))
    return regions


def _last_of_paragraph(sentences: list[Sentence], n: int) -> Sentence:
    while n + 1 < len(sentences) and sentences[n + 1].paragraph == sentences[n].paragraph:
        n += 1
    return sentences[n]


_CORRESPONDENT = re.compile(r"\bcorrespondents?\b", re.IGNORECASE)
_SOURCE_COLON = re.compile(r"\W*[A-Z][^.:!?“”\"]{0,60}:\s")  # "Journalists are convinced: …"


def _labelled(sentences: list[Sentence], label) -> list[tuple[int, int, Span]]:
    """The sentences under the labels that mark one speaker's turn: `label(sentence)` of a paragraph's first
    sentence is None (no label: the turn goes on) or (where the label ends in the text, whether the turn is the
    speaker's)."""
    speaking, paragraph, regions, label_end = False, -1, [], 0
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            found = label(sentence)
            if found:
                label_end, speaking = found
        if speaking and sentence.end > label_end:
            regions.append((max(sentence.start, label_end), sentence.end, _span(sentence)))
    return regions


def _interviewee(text: str, sentences: list[Sentence], experts: list[str]) -> str | None:
    """In a question-and-answer interview ("Question. – …" / "Answer. – …", or turns opened by a dash, the
    questions ending in "?"), the expert it is with: the first one the text names before the first answer."""
    first_answer = next((s.start for s in sentences if _ANSWER.match(s.text)), None)
    if first_answer is None or not any(_QUESTION.match(s.text) for s in sentences if s.start < first_answer):
        turns = _dash_turns(sentences).values()
        first_answer = next((start for start, asks in turns if not asks), None)
        if first_answer is None or not any(asks for start, asks in turns if start < first_answer):
            return None
    named = [(text.find(name.split()[-1], 0, first_answer), name) for name in experts]
    named = [(at, name) for at, name in named if at >= 0]
    return min(named)[1] if named else None


def _answers(sentences: list[Sentence]) -> list[tuple[int, int, Span]]:
    """The sentences of every answer paragraph of a question-and-answer interview."""
    turns = _dash_turns(sentences)
    opening = {start: asks for start, asks in turns.values()}

    def label(sentence: Sentence):
        answer = _ANSWER.match(sentence.text)
        if answer:
            return sentence.start + answer.end(), True
        question = _QUESTION.match(sentence.text)
        return (sentence.start + question.end(), False) if question else None

    def dash_label(sentence: Sentence):
        if sentence.start in opening:
            return sentence.start + _DASH_TURN.match(sentence.text).end(), not opening[sentence.start]
        return None
    if not any(_ANSWER.match(s.text) for s in sentences) and turns:
        return _labelled(sentences, dash_label)
    return _labelled(sentences, label)


def _dash_turns(sentences: list[Sentence]) -> dict[int, tuple[int, bool]]:
    """Paragraphs opened by a dash ("- Do you think …?", "– It is hard to say …"), the turns of an interview laid
    out without labels: {paragraph: (start of its first sentence, whether it asks)}. A turn asks when its
    paragraph ends with a question mark."""
    turns: dict[int, tuple[int, bool]] = {}
    for sentence in sentences:
        if sentence.paragraph not in turns and _DASH_TURN.match(sentence.text):
            turns[sentence.paragraph] = (sentence.start, False)
        if sentence.paragraph in turns:
            turns[sentence.paragraph] = (turns[sentence.paragraph][0], sentence.text.rstrip(" ”\"").endswith("?"))
    return turns if any(asks for _, asks in turns.values()) else {}


def _span(sentence: Sentence) -> Span:
    return Span(sentence.text, sentence.start, sentence.end)


def _merge(regions: list[tuple[int, int, Span]]) -> list[tuple[int, int, Span]]:
    """Overlapping regions of one sentence read once: the union of their extents."""
    merged: list[tuple[int, int, Span]] = []
    for start, end, span in sorted(regions, key=lambda r: (r[0], -r[1])):
        if merged and start < merged[-1][1] and merged[-1][2] == span:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), span)
        else:
            merged.append((start, end, span))
    return merged


def _experts(text: str, sentences: list[Sentence], quotes: list[Quote],
             people: list[Person]) -> list[tuple[str, str | None]]:
    """(name, description) of each expert, ordered by where the text first names or quotes them."""
    first: dict[str, int] = {}
    described: dict[str, str | None] = {}
    for person in people:
        if person.role == "expert" or held_office_once(person.description) \
                or _comments(person, quotes, text, sentences, people) or _called_expert(person, sentences, people):
            first[person.name] = min((s for s, _ in person.spans), default=len(first))
            described[person.name] = person.description
    for quote in quotes:
        if quote.speaker_role == "expert" and quote.speaker:
            first[quote.speaker] = min(first.get(quote.speaker, quote.start), quote.start)
            if not described.get(quote.speaker):
                described[quote.speaker] = quote.speaker_description
    return [(name, described[name]) for name in sorted(first, key=first.get)]




def _called_expert(person: Person, sentences: list[Sentence], people: list[Person]) -> bool:
    """'Bank Levente Boros emphasized that … The expert noted that …': someone the text introduced without a
    description, or with one that names no office ("Captain First Rank … from the Atlantic Council of Bulgaria"),
    and then calls "the expert" or "the analyst" (after an opening phrase: "In a sharp criticism of Russian
    diplomacy, the expert emphasized"), with no one else named in between."""
    if person.role in ("official", "expert") or not person.spans:
        return False
    first = person.spans[0][0]
    at = next((n for n, s in enumerate(sentences) if s.start <= first < s.end), None)
    if at is None:
        return False
    # (officials named in between, such as "Presidents Putin and Zelensky", are not who "the expert" is)
    others = [s for p in people if p is not person and p.role != "official" and not p.in_registry for s, _ in p.spans]
    # "…, Dareskedar Taye, Lead Researcher at …, told Sputnik Africa. … The researcher stated": the one described
    # as a researcher in that sentence is who "the researcher" is
    described = [s for p in people if p is not person and p.role == "expert" for s, _ in p.spans]
    for sentence in sentences[at + 1:at + 3]:
        if _CALLED_EXPERT.match(sentence.text):
            return not any(first < s < sentence.start for s in others) \
                and not any(sentences[at].start <= s < sentence.start for s in described)
    return False


def _comments(person: Person, quotes: list[Quote], text: str, sentences: list[Sentence], people: list[Person]) -> bool:
    """A journalist (not an official) whose own words the article quotes or reports; a correspondent too (their
    analysis: "According to The Telegraph's senior correspondent Roland Oliphant, the main goal …"), but not a host or
    reporter who asks the questions."""
    if not (person.description and (PRESS_WRITER.search(person.description) or _CORRESPONDENT.search(person.description))
            and person.role != "official"):
        return False
    return any(q.speaker == person.name for q in quotes) or bool(
        _reported(text, sentences, person.name, _name_spans(text, people))
        or _transcribed(text, sentences, person.name))  # a round-up's "Name, editor of …:" line, then their words


def _regions(quotes: list[Quote], sentences: list[Sentence]) -> list[tuple[int, int, Span]]:
    """Each quote's extent within each sentence it overlaps, with that sentence as the evidence span."""
    regions = {}
    for quote in quotes:
        for s in sentences:
            if s.start < quote.end and quote.start < s.end:
                start, end = max(s.start, quote.start), min(s.end, quote.end)
                regions[(start, end)] = Span(s.text, s.start, s.end)
    return [(start, end, span) for (start, end), span in sorted(regions.items())]
