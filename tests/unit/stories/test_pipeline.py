"""The offline generator's pipeline, from a requirements document to a story map draft."""

import re
from pathlib import Path

import pytest

from generation.quality import lint_story_map
from generation.stories import draft_map
from tests.unit.good_maps import CLINIC_EN, CLINIC_RU

MOSCOW = """# Game records

## Must have
- Players can record a game they played.
- Players can search their records.

## Should have
- Players can add notes to a record.

## Could have
- Players can switch to dark mode.

## Won't have
- Players can scrape game databases.
"""


def stories(draft):
    return [
        story for activity in draft.activities for task in activity.tasks for story in task.stories
    ]


def test_a_russian_idea_becomes_a_russian_map_with_the_future_in_later():
    drafted = draft_map(CLINIC_RU)
    draft = drafted.draft

    lines = [story.description for story in stories(draft)]
    assert all(line.startswith("Как ") and ", я хочу " in line for line in lines)
    assert not any(re.search(r"\b(?:As a|I want|Given|so that)\b", line) for line in lines)
    later = {story.title for story in stories(draft) if story.priority == "Later"}
    assert later == {"Онлайн-оплата", "Отзывы о врачах"}
    assert draft.product_name == "Система онлайн-записи в частную клинику"
    report = lint_story_map(draft, CLINIC_RU)
    assert not {p.rule for p in report.problems} & {
        "wrong-language",
        "quoted-goal",
        "role-not-person",
    }


def test_the_same_idea_in_english_gets_the_same_shape_in_english():
    draft = draft_map(CLINIC_EN).draft

    roles = {story.description.split(",")[0] for story in stories(draft)}
    assert roles == {"As a patient", "As an administrator", "As a doctor"}
    assert all(story.acceptance_criteria[0].startswith("Given ") for story in stories(draft))


def test_stated_priorities_are_honoured_and_wont_haves_listed_as_out_of_scope():
    drafted = draft_map(MOSCOW)

    releases = {story.title: story.priority for story in stories(drafted.draft)}
    assert releases == {
        "Record game": "MVP",
        "Search my records": "MVP",
        "Add notes": "Release 1",
        "Switch to dark mode": "Later",
    }
    assert drafted.notes == [
        "Out of scope, as the document says, so not on the map: Players can scrape game databases."
    ]


def test_without_stated_priorities_the_mvp_is_a_walking_skeleton():
    text = "\n".join(
        f"- Customers can {goal}."
        for goal in (
            "sign up with an email address", "search restaurants by cuisine", "browse menus",
            "save favourite restaurants", "place an order", "pay by card", "track the courier",
            "rate the restaurant", "share a restaurant with friends", "edit their profile",
        )
    )  # fmt: skip

    draft = draft_map(text).draft

    mvp = [story for story in stories(draft) if story.priority == "MVP"]
    assert len(mvp) <= 0.6 * len(stories(draft))
    assert all(
        any(s.priority == "MVP" for t in a.tasks for s in t.stories) for a in draft.activities
    )
    assert 3 <= len(draft.activities) <= 8


def test_a_language_without_a_writer_gets_its_own_sentences_and_a_note():
    text = "# 要件定義\n\n- 利用者はカードを作成できる。\n- 利用者はカードを削除できる。\n"

    drafted = draft_map(text)

    assert "Japanese" in drafted.notes[0]
    lines = [story.description for story in stories(drafted.draft)]
    assert lines == ["利用者はカードを作成できる。", "利用者はカードを削除できる。"]


def test_a_language_without_a_writer_names_activities_after_the_documents_sections():
    text = (
        "# 要件定義\n\n## 機能要件\n\n### 認証機能\n\n"
        "1. 新規登録画面でユーザー名、メールアドレス、パスワードを登録する\n"
        "2. ログインし、ホーム画面に遷移する\n\n### カード作成\n\n"
        "1. カード作成ボタンを押下し、カード作成画面に遷移\n2. タイトルと画像を登録\n\n"
        "### カード編集\n\n1. カード名、画像、音声、カテゴリーの編集ができる\n"
        "2. 完了ボタン押下で編集完了\n"
    )

    drafted = draft_map(text)

    assert [activity.title for activity in drafted.draft.activities] == [
        "認証機能",
        "カード作成",
        "カード編集",
    ]
    assert "Japanese" in drafted.notes[0]


def test_a_brief_that_names_no_product_is_not_named_after_its_first_wish():
    text = (
        "I want to have a list of menu items with ingredients and prices. There may be "
        "categories of foods. The hosts can set other information about the items."
    )

    assert draft_map(text).draft.product_name == "Story map"


