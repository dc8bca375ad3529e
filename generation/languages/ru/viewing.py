"""Criteria for looking at something, from what the requirement says that something is.

    "просмотр краткой информации о компании" -> the details about the company are filled in,
        or the section says it is still empty;
    "просмотр страницы с актуальными скидками" -> the discounts on now, or none at the moment;
    "просмотр филиалов" -> the whole list, and one removed while I look;
    "просмотр журнала заказов" -> the records of a period, or none in it;
    "видеть на карте ближайшие станции" -> the stations, or a message that there are none yet;
    "простомтр статистики по продажам" -> figures for a period, and data not yet counted.

A list named with "последние" or "доступные" is checked by that word (``criteria``); what is
left here is the empty list.
"""

from __future__ import annotations

import re

from generation.languages.ru import grammar

__all__ = ["view_criteria"]

#: Things that are counted from other data rather than written: they can lag behind.
_FIGURES = re.compile(r"статистик|график|отч[её]т|диаграмм|показател|сводк|аналитик", re.I)


def view_criteria(thing: str, rest: str, acting: str, modified: bool) -> list[tuple[str, str, str]]:
    """(given, when, then) for looking at ``thing`` ("краткую информацию"), which the
    requirement goes on to describe in ``rest``; ``modified``: a word like "последние"
    already gives the list its own check, and only the empty list is left."""
    o = grammar.agree_phrase(thing, "nomn")
    # the object as the requirement writes it after the verb is already the accusative
    oa, og = thing, grammar.agree_phrase(o, "gent")
    head = grammar.head_of(o)
    plural = head is not None and "plur" in head.tag
    period = re.search(r"\bна\s+(?P<when>день|сегодня|неделю|месяц)\b", rest, re.I)
    if period:  # "список пациентов на день": what that day holds, in time order
        when = period.group("when")
        return [
            (f"на {when} есть записи", acting, "я вижу их все по порядку времени"),
            (f"на {when} записей нет", acting, f"я вижу, что на {when} ничего нет, а не ошибку"),
        ]
    if modified:
        return [
            (f"{og} пока нет", acting, f"я вижу сообщение, что {og} пока нет, а не пустую страницу")
        ]
    about = re.search(r"\b(?P<about>об?)\s+(?P<what>[а-яё]+)", rest, re.I)
    if about:
        what = f"{about.group('about').lower()} {about.group('what')}"
        return [
            (f"сведения {what} заполнены", acting, f"я вижу {oa} {what} целиком"),
            (
                f"сведения {what} ещё не заполнены",
                acting,
                "я вижу, что раздел пока пуст, а не ошибку",
            ),
        ]
    having = re.search(r"\bс\s+(?P<what>[а-яё]+(?:\s+[а-яё]+)?)\s*$", rest.strip(" ."), re.I)
    if having:
        shown = grammar.agree_phrase(having.group("what"), "nomn")
        missing = grammar.agree_phrase(shown, "gent")
        return [
            (
                f"сейчас действуют {shown}",
                acting,
                f"я вижу {grammar.agree_phrase(shown, 'accs')} и до какого числа они действуют",
            ),
            (
                f"{missing} сейчас нет",
                acting,
                f"я вижу, что {missing} сейчас нет, а не пустую страницу",
            ),
        ]
    if _FIGURES.search(o):
        return [
            ("я выбрал период", acting, f"я вижу {oa} за этот период"),
            (
                "данные за сегодня ещё не обработаны",
                acting,
                "я вижу, до какого времени учтены данные, а не нули",
            ),
        ]
    if plural and len(o.split()) == 1:
        return [
            (f"есть несколько {og}", acting, "я вижу их все одним списком"),
            (
                f"один из {og} удалили, пока я смотрю список",
                "я обновляю список",
                "его там больше нет, и ошибки не возникает",
            ),
        ]
    if head is not None and head.normal_form in _RECORDS:
        return [
            ("за выбранный период есть записи", acting, "я вижу их, самые новые первыми"),
            (
                "за выбранный период записей нет",
                acting,
                "я вижу, что записей нет, а не пустую таблицу",
            ),
        ]
    on_map = " на карте" if re.search(r"\bна\s+карт", rest, re.I) and "карт" not in oa else ""
    every = re.match(r"(?i)(?:все|всех)\s+(?P<rest>.+)$", o)
    if every and plural:  # "все станции": some of them, and I see them all
        some = grammar.agree_phrase(every.group("rest"), "gent")
        return [
            (f"есть несколько {some}", acting, f"я вижу их все{on_map}"),
            (
                f"{some} пока нет",
                acting,
                f"я вижу сообщение, что {some} пока нет, а не пустую страницу",
            ),
        ]
    return [
        (f"есть {o}", acting, f"я вижу {oa}{on_map}"),
        (f"{og} пока нет", acting, f"я вижу сообщение, что {og} пока нет, а не пустую страницу"),
    ]


#: Things kept as dated records, looked at by period: "журнал заказов", "история операций".
_RECORDS = {
    "журнал", "история", "запись", "лог", "архив", "операция", "транзакция", "платёж",
    "платеж", "заказ", "событие",
}  # fmt: skip
