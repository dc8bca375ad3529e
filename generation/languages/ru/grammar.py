"""Russian grammar for writing stories: verb forms, cases and agreement, by pymorphy3.

Requirements say "Пациент выбирает врача"; a story says "Как пациент, я хочу выбрать врача"
and a criterion "когда я выберу врача". The helpers here turn a word into the form a phrase
needs, and leave a word they do not know as it is written.
"""

from __future__ import annotations

from functools import cache

__all__ = [
    "adverb",
    "agree_phrase",
    "agree_short",
    "first_person",
    "head_of",
    "third_person",
    "with_number",
    "infinitive",
    "is_finite_verb",
    "is_known",
    "is_infinitive",
    "is_noun",
    "nominative_singular",
    "past_for",
    "perfective",
    "parse",
    "readings",
]

#: Imperfective verbs and the perfective a wish names ("я хочу выбрать врача").
_PERFECTIVE = {
    "выбирать": "выбрать", "получать": "получить", "отменять": "отменить",
    "переносить": "перенести", "создавать": "создать", "добавлять": "добавить",
    "удалять": "удалить", "изменять": "изменить", "менять": "поменять",
    "отправлять": "отправить", "оплачивать": "оплатить", "загружать": "загрузить",
    "выгружать": "выгрузить", "скачивать": "скачать", "сохранять": "сохранить",
    "редактировать": "отредактировать", "подтверждать": "подтвердить", "вводить": "ввести",
    "открывать": "открыть", "закрывать": "закрыть", "назначать": "назначить",
    "отмечать": "отметить", "бронировать": "забронировать", "записываться": "записаться",
    "регистрироваться": "зарегистрироваться", "входить": "войти", "оставлять": "оставить",
    "ставить": "поставить", "заказывать": "заказать", "покупать": "купить",
    "приглашать": "пригласить", "публиковать": "опубликовать", "делиться": "поделиться",
    "заполнять": "заполнить", "указывать": "указать", "прикреплять": "прикрепить",
    "восстанавливать": "восстановить", "подписываться": "подписаться",
    "оценивать": "оценить", "писать": "написать", "просматривать": "просмотреть",
    "рассчитывать": "рассчитать", "формировать": "сформировать", "печатать": "распечатать",
    "находить": "найти", "выставлять": "выставить", "принимать": "принять",
    "отклонять": "отклонить", "блокировать": "заблокировать", "выходить": "выйти",
    "добавляться": "добавиться", "сортировать": "отсортировать", "фильтровать": "отфильтровать",
    "экспортировать": "экспортировать", "импортировать": "импортировать",
    "уведомлять": "уведомить", "напоминать": "напомнить", "собирать": "собрать",
    "составлять": "составить", "прокладывать": "проложить", "переходить": "перейти",
}  # fmt: skip


@cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def parse(word: str):
    """pymorphy3's most likely reading of ``word``."""
    return _morph().parse(word)[0]


def readings(word: str):
    """Every reading pymorphy3 has of ``word``, the likeliest first."""
    return _morph().parse(word)


def is_finite_verb(word: str) -> bool:
    """Whether ``word`` is a verb in the indicative ("выбирает", "получат")."""
    return any("VERB" in r.tag and r.score >= 0.2 for r in readings(word)[:2])


def is_infinitive(word: str) -> bool:
    """Whether ``word`` is an infinitive ("выбрать", "записаться")."""
    return "INFN" in parse(word).tag


def is_known(word: str) -> bool:
    """Whether pymorphy3's dictionary has ``word`` (a typo is not in it)."""
    return _morph().word_is_known(word)


def is_noun(word: str) -> bool:
    return "NOUN" in parse(word).tag


def infinitive(word: str) -> str:
    """The infinitive of a verb form ("выбирает" -> "выбирать"); other words unchanged."""
    for reading in readings(word)[:2]:
        if {"VERB", "INFN"} & reading.tag.grammemes:
            return reading.normal_form
    return word


def perfective(verb: str) -> str:
    """The perfective a wish names: "выбирать" -> "выбрать"; a verb without a pair unchanged."""
    return _PERFECTIVE.get(verb, verb)


