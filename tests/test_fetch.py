"""The fetcher against a real HTTP server on 127.0.0.1: what it accepts, and each refusal as one clear line."""
import time

import pytest

from ingest.fetch import FetchError, FetchOptions, fetch

FAST = FetchOptions(connect_timeout=2, read_timeout=1, deadline=2)


def refusal(url, options=FAST, accept="html") -> str:
    with pytest.raises(FetchError) as info:
        fetch(url, options, accept=accept)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_page_is_fetched_with_its_declared_charset(site):
    page = fetch(f"{site}/talks-geneva.html", FAST)
    assert page.content_type == "text/html"
    assert page.encoding == "utf-8"
    assert b"Negotiators Meet in Geneva" in page.content
    assert page.final_url == f"{site}/talks-geneva.html"


def test_redirect_is_followed_and_final_url_kept(site):
    page = fetch(f"{site}/_/redirect?to=/sanctions-vote.html", FAST)
    assert page.final_url == f"{site}/sanctions-vote.html"
    assert b"European Parliament Backs New Sanctions Package" in page.content


def test_redirect_loop_and_long_chains_are_refused(site):
    assert refusal(f"{site}/_/loop") == f"redirect loop at {site}/_/loop"
    chain = FetchOptions(max_redirects=0)
    assert refusal(f"{site}/_/redirect?to=/talks-geneva.html", chain) == "more than 0 redirects"


def test_http_errors_name_the_status(site):
    assert refusal(f"{site}/missing.html") == "HTTP 404 Not Found"


def test_endless_slow_response_is_cut_by_the_deadline(site):
    started = time.monotonic()
    assert refusal(f"{site}/_/slow") == "download took longer than 2s; gave up"
    assert time.monotonic() - started < 4


def test_silent_server_hits_the_read_timeout(site):
    assert refusal(f"{site}/_/hang?s=3") == "no response within 1s"


def test_oversized_page_is_refused(site):
    message = refusal(f"{site}/_/big?mb=6")
    assert message == "page too large: 6,291,489 bytes (limit 5,242,880)"
    # without a Content-Length the stream is cut at the cap
    assert refusal(f"{site}/_/big?mb=6&nolength=1") == "page too large: more than 5,242,880 bytes (limit)"


def test_gzip_bomb_stops_at_the_cap(site):
    started = time.monotonic()
    assert refusal(f"{site}/_/bomb") == "page too large: more than 5,242,880 bytes (limit)"
    assert time.monotonic() - started < 2


def test_non_html_and_binary_are_refused(site):
    assert refusal(f"{site}/_/json") == (
        "not an article page: the server sent application/json (expected an HTML page)")
    assert refusal(f"{site}/_/binary") == "binary content labelled as text/html"


def test_feeds_are_accepted_only_when_asked_for(site):
    assert refusal(f"{site}/feeds/ledger.rss").startswith("not an article page: the server sent application/rss+xml")
    feed = fetch(f"{site}/feeds/ledger.rss", FAST, accept="any")
    assert feed.is_feed
    assert f"{site}/talks-geneva.html".encode() in feed.content


def test_only_http_and_https(site):
    assert refusal("file:///etc/passwd") == "only http and https URLs are supported, not 'file'"
    assert refusal("ftp://127.0.0.1/x") == "only http and https URLs are supported, not 'ftp'"


def test_dead_port_is_a_one_line_connection_error():
    assert refusal("http://127.0.0.1:9/article.html") == "cannot connect to 127.0.0.1:9: connection refused"


def test_private_addresses_refused_when_not_allowed(site):
    strict = FetchOptions(allow_private=False)
    message = refusal(f"{site}/talks-geneva.html", strict)
    assert message == ("refused: 127.0.0.1 is a private, loopback or link-local address (127.0.0.1);"
                       " allow private addresses in the settings to fetch it")
    assert "link-local" in refusal("http://169.254.169.254/latest/meta-data/", strict)
    assert "(10.0.0.1)" in refusal("http://10.0.0.1/", strict)


def test_redirect_to_a_private_address_is_refused_at_the_hop(site, monkeypatch):
    import ingest.fetch as fetch_module
    checked = []
    real = fetch_module.check_url
    monkeypatch.setattr(fetch_module, "check_url", lambda url, allow: checked.append(url) or real(url, allow))
    fetch(f"{site}/_/redirect?to=/talks-geneva.html", FAST)
    assert checked == [f"{site}/_/redirect?to=/talks-geneva.html", f"{site}/talks-geneva.html"]


def test_the_connection_goes_to_the_address_that_was_checked(site, monkeypatch):
    """DNS rebinding: the check sees a public address, a second lookup would say 127.0.0.1. The fetch must
    connect to the checked (public, here unreachable) address and never reach the local site."""
    import socket

    import ingest.fetch as fetch_module
    real = socket.getaddrinfo
    port = int(site.rsplit(":", 1)[1])
    answers = iter(["192.0.2.10"])  # TEST-NET-1: public-looking, never routed

    def rebinding(host, *args, **kwargs):
        if host == "news.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers, "127.0.0.1"), port))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(fetch_module.ipaddress.IPv4Address, "is_global", property(lambda self: str(self) != "127.0.0.1"))
    with pytest.raises(FetchError) as failed:
        fetch(f"http://news.example:{port}/talks-geneva.html", FetchOptions(allow_private=False, connect_timeout=1))
    assert str(failed.value).startswith(("cannot connect to news.example", "connection timed out"))


def test_with_domain_locks_one_domain_is_fetched_one_request_at_a_time(site, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    def two_at_once(options):
        started = time.monotonic()
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda _: fetch(f"{site}/_/hang?s=0.8", options), range(2)))
        return time.monotonic() - started

    assert two_at_once(FetchOptions()) < 1.5
    assert two_at_once(FetchOptions(domain_locks=str(tmp_path / "locks"))) >= 1.6
