"""Suggested stories: a one-paragraph idea gets a skeleton from common journeys."""

from pathlib import Path

import pytest

from generation.language import content_keys
from generation.languages.journeys import StepWords
from generation.quality import is_given_when_then, is_unhappy_path, lint_story_map
from generation.schemas import StoryMapDraft
from generation.stories import draft_map
from generation.stories.catalogue import JOURNEYS, catalogue_words, recognised_kind

REAL = Path(__file__).parents[2] / "data" / "real"
LANGUAGES = ("en", "ru", "es", "de", "pt", "fr")

FOOD_IDEA = (
    "A food delivery app where customers order from nearby restaurants, couriers deliver "
    "and restaurants manage menus."
)
CLINIC_IDEA = (
    "Нужна система онлайн-записи в частную клинику. Пациент выбирает врача, услугу и "
    "свободное время, получает подтверждение по SMS. Администратор ведёт расписание врачей."
)
IDEAS = {
    "en food delivery": FOOD_IDEA,
    "en tool sharing": (REAL / "en-toolshare-idea.md").read_text(encoding="utf-8"),
    "ru task book": (REAL / "ru-task-book-idea.md").read_text(encoding="utf-8"),
    "ru clinic": CLINIC_IDEA,
}


def stated_and_suggested(draft: StoryMapDraft):
    stories = draft.stories
    return [s for s in stories if not s.suggested], [s for s in stories if s.suggested]


@pytest.mark.parametrize("text", IDEAS.values(), ids=IDEAS.keys())
def test_a_one_paragraph_idea_gets_ten_stories_or_more_with_suggestions_marked(text):
    drafted = draft_map(text)

    stated, suggested = stated_and_suggested(drafted.draft)
    assert len(stated) + len(suggested) >= 10
    assert stated and suggested
    assert any("suggested" in note for note in drafted.notes)
    # The MVP is a slice, and every activity starts in it
    mvp = [s for s in drafted.draft.stories if s.priority == "MVP"]
    assert 0 < len(mvp) <= 0.7 * len(drafted.draft.stories)
    for activity in drafted.draft.activities:
        assert any(s.priority == "MVP" for t in activity.tasks for s in t.stories)
    assert 3 <= len(drafted.draft.activities) <= 8


@pytest.mark.parametrize("text", IDEAS.values(), ids=IDEAS.keys())
def test_suggestions_never_repeat_a_stated_story(text):
    draft = draft_map(text).draft
    stated, suggested = stated_and_suggested(draft)
    language = lint_story_map(draft, text).language

    titles = {s.title.lower() for s in stated}
    for story in suggested:
        assert story.title.lower() not in titles
        keys = content_keys(story.title, language)
        assert not any(keys == content_keys(s.title, language) for s in stated)
        assert not story.sources


def test_the_food_delivery_idea_gets_the_journeys_of_the_roles_it_names():
    draft = draft_map(FOOD_IDEA).draft
    _, suggested = stated_and_suggested(draft)

    lines = " ".join(s.description for s in suggested)
    for role in ("As a customer", "As a courier", "As a restaurant manager"):
        assert role in lines
    titles = [s.title for s in suggested]
    for title in ("Browse nearby restaurants", "Add dishes to the cart", "Pay for the order"):
        assert title in titles
    assert {s.priority for s in suggested} == {"MVP", "Release 1", "Later"}


def test_stated_stories_come_before_the_suggestions_of_their_activity():
    draft = draft_map(IDEAS["en tool sharing"]).draft
    for activity in draft.activities:
        flags = [s.suggested for t in activity.tasks for s in t.stories]
        assert flags == sorted(flags), activity.title


def test_the_report_counts_suggestions_apart_and_not_towards_coverage():
    draft = draft_map(FOOD_IDEA).draft
    _, suggested = stated_and_suggested(draft)

    report = lint_story_map(draft, FOOD_IDEA)
    assert report.suggested_count == len(suggested)
    assert report.as_dict()["suggestedCount"] == len(suggested)
    assert f"{len(suggested)} of the stories are suggested" in report.summary
    # Without the stated stories, the suggestions alone cover nothing of the text
    only_suggested = draft.model_copy(
        update={
            "activities": [
                a.model_copy(
                    update={
                        "tasks": [
                            t.model_copy(update={"stories": [s for s in t.stories if s.suggested]})
                            for t in a.tasks
                        ]
                    }
                )
                for a in draft.activities
            ]
        }
    )
    assert lint_story_map(only_suggested, FOOD_IDEA).coverage == 0


