"""Who wants each story: the people the requirement names, else the map's main role.

Roles come from the requirements' subjects ("Пациент может ...", "Couriers accept ...") and
from a Roles / Personas / Actors section. A persona's first name is not a role: stories
that name one get the map's main role. Systems never become roles (the writers read them as
the product's behaviour).
"""

from __future__ import annotations

import re
from collections import Counter

from generation.languages.names import is_first_name
from generation.reading import Document
from generation.stories.requirements import DraftStory

__all__ = ["assign_roles", "section_roles"]

_BACK_OFFICE = re.compile(
    r"admin|director|directeur|directora?|manager|moderat|employ|staff|operator|opérateur|"
    r"администратор|модератор|директор|сотрудник|менеджер|оператор|gerente|gestor|"
    r"funcionári|mitarbeiter|leiter|verwalter|betreiber",
    re.I,
)
_ROLE_ENTRY = re.compile(r"^\s*(?P<name>[^:–—(\-]{2,40}?)\s*(?:[:–—(]|\s-\s)")


def assign_roles(stories: list[DraftStory], document: Document, writer) -> None:
    """Give every story its role; the commonest named role stands in where none is named.

    A story whose sentence names nobody takes the role its section declares: "As a QA
    Manager, I want to:" over a list, "Primary user: Team Leader", "Возможности
    администратора".
    """
    for story in stories:
        if not story.clause.role:
            declared = _declared_role(story.statement.section, writer)
            if declared:
                story.clause.role = declared
    named = [s.clause.role for s in stories if s.clause.role and not _is_name(s.clause.role)]
    listed = section_roles(document)
    if named:
        counts = Counter(named)
        # The people the product is for come before those who run it: on a tie, a customer
        # rather than an administrator speaks for the stories that name nobody.
        main = max(counts, key=lambda role: (counts[role], not _BACK_OFFICE.search(role)))
    else:
        main = listed[0] if listed else writer.default_role
    primary = _primary_role(document, writer)
    if primary and (not named or main == writer.default_role):
        # "The primary users of the system are festival attendees": not "As a user".
        main = primary
    for story in stories:
        if story.clause.role == writer.default_role and primary:
            story.clause.role = primary
        role = story.clause.role
        story.role = role if role and not _is_name(role) else main


#: A heading that declares who its items are for, in the languages the packs know.
_DECLARED = (
    re.compile(r"^\W*as\s+(?:an?\s+|the\s+)?(?P<role>[^,.:;]{2,40}?)\s*,?\s+(?:i|we)\s+want", re.I),
    re.compile(
        r"^\W*(?:primary|secondary|main|target|other)?\s*users?\s*[:—–-]\s*(?P<role>[^,.;]{2,40})$",
        re.I,
    ),
    re.compile(r"^\W*как\s+(?P<role>[^,.:;]{2,40}?)\s*,\s*я\s+хочу", re.I),
    re.compile(r"^\W*(?:возможности|функции|права|для)\s+(?P<role>[^,.:;]{2,40})$", re.I),
    re.compile(r"^\W*(?:como|en\s+tant\s+qu[e']|als)\s+(?P<role>[^,.:;]{2,40}?)\s*,", re.I),
)


#: A sentence that says who the users are: "The primary users of the system are Bumbershoot
#: festival attendees", "Основные пользователи — студенты".
_PRIMARY = re.compile(
    r"\b(?:primary|main|target|intended)\s+(?:users?|audience)(?:\s+of\s+[\w\s]{1,40}?)?\s+"
    r"(?:are|is|will\s+be)\s+(?P<en>[^.,;:()]{3,60})|"
    r"\b(?:основн\w+|целев\w+)\s+(?:пользовател\w+|аудитори\w+)\s*(?:[—–-]|это|являются)\s*"
    r"(?P<ru>[^.,;:()]{3,60})",
    re.I,
)


