"""Reading a Portuguese requirement into clauses: who wants which action on what.

    "O sistema deve permitir que o motorista defina o Horário de Partida da Rota."
    -> (motorista, definir, "o Horário de Partida da Rota")
    "O passageiro escolhe a rota, reserva um assento e acompanha a carona."
    -> (passageiro, escolher, "a rota"), (passageiro, reservar, "um assento"),
       (passageiro, acompanhar, "a carona")
    "O sistema deve permitir a reserva de assento por um colaborador em uma rota."
    -> (colaborador, reservar, "um assento em uma rota")

The predicate is found around a modal ("deve", "pode", "poderá", "deve poder", "deve ser
possível"), "permitir que <pessoa> <subjuntivo>" / "permitir ao <pessoa> <infinitivo>" /
"permitir o cadastro de ...", a verb in the present after the subject ("O motorista
oferece ..."), or an infinitive or imperative opening a list item ("Cadastrar veículos").
A product as the subject ("O sistema deve enviar ...") makes a clause about the system,
and what it sends or shows to a person becomes that person's action ("receber", "ver"); a
passive ("Reembolsos devem ser processados") is the product's action; a sentence with no
verb names a feature ("Modo escuro"; "Cadastro de motoristas" -> "cadastrar motoristas").
Verb forms are read by ``grammar``.
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause, numbers_in
from generation.languages.pt import grammar

__all__ = ["read_clauses", "DEVERBAL"]

_TOKEN = re.compile(r"R\$|US\$|\d+(?:[.,]\d+)+%?|[\w](?:[\w\-’'/]*[\w])?%?|[^\w\s]", re.U)
#: "Usabilidade: RNF-001:", "RF-01 -", "Segurança:" in front of a requirement.
_LABEL = re.compile(
    r"^\W*(?:(?:[A-ZÀ-Ú][\wÀ-ú]*(?:\s+[\wÀ-ú]+){0,3}\s*:\s*)?"
    r"[A-Z]{1,6}[-_ ]?\d+(?:\.\d+)*[a-z]?\s*[:.\-–—]\s*"
    r"|[A-ZÀ-Ú][\wÀ-ú]*(?:\s+[\wÀ-ú]+){0,2}\s*:\s+(?=\S))"
)
_FUTURE = re.compile(
    r"^\W*(?:no\s+futuro|futuramente|posteriormente|em\s+(?:uma\s+)?(?:versões|versão|fase)\s+"
    r"(?:futuras?|posteriores?|seguintes?))\s*[,:—–-]?\s*",
    re.I,
)
_WRITTEN_STORY = re.compile(
    r"^\W*(?:como|enquanto)\s+(?:(?:um|uma|o|a)\s+)?(?P<role>[^,.;:]{1,80}?)\s*,\s*(?:eu\s+)?"
    r"(?:quero|queria|preciso(?:\s+de)?|desejo|gostaria\s+de|posso|devo|necessito)\s+"
    r"(?P<goal>.+)$",
    re.I,
)
_PURPOSE_THAT = re.compile(
    r",?\s+(?:para\s+que|a\s+fim\s+de\s+que|de\s+(?:modo|forma|maneira)\s+que)\s+(?P<p>.+)$",
    re.I,
)
_CONSTRAINT = re.compile(
    r"(?:\b(?:apenas|somente|exclusivamente|só)\s+(?:se|quando|para|por|após|com|em|no|na|"
    r"os|as|o|a)\b|\bdesde\s+que\b|\bexceto\b)[^;]{3,120}"
    r"|\b(?:em\s+até|até|no\s+máximo|no\s+mínimo|pelo\s+menos|ao\s+menos|máximo\s+de|"
    r"mínimo\s+de|não\s+mais\s+(?:do\s+)?que|não\s+menos\s+(?:do\s+)?que|dentro\s+de|"
    r"superior\s+a|inferior\s+a|acima\s+de|abaixo\s+de|mais\s+de|menos\s+de|"
    r"com\s+(?:pelo\s+menos\s+|no\s+mínimo\s+)?antecedência\s+(?:mínima\s+)?de)\s+"
    r"[^,.;()]*\d[^,.;()]*",
    re.I,
)
_CONDITION_WORDS = {"se", "caso", "quando", "sempre", "assim", "enquanto"}
_MODALS = {
    "deve", "devem", "deverá", "deverão", "deveria", "deveriam", "pode", "podem", "poderá",
    "poderão", "poderia", "poderiam", "precisa", "precisam", "precisará", "precisarão",
    "necessita", "necessitam", "consegue", "conseguem", "conseguirá", "conseguirão",
    "deve-se", "pode-se", "quer", "querem", "deseja", "desejam",
}  # fmt: skip
#: Words between a modal and the action that are not the action ("deve poder cadastrar").
_ABLE = (
    ("poder",), ("conseguir",), ("ser", "capaz", "de"), ("ser", "capazes", "de"),
    ("ter", "a", "possibilidade", "de"), ("ter", "a", "opção", "de"), ("ter", "como"),
    ("estar", "apto", "a"), ("estar", "apta", "a"), ("estar", "aptos", "a"),
    ("ser", "possível"), ("que",), ("de",),
)  # fmt: skip
_COPULAS = {"é", "são", "será", "serão", "está", "estão", "estará", "estarão", "fica", "ficará"}
_HAVE_TO = (("tem", "que"), ("têm", "que"), ("terá", "que"), ("terão", "que"), ("tem", "de"))
_ADVERBS = {"também", "ainda", "sempre", "apenas", "somente", "só", "facilmente", "rapidamente"}
_LETS = {
    "permitir", "permite", "permitem", "permitirá", "permitirão", "possibilitar",
    "possibilita", "possibilitam", "possibilitará", "deixar", "deixa", "deixam", "habilitar",
    "habilita", "autorizar", "autoriza", "viabilizar", "viabiliza",
}  # fmt: skip
#: Verbs of the product's makers, not of its users: "Implementar busca" names a feature.
_BUILD = {
    "implementar", "desenvolver", "construir", "prover", "programar", "suportar",
    "disponibilizar", "possuir", "ter", "conter", "haver", "existir",
}  # fmt: skip
_PRODUCT = {
    "sistema", "aplicativo", "app", "aplicação", "plataforma", "site", "portal", "serviço",
    "ferramenta", "software", "solução", "bot", "api", "servidor", "backend", "módulo",
    "programa", "website", "sítio", "produto", "interface", "loja", "marketplace",
}  # fmt: skip
_ARTICLES = {"o", "a", "os", "as", "um", "uma", "uns", "umas"}
_DETERMINERS = _ARTICLES | {"cada", "todo", "toda", "todos", "todas", "qualquer", "este", "esta"}
_CONTRACTIONS = {
    "ao": "o", "aos": "os", "à": "a", "às": "as", "do": "o", "da": "a", "dos": "os",
    "das": "as", "pelo": "o", "pela": "a", "pelos": "os", "pelas": "as", "no": "o", "na": "a",
}  # fmt: skip
_PREPOSITIONS = {
    "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "com", "para", "por",
    "pelo", "pela", "pelos", "pelas", "sem", "sobre", "entre", "até", "após", "antes",
    "depois", "durante", "via", "mediante", "conforme", "ao", "aos", "à", "às", "contra",
}  # fmt: skip
#: Words in a subject that are not part of the role ("O comprador só pode ...").
_NOT_ROLE = {"não", "só", "também", "apenas", "somente", "ainda", "sempre", "já"}
_POSSESSIVE = {"seu": "meu", "sua": "minha", "seus": "meus", "suas": "minhas"}
#: People too many to be a role ("todos os envolvidos"): the map's main role stands in.
_EVERYONE = {"envolvido", "interessado", "pessoa", "todos"}

#: What a person has one of: "troca de senha" -> "trocar minha senha".
_OWN = {"senha", "perfil", "conta", "endereço", "foto", "e-mail", "telefone", "assinatura"}
#: Nouns that name an action, and the verb a wish names it with.
DEVERBAL = {
    "cadastro": "cadastrar", "cadastramento": "cadastrar", "registro": "registrar",
    "reserva": "reservar", "busca": "buscar", "pesquisa": "pesquisar", "procura": "procurar",
    "criação": "criar", "edição": "editar", "exclusão": "excluir", "remoção": "remover",
    "alteração": "alterar", "atualização": "atualizar", "visualização": "visualizar",
    "consulta": "consultar", "emissão": "emitir", "geração": "gerar", "envio": "enviar",
    "recebimento": "receber", "pagamento": "pagar", "cancelamento": "cancelar",
    "agendamento": "agendar", "avaliação": "avaliar", "compartilhamento": "compartilhar",
    "exportação": "exportar", "importação": "importar", "download": "baixar",
    "upload": "enviar", "login": "entrar", "logout": "sair", "acompanhamento": "acompanhar",
    "rastreamento": "rastrear", "monitoramento": "monitorar", "gerenciamento": "gerenciar",
    "gestão": "gerenciar", "controle": "controlar", "inscrição": "inscrever-se",
    "filtragem": "filtrar", "ordenação": "ordenar", "impressão": "imprimir",
    "validação": "validar", "aprovação": "aprovar", "confirmação": "confirmar",
    "recuperação": "recuperar", "redefinição": "redefinir", "solicitação": "solicitar",
    "publicação": "publicar", "escolha": "escolher", "seleção": "selecionar",
    "compra": "comprar", "venda": "vender", "oferta": "oferecer", "troca": "trocar",
    "devolução": "devolver", "inclusão": "incluir", "adição": "adicionar",
    "listagem": "listar", "comparação": "comparar", "configuração": "configurar",
    "personalização": "personalizar", "marcação": "marcar", "definição": "definir",
    "remarcação": "remarcar", "renovação": "renovar", "contratação": "contratar",
    "locação": "alugar", "aluguel": "alugar", "bloqueio": "bloquear",
    "desbloqueio": "desbloquear", "verificação": "verificar", "cálculo": "calcular",
    "processamento": "processar", "sincronização": "sincronizar", "simulação": "simular",
    "assinatura": "assinar", "votação": "votar", "transferência": "transferir",
    "doação": "doar", "indicação": "indicar", "convite": "convidar", "denúncia": "denunciar",
    "anexação": "anexar", "autenticação": "autenticar-se", "recarga": "recarregar",
    "cotação": "cotar",
}  # fmt: skip


def read_clauses(text: str) -> list[Clause]:
    """The clauses of one requirement sentence or list item, in order; never empty."""
    source = " ".join(text.split())
    body = _LABEL.sub("", source, count=1) if _LABEL.match(source) else source
    body = _FUTURE.sub("", body).strip(" .;:")
    body = re.sub(r"\.\s+[A-ZÀ-Ú][\wÀ-ú]*(?:\s+[\wÀ-ú]+){0,3}$", "", body)  # a glued heading
    written = _WRITTEN_STORY.match(body)
    if written:
        body = written.group("goal").strip(" .")
    body, purpose = _split_purpose(body)
    tokens = _TOKEN.findall(body)
    condition, tokens = _leading_condition(tokens)
    clauses = _predicates(tokens) or _features(tokens)
    if written:
        role = _role(_TOKEN.findall(written.group("role")))
        for clause in clauses:
            clause.role = role or clause.role
            clause.system = None if role else clause.system
    for clause in clauses:
        clause.source = source
        clause.purpose = clause.purpose or purpose
        clause.rest, trailing = _trailing_condition(clause.rest)
        clause.condition = clause.condition or condition or trailing
        if trailing and clause.obj:
            clause.obj = _object_of(_TOKEN.findall(clause.rest))
        found = _CONSTRAINT.search(clause.rest)
        clause.constraint = found.group().strip(" ,") if found else None
        clause.numbers = numbers_in(clause.rest if clause.verb else source)
        if clause.obj == "" and clause.verb and clause.verb.split()[-1] not in {"ser", "estar"}:
            clause.obj = _object_of(_TOKEN.findall(clause.rest))
    return clauses or [Clause(source=source, role=None, verb="", rest=body, obj=body)]


def _split_purpose(body: str) -> tuple[str, str | None]:
    """ "..., para que eu saiba ..." -> the body, and "que eu saiba ..."; "para" with an
    infinitive -> the infinitive phrase. A purpose after a comma is preferred."""
    matches = []
    for match in _PURPOSE_THAT.finditer(body):
        if match.start() > 0:
            matches.append((match.start(), "que " + match.group("p")))
    for match in re.finditer(r",?\s+(?:para|a\s+fim\s+de)\s+", body, re.I):
        after = body[match.end() :].split()
        words = [w.lower().strip(",.;") for w in after[:2]]
        if not words or match.start() == 0:
            continue
        verb = words[1] if words[0] in {"não", "me", "se", "nos"} and len(words) > 1 else words[0]
        if words[0] != "que" and grammar.is_infinitive(verb):
            matches.append((match.start(), " ".join(after)))
    if not matches:
        return body, None
    with_comma = [m for m in matches if body[m[0]] == ","]
    start, purpose = min(with_comma or matches)
    return body[:start].strip(" ,"), purpose.strip(" .")


def _leading_condition(tokens: list[str]) -> tuple[str | None, list[str]]:
    """ "Ao finalizar a compra, o cliente ..." -> the condition, and the rest."""
    low = [token.lower() for token in tokens]
    if not low:
        return None, tokens
    opens = low[0] in {"se", "caso", "quando", "ao", "após", "apos", "antes", "depois"}
    opens = opens or low[:2] in (["sempre", "que"], ["assim", "que"], ["em", "caso"])
    opens = opens or low[:3] == ["no", "momento", "em"] or low[:3] == ["uma", "vez", "que"]
    if not opens or "," not in tokens:
        return None, tokens
    comma = tokens.index(",")
    if comma < 2 or comma >= len(tokens) - 2:
        return None, tokens
    return _join(tokens[:comma]), tokens[comma + 1 :]


def _trailing_condition(rest: str) -> tuple[str, str | None]:
    """ "um alerta se a carona tiver menos de 2 passageiros" -> ("um alerta", "se a ...").

    "apenas se", "somente quando" are limits, not conditions, and a "se" before an
    infinitive is reflexive ("deve poder se cadastrar").
    """
    tokens = _TOKEN.findall(rest)
    low = [token.lower() for token in tokens]
    depth = 0
    for index, word in enumerate(low):
        depth += word == "("
        depth -= word == ")"
        if depth or index == 0 or word not in _CONDITION_WORDS:
            continue
        if low[index - 1] in {"apenas", "somente", "só", "exceto", "que", "e", "ou", "mesmo"}:
            continue
        following = low[index + 1] if index + 1 < len(low) else ""
        if word == "se" and (grammar.is_infinitive(following) or not following):
            continue
        if word in {"sempre", "assim"} and following != "que":
            continue
        if word == "quando" and following in {"necessário", "possível", "aplicável"}:
            continue
        return _join(tokens[:index]).rstrip(" ,"), _join(tokens[index:])
    return rest, None


# -- predicates ----------------------------------------------------------------------------


def _predicates(tokens: list[str]) -> list[Clause]:
    """Clauses around the sentence's predicate(s), or [] when it has no verb."""
    low = [token.lower() for token in tokens]
    impersonal = _impersonal(low)
    if impersonal is not None:
        start, system, people = impersonal
        clauses = _clauses_after([], tokens[start:], mode="inf")
        role = _role(_dative(tokens[people:start])) if people else None
        for clause in clauses:
            clause.system = system
            clause.role = role or clause.role
        return clauses
    if low[:1] and low[0] in _LETS and len(low) > 2:
        return _lets(tokens, 0)  # "Permitir que o gestor aprove as despesas"
    for index, word in enumerate(low):
        if word == "não":
            continue  # the verb after it decides; "não" stays with the subject
        if word in _LETS and index > 0 and _subject_ok(low[:index]):
            return _lets(tokens, index, negated=low[index - 1] == "não")
        if word in _MODALS or (index > 0 and tuple(low[index : index + 2]) in _HAVE_TO):
            if word in {"quer", "querem", "deseja", "desejam"} and not _is_person_subject(
                tokens[:index]
            ):
                continue
            return _after_modal(tokens, low, index)
        if index > 0 and word in _COPULAS and _subject_ok(low[:index], loose=True):
            copula = grammar.infinitive_of(word) or "ser"
            return _state(tokens[:index], [copula, *tokens[index + 1 :]])
        if index > 0 and _subject_ok(low[:index]) and _finite_at(low, index):
            return _clauses_after(tokens[:index], tokens[index:], mode="finite")
        if index == 0:
            if word in _BUILD and len(low) > 1:
                return []  # "Implementar busca por destino": a feature, named by its noun
            if grammar.is_infinitive(word) or low[:1] == ["se"] and _is_infinitive_at(low, 1):
                return _clauses_after([], tokens, mode="inf")
            if _imperative(word, low):
                return _clauses_after([], tokens, mode="finite")
    return []


