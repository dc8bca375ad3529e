"""Spanish: chrome, sentences and story patterns (the user is addressed as "tú")."""

import re

from generation.languages import pack_for
from generation.wireframes.phrases import Phrases

WORDS = {
    # Chrome
    "Product": "Producto",
    "user": "usuario",
    "Home": "Inicio",
    "Help": "Ayuda",
    "Account": "Cuenta",
    "account": "cuenta",
    "Privacy": "Privacidad",
    "Terms": "Términos",
    "url": "dirección",
    "logo": "logo",
    "footer": "pie de página",
    "image": "imagen",
    "back": "volver",
    "Back to": "< Volver a: {activity}",
    "Signed in as": "Sesión de {role}",
    "status bar": "barra de estado",
    "Ready": "Listo  -  {product}  -  sesión de {role}",
    "menu": "Archivo  Edición  Ver  Ayuda",
    "Recent": "Recientes",
    "Settings": "Ajustes",
    "Search...": "Buscar...",
    "nav": "menú",
    "btn": "botón",
    "button": "botón",
    # Buttons
    "Cancel": "Cancelar",
    "Continue": "Continuar",
    "Save": "Guardar",
    "Search": "Buscar",
    "Apply": "Aplicar",
    "View": "Ver",
    "Refresh": "Actualizar",
    "Pay now": "Pagar",
    "Send": "Enviar",
    "Upload": "Subir",
    "Book": "Reservar",
    "Choose file": "Elegir archivo",
    "Clear search": "Borrar búsqueda",
    "Notification settings": "Ajustes de avisos",
    "Contact support": "Contactar con soporte",
    "Retry": "Reintentar",
    # Forms
    "Details": "Detalles",
    "Note (optional)": "Nota (opcional)",
    "Enter": "{label}…",
    "disabled": "({action} se activa cuando todos los campos son válidos.)",
    "choose": "Elegir",
    # Lists
    "search": "buscar",
    "Search for": "Buscar {obj}…",
    "items": "elementos",
    "item": "elemento",
    "Name": "Nombre",
    "Detail": "Detalle",
    "row": "{noun} {id}",
    "row ids": "1 2 3",
    "row details": "Hoy, 10:00|Ayer, 18:30|Lun, 09:15",
    "filter": "filtro: {filter:lower} v",
    "Any": "{filter}: [ Todos v ]",
    "list of": "lista: {obj}",
    "pagination": "paginación",
    "Previous": "< Anterior",
    "Next": "Página 1 de 3   Siguiente >",
    # Status
    "status": "estado",
    "progress bar": "barra de progreso",
    "map": "mapa",
    "updates": "novedades",
    "refresh": "actualizar",
    "request": "solicitud",
    "Status": "Estado: {step}",
    "order steps": "Recibido|En preparación|En camino|Entregado",
    "steps": "Enviado|En curso|En revisión|Completado",
    "step": "paso 3 de 4",
    "Latest update": "Última novedad: {text}",
    "Courier": "Mapa: repartidor a 1,2 km, llega hacia las 18:40",
    "Last updated": "Actualizado hace 2 min",
    # Error states below the screen
    "Error state": "Estado de error",
    "Something went wrong": "No se pudo completar. Inténtalo de nuevo.",
    "card": "otra tarjeta",
    "card words": r"tarjeta",
    "email words": r"correo|e-?mail",
    "results": "resultados",
    "Card": "Pago con tarjeta",
    "Payment": "Pago",
    "payment method": "otro método de pago",
    "email": "correo",
    "name": "usuario",
    "the highlighted field": "el campo marcado",
    # Map
    "Search nearby": "Dirección o lugar…",
    "Map": "Mapa",
    "you are here": "(*) estás aquí",
    "distances": "350 m|800 m|1.2 km",
    "Distance": "Distancia",
    "place": "Lugar",
    # Calendar
    "Free times": "Horas libres",
    "Selected": "Elegido: {day}, {time}",
    "slot legend": "[>10:00<] elegida   [ ----- ] ocupada",
    "date picker": "selector de fecha",
    "time slots": "horas libres",
    # Checkout
    "Your order": "Tu pedido",
    "Article": "Artículo",
    "Total": "Total",
    "order summary": "resumen del pedido",
    # Dashboard
    "Period": "Periodo: [ Esta semana v ]",
    "figure": "cifra",
    "chart": "gráfico",
    "By day": "Por día",
    "figure names": "Total|Esta semana|Hoy",
    "figure values": "12 480|342|27",
    "figure change": "+8% frente a la semana pasada",
    # Chat
    "Support": "Soporte",
    "You": "Tú",
    "chat lines": "¡Hola! ¿En qué podemos ayudarte?|Hola, tengo una pregunta.|Claro, cuéntanos.",
    "Type a message": "Escribe un mensaje…",
    "messages": "mensajes",
    "type a message": "mensaje",
    # Upload
    "Drop files": "Arrastra archivos aquí o",
    "Accepted": "{formats}, hasta {size}",
    "size": "10 MB",
    "drop zone": "zona de carga",
    "file list": "lista de archivos",
    # Settings
    "toggle names": "Correo|SMS|Notificaciones push",
    "Language": "Idioma:  [ Español v ]",
    # Markdown: Layout
    "layout component": "- Un componente por separado: {component}, con sus estados.",
    "top web": "- Arriba: barra del navegador y navegación ({places}).",
    "top mobile": "- Arriba: barra de estado y barra de la app con botón de volver y «{task}».",
    "top desktop": "- Arriba: barra de título, menú ({menu}) y barra de herramientas.",
    "left": "- Izquierda: barra lateral con «{activity}» y «{task}».",
    "heading": "- Título: «{title}».",
    "main": "- Centro: {component}.",
    "image placeholder": "- Sobre el componente principal: espacio para una imagen (caja de X).",
    "bottom": "- Abajo: enlace para volver y luego {bottom}.",
    "bottom web": "el pie de página",
    "bottom mobile": "la barra de pestañas ({home}, {activity}, {account})",
    "bottom desktop": "la barra de estado",
    "below": "- Debajo de la pantalla, por separado: un estado de error con «{message}»",
    "form words": "un formulario con {fields} y el botón «{action}»",
    "list words": "un buscador, filtros y una tabla de {obj} con filas de ejemplo",
    "status words": "una tarjeta de estado con el progreso, los pasos dados y la última novedad",
    "checkout words": "el resumen del pedido y un formulario de pago con {fields} y el botón "
    "«{action}»",
    "map words": "un buscador, un mapa con marcadores y la lista de {obj} con su distancia",
    "calendar words": "un selector de día, las horas libres y el botón «{action}»",
    "dashboard words": "tarjetas con cifras ({figures}), un gráfico por día y un selector de "
    "periodo",
    "chat words": "una conversación y un cuadro de mensaje con el botón «{action}»",
    "upload words": "una zona para soltar archivos con selector y los archivos con su progreso",
    "settings words": "interruptores ({toggles}) y el botón «{action}»",
    # Markdown: UI elements
    "el choice": "Opción ({choices}): cómo {goal}; la primera está marcada.",
    "el input": "Campo «{label}»: dato necesario para {goal}.",
    "el search": "Buscador y botón «{label}»: acotan la lista.",
    "el row button": "Botón «{action}» en cada fila: actúa sobre esa fila.",
    "el filter": "Filtro «{filter}»: deja solo las filas que coinciden.",
    "el table": "Tabla de {obj}: filas de ejemplo; la fila elegida lleva «>».",
    "el pagination": "Paginación: páginas anterior y siguiente.",
    "el status card": "Tarjeta de estado con barra de progreso: cómo va todo ahora.",
    "el steps": "Pasos: hechos [x], actual [>], pendientes [ ].",
    "el refresh": "Botón «Actualizar»: carga el último estado.",
    "el primary": "Botón principal «{action}»: desactivado hasta que los campos sean válidos.",
    "el cancel": "Botón «Cancelar»: sale sin guardar.",
    "el summary": "Resumen del pedido: artículos, precios y total.",
    "el map": "Mapa: dónde estás (*) y los lugares de la lista de abajo, con su número.",
    "el map rows": "Lista de {obj}: distancia y botón «{action}» en cada fila.",
    "el days": "Selector de día: los días de la semana; el elegido va entre corchetes.",
    "el slots": "Horas: las libres se pueden elegir, las ocupadas aparecen tachadas, la elegida "
    "va marcada.",
    "el pick": "Selector «{label}»: acota las horas libres.",
    "el confirm": "Botón «{action}»: confirma la hora elegida.",
    "el figures": "Tarjetas con cifras: {figures}, cada una con su cambio en el periodo.",
    "el chart": "Gráfico: una barra por cada día del periodo.",
    "el period": "Selector de periodo: qué días cubren las cifras.",
    "el thread": "Conversación: sus mensajes a la izquierda, los tuyos a la derecha, con la hora.",
    "el compose": "Cuadro de mensaje y botón «{action}»: envían el mensaje.",
    "el drop": "Zona de carga: arrastra aquí los archivos o elígelos; indica qué archivos se "
    "aceptan.",
    "el files": "Lista de archivos: cada uno con su progreso y un botón para quitarlo [ x ].",
    "el upload": "Botón «{action}»: envía los archivos.",
    "el toggles": "Interruptores: {toggles}; [x] está activado.",
    "el save": "Botón «{action}»: guarda los cambios; «{cancel}» los deja como estaban.",
    "el message": "Mensaje «{message}»: aparece cuando {given}.",
    "el nav": "{nav}: lleva de «{activity}» a otras partes de {product}.",
    "nav web": "Navegación superior",
    "nav mobile": "Barra de pestañas inferior",
    "nav desktop": "Barra lateral y menú",
    # Markdown: Navigation
    "via web": "la navegación superior",
    "via mobile": "la barra de pestañas",
    "via desktop": "la barra lateral",
    "comes from": "- Se llega desde: «{activity}» (por {via}), tarea «{task}».",
    "leads to": "- «{action}» lleva {next}.",
    "next form": "a una pantalla de confirmación y luego al siguiente paso",
    "next list": "a la ficha de la fila elegida ({noun})",
    "next status": "a la misma pantalla con el último estado",
    "next checkout": "a un recibo con el número de pedido",
    "next map": "al lugar elegido, con indicaciones para llegar",
    "next calendar": "a la confirmación de la hora elegida",
    "next dashboard": "a las mismas cifras del periodo elegido",
    "next chat": "a la misma conversación, con el mensaje añadido",
    "next upload": "a los archivos subidos, listos para usar",
    "next settings": "a la misma pantalla, con los cambios guardados",
    "back returns": "- Volver lleva a «{activity}»; no se pierde nada de lo escrito.",
    "unhappy stay": "- Los errores se muestran en esta misma pantalla, en su sitio.",
    # Markdown: Notes
    "note unhappy": "- Caso de error: «{message}»",
    "note criteria": "- Criterios de aceptación cubiertos:",
    "note assumes": "- Se supone que hay una sesión iniciada ({role}); nombres y valores son de "
    "ejemplo.",
    "note wide": "- Los caracteres anchos (CJK, emoji) de la historia se dibujan como «?».",
}

