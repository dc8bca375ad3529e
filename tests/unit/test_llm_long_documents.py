"""The LLM path on real-sized documents, against a scripted server over HTTP: parts that fit the
context, one merged backbone, exact sources, a request for what no story covers, one critique
pass, the document's language checked, and a retried job resuming at the part that failed."""

import json

import pytest

from generation import GenerationError, TransientGenerationError, generate_map
from generation.cache import MemoryCache
from generation.languages import pack_for
from generation.llm_map import plan_map
from generation.merging import merge_maps
from generation.providers import Provider
from generation.schemas import StoryMapDraft
from generation.tokens import estimate_messages, estimate_tokens, ratio_for
from tests.fake_llm import FakeLLM, Reply, answer, by_kind, request_kind
from tests.long_documents import good_model, ids_in, long_document, story


def provider(fake: FakeLLM, context=2048, max_tokens=None, model="test-model") -> Provider:
    return Provider("custom", fake.url, model, None, 10, max_tokens, context_tokens=context)


@pytest.fixture
def fake():
    with FakeLLM() as server:
        yield server


def test_a_long_document_is_sent_in_parts_that_each_fit_the_context(fake):
    # Given a 5 KB document and a model with a 2,048-token context
    fake.replies = [good_model]
    steps = []

    # When it is mapped
    result = generate_map(
        long_document(),
        providers=[provider(fake)],
        on_step=lambda step, number, total: steps.append((step, number, total)),
    )

    # Then it went in parts, each prompt with its answer's room within the context
    parts = fake.requests_for("part")
    assert len(parts) >= 3
    for request in fake.requests:
        assert estimate_messages(request["messages"], "test-model") + request["max_tokens"] <= 2048
    total = steps[0][2]
    assert steps[0] == (f"part 1 of {len(parts)}", 1, total)
    assert [s for s, _, _ in steps][len(parts) :] == ["covering", "reviewing"]
    assert total == len(parts) + 3  # the parts, covering, reviewing, saving
    # And every sentence of every part is the source of a story, each sentence once
    sources = [s for story in result.draft.stories for s in story.sources]
    assert len(sources) == len(set(sources)) == 60
    assert 3 <= len(result.draft.activities) <= 8


def test_a_part_holds_no_more_sentences_than_its_answer_has_room_for(fake):
    # Given a roomy context but short answers: 600 tokens write about four stories
    one_section = long_document(sections=1, per_section=30)
    plan = plan_map(one_section, [provider(fake, context=32_000, max_tokens=600)])

    # Then the one section is cut into parts of at most four sentences, each sentence once
    assert plan.answer_tokens == 600
    assert [len(part.sentence_ids) for part in plan.parts] == [4] * 7 + [2]
    assert [n for part in plan.parts for n in part.sentence_ids] == list(range(1, 31))
    assert all("## Accounts" in part.text for part in plan.parts)  # each knows its section


def test_the_parts_maps_merge_into_one_backbone_with_each_story_once(fake):
    # Given a model that names its activities the same way in every part and repeats a story
    def repeating(request):
        ids = ids_in(request)
        return answer(
            {
                "productName": "Toolshare",
                "map": [
                    {
                        "activity": "Lend tools",
                        "tasks": [
                            {
                                "taskTitle": "Bookings",
                                "stories": [story(f"Sentence {n}", [n]) for n in ids]
                                + [story("Sign in", ids[:1], priority="Later")],
                            }
                        ],
                    },
                    {
                        "activity": "Lending tools",
                        "tasks": [
                            {
                                "taskTitle": "Account",
                                "stories": [story("Sign in", ids[-1:], priority="MVP")],
                            }
                        ],
                    },
                ],
            }
        )

    fake.replies = [by_kind(part=repeating, cover=repeating, revise={"stories": []})]

    draft = generate_map(long_document(), providers=[provider(fake)]).draft

    # Then one activity ("Lend tools" and "Lending tools" are the same words), one "Sign in"
    assert len(fake.requests_for("part")) >= 3
    assert [a.title for a in draft.activities] == ["Lend tools"]
    sign_in = [s for s in draft.stories if s.title == "Sign in"]
    assert len(sign_in) == 1
    # with the highest priority any part gave it and the sources of every part
    assert sign_in[0].priority == "MVP"
    parts = [ids_in(request) for request in fake.requests_for("part")]
    named = {ids[0] for ids in parts} | {ids[-1] for ids in parts}  # each part's two "Sign in"
    assert len(sign_in[0].sources) == len(named)