def _impersonal(low: list[str]) -> tuple[int, str | None, int] | None:
    """ "Deve ser possível cancelar ..." (the user acts), "É necessário validar ..." (the
    product does): where the action starts, the system (None, or "" for the product), and
    where the person it is possible for starts ("ao administrador"), or 0."""
    patterns = (
        (("deve", "ser", "possível"), None), (("deverá", "ser", "possível"), None),
        (("é", "possível"), None), (("será", "possível"), None),
        (("deve", "ser", "permitido"), None), (("é", "permitido"), None),
        (("deve-se", "permitir"), None), (("deve-se",), ""), (("é", "necessário"), ""),
        (("é", "obrigatório"), ""), (("é", "preciso"), ""), (("será", "necessário"), ""),
    )  # fmt: skip
    for words, system in patterns:
        if tuple(low[: len(words)]) == words and _is_infinitive_at(low, len(words)):
            return len(words), system, 0
        if (
            tuple(low[: len(words)]) == words
            and low[len(words) : len(words) + 1] == ["ao"]
            and words[-1] in {"possível", "permitido"}
        ):
            for end in range(len(words) + 1, min(len(low), len(words) + 6)):
                if _is_infinitive_at(low, end):
                    return end, None, len(words)
    return None


def _after_modal(tokens: list[str], low: list[str], index: int) -> list[Clause]:
    """ "O motorista deve poder definir ...": the subject, and what follows the modal."""
    subject = tokens[:index]
    negated = bool(subject) and subject[-1].lower() == "não"
    if negated:
        subject = subject[:-1]
    start = index + (2 if tuple(low[index : index + 2]) in _HAVE_TO else 1)
    start = _skip_adverbs(low, start)
    if start < len(low) and low[start] == "não":
        negated, start = True, start + 1
    for words in _ABLE:
        if tuple(low[start : start + len(words)]) == words and _is_infinitive_at(
            low, _skip_adverbs(low, start + len(words))
        ):
            start = _skip_adverbs(low, start + len(words))
            break
    if low[start : start + 2] in (["ter", "acesso"], ["terá", "acesso"]):
        target = tokens[start + 2 :]
        if target and target[0].lower() in {"a", "ao", "à", "aos", "às"}:
            first = _CONTRACTIONS.get(target[0].lower(), "")
            target = ([first] if first else []) + target[1:]
        return _clauses_after(subject, ["acessar", *target], mode="inf", negated=negated)
    if start < len(low) and low[start] in _LETS:
        return _lets([*subject, *tokens[start:]], len(subject), negated=negated)
    if start < len(low) and low[start] in {"ser", "estar"}:
        return _state(subject, tokens[start:], negated=negated)
    if start < len(low) and low[start] in {"haver", "existir"}:
        return _features(tokens[start + 1 :])
    return _clauses_after(subject, tokens[start:], mode="inf", negated=negated)


