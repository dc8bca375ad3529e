"""The offline generator: a story map derived from the requirements text alone.

No network and no randomness, so the same text always gives the same map. The text is read
as loose markdown (headings, bullets, paragraphs, even pasted HTML), split into sentences, and
each sentence that states a requirement ("Customers can ...", "The app must ...", an imperative
bullet) becomes one or more user stories. Stories are grouped into tasks by their main verb and
object, and into activities by the document's headings or, failing that, by where the goal sits
in a typical user journey (sign up, find, order, pay, fulfil, follow, manage, review).

``requirement_sentences`` returns the sentences this reading counts as requirements, so the
quality report can say which of them a map (from any generator) leaves uncovered.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from generation.schemas import ActivityDraft, StoryDraft, StoryMapDraft, TaskDraft

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

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
_PARTICLES = {
    "sign": {"up", "in", "out"}, "log": {"in", "out"}, "pick": {"up"}, "check": {"in", "out"},
    "set": {"up"}, "top": {"up"}, "opt": {"in", "out"}, "look": {"up"}, "drop": {"off"},
    "hand": {"over", "off", "in"}, "fill": {"in", "out"}, "turn": {"on", "off"},
    "switch": {"on", "off"},
    "follow": {"up"}, "back": {"up"},
}  # fmt: skip

# Words that are both verbs and nouns; followed by one of _NOUN_HEADS they start a noun phrase.
_NOUN_VERBS = {
    "order", "book", "search", "review", "rate", "track", "message", "request", "report",
    "schedule", "list", "post", "share", "chat", "comment", "tip", "sign", "support", "update",
    "check", "display", "filter", "export", "import", "upload", "download", "email", "call",
    "record", "plan", "store", "play", "print", "process", "return", "payment", "log", "set",
}  # fmt: skip
_NOUN_HEADS = {
    "history", "page", "pages", "screen", "screens", "status", "summary", "details", "detail",
    "form", "forms", "button", "flow", "list", "view", "settings", "confirmation", "tracking",
    "management", "system", "api", "module", "feature", "features", "dashboard", "panel",
    "number", "id", "results", "result", "bar", "box", "field", "section", "tab", "widget",
    "component", "window", "dialog", "notifications", "notification", "data", "log", "logs",
    "queue", "limit", "limits", "type", "types", "options", "option", "engine", "service",
    "integration", "functionality", "capability",
}  # fmt: skip

_MODALS = {"can", "could", "should", "must", "will", "may", "shall", "might", "would"}
_NEG_MODALS = {
    "cannot", "can't", "won't", "shouldn't", "mustn't", "couldn't", "mayn't", "shan't",
    "wouldn't",
}  # fmt: skip
# "need to", "has to" ... work like a modal when followed by "to".
_TO_VERBS = {"need", "needs", "have", "has", "want", "wants", "wish", "wishes"}
# "The app lets couriers accept jobs": the courier is the one who wants it.
_ALLOW = {
    "allow", "allows", "let", "lets", "enable", "enables", "permit", "permits", "help", "helps",
}  # fmt: skip
_OBJECT_CONTROL = _ALLOW | {
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
_ROLE_SET = set(_ROLES)
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
_BACK_OFFICE = {
    "admin", "administrator", "moderator", "manager", "operator", "staff", "employee",
    "dispatcher", "restaurant", "store", "shop", "business", "merchant", "vendor", "team",
}  # fmt: skip
_IRREGULAR_PLURALS = {
    "people": "person", "staff": "staff member", "personnel": "staff member",
    "children": "child", "men": "man", "women": "woman", "everyone": "user", "anyone": "user",
    "everybody": "user", "anybody": "user",
}  # fmt: skip
# Singular nouns that end in "s" ("status", "bus").
_SINGULAR_S = {
    "status", "bus", "campus", "bonus", "virus", "focus", "census", "corpus", "radius", "plus",
    "thus", "us", "news", "series", "analytics", "settings", "gps", "sms", "ios", "canvas",
}  # fmt: skip
_SYSTEM_WORDS = {
    "app", "application", "system", "platform", "site", "website", "service", "product", "tool",
    "backend", "server", "api", "software", "solution", "portal", "we", "it", "this", "bot",
    "chatbot", "marketplace",
}  # fmt: skip
_PRONOUNS = {"they", "he", "she", "i", "you"}
_DETERMINERS = {
    "a", "an", "the", "all", "each", "every", "any", "some", "our", "your", "their", "its", "my",
    "his", "her", "this", "that", "these", "those", "only", "both", "other", "also", "then",
}  # fmt: skip
_POSSESSIVES = {"my", "their", "his", "her", "your", "our", "its"}

# Words that may open a new clause before its subject ("..., and couriers can ...").
_CLAUSE_OPENERS = {"and", "or", "but", "while", "whereas", "where", "also", "then", "plus"}
_SUBORDINATORS = {"when", "if", "once", "after", "before", "whenever", "as", "until", "while"}
_FUNCTION_WORDS = (
    _MODALS
    | _NEG_MODALS
    | _CLAUSE_OPENERS
    | _SUBORDINATORS
    | {
        "to", "for", "from", "with", "by", "in", "on", "at", "of", "into", "via", "through",
        "within", "during", "so", "that", "which", "who", "whose", "whom", "what", "how", "why",
        "whether", "because", "than", "is", "against", "about", "across", "along", "among",
        "around", "behind", "below", "between", "beyond", "inside", "near", "onto", "outside",
        "past", "toward", "towards", "upon", "versus", "vs", "except", "despite", "under",
        "are", "be", "been", "was", "were", "not", "no", "using", "including", "able",
    }
)  # fmt: skip
_NP_STOPS = _FUNCTION_WORDS - {"of"} | {
    "when", "if", "so", "and", "or", "as", "per", "without", "up", "down", "out", "off", "over",
    "&", "based", "like", "such",
}  # fmt: skip

_PUNCT = "\"'`.,;:!?()[]{}<>«»“”‘’…*_~|/\\"

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
_CLUSTER_OF = {category: name for name, categories in _CLUSTERS for category in categories}
_CLUSTER_RANK = {name: rank for rank, (name, _) in enumerate(_CLUSTERS)}

_DEFAULT_BENEFITS = {
    "signup": "I can start using the product straight away",
    "login": "I can pick up where I left off and my data stays private",
    "account": "my details stay correct and secure",
    "search": "I can find what I need quickly",
    "view": "I have the information I need to decide what to do",
    "save": "I can come back to it later without searching again",
    "create": "I get what I came for in as few steps as possible",
    "cancel": "I stay in control when my plans change",
    "pay": "I can complete my purchase quickly and securely",
    "fulfil": "work moves forward without delays",
    "track": "I know what is happening without having to ask",
    "notify": "I learn about important changes right away",
    "communicate": "I can sort out problems directly with the right person",
    "manage": "the information stays accurate and up to date",
    "review": "my experience helps others and improves the service",
    "report": "I can make decisions based on real data",
    "quality": "I can rely on it whenever I need it",
    "security": "my data stays safe",
    "rule": "I can trust the product to behave as agreed",
    "generic": "I can get this done without extra effort",
}

# (happy given, happy then, unhappy given, unhappy then) for each category.
_CRITERIA = {
    "signup": (
        "I am a new {role} and enter valid details",
        "my account is created and I am signed in",
        "my details are already registered or invalid (for example, a weak password)",
        "I see what to fix and no account is created",
    ),
    "login": (
        "I have an account",
        "I am signed in and see my own data",
        "I enter a wrong password",
        "I am not signed in and the error does not reveal which detail was wrong",
    ),
    "account": (
        "I am signed in as {a_role}",
        "my changes are saved and shown the next time I sign in",
        "a required detail is missing or invalid",
        "I see which field to fix and nothing is changed",
    ),
    "search": (
        "there are results that match",
        "I see the matching results, the most relevant first",
        "nothing matches",
        'I see a clear "no results" message and a way to change my search',
    ),
    "view": (
        "there is information to show",
        "I see it, up to date, within a few seconds",
        "there is nothing to show yet",
        "I see an empty state that explains what to do next instead of an error",
    ),
    "save": (
        "I am signed in as {a_role}",
        "it appears in my saved items",
        "it is already saved",
        "it is not saved twice and I can remove it",
    ),
    "create": (
        "I have entered all required details",
        "it is saved and I see a confirmation",
        "a required detail is missing or invalid",
        "I see which field to fix and nothing is submitted",
    ),
    "cancel": (
        "it is still allowed to cancel",
        "it is cancelled and I get a confirmation",
        "it is too late to cancel",
        "I am told why and it is not cancelled",
    ),
    "pay": (
        "my payment details are valid",
        "I am charged once and get a receipt",
        "my payment is declined",
        "I see why, I am not charged, and I can try another payment method without starting over",
    ),
    "fulfil": (
        "a job is assigned to me",
        "its status updates for everyone involved",
        "the job was cancelled in the meantime",
        "I am told straight away and cannot continue with it",
    ),
    "track": (
        "something of mine is in progress",
        "I see its current status and when it was last updated",
        "the latest status cannot be loaded (for example, no connection)",
        "I see the last known status with a note that it may be out of date",
    ),
    "notify": (
        "I have notifications turned on",
        "I am notified within a minute with the key details",
        "I have turned notifications off",
        "I am not notified, but I can still see the update in the app",
    ),
    "communicate": (
        "the other person can be reached",
        "they receive my message and I see that it was delivered",
        "my message is empty or cannot be delivered",
        "I see that it was not sent and can try again",
    ),
    "manage": (
        "I have permission to make changes",
        "the change is saved and shown everywhere it is used",
        "I enter invalid values or do not have permission",
        "I see why, and nothing is changed",
    ),
    "review": (
        "I have used the service",
        "my rating is saved and shown to others",
        "my review is empty or I have not used the service",
        "I see why it cannot be posted and nothing is published",
    ),
    "report": (
        "there is data for the chosen period",
        "I see figures that match the underlying records",
        "there is no data for the chosen period",
        "I see an empty state instead of misleading zeros",
    ),
    "quality": (
        "normal conditions",
        "it meets the target the requirement sets",
        "the network drops or the load spikes",
        "it fails gracefully with a clear message and no data is lost",
    ),
    "security": (
        "my data is stored or sent",
        "it is protected as the requirement states",
        "someone without permission tries to read or change it",
        "access is not granted and the attempt is logged",
    ),
    "generic": (
        "I am signed in as {a_role}",
        "I see that it worked",
        "something goes wrong (invalid input or no connection)",
        "I see a clear error message and nothing I entered is lost",
    ),
}
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
# Categories where a lost connection would lose what the user typed or paid.
_CONNECTION_SENSITIVE = {"create", "pay", "communicate", "manage", "account", "signup", "review"}

_PRIORITY_LATER = re.compile(
    r"\b(nice[- ]to[- ]haves?|optional(?:ly)?|later|in the future|future|eventually|someday|"
    r"phase [2-9]|release [2-9]|v[2-9]|p[23]|would be nice|won'?t[- ]haves?|backlog|stretch)\b",
    re.IGNORECASE,
)
_PRIORITY_MAYBE = re.compile(r"\b(could|may|might)\b", re.IGNORECASE)
# The same cues in a few other languages, so a German or Russian text keeps its releases.
_FOREIGN_PRIORITIES = [
    (
        "MVP",
        re.compile(
            r"\b(muss|müssen|debe|deben|doit|doivent|должн\w*|обязательно)\b|必须|必須|なければならない",
            re.I,
        ),
    ),
    (
        "Release 1",
        re.compile(
            r"\b(soll|sollen|sollte|sollten|debería|deberían|devrait|devraient|следует)\b|应该|べき",
            re.I,
        ),
    ),
    (
        "Later",
        re.compile(
            r"\b(könnte|könnten|optional|später|podría|podrían|pourrait|pourraient|позже)\b", re.I
        ),
    ),
]
_PRIORITY_MVP = re.compile(
    r"\b(must(?:[- ]haves?)?|shall|required|requires?|needs? to|has to|have to|essential|"
    r"critical|mandatory|mvp|p0|must-have)\b",
    re.IGNORECASE,
)
_PRIORITY_R1 = re.compile(
    r"\b(should(?:[- ]haves?)?|important|release 1|p1|recommended|ought to)\b", re.IGNORECASE
)
_CONSTRAINT = re.compile(
    r"\b(?:within|in under|under|in less than|less than|at least|at most|up to|no more than|"
    r"no later than|maximum of|minimum of|max\.?|min\.?)\s+\d[\d.,]*\s*(?:%|[A-Za-z]+)?",
    re.IGNORECASE,
)

# Sections whose items are explicitly not requirements.
_EXCLUDED_HEADINGS = {
    "non-goals", "non goals", "out of scope", "not in scope", "open questions", "questions",
    "glossary", "references", "appendix", "timeline", "milestones", "stakeholders", "team",
    "contacts", "changelog", "revision history", "personas", "persona", "user personas",
    "release plan", "roadmap", "rollout plan", "launch plan", "risks", "assumptions",
    "dependencies",
}  # fmt: skip
# Sections that explain; only an explicit "must" / "shall" sentence there is a requirement.
_CONTEXT_HEADINGS = {
    "background", "context", "problem", "problem statement", "goals", "objectives",
    "success metrics", "metrics", "kpis", "motivation", "why",
}  # fmt: skip
_NEUTRAL_HEADINGS = {
    "features", "key features", "core features", "main features", "requirements",
    "functional requirements", "non-functional requirements", "nonfunctional requirements",
    "non functional requirements", "technical requirements", "user stories", "stories",
    "scope", "in scope", "overview", "introduction", "summary", "description", "vision",
    "product requirements", "product requirements document", "prd", "specification", "spec",
    "details", "notes", "other", "misc", "miscellaneous", "general", "constraints", "quality",
    "nfrs", "nfr", "product", "product overview", "feature list", "capabilities",
}  # fmt: skip
_ROLE_HEADING_FILLER = {
    "for", "the", "app", "application", "side", "features", "feature", "experience", "portal",
    "requirements", "stories", "view", "interface", "ui", "mobile", "web", "flow", "flows",
    "journey", "needs", "user", "users", "role", "persona",
}  # fmt: skip

# Headings that name a process ("Order tracking"): the verb acts on the words before the noun.
_PROCESS_NOMINALS = {
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
_THING_NOMINALS = {
    "account": "Manage", "accounts": "Manage", "profile": "Manage", "profiles": "Manage",
    "settings": "Change", "preferences": "Change", "cart": "Fill", "favourites": "Save",
    "favorites": "Save", "notifications": "Get", "notification": "Get", "reports": "View",
    "analytics": "View", "dashboard": "View", "messages": "Send", "feedback": "Give",
    "reviews": "Write", "ratings": "Give", "invoices": "Send", "uploads": "Manage",
}  # fmt: skip
# A one-word heading as a verb phrase ("Payments" -> "Pay").
_STANDALONE_NOMINALS = {
    **{noun: verb for noun, verb in _PROCESS_NOMINALS.items()},
    **{noun: f"{verb} {noun}" for noun, verb in _THING_NOMINALS.items()},
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
# Verbs whose object follows a preposition ("search for dishes", "reply to reviews").
_PREPOSITION_VERBS = {
    "search", "look", "apply", "register", "wait", "ask", "subscribe", "reply", "respond",
    "comment", "vote", "chat", "talk", "opt", "shop", "listen",
}  # fmt: skip
# Verb a one-noun heading gets, by the cluster its stories belong to.
_CLUSTER_HEADING_VERB = {"account": "Set up", "discover": "Find", "manage": "Manage"}

_UNCOUNTABLE = {
    "staff", "data", "information", "content", "inventory", "feedback", "equipment", "software",
    "food", "money", "news", "progress", "history", "availability", "access", "music", "advice",
    "delivery", "status", "analytics", "settings",
}  # fmt: skip

_PRODUCT_NOUNS = (
    r"app|application|platform|website|web app|site|portal|marketplace|service|tool|system|"
    r"dashboard|bot|chatbot|game|extension|plugin|api|saas|crm|erp|software|solution"
)
_PRODUCT_PHRASE = re.compile(
    r"\b(an?|our|the)\s+((?:(?!(?:for|to|of|that|where|which|with|in|on|and|or|is|are|"
    r"who|will|can|should|must|lets|allows)\b)[\w'’&+-]+\s+){0,4}(?:"
    + _PRODUCT_NOUNS
    + r"))\b(\s+for\s+(?:[\w'’-]+\s*){1,3})?",
    re.IGNORECASE,
)
_PRODUCT_IS = re.compile(
    r"^((?!(?:This|It|That|There|Here|We|Our|The|A|An)\b)[A-Z][\w'’&+.-]*"
    r"(?:\s+[A-Z][\w'’&+.-]*){0,3})\s+(?:is|will be)\s+(?:an?|the|our)\b"
)
_PRODUCT_LINE = re.compile(
    r"^(?:product|app|project|product name|app name|project name|name)\s*[:\-–—]\s*(.{2,80})$",
    re.IGNORECASE,
)
_AS_A = re.compile(
    r"^as\s+an?\s+(?P<role>[^,]{1,60}?),?\s+i\s+(?:want|need|would like|wish|can|"
    r"should be able|am able)\s+(?:to\s+)?(?P<goal>.+?)"
    r"(?:,?\s+so\s+(?:that\s+)?(?P<benefit>.+?))?[.!]?$",
    re.IGNORECASE,
)

_MAX_TITLE_WORDS = 8
_MAX_GOAL_WORDS = 40
_MAX_ACTION_WORDS = 12
_MAX_ACTIVITIES = 8
_MIN_ACTIVITIES = 3


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


_BASE_OF, _KIND_OF = _build_verb_forms()


# ---------------------------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------------------------


def _norm(token: str) -> str:
    """Lower-case a token and strip the punctuation around it."""
    return token.replace("’", "'").strip(_PUNCT).lower()


def _squash(text: str) -> str:
    """Collapse all runs of whitespace to single spaces."""
    return " ".join(text.split())


def _strip_end(text: str) -> str:
    """Drop trailing punctuation and connectors left over after cutting a phrase."""
    text = text.strip().rstrip(".,;:!?-–—。，、；：！？")
    return text.strip()


def _capitalise(text: str) -> str:
    """Upper-case the first character only (keeps "iPhone"-style words intact elsewhere)."""
    return text[:1].upper() + text[1:] if text else text


def _decapitalise(text: str) -> str:
    """Lower-case the first word when it is a plain capitalised word, not a name or acronym."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and first.isalpha():
        return first[0].lower() + text[1:]
    return text


