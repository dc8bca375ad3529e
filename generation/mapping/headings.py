"""Headings: what a heading means for the requirements under it.

A heading's text goes in; out comes its meaning (``heading_meaning``: skip for "Out of scope",
context for "Background", neutral for "Requirements", priority for "Must have", role for
"For couriers", else content, which later names an activity), the role it names
(``heading_role``), and for a title heading the product's name without the document's words
(``title_without_doc_words``: "PetPal PRD" -> "PetPal").
"""

from __future__ import annotations

import re

from generation.mapping.priorities import heading_priority
from generation.mapping.roles import role_from_words
from generation.mapping.text import heading_key, norm
from generation.mapping.vocabulary import KIND_OF

# Sections whose items are explicitly not requirements.
_EXCLUDED_HEADINGS = {
    "non-goals", "non goals", "out of scope", "not in scope", "open questions", "questions",
    "glossary", "references", "appendix", "timeline", "milestones", "stakeholders", "team",
    "contacts", "changelog", "revision history", "personas", "persona", "user personas",
    "release plan", "roadmap", "rollout plan", "launch plan", "risks", "assumptions",
    "dependencies",
}  # fmt: skip
# Sections that explain; only an explicit "must" / "shall" sentence there is a requirement.
_CONTEXT_HEADINGS = {
    "background", "context", "problem", "problem statement", "goals", "objectives",
    "success metrics", "metrics", "kpis", "motivation", "why",
}  # fmt: skip
_NEUTRAL_HEADINGS = {
    "features", "key features", "core features", "main features", "requirements",
    "functional requirements", "non-functional requirements", "nonfunctional requirements",
    "non functional requirements", "technical requirements", "user stories", "stories",
    "scope", "in scope", "overview", "introduction", "summary", "description", "vision",
    "product requirements", "product requirements document", "prd", "specification", "spec",
    "details", "notes", "other", "misc", "miscellaneous", "general", "constraints", "quality",
    "nfrs", "nfr", "product", "product overview", "feature list", "capabilities",
}  # fmt: skip
_ROLE_HEADING_FILLER = {
    "for", "the", "app", "application", "side", "features", "feature", "experience", "portal",
    "requirements", "stories", "view", "interface", "ui", "mobile", "web", "flow", "flows",
    "journey", "needs", "user", "users", "role", "persona",
}  # fmt: skip


def heading_role(text: str) -> str | None:
    """Return the role a heading like "For couriers" or "Restaurant staff" is about."""
    words = [w for w in heading_key(text).split() if norm(w) not in _ROLE_HEADING_FILLER]
    if not words:
        return "user" if re.search(r"\busers?\b", text.lower()) else None
    if any(KIND_OF.get(norm(w)) in {"ing", "base", "3sg"} for w in words):
        return None  # "Finding a walker" is a step, not a role
    return role_from_words(words)


def heading_meaning(text: str) -> str:
    """Classify a heading: skip, neutral, priority, role or content."""
    key = heading_key(text)
    excluded_start = ("out of scope", "non-goals", "open question", "won't", "wont", "will not")
    if key in _EXCLUDED_HEADINGS or key.startswith(excluded_start):
        return "skip"  # MoSCoW's "Won't have (this time)" is out of scope too
    if key in _CONTEXT_HEADINGS:
        return "context"
    if key in _NEUTRAL_HEADINGS or key.endswith(" requirements") and len(key.split()) <= 3:
        return "neutral"
    if heading_priority(text):
        return "priority"
    if heading_role(text):
        return "role"
    return "content"


def is_generic_title(text: str) -> bool:
    """True for headings that name the document, not the product ("Requirements")."""
    return heading_meaning(text) in {"skip", "context", "neutral", "priority"}


def title_without_doc_words(title: str) -> str:
    """Remove "PRD", "Requirements for" and similar document words from a title heading."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|:]\s+|:\s+", title) if p.strip()]
    useful = [p for p in parts if heading_meaning(p) not in {"neutral", "skip"}]
    title = useful[0] if useful else title
    title = re.sub(
        r"(?i)^(?:prd|spec|specification|product requirements|requirements|brief)"
        r"(?:\s+(?:for|of))?\s*[:\-–—]?\s+",
        "",
        title,
    )
    title = re.sub(r"(?i)\s+(?:prd|spec|requirements|product requirements)$", "", title)
    return title.strip() or title