def _skip_adverbs(low: list[str], start: int) -> int:
    while start < len(low) and low[start] in _ADVERBS - {"apenas", "somente", "só"}:
        start += 1
    return start


def _is_infinitive_at(low: list[str], index: int) -> bool:
    if index >= len(low):
        return False
    if low[index] in {"se", "me", "não"} and index + 1 < len(low):
        return grammar.is_infinitive(low[index + 1])
    return grammar.is_infinitive(low[index])


def _finite_at(low: list[str], index: int) -> bool:
    """Whether a verb in the present stands at ``index``: one this module knows, or, right
    after a person and before its object ("O administrador modera as avaliações"), any
    regular "-ar" verb."""
    word = low[index]
    if word in {"se", "não"} and index + 1 < len(low):
        index += 1
        word = low[index]
    if word in grammar.FUNCTION_WORDS:
        return False
    if grammar.is_finite(word):
        return True
    following = low[index + 1] if index + 1 < len(low) else ""
    return (
        word.endswith(("a", "am"))
        and following in _DETERMINERS | {"seu", "sua", "seus", "suas", "ao", "aos", "com", "em"}
        and _role(low[:index]) is not None
        and grammar.is_finite(word, guess_ar=True)
    )


def _imperative(word: str, low: list[str]) -> bool:
    """Whether a list item opens with a command: "Cadastre seu veículo", "Envie fotos"."""
    if len(low) < 2 or low[1] in {"de", "do", "da", "dos", "das", "e", "é", "são"}:
        return False
    verb = grammar.infinitive_of(word, guess_ar=word.endswith("e"))
    return verb is not None and grammar.is_finite(word, guess_ar=word.endswith("e"))


