"""Reading a story into a screen: which kind it needs, its labels, fields and messages.

``read_story`` reduces a ``StoryContext`` to a ``Screen`` in the story's language (see
``phrases``): the role and goal from its story line ("As a ..., I want ...", "Как ..., я хочу
..."), the goal's verb and object, which screen the story needs (a form to fill, a list to
browse, a status to follow, a map, a calendar of free times, a checkout, a dashboard of
figures, a chat, an upload or settings), the primary button's label, the inputs the story
mentions and the message each unhappy path in the acceptance criteria shows. Its ``clean``
argument makes the text drawable (the default) or only puts it on one line (for the markdown
sections).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from generation.languages import pack_for
from generation.wireframes.model import StoryContext
from generation.wireframes.phrases import Phrases, capitalized, story_phrases
from generation.wireframes.widths import cut_phrase, display_width, plain

_DESCRIPTION = re.compile(
    r"^\s*as an? (?P<role>.+?),\s*i (?:want|need|would like)(?: to)? (?P<goal>.+?)"
    r"(?:,?\s*so that (?P<benefit>.+?))?\s*\.?\s*$",
    re.I | re.S,
)
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[^\w\s]")
_PARTICLES = {"up", "in", "out", "off"}

KINDS = ("form", "list", "status", "map", "calendar", "checkout", "dashboard", "chat", "upload",
         "settings")  # fmt: skip


class Problem(NamedTuple):
    """An unhappy path: the message the screen shows, its criterion and what kind it is."""

    message: str
    criterion: str
    topic: str  # "invalid", "nomatch", "declined", ... or "other"


@dataclass
class Screen:
    """What the drawing needs to know about a story; every string is already drawable."""

    lang: Phrases
    product: str
    activity: str
    task: str
    title: str
    role: str
    goal: str
    text: str  # everything in the story, lower case, for keyword checks
    verb: str
    obj: str
    kind: str  # one of KINDS
    browse: bool  # a list to look through (rows open), not a list of things to act on
    action: str
    choice_lead: str
    choices: list[str]
    fields: list[tuple[str, str]]
    filters: list[str]
    problems: list[Problem]
    noun: str = ""  # what one row, marker or item is: "Dish", "Пациент"
    items: list[str] = field(default_factory=list)  # the goal's list of things, as labels
    tool: bool = False  # a document tool: its desktop window has File / Edit / View menus


def _tokens(text: str, lang: Phrases) -> list[str]:
    """Words and punctuation marks of text; an elided article ("l'écran") is its own word."""
    out = []
    for token in _TOKEN.findall(text):
        elided = re.match(lang.elision, token, re.I)
        out += [elided.group(1) + "'", elided.group(2)] if elided else [token]
    return out


def _is_word(token: str) -> bool:
    return token[:1].isalnum()


def sentence(text: str) -> str:
    """Text with a capital first letter and a full stop."""
    text = text.strip().rstrip(".")
    return (text[:1].upper() + text[1:] + ".") if text else ""


def given(criterion: str, lang: Phrases) -> str:
    """The situation a Given/When/Then criterion starts from (the whole text if it has none)."""
    found = re.match(lang.given, criterion, re.I)
    return (found.group(1) if found else criterion).strip().rstrip(".")


def _object_words(tokens: list[str], lang: Phrases) -> list[str]:
    """The noun phrase the tokens start with, after the small words before it.

    At most three content words; a link ("lista de (los) libros", "number of seats") stays
    inside when a content word follows it, and the phrase never ends in one.
    """
    while tokens and (
        not _is_word(tokens[0]) or tokens[0].isdigit() or tokens[0].lower() in lang.leading
    ):
        tokens = tokens[1:]  # "the", "my", "по", "five", "2"
    obj: list[str] = []
    content = 0
    for index, token in enumerate(tokens):
        lowered = token.lower()
        if not _is_word(token) or token.isdigit() or content == 3:
            break
        if lowered in lang.articles and obj and obj[-1].lower() in lang.links:
            if not obj[-1].endswith("'"):
                continue  # "lista de (los) libros": the article after a link is left out
            obj.append(token)  # "photos d'un véhicule"
            continue
        if lowered in lang.links:
            after = next((t for t in tokens[index + 1 :] if t.lower() not in lang.articles), "")
            if not obj or not _is_word(after) or after.lower() in lang.stops | lang.leading:
                break
        elif lowered in lang.stops:
            break
        else:
            content += 1
        obj.append(token)
    while obj and obj[-1].lower() in lang.links | lang.articles:
        obj.pop()
    return obj


def _joined(words: list[str]) -> str:
    """Words as a phrase; an elided word ("d'") is glued to the next one."""
    return " ".join(words).replace("' ", "'")


def _verb_and_object(goal: str, lang: Phrases) -> tuple[str, str]:
    """The goal's verb (with its particle, as in "sign up") and its object."""
    tokens = _tokens(goal, lang)
    words = [t for t in tokens if _is_word(t)]
    if not words:
        return "", ""
    if lang.verb_last:  # "einen Tisch reservieren": the verb ends the phrase
        verbs = [w for w in words if w[:1].islower() and w.lower() not in lang.stops]
        verb = verbs[-1].lower() if verbs else words[0].lower()
        nouns = [i for i, t in enumerate(tokens) if _is_word(t) and t[:1].isupper()]
        obj = _object_words(tokens[nouns[0] :], lang)[:2] if nouns else []
        return verb, " ".join(w for w in obj if w[:1].isupper() or w.lower() in lang.links)
    first = next(i for i, t in enumerate(tokens) if _is_word(t))
    if not lang.is_verb(tokens[first]):  # "на экране видеть карту": the verb comes later
        first = next((i for i, t in enumerate(tokens) if _is_word(t) and lang.is_verb(t)), first)
    verb, rest = tokens[first].lower(), tokens[first + 1 :]
    if verb in lang.phrasal and rest and rest[0].lower() in _PARTICLES:
        verb, rest = f"{verb} {rest[0].lower()}", rest[1:]
    # "cancel or reschedule a booking": the second verb is no part of the object
    if len(rest) > 1 and re.fullmatch(lang.joiners + "|" + lang.ands, rest[0], re.I):
        rest = rest[2:]
    obj = _joined(_object_words(rest, lang))
    return verb, re.sub(lang.containers, "", obj, flags=re.I) or obj


