"""Reading a requirements document as a product manager does: what is a requirement, what is not.

The document is read as loose markdown (headings, bullets, numbered items, tables, code
fences, paragraphs) and cut into statements: a list item, a sentence of a paragraph, a table
row, a heading. Each statement gets a kind:

- ``requirement``: a list item, a sentence that says what the product must do ("must",
  "должен", "debe"), a user story, or the requirement cell of a requirements table;
- ``non-goal``: an item of a Non-goals / Out of scope / Не входит в рамки section, or one
  marked won't-have;
- ``role``: an entry of a Roles / Personas / Actors section, which says who the users are;
- ``heading``, ``toc``, ``metadata``, ``code``, ``route``, ``schema``, ``table`` and
  ``context`` (glossary, risks, KPIs, change log ...): never stories;
- ``product``: the opening sentence that says what the product is;
- ``prose``: a sentence that states no requirement (background, rationale).

The reader is the quality report's own, deliberately independent of any generator, so that
what the report calls a requirement is not what a generator happened to make a story of.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from generation.language import detect_language, words_of
from generation.languages import PACKS, LanguagePack, pack_for
from generation.priorities import StatedPriority, heading_priority, is_wont, line_priority

__all__ = ["Document", "Statement", "form_kind", "read_document", "NOT_REQUIREMENTS"]

#: The kinds of statement that must never become stories.
NOT_REQUIREMENTS = frozenset(
    {
        "heading", "toc", "metadata", "code", "route", "schema", "table", "context", "role",
        "product", "quality",
    }
)  # fmt: skip
_ENGLISH = PACKS["en"]

_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_]{1,120}?)\1\s*:?\s*$")
_BULLET = re.compile(
    r"^(?P<indent>\s*)(?:[-*+•·▪◦‣–—]|\d{1,3}[.)](?!\d)|[a-zA-Zа-яА-Я][.)](?=\s)|\(\d{1,3}\)|"
    r"\[[ xX]\])\s+(?P<text>.*)$"
)
_LABEL = re.compile(r"^\s*(\*\*|__)(?P<label>[^*_]{1,40}?)\s*[.:]?\s*\1\s*[.:]?\s+(?=\S)")
#: "We need online booking for a clinic", "Нужна система записи": the product, not a story.
_NEED = re.compile(
    r"^\W*(?:we\s+(?:need|want)(?!\s+to\b)|i\s+(?:need|want)(?!\s+to\b)|нужн[аоы]?|нужен|нам\s+нужн\w*|требуется|"
    r"necesitamos|se\s+necesita|wir\s+brauchen|precisamos|nous\s+avons\s+besoin)\b",
    re.I,
)
#: A quality requirement labelled by its kind ("Performance: ...", "Confiabilidade: RNF-4: ...")
#: and the measurable target or integration that makes it a target rather than a story.
_MEASURED_QUALITY = re.compile(
    r"^\W*(?:performance|usability|usabilidade|usabilidad|reliability|confiabilidade|"
    r"fiabilidad|fiabilité|availability|disponibilidade|disponibilidad|disponibilité|"
    r"scalability|escalabilidade|escalabilidad|integration|integração|integración|limit|"
    r"limite|leistung|zuverlässigkeit|verfügbarkeit|производительность|надёжность|надежность|"
    r"доступность|масштабируемость|интеграция)\s*[:—–-]",
    re.I,
)
_TARGET = re.compile(
    r"\d\s*%|\d+\s*(?:ms|s|sec|seconds|секунд|segundos|users|usuários|colaboradores)\b|\bapi\b|integra",
    re.I,
)
#: The part of a requirement that rules something out: "..., and shall not include a web
#: client", "... и не должна поддерживать оплату наличными".
_EXCLUSION = re.compile(
    r"[,;]?\s+(?:and|but)\s+(?:shall|will|must|should)\s+not\s+(?:include|support|offer|"
    r"provide|contain)\b|[,;]?\s+(?:и|но)\s+не\s+(?:должен|должн[аоы]|будет)\s+"
    r"(?:включать|поддерживать|предлагать|содержать)\b",
    re.I,
)
_EXCLUSION_LEAD = re.compile(
    r"^[,;]?\s*(?:and|but|и|но)\s+(?:(?:shall|will|must|should)\s+not|не\s+\w+)\s+\w+\s+",
    re.I,
)


def _exclusion_text(part: str) -> str:
    """What a requirement rules out, as a sentence of its own: "A web-based client"."""
    thing = _EXCLUSION_LEAD.sub("", part).strip().rstrip(".")
    return thing[:1].upper() + thing[1:] + "."


_SUMMARY = re.compile(r"^\s*(?:<details[^>]*>\s*)?<summary[^>]*>(?P<text>.*?)</summary>", re.I)
#: A sentence that introduces the list after it: "... удовлетворяющее следующим требованиям:".
_INTRODUCES = re.compile(r"[:：]\s*$")
#: A supported platform and version: "Android 9.0 и новее", "iOS 13+", "Chrome 90 or later".
_PLATFORM = re.compile(
    r"^\W*(?:android|ios|ipados|windows|macos|mac\s+os|linux|ubuntu|chrome|chromium|firefox|"
    r"safari|edge|opera)\s*v?\d[\d.x]*\s*(?:\+|and\s+(?:newer|later|above)|or\s+(?:newer|later|"
    r"higher)|и\s+(?:новее|выше)|или\s+(?:новее|выше)|y\s+superior|ou\s+superior|et\s+plus|"
    r"und\s+höher|oder\s+höher)?\W*$",
    re.I,
)
#: A level of a rating scale: "5 - Excellent (exceeded standards)", "0 – Critical failure".
_SCALE_LEVEL = re.compile(r"^\W*\d{1,2}\s*[-–—=]\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:\([^)]*\))?\W*$")
#: A line that says it is no requirement of the software ("not a software requirement").
_NOT_SOFTWARE = re.compile(
    r"\b(?:not\s+a\s+software\s+requirement|não\s+(?:é\s+)?um\s+requisito\s+de\s+software|"
    r"no\s+es\s+un\s+requisito\s+(?:de|del)\s+software|pas\s+une\s+exigence\s+logicielle|"
    r"keine\s+(?:software-?)?anforderung|не\s+является\s+требованием\s+к\s+(?:по|программ))",
    re.I,
)
#: A constraint that names what there is none of: "Pas d'interface graphique pour ...",
#: "No web client.", "Без регистрации." (unless it says "must", "can" ...).
_NOTHING_OF = re.compile(
    r"^\W*(?:no|pas\s+d[e'’]|sin|sem|kein\w*|без|aucun\w*|ningún|ninguna|nenhum\w*)\b\s*\w",
    re.I,
)
#: A roadmap line or a design option by its label: "Milestone 1 (Weeks 1–3): DesignSystem,
#: Home", "Polish (Weeks 10–12): ...", "Option A (Recommended): Streamlit".
_ROADMAP_LABEL = re.compile(
    r"^\W*(?:[^:()]{0,30}\((?:weeks?|sprints?|months?|недел[яи]|семана|semanas?|wochen?)\s*\d"
    r"[^)]*\)|option\s+[a-z0-9]\b[^:]{0,30}|вариант\s+[а-я0-9]\b[^:]{0,30}|"
    r"opci[oó]n\s+[a-z0-9]\b[^:]{0,30})\s*[:：]",
    re.I,
)
#: A quality the product should have, in words no test can check ("intuitive", "удобный").
_VAGUE_QUALITY = re.compile(
    r"\b(?:intuitive(?:ly)?|user[- ]friendly|easy\s+to\s+(?:use|understand)|ease\s+of\s+use|"
    r"understandable|"
    r"clear\s+labels|intuitiv\w*|verständlich\w*|benutzerfreundlich\w*|bedienerfreundlich\w*|"
    r"интуитивн\w*|дружелюбн\w*|intuitiv[oa]s?|"
    r"f[aá]cil(?:es)?\s+de\s+usar|amigable|intuitif|intuitive|convivial\w*|compréhensible\w*)\b",
    re.I,
)
#: Words that say what a person does with the product, not what it is like.
_ACTION_CUE = re.compile(
    r"\b(?:allows?|lets?|enables?|can|may|to\s+(?:add|create|edit|find|search|book)|позволя\w+|"
    r"может|могут|можно|ermöglich\w+|kann|können|permite\w*|puede\w*|pode\w*|permet\w*|"
    r"peut|peuvent)\b",
    re.I,
)
#: A quality attribute named under a label, with no behaviour: "Non functional requirement:
#: quality security", "NFR: usability".
_QUALITY_NAME = re.compile(
    r"^\W*(?:non[- ]?functional(?:\s+requirements?)?|nfr|quality\s+attributes?|"
    r"нефункциональн\w*(?:\s+требовани\w*)?|requisitos?\s+no\s+funcional(?:es)?|"
    r"requisitos?\s+não\s+funcionais?|exigences?\s+non\s+fonctionnelles?|"
    r"nicht-?funktionale\s+anforderung(?:en)?)\s*[:：]\s*(?:\S+\s*){1,4}$",
    re.I,
)
#: A quotation on its own, a testimonial: '"We can now scale from 1 call to 10+ calls"'.
_QUOTATION = re.compile(r'^\s*["“«„][^"“”«»„]{10,}["”»“]\s*(?:[-–—]\s*[^.]{0,60})?\.?\s*$')
#: The scope of the project, as a section of the introduction names it.
_SCOPE_HEADING = re.compile(
    r"\b(?:scope|границ\w*|рамк\w+\s+проекта|alcance|escopo|umfang|périmètre|portée)\b", re.I
)
#: A document with fewer requirements than this outside its introduction is short.
_FEW = 15
#: A heading that names requirements: it is no background, wherever it stands. (A scope
#: inside an introduction stays background: an SRS details it again in its requirements.)
_REQUIREMENTS_HEADING = re.compile(
    r"(?<!business\s)(?<!бизнес-)(?<!бизнес\s)"
    r"\b(?:requirements?|features?|functionality|требовани\w*|функци\w*|requisitos?|"
    r"funcionalidades?|anforderungen|funktionen|exigences?|fonctionnalités?)\b",
    re.I,
)
#: A value and what it maps to: "2× → 9:00 AM & 7:00 PM", "10 = Maximum".
_VALUE_MAPPING = re.compile(r"^\W*\d[\d\s:.,×x%]*\s*(?:→|->|=>|=)\s*")
#: A technical design decision labelled by its layer: "Storage (MVP): SwiftData in app ...".
_TECHNICAL_LABEL = re.compile(
    r"^\W*(?:storage|persistence|database|hosting|deployment|infrastructure|architecture|"
    r"tech(?:nology)?\s+stack|framework|caching|хранение\s+данных|хранилище|база\s+данных|"
    r"архитектура|стек|almacenamiento|base\s+de\s+datos|arquitectura|armazenamento|"
    r"banco\s+de\s+dados|arquitetura|stockage|base\s+de\s+données|speicherung|datenbank|"
    r"architektur)\b[^:]{0,20}:",
    re.I,
)
#: A short label over a quoted paragraph: 'Iteration II: "I own 3 restaurants ..."'.
_QUOTED_BRIEF = re.compile(
    r'^\s*(?P<label>[^\W\d][\w .-]{0,30}?)\s*[:：]\s*(?P<body>["“«].{20,})$', re.S
)
#: A remark to the reader of a brief: advice, an example, a fact about the writer.
_REMARK = re.compile(
    r"""^\W*(?:keep\s+(?:this|that|it)\s+in\s+mind|note\s+that|remember\s+that|
    (?:show|tell|send|give)\s+me\b|let\s+me\s+know|like\s+an?\b.*\bmaybe\b|
    i\s+(?:own|run|have|am|work)\b|we\s+(?:own|run|are)\b|
    имейте\s+в\s+виду|учтите|покажите\s+мне|у\s+меня\s+(?:есть\s+)?\d)""",
    re.I | re.X,
)
#: What turns a remark back into a wish: "I have to be able to ...", "I want ...".
_WISH = re.compile(
    r"\b(?:want|need|should|must|shall|will|would\s+like|хочу|нужн\w*|должн\w*)\b|"
    r"\bhave\s+to\b|\bable\s+to\b",
    re.I,
)


#: A release number as a card's value ("v2", "2"), its slice, and type labels and values.
_RELEASE_VALUE = re.compile(r"^\W*v?(\d+)(?:\.\d+)*\W*$", re.I)
_RELEASE_SLICE = {0: "MVP", 1: "MVP", 2: "Release 1"}
_TYPE_LABEL = re.compile(r"^\W*(?:tipo|type|тип|typ|art)\W*$", re.I)
_TECHNICAL = re.compile(
    r"\b(?:t[ée]cnic[oa]|technical|техническ\w+|technisch\w*|technique)\b", re.I
)
#: Table columns that hold user stories, and the acceptance criteria written for them.
_STORY_COLUMN = re.compile(
    r"\b(?:user\s+stor(?:y|ies)|пользовательск\w+\s+истори\w+|historia\s+de\s+usuario|"
    r"hist[oó]ria\s+de\s+usu[aá]rio|user\s*story)\b",
    re.I,
)
_CRITERIA_COLUMN = re.compile(
    r"\b(?:acceptance|критери\w+\s+приемки|критери\w+\s+приёмки|criterios?\s+de\s+aceptaci[oó]n|"
    r"abnahmekriteri\w+|crit[eè]res?\s+d'acceptation|crit[eé]rios?\s+de\s+aceita[cç][aã]o)",
    re.I,
)
_SECTION_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]{1,4}\.)\s+")
_CHECKBOX = re.compile(r"^\[[ xX]\]\s+")
_NUMBERED_HEADING = re.compile(r"^\s*(?P<number>\d+(?:\.\d+)+)\.?\s+(?P<text>\S.{0,100})$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$")
#: A requirement id in front of its text: "FR-1:", "NFR-02 -", "REQ 3.1", "ФТ-1.", "**US-4**".
_REQUIREMENT_ID = re.compile(
    r"^\W*(?P<id>(?:[A-ZА-ЯЁ]{1,6}[-_ ]?\d+(?:\.\d+)*[a-z]?)|(?:\d+(?:\.\d+){1,4}))\W*\s+(?=\S)"
)
_SENTENCE_END = re.compile(
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bz\.B\.)(?<!\bvs\.)(?<!\bт\.е\.)"
    r"(?<!\bp\.ej\.)(?<!\bp\.ex\.)(?<!\bnp\.)(?<!\bbzw\.)"
    r"(?<=[.!?。！？])\s+(?=[\"«“(\[]?[A-ZА-ЯЁ0-9ÁÉÍÓÚÑÄÖÜÇÀÂÊÎÔ])|(?<=[。！？])"
)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]{1,200}>")
_URL = re.compile(r"\bhttps?://[^\s)>\]]+")
_ROUTE = re.compile(
    r"^\W*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/\S*|^\W*/api/\S*|"
    r"^\W*https?://\S+\W*$",
)
_SCHEMA = re.compile(
    r"\b(?:var)?char\s*\(\d+\)|\b(?:tiny|small|big)?int(?:eger)?\s*(?:\(\d+\))?\s*(?:,|$|not|null|"
    r"primary|unsigned)|\bprimary\s+key\b|\bforeign\s+key\b|\bnot\s+null\b|\bauto_?increment\b|"
    r"\((?:PK|FK|PK\s*,\s*FK)\b|\b(?:PK|FK)\s*,\s*(?:INT|VARCHAR|TEXT|UUID)\b|"
    r"\b(?:typ|type|tipo|тип)\s*:\s*(?:var)?(?:char|int|integer|string|text|bool(?:ean)?|"
    r"float|double|decimal|date(?:time)?|timestamp|uuid|json)\b|"
    r"^\W*\w+\s*:\s*(?:string|int|integer|number|bool(?:ean)?|float|uuid|datetime|timestamp)\W*$",
    re.I,
)
_CODE_LINE = re.compile(
    r"^\s*(?:[{}\[\]();]|def |class |function |import |return |const |let |"
    r"var |SELECT |INSERT |CREATE TABLE|<\w+[^>]*>\s*$)|[;{]\s*$|=>|\)\s*{",
    re.I,
)
_TOC_LINE = re.compile(r"^\W*\[[^\]]+\]\(#[^)]*\)\W*$|\.{4,}\s*\d+\s*$")
_VERSION_ONLY = re.compile(
    r"^\W*(?:v(?:ersion)?\s*)?\d+(?:\.\d+)+\W*$|^\W*\d{4}-\d{2}-\d{2}\W*$", re.I
)
_METADATA = re.compile(r"^\W*(?P<key>[\w ./-]{2,30}?)\s*[:：]\s*\S")
#: Words that open a date's label in any of the packs' languages.
_DATE_WORDS = frozenset("date dates datum fecha data дата deadline échéance frist prazo".split())
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@dataclass
class Statement:
    """One list item, sentence, table row or heading of the document, and what kind it is."""

    text: str
    #: The line it starts on, counting from 1.
    line: int
    kind: str
    #: The heading of the section it is in ("" before the first heading).
    section: str = ""
    bullet: bool = False
    #: The priority the document states for it, with the document's own words.
    stated: StatedPriority | None = None
    #: Acceptance criteria the document writes for it (a table's criteria column).
    criteria: list[str] = field(default_factory=list)

    @property
    def priority(self) -> str | None:
        return self.stated.priority if self.stated else None


@dataclass
class Document:
    """The statements of a requirements document, and the language it is written in."""

    text: str
    language: str | None
    pack: LanguagePack
    #: How sure the language identifier was of ``language`` (1.0 when it was given).
    confidence: float = 1.0
    statements: list[Statement] = field(default_factory=list)

    @property
    def requirements(self) -> list[Statement]:
        return [s for s in self.statements if s.kind == "requirement"]

    @property
    def non_goals(self) -> list[Statement]:
        return [s for s in self.statements if s.kind == "non-goal"]

    @property
    def qualities(self) -> list[Statement]:
        """Qualities the product should have that no story can check ("intuitive UI")."""
        return [s for s in self.statements if s.kind == "quality"]

    @property
    def roles(self) -> list[Statement]:
        return [s for s in self.statements if s.kind == "role"]


#: The level of a list item that names a group of items under it: below every heading.
_LIST_GROUP = 100


@dataclass
class _Section:
    level: int
    heading: str
    flags: frozenset[str]
    stated: StatedPriority | None


def read_document(text: str, language: str | None = None) -> Document:
    """Cut ``text`` into statements and tell what kind each is.

    ``language``: the document's ISO 639-1 code when already known; detected otherwise.
    """
    text = str(text or "").replace("\r\n", "\n").replace("\r", "\n")
    confidence = 1.0
    if language is None:
        language, confidence = detect_language(text)
    document = Document(text, language, pack_for(language), confidence=confidence)
    _Reader(document).read()
    return document


class _Reader:
    def __init__(self, document: Document):
        self.document = document
        self.pack = document.pack
        self.sections: list[_Section] = []
        self.paragraph: list[tuple[int, str]] = []
        self.item: tuple[int, str, int] | None = None  # line, text, indent

    # -- structure ---------------------------------------------------------------------------

    def read(self) -> None:
        lines = self.document.text.split("\n")
        fence = None
        table: list[tuple[int, str]] = []
        start = self._front_matter(lines)
        for index, raw in enumerate(lines):
            number = index + 1
            if index < start:
                continue
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if fence is not None:
                if raw.strip().startswith(fence):
                    fence = None
                elif raw.strip():
                    self._add(raw.strip(), number, "code")
                continue
            match = _FENCE.match(raw)
            if match:
                self._flush()
                fence = match.group(1)
                continue
            if _TABLE_ROW.match(raw) or (table and raw.count("|") >= 2):
                self._flush()
                table.append((number, raw))
                continue
            if table:
                self._table(table)
                table = []
            self._line(raw, number, following)
        self._flush()
        if table:
            self._table(table)
        self._settle_prose()

    def _settle_prose(self) -> None:
        """Decide what background and plain sentences are, now the whole document is read.

        Background sections (overview, goals) hold requirements only when nothing else does:
        a one-paragraph idea under "Overview" is all requirements, an SRS's preface is not.
        In prose with no headings at all ("Patients choose a doctor and a time ...") every
        sentence is a requirement, as it is in a document where nothing else is.
        """
        statements = self.document.statements
        self._mark_product_statement()
        structured = any(s.kind == "heading" for s in statements)
        requirements = sum(s.kind == "requirement" for s in statements)
        for statement in statements:
            if statement.kind == "background":
                # A scope in the introduction is what a short document asks for; a long one
                # details it again in its requirements.
                scope = _SCOPE_HEADING.search(statement.section) and requirements < _FEW
                statement.kind = "requirement" if not requirements or scope else "prose"
        if not structured or not any(s.kind == "requirement" for s in statements):
            for statement in statements:
                if (
                    statement.kind == "prose"
                    and not statement.bullet
                    and not _is_question(statement)
                    and not _is_remark(statement.text)
                    and not _INTRODUCES.search(statement.text)
                ):
                    statement.kind = "requirement"

    def _mark_product_statement(self) -> None:
        """The document's opening sentence that says what the product is, is context.

        "Нужна система онлайн-записи в частную клинику." or "ToolShare is a platform that
        lets you rent tools" names the product; the stories come from what follows.
        """
        titles = 0
        for statement in self.document.statements:
            if statement.kind == "heading":
                titles += 1
                if titles > 1:
                    return  # only an introduction, before the first section, names the product
                continue
            if statement.kind in {"metadata", "toc"}:
                continue
            if (
                statement.kind in {"requirement", "prose", "background"}
                and not statement.bullet
                and not _REQUIREMENT_ID.match(statement.text)
            ):
                opening = {word.lower() for word in words_of(statement.text)[:6]}
                nouns = self.pack.not_people | _ENGLISH.not_people
                if (opening & nouns or _NEED.match(statement.text)) and len(
                    self.document.statements
                ) > 1:
                    statement.kind = "product"
            return

    def _front_matter(self, lines: list[str]) -> int:
        """Record a leading YAML front matter block as metadata; the index after it."""
        if not lines or lines[0].strip() != "---":
            return 0
        for index in range(1, min(len(lines), 40)):
            if lines[index].strip() in {"---", "..."}:
                for number in range(2, index + 1):
                    if lines[number - 1].strip():
                        self._add(lines[number - 1].strip(), number, "metadata")
                return index + 1
        return 0

    def _line(self, raw: str, number: int, following: str) -> None:
        stripped = raw.strip()
        if not stripped or _RULE.match(raw) or _SETEXT.match(raw) and not self.paragraph:
            self._flush()
            return
        heading = _ATX.match(raw)
        if heading:
            self._flush()
            self._heading(_clean(heading.group(2)), len(heading.group(1)), number)
            return
        if _SETEXT.match(following) and not _BULLET.match(raw) and not self.paragraph:
            self._flush()
            self._heading(_clean(stripped), 1 if following.strip()[0] == "=" else 2, number)
            return
        summary = _SUMMARY.match(raw)
        if summary and _clean(summary.group("text")):
            # "<details><summary><b>Sign-in</b></summary>": a folded section's heading.
            self._flush()
            self._heading(_clean(summary.group("text")), 7, number)
            return
        bold = _BOLD_LINE.match(raw)
        if bold or self._is_plain_heading(raw, following):
            self._flush()
            self._heading(_clean(bold.group("text") if bold else stripped), 7, number)
            return
        numbered = _NUMBERED_HEADING.match(raw)
        if numbered and _looks_like_title(numbered.group("text"), self.pack):
            self._flush()
            self._heading(
                _clean(numbered.group("text")), numbered.group("number").count(".") + 1, number
            )
            return
        bullet = _BULLET.match(raw)
        if bullet:
            indent = len(bullet.group("indent"))
            self._close_groups(indent)
            if self.item and indent > self.item[2] and self._is_group(self.item[1]):
                # "- Non-functional requirements:" over its own items names a group of them:
                # a section of the list, with a heading's flags and priority, until the list
                # comes back to its level.
                line, text, group_indent = self.item
                self.item = None
                if self._cued(text) and len(text.split()) > 5:
                    # "Рамка вокруг аватарки должна быть разного цвета в зависимости от
                    # состояния профиля:" asks for something, and its items say what.
                    self._statement(_clean(text).rstrip(":："), line, bullet=True)
                self._heading(_clean(text).rstrip(":："), _LIST_GROUP + group_indent, line)
            self._flush()
            self.item = (number, bullet.group("text"), indent)
            return
        if not self.item and _form_kind(stripped, _clean(stripped), self.pack) == "metadata":
            self._flush()  # "Version: 1.2" on a line of its own, even right under another
            self._add(_clean(stripped), number, "metadata")
            return
        if self.item and (raw[:1].isspace() or not self.paragraph):
            line, text, indent = self.item
            self.item = (line, f"{text} {stripped}", indent)
            return
        if not self.paragraph and not raw[:1].isspace():
            self._close_groups(0)
        self.paragraph.append((number, stripped))

    def _close_groups(self, indent: int) -> None:
        """Leave the list groups that a line at ``indent`` is no longer inside."""
        while self.sections and self.sections[-1].level >= _LIST_GROUP + indent:
            self._flush()
            self.sections.pop()

    def _is_group(self, text: str) -> bool:
        """Whether a list item with items under it is their group's name, not a requirement."""
        text = _clean(text)
        return text.endswith(":") or (
            len(text.split()) <= 3
            and not any(
                pack.requirement_cues is not None and pack.requirement_cues.search(text)
                for pack in {self.pack, _ENGLISH}
            )
        )

    def _is_plain_heading(self, line: str, following: str) -> bool:
        """A short line ending with a colon before a list: "Must have:", "Features:".

        A list item over items indented under it is a group of the list, not a heading.
        """
        bullet, below = _BULLET.match(line), _BULLET.match(following)
        if bullet and below and len(below.group("indent")) > len(bullet.group("indent")):
            return False
        line = line.strip()
        return (
            line.endswith((":", "："))
            and len(line.split()) <= 6
            and bool(_BULLET.match(following) or not following.strip())
        )

    def _heading(self, text: str, level: int, number: int) -> None:
        text = _SECTION_NUMBER.sub("", text) or text
        while self.sections and self.sections[-1].level >= level:
            self.sections.pop()
        flags = set()
        for pack in {self.pack, _ENGLISH}:
            for flag, heading_pattern in (
                ("toc", pack.toc_headings),
                ("non-goal", pack.non_goal_headings),
                ("context", pack.context_headings),
                ("roles", pack.role_headings),
                ("background", pack.background_headings),
            ):
                if heading_pattern is not None and _names(
                    heading_pattern, text, strict=flag == "roles"
                ):
                    flags.add(flag)
        if is_wont(text, self.pack):
            flags.add("non-goal")
        if "non-goal" in flags or "toc" in flags:
            flags -= {"context", "background"}
        if level == 1 and not any(s.kind == "heading" for s in self.document.statements):
            flags -= {"context", "background"}  # the title "# Приложение" names the product
        self.sections.append(
            _Section(level, text, frozenset(flags), heading_priority(text, self.pack))
        )
        self._add(text, number, "heading", bullet=level >= _LIST_GROUP)

    # -- statements --------------------------------------------------------------------------

    def _flush(self) -> None:
        if self.item:
            line, text, _ = self.item
            self.item = None
            self._statement(text, line, bullet=True)
        if self.paragraph:
            line = self.paragraph[0][0]
            text = " ".join(part for _, part in self.paragraph)
            self.paragraph = []
            quoted = _QUOTED_BRIEF.match(text)
            if quoted:
                # 'Iteration II: "I own 3 restaurants. ..."': a label over the client's words.
                text = quoted.group("body").strip().strip('"“”«»').strip()
            label = _LABEL.match(text)
            if label and self._column([label.group("label").lower()], "requirement_columns") == 0:
                # "**Requirement.** Users can ...": the label says what the rest is.
                self._statement(text[label.end() :], line, bullet=True)
                return
            for sentence in _SENTENCE_END.split(text):
                if sentence.strip():
                    self._statement(sentence.strip(), line, bullet=False)

    def _statement(
        self,
        raw: str,
        line: int,
        *,
        bullet: bool,
        cell: bool = False,
        stated: StatedPriority | None = None,
    ) -> None:
        """Add the statement ``raw`` (as written) with the kind it has where it stands."""
        raw = _CHECKBOX.sub("", raw).strip()
        text = _clean(raw)
        if not text:
            return
        excluded = _EXCLUSION.search(text)
        if excluded and not cell:
            # "... delivered as a mobile-only application and shall not include a web-based
            # client": the requirement, and what it rules out.
            self._statement(text[: excluded.start()].rstrip(" ,;") + ".", line, bullet=bullet)
            self._add(_exclusion_text(text[excluded.start() :]), line, "non-goal")
            return
        flags = self._flags()
        kind = _form_kind(raw, text, self.pack)
        if kind is None:
            if "toc" in flags:
                kind = "toc"
            elif "non-goal" in flags or is_wont(text, self.pack):
                kind = "non-goal"
            elif "roles" in flags and (bullet or cell):
                kind = "role"
            elif "context" in flags:
                kind = "context"
            elif _MEASURED_QUALITY.match(text) and _TARGET.search(text):
                kind = "context"  # "Performance: 90% less time ...": a target, not a story
            elif any(
                pack.project_words is not None and pack.project_words.search(text)
                for pack in {self.pack, _ENGLISH}
            ):
                kind = "context"  # the project's own work: repositories, frameworks, sign-off
            elif not bullet and not cell and (_is_remark(text) or _INTRODUCES.search(text)):
                kind = "prose"  # a remark to the reader, or "... the following:" before a list
            elif (
                (bullet or cell)
                and _VAGUE_QUALITY.search(text)
                and len(text.split()) <= 10
                and not self._acts(text)
            ):
                kind = "quality"  # "Die Ui sollte intuitiv zu bedienen sein": a goal, not a story
            elif (
                _NOT_SOFTWARE.search(text)
                or (_NOTHING_OF.match(text) and not self._cued(text))
                or _PLATFORM.match(text)
                or _SCALE_LEVEL.match(text)
                or _TECHNICAL_LABEL.match(text)
                or _VALUE_MAPPING.match(text)
                or _ROADMAP_LABEL.match(text)
                or _QUALITY_NAME.match(text)
                or (_QUOTATION.match(text) and not self._is_story_line(text))
            ):
                kind = "context"  # "Android 9.0 и новее", "5 - Excellent", "Storage: SQLite"
            elif self._states_requirement(text, bullet=bullet or cell, flags=flags):
                kind = "background" if "background" in flags else "requirement"
            else:
                kind = "prose"
        stated = stated or line_priority(text, self.pack) or self._section_priority()
        self._add(text, line, kind, bullet=bullet, stated=stated)

    def _is_story_line(self, text: str) -> bool:
        body = text.strip(' "“”«»„')
        return any(
            pack.story_frame is not None and pack.story_frame.match(body)
            for pack in {self.pack, _ENGLISH}
        )

    def _acts(self, text: str) -> bool:
        """Whether the text names something a person does with the product ("allows me to
        add tasks", "позволяет добавлять"), beyond a quality it has."""
        return bool(_ACTION_CUE.search(text))

    def _cued(self, text: str) -> bool:
        """Whether the text says "must", "can", "должен" ... in its language or English."""
        return any(
            pack.requirement_cues is not None and pack.requirement_cues.search(text)
            for pack in {self.pack, _ENGLISH}
        )

    def _states_requirement(self, text: str, *, bullet: bool, flags: frozenset[str]) -> bool:
        if text.rstrip().endswith(("?", "？")):
            return False  # "Why buy a drill you use twice a year?" asks; it requires nothing
        body = _REQUIREMENT_ID.sub("", text, count=1)
        if any(pack.story_frame and pack.story_frame.match(body) for pack in PACKS.values()):
            return True
        if any(
            pack.requirement_cues is not None and pack.requirement_cues.search(body)
            for pack in {self.pack, _ENGLISH}
        ):
            return True
        if not bullet and body == text:
            return False
        return len(body.split()) >= 2 or len(_CJK.findall(body)) >= 4

    def _table(self, rows: list[tuple[int, str]]) -> None:
        cells = [(number, _cells(raw)) for number, raw in rows if not _TABLE_SEPARATOR.match(raw)]
        if not cells:
            return
        if self._card(cells):
            return
        header = [cell.lower() for cell in cells[0][1]]
        stories = [i for i, name in enumerate(header) if _STORY_COLUMN.search(name)]
        wanted = stories[0] if stories else self._column(header, "requirement_columns")
        priority = self._column(header, "priority_columns")
        criteria = next((i for i, name in enumerate(header) if _CRITERIA_COLUMN.search(name)), None)
        for cell in cells[0][1]:
            self._add(cell, cells[0][0], _form_kind(cell, cell, self.pack) or "table")
        for number, row in cells[1:]:
            for index, cell in enumerate(row):
                if not cell:
                    continue
                if index == wanted:
                    stated = None
                    if priority is not None and priority < len(row):
                        stated = line_priority(f"| {row[priority]} |", self.pack)
                    self._statement(cell, number, bullet=True, cell=True, stated=stated)
                    if criteria is not None and criteria < len(row) and row[criteria]:
                        self.document.statements[-1].criteria = _split_criteria(row[criteria])
                elif index == criteria:
                    continue
                else:
                    self._add(cell, number, _form_kind(cell, cell, self.pack) or "table")

    def _card(self, cells: list[tuple[int, list[str]]]) -> bool:
        """A requirement written as a card of label | value rows ("Descripción | ...",
        "Prioridad | Alta", "Entrega | v2"): the description is the requirement, the priority
        and release rows its stated priority, a "technical" type makes it context."""
        rows = [(number, row) for number, row in cells if len(row) >= 2]
        labels = [row[0].lower() for _, row in rows]
        described = [
            i for i, label in enumerate(labels) if self._column([label], "requirement_columns") == 0
        ]
        if len(rows) < 2 or not described or any(len(label.split()) > 4 for label in labels):
            return False
        stated, release, technical = None, None, False
        for number, row in rows:
            label, value = row[0].lower(), row[1]
            self._add(row[0], number, "table")
            if self._column([label], "priority_columns") == 0:
                found = line_priority(f"| {value} |", self.pack)
                phase = _RELEASE_VALUE.match(value)
                if phase:
                    release = StatedPriority(
                        _RELEASE_SLICE.get(int(phase.group(1)), "Later"), f"{row[0]}: {value}"
                    )
                elif found:
                    stated = found
            if _TYPE_LABEL.match(label) and _TECHNICAL.search(value):
                technical = True
        number, row = rows[described[0]]
        if technical:
            self._add(row[1], number, "context")
        else:
            self._statement(row[1], number, bullet=True, cell=True, stated=release or stated)
        for index, (number, row) in enumerate(rows):
            if index != described[0]:
                self._add(row[1], number, _form_kind(row[1], row[1], self.pack) or "table")
        return True

    def _column(self, header: list[str], attribute: str) -> int | None:
        for pack in dict.fromkeys((self.pack, _ENGLISH, *PACKS.values())):
            column_pattern = getattr(pack, attribute)
            for index, name in enumerate(header):
                if column_pattern is not None and column_pattern.fullmatch(_clean(name)):
                    return index
        return None

    def _flags(self) -> frozenset[str]:
        """The flags of the sections around; a table of contents covers only its own lines,
        not the numbered headings that follow it one level down."""
        flags: set[str] = set()
        for depth, section in enumerate(self.sections):
            if _REQUIREMENTS_HEADING.search(section.heading):
                flags.discard("background")  # "Введение > Бизнес-требования > Границы проекта"
            own = section.flags
            if depth < len(self.sections) - 1 and self.sections[depth + 1].level < _LIST_GROUP:
                own = own - {"toc"}
            flags |= own
        return frozenset(flags)

    def _section_priority(self) -> StatedPriority | None:
        for section in reversed(self.sections):
            if section.stated:
                return section.stated
        return None

    def _add(self, text: str, line: int, kind: str, **fields) -> None:
        section = self.sections[-1].heading if self.sections else ""
        if kind == "heading" and len(self.sections) > 0:
            section = self.sections[-2].heading if len(self.sections) > 1 else ""
        self.document.statements.append(Statement(text, line, kind, section, **fields))


