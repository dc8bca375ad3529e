"""Writing English stories: the story line, its title, its benefit and its criteria.

    As a customer, I want to cancel or reschedule a booking up to 12 hours before it, so
    that I free the slot when my plans change.
    Given it is more than 12 hours before, when I cancel or reschedule a booking, then the
    change is saved and I see a confirmation.
    Given it is less than 12 hours before, when I try to cancel or reschedule a booking,
    then I see that this is only possible up to 12 hours before it, and nothing changes.

Verb forms come from lemminflect; the benefit is the document's own "so that ..." where it
gives one.
"""

from __future__ import annotations

import re
import zlib
from functools import cache

from generation.languages.clauses import Clause
from generation.languages.en.clauses import is_person, read_clauses

__all__ = ["EnglishWriter"]

_MAX_TITLE_WORDS = 8

_CATEGORY = {
    "account": "register sign log login logout authenticate reset recover verify",
    "find": "find search filter sort look browse discover explore query",
    "view": "view see read open check display show access consult watch listen visualize",
    "choose": "choose select pick compare customize customise",
    "book": "book reserve schedule rent borrow hire",
    "order": "order buy purchase checkout request",
    "pay": "pay tip refund charge",
    "create": "create add enter input submit write post record fill set save generate plan "
    "upload register list publish draft compose build make store keep log",
    "upload": "attach import scan photograph",
    "change": "edit update change modify rename reschedule move reorder adjust correct "
    "replace toggle switch enable disable",
    "cancel": "cancel",
    "delete": "delete remove archive",
    "notify": "receive get notify remind alert",
    "message": "message chat reply contact send comment",
    "track": "track follow monitor",
    "review": "rate review",
    "share": "share invite",
    "export": "export download print",
    "manage": "manage assign approve reject block ban moderate mark configure verify",
    "settings": "customize customise personalize personalise",
}
_VERB_CATEGORY = {verb: name for name, verbs in _CATEGORY.items() for verb in verbs.split()}
_OBJECT_CATEGORY = {
    "notification": "notify",
    "reminder": "notify",
    "alert": "notify",
    "email": "notify",
    "sms": "notify",
    "message": "message",
    "review": "review",
    "rating": "review",
    "password": "account",
    "profile": "account",
    "account": "account",
    "order": "order",
    "payment": "pay",
    "booking": "book",
    "appointment": "book",
    "report": "export",
}
_BENEFITS = {
    "account": ("only I can act in my name", "my details follow me on every device"),
    "find": (
        "I reach what I need without scrolling through everything",
        "I see the right options first",
    ),
    "view": ("I always work from up-to-date information", "I do not have to ask anyone for it"),
    "choose": ("I get exactly what suits me", "I can compare the options and take the best"),
    "book": ("I come at a time that suits me", "I know my place is held"),
    "order": ("I get what I need without calling anyone", "I am done in a couple of minutes"),
    "pay": ("I do not have to pay on the spot", "I pay at once and get a receipt"),
    "create": ("everything I need is in one place", "I do not have to keep it in my head"),
    "upload": ("I do not have to send files separately", "my documents are at hand when needed"),
    "change": ("my information stays correct", "I can fix a mistake without asking support"),
    "cancel": ("I free the slot when my plans change", "I do not pay for what I no longer need"),
    "delete": ("only what still matters is left", "nothing I no longer need gets in the way"),
    "notify": ("I do not miss what matters", "I learn about changes in time"),
    "message": (
        "I can sort things out without a phone call",
        "the whole conversation stays in one place",
    ),
    "track": ("I know where things stand without asking", "I can plan my time around it"),
    "review": ("others can choose with confidence", "I can tell how it went"),
    "share": ("others see it without extra steps", "we can work on it together"),
    "export": ("I can work with the data in my own tools", "I keep a copy of my own"),
    "manage": ("things run the way my team needs", "I keep the work under control"),
    "settings": ("it works the way I like", "I do not repeat the same steps every time"),
    "other": ("I get this done faster", "I do not have to do it by hand"),
}
_HAPPY = {
    "account": ("my details are correct", "I am signed in and see my own account"),
    "find": ("there are options that match", "I see the matching results, the closest first"),
    "view": ("the information exists", "I see all of it, up to date"),
    "choose": ("the option I want is available", "my choice is kept for the next step"),
    "book": (
        "the time I want is free",
        "the booking is made and that time is offered to nobody else",
    ),
    "order": (
        "everything I picked is in stock",
        "the order is placed and I see its number and contents",
    ),
    "pay": (
        "my card is valid and has enough funds",
        "the payment goes through and I get a receipt",
    ),
    "create": ("every required field is filled in", "it is saved and shows in the list"),
    "upload": ("the file has an accepted type and size", "the file is uploaded and listed"),
    "change": ("the new values are valid", "the changes are saved and I see them"),
    "cancel": ("it is not too late to change it", "the change is saved and I see a confirmation"),
    "delete": ("I confirm the deletion", "it no longer shows anywhere"),
    "notify": ("the moment has come", "I get one notification with the details"),
    "message": ("my message is not empty", "it is delivered and the other person sees it"),
    "track": ("the status has changed", "I see the current status and when it was updated"),
    "review": ("I have used the service", "my review is visible to others"),
    "share": ("sharing is allowed", "the recipient opens the link and sees the same as I do"),
    "export": ("there is data for the chosen period", "I get a file with all of it"),
    "manage": (
        "I have the rights for it",
        "the change is saved and visible to everyone it concerns",
    ),
    "settings": ("the value is within the allowed range", "the setting applies at once"),
    "other": ("I have access", "the result is saved and I see a confirmation"),
}
_UNHAPPY = {
    "account": ("my password is wrong", "I see an error and stay on the sign-in page"),
    "find": ("nothing matches", 'I see "no results" and can change my search'),
    "view": ("there is nothing yet", "I see an empty list with a hint of what to do next"),
    "choose": (
        "the option I want is no longer available",
        "I see it at once and can choose another",
    ),
    "book": (
        "someone else took that time while I was filling in the form",
        "I see that it is taken and the nearest free times; no booking is made",
    ),
    "order": ("one item has run out", "I see which one and no order is placed"),
    "pay": ("the bank declines my card", "I see why, nothing is charged and no order is placed"),
    "create": ("a required field is empty", "I see which field to fill in and nothing is saved"),
    "upload": ("the file is larger than allowed", "I see the limit and the file is not uploaded"),
    "change": ("a value is invalid", "I see what to fix and the old values stay"),
    "cancel": (
        "it is too late to change it",
        "I see that it can no longer be changed and nothing changes",
    ),
    "delete": ("I cancel in the confirmation dialog", "everything stays as it was"),
    "notify": ("the event was cancelled", "no notification is sent"),
    "message": ("my message is empty", "it is not sent and I see a hint"),
    "track": ("the connection drops", "I see the last known status and when it was updated"),
    "review": ("I have not used the service", "I cannot leave a review and see why"),
    "share": ("the link has been revoked", "the recipient sees that access is closed"),
    "export": ("there is no data for the chosen period", "I am told so and no empty file is made"),
    "manage": ("I do not have the rights for it", "I see a message and nothing changes"),
    "settings": ("the value is out of range", "I see the allowed values and the old setting stays"),
    "other": ("the change cannot be saved", "I see an error and nothing I entered is lost"),
}
_LIMITS = (
    (
        re.compile(r"(?:up\s+to|no\s+later\s+than)\s+(?P<n>\d.+?)\s+(?:before|ahead)", re.I),
        "it is more than {n} before",
        "it is less than {n} before",
    ),
    (
        re.compile(
            r"(?:up\s+to|at\s+most|no\s+more\s+than|maximum(?:\s+of)?|under)\s+(?P<n>\d.+)", re.I
        ),
        "it is within {n}",
        "it is over {n}",
    ),
    (
        re.compile(
            r"(?:at\s+least|no\s+less\s+than|minimum(?:\s+of)?|over|more\s+than)\s+(?P<n>\d.+)",
            re.I,
        ),
        "it is at least {n}",
        "it is under {n}",
    ),
    (re.compile(r"within\s+(?P<n>\d.+)", re.I), "it is within {n}", "more than {n} have passed"),
)
_TASKS = {
    "account": "Sign in",
    "find": "Search",
    "view": "View",
    "choose": "Choose",
    "book": "Book",
    "order": "Order",
    "pay": "Pay",
    "create": "Add",
    "upload": "Upload files",
    "change": "Edit",
    "cancel": "Cancel",
    "delete": "Delete",
    "notify": "Get notified",
    "message": "Message",
    "track": "Track",
    "review": "Review",
    "share": "Share",
    "export": "Export",
    "manage": "Manage",
    "settings": "Customise",
    "other": "Use the product",
}
_OBJECT_BENEFITS = {
    "find": "I find {obj} without scrolling through everything",
    "view": "I always know where {obj} stands",
    "choose": "I end up with {obj} that suits me",
    "book": "I get {obj} at a time that suits me",
    "order": "I get {obj} without calling anyone",
    "pay": "I pay for {obj} on the spot, without cash",
    "create": "I keep {obj} in one place",
    "upload": "I have {obj} at hand when needed",
    "change": "I can keep {obj} up to date myself",
    "cancel": "I do not pay for {obj} I no longer need",
    "delete": "I am not left with {obj} I no longer need",
    "notify": "I do not miss {obj}",
    "message": "I can sort out {obj} without a phone call",
    "track": "I can follow {obj} without asking anyone",
    "review": "others can judge {obj} before they choose",
    "share": "others see {obj} without extra steps",
    "export": "I can work with {obj} in my own tools",
    "manage": "I keep {obj} under control",
    "other": "I do not have to handle {obj} by hand",
}