def _subject_ok(words: list[str], *, loose: bool = False) -> bool:
    """Whether the words before a verb read as its subject: a short noun phrase (``loose``:
    with prepositional phrases, before "é" or "será")."""
    if not 0 < len(words) <= (12 if loose else 9) or words[-1] in grammar.FUNCTION_WORDS - {"não"}:
        return False
    if words[-1] == "não":
        words = words[:-1]
    if not words:
        return False
    if any(word in {",", ":", ";", "que", "se", "quando"} for word in words):
        return False
    if words[0] in _PREPOSITIONS:
        return False
    return loose or not (set(words) & _PREPOSITIONS - {"de", "do", "da", "dos", "das"})


def _is_person_subject(subject: list[str]) -> bool:
    return _role(subject) is not None


def _lets(tokens: list[str], index: int, *, negated: bool = False) -> list[Clause]:
    """ "O sistema deve permitir que o motorista defina ...", "... ao usuário cancelar ...",
    "... o cadastro de veículos por um gestor": the role and its action."""
    subject = tokens[:index]
    if subject and subject[-1].lower() == "não":
        subject = subject[:-1]
    system = _system(subject)
    rest = tokens[index + 1 :]
    low = [token.lower() for token in rest]
    if negated:
        return [_clause(None, "impedir", rest, system if system is not None else "")]
    if low[:1] == ["que"]:
        for position in range(2, min(len(rest), 9)):
            if _subjunctive_at(low, position):
                people = rest[1:position]
                clauses = _clauses_after(people, rest[position:], mode="subj")
                for clause in clauses:
                    if clause.role is None and clause.system is None:
                        clause.system = system or ""
                return clauses
        return _features(rest[1:])
    if low[:1] and (_is_infinitive_at(low, 0)):
        return _clauses_after([], rest, mode="inf")
    for position in range(1, min(len(rest), 7)):
        if _is_infinitive_at(low, position) and _role(_dative(rest[:position])):
            return _clauses_after(_dative(rest[:position]), rest[position:], mode="inf")
    if low[:1] and low[0] in {"ao", "aos", "à", "às"}:
        person, after = _person_at(_dative(rest), 0)
        if person is not None and after:
            clauses = _features(after)  # "possibilitar aos usuários a troca de senha"
            for clause in clauses:
                clause.role = clause.role or _role_name(person)
            return clauses
    return _features(rest)


