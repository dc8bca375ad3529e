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

from generation.reading.document import Document, Statement
from generation.reading.patterns import NOT_REQUIREMENTS, form_kind
from generation.reading.reader import read_document

__all__ = ["Document", "Statement", "form_kind", "read_document", "NOT_REQUIREMENTS"]
