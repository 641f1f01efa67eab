"""Dates in Russian, Ukrainian, German and French, resolved against the publication date: made-up sentences
(synthetic), in articles published on Friday 2025-05-16 unless a test says otherwise."""
from datetime import date

import pytest

from ingest.extract import extract_all
from ingest.extract.foreign_dates import find_dates
from ingest.records import Article

FRIDAY = date(2025, 5, 16)


def dates(text, language, published=FRIDAY):
    return [(ref.text, ref.iso, ref.basis) for ref in find_dates(text, language, published)]


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Песков 18 апреля заявил журналистам.", ("18 апреля", "2025-04-18", "explicit")),
    ("ru", "В понедельник Путин выступил с заявлением.", ("В понедельник", "2025-05-12", "weekday")),
    ("ru", "В прошлую пятницу Лавров говорил иначе.", ("В прошлую пятницу", "2025-05-09", "weekday")),
    ("ru", "Вчера Ушаков ответил на вопросы.", ("Вчера", "2025-05-15", "relative")),
    ("ru", "В марте Кремль молчал.", ("В марте", "2025-03", "explicit")),
    ("uk", "У п’ятницю Зеленський звернувся до партнерів.", ("У п’ятницю", "2025-05-16", "weekday")),
    ("uk", "Сибіга 3 травня виступив у Варшаві.", ("3 травня", "2025-05-03", "explicit")),
    ("uk", "Позавчора Єрмак зустрівся з послами.", ("Позавчора", "2025-05-14", "relative")),
    ("de", "Merz sagte am Freitag in Berlin etwas Neues.", ("am Freitag", "2025-05-16", "weekday")),
    ("de", "Am vergangenen Montag sprach der Kanzler.", ("Am vergangenen Montag", "2025-05-12", "weekday")),
    ("de", "Im März sprach der Kanzler mit Selenskyj.", ("Im März", "2025-03", "explicit")),
    ("de", "Am 18. April äußerte sich der Kreml.", ("18. April", "2025-04-18", "explicit")),
    ("fr", "Vendredi dernier, Macron s'est exprimé.", ("Vendredi dernier", "2025-05-09", "weekday")),
    ("fr", "Le 15 mai, le président a parlé.", ("15 mai", "2025-05-15", "explicit")),
    ("fr", "Hier, le Kremlin a répondu.", ("Hier", "2025-05-15", "relative")),
])
def test_a_date_in_the_language_is_resolved_against_the_publication(language, text, expected):
    assert dates(text, language) == [expected]


def test_a_named_year_is_kept_however_far_back():
    assert dates("Зеленський 3 березня 2024 року виступив у Раді.", "uk") == [("3 березня 2024", "2024-03-03", "explicit")]
    assert dates("Das Treffen vom 18.04.2023 blieb ohne Ergebnis.", "de") == [("18.04.2023", "2023-04-18", "explicit")]


def test_a_day_without_a_year_is_its_nearest_occurrence():
    # 20 December, in an article of 16 May: last December, not this one
    assert dates("Le 20 décembre, Macron a parlé.", "fr") == [("20 décembre", "2024-12-20", "explicit")]


def test_a_weekday_in_a_sentence_that_looks_ahead_is_the_next_one():
    assert dates("Переговоры пройдут во вторник.", "ru") == [("во вторник", "2025-05-20", "weekday")]
    assert dates("Lundi prochain, les délégations se retrouveront.", "fr") == [("Lundi prochain", "2025-05-19", "weekday")]


def test_a_weekday_before_the_day_it_names_gives_way_to_that_day():
    assert dates("Le vendredi 9 mai, Macron a parlé.", "fr") == [("9 mai", "2025-05-09", "explicit")]


def test_words_that_only_look_like_dates_are_not_dates():
    assert dates("Die Delegation kam zu spät.", "de") == []  # "Die" is not Dienstag
    assert dates("Le jeu diplomatique continue.", "fr") == []  # "jeu" is not jeudi
    assert dates("Die März-Runde war kurz.", "de") == []  # a month without its "im" names no date
    assert dates("Песков ответил 30 журналистам.", "ru") == []


def statement_dates(text, language, published=FRIDAY):
    found = extract_all(Article(text=text, language=language, published=published)).statements
    return [(s.actor, s.date, s.date_basis) for s in found]


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "В понедельник Путин предложил перемирие на тридцать дней.", ("Vladimir Putin", "2025-05-12", "weekday")),
    ("uk", "У п'ятницю Зеленський заявив, що готовий до припинення вогню.",
     ("Volodymyr Zelensky", "2025-05-16", "weekday")),
    ("de", "Selenskyj schlug am Mittwoch eine Waffenruhe vor.", ("Volodymyr Zelensky", "2025-05-14", "weekday")),
    ("fr", "Vendredi dernier, Emmanuel Macron a proposé une trêve.", ("Emmanuel Macron", "2025-05-09", "weekday")),
    ("ru", "18 апреля 2024 года Лавров отверг идею перемирия.", ("Sergei Lavrov", "2024-04-18", "explicit")),
])
def test_a_statement_takes_the_date_its_sentence_names(language, text, expected):
    assert statement_dates(text, language) == [expected]


