"""Acceptance criteria for one Russian requirement, from what the requirement itself says.

    "Пациент может отменить или перенести запись не позже чем за 12 часов."
    -> Дано: до начала остаётся 13 часов; когда я отменю или перенесу запись, тогда запись
       отменена, и я вижу подтверждение.
    -> Дано: до начала остаётся 11 часов; когда я пытаюсь ..., тогда я вижу, что это возможно
       только не позже чем за 12 часов, и запись остаётся в силе.

Each criterion comes from one rule that reads the requirement: its limit with numbers (both
sides of the boundary), the fields it lists (one of them left empty), its verb (what this
action does and how it fails), and the words around its object ("последние новости" come
newest first, "доступные вакансии" hide the closed ones). The category's phrasing is the
last resort, for a requirement none of these rules read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generation.languages.clauses import Clause
from generation.languages.ru import grammar
from generation.languages.ru.actions import (
    ACCOUNT_ENTER,
    AUTO_ENTER,
    BLOCK_THING,
    DISPLAY,
    NAVIGATE,
    NAVIGATE_AFTER,
    NAVIGATE_FOR,
    OPEN_APP,
    OPEN_PAGE,
    OUTCOMES,
    SCREEN_PURPOSES,
    VIEW,
    Outcome,
)
from generation.languages.ru.nouns import deverbal_verb
from generation.languages.ru.situations import (
    consequence_criteria,
    people_limit,
    situation_criteria,
)
from generation.languages.ru.viewing import view_criteria

__all__ = ["Wish", "fields_of", "write_criteria"]


@dataclass
class Wish:
    """One requirement as the criteria speak of it."""

    clause: Clause
    category: str
    #: The verb as the person served names it: "отменить или перенести", "увидеть".
    verb: str
    #: The object, a plain noun phrase ("запись", "последние новости"), or "".
    thing: str
    #: "я отменю или перенесу запись" and "я пытаюсь отменить или перенести запись".
    acting: str
    trying: str
    #: The product does it ("приложение проверяет поля"), rather than the person.
    system: bool = False


#: Words that the templates agree with the object: "{появляется}" -> "появляются".
_AGREEING = {
    "появляется": "появляются", "остаётся": "остаются", "показывается": "показываются",
    "приходит": "приходят", "теряется": "теряются", "уходит": "уходят", "виден": "видны",
    "действует": "действуют", "закрывается": "закрываются", "есть": "есть", "его": "их",
}  # fmt: skip
_FEMININE = {"виден": "видна", "его": "её"}
_NEUTER = {"виден": "видно"}

#: "не позже чем за 12 часов", "не более 5 фото": a number with the side it allows.
_LIMITS = (
    (re.compile(r"не\s+(?:позже|позднее)\s+(?:чем\s+)?за\s+(?P<n>\d+)\s+(?P<unit>[^\W\d]+)(?P<tail>.*)", re.I), "before"),  # noqa: E501
    (re.compile(r"(?:не\s+более|не\s+больше|не\s+дольше|до|максимум)\s+(?P<n>\d+)\s*(?P<unit>[^\W\d]+)?(?P<tail>.*)", re.I), "max"),  # noqa: E501
    (re.compile(r"(?:не\s+менее|не\s+меньше|от|минимум)\s+(?P<n>\d+)\s*(?P<unit>[^\W\d]+)?(?P<tail>.*)", re.I), "min"),  # noqa: E501
    (re.compile(r"(?:больше|более|старше)\s+(?P<n>\d+)\s*(?P<unit>[^\W\d]+)?(?P<tail>.*)", re.I), "above"),  # noqa: E501
    (re.compile(r"в\s+течение\s+(?P<n>\d+)\s+(?P<unit>[^\W\d]+)(?P<tail>.*)", re.I), "within"),
)  # fmt: skip


def write_criteria(wish: Wish) -> list[str]:
    """Two to four criteria: what this action does, its limit, its fields, how it fails."""
    clause = wish.clause
    rule = _rule_of(wish)
    forms = _forms(wish.thing or (_blocked(wish) if rule is BLOCK_THING else ""))
    if rule is NAVIGATE:
        rule, forms = _navigation(wish, forms)
    special = situation_criteria(wish, rule, forms)
    if special:  # what the condition, the moment or the purchase says
        return _written(_named_once(special, wish.thing))
    happy_when = wish.acting
    criteria: list[tuple[str, str, str]] = []
    limit = _limit_criteria(wish, rule, forms)
    if rule is VIEW and wish.thing and not limit:
        modifiers = _modifier_criteria(wish, forms)
        viewed = view_criteria(wish.thing, clause.rest, wish.acting, bool(modifiers))
        return _written(_named_once(modifiers + viewed, wish.thing))
    fields = fields_of(clause)
    if rule is not None and not limit:
        given = _fill(rule.given, forms)
        then = _fill(rule.then, forms)
        if fields and wish.category in {"create", "account", "choose", "change"}:
            given = f"{_participle('указан', fields)} {_listing(fields)}"
        if rule is VIEW:
            given, then = _viewing(wish, given, then, forms)
        if rule in (DISPLAY,) and _listed_after_colon(clause):
            then = f"я вижу {_listing(_listed_after_colon(clause), 'accs')}"
        criteria.append((given, happy_when, then))
    criteria += limit
    criteria += _field_criteria(wish, fields)
    if wish.category in {"choose", "book"} and re.search(r"свободн", clause.rest, re.I):
        criteria.append(
            (
                "это время занял другой человек, пока я выбирал",
                "я подтверждаю выбор",
                "я вижу, что время занято, и ближайшее свободное; ничего не сохраняется",
            )
        )
    criteria += _modifier_criteria(wish, forms)
    named_field = bool(_field_criteria(wish, fields))
    if rule is not None and not limit and not named_field:
        criteria.append(
            (
                _fill(rule.bad_given, forms),
                _fill(rule.bad_when, forms) if rule.bad_when else wish.trying,
                _fill(rule.bad_then, forms),
            )
        )
    if not limit and clause.constraint and rule is not None:
        criteria.append(
            (
                f"условие «{clause.constraint}» не выполнено",
                wish.trying,
                "я вижу, почему это сейчас недоступно, и ничего не меняется",
            )
        )
    return _written(_named_once(criteria, wish.thing))


def _written(criteria: list[tuple]) -> list[str]:
    """The criteria as "Дано: ...; когда ..., тогда ...", each once, at most five."""
    seen: set[str] = set()
    written = []
    for given, when, then in criteria:
        text = f"Дано: {given}; когда {when}, тогда {then}."
        if text not in seen:
            seen.add(text)
            written.append(text)
    return written[:5]


def _check_of(wish: Wish) -> Outcome | None:
    """What a check looks for, as the requirement says: "на пустоту", "на корректность",
    "равенство пароля и его повтора"."""
    rest = wish.clause.rest
    if re.search(r"\bна\s+пустот", rest, re.I):
        return Outcome(
            "все {o} {~заполнен}",
            "проверка проходит, и данные уходят дальше",
            "одно из {og} осталось пустым",
            "я вижу, какое заполнить, и ничего не отправляется",
        )
    if re.search(r"\bна\s+(?:корректност|правильност|формат)", rest, re.I):
        return Outcome(
            "{o} {~указан} в верном формате",
            "проверка проходит, и данные уходят дальше",
            "{o} {~указан} в неверном формате",
            "я вижу, какой формат нужен, и ничего не отправляется",
        )
    pair = re.match(r"^(?:равенство|совпадение)\s+(?P<a>\w+)\s+и\s+(?P<b>.+)$", rest, re.I)
    if pair:
        both = f"{grammar.agree_phrase(pair.group('a'), 'nomn')} и " + grammar.agree_phrase(
            pair.group("b"), "nomn"
        )
        return Outcome(
            f"{both} совпадают",
            "проверка проходит, и данные уходят дальше",
            f"{both} не совпадают",
            "я вижу, что они разные, и ничего не отправляется",
        )
    return None


#: "при успешной авторизации": the event a transition waits for.
_AFTER_EVENT = re.compile(r"^(?:при|после)\s+успешн\w+\s+(?P<event>[а-яё]+)", re.I)


def _navigation(wish: Wish, forms: dict[str, str]) -> tuple[Outcome, dict[str, str]]:
    """Where the transition leads, as the requirement names it ("экран Main или экран
    Profile"), and after which event, when it waits for one."""
    where = re.match(r"^(?:на|в)\s+(?P<dest>[^,(]+)", wish.clause.rest.strip())
    dest = where.group("dest").strip() if where else forms["o"]
    forms = dict(forms, dest=dest, dest_g=grammar.agree_phrase(dest, "gent"))
    event = _AFTER_EVENT.match(wish.clause.condition or "")
    named = re.search(r"\bэкран\w*\s+(?P<name>[A-Za-z]+)\s*$", dest)
    purpose = SCREEN_PURPOSES.get(named.group("name").lower()) if named else None
    if not event and purpose:  # "экран SignUp": the screen for signing up
        return NAVIGATE_FOR, dict(forms, purpose=purpose)
    if not event:
        return NAVIGATE, forms
    word = event.group("event").lower()
    named = grammar.parse(word).normal_form
    return NAVIGATE_AFTER, dict(forms, event=named, event_verb=deverbal_verb(word) or "продолжить")


_LATIN = re.compile(r"[A-Za-z]")


def _named_once(criteria: list[tuple], thing: str) -> list[tuple]:
    """A name in Latin letters ("экран Booking", "google-карта") in full in the first
    criterion; the others call it by its Russian noun ("экран", "карта")."""
    if not _LATIN.search(thing):
        return criteria
    russian = " ".join(
        w.rpartition("-")[2] for w in thing.split() if not _LATIN.fullmatch(w[:1] or "x")
    )
    if not russian:
        return criteria
    full = {grammar.agree_phrase(grammar.agree_phrase(thing, "nomn"), c) for c in _CASES}
    short = {
        grammar.agree_phrase(grammar.agree_phrase(thing, "nomn"), c): grammar.agree_phrase(
            grammar.agree_phrase(russian, "nomn"), c
        )
        for c in _CASES
    }
    out = criteria[:1]
    for criterion in criteria[1:]:
        replaced = []
        for part in criterion:
            for name in sorted(full, key=len, reverse=True):
                part = part.replace(name, short[name])
            replaced.append(part)
        out.append(tuple(replaced))
    return out


_CASES = ("nomn", "accs", "gent", "ablt", "loct", "datv")


def _rule_of(wish: Wish) -> Outcome | None:
    words = [w for w in wish.verb.split() if w not in {"и", "или"}]
    if words and grammar.perfective(words[0]) == "отправить" and "на сервер" in wish.clause.rest:
        form = not wish.thing or "запрос" in wish.thing.lower()
        return OUTCOMES["отправить на сервер" if form else "отправить файл на сервер"]
    if words[:1] == ["открыть"] and wish.thing:  # what opens says how it can fail
        head = grammar.head_of(wish.thing)
        kind = head.normal_form if head is not None else ""
        if kind == "приложение":
            return OPEN_APP
        if re.match(r"(?:web-|веб-)?(?:страни|сайт|ссылк)", kind) or "web-" in wish.thing:
            return OPEN_PAGE
        if kind in {"экран", "окно"}:
            return NAVIGATE
    sms = re.search(r"\b(?:по\s+)?(?:sms|смс)\b", wish.clause.rest, re.I)
    if words and grammar.perfective(words[0]) == "получить" and sms:
        return OUTCOMES["получить по SMS"]
    if words[:1] in (["проверять"], ["проверить"]):
        checked = _check_of(wish)
        if checked:
            return checked
    for word in words[:1]:
        for key in (word, grammar.perfective(word)):
            if key in OUTCOMES:
                found = OUTCOMES[key]
                blocked = _blocked(wish)
                if key == "заблокировать" and blocked and not grammar.names_someone(blocked):
                    return BLOCK_THING
                registered = re.search(r"регистрац", wish.clause.condition or "", re.I)
                return AUTO_ENTER if found is ACCOUNT_ENTER and registered else found
    return None


def _blocked(wish: Wish) -> str:
    """What a blocking wish blocks: its object, without a clause about it."""
    return wish.thing or wish.clause.obj.split(",")[0].strip()


def _forms(thing: str) -> dict[str, str]:
    """The object in the cases the templates need, and the words that agree with it."""
    o = grammar.agree_phrase(thing, "nomn") if thing else "данные"
    forms = {
        "o": o,
        "oa": grammar.agree_phrase(o, "accs"),
        "og": grammar.agree_phrase(o, "gent"),
        "ob": grammar.agree_phrase(o, "ablt"),
        "op": grammar.agree_phrase(o, "loct"),
        "dp": grammar.agree_phrase(o, "datv"),
    }
    if not thing:  # "данные" is an adjective to pymorphy3, which declines it wrong
        forms.update(og="данных", ob="данными", op="данных", dp="данным")
    head = grammar.head_of(o) if thing else None
    plural = not thing or (head is not None and "plur" in head.tag)
    gender = "femn" if head is not None and "femn" in head.tag else None
    gender = "neut" if head is not None and "neut" in head.tag else gender
    forms["~plural"] = "yes" if plural else ""
    forms["~gender"] = gender or "masc"
    for word, many in _AGREEING.items():
        if plural:
            forms[word] = many
        elif gender == "femn":
            forms[word] = _FEMININE.get(word, word)
        elif gender == "neut":
            forms[word] = _NEUTER.get(word, word)
        else:
            forms[word] = word
    return forms


def _fill(template: str, forms: dict[str, str]) -> str:
    """The template with the object and the words agreeing with it put in."""
    text = re.sub(
        r"\{~(\w+)\}",
        lambda m: grammar.short_form(m.group(1), bool(forms["~plural"]), forms["~gender"]),
        template,
    )
    return text.format(**{k: v for k, v in forms.items() if not k.startswith("~")})


def _limit_criteria(wish: Wish, rule: Outcome | None, forms: dict[str, str]) -> list[tuple]:
    """Both sides of a stated number: "не позже чем за 12 часов" -> 13 hours and 11."""
    constraint = wish.clause.constraint or ""
    people = people_limit(wish, rule)
    if people:  # "не более 15 человек": the last place and the one after it
        return people
    for pattern, kind in _LIMITS:
        match = pattern.search(constraint)
        if not match:
            continue
        number = int(match.group("n"))
        unit = match.group("unit") or ""
        tail = " ".join(match.group("tail").split()).strip(" ,.")
        then = _fill(rule.then, forms) if rule else "всё проходит, и я вижу подтверждение"
        if kind == "before":
            event = _event(tail)
            ok = f"до {event} остаётся {grammar.with_number(number + 1, unit)}"
            bad = (
                f"до {event} остаётся {grammar.with_number(number - 1, unit)}"
                if number > 1
                else f"до {event} остаётся меньше {grammar.with_number(number, unit)}"
            )
        else:
            subject = forms["o"] if wish.thing else _subject(wish)
            allowed, refused = {
                "max": (number, number + 1),
                "min": (number, number - 1),
                "above": (number + 1, number),
                "within": (number - 1 if number > 1 else number, number + 1),
            }[kind]
            if kind == "within":
                ok = f"прошло {_amount(allowed, unit)}"
                bad = f"прошло {_amount(refused, unit)}"
            else:
                ok = f"{subject} — {_amount(allowed, unit)}"
                bad = f"{subject} — {_amount(refused, unit)}"
        acting, trying = wish.acting, wish.trying
        if wish.system and not wish.thing and wish.clause.system:
            acting = trying = f"я ввожу {grammar.agree_phrase(_subject(wish), 'accs')}"
        refusal = (
            f"я вижу, что это возможно только {constraint}, и ничего не меняется"
            if kind == "before"
            else f"я вижу, что нужно {constraint}, и ничего не сохраняется"
        )
        kept, lost = consequence_criteria(wish, then) if kind == "before" else ("", "")
        if lost:  # "при поздней отмене занятие списывается": what being late costs
            return [(ok, acting, kept), (bad, acting, lost)]
        return [(ok, acting, then), (bad, trying, refusal)]
    return []


def _subject(wish: Wish) -> str:
    """What the limit is about when the requirement's subject is a thing: "пароль"."""
    system = (wish.clause.system or "").lower()
    return system if system and system not in {"приложение", "система", "сервис"} else "значение"


def _amount(number: int, unit: str) -> str:
    return grammar.with_number(number, unit) if unit else str(number)


def _event(tail: str) -> str:
    """ "до приёма" in "за 12 часов до приёма": the event, in the genitive; else "начала"."""
    match = re.match(r"до\s+(.+)", tail)
    return match.group(1) if match else "начала"


#: "ввести название, описание и время", "с описанием и сроками", "логина и пароля".
_WITH = re.compile(r"\bс\s+(?:указанием|использованием|помощью)?\s*(?P<list>.+)", re.I)


def fields_of(clause: Clause) -> list[str]:
    """The fields or things the requirement lists, each in the nominative: "врача, услугу и
    свободное время" -> ["врач", "услуга", "свободное время"]; [] when it lists none."""
    rest = clause.rest
    if clause.constraint:
        rest = rest.replace(clause.constraint, "")
    rest = re.sub(r"\s*\([^)]*\)", "", rest)
    candidates = [rest]
    match = _WITH.search(rest)
    if match:
        candidates.insert(0, match.group("list"))
    for text in candidates:
        items = _items(text)
        if len(items) >= 2:
            return [grammar.agree_phrase(item, "nomn") for item in items]
    if match and "помощью" not in match.group():
        return _one_field(match.group("list"))
    return []


def _one_field(text: str) -> list[str]:
    """ "рецепт с пошаговой инструкцией по приготовлению" -> ["пошаговая инструкция"]: the
    one thing the requirement adds the object with, up to its own modifiers."""
    words = []
    for word in text.split():
        reading = grammar.parse(word.lower())
        if not re.fullmatch(r"[а-яё-]+", word, re.I) or {"PREP", "CONJ", "NPRO"} & (
            reading.tag.grammemes
        ):
            break
        words.append(word)
    if not 1 <= len(words) <= 3 or grammar.head_of(" ".join(words)) is None:
        return []
    head = grammar.parse(words[-1].lower())
    if "NOUN" not in head.tag:
        return []
    return [grammar.nominative_singular(" ".join(words))]


def _items(text: str) -> list[str]:
    """ "A, B и C" -> [A, B, C] when every part is a short noun phrase; else []."""
    text = text.split(":")[0].strip(" .;")
    parts = [p.strip() for p in re.split(r",\s*|\s+(?:и|или)\s+", text) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 3 for p in parts):
        return []
    for part in parts:
        words = part.split()
        if any(not re.fullmatch(r"[а-яё-]+", w, re.I) for w in words):
            return []
        if (
            grammar.head_of(part) is None
            or {"NPRO", "PREP"} & grammar.parse(words[0].lower()).tag.grammemes
        ):
            return []
        if words[0].lower() in {"их", "его", "её", "ее"}:
            return []
    return parts


def _listed_after_colon(clause: Clause) -> list[str]:
    """ "краткую информацию (popup): марка, фото, кнопки ..." -> what it lists."""
    if ":" not in clause.rest:
        return []
    after = clause.rest.split(":", 1)[1]
    parts = [p.strip(" .") for p in re.split(r",\s*|\s+и\s+", after) if p.strip(" .")]
    return parts if len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts) else []


