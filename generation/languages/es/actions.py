"""What each action a Spanish requirement names does, how it fails, and what it gives.

    "reservar": Dado que la mesa está disponible -> la mesa queda reservada a mi nombre;
                Dado que otra persona la reservó antes -> veo que ya no está disponible.

Placeholders agree with the requirement's object (``criteria.Thing``): {o} is the object
with its article ("la reserva"), {a} its ending ("o", "a", "os", "as"), {n} the verb's
plural ending ("" or "n"), {s} an adjective's ("" or "s"), {lo} its pronoun.
"""

from __future__ import annotations

import re

from generation.languages.actions import Action

__all__ = ["ACTIONS", "SCOPED", "THINGS", "Action", "action_of"]


_BOOK = Action(
    "{o} está{n} disponible{s} en la fecha elegida",
    "{o} queda{n} reservad{a} a mi nombre y ya no se ofrece{n} a nadie más",
    "otra persona reservó {o} mientras yo rellenaba el formulario",
    "veo que ya no está{n} disponible{s} y no se crea ninguna reserva",
    "tenga {o} asegurad{a} sin llamar a nadie",
)
_CANCEL = Action(
    "{o} sigue{n} vigente{s}",
    "{o} queda{n} anulad{a} y recibo la confirmación",
    "ya pasó el plazo para anular {o}",
    "veo que ya no se puede anular y {o} sigue{n} vigente{s}",
    "no pague por {o} cuando ya no l{lo} necesito",
)
_ORDER = Action(
    "todo lo que elegí está disponible",
    "el pedido queda registrado con su número y el importe total",
    "uno de los artículos se agotó mientras confirmaba",
    "veo cuál falta, no se cobra nada y el pedido no se registra",
    "consiga {o} sin desplazarme a una tienda",
)
_PAY = Action(
    "la tarjeta es válida y tiene saldo",
    "el cobro se completa y recibo el justificante con el importe",
    "el banco rechaza la tarjeta",
    "veo el motivo del rechazo y no se cobra nada",
    "no tenga que pagar en persona",  # not "pagar la tarjeta": a card pays, it is not paid
)
#: Paying by a means that is no card (Bizum, transferencia, PayPal): nothing to decline.
_PAY_OTHER = Action(
    "elijo un medio de pago aceptado",
    "el cobro se completa y recibo el justificante con el importe",
    "el pago no se confirma a tiempo",
    "veo que el pago está pendiente, no se cobra dos veces y puedo intentarlo de nuevo",
    "no tenga que pagar en persona",
)
#: Adding to the cart is a step of buying, not a list of one's own.
_TO_CART = Action(
    "el producto está disponible",
    "aparece en el carrito con la cantidad y el total actualizado",
    "el producto se agotó mientras elegía",
    "veo que se agotó y no entra en el carrito",
    "reúna todo lo que quiero comprar antes de pagar",
)
_SUBSCRIBE = Action(
    "elijo una cuota y un medio de pago válido",
    "la suscripción queda activa y veo la fecha del próximo cobro",
    "el banco rechaza el primer cobro",
    "veo el motivo y la suscripción no se activa",
    "tenga acceso a todo el contenido por una cuota fija",
)
_CREATE = Action(
    "los datos obligatorios de {o} están completos",
    "{o} se guarda{n} y aparece{n} en mi lista al momento",
    "dejo vacío un dato obligatorio",
    "veo qué dato falta y {o} no se guarda{n}",
    "tenga {o} registrad{a} en un solo lugar",
)
_ADD = Action(
    "{o} todavía no está{n} en la lista",
    "{o} aparece{n} en la lista y puedo abrirl{lo} desde allí",
    "{o} ya está{n} en la lista",
    "no se duplica{n} y veo que ya estaba{n} allí",
    "encuentre {o} de nuevo sin buscarl{lo}",
)
_SAVE = Action(
    "{o} todavía no está{n} guardad{a}",
    "{o} queda{n} guardad{a} y l{lo} encuentro al volver a entrar",
    "{o} ya está{n} guardad{a}",
    "no se duplica{n} y veo que ya l{lo} tenía",
    "recupere {o} más adelante sin buscarl{lo} otra vez",
)
_WRITE = Action(
    "escribo un texto con contenido",
    "{o} se publica{n} con mi nombre y la fecha",
    "el texto está vacío",
    "no se publica nada y veo que hace falta escribir algo",
    "otros lectores conozcan mi punto de vista",
)
_EDIT = Action(
    "cambio un valor de {o} por otro válido",
    "los cambios se guardan y {o} se muestra{n} actualizad{a} al momento",
    "dejo un valor no válido",
    "veo qué corregir y {o} conserva{n} los valores anteriores",
    "{o} esté{n} siempre al día",
)
_DELETE = Action(
    "confirmo que quiero eliminar {o}",
    "{o} deja{n} de aparecer en todas partes",
    "cancelo en el diálogo de confirmación",
    "{o} sigue{n} en su sitio sin ningún cambio",
    "no se acumule{n} {o} que ya no sirve{n}",
)
_HIDE = Action(
    "{o} está{n} visible{s} para los usuarios",
    "{o} deja{n} de mostrarse a los usuarios, pero no se borra{n}",
    "{o} ya está{n} ocult{a}",
    "no cambia nada y puedo volver a mostrarl{lo}",
    "retire {o} de la vista sin perder sus datos",
)
_SEARCH = Action(
    "hay {bare} que coinciden con lo que escribo",
    "veo solo las coincidencias, las más parecidas primero",
    "nada coincide con lo que escribo",
    "veo que no hay resultados y puedo cambiar la búsqueda",
    "llegue a {o} que busco sin recorrer todo el catálogo",
)
_FILTER = Action(
    "hay {bare} de distintos tipos",
    "solo quedan a la vista {o} que cumplen el filtro",
    "ninguno cumple el filtro elegido",
    "veo que no hay resultados y puedo quitar el filtro con un clic",
    "vea solo {o} que me interesan",
)
_SORT = Action(
    "hay varios elementos en la lista",
    "la lista se reordena al momento sin recargar la página",
    "dos elementos tienen el mismo valor",
    "mantienen un orden estable y no saltan de sitio",
    "vea primero {o} que más me importan",
)
_VIEW = Action(
    "hay {bare} que mostrar",
    "veo {o} complet{a} y al día",
    "todavía no hay nada que mostrar",
    "veo un aviso de que aún no hay datos, no una página vacía",
    "tenga {o} a la vista sin preguntar a nadie",
)
_READ = Action(
    "tengo acceso a {o}",
    "{o} se abre{n} en el lector y puedo pasar de página",
    "se corta la conexión mientras leo",
    "no pierdo la página en la que iba y sigo al volver la conexión",
    "lea {o} desde cualquier lugar sin descargar nada",
)
_CHOOSE = Action(
    "{o} está{n} disponible{s}",
    "mi elección queda marcada y se mantiene en el paso siguiente",
    "{o} deja{n} de estar disponible{s} mientras elijo",
    "no se guarda esa opción y puedo elegir otra",
    "me quede con {o} que mejor me conviene{n}",
)
_UPLOAD = Action(
    "el archivo tiene un formato admitido",
    "{o} se sube{n} y aparece{n} en la lista con su nombre",
    "el formato del archivo no está admitido",
    "veo los formatos válidos y no se sube nada",
    "no tenga que enviar {o} por otra vía",
)
_EXPORT = Action(
    "hay datos que exportar",
    "obtengo un archivo con {o} que se abre sin errores",
    "no hay datos en el periodo elegido",
    "veo un aviso y no se genera un archivo vacío",
    "trabaje con {o} en mis propias herramientas",
)
_SEND = Action(
    "el mensaje está completo",
    "el mensaje llega a su destinatario y veo que se envió",
    "el mensaje está vacío",
    "no se envía nada y veo qué falta",
    "resuelva mis dudas sin llamar por teléfono",
)
_RATE = Action(
    "ya conozco {o}",
    "mi valoración se suma a la media de {o}",
    "ya valoré {o} antes",
    "no se suma una segunda valoración: se actualiza la anterior",
    "otros elijan {o} con más información",
)
_REPORT = Action(
    "{o} incumple{n} las normas",
    "la denuncia llega a los moderadores y veo que quedó registrada",
    "ya denuncié {o}",
    "no se duplica la denuncia y veo que está en revisión",
    "los moderadores retiren cuanto antes {o} ofensiv{a}",
)
_BLOCK = Action(
    "{o} tiene{n} la cuenta activa",
    "{o} no puede{n} entrar ni publicar hasta que l{lo} desbloquee",
    "{o} ya está{n} bloquead{a}",
    "veo su estado actual y puedo desbloquearl{lo}",
    "quien se comporta mal no pueda seguir haciéndolo",
)
_SIGN_IN = Action(
    "mi correo y mi contraseña son correctos",
    "entro en mi cuenta y veo mis propios datos",
    "la contraseña es incorrecta",
    "veo un mensaje de error y sigo en la página de acceso",
    "retome lo que dejé a medias desde cualquier dispositivo",
)
_SIGN_OUT = Action(
    "tengo una sesión abierta",
    "la sesión se cierra y vuelvo a la página de inicio",
    "vuelvo atrás con el navegador tras cerrar la sesión",
    "no veo mis datos sin volver a entrar",
    "nadie use mi cuenta en un dispositivo compartido",
)
_REGISTER = Action(
    "el correo que indico no está registrado todavía",
    "mi cuenta queda creada y entro en ella",
    "el correo ya está registrado",
    "veo que ya existe una cuenta con ese correo y no se crea otra",
    "tenga una cuenta propia sin pasar por nadie",
)
_MANAGE = Action(
    "tengo permisos de administración",
    "veo todos {o} y puedo añadir, cambiar o quitar cualquiera",
    "no tengo permisos de administración",
    "no veo las opciones de gestión y no cambia nada",
    "{o} esté{n} en orden sin depender de nadie",
)
_APPROVE = Action(
    "{o} está{n} pendiente{s} de revisión",
    "{o} queda{n} aprobad{a} y se publica{n}",
    "otra persona ya revisó {o}",
    "veo quién l{lo} revisó y no se aplica dos veces",
    "solo se publique lo que cumple las normas",
)
_ASSIGN = Action(
    "la persona elegida tiene una cuenta activa",
    "{o} queda{n} asignad{a} y la persona lo ve en su cuenta",
    "la persona elegida ya no está activa",
    "veo que no se puede asignar y no cambia nada",
    "cada tarea tenga un responsable claro",
)
_SHARE = Action(
    "{o} se puede{n} compartir",
    "quien recibe el enlace ve {o} igual que yo",
    "el enlace ya fue retirado",
    "quien lo abre ve que ya no tiene acceso",
    "otros vean {o} sin pasos de más",
)
_TRACK = Action(
    "{o} cambia{n} de estado",
    "veo el estado actual y cuándo se actualizó",
    "se corta la conexión",
    "veo el último estado conocido y su hora, sin datos inventados",
    "sepa cómo va {o} sin preguntar a nadie",
)
_SETTINGS = Action(
    "elijo un valor permitido",
    "el ajuste se aplica al momento y se mantiene la próxima vez",
    "elijo un valor fuera de lo permitido",
    "veo los valores admitidos y el ajuste anterior no cambia",
    "el servicio funcione a mi manera",
)
_LIKE = Action(
    "todavía no marqué {o}",
    "el contador de valoraciones positivas sube en uno y mi marca queda visible",
    "ya había marcado {o}",
    "el contador no cambia y puedo quitar mi marca",
    "quien escribió {o} sepa que su aportación es útil",
)
_DISLIKE = Action(
    "todavía no marqué {o}",
    "el contador de valoraciones negativas sube en uno",
    "antes había marcado que me gusta {o}",
    "mi marca cambia a negativa y no cuento dos veces",
    "se note qué aportaciones no ayudan a los demás",
)

