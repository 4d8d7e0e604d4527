"""A Redis server for the shared-cache tests, and what worker processes run against it.

``.ci/run`` starts a throwaway ``redis-server`` and exports its URL as
``CITERESOLVE_TEST_REDIS_URL``; then the tests must find it (they fail, not
skip, when it is gone).  Without that variable they try a local Redis on the
default port and skip when there is none, so a laptop without Redis still
runs the suite.  Every test uses its own namespace and deletes only its own
keys: a developer's Redis keeps its data.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from citeresolve.resolve.online import OnlineSettings, build_session

TEST_REDIS_URL_ENV = "CITERESOLVE_TEST_REDIS_URL"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
LOCAL = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])


def redis_url() -> str:
    """The URL of a reachable Redis, or skip (fail in CI, where one was started)."""
    import redis

    url = os.environ.get(TEST_REDIS_URL_ENV)
    try:
        redis.Redis.from_url(url or DEFAULT_REDIS_URL, socket_connect_timeout=1).ping()
    except (redis.ConnectionError, OSError) as exc:
        if url:
            pytest.fail(f"{TEST_REDIS_URL_ENV}={url} is set but Redis does not answer: {exc}")
        pytest.skip(f"no Redis at {DEFAULT_REDIS_URL} (set {TEST_REDIS_URL_ENV} to use another)")
    return url or DEFAULT_REDIS_URL


def fresh_namespace() -> Iterator[tuple[str, str]]:
    """(url, namespace): a fresh namespace whose keys are deleted afterwards.

    A generator for test modules to wrap in a fixture.
    """
    import redis

    url = redis_url()
    namespace = f"citeresolve_test_{uuid.uuid4().hex}"
    yield url, namespace
    connection = redis.Redis.from_url(url)
    keys = list(connection.scan_iter(match=f"{namespace}*"))
    if keys:
        connection.delete(*keys)


# --- run inside worker processes (pickled by reference: keep them importable)


def admitted_at(session: Any) -> int | None:
    """The Redis time (ms) at which the session's shared limit last let a request through."""
    buckets = list(session.limiter.bucket_factory.buckets.values())
    return buckets[0].admitted_at if buckets else None


def fetch(url: str, namespace: str, urls: list[str], start_at: float = 0.0) -> dict[str, object]:
    """GET ``urls`` through a fresh citeresolve session on the shared Redis cache.

    ``start_at`` (wall clock) lets two processes begin together.
    """
    session = build_session(OnlineSettings(cache=url, namespace=namespace, timeout=10))
    try:
        time.sleep(max(0.0, start_at - time.time()))
        responses, admitted = [], []
        for u in urls:
            responses.append(session.get(u, timeout=10))
            admitted.append(admitted_at(session))
        return {
            "pid": os.getpid(),
            "from_cache": [bool(getattr(r, "from_cache", False)) for r in responses],
            "status": [r.status_code for r in responses],
            "admitted_at": admitted,
        }
    finally:
        session.close()
