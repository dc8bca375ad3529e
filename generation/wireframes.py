"""Text wireframes of one story's screen: the offline drawing, checks, repair and LLM answers.

A wireframe is plain text drawn with box-drawing characters. Every line must have the same
display width so that the right edge stays straight in any monospace font, so story text is
made width-safe before it is drawn (CJK and emoji take two columns and become "?") and labels
are cut with "…" to fit. ``lint_wireframe`` checks any drawing, ours or an LLM's, by the same
rules, and ``repair_wireframe`` fixes what can be fixed without guessing.

No randomness and no network: the same story, style and platform always give the same drawing.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from pydantic import BaseModel, ConfigDict, Field
from wcwidth import wcswidth, wcwidth

STYLES = ("low-fidelity", "high-fidelity", "component")
PLATFORMS = ("web", "mobile", "desktop")

_WIDTHS = {"web": 80, "mobile": 40, "desktop": 80}
_RANGES = {"web": (60, 100), "mobile": (30, 48), "desktop": (60, 100)}
_SIDEBAR = 20  # desktop sidebar columns, between the borders
_SECTIONS = {"layout": "Layout", "ui_elements": "UI elements", "navigation": "Navigation",
             "notes": "Notes"}  # fmt: skip


class StoryContext(BaseModel):
    """What a wireframe is drawn from: one story and where it sits in the map."""

    model_config = ConfigDict(populate_by_name=True, str_strip_whitespace=True)

    product_name: str = Field(default="", alias="productName")
    activity: str = ""
    task: str = ""
    title: str
    description: str = ""
    acceptance_criteria: list[str] = Field(default_factory=list, alias="acceptanceCriteria")


class Wireframe(BaseModel):
    """One story's wireframe: the drawing and four markdown sections."""

    ascii: str
    layout: str = ""
    ui_elements: str = ""
    navigation: str = ""
    notes: str = ""


# --- Character widths -----------------------------------------------------------------------------

# Chars whose stroke reaches the left / right / top / bottom edge of their cell.
_OPEN_LEFT = set("─━═┬┴┼┐┘┤╴╌┄┈")
_OPEN_RIGHT = set("─━═┬┴┼┌└├╶╌┄┈")
_OPEN_UP = set("│┃║├┤┼└┘┴╵┆┊")
_OPEN_DOWN = set("│┃║├┤┼┌┐┬╷┆┊")
_RIGHT_EDGES = set("│┃║┐┘┤")


def _is_emoji(ch: str) -> bool:
    """True for pictographs, which many fonts draw two columns wide whatever wcwidth says."""
    cp = ord(ch)
    return 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x26FF or cp in (0xFE0F, 0x200D, 0x20E3)


def _char_problem(ch: str) -> str | None:
    """Why a character does not belong in a drawing, or None when it is one column wide."""
    if ch == "\t":
        return "tab"
    if _is_emoji(ch):
        return "emoji"
    width = wcwidth(ch)
    if width == 2:
        return "wide character"
    return None if width == 1 else "zero-width or control character"


def _width(text: str) -> int:
    """Display columns of text; a tab or control character counts as one column."""
    width = wcswidth(text)
    return width if width >= 0 else sum(max(wcwidth(ch), 0) or 1 for ch in text)


def _plain(text: str) -> str:
    """Story text made drawable: one line of one-column characters, no box-drawing chars."""
    text = unicodedata.normalize("NFKC", text or "")  # fullwidth Latin becomes plain ASCII
    out = []
    for ch in text:
        problem = _char_problem(ch)
        if ch.isspace():
            out.append(" ")
        elif 0x2500 <= ord(ch) <= 0x257F:
            out.append("-")  # a stray corner in a label would confuse the corner check
        elif problem is None:
            out.append(ch)
        elif problem != "zero-width or control character":
            out.append("?")
    return " ".join(re.sub(r"\?{2,}", "?", "".join(out)).split())


