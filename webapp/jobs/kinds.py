"""The kinds of background work: the queue that carries each, its priority and its actor's name.

The web side publishes a job's message by these names and never imports the actors: the
workers (``tasks/``) import the web side's services, and the other way round would be a
circle. ``tasks.broker`` checks, when it declares the actors, that each kind here has one.
"""

from __future__ import annotations

from dataclasses import dataclass

from webapp.models import JobKind

#: broker_priority (0-10, higher first) of a job a person is waiting for ...
INTERACTIVE_PRIORITY = 8
#: ... of regenerating a part of a map: a person waits, but other people's new maps go first ...
REGENERATE_PRIORITY = 5
#: ... of bulk work, which any interactive job overtakes ...
BULK_PRIORITY = 2
#: ... and of a job an admin moved to the front.
URGENT_PRIORITY = 10


@dataclass(frozen=True)
class KindOfWork:
    """Where a kind of job goes: its queue, the actor that runs it, the priority it starts at."""

    queue: str
    actor: str
    priority: int


JOB_KINDS: dict[str, KindOfWork] = {
    JobKind.MAP: KindOfWork("maps", "generate_map", INTERACTIVE_PRIORITY),
    JobKind.WIREFRAMES: KindOfWork("wireframes", "generate_wireframes", INTERACTIVE_PRIORITY),
    JobKind.IMPROVE: KindOfWork("improvements", "improve_stories", BULK_PRIORITY),
    JobKind.REGENERATE: KindOfWork("regenerations", "regenerate_part", REGENERATE_PRIORITY),
}


def queue_for_kind(kind: str) -> str:
    """The name of the queue that carries jobs of ``kind``.

    A kind this release does not know (rows written by a newer one) keeps its own name.
    """
    known = JOB_KINDS.get(kind)
    return known.queue if known is not None else kind


def job_queues() -> list[str]:
    """Every job queue, once each, in the table's order."""
    return list(dict.fromkeys(kind.queue for kind in JOB_KINDS.values()))
