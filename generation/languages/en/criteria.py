"""Criteria and benefits of one English requirement, from what it says.

    "Customers can filter restaurants by cuisine and price."
    Given restaurants differ in cuisine and price, when I filter restaurants by cuisine and
    price, then only restaurants that match the cuisine and price I chose are shown.
    Given no restaurant matches the price I chose, when I try to filter restaurants, then I
    see that nothing matches and can clear the filter.

The requirement's own facts come first: its condition ("if the card is declined"), its limit
with both sides of the number ("up to 25 MB": 25 MB is taken, 26 MB is refused), the fields
it lists ("name, email and password": the email left empty), what it filters by. The verb
says the rest (``actions``): what "publish" or "invite" leads to, and how it fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generation.languages.clauses import Clause
from generation.languages.en.actions import (
    BLOCK_THING,
    BLOCK_TIME,
    CHARGE,
    FOR_PEOPLE,
    MARK_STATUS,
    NOMINALS,
    RATED,
    RESPOND,
    Action,
    mark_status,
    view_period,
)
from generation.languages.en.clauses import base_form, is_person, is_verb
from generation.languages.en.entities import Entity, entities_in, entity_of
from generation.languages.en.features import explained_outcome, named_benefit, named_feature
from generation.languages.en.limits import limit_criteria
from generation.languages.en.negations import is_negated, negated_benefit, negated_criteria
from generation.languages.en.purposes import purposeful_criteria
from generation.languages.en.systems import (
    PERFORMING,
    PROPERTY_EVENTS,
    Qualifiers,
    qualified_action,
    qualifiers_of,
    system_action,
)
from generation.languages.en.things import KINDS, Kind, kind_of
from generation.languages.en.verbs import ACTIONS, action_of
from generation.languages.en.words import article as _article
from generation.languages.en.words import is_plural as _is_plural
from generation.languages.en.words import joined as _and
from generation.languages.en.words import lower_first as _lower_first
from generation.languages.en.words import participle, third_person
from generation.languages.en.words import plural as _plural
from generation.languages.en.words import sentence as _sentence
from generation.languages.en.words import singular as _singular

__all__ = ["Facts", "benefit_of", "criteria_of", "facts_of", "participle", "third_person"]

#: Verbs whose promise is what they show: the thing's kind says more than the verb.
_SHOWING = {
    "see", "view", "read", "check", "display", "show", "access", "consult", "watch",
    "have", "provide", "include", "support", "offer", "present", "use", "be", "contain",
    "list", "get", "receive", "know", "understand", "identify", "determine", "like",
}  # fmt: skip
#: Verbs whose unhappy path is a required field left empty, when the text lists fields.
_ENTERING = {
    "add", "create", "enter", "input", "fill", "submit", "register", "sign", "provide",
    "update", "edit", "post", "record", "log", "set", "save", "request", "book", "order",
    "complete", "write", "upload", "apply", "join", "invite", "make", "build",
}  # fmt: skip
#: Verbs that add a feature to the product rather than an entry to a list.
_BUILDING = {
    "add", "include", "implement", "build", "enable", "support", "provide", "offer",
    "introduce", "integrate", "have", "need", "want",
}  # fmt: skip
#: Words that name a part of the product, not a thing a user keeps.
_FEATURES = {
    "mode", "view", "feature", "features", "collaboration", "integration", "support",
    "dashboard", "styling", "handling", "page", "screen", "component", "functionality",
    "capability", "option", "options", "widget", "section", "tab", "button",
}  # fmt: skip
#: Parts of a screen an action names: the "upload component" is for uploading.
_PARTS = {"page", "screen", "component", "button", "form", "bar", "widget", "dialog", "panel"}
#: Words for the entries of a list, never a feature of the product.
_ENTRIES = {"item", "items", "entry", "entries", "list", "lists", "record", "records"}
_PARTICLES = {"up", "down", "in", "out", "on", "off", "for", "to", "as", "with", "about", "of",
              "at", "into", "through", "back"}  # fmt: skip
_AFTER_ACTION = {"of", "and", "or", "using", "with", "for", "via", "by", "to", "from", "in", "on"}
_DETERMINERS = {"a", "an", "the", "my", "our", "your", "their", "his", "her", "its", "this"}
_ADVERBS = {
    "often", "most", "more", "less", "only", "also", "well", "first", "last", "again", "instead",
    "too", "here", "there", "now", "later", "anytime", "anywhere", "online", "offline",
}  # fmt: skip
_WH = {"what", "which", "how", "who", "whom", "when", "where", "whether", "why", "that", "this"}
#: Fields a form rarely does without, in the order one is picked as the missing one.
_USUAL_REQUIRED = ("email", "password", "name", "title", "date", "phone", "address", "amount")
_LIST_INTRO = re.compile(r"(?:\b(?:with|including|includes|such\s+as|like)\b|:|\()\s*", re.I)
_BY = re.compile(r"\bby\s+(?P<items>[^.;()]+)", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an|any|each|every|all|some|this|these|those)\s+", re.I)
_POSSESSIVE = re.compile(r"^(?:my|our|his|her|their|your)\s+", re.I)


@dataclass
class Thing:
    """The requirement's object as criteria name it: "the booking", plural or not."""

    phrase: str
    head: str
    plural: bool

    def fill(self, template: str) -> str:
        """The template with {thing}, {it}, {is} and the like agreeing with this thing."""
        plural = self.plural
        bare = _POSSESSIVE.sub("", _ARTICLE.sub("", self.phrase))
        words = {
            "thing": self.phrase,
            # "there are many doctors", but "many entries in the catalogue"
            "many": f"many {bare}" if plural and bare != "it" else f"many entries in {self.phrase}",
            "matches": (
                f"the {bare} that match"
                if plural and bare != "it"
                else f"the matches in {self.phrase}"
            ),
            "head": _singular(self.head) or "entry",
            "heads": _plural(self.head) or "entries",
            "it": "they" if plural else "it",
            "its": "their" if plural else "its",
            "is": "are" if plural else "is",
            "was": "were" if plural else "was",
            "has": "have" if plural else "has",
            "does": "do" if plural else "does",
            "them": "them" if plural else "it",
            "s": "" if plural else "s",
            "es": "" if plural else "es",
        }
        for verb in ("appears", "leaves", "arrives", "opens"):
            words[verb] = verb[:-1] if plural else verb
        text = re.sub(r"\{(\w+)\}", lambda m: words.get(m.group(1), m.group(0)), template)
        if self.phrase == "it":  # "it is held": no article, no doubled pronoun
            text = re.sub(r"\bthe it\b", "it", text)
        return re.sub(r"\b(\w+) \1\b", r"\1", text)


