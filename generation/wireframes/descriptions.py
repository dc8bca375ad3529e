"""The four markdown sections beside a drawing: Layout, UI elements, Navigation and Notes.

Each section is a short bullet list in the story's language, written from the same ``Screen``
the drawing was made of, read from the story with its own characters kept (only put on one
line) but naming the labels the drawing shows. ``md`` makes story text safe to put in
markdown: one line, no raw HTML.
"""

from generation.wireframes.model import StoryContext
from generation.wireframes.screens import Screen, given, picks, search_label
from generation.wireframes.widths import undrawable


def md(text: str) -> str:
    """Story text safe to put in markdown: one line, no raw HTML."""
    return " ".join((text or "").replace("<", "&lt;").split())  # "<" is what opens a tag


def _say(s: Screen, key: str, **values: str) -> str:
    """The template ``key`` in the story's language, with the screen's own words at hand."""
    obj = s.obj or s.lang.words["items"]
    common = {
        "obj": obj,
        "objects": s.lang.label(s.obj) if s.obj else s.lang.words["items"],
        "action": s.action,
        "goal": s.goal,
        "role": s.role,
        "verb": s.verb,
        "activity": s.activity,
        "task": s.task,
        "product": s.product,
    }
    return s.lang.say(key, **{**common, **values})


def _names(s: Screen, key: str, own: list[str]) -> str:
    """The story's own list of things, or the sample names the drawing shows."""
    return ", ".join(own if len(own) >= 2 else s.lang.words[key].split("|"))


def _component_words(s: Screen) -> str:
    """The main component described in a few words."""
    return _say(
        s,
        f"{s.kind} words",
        fields=", ".join(label for label, _ in s.fields),
        figures=_names(s, "figure names", s.items[:3]),
        toggles=_names(s, "toggle names", s.items),
    )


def layout_md(s: Screen, style: str, platform: str) -> str:
    """Layout: the screen's regions, top to bottom."""
    words = s.lang.words
    if style == "component":
        lines = [_say(s, "layout component", component=_component_words(s))]
        lines += [_say(s, "below", message=p.message) for p in s.problems[:2]]
        return "\n".join(md(line) for line in lines)
    menu = words["menu"] if s.tool else ", ".join([words["Home"], s.activity, words["Account"]])
    places = [s.product, s.activity, *([s.task] if s.task != s.activity else []), words["Help"]]
    menu = menu.replace("  ", ", ") if s.tool else f"{menu}, {words['Help']}"
    top = _say(s, f"top {platform}", places=", ".join(places), menu=menu)
    lines = [top]
    if platform == "desktop":
        lines.append(_say(s, "left", activity=s.activity, task=s.task))
    lines.append(_say(s, "heading", title=s.title))
    lines.append(_say(s, "main", component=_component_words(s)))
    if style == "low-fidelity":
        lines.append(words["image placeholder"])
    bottom = _say(s, f"bottom {platform}", home=words["Home"], activity=s.activity,
                 account=words["Account"])  # fmt: skip
    lines.append(_say(s, "bottom", bottom=bottom))
    if style == "high-fidelity":
        lines += [_say(s, "below", message=p.message) for p in s.problems[:2]]
    return "\n".join(md(line) for line in lines)


def _kind_elements(s: Screen) -> list[str]:
    """The bullets of the main component's own elements."""
    obj = s.obj or s.lang.words["items"]
    if s.kind == "list":
        items = [_say(s, "el search", label=search_label(s))]
        if not s.browse:
            items.append(_say(s, "el row button", action=s.action, verb=s.verb))
        items += [_say(s, "el filter", filter=f) for f in s.filters]
        return items + [_say(s, "el table", obj=obj), s.lang.words["el pagination"]]
    if s.kind == "status":
        return [s.lang.words[key] for key in ("el status card", "el steps", "el refresh")]
    if s.kind == "map":
        items = [_say(s, "el search", label=search_label(s)), _say(s, "el map", obj=obj)]
        return items + [_say(s, "el map rows", obj=obj, action=s.action)]
    if s.kind == "calendar":
        items = [_say(s, "el pick", label=label) for label in picks(s)]
        items += [s.lang.words["el days"], s.lang.words["el slots"]]
        return items + [_say(s, "el confirm", action=s.action), s.lang.words["el cancel"]]
    if s.kind == "dashboard":
        items = [_say(s, "el figures", figures=_names(s, "figure names", s.items[:3]))]
        return items + [s.lang.words["el chart"], s.lang.words["el period"]]
    if s.kind == "chat":
        return [s.lang.words["el thread"], _say(s, "el compose", action=s.action)]
    if s.kind == "upload":
        return [
            s.lang.words["el drop"],
            s.lang.words["el files"],
            _say(s, "el upload", action=s.action),
        ]
    if s.kind == "settings":
        toggles = _names(s, "toggle names", s.items)
        cancel = s.lang.words["Cancel"]
        return [
            _say(s, "el toggles", toggles=toggles),
            _say(s, "el save", action=s.action, cancel=cancel),
        ]
    items = [s.lang.words["el summary"]] if s.kind == "checkout" else []
    items.append(_say(s, "el primary", action=s.action, goal=s.goal))
    return items + [s.lang.words["el cancel"]]


def elements_md(s: Screen, platform: str) -> str:
    """UI elements: a bullet per element with its purpose."""
    items = []
    if s.choices:
        items.append(_say(s, "el choice", choices=" / ".join(s.choices), goal=s.goal))
    items += [_say(s, "el input", label=label, role=s.role, goal=s.goal) for label, _ in s.fields]
    items += _kind_elements(s)
    items += [
        _say(s, "el message", message=p.message, given=given(p.criterion, s.lang))
        for p in s.problems
    ]
    nav = s.lang.words[f"nav {platform}"]
    items.append(_say(s, "el nav", nav=nav, activity=s.activity, product=s.product))
    return "\n".join(f"- {md(item)}" for item in items)


def navigation_md(s: Screen, platform: str) -> str:
    """Navigation: where the user comes from and where each action leads."""
    noun = s.lang.singular(s.obj) if s.obj else s.lang.words["item"]
    lines = [
        _say(
            s, "comes from", activity=s.activity, via=s.lang.words[f"via {platform}"], task=s.task
        ),
        _say(s, "leads to", action=s.action, next=_say(s, f"next {s.kind}", noun=noun)),
        _say(s, "back returns", activity=s.activity),
    ]
    if s.problems:
        lines.append(s.lang.words["unhappy stay"])
    return "\n".join(md(line) for line in lines)


def notes_md(story: StoryContext, s: Screen) -> str:
    """Notes: unhappy paths, the criteria the drawing covers, and assumptions."""
    lines = [_say(s, "note unhappy", message=p.message) for p in s.problems]
    if story.acceptance_criteria:
        lines.append(s.lang.words["note criteria"])
        lines += [f"  - {c}" for c in story.acceptance_criteria if c.strip()]
    lines.append(_say(s, "note assumes", role=s.role))
    texts = [story.title, story.description, story.task, story.activity, story.product_name]
    if undrawable(" ".join(texts + story.acceptance_criteria)):
        lines.append(s.lang.words["note wide"])
    return "\n".join(md(line) if not line.startswith("  ") else "  " + md(line) for line in lines)
