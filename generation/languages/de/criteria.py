"""Criteria and benefits of one German requirement, from what the requirement says.

    "Nutzer können Aufgaben mit Titel, Fälligkeitsdatum und Priorität anlegen."
    Angenommen, alle Pflichtangaben sind ausgefüllt, wenn ich Aufgaben mit Titel,
    Fälligkeitsdatum und Priorität anlege, dann werden die Aufgaben gespeichert und
    erscheinen sofort in der Liste.
    Angenommen, das Feld „Priorität“ ist leer, wenn ich versuche, ..., dann sehe ich, dass
    „Priorität“ fehlt, und die Aufgaben werden nicht gespeichert.

The requirement's own facts come first: the state its condition names ("wenn alle Artikel
vorrätig sind"), its limit on both sides of the number ("bis zu 12 Stunden vorher": 13
hours left and 11), the fields it lists (one left empty), what it filters or sorts by. The
verb says the rest (``actions``): what "reservieren" or "archivieren" leads to, and how it
fails. A requirement none of these read gets None, and the writer's phrasing for its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generation.languages.clauses import Clause
from generation.languages.de import grammar
from generation.languages.de.actions import MODERATED, THINGS, Action, action_of, enrols

__all__ = ["Thing", "benefit_of", "criteria_of", "fields_of", "limit_of", "state_of", "thing_of"]

_ARTICLES = {
    "m": ("der", "den", "dem"), "f": ("die", "die", "der"), "n": ("das", "das", "dem"),
    "p": ("die", "die", "den"),
}  # fmt: skip
_PRONOUNS = {"m": ("er", "ihn"), "f": ("sie", "sie"), "n": ("es", "es"), "p": ("sie", "sie")}


@dataclass
class Thing:
    """The requirement's object as criteria name it: "die Aufgaben", its gender and number."""

    noun: str
    gender: str = "m"
    plural: bool = False
    adjectives: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return "p" if self.plural else self.gender

    def with_article(self, case: int) -> str:
        """The object with its definite article: 0 nominative, 1 accusative, 2 dative."""
        article = _ARTICLES[self.kind][case]
        weak = "e" if not self.plural and (case == 0 or case == 1 and self.kind != "m") else "en"
        noun = self.noun
        if self.plural and case == 2 and not noun.endswith(("n", "s")):
            noun += "n"
        return " ".join([article, *(f"{a}{weak}" for a in self.adjectives), noun])

    @property
    def bare(self) -> str:
        ending = "e" if self.plural else ""
        return " ".join([*(f"{a}{ending}" for a in self.adjectives), self.noun])

    def fill(self, template: str) -> str:
        words = {
            "der": self.with_article(0),
            "den": self.with_article(1),
            "dem": self.with_article(2),
            "er": _PRONOUNS[self.kind][0],
            "ihn": _PRONOUNS[self.kind][1],
            "bare": self.bare,
        }
        text = re.sub(r"\{([^{}|]*)\|([^{}|]*)\}", r"\2" if self.plural else r"\1", template)
        text = re.sub(r"\{(\w+)\}", lambda m: words.get(m.group(1), m.group(0)), text)
        return " ".join(text.split())


def thing_of(clause: Clause, phrase: str = "") -> Thing | None:
    """The object's head noun and the adjectives before it: "erledigte Aufgaben"."""
    adjectives: list[str] = []
    determiner = ""
    for word in (phrase or clause.obj or clause.rest).split():
        low = word.lower().strip(",")
        if low in grammar.ARTICLES or low in {"alle", "mehrere", "einzelne"}:
            determiner = determiner or low
            continue
        if word[:1].isupper() and grammar.is_noun(word.strip(",")):
            noun = word.strip(",")
            return Thing(noun, grammar.gender(noun), _plural(noun, determiner), adjectives)
        if grammar.is_adjective(low) and not low.isdigit():
            adjectives.append(_stem(low))
            continue
        return None
    return None


