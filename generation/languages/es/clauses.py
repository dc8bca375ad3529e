"""Reading a Spanish requirement into clauses: who wants which action on what.

    "El cliente podrá cancelar o reprogramar una reserva hasta 24 horas antes."
    -> (cliente, "cancelar o reprogramar", "una reserva hasta 24 horas antes")
    "El camarero ve los pedidos de su zona y marca los platos como servidos."
    -> (camarero, ver, "los pedidos de mi zona"), (camarero, marcar, "los platos ...")

The predicate is found by its shape: a modal ("debe", "podrá", "tiene que", "ha de", "se
podrá", "es necesario") before infinitives; "permitir" with the role after it ("permite al
usuario reservar", "permite que el usuario cancele"); a finite verb after the subject ("El
camarero ve ..."); an infinitive opening a list item ("Reservar una mesa"); a user story
already written ("Como cliente, quiero ..."). Verb forms are told by ``grammar``. A product
as the subject ("La aplicación recordará ...") makes a clause about the system; a person
after it ("... al cliente") is who it serves. A sentence with no verb names features; a
noun of action becomes its verb ("Creación de cuentas" -> "crear cuentas").
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause, numbers_in
from generation.languages.es import PACK, grammar

__all__ = [
    "DETERMINERS",
    "PRODUCTS",
    "first_person_words",
    "is_person",
    "read_clauses",
    "singular",
]

_TOKEN = re.compile(r"[«»\"“”]|\d+(?:[.,]\d+)+|[\w][\w\-’'/.]*[\w]|[\w]|[^\w\s]", re.U)
_FUTURE = re.compile(
    r"""^\W*(?:en\s+el\s+futuro|más\s+adelante|a\s+futuro|posteriormente|en\s+una\s+
    (?:segunda|futura|próxima)\s+(?:fase|versión|etapa))\s*[:,—–-]?\s*""",
    re.I | re.X,
)
#: Words that open a condition before the requirement ("Si el pago falla, ...").
_CONDITION_OPENERS = {
    "si", "cuando", "al", "tras", "después", "antes", "mientras", "durante", "por", "una",
    "en", "cada", "siempre",
}  # fmt: skip
_PURPOSE = re.compile(
    r"""(?:,\s*|\s+)(?P<marker>para\s+que|a\s+fin\s+de(?:\s+que)?|con\s+el\s+(?:fin|objetivo|
    propósito)\s+de(?:\s+que)?|de\s+(?:modo|forma|manera)\s+que|para(?:\s+poder)?)\s+""",
    re.I | re.X,
)
_AMOUNT = (
    r"(?:\d|\b(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|"
    r"treinta|cuarenta|cincuenta|cien|mil)\b)"
)
_CONSTRAINT = re.compile(
    rf"""(?:hasta|como\s+máximo|como\s+mínimo|un\s+máximo\s+de|un\s+mínimo\s+de|máximo|mínimo|
    al\s+menos|por\s+lo\s+menos|no\s+más\s+(?:de|tarde\s+de)|menos\s+de|más\s+de|dentro\s+de|
    en\s+un\s+plazo\s+(?:máximo\s+)?de)\s+[^,.;]*?{_AMOUNT}[^,.;]*
    |\bcon\s+(?:al\s+menos\s+)?[^,.;]*?{_AMOUNT}[^,.;]*?de\s+antelación
    |\b(?:solo|sólo|solamente|únicamente)\s+[^,.;]{{3,80}}""",
    re.I | re.X,
)
DETERMINERS = frozenset(
    """el la los las lo un una unos unas todo toda todos todas cada cualquier cualquiera
    este esta estos estas ese esa esos esas dicho dicha dichos dichas nuestro nuestra nuestros
    nuestras su sus mi mis tu tus al del""".split()
)
_PREPOSITIONS = frozenset(
    """a ante bajo con contra de desde en entre hacia hasta para por según sin sobre tras
    mediante durante al del vía""".split()
)
_CONJUNCTIONS = frozenset({"y", "e", "o", "u", "ni", "y/o", "/"})
#: Modals before an infinitive: the words they take, the infinitive after them.
_MODALS = {
    "debe", "deben", "deberá", "deberán", "debería", "deberían", "puede", "pueden", "podrá",
    "podrán", "podría", "podrían", "necesita", "necesitan", "quiere", "quieren", "desea",
    "desean", "requiere", "requieren", "sabrá", "sabe",
}  # fmt: skip
#: Modals that say what a person may do rather than what must happen.
_MAY = {"puede", "pueden", "podrá", "podrán", "podría", "podrían"}
_HAVE = {"tiene", "tienen", "tendrá", "tendrán", "tendría", "tendrían"}
_HAVE_OF = {"ha", "han", "habrá", "habrán"}
_IMPERSONAL = {"es", "será", "sería"}
_IMPERSONAL_WORDS = {
    "posible", "necesario", "obligatorio", "imprescindible", "recomendable", "deseable",
    "importante", "fundamental",
}  # fmt: skip
#: Words after a modal that lead to the infinitive: "debe poder", "tendrá la opción de".
_LEADS = (
    ("poder",), ("ser", "capaz", "de"), ("ser", "capaces", "de"), ("tener", "la", "posibilidad",
    "de"), ("tener", "la", "opción", "de"), ("tener", "la", "capacidad", "de"),
    ("estar", "en", "condiciones", "de"), ("la", "posibilidad", "de"), ("la", "opción", "de"),
    ("capaz", "de"), ("capaces", "de"),
)  # fmt: skip
_LETS = {
    "permite", "permiten", "permitirá", "permitirán", "permitir", "permitiría", "permita",
    "permitan", "deja", "dejará", "dejar", "posibilita", "posibilitará", "posibilitar",
}  # fmt: skip
#: Verbs of the product's builders: "Implementar el buscador" names a feature.
_BUILD = {
    "implementar", "desarrollar", "incluir", "integrar", "proporcionar", "ofrecer",
    "habilitar", "disponer", "soportar", "construir", "diseñar", "proveer", "contemplar",
    "incorporar", "existir", "haber",
}  # fmt: skip
#: Verbs whose object is the feature itself ("Existirá un buscador", "Habrá un chat").
_THERE_IS = {"existir", "haber", "contar", "disponer", "tener", "incluir", "ofrecer"}
#: What the product offers is a feature: "La plataforma ofrecerá un buscador".
_OFFERS = _THERE_IS | {
    "proporcionar", "integrar", "soportar", "habilitar", "incorporar", "contemplar",
    "implementar",
}  # fmt: skip
PRODUCTS = frozenset(
    """sistema aplicación aplicacion app aplicativo plataforma web sitio portal servicio
    herramienta programa software bot servidor backend api módulo modulo interfaz página
    pantalla panel tienda solución producto""".split()
)
_PEOPLE = frozenset(
    """
    usuario usuaria cliente clienta administrador administradora admin gestor gestora paciente
    médico médica doctor doctora enfermero enfermera alumno alumna estudiante profesor
    profesora docente empleado empleada trabajador trabajadora gerente comprador compradora
    vendedor vendedora visitante invitado invitada socio socia miembro lector lectora autor
    autora editor editora moderador moderadora operador operadora técnico técnica conductor
    conductora chófer pasajero pasajera viajero viajera huésped anfitrión anfitriona
    propietario propietaria dueño dueña inquilino inquilina arrendador arrendatario repartidor
    repartidora mensajero mensajera camarero camarera cocinero cocinera recepcionista cajero
    cajera supervisor supervisora coordinador coordinadora responsable jefe jefa director
    directora organizador organizadora asistente participante jugador jugadora entrenador
    entrenadora deportista atleta ciudadano ciudadana vecino vecina residente candidato
    candidata reclutador reclutadora suscriptor suscriptora seguidor seguidora creador
    creadora desarrollador desarrolladora diseñador diseñadora analista contable auditor
    auditora agente asesor asesora consultor consultora tutor tutora padre madre hijo hija
    niño niña familiar persona personal comercial farmacéutico farmacéutica veterinario
    veterinaria dentista abogado abogada mecánico mecánica instructor instructora voluntario
    voluntaria donante beneficiario beneficiaria solicitante evaluador evaluadora revisor
    revisora subadministrador superadministrador superusuario comensal turista maestro
    maestra bibliotecario bibliotecaria consumidor consumidora cuidador cuidadora terapeuta
    psicólogo psicóloga nutricionista fotógrafo fotógrafa artista inversor inversora
    investigador investigadora periodista afiliado afiliada abonado abonada interesado
    interesada conductor chofer operario operaria encargado encargada dependiente gente
    """.split()
)
_FIRST_PERSON = {
    "su": "mi", "sus": "mis", "suyo": "mío", "suya": "mía", "suyos": "míos", "suyas": "mías",
}  # fmt: skip
#: "por el mismo", "por él": the person the story speaks for.
_BY_SELF = re.compile(
    r"\b(?:por|para)\s+(?:s[ií]\s+mism[oa]s?|él\s+mismo|ella\s+misma|el\s+mismo|la\s+misma|"
    r"él|ella|ellos|ellas|ellos\s+mismos)\b",
    re.I,
)
#: "le gusta", "le resulten ofensivos": the person's own feelings.
_FEELING = re.compile(
    r"\bles?\s+(?=(?:gust|interes|result|parec|import|conven|apetec|encant|moles)\w*)", re.I
)
#: Nouns that name an action, and the verb a wish names it with ("Creación de cuentas").
_DEVERBAL = {
    "creación": "crear", "búsqueda": "buscar", "gestión": "gestionar", "eliminación":
    "eliminar", "borrado": "borrar", "modificación": "modificar", "edición": "editar",
    "registro": "registrar", "reserva": "reservar", "compra": "comprar", "pago": "pagar",
    "descarga": "descargar", "exportación": "exportar", "importación": "importar",
    "carga": "cargar", "subida": "subir", "envío": "enviar", "visualización": "visualizar",
    "consulta": "consultar", "validación": "validar", "uso": "usar", "utilización":
    "utilizar", "publicación": "publicar", "cancelación": "cancelar", "selección":
    "seleccionar", "filtrado": "filtrar", "ordenación": "ordenar", "administración":
    "administrar", "actualización": "actualizar", "resolución": "resolver", "manejo":
    "manejar", "manipulación": "manipular", "despliegue": "desplegar", "almacenamiento":
    "almacenar", "generación": "generar", "impresión": "imprimir", "cálculo": "calcular",
    "asignación": "asignar", "configuración": "configurar", "personalización":
    "personalizar", "valoración": "valorar", "comparación": "comparar", "recuperación":
    "recuperar", "verificación": "verificar", "notificación": "notificar", "seguimiento":
    "seguir", "control": "controlar", "bloqueo": "bloquear", "desbloqueo": "desbloquear",
    "marcado": "marcar", "solicitud": "solicitar", "aprobación": "aprobar", "revisión":
    "revisar", "integración": "integrar", "sincronización": "sincronizar", "programación":
    "programar", "planificación": "planificar", "organización": "organizar",
    "clasificación": "clasificar", "evaluación": "evaluar", "inscripción": "inscribir",
    "venta": "vender", "alquiler": "alquilar", "adjunto": "adjuntar", "cambio": "cambiar",
    "traducción": "traducir", "comprobación": "comprobar", "monitorización": "monitorizar",
    "creacion": "crear", "gestion": "gestionar", "busqueda": "buscar",
}  # fmt: skip
#: Leading words that say "the possibility of": what follows is the action.
_ABILITY = {"posibilidad", "opción", "opcion", "capacidad", "funcionalidad", "función"}


#: Where one requirement's text holds several: a new sentence, or a list item " - ...".
_PIECES = re.compile(r"(?<=[.:;])\s+(?:-\s+)?(?=[A-ZÁÉÍÓÚÑ¿¡])|\s+-\s+(?=[A-ZÁÉÍÓÚÑ])")
#: A sentence that ends where a list was to follow: "..., de manera que:".
_OPEN_END = re.compile(
    r",?\s*(?:de\s+(?:manera|modo|forma)\s+que|tal\s+que|para\s+que|para|como)\s*$", re.I
)
_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[a-z]\))\s+")


def read_clauses(text: str) -> list[Clause]:
    """The clauses of one requirement (sentences or list items), in order; never empty."""
    source = " ".join(text.split())
    pieces = [piece for piece in _PIECES.split(source) if len(piece.split()) >= 2]
    clauses = [clause for piece in pieces or [source] for clause in _read_one(piece)]
    for clause in clauses:
        clause.source = source
    return clauses or [Clause(source=source, role=None, verb="", rest=source, obj=source)]


def _read_one(source: str) -> list[Clause]:
    body = _FUTURE.sub("", _NUMBERING.sub("", source.lstrip(" ,;:.-–—"))).strip(" .;:")
    body = re.sub(r"\s*\((?:opcional|optional)\)\s*$", "", body, flags=re.I).strip(" .;:")
    body = _OPEN_END.sub("", body)
    purpose = None
    written = PACK.story_frame.match(body) if PACK.story_frame else None
    if written:  # "Como cliente, quiero cancelar una reserva para liberar la mesa"
        body = written.group("goal")
        benefit = (written.group("benefit") or "").strip(" .")
        if benefit:
            marker = _marker_before(source, benefit)
            purpose = f"que {benefit}" if marker.endswith("que") else benefit
    else:
        purpose, body = _purpose(body)
    tokens = _TOKEN.findall(body)
    condition, tokens = _leading_condition(tokens)
    if written and tokens and tokens[0].lower() == "que":
        clauses = _finite(tokens[1:], subjunctive=True) or _features(tokens[1:])
    else:
        clauses = _predicates(tokens) or _features(tokens)
    role = _role(_TOKEN.findall(written.group("role"))) if written else None
    purpose_role = _purpose_person(purpose)
    for clause in clauses:
        clause.source = source
        clause.role = role or clause.role
        if clause.role is None and purpose_role:
            clause.role = purpose_role  # "Se habilitará un formulario para que los usuarios ..."
        clause.purpose = clause.purpose or purpose
        clause.condition = clause.condition or condition
        if clause.condition is None and clause.verb:
            clause.rest, clause.condition = _trailing_condition(clause.rest)
        found = _CONSTRAINT.search(clause.rest)
        clause.constraint = found.group().strip() if found else None
        clause.numbers = numbers_in(clause.rest if clause.verb else source)
    return clauses


def _marker_before(source: str, benefit: str) -> str:
    start = source.find(benefit)
    return " ".join(source[:start].lower().split()[-2:]) if start > 0 else ""


def _purpose(body: str) -> tuple[str | None, str]:
    """The document's own reason ("para que ...", "para + infinitive"), and the rest."""
    lead = re.match(r"^\s*para\s+(?P<p>[^,]+?)(?:,\s*|\s+(?=se\s))(?P<rest>.+)$", body, re.I)
    if lead and grammar.is_infinitive(lead.group("p").split()[0]):
        return lead.group("p").strip(), lead.group("rest")
    for match in _PURPOSE.finditer(body):
        if match.start() == 0:
            continue
        marker = " ".join(match.group("marker").lower().split())
        purpose = body[match.end() :].strip(" .")
        if marker.endswith("que"):
            return f"que {purpose}", body[: match.start()]
        first = purpose.split()[0] if purpose.split() else ""
        if grammar.is_infinitive(first):
            return purpose, body[: match.start()]
    return None, body