def test_the_parts_activities_are_gathered_into_a_backbone_by_one_more_request(fake):
    # Given parts whose maps have ten activities between them, and a model that groups them
    groups = [
        {"activity": "Join and find tools", "from": [1, 2]},
        {"activity": "Borrow a tool", "from": [3, 4, 5]},
        {"activity": "Settle a loan", "from": [6, 7]},
        {"activity": "Run the service", "from": [8, 9, 10]},
    ]
    fake.replies = [by_kind(part=good_model, cover=good_model, backbone={"activities": groups})]

    draft = generate_map(long_document(), providers=[provider(fake)]).draft

    # Then the backbone request listed the ten with their tasks, and the map has its four
    (request,) = fake.requests_for("backbone")
    listed = request["messages"][1]["content"]
    assert "1. Manage accounts: Accounts" in listed and "10. Manage administration" in listed
    assert [a.title for a in draft.activities] == [g["activity"] for g in groups]
    assert [t.title for t in draft.activities[0].tasks] == ["Accounts", "Catalogue"]
    assert len(draft.stories) == 60


def test_a_backbone_that_leaves_an_activity_out_is_folded_by_size_instead(fake):
    groups = [{"activity": "Everything but one", "from": list(range(1, 10))}]
    fake.replies = [by_kind(part=good_model, cover=good_model, backbone={"activities": groups})]

    result = generate_map(long_document(), providers=[provider(fake)])

    assert len(result.draft.activities) == 8 and len(result.draft.stories) == 60
    assert any(
        n.startswith("Gathering the parts' 10 activities into a backbone failed")
        for n in result.notes
    )


def test_more_than_eight_activities_are_folded_into_their_closest_neighbours():
    drafts = [
        StoryMapDraft.model_validate(
            {
                "productName": "X",
                "map": [
                    {
                        "activity": f"Activity {name}",
                        "tasks": [{"taskTitle": name, "stories": [story(f"Do {name}", [])]}],
                    }
                    for name in ("alpha", "bravo", "charlie", "delta", "echo")
                ],
            }
        )
        for _ in range(1)
    ] + [
        StoryMapDraft.model_validate(
            {
                "productName": "Y",
                "map": [
                    {
                        "activity": f"Handle {name}",
                        "tasks": [{"taskTitle": name, "stories": [story(f"Do {name}", [])]}],
                    }
                    for name in ("foxtrot", "golf", "hotel", "india", "juliett")
                ],
            }
        )
    ]

    merged = merge_maps(drafts, pack_for("en"))

    assert merged.product_name == "X"
    assert len(merged.activities) == 8
    assert len(merged.stories) == 10  # nothing lost in the folding


def test_sentences_no_story_names_get_one_more_request_and_what_stays_uncovered_is_noted(fake):
    text = "\n".join(
        [
            "# Bookings",
            "- Members must be able to book a drill.",
            "- Members must be able to cancel a booking.",
            "- Owners must be able to decline a booking.",
            "- Owners must be able to see their calendar.",
        ]
    )
    map_answer = {
        "productName": "Toolshare",
        "map": [
            {
                "activity": "Book tools",
                "tasks": [{"taskTitle": "Book", "stories": [story("Book a drill", [1])]}],
            }
        ],
    }
    cover_answer = {
        "productName": "Toolshare",
        "map": [
            {
                "activity": "Book tools",
                "tasks": [{"taskTitle": "Cancel", "stories": [story("Cancel a booking", [2])]}],
            }
        ],
    }
    fake.replies = [by_kind(map=map_answer, cover=cover_answer, revise={"stories": []})]

    result = generate_map(text, providers=[provider(fake, context=4096)])

    # Then the targeted request named exactly the three sentences no story covered
    (cover,) = fake.requests_for("cover")
    assert ids_in(cover) == [2, 3, 4]
    assert "- Book tools: Book" in cover["messages"][1]["content"]
    # And its story joined the map under the activity it named
    assert [a.title for a in result.draft.activities] == ["Book tools"]
    assert [s.title for s in result.draft.stories] == ["Book a drill", "Cancel a booking"]
    assert result.draft.stories[1].sources == ["Members must be able to cancel a booking."]
    # And the two still uncovered are reported
    (note,) = [n for n in result.notes if "named as the source of no story" in n]
    assert note.startswith("2 of 4 requirement sentences")
    assert "“Owners must be able to decline a booking.”" in note