def _split_criteria(cell: str) -> list[str]:
    """A criteria cell's criteria: "Items can be moved or removed; UI updates immediately."."""
    parts = re.split(r"\s*(?:;|<br\s*/?>|(?<=[.!])\s+(?=[A-ZА-ЯЁ]))\s*", cell)
    return [part.strip(" .") for part in parts if len(part.split()) >= 2][:5]


def _is_question(statement: Statement) -> bool:
    return statement.text.rstrip().endswith(("?", "？"))


def _is_remark(text: str) -> bool:
    """Whether a sentence of a brief talks to its reader rather than asking for the product:
    "Keep this in mind.", "Show me something so that I can decide.", "Like a greeting text
    maybe.", "I own 3 different restaurants in town."."""
    return bool(_REMARK.match(text)) and not _WISH.search(text)


def _form_kind(raw: str, text: str, pack: LanguagePack) -> str | None:
    """The kind a statement has by its form alone (a route, a schema column), or None.

    ``raw`` is the statement as written, ``text`` without its markup.
    """
    if _ROUTE.search(text):
        return "route"
    if _SCHEMA.search(text):
        return "schema"
    if _TOC_LINE.search(raw):
        return "toc"
    if _VERSION_ONLY.match(text):
        return "metadata"
    match = _METADATA.match(text)
    if match:
        key = match.group("key").strip().lower()
        if key in pack.metadata_keys or key in _ENGLISH.metadata_keys or key in {
            "last updated", "last modified", "date created", "document version",
        }:  # fmt: skip
            return "metadata"
        if key.split()[0] in _DATE_WORDS and re.search(r"\d", text[match.end() - 1 :]):
            return "metadata"  # "Date limite : 21/09/23", "Fecha de entrega: 3 de mayo"
    if _CODE_LINE.search(text) and not re.search(
        r"[a-zа-я]{3,}\s+[a-zа-я]{3,}\s+[a-zа-я]{3,}", text
    ):
        return "code"
    return None


