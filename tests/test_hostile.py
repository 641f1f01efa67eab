"""Hostile and broken input, end to end: each nasty page, file or server behaviour in `tests/fixtures/hostile/`
(or generated here when it is too big to commit) goes through the real pipeline into a real SQLite store, and
the test checks what a user would see: the stored row, or the one-line refusal, and that nothing else broke.
"""
from __future__ import annotations

import functools
import json
import sqlite3
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ingest.extract.registry import load_registry
from ingest.fetch import FetchOptions
from ingest.parse import parse_text
from ingest.pipeline import Options, run

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
TYPES = {".html": "text/html", ".txt": "text/plain", ".rss": "application/rss+xml"}


def ingest(sources, db, **options) -> dict[str, tuple[str, str]]:
    outcomes = []
    run([str(s) for s in sources], Options(db=db, **options), outcomes.append)
    return {o.origin: (o.status, o.detail) for o in outcomes}


def rows(db, sql, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


# --- a server for hostile pages ------------------------------------------------------------------------------

class _Hostile(BaseHTTPRequestHandler):
    """Serves `tests/fixtures/hostile/NAME` at `/.../NAME` (any folders before it, so a URL can carry a date),
    with `?charset=X` added to the Content-Type, and generated pages under `/_/`."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        parts = urlsplit(self.path)
        try:
            if parts.path.startswith("/_/"):
                body, content_type = _generated(parts.path.removeprefix("/_/"))
                return self._send(body, content_type)
            target = HOSTILE / parts.path.rsplit("/", 1)[-1]
            if not target.is_file():
                return self._send(b"<html><body>Not found</body></html>", "text/html", 404)
            content_type = TYPES.get(target.suffix, "application/octet-stream")
            if parts.query.startswith("charset="):
                content_type += "; " + parts.query
            self._send(target.read_bytes(), content_type)
        except OSError:  # the client hung up, as the fetcher does on refusals
            pass

    def _send(self, body: bytes, content_type: str, status: int = 200):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@functools.cache
def _generated(name: str) -> tuple[bytes, str]:
    """Inputs too big to commit, made once per run."""
    if name == "big.html":
        return big_page(), "text/html; charset=utf-8"
    if name == "nested.html":
        return nested_page(), "text/html; charset=utf-8"
    if name == "feed.rss":
        return big_feed(), "application/rss+xml"
    if name == "utf8-as-latin1.html":
        return (HOSTILE / "german.html").read_bytes(), "text/html; charset=iso-8859-1"
    return b"<html><body>Not found</body></html>", "text/html"


def big_page(megabytes: int = 10) -> bytes:
    paragraph = b"<p>" + b"Negotiators met again in Geneva to discuss a ceasefire. " * 20 + b"</p>\n"
    return b"<html><body><article>" + paragraph * (megabytes * 1024 * 1024 // len(paragraph) + 1) + b"</article></body></html>"


def nested_page(depth: int = 100_000) -> bytes:
    return b"<html><body>" + b"<div>" * depth + b"<p>Talks resumed.</p>" + b"</div>" * depth + b"</body></html>"


FEED_ITEMS = 10_000
REAL_ITEMS = ("german.html", "french.html", "undated.html")


def big_feed() -> bytes:
    """10,000 items: a few real articles (relative links), the rest links no one should follow."""
    hostile = ("javascript:alert({})", "file:///etc/passwd?{}", "ftp://127.0.0.1/{}", "data:text/html,<script>{}</script>")
    links = [hostile[i % len(hostile)].format(i) for i in range(FEED_ITEMS - len(REAL_ITEMS))] + [f"/{n}" for n in REAL_ITEMS]
    items = "".join(f"<item><title>Story {i} &lt;script&gt;</title><link>{link.replace('&', '&amp;').replace('<', '&lt;')}"
                    f"</link></item>" for i, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Flood</title>{items}</channel></rss>'.encode()


@pytest.fixture(scope="module")
def hostile_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# --- broken but real pages and files -------------------------------------------------------------------------

def test_a_fetched_page_is_dated_and_named_from_its_url(db_path, hostile_site):
    # The page has no date and no site name: the URL it was fetched from supplies both.
    url = f"{hostile_site}/world/2025/05/14/undated.html"
    assert ingest([url], db_path) == {url: ("added", "")}
    assert rows(db_path, "SELECT url, published, source FROM articles") == [
        (url, "2025-05-14", hostile_site.removeprefix("http://"))]


def test_a_title_never_closed_ends_at_the_next_tag(db_path):
    # Left open, <title> would swallow the page (lxml then asserted); it is closed at the next tag instead.
    assert ingest([HOSTILE / "unclosed-title.html"], db_path) == {str(HOSTILE / "unclosed-title.html"): ("added", "")}
    [(title, text)] = rows(db_path, "SELECT title, text FROM articles")
    assert title == "Envoys return to Geneva for a second round"
    assert text.startswith("Negotiators from Kyiv and Moscow returned to Geneva on Thursday")
    assert text.endswith("before the summer.")


@pytest.mark.parametrize("tag", ["script", "style", "noembed"])
def test_a_page_swallowed_by_an_unclosed_element_is_one_clear_failure(db_path, tmp_path, tag):
    page = tmp_path / f"unclosed-{tag}.html"
    page.write_text(f"<html><head><{tag}>never closed</head><body><p>{'Talks resumed in Geneva today. ' * 20}</p>"
                    "</body></html>")
    assert ingest([page], db_path) == {str(page): (
        "failed", "no article text found in the page; check that it is an article, not an index or login page")}


def test_a_short_latin1_text_file_is_read_as_latin1(db_path):
    raw = (HOSTILE / "latin1-short.txt").read_bytes()
    assert parse_text(raw).title == "Trêve à Genève"
    ingest([HOSTILE / "latin1-short.txt"], db_path)
    assert rows(db_path, "SELECT title, text FROM articles") == [
        ("Trêve à Genève", "Trêve à Genève\n\nLes négociateurs se sont réunis lundi pour une trêve.\n")]


@pytest.mark.parametrize("text, encoding", [
    ("Größe der Delegation", "latin-1"),
    ("Les négociateurs – « une trêve » – à Genève", "cp1252"),
    ("Переговоры в Женеве продолжаются третий день", "cp1251"),
    ("Переговори в Женеві тривають третій день", "cp1251"),
    ("Rozejm: żołnierze czekają na decyzję w Genewie", "cp1250"),
])
def test_short_8bit_texts_decode_in_their_own_charset(text, encoding):
    assert parse_text(text.encode(encoding)).text == text


# --- markup, scripts and control characters are text ------------------------------------------------------------

INJECTED_TITLE = "<script>alert('title')</script> Talks stall <img src=x onerror=alert(1)>"
INJECTED_QUOTE = "<script>alert(1)</script> We will not trade our land for a pause in the shelling,"
MARKDOWN_TXT_TITLE = ("# **$x$** \\(\\alpha\\) `rm -rf /` [click me](javascript:alert(1)) <b>bold</b> $$\\int_0^1$$"
                      " ~~gone~~ | a | b |")
MARKDOWN_HTML_TITLE = "# **$x$** \\(\\alpha\\) `whoami` [link](javascript:alert(1)) $$\\sum$$ _under_"


def test_scripts_and_onerror_are_stored_as_literal_text_and_script_elements_dropped(db_path):
    ingest([HOSTILE / "script-injection.html"], db_path)
    [(title, text)] = rows(db_path, "SELECT title, text FROM articles")
    assert title == INJECTED_TITLE
    assert "a prankster posted the string <img src=x onerror=alert(1)> in the official live chat" in text
    assert f'"{INJECTED_QUOTE}" Volodymyr Zelensky said after the session' in text
    for executable in ("INJECTED BY A SCRIPT ELEMENT", "head script runs", "a real img element", "body onload"):
        assert executable not in text
    assert rows(db_path, "SELECT kind, text, speaker FROM quotes WHERE kind = 'direct'") == [
        ("direct", INJECTED_QUOTE, "Volodymyr Zelensky")]


def test_markdown_and_latex_in_titles_are_stored_exactly(db_path):
    ingest([HOSTILE / "markdown-title.txt", HOSTILE / "markdown-title.html"], db_path)
    assert rows(db_path, "SELECT title FROM articles ORDER BY id") == [(MARKDOWN_TXT_TITLE,), (MARKDOWN_HTML_TITLE,)]
    assert rows(db_path, "SELECT text FROM quotes WHERE kind = 'direct'") == [
        ("<img src=x onerror=alert(1)> We want peace, but not at any price,",)]


def test_cli_json_outputs_keep_markup_as_text(run_cli, db_path):
    files = [str(HOSTILE / name) for name in ("script-injection.html", "markdown-title.txt")]
    assert run_cli("add", *files, "--db", db_path).stdout == "added 2, duplicates 0, failed 0\n"
    listed = json.loads(run_cli("articles", "--json", "--db", db_path).stdout)
    assert [a["title"] for a in listed] == [INJECTED_TITLE, MARKDOWN_TXT_TITLE]
    assert [a["text"] for a in listed] == [t for (t,) in rows(db_path, "SELECT text FROM articles ORDER BY id")]
    analyzed = [json.loads(line) for line in run_cli("analyze", *files).stdout.splitlines()]
    assert [a["title"] for a in analyzed] == [INJECTED_TITLE, MARKDOWN_TXT_TITLE]
    assert [q["text"] for q in analyzed[0]["quotes"] if q["kind"] == "direct"] == [INJECTED_QUOTE]


# --- other languages ------------------------------------------------------------------------------------------

REPORTED = {
    "ru": "Путин по-прежнему готов к диалогу, но выдвинули новые условия",
    "uk": "Путін і надалі готовий до діалогу, але висунули нові умови",
    "fr": "Poutine restait ouvert au dialogue, tout en posant de nouvelles conditions",
}


@pytest.mark.parametrize("name, language, title, source, mentions, quote", [
    # Every mention in each language, inflected forms included (Москвы, Кремле, Києва, Кремлі).
    ("german.html", "de", "Waffenruhe-Gespräche in Genf vertagt", "Rheinischer Bote",
     [("Ukraine", "Kiew"), ("Russia", "Moskau"), ("Volodymyr Zelensky", "Selenskyj"), ("Russia", "Kreml"),
      ("Vladimir Putin", "Putin")], "Wir werden keinen Frieden akzeptieren, der unser Land teilt"),
    ("russian.html", "ru", "Переговоры в Женеве отложены", "Вечерний вестник",
     [("Russia", "Москвы"), ("Ukraine", "Киева"), ("Volodymyr Zelensky", "Зеленский"), ("Russia", "Кремле"),
      ("Vladimir Putin", "Путин")], "Мы не примем мир, который разделит нашу страну"),
    ("ukrainian.html", "uk", "Переговори в Женеві відкладено", "Вечірній вісник",
     [("Ukraine", "Києва"), ("Russia", "Москви"), ("Volodymyr Zelensky", "Зеленський"), ("Russia", "Кремлі"),
      ("Vladimir Putin", "Путін")], "Ми не приймемо миру, який розділить нашу країну"),
    ("french.html", "fr", "Les pourparlers de Genève ajournés", "Le Courrier du Soir",
     [("Ukraine", "Kiev"), ("Russia", "Moscou"), ("Volodymyr Zelensky", "Zelensky"), ("Russia", "Kremlin"),
      ("Vladimir Putin", "Poutine")], "Nous n'accepterons pas une paix qui divise notre pays"),
])
def test_non_english_articles_are_stored_with_their_language_and_not_read_as_english(
        db_path, name, language, title, source, mentions, quote):
    assert ingest([HOSTILE / name], db_path) == {str(HOSTILE / name): ("added", "")}
    [(stored_language, stored_title, stored_source, text)] = rows(
        db_path, "SELECT language, title, source, text FROM articles")
    assert (stored_language, stored_title, stored_source) == (language, title, source)
    assert text.startswith(("Die Delegationen", "Делегации", "Делегації", "Les délégations"))
    found = rows(db_path, "SELECT a.name, m.surface FROM mentions m JOIN actors a ON a.id = m.actor_id ORDER BY m.start")
    assert found == mentions
    registry = load_registry()
    assert all(registry.lookup(surface).name == actor for actor, surface in found)  # only real aliases
    # The quoted words with the speaker its own language's reporting verb names ("заявил Зеленский", "sagte
    # Selenskyj", "a déclaré Zelensky"), and the Kremlin's reported words where a conjunction introduces them
    # ("сообщили, что", "a indiqué que"; the German "erklärte, Putin sei" has none); nothing else taken for a quote:
    # not the quoted phrase "трудным, но необходимым шагом", not "по словам дипломатов" (no one speaker).
    assert rows(db_path, "SELECT kind, text, speaker FROM quotes ORDER BY start") == \
        [("direct", quote, "Volodymyr Zelensky")] + ([("indirect", REPORTED[language], "Russia")] if language in REPORTED else [])
    assert rows(db_path, "SELECT count(*) FROM statements") == [(0,)]
    assert rows(db_path, "SELECT count(*) FROM experts") == [(0,)]


# --- wrong and missing charsets -------------------------------------------------------------------------------

def test_utf8_page_served_as_latin1_reads_as_utf8(db_path, hostile_site):
    url = f"{hostile_site}/_/utf8-as-latin1.html"
    assert ingest([url], db_path) == {url: ("added", "")}
    [(title, text)] = rows(db_path, "SELECT title, text FROM articles")
    assert title == "Waffenruhe-Gespräche in Genf vertagt"
    assert "über eine Waffenruhe" in text and "Ã" not in text


@pytest.mark.parametrize("name, served_as, title, phrase", [
    ("russian-cp1251-undeclared.html", "", "Переговоры в Женеве отложены", "«Мы не примем мир"),
    ("french-utf8-declared-cp1251.html", "?charset=windows-1251", "Les pourparlers de Genève ajournés",
     "« Nous n'accepterons pas une paix"),
])
def test_missing_or_wrong_charsets_still_read_correctly(db_path, hostile_site, name, served_as, title, phrase):
    url = f"{hostile_site}/{name}{served_as}"
    assert ingest([url, HOSTILE / name], db_path) == {
        url: ("added", ""), str(HOSTILE / name): ("duplicate", "same text as article 1")}
    [(stored_title, text)] = rows(db_path, "SELECT title, text FROM articles")
    assert stored_title == title and phrase in text


# --- size, depth and compression limits ------------------------------------------------------------------------

def test_oversized_and_deeply_nested_pages_are_refused_without_a_memory_blow_up(tmp_path, hostile_site, site):
    """In a fresh interpreter: peak memory (ru_maxrss) may not grow by more than 64 MB over the refusals."""
    (tmp_path / "big.html").write_bytes(big_page())
    (tmp_path / "nested.html").write_bytes(nested_page())
    sources = [tmp_path / "big.html", tmp_path / "nested.html", f"{hostile_site}/_/big.html",
               f"{site}/_/big?mb=10&nolength=1", f"{hostile_site}/_/nested.html", f"{site}/_/bomb"]
    script = (
        "import json, resource, sys\n"
        "from pathlib import Path\n"
        "from ingest.pipeline import Options, prepare\n"
        "from ingest.sources import Item\n"
        "def peak(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024\n"
        f"prepare(Item('warm-up', 'html', path=Path({str(HOSTILE / 'german.html')!r})), Options())\n"
        "before = peak()\n"
        "reasons = [prepare(Item(s, 'url', url=s) if s.startswith('http') else Item(s, 'html', path=Path(s)),"
        " Options()).reason for s in sys.argv[1:]]\n"
        "print(json.dumps({'reasons': reasons, 'growth_mb': peak() - before}))\n"
    )
    done = subprocess.run([str(PYTHON), "-c", script, *map(str, sources)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    depth = "the page nests elements over 256 deep (broken or hostile HTML); save a simpler copy"
    assert result["reasons"] == [
        "file too large: 10,485,933 bytes (limit 5,000,000 for one article)", depth,
        "page too large: 10,485,933 bytes (limit 5,242,880)", "page too large: more than 5,242,880 bytes (limit)",
        depth, "page too large: more than 5,242,880 bytes (limit)"]
    assert result["growth_mb"] < 64


def test_server_tricks_are_one_line_failures_and_the_batch_goes_on(db_path, hostile_site, site):
    tricks = {
        f"{site}/_/bomb": "page too large: more than 5,242,880 bytes (limit)",
        f"{site}/_/slow": "download took longer than 2s; gave up",
        f"{site}/_/loop": f"redirect loop at {site}/_/loop",
        f"{site}/_/binary": "binary content labelled as text/html",
        f"{site}/_/hang?s=3": "no response within 1s",
    }
    good = f"{hostile_site}/german.html"
    started = time.monotonic()
    outcomes = ingest([*tricks, good], db_path, fetch=FetchOptions(read_timeout=1, deadline=2))
    assert outcomes == {**{url: ("failed", reason) for url, reason in tricks.items()}, good: ("added", "")}
    assert time.monotonic() - started < 15
    assert rows(db_path, "SELECT origin, outcome, detail FROM ingest_log WHERE outcome = 'failed' ORDER BY id") == [
        (url, "failed", reason) for url, reason in tricks.items()]


# --- a flood of feed items -----------------------------------------------------------------------------------

def test_a_feed_of_ten_thousand_items_with_hostile_links(db_path, hostile_site):
    feed = f"{hostile_site}/_/feed.rss"
    started = time.monotonic()
    outcomes = ingest([feed], db_path)
    elapsed = time.monotonic() - started
    added = {origin for origin, (status, _) in outcomes.items() if status == "added"}
    assert added == {f"{hostile_site}/{name}" for name in REAL_ITEMS}
    refused = {detail for status, detail in outcomes.values() if status == "failed"}
    assert refused == {f"only http and https URLs are supported, not {scheme!r}"
                       for scheme in ("javascript", "file", "ftp", "data")}
    assert len(outcomes) == FEED_ITEMS
    assert rows(db_path, "SELECT outcome, count(*) FROM ingest_log GROUP BY outcome ORDER BY 1") == [
        ("added", 3), ("failed", FEED_ITEMS - 3)]
    assert elapsed < 60


# --- URLs added through the dashboard -----------------------------------------------------------------------------

def test_dashboard_add_refuses_private_addresses_unless_allowed(db_path, hostile_site, monkeypatch):
    from dashboard import actions

    monkeypatch.setenv("COVERAGE_DB", db_path)
    monkeypatch.delenv("COVERAGE_READONLY", raising=False)
    monkeypatch.delenv("COVERAGE_ALLOW_PRIVATE", raising=False)
    port = urlsplit(hostile_site).port
    private = {
        f"{hostile_site}/german.html": "127.0.0.1", f"http://localhost:{port}/german.html": "127.0.0.1",
        f"http://2130706433:{port}/german.html": "127.0.0.1", f"http://[::1]:{port}/german.html": "::1",
        "http://169.254.169.254/latest/meta-data/": "169.254.169.254", "http://10.0.0.1/": "10.0.0.1",
        "http://192.168.1.1/admin": "192.168.1.1",
    }
    outcomes = []
    actions.add_sources([*private, "javascript:alert(1)", "file:///etc/passwd"], outcomes.append)
    details = {o.origin: o.detail for o in outcomes}
    for url, address in private.items():
        host = urlsplit(url).hostname
        assert details[url] == (f"refused: {host} is a private, loopback or link-local address ({address});"
                                " allow private addresses in the settings to fetch it"), url
    only_web = "only http:// and https:// addresses can be added here; upload files instead"
    assert details["javascript:alert(1)"] == only_web
    assert details["file:///etc/passwd"] == only_web
    assert rows(db_path, "SELECT count(*) FROM articles") == [(0,)]

    monkeypatch.setenv("COVERAGE_ALLOW_PRIVATE", "1")
    assert actions.add_sources([f"{hostile_site}/german.html"]).added == 1


def test_dashboard_add_never_reads_server_paths(db_path, monkeypatch):
    """A path typed into "add by URL", or an uploaded list of paths, must not ingest the server's own files."""
    from dashboard import actions

    monkeypatch.setenv("COVERAGE_DB", db_path)
    monkeypatch.delenv("COVERAGE_READONLY", raising=False)
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    outcomes = []
    summary = actions.add_sources([str(seeds), "/", "seeds/"], outcomes.append)
    assert (summary.added, summary.failed) == (0, 3)
    assert {o.detail for o in outcomes} == {"only http:// and https:// addresses can be added here; upload files instead"}

    listing = "\n".join(str(p) for p in sorted(seeds.iterdir())).encode()
    outcomes.clear()
    actions.add_uploads([("paths.txt", listing)], outcomes.append)
    assert [o.status for o in outcomes] == ["added"]  # the upload itself is the article, not a list
    assert rows(db_path, "SELECT count(*), max(origin) FROM articles") == [(1, "paths.txt")]
    assert rows(db_path, "SELECT count(*) FROM articles WHERE title LIKE '%Ukraine-Russia%'") == [(0,)]
