"""Criteria and benefits of one Spanish requirement, from what the requirement says.

    "Los clientes podrán cancelar una reserva hasta 24 horas antes."
    Dado que faltan 25 horas para el inicio, cuando cancelo una reserva, entonces la reserva
    queda anulada y recibo la confirmación.
    Dado que faltan 23 horas para el inicio, cuando intento cancelar una reserva, entonces
    veo que solo es posible hasta 24 horas antes, y no cambia nada.

The requirement's own facts come first: its condition, its limit on both sides of the number,
the fields it lists (one left empty), what it filters or sorts by, the person it qualifies in
brackets ("un colaborador (pasajero habilitado)"). The verb says the rest (``actions``): what
"reservar" or "denunciar" leads to, and how it fails. A requirement none of these read gets
None, and the writer's phrasing for its kind of action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generation.languages.clauses import Clause
from generation.languages.es.actions import SCOPED, THINGS, Action, action_of
from generation.languages.es.clauses import is_person, singular

__all__ = ["Thing", "benefit_of", "criteria_of", "fields_of", "limit_of"]


@dataclass
class Thing:
    """The requirement's object as criteria name it: "la reserva", its gender and number."""

    phrase: str
    plural: bool = False
    feminine: bool = False
    #: Without its article, for "hay ...": "libros", "notas privadas".
    bare: str = ""

    def fill(self, template: str) -> str:
        ending = (
            ("as" if self.feminine else "os") if self.plural else ("a" if self.feminine else "o")
        )
        pronoun = (
            ("las" if self.feminine else "los")
            if self.plural
            else ("la" if self.feminine else "lo")
        )
        words = {
            "o": self.phrase,
            "a": ending,
            "n": "n" if self.plural else "",
            "s": "s" if self.plural else "",
            "lo": pronoun,
            "bare": self.bare or self.phrase,
        }
        text = re.sub(r"\{(\w+)\}", lambda m: words.get(m.group(1), m.group(0)), template)
        # "l{lo}" after a verb is the clitic: "abrirl{lo}" -> "abrirla"
        text = re.sub(r"\bl(l[oa]s?)\b", r"\1", text)
        text = re.sub(r"(\w)l(l[oa]s?)\b", r"\1\2", text)
        return " ".join(text.split())