@dataclass
class Facts:
    """What one requirement says that its criteria can use."""

    verb: str
    thing: Thing
    action: Action | None
    kind: Kind | None
    fields: list[str] = field(default_factory=list)
    by: list[str] = field(default_factory=list)
    #: What follows the verb, without the limit.
    rest: str = ""
    #: Options the text offers ("Low/Med/High").
    options: list[str] = field(default_factory=list)
    #: With what, from where, by what, where: what the text says around the object.
    qualifiers: Qualifiers = field(default_factory=Qualifiers)
    #: What follows the object ("locally on the device", "within each day by start time").
    qualifier: str = ""
    #: Whether the action is the product's own, said in the person's terms (``systems``).
    by_system: bool = False


def facts_of(clause: Clause) -> Facts:
    """Read the verb's promise, the object, its kind, its fields and its "by" out of a clause."""
    verb = clause.verb.split(" ")[0] if clause.verb else ""
    action = action_of(clause.verb) if clause.verb else None
    rest = _without(clause.rest, clause.constraint)
    obj = clause.obj
    particle = rest.split()[0].lower() if rest.split() else ""
    if f"{verb}-{particle}" in ACTIONS:  # "sign up for an account", "get notified"
        verb, action = f"{verb}-{particle}", ACTIONS[f"{verb}-{particle}"]
        if particle not in _PARTICLES:  # "notified" is part of the verb, not of the object
            rest = " ".join(rest.split()[1:])
            obj = " ".join(obj.split()[1:]) if obj.split()[:1] == [particle] else obj
    feature = clause.noun_only or (verb in _BUILDING and _names_feature(clause.obj or rest))
    if feature:  # "Dark mode", "Add report export (Markdown)": the feature is the thing
        named, named_action = _nominal_action(rest)
        verb, action = (named, named_action) if named_action else (verb, None)
        thing = _thing_of(rest, whole=True)
    elif clause.verb == "be" and clause.system:
        thing = _thing_of(clause.system, whole=True)
    elif _instrument(obj or rest) or _object_words(obj, rest) == "it":
        # "pay with a card": the card is how, not what; the verb says what it is about
        thing = _thing_of(_USUAL_THINGS.get(verb, _object_words(obj, rest)))
    else:
        thing = _thing_of(_object_words(obj, rest))
    by_match = _BY.search(rest)
    by = _items(by_match.group("items")) if by_match else []
    fields = _fields(rest, obj, verb)
    kind = kind_of(thing.head) if thing.head else None
    if feature:  # "offline or mobile mode" is about being offline
        words = re.findall(r"[A-Za-z]+", _unbracketed(rest))
        kind = next((kind_of(w) for w in words if kind_of(w)), kind)
    if verb == "review" and _singular(thing.head) in RATED:  # "review a restaurant"
        action = ACTIONS["rate"]
    if verb in FOR_PEOPLE and thing.head and is_person(_singular(thing.head)):
        action = FOR_PEOPLE[verb]  # "add staff members": access, not a list entry
    if verb in {"return", "respond", "answer"} and clause.system is not None:
        action, kind = RESPOND, None  # "the search returns results": no loan comes back
    if verb in {"charge", "fine", "bill", "invoice"} and clause.system is None and thing.head:
        action, kind = CHARGE, None  # the librarian charges the fee; nobody pays it here
    period = _PERIOD.search(rest)
    if period and action is ACTIONS["view"] and thing.head:  # "patients for the day"
        action = view_period(period.group("period").lower().replace("today", "day"))
    if verb == "keep" and _singular(thing.head or "") in _MAINTAINED:
        action = ACTIONS["manage"]  # "keeps the doctors' schedule": runs it, not saves it
    if verb == "mark" and not _FAVOURITE.search(rest):  # "mark no-shows": a state, no favourite
        stated = _AS_STATE.match(_object_words(obj, rest))
        action = mark_status(stated.group("state")) if stated else MARK_STATUS
        if stated:  # "mark tasks as done": the tasks
            thing = _thing_of(stated.group("what"))
    if action is ACTIONS["block"] and thing.head and not _stands_for_someone(thing.head):
        # "block a broken parking meter": nobody broke any rules; "block time off": no booking
        action = BLOCK_TIME if _singular(thing.head) in _TIMES else BLOCK_THING
    if clause.system is not None and verb in {"order", "group"}:  # the app orders items
        action = ACTIONS["sort"]
    if NOMINALS.get(thing.head) in {"filter", "search", "sort"}:  # "dietary filters" filter
        thing.head = "result"
    options = _options(clause.rest)
    qualifiers = qualifiers_of(rest)
    facts = Facts(verb, thing, action, kind, fields, by, rest, options, qualifiers)
    facts.qualifier = _qualifier(rest, obj)
    if clause.verb == "be" and clause.system and rest:  # "Passwords must be hashed with bcrypt"
        first = rest.split()[0].lower()
        own = base_form(first) if is_verb(first) else ""
        qualifiers.how = " ".join(rest.split()[1:])
        system = system_action(own, qualifiers, _noun(thing)) if own != first else None
        if system and own in PROPERTY_EVENTS:
            facts.verb, facts.action, facts.by_system = own, system, True
    elif clause.system is not None and verb and verb != "be":
        own = verb
        if verb in PERFORMING and thing.head:  # "performs a lightweight change check"
            own = NOMINALS.get(thing.head, thing.head)
        system = system_action(own, qualifiers, thing.head)
        if system:
            facts.action, facts.by_system = system, True
    return facts