def _purpose_person(purpose: str | None) -> str | None:
    """The person a "para que los usuarios puedan ..." names, singular."""
    if not purpose or not purpose.startswith("que "):
        return None
    words = _TOKEN.findall(purpose[4:])[:4]
    return _role(words[: _noun_phrase_end(words)])


_TRAILING = re.compile(
    r"(?:^|,\s*|\s+)(?P<c>(?:cuando|en\s+caso\s+de\s+que|siempre\s+que|una\s+vez\s+que)\s.+)$"
    r"|,\s*(?P<s>si\s.+)$",
    re.I,
)


def _trailing_condition(rest: str) -> tuple[str, str | None]:
    """ "un aviso cuando el pedido esté listo" -> ("un aviso", "cuando el pedido ...")."""
    words = rest.split()
    for index, word in enumerate(words[:-1]):
        if word.lower() in {"al", "tras"} and grammar.is_infinitive(words[index + 1]):
            return " ".join(words[:index]).strip(" ,"), " ".join(words[index:])
    match = _TRAILING.search(rest)
    if not match:
        return rest, None
    return rest[: match.start()].strip(" ,"), (match.group("c") or match.group("s")).strip()


def _leading_condition(tokens: list[str]) -> tuple[str | None, list[str]]:
    """ "Si el pago es rechazado, el sistema ..." -> the condition, and the rest."""
    low = [token.lower() for token in tokens]
    if not low or low[0] not in _CONDITION_OPENERS:
        return None, tokens
    if low[0] == "una" and low[1:3] != ["vez", "que"]:
        return None, tokens
    if low[0] == "en" and low[1:2] != ["caso"]:
        return None, tokens
    if low[0] == "cada" and low[1:2] != ["vez"]:
        return None, tokens
    if low[0] == "siempre" and low[1:2] != ["que"]:
        return None, tokens
    if low[0] in {"por", "al"} and not (len(low) > 1 and grammar.is_infinitive(low[1])):
        return None, tokens
    for index, token in enumerate(tokens):
        if token == ",":
            if index < 2 or index + 1 >= len(tokens):
                return None, tokens
            return _join(tokens[:index]), tokens[index + 1 :]
    return None, tokens


