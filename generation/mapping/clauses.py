"""Clauses: who wants what, found around modal verbs and present-tense actions.

A sentence's tokens go in; out come its requirement ``Clause``s (``find_clauses``), each the
subject before a trigger ("Customers can", "The app must", "Couriers deliver") and the words
after it, with whether the subject names an actor, the system, a pronoun or a thing
(``classify_subject``) and whether the clause forbids ("cannot"), plus a leading condition
("When an order is ready, ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from generation.mapping.roles import is_actor_noun, role_from_words
from generation.mapping.text import norm, singular_of, strip_end
from generation.mapping.vocabulary import (
    ALLOW,
    CLAUSE_OPENERS,
    DETERMINERS,
    FUNCTION_WORDS,
    KIND_OF,
    MODALS,
    NEG_MODALS,
    PRONOUNS,
    SUBORDINATORS,
    SYSTEM_WORDS,
    TO_VERBS,
)


@dataclass
class Clause:
    """One requirement inside a sentence: its subject and what comes after the modal."""

    subject: list[str]
    subject_kind: str  # actor | system | thing | pronoun | none
    predicate: list[str]
    negative: bool = False


def _trigger_at(low: list[str], i: int) -> tuple[int, bool] | None:
    """If a modal-like trigger starts at token i, return (index after it, negative)."""
    word = low[i]
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if word in NEG_MODALS:
        return i + 1, True
    if word in MODALS:
        if word == "would" and low[i + 1 : i + 3] != ["like", "to"]:
            return None
        if word == "may" and i == 0:
            return None  # "May 2025 launch"
        if nxt == "not":
            return i + 2, True
        return (i + 3 if word == "would" else i + 1), False
    if word in TO_VERBS and nxt == "to":
        return i + 2, False
    if word in {"is", "are"} and low[i + 1 : i + 3] == ["able", "to"]:
        return i + 3, False
    return None


def _subject_before(tokens: list[str], low: list[str], i: int) -> tuple[int, str | None]:
    """Look back from token i for a subject noun phrase; return its start and what precedes it."""
    start = i
    while start > 0 and i - start < 4:
        word = low[start - 1]
        if not word or word in FUNCTION_WORDS or word in NEG_MODALS or word in ALLOW:
            break
        if start < i and tokens[start - 1].rstrip()[-1:] in ",;:)":
            break  # a comma ends the previous phrase
        start -= 1
    if start == 0:
        return start, None
    return start, low[start - 1] if not tokens[start - 1].endswith((",", ";", ":")) else ","


def classify_subject(words: list[str]) -> tuple[str, str | None]:
    """Say whether a subject names an actor, the system, a pronoun or a thing."""
    content: list[str] = []
    for word in words:  # the core noun phrase: "customers" in "Customers in the EU"
        low = norm(word)
        if content and low in FUNCTION_WORDS:
            break
        if low not in DETERMINERS or low in {"this", "it"}:
            content.append(word)
    if not content:
        return "none", None
    head = norm(content[-1])
    if head in PRONOUNS:
        return "pronoun", None
    if head in SYSTEM_WORDS or head == "we":
        return "system", None
    role = role_from_words(content)
    if role:
        return "actor", role
    return "thing", None


def _unknown_verb_after_actor(tokens: list[str], low: list[str], i: int) -> bool:
    """Guess that an unknown word right after a plural actor is a verb ("students swap")."""
    if i == 0 or i + 1 >= len(low) or low[i] in KIND_OF:
        return False
    word, previous = low[i], low[i - 1]
    if not (word.isalpha() and tokens[i][:1].islower() and len(word) > 2):
        return False
    if word in FUNCTION_WORDS or word in DETERMINERS or word.endswith(("ly", "ing", "ed")):
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return False  # "drivers licenses": a plural noun, not a verb
    plural_actor = previous.endswith("s") and is_actor_noun(singular_of(previous))
    return plural_actor or previous in {"staff", "people", "everyone"}


def find_clauses(
    tokens: list[str], low: list[str], present_ok: bool = True
) -> tuple[list[Clause], str]:
    """Split a sentence into requirement clauses; also return a leading condition, if any."""
    # Each start: (where the clause before it ends, subject words, predicate start, negative).
    starts: list[tuple[int, list[str], int, bool]] = []
    i = 0
    while i < len(low):
        # After "an app where ..." the sentence summarises the product: its clauses count.
        summary = present_ok or "where" in low[:i]
        found = _clause_at(tokens, low, i, not starts, summary)
        if found:
            starts.append(found)
        trigger = _trigger_at(low, i)
        i = trigger[0] if trigger else i + 1
    clauses = []
    for n, (_, subject, pred_start, negative) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(tokens)
        predicate = _trim_connectors(tokens[pred_start:end])
        if predicate:
            clauses.append(Clause(subject, classify_subject(subject)[0], predicate, negative))
    condition = _condition_from(tokens[: starts[0][0]]) if starts else ""
    return clauses, condition


def _clause_at(
    tokens: list[str], low: list[str], i: int, first: bool, present_ok: bool
) -> tuple[int, list[str], int, bool] | None:
    """Return the clause that token i opens (a modal or a present-tense verb), if it opens one."""
    trigger = _trigger_at(low, i)
    if trigger and tokens[i][:1] in "\"'“‘«":
        trigger = None  # a quoted "must" is talked about, not meant
    present = trigger is None and (
        KIND_OF.get(low[i]) in {"base", "3sg"} or _unknown_verb_after_actor(tokens, low, i)
    )
    if trigger is None and not present:
        return None
    start, before = _subject_before(tokens, low, i)
    if start == i and before in {"who", "that", "which"} and i >= 2:
        # "..., the nearest courier, who can accept it" is the courier's clause; "an app that
        # lets owners book" is the app's.
        antecedent, _ = _subject_before(tokens, low, i - 1)
        subject = tokens[antecedent : i - 1]
        kind = classify_subject(subject)[0]
        if (kind == "actor" and before == "who") or (kind == "system" and low[i] in ALLOW):
            end, negative = trigger or (i, False)
            return i - 1, subject, end, negative
        return None
    if first and before not in {None, ","} and before not in CLAUSE_OPENERS:
        start, before = _whole_opening_subject(tokens, low, start, i)
    opens = before is None or before in CLAUSE_OPENERS or before == ","
    subject = tokens[start:i]
    kind, _ = classify_subject(subject)
    if present:
        # A bare present-tense verb only counts after an actor or the system ("couriers
        # deliver", "the app sends"), never inside a phrase ("see which couriers deliver");
        # "Pitchside lets players book" names the product, so it counts too.
        # In a text that states its requirements with modals, "Learners get a poor experience"
        # describes today, so a present-tense actor counts only in a "where" product summary.
        allowed = (
            kind == "system"
            or (kind in {"actor", "pronoun"} and present_ok)
            or (kind == "thing" and low[i] in ALLOW)
        )
        return (start, subject, i, False) if allowed and opens and start < i else None
    end, negative = trigger
    if not opens or (start == i and not first):
        return None  # "... so that they can ...", "... which will be shown": not a new clause
    if start == i and i > 0:
        return None  # only a list item may drop its subject ("Must support Apple Pay")
    return start, subject, end, negative


def _whole_opening_subject(
    tokens: list[str], low: list[str], start: int, i: int
) -> tuple[int, str | None]:
    """Widen "25 MB" to "Attachments up to 25 MB" when the sentence opens with the subject."""
    opening = low[:i]
    simple = (
        i <= 10
        and not any(t.endswith((",", ";", ":")) for t in tokens[:start])
        and not any(w in CLAUSE_OPENERS | SUBORDINATORS for w in opening)
        and not any(w in {"what", "which", "who", "that", "how", "whether"} for w in opening)
        and not any(KIND_OF.get(w) in {"3sg", "ing"} for w in opening)
    )
    return (0, None) if simple else (start, low[start - 1] if start else None)


def _trim_connectors(tokens: list[str]) -> list[str]:
    """Drop connector words ("and", "while", ...) left dangling at the end of a clause."""
    tokens = list(tokens)
    while tokens and norm(tokens[-1]) in CLAUSE_OPENERS | {"", "so", "that", "where"}:
        tokens.pop()
    if tokens:
        tokens[-1] = tokens[-1].rstrip(",;:")
    return [t for t in tokens if t]


def _condition_from(prefix: list[str]) -> str:
    """Return "an order is ready" from a leading "When an order is ready," (else "")."""
    if not prefix or norm(prefix[0]) not in SUBORDINATORS | {"whenever", "once"}:
        return ""
    words = prefix[1:]
    if words and norm(words[0]) == "soon" and len(words) > 1:
        words = words[2:]  # "as soon as"
    text = strip_end(" ".join(words))
    return text if 0 < len(text.split()) <= 14 else ""