def _listing(items: list[str], case: str = "nomn") -> str:
    items = [grammar.agree_phrase(item, case) for item in items]
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} и {items[-1]}"


def _participle(word: str, fields: list[str]) -> str:
    """ "указаны" for several fields."""
    return (
        grammar.agree_short(word, "поля")
        if len(fields) > 1
        else grammar.agree_short(word, fields[0])
    )


def _field_criteria(wish: Wish, fields: list[str]) -> list[tuple]:
    """One named field left empty: the action does not go through, and says which."""
    if not fields or wish.category not in {"create", "account", "choose", "change", "book"}:
        return []
    missing = fields[-1]
    verb, participle = (
        ("выбрать", "выбран")
        if wish.category in {"choose", "book"}
        else (
            "указать",
            "указан",
        )
    )
    result = "дальше не пройти" if wish.category in {"choose", "book"} else "ничего не сохраняется"
    return [
        (
            f"не {grammar.agree_short(participle, missing)} {missing}",
            wish.trying,
            f"я вижу, что нужно {verb} {grammar.agree_phrase(missing, 'accs')}, и {result}",
        )
    ]


#: Words before the object that say which of them the person sees.
_MODIFIERS = (
    ("последн", "в списке больше одной записи", "самые новые идут первыми"),
    ("актуальн", "{есть} {base} с истёкшим сроком", "их нет среди показанных"),
    ("доступн", "{есть} недоступные {base}", "их нет среди показанных"),
    ("свободн", "часть {base_g} уже занята", "занятые не показываются"),
)


def _viewing(wish: Wish, given: str, then: str, forms: dict[str, str]) -> tuple[str, str]:
    """Viewing a thing: "есть вакансии" and "я вижу их"; a singular thing just opens."""
    head = grammar.head_of(forms["o"])
    if head is not None and "plur" not in head.tag:
        return f"{forms['o']} {grammar.agree_short('заполнен', forms['o'])}", then
    return given, then


def _modifier_criteria(wish: Wish, forms: dict[str, str]) -> list[tuple]:
    if wish.category != "view" or not wish.thing:
        return []
    words = wish.thing.lower().split()
    base = " ".join(w for w in words if not w.startswith(tuple(m for m, _, _ in _MODIFIERS)))
    if not base or base == wish.thing.lower():
        return []
    found = []
    for stem, given, then in _MODIFIERS:
        if any(w.startswith(stem) for w in words):
            values = dict(forms, base=base, base_g=grammar.agree_phrase(base, "gent"))
            values["есть"] = "есть"
            found.append((given.format(**values), wish.acting, then))
    return found
