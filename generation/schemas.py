"""The story map as generators return it (docs/map-format.md), validated with pydantic."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Priority = Literal["MVP", "Release 1", "Later"]

# What models write instead of the three release names; anything else unknown means MVP.
_PRIORITY_WORDS = {
    "mvp": "MVP",
    "must": "MVP",
    "must have": "MVP",
    "high": "MVP",
    "highest": "MVP",
    "critical": "MVP",
    "p0": "MVP",
    "p1": "MVP",
    "release 1": "Release 1",
    "release1": "Release 1",
    "r1": "Release 1",
    "should": "Release 1",
    "should have": "Release 1",
    "medium": "Release 1",
    "p2": "Release 1",
    "later": "Later",
    "could": "Later",
    "could have": "Later",
    "low": "Later",
    "lowest": "Later",
    "nice to have": "Later",
    "won't": "Later",
    "p3": "Later",
}


class _Shape(BaseModel):
    # Field names follow the JSON the LLM prompt asks for; Python code uses snake_case.
    model_config = ConfigDict(populate_by_name=True, str_strip_whitespace=True)


class StoryDraft(_Shape):
    title: str = Field(min_length=1, max_length=300)
    description: str = Field(min_length=1)
    priority: Priority = "MVP"
    acceptance_criteria: list[str] = Field(default_factory=list, alias="acceptanceCriteria")
    sources: list[str] = Field(default_factory=list)
    #: Not in the document: added from the catalogue of common journeys to a short idea.
    #: A map saved or exported before the flag existed has no key, so it defaults to False.
    suggested: bool = False
    #: Written on the map by a person: it has no source in the document.
    written_by_hand: bool = Field(default=False, alias="writtenByHand")

    @field_validator("priority", mode="before")
    @classmethod
    def _known_priority(cls, value):
        # Valid but poor output is normalised rather than rejected (the quality report tells).
        if not isinstance(value, str):
            return "MVP"
        return _PRIORITY_WORDS.get(" ".join(value.lower().replace("-", " ").split()), "MVP")

    @field_validator("acceptance_criteria", mode="before")
    @classmethod
    def _criteria_list(cls, value):
        if value is None:
            return []
        if isinstance(value, str):
            return [line for line in (part.strip() for part in value.splitlines()) if line]
        return value


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

    def without_empty_parts(self) -> "StoryMapDraft":
        """The same map without tasks that have no stories and activities that have no tasks."""
        activities = []
        for activity in self.activities:
            tasks = [task for task in activity.tasks if task.stories]
            if tasks:
                activities.append(activity.model_copy(update={"tasks": tasks}))
        return self.model_copy(update={"activities": activities})


class RevisedStory(_Shape):
    """A story rewritten by the critique pass, named by the id the request gave it."""

    id: int
    title: str = Field(min_length=1, max_length=300)
    description: str = Field(min_length=1)
    priority: Priority = "MVP"
    acceptance_criteria: list[str] = Field(default_factory=list, alias="acceptanceCriteria")

    _known_priority = field_validator("priority", mode="before")(
        StoryDraft._known_priority.__func__
    )
    _criteria_list = field_validator("acceptance_criteria", mode="before")(
        StoryDraft._criteria_list.__func__
    )


class Revision(_Shape):
    """The critique pass's answer: the flagged stories, rewritten."""

    stories: list[RevisedStory] = Field(min_length=1)


class BackboneActivity(_Shape):
    title: str = Field(min_length=1, max_length=200, alias="activity")
    members: list[int] = Field(min_length=1, alias="from")


class Backbone(_Shape):
    """The backbone request's answer: the activities of a merged map, gathered into 3 to 8."""

    activities: list[BackboneActivity] = Field(min_length=1, max_length=8)


class Enhancement(_Shape):
    """Stage 1's answer: better requirements, and how sure the model is about them."""

    enhanced_text: str = Field(min_length=1, alias="enhancedText")
    added_aspects: list[str] = Field(default_factory=list, alias="addedAspects")
    open_questions: list[str] = Field(default_factory=list, alias="openQuestions")
    confidence: float = Field(ge=0, le=1)


class GeneratedMap(BaseModel):
    """What a generator hands back: the map, who made it, and what the user should know."""

    draft: StoryMapDraft
    generator: str
    enhancement: Enhancement | None = None
    notes: list[str] = Field(default_factory=list)

    @property
    def enhanced_requirements(self) -> str | None:
        return self.enhancement.enhanced_text if self.enhancement else None


def answer_schema(model: type[BaseModel]) -> dict:
    """The JSON schema providers are asked to follow.

    Stricter than validation on purpose: we ask for the bar (every list filled, every field
    present, 2-5 criteria) and accept, then normalise, anything valid but poorer.
    """
    schema = model.model_json_schema(by_alias=True)
    for definition in (schema, *schema.get("$defs", {}).values()):
        properties = definition.get("properties", {})
        if "sources" in properties:  # asked for as the ids of numbered sentences ("S3")
            properties["sources"] = {"type": "array", "items": {"type": "string"}}
        properties.pop("suggested", None)
        properties.pop("writtenByHand", None)
        for prop in properties.values():
            if prop.get("type") == "array":
                prop["minItems"] = 1
        if "acceptanceCriteria" in properties:
            properties["acceptanceCriteria"].update(minItems=2, maxItems=5)
        definition["required"] = list(properties)
    return schema
