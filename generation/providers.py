"""OpenAI-compatible chat-completions providers, configured from the environment.

httpx rather than the ``openai`` SDK: the SDK retries on its own and hides the status codes
and ``Retry-After`` headers this module classifies, and several "compatible" servers
(llama.cpp, Ollama, Gemini's endpoint) differ in which ``response_format`` they accept,
which needs per-request control.
"""

from __future__ import annotations

import email.utils
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

import httpx

from generation.errors import ProviderError

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 60.0
#: Low: a map should follow the document, not invent; LLM_TEMPERATURE changes it.
DEFAULT_TEMPERATURE = 0.2
#: What a model reads and writes in one request, unless LLM_CONTEXT_TOKENS says more: Ollama's
#: default is 2,048-4,096 and it cuts a longer prompt silently, so the safe guess is low.
DEFAULT_CONTEXT_TOKENS = 4096


@dataclass(frozen=True)
class NamedProvider:
    """A hosted provider's usual endpoint and environment variables."""

    key_variable: str
    base_url: str
    default_model: str
    model_variable: str
    display_name: str


NAMED_PROVIDERS = {
    "openai": NamedProvider(
        "OPENAI_API_KEY", "https://api.openai.com/v1", "gpt-4o-mini", "OPENAI_MODEL", "OpenAI"
    ),
    "groq": NamedProvider(
        "GROQ_API_KEY",
        "https://api.groq.com/openai/v1",
        "llama-3.3-70b-versatile",
        "GROQ_MODEL",
        "Groq",
    ),
    "gemini": NamedProvider(
        "GEMINI_API_KEY",
        "https://generativelanguage.googleapis.com/v1beta/openai",
        "gemini-2.0-flash",
        "GEMINI_MODEL",
        "Gemini",
    ),
    "perplexity": NamedProvider(
        "PERPLEXITY_API_KEY", "https://api.perplexity.ai", "sonar", "PERPLEXITY_MODEL", "Perplexity"
    ),
    "openrouter": NamedProvider(
        "OPENROUTER_API_KEY",
        "https://openrouter.ai/api/v1",
        "openai/gpt-4o-mini",
        "OPENROUTER_MODEL",
        "OpenRouter",
    ),
}
#: The generic provider (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY): local servers and the rest.
CUSTOM = "custom"
DEFAULT_PRIORITY = (CUSTOM, "openai", "gemini", "groq", "openrouter", "perplexity")


@dataclass(frozen=True)
class Provider:
    name: str
    base_url: str
    model: str
    api_key: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    #: Cap on each answer's length; None leaves it to the provider.
    max_tokens: int | None = None
    #: Sampling temperature of every call (LLM_TEMPERATURE).
    temperature: float = DEFAULT_TEMPERATURE
    #: A model for a stage ("enhance", "map") other than ``model``: <PREFIX>_ENHANCE_MODEL.
    stage_models: tuple[tuple[str, str], ...] = ()
    #: Prompt and answer together, in tokens (LLM_CONTEXT_TOKENS): longer documents go in parts.
    context_tokens: int = DEFAULT_CONTEXT_TOKENS

    def for_stage(self, stage: str) -> Provider:
        """This provider with the model set for ``stage`` ("wireframe:web" is "wireframe")."""
        wanted = dict(self.stage_models).get(stage.split(":", 1)[0])
        return replace(self, model=wanted, stage_models=()) if wanted else self

    @property
    def label(self) -> str:
        """How the UI names this provider: never with its key."""
        if self.name == CUSTOM:
            host = urlsplit(self.base_url).hostname or "custom endpoint"
            return f"LLM at {host} ({self.model})"
        named = NAMED_PROVIDERS.get(self.name)
        return f"{named.display_name if named else self.name} ({self.model})"


