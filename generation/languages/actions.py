"""What a kind of action promises and how it fails, as each language's writer words it.

Every writer keeps a table of actions in its own language (``languages/<code>/actions.py``);
each entry says the situation before it, what the person then sees, the failure that
belongs to it and what it is good for, so that criteria and benefits come from the action
rather than from one sentence for all.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Action"]


@dataclass(frozen=True)
class Action:
    """The happy path (given, then), the unhappy path (given, then) and the benefit."""

    ready: str
    done: str
    bad: str
    bad_then: str
    benefit: str
