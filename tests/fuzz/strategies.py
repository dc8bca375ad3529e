"""Hypothesis strategies for what users and models send: odd text, documents and JSON answers.

Text comes in five shapes: random unicode weighted towards the characters that break text
handling (control characters, NUL, bidi marks, zero-width joiners, emoji, CJK, combining
marks, box drawing), huge single lines, many short lines, markdown-ish documents (headings,
nested bullets, tables, code fences) and prose mixing requirement cues. Huge inputs are drawn
from a seeded ``random.Random`` so that hypothesis records a handful of choices, not 50,000.
"""

from __future__ import annotations

import json
import random
import re

from hypothesis import strategies as st

# --- Characters -----------------------------------------------------------------------------------

CONTROL = [chr(code) for code in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e"]
BIDI = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
        "\u2066", "\u2067", "\u2068", "\u2069"]  # fmt: skip
SPACES = ["\u00a0", "\u1680", "\u2003", "\u2028", "\u2029", "\u3000", "\x85", "\r\n", "\r"]
COMBINING = ["\u0301", "\u0308", "\u0336", "\u0489", "\u20dd", "\u20e3", "\ufe0f", "\u1ab0"]
EMOJI = ["😀", "👩‍💻", "🇫🇷", "❤️", "👍🏽", "🧑‍🤝‍🧑", "🏳️‍🌈", "1️⃣", "☕", "✅"]
CJK = [
    "漢字",
    "用户必须能够下订单。",
    "日本語のテキスト",
    "한국어",
    "ｆｕｌｌｗｉｄｔｈ",
    "ｶﾀｶﾅ",
    "。",
    "、",
]
RTL = ["עברית", "العربية", "مستخدم يجب أن", "فارسی"]
BOX = list("┌─┐│└┘├┤┬┴┼═║╔╗╚╝")
#: Characters whose case mapping or normalisation changes the string's length.
EXPANDING = ["İ", "ß", "ﬁ", "ǅ", "ŉ", "ﷺ", "𝕏", "Å", "ΐ", "ﬀ"]
MARKUP = ["<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "[x](javascript:alert(1))",
          "&amp;", "&#0;", "<br>", "<", ">", "\\", "`", "```", "|", "#", "*", "- ",
          "1. "]  # fmt: skip

NASTY = CONTROL + ZERO_WIDTH + BIDI + SPACES + COMBINING + EMOJI + CJK + RTL + BOX + EXPANDING

#: Any code point but surrogates (no form or JSON answer can carry a lone surrogate).
any_character = st.characters(exclude_categories=["Cs"])
nasty_piece = st.sampled_from(NASTY + MARKUP)

# --- Words ----------------------------------------------------------------------------------------

ROLES = ["customer", "customers", "courier", "couriers", "restaurant staff", "admin", "user",
         "shopper", "guest", "teacher", "patients", "the system", "I", "they", "we"]  # fmt: skip
MODALS = ["must", "should", "can", "could", "may", "will", "shall", "must not", "cannot",
          "need to", "should be able to", "must be able to", "is allowed to", "later"]  # fmt: skip
VERBS = ["order", "pay", "sign up", "log in", "track", "browse", "search", "cancel", "rate",
         "review", "upload", "export", "book", "reset", "accept", "refund", "filter", "view",
         "update", "delete", "check out", "be notified", "get notified"]  # fmt: skip
OBJECTS = ["food", "an order", "the menu", "their password", "a delivery", "invoices",
           "restaurants nearby", "by card or cash", "the courier on a map", "reviews",
           "appointments", "a report as CSV", "items in the cart", "photos"]  # fmt: skip
BENEFITS = ["I save time", "they know when food arrives", "nothing is lost", "we get paid"]
HEADINGS = ["Overview", "Must have", "Should have", "Could have", "Won't have", "Out of scope",
            "Customers", "Payments", "Non-functional requirements", "MVP", "Later", "Roles",
            "Sign up", "Ordering", "Glossary", "Open questions"]  # fmt: skip
words = st.sampled_from(ROLES + MODALS + VERBS + OBJECTS + BENEFITS + HEADINGS)


