"""Reading tables: a requirements table's requirement, priority and criteria columns, and
requirement cards (a two-column table of field and value per requirement)."""

from __future__ import annotations

import re

from generation.languages import PACKS
from generation.priorities import StatedPriority, line_priority
from generation.reading.patterns import (
    _CRITERIA_COLUMN,
    _ENGLISH,
    _RELEASE_SLICE,
    _RELEASE_VALUE,
    _STORY_COLUMN,
    _TABLE_SEPARATOR,
    _TECHNICAL,
    _TYPE_LABEL,
    _cells,
    _clean,
    _form_kind,
)


class TableReading:
    """The reader's tables; mixed into the reader, whose ``_statement`` and ``pack`` it uses."""

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


def _split_criteria(cell: str) -> list[str]:
    """A criteria cell's criteria: "Items can be moved or removed; UI updates immediately."."""
    parts = re.split(r"\s*(?:;|<br\s*/?>|(?<=[.!])\s+(?=[A-ZА-ЯЁ]))\s*", cell)
    return [part.strip(" .") for part in parts if len(part.split()) >= 2][:5]
