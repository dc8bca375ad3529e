"""The words a wireframe is drawn and described with, one module per language.

A story written in Russian gets Russian buttons, placeholders and navigation and Russian
Layout / UI elements / Navigation / Notes sentences; so do Spanish, German, Portuguese and
French stories. Any other language gets English chrome around the story's own words.
``story_phrases`` tells a story's language (the story line's frame first, which is exact,
then ``detect_language``) and ``phrases_for`` gives that language's ``Phrases``.

Each module holds the chrome words and sentence templates (``words``, every key the English
module has), the patterns that read a story in that language (which screen it needs, which
inputs it asks for, which criteria are unhappy paths and what their messages say) and a few
functions for what templates cannot do alone: a noun phrase in the case a sentence needs
(``inflect``, Russian), a label from an object as the story wrote it (``label``), "I" turned
into "you" for a message on screen (``you``).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from generation.language import detect_language
from generation.languages import STORY_FRAMES, pack_for

__all__ = ["LANGUAGES", "Phrases", "phrases_for", "phrases_for_text", "story_phrases"]

LANGUAGES = ("en", "ru", "es", "de", "pt", "fr")

#: A message template: a format string, or a function of the values for one that needs more.
Template = str | Callable[[Mapping[str, str]], str]


def capitalized(text: str) -> str:
    """Text with a capital first letter, the rest as written."""
    return text[:1].upper() + text[1:]


def ascii_slug(text: str) -> str:
    """Text as a URL path segment: accents dropped, lower case, words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


#: A pattern that matches nothing, not even an empty string.
_NEVER = r"(?!)"


def _as_written(text: str, case: str) -> str:
    return text


@dataclass(frozen=True, eq=False)
class Phrases:
    """One language's chrome words, sentence templates and story patterns."""

    code: str
    #: Chrome words and sentence templates, by key; ``say`` fills them in.
    words: Mapping[str, str]
    #: The four markdown section headings: Layout, UI elements, Navigation, Notes.
    headings: tuple[str, str, str, str]
    #: Screen kinds and the words (a pattern on the title, goal and task) that call for them,
    #: checked in order. "status" is also chosen by ``status_verbs``.
    kinds: tuple[tuple[str, str], ...]
    #: Goal verbs of a list to look through, of a status to follow, of a form to fill.
    list_verbs: str
    status_verbs: str
    form_verbs: str = _NEVER
    #: "As a <role>, I want ...": the role when the language pack's story frame does not match
    #: (a wish for what the system does: "я хочу, чтобы приложение ...").
    role_frame: str = _NEVER
    #: Words the goal starts with that make it no verb phrase ("чтобы", "que", "dass"): the
    #: title stands for the goal then. A prefix dropped from the goal ("the app to").
    subordinators: str = _NEVER
    goal_prefix: str = _NEVER
    #: Verbs that say nothing of the screen ("use", "пользоваться"): never a button's label.
    meta_verbs: str = _NEVER
    #: Words in the story that make a list one to browse (results, a catalogue).
    browse_words: str = _NEVER
    #: Words of a document tool, the one kind of desktop app with a File / Edit / View menu.
    tool_words: str = _NEVER
    #: "A list of X": the container word before the object that names the rows.
    containers: str = _NEVER
    #: Input hints: (pattern in the story, label, sample value), in the order on screen.
    fields: tuple[tuple[str, str, str], ...] = ()
    #: Unhappy paths with a well-known wording: (topic, pattern on the Given clause, message).
    messages: tuple[tuple[str, str, Template], ...] = ()
    #: The Given clause of a criterion (group 1), the words of an unhappy one, the words of
    #: trying ("when I try to ..."), what the user sees ("then I see that X", group 1), where
    #: a clause of that ends, and the words that make a sentence first person.
    given: str = _NEVER
    unhappy: str = _NEVER
    trying: str = _NEVER
    sees: str = _NEVER
    clause_end: str = _NEVER
    first_person: str = _NEVER
    #: Prepositions before the alternatives of a choice ("pay by card or cash") and the
    #: words that join them.
    choice_preps: str = _NEVER
    joiners: str = _NEVER
    ands: str = _NEVER
    #: French elision ("l'écran"): the article glued to a word, split off before reading.
    elision: str = _NEVER
    #: Words skipped before the goal's object ("the", "my", "по"), words that end it (a
    #: preposition, a conjunction), small words inside one ("lista de libros"), and the
    #: articles and possessives a button label leaves out ("Create (an) account").
    leading: frozenset[str] = frozenset()
    stops: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    #: Verbs that take a particle ("sign up") and labels for buttons of a bare verb ("pay").
    phrasal: frozenset[str] = frozenset()
    button_words: Mapping[str, str] = field(default_factory=dict)
    #: Abbreviated days of the week, Monday first.
    days: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    decimal: str = "."
    #: True when the goal's verb comes last ("einen Tisch reservieren"), and when a noun
    #: phrase's head noun comes first ("libros usados") rather than last ("used books").
    verb_last: bool = False
    head_first: bool = False
    #: A noun phrase in a grammatical case ("gent", "accs", ...); as written where there are none.
    inflect: Callable[[str, str], str] = _as_written
    #: The label an object gets ("врача" -> "Врач"); the singular of a label for sample rows.
    label: Callable[[str], str] = capitalized
    singular: Callable[[str], str] = lambda text: text
    plural: Callable[[str], bool] = lambda text: False
    #: A situation the story tells in the first person, told to the user; None when unsure.
    you: Callable[[str], str | None] = lambda text: None
    is_verb: Callable[[str], bool] = lambda word: False
    lower: Callable[[str], str] = str.lower
    slug: Callable[[str], str] = ascii_slug
    _say: string.Formatter = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_say", _Filler(self))

    def say(self, key: str, **values: object) -> str:
        """The template ``key`` filled in; ``{x:gent}`` inflects, ``{x:lower}`` lowers."""
        return self._say.format(self.words[key], **values)

    def kinds_pattern(self, kind: str) -> str:
        """The words that call for screen ``kind``; a pattern that never matches if none do."""
        return next((pattern for name, pattern in self.kinds if name == kind), _NEVER)

    @cached_property
    def dangling(self) -> frozenset[str]:
        """Words a label cut short must not end in: prepositions, conjunctions, articles."""
        return pack_for(self.code).dangling | self.stops | self.links | self.articles

    @cached_property
    def joining(self) -> frozenset[str]:
        """The words for "or" and "and", where a label cut short best ends before."""
        return frozenset(f"{self.joiners}|{self.ands}".split("|")) - {_NEVER}

    def number(self, text: str) -> str:
        """A sample number written with this language's decimal mark."""
        return text.replace(".", self.decimal)