#: "hasta 24 horas antes", "máximo 5 fotos", "al menos 8 caracteres", "en 2 días".
_N = r"(?P<n>\d+)\s*(?P<unit>%|[^\W\d_]+)?"
_LIMITS = (
    (re.compile(rf"(?:hasta|con\s+(?:al\s+menos\s+)?|no\s+más\s+tarde\s+de\s+)\s*{_N}\s+(?:de\s+)?(?:antes|antelación)(?P<tail>.*)", re.I), "before"),  # noqa: E501
    (re.compile(rf"(?:hasta|como\s+máximo|un\s+máximo\s+de|máximo(?:\s+de)?|no\s+más\s+de|menos\s+de)\s+{_N}", re.I), "max"),  # noqa: E501
    (re.compile(rf"(?:al\s+menos|por\s+lo\s+menos|como\s+mínimo|un\s+mínimo\s+de|mínimo(?:\s+de)?)\s+{_N}", re.I), "min"),  # noqa: E501
    (re.compile(rf"(?:más\s+de|superior(?:es)?\s+a)\s+{_N}", re.I), "above"),
    (re.compile(rf"(?:dentro\s+de|en\s+un\s+plazo\s+(?:máximo\s+)?de|en\s+menos\s+de)\s+{_N}", re.I), "within"),  # noqa: E501
)  # fmt: skip
_SIZES = {"kb", "mb", "gb", "tb", "bytes"}
_ENTERING = {
    "crear", "registrar", "introducir", "ingresar", "insertar", "añadir", "agregar", "rellenar",
    "completar", "dar-de-alta", "registrarse", "darse-de-alta", "reservar", "enviar", "publicar",
    "escribir", "modificar", "editar", "actualizar", "subir", "pedir", "comprar", "contactar",
}  # fmt: skip
_FINDING = {"buscar", "encontrar", "localizar", "realizar-búsqueda", "filtrar", "ordenar", "ver"}
_LIST_INTRO = re.compile(
    r"(?:\bcon\s+(?:su|sus|el|la|los|las)?\s*|\bincluyendo\s+|\bindicando\s+|:\s*)(?P<list>.+)",
    re.I,
)
_BY = re.compile(r"\bpor\s+(?P<items>[^.;()]+)", re.I)
_ARTICLES = {"el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "mi", "mis"}


def criteria_of(
    clause: Clause,
    thing: Thing,
    when: str,
    trying: str,
    *,
    note: str = "",
    situation: str | None = None,
) -> list[str] | None:
    """2-5 criteria read from the requirement, or None when nothing in it says more than
    its kind of action. ``note`` qualifies the person ("soy pasajero habilitado")."""
    key, action = action_of(clause.verb, clause.rest)
    limit = limit_of(clause.constraint or _timing(clause.rest))
    fields = fields_of(clause)
    by = _by(clause) if key in _FINDING else []
    rule = _rule(clause.constraint) if clause.constraint and not limit else None
    action = SCOPED.get((action, scope_of(clause, thing)), action)
    if key in {"eliminar", "borrar"} and _head(thing.phrase) == "cuenta":
        action = _CLOSE_ACCOUNT
    if action is None and not (limit or fields or by or rule):
        return None
    action = action or _DEFAULT
    given = situation or thing.fill(action.ready)
    if note:
        given = f"{note} y {given}" if not rule else note
    done = thing.fill(action.done)
    happy: list[tuple[str, str, str]] = []
    unhappy: list[tuple[str, str, str]] = []
    if by:
        shown = _and(by)
        happy.append((f"hay resultados con distintos valores de {shown}", when,
                      f"solo veo los que coinciden con {_the(by)} que elegí"))  # fmt: skip
        unhappy.append((f"ninguno coincide con {_the(by[-1:])} elegid{_ending(by[-1])}", trying,
                        "veo que no hay resultados y puedo quitar el filtro"))  # fmt: skip
    else:
        happy.append((given, when, done))
    if rule:
        ok, bad = rule
        happy[0] = (f"{note} y {ok}" if note else ok, when, happy[0][2])
        unhappy.append((bad, trying, f"veo que solo es posible {clause.constraint.strip()}, "
                        "y no cambia nada"))  # fmt: skip
    if limit:
        ok, bad, refusal = limit
        happy = [(ok, when, done)]
        unhappy.append((bad, trying, refusal))
    if fields and key in _ENTERING:
        missing = fields[-1]
        unhappy.append((f"dejo vacío el campo «{missing}»", trying,
                        f"veo que falta «{missing}» y no se guarda nada"))  # fmt: skip
    elif len(fields) >= 2 and key not in _ENTERING:
        happy.append((given, when, f"veo {_and(fields)}"))
        unhappy.append((f"falta {fields[-1]}", when,
                        "veo el resto de datos sin un hueco vacío en su lugar"))  # fmt: skip
    if not unhappy:
        unhappy.append((thing.fill(action.bad), trying, thing.fill(action.bad_then)))
    written = []
    for given_, when_, then in [*happy[:3], *unhappy[:2]]:
        text = f"Dado que {given_}, cuando {when_}, entonces {then}."
        if text not in written:
            written.append(text)
    return written


_CLOSE_ACCOUNT = Action(
    "confirmo con mi contraseña que quiero borrar la cuenta",
    "mi cuenta y mis datos se borran y ya no puedo entrar con ella",
    "cancelo en el diálogo de confirmación",
    "mi cuenta sigue activa y no se borra nada",
    "",
)
_DEFAULT = Action(
    "tengo acceso al servicio",
    "la operación se completa y veo una confirmación",
    "el servicio no puede guardar los cambios",
    "veo un error y no se pierde nada de lo que introduje",
    "",
)


#: People who look after the product rather than use it.
_STAFF = re.compile(
    r"^(?:sub)?(?:administrador|moderador|gestor|editor|encargad|responsable)", re.I
)
_OFFENSIVE = re.compile(r"inadecuad|ofensiv|inapropiad|spam|abusiv", re.I)
_CONTENT = re.compile(r"^(?:comentario|post|publicaci|opini|reseña|mensaje|respuesta)", re.I)


def scope_of(clause: Clause, thing: Thing) -> str:
    """Whose thing the action is on: others' content kept in order, the catalogue, people,
    the person's private notes; "" for the person's own things."""
    head = _head(thing.phrase).split("/")[0]
    staff = bool(_STAFF.match(clause.role or ""))
    if is_person(singular(head)) or _STAFF.match(head):
        return "people"
    if _CONTENT.match(head) and (staff or _OFFENSIVE.search(clause.rest)):
        return "moderation"
    if staff:
        return "catalogue"
    if _CONTENT.match(head):
        return "own-content"
    if re.search(r"\bprivad", clause.rest, re.I):
        return "private"
    return ""


def benefit_of(clause: Clause, thing: Thing) -> str:
    """The gain of the requirement: what its object is for, else what its verb gives."""
    key, action = action_of(clause.verb, clause.rest)
    action = SCOPED.get((action, scope_of(clause, thing)), action)
    head = _head(thing.phrase)
    if head in THINGS and action is None or head in {"cuenta", "contraseña"}:
        return THINGS[head]
    if head in THINGS or head.rstrip("s") in THINGS:
        return THINGS.get(head) or THINGS[head.rstrip("s")]
    by = _by(clause) if key in _FINDING else []
    if by:
        return f"vea solo lo que coincide con {_the(by)} que busco"
    if action is not None and action.benefit:
        return thing.fill(action.benefit)
    return ""


def limit_of(constraint: str | None) -> tuple[str, str, str] | None:
    """Both sides of a stated number: "hasta 24 horas antes" -> 25 hours left and 23."""
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
            event = _event(match.group("tail"))
            return (
                f"faltan {_amount(number + 1, unit)} para {event}",
                f"faltan {_amount(max(number - 1, 0), unit)} para {event}",
                f"veo que solo es posible {said}, y no cambia nada",
            )
        if kind == "within":
            return (
                f"han pasado {_amount(max(number - 1, 0), unit)}",
                f"han pasado {_amount(number + 1, unit)}",
                f"veo que el plazo de {_amount(number, unit)} ya terminó, y no cambia nada",
            )
        allowed, refused = {
            "max": (number, number + 1),
            "min": (number, max(number - 1, 0)),
            "above": (number + 1, number),
        }[kind]
        subject = "el archivo ocupa" if unit.lower() in _SIZES else "la cantidad es de"
        return (
            f"{subject} {_amount(allowed, unit)}",
            f"{subject} {_amount(refused, unit)}",
            f"veo que el límite es de {_amount(number, unit)} y no se guarda nada",
        )
    return None


def _timing(rest: str) -> str | None:
    match = re.search(r"\b\d+\s+[^\W\d_]+\s+(?:antes|después)\b.*", rest)
    return f"hasta {match.group()}" if match and "antes" in match.group() else None


def _event(tail: str) -> str:
    match = re.match(r"\s*(?:de|del)\s+(.+)", tail or "")
    if not match:
        return "el inicio"
    phrase = match.group(1).strip(" .,")
    return phrase if tail.strip().startswith("de ") else f"el {phrase}"


def _amount(number: int, unit: str) -> str:
    if not unit:
        return str(number)
    if number == 1 and unit.endswith("s") and len(unit) > 3:
        unit = unit[:-2] if unit.endswith("es") and unit[-3] not in "aeiou" else unit[:-1]
    return f"{number} {unit}"


def _rule(constraint: str) -> tuple[str, str] | None:
    """ "siempre que no sea el conductor de la ruta" -> ("no soy ...", "soy ...")."""
    match = re.match(
        r"(?:siempre\s+que|solo\s+si|sólo\s+si|únicamente\s+si|si|cuando)\s+(?P<neg>no\s+)?"
        r"(?P<verb>sea|esté|tenga|haya)\s+(?P<x>.+)",
        constraint.strip(" ."),
        re.I,
    )
    if not match:
        return None
    verb = {"sea": "soy", "esté": "estoy", "tenga": "tengo", "haya": "he"}[match.group("verb")]
    said = f"{verb} {match.group('x')}"
    if match.group("neg"):
        return f"no {said}", said
    return said, f"no {said}"


def fields_of(clause: Clause) -> list[str]:
    """The fields the requirement lists: "con nombre, correo y contraseña" -> three."""
    rest = clause.rest
    if clause.constraint:
        rest = rest.replace(clause.constraint, "")
    candidates = []
    bracket = re.search(r"\(([^)]+)\)", rest)
    if bracket:
        candidates.append(bracket.group(1))
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
    text = re.split(r"[.;]", text)[0]
    parts = [p.strip(" ,") for p in re.split(r",\s*|\s+(?:y|e|o|u)\s+", text) if p.strip(" ,")]
    if len(parts) < 2 or any(len(p.split()) > 3 for p in parts):
        return []
    if any(re.search(r"\d", p) or p.split()[0].lower() in {"que", "a", "en", "de"} for p in parts):
        return []
    return [" ".join(w for w in p.split() if w.lower() not in _ARTICLES) or p for p in parts]


#: "precio por kilo", "tarifa por hora": a rate, not what a search is by.
_UNITS = {
    "kilo", "kg", "gramo", "litro", "metro", "hora", "día", "mes", "semana", "año",
    "persona", "unidad", "noche", "minuto", "km", "kilómetro", "cabeza",
}  # fmt: skip


def _by(clause: Clause) -> list[str]:
    match = _BY.search(clause.rest)
    if not match or match.group("items").split()[0].lower().strip(",.") in _UNITS:
        return []
    items = [
        p.strip() for p in re.split(r",\s*|\s+(?:y|e|o|u)\s+", match.group("items")) if p.strip()
    ]
    return [i for i in items if len(i.split()) <= 3][:4]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} y {items[-1]}"


def _the(items: list[str]) -> str:
    """ "el autor y el género": the items with an article each."""
    words = []
    for item in items:
        head = item.split()[0].lower()
        feminine = head.endswith(("a", "ión", "dad"))
        plural = head.endswith("s")
        article = ("las" if feminine else "los") if plural else ("la" if feminine else "el")
        words.append(f"{article} {item}")
    return _and(words)


def _ending(item: str) -> str:
    head = item.split()[0].lower()
    feminine = head.endswith(("a", "ión", "dad"))
    return ("as" if feminine else "os") if head.endswith("s") else ("a" if feminine else "o")


def _head(phrase: str) -> str:
    words = [w.lower() for w in phrase.split() if w.lower() not in _ARTICLES]
    return words[0] if words else ""


def role_note(clause: Clause) -> str:
    """ "un colaborador (pasajero habilitado)": the person as the brackets qualify them."""
    if not clause.role:
        return ""
    match = re.search(rf"\b{re.escape(clause.role)}\w*\s*\((?P<x>[^)]{{3,40}})\)", clause.source,
                      re.I)  # fmt: skip
    return f"soy {match.group('x').strip()}" if match else ""
