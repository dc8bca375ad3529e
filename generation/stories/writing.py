"""Writing each story up in the document's language: title, story line, criteria, sources.

The writer of the language words everything; this stage decides the category first (it
chooses the release, the criteria's unhappy path and the activity), then keeps the titles on
the map distinct: two stories that say the same thing are one story with both sources.
"""

from __future__ import annotations

from generation.stories.requirements import DraftStory

__all__ = ["categorise", "write_stories"]


def categorise(stories: list[DraftStory], writer) -> None:
    for story in stories:
        story.category = writer.category(story.clause)


def write_stories(stories: list[DraftStory], writer) -> None:
    """Word every story, then merge those that came out the same."""
    for story in stories:
        clause = story.clause
        benefit = writer.benefit(clause, story.category)
        story.title = (writer.title(clause) or clause.source[:60]).strip() or "Story"
        story.description = writer.story_line(story.role, clause, benefit).strip() or story.title
        story.criteria = writer.criteria(clause, story.category, story.role)
        stated = story.statement.criteria
        if stated and hasattr(writer, "with_stated_criteria"):
            # The document's own acceptance criteria come first; the unhappy path stays.
            story.criteria = writer.with_stated_criteria(clause, story.category, stated)
    _merge_same(stories)
    _distinct_titles(stories)


def _merge_same(stories: list[DraftStory]) -> None:
    kept: dict[tuple[str, str], DraftStory] = {}
    for story in list(stories):
        key = (story.title.lower(), story.description.lower())
        if key in kept:
            first = kept[key]
            first.sources += [s for s in story.sources if s not in first.sources]
            stories.remove(story)
        else:
            kept[key] = story


def _distinct_titles(stories: list[DraftStory]) -> None:
    """A title an earlier story has gets the role after it, else a number."""
    taken: set[str] = set()
    for story in stories:
        title = story.title
        if title.lower() in taken:
            title = f"{story.title} ({story.role})" if story.role else story.title
            number = 2
            while title.lower() in taken:
                title = f"{story.title} ({number})"
                number += 1
        story.title = title[:300]
        taken.add(title.lower())
