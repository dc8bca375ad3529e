"""The Spanish writer: requirements read into clauses, stories written back in Spanish.

Each test reads as Given (a requirement as documents write it) / When (the writer reads or
words it) / Then (the Spanish a product team would accept on a story card).
"""

import pytest

from generation.languages.es import grammar
from generation.languages.es.clauses import read_clauses
from generation.languages.es.writing import SpanishWriter
from generation.quality import is_given_when_then, is_unhappy_path
from generation.stories import draft_map

WRITER = SpanishWriter()


def read(text: str) -> list[tuple]:
    return [(c.role, c.system, c.verb, c.rest) for c in WRITER.clauses(text)]


def story(text: str, role: str | None = None) -> tuple[str, str, list[str]]:
    """The (title, story line, criteria) the writer makes of a one-clause requirement."""
    (clause,) = WRITER.clauses(text)
    category = WRITER.category(clause)
    role = role or clause.role or WRITER.default_role
    line = WRITER.story_line(role, clause, WRITER.benefit(clause, category))
    return WRITER.title(clause), line, WRITER.criteria(clause, category, role)


# --- Reading requirements into clauses ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Real sentences of tests/data/real/es-booktopia.md.
        ("El usuario podrá borrar su cuenta",
         [("usuario", None, "borrar", "mi cuenta")]),
        ("Los usuarios suscritos podrán darse de alta como autores y subir sus propios libros "
         "a la web",
         [("usuario suscrito", None, "darse de alta", "como autor"),
          ("usuario suscrito", None, "subir", "mis propios libros a la web")]),
        ("El usuario podrá indicar que le gusta el comentario de otro usuario",
         [("usuario", None, "indicar", "que me gusta el comentario de otro usuario")]),
        ("La aplicación recordará la ultima página leída por el usuario",
         [("usuario", "La aplicación", "recordar", "la ultima página leída por mí")]),
        ("Por estar suscrito, los usuarios dispondrán de un apartado de libros gratuitos.",
         [("usuario", None, "disponer", "de un apartado de libros gratuitos")]),
        ("Creación de cuentas de usuarios a través de un formulario de registro.",
         [(None, None, "crear", "cuentas de usuarios a través de un formulario de registro")]),
        ("Los administradores tendrán la posibilidad de aprobar o rechazar las solicitudes de "
         "alta.",
         [("administrador", None, "aprobar o rechazar", "las solicitudes de alta")]),
        # "permitir" names the role after it, or in a "que" clause in the subjunctive.
        ("El sistema debe permitir al cliente reservar una mesa para dos personas.",
         [("cliente", None, "reservar", "una mesa para dos personas")]),
        ("Permitir que el usuario cancele su reserva hasta 24 horas antes.",
         [("usuario", None, "cancelar", "mi reserva hasta 24 horas antes")]),
        # Present tense with a person as subject: one clause per action.
        ("El camarero ve los pedidos de su zona y marca los platos como servidos.",
         [("camarero", None, "ver", "los pedidos de mi zona"),
          ("camarero", None, "marcar", "los platos como servidos")]),
        ("El usuario se registra con su correo electrónico.",
         [("usuario", None, "registrarse", "con mi correo electrónico")]),
        # Verbs joined straight by "o" share their object.
        ("El cliente tiene que poder cancelar o reprogramar una reserva.",
         [("cliente", None, "cancelar o reprogramar", "una reserva")]),
        # "se podrá" names no one: the map's main role does it.
        ("Se podrá exportar el historial de pedidos en formato PDF.",
         [(None, None, "exportar", "el historial de pedidos en formato PDF")]),
        # An imperative list item, and features named by nouns.
        ("Buscar restaurantes por nombre, zona o tipo de cocina",
         [(None, None, "buscar", "restaurantes por nombre, zona o tipo de cocina")]),
        ("Modo oscuro y notificaciones push",
         [(None, None, "", "Modo oscuro"), (None, None, "", "notificaciones push")]),
        # The product as the subject: its behaviour, for the person it serves.
        ("La aplicación enviará un recordatorio al paciente un día antes de la cita.",
         [("paciente", None, "recibir", "un recordatorio un día antes de la cita")]),
        ("La aplicación ha de ser escalable.",
         [(None, "La aplicación", "ser", "escalable")]),
    ],
)  # fmt: skip
def test_given_a_requirement_when_read_then_its_clauses_name_who_does_what(text, expected):
    assert read(text) == expected


