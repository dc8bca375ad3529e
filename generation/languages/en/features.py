"""What a feature named by a noun phrase promises, from the words that explain it.

Feature lists name a feature and say what it does after a colon, a dash or in brackets:

    "Speaker diarization (identify agent vs. customer)" -> then it identifies agent vs.
    customer.
    "Compliance Detection: Flag critical compliance failures automatically" -> then it flags
    critical compliance failures automatically.
    "Single-user access (no authentication required for prototype)" -> then no
    authentication is required for prototype.
    "3 quick personas (e.g., Loving Partner, Grandma)" -> then I can pick Loving Partner or
    Grandma.

The explanation is the document's own promise; without one, the kind of the feature speaks.
"""

from __future__ import annotations

import re

from generation.languages.en.clauses import base_form, is_verb
from generation.languages.en.things import KINDS
from generation.languages.en.words import joined, lower_first, singular, third_person
from generation.languages.en.words import plural as plural_of

__all__ = ["explained_outcome", "named_benefit", "named_feature"]

_SAID = re.compile(r"^(?P<name>[^:()—–→]{2,60}?)\s*(?::|\s[-—–]\s)\s*(?P<say>\S.*)$")
_BRACKET = re.compile(r"\((?P<say>[^)]*)\)")
_EXAMPLES = re.compile(r"^(?:e\.\s?g\.|eg\b|for example|such as|like)[,:]?\s*", re.I)
_NOT_NEEDED = re.compile(r"^(?P<no>no|not)\s+(?P<what>.+?)\s+(?P<p>required|needed)\b(?P<tail>.*)$")
#: Verbs whose promise is to the reader ("View list of ..."): "I can view ...".
_READER = {"view", "see", "read", "browse", "open", "pick", "choose", "select", "compare"}


def explained_outcome(rest: str) -> str | None:
    """The outcome a feature's own explanation states, as the "then" of a criterion."""
    text = " ".join(rest.split())
    said = _SAID.match(text)
    if said:
        return _as_outcome(re.sub(r"\s*\([^)]*\)", "", said.group("say")).strip(" .;"))
    for bracket in _BRACKET.finditer(text):
        say = bracket.group("say").strip(" .;")
        if _EXAMPLES.match(say):
            examples = [e.strip() for e in _EXAMPLES.sub("", say).split(",") if e.strip()]
            if len(examples) >= 2:
                return f"I can pick {joined(examples, 'or')}"
            continue
        outcome = _as_outcome(say)
        if outcome:
            return outcome
    return None


def _as_outcome(say: str) -> str | None:
    """ "identify agent vs. customer" -> "it identifies agent vs. customer"."""
    words = say.split()
    if len(words) < 2 or not words[0][:1].isalpha():
        return None
    not_needed = _NOT_NEEDED.match(lower_first(say))
    if not_needed:
        what, tail = not_needed.group("what"), not_needed.group("tail")
        return f"{not_needed.group('no')} {what} is {not_needed.group('p')}{tail}"
    first = words[0].lower()
    if is_verb(first) and base_form(first) == first:
        if first in _READER:
            return f"I can {lower_first(say)}"
        return f"it {third_person(first)} {' '.join(words[1:])}"
    if any(len(w) > 2 and is_verb(w) and base_form(w) == w for w in words[1:3]):
        return lower_first(say)  # "QA scores align with human evaluation"
    return None


def named_feature(rest: str, *, plural: bool) -> tuple[str, tuple[str, str]]:
    """A feature named by nouns alone, without an explanation: "Game achievements" are a
    collection to go through, "Hosted on a public domain" is how the product is, "Ease of
    use" a quality of the whole app."""
    words = rest.split()
    first = words[0].lower() if words else ""
    if first.endswith("ed") and is_verb(first) and base_form(first) != first:
        state = lower_first(re.sub(r"\s*\([^)]*\)?", "", rest))
        return (
            f"the app is {state}",
            (
                "a new version is built",
                f"it is not released until the app is checked to be {state}",
            ),
        )
    each = _each(rest)
    if each:  # "Records on different games": kept apart game by game
        what, one = each
        return (
            f"I see the {what} of each {one} apart from those of the other {plural_of(one)}",
            (f"a {one} has no {what} yet", "I see that there are none and how to add the first"),
        )
    if plural:
        return KINDS["list"].shown, KINDS["list"].missing
    return _from_own_words(rest)


