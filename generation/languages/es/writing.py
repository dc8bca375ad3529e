"""Writing Spanish stories: the story line, its title, its benefit and its criteria.

    Como cliente, quiero cancelar o reprogramar una reserva hasta 24 horas antes, para que
    pueda liberar mi plaza si cambian mis planes.
    Dado que faltan más de 24 horas para el inicio, cuando cancelo o reprogramo una reserva,
    entonces el cambio se guarda y veo una confirmación.
    Dado que faltan menos de 24 horas para el inicio, cuando intento cancelar o reprogramar
    una reserva, entonces veo que solo es posible hasta 24 horas antes, y no cambia nada.

Verb forms come from ``grammar`` (rules and a small table, no dictionary). The benefit is
the document's own "para que ..." or "para + infinitive" where it gives one, turned to the
first person ("para que los usuarios puedan ..." -> "para que pueda ..."); otherwise one of
the phrasings for the kind of action, chosen stably per story.
"""

from __future__ import annotations

import re
import zlib

from generation.languages.clauses import Clause
from generation.languages.es import grammar
from generation.languages.es.clauses import (
    DETERMINERS,
    PRODUCTS,
    first_person_words,
    is_person,
    read_clauses,
    singular,
)
from generation.languages.es.criteria import Thing, benefit_of, criteria_of, role_note

__all__ = ["SpanishWriter"]

_MAX_TITLE_WORDS = 8

#: The kind of action each verb names (see generation.languages.categories).
_CATEGORY = {
    "account": "registrarse autenticarse identificarse loguearse conectarse desconectarse "
    "recuperar restablecer",
    "find": "buscar encontrar filtrar ordenar explorar localizar navegar",
    "view": "ver visualizar consultar leer revisar abrir conocer mirar comprobar",
    "choose": "elegir seleccionar escoger comparar",
    "book": "reservar agendar apartar programar inscribirse apuntarse matricularse",
    "order": "comprar pedir encargar adquirir",
    "pay": "pagar abonar suscribirse",
    "create": "crear añadir agregar introducir ingresar registrar escribir publicar guardar "
    "anotar insertar redactar rellenar completar postear generar",
    "upload": "subir adjuntar importar cargar",
    "change": "modificar editar cambiar actualizar corregir reprogramar mover renombrar reordenar",
    "cancel": "cancelar anular desuscribirse",
    "delete": "eliminar borrar quitar archivar vaciar",
    "notify": "recibir notificar avisar alertar",
    "message": "enviar mandar contactar chatear responder comentar conversar preguntar exponer",
    "track": "seguir rastrear monitorizar monitorear",
    "review": "valorar puntuar calificar opinar reseñar votar",
    "share": "compartir invitar recomendar",
    "export": "exportar descargar imprimir",
    "manage": "gestionar administrar asignar aprobar rechazar bloquear desbloquear moderar "
    "verificar validar ocultar habilitar deshabilitar activar desactivar supervisar "
    "controlar marcar denunciar reportar aceptar",
    "settings": "configurar personalizar ajustar",
}
_VERB_CATEGORY = {verb: name for name, verbs in _CATEGORY.items() for verb in verbs.split()}
#: Verbs too general to tell the kind of action: the object tells it ("realizar la compra").
_GENERIC = {
    "realizar", "hacer", "efectuar", "dar", "darse", "tener", "usar", "utilizar", "obtener",
    "recibir", "dejar", "indicar", "iniciar", "cerrar", "acceder", "poder", "disponer",
    "contar", "llevar", "solicitar",
}  # fmt: skip
#: Verbs that make whatever their object is: the object tells the kind ("añadir comentarios").
_OBJECT_FIRST = {
    "añadir", "agregar", "crear", "insertar", "escribir", "publicar", "guardar", "pedir",
    "solicitar",
}  # fmt: skip
_OBJECT_CATEGORY = {
    "notificación": "notify", "aviso": "notify", "recordatorio": "notify", "alerta": "notify",
    "correo": "notify", "email": "notify", "sms": "notify", "mensaje": "message",
    "comentario": "message", "chat": "message", "post": "message", "foro": "message",
    "valoración": "review", "opinión": "review", "reseña": "review", "puntuación": "review",
    "gusta": "review", "like": "review", "contraseña": "account", "perfil": "account",
    "cuenta": "account", "sesión": "account", "alta": "account", "baja": "cancel",
    "pedido": "order", "compra": "order", "carrito": "order", "pago": "pay", "factura": "pay",
    "suscripción": "pay", "reserva": "book", "cita": "book", "informe": "export",
    "búsqueda": "find", "buscador": "find", "filtro": "find", "favorito": "create",
    "contacto": "message",
}  # fmt: skip