# -- predicates -------------------------------------------------------------------------------


def _predicates(tokens: list[str]) -> list[Clause]:
    """Clauses around the sentence's predicate(s), or [] when it has no verb."""
    low = [token.lower() for token in tokens]
    for index, word in enumerate(low):
        if word in _LETS and _lets_follows(low, index):
            return _lets(tokens, low, index)
        modal = _modal_at(low, index)
        if modal:
            length, kind = modal
            start = _after_leads(low, index + length)
            if start < len(low) and low[start] in _LETS and _lets_follows(low, start):
                return _lets(tokens, low, start)
            subject = tokens[:index]
            if len(subject) > 1 and low[index - 1] == "se" and not _role(subject[:-1]):
                # "Las reservas se podrán cancelar": the subject is what the action is on
                moved = [_lower_word(subject[0]), *subject[1:-1]]
                predicate = [tokens[start], *moved, *tokens[start + 1 :]]
                clauses = _clauses_after([], predicate, mode="infinitive")
                for clause in clauses:
                    clause.system = None if kind in {"may", "impersonal-may"} else ""
                return clauses
            if start < len(low) and low[start] in {"ser", "estar"}:
                being = ["poder", low[start]] if kind == "may" else [low[start]]
                return [_state(subject, being, tokens[start + 1 :])]
            if start < len(low) and (grammar.is_infinitive(low[start]) or low[start] == "no"):
                clauses = _clauses_after(subject, tokens[start:], mode="infinitive")
                if _impersonal(subject, kind):
                    for clause in clauses:
                        clause.role = None
                        clause.system = None if kind in {"may", "impersonal-may"} else ""
                return clauses
            if kind.startswith("impersonal"):
                return _features(tokens[start:])  # "Es necesario un buscador de cursos"
        if index == 0 and grammar.is_infinitive(word):
            if word == "poder" and len(low) > 1 and grammar.is_infinitive(low[1]):
                return _clauses_after([], tokens[1:], mode="infinitive")
            if word in _BUILD:
                return []  # "Implementar el buscador": a feature, named by its noun
            return _clauses_after([], tokens, mode="infinitive")
        if _finite_at(low, index):
            return _finite(tokens)
    return []