def _one_column(text: str) -> str:
    """Text with one-column characters only: wide ones and emoji become "?", the others go."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        problem = _char_problem(ch)
        out.append(ch if problem is None else "?" if problem in ("emoji", "wide character") else "")
    return "".join(out)


def _undrawable(text: str) -> bool:
    """True when text holds characters that _plain has to replace."""
    return any(_char_problem(ch) in ("emoji", "wide character") for ch in text or "")


def _clip(text: str, width: int) -> str:
    """Text cut to at most `width` columns, ending in "…" when something was cut."""
    if _width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        if used + _width(ch) > width - 1:
            break
        out.append(ch)
        used += _width(ch)
    return "".join(out).rstrip() + "…"


def _fit(text: str, width: int, fill: str = " ") -> str:
    """Text cut or padded to exactly `width` columns of one-column characters."""
    # _plain cleaned the story's text, but case changes come later and can undo it:
    # "İ".lower() is "i" plus a zero-width combining dot, "ΐ".upper() has two of them.
    text = _clip(_one_column(text), width)
    return text + fill * (width - _width(text))


def _spread(left: str, right: str, width: int) -> str:
    """Left-aligned and right-aligned text on one line of `width` columns."""
    right = _clip(right, max(width // 2, width - _width(left) - 2))
    return _fit(left, width - _width(right) - 2) + "  " + right


# --- Reading the story ----------------------------------------------------------------------------

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
_SAMPLES = {
    "restaurant": (("Luigi's Trattoria", "Italian, 25 min"), ("Sakura Sushi", "Japanese, 30 min"),
                   ("Green Bowl", "Vegan, 15 min")),
    "dish": (("Margherita pizza", "9.50"), ("Pad thai", "11.00"), ("Caesar salad", "8.20")),
    "product": (("Organic milk 1 l", "1.40"), ("Sourdough loaf", "3.10"),
                ("Free-range eggs x6", "2.60")),
    "order": (("Order #1042", "2 items, 18.90"), ("Order #1043", "1 item, 9.50"),
              ("Order #1044", "4 items, 31.20")),
    "request": (("Request #311", "Pickup 1.2 km"), ("Request #312", "Pickup 0.8 km"),
                ("Request #313", "Pickup 2.5 km")),
    "recipe": (("Tomato pasta", "20 min"), ("Chickpea curry", "35 min"), ("Greek salad", "10 min")),
}  # fmt: skip
_SAMPLES["item"] = _SAMPLES["product"]


@dataclass
class _Screen:
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


def _singular(word: str) -> str:
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


def _sentence(text: str) -> str:
    """Text with a capital first letter and a full stop."""
    text = text.strip().rstrip(".")
    return (text[:1].upper() + text[1:] + ".") if text else ""


def _given(criterion: str) -> str:
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
        "noun": _singular(obj.split()[-1]) if obj else "item",
        "field": fields[0][0] if fields else "the highlighted field",
        "login": "email" if "email" in text else "name",
    }
    for pattern, template in _MESSAGES:  # the Given clause: "when I decline ..." is no error
        if re.search(pattern, _given(criterion), re.I):
            return template.format(**values)
    return _sentence(_second_person(_given(criterion)))


def _oneline(text: str) -> str:
    """Text on one line with single spaces."""
    return " ".join((text or "").split())


def _read_story(story: StoryContext, clean: Callable[[str], str] = _plain) -> _Screen:
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
        if _UNHAPPY.search(_given(criterion)):
            message = _problem_message(criterion, text, obj, fields[:4])
            problems.setdefault(message, criterion)
    return _Screen(
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


# --- Drawing blocks -------------------------------------------------------------------------------


def _box(body: list[str | None], width: int, title: str = "") -> list[str]:
    """A box of `width` columns around body rows; a None row is a ├───┤ divider."""
    label = f"─ {_clip(title, width - 8)} " if title else ""
    lines = ["┌" + _fit(label, width - 2, "─") + "┐"]
    for row in body:
        if row is None:
            lines.append("├" + "─" * (width - 2) + "┤")
        else:
            lines.append("│ " + _fit(row, width - 4) + " │")
    return lines + ["└" + "─" * (width - 2) + "┘"]


def _placeholder(width: int, height: int, label: str) -> list[str]:
    """A low-fidelity block: a labelled box filled with X, standing for an image or a map."""
    rows = [("X " * width)[: width - 4] for _ in range(max(height - 2, 1))]
    return _box(rows, width, label)


def _input(text: str, width: int) -> str:
    """A text input drawn as [ value      ], `width` columns wide."""
    return "[ " + _fit(text, width - 4) + " ]"


def _table(headers: list[str], rows: list[list[str]], width: int) -> list[str]:
    """A grid table `width` columns wide; the first column takes the space left over."""
    fixed = [max(12, min(24, width // 4))] * (len(headers) - 1)
    widths = [width - 2 - sum(w + 1 for w in fixed)] + fixed  # borders and inner dividers

    def line(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * w for w in widths) + right

    def cells(values: list[str]) -> str:
        return (
            "│"
            + "│".join(" " + _fit(v, w - 2) + " " for v, w in zip(values, widths, strict=True))
            + "│"
        )

    body = [cells(row) for row in rows]
    return [line("┌", "┬", "┐"), cells(headers), line("├", "┼", "┤"), *body, line("└", "┴", "┘")]


# --- The main component: a form, a list or a status card ------------------------------------------


def _form_rows(s: _Screen, lofi: bool, inner: int) -> list[str | None]:
    """Choices, labelled inputs and the buttons of a form."""
    rows: list[str | None] = []
    if s.choices:
        marks = ["( ) " if lofi or i else "(*) " for i in range(len(s.choices))]
        options = "   ".join(
            m + (c.lower() if lofi else c) for m, c in zip(marks, s.choices, strict=True)
        )
        rows += [f"{s.choice_lead}:  {options}", ""]
    for index, (label, sample) in enumerate(s.fields):
        if lofi:
            rows.append(_input(label.lower(), min(inner, 40)))
            continue
        value = sample or f"Enter {label.lower()}"
        if inner >= 50:
            rows.append(_fit(label, 16) + _input(value, inner - 16))
        else:
            rows += [label, _input(value, inner)]
        if index == _error_field(s) and s.problems:
            rows.append(" " * (16 if inner >= 50 else 0) + f"! {s.problems[0][0]}")
    primary = s.action.lower() if lofi else s.action
    rows += [None, f"[ {primary} ]  [ {'cancel' if lofi else 'Cancel'} ]"]
    if not lofi:
        rows.append(f"({s.action} stays disabled until every field is valid.)")
    return rows


def _error_field(s: _Screen) -> int:
    """Which input the first unhappy path points at: the one its message names, else the first."""
    message = s.problems[0][0].lower() if s.problems else ""
    for index, (label, _) in enumerate(s.fields):
        if re.search(rf"\b{re.escape(label.split()[0].lower())}\b", message):
            return index
    return 0


def _search_label(s: _Screen) -> str:
    """The button next to a list's search box: the story's own action when it is a search."""
    return s.action if s.browse else "Search"


def _list_rows(s: _Screen, lofi: bool, inner: int) -> list[str | None]:
    """A search box, filters and a table of sample rows."""
    noun = _singular(s.obj.split()[-1]) if s.obj else "item"
    samples = _SAMPLES.get(noun) or tuple((f"{noun.capitalize()} {c}", "Detail") for c in "ABC")
    row_button = "[ View ]" if s.browse else f"[ {s.action} ]"
    label = _search_label(s)
    button = f"[ {label.lower() if lofi else label} ]"
    query = "search" if lofi else f"Search {s.obj or 'items'}…"
    rows: list[str | None] = [_input(query, inner - _width(button) - 1) + " " + button]
    filters = [f"[ filter: {f.lower()} v ]" if lofi else f"{f}: [ Any {f.lower()} v ]"
               for f in s.filters]  # fmt: skip
    rows += ["   ".join(filters)] if filters else []
    headers = [s.obj.capitalize() or "Name", s.filters[0] if s.filters else "Details", ""]
    data = [[name, detail, row_button] for name, detail in samples]
    if lofi:
        rows.append(f"[ list of {s.obj or 'items'} ]")
        headers = [h.lower() for h in headers]
        data = [["XXXXXXXXXXXX", "XXXXXX", "[ button ]"] for _ in samples]
    else:
        data[0][0] = "> " + data[0][0]  # the selected row
    if inner < 50:  # two columns on a phone: name and button
        headers, data = [headers[0], headers[2]], [[r[0], r[2]] for r in data]
    rows += _table(headers, data, inner)
    if lofi:
        return rows + ["[ pagination ]"]
    rows.append(_spread("< Previous", "Page 1 of 3   Next >", inner))
    if s.problems:
        rows += [None, f"! {s.problems[0][0]}"]
        rows += ["[ Clear search ]"] if "match" in s.problems[0][0] else []
    return rows


def _status_rows(s: _Screen, lofi: bool, inner: int) -> list[str | None]:
    """A status card: where things stand, the steps so far, and the latest updates."""
    if lofi:
        rows: list[str | None] = ["[ status ]", "[ progress bar ]"]
        rows += _placeholder(inner, 4, "map" if "map" in s.text else "updates")
        return rows + ["[ refresh ]"]
    noun = _singular(s.obj.split()[-1]) if s.obj else "request"
    ordered = noun in {"order", "delivery", "parcel", "package"} or "order" in s.text
    steps = ["Placed", "Preparing", "On the way", "Delivered"]
    if not ordered:
        steps = ["Requested", "In progress", "Ready", "Done"]
    bar = min(inner - 14, 32)
    rows = [_spread(f"{noun.capitalize()} #1042", f"Status: {steps[2]}", inner)]
    rows += ["[" + "#" * (bar * 3 // 4) + "-" * (bar // 4) + "] step 3 of 4", ""]
    times = ("18:02", "18:10", "18:25", "")
    for mark, step, time in zip(("[x]", "[x]", "[>]", "[ ]"), steps, times, strict=True):
        rows.append(f"{mark} {step:<14} {time}")
    when = re.search(r"\bwhen (.+)$", s.goal, re.I)
    if when or "notif" in s.text:
        rows += ["", f"Latest update: {_sentence(when.group(1) if when else s.goal)}"]
    if "map" in s.text:
        rows += ["", *_box(["Map: courier 1.2 km away, arriving ~18:40"], inner)]
    rows += ["Last updated 2 min ago"]
    if s.problems:
        rows += [None, f"! {s.problems[0][0]}"]
    settings = "Notification settings" if "notif" in s.text else "Contact support"
    return rows + [None, f"[ Refresh ]  [ {settings} ]"]


def _component(s: _Screen, style: str, width: int) -> list[str]:
    """The screen's one main component, boxed, `width` columns wide."""
    lofi = style == "low-fidelity"
    inner = width - 4
    builders = {"form": _form_rows, "list": _list_rows, "status": _status_rows}
    rows = builders[s.kind](s, lofi, inner)
    title = s.task if s.kind != "list" else (s.obj.capitalize() or s.task)
    return _box(rows, width, title.lower() if lofi else title)