def test_given_their_things_after_others_when_read_then_they_are_the_others_not_mine():
    sitters = read("El dueño puede buscar cuidadores por barrio y ver sus reseñas.")
    own = read("El usuario puede editar su perfil y ver sus pedidos.")

    assert sitters[1][-1] == "las reseñas de los cuidadores"
    assert own[1][-1] == "mis pedidos"


def test_given_a_modal_after_y_when_read_then_its_infinitive_is_the_wish():
    assert read("El entrenador ve la lista de participantes y puede cancelar una clase.") == [
        ("entrenador", None, "ver", "la lista de participantes"),
        ("entrenador", None, "cancelar", "una clase"),
    ]
    assert read("El cliente reserva una mesa para cuatro y puede cancelarla.")[1] == (
        "cliente",
        None,
        "cancelar",
        "una mesa",
    )


def test_given_a_written_user_story_when_read_then_role_goal_and_purpose_are_kept():
    (clause,) = read_clauses(
        "Como cliente, quiero guardar mis restaurantes favoritos para encontrarlos rápidamente."
    )

    assert (clause.role, clause.verb, clause.rest) == (
        "cliente",
        "guardar",
        "mis restaurantes favoritos",
    )
    assert clause.purpose == "encontrarlos rápidamente"


def test_given_a_written_story_about_the_product_when_written_then_the_user_receives_it():
    _, line, criteria = story(
        "Como administrador, quiero que el sistema me avise cuando falte stock."
    )

    assert line.startswith("Como administrador, quiero recibir un aviso cuando falte stock, ")
    assert criteria[0].endswith("cuando falta stock, entonces recibo un aviso.")


def test_given_a_purpose_clause_when_read_then_it_is_the_reason_and_names_the_role():
    (clause,) = read_clauses(
        "Se habilitará un formulario de contacto para que los usuario puedan exponer dudas, "
        "quejas y/o reportar fallos al administrador"
    )

    assert (clause.role, clause.verb, clause.rest) == ("usuario", "", "un formulario de contacto")
    assert clause.purpose.startswith("que los usuario puedan exponer dudas")


def test_given_a_limit_when_read_then_it_is_the_clauses_constraint():
    (clause,) = read_clauses(
        "El cliente podrá cancelar o reprogramar una reserva hasta 24 horas antes."
    )

    assert clause.constraint == "hasta 24 horas antes"
    assert clause.obj == "una reserva"


# --- The story line, title and benefit -----------------------------------------------------------


def test_given_a_modal_requirement_when_written_then_the_story_line_speaks_in_the_first_person():
    title, line, _ = story("Los usuarios podrán borrar sus posts del foro")

    assert title == "Borrar mis posts del foro"
    assert line == (
        "Como usuario, quiero borrar mis posts del foro, "
        "para que pueda retirar lo que escribí si cambio de opinión."
    )


def test_given_the_documents_own_purpose_when_written_then_it_is_the_benefit_in_first_person():
    _, line, _ = story(
        "Se habilitará un formulario de contacto para que los usuario puedan exponer dudas, "
        "quejas y/o reportar fallos al administrador"
    )

    assert line == (
        "Como usuario, quiero contar con un formulario de contacto, para que pueda exponer "
        "dudas, quejas y/o reportar fallos al administrador."
    )


def test_given_an_infinitive_purpose_when_written_then_the_benefit_says_what_i_can_do():
    _, line, _ = story(
        "Como cliente, quiero guardar mis restaurantes favoritos para encontrarlos rápidamente."
    )

    assert line == (
        "Como cliente, quiero guardar mis restaurantes favoritos, "
        "para que pueda encontrarlos rápidamente."
    )