def _modal_at(low: list[str], index: int) -> tuple[int, str] | None:
    """The length and kind ("may", "must", "impersonal", "impersonal-may") of a modal."""
    word = low[index]
    following = low[index + 1] if index + 1 < len(low) else ""
    if word in _MODALS and (grammar.is_infinitive(following) or following == "no"):
        return 1, "may" if word in _MAY else "must"
    if word in _HAVE and following == "que":
        return 2, "must"
    if word in _HAVE and low[index + 1 : index + 4] in (
        ["la", "posibilidad", "de"], ["la", "opción", "de"], ["la", "capacidad", "de"],
    ):  # fmt: skip
        return 4, "may"
    if word in {"es", "será", "son", "serán"} and low[index + 1 : index + 3] in (
        ["capaz", "de"], ["capaces", "de"],
    ):  # fmt: skip
        return 3, "may"
    if word in _HAVE_OF and following == "de":
        return 2, "must"
    if word in {"hay", "habrá"} and following == "que":
        return 2, "impersonal"
    if word in _IMPERSONAL and following in _IMPERSONAL_WORDS and index <= 1:
        return 2, "impersonal-may" if following == "posible" else "impersonal"
    return None


def _after_leads(low: list[str], start: int) -> int:
    """Skip "poder", "ser capaz de", "tener la posibilidad de" after a modal."""
    for lead in _LEADS:
        if tuple(low[start : start + len(lead)]) == lead:
            return start + len(lead)
    return start


def _impersonal(subject: list[str], kind: str) -> bool:
    words = [word.lower() for word in subject]
    return kind.startswith("impersonal") or words in (["se"], ["no", "se"], ["se", "no"])


def _lets_follows(low: list[str], index: int) -> bool:
    """Whether "permite" is followed by a role or an action, not by a noun."""
    following = low[index + 1 : index + 6]
    if not following:
        return False
    if following[0] in {"a", "al", "que"} or grammar.is_infinitive(following[0]):
        return True
    return following[0] in {"le", "les"}


