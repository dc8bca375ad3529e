"""Goals and benefits: what a clause's role wants, and why.

A clause and the statement it came from go in; out come its ``Goal``s (``goals_from_clause``),
one per coordinated verb phrase, each with who wants it (the clause's actor, a role named
after "allow", the person a system action serves, or the heading's role), its verb and the
words after it, or a feature's name or a rule's wording. ``split_benefit`` cuts the text's own
reason ("so that ...", "to ...", "because ...") off a goal, and ``benefit_text`` writes what
follows "so that" from that reason, in the first person, or from the category's default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generation.mapping.clauses import Clause, classify_subject
from generation.mapping.phrases import (
    able_base,
    before_relative_clause,
    split_coordinated,
    starts_verb_phrase,
    strip_lead,
    verb_and_rest,
)
from generation.mapping.roles import role_from_words
from generation.mapping.statements import Statement
from generation.mapping.text import capitalise, decapitalise, norm, squash, strip_end
from generation.mapping.vocabulary import (
    ALLOW,
    BASE_OF,
    DETERMINERS,
    FUNCTION_WORDS,
    KIND_OF,
    NOUN_VERBS,
    OBJECT_CONTROL,
    PRONOUNS,
    past_participle,
)


@dataclass
class Goal:
    """One thing a role wants, before it is written up as a story."""

    kind: str  # action | system | feature | rule | verbatim
    role: str | None
    verb: str = ""
    rest: list[str] = field(default_factory=list)
    subject: str = ""  # "the app" for system goals
    goal_text: str = ""  # what follows "I want"
    purpose: str = ""  # from a leading "To reduce no-shows, ..."
    passive: bool = False
    condition: str = ""


def goals_from_clause(clause: Clause, statement: Statement, recent_role: str | None) -> list[Goal]:
    """Turn one clause into goals, resolving who wants them."""
    subject_text = squash(" ".join(clause.subject))
    kind = clause.subject_kind
    role = statement.heading_role
    if kind == "actor":
        role = classify_subject(clause.subject)[1]
    elif kind == "pronoun":
        pronoun = norm(clause.subject[-1]) if clause.subject else ""
        role = (recent_role if pronoun in {"they", "he", "she"} else None) or role
        kind = "actor"
    if kind == "feature":
        return [_feature_goal(part, role) for part in _split_feature_list(clause.predicate)]
    if clause.negative:
        return [_rule_goal(clause, role)]
    if kind in {"system", "thing"}:
        subject = _system_subject(subject_text, kind)
        goals = _goals_from_predicate(clause.predicate, role, "system", subject)
        for goal in goals:
            if goal.kind == "system" and not statement.heading_role:
                _address_recipient(goal)
        return goals
    return _goals_from_predicate(clause.predicate, role, "action", "")


# Verbs whose direct object is the person served ("notify customers", "send couriers jobs").
_ADDRESS_VERBS = {
    "notify", "alert", "remind", "email", "message", "show", "tell", "send", "give", "help",
    "match", "invite", "contact", "call", "warn", "inform", "ask", "prompt", "offer",
    "recommend", "suggest", "pay", "charge", "refund", "reward", "assign", "let", "allow",
}  # fmt: skip


def _address_recipient(goal: Goal) -> None:
    """Let the person a system goal serves want it: "alert the dispatcher" -> "alert me"."""
    rest = goal.rest
    for k, token in enumerate(rest):
        word = norm(token)
        if word in FUNCTION_WORDS or word in DETERMINERS or "'" in token.rstrip(",.;:"):
            continue  # possessives ("couriers' ratings") name whose thing, not who is served
        if not role_from_words([token]):
            continue
        head = k  # "restaurant staff": both words name people, the last is the head
        while head + 1 < len(rest) and role_from_words([rest[head + 1]]):
            head += 1
        role = role_from_words(rest[k : head + 1])
        token = rest[head]
        start = k
        while start > 0 and k - start < 3 and norm(rest[start - 1]) not in FUNCTION_WORDS:
            start -= 1  # walk back over "nearest available"
        before = norm(rest[start - 1]) if start > 0 else ""
        if before in {"to", "for", "with"} or (start == 0 and goal.verb in _ADDRESS_VERBS):
            trailing = token[len(token.rstrip(",.;:")) :]
            goal.rest = [*rest[:start], "me" + trailing, *rest[head + 1 :]]
            goal.role = role
        return


def _system_subject(subject_text: str, kind: str) -> str:
    """Write the subject of a system goal: "the app", "the menu", "payments"."""
    words = subject_text.split()
    low = [norm(w) for w in words]
    if not words or low[-1] in {"we", "it", "this"}:
        return "the app"
    if kind == "system":
        kept = [w for w, lw in zip(words, low, strict=True) if lw not in DETERMINERS]
        return "the " + " ".join(decapitalise(w) if n == 0 else w for n, w in enumerate(kept))
    return decapitalise(strip_end(subject_text))


def _feature_goal(words: list[str], role: str | None) -> Goal:
    """A bullet that names a feature ("Real-time order tracking"): the user wants the feature."""
    tokens = strip_lead(words)
    low = [norm(t) for t in tokens]
    if tokens and starts_verb_phrase(low, 0):
        verb, rest = verb_and_rest(tokens)
        return Goal("action", role, verb, rest)
    text = strip_end(" ".join(tokens or words))
    return Goal("feature", role, goal_text=decapitalise(text), rest=tokens)


def _split_feature_list(tokens: list[str]) -> list[list[str]]:
    """Split "dark mode, offline maps and push notifications" into one feature each."""
    text = " ".join(tokens)
    parts = [p.split() for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", text)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(p) > 4 for p in parts):
        return [tokens]  # not a short list of names: keep the bullet whole
    if any(starts_verb_phrase([norm(w) for w in p], 0) for p in parts[1:]):
        return [tokens]  # verb phrases are split elsewhere
    return parts


def _rule_goal(clause: Clause, role: str | None) -> Goal:
    """A prohibition ("Guests cannot place orders") is wanted as a rule the product enforces."""
    subject = " ".join(clause.subject)
    predicate = " ".join(strip_lead(clause.predicate))
    rule = strip_end(f"{subject} cannot {predicate}" if subject else f"never {predicate}")
    goal = Goal("rule", role, goal_text=f'the rule "{decapitalise(rule)}" to be enforced')
    goal.rest = strip_lead(clause.predicate)
    goal.verb = ""
    goal.subject = capitalise(rule)
    return goal


def _goals_from_predicate(
    predicate: list[str], role: str | None, kind: str, subject: str
) -> list[Goal]:
    """Turn the words after the modal into one goal per coordinated verb phrase."""
    tokens = strip_lead(before_relative_clause(predicate))
    if not tokens:
        return []
    low = [norm(t) for t in tokens]
    # "allow couriers to accept orders": the allowed actor is the one who wants it.
    if low[0] in ALLOW:
        for width in (3, 2, 1):  # the longest actor phrase followed by "to" or a verb
            after = 1 + width
            named = role_from_words(tokens[1:after]) if after < len(tokens) else None
            if named and (low[after] == "to" or KIND_OF.get(low[after]) == "base"):
                after += low[after] == "to"
                return _goals_from_predicate(tokens[after:], named, "action", "")
    if low[0] == "be" and len(low) > 1 and able_base(low[1]):
        # "Courses must be filterable by level" reads as "filter courses by level".
        tokens = [tokens[0], past_participle(able_base(low[1])), *tokens[2:]]
        low[1] = norm(tokens[1])
    if low[0] == "be" and len(low) > 1 and KIND_OF.get(low[1]) == "pp":
        return [_passive_goal(tokens, role, kind, subject)]
    goals = []
    for part in split_coordinated(tokens):
        verb, rest = verb_and_rest(part)
        goals.append(Goal(kind=kind, role=role, verb=verb, rest=rest, subject=subject))
    return goals


def _passive_goal(tokens: list[str], role: str | None, kind: str, subject: str) -> Goal:
    """Handle "be notified ..." (actor subject) and "be processed securely" (thing subject)."""
    participle = norm(tokens[1])
    base = BASE_OF.get(participle, participle)
    rest = tokens[2:]
    low = [norm(t) for t in rest]
    if "by" in low:  # "Orders can be cancelled by customers": the agent wants it
        at = low.index("by")
        agent = role_from_words(rest[at + 1 : at + 4]) if at + 1 < len(rest) else None
        if agent:
            tail = rest[at + 4 :] if at + 4 <= len(rest) else []
            object_words = subject.split() if kind == "system" else []
            return Goal("action", agent, base, [*object_words, *rest[:at], *tail])
    if kind == "action":
        return Goal("action", role, base, rest, passive=True)
    return Goal("system", role, base, rest, subject=subject, passive=True)


# What follows "so that" when the text gives no reason, by story category.
DEFAULT_BENEFITS = {
    "signup": "I can start using the product straight away",
    "login": "I can pick up where I left off and my data stays private",
    "account": "my details stay correct and secure",
    "search": "I can find what I need quickly",
    "view": "I have the information I need to decide what to do",
    "save": "I can come back to it later without searching again",
    "create": "I get what I came for in as few steps as possible",
    "cancel": "I stay in control when my plans change",
    "pay": "I can complete my purchase quickly and securely",
    "fulfil": "work moves forward without delays",
    "track": "I know what is happening without having to ask",
    "notify": "I learn about important changes right away",
    "communicate": "I can sort out problems directly with the right person",
    "manage": "the information stays accurate and up to date",
    "review": "my experience helps others and improves the service",
    "report": "I can make decisions based on real data",
    "quality": "I can rely on it whenever I need it",
    "security": "my data stays safe",
    "rule": "I can trust the product to behave as agreed",
    "generic": "I can get this done without extra effort",
}


def split_benefit(tokens: list[str], verb: str) -> tuple[list[str], str, str]:
    """Split off the reason ("so that", "to", "because"): (goal words, reason, reason kind)."""
    low = [norm(t) for t in tokens]
    for n in range(1, len(low)):
        word = low[n]
        if word == "so" and n + 1 < len(low) and low[n + 1] == "that":
            return tokens[:n], " ".join(tokens[n + 2 :]), "so"
        if (
            word == "so"
            and n + 1 < len(low)
            and (
                low[n + 1] in PRONOUNS | {"we", "it", "the", "their", "my"}
                or classify_subject(tokens[n + 1 : n + 2])[0] == "actor"
            )
        ):
            return tokens[:n], " ".join(tokens[n + 1 :]), "so"
        if word == "in" and low[n + 1 : n + 3] == ["order", "to"]:
            return tokens[:n], " ".join(tokens[n + 3 :]), "purpose"
        if word in {"because", "since"} and n >= 2:
            return tokens[:n], " ".join(tokens[n + 1 :]), "because"
        if (
            word == "to"
            and n >= 1
            and n + 1 < len(low)
            and KIND_OF.get(low[n + 1]) == "base"
            and low[n + 1] not in NOUN_VERBS
            and verb not in OBJECT_CONTROL
            and low[n - 1] not in KIND_OF
            and low[n - 1] not in FUNCTION_WORDS | {"how", "what", "where", "whether", "way"}
            and low[n - 1] not in {"ability", "option", "possibility", "time", "right", "chance"}
        ):
            return tokens[:n], " ".join(tokens[n + 1 :]), "purpose"
    return tokens, "", ""


def benefit_text(raw: str, how: str, kind: str, role: str, category: str) -> str:
    """Write the text after "so that", from the requirement's own words when it gives a reason."""
    raw = strip_end(raw)
    default = DEFAULT_BENEFITS.get(category, DEFAULT_BENEFITS["generic"])
    if not raw:
        return default
    if how == "so":
        text = _first_person(raw) if kind == "action" else raw
        return _replace_own_role(text, role)
    if how == "purpose":
        if kind == "action":
            return "I can " + _first_person(raw)
        return "it helps " + raw if not raw.lower().startswith("help") else "it " + raw
    if how == "because":
        return f"{default}, because {_first_person(raw) if kind == 'action' else raw}"
    return default