_BENEFITS = {
    "account": (
        "solo yo pueda actuar en mi nombre",
        "mis datos estén protegidos",
        "nadie más acceda a mi información",
    ),
    "find": (
        "llegue a lo que necesito sin revisarlo todo",
        "vea primero las opciones que me sirven",
        "no pierda tiempo buscando a mano",
    ),
    "view": (
        "trabaje siempre con información actualizada",
        "no tenga que preguntar a nadie por ello",
        "tenga a la vista lo que necesito en cada momento",
    ),
    "choose": (
        "obtenga justo lo que me conviene",
        "pueda comparar las opciones y quedarme con la mejor",
        "no tenga que conformarme con la primera opción",
    ),
    "book": (
        "acuda cuando mejor me venga",
        "sepa que mi plaza está reservada",
        "no tenga que llamar para conseguir hora",
    ),
    "order": (
        "consiga lo que necesito sin llamar a nadie",
        "termine en un par de minutos",
        "sepa exactamente qué he pedido",
    ),
    "pay": (
        "no tenga que pagar en persona",
        "pague al momento y me quede un justificante",
        "sepa en todo momento cuánto he pagado",
    ),
    "create": (
        "tenga todo lo que necesito en un solo lugar",
        "no tenga que recordarlo todo de memoria",
        "pueda volver a ello cuando lo necesite",
    ),
    "upload": (
        "no tenga que enviar los archivos por separado",
        "tenga mis documentos a mano cuando los necesite",
        "todo quede guardado en el mismo sitio",
    ),
    "change": (
        "mis datos estén siempre al día",
        "pueda corregir un error sin pedir ayuda",
        "lo que ven los demás sea correcto",
    ),
    "cancel": (
        "pueda liberar mi plaza si cambian mis planes",
        "no pague por lo que ya no necesito",
        "otros puedan aprovechar lo que dejo libre",
    ),
    "delete": (
        "solo quede lo que todavía importa",
        "lo que ya no necesito no me estorbe",
        "no quede a la vista información que ya no es válida",
    ),
    "notify": (
        "no se me pase nada importante",
        "me entere de los cambios a tiempo",
        "pueda reaccionar sin estar pendiente de la aplicación",
    ),
    "message": (
        "pueda resolver dudas sin llamar por teléfono",
        "toda la conversación quede en un solo lugar",
        "me respondan quienes pueden ayudarme",
    ),
    "track": (
        "sepa cómo van las cosas sin preguntar",
        "pueda organizar mi tiempo en consecuencia",
        "detecte un retraso en cuanto ocurra",
    ),
    "review": (
        "otros puedan elegir con confianza",
        "pueda contar cómo me fue",
        "lo bueno se distinga de lo que no lo es",
    ),
    "share": (
        "otros lo vean sin pasos de más",
        "podamos trabajar en ello juntos",
        "no tenga que copiarlo a mano para nadie",
    ),
    "export": (
        "pueda trabajar con los datos en mis propias herramientas",
        "me quede una copia propia",
        "pueda entregarlo a quien me lo pida",
    ),
    "manage": (
        "todo funcione como necesita mi equipo",
        "mantenga el trabajo bajo control",
        "los problemas se resuelvan antes de que afecten a otros",
    ),
    "settings": (
        "la aplicación funcione a mi gusto",
        "no repita los mismos pasos cada vez",
        "vea solo lo que me interesa",
    ),
    "other": (
        "resuelva esto más rápido",
        "no tenga que hacerlo a mano",
        "pueda centrarme en lo importante",
    ),
}
#: (given, then) of the happy path, two phrasings per kind of action.
_HAPPY = {
    "account": (
        ("los datos que introduzco son correctos", "accedo a mi cuenta y veo mis propios datos"),
        ("mi cuenta está activa", "la operación se completa y veo mi cuenta al día"),
    ),
    "find": (
        (
            "hay resultados que coinciden",
            "veo los resultados que coinciden, los más cercanos primero",
        ),
        (
            "hay muchas coincidencias",
            "puedo acotar los resultados con filtros sin repetir la búsqueda",
        ),
    ),
    "view": (
        ("la información existe", "la veo completa y actualizada"),
        ("los datos cambiaron hace un momento", "veo los cambios más recientes sin recargar"),
    ),
    "choose": (
        ("la opción que quiero está disponible", "mi elección se guarda para el siguiente paso"),
        ("hay varias opciones", "veo en qué se diferencian y la que elijo queda marcada"),
    ),
    "book": (
        (
            "la hora que quiero está libre",
            "la reserva queda hecha y esa hora ya no se ofrece a nadie más",
        ),
        (
            "hay plazas libres en la fecha elegida",
            "recibo la confirmación con la fecha, la hora y el lugar",
        ),
    ),
    "order": (
        (
            "todo lo que elegí está disponible",
            "el pedido queda registrado y veo su número y su contenido",
        ),
        ("el carrito tiene productos", "veo el importe total antes de confirmar"),
    ),
    "pay": (
        (
            "la tarjeta es válida y tiene saldo suficiente",
            "el pago se completa y recibo un justificante",
        ),
        ("elijo un medio de pago aceptado", "veo el pago confirmado con el importe exacto cobrado"),
    ),
    "create": (
        ("todos los campos obligatorios están rellenos", "se guarda y aparece en la lista"),
        ("los datos son válidos", "veo una confirmación y puedo editarlo más tarde"),
    ),
    "upload": (
        (
            "el archivo tiene un formato y un tamaño admitidos",
            "el archivo se sube y aparece en la lista",
        ),
        ("elijo varios archivos a la vez", "veo el progreso de cada uno y todos quedan guardados"),
    ),
    "change": (
        ("los nuevos valores son válidos", "los cambios se guardan y los veo al momento"),
        ("guardo los cambios", "quien lo consulta después ve la versión nueva"),
    ),
    "cancel": (
        ("todavía estoy a tiempo", "el cambio se guarda y veo una confirmación"),
        ("la cancelación es gratuita en este momento", "recibo la confirmación sin ningún cargo"),
    ),
    "delete": (
        ("confirmo la eliminación", "deja de aparecer en todas partes"),
        ("lo elimino por error", "puedo deshacerlo durante unos segundos"),
    ),
    "notify": (
        ("el evento sigue en pie", "recibo un único aviso con los detalles"),
        ("tengo los avisos activados", "el aviso llega por el canal que elegí"),
    ),
    "message": (
        ("el mensaje está escrito", "se entrega y la otra persona lo ve"),
        ("escribo el texto completo", "se envía y queda en el historial de la conversación"),
    ),
    "track": (
        ("el estado cambió", "veo el estado actual y cuándo se actualizó"),
        ("hay novedades", "las veo sin tener que preguntar a nadie"),
    ),
    "review": (
        ("ya usé el servicio", "mi valoración es visible para los demás"),
        ("escribo mi opinión", "se publica con la fecha y puedo editarla después"),
    ),
    "share": (
        ("está permitido compartir", "quien recibe el enlace ve lo mismo que yo"),
        ("invito a otra persona", "recibe la invitación y puede unirse"),
    ),
    "export": (
        ("hay datos en el periodo elegido", "obtengo un archivo con todos ellos"),
        ("elijo el formato", "el archivo se descarga en ese formato y se abre correctamente"),
    ),
    "manage": (
        (
            "tengo permisos para hacerlo",
            "el cambio se guarda y lo ven todas las personas afectadas",
        ),
        ("hay elementos pendientes de revisar", "los veo ordenados y puedo resolverlos uno a uno"),
    ),
    "settings": (
        ("el valor está dentro de lo permitido", "el ajuste se aplica al momento"),
        ("cambio una preferencia", "se mantiene la próxima vez que entro"),
    ),
    "other": (
        ("tengo acceso", "el resultado se guarda y veo una confirmación"),
        ("todo está en orden", "la acción se completa en pocos segundos"),
    ),
}
#: (given, then) of the unhappy path that belongs to each kind of action.
_UNHAPPY = {
    "account": (
        ("la contraseña es incorrecta", "veo un mensaje de error y sigo en la página de acceso"),
        ("mi sesión ha caducado", "se me pide identificarme de nuevo y no se pierde lo que hice"),
    ),
    "find": (
        ("nada coincide con la búsqueda", "veo que no hay resultados y puedo cambiar la búsqueda"),
        ("escribo el término con una errata", "veo sugerencias parecidas y no una lista vacía"),
    ),
    "view": (
        (
            "todavía no hay nada que mostrar",
            "veo que no hay datos y una pista de qué hacer a continuación",
        ),
        (
            "no tengo permiso para verlo",
            "veo que el acceso está restringido y no se muestra ningún dato",
        ),
    ),
    "choose": (
        ("la opción que quiero ya no está disponible", "lo veo al momento y puedo elegir otra"),
        ("no elijo ninguna opción", "no puedo continuar y veo qué me falta"),
    ),
    "book": (
        (
            "otra persona ocupó esa hora mientras rellenaba el formulario",
            "veo que está ocupada y las horas libres más cercanas; no se crea ninguna reserva",
        ),
        ("la fecha elegida ya pasó", "no puedo reservarla y veo las próximas fechas disponibles"),
    ),
    "order": (
        ("uno de los productos se agotó", "veo cuál es y el pedido no se registra"),
        ("el carrito está vacío", "no puedo confirmar el pedido y veo un aviso"),
    ),
    "pay": (
        (
            "el banco rechaza la tarjeta",
            "veo el motivo, no se cobra nada y la operación no se completa",
        ),
        (
            "la conexión se corta durante el pago",
            "no se cobra dos veces y veo el estado real del pago",
        ),
    ),
    "create": (
        ("falta un campo obligatorio", "veo qué campo falta y no se guarda nada"),
        ("ya existe uno igual", "veo un aviso de duplicado y no se crea otro"),
    ),
    "upload": (
        ("el archivo supera el tamaño permitido", "veo el límite y el archivo no se sube"),
        ("el formato del archivo no está admitido", "veo los formatos válidos y no se guarda nada"),
    ),
    "change": (
        ("un valor no es válido", "veo qué corregir y se mantienen los valores anteriores"),
        (
            "otra persona lo cambió mientras yo lo editaba",
            "veo el conflicto y no se pierde ningún cambio",
        ),
    ),
    "cancel": (
        ("ya ha pasado el plazo para cambios", "veo que ya no se puede cambiar y todo sigue igual"),
        ("el servicio ya se ha prestado", "no puedo cancelarlo y veo a quién dirigirme"),
    ),
    "delete": (
        ("cancelo en el diálogo de confirmación", "no se elimina nada y todo queda como estaba"),
        ("el elemento está en uso", "veo por qué no se puede eliminar y sigue en su sitio"),
    ),
    "notify": (
        ("el evento se canceló", "no se envía ningún aviso"),
        ("desactivé ese tipo de avisos", "no recibo ningún aviso de ese tipo"),
    ),
    "message": (
        ("el texto está vacío", "no se envía y veo un aviso"),
        (
            "se pierde la conexión al enviarlo",
            "el texto no se pierde y se envía al volver la conexión",
        ),
    ),
    "track": (
        ("se pierde la conexión", "veo el último estado conocido y cuándo se actualizó"),
        ("todavía no hay datos", "veo un aviso de que aún no hay información"),
    ),
    "review": (
        ("todavía no he usado el servicio", "no puedo valorarlo y veo por qué"),
        ("ya dejé mi opinión antes", "no se publica otra y puedo editar la anterior"),
    ),
    "share": (
        ("el enlace ha sido revocado", "quien lo abre ve que ya no tiene acceso"),
        ("la dirección del destinatario no es válida", "veo el error y no se envía nada"),
    ),
    "export": (
        ("no hay datos en el periodo elegido", "veo un aviso y no se genera un archivo vacío"),
        (
            "el volumen de datos es demasiado grande",
            "veo que debo acotar el periodo y no se descarga nada incompleto",
        ),
    ),
    "manage": (
        ("no tengo permisos para hacerlo", "veo un aviso y no cambia nada"),
        ("otra persona ya lo resolvió", "veo quién lo hizo y no se aplica dos veces"),
    ),
    "settings": (
        (
            "el valor está fuera de lo permitido",
            "veo los valores admitidos y el ajuste anterior no cambia",
        ),
        ("se pierde la conexión al guardar", "no se pierde el ajuste anterior y veo un aviso"),
    ),
    "other": (
        (
            "el servicio no puede guardar los cambios",
            "veo un error y no se pierde nada de lo que introduje",
        ),
        ("se pierde la conexión", "veo un aviso y puedo repetirlo sin perder lo introducido"),
    ),
}
#: Account actions differ in what goes right and wrong: (verbs, happy path, unhappy path).
_ACCOUNT = (
    (
        {"registrarse", "crear", "darse", "inscribirse", "registrar"},
        (
            "el correo que indico no está registrado todavía",
            "mi cuenta queda creada y puedo entrar",
        ),
        (
            "el correo ya está registrado",
            "veo que ya existe una cuenta con ese correo y no se crea otra",
        ),
    ),
    (
        {"iniciar", "acceder", "entrar", "identificarse", "autenticarse", "loguearse"},
        ("los datos que introduzco son correctos", "accedo a mi cuenta y veo mis propios datos"),
        ("la contraseña es incorrecta", "veo un mensaje de error y sigo en la página de acceso"),
    ),
    (
        {"cerrar", "desconectarse", "salir"},
        ("tengo una sesión abierta", "la sesión se cierra y vuelvo a la página de inicio"),
        (
            "se pierde la conexión al salir",
            "la sesión no queda abierta y se me pide entrar de nuevo",
        ),
    ),
    (
        {"restablecer", "recuperar", "cambiar"},
        ("el enlace que recibí sigue vigente", "la contraseña nueva queda guardada"),
        ("el enlace ha caducado", "veo que debo pedir otro y la contraseña no cambia"),
    ),
)
#: Criteria of a feature the document names by a noun; {x} is the feature.
_FEATURE_HAPPY = (
    ("abro la aplicación por primera vez", "encuentro {x} en el menú principal"),
    ("uso la aplicación desde el móvil", "puedo usar {x} igual que en el ordenador"),
    ("tengo una sesión abierta", "puedo usar {x} sin esperas"),
    ("vuelvo a entrar al día siguiente", "puedo seguir usando {x} sin configurar nada de nuevo"),
)
_FEATURE_UNHAPPY = (
    ("se pierde la conexión", "veo un aviso y no se pierde lo que había introducido"),
    ("el servicio no está disponible", "veo un mensaje claro y no un error técnico"),
    ("mi navegador es antiguo", "veo qué debo actualizar y no se muestra una pantalla rota"),
    ("no tengo permiso para usarlo", "veo por qué y no se muestra ningún dato"),
)
#: Criteria of the product's own behaviour ("El sistema generará un informe mensual").
_SYSTEM_GIVEN = (
    "uso el servicio con normalidad",
    "tengo una sesión abierta",
    "los datos necesarios están completos",
)
_SYSTEM_UNHAPPY = (
    (
        "el servicio no responde a tiempo",
        "veo un aviso claro y no se pierde nada de lo que introduje",
    ),
    ("faltan datos para completarlo", "veo qué falta y no se muestra un resultado incompleto"),
    ("se produce un error interno", "veo un mensaje de error y puedo volver a intentarlo"),
)
#: The happy path of a rule ("no se podrá reservar más de 3 mesas").
_RULE_HAPPY = ("cumplo la regla", "la operación se completa con normalidad")
#: A limit as the situation it allows, the one it refuses, and what the refusal says.
_LIMITS = (
    (
        re.compile(
            r"(?:hasta|no\s+más\s+tarde\s+de|como\s+máximo|con\s+(?:al\s+menos\s+)?)\s+"
            r"(?P<n>.+?)\s+(?:antes|de\s+antelación)",
            re.I,
        ),
        "faltan más de {n} para el inicio",
        "faltan menos de {n} para el inicio",
        "veo que solo es posible {c}, y no cambia nada",
    ),
    (
        re.compile(
            r"(?:hasta|como\s+máximo|un\s+máximo\s+de|máximo|no\s+más\s+de|menos\s+de)\s+(?P<n>.+)",
            re.I,
        ),
        "no se supera el límite de {n}",
        "se supera el límite de {n}",
        "veo que el límite es de {n} y no se guarda nada",
    ),
    (
        re.compile(
            r"(?:al\s+menos|por\s+lo\s+menos|como\s+mínimo|un\s+mínimo\s+de|mínimo|más\s+de)\s+"
            r"(?P<n>.+)",
            re.I,
        ),
        "se alcanza el mínimo de {n}",
        "no se alcanza el mínimo de {n}",
        "veo que hace falta un mínimo de {n} y no se guarda nada",
    ),
    (
        re.compile(r"(?:dentro\s+de|en\s+un\s+plazo\s+(?:máximo\s+)?de)\s+(?P<n>.+)", re.I),
        "no han pasado más de {n}",
        "ya han pasado más de {n}",
        "veo que el plazo de {n} ya terminó, y no cambia nada",
    ),
)
_TASKS = {
    "account": "Acceder a la cuenta", "find": "Buscar", "view": "Consultar",
    "choose": "Elegir", "book": "Reservar", "order": "Hacer pedidos", "pay": "Pagar",
    "create": "Añadir contenido", "upload": "Subir archivos", "change": "Editar",
    "cancel": "Cancelar", "delete": "Eliminar", "notify": "Recibir avisos",
    "message": "Comunicarse", "track": "Seguir el estado", "review": "Valorar",
    "share": "Compartir", "export": "Exportar datos", "manage": "Gestionar",
    "settings": "Personalizar", "other": "Usar el servicio",
}  # fmt: skip
#: What the product does, as the person it serves does it: "enviar" -> "recibir".
_SERVED = {
    "enviar": "recibir", "mandar": "recibir", "remitir": "recibir", "mostrar": "ver",
    "visualizar": "ver", "presentar": "ver", "notificar": "recibir", "avisar": "recibir",
    "alertar": "recibir",
}  # fmt: skip
_WARNERS = {"notificar", "avisar", "alertar"}
#: Nouns ending in -a that are masculine, and in -o that are feminine.
_MASCULINE_A = frozenset(
    "día mapa problema sistema programa tema idioma esquema clima planeta sofá póster".split()
)
_FEMININE_O = frozenset("foto moto mano radio".split())
#: Words a finished title never ends with.
_DANGLING = frozenset(
    """el la los las un una unos unas lo de del a al en con por para sin sobre entre hacia
    desde hasta según y e o u ni que como se su sus mi mis tu cuyo cuya cuyos cuyas donde
    cuando si mediante durante tras ante bajo contra vía más muy ó través""".split()
)
#: Words a title is cut before: they start a modifier ("de", "y", "o" only if need be).
_STRONG = frozenset(
    """a al en con por para sin sobre entre hacia desde hasta según mediante durante tras
    que cuyo cuya cuyos cuyas donde cuando si (""".split()
)
_WEAK = frozenset("de del y e o u como".split())
_RELATIVE = frozenset("que cuyo cuya cuyos cuyas donde cuando si".split())