def _lets(tokens: list[str], low: list[str], index: int) -> list[Clause]:
    """ "El sistema permitirá al usuario reservar ...": the role, then its action."""
    subject = tokens[:index]
    rest, rest_low = tokens[index + 1 :], low[index + 1 :]
    system = _system(subject)
    if rest_low and rest_low[0] in {"le", "les"}:
        rest, rest_low = rest[1:], rest_low[1:]
    if rest_low and rest_low[0] == "que":
        clauses = _finite(rest[1:], subjunctive=True)
        for clause in clauses:
            if clause.role is None and clause.system is None:
                clause.system = system or ""
        return clauses
    role_words: list[str] = []
    if rest_low and rest_low[0] in {"a", "al"}:
        if rest_low[0] == "al":
            role_words = ["el"]
        rest, rest_low = rest[1:], rest_low[1:]
        while rest and not grammar.is_infinitive(rest_low[0]) and len(role_words) < 6:
            role_words.append(rest.pop(0))
            rest_low.pop(0)
    clauses = _clauses_after([], rest, mode="infinitive")
    role = _role(role_words) if role_words else None
    for clause in clauses:
        clause.role = role
        clause.system = None
    return clauses


def _finite(tokens: list[str], *, subjunctive: bool = False) -> list[Clause]:
    """ "El camarero ve los pedidos ...": the subject, then its verbs in the present."""
    low = [token.lower() for token in tokens]
    for index in range(min(len(low), 9)):
        if _finite_at(low, index, subjunctive=subjunctive):
            subject, predicate = tokens[:index], tokens[index:]
            reflexive = False
            kept = len(_without_clitics([t.lower() for t in subject]))
            while len(subject) > kept:
                clitic = subject.pop().lower()
                if clitic == "se":
                    reflexive = True
                elif clitic == "no":
                    predicate = ["no", *predicate]
            role, system = _subject(subject)
            if reflexive and role is None:
                # "Se enviará un correo", "Las notificaciones se enviarán por SMS": the
                # product does it, to what the subject names
                moved = [_lower_word(subject[0]), *subject[1:]] if subject else []
                predicate = [predicate[0], *moved, *predicate[1:]]
                subject, system, reflexive = [], "", False
            verb = grammar.infinitive_of(low[index], subjunctive_mood=subjunctive)
            if verb in _THERE_IS and role is None:
                return _features(predicate[1:]) if predicate[1:] else []
            return _clauses_after(
                subject,
                predicate,
                mode="subjunctive" if subjunctive else "finite",
                reflexive=reflexive,
                subject_parts=(role, system),
            )
    return []


def _finite_at(low: list[str], index: int, *, subjunctive: bool = False) -> bool:
    """Whether the word at ``index`` is the finite verb after a short subject."""
    word = low[index]
    if not word.isalpha() or word in DETERMINERS or word in _PREPOSITIONS:
        return False
    subject = _without_clitics(low[:index])
    if len(subject) > 8 or any(w in {",", ":", ";", "que"} for w in subject):
        return False
    known = grammar.known_form(word, subjunctive_mood=subjunctive)
    following = low[index + 1] if index + 1 < len(low) else ""
    if not subject:
        if not known:
            return False
        return not (index == 0 and (following in _PREPOSITIONS or not following))
    if subject[0] not in DETERMINERS and not _is_person_word(subject[0]):
        return False
    head = _head(subject)
    if not head:
        return False  # "La tienda": an article and its noun
    if known:
        return following != "de" or _is_person_word(head) or head in PRODUCTS
    if not (_is_person_word(head) or head in PRODUCTS):
        return False
    if grammar.infinitive_of(word, subjunctive_mood=subjunctive) is None:
        return False
    return not following or following in DETERMINERS or following in _PREPOSITIONS


def _without_clitics(words: list[str]) -> list[str]:
    """The subject before a verb without the pronouns attached to the verb ("se", "le").

    "la", "lo", "los", "las" are pronouns only after a subject ("El sistema la envía");
    first in the sentence they are articles ("La tienda").
    """
    words = list(words)
    while words and words[-1] in {"se", "le", "les", "no", "me", "lo", "la", "los", "las"}:
        if words[-1] in {"lo", "la", "los", "las"} and len(words) == 1:
            break
        words.pop()
    return words


def _state(subject: list[str], being: list[str], predicate: list[str]) -> Clause:
    """ "La aplicación ha de ser escalable": how a thing (or a person) is."""
    negative = bool(subject) and subject[-1].lower() == "no"
    role, system = _subject(_strip_no(subject))
    verb = " ".join((["no"] if negative else []) + being)
    return Clause(
        source="",
        role=role,
        verb=verb,
        rest=_join(predicate),
        obj="",
        system=None if role else (system or ""),
    )


def _strip_no(words: list[str]) -> list[str]:
    return words[:-1] if words and words[-1].lower() == "no" else words


