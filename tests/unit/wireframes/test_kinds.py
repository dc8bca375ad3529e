"""Screen kinds from the story's words: map, calendar, checkout, dashboard, chat, upload, settings.

Each test reads as Given (a story sentence as a map writes it, in its language) / When (it is
read or drawn) / Then (the screen it gets and what that screen shows).
"""

import pytest

from generation.wireframes import (
    PLATFORMS,
    STYLES,
    StoryContext,
    generate_offline_wireframe,
    lint_wireframe,
)
from generation.wireframes.screens import read_story
from tests.unit.wireframes.samples import CHECKOUT, screen_and_states

# (language, title, story line, screen kind): sentences from the real documents in
# tests/data/real and from QUALITY.md, as the maps restate them.
STORY_LINES = [
    ("ru", "Найти автомобиль на карте", "Как пользователь, я хочу на экране видеть google-карту "
     "с текущей позицией и маркерами автомобилей, чтобы выбрать ближайший.", "map"),
    ("ru", "Записаться на свободное время", "Как пациент, я хочу выбрать свободное время у "
     "выбранного врача, чтобы прийти, когда мне удобно.", "calendar"),
    ("ru", "Оплатить приём", "Как пациент, я хочу оплатить приём банковской картой, чтобы не "
     "стоять в очереди в кассу.", "checkout"),
    ("ru", "Загрузить фото прав", "Как водитель, я хочу загрузить фото водительских прав и "
     "паспорта, чтобы меня допустили к поездкам.", "upload"),
    ("ru", "Видеть выручку за день", "Как владелец, я хочу видеть статистику выручки и число "
     "заказов за день, чтобы понимать, как идут дела.", "dashboard"),
    ("ru", "Написать водителю", "Как пассажир, я хочу написать сообщение водителю в чате, "
     "чтобы договориться о месте встречи.", "chat"),
    ("ru", "Настройки уведомлений", "Как пациент, я хочу в настройках выбрать, получать ли "
     "напоминания по SMS или по e-mail, чтобы не получать лишнего.", "settings"),
    ("es", "Ver bicicletas cercanas", "Como ciclista, quiero ver las bicicletas cercanas en el "
     "mapa, para llegar a la más próxima.", "map"),
    ("es", "Reservar una mesa", "Como cliente, quiero reservar una mesa para dos personas a una "
     "hora libre, para no tener que esperar.", "calendar"),
    ("es", "Pagar el pedido", "Como comprador, quiero pagar el pedido con tarjeta o PayPal, para "
     "recibirlo cuanto antes.", "checkout"),
    ("es", "Subir la foto del libro", "Como vendedor, quiero subir fotos del libro, para que los "
     "compradores vean su estado.", "upload"),
    ("de", "Abo bezahlen", "Als Nutzer möchte ich mein Abo mit Karte oder PayPal bezahlen, damit "
     "ich alle Funktionen nutzen kann.", "checkout"),
    ("de", "Ladesäulen finden", "Als Fahrer möchte ich freie Ladesäulen in der Nähe auf der "
     "Karte sehen, damit ich nicht suchen muss.", "map"),
    ("de", "Termin buchen", "Als Patient möchte ich einen freien Termin beim Arzt buchen, damit "
     "ich nicht anrufen muss.", "calendar"),
    ("de", "Ausgaben sehen", "Als Nutzer möchte ich ein Dashboard mit Einnahmen, Ausgaben und "
     "Sparquote sehen, damit ich meine Finanzen im Blick habe.", "dashboard"),
    ("de", "Einstellungen ändern", "Als Nutzer möchte ich in den Einstellungen "
     "Benachrichtigungen per E-Mail oder Push wählen, damit ich nur Wichtiges bekomme.",
     "settings"),
    ("pt", "Conversar com o motorista", "Como passageiro, quero enviar uma mensagem ao "
     "motorista, para combinar o ponto de encontro.", "chat"),
    ("fr", "Téléverser les photos", "En tant qu'employé, je veux téléverser les photos d'un "
     "véhicule, afin que les visiteurs voient son état.", "upload"),
    ("fr", "Prendre rendez-vous", "En tant que client, je veux prendre rendez-vous pour une "
     "révision à un créneau libre, afin de ne pas attendre.", "calendar"),
    ("en", "Chat with the driver", "As a passenger, I want to send a message to the driver, so "
     "that we can agree where to meet.", "chat"),
    ("en", "See dashboard", "As an instructor, I want to see a dashboard with revenue, "
     "enrolments, refunds, so that I always work from up-to-date information.", "dashboard"),
    ("en", "Choose", "As a user, I want to choose, per notification type, whether to receive it "
     "by email, so that I get exactly what suits me.", "settings"),
    ("en", "Restaurants nearby", "As a customer, I want to see restaurants within five "
     "kilometres on a map, so that I can pick one close to me.", "map"),
    ("en", "Book a table", "As a guest, I want to book a table for tonight, so that I do not "
     "wait at the door.", "calendar"),
]  # fmt: skip


def story(title: str, line: str, **more) -> StoryContext:
    return StoryContext(product_name="Demo", activity=title, task=title, title=title,
                        description=line, **more)  # fmt: skip


@pytest.mark.parametrize(("code", "title", "line", "kind"), STORY_LINES)
def test_given_a_story_line_when_read_then_its_words_choose_the_screen(code, title, line, kind):
    screen = read_story(story(title, line))

    assert (screen.lang.code, screen.kind) == (code, kind)


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(("code", "title", "line", "kind"), STORY_LINES)
def test_given_any_kind_when_drawn_then_the_lint_passes(code, title, line, kind, style, platform):
    criteria = {
        "ru": "Дано: нет соединения; когда я пытаюсь продолжить, тогда ничего не теряется.",
        "en": "Given I have lost my connection, when I go on, then nothing is lost.",
    }

    wireframe = generate_offline_wireframe(
        story(title, line, acceptance_criteria=[criteria.get(code, criteria["en"])]),
        style,
        platform,
    )

    assert lint_wireframe(wireframe.ascii, platform) == []


