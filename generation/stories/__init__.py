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
from generation.stories.catalogue import suggest_stories
from generation.stories.naming import product_name
from generation.stories.releases import assign_releases
from generation.stories.requirements import DraftStory, stories_of
from generation.stories.roles import assign_roles
from generation.stories.writers import VerbatimWriter, writer_for
from generation.stories.writing import categorise, write_stories

__all__ = ["SUGGESTED_NOTE", "Drafted", "draft_map"]

#: How the note about suggested stories begins, so that removing them can remove it too.
SUGGESTED_NOTE = "The text reads as a short idea"


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
    if not isinstance(writer, VerbatimWriter):
        suggestions = suggest_stories(document, stories, activities)
        activities = suggestions.activities
        if suggestions.count:
            notes.append(_suggested_note(suggestions.count))
    if document.qualities:
        listed = "; ".join(statement.text.rstrip(".") for statement in document.qualities[:8])
        notes.append(
            f"Qualities the document asks for, to keep in mind on every story rather than "
            f"stories of their own: {listed}."
        )
    if document.non_goals:
        listed = "; ".join(statement.text.rstrip(".") for statement in document.non_goals[:12])
        notes.append(f"Out of scope, as the document says, so not on the map: {listed}.")
    # Sentences that say who does what ("Patients book appointments"), which name no product.
    actions = {story.statement.text for story in stories if story.clause.role and story.clause.verb}
    name = product_name(document, actions) or document.pack.untitled_map
    draft = StoryMapDraft(product_name=name, activities=activities)
    return Drafted(draft=draft, notes=notes)


def _suggested_note(count: int) -> str:
    return (
        f"{SUGGESTED_NOTE}, so the map adds {count} suggested "
        f"stor{'y' if count == 1 else 'ies'} from common journeys of products like it, each "
        'marked "suggested, not in your text". Keep the ones that fit; "Remove suggested '
        'stories" takes them all off the map.'
    )


def _whole_text(text: str, document) -> DraftStory:
    """One story of the whole text, for a document none of whose lines reads as a story."""
    from generation.languages.clauses import Clause
    from generation.reading import Statement

    line = " ".join(text.split())[:300] or "Story"
    statement = Statement(line, 1, "requirement")
    return DraftStory(clause=Clause(line, None, "", line, line), statement=statement, order=0)