def _noun(thing: Thing) -> str:
    """ "the health records" -> "health records"."""
    return _ARTICLE.sub("", _POSSESSIVE.sub("", thing.phrase)) if thing.phrase != "it" else ""


def _qualifier(rest: str, obj: str) -> str:
    """What the requirement says after its object: "locally on the device"."""
    text = _unbracketed(rest)
    if obj and text.lower().startswith(obj.lower()):
        return text[len(obj) :].strip(" ,")
    return ""


#: What a verb is about when the text only says how ("pay with a card", "get notified").
_USUAL_THINGS = {
    "pay": "the amount due", "get-notified": "the notification", "get-reminded": "the reminder",
    "get-alerted": "the alert", "sign-in": "my account", "log-in": "my account",
    "sign-out": "my account", "log-out": "my account", "deliver": "the order",
}  # fmt: skip
_INSTRUMENTS = {"with", "using", "via", "through", "by"}


def _instrument(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0].lower() in _INSTRUMENTS


def _trimmed(words: list[str]) -> list[str]:
    """Without particles before the object or adverbs after it ("scores manually")."""
    while words and words[0].lower() in _PARTICLES:
        words = words[1:]
    while words and (
        words[-1].lower() in _ADVERBS | _PARTICLES or words[-1].lower().endswith("ly")
    ):
        words = words[:-1]
    return words


