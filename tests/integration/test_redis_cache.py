"""The generation cache on this machine's Redis, and its fallback when Redis is away."""

import socket

import redis

from generation import generate_map
from generation.cache import TTL_SECONDS, RedisCache, make_cache
from generation.providers import Provider
from tests.fake_llm import GOOD_MAP, FakeLLM, by_kind

TEXT = "A food delivery app. Customers must be able to order food."


def test_identical_requests_share_one_answer_through_redis_for_24_hours(redis_url):
    with FakeLLM() as fake:
        # Only the map is answered: the coverage and revision requests are refused, so the
        # map's answer is the one thing cached.
        fake.replies = [by_kind(map=GOOD_MAP)]
        provider = Provider("custom", fake.url, "test-model")

        # Two workers (two caches) on the same Redis
        generate_map(TEXT, providers=[provider], cache=make_cache(redis_url))
        generate_map(TEXT, providers=[provider], cache=make_cache(redis_url))

    assert len(fake.requests_for("map")) == 1
    client = redis.Redis.from_url(redis_url)
    (key,) = client.keys("storymapper:generation:*")
    assert TTL_SECONDS - 60 < client.ttl(key) <= TTL_SECONDS
    client.close()


def test_the_cache_falls_back_to_memory_when_redis_is_down():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cache = RedisCache(f"redis://127.0.0.1:{port}/0")

    cache.set("k", "v")

    assert cache.get("k") == "v"
