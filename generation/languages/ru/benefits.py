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
from generation.languages.ru.nouns import deverbal_verb

__all__ = ["ENTRY_BENEFIT", "benefit_of"]

#: What signing in gives a person who uses the product for their own data.
ENTRY_BENEFIT = "вернуться к своим данным с любого устройства"

#: What a verb (the perfective a wish names) gives the person, with the object in a case.
_VERBS = {
    "комментировать": "дать обратную связь по {dp} там, где её увидят",
    "прокомментировать": "дать обратную связь по {dp} там, где её увидят",
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
    "видеть": "заранее знать {oa}",
    "забронировать": "быть уверенным, что {o} за мной",
    "записаться": "прийти в удобное мне время",
    "оформить": "получить {oa} без звонков и ожидания",
    "заказать": "получить {oa} без звонков и ожидания",
    "купить": "получить {oa} без поездки в офис",
    "оплатить": "не платить за {oa} на месте",
    "создать": "не держать {oa} в голове",
    "составить": "не держать {oa} в голове",
    "описать": "ничего не упустить, когда вернусь к {dp}",
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
    "войти": ENTRY_BENEFIT,
    "авторизоваться": ENTRY_BENEFIT,
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
    (r"подтвержд", "быть уверенным, что всё прошло так, как я хотел"),
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
    shown = _state_shown(clause)
    if shown:
        return shown
    forms = _forms(thing)
    stated = _stated_for(clause, forms)
    if stated:
        return stated
    text = f"{clause.verb} {clause.rest} {clause.obj} {clause.system or ''}".lower()
    first = next((w for w in verb.split() if w not in {"и", "или"}), "")
    key = first if first in _VERBS else grammar.perfective(first)
    notice = re.search(r"напоминани|уведомлени|sms|смс", text)
    before = re.search(r"\bдо\s+(\w+(?:\s+\w+)?)", f"{clause.rest} {clause.condition or ''}")
    if notice and before:  # "напоминание за сутки до приёма": not to forget the visit
        event = _from_genitive(before.group(1), "loct")
        return f"не забыть {'об' if event[:1] in 'аеиоуэ' else 'о'} {event}"
    moment = re.search(r",\s*(когда\s+[^,;]+)$", clause.rest)
    if notice and moment:  # "уведомление, когда место освободится"
        return f"не пропустить момент, {moment.group(1).strip(' .')}"
    if re.match(r"быстр", clause.manner) and forms["oa"]:  # "позволяет быстро добавлять"
        return f"тратить меньше времени на {forms['oa']}"
    source = re.search(r"\bиз\s+(?:базы|справочника|каталога|списка)", clause.rest, re.I)
    if source and forms["oa"]:
        return f"не вводить {forms['oa']} вручную"
    if key in {"войти", "авторизоваться"} and re.search(r"регистрац", clause.condition or "", re.I):
        return "не вводить свои данные второй раз сразу после регистрации"
    if key == "отправить" and re.search(r"\bна\s+сервер", clause.rest) and forms["oa"]:
        if "запрос" not in forms["o"]:  # a photo or a file, kept beyond this phone
            return f"не потерять {forms['oa']}, даже если я сменю телефон"
    blocked = thing or clause.obj.split(",")[0]
    if key in {"заблокировать", "блокировать"} and blocked and not grammar.names_someone(blocked):
        return f"{grammar.agree_phrase(blocked, 'accs')} не использовали, пока проблема не решена"
    destination = re.search(r"\bдо\s+.+", clause.rest)
    if key == "проложить" and destination:
        return f"быстро добраться {destination.group().strip(' .')}"
    if not thing and "{" not in _VERBS.get(key, "{"):
        return _VERBS[key]  # "зарегистрироваться ... с подтверждением": registering gives it
    about = thing.lower() or f"{text} {clause.condition or ''}".lower()
    for pattern, benefit in _THINGS:
        if re.search(pattern, about):
            return benefit
    if key in {"перейти", "переходить"} and re.match(
        r"(?:при|после)\s+успешн", clause.condition or "", re.I
    ):
        where = forms["oa"] or "нужный экран"
        return f"сразу попасть на {where}, ничего не нажимая"
    if key in {"перейти", "переходить"} and not thing:
        return "попасть на нужный экран без лишних нажатий"
    if key == "выбрать" and re.search(r"\bвремя\b|\bдат[уы]\b|\bслот", clause.rest, re.I):
        return "прийти, когда мне удобно"
    pair = re.match(r"^(?:равенство|совпадение)\s+(?P<what>\w+)", clause.rest, re.I)
    if key in {"проверять", "проверить"} and pair:  # "равенство пароля и его повтора"
        return f"не ошибиться при вводе {pair.group('what').lower()}"
    viewed = _viewing(key, thing, clause.rest, forms) if thing else ""
    if viewed:
        return viewed
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


_LOOKING = {"просматривать", "просмотреть", "посмотреть", "смотреть", "читать", "прочитать"}


def _viewing(key: str, thing: str, rest: str, forms: dict[str, str]) -> str:
    """What looking at this thing gives: "последние новости" -> "быть в курсе последних
    новостей", "страница с актуальными скидками" -> "не пропустить актуальные скидки",
    "филиалы" -> "сравнить филиалы и выбрать подходящий"."""
    if key not in _LOOKING:
        return ""
    low = thing.lower()
    base = " ".join(w for w in low.split() if not w.startswith(("доступн", "актуальн")))
    if "последн" in low:
        return f"быть в курсе {forms['og']}"
    if base != low:
        stale = "недоступные" if "доступн" in low else "устаревшие"
        return f"не тратить время на {stale} {grammar.agree_phrase(base, 'accs')}"
    about = re.search(r"\bоб?\s+(?P<what>[а-яё]+)", rest, re.I)
    if about:
        return f"узнать о {about.group('what')} до первого обращения"
    having = re.search(r"\bс\s+(?P<what>[а-яё]+\s+[а-яё]+|[а-яё]+)$", rest.strip(" ."), re.I)
    if having:
        return f"не пропустить {grammar.agree_phrase(having.group('what'), 'accs')}"
    head = grammar.head_of(forms["o"])
    if head is not None and "plur" in head.tag and len(thing.split()) == 1:
        gender = "femn" if "femn" in head.tag else "masc"
        animate = "anim" in head.tag
        fitting = {"femn": "подходящую"}.get(gender, "подходящего" if animate else "подходящий")
        return f"сравнить {forms['oa']} и выбрать {fitting}"
    return f"следить за {forms['ob']}"  # "журнал заказов", "статистика": kept an eye on


def _state_shown(clause: Clause) -> str:
    """A look that shows a state: "рамка жёлтая, если не загружены фотографии" -> "сразу
    видеть, что не загружены фотографии"; "разного цвета в зависимости от состояния
    профиля" -> "сразу видеть состояние профиля"."""
    if clause.verb != "быть":
        return ""
    state = re.search(r",\s*если\s+(?P<state>.+)$", clause.rest)
    if state:
        said = re.sub(r"\s*\([^)]*\)", "", state.group("state")).strip(" .")
        return f"сразу видеть, что {said}"
    depends = re.search(r"\bв\s+зависимости\s+от\s+(?P<what>[^,.;:]+)", clause.rest)
    if depends:
        return f"сразу видеть {_from_genitive(depends.group('what').strip(), 'accs')}"
    return ""


def _from_genitive(phrase: str, case: str) -> str:
    """ "состояния профиля" after "от" -> "состояние профиля": the head noun read as the
    genitive it is there, put in ``case`` in the same number."""
    words = phrase.split()
    for index, word in enumerate(words):
        reading = next(
            (r for r in grammar.readings(word.lower()) if {"NOUN", "gent"} <= r.tag.grammemes),
            None,
        )
        if reading is not None:
            form = reading.inflect({case})
            words[index] = form.word if form else word
            return " ".join(words)
    return phrase


def _stated_for(clause: Clause, forms: dict[str, str]) -> str:
    """ "для удобного поиска" -> "было удобно искать задачи"."""
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