def _subjunctive_at(low: list[str], index: int) -> bool:
    word = low[index]
    if word in {"se", "não"} and index + 1 < len(low):
        word = low[index + 1]
    if word in grammar.FUNCTION_WORDS or grammar.is_person(word):
        return False
    if word.endswith(("e", "em")):
        return grammar.is_finite(word, guess_ar=True)
    return grammar.is_finite(word)


def _dative(words: list[str]) -> list[str]:
    """ "ao usuário" -> "o usuário"; "aos clientes" -> "os clientes"."""
    if words and words[0].lower() in {"ao", "aos", "à", "às"}:
        return [_CONTRACTIONS[words[0].lower()], *words[1:]]
    return words


def _state(subject: list[str], predicate: list[str], *, negated: bool = False) -> list[Clause]:
    """ "Reembolsos devem ser processados ...", "O sistema deve ser responsivo": a passive is
    the product's (or the agent's) action; anything else says how a thing is. "... e
    funcionar em celulares" after it is an action of its own."""
    low = [token.lower() for token in predicate]
    for index in range(2, len(low) - 1):
        if low[index] == "e" and _is_infinitive_at(low, index + 1):
            return [
                *_state(subject, predicate[:index], negated=negated),
                *_clauses_after(subject, predicate[index + 1 :], mode="inf", negated=negated),
            ]
    copula = low[0]
    participle = low[1] if len(low) > 1 else ""
    verb = grammar.infinitive_of(participle, guess_ar=True) if participle else None
    is_participle = bool(re.search(r"(?:ad|id|íd)[oa]s?$", participle)) or (
        participle in grammar.IRREGULAR_PARTICIPLES
    )
    role = _role(subject)
    if copula == "ser" and verb and is_participle and role is None and _system(subject) is None:
        rest = predicate[2:]
        agent, rest = _agent(rest)
        thing = _with_article(_join(subject)) if subject else ""
        clause = _clause(
            agent if agent and grammar.is_person(agent.split()[0]) else None,
            verb,
            _join([thing, *rest]).split(),
            None,
        )
        clause.rest = _join([thing, *rest]) if thing else _join(rest)
        if clause.role is None:
            clause.system = _with_article(agent) if agent else ""
        if negated:
            clause.verb = f"não {clause.verb}"
        clause.obj = _object_of(_TOKEN.findall(thing)) if thing else _object_of(rest)
        return [clause]
    rest = [
        grammar.singular(token) if index == 1 and role else token
        for index, token in enumerate(predicate)
    ]
    system = _system(subject)
    if role is None and system is None:
        system = _with_article(_join(subject)) if subject else ""
    clause = _clause(role, ("não " if negated else "") + copula, rest[1:], system)
    clause.obj = ""
    return [clause]


def _agent(tokens: list[str]) -> tuple[str | None, list[str]]:
    """ "validado manualmente pelo RH" -> ("RH", the rest without the agent)."""
    low = [token.lower() for token in tokens]
    for index, word in enumerate(low):
        if word in {"pelo", "pela", "pelos", "pelas", "por"}:
            end = index + 1
            while end < len(tokens) and low[end] not in _PREPOSITIONS | {",", ";", "(", "e"}:
                end += 1
            words = [w for w in tokens[index + 1 : end] if w.lower() not in _DETERMINERS]
            if end < len(tokens) and tokens[end] == "(" and ")" in tokens[end:]:
                end = tokens.index(")", end) + 1
            if words and (grammar.is_person(words[0]) or words[0].isupper()):
                article = _CONTRACTIONS.get(word, "")
                agent = " ".join(words)
                if not grammar.is_person(words[0]):
                    agent = f"{article} {agent}".strip()
                return agent, tokens[:index] + tokens[end:]
    return None, tokens


