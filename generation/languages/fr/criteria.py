"""Criteria and benefits of one French requirement, from what the requirement says.

    "Le client peut annuler son rendez-vous au plus tard 24 heures avant."
    Étant donné qu'il reste 25 heures avant le rendez-vous, quand j'annule mon rendez-vous,
    alors ...; Étant donné qu'il reste 23 heures ..., alors je vois que ce n'est possible
    qu'au plus tard 24 heures avant, et rien n'est modifié.

The requirement's own facts come first: its limit on both sides of the number, the fields
or parts it lists (one missing), what it sorts or filters by, the person it qualifies in
brackets. The verb says the rest (``actions``). A requirement none of these read gets None,
and the writer's phrasing for its kind of action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generation.languages.clauses import Clause
from generation.languages.fr.actions import Action, action_of

__all__ = ["Thing", "benefit_of", "criteria_of", "fields_of", "limit_of", "role_note"]


@dataclass
class Thing:
    """The requirement's object as criteria name it: "les avis clients", gender and number."""

    phrase: str
    plural: bool = False
    feminine: bool = False

    def fill(self, template: str) -> str:
        ending = ("es" if self.feminine else "s") if self.plural else ("e" if self.feminine else "")
        pronoun = "les" if self.plural else ("la" if self.feminine else "le")
        words = {
            "o": self.phrase,
            "e": ending,
            "est": "sont" if self.plural else "est",
            "soit": "soient" if self.plural else "soit",
            "nt": "nt" if self.plural else "",
            "le": pronoun,
            "apparait": "apparaissent" if self.plural else "apparaît",
            "contient": "contiennent" if self.plural else "contient",
        }
        text = re.sub(r"\{(\w+)\}", lambda m: words.get(m.group(1), m.group(0)), template)
        text = re.sub(r"\bde les\b", "des", re.sub(r"\bde le\b", "du", text))
        text = re.sub(r"\bà les\b", "aux", re.sub(r"\bà le\b", "au", text))
        text = re.sub(r"\bje le rejette\b|\bje la rejette\b", lambda m: m.group(), text)
        return " ".join(text.split())


_N = r"(?P<n>\d+)\s*(?P<unit>%|[^\W\d_]+)?"
_LIMITS = (
    (re.compile(rf"(?:au\s+plus\s+tard|jusqu'à|au\s+moins)\s+{_N}\s+(?:avant|à\s+l'avance)", re.I), "before"),  # noqa: E501
    (re.compile(rf"(?:jusqu'à|au\s+plus|au\s+maximum|maximum|pas\s+plus\s+de|moins\s+de)\s+{_N}", re.I), "max"),  # noqa: E501
    (re.compile(rf"(?:au\s+moins|au\s+minimum|minimum|un\s+minimum\s+de)\s+{_N}", re.I), "min"),
    (re.compile(rf"(?:plus\s+de)\s+{_N}", re.I), "above"),
    (re.compile(rf"(?:dans\s+les|sous|en\s+moins\s+de|dans\s+un\s+délai\s+de)\s+{_N}", re.I), "within"),  # noqa: E501
)  # fmt: skip
_ENTERING = {"ajouter", "créer", "saisir", "remplir", "déposer", "laisser", "modifier", "éditer",
             "contacter", "prendre", "inscrire", "enregistrer"}  # fmt: skip
_LIST_INTRO = re.compile(r"(?:\bavec\s+|\bcomprenant\s+|\bdont\s+|:\s*)(?P<list>.+)", re.I)
_BY = re.compile(r"\bpar\s+(?P<items>[^.;()]+)", re.I)
_DEFAULT = Action(
    "j'ai accès au site",
    "l'opération se termine et je vois une confirmation",
    "le site ne parvient pas à enregistrer",
    "je vois une erreur et rien de ce que j'ai saisi n'est perdu",
    "",
)


