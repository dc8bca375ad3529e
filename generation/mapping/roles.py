"""Roles: which words name the people a requirement is for ("couriers", "restaurant staff").

A helper stage for headings, clauses and goals: a word or a short noun phrase goes in, and out
comes whether it names a person (``is_actor_noun``) and the role it names, in the singular
(``role_from_words``: "Restaurant staff" -> "restaurant staff member"). ``BACK_OFFICE`` lists
the roles whose browsing and creating a map files under managing.
"""

from __future__ import annotations

from generation.mapping.text import norm, singular_of
from generation.mapping.vocabulary import DETERMINERS, KIND_OF, ROLE_SET

# Nouns with person-like endings ("-er", "-or", "-ent") that do not name people.
_NOT_ACTORS = set(
    """
    order number folder header footer banner timer paper computer server printer container layer
    letter cover corner power water center centre marker poster sticker voucher trailer error
    color colour sensor indicator calculator selector cursor parameter counter slider tracker
    scanner router answer offer reminder character chapter cluster buffer wrapper handler filter
    border browser calendar newsletter weather summer winter matter other either whether ever
    never however together rather further under after over integer identifier event content
    component percent intent current talent patent variant constant plant elephant giant
    ingredient gradient document spinner dinner burger charger adapter controller factor vector
    behavior behaviour favor favour mirror door floor interior exterior anchor guarantee coffee
    committee fee degree
    """.split()
)
# Roles that mostly work behind the scenes: their browsing and creating is management.
BACK_OFFICE = {
    "admin", "administrator", "moderator", "manager", "operator", "staff", "employee",
    "dispatcher", "restaurant", "store", "shop", "business", "merchant", "vendor", "team",
}  # fmt: skip


def is_actor_noun(word: str) -> bool:
    """True for nouns that name people: known roles, and "-er", "-ist", "-ant" style nouns."""
    if word in ROLE_SET:
        return True
    return (
        len(word) > 4
        and word.isalpha()
        and word.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee"))
        and not word.endswith(("ment", "ness"))
        and word not in _NOT_ACTORS
        and word not in KIND_OF  # "register", "filter", "deliver" are verbs here
    )


_PASSING_STATES = {
    "new", "existing", "available", "nearby", "local", "other", "current", "independent",
    "individual", "active", "verified", "registered", "logged-in", "signed-in", "anonymous",
    "authenticated", "premium", "free", "paying", "first-time", "returning", "ideally",
}  # fmt: skip


def _is_role_modifier(word: str) -> bool:
    """True for words that name a kind of person ("restaurant" staff), not a passing state."""
    adjective = word.endswith(("est", "able", "ible", "ful", "less", "ous", "ive", "ly"))
    return word.replace("-", "").isalpha() and not adjective and word not in _PASSING_STATES


def role_from_words(words: list[str]) -> str | None:
    """Return the role a short noun phrase names ("restaurant staff" -> "... staff member")."""
    words = [w for w in words if w and norm(w) not in DETERMINERS]
    if not words or len(words) > 3:
        return None
    head = norm(words[-1])
    singular = singular_of(head)
    if not (is_actor_noun(singular.split(" ")[0]) or head in ROLE_SET):
        return None
    modifiers = [m for m in (norm(w) for w in words[:-1]) if _is_role_modifier(m)]
    if singular in {"user"} and modifiers == []:
        return "user"
    if head in {"everyone", "anyone", "everybody", "anybody"}:
        return "user"
    return " ".join([*modifiers, singular])
