"""A quality the product must have, checked where the requirement says it shows.

    "Размер шрифта удобен для восприятия."
    -> Дано: на экране длинный текст; когда я читаю его, не увеличивая масштаб, тогда размер
       шрифта удобен для восприятия.
    -> Дано: у меня слабое зрение; когда я читаю подписи к кнопкам, тогда мне не приходится
       их увеличивать.

Each kind of quality (how text reads, how the screen is laid out, the help, the design) has
its own situation to check it in and its own way to fail; a quality of no known kind is
checked where the requirement places it ("в справке", "на экране входа").
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.ru import grammar

__all__ = ["QUALITY_VERBS", "quality_criteria", "statement"]

#: Verbs of a quality the product has rather than an action: "должен быть расположен".
QUALITY_VERBS = {
    "быть", "иметь", "являться", "способствовать", "следовать", "соответствовать",
    "отвлекать", "содержать", "выглядеть", "учесть", "учитывать",
}  # fmt: skip
#: A perfective as the statement of a lasting quality says it: "учесть" -> "учитывает".
_LASTING = {"учесть": "учитывать"}

#: Kinds of quality: the words that name one, where it is checked, and how it fails.
_KINDS = (
    (
        r"шрифт|восприят|читаем",
        ("на экране длинный текст", "я читаю его, не увеличивая масштаб"),
        ("у меня слабое зрение", "я читаю подписи к кнопкам", "мне не приходится их увеличивать"),
    ),
    (
        r"контраст|\bфон",
        ("в окне светлый фон", "я ищу нужную кнопку"),
        ("экран ярко освещён солнцем", "я смотрю на кнопки", "они не сливаются с фоном"),
    ),
    (
        r"справк|инструкц|подсказк",
        ("я не знаю, как выполнить действие", "я открываю справку"),
        (
            "в справке нет нужной темы",
            "я ищу по ней",
            "я вижу, что ничего не найдено, и куда обратиться",
        ),
    ),
    (
        r"назван|подпис|текст",
        ("я впервые вижу экран", "я читаю надписи на нём"),
        (
            "название элемента не влезает в кнопку",
            "я смотрю на неё",
            "название не обрезано без подсказки",
        ),
    ),
    (
        r"расположени|ориентир|навигац|центр",
        ("я впервые открываю приложение", "я ищу основное действие"),
        ("экран узкий", "я поворачиваю телефон", "расположение не ломается, и ничего не перекрыто"),
    ),
    (
        r"отвлека|изображени|анимац",
        ("я занят делом, а приложение открыто", "я поглядываю на экран"),
        ("на экране есть картинки", "они загружаются", "ничего не мигает и не отвлекает"),
    ),
    (
        r"икон",
        ("приложение установлено", "я нахожу его на рабочем столе телефона"),
        (
            "у меня старая версия системы",
            "я смотрю на иконку в списке приложений",
            "она не искажена и не обрезана",
        ),
    ),
    (
        r"дизайн",
        ("дизайн приложения утверждён", "я прохожу по всем экранам"),
        (
            "на телефоне включена тёмная тема",
            "я открываю любой экран",
            "цвета и шрифты не отличаются от дизайна",
        ),
    ),
    (
        r"макет|логотип",
        ("макет экрана утверждён", "я сравниваю экран с макетом"),
        (
            "у меня телефон с другим размером экрана",
            "я открываю тот же экран",
            "элементы не съезжают относительно макета",
        ),
    ),
)


#: Where in the product a quality can be seen: "в справке", "на экране", "в окне".
_PLACES = {
    "экран", "окно", "справка", "страница", "раздел", "меню", "форма", "профиль",
    "список", "карта", "карточка", "панель", "вкладка",
}  # fmt: skip


def statement(clause: Clause) -> str:
    """The quality as a statement in the present: "логотип приложения расположен по центру
    экрана", "текст является отдельным элементом"."""
    subject = clause.system or "приложение"
    rest = clause.rest
    verbs = []
    for word in clause.verb.split():
        if word in {"и", "или"}:
            verbs.append(word)
        elif word == "быть":
            first = grammar.parse(rest.split()[0].lower()) if rest.split() else None
            words = rest.split()
            if (
                words
                and any("ablt" in r.tag for r in grammar.readings(words[0].lower())[:3])
                and ("ADJS" not in first.tag and "PRTS" not in first.tag)
            ):
                verbs.append(grammar.third_person("являться", _plural(subject)))
        else:
            verbs.append(grammar.third_person(_LASTING.get(word, word), _plural(subject)))
    return " ".join([subject, *verbs, rest]).strip()