def _names_feature(rest: str) -> bool:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest)} - _ENTRIES
    return bool(words & (_FEATURES | set(NOMINALS))) or any(kind_of(w) for w in words)


def _object_words(obj: str, rest: str) -> str:
    """The object without a particle or a preposition before it ("up for an account")."""
    words = _trimmed((obj or rest).split())
    if words and words[0].lower() in _WH:
        return "it"
    if not words or words[-1].lower() in _DETERMINERS:  # "an" of "an automated score"
        words = _trimmed(_unbracketed(rest).split())[:6]
    if obj and len(words) < 1:
        words = rest.split()
        while words and words[0].lower() in _PARTICLES:
            words = words[1:]
    return " ".join(words) or "it"


def criteria_of(clause: Clause, when: str, trying: str, *, stated: list[str] = ()) -> list[str]:
    """2-5 Given/When/Then criteria; the document's own come first when it states them."""
    facts = facts_of(clause)
    if is_negated(clause) and not stated:  # "shall not require accounts": it does not happen
        return negated_criteria(clause, facts.thing)
    question = _yes_or_no(clause) if not stated else None
    if question:
        return _answer_criteria(*question, when, trying)
    rate = _RATE.search(clause.rest) if facts.action is CHARGE and not stated else None
    if rate:  # "a late fee of 0.50 EUR per day": three days cost 1.50 EUR
        return [_sentence(c) for c in _rate_criteria(facts, rate, when, trying)]
    thing = facts.thing
    if not stated and (purposeful := purposeful_criteria(clause, thing, when, trying)):
        return [_sentence(c) for c in purposeful]
    if clause.verb == "be" and facts.by_system:  # checked when the thing is saved, not looked at
        when, trying = (thing.fill(event) for event in PROPERTY_EVENTS[facts.verb])
    promise = _promise(facts)
    given = _lower_first(clause.condition) if clause.condition else _ready(facts)
    given = re.sub(r"^(?:if|when|once|whenever)\s+", "", given, flags=re.I)
    if given == when:  # the condition is already the event
        given = _ready(facts)
    done = _stated_outcome(clause) or thing.fill(promise[0])
    if clause.noun_only:  # "Speaker diarization (identify agent vs. customer)"
        done = explained_outcome(clause.rest) or done
    happy, unhappy = [], []
    entities = _entities(facts)
    if stated:
        happy = [f"Given {given}, when {when}, then {_lower_first(s).rstrip('.')}." for s in stated]
    elif facts.by and facts.verb in _BY_VERBS and not facts.by_system:
        happy.append(_by_happy(facts, given, when))
        unhappy.append(_by_unhappy(facts, trying))
    elif entities and not (clause.outcome or clause.condition) and facts.verb != "be":
        happy, unhappy = _entity_criteria(facts, entities, when, trying)
    else:
        happy.append(f"Given {given}, when {when}, then {done}.")
    second = _second_verb(clause, facts, when)
    if second:
        first = clause.verb.split()[0]
        happy = [
            c.replace(f"when {when}", f"when {when.replace(clause.verb, first, 1)}") for c in happy
        ]
        trying = trying.replace(clause.verb, first, 1)
    happy += second
    limit = limit_criteria(
        clause, facts, when, trying, done=thing.fill(promise[0]), ready=_ready(facts)
    )
    if limit:
        happy, unhappy = happy[:1] if stated else [], limit
    if facts.fields and facts.verb in _ENTERING and not stated:
        unhappy.append(_missing_field(facts, trying))
    elif facts.fields and _showing(facts) and not stated:
        shows = f"each {_singular(thing.head)} shows its {_and(facts.fields)}"
        happy.append(f"Given {given}, when {when}, then {shows}.")
        unhappy.append(_missing_detail(facts, when))
    if not unhappy:
        bad_given, bad_then = promise[1]
        bad_given, bad_then = thing.fill(bad_given), thing.fill(bad_then)
        unhappy.append(f"Given {bad_given}, when {trying}, then {bad_then}.")
    return [_sentence(c) for c in [*happy[:4], *unhappy][:5]]


