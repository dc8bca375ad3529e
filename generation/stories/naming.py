"""The product's name, as the document gives it.

In order: a label ("Project: Bitebox", "Тема: Автосервис", a "Projektbezeichnung" table
cell), a heading that is neither a kind of document ("Requirements", "Lastenheft") nor one
of its sections, a name in quotes the text repeats („Budget Binder“), the subject of the
sentence that introduces the product ("ToolShare is a platform ..."), a capitalised name the
text uses again and again; else the opening words of the first statement, unless they
already say who must do what ("Patients must be able to ...").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from generation.languages import PACKS
from generation.reading import Document

__all__ = ["product_name"]

_LABEL_WORDS = (
    r"тема|проект|название(?:\s+проекта)?|продукт|project(?:\s+name)?|product(?:\s+name)?|"
    r"topic|app|proyecto|projekt(?:bezeichnung|name)?|projet|projeto|nombre\s+del\s+proyecto|"
    r"nom\s+du\s+projet|nome\s+do\s+projeto"
)
_LABEL = re.compile(
    rf"^\W*(?:{_LABEL_WORDS})\s*(?:[:—–-]\s*|(?=[\"«“„]))[\"«“„]?(?P<name>[^\"»”“]{{2,80}})[\"»”“]?$",
    re.I,
)
_LABEL_CELL = re.compile(rf"^\W*(?:{_LABEL_WORDS})\W*$", re.I)
#: Titles that name the kind of document, not the product.
_DOCUMENT_WORDS = re.compile(
    r"^(?:product\s+|software\s+)?(?:requirements?|specification|prd|srs|spec|brief|overview|"
    r"readme|user\s+stories|backlog|техническое\s+задание|тз|требования|спецификация|"
    r"requisitos|especificación|cat[aá]logo\s+de\s+requisitos|documento\s+de\s+(?:visi[oó]n|"
    r"requisitos)|anforderungen|lastenheft|pflichtenheft|cahier\s+des\s+charges|exigences|"
    r"要件定義|需求|요구사항)\b",
    re.I,
)
_FOR = re.compile(r"\b(?:for|для|para|für|pour)\s+(?:the\s+)?(?P<name>[A-ZА-ЯЁ][\w .'-]{2,60})$")
#: " — Product Requirements Document (PRD)", " - Prototype v1.0" after the name.
_SUFFIX = re.compile(
    r"\s*[—–:|-]\s*(?:product\s+|software\s+)?(?:requirements?|specification|prd|srs|spec|"
    r"brief|prototype|draft|version|техническое\s+задание|тз|требования|черновик|версия|"
    r"requisitos|borrador|anforderungen|entwurf|exigences|brouillon|rascunho|v\d).*$",
    re.I,
)
#: An author's line: a name and a student or group number ("Лавренова Анастасия, 253504").
_AUTHOR = re.compile(r"^\W*[A-ZА-ЯЁ][\w-]+\s+[A-ZА-ЯЁ][\w-]+\s*,?\s*\d{3,}\W*$")
_QUOTED = re.compile(r"[«„“\"](?P<name>[A-ZА-ЯЁ][^«»„“”\"]{2,40})[»“”\"]")
#: The product a document-kind title names: in quotes, or after a colon or a dash.
_NAME_IN_TITLE = re.compile(
    r"[«„“\"](?P<name>[^«»„“”\"]{2,60})[»“”\"]|"
    r"(?:^|\s)[:—–-]\s*(?P<after>[^:—–-]{2,60})$"
)
#: "ToolShare is a platform that ...", "Bitebox — сервис доставки": the name before "is a"
#: ("QA is entirely manual" introduces nothing).
_NAMED = re.compile(
    r"^\W*(?P<name>[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+){0,2})\s+"
    r"(?:(?:is|will\s+be)\s+(?:an?|the|your|our)\s|—\s|–\s|-\s|это\s|es\s+una?\s|ist\s+eine?\s|"
    r"est\s+une?\s|é\s+uma?\s)"
)
_NEED = re.compile(
    r"^\W*(?:we\s+(?:need|want)|i\s+(?:need|want)|нужн[аоы]?|нужен|нам\s+нужн\w*|"
    r"necesitamos|wir\s+brauchen|precisamos(?:\s+de)?|nous\s+avons\s+besoin\s+d['’]?|"
    r"on\s+a\s+besoin\s+d['’]?|il\s+nous\s+faut)(?:\s+|(?<=['’]))(?:an?\s+|the\s+)?",
    re.I,
)


def product_name(document: Document, actions: Collection[str] = ()) -> str:
    """The product's name as the document gives it; "" when it names none.

    ``actions`` are the statements read as someone doing something ("Patients book
    appointments with doctors."): opening with one, a document names no product.
    """
    for find in (_labelled, _heading, _quoted, _introduced, _title):
        name = (find(document) or "").strip(" *#:.,")
        if name:
            return name[:200]
    for statement in document.statements:
        if statement.kind in {"product", "requirement", "prose"}:
            words = _NEED.sub("", statement.text).split()
            if words and words[0].lower().strip(",.;:") in _NOT_A_NAME:
                return ""  # "I want to have a list ...", "There may be ...": no name
            if words and words[0].lower() in _ARTICLES:
                words = words[1:]
            cut = next((i for i, w in enumerate(words) if w.lower() in _RELATIVE), len(words))
            kept = words[: min(cut, 8)]
            while kept and kept[-1].lower().strip(".,:;") in document.pack.dangling:
                kept = kept[:-1]  # "... with comments and": not where a name ends
            name = " ".join(kept).rstrip(".,:;")
            cues = document.pack.requirement_cues
            if cues is not None and cues.search(name):
                return ""  # "Patients must be able to search": who does what, not a name
            if any(word.lower() in _COPULAS for word in name.split()):
                return ""  # "Security is important to us": a remark, not a name
            if statement.text in actions:
                return ""  # "Patients book appointments with doctors": who does what
            return (name[:1].upper() + name[1:])[:200]
    return ""


#: Words a sentence that names nothing opens with.
#: First words of a wish or a remark, not of a name ("I want ...", "Хочу, чтобы ...").
_NOT_A_NAME = {
    "to", "there", "it", "this", "each", "every", "some", "i", "we", "and", "but",
    "я", "мы", "хочу", "хотим", "хотелось", "чтобы", "есть", "будет", "может", "должен",
    "quiero", "queremos", "yo", "hay", "ich", "wir", "es", "quero", "eu", "nós",
    "je", "nous", "il", "on",
}  # fmt: skip
#: "is" and its kin: a phrase with one says something of a thing rather than naming it.
_COPULAS = {
    "is", "are", "was", "were", "has", "have", "является", "являются", "есть", "es", "son",
    "está", "ist", "sind", "est", "sont", "é", "são",
}  # fmt: skip
_ARTICLES = {"a", "an", "the", "un", "una", "ein", "eine", "um", "uma", "une", "le", "la"}
#: Words after which a product sentence says what the product does, not what it is.
_RELATIVE = {
    "where", "that", "which", "who", "whose", "где", "который", "которая", "которое",
    "которые", "donde", "que", "wo", "qui", "onde", "quel", "welche", "welcher",
}  # fmt: skip


def _labelled(document: Document) -> str | None:
    statements = document.statements
    for index, statement in enumerate(statements):
        match = _LABEL.match(statement.text)
        if match and statement.kind in {"heading", "metadata", "prose", "table"}:
            return match.group("name")
        if statement.kind == "table" and _LABEL_CELL.match(statement.text):
            following = statements[index + 1] if index + 1 < len(statements) else None
            if following is not None and following.line == statement.line:
                return following.text
    return None


def _heading(document: Document) -> str | None:
    """The document's title: its first heading, unless that is an author's line.

    A title that names the kind of document ("Product Requirements Document") may have the
    product as its subtitle: the heading right under it, when that has no text of its own
    (a section's heading is followed by its text).
    """
    statements = document.statements
    for index, statement in enumerate(statements):
        if statement.kind != "heading":
            continue
        if _AUTHOR.search(statement.text):
            continue
        text = re.sub(r"^[\W\d_]+", "", statement.text)
        named = _FOR.search(text)
        if _DOCUMENT_WORDS.match(text):
            if named:
                return named.group("name")
            inside = _NAME_IN_TITLE.search(text)
            found = (inside.group("name") or inside.group("after") or "") if inside else ""
            found = _SUFFIX.sub("", found.strip())
            if found and not _DOCUMENT_WORDS.match(found) and not _section_heading(found, document):
                return found  # "Техническое задание: «ФитТрекер»", "PRD - Harbour Ferry"
            under = statements[index + 1 : index + 3]
            if under and under[0].kind == "heading" and all(s.kind == "heading" for s in under):
                return _subtitle(under[0].text, document)  # a heading with no body of its own
            return None
        if _section_heading(text, document):
            return None
        return _SUFFIX.sub("", text) or None
    return None


def _subtitle(text: str, document: Document) -> str | None:
    """A heading under the title that names the product, not a section or the document."""
    text = re.sub(r"^[\W\d_]+", "", text)
    if _AUTHOR.search(text) or _DOCUMENT_WORDS.match(text) or _section_heading(text, document):
        return None
    if re.match(r"^\d|^[IVX]+\.", text) or len(text.split()) > 8:
        return None
    return _SUFFIX.sub("", text) or None


def _quoted(document: Document) -> str | None:
    names = Counter(match.group("name") for match in _QUOTED.finditer(document.text[:20_000]))
    repeated = [name for name, count in names.most_common(3) if count >= 2]
    return repeated[0] if repeated else None


def _introduced(document: Document) -> str | None:
    for statement in document.statements:
        if statement.kind in {"product", "requirement", "prose"}:
            named = _NAMED.match(statement.text)
            if named:
                return named.group("name")
    return None


def _title(document: Document) -> str | None:
    """The first heading as it stands, even when it names the kind of document."""
    for statement in document.statements:
        if statement.kind == "heading" and not _AUTHOR.search(statement.text):
            return _SUFFIX.sub("", statement.text) or statement.text
    return None


def _section_heading(text: str, document: Document) -> bool:
    """A heading of the document's own sections: contents, change log, glossary, overview."""
    clean = text.strip(" :")
    for pack in {document.pack, PACKS["en"]}:
        for pattern in (pack.toc_headings, pack.context_headings, pack.background_headings):
            if pattern is not None and pattern.fullmatch(clean):
                return True
    return False
