"""What the word lists and lemminflect say about an English word.

Whether it is a verb form and which verb ("cancels" -> "cancel"), and whether a noun names
people ("courier", "pharmacist", "driver") rather than things ("server", "checklist").
"""

from __future__ import annotations

from functools import cache

__all__ = ["NOUN_FIRST", "PARTS", "base_form", "is_person", "is_verb"]

#: Words lemminflect calls verbs that a list item rarely starts with as one.
NOUN_FIRST = {
    "dark", "light", "user", "users", "admin", "multi", "custom", "mobile", "email", "push",
    "social", "data", "game", "order", "profile", "support", "offline", "real", "time",
    "payment", "payments", "search", "login", "signup", "account", "option", "contrast",
    "polish", "core", "smooth", "free", "network", "team", "live", "file", "raid",
}  # fmt: skip
#: Parts of the product a short item names at its end: "Results display page" is a page.
PARTS = {
    "page", "screen", "component", "indicator", "panel", "widget", "tab", "section", "bar",
    "button", "dialog", "modal", "window", "view", "form", "card", "banner", "menu",
}  # fmt: skip

_PRODUCT = {
    "system", "app", "application", "platform", "website", "site", "service", "tool",
    "portal", "product", "software", "bot", "api", "backend", "server", "dashboard",
}  # fmt: skip


@cache
def _lemmas(word: str) -> dict:
    from lemminflect import getAllLemmas

    return getAllLemmas(word)


def is_verb(word: str) -> bool:
    """Whether lemminflect knows ``word`` as a verb form."""
    return bool(word.isalpha()) and "VERB" in _lemmas(word.lower())


def base_form(word: str) -> str:
    """ "cancels" -> "cancel"; a word that is no verb form stays as it is."""
    lemmas = _lemmas(word.lower()).get("VERB")
    return lemmas[0] if lemmas else word.lower()


_PEOPLE = frozenset(
    """
    user customer client member admin administrator manager staff employee agent courier
    driver patient doctor teacher student parent guest visitor buyer seller owner author
    reader player host traveler traveller passenger rider organizer organiser attendee
    moderator editor reviewer operator technician nurse learner instructor developer
    designer tester analyst accountant contributor subscriber follower tenant landlord
    renter volunteer coach athlete fan viewer listener creator lead supervisor dispatcher
    cashier waiter chef cook receptionist pharmacist physician therapist caregiver applicant
    candidate recruiter investor donor citizen resident homeowner shopper merchant partner
    person people team everyone anyone someone participant officer clerk worker freelancer
    consultant mentor tutor child kid adult librarian dentist vet friend colleague neighbour
    neighbor family relative sibling spouse expert professional beginner crew audience
    hobbyist fellow guardian president landlady host homeowner newcomer novice pet-owner
    warden guard inspector auditor approver mechanic surgeon midwife pilot nanny sponsor
    vendor supplier contractor broker realtor steward concierge janitor cleaner porter
    ranger sheriff judge lawyer attorney clinician carer staffer intern trainee apprentice
    foreman engineer
    """.split()
)
_THINGS = frozenset(
    """
    server computer browser router folder timer filter printer scanner banner header footer
    container marker slider monitor cluster parameter identifier counter button order
    register number character letter chapter poster sticker trailer answer paper layer tier
    cover power water meter charger heater locker cooler dispenser
    """.split()
)


#: Endings of things that look like a person's suffix: "checklist", "payment", "event".
_NOT_PERSON_ENDS = ("list", "ment", "vent", "tent", "ident", "gent", "mist", "wrist", "twist")


def is_person(noun: str) -> bool:
    """Whether a singular noun names people: a known role, or a person's suffix."""
    noun = noun.lower()
    if noun in _PEOPLE:
        return True
    if noun in _THINGS or noun in _PRODUCT:
        return False
    if noun.endswith(("ist", "ant", "ent", "ee", "ian")) and not noun.endswith(_NOT_PERSON_ENDS):
        return True
    # "driver", "visitor", "manager": someone who does what the verb says.
    for suffix in ("er", "or", "r"):
        stem = noun[: -len(suffix)] if noun.endswith(suffix) else ""
        if (
            len(stem) >= 3
            and (is_verb(stem) or is_verb(stem + "e"))
            and base_form(stem) in {stem, stem + "e"}
        ):
            return True
    return False
