"""Improving a story: each finding of the quality report gets a fix that keeps the user's text."""

import re

import pytest

from generation.improve import improve_story
from generation.quality import has_benefit, is_given_when_then, is_unhappy_path, story_findings
from generation.schemas import StoryDraft

HAPPY = "Given my card is valid, when I pay for the order, then I get a receipt."
UNHAPPY = "Given my card is declined, when I pay for the order, then I see why and am not charged."


def story(**changes) -> StoryDraft:
    fields = {
        "title": "Pay for the order",
        "description": "As a customer, I want to pay for the order, so that my food is on its way.",
        "acceptance_criteria": [HAPPY, UNHAPPY],
        "sources": ["Customers must be able to pay by card."],
    }
    return StoryDraft(**{**fields, **changes})


def rules(draft: StoryDraft, duplicate_title: bool = False) -> list[str]:
    return [rule for rule, _ in story_findings(draft, duplicate_title=duplicate_title)]


def test_a_story_that_meets_the_bar_is_left_as_it_is():
    fine = story()

    result = improve_story(fine, titles_before=["Browse menus"], titles_after=["Track the order"])

    assert result.story == fine
    assert result.changes == [] and result.unresolved == []


def test_a_missing_so_that_is_added_to_the_end_of_the_story_line():
    given = story(description="As a customer, I want to pay by card. Visa and Mastercard only.")

    result = improve_story(given)

    added = re.fullmatch(
        r"As a customer, I want to pay by card, (so that .+)\. Visa and Mastercard only\.",
        result.story.description,
    )
    assert added, result.story.description
    assert result.changes == [f'Added the benefit "{added.group(1)}".']
    assert rules(result.story) == []


def test_a_benefit_written_as_so_i_can_only_gets_its_that():
    given = story(description="As a customer I want to pay by card so I can leave quickly")

    result = improve_story(given)

    assert result.story.description == (
        "As a customer I want to pay by card, so that I can leave quickly."
    )
    assert result.changes == ['Wrote the benefit as "so that".']


def test_a_description_that_is_not_a_story_line_gets_one_in_front_and_is_kept():
    given = story(description="Couriers can accept delivery requests near them.")

    result = improve_story(given)

    line = re.fullmatch(
        r"(As a courier, I want to accept delivery requests near me, so that .+\.) "
        r"Couriers can accept delivery requests near them\.",
        result.story.description,
    )
    assert line, result.story.description
    assert result.changes == [f"Wrote a story line before the description: {line.group(1)}"]
    assert rules(result.story) == []


def test_a_story_with_one_criterion_gets_a_second_and_keeps_its_own_first():
    given = story(acceptance_criteria=[HAPPY])

    result = improve_story(given)

    criteria = result.story.acceptance_criteria
    assert criteria[0] == HAPPY
    assert 2 <= len(criteria) <= 5
    assert any(is_unhappy_path(c) for c in criteria[1:])
    assert result.changes == ["Added an unhappy-path criterion."]
    assert rules(result.story) == []


def test_a_story_without_criteria_gets_a_happy_and_an_unhappy_path():
    result = improve_story(story(acceptance_criteria=[]))

    happy, unhappy = result.story.acceptance_criteria
    assert happy.startswith("Given ") and ", when I pay for the order, then " in happy
    assert unhappy.startswith("Given ") and ", when I try to pay for the order, then " in unhappy
    assert is_unhappy_path(unhappy) and not is_unhappy_path(happy)
    assert result.changes == [
        "Added a criterion: a story needs at least 2.",
        "Added an unhappy-path criterion.",
    ]


def test_a_story_without_an_unhappy_path_gets_one_after_its_own_criteria():
    other = "Given I have paid, when I open the order, then I see the receipt."
    given = story(acceptance_criteria=[HAPPY, other])

    result = improve_story(given)

    criteria = result.story.acceptance_criteria
    assert criteria[:2] == [HAPPY, other]
    assert len(criteria) == 3 and is_unhappy_path(criteria[2])
    assert result.changes == ["Added an unhappy-path criterion."]


def test_criteria_not_in_given_when_then_form_are_framed_in_their_own_words():
    given = story(
        acceptance_criteria=[
            "- Card payments are accepted.",
            "When I pay twice, then I am charged once",
            UNHAPPY,
        ]
    )

    result = improve_story(given)

    first, second, third = result.story.acceptance_criteria
    given = first.split(", when ")[0]
    assert given.startswith("Given ")
    assert first == f"{given}, when I pay for the order, then card payments are accepted."
    assert second == f"{given}, when I pay twice, then I am charged once."
    assert third == UNHAPPY
    assert all(is_given_when_then(c) for c in result.story.acceptance_criteria)
    assert result.changes == ["Put criteria 1 and 2 in Given/When/Then form."]


