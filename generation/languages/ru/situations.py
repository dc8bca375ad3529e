"""Criteria for what a Russian requirement says around its action: a condition, a moment,
an event, a purchase, a confirmation, a limit on people and a stated consequence.

    "Если мест нет, клиент может встать в лист ожидания"
    -> Дано: мест нет; когда я встану в лист ожидания, ...
    -> Дано: места есть; когда я пытаюсь встать в лист ожидания, тогда я вижу, что это
       возможно, только если мест нет, и ничего не меняется.
    "За 3 дня до окончания абонемента клиент получает push-уведомление"
    -> Дано: до окончания абонемента остаётся 4 дня; когда до окончания абонемента
       остаётся 3 дня, тогда мне приходит одно push-уведомление.

Each rule returns (given, when, then) triples, or [] when the requirement does not say
what the rule reads.
"""

from __future__ import annotations

import re

from generation.languages.ru import grammar
from generation.languages.ru.circumstances import remarks_in, without_remarks

__all__ = [
    "condition_state",
    "consequence_criteria",
    "people_limit",
    "situation_criteria",
]

_WORD = re.compile(r"[а-яё-]+", re.I)


def condition_state(condition: str | None) -> str:
    """ "если мест нет" -> "мест нет": a state the action needs, said as what is true;
    "" for a condition that is an event ("при нажатии на кнопку")."""
    match = re.match(r"^\s*если\s+(?P<state>.+)$", condition or "", re.I)
    return without_remarks(match.group("state")).strip(" ,.") if match else ""


def negated(state: str) -> str:
    """ "мест нет" -> "места есть", "есть штрафы" -> "штрафов нет", "место освободится" ->
    "место не освободится"; "" when the state cannot be turned round."""
    words = state.split()
    low = [w.lower() for w in words]
    if len(words) >= 2 and low[-1] == "нет":
        return f"{grammar.agree_phrase(' '.join(words[:-1]), 'nomn')} есть"
    if "есть" in low:
        at = low.index("есть")
        place, what = " ".join(words[:at]), " ".join(words[at + 1 :])
        return " ".join(f"{place} нет {grammar.agree_phrase(what, 'gent')}".split())
    if "не" in low:
        at = low.index("не")
        return " ".join(words[:at] + words[at + 1 :])
    verb = next((i for i, w in enumerate(low) if w.isalpha() and grammar.is_finite_verb(w)), None)
    if verb is None:
        return ""
    return " ".join([*words[:verb], "не", *words[verb:]])


def situation_criteria(wish, rule, forms: dict[str, str]) -> list[tuple]:
    """The criteria the requirement's circumstances give, before any other rule's."""
    return (
        _purchase(wish, forms)
        or _timed_notice(wish, forms)
        or _event_notice(wish, forms)
        or _confirmed(wish, rule)
        or _state_pair(wish, rule)
    )


def _state_pair(wish, rule) -> list[tuple]:
    """ "если мест нет": done in that state; refused in the other, with the reason."""
    state = condition_state(wish.clause.condition)
    other = negated(state) if state else ""
    if not other or wish.clause.constraint:
        return []
    then = _first_part(rule.then) if rule is not None and "{" not in rule.then else ""
    condition = without_remarks(wish.clause.condition).strip(" ,.")
    return [
        (state, wish.acting, then or "я вижу подтверждение"),
        (
            other,
            wish.trying,
            f"я вижу, что это возможно, только {condition[:1].lower()}{condition[1:]}, "
            "и ничего не меняется",
        ),
    ]


_BEFORE = re.compile(r"^\s*за\s+(?P<n>\d+)\s+(?P<unit>[а-яё]+)\s+до\s+(?P<event>.+?)\s*$", re.I)