def _without_verb(goal: str, lang: Phrases) -> str:
    """The goal without a verb that ends it ("mit Karte oder PayPal bezahlen")."""
    if not lang.verb_last:
        return goal
    words = goal.rstrip(" .").split(" ")
    return " ".join(words[:-1]) if len(words) > 1 and words[-1][:1].islower() else goal


def _options(goal: str, joiner: str, lang: Phrases) -> tuple[str, list[str]]:
    """The preposition and the alternatives after it: "pay by card or cash" -> by, [card, cash]."""
    goal = _without_verb(goal, lang)
    found = re.search(rf"\b({lang.choice_preps})\s+(.+?)(?:,|\bso that\b|$)", goal, re.I)
    if not found or not re.search(rf"\b(?:{joiner})\b|,", found.group(2), re.I):
        return "", []
    parts = re.split(rf",|\b(?:{joiner})\b|\b(?:{lang.ands})\b", found.group(2), flags=re.I)
    parts = [re.sub(rf"^(?:{lang.choice_preps})\s+", "", p.strip(), flags=re.I) for p in parts]
    return found.group(1).lower(), [lang.label(p) for p in parts if p]


def _items(goal: str, verb: str, lang: Phrases) -> list[str]:
    """The goal's own list of things as labels: "revenue, enrolments and refunds"."""
    goal = _without_verb(goal, lang)
    body = goal[len(verb) :] if goal.lower().startswith(verb) else goal
    parts = re.split(rf"[,;:]|\b(?:{lang.ands}|{lang.joiners})\b", body, flags=re.I)
    if len(parts) < 2:
        return []
    items = []
    for index, part in enumerate(parts):
        tokens = _tokens(part, lang)
        if index == 0:  # "a dashboard with revenue": the list starts after the last preposition
            marks = [i for i, t in enumerate(tokens) if t.lower() in lang.stops]
            tokens = tokens[marks[-1] + 1 :] if marks else tokens
        elif re.match(r"\s*(?:\w+\s+)?to\s", part) and lang.code == "en":
            continue  # "whether to receive it": a verb, not a thing
        words = _object_words(tokens, lang)
        if words:
            items.append(lang.label(_joined(words)))
    return list(dict.fromkeys(items))[:4]


def _head(verb: str) -> str:
    """The verb without its particle: "sign up" -> "sign"."""
    return verb.split()[0] if verb else ""


def _browses(verb: str, obj: str, text: str, lang: Phrases) -> bool:
    """True when the story is about looking through things rather than acting on them."""
    head = _head(verb)
    return bool(
        re.search(lang.list_verbs, head, re.I)
        or (re.search(lang.meta_verbs, head, re.I) and lang.plural(obj))  # "use the reviews"
        or re.search(lang.browse_words, text, re.I)
    )


def _kind(verb: str, obj: str, focus: str, text: str, lang: Phrases) -> str:
    """Which screen the story needs, from the words of its title, goal and task."""
    for kind, pattern in lang.kinds:
        if re.search(pattern, focus, re.I):
            return kind
    if re.search(lang.status_verbs, _head(verb), re.I):
        return "status"
    if _browses(verb, obj, text, lang):
        return "list"
    if re.search(lang.form_verbs, _head(verb), re.I) or not lang.plural(obj):
        return "form"
    return "list"  # an action on many things (accept requests, pick up orders): rows with a button