_CHECKING = {"check", "verify", "see", "confirm", "find", "know", "tell", "learn"}
_QUESTION = re.compile(
    r"^(?:out\s+)?(?:whether|if)\s+(?P<fact>.+?)"
    r"(?:\s+by\s+(?:its|their|his|her|the|a|an)?\s*(?P<means>[\w -]+?))?\s*$",
    re.I,
)


def _yes_or_no(clause: Clause) -> tuple[str, str | None] | None:
    """ "check whether a car has a valid session by its plate number": the fact asked about,
    and what it is looked up by; None when the requirement asks no yes-or-no question."""
    verb = clause.verb.split()[0] if clause.verb else ""
    if verb not in _CHECKING or not clause.rest:
        return None
    match = _QUESTION.match(clause.rest.strip(" ."))
    if not match or len(match.group("fact").split()) < 2:
        return None
    return match.group("fact"), match.group("means")


def _answer_criteria(fact: str, means: str | None, when: str, trying: str) -> list[str]:
    """A yes-or-no question is answered both ways, and a lookup that finds nothing is no "no"."""
    criteria = [
        f"Given {fact}, when {when}, then I see a clear yes.",
        f"Given it is not so, when {when}, then I see a clear no, with the reason where the "
        "product knows it.",
    ]
    if means:
        criteria.append(
            f"Given the {means} I enter matches nothing, when {trying}, then I see that nothing "
            f"was found for that {means}, not a no."
        )
    return criteria


_PERIOD = re.compile(
    r"\b(?:for|of)\s+(?:the\s+|this\s+|each\s+)?(?P<period>day|today|week)\b", re.I
)
#: What one keeps by running it day to day ("keep the schedule", "keep the books").
_MAINTAINED = {
    "schedule", "calendar", "timetable", "register", "log", "diary", "book", "inventory",
    "account", "catalogue", "catalog", "roster", "rota", "stock", "ledger",
}  # fmt: skip
_AS_STATE = re.compile(r"^(?P<what>.+?)\s+as\s+(?P<state>[\w -]{2,30})$", re.I)
#: Marks that keep a thing on my own list rather than record a state: "as a favorite",
#: "as attending" (a plan, not what happened).
_FAVOURITE = re.compile(
    r"\b(?:favou?rites?|bookmarks?|starred|important|read\s+later|attending|going|interested)\b",
    re.I,
)
_TIMES = {"time", "slot", "date", "day", "hour", "period", "timeslot", "week", "evening"}
#: Things that stand for a person where blocking is concerned.
_ACCOUNTS = {"account", "profile", "card", "number", "address", "ip", "device", "email"}


def _stands_for_someone(head: str) -> bool:
    singular = _singular(head.lower())
    return is_person(singular) or singular in _ACCOUNTS


_BEFORE = re.compile(
    r"\bbefore\s+(?:the|my|each|every|a|an)\s+(?P<event>[a-z]+(?:\s+[a-z]+)?)\s*(?:[.,;]|$)"
)
_RATE = re.compile(
    r"(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<currency>[A-Z]{3}|[€$£₽])?\s+(?:per|a|each)\s+"
    r"(?P<unit>day|hour|week|month|night)\b"
)


def _rate_criteria(facts: Facts, rate: re.Match[str], when: str, trying: str) -> list[str]:
    """A charge by the day: what three days cost, and no charge twice."""
    amount = rate.group("amount")
    decimals = len(re.split(r"[.,]", amount)[1]) if re.search(r"[.,]", amount) else 0
    total = f"{3 * float(amount.replace(',', '.')):.{decimals}f}"
    currency = rate.group("currency") or ""
    money = f"{total} {currency}".strip() if currency.isalpha() else f"{currency}{total}"
    thing, unit = facts.thing.phrase, rate.group("unit")
    return [
        f"Given {thing} is due for 3 {unit}s, when {when}, then {money} is added to the "
        f"account of the person it is for, with the 3 {unit}s it covers",
        f"Given {thing} is already charged for those {unit}s, when {trying}, then it is not "
        "charged twice and I see when it was",
    ]


_BY_VERBS = {"filter", "search", "find", "browse", "sort", "group"}