#: The same verbs when the person acts on others' content, on the catalogue, or on people.
SCOPED: dict[tuple[Action, str], Action] = {
    (_DELETE, "moderation"): Action(
        "{o} incumple{n} las normas",
        "{o} deja{n} de verse y su autor recibe un aviso con el motivo",
        "otro administrador ya eliminó {o}",
        "veo que ya no existe{n} y no se envía un segundo aviso",
        "el espacio común se mantenga respetuoso",
    ),
    (_DELETE, "catalogue"): Action(
        "{o} está{n} publicad{a} en el catálogo",
        "{o} sale{n} del catálogo y quien ya l{lo} compró conserva el acceso",
        "{o} tiene{n} pedidos en curso",
        "veo cuántos pedidos hay y no se retira hasta que lo confirme",
        "el catálogo solo muestre lo que se puede conseguir",
    ),
    (_DELETE, "own-content"): Action(
        "{o} no tiene{n} respuestas",
        "{o} desaparece{n} para todos los lectores",
        "otros usuarios ya respondieron a {o}",
        "las respuestas no se pierden y en lugar de {o} se indica que se eliminó",
        "pueda retirar lo que escribí si cambio de opinión",
    ),
    (_EDIT, "catalogue"): Action(
        "{o} está{n} publicad{a} en el catálogo",
        "los lectores ven {o} con los cambios en cuanto guardo",
        "otro administrador está editando {o} a la vez",
        "veo quién l{lo} edita y mis cambios no pisan los suyos",
        "la información del catálogo sea correcta",
    ),
    (_CREATE, "catalogue"): Action(
        "los datos de {o} están completos",
        "{o} aparece{n} en el catálogo y se puede{n} buscar",
        "{o} ya existe{n} en el catálogo",
        "veo la ficha existente y no se crea un duplicado",
        "el catálogo crezca sin depender de terceros",
    ),
    (_CREATE, "people"): Action(
        "la persona tiene un correo válido",
        "{o} recibe{n} una invitación y entra{n} con los permisos que le doy",
        "el correo ya pertenece a otra cuenta",
        "veo a quién pertenece y no se crea una cuenta duplicada",
        "pueda repartir el trabajo de administración",
    ),
    (_CREATE, "private"): Action(
        "escribo el texto de {o}",
        "{o} se guarda{n} y solo yo puedo ver{lo}",
        "otro usuario abre la página donde escribí {o}",
        "no ve{n} nada de lo que escribí",
        "tenga mis apuntes sin que los vea nadie más",
    ),
}