_YOU = {"yo": "tú", "mi": "tu", "mis": "tus", "me": "te", "conmigo": "contigo", "soy": "eres",
        "estoy": "estás", "tengo": "tienes", "puedo": "puedes", "quiero": "quieres",
        "hago": "haces", "voy": "vas", "pierdo": "pierdes", "intento": "intentas",
        "uso": "usas", "cumplo": "cumples", "relleno": "rellenas", "elijo": "eliges",
        "cancelo": "cancelas", "necesito": "necesitas", "he": "has", "envío": "envías",
        "completo": "completas", "guardo": "guardas", "entro": "entras", "veo": "ves"}  # fmt: skip
_ARTICLES = frozenset(
    "el la los las un una unos unas mi mis su sus tu tus este esta estos estas ese esa esos "
    "esas".split()
)
_LINKS = frozenset({"de", "del"})
_STOPS = pack_for("es").stopwords


def _you(text: str) -> str:
    """A situation told to the user: "pierdo mi conexión" -> "pierdes tu conexión"."""
    return re.sub(r"[^\W\d_]+", lambda m: _YOU.get(m.group(0).lower(), m.group(0)), text)


def _singular(phrase: str) -> str:
    """A plural phrase made singular, word by word: "libros usados" -> "libro usado"."""
    words = []
    for word in phrase.split():
        if word.lower() in _LINKS | _ARTICLES:
            words.append(word)
        elif re.search(r"[^aeiouáéíóú]es$", word) and len(word) > 4:
            words.append(word[:-2])
        elif word.endswith("s") and len(word) > 3:
            words.append(word[:-1])
        else:
            words.append(word)
    return " ".join(words)