def _plural(noun: str, determiner: str) -> bool:
    """A German object without an article is a plural ("Kurse anlegen"), as is one whose
    article cannot go with its gender ("meine Termine", "die Kurse")."""
    if grammar.is_plural(noun) or determiner in {"alle", "mehrere", "einzelne"}:
        return True
    if not determiner:
        return noun.endswith(("e", "en", "er", "s", "n")) and not grammar.known_singular(noun)
    if determiner in {"die", "meine", "ihre", "seine", "keine", "deine", "unsere", "diese"}:
        stems = (noun[:-1], noun[:-2]) if noun.endswith(("e", "s", "n", "r")) else ()
        stems = (*stems, *(_without_umlaut(stem) for stem in stems))  # "Pläne" of "Plan"
        known = any(grammar.known_singular(stem) for stem in stems if len(stem) > 2)
        return known or grammar.gender(noun) != "f" or noun.endswith("en")
    return False


def _singular(noun: str) -> str:
    """ "Trainings" -> "Training", "Veranstaltungen" -> "Veranstaltung"; else as it is."""
    for ending in ("s", "en", "n", "e"):
        stem = noun[: -len(ending)] if noun.endswith(ending) else ""
        if len(stem) > 2 and (grammar.known_singular(stem) or stem.endswith(("ung", "ion"))):
            return stem
    return noun


def _without_umlaut(stem: str) -> str:
    """ "Dienstplän" -> "Dienstplan": the last umlaut of a plural stem taken back."""
    for index in range(len(stem) - 1, -1, -1):
        if stem[index] in "äöü":
            return stem[:index] + {"ä": "a", "ö": "o", "ü": "u"}[stem[index]] + stem[index + 1 :]
    return stem


def _stem(adjective: str) -> str:
    for ending in ("en", "er", "es", "em", "e"):
        if adjective.endswith(ending) and len(adjective) > len(ending) + 3:
            return adjective[: -len(ending)]
    return adjective


#: Verbs whose unhappy path is a required field left empty, when the text lists fields.
_ENTERING = {
    "erstellen", "anlegen", "hinzufügen", "eintragen", "erfassen", "eingeben", "angeben",
    "hinterlegen", "registrieren", "ausfüllen", "bearbeiten", "ändern", "buchen", "bestellen",
    "einreichen", "aufnehmen",
}  # fmt: skip
_FINDING = {"suchen", "finden", "filtern", "sortieren", "durchsuchen"}
_STAFF = re.compile(r"^(?:admin|moderator|betreiber|redakt|verwalt|support)", re.I)
_CONTENT = re.compile(r"(?:bewertung|kommentar|beitrag|rezension|nachricht|post)e?n?$", re.I)
_BY = re.compile(r"\bnach\s+(?P<items>[^.;()]+)", re.I)
_WITH = re.compile(r"(?:\bmit\s+|:\s*)(?P<list>[^.;()]+)", re.I)


def criteria_of(
    clause: Clause, thing: Thing | None, when: str, trying: str, *, state: str | None = None
) -> list[str] | None:
    """2-5 criteria read from the requirement, or None when nothing in it says more than
    its kind of action. ``state`` is what its condition says must hold."""
    key, action = action_of(clause.verb, clause.rest)
    if thing is None and enrols(clause.verb, clause.rest):  # "mich für Trainings anmelden"
        joined = re.search(r"\b(?:für|zu|zum|zur)\s+(?P<what>.+)$", clause.rest)
        thing = thing_of(clause, joined.group("what")) if joined else None
        if thing is not None and thing.plural:  # a place in one of them: "das Training"
            one = _singular(thing.noun)
            thing = Thing(one, grammar.gender(one), one == thing.noun, thing.adjectives)
    thing = thing or Thing("Eintrag")
    action = _scoped(action, clause, thing)
    limit = limit_of(clause.constraint, thing)
    fields = fields_of(clause)
    by = _by(clause) if key in _FINDING else []
    if action is None and not (limit or fields or by or state):
        return None
    action = action or _DEFAULT
    given = thing.fill(action.ready)
    done = thing.fill(action.done)
    happy: list[tuple[str, str, str]] = []
    unhappy: list[tuple[str, str, str]] = []
    if by:
        happy.append(_by_happy(key, thing, by, when))
        unhappy.append(_by_unhappy(key, thing, by, trying, action))
    else:
        happy.append((state or given, when, done))
    if state:
        refusal = "sehe ich, warum das gerade nicht möglich ist, und es wird nicht ausgeführt"
        unhappy.append((_negated(state), trying, refusal))
    if limit:
        ok, bad, refusal = limit
        happy = [(ok, when, done), *happy[1:]]
        unhappy.append((bad, trying, refusal))
    if fields and key in _ENTERING:
        missing = fields[-1]
        refusal = f"sehe ich, dass „{missing}“ fehlt, und es wird nicht gespeichert"
        unhappy.append((f"das Feld „{missing}“ ist leer", trying, refusal))
    elif len(fields) >= 2 and key not in _ENTERING:
        happy.append((given, when, f"sehe ich {_and(fields)}"))
    if not unhappy:
        unhappy.append((thing.fill(action.bad), trying, thing.fill(action.bad_then)))
    written: list[str] = []
    for given_, when_, then in [*happy[:3], *unhappy[:2]]:
        text = f"Angenommen, {given_}, wenn {when_}, dann {then}."
        if text not in written:
            written.append(text)
    return written