def first_person(verb: str) -> str:
    """ "я ..." of an infinitive: "выбрать" -> "выберу", "вести" -> "веду"."""
    reading = parse(verb)
    tense = "futr" if "perf" in reading.tag else "pres"
    form = reading.inflect({"1per", "sing", tense})
    return form.word if form else verb


def _infinitive_reading(verb: str):
    """The reading of ``verb`` as a verb: "мочь" is also a noun, and that reading comes first."""
    return next((r for r in readings(verb) if "INFN" in r.tag), None) or parse(verb)


def third_person(verb: str, plural: bool = False) -> str:
    """ "он ..." of an infinitive: "проверять" -> "проверяет", "отобразить" -> "отобразит"."""
    reading = _infinitive_reading(verb)
    tense = "futr" if "perf" in reading.tag else "pres"
    form = reading.inflect({"3per", "plur" if plural else "sing", tense})
    return form.word if form else verb


def head_of(phrase: str):
    """pymorphy3's reading of the head noun of ``phrase``, or None."""
    words = phrase.split()
    index = _head_index(words)
    if index is None:
        return None
    word = words[index].rpartition("-")[2].lower().strip(".,;:«»\"'()")
    return _named(word, words[:index])


#: Things that stand for a person where blocking or banning is concerned.
_ACCOUNTS = {"аккаунт", "учётный", "учетный", "запись", "профиль", "страница", "номер"}


def names_someone(phrase: str) -> bool:
    """Whether ``phrase`` is a person or a person's account ("пользователя", "учётную
    запись"), not a thing ("неисправный велосипед"); True when it cannot tell."""
    head = head_of(phrase)
    if head is None:
        return True
    return "anim" in head.tag or head.normal_form in _ACCOUNTS


def agree_short(word: str, phrase: str) -> str:
    """A short participle or adjective agreeing with ``phrase``'s head: "сохранён" with
    "запись" -> "сохранена", with "задачи" -> "сохранены"."""
    head = head_of(phrase)
    if head is None:
        return word
    return short_form(word, "plur" in head.tag, _gender(head))


def short_form(word: str, plural: bool, gender: str = "masc") -> str:
    """ "сохранён" in the number and gender given: (plural) -> "сохранены"."""
    reading = next((r for r in readings(word) if {"PRTS", "ADJS"} & r.tag.grammemes), parse(word))
    form = reading.inflect({"plur"} if plural else {gender, "sing"})
    return form.word if form else word


def with_number(number: int, word: str) -> str:
    """ "12 часов", "1 час", "3 символа": ``word`` agreeing with ``number``."""
    if word.isupper() or not word.isalpha():
        return f"{number} {word}"  # "МБ", "ГБ": abbreviations do not inflect
    reading = parse(word.lower())
    base = reading.inflect({"nomn", "sing"}) or reading
    form = base.make_agree_with_number(number)
    return f"{number} {form.word if form else word}"


def adverb(adjective: str) -> str:
    """ "успешной" -> "успешно", "первом" -> "впервые"; other words unchanged."""
    reading = parse(adjective.lower())
    if "ADJF" not in reading.tag:
        return adjective
    normal = reading.normal_form
    if normal == "первый":
        return "впервые"
    if normal.endswith(("ый", "ий", "ой")):
        return normal[:-2] + ("е" if normal[-3:-2] in "жшчщц" and normal.endswith("ий") else "о")
    return adjective


def past_for(verb: str, subject: str) -> str:
    """The past form agreeing with ``subject`` ("чтобы система отправляла"): verb in the
    subjunctive after "чтобы"."""
    noun = head_of(subject) or parse(subject.split()[0] if subject.split() else subject)
    gender = next((g for g in ("masc", "femn", "neut") if g in noun.tag), "masc")
    number = "plur" if "plur" in noun.tag else "sing"
    grammemes = {"past", "plur"} if number == "plur" else {"past", gender}
    form = _infinitive_reading(verb).inflect(grammemes)
    return form.word if form else verb


