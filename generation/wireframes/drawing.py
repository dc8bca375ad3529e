"""Drawing a screen with box-drawing characters: blocks, the main component and the frames.

The blocks are boxes, inputs, tables and placeholders; the main component is the screen's
kind (a form, a list of sample rows, a status card, a map with the nearest places, free time
slots, a checkout, a dashboard of figures, a chat, an upload or settings), boxed; the frames
put it on a web page (address bar and top navigation), a phone (status, app and tab bars) or
in a desktop window (title, menu, tool and status bars with a sidebar). A high-fidelity
drawing shows the happy path on the screen and each unhappy path as its own error state below
it. Every word comes from the story's language (``Screen.lang``), labels are cut at word
boundaries, and every row is fitted to its exact width, so the drawing passes the lint as it
is. ``draw_screen`` is the entry point.
"""

import re

from generation.wireframes.model import WIDTHS
from generation.wireframes.phrases import capitalized
from generation.wireframes.screens import (
    Problem,
    Screen,
    picks,
    search_label,
    sentence,
    short_name,
)
from generation.wireframes.widths import clip, cut_phrase, display_width, fit, wrap

_SIDEBAR = 20  # desktop sidebar columns, between the borders
_LABEL = 16  # the label column of a wide form

Rows = list[str | None]

# Sample rows of an English list, by the singular of the story's object.
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


def _w(s: Screen, key: str) -> str:
    return s.lang.words[key]


def _list_of(s: Screen, key: str) -> list[str]:
    return s.lang.words[key].split("|")


def _cut(s: Screen, text: str, width: int) -> str:
    """A label cut at a word boundary in the story's language."""
    return cut_phrase(text, width, s.lang.dangling, s.lang.joining)


def _nav(s: Screen, text: str, width: int) -> str:
    """A navigation item: the title, or its object when the title does not fit."""
    return short_name(text, width, s.lang)


def _noun(s: Screen, phrase: str, width: int) -> str:
    """A noun phrase in `width` columns: whole, else its head noun, else cut at a word."""
    if display_width(phrase) <= width or not phrase.split():
        return phrase
    head = phrase.split()[0 if s.lang.head_first else -1]
    return head if display_width(head) <= width else _cut(s, phrase, width)