class SpanishWriter:
    """Stories in Spanish, from Spanish requirements."""

    code = "es"
    default_role = "usuario"

    def clauses(self, text: str) -> list[Clause]:
        clauses = read_clauses(text)
        for clause in clauses:
            first = clause.verb.split()[0] if clause.verb else ""
            if clause.system is not None and first in _SERVED:
                _serve(clause)
        return clauses

    def category(self, clause: Clause) -> str:
        verb = _head_verb(clause.verb)
        base = grammar.split_clitic(verb)[0]
        if base == "dar" and (" de alta" in clause.verb or " de baja" in clause.verb):
            reflexive = grammar.is_reflexive(clause.verb)
            if " de alta" in clause.verb:
                return "account" if reflexive else "create"
            return "cancel" if reflexive else "delete"
        by_verb = _VERB_CATEGORY.get(verb) or _VERB_CATEGORY.get(base)
        if by_verb and base not in _GENERIC and base not in _OBJECT_FIRST:
            return by_verb
        words = f"{clause.obj} {clause.rest} {clause.system or ''}".lower()
        for word in re.findall(r"\w+", words):
            for form in (word, singular(word)):
                if form in _OBJECT_CATEGORY:
                    return _OBJECT_CATEGORY[form]
        return by_verb or "other"

    # -- the story line ----------------------------------------------------------------------

    def goal(self, clause: Clause) -> str:
        """What the person wants, after "quiero": an infinitive phrase, or "que" + clause."""
        condition = f" {_lower_first(clause.condition)}" if clause.condition else ""
        if clause.noun_only:
            return f"contar con {_with_article(clause.rest)}{condition}"
        if clause.system is not None:
            return f"que {_system_clause(clause, grammar.subjunctive)}{condition}"
        verb = grammar.wish_form(clause.verb)
        return f"{verb} {clause.rest}".strip() + condition

    def story_line(self, role: str, clause: Clause, benefit: str) -> str:
        goal = self.goal(clause)
        if not benefit:
            return f"Como {role}, quiero {goal}."
        return f"Como {role}, quiero {goal}, para que {benefit}."

    def title(self, clause: Clause) -> str:
        if clause.noun_only:
            words = clause.rest.split()
            if len(words) > 2 and words[0].lower() in {"un", "una", "unos", "unas"}:
                words = words[1:]
            if len(words) == 1:
                words = ["Uso", "de", *words]
        elif clause.system is not None and (
            not _names_product(clause.system)
            or _head_verb(clause.verb) in {"ser", "estar"}
            or clause.verb.startswith("no ")
        ):
            words = _system_clause(clause, grammar.third_person).split()
        else:
            words = [*clause.verb.split(), *clause.rest.split()]
        title = _capitalise(_cut(words))
        following = clause.source[len(title) :] if clause.source.startswith(title) else ""
        long = len(re.findall(r"[^\W_]+", title)) >= 6
        if long and following[:1].isspace() and following.strip()[:1].isalnum():
            # the text's own words, cut short: end where a phrase ends, five words at most
            shorter = title.split()
            for level in (2, 1):
                ends = [i for i in range(2, 6) if _boundary(shorter, i) >= level]
                candidate = _cut(shorter[: max(ends)]) if ends else ""
                if len(candidate.split()) >= 2:
                    return _capitalise(candidate)
        return title

    def benefit(self, clause: Clause, category: str) -> str:
        if clause.purpose:
            return _own_benefit(clause.purpose)
        if clause.verb and clause.system is None:
            own = benefit_of(clause, _thing(clause))
            if own:
                return own
        if clause.noun_only:
            return f"pueda usar {_with_article(clause.rest)} sin recurrir a otra herramienta"
        if clause.system is not None and clause.verb:
            return f"pueda contar con que {_system_clause(clause, grammar.subjunctive)}"
        return _BENEFITS.get(category, _BENEFITS["other"])[0]

    # -- criteria ----------------------------------------------------------------------------

    def criteria(self, clause: Clause, category: str, role: str) -> list[str]:
        when, trying = self._when(clause)
        if (
            clause.verb
            and clause.system is None
            and category != "account"
            or (category == "account" and "sesión" in clause.rest)
        ):
            note = role_note(clause)
            situation = _state_of(clause.condition)
            own = criteria_of(clause, _thing(clause), when, trying, note=note, situation=situation)
            if own:
                return own
        happy = _HAPPY.get(category, _HAPPY["other"])
        unhappy = _UNHAPPY.get(category, _UNHAPPY["other"])
        given, then = happy[_pick(clause, len(happy), "happy")]
        bad_given, bad_then = unhappy[_pick(clause, len(unhappy), "unhappy")]
        rule = clause.system is not None and clause.verb.startswith("no poder ")
        base = grammar.split_clitic(_head_verb(clause.verb))[0]
        for verbs, happy_path, unhappy_path in _ACCOUNT if category == "account" else ():
            if base in verbs or f"{base}se" in verbs:
                (given, then), (bad_given, bad_then) = happy_path, unhappy_path
                break
        if clause.noun_only and category == "other":
            thing = _with_article(clause.rest)
            given, then = _FEATURE_HAPPY[_pick(clause, len(_FEATURE_HAPPY), "happy")]
            then = then.format(x=thing)
            bad_given, bad_then = _FEATURE_UNHAPPY[_pick(clause, len(_FEATURE_UNHAPPY), "unhappy")]
        elif rule:
            given, then = _RULE_HAPPY
        elif clause.system is not None and clause.verb:
            # the product's behaviour: the requirement itself is what happens
            given = _SYSTEM_GIVEN[_pick(clause, len(_SYSTEM_GIVEN), "happy")]
            then = _system_clause(clause, grammar.third_person)
            bad_given, bad_then = _SYSTEM_UNHAPPY[_pick(clause, len(_SYSTEM_UNHAPPY), "unhappy")]
        elif clause.condition and clause.verb and _situation(clause.condition):
            then = f"{grammar.first_person(clause.verb)} {clause.rest}".strip()
        state = _state_of(clause.condition)
        if state and clause.verb:  # "Por estar suscrito, ...": what I am is the situation
            given, bad_given = state, f"no {state}"
            bad_then = "veo qué me falta para hacerlo y no se muestra nada más"
        limit = _limit(clause.constraint, negative=rule)
        if limit:
            given, bad_given, bad_then = limit
        elif clause.constraint:
            bad_given = f"no se cumple la condición «{clause.constraint}»"
            bad_then = "veo por qué no está disponible ahora y no cambia nada"
        return [
            f"Dado que {given}, cuando {when}, entonces {then}.",
            f"Dado que {bad_given}, cuando {trying}, entonces {bad_then}.",
        ]

    def _when(self, clause: Clause) -> tuple[str, str]:
        """The "cuando ..." of the happy path and of the unhappy one."""
        if clause.condition:
            situation = _situation(clause.condition)
            if situation:
                return situation, situation
        if clause.noun_only:
            thing = _with_article(clause.rest)
            return f"uso {thing}", f"intento usar {thing}"
        if clause.system is not None and clause.verb.startswith("no poder "):
            action = grammar.wish_form(clause.verb[len("no poder ") :])
            rest = _without_limit(clause.rest, clause.constraint)
            return f"intento {action} {rest}".strip(), f"intento {action} {rest}".strip()
        if clause.system is not None:
            product = clause.system if _head(clause.system) in PRODUCTS else "la aplicación"
            product = _with_article(product)
            return f"uso {product}", f"uso {product}"
        rest = _without_limit(clause.rest, clause.constraint)
        if _head_verb(clause.verb) == "recibir":
            moment = f"llega el momento de {grammar.wish_form(clause.verb)} {rest}".strip()
            return moment, moment
        acting = grammar.first_person(clause.verb)
        trying = grammar.wish_form(clause.verb)
        if trying.startswith("no "):
            return f"{acting} {rest}".strip(), f"{acting} {rest}".strip()
        return f"{acting} {rest}".strip(), f"intento {trying} {rest}".strip()

    # -- names -------------------------------------------------------------------------------

    def task_title(self, clauses: list[Clause], category: str) -> str:
        """One story's title for a task of one; the kind of action for a task of several."""
        if len({(c.verb, c.obj) for c in clauses}) == 1:
            return self.title(clauses[0])
        return _TASKS.get(category, _TASKS["other"])

    def activity_title(self, clauses: list[Clause]) -> str:
        """The activity as a verb phrase: the commonest verb with its commonest object."""
        verbs = [_head_verb(c.verb) for c in clauses if c.verb and c.system is None]
        verbs = [verb for verb in verbs if verb]
        if not verbs:
            return _capitalise(_cut(self.title(clauses[0]).split(), 4))
        verb = max(verbs, key=verbs.count)
        if verbs.count(verb) == 1 and len(clauses) > 2:
            categories = [self.category(c) for c in clauses]
            return _TASKS.get(max(categories, key=categories.count), _TASKS["other"])
        objects = [
            c.obj for c in clauses if c.verb and c.system is None and _head_verb(c.verb) == verb
        ]
        obj = max(objects, key=objects.count) if objects else ""
        return _capitalise(_cut([verb, *obj.split()], 4))