def _main_area(s: _Screen, style: str, width: int, crumbs: bool) -> list[str]:
    """Heading, optional banner and the main component, for a content area `width` wide."""
    lofi = style == "low-fidelity"
    rows = []
    if crumbs and not lofi:
        rows.append(f"Home > {_clip(s.activity, 24)} > {_clip(s.task, 30)}")
        rows.append("")
    rows += [s.task.upper() if lofi else s.title, ""]
    if not lofi and len(s.problems) > 1:  # the first unhappy path is shown inside the component
        rows += [*_box([f"! {s.problems[1][0]}"], width), ""]
    if lofi:
        rows += [*_placeholder(width, 4, "image"), ""]
    rows += _component(s, style, width)
    rows += ["", "[ back ]" if lofi else f"< Back to {s.activity}"]
    return rows


# --- Platform frames ------------------------------------------------------------------------------


def _framed(rows: list[str], width: int) -> list[str]:
    """Rows inside a frame's side borders, with one space of margin."""
    return ["│ " + _fit(row, width - 4) + " │" for row in rows]


def _rule(width: int, left: str = "├", right: str = "┤", fill: str = "─") -> str:
    """A full-width horizontal line of a frame."""
    return left + fill * (width - 2) + right


def _web(s: _Screen, style: str, width: int) -> list[str]:
    """A browser page: address bar, top navigation, content and footer."""
    lofi = style == "low-fidelity"
    slug = re.sub(r"[^a-z0-9]+", "-", s.product.lower()).strip("-") or "app"
    page = re.sub(r"[^a-z0-9]+", "-", s.task.lower()).strip("-") or "page"
    bar = "(<) (>)  [ url ]" if lofi else f"(<) (>) (o)  [ https://{slug}.example/{page} ]"
    items = [_clip(s.activity, 20), _clip(s.task, 22), "Help"]
    nav_left = (
        "[ logo ]  " + "  ".join(i.lower() for i in items)
        if lofi
        else (f"{_clip(s.product.upper(), 20)}   [{items[0]}]  {items[1]}  {items[2]}")
    )
    nav = _spread(
        nav_left, "[ account ]" if lofi else f"Signed in as {_clip(s.role, 14)}", width - 4
    )
    footer = "footer" if lofi else f"(c) {s.product}  -  Help  -  Privacy  -  Terms"
    return [_rule(width, "┌", "┐"), *_framed([bar], width), _rule(width),
            *_framed([nav], width), _rule(width),
            *_framed(_main_area(s, style, width - 4, crumbs=True), width),
            _rule(width), *_framed([footer], width), _rule(width, "└", "┘")]  # fmt: skip