def _timed_notice(wish, forms: dict[str, str]) -> list[tuple]:
    """ "за 3 дня до окончания абонемента" a notice comes once, when that much is left."""
    match = _BEFORE.match(wish.clause.condition or "")
    if wish.category != "notify" or not match or not wish.thing:
        return []
    number, unit, event = int(match.group("n")), match.group("unit"), match.group("event")
    left = f"до {event} остаётся"
    came = grammar.past_for("прийти", forms["o"])
    then = (
        f"мне приходит одно {forms['o']}" if not forms["~plural"] else f"мне приходят {forms['o']}"
    )
    later = (
        f"{left} {grammar.with_number(number - 1, unit)}"
        if number > 1
        else f"{left} меньше {grammar.with_number(number, unit)}"
    )
    return [
        (
            f"{left} {grammar.with_number(number + 1, unit)}",
            f"{left} {grammar.with_number(number, unit)}",
            then,
        ),
        (
            f"{forms['o']} об этом уже {came}",
            later,
            f"{_second(forms['o'])} {forms['o']} не {forms['приходит']}",
        ),
    ]


def _second(thing: str) -> str:
    head = grammar.head_of(thing)
    gender = next((g for g in ("femn", "neut") if head is not None and g in head.tag), "masc")
    form = grammar.parse("второй").inflect({gender, "sing", "nomn"})
    return form.word if form else "второй"


_WHEN = re.compile(r",\s*когда\s+(?P<event>[^,;]+)$", re.I)


def _event_notice(wish, forms: dict[str, str]) -> list[tuple]:
    """ "получить уведомление, когда место освободится": it comes when that happens, and
    not while it has not."""
    match = _WHEN.search(wish.clause.rest)
    if wish.category != "notify" or not match or not wish.thing:
        return []
    event = match.group("event").strip(" .")
    words = event.split()
    verb = next((i for i, w in enumerate(words) if grammar.is_finite_verb(w.lower())), None)
    if verb is None or verb == 0:
        return []
    subject = " ".join(words[:verb])
    past = grammar.past_for(grammar.infinitive(words[verb].lower()), subject)
    not_yet = " ".join([subject, "так и не", past, *words[verb + 1 :]])
    given = condition_state(wish.clause.condition) or "уведомления в приложении разрешены"
    return [
        (given, event, f"мне приходит одно {forms['o']} об этом"),
        (given, not_yet, f"{forms['o']} не {forms['приходит']}"),
    ]


_BUYING = {"купить", "приобрести", "покупать", "приобретать"}
_CARD = re.compile(r"\b(?:банковской\s+)?карт(?:ой|ы)\b", re.I)


def _purchase(wish, forms: dict[str, str]) -> list[tuple]:
    """ "купить абонемент (8 или 12 занятий, безлимит на месяц) банковской картой": one of
    the stated options bought and paid by card; a declined card buys nothing."""
    if not set(wish.verb.split()) & _BUYING or not wish.thing:
        return []
    options = _options(wish.clause.rest)
    card = _CARD.search(wish.clause.rest)
    if not options and not card:
        return []
    given = (
        f"я выбираю {forms['oa']} из вариантов: {_listing(options, 'или')}"
        if options
        else "карта действительна, и на ней достаточно денег"
    )
    bought = grammar.agree_phrase(f"купленный {forms['o']}", "accs")
    refused = f"банк отклонил оплату{' картой' if card else ''}"
    return [
        (given, wish.acting, f"оплата проходит, и я вижу {bought} и чек"),
        (
            refused,
            wish.trying,
            f"я вижу причину, деньги не списаны, и {forms['o']} не "
            f"{grammar.agree_short('куплен', forms['o'])}",
        ),
    ]


def _options(rest: str) -> list[str]:
    """ "(8 или 12 занятий, безлимит на месяц)" -> ["8 занятий", "12 занятий", "безлимит на
    месяц"]: the variants a remark lists."""
    found = []
    for remark in remarks_in(rest):
        for part in re.split(r",\s*", remark):
            numbers = re.match(r"^(?P<a>\d+)\s+или\s+(?P<b>\d+)\s+(?P<unit>[а-яё]+)$", part.strip())
            if numbers:
                unit = numbers.group("unit")
                found += [grammar.with_number(int(numbers.group(k)), unit) for k in "ab"]
            elif part.strip():
                found.append(part.strip())
    return found if len(found) >= 2 else []


