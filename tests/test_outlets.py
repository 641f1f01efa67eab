"""The outlet registry: the shipped file is valid and covers what the issue asks; a wrong entry is named in one
line; an article's URL host (subdomains and mirrors included) or source links it to its outlet."""
from pathlib import Path

import pytest

from storage.outlets import TYPES, UNLISTED, Link, OutletError, load_outlets

ENTRY = """
[[outlet]]
name = "Good"
domains = ["good.example"]
country = "UA"
languages = ["uk"]
type = "public"
feeds = [{url = "https://good.example/rss", confirmed = false}]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "outlets.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_registry_covers_the_countries_languages_and_types_asked_for():
    outlets = load_outlets()
    assert len(outlets.outlets) >= 60
    countries = set(outlets.countries())
    assert {"UA", "RU", "US", "GB", "DE", "FR", "PL", "TR", "CN", "IN"} <= countries
    assert countries & {"QA", "AE", "SA", "KW", "BH", "OM"}  # a Gulf state
    assert {"en", "uk", "ru", "de", "fr", "pl"} <= set(outlets.languages())
    assert {o.type for o in outlets.outlets} == set(TYPES)


@pytest.mark.parametrize("name, country, kind", [
    ("RT", "RU", "state"), ("TASS", "RU", "state"), ("Ukrinform", "UA", "state"), ("Suspilne", "UA", "public"),
    ("BBC", "GB", "public"), ("Reuters", "GB", "wire"), ("Anadolu Agency", "TR", "wire"),
    ("Meduza", "LV", "independent"), ("Al Jazeera", "QA", "state"), ("The Hindu", "IN", "private"),
])
def test_the_shipped_registry_types_outlets_as_the_public_record_does(name, country, kind):
    outlet = next(o for o in load_outlets().outlets if o.name == name)
    assert (outlet.country, outlet.type) == (country, kind)


@pytest.mark.parametrize("text, says", [
    (ENTRY.replace('country = "UA"', 'country = "Ukraine"'), "'Good'): country 'Ukraine' is not an ISO 3166-1"),
    (ENTRY.replace('country = "UA"', 'country = "XX"'), "'Good'): country 'XX' is not an ISO 3166-1"),
    (ENTRY.replace('["uk"]', '["ua"]'), "'Good'): language 'ua' is not an ISO 639-1 code"),
    (ENTRY.replace('"public"', '"state-run"'), "'Good'): type 'state-run' is not one of wire, public, state,"),
    (ENTRY.replace('["good.example"]', '["https://good.example/"]'), "'https://good.example/' is not a domain"),
    (ENTRY.replace('domains = ["good.example"]\n', ''), "'Good'): domains must be a non-empty list of strings"),
    (ENTRY.replace(', confirmed = false', ''), "feed https://good.example/rss needs confirmed = true or false"),
    (ENTRY.replace('feeds', 'feed'), "'Good'): unknown field 'feed'"),
    (ENTRY + ENTRY.replace('"Good"', '"Copy"'), "outlet #2 ('Copy'): domain 'good.example' is already 'Good''s"),
    (ENTRY.replace('name = "Good"\n', ''), "outlet #1 ('no name'): needs a name"),
])
def test_a_wrong_entry_is_named_in_one_line(tmp_path, text, says):
    path = write(tmp_path, text)
    with pytest.raises(OutletError) as info:
        load_outlets(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: outlet #")
    assert says in message


def test_a_valid_file_loads(tmp_path):
    outlets = load_outlets(write(tmp_path, ENTRY))
    assert [(o.name, o.country, o.languages, o.type, o.feeds[0].confirmed) for o in outlets.outlets] == [
        ("Good", "UA", ("uk",), "public", False)]


@pytest.mark.parametrize("url, outlet", [
    ("https://www.bbc.co.uk/news/world-europe-1", "BBC"),
    ("https://m.bbc.co.uk/news/1", "BBC"),
    ("https://edition.cnn.com/2025/04/18/europe/x", "CNN"),
    ("https://apnews.com/article/x", "Associated Press"),
    ("https://WWW.Reuters.com:443/world/x", "Reuters"),
    ("https://rurtnews.com/russia/640735-x/", "RT"),  # a mirror
    ("https://interfax.com.ua/news/1.html", "Interfax-Ukraine"),  # not Interfax's interfax.com
    ("https://www.interfax.com/x", "Interfax"),
    ("https://timesofindia.indiatimes.com/world/x.cms", "The Times of India"),
])
def test_an_article_is_linked_by_its_host_and_parent_domains(url, outlet):
    assert load_outlets().link(url).outlet == outlet


def test_an_unlisted_domain_is_its_own_outlet():
    outlets = load_outlets()
    assert outlets.link("https://www.example.org/news/1") == Link("example.org", None, UNLISTED)
    assert outlets.link("https://economictimes.indiatimes.com/x") == Link("economictimes.indiatimes.com", None,
                                                                         UNLISTED)


def test_without_a_url_the_source_names_the_outlet():
    outlets = load_outlets()
    assert outlets.link(None, "reuters") == Link("Reuters", "GB", "wire")
    assert outlets.link(None, "www.kyivindependent.com") == Link("The Kyiv Independent", "UA", "independent")
    assert outlets.link(None, "seed") == Link("seed", None, UNLISTED)
    assert outlets.link(None, None) is None
    assert outlets.link("seeds/000.txt", "Suspilne") == Link("Suspilne", "UA", "public")  # a path is not a URL


def test_an_outlet_quoted_in_any_casing_keeps_the_registry_spelling():
    # Made-up sentence: "Tass" in the text is the registry's "TASS", one voice on the Voices page.
    from datetime import date
    from ingest.extract import extract_all
    from ingest.records import Article
    text = "Peace talks news\n\nThe working-level meeting continued for several hours, Tass reported."
    quotes = extract_all(Article(text=text, published=date(2025, 12, 3))).quotes
    assert [q.speaker for q in quotes] == ["TASS"]


@pytest.mark.parametrize("credited, outlet", [("AP", "Associated Press"), ("Bloomberg News", "Bloomberg"),
                                              ("Guardian", "The Guardian")])
def test_an_outlet_quoted_under_another_name_it_goes_by_is_one_voice(credited, outlet):
    # Made-up sentence: "AP" and "Associated Press" (listed in the registry's aliases) are one voice on the Voices
    # page, and a source written either way links the same outlet.
    from datetime import date
    from ingest.extract import extract_all
    from ingest.records import Article
    text = f"Peace talks news\n\nThe working-level meeting continued for several hours, {credited} reported."
    quotes = extract_all(Article(text=text, published=date(2025, 12, 3))).quotes
    assert [q.speaker for q in quotes] == [outlet]
    assert load_outlets().link(None, credited).outlet == outlet


def test_an_outlet_called_by_the_end_of_its_name_after_its_full_name_is_that_outlet():
    # Made-up paragraphs: "the Post" after "The Washington Post" is that outlet; without the full name in the text,
    # "Post" could be any of several and stays as the text spells it.
    from datetime import date
    from ingest.extract import extract_all
    from ingest.records import Article
    text = ("Peace talks news\n\nThe two leaders spoke on Sunday, a source told The Washington Post.\n\n"
            "He is weighing new sanctions, according to the Post.")
    quotes = extract_all(Article(text=text, published=date(2025, 12, 3))).quotes
    assert [q.speaker for q in quotes] == [None, "The Washington Post"]
    assert load_outlets().named_in_full("Post", "He is weighing new sanctions, according to the Post.") is None


def test_an_alias_must_be_a_list_of_names(tmp_path):
    with pytest.raises(OutletError) as info:
        load_outlets(write(tmp_path, ENTRY.replace('name = "Good"\n', 'name = "Good"\naliases = "G"\n')))
    assert "aliases" in str(info.value)