def _clauses_after(
    subject: list[str], predicate: list[str], *, mode: str, negated: bool = False
) -> list[Clause]:
    """One clause per verb group of ``predicate`` (and per object joined by "e")."""
    system = _system(subject)
    role = None if system is not None else _role(subject)
    if system is None and role is None and subject:
        system = _with_article(_join(subject))  # "A busca deve ...": a thing, not a person
    groups = _split_predicates(predicate, mode)
    if not groups:
        return []
    clauses = []
    for verbs, rest in groups:
        verb = " ".join(verbs)
        if verb in {"ser", "estar"}:
            clauses += _state(subject, [verb, *rest], negated=negated)
            continue
        if negated and system is None:
            people = " ".join(w.lower() for w in subject) or "o usuário"
            many = people.split()[0] in {"os", "as"} or people.endswith("s")
            action = " ".join(
                w if w in {"e", "ou", ","} else grammar.subjunctive(w, plural=many)
                for w in verb.split()
            )
            text = f"que {people} {action} {_join(rest)}".replace(" ,", ",")
            clauses.append(_clause(None, "impedir", text.split(), ""))
            continue
        verb = f"não {verb}" if negated else verb
        verb, rest, served_role = _deverbal(verb, rest)
        clause_role, clause_system = served_role or role, system
        if clause_system is not None and clause_role is None:
            verb, rest, clause_role, served = _served(verb, rest)
            if served:
                clause_system = None
        if clause_system is None:
            rest = [_POSSESSIVE.get(token.lower(), token) for token in rest]
        for object_words in _split_objects(rest):
            clauses.append(_clause(clause_role, verb, object_words, clause_system))
    return clauses


def _clause(role: str | None, verb: str, rest: list[str], system: str | None) -> Clause:
    return Clause(
        source="",
        role=role,
        verb=verb,
        rest=_join(rest),
        obj=_object_of(rest),
        system=system,
    )


def _split_predicates(tokens: list[str], mode: str) -> list[tuple[list[str], list[str]]]:
    """Each verb group and what follows it: "escolhe a rota, reserva um assento" -> two.

    Verbs joined straight by "e"/"ou" share their object ("cancelar ou remarcar a reserva").
    """
    groups: list[tuple[list[str], list[str]]] = []
    verbs: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        low = token.lower()
        if not verbs:
            verb, used = _verb_at(tokens, index, mode, first=True)
            if not verb:
                return []
            verbs, index = [verb], index + used
            continue
        if low in {"e", "ou", ","} and not rest:
            verb, used = _verb_at(tokens, index + 1, mode)
            if verb:
                verbs += [low, verb]
                index += 1 + used
                continue
        if low in {",", "e", ";"} and rest and _has_object(rest):
            following = index + 1
            if low in {",", ";"} and following < len(tokens) and tokens[following] == "e":
                following += 1
            verb, used = _verb_at(tokens, following, mode)
            if verb:
                groups.append((verbs, _strip_joint(rest)))
                verbs, rest = [verb], []
                index = following + used
                continue
        rest.append(token)
        index += 1
    if verbs:
        groups.append((verbs, _strip_joint(rest)))
    return [(_joined_verbs(v), r) for v, r in groups]


def _joined_verbs(verbs: list[str]) -> list[str]:
    """ "cadastrar , editar e excluir" -> "cadastrar, editar e excluir" as words."""
    out: list[str] = []
    for word in verbs:
        if word == "," and out:
            out[-1] += ","
        else:
            out.append(word)
    return out


def _verb_at(tokens: list[str], index: int, mode: str, *, first: bool = False) -> tuple[str, int]:
    """The infinitive of the verb at ``index`` and the tokens it takes, or ("", 0)."""
    if index >= len(tokens):
        return "", 0
    low = tokens[index].lower()
    reflexive = False
    used = 1
    if low in {"se", "me"} and index + 1 < len(tokens):
        reflexive, low, used = True, tokens[index + 1].lower(), 2
    following = tokens[index + used].lower() if index + used < len(tokens) else ""
    if not first and low in _MODALS and grammar.is_infinitive(following):
        return following, used + 1  # "vê a lista e pode cancelar uma aula": "cancelar"
    if low in grammar.FUNCTION_WORDS or not low.replace("-", "").isalpha():
        return "", 0
    if mode == "inf":
        verb = low if grammar.is_infinitive(low) else ""
    elif mode == "subj":
        ends_e = low.endswith(("e", "em"))
        verb = (
            grammar.infinitive_of(low, guess_ar=ends_e) or ""
            if grammar.is_finite(low, guess_ar=ends_e)
            else ""
        )
    else:
        guess = first and low.endswith(("a", "am", "e", "em"))
        verb = (
            grammar.infinitive_of(low, guess_ar=guess) or ""
            if grammar.is_finite(low, guess_ar=guess)
            else ""
        )
    if not verb:
        return "", 0
    if reflexive and not verb.endswith("-se"):
        verb += "-se"
    return verb, used


def _has_object(tokens: list[str]) -> bool:
    return any(token.isalnum() and token.lower() not in {"e", "ou"} for token in tokens)


def _strip_joint(tokens: list[str]) -> list[str]:
    while tokens and tokens[-1].lower() in {",", "e", "ou", ";", "."}:
        tokens = tokens[:-1]
    return tokens


