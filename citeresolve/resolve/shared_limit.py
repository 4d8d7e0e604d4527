"""The per-host rate limit that every process on one Redis URL spends from.

pyrate-limiter's ``RedisBucket`` (4.x) stamps a request with the calling
process's clock, then runs its atomic Lua script with that stamp: it counts the
entries between the stamp minus the window and the stamp itself, and adds one.
A process descheduled between reading its clock and running the script arrives
with a stamp older than an entry another process has added meanwhile; its count
stops at its own stamp and misses that entry, so both pass at one window
boundary (and machines whose clocks differ see each other's entries shifted).

Here the script reads the time from Redis itself (``TIME``) and counts, decides
and adds in one atomic step: the decision and the stamp come from one clock and
follow the order in which Redis runs the scripts, whatever the workers' clocks
and scheduling.  The key layout (one sorted set per host, the entry's score its
stamp in milliseconds) is pyrate-limiter's, so :func:`.http.rate_limit_key` and
any tool reading the set still apply.

pyrate-limiter and requests-ratelimiter are imported here at module level: import
this module only once the online extra is known to be installed (``http`` does).
"""

from __future__ import annotations

import re
import uuid
from fractions import Fraction
from typing import Any

from pyrate_limiter import AbstractBucket, Limiter, Rate, RateItem
from requests_ratelimiter.buckets import HostBucketFactory

# KEYS[1] the host's sorted set; ARGV: weight, member prefix, number of rates,
# then interval (ms) and limit of each rate.  Returns {failing rate index or -1,
# milliseconds until room exists under it, the Redis time of the decision}.
_ACQUIRE = """
-- Redis 3.2-4: a script that reads TIME may write only under effects replication
-- (the only mode from Redis 5 on, where this call is a no-op).
if redis.replicate_commands then redis.replicate_commands() end
local key = KEYS[1]
local weight = tonumber(ARGV[1])
local member = ARGV[2]
local rates = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local longest = 0
for i = 1, rates do
    local interval = tonumber(ARGV[2 + 2 * i])
    local limit = tonumber(ARGV[3 + 2 * i])
    if interval > longest then longest = interval end
    -- Up to +inf, not now: an entry stamped later (a server clock stepped back)
    -- still counts.
    local count = redis.call('ZCOUNT', key, now - interval, '+inf')
    if limit - count < weight then
        local wait = -1
        if weight <= limit then
            -- The (limit - weight)-th newest entry: its leaving the window makes room.
            local rank = weight - limit - 1
            local blocking = redis.call('ZRANGE', key, rank, rank, 'WITHSCORES')
            wait = 0
            if blocking[2] then
                wait = math.max(0, tonumber(blocking[2]) + interval - now + 1)
            end
        end
        return {i - 1, wait, now}
    end
end
for i = 1, weight do
    redis.call('ZADD', key, now, member .. i)
end
-- Entries older than every window count for nothing; an idle key expires.
redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. (now - longest))
redis.call('PEXPIRE', key, longest + 1)
return {-1, 0, now}
"""


def redis_milliseconds(connection: Any) -> int:
    """The Redis server's time in milliseconds since the epoch."""
    seconds, microseconds = connection.time()
    return int(seconds) * 1000 + int(microseconds) // 1000


class RedisTimeBucket(AbstractBucket):
    """A sliding-window log in one Redis sorted set, decided and stamped by Redis.

    ``put`` sets the item's ``timestamp`` to the Redis time at which the script
    decided, so ``waiting`` and the limiter's retries measure from it.
    ``admitted_at`` is the Redis time (ms) of the last admission by this bucket.
    """

    is_async = False  # a synchronous client: the leaker need not probe

    def __init__(self, rates: list[Rate], connection: Any, key: str) -> None:
        self.rates = rates
        self.connection = connection
        self.key = key
        self.failing_rate = None
        self.admitted_at: int | None = None
        self._wait_ms = 0
        self._acquire = connection.register_script(_ACQUIRE)  # reloads itself on NOSCRIPT

    def now(self) -> int:
        return redis_milliseconds(self.connection)

    def put(self, item: RateItem) -> bool:
        limits = [value for rate in self.rates for value in (rate.interval, rate.limit)]
        member = f"{item.name}:{uuid.uuid4().hex}:"
        reply = self._acquire(keys=[self.key], args=[item.weight, member, len(self.rates), *limits])
        failing, wait, now = (int(value) for value in reply)
        item.timestamp = now
        if failing < 0:
            self.failing_rate, self._wait_ms, self.admitted_at = None, 0, now
            return True
        self.failing_rate, self._wait_ms = self.rates[failing], wait
        return False

    def waiting(self, item: RateItem) -> int:
        """Milliseconds from the last refusal until room exists; -1: never fits."""
        return 0 if self.failing_rate is None else self._wait_ms

    def leak(self, current_timestamp: int | None = None) -> int:
        """Drop entries older than every window (``current_timestamp``: Redis ms)."""
        now = current_timestamp
        if now is None:
            now = redis_milliseconds(self.connection)
        longest = max(rate.interval for rate in self.rates)
        return int(self.connection.zremrangebyscore(self.key, "-inf", f"({now - longest}"))

    def flush(self) -> None:
        self.failing_rate = None
        self.connection.delete(self.key)

    def count(self) -> int:
        return int(self.connection.zcard(self.key))

    def peek(self, index: int) -> RateItem | None:
        entries = self.connection.zrange(
            self.key, -1 - index, -1 - index, withscores=True, score_cast_func=int
        )
        if not entries:
            return None
        name, stamp = entries[0]
        return RateItem(name=str(name), timestamp=stamp)


class RedisHostBucketFactory(HostBucketFactory):
    """requests-ratelimiter's per-host factory, with a :class:`RedisTimeBucket` per host.

    A host's bucket is named ``{bucket_name}:{host}`` by the session and its key
    is that name sanitised, as requests-ratelimiter keys its own Redis buckets.
    """

    def __init__(self, rates: list[Rate], connection: Any) -> None:
        super().__init__(rates=rates)
        self.connection = connection

    def _create_bucket(self, name: str) -> AbstractBucket:
        return RedisTimeBucket(self.rates, self.connection, re.sub(r"[^a-zA-Z0-9_]", "_", name))


def per_second_rate(requests_per_second: float) -> Rate:
    """``requests_per_second`` (at most 1) as whole requests per whole milliseconds."""
    fraction = Fraction(requests_per_second).limit_denominator(1000)
    return Rate(fraction.numerator, 1000 * fraction.denominator)


def shared_limiter(connection: Any, requests_per_second: float) -> Limiter:
    """A per-host limiter whose buckets live in Redis (requests-ratelimiter's buffer)."""
    factory = RedisHostBucketFactory([per_second_rate(requests_per_second)], connection)
    return Limiter(factory, buffer_ms=50)
