"""Criteria and benefits of one Portuguese requirement, from what the requirement says.

    "O colaborador pode reservar um assento em uma rota, desde que não seja o motorista."
    Dado que sou passageiro elegível e não sou o motorista da rota, quando eu reservo um
    assento, então o assento fica reservado em meu nome ...
    Dado que sou o motorista da rota, quando eu tento reservar um assento, então vejo que
    isso só é possível desde que não seja o motorista da rota, e nada muda.

The requirement's own facts come first: its rule ("desde que ..."), its limit on both sides
of the number, the fields it lists (one left empty), what it filters by, the person it
qualifies in brackets. The verb says the rest (``actions``). A requirement none of these
read gets None, and the writer's phrasing for its kind of action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generation.languages.clauses import Clause
from generation.languages.pt.actions import Action, action_of

__all__ = ["Thing", "benefit_of", "criteria_of", "fields_of", "limit_of", "role_note"]


@dataclass
class Thing:
    """The requirement's object as criteria name it: "a reserva", its gender and number."""

    phrase: str
    plural: bool = False
    feminine: bool = False
    bare: str = ""

    def fill(self, template: str) -> str:
        ending = (
            ("as" if self.feminine else "os") if self.plural else ("a" if self.feminine else "o")
        )
        words = {
            "o": self.phrase,
            "a": ending,
            "m": "m" if self.plural else "",
            "s": "s" if self.plural else "",
            "is": "is" if self.plural else "l",
            "lo": ending,
            "é": "são" if self.plural else "é",
            "bare": self.bare or self.phrase,
        }
        text = re.sub(r"\{(\w+)\}", lambda m: words.get(m.group(1), m.group(0)), template)
        text = text.replace("estám", "estão").replace("estam", "estão")
        for a, b in (
            ("de o", "do"),
            ("de a", "da"),
            ("de os", "dos"),
            ("de as", "das"),
            ("em o", "no"),
            ("em a", "na"),
            ("em os", "nos"),
            ("em as", "nas"),
        ):
            text = re.sub(rf"\b{a}\b", b, text)
        text = re.sub(r"\bdisponívelis\b", "disponíveis", text)
        return " ".join(text.split())


_N = r"(?P<n>\d+)\s*(?P<unit>%|[^\W\d_]+)?"
_LIMITS = (
    (re.compile(rf"(?:até|com\s+(?:pelo\s+menos\s+)?|no\s+máximo\s+)\s*{_N}\s+(?:de\s+)?(?:antes|antecedência)(?P<tail>.*)", re.I), "before"),  # noqa: E501
    (re.compile(rf"(?:até|no\s+máximo|máximo\s+de|um\s+máximo\s+de|não\s+mais\s+(?:de|que)|menos\s+de|superior\s+a)\s+{_N}", re.I), "max"),  # noqa: E501
    (re.compile(rf"(?:pelo\s+menos|no\s+mínimo|mínimo\s+de|um\s+mínimo\s+de|raio\s+mínimo\s+de)\s+{_N}", re.I), "min"),  # noqa: E501
    (re.compile(rf"(?:mais\s+de)\s+{_N}", re.I), "above"),
    (re.compile(rf"(?:dentro\s+de|em\s+até|no\s+prazo\s+de)\s+{_N}", re.I), "within"),
)  # fmt: skip
_ENTERING = {
    "cadastrar", "registrar", "criar", "incluir", "adicionar", "inserir", "definir", "informar",
    "reservar", "enviar", "editar", "alterar", "atualizar", "anexar", "preencher",
}  # fmt: skip
_FINDING = {"buscar", "pesquisar", "procurar", "filtrar", "encontrar", "ver", "consultar"}
_LIST_INTRO = re.compile(
    r"(?:\bcom\s+(?:seu|sua|seus|suas|o|a|os|as)?\s*|\bdefinindo\s+(?:sua|seu|o|a)?\s*|"
    r"\bincluindo\s+|\bcontendo\s+|\binformando\s+|:\s*)(?P<list>.+)",
    re.I,
)
_BY = re.compile(r"\bpor\s+(?P<items>[^.;()]+)", re.I)
_ARTICLES = {"o", "a", "os", "as", "um", "uma", "uns", "umas", "seu", "sua", "seus", "suas",
             "meu", "minha", "meus", "minhas"}  # fmt: skip
