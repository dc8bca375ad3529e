"""The evaluation's metrics, computed from what the stories say (bench/evaluation.py)."""

from pathlib import Path

import pytest

from bench.evaluation import DOCUMENTS, Reference, means, score
from generation.schemas import ActivityDraft, StoryDraft, StoryMapDraft, TaskDraft
from tests.unit.good_maps import CLINIC_EN, clinic_map_en

CLINIC = Reference(
    document="clinic.md",
    language="en",
    product="Clinic booking",
    roles=[{"name": "patient"}, {"name": "administrator"}, {"name": "doctor"}],
    journey=["Find a doctor", "Book a visit", "Manage the appointment", "Keep the schedule"],
    requirements=[
        {"text": "The patient chooses a doctor, a service and a free time slot"},
        {"text": "gets an SMS confirmation"},
        {"text": "a reminder one day before the visit"},
        {"text": "The patient can cancel or reschedule an appointment"},
        {"text": "The administrator keeps the doctors' schedules"},
        {"text": "marks no-shows"},
        {"text": "The doctor sees the list of patients for the day"},
        {"text": "online payment", "priority": "Later", "stated": "In the future"},
        {"text": "reviews of doctors", "priority": "Later", "stated": "In the future"},
    ],
    non_goals=["Video consultations"],
    not_stories=[{"text": "Version: 1.2", "kind": "metadata"}],
)


def one_activity(*stories: StoryDraft) -> StoryMapDraft:
    return StoryMapDraft(
        product_name="x",
        activities=[
            ActivityDraft(
                title="Use the app", tasks=[TaskDraft(title="Use", stories=list(stories))]
            )
        ],
    )


def test_a_good_map_scores_well_on_every_metric():
    row = score(CLINIC, clinic_map_en(), CLINIC_EN, seconds=0.1)

    assert row.requirement_recall == 1.0
    assert row.noise == 0.0
    assert row.priority_accuracy == 1.0
    assert row.non_goals_leaked == 0
    assert row.role_accuracy == 1.0
    assert row.language_match == 1.0
    assert row.distinct_benefits == 1.0
    assert row.distinct_criteria == 1.0
    assert row.mvp_share == 0.7
    assert row.activities == 5
    assert row.meets_the_bar is True


def test_a_templated_map_shows_its_templates_noise_and_wrong_priorities():
    template = "so that I can get this done without extra effort."
    stories = [
        StoryDraft(
            title=text[:40],
            description=f'As a user, I want "{text}", {template}',
            acceptance_criteria=[
                f'Given I am signed in, when I use "{text[:30]}", then I see that it worked.',
                f'Given something goes wrong, when I use "{text[:30]}", then I see an error.',
            ],
        )
        for text in ("Version: 1.2", "online payment", "reviews of doctors", "Video consultations")
    ]

    row = score(CLINIC, one_activity(*stories), CLINIC_EN, seconds=0.1)

    assert row.noise == 0.25  # "Version: 1.2"
    assert row.non_goals_leaked == 1
    assert row.priority_accuracy == 0.0  # both "In the future" items are in the MVP
    assert row.role_accuracy == 0.0  # "user" is nobody in this document
    assert row.distinct_benefits == 0.25
    assert row.distinct_criteria == 0.25  # 8 criteria, 2 sentences
    assert row.mvp_share == 1.0
    assert row.largest_activity_share == 1.0
    assert row.requirement_recall == pytest.approx(2 / 9, abs=0.001)
    assert row.meets_the_bar is False


def test_a_map_in_an_english_frame_of_a_russian_document_does_not_match_its_language():
    russian = Reference(
        **{
            **CLINIC.__dict__,
            "language": "ru",
            "requirements": [{"text": "Пациент выбирает врача"}],
        }
    )
    story = StoryDraft(
        title="Пациент выбирает врача",
        description='As a user, I want "Пациент выбирает врача и время", so that it works.',
        acceptance_criteria=[
            "Given I am signed in, when I choose a doctor, then I see the doctor."
        ],
    )

    row = score(russian, one_activity(story), "Пациент выбирает врача и свободное время.", 0.1)

    assert row.language_match < 0.5


def test_every_reference_in_the_set_loads_and_quotes_its_document():
    references = sorted(DOCUMENTS.glob("*.expected.yaml"))
    assert len(references) >= 15
    languages = set()
    for path in references:
        reference = Reference.load(path)
        text = " ".join((path.parent / reference.document).read_text(encoding="utf-8").split())
        plain = text.replace("*", "").replace("`", "").replace("_", "")
        languages.add(reference.language)
        assert 3 <= len(reference.journey) <= 8, path.name
        assert reference.requirements, path.name
        for requirement in reference.requirements:
            quoted = (
                " ".join(requirement["text"].split())
                .replace("*", "")
                .replace("`", "")
                .replace("_", "")
            )
            assert quoted in plain, (path.name, quoted)
            assert requirement.get("priority") in (None, "MVP", "Release 1", "Later")
        assert len((path.parent / reference.document).read_bytes()) <= 40 * 1024, path.name
    assert {"en", "ru", "es", "de", "pt", "fr"} <= languages
    assert languages & {"zh", "ja", "ko"}


def test_the_means_skip_documents_without_a_figure():
    first = score(CLINIC, clinic_map_en(), CLINIC_EN, seconds=0.1)
    second = score(CLINIC, one_activity(*clinic_map_en().stories[:1]), CLINIC_EN, seconds=0.1)
    second.priority_accuracy = None

    summary = means([first, second])

    assert summary["priority_accuracy"] == 1.0
    assert summary["maps_meeting_the_bar"] == 1
    assert Path(DOCUMENTS).is_dir()


def test_a_short_story_of_a_long_requirement_under_a_heading_of_its_words_is_no_noise():
    # From a real backlog: the story restates the requirement, and shares the heading's words.
    from bench.evaluation import _is_noise
    from generation.language import content_keys

    reference = Reference(
        document="library.md",
        language="en",
        product="Library",
        roles=[{"name": "staff member"}],
        journey=["Borrow"],
        requirements=[
            {
                "text": "As a staff member I want to be able to request inter-library loans "
                "so that the library can temporarily borrow books it doesn't have."
            }
        ],
        non_goals=[],
        not_stories=[
            {"text": "Inter-Library Loans", "kind": "heading"},
            {"text": "Registration and Verification", "kind": "heading"},
        ],
    )

    def noise(text):
        return _is_noise(content_keys(text, "en"), reference)

    assert not noise("Request inter-library loans")
    assert noise("Registration and Verification")


def test_a_non_goal_leaks_by_what_a_story_asks_for_not_by_its_role():
    reference = Reference(**{**CLINIC.__dict__, "non_goals": ["Multi user functionality"]})
    draft = one_activity(
        StoryDraft(
            title="Record game functionality",
            description="As a user, I want functionality to record my games, so that I keep them.",
            acceptanceCriteria=["Given a game, when I save it, then it is kept."],
        )
    )

    assert score(reference, draft, "", 0.0).non_goals_leaked == 0
