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
from collections import Counter
from functools import cache

from generation.languages.clauses import Clause
from generation.languages.en.clauses import base_form, is_person, is_verb, read_clauses
from generation.languages.en.criteria import benefit_of, criteria_of
from generation.languages.en.speaker import SPEAKER, as_speaker, introduction
from generation.languages.en.titles import title_of
from generation.languages.en.words import is_plural, singular, third_person

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
#: What the product does, as the person it serves does it: "send a reminder" -> "receive".
_SERVED = {
    "send": "receive",
    "email": "receive",
    "show": "see",
    "display": "see",
    "notify": "be notified about",
    "remind": "receive",
    "alert": "receive",
}
#: "remind the driver ..." -> the driver receives "a reminder ...".
_MESSAGES = {"remind": "a reminder", "notify": "a notification", "alert": "an alert"}
_PERSON_OBJECT = re.compile(
    r"^(?:(?:the|a|an|each|every|all|any)\s+)?(?P<who>[a-z]+)\b\s*(?P<after>.*)$", re.I
)


#: Where a page shows things: "the page shows a warning" is the product's behaviour.
_PLACES = {"page", "screen", "homepage", "home page", "home screen", "footer", "header"}


class EnglishWriter:
    """Stories in English, from English requirements."""

    code = "en"
    default_role = "user"

    def __init__(self) -> None:
        #: The role the brief gives its "I" ("As the owner", "I own 3 restaurants"), and
        #: whether the brief declared it in so many words.
        self._speaker: str | None = None
        self._declared = False
        #: The clauses whose subject is the brief's "I", read so far.
        self._spoken: list[Clause] = []
        #: Every clause read so far: what the document keeps is what most of them are about.
        self._read: list[Clause] = []

    def clauses(self, text: str) -> list[Clause]:
        """The clauses of one sentence, in document order; "I" is the role the brief names."""
        role, only = introduction(text)
        if role:
            self._learn(role, declared=not only)
        if only:
            return []
        clauses = read_clauses(text)
        _named_objects(clauses, self._read)
        self._read += clauses
        for clause in clauses:
            if clause.system is not None and clause.verb.split(" ")[0] in _SERVED:
                if clause.system.lower() not in _PLACES:
                    _serve(clause)
            if clause.role == SPEAKER:
                self._spoken.append(clause)
                clause.role = self._speaker
                if self._speaker:
                    as_speaker(clause, self._speaker)
        return clauses

    def _learn(self, role: str, *, declared: bool) -> None:
        """The brief says who its "I" is; its words ("As the owner") outweigh a hint ("I own")."""
        if self._speaker and (self._declared or not declared):
            return
        self._speaker, self._declared = role, declared
        for clause in self._spoken:
            as_speaker(clause, role)

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
        """What the story wants, restated: examples and the words the product shows left to
        the criteria ("inline toast “Tiny win banked.”" -> "inline toast")."""
        return _restated(self._goal(clause))

    def _goal(self, clause: Clause) -> str:
        condition = f"{_lower_first(clause.condition)}, " if clause.condition else ""
        if clause.noun_only:
            if _describes_product(clause.rest):  # "Hosted on a public domain"
                return f"the app {_lower_first(clause.rest)}"
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
        if verb.startswith("not "):  # "Users cannot edit others' posts"
            return f"not to be able to {verb[4:]} {clause.rest}{_suffix(condition)}".strip()
        return f"to {verb} {clause.rest}{_suffix(_first_person(condition))}".strip()

    def story_line(self, role: str, clause: Clause, benefit: str) -> str:
        return f"As {_article(role)} {role}, I want {self.goal(clause)}, so that {benefit}."

    def title(self, clause: Clause) -> str:
        return title_of(clause, _third(clause.verb) if clause.verb else "")

    def benefit(self, clause: Clause, category: str) -> str:
        if clause.purpose:
            return _first_person(_named_pronoun(clause, clause.purpose.rstrip(" .")))
        return benefit_of(clause, keeps=self._kept())

    def _kept(self) -> str | None:
        """The action of what the document is about, when most of its items name it: a
        "record" in "Records on different games", "Search for different records", ..."""
        read = len(self._read)
        if getattr(self, "_kept_for", None) == read:  # counted once for the clauses read
            return self._kept_verb
        counts = Counter(verb for clause in self._read for verb in {_kept_action(clause)} if verb)
        verb, count = counts.most_common(1)[0] if counts else ("", 0)
        self._kept_for, self._kept_verb = read, (verb if count >= max(3, read // 6) else None)
        return self._kept_verb

    def criteria(self, clause: Clause, category: str, role: str) -> list[str]:
        when, trying = self._when(clause)
        return _exclusive(clause, criteria_of(clause, when, trying))

    def with_stated_criteria(self, clause: Clause, category: str, stated: list[str]) -> list[str]:
        """The document's criteria in Given/When/Then form, then the requirement's unhappy path."""
        when, trying = self._when(clause)
        return _exclusive(clause, criteria_of(clause, when, trying, stated=stated[:4]))

    def _when(self, clause: Clause) -> tuple[str, str]:
        if clause.condition:
            situation = re.sub(r"^(?:if|when|once|whenever)\s+", "", clause.condition, flags=re.I)
            return _lower_first(situation), _lower_first(situation)
        if clause.noun_only and _describes_product(clause.rest):
            return "I open the app", "I try to open the app"
        if clause.noun_only:
            feature = _restated(_lower_first(clause.rest))
            return f"I use {feature}", f"I try to use {feature}"
        if clause.system is not None and clause.verb == "be":
            thing = _the(clause.system or "app")
            return f"I look at {thing}", f"I look at {thing}"
        if clause.system is not None:
            doing = f"{_the(clause.system or 'app')} {_third(clause.verb)} {clause.rest}"
            return doing.strip(), doing.strip()
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


_POINTING = {"this", "that", "these", "those", "it", "them"}
#: "a few of the menu items": which of them is the person's choice, not the story's object.
_QUANTIFIED = re.compile(
    r"^(?:a few|a couple|some|several|one or more|any|many|most) of (?=(?:the|my|our|your)\b)",
    re.I,
)


def _named_objects(clauses: list[Clause], earlier: list[Clause]) -> None:
    """ "The customer can see this but only the director can change the status of an order":
    "this" is the status of an order, named by the next clause or else by the one before."""
    for index, clause in enumerate(clauses):
        clause.rest, clause.obj = _QUANTIFIED.sub("", clause.rest), _QUANTIFIED.sub("", clause.obj)
        if not clause.verb or clause.rest.lower() not in _POINTING:
            continue
        named = [c for c in [*clauses[index + 1 :], *reversed(earlier[-3:])] if c.obj]
        named = [c for c in named if c.obj.lower() not in _POINTING and len(c.obj.split()) <= 6]
        if named:
            clause.rest = clause.obj = _lower_first(named[0].obj)


#: A quotation of what the product shows ("“Tiny win banked.”"), and an aside it leaves empty.
_QUOTATION = re.compile(r'\s*[:,]?\s*["“«„][^"“”«»„]*\s[^"“”«»„]*\s[^"“”«»„]*["”»“]')
_EMPTIED = re.compile(r"\s*\((?:\s*(?:e\.\s?g\.|eg\b|for example|such as)?[\s,.;:+&/]*)\)", re.I)


def _restated(goal: str) -> str:
    """The goal without quotations of three words or more: the criteria hold those."""
    text = _EMPTIED.sub("", _QUOTATION.sub("", goal))
    return " ".join(text.split()).strip(" ,;:") or goal


def _describes_product(rest: str) -> bool:
    """ "Hosted on a public domain", "Accessible via username and password": how the product
    is, said by a participle or an adjective of ability, not by a thing it has."""
    words = rest.lower().split()
    if len(words) < 2 or words[1] not in _HOW:  # "Shared lists" are lists
        return False
    first = words[0]
    participle = first.endswith("ed") and is_verb(first) and base_form(first) != first
    return participle or first.endswith(("able", "ible"))


_HOW = {"on", "in", "at", "via", "by", "with", "through", "from", "over", "for", "to", "offline"}


def _kept_action(clause: Clause) -> str | None:
    """The action a clause's object names when it is a thing the product keeps ("records")."""
    for word in re.findall(r"[a-z]+", (clause.obj or clause.rest).lower()):
        if singular(word) in _KEPT:
            return _KEPT[singular(word)]
    return None


#: Things a product keeps, and the action of keeping them.
_KEPT = {"record": "record", "log": "log", "note": "note", "entry": "record", "journal": "log"}


def _exclusive(clause: Clause, criteria: list[str]) -> list[str]:
    """ "I will be the only one adding menu items": the unhappy path is someone else trying."""
    if not clause.role or clause.constraint != f"only the {clause.role}" or not clause.verb:
        return criteria
    doing = f"{clause.verb} {_without(clause.rest, clause.constraint)}".strip()
    other = (
        f"Given someone other than the {clause.role} is signed in, when they try to {doing}, "
        f"then they see that only the {clause.role} can do this, and nothing changes."
    )
    return [*criteria[: max(len(criteria) - 1, 1)], other]


def _serve(clause: Clause) -> None:
    """ "The app sends a reminder to the patient" -> the patient receives a reminder;
    "the app reminds the driver 10 minutes before ..." -> the driver receives a reminder."""
    verb = clause.verb.split(" ")[0]
    direct = _PERSON_OBJECT.match(clause.rest)
    if verb in _MESSAGES and direct and is_person(singular(direct.group("who").lower())):
        clause.role = singular(direct.group("who").lower())
        after = direct.group("after")
        after = re.sub(r"^(?:about|of)\s+", "about ", after)
        after = re.sub(
            r"^to\s+(?=(?:a|an|the|new|any)\s)", "about ", after
        )  # "alert ... to a new order"
        clause.rest = f"{_MESSAGES[verb]} {after}".strip()
        clause.obj = _MESSAGES[verb]
        clause.verb = "receive"
        clause.system = None
        return
    match = re.search(r"\bto\s+(?:the|a|an|each|every|all)?\s*(?P<who>[a-z]+)\b", clause.rest)
    if match and is_person(match.group("who").rstrip("s")):
        clause.role = match.group("who").rstrip("s")
        clause.rest = " ".join((clause.rest[: match.start()] + clause.rest[match.end() :]).split())
    clause.verb = _SERVED[clause.verb.split(" ")[0]]
    if clause.verb.endswith(" about"):  # "notifies about new orders": one "about"
        clause.rest = re.sub(r"^about\s+", "", clause.rest)
    clause.system = None


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


_SOMEONE = re.compile(
    r"\b(?:with|to|for)\s+(?:a|an|the|my|their|his|her|other)?\s*(?P<who>[a-z-]+(?:\s+[a-z-]+)?)"
)


_MODAL_WORDS = {"can", "could", "will", "would", "may", "might", "must", "should", "do", "did"}


def _named_pronoun(clause: Clause, purpose: str) -> str:
    """ "share a pet's profile with a family member so they can see ...": "they" are the
    family member, not the person sharing."""
    first = purpose.split()[:1]
    if not first or first[0].lower() not in {"they", "he", "she"}:
        return purpose
    for match in _SOMEONE.finditer(clause.rest):
        words = match.group("who").split()
        who = next(
            (
                " ".join(words[:size])
                for size in (len(words), 1)
                if any(is_person(w) for w in (words[size - 1], singular(words[size - 1])))
            ),
            "",
        )
        if who and singular(who.split()[-1]) != singular((clause.role or "-").split()[-1]):
            verb, *more = purpose.split()[1:] or [""]
            if not is_plural(who.split()[-1]) and verb.lower() not in _MODAL_WORDS:
                verb = third_person(verb)
            return " ".join(["the", who, verb, *more])
    return purpose


def _first_person(text: str) -> str:
    return " ".join(_FIRST_PERSON.get(word.lower(), word) for word in text.split())


def _without(rest: str, constraint: str | None) -> str:
    if constraint and constraint in rest:
        rest = rest.replace(constraint, "")
    rest = re.sub(r"\s*\(\s*\)", "", " ".join(rest.split())).strip(" ,")
    return re.sub(r"\s+(?:of|with|for|to|in|on|at|by|and|or)$", "", rest)


def _suffix(condition: str) -> str:
    return f" {condition.rstrip(', ')}" if condition else ""


def _the(thing: str) -> str:
    thing = re.sub(r"^(?:all|every|each|any)\s+", "", thing, flags=re.I)  # "All health records"
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
