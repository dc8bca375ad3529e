"""Palabras en español del catálogo de recorridos habituales (``generation.stories.catalogue``)."""

from generation.languages.journeys import CatalogueWords, KindWords, RoleWords, step


def story_line(role: str, goal: str, benefit: str) -> str:
    return f"Como {role}, quiero {goal}, para que {benefit}."


FOOD_DELIVERY = KindWords(
    cues=r"\b(?:comida|platos?|restaurantes?|repartidor\w*|reparto|domicilio|entregas?|"
    r"entreg\w+|men[úu]s?|pedidos?|piden|pedir|cocina)\b",
    roles={
        "customer": RoleWords(
            "cliente",
            (
                (r"\bclientes?\b", "cliente"),
                (r"\bcomensal\w*", "comensal"),
                (r"\bcompradores?\b", "comprador"),
            ),
        ),
        "courier": RoleWords(
            "repartidor",
            (
                (r"\brepartidor\w*", "repartidor"),
                (r"\bmensajer\w*", "mensajero"),
                (r"\bconductor\w*", "conductor"),
            ),
        ),
        "restaurant": RoleWords(
            "gerente del restaurante",
            (
                (r"\bpersonal del restaurante\b", "empleado del restaurante"),
                (r"\brestaurantes?\b", "gerente del restaurante"),
            ),
        ),
    },
    activities={
        "find": "Elegir comida",
        "order": "Hacer un pedido",
        "receive": "Recibir el pedido",
        "deliver": "Repartir pedidos",
        "kitchen": "Llevar la cocina",
    },
    steps={
        "browse": step(
            "Ver restaurantes cercanos",
            "ver los restaurantes que entregan en mi dirección",
            "solo mire los sitios que pueden traerme la comida",
            "Dado que tres de cuatro restaurantes entregan en mi dirección, cuando abro la "
            "lista, entonces veo esos tres, cada uno con su tiempo y coste de envío.",
            "Dado que ningún restaurante entrega ahora en mi dirección, cuando abro la lista, "
            "entonces veo que no hay ninguno disponible y puedo cambiar la dirección.",
            "ver restaurante|buscar restaurante|restaurante cercano",
        ),
        "search": step(
            "Buscar un plato",
            "buscar un plato por su nombre",
            "encuentre lo que me apetece sin abrir cada menú",
            "Dado que dos restaurantes tienen «paella» en su menú, cuando busco «paella», "
            "entonces veo ambos platos con su restaurante y su precio.",
            "Dado que ningún menú cercano tiene «ramen», cuando lo busco, entonces veo que no "
            "hay resultados y platos parecidos.",
            "buscar plato",
        ),
        "cart": step(
            "Añadir platos al carrito",
            "añadir platos al carrito y cambiar las cantidades",
            "pueda preparar todo el pedido antes de pagar",
            "Dado que mi carrito está vacío, cuando añado dos raciones de sopa, entonces el "
            "carrito muestra dos sopas y el total.",
            "Dado que mi carrito tiene platos de otro restaurante, cuando añado uno de este, "
            "entonces se me pregunta si empiezo un carrito nuevo y los platos no se mezclan.",
            "carrito|cesta",
        ),
        "checkout": step(
            "Confirmar el pedido con la dirección",
            "confirmar el pedido con mi dirección y una nota para el repartidor",
            "el pedido llegue a la puerta correcta",
            "Dado que el carrito y la dirección están completos, cuando confirmo el pedido, "
            "entonces veo el resumen con el coste de envío y la hora estimada de llegada.",
            "Dado que mi dirección está fuera de la zona de reparto, cuando confirmo el pedido, "
            "entonces veo que no entregan allí y no se crea el pedido.",
            "hacer pedido|confirmar pedido|dirección de entrega",
        ),
        "pay": step(
            "Pagar el pedido",
            "pagar el pedido con tarjeta o monedero",
            "el restaurante empiece a cocinar sin esperar al efectivo",
            "Dado que mi tarjeta es válida, cuando pago, entonces el pago se confirma y el "
            "restaurante recibe el pedido.",
            "Dado que el banco rechaza mi tarjeta, cuando pago, entonces veo el motivo y puedo "
            "elegir otro método; el pedido no se envía al restaurante.",
            "pagar|pago",
        ),
        "track": step(
            "Seguir el pedido",
            "seguir mi pedido desde la cocina hasta mi puerta",
            "sepa cuándo esperar al repartidor",
            "Dado que el restaurante entregó mi pedido al repartidor, cuando abro el pedido, "
            "entonces veo al repartidor en el mapa y la hora de llegada.",
            "Dado que el repartidor se retrasa, cuando pasa la hora prevista, entonces veo la "
            "nueva estimación y puedo contactar con soporte; el pedido no figura como entregado.",
            "seguir pedido|estado del pedido|seguimiento",
        ),
        "rate": step(
            "Valorar el pedido",
            "valorar la comida y la entrega cuando llega el pedido",
            "otros clientes elijan restaurante por experiencias reales",
            "Dado que mi pedido fue entregado, cuando doy cuatro estrellas a la comida y cinco "
            "a la entrega, entonces ambas valoraciones aparecen en el pedido.",
            "Dado que mi pedido fue cancelado, cuando lo abro, entonces no puedo valorarlo.",
            "valorar|reseña|opinión",
        ),
        "reorder": step(
            "Repetir un pedido anterior",
            "repetir uno de mis pedidos anteriores con un toque",
            "mi cena de siempre se pida en segundos",
            "Dado que pedí una pizza la semana pasada, cuando repito ese pedido, entonces el "
            "carrito tiene la misma pizza al precio de hoy.",
            "Dado que la pizza ya no está en el menú, cuando repito el pedido, entonces veo "
            "qué plato falta y el resto queda en el carrito.",
            "repetir pedido",
        ),
        "accept": step(
            "Aceptar un reparto",
            "ver los repartos cercanos y aceptar uno",
            "tome los encargos que encajan con mi ruta",
            "Dado que hay un reparto a 1 km, cuando lo acepto, entonces veo la dirección del "
            "restaurante y el reparto no se ofrece a nadie más.",
            "Dado que otro repartidor lo aceptó un momento antes, cuando lo acepto, entonces "
            "veo que ya está asignado y no puedo aceptarlo.",
            "aceptar reparto|aceptar pedido|aceptar entrega",
        ),
        "navigate": step(
            "Ir hasta el cliente",
            "obtener la ruta al restaurante y después al cliente",
            "no pierda tiempo buscando el camino",
            "Dado que recogí el pedido, cuando abro la ruta, entonces veo el camino hasta la "
            "dirección del cliente con la nota de acceso.",
            "Dado que la dirección no aparece en el mapa, cuando abro la ruta, entonces veo el "
            "teléfono del cliente para llamarle.",
            "ruta|navegar|navegación",
        ),
        "handover": step(
            "Marcar el pedido como entregado",
            "marcar el pedido como entregado al darlo",
            "el cliente y el restaurante sepan que el pedido está cerrado",
            "Dado que di la bolsa al cliente, cuando marco el pedido como entregado, entonces "
            "el cliente lo ve entregado y el pedido sale de mi lista.",
            "Dado que el cliente no abre la puerta, cuando intento marcar el pedido como "
            "entregado, entonces se me pide registrar una entrega fallida.",
            "marcar entregado|entregar pedido",
        ),
        "menu": step(
            "Gestionar el menú",
            "añadir, cambiar y quitar platos con sus precios y fotos",
            "los clientes pidan lo que la cocina prepara de verdad",
            "Dado que añado una ensalada a 8,50 €, cuando guardo el menú, entonces los "
            "clientes ven la ensalada a ese precio.",
            "Dado que un plato no tiene precio, cuando lo guardo, entonces veo que el precio "
            "es obligatorio y el plato no se publica.",
            "menú|gestionar platos",
        ),
        "orders": step(
            "Aceptar pedidos entrantes",
            "aceptar o rechazar cada pedido entrante",
            "la cocina solo prepare lo que puede servir a tiempo",
            "Dado que llega un pedido nuevo, cuando lo acepto, entonces el cliente ve que se "
            "está preparando.",
            "Dado que se nos acabó un ingrediente, cuando rechazo el pedido, entonces se avisa "
            "al cliente y no se le cobra.",
            "aceptar pedido|pedido entrante|recibir pedido",
        ),
        "sold-out": step(
            "Marcar un plato como agotado",
            "marcar un plato como agotado hasta el final del día",
            "nadie pida un plato que no podemos cocinar",
            "Dado que la sopa se agotó, cuando la marco como agotada, entonces los clientes no "
            "pueden añadirla al carrito hasta mañana.",
            "Dado que un cliente tiene la sopa en un carrito sin pagar, cuando la marco como "
            "agotada, entonces su pago se detiene y ve que la sopa ya no está disponible.",
            "agotado|sin existencias",
        ),
    },
)

