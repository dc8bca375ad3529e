"""Reading a requirements document: which lines are requirements, which are context."""

import pytest

from generation.reading import read_document


def kinds(text: str, language: str | None = "en") -> dict[str, str]:
    return {s.text: s.kind for s in read_document(text, language).statements}


def test_context_lines_are_never_requirements():
    text = """---
title: Shop PRD
---
# Shop

Version: 1.2
Author: Ana Lopez
Last updated: 2024-03-01

## Table of contents

- [Overview](#overview)
- [Features](#features)

## Features

- Customers can pay by card.
- Export invoices as PDF

```python
def pay(): ...
```

POST /api/auth/login

| Column | Type |
|---|---|
| Passwort, Typ: char(50) | text |

## Glossary

- Cart: the items a customer is about to buy.
"""
    found = kinds(text)

    assert found["Customers can pay by card."] == "requirement"
    assert found["Export invoices as PDF"] == "requirement"
    assert found["title: Shop PRD"] == "metadata"
    assert found["Version: 1.2"] == "metadata"
    assert found["Author: Ana Lopez"] == "metadata"
    assert found["Overview"] == "toc"
    assert found["def pay(): ..."] == "code"
    assert found["POST /api/auth/login"] == "route"
    assert found["Passwort, Typ: char(50)"] == "schema"
    assert found["Cart: the items a customer is about to buy."] == "context"
    assert found["Features"] == "heading"
    assert [s.text for s in read_document(text, "en").requirements] == [
        "Customers can pay by card.",
        "Export invoices as PDF",
    ]


@pytest.mark.parametrize(
    ("heading", "language"),
    [
        ("Non-goals", "en"),
        ("Out of scope", "en"),
        ("Won't have (this time)", "en"),
        ("Не входит в рамки проекта", "ru"),
        ("Fuera de alcance", "es"),
        ("Abgrenzungskriterien", "de"),
        ("Fora do escopo", "pt"),
        ("Hors périmètre", "fr"),
    ],
)
def test_items_of_a_non_goals_section_are_non_goals(heading, language):
    text = f"# Product\n\n## Features\n\n- Alpha beta gamma.\n\n## {heading}\n\n- Delta epsilon.\n"

    found = kinds(text, language)

    assert found["Alpha beta gamma."] == "requirement"
    assert found["Delta epsilon."] == "non-goal"


def test_stated_priorities_are_read_from_headings_labels_brackets_and_phrases():
    text = """# App

## Must have
- Customers can sign up.

## Should have
- Customers can save favourites.

## Later ideas
- Customers can share lists.

## Features
- Customers can rate dishes (could)
- Priority: High - Customers can pay by card.
- P2: Customers can export receipts.
- In Phase 2, couriers can chat with customers.
- In the future, customers can tip couriers.
- Customers must be able to log in.
"""
    statements = read_document(text, "en").requirements

    assert {s.text: s.priority for s in statements} == {
        "Customers can sign up.": "MVP",
        "Customers can save favourites.": "Release 1",
        "Customers can share lists.": "Later",
        "Customers can rate dishes (could)": "Later",
        "Priority: High - Customers can pay by card.": "MVP",
        "P2: Customers can export receipts.": "Release 1",
        "In Phase 2, couriers can chat with customers.": "Release 1",
        "In the future, customers can tip couriers.": "Later",
        # "must" in a sentence states a requirement, not its priority
        "Customers must be able to log in.": None,
    }


def test_russian_priorities_and_a_time_limit_that_is_no_priority():
    text = (
        "Пациент может отменить запись не позже чем за 12 часов. "
        "В будущем — онлайн-оплата и отзывы о врачах."
    )

    found = {s.text: s.priority for s in read_document(text, "ru").requirements}

    assert found == {
        "Пациент может отменить запись не позже чем за 12 часов.": None,
        "В будущем — онлайн-оплата и отзывы о врачах.": "Later",
    }


def test_a_requirements_table_gives_its_requirement_cells_with_their_priorities():
    text = """# Catalogue

| ID | Requirement | Priority |
|----|-------------|----------|
| R1 | Readers can buy a book | High |
| R2 | Authors can publish a book | Low |
"""
    document = read_document(text, "en")

    assert [(s.text, s.priority) for s in document.requirements] == [
        ("Readers can buy a book", "MVP"),
        ("Authors can publish a book", "Later"),
    ]
    assert {s.text: s.kind for s in document.statements}["R1"] == "table"


