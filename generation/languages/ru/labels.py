"""A button's label restated in the story's own words, for a goal that does not quote.

    'при нажатии на кнопку "У меня уже есть аккаунт"'
    -> "при нажатии на кнопку о том, что у меня уже есть аккаунт"
    'при нажатии на кнопки "Загрузить фото водительских прав" или "Загрузить файл паспорта"'
    -> "при нажатии на кнопки загрузки фото водительских прав или загрузки файла паспорта"

The criteria still name the label as the screen shows it; the story line says what the
button is for.
"""

from __future__ import annotations

import re

from generation.languages.ru import grammar
from generation.languages.ru.nouns import action_noun

__all__ = ["restated"]

_QUOTED = re.compile(r"[«\"“](?P<label>[^«»\"“”]+)[»\"”]")


def restated(condition: str) -> str:
    """``condition`` with each label of three words or more said without quotes."""

    def said(match: re.Match) -> str:
        label = match.group("label").strip()
        words = label.split()
        if len(words) < 3:
            return match.group()
        action = _action_noun(words[0])
        if action:  # "Загрузить файл паспорта" -> "загрузки файла паспорта"
            return f"{action} {grammar.agree_phrase(' '.join(words[1:]).lower(), 'gent')}"
        return f"о том, что {label[:1].lower()}{label[1:]},"

    text = _QUOTED.sub(said, condition)
    text = " ".join(text.split()).rstrip(",")
    return f"{text}," if "о том, что" in text else text


def _action_noun(word: str) -> str:
    """ "Загрузить" -> "загрузки": the noun of the action a label's verb names, genitive."""
    if not grammar.is_infinitive(word.lower()):
        return ""
    noun = action_noun(word.lower())
    if not noun:
        return ""
    form = grammar.parse(noun).inflect({"gent", "sing"})
    return form.word if form else ""