def benefit_of(clause: Clause, *, keeps: str | None = None) -> str:
    """The gain of the requirement's verb on its object, or of its object's kind.

    ``keeps``: what the product keeps above all ("record"), for features named by nouns alone.
    """
    facts = facts_of(clause)
    if is_negated(clause):
        return negated_benefit(clause, facts.thing)
    question = _yes_or_no(clause)
    if question:  # "check whether a car has a valid session"
        return f"I know at once whether {question[0]}"
    notice = facts.thing.head in {"reminder", "reminders", "notification", "notifications"}
    before = _BEFORE.search(clause.rest) if notice else None
    event = before.group("event") if before else ""
    if event and event.split()[-1] not in {"ends", "starts", "begins", "expires", "closes"}:
        return f"I do not forget the {event}"  # "a reminder one day before the visit"
    if facts.by and facts.verb in {"filter", "search", "find", "sort"}:
        return f"I only look at {_plural(_found_head(facts))} with the {_and(facts.by)} I want"
    gains = [facts.kind.benefit if facts.kind else None, _action_benefit(facts)]
    if not _showing(facts):
        gains.reverse()
    gain = next((g for g in gains if g), None)
    if gain:
        return facts.thing.fill(gain)
    if facts.options:  # "Energy (Low/Med/High)": the choice is the gain
        return f"I can choose between {_and(facts.options, 'or')} as it suits me"
    if facts.verb and facts.verb != "be" and facts.thing.head:
        doing = f"{facts.verb} {facts.thing.phrase}"
        return f"I can {doing} myself, whenever I need to"
    named = named_benefit(clause.rest, keeps=keeps) if clause.noun_only else None
    if named and not ("{thing}" in named and facts.thing.phrase == "it"):
        return facts.thing.fill(named)
    return f"I can count on {facts.thing.phrase} whenever I need {facts.thing.fill('{them}')}"


def _action_benefit(facts: Facts) -> str | None:
    return facts.action.benefit if facts.action else None


def _showing(facts: Facts) -> bool:
    return facts.verb in _SHOWING or not facts.verb or facts.action is None


def _promise(facts: Facts) -> tuple[str, tuple[str, str]]:
    """The happy outcome and the failure: the kind's for showing verbs, else the verb's."""
    kind, action = facts.kind, facts.action
    if facts.by_system:
        return action.done, action.fail
    if facts.verb == "be":
        kind = None
    if kind and (_showing(facts) or action is None):
        return kind.shown, kind.missing
    if action:
        return action.done, action.fail
    if facts.verb == "be":  # "The product is mobile-only": a property each release keeps
        state = facts.rest or "as the text says"
        return (
            f"{{thing}} {{is}} {state}",
            (
                "a new version is built",
                f"it is not released until {{thing}} {{is}} checked to be {state}",
            ),
        )
    if not facts.verb:  # "Game achievements", "Hosted on a public domain"
        return named_feature(facts.rest, plural=facts.thing.plural)
    made = qualified_action(facts.verb, facts.qualifiers, facts.qualifier)
    return made.done, made.fail


def _ready(facts: Facts) -> str:
    thing = facts.thing
    if facts.by_system and facts.action.ready:
        return thing.fill(facts.action.ready)
    if facts.kind and (_showing(facts) or facts.action is None):
        return thing.fill(facts.kind.ready)
    if facts.action and facts.action.ready:
        return thing.fill(facts.action.ready)
    if facts.verb == "be":
        return thing.fill("I use {thing} as released")
    return thing.fill("{thing} {is} in place")


def _stated_outcome(clause: Clause) -> str | None:
    if not clause.outcome:
        return None
    return _lower_first(clause.outcome.rstrip(" ."))


def _second_verb(clause: Clause, facts: Facts, when: str) -> list[str]:
    """ "add or remove staff members": removing has its own outcome."""
    verbs = clause.verb.split()
    if len(verbs) != 3 or verbs[1] not in {"or", "and"} or clause.verb not in when:
        return []
    action = action_of(verbs[2])
    if action is None or action is facts.action:
        return []
    second = Facts(verbs[2], facts.thing, action, facts.kind)
    given = facts.thing.fill(action.ready) if action.ready else _ready(second)
    doing = when.replace(clause.verb, verbs[2], 1)
    people = verbs[2] in FOR_PEOPLE and is_person(_singular(facts.thing.head))
    done = (FOR_PEOPLE[verbs[2]] if people else action).done  # removed staff cannot sign in
    return [f"Given {given}, when {doing}, then {facts.thing.fill(done)}."]