_ENGLISH_WORDS = frozenset(
    "the and to of a an in is are be for with on that this can must should will as by or it "
    "from at when so their they each all not".split()
)


def _is_english(text: str) -> bool:
    """True when the text reads as English (enough of its words are common English ones)."""
    words = re.findall(r"[^\W\d_]+", text[:20_000].lower())
    if not words:
        return True
    if sum(w in _ENGLISH_WORDS for w in words) >= 0.12 * len(words):
        return True
    # A short note ("Todo app: add, edit, delete tasks") may have no little words at all.
    known = _ENGLISH_WORDS | _ROLE_SET | set(_KIND_OF)
    return len(words) < 40 and _is_latin(text) and any(w in known for w in words)


def _is_latin(text: str) -> bool:
    """True when most letters in the text are ASCII (English-like)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    return sum(c.isascii() for c in letters) >= 0.5 * len(letters)


def _singular(word: str) -> str:
    """Return a simple singular form of an English plural noun."""
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "is")) and lower not in _SINGULAR_S:
        return word[:-1]
    return word


def _plural(word: str) -> str:
    """Return a simple plural form of a singular English noun phrase's last word."""
    lower = word.lower()
    last = lower.rsplit(" ", 1)[-1]
    if last in _UNCOUNTABLE or last.endswith(("s", "ing")) or not last.isalpha():
        return word
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if last.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    return word + "s"


def _article(word: str) -> str:
    """Pick "a" or "an" for the word that follows."""
    lower = word.lower()
    if lower.startswith(("hour", "honest", "heir")):
        return "an"
    if lower.startswith(("user", "uni", "use", "eu", "one", "usu")):
        return "a"
    return "an" if lower[:1] in "aeiou" else "a"


def _truncate_words(text: str, limit: int) -> str:
    """Keep at most ``limit`` words, marking the cut with an ellipsis."""
    words = text.split()
    if len(words) <= limit:
        return text
    return " ".join(words[:limit]).rstrip(",;:") + "…"


_ASIDE_COMMA = re.compile(
    r",\s+(?:(?:which|who|where|so|because|while|including|such as|unless|if|when|then|but|"
    r"for example)\b|e\.g\.|i\.e\.)",
    re.IGNORECASE,
)


def _short_title(text: str, max_words: int = _MAX_TITLE_WORDS, max_chars: int = 60) -> str:
    """Turn a phrase into a short title: first clause, a few words, no dangling connectors."""
    text = _strip_end(text) or _squash(text) or "Untitled"
    head = re.split(r"[;:(]", text, maxsplit=1)[0].strip()
    if len(head.split()) >= 2:
        text = head
    # A comma that opens an aside ends the title; a comma inside a list does not.
    head = re.split(_ASIDE_COMMA, text, maxsplit=1)[0].strip()
    text = head if len(head.split()) >= 2 else text
    words = text.split()[:max_words]
    dangling = _FUNCTION_WORDS | _DETERMINERS | {"and", "or", "my", "me", "instead", "etc"}
    while len(words) > 1 and _norm(words[-1]) in dangling:
        verb = _BASE_OF.get(_norm(words[-2]), _norm(words[-2]))
        if _norm(words[-1]) in _PARTICLES.get(verb, set()):
            break  # "Log in", "Check out": the particle belongs to the verb
        words.pop()
    title = _strip_end(" ".join(words)) or _strip_end(text) or text
    if len(title) > max_chars:  # scripts without spaces (CJK) or very long words
        cut = title[:max_chars].rsplit(" ", 1)[0] if " " in title[:max_chars] else ""
        title = (cut or title[: max_chars - 1]).rstrip() + "…"
    return _capitalise(title)


# ---------------------------------------------------------------------------------------------
# Reading the text: blocks (headings, bullets, paragraphs) and sentences
# ---------------------------------------------------------------------------------------------


@dataclass
class _Block:
    """A heading, bullet or paragraph, cleaned for reading and raw for quoting."""

    kind: str  # "heading" | "bullet" | "para"
    clean: str
    raw: str
    level: int = 0
    markdown: bool = False  # a "#" or HTML heading (not a "Label:" line)
    row_priority: str | None = None


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)[\s#]*$")
_BULLET = re.compile(r"^(?:[-*•+‣◦▪]|\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|[a-zA-Z][.)])\s+(.*)$")
_FENCE = re.compile(r"^(```|~~~)")
_TAG = re.compile(r"<[^<>]{0,500}>")
_CODE_START = re.compile(
    r"^(?:def |class |import |function\b|const |var |public |private |#include|return \S+;?$|"
    r"SELECT\s|\$ |>>> |[\w.\[\]]+\s*(?:=|\+=|==|=>)\s*\S)"
)


def _prepare_html(text: str) -> str:
    """Turn block-level HTML into line breaks and markdown markers so the parser sees structure."""
    if not re.search(r"</?[a-zA-Z][^<>]{0,200}>", text):
        return text
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>|<!--.*?-->", "\n\n", text)
    text = re.sub(r"(?i)<h([1-6])\b[^<>]*>", lambda m: "\n\n" + "#" * int(m.group(1)) + " ", text)
    text = re.sub(r"(?i)<li\b[^<>]*>", "\n- ", text)
    block_tags = (
        r"p|div|br|hr|ul|ol|li|h[1-6]|section|article|header|footer|tr|td|th|table|tbody|thead|"
        r"body|html|head|title|main|nav|form|pre|blockquote|dl|dt|dd"
    )
    return re.sub(rf"(?i)</?(?:{block_tags})\b[^<>]*>", "\n\n", text)


def _clean_inline(text: str) -> str:
    """Strip inline markup (tags, markdown emphasis, links) and entities from one line."""
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [label](url) -> label
    text = re.sub(r"^\[[ xX]\]\s+", "", text)  # task-list checkboxes
    text = text.replace("**", "").replace("__", "").replace("`", "").replace("~~", "")
    text = re.sub(r"(?<!\w)[*_](\S[^*_]*?)[*_](?!\w)", r"\1", text)  # *emphasis*
    return _squash(text.lstrip("> "))


def _looks_like_code(line: str) -> bool:
    """Guess whether a line is source code rather than prose."""
    stripped = line.strip()
    if _CODE_START.match(stripped):
        return True
    if stripped.endswith(("{", "};", ");")) or stripped in {"}", "{", "]", ");"}:
        return True
    symbols = sum(c in "{}[]();=<>$\\|&" for c in stripped)
    return len(stripped) > 0 and symbols / len(stripped) > 0.15


def _table_cells(line: str) -> list[str] | None:
    """Split a markdown table row into its cells, or None when the line is not a row."""
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 2):
        return None
    cells = [c.strip() for c in stripped[1:-1].split("|")]
    return [c for c in cells if c and not re.fullmatch(r":?-{2,}:?", c)]


def _colon_heading(clean: str) -> str | None:
    """Return the label of a short "Label:" line, or None."""
    if clean.endswith(":") and len(clean) <= 60 and len(clean.split()) <= 8:
        label = clean[:-1].strip()
        return label or None
    return None


def _parse_blocks(text: str) -> list[_Block]:
    """Read the text line by line into headings, bullets and paragraphs."""
    lines = _prepare_html(text).splitlines()
    reader = _BlockReader()
    in_fence = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _FENCE.match(stripped):  # fenced code is never a requirement
            reader.flush()
            in_fence = not in_fence
        elif not in_fence:
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            reader.read(stripped, following)
    reader.flush()
    return reader.blocks