_DEFAULT = Action(
    "ich bin angemeldet",
    "ist das Ergebnis gespeichert und ich sehe eine Bestätigung",
    "das Ergebnis kann gerade nicht gespeichert werden",
    "sehe ich eine Fehlermeldung, und nichts von meinen Eingaben geht verloren",
    "",
)


def _scoped(action: Action | None, clause: Clause, thing: Thing) -> Action | None:
    """Deleting others' content as a person who keeps the product in order."""
    if action is not None and action.done.startswith("{ist|sind} {der} überall"):
        if _STAFF.match(clause.role or "") and _CONTENT.search(thing.noun):
            return MODERATED
    return action


def benefit_of(clause: Clause, thing: Thing | None) -> str:
    """The gain of the requirement: what its object is for, else what its verb gives."""
    key, action = action_of(clause.verb, clause.rest)
    head = thing.noun.lower() if thing is not None else ""
    if head in THINGS and (action is None or head in {"passwort", "konto", "profil"}):
        return THINGS[head]
    by = _by(clause) if key in _FINDING else []
    if by and thing is not None and key == "sortieren":
        return f"ich {thing.bare} nach {_and(by)} geordnet vor mir habe"
    if by and thing is not None:
        return f"ich nur {thing.bare} sehe, die nach {_and(by)} zu mir passen"
    if action is not None and thing is not None:
        action = _scoped(action, clause, thing)
        return thing.fill(action.benefit)
    if action is not None and "{" not in action.benefit:
        return action.benefit
    return ""


#: "bis zu 12 Stunden vorher", "höchstens 50 offene Aufgaben", "mindestens 8 Zeichen".
_N = r"(?P<n>\d+)\s*(?P<unit>%|MB|KB|GB|(?:[a-zäöüß]+e\s+)?[A-ZÄÖÜ][\wäöüß-]*)?"
_LIMITS = (
    (re.compile(rf"(?:bis\s+(?:zu\s+|spätestens\s+)?|spätestens\s+|nicht\s+später\s+als\s+){_N}\s+(?P<tail>vorher|vor\b.*|im\s+voraus)", re.I), "before"),  # noqa: E501
    (re.compile(r"(?:innerhalb(?:\s+von)?|binnen|in\s+unter|unter)\s+(?P<n>\d+)\s*(?P<unit>Millisekunden|Sekunden?|ms|s)\b", re.I), "fast"),  # noqa: E501
    (re.compile(rf"(?:innerhalb(?:\s+von)?|binnen)\s+{_N}", re.I), "within"),
    (re.compile(rf"(?:bis\s+zu|höchstens|maximal|max\.|nicht\s+mehr\s+als)\s+{_N}", re.I), "max"),  # noqa: E501
    (re.compile(rf"(?:mindestens|minimal|min\.|nicht\s+weniger\s+als)\s+{_N}", re.I), "min"),
)  # fmt: skip
_SIZES = {"mb", "kb", "gb"}
#: Units as a number needs them: "innerhalb von 14 Tagen" -> "13 Tage", "1 Stunde".
_PLURAL_UNITS = {"tagen": "Tage", "jahren": "Jahre", "monaten": "Monate", "wochen": "Wochen"}
_SINGULAR_UNITS = {
    "stunden": "Stunde", "tage": "Tag", "tagen": "Tag", "minuten": "Minute", "wochen": "Woche",
    "monate": "Monat", "monaten": "Monat", "jahre": "Jahr", "jahren": "Jahr",
    "sekunden": "Sekunde",
}  # fmt: skip


