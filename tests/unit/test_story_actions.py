"""The actions on chosen stories, without the web app: answers checked, prompts, offline work."""

import pytest
from pydantic import ValidationError

from generation import GenerationError
from generation.llm import ProviderChain
from generation.providers import Provider
from generation.schemas import answer_schema
from generation.story_actions import (
    ACTIONS,
    ANSWERS,
    OFFLINE,
    CriteriaAnswer,
    DetailAnswer,
    EdgeCasesAnswer,
    InvestAnswer,
    SplitAnswer,
    StoryInput,
    action_prompt,
    check_invest_offline,
    rewrite_criteria_offline,
    run_story_action,
    story_language,
)
from tests.fake_llm import FakeLLM, answer

GOOD = [
    "Given my card is valid, when I pay, then I see a confirmation with the amount.",
    "Given my card is declined, when I pay, then I see why and can try another card.",
]
PAY = StoryInput(
    product_name="Bitebox",
    activity="Order food",
    task="Pay",
    title="Pay by card",
    description="As a customer, I want to pay by card, so that I can finish my order.",
    acceptance_criteria=GOOD,
    sources=["Customers must be able to pay by card or wallet."],
)


def story(**changes) -> StoryInput:
    return StoryInput(**{**PAY.__dict__, **changes})


def written(title: str) -> dict:
    return {
        "title": title,
        "description": f"As a customer, I want to {title.lower()}, so that I eat sooner.",
        "acceptanceCriteria": GOOD,
    }


# -- answers ---------------------------------------------------------------------------------


def test_good_criteria_are_accepted_and_a_string_of_lines_is_read_as_a_list():
    assert CriteriaAnswer.model_validate({"acceptanceCriteria": GOOD}).acceptance_criteria == GOOD
    as_text = CriteriaAnswer.model_validate({"acceptanceCriteria": "\n".join(GOOD) + "\n\n"})
    assert as_text.acceptance_criteria == GOOD


@pytest.mark.parametrize(
    "criteria, problem",
    [
        (GOOD[:1], "at least 2 items"),
        (GOOD * 3, "at most 5 items"),
        ([GOOD[0], "The payment is declined politely."], 'criterion 2 is not "Given ..., when'),
        ([GOOD[0], GOOD[0].replace("valid", "a visa")], "no criterion covers an unhappy path"),
        ([GOOD[0], "Given " + "x" * 1000 + ", when I pay, then no."], "criterion 2 is 1"),
    ],
    ids=["too few", "too many", "not gherkin", "no unhappy path", "too long"],
)
def test_poor_criteria_are_refused_with_what_to_repair(criteria, problem):
    with pytest.raises(ValidationError) as refused:
        CriteriaAnswer.model_validate({"acceptanceCriteria": criteria})

    assert problem in str(refused.value)


def test_criteria_in_a_script_the_checks_cannot_read_are_not_refused_for_their_form():
    japanese = ["カードで支払うと、確認が表示される。", "カードが拒否されると、理由が表示される。"]

    value = CriteriaAnswer.model_validate({"acceptanceCriteria": japanese})

    assert value.acceptance_criteria == japanese


def test_a_detailed_story_line_needs_its_benefit():
    with pytest.raises(ValidationError, match='no "so that" benefit'):
        DetailAnswer.model_validate(
            {"description": "As a customer, I want to pay by card.", "acceptanceCriteria": GOOD}
        )
    detailed = DetailAnswer.model_validate(
        {"description": PAY.description + " Visa and Mastercard.", "acceptanceCriteria": GOOD}
    )
    assert detailed.description.endswith("Visa and Mastercard.")


def test_a_split_is_two_to_four_stories_with_titles_of_their_own():
    split = SplitAnswer.model_validate({"stories": [written("Enter card"), written("Confirm")]})
    assert [each.title for each in split.stories] == ["Enter card", "Confirm"]
    for stories, problem in (
        ([written("Enter card")], "at least 2 items"),
        ([written(f"Step {n}") for n in range(5)], "at most 4 items"),
        ([written("Enter card"), written("enter  CARD")], "the same title"),
    ):
        with pytest.raises(ValidationError, match=problem):
            SplitAnswer.model_validate({"stories": stories})
    with pytest.raises(ValidationError, match="at most 3 items"):
        EdgeCasesAnswer.model_validate({"stories": [written(f"Edge {n}") for n in range(4)]})


