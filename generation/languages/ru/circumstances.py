"""What a Russian requirement says around its action: when it applies and what follows.

"За 3 дня до окончания абонемента клиент получает push-уведомление."
-> the subject "клиент", and the circumstance "за 3 дня до окончания абонемента"
"Клиент записывается на тренировку, если в группе есть свободные места (не более 15
 человек)." -> the condition "если в группе есть свободные места", the limit "не более
 15 человек"
"...; при поздней отмене занятие списывается." -> what follows: "при поздней отмене
 занятие списывается"
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.ru import grammar

__all__ = [
    "consequence_of",
    "move_condition_out",
    "remarks_in",
    "subject_after_circumstance",
    "without_remarks",
]

#: The product as a subject, as ``clauses._PRODUCT`` names it.
_PRODUCTS = {"система", "приложение", "сервис", "сайт", "платформа", "бот", "программа"}


def subject_after_circumstance(words: list[str]) -> tuple[list[str], list[str]] | None:
    """ "За 3 дня до окончания абонемента клиент" -> (["клиент"], the words before it): a
    person or the product in the nominative after a circumstance; None when there is none."""
    if len(words) < 3 or not words[-1].isalpha():
        return None
    last = next(
        (r for r in grammar.readings(words[-1].lower())[:3] if {"NOUN", "nomn"} <= r.tag.grammemes),
        None,
    )
    if last is None or ("anim" not in last.tag and last.normal_form not in _PRODUCTS):
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1].isalpha():
        reading = grammar.parse(words[start - 1].lower())
        if not ({"ADJF", "nomn"} <= reading.tag.grammemes):
            break
        start -= 1
    return words[start:], words[:start]


#: "...; при поздней отмене занятие списывается": what happens, stated after the rule.
_CONSEQUENCE = re.compile(r"\s*;\s*(?P<what>(?:при|в\s+случае|если|иначе)\b[^;]+?)\s*\.?$", re.I)


def consequence_of(body: str) -> tuple[str, str | None]:
    """The requirement without the consequence it states after ";", and that consequence
    ("при поздней отмене занятие списывается"); None when it states none."""
    match = _CONSEQUENCE.search(body)
    if not match:
        return body, None
    words = re.findall(r"[а-яё]+", match.group("what").lower())
    if not any(grammar.is_finite_verb(w) for w in words[1:]):
        return body, None
    return body[: match.start()].rstrip(" ,"), match.group("what").strip()


#: ", если в группе есть свободные места": a condition after the action.
_TRAILING_IF = re.compile(r",?\s*\b(?P<condition>если\s+.+)$", re.I)
#: "(не более 15 человек)": a remark in brackets.
_REMARK = re.compile(r"\s*\((?P<remark>[^()]*)\)")


def move_condition_out(clause: Clause) -> None:
    """ "на тренировку, если в группе есть свободные места" -> the rest "на тренировку" and
    the condition "если в группе есть свободные места"; a condition stated before the action
    stays, and one that is the whole rest ("если ...") is no condition after an action."""
    match = _TRAILING_IF.search(clause.rest)
    if clause.condition or not match or match.start() == 0:
        return
    clause.rest = clause.rest[: match.start()].rstrip(" ,")
    clause.condition = match.group("condition").strip(" .")


def without_remarks(text: str) -> str:
    """ "абонемент (8 или 12 занятий) картой" -> "абонемент картой": the bracketed remark out."""
    return " ".join(_REMARK.sub("", text).split())


def remarks_in(text: str) -> list[str]:
    """The remarks in brackets: "абонемент (8 или 12 занятий, безлимит на месяц)" ->
    ["8 или 12 занятий, безлимит на месяц"]."""
    return [m.group("remark").strip() for m in _REMARK.finditer(text)]