def limit_of(constraint: str | None, thing: Thing | None = None) -> tuple[str, str, str] | None:
    """Both sides of a stated number, and what I am told on the wrong one."""
    if not constraint:
        return None
    for pattern, kind in _LIMITS:
        match = pattern.search(constraint)
        if not match:
            continue
        number = int(match.group("n"))
        unit = match.group("unit") or ""
        said = " ".join(constraint.strip(" .,").split())
        if kind == "before":
            event = _event(match.group("tail"))
            return (
                f"bis {event} sind es noch {_amount(number + 1, unit)}",
                f"bis {event} sind es nur noch {_amount(max(number - 1, 1), unit)}",
                f"sehe ich, dass das nur {said} möglich ist, und es wird keine Änderung "
                "gespeichert",
            )
        if kind == "fast":
            return (
                f"die Antwort kommt nach {_amount(max(number - 1, 1), unit)}",
                f"die Antwort dauert länger als {_amount(number, unit)}",
                "sehe ich einen Hinweis, dass es länger dauert, und meine Anfrage geht nicht "
                "verloren",
            )
        if kind == "within":
            return (
                f"seitdem sind {_amount(max(number - 1, 1), unit)} vergangen",
                f"seitdem sind {_amount(number + 1, unit)} vergangen",
                f"sehe ich, dass die Frist von {_dative(_amount(number, unit))} abgelaufen ist, "
                "und das ist nicht mehr möglich",
            )
        allowed, refused = (number, number + 1) if kind == "max" else (number, max(number - 1, 0))
        bound = "höchstens" if kind == "max" else "mindestens"
        if unit.lower() in _SIZES:
            state = "die Datei ist {} groß"
        elif thing is not None and unit and thing.noun not in unit:
            state = f"{thing.with_article(0)} {'haben' if thing.plural else 'hat'} {{}}"
        else:
            state = "es sind {}"
        return (
            state.format(_amount(allowed, unit)),
            state.format(_amount(refused, unit)),
            f"sehe ich, dass {bound} {_amount(number, unit)} erlaubt sind, und es wird nicht "
            "übernommen",
        )
    return None


def _event(tail: str) -> str:
    """ "vor Kursbeginn" -> "zum Kursbeginn"; "vorher" -> "zum Beginn"."""
    match = re.match(r"vor\s+(?:(?:de[mnr]|einem|einer)\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)", tail)
    if not match:
        return "zum Beginn"
    noun = match.group("noun")
    return f"{'zur' if grammar.gender(noun) == 'f' else 'zum'} {noun}"


def _amount(number: int, unit: str) -> str:
    words = unit.split()
    if words:
        low = words[-1].lower()
        if number == 1 and low in _SINGULAR_UNITS:
            words[-1] = _SINGULAR_UNITS[low]
        elif low in _PLURAL_UNITS:
            words[-1] = _PLURAL_UNITS[low]
        if number == 1 and len(words) > 1 and words[0].endswith("e"):
            words[0] = words[0][:-1] + ("e" if grammar.gender(words[-1]) == "f" else "er")
    return " ".join([str(number), *words]).replace(" %", " %")


#: "wenn alle Artikel vorrätig sind": a condition that names a state, its verb last.
_STATE_VERBS = {"ist", "sind", "hat", "haben", "liegt", "liegen", "besteht", "bestehen"}


