"""What a story says: its role, goal and benefit, whichever language frames it.

"As a courier, I want to accept jobs, so that I earn more." and "Как пациент, я хочу
отменить запись, чтобы освободить время." are read by their language pack's frame. The
same module tells the words a story owns (its title and story line), so that criteria and
benefits can be compared across stories with those words taken out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generation.language import word_key, words_of
from generation.languages import STORY_FRAMES, LanguagePack, pack_for

__all__ = ["StoryLine", "quotations", "read_story_line", "template_of"]

#: A quotation in any of the double quote marks people and generators use.
_QUOTED = re.compile(r'["“«„]([^"“”«»„]{2,400}?)["”»“]')
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


@dataclass(frozen=True)
class StoryLine:
    """A story's "As a <role>, I want <goal>, so that <benefit>", as far as it reads."""

    #: The language whose frame the line is written in, or None when no frame matches.
    frame: str | None
    role: str | None
    goal: str
    benefit: str | None


def read_story_line(description: str, language: str | None = None) -> StoryLine:
    """Read the story line of ``description``; the document's ``language`` is tried first."""
    text = " ".join(description.split())
    frames = sorted(STORY_FRAMES, key=lambda frame: frame[0] != language)
    for code, frame in frames:
        match = frame.match(text)
        if match:
            benefit = match.group("benefit")
            return StoryLine(
                frame=code,
                role=_clean_role(match.group("role")),
                goal=match.group("goal").strip(" ,;"),
                benefit=benefit.strip(" .!;") if benefit else None,
            )
    return StoryLine(frame=None, role=None, goal=text, benefit=None)


def quotations(text: str) -> list[str]:
    """The quotations of three words or more in ``text``."""
    return [quote for quote in _QUOTED.findall(text) if len(quote.split()) >= 3]


def _clean_role(role: str) -> str:
    return " ".join(role.strip(" ,\"'«»“”").split())


def template_of(text: str, own_keys: set[str], pack: LanguagePack | str | None) -> tuple[str, ...]:
    """``text`` with the story's own words and its numbers taken out: what it shares with others.

    Two criteria of different stories with the same template say the same thing about both
    ("Given something goes wrong, when I use <X>, then I see a clear error message").
    """
    pack = pack if isinstance(pack, LanguagePack) else pack_for(pack)
    text = _QUOTED.sub(" ", _NUMBER.sub(" ", text))
    template = []
    for word in words_of(text.lower()):
        key = word_key(word, pack)
        if key and key not in own_keys:
            template.append(key)
    return tuple(template)
