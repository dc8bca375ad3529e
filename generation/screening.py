"""Telling requirements from text that states none (random letters, names, lorem ipsum).

A map is only worth making from text that says what a product must do. Text with no
requirement in it fails its job with a message that says why, and the user keeps the text.
"""

from __future__ import annotations

import re

from generation.language import words_of
from generation.languages import PACKS
from generation.reading import Document, read_document

__all__ = ["why_no_requirements"]

_PLACEHOLDER = re.compile(r"\blorem\s+ipsum\b", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: Below this, the language identifier is guessing: the words belong to no language it knows.
_MIN_CONFIDENCE = 0.3
_ADVICE = (
    ' Describe what the product must do and for whom, for example "Customers can order '
    'from nearby restaurants and track the courier."'
)


def why_no_requirements(text: str | Document) -> str | None:
    """Why ``text`` states no requirement a map could be made of, or None when it does."""
    document = text if isinstance(text, Document) else read_document(text)
    if _PLACEHOLDER.search(document.text):
        return "The text is placeholder text (lorem ipsum), not requirements." + _ADVICE
    confidence = document.confidence
    if any(_reads_as_language(s.text, document, confidence) for s in document.requirements):
        return None
    words = words_of(document.text)
    if words and all(word[:1].isupper() or word.isdigit() for word in words):
        return "The text is a list of names, not requirements." + _ADVICE
    return "No requirements found: the text does not say what a product must do." + _ADVICE


def _reads_as_language(sentence: str, document: Document, confidence: float) -> bool:
    """Whether ``sentence`` is language rather than letters: function words, or known words."""
    if len(_CJK.findall(sentence)) >= 4:
        return True
    lowered = [word.lower() for word in words_of(sentence)]
    packs = {document.pack, PACKS["en"]}
    if any(word in pack.stopwords for word in lowered for pack in packs):
        return True
    if any(
        pack.requirement_cues is not None and pack.requirement_cues.search(sentence)
        for pack in packs
    ):
        return True
    common = [word for word in words_of(sentence) if word.islower() and len(word) >= 4]
    return len(lowered) >= 2 and bool(common) and confidence >= _MIN_CONFIDENCE