_DEFAULT = Action(
    "tenho acesso ao sistema",
    "a operação é concluída e vejo uma confirmação",
    "o sistema não consegue salvar",
    "vejo um erro e nada do que informei se perde",
    "",
)


def criteria_of(
    clause: Clause, thing: Thing, when: str, trying: str, *, note: str = ""
) -> list[str] | None:
    """2-5 criteria read from the requirement, or None when nothing in it says more than
    its kind of action. ``note`` qualifies the person ("sou passageiro elegível")."""
    key, action = action_of(clause.verb)
    limit = limit_of(clause.constraint)
    fields = fields_of(clause)
    by = _by(clause) if key in _FINDING else []
    rule = _rule(clause.constraint) if clause.constraint and not limit else None
    if action is None and not (limit or fields or by or rule):
        return None
    action = action or _DEFAULT
    given = thing.fill(action.ready)
    means = re.search(r"\bmediante\s+(?:a\s+apresentação\s+de\s+)?(?P<x>[^,;.]+)", clause.rest)
    if fields and key in _ENTERING:
        given = f"preencho {_and(fields)}"
    elif means:
        given = f"apresento {means.group('x').strip()}"
    if note and not rule:
        given = f"{note} e {given}"
    done = thing.fill(action.done)
    happy: list[tuple[str, str, str]] = []
    unhappy: list[tuple[str, str, str]] = []
    if by:
        happy.append((f"há resultados com valores diferentes de {_and(by)}", when,
                      f"vejo só os que combinam com {_and(by)} escolhidos"))  # fmt: skip
        unhappy.append((f"nenhum resultado combina com {by[-1]} escolhido", trying,
                        "vejo que não há resultados e posso limpar o filtro"))  # fmt: skip
    else:
        happy.append((given, when, done))
    if rule:
        ok, bad = rule
        happy[0] = (f"{note} e {ok}" if note else ok, when, happy[0][2])
        unhappy.append((bad, trying, f"vejo que isso só é possível {clause.constraint.strip()}, "
                        "e nada muda"))  # fmt: skip
    if limit:
        ok, bad, refusal = limit
        happy = [(ok, when, done)]
        unhappy.append((bad, trying, refusal))
    if fields and key in _ENTERING:
        missing = fields[-1]
        unhappy.append((f"deixo em branco o campo «{missing}»", trying,
                        f"vejo que falta «{missing}» e nada é salvo"))  # fmt: skip
    elif len(fields) >= 2 and key not in _ENTERING:
        happy.append((given, when, f"vejo {_and(fields)}"))
        unhappy.append((f"falta {fields[-1]}", when,
                        "vejo o resto dos dados, sem um espaço vazio no lugar"))  # fmt: skip
    if not unhappy:
        unhappy.append((thing.fill(action.bad), trying, thing.fill(action.bad_then)))
    written = []
    for given_, when_, then in [*happy[:3], *unhappy[:2]]:
        text = f"Dado que {given_}, quando {when_}, então {then}."
        if text not in written:
            written.append(text)
    return written


def benefit_of(clause: Clause, thing: Thing) -> str:
    """The gain of the requirement: what its verb gives with its object."""
    key, action = action_of(clause.verb)
    by = _by(clause) if key in _FINDING else []
    if by:
        return f"eu veja só o que combina com {_and(by)} que procuro"
    return thing.fill(action.benefit) if action is not None and action.benefit else ""


