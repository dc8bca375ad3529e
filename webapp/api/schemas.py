"""What the JSON API reads and answers, as pydantic models (the OpenAPI document's schemas).

API objects use snake_case; a map itself is the document of docs/map-format.md (camelCase),
with the ids and versions its edits need.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from generation.wireframes import PLATFORMS, STYLES
from webapp.converters import MAX_DATABASE_ID
from webapp.maps.services import MAPS_PER_PAGE
from webapp.wireframes.forms import MAX_STORIES

JobStatusName = Literal["queued", "running", "completed", "failed", "cancelled"]


def _in_utc(moment: datetime) -> datetime:
    # SQLite gives timestamps back without their zone; they were written in UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


#: A moment with its zone (RFC 3339), whichever database it came from.
UtcDateTime = Annotated[datetime, AfterValidator(_in_utc)]


class _Strict(BaseModel):
    # An unknown field is a mistake the caller should hear about, not a silent no-op.
    model_config = ConfigDict(extra="forbid")


class JobLinks(BaseModel):
    self: str
    map: str | None = None
    wireframes: str | None = None
    cancel: str | None = None


class JobOut(BaseModel):
    """A job, as ``GET /api/v1/jobs/<id>`` answers it."""

    id: int
    kind: Literal["map", "wireframes", "improve", "regenerate"]
    status: JobStatusName
    step: str | None = Field(description="What it is doing now, in words.")
    progress_current: int
    progress_total: int
    attempts: int
    queue_position: int | None = Field(
        None, description="Jobs ahead of this one while it is queued."
    )
    estimated_wait_seconds: float | None = None
    error: str | None = None
    note: str | None = None
    created_at: UtcDateTime
    finished_at: UtcDateTime | None = None
    links: JobLinks


# Maps and map jobs ---------------------------------------------------------------------


def _unicode(text: str) -> str:
    # JSON's "\ud800" escapes make strings no database can store: refuse them here (422).
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(
            "the text has a lone surrogate (\\ud800-\\udfff): not Unicode text"
        ) from None
    return text


def _no_nul(text: str) -> str:
    # PostgreSQL text cannot hold NUL: a search for one could only fail.
    if "\x00" in text:
        raise ValueError("the text has a NUL character")
    return text


#: Text a database can store: any Unicode but lone surrogates.
UnicodeText = Annotated[str, AfterValidator(_unicode)]


class NewMap(_Strict):
    """``POST /api/v1/maps``: the requirements to map, as the "New story map" form takes them."""

    requirements: UnicodeText = Field(
        description="The product requirements as plain text; the same length limits as the form "
        "(REQUIREMENTS_MIN_CHARS to REQUIREMENTS_MAX_CHARS characters after trimming)."
    )
    enhance: bool = Field(False, description="Have an AI provider improve the text first.")


class MapListQuery(_Strict):
    """``GET /api/v1/maps``: which page of the user's maps, searched and sorted as "My maps"."""

    page: int = Field(1, ge=1, description="Past the last page gives the last page.")
    per_page: int = Field(MAPS_PER_PAGE, ge=1, le=100, description="Maps on each page.")
    q: Annotated[UnicodeText, AfterValidator(_no_nul)] = Field(
        "", description="Find this in the product name or the requirements."
    )
    sort: Literal["date", "name"] = "date"


class MapLinks(BaseModel):
    self: str


class MapSummary(BaseModel):
    """One map in the list."""

    id: int
    product_name: str
    story_count: int
    generator: str
    created_at: UtcDateTime
    links: MapLinks


class MapPage(BaseModel):
    """A page of the user's maps, newest first unless sorted by name."""

    items: list[MapSummary]
    page: int
    pages: int
    per_page: int
    total: int


class _Document(BaseModel):
    # The keys of docs/map-format.md are camelCase; Python reads them in snake_case.
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class QualityProblem(_Document):
    rule: str
    headline: str
    example: str | None = None
    stories: list[list[int]] = Field(description="(activity, task, story) index paths.")


class QualityFinding(_Document):
    rule: str
    message: str
    story: list[int] | None = Field(None, description="The (activity, task, story) index path.")
    story_title: str | None = Field(None, alias="story_title")


class QualityReportOut(_Document):
    """How the map measures against the bar of docs/map-format.md."""

    summary: str
    meets_the_bar: bool
    language: str | None = None
    story_count: int
    stories_passing: int
    suggested_count: int
    written_by_hand_count: int
    requirement_count: int
    coverage: float
    uncovered_sentences: list[str]
    problems: list[QualityProblem]
    findings: list[QualityFinding]


class MapStory(_Document):
    id: int
    version: int = Field(description="Send it as If-Match to edit the story.")
    release_id: int
    status: str
    title: str
    description: str
    priority: Literal["MVP", "Release 1", "Later"]
    acceptance_criteria: list[str]
    sources: list[str]
    suggested: bool
    written_by_hand: bool
    release: str = Field(description="The story's release, as the user named it.")


class MapTask(_Document):
    id: int
    version: int
    task_title: str
    stories: list[MapStory]


class MapActivity(_Document):
    id: int
    version: int
    activity: str
    tasks: list[MapTask]


class ReleaseVersion(_Document):
    id: int
    version: int
    name: str


class MapDocument(_Document):
    """A map as the JSON export gives it (docs/map-format.md), with its rows' ids and versions.

    Every key of the export means the same here; ``id``, ``version``, ``releaseVersions`` and
    each part's ``id`` and ``version`` (a story's ``releaseId`` and ``status`` too) are added
    so that edits can name a row and send its version in ``If-Match``.
    """

    id: int
    version: int = Field(description="The map's version: its ETag, and the If-Match of a rename.")
    product_name: str
    activities: list[MapActivity] = Field(alias="map")
    generator: str
    releases: list[str] = Field(description="The releases' names, in order.")
    release_versions: list[ReleaseVersion] = Field(description="The releases, in the same order.")
    quality_report: QualityReportOut


# Wireframes ----------------------------------------------------------------------------


class NewWireframes(_Strict):
    """``POST /api/v1/maps/<id>/wireframes``: the stories to draw, as the map page's form."""

    story_ids: list[Annotated[int, Field(ge=1, le=MAX_DATABASE_ID)]] = Field(
        min_length=1, max_length=MAX_STORIES, description="Stories of this map, 1 to 10."
    )
    style: Literal[STYLES] = "low-fidelity"
    platform: Literal[PLATFORMS] = "web"


class Drawing(BaseModel):
    """One story's wireframe: drawn (``done``), ``failed`` with its error, or ``pending``."""

    id: int | None = Field(description="The wireframe's id; none while it is pending.")
    story_id: int
    title: str = Field(description="The story's title.")
    status: Literal["done", "failed", "pending"]
    ascii: str | None = None
    layout: str | None = None
    ui_elements: str | None = None
    navigation: str | None = None
    notes: str | None = None
    error: str | None = None


class WireframeSet(BaseModel):
    """A wireframe job and the drawings it has made so far, in the order the stories came."""

    job: JobOut
    map_id: int | None = Field(description="The map the stories are on; none once it is deleted.")
    style: str
    platform: str
    drawings: list[Drawing]
