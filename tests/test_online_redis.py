"""The online layer on Redis: one URL gives a shared HTTP cache and a shared rate limit.

Two processes sharing them are tested in tests/test_dask.py, on real Dask workers.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator

import pytest
import redis
import requests_cache
from pyrate_limiter import Rate, RateItem
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
from citeresolve.resolve.shared_limit import RedisTimeBucket, per_second_rate, redis_milliseconds

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


def test_the_shared_limit_is_decided_and_stamped_by_redis(shared: tuple[str, str]) -> None:
    """A process descheduled between reading its clock and running the limit's script
    comes with an old stamp, and a worker's clock may be seconds off; neither matters:
    the script counts, decides and stamps with the Redis time."""
    url, namespace = shared
    connection = redis.Redis.from_url(url)
    key = f"{namespace}_bucket"
    late, fast = (RedisTimeBucket([Rate(1, 1000)], connection, key) for _ in range(2))
    before = redis_milliseconds(connection)
    # A worker whose clock runs ten seconds fast goes first ...
    assert fast.put(RateItem("host", before + 10_000))
    # ... then one that read its clock half a second ago: a count up to its own stamp
    # would miss the entry just added and let it through too.
    stale = RateItem("host", before - 500)
    assert not late.put(stale)
    after = redis_milliseconds(connection)
    ((_, score),) = connection.zrange(key, 0, -1, withscores=True)
    assert before <= score <= after  # stored at the Redis time, not the fast clock's
    assert fast.admitted_at == score and late.admitted_at is None
    # The refused one waits for the entry to leave its window, measured on Redis's clock.
    assert before <= stale.timestamp <= after
    assert 0 < late.waiting(stale) <= 1001 and late.failing_rate is late.rates[0]
    assert late.count() == 1 and late.peek(0) is not None
    # A weight the rate can never hold is refused for good (the limiter gives up).
    assert not late.put(RateItem("host", 0, weight=2)) and late.waiting(stale) == -1
    late.flush()
    assert late.count() == 0 and late.put(RateItem("host", 0))


def test_racing_workers_never_exceed_the_shared_limit(shared: tuple[str, str]) -> None:
    """Six threads, each with its own client and bucket on one key, ask as fast as they
    can for 1.6 s: the entries Redis admitted never hold more than three in 500 ms."""
    url, namespace = shared
    key = f"{namespace}_race"
    admitted: list[int] = []
    stop = time.monotonic() + 1.6

    def worker() -> None:
        bucket = RedisTimeBucket([Rate(3, 500)], redis.Redis.from_url(url), key)
        while time.monotonic() < stop:
            if bucket.put(RateItem("host", 0)):
                assert bucket.admitted_at is not None
                admitted.append(bucket.admitted_at)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    admitted.sort()
    assert 9 <= len(admitted) <= 12, admitted
    assert all(b - a >= 500 for a, b in zip(admitted, admitted[3:], strict=False)), admitted


def test_fractional_request_rates_become_whole_requests_per_interval() -> None:
    for per_second, whole in ((1.0, (1, 1000)), (0.5, (1, 2000)), (0.4, (2, 5000))):
        rate = per_second_rate(per_second)
        assert (rate.limit, rate.interval) == whole


def test_missing_redis_client_names_the_redis_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(citeresolve.OnlineDependencyError, match=r"citeresolve\[redis\]"):
        build_session(OnlineSettings(cache="redis://127.0.0.1:1/0"))