@pytest.mark.parametrize(
    ("text", "untitled"),
    [
        (
            "Patients must be able to search doctors by speciality. Doctors can confirm "
            "a visit. The clinic should send a reminder a day before.",
            "Story map",
        ),
        (
            "Клиент должен видеть свободное время мастера. Администратор подтверждает "
            "запись. Мастер получает напоминание за день.",
            "Карта историй",
        ),
        ("Members borrow books. Librarians add books to the catalogue.", "Story map"),
        ("Клиенты записываются к мастеру онлайн. Мастер подтверждает запись.", "Карта историй"),
    ],
)
def test_a_brief_that_opens_with_a_requirement_is_not_named_after_it(text, untitled):
    assert draft_map(text).draft.product_name == untitled


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A booking tool for small yoga studios. Students book a class. Teachers see who "
            "is coming.",
            "Booking tool for small yoga studios",
        ),
        (
            "Customer portal for insurance claims. Customers submit a claim with photos. "
            "Agents review claims.",
            "Customer portal for insurance claims",
        ),
        (
            "Recipe sharing website with comments and ratings from home cooks",
            "Recipe sharing website with comments and ratings",
        ),
        (
            "Nous avons besoin d'un système de réservation pour un club de tennis. Le membre "
            "réserve un court.",
            "Système de réservation pour un club de tennis",
        ),
        (
            "# Техническое задание: «ФитТрекер»\n\n1. Пользователь регистрируется по email.\n",
            "ФитТрекер",
        ),
        ("# PRD - Harbour Ferry\n\n- Commuters buy tickets.\n", "Harbour Ferry"),
    ],
)
def test_a_brief_that_opens_by_describing_the_product_is_named_after_it(text, name):
    assert draft_map(text).draft.product_name == name


def test_a_product_named_in_the_subtitle_under_a_document_title_names_the_map():
    text = (
        "# Product Requirements Document\n## Harbour Ferry Tickets - Draft v0.3\n\n"
        "## Overview\nCommuters buy ferry tickets on their phone.\n\n"
        "## Requirements\n- Commuters can buy a single ticket.\n"
        "- Commuters can show a ticket offline.\n"
    )

    assert draft_map(text).draft.product_name == "Harbour Ferry Tickets"


def test_the_first_section_under_a_document_title_does_not_name_the_map():
    text = (
        "# Требования\n## Регистрация и вход\n"
        "Пользователь должен зарегистрироваться по номеру телефона.\n"
        "Пользователь может войти по коду из СМС.\n"
    )

    assert draft_map(text).draft.product_name != "Регистрация и вход"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Security is important to us. Members can lock their account.", "Story map"),
        ("Tidepool is a booking app for surf lessons. Surfers can book a lesson.", "Tidepool"),
        ("Кофейня — сервис предзаказа кофе. Гость может оплатить заказ.", "Кофейня"),
    ],
)
def test_only_a_sentence_that_introduces_the_product_names_it(text, name):
    assert draft_map(text).draft.product_name == name


def test_a_map_with_no_product_name_is_untitled_in_the_documents_language():
    text = (
        "Хочу, чтобы клиенты могли записаться на приём онлайн. Клиент должен видеть "
        "свободное время мастера. Администратор должен подтверждать запись."
    )

    assert draft_map(text).draft.product_name == "Карта историй"


def test_a_quality_no_test_can_check_is_a_note_on_the_map_not_a_story():
    # From a real German Lastenheft: "Nichtfunktionale Anforderungen".
    text = (
        "# Budget Binder\n\n## Funktionale Anforderungen\n\n"
        "1. Einnahmen und Ausgaben eintragen\n2. Budgets für einzelne Kategorien angeben\n"
        "3. Ausgaben kategorisieren\n\n## Nichtfunktionale Anforderungen\n\n"
        "1. Verständliche Bezeichnungen\n2. Die Ui sollte intuitiv zu bedienen sein\n"
    )

    drafted = draft_map(text)

    titles = " ".join(story.title for story in stories(drafted.draft))
    assert "intuitiv" not in titles and "Verständliche" not in titles
    assert any("Die Ui sollte intuitiv zu bedienen sein" in note for note in drafted.notes)


PLACEHOLDER = re.compile(r"\{[~\w|]+\}")


def test_no_story_on_a_real_document_shows_a_template_placeholder():
    # "la liste des véhicules contien{nent} plusieurs éléments" reached a real map once.
    real = Path(__file__).parents[2] / "data" / "real"
    for document in sorted(real.glob("*-*.md")):
        text = document.read_text(encoding="utf-8")
        for story in draft_map(text).draft.stories:
            for line in (story.title, story.description, *story.acceptance_criteria):
                leaked = set(PLACEHOLDER.findall(line)) - set(PLACEHOLDER.findall(text))
                assert not leaked, (document.name, line)