def test_given_a_reflexive_verb_when_written_then_it_takes_the_speakers_pronoun():
    title, line, criteria = story(
        "Los usuarios podrán registrarse en la web mediante el uso de su cuenta de google"
    )

    assert title == "Registrarse en la web"
    assert line.startswith(
        "Como usuario, quiero registrarme en la web mediante el uso de mi cuenta de google, "
    )
    assert criteria[0].startswith(
        "Dado que el correo que indico no está registrado todavía, cuando me registro en la web"
    )
    assert "cuando intento registrarme en la web" in criteria[1]


def test_given_the_product_as_subject_when_written_then_the_user_wants_it_to_behave_so():
    title, line, criteria = story("La aplicación recordará la ultima página leída por el usuario")

    assert title == "Recordar la ultima página leída por mí"
    assert line.startswith(
        "Como usuario, quiero que la aplicación recuerde la ultima página leída por mí, para que "
    )
    assert criteria[0].endswith(
        "cuando uso la aplicación, entonces la aplicación recuerda la ultima página leída por mí."
    )


def test_given_a_quality_requirement_when_written_then_the_thing_takes_the_subjunctive():
    title, line, _ = story("La aplicación ha de ser escalable.")

    assert title == "La aplicación es escalable"
    assert line.startswith("Como usuario, quiero que la aplicación sea escalable, para que ")


def test_given_a_noun_feature_when_written_then_the_user_wants_to_have_it():
    title, line, criteria = story("Buscador de libros por título")

    assert title == "Buscador de libros por título"
    assert line.startswith("Como usuario, quiero contar con el buscador de libros por título, ")
    assert "cuando uso el buscador de libros por título" in criteria[0]


def test_given_a_noun_of_action_when_written_then_it_becomes_its_verb():
    title, line, _ = story("Validación de los campos de los formularios.")

    assert title == "Validar los campos de los formularios"
    assert line.startswith("Como usuario, quiero validar los campos de los formularios, ")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("El administrador podrá bloquear/desbloquear a los usuarios cuyo comportamiento en la "
         "web se pueda considerar inadecuado", "Bloquear/desbloquear a los usuarios"),
        ("La aplicación enviará un recordatorio por correo electrónico al cliente un día antes "
         "de la cita.", "Recibir un recordatorio"),
        ("El usuario podrá indicar que no le gusta el comentario de otro usuario",
         "Indicar que no me gusta el comentario"),
        ("Usar PostgreSQL versión 12 ó superior.", "Usar PostgreSQL versión 12 ó superior"),
    ],
)  # fmt: skip
def test_given_a_long_requirement_when_titled_then_the_title_ends_where_a_phrase_ends(text, title):
    assert story(text)[0] == title
    assert len(title.split()) <= 8


def test_given_stories_of_one_kind_when_written_then_their_benefits_vary():
    texts = [
        "El usuario podrá borrar su cuenta",
        "Un usuario podrá eliminar sus propios comentarios",
        "Un usuario podrá borrar las notas que haya creado",
        "El administrador podrá eliminar posts que considere inadecuados.",
    ]

    lines = [story(text)[1] for text in texts]

    benefits = {line.split(", para que ")[1] for line in lines}
    assert len(benefits) >= 2


# --- Criteria ------------------------------------------------------------------------------------


def test_given_a_time_limit_when_criteria_are_written_then_the_unhappy_path_is_past_the_limit():
    _, _, criteria = story(
        "El cliente podrá cancelar o reprogramar una reserva hasta 24 horas antes."
    )

    assert criteria == [
        "Dado que faltan 25 horas para el inicio, cuando cancelo o reprogramo una reserva,"
        " entonces la reserva queda anulada y recibo la confirmación.",
        "Dado que faltan 23 horas para el inicio, cuando intento cancelar o reprogramar"
        " una reserva, entonces veo que solo es posible hasta 24 horas antes, y no cambia nada.",
    ]


def test_given_a_size_limit_when_criteria_are_written_then_the_unhappy_path_exceeds_it():
    _, _, criteria = story("Permitir que el usuario suba fotos de hasta 5 MB.")

    assert criteria[1] == (
        "Dado que el archivo ocupa 6 MB, cuando intento subir fotos, "
        "entonces veo que el límite es de 5 MB y no se guarda nada."
    )