@pytest.mark.parametrize(
    ("own", "then"),
    [
        ("Sends a receipt by email", "then it sends a receipt by email."),
        ("Works offline.", "then it works offline."),
        ("Orders are kept for a year", "then orders are kept for a year."),
        ("SMS is sent", "then SMS is sent."),
    ],
)
def test_a_criterion_starting_with_a_bare_verb_gets_it_as_its_subject(own, then):
    given = story(acceptance_criteria=[own, UNHAPPY])

    result = improve_story(given)

    assert result.story.acceptance_criteria[0].endswith(f", when I pay for the order, {then}")


def test_a_title_an_earlier_story_has_gets_the_role_and_the_first_keeps_it():
    given = story(title="Pay")

    later = improve_story(given, titles_before=["Browse menus", "pay!"])
    first = improve_story(given, titles_after=["Pay"])

    assert later.story.title == "Pay (customer)"
    assert later.changes == ['Renamed from "Pay": an earlier story has the same title.']
    assert rules(later.story, duplicate_title=False) == []
    assert first.story.title == "Pay" and first.changes == []


def test_a_new_title_does_not_take_one_another_story_already_has():
    given = story(title="Pay")

    result = improve_story(given, titles_before=["Pay"], titles_after=["Pay (customer)"])

    assert result.story.title == "Pay (2)"


def test_more_than_five_criteria_are_kept_and_left_for_a_person():
    six = [HAPPY, UNHAPPY, *[f"Given case {n}, when I pay, then it works." for n in range(4)]]

    result = improve_story(story(acceptance_criteria=six))

    assert result.story.acceptance_criteria == six
    assert result.changes == []
    assert result.unresolved == ["6 acceptance criteria; stories need 2 to 5."]


@pytest.mark.parametrize(
    "given",
    [
        story(description="As a customer, I want to pay."),
        story(description="Pay with a card", acceptance_criteria=["Receipts are emailed"]),
        story(title="Pay", acceptance_criteria=[]),
        story(acceptance_criteria=[HAPPY, HAPPY.replace("receipt", "email")]),
    ],
    ids=["so-that", "free-text", "no-criteria", "no-unhappy-path"],
)
def test_improving_an_improved_story_changes_nothing(given):
    once = improve_story(given, titles_before=["Pay"])
    twice = improve_story(once.story, titles_before=["Pay"])

    assert once.changes
    assert twice.story == once.story
    assert twice.changes == []
    assert once.unresolved == []


def test_a_story_is_read_for_its_role_and_goal_as_the_generator_reads_requirements():
    line = story(
        title="Accept jobs",
        description="As a courier, I want to accept delivery jobs.",
        acceptance_criteria=[],
    )
    plain = story(
        title="Export monthly reports", description="Monthly reports.", acceptance_criteria=[]
    )

    from_line = improve_story(line).story
    from_title = improve_story(plain).story

    assert from_line.description.startswith(
        "As a courier, I want to accept delivery jobs, so that "
    )
    assert all(
        ", when I " in c and "accept delivery jobs" in c for c in from_line.acceptance_criteria
    )
    assert from_title.description.startswith("As a user, I want to export monthly reports, ")
    assert from_title.description.endswith(". Monthly reports.")
    assert any(is_unhappy_path(c) for c in from_title.acceptance_criteria)


def test_a_blank_looking_title_repeated_gets_a_suffix_without_a_leading_space():
    # "\x1f" counts as whitespace, so the new title is only the suffix
    given = story(title="\x1f")

    renamed = improve_story(given, titles_before=[""])
    again = improve_story(renamed.story, titles_before=[""])

    assert renamed.story.title == "(customer)"
    assert again.story == renamed.story


# --- In the story's own language ---------------------------------------------------------------

RUSSIAN_HAPPY = "Дано: карта действительна; когда я оплачиваю заказ, тогда я получаю чек."


