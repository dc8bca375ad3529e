"""Placeholder replaced by the real offline generator."""

from webapp.generation.schemas import ActivityDraft, StoryDraft, StoryMapDraft, TaskDraft


def generate_offline_map(text: str) -> StoryMapDraft:
    """Derive a story map from the requirements text alone, deterministically."""
    story = StoryDraft(
        title=text[:60],
        description=f"As a user, I want {text[:80]}, so that it works.",
        acceptance_criteria=["Given a, when b, then c", "Given x, when it fails, then error"],
        sources=[text],
    )
    return StoryMapDraft(
        product_name="Product",
        activities=[ActivityDraft(title="Use it", tasks=[TaskDraft(title="Use", stories=[story])])],
    )