def test_roles_sections_say_who_the_users_are_and_background_prose_is_not_a_requirement():
    text = """# Booking

## Overview
Booking is hard today, and the app should make it easy.

## User roles
- Patient: books visits.
- Administrator: keeps schedules.

## Requirements
- Patients can book a visit.
"""
    found = kinds(text)

    assert found["Patient: books visits."] == "role"
    assert found["Booking is hard today, and the app should make it easy."] == "prose"
    assert found["Patients can book a visit."] == "requirement"


def test_a_paragraph_with_no_structure_is_all_requirements_but_the_product_and_questions():
    text = (
        "ToolShare is a platform that lets you rent tools from your neighbors. Why buy a drill "
        "you can borrow? Browse available tools and rent what you need. Share your own tools "
        "and earn extra cash."
    )

    found = kinds(text)

    assert found["Why buy a drill you can borrow?"] == "prose"
    assert found["ToolShare is a platform that lets you rent tools from your neighbors."] == (
        "product"
    )
    assert found["Browse available tools and rent what you need."] == "requirement"
    assert found["Share your own tools and earn extra cash."] == "requirement"


def test_requirement_ids_and_labelled_paragraphs_are_requirements():
    text = """# SRS

## 3.1 Functional requirements

FR-01: The system shall let visitors search events by date.

**Требование.** Пользователь может добавить рецепт.
"""
    found = kinds(text)

    assert found["FR-01: The system shall let visitors search events by date."] == "requirement"
    assert found["Пользователь может добавить рецепт."] == "requirement"
    assert found["Functional requirements"] == "heading"


def test_a_list_item_with_items_under_it_names_their_group():
    text = "# Game records\n\n- Game raids\n  - Team member review\n  - Raid duration\n"

    found = kinds(text)

    assert found["Game raids"] == "heading"
    assert found["Team member review"] == "requirement"


def test_a_requirement_card_gives_its_description_with_its_release():
    text = """# Catálogo de requisitos

| **R5** | **Compra de libros** |
| --: | :-- |
| **Descripción** | El usuario podrá realizar la compra de libros |
| **Prioridad** | Importante |
| **Entrega** | v2 |

| **R6** | **Estilo del código** |
| --: | :-- |
| **Descripción** | Código según las normas de Laravel |
| **Tipo** | Técnico |
"""
    document = read_document(text, "es")

    assert [(s.text, s.priority) for s in document.requirements] == [
        ("El usuario podrá realizar la compra de libros", "Release 1")
    ]
    assert {s.text: s.kind for s in document.statements}["Código según las normas de Laravel"] == (
        "context"
    )


def test_a_list_item_over_its_own_items_is_their_section():
    # From a real ТЗ: numbered screens, each with the behaviour under it.
    text = (
        "# Каршеринг\n\nНеобходимо реализовать следующий функционал:\n\n"
        "1. Реализуйте экран `SignUp Screen` согласно макету:\n"
        "    * При нажатии на кнопку «Зарегистрироваться» необходимо проверять поля.\n"
        "2. Реализуйте экран `Profile Screen` согласно макету:\n"
        "    * На экране необходимо отобразить аватарку пользователя.\n"
        "    * Рамка вокруг аватарки должна быть разного цвета в зависимости от состояния:\n"
        "        - желтый: не загружены фотографии прав\n\n"
        "- Out of scope:\n    - Users can pay in cash.\n\n"
        "After the list, users can export reports.\n"
    )

    statements = {s.text: s for s in read_document(text, "ru").statements}

    assert statements[
        "При нажатии на кнопку «Зарегистрироваться» необходимо проверять поля."
    ].section == ("Реализуйте экран SignUp Screen согласно макету")
    assert statements["На экране необходимо отобразить аватарку пользователя."].section == (
        "Реализуйте экран Profile Screen согласно макету"
    )
    assert statements["Users can pay in cash."].kind == "non-goal"
    framed = "Рамка вокруг аватарки должна быть разного цвета в зависимости от состояния"
    framing = {s.kind for s in read_document(text, "ru").statements if s.text == framed}
    assert framing == {"requirement", "heading"}  # a group that asks for something
    assert statements["желтый: не загружены фотографии прав"].section == framed
    assert statements["After the list, users can export reports."].kind == "requirement"


