"""Writing Russian stories: the story line, its title, its benefit and its criteria.

    Как пациент, я хочу отменить или перенести запись не позже чем за 12 часов, чтобы
    освободить время, если планы изменились.
    Дано: до начала больше 12 часов; когда я отменю или перенесу запись, тогда изменение
    сохраняется, и я вижу подтверждение.
    Дано: до начала меньше 12 часов; когда я пытаюсь отменить или перенести запись, тогда я
    вижу, что это возможно только не позже чем за 12 часов, и ничего не меняется.

Words are put in the form the phrase needs with pymorphy3 (``grammar``); the benefit is the
document's own "чтобы ..." where it gives one.
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.ru import grammar
from generation.languages.ru.benefits import ENTRY_BENEFIT, benefit_of
from generation.languages.ru.circumstances import without_remarks
from generation.languages.ru.clauses import (
    deverbal_verb,
    read_clauses,
)
from generation.languages.ru.clauses import (
    object_to_accusative as _object_to_accusative,
)
from generation.languages.ru.criteria import Wish, fields_of, write_criteria
from generation.languages.ru.labels import restated
from generation.languages.ru.qualities import QUALITY_VERBS as _QUALITY_VERBS
from generation.languages.ru.qualities import quality_criteria as _quality_criteria
from generation.languages.ru.qualities import statement as _statement
from generation.languages.ru.references import elliptic_clauses, labelled_clauses
from generation.languages.ru.titles import cut as _cut

__all__ = ["RussianWriter"]

#: A quotation of three words or more: a button's label ("У меня уже есть аккаунт").
_LONG_QUOTE = re.compile(r"[«\"“][^«»\"“”]*?\S+\s+\S+\s+\S+[^«»\"“”]*[»\"”]")

#: The kind of action each verb names (see generation.languages.categories).
_CATEGORY = {
    "account": "зарегистрироваться войти выйти авторизоваться восстановить сменить",
    "find": "найти искать фильтровать отфильтровать сортировать отсортировать",
    "view": "видеть просматривать просмотреть смотреть посмотреть открыть узнать читать "
    "прочитать ознакомиться",
    "choose": "выбрать выбирать",
    "book": "записаться забронировать бронировать зарезервировать",
    "order": "заказать купить оформить",
    "pay": "оплатить платить",
    "create": "создать добавить ввести указать заполнить завести написать составить описать "
    "сделать "
    "сохранить сформировать опубликовать разместить зарегистрировать записать",
    "upload": "загрузить прикрепить",
    "change": "изменить отредактировать редактировать поменять обновить перенести "
    "исправить применить",
    "cancel": "отменить",
    "delete": "удалить",
    "notify": "получить получать уведомить напомнить",
    "message": "отправить переписываться общаться",
    "track": "отслеживать следить",
    "review": "оценить оставить",
    "share": "поделиться",
    "export": "скачать выгрузить экспортировать распечатать печатать",
    "manage": "вести управлять назначить отметить блокировать заблокировать принять "
    "отклонить модерировать проверять проверить",
    "settings": "настроить установить устанавливать организовать",
}
_VERB_CATEGORY = {verb: name for name, verbs in _CATEGORY.items() for verb in verbs.split()}
_OBJECT_CATEGORY = {
    "уведомление": "notify",
    "напоминание": "notify",
    "sms": "notify",
    "сообщение": "message",
    "отзыв": "review",
    "оценка": "review",
    "пароль": "account",
    "профиль": "account",
    "заказ": "order",
    "оплата": "pay",
    "запись": "book",
    "бронь": "book",
}

_BENEFITS = {
    "account": ("пользоваться сервисом под своей учётной записью", "мои данные были защищены"),
    "find": (
        "быстро находить нужное, не просматривая всё подряд",
        "сразу видеть подходящие варианты",
    ),
    "view": ("всегда видеть актуальную информацию", "не уточнять детали по телефону"),
    "choose": ("получить именно то, что мне подходит", "сравнить варианты и выбрать лучший"),
    "book": ("прийти в удобное мне время", "быть уверенным, что место за мной"),
    "order": ("получить нужное без звонков и ожидания", "оформить всё за пару минут"),
    "pay": ("не тратить время на оплату на месте", "оплатить сразу и получить чек"),
    "create": ("все нужные данные были в одном месте", "не держать всё в голове"),
    "upload": ("не отправлять файлы отдельно", "все документы были под рукой"),
    "change": ("данные всегда были актуальными", "исправить ошибку без обращения в поддержку"),
    "cancel": ("освободить время, если планы изменились", "не платить за то, что мне уже не нужно"),
    "delete": ("убрать то, что больше не нужно", "в списке оставалось только актуальное"),
    "notify": ("не пропустить важное", "узнавать о переменах вовремя"),
    "message": ("решать вопросы без звонков", "договориться обо всём в одном месте"),
    "track": ("знать, что происходит, без звонков", "планировать своё время"),
    "review": ("другие могли сделать выбор", "поделиться впечатлением"),
    "share": ("показать это другим без лишних шагов", "работать над этим вместе"),
    "export": ("работать с данными в привычных программах", "сохранить копию у себя"),
    "manage": ("всё работало так, как нужно команде", "держать работу под контролем"),
    "settings": ("сервис работал так, как мне удобно", "не повторять одни и те же действия"),
    "other": ("решать эту задачу быстрее", "не делать этого вручную"),
}
_HAPPY = {
    "account": ("я ввожу верные данные", "я вхожу в личный кабинет"),
    "find": (
        "есть варианты, подходящие под запрос",
        "я вижу подходящие результаты, самые точные первыми",
    ),
    "view": ("данные уже есть", "я вижу их полностью и в актуальном виде"),
    "choose": ("нужный вариант доступен", "мой выбор сохраняется и виден на следующем шаге"),
    "book": ("нужное время свободно", "бронь создана, и это время больше никому не предлагается"),
    "order": ("все позиции есть в наличии", "заказ оформлен, и я вижу его номер и состав"),
    "pay": ("карта действительна и средств достаточно", "оплата проходит, и я получаю чек"),
    "create": ("все обязательные поля заполнены", "запись сохраняется и появляется в списке"),
    "upload": ("файл подходящего формата и размера", "файл загружен, и я вижу его в списке"),
    "change": ("новые значения корректны", "изменения сохранены, и я вижу новые данные"),
    "cancel": ("срок для изменений ещё не прошёл", "изменение сохраняется, и я вижу подтверждение"),
    "delete": ("я подтверждаю удаление", "это больше нигде не показывается"),
    "notify": ("наступает нужный момент", "мне приходит одно уведомление с подробностями"),
    "message": ("сообщение не пустое", "сообщение доставлено, и собеседник его видит"),
    "track": ("данные обновились", "я вижу текущий статус и время обновления"),
    "review": ("я уже воспользовался услугой", "мой отзыв виден другим"),
    "share": ("доступ открыт", "получатель открывает ссылку и видит то же, что и я"),
    "export": ("за выбранный период есть данные", "я получаю файл со всеми данными"),
    "manage": (
        "у меня есть права на это действие",
        "изменения сохранены и видны всем, кого касаются",
    ),
    "settings": ("значение в допустимых пределах", "настройка применяется сразу"),
    "other": ("у меня есть доступ", "результат сохраняется, и я вижу подтверждение"),
}
_UNHAPPY = {
    "account": ("пароль неверный", "я вижу сообщение об ошибке и остаюсь на странице входа"),
    "find": (
        "ничего не подходит под запрос",
        "я вижу, что ничего не найдено, и могу изменить запрос",
    ),
    "view": ("данных пока нет", "я вижу пустой список и подсказку, что делать дальше"),
    "choose": ("нужный вариант уже недоступен", "я вижу это сразу и могу выбрать другой"),
    "book": (
        "это время занял другой пользователь, пока я заполнял форму",
        "я вижу, что время занято, и ближайшие свободные варианты; бронь не создана",
    ),
    "order": ("одна из позиций закончилась", "я вижу, какая, и заказ не оформлен"),
    "pay": ("банк отклонил оплату", "я вижу причину, деньги не списаны, и заказ не оформлен"),
    "create": (
        "обязательное поле не заполнено",
        "я вижу, какое поле заполнить, и ничего не сохраняется",
    ),
    "upload": ("файл больше допустимого размера", "я вижу ограничение, и файл не загружается"),
    "change": (
        "введено некорректное значение",
        "я вижу, что исправить, и прежние данные не меняются",
    ),
    "cancel": (
        "срок для изменений уже прошёл",
        "я вижу, что изменить уже нельзя, и ничего не меняется",
    ),
    "delete": ("я отменяю удаление в окне подтверждения", "всё остаётся на месте"),
    "notify": ("событие отменили", "уведомление не приходит"),
    "message": ("сообщение пустое", "оно не отправляется, и я вижу подсказку"),
    "track": ("связь пропала", "я вижу последнее известное состояние и время его обновления"),
    "review": ("я ещё не пользовался услугой", "оставить отзыв нельзя, и я вижу почему"),
    "share": ("доступ по ссылке закрыт", "получатель видит, что доступа нет"),
    "export": ("за выбранный период нет данных", "я вижу это, и пустой файл не создаётся"),
    "manage": ("у меня нет прав на это действие", "я вижу сообщение, и ничего не меняется"),
    "settings": (
        "значение вне допустимых пределов",
        "я вижу допустимые значения, и прежняя настройка сохраняется",
    ),
    "other": (
        "сервис не смог сохранить изменения",
        "я вижу сообщение об ошибке, и введённое не теряется",
    ),
}
_CONDITIONS = (
    (re.compile(r"^при\s+(?:нажатии|клике)\s+на\s+(?P<x>.+)$", re.I), "я нажимаю на {x}"),
    (
        re.compile(r"^при\s+первом\s+запуске(?:\s+приложения)?(?P<x>.*)$", re.I),
        "я впервые открываю приложение {x}",
    ),
    (re.compile(r"^при\s+(?:входе|авторизации)(?P<x>.*)$", re.I), "я вхожу{x}"),
    # "когда ..." is the moment; "если ..." is a state, which the criteria give (situations)
    (re.compile(r"^когда\s+(?P<x>.+)$", re.I), "{x}"),
)
_TASKS = {
    "account": "Войти в сервис",
    "find": "Искать",
    "view": "Просматривать",
    "choose": "Выбирать",
    "book": "Записываться",
    "order": "Заказывать",
    "pay": "Оплачивать",
    "create": "Добавлять",
    "upload": "Загружать файлы",
    "change": "Изменять",
    "cancel": "Отменять",
    "delete": "Удалять",
    "notify": "Получать уведомления",
    "message": "Общаться",
    "track": "Отслеживать",
    "review": "Оставлять отзывы",
    "share": "Делиться",
    "export": "Выгружать данные",
    "manage": "Управлять",
    "settings": "Настраивать",
    "other": "Пользоваться сервисом",
}
_OBJECT_BENEFITS = {
    "find": ("быстро находить {obj}", "accs"),
    "view": ("держать {obj} перед глазами", "accs"),
    "choose": ("подобрать {obj} под себя", "accs"),
    "book": ("получить {obj} в удобное время", "accs"),
    "order": ("получить {obj} без звонков и ожидания", "accs"),
    "pay": ("оплачивать {obj} без наличных", "accs"),
    "create": ("держать {obj} в одном месте", "accs"),
    "upload": ("иметь {obj} под рукой", "accs"),
    "change": ("поддерживать {obj} в актуальном состоянии", "accs"),
    "cancel": ("не платить за {obj} зря", "accs"),
    "delete": ("не хранить {obj} без надобности", "accs"),
    "notify": ("не пропустить {obj}", "accs"),
    "message": ("обсуждать {obj} без звонков", "accs"),
    "track": ("следить за {obj} без звонков", "ablt"),
    "review": ("другим было проще оценить {obj}", "accs"),
    "share": ("показать {obj} другим без лишних шагов", "accs"),
    "export": ("работать с {obj} в привычных программах", "ablt"),
    "manage": ("держать {obj} под контролем", "accs"),
    "other": ("не делать {obj} вручную", "accs"),
}


def _simple_object(obj: str) -> str:
    """The object when it is a plain noun phrase ("запись", "историю заказов"), else ""."""
    words = obj.split()
    if not words or len(words) > 3 or any(w.lower() in {"и", "или", ","} for w in words):
        return ""
    if any(not re.match(r"^[\w-]+$|^[«\"][\w-]+[»\"]$", w) for w in words):
        return ""  # a name in quotes ('приложение "Камера"') is still a plain noun phrase
    return " ".join(words)


def _names_a_person(clause: Clause) -> bool:
    """ "пользователь с регистрацией": a role the document lists, not a feature."""
    if not clause.noun_only:
        return False
    head = grammar.head_of(clause.rest)
    return head is not None and "anim" in head.tag and grammar.is_known(head.word)


def _says_how(word: str) -> bool:
    """An adverb ("пошагово", "быстро"), whatever else pymorphy3 reads it as."""
    return any(
        "ADVB" in r.tag or {"ADJS", "neut"} <= r.tag.grammemes
        for r in grammar.readings(word.lower())[:3]
    )


def _thing(clause: Clause) -> str:
    """The requirement's object as a plain noun phrase: "на SignIn Screen" -> "SignIn Screen";
    "" when it is a list, a pronoun or no noun phrase at all."""
    obj = clause.obj.strip() if clause.verb else ""
    obj = re.sub(r"^(?:на|в)\s+сервер\s+", "", obj)  # "отправить на сервер запрос"
    obj = re.sub(r"^(?:на|в|во)\s+", "", obj)
    words = obj.split()
    if words and {"NPRO", "PREP", "CONJ"} & grammar.parse(words[0].lower()).tag.grammemes:
        return ""
    while len(words) > 1 and _says_how(words[-1]):
        words = words[:-1]  # "процесс приготовления пошагово": how, not what
    obj = " ".join(words)
    last = grammar.parse(words[-1].lower()) if words else None
    if last is not None and not {"NOUN", "LATN"} & last.tag.grammemes and words[-1].islower():
        return ""
    return _simple_object(obj)


#: What the product does, as the person it serves does it: "отправлять" -> "получать".
_SERVED = {
    "отправлять": "получать",
    "присылать": "получать",
    "высылать": "получать",
    "направлять": "получать",
    "отправить": "получить",
    "прислать": "получить",
    "показывать": "увидеть",
    "отображать": "увидеть",
    "выводить": "увидеть",
    "показать": "увидеть",
    "отобразить": "увидеть",
    "уведомлять": "получать уведомления о",
    "отображаться": "увидеть",
    # "необходимо осуществлять переход", "нужно осуществить авторизацию": the person goes
    "перейти": "перейти",
    "переходить": "перейти",
    "открыть": "открыть",
    "авторизоваться": "войти в приложение",
    "показываться": "увидеть",
    "выводиться": "увидеть",
}
#: Showing, which only the product does: the person sees.
_DISPLAYED = {"показывать", "отображать", "выводить", "показать", "отобразить"}
#: "должен отображаться экран SignUp": the product shows it, whoever the subject is.
_SHOWN = {"отображаться", "показываться", "выводиться"}


class RussianWriter:
    """Stories in Russian, from Russian requirements."""

    code = "ru"
    default_role = "пользователь"

    def __init__(self) -> None:
        #: The sentence read last, and its clauses: where "её" and "При последующих - ..."
        #: find what they leave out.
        self._before: tuple[str, list[Clause]] = ("", [])

    def clauses(self, text: str) -> list[Clause]:
        before, previous = self._before
        listed = labelled_clauses(text, previous)
        if listed:  # the next item of the list belongs to the same lead sentence
            return listed
        found = elliptic_clauses(text, previous) or read_clauses(text, before)
        self._before = (text, found)
        return [c for c in found if not _names_a_person(c)]

    def category(self, clause: Clause) -> str:
        verb = self._served_verb(clause).split()[0] if clause.verb else ""
        verb = verb if verb in _VERB_CATEGORY else grammar.perfective(verb)  # "добавлять"
        if verb in _VERB_CATEGORY and verb not in {"получить", "получать", "оставить"}:
            return _VERB_CATEGORY[verb]
        first = clause.obj.split()[0].lower().rpartition("-")[2] if clause.obj else ""
        head = grammar.parse(first).normal_form if first else ""  # "онлайн-оплата": "оплата"
        if head in _OBJECT_CATEGORY:
            return _OBJECT_CATEGORY[head]
        return _VERB_CATEGORY.get(verb, "other")

    # -- the story line ----------------------------------------------------------------------

    def goal(self, clause: Clause) -> str:
        """What the person wants, after "я хочу": an infinitive phrase, or "чтобы" + clause."""
        if clause.noun_only:
            return f"пользоваться {grammar.agree_phrase(_lower_first(clause.rest), 'ablt')}"
        condition = _lower_first(clause.condition).rstrip(",") if clause.condition else ""
        if _LONG_QUOTE.search(condition):  # the label as the criteria name it, said here
            condition = restated(condition)
        if self._is_system(clause):
            subject = clause.system or "приложение"
            verbs = " ".join(
                word if word in {"и", "или"} else grammar.past_for(word, subject)
                for word in clause.verb.split()
            )
            if clause.manner == "не мочь":  # "чтобы читатель не мог удалять чужие отзывы"
                verbs = f"не {grammar.past_for('мочь', subject)} {clause.verb}"
            elif clause.manner == "не":  # "чтобы система не отправляла SMS ночью"
                verbs = f"не {verbs}"
            done = f"{_lower_first(subject)} {verbs} {clause.rest}".rstrip()
            return f", чтобы {_after(done, condition)}"
        manner = f"{clause.manner} " if clause.manner else ""
        return _after(f"{manner}{self._served_verb(clause)} {clause.rest}".strip(), condition)

    def story_line(self, role: str, clause: Clause, benefit: str) -> str:
        goal = self.goal(clause)
        if benefit == ENTRY_BENEFIT and role and role != self.default_role:
            # an administrator signs in for what only administrators may do
            benefit = f"работать с тем, что доступно только {grammar.agree_phrase(role, 'datv')}"
        if goal.startswith(", чтобы "):  # "я хочу, чтобы система отправляла ..."
            return f"Как {role}, я хочу{goal}: это нужно, чтобы {benefit}."
        return f"Как {role}, я хочу {goal}, чтобы {benefit}."

    def title(self, clause: Clause) -> str:
        if clause.noun_only:
            words = clause.rest.split()
        elif self._is_system(clause) and clause.verb in _QUALITY_VERBS:
            words = _statement(clause).split()  # "Логотип приложения расположен по центру"
        elif self._is_system(clause) and clause.manner.startswith("не"):
            plural = _plural_subject(clause.system or "")
            # "Читатель не может удалять чужие отзывы", "Система не отправляет SMS"
            verb = f"мочь {clause.verb}" if clause.manner == "не мочь" else clause.verb
            first, _, other = verb.partition(" ")
            said = f"не {grammar.third_person(first, plural)} {other}".strip()
            words = [*(clause.system or "").split(), *said.split(), *clause.obj.split()]
        elif self._is_system(clause) and clause.system:
            plural = _plural_subject(clause.system)
            does = " ".join(  # "Система проверяет заполненность полей", not "проверять"
                word if word in {"и", "или"} else grammar.third_person(word, plural)
                for word in clause.verb.split()
            )
            words = [*clause.system.split(), *does.split(), *clause.obj.split()]
        elif self._is_system(clause):  # "Необходимо проверять поля": titled by the act
            words = [*clause.verb.split(), *clause.obj.split()]
        else:
            words = [*self._served_verb(clause).split(), *(clause.obj or clause.rest).split()]
            limit = _UP_TO.match(clause.rest)
            if limit:  # "взять не более 5 книг" -> "Взять до 5 книг"
                words = [*self._served_verb(clause).split(), "до", *limit.group("n").split()]
        condition = clause.condition or ""
        if condition and not clause.obj and not _LONG_QUOTE.search(condition):
            words += _lower_first(condition).split()  # "Войти в приложение при регистрации"
        return _capitalise(_cut(words))

    def benefit(self, clause: Clause, category: str) -> str:
        """The document's "чтобы ...", else what this requirement's verb and object give."""
        if clause.manner.startswith("не") and not clause.purpose:
            return "это правило соблюдалось само, без ручной проверки"
        thing = _thing(clause)
        found = benefit_of(clause, self._served_verb(clause), thing)
        if found:
            return found
        fields = fields_of(clause) if category == "create" else []
        if len(fields) >= 2:  # "задачи с описанием и сроками": what is written down
            listed = [grammar.agree_phrase(f, "accs") for f in fields]
            return f"не забыть {', '.join(listed[:-1])} и {listed[-1]}"
        if thing and category in _OBJECT_BENEFITS:
            template, case = _OBJECT_BENEFITS[category]
            return template.format(obj=grammar.agree_phrase(thing, case))
        return _BENEFITS.get(category, _BENEFITS["other"])[0]

    # -- criteria ----------------------------------------------------------------------------

    def criteria(self, clause: Clause, category: str, role: str) -> list[str]:
        """Criteria from this requirement's own limit, fields, verb and object; the
        category's phrasing only where none of them says anything."""
        if clause.manner.startswith("не") and clause.system:
            return _forbidden_criteria(clause)
        when_happy, when_trying = self._when(clause)
        wish = Wish(
            clause=clause,
            category=category,
            verb=self._served_verb(clause),
            thing=_thing(clause),
            acting=when_happy,
            trying=when_trying,
            system=self._is_system(clause),
        )
        quality = self._is_system(clause) and clause.verb in _QUALITY_VERBS
        if quality and not (clause.constraint and clause.numbers):
            return _quality_criteria(clause)
        written = write_criteria(wish)
        if len(written) >= 2:
            return written
        given, then = _HAPPY.get(category, _HAPPY["other"])
        bad_given, bad_then = _UNHAPPY.get(category, _UNHAPPY["other"])
        fallback = [
            f"Дано: {given}; когда {when_happy}, тогда {then}.",
            f"Дано: {bad_given}; когда {when_trying}, тогда {bad_then}.",
        ]
        return (written + [c for c in fallback if c not in written])[:2] if written else fallback

    def with_stated_criteria(self, clause: Clause, category: str, stated: list[str]) -> list[str]:
        """The document's criteria in Дано/Когда/Тогда form, then the unhappy path."""
        when, _ = self._when(clause)
        given, _ = _HAPPY.get(category, _HAPPY["other"])
        framed = [
            f"Дано: {given}; когда {when}, тогда {_lower_first(text).rstrip('.')}."
            for text in stated[:4]
        ]
        return framed + self.criteria(clause, category, "")[-1:]

    def _when(self, clause: Clause) -> tuple[str, str]:
        """The "когда ..." of the happy path and of the unhappy one."""
        if clause.condition:
            situation = _situation(clause.condition)
            if situation:
                return situation, situation
        if clause.noun_only:
            phrase = grammar.agree_phrase(_lower_first(clause.rest), "ablt")
            return f"я пользуюсь {phrase}", f"я пытаюсь воспользоваться {phrase}"
        verb = self._served_verb(clause)
        if self._is_system(clause) and clause.verb in {"проверять", "проверить"}:
            return "я отправляю форму", "я отправляю форму"  # a check runs on sending
        if self._is_system(clause):
            return "я пользуюсь приложением", "я пользуюсь приложением"
        if verb == "видеть":  # not "когда я вижу X, тогда я вижу X": what I do to see it
            verb = "посмотреть"
            acting = "смотрю"
        else:
            acting = " ".join(
                word if word in {"и", "или"} else grammar.first_person(word)
                for word in verb.split()
            )
        rest = without_remarks(_without_limit(clause.rest, clause.constraint))
        rest = re.sub(r"\s+благодаря\s+.+$", "", rest)  # the means is no part of the act
        return f"я {acting} {rest}".strip(), f"я пытаюсь {verb} {rest}".strip()

    def _is_system(self, clause: Clause) -> bool:
        """Whether the product, not the person, does what the clause says."""
        return bool(clause.verb) and clause.system is not None and not self._serves(clause)

    def _serves(self, clause: Clause) -> bool:
        """ "Система отправляет напоминание": the person gets it. "Отправлять запрос на
        сервер" is the product's own work, which nobody receives. What the product must not
        do is nobody's gain."""
        if clause.manner.startswith("не"):
            return False
        first = clause.verb.split()[0] if clause.verb else ""
        if first not in _SERVED:
            return False
        return not re.search(r"\bна\s+сервер|\bв\s+(?:базу|бд|систему)", clause.rest, re.I)

    def _serves_anyone(self, clause: Clause) -> bool:
        return not re.search(r"\bна\s+сервер|\bв\s+(?:базу|бд)", clause.rest, re.I)

    def _served_verb(self, clause: Clause) -> str:
        if clause.verb in _SHOWN:
            return _SERVED[clause.verb]
        first = clause.verb.split()[0] if clause.verb else ""
        if clause.role is None and first in _DISPLAYED and self._serves_anyone(clause):
            # "при клике на маркер показывать краткую информацию": the product shows it
            return f"{_SERVED[first]} {clause.verb[len(first) :]}".strip()
        if clause.system is not None and clause.verb and self._serves(clause):
            first, _, other = clause.verb.partition(" ")
            return f"{_SERVED[first]} {other}".strip()
        return clause.verb

    # -- names -------------------------------------------------------------------------------

    def task_title(self, clauses: list[Clause], category: str) -> str:
        """One story's title for a task of one; the kind of action for a task of several."""
        if len({(c.verb, c.obj) for c in clauses}) == 1:
            return self.title(clauses[0])
        return _TASKS.get(category, _TASKS["other"])

    def activity_title(self, clauses: list[Clause]) -> str:
        """The activity as a verb phrase: the commonest verb with its commonest object."""
        verbs = [
            self._served_verb(c).split()[0]
            for c in clauses
            if c.verb and not (c.system and c.verb in _QUALITY_VERBS)
        ]
        if not verbs and any(c.verb for c in clauses):
            return "Пользоваться приложением"  # qualities only: "шрифт удобен для восприятия"
        if not verbs:
            return _capitalise(_cut(clauses[0].rest.split(), 4))
        verb = max(verbs, key=verbs.count)
        objects = [c.obj for c in clauses if c.verb and self._served_verb(c).startswith(verb)]
        obj = max(objects, key=objects.count) if objects else ""
        return _capitalise(_cut([verb, *obj.split()], 4))


