"""What a Russian sentence leaves out or says without a verb: pronouns, ellipsis, what an
action needs, and qualities stated by a short adjective.

    "При получении ошибки от сервера ее необходимо отобразить" -> "отобразить ошибку"
    "...заменить ею существующую аватарку" -> "заменить существующую аватарку полученной
     миниатюрой"
    "При последующих - SignIn Screen." after "При первом запуске приложения ... должен
     отображаться SignUp Screen" -> "при последующих запусках приложения" + "экран SignIn"
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.ru import grammar
from generation.languages.ru.clauses import _BUILD, _LOWER_WORD, _SCREEN, _TOKEN, _object_of
from generation.languages.ru.nouns import deverbal_verb, is_deverbal, object_to_accusative
from generation.languages.ru.nouns import join as _join

__all__ = [
    "elliptic_clauses",
    "labelled_clauses",
    "as_designed",
    "needed_for",
    "object_out_of",
    "resolve_pronoun",
    "screen_names",
    "stated_quality",
]

_LABELLED = re.compile(r"^\s*\*?(?P<label>[а-яё]+)\*?\s*:\s*(?P<state>.+?)[.;]?\s*$", re.I)


def labelled_clauses(text: str, previous: list[Clause]) -> list[Clause]:
    """ "желтый: не загружены фотографии прав" under "Рамка вокруг аватарки должна быть
    разного цвета в зависимости от состояния профиля:": the quality the list introduces,
    with this item's value and the state it belongs to ("рамка вокруг аватарки жёлтая,
    если не загружены фотографии прав"). Without that lead, a colour still says what it
    shows: "цвет жёлтый, если не загружены фотографии прав"."""
    match = _LABELLED.match(text)
    if not match:
        return []
    label = grammar.parse(match.group("label").lower())
    if "ADJF" not in label.tag or "nomn" not in label.tag:
        return []
    model = previous[-1] if previous else None
    leads = model and (model.source.rstrip().endswith(":") or "в зависимости от" in model.rest)
    if leads and model.verb == "быть" and model.system:
        subject = model.system + (f" {model.condition}" if model.condition else "")
    elif _COLOUR.match(label.normal_form):
        subject = "цвет"
    else:
        return []
    head = grammar.head_of(subject)
    gender = next((g for g in ("masc", "femn", "neut") if head and g in head.tag), "masc")
    number = "plur" if head is not None and "plur" in head.tag else "sing"
    agreed = label.inflect({"nomn", number} | ({gender} if number == "sing" else set()))
    value = agreed.word if agreed else match.group("label").lower()
    return [
        Clause(
            source=" ".join(text.split()),
            role=None,
            verb="быть",
            rest=f"{value}, если {match.group('state').strip()}",
            system=subject,
        )
    ]


_COLOUR = re.compile(r"^(?:красн|ж[её]лт|зел[её]н|син|голуб|сер|оранж|ч[её]рн|бел|фиолет)")


_ELLIPSIS = re.compile(r"^\s*при\s+(?P<adj>[а-яё]+)\s*[-–—:]\s*(?P<what>.+?)[.;]?\s*$", re.I)


def elliptic_clauses(text: str, previous: list[Clause]) -> list[Clause]:
    """ "При последующих - SignIn Screen" after "При первом запуске приложения ... должен
    отображаться SignUp Screen": the sentence before, with the new adjective and object."""
    match = _ELLIPSIS.match(text)
    if not match or not previous or not previous[-1].condition:
        return []
    model = previous[-1]
    words = model.condition.split()
    if (
        len(words) < 3
        or words[0].lower() != "при"
        or "ADJF" not in grammar.parse(words[1].lower()).tag
    ):
        return []
    adjective = grammar.parse(match.group("adj").lower())
    noun = grammar.parse(words[2].lower())
    if "ADJF" not in adjective.tag or "NOUN" not in noun.tag:
        return []
    number = "plur" if "plur" in adjective.tag else "sing"
    form = noun.inflect({"loct", number})
    tail = []
    for word in words[3:]:
        if "PREP" in grammar.parse(word.lower()).tag:
            break
        tail.append(word)
    condition = " ".join(["при", match.group("adj"), form.word if form else words[2], *tail])
    what = _SCREEN.sub(r"экран \1", match.group("what").strip(" `"))
    what = what.replace("`", "")
    return [
        Clause(
            source=" ".join(text.split()),
            role=model.role,
            verb=model.verb,
            rest=what,
            obj=what,
            system=model.system,
            condition=condition,
        )
    ]