def test_a_long_document_gets_no_suggestions():
    text = "\n".join(
        f"- Customers must be able to {goal}."
        for goal in (
            "browse restaurants", "search dishes", "add dishes to a cart", "pay by card",
            "track the courier", "rate the order", "save addresses", "use promo codes",
            "reorder a past order",
        )
    )  # fmt: skip
    drafted = draft_map(text)

    assert not any(s.suggested for s in drafted.draft.stories)


def test_an_idea_of_no_known_kind_gets_no_suggestions():
    drafted = draft_map("A weather station that logs the temperature every minute.")

    assert not any(s.suggested for s in drafted.draft.stories)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_words_each_step_with_a_benefit_and_two_criteria(code):
    words = catalogue_words(code)
    assert words is not None
    for kind, kind_words in words.kinds.items():
        journey = JOURNEYS[kind]
        assert set(kind_words.activities) == {a.key for a in journey.activities}
        assert {a.role for a in journey.activities} <= set(kind_words.roles)
        for activity in journey.activities:
            for key, _ in activity.steps:
                step: StepWords = kind_words.steps[key]
                line = words.story_line(
                    kind_words.roles[activity.role].default, step.goal, step.benefit
                )
                assert lint_story_map_line(line), (code, kind, key, line)
                happy, unhappy = step.criteria
                assert is_given_when_then(happy) and is_given_when_then(unhappy), (code, key)
                assert is_unhappy_path(unhappy), (code, kind, key, unhappy)
        titles = [s.title.lower() for s in kind_words.steps.values()]
        assert len(titles) == len(set(titles)), (code, kind)


def lint_story_map_line(line: str) -> bool:
    from generation.quality import has_benefit

    return has_benefit(line) and line.endswith(".")


@pytest.mark.parametrize(
    ("code", "text", "kind"),
    [
        ("en", FOOD_IDEA, "food-delivery"),
        ("ru", CLINIC_IDEA, "booking"),
        ("ru", IDEAS["ru task book"], "tasks"),
        ("en", IDEAS["en tool sharing"], "lending"),
        ("es", "Reparto de comida: los clientes piden a restaurantes.", "food-delivery"),
        ("de", "Patienten buchen online Termine in der Arztpraxis.", "booking"),
        ("pt", "Entrega de comida: clientes pedem de restaurantes próximos.", "food-delivery"),
        ("fr", "Les patients réservent un créneau chez le médecin.", "booking"),
    ],
)  # fmt: skip
def test_the_kind_of_product_is_told_from_the_documents_words(code, text, kind):
    assert recognised_kind(text, catalogue_words(code)) == kind


def test_a_spanish_idea_gets_suggestions_in_spanish():
    text = (
        "Una aplicación de reparto de comida donde los clientes piden platos a restaurantes "
        "cercanos y los repartidores los entregan."
    )
    draft = draft_map(text).draft
    _, suggested = stated_and_suggested(draft)

    assert suggested
    assert all(
        s.description.startswith("Como ") and " para que " in s.description for s in suggested
    )


PET_SITTING = {
    "en": (
        "Pawly is an app to book pet sitters. Owners make a booking for a date and pay by "
        "card; sitters see their schedule."
    ),
    "es": (
        "Cuidamos es una aplicación para reservar cuidadores de mascotas. El dueño reserva un "
        "cuidador para una fecha y paga con tarjeta."
    ),
    "ru": (
        "Сервис бронирования догситтеров. Владелец бронирует догситтера на дату и оплачивает "
        "картой. Догситтер подтверждает бронь."
    ),
}


@pytest.mark.parametrize("text", PET_SITTING.values(), ids=PET_SITTING.keys())
def test_suggestions_name_no_service_or_place_the_document_does_not(text):
    # A booking idea for pet sitters must not be offered teeth cleaning at a clinic.
    _, suggested = stated_and_suggested(draft_map(text).draft)
    written = " ".join(" ".join([s.description, *s.acceptance_criteria]) for s in suggested)

    assert suggested
    for word in ("teeth", "clinic", "limpieza dental", "clínica", "зуб", "клиник"):
        assert word not in written.lower()
