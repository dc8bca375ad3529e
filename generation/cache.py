"""A 24-hour cache of identical generation requests: Redis when configured, else memory."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time

import redis

logger = logging.getLogger(__name__)

TTL_SECONDS = 24 * 60 * 60


def cache_key(stage: str, text: str, provider: str, model: str, **options) -> str:
    """One key per identical request: same stage, text, options, provider and model."""
    payload = json.dumps(
        {"stage": stage, "text": text, "provider": provider, "model": model, **options},
        sort_keys=True,
        ensure_ascii=False,
    )
    return "storymapper:generation:" + hashlib.sha256(payload.encode()).hexdigest()


class MemoryCache:
    """Process-local cache with expiry, for the embedded mode and when Redis is away."""

    def __init__(self, ttl: int = TTL_SECONDS):
        self.ttl = ttl
        #: Lookups answered from the cache, for the benchmarks and the job's note.
        self.hits = 0
        self._items: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            item = self._items.get(key)
            if item is None or item[0] < time.monotonic():
                self._items.pop(key, None)
                return None
            self.hits += 1
            return item[1]

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._items[key] = (time.monotonic() + self.ttl, value)


class RedisCache:
    """Redis-backed cache shared by every worker; falls back to memory while Redis is down."""

    def __init__(self, url: str, ttl: int = TTL_SECONDS):
        self.ttl = ttl
        self.hits = 0
        self._redis = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._fallback = MemoryCache(ttl)

    def get(self, key: str) -> str | None:
        try:
            value = self._redis.get(key)
        except redis.RedisError:
            logger.warning("Redis is unavailable; using the in-memory cache.")
            return self._fallback.get(key)
        if value is None:
            return self._fallback.get(key)
        self.hits += 1
        return value.decode()

    def set(self, key: str, value: str) -> None:
        try:
            self._redis.set(key, value, ex=self.ttl)
        except redis.RedisError:
            logger.warning("Redis is unavailable; using the in-memory cache.")
            self._fallback.set(key, value)


def make_cache(redis_url: str | None) -> MemoryCache | RedisCache:
    return RedisCache(redis_url) if redis_url else MemoryCache()
