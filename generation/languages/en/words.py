"""English word forms the criteria need: participles, plurals, articles, lists.

participle("send") -> "sent"; plural("entry") -> "entries"; joined(["a", "b", "c"]) ->
"a, b and c"; article("event") -> "an".
"""

from __future__ import annotations

from functools import cache

__all__ = [
    "article", "is_plural", "joined", "lower_first", "participle", "plural", "sentence",
    "singular", "third_person",
]  # fmt: skip


@cache
def participle(verb: str) -> str:
    """ "add" -> "added", "send" -> "sent"."""
    from lemminflect import getInflection

    word = verb.split("-")[0].split(" ")[0]
    forms = getInflection(word, tag="VBN")
    return forms[0] if forms else f"{word}ed"


@cache
def third_person(verb: str) -> str:
    from lemminflect import getInflection

    forms = getInflection(verb, tag="VBZ")
    return forms[0] if forms else f"{verb}s"


@cache
def is_plural(noun: str) -> bool:
    from lemminflect import getLemma

    if not noun or not noun.endswith("s") or noun.endswith(("ss", "us", "is")):
        return False
    lemmas = getLemma(noun, upos="NOUN")
    return not lemmas or lemmas[0] != noun


@cache
def singular(noun: str) -> str:
    from lemminflect import getLemma

    if not is_plural(noun):
        return noun
    lemmas = getLemma(noun, upos="NOUN")
    return lemmas[0] if lemmas and lemmas[0] != noun else noun[:-1]


@cache
def plural(noun: str) -> str:
    from lemminflect import getInflection

    if not noun or is_plural(noun):
        return noun
    forms = getInflection(noun, tag="NNS")
    return forms[0] if forms else f"{noun}s"


def joined(items: list[str], joint: str = "and") -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {joint} {items[-1]}"


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith(".") else f"{text}."


def lower_first(text: str) -> str:
    if not text or text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]