def _mobile(s: _Screen, style: str, width: int) -> list[str]:
    """A phone screen: status bar, app bar, content and a bottom tab bar."""
    lofi = style == "low-fidelity"
    inner = width - 4
    top = [] if lofi else [*_framed([_spread("9:41", "5G  100%", inner)], width), _rule(width)]
    app_bar = _spread(f"[<] {s.task.lower()}" if lofi else f"<  {s.task}", "[=]", inner)
    tabs = ["Home", s.activity, "Account"]
    tabs = [t.lower() if lofi else (f"*{t}" if i == 1 else t) for i, t in enumerate(tabs)]
    cell = (width - 2 - (len(tabs) - 1)) // len(tabs)
    cells = [cell] * (len(tabs) - 1) + [width - 2 - (len(tabs) - 1) - cell * (len(tabs) - 1)]
    tab_line = "│" + "│".join(" " + _fit(t, c - 1) for t, c in zip(tabs, cells, strict=True)) + "│"
    return [_rule(width, "┌", "┐"), *top, *_framed([app_bar], width), _rule(width),
            *_framed(_main_area(s, style, inner, crumbs=False), width),
            "├" + "┬".join("─" * c for c in cells) + "┤", tab_line,
            "└" + "┴".join("─" * c for c in cells) + "┘"]  # fmt: skip


