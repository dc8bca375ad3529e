"""Criteria that follow what the requirement is for, when the same action serves different ends.

    "search the catalogue so that I can find books to check out"
    ... then I see the matches in the catalogue, the closest first, each showing whether it
    is free to check out now.
    "search the catalogue so that I can keep tabs on inventory"
    ... then I see the matches in the catalogue, the closest first, each showing how many
    are in stock.

Registering as a role ends with what that role may do; a request ends with the answer its
purpose waits for (a new return date for a renewal); a cancelled request can have been
answered already; a thing "that is not in the catalogue" can turn out to be there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generation.languages.clauses import Clause
from generation.languages.en.lexicon import is_person
from generation.languages.en.words import lower_first, singular

__all__ = ["Purpose", "purpose_of", "purposeful_criteria"]


@dataclass(frozen=True)
class Purpose:
    """The document's "so that ...", read as who can then do what."""

    #: Who gains: "I", "the library", "books".
    subject: str
    #: What they can then do: "keep tabs on inventory", "be recalled".
    doing: str

    @property
    def mine(self) -> bool:
        return self.subject.lower() == "i"

    def verbs(self) -> set[str]:
        """The verbs the purpose joins: "add or remove books" -> {"add", "remove"}."""
        words = self.doing.lower().split()
        found = {words[0]} if words else set()
        for joint, verb in zip(words, words[1:], strict=False):
            if joint in {"or", "and"}:
                found.add(verb)
        return found


_PURPOSE = re.compile(
    r"^(?P<subject>.+?)\s+(?:can|could|may|might|will|would|(?:am|is|are)\s+able\s+to)\s+"
    r"(?:be\s+able\s+to\s+)?(?P<doing>\S.*)$",
    re.I,
)


def purpose_of(text: str | None) -> Purpose | None:
    """ "I can keep tabs on inventory" -> (I, keep tabs on inventory); None without a modal."""
    match = _PURPOSE.match(" ".join((text or "").split()).rstrip(" ."))
    if not match or len(match.group("subject").split()) > 4:
        return None
    return Purpose(match.group("subject"), match.group("doing"))


#: What each search result shows when the search is for getting hold of a thing.
_TAKING = re.compile(
    r"\bto\s+(?P<verb>check\s+out|borrow|rent|hire|book|reserve|take\s+out|download)\b", re.I
)
_BUYING = re.compile(r"\bto\s+(?:buy|order|purchase)\b", re.I)
_STOCK = re.compile(
    r"\b(?:keep\s+tabs\s+on|keep\s+track\s+of|track|monitor|audit|check)\s+"
    r"(?:the\s+|our\s+|my\s+)?(?:inventory|stock|stock\s+levels)\b",
    re.I,
)
_KEEPING = {"add", "remove", "delete", "edit", "update", "change", "correct", "retire"}
_SEARCHING = {"search", "find", "look", "lookup", "browse"}


def purposeful_criteria(clause: Clause, thing, when: str, trying: str) -> list[str] | None:
    """The criteria the requirement's purpose calls for, or None when the verb's own fit.

    ``thing`` is the requirement's object as criteria name it (``criteria.Thing``).
    """
    if clause.condition or clause.constraint or clause.outcome:  # the text's own facts lead
        return None
    verb = clause.verb.split(" ")[0] if clause.verb else ""
    purpose = purpose_of(clause.purpose)
    if verb in {"register", "sign", "join"} and _as_role(clause.rest):
        return _role_criteria(_as_role(clause.rest), purpose, when)
    if verb in _SEARCHING and purpose and purpose.mine:
        return _search_criteria(purpose, thing, when, trying)
    if verb in {"request", "ask"}:
        return _request_criteria(clause, purpose, thing, when, trying)
    if verb in {"cancel", "withdraw"} and singular(thing.head) == "request":
        return [
            f"Given {thing.fill('{thing} {is}')} still open, when {when}, then "
            f"{thing.fill('{thing} {is} cancelled and nobody acts on {them} any more')}.",
            f"Given {thing.fill('{thing} {was}')} already answered, when {trying}, then I see "
            "the answer and nothing changes.",
        ]
    return None


_AS_ROLE = re.compile(r"^(?:up\s+)?as\s+(?:an?\s+|the\s+)?(?P<role>[A-Za-z][\w -]{0,30})$", re.I)