def test_a_heading_that_starts_with_a_roles_word_but_names_a_screen_defines_no_roles():
    text = (
        "# NudgeBud\n\n## Personas\n\n- Loving Partner: warm and kind.\n\n"
        "## Persona Picker (sheet)\n\n- Three quick personas with one-line previews.\n"
    )

    found = kinds(text, "en")

    assert found["Loving Partner: warm and kind."] == "role"
    assert found["Three quick personas with one-line previews."] == "requirement"


@pytest.mark.parametrize(
    ("text", "language", "requirement", "ruled_out"),
    [
        (
            "- The system shall be delivered as a mobile-only application and shall not "
            "include a web-based client.",
            "en",
            "The system shall be delivered as a mobile-only application.",
            "A web-based client.",
        ),
        (
            "- Покупатель может оплатить заказ картой и не должен поддерживать оплату наличными.",
            "ru",
            "Покупатель может оплатить заказ картой.",
            "Оплату наличными.",
        ),
    ],
)
def test_what_a_requirement_rules_out_is_a_non_goal(text, language, requirement, ruled_out):
    found = kinds(f"# Приложение\n\n## Features\n\n{text}\n- Users can search.\n", language)

    assert found[requirement] == "requirement"
    assert found[ruled_out] == "non-goal"


def test_a_folded_html_section_has_its_summary_as_heading_and_cjk_references_are_context():
    text = (
        "# 要件定義\n\n## 5. 機能要件\n"
        "<details><summary><b>認証機能</b></summary>\n\n"
        "1. 新規登録画面でユーザー名、メールアドレス、パスワードを登録する\n"
        "</details>\n\n## 7. 参考文献\n\n1. 日本マカトン協会「マカトン法とは」ホームページ\n"
    )

    statements = {s.text: s for s in read_document(text, "ja").statements}

    assert statements["新規登録画面でユーザー名、メールアドレス、パスワードを登録する"].section == (
        "認証機能"
    )
    assert statements["日本マカトン協会「マカトン法とは」ホームページ"].kind == "context"


def test_remarks_to_the_reader_of_a_brief_are_no_requirements():
    # From a real client brief, pasted as quoted paragraphs under labels.
    text = (
        'Original Text: "I want to have a list of menu items with prices. There should be a '
        "tagline that I can change. Like a greeting text maybe. Show me something about it "
        'so that I can decide."\n\n'
        'Iteration II: "I own 3 different restaurants in town. Keep this in mind. I also want '
        'customers to add some tip while giving the orders."\n'
    )

    found = kinds(text)

    assert found["I want to have a list of menu items with prices."] == "requirement"
    assert found["I also want customers to add some tip while giving the orders."] == (
        "requirement"
    )
    for remark in (
        "Like a greeting text maybe.",
        "Show me something about it so that I can decide.",
        "I own 3 different restaurants in town.",
        "Keep this in mind.",
    ):
        assert found[remark] == "prose", remark


def test_platforms_scales_technical_labels_and_list_introductions_are_no_requirements():
    # Lines from real documents: a ТЗ, a QA rubric, an iOS PRD.
    text = (
        "# App\n\n## Requirements\n\n"
        "Необходимо разработать мобильное приложение, удовлетворяющее следующим требованиям:\n\n"
        "- Android 9.0 и новее\n- iOS 13.0 и новее\n"
        "- **5** - Excellent (exceeded standards)\n- **0** - Critical failure (compliance breach)\n"
        "- **Storage (MVP)**: SwiftData in app + App Group JSON cache for the extension.\n"
        "- **Analysis:** Anthropic Claude API (Claude 3.5 Sonnet)\n"
        "- Smart defaults:\n    - 2× → 9:00 AM & 7:00 PM\n"
        "- Users can pick a persona before a session.\n"
    )

    found = kinds(text, None)

    assert (
        found["Необходимо разработать мобильное приложение, удовлетворяющее следующим требованиям:"]
        == "prose"
    )
    for line in (
        "Android 9.0 и новее",
        "iOS 13.0 и новее",
        "5 - Excellent (exceeded standards)",
        "0 - Critical failure (compliance breach)",
        "Storage (MVP): SwiftData in app + App Group JSON cache for the extension.",
        "2× → 9:00 AM & 7:00 PM",
        "Analysis: Anthropic Claude API (Claude 3.5 Sonnet)",
    ):
        assert found[line] == "context", line
    assert found["Users can pick a persona before a session."] == "requirement"


