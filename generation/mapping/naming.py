"""Naming: the titles of tasks and activities, and the product's name.

Stories go in and names come out. A task is named by its verb and object (``task_title``:
"Accept booking requests"); an activity by its heading rephrased as a verb phrase
(``heading_to_activity``: "Order tracking" -> "Track the order", "Payments" -> "Pay"), or by
what the stories of a journey step do (``cluster_title``: "Find restaurants"). The text and its
blocks go in for ``product_name`` (a "Product: X" line, the title heading, "X is a ...", "a food
delivery app"), and ``system_noun`` says what the product calls itself ("app", "platform").
"""

from __future__ import annotations

import re
from collections import Counter

from generation.mapping.blocks import BULLET, Block, clean_inline, prepare_html
from generation.mapping.headings import is_generic_title, title_without_doc_words
from generation.mapping.phrases import object_phrase, starts_verb_phrase
from generation.mapping.statements import split_sentences
from generation.mapping.stories import AS_A, MODAL_WORD, Story, dominant_cluster
from generation.mapping.text import (
    capitalise,
    decapitalise,
    is_latin,
    norm,
    plural_of,
    short_title,
    singular_of,
    squash,
    strip_end,
)
from generation.mapping.vocabulary import (
    BASE_OF,
    DETERMINERS,
    KIND_OF,
    NOUN_VERBS,
    NP_STOPS,
    PROCESS_NOMINALS,
    SINGULAR_S,
    STANDALONE_NOMINALS,
    THING_NOMINALS,
    UNCOUNTABLE,
    past_participle,
)

# Verbs whose object follows a preposition ("search for dishes", "reply to reviews").
_PREPOSITION_VERBS = {
    "search", "look", "apply", "register", "wait", "ask", "subscribe", "reply", "respond",
    "comment", "vote", "chat", "talk", "opt", "shop", "listen",
}  # fmt: skip


def task_title(story: Story) -> str:
    """The user task a story belongs to, named by its main verb and object."""
    goal = story.goal
    if goal.kind in {"action", "system"} and goal.verb and goal.verb != "be":
        if goal.passive and goal.kind == "action":
            return short_title(f"get {past_participle(goal.verb)}", 4)
        if goal.passive and goal.subject:
            return short_title(f"{goal.verb} {goal.subject.removeprefix('the ')}", 5)
        rest = goal.rest
        verb = goal.verb
        if (
            rest
            and norm(rest[0]) in {"for", "to", "on", "with", "into"}
            and (verb in _PREPOSITION_VERBS)
        ):
            verb, rest = f"{verb} {norm(rest[0])}", rest[1:]  # "search for dishes"
        thing = object_phrase(rest)
        return short_title(f"{verb} {' '.join(thing)}", 5) if thing else story.title
    if goal.kind in {"verbatim", "rule"} or goal.verb == "be":
        return story.title
    words = []
    for token in story.title.split():  # a feature: its noun phrase, up to the first qualifier
        word = norm(token)
        if words and (word in NP_STOPS or word[:1].isdigit() or word.endswith("ed")):
            break
        words.append(token)
    return short_title(" ".join(words), 4) if words else story.title


def _common_object(stories: list[Story], plural: bool) -> str:
    """The object most stories in a group are about ("restaurants"), or ""."""
    counts: Counter[str] = Counter()  # by head noun, so "menus" and "the menu" count together
    shown: dict[str, str] = {}  # head noun -> the phrase as first written
    for story in stories:
        if story.goal.kind == "system" and story.goal.passive:
            words = story.goal.subject.removeprefix("the ").split()
        else:
            words = object_phrase(story.goal.rest)
        words = [w.lower() for w in words if w.isalpha() or "-" in w]
        if words and story.goal.kind in {"action", "system"}:
            head = singular_of(words[-1])
            counts[head] += 1
            shown.setdefault(head, " ".join(words[-2:]))
    if not counts:
        return ""
    best = max(counts.values())
    head = next(k for k in counts if counts[k] == best)  # ties go to the first mentioned
    phrase = shown[head]
    return plural_of(phrase[: len(phrase) - len(phrase.split()[-1])] + head) if plural else phrase


# Things people search in rather than for.
_CONTAINERS = {"catalogue", "catalog", "menu", "list", "map", "database", "directory", "library"}


def cluster_title(cluster: str, stories: list[Story], system: str) -> str:
    """Name a journey step after what its stories do ("Find restaurants", "Track the order")."""
    namer = _CLUSTER_NAMERS.get(cluster)
    return namer(stories) if namer else f"Use the {system}"