def _clauses_after(
    subject: list[str],
    predicate: list[str],
    *,
    mode: str,
    reflexive: bool = False,
    subject_parts: tuple[str | None, str | None] | None = None,
) -> list[Clause]:
    negative = bool(subject) and subject[-1].lower() == "no"
    subject = _strip_no(subject)
    role, system = subject_parts if subject_parts else _subject(subject)
    clauses = []
    for verb_words, rest in _split_predicates(predicate, mode=mode):
        verbs = _verb_phrase(verb_words, mode, reflexive)
        offered = system is not None and role is None and verbs in _OFFERS and rest
        if offered and (not system or _head(system.split()) in PRODUCTS):
            features = _features(rest)  # "La plataforma ofrecerá un buscador": a feature
            if features:
                clauses += features
                continue
        if negative and role and system is None:
            # "El cliente no podrá reservar más de 3 mesas": a rule of the product
            clauses.append(
                Clause(
                    source="",
                    role=role,
                    verb=f"no poder {verbs}",
                    rest=_join(first_person_words(rest)),
                    obj=_object_of(rest),
                    system="",
                )
            )
            continue
        if negative and not verbs.startswith("no "):
            verbs = f"no {verbs}"
        clause_role = role
        if system is not None:
            clause_role, rest = _served_person(rest, role)
        if grammar.split_clitic(verbs.split()[-1])[0] == "dar" and [
            word.lower() for word in rest[:2]
        ] in (["de", "alta"], ["de", "baja"]):
            verbs, rest = f"{verbs} de {rest[1].lower()}", rest[2:]  # "darse de alta"
        for object_words in _split_objects(rest):
            owners = _people_named_before(clauses, object_words)
            if owners:  # "buscar cuidadores y ver sus reseñas": the sitters' reviews
                object_words = _owned_by(object_words, owners)
            if system is None or clause_role:
                object_words = first_person_words(object_words, plural=_plural_subject(subject))
            clauses.append(
                Clause(
                    source="",
                    role=clause_role,
                    verb=verbs,
                    rest=_join(object_words),
                    obj=_object_of(object_words),
                    system=system,
                )
            )
    return clauses


def _verb_phrase(words: list[str], mode: str, reflexive: bool) -> str:
    """The verbs as a wish names them: infinitives, joined as written ("cancelar o ...")."""
    out: list[str] = []
    for word in words:
        low = word.lower()
        if low in _CONJUNCTIONS or low == "no":
            out.append(low)
            continue
        if low in {"se", "le", "les", "lo", "la", "los", "las", "me"}:
            reflexive = reflexive or low == "se"
            continue
        parts = []
        for part in low.split("/"):
            if mode == "infinitive" or grammar.is_infinitive(part):
                base = part
            else:
                base = grammar.infinitive_of(part, subjunctive_mood=mode == "subjunctive") or part
                if reflexive and not base.endswith("se"):
                    base += "se"
            parts.append(base)
        verb = "/".join(parts)
        if out and out[-1] == verb:
            continue  # "crear crear subadministradores"
        out.append(verb)
    while out and out[-1] in _CONJUNCTIONS:
        out.pop()
    return " ".join(out)


def _split_predicates(tokens: list[str], *, mode: str) -> list[tuple[list[str], list[str]]]:
    """Each verb group and what follows it; verbs joined straight by "o"/"y" share it."""
    groups: list[tuple[list[str], list[str]]] = []
    verbs: list[str] = []
    rest: list[str] = []
    skip = False
    for index, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        low = token.lower()
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        if (
            rest
            and rest[-1].lower() in {",", "y", "e"}
            and low in _MODALS
            and grammar.is_infinitive(following)
            and (_has_object(rest[:-1]) or len(rest) == 1)
        ):
            # "ve la lista y puede cancelar una clase": the modal's verb is the wish
            before = _strip_joint(rest)
            groups.append((verbs, before))
            verb, clitic = grammar.split_clitic(tokens[index + 1])
            if clitic in {"lo", "la", "los", "las"}:  # "reservar una mesa y puede cancelarla"
                verbs, rest = [verb], _object_words_of(before)
            else:
                verbs, rest = [tokens[index + 1]], []
            skip = True
            continue
        if not verbs:  # the first verb, or the pronoun or "no" before it
            verbs.append(token)
            continue
        if not rest and low == verbs[-1].lower():
            continue  # "crear crear subadministradores"
        if not rest and low in _CONJUNCTIONS and _starts_verb(following, mode, first=False):
            verbs.append(token)
            continue
        if not rest and verbs[-1].lower() in _CONJUNCTIONS | {"no", "se"}:
            if _starts_verb(low, mode, first=True):
                verbs.append(token)
                continue
        if not rest and verbs[-1].lower() in {"no", "se", "le", "les", "lo", "la", "me"}:
            verbs.append(token)
            continue
        if (
            rest
            and following
            and rest[-1].lower() in {",", "y", "e", "o", "u", ";", "y/o"}
            and _starts_verb(low, mode, first=False, following=following)
            and _has_object(rest[:-1])
        ):
            groups.append((verbs, _strip_joint(rest)))
            verbs, rest = [token], []
            continue
        clitic_verb = low in {"se", "no"} and _starts_verb(following, mode, True)
        if rest and rest[-1] == "," and clitic_verb:
            groups.append((verbs, _strip_joint(rest)))
            verbs, rest = [token], []
            continue
        rest.append(token)
    if verbs:
        groups.append((verbs, _strip_joint(rest)))
    return [(v, r) for v, r in groups if v]


def _object_words_of(rest: list[str]) -> list[str]:
    """The object's words at the start of ``rest`` ("una mesa" of "una mesa para cuatro")."""
    obj = _object_of(rest).split()
    return rest[: len(obj)] if obj else rest


def _starts_verb(word: str, mode: str, first: bool, following: str = "") -> bool:
    if not word or not word.replace("/", "").isalpha() or word in DETERMINERS:
        return False
    if mode == "infinitive":
        return grammar.is_infinitive(word)
    if grammar.known_form(word, subjunctive_mood=mode == "subjunctive") is None:
        return False
    return following not in {"de", "del"} or first


def _has_object(tokens: list[str]) -> bool:
    return any(token.isalnum() and token.lower() not in _CONJUNCTIONS for token in tokens)


def _strip_joint(tokens: list[str]) -> list[str]:
    while tokens and tokens[-1].lower() in {",", "y", "e", "o", "u", ";", ".", "y/o"}:
        tokens = tokens[:-1]
    return tokens