BOOKING = KindWords(
    cues=r"\b(?:citas?|reservas?|reserv\w+|clínicas?|médic\w+|doctor\w*|pacientes?|"
    r"peluquer\w+|consultas?|horarios?|turnos?|dentista\w*|agenda\w*)\b",
    roles={
        "client": RoleWords(
            "cliente",
            (
                (r"\bpacientes?\b", "paciente"),
                (r"\bclientes?\b", "cliente"),
            ),
        ),
        "specialist": RoleWords(
            "especialista",
            (
                (r"\bmédic\w+|\bdoctor\w*", "médico"),
                (r"\bdentista\w*", "dentista"),
                (r"\bpeluquer[oa]s?\b|\bestilista\w*", "estilista"),
                (r"\bespecialista\w*", "especialista"),
            ),
        ),
        "admin": RoleWords(
            "administrador",
            (
                (r"\badministrador\w*", "administrador"),
                (r"\brecepcionista\w*|\brecepción\b", "recepcionista"),
            ),
        ),
    },
    activities={
        "find": "Encontrar un especialista",
        "book": "Reservar una cita",
        "visit": "Gestionar la cita",
        "work": "Atender las citas",
        "schedule": "Llevar la agenda",
    },
    steps={
        "find": step(
            "Elegir especialista y servicio",
            "buscar un especialista por servicio y nombre",
            "reserve con quien hace lo que necesito",
            "Dado que dos especialistas ofrecen el servicio que necesito, cuando elijo ese "
            "servicio, entonces veo a ambos con su hora libre más próxima.",
            "Dado que nadie ofrece el servicio este mes, cuando lo elijo, entonces veo que no "
            "hay horas libres y puedo dejar mi teléfono para que me llamen.",
            "elegir médico|elegir especialista|buscar médico|buscar especialista",
        ),
        "profile": step(
            "Ver el perfil del especialista",
            "ver la experiencia, los servicios y los precios de un especialista",
            "sepa a quién voy y qué pago",
            "Dado que el especialista tiene perfil, cuando lo abro, entonces veo su "
            "experiencia, sus servicios y sus precios.",
            "Dado que el especialista ya no trabaja aquí, cuando abro un enlace antiguo, "
            "entonces veo que no acepta reservas.",
            "perfil|experiencia|precios",
        ),
        "book": step(
            "Reservar una hora libre",
            "elegir una hora libre y reservarla",
            "vaya cuando me venga bien sin llamar",
            "Dado que el martes están libres las 10:00 y las 10:30, cuando reservo las 10:30, "
            "entonces la cita queda creada y esa hora no se ofrece a nadie más.",
            "Dado que otra persona ocupó las 10:30 mientras rellenaba el formulario, cuando "
            "confirmo, entonces veo que está ocupada y las horas libres más cercanas; no se "
            "crea ninguna cita.",
            "reservar|hora libre|pedir cita|elegir hora",
        ),
        "prepay": step(
            "Pagar la cita en línea",
            "pagar la cita en línea al reservar",
            "no haga cola en recepción el día de la cita",
            "Dado que la cita cuesta 40 €, cuando pago con tarjeta, entonces la cita figura "
            "como pagada.",
            "Dado que el pago falla, cuando intento pagar, entonces la cita sigue sin pagar y "
            "puedo pagarla en la consulta.",
            "pagar|pago",
        ),
        "confirm": step(
            "Recibir la confirmación",
            "recibir una confirmación con la fecha, la hora y la dirección",
            "esté seguro de que la reserva se hizo",
            "Dado que reservé el martes a las 10:30, cuando se crea la cita, entonces recibo "
            "un mensaje con el especialista, la dirección y la hora.",
            "Dado que mi número tiene un error, cuando el mensaje no se entrega, entonces veo "
            "la cita en la web con un aviso para revisar el número.",
            "confirmación|confirmar",
        ),
        "remind": step(
            "Recibir un recordatorio",
            "recibir un recordatorio el día antes de la cita",
            "no se me olvide la cita",
            "Dado que mi cita es el miércoles a las 10:00, cuando llega el martes a las 10:00, "
            "entonces recibo un recordatorio con la hora y la dirección.",
            "Dado que cancelé la cita, cuando llega la hora del recordatorio, entonces no se "
            "envía.",
            "recordatorio|recordar",
        ),
        "change": step(
            "Cancelar o cambiar la cita",
            "cancelar la cita o pasarla a otra hora",
            "la hora quede libre si cambian mis planes",
            "Dado que faltan dos días, cuando paso la cita al viernes a las 9:00, entonces la "
            "cita muestra la nueva hora y la anterior queda libre.",
            "Dado que pasó el plazo de cancelación, cuando intento cancelar, entonces veo el "
            "plazo y un teléfono; la cita no cambia.",
            "cancelar|cambiar cita|anular",
        ),
        "review": step(
            "Valorar al especialista",
            "dejar una opinión sobre el especialista después de la cita",
            "otros elijan especialista por experiencias reales",
            "Dado que ayer tuve la cita, cuando doy cinco estrellas y un comentario, entonces "
            "la opinión aparece en su perfil.",
            "Dado que nunca tuve cita con este especialista, cuando abro su perfil, entonces "
            "no puedo dejar una opinión.",
            "opinión|valorar|reseña",
        ),
        "day": step(
            "Ver las citas del día",
            "ver las citas de hoy por orden de hora",
            "pueda preparar cada consulta",
            "Dado que hoy tengo cuatro citas, cuando abro mi agenda, entonces las veo por hora "
            "con el nombre y el servicio de cada una.",
            "Dado que esta mañana se canceló una cita, cuando abro mi agenda, entonces esa hora "
            "figura libre, no como cita.",
            "citas del día|agenda del día|lista de pacientes",
        ),
        "visit-notes": step(
            "Añadir notas a la cita",
            "añadir notas a una cita cuando termina",
            "la próxima cita empiece donde acabó esta",
            "Dado que la cita terminó, cuando añado una nota, entonces se guarda con la cita y "
            "solo la ve el personal.",
            "Dado que la cita aún no se ha celebrado, cuando intento añadir una nota, entonces "
            "no puedo guardarla.",
            "nota",
        ),
        "hours": step(
            "Fijar el horario de los especialistas",
            "fijar el horario y los días libres de cada especialista",
            "nadie reserve fuera del horario de trabajo",
            "Dado que fijo el lunes de 9:00 a 13:00 para un especialista, cuando guardo, "
            "entonces solo se pueden reservar esas horas del lunes con él.",
            "Dado que hay una cita a las 12:00, cuando acorto el día hasta las 11:00, entonces "
            "veo la cita que se perdería y el horario no cambia.",
            "horario|agenda|gestionar agenda",
        ),
        "no-show": step(
            "Marcar una ausencia",
            "marcar una cita a la que nadie acudió",
            "veamos quién falta a las citas",
            "Dado que nadie vino a la cita de las 10:30, cuando marco la ausencia, entonces "
            "figura en el historial de esa persona.",
            "Dado que la cita aún no ha empezado, cuando intento marcar la ausencia, entonces "
            "no puedo.",
            "ausencia|no acudió|no se presentó",
        ),
    },
)

WORDS = CatalogueWords(
    story_line=story_line,
    kinds={"food-delivery": FOOD_DELIVERY, "booking": BOOKING},
)
