"""Why a person wants what a Russian requirement asks: the benefit after "чтобы".

The document's own "чтобы ..." comes first. Otherwise the benefit follows from the
requirement's words, in this order: a purpose it states with "для" ("для удобного поиска"
-> "было удобно искать задачи"), what its object is for ("промокод" -> "заплатить меньше",
"напоминание ... до приёма" -> "не забыть о приёме"), what its verb gives with its object
("просматривать последние новости" -> "узнавать о последних новостях без звонков"), and
for a quality the product must have, the quality it names ("размер шрифта удобен" -> "легко
читать то, что на экране"). No choice between phrasings is made by chance: two stories
share a benefit only when their requirements say the same thing.
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.ru import grammar

__all__ = ["benefit_of"]

#: What a verb (the perfective a wish names) gives the person, with the object in a case.
_VERBS = {
    "искать": "быстро находить нужные среди всех {og}",
    "найти": "быстро находить {oa}",
    "фильтровать": "видеть только те {oa}, что мне подходят",
    "сортировать": "сразу видеть самые важные {oa}",
    "просматривать": "узнавать о {op} без звонков",
    "просмотреть": "узнавать о {op} без звонков",
    "посмотреть": "узнавать о {op} без звонков",
    "читать": "узнавать о {op} без звонков",
    "прочитать": "узнавать о {op} без звонков",
    "узнать": "знать {oa} заранее",
    "увидеть": "сразу видеть {oa}, не открывая другие экраны",
    "выбрать": "подобрать {oa} под себя",
    "забронировать": "быть уверенным, что {o} за мной",
    "записаться": "прийти в удобное мне время",
    "оформить": "получить {oa} без звонков и ожидания",
    "заказать": "получить {oa} без звонков и ожидания",
    "купить": "получить {oa} без поездки в офис",
    "оплатить": "не платить за {oa} на месте",
    "создать": "не держать {oa} в голове",
    "составить": "не держать {oa} в голове",
    "написать": "не держать {oa} в голове",
    "записать": "не держать {oa} в голове",
    "ввести": "не вводить {oa} повторно",
    "указать": "в {op} было всё, что нужно",
    "загрузить": "не отправлять {oa} отдельно",
    "прикрепить": "не отправлять {oa} отдельно",
    "изменить": "поддерживать {oa} в актуальном состоянии",
    "отредактировать": "исправлять {oa}, не создавая заново",
    "редактировать": "исправлять {oa}, не создавая заново",
    "обновить": "поддерживать {oa} в актуальном состоянии",
    "исправить": "исправить ошибку в {op}, не начиная заново",
    "перенести": "сохранить {oa}, если планы изменились",
    "отменить": "отказаться от {og}, если планы изменились",
    "удалить": "не хранить ненужные {oa}",
    "получить": "не пропустить {oa}",
    "отправить": "передать {oa} без звонков",
    "отслеживать": "знать, что происходит с {ob}, без звонков",
    "оставить": "другие могли выбрать, опираясь на мой опыт",
    "оценить": "другим было проще выбрать",
    "поделиться": "показать {oa} другим без лишних шагов",
    "скачать": "работать с {ob} вне сервиса",
    "выгрузить": "работать с {ob} вне сервиса",
    "экспортировать": "работать с {ob} вне сервиса",
    "распечатать": "иметь {oa} на бумаге",
    "управлять": "поддерживать {oa} в актуальном состоянии",
    "вести": "держать {oa} в порядке",
    "назначить": "у каждого дела был ответственный",
    "отметить": "вести учёт {og}",
    "заблокировать": "закрыть доступ тем, кто нарушает правила",
    "блокировать": "закрыть доступ тем, кто нарушает правила",
    "принять": "работа по {dp} не задерживалась",
    "отклонить": "не тратить время на то, что не подходит",
    "настроить": "сервис работал так, как удобно мне",
    "установить": "задать {oa} так, как нужно мне",
    "устанавливать": "задать {oa} так, как нужно мне",
    "организовать": "держать {oa} в порядке",
    "зарегистрироваться": "завести учётную запись и не вводить свои данные при каждом визите",
    "войти": "вернуться к своим данным с любого устройства",
    "авторизоваться": "вернуться к своим данным с любого устройства",
    "выйти": "никто другой не воспользовался моей учётной записью на этом устройстве",
    "восстановить": "вернуть доступ, если я забыл пароль",
    "перейти": "попасть на {oa} в одно нажатие",
    "переходить": "попасть на {oa} в одно нажатие",
    "открыть": "не искать {oa} самому",
    "закрыть": "видеть то, что было под {ob}",
    "заменить": "обновить {oa} без лишних шагов",
    "проверять": "узнать об ошибке в {op} ещё до отправки",
    "проверить": "узнать об ошибке в {op} ещё до отправки",
    "обрабатывать": "приложение не зависало, когда что-то идёт не так",
    "проложить": "быстро добраться до цели",
}
#: What some things are for, whatever is done with them.
_THINGS = (
    (r"промокод|скидк|купон|бонус", "заплатить меньше"),
    (r"ошибк", "понять, что пошло не так, и что делать дальше"),
    (r"оферт|договор|соглашени|правил", "знать условия, на которых я пользуюсь сервисом"),
    (r"корзин", "оформить всё нужное одним заказом"),
    (r"пароль", "мой доступ был защищён"),
    (r"камер|галере|фото|аватар", "не искать нужный снимок вне приложения"),
    (r"карт[ауеы]\b|карта|геопозици|позици", "видеть, где я и что рядом"),
)
#: Qualities a product must have, and what each gives the person using it.
_QUALITIES = (
    (r"шрифт|восприят|контраст|зрени", "легко читать то, что на экране"),
    (r"макет|дизайн|иконк|логотип", "приложение выглядело так, как задумано в макете"),
    (r"справк|инструкц", "разобраться в приложении без посторонней помощи"),
    (r"ориентир|расположени|навигац|понятн", "быстро находить нужное в приложении"),
    (r"отвлека", "ничто не отвлекало от дела"),
    (r"android|ios|версии\s+ос|операционн", "пользоваться приложением на своём телефоне"),
    (r"секунд|быстр|производительн|задержк", "не ждать ответа приложения"),
    (r"безопасн|шифр|защит", "мои данные были защищены"),
    (r"назван|подпис|текст", "понимать, что сделает каждый элемент, до того как нажать"),
)
#: "для удобного поиска": a purpose; "поля для ввода" is what the fields are, not a purpose.
_FOR = re.compile(r"\bдля\s+(?P<adj>[а-яё]+(?:ого|ой|ых))\s+(?P<noun>[а-яё]+)", re.I)


def benefit_of(clause: Clause, verb: str, thing: str) -> str:
    """The benefit of the requirement ``clause``, whose served verb is ``verb`` and whose
    object, as a plain noun phrase, is ``thing`` ("" when it has none)."""
    if clause.purpose:
        return clause.purpose.rstrip(" .")
    forms = _forms(thing)
    stated = _stated_for(clause, forms)
    if stated:
        return stated
    text = f"{clause.rest} {clause.obj} {clause.system or ''}".lower()
    first = next((w for w in verb.split() if w not in {"и", "или"}), "")
    key = first if first in _VERBS else grammar.perfective(first)
    if re.search(r"напоминани", text) and re.search(r"\bдо\s+\w+", clause.rest):
        event = re.search(r"\bдо\s+(\w+(?:\s+\w+)?)", clause.rest).group(1)
        return f"не забыть о {grammar.agree_phrase(grammar.agree_phrase(event, 'nomn'), 'loct')}"
    destination = re.search(r"\bдо\s+.+", clause.rest)
    if key == "проложить" and destination:
        return f"быстро добраться {destination.group().strip(' .')}"
    about = thing.lower() or f"{text} {clause.condition or ''}".lower()
    for pattern, benefit in _THINGS:
        if re.search(pattern, about):
            return benefit
    if key in {"перейти", "переходить"} and not thing:
        return "попасть на нужный экран без лишних нажатий"
    if key in _VERBS and (thing or "{" not in _VERBS[key]):
        return _fill(_VERBS[key], forms)
    if key in _VERBS and clause.obj and set(re.findall(r"\{(\w+)\}", _VERBS[key])) == {"oa"}:
        # a list as the object ("название, описание и время"): as written, in the accusative
        return _fill(_VERBS[key], dict(forms, oa=clause.obj))
    if clause.verb and clause.system is None:
        return ""
    for pattern, benefit in _QUALITIES:
        if re.search(pattern, text):
            return benefit
    return ""


def _stated_for(clause: Clause, forms: dict[str, str]) -> str:
    """ "для удобного поиска" -> "было удобно искать задачи"."""
    from generation.languages.ru.clauses import deverbal_verb

    match = _FOR.search(clause.rest)
    if not match:
        return ""
    verb = deverbal_verb(match.group("noun"))
    if not verb:
        return ""
    done = f"{verb} {forms['oa']}".strip() if forms["oa"] else verb
    return f"было {grammar.adverb(match.group('adj'))} {done}"


def _forms(thing: str) -> dict[str, str]:
    o = grammar.agree_phrase(thing, "nomn") if thing else ""
    return {
        "o": o,
        "oa": grammar.agree_phrase(o, "accs") if o else "",
        "og": grammar.agree_phrase(o, "gent") if o else "",
        "op": grammar.agree_phrase(o, "loct") if o else "",
        "ob": grammar.agree_phrase(o, "ablt") if o else "",
        "dp": grammar.agree_phrase(o, "datv") if o else "",
    }


def _fill(template: str, forms: dict[str, str]) -> str:
    return " ".join(template.format(**forms).split())
