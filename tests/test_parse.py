"""Parsing saved pages and text files: exact metadata, clean bodies, clear refusals, and a quality gate."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from ingest.parse import MAX_INPUT_BYTES, ParseError, parse_html, parse_text, read_sidecar
from ingest.pipeline import SEED_ARTICLE as SEED

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "tests" / "fixtures" / "html"


def page(name: str) -> bytes:
    return (HTML / name).read_bytes()


def test_news_page_metadata_from_json_ld_and_meta():
    article = parse_html(page("news-article.html"))
    assert article.title == "Envoys meet in Geneva as ceasefire talks resume"
    assert article.authors == ["Maria Olsen", "Tomasz Wierzbicki"]
    assert article.published == date(2025, 3, 11)
    assert article.source == "The Daily Ledger"
    assert article.language == "en"
    assert article.url == "https://www.dailyledger.example/world/2025/03/11/geneva-ceasefire-talks"


def test_news_page_body_is_the_article_and_nothing_else():
    text = parse_html(page("news-article.html"), url="https://www.dailyledger.example/world/x").text
    assert text.startswith("Negotiators from Kyiv and Moscow sat down in Geneva on Tuesday")
    assert text.endswith("brokered by Gulf states last year.")
    assert "said Lena Hartmann, a researcher at the Institute for Security Studies." in text
    for boilerplate in ("cookies", "Home", "Advertisement", "Read more", "Related stories", "Markets rally",
                        "newsletter", "Sign up", "All rights reserved", "Privacy policy", "By Maria Olsen"):
        assert boilerplate not in text
    assert len(text.split("\n\n")) == 7  # one paragraph per <p>, separated by blank lines


def test_german_page_is_recorded_as_german():
    article = parse_html(page("german-article.html"))
    assert article.language == "de"
    assert article.title == "Waffenruhe: Verhandlungen in Istanbul ohne Durchbruch"
    assert article.authors == ["Katrin Baumgärtner"]
    assert article.published == date(2025, 5, 16)
    assert article.source == "Rheinischer Anzeiger"
    assert article.text.startswith("Die Delegationen aus Kiew und Moskau sind am Freitag in Istanbul")
    assert "Der türkische Außenminister sprach von einem „wichtigen ersten Schritt“." in article.text
    for boilerplate in ("Meistgelesen", "Cookies", "Impressum", "Von Katrin"):
        assert boilerplate not in article.text


@pytest.mark.parametrize("name, apostrophe", [
    ("wrong-charset-utf8-as-latin1.html", "\u2019"),
    ("wrong-charset-cp1252-as-utf8.html", "'"),
])
def test_wrong_charset_declaration_gives_no_mojibake(name, apostrophe):
    article = parse_html(page(name))
    assert article.title == f"Macron reçoit Zelensky à l{apostrophe}Élysée"
    assert article.source == "Le Quotidien du Léman"
    assert article.language == "fr"
    assert article.published == date(2025, 2, 24)
    assert "« Nous devons être prêts à garantir une paix durable », a déclaré Emmanuel Macron" in article.text
    assert "Ã" not in article.text and "\ufffd" not in article.text


def test_broken_markup_still_yields_the_story():
    article = parse_html(page("broken-markup.html"))
    assert article.title == "Mayors call for humanitarian corridor"
    assert article.source == "Harbour Gazette"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Mayors of four frontline cities issued a joint appeal on Sunday")
    assert paragraphs[-1].endswith("it could build trust for a broader ceasefire.")
    assert len(paragraphs) == 4
    assert "stray cell" not in article.text and "Copyright" not in article.text


def test_promotion_at_the_end_of_a_page_is_not_article_text():
    article = parse_html(page("promo-tail.html"))
    assert article.text.endswith("the coordination headquarters for the treatment of prisoners of war.")
    for promo in ("winter getaway", "0800 123 4567", "WINTER25", "sunnybreaks"):
        assert promo not in article.text


def test_sidecar_fields_override_the_page():
    meta = {"title": "Geneva talks", "url": "https://example.org/geneva", "source": "Wire",
            "published": "2025-03-10", "authors": ["A. Writer"]}
    article = parse_html(page("news-article.html"), url="https://elsewhere.example/x", meta=meta)
    assert (article.title, article.url, article.source, article.published, article.authors) == (
        "Geneva talks", "https://example.org/geneva", "Wire", date(2025, 3, 10), ["A. Writer"])


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\t  ", "empty"),
    (None, "binary"),
    (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
])
def test_unreadable_pages_are_refused_with_one_line(content, message):
    with pytest.raises(ParseError, match=message) as err:
        parse_html(page("binary-junk.html") if content is None else content)
    assert "\n" not in str(err.value)


def test_saved_empty_file_is_refused():
    with pytest.raises(ParseError, match="empty"):
        parse_html(page("empty.html"))


def test_oversized_page_is_refused_before_parsing():
    huge = b"<html><body>" + b"<p>word word word word</p>" * (MAX_INPUT_BYTES // 25 + 10) + b"</body></html>"
    start = time.perf_counter()
    with pytest.raises(ParseError, match=r"MB, over the 5 MB limit"):
        parse_html(huge)
    assert time.perf_counter() - start < 1


def test_hostile_nesting_is_refused_quickly():
    deep = "<html><body>" + "<div>" * 100_000 + "<p>text</p>" + "</div>" * 100_000 + "</body></html>"
    start = time.perf_counter()
    with pytest.raises(ParseError, match="nests elements over 256 deep"):
        parse_html(deep)
    assert time.perf_counter() - start < 5


def test_seed_is_parsed_without_the_advertisement():
    raw = SEED.read_text(encoding="utf-8")
    article = parse_text(raw, read_sidecar(SEED))
    sources = "(Sources: The Guardian, NBC News, AFP, Reuters)"
    assert article.text.rstrip("\n").endswith(sources)
    assert article.text == raw[: raw.index(sources) + len(sources)]  # the article exactly as given
    for ad in ("Hello Shuttle", "Are you looking for reliable airport", "Long Beach cruise port", "Book now"):
        assert ad not in article.text
    assert article.title == "U.S. Signals Frustration With Ukraine-Russia Peace Talks, Floats Possible Withdrawal"
    assert (article.published, article.source, article.language) == (date(2025, 4, 19), "seed", "en")


def test_plain_text_first_line_is_the_title_and_newlines_are_normalised():
    article = parse_text(b"Talks resume\r\n\r\nNegotiators met again in Riyadh on Monday.\r\n")
    assert article.title == "Talks resume"
    assert article.text == "Talks resume\n\nNegotiators met again in Riyadh on Monday.\n"


@pytest.mark.parametrize("content, message", [("", "empty"), ("  \n\n ", "empty"), (bytes(range(256)) * 4, "binary")])
def test_unreadable_text_files_are_refused(content, message):
    with pytest.raises(ParseError, match=message):
        parse_text(content)


def test_read_sidecar_reads_checks_and_reports(tmp_path):
    article = tmp_path / "story.html"
    assert read_sidecar(article) == {}
    sidecar = tmp_path / "story.meta.json"
    sidecar.write_text(json.dumps({"title": "T", "published": "2025-01-02T10:00:00Z", "authors": "A, B",
                                   "source": "", "extra": 1}))
    assert read_sidecar(article) == {"title": "T", "published": date(2025, 1, 2), "authors": ["A", "B"]}
    sidecar.write_text("{not json")
    with pytest.raises(ParseError, match=r"story.meta.json: not valid JSON .*fix or remove the sidecar"):
        read_sidecar(article)
    sidecar.write_text(json.dumps({"published": "last Tuesday"}))
    with pytest.raises(ParseError, match="'published' must be an ISO date"):
        read_sidecar(article)


def test_parsing_never_reaches_the_network():
    # A fresh interpreter with sockets disabled: the newspaper4k fallback (a short page) must work offline.
    script = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
        "from ingest.parse import parse_html\n"
        f"a = parse_html(open({str(HTML / 'short-note.html')!r}, 'rb').read(), url='https://news.example.co.uk/a')\n"
        "print(a.text)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "The next round of talks in Riyadh has been postponed by a week, the mediators said on Monday."


def test_only_parse_imports_html_extractors():
    extractors = {"newspaper", "trafilatura", "readability", "lxml", "justext", "bs4"}
    offenders = []
    for path in (ROOT / "ingest").rglob("*.py"):
        if path.name == "parse.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in extractors]
    assert offenders == []


def test_quality_gate_on_the_public_benchmark():
    from bench.extraction import BENCHMARK, load_pages, score

    if not (BENCHMARK / "ground-truth.json").is_file():
        pytest.skip(f"benchmark data not found at {BENCHMARK} (expected beside the repository in shared/)")
    result = score("project parser", load_pages(limit=60))
    assert result.f1 >= 0.975, f"F1 {result.f1:.4f} on the first 60 pages fell below the floor 0.975 (P {result.precision:.4f}, R {result.recall:.4f})"