def noisy(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A word or a random or nasty string, most of the time ``strategy``'s own value."""
    return st.one_of(strategy, strategy, strategy, short_unicode, nasty_piece)


NASTY_CHARACTERS = sorted({character for piece in NASTY for character in piece})

#: A few thousand code points from everywhere below U+3000, then the nasty ones again and again.
_UNICODE_POOL = [chr(code) for code in range(0x20, 0x3000, 3)]
_UNICODE_POOL += [character for character in NASTY_CHARACTERS if character not in "\n\r"] * 20

#: Up to 40 code points of anything, nasty characters often.
short_unicode = st.text(
    alphabet=st.one_of(any_character, st.sampled_from(NASTY_CHARACTERS)), max_size=40
)

#: Random unicode text: characters, nasty pieces and words in any mix, up to a few hundred long.
unicode_text = st.lists(
    st.one_of(
        st.text(alphabet=any_character, min_size=1, max_size=30),
        nasty_piece,
        words,
        st.just(" "),
        st.just("\n"),
    ),
    max_size=40,
).map("".join)

# --- Requirements ---------------------------------------------------------------------------------


def _sentence(rng: random.Random) -> str:
    """One sentence stating a requirement, in one of the ways people write them."""

    def pick(options: list[str]) -> str:
        roll = rng.random()
        if roll < 0.08:
            return rng.choice(NASTY + MARKUP)
        if roll < 0.12:
            return "".join(rng.choices(_UNICODE_POOL, k=rng.randrange(1, 12)))
        return rng.choice(options)

    role, modal, verb = pick(ROLES), pick(MODALS), pick(VERBS)
    obj, benefit = pick(OBJECTS), pick(BENEFITS)
    return rng.choice(
        [
            f"{role.capitalize()} {modal} {verb} {obj}.",
            f"As a {role}, I want to {verb} {obj}, so that {benefit}.",
            f"Allow {role} to {verb} {obj}",
            f"The app {modal} let {role} {verb} {obj} so that {benefit}",
            f"{verb.capitalize()} {obj}",  # an imperative bullet
            f"When {role} {verb} {obj}, the system {modal} {verb} {obj}; {benefit}!",
        ]
    )


def seeded(make) -> st.SearchStrategy:
    """``make(rng)`` for a drawn seed: one choice for hypothesis to record, any size of value."""
    return st.integers(0, 2**32 - 1).map(lambda seed: make(random.Random(seed)))


requirement_sentence = seeded(_sentence)

#: Prose: requirement sentences with random text between them.
requirements_prose = st.lists(
    st.one_of(requirement_sentence, requirement_sentence, unicode_text), min_size=1, max_size=8
).map(" ".join)

_MARKERS = ["-", "*", "+", "•", "1.", "2)", "a.", "1.2.", "◦", ">", "- [ ]", "-", "-"]


@st.composite
def nested_list(draw) -> str:
    """A bullet list nested 1-50 levels deep, with mixed markers and indents."""
    depth = draw(st.integers(1, 50))
    indent = draw(st.sampled_from(["  ", "    ", "\t", " ", "\u3000"]))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    lines, level = [], 0
    while level < depth:
        lines.append(f"{indent * level}{rng.choice(_MARKERS)} {_sentence(rng)}")
        # Mostly one level deeper; now and then back up to a level already seen.
        level = level + 1 if rng.random() < 0.9 else rng.randrange(level + 1) + 1
    lines.insert(draw(st.integers(0, len(lines))), draw(short_unicode))
    return "\n".join(lines)


def _table(rng: random.Random) -> str:
    """A markdown table, sometimes ragged or without its separator row."""
    columns = rng.randrange(1, 7)
    cells = ROLES + VERBS + OBJECTS + MODALS + NASTY
    rows = [
        "| " + " | ".join(rng.choices(cells, k=rng.randrange(1, columns + 1))) + " |"
        for _ in range(rng.randrange(1, 9))
    ]
    if rng.random() < 0.5:
        rows.insert(1, "|" + "---|" * columns)
    return "\n".join(rows)


table = seeded(_table)


@st.composite
def code_fence(draw) -> str:
    """A fenced code block, sometimes left open."""
    fence = draw(st.sampled_from(["```", "~~~", "````"]))
    body = draw(st.one_of(requirements_prose, unicode_text))
    close = draw(st.sampled_from([fence, "", "```"]))
    return f"{fence}{draw(st.sampled_from(['', 'python', 'json', ' x']))}\n{body}\n{close}"


heading = st.builds(
    lambda level, text: "#" * level + " " + text,
    st.integers(1, 8),
    noisy(st.sampled_from(HEADINGS)),
) | noisy(st.sampled_from(HEADINGS)).map(lambda text: text + ":")

#: Loose markdown: headings, nested lists, tables, code fences, quotes, HTML and prose.
markdown_document = st.lists(
    st.one_of(
        heading,
        heading,
        nested_list(),
        table,
        code_fence(),
        requirements_prose,
        requirements_prose.map(lambda text: "> " + text),
        st.sampled_from(["", "---", "<ul><li>Customers must pay</li></ul>", "<p>", "</div>"]),
    ),
    min_size=1,
    max_size=10,
).map("\n\n".join)

# --- Big inputs from a seed -----------------------------------------------------------------------

_BIG_POOLS = {
    "letters": "abcdefghijklmnopqrstuvwxyz",
    "words": None,  # whole words and spaces
    "unicode": None,  # anything, nasty characters often
    "punctuation": ".,;:!?-#|*<>&()[]{}`'\"\\/ ",
    "cjk": "用户必须能够下订单付款跟踪。，漢字日本語한국어",
}

_VOCABULARY = ROLES + MODALS + VERBS + OBJECTS + BENEFITS + ["."]


def _big_text(seed: int, length: int, pool: str, separator: str) -> str:
    rng = random.Random(seed)
    if pool == "words":
        return separator.join(rng.choices(_VOCABULARY, k=length // 5 + 1))[:length]
    characters = _UNICODE_POOL if pool == "unicode" else _BIG_POOLS[pool]
    return "".join(rng.choices(characters, k=length))


_LINE_BREAKS = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def big_line(min_size: int = 10_000, max_size: int = 50_000) -> st.SearchStrategy[str]:
    """One line of ``min_size`` to ``max_size`` characters: no line break anywhere."""
    return st.builds(
        lambda seed, length, pool: _LINE_BREAKS.sub(" ", _big_text(seed, length, pool, " ")),
        st.integers(0, 2**32 - 1),
        st.integers(min_size, max_size),
        st.sampled_from(sorted(_BIG_POOLS)),
    )


#: One line of 10,000 to 50,000 characters.
huge_line = big_line()


@st.composite
def many_short_lines(draw) -> str:
    """500 to 5,000 lines of 0-12 characters (blank lines, markers, single words)."""
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    count = draw(st.integers(500, 5_000))
    shapes = ["", "-", "- a", "#", "x", "must", "Pay", "1.", "|", "```", " ", "•  order", "漢"]
    return "\n".join(rng.choices(shapes + [verb[:12] for verb in VERBS], k=count))


#: Text as a user might paste it, from a sentence to a whole document.
requirements_text = st.one_of(
    unicode_text, requirements_prose, requirements_prose, markdown_document, markdown_document
)

# --- JSON-ish LLM answers -------------------------------------------------------------------------

json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    short_unicode,
    st.sampled_from(["MVP", "Release 1", "Later", "High", "could have", "", " "]),
)


def _containers(children: st.SearchStrategy) -> st.SearchStrategy:
    """Lists and objects of ``children``."""
    return st.lists(children, max_size=4) | st.dictionaries(short_unicode, children, max_size=4)


#: Anything JSON holds, nested a few levels.
json_junk = st.recursive(json_scalar, _containers, max_leaves=20)


def maybe(value: st.SearchStrategy) -> st.SearchStrategy:
    """The value, or junk of any JSON type in its place."""
    return st.one_of(value, value, value, json_junk)


story_json = st.fixed_dictionaries(
    {},
    optional={
        "title": maybe(unicode_text),
        "description": maybe(requirements_prose),
        "priority": maybe(st.sampled_from(["MVP", "Release 1", "Later", "high", "P2", "won't"])),
        "acceptanceCriteria": maybe(st.lists(maybe(unicode_text), max_size=6)),
        "sources": maybe(st.lists(unicode_text, max_size=3)),
    },
)
task_json = st.fixed_dictionaries(
    {},
    optional={"taskTitle": maybe(unicode_text), "stories": maybe(st.lists(story_json, max_size=3))},
)
activity_json = st.fixed_dictionaries(
    {}, optional={"activity": maybe(unicode_text), "tasks": maybe(st.lists(task_json, max_size=3))}
)
#: A story map answer: the right shape with random strings, wrong types and missing keys.
story_map_json = st.fixed_dictionaries(
    {},
    optional={
        "productName": maybe(unicode_text),
        "map": maybe(st.lists(activity_json, max_size=4)),
        "extra": json_junk,
    },
)
#: A stage 1 answer of the same kind.
enhancement_json = st.fixed_dictionaries(
    {},
    optional={
        "enhancedText": maybe(requirements_prose),
        "addedAspects": maybe(st.lists(unicode_text, max_size=3)),
        "openQuestions": maybe(st.lists(unicode_text, max_size=3)),
        "confidence": maybe(st.floats(-1, 2, allow_nan=False)),
    },
)


@st.composite
def deeply_nested(draw, min_depth: int = 1, max_depth: int = 500) -> str:
    """JSON nested ``min_depth`` to ``max_depth`` levels deep (arrays, objects or both), closed
    or not. Deeper than Python's recursion limit (about 1,000), json.loads raises RecursionError:
    see test_llm_answers.py for that case."""
    depth = draw(st.integers(min_depth, max_depth))
    opener = draw(st.sampled_from(["[", '{"a":', '{"map":[']))
    closer = {"[": "]", '{"a":': "}", '{"map":[': "]}"}[opener]
    closed = draw(st.booleans())
    return opener * depth + "1" + (closer * depth if closed else "")


def as_answer(value: st.SearchStrategy) -> st.SearchStrategy[str]:
    """A JSON value as a model writes it: bare, fenced, with chatter, or cut short."""

    @st.composite
    def wrap(draw) -> str:
        text = json.dumps(draw(value), ensure_ascii=draw(st.booleans()))
        shape = draw(st.integers(0, 5))
        if shape == 1:
            return f"```json\n{text}\n```"
        if shape == 2:
            return f"{draw(short_unicode)} Here is the map: {text} {draw(short_unicode)}"
        if shape == 3:
            return text[: draw(st.integers(0, len(text)))]  # the answer was cut off
        if shape == 4:
            return text.replace('"', draw(st.sampled_from(["'", "“", ""])))
        return text

    return wrap()


# --- Stories and wireframes -----------------------------------------------------------------------

#: Story text of any length: mostly short, now and then a few thousand characters.
story_text = st.one_of(
    short_unicode,
    unicode_text,
    st.sampled_from(VERBS + OBJECTS + HEADINGS),
    st.tuples(short_unicode, st.integers(1, 300)).map(lambda pair: pair[0] * pair[1]),
)


@st.composite
def story_line(draw) -> str:
    """A description: a story line now and then broken, else any text."""
    if draw(st.booleans()):
        return draw(story_text)
    role, verb = draw(noisy(st.sampled_from(ROLES))), draw(noisy(st.sampled_from(VERBS)))
    obj, benefit = draw(noisy(st.sampled_from(OBJECTS))), draw(noisy(st.sampled_from(BENEFITS)))
    ending = draw(st.sampled_from([f", so that {benefit}.", ".", f" so I can {benefit}", ""]))
    return f"As a {role}, I want to {verb} {obj}{ending}"


@st.composite
def criterion(draw) -> str:
    """An acceptance criterion: Given/When/Then (happy or not), a bare "when ... then", or junk."""
    given = draw(noisy(st.sampled_from(["my card is valid", "my card is declined", "nothing "
                                        "matches", "I lost my connection", "the email is "
                                        "already registered", "I am offline"])))  # fmt: skip
    when = draw(noisy(st.sampled_from(VERBS)))
    then = draw(noisy(st.sampled_from(BENEFITS + OBJECTS)))
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"Given {given}, when I {when}, then {then}."
    if shape == 1:
        return f"When I {when}, then {then}"
    if shape == 2:
        return f"{draw(st.sampled_from(['-', '1.', '*', '']))} {then}"
    return draw(story_text)


@st.composite
def story_fields(draw) -> dict:
    """Title, description and criteria of a story, as a map or a user may have left them."""
    return {
        "title": draw(st.one_of(story_text, st.sampled_from(VERBS))),
        "description": draw(story_line()),
        "acceptance_criteria": draw(st.lists(criterion(), max_size=7)),
    }


@st.composite
def story_context(draw) -> dict:
    """Everything a wireframe is drawn from, as StoryContext keyword arguments."""
    return {
        **draw(story_fields()),
        "product_name": draw(story_text),
        "activity": draw(noisy(st.sampled_from(HEADINGS))),
        "task": draw(noisy(st.sampled_from(VERBS + OBJECTS))),
    }


@st.composite
def box_drawing(draw) -> str:
    """A box drawing, often nearly right: ragged rows, tabs, wide characters, missing corners."""
    width = draw(st.integers(2, 120))
    rows = []
    for _ in range(draw(st.integers(0, 12))):
        text = draw(st.one_of(short_unicode, st.sampled_from(["[ Pay ]", "\t[ ok ]", "├──┤"])))
        pad = draw(st.integers(0, width))
        rows.append("│ " + text + " " * pad + draw(st.sampled_from(["│", " │", "│ ", "", "┤"])))
    top = "┌" + "─" * (width - 2) + draw(st.sampled_from(["┐", "─", "", "┐ "]))
    bottom = "└" + "─" * (width - 2) + draw(st.sampled_from(["┘", "┴", "", "┘\t"]))
    lines = [top, *rows, bottom]
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), draw(short_unicode))
    return "\n".join(lines)