def _name_account(stories: list[Story]) -> str:
    """Sign up, sign in, or look after the account."""
    categories = {s.category for s in stories}
    if "signup" in categories:
        return "Sign up"
    return "Sign in" if "login" in categories else "Manage my account"


def _name_discover(stories: list[Story]) -> str:
    """Find the things searched for; search a catalogue; view what is only looked at."""
    searches = [s for s in stories if s.category == "search"] or stories
    thing = _common_object(searches[:1], plural=False)
    if singular_of(thing.rsplit(" ", 1)[-1]) in _CONTAINERS:  # search a menu, find the dishes
        return f"{capitalise(searches[0].goal.verb)} {_with_article(thing)}"
    thing = _common_object(stories, plural=True)
    if {s.category for s in stories} == {"view"}:
        return f"View {thing}" if thing else "View details"
    return f"Find {thing}" if thing else "Find what I need"


def _name_order(stories: list[Story]) -> str:
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
    verb = capitalise(stories[0].goal.verb or "create")
    return f"{verb} {thing}" if thing else "Make a request"


def _name_fulfil(stories: list[Story]) -> str:
    """Deliver or fulfil the orders (jobs, requests) the stories handle."""
    thing = _common_object(stories, plural=True) or "orders"
    delivering = {s.goal.verb for s in stories} & {"deliver", "pick up", "drop off"}
    return f"{'Deliver' if delivering else 'Fulfil'} {thing}"


def _name_follow(stories: list[Story]) -> str:
    """Track something, get notified, or stay in touch."""
    tracking = [s for s in stories if s.category == "track"]
    if tracking:
        thing = _common_object(tracking, plural=False)
        return f"Track {_with_article(thing)}" if thing else "Track progress"
    return "Get notified" if any(s.category == "notify" for s in stories) else "Stay in touch"


def _name_manage(stories: list[Story]) -> str:
    """Manage the thing most stories change."""
    thing = _common_object(stories, plural=False)
    return f"Manage {_with_article(thing)}" if thing else "Manage the service"


def _name_review(stories: list[Story]) -> str:
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
    plural = last.endswith("s") and not last.endswith("ss") and last not in SINGULAR_S
    if plural or last in UNCOUNTABLE or not phrase:
        return phrase
    return f"the {phrase}"


def heading_to_activity(heading: str, stories: list[Story]) -> str:
    """Turn a heading into a verb phrase: "Order tracking" -> "Track the order"."""
    text = re.sub(r"^(?:\d+(?:\.\d+)*[.)]?|[ivx]+\.)\s+", "", heading.strip())
    text = re.sub(r"(?i)^(?:feature|epic|module|section|area)\s*\d*\s*[:\-–—]\s*", "", text)
    text = strip_end(text) or heading
    words = text.split()
    if not is_latin(text) or not words:
        return short_title(text, 6)  # not English: keep the author's words
    low = [norm(w) for w in words]
    shown = [w.lower() if w[1:].islower() else w for w in words]  # keep acronyms and names
    if len(words) == 1 and low[0] in STANDALONE_NOMINALS:
        return STANDALONE_NOMINALS[low[0]]
    if KIND_OF.get(low[0]) == "ing" and _gerund_takes_object(low):  # "Finding a walker"
        return short_title(" ".join([BASE_OF[low[0]], *words[1:]]), 6)
    if (len(words) == 1 and low[0].endswith("ing")) or low[0] in _PHASE_WORDS:
        return short_title(text, 6)  # "Travelling", "After the trip" already name a step
    return (
        _nominal_heading(low, shown)
        or (short_title(text, 6) if starts_verb_phrase(low, 0) else None)
        or _noun_heading(words, shown, stories)
    )


_PHASE_WORDS = {"after", "before", "during", "while", "when", "at", "on", "pre", "post"}


def _gerund_takes_object(low: list[str]) -> bool:
    """True for "Booking a walk" or "Managing menus", not "Learning experience" (a noun)."""
    if len(low) < 2:
        return False
    nxt = low[1]
    return nxt in DETERMINERS or (nxt.endswith("s") and not nxt.endswith("ss"))


def _nominal_heading(low: list[str], shown: list[str]) -> str | None:
    """Rephrase "Order tracking" and "User accounts" as verb phrases, else None."""
    verb_first = starts_verb_phrase(low, 0) and low[0] not in NOUN_VERBS
    last = low[-1]
    if any(w in {"and", "&", "or"} for w in low) or len(low) > 4:
        return None  # "Admin & reporting": more than one thing, keep the author's words
    if verb_first and not last.endswith(("ing", "ment", "tion", "sion")):
        return None  # "Manage payments" is already a verb phrase
    if last in THING_NOMINALS:
        return short_title(f"{THING_NOMINALS[last]} {_with_article(' '.join(shown))}")
    if last in PROCESS_NOMINALS:
        verb = PROCESS_NOMINALS[last]
        thing = " ".join(shown[:-1])
        if verb in {"Search", "Browse", "Manage"}:
            thing = plural_of(thing)
        return short_title(f"{verb} {_with_article(thing) if verb == 'Track' else thing}")
    return None