def test_given_a_booking_when_criteria_are_written_then_the_unhappy_path_is_a_taken_slot():
    _, _, criteria = story(
        "El sistema debe permitir al cliente reservar una mesa para dos personas."
    )

    assert criteria[1] == (
        "Dado que otra persona reservó la mesa mientras yo rellenaba el formulario, cuando "
        "intento reservar una mesa para dos personas, entonces veo que ya no está disponible y "
        "no se crea ninguna reserva."
    )


def test_given_a_condition_when_criteria_are_written_then_it_is_the_when_and_the_action_the_then():
    _, line, criteria = story(
        "Al finalizar la compra, el usuario recibirá un correo con la factura."
    )

    assert line.startswith(
        "Como usuario, quiero recibir un correo con la factura al finalizar la compra, para que "
    )
    assert criteria[0].endswith(
        "cuando finalizo la compra, entonces recibo un correo con la factura."
    )


@pytest.mark.parametrize(
    "text",
    [
        "El usuario podrá realizar la compra de libros",
        "El usuario podrá valorar los libros que haya leído",
        "Un usuario podrá crear notas privadas",
        "Los usuarios podrán realizar búsquedas de títulos y autores concretos.",
        "El usuario podrá añadir un libro a una lista de favoritos",
        "Los usuarios podrán suscribirse a la web con cuotas mensuales",
        "Podrá cerrar la sesión de su cuanta de usuario",
        "Modo oscuro",
        "El sistema deberá generar un informe mensual de ventas en PDF.",
    ],
)
def test_given_any_requirement_when_criteria_are_written_then_one_is_happy_and_one_unhappy(text):
    _, _, criteria = story(text)

    assert len(criteria) == 2
    assert all(is_given_when_then(criterion) for criterion in criteria)
    assert all(criterion.startswith("Dado que ") for criterion in criteria)
    assert is_unhappy_path(criteria[1])


# --- Verb forms ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("infinitive", "first", "third", "subjunctive"),
    [
        ("cancelar", "cancelo", "cancela", "cancele"),
        ("elegir", "elijo", "elige", "elija"),
        ("buscar", "busco", "busca", "busque"),
        ("conocer", "conozco", "conoce", "conozca"),
        ("recordar", "recuerdo", "recuerda", "recuerde"),
        ("devolver", "devuelvo", "devuelve", "devuelva"),
        ("obtener", "obtengo", "obtiene", "obtenga"),
        ("incluir", "incluyo", "incluye", "incluya"),
        ("enviar", "envío", "envía", "envíe"),
        ("seguir", "sigo", "sigue", "siga"),
        ("registrarse", "me registro", "se registra", "se registre"),
    ],
)
def test_given_an_infinitive_when_conjugated_then_the_forms_are_spanish(
    infinitive, first, third, subjunctive
):
    assert grammar.first_person(infinitive) == first
    assert grammar.third_person(infinitive) == third
    assert grammar.subjunctive(infinitive) == subjunctive


@pytest.mark.parametrize(
    ("form", "infinitive", "subjunctive_mood"),
    [
        ("elige", "elegir", False),
        ("pagan", "pagar", False),
        ("dispondrán", "disponer", False),
        ("recordará", "recordar", False),
        ("emite", "emitir", False),
        ("busque", "buscar", True),
        ("actualice", "actualizar", True),
        ("ofrezca", "ofrecer", True),
    ],
)
def test_given_a_finite_form_when_read_then_its_infinitive_is_found(
    form, infinitive, subjunctive_mood
):
    assert grammar.infinitive_of(form, subjunctive_mood=subjunctive_mood) == infinitive


def test_given_words_that_end_like_infinitives_when_checked_then_only_verbs_are_infinitives():
    assert grammar.is_infinitive("ofrecer")
    assert grammar.is_infinitive("darse")
    assert grammar.is_infinitive("bloquear/desbloquear")
    assert not grammar.is_infinitive("similar")
    assert not grammar.is_infinitive("master")
    assert not grammar.is_infinitive("lugar")


# --- Names and the whole map ---------------------------------------------------------------------


