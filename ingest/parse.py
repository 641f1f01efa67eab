"""Turns a saved web page or a plain-text file into an Article (metadata + clean body).

The only module that imports HTML extractors (trafilatura, readability, newspaper4k) or parses HTML.
The body comes from a cascade, each extractor where it is strongest:
1. trafilatura (fast, recall-oriented, no comments) finds the article's paragraphs;
2. readability, an independent algorithm, cross-checks them: leading and trailing paragraphs it does
   not confirm are boilerplate and are trimmed (only when the two broadly agree on what the article is);
3. newspaper4k runs only when the first two found too little, as the arbiter that decides whether
   readability's longer text is the real article, or as the last resort for a near-empty body.
Then promotions are removed (ingest.clean). Nothing here touches the network.
"""
from __future__ import annotations

import codecs
import copy
import functools
import json
import logging
import re
import warnings
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import charset_normalizer
import lxml.etree
import lxml.html
import trafilatura
import readability.readability
from readability import Document
from readability.readability import Unparseable

from ingest.clean import normalize_newlines, strip_promotions
from ingest.records import Article

MAX_INPUT_BYTES = 5_000_000
SIDECAR_FIELDS = ("title", "url", "source", "published", "authors")

# Readability cleans every page with a Cleaner that also rewrites each link to drop `javascript:` URLs and
# `on*` handlers: attribute work only (we read the summary's text), and 12% of the parse time in the profile
# (`bench.ingest_speed --profile`). Ours is the same Cleaner without it; the text is the same on all 181 pages.
_CLEANER = copy.copy(readability.readability.html_cleaner)
_CLEANER.javascript = False
readability.readability.html_cleaner = _CLEANER

_TRIM_AGREEMENT = 0.5  # share of readability's text that trafilatura also found, to trust it as a judge
_PARAGRAPH_CONFIRMED = 0.7  # share of a paragraph readability also has, to count as confirmed
_CONTAINED = 0.8  # share of one text found in another, to call it contained
_TOO_LITTLE_RATIO = 2  # readability found at least this many times the words: the first step fell short
_TOO_FEW_WORDS = 50
_MIN_ARTICLE_WORDS = 10
_GRAM = 8
_HEADING_MAX_WORDS = 30  # character n-grams compare texts across extractors' different whitespace and CJK text

_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"\W+")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_WESTERN_MARKS = set("\u00a0«»‘’‚“”„–—…•€£¥§°·¡¿©®™†‡‰‹›")
_WESTERN_SHARE = 0.5  # accented letters per letter: French or German stay far below, 8-bit Cyrillic read as Latin near 1
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)
_BLOCK_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dd", "dt",
               "figcaption", "section", "article", "table", "ul", "ol", "br")

# readability reports every page it finds hard as an ERROR log line; the cascade handles those pages.
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)


class ParseError(ValueError):
    """The input holds no article we can read; the message says why and what to do, in one line."""


def parse_html(html: str | bytes, url: str | None = None, meta: dict | None = None) -> Article:
    """Parse a web page into an Article; `meta` (a sidecar's fields) overrides what the page says."""
    meta = meta or {}
    url = meta.get("url") or url
    text = decode_html(html) if isinstance(html, bytes) else html
    _check_size(len(text.encode("utf-8", "surrogatepass")) if isinstance(html, str) else len(html))
    _refuse_binary(text)
    if not text.strip():
        raise ParseError("the page is empty; give a saved article page")
    text = _close_title(text)
    tree = _load_tree(text)
    page = trafilatura.bare_extraction(text, url=url, fast=True, favor_recall=True, include_comments=False,
                                       with_metadata=True)
    title = _clean_line(page.title) if page and page.title else None
    authors = _split_authors(page.author) if page else []
    body = strip_promotions(_drop_heading(extract_body(text, page.text if page else "", url), title, authors))
    if len(_WORD.findall(body)) < _MIN_ARTICLE_WORDS:
        raise ParseError("no article text found in the page; check that it is an article, not an index or login page")
    article = Article(
        text=body,
        title=title,
        url=(page.url if page else None) or url,  # the page's canonical URL (trafilatura falls back to `url`)
        published=_to_date(page.date) if page else None,
        source=_source_name(page, url),
        authors=authors,
        language=_page_language(tree, body),
    )
    return _apply_meta(article, meta)


