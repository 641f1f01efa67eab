"""Ceasefire and peace statements in Russian, Ukrainian, German and French: made-up sentences (synthetic), read
as articles in that language published on 2025-05-11, under the English date rule."""
from datetime import date

import pytest

from ingest.extract import extract_all
from ingest.records import Article

PUBLISHED = date(2025, 5, 11)


def statements(text, language):
    return [(s.actor, s.kind, s.date, s.date_basis) for s in
            extract_all(Article(text=text, language=language, published=PUBLISHED)).statements]


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Путин 8 мая предложил начать прямые переговоры в Стамбуле.",
     ("Vladimir Putin", "proposal", "2025-05-08", "explicit")),
    ("uk", "Зеленський відхилив умови Москви щодо перемир'я.",
     ("Volodymyr Zelensky", "rejection", "2025-05-11", "context")),
    ("de", "Der Kreml lehnte gestern eine Waffenruhe ab.", ("Russia", "rejection", "2025-05-10", "relative")),
    ("fr", "Emmanuel Macron a proposé le 10 mai un cessez-le-feu de trente jours.",
     ("Emmanuel Macron", "proposal", "2025-05-10", "explicit")),
])
def test_a_statement_in_another_language_has_its_actor_kind_and_date(language, text, expected):
    assert statements(text, language) == [expected]


def test_a_day_still_to_come_is_not_a_date_of_last_year():
    # "talks in Istanbul on 15 May" in a 11 May article: made now, never dated 2024-05-15
    found = statements("Путин предложил переговоры в Стамбуле 15 мая.", "ru")
    assert [(d, basis) for _, _, d, basis in found] == [("2025-05-11", "context")]


def test_no_official_actor_or_no_talks_word_is_no_statement():
    assert statements("Переговоры продолжатся на следующей неделе.", "ru") == []
    assert statements("Путин посетил завод в Туле.", "ru") == []
