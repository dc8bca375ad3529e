"""What the product does for a person, told as that person's wish: "Das System sendet dem
Patienten eine Erinnerung" -> the patient receives one; "Die Anmeldung erfolgt über
E-Mail" -> "mich über E-Mail anmelden"."""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.de import grammar
from generation.languages.de.clauses import GermanClause, constraint_of, deverbal
from generation.languages.de.phrases import from_noun_phrase, head_noun, with_article, without_limit

__all__ = ["moment", "received", "serve", "subject_action"]


#: Verbs too light to say what happens: the noun of action before them says it ("Die
#: Anmeldung erfolgt über E-Mail" -> "mich über E-Mail anmelden").
_LIGHT = {"erfolgen", "geschehen", "funktionieren", "stattfinden", "laufen"}


#: What the product does, as the person it serves does it: "senden" -> "erhalten".
_SERVED = {
    "senden": "erhalten", "schicken": "erhalten", "versenden": "erhalten",
    "verschicken": "erhalten", "zusenden": "erhalten", "übermitteln": "erhalten",
    "zustellen": "erhalten", "anzeigen": "sehen", "zeigen": "sehen", "darstellen": "sehen",
    "einblenden": "sehen", "ausgeben": "sehen", "auflisten": "sehen",
    "benachrichtigen": "benachrichtigt werden", "informieren": "informiert werden",
    "erinnern": "erinnert werden", "warnen": "gewarnt werden",
}  # fmt: skip


#: The same, for a thing the product acts on: "Die Liste wird angezeigt" -> "sehen".
_SERVED_PASSIVE = {
    "angezeigt": "sehen", "gezeigt": "sehen", "dargestellt": "sehen", "eingeblendet": "sehen",
    "aufgelistet": "sehen", "gesendet": "erhalten", "geschickt": "erhalten",
    "versendet": "erhalten", "verschickt": "erhalten", "zugesendet": "erhalten",
    "zugestellt": "erhalten", "übermittelt": "erhalten",
}  # fmt: skip


def serve(clause: GermanClause) -> None:
    """ "Das System sendet dem Patienten eine Erinnerung" -> the patient receives one; "Die
    Liste der Buchungen wird angezeigt" -> the person sees it."""
    if clause.system is None or not clause.verb:
        return
    words = clause.verb.split()
    action, extra = subject_action(clause.system)
    if action and (words[0] in _LIGHT or clause.verb == "sein" and "möglich" in clause.rest):
        rest = [*extra, *(w for w in clause.rest.split() if w not in {"möglich", "jederzeit"})]
        reflexive = action.startswith("sich ")
        clause.verb = action.removeprefix("sich ")
        clause.rest = grammar.join(["mich", *rest] if reflexive else rest)
        clause.obj = ""
        clause.system = None
        clause.constraint = constraint_of(clause.rest)
        return
    if words[-1] == "werden" and len(words) == 2 and words[0] in _SERVED_PASSIVE:
        thing = grammar.accusative(clause.system)
        clause.rest = grammar.join([*thing.split(), *clause.rest.split()])
        clause.obj = thing
        clause.verb = _SERVED_PASSIVE[words[0]]
        clause.system = None
        return
    if len(words) == 1 and words[0] in _SERVED and grammar.is_product(head_noun(clause.system)):
        clause.verb = _SERVED[words[0]]
        rest = [w for w in clause.rest.split() if w.lower() not in {"mich", "mir"}]
        clause.rest = grammar.join(grammar.first_person_words(rest))
        clause.obj = grammar.join(grammar.first_person_words(clause.obj.split()))
        clause.system = None


def subject_action(subject: str) -> tuple[str | None, list[str]]:
    """The verb a subject that names an action stands for ("Die Anmeldung" -> "sich
    anmelden", "Eine Suche nach Rezepten" -> "suchen" and "nach Rezepten"), or None."""
    words = subject.split()
    if words and words[0].lower() in grammar.ARTICLES:
        words = words[1:]
    if not words:
        return None, []
    verb = deverbal(words[0])
    if (
        not verb
        or " werden" in verb
        or words[1:2]
        and words[1].lower() not in (grammar.PREPOSITIONS)
    ):
        return None, []
    return verb, words[1:]


_TIME = re.compile(
    r"(?P<when>(?:\d+|eine[nm]?|zwei|drei|vier|fünf|sechs|sieben|zehn|zwölf)\s+"
    r"(?:Minuten?|Stunden?|Tagen?|Tag|Wochen?|Monaten?|Monat)\s+(?:vor|nach)\s+"
    r"(?:(?:de[mnr]|die|das|einer?|einem|meine[mnr]?)\s+)?[A-ZÄÖÜ][\w-]*)"
)


#: "bei neuen Nachrichten": the occasion a notification comes on.
_OCCASION = re.compile(r"\bbei\s+(?P<adj>(?:[a-zäöüß]+en\s+)*)(?P<noun>[A-ZÄÖÜ][\w-]*)")


def received(clause: Clause) -> str:
    """What I receive, after "dann": "erhalte ich eine Erinnerung per E-Mail mit allen
    Einzelheiten", "werde ich per E-Mail benachrichtigt"."""
    rest = _OCCASION.sub("", _TIME.sub("", clause.rest))
    rest = " ".join(with_article(without_limit(rest, clause.constraint)).split())
    words = clause.verb.split()
    if words[-1] == "werden":
        return " ".join(["werde ich", rest, *words[:-1]]).replace("  ", " ")
    thing = from_noun_phrase(rest)
    if not thing or thing.split()[0].lower() in grammar.PREPOSITIONS:
        return ""
    return f"{grammar.first_person(clause.verb)} ich {thing} mit allen Einzelheiten"


def moment(rest: str) -> str:
    """When what I receive comes: "es einen Tag vor dem Termin ist" for a time the text
    names, else the occasion for it ("der Anlass für eine Erinnerung eintritt")."""
    found = _TIME.search(rest)
    if found:
        return f"es {found.group('when')} ist"
    occasion = _OCCASION.search(rest)
    if occasion and grammar.is_plural(occasion.group("noun")):
        adjectives = [w[:-1] if w.endswith("en") else w for w in occasion.group("adj").split()]
        return " ".join(["es", *adjectives, occasion.group("noun"), "gibt"])
    thing = from_noun_phrase(rest)
    words = thing.split()
    if not words or words[0].lower() in grammar.PREPOSITIONS or words[0][:1].isdigit():
        return "der Anlass dafür eintritt"
    return f"der Anlass für {thing} eintritt"
