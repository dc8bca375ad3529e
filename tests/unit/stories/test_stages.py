"""The pipeline's stages one at a time, each with sentences from real documents."""

from generation.languages.en.writing import EnglishWriter
from generation.languages.ru.writing import RussianWriter
from generation.reading import Statement, read_document
from generation.stories.releases import assign_releases
from generation.stories.requirements import requirement_text, stories_of
from generation.stories.roles import assign_roles, section_roles
from generation.stories.writing import categorise


def drafts(text: str, writer, language: str):
    document = read_document(text, language)
    stories = stories_of(document, writer)
    assign_roles(stories, document, writer)
    categorise(stories, writer)
    assign_releases(stories, document)
    return document, stories


def test_a_requirement_loses_its_id_and_the_words_that_state_its_priority():
    # From a real SRS and a real MoSCoW table.
    srs = Statement("FR-3: Users can cancel a booking (should)", 1, "requirement")
    plain = Statement("NFR-01.1 The application shall load within three seconds.", 2, "x")

    assert requirement_text(plain) == "The application shall load within three seconds."
    assert "FR-3" not in requirement_text(srs)


def test_a_list_item_of_several_sentences_is_several_stories():
    text = (
        "# Shop\n\n## Features\n\n"
        "- Customers can browse the catalogue. Customers can pay by card.\n"
    )

    _, stories = drafts(text, EnglishWriter(), "en")

    assert len(stories) == 2


def test_roles_come_from_the_roles_section_and_a_persona_name_is_no_role():
    text = (
        "# Clinic\n\n## Roles\n\n- **Patient**: books visits.\n- **Administrator**: keeps the "
        "schedule.\n\n## Personas\n\n- Sarah: a busy mother.\n\n## Features\n\n"
        "- Sarah can book a visit online.\n- Administrators mark no-shows.\n"
    )

    document, stories = drafts(text, EnglishWriter(), "en")

    assert section_roles(document)[:2] == ["patient", "administrator"]
    roles = {story.clause.source: story.role for story in stories}
    assert roles["Administrators mark no-shows."] == "administrator"
    assert roles["Sarah can book a visit online."] != "sarah"


def test_a_section_that_declares_its_users_gives_its_items_that_role():
    text = (
        "# Рецепты\n\n## Возможности администратора\n\n- Удалять рецепты пользователей.\n"
        "- Блокировать пользователей.\n"
    )

    _, stories = drafts(text, RussianWriter(), "ru")

    assert {story.role for story in stories} == {"администратор"}


def test_without_stated_priorities_the_first_story_of_each_kind_of_action_is_the_mvp():
    text = (
        "# Library\n\n- Members can search the catalogue.\n- Members can filter books by "
        "genre.\n- Members can reserve a book.\n- Members could share a book with friends.\n"
    )

    _, stories = drafts(text, EnglishWriter(), "en")

    releases = [story.release for story in stories]
    assert releases[0] == "MVP"
    assert releases[1] == "Release 1"  # a second way to find books is not the skeleton
    assert releases[2] == "MVP"
    assert "Later" in releases or releases[3] == "MVP"


def test_stated_priorities_win_and_unstated_stories_wait_for_release_one():
    text = (
        "# Game records\n\n## Must have\n\n- Players can record a game.\n\n"
        "## Could have\n\n- Players can switch to dark mode.\n\n## Notes\n\n"
        "- Players can export their records.\n"
    )

    _, stories = drafts(text, EnglishWriter(), "en")

    releases = {story.clause.source: story.release for story in stories}
    assert releases["Players can record a game."] == "MVP"
    assert releases["Players can switch to dark mode."] == "Later"
    assert releases["Players can export their records."] == "Release 1"


def test_a_document_that_only_puts_some_items_later_gets_a_walking_skeleton():
    # A Russian spec whose only priorities are "Не входит в первую версию" and "В будущем".
    text = (
        "# Фитнес-клуб\n\n## Функции\n\n"
        "- Клиент просматривает расписание на неделю.\n"
        "- Клиент записывается на тренировку.\n"
        "- Клиент отменяет запись.\n"
        "- Администратор выгружает отчёт о посещаемости.\n\n"
        "## Не входит в первую версию\n\n- Программа лояльности.\n\n"
        "## В будущем\n\n- Оплата через СБП.\n"
    )

    _, stories = drafts(text, RussianWriter(), "ru")

    releases = {story.clause.source: story.release for story in stories}
    assert releases["Клиент просматривает расписание на неделю."] == "MVP"
    assert releases["Программа лояльности."] == "Later"
    assert releases["Оплата через СБП."] == "Later"


def test_the_primary_users_a_document_names_speak_for_the_stories_that_name_nobody():
    # From a real SRS: "The primary users of the system are Bumbershoot festival attendees."
    text = (
        "# Festival app\n\n## Intended Users\n\nThe primary users of the system are Bumbershoot "
        "festival attendees.\n\n## Functional requirements\n\n"
        "- The system shall allow users to mark an event as a favorite.\n"
        "- Browse the festival schedule by day.\n"
    )
    russian = (
        "# Библиотека\n\nОсновные пользователи — студенты университета.\n\n## Функции\n\n"
        "- Искать книги по автору.\n- Продлевать книги онлайн.\n"
    )

    _, stories = drafts(text, EnglishWriter(), "en")
    _, russian_stories = drafts(russian, RussianWriter(), "ru")

    assert {story.role for story in stories} == {"festival attendee"}
    assert {story.role for story in russian_stories} == {"студент"}


def test_a_target_group_with_a_short_name_in_brackets_gives_the_stories_their_role():
    # From a real German Lastenheft.
    from generation.languages.de.writing import WRITER as German

    text = (
        "# Budget Binder\n\n## Konzept\n\n1. Zielgruppe(n): junge bis mittlere Erwachsene "
        "(Digital Natives) die gerade aus dem Elternhaus ausgezogen sind.\n\n"
        "## Funktionale Anforderungen\n\n1. Einnahmen eintragen\n2. Ausgaben kategorisieren\n"
    )

    _, stories = drafts(text, German(), "de")

    assert {story.role for story in stories} == {"Digital Native"}
