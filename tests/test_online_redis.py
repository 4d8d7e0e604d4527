"""The online layer on Redis: one URL gives a shared HTTP cache and a shared rate limit.

Two processes sharing them are tested in tests/test_dask.py, on real Dask workers.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
import redis
import requests_cache
from pytest_httpserver import HTTPServer

import citeresolve
from citeresolve.resolve.online import (
    OnlineSettings,
    build_session,
    cache_info,
    cache_location,
    clear_cache,
    rate_limit_key,
)

from . import redis_support
from .redis_support import LOCAL

pytestmark = LOCAL


@pytest.fixture
def shared() -> Iterator[tuple[str, str]]:
    yield from redis_support.fresh_namespace()


def test_redis_url_is_the_cache_location(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITERESOLVE_CACHE_URL", "redis://cache.internal:6379/2")
    assert cache_location() == "redis://cache.internal:6379/2"
    assert cache_location("unix:///run/redis.sock") == "unix:///run/redis.sock"


def test_one_url_gives_redis_cache_and_redis_rate_limit(
    shared: tuple[str, str], httpserver: HTTPServer
) -> None:
    url, namespace = shared
    httpserver.expect_request("/act").respond_with_data("ok")
    session = build_session(OnlineSettings(cache=url, namespace=namespace, timeout=5))
    try:
        assert isinstance(session.cache, requests_cache.RedisCache)  # type: ignore[attr-defined]
        first = session.get(httpserver.url_for("/act"), timeout=5)
        second = session.get(httpserver.url_for("/act"), timeout=5)
    finally:
        session.close()
    assert (first.from_cache, second.from_cache) == (False, True)  # type: ignore[attr-defined]
    connection = redis.Redis.from_url(url)
    host = f"{httpserver.host}:{httpserver.port}"
    # The limit's bucket is a Redis key named after namespace and host, so every
    # process on this URL spends from it; only the uncached request was counted.
    assert connection.zcard(rate_limit_key(namespace, host)) == 1
    assert cache_info(url, namespace=namespace)["responses"] == 1


def test_a_new_session_reads_what_another_one_cached(
    shared: tuple[str, str], httpserver: HTTPServer
) -> None:
    url, namespace = shared
    httpserver.expect_request("/celex").respond_with_data("ok")
    for expected in (False, True):
        result = redis_support.fetch(url, namespace, [httpserver.url_for("/celex")])
        assert result["from_cache"] == [expected]
    assert len(httpserver.log) == 1


def test_cache_info_and_clear_on_redis(shared: tuple[str, str], httpserver: HTTPServer) -> None:
    url, namespace = shared
    for path in ("/a", "/b"):
        httpserver.expect_request(path).respond_with_data("ok")
    paths = [httpserver.url_for("/a"), httpserver.url_for("/b")]
    redis_support.fetch(url, namespace, paths)
    info = cache_info(url, namespace=namespace)
    assert (info["location"], info["backend"], info["responses"]) == (url, "RedisCache", 2)
    assert clear_cache(url, namespace=namespace) == 2
    assert cache_info(url, namespace=namespace)["responses"] == 0


def test_missing_redis_client_names_the_redis_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(citeresolve.OnlineDependencyError, match=r"citeresolve\[redis\]"):
        build_session(OnlineSettings(cache="redis://127.0.0.1:1/0"))