class _Filler(string.Formatter):
    """Fills templates; a field's format spec is a comma-separated list of operations."""

    def __init__(self, phrases: Phrases) -> None:
        super().__init__()
        self.phrases = phrases

    def format_field(self, value: object, format_spec: str) -> str:
        text = str(value)
        for operation in filter(None, format_spec.split(",")):
            if operation == "lower":
                text = self.phrases.lower(text)
            elif operation == "cap":
                text = capitalized(text)
            else:
                text = self.phrases.inflect(text, operation)
        return text


@cache
def _table() -> dict[str, Phrases]:
    from generation.wireframes.phrases import de, en, es, fr, pt, ru

    return {module.PHRASES.code: module.PHRASES for module in (en, ru, es, de, pt, fr)}


def phrases_for(code: str | None) -> Phrases:
    """The phrases of language ``code``; English for any language without its own."""
    table = _table()
    return table.get(code or "", table["en"])


@lru_cache(maxsize=512)
def phrases_for_text(text: str, description: str = "") -> Phrases:
    """The phrases of the language ``text`` is in: the story line's frame, else the identifier.

    ``description`` is the story line ("As a ..., I want ..."), whose frame names its
    language exactly; the identifier is asked about ``text`` only when no frame matches.
    """
    for code, frame in STORY_FRAMES:
        if code in LANGUAGES and description and frame.match(" ".join(description.split())):
            return phrases_for(code)
    code, _ = detect_language(text)
    return phrases_for(code if code in LANGUAGES else "en")


def story_phrases(story) -> Phrases:
    """The phrases of the language a ``StoryContext`` is written in."""
    text = " ".join([story.title, story.description, *story.acceptance_criteria])
    return phrases_for_text(text, story.description)