def form_kind(text: str, language: str | None = None) -> str | None:
    """The kind of non-requirement line ``text`` is by its form (a route, a schema), or None."""
    return _form_kind(text, _clean(text), pack_for(language))


def _looks_like_title(text: str, pack: LanguagePack) -> bool:
    """Whether a numbered line ("3.2 Functional requirements") is a heading, not an item."""
    words = text.split()
    return (
        len(words) <= 8
        and not text.rstrip().endswith((".", "!", "?", ";"))
        and not (pack.requirement_cues and pack.requirement_cues.search(text))
        and not _ENGLISH.requirement_cues.search(text)
    )


def _names(heading_pattern: re.Pattern[str], heading: str, *, strict: bool = False) -> bool:
    """Whether the heading is the pattern's name, give or take numbering and a few words.

    ``strict``: the words after the name must not make it another thing's name.
    """
    text = re.sub(r"^[\W\d_]+", "", heading).strip(" :")
    if heading_pattern.fullmatch(text):
        return True
    match = heading_pattern.match(text) if len(text.split()) <= 5 else None
    if not match or not strict:
        return bool(match)
    rest = text[match.end() :]
    if rest[:1].isalpha():  # a compound ("Abgrenzungskriterien"), not "Personality Lab"
        return len(text.split()) == 1
    # "Personas and goals", "Roles (who)", "Не входит в рамки проекта" name the section;
    # "Persona Picker" does not.
    return " " in match.group().strip() or bool(_NAME_GOES_ON.match(rest))


#: What may follow a section's name in its heading: nothing, brackets, or "and ...".
_NAME_GOES_ON = re.compile(r"^\s*(?:$|[(\[,:;&/–—-]|(?:and|or|und|oder|y|o|e|ou|et|и|или)\b)", re.I)


def _cells(row: str) -> list[str]:
    return [_clean(cell) for cell in row.strip().strip("|").split("|")]


def _clean(text: str) -> str:
    """Text without markdown emphasis, links, addresses, tags, entities and extra spaces."""
    text = html.unescape(_TAG.sub(" ", _URL.sub(" ", _LINK.sub(r"\1", text))))
    for _ in range(2):
        text = _EMPHASIS.sub(r"\2", text)
    return " ".join(text.replace("\\", "").split())
