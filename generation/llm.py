"""The two LLM stages behind a provider chain: enhance the requirements, then map them.

Each stage asks the providers in priority order. A provider that times out, is rate
limited, has a server error or gives invalid output even after one repair hands over to
the next; a rejected key or request fails the job at once with a clear message.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from pydantic import BaseModel, ValidationError

from generation import prompts
from generation.cache import MemoryCache, RedisCache, cache_key
from generation.errors import (
    GenerationError,
    InvalidAnswerError,
    ProviderError,
    TransientGenerationError,
)
from generation.providers import ChatClient, Provider, parse_json_object
from generation.schemas import Enhancement, StoryMapDraft, answer_schema

logger = logging.getLogger(__name__)

#: Stage 1's enhanced text replaces the user's only when the model is at least this sure.
ENHANCEMENT_MIN_CONFIDENCE = 0.7


#: What each kind of answer is called in messages to the user.
ANSWER_NAMES = {
    "StoryMapDraft": "story map",
    "Enhancement": "requirements enhancement",
    "Wireframe": "wireframe",
    "Revision": "story revision",
    "Backbone": "backbone",
    "DetailAnswer": "story with more detail",
    "CriteriaAnswer": "set of acceptance criteria",
    "EdgeCasesAnswer": "list of edge-case stories",
    "SplitAnswer": "split of the story",
    "InvestAnswer": "INVEST check",
}


@dataclass
class ChainResult:
    value: BaseModel
    provider: Provider
    #: What failed before the provider that answered, in plain words.
    failures: list[str] = field(default_factory=list)
    #: What the user should know about the answer itself (it stayed in another language).
    notes: list[str] = field(default_factory=list)


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
        *,
        answer_tokens: int | None = None,
        check: Check | None = None,
    ) -> ChainResult:
        """Ask for a ``model``: JSON checked against its schema, or text read by ``parse``.

        Parameters:
          answer_tokens: the longest answer that still fits the context; it caps each
            provider's own LLM_MAX_OUTPUT_TOKENS.
          check: says what is wrong with a valid answer (its language), or None; a wrong
            answer is asked once to be corrected, and what stays wrong becomes a note.
        """
        failures: list[str] = []
        transient: list[ProviderError] = []
        for configured in self.providers:
            provider = configured.for_stage(stage)
            if answer_tokens is not None:
                provider = replace(
                    provider, max_tokens=min(provider.max_tokens or answer_tokens, answer_tokens)
                )
            key = cache_key(stage, user, provider.name, provider.model)
            cached = self.cache.get(key) if self.cache else None
            if cached is not None:
                value = model.model_validate_json(cached)
                problem = check(value) if check else None
                return ChainResult(value, provider, failures, [problem] if problem else [])
            client = self.client_factory(provider)
            try:
                value, notes = self._ask_one(client, system, user, model, parse, check)
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
            return ChainResult(value, provider, failures, notes)
        summary = "; ".join(failures) or "no AI provider is configured"
        if transient:
            waits = [e.retry_after for e in transient if e.retry_after is not None]
            raise TransientGenerationError(
                f"Every AI provider failed: {summary}", retry_after=max(waits, default=None)
            )
        raise InvalidAnswerError(f"Every AI provider failed: {summary}")

    def _ask_one(
        self,
        client: ChatClient,
        system: str,
        user: str,
        model: type[BaseModel],
        parse: Callable[[str], BaseModel] | None,
        check: Check | None = None,
    ) -> tuple[BaseModel, list[str]]:
        schema = None if parse else answer_schema(model)
        read = parse or (lambda answer: _validated(answer, model))
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        answer = client.complete(messages, schema)
        try:
            value = read(answer)
        except (ValueError, ValidationError) as error:
            problems = _problems(error)
        else:
            return self._checked(client, messages, answer, value, schema, read, check)
        logger.info("%s gave invalid output; asking for one repair.", client.name)
        messages += [
            {"role": "assistant", "content": answer},
            {"role": "user", "content": prompts.REPAIR.format(errors=problems)},
        ]
        answer = client.complete(messages, schema)
        try:
            value = read(answer)
        except (ValueError, ValidationError) as error:
            raise ProviderError(
                f"{client.name} gave an answer that is not a valid "
                f"{ANSWER_NAMES.get(model.__name__, 'answer')}, even after one repair "
                f"({_problems(error, limit=3, separator='; ')})",
                transient=False,
                hand_over=True,
            ) from None
        problem = check(value) if check else None
        return value, [problem] if problem else []

    def _checked(self, client, messages, answer, value, schema, read, check):
        """``value`` if ``check`` finds nothing; else the answer to one request to correct it."""
        problem = check(value) if check else None
        if problem is None:
            return value, []
        logger.info("%s answered, but: %s; asking once to correct it.", client.name, problem)
        messages = [
            *messages,
            {"role": "assistant", "content": answer},
            {"role": "user", "content": problem},
        ]
        try:
            corrected = read(client.complete(messages, schema))
        except (ValueError, ValidationError, ProviderError):
            return value, [problem]  # the first answer was valid: keep it, and say so
        still = check(corrected)
        return corrected, [still] if still else []


#: Says what is wrong with a valid answer, in words the model is asked to correct it with.
Check = Callable[[BaseModel], "str | None"]


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