# -- the product's behaviour -----------------------------------------------------------------


def _serve(clause: Clause) -> None:
    """ "El sistema enviará un correo al cliente" -> the client receives an email."""
    verb = clause.verb.split()[0]
    rest = clause.rest
    if verb in _WARNERS:
        low = rest.lower()
        if low.startswith("que "):
            rest = f"un aviso de {rest}"
        elif low.startswith(("de ", "del ", "sobre ", "cuando ", "si ")):
            rest = f"un aviso {rest}"
        elif rest:
            rest = f"avisos sobre {rest}"
        else:
            rest = "un aviso"
    clause.verb = _SERVED[verb]
    clause.rest = " ".join(first_person_words(rest.split()))
    clause.obj = clause.obj if verb not in _WARNERS else rest.split(" de ")[0]
    clause.system = None


def _thing(clause: Clause) -> Thing:
    """The requirement's object as its criteria name it: "la reserva", "mis notas"."""
    phrase = _without_limit(clause.obj or clause.rest, clause.constraint)
    low = clause.rest.lower()
    if low.startswith(("que me gusta ", "que no me gusta ")):
        phrase = low.split(" gusta ", 1)[1]
    phrase = re.split(r"\s+(?:de\s+forma|de\s+manera|a\s+través|mediante|online)\b", phrase)[0]
    phrase = _NOMINAL.sub("", phrase)
    words = phrase.split()
    while words and words[0].lower() in {"a", "de", "en", "con", "que", "sobre", "como"}:
        words = words[1:]
    if words and words[0].lower() in _INDEFINITE:
        words[0] = _INDEFINITE[words[0].lower()]
    phrase = _cut(words, 5) if words else "los datos"
    bare = _strip_article(phrase)
    head = (bare.split()[0].lower() if bare else "datos").split("/")[0]
    plural = _is_plural(head)
    feminine = _feminine(singular(head) if plural else head)
    if bare == phrase and bare[:1].islower():
        article = ("las" if feminine else "los") if plural else ("la" if feminine else "el")
        phrase = f"{article} {bare}"
    else:
        phrase = _with_article(phrase)
    return Thing(phrase, plural, feminine, bare)