def providers_from_environment(env: Mapping[str, str]) -> list[Provider]:
    """The configured providers in ``AI_PROVIDER_PRIORITY`` order, skipping those without a key."""
    timeout = float(env.get("AI_TIMEOUT_SECONDS") or DEFAULT_TIMEOUT_SECONDS)
    cap = env.get("LLM_MAX_OUTPUT_TOKENS") or env.get("AI_MAX_TOKENS")  # the older name
    max_tokens = _number("LLM_MAX_OUTPUT_TOKENS", cap, int, minimum=1) if cap else None
    temperature = _number(
        "LLM_TEMPERATURE", env.get("LLM_TEMPERATURE") or DEFAULT_TEMPERATURE, float, minimum=0
    )
    context = _number(
        "LLM_CONTEXT_TOKENS",
        env.get("LLM_CONTEXT_TOKENS") or DEFAULT_CONTEXT_TOKENS,
        int,
        minimum=1024,
    )
    priority = [
        name.strip().lower()
        for name in (env.get("AI_PROVIDER_PRIORITY") or ",".join(DEFAULT_PRIORITY)).split(",")
        if name.strip()
    ]
    unknown = [name for name in priority if name != CUSTOM and name not in NAMED_PROVIDERS]
    if unknown:
        raise ValueError(
            f"AI_PROVIDER_PRIORITY names unknown providers: {', '.join(unknown)}. "
            f"Known: {', '.join((CUSTOM, *NAMED_PROVIDERS))}."
        )
    providers = []
    for name in dict.fromkeys(priority):
        if name == CUSTOM:
            if env.get("LLM_BASE_URL") and env.get("LLM_MODEL"):
                providers.append(
                    Provider(
                        CUSTOM,
                        env["LLM_BASE_URL"].rstrip("/"),
                        env["LLM_MODEL"],
                        env.get("LLM_API_KEY") or None,
                        timeout,
                        max_tokens,
                        temperature,
                        _stage_models(env, "LLM"),
                        context,
                    )
                )
            continue
        named = NAMED_PROVIDERS[name]
        if env.get(named.key_variable):
            providers.append(
                Provider(
                    name,
                    named.base_url,
                    env.get(named.model_variable) or named.default_model,
                    env[named.key_variable],
                    timeout,
                    max_tokens,
                    temperature,
                    _stage_models(env, named.model_variable.removesuffix("_MODEL")),
                    context,
                )
            )
    return providers


#: The stages a model can be chosen for, and the variable's middle word.
STAGES = ("enhance", "map", "wireframe")


def _stage_models(env: Mapping[str, str], prefix: str) -> tuple[tuple[str, str], ...]:
    """(stage, model) for each <PREFIX>_<STAGE>_MODEL set: OPENAI_MAP_MODEL=gpt-4o."""
    return tuple(
        (stage, env[f"{prefix}_{stage.upper()}_MODEL"])
        for stage in STAGES
        if env.get(f"{prefix}_{stage.upper()}_MODEL")
    )


def _number(name: str, value, kind, *, minimum: float):
    """``value`` as ``kind``; a clear error naming the setting when it is not one."""
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, not {value!r}.") from None
    if number < minimum:
        raise ValueError(f"{name} must be at least {minimum:g}, not {value!r}.")
    return number


#: Tried in this order; a server that rejects one gets the next (and is remembered).
#: "json_object_schema" is llama.cpp's way of constraining output to a schema.
RESPONSE_FORMATS = ("json_schema", "json_object_schema", "json_object", None)