def _spread(left: str, right: str, width: int) -> str:
    """Left-aligned and right-aligned text on one line of `width` columns."""
    right = clip(right, max(width // 2, width - display_width(left) - 2))
    return fit(left, width - display_width(right) - 2) + "  " + right


def _right(text: str, width: int) -> str:
    """Text aligned to the right of `width` columns."""
    return " " * max(width - display_width(text), 0) + text


def _buttons(labels: list[str], width: int) -> list[str]:
    """A row of buttons, or one per line when they do not fit side by side."""
    row = "  ".join(f"[ {label} ]" for label in labels)
    return [row] if display_width(row) <= width else [f"[ {label} ]" for label in labels]


def _message(message: str, width: int, indent: str = "") -> list[str]:
    """An error message, "! " first, wrapped under itself."""
    return [indent + line for line in wrap(f"! {message}", width - len(indent), "  ")]


# --- Drawing blocks -------------------------------------------------------------------------------


def _box(body: Rows, width: int, title: str = "") -> list[str]:
    """A box of `width` columns around body rows; a None row is a ├───┤ divider."""
    label = f"─ {cut_phrase(title, width - 6)} " if title else ""
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


def _search(s: Screen, lofi: bool, inner: int, query: str = "") -> str:
    """A search box with its button, one row."""
    label = search_label(s)
    button = f"[ {label.lower() if lofi else label} ]"
    if not query:
        query = _w(s, "search") if lofi else s.lang.say("Search for", obj=s.obj or _w(s, "items"))
    return _input(query, inner - display_width(button) - 1) + " " + button


def _table(headers: list[str], rows: list[list[str]], width: int) -> list[str]:
    """A grid table `width` columns wide; the first column takes the space left over."""
    fixed = [max(12, min(24, width // 4))] * (len(headers) - 1)
    if width < 50:  # a phone: the other columns as wide as what they hold
        fixed = [min(max(display_width(r[i]) for r in [headers, *rows]) + 2, width // 2)
                 for i in range(1, len(headers))]  # fmt: skip
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


def _cards(cards: list[list[str]], width: int) -> list[str]:
    """Boxes side by side, two columns apart, filling `width` columns."""
    gap = 2
    each = (width - gap * (len(cards) - 1)) // len(cards)
    boxes = [_box(list(rows), each) for rows in cards]
    lines = ["  ".join(parts) for parts in zip(*boxes, strict=True)]
    return [fit(line, width) for line in lines]


# --- The main components --------------------------------------------------------------------------


def _field_rows(s: Screen, label: str, sample: str, lofi: bool, inner: int) -> list[str]:
    """One labelled input: label beside it on a wide screen, above it on a narrow one."""
    if lofi:
        return [_input(label.lower(), min(inner, 40))]
    value = sample or s.lang.say("Enter", label=label)
    if inner >= 50 and display_width(label) < _LABEL:
        return [fit(label, _LABEL) + _input(value, inner - _LABEL)]
    return [_cut(s, label, inner), _input(value, inner)]


def _form_rows(s: Screen, lofi: bool, inner: int) -> Rows:
    """Choices, labelled inputs and the buttons of a form."""
    rows: Rows = []
    if s.choices:
        marks = ["( ) " if lofi or i else "(*) " for i in range(len(s.choices))]
        options = "   ".join(
            m + (c.lower() if lofi else c) for m, c in zip(marks, s.choices, strict=True)
        )
        rows += [f"{s.choice_lead}:  {options}", ""]
    for label, sample in s.fields:
        rows += _field_rows(s, label, sample, lofi, inner)
    primary, cancel = s.action, _w(s, "Cancel")
    rows += [
        None,
        *_buttons([primary.lower(), cancel.lower()] if lofi else [primary, cancel], inner),
    ]
    if not lofi:
        rows += wrap(s.lang.say("disabled", action=s.action), inner, " ")
    return rows


def _error_field(s: Screen, problem: Problem) -> int:
    """Which input an unhappy path points at: the one its message names, else the first."""
    message = problem.message.lower()
    for index, (label, _) in enumerate(s.fields):
        first = label.split()[0].lower() if label.split() else ""
        if first and re.search(rf"\b{re.escape(first)}\b", message):
            return index
    return 0


def _names_field(s: Screen, problem: Problem) -> bool:
    """True when an unhappy path's message names one of the inputs."""
    message = problem.message.lower()
    return any(label.lower() in message for label, _ in s.fields)


def _sample_rows(s: Screen, width: int = 40) -> list[tuple[str, str]]:
    """Three sample rows of a list: names and a detail, the names `width` columns at most."""
    noun = _noun(s, s.noun or capitalized(_w(s, "item")), width - 4)
    if s.lang.code == "en" and s.noun.lower() in _SAMPLES:
        return list(_SAMPLES[s.noun.lower()])
    names = [s.lang.say("row", noun=noun, id=i) for i in _w(s, "row ids").split()]
    return list(zip(names, _list_of(s, "row details"), strict=True))


def _list_rows(s: Screen, lofi: bool, inner: int) -> Rows:
    """A search box, filters and a table of sample rows."""
    row_button = f"[ {_w(s, 'View')} ]" if s.browse else f"[ {s.action} ]"
    rows: Rows = [_search(s, lofi, inner)]
    filters = [
        f"[ {s.lang.say('filter', filter=f)} ]" if lofi else s.lang.say("Any", filter=f)
        for f in s.filters
    ]
    if filters and display_width("   ".join(filters)) <= inner:
        rows.append("   ".join(filters))
    else:
        rows += filters  # one per line on a narrow screen
    name = _noun(s, s.lang.label(s.obj), inner // 2 - 4) if s.obj else _w(s, "Name")
    english = s.lang.code == "en" and s.filters  # English samples fill the filter's column
    headers = [name, s.filters[0] if english else _w(s, "Details"), ""]
    data = [[name, detail, row_button] for name, detail in _sample_rows(s, inner // 2 - 4)]
    if lofi:
        rows.append(f"[ {s.lang.say('list of', obj=s.obj or _w(s, 'items'))} ]")
        headers = [h.lower() for h in headers]
        data = [["XXXXXXXXXXXX", "XXXXXX", f"[ {_w(s, 'button')} ]"] for _ in data]
    else:
        data[0][0] = "> " + data[0][0]  # the selected row
    if inner < 50:  # two columns on a phone: name and button
        headers, data = [headers[0], headers[2]], [[r[0], r[2]] for r in data]
    rows += _table(headers, data, inner)
    if lofi:
        return rows + [f"[ {_w(s, 'pagination')} ]"]
    return rows + [_spread(_w(s, "Previous"), _w(s, "Next"), inner)]


def _status_rows(s: Screen, lofi: bool, inner: int) -> Rows:
    """A status card: where things stand, the steps so far, and the latest updates."""
    mapped = _mentions_map(s)
    if lofi:
        rows: Rows = [f"[ {_w(s, 'status')} ]", f"[ {_w(s, 'progress bar')} ]"]
        rows += _placeholder(inner, 4, _w(s, "map") if mapped else _w(s, "updates"))
        return rows + [f"[ {_w(s, 'refresh')} ]"]
    noun = s.noun or capitalized(_w(s, "request"))
    ordered = s.lang.code == "en" and (
        noun.lower() in {"order", "delivery", "parcel", "package"} or "order" in s.text
    )
    steps = _list_of(s, "order steps" if ordered else "steps")
    bar = min(inner - 14, 32)
    number, status = f"{noun} #1042", s.lang.say("Status", step=steps[2])
    if display_width(number) + display_width(status) + 2 <= inner:
        rows = [_spread(number, status, inner)]
    else:
        rows = [number, status]
    rows += ["[" + "#" * (bar * 3 // 4) + "-" * (bar // 4) + "] " + _w(s, "step"), ""]
    times = ("18:02", "18:10", "18:25", "")
    width = max(display_width(step) for step in steps) + 1
    for mark, step, time in zip(("[x]", "[x]", "[>]", "[ ]"), steps, times, strict=True):
        rows.append(f"{mark} {fit(step, width)} {time}".rstrip())
    notified = bool(re.search(r"notif|уведом|benachricht", s.text))  # notification, -ción, -ção
    when = re.search(r"\bwhen (.+)$", s.goal, re.I)
    if s.lang.code == "en" and (when or notified):  # the story's own words say what happened
        update = sentence(when.group(1) if when else s.goal)
        rows += ["", *wrap(s.lang.say("Latest update", text=update), inner, "  ")]
    if mapped:
        rows += ["", *_box([_w(s, "Courier")], inner)]
    rows += [_w(s, "Last updated")]
    settings = _w(s, "Notification settings") if notified else _w(s, "Contact support")
    return rows + [None, *_buttons([_w(s, "Refresh"), settings], inner)]


def _mentions_map(s: Screen) -> bool:
    return _mentions_map_in(s, s.text)


def _mentions_map_in(s: Screen, text: str) -> bool:
    return bool(re.search(s.lang.kinds_pattern("map"), text))


def _map_canvas(width: int) -> list[str]:
    """Four rows of a map: dots, numbered places, your position (*) and the zoom buttons."""
    marks = {0: [(0.45, "[1]")], 1: [(0.15, "(*)"), (0.7, "[2]")], 2: [(0.32, "[3]")], 3: []}
    rows = []
    for number in range(4):
        cells = list((" .  " * width)[:width])
        for where, mark in marks[number]:
            at = min(int(width * where), width - 8)
            cells[at : at + 3] = mark
        zoom = {2: "[+]", 3: "[-]"}.get(number)
        if zoom:
            cells[width - 4 : width - 1] = zoom
            cells[width - 1] = " "
        rows.append("".join(cells))
    return rows


def _map_rows(s: Screen, lofi: bool, inner: int) -> Rows:
    """A search box, a map with your position and numbered places, and the places as a table."""
    rows: Rows = [_search(s, lofi, inner, "" if lofi else _w(s, "Search nearby"))]
    if lofi:
        rows += _placeholder(inner, 6, _w(s, "map"))
        return rows + [f"[ {s.lang.say('list of', obj=s.obj or _w(s, 'items'))} ]"]
    filters = [s.lang.say("Any", filter=f) for f in s.filters]
    rows += ["   ".join(filters)] if display_width("   ".join(filters)) <= inner else filters
    rows += _box(_map_canvas(inner - 4), inner, _w(s, "Map"))
    rows.append(_w(s, "you are here"))
    own = s.noun and not _mentions_map_in(s, s.obj)  # "show the map": the places are no map
    noun = _noun(s, s.noun if own else _w(s, "place"), inner // 2 - 10)
    names = [f"[{i}] {s.lang.say('row', noun=noun, id=i)}" for i in (1, 2, 3)]
    distances = [s.lang.number(d) for d in _list_of(s, "distances")]
    button = f"[ {_cut(s, s.action, inner // 4 - 4)} ]"
    header = _noun(s, s.lang.label(s.obj), inner // 2 - 4) if own else noun
    if inner < 50:  # a phone: the places and how far they are
        data = [[name, distance] for name, distance in zip(names, distances, strict=True)]
        return rows + _table([header, _w(s, "Distance")], data, inner)
    data = [[n, d, button] for n, d in zip(names, distances, strict=True)]
    return rows + _table([header, _w(s, "Distance"), ""], data, inner)


# File formats a story may say it accepts ("MP4, MOV or MKV").
_FORMATS = r"\b(?:jpe?g|png|gif|pdf|mp4|mov|mkv|avi|mp3|wav|srt|webvtt|csv|xlsx?|docx?|zip|heic)\b"

_TIMES = ("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30", "14:00",
          "14:30", "15:00", "15:30")  # fmt: skip


def _slots(inner: int, taken: bool = False) -> list[str]:
    """Two rows of time slots: 10:00 chosen, 11:00 taken (or 10:00 taken in an error state)."""
    per_row = max((inner + 2) // 11, 2)
    cells = []
    for time in _TIMES[: per_row * 2]:
        if time == "10:00":
            cells.append("[ ----- ]" if taken else "[>10:00<]")
        elif time == "11:00" and not taken:
            cells.append("[ ----- ]")
        else:
            cells.append(f"[ {time} ]")
    return ["  ".join(cells[:per_row]), "  ".join(cells[per_row:])]


def _days(s: Screen, inner: int) -> str:
    """The day picker: a few days of the week around the chosen one, in brackets."""
    days = [f"{day} {12 + i}" for i, day in enumerate(s.lang.days[:5])]
    count = 5 if inner >= 50 else 3
    shown = days[:count]
    shown = [f"[{d}]" if i == 2 else f" {d} " for i, d in enumerate(shown)]
    return "<  " + "  ".join(shown) + "  >"


def _calendar_rows(s: Screen, lofi: bool, inner: int) -> Rows:
    """Choices, a day picker, free time slots, the chosen time and the buttons."""
    if lofi:
        rows: Rows = [f"[ {p.lower()} v ]" for p in picks(s)]
        rows += _placeholder(inner, 3, _w(s, "date picker"))
        rows += _placeholder(inner, 4, _w(s, "time slots"))
        return rows + [None, *_buttons([s.action.lower(), _w(s, "Cancel").lower()], inner)]
    rows = [f"{_cut(s, p, inner // 2)}:  [ {_w(s, 'choose')} v ]" for p in picks(s)]
    rows += ["", _days(s, inner), "", _w(s, "Free times") + ":", *_slots(inner)]
    legend = _w(s, "slot legend")
    rows += [legend] if display_width(legend) <= inner else legend.split("   ")
    rows.append("")
    rows.append(s.lang.say("Selected", day=f"{s.lang.days[2]} 14", time="10:00"))
    return rows + [None, *_buttons([s.action, _w(s, "Cancel")], inner)]


def _checkout_rows(s: Screen, lofi: bool, inner: int) -> Rows:
    """The order summary, then the payment form."""
    if lofi:
        return [f"[ {_w(s, 'order summary')} ]", "", *_form_rows(s, lofi, inner)]
    item = _w(s, "Article")
    number = s.lang.number
    rows: Rows = [_w(s, "Your order")]
    rows.append(_spread(f"  {item} 1   x2", number("18.00"), inner))
    rows.append(_spread(f"  {item} 2   x1", number("3.90"), inner))
    rows.append(_spread(f"  {_w(s, 'Total')}", number("21.90"), inner))
    return [*rows, None, *_form_rows(s, lofi, inner)]


def _dashboard_rows(s: Screen, lofi: bool, inner: int) -> Rows:
    """A period selector, figure cards and a chart by day."""
    names = s.items if len(s.items) >= 2 else _list_of(s, "figure names")
    names, values = names[:3], _list_of(s, "figure values")
    if lofi:
        rows: Rows = [f"[ {_w(s, 'figure')} ]   " * len(names)]
        return rows + _placeholder(inner, 5, _w(s, "chart"))
    rows = [_w(s, "Period"), ""]
    if inner >= 50:
        each = (inner - 2 * (len(names) - 1)) // len(names) - 4
        cards = [[_cut(s, n, each), s.lang.number(v), _w(s, "figure change") if not i else ""]
                 for i, (n, v) in enumerate(zip(names, values, strict=False))]  # fmt: skip
        rows += _cards(cards, inner)
    else:
        lines = [_spread(_cut(s, n, inner - 14), s.lang.number(v), inner - 4)
                 for n, v in zip(names, values, strict=False)]  # fmt: skip
        rows += _box(lines, inner)
    rows += ["", _w(s, "By day") + ":"]
    room = max(inner - 12, 6)
    for day, share in zip(s.lang.days[:5], (0.6, 0.85, 0.45, 1.0, 0.7), strict=True):
        rows.append(f"{fit(day, 4)} {'#' * int(room * share)} {int(42 * share)}")
    return rows


def _chat_rows(s: Screen, lofi: bool, inner: int) -> Rows:
    """A message thread, theirs on the left and yours on the right, and a box to type in."""
    button = f"[ {s.action.lower() if lofi else s.action} ]"
    if lofi:
        rows: Rows = _placeholder(inner, 6, _w(s, "messages"))
        return [
            *rows,
            None,
            _input(_w(s, "type a message"), inner - len(button) - 1) + " " + button,
        ]
    them, me = _w(s, "Support"), _w(s, "You")
    lines = _list_of(s, "chat lines")
    bubble = inner * 2 // 3 if inner >= 50 else inner - 4
    rows = [f"{them}, 18:02", *[f"[ {x} ]" for x in wrap(lines[0], bubble - 4)], ""]
    rows += [_right(f"{me}, 18:03", inner)]
    rows += [_right(f"[ {x} ]", inner) for x in wrap(lines[1], bubble - 4)]
    rows += ["", f"{them}, 18:04", *[f"[ {x} ]" for x in wrap(lines[2], bubble - 4)]]
    room = inner - display_width(button) - 1
    if display_width(_w(s, "Type a message")) + 4 <= room:
        return [*rows, None, _input(_w(s, "Type a message"), room) + " " + button]
    return [*rows, None, _input(_w(s, "Type a message"), inner), button]


def _upload_rows(s: Screen, lofi: bool, inner: int) -> Rows:
    """A drop zone with a file chooser, the files with their progress, and the buttons."""
    if lofi:
        rows: Rows = _placeholder(inner, 4, _w(s, "drop zone"))
        return [*rows, f"[ {_w(s, 'file list')} ]", None, f"[ {s.action.lower()} ]"]
    chooser = f"[ {_w(s, 'Choose file')} ]"
    zone = wrap(_w(s, "Drop files"), inner - 4)
    if display_width(f"{zone[-1]} {chooser}") <= inner - 4:
        zone[-1] = f"{zone[-1]} {chooser}"
    else:
        zone.append(chooser)
    found = re.findall(_FORMATS, s.text, re.I)
    formats = list(dict.fromkeys(f.upper() for f in found)) or ["JPG", "PNG", "PDF"]
    either = s.lang.joiners.split("|")[0]
    listed = ", ".join(formats[:-1]) + f" {either} {formats[-1]}" if formats[1:] else formats[0]
    found_size = re.search(r"\b(\d+(?:[.,]\d+)?)\s?([KMGT]B|[КМГТ]Б|[KMGT]o)\b", s.text, re.I)
    size = _w(s, "size")
    if found_size:  # "up to 4 GB each": the story's own limit ("Mo" keeps its small o)
        number, unit = found_size.groups()
        size = f"{number} {unit.capitalize() if unit.lower().endswith('o') else unit.upper()}"
    accepted = s.lang.say("Accepted", formats=listed, size=size)
    rows = _box([*zone, *wrap(accepted, inner - 4)], inner)
    bar = max(min(inner - 26, 20), 4)
    names = [f"file_{i:02}.{formats[min(i - 1, len(formats) - 1)].lower()}" for i in (1, 2)]
    if not found:
        names = ["IMG_0142.jpg", "scan_01.pdf"]
    for name, done in zip(names, (0.7, 1.0), strict=True):
        progress = "[" + "#" * int(bar * done) + "-" * (bar - int(bar * done)) + "]"
        rows.append(f"{fit(name, 12)} {progress} {int(done * 100):>3}% [ x ]")
    return [*rows, None, *_buttons([s.action, _w(s, "Cancel")], inner)]


def _settings_rows(s: Screen, lofi: bool, inner: int) -> Rows:
    """Switches, a language selector and the buttons."""
    names = s.items if len(s.items) >= 2 else _list_of(s, "toggle names")
    if lofi:
        rows: Rows = [f"[x] {'-' * 12}", f"[ ] {'-' * 12}", f"[x] {'-' * 12}"]
        return [*rows, None, f"[ {s.action.lower()} ]"]
    rows = [f"[{'x' if i != 1 else ' '}] {_cut(s, n, inner - 4)}" for i, n in enumerate(names[:4])]
    rows += ["", _w(s, "Language")]
    return [*rows, None, *_buttons([s.action, _w(s, "Cancel")], inner)]


_BUILDERS = {"form": _form_rows, "list": _list_rows, "status": _status_rows, "map": _map_rows,
             "calendar": _calendar_rows, "checkout": _checkout_rows,
             "dashboard": _dashboard_rows, "chat": _chat_rows, "upload": _upload_rows,
             "settings": _settings_rows}  # fmt: skip


def _component(s: Screen, style: str, width: int) -> list[str]:
    """The screen's one main component, boxed, `width` columns wide."""
    lofi = style == "low-fidelity"
    rows = _BUILDERS[s.kind](s, lofi, width - 4)
    title = s.task if s.kind != "list" or not s.obj else s.lang.label(s.obj)
    return _box(rows, width, title.lower() if lofi else title)


# --- Error states below the screen ----------------------------------------------------------------


def _state(s: Screen, problem: Problem, width: int, number: int) -> list[str]:
    """One unhappy path drawn on its own: the part of the screen it touches and its message."""
    inner = width - 4
    rows: Rows = []
    about_field = problem.topic in ("invalid", "taken", "declined") or _names_field(s, problem)
    if s.fields and s.kind in ("form", "checkout") and about_field:
        label, sample = s.fields[_error_field(s, problem)]
        rows += _field_rows(s, label, sample, False, inner)
        indent = " " * _LABEL if rows and len(rows) == 1 and inner >= 50 else ""
        rows += _message(problem.message, inner, indent)
        rows += [None, *_buttons([s.action, _w(s, "Cancel")], inner)]
    elif s.kind in ("form", "checkout"):
        rows += [*_message(problem.message, inner), None]
        rows += _buttons([s.action, _w(s, "Cancel")], inner)
    elif s.kind in ("list", "map"):
        query = _w(s, "Search nearby") if s.kind == "map" else ""
        rows += [_search(s, False, inner, query), *_message(problem.message, inner)]
        if problem.topic == "nomatch":
            rows.append(f"[ {_w(s, 'Clear search')} ]")
    elif s.kind == "calendar":
        rows += [*_slots(inner, taken=True), *_message(problem.message, inner)]
        rows += [None, *_buttons([s.action, _w(s, "Cancel")], inner)]
    else:
        rows += [*_message(problem.message, inner), None]
        retry = _w(s, "Refresh") if s.kind in ("status", "dashboard") else _w(s, "Retry")
        rows += _buttons([retry], inner)
    title = _w(s, "Error state") + (f" {number}" if number > 1 else "")
    return _box(rows, width, title)


def _states(s: Screen, width: int) -> list[str]:
    """The error states of the story's unhappy paths, at most two, one under the other."""
    return [line for n, p in enumerate(s.problems[:2], 1) for line in _state(s, p, width, n)]


# --- The screen around the component --------------------------------------------------------------


def _heading(s: Screen, text: str, width: int) -> list[str]:
    """A heading on at most two lines, cut at a word boundary."""
    lines = wrap(text, width)
    if len(lines) > 2:
        lines = [lines[0], clip(_cut(s, " ".join(lines[1:]), width - 1) + "…", width)]
    return lines


def _main_area(s: Screen, style: str, width: int, crumbs: bool) -> list[str]:
    """Heading and the main component, for a content area `width` wide."""
    lofi = style == "low-fidelity"
    rows = []
    if crumbs and not lofi:
        trail = [_w(s, "Home"), _cut(s, s.activity, 24)]
        room = width - display_width(" > ".join(trail)) - 3
        trail += [_cut(s, s.task, min(room, 30))] if s.task != s.activity and room > 8 else []
        rows += [" > ".join(trail), ""]
    rows += [*_heading(s, s.task.upper() if lofi else s.title, width), ""]
    if lofi:
        rows += [*_placeholder(width, 4, _w(s, "image")), ""]
    rows += _component(s, style, width)
    back = s.lang.say("Back to", activity=_cut(s, s.activity, width - 12))
    rows += ["", f"[ {_w(s, 'back')} ]" if lofi else back]
    return rows


def _framed(rows: list[str], width: int) -> list[str]:
    """Rows inside a frame's side borders, with one space of margin."""
    return ["│ " + fit(row, width - 4) + " │" for row in rows]


def _rule(width: int, left: str = "├", right: str = "┤", fill: str = "─") -> str:
    """A full-width horizontal line of a frame."""
    return left + fill * (width - 2) + right


def _web(s: Screen, style: str, width: int) -> list[str]:
    """A browser page: address bar, top navigation, content and footer."""
    lofi = style == "low-fidelity"
    slug = "-".join((s.lang.slug(s.product) or "app").split("-")[:3])
    words = (s.lang.slug(s.task) or "page").split("-")
    room = width - 4 - display_width(f"(<) (>) (o)  [ https://{slug}.example/ ]")
    page = "-".join(w for i, w in enumerate(words[:4]) if len("-".join(words[: i + 1])) <= room)
    address = f"[ {_w(s, 'url')} ]" if lofi else f"(o)  [ https://{slug}.example/{page} ]"
    bar = f"(<) (>)  {address}" if lofi else f"(<) (>) {address}"
    if lofi:
        account, product = f"[ {_w(s, 'account')} ]", f"[ {_w(s, 'logo')} ]"
    else:
        account = s.lang.say("Signed in as", role=_cut(s, s.role, 14))
        product = _cut(s, s.product.upper(), 20)
    room = width - 4 - display_width(account) - 2 - display_width(product) - 5
    room -= display_width(_w(s, "Help")) + 4
    items = [_nav(s, s.activity, max(room, 8))]
    both = display_width(s.activity) + display_width(s.task) + 2 <= room
    if s.task != s.activity and both:  # a crowded bar keeps the activity; the task is below
        items.append(s.task)
    items.append(_w(s, "Help"))
    if lofi:
        nav_left = f"{product}  " + "  ".join(i.lower() for i in items)
    else:
        nav_left = f"{product}   [{items[0]}]  " + "  ".join(items[1:])
    nav = _spread(nav_left, account, width - 4)
    links = f"  -  {_w(s, 'Help')}  -  {_w(s, 'Privacy')}  -  {_w(s, 'Terms')}"
    owner = _cut(s, s.product, width - 8 - display_width(links))
    footer = _w(s, "footer") if lofi else f"(c) {owner}{links}"
    return [_rule(width, "┌", "┐"), *_framed([bar], width), _rule(width),
            *_framed([nav], width), _rule(width),
            *_framed(_main_area(s, style, width - 4, crumbs=True), width),
            _rule(width), *_framed([footer], width), _rule(width, "└", "┘")]  # fmt: skip


def _mobile(s: Screen, style: str, width: int) -> list[str]:
    """A phone screen: status bar, app bar, content and a bottom tab bar."""
    lofi = style == "low-fidelity"
    inner = width - 4
    top = [] if lofi else [*_framed([_spread("9:41", "5G  100%", inner)], width), _rule(width)]
    title = _nav(s, s.task, inner - 8)
    app_bar = _spread(f"[<] {title.lower()}" if lofi else f"<  {title}", "[=]", inner)
    home, account = _w(s, "Home"), _w(s, "Account")
    side = max(display_width(home), display_width(account)) + 3
    side = min(side, (width - 4) // 3)
    cells = [side, width - 4 - 2 * side, side]  # the current tab, in the middle, gets the room
    current = _nav(s, s.activity, cells[1] - 2)
    if current.lower() in (home.lower(), account.lower()):  # not two tabs of the same name
        current = _cut(s, s.activity, cells[1] - 2)
    tabs = [home, current, account]
    tabs = [t.lower() if lofi else (f"*{t}" if i == 1 else t) for i, t in enumerate(tabs)]
    tab_line = "│" + "│".join(" " + fit(t, c - 1) for t, c in zip(tabs, cells, strict=True)) + "│"
    return [_rule(width, "┌", "┐"), *top, *_framed([app_bar], width), _rule(width),
            *_framed(_main_area(s, style, inner, crumbs=False), width),
            "├" + "┬".join("─" * c for c in cells) + "┤", tab_line,
            "└" + "┴".join("─" * c for c in cells) + "┘"]  # fmt: skip


def _menu(s: Screen) -> str:
    """The desktop menu bar: File / Edit / View for a document tool, the app's parts otherwise."""
    if s.tool:
        return _w(s, "menu")
    return "  ".join([_w(s, "Home"), _nav(s, s.activity, 24), _w(s, "Account"), _w(s, "Help")])


def _desktop(s: Screen, style: str, width: int) -> list[str]:
    """An application window: title bar, menu bar, toolbar, sidebar, content, status bar."""
    lofi = style == "low-fidelity"
    main = width - _SIDEBAR - 3
    room = width - 4 - 11
    task = _nav(s, s.task, max(room - min(display_width(s.product), room // 2) - 3, 12))
    product = _cut(s, s.product, room - display_width(task) - 3)
    title = _spread(f"{product} - {task}", "[_][o][x]", width - 4)
    buttons = dict.fromkeys(["<", ">", _cut(s, s.action, 24), _w(s, "Refresh")])
    tools = (
        " ".join([f"[ {_w(s, 'btn')} ]"] * 3)
        if lofi
        else "  ".join(f"[ {b} ]" for b in buttons) + f"  |  [ {fit(_w(s, 'Search...'), 17)} ]"
    )
    side = [_nav(s, s.activity, _SIDEBAR - 2).upper(), "> " + _nav(s, s.task, _SIDEBAR - 4)]
    side += [f"  {_w(s, 'Recent')}", f"  {_w(s, 'Settings')}"]
    side = [f"[ {_w(s, 'nav')} ]"] * 3 if lofi else side
    content = _main_area(s, style, main - 2, crumbs=True)
    side += [""] * (len(content) - len(side))
    body = ["│ " + fit(a, _SIDEBAR - 2) + " │ " + fit(b, main - 2) + " │"
            for a, b in zip(side, content, strict=True)]  # fmt: skip
    status = _w(s, "status bar") if lofi else s.lang.say("Ready", product=s.product, role=s.role)
    return [_rule(width, "┌", "┐"), *_framed([title], width), _rule(width),
            *_framed([_menu(s)], width), _rule(width),
            *_framed([tools], width),
            "├" + "─" * _SIDEBAR + "┬" + "─" * main + "┤", *body,
            "├" + "─" * _SIDEBAR + "┴" + "─" * main + "┤",
            *_framed([status], width), _rule(width, "└", "┘")]  # fmt: skip


def draw_screen(s: Screen, style: str, platform: str) -> list[str]:
    """The drawing's lines: the screen (or its main component), then its error states."""
    width = WIDTHS[platform]
    if style == "component":
        return _component(s, "high-fidelity", width) + _states(s, width)
    frame = {"web": _web, "mobile": _mobile, "desktop": _desktop}[platform](s, style, width)
    return frame + (_states(s, width) if style == "high-fidelity" else [])