def test_invest_needs_every_letter_and_reads_common_verdict_words():
    answer = {
        name: {"verdict": verdict, "reason": f"Because of {name}."}
        for name, verdict in zip(
            ("Independent", "negotiable", "valuable", "estimable", "small", "testable"),
            ("pass", "YES", "fail", "doubt", True, "partial"),
            strict=True,
        )
    }

    checks = InvestAnswer.model_validate(answer).checks()

    assert [(c.letter, c.verdict) for c in checks] == [
        ("I", "pass"),
        ("N", "pass"),
        ("V", "doubt"),
        ("E", "doubt"),
        ("S", "pass"),
        ("T", "doubt"),
    ]
    del answer["testable"]
    with pytest.raises(ValidationError, match="testable"):
        InvestAnswer.model_validate(answer)
    answer["testable"] = {"verdict": "maybe", "reason": "Hm."}
    with pytest.raises(ValidationError, match="verdict"):
        InvestAnswer.model_validate(answer)


def test_each_answer_has_a_schema_to_ask_the_provider_for():
    for action, model in ANSWERS.items():
        schema = answer_schema(model)
        assert schema["type"] == "object", action
    criteria = answer_schema(CriteriaAnswer)["properties"]["acceptanceCriteria"]
    assert (criteria["minItems"], criteria["maxItems"]) == (2, 5)


# -- the prompt ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes, language",
    [
        ({}, "English"),
        (
            {
                "title": "Оплатить картой",
                "description": "Как покупатель, я хочу оплатить заказ картой, чтобы не искать "
                "наличные.",
                "acceptance_criteria": [],
            },
            "Russian",
        ),
        (
            {
                "title": "Mit Karte zahlen",
                "description": "Als Kunde möchte ich mit Karte bezahlen, damit ich keine "
                "Münzen brauche.",
                "acceptance_criteria": [],
            },
            "German",
        ),
        (
            # Too short to tell: the map's requirements decide
            {
                "title": "Pago",
                "description": "Pago",
                "acceptance_criteria": [],
                "requirements": "Los clientes deben poder pagar con tarjeta o con el monedero "
                "de la aplicación antes de que el restaurante empiece a cocinar.",
            },
            "Spanish",
        ),
    ],
    ids=["english", "russian", "german", "short, from the requirements"],
)
def test_the_prompt_names_the_storys_language(changes, language):
    system, user = action_prompt("add-detail", story(**changes))

    assert f"Write every text in {language}" in system
    assert f"Language: write in {language}." in user
    assert story_language(story(**changes))[1] == language


def test_the_prompt_gives_the_product_the_storys_place_its_text_and_sources():
    system, user = action_prompt("split", PAY)

    assert "Split it into 2 to 4 smaller stories" in system
    assert '{"stories": [{"title"' in system
    for line in (
        "Product: Bitebox",
        "Activity: Order food",
        "Task: Pay",
        "Story: Pay by card",
        PAY.description,
        f"- {GOOD[1]}",
        "- Customers must be able to pay by card or wallet.",
    ):
        assert line in user
    _, by_hand = action_prompt("edge-cases", story(sources=[], acceptance_criteria=[]))
    assert "(none: the story was written on the map by hand)" in by_hand
    assert "Acceptance criteria:\n(none yet)" in by_hand


# -- running one ------------------------------------------------------------------------------


def test_without_a_provider_only_the_offline_actions_run():
    assert {key for key, action in ACTIONS.items() if action.offline} == {
        "rewrite-criteria",
        "check-invest",
    }
    for action in ("add-detail", "edge-cases", "split"):
        with pytest.raises(GenerationError, match="needs an AI provider"):
            run_story_action(action, PAY)
    assert run_story_action("check-invest", PAY).generator == OFFLINE


def test_an_answer_invalid_once_is_repaired_through_the_chain():
    with FakeLLM() as fake:
        fake.replies = [
            answer({"acceptanceCriteria": [GOOD[0], "Card payments work."]}),
            answer({"acceptanceCriteria": GOOD[::-1]}),
        ]
        chain = ProviderChain([Provider("custom", fake.url, "test-model")])

        result = run_story_action("rewrite-criteria", story(acceptance_criteria=GOOD[:1]), chain)

    assert result.update.acceptance_criteria == GOOD[::-1]
    assert result.update.description == PAY.description
    assert result.generator == "LLM at 127.0.0.1 (test-model)"
    assert result.changes == [
        "Replaced the one acceptance criterion with 2 in Given/When/Then form, one an unhappy path."
    ]
    repair = fake.user_messages(1)[-1]
    assert 'criterion 2 is not "Given ..., when ..., then ..."' in repair


RUSSIAN_CRITERIA = [
    "Дано: карта действительна, когда я оплачиваю заказ, тогда я вижу подтверждение с суммой.",
    "Дано: карта отклонена, когда я оплачиваю заказ, тогда я вижу причину и могу выбрать "
    "другую карту.",
]


