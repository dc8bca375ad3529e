"""Nouns of action in Russian requirements, and the verbs a story says them with.

"просмотр журнала заказов" -> "просматривать журнал заказов"
"простмотр" (a typo) -> "просматривать"; "загрузить" -> "загрузка"
"""

from __future__ import annotations

import difflib
import re

from generation.languages.ru import grammar

__all__ = [
    "GOVERNS_OTHER",
    "action_noun",
    "deverbal_verb",
    "is_deverbal",
    "join",
    "noun_of_action",
    "object_to_accusative",
    "object_words",
    "verb_of",
]


def deverbal_verb(noun: str) -> str:
    """The verb a noun of action names: "поиска" -> "искать"; "" for any other word."""
    return _DEVERBAL.get(noun_of_action(noun), "")


def action_noun(verb: str) -> str:
    """The noun that names the action of ``verb``: "загрузить" -> "загрузка"; else ""."""
    return next((noun for noun, named in _DEVERBAL.items() if named == verb), "")


def is_deverbal(word: str) -> bool:
    return bool(word) and noun_of_action(word) in _DEVERBAL


def noun_of_action(word: str) -> str:
    """The dictionary form of ``word``; a word pymorphy3 does not know that is one slip
    away from a noun of action ("простмотр", "простомтр") is that noun ("просмотр")."""
    normal = grammar.parse(word.lower()).normal_form
    if normal in _DEVERBAL or len(word) < 6 or grammar.is_known(word.lower()):
        return normal
    close = difflib.get_close_matches(word.lower(), _DEVERBAL, n=1, cutoff=0.8)
    return close[0] if close and close[0][:3] == word.lower()[:3] else normal


def object_to_accusative(words: list[str], verb: str) -> str:
    """The genitive after a deverbal noun is the verb's object: "журнала заказов" ->
    "журнал заказов" (only the first noun phrase changes; its own genitives stay); a verb
    that governs another case keeps the words as they are."""
    if not words or verb in GOVERNS_OTHER:
        return join(words)
    out = list(words)
    head = next(
        (
            i
            for i, w in enumerate(words)
            if w.isalpha() and {"NOUN", "gent"} <= grammar.parse(w.lower()).tag.grammemes
        ),
        None,
    )
    if head is None:
        return join(words)
    noun = grammar.parse(words[head].lower())
    number = "plur" if "plur" in noun.tag else "sing"
    form = noun.inflect({"accs", number})
    out[head] = form.word if form else words[head]
    for index in range(head + 2, len(words)):
        if words[index - 1].lower() in {"и", "или", ","} and words[index].isalpha():
            other = grammar.parse(words[index].lower())
            if {"NOUN", "gent"} <= other.tag.grammemes:
                many = "plur" if "plur" in other.tag else "sing"
                changed = other.inflect({"accs", many})
                out[index] = changed.word if changed else words[index]
    agreement = {"accs", number}
    if number == "sing":
        agreement.add(next((g for g in ("masc", "femn", "neut") if g in noun.tag), "masc"))
    if number == "plur" or "masc" in noun.tag:
        agreement.add("anim" if "anim" in noun.tag else "inan")
    for index in range(head):
        reading = grammar.parse(words[index].lower()) if words[index].isalpha() else None
        if reading is not None and "PREP" in reading.tag:
            return join(words)  # the genitive is inside a prepositional phrase
        if (
            reading is not None
            and {"ADJF", "PRTF"} & reading.tag.grammemes
            and "gent" in reading.tag
        ):
            agreed = reading.inflect(agreement)
            out[index] = agreed.word if agreed else words[index]
    return join(out)


