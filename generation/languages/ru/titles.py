"""Titles of Russian stories: at most about eight words, ending where a phrase ends.

"Удобное расположение элементов графического интерфейса способствует быстрому
 ориентированию в приложении"
-> "Удобное расположение элементов интерфейса способствует быстрому ориентированию в
    приложении"
"Рамка вокруг аватарки разного цвета в зависимости от состояния профиля"
-> "Рамка вокруг аватарки разного цвета"
"""

from __future__ import annotations

import re

from generation.languages.ru import grammar

__all__ = ["MAX_TITLE_WORDS", "cut"]

MAX_TITLE_WORDS = 8
#: Words that count what follows them and say nothing alone: "каждые" of "каждые 30 секунд".
_QUANTIFIERS = {"каждый", "любой", "всякий"}


def cut(words: list[str], limit: int = MAX_TITLE_WORDS) -> str:
    """At most about ``limit`` words that end where a phrase ends, never on a preposition,
    conjunction or comma.

    A longer phrase first loses its relative adjectives, the last first ("элементов
    графического интерфейса" -> "элементов интерфейса"); a qualitative one ("удобное",
    "разного") is what the requirement asks for and stays. Only then is it cut, before a
    preposition, a comma or a conjunction, never inside "в зависимости от".
    """
    words = re.sub(r"\s*\([^)]*\)?", "", " ".join(w for w in words if w)).split()
    shorter = list(words)
    for index in reversed(range(1, len(shorter) - 1)):
        if len(shorter) <= limit + 1:
            break
        if _is_adjective(shorter[index], shorter[index + 1]) and not shorter[index - 1].endswith(
            ","
        ):
            del shorter[index]
    if len(shorter) <= limit + 1:  # a whole phrase one word over reads better than a cut one
        words = shorter
    else:
        boundaries = [i for i in range(3, limit + 1) if _ends_before(words, i)]
        words = words[: boundaries[-1]] if boundaries else words[:limit]
    while words and (
        words[-1] in {",", "-", "—", "–"}
        or {"PREP", "CONJ", "PRCL"} & grammar.parse(words[-1].lower().strip(",")).tag.grammemes
        or grammar.parse(words[-1].lower().strip(",")).normal_form in _QUANTIFIERS
    ):  # nor on "каждые" of "каждые 30 секунд"
        words = words[:-1]
    return " ".join(words).rstrip(" ,;:-–—")


def _ends_before(words: list[str], index: int) -> bool:
    """Whether a phrase ends before ``words[index]``: a preposition, a conjunction or a
    comma follows, and no compound preposition ("в зависимости от") is cut in two."""
    if index >= len(words):
        return True
    if words[index - 1].endswith(","):
        return True
    if not _opens_phrase(words[index]):
        return False
    return index < 2 or not _opens_phrase(words[index - 2])


def _is_adjective(word: str, following: str) -> bool:
    """A relative adjective agreeing with the noun after it ("графического интерфейса")."""
    if not (word.isalpha() and following.isalpha()):
        return False
    reading, noun = grammar.parse(word.lower()), grammar.parse(following.lower())
    if "ADJF" not in reading.tag or {"Apro", "Qual"} & reading.tag.grammemes:
        return False
    if "NOUN" not in noun.tag:
        return False
    cases = {"nomn", "gent", "datv", "accs", "ablt", "loct"}
    return bool(cases & reading.tag.grammemes & noun.tag.grammemes)


def _opens_phrase(word: str) -> bool:
    """Whether a phrase can end before ``word``: a preposition, a conjunction, a comma."""
    if word[:1] in {",", ";", ":", "-", "–", "—", "("}:
        return True
    return bool({"PREP", "CONJ"} & grammar.parse(word.lower()).tag.grammemes)
