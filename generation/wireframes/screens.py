"""Reading a story into a screen: which kind it needs, its labels, fields and messages.

``read_story`` reduces a ``StoryContext`` to a ``Screen``: the role and goal from "As a ...,
I want ...", the goal's verb and object, whether the story needs a form to fill, a list to
browse or a status to follow, the primary button's label, the inputs the story mentions and
the message each unhappy path in the acceptance criteria shows. Its ``clean`` argument makes
the text drawable (the default) or only puts it on one line (for the markdown sections).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from generation.wireframes.model import StoryContext
from generation.wireframes.widths import plain

_DESCRIPTION = re.compile(
    r"^\s*as an? (?P<role>.+?),\s*i (?:want|need|would like)(?: to)? (?P<goal>.+?)"
    r"(?:,?\s*so that (?P<benefit>.+?))?\s*\.?\s*$",
    re.I | re.S,
)
_PREPS = set("with by for from to on in at via using after before into as when so based "
             "without about of if while through per near".split())  # fmt: skip
_LEADING = set("a an the my your our their his her its some all any each every be get "
               "notified informed alerted when if that this these those".split())  # fmt: skip
_PHRASAL = {"sign", "log", "pick", "check", "set", "top", "opt", "look", "drop", "fill", "turn"}
_LIST_VERBS = set("search browse find filter discover explore view see compare look list "
                  "sort".split())  # fmt: skip
_STATUS_VERBS = set("track monitor follow watch notify be get receive".split())
_FORM_VERBS = set("sign log register create pay order buy purchase book schedule reserve add "
                  "enter submit send write post rate review update edit change set upload "
                  "request reset apply checkout check fill invite contact share transfer top "
                  "withdraw deposit donate subscribe verify confirm import".split())  # fmt: skip
_BUTTON_WORDS = {"order": "Place order", "pay": "Pay now", "buy": "Buy now"}
_UNHAPPY = re.compile(
    r"declin|invalid|missing|nothing matches|no results?\b|\bnot\b|cannot|can't|fail|error|"
    r"lost|cancel|already|wrong|expired|unavailable|denied|empty|\boff\b|out of stock|"
    r"exceed|too many|incorrect",
    re.I,
)

# Unhappy paths with a well-known wording, checked in order; the first match wins.
_MESSAGES = (
    (r"declin", "{payment} declined. Try another {method}."),
    (r"nothing matches|no results?\b|no match", "No {obj} match your search. Try other words."),
    (r"cannot be loaded|out of date|unavailable", "Showing the last known status; may be stale."),
    (r"lost (?:my |the )?connection|offline|no connection", "No connection. Nothing is lost."),
    (r"already (?:registered|exists|taken|in use)", "This {login} is already registered."),
    (r"already saved|twice|duplicate", "Already saved. Select it again to remove it."),
    (r"missing|invalid|required|incorrect|wrong", "Check {field}: missing or invalid."),
    (r"cancel", "This {noun} was cancelled."),
    (r"permission|not allowed|denied", "You do not have permission to change this."),
    (r"notifications? (?:are |is )?(?:turned )?off|turned \w+ off", "Notifications are off."),
)

# Field hints: (pattern in the story, label, sample value). Order is the order on screen.
_FIELDS = (
    (r"\bname\b|sign ?up|register|account", "Full name", "Ana Silva"),
    (r"e-?mail", "Email", "ana@example.com"),
    (r"phone|\bsms\b", "Phone", "+1 555 0100"),
    (r"password|sign ?up|register|account", "Password", "********"),
    (r"\bcard\b|\bpay\b|payment|checkout|check out", "Card number", "4242 4242 4242 4242"),
    (r"\bcard\b|\bpay\b|payment|checkout|check out", "Expiry / CVC", "12/27  123"),
    (r"address|deliver to", "Address", "12 High Street"),
    (r"\bslot|\bdate\b|schedule|\bbook|reserv", "Date and time", "Fri 18:00-19:00"),
    (r"quantity|\bitems?\b|cart", "Quantity", "2"),
    (r"\bprice|\bamount|\bcost", "Price", "12.50"),
    (r"\brate\b|rating", "Rating", "4 of 5"),
    (r"\breview|\bcomment|feedback|\bmessage", "Comment", "Quick and friendly, thanks!"),
)


@dataclass
class Screen:
    """What the drawing needs to know about a story; every string is already drawable."""

    product: str
    activity: str
    task: str
    title: str
    role: str
    goal: str
    text: str  # everything in the story, lower case, for keyword checks
    verb: str
    obj: str
    kind: str  # "form", "list" or "status"
    browse: bool  # a list to look through (rows open), not a list of things to act on
    action: str
    choice_lead: str
    choices: list[str]
    fields: list[tuple[str, str]]
    filters: list[str]
    problems: list[tuple[str, str]]  # (message shown, criterion it comes from)


def _words(text: str) -> list[str]:
    """Words of text, any script, keeping inner apostrophes and hyphens."""
    return re.findall(r"[^\W_]+(?:['-][^\W_]+)*", text)


def singular(word: str) -> str:
    """A plural English noun made singular, well enough for labels."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(s|sh|ch|x)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _second_person(text: str) -> str:
    """The story's "I" and "my" turned into "you" and "your" for a message on screen."""
    for pattern, repl in ((r"\bI am\b", "you are"), (r"\bI was\b", "you were"),
                          (r"\bI\b", "you"), (r"\bmy\b", "your"), (r"\bme\b", "you")):  # fmt: skip
        text = re.sub(pattern, repl, text, flags=re.I)
    return text