#: "la compra de libros" is about books; "búsquedas de títulos" about titles.
_NOMINAL = re.compile(
    r"^(?:(?:la|las|una)\s+)?(?:compras?|búsquedas?|consultas?|gestión|creación)\s+de\s+", re.I
)
_INDEFINITE = {"un": "el", "una": "la", "unos": "los", "unas": "las"}


def _names_product(system: str) -> bool:
    """Whether the subject is the product itself ("el sistema", or none: "se enviará")."""
    return not system or _head(system) in PRODUCTS


def _system_clause(clause: Clause, form) -> str:
    """ "la aplicación recuerde la última página" (``form`` gives the verb's mood)."""
    rest = clause.rest
    verb = clause.verb
    if clause.system:
        thing = _with_article(clause.system)
        plural = _is_plural(_strip_article(thing))
        return f"{thing} {form(verb, plural=plural)} {rest}".strip()
    plural = _is_plural(_strip_article(rest)) if rest else False
    negative = verb.startswith("no ")
    verb = verb[3:] if negative else verb
    first, _, following = verb.partition(" ")
    if first == "poder" and following:  # "no se pueda reservar": only the modal agrees
        conjugated = f"{form(first, plural=False)} {following}"
    else:
        conjugated = form(verb, plural=plural)
    se = f"no se {conjugated}" if negative else f"se {conjugated}"
    return f"{se} {rest}".strip()