def _action_label(goal: str, verb: str, obj: str, kind: str, browse: bool, lang: Phrases) -> str:
    """The primary button's label: the goal's words up to its first preposition, say."""
    say = lang.words
    fixed = {"status": "Refresh", "chat": "Send", "upload": "Upload", "settings": "Save",
             "dashboard": "Refresh"}  # fmt: skip
    if kind in fixed:
        return say[fixed[kind]]
    if kind == "map" and re.search(f"{lang.list_verbs}|{lang.meta_verbs}", _head(verb), re.I):
        return say["View"]
    if browse:
        return (
            say["Apply"] if re.search(r"^(?:browse|filter|sort)$", _head(verb)) else say["Search"]
        )
    if kind == "checkout" and lang.code != "en":
        return say["Pay now"]
    if re.search(lang.meta_verbs, _head(verb), re.I) or not verb:
        return say["Book"] if kind == "calendar" else say["Continue"]
    if kind == "list":
        label = verb
    elif lang.verb_last:
        label = f"{obj} {verb}".strip()
    else:
        words = verb.split()
        tokens = _tokens(goal, lang)
        start = next((i for i, t in enumerate(tokens) if _is_word(t)), 0) + len(words)
        for token in tokens[start:]:
            lowered = token.lower()
            if lowered in lang.articles:
                continue
            if not _is_word(token) or lowered in lang.stops or len(words) == 3:
                break
            words.append(token)
        while len(words) > 1 and words[-1].lower() in lang.links | lang.articles:
            words.pop()  # "Cerrar sesión", not "Cerrar sesión de"
        label = " ".join(words)
        label = lang.button_words.get(label.lower(), label)
    return capitalized(label) if label else say["Continue"]


def _words(text: str) -> list[str]:
    """Words of text, any script, keeping inner apostrophes and hyphens."""
    return re.findall(r"[^\W_]+(?:['-][^\W_]+)*", text)


def _fill(template, values: dict[str, str]) -> str:
    return template(values) if callable(template) else template.format(**values)


def _named_field(s: Screen, situation: str) -> str:
    """The input an unhappy path is about: the one its situation names, else the first."""
    lowered = situation.lower()
    for label, _ in s.fields:
        first = label.split()[0].lower() if label.split() else ""
        stem = first[:-1] if len(first) > 4 else first  # "пароль" names "Пароль" as "пароля"
        if stem and re.search(rf"\b{re.escape(stem)}", lowered):
            return label
    return s.fields[0][0] if s.fields else s.lang.words["the highlighted field"]


def _problem(criterion: str, s: Screen) -> Problem:
    """What the screen says on an unhappy path, in the user's words where no template fits."""
    lang, say = s.lang, s.lang.words
    situation = given(criterion, lang)
    card = bool(re.search(say["card words"], s.text))
    noun = lang.singular(s.obj) if s.obj else say["item"]
    values = {
        "payment": say["Card"] if card else say["Payment"],
        "method": say["card"] if card else say["payment method"],
        "obj": s.obj or say["results"],
        "noun": noun,
        "Noun": capitalized(noun),
        "field": _named_field(s, situation),
        "login": say["email"] if re.search(say["email words"], s.text) else say["name"],
    }
    for topic, pattern, template in lang.messages:  # the Given clause: "when I decline" is no error
        if re.search(pattern, situation, re.I):
            return Problem(_fill(template, values), criterion, topic)
    seen = re.search(lang.sees, criterion, re.I)
    if seen:
        shown = re.split(lang.clause_end, seen.group(1), flags=re.I)[0]
        if shown.strip() and not re.search(lang.first_person, shown, re.I):
            return Problem(sentence(shown), criterion, "other")
    told = lang.you(situation) if re.search(lang.first_person, situation, re.I) else situation
    return Problem(sentence(told) if told else say["Something went wrong"], criterion, "other")


def oneline(text: str) -> str:
    """Text on one line with single spaces."""
    return " ".join((text or "").split())


def _role_and_goal(description: str, title: str, lang: Phrases) -> tuple[str, str]:
    """The story line's role and goal; the title stands for a goal the line has not got."""
    frame = _DESCRIPTION if lang.code == "en" else pack_for(lang.code).story_frame
    found = frame.match(description) if frame else None
    if not found and lang.code == "en":
        found = pack_for("en").story_frame.match(description)
    role = found.group("role").strip() if found else ""
    if not role:
        wish = re.match(lang.role_frame, description, re.I)
        role = wish.group("role").strip() if wish else ""
    goal = found.group("goal") if found else title
    goal = re.sub(lang.goal_prefix, "", goal, flags=re.I)
    if re.match(lang.subordinators, goal, re.I) or not _words(goal):
        goal = title
    if goal[1:2].islower() and not lang.verb_last:  # "Track my order", not "SMS"
        goal = goal[:1].lower() + goal[1:]
    return role, goal.strip().rstrip(".")


