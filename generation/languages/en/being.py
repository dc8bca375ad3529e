"""Sentences that say how something is ("... must be ..."), read as who does what where they can.

"Passwords must be hashed with bcrypt."             -> how passwords are
"Parents want to be notified if ..."                 -> parents get notified
"There may be categories of foods."                  -> a feature: categories of foods
"There should be a tagline that I can change."       -> I change a tagline
"Orders should be seen by the director."             -> the director sees orders
"I will be the only one adding/removing menu items." -> I add or remove menu items, only me
"A warning should be about ... at the bottom of the page." -> the page shows a warning
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.en.clauses import (
    _TOKEN,
    _clauses_after,
    _first_person,
    _join,
    _role,
    _system,
    base_form,
    is_verb,
)
from generation.languages.en.speaker import SPEAKER

__all__ = ["state"]

#: "a tagline ... that I can change time to time": the thing, and who does what with it.
_RELATIVE_ACTION = re.compile(
    r"^(?P<thing>.+?)\s+(?:that|which)\s+(?P<who>I|we|(?:[\w-]+\s+)?[\w-]+)\s+"
    r"(?:can|could|may|will|should\s+be\s+able\s+to|must\s+be\s+able\s+to|are\s+able\s+to)\s+"
    r"(?:also\s+)?(?P<verb>[a-z]+)\b(?P<after>.*)$",
    re.I,
)
#: "the only one adding/removing", "the only person who can approve".
_ONLY_ONE = re.compile(
    r"^the\s+only\s+(?:one|ones|person|people)\s+(?:(?:who|that)\s+(?:can|may|will|is\s+allowed"
    r"\s+to|are\s+allowed\s+to)\s+|allowed\s+to\s+|to\s+)?(?P<action>.+)$",
    re.I,
)
#: Where on a page a thing sits: "at the bottom of the page", "on the home screen".
_PLACE = re.compile(
    r"\s*\b(?:of|on|in)\s+the\s+(?P<place>page|screen|home\s*page|home\s+screen|site|website|"
    r"form|footer|header)\b",
    re.I,
)
_AFTER_AGENT = {"for", "to", "in", "on", "at", "so", "when", "if", "before", "after"}
_WHERE = {"about", "at", "on", "in", "under", "above", "below", "next", "near", "beside"}
#: Participles a person "gets": notified, reminded, paid, matched.
_GOTTEN = {
    "notified", "reminded", "alerted", "informed", "paid", "matched", "assigned", "approved",
    "invited", "redirected", "asked", "prompted", "warned", "told", "shown", "offered",
    "charged", "refunded", "rewarded", "logged", "signed", "taken", "sent", "guided",
}  # fmt: skip


def state(subject: list[str], predicate: list[str]) -> list[Clause]:
    """ "Passwords must be hashed", "The button must only be shown to ...": how a thing is."""
    being = predicate[1:] if predicate[0].lower() == "be" else predicate
    if [w.lower() for w in subject if w.isalpha()] == ["there"] and being:
        return _existing(being)
    system = _system(subject)
    role = None if system else _role(subject)
    thing = _join(subject) if not role else None
    if role and being:
        only = _only_one(subject, role, being)
        if only:
            return only
    if (role or not subject) and being and being[0].lower() in _GOTTEN:
        # "Parents want to be notified if ...": what they get, said as "get notified"
        return [Clause(source="", role=role, verb="get", rest=_join(_first_person(being)), obj="")]
    if thing and being:
        done = _done_by(subject, being) or _placed(subject, being)
        if done:
            return done
    return [
        Clause(
            source="",
            role=role,
            verb="be",
            rest=_join(being),
            obj="",
            system=system if system is not None else thing,
        )
    ]


def _existing(being: list[str]) -> list[Clause]:
    """ "There may be categories of foods" names a feature; "There should be a tagline that I
    can change" asks for the change."""
    text = _join(being)
    match = _RELATIVE_ACTION.match(text)
    if match and is_verb(match.group("verb")):
        verb = base_form(match.group("verb"))
        who = _TOKEN.findall(match.group("who"))
        if verb == match.group("verb").lower() and (_role(who) or _system(who)):
            action = [
                verb,
                *_TOKEN.findall(match.group("thing")),
                *_TOKEN.findall(match.group("after")),
            ]
            return _clauses_after(who, action)
    return [Clause(source="", role=None, verb="", rest=text, obj=text)]


def _only_one(subject: list[str], role: str, being: list[str]) -> list[Clause]:
    """ "I will be the only one adding/removing menu items": the action, with only me allowed."""
    match = _ONLY_ONE.match(_join(being))
    if not match:
        return []
    action = _TOKEN.findall(match.group("action"))
    verbs = []
    for token in action:
        low = token.lower()
        if low in {"and", "or"} or (low.endswith("ing") and is_verb(low)):
            verbs.append(low if low in {"and", "or"} else base_form(low))
        else:
            break
    action = [*verbs, *action[len(verbs) :]]
    clauses = _clauses_after(subject, action)
    for clause in clauses:
        clause.constraint = "only me" if role == SPEAKER else f"only the {role}"
    return clauses


def _done_by(subject: list[str], being: list[str]) -> list[Clause]:
    """ "Orders should be seen by the director" -> the director sees orders."""
    participle = being[0].lower()
    if len(being) < 3 or being[1].lower() != "by" or not is_verb(participle):
        return []
    verb = base_form(participle)
    if verb == participle or participle.endswith("ing"):
        return []
    agent = []
    for token in being[2:]:
        if not (token.isalpha() or "-" in token) or token.lower() in {
            "for",
            "to",
            "in",
            "on",
            "at",
        }:
            break
        agent.append(token)
    if not _role(agent) or _role(agent) == SPEAKER:
        return []
    thing = [subject[0].lower() if subject[0][1:].islower() else subject[0], *subject[1:]]
    return _clauses_after(agent, [verb, *thing, *being[2 + len(agent) :]])


def _placed(subject: list[str], being: list[str]) -> list[Clause]:
    """ "A warning should be about raw meat consumption at the bottom of the page": what the
    page shows, and where."""
    if being[0].lower() not in _WHERE:
        return []
    text = _join(being)
    place = _PLACE.search(text)
    if not place:
        return []
    shown = f"{_join(subject)} {text[: place.start()]}{text[place.end() :]}"
    thing = _join(subject)
    if subject[0][1:].islower() or len(subject[0]) == 1:  # "A warning" -> "a warning"
        shown, thing = shown[:1].lower() + shown[1:], thing[:1].lower() + thing[1:]
    rest = " ".join(shown.split()).strip(" ,")
    return [Clause(source="", role=None, verb="show", rest=rest, obj=thing, system=place["place"])]