def test_the_stories_the_quality_report_flags_get_one_revision_with_its_findings(fake):
    text = "\n".join(
        [
            "# Bookings",
            "- Members must be able to book a drill.",
            "- Members must be able to cancel a booking.",
            "- Owners must be able to decline a booking.",
        ]
    )
    same = "I can get this done without extra effort"
    templated = {
        "productName": "Toolshare",
        "map": [
            {
                "activity": "Book tools",
                "tasks": [
                    {
                        "taskTitle": "Bookings",
                        "stories": [
                            story("Book a drill", [1], benefit=same),
                            story("Cancel a booking", [2], benefit=same),
                            story("Decline a booking", [3], benefit=same, priority="Later"),
                        ],
                    }
                ],
            }
        ],
    }

    def revise(request):
        sent = [json.loads(line) for line in request["messages"][1]["content"].splitlines()[1:]]
        return answer(
            {
                "stories": [
                    {
                        "id": item["id"],
                        "title": item["title"],
                        "description": f"As a member, I want to {item['title'].lower()}, so "
                        f"that my plans for {item['title'].split()[-1]} stay right "
                        f"({item['id']}).",
                        "priority": "Release 1",
                        "acceptanceCriteria": item["acceptanceCriteria"],
                    }
                    for item in sent
                ]
            }
        )

    fake.replies = [by_kind(map=templated, revise=revise)]

    result = generate_map(text, providers=[provider(fake, context=4096)])

    # Then one revision request carried the flagged stories with the report's findings
    (revision,) = fake.requests_for("revise")
    sent = revision["messages"][1]["content"]
    assert "Book a drill" in sent and "Decline a booking" in sent
    assert "benefit" in sent.lower()  # the finding on the shared benefit went with them
    # And the revised text replaced the templated one, sources kept
    benefits = {s.description.split("so that")[1] for s in result.draft.stories}
    assert len(benefits) == 3
    assert result.draft.stories[0].sources == ["Members must be able to book a drill."]
    # And the priorities stay: the report found none wrong, whatever the revision said
    assert [s.priority for s in result.draft.stories] == ["MVP", "MVP", "Later"]
    assert "The quality report flagged 3 stories; 3 were revised once with its findings." in (
        result.notes
    )


RUSSIAN = "\n".join(
    [
        "# Прокат инструментов",
        "- Пользователь должен иметь возможность забронировать дрель на выбранные даты.",
        "- Владелец должен иметь возможность отклонить бронирование с указанием причины.",
    ]
)


def russian_map(ids=(1, 2)) -> dict:
    return {
        "productName": "Прокат",
        "map": [
            {
                "activity": "Бронирование",
                "tasks": [
                    {
                        "taskTitle": "Бронь",
                        "stories": [
                            {
                                "title": "Забронировать дрель",
                                "description": "Как пользователь, я хочу забронировать дрель на "
                                "выбранные даты, чтобы она была у меня к выходным.",
                                "priority": "MVP",
                                "acceptanceCriteria": [
                                    "Дано: дрель свободна, когда я выбираю даты, тогда бронь "
                                    "сохраняется.",
                                    "Дано: дрель занята, когда я выбираю даты, тогда я вижу "
                                    "ошибку.",
                                ],
                                "sources": [f"S{n}" for n in ids],
                            }
                        ],
                    }
                ],
            }
        ],
    }