#: Verbs (infinitive, without a clitic) and what their action does.
ACTIONS: dict[str, Action] = {
    **dict.fromkeys("reservar agendar apartar inscribirse apuntarse".split(), _BOOK),
    **dict.fromkeys("cancelar anular".split(), _CANCEL),
    **dict.fromkeys("comprar pedir encargar adquirir".split(), _ORDER),
    **dict.fromkeys("pagar abonar".split(), _PAY),
    "suscribirse": _SUBSCRIBE,
    **dict.fromkeys("crear registrar introducir ingresar insertar dar-de-alta".split(), _CREATE),
    **dict.fromkeys("añadir agregar".split(), _ADD),
    **dict.fromkeys("añadir-texto agregar-texto".split(), _WRITE),
    **dict.fromkeys("guardar anotar marcar".split(), _SAVE),
    **dict.fromkeys("escribir publicar redactar comentar opinar dar-opinión".split(), _WRITE),
    **dict.fromkeys(
        "modificar editar cambiar actualizar corregir renombrar reprogramar".split(), _EDIT
    ),
    **dict.fromkeys("eliminar borrar quitar archivar vaciar".split(), _DELETE),
    "ocultar": _HIDE,
    **dict.fromkeys("buscar encontrar localizar realizar-búsqueda".split(), _SEARCH),
    "filtrar": _FILTER,
    "ordenar": _SORT,
    **dict.fromkeys("ver visualizar consultar conocer mirar revisar disponer".split(), _VIEW),
    "leer": _READ,
    **dict.fromkeys("elegir seleccionar escoger".split(), _CHOOSE),
    **dict.fromkeys("subir adjuntar importar cargar".split(), _UPLOAD),
    **dict.fromkeys("exportar descargar imprimir".split(), _EXPORT),
    **dict.fromkeys("enviar mandar contactar preguntar responder".split(), _SEND),
    **dict.fromkeys("valorar puntuar calificar votar reseñar".split(), _RATE),
    **dict.fromkeys("denunciar reportar".split(), _REPORT),
    **dict.fromkeys("bloquear desbloquear bloquear/desbloquear".split(), _BLOCK),
    **dict.fromkeys("iniciar-sesión acceder entrar identificarse autenticarse".split(), _SIGN_IN),
    **dict.fromkeys("cerrar-sesión desconectarse salir".split(), _SIGN_OUT),
    **dict.fromkeys("registrarse darse-de-alta".split(), _REGISTER),
    **dict.fromkeys("gestionar administrar".split(), _MANAGE),
    **dict.fromkeys("aprobar validar verificar aceptar moderar".split(), _APPROVE),
    **dict.fromkeys("asignar".split(), _ASSIGN),
    **dict.fromkeys("compartir invitar recomendar".split(), _SHARE),
    **dict.fromkeys("seguir rastrear monitorizar monitorear".split(), _TRACK),
    **dict.fromkeys("configurar personalizar ajustar".split(), _SETTINGS),
    "me-gusta": _LIKE,
    "no-me-gusta": _DISLIKE,
}