class _BlockReader:
    """Turns lines into blocks, keeping the paragraph being collected and the heading level."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.paragraph: list[str] = []
        self.heading_base = 0  # level of the last markdown heading; "Label:" lines nest under it

    def read(self, line: str, following: str) -> None:
        """Read one stripped line; ``following`` is the next one (for underlined headings)."""
        if not re.search(r"[^\W_]|[^\x00-\x7f]", line):  # blank, "---", a lone "-"
            self.flush()
        elif not self.paragraph and re.fullmatch(r"=+|-+", following) and len(following) >= 3:
            self.read_underlined(line, following)
        elif _MD_HEADING.match(line):
            self.read_heading(_MD_HEADING.match(line))
        elif _table_cells(line) is not None:
            self.flush()
            self.blocks.extend(_table_blocks(_table_cells(line) or []))
        elif _looks_like_code(line):
            self.flush()
        elif _BULLET.match(line):
            self.read_bullet(_BULLET.match(line).group(1).strip())
        else:
            self.read_text(line)

    def read_underlined(self, line: str, underline: str) -> None:
        """A setext heading: text underlined with === (level 1) or --- (level 2)."""
        clean = _clean_inline(line)
        if not clean or _BULLET.match(line):
            self.read_text(line)
            return
        self.heading_base = 1 if underline.startswith("=") else 2
        self.blocks.append(_Block("heading", clean, line, self.heading_base, markdown=True))

    def read_heading(self, match: re.Match[str]) -> None:
        """A "#" heading (HTML headings arrive here too, turned into "#" by _prepare_html)."""
        self.flush()
        clean = _clean_inline(match.group(2))
        if clean:
            self.heading_base = len(match.group(1))
            self.blocks.append(_Block("heading", clean, match.group(2), self.heading_base, True))

    def read_bullet(self, body: str) -> None:
        """A list item: a requirement, or a label such as "Customers:" or "Must have"."""
        self.take_heading_line()  # "Release 2" right above a list names the list
        self.flush()
        clean = _clean_inline(body)
        label = _colon_heading(clean)
        labelled = _priority_label(body)
        if label and len(label.split()) <= 5:
            self.blocks.append(_Block("heading", label, body, self.heading_base + 2))
        elif _is_section_name(clean):  # "1. Introduction", "- Must have"
            self.blocks.append(_Block("heading", clean, body, self.heading_base + 1))
        elif labelled:  # "- Could: dark mode"
            self.blocks.append(labelled)
        elif clean:
            self.blocks.append(_Block("bullet", clean, _squash(body)))

    def read_text(self, line: str) -> None:
        """A line of prose, a "Label:" heading, or a "Nice to have: ..." item."""
        clean = _clean_inline(line)
        label = _colon_heading(clean)
        bold = re.fullmatch(r"(\*\*|__)(.{1,60})\1", line)
        labelled = _priority_label(line)
        if not self.paragraph and (label or bold) and len(clean.split()) <= 8:
            self.blocks.append(_Block("heading", label or clean, line, self.heading_base + 1))
            return
        if labelled:
            self.flush()
            self.blocks.append(labelled)
            return
        if self.paragraph and line[:1].isupper() and not self.paragraph[-1].endswith(_CONTINUES):
            # A line without closing punctuation before a capitalised line is its own unit:
            # a short one is a heading ("REQUIREMENTS"), a longer one a sentence.
            self.take_heading_line()
            self.flush()
        self.paragraph.append(line)

    def take_heading_line(self) -> None:
        """Turn a paragraph that is one short line without end punctuation into a heading."""
        if len(self.paragraph) == 1 and len(self.paragraph[0].split()) <= 6:
            if not self.paragraph[0].endswith(_CONTINUES):
                line = self.paragraph.pop()
                level = self.heading_base + 1
                self.blocks.append(_Block("heading", _clean_inline(line), line, level))

    def flush(self) -> None:
        """Close the paragraph being collected."""
        if self.paragraph:
            raw = _squash(" ".join(self.paragraph))
            clean = _squash(" ".join(_clean_inline(p) for p in self.paragraph))
            if clean:
                self.blocks.append(_Block("para", clean, raw))
            self.paragraph.clear()


# Line endings that say the sentence goes on in the next line.
_CONTINUES = (".", "!", "?", ",", ";", ":", "-", "–", "—", "(", "&", "/", "。", "！", "？")


def _priority_label(line: str) -> _Block | None:
    """Read "Nice to have: dark mode" as a bullet with its own priority, else None."""
    match = re.match(r"^([^:]{2,30}):\s+(\S.*)$", line)
    if not match:
        return None
    priority = _heading_priority(_clean_inline(match.group(1)))
    clean = _clean_inline(match.group(2))
    if not priority or not clean:
        return None
    return _Block("bullet", clean, _squash(match.group(2)), row_priority=priority)


def _is_section_name(text: str) -> bool:
    """True for a short list item that names a document section ("Introduction", "Must have")."""
    if len(text.split()) > 5 or text.endswith("."):
        return False
    return _heading_meaning(text) in {"skip", "context", "neutral", "priority"}


def _table_blocks(cells: list[str]) -> list[_Block]:
    """One paragraph block per table cell; a lone "Must" or "Could" cell sets the row priority."""
    priority = None
    texts = []
    for cell in cells:
        clean = _clean_inline(cell)
        cell_priority = _heading_priority(clean)
        if cell_priority and len(clean.split()) <= 3:
            priority = cell_priority
        elif clean:
            texts.append((clean, _squash(cell)))
    return [_Block("para", clean, raw, row_priority=priority) for clean, raw in texts]


_ABBREVIATIONS = {"e.g.", "i.e.", "vs.", "etc.", "approx.", "incl.", "mr.", "mrs.", "ms.", "dr."}
_ALWAYS_JOIN = {"e.g.", "i.e.", "vs.", "mr.", "mrs.", "ms.", "dr.", "approx.", "incl."}
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])")


def _sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations like "e.g." inside."""
    spans: list[list[int]] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if match.end() == match.start() and match.start() in (0, len(text)):
            continue
        spans.append([start, match.start()])
        start = match.end()
    spans.append([start, len(text)])
    merged: list[list[int]] = []
    for span in spans:
        piece = text[span[0] : span[1]].strip()
        if not piece:
            continue
        if merged:
            previous = text[merged[-1][0] : merged[-1][1]].rstrip()
            last_word = previous.rsplit(" ", 1)[-1].lower()
            joins = last_word in _ALWAYS_JOIN or (
                last_word in _ABBREVIATIONS and piece[:1].islower()
            )
            if joins:
                merged[-1][1] = span[1]
                continue
        merged.append(span)
    return [text[a:b].strip() for a, b in merged if text[a:b].strip()]


# Between two words of a cleaned sentence, its raw text may hold markup and punctuation.
_RAW_GAP = r"(?:[^\w<]|<[^<>]{0,200}>|&\w+;)*?"


def _source_for(sentence: str, raw: str) -> str:
    """Quote the sentence as it appears in the input (raw text if cleaning changed it)."""
    sentence = _strip_trailing_semicolon(sentence)
    if sentence in raw:
        return sentence
    words = [re.escape(w) for w in re.findall(r"\w+", sentence)]
    if not words:
        return raw
    # Find the first and last few words with markup allowed between them, and quote from the
    # one to the other: short patterns keep this fast on long paragraphs.
    head = re.search(_RAW_GAP.join(words[:8]), raw)
    if not head:
        return raw
    # Cleaning only removes characters, so the tail starts no earlier in the raw text than it
    # does in the sentence (less a margin): this skips earlier repeats of the same words.
    margin = 2 * sum(len(w) + 1 for w in words[-8:])
    tail_from = head.start() + max(0, len(sentence) - margin)
    tail = re.compile(_RAW_GAP.join(words[-8:])).search(raw, tail_from)
    tail = tail or re.compile(_RAW_GAP.join(words[-8:])).search(raw, head.start())
    if not tail:
        return raw
    end = tail.end()
    while end < len(raw) and raw[end] in ".!?。！？":
        end += 1
    return raw[head.start() : end].strip()


def _strip_trailing_semicolon(text: str) -> str:
    """Drop a ";" left at the end of a sentence split on semicolons."""
    return text[:-1].rstrip() if text.endswith(";") else text


# ---------------------------------------------------------------------------------------------
# Headings: what each one means for the items under it
# ---------------------------------------------------------------------------------------------


def _heading_key(text: str) -> str:
    """Normalise a heading for lookups: lower case, no numbering or trailing punctuation."""
    text = re.sub(r"^(?:\d+(?:\.\d+)*[.)]?|[ivx]+\.|section\s+\d+[.:]?)\s+", "", text.lower())
    return _strip_end(re.sub(r"\s+", " ", text)).strip("\"'")


def _heading_priority(text: str) -> str | None:
    """Return the release a heading like "Must have" or "Future" stands for, else None."""
    key = _heading_key(text)
    if not key or len(key.split()) > 6:
        return None
    leftover = re.sub(
        r"\b(must|should|could|won'?t|will not|nice|to|have|haves|have:|mvp|release|phase|"
        r"v?\d|p[0-3]|later|future|optional|backlog|priority|priorities|features?|items?|"
        r"requirements?|ideas?|scope|the|for|now|this|time|stretch|goals?|launch|and|or|"
        r"enhancements?|improvements?|versions?|iteration|next|steps|day|one|first)\b",
        " ",
        key,
    )
    if re.sub(r"[\W\d_]", "", leftover):
        return None  # the heading names something besides a priority
    if re.search(r"\b(mvp|must|p0|phase 1|v1|day one|launch|first release)\b", key):
        return "MVP"
    if _PRIORITY_LATER.search(key) or re.search(r"\b(could|may|next|enhancements?|ideas?)\b", key):
        return "Later"
    if _PRIORITY_R1.search(key) or re.search(r"\brelease\b", key):
        return "Release 1"
    return None


