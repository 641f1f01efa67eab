"""Speakers of direct quotes in Russian, Ukrainian, German and French: made-up sentences (synthetic), checked
through the whole extraction as an article in that language."""
import pytest

from ingest.extract import extract_all
from ingest.records import Article


@pytest.mark.parametrize("language, text, speaker", [
    ("ru", "«Мы готовы к переговорам», — заявил Песков журналистам.", "Dmitry Peskov"),
    ("ru", "Путин сказал: «Россия не против перемирия».", "Vladimir Putin"),
    ("ru", "«Встреча была полезной», — по словам Ушакова.", "Yuri Ushakov"),
    ("ru", "«Решение будет принято позже», — сообщили в Кремле.", "Russia"),
    ("uk", "«Ми не погодимося на поступки», — заявив Зеленський.", "Volodymyr Zelensky"),
    ("uk", "«Тиск на Москву має зрости», — за словами Сибіги.", "Andrii Sybiha"),
    ("de", "„Wir brauchen einen Waffenstillstand“, sagte Bundeskanzler Merz am Montag.", "Friedrich Merz"),
    ("de", "Selenskyj erklärte: „Die Ukraine ist bereit.“", "Volodymyr Zelensky"),
    ("fr", "« Le dialogue doit continuer », a déclaré Emmanuel Macron.", "Emmanuel Macron"),
    ("fr", "« Il n'y aura pas de capitulation », a affirmé Olena Vasylenko, une diplomate.", "Olena Vasylenko"),
])
def test_a_reporting_verb_in_the_language_names_the_speaker(language, text, speaker):
    [quote] = [q for q in extract_all(Article(text=text, language=language)).quotes if q.kind == "direct"]
    assert quote.speaker == speaker


def test_a_quote_without_a_reporting_clause_keeps_no_speaker():
    text = "«Мир возможен и нужен нам всем». Делегации разъехались после встречи."
    [quote] = extract_all(Article(text=text, language="ru")).quotes
    assert quote.speaker is None


def test_english_articles_are_left_to_the_english_rules():
    text = "“We are ready,” sagte Merz."  # a German verb in an English article is not read
    [quote] = extract_all(Article(text=text, language="en")).quotes
    assert quote.speaker is None