def _simple_object(obj: str) -> str:
    """The object when it is a plain noun phrase ("my password"), else ""."""
    words = obj.split()
    if not words or len(words) > 4 or any(w.lower() in {"and", "or", ","} for w in words):
        return ""
    if any(not re.match(r"^[\w'’-]+$", w) for w in words):
        return ""
    return " ".join(words)


#: What the product does, as the person it serves does it: "send a reminder" -> "receive".
_SERVED = {
    "send": "receive",
    "email": "receive",
    "show": "see",
    "display": "see",
    "notify": "be notified about",
}


class EnglishWriter:
    """Stories in English, from English requirements."""

    code = "en"
    default_role = "user"

    def clauses(self, text: str) -> list[Clause]:
        clauses = read_clauses(text)
        for clause in clauses:
            if clause.system is not None and clause.verb.split(" ")[0] in _SERVED:
                _serve(clause)
        return clauses

    def category(self, clause: Clause) -> str:
        verb = clause.verb.split(" ")[0] if clause.verb else ""
        if verb in _VERB_CATEGORY and verb not in {"get", "receive", "set"}:
            return _VERB_CATEGORY[verb]
        for word in re.findall(r"[a-z]+", clause.obj.lower()):
            singular = word[:-1] if word.endswith("s") else word
            if singular in _OBJECT_CATEGORY:
                return _OBJECT_CATEGORY[singular]
        return _VERB_CATEGORY.get(verb, "other")

    def goal(self, clause: Clause) -> str:
        condition = f"{_lower_first(clause.condition)}, " if clause.condition else ""
        if clause.noun_only:
            return _lower_first(clause.rest)
        if clause.system is not None:
            thing = _the(clause.system or "app")
            if clause.verb == "be":
                rest = clause.rest
                being = (
                    f"not to be {rest[4:]}" if rest.lower().startswith("not ") else f"to be {rest}"
                )
                return f"{thing} {being}{_suffix(condition)}"
            verb = f"{clause.manner} {clause.verb}".strip()
            return f"{thing} to {verb} {clause.rest}{_suffix(condition)}".strip()
        verb = f"{clause.manner} {clause.verb}".strip()
        return f"to {condition}{verb} {clause.rest}".strip()

    def story_line(self, role: str, clause: Clause, benefit: str) -> str:
        return f"As {_article(role)} {role}, I want {self.goal(clause)}, so that {benefit}."

    def title(self, clause: Clause) -> str:
        if clause.noun_only:
            words = clause.rest.split()
        elif clause.system is not None and clause.verb == "be":
            words = [*clause.system.split(), *clause.rest.split()]
        elif clause.system is not None:
            words = [*clause.system.split(), *_third(clause.verb).split(), *clause.obj.split()]
        else:
            words = [*clause.verb.split(), *(clause.obj or clause.rest).split()]
        return _capitalise(_cut(_drop_articles(words)))

    def benefit(self, clause: Clause, category: str) -> str:
        if clause.purpose:
            return _first_person(clause.purpose.rstrip(" ."))
        options = list(_BENEFITS.get(category, _BENEFITS["other"]))
        thing = _simple_object(clause.obj)
        if thing and category in _OBJECT_BENEFITS:
            # The requirement's own object makes the reason this story's, not its category's.
            options.append(_OBJECT_BENEFITS[category].format(obj=thing))
        return options[zlib.crc32(f"{clause.verb} {clause.obj}".encode()) % len(options)]

    def criteria(self, clause: Clause, category: str, role: str) -> list[str]:
        when, trying = self._when(clause)
        given, then = _HAPPY.get(category, _HAPPY["other"])
        bad_given, bad_then = _UNHAPPY.get(category, _UNHAPPY["other"])
        limit = _limit(clause.constraint)
        if limit:
            given, bad_given = limit
            bad_then = f"I see that this is only possible {clause.constraint}, and nothing changes"
        elif clause.constraint:
            bad_given = f'the condition "{clause.constraint}" is not met'
            bad_then = "I see why it is not available now, and nothing changes"
        return [
            f"Given {given}, when {when}, then {then}.",
            f"Given {bad_given}, when {trying}, then {bad_then}.",
        ]

    def with_stated_criteria(self, clause: Clause, category: str, stated: list[str]) -> list[str]:
        """The document's criteria in Given/When/Then form, then the category's unhappy path."""
        when, _ = self._when(clause)
        given, _ = _HAPPY.get(category, _HAPPY["other"])
        framed = [
            f"Given {given}, when {when}, then {_lower_first(text).rstrip('.')}."
            for text in stated[:4]
        ]
        return framed + self.criteria(clause, category, "")[1:]

    def _when(self, clause: Clause) -> tuple[str, str]:
        if clause.condition:
            situation = re.sub(r"^(?:if|when|once|whenever)\s+", "", clause.condition, flags=re.I)
            return _lower_first(situation), _lower_first(situation)
        if clause.noun_only:
            return f"I use {_lower_first(clause.rest)}", f"I try to use {_lower_first(clause.rest)}"
        if clause.system is not None:
            return "I use the app", "I use the app"
        rest = _without(clause.rest, clause.constraint)
        return f"I {clause.verb} {rest}".strip(), f"I try to {clause.verb} {rest}".strip()

    def task_title(self, clauses: list[Clause], category: str) -> str:
        """One story's title for a task of one; the kind of action for a task of several."""
        if len({(c.verb, c.obj) for c in clauses}) == 1:
            return self.title(clauses[0])
        return _TASKS.get(category, _TASKS["other"])

    def activity_title(self, clauses: list[Clause]) -> str:
        verbs = [c.verb.split(" ")[0] for c in clauses if c.verb and c.system is None]
        if not verbs:
            return _capitalise(_cut(_drop_articles(clauses[0].rest.split()), 4))
        verb = max(verbs, key=verbs.count)
        objects = [c.obj for c in clauses if c.verb.startswith(verb) and c.system is None]
        obj = max(objects, key=objects.count) if objects else ""
        return _capitalise(_cut([verb, *_drop_articles(obj.split())], 4))