def draw(title: str, line: str, platform: str = "web") -> str:
    return screen_and_states(generate_offline_wireframe(story(title, line), "high-fidelity",
                                                        platform).ascii)[0]  # fmt: skip


def test_given_a_map_story_when_drawn_then_it_shows_a_map_and_the_nearest_places():
    drawing = draw(*STORY_LINES[0][1:3])

    assert "┌─ Карта " in drawing and "(*)" in drawing and "[1]" in drawing
    assert "(*) вы здесь" in drawing and "Расстояние" in drawing and "350 м" in drawing


def test_given_a_calendar_story_when_drawn_then_it_shows_days_and_free_time_slots():
    drawing = draw("Reservar una mesa", STORY_LINES[8][2])

    assert "[Mié 14]" in drawing and "[>10:00<]" in drawing and "[ ----- ]" in drawing
    assert "Horas libres:" in drawing and "[ Reservar mesa ]" in drawing


def test_given_a_calendar_story_with_other_choices_when_drawn_then_they_come_first():
    line = "Как пациент, я хочу выбрать врача, услугу и свободное время, чтобы прийти вовремя."

    drawing = draw("Выбрать врача, услугу и свободное время", line)

    # The goal's other things, in the nominative: "врача, услугу" -> Врач, Услуга
    assert "Врач:  [ Выберите v ]" in drawing and "Услуга:  [ Выберите v ]" in drawing


def test_given_a_checkout_story_when_drawn_then_an_order_summary_comes_before_the_card():
    drawing = draw(*STORY_LINES[9][1:3])

    assert drawing.index("Tu pedido") < drawing.index("Número de tarjeta")
    assert "(*) Tarjeta   ( ) PayPal" in drawing and "[ Pagar ]" in drawing and "21,90" in drawing


def test_given_a_dashboard_story_when_drawn_then_its_own_figures_are_the_cards():
    drawing = draw(*STORY_LINES[14][1:3])

    assert all(f"│ {name}" in drawing for name in ("Einnahmen", "Ausgaben", "Sparquote"))
    assert "Zeitraum: [ Diese Woche v ]" in drawing and "Pro Tag:" in drawing


def test_given_a_chat_story_when_drawn_then_it_shows_a_thread_and_a_box_to_type_in():
    drawing = draw(*STORY_LINES[16][1:3], platform="mobile")

    assert "Suporte, 18:02" in drawing and "Você, 18:03" in drawing
    assert "Escreva uma mensagem…" in drawing and "[ Enviar ]" in drawing


def test_given_an_upload_story_when_drawn_then_it_shows_a_drop_zone_and_progress():
    drawing = draw(*STORY_LINES[17][1:3])

    assert "Déposez des fichiers ici ou [ Choisir un fichier ]" in drawing
    assert "JPG, PNG ou PDF, 10 Mo maximum" in drawing
    assert "IMG_0142.jpg" in drawing and "[ x ]" in drawing and "[ Téléverser ]" in drawing


def test_given_an_upload_story_that_names_formats_when_drawn_then_the_zone_accepts_them():
    # tests/data/long_spec.md: "upload video files up to 4 GB each in MP4, MOV or MKV format"
    line = (
        "As an instructor, I want to upload video files up to 4 GB each in MP4, MOV or MKV "
        "format, so that learners can watch them."
    )

    drawing = draw("Upload video files", line)

    assert "MP4, MOV or MKV, up to 4 GB" in drawing and "file_01.mp4" in drawing


def test_given_a_settings_story_when_drawn_then_its_choices_are_switches():
    drawing = draw(*STORY_LINES[15][1:3])

    assert "[x] E-Mail" in drawing and "[ ] Push" in drawing and "[ Speichern ]" in drawing


def test_given_a_payment_by_card_when_read_then_the_card_is_no_map():
    # "Karte" and "карта" are a card as much as a map: paying with one is a checkout
    assert read_story(story(*STORY_LINES[11][1:3])).kind == "checkout"
    assert read_story(story(*STORY_LINES[2][1:3])).kind == "checkout"


def test_given_a_consumer_app_on_desktop_when_drawn_then_it_has_no_file_menu():
    consumer = generate_offline_wireframe(CHECKOUT, "high-fidelity", "desktop").ascii
    tool = generate_offline_wireframe(
        story(
            "Export report",
            "As an accountant, I want to export the monthly report as a "
            "spreadsheet, so that I can file it.",
        ),  # fmt: skip
        "high-fidelity",
        "desktop",
    ).ascii

    assert "File  Edit  View  Help" not in consumer and "Home  Pay  Account  Help" in consumer
    assert "File  Edit  View  Help" in tool


@pytest.mark.parametrize("platform", PLATFORMS)
def test_given_a_happy_path_and_an_error_when_drawn_then_the_error_is_a_state_below(platform):
    drawing = generate_offline_wireframe(CHECKOUT, "high-fidelity", platform).ascii

    screen, states = screen_and_states(drawing)

    # The screen is the happy path; each unhappy path is its own box under it, as wide
    assert "!" not in screen and "Card declined" not in screen
    assert states.startswith("┌─ Error state ") and "┌─ Error state 2 " in states
    assert "! Card declined. Try another card." in states
    assert {len(line) for line in states.split("\n")} == {len(screen.split("\n")[0])}
