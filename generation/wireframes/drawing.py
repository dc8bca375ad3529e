"""Drawing a screen with box-drawing characters: blocks, the main component and the frames.

The blocks are boxes, inputs, tables and placeholders; the main component is a form, a list
of sample rows or a status card, boxed; the frames put it on a web page (address bar and top
navigation), a phone (status, app and tab bars) or in a desktop window (title, menu, tool and
status bars with a sidebar). Every row is fitted to its exact width, so the drawing passes the
lint as it is. ``draw_screen`` is the entry point.
"""

import re

from generation.wireframes.model import WIDTHS
from generation.wireframes.screens import Screen, search_label, sentence, singular
from generation.wireframes.widths import clip, display_width, fit

_SIDEBAR = 20  # desktop sidebar columns, between the borders

# Sample rows of a list, by the singular of the story's object.
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


def _spread(left: str, right: str, width: int) -> str:
    """Left-aligned and right-aligned text on one line of `width` columns."""
    right = clip(right, max(width // 2, width - display_width(left) - 2))
    return fit(left, width - display_width(right) - 2) + "  " + right


# --- Drawing blocks -------------------------------------------------------------------------------


def _box(body: list[str | None], width: int, title: str = "") -> list[str]:
    """A box of `width` columns around body rows; a None row is a ├───┤ divider."""
    label = f"─ {clip(title, width - 8)} " if title else ""
    lines = ["┌" + fit(label, width - 2, "─") + "┐"]
    for row in body:
        if row is None:
            lines.append("├" + "─" * (width - 2) + "┤")
        else:
            lines.append("│ " + fit(row, width - 4) + " │")
    return lines + ["└" + "─" * (width - 2) + "┘"]


def _placeholder(width: int, height: int, label: str) -> list[str]:
    """A low-fidelity block: a labelled box filled with X, standing for an image or a map."""
    rows = [("X " * width)[: width - 4] for _ in range(max(height - 2, 1))]
    return _box(rows, width, label)


def _input(text: str, width: int) -> str:
    """A text input drawn as [ value      ], `width` columns wide."""
    return "[ " + fit(text, width - 4) + " ]"


def _table(headers: list[str], rows: list[list[str]], width: int) -> list[str]:
    """A grid table `width` columns wide; the first column takes the space left over."""
    fixed = [max(12, min(24, width // 4))] * (len(headers) - 1)
    widths = [width - 2 - sum(w + 1 for w in fixed)] + fixed  # borders and inner dividers

    def line(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * w for w in widths) + right

    def cells(values: list[str]) -> str:
        return (
            "│"
            + "│".join(" " + fit(v, w - 2) + " " for v, w in zip(values, widths, strict=True))
            + "│"
        )

    body = [cells(row) for row in rows]
    return [line("┌", "┬", "┐"), cells(headers), line("├", "┼", "┤"), *body, line("└", "┴", "┘")]


# --- The main component: a form, a list or a status card ------------------------------------------


def _form_rows(s: Screen, lofi: bool, inner: int) -> list[str | None]:
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
            rows.append(fit(label, 16) + _input(value, inner - 16))
        else:
            rows += [label, _input(value, inner)]
        if index == _error_field(s) and s.problems:
            rows.append(" " * (16 if inner >= 50 else 0) + f"! {s.problems[0][0]}")
    primary = s.action.lower() if lofi else s.action
    rows += [None, f"[ {primary} ]  [ {'cancel' if lofi else 'Cancel'} ]"]
    if not lofi:
        rows.append(f"({s.action} stays disabled until every field is valid.)")
    return rows


def _error_field(s: Screen) -> int:
    """Which input the first unhappy path points at: the one its message names, else the first."""
    message = s.problems[0][0].lower() if s.problems else ""
    for index, (label, _) in enumerate(s.fields):
        if re.search(rf"\b{re.escape(label.split()[0].lower())}\b", message):
            return index
    return 0


def _list_rows(s: Screen, lofi: bool, inner: int) -> list[str | None]:
    """A search box, filters and a table of sample rows."""
    noun = singular(s.obj.split()[-1]) if s.obj else "item"
    samples = _SAMPLES.get(noun) or tuple((f"{noun.capitalize()} {c}", "Detail") for c in "ABC")
    row_button = "[ View ]" if s.browse else f"[ {s.action} ]"
    label = search_label(s)
    button = f"[ {label.lower() if lofi else label} ]"
    query = "search" if lofi else f"Search {s.obj or 'items'}…"
    rows: list[str | None] = [_input(query, inner - display_width(button) - 1) + " " + button]
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


def _status_rows(s: Screen, lofi: bool, inner: int) -> list[str | None]:
    """A status card: where things stand, the steps so far, and the latest updates."""
    if lofi:
        rows: list[str | None] = ["[ status ]", "[ progress bar ]"]
        rows += _placeholder(inner, 4, "map" if "map" in s.text else "updates")
        return rows + ["[ refresh ]"]
    noun = singular(s.obj.split()[-1]) if s.obj else "request"
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
        rows += ["", f"Latest update: {sentence(when.group(1) if when else s.goal)}"]
    if "map" in s.text:
        rows += ["", *_box(["Map: courier 1.2 km away, arriving ~18:40"], inner)]
    rows += ["Last updated 2 min ago"]
    if s.problems:
        rows += [None, f"! {s.problems[0][0]}"]
    settings = "Notification settings" if "notif" in s.text else "Contact support"
    return rows + [None, f"[ Refresh ]  [ {settings} ]"]


def _component(s: Screen, style: str, width: int) -> list[str]:
    """The screen's one main component, boxed, `width` columns wide."""
    lofi = style == "low-fidelity"
    inner = width - 4
    builders = {"form": _form_rows, "list": _list_rows, "status": _status_rows}
    rows = builders[s.kind](s, lofi, inner)
    title = s.task if s.kind != "list" else (s.obj.capitalize() or s.task)
    return _box(rows, width, title.lower() if lofi else title)


def _main_area(s: Screen, style: str, width: int, crumbs: bool) -> list[str]:
    """Heading, optional banner and the main component, for a content area `width` wide."""
    lofi = style == "low-fidelity"
    rows = []
    if crumbs and not lofi:
        rows.append(f"Home > {clip(s.activity, 24)} > {clip(s.task, 30)}")
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
    return ["│ " + fit(row, width - 4) + " │" for row in rows]


def _rule(width: int, left: str = "├", right: str = "┤", fill: str = "─") -> str:
    """A full-width horizontal line of a frame."""
    return left + fill * (width - 2) + right


def _web(s: Screen, style: str, width: int) -> list[str]:
    """A browser page: address bar, top navigation, content and footer."""
    lofi = style == "low-fidelity"
    slug = re.sub(r"[^a-z0-9]+", "-", s.product.lower()).strip("-") or "app"
    page = re.sub(r"[^a-z0-9]+", "-", s.task.lower()).strip("-") or "page"
    bar = "(<) (>)  [ url ]" if lofi else f"(<) (>) (o)  [ https://{slug}.example/{page} ]"
    items = [clip(s.activity, 20), clip(s.task, 22), "Help"]
    nav_left = (
        "[ logo ]  " + "  ".join(i.lower() for i in items)
        if lofi
        else (f"{clip(s.product.upper(), 20)}   [{items[0]}]  {items[1]}  {items[2]}")
    )
    nav = _spread(
        nav_left, "[ account ]" if lofi else f"Signed in as {clip(s.role, 14)}", width - 4
    )
    footer = "footer" if lofi else f"(c) {s.product}  -  Help  -  Privacy  -  Terms"
    return [_rule(width, "┌", "┐"), *_framed([bar], width), _rule(width),
            *_framed([nav], width), _rule(width),
            *_framed(_main_area(s, style, width - 4, crumbs=True), width),
            _rule(width), *_framed([footer], width), _rule(width, "└", "┘")]  # fmt: skip


def _mobile(s: Screen, style: str, width: int) -> list[str]:
    """A phone screen: status bar, app bar, content and a bottom tab bar."""
    lofi = style == "low-fidelity"
    inner = width - 4
    top = [] if lofi else [*_framed([_spread("9:41", "5G  100%", inner)], width), _rule(width)]
    app_bar = _spread(f"[<] {s.task.lower()}" if lofi else f"<  {s.task}", "[=]", inner)
    tabs = ["Home", s.activity, "Account"]
    tabs = [t.lower() if lofi else (f"*{t}" if i == 1 else t) for i, t in enumerate(tabs)]
    cell = (width - 2 - (len(tabs) - 1)) // len(tabs)
    cells = [cell] * (len(tabs) - 1) + [width - 2 - (len(tabs) - 1) - cell * (len(tabs) - 1)]
    tab_line = "│" + "│".join(" " + fit(t, c - 1) for t, c in zip(tabs, cells, strict=True)) + "│"
    return [_rule(width, "┌", "┐"), *top, *_framed([app_bar], width), _rule(width),
            *_framed(_main_area(s, style, inner, crumbs=False), width),
            "├" + "┬".join("─" * c for c in cells) + "┤", tab_line,
            "└" + "┴".join("─" * c for c in cells) + "┘"]  # fmt: skip


def _desktop(s: Screen, style: str, width: int) -> list[str]:
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
    body = ["│ " + fit(a, _SIDEBAR - 2) + " │ " + fit(b, main - 2) + " │"
            for a, b in zip(side, content, strict=True)]  # fmt: skip
    status = "status bar" if lofi else f"Ready  -  {s.product}  -  signed in as {s.role}"
    return [_rule(width, "┌", "┐"), *_framed([title], width), _rule(width),
            *_framed(["File  Edit  View  Help"], width), _rule(width),
            *_framed([tools], width),
            "├" + "─" * _SIDEBAR + "┬" + "─" * main + "┤", *body,
            "├" + "─" * _SIDEBAR + "┴" + "─" * main + "┤",
            *_framed([status], width), _rule(width, "└", "┘")]  # fmt: skip


def draw_screen(s: Screen, style: str, platform: str) -> list[str]:
    """The drawing's lines: the main component alone, or the whole screen in its frame."""
    width = WIDTHS[platform]
    if style == "component":
        return _component(s, "high-fidelity", width)
    return {"web": _web, "mobile": _mobile, "desktop": _desktop}[platform](s, style, width)