def _split_objects(tokens: list[str]) -> list[list[str]]:
    """Separate features joined by "e": "a confirmação da presença no início e a
    confirmação de chegada no final" -> two; "motoristas e passageiros" stays one."""
    low = [token.lower() for token in tokens]
    if not low or low[0] not in _ARTICLES:
        return [tokens]
    parts, current, depth = [], [], 0
    for index, token in enumerate(tokens):
        depth += token == "("
        depth -= token == ")"
        following = low[index + 1] if index + 1 < len(low) else ""
        if not depth and low[index] == "e" and current and following in _ARTICLES:
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    words = [[t for t in part if t.isalnum()] for part in parts]
    if len(parts) > 1 and all(len(w) >= 3 for w in words) and "," not in parts[0]:
        if not any(re.search(r"ndo$", t.lower()) or t.lower() == "que" for t in parts[0]):
            return parts
    return [tokens]


# -- what the product does for people -------------------------------------------------------

#: The product's action, as the person it serves does it: "enviar" -> "receber".
_SERVED_VERBS = {
    "enviar": "receber", "mandar": "receber", "encaminhar": "receber", "disparar": "receber",
    "exibir": "ver", "mostrar": "ver", "apresentar": "ver", "listar": "ver",
    "notificar": "receber", "alertar": "receber", "avisar": "receber", "lembrar": "receber",
}  # fmt: skip
#: What the person receives when the product notifies, alerts, warns or reminds them.
_SERVED_OBJECT = {
    "notificar": "uma notificação", "alertar": "um alerta", "avisar": "um aviso",
    "lembrar": "um lembrete",
}  # fmt: skip


def _served(verb: str, rest: list[str]) -> tuple[str, list[str], str | None, bool]:
    """ "enviar um alerta ao Coordenador" -> ("receber", "um alerta", "Coordenador ...",
    True): what the product does for a person, as that person's action."""
    first = verb.split()[0]
    if first not in _SERVED_VERBS or " " in verb:
        return verb, rest, None, False
    low = [token.lower() for token in rest]
    if first in _SERVED_OBJECT:
        person, after = _person_at(rest, 0)
        if person is None and low[:1] and low[0] not in _DETERMINERS:
            return verb, rest, None, False  # "notificar atrasos": nobody named
        remainder = after if person is not None else rest
        if remainder and remainder[0].lower() in {"de", "do", "da", "dos", "das", "sobre"}:
            remainder = ["sobre", *_undo_contraction(remainder[1:], remainder[0])]
        return "receber", [*_SERVED_OBJECT[first].split(), *remainder], _role_name(person), True
    for index, word in enumerate(low):
        if word in {"para", "ao", "aos", "à", "às"}:
            start = index + 1 if word == "para" else index
            target = _dative(rest[start:]) if word != "para" else rest[start:]
            person, after = _person_at(target, 0)
            if person is not None:
                return _SERVED_VERBS[first], rest[:index] + after, _role_name(person), True
            if word == "para" and index and low[index + 1 : index + 2] != ["o"]:
                continue
            return verb, rest, None, False  # sent to a thing: "enviar os dados para o servidor"
    return _SERVED_VERBS[first], rest, None, True


def _undo_contraction(tokens: list[str], preposition: str) -> list[str]:
    article = _CONTRACTIONS.get(preposition.lower())
    return [article, *tokens] if article else tokens


def _person_at(tokens: list[str], index: int) -> tuple[str | None, list[str]]:
    """The people named at ``index`` ("o motorista", "todos os envolvidos") and the tokens
    after them; (None, tokens) when no person stands there."""
    position = index
    low = [token.lower() for token in tokens]
    while position < len(low) and low[position] in _DETERMINERS:
        position += 1
    if position >= len(low) or not grammar.is_person(low[position]):
        return None, tokens
    end = position + 1
    while end < len(tokens) and (
        tokens[end][:1].isupper()
        and low[end] not in _ARTICLES
        or low[end] in {"de", "do", "da"}
        and end + 1 < len(tokens)
        and tokens[end + 1][:1].isupper()
    ):
        end += 1
    if end < len(tokens) and tokens[end] == "(":
        close = tokens.index(")", end) if ")" in tokens[end:] else end
        end = close + 1 if close > end else end
    name = _join(tokens[position:end])
    if {"todos", "todas"} & set(low[index:position]):
        name = "todos " + name
    return name, tokens[:index] + tokens[end:]


def _role_name(person: str | None) -> str | None:
    if person is None:
        return None
    words = [w for w in _TOKEN.findall(person) if w != "(" and w != ")"]
    if words and words[0].lower() in {"todos", "todas"}:
        return None  # everyone involved: the map's main role
    head = grammar.singular(words[0]).lower() if words else ""
    if head in _EVERYONE and len(words) == 1:
        return None
    return _role(words)


# -- deverbal nouns ------------------------------------------------------------------------


def _deverbal(verb: str, rest: list[str]) -> tuple[str, list[str], str | None]:
    """ "realizar o cadastro de veículos" -> ("cadastrar", "veículos"); a role named by
    "por um colaborador" comes with it."""
    if verb not in {"realizar", "efetuar", "fazer", "permitir"}:
        return verb, rest, None
    converted = _deverbal_phrase(rest)
    return converted if converted else (verb, rest, None)