def criteria_of(
    clause: Clause, thing: Thing, when: str, trying: str, *, note: str = ""
) -> list[str] | None:
    """2-5 criteria read from the requirement, or None when nothing in it says more than its
    kind of action."""
    key, action = action_of(clause.verb, clause.rest)
    limit = limit_of(clause.constraint)
    fields = fields_of(clause)
    by = _by(clause) if key in {"trier", "filtrer", "rechercher", "chercher"} else []
    if action is None and not (limit or fields or by):
        return None
    action = action or _DEFAULT
    given = thing.fill(action.ready)
    if note:
        given = f"{note} et {given}"
    done = thing.fill(action.done)
    if key == "accéder" and clause.purpose:  # the panel is for what the purpose says
        done = f"{thing.phrase} s'ouvre et je peux {clause.purpose.strip(' .')}"
        action = Action(action.ready, done, f"mon compte ne permet pas de {clause.purpose}",
                        action.bad_then, action.benefit)  # fmt: skip
    happy = [(given, when, done)]
    unhappy: list[tuple[str, str, str]] = []
    if by:
        happy = [(f"les résultats diffèrent par {_and(by)}", when,
                  f"je ne vois que ceux qui correspondent aux {_and(by)} choisis")]  # fmt: skip
    if limit:
        event = f"avant {thing.phrase}"
        ok, bad, refusal = (part.replace("avant le début", event) for part in limit)
        happy = [(ok, when, done)]
        unhappy.append((bad, trying, refusal))
    if fields and key in _ENTERING:
        missing = fields[-1]
        refusal = f"je vois qu'il manque « {missing} » et rien n'est enregistré"
        unhappy.append((f"je laisse vide le champ « {missing} »", trying, refusal))
    elif len(fields) >= 2:
        happy.append((given, when, f"je vois {_and(fields)}"))
        unhappy.append((f"{fields[-1]} n'est pas encore renseigné", when,
                        "le reste s'affiche sans case vide à sa place"))  # fmt: skip
    if not unhappy:
        unhappy.append((thing.fill(action.bad), trying, thing.fill(action.bad_then)))
    written = []
    for given_, when_, then in [*happy[:3], *unhappy[:2]]:
        opening = "Étant donné qu'" if given_[:1].lower() in "aeéèiouyh" else "Étant donné que "
        text = f"{opening}{given_}, quand {when_}, alors {then}."
        if text not in written:
            written.append(text)
    return written


def benefit_of(clause: Clause, thing: Thing) -> str:
    """The gain of the requirement: what its verb gives with its object."""
    _, action = action_of(clause.verb, clause.rest)
    return thing.fill(action.benefit) if action is not None and action.benefit else ""


def limit_of(constraint: str | None) -> tuple[str, str, str] | None:
    """Both sides of a stated number: "au plus tard 24 heures avant" -> 25 hours and 23."""
    if not constraint:
        return None
    for pattern, kind in _LIMITS:
        match = pattern.search(constraint)
        if not match:
            continue
        number = int(match.group("n"))
        unit = match.group("unit") or ""
        said = constraint.strip(" .,")
        if kind == "before":
            return (
                f"il reste {_amount(number + 1, unit)} avant le début",
                f"il reste {_amount(max(number - 1, 0), unit)} avant le début",
                f"je vois que ce n'est possible que {said}, et rien n'est modifié",
            )
        if kind == "within":
            return (
                f"{_amount(max(number - 1, 0), unit)} se sont écoulés",
                f"{_amount(number + 1, unit)} se sont écoulés",
                f"je vois que le délai de {_amount(number, unit)} est dépassé",
            )
        allowed, refused = {
            "max": (number, number + 1),
            "min": (number, max(number - 1, 0)),
            "above": (number + 1, number),
        }[kind]
        subject = "le fichier fait" if unit.lower() in {"ko", "mo", "go"} else "la valeur est de"
        return (
            f"{subject} {_amount(allowed, unit)}",
            f"{subject} {_amount(refused, unit)}",
            f"je vois que la limite est {said} et rien n'est enregistré",
        )
    return None


def _amount(number: int, unit: str) -> str:
    if not unit:
        return str(number)
    if number <= 1 and unit.endswith("s") and len(unit) > 3:
        unit = unit[:-1]
    return f"{number} {unit}"


def fields_of(clause: Clause) -> list[str]:
    """What the requirement lists: "la présentation, les services, les horaires et ..."."""
    rest = clause.rest
    if clause.constraint:
        rest = rest.replace(clause.constraint, "")
    candidates = []
    match = _LIST_INTRO.search(rest)
    if match:
        candidates.append(match.group("list"))
    candidates.append(rest)
    for text in candidates:
        items = _items(text)
        if len(items) >= (2 if text is not rest else 3):
            return items
    return []


def _items(text: str) -> list[str]:
    text = re.split(r"[.;(]", text)[0]
    parts = [p.strip(" ,") for p in re.split(r",\s*|\s+(?:et|ou)\s+", text) if p.strip(" ,")]
    if len(parts) < 2 or any(len(p.split()) > 6 for p in parts):
        return []
    if any(re.search(r"\d", p) or p.split()[0].lower() in {"que", "qui", "à", "dans"}
           for p in parts):  # fmt: skip
        return []
    return parts


def _by(clause: Clause) -> list[str]:
    match = _BY.search(clause.rest)
    if not match:
        return []
    items = [p.strip() for p in re.split(r",\s*|\s+(?:et|ou)\s+", match.group("items"))]
    return [i for i in items if i and len(i.split()) <= 3][:4]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} et {items[-1]}"


def role_note(clause: Clause) -> str:
    """ "un employé (mécanicien)": the person as the brackets qualify them."""
    if not clause.role:
        return ""
    match = re.search(rf"\b{re.escape(clause.role)}\w*\s*\((?P<x>[^)]{{3,40}})\)", clause.source,
                      re.I)  # fmt: skip
    return f"je suis {match.group('x').strip()}" if match else ""
