"""Wording: a story already on a map, worded as this generator would word it.

The last stage, used by the story improver rather than by map generation: a saved story's
title and description go in, are read like a requirement, and out comes a ``StoryWording``
(``word_story``) with its role, story line, benefit, shared "given" and "when", and criteria.
``criterion_clause`` turns a criterion's own words into a clause that reads after "then"
("Works offline" -> "it works offline").
"""

from __future__ import annotations

from dataclasses import dataclass

from generation.mapping.criteria import acceptance_criteria, happy_context
from generation.mapping.statements import Statement, split_sentences
from generation.mapping.stories import Story, stories_from_statement, verbatim_story
from generation.mapping.text import decapitalise, is_english, norm, short_title, squash, strip_end
from generation.mapping.vocabulary import BASE_OF, KIND_OF, MODALS, NOUN_VERBS
from generation.mapping.writing import story_benefit, story_line


@dataclass(frozen=True)
class StoryWording:
    """How this generator would word a story already on a map, whoever wrote it."""

    role: str
    #: "As a <role>, I want <goal>, so that <benefit>."
    story_line: str
    #: What follows "so that".
    benefit: str
    #: The happy path's "given", and the "when" every criterion of the story shares.
    given: str
    when: str
    #: Two to five Given/When/Then criteria, at least one of them an unhappy path.
    criteria: list[str]


def word_story(title: str, description: str) -> StoryWording:
    """Read a saved story the way requirements are read, and word it as this generator would.

    The story's own line comes first ("As a courier, I want to accept jobs", "Couriers can
    accept jobs"), then its title ("Accept delivery jobs"); the role defaults to "user".
    """
    english = is_english(f"{title} {description}")
    story = _story_in(description, english, bullet=False) or _story_in(title, english, bullet=True)
    if story is None:
        text = squash(title or description) or "this story"
        story = verbatim_story(Statement(text, text, True, None, None, None, None, False))
    story.title = title or short_title(squash(description)) or "this story"
    role = story.role or "user"
    given, when = happy_context(story, role)
    return StoryWording(
        role=role,
        story_line=story_line(story, role),
        benefit=story_benefit(story, role),
        given=given,
        when=when,
        criteria=acceptance_criteria(story, role),
    )


def _story_in(text: str, english: bool, *, bullet: bool) -> Story | None:
    """The first story one of the text's sentences states, or None."""
    for sentence in split_sentences(squash(text)):
        statement = Statement(sentence, sentence, bullet, None, None, None, None, False)
        try:
            found = stories_from_statement(statement, None, english)
        except Exception:  # a heuristic must never fail the user's job: try the next sentence
            continue
        if found:
            return found[0]
    return None


def criterion_clause(text: str) -> str:
    """A criterion's own words as a clause after "then": "Works offline" -> "it works offline".

    A bare third-person verb gets "it" as its subject, unless the word may be a plural noun
    ("Orders are kept"); a plain capitalised first word is lower-cased.
    """
    text = strip_end(text)
    words = [norm(word) for word in text.split()[:2]]
    verb = words and KIND_OF.get(words[0]) == "3sg" and BASE_OF[words[0]] not in NOUN_VERBS
    if words and (verb or words[0] == "is"):
        after = words[1] if len(words) > 1 else ""
        if not (KIND_OF.get(after) or after in MODALS | {"is", "are", "was", "were", "be"}):
            return "it " + decapitalise(text)
    return decapitalise(text)
