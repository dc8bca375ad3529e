"""Which release each story lands in: the document's stated priority, else a walking skeleton.

A stated priority (MoSCoW, High/Medium/Low, P0-P3, a phase, "in the future") is honoured as
the document states it. Where the document states none, the MVP is a walking skeleton: the
first story of each kind of action, so that the first release crosses the whole journey;
the rest goes to Release 1, and what the text only allows ("could", "may") to Later.
"""

from __future__ import annotations

import re

from generation.languages.categories import cluster_of
from generation.reading import Document
from generation.stories.requirements import DraftStory

__all__ = ["assign_releases"]

_OPTIONAL = re.compile(r"\b(?:could|may|might|optionally|podría|könnte|pourrait|poderia)\b", re.I)


def assign_releases(stories: list[DraftStory], document: Document) -> None:
    """Set each story's release (its category must be known: see ``writing.categorise``)."""
    # A document that puts only some items later ("В будущем", "could") states no first
    # release: the rest is a walking skeleton. One that says what is "Must" has made it.
    stated = any(story.statement.priority in ("MVP", "Release 1") for story in stories)
    first_of_cluster: set[str] = set()
    for story in stories:
        if story.statement.priority:
            story.release = story.statement.priority
            continue
        cluster = cluster_of(story.category)
        if stated:
            story.release = "Release 1"
        elif cluster not in first_of_cluster:
            story.release = "MVP"
            first_of_cluster.add(cluster)
        elif _OPTIONAL.search(story.statement.text):
            story.release = "Later"
        else:
            story.release = "Release 1"