def _desktop(s: _Screen, style: str, width: int) -> list[str]:
    """An application window: title bar, menu bar, toolbar, sidebar, content, status bar."""
    lofi = style == "low-fidelity"
    main = width - _SIDEBAR - 3
    title = _spread(f"{s.product} - {s.task}", "[_][o][x]", width - 4)
    buttons = dict.fromkeys(["< ", "> ", s.action, "Refresh"])  # no duplicate Refresh
    tools = (
        "[ btn ] [ btn ] [ btn ]"
        if lofi
        else ("  ".join(f"[ {b.strip()} ]" for b in buttons) + "  |  [ Search...          ]")
    )
    side = [s.activity.upper(), f"> {s.task}", "  Recent", "  Settings"]
    side = ["[ nav ]"] * 3 if lofi else side
    content = _main_area(s, style, main - 2, crumbs=True)
    side += [""] * (len(content) - len(side))
    body = ["│ " + _fit(a, _SIDEBAR - 2) + " │ " + _fit(b, main - 2) + " │"
            for a, b in zip(side, content, strict=True)]  # fmt: skip
    status = "status bar" if lofi else f"Ready  -  {s.product}  -  signed in as {s.role}"
    return [_rule(width, "┌", "┐"), *_framed([title], width), _rule(width),
            *_framed(["File  Edit  View  Help"], width), _rule(width),
            *_framed([tools], width),
            "├" + "─" * _SIDEBAR + "┬" + "─" * main + "┤", *body,
            "├" + "─" * _SIDEBAR + "┴" + "─" * main + "┤",
            *_framed([status], width), _rule(width, "└", "┘")]  # fmt: skip


# --- The four markdown sections -------------------------------------------------------------------


def _md(text: str) -> str:
    """Story text safe to put in markdown: one line, no raw HTML."""
    return " ".join((text or "").replace("<", "&lt;").split())  # "<" is what opens a tag


def _component_words(s: _Screen) -> str:
    """The main component described in a few words."""
    if s.kind == "form":
        return f"a form with {', '.join(label for label, _ in s.fields)} and a {s.action} button"
    if s.kind == "list":
        return f"a search box, filters and a table of {s.obj or 'items'} with sample rows"
    return "a status card with progress, the steps so far and the latest update"


def _layout_md(s: _Screen, style: str, platform: str) -> str:
    """Layout: the screen's regions, top to bottom."""
    if style == "component":
        return _md(f"- One component in isolation: {_component_words(s)}, shown with its states.")
    top = {
        "web": f"- Top: browser bar and navigation ({s.product}, {s.activity}, {s.task}, Help).",
        "mobile": f'- Top: status bar and app bar with back button and "{s.task}".',
        "desktop": "- Top: title bar, menu bar (File, Edit, View, Help) and a toolbar.",
    }[platform]
    lines = [top]
    if platform == "desktop":
        lines.append(f"- Left: sidebar with {s.activity} and {s.task}.")
    lines.append(f'- Heading: "{s.title}".')
    if style == "high-fidelity" and len(s.problems) > 1:
        lines.append(f'- Message banner: "{s.problems[1][0]}".')
    lines.append(f"- Main: {_component_words(s)}.")
    if style == "low-fidelity":
        lines.append("- Image placeholder (a box of X) above the main component.")
    bottom = {"web": "footer", "mobile": "tab bar (Home, " + s.activity + ", Account)",
              "desktop": "status bar"}[platform]  # fmt: skip
    return "\n".join(_md(line) for line in [*lines, f"- Bottom: back link, then the {bottom}."])