def _plural(phrase: str) -> bool:
    head = grammar.head_of(phrase)
    return head is not None and "plur" in head.tag


def quality_criteria(clause: Clause) -> list[str]:
    """A quality the product has, checked in the situation its kind needs, and once where
    it could fail."""
    state = re.search(r"^(?P<value>.+?),\s*если\s+(?P<state>.+)$", clause.rest)
    if state and clause.system:
        return _state_criteria(clause.system, state.group("value"), state.group("state"))
    said = statement(clause)
    said = said if said[:2].isupper() else said[:1].lower() + said[1:]
    text = said.lower()
    for pattern, (given, when), (bad_given, bad_when, bad_then) in _KINDS:
        if re.search(pattern, text):
            return [
                f"Дано: {given}; когда {when}, тогда {said}.",
                f"Дано: {bad_given}; когда {bad_when}, тогда {bad_then}.",
            ]
    place = re.search(r"\b(?:в|на)\s+([а-яё]+)", clause.rest, re.I)
    where = "приложение"
    noun = grammar.parse(place.group(1).lower()) if place else None
    if noun is not None and "loct" in noun.tag and noun.normal_form in _PLACES:
        where = grammar.agree_phrase(noun.normal_form, "accs")
    return [
        f"Дано: я открываю {where}; когда я смотрю на экран, тогда {said}.",
        f"Дано: данные для {grammar.agree_phrase(where, 'gent')} ещё загружаются; когда я "
        f"смотрю на экран, тогда и до их загрузки {said}, и ничего не смещается.",
    ]


def _state_criteria(subject: str, value: str, state: str) -> list[str]:
    """ "рамка вокруг аватарки" is "жёлтая" when "не загружены фотографии прав": seen in
    that state, and no longer once the state has changed."""
    thing = subject[:1].lower() + subject[1:]
    # a colour alone is seen on the screen; a thing with a colour is looked at itself
    looked_at = "экран" if thing == "цвет" else grammar.agree_phrase(thing, "accs")
    state = state.strip(" .")
    words = state.split()
    done = grammar.parse(words[1].lower()) if len(words) > 2 and words[0] == "не" else None
    if done is not None and "PRTS" in done.tag:
        # "не загружены фотографии прав": the person can change it by loading them
        what = " ".join(words[2:])
        act = grammar.first_person(grammar.perfective(done.normal_form))
        return [
            f"Дано: {state}; когда я смотрю на {looked_at}, тогда {thing} {value}.",
            f"Дано: {thing} {value}; когда я {act} {what}, тогда {thing} больше не {value}.",
        ]
    if state.startswith("есть "):
        # "есть штрафы": the look changes as soon as they appear, and back once they are gone
        what = state[5:]
        head = grammar.head_of(what)
        appear = "появляются" if head is not None and "plur" in head.tag else "появляется"
        became = grammar.parse(value).inflect({"ablt"})
        return [
            f"Дано: {thing} не {value}; когда {appear} {what}, тогда {thing} становится "
            f"{became.word if became else value}.",
            f"Дано: нет {grammar.agree_phrase(what, 'gent')}; когда я снова смотрю на "
            f"{looked_at}, тогда {thing} уже не {value}.",
        ]
    named = re.search(r"\((?P<adj>[а-яё]+)\s+(?P<noun>[а-яё]+)\)", state)
    if named and "ADJF" in grammar.parse(named.group("adj")).tag:
        state = f"{named.group('noun')} {named.group('adj')}"  # "всё OK (активный профиль)"
    if state.startswith("не "):
        other = state[3:]
    elif state.startswith("есть "):
        other = f"нет {grammar.agree_phrase(state[5:], 'gent')}"
    elif named and "ADJF" in grammar.parse(named.group("adj")).tag:
        other = f"{named.group('noun')} не {named.group('adj')}"
    else:
        other = f"уже неверно, что {state}"
    return [
        f"Дано: {state}; когда я смотрю на {looked_at}, тогда {thing} {value}.",
        f"Дано: {other}; когда я снова смотрю на {looked_at}, тогда {thing} уже не {value}.",
    ]
