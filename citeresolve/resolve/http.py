"""The HTTP layer of the online checks: settings, the optional dependencies, the
persistent cache (SQLite or Redis) and one polite ``requests`` session (per-host
rate limit, retries with backoff that honour ``Retry-After``, timeouts, a
descriptive User-Agent). :mod:`.online` asks the services through it.

requests-cache, requests-ratelimiter and platformdirs are the optional extra
``citeresolve[online]``; they are imported only when a session is built, so
offline use needs none of them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import importlib.metadata
import os
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import requests
from attrs import field, frozen
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from .. import __version__
from ..errors import CacheUnavailableError, ConfigError, OnlineDependencyError

ONLINE_EXTRA = ("requests_cache", "requests_ratelimiter", "platformdirs")
# The extra that brings each optional module, for the "pip install" hint.
_EXTRA_OF = {"redis": "redis"}
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
# Anything that looks like a URL (a scheme, then "://"): only Redis ones are caches.
_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+://")
CACHE_DIR_ENV = "CITERESOLVE_CACHE_DIR"
CACHE_URL_ENV = "CITERESOLVE_CACHE_URL"
CACHE_FILE = "http_cache.sqlite"


def _project_url() -> str:
    """The project's home page, from the installed package's metadata."""
    urls: list[str] = []
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        urls = list(importlib.metadata.metadata("citeresolve").get_all("Project-URL") or [])
    for entry in urls:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() == "homepage":
            return url.strip()
    return "https://pypi.org/project/citeresolve/"


# Service operators see who calls them and where to read about it.
DEFAULT_USER_AGENT = (
    f"citeresolve/{__version__} (+{_project_url()}; EU legal citation resolver; "
    "python-requests; polite: at most 1 request/s per host, cached)"
)
# Markers of the interstitial pages that bot protection serves instead of content.
CHALLENGE_MARKERS = ("captcha", "challenge-platform", "cf-chl", "just a moment", "request rejected")
SPARQL_JSON = "application/sparql-results+json"


def _positive_at_most_one(instance: Any, attribute: Any, value: float) -> None:
    # The services are public infrastructure: never more than one request per second per host.
    if not 0 < value <= 1:
        raise ValueError(f"{attribute.name} must be in (0, 1], got {value}")


@frozen
class OnlineSettings:
    """How the online layer talks to the services.

    ``cache`` is a directory, a ``.sqlite`` file, a ``redis://`` URL or
    ``"memory"``; ``None`` means ``$CITERESOLVE_CACHE_URL``, else
    ``$CITERESOLVE_CACHE_DIR``, else the user cache directory.  With a Redis
    URL the rate limit is shared too (see the module docstring).

    ``namespace`` prefixes every Redis key (cache and rate limit).  Workers
    that should share one limit must use the same namespace; a different one
    is for isolation only (tests, unrelated projects on one server).
    """

    cache: str | None = None
    expire_after: dt.timedelta = dt.timedelta(days=30)
    # Answers that something is missing (an empty CELLAR result, a 404) are kept
    # briefly only: a document not yet indexed or published may appear tomorrow.
    negative_expire_after: dt.timedelta = dt.timedelta(hours=6)
    timeout: float = 20.0
    # How long to wait for a connection; a host that does not answer is given up
    # after this many consecutive connection failures (for ``host_cooldown``).
    connect_timeout: float = 5.0
    connect_retries: int = 1
    max_connection_failures: int = 2
    host_cooldown: float = 600.0
    retries: int = 3
    backoff_factor: float = 1.0
    requests_per_second: float = field(default=1.0, validator=_positive_at_most_one)
    max_retry_after: float = 120.0
    max_rate_delay: float = 60.0
    user_agent: str = DEFAULT_USER_AGENT
    namespace: str = "citeresolve"


# ------------------------------------------------------------------ dependencies


def _import_online(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        extra = _EXTRA_OF.get(name, "online")
        raise OnlineDependencyError(
            f"online resolution needs the optional dependency {name.replace('_', '-')}; "
            f"install it with: pip install 'citeresolve[{extra}]'"
        ) from exc


def require_online_extra() -> None:
    """Raise :class:`OnlineDependencyError` unless the ``online`` extra is installed."""
    for name in ONLINE_EXTRA:
        _import_online(name)


# ------------------------------------------------------------------------- cache


def cache_location(cache: str | None = None) -> str:
    """Where the HTTP cache lives: a ``redis://`` URL, ``memory`` or a SQLite file path."""
    location = cache or os.environ.get(CACHE_URL_ENV) or os.environ.get(CACHE_DIR_ENV)
    if not location:
        platformdirs = _import_online("platformdirs")
        location = platformdirs.user_cache_dir("citeresolve", appauthor=False)
    if location == "memory" or is_redis_url(location):
        return location
    if _URL_SCHEME.match(location):
        # "ftp://x" is no directory: it made one called "ftp:".
        raise ConfigError(
            f"unsupported cache location {location!r}: give a directory, a .sqlite file, "
            f"'memory' or a URL starting with {', '.join(REDIS_SCHEMES)}"
        )
    path = Path(location).expanduser()
    return str(path if path.suffix == ".sqlite" else path / CACHE_FILE)