#: A target group by its label, with a short name for it in brackets: "Zielgruppe(n): junge
#: bis mittlere Erwachsene (Digital Natives) die ...", "Target audience: ... (home cooks)".
_TARGET_GROUP = re.compile(
    r"^\W*(?:zielgruppen?(?:\(n\))?|target\s+(?:group|audience|users)|целевая\s+аудитория|"
    r"p[uú]blico[- ](?:objetivo|alvo)|public\s+cible)\s*[:：]\s*[^()]{2,80}?"
    r"\((?P<name>[^()]{3,30})\)",
    re.I,
)


def _primary_role(document: Document, writer) -> str | None:
    """The users a sentence of the document names as the primary ones, as a story's role."""
    for statement in document.statements:
        named = _TARGET_GROUP.match(statement.text)
        if named and len(named.group("name").split()) <= 2:
            # The group's own short name is the role a story can take in any language.
            name = named.group("name").strip()
            return name[:-1] if name.endswith("s") and not name.endswith("ss") else name
    if writer.code not in ("en", "ru"):
        return None
    for statement in document.statements:
        match = _PRIMARY.search(statement.text)
        if not match:
            continue
        words = (match.group("en") or match.group("ru")).split()
        words = [w for w in words if w.lower() not in {"the", "a", "an", "all"}]
        if not words:
            continue
        # "Bumbershoot festival attendees" -> "festival attendee": the last two words at most
        phrase = " ".join(words[-2:]) if writer.code == "en" else _russian_head(words)
        role = _singular(phrase, writer)
        if role and not _is_name(role):
            return role.lower()
    return None


def _russian_head(words: list[str]) -> str:
    """The words up to the first noun: "молодые родители детей" -> "молодые родители"."""
    from generation.languages.ru.grammar import parse

    for number, word in enumerate(words[:4]):
        if "NOUN" in parse(word.lower()).tag:
            return " ".join(words[: number + 1])
    return words[0]


def _declared_role(heading: str, writer) -> str | None:
    for pattern in _DECLARED:
        match = pattern.match(heading.strip(" *:"))
        if match:
            role = match.group("role")
            return _singular(role.strip(" *"), writer)
    return None


def _singular(role: str, writer) -> str:
    """A declared role as a story names it: "администратора" -> "администратор"."""
    if writer.code == "ru":
        from generation.languages.ru.grammar import nominative_singular

        return nominative_singular(role)
    if writer.code == "en":
        from lemminflect import getLemma

        words = role.lower().split()
        if words and words[-1].endswith("s"):
            words[-1] = getLemma(words[-1], upos="NOUN")[0]
        return " ".join(words)
    return role.lower()


def section_roles(document: Document) -> list[str]:
    """The roles a Roles / Personas section lists: "**Patient**: books visits" -> "patient",
    a persona heading "Family Traveler — Leah, 34" -> "family traveler"."""
    roles = []
    entries = [s.text for s in document.roles]
    entries += [
        s.text for s in document.statements if s.kind == "heading" and _in_roles(s, document)
    ]
    for text in entries:
        match = _ROLE_ENTRY.match(text)
        name = re.sub(r"^[^\w]+", "", (match.group("name") if match else text)).strip(" *").lower()
        if 0 < len(name.split()) <= 3 and not _is_name(name) and name not in _PERSONA_FIELDS:
            roles.append(name)
    return list(dict.fromkeys(roles))


#: Labels of a persona's details, which are not roles ("Goal:", "Pain point:").
_PERSONA_FIELDS = {
    "goal", "goals", "pain point", "pain points", "needs", "need", "motivation", "background",
    "age", "quote", "bio", "frustrations", "behaviours", "behaviors", "цель", "цели", "боль",
    "потребности", "мотивация", "возраст",
}  # fmt: skip


def _in_roles(heading, document: Document) -> bool:
    """Whether a heading sits inside a Roles / Personas section."""
    from generation.languages import PACKS

    section = re.sub(r"^[\W\d_]+", "", heading.section)
    return any(
        pack.role_headings is not None and pack.role_headings.match(section)
        for pack in {document.pack, PACKS["en"]}
    )


def _is_name(role: str) -> bool:
    """A persona's first name ("Sarah", "Анна") rather than a role."""
    return len(role.split()) == 1 and is_first_name(role)