_MARKING = {"mark", "favorite", "favourite", "star"}


def _entities(facts: Facts) -> list[Entity]:
    """The things whose own details the requirement shows, shares or marks."""
    if facts.verb in _MARKING | {"share"}:
        return entities_in(f"{facts.thing.phrase} {facts.rest}")
    if (
        not facts.verb
        or not _showing(facts)
        or facts.kind not in {None, KINDS["detail"], KINDS["name"]}
    ):
        return []
    head = entity_of(facts.thing.head)
    if head and facts.action and " of " not in facts.thing.phrase:  # not "a report of orders"
        return [head]
    return entities_in(f"{facts.thing.phrase} {facts.rest}") if facts.kind else []


def _entity_criteria(
    facts: Facts, entities: list[Entity], when: str, trying: str
) -> tuple[list[str], list[str]]:
    """One promise for each thing named: an event shows its time, an artist their bio."""
    first = entities[0]
    a = f"{_article(first.noun)} {first.noun}"
    bad_given, bad_then = first.missing
    unhappy = [f"Given {bad_given.format(a=a)}, when {trying}, then {bad_then}."]
    if facts.verb in _MARKING | {"share"}:  # their own failure stays: a second mark
        unhappy = []
    happy = []
    for entity in entities:
        one = f"{_article(entity.noun)} {entity.noun}"
        if facts.verb == "share":
            outcome = f"the person I share it with sees {entity.details}"
            happy.append(f"Given I am looking at {one}, when {when}, then {outcome}.")
        elif facts.verb in _MARKING:
            outcome = f"the {entity.noun} shows among my marked items with {entity.details}"
            happy.append(f"Given {one} I have not marked yet, when {when}, then {outcome}.")
        elif entity_of(facts.thing.head) and " of " not in facts.thing.phrase:
            many = _plural(entity.noun)
            outcome = f"each {entity.noun} shows {entity.details}"
            happy.append(f"Given {many} are listed, when {when}, then {outcome}.")
        else:
            happy.append(f"Given I open {one}, when {when}, then I see {entity.details}.")
    return happy, unhappy


#: Places one searches in, whose entries are what a search finds: "search the catalogue".
_SEARCHED_IN = {
    "catalogue", "catalog", "library", "database", "inventory", "directory", "archive",
    "collection", "register", "menu", "store", "shop", "marketplace", "site", "app",
}  # fmt: skip


def _found_head(facts: Facts) -> str:
    """What a search by something finds: the books, or the entries of a catalogue."""
    head = facts.thing.head
    return "entry" if _singular(head) in _SEARCHED_IN else head


def _by_happy(facts: Facts, given: str, when: str) -> str:
    heads, by = _plural(_found_head(facts)), _and(facts.by)
    if facts.verb in {"sort", "group"}:
        return f"Given {given}, when {when}, then {heads} are ordered by {facts.by[0]} first."
    if facts.verb == "browse":
        return f"Given {given}, when {when}, then I can switch between {heads} by {by}."
    return (
        f"Given {heads} differ in {by}, when {when}, then only {heads} that match the {by} "
        "I chose are shown."
    )


def _by_unhappy(facts: Facts, trying: str) -> str:
    head = _singular(_found_head(facts))
    return (
        f"Given no {head} matches the {facts.by[-1]} I chose, when {trying}, then I see that "
        "nothing matches and can clear that choice."
    )


def _missing_field(facts: Facts, trying: str) -> str:
    low = [f.lower() for f in facts.fields]
    missing = next(
        (facts.fields[low.index(w)] for w in _USUAL_REQUIRED if w in low), facts.fields[0]
    )
    past = participle(facts.verb)
    return (
        f"Given I leave the {missing} empty, when {trying}, then I am asked for the {missing} "
        f"and nothing is {past}."
    )


def _missing_detail(facts: Facts, when: str) -> str:
    head = _singular(facts.thing.head) or "entry"
    return (
        f"Given {_article(head)} {head} has no {facts.fields[-1]}, when {when}, then that line "
        "is left out instead of shown empty."
    )