@pytest.mark.parametrize(
    ("line", "language", "kind"),
    [
        ("Pas d'interface graphique pour la génération du code SQL.", "fr", "context"),
        ("No blocking overlays.", "en", "context"),
        ("No user can see the data of another user.", "en", "requirement"),
        ("Nobody likes to wait, so search answers within 2 seconds.", "en", "requirement"),
        (
            "A responsabilidade sobre o seguro do veículo é exclusiva do motorista (Esta é uma "
            "restrição do sistema, não um requisito de software).",
            "pt",
            "context",
        ),
    ],
)
def test_constraints_that_rule_something_out_or_are_no_software_are_context(line, language, kind):
    found = kinds(f"# X\n\n## Y\n\n- {line}\n- Users can book a slot.\n", language)

    assert found[line] == kind


def test_roadmap_lines_design_options_and_testimonials_are_context():
    # Lines from two real PRDs.
    text = (
        "# App\n\n## Plan\n\n"
        "- **Milestone 1 (Weeks 1–3):** DesignSystem, Home, Task Picker, Schedule.\n"
        "- **Option A (Recommended):** Streamlit\n"
        '- "We can now scale from 1 call per agent per month to 10+ calls"\n'
        '- "As a user, I want to export my data, so that I own it."\n'
        "- Functionality for specific games (e.g. Overwatch, FFXIV) to record information\n"
        "- Orders move through received, in preparation, on the way etc. The customer can see "
        "this.\n"
        "- Accessible via username and password\n"
        "    - Non functional requirement: quality security\n"
    )

    found = kinds(text)

    assert found["Milestone 1 (Weeks 1–3): DesignSystem, Home, Task Picker, Schedule."] == (
        "context"
    )
    assert found["Option A (Recommended): Streamlit"] == "context"
    assert found['"We can now scale from 1 call per agent per month to 10+ calls"'] == "context"
    assert found['"As a user, I want to export my data, so that I own it."'] == "requirement"
    assert (
        found["Functionality for specific games (e.g. Overwatch, FFXIV) to record information"]
        == "requirement"
    )


def test_should_have_in_a_sentence_is_no_moscow_marker():
    from generation.languages import pack_for
    from generation.priorities import line_priority

    english = pack_for("en")

    assert line_priority("Each order should have some kind of status.", english) is None
    assert line_priority("Search orders - Must have", english).priority == "MVP"
    assert line_priority("Export to CSV, nice-to-have", english).priority == "Later"


def test_a_line_labelled_later_is_for_later_in_any_language():
    from generation.languages import pack_for
    from generation.priorities import line_priority

    assert line_priority("Later: monthly passes for residents.", pack_for("en")).priority == (
        "Later"
    )
    assert line_priority("Позже: абонементы для студентов.", pack_for("ru")).priority == "Later"
    assert line_priority("Plus tard : les avis des clients.", pack_for("fr")).priority == "Later"
    assert line_priority("Drivers can pay later.", pack_for("en")) is None


def test_a_scope_in_the_introduction_states_requirements_only_in_a_short_document():
    # From a real Russian SRS: "1 Введение > Бизнес-требования > Границы проекта".
    intro = (
        "# Требования к проекту\n\n## Введение\n\n### Бизнес-требования\n\n"
        "#### Возможности бизнеса\n\nБольшинство любителей готовить мечтают иметь книгу "
        "рецептов, которая позволяет не держать всё в голове.\n\n#### Границы проекта\n\n"
        "Данное приложение позволяет создавать ингредиенты и использовать их в рецептах.\n\n"
        "## Функциональные требования\n\n"
    )
    scope = "Данное приложение позволяет создавать ингредиенты и использовать их в рецептах."
    dream = (
        "Большинство любителей готовить мечтают иметь книгу рецептов, которая позволяет не "
        "держать всё в голове."
    )
    short = intro + "- Пользователь может искать рецепт по названию.\n"
    long = intro + "".join(
        f"- Пользователь может выполнить действие номер {n}.\n" for n in range(20)
    )

    assert kinds(short, "ru")[scope] == "requirement"
    assert kinds(short, "ru")[dream] == "prose"
    assert kinds(long, "ru")[scope] == "prose"  # the requirements say it again in detail


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Select a plan", None),
        ("Import contacts from a CSV file", None),
        ("Return a book", None),
        ("import pandas as pd", "code"),
        ("SELECT * FROM users;", "code"),
    ],
)
def test_code_keywords_count_only_as_code_writes_them(line, kind):
    from generation.reading import form_kind

    assert form_kind(line, "en") == kind