def _split_objects(tokens: list[str]) -> list[list[str]]:
    """Separate features joined by "y": "una confirmación por SMS y un recordatorio ..."."""
    parts, current = [], []
    for token in tokens:
        if token.lower() in {"y", "e"} and current:
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    if (
        len(parts) > 1
        and all(_content_words(p) >= 2 and "," not in p for p in parts)
        and all(p and p[0].lower() in DETERMINERS for p in parts[1:])
    ):
        return parts
    return [tokens]


def _content_words(tokens: list[str]) -> int:
    return sum(
        1
        for t in tokens
        if t.isalnum() and t.lower() not in DETERMINERS | _PREPOSITIONS | PACK.stopwords
    )


# -- subjects and the people they name --------------------------------------------------------


def _subject(subject: list[str]) -> tuple[str | None, str | None]:
    """(role, system) of a subject: a person is a role, anything else the product or a thing."""
    words = [w for w in subject if w.isalnum() or "-" in w or "." in w]
    if not words:
        return None, None
    role = _role(words)
    if role:
        return role, None
    return None, _system(words) or _join(words)


def _system(subject: list[str]) -> str | None:
    """ "La aplicación móvil" -> "la aplicación móvil", when the subject is the product."""
    words = [w for w in subject if w.isalnum() or "-" in w or "." in w]
    if not words or _head(words) not in PRODUCTS:
        return None
    return _join(words)


def _head(words: list[str]) -> str:
    content = [w.lower() for w in words if w.lower() not in DETERMINERS and w.isalpha()]
    content = [w for w in content if w not in {"solo", "sólo", "solamente", "únicamente"}]
    return content[0] if content else ""


def _role(words: list[str]) -> str | None:
    """The people a subject names, singular: "Los usuarios suscritos" -> "usuario suscrito"."""
    content = [
        w
        for w in words
        if w.lower() not in DETERMINERS
        and w.lower() not in {"solo", "sólo", "solamente", "únicamente", "no"}
    ]
    if not content:
        return None
    head = singular(content[0].lower())
    if not is_person(head):
        return None
    phrase = [head]
    rest = content[1:]
    for index, word in enumerate(rest[:3]):
        low = word.lower()
        if low == "de" and index + 1 < len(rest) and rest[index + 1].lower() not in DETERMINERS:
            phrase += ["de", rest[index + 1].lower()]
            break
        if not word.isalpha() or low in _PREPOSITIONS or low in PACK.stopwords:
            break
        if grammar.known_form(low, subjunctive_mood=False) or grammar.is_infinitive(low):
            break
        phrase.append(singular(low))
    return " ".join(phrase)


def _noun_phrase_end(words: list[str]) -> int:
    for index, word in enumerate(words):
        if index and (grammar.known_form(word.lower()) or word in {",", "que"}):
            return index
    return len(words)


def is_person(noun: str) -> bool:
    """Whether a singular noun names people ("cliente", "administradora")."""
    low = noun.lower()
    return low in _PEOPLE or singular(low) in _PEOPLE


def _is_person_word(word: str) -> bool:
    return is_person(singular(word.lower()))


def singular(word: str) -> str:
    """ "usuarios" -> "usuario", "administradores" -> "administrador", "anfitriones" ->
    "anfitrión"; a word that is no plural stays as it is."""
    low = word.lower()
    if not low.endswith("s") or len(low) < 4 or low in {"análisis", "mes", "país", "tesis"}:
        return word
    if low[:-1] in _PEOPLE:
        return low[:-1]
    if low[:-2] in _PEOPLE:
        return low[:-2]
    for plural, single in (("iones", "ión"), ("ones", "ón"), ("ines", "ín"), ("anes", "án"),
                           ("eses", "és"), ("ces", "z")):  # fmt: skip
        if low.endswith(plural):
            return low[: -len(plural)] + single
    if low.endswith("es") and low[-3] in "lrnjy":
        return low[:-2]
    return low[:-1]


def _served_person(tokens: list[str], role: str | None) -> tuple[str | None, list[str]]:
    """ "enviar un correo al cliente": the person the product serves, and the rest."""
    low = [t.lower() for t in tokens]
    for index, word in enumerate(low):
        if word in {"al", "a"} or (word in {"por", "para"} and index + 1 < len(low)):
            start = index + 1
            while start < len(low) and low[start] in DETERMINERS:
                start += 1
            if start < len(low) and _is_person_word(low[start]):
                person = singular(low[start])
                if word in {"por", "para"}:
                    replaced = tokens[:index] + [word, "mí"] + tokens[start + 1 :]
                    return role or person, replaced
                return role or person, tokens[:index] + tokens[start + 1 :]
    return role, tokens


def _plural_subject(subject: list[str]) -> bool:
    head = [w for w in subject if w.lower() not in DETERMINERS and w.isalpha()]
    return bool(head) and head[0].lower() != singular(head[0].lower())


def _people_named_before(clauses: list[Clause], object_words: list[str]) -> str | None:
    """What an earlier clause of the sentence acted on, plural ("cuidadores",
    "restaurantes"), when this clause's object is theirs ("sus reseñas"); else None."""
    if not clauses or not object_words or object_words[0].lower() != "sus":
        return None
    words = [w for w in clauses[-1].obj.split() if w.isalpha()]
    if not words or words[0].lower() in DETERMINERS | {"mis", "sus", "tus"}:
        words = words[1:]
    if len(words) != 1 or words[0].lower() == singular(words[0].lower()):
        return None  # "editar su perfil y ver sus pedidos": the person's own
    return words[0].lower()