def test_an_answer_in_another_language_than_the_storys_is_asked_once_to_come_back_to_it():
    russian = story(
        title="Оплатить картой",
        description="Как покупатель, я хочу оплатить заказ картой, чтобы быстрее получить еду.",
        acceptance_criteria=RUSSIAN_CRITERIA[:1],
        sources=["Покупатели должны иметь возможность оплатить заказ картой."],
    )
    with FakeLLM() as fake:
        fake.replies = [
            answer({"acceptanceCriteria": GOOD}),
            answer({"acceptanceCriteria": RUSSIAN_CRITERIA}),
        ]
        chain = ProviderChain([Provider("custom", fake.url, "test-model")])

        result = run_story_action("rewrite-criteria", russian, chain)

    assert fake.user_messages(1)[-1].startswith("The requirements are written in Russian")
    assert result.update.acceptance_criteria == RUSSIAN_CRITERIA
    assert result.notes == []


# -- offline ---------------------------------------------------------------------------------


def test_offline_criteria_are_put_in_form_with_an_unhappy_path_and_nothing_else_changes():
    plain = story(acceptance_criteria=["Shows the amount before paying."])

    result = rewrite_criteria_offline(plain)

    criteria = result.update.acceptance_criteria
    assert 2 <= len(criteria) <= 5
    assert criteria[0].startswith("Given ") and criteria[0].endswith(
        "then it shows the amount before paying."
    )
    assert any("declined" in c or "not" in c for c in criteria[1:])
    assert (result.update.title, result.update.description) == (PAY.title, PAY.description)
    assert result.changes[0] == "Put criterion 1 in Given/When/Then form."
    assert all("benefit" not in change for change in result.changes)


def test_offline_criteria_that_meet_the_bar_are_left_alone_and_it_says_why():
    result = rewrite_criteria_offline(story(description="As a customer, I want to pay by card."))

    assert result.update is None
    assert result.unchanged.startswith("The criteria already meet the bar")


def test_offline_more_than_five_criteria_are_left_to_a_person():
    many = [f"Given case {n}, when I pay, then payment {n} is declined." for n in range(6)]

    result = rewrite_criteria_offline(story(acceptance_criteria=many))

    assert result.update is None
    assert "6 acceptance criteria; stories need 2 to 5." in result.unchanged


def test_offline_invest_passes_a_story_that_meets_the_bar():
    result = check_invest_offline(PAY)

    assert [(c.letter, c.name, c.verdict) for c in result.invest] == [
        ("I", "Independent", "pass"),
        ("N", "Negotiable", "pass"),
        ("V", "Valuable", "pass"),
        ("E", "Estimable", "pass"),
        ("S", "Small", "pass"),
        ("T", "Testable", "pass"),
    ]
    assert "“I can finish my order”" in result.invest[2].reason
    assert result.update is None and result.stories == []


@pytest.mark.parametrize(
    "changes, letter, reason",
    [
        (
            {"description": "As a customer, I want to pay after the login story is done."},
            "I",
            "“after the login story”",
        ),
        (
            {"description": PAY.description + " It depends on the wallet story."},
            "I",
            "“depends on”",
        ),
        (
            {"description": PAY.description + " Store the card in the database."},
            "N",
            "“database”",
        ),
        ({"description": "As a customer, I want to pay by card."}, "V", '"so that"'),
        (
            {"description": PAY.description + " Payment must be fast, etc."},
            "E",
            "vague",
        ),
        (
            {"description": "As a customer, I want to pay and tip, so that I finish."},
            "S",
            "“and”",
        ),
        ({"acceptance_criteria": [GOOD[0]]}, "T", "1 acceptance criteria"),
        ({"acceptance_criteria": [GOOD[0], GOOD[0]]}, "T", "unhappy path"),
    ],
    ids=[
        "after another",
        "depends on",
        "how",
        "no benefit",
        "vague",
        "two goals",
        "one criterion",
        "no unhappy path",
    ],
)
def test_offline_invest_doubts_a_letter_and_says_why(changes, letter, reason):
    checks = {c.letter: c for c in check_invest_offline(story(**changes)).invest}

    assert checks[letter].verdict == "doubt", checks[letter]
    assert reason in checks[letter].reason


def test_offline_invest_reads_the_quality_reports_findings_on_the_story():
    findings = [
        ("repeated-benefit", "7 stories share this benefit."),
        ("duplicate-title", 'Another story is also titled "Pay by card".'),
    ]

    checks = {c.letter: c for c in check_invest_offline(story(findings=findings)).invest}

    assert checks["V"].verdict == "doubt"
    assert checks["V"].reason.startswith("7 stories share this benefit.")
    assert checks["I"].verdict == "doubt" and "same title" in checks["I"].reason