def sentence(text: str) -> str:
    """Text with a capital first letter and a full stop."""
    text = text.strip().rstrip(".")
    return (text[:1].upper() + text[1:] + ".") if text else ""


def given(criterion: str) -> str:
    """The situation a Given/When/Then criterion starts from (the whole text if it has none)."""
    found = re.match(r"\s*given\s+(.+?),?\s+when\b", criterion, re.I)
    return (found.group(1) if found else criterion).strip().rstrip(".")


def _verb_and_object(goal: str) -> tuple[str, str]:
    """The goal's verb (with its particle, as in "sign up") and its object."""
    words = _words(goal)
    if not words:
        return "", ""
    verb, rest = words[0].lower(), words[1:]
    if verb in _PHRASAL and rest and rest[0].lower() in {"up", "in", "out", "off"}:
        verb, rest = f"{verb} {rest[0].lower()}", rest[1:]
    while rest and (rest[0].lower() in _LEADING or rest[0].lower() in _PREPS):
        rest = rest[1:]
    obj = []
    while rest and rest[0].lower() not in _PREPS | {"is", "are", "and", "or"} and len(obj) < 3:
        obj.append(rest.pop(0))
    return verb, " ".join(obj)


def _options(goal: str, joiner: str) -> tuple[str, list[str]]:
    """The preposition and the alternatives after it: "pay by card or cash" -> by, [card, cash]."""
    found = re.search(r"\b(by|with|via|using)\s+(.+?)(?:,|\bso that\b|$)", goal, re.I)
    if not found or not re.search(rf"\b{joiner}\b|,", found.group(2)):
        return "", []
    parts = re.split(rf",|\b{joiner}\b|\band\b", found.group(2))
    return found.group(1).lower(), [
        p.strip()[:1].upper() + p.strip()[1:] for p in parts if p.strip()
    ]


def _head(verb: str) -> str:
    """The verb without its particle: "sign up" -> "sign"."""
    return verb.split()[0] if verb else ""


def _browses(verb: str, text: str) -> bool:
    """True when the story is about looking through things rather than acting on them."""
    return _head(verb) in _LIST_VERBS or bool(re.search(r"results|suggestions|catalog", text))


def _kind(verb: str, obj: str, title: str, text: str) -> str:
    """Which screen the story needs: a form to fill, a list to browse, or a status to follow."""
    head = _head(verb)
    if head in _STATUS_VERBS or re.search(r"notif|receipt|\bstatus\b", title.lower()):
        return "status"
    if _browses(verb, text):
        return "list"
    if head in _FORM_VERBS or not obj.lower().endswith("s"):
        return "form"
    return "list"  # an action on many things (accept requests, pick up orders): rows with a button