def _head(phrase: str) -> str:
    words = [w.lower() for w in phrase.split() if w.lower() not in DETERMINERS]
    return words[0] if words else ""


def _head_verb(verb: str) -> str:
    words = [w for w in verb.split() if w not in {"no", "y", "o", "e", "u", "ni", "y/o"}]
    return words[0].split("/")[0] if words else ""


# -- benefits --------------------------------------------------------------------------------


def _own_benefit(purpose: str) -> str:
    """The document's reason as what follows "para que", spoken by the story's person."""
    text = purpose.strip(" .")
    if text.lower().startswith("que "):
        words = text[4:].split()
        for index, word in enumerate(words[:5]):
            infinitive = grammar.known_form(word.lower().strip(","))
            if infinitive is None:
                continue
            subject = words[:index]
            if subject and _names_person(subject):
                verb = word[:-1] if word.endswith("n") and word[:-1] else word
                return " ".join([verb, *first_person_words(words[index + 1 :])])
            break
        return " ".join(words)
    words = text.split()
    if words and words[0].lower() == "poder" and len(words) > 1:
        words = words[1:]
    if words and grammar.is_infinitive(words[0]):
        verb = grammar.wish_form(words[0].lower())
        return " ".join(["pueda", verb, *first_person_words(words[1:])])
    return text