def test_given_clauses_of_one_kind_when_named_then_task_and_activity_are_verb_phrases():
    clauses = [
        clause
        for text in (
            "El administrador podrá eliminar comentarios que considere inadecuados.",
            "El administrador podrá eliminar posts que considere inadecuados.",
            "El administrador podrá eliminar libros/ediciones de la web",
        )
        for clause in WRITER.clauses(text)
    ]

    assert WRITER.task_title(clauses, "delete") == "Eliminar"
    assert WRITER.activity_title(clauses) == "Eliminar comentarios"
    assert WRITER.task_title(clauses[:1], "delete") == (
        "Eliminar comentarios que considere inadecuados"
    )


def test_given_a_spanish_document_when_mapped_then_every_story_is_a_spanish_user_story():
    text = """# Reservas de mesa

## Requisitos

- El cliente podrá registrarse con su correo electrónico y una contraseña.
- El cliente debe poder buscar restaurantes por nombre, zona o tipo de cocina.
- El sistema debe permitir al cliente reservar una mesa para una fecha y hora concretas.
- El cliente podrá cancelar o reprogramar una reserva hasta 24 horas antes.
- La aplicación enviará un recordatorio al cliente un día antes de la reserva.
- El camarero ve las reservas del día y marca las mesas como ocupadas.
- El administrador podrá bloquear a los usuarios que incumplan las normas.
"""

    stories = draft_map(text).draft.stories

    assert len(stories) == 8
    for item in stories:
        assert item.description.startswith("Como ")
        assert ", quiero " in item.description and ", para que " in item.description
        assert len(item.title.split()) <= 8
        assert all(is_given_when_then(criterion) for criterion in item.acceptance_criteria)
    assert {item.description.split(",")[0] for item in stories} == {
        "Como cliente",
        "Como camarero",
        "Como administrador",
    }


# --- Criteria and benefits from the requirement itself ------------------------------------------


def test_given_listed_fields_when_criteria_are_written_then_one_is_left_empty():
    _, _, criteria = story("El administrador podrá insertar libros con título, autor y precio.")

    assert any("dejo vacío el campo «precio»" in c for c in criteria)
    assert any("no se guarda nada" in c for c in criteria)


def test_given_a_moderator_deleting_offensive_posts_when_written_then_the_author_is_told():
    _, line, criteria = story(
        "El administrador podrá eliminar posts que considere inadecuados", role="administrador"
    )

    assert "su autor recibe un aviso con el motivo" in criteria[0]
    assert "otro administrador ya eliminó los posts" in criteria[1]
    assert line.endswith("para que el espacio común se mantenga respetuoso.")


def test_given_likes_and_dislikes_when_written_then_each_verb_has_its_own_outcome():
    _, _, liked = story("Los usuarios podrán indicar que les gusta el comentario de otro usuario")
    _, _, disliked = story(
        "Los usuarios podrán indicar que no les gusta el comentario de otro usuario"
    )

    assert "valoraciones positivas" in liked[0] and "valoraciones negativas" in disliked[0]
    assert liked[1] != disliked[1]


def test_given_two_deletions_when_benefits_are_written_then_each_names_its_own_thing():
    _, own, _ = story("Los usuarios podrán borrar sus posts del foro")
    _, account, _ = story("El usuario podrá borrar su cuenta")

    assert own != account
    assert "cuenta" in account or "datos" in account


def test_given_a_cart_a_rate_and_a_payment_by_bizum_when_written_then_each_says_its_own():
    _, cart_line, cart = story("El cliente añade productos al carrito.")
    _, _, kilo = story("El cliente ve el precio por kilo.")
    _, bizum_line, bizum = story("El cliente paga con Bizum.")

    assert cart_line.endswith("para que reúna todo lo que quiero comprar antes de pagar.")
    assert "aparece en el carrito" in cart[0]
    assert not any("filtro" in criterion or "coinciden" in criterion for criterion in kilo)
    assert not any("tarjeta" in criterion for criterion in bizum)
    assert "pagar la tarjeta" not in story("El cliente paga con tarjeta.")[1]
    assert bizum_line.endswith("para que no tenga que pagar en persona.")