def _nominal_action(text: str) -> tuple[str, Action | None]:
    """ "Manual Call Upload", "External sharing of ..." -> the action they name; a noun that
    only modifies another ("booking integration") names none."""
    words = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", _unbracketed(text))
    for index, word in enumerate(words):
        low = word.lower()
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if following.isalpha() and following not in _AFTER_ACTION | _PARTS:
            continue
        if low in NOMINALS:
            verb = NOMINALS[low]
            return verb, action_of(verb)
        if low.endswith("ing") and is_verb(low) and base_form(low) in ACTIONS:
            return base_form(low), ACTIONS[base_form(low)]
    return "", None


def _thing_of(text: str, *, whole: bool = False) -> Thing:
    text = _unbracketed(text).strip(" .,;:")
    if text.lower() in {"it", "them", "me", ""}:
        return Thing("it", "", False)
    words = text.split()
    plain = (
        words
        and words[0][:1].isalpha()
        and "-" not in words
        and len(words) <= (5 if whole else 6)
        and all(re.fullmatch(r"[\w'’&-]+", w) for w in words)
        and not (set(w.lower() for w in words) & {"and", "or", "that", "which", "to"} and whole)
    )
    if not plain:
        head = _head(words)
        return Thing("it", head, False)
    phrase = " ".join(words)
    head = _head(words)
    if _POSSESSIVE.match(phrase):
        phrase = _POSSESSIVE.sub("my ", phrase)
    else:
        phrase = "the " + _ARTICLE.sub("", phrase)
    phrase = phrase[:4] + _lower_first(phrase[4:]) if phrase.startswith("the ") else phrase
    lowered = [w.lower() for w in words]
    if "of" in lowered[1:] and lowered[lowered.index("of", 1) - 1] in _COLLECTIONS:
        return Thing(phrase, head, False)  # "the list of patients is", though of patients
    return Thing(phrase, head, _is_plural(head))


#: Nouns for one whole made of many: "the list of patients" is one list.
_COLLECTIONS = {
    "list", "set", "number", "group", "history", "log", "table", "catalogue", "catalog",
    "collection", "summary", "overview", "calendar", "schedule", "count", "total", "queue",
    "map", "feed", "report",
}  # fmt: skip


def _unbracketed(text: str) -> str:
    return re.sub(r"\s*\([^)]*\)?", "", text)


def _head(words: list[str]) -> str:
    if "as" in words[1:]:  # "vaccination records as PDF": the records are the thing
        words = words[: words.index("as", 1)]
    for word in reversed(words):
        if re.fullmatch(r"[A-Za-z][a-z'-]*", word) and word.lower() not in {"and", "or"}:
            return word.lower()
    return ""


def _fields(rest: str, obj: str, verb: str) -> list[str]:
    """The short items a requirement lists: "name, email and password"."""
    intro = _LIST_INTRO.search(rest)
    if intro and intro.group().strip() in {"(", ":"} and verb not in _ENTERING:
        intro = None
    if intro:
        items = _items(re.split(r"\)", rest[intro.end() :])[0])
        if items:
            return items
    if verb in _ENTERING and ("," in rest or " and " in rest):
        return _items(rest)
    return []


def _items(text: str) -> list[str]:
    text = re.split(r"[.;]|\b(?:so|when|if|to|for|from|on|in)\b", text)[0]
    text = re.sub(r"^\s*(?:by|with)?\s*(?:\w+ing\s+)?(?:my|our|the|a|an)?\s*", "", text, flags=re.I)
    parts = [p.strip(" ,") for p in re.split(r",|\band\b|\bor\b|/", text)]
    parts = [_ARTICLE.sub("", _POSSESSIVE.sub("", p)) for p in parts if p]
    if 2 <= len(parts) <= 6 and all(
        1 <= len(p.split()) <= 3 and re.fullmatch(r"[A-Za-z][\w '-]*", p) for p in parts
    ):
        return [p.lower() if not p.isupper() else p for p in parts]
    return []


def _without(rest: str, constraint: str | None) -> str:
    if constraint and constraint in rest:
        rest = rest.replace(constraint, "")
    return re.sub(r"\s*\(\s*\)", "", " ".join(rest.split())).strip(" ,")


def _options(text: str) -> list[str]:
    """Options written with slashes: "(Low/Med/High)", "on/off"."""
    match = re.search(r"\b([A-Za-z][\w-]*(?:\s*/\s*[A-Za-z][\w-]*)+)\b", text)
    if not match:
        return []
    options = [o.strip() for o in match.group(1).split("/")]
    return options if 2 <= len(options) <= 6 else []