def _after(action: str, condition: str) -> str:
    """The action, then when it applies: "встать в лист ожидания, если мест нет",
    "получить push-уведомление за 3 дня до окончания абонемента"."""
    condition = condition.strip(" ,")
    if not condition:
        return action
    clause = re.match(r"(?:если|когда|пока|как\s+только)\b", condition, re.I)
    return f"{action}, {condition}" if clause else f"{action} {condition}"


def _situation(condition: str) -> str | None:
    """The condition as something that happens: "при нажатии на кнопку «Войти»" -> "я
    нажимаю на кнопку «Войти»", "при успешной регистрации" -> "я успешно
    зарегистрируюсь"; None when it cannot be said as an event."""
    text = condition.strip().rstrip(",")
    for pattern, template in _CONDITIONS:
        match = pattern.match(text)
        if match:
            return " ".join(template.format(x=match.group("x").strip()).split())
    return _deverbal_situation(text)


_AS_EVENT = re.compile(r"^(?:при|в\s+случае|после)\s+(?P<x>.+)$", re.I)


def _deverbal_situation(condition: str) -> str | None:
    """ "при корректном заполнении формы" -> "я корректно заполню форму"."""
    match = _AS_EVENT.match(condition)
    if not match:
        return None
    words = match.group("x").split(" или ")[0].split()
    adverbs = []
    while words and "ADJF" in grammar.parse(words[0].lower()).tag:
        adjective = words.pop(0)
        if re.match(r"(?:последующ|повторн|следующ)", adjective, re.I):
            adverbs.append("снова")  # "при последующих запусках" -> "я снова запущу"
        elif "Qual" in grammar.parse(adjective.lower()).tag or adjective.lower().startswith("перв"):
            adverbs.append(grammar.adverb(adjective))
    if not words:
        return None
    verb = deverbal_verb(words[0])
    if not verb:
        return None
    rest = _object_to_accusative(words[1:], verb)
    acted = grammar.first_person(verb)
    if not rest and verb in {"заполнить", "заполнять"}:
        rest = "форму"
    return " ".join(["я", *adverbs, acted, rest]).strip()


