"""Wireframes in the story's language: Russian, Spanish and German stories get their own chrome.

Each test reads as Given (a story in a language) / When (it is drawn) / Then (what a reader of
that language sees: its buttons, navigation, messages and markdown sections, and no English).
"""

import re
import string

import pytest

from generation.wireframes import (
    PLATFORMS,
    STYLES,
    StoryContext,
    generate_offline_wireframe,
    lint_wireframe,
)
from generation.wireframes.phrases import LANGUAGES, phrases_for, story_phrases
from tests.unit.wireframes.samples import (
    CHECKOUT,
    DE_CHECKOUT,
    ES_BOOKING,
    FOREIGN,
    RU_BOOKING,
    screen_and_states,
)

ENGLISH = phrases_for("en")


def english_chrome(code: str) -> set[str]:
    """English chrome words that the language `code` says differently."""
    own = set(phrases_for(code).words.values())
    return {
        text
        for key, text in ENGLISH.words.items()
        if re.fullmatch(r"[A-Za-z][A-Za-z ()]{2,}", text) and text not in own and "words" not in key
    } | {"Enter ", "Back to", "Signed in as", "stays disabled", "Error state"}


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("code", FOREIGN)
def test_given_a_foreign_story_when_drawn_then_no_english_chrome_is_left(code, style, platform):
    wireframe = generate_offline_wireframe(FOREIGN[code], style, platform)

    assert lint_wireframe(wireframe.ascii, platform) == []
    drawing = "\n".join(line for line in wireframe.ascii.split("\n") if "https://" not in line)
    sections = "\n".join([wireframe.layout, wireframe.ui_elements, wireframe.navigation])
    for english in english_chrome(code):
        assert not re.search(rf"(?<![\w-]){re.escape(english)}(?![\w-])", drawing), english
        assert not re.search(rf"(?<![\w-]){re.escape(english)}(?![\w-])", sections), english


def test_given_a_russian_story_when_drawn_then_every_word_is_russian():
    wireframe = generate_offline_wireframe(RU_BOOKING, "high-fidelity", "web")
    screen, states = screen_and_states(wireframe.ascii)

    # The address bar is transliterated; every other word is Cyrillic
    words = re.findall(r"[^\W\d_]{2,}", screen.replace(screen.split("\n")[1], ""))
    assert all(re.fullmatch(r"[а-яёА-ЯЁ]+", word) for word in words), words
    for label in ["Главная", "Помощь", "Вы вошли как пациент", "< Назад: Записаться на приём",
                  "Свободное время:", "[>10:00<] выбрано", "Выбрано: Ср 14, 10:00",
                  "[ Выбрать свободное время ]  [ Отмена ]", "Конфиденциальность"]:  # fmt: skip
        assert label in screen, label
    assert "https://klinika-zdorove.example/vybrat-vremya" in screen
    assert states.startswith("┌─ Состояние ошибки ")
    assert "! Это время уже занято. Выберите другое." in states


def test_given_a_russian_story_when_described_then_the_sentences_are_russian_and_agree():
    wireframe = generate_offline_wireframe(RU_BOOKING, "high-fidelity", "mobile")

    assert wireframe.layout.startswith("- Вверху: строка состояния и панель приложения")
    assert "- Основная часть: выбор дня, свободное время и кнопка «Выбрать свободное время»." in (
        wireframe.layout
    )
    assert "- Кнопка «Отмена»: выход без сохранения." in wireframe.ui_elements
    assert "- Откуда: раздел «Записаться на приём» (через панель вкладок)" in wireframe.navigation
    assert "- Предполагается, что пациент уже вошёл в систему" in wireframe.notes


def test_given_russian_nouns_when_put_in_a_sentence_then_pymorphy_inflects_them():
    russian = phrases_for("ru")

    # Given labels in the nominative; When a template needs another case; Then it agrees
    assert russian.say("Enter", label="Дата и время") == "Введите дату и время"
    assert russian.say("next list", noun="пациент") == "к карточке пациента"
    assert russian.say("Search for", obj="онлайн-оплатой") == "Найти онлайн-оплату…"
    # Objects as a story writes them become labels in the nominative
    assert russian.label("врача") == "Врач" and russian.label("неявки") == "Неявки"
    assert russian.singular("пациентов") == "пациент"


