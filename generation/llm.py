"""The two LLM stages behind a provider chain: enhance the requirements, then map them.

Each stage asks the providers in priority order. A provider that times out, is rate
limited, has a server error or gives invalid output even after one repair hands over to
the next; a rejected key or request fails the job at once with a clear message.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError

from generation import prompts
from generation.cache import MemoryCache, RedisCache, cache_key
from generation.errors import GenerationError, ProviderError, TransientGenerationError
from generation.providers import ChatClient, Provider, parse_json_object
from generation.reading import read_document
from generation.schemas import Enhancement, StoryMapDraft, answer_schema

logger = logging.getLogger(__name__)

#: Stage 1's enhanced text replaces the user's only when the model is at least this sure.
ENHANCEMENT_MIN_CONFIDENCE = 0.7


#: What each kind of answer is called in messages to the user.
ANSWER_NAMES = {
    "StoryMapDraft": "story map",
    "Enhancement": "requirements enhancement",
    "Wireframe": "wireframe",
}


@dataclass
class ChainResult:
    value: BaseModel
    provider: Provider
    #: What failed before the provider that answered, in plain words.
    failures: list[str] = field(default_factory=list)


class ProviderChain:
    """Ask each provider in turn for one validated answer."""

    def __init__(
        self,
        providers: list[Provider],
        cache: MemoryCache | RedisCache | None = None,
        client_factory: Callable[[Provider], ChatClient] = ChatClient,
    ):
        self.providers = providers
        self.cache = cache
        self.client_factory = client_factory

    def ask(
        self,
        stage: str,
        system: str,
        user: str,
        model: type[BaseModel],
        parse: Callable[[str], BaseModel] | None = None,
    ) -> ChainResult:
        """Ask for a ``model``: JSON checked against its schema, or text read by ``parse``."""
        failures: list[str] = []
        transient: list[ProviderError] = []
        for configured in self.providers:
            provider = configured.for_stage(stage)
            key = cache_key(stage, user, provider.name, provider.model)
            cached = self.cache.get(key) if self.cache else None
            if cached is not None:
                return ChainResult(model.model_validate_json(cached), provider, failures)
            client = self.client_factory(provider)
            try:
                value = self._ask_one(client, system, user, model, parse)
            except ProviderError as error:
                logger.warning("%s failed at %s: %s", provider.name, stage, error)
                if not error.hand_over:
                    raise GenerationError(str(error)) from None
                failures.append(str(error))
                if error.transient:
                    transient.append(error)
                continue
            finally:
                client.close()
            if self.cache:
                self.cache.set(key, value.model_dump_json(by_alias=True))
            return ChainResult(value, provider, failures)
        summary = "; ".join(failures) or "no AI provider is configured"
        if transient:
            waits = [e.retry_after for e in transient if e.retry_after is not None]
            raise TransientGenerationError(
                f"Every AI provider failed: {summary}", retry_after=max(waits, default=None)
            )
        raise GenerationError(f"Every AI provider failed: {summary}")

    def _ask_one(
        self,
        client: ChatClient,
        system: str,
        user: str,
        model: type[BaseModel],
        parse: Callable[[str], BaseModel] | None,
    ) -> BaseModel:
        schema = None if parse else answer_schema(model)
        read = parse or (lambda answer: _validated(answer, model))
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        answer = client.complete(messages, schema)
        try:
            return read(answer)
        except (ValueError, ValidationError) as error:
            problems = _problems(error)
        logger.info("%s gave invalid output; asking for one repair.", client.name)
        messages += [
            {"role": "assistant", "content": answer},
            {"role": "user", "content": prompts.REPAIR.format(errors=problems)},
        ]
        answer = client.complete(messages, schema)
        try:
            return read(answer)
        except (ValueError, ValidationError) as error:
            raise ProviderError(
                f"{client.name} gave an answer that is not a valid "
                f"{ANSWER_NAMES.get(model.__name__, 'answer')}, even after one repair "
                f"({_problems(error, limit=3, separator='; ')})",
                transient=False,
                hand_over=True,
            ) from None


def _validated(answer: str, model: type[BaseModel]) -> BaseModel:
    value = model.model_validate(parse_json_object(answer))
    if isinstance(value, StoryMapDraft):
        value = value.without_empty_parts()
        if not value.activities:
            raise ValueError("the map has no activity with a story in it")
    return value


def _problems(error: Exception, limit: int = 10, separator: str = "\n- ") -> str:
    """The validation problems, as a list for the repair prompt or a line for the user."""
    if isinstance(error, ValidationError):
        problems = [
            f"{'.'.join(str(part) for part in item['loc']) or 'answer'}: {item['msg']}"
            for item in error.errors()[:limit]
        ]
    elif isinstance(error, json.JSONDecodeError):
        problems = [f"the JSON does not parse: {error.msg} at character {error.pos}"]
    else:
        problems = [str(error)]
    return ("- " if separator.startswith("\n") else "") + separator.join(problems)


def enhance_requirements(chain: ProviderChain, requirements: str) -> ChainResult:
    """Stage 1: better requirements, added aspects, open questions and a confidence."""
    return chain.ask(
        "enhance",
        prompts.ENHANCE_SYSTEM,
        prompts.MAP_USER.format(requirements=requirements),
        Enhancement,
    )


def map_requirements(chain: ProviderChain, requirements: str) -> ChainResult:
    """Stage 2: the story map in the SPEC.md JSON shape, each story with its sources.

    The requirement sentences (as the offline reader finds them) are numbered in the prompt;
    the model names the ids each story covers, and they become the sentences' text.
    """
    sentences = requirement_sentences(requirements)
    user = prompts.MAP_USER.format(requirements=requirements)
    if sentences:
        numbered = "\n".join(f"[S{n}] {text}" for n, text in enumerate(sentences, start=1))
        user += prompts.MAP_SENTENCES.format(sentences=numbered)
    result = chain.ask("map", prompts.MAP_SYSTEM, user, StoryMapDraft)
    for story in result.value.stories:
        story.sources = sources_from_ids(story.sources, sentences)
    return result


def requirement_sentences(requirements: str) -> list[str]:
    """The document's requirement sentences, once each, in order."""
    document = read_document(requirements)
    return list(dict.fromkeys(statement.text for statement in document.requirements))


_SENTENCE_ID = re.compile(r"\[?\s*S\s*(\d+)\s*\]?", re.I)


def sources_from_ids(given: list[str], sentences: list[str]) -> list[str]:
    """The sentences a story names by id ("S3", "[S3]"), or quotes exactly; others dropped."""
    texts = []
    for value in given:
        match = _SENTENCE_ID.fullmatch(value.strip())
        if match and 1 <= int(match.group(1)) <= len(sentences):
            texts.append(sentences[int(match.group(1)) - 1])
        elif value.strip() in sentences:
            texts.append(value.strip())
    return list(dict.fromkeys(texts))