#: Nouns that name an action, and the verb a wish names it with.
_DEVERBAL = {
    "добавление": "добавить", "создание": "создать", "удаление": "удалить",
    "редактирование": "отредактировать", "изменение": "изменить", "просмотр": "просматривать",
    "поиск": "искать", "оплата": "оплатить", "бронирование": "забронировать",
    "регистрация": "зарегистрироваться", "авторизация": "авторизоваться", "вход": "войти",
    "загрузка": "загрузить", "выгрузка": "выгрузить", "отправка": "отправить",
    "получение": "получать", "сохранение": "сохранить", "выбор": "выбрать",
    "отмена": "отменить", "перенос": "перенести", "подтверждение": "подтвердить",
    "фильтрация": "фильтровать", "сортировка": "сортировать", "экспорт": "экспортировать",
    "импорт": "импортировать", "печать": "распечатать", "оценка": "оценить",
    "отслеживание": "отслеживать", "восстановление": "восстановить", "управление": "управлять",
    "ведение": "вести", "назначение": "назначить", "формирование": "сформировать",
    "публикация": "опубликовать", "скачивание": "скачать", "заказ": "заказать",
    "настройка": "настроить", "генерация": "сгенерировать", "учёт": "учитывать",
    "учет": "учитывать", "хранение": "хранить", "планирование": "планировать",
    "применение": "применить", "оформление": "оформить", "переход": "перейти",
    "чтение": "читать", "выход": "выйти", "заполнение": "заполнить", "ввод": "ввести",
    "нажатие": "нажать", "запуск": "запустить", "указание": "указать",
    "описание": "описать", "организация": "организовать",
}  # fmt: skip
#: Verbs whose object is not in the accusative ("управлять заказами").
GOVERNS_OTHER = {"управлять", "войти", "зарегистрироваться", "авторизоваться", "выйти"}


def join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r"\s+([,.;:!?)»”])", r"\1", text)
    text = re.sub(r"([(«“])\s+", r"\1", text)
    return re.sub(r'"\s+(.*?)\s+"', r'"\1"', text).strip()


def verb_of(noun: str) -> str:
    """The verb of a noun of action by its dictionary form, or ""."""
    return _DEVERBAL.get(noun_of_action(noun), "")


_SUBORDINATE = {"если", "когда", "пока", "где", "чтобы", "который", "которая", "которые"}


def object_words(tokens: list[str]) -> str:
    """The object's words: the nouns and their adjectives before the first modifier.

    A place put before the object is not part of it: "на карте ближайшие станции" ->
    "ближайшие станции".
    """
    tokens = tokens[_fronted_place(tokens) :]
    words = []
    for index, token in enumerate(tokens):
        low = token.lower()
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        if token == "(" or (token == "," and following in _SUBORDINATE):
            break  # "абонемент (8 занятий)", "уведомление, когда место освободится"
        if words and (
            low in {"не", "только", "лишь", "чем"}
            or low[:1].isdigit()
            or (token.isalpha() and "PREP" in grammar.parse(low).tag)
        ):
            break
        if words and _means(low, words):
            while len(words) > 1 and _could_be_instrumental(words[-1].lower()):
                words.pop()  # "банковской" of "банковской картой"
            break  # "поездку картой": how it is paid, not what
        words.append(token)
    return join(words).strip(" ,;")


def _fronted_place(tokens: list[str]) -> int:
    """How many tokens a prepositional phrase before the object takes ("на карте"), or 0.

    Only when a noun phrase in the accusative follows it: in "по номеру телефона" the
    phrase is all there is, and "телефона" is no object.
    """
    if len(tokens) < 3 or not tokens[0].isalpha():
        return 0
    if "PREP" not in grammar.parse(tokens[0].lower()).tag:
        return 0
    for index in range(1, min(len(tokens) - 1, 4)):
        word = tokens[index].lower()
        if not word.isalpha():
            return 0
        if grammar.is_noun(word):
            following = tokens[index + 1].lower()
            readings = grammar.readings(following) if following.isalpha() else []
            accusative = any(
                "accs" in r.tag and {"NOUN", "ADJF"} & r.tag.grammemes for r in readings[:2]
            ) and not any("gent" in r.tag for r in readings[:3])
            return index + 1 if accusative else 0
    return 0


def _means(word: str, before: list[str]) -> bool:
    """A noun in the instrumental after a direct object: "картой" of "оплатить поездку
    картой" is the means. After a noun made of a verb ("управление заказами") it is the
    object of that noun and stays."""
    if not word.isalpha():
        return False
    readings = grammar.readings(word)[:3]
    if not readings or not all("ablt" in r.tag for r in readings):
        return False
    if not any("NOUN" in r.tag for r in readings):
        return False
    nouns = [w.lower() for w in before if w.isalpha() and grammar.is_noun(w.lower())]
    return bool(nouns) and not nouns[-1].endswith(("ние", "тие", "ство"))


def _could_be_instrumental(word: str) -> bool:
    return word.isalpha() and any(
        "ablt" in r.tag and "ADJF" in r.tag for r in grammar.readings(word)[:4]
    )