# Verb a one-noun heading gets, by the cluster its stories belong to.
_CLUSTER_HEADING_VERB = {"account": "Set up", "discover": "Find", "manage": "Manage"}


def _noun_heading(words: list[str], shown: list[str], stories: list[Story]) -> str:
    """Give a one-noun heading ("Restaurants", "Menu") the verb of its step, else keep it."""
    verb = _CLUSTER_HEADING_VERB.get(dominant_cluster(stories))
    if len(shown) > 1 or not verb or not shown[0].replace("-", "").isalpha():
        return short_title(" ".join(words), 8)  # not simple: the author's words say it best
    thing = " ".join(shown)
    return short_title(f"{verb} {plural_of(thing) if verb == 'Find' else _with_article(thing)}")


# What a product calls itself; the name comes from the words before it.
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


def product_name(text: str, blocks: list[Block], title_index: int | None) -> str:
    """Name the product: explicit "Product: X" line, title heading, "X is a ...", "A ... app"."""
    for block in blocks[:10]:
        explicit = _PRODUCT_LINE.match(block.clean)
        if explicit:
            return _clip_name(explicit.group(1))
    if title_index is not None:
        return _clip_name(title_without_doc_words(blocks[title_index].clean))
    title_line = _title_line(text)
    if title_line:
        return _clip_name(title_line)
    openings = [(split_sentences(b.clean) or [b.clean])[0] for b in blocks[:4]]
    for opening in openings:
        named = _PRODUCT_IS.match(opening)
        if named:
            return _clip_name(named.group(1))
        phrase = _PRODUCT_PHRASE.search(opening[:600])
        if phrase and not (phrase.group(1).lower() == "the" and " " not in phrase.group(2)):
            return _name_from_match(phrase, opening)  # "the system" alone names nothing
    body = [b.clean for b in blocks if b.kind != "heading" and not AS_A.match(b.clean)]
    opening = (
        (split_sentences(body[0]) or [body[0]])[0] if body else (openings or [squash(text)])[0]
    )
    words = opening.split()
    if len(words) <= 1:
        return _clip_name(opening[:40])
    return _clip_name(short_title(" ".join(words[:6]), 6))


def _title_line(text: str) -> str | None:
    """The name in a first line that reads as a title ("Ledgerly – Invoicing for ...")."""
    lines = (clean_inline(line) for line in prepare_html(text).splitlines())
    first = next((line for line in lines if re.search(r"[^\W_]", line)), "")
    words = first.split()
    if not words or len(words) > 12 or first.endswith((".", "!", "?", ";", ":", ",")):
        return None
    if MODAL_WORD.search(first) or BULLET.match(first) or first.startswith("#"):
        return None  # a requirement or a list item, not a title
    name = title_without_doc_words(re.split(r"\s+[-–—|:]\s+|:\s+|\s+\(", first, maxsplit=1)[0])
    return name if len(name.split()) <= 6 and not is_generic_title(name) else None


def _name_from_match(match: re.Match[str], opening: str) -> str:
    """Name from "a food delivery app for ..." found in the opening sentence."""
    name = match.group(2)
    if len(name.split()) <= 2 and match.group(3):
        name += match.group(3)
    elif len(name.split()) == 1:  # a bare "An app where ...": keep a few words of the rest
        name = " ".join(opening[match.start(2) :].split()[:6])
    return _clip_name(capitalise(decapitalise(squash(name))))


def _clip_name(name: str) -> str:
    """Keep a product name short and tidy (at most 60 characters, no trailing punctuation)."""
    name = squash(name).strip(" \"'“”*#.,;:!?-–—()[]<>|") or "Untitled product"
    if len(name) > 60:
        cut = name[:60].rsplit(" ", 1)[0] if " " in name[:60] else name[:59]
        name = cut.rstrip(",;:-") + "…"
    return capitalise(name)


def system_noun(text: str) -> str:
    """What the product calls itself ("app", "platform"), for system stories and a catch-all."""
    match = re.search(r"\b(app|platform|website|site|system|service|portal|tool)\b", text.lower())
    return match.group(1) if match else "app"
