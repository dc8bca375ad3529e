"""Criteria and benefits of a requirement that says what must NOT happen.

    "The app shall not require user accounts."
    Given I have never used the app, when I open it and go through my usual steps, then the
    app does not require user accounts at any point.
    "Members cannot edit other members' posts."
    Given a post of another member, when I try to edit it, then it stays as it was and I
    see that only its author can edit it.

The happy path is that the thing does not happen; the unhappy path is the moment it would be
most tempting to let it happen, and that moment depends on what is forbidden:

    "The app does not require user accounts." -> a first-time user reaches the main screen
    with no sign-up screen; a feature that usually needs an account still works without one.
    "The app shall never share health data with third parties." -> nothing of the health
    data leaves the app; a service built into the app (crash reports) gets none of it.
"""

from __future__ import annotations

import re

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
    verb = clause.verb.split()[0]
    if clause.role is None and verb in _SENDS | _KEEPS:
        split = _WITH.match(clause.rest) if verb in _SENDS else None
        what = _bare(split["what"] if split else clause.rest)
        where = "stays" if what.endswith("data") or not what.endswith("s") else "stay"
        return f"my {what} {where} mine, out of the hands of anyone I did not choose"
    if clause.role is None:
        return f"{_product(clause)} never gets in my way by {doing}"
    return thing.fill(f"only the people entitled to it can {clause.verb} {{thing}}")


def negated_criteria(clause: Clause, thing) -> list[str]:
    """The forbidden action does not happen, even when it would be easiest to let it."""
    verb, rest = clause.verb, clause.rest
    if clause.role is None:
        return _product_rule(clause)
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


_DEMANDS = {"require", "need", "ask", "force", "demand", "request", "prompt"}
_SENDS = {"share", "send", "sell", "transmit", "disclose", "upload", "expose", "leak", "pass"}
_KEEPS = {"store", "keep", "save", "retain", "log", "cache", "persist", "record", "collect"}
_USES = {"use", "rely", "depend", "embed"}
_ACCOUNT = re.compile(
    r"\b(?:account|login|log-in|sign[- ]?(?:up|in)|registration|authenticat)", re.I
)
_FOR = re.compile(r"^(?P<what>.+?)\s+(?:for|to|when|while)\s+(?P<doing>.+)$")
_WITH = re.compile(r"^(?P<what>.+?)\s+(?:with|to)\s+(?P<whom>.+)$")


def _product_rule(clause: Clause) -> list[str]:
    """The product's own "does not": the situation where it would happen, and the edge case."""
    product, subject = _product(clause), _subject(clause)
    verb, rest = clause.verb.split()[0], clause.rest.strip()
    if verb in _DEMANDS:
        split = _FOR.match(rest)
        what, doing = (split["what"], split["doing"]) if split else (rest, "")
        what = _bare(what)
        reach = f"{_gerund_to_base(doing)}" if doing else f"reach the main screen of {product}"
        screen = (
            "no sign-up or sign-in screen"
            if _ACCOUNT.search(what)
            else f"no screen asking for {what}"
        )
        return [
            f"Given I open {product} for the first time, when I {reach}, then I can do so with "
            f"{screen} on the way.",
            f"Given I use a feature that would usually need {what}, when I use it, then it "
            f"works without {what}.",
        ]
    if verb in _SENDS:
        split = _WITH.match(rest)
        what, whom = (split["what"], split["whom"]) if split else (rest, "anyone outside")
        return [
            f"Given I have {_bare(what)} in {product}, when I use it as usual, then none of "
            f"{_the(what)} reaches {whom}.",
            f"Given a service built into {product} reports usage or crashes, when it sends its "
            f"report, then the report holds none of {_the(what)}.",
        ]
    if verb in _KEEPS:
        what = _bare(rest)
        return [
            f"Given I enter {what}, when I finish what I was doing, then none of the {what} is "
            "kept on the device or the server.",
            f"Given {product} stops half way, when it starts again, then none of the {what} is "
            "left behind from before.",
        ]
    if verb in _USES:
        split = _FOR.match(rest)
        what, where = (split["what"], split["doing"]) if split else (rest, f"{product}")
        return [
            f"Given I go through {_the(where)}, when each screen opens, then none of it is "
            f"built on {_bare(what)}.",
            f"Given a part is only available as {_bare(what)} so far, when I reach it, then it "
            f"opens outside {product} and I can come back to where I was.",
        ]
    return [
        f"Given I have just opened {product}, when I go through my usual steps, then "
        f"{subject} does not {clause.verb} {rest} at any point.",
        f"Given I reach a step where {subject} could {clause.verb} {rest}, when I go on, then "
        f"it does not, and I can still finish what I started.",
    ]


def _bare(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an|any|all|our|my)\s+", "", phrase.strip(), flags=re.I)


def _the(phrase: str) -> str:
    bare = _bare(phrase)
    return bare if bare.split()[0].lower() in {"my", "their", "its"} else f"the {bare}"


def _gerund_to_base(doing: str) -> str:
    """ "browsing clinics" -> "browse clinics"; a noun phrase is reached ("the schedule")."""
    from lemminflect import getLemma

    first, *more = doing.split()
    if first.endswith("ing"):
        lemma = getLemma(first, upos="VERB")
        return " ".join([lemma[0] if lemma else first, *more])
    return f"reach {doing}"
