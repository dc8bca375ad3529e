"""Which language a text is in, and the words two texts share in any inflection.

Language identification is py3langid's (97 languages, a 4 MB model loaded on first use);
Chinese, Japanese and Korean are told apart by their scripts first, which is exact.
Words are compared by key: the lower-cased word without the language's function words,
reduced by its pack's stemmer (Snowball, or pymorphy3's dictionary forms for Russian),
so "cancel a booking" and "bookings cancelled" share "cancel" and "book". Chinese and
Japanese have no spaces between words (and Korean glues particles to its words), so their
text is compared by overlapping pairs of characters instead.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from generation.languages import PACKS, LanguagePack, pack_for

__all__ = [
    "warm_up",
    "detect_language",
    "in_language",
    "content_keys",
    "script_of",
    "words_of",
]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_MARKUP = re.compile(r"```.*?```|`[^`]*`|<[^>]{1,200}>|https?://\S+|\[([^\]]*)\]\([^)]*\)", re.S)
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
#: What a text must hold before its language is worth telling.
_MIN_LETTERS = 12
#: Fewer words than this are too few for the identifier: "Raid Duration" and "Persona packs"
#: read as anything; their script is still checked.
_MIN_WORDS = 4


@cache
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def warm_up() -> None:
    """Load the language identifier now, so that no request waits for it."""
    _identifier()


def script_of(text: str) -> str | None:
    """The script most of the letters in ``text`` are written in.

    One of "latin", "cyrillic", "greek", "hangul", "kana" (Japanese: any kana among Han
    characters), "han", or None when ``text`` has no letters of these scripts.
    """
    counts = {script: len(pattern.findall(text)) for script, pattern in _SCRIPTS.items()}
    if counts["kana"] and counts["kana"] + counts["han"] >= max(counts.values()):
        return "kana"
    script = max(counts, key=counts.__getitem__)
    return script if counts[script] else None


_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "cyrillic": re.compile(r"[\u0400-\u052f]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "han": re.compile(r"[\u3400-\u9fff]"),
}


@cache
def _char_script(char: str) -> str:
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    if 0x400 <= code <= 0x52F:
        return "cyrillic"
    if 0x370 <= code <= 0x3FF:
        return "greek"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
        return "hangul"
    if 0x3040 <= code <= 0x30FF:
        return "kana"
    if 0x3400 <= code <= 0x9FFF:
        return "han"
    name = unicodedata.name(char, "")
    return "latin" if name.startswith("LATIN") else "other"


_SCRIPT_LANGUAGE = {"hangul": "ko", "kana": "ja", "han": "zh"}
_LANGUAGE_SCRIPT = {
    "ru": "cyrillic",
    "uk": "cyrillic",
    "be": "cyrillic",
    "bg": "cyrillic",
    "sr": "cyrillic",
    "mk": "cyrillic",
    "kk": "cyrillic",
    "el": "greek",
    "ko": "hangul",
    "ja": "kana",
    "zh": "han",
}


def plain_text(text: str) -> str:
    """``text`` without code, tags, addresses and link targets, for telling its language."""
    return _MARKUP.sub(lambda match: match.group(1) or " ", text)


def detect_language(text: str) -> tuple[str | None, float]:
    """The ISO 639-1 code of the language ``text`` is written in, and how sure that is (0-1).

    ``(None, 0.0)`` when the text has too few letters to tell, or is in no language at all
    (keyboard mashing, which py3langid calls "zxx").
    """
    sample = plain_text(text[:20_000])
    letters = sum(char.isalpha() for char in sample)
    if letters < _MIN_LETTERS:
        return None, 0.0
    script = script_of(sample)
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script], 1.0
    code, probability = _identifier().classify(sample)
    if code == "zxx":
        return None, 0.0
    return code, float(probability)


def in_language(text: str, code: str | None, *, trust_script: bool = False) -> bool | None:
    """Whether ``text`` reads as language ``code``; None when it is too short to tell.

    A text in another script is not. Within one script the identifier decides, giving the
    benefit of the doubt when ``code`` is nearly as likely as its best guess (a title of
    three words is often as Spanish as it is Portuguese). ``trust_script``: the caller
    knows the language already (a story line framed in it), so only the scripts are checked.
    """
    if code is None:
        return None
    sample = plain_text(text)
    script = script_of(sample)
    if script is None:
        return None
    expected = _LANGUAGE_SCRIPT.get(code, "latin")
    if script != expected and not (expected == "kana" and script == "han"):
        return False
    if _foreign_words(sample, expected) >= 4:
        return False  # a sentence of this language inside a frame of another
    if script in _SCRIPT_LANGUAGE or trust_script:
        return True
    if len(_WORD.findall(sample)) < _MIN_WORDS or sum(c.isalpha() for c in sample) < _MIN_LETTERS:
        return None
    ranked = dict(_identifier().rank(sample)[:10])
    return ranked.get(code, 0.0) >= 0.3 * max(ranked.values())


def _foreign_words(text: str, expected: str) -> int:
    """How many words of ``text`` are in another script than ``expected``, acronyms aside.

    A Russian story may say "SMS", "iPhone" or "экран Main Screen"; "As a user, I want ..."
    around a Russian sentence is four distinct lowercase English words and more, and a fifth
    of the words.
    """
    others = [
        pattern
        for script, pattern in _SCRIPTS.items()
        if script != expected and not (expected == "kana" and script == "han")
    ]
    if not any(pattern.search(text) for pattern in others):
        return 0
    words = _WORD.findall(text)
    foreign = set()
    for word in words:
        if not word.islower() or any(char.isdigit() for char in word) or len(word) < 2:
            continue  # names ("Main Screen", "iPhone" aside), acronyms and numbers
        script = _char_script(word[0])
        if script != expected and not (expected == "kana" and script == "han"):
            foreign.add(word)
    # A frame of another language is a fifth of the words or more; a few terms are not.
    return len(foreign) if len(foreign) >= 0.2 * len(words) else min(len(foreign), 3)


def words_of(text: str) -> list[str]:
    """The words of ``text`` as written (letters and digits, with inner apostrophes)."""
    return _WORD.findall(text)


def content_keys(text: str, pack: LanguagePack | str | None) -> set[str]:
    """The keys of the content words of ``text``: no function words, any inflection.

    ``pack`` is the language's pack or its code. Digits count as content ("12 hours").
    """
    if not isinstance(pack, LanguagePack):
        pack = pack_for(pack)
    keys: set[str] = set()
    lowered = text.lower()
    for run in _CJK_RUN.findall(lowered):
        keys.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    for word in _WORD.findall(_CJK_RUN.sub(" ", lowered)):
        key = word_key(word, pack)
        if key:
            keys.add(key)
    return keys


@lru_cache(maxsize=200_000)
def word_key(word: str, pack: LanguagePack) -> str | None:
    """The key of one lower-cased word, or None for a function word or a lone letter."""
    if word in pack.stopwords or (len(word) < 2 and not word.isdigit()):
        return None
    return pack.stem(word) if pack.stopwords else word[:6]


#: English names of languages without a pack (PACKS names the others), for prompts and notes.
_LANGUAGE_NAMES = {
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "uk": "Ukrainian",
    "cs": "Czech",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "nb": "Norwegian",
    "fi": "Finnish",
    "tr": "Turkish",
    "el": "Greek",
    "ja": "Japanese",
    "zh": "Chinese",
    "ko": "Korean",
    "ar": "Arabic",
    "he": "Hebrew",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "ro": "Romanian",
    "hu": "Hungarian",
    "bg": "Bulgarian",
    "ca": "Catalan",
}


def language_name(code: str | None) -> str | None:
    """The English name of language ``code`` ("Russian"); the code itself if unknown."""
    if code is None:
        return None
    return PACKS[code].name if code in PACKS else _LANGUAGE_NAMES.get(code, code)
