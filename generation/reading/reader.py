"""The reader: cuts a document into statements and tells the kind of each, section by section."""

from __future__ import annotations

from dataclasses import dataclass

from generation.language import detect_language, words_of
from generation.languages import PACKS, pack_for
from generation.priorities import StatedPriority, heading_priority, is_wont, line_priority
from generation.reading.document import Document, Statement
from generation.reading.patterns import (
    _ACTION_CUE,
    _ATX,
    _BOLD_LINE,
    _BULLET,
    _CHECKBOX,
    _CJK,
    _ENGLISH,
    _EXCLUSION,
    _FENCE,
    _FEW,
    _INTRODUCES,
    _LABEL,
    _MEASURED_QUALITY,
    _NEED,
    _NOT_SOFTWARE,
    _NOTHING_OF,
    _NUMBERED_HEADING,
    _PLATFORM,
    _QUALITY_NAME,
    _QUOTATION,
    _QUOTED_BRIEF,
    _REQUIREMENT_ID,
    _REQUIREMENTS_HEADING,
    _ROADMAP_LABEL,
    _RULE,
    _SCALE_LEVEL,
    _SCOPE_HEADING,
    _SECTION_NUMBER,
    _SENTENCE_END,
    _SETEXT,
    _SUMMARY,
    _TABLE_ROW,
    _TARGET,
    _TECH_CHOICE,
    _TECHNICAL_LABEL,
    _VAGUE_QUALITY,
    _VALUE_MAPPING,
    _clean,
    _exclusion_text,
    _form_kind,
    _is_remark,
    _looks_like_title,
    _names,
)
from generation.reading.tables import TableReading

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


class _Reader(TableReading):
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
                or (_TECH_CHOICE.match(text) and not self._cued(text))
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


def _is_question(statement: Statement) -> bool:
    return statement.text.rstrip().endswith(("?", "？"))