def _as_role(rest: str) -> str:
    """ "as a staff member" -> "staff member": registering in a role, not granting it."""
    match = _AS_ROLE.match(rest.strip(" ."))
    if not match:
        return ""
    role = match.group("role").strip()
    return role if is_person(singular(role.split()[-1])) else ""


def _role_criteria(role: str, purpose: Purpose | None, when: str) -> list[str]:
    """What an account in this role lets me do, and that the role waits for confirmation."""
    may = purpose.doing if purpose and purpose.mine else f"do what {_a(role)} {role} may do"
    return [
        f"Given I have no account yet, when {when}, then my account is created with the "
        f"{role} role and lets me {may}.",
        f"Given my {role} role is not confirmed yet, when I sign in, then I cannot {may} "
        "until it is.",
    ]


def _search_criteria(purpose: Purpose, thing, when: str, trying: str) -> list[str] | None:
    """Each match shows what the search is for; a missing thing can be added from there."""
    taking = _TAKING.search(purpose.doing)
    keeping = purpose.verbs() & _KEEPING
    if taking:
        shows = f"each showing whether it is free to {taking.group('verb').lower()} now"
    elif _BUYING.search(purpose.doing):
        shows = "each showing its price and whether it is in stock"
    elif _STOCK.search(purpose.doing):
        shows = "each showing how many are in stock"
    elif keeping - {"add"}:
        shows = f"each with a way to {sorted(keeping - {'add'})[0]} it from there"
    else:
        return None
    matches = thing.fill("I see {matches}, the closest first")
    unhappy = "I see that nothing was found and a way to widen the search"
    if "add" in keeping:
        kept = _kept_thing(purpose.doing)
        unhappy = f"I see that nothing was found and can add {kept} from there"
    return [
        f"Given {thing.fill('there are {many}')}, when {when}, then {matches}, {shows}.",
        f"Given nothing matches my search, when {trying}, then {unhappy}.",
    ]


def _kept_thing(doing: str) -> str:
    """ "add or remove books" -> "a new book"."""
    words = [w for w in re.findall(r"[A-Za-z]+", doing) if w.lower() not in {"or", "and"}]
    last = words[-1].lower() if len(words) > 1 else ""
    return f"a new {singular(last)}" if last and last not in _KEEPING else "it"


_NOT_IN = re.compile(
    r"^(?:an?|the|some)?\s*(?P<thing>[A-Za-z][\w -]{0,30}?)\s+(?:that|which)\s+(?:is|are)\s+"
    r"not\s+(?:yet\s+)?(?P<place>(?:in|on|among)\s+.+)$",
    re.I,
)
_DATE = re.compile(
    r"\b(?:past|beyond|after)\s+(?:its|the|my|their|our)\s+(?P<date>(?:\w+\s+)?(?:date|deadline))\b",
    re.I,
)


def _request_criteria(
    clause: Clause, purpose: Purpose | None, thing, when: str, trying: str
) -> list[str] | None:
    """A request ends with the answer its purpose waits for; a missing thing may be there."""
    missing = _NOT_IN.match(clause.rest.strip(" ."))
    date = _DATE.search(purpose.doing) if purpose else None
    if not (purpose or missing):
        return None
    named = f"the {missing.group('thing')}" if missing else thing.phrase
    if date:
        answer = f" and, once it is granted, I see the new {date.group('date')}"
    elif purpose:
        subject = named if purpose.subject.lower() in {"it", "they"} else purpose.subject
        subject = subject if subject == "I" else lower_first(subject)
        answer = f" and I am told whether {subject} {_modal(clause.purpose)} {purpose.doing}"
    else:
        answer = f" and I am told whether {named} will be added"
    criteria = [f"Given nothing like it is pending, when {when}, then my request is sent{answer}."]
    if missing:
        criteria.append(
            f"Given {named} is already {missing.group('place')}, when {trying}, then I am "
            "pointed to it and no request is made."
        )
    else:
        criteria.append(
            f"Given an identical request of mine is still open, when {trying}, then I am "
            "pointed to it and no duplicate is made."
        )
    return criteria


def _modal(text: str | None) -> str:
    match = re.search(r"\b(can|could|may|might|will|would)\b", text or "", re.I)
    return match.group(1).lower() if match else "can"


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"