def _is_actor_noun(word: str) -> bool:
    """True for nouns that name people: known roles, and "-er", "-ist", "-ant" style nouns."""
    if word in _ROLE_SET:
        return True
    return (
        len(word) > 4
        and word.isalpha()
        and word.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee"))
        and not word.endswith(("ment", "ness"))
        and word not in _NOT_ACTORS
        and word not in _KIND_OF  # "register", "filter", "deliver" are verbs here
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


def _role_from_words(words: list[str]) -> str | None:
    """Return the role a short noun phrase names ("restaurant staff" -> "... staff member")."""
    words = [w for w in words if w and _norm(w) not in _DETERMINERS]
    if not words or len(words) > 3:
        return None
    head = _norm(words[-1])
    singular = _singular(head)
    if not (_is_actor_noun(singular.split(" ")[0]) or head in _ROLE_SET):
        return None
    modifiers = [m for m in (_norm(w) for w in words[:-1]) if _is_role_modifier(m)]
    if singular in {"user"} and modifiers == []:
        return "user"
    if head in {"everyone", "anyone", "everybody", "anybody"}:
        return "user"
    return " ".join([*modifiers, singular])


def _heading_role(text: str) -> str | None:
    """Return the role a heading like "For couriers" or "Restaurant staff" is about."""
    words = [w for w in _heading_key(text).split() if _norm(w) not in _ROLE_HEADING_FILLER]
    if not words:
        return "user" if re.search(r"\busers?\b", text.lower()) else None
    if any(_KIND_OF.get(_norm(w)) in {"ing", "base", "3sg"} for w in words):
        return None  # "Finding a walker" is a step, not a role
    return _role_from_words(words)


def _heading_meaning(text: str) -> str:
    """Classify a heading: skip, neutral, priority, role or content."""
    key = _heading_key(text)
    excluded_start = ("out of scope", "non-goals", "open question", "won't", "wont", "will not")
    if key in _EXCLUDED_HEADINGS or key.startswith(excluded_start):
        return "skip"  # MoSCoW's "Won't have (this time)" is out of scope too
    if key in _CONTEXT_HEADINGS:
        return "context"
    if key in _NEUTRAL_HEADINGS or key.endswith(" requirements") and len(key.split()) <= 3:
        return "neutral"
    if _heading_priority(text):
        return "priority"
    if _heading_role(text):
        return "role"
    return "content"


def _is_generic_title(text: str) -> bool:
    """True for headings that name the document, not the product ("Requirements")."""
    return _heading_meaning(text) in {"skip", "context", "neutral", "priority"}


# ---------------------------------------------------------------------------------------------
# Statements: requirement sentences with the context they appeared in
# ---------------------------------------------------------------------------------------------


@dataclass
class _Statement:
    """A sentence from the text, with the headings that apply to it."""

    text: str
    source: str
    bullet: bool
    section: str | None
    subsection: str | None
    heading_priority: str | None
    heading_role: str | None
    skipped: bool
    context: bool = False  # under "Background", "Goals": only a "must" sentence counts
    modal_text: bool = False  # the document states most requirements with modal verbs

    @cached_property
    def stated_priority(self) -> str | None:
        """The release the whole sentence's wording asks for (computed once per sentence)."""
        return _stated_priority(self.text)


@dataclass
class _Heading:
    """A heading in effect, with what it means for the items under it."""

    level: int
    meaning: str
    text: str


def _product_title_heading(blocks: list[_Block]) -> int | None:
    """Return the index of the heading that titles the document, if the text starts with one."""
    if not blocks or blocks[0].kind != "heading" or not blocks[0].markdown:
        return None
    first = blocks[0]
    if _is_generic_title(_title_without_doc_words(first.clean)):
        return None
    others = [b.level for b in blocks[1:] if b.kind == "heading" and b.markdown]
    if first.level == 1 or all(level > first.level for level in others):
        return 0
    return None


def _title_without_doc_words(title: str) -> str:
    """Remove "PRD", "Requirements for" and similar document words from a title heading."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|:]\s+|:\s+", title) if p.strip()]
    useful = [p for p in parts if _heading_meaning(p) not in {"neutral", "skip"}]
    title = useful[0] if useful else title
    title = re.sub(
        r"(?i)^(?:prd|spec|specification|product requirements|requirements|brief)"
        r"(?:\s+(?:for|of))?\s*[:\-–—]?\s+",
        "",
        title,
    )
    title = re.sub(r"(?i)\s+(?:prd|spec|requirements|product requirements)$", "", title)
    return title.strip() or title


def _statements(blocks: list[_Block], title_index: int | None) -> list[_Statement]:
    """Walk the blocks, tracking headings, and return every sentence with its context."""
    stack: list[_Heading] = []
    statements: list[_Statement] = []
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            if index == title_index:
                continue
            while stack and stack[-1].level >= block.level:
                stack.pop()
            stack.append(_Heading(block.level, _heading_meaning(block.clean), block.clean))
            continue
        contents = [h.text for h in stack if h.meaning == "content"]
        priorities = [_heading_priority(h.text) for h in stack if h.meaning == "priority"]
        roles = [_heading_role(h.text) for h in stack if h.meaning == "role"]
        skipped = any(h.meaning == "skip" for h in stack)
        context = any(h.meaning == "context" for h in stack)
        for sentence in _sentences(block.clean):
            statements.append(
                _Statement(
                    text=sentence,
                    source=_source_for(sentence, block.raw),
                    bullet=block.kind == "bullet",
                    section=contents[0] if contents else None,
                    subsection=contents[-1] if len(contents) > 1 else None,
                    heading_priority=block.row_priority or (priorities[-1] if priorities else None),
                    heading_role=roles[-1] if roles else None,
                    skipped=skipped,
                    context=context,
                )
            )
    return statements


# ---------------------------------------------------------------------------------------------
# Clauses: who wants what, found around modal verbs and present-tense actions
# ---------------------------------------------------------------------------------------------


@dataclass
class _Clause:
    """One requirement inside a sentence: its subject and what comes after the modal."""

    subject: list[str]
    subject_kind: str  # actor | system | thing | pronoun | none
    predicate: list[str]
    negative: bool = False


@dataclass
class _Goal:
    """One thing a role wants, before it is written up as a story."""

    kind: str  # action | system | feature | rule | verbatim
    role: str | None
    verb: str = ""
    rest: list[str] = field(default_factory=list)
    subject: str = ""  # "the app" for system goals
    goal_text: str = ""  # what follows "I want"
    purpose: str = ""  # from a leading "To reduce no-shows, ..."
    passive: bool = False
    condition: str = ""


def _trigger_at(low: list[str], i: int) -> tuple[int, bool] | None:
    """If a modal-like trigger starts at token i, return (index after it, negative)."""
    word = low[i]
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if word in _NEG_MODALS:
        return i + 1, True
    if word in _MODALS:
        if word == "would" and low[i + 1 : i + 3] != ["like", "to"]:
            return None
        if word == "may" and i == 0:
            return None  # "May 2025 launch"
        if nxt == "not":
            return i + 2, True
        return (i + 3 if word == "would" else i + 1), False
    if word in _TO_VERBS and nxt == "to":
        return i + 2, False
    if word in {"is", "are"} and low[i + 1 : i + 3] == ["able", "to"]:
        return i + 3, False
    return None


def _subject_before(tokens: list[str], low: list[str], i: int) -> tuple[int, str | None]:
    """Look back from token i for a subject noun phrase; return its start and what precedes it."""
    start = i
    while start > 0 and i - start < 4:
        word = low[start - 1]
        if not word or word in _FUNCTION_WORDS or word in _NEG_MODALS or word in _ALLOW:
            break
        if start < i and tokens[start - 1].rstrip()[-1:] in ",;:)":
            break  # a comma ends the previous phrase
        start -= 1
    if start == 0:
        return start, None
    return start, low[start - 1] if not tokens[start - 1].endswith((",", ";", ":")) else ","


def _classify_subject(words: list[str]) -> tuple[str, str | None]:
    """Say whether a subject names an actor, the system, a pronoun or a thing."""
    content: list[str] = []
    for word in words:  # the core noun phrase: "customers" in "Customers in the EU"
        low = _norm(word)
        if content and low in _FUNCTION_WORDS:
            break
        if low not in _DETERMINERS or low in {"this", "it"}:
            content.append(word)
    if not content:
        return "none", None
    head = _norm(content[-1])
    if head in _PRONOUNS:
        return "pronoun", None
    if head in _SYSTEM_WORDS or head == "we":
        return "system", None
    role = _role_from_words(content)
    if role:
        return "actor", role
    return "thing", None


def _unknown_verb_after_actor(tokens: list[str], low: list[str], i: int) -> bool:
    """Guess that an unknown word right after a plural actor is a verb ("students swap")."""
    if i == 0 or i + 1 >= len(low) or low[i] in _KIND_OF:
        return False
    word, previous = low[i], low[i - 1]
    if not (word.isalpha() and tokens[i][:1].islower() and len(word) > 2):
        return False
    if word in _FUNCTION_WORDS or word in _DETERMINERS or word.endswith(("ly", "ing", "ed")):
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return False  # "drivers licenses": a plural noun, not a verb
    plural_actor = previous.endswith("s") and _is_actor_noun(_singular(previous))
    return plural_actor or previous in {"staff", "people", "everyone"}


def _find_clauses(
    tokens: list[str], low: list[str], present_ok: bool = True
) -> tuple[list[_Clause], str]:
    """Split a sentence into requirement clauses; also return a leading condition, if any."""
    # Each start: (where the clause before it ends, subject words, predicate start, negative).
    starts: list[tuple[int, list[str], int, bool]] = []
    i = 0
    while i < len(low):
        # After "an app where ..." the sentence summarises the product: its clauses count.
        summary = present_ok or "where" in low[:i]
        found = _clause_at(tokens, low, i, not starts, summary)
        if found:
            starts.append(found)
        trigger = _trigger_at(low, i)
        i = trigger[0] if trigger else i + 1
    clauses = []
    for n, (_, subject, pred_start, negative) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(tokens)
        predicate = _trim_connectors(tokens[pred_start:end])
        if predicate:
            clauses.append(_Clause(subject, _classify_subject(subject)[0], predicate, negative))
    condition = _condition_from(tokens[: starts[0][0]]) if starts else ""
    return clauses, condition


def _clause_at(
    tokens: list[str], low: list[str], i: int, first: bool, present_ok: bool
) -> tuple[int, list[str], int, bool] | None:
    """Return the clause that token i opens (a modal or a present-tense verb), if it opens one."""
    trigger = _trigger_at(low, i)
    if trigger and tokens[i][:1] in "\"'“‘«":
        trigger = None  # a quoted "must" is talked about, not meant
    present = trigger is None and (
        _KIND_OF.get(low[i]) in {"base", "3sg"} or _unknown_verb_after_actor(tokens, low, i)
    )
    if trigger is None and not present:
        return None
    start, before = _subject_before(tokens, low, i)
    if start == i and before in {"who", "that", "which"} and i >= 2:
        # "..., the nearest courier, who can accept it" is the courier's clause; "an app that
        # lets owners book" is the app's.
        antecedent, _ = _subject_before(tokens, low, i - 1)
        subject = tokens[antecedent : i - 1]
        kind = _classify_subject(subject)[0]
        if (kind == "actor" and before == "who") or (kind == "system" and low[i] in _ALLOW):
            end, negative = trigger or (i, False)
            return i - 1, subject, end, negative
        return None
    if first and before not in {None, ","} and before not in _CLAUSE_OPENERS:
        start, before = _whole_opening_subject(tokens, low, start, i)
    opens = before is None or before in _CLAUSE_OPENERS or before == ","
    subject = tokens[start:i]
    kind, _ = _classify_subject(subject)
    if present:
        # A bare present-tense verb only counts after an actor or the system ("couriers
        # deliver", "the app sends"), never inside a phrase ("see which couriers deliver");
        # "Pitchside lets players book" names the product, so it counts too.
        # In a text that states its requirements with modals, "Learners get a poor experience"
        # describes today, so a present-tense actor counts only in a "where" product summary.
        allowed = (
            kind == "system"
            or (kind in {"actor", "pronoun"} and present_ok)
            or (kind == "thing" and low[i] in _ALLOW)
        )
        return (start, subject, i, False) if allowed and opens and start < i else None
    end, negative = trigger
    if not opens or (start == i and not first):
        return None  # "... so that they can ...", "... which will be shown": not a new clause
    if start == i and i > 0:
        return None  # only a list item may drop its subject ("Must support Apple Pay")
    return start, subject, end, negative


def _whole_opening_subject(
    tokens: list[str], low: list[str], start: int, i: int
) -> tuple[int, str | None]:
    """Widen "25 MB" to "Attachments up to 25 MB" when the sentence opens with the subject."""
    opening = low[:i]
    simple = (
        i <= 10
        and not any(t.endswith((",", ";", ":")) for t in tokens[:start])
        and not any(w in _CLAUSE_OPENERS | _SUBORDINATORS for w in opening)
        and not any(w in {"what", "which", "who", "that", "how", "whether"} for w in opening)
        and not any(_KIND_OF.get(w) in {"3sg", "ing"} for w in opening)
    )
    return (0, None) if simple else (start, low[start - 1] if start else None)


def _trim_connectors(tokens: list[str]) -> list[str]:
    """Drop connector words ("and", "while", ...) left dangling at the end of a clause."""
    tokens = list(tokens)
    while tokens and _norm(tokens[-1]) in _CLAUSE_OPENERS | {"", "so", "that", "where"}:
        tokens.pop()
    if tokens:
        tokens[-1] = tokens[-1].rstrip(",;:")
    return [t for t in tokens if t]


def _condition_from(prefix: list[str]) -> str:
    """Return "an order is ready" from a leading "When an order is ready," (else "")."""
    if not prefix or _norm(prefix[0]) not in _SUBORDINATORS | {"whenever", "once"}:
        return ""
    words = prefix[1:]
    if words and _norm(words[0]) == "soon" and len(words) > 1:
        words = words[2:]  # "as soon as"
    text = _strip_end(" ".join(words))
    return text if 0 < len(text.split()) <= 14 else ""


# ---------------------------------------------------------------------------------------------
# Goals and benefits: what comes after "I want" and after "so that"
# ---------------------------------------------------------------------------------------------


def _first_person(text: str) -> str:
    """Rewrite "they can reorder" as "I can reorder", "their orders" as "my orders"."""
    swaps = {
        "they": "I", "he": "I", "she": "I", "them": "me", "him": "me", "their": "my",
        "his": "my", "theirs": "mine", "themselves": "myself", "himself": "myself",
        "herself": "myself", "they're": "I'm", "they've": "I've", "they'll": "I'll",
        "they'd": "I'd", "he's": "I'm", "she's": "I'm",
    }  # fmt: skip
    words = text.split()
    out = []
    for n, word in enumerate(words):
        core = _norm(word)
        nxt = _norm(words[n + 1]) if n + 1 < len(words) else ""
        if core == "her":
            swap = "my" if nxt and nxt not in _FUNCTION_WORDS else "me"
        else:
            swap = swaps.get(core)
        if swap is None:
            out.append(word)
            continue
        out.append(word.lower().replace(core, swap, 1) if word[:1].islower() else swap)
    fixed = " ".join(out)
    fixed = re.sub(r"\bI (?:are|is)\b", "I am", fixed)
    fixed = re.sub(r"\bI were\b", "I was", fixed)
    fixed = re.sub(r"\bI has\b", "I have", fixed)
    fixed = re.sub(r"\bI does\b", "I do", fixed)
    return re.sub(r"\bI (\w+)\b", lambda m: "I " + _base_if_third_person(m.group(1)), fixed)


def _base_if_third_person(word: str) -> str:
    """Return the base form of a third-person verb ("gets" -> "get"), else the word."""
    return _BASE_OF[word] if _KIND_OF.get(word) == "3sg" else word


def _split_benefit(tokens: list[str], verb: str) -> tuple[list[str], str, str]:
    """Split off the reason ("so that", "to", "because"): (goal words, reason, reason kind)."""
    low = [_norm(t) for t in tokens]
    for n in range(1, len(low)):
        word = low[n]
        if word == "so" and n + 1 < len(low) and low[n + 1] == "that":
            return tokens[:n], " ".join(tokens[n + 2 :]), "so"
        if (
            word == "so"
            and n + 1 < len(low)
            and (
                low[n + 1] in _PRONOUNS | {"we", "it", "the", "their", "my"}
                or _classify_subject(tokens[n + 1 : n + 2])[0] == "actor"
            )
        ):
            return tokens[:n], " ".join(tokens[n + 1 :]), "so"
        if word == "in" and low[n + 1 : n + 3] == ["order", "to"]:
            return tokens[:n], " ".join(tokens[n + 3 :]), "purpose"
        if word in {"because", "since"} and n >= 2:
            return tokens[:n], " ".join(tokens[n + 1 :]), "because"
        if (
            word == "to"
            and n >= 1
            and n + 1 < len(low)
            and _KIND_OF.get(low[n + 1]) == "base"
            and low[n + 1] not in _NOUN_VERBS
            and verb not in _OBJECT_CONTROL
            and low[n - 1] not in _KIND_OF
            and low[n - 1] not in _FUNCTION_WORDS | {"how", "what", "where", "whether", "way"}
            and low[n - 1] not in {"ability", "option", "possibility", "time", "right", "chance"}
        ):
            return tokens[:n], " ".join(tokens[n + 1 :]), "purpose"
    return tokens, "", ""


def _benefit_text(raw: str, how: str, kind: str, role: str, category: str) -> str:
    """Write the text after "so that", from the requirement's own words when it gives a reason."""
    raw = _strip_end(raw)
    default = _DEFAULT_BENEFITS.get(category, _DEFAULT_BENEFITS["generic"])
    if not raw:
        return default
    if how == "so":
        text = _first_person(raw) if kind == "action" else raw
        return _replace_own_role(text, role)
    if how == "purpose":
        if kind == "action":
            return "I can " + _first_person(raw)
        return "it helps " + raw if not raw.lower().startswith("help") else "it " + raw
    if how == "because":
        return f"{default}, because {_first_person(raw) if kind == 'action' else raw}"
    return default


def _replace_own_role(text: str, role: str) -> str:
    """Turn "customers can reorder" into "I can reorder" when the story is a customer's."""
    words = text.split()
    for size in (3, 2, 1):
        if len(words) > size:
            found = _role_from_words(words[:size])
            if found and found == role:
                return _first_person("they " + " ".join(words[size:]))
    return text


# "the ability to pay" wants the same as "pay".
_FILLER_TO = [[noun, "to"] for noun in ("ability", "option", "possibility", "chance", "way")]


def _strip_lead(tokens: list[str]) -> list[str]:
    """Drop words that add nothing to a goal: "also", "be able to", "the ability to"."""
    tokens = list(tokens)
    changed = True
    while tokens and changed:
        changed = False
        low = [_norm(t) for t in tokens[:4]]
        if low[:1] and low[0] in {"also", "then", "still", "only", "always", "easily", "now"}:
            tokens, changed = tokens[1:], True
        elif low[:3] == ["be", "able", "to"]:
            tokens, changed = tokens[3:], True
        elif low[:2] == ["able", "to"]:
            tokens, changed = tokens[2:], True
        elif low[:2] in (["need", "to"], ["have", "to"], ["want", "to"]):
            tokens, changed = tokens[2:], True
        elif low[:1] == ["to"] and len(low) > 1 and low[1] in _KIND_OF:
            tokens, changed = tokens[1:], True
        elif len(low) >= 3 and low[0] in {"the", "an", "a"} and low[1:3] in _FILLER_TO:
            tokens, changed = tokens[3:], True
        elif low[:2] in _FILLER_TO:
            tokens, changed = tokens[2:], True
    return tokens


def _split_coordinated(tokens: list[str]) -> list[list[str]]:
    """Split "search, filter and sort restaurants" into one verb phrase per verb."""
    low = [_norm(t) for t in tokens]
    parts: list[list[str]] = [[]]
    n = 0
    while n < len(tokens):
        token = tokens[n]
        word = low[n]
        nxt = low[n + 1] if n + 1 < len(low) else ""
        if (
            word in {"and", "or", "and/or", "&"}
            and parts[-1]
            and _starts_verb_phrase(low, n + 1)
            and len(parts) < 6
            and (low[n - 1], nxt) not in _IDIOMS
        ):
            parts[-1][-1] = parts[-1][-1].rstrip(",")
            parts.append([])
            n += 1
            continue
        parts[-1].append(token)
        if (
            token.endswith(",")
            and nxt
            and _starts_verb_phrase(low, n + 1)
            and not _lists_nouns(tokens, low, n + 1)  # "by push, email or SMS"
            and len(parts) < 6
        ):
            parts[-1][-1] = token.rstrip(",")
            parts.append([])
        n += 1
    parts = [p for p in parts if p]
    # "pick up and deliver orders": a bare verb borrows the object of the phrase after it.
    for k in range(len(parts) - 2, -1, -1):
        verb, rest = _verb_and_rest(parts[k])
        if verb and not rest:
            _, next_rest = _verb_and_rest(parts[k + 1])
            parts[k] = parts[k] + next_rest[: _object_length(next_rest)]
    return parts


def _lists_nouns(tokens: list[str], low: list[str], n: int) -> bool:
    """True when the comma list going on at ``n`` ends in a noun ("email or SMS")."""
    while n < len(tokens) and tokens[n].endswith(","):
        n += 1  # skip the middle items of "a, b, c and d"
    if n + 1 < len(low) and low[n + 1] in {"and", "or"}:
        return not _starts_verb_phrase(low, n + 2)
    return False


def _object_length(rest: list[str]) -> int:
    """How many words the object noun phrase at the start of ``rest`` spans ("an invoice")."""
    for n, token in enumerate(rest):
        word = _norm(token)
        if word in _NP_STOPS or word in _AFTER_NOUN or token.startswith("("):
            return n
        if token.endswith((",", ";", ":", ".")):
            return n + 1
    return len(rest)


# Verb pairs that name one action ("drag and drop"), never split into two stories.
_IDIOMS = {("drag", "drop"), ("copy", "paste"), ("click", "collect"), ("plug", "play")}


def _starts_verb_phrase(low: list[str], n: int) -> bool:
    """True when the word at n is a base-form verb that is not the head of a noun phrase."""
    if n >= len(low):
        return False
    word = low[n]
    if word in {"be", "get"}:
        return True
    if _KIND_OF.get(word) != "base":
        return False
    nxt = low[n + 1] if n + 1 < len(low) else ""
    return not (word in _NOUN_VERBS and nxt in _NOUN_HEADS)


def _verb_and_rest(tokens: list[str]) -> tuple[str, list[str]]:
    """Split a verb phrase into its (phrasal) base verb and the words after it."""
    if not tokens:
        return "", []
    first = _norm(tokens[0])
    base = _BASE_OF.get(first, first)
    rest = tokens[1:]
    if rest and _norm(rest[0]) in _PARTICLES.get(base, set()):
        base = f"{base} {_norm(rest[0])}"
        rest = rest[1:]
    return base, rest


# Words that follow the object without being part of it.
_AFTER_NOUN = {
    "nearby", "online", "offline", "instantly", "immediately", "automatically", "again",
    "later", "first", "directly", "together", "live", "instead", "too", "etc", "e.g", "i.e",
}  # fmt: skip
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


def _object_phrase(rest: list[str]) -> list[str]:
    """Return the object noun phrase at the start of the words after a verb ("the order")."""
    words: list[str] = []
    for token in rest:
        word = _norm(token)
        if not word or word in _NP_STOPS or word in _MODALS:
            break
        if word in {"me", "it", "them", "us", "him", "her", "you"} and not words:
            return []  # the object is a pronoun: nothing to name a task after
        if words and (word in _DETERMINERS or word in _NUMBER_WORDS or word[:1].isdigit()):
            break  # "a reminder one day before", "mark done each day": a new phrase starts
        if word in _AFTER_NOUN or token.startswith("(") or (word.endswith("ly") and words):
            break  # "walkers nearby", "tickets (urgent first)", "orders quickly"
        if word not in _DETERMINERS:
            words.append(token.strip(_PUNCT.replace("'", "")).rstrip(",.;:"))
        if token.endswith((",", ";", ":", ".")) or len(words) >= 3:
            break
    return [w for w in words if w]


def _category(verb: str, rest: list[str]) -> str:
    """Pick the story category from the verb, letting the object decide for weak verbs."""
    category = _VERB_CATEGORY.get(verb) or _VERB_CATEGORY.get(verb.split(" ")[0])
    keyword = None
    for word in reversed(_object_phrase(rest)):
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


def _feature_category(words: list[str]) -> str:
    """Pick a category for a noun-phrase feature from its keywords, head noun first."""
    for word in reversed(words):
        low = _norm(word)
        if low in _KEYWORD_CATEGORY:
            return _KEYWORD_CATEGORY[low]
        base = _BASE_OF.get(low)
        if base and base in _VERB_CATEGORY and _KIND_OF.get(low) in {"ing", "base"}:
            return _VERB_CATEGORY[base]
        if low in _STANDALONE_NOMINALS:
            verb = _STANDALONE_NOMINALS[low].split(" ")[0].lower()
            if verb in _VERB_CATEGORY:
                return _VERB_CATEGORY[verb]
    return "generic"


def _goals_from_predicate(
    predicate: list[str], role: str | None, kind: str, subject: str
) -> list[_Goal]:
    """Turn the words after the modal into one goal per coordinated verb phrase."""
    tokens = _strip_lead(_before_relative_clause(predicate))
    if not tokens:
        return []
    low = [_norm(t) for t in tokens]
    # "allow couriers to accept orders": the allowed actor is the one who wants it.
    if low[0] in _ALLOW:
        for width in (3, 2, 1):  # the longest actor phrase followed by "to" or a verb
            after = 1 + width
            named = _role_from_words(tokens[1:after]) if after < len(tokens) else None
            if named and (low[after] == "to" or _KIND_OF.get(low[after]) == "base"):
                after += low[after] == "to"
                return _goals_from_predicate(tokens[after:], named, "action", "")
    if low[0] == "be" and len(low) > 1 and _able_base(low[1]):
        # "Courses must be filterable by level" reads as "filter courses by level".
        tokens = [tokens[0], _participle(_able_base(low[1])), *tokens[2:]]
        low[1] = _norm(tokens[1])
    if low[0] == "be" and len(low) > 1 and _KIND_OF.get(low[1]) == "pp":
        return [_passive_goal(tokens, role, kind, subject)]
    goals = []
    for part in _split_coordinated(tokens):
        verb, rest = _verb_and_rest(part)
        goals.append(_Goal(kind=kind, role=role, verb=verb, rest=rest, subject=subject))
    return goals


def _before_relative_clause(tokens: list[str]) -> list[str]:
    """Cut ", which the instructor can edit" off a goal: it adds detail, not a goal."""
    for n in range(1, len(tokens)):
        if _norm(tokens[n]) in {"which", "who", "whom", "whose"} and tokens[n - 1].endswith(","):
            return [*tokens[: n - 1], tokens[n - 1].rstrip(",")]
    return tokens


def _able_base(word: str) -> str | None:
    """The verb in an "-able" adjective ("filterable" -> "filter"), if it is a known verb."""
    if not word.endswith("able") or len(word) < 7:
        return None
    stem = word[:-4]
    candidates = [stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem]
    return next((c for c in candidates if _KIND_OF.get(c) == "base"), None)


def _passive_goal(tokens: list[str], role: str | None, kind: str, subject: str) -> _Goal:
    """Handle "be notified ..." (actor subject) and "be processed securely" (thing subject)."""
    participle = _norm(tokens[1])
    base = _BASE_OF.get(participle, participle)
    rest = tokens[2:]
    low = [_norm(t) for t in rest]
    if "by" in low:  # "Orders can be cancelled by customers": the agent wants it
        at = low.index("by")
        agent = _role_from_words(rest[at + 1 : at + 4]) if at + 1 < len(rest) else None
        if agent:
            tail = rest[at + 4 :] if at + 4 <= len(rest) else []
            object_words = subject.split() if kind == "system" else []
            return _Goal("action", agent, base, [*object_words, *rest[:at], *tail])
    if kind == "action":
        return _Goal("action", role, base, rest, passive=True)
    return _Goal("system", role, base, rest, subject=subject, passive=True)


# ---------------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------------


@dataclass
class _Story:
    """A story being built: the goal, its role and context, and where it came from."""

    goal: _Goal
    role: str | None
    priority: str
    sources: list[str]
    section: str | None
    subsection: str | None
    constraint: str
    category: str = "generic"
    reason: str = ""  # the text's own "so that ..." / "to ..." / "because ..." words
    reason_kind: str = ""  # so | purpose | because | given (already first person)
    order: int = 0
    title: str = ""
    task_heading: str | None = None  # the heading that names this story's task, if any

    @cached_property
    def words(self) -> frozenset[str]:
        """The meaningful words of the goal and role, singular and lower-case."""
        words = [self.goal.verb, *self.goal.rest, *(self.role or "").split(), *self.title.split()]
        ignored = _FUNCTION_WORDS | _DETERMINERS
        normalised = (_norm(w) for w in words)
        return frozenset(_singular(w) for w in normalised if len(w) > 3 and w not in ignored)

    @property
    def cluster(self) -> str:
        """The journey step this story belongs to, adjusted for back-office roles."""
        cluster = _CLUSTER_OF.get(self.category, "other")
        back_office = bool(set((self.role or "").split()) & _BACK_OFFICE)
        return "manage" if back_office and cluster in {"discover", "order"} else cluster


def _stated_priority(text: str) -> str | None:
    """The release the wording asks for ("must" -> MVP, "should" -> Release 1), if any."""
    if _PRIORITY_LATER.search(text):  # "later", "optional", "nice to have" beat any modal
        return "Later"
    if _PRIORITY_MVP.search(text):
        return "MVP"
    if _PRIORITY_R1.search(text):
        return "Release 1"
    if _PRIORITY_MAYBE.search(text):
        return "Later"
    return next((release for release, cue in _FOREIGN_PRIORITIES if cue.search(text)), None)


def _priority_of(clause_text: str, statement: _Statement) -> str:
    """The release for a requirement: its heading's, else its clause's, else its sentence's."""
    return (
        statement.heading_priority
        or _stated_priority(clause_text)
        or statement.stated_priority
        or "MVP"  # a requirement that does not say otherwise is part of the first release
    )


def _stories_from_statement(
    statement: _Statement, recent_role: str | None, english: bool = True
) -> list[_Story]:
    """Turn one sentence into stories, or none when it states no requirement."""
    text = _strip_trailing_semicolon(statement.text)
    if not english or not _is_latin(text):
        return [_verbatim_story(statement)]  # we cannot parse it, but we must not drop it
    written = _AS_A.match(text.strip())
    if written:
        return _written_story(statement, written)
    if _is_aside(text):
        return []
    text, leading_purpose = _leading_purpose(text)
    tokens = text.split()
    low = [_norm(t) for t in tokens]
    if not any(low):
        return []  # punctuation only
    present_ok = statement.bullet or not statement.modal_text
    clauses, condition = _find_clauses(tokens, low, present_ok)
    if not clauses and statement.bullet:
        clauses = _bullet_clauses(tokens, low, statement)
    elif not clauses and _is_imperative(low):
        clauses = [_Clause([], "none", tokens)]
    if not clauses:
        return []
    stories = []
    for clause in clauses:
        for goal in _goals_from_clause(clause, statement, recent_role):
            goal.condition = condition
            goal.purpose = leading_purpose
            stories.append(_make_story(goal, clause, statement))
        recent_role = next((s.role for s in reversed(stories) if s.role), recent_role)
    return [s for s in stories if s.goal.verb or s.goal.goal_text]


_ASIDE_WORDS = {"docs", "documentation", "mockup", "mockups", "figma", "wiki", "appendix", "link"}


def _is_aside(text: str) -> bool:
    """True for "(see mockups: ...)" or "see the docs for ...": a pointer, not a requirement."""
    words = [_norm(w) for w in text.split()]
    if not words or (text.startswith("(") and text.rstrip(".!?").endswith(")")):
        return True
    return words[0] in {"see", "refer", "cf", "note"} and bool(_ASIDE_WORDS & set(words))


def _leading_purpose(text: str) -> tuple[str, str]:
    """Split "To reduce no-shows, the app sends reminders" into the sentence and its purpose."""
    match = re.match(r"(?i)^(?:in order to|to)\s+(\w+)\b([^,]{0,120}),\s+(.+)$", text)
    if match and _KIND_OF.get(match.group(1).lower()) == "base":
        return match.group(3), match.group(1) + match.group(2)
    return text, ""


def _is_imperative(low: list[str]) -> bool:
    """True for sentences that start with a base verb ("Browse restaurants by cuisine")."""
    if len(low) < 2:
        return False
    not_a_subject = low[1] not in {"is", "are", "was", "will"}  # "Order matters", "Search is"
    return _starts_verb_phrase(low, 0) and low[0] not in {"be", "get"} and not_a_subject


def _bullet_clauses(tokens: list[str], low: list[str], statement: _Statement) -> list[_Clause]:
    """Read a bullet without a modal: imperative, third-person ("Sends ..."), or a feature."""
    label = re.match(r"^([\w' -]{1,30}):\s+(.+)$", " ".join(tokens))
    if label:
        role = _role_from_words(label.group(1).split())
        if role:  # "Couriers: accept jobs, see earnings"
            rest = label.group(2).split()
            return [_Clause(label.group(1).split(), "actor", rest)]
    if _KIND_OF.get(low[0]) == "3sg":
        return [_Clause([], "system", tokens)]
    if _starts_verb_phrase(low, 0) or low[0] in {"ability", "option", "possibility"}:
        return [_Clause([], "none", tokens)]
    if (
        statement.section
        or statement.heading_priority
        or statement.heading_role
        or re.search(r"\b(support|ability|option|integration|feature)\b", " ".join(low))
        or len(tokens) <= 12
    ):
        return [_Clause([], "feature", tokens)]
    return []


def _goals_from_clause(
    clause: _Clause, statement: _Statement, recent_role: str | None
) -> list[_Goal]:
    """Turn one clause into goals, resolving who wants them."""
    subject_text = _squash(" ".join(clause.subject))
    kind = clause.subject_kind
    role = statement.heading_role
    if kind == "actor":
        role = _classify_subject(clause.subject)[1]
    elif kind == "pronoun":
        pronoun = _norm(clause.subject[-1]) if clause.subject else ""
        role = (recent_role if pronoun in {"they", "he", "she"} else None) or role
        kind = "actor"
    if kind == "feature":
        return [_feature_goal(part, role) for part in _split_feature_list(clause.predicate)]
    if clause.negative:
        return [_rule_goal(clause, role)]
    if kind in {"system", "thing"}:
        subject = _system_subject(subject_text, kind)
        goals = _goals_from_predicate(clause.predicate, role, "system", subject)
        for goal in goals:
            if goal.kind == "system" and not statement.heading_role:
                _address_recipient(goal)
        return goals
    return _goals_from_predicate(clause.predicate, role, "action", "")


# Verbs whose direct object is the person served ("notify customers", "send couriers jobs").
_ADDRESS_VERBS = {
    "notify", "alert", "remind", "email", "message", "show", "tell", "send", "give", "help",
    "match", "invite", "contact", "call", "warn", "inform", "ask", "prompt", "offer",
    "recommend", "suggest", "pay", "charge", "refund", "reward", "assign", "let", "allow",
}  # fmt: skip


def _address_recipient(goal: _Goal) -> None:
    """Let the person a system goal serves want it: "alert the dispatcher" -> "alert me"."""
    rest = goal.rest
    for k, token in enumerate(rest):
        word = _norm(token)
        if word in _FUNCTION_WORDS or word in _DETERMINERS or "'" in token.rstrip(",.;:"):
            continue  # possessives ("couriers' ratings") name whose thing, not who is served
        if not _role_from_words([token]):
            continue
        head = k  # "restaurant staff": both words name people, the last is the head
        while head + 1 < len(rest) and _role_from_words([rest[head + 1]]):
            head += 1
        role = _role_from_words(rest[k : head + 1])
        token = rest[head]
        start = k
        while start > 0 and k - start < 3 and _norm(rest[start - 1]) not in _FUNCTION_WORDS:
            start -= 1  # walk back over "nearest available"
        before = _norm(rest[start - 1]) if start > 0 else ""
        if before in {"to", "for", "with"} or (start == 0 and goal.verb in _ADDRESS_VERBS):
            trailing = token[len(token.rstrip(",.;:")) :]
            goal.rest = [*rest[:start], "me" + trailing, *rest[head + 1 :]]
            goal.role = role
        return


def _system_subject(subject_text: str, kind: str) -> str:
    """Write the subject of a system goal: "the app", "the menu", "payments"."""
    words = subject_text.split()
    low = [_norm(w) for w in words]
    if not words or low[-1] in {"we", "it", "this"}:
        return "the app"
    if kind == "system":
        kept = [w for w, lw in zip(words, low, strict=True) if lw not in _DETERMINERS]
        return "the " + " ".join(_decapitalise(w) if n == 0 else w for n, w in enumerate(kept))
    return _decapitalise(_strip_end(subject_text))


def _feature_goal(words: list[str], role: str | None) -> _Goal:
    """A bullet that names a feature ("Real-time order tracking"): the user wants the feature."""
    tokens = _strip_lead(words)
    low = [_norm(t) for t in tokens]
    if tokens and _starts_verb_phrase(low, 0):
        verb, rest = _verb_and_rest(tokens)
        return _Goal("action", role, verb, rest)
    text = _strip_end(" ".join(tokens or words))
    return _Goal("feature", role, goal_text=_decapitalise(text), rest=tokens)


def _split_feature_list(tokens: list[str]) -> list[list[str]]:
    """Split "dark mode, offline maps and push notifications" into one feature each."""
    text = " ".join(tokens)
    parts = [p.split() for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", text)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(p) > 4 for p in parts):
        return [tokens]  # not a short list of names: keep the bullet whole
    if any(_starts_verb_phrase([_norm(w) for w in p], 0) for p in parts[1:]):
        return [tokens]  # verb phrases are split elsewhere
    return parts


def _rule_goal(clause: _Clause, role: str | None) -> _Goal:
    """A prohibition ("Guests cannot place orders") is wanted as a rule the product enforces."""
    subject = " ".join(clause.subject)
    predicate = " ".join(_strip_lead(clause.predicate))
    rule = _strip_end(f"{subject} cannot {predicate}" if subject else f"never {predicate}")
    goal = _Goal("rule", role, goal_text=f'the rule "{_decapitalise(rule)}" to be enforced')
    goal.rest = _strip_lead(clause.predicate)
    goal.verb = ""
    goal.subject = _capitalise(rule)
    return goal


def _make_story(goal: _Goal, clause: _Clause, statement: _Statement) -> _Story:
    """Finish a story from a goal: split off the benefit, pick category and priority."""
    if goal.kind in {"action", "system"}:
        goal.rest, benefit_raw, how = _split_benefit(goal.rest, goal.verb.split(" ")[0])
        # "Payment must be taken by card": the subject is what the verb acts on.
        acted_on = goal.subject.split() if goal.passive else []
        category = _category(goal.verb, [*acted_on, *goal.rest])
    elif goal.kind == "rule":
        benefit_raw, how = "", ""
        category = "rule"
    else:
        benefit_raw, how = "", ""
        category = _feature_category(goal.rest)
    category = _quality_category(goal, category)
    if goal.purpose and not benefit_raw:
        benefit_raw, how = goal.purpose, "purpose"
    clause_text = " ".join(clause.subject + clause.predicate)
    return _Story(
        goal=goal,
        role=goal.role,
        sources=[statement.source],
        section=statement.section,
        subsection=statement.subsection,
        priority=_priority_of(clause_text, statement),
        constraint=_constraint(clause_text),
        category=category,
        reason=benefit_raw,
        reason_kind=how if benefit_raw else "",
    )


def _quality_category(goal: _Goal, category: str) -> str:
    """Recognise non-functional requirements (speed, availability, security) by their words."""
    words = {_norm(w) for w in goal.rest} | set(goal.goal_text.lower().split())
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


def _constraint(text: str) -> str:
    """Return a measurable limit stated in the requirement ("within 5 minutes"), if any."""
    match = _CONSTRAINT.search(text)
    return _strip_end(match.group(0)) if match else ""


def _written_story(statement: _Statement, match: re.Match[str]) -> list[_Story]:
    """Keep a story the author already wrote as "As a ..., I want ..., so that ..."."""
    role = _role_from_words(match.group("role").split()) or _strip_end(match.group("role")).lower()
    tokens = match.group("goal").split()
    low = [_norm(t) for t in tokens]
    if _starts_verb_phrase(low, 0) or _KIND_OF.get(low[0]) == "base":
        verb, rest = _verb_and_rest(tokens)
        goal = _Goal("action", role, verb, rest)
    else:
        goal = _Goal("feature", role, goal_text=_strip_end(" ".join(tokens)), rest=tokens)
    clause = _Clause(match.group("role").split(), "actor", tokens)
    story = _make_story(goal, clause, statement)
    if match.group("benefit"):
        story.reason, story.reason_kind = _strip_end(match.group("benefit")), "given"
    return [story]


def _verbatim_story(statement: _Statement) -> _Story:
    """A sentence we cannot parse becomes a story whose goal is the sentence itself."""
    text = _strip_end(_strip_trailing_semicolon(statement.text)) or statement.text
    goal = _Goal("verbatim", statement.heading_role, goal_text=text)
    return _Story(
        goal=goal,
        role=statement.heading_role,
        priority=_priority_of(text, statement),
        sources=[statement.source],
        section=statement.section,
        subsection=statement.subsection,
        constraint=_constraint(text),
    )


_MODAL_WORD = re.compile(
    r"\b(must|should|can|could|will|shall|may|cannot|can't|needs? to|able to)\b", re.I
)
_STRICT_REQUIREMENT = re.compile(r"\b(must|shall|is required to|are required to)\b", re.I)


def _collect_stories(statements: list[_Statement], english: bool) -> list[_Story]:
    """Find the stories in every requirement sentence, in document order."""
    modal = sum(bool(_MODAL_WORD.search(s.text)) for s in statements)
    for statement in statements:
        statement.modal_text = modal >= 0.4 * len(statements)
    stories: list[_Story] = []
    recent_role: str | None = None
    previous_section: str | None = None
    for statement in statements:
        if statement.skipped:
            continue
        if statement.section != previous_section:
            recent_role, previous_section = None, statement.section
        if statement.context and not _STRICT_REQUIREMENT.search(statement.text):
            continue  # explanation, not a requirement
        try:
            found = _stories_from_statement(statement, recent_role, english)
        except Exception:  # a heuristic must never fail the user's job: keep the sentence as is
            found = [_verbatim_story(statement)]
        stories.extend(found)
        recent_role = next((s.role for s in reversed(found) if s.role), recent_role)
    return stories


def _fallback_stories(statements: list[_Statement], text: str) -> list[_Story]:
    """With no recognisable requirement, every sentence becomes a story so nothing is lost."""
    stories = [_verbatim_story(s) for s in statements if not s.skipped]
    if not stories:
        stories = [_verbatim_story(s) for s in statements]
    if not stories:
        source = _squash(text) or "Requirements"
        statement = _Statement(source, source, False, None, None, None, None, False)
        stories = [_verbatim_story(statement)]
    return stories


def _main_role(stories: list[_Story]) -> str:
    """The role named most often (first named wins a tie), else "user"."""
    counts = Counter(s.role for s in stories if s.role)
    if not counts:
        return "user"
    best = max(counts.values())
    return next(role for role in counts if counts[role] == best)


# ---------------------------------------------------------------------------------------------
# Writing stories up: goal, title, description, criteria
# ---------------------------------------------------------------------------------------------


def _action_phrase(story: _Story, limit: int = _MAX_ACTION_WORDS) -> str:
    """The goal as a verb phrase in the first person: "track my orders in real time"."""
    goal = story.goal
    rest = " ".join(goal.rest)
    if goal.kind == "action":
        rest = _first_person_possessives(rest)
    if goal.passive and goal.kind == "action":
        participle = _participle(goal.verb)
        phrase = f"be {participle} {rest}"
    else:
        phrase = f"{goal.verb} {rest}"
    return _truncate_words(_strip_end(phrase), limit)


def _first_person_possessives(text: str) -> str:
    """Rewrite "their orders" as "my orders", "near them" as "near me"; a bare "them" stays."""
    text = re.sub(r"\b(their|his)\b", "my", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(themselves|himself|herself)\b", "myself", text, flags=re.IGNORECASE)
    return re.sub(r"\b(near|to|for|with|around) them\b", r"\1 me", text)


def _participle(verb: str) -> str:
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


def _goal_text(story: _Story) -> str:
    """What follows "I want": "to browse restaurants", "the app to send receipts"."""
    goal = story.goal
    if goal.kind == "action":
        return "to " + _truncate_words(_action_phrase(story, _MAX_GOAL_WORDS), _MAX_GOAL_WORDS)
    if goal.kind == "system":
        rest = _strip_end(" ".join(goal.rest))
        if goal.passive:
            phrase = f"{goal.subject} to be {_participle(goal.verb)} {rest}"
        else:
            phrase = f"{goal.subject} to {goal.verb} {rest}"
        return _truncate_words(_strip_end(phrase), _MAX_GOAL_WORDS)
    if goal.kind == "verbatim":  # quoted as written: we could not rephrase it
        return f'"{_truncate_words(goal.goal_text, _MAX_GOAL_WORDS)}"'
    return _truncate_words(goal.goal_text, _MAX_GOAL_WORDS)


def _title_of(story: _Story) -> str:
    """A short, capitalised goal for the story card."""
    goal = story.goal
    if goal.kind == "action":
        rest = _first_person_possessives(" ".join(goal.rest)).split()
        words = [w for w in rest if _norm(w) not in _POSSESSIVES]
        verb = "get" if goal.passive else goal.verb
        verb_text = f"{verb} {_participle(goal.verb)}" if goal.passive else verb
        return _short_title(f"{verb_text} {' '.join(words)}")
    if goal.kind == "system":
        words = _without_me([w for w in goal.rest if _norm(w) not in _POSSESSIVES])
        if goal.verb == "be":
            return _short_title(f"{goal.subject.removeprefix('the ')} is {' '.join(words)}")
        if goal.passive:
            subject = goal.subject.removeprefix("the ")
            return _short_title(f"{goal.verb} {subject} {' '.join(words)}")
        return _short_title(f"{goal.verb} {' '.join(words)}")
    if goal.kind == "rule":
        return _short_title(goal.subject)
    return _short_title(goal.goal_text)


def _without_me(words: list[str]) -> list[str]:
    """Drop "(to/for) me" from a title: "Send an alert to me when ..." -> "Send an alert when"."""
    kept: list[str] = []
    for word in words:
        if _norm(word) == "me":
            if kept and _norm(kept[-1]) in {"to", "for", "with"}:
                kept.pop()
            continue
        kept.append(word)
    return kept


def _when_clause(story: _Story) -> str:
    """The "when" of a criterion: the user's action, or the moment the system should act."""
    goal = story.goal
    if goal.kind == "action":
        phrase = _action_phrase(story)
        return f"I should {phrase}" if phrase.startswith("be ") else f"I {phrase}"
    if goal.kind == "system":
        rest = _truncate_words(_strip_end(" ".join(goal.rest)), _MAX_ACTION_WORDS)
        verb = f"be {_participle(goal.verb)}" if goal.passive else goal.verb
        return _strip_end(f"{goal.subject} should {verb} {rest}")
    if goal.kind == "feature":
        return f"I use {_truncate_words(goal.goal_text, _MAX_ACTION_WORDS)}"
    return f'I use "{story.title}"'


def _role_fill(role: str) -> dict[str, str]:
    return {"role": role, "a_role": f"{_article(role)} {role}"}


def _happy_context(story: _Story, role: str) -> tuple[str, str]:
    """The happy path's "given" and the "when" the story's criteria share."""
    if story.goal.kind == "rule":
        return f'the rule "{story.goal.subject}" applies', "someone acts within it"
    if story.goal.condition:  # the user's words: a "{x}" in them is text, not a placeholder
        return story.goal.condition, _when_clause(story)
    happy_given = _CRITERIA.get(story.category, _CRITERIA["generic"])[0]
    return happy_given.format(**_role_fill(role)), _when_clause(story)


def _criteria(story: _Story, role: str) -> list[str]:
    """Two to five Given/When/Then criteria, at least one of them an unhappy path."""
    fill = _role_fill(role)
    happy_given, when = _happy_context(story, role)
    if story.goal.kind == "rule":
        rule = story.goal.subject
        return [
            f"Given {happy_given}, when {when}, then they can carry on as normal.",
            f'Given someone tries to break the rule "{rule}", when they try, '
            "then they are not allowed to continue and are told why.",
        ]
    _, happy_then, sad_given, sad_then = _CRITERIA.get(story.category, _CRITERIA["generic"])
    criteria = [
        f"Given {happy_given}, when {when}, then {happy_then.format(**fill)}.",
        f"Given {sad_given.format(**fill)}, when {when}, then {sad_then.format(**fill)}.",
    ]
    if story.constraint:
        criteria.append(
            f'Given the requirement says "{story.constraint}", when {when}, '
            f"then the result stays {story.constraint}, and going past it shows a clear message."
        )
    if story.category in _CONNECTION_SENSITIVE:
        criteria.append(
            f"Given I have lost my connection, when {when}, "
            "then I am told it did not go through and nothing I entered is lost."
        )
    return criteria[:5]


def _description(story: _Story, role: str) -> str:
    """The story sentence: "As a <role>, I want <goal>, so that <benefit>."."""
    benefit = _benefit(story, role)
    return f"As {_article(role)} {role}, I want {_goal_text(story)}, so that {benefit}."


def _benefit(story: _Story, role: str) -> str:
    """What follows "so that": the text's own reason when it gives one, else the category's."""
    if story.reason_kind == "given":
        benefit = story.reason
    else:
        benefit = _benefit_text(
            story.reason, story.reason_kind, story.goal.kind, role, story.category
        )
    benefit = re.sub(r"^so that\s+", "", _strip_end(benefit), flags=re.IGNORECASE)
    return benefit or _DEFAULT_BENEFITS["generic"]


# ---------------------------------------------------------------------------------------------
# Merging duplicates and keeping titles unique
# ---------------------------------------------------------------------------------------------

_PRIORITY_RANK = {"MVP": 0, "Release 1": 1, "Later": 2}


def _merge_duplicates(stories: list[_Story]) -> list[_Story]:
    """Join stories with the same role and goal, keeping every source and the higher priority."""
    kept: dict[tuple[str, str], _Story] = {}
    for story in stories:
        key = ((story.role or "").lower(), _goal_text(story).lower())
        first = kept.get(key)
        if first is None:
            kept[key] = story
            continue
        for source in story.sources:
            if source not in first.sources:
                first.sources.append(source)
        if _PRIORITY_RANK[story.priority] < _PRIORITY_RANK[first.priority]:
            first.priority = story.priority
    return list(kept.values())


def _unique_titles(stories: list[_Story]) -> None:
    """Make every title unique: add the role, then a number, to repeated titles."""
    seen: set[str] = set()
    for story in stories:
        title = story.title
        if title.lower() in seen:
            role = story.role or ""
            title = f"{title} ({role})" if len(role.split()) <= 2 else title
            number = 2
            while title.lower() in seen:
                title = f"{story.title} ({number})"
                number += 1
        seen.add(title.lower())
        story.title = title


# ---------------------------------------------------------------------------------------------
# Tasks and activities
# ---------------------------------------------------------------------------------------------


@dataclass
class _Activity:
    """An activity being assembled: its name, cluster and stories."""

    title: str
    cluster: str
    stories: list[_Story]
    from_heading: bool = False


def _task_title(story: _Story) -> str:
    """The user task a story belongs to, named by its main verb and object."""
    goal = story.goal
    if goal.kind in {"action", "system"} and goal.verb and goal.verb != "be":
        if goal.passive and goal.kind == "action":
            return _short_title(f"get {_participle(goal.verb)}", 4)
        if goal.passive and goal.subject:
            return _short_title(f"{goal.verb} {goal.subject.removeprefix('the ')}", 5)
        rest = goal.rest
        verb = goal.verb
        if (
            rest
            and _norm(rest[0]) in {"for", "to", "on", "with", "into"}
            and (verb in _PREPOSITION_VERBS)
        ):
            verb, rest = f"{verb} {_norm(rest[0])}", rest[1:]  # "search for dishes"
        thing = _object_phrase(rest)
        return _short_title(f"{verb} {' '.join(thing)}", 5) if thing else story.title
    if goal.kind in {"verbatim", "rule"} or goal.verb == "be":
        return story.title
    words = []
    for token in story.title.split():  # a feature: its noun phrase, up to the first qualifier
        word = _norm(token)
        if words and (word in _NP_STOPS or word[:1].isdigit() or word.endswith("ed")):
            break
        words.append(token)
    return _short_title(" ".join(words), 4) if words else story.title


def _task_key(story: _Story) -> str:
    """Stories with the same key share a task: the same sub-heading, or verb and object."""
    heading = story.task_heading or story.subsection
    return f"§{heading}" if heading else _task_title(story).lower()


def _label(text: str, limit: int) -> str:
    """A title that fits the schema: trimmed, at most ``limit`` characters, never empty."""
    return text.strip()[:limit].strip() or "Untitled"


def _tasks(activity: _Activity) -> list[TaskDraft]:
    """Group an activity's stories into tasks, in the order the tasks first appear."""
    groups: dict[str, list[_Story]] = {}
    titles: dict[str, str] = {}
    for story in activity.stories:
        groups.setdefault(_task_key(story), []).append(story)
    for key, group in groups.items():
        heading = group[0].task_heading or group[0].subsection
        titles[key] = _heading_to_activity(heading, group) if heading else _task_title(group[0])
    return [
        TaskDraft(title=_label(titles[key], 200), stories=[_story_draft(s) for s in group])
        for key, group in groups.items()
    ]


def _story_draft(story: _Story) -> StoryDraft:
    """Convert a finished story into the schema model."""
    role = story.role or "user"
    return StoryDraft(
        title=_label(story.title, 300),
        description=_description(story, role),
        priority=story.priority,
        acceptance_criteria=_criteria(story, role),
        sources=story.sources,
    )


def _common_object(stories: list[_Story], plural: bool) -> str:
    """The object most stories in a group are about ("restaurants"), or ""."""
    counts: Counter[str] = Counter()  # by head noun, so "menus" and "the menu" count together
    shown: dict[str, str] = {}  # head noun -> the phrase as first written
    for story in stories:
        if story.goal.kind == "system" and story.goal.passive:
            words = story.goal.subject.removeprefix("the ").split()
        else:
            words = _object_phrase(story.goal.rest)
        words = [w.lower() for w in words if w.isalpha() or "-" in w]
        if words and story.goal.kind in {"action", "system"}:
            head = _singular(words[-1])
            counts[head] += 1
            shown.setdefault(head, " ".join(words[-2:]))
    if not counts:
        return ""
    best = max(counts.values())
    head = next(k for k in counts if counts[k] == best)  # ties go to the first mentioned
    phrase = shown[head]
    return _plural(phrase[: len(phrase) - len(phrase.split()[-1])] + head) if plural else phrase


# Things people search in rather than for.
_CONTAINERS = {"catalogue", "catalog", "menu", "list", "map", "database", "directory", "library"}


def _cluster_title(cluster: str, stories: list[_Story], system: str) -> str:
    """Name a journey step after what its stories do ("Find restaurants", "Track the order")."""
    namer = _CLUSTER_NAMERS.get(cluster)
    return namer(stories) if namer else f"Use the {system}"


def _name_account(stories: list[_Story]) -> str:
    """Sign up, sign in, or look after the account."""
    categories = {s.category for s in stories}
    if "signup" in categories:
        return "Sign up"
    return "Sign in" if "login" in categories else "Manage my account"


def _name_discover(stories: list[_Story]) -> str:
    """Find the things searched for; search a catalogue; view what is only looked at."""
    searches = [s for s in stories if s.category == "search"] or stories
    thing = _common_object(searches[:1], plural=False)
    if _singular(thing.rsplit(" ", 1)[-1]) in _CONTAINERS:  # search a menu, find the dishes
        return f"{_capitalise(searches[0].goal.verb)} {_with_article(thing)}"
    thing = _common_object(stories, plural=True)
    if {s.category for s in stories} == {"view"}:
        return f"View {thing}" if thing else "View details"
    return f"Find {thing}" if thing else "Find what I need"


def _name_order(stories: list[_Story]) -> str:
    """Place an order, make a booking, or create the thing the stories create."""
    verbs = {s.goal.verb for s in stories}
    if verbs & {"book", "reserve"}:
        return "Make a booking"
    objects = " ".join(w.lower() for s in stories for w in s.goal.rest)
    if verbs & {"order", "place", "reorder", "buy", "purchase"} or re.search(
        r"\b(orders?|cart)\b", objects
    ):
        return "Place an order"
    thing = _common_object(stories, plural=True)
    verb = _capitalise(stories[0].goal.verb or "create")
    return f"{verb} {thing}" if thing else "Make a request"


def _name_fulfil(stories: list[_Story]) -> str:
    """Deliver or fulfil the orders (jobs, requests) the stories handle."""
    thing = _common_object(stories, plural=True) or "orders"
    delivering = {s.goal.verb for s in stories} & {"deliver", "pick up", "drop off"}
    return f"{'Deliver' if delivering else 'Fulfil'} {thing}"


def _name_follow(stories: list[_Story]) -> str:
    """Track something, get notified, or stay in touch."""
    tracking = [s for s in stories if s.category == "track"]
    if tracking:
        thing = _common_object(tracking, plural=False)
        return f"Track {_with_article(thing)}" if thing else "Track progress"
    return "Get notified" if any(s.category == "notify" for s in stories) else "Stay in touch"


def _name_manage(stories: list[_Story]) -> str:
    """Manage the thing most stories change."""
    thing = _common_object(stories, plural=False)
    return f"Manage {_with_article(thing)}" if thing else "Manage the service"


def _name_review(stories: list[_Story]) -> str:
    """Rate and review, view reports, or both."""
    categories = {s.category for s in stories}
    if categories == {"report"}:
        return "View reports"
    return "Rate and review" if categories == {"review"} else "Review and report"


_CLUSTER_NAMERS = {
    "account": _name_account,
    "discover": _name_discover,
    "order": _name_order,
    "pay": lambda stories: "Pay",
    "fulfil": _name_fulfil,
    "follow": _name_follow,
    "manage": _name_manage,
    "review": _name_review,
}


def _with_article(phrase: str) -> str:
    """Prefix "the" to a singular noun phrase ("the order"); plurals and "delivery" stay bare."""
    last = phrase.rsplit(" ", 1)[-1].lower()
    plural = last.endswith("s") and not last.endswith("ss") and last not in _SINGULAR_S
    if plural or last in _UNCOUNTABLE or not phrase:
        return phrase
    return f"the {phrase}"


def _heading_to_activity(heading: str, stories: list[_Story]) -> str:
    """Turn a heading into a verb phrase: "Order tracking" -> "Track the order"."""
    text = re.sub(r"^(?:\d+(?:\.\d+)*[.)]?|[ivx]+\.)\s+", "", heading.strip())
    text = re.sub(r"(?i)^(?:feature|epic|module|section|area)\s*\d*\s*[:\-–—]\s*", "", text)
    text = _strip_end(text) or heading
    words = text.split()
    if not _is_latin(text) or not words:
        return _short_title(text, 6)  # not English: keep the author's words
    low = [_norm(w) for w in words]
    shown = [w.lower() if w[1:].islower() else w for w in words]  # keep acronyms and names
    if len(words) == 1 and low[0] in _STANDALONE_NOMINALS:
        return _STANDALONE_NOMINALS[low[0]]
    if _KIND_OF.get(low[0]) == "ing" and _gerund_takes_object(low):  # "Finding a walker"
        return _short_title(" ".join([_BASE_OF[low[0]], *words[1:]]), 6)
    if (len(words) == 1 and low[0].endswith("ing")) or low[0] in _PHASE_WORDS:
        return _short_title(text, 6)  # "Travelling", "After the trip" already name a step
    return (
        _nominal_heading(low, shown)
        or (_short_title(text, 6) if _starts_verb_phrase(low, 0) else None)
        or _noun_heading(words, shown, stories)
    )


_PHASE_WORDS = {"after", "before", "during", "while", "when", "at", "on", "pre", "post"}


def _gerund_takes_object(low: list[str]) -> bool:
    """True for "Booking a walk" or "Managing menus", not "Learning experience" (a noun)."""
    if len(low) < 2:
        return False
    nxt = low[1]
    return nxt in _DETERMINERS or (nxt.endswith("s") and not nxt.endswith("ss"))


def _nominal_heading(low: list[str], shown: list[str]) -> str | None:
    """Rephrase "Order tracking" and "User accounts" as verb phrases, else None."""
    verb_first = _starts_verb_phrase(low, 0) and low[0] not in _NOUN_VERBS
    last = low[-1]
    if any(w in {"and", "&", "or"} for w in low) or len(low) > 4:
        return None  # "Admin & reporting": more than one thing, keep the author's words
    if verb_first and not last.endswith(("ing", "ment", "tion", "sion")):
        return None  # "Manage payments" is already a verb phrase
    if last in _THING_NOMINALS:
        return _short_title(f"{_THING_NOMINALS[last]} {_with_article(' '.join(shown))}")
    if last in _PROCESS_NOMINALS:
        verb = _PROCESS_NOMINALS[last]
        thing = " ".join(shown[:-1])
        if verb in {"Search", "Browse", "Manage"}:
            thing = _plural(thing)
        return _short_title(f"{verb} {_with_article(thing) if verb == 'Track' else thing}")
    return None


def _noun_heading(words: list[str], shown: list[str], stories: list[_Story]) -> str:
    """Give a one-noun heading ("Restaurants", "Menu") the verb of its step, else keep it."""
    verb = _CLUSTER_HEADING_VERB.get(_dominant_cluster(stories))
    if len(shown) > 1 or not verb or not shown[0].replace("-", "").isalpha():
        return _short_title(" ".join(words), 8)  # not simple: the author's words say it best
    thing = " ".join(shown)
    return _short_title(f"{verb} {_plural(thing) if verb == 'Find' else _with_article(thing)}")


def _dominant_cluster(stories: list[_Story]) -> str:
    """The journey step most of these stories belong to (earliest step wins a tie)."""
    counts = Counter(s.cluster for s in stories if s.category != "generic")
    if not counts:  # stories we could not place only decide when nothing else does
        return "other"
    best = max(counts.values())
    return min((c for c in counts if counts[c] == best), key=lambda c: _CLUSTER_RANK[c])


def _activities_by_cluster(stories: list[_Story], system: str) -> list[_Activity]:
    """Group stories into journey steps, ordered as a user meets them."""
    groups: dict[str, list[_Story]] = {}
    for story in stories:
        groups.setdefault(story.cluster, []).append(story)
    ordered = sorted(groups, key=lambda c: _CLUSTER_RANK[c])
    return [_Activity(_cluster_title(c, groups[c], system), c, groups[c]) for c in ordered]


def _activities_by_heading(stories: list[_Story], system: str) -> list[_Activity] | None:
    """Use the document's headings as activities when there are 2 to 8 of them."""
    sections: dict[str, list[_Story]] = {}
    loose: list[_Story] = []
    for story in stories:
        if story.section:
            sections.setdefault(story.section, []).append(story)
        else:
            loose.append(story)
    if not 2 <= len(sections) <= _MAX_ACTIVITIES:
        return None
    activities = [
        _Activity(_heading_to_activity(h, group), _dominant_cluster(group), group, True)
        for h, group in sections.items()
    ]
    extra: dict[str, list[_Story]] = {}
    steps = [Counter(s.cluster for s in a.stories) for a in activities]
    for story in loose:  # stories outside any heading join the heading about the same step
        target = _heading_for(story, activities, steps)
        if target:
            target.stories.append(story)
        else:
            extra.setdefault(story.cluster, []).append(story)
    for cluster in sorted(extra, key=lambda c: _CLUSTER_RANK[c]):
        group = extra[cluster]
        title = _cluster_title(cluster, group, system)
        same = next((a for a in activities if a.title.lower() == title.lower()), None)
        if same:
            same.stories.extend(group)
        else:
            activities.append(_Activity(title, cluster, group))
    if len(activities) > _MAX_ACTIVITIES:
        return None
    for activity in activities:
        activity.stories.sort(key=lambda s: s.order)
    return activities


def _activities_by_grouped_headings(stories: list[_Story], system: str) -> list[_Activity] | None:
    """With more than eight headings, each heading becomes a task under its journey step."""
    sections: dict[str, list[_Story]] = {}
    for story in stories:
        if story.section:
            sections.setdefault(story.section, []).append(story)
    if len(sections) <= _MAX_ACTIVITIES:
        return None
    steps: dict[str, list[_Story]] = {}
    for heading, group in sections.items():
        for story in group:
            story.task_heading = heading
        steps.setdefault(_dominant_cluster(group), []).extend(group)
    for story in stories:
        if not story.section:
            steps.setdefault(story.cluster, []).append(story)
    ordered = sorted(steps, key=lambda c: _CLUSTER_RANK[c])
    return [
        _Activity(_cluster_title(c, steps[c], system), c, sorted(steps[c], key=lambda s: s.order))
        for c in ordered
    ]


def _heading_for(
    story: _Story, activities: list[_Activity], steps: list[Counter[str]]
) -> _Activity | None:
    """The heading activity with most stories in the same journey step as this one, if any."""
    counts = [step[story.cluster] for step in steps]
    best = max(range(len(activities)), key=lambda i: (counts[i], -i), default=None)
    return activities[best] if best is not None and counts[best] else None


def _split_to_minimum(activities: list[_Activity], system: str) -> list[_Activity]:
    """Split a large activity by journey step when there are fewer than three activities."""
    total_stories = sum(len(a.stories) for a in activities)
    if len(activities) >= _MIN_ACTIVITIES or total_stories < _MIN_ACTIVITIES:
        return activities
    result = list(activities)
    for activity in sorted(activities, key=lambda a: -len(a.stories)):
        clusters = {s.cluster for s in activity.stories}
        if len(result) >= _MIN_ACTIVITIES or len(clusters) < 2 or not activity.from_heading:
            continue
        main = _dominant_cluster(activity.stories)
        moved = [s for s in activity.stories if s.cluster != main]
        activity.stories = [s for s in activity.stories if s.cluster == main]
        at = result.index(activity) + 1
        for cluster in sorted({s.cluster for s in moved}, key=lambda c: _CLUSTER_RANK[c]):
            group = [s for s in moved if s.cluster == cluster]
            result.insert(at, _Activity(_cluster_title(cluster, group, system), cluster, group))
            at += 1
    while len(result) < _MIN_ACTIVITIES:
        # Still too few: the activity with most tasks gives its last task its own column.
        best = max(result, key=lambda a: len({_task_key(s) for s in a.stories}))
        keys = list(dict.fromkeys(_task_key(s) for s in best.stories))
        if len(keys) < 2:
            break
        moved = [s for s in best.stories if _task_key(s) == keys[-1]]
        best.stories = [s for s in best.stories if _task_key(s) != keys[-1]]
        title = _task_title(moved[0])
        result.insert(result.index(best) + 1, _Activity(title, best.cluster, moved))
    return result


def _cap_activities(activities: list[_Activity]) -> list[_Activity]:
    """Fold the smallest activities into their closest neighbours until at most eight remain."""
    result = list(activities)
    while len(result) > _MAX_ACTIVITIES:
        smallest = min(range(len(result)), key=lambda i: (len(result[i].stories), -i))
        removed = result.pop(smallest)
        _fold_into_neighbours(removed.stories, result, smallest)
    return result


def _ensure_mvp_everywhere(activities: list[_Activity]) -> list[_Activity]:
    """Give every activity an MVP story when the map has any, keeping stated priorities."""
    if not any(s.priority == "MVP" for a in activities for s in a.stories):
        return activities
    result = list(activities)
    for activity in list(result):
        if any(s.priority == "MVP" for s in activity.stories):
            continue
        only_later = all(s.priority == "Later" for s in activity.stories)
        if only_later or len(result) > _MIN_ACTIVITIES:
            # Nothing here is for the first release: the stories join the activities they are
            # closest to, so "could" and "should" stay as the text said.
            home = result.index(activity)
            result.remove(activity)
            _fold_into_neighbours(activity.stories, result, home)
            continue
        # Folding would leave too few steps: the first "should" story carries this one.
        best = min(activity.stories, key=lambda s: (_PRIORITY_RANK[s.priority], s.order))
        best.priority = "MVP"
    return result


def _fold_into_neighbours(stories: list[_Story], activities: list[_Activity], home: int) -> None:
    """Move each story to the activity sharing most words with it; the nearest wins a tie."""
    vocabulary = [set().union(*(s.words for s in a.stories)) for a in activities]
    for story in stories:

        def closeness(index: int, story: _Story = story) -> tuple[int, int, int]:
            """Sort key: most shared words first, then the nearest activity."""
            # ``home`` is where the removed activity stood: home - 1 and home were neighbours.
            steps = home - 1 - index if index < home else index - home
            return (-len(story.words & vocabulary[index]), steps, index)

        activities[min(range(len(activities)), key=closeness)].stories.append(story)


def _unique_activity_titles(activities: list[_Activity]) -> None:
    """Number repeated activity titles so every column has its own name."""
    seen: Counter[str] = Counter()
    for activity in activities:
        key = activity.title.lower()
        seen[key] += 1
        if seen[key] > 1:
            activity.title = f"{activity.title} ({seen[key]})"


# ---------------------------------------------------------------------------------------------
# Product name
# ---------------------------------------------------------------------------------------------


def _product_name(text: str, blocks: list[_Block], title_index: int | None) -> str:
    """Name the product: explicit "Product: X" line, title heading, "X is a ...", "A ... app"."""
    for block in blocks[:10]:
        explicit = _PRODUCT_LINE.match(block.clean)
        if explicit:
            return _clip_name(explicit.group(1))
    if title_index is not None:
        return _clip_name(_title_without_doc_words(blocks[title_index].clean))
    title_line = _title_line(text)
    if title_line:
        return _clip_name(title_line)
    openings = [(_sentences(b.clean) or [b.clean])[0] for b in blocks[:4]]
    for opening in openings:
        named = _PRODUCT_IS.match(opening)
        if named:
            return _clip_name(named.group(1))
        phrase = _PRODUCT_PHRASE.search(opening[:600])
        if phrase and not (phrase.group(1).lower() == "the" and " " not in phrase.group(2)):
            return _name_from_match(phrase, opening)  # "the system" alone names nothing
    body = [b.clean for b in blocks if b.kind != "heading" and not _AS_A.match(b.clean)]
    opening = (_sentences(body[0]) or [body[0]])[0] if body else (openings or [_squash(text)])[0]
    words = opening.split()
    if len(words) <= 1:
        return _clip_name(opening[:40])
    return _clip_name(_short_title(" ".join(words[:6]), 6))


def _title_line(text: str) -> str | None:
    """The name in a first line that reads as a title ("Ledgerly – Invoicing for ...")."""
    lines = (_clean_inline(line) for line in _prepare_html(text).splitlines())
    first = next((line for line in lines if re.search(r"[^\W_]", line)), "")
    words = first.split()
    if not words or len(words) > 12 or first.endswith((".", "!", "?", ";", ":", ",")):
        return None
    if _MODAL_WORD.search(first) or _BULLET.match(first) or first.startswith("#"):
        return None  # a requirement or a list item, not a title
    name = _title_without_doc_words(re.split(r"\s+[-–—|:]\s+|:\s+|\s+\(", first, maxsplit=1)[0])
    return name if len(name.split()) <= 6 and not _is_generic_title(name) else None


def _name_from_match(match: re.Match[str], opening: str) -> str:
    """Name from "a food delivery app for ..." found in the opening sentence."""
    name = match.group(2)
    if len(name.split()) <= 2 and match.group(3):
        name += match.group(3)
    elif len(name.split()) == 1:  # a bare "An app where ...": keep a few words of the rest
        name = " ".join(opening[match.start(2) :].split()[:6])
    return _clip_name(_capitalise(_decapitalise(_squash(name))))


def _clip_name(name: str) -> str:
    """Keep a product name short and tidy (at most 60 characters, no trailing punctuation)."""
    name = _squash(name).strip(" \"'“”*#.,;:!?-–—()[]<>|") or "Untitled product"
    if len(name) > 60:
        cut = name[:60].rsplit(" ", 1)[0] if " " in name[:60] else name[:59]
        name = cut.rstrip(",;:-") + "…"
    return _capitalise(name)


def _system_noun(text: str) -> str:
    """What the product calls itself ("app", "platform"), for system stories and a catch-all."""
    match = re.search(r"\b(app|platform|website|site|system|service|portal|tool)\b", text.lower())
    return match.group(1) if match else "app"


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


# Deliberately independent of how the generator reads sentences, so that the quality report's
# coverage measures the generator instead of agreeing with it by construction.
_REQUIREMENT_CUE = re.compile(
    r"\b(?:must|shall|should|can|could|may|will|needs? to|able to|allows?|lets?|enables?|"
    r"supports?|required|requires?|müssen|muss|sollen|soll|sollte|können|kann|dürfen|darf|"
    r"debe|deben|puede|pueden|doit|doivent|peut|peuvent|должен|должна|должны|может|могут)\b"
    r"|必须|应该|可以|能够|できる|必要",
    re.IGNORECASE,
)


def requirement_sentences(text: str) -> list[str]:
    """Every sentence or list item that states a requirement, quoted as story sources are.

    A sentence counts when it is a list item or uses requirement wording (must, should,
    can, allow, ...), outside sections such as "Out of scope".
    """
    text = str(text or "")
    blocks = _parse_blocks(text)
    statements = _statements(blocks, _product_title_heading(blocks))
    return list(
        dict.fromkeys(
            statement.source
            for statement in statements
            if not statement.skipped
            and (statement.bullet or _REQUIREMENT_CUE.search(statement.text))
        )
    )


def _stories_in(text: str, blocks: list[_Block], title_index: int | None) -> list[_Story]:
    """Every story the text states; with none recognisable, one per sentence."""
    statements = _statements(blocks, title_index)
    return _collect_stories(statements, _is_english(text)) or _fallback_stories(statements, text)


def generate_offline_map(text: str) -> StoryMapDraft:
    """Derive a story map from the requirements text alone, deterministically."""
    text = str(text or "")
    blocks = _parse_blocks(text)
    title_index = _product_title_heading(blocks)
    stories = _stories_in(text, blocks, title_index)
    system = _system_noun(text[:5000])

    main_role = _main_role(stories)
    for order, story in enumerate(stories):
        story.order = order
        story.role = story.role or main_role
        story.goal.role = story.role
        if story.goal.kind == "system" and story.goal.subject == "the app":
            story.goal.subject = f"the {system}"
    stories = _merge_duplicates(stories)
    for story in stories:
        story.title = _title_of(story) or "Untitled story"
    _unique_titles(stories)

    activities = (
        _activities_by_heading(stories, system)
        or _activities_by_grouped_headings(stories, system)
        or _activities_by_cluster(stories, system)
    )
    activities = _cap_activities(_split_to_minimum(activities, system))
    activities = _ensure_mvp_everywhere(activities)
    _unique_activity_titles(activities)
    return StoryMapDraft(
        product_name=_product_name(text, blocks, title_index),
        activities=[
            ActivityDraft(title=_label(a.title, 200), tasks=_tasks(a))
            for a in activities
            if a.stories
        ],
    )


# ---------------------------------------------------------------------------------------------
# Wording for a story already on a map (the story improver reuses the generator's phrasing)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryWording:
    """How this generator would word a story already on a map, whoever wrote it."""

    role: str
    #: "As a <role>, I want <goal>, so that <benefit>."
    story_line: str
    #: What follows "so that".
    benefit: str
    #: The happy path's "given", and the "when" every criterion of the story shares.
    given: str
    when: str
    #: Two to five Given/When/Then criteria, at least one of them an unhappy path.
    criteria: list[str]


def word_story(title: str, description: str) -> StoryWording:
    """Read a saved story the way requirements are read, and word it as this generator would.

    The story's own line comes first ("As a courier, I want to accept jobs", "Couriers can
    accept jobs"), then its title ("Accept delivery jobs"); the role defaults to "user".
    """
    english = _is_english(f"{title} {description}")
    story = _story_in(description, english, bullet=False) or _story_in(title, english, bullet=True)
    if story is None:
        text = _squash(title or description) or "this story"
        story = _verbatim_story(_Statement(text, text, True, None, None, None, None, False))
    story.title = title or _short_title(_squash(description)) or "this story"
    role = story.role or "user"
    given, when = _happy_context(story, role)
    return StoryWording(
        role=role,
        story_line=_description(story, role),
        benefit=_benefit(story, role),
        given=given,
        when=when,
        criteria=_criteria(story, role),
    )


def _story_in(text: str, english: bool, *, bullet: bool) -> _Story | None:
    """The first story one of the text's sentences states, or None."""
    for sentence in _sentences(_squash(text)):
        statement = _Statement(sentence, sentence, bullet, None, None, None, None, False)
        try:
            found = _stories_from_statement(statement, None, english)
        except Exception:  # a heuristic must never fail the user's job: try the next sentence
            continue
        if found:
            return found[0]
    return None


def criterion_clause(text: str) -> str:
    """A criterion's own words as a clause after "then": "Works offline" -> "it works offline".

    A bare third-person verb gets "it" as its subject, unless the word may be a plural noun
    ("Orders are kept"); a plain capitalised first word is lower-cased.
    """
    text = _strip_end(text)
    words = [_norm(word) for word in text.split()[:2]]
    verb = words and _KIND_OF.get(words[0]) == "3sg" and _BASE_OF[words[0]] not in _NOUN_VERBS
    if words and (verb or words[0] == "is"):
        after = words[1] if len(words) > 1 else ""
        if not (_KIND_OF.get(after) or after in _MODALS | {"is", "are", "was", "were", "be"}):
            return "it " + _decapitalise(text)
    return _decapitalise(text)