ENGLISH_MAP = {
    "productName": "Rental",
    "map": [
        {
            "activity": "Book tools",
            "tasks": [{"taskTitle": "Book", "stories": [story("Book a drill for dates", [1, 2])]}],
        }
    ],
}


def test_an_answer_in_another_language_is_asked_once_to_be_written_in_the_documents(fake):
    fake.replies = [by_kind(map=[ENGLISH_MAP, russian_map()], revise={"stories": []})]

    result = generate_map(RUSSIAN, providers=[provider(fake, context=4096)])

    maps = fake.requests_for("map")
    assert len(maps) == 2
    correction = maps[1]["messages"][-1]["content"]
    assert correction.startswith("The requirements are written in Russian, but your answer is not")
    assert "Book a drill for dates" in correction
    assert result.draft.stories[0].title == "Забронировать дрель"
    assert not any("although the document is in Russian" in n for n in result.notes)


def test_an_answer_that_stays_in_another_language_is_kept_with_a_clear_note(fake):
    fake.replies = [by_kind(map=ENGLISH_MAP, revise={"stories": []})]

    result = generate_map(RUSSIAN, providers=[provider(fake, context=4096)])

    assert len(fake.requests_for("map")) == 2  # the answer and one correction, no more
    assert result.draft.stories[0].title == "Book a drill for dates"
    assert (
        "wrote the map partly in English although the document is in Russian, even after "
        "being asked once to write in Russian" in " ".join(result.notes)
    )


def test_a_part_without_a_valid_map_is_left_out_with_a_note_and_two_in_a_row_stop_the_job(fake):
    calls = {"part": 0}

    def second_part_broken(request):
        if request_kind(request) != "part":
            return good_model(request)
        first_message = len(request["messages"]) == 2
        calls["part"] += first_message
        return answer("no JSON here") if calls["part"] == 2 else good_model(request)

    fake.replies = [second_part_broken]
    result = generate_map(long_document(), providers=[provider(fake)])
    assert any(n.startswith("Part 2 of ") and "got no valid story map" in n for n in result.notes)
    # the part's sentences were asked for again by the covering request
    assert fake.requests_for("cover")

    fake.requests.clear()
    fake.replies = [answer("no JSON here")]
    with pytest.raises(GenerationError, match="Part 1 of .* and part 2 of .* got no valid story"):
        generate_map(long_document(), providers=[provider(fake)])
    assert len(fake.requests) == 4  # two parts, each with its one repair


def test_a_retried_job_asks_again_only_from_the_part_that_failed(fake):
    cache = MemoryCache()
    seen = []
    outage = {"at": 3}

    def outage_at_part_three(request):
        if request_kind(request) == "part":
            seen.append(ids_in(request)[0])
            if len(seen) == outage["at"]:
                return Reply(503, body="{}")
        return good_model(request)

    fake.replies = [outage_at_part_three]
    with pytest.raises(TransientGenerationError):
        generate_map(long_document(), providers=[provider(fake)], cache=cache)
    first_attempt = list(seen)

    seen.clear()
    outage["at"] = None
    generate_map(long_document(), providers=[provider(fake)], cache=cache)

    # The parts answered before the outage came from the cache: the retry began at part 3
    assert seen[0] == first_attempt[2]
    assert cache.hits == 2


def test_the_token_estimate_errs_high_and_knows_model_families():
    english = "Members must be able to book a drill for a date range. " * 20
    assert ratio_for("openai/gpt-4o-mini") == ratio_for("gpt-4o")
    assert estimate_tokens(english, "gpt-4o") < estimate_tokens(english, "some-unknown-model")
    russian = "Пользователь должен иметь возможность забронировать дрель. " * 20
    assert estimate_tokens(russian, "smollm2", "ru") > estimate_tokens(english, "smollm2")
    assert estimate_tokens("絵カードを選択する", "smollm2", "ja") >= 9