PHRASES = Phrases(
    code="es",
    words=WORDS,
    headings=("Estructura", "Elementos de la interfaz", "Navegación", "Notas"),
    kinds=(
        (
            "settings",
            r"configuraci[oó]n|\bajustes|preferencias|activar o desactivar|"
            r"desactivar (?:las )?notificaciones",
        ),
        (
            "status",
            r"seguimiento|\brastrear|\bestado de (?:mi|su|tu|la|el)|notificaci|\baviso|"
            r"recordatorio|\bseguir (?:el|mi|la|tu)",
        ),
        (
            "checkout",
            r"\bpag(?:ar|o|os)\b|\bpago|carrito|\bcomprar|\bcompras?\b|checkout|"
            r"tarjeta de cr[eé]dito",
        ),
        (
            "map",
            r"\bmapa|ubicaci[oó]n|cerca de m[ií]|cercan[oa]s?\b|\bruta\b|\bgps\b|"
            r"localizaci[oó]n",
        ),
        (
            "calendar",
            r"horario(?!s? de apertura)|franja|\bcitas?\b|calendario|\bagenda|\breserv|"
            r"fecha y hora|disponibilidad|reprogramar|\bturnos?\b",
        ),
        (
            "chat",
            r"\bchat|mensajer[ií]a|conversaci[oó]n|enviar (?:un )?mensaje|"
            r"mensajes? (?:al?|con) ",
        ),
        (
            "upload",
            r"\bsubir|cargar (?:(?:un|una|el|la|los|las) )?(?:foto|archivo|imagen|"
            r"documento|v[ií]deo)|adjuntar|\bfotos?\b|im[aá]gen|\barchivos?\b|avatar",
        ),
        (
            "dashboard",
            r"panel de (?:control|m[eé]tricas)|estad[ií]stica|anal[ií]tica|informe|"
            r"m[eé]tricas|ingresos|gr[aá]fic|indicador|\bventas\b",
        ),
    ),  # fmt: skip
    list_verbs=r"^(?:buscar|encontrar|ver|consultar|explorar|navegar|filtrar|ordenar|comparar|"
    r"listar|descubrir|revisar)$",
    status_verbs=r"^(?:seguir|rastrear|recibir|monitorear|monitorizar)$",
    form_verbs=r"^(?:crear|registrar|registrarse|añadir|agregar|enviar|escribir|editar|"
    r"modificar|cambiar|actualizar|rellenar|completar|solicitar|publicar|valorar|iniciar|cerrar|"
    r"confirmar|invitar|recuperar|restablecer)$",
    meta_verbs=r"^(?:usar|utilizar|contar|tener|acceder)$",
    browse_words=r"resultados|cat[aá]logo",
    tool_words=r"documento|hoja de c[aá]lculo|exportar|importar|editor|informe|plantilla|factura",
    containers=r"^(?:lista|listado|cat[aá]logo|historial|conjunto)\s+del?\s+"
    r"(?:(?:los|las|mis|sus|tus)\s+)?",
    role_frame=r"^\W*como\s+(?:un|una|el|la)?\s*(?P<role>[^,.;:]{1,80}?)\s*,\s*(?:yo\s+)?"
    r"(?:quiero|necesito|deseo)",
    subordinators=r"^que\b",
    fields=(
        (r"\bnombre\b|registr|\bcuenta\b", "Nombre", "Ana García"),
        (r"correo|e-?mail", "Correo", "ana@example.com"),
        (r"tel[eé]fono|\bsms\b|m[oó]vil", "Teléfono", "+34 600 123 456"),
        (r"contrase[nñ]a|registr|\bcuenta\b", "Contraseña", "********"),
        (r"tarjeta|\bpag(?:ar|o)\b", "Número de tarjeta", "4242 4242 4242 4242"),
        (r"tarjeta|\bpag(?:ar|o)\b", "Caducidad / CVC", "12/27  123"),
        (r"direcci[oó]n|entrega|env[ií]o", "Dirección", "Calle Mayor 12"),
        (r"\bfecha|horario|\bcita|reserv|franja", "Fecha y hora", "Vie 18:00–19:00"),
        (r"cantidad|art[ií]culos|carrito", "Cantidad", "2"),
        (r"precio|importe|coste|costo", "Precio", "12,50"),
        (r"valora|puntua|calificaci", "Valoración", "4 de 5"),
        (r"rese[nñ]a|comentario|opini[oó]n", "Comentario", "¡Rápido y amable, gracias!"),
    ),
    messages=(
        ("declined", r"rechaz|fondos insuficientes", "{payment} rechazado. Prueba con {method}."),
        (
            "nomatch",
            r"ning[uú]n resultado|no hay resultados|nada coincide|sin resultados",
            "No hay resultados para tu búsqueda. Prueba con otras palabras.",
        ),
        (
            "stale",
            r"no se puede(?:n)? cargar|no se carg|desactualizad|no responde",
            "Se muestran los últimos datos conocidos; pueden estar desactualizados.",
        ),
        (
            "offline",
            r"conexi[oó]n|sin internet|sin red|fuera de l[ií]nea|sin cobertura",
            "Sin conexión. No se pierde nada de lo que escribiste.",
        ),
        (
            "busy",
            r"(?:hora|horario|franja|plaza|cita|mesa)\w* (?:ya )?(?:est[aá] )?ocupad",
            "Esa hora ya está ocupada. Elige otra.",
        ),
        (
            "taken",
            r"ya (?:est[aá] )?registrad|(?:correo|usuario)\w* ya",
            "Este {login} ya está registrado.",
        ),
        (
            "invalid",
            r"inv[aá]lid|incorrect|obligatori|vac[ií]o|\bfalta|formato",
            "Revisa «{field}»: el dato falta o no es válido.",
        ),
        (
            "denied",
            r"sin permiso|no tien\w* permiso|no tengo permiso|acceso denegado|"
            r"no autorizad|no tiene acceso|no tengo acceso",
            "No tienes permiso para hacer esto.",
        ),
        (
            "muted",
            r"notificaciones (?:est[aá]n )?desactivad",
            "Las notificaciones están desactivadas.",
        ),
    ),  # fmt: skip
    given=r"\s*dado que\s+(.+?),?\s+cuando\b",
    unhappy=r"\bno\b|error|inv[aá]lid|incorrect|\bfalta|vac[ií]|cancel|rechaz|\bperd|menos de|"
    r"agotad|sin conexi|excede|demasiad|expir|caducad|denegad|ocupad|ya (?:existe|est[aá]|hay)",
    trying=r"\bintento\b|\bintenta\b",
    sees=r"\bveo\s+que\s+(.+)",
    clause_end=r",\s+(?:y|pero|e)\s+|\s+[ye]\s+(?:no|nada|mis?|tus?|el|la|los|las|un|una|puedo|"
    r"sigo)\b|;|\.\s",
    first_person=r"(?<!\w)(?:yo|mi|mis|me|conmigo)(?!\w)",
    choice_preps=r"con|por|mediante|v[ií]a",
    joiners=r"o|u",
    ands=r"y|e",
    leading=_STOPS | _ARTICLES,
    stops=_STOPS - _LINKS - _ARTICLES,
    links=_LINKS,
    articles=_ARTICLES,
    days=("Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"),
    decimal=",",
    head_first=True,
    singular=_singular,
    plural=lambda text: bool(re.match(r"\w+s\b", text)),
    you=_you,
    is_verb=lambda word: bool(re.search(r"(?:ar|er|ir)$", word.lower())),
)