def _listing(items: list[str], joint: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {joint} {items[-1]}"


_CONFIRMED = re.compile(
    r"\s*\bс\s+подтверждени\w+\s+(?:кодом\s+)?(?P<how>(?:из|по|через)\s+\S+)", re.I
)


def _confirmed(wish, rule) -> list[tuple]:
    """ "с подтверждением кодом из SMS": done once the code that came is entered; a wrong
    code does nothing but say so."""
    match = _CONFIRMED.search(wish.clause.rest)
    if not match:
        return []
    how = match.group("how")
    trying = _CONFIRMED.sub("", wish.trying)
    then = _fill_free(rule.then) if rule is not None else "всё проходит, и я вижу подтверждение"
    found = [
        (f"мне пришёл код {how}", "я ввожу этот код", then),
        (
            f"мне пришёл код {how}",
            "я ввожу другой код",
            "я вижу, что код неверный, и могу запросить новый",
        ),
    ]
    if rule is not None and "{" not in rule.bad_given + rule.bad_then:
        found.append((rule.bad_given, rule.bad_when or trying, rule.bad_then))
    return found


def _fill_free(text: str) -> str:
    return text if "{" not in text else "всё проходит, и я вижу подтверждение"


def _first_part(then: str) -> str:
    """ "запись создана, и это время больше никому не предлагается" -> "запись создана"."""
    return re.split(r",\s*(?:и|но|а)\s+|;\s*", then)[0]


#: People counted by a limit: "не более 15 человек" in a group.
_PEOPLE = {"человек", "участник", "гость", "посетитель", "пассажир", "ученик", "студент"}
_MAX = re.compile(r"(?:не\s+более|не\s+больше|до|максимум)\s+(?P<n>\d+)\s+(?P<unit>[а-яё]+)", re.I)


def people_limit(wish, rule) -> list[tuple]:
    """ "если в группе есть свободные места (не более 15 человек)": the last place is taken,
    the one after it is refused."""
    match = _MAX.search(wish.clause.constraint or "")
    if not match or grammar.parse(match.group("unit").lower()).normal_form not in _PEOPLE:
        return []
    number, unit = int(match.group("n")), match.group("unit")
    place = re.search(
        r"\bв\s+(?P<where>[а-яё]+)", f"{wish.clause.condition or ''} {wish.clause.rest}"
    )
    where = f"в {place.group('where')}" if place else "уже"
    done = _first_part(rule.then) if rule is not None and "{" not in rule.then else ""
    done = done or "я вижу подтверждение"
    full, last = _counted(number, unit), _counted(number - 1, unit)
    return [
        (f"{where} {last}", wish.acting, f"{done}, и {where} теперь {full}"),
        (
            f"{where} уже {full}",
            wish.trying,
            f"я вижу, что {where} не может быть больше {full}, и ничего не сохраняется",
        ),
    ]


def _counted(number: int, unit: str) -> str:
    """ "15 человек", "2 человека": pymorphy3 counts "человек" as "людей"."""
    if grammar.parse(unit.lower()).normal_form != "человек":
        return grammar.with_number(number, unit)
    few = number % 10 in (2, 3, 4) and number % 100 not in (12, 13, 14)
    return f"{number} {'человека' if few else 'человек'}"


def consequence_criteria(wish, done: str) -> tuple[str, str]:
    """ "при поздней отмене занятие списывается": in time it does not happen ("занятие не
    списывается"), too late it does ("запись отменена, но занятие списывается"); the two
    "then"s, or ("", "") when the requirement states no consequence."""
    outcome = wish.clause.outcome or ""
    words = outcome.split()
    verb = next(
        (i for i, w in enumerate(words) if i and w.isalpha() and grammar.is_finite_verb(w.lower())),
        None,
    )
    if verb is None:
        return "", ""
    start = verb
    while (
        start > 0
        and _WORD.fullmatch(words[start - 1])
        and "nomn" in grammar.parse(words[start - 1].lower()).tag
    ):
        start -= 1
    main = words[start:]
    if start == verb:
        return "", ""
    kept = " ".join([*main[: verb - start], "не", *main[verb - start :]])
    return f"{_first_part(done)}, и {kept}", f"{_first_part(done)}, но {' '.join(main)}"