def _names_person(words: list[str]) -> bool:
    content = [w.lower() for w in words if w.lower() not in DETERMINERS]
    return bool(content) and is_person(singular(content[0]))


def _pick(clause: Clause, count: int, salt: str = "") -> int:
    """A stable choice among ``count`` phrasings, so that stories of one kind vary."""
    return zlib.crc32(f"{salt}{clause.verb} {clause.obj} {clause.rest}".encode()) % count


# -- criteria helpers ------------------------------------------------------------------------


def _limit(constraint: str | None, *, negative: bool = False) -> tuple[str, str, str] | None:
    """A limit as the situation it allows, the one it refuses, and what the refusal says.

    ``negative``: the requirement forbids what the limit names ("no podrá reservar más de 3
    mesas"), so "más de" is a maximum.
    """
    if not constraint:
        return None
    if negative:
        constraint = re.sub(r"^(?:más\s+de|mas\s+de)\s+", "hasta ", constraint, flags=re.I)
    for pattern, allowed, refused, then in _LIMITS:
        match = pattern.search(constraint)
        if match:
            amount = match.group("n").strip(" .")
            return (
                allowed.format(n=amount),
                refused.format(n=amount),
                then.format(n=amount, c=constraint),
            )
    return None


_SITUATIONS = (
    (
        re.compile(
            r"^(?:si|cuando|una\s+vez\s+que|siempre\s+que|cada\s+vez\s+que)\s+(?P<x>.+)$", re.I
        ),
        None,
    ),  # fmt: skip
    (re.compile(r"^(?:al|tras|después\s+de|antes\s+de)\s+(?P<v>\S+)(?P<x>.*)$", re.I), "verb"),
)