def _replace_own_role(text: str, role: str) -> str:
    """Turn "customers can reorder" into "I can reorder" when the story is a customer's."""
    words = text.split()
    for size in (3, 2, 1):
        if len(words) > size:
            found = role_from_words(words[:size])
            if found and found == role:
                return _first_person("they " + " ".join(words[size:]))
    return text


def _first_person(text: str) -> str:
    """Rewrite "they can reorder" as "I can reorder", "their orders" as "my orders"."""
    swaps = {
        "they": "I", "he": "I", "she": "I", "them": "me", "him": "me", "their": "my",
        "his": "my", "theirs": "mine", "themselves": "myself", "himself": "myself",
        "herself": "myself", "they're": "I'm", "they've": "I've", "they'll": "I'll",
        "they'd": "I'd", "he's": "I'm", "she's": "I'm",
    }  # fmt: skip
    words = text.split()
    out = []
    for n, word in enumerate(words):
        core = norm(word)
        nxt = norm(words[n + 1]) if n + 1 < len(words) else ""
        if core == "her":
            swap = "my" if nxt and nxt not in FUNCTION_WORDS else "me"
        else:
            swap = swaps.get(core)
        if swap is None:
            out.append(word)
            continue
        out.append(word.lower().replace(core, swap, 1) if word[:1].islower() else swap)
    fixed = " ".join(out)
    fixed = re.sub(r"\bI (?:are|is)\b", "I am", fixed)
    fixed = re.sub(r"\bI were\b", "I was", fixed)
    fixed = re.sub(r"\bI has\b", "I have", fixed)
    fixed = re.sub(r"\bI does\b", "I do", fixed)
    return re.sub(r"\bI (\w+)\b", lambda m: "I " + _base_if_third_person(m.group(1)), fixed)


def _base_if_third_person(word: str) -> str:
    """Return the base form of a third-person verb ("gets" -> "get"), else the word."""
    return BASE_OF[word] if KIND_OF.get(word) == "3sg" else word