#: Personal pronouns as objects, with the gender or number and the case they stand in.
_PRONOUNS = {
    "её": ("femn", "accs"), "ее": ("femn", "accs"), "ею": ("femn", "ablt"),
    "его": ("masc", "accs"), "их": ("plur", "accs"), "ими": ("plur", "ablt"),
}  # fmt: skip


def object_out_of(condition: str, tokens: list[str]) -> tuple[str, list[str]]:
    """ "При получении ошибки от сервера ее" + "необходимо отобразить ..." -> the condition
    without the pronoun, which goes after the verb it is the object of."""
    words = condition.split()
    if len(words) < 2 or words[-1].lower() not in _PRONOUNS:
        return condition, tokens
    verb = next((i for i, t in enumerate(tokens) if grammar.is_infinitive(t.lower())), None)
    if verb is None:
        return condition, tokens
    return " ".join(words[:-1]), [*tokens[: verb + 1], words[-1], *tokens[verb + 1 :]]


def resolve_pronoun(clause: Clause, context: str) -> None:
    """ "заменить ею существующую аватарку" -> "заменить существующую аватарку полученной
    миниатюрой": a pronoun object becomes the noun it stands for, the nearest before it of
    the same gender or number."""
    words = clause.rest.split()
    if len(words) >= 2 and words[0].lower() in _PREPOSITION_CASE and words[1].lower() in _AFTER:
        # "удалить из неё": the noun in the case the preposition wants
        found = _antecedent(_TOKEN.findall(_before_word(context, words[1])), _AFTER[words[1]])
        if found:
            named = grammar.nominative_singular(found) if _AFTER[words[1]] != "plur" else found
            case = _PREPOSITION_CASE[words[0].lower()]
            clause.rest = " ".join([words[0], grammar.agree_phrase(named, case), *words[2:]])
        return
    at = next((i for i, w in enumerate(words) if w.lower() in _PRONOUNS), None)
    if at != 0:  # only the object right after the verb: "отобразить её", "заменить ею"
        return
    possessive = words[at].lower() in {"его", "её", "ее", "их"}
    if possessive and at + 1 < len(words) and _agrees_as_possessive(words[at + 1]):
        return
    kind, case = _PRONOUNS[words[at].lower()]
    cut = context.lower().find(f" {words[at].lower()} ")
    found = _antecedent(_TOKEN.findall(context[: cut if cut > 0 else len(context)]), kind)
    if not found:
        return
    named = grammar.nominative_singular(found) if kind != "plur" else found
    phrase = grammar.agree_phrase(named, case)
    rest = words[:at] + words[at + 1 :]
    if case == "ablt":  # "заменить ею аватарку": the object first, what replaces it after
        clause.rest = " ".join([*rest, phrase])
        clause.obj = _object_of(rest)
    else:
        clause.rest = " ".join([*words[:at], phrase, *words[at + 1 :]])
        clause.obj = _object_of(clause.rest.split())


#: Pronouns after a preposition ("из неё", "о нём"), with their gender or number.
_AFTER = {
    "неё": "femn", "нее": "femn", "ней": "femn", "него": "masc", "нём": "masc", "нем": "masc",
    "ним": "masc", "них": "plur", "ними": "plur",
}  # fmt: skip
#: The case each preposition puts its noun in.
_PREPOSITION_CASE = {
    "из": "gent", "от": "gent", "до": "gent", "у": "gent", "без": "gent", "для": "gent",
    "в": "loct", "на": "loct", "о": "loct", "об": "loct", "при": "loct",
    "к": "datv", "по": "datv", "с": "ablt", "над": "ablt", "под": "ablt", "за": "ablt",
}  # fmt: skip


def _before_word(context: str, word: str) -> str:
    at = context.lower().rfind(f" {word.lower()}")
    return context[:at] if at > 0 else context


def _agrees_as_possessive(word: str) -> bool:
    """ "его повтора": a possessive before a noun, not an object."""
    return word.isalpha() and bool({"NOUN", "ADJF"} & grammar.parse(word.lower()).tag.grammemes)