def test_a_statement_is_never_dated_after_its_article():
    # the talks still to come on Tuesday date the talks, not the statement: the article's own day stands
    assert statement_dates("Песков заявил, что переговоры пройдут во вторник.", "ru") == \
        [("Dmitry Peskov", "2025-05-16", "context")]


def test_a_day_without_a_year_is_never_over_six_months_before_its_article():
    # 20 October, without a year, in an article of 16 May: seven months back, so not the statement's date
    assert statement_dates("Le 20 octobre, Emmanuel Macron a proposé une trêve.", "fr") == \
        [("Emmanuel Macron", "2025-05-16", "context")]
    # with its year, the same far day stands
    assert statement_dates("Le 20 octobre 2024, Emmanuel Macron a proposé une trêve.", "fr") == \
        [("Emmanuel Macron", "2024-10-20", "explicit")]


def test_a_date_that_names_the_meeting_is_not_the_statements_date():
    # 12 May dates the talks, proposed on the article's own day
    assert statement_dates("Путин предложил провести переговоры в Стамбуле 12 мая.", "ru") == \
        [("Vladimir Putin", "2025-05-16", "context")]
    assert statement_dates("Selenskyj schlug Verhandlungen am Montag vor, nannte aber keinen Ort.", "de") == \
        [("Volodymyr Zelensky", "2025-05-16", "context")]
    # the day the proposal itself was made stands
    assert statement_dates("12 мая Путин предложил провести переговоры в Стамбуле.", "ru") == \
        [("Vladimir Putin", "2025-05-12", "explicit")]


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "На прошлой неделе Песков заявил журналистам.", ("На прошлой неделе", "2025-05")),
    ("ru", "В прошлом месяце Кремль молчал.", ("В прошлом месяце", "2025-04")),
    ("uk", "Минулого тижня Зеленський звернувся до партнерів.", ("Минулого тижня", "2025-05")),
    ("uk", "У минулому місяці Єрмак говорив інакше.", ("У минулому місяці", "2025-04")),
    ("de", "Vergangene Woche sagte Merz etwas Neues.", ("Vergangene Woche", "2025-05")),
    ("de", "Im vergangenen Monat sprach der Kanzler.", ("Im vergangenen Monat", "2025-04")),
    ("fr", "La semaine dernière, Macron a parlé.", ("La semaine dernière", "2025-05")),
    ("fr", "Le mois dernier, le Kremlin a répondu.", ("Le mois dernier", "2025-04")),
])
def test_a_week_or_month_named_by_its_place_is_that_month(language, text, expected):
    assert dates(text, language) == [(*expected, "relative")]


def test_last_week_early_in_a_month_falls_in_the_month_before():
    tuesday = date(2025, 6, 3)
    assert dates("На прошлой неделе Песков заявил журналистам.", "ru", tuesday) == \
        [("На прошлой неделе", "2025-05", "relative")]
    assert dates("Le mois prochain, les délégations se retrouveront.", "fr", tuesday) == \
        [("Le mois prochain", "2025-07", "relative")]


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Три дня назад Ушаков ответил на вопросы.", ("Три дня назад", "2025-05-13")),
    ("ru", "Неделю назад Лавров говорил иначе.", ("Неделю назад", "2025-05-09")),
    ("uk", "Два тижні тому Сибіга виступив у Варшаві.", ("Два тижні тому", "2025-05-02")),
    ("de", "Vor zwei Wochen sagte Selenskyj etwas anderes.", ("Vor zwei Wochen", "2025-05-02")),
    ("fr", "Il y a une semaine, Zelensky a dit autre chose.", ("Il y a une semaine", "2025-05-09")),
])
def test_a_count_of_days_or_weeks_back_is_that_day(language, text, expected):
    assert dates(text, language) == [(*expected, "relative")]


def test_a_week_that_is_not_placed_is_no_date():
    assert dates("La semaine de négociations commence.", "fr") == []
    assert dates("Die Woche der Verhandlungen beginnt.", "de") == []


def test_a_statement_made_last_week_is_dated_to_that_month():
    assert statement_dates("На прошлой неделе Путин предложил перемирие на тридцать дней.", "ru") == \
        [("Vladimir Putin", "2025-05", "relative")]