def parse_text(text: str | bytes, meta: dict | None = None) -> Article:
    """Parse a plain-text article: the first line is the title unless `meta` gives one."""
    meta = meta or {}
    if isinstance(text, bytes):
        _check_size(len(text))
        text = _decode_text(text)
    else:
        _check_size(len(text.encode("utf-8", "surrogatepass")))
    _refuse_binary(text)
    text = normalize_newlines(text.lstrip("\ufeff"))
    if not text.strip():
        raise ParseError("the file is empty; give a file with the article's text")
    body = strip_promotions(text)
    first_line = next(line.strip() for line in body.splitlines() if line.strip())
    article = Article(text=body, title=first_line, url=meta.get("url"), language=detect_language(body))
    return _apply_meta(article, meta)


def read_sidecar(path: str | Path) -> dict:
    """The `NAME.meta.json` beside `path` (empty when absent), checked field by field."""
    path = Path(path)
    sidecar = path.with_name(_stem(path) + ".meta.json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ParseError(f"{sidecar}: not valid JSON ({err}); fix or remove the sidecar file") from None
    if not isinstance(data, dict):
        raise ParseError(f"{sidecar}: expected a JSON object with {', '.join(SIDECAR_FIELDS)}")
    meta = {key: data[key] for key in SIDECAR_FIELDS if data.get(key) not in (None, "", [])}
    if "published" in meta:
        meta["published"] = _sidecar_date(meta["published"], sidecar)
    if "authors" in meta:
        meta["authors"] = _sidecar_authors(meta["authors"], sidecar)
    return meta


def decode_html(data: bytes) -> str:
    """Decode page bytes: a BOM, else valid UTF-8, else the declared charset, else a detected one."""
    _check_size(len(data))
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    return _decode_text(data)


def extract_body(html: str, first: str, url: str | None) -> str:
    """The article body as paragraphs separated by blank lines, from trafilatura's text `first`."""
    paragraphs = _paragraphs(first)
    second = _paragraphs(_readability_text(html))
    second_grams = _grams(_joined(second))  # both checks below compare against it: shingle it once
    paragraphs = _trim_to_agreement(paragraphs, second_grams) if paragraphs else second
    if _found_too_little(paragraphs, second, second_grams):
        third = _paragraphs(_newspaper_text(html, url))
        if third and _share(_grams(_joined(second)), _grams(_joined(third))) >= _CONTAINED:
            paragraphs = second
    if _word_count(paragraphs) < _TOO_FEW_WORDS:
        third = _paragraphs(_newspaper_text(html, url))
        if _word_count(third) > _word_count(paragraphs):
            paragraphs = third
    return _joined(paragraphs)


def _drop_heading(body: str, title: str | None, authors: list[str]) -> str:
    """Remove the headline and byline lines that open the body: they are metadata, not article text."""
    paragraphs = body.split("\n\n")
    title_key = _NON_WORD.sub("", (title or "").lower())
    while paragraphs and len(_WORD.findall(paragraphs[0])) <= _HEADING_MAX_WORDS:
        line = paragraphs[0]
        is_title = title_key and _NON_WORD.sub("", line.lower()) == title_key
        is_byline = any(name in line for name in authors) and len(_WORD.findall(line)) <= 3 + sum(
            len(_WORD.findall(name)) for name in authors)
        if not (is_title or is_byline):
            break
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    letters = sum(ch.isalpha() for ch in text[:5000])
    if letters < 20:
        return None
    code, probability = _classify(text[:5000])
    return code if probability >= 0.5 else None


@functools.lru_cache(maxsize=4)
def _classify(text: str) -> tuple[str, float]:
    """The language identifier's guess; a page's body is asked about twice (sure enough? else any guess)."""
    return _language_identifier().classify(text)


def _trim_to_agreement(paragraphs: list[str], reference_grams: set[str]) -> list[str]:
    """Drop leading and trailing paragraphs the reference extractor (its shingles) does not confirm."""
    if not reference_grams or _share(reference_grams, _grams(_joined(paragraphs))) < _TRIM_AGREEMENT:
        return paragraphs
    confirmed = [_share(_grams(p), reference_grams) >= _PARAGRAPH_CONFIRMED for p in paragraphs]
    if not any(confirmed):
        return paragraphs
    first = confirmed.index(True)
    last = len(confirmed) - 1 - confirmed[::-1].index(True)
    return paragraphs[first:last + 1]


def _found_too_little(paragraphs: list[str], reference: list[str], reference_grams: set[str]) -> bool:
    """The reference holds all we found and at least twice as many words: we likely missed part."""
    if not reference or _word_count(reference) < _TOO_LITTLE_RATIO * _word_count(paragraphs):
        return False
    return _share(_grams(_joined(paragraphs)), reference_grams) >= _CONTAINED


def _readability_text(html: str) -> str:
    try:
        fragment = Document(html).summary(html_partial=True)
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (Unparseable, ValueError, lxml.etree.LxmlError):
        return ""
    except AssertionError:  # lxml asserts on a summary without a body (a page swallowed by an unclosed <script>)
        return ""
    for element in root.iter(_BLOCK_TAGS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    return root.text_content()


def _newspaper_text(html: str, url: str | None) -> str:
    article = _newspaper().Article(url or "", fetch_images=False, follow_meta_refresh=False)
    try:
        article.download(input_html=html)
        article.parse()
    except Exception:  # newspaper raises bare Exceptions for languages whose tokenizers are not installed
        return ""
    return article.text or ""


@functools.cache
def _newspaper():
    """Import newspaper4k with tldextract held to its bundled suffix list, so it never goes online."""
    import tldextract.tldextract

    tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls = ()
    tldextract.tldextract.TLD_EXTRACTOR.fallback_to_snapshot = True
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns that the optional NLP extras are absent; we never use them
        import newspaper
    return newspaper


@functools.cache
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _page_language(tree: lxml.html.HtmlElement, body: str) -> str | None:
    """The detected language of the body when it is sure, else what the page declares."""
    declared = _declared_language(tree)
    if len(body) >= 200:
        code, probability = _classify(body[:5000])
        if probability >= 0.9 and code != declared:
            return code
    return declared or detect_language(body)


def _declared_language(tree: lxml.html.HtmlElement) -> str | None:
    candidates = tree.xpath("/html/@lang | /html/@xml:lang"
                            " | //meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')"
                            "='content-language']/@content | //meta[@property='og:locale']/@content")
    for value in candidates:
        code = re.split(r"[-_]", value.strip().lower())[0]
        if re.fullmatch(r"[a-z]{2,3}", code):
            return code
    return None


def _load_tree(text: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(collect_ids=False)
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        raise ParseError("the page holds no HTML to read; give an article page") from None
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        raise ParseError("the page nests elements over 256 deep (broken or hostile HTML); save a simpler copy")
    return tree


def _close_title(html: str) -> str:
    """End a `<title>` that is never closed at the next tag: left open, it swallows the whole page as its text."""
    opened = _TITLE_OPEN.search(html)
    if not opened or _TITLE_CLOSE.search(html, opened.end()):
        return html
    next_tag = html.find("<", opened.end())
    return html if next_tag < 0 else html[:next_tag] + "</title>" + html[next_tag:]


def _check_size(size: int) -> None:
    if size > MAX_INPUT_BYTES:
        raise ParseError(f"input is {size / 1e6:.1f} MB, over the {MAX_INPUT_BYTES / 1e6:.0f} MB limit for one "
                         "article; save just the article page")


def _refuse_binary(text: str) -> None:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f") + sample.count("\ufffd")
    if sample and controls / len(sample) > 0.02:
        raise ParseError("the input looks like binary data, not text or HTML; give an article page or text file")


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _decode_text(data: bytes) -> str:
    """Strict UTF-8, else Windows-1252 when that reads as Western text, else a detected charset.

    Detection guesses wildly on a few bytes (a short Latin-1 "trêve" comes out as Central European "tręve"),
    while text in Cyrillic or Central European 8-bit charsets never reads as plausible Western text.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    return data.decode(best.encoding if best else "cp1252", errors="replace")


def _western(data: bytes) -> str | None:
    """The bytes as Windows-1252 (Latin-1 for its few unmapped bytes) if that gives mostly-ASCII Latin text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    foreign = [ch for ch in text if ord(ch) > 127]
    if any(not (ch.isalpha() or ch in _WESTERN_MARKS) for ch in foreign):
        return None
    letters = sum(ch.isalpha() for ch in text)
    return text if letters and sum(ch.isalpha() for ch in foreign) <= _WESTERN_SHARE * letters else None


def _paragraphs(text: str) -> list[str]:
    lines = (_SPACES.sub(" ", line).strip() for line in normalize_newlines(text or "").split("\n"))
    return [line for line in lines if line]


def _joined(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def _grams(text: str) -> set[str]:
    squeezed = _NON_WORD.sub("", text.lower())
    if len(squeezed) <= _GRAM:
        return {squeezed} if squeezed else set()
    return {squeezed[i:i + _GRAM] for i in range(len(squeezed) - _GRAM + 1)}


def _share(part: set[str], whole: set[str]) -> float:
    """The fraction of `part` also in `whole` (1 for an empty part: nothing contradicts it)."""
    return len(part & whole) / len(part) if part else 1.0


def _word_count(paragraphs: list[str]) -> int:
    return sum(len(_WORD.findall(p)) for p in paragraphs)


def _clean_line(value: str) -> str:
    return _SPACES.sub(" ", value).strip()


def _split_authors(value: str | None) -> list[str]:
    names = [_clean_line(name) for name in (value or "").split(";")]
    return list(dict.fromkeys(name for name in names if name))


def _source_name(page, url: str | None) -> str | None:
    if page and page.sitename:
        return _clean_line(page.sitename)
    host = urlsplit(url or "").hostname or (page.hostname if page else None)
    return host.removeprefix("www.") if host else None


def _to_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _apply_meta(article: Article, meta: dict) -> Article:
    """Sidecar fields win over what was parsed."""
    for key in ("title", "url", "source"):
        if meta.get(key):
            setattr(article, key, str(meta[key]).strip())
    if meta.get("published"):
        article.published = _sidecar_date(meta["published"], "metadata")
    if meta.get("authors"):
        article.authors = _sidecar_authors(meta["authors"], "metadata")
    return article


def _sidecar_date(value, where) -> date:
    if isinstance(value, date):
        return value
    parsed = _to_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise ParseError(f"{where}: 'published' must be an ISO date like 2025-04-19, not {value!r}")
    return parsed


def _sidecar_authors(value, where) -> list[str]:
    if isinstance(value, str):
        return _split_authors(value.replace(",", ";"))
    if isinstance(value, list) and all(isinstance(name, str) for name in value):
        return [name.strip() for name in value if name.strip()]
    raise ParseError(f"{where}: 'authors' must be a list of names, not {value!r}")


def _stem(path: Path) -> str:
    """`story.html` -> `story`, `story.html.gz` -> `story`: the sidecar is named after the article."""
    name = path.name
    for suffix in (".gz", ".html", ".htm", ".txt", ".xml"):
        name = name.removesuffix(suffix)
    return name