def _antecedent(tokens: list[str], kind: str) -> str:
    """The nearest noun phrase before the pronoun that it can stand for: an inanimate noun
    of the pronoun's gender (or number), with the adjectives before it."""
    for index in reversed(range(len(tokens))):
        word = tokens[index]
        if len(word) < 3 or not _LOWER_WORD.match(word):
            continue
        reading = next((r for r in grammar.readings(word.lower())[:2] if "NOUN" in r.tag), None)
        if reading is None or "anim" in reading.tag:
            continue
        if kind == "plur" and "plur" not in reading.tag:
            continue
        if kind != "plur" and ("plur" in reading.tag or not _same_gender(reading, kind)):
            continue
        start = index
        while (
            start > 0
            and _LOWER_WORD.match(tokens[start - 1])
            and ({"ADJF", "PRTF"} & grammar.parse(tokens[start - 1].lower()).tag.grammemes)
        ):
            start -= 1
        return " ".join(tokens[start : index + 1])
    return ""


def _same_gender(reading, kind: str) -> bool:
    if kind == "femn":
        return "femn" in reading.tag
    return bool({"masc", "neut"} & reading.tag.grammemes)


#: "Для добавления рецепта необходима пошаговая инструкция": what the action needs.
_NEEDED = re.compile(r"^(?:необходим|нужн|нужен|требу)", re.I)


def needed_for(tokens: list[str]) -> list[Clause]:
    """ "Для добавления рецепта необходима пошаговая инструкция" -> (добавить, "рецепт с
    пошаговой инструкцией"): the action the deverbal noun names, done with what it needs."""
    low = [token.lower() for token in tokens]
    if low[:1] != ["для"] or len(low) < 4 or not is_deverbal(low[1]):
        return []
    needed = next((i for i, w in enumerate(low) if i > 1 and _NEEDED.match(w)), None)
    if needed is None or needed + 1 >= len(tokens):
        return []
    verb = deverbal_verb(low[1])
    target = object_to_accusative(tokens[2:needed], verb)
    what = grammar.agree_phrase(_join(tokens[needed + 1 :]), "ablt")
    rest = f"{target} с {what}".strip()
    return [Clause(source="", role=None, verb=verb, rest=rest, obj=_object_of(rest.split()))]


def stated_quality(tokens: list[str]) -> list[Clause]:
    """ "Размер шрифта удобен для восприятия", "инструкция отображена в справке": a short
    adjective or participle as the predicate states a quality the product has; one inside
    brackets ("(требования описаны в документации)") is a remark, not the predicate."""
    depth = 0
    for index, token in enumerate(tokens):
        depth += (token == "(") - (token == ")")
        if not token.isalpha() or depth:
            continue
        reading = grammar.parse(token.lower())
        if {"ADJS", "PRTS"} & reading.tag.grammemes:
            subject = tokens[:index]
            if index and any(grammar.is_noun(w.lower()) for w in subject if w.isalpha()):
                return [
                    Clause(
                        source="",
                        role=None,
                        verb="быть",
                        rest=_join(tokens[index:]),
                        system=_join(subject),
                    )
                ]
            return []
        if grammar.is_finite_verb(token.lower()) or grammar.is_infinitive(token.lower()):
            return []
    return []


_GENITIVE_PREPOSITIONS = {"после", "до", "для", "из", "от", "с", "со", "без", "около", "вместо"}


def screen_names(text: str) -> str:
    """ "после Launch Screen" -> "после экрана Launch"; "на SignIn Screen" -> "на экран SignIn"."""

    def named(match: re.Match) -> str:
        before = text[: match.start()].split()[-1:]
        genitive = before and before[0].lower() in _GENITIVE_PREPOSITIONS
        return f"{'экрана' if genitive else 'экран'} {match.group(1)}"

    return _SCREEN.sub(named, text)


_DESIGNED = re.compile(r"^(?:согласно|по|в\s+соответствии\s+с)\s+(?:макет|дизайн)", re.I)


def as_designed(tokens: list[str]) -> list[Clause]:
    """ "Реализуйте экран Launch Screen согласно макету" -> the quality "экран Launch
    соответствует макету": what the developers build, as the user sees it."""
    low = [token.lower() for token in tokens]
    if not low or not low[0].isalpha():
        return []
    first = grammar.parse(low[0])
    verb = grammar.infinitive(low[0]) if "impr" in first.tag else low[0]
    if verb not in _BUILD and grammar.perfective(verb) not in _BUILD:
        return []
    text = " ".join(low)
    at = next(
        (i for i in range(2, len(low)) if _DESIGNED.match(" ".join(low[i:]))),
        None,
    )
    if at is None or "макет" not in text and "дизайн" not in text:
        return []
    thing = grammar.agree_phrase(_join(tokens[1:at]), "nomn")
    design = "дизайну" if "дизайн" in " ".join(low[at:]) else "макету"
    return [Clause(source="", role=None, verb="соответствовать", rest=design, system=thing)]
