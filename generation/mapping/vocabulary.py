"""Vocabulary: the English words the offline generator knows, and its verb inflection tables.

Not a stage but what every stage reads words against; nothing goes in. Out come word lists
(verbs, modals, roles, function words, nouns that name a heading's activity) and the tables
built from them at import: ``BASE_OF`` and ``KIND_OF`` map every known verb form ("accepts",
"cancelled", "booking") to its base form and to its kind (base, 3sg, pp or ing), and
``past_participle`` goes the other way.
"""

from __future__ import annotations

import re

_VERBS = """
accept access add adjust allow apply approve archive assign attach authenticate authorise
authorize ban block book bookmark browse buy calculate call cancel change charge chat check
choose claim clear close collect comment compare complete configure confirm connect contact copy
create customise customize deactivate decline delete deliver deposit disable discover dispatch
display do download drag drop duplicate earn edit email enable enter estimate explore export fill
filter find finish flag follow forward fulfil fulfill generate get give hand help hide highlight
import invite join keep leave let like link list load locate lock log look make manage mark merge
message moderate modify monitor move navigate notify open opt order organise organize pack pause
pay pick pin place plan play post prepare preview print process publish purchase rate read receive
recommend record redeem refund register reject remind remove rename reorder repeat reply report
request reschedule reserve reset respond restore resume retry return review save scan schedule
search see select sell send set share ship show sign skip sort split start stop store submit
subscribe suggest support suspend switch sync tag take tap tell tip top track transfer translate
turn undo unlock unsubscribe update upgrade upload use validate verify view vote watch withdraw
write travel swap exchange trade rent lend borrow donate learn teach study meet walk drive ride
eat offer win bid match hire attend sponsor stream listen practise practice train work earn talk
ask answer visit bring carry wait reach reward recover encrypt load run perform scale comply
""".split()

# Past participles that the regular rules in _inflections cannot produce.
_IRREGULAR = {
    "bought": "buy", "built": "build", "chosen": "choose", "done": "do", "found": "find",
    "given": "give", "got": "get", "gotten": "get", "hidden": "hide", "kept": "keep",
    "left": "leave", "made": "make", "paid": "pay", "read": "read", "seen": "see", "sent": "send",
    "set": "set", "shown": "show", "sold": "sell", "split": "split", "taken": "take",
    "told": "tell", "written": "write",
}  # fmt: skip

# Verbs that form phrasal verbs with these particles ("pick up", "log in", "check out").
PARTICLES = {
    "sign": {"up", "in", "out"}, "log": {"in", "out"}, "pick": {"up"}, "check": {"in", "out"},
    "set": {"up"}, "top": {"up"}, "opt": {"in", "out"}, "look": {"up"}, "drop": {"off"},
    "hand": {"over", "off", "in"}, "fill": {"in", "out"}, "turn": {"on", "off"},
    "switch": {"on", "off"},
    "follow": {"up"}, "back": {"up"},
}  # fmt: skip

# Words that are both verbs and nouns; followed by one of NOUN_HEADS they start a noun phrase.
NOUN_VERBS = {
    "order", "book", "search", "review", "rate", "track", "message", "request", "report",
    "schedule", "list", "post", "share", "chat", "comment", "tip", "sign", "support", "update",
    "check", "display", "filter", "export", "import", "upload", "download", "email", "call",
    "record", "plan", "store", "play", "print", "process", "return", "payment", "log", "set",
}  # fmt: skip
NOUN_HEADS = {
    "history", "page", "pages", "screen", "screens", "status", "summary", "details", "detail",
    "form", "forms", "button", "flow", "list", "view", "settings", "confirmation", "tracking",
    "management", "system", "api", "module", "feature", "features", "dashboard", "panel",
    "number", "id", "results", "result", "bar", "box", "field", "section", "tab", "widget",
    "component", "window", "dialog", "notifications", "notification", "data", "log", "logs",
    "queue", "limit", "limits", "type", "types", "options", "option", "engine", "service",
    "integration", "functionality", "capability",
}  # fmt: skip

MODALS = {"can", "could", "should", "must", "will", "may", "shall", "might", "would"}
NEG_MODALS = {
    "cannot", "can't", "won't", "shouldn't", "mustn't", "couldn't", "mayn't", "shan't",
    "wouldn't",
}  # fmt: skip
# "need to", "has to" ... work like a modal when followed by "to".
TO_VERBS = {"need", "needs", "have", "has", "want", "wants", "wish", "wishes"}
# "The app lets couriers accept jobs": the courier is the one who wants it.
ALLOW = {
    "allow", "allows", "let", "lets", "enable", "enables", "permit", "permits", "help", "helps",
}  # fmt: skip
OBJECT_CONTROL = ALLOW | {
    "help", "helps", "invite", "ask", "remind", "tell", "encourage", "require", "prompt",
    "force", "get", "want", "need", "expect", "teach", "use",
}  # fmt: skip

