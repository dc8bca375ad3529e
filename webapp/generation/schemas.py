"""The story map as generators return it: the SPEC.md JSON shape, validated with pydantic."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Priority = Literal["MVP", "Release 1", "Later"]


class _Shape(BaseModel):
    # Field names follow the JSON the LLM prompt asks for; Python code uses snake_case.
    model_config = ConfigDict(populate_by_name=True, str_strip_whitespace=True)


class StoryDraft(_Shape):
    title: str = Field(min_length=1, max_length=300)
    description: str = Field(min_length=1)
    priority: Priority = "MVP"
    acceptance_criteria: list[str] = Field(default_factory=list, alias="acceptanceCriteria")
    sources: list[str] = Field(default_factory=list)


class TaskDraft(_Shape):
    title: str = Field(min_length=1, max_length=200, alias="taskTitle")
    # Empty tasks are poor, not invalid: a saved map may lose stories and still be exported.
    stories: list[StoryDraft] = Field(default_factory=list)


class ActivityDraft(_Shape):
    title: str = Field(min_length=1, max_length=200, alias="activity")
    tasks: list[TaskDraft] = Field(default_factory=list)


class StoryMapDraft(_Shape):
    """A whole generated map, before it is saved."""

    product_name: str = Field(min_length=1, max_length=200, alias="productName")
    activities: list[ActivityDraft] = Field(min_length=1, alias="map")

    @property
    def stories(self) -> list[StoryDraft]:
        return [s for a in self.activities for t in a.tasks for s in t.stories]


class GeneratedMap(BaseModel):
    """What a generator hands back: the map, who made it, and what the user should know."""

    draft: StoryMapDraft
    generator: str
    enhanced_requirements: str | None = None
    notes: list[str] = Field(default_factory=list)
