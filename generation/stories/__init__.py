"""The offline generator's pipeline: a requirements document in, a story map draft out.

    read the document (reading)  ->  requirements into clauses (requirements)
    ->  roles (roles)  ->  releases (releases)  ->  stories and criteria (writing)
    ->  tasks and activities (backbone)  ->  the draft

Every step that needs words asks the writer of the document's language (see
``generation.languages``); a language without one gets the document's own sentences as
stories and a note that says so, never a foreign sentence inside an English frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generation.reading import read_document
from generation.schemas import StoryMapDraft
from generation.stories.backbone import build_backbone
from generation.stories.naming import product_name
from generation.stories.releases import assign_releases
from generation.stories.requirements import DraftStory, stories_of
from generation.stories.roles import assign_roles
from generation.stories.writers import VerbatimWriter, writer_for
from generation.stories.writing import categorise, write_stories

__all__ = ["Drafted", "draft_map"]


@dataclass
class Drafted:
    """The draft and what the map should tell its reader (out of scope, language)."""

    draft: StoryMapDraft
    notes: list[str] = field(default_factory=list)


def draft_map(text: str) -> Drafted:
    """Derive a story map from the requirements text alone, deterministically."""
    document = read_document(text)
    writer, notes = writer_for(document)
    stories = stories_of(document, writer)
    if not stories:  # nothing the writer could read: the document's own sentences
        writer = VerbatimWriter()
        stories = stories_of(document, writer) or [_whole_text(text, document)]
    assign_roles(stories, document, writer)
    categorise(stories, writer)
    assign_releases(stories, document)
    write_stories(stories, writer)
    activities = build_backbone(stories, writer)
    if document.non_goals:
        listed = "; ".join(statement.text.rstrip(".") for statement in document.non_goals[:12])
        notes.append(f"Out of scope, as the document says, so not on the map: {listed}.")
    name = product_name(document) or "Story map"
    draft = StoryMapDraft(product_name=name, activities=activities)
    return Drafted(draft=draft, notes=notes)


def _whole_text(text: str, document) -> DraftStory:
    """One story of the whole text, for a document none of whose lines reads as a story."""
    from generation.languages.clauses import Clause
    from generation.reading import Statement

    line = " ".join(text.split())[:300] or "Story"
    statement = Statement(line, 1, "requirement")
    return DraftStory(clause=Clause(line, None, "", line, line), statement=statement, order=0)