def _deverbal_phrase(tokens: list[str]) -> tuple[str, list[str], str | None] | None:
    low = [token.lower() for token in tokens]
    start = 1 if low[:1] and low[0] in _ARTICLES else 0
    if start >= len(low):
        return None
    head = grammar.singular(low[start])
    verb = DEVERBAL.get(head) or DEVERBAL.get(low[start])
    if not verb:
        return None
    rest = tokens[start + 1 :]
    rest_low = low[start + 1 :]
    if rest_low[:1] and rest_low[0] in {"de", "do", "da", "dos", "das"}:
        rest = _undo_contraction(rest[1:], rest[0])
        if rest and rest_low[0] == "de" and _bare_singular(rest):
            own = rest[0].lower() in _OWN
            article = ("minha" if grammar.feminine(rest[0]) else "meu") if own else None
            rest = [article or grammar.article_for(rest[0], definite=False), *rest]
    agent, without_agent = _agent(rest)
    role = _role(_TOKEN.findall(agent)) if agent else None
    return verb, without_agent if role else rest, role


def _bare_singular(tokens: list[str]) -> bool:
    word = tokens[0]
    return (
        word.isalpha()
        and word.islower()
        and word.lower() not in grammar.FUNCTION_WORDS
        and grammar.singular(word) == word
        and not word.endswith("s")
    )


# -- features ------------------------------------------------------------------------------


def _features(tokens: list[str]) -> list[Clause]:
    """A requirement with no verb names features: "Pagamento online e avaliação de
    motoristas" -> two; "busca por nome e categoria" stays one."""
    words = [t for t in tokens if t.lower() not in _BUILD]
    while words and words[0].lower() in {",", ":", "-"}:
        words = words[1:]
    if not words:
        return []
    parts, current = [], []
    for token in words:
        if token.lower() in {"e", ","} and current:
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    parts = [part for part in parts if part]
    if len(parts) > 1 and not any(
        {w.lower() for w in part} & (_PREPOSITIONS | {"que"}) for part in parts[:-1]
    ):
        return [_feature(part) for part in parts]
    return [_feature(words)]


def _feature(tokens: list[str]) -> Clause:
    """One feature: a deverbal noun becomes its verb ("Cadastro de motoristas" ->
    "cadastrar motoristas"), any other noun phrase stays a noun phrase."""
    converted = _deverbal_phrase(tokens)
    if converted:
        verb, rest, role = converted
        return _clause(role, verb, rest, None)
    text = _join(tokens)
    return Clause(source="", role=None, verb="", rest=text, obj=text)


# -- who -----------------------------------------------------------------------------------


def _system(subject: list[str]) -> str | None:
    """The product the subject names ("o sistema", "a plataforma"), or None."""
    words = [word.lower() for word in subject if word.isalpha()]
    for index, word in enumerate(words):
        if word in _PRODUCT:
            article = words[index - 1] if index and words[index - 1] in _ARTICLES else ""
            return f"{article or grammar.article_for(word)} {word}"
    return None


def _role(subject: list[str]) -> str | None:
    """The people the subject names, singular ("Os motoristas" -> "motorista"), or None."""
    words = [w for w in subject if (w.isalpha() or "-" in w) and w.lower() not in _NOT_ROLE]
    words = [w for i, w in enumerate(words) if not (i == 0 and w.lower() in _DETERMINERS)]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or not grammar.is_person(words[0]):
        return None
    kept = []
    for index, word in enumerate(words):
        if word.lower() in {"e", "ou", "que", "com", "para", "em", "no", "na"}:
            break
        if index and word.lower() in {"de", "do", "da"} and not words[index + 1 : index + 2]:
            break
        kept.append(word)
        if len(kept) >= 4:
            break
    phrase = grammar.singular_phrase(" ".join(kept))
    capitals = sum(1 for w in kept if w[:1].isupper())
    if capitals >= 2 or any(w.isupper() and len(w) > 1 for w in kept):
        return phrase[:1].upper() + phrase[1:] if phrase[:1].islower() else phrase
    return phrase.lower()


def _with_article(phrase: str) -> str:
    """ "Reembolsos" -> "os reembolsos"; a phrase with an article keeps it, lower-cased."""
    words = phrase.split()
    if not words:
        return phrase
    if words[0].lower() in _DETERMINERS:
        return " ".join([words[0].lower(), *words[1:]])
    first = words[0]
    if first[:1].isupper() and not first.isupper() and len(words) == 1 and not first.endswith("s"):
        return phrase  # a name: "CaronaApp"
    lowered = first.lower() if not first.isupper() else first
    return " ".join([grammar.article_for(first), lowered, *words[1:]])


def _object_of(tokens: list[str]) -> str:
    """The object's words: the noun phrase before its first modifier other than "de"."""
    words: list[str] = []
    if tokens and tokens[0].lower() in _PREPOSITIONS - {"de", "do", "da", "dos", "das"}:
        return ""
    for token in tokens:
        low = token.lower()
        if words and (
            (low in _PREPOSITIONS and low not in {"de", "do", "da", "dos", "das"})
            or low in {",", ";", "(", "que", "se", "quando", "e", "ou", "caso", "apenas"}
            or low[:1].isdigit()
            or low in {"somente", "só", "desde", "exceto", "automaticamente", "imediatamente"}
            or low in {"sempre", "assim", "enquanto"}
        ):
            break
        words.append(token)
    while words and words[-1].lower() in _PREPOSITIONS | _ARTICLES | {"e", "ou"}:
        words = words[:-1]
    return _join(words).strip(" ,;")


def _join(tokens: list[str]) -> str:
    text = " ".join(token for token in tokens if token)
    text = re.sub(r"\s+([,.;:!?)”»])", r"\1", text)
    text = re.sub(r"([(“«])\s+", r"\1", text)
    text = re.sub(r"(R\$|US\$)\s+(?=\d)", r"\1 ", text)
    return re.sub(r'"\s+(.*?)\s+"', r'"\1"', text).strip()