_ROLES = """
user customer client buyer shopper seller vendor merchant supplier courier driver rider admin
administrator moderator manager owner operator staff employee agent guest visitor member
subscriber reader author editor writer publisher creator host traveler traveller passenger
patient doctor nurse clinician student teacher instructor tutor parent learner player coach
trainer tenant landlord renter organizer organiser attendee participant volunteer donor developer
designer tester reviewer approver recruiter candidate applicant employer freelancer contractor
investor analyst accountant cashier waiter chef cook dispatcher technician citizen resident viewer
listener artist restaurant store shop business partner team organization organisation company
school hotel pharmacy person people everyone anyone worker officer lawyer homeowner buyer
""".split()
ROLE_SET = set(_ROLES)
# Plurals the rules in text.singular_of cannot undo, and words that stand for any user.
IRREGULAR_PLURALS = {
    "people": "person", "staff": "staff member", "personnel": "staff member",
    "children": "child", "men": "man", "women": "woman", "everyone": "user", "anyone": "user",
    "everybody": "user", "anybody": "user",
}  # fmt: skip
# Singular nouns that end in "s" ("status", "bus").
SINGULAR_S = {
    "status", "bus", "campus", "bonus", "virus", "focus", "census", "corpus", "radius", "plus",
    "thus", "us", "news", "series", "analytics", "settings", "gps", "sms", "ios", "canvas",
}  # fmt: skip
# Nouns without a plural ("staff", "data").
UNCOUNTABLE = {
    "staff", "data", "information", "content", "inventory", "feedback", "equipment", "software",
    "food", "money", "news", "progress", "history", "availability", "access", "music", "advice",
    "delivery", "status", "analytics", "settings",
}  # fmt: skip
SYSTEM_WORDS = {
    "app", "application", "system", "platform", "site", "website", "service", "product", "tool",
    "backend", "server", "api", "software", "solution", "portal", "we", "it", "this", "bot",
    "chatbot", "marketplace",
}  # fmt: skip
PRONOUNS = {"they", "he", "she", "i", "you"}
DETERMINERS = {
    "a", "an", "the", "all", "each", "every", "any", "some", "our", "your", "their", "its", "my",
    "his", "her", "this", "that", "these", "those", "only", "both", "other", "also", "then",
}  # fmt: skip
POSSESSIVES = {"my", "their", "his", "her", "your", "our", "its"}

# Words that may open a new clause before its subject ("..., and couriers can ...").
CLAUSE_OPENERS = {"and", "or", "but", "while", "whereas", "where", "also", "then", "plus"}
SUBORDINATORS = {"when", "if", "once", "after", "before", "whenever", "as", "until", "while"}
FUNCTION_WORDS = (
    MODALS
    | NEG_MODALS
    | CLAUSE_OPENERS
    | SUBORDINATORS
    | {
        "to", "for", "from", "with", "by", "in", "on", "at", "of", "into", "via", "through",
        "within", "during", "so", "that", "which", "who", "whose", "whom", "what", "how", "why",
        "whether", "because", "than", "is", "against", "about", "across", "along", "among",
        "around", "behind", "below", "between", "beyond", "inside", "near", "onto", "outside",
        "past", "toward", "towards", "upon", "versus", "vs", "except", "despite", "under",
        "are", "be", "been", "was", "were", "not", "no", "using", "including", "able",
    }
)  # fmt: skip
NP_STOPS = FUNCTION_WORDS - {"of"} | {
    "when", "if", "so", "and", "or", "as", "per", "without", "up", "down", "out", "off", "over",
    "&", "based", "like", "such",
}  # fmt: skip

PUNCT = "\"'`.,;:!?()[]{}<>«»“”‘’…*_~|/\\"

