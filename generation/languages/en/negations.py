"""Criteria and benefits of a requirement that says what must NOT happen.

    "The app shall not require user accounts."
    Given I have never used the app, when I open it and go through my usual steps, then the
    app does not require user accounts at any point.
    "Members cannot edit other members' posts."
    Given a post of another member, when I try to edit it, then it stays as it was and I
    see that only its author can edit it.

The happy path is that the thing does not happen; the unhappy path is the moment it would be
most tempting to let it happen (a slow network, someone else's entry).
"""

from __future__ import annotations

from generation.languages.clauses import Clause

__all__ = ["is_negated", "negated_benefit", "negated_criteria"]


def is_negated(clause: Clause) -> bool:
    """Whether the requirement forbids its action ("shall not", "never", "cannot")."""
    return bool(clause.verb) and clause.manner.split()[:1] in (["not"], ["never"])


def _gerund(verb: str) -> str:
    from lemminflect import getInflection

    first, *more = verb.split()
    forms = getInflection(first, tag="VBG")
    return " ".join([forms[0] if forms else f"{first}ing", *more])


_PRODUCTS = {
    "app", "application", "system", "platform", "website", "site", "service", "tool", "portal",
    "product", "software", "bot", "dashboard", "page", "screen",
}  # fmt: skip


def _subject(clause: Clause) -> str:
    thing = (clause.system or "app").strip()
    low = thing[:1].lower() + thing[1:]
    return low if low.split()[0].lower() in {"the", "my", "our"} else f"the {low}"


def _product(clause: Clause) -> str:
    subject = _subject(clause)
    return subject if subject.split()[-1].lower() in _PRODUCTS else "the app"


def negated_benefit(clause: Clause, thing) -> str:
    """What not doing it gives: "the app never gets in my way by requiring user accounts"."""
    doing = f"{_gerund(clause.verb)} {clause.rest}".strip()
    if clause.role is None:
        return f"{_product(clause)} never gets in my way by {doing}"
    return thing.fill(f"only the people entitled to it can {clause.verb} {{thing}}")


def negated_criteria(clause: Clause, thing) -> list[str]:
    """The forbidden action does not happen, even when it would be easiest to let it."""
    verb, rest = clause.verb, clause.rest
    if clause.role is None:
        product, subject = _product(clause), _subject(clause)
        return [
            f"Given I have just opened {product}, when I go through my usual steps, then "
            f"{subject} does not {verb} {rest} at any point.",
            f"Given the connection is slow and {product} is busy, when I go on with my work, "
            f"then {subject} still does not {verb} {rest}, and nothing I did is lost.",
        ]
    return [
        thing.fill(
            f"Given I am not entitled to {verb} {{thing}}, when I try to {verb} {rest}, then "
            f"nothing changes and I see that I cannot {verb} {{them}}."
        ),
        thing.fill(
            f"Given someone who is entitled to {verb} {{thing}}, when they {verb} {{them}}, "
            "then it works for them and I see the result as well."
        ),
    ]