def test_a_russian_story_without_chtoby_gets_a_russian_benefit_and_russian_criteria():
    given = story(
        title="Оплатить заказ",
        description="Как покупатель, я хочу оплатить заказ картой.",
        acceptance_criteria=[],
    )

    result = improve_story(given)

    description = result.story.description
    assert re.fullmatch(
        r"Как покупатель, я хочу оплатить заказ картой, чтобы [^A-Za-z]+\.", description
    )
    happy, unhappy = result.story.acceptance_criteria
    assert happy.startswith("Дано: ") and "; когда я " in happy and ", тогда " in happy
    assert unhappy.startswith("Дано: ") and is_unhappy_path(unhappy) and not is_unhappy_path(happy)
    assert not re.search(r"[A-Za-z]", " ".join(result.story.acceptance_criteria))
    assert result.changes[0].startswith('Added the benefit "чтобы ')
    assert rules(result.story) == []


def test_a_russian_requirement_as_description_gets_a_russian_story_line_in_front():
    given = story(
        title="Отменить запись",
        description="Пациенты могут отменить запись не позже чем за 12 часов.",
        acceptance_criteria=["Запись отменяется", "Когда я отменяю запись, тогда слот свободен"],
    )

    result = improve_story(given)

    assert result.story.description.startswith("Как пациент, я хочу отменить запись ")
    assert result.story.description.endswith(
        ". Пациенты могут отменить запись не позже чем за 12 часов."
    )
    first, second, *rest = result.story.acceptance_criteria
    assert first.startswith("Дано: ") and first.endswith(", тогда запись отменяется.")
    assert second.startswith("Дано: ") and second.endswith(
        "; когда я отменяю запись, тогда слот свободен."
    )
    assert [is_unhappy_path(c) for c in rest] == [True]
    assert rules(result.story) == []


def test_a_spanish_story_gets_a_spanish_benefit_and_dado_que_criteria():
    given = story(
        title="Cancelar una reserva",
        description="Como cliente, quiero cancelar una reserva.",
        acceptance_criteria=["Se envía un correo de confirmación"],
    )

    result = improve_story(given)

    assert re.fullmatch(
        r"Como cliente, quiero cancelar una reserva, para que [^.]+\.", result.story.description
    )
    first, unhappy = result.story.acceptance_criteria
    assert first.startswith("Dado que ") and first.endswith(
        ", cuando cancelo una reserva, entonces se envía un correo de confirmación."
    )
    assert unhappy.startswith("Dado que ") and ", cuando intento cancelar una reserva, " in unhappy
    assert result.changes == [
        result.changes[0],
        "Put criterion 1 in Given/When/Then form.",
        "Added an unhappy-path criterion.",
    ]
    assert result.changes[0].startswith('Added the benefit "para que ')
    assert rules(result.story) == []


@pytest.mark.parametrize(
    "description",
    ["顧客として、カードで注文を支払いたい。", "カードで注文を支払う"],
    ids=["story line", "sentence"],
)
def test_a_japanese_story_is_left_as_it_is_with_a_note_that_says_why(description):
    given = story(
        title="注文を支払う", description=description, acceptance_criteria=["支払いが完了する"]
    )

    result = improve_story(given)

    assert result.story == given
    assert result.changes == []
    assert result.unresolved[0].startswith("The story is in Japanese, which the offline improver")
    assert set(result.unresolved[1:]) == {message for _, message in story_findings(given)}


def test_a_japanese_story_with_a_repeated_title_is_only_renamed():
    given = story(title="支払い", description="顧客として、カードで注文を支払いたい。")

    result = improve_story(given, titles_before=["支払い"])

    assert result.story.title == "支払い (顧客)"
    assert result.story.description == given.description
    assert result.changes == ['Renamed from "支払い": an earlier story has the same title.']


def test_an_english_frame_around_a_japanese_goal_gets_no_english_criteria():
    given = story(description="As a customer, I want カードで注文を支払う", acceptance_criteria=[])

    result = improve_story(given)

    assert result.story.acceptance_criteria == []
    assert not has_benefit(result.story.description)
    assert result.unresolved


@pytest.mark.parametrize(
    "given",
    [
        story(title="Оплатить заказ", description="Как покупатель, я хочу оплатить заказ."),
        story(
            title="Cancelar",
            description="Los clientes pueden cancelar una reserva.",
            acceptance_criteria=["Se cancela"],
        ),
        story(title="注文", description="注文を支払う", acceptance_criteria=[]),
    ],
    ids=["ru", "es", "ja"],
)
def test_improving_a_story_in_another_language_twice_changes_nothing(given):
    once = improve_story(given)
    twice = improve_story(once.story)

    assert twice.story == once.story
    assert twice.changes == []
    assert twice.unresolved == once.unresolved