def is_redis_url(location: str) -> bool:
    return location.startswith(REDIS_SCHEMES)


def redis_connection(url: str) -> Any:
    """A ``redis.Redis`` client for ``url`` (needs the ``redis`` extra)."""
    redis = _import_online("redis")
    return redis.Redis.from_url(url)


def open_cache_backend(cache: str | None = None, *, namespace: str = "citeresolve") -> Any:
    """The requests-cache backend for ``cache`` (see :func:`cache_location`)."""
    requests_cache = _import_online("requests_cache")
    location = cache_location(cache)
    if location == "memory":
        return requests_cache.BaseCache()
    if is_redis_url(location):
        return requests_cache.RedisCache(namespace=namespace, connection=redis_connection(location))
    Path(location).parent.mkdir(parents=True, exist_ok=True)
    return requests_cache.SQLiteCache(location)


def cache_info(cache: str | None = None, *, namespace: str = "citeresolve") -> dict[str, Any]:
    """Location, backend and number of stored responses of the HTTP cache.

    Read-only: a cache that does not exist yet is reported as empty
    (``"exists": false``), never created.
    """
    location = cache_location(cache)
    if location != "memory" and not is_redis_url(location) and not Path(location).is_file():
        return {"location": location, "backend": "SQLiteCache", "responses": 0, "exists": False}
    backend = open_cache_backend(cache, namespace=namespace)
    info: dict[str, Any] = {
        "location": location,
        "backend": type(backend).__name__,
        "responses": _cache_call(location, lambda: len(backend.responses)),
    }
    if Path(location).is_file():
        info["bytes"] = Path(location).stat().st_size
    return info


def clear_cache(cache: str | None = None, *, namespace: str = "citeresolve") -> int:
    """Delete every stored response; returns how many there were."""
    location = cache_location(cache)
    backend = open_cache_backend(cache, namespace=namespace)

    def clear() -> int:
        count = len(backend.responses)
        backend.clear()
        return count

    return _cache_call(location, clear)


def _cache_call(location: str, call: Callable[[], int]) -> int:
    """``call()``; an unreachable Redis becomes one clear error, not a traceback."""
    if not is_redis_url(location):
        return call()
    redis = _import_online("redis")
    try:
        return call()
    except redis.exceptions.RedisError as exc:
        raise CacheUnavailableError(
            f"cannot reach the Redis cache at {location} ({exc}); start the server or check the URL"
        ) from None


# ----------------------------------------------------------------------- session