def _serve(clause: Clause) -> None:
    """ "The app sends a reminder to the patient" -> the patient receives a reminder."""
    match = re.search(r"\bto\s+(?:the|a|an|each|every|all)?\s*(?P<who>[a-z]+)\b", clause.rest)
    if match and is_person(match.group("who").rstrip("s")):
        clause.role = match.group("who").rstrip("s")
        clause.rest = " ".join((clause.rest[: match.start()] + clause.rest[match.end() :]).split())
    clause.verb = _SERVED[clause.verb.split(" ")[0]]
    clause.system = None


def _limit(constraint: str | None) -> tuple[str, str] | None:
    if not constraint:
        return None
    for pattern, allowed, refused in _LIMITS:
        match = pattern.search(constraint)
        if match:
            number = match.group("n").strip(" .")
            return allowed.format(n=number), refused.format(n=number)
    return None


@cache
def _third(verb: str) -> str:
    """ "send" -> "sends", keeping "and"/"or" between verbs."""
    from lemminflect import getInflection

    return " ".join(
        word if word in {"and", "or"} else (getInflection(word, tag="VBZ") or (word,))[0]
        for word in verb.split()
    )


_FIRST_PERSON = {
    "they": "I",
    "their": "my",
    "them": "me",
    "he": "I",
    "she": "I",
    "his": "my",
    "her": "my",
}