def _elements_md(s: _Screen, platform: str) -> str:
    """UI elements: a bullet per element with its purpose."""
    items = []
    if s.choices:
        items.append(f"Choice ({' / '.join(s.choices)}): how to {s.goal}; the first is selected.")
    items += [f'Input "{label}": what the {s.role} enters to {s.goal}.' for label, _ in s.fields]
    if s.kind == "list":
        items.append(f'Search box and "{_search_label(s)}" button: narrows the list.')
        if not s.browse:
            items.append(f'Row button "{s.action}": {s.verb} that one row.')
        items += [f'Filter "{f}": limits the list by {f.lower()}.' for f in s.filters]
        items.append(f'Table of {s.obj or "items"}: sample rows; the selected row is marked ">".')
        items.append("Pagination: previous and next pages.")
    elif s.kind == "status":
        items += ["Status card with progress bar: where things stand now.",
                  "Step list: done [x], current [>], still to come [ ].",
                  "Refresh button: loads the latest status."]  # fmt: skip
    else:
        items.append(f'Primary button "{s.action}": {s.goal}; disabled until fields are valid.')
        items.append("Cancel button: leaves without saving.")
    items += [f'Message "{message}": shown when {_given(c)}.' for message, c in s.problems]
    nav = {"web": "Top navigation", "mobile": "Bottom tab bar", "desktop": "Sidebar and menu bar"}
    items.append(f"{nav[platform]}: moves between {s.activity} and other parts of {s.product}.")
    return "\n".join(f"- {_md(item)}" for item in items)


def _navigation_md(s: _Screen, platform: str) -> str:
    """Navigation: where the user comes from and where each action leads."""
    via = {"web": "the top navigation", "mobile": "the tab bar", "desktop": "the sidebar"}[platform]
    next_step = {
        "form": "a confirmation screen, then the next step of the journey",
        "list": f"the selected {_singular(s.obj.split()[-1]) if s.obj else 'item'}'s details",
        "status": "the same screen with the latest status",
    }[s.kind]
    lines = [
        f'- Comes from: {s.activity} (via {via}), task "{s.task}".',
        f'- "{s.action}" leads to {next_step}.',
        f"- Back returns to {s.activity}; nothing entered is lost.",
    ]
    if s.problems:
        lines.append("- Unhappy paths stay on this screen and show their message in place.")
    return "\n".join(_md(line) for line in lines)


def _notes_md(story: StoryContext, s: _Screen) -> str:
    """Notes: unhappy paths, the criteria the drawing covers, and assumptions."""
    lines = [f'- Unhappy path: "{message}"' for message, _ in s.problems]
    if story.acceptance_criteria:
        lines.append("- Acceptance criteria covered:")
        lines += [f"  - {c}" for c in story.acceptance_criteria if c.strip()]
    lines.append(f"- Assumes the {s.role} is signed in; names and values are sample data.")
    texts = [story.title, story.description, story.task, story.activity, story.product_name]
    if _undrawable(" ".join(texts + story.acceptance_criteria)):
        lines.append('- Wide characters (CJK, emoji) in the story are drawn as "?".')
    return "\n".join(_md(line) if not line.startswith("  ") else "  " + _md(line) for line in lines)


# --- Public functions -----------------------------------------------------------------------------


def _check_platform(platform: str) -> tuple[int, int]:
    """The allowed width range of a platform; unknown platforms are a caller's mistake."""
    if platform not in _RANGES:
        raise ValueError(f"Unknown platform {platform!r}; expected one of {', '.join(PLATFORMS)}.")
    return _RANGES[platform]


def generate_offline_wireframe(story: StoryContext, style: str, platform: str) -> Wireframe:
    """Draw the story's screen without any AI provider, deterministically."""
    _check_platform(platform)
    if style not in STYLES:
        raise ValueError(f"Unknown style {style!r}; expected one of {', '.join(STYLES)}.")
    s = _read_story(story)
    # The markdown keeps the story's own characters, but names the labels the drawing shows.
    words = replace(_read_story(story, _oneline), action=s.action, fields=s.fields,
                    choices=s.choices, filters=s.filters)  # fmt: skip
    width = _WIDTHS[platform]
    if style == "component":
        lines = _component(s, "high-fidelity", width)
    else:
        lines = {"web": _web, "mobile": _mobile, "desktop": _desktop}[platform](s, style, width)
    return Wireframe(
        ascii="\n".join(lines),
        layout=_layout_md(words, style, platform),
        ui_elements=_elements_md(words, platform),
        navigation=_navigation_md(words, platform),
        notes=_notes_md(story, words),
    )


