"""The kinds of action a story asks for, and the user journey they line up on.

A story's category comes from its verb (each language pack lists its verbs); it chooses the
criteria's unhappy path (a declined card, a taken slot, no results) and the activity the
story joins. Activities follow the order a user meets them: get access, find, choose and
act, follow up, give feedback, and the back office last.
"""

from __future__ import annotations

__all__ = ["CATEGORIES", "CLUSTERS", "cluster_of"]

CATEGORIES = (
    "account", "find", "view", "choose", "book", "order", "pay", "create", "upload",
    "change", "cancel", "delete", "notify", "message", "track", "review", "share", "export",
    "manage", "settings", "other",
)  # fmt: skip

#: Activities in journey order, with the categories each one gathers.
CLUSTERS = (
    ("access", ("account", "settings")),
    ("discover", ("find", "view", "choose")),
    ("act", ("book", "order", "create", "upload", "pay")),
    ("follow", ("notify", "track", "message", "change", "cancel")),
    ("feedback", ("review", "share", "export")),
    ("manage", ("manage", "delete", "other")),
)
_CLUSTER_OF = {category: name for name, categories in CLUSTERS for category in categories}


def cluster_of(category: str) -> str:
    """The activity cluster a category's stories join."""
    return _CLUSTER_OF.get(category, "manage")