# Headings that name a process ("Order tracking"): the verb acts on the words before the noun.
PROCESS_NOMINALS = {
    "management": "Manage", "tracking": "Track", "search": "Search", "searching": "Search",
    "browsing": "Browse", "discovery": "Discover", "ordering": "Order", "booking": "Book",
    "bookings": "Book", "scheduling": "Schedule", "payment": "Pay for", "payments": "Pay for",
    "checkout": "Check out", "registration": "Register", "moderation": "Moderate",
    "delivery": "Deliver", "deliveries": "Deliver", "fulfilment": "Fulfil",
    "fulfillment": "Fulfil", "sharing": "Share", "editing": "Edit", "creation": "Create",
    "publishing": "Publish", "scanning": "Scan", "planning": "Plan", "reporting": "Report on",
    "administration": "Administer", "invoicing": "Invoice", "messaging": "Message",
}  # fmt: skip
# Headings that name a thing ("User accounts"): the verb acts on the whole heading.
THING_NOMINALS = {
    "account": "Manage", "accounts": "Manage", "profile": "Manage", "profiles": "Manage",
    "settings": "Change", "preferences": "Change", "cart": "Fill", "favourites": "Save",
    "favorites": "Save", "notifications": "Get", "notification": "Get", "reports": "View",
    "analytics": "View", "dashboard": "View", "messages": "Send", "feedback": "Give",
    "reviews": "Write", "ratings": "Give", "invoices": "Send", "uploads": "Manage",
}  # fmt: skip
# A one-word heading as a verb phrase ("Payments" -> "Pay").
STANDALONE_NOMINALS = {
    **{noun: verb for noun, verb in PROCESS_NOMINALS.items()},
    **{noun: f"{verb} {noun}" for noun, verb in THING_NOMINALS.items()},
    "payment": "Pay", "payments": "Pay", "booking": "Make a booking", "bookings": "Make a booking",
    "ordering": "Place an order", "tracking": "Track progress", "checkout": "Check out",
    "signup": "Sign up", "sign-up": "Sign up", "onboarding": "Get started", "login": "Log in",
    "log-in": "Log in", "authentication": "Sign in", "notifications": "Get notified",
    "reviews": "Rate and review", "ratings": "Rate and review", "reporting": "View reports",
    "reports": "View reports", "admin": "Administer", "account": "Manage my account",
    "profile": "Manage my profile", "cart": "Fill the cart", "billing": "Pay",
    "support": "Get help", "help": "Get help", "chat": "Chat", "communication": "Communicate",
    "upload": "Upload", "uploads": "Upload", "export": "Export", "import": "Import",
    "messaging": "Send messages", "delivery": "Deliver", "deliveries": "Deliver",
}  # fmt: skip


def _inflections(base: str) -> dict[str, str]:
    """Return the third-person, past-participle and -ing forms of a regular verb."""
    vowels = "aeiou"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in vowels:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past, ing = base + "d", (base + "ing" if base.endswith("ee") else base[:-1] + "ing")
    elif base.endswith("y") and base[-2:-1] not in vowels:
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    forms = {third: "3sg", past: "pp", ing: "ing"}
    # Short consonant-vowel-consonant verbs double the last letter (stop -> stopped); the
    # undoubled variant is kept too, since both spellings occur (canceled, cancelled).
    if re.fullmatch(r".*[^aeiou][aeiou][bdgklmnprt]", base):
        forms[base + base[-1] + "ed"] = "pp"
        forms[base + base[-1] + "ing"] = "ing"
    return forms


def _build_verb_forms() -> tuple[dict[str, str], dict[str, str]]:
    """Map every known verb form to its base form, and to its kind (base/3sg/pp/ing)."""
    base_of: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    for base in _VERBS:
        for form, kind in _inflections(base).items():
            base_of.setdefault(form, base)
            kind_of.setdefault(form, kind)
    for form, base in _IRREGULAR.items():
        base_of.setdefault(form, base)
        kind_of.setdefault(form, "pp")
    for base in _VERBS:  # base forms win over coincidental inflections
        base_of[base] = base
        kind_of[base] = "base"
    return base_of, kind_of


BASE_OF, KIND_OF = _build_verb_forms()


def past_participle(verb: str) -> str:
    """Return the past participle of a (phrasal) base verb: "pick up" -> "picked up"."""
    head, _, particle = verb.partition(" ")
    irregular = {base: form for form, base in _IRREGULAR.items() if form not in {"got", "read"}}
    if head in irregular:
        form = irregular[head]
    elif _doubles_last_letter(head):
        form = head + head[-1] + "ed"
    else:
        form = next((f for f, k in _inflections(head).items() if k == "pp"), head + "ed")
    return f"{form} {particle}".strip()


def _doubles_last_letter(verb: str) -> bool:
    """True for verbs spelt with a doubled last letter before "-ed" (stop, plan, cancel)."""
    if not re.fullmatch(r".*[^aeiou][aeiou][bdgklmnprt]", verb):
        return False
    one_syllable = len(re.findall(r"[aeiouy]+", verb)) == 1
    return one_syllable or verb.endswith("l") or verb in {"submit", "commit", "refer", "admit"}
