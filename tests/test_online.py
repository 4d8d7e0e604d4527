"""The online layer: cassettes (synthetic, see tests/make_cassettes.py), HTTP cache,
retries, rate limit and graceful degradation against a local server."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from pytest_httpserver import HTTPServer
from requests.adapters import HTTPAdapter

import citeresolve
from citeresolve.cli import main
from citeresolve.resolve.online import (
    OnlineResolver,
    OnlineSettings,
    build_session,
    cache_info,
    cache_location,
    clear_cache,
    make_retry,
    require_online_extra,
)

from .conftest import FIXTURES

LOCAL = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])
DOCEO_PATH = "/doceo/document/TA-9-2022-0012_EN.html"
DOCEO_URL = f"https://www.europarl.europa.eu{DOCEO_PATH}"


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(FIXTURES / "cassettes" / "test_online")


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {"filter_headers": ["user-agent", "authorization", "cookie"]}


def plain() -> OnlineResolver:
    """A resolver on a plain session: cassettes and requests-cache do not mix (vcrpy#881)."""
    return OnlineResolver(session=requests.Session())


# --- cassettes


@pytest.mark.vcr
def test_cassette_celex_title(vcr: Any) -> None:
    result = plain().resolve("CELEX:32016R0679")
    assert (result.status, result.exists) == ("ok", True)
    assert str(result.title).startswith("Regulation (EU) 2016/679")
    assert vcr.all_played


@pytest.mark.vcr
def test_cassette_com_document_falls_back_to_dc(vcr: Any) -> None:
    # CELLAR says which CELEX the document has; the by-number link stays primary.
    result = plain().resolve("COM(2020)170")
    assert result.celex == "52020DC0170"
    assert result.url == "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM:2020:170:FIN"
    assert (
        citeresolve.Link(
            "eur-lex", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020DC0170"
        )
        in result.alternatives
    )
    assert vcr.all_played


@pytest.mark.vcr
def test_cassette_oj_page_to_act(vcr: Any) -> None:
    result = plain().resolve("OJ:C:2021:023:83")
    assert result.celex == "52020IP0161"
    assert result.url == "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020IP0161"
    assert result.alternatives[0] == citeresolve.Link(
        "oj_issue", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2021:023:TOC"
    )


@pytest.mark.vcr
def test_cassette_ecli_to_celex(vcr: Any) -> None:
    result = plain().resolve("ECLI:EU:C:2020:559")
    assert (result.celex, result.exists) == ("62018CJ0311", True)
    assert "Schrems" in str(result.title)


@pytest.mark.vcr
def test_cassette_ep_document_exists(vcr: Any) -> None:
    result = plain().resolve("TA-9-2022-0012")
    assert (result.status, result.exists, result.url) == ("ok", True, DOCEO_URL)


@pytest.mark.vcr
def test_cassette_ep_document_missing(vcr: Any) -> None:
    # An absence is no proof: unconfirmed, the offline URL kept, a warning.
    result = plain().resolve("TA-9-2022-0999")
    missing = "https://www.europarl.europa.eu/doceo/document/TA-9-2022-0999_EN.html"
    assert (result.status, result.exists, result.url) == ("unconfirmed", False, missing)
    assert "404" in str(result.reason) and "unconfirmed" in result.warnings[-1]
    assert result.linkable


@pytest.mark.vcr
def test_cassette_bot_challenge_degrades(vcr: Any) -> None:
    result = plain().resolve("CELEX:32016R0679")
    assert result.url == "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679"
    assert (result.status, result.exists) == ("ok", None)
    assert "bot challenge" in result.warnings[-1]


def test_cassettes_say_they_are_synthetic() -> None:
    cassettes = sorted((FIXTURES / "cassettes" / "test_online").glob("*.yaml"))
    assert len(cassettes) == 7
    for path in cassettes:
        assert path.read_text(encoding="utf-8").startswith("# SYNTHETIC"), path


# --- no network


def test_no_network_returns_offline_url_and_warning() -> None:
    # --block-network makes every socket fail: the resolver must not raise.
    result = plain().resolve("TFEU:215", lang="nl")
    assert result.url == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:12016E215"
    assert result.status == "ok" and result.exists is None
    assert "offline URL kept" in result.warnings[-1]


def test_invalid_keys_are_not_sent_online() -> None:
    result = plain().resolve("TEU:174")
    assert (result.status, result.warnings) == ("invalid", ())


# --- against a local server


class ToLocal(HTTPAdapter):
    """Send every request to the local test server, keeping path and query."""

    def __init__(self, base: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.base = base

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        parts = urlsplit(str(request.url))
        request.url = self.base + parts.path + (f"?{parts.query}" if parts.query else "")
        return super().send(request, **kwargs)


def local_resolver(httpserver: HTTPServer, **settings: Any) -> OnlineResolver:
    config = OnlineSettings(cache="memory", timeout=5, **settings)
    session = build_session(config)
    session.mount(
        "https://", ToLocal(httpserver.url_for("").rstrip("/"), max_retries=make_retry(config))
    )
    return OnlineResolver(session=session, settings=config)


@LOCAL
def test_cache_answers_repeats_without_a_request(httpserver: HTTPServer) -> None:
    httpserver.expect_request(DOCEO_PATH).respond_with_data(
        "<html>ok</html>", content_type="text/html"
    )
    with local_resolver(httpserver) as resolver:
        first = resolver.resolve("TA-9-2022-0012")
        second = resolver.resolve("TA-9-2022-0012")
    assert first.exists is True and second.exists is True
    assert len(httpserver.log) == 1


@LOCAL
def test_retries_server_errors_with_backoff(httpserver: HTTPServer) -> None:
    for status in (503, 502):
        httpserver.expect_ordered_request(DOCEO_PATH).respond_with_data("busy", status=status)
    httpserver.expect_ordered_request(DOCEO_PATH).respond_with_data("<html>ok</html>")
    started = time.monotonic()
    with local_resolver(httpserver) as resolver:
        result = resolver.resolve("TA-9-2022-0012")
    assert result.exists is True
    assert len(httpserver.log) == 3
    # Backoff never goes below the 1 request/s pace: two retries take two seconds.
    assert time.monotonic() - started >= 1.9


@LOCAL
def test_retry_after_is_honoured(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(DOCEO_PATH).respond_with_data(
        "slow down", status=429, headers={"Retry-After": "2"}
    )
    httpserver.expect_ordered_request(DOCEO_PATH).respond_with_data("<html>ok</html>")
    started = time.monotonic()
    with local_resolver(httpserver) as resolver:
        assert resolver.resolve("TA-9-2022-0012").exists is True
    assert time.monotonic() - started >= 2.0


@LOCAL
def test_long_retry_after_degrades_and_is_remembered(httpserver: HTTPServer) -> None:
    httpserver.expect_request(DOCEO_PATH).respond_with_data(
        "maintenance", status=503, headers={"Retry-After": "3600"}
    )
    started = time.monotonic()
    with local_resolver(httpserver) as resolver:
        first = resolver.resolve("TA-9-2022-0012")
        second = resolver.resolve("TA-9-2022-0012")
    assert time.monotonic() - started < 5  # the hour is not slept through
    assert first.url == DOCEO_URL and "retry after 3600" in first.warnings[-1]
    assert "asked us to wait" in second.warnings[-1]
    assert len(httpserver.log) == 1  # the second call did not knock again


@LOCAL
def test_rate_limit_is_one_request_per_second_per_host(httpserver: HTTPServer) -> None:
    keys = ["TA-9-2022-0012", "TA-9-2022-0013", "TA-9-2022-0014"]
    for key in keys:
        path = f"/doceo/document/{key}_EN.html"
        httpserver.expect_request(path).respond_with_data("<html>ok</html>")
    started = time.monotonic()
    with local_resolver(httpserver) as resolver:
        assert all(resolver.resolve(key).exists for key in keys)
    assert time.monotonic() - started >= 1.9


@LOCAL
def test_server_error_page_degrades(httpserver: HTTPServer) -> None:
    httpserver.expect_request(DOCEO_PATH).respond_with_data("gone wrong", status=500)
    with local_resolver(httpserver, retries=0) as resolver:
        result = resolver.resolve("TA-9-2022-0012")
    assert (result.url, result.exists) == (DOCEO_URL, None)
    assert "HTTP 500" in result.warnings[-1]


@LOCAL
def test_refused_connection_degrades() -> None:
    config = OnlineSettings(cache="memory", retries=0, timeout=2)
    session = build_session(config)
    session.mount("https://", ToLocal("http://127.0.0.1:9", max_retries=0))  # discard port
    result = OnlineResolver(session=session, settings=config).resolve("TA-9-2022-0012")
    assert result.url == DOCEO_URL
    assert "unreachable" in result.warnings[-1]


@LOCAL
def test_sqlite_cache_info_and_clear(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request(DOCEO_PATH).respond_with_data("<html>ok</html>")
    config = OnlineSettings(cache=str(tmp_path), timeout=5)
    session = build_session(config)
    session.mount("https://", ToLocal(httpserver.url_for("").rstrip("/")))
    with OnlineResolver(session=session, settings=config) as resolver:
        resolver.resolve("TA-9-2022-0012")
    info = cache_info(str(tmp_path))
    assert info["location"] == str(tmp_path / "http_cache.sqlite")
    assert info["responses"] == 1
    assert clear_cache(str(tmp_path)) == 1
    assert cache_info(str(tmp_path))["responses"] == 0


# --- configuration


def test_cache_location_follows_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CITERESOLVE_CACHE_URL", raising=False)
    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", str(tmp_path))
    assert cache_location() == str(tmp_path / "http_cache.sqlite")
    monkeypatch.setenv("CITERESOLVE_CACHE_URL", "redis://localhost:6379/0")
    assert cache_location() == "redis://localhost:6379/0"
    monkeypatch.delenv("CITERESOLVE_CACHE_URL")
    monkeypatch.delenv("CITERESOLVE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_location() == str(tmp_path / "xdg" / "citeresolve" / "http_cache.sqlite")


def test_rate_above_one_per_second_is_refused() -> None:
    with pytest.raises(ValueError, match="requests_per_second"):
        OnlineSettings(requests_per_second=2)


def test_session_sends_a_descriptive_user_agent() -> None:
    session = build_session(OnlineSettings(cache="memory"))
    assert str(session.headers["User-Agent"]).startswith(f"citeresolve/{citeresolve.__version__}")


def hide_module(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make ``import name`` fail as if the package were not installed."""
    monkeypatch.setitem(sys.modules, name, None)


def test_missing_online_extra_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    hide_module(monkeypatch, "requests_ratelimiter")
    with pytest.raises(citeresolve.OnlineDependencyError, match=r"citeresolve\[online\]"):
        require_online_extra()


def test_cli_online_without_extra_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hide_module(monkeypatch, "requests_cache")
    assert main(["resolve", "--online", "TEU:2"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'citeresolve[online]'" in err


# --- absences, HEAD, negative cache, hosts that do not answer

SPARQL_PATH = "/webapi/rdf/sparql"
EMPTY_SPARQL = '{"head": {"vars": ["work", "title"]}, "results": {"bindings": []}}'


@LOCAL
def test_empty_cellar_answer_never_erases_a_good_link(httpserver: HTTPServer) -> None:
    httpserver.expect_request(SPARQL_PATH).respond_with_data(
        EMPTY_SPARQL, content_type="application/sparql-results+json"
    )
    with local_resolver(httpserver) as resolver:
        result = resolver.resolve("CELEX:32016R0679")
    offline = citeresolve.resolve("CELEX:32016R0679")
    assert (result.status, result.exists) == ("unconfirmed", False)
    assert (result.url, result.alternatives) == (offline.url, offline.alternatives)
    assert "unconfirmed" in result.warnings[-1]


@LOCAL
def test_negative_answers_are_cached_briefly(httpserver: HTTPServer) -> None:
    path = "/doceo/document/TA-9-2022-0999_EN.html"
    httpserver.expect_request(path).respond_with_data("missing", status=404)
    with local_resolver(httpserver) as resolver:
        assert resolver.resolve("TA-9-2022-0999").status == "unconfirmed"
        assert resolver.resolve("TA-9-2022-0999").status == "unconfirmed"
    assert len(httpserver.log) == 1  # the 404 came from the cache the second time
    with local_resolver(httpserver, negative_expire_after=dt.timedelta(seconds=0)) as resolver:
        resolver.resolve("TA-9-2022-0999")
        resolver.resolve("TA-9-2022-0999")
    assert len(httpserver.log) == 3  # expired at once: asked again


@LOCAL
def test_empty_sparql_answer_is_not_kept_for_thirty_days(httpserver: HTTPServer) -> None:
    httpserver.expect_request(SPARQL_PATH).respond_with_data(
        EMPTY_SPARQL, content_type="application/sparql-results+json"
    )
    with local_resolver(httpserver, negative_expire_after=dt.timedelta(seconds=0)) as resolver:
        resolver.resolve("CELEX:32016R0679")
        resolver.resolve("CELEX:32016R0679")
    assert len(httpserver.log) == 2


@LOCAL
def test_status_checks_use_head(httpserver: HTTPServer) -> None:
    httpserver.expect_request(DOCEO_PATH, method="HEAD").respond_with_data("", status=200)
    with local_resolver(httpserver) as resolver:
        assert resolver.resolve("TA-9-2022-0012").exists is True
    assert [entry[0].method for entry in httpserver.log] == ["HEAD"]


@LOCAL
def test_head_refused_falls_back_to_get_and_is_remembered(httpserver: HTTPServer) -> None:
    httpserver.expect_request(DOCEO_PATH, method="HEAD").respond_with_data("", status=405)
    httpserver.expect_request(DOCEO_PATH, method="GET").respond_with_data("<html>ok</html>")
    other = "/doceo/document/TA-9-2022-0013_EN.html"
    httpserver.expect_request(other, method="GET").respond_with_data("<html>ok</html>")
    with local_resolver(httpserver) as resolver:
        assert resolver.resolve("TA-9-2022-0012").exists is True
        assert resolver.resolve("TA-9-2022-0013").exists is True
    assert [entry[0].method for entry in httpserver.log] == ["HEAD", "GET", "GET"]


@LOCAL
def test_a_host_that_does_not_answer_is_given_up() -> None:
    config = OnlineSettings(cache="memory", retries=0, timeout=2, max_connection_failures=2)
    session = build_session(config)
    session.mount("https://", ToLocal("http://127.0.0.1:9", max_retries=0))  # discard port
    resolver = OnlineResolver(session=session, settings=config)
    keys = [f"TA-9-2022-{n:04d}" for n in range(10, 16)]
    sent = []
    original = session.request

    def counting(*args: Any, **kwargs: Any) -> requests.Response:
        sent.append(args)
        return original(*args, **kwargs)

    session.request = counting  # type: ignore[method-assign]
    results = [resolver.resolve(key) for key in keys]
    assert len(sent) == 2  # two failures in a row, then the host is left alone
    assert all(r.status == "ok" and r.url for r in results)
    assert "not answering" in results[-1].warnings[-1]


def test_user_agent_names_the_project_url() -> None:
    agent = OnlineSettings().user_agent
    assert agent.startswith("citeresolve/") and "(+https://" in agent