_OPTIONS = re.compile(
    r"^(?P<a>[A-Za-z][\w-]*(?: [a-z][\w-]*)?)/(?P<b>[A-Za-z][\w-]*(?: [a-z][\w-]*)?)\b"
)
_VERSUS = re.compile(
    r"(?P<a>\b(?:which|who|what)\b.+?)\s+vs\.?\s+(?P<b>\b(?:which|who|what)\b.+)$", re.I
)


def _from_own_words(rest: str) -> tuple[str, tuple[str, str]]:
    """A feature's criterion pair from what its own words say it is, or None."""
    text = " ".join(rest.split())
    bracket = _BRACKET.search(text)
    said = bracket.group("say").strip(" .;") if bracket else ""
    not_needed = _NOT_NEEDED.match(lower_first(said)) if said else None
    if not_needed:  # "(no authentication required for prototype)"
        what = not_needed.group("what")
        return (
            f"I use {{thing}} without being asked for {what}",
            (f"I have no {what}", "I can still use {thing}"),
        )
    words = said.split()
    if (
        len(words) >= 2
        and is_verb(words[0].lower())
        and base_form(words[0].lower()) == words[0].lower()
    ):
        doing = lower_first(said)  # "(identify agent vs. customer)"
        return (
            f"it {third_person(words[0].lower())} {' '.join(words[1:])}",
            (
                f"{{thing}} cannot {doing} with certainty",
                "that part is marked as uncertain, not guessed",
            ),
        )
    versus = _VERSUS.search(_BRACKET.sub("", text))
    if versus:  # "which agents need coaching vs. who is performing well"
        a, b = versus.group("a"), versus.group("b").rstrip(" .")
        return (
            f"I can tell {a} apart from {b}",
            ("there is not enough data to tell them apart", "I see that instead of a guess"),
        )
    options = _OPTIONS.match(text)
    if options:  # "Terminal/command line access": either way in works
        a, b = options.group("a"), options.group("b")
        return (
            f"I can use {{thing}} from {lower_first(a)} or from {b}",
            (
                f"I can open neither {lower_first(a)} nor {b} on my device",
                "I am told which of the two it needs, and nothing is lost",
            ),
        )
    return (
        "I reach {thing} from the main screen and it works the same way everywhere",
        (
            "{thing} {is} not available on my device",
            "I see why and the rest of the app still works",
        ),
    )


_OWN = re.compile(r"^(?:custom|customi[sz]able|personal|own)\s+(?P<what>[A-Za-z][\w -]*)$", re.I)
_EACH = re.compile(
    r"^(?P<specific>(?:specific|particular|separate|individual)\s+)?"
    r"(?P<what>[A-Za-z]+(?: [A-Za-z]+)?)"
    r"\s+(?P<by>on|for|of|about|per|related\s+to|specific\s+to)\s+"
    r"(?:(?P<many>different|each|every|all|specific|various|my|the)\s+)?(?P<each>[A-Za-z]+)\b",
    re.I,
)


def _each(rest: str) -> tuple[str, str] | None:
    """ "Records on different games" -> ("records", "game"): things kept for each of many."""
    text = " ".join(re.sub(r"\s*\([^)]*\)?", "", rest).split()).strip(" .")
    each = _EACH.match(text)
    many = each.group("each").lower() if each else ""
    if not each or singular(many) == many:
        return None
    if each.group("by").lower() == "of" and not each.group("many"):  # "categories of foods"
        return None
    return lower_first(each.group("what")), singular(many)


def named_benefit(rest: str, *, keeps: str | None = None) -> str | None:
    """What a feature named by nouns alone gives, from its own words or from what the product
    keeps: "Custom category records" are set up as I like, "Records on different games" are
    kept game by game, "Game items" in a records app are recorded like its other records (a
    template on {thing}, as a verb's benefit is)."""
    text = " ".join(re.sub(r"\s*\([^)]*\)?", "", rest).split()).strip(" .")
    own = _OWN.match(text)
    if own:
        return f"I can set up the {lower_first(own.group('what'))} the way that suits me"
    each = _each(text)
    if each:
        what, one = each
        if _EACH.match(text).group("specific"):
            return f"I have the {what} that matter for each {one}"
        return f"I have the {what} for every {one} in one place"
    if keeps:  # a template on {thing}, as the verb's own benefit is
        from generation.languages.en.verbs import action_of

        action = action_of(keeps)
        return action.benefit if action else None
    return None