def test_given_a_russian_story_in_the_first_person_when_its_error_is_shown_then_it_says_you():
    story = RU_BOOKING.model_copy(
        update={
            "acceptance_criteria": [
                "Дано: я уже воспользовался услугой; когда я пытаюсь оставить отзыв повторно, "
                "тогда отзыв не сохраняется."
            ]
        }
    )

    drawing = generate_offline_wireframe(story, "high-fidelity", "web").ascii

    assert "! Вы уже воспользовались услугой." in drawing


def test_given_a_spanish_story_when_drawn_then_its_chrome_is_spanish():
    wireframe = generate_offline_wireframe(ES_BOOKING, "high-fidelity", "web")
    screen, states = screen_and_states(wireframe.ascii)

    for label in ["Inicio", "Ayuda", "Sesión de cliente", "< Volver a: Reservar mesa",
                  "Horas libres:", "[ Reservar mesa ]  [ Cancelar ]", "Elegido: Mié 14, 10:00",
                  "Privacidad  -  Términos"]:  # fmt: skip
        assert label in screen, label
    assert states.startswith("┌─ Estado de error ")
    # What the criterion says the user sees, cut where the sentence goes on about something else
    assert "! Esa hora ya no está disponible." in states
    assert wireframe.layout.startswith("- Arriba: barra del navegador y navegación (Mesa Libre")
    assert "- Botón «Cancelar»: sale sin guardar." in wireframe.ui_elements
    assert "- «Reservar mesa» lleva a la confirmación de la hora elegida." in wireframe.navigation


def test_given_a_german_story_when_drawn_then_its_chrome_is_german():
    wireframe = generate_offline_wireframe(DE_CHECKOUT, "high-fidelity", "desktop")
    screen, states = screen_and_states(wireframe.ascii)

    for label in ["Start  Abo bezahlen  Konto  Hilfe", "Ihre Bestellung", "Gesamt",
                  "Bezahlen mit:  (*) Karte   ( ) PayPal", "Kartennummer", "Ablauf / CVC",
                  "[ Jetzt bezahlen ]  [ Abbrechen ]", "angemeldet als Nutzer"]:  # fmt: skip
        assert label in screen, label
    assert "21,90" in screen  # the German decimal comma
    assert states.startswith("┌─ Fehlerzustand ")
    assert "! Kartenzahlung abgelehnt. Versuchen Sie eine andere Karte." in states
    assert wireframe.layout.startswith("- Oben: Titelleiste, Menü (Start, Abo bezahlen, Konto")
    assert "- Hauptknopf „Jetzt bezahlen“: inaktiv, bis alle Felder gültig sind." in (
        wireframe.ui_elements
    )


@pytest.mark.parametrize(
    ("story", "code"),
    [(RU_BOOKING, "ru"), (ES_BOOKING, "es"), (DE_CHECKOUT, "de"), (CHECKOUT, "en")],
)
def test_given_a_story_when_its_language_is_told_then_its_story_line_decides(story, code):
    assert story_phrases(story).code == code


def test_given_a_story_in_a_language_without_phrases_when_drawn_then_the_chrome_is_english():
    story = StoryContext(
        title="Zamów stolik na dziś wieczór",
        description="Jako gość chcę zarezerwować stolik na dziś wieczór, żeby nie czekać.",
    )

    wireframe = generate_offline_wireframe(story, "high-fidelity", "web")

    assert "[ Cancel ]" in wireframe.ascii and "Zamów stolik" in wireframe.ascii


@pytest.mark.parametrize("code", LANGUAGES)
def test_given_any_language_when_its_templates_are_filled_then_every_key_is_there(code):
    phrases = phrases_for(code)
    values = dict.fromkeys(
        {f for t in ENGLISH.words.values() for _, f, _, _ in string.Formatter().parse(t) if f},
        "x",
    ) | {"objects": "x"}

    assert set(phrases.words) == set(ENGLISH.words)
    for key in phrases.words:
        assert phrases.say(key, **values)
    assert len(phrases.headings) == 4 and len(phrases.days) == 7
