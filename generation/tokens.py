"""How many tokens a text is to a model, estimated without its tokenizer.

Shipping every tokenizer (tiktoken, sentencepiece models) for a budget check is not worth its
weight: the estimate only decides where a long document is cut into parts, and it errs on the
high side so that a part always fits. A text costs its ASCII characters (English, markup, and
most of Spanish or German), its other letters (Cyrillic, Greek, accented) and its CJK
characters at a rate per model family. SmolLM2's rates are measured with its own tokenizer on
the documents in ``tests/data`` (``python -m bench.llm_parts --tokenize-url``, which prints the
estimate against a llama.cpp server's count); the other families' are conservative figures
for their larger vocabularies, and an unknown model gets the most expensive rates of all.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TokenRatio:
    """Characters per token of ASCII text and of other letters; tokens per CJK character."""

    ascii: float
    other: float
    cjk: float = 1.0


#: By the start of the model's name (after any "vendor/" prefix), the first match wins.
FAMILIES: tuple[tuple[str, TokenRatio], ...] = (
    ("gpt-4o", TokenRatio(3.3, 2.2, 0.9)),
    ("gpt-4.1", TokenRatio(3.3, 2.2, 0.9)),
    ("gpt-5", TokenRatio(3.3, 2.2, 0.9)),
    ("o1", TokenRatio(3.3, 2.2, 0.9)),
    ("o3", TokenRatio(3.3, 2.2, 0.9)),
    ("o4", TokenRatio(3.3, 2.2, 0.9)),
    ("gpt", TokenRatio(3.1, 1.6, 1.1)),
    ("gemini", TokenRatio(3.3, 2.2, 0.9)),
    ("gemma", TokenRatio(3.3, 2.2, 0.9)),
    ("llama-3", TokenRatio(3.2, 2.0, 1.0)),
    ("llama3", TokenRatio(3.2, 2.0, 1.0)),
    ("qwen", TokenRatio(3.2, 2.0, 0.8)),
    ("mistral", TokenRatio(3.0, 1.6, 1.1)),
    ("mixtral", TokenRatio(3.0, 1.6, 1.1)),
    ("deepseek", TokenRatio(3.2, 1.8, 0.8)),
    ("phi", TokenRatio(3.0, 1.5, 1.1)),
    ("smollm", TokenRatio(2.9, 1.1, 2.0)),
    ("sonar", TokenRatio(3.2, 2.0, 1.0)),
)
#: A model of no known family: the most tokens per character of any family above.
UNKNOWN = TokenRatio(2.9, 1.1, 2.0)
#: ASCII text in a language other than English is split finer (fewer whole-word tokens).
NOT_ENGLISH = 0.8
#: Added to every message for its role and separators in the chat template.
TOKENS_PER_MESSAGE = 8

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def ratio_for(model: str) -> TokenRatio:
    """The characters-per-token ratio of ``model``'s family ("openai/gpt-4o-mini": gpt-4o)."""
    name = model.lower().rsplit("/", 1)[-1]
    for prefix, ratio in FAMILIES:
        if name.startswith(prefix):
            return ratio
    return UNKNOWN


def estimate_tokens(text: str, model: str = "", language: str | None = "en") -> int:
    """About how many tokens ``text`` is to ``model``: rounded up, rarely below the truth.

    ``language``: the text's ISO 639-1 code; None when it is not known (the dearer rate).
    """
    ratio = ratio_for(model)
    if language != "en":
        ratio = TokenRatio(ratio.ascii * NOT_ENGLISH, ratio.other, ratio.cjk)
    cjk = len(_CJK.findall(text))
    ascii_chars = sum(char.isascii() for char in text)
    other = len(text) - ascii_chars - cjk
    return math.ceil(ascii_chars / ratio.ascii + other / ratio.other + cjk * ratio.cjk)


def estimate_messages(messages: list[dict], model: str = "") -> int:
    """The prompt tokens of a chat request: each message's text and its template overhead."""
    return sum(estimate_tokens(m["content"], model) + TOKENS_PER_MESSAGE for m in messages)
