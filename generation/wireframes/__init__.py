"""Text wireframes of one story's screen: the offline drawing, checks, repair and LLM answers.

A wireframe is plain text drawn with box-drawing characters, every line the same display width
so that its right edge stays straight in any monospace font. ``generate_offline_wireframe``
draws one with no randomness and no network, in the story's language: ``phrases`` tells the
language and holds its words (English, Russian, Spanish, German, Portuguese and French; any
other language gets English chrome around the story's own words), ``screens`` reads the story
(``model``) into a screen of the kind it needs, ``drawing`` draws it with text made
width-safe by ``widths`` (CJK and emoji become "?", labels are cut at word boundaries) and
``descriptions`` writes its markdown sections.
``lint_wireframe`` checks any drawing, ours or an LLM's, by the same rules and
``repair_wireframe`` fixes what can be fixed without guessing (``lint``); ``answers`` reads an
LLM's answer and writes the markdown download.
"""

from dataclasses import replace

from generation.wireframes.answers import parse_wireframe_answer, wireframe_markdown
from generation.wireframes.descriptions import elements_md, layout_md, navigation_md, notes_md
from generation.wireframes.drawing import draw_screen
from generation.wireframes.lint import lint_wireframe, repair_wireframe
from generation.wireframes.model import PLATFORMS, STYLES, StoryContext, Wireframe, check_platform
from generation.wireframes.screens import oneline, read_story

__all__ = [
    "PLATFORMS",
    "STYLES",
    "StoryContext",
    "Wireframe",
    "generate_offline_wireframe",
    "lint_wireframe",
    "parse_wireframe_answer",
    "repair_wireframe",
    "wireframe_markdown",
]


def generate_offline_wireframe(story: StoryContext, style: str, platform: str) -> Wireframe:
    """Draw the story's screen without any AI provider, deterministically."""
    check_platform(platform)
    if style not in STYLES:
        raise ValueError(f"Unknown style {style!r}; expected one of {', '.join(STYLES)}.")
    s = read_story(story)
    # The markdown keeps the story's own characters, but names the labels the drawing shows.
    words = replace(read_story(story, oneline), action=s.action, fields=s.fields,
                    choices=s.choices, filters=s.filters)  # fmt: skip
    return Wireframe(
        ascii="\n".join(draw_screen(s, style, platform)),
        layout=layout_md(words, style, platform),
        ui_elements=elements_md(words, platform),
        navigation=navigation_md(words, platform),
        notes=notes_md(story, words),
    )
