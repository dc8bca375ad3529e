"""The four markdown sections beside a drawing: Layout, UI elements, Navigation and Notes.

Each section is a short bullet list written from the same ``Screen`` the drawing was made of,
read from the story with its own characters kept (only put on one line) but naming the labels
the drawing shows. ``md`` makes story text safe to put in markdown: one line, no raw HTML.
"""

from generation.wireframes.model import StoryContext
from generation.wireframes.screens import Screen, given, search_label, singular
from generation.wireframes.widths import undrawable


def md(text: str) -> str:
    """Story text safe to put in markdown: one line, no raw HTML."""
    return " ".join((text or "").replace("<", "&lt;").split())  # "<" is what opens a tag


def _component_words(s: Screen) -> str:
    """The main component described in a few words."""
    if s.kind == "form":
        return f"a form with {', '.join(label for label, _ in s.fields)} and a {s.action} button"
    if s.kind == "list":
        return f"a search box, filters and a table of {s.obj or 'items'} with sample rows"
    return "a status card with progress, the steps so far and the latest update"


def layout_md(s: Screen, style: str, platform: str) -> str:
    """Layout: the screen's regions, top to bottom."""
    if style == "component":
        return md(f"- One component in isolation: {_component_words(s)}, shown with its states.")
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
    return "\n".join(md(line) for line in [*lines, f"- Bottom: back link, then the {bottom}."])


def elements_md(s: Screen, platform: str) -> str:
    """UI elements: a bullet per element with its purpose."""
    items = []
    if s.choices:
        items.append(f"Choice ({' / '.join(s.choices)}): how to {s.goal}; the first is selected.")
    items += [f'Input "{label}": what the {s.role} enters to {s.goal}.' for label, _ in s.fields]
    if s.kind == "list":
        items.append(f'Search box and "{search_label(s)}" button: narrows the list.')
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
    items += [f'Message "{message}": shown when {given(c)}.' for message, c in s.problems]
    nav = {"web": "Top navigation", "mobile": "Bottom tab bar", "desktop": "Sidebar and menu bar"}
    items.append(f"{nav[platform]}: moves between {s.activity} and other parts of {s.product}.")
    return "\n".join(f"- {md(item)}" for item in items)


def navigation_md(s: Screen, platform: str) -> str:
    """Navigation: where the user comes from and where each action leads."""
    via = {"web": "the top navigation", "mobile": "the tab bar", "desktop": "the sidebar"}[platform]
    next_step = {
        "form": "a confirmation screen, then the next step of the journey",
        "list": f"the selected {singular(s.obj.split()[-1]) if s.obj else 'item'}'s details",
        "status": "the same screen with the latest status",
    }[s.kind]
    lines = [
        f'- Comes from: {s.activity} (via {via}), task "{s.task}".',
        f'- "{s.action}" leads to {next_step}.',
        f"- Back returns to {s.activity}; nothing entered is lost.",
    ]
    if s.problems:
        lines.append("- Unhappy paths stay on this screen and show their message in place.")
    return "\n".join(md(line) for line in lines)


def notes_md(story: StoryContext, s: Screen) -> str:
    """Notes: unhappy paths, the criteria the drawing covers, and assumptions."""
    lines = [f'- Unhappy path: "{message}"' for message, _ in s.problems]
    if story.acceptance_criteria:
        lines.append("- Acceptance criteria covered:")
        lines += [f"  - {c}" for c in story.acceptance_criteria if c.strip()]
    lines.append(f"- Assumes the {s.role} is signed in; names and values are sample data.")
    texts = [story.title, story.description, story.task, story.activity, story.product_name]
    if undrawable(" ".join(texts + story.acceptance_criteria)):
        lines.append('- Wide characters (CJK, emoji) in the story are drawn as "?".')
    return "\n".join(md(line) if not line.startswith("  ") else "  " + md(line) for line in lines)