#: What some things are for, whatever is done with them (head noun -> benefit).
THINGS = {
    "contraseña": "solo yo pueda entrar en mi cuenta",
    "cuenta": "mis datos sean míos y pueda decidir qué pasa con ellos",
    "favorito": "vuelva a lo que me gusta sin buscarlo",
    "deseo": "no olvide lo que quiero conseguir más adelante",
    "nota": "no pierda mis ideas mientras leo",
    "notificación": "no se me pase nada importante",
    "recordatorio": "no se me olvide la cita",
    "informe": "decida con datos y no con impresiones",
}


_TEXTS = re.compile(r"\b(?:comentario|opini|post|mensaje|reseña)")


def action_of(verb: str, rest: str = "") -> tuple[str, Action | None]:
    """The key and action of a verb as a wish names it ("iniciar" + "sesión ...")."""
    words = verb.lower().replace("darse de alta", "darse-de-alta").split()
    if not words:
        return "", None
    first = words[0]
    low = rest.lower()
    if first == "indicar" and low.startswith("que no me gusta"):
        return "no-me-gusta", ACTIONS["no-me-gusta"]
    if first == "indicar" and low.startswith("que me gusta"):
        return "me-gusta", ACTIONS["me-gusta"]
    if first in {"iniciar", "cerrar"} and low.startswith(("sesión", "la sesión")):
        key = f"{first}-sesión"
        return key, ACTIONS[key]
    if first in {"realizar", "hacer", "efectuar"} and low.startswith(("búsqueda", "la búsqueda")):
        return "realizar-búsqueda", ACTIONS["realizar-búsqueda"]
    if first in {"realizar", "hacer", "efectuar"} and "compra" in low.split()[:2]:
        return "comprar", ACTIONS["comprar"]
    if first == "dar" and low.startswith(("mi opinión", "su opinión", "opinión")):
        return "dar-opinión", ACTIONS["dar-opinión"]
    if first in {"añadir", "agregar", "poner", "meter"} and re.search(
        r"\b(?:al|en\s+el|a\s+mi|en\s+mi)\s+(?:carrito|cesta)\b", low
    ):
        return "añadir-al-carrito", _TO_CART
    if first in {"pagar", "abonar"} and not re.search(r"tarjeta|crédito|débito", low):
        return first, _PAY_OTHER if low else ACTIONS.get(first)
    if first in {"añadir", "agregar"} and _TEXTS.search(low):
        return f"{first}-texto", ACTIONS[f"{first}-texto"]
    if first.endswith("se") and first not in ACTIONS and first[:-2] in ACTIONS:
        first = first[:-2]
    return first, ACTIONS.get(first)
