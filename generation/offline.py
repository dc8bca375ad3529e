"""The offline generator: a story map derived from the requirements text alone.

No network and no randomness, so the same text always gives the same map. The text is read
as loose markdown (headings, bullets, paragraphs, even pasted HTML), split into sentences, and
each sentence that states a requirement ("Customers can ...", "The app must ...", an imperative
bullet) becomes one or more user stories. Stories are grouped into tasks by their main verb and
object, and into activities by the document's headings or, failing that, by where the goal sits
in a typical user journey (sign up, find, order, pay, fulfil, follow, manage, review).

Each stage lives in ``generation.mapping``; this module runs them in order. It also offers
``requirement_sentences`` (the sentences this reading counts as requirements, so the quality
report can say which of them a map from any generator leaves uncovered) and ``word_story`` /
``criterion_clause`` (this generator's phrasing, for the story improver).
"""

from __future__ import annotations

from generation.mapping.blocks import Block, parse_blocks
from generation.mapping.grouping import (
    activities_by_cluster,
    activities_by_grouped_headings,
    activities_by_heading,
    cap_activities,
    ensure_mvp_everywhere,
    label,
    split_to_minimum,
    task_drafts,
    unique_activity_titles,
)
from generation.mapping.naming import product_name, system_noun
from generation.mapping.statements import (
    product_title_heading,
    read_statements,
    requirement_sentences,
)
from generation.mapping.stories import Story, collect_stories, fallback_stories, main_role
from generation.mapping.text import is_english
from generation.mapping.wording import StoryWording, criterion_clause, word_story
from generation.mapping.writing import merge_duplicates, title_of, unique_titles
from generation.schemas import ActivityDraft, StoryMapDraft

__all__ = [
    "StoryWording",
    "criterion_clause",
    "generate_offline_map",
    "requirement_sentences",
    "word_story",
]


def generate_offline_map(text: str) -> StoryMapDraft:
    """Derive a story map from the requirements text alone, deterministically."""
    text = str(text or "")
    blocks = parse_blocks(text)
    title_index = product_title_heading(blocks)
    stories = _stories_in(text, blocks, title_index)
    system = system_noun(text[:5000])

    default_role = main_role(stories)
    for order, story in enumerate(stories):
        story.order = order
        story.role = story.role or default_role
        story.goal.role = story.role
        if story.goal.kind == "system" and story.goal.subject == "the app":
            story.goal.subject = f"the {system}"
    stories = merge_duplicates(stories)
    for story in stories:
        story.title = title_of(story) or "Untitled story"
    unique_titles(stories)

    activities = (
        activities_by_heading(stories, system)
        or activities_by_grouped_headings(stories, system)
        or activities_by_cluster(stories, system)
    )
    activities = cap_activities(split_to_minimum(activities, system))
    activities = ensure_mvp_everywhere(activities)
    unique_activity_titles(activities)
    return StoryMapDraft(
        product_name=product_name(text, blocks, title_index),
        activities=[
            ActivityDraft(title=label(a.title, 200), tasks=task_drafts(a))
            for a in activities
            if a.stories
        ],
    )


def _stories_in(text: str, blocks: list[Block], title_index: int | None) -> list[Story]:
    """Every story the text states; with none recognisable, one per sentence."""
    statements = read_statements(blocks, title_index)
    return collect_stories(statements, is_english(text)) or fallback_stories(statements, text)