def limit_of(constraint: str | None) -> tuple[str, str, str] | None:
    """Both sides of a stated number: "até 24 horas antes" -> 25 hours left and 23."""
    if not constraint:
        return None
    for pattern, kind in _LIMITS:
        match = pattern.search(constraint)
        if not match:
            continue
        number = int(match.group("n"))
        unit = match.group("unit") or ""
        said = constraint.strip(" .,")
        if kind == "before":
            return (
                f"faltam {_amount(number + 1, unit)} para o início",
                f"faltam {_amount(max(number - 1, 0), unit)} para o início",
                f"vejo que isso só é possível {said}, e nada muda",
            )
        if kind == "within":
            return (
                f"passaram-se {_amount(max(number - 1, 0), unit)}",
                f"passaram-se {_amount(number + 1, unit)}",
                f"vejo que o prazo de {_amount(number, unit)} terminou, e nada muda",
            )
        allowed, refused = {
            "max": (number, number + 1),
            "min": (number, max(number - 1, 0)),
            "above": (number + 1, number),
        }[kind]
        subject = "o arquivo tem" if unit.lower() in {"kb", "mb", "gb"} else "o valor é de"
        return (
            f"{subject} {_amount(allowed, unit)}",
            f"{subject} {_amount(refused, unit)}",
            f"vejo que o limite é de {_amount(number, unit)} e nada é aceito",
        )
    return None


def _amount(number: int, unit: str) -> str:
    if not unit:
        return str(number)
    if number == 1 and unit.endswith("s") and len(unit) > 3:
        unit = unit[:-1]
    return f"{number} {unit}"


def _rule(constraint: str) -> tuple[str, str] | None:
    """ "desde que não seja o motorista da rota" -> ("não sou ...", "sou ...")."""
    match = re.match(
        r"(?:desde\s+que|contanto\s+que|somente\s+se|apenas\s+se|só\s+se|se)\s+(?P<neg>não\s+)?"
        r"(?P<verb>seja|esteja|tenha)\s+(?P<x>.+)",
        constraint.strip(" ."),
        re.I,
    )
    if not match:
        return None
    verb = {"seja": "sou", "esteja": "estou", "tenha": "tenho"}[match.group("verb").lower()]
    said = f"{verb} {match.group('x')}"
    return (f"não {said}", said) if match.group("neg") else (said, f"não {said}")


def fields_of(clause: Clause) -> list[str]:
    """The fields the requirement lists: "definindo sua Placa e Capacidade" -> two."""
    rest = clause.rest
    if clause.constraint:
        rest = rest.replace(clause.constraint, "")
    candidates = []
    match = _LIST_INTRO.search(rest)
    if match:
        candidates.append(match.group("list"))
    for text in candidates:
        items = _items(text)
        if len(items) >= 2:
            return items
    return []


def _items(text: str) -> list[str]:
    text = re.split(r"[.;(]", text)[0]
    parts = [p.strip(" ,") for p in re.split(r",\s*|\s+(?:e|ou)\s+", text) if p.strip(" ,")]
    if len(parts) < 2 or any(len(p.split()) > 4 for p in parts):
        return []
    if any(re.search(r"\d", p) or p.split()[0].lower() in {"que", "em", "de", "para"}
           for p in parts):  # fmt: skip
        return []
    parts = [re.sub(r"\s+obrigat[óo]ri[oa]s?$", "", p, flags=re.I) for p in parts]
    return [" ".join(w for w in p.split() if w.lower() not in _ARTICLES) or p for p in parts]


#: "preço por quilo", "valor por hora": a rate, not what a search is by.
_UNITS = {
    "quilo", "kg", "grama", "litro", "metro", "hora", "dia", "mês", "semana", "ano",
    "pessoa", "unidade", "noite", "minuto", "km", "quilômetro", "cabeça",
}  # fmt: skip


def _by(clause: Clause) -> list[str]:
    match = _BY.search(clause.rest)
    if not match or match.group("items").split()[0].lower().strip(",.") in _UNITS:
        return []
    items = [p.strip() for p in re.split(r",\s*|\s+(?:e|ou)\s+", match.group("items"))]
    return [i for i in items if i and len(i.split()) <= 3][:4]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} e {items[-1]}"


def role_note(clause: Clause) -> str:
    """ "um colaborador (passageiro elegível)": the person as the brackets qualify them."""
    if not clause.role:
        return ""
    match = re.search(rf"\b{re.escape(clause.role)}\w*\s*\((?P<x>[^)]{{3,40}})\)", clause.source,
                      re.I)  # fmt: skip
    return f"sou {match.group('x').strip()}" if match else ""
