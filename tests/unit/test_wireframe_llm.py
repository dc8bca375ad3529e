"""LLM wireframes: parsed from messy answers, linted, repaired when safe, else redrawn offline."""

from generation import OFFLINE_GENERATOR, render_wireframe
from generation.providers import Provider
from generation.wireframes import StoryContext, lint_wireframe
from tests.fake_llm import FakeLLM, answer

STORY = StoryContext(
    product_name="Bitebox",
    activity="Pay",
    task="Pay by card",
    title="Pay by card",
    description="As a customer, I want to pay by card, so that I can finish my order.",
    acceptance_criteria=[
        "Given my card is valid, when I pay, then I see a confirmation.",
        "Given my card is declined, when I pay, then I see why and can try another card.",
    ],
)


def box(width: int, rows: list[str]) -> list[str]:
    inner = width - 2
    return [
        "┌" + "─" * inner + "┐",
        *[f"│{row:<{inner}}│" for row in rows],
        "└" + "─" * inner + "┘",
    ]


def reply(lines: list[str], sections: bool = True) -> str:
    text = (
        "Here is the wireframe you asked for:\r\n```text\r\n" + "\r\n".join(lines) + "\r\n```\r\n"
    )
    if sections:
        text += (
            "## Layout\r\nA card form.\r\n## UI elements\r\n- Card number input\r\n"
            "## Navigation\r\nBack to the basket.\r\n## Notes\r\nShows card declined.\r\n"
        )
    return text


def draw(fake: FakeLLM, text: str, platform: str = "web"):
    fake.replies = [answer(text)]
    provider = Provider("custom", fake.url, "test-model")
    return render_wireframe(STORY, style="high-fidelity", platform=platform, providers=[provider])


def test_a_clean_llm_drawing_is_kept_with_its_sections():
    with FakeLLM() as fake:
        result = draw(fake, reply(box(80, [" Card number [ 4242 ]", " [ Pay now ]"])))

    assert result.generator == "LLM at 127.0.0.1 (test-model)"
    assert result.wireframe.ascii.splitlines()[1].startswith("│ Card number")
    assert result.wireframe.ui_elements.strip() == "- Card number input"
    assert lint_wireframe(result.wireframe.ascii, "web") == []
    prompt = fake.requests[0]["messages"][0]["content"]
    assert "high-fidelity" in prompt and "exactly 80 characters" in prompt


def test_a_jagged_drawing_with_tabs_and_emoji_is_repaired_and_says_so():
    lines = box(80, [" Pay now 💳", " Card\tnumber"])
    lines[1] = lines[1][:-3] + "│"  # one line too short

    with FakeLLM() as fake:
        result = draw(fake, reply(lines, sections=False))

    assert result.generator == "LLM at 127.0.0.1 (test-model)"
    assert lint_wireframe(result.wireframe.ascii, "web") == []
    assert "straightened out" in result.notes[-1]
    assert result.wireframe.layout == ""


def test_a_drawing_that_cannot_be_repaired_is_replaced_by_the_offline_one():
    # A 20-column drawing for the web cannot be padded to 60+ columns safely.
    with FakeLLM() as fake:
        result = draw(fake, reply(box(20, [" Pay"])))

    assert result.generator == OFFLINE_GENERATOR
    assert "the offline generator drew this one" in result.notes[-1]
    assert lint_wireframe(result.wireframe.ascii, "web") == []


def test_an_answer_without_any_drawing_gets_one_repair_request():
    with FakeLLM() as fake:
        fake.replies = [answer("I cannot draw that."), answer(reply(box(40, [" Pay"])))]
        provider = Provider("custom", fake.url, "test-model")
        result = render_wireframe(STORY, style="component", platform="mobile", providers=[provider])

    assert len(fake.requests) == 2
    assert lint_wireframe(result.wireframe.ascii, "mobile") == []
