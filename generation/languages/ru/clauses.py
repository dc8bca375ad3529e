"""Reading a Russian requirement into clauses: who wants which action on what.

    "Пациент выбирает врача, услугу и свободное время, получает подтверждение по SMS и
     напоминание за сутки до приёма."
    -> (пациент, выбрать, "врача, услугу и свободное время"),
       (пациент, получить, "подтверждение по SMS"),
       (пациент, получить, "напоминание за сутки до приёма")

The subject and the predicate are found with pymorphy3: a modal ("может", "должен",
"имеет возможность") before infinitives, else a verb in the indicative. A product as the
subject ("Система должна отправлять ...") makes a clause about the system; "позволяет
пользователю ..." names the role in the dative; a sentence with no verb names a feature.
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause, numbers_in
from generation.languages.ru import grammar
from generation.languages.ru.circumstances import (
    consequence_of,
    move_condition_out,
    subject_after_circumstance,
)
from generation.languages.ru.nouns import (
    action_noun,
    deverbal_verb,
    is_deverbal,
    object_to_accusative,
    verb_of,
)
from generation.languages.ru.nouns import join as _join
from generation.languages.ru.nouns import object_words as _object_of

__all__ = ["action_noun", "deverbal_verb", "object_to_accusative", "read_clauses"]

_TOKEN = re.compile(r"[«»\"“”]|\d+(?:[.,]\d+)+|[\w][\w\-‐‑’']*|[^\w\s]", re.U)
#: "Создание задач: ...", "Категории: ...": a label before the requirement, not its subject.
_LABEL = re.compile(r"^\s*[А-ЯЁA-Z][\w\s-]{0,40}?:\s+(?=\S)")
#: Words that only join the requirement to the one before: "Так же необходимо ...".
_JOINING = re.compile(r"^\s*(?:так\s+же|также|кроме\s+того|а\s+также)\s*,?\s+", re.I)
#: An English screen name: "SignUp Screen" -> "экран SignUp".
_SCREEN = re.compile(r"(?:\b(?:экран|окно)\s+)?\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+Screen\b")
#: Words that open a condition before the requirement ("При нажатии на кнопку ...").
_CONDITION_OPENERS = {"при", "если", "когда", "после", "перед", "во", "в"}
_PURPOSE = re.compile(r",?\s*(?:для\s+того\s*,?\s*)?чтобы\s+(?P<purpose>.+)$", re.I)
_CONSTRAINT = re.compile(
    r"(?:не\s+(?:позже|позднее|ранее|более|менее|больше|меньше)|не\s+чаще|не\s+реже|"
    r"в\s+течение|до|от|максимум|минимум|только|лишь|не\s+дольше)\s+[^,.;()]*\d[^,.;()]*|"
    r"\bтолько\s+[^,.;]{3,80}",
    re.I,
)
_FUTURE = re.compile(
    r"^\s*(?:в\s+будущем|в\s+перспективе|в\s+дальнейшем|позднее|потом)\s*[—–:,-]?\s*", re.I
)
#: Words that state a requirement before the action; they are not the action.
_MODALS = {
    "должен", "должна", "должно", "должны", "может", "могут", "можно", "сможет", "смогут",
    "необходимо", "нужно", "надо", "требуется", "следует", "обязан", "обязана", "обязаны",
    "вправе", "умеет", "умеют",
}  # fmt: skip
#: Modals with no subject: what follows is the product's behaviour.
_IMPERSONAL = {"необходимо", "нужно", "надо", "требуется", "следует"}
_ABLE = (
    "иметь возможность", "имеет возможность", "имеют возможность", "получить возможность",
    "будет возможность", "есть возможность",
)  # fmt: skip
#: "Приложение должно предоставить возможность ввода названия": the user enters it.
_OFFER = {"предоставить", "предоставлять", "предоставляет", "дать", "давать", "обеспечить"}
#: "Приложение позволяет пользователю ...": the product lets the dative role act.
_LETS = {
    "позволяет", "позволяют", "позволять", "позволит", "разрешает", "разрешать", "даёт", "дает",
    "давать",
}  # fmt: skip
#: Verbs of the product's developers, not of its users: "Реализовать поиск" names a feature.
_BUILD = {
    "реализовать", "реализован", "реализована", "реализовано", "реализованы", "обеспечить",
    "обеспечивать", "предусмотреть", "разработать", "сделать", "добавить", "настроить",
}  # fmt: skip
_PRODUCT = {
    "система", "приложение", "сервис", "сайт", "платформа", "бот", "программа", "портал",
    "модуль", "интерфейс", "сервер", "ис",
}  # fmt: skip
_CONJUNCTIONS = {"и", "или", "а", "также", "либо"}
#: Parts of a product a feature can be named by: "Окно для просмотра рецептов".
_PLACES = {"окно", "экран", "страница", "раздел", "форма", "вкладка", "меню"}


def read_clauses(text: str, before: str = "") -> list[Clause]:
    """The clauses of one requirement sentence or list item, in order; never empty.

    ``before`` is the sentence before it, where a pronoun ("отобразить её") may find the
    noun it stands for.
    """
    from generation.languages.ru.references import (
        as_designed,
        needed_for,
        object_out_of,
        resolve_pronoun,
        screen_names,
        stated_quality,
    )

    source = " ".join(text.split())
    body = _FUTURE.sub("", source).strip(" .;:")
    body = _JOINING.sub("", _without_label(body))
    body = screen_names(body)
    purpose = None
    match = _PURPOSE.search(body)
    if match and match.start() > 0:
        purpose, body = match.group("purpose").strip(" ."), body[: match.start()]
    body, outcome = consequence_of(body)  # "; при поздней отмене занятие списывается"
    tokens = _TOKEN.findall(body)

    condition, tokens = _leading_condition(tokens)
    if condition:  # "При получении ошибки ее необходимо отобразить": the object, moved
        condition, tokens = object_out_of(condition, tokens)
    clauses = []
    for part in _split_also(tokens):
        found = as_designed(part) or _predicates(part) or needed_for(part) or stated_quality(part)
        named = [] if found else _features(part)
        if named and all(c.noun_only for c in named) and clauses and clauses[-1].verb:
            # "проверять поля на пустоту, а также телефон на корректность": the same verb
            model = clauses[-1]
            rest = _join(part)
            found = [
                Clause(
                    source="",
                    role=model.role,
                    verb=model.verb,
                    rest=rest,
                    obj=_object_of(part),
                    system=model.system,
                    condition=model.condition,
                )
            ]
        clauses += found or named
    for clause in clauses:
        clause.source = source
        clause.purpose = clause.purpose or purpose
        clause.condition = clause.condition or condition
        clause.outcome = clause.outcome or outcome
        if clause.verb:
            move_condition_out(clause)
        found = _CONSTRAINT.search(clause.rest) or _CONSTRAINT.search(clause.condition or "")
        clause.constraint = found.group().strip() if found else None
        clause.numbers = numbers_in(clause.rest if clause.verb else source)
        resolve_pronoun(clause, f"{before} {body}")
    for earlier, clause in zip(clauses, clauses[1:], strict=False):
        first = clause.rest.split()[:1]
        if clause.verb and earlier.verb and earlier.obj and first and _is_preposition(first[0]):
            # "добавление услуг в корзину, а также удаление из неё": the same services
            clause.rest = f"{earlier.obj} {clause.rest}"
            clause.obj = earlier.obj
    return clauses


def _is_preposition(word: str) -> bool:
    return word.isalpha() and "PREP" in grammar.parse(word.lower()).tag


def _without_label(body: str) -> str:
    """ "Создание задач: Легко добавляйте ..." -> "Легко добавляйте ..."; a label followed by
    no verb ("желтый: не загружены ...") stays, it is what the item is about."""
    match = _LABEL.match(body)
    if not match or len(match.group().split()) > 4:
        return body
    rest = body[match.end() :]
    words = [w.lower() for w in re.findall(r"[а-яёa-z-]+", rest, re.I)[:8]]
    if any(
        "impr" in grammar.parse(w).tag or grammar.is_infinitive(w) or w in _MODALS for w in words
    ):
        return rest
    return body


def _leading_condition(tokens: list[str]) -> tuple[str | None, list[str]]:
    """ "При нажатии на кнопку «Войти» необходимо ..." -> the condition, and the rest."""
    low = [token.lower() for token in tokens]
    if not low or low[0] not in _CONDITION_OPENERS:
        return None, tokens
    if low[0] in {"во", "в"} and low[1:2] not in (["случае"], ["время"]):
        return None, tokens
    quoted = False
    for index in range(1, len(tokens)):
        if tokens[index] in {'"', "«", "»", "“", "”"}:
            quoted = not quoted if tokens[index] == '"' else tokens[index] in {"«", "“"}
            continue
        if quoted:
            continue
        verb = (
            index >= 3
            and low[index].isalpha()
            and (grammar.is_infinitive(low[index]) or grammar.is_finite_verb(low[index]))
        )
        if tokens[index] == "," or low[index] in _MODALS or low[index] in _LETS or verb:
            end = index + 1 if tokens[index] == "," else index
            return _join(tokens[:index]), tokens[end:]
    return None, tokens


def _predicates(tokens: list[str]) -> list[Clause]:
    """Clauses around the sentence's predicate(s), or [] when it has no verb.

    A predicate with "не" before it says what must not happen. "не может взять более 5
    книг" is the limit "может взять не более 5 книг"; any other is marked in ``manner``
    ("не" or "не мочь"), so that no story wishes the opposite of the text.
    """
    negated = _negation(tokens)
    if negated is not None:
        return negated
    return _positive_predicates(tokens)


#: Modals whose "не" forbids rather than frees: "не может", "не должен", "не должна позволять".
_FORBIDDING = {
    "может", "могут", "сможет", "смогут", "должен", "должна", "должно", "должны", "вправе",
}  # fmt: skip
_MORE = {"более", "больше"}


def _negation(tokens: list[str]) -> list[Clause] | None:
    low = [token.lower() for token in tokens]
    at = next(
        (
            i
            for i in range(1, len(low) - 1)
            if low[i] == "не"
            and (low[i + 1] in _FORBIDDING or _person_does(low[:i], low[i + 1]))
            and not any(w in _MODALS or w in _LETS for w in low[:i])
        ),
        None,
    )
    if at is None:
        return None
    head = low[at + 1]
    after = tokens[at + 2 :] if head in _FORBIDDING else tokens[at + 1 :]
    after_low = [t.lower() for t in after]
    if after_low[:1] == ["быть"]:
        return None  # "Кнопка не должна быть активной": a state, read as one
    lets = after_low[:1] and after_low[0] in _LETS | {"разрешать", "давать"}
    if lets and len(after) > 2:  # "не должна позволять читателю брать более 5 книг"
        person = _nominative_of(after[1])
        if person and _MORE & set(after_low[2:]):
            limited = _limited(after[2:])
            return _positive_predicates([person, "может", *limited])
    if _MORE & set(after_low) and head in _FORBIDDING:  # "не может взять больше 5 книг"
        return _positive_predicates([*tokens[:at], "может", *_limited(after)])
    clauses = _positive_predicates([*tokens[:at], *tokens[at + 1 :]])
    for clause in clauses:
        who = clause.role or clause.system
        if not who or clause.noun_only:
            continue
        clause.system, clause.role = who, None  # a rule about them, for whoever needs it
        clause.manner = "не мочь" if head in {"может", "могут", "сможет", "смогут"} else "не"
    return clauses


def _person_does(subject: list[str], verb: str) -> bool:
    """ "Гость не видит ...": a person's verb, not a thing's ("Отсутствие изображений не
    отвлекает" is a quality, read as one)."""
    if not grammar.is_finite_verb(verb) or not subject:
        return False
    head = grammar.head_of(" ".join(subject))
    return head is not None and "anim" in head.tag


def _nominative_of(word: str) -> str | None:
    """ "читателю" -> "читатель": the person a verb of letting names in the dative."""
    reading = grammar.parse(word.lower()) if word.isalpha() else None
    if reading is None or "NOUN" not in reading.tag:
        return None
    return grammar.nominative_singular(word)


def _limited(tokens: list[str]) -> list[str]:
    """ "брать более 5 книг" -> "брать не более 5 книг"."""
    out = []
    for token in tokens:
        if token.lower() in _MORE and (not out or out[-1].lower() != "не"):
            out.append("не")
        out.append(token)
    return out


def _positive_predicates(tokens: list[str]) -> list[Clause]:
    low = [token.lower() for token in tokens]
    while (
        len(low) > 1 and "ADVB" in grammar.parse(low[0]).tag and "impr" in grammar.parse(low[1]).tag
    ):
        tokens, low = tokens[1:], low[1:]  # "Легко добавляйте новые задачи"
    if low and "impr" in grammar.parse(low[0]).tag:  # "Реализуйте экран ...", "Откройте ..."
        verb = grammar.infinitive(low[0])
        # "Добавьте экран" is the developers' task; "добавляйте задачи" is the user's.
        if verb in _BUILD or (
            "perf" in grammar.parse(low[0]).tag and grammar.perfective(verb) in _BUILD
        ):
            return _features(tokens[1:])
        tokens, low = [verb, *tokens[1:]], [verb, *low[1:]]
    for index, word in enumerate(low):
        if word in _LETS:
            return _lets(tokens, low, index)
        if word in _MODALS or _able_at(low, index):
            start = index + (2 if _able_at(low, index) else 1)
            while start < len(low) and "ADVB" in grammar.parse(low[start]).tag:
                start += 1  # "необходимо корректно обрабатывать запросы"
            if start < len(low) and low[start] in _LETS:
                return _lets(tokens, low, start)
            if (
                low[start : start + 1]
                and low[start] in _OFFER
                and "возможность" in low[start : start + 2]
            ):
                offered = _features(tokens[start + 2 :])  # "предоставить возможность ввода X"
                if offered and offered[0].verb:
                    return offered
            subject = tokens[:index]
            if low[start : start + 2] == ["иметь", "возможность"]:
                start += 2
            clauses = _clauses_after(subject, tokens[start:], infinitives=True)
            if not subject and word in _IMPERSONAL:
                for clause in clauses:  # "Необходимо проверять поля": the product does it
                    clause.system = ""
            return clauses
        if grammar.is_finite_verb(word) and index > 0 and word not in _CONJUNCTIONS:
            return _clauses_after(tokens[:index], tokens[index:], infinitives=False)
        if index == 0 and (grammar.is_infinitive(word) or word in _BUILD):
            if word in _BUILD:
                return []  # "Реализовать поиск по названию": a feature, named by its noun
            return _clauses_after([], tokens, infinitives=True)
    return []


def _able_at(low: list[str], index: int) -> bool:
    return " ".join(low[index : index + 2]) in _ABLE


def _lets(tokens: list[str], low: list[str], index: int) -> list[Clause]:
    """ "Система позволяет пользователю искать ...": the dative after the verb is the role."""
    rest = tokens[index + 1 :]
    rest_low = low[index + 1 :]
    if rest_low[:1] == ["возможность"]:
        rest, rest_low = rest[1:], rest_low[1:]
    role_words = []
    while rest and not grammar.is_infinitive(rest_low[0]) and len(role_words) < 4:
        role_words.append(rest.pop(0))
        rest_low.pop(0)
    manner = [w for w in role_words if "ADVB" in grammar.parse(w.lower()).tag]
    role_words = [w for w in role_words if w not in manner]
    clauses = _clauses_after(role_words, rest, infinitives=True)
    system = _system(tokens[:index])
    means = _means(tokens[:index]) if system is None else ""
    for clause in clauses:
        clause.role = _role(role_words) if role_words else None
        clause.system = None if role_words or means or manner else system
        clause.manner = " ".join(w.lower() for w in manner)  # "позволяет быстро добавлять"
        if means:  # "Интуитивно понятный дизайн, который позволяет ...": what makes it easy
            clause.rest = f"{clause.rest} благодаря {grammar.agree_phrase(means, 'datv')}"
    return clauses


def _means(subject: list[str]) -> str:
    """ "Интуитивно понятный дизайн, который": the thing that lets the person act."""
    words = [w for w in subject if w.isalpha() and w.lower() not in {"который", "которая"}]
    if not words or not any(grammar.is_noun(w.lower()) for w in words):
        return ""
    return " ".join(w.lower() if not w.isupper() else w for w in words)


def _clauses_after(subject: list[str], predicate: list[str], *, infinitives: bool) -> list[Clause]:
    subject, condition = _subject_and_condition(subject)
    system = _system(subject)
    role = None if system else _role(subject)
    if not system and not role and subject:
        system = _join(subject)  # "Кнопка «забронировать» должна ...": a thing, not a person
    clauses = []
    for verb_words, rest in _split_predicates(predicate, infinitives=infinitives):
        verbs = [_wish_form(word, infinitives) for word in verb_words]
        if len(verbs) == 1 and grammar.infinitive(verbs[0]) in _LIGHT and rest:
            noun = verb_of(rest[0])
            if noun:
                verbs, rest = [noun], rest[1:]
        if system is not None and role is None:
            role, rest = _dative_person(rest, role)
        for object_words in _split_objects(rest):
            rest_text = _join(object_words)
            clauses.append(
                Clause(
                    source="",
                    role=role,
                    verb=" ".join(verbs),
                    rest=rest_text,
                    obj=_object_of(object_words),
                    system=system,
                    condition=condition,
                )
            )
    return clauses


def _dative_person(tokens: list[str], role: str | None) -> tuple[str | None, list[str]]:
    """ "отправлять напоминание пользователю": the person the product serves, and the rest."""
    for index, word in enumerate(tokens):
        reading = grammar.parse(word.lower()) if word.isalpha() else None
        if reading and {"NOUN", "anim", "datv"} <= reading.tag.grammemes:
            return grammar.nominative_singular(word), tokens[:index] + tokens[index + 1 :]
    return role, tokens


#: Prepositions opening a circumstance after the subject ("Пользователь при создании").
_CIRCUMSTANCE = {"при", "после", "перед", "во", "в", "до", "во время"}


def _subject_and_condition(subject: list[str]) -> tuple[list[str], str | None]:
    """ "Пользователь при создании рецепта" -> the subject, and "при создании рецепта"."""
    if subject and subject[0].isalpha() and "PREP" in grammar.parse(subject[0].lower()).tag:
        found = subject_after_circumstance(subject)  # "За 3 дня до ... клиент получает"
        if found:
            return found[0], _join(found[1])
        return [], _join(subject)  # "В работе необходимо ...": a circumstance, not a subject
    for index, word in enumerate(subject):
        if index and word.lower() in _CIRCUMSTANCE:
            return subject[:index], _join(subject[index:])
    return subject, None


#: Verbs that only carry a deverbal noun: "осуществлять переход" is "перейти".
_LIGHT = {"осуществлять", "осуществить", "выполнять", "выполнить", "производить", "произвести"}


def _wish_form(word: str, infinitive_given: bool) -> str:
    """The verb as a wish names it: an infinitive as written, a finite verb as perfective."""
    if word.lower() in _CONJUNCTIONS:
        return word.lower()
    if infinitive_given and grammar.is_infinitive(word.lower()):
        return word.lower()
    return grammar.perfective(grammar.infinitive(word.lower()))


def _split_predicates(tokens: list[str], *, infinitives: bool) -> list[tuple[list[str], list[str]]]:
    """Each verb group and what follows it: "выбирает врача, получает подтверждение" -> two.

    Verbs joined straight by "или"/"и" share their object ("отменить или перенести запись").
    """
    groups: list[tuple[list[str], list[str]]] = []
    verbs: list[str] = []
    rest: list[str] = []
    skip = False
    for position, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        low = token.lower()
        following = tokens[position + 1].lower() if position + 1 < len(tokens) else ""
        if (
            not infinitives
            and verbs
            and rest
            and _ends_clause(rest)
            and low in _MODALS
            and grammar.is_infinitive(following)
        ):
            # "видит все станции и может заблокировать велосипед": a second wish of its own
            groups.append((verbs, _strip_joint(rest)))
            verbs, rest, skip = [tokens[position + 1]], [], True
            continue
        if (
            not infinitives
            and verbs
            and not rest
            and verbs[-1].lower() in _CONJUNCTIONS
            and low in _MODALS
            and grammar.is_infinitive(following)
        ):
            # "добавляет и может удалять товары": two verbs of one object
            verbs.append(tokens[position + 1])
            skip = True
            continue
        is_verb = _is_verb(low, infinitives)
        if is_verb and (not verbs or rest):
            if rest and _ends_clause(rest):
                groups.append((verbs, _strip_joint(rest)))
                verbs, rest = [token], []
                continue
            fronted = _fronted_object(rest) if verbs and infinitives else None
            if fronted is not None:  # "открыть X и выбранный файл отправить на сервер"
                groups.append((verbs, _strip_joint(rest[:fronted])))
                verbs, rest = [token], rest[fronted + 1 :]
                continue
            if not verbs:
                verbs = [token]
                continue
        if is_verb and verbs and not rest:
            verbs.append(token)
            continue
        if not verbs:
            return []
        if low in _CONJUNCTIONS and not rest and position + 1 < len(tokens):
            verbs.append(token)
            continue
        rest.append(token)
    if verbs:
        groups.append((verbs, _strip_joint(rest)))
    return [(v, r) for v, r in groups if v]


def _fronted_object(rest: list[str]) -> int | None:
    """Where "и" opens an object put before its own verb: "приложение «Камера» и полученную
    миниатюру" + "отправить" -> the index of that "и"; None when there is none."""
    for joint in range(len(rest) - 2, 0, -1):
        if rest[joint].lower() != "и":
            continue
        words = rest[joint + 1 :]
        if len(words) > 3 or not all(w.isalpha() for w in words):
            return None
        last = grammar.readings(words[-1].lower())
        if any({"NOUN", "accs"} <= r.tag.grammemes for r in last[:3]):
            return joint
        return None
    return None


def _is_verb(word: str, infinitives: bool) -> bool:
    if word in _MODALS or not word.isalpha():
        return False
    return grammar.is_infinitive(word) if infinitives else grammar.is_finite_verb(word)


def _ends_clause(rest: list[str]) -> bool:
    """A new verb after "," or "и" begins a new clause; right after the object it does not."""
    return rest[-1] in {",", "и", ";"} or (len(rest) >= 2 and rest[-1] == "а")


def _strip_joint(tokens: list[str]) -> list[str]:
    while tokens and tokens[-1] in {",", "и", ";", "а", "."}:
        tokens = tokens[:-1]
    return tokens


def _split_objects(tokens: list[str]) -> list[list[str]]:
    """Separate features joined by "и": "подтверждение по SMS и напоминание за сутки" -> two.

    Only when each part is a phrase of its own (three words or more); "врача, услугу и
    время" stays one object.
    """
    parts, current = [], []
    for token in tokens:
        if token.lower() == "и" and current:
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    if len(parts) > 1 and all(len([t for t in p if t.isalnum()]) >= 3 for p in parts):
        if all(_names_object(part) for part in parts[1:]):
            return parts
    return [tokens]


def _names_object(part: list[str]) -> bool:
    """Whether ``part`` opens with a word that can be the verb's object: "маркерами
    автомобилей" after "с текущей позицией и" goes on the "с" phrase, it is no object."""
    first = next((t for t in part if t.isalpha()), "")
    if not first or not _LOWER_WORD.match(first):
        return True
    return any({"nomn", "accs"} & r.tag.grammemes for r in grammar.readings(first.lower())[:4])


_LOWER_WORD = re.compile(r"^[а-яё]+$", re.I)


def _split_also(tokens: list[str]) -> list[list[str]]:
    """ "добавление услуг в корзину, а также удаление из неё" -> two requirements."""
    parts, current = [], []
    index = 0
    while index < len(tokens):
        if tokens[index] == "," and [t.lower() for t in tokens[index + 1 : index + 3]] == [
            "а",
            "также",
        ]:
            parts.append(current)
            current = []
            index += 3
            continue
        current.append(tokens[index])
        index += 1
    parts.append(current)
    return [part for part in parts if part]


def _features(tokens: list[str]) -> list[Clause]:
    """A requirement with no verb names features: "онлайн-оплата и отзывы о врачах" -> two.

    A part after "и" or a comma is a feature of its own when it starts with a noun in the
    nominative; "поиск по названию рецепта и ингредиентов" stays one.
    """
    words = [t for t in tokens if t.lower() not in _BUILD]
    low = [w.lower() for w in words]
    if low[:1] == ["возможность"] and len(low) > 1 and grammar.is_infinitive(low[1]):
        return _clauses_after([], words[1:], infinitives=True)  # "возможность оставить отзыв"
    if low[:1] == ["возможность"] and len(low) > 1 and is_deverbal(low[1]):
        words, low = words[1:], low[1:]  # "возможность выхода из системы"
    if low and low[0].startswith("crud") and "с" in low:
        rest = words[low.index("с") + 1 :]  # "CRUD-операции с контактами": managing them
        return [Clause(source="", role=None, verb="управлять", rest=_join(rest), obj=_join(rest))]
    parts, current, listed = [], [], []
    for index, token in enumerate(words):
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        joins_actions = is_deverbal(current[-1]) and is_deverbal(following) if current else False
        if (
            token.lower() in {"и", ","}
            and current
            and _starts_feature(following)
            and not joins_actions
        ):
            parts.append(current)
            listed.append(token == ",")
            current = []
        else:
            current.append(token)
    parts.append(current)
    features = [_feature(part) for part in parts if part]
    for index, feature in enumerate(features[1:], 1):
        before = features[index - 1]
        if feature.noun_only and listed[index - 1] and before.verb in _VIEWING:
            # "просмотр статистики по продажам, графики выручки": both are viewed
            rest = feature.rest  # a thing, whose accusative is its nominative
            feature.verb, feature.rest, feature.obj = before.verb, rest, feature.obj
    return features


#: Verbs of looking at things, which a list after a comma shares.
_VIEWING = {"просматривать", "просмотреть", "смотреть", "видеть"}


def _starts_feature(word: str) -> bool:
    """Whether ``word`` can open a noun phrase in the nominative ("отзывы", "личный")."""
    if not word:
        return False
    return any(
        "nomn" in reading.tag and {"NOUN", "ADJF"} & reading.tag.grammemes
        for reading in grammar.readings(word.rpartition("-")[2])[:3]
    )


def _feature(words: list[str]) -> Clause:
    """One feature: deverbal nouns become their verbs ("поиск и фильтрация услуг" -> "искать
    и фильтровать услуги"), any other noun phrase stays a noun phrase."""
    low = [word.lower() for word in words]
    if low[:1] == ["возможность"] and len(words) > 1:
        words, low = words[1:], low[1:]
    if len(low) > 2 and low[1] == "для" and low[0] in _PLACES and is_deverbal(low[2]):
        words, low = words[2:], low[2:]  # "Окно для просмотра рецептов": to look at them
    verbs = []
    index = 0
    while index < len(low):
        verb = verb_of(low[index])
        if verb and (not verbs or verbs[-1] in {"и", "или"}):
            # "оформление заказов": the second noun is the object, not a second action
            verbs.append(verb)
            index += 1
        elif low[index] in {"и", "или"} and verbs and index + 1 < len(low):
            verbs.append(low[index])
            index += 1
        else:
            break
    while verbs and verbs[-1] in {"и", "или"}:
        verbs.pop()
        index -= 1
    if verbs:
        rest = object_to_accusative(words[index:], verbs[0])
        return Clause(
            source="", role=None, verb=" ".join(verbs), rest=rest, obj=_object_of(rest.split())
        )
    return Clause(source="", role=None, verb="", rest=_join(words), obj=_object_of(words))


def _system(subject: list[str]) -> str | None:
    """The product the subject names ("Приложение", "Система"); a part of it ("Логотип
    приложения", "элементы интерфейса") is that thing, named in full."""
    nouns = [word.lower() for word in subject if word.isalpha()]
    for index, word in enumerate(nouns):
        reading = grammar.parse(word)
        if reading.normal_form in _PRODUCT:
            if index and any("NOUN" in grammar.parse(w).tag for w in nouns[:index]):
                return _join(subject)
            return reading.normal_form
    return None


def _role(subject: list[str]) -> str | None:
    """The people the subject names, or None when it names a thing ("Кнопка ...")."""
    words = [word for word in subject if word.isalpha() or "-" in word]
    if not words:
        return None
    if not any("anim" in grammar.parse(word.lower()).tag for word in words):
        return None
    return grammar.nominative_singular(" ".join(words[-3:]))