def state_of(condition: str | None) -> str | None:
    """A condition that names a state, as a main clause: "alle Artikel sind vorrätig"."""
    if not condition:
        return None
    words = condition.strip(" ,.").split()
    if len(words) < 3 or words[0].lower() not in {"wenn", "falls", "sofern", "solange"}:
        return None
    verb = words[-1]
    if verb.lower() not in _STATE_VERBS or any(w in {"wird", "werden", "wurde"} for w in words):
        return None
    body = words[1:-1]
    subject_end = next((i for i, w in enumerate(body) if w[:1].isupper()), None)
    if subject_end is None:
        return None
    first = grammar.first_person_words(body[: subject_end + 1])
    return " ".join([*first, verb, *body[subject_end + 1 :]])


def _negated(state: str) -> str:
    """ "alle Artikel sind vorrätig" -> "nicht alle Artikel sind vorrätig"."""
    if state.startswith("alle "):
        return f"nicht {state}"
    words = state.split()
    for index, word in enumerate(words):
        if word in _STATE_VERBS:
            return " ".join([*words[: index + 1], "nicht", *words[index + 1 :]])
    return f"nicht {state}"


def fields_of(clause: Clause) -> list[str]:
    """The fields the requirement lists: "mit Titel, Fälligkeitsdatum und Priorität"."""
    rest = clause.rest
    if clause.constraint:
        rest = rest.replace(clause.constraint, "")
    candidates = []
    match = _WITH.search(rest)
    if match:
        candidates.append(match.group("list"))
    candidates.append(rest)
    for text in candidates:
        items = _items(text)
        if len(items) >= (2 if text is not rest else 3):
            return items
    return []


def _items(text: str) -> list[str]:
    parts = [p.strip(" ,") for p in re.split(r",\s*|\s+(?:und|oder|sowie)\s+", text) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 2 for p in parts):
        return []
    if any(re.search(r"\d", p) or not p.split()[-1][:1].isupper() for p in parts):
        return []
    return [" ".join(w for w in p.split() if w.lower() not in grammar.ARTICLES) for p in parts]


def _by(clause: Clause) -> list[str]:
    match = _BY.search(clause.rest)
    if not match:
        return []
    items = [p.strip() for p in re.split(r",\s*|\s+(?:und|oder)\s+", match.group("items"))]
    return [i for i in items if i and len(i.split()) <= 3 and i[:1].isupper()][:4]


def _by_happy(key: str, thing: Thing, by: list[str], when: str) -> tuple[str, str, str]:
    """ "nach Sorte, Preis und Herkunft": the order or the choice each of them makes."""
    listed = _and(by)
    if key == "sortieren":
        then = (
            f"stehen {thing.with_article(0)} nach {listed} geordnet, ohne dass die Seite neu lädt"
        )
        return (f"{thing.bare} unterscheiden sich in {listed}", when, then)
    chosen = _chosen(by[0])
    return (f"ich wähle {chosen}", when, f"sehe ich nur {thing.bare} mit {_dative(chosen)}")


def _by_unhappy(
    key: str, thing: Thing, by: list[str], trying: str, action: Action
) -> tuple[str, str, str]:
    if key == "sortieren":
        return (thing.fill(action.bad), trying, thing.fill(action.bad_then))
    chosen = _chosen(by[-1])
    then = "sehe ich, dass es keine Treffer gibt, und kann den Filter mit einem Klick entfernen"
    return (f"für {chosen} gibt es keine {thing.bare}", trying, then)


def _chosen(item: str) -> str:
    """ "Herkunft" -> "eine bestimmte Herkunft": an item as the value one picks."""
    noun = item.split()[-1]
    article = {"m": "einen bestimmten", "f": "eine bestimmte", "n": "ein bestimmtes"}
    return f"{article[grammar.gender(noun)]} {item}"


def _dative(phrase: str) -> str:
    """ "eine bestimmte Herkunft" -> "einer bestimmten Herkunft"; "14 Tage" -> "14 Tagen"."""
    words = phrase.split()
    if words and words[0].isdigit():
        if words[-1].endswith("e"):
            words[-1] += "n"
        return " ".join(words)
    forms = {"einen": "einem", "eine": "einer", "ein": "einem", "bestimmten": "bestimmten",
             "bestimmte": "bestimmten", "bestimmtes": "bestimmten"}  # fmt: skip
    return " ".join(forms.get(w, w) for w in words)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} und {items[-1]}"