class ChatClient:
    """Chat completions against one provider, with errors classified for the chain."""

    def __init__(self, provider: Provider, transport: httpx.BaseTransport | None = None):
        self.provider = provider
        self._format_index = 0
        headers = {"Authorization": f"Bearer {provider.api_key}"} if provider.api_key else {}
        self._http = httpx.Client(
            base_url=provider.base_url,
            headers=headers,
            timeout=httpx.Timeout(provider.timeout, connect=min(provider.timeout, 10.0)),
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def complete(self, messages: list[dict], schema: dict | None = None) -> str:
        """Return the assistant's text, asking for JSON (with ``schema``) as far as supported."""
        while True:
            kind = RESPONSE_FORMATS[self._format_index] if schema is not None else None
            body = {
                "model": self.provider.model,
                "messages": messages,
                "temperature": self.provider.temperature,
            }
            if self.provider.max_tokens:
                body["max_tokens"] = self.provider.max_tokens
            if kind == "json_schema":
                body["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": "answer", "schema": schema},
                }
            elif kind == "json_object_schema":
                body["response_format"] = {"type": "json_object", "schema": schema}
            elif kind == "json_object":
                body["response_format"] = {"type": "json_object"}
            try:
                return self._post(body)
            except ProviderError as error:
                if kind is None or not error.rejects_response_format:
                    raise
                logger.info("%s rejected response_format %s; trying the next.", self.name, kind)
                self._format_index += 1

    @property
    def name(self) -> str:
        return self.provider.name.upper()

    def _post(self, body: dict) -> str:
        started = time.monotonic()
        try:
            response = self._http.post("/chat/completions", json=body)
        except httpx.TimeoutException:
            raise ProviderError(
                f"{self.name} did not answer within {self.provider.timeout:g} s",
                transient=True,
                hand_over=True,
            ) from None
        except httpx.TransportError as error:
            raise ProviderError(
                f"{self.name} could not be reached ({type(error).__name__})",
                transient=True,
                hand_over=True,
            ) from None
        logger.info(
            "%s answered HTTP %s in %.1f s",
            self.name,
            response.status_code,
            time.monotonic() - started,
        )
        if response.status_code >= 400:
            raise self._http_error(response)
        try:
            return response.json()["choices"][0]["message"]["content"] or ""
        # RecursionError: JSON nested deeper than Python's recursion limit.
        except (ValueError, KeyError, IndexError, TypeError, RecursionError):
            raise ProviderError(
                f"{self.name} sent an answer that is not a chat completion",
                transient=True,
                hand_over=True,
            ) from None

    def _http_error(self, response: httpx.Response) -> ProviderError:
        status = response.status_code
        if status == 429:
            error = ProviderError(
                f"{self.name} is rate limiting requests (HTTP 429)",
                transient=True,
                hand_over=True,
                retry_after=_retry_after(response.headers.get("Retry-After")),
            )
        elif status >= 500:
            error = ProviderError(
                f"{self.name} had a server error (HTTP {status})", transient=True, hand_over=True
            )
        elif status in (401, 403):
            error = ProviderError(
                f"The {self.name} key was rejected (HTTP {status}); check its API key setting",
                transient=False,
                hand_over=False,
            )
        else:
            error = ProviderError(
                f"{self.name} refused the request (HTTP {status}): {self._reason(response)}",
                transient=False,
                hand_over=False,
            )
        # Servers say "unsupported response_format" with 400 or 422, some (llama.cpp) with 500.
        error.rejects_response_format = status in (400, 422) or (
            status >= 500 and "response_format" in response.text
        )
        return error

    def _reason(self, response: httpx.Response) -> str:
        try:
            detail = response.json().get("error", {})
            message = detail.get("message", "") if isinstance(detail, dict) else str(detail)
        except (ValueError, AttributeError):
            message = response.text
        message = " ".join(str(message).split())[:200] or "no reason given"
        # Some servers echo request headers in errors; a key must never reach a page.
        if self.provider.api_key:
            message = message.replace(self.provider.api_key, "***")
        return message


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def parse_json_object(text: str) -> dict:
    """The JSON object in a model's answer, tolerating code fences and chatter around it."""
    start, end = text.find("{"), text.rfind("}")
    if start == -1 or end <= start:
        raise ValueError("the answer contains no JSON object")
    try:
        value = json.loads(text[start : end + 1])
    except RecursionError:
        raise ValueError("the answer's JSON is nested too deeply") from None
    if not isinstance(value, dict):
        raise ValueError("the answer is not a JSON object")
    return value