def _situation(condition: str) -> str | None:
    """ "Si el pago falla" -> "el pago falla"; "Al finalizar la compra" -> "finalizo la
    compra"."""
    for pattern, kind in _SITUATIONS:
        match = pattern.match(condition.strip())
        if not match:
            continue
        if kind is None:
            words = match.group("x").strip().split()
            return _lower_first(" ".join(grammar.indicative(w) for w in words))
        verb = match.group("v")
        if grammar.is_infinitive(verb):
            return f"{grammar.first_person(verb.lower())}{match.group('x')}".strip()
    return None


def _state_of(condition: str | None) -> str | None:
    """ "Por estar suscrito" -> "estoy suscrito": a reason that is a state of mine."""
    match = re.match(r"^por\s+(?P<v>\S+)(?P<x>.*)$", condition or "", re.I)
    if not match or not grammar.is_infinitive(match.group("v")):
        return None
    return f"{grammar.first_person(match.group('v').lower())}{match.group('x')}".strip()


def _without_limit(rest: str, constraint: str | None) -> str:
    if constraint and constraint in rest:
        rest = rest.replace(constraint, "")
    words = rest.split()
    while words and words[-1].lower().strip(",") in _DANGLING:
        words = words[:-1]
    return " ".join(words).strip(" ,")


# -- words -----------------------------------------------------------------------------------


def _with_article(phrase: str) -> str:
    """A noun phrase with its article: "Modo oscuro" -> "el modo oscuro"."""
    words = phrase.split()
    if len(words) > 1 and words[1][:1].isupper():
        return phrase.strip()  # "Microsoft Edge", a name
    phrase = _lower_first(phrase.strip())
    words = phrase.split()
    if not words:
        return phrase
    if words[0].lower() in DETERMINERS or words[0].lower() in _STRONG:
        return phrase
    if words[0].endswith(("ando", "iendo")):
        return phrase
    head = words[0].strip(",.;:")
    if not head[:1].isalpha() or (head[:1].isupper()):
        return f"el {phrase}"
    plural = _is_plural(head)
    feminine = _feminine(singular(head) if plural else head)
    article = ("las" if feminine else "los") if plural else ("la" if feminine else "el")
    return f"{article} {phrase}"


def _strip_article(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _is_plural(phrase: str) -> bool:
    words = phrase.split()
    if not words:
        return False
    head = words[0].lower().strip(",.;:")
    if head in {"los", "las", "unos", "unas", "mis", "sus", "tus"}:
        return True
    return head.endswith("s") and singular(head) != head and len(head) > 3


def _feminine(noun: str) -> bool:
    low = noun.lower()
    if low in _MASCULINE_A:
        return False
    if low in _FEMININE_O:
        return True
    return low.endswith(("a", "ión", "dad", "tad", "tud", "umbre", "ez", "sis", "ie"))


def _cut(words: list[str], limit: int = _MAX_TITLE_WORDS) -> str:
    """At most ``limit`` words, cut before a modifier, never ending on a function word.

    A cut before a preposition, a relative word, a comma or an adverb in -mente is taken
    first (the longest that fits), one before "de", "y" or "o" only when there is no other.
    """
    words = [w for w in words if w]
    if len(words) > limit:
        strong = [i for i in range(2, limit + 1) if _boundary(words, i) == 2]
        weak = [i for i in range(2, limit + 1) if _boundary(words, i) == 1]
        cut = max(strong) if strong else max(weak) if weak else limit
        opened = [i for i in range(2, cut) if words[i].lower() in _RELATIVE]
        if opened:
            cut = opened[0]  # a relative clause the cut would leave unfinished
        words = words[:cut]
    if sum(w.count("(") for w in words) != sum(w.count(")") for w in words):
        opening = next((i for i, w in enumerate(words) if "(" in w), None)
        if opening is not None and opening > 1:
            words = words[:opening]  # a parenthesis the cut would leave open
        else:
            words = [w.replace("(", "").replace(")", "") for w in words]
    while len(words) > 1 and (
        words[-1].lower().strip(",;:") in _DANGLING or words[-1] in {",", "-", "—"}
    ):
        words = words[:-1]
    return " ".join(words).rstrip(" ,;:")


def _boundary(words: list[str], index: int) -> int:
    """How well a title ends before ``words[index]``: 2 well, 1 passably, 0 not at all."""
    if index >= len(words):
        return 2
    word = words[index].lower().strip(",")
    if words[index - 1].endswith((",", ";", ":")) or word in _STRONG or word.endswith("mente"):
        return 2
    return 1 if word in _WEAK else 0


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the word is an acronym or a name."""
    if not text or text[:2].isupper() or (len(text) > 1 and not text[1:2].isalpha()):
        return text
    return text[:1].lower() + text[1:]


WRITER = SpanishWriter