def _without_limit(rest: str, constraint: str | None) -> str:
    if constraint and constraint in rest:
        rest = rest.replace(constraint, "")
    return " ".join(rest.split()).strip(" ,")


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the word is an acronym or a name in quotes."""
    first = text.split()[0] if text.split() else ""
    if not text or (len(first) > 1 and first.isupper()) or first[:1] in '«"':
        return text
    return text[:1].lower() + text[1:]


WRITER = RussianWriter


def _plural_subject(subject: str) -> bool:
    head = grammar.head_of(subject) if subject else None
    return head is not None and "plur" in head.tag


def _forbidden_criteria(clause: Clause) -> list[str]:
    """What must not happen: it does not, and it is no obstacle where it does not apply."""
    subject = clause.system or "приложение"
    done = f"{clause.verb} {clause.rest}".strip()
    plural = _plural_subject(subject)
    if grammar.names_someone(subject) and grammar.head_of(subject) is not None:
        tries = "пытаются" if plural else "пытается"
        return [
            f"Дано: {subject} {tries} {done}; когда действие подтверждают, тогда оно не "
            "выполняется, и видно, почему это запрещено.",
            f"Дано: {done} пытается тот, кому это разрешено; когда он подтверждает действие, "
            "тогда всё проходит как обычно.",
        ]
    first, _, other = clause.verb.partition(" ")
    does = f"{grammar.third_person(first, plural)} {other}".strip()
    return [
        f"Дано: наступает случай, о котором говорит требование; когда приходит время "
        f"действовать, тогда {subject} не {does} {clause.rest}.".replace("  ", " "),
        f"Дано: такого случая нет; когда приходит время действовать, тогда {subject} "
        "работает как обычно.",
    ]


_UP_TO = re.compile(r"^не\s+(?:более|больше)\s+(?P<n>\d+\s+[а-яё]+)", re.I)
