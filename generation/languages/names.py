"""First names, which are personas' names and never roles ("As Sarah, ...", "Как Анна, ...")."""

from __future__ import annotations

import re

__all__ = ["FIRST_NAMES", "is_first_name"]

FIRST_NAMES = frozenset(
    """
    aaron adam alex alice amanda amy ana andrea andrew angela anna anne ben carlos carmen
    chloe chris claire daniel david diana elena emily emma eric eva fatima felix francesca
    george hannah helen isabel jack james jane jason jen jennifer jessica john jose juan julia
    julie kate laura leah lena leo linda lisa lucas lucia luis maria mark marta martin mary
    max mia michael mike nina noah olivia oscar paul paula pedro peter rachel raj rosa ryan
    sam sara sarah sofia sophie stefan susan tom tony victor william yuki zoe pierre marie
    jean thomas lukas jonas klaus petra joao joão priya ahmed omar roger
    """.split()
)


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name: pymorphy3's for Russian, a common list otherwise."""
    word = word.strip()
    if re.match(r"[А-Яа-яЁё]", word):
        from generation.languages.ru import is_first_name as russian

        return word[:1].isupper() and russian(word)
    return word.lower() in FIRST_NAMES
