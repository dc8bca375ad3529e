"""Categories: what a story is about, and where it sits in a user's journey.

A goal's verb and the words after it go in; out comes its category (``category_of``: "track
my order" -> track, "edit my profile" -> account), a feature's category from its keywords
(``feature_category``), and the quality or security category of a non-functional requirement
(``quality_category``). ``CLUSTER_OF`` and ``CLUSTER_RANK`` put each category in a journey
step (sign up, find, order, pay, fulfil, follow, manage, review) in the order a user meets
them; later stages pick criteria, benefits and activities by these.
"""

from __future__ import annotations

from generation.mapping.goals import Goal
from generation.mapping.phrases import object_phrase
from generation.mapping.text import norm
from generation.mapping.vocabulary import BASE_OF, KIND_OF, STANDALONE_NOMINALS

# Story categories by the goal's main verb; weak verbs defer to the object's keywords.
_CATEGORY_VERBS = {
    "signup": "register join onboard sign_up",
    "login": "login logout authenticate sign_in sign_out log_in log_out",
    "search": "search find filter sort browse discover explore locate compare look_up",
    "view": "view see display show read open check preview watch access",
    "save": "save bookmark favourite favorite pin",
    "create": "create add book reserve order place request submit select choose buy log record "
    "list purchase check_in schedule reschedule reorder customise customize post publish write "
    "apply enter "
    "fill_in claim redeem split start",
    "cancel": "cancel return undo",
    "pay": "pay checkout check_out tip refund charge deposit withdraw top_up transfer",
    "fulfil": "deliver pick_up accept decline reject prepare pack ship dispatch fulfil fulfill "
    "complete hand_over drop_off",
    "track": "track monitor follow",
    "notify": "notify remind alert subscribe unsubscribe opt_in opt_out receive",
    "communicate": "chat message contact call email reply respond comment",
    "manage": "manage edit update delete remove change configure set set_up adjust assign "
    "approve upload archive restore block ban suspend rename organise organize mark import "
    "enable disable lock unlock deactivate moderate verify invite",
    "review": "rate review like vote recommend",
    "report": "report export download analyse analyze print generate calculate",
}
_VERB_CATEGORY = {
    verb.replace("_", " "): category
    for category, verbs in _CATEGORY_VERBS.items()
    for verb in verbs.split()
}
# Verbs that, applied to an account, profile or password, are about the user's own account.
_ACCOUNT_VERBS = {
    "create", "open", "register", "set up", "delete", "reset", "change", "update", "edit",
    "manage", "verify", "confirm", "recover", "deactivate", "close", "set",
}  # fmt: skip
_WEAK_VERBS = {
    "view", "see", "show", "display", "access", "get", "have", "use", "receive", "add", "create",
    "set", "change", "update", "edit", "send", "make", "give", "open", "check", "manage", "be",
    "enter", "select", "choose", "keep", "store", "list", "support", "provide", "allow",
}  # fmt: skip
_KEYWORD_CATEGORY = {
    **dict.fromkeys(
        "account accounts password passwords profile profiles credentials login "
        "registration signup sign-up identity".split(),
        "account",
    ),
    **dict.fromkeys(
        "payment payments card cards checkout refund refunds tip tips wallet billing payout "
        "payouts earnings".split(),
        "pay",
    ),
    **dict.fromkeys(
        "notification notifications alert alerts reminder reminders push sms".split(), "notify"
    ),
    **dict.fromkeys(
        "report reports analytics statistics stats metrics revenue sales insights".split(),
        "report",
    ),
    **dict.fromkeys("rating ratings review reviews feedback".split(), "review"),
    **dict.fromkeys(
        "receipt receipts confirmation confirmations email emails newsletter".split(), "notify"
    ),
    **dict.fromkeys("location status progress eta history whereabouts position".split(), "track"),
    **dict.fromkeys("message messages chat conversation conversations".split(), "communicate"),
    **dict.fromkeys(
        "results catalogue catalog listings recommendations suggestions".split(), "search"
    ),
    **dict.fromkeys("favourites favorites wishlist bookmarks".split(), "save"),
}

# User-journey order of the activity clusters, with the categories each one gathers.
_CLUSTERS = [
    ("account", {"signup", "login", "account"}),
    ("discover", {"search", "view", "save"}),
    ("order", {"create", "cancel"}),
    ("pay", {"pay"}),
    ("fulfil", {"fulfil"}),
    ("follow", {"track", "notify", "communicate"}),
    ("manage", {"manage"}),
    ("review", {"review", "report"}),
    ("other", {"generic", "quality", "security", "rule"}),
]
CLUSTER_OF = {category: name for name, categories in _CLUSTERS for category in categories}
CLUSTER_RANK = {name: rank for rank, (name, _) in enumerate(_CLUSTERS)}


# Words that mark a quality (non-functional) requirement, and the security ones among them.
_SECURITY_WORDS = {
    "encrypted", "encryption", "encrypt", "secure", "securely", "security", "gdpr", "privacy",
    "private", "tls", "https", "hashed", "permissions", "audit",
}  # fmt: skip
_QUALITY_WORDS = _SECURITY_WORDS | {
    "seconds", "second", "ms", "milliseconds", "uptime", "offline", "wcag", "accessible",
    "accessibility", "availability", "available", "concurrent", "performance", "latency",
    "scalable", "scale", "backup", "backups", "compliant", "compliance", "responsive", "fast",
    "reliable", "languages", "localised", "localized", "browsers", "devices",
}  # fmt: skip
_QUALITY_VERBS = {"respond", "load", "work", "sync", "scale", "run", "perform", "encrypt"}


def category_of(verb: str, rest: list[str]) -> str:
    """Pick the story category from the verb, letting the object decide for weak verbs."""
    category = _VERB_CATEGORY.get(verb) or _VERB_CATEGORY.get(verb.split(" ")[0])
    keyword = None
    for word in reversed(object_phrase(rest)):
        keyword = _KEYWORD_CATEGORY.get(word.lower())
        if keyword:
            break
    if keyword == "account":  # "edit my profile" is about my account, "view a profile" is not
        if verb in _ACCOUNT_VERBS:
            return "signup" if verb in {"create", "open"} else "account"
        keyword = None
    if keyword and (category is None or verb in _WEAK_VERBS):
        return keyword
    return category or "generic"


def feature_category(words: list[str]) -> str:
    """Pick a category for a noun-phrase feature from its keywords, head noun first."""
    for word in reversed(words):
        low = norm(word)
        if low in _KEYWORD_CATEGORY:
            return _KEYWORD_CATEGORY[low]
        base = BASE_OF.get(low)
        if base and base in _VERB_CATEGORY and KIND_OF.get(low) in {"ing", "base"}:
            return _VERB_CATEGORY[base]
        if low in STANDALONE_NOMINALS:
            verb = STANDALONE_NOMINALS[low].split(" ")[0].lower()
            if verb in _VERB_CATEGORY:
                return _VERB_CATEGORY[verb]
    return "generic"


def quality_category(goal: Goal, category: str) -> str:
    """Recognise non-functional requirements (speed, availability, security) by their words."""
    words = {norm(w) for w in goal.rest} | set(goal.goal_text.lower().split())
    if goal.passive:
        words.add(goal.verb)
    system_quality = goal.kind == "system" and goal.verb in _QUALITY_VERBS
    if not (words & _QUALITY_WORDS or system_quality) or (
        category != "generic" and goal.kind != "system"
    ):
        return category
    if words & _SECURITY_WORDS or goal.verb == "encrypt":
        return "security"
    if category in {"generic", "communicate", "view"} or system_quality:
        return "quality"
    return category
