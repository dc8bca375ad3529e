"""What a line of a requirements document is by its form: the patterns the reader uses.

Headings, bullets, tables, metadata, code, routes, schemas, remarks, roadmap lines,
platform versions, vague qualities ... each as a pattern over one line, in every pack's
language; ``form_kind`` tells a line's kind by its form alone.
"""

from __future__ import annotations

import html
import re

from generation.languages import PACKS, LanguagePack, pack_for

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
#: A technology chosen for a part of the product: "Analysis: Anthropic Claude API (Claude 3.5
#: Sonnet)", "Transcription: AssemblyAI API or OpenAI Whisper API".
_TECH_CHOICE = re.compile(r"^\W*[^\W\d][\w /&-]{1,30}:\s*(?=.*\b(?:API|SDK)s?\b)")
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
#: A line of code: keywords as code writes them (lowercase; SQL in capitals), so that "Select
#: a plan", "Import contacts" or "Return a book" stay requirements.
_CODE_LINE = re.compile(
    r"^\s*(?:[{}\[\]();]|def |class |function |import |return |const |let |"
    r"var |SELECT |INSERT |CREATE TABLE|<\w+[^>]*>\s*$)|[;{]\s*$|=>|\)\s*{"
)
_TOC_LINE = re.compile(r"^\W*\[[^\]]+\]\(#[^)]*\)\W*$|\.{4,}\s*\d+\s*$")
_VERSION_ONLY = re.compile(
    r"^\W*(?:v(?:ersion)?\s*)?\d+(?:\.\d+)+\W*$|^\W*\d{4}-\d{2}-\d{2}\W*$", re.I
)
_METADATA = re.compile(r"^\W*(?P<key>[\w ./-]{2,30}?)\s*[:：]\s*\S")
#: Words that open a date's label in any of the packs' languages.
_DATE_WORDS = frozenset("date dates datum fecha data дата deadline échéance frist prazo".split())
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


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