def nominative_singular(phrase: str) -> str:
    """A role as a story names it: "пациенты" -> "пациент", "администратору" -> "администратор".

    The head noun goes to the nominative singular and the adjectives before it agree; the
    words after the head ("службы поддержки") stay as written.
    """
    words = phrase.split()
    head = _head_index(words)
    if head is None:
        return phrase.lower()
    noun = parse(words[head].lower())
    form = noun.inflect({"nomn", "sing"}) or noun.inflect({"nomn"})
    lowered = [word.lower() for word in words]
    if form:
        lowered[head] = form.word
        gender = _gender(form)
        for index in range(head):
            lowered[index] = _agree_word(lowered[index], {"nomn", "sing", gender})
    return " ".join(lowered)


def agree_phrase(phrase: str, case: str) -> str:
    """``phrase`` with its head noun (and the adjectives before it) in ``case``.

    "свободное время" -> "свободным временем" (ablt); words after the head stay as they are:
    "отзывы о врачах" -> "отзывами о врачах". A hyphenated head inflects its last part.
    """
    words = phrase.split()
    head = _head_index(words)
    if head is None:
        return phrase
    word = words[head]
    prefix, _, last = word.rpartition("-")
    noun = _named(last.lower(), words[:head])
    number = "plur" if "plur" in noun.tag else "sing"
    form = noun.inflect({case, number})
    if not form:
        return phrase
    words[head] = (prefix + "-" if prefix else "") + _same_case(last, form.word)
    agreement = {case, number, _gender(noun)}
    if case == "accs" and (number == "plur" or _gender(noun) == "masc"):
        agreement.add("anim" if "anim" in noun.tag else "inan")  # "личный кабинет", "нового гостя"
    for index in range(head):
        words[index] = _same_case(words[index], _agree_word(words[index].lower(), agreement))
    return " ".join(words)


def _named(word: str, before: list[str]):
    """The reading of a head noun as a phrase names a thing: in the nominative or the
    accusative, in the number of the adjective before it ("доступные вакансии" is plural,
    though "вакансии" alone reads best as a genitive singular)."""
    nouns = [r for r in readings(word) if "NOUN" in r.tag] or [parse(word)]
    adjectives = [parse(w.lower()) for w in before if w.isalpha()]
    numbers = {n for a in adjectives for n in ("sing", "plur") if n in a.tag}
    for reading in nouns:
        if {"nomn", "accs"} & reading.tag.grammemes and (
            not numbers or numbers & reading.tag.grammemes
        ):
            return reading
    return nouns[0]


def _head_index(words: list[str]) -> int | None:
    """The first noun of the phrase that is not behind a preposition, nor the agent of a
    participle before the head ("предоставляемые компанией услуги": "услуги")."""
    for index, word in enumerate(words):
        last = word.rpartition("-")[2].lower().strip(".,;:«»\"'()")
        reading = parse(last) if last else None
        if reading is None:
            continue
        if (
            "NOUN" in reading.tag
            and index
            and "PRTF" in parse(words[index - 1].lower()).tag
            and not any(
                {"nomn", "accs"} & r.tag.grammemes for r in readings(last) if "NOUN" in r.tag
            )
        ):
            continue
        if "PREP" in reading.tag or "CONJ" in reading.tag:
            return None if index == 0 else _first_noun(words[:index])
        if "NOUN" in reading.tag and "ADJF" not in reading.tag:
            return index
    return None


def _first_noun(words: list[str]) -> int | None:
    for index, word in enumerate(words):
        if "NOUN" in parse(word.lower()).tag:
            return index
    return None


def _gender(reading) -> str:
    return next((g for g in ("masc", "femn", "neut") if g in reading.tag), "masc")


def _agree_word(word: str, grammemes: set[str]) -> str:
    if word in {"его", "её", "ее", "их"}:  # "его повтор": a possessive does not agree
        return word
    reading = parse(word)
    if "PRCL" in reading.tag:  # "все" before a noun is "весь", not the particle
        reading = next((r for r in readings(word) if "ADJF" in r.tag), reading)
    if not {"ADJF", "PRTF", "NPRO"} & reading.tag.grammemes and "Apro" not in reading.tag:
        return word
    if "plur" in grammemes:
        grammemes = grammemes - {"masc", "femn", "neut"}
    form = reading.inflect(grammemes)
    return form.word if form else word


def _same_case(original: str, form: str) -> str:
    """``form`` with the capital letter ``original`` had."""
    return form[:1].upper() + form[1:] if original[:1].isupper() else form