def _action_label(goal: str, verb: str, kind: str, browse: bool) -> str:
    """The primary button's label: the goal's words up to its first preposition, say."""
    if kind == "status":
        return "Refresh"
    if browse:
        return "Apply" if _head(verb) in {"browse", "filter", "sort"} else "Search"
    words = verb.split() if kind == "list" else _words(goal)[: len(verb.split())]
    for word in [] if kind == "list" else _words(goal)[len(words) :]:
        if word.lower() in _PREPS | {"and", "or"} or len(words) == 3:
            break
        words += [] if word.lower() in _LEADING else [word]
    label = " ".join(words)
    label = _BUTTON_WORDS.get(label.lower(), label)
    return label[:1].upper() + label[1:] if label else "Continue"


def _problem_message(criterion: str, text: str, obj: str, fields: list[tuple[str, str]]) -> str:
    """What the screen says on an unhappy path, in the user's words where no template fits."""
    card = "card" in text
    values = {
        "payment": "Card" if card else "Payment",
        "method": "card" if card else "payment method",
        "obj": obj or "results",
        "noun": singular(obj.split()[-1]) if obj else "item",
        "field": fields[0][0] if fields else "the highlighted field",
        "login": "email" if "email" in text else "name",
    }
    for pattern, template in _MESSAGES:  # the Given clause: "when I decline ..." is no error
        if re.search(pattern, given(criterion), re.I):
            return template.format(**values)
    return sentence(_second_person(given(criterion)))


def oneline(text: str) -> str:
    """Text on one line with single spaces."""
    return " ".join((text or "").split())


def read_story(story: StoryContext, clean: Callable[[str], str] = plain) -> Screen:
    """The story reduced to what a screen is built from; `clean` makes its text drawable."""
    title, description = clean(story.title), clean(story.description)
    criteria = [clean(c) for c in story.acceptance_criteria if c.strip()]
    found = _DESCRIPTION.match(description)
    goal = found.group("goal") if found else title
    goal = re.sub(r"^(?:the (?:app|system|site|product|platform|service)|it) to ", "", goal,
                  flags=re.I)  # fmt: skip
    text = " ".join([title, description, *criteria]).lower()
    verb, obj = _verb_and_object(goal)
    kind = _kind(verb, obj, title, text)
    browse = kind == "list" and _browses(verb, text)
    form_text = " ".join([title, goal, *criteria]).lower()
    fields = [
        (label, sample) for pattern, label, sample in _FIELDS if re.search(pattern, form_text)
    ]
    if kind != "form":
        fields = []
    elif not fields:  # nothing recognisable to enter: an input for the goal's object
        fields = [(obj[:1].upper() + obj[1:] if obj else "Details", ""), ("Note (optional)", "")]
    lead, choices = _options(goal, "or")
    _, filters = _options(goal, "(?:or|and)") if kind == "list" else ("", [])
    if kind == "list" and not filters:
        by = re.search(r"\bby\s+(\w+)", goal, re.I)
        filters = [by.group(1).capitalize()] if by else []
    problems: dict[str, str] = {}
    for criterion in criteria:
        if _UNHAPPY.search(given(criterion)):
            message = _problem_message(criterion, text, obj, fields[:4])
            problems.setdefault(message, criterion)
    return Screen(
        product=clean(story.product_name) or "Product",
        activity=clean(story.activity) or title,
        task=clean(story.task) or title,
        title=title,
        role=(found.group("role") if found else "user").strip(),
        goal=goal.rstrip("."),
        text=text,
        verb=verb,
        obj=obj.lower(),
        kind=kind,
        action=_action_label(goal, verb, kind, browse),
        browse=browse,
        choice_lead=f"{verb.capitalize()} {lead}".strip() if choices else "",
        choices=[] if kind == "list" else choices[:3],
        fields=fields[:4],
        filters=filters[:2],
        problems=list(problems.items()),
    )


def search_label(s: Screen) -> str:
    """The button next to a list's search box: the story's own action when it is a search."""
    return s.action if s.browse else "Search"