def _owned_by(object_words: list[str], owners: str) -> list[str]:
    """ "sus reseñas" of "cuidadores" -> "las reseñas de los cuidadores"."""
    noun = object_words[1] if len(object_words) > 1 else ""
    feminine = noun.lower().endswith(("as", "ones", "des", "tudes", "umbres"))
    owners_article = "las" if owners.endswith(("as", "ones", "des")) else "los"
    return [
        "las" if feminine else "los",
        *object_words[1:2],
        "de",
        owners_article,
        owners,
        *object_words[2:],
    ]


def first_person_words(tokens: list[str], *, plural: bool = False) -> list[str]:
    """ "borrar su cuenta" -> "borrar mi cuenta": the story speaks as "yo"."""
    out = [_FIRST_PERSON.get(token.lower(), token) for token in tokens]
    text = " ".join(out)
    text = _BY_SELF.sub(lambda m: f"{m.group().split()[0]} mí", text)
    text = _FEELING.sub("me ", text)
    before = text.split(" que le ")[0].split()
    if " que le " in text and not any(_is_person_word(w) for w in before):
        text = text.replace(" que le ", " que me ", 1)
    if plural:
        text = re.sub(r"\b(que\s+(?:no\s+)?)(hayan|puedan|quieran|tengan)\b",
                      lambda m: m.group(1) + m.group(2)[:-1], text)  # fmt: skip
    text = re.sub(
        r"\bcomo\s+(\w+)",
        lambda m: f"como {singular(m.group(1))}" if _is_person_word(m.group(1)) else m.group(),
        text,
    )
    return text.split()


def _object_of(tokens: list[str]) -> str:
    """The object's words before its first modifier ("una reserva" of "una reserva hasta ...")."""
    words: list[str] = []
    for token in tokens:
        low = token.lower()
        if words and (
            (low in _PREPOSITIONS and low not in {"de", "del"})
            or low in {",", ";", ":", "que", "cuyo", "cuya", "cuyos", "cuyas", "donde", "cuando",
                       "si", "no", "solo", "sólo", "como", "(", "mediante", "después", "antes",
                       "y/o"}
            or low[:1].isdigit()
        ):  # fmt: skip
            break
        words.append(token)
    while words and words[-1].lower() in {"de", "del", "y", "e", "o", "u"} | DETERMINERS:
        words.pop()
    return _join(words)


# -- features named by nouns ------------------------------------------------------------------


def _features(tokens: list[str]) -> list[Clause]:
    """A requirement with no verb names features: "Modo oscuro y notificaciones push"."""
    words = list(tokens)
    if words and words[0].lower() in _PREPOSITIONS:
        return []  # "Al final de cada iteración:": when, not what
    if words and words[0].lower() in _BUILD:
        words = words[1:]
        if words and words[0].lower() in {"de", "con"}:
            words = words[1:]
    parts, current = [], []
    for token in words:
        if token.lower() in {"y", "e", ","} and current:
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    parts = [part for part in parts if part]
    if (
        len(parts) > 1
        and all(_content_words(p) >= 2 for p in parts)
        and not any(_modifies(p[0]) for p in parts[1:])
    ):
        return [clause for part in parts for clause in _feature(part)]
    return _feature(words) if words else []


def _modifies(word: str) -> bool:
    """Whether a part starting with ``word`` goes on the phrase before it ("y convertidos en",
    "y para las plantillas") rather than naming a feature of its own."""
    low = word.lower()
    return low in _PREPOSITIONS or low.endswith(
        ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
    )


def _feature(words: list[str]) -> list[Clause]:
    """One feature: a noun of action becomes its verb ("Uso de microdatos" -> "usar
    microdatos"), "Posibilidad de cancelar" its action, any other noun phrase stays."""
    low = [word.lower() for word in words]
    start = 1 if low and low[0] in DETERMINERS else 0
    if len(low) > start + 2 and low[start] in _ABILITY and low[start + 1] in {"de", "para"}:
        if grammar.is_infinitive(low[start + 2]):
            return _clauses_after([], words[start + 2 :], mode="infinitive")
        words, low, start = words[start + 2 :], low[start + 2 :], 0
    verbs, index = [], start
    while index < len(low):
        nouns = low[index].split("/")
        if all(noun in _DEVERBAL for noun in nouns):
            verbs.append("/".join(_DEVERBAL[noun] for noun in nouns))
            index += 1
            if index < len(low) and low[index] in {"y", "o", "e"} and index + 1 < len(low):
                if low[index + 1] in _DEVERBAL:
                    verbs.append(low[index])
                    index += 1
                    continue
            break
        break
    if (
        verbs
        and verbs[-1] not in {"y", "o", "e"}
        and index < len(low)
        and low[index]
        in {
            "de",
            "del",
        }
    ):
        rest = words[index + 1 :]
        if low[index] == "del":
            rest = ["el", *rest]
        if rest and rest[0].lower() in DETERMINERS and len(rest) > 1:
            if _is_person_word(rest[1].lower()):
                rest = ["a", *rest]
        rest_text = _join(rest).replace("a el ", "al ")
        return [
            Clause(
                source="",
                role=None,
                verb=" ".join(verbs),
                rest=rest_text,
                obj=_object_of(rest_text.split()),
            )
        ]
    text = _join(words)
    return [Clause(source="", role=None, verb="", rest=text, obj=_object_of(words))]


def _lower_word(word: str) -> str:
    return word if word[1:2].isupper() else word[:1].lower() + word[1:]


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r"\s+([,.;:!?)»”])", r"\1", text)
    text = re.sub(r"([(«“¿¡])\s+", r"\1", text)
    return re.sub(r'"\s+(.*?)\s+"', r'"\1"', text).strip()