def _corner_problems(lines: list[str]) -> list[str]:
    """Corners that do not join the lines they start: ┌ needs ─ to its right and │ below, etc."""

    def at(r: int, c: int) -> str:  # by character, not column: wide characters are flagged anyway
        return lines[r][c] if 0 <= r < len(lines) and 0 <= c < len(lines[r]) else ""

    rules = {"┌": ((0, 1, _OPEN_LEFT, "right"), (1, 0, _OPEN_UP, "below")),
             "┐": ((0, -1, _OPEN_RIGHT, "left"), (1, 0, _OPEN_UP, "below")),
             "└": ((0, 1, _OPEN_LEFT, "right"), (-1, 0, _OPEN_DOWN, "above")),
             "┘": ((0, -1, _OPEN_RIGHT, "left"), (-1, 0, _OPEN_DOWN, "above")),
             "┬": ((0, -1, _OPEN_RIGHT, "left"), (0, 1, _OPEN_LEFT, "right"),
                   (1, 0, _OPEN_UP, "below")),
             "┴": ((0, -1, _OPEN_RIGHT, "left"), (0, 1, _OPEN_LEFT, "right"),
                   (-1, 0, _OPEN_DOWN, "above"))}  # fmt: skip
    problems = []
    for r, row in enumerate(lines):
        for c, ch in enumerate(row):
            for dr, dc, allowed, where in rules.get(ch, ()):
                if at(r + dr, c + dc) not in allowed:
                    kind = "horizontal" if dr == 0 else "vertical"
                    name = "Corner" if ch in "┌┐└┘" else "Junction"
                    problems.append(f"{name} {ch} on line {r + 1}, column {c + 1} has no "
                                    f"{kind} line {where} it.")  # fmt: skip
    return problems


def _lines_list(numbers: list[int]) -> str:
    """Line numbers for a message, at most five of them."""
    shown = ", ".join(str(n) for n in numbers[:5])
    return shown + (f" and {len(numbers) - 5} more" if len(numbers) > 5 else "")


def lint_wireframe(ascii: str, platform: str) -> list[str]:
    """Human-readable problems with a drawing; an empty list means it is clean."""
    low, high = _check_platform(platform)
    if not (ascii or "").strip():
        return ["The drawing is empty."]
    lines = ascii.split("\n")
    problems = []
    widths = [_width(line) for line in lines]
    common = Counter(widths).most_common(1)[0][0]
    jagged = [i + 1 for i, w in enumerate(widths) if w != common]
    if jagged:
        problems.append(f"Lines are not all {common} columns wide: lines {_lines_list(jagged)} "
                        f"are {min(widths)}-{max(widths)} columns.")  # fmt: skip
    if not low <= common <= high:
        problems.append(f"The drawing is {common} columns wide; {platform} needs {low}-{high}.")
    by_kind: dict[str, list[int]] = {}
    for number, line in enumerate(lines, 1):
        for kind in {_char_problem(ch) for ch in line} - {None}:
            by_kind.setdefault(kind, []).append(number)
    for kind, numbers in by_kind.items():
        problems.append(f"{kind.capitalize()} on lines {_lines_list(numbers)}; use one-column "
                        "characters.")  # fmt: skip
    corners = _corner_problems(lines)
    problems += corners[:5]
    if len(corners) > 5:
        problems.append(f"{len(corners) - 5} more corners or junctions do not join.")
    return problems


def _clean_line(line: str) -> str:
    """Tabs expanded, wide characters and emoji made "?", zero-width characters dropped."""
    return re.sub(r"\?{2,}", "?", _one_column(line.expandtabs(4)))


def _to_width(line: str, target: int) -> str:
    """A line padded or trimmed to `target` columns, keeping its right border in place."""
    line = line.rstrip(" ")
    edge = line[-1] if line[-1:] in _RIGHT_EDGES else ""
    body = line[: len(line) - len(edge)]
    fill = "─" if body.endswith("─") else " "
    room = target - _width(edge)
    if _width(body) > room:  # drop padding before the border first; cut text only if needed
        body = body.rstrip(fill)
    return _fit(body, room, fill) + edge


