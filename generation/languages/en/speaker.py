"""The writer of a brief, who speaks as "I": who they are, and what they want of others.

A client's brief is written in the first person. Its "I" is a role like any other, named
once somewhere in the text, and its wishes are the requirements:

    "I own 3 different restaurants in town."            -> the "I" is a restaurant owner
    "As the owner, I will be the only one adding ..."   -> the "I" is the owner
    "I also want my customers to be able to give orders" -> customers can give orders
    "And weekly, I want to see a report of all orders"  -> see a weekly report of all orders
    "I don't know whether it should be animated"        -> decide whether it should be ...

The clause reader marks a clause whose subject is the "I" with the role ``SPEAKER``; the
writer gives those clauses the role the brief names for its "I", wherever it names it.
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause

__all__ = [
    "SPEAKER",
    "Opening",
    "as_speaker",
    "by_example",
    "examples",
    "introduction",
    "opening",
    "with_frequency",
]

#: The role of a clause whose subject is the writer of the brief, until the brief names it.
SPEAKER = "I"

_CONNECTIVE = re.compile(r"^(?:and|but|also|plus|so|then)\s+(?=\w)", re.I)
_FREQUENCY = re.compile(
    r"^(?P<f>daily|weekly|monthly|yearly|annually|quarterly|hourly|nightly|"
    r"every\s+(?:day|week|month|year|morning|evening|night|hour))\s*,\s*(?=\w)",
    re.I,
)
#: "As the owner, I will ...": the role the "I" declares, before a sentence that is not
#: written as a story ("As a member, I want to ..." is read as a story line).
_AS_ROLE = re.compile(
    r"^as\s+(?:an?|the|your)\s+(?P<role>[a-z][\w -]{1,40}?)\s*,\s*(?=(?:I|we)\b)", re.I
)
#: "I also want my customers to be able to give orders": a wish for what others can do.
_WISH_FOR_OTHERS = re.compile(
    r"^(?:I|we)\s+(?:also\s+|really\s+|would\s+also\s+)?(?:want|need|would\s+like|expect)\s+"
    r"(?P<who>(?:(?:my|our|the|all|all\s+(?:my|our|the))\s+)?[\w-]+(?:\s+[\w-]+)?)\s+to\s+"
    r"(?P<does>\w.+)$",
    re.I,
)
#: "I own 3 different restaurants", "I run a small bakery": the "I" owns the business.
_OWNS = re.compile(
    r"^(?:I|we)\s+(?:own|run)\s+(?:(?:a|an|the|two|three|four|five|several|a\s+few|\d+|"
    r"small|big|large|local|different|family|independent|new)\s+)*(?P<what>[a-z-]+)\b",
    re.I,
)
#: "I am a freelance designer", "I'm the manager of ...": the "I" says who they are.
_AM = re.compile(r"^(?:I\s+am|I'm)\s+(?:an?|the)\s+(?P<who>(?:[a-z-]+\s+){0,2}?[a-z-]+)\b", re.I)
#: "I don't know whether it should be animated": a choice the writer wants to make.
_UNSURE = re.compile(
    r"^(?:(?:I|we)\s+(?:don't|do\s+not)\s+know|(?:I'm|I\s+am|we\s+are|we're)\s+not\s+sure)"
    r"\s+(?=(?:whether|if)\s)",
    re.I,
)


#: "..., like they can select a few items and then, they can give orders": what it looks like.
_EXAMPLE = re.compile(
    r",?\s+(?:like|e\.g\.|for\s+example|for\s+instance)\s*,?\s+(?=(?:they|he|she|we|you)\s+"
    r"(?:can|could|will|would|should|may)\s)",
    re.I,
)
_AND_THEN = re.compile(
    r",?\s+and\s+(?:then\s*,?\s+)?(?=(?:they|he|she|we|you)\s+(?:can|could|will|would)\s)", re.I
)
_PRONOUNS = {"they", "he", "she", "we", "you"}


def examples(body: str) -> list[str]:
    """The sentence, and the steps its example spells out, each a sentence of its own."""
    parts = _EXAMPLE.split(body, maxsplit=1)
    if len(parts) < 2:
        return [body]
    return [parts[0], *(step for step in _AND_THEN.split(parts[1]) if step.strip())]


def by_example(clauses: list[Clause], steps: list[Clause]) -> list[Clause]:
    """The example's steps, done by the people of the sentence ("they" are the customers)."""
    role = next((c.role for c in clauses if c.role), None)
    said = {(c.verb, c.rest.lower()) for c in clauses}
    for step in steps:
        if step.system and step.system.lower() in _PRONOUNS:
            step.system, step.role = None, role
        if (step.verb, step.rest.lower()) not in said:
            clauses.append(step)
            said.add((step.verb, step.rest.lower()))
    return clauses