@st.composite
def wireframe_answer(draw) -> str:
    """An LLM's wireframe answer: a drawing (fenced or not) and sections, in any order and form."""
    drawing = draw(st.one_of(box_drawing(), box_drawing(), short_unicode))
    fence = draw(st.sampled_from(["```", "```text", "~~~", "````", "", "```ascii "]))
    close = draw(st.sampled_from([fence.split("t")[0].strip(), "", "```", "~~~"]))
    parts = [draw(short_unicode), f"{fence}\n{drawing}\n{close}" if fence else drawing]
    names = ["Layout", "UI elements", "UI Components", "Navigation", "Notes", "Other"]
    for name in draw(st.lists(st.sampled_from(names), max_size=6)):
        style = draw(st.sampled_from(["## {}", "**{}**:", "{}:", "1. {}", "### {} ", "{}"]))
        parts.append(style.format(name) + draw(st.sampled_from(["", " ", ": inline"])))
        parts.append(draw(st.one_of(unicode_text, box_drawing())))
    return draw(st.sampled_from(["\n", "\r\n", "\n\n"])).join(parts)


def nearly_right_map_json() -> st.SearchStrategy[dict]:
    """A story map answer with every key present and mostly sensible text: a weak model's best."""
    labels = st.sampled_from(VERBS + OBJECTS + HEADINGS)
    text = st.one_of(labels, labels, requirement_sentence, short_unicode)
    story = st.fixed_dictionaries(
        {
            "title": text,
            "description": st.one_of(story_line(), text),
            "priority": st.sampled_from(["MVP", "Release 1", "Later", "High", "P2", "could"]),
            "acceptanceCriteria": st.lists(criterion(), max_size=5),
        }
    )
    task = st.fixed_dictionaries({"taskTitle": text, "stories": st.lists(story, max_size=2)})
    activity = st.fixed_dictionaries(
        {"activity": text, "tasks": st.lists(task, min_size=1, max_size=2)}
    )
    return st.fixed_dictionaries(
        {"productName": text, "map": st.lists(activity, min_size=1, max_size=3)}
    )


#: Whatever an LLM might answer when asked for JSON.
llm_json_answer = st.one_of(
    as_answer(nearly_right_map_json()),
    as_answer(nearly_right_map_json()),
    as_answer(story_map_json),
    as_answer(story_map_json),
    as_answer(enhancement_json),
    as_answer(json_junk),
    deeply_nested(),
    unicode_text,
)