def _trimmed(lines: list[str]) -> list[str]:
    """Lines without the blank ones at the start and the end."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return lines[filled[0] : filled[-1] + 1] if filled else []


def repair_wireframe(ascii: str, platform: str) -> str | None:
    """The drawing with safe fixes applied, or None when it cannot be fixed without guessing."""
    low, high = _check_platform(platform)
    # Cleaned, then trimmed: a line of nothing but a stray control character is blank too.
    lines = _trimmed(
        [_clean_line(line) for line in (ascii or "").replace("\r\n", "\n").split("\n")]
    )
    if not any(ch in _OPEN_UP | _OPEN_LEFT for line in lines for ch in line):
        return None  # no box at all: nothing tells us what the drawing should look like
    edged = [_width(line.rstrip(" ")) for line in lines if line.rstrip(" ")[-1:] in _RIGHT_EDGES]
    counts = Counter(edged or [max(_width(line.rstrip(" ")) for line in lines)])
    target = max(counts, key=lambda w: (counts[w], w))  # the commonest right border wins
    if not low <= target <= high:
        return None  # rescaling a drawing would move every column; that is a redraw, not a fix
    repaired = "\n".join(_to_width(line, target) for line in lines)
    return repaired if not lint_wireframe(repaired, platform) else None


_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*([\w+-]*)[^\n]*\n(.*?)(?:^[ \t]*\1[ \t]*$|\Z)",
                    re.M | re.S)  # fmt: skip
_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\d+[.)]\s*)?(?:\*\*|__)?\s*"
    r"(?P<name>layout|ui[ _-]?elements|ui[ _-]?components|navigation|notes)\s*(?P<c1>:)?\s*"
    r"(?:\*\*|__)?\s*(?P<c2>:)?\s*(?P<rest>.*?)\s*$",
    re.I,
)


def _section_name(line: str) -> tuple[str, str] | None:
    """The section a heading line opens (and any text after its colon), or None."""
    found = _HEADING.match(line)
    if not found:
        return None
    if found.group("rest") and not (found.group("c1") or found.group("c2")):
        return None  # "Notes about the design" is prose, not a heading
    name = found.group("name").lower()
    key = "ui_elements" if name.startswith("ui") else name
    return key, found.group("rest")


def _split_drawing(text: str) -> tuple[list[str], str]:
    """An answer's drawing lines (fenced, or else the run of box lines) and the rest of it."""
    fence = _FENCE.search(text)
    if fence:
        body = fence.group(3).split("\n")
        # An unclosed fence runs on into the sections: the drawing ends at the first heading.
        cut = next((i for i, line in enumerate(body) if _section_name(line)), len(body))
        if "".join(body[:cut]).strip():
            rest = "\n".join([text[: fence.start()], *body[cut:], text[fence.end() :]])
            return _trimmed(body[:cut]), rest
    lines = text.split("\n")
    boxy = [i for i, line in enumerate(lines) if any(0x2500 <= ord(ch) <= 0x257F for ch in line)]
    if not boxy:
        raise ValueError("The answer has no wireframe drawing.")
    end = boxy[0] + 1
    while end < len(lines) and lines[end].strip() and not _section_name(lines[end]):
        end += 1
    return lines[boxy[0] : end], "\n".join(lines[: boxy[0]] + lines[end:])


def parse_wireframe_answer(text: str) -> Wireframe:
    """An LLM answer (a fenced drawing, then the four sections) as a Wireframe."""
    drawing, rest = _split_drawing((text or "").replace("\r\n", "\n"))
    sections: dict[str, list[str]] = {key: [] for key in _SECTIONS}
    current = None
    for line in rest.split("\n"):
        found = _section_name(line)
        if found:
            current = found[0]
            if found[1]:
                sections[current].append(found[1])
        elif re.match(r"^\s*#{1,6}\s", line):
            current = None  # an unknown heading ends the section before it
        elif current:
            sections[current].append(line)
    joined = {key: "\n".join(value).strip() for key, value in sections.items()}
    return Wireframe(ascii="\n".join(drawing), **joined)


def wireframe_markdown(story_title: str, wireframe: Wireframe) -> str:
    """The downloadable markdown: title, the drawing in a text fence, the four sections."""
    longest = max((len(run) for run in re.findall(r"`+", wireframe.ascii)), default=0)
    fence = "`" * max(3, longest + 1)
    parts = [f"# {_md(story_title) or 'Wireframe'}", "", f"{fence}text", wireframe.ascii, fence]
    for key, title in _SECTIONS.items():
        body = getattr(wireframe, key).strip() or "_Not provided._"
        parts += ["", f"## {title}", "", body]
    return "\n".join(parts) + "\n"