class Opening:
    """What the start of a first-person sentence says besides its wish."""

    def __init__(self, body: str, role: str | None = None, frequency: str | None = None):
        self.body = body
        self.role = role
        self.frequency = frequency


def opening(body: str) -> Opening:
    """ "And weekly, I want to see ..." -> "I want to see ...", frequency "weekly"; "As the
    owner, I will be ..." -> "I will be ...", role "owner"; "I also want my customers to be
    able to give orders" -> "my customers can be able to give orders"."""
    body = _CONNECTIVE.sub("", body.strip())
    frequency = None
    found = _FREQUENCY.match(body)
    if found:
        frequency, body = found.group("f").lower(), body[found.end() :]
    body = _UNSURE.sub("I want to decide ", body)
    role = None
    declared = _AS_ROLE.match(body)
    if declared and _person(declared.group("role")):
        role, body = _person(declared.group("role")), body[declared.end() :]
    wish = _WISH_FOR_OTHERS.match(body)
    if wish:
        who = re.sub(r"^(?:all\s+)?(?:my|our|the)\s+", "", wish.group("who"), flags=re.I)
        if _person(who):
            body = f"{who} can {wish.group('does')}"
    return Opening(body, role, frequency)


def introduction(text: str) -> tuple[str | None, bool]:
    """The role the sentence gives the brief's "I", and whether that is all it says.

    "I own 3 different restaurants in town." -> ("restaurant owner", True); "As the owner,
    I will be the only one ..." -> ("owner", False).
    """
    body = _CONNECTIVE.sub("", " ".join(text.split()).strip(" ."))
    declared = _AS_ROLE.match(body)
    if declared and _person(declared.group("role")):
        return _person(declared.group("role")), False
    owns = _OWNS.match(body)
    if owns:
        from lemminflect import getLemma

        what = owns.group("what").lower()
        thing = getLemma(what, upos="NOUN")[0] if what.endswith("s") else what
        return f"{thing} owner", True
    am = _AM.match(body)
    if am and _person(am.group("who")):
        return _person(am.group("who")), True
    return None, False


def as_speaker(clause: Clause, role: str) -> None:
    """The brief's "I" is ``role``: "only me" becomes "only the owner"."""
    clause.role = role
    if clause.constraint == "only me":
        clause.constraint = f"only the {role}"


_EVERY = {
    "daily": "every day", "weekly": "every week", "monthly": "every month",
    "yearly": "every year", "annually": "every year", "quarterly": "every quarter",
    "hourly": "every hour", "nightly": "every night",
}  # fmt: skip


def with_frequency(clause: Clause, frequency: str | None) -> None:
    """ "see a report of all orders", weekly -> "see a weekly report of all orders"; "see all
    orders", weekly -> "see all orders every week"."""
    if not frequency or not clause.rest:
        return
    words = clause.rest.split()
    if frequency in _EVERY and words[0].lower() in {"a", "an", "the", "my", "our"}:
        clause.rest = " ".join(["a" if words[0] == "an" else words[0], frequency, *words[1:]])
        obj = clause.obj.split()
        if obj[:1] == words[:1]:
            clause.obj = " ".join([clause.rest.split()[0], frequency, *obj[1:]])
        return
    clause.rest = f"{clause.rest} {_EVERY.get(frequency, frequency)}"


def _person(words: str) -> str | None:
    """ "owner" -> "owner", "hosts" -> "host", "the software" -> None."""
    from lemminflect import getLemma

    from generation.languages.en.clauses import is_person

    parts = words.lower().split()
    if not parts or len(parts) > 3:
        return None
    head = parts[-1]
    singular = getLemma(head, upos="NOUN")[0] if head.endswith("s") else head
    return " ".join([*parts[:-1], singular]) if is_person(singular) else None