def read_story(story: StoryContext, clean: Callable[[str], str] = plain) -> Screen:
    """The story reduced to what a screen is built from; `clean` makes its text drawable."""
    lang = story_phrases(story)
    say = lang.words
    title, description = clean(story.title), clean(story.description)
    criteria = [clean(c) for c in story.acceptance_criteria if c.strip()]
    role, goal = _role_and_goal(description, title, lang)
    task = clean(story.task) or title
    text = " ".join([title, description, *criteria]).lower()
    verb, obj = _verb_and_object(goal, lang)
    focus = " ".join([title, goal, task]).lower()
    kind = _kind(verb, obj, focus, text, lang)
    browse = kind == "list" and _browses(verb, obj, text, lang)
    form_text = " ".join([title, goal, *criteria]).lower()
    fields = [
        (label, sample) for pattern, label, sample in lang.fields if re.search(pattern, form_text)
    ]
    if kind == "checkout":  # a payment form asks for the card whatever the story calls it
        cards = [(label, sample) for pattern, label, sample in lang.fields[4:6]]
        fields = [f for f in fields if f not in cards][:2] + cards
    elif kind != "form":
        fields = []
    elif not fields:  # nothing recognisable to enter: an input for the goal's object
        fields = [(lang.label(obj) if obj else say["Details"], ""), (say["Note (optional)"], "")]
    lead, choices = _options(goal, lang.joiners, lang)
    joined = f"{lang.joiners}|{lang.ands}"
    _, filters = _options(goal, joined, lang) if kind in ("list", "map") else ("", [])
    if kind == "list" and not filters and lang.code == "en":
        by = re.search(r"\bby\s+(\w+)", goal, re.I)
        filters = [by.group(1).capitalize()] if by else []
    s = Screen(
        lang=lang,
        product=clean(story.product_name) or say["Product"],
        activity=clean(story.activity) or title,
        task=task,
        title=title,
        role=role or say["user"],
        goal=goal,
        text=text,
        verb=verb,
        obj=obj.lower() if lang.code != "de" else obj,
        kind=kind,
        action="",
        browse=browse,
        choice_lead=f"{capitalized(verb)} {lead}".strip() if choices else "",
        choices=[] if kind in ("list", "map", "settings") else choices[:3],
        fields=fields[:4],
        filters=filters[:2],
        problems=[],
        items=choices[:4] if kind == "settings" and choices else _items(goal, verb, lang),
        tool=bool(re.search(lang.tool_words, focus, re.I)),
    )
    s.action = _action_label(goal, verb, obj, kind, browse, lang)
    s.noun = capitalized(lang.singular(s.obj)) if s.obj else ""
    problems: dict[str, Problem] = {}
    tried = [c for c in criteria if re.search(lang.trying, c, re.I)]
    for criterion in tried or criteria:  # "when I try to ..." marks the unhappy paths exactly
        situation = given(criterion, lang)
        if criterion in tried or re.search(lang.unhappy, situation, re.I):
            problem = _problem(criterion, s)
            problems.setdefault(problem.message, problem)
    s.problems = list(problems.values())
    return s


def search_label(s: Screen) -> str:
    """The button next to a list's search box: the story's own action when it is a search."""
    return s.action if s.browse else s.lang.words["Search"]


def picks(s: Screen) -> list[str]:
    """What a calendar asks to choose before a time: "a doctor, a service (and a free time)"."""
    time = s.lang.kinds_pattern("calendar")
    return [item for item in s.items if not re.search(time, item.lower())][:2]


def short_name(text: str, width: int, lang: Phrases) -> str:
    """A navigation label for a title: the whole title, else its object, else a cut phrase.

    "Получить подтверждение" in 14 columns is "Подтверждение", not "Получить".
    """
    if display_width(text) <= width:
        return text
    cut = cut_phrase(text, width, lang.dangling, lang.joining)
    rest = text[len(cut) :].lstrip(" ")
    if not cut.endswith("…") and re.match(rf"[,;:(]|(?:{lang.joiners}|{lang.ands})\b", rest):
        return cut  # a whole part: "Выбрать врача" of "Выбрать врача, услугу"
    first = next(iter(_words(text)), "")
    verbal = lang.verb_last or lang.code == "en" or lang.is_verb(first)
    _, obj = _verb_and_object(text, lang) if verbal else ("", "")  # a noun phrase stays whole
    label = lang.label(obj) if obj else ""
    if label and label.lower() != text.split()[0].lower():
        short = cut_phrase(label, width, lang.dangling, lang.joining)
        if not short.endswith("…"):
            return short  # "Расписание" of "Вести расписание врачей"
    return cut