def _first_person(text: str) -> str:
    return " ".join(_FIRST_PERSON.get(word.lower(), word) for word in text.split())


def _without(rest: str, constraint: str | None) -> str:
    if constraint and constraint in rest:
        rest = rest.replace(constraint, "")
    return " ".join(rest.split()).strip(" ,")


def _suffix(condition: str) -> str:
    return f" {condition.rstrip(', ')}" if condition else ""


def _the(thing: str) -> str:
    low = thing.lower()
    if low.split()[0] in {"the", "a", "an", "my", "our"}:
        return _lower_first(thing)
    return f"the {_lower_first(thing)}"


def _article(role: str) -> str:
    """ "a" or "an" by the sound the role starts with: an admin, a user, an hour-rate worker."""
    low = role.lower()
    if low.startswith(("uni", "use", "usu", "uti", "eu", "one", "ur")):
        return "a"
    if low.startswith(("hour", "honest", "heir")):
        return "an"
    return "an" if low[:1] in "aeiou" else "a"


_ARTICLES = {"a", "an", "the"}
_DANGLING = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "for",
    "with",
    "by",
    "in",
    "on",
    "at",
    "from",
    "my",
}


def _drop_articles(words: list[str]) -> list[str]:
    return [word for word in words if word.lower() not in _ARTICLES]


def _cut(words: list[str], limit: int = _MAX_TITLE_WORDS) -> str:
    """At most ``limit`` words, without asides in brackets, never ending on a small word."""
    words = _without_brackets(words)[:limit]
    while words and (words[-1].lower().strip(",;:") in _DANGLING or words[-1] in {",", "-"}):
        words = words[:-1]
    return " ".join(words).rstrip(" ,;:")


def _without_brackets(words: list[str]) -> list[str]:
    text = re.sub(r"\s*\([^)]*\)?", "", " ".join(w for w in words if w))
    return text.split()


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _lower_first(text: str) -> str:
    if not text or text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]


WRITER = EnglishWriter
