"""What the API's map edits read and answer, as pydantic models (snake_case API objects).

Bodies forbid unknown fields: a misspelt field is a 422, not an edit silently not made.
Lengths, counts and ids are checked by the same service functions the pages use
(webapp/maps/edits.py), so the API and the pages refuse the same things with the same words.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from webapp.maps.edits import MAX_CRITERIA, MAX_CRITERION_LENGTH, TITLE_LIMITS
from webapp.models import Project, Release, Story, Task

#: Text a database can store: PostgreSQL refuses the NUL character in a text column (an
#: unpaired surrogate, the other thing JSON can carry and no database stores, pydantic's
#: ``str`` refuses already).
Text = Annotated[str, Field(pattern=r"^[^\x00]*$")]
RowId = Annotated[int, Field(ge=1, le=2**63 - 1)]


def _title(model):
    """A title or name of ``model``: the page's limit, counted before runs of spaces shrink."""
    return Annotated[Text, Field(min_length=1, max_length=TITLE_LIMITS[model])]


StoryTitle = _title(Story)
#: An activity's title has the same limit as a task's.
TaskTitle = _title(Task)
ReleaseName = _title(Release)
ProductName = _title(Project)


Criteria = Annotated[
    list[Annotated[Text, Field(max_length=MAX_CRITERION_LENGTH)]],
    Field(
        max_length=MAX_CRITERIA, description="Every criterion, in order; blank ones are dropped."
    ),
]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoryPatch(_Body):
    """The fields of a story to change; a field left out (or null) stays as it is.

    ``task_id``, ``release_id`` and ``position`` move the story: to another task column,
    another release row, or another place in its cell (0 is the top; past the end means
    the end). The story's priority follows its release, as on the page.
    """

    title: StoryTitle | None = None
    description: Text | None = Field(
        None, description='The story line ("As a ..., I want ..., so that ..."); empty: the title.'
    )
    acceptance_criteria: Criteria | None = Field(None, description="Replaces the story's list.")
    release_id: RowId | None = None
    task_id: RowId | None = None
    position: Annotated[int, Field(ge=0, le=2**31)] | None = None


class NewStory(_Body):
    """A story written by hand at the end of a cell: this task's column, ``release_id``'s row."""

    title: StoryTitle
    description: Text | None = None
    acceptance_criteria: Criteria = Field(default_factory=list)
    release_id: RowId


class TitlePatch(_Body):
    """A new title for an activity or a task."""

    title: TaskTitle


class ReleasePatch(_Body):
    """A new name for a release ("Beta", "Q3")."""

    name: ReleaseName


class MapPatch(_Body):
    """A new product name for the map."""

    product_name: ProductName


class StoryOut(BaseModel):
    """A story as saved, with the version its next edit sends as ``If-Match``."""

    id: int
    version: int
    map_id: int
    task_id: int
    release_id: int
    position: int = Field(description="Its place among its task's stories, from 0.")
    title: str
    description: str
    acceptance_criteria: list[str]
    priority: str = Field(description='Its release\'s tier: "MVP", "Release 1" or "Later".')
    status: str
    sources: list[str] = Field(description="The requirement sentences it came from.")
    suggested: bool
    written_by_hand: bool
    edited_by_hand: bool


class ActivityOut(BaseModel):
    id: int
    version: int
    map_id: int
    position: int
    title: str


class TaskOut(BaseModel):
    id: int
    version: int
    activity_id: int
    position: int
    title: str


class ReleaseOut(BaseModel):
    id: int
    version: int
    map_id: int
    position: int
    name: str


class MapNameOut(BaseModel):
    """The map's own row: its product name and the version ``PATCH /maps/<id>`` checks."""

    id: int
    version: int
    product_name: str