class RetryAfterTooLong(Exception):
    """A server asked us to wait longer than ``max_retry_after``: give up, do not sleep."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"server asked to retry after {seconds:.0f} s")
        self.seconds = seconds


class PoliteRetry(Retry):
    """urllib3 ``Retry`` that never retries faster than the rate limit allows.

    Retries happen inside the transport adapter, below the rate limiter, so
    the backoff itself must keep the per-host pace.  ``Retry-After`` is
    honoured up to ``max_retry_after`` seconds; a longer wait is not slept
    through but reported (:class:`RetryAfterTooLong`) so the caller degrades.
    """

    min_backoff: float = 1.0
    max_retry_after: float = 120.0

    def new(self, **kw: Any) -> PoliteRetry:
        retry: PoliteRetry = super().new(**kw)
        retry.min_backoff, retry.max_retry_after = self.min_backoff, self.max_retry_after
        return retry

    def get_backoff_time(self) -> float:
        return max(super().get_backoff_time(), self.min_backoff)

    def sleep_for_retry(self, response: Any) -> bool:
        retry_after = self.get_retry_after(response)
        if retry_after is not None and retry_after > self.max_retry_after:
            raise RetryAfterTooLong(retry_after)
        return super().sleep_for_retry(response)


def make_retry(settings: OnlineSettings) -> PoliteRetry:
    retry = PoliteRetry(
        total=settings.retries,
        # A host that refuses or does not resolve rarely does so once: retry a
        # connection once only (the resolver then gives the host up).
        connect=settings.connect_retries,
        backoff_factor=settings.backoff_factor,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True,
        raise_on_status=False,  # hand back the last answer so its Retry-After can be read
    )
    retry.min_backoff = 1.0 / settings.requests_per_second
    retry.max_retry_after = settings.max_retry_after
    return retry


def build_session(settings: OnlineSettings | None = None) -> requests.Session:
    """A cached, rate-limited, retrying session (needs the ``online`` extra)."""
    settings = settings or OnlineSettings()
    requests_cache = _import_online("requests_cache")
    ratelimiter = _import_online("requests_ratelimiter")
    location = cache_location(settings.cache)
    limiter_options: dict[str, Any] = {}
    if is_redis_url(location):
        # The limit lives in Redis so that every process using this URL spends from
        # the same per-host bucket.  Its own client: closing the session closes the
        # cache's client while the limiter's leak thread may still be using its own.
        limiter_options = shared_limiter_options(redis_connection(location), settings)

    # Cache first, limiter second: cache hits spend no rate budget.
    class PoliteSession(requests_cache.CacheMixin, ratelimiter.LimiterMixin, requests.Session):  # type: ignore[name-defined,misc]
        def close(self) -> None:
            super().close()
            if limiter_options:  # a limiter given to the mixin is ours to close
                self.limiter.bucket_factory.close()

    polite_session: Any = PoliteSession  # the mixins' keyword arguments are untyped
    session: requests.Session = polite_session(
        backend=open_cache_backend(settings.cache, namespace=settings.namespace),
        expire_after=settings.expire_after,
        # Only successes are kept: a document missing today may be published tomorrow.
        allowable_codes=(200,),
        allowable_methods=("GET", "HEAD"),
        stale_if_error=True,
        per_second=settings.requests_per_second,
        per_host=True,
        max_delay=settings.max_rate_delay,
        **limiter_options,
    )
    adapter = HTTPAdapter(max_retries=make_retry(settings))
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = settings.user_agent
    return session


def rate_limit_key(namespace: str, host: str) -> str:
    """The Redis key of the shared rate limit of ``host`` (the bucket name, sanitised)."""
    return re.sub(r"[^a-zA-Z0-9_]", "_", f"{namespace}:ratelimit:{host}")


def shared_limiter_options(connection: Any, settings: OnlineSettings) -> dict[str, Any]:
    """requests-ratelimiter options for a per-host limit kept in Redis.

    Each host's bucket is the Redis key :func:`rate_limit_key`, the same for
    every process.  Its script takes the time from Redis and decides and adds in
    one atomic step (:mod:`.shared_limit`), so the workers' clocks and scheduling
    do not matter.
    """
    _import_online("pyrate_limiter")
    from .shared_limit import shared_limiter

    # The mixin names a host's bucket "{bucket_name}:{host}"; the factory keys it.
    return {
        "limiter": shared_limiter(connection, settings.requests_per_second),
        "bucket_name": f"{settings.namespace}:ratelimit",
    }
