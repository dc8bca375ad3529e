"""Portuguese grammar for writing stories: verb forms, plurals and people, by rule and table.

Requirements say "O motorista oferece caronas" or "que o usuário cadastre um veículo"; a
story says "Como motorista, quero oferecer caronas" and a criterion "quando eu ofereço
uma carona". No dictionary is loaded; the rules cover:

- regular verbs of the three conjugations, found by their endings: "-ar" verbs are open
  (any word in "-ar" that is no known noun), "-er" and "-ir" verbs come from the lists
  below (the two endings cannot be told apart from "define" or "escolha" alone);
- the forms a requirement uses, back to the infinitive: present indicative ("cadastra",
  "definem", "inclui"), present subjunctive and imperative ("cadastre", "defina",
  "verifique", "ofereça"), future subjunctive ("se o usuário cancelar", "tiver"),
  participles ("processados", "incluído") and gerunds ("definindo");
- the forms a story needs from the infinitive: first person present ("cadastro",
  "ofereço", "escolho", "prefiro", "corrijo"), third person present ("cadastra",
  "inclui") and present subjunctive ("cadastre", "verifique", "pague", "ofereça"),
  with the spelling changes of "-car", "-gar", "-çar", "-cer", "-ger", "-gir", "-guir",
  "-ear", "-uir" and "-air", and the "e" -> "i" of "preferir", "seguir", "servir";
- about seventy irregular verbs ("ser", "ter", "fazer", "pôr", "ver", "vir", "pedir",
  "construir" and the compounds users write: "manter", "obter", "prever", "compor");
- plurals of nouns and adjectives back to the singular ("administradores",
  "profissionais", "elegíveis", "anfitriões") and the nouns that name people.

A word the rules do not know is left as it is written.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = [
    "FUNCTION_WORDS",
    "IRREGULAR_PARTICIPLES",
    "KNOWN_AR",
    "article_for",
    "feminine",
    "first_person",
    "infinitive_of",
    "infinitive_phrase",
    "is_finite",
    "is_infinitive",
    "is_known_verb",
    "is_person",
    "is_verb_form",
    "singular",
    "singular_phrase",
    "subjunctive",
    "third_person",
]

#: Verbs in "-er" (and "pôr" with its compounds): the endings alone cannot tell them from
#: "-ir" verbs in "define", "escolha".
_ER = frozenset(
    """
    aprender atender acender acontecer agradecer aparecer abster absorver beber bater
    ceder comer compreender conceder conhecer conter convencer correr crer crescer dever
    depender descrever desenvolver desaparecer deter devolver dizer eleger empreender
    entender envolver escolher esconder escrever esquecer estabelecer estender exceder
    fazer favorecer fornecer interromper inscrever ler manter merecer mexer meter mover
    nascer obedecer obter oferecer parecer percorrer perder permanecer pertencer poder
    precaver preceder preencher prender pretender prever proceder promover proteger
    prometer querer receber reconhecer recorrer refazer remover render
    repreender resolver responder reter rever saber submeter suspender ter torcer trazer
    vencer vender ver viver desfazer acolher recolher antever conceber converter
    """.split()
) | frozenset(("pôr", "por", "compor", "propor", "dispor", "expor", "repor", "supor"))
#: Verbs in "-ir".
_IR = frozenset(
    """
    abrir admitir adquirir agir assistir assumir atingir atribuir banir cobrir competir
    concluir conferir consentir conseguir constituir construir consumir contribuir corrigir
    cumprir curtir decidir definir descobrir desistir destruir digerir dirigir discutir
    distinguir distribuir dividir dormir emitir engolir excluir exibir exigir existir
    expedir extrair fugir garantir gerir imprimir incluir inserir insistir instruir investir
    ir medir mentir omitir ouvir partir pedir permitir persistir possuir preferir prevenir
    produzir proibir prosseguir reduzir redefinir redigir referir refletir repartir repetir
    reproduzir resistir restringir reunir sair seguir sentir servir subir substituir
    sugerir sumir traduzir transferir transmitir unir usufruir vestir vir iludir cair
    atrair distrair subtrair contrair retrair intervir convir progredir agredir despedir
    confundir difundir fundir imprimir reimprimir suprimir oprimir deprimir exprimir
    reagir interagir ressarcir ressurgir surgir preterir advertir divertir converter
    compartir coibir inibir proibir exibir polir compelir expelir impedir desimpedir
    conduzir introduzir deduzir seduzir induzir
    """.split()
) - {"converter"}
#: Words in "-ar" that are not verbs.
_NOT_AR = frozenset(
    """
    lugar celular familiar similar particular popular regular escolar titular militar solar
    auxiliar bar mar par altar lar polar modular tabular exemplar singular hangar açúcar
    radar dólar avatar calendar néctar pilar estelar angular triangular retangular nuclear
    linear vulgar secular muscular molecular ocular peculiar preliminar elementar
    parlamentar sugar collar star dollar
    """.split()
)
#: Words in "-er" and "-ir" that look like verbs but are not, or English words.
_NOT_VERB = frozenset("mulher qualquer colher prazer lazer talher ester elixir".split())

# infinitive: (1st sg present, 3rd sg present, 3rd pl present, present subjunctive 3rd sg,
#              participle, future subjunctive 3rd sg)
_IRREGULAR: dict[str, tuple[str, str, str, str, str, str]] = {
    "ser": ("sou", "é", "são", "seja", "sido", "for"),
    "estar": ("estou", "está", "estão", "esteja", "estado", "estiver"),
    "ter": ("tenho", "tem", "têm", "tenha", "tido", "tiver"),
    "haver": ("hei", "há", "hão", "haja", "havido", "houver"),
    "ir": ("vou", "vai", "vão", "vá", "ido", "for"),
    "vir": ("venho", "vem", "vêm", "venha", "vindo", "vier"),
    "ver": ("vejo", "vê", "veem", "veja", "visto", "vir"),
    "ler": ("leio", "lê", "leem", "leia", "lido", "ler"),
    "crer": ("creio", "crê", "creem", "creia", "crido", "crer"),
    "dar": ("dou", "dá", "dão", "dê", "dado", "der"),
    "fazer": ("faço", "faz", "fazem", "faça", "feito", "fizer"),
    "dizer": ("digo", "diz", "dizem", "diga", "dito", "disser"),
    "trazer": ("trago", "traz", "trazem", "traga", "trazido", "trouxer"),
    "poder": ("posso", "pode", "podem", "possa", "podido", "puder"),
    "querer": ("quero", "quer", "querem", "queira", "querido", "quiser"),
    "saber": ("sei", "sabe", "sabem", "saiba", "sabido", "souber"),
    "caber": ("caibo", "cabe", "cabem", "caiba", "cabido", "couber"),
    "valer": ("valho", "vale", "valem", "valha", "valido", "valer"),
    "perder": ("perco", "perde", "perdem", "perca", "perdido", "perder"),
    "pôr": ("ponho", "põe", "põem", "ponha", "posto", "puser"),
    "pedir": ("peço", "pede", "pedem", "peça", "pedido", "pedir"),
    "despedir": ("despeço", "despede", "despedem", "despeça", "despedido", "despedir"),
    "impedir": ("impeço", "impede", "impedem", "impeça", "impedido", "impedir"),
    "expedir": ("expeço", "expede", "expedem", "expeça", "expedido", "expedir"),
    "medir": ("meço", "mede", "medem", "meça", "medido", "medir"),
    "ouvir": ("ouço", "ouve", "ouvem", "ouça", "ouvido", "ouvir"),
    "subir": ("subo", "sobe", "sobem", "suba", "subido", "subir"),
    "fugir": ("fujo", "foge", "fogem", "fuja", "fugido", "fugir"),
    "consumir": ("consumo", "consome", "consomem", "consuma", "consumido", "consumir"),
    "sumir": ("sumo", "some", "somem", "suma", "sumido", "sumir"),
    "construir": ("construo", "constrói", "constroem", "construa", "construído", "construir"),
    "destruir": ("destruo", "destrói", "destroem", "destrua", "destruído", "destruir"),
    "dormir": ("durmo", "dorme", "dormem", "durma", "dormido", "dormir"),
    "cobrir": ("cubro", "cobre", "cobrem", "cubra", "coberto", "cobrir"),
    "descobrir": ("descubro", "descobre", "descobrem", "descubra", "descoberto", "descobrir"),
    "abrir": ("abro", "abre", "abrem", "abra", "aberto", "abrir"),
    "escrever": ("escrevo", "escreve", "escrevem", "escreva", "escrito", "escrever"),
    "descrever": ("descrevo", "descreve", "descrevem", "descreva", "descrito", "descrever"),
    "inscrever": ("inscrevo", "inscreve", "inscrevem", "inscreva", "inscrito", "inscrever"),
    "imprimir": ("imprimo", "imprime", "imprimem", "imprima", "impresso", "imprimir"),
    "aceitar": ("aceito", "aceita", "aceitam", "aceite", "aceito", "aceitar"),
    "entregar": ("entrego", "entrega", "entregam", "entregue", "entregue", "entregar"),
    "pagar": ("pago", "paga", "pagam", "pague", "pago", "pagar"),
    "ganhar": ("ganho", "ganha", "ganham", "ganhe", "ganho", "ganhar"),
    "gastar": ("gasto", "gasta", "gastam", "gaste", "gasto", "gastar"),
    "eleger": ("elejo", "elege", "elegem", "eleja", "eleito", "eleger"),
    "prender": ("prendo", "prende", "prendem", "prenda", "preso", "prender"),
    "suspender": ("suspendo", "suspende", "suspendem", "suspenda", "suspenso", "suspender"),
    "manter": ("mantenho", "mantém", "mantêm", "mantenha", "mantido", "mantiver"),
    "obter": ("obtenho", "obtém", "obtêm", "obtenha", "obtido", "obtiver"),
    "conter": ("contenho", "contém", "contêm", "contenha", "contido", "contiver"),
    "reter": ("retenho", "retém", "retêm", "retenha", "retido", "retiver"),
    "deter": ("detenho", "detém", "detêm", "detenha", "detido", "detiver"),
    "prever": ("prevejo", "prevê", "preveem", "preveja", "previsto", "previr"),
    "rever": ("revejo", "revê", "reveem", "reveja", "revisto", "revir"),
    "refazer": ("refaço", "refaz", "refazem", "refaça", "refeito", "refizer"),
    "desfazer": ("desfaço", "desfaz", "desfazem", "desfaça", "desfeito", "desfizer"),
    "compor": ("componho", "compõe", "compõem", "componha", "composto", "compuser"),
    "propor": ("proponho", "propõe", "propõem", "proponha", "proposto", "propuser"),
    "dispor": ("disponho", "dispõe", "dispõem", "disponha", "disposto", "dispuser"),
    "expor": ("exponho", "expõe", "expõem", "exponha", "exposto", "expuser"),
    "repor": ("reponho", "repõe", "repõem", "reponha", "reposto", "repuser"),
    "intervir": ("intervenho", "intervém", "intervêm", "intervenha", "intervindo", "intervier"),
    "convir": ("convenho", "convém", "convêm", "convenha", "convindo", "convier"),
    "progredir": ("progrido", "progride", "progridem", "progrida", "progredido", "progredir"),
    "prevenir": ("previno", "previne", "previnem", "previna", "prevenido", "prevenir"),
    "odiar": ("odeio", "odeia", "odeiam", "odeie", "odiado", "odiar"),
    "mediar": ("medeio", "medeia", "medeiam", "medeie", "mediado", "mediar"),
}
#: Participles that do not end in "-ado" or "-ido" ("feito", "aberto", "pago").
IRREGULAR_PARTICIPLES = frozenset(forms[4] for forms in _IRREGULAR.values())
_IRREGULAR_ER = frozenset(k for k in _IRREGULAR if k.endswith(("er", "ôr", "or")))
_IRREGULAR_IR = frozenset(k for k in _IRREGULAR if k.endswith("ir"))
#: A form of an irregular verb -> its infinitive ("tiver" -> "ter", "põem" -> "pôr").
_IRREGULAR_FORMS: dict[str, str] = {}
for _verb, _forms in _IRREGULAR.items():
    for _form in (*_forms, _forms[3] + "m", _forms[5] + "em" if _forms[5][-1] == "r" else ""):
        if _form and _form != _verb:
            _IRREGULAR_FORMS.setdefault(_form, _verb)
# "for" is "ser" far more often than "ir" in requirements; "vir" is the infinitive "vir".
_IRREGULAR_FORMS.update({"for": "ser", "forem": "ser", "vir": "vir", "foi": "ser", "foram": "ser"})
for _form in ("sendo", "tendo", "fazendo", "pondo", "vindo", "vendo", "indo"):
    _IRREGULAR_FORMS.setdefault(
        _form, {"pondo": "pôr", "vindo": "vir", "indo": "ir"}.get(_form, _form[:-4] + "er")
    )
_IRREGULAR_FORMS.update({"fará": "fazer", "farão": "fazer", "dirá": "dizer", "trará": "trazer"})
_IRREGULAR_FORMS["sendo"] = "ser"
_IRREGULAR_FORMS["tendo"] = "ter"
_IRREGULAR_FORMS["vendo"] = "ver"

#: Articles and words that never are verbs, however they end.
FUNCTION_WORDS = frozenset(
    """o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela
    pelos pelas para com sem sobre entre até e ou que se não já também quando como mais
    menos muito cada todo toda todos todas seu sua seus suas meu minha nosso nossa este esta
    esse essa isso isto ele ela eles elas eu você me te nos lhe""".split()
)


def _known_er_ir(verb: str) -> bool:
    return verb in _ER or verb in _IR or verb in _IRREGULAR_ER or verb in _IRREGULAR_IR


def _plausible_ar(verb: str) -> bool:
    """Whether ``verb`` reads as an "-ar" infinitive: long enough, and no known noun."""
    return (
        verb.endswith("ar")
        and len(verb) >= 4
        and verb not in _NOT_AR
        and verb.isalpha()
        and verb.islower()
        and not re.search(r"[wyk]|[^aeiou]{4}", verb)
    )


def _split_reflexive(word: str) -> tuple[str, str]:
    """ "cadastrar-se" -> ("cadastrar", "-se"); other words -> (word, "")."""
    low = word.lower()
    for clitic in ("-se", "-me", "-lo", "-la", "-los", "-las"):
        if low.endswith(clitic) and len(low) > len(clitic) + 2:
            return low[: -len(clitic)], clitic
    return low, ""


@cache
def is_infinitive(word: str) -> bool:
    """Whether ``word`` is an infinitive ("cadastrar", "escolher", "cadastrar-se")."""
    low, _ = _split_reflexive(word)
    if low in FUNCTION_WORDS or low in _NOT_VERB:
        return False
    if low in _IRREGULAR or _known_er_ir(low):
        return True
    return _plausible_ar(low)


def is_known_verb(verb: str) -> bool:
    """Whether ``verb`` is an infinitive this module knows, not only one it guesses."""
    low, _ = _split_reflexive(verb)
    return low in _IRREGULAR or _known_er_ir(low) or low in KNOWN_AR


@cache
def infinitive_of(word: str, *, guess_ar: bool = True) -> str | None:
    """The infinitive of a verb form, or None when ``word`` reads as no verb form.

    "cadastra", "cadastre", "cadastram" -> "cadastrar"; "define", "defina" -> "definir";
    "verifique" -> "verificar"; "ofereça" -> "oferecer"; "inclui" -> "incluir"; "tiver" ->
    "ter"; "processados" -> "processar". ``guess_ar``: accept an "-ar" verb this module
    does not list ("cadastre" -> "cadastrar"); a word in "-a" could be a noun otherwise.
    """
    low, clitic = _split_reflexive(word)
    if low in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[low] + clitic
    if not low.isalpha() or low in FUNCTION_WORDS or low in _NOT_VERB or len(low) < 2:
        return None
    if is_infinitive(low):
        return low + clitic
    for candidate in _candidates(low):
        if _known_er_ir(candidate) or candidate in KNOWN_AR or candidate in _IRREGULAR:
            return candidate + clitic
    if guess_ar:
        for candidate in _candidates(low):
            if candidate.endswith("ar") and _plausible_ar(candidate):
                return candidate + clitic
    return None


def _candidates(low: str) -> list[str]:
    """Infinitives ``low`` could be a form of, the likeliest reading first."""
    out: list[str] = []
    stem = low
    if low.endswith(("rá", "rão")) and len(low) >= 4:  # future: "enviará", "terão"
        out.append(low[:-1] if low.endswith("rá") else low[:-2])
    for ending in ("arem", "erem", "irem"):  # future subjunctive plural
        if low.endswith(ending):
            out.append(low[: -len(ending)] + ending[:2])
    for ending in ("ando", "endo", "indo"):  # gerund
        if low.endswith(ending):
            out.append(low[:-4] + {"ando": "ar", "endo": "er", "indo": "ir"}[ending])
    for ending, verb_ending in (
        ("ados", "ar"), ("adas", "ar"), ("ado", "ar"), ("ada", "ar"),
        ("idos", "ir"), ("idas", "ir"), ("ido", "ir"), ("ida", "ir"),
        ("ídos", "ir"), ("ídas", "ir"), ("ído", "ir"), ("ída", "ir"),
    ):  # fmt: skip
        if low.endswith(ending):
            base = low[: -len(ending)]
            if verb_ending == "ir":
                out += [base + "er", base + "ir"]
            else:
                out.append(base + "ar")
    if low.endswith(("am", "em")):
        stem = low[:-1]
    elif low.endswith("ui"):
        out.append(low + "r")
    if stem.endswith("eia"):
        out.append(stem[:-3] + "ear")
    if stem.endswith("eie"):
        out.append(stem[:-3] + "ear")
    if stem.endswith(("a", "e")):
        base = stem[:-1]
        vowel = stem[-1]
        reversed_stem = _undo_raising(base)
        if base.endswith("ç"):
            out += [base[:-1] + "cer", base[:-1] + "cir"]
        if base.endswith("j"):
            out += [base[:-1] + "ger", base[:-1] + "gir"]
        if base.endswith("g") and not base.endswith("gu"):
            out += [base + "uir", base + "uer", reversed_stem + "uir"]
        for candidate_stem in dict.fromkeys((base, reversed_stem)):
            out += [candidate_stem + "er", candidate_stem + "ir"]
        if vowel == "e":
            if base.endswith("qu"):
                out.append(base[:-2] + "car")
            elif base.endswith("gu"):
                out.append(base[:-2] + "gar")
            elif base.endswith("c"):
                out.append(base[:-1] + "çar")
        out.append(base + "ar")
        if base.endswith("gu") and vowel == "a":
            out.append(base + "ar")
    elif low.endswith("o") and not low.endswith(("ado", "ido")):
        base = low[:-1]
        out += [base + "ar", base + "er", base + "ir"]
    return list(dict.fromkeys(c for c in out if len(c) >= 3))


def _undo_raising(stem: str) -> str:
    """ "prefir" -> "prefer", "sig" -> "seg": the "e" that "-ir" verbs raise to "i"."""
    match = re.search(r"i([^aeiouáéíóú]+)$", stem)
    if not match:
        return stem
    return stem[: match.start()] + "e" + match.group(1)


@cache
def is_verb_form(word: str, *, guess_ar: bool = False) -> bool:
    """Whether ``word`` is a form of a verb this module knows ("oferece", "cadastra")."""
    return infinitive_of(word, guess_ar=guess_ar) is not None


def is_finite(word: str, *, guess_ar: bool = False) -> bool:
    """Whether ``word`` is a finite form (not an infinitive, participle or gerund)."""
    low = word.lower()
    if is_infinitive(low) and low not in _IRREGULAR_FORMS:
        return False
    if re.search(r"(?:ad|id|íd)[oa]s?$|ndo$", low) and low not in _IRREGULAR_FORMS:
        return False
    return is_verb_form(low, guess_ar=guess_ar)


def _in_uir(verb: str) -> bool:
    """ "incluir", "distribuir" (not "seguir", "distinguir", whose "u" is only spelling)."""
    return verb.endswith("uir") and not verb.endswith(("guir", "quir"))


def _conjugation(verb: str) -> str:
    if verb.endswith(("ar",)):
        return "ar"
    if verb in _IR or verb.endswith("ir") and verb not in _ER:
        return "ir"
    return "er"


def _stem_first_person(verb: str) -> str:
    """The stem of the first person present, which the present subjunctive shares."""
    stem = verb[:-2]
    kind = _conjugation(verb)
    if kind == "ar":
        if verb.endswith("ear"):
            return stem + "i"  # bloquear -> bloquei-o
        return stem
    if stem.endswith("c"):
        return stem[:-1] + "ç"  # oferecer -> ofereço
    if stem.endswith("g"):
        return stem[:-1] + "j"  # proteger -> protejo, corrigir -> corrijo
    if stem.endswith("gu") and kind in ("ir", "er"):
        stem = stem[:-1]  # distinguir -> distingo, seguir -> sigo
    if kind == "ir" and not _in_uir(verb) and not verb.endswith("air"):
        match = re.search(r"e([^aeiouáéíóú]+)$", stem)
        if match and not verb.endswith(("emergir", "imergir")):
            stem = stem[: match.start()] + "i" + match.group(1)  # preferir -> prefiro
    return stem


def first_person(verb: str) -> str:
    """ "eu ..." of an infinitive: "cadastrar" -> "cadastro", "oferecer" -> "ofereço"."""
    low, clitic = _split_reflexive(verb)
    if low in _IRREGULAR:
        form = _IRREGULAR[low][0]
    elif not is_infinitive(low):
        return verb
    elif _in_uir(low):
        form = low[:-2] + "o"
    elif low.endswith("air"):
        form = low[:-2] + "io"
    else:
        form = _stem_first_person(low) + "o"
    return f"me {form}" if clitic == "-se" else form


def third_person(verb: str, *, plural: bool = False) -> str:
    """ "ele ..." of an infinitive: "cadastrar" -> "cadastra", "incluir" -> "inclui"."""
    low, clitic = _split_reflexive(verb)
    if low in _IRREGULAR:
        form = _IRREGULAR[low][2 if plural else 1]
    elif not is_infinitive(low):
        return verb
    elif _in_uir(low) or low.endswith("air"):
        form = low[:-2] + ("em" if plural else "i")
    elif low.endswith("ear"):
        form = low[:-2] + ("iam" if plural else "ia")
    else:
        kind = _conjugation(low)
        ending = {"ar": "a", "er": "e", "ir": "e"}[kind]
        form = low[:-2] + ending + ("m" if plural else "")
    return f"se {form}" if clitic == "-se" else form


def subjunctive(verb: str, *, plural: bool = False) -> str:
    """The present subjunctive, third person: "que o sistema envie", "que ele ofereça"."""
    low, clitic = _split_reflexive(verb)
    if low in _IRREGULAR:
        form = _IRREGULAR[low][3] + ("m" if plural else "")
    elif not is_infinitive(low):
        return verb
    else:
        if _in_uir(low):
            stem = low[:-2]
        elif low.endswith("air"):
            stem = low[:-2] + "i"
        else:
            stem = _stem_first_person(low)
        if _conjugation(low) == "ar":
            if stem.endswith("c"):
                stem = stem[:-1] + "qu"
            elif stem.endswith("g"):
                stem = stem + "u"
            elif stem.endswith("ç"):
                stem = stem[:-1] + "c"
            form = stem + "e"
        else:
            form = stem + "a"
        form += "m" if plural else ""
    return f"se {form}" if clitic == "-se" else form


def infinitive_phrase(verb: str) -> str:
    """The infinitive as "quero ..." takes it: "cadastrar-se" -> "me cadastrar"."""
    low, clitic = _split_reflexive(verb)
    return f"me {low}" if clitic == "-se" else verb


# -- nouns ---------------------------------------------------------------------------------


def singular(word: str) -> str:
    """A plural noun or adjective in the singular: "administradores" -> "administrador"."""
    low = word.lower()
    if len(low) < 4 or not low.endswith("s") or low in _INVARIABLE:
        return word
    if low.endswith(("ões", "ães")):
        out = low[:-3] + "ão"
    elif low.endswith("ãos"):
        out = low[:-1]
    elif low.endswith("veis"):
        out = low[:-3] + "el"
    elif low.endswith("éis"):
        out = low[:-3] + "el"
    elif low.endswith("óis"):
        out = low[:-3] + "ol"
    elif low.endswith("ais"):
        out = low[:-2] + "l"
    elif low.endswith("ns"):
        out = low[:-2] + "m"
    elif low.endswith(("ores", "ares", "eres", "zes", "ases")):
        out = low[:-2]
    else:
        out = low[:-1]
    return _same_case(word, out)


_INVARIABLE = frozenset("ônibus lápis pires vírus status mais menos três após através".split())


def singular_phrase(phrase: str) -> str:
    """ "Coordenadores de Logística" -> "coordenador de logística"; "usuários cadastrados"
    -> "usuário cadastrado". Words after the first preposition keep their number."""
    words = phrase.split()
    out = []
    for index, word in enumerate(words):
        low = word.lower()
        if low in _PREPOSITIONS and index:
            out += words[index:]
            break
        out.append(singular(word))
    return " ".join(out)


_PREPOSITIONS = frozenset(
    "de do da dos das em no na nos nas com para por pelo pela sem sobre entre".split()
)


def feminine(word: str) -> bool:
    """A guess at a noun's gender from its ending: "notificação", "rota" are feminine."""
    low = singular(word.lower())
    if low in _MASCULINE_A:
        return False
    if low in _FEMININE_OTHER:
        return True
    return low.endswith(("a", "ção", "são", "dade", "agem", "ice", "ise", "ez", "ã", "tude"))


_MASCULINE_A = frozenset(
    """alerta sistema problema tema programa mapa dia esquema idioma clima planeta
    telefonema diagrama aroma cinema drama motorista""".split()
)
_FEMININE_OTHER = frozenset("senha vez cor chave data foto fonte tarde noite rede parte".split())


def article_for(phrase: str, *, definite: bool = True) -> str:
    """ "o", "a", "os", "as" (or "um", "uma", ...) for a noun phrase by its first word."""
    first = phrase.split()[0] if phrase.split() else ""
    is_plural = first.lower().endswith("s") and singular(first).lower() != first.lower()
    female = feminine(first)
    if definite:
        return ("as" if female else "os") if is_plural else ("a" if female else "o")
    return ("umas" if female else "uns") if is_plural else ("uma" if female else "um")


# -- people --------------------------------------------------------------------------------

_PEOPLE = frozenset(
    """
    usuário cliente administrador admin gestor gerente funcionário colaborador motorista
    passageiro paciente médico enfermeiro professor aluno estudante responsável pai mãe
    visitante convidado comprador vendedor lojista proprietário dono inquilino locador
    locatário hóspede anfitrião autor leitor editor moderador revisor operador técnico
    atendente recepcionista analista desenvolvedor coordenador supervisor diretor
    secretário contador entregador motoboy cozinheiro garçom organizador participante
    palestrante inscrito membro sócio associado voluntário doador candidato recrutador
    avaliador auditor fiscal agente corretor consultor instrutor tutor mentor treinador
    atleta jogador torcedor ouvinte espectador assinante seguidor criador cidadão morador
    síndico porteiro veterinário dentista farmacêutico psicólogo terapeuta nutricionista
    pessoa equipe prestador parceiro cuidador líder chefe empregado trabalhador
    profissional especialista contratante contratado freelancer pesquisador solicitante
    requerente beneficiário segurado titular dependente turista viajante piloto condutor
    ciclista pedestre caronista ofertante anunciante interessado envolvido cadastrado
    logado leigo bibliotecário docente discente tesoureiro engenheiro mecânico
    superusuário artesão artista músico fotógrafo designer empresário autônomo vizinho
    amigo familiar motoqueiro ciclista estagiário residente hospede proprietária
    """.split()
)
#: Words that end like people's nouns but name things.
_THINGS = frozenset(
    """
    computador indicador marcador navegador servidor roteador processador gerador simulador
    agendador cursor monitor setor valor motor sensor vetor fator teor interior exterior
    anterior posterior superior inferior maior menor melhor pior calendário formulário
    horário cenário comentário inventário salário dicionário itinerário relatório
    questionário usuário-padrão dinheiro roteiro banheiro ponteiro primeiro inteiro
    terreiro lista pista vista revista entrevista conquista componente ambiente restaurante variante
    montante constante instante presente corrente frente mente dente pente continente
    ingrediente expediente recipiente incidente acidente
    """.split()
)
_PERSON_ENDINGS = ("ista", "dor", "tor", "sor", "nte", "eiro", "ário")


def is_person(noun: str) -> bool:
    """Whether a noun (singular or plural, either gender) names people."""
    low = singular(noun.lower().strip(" ,.;:()"))
    forms = {low}
    if low.endswith("ora"):
        forms.add(low[:-1])
    if low.endswith("a"):
        forms.add(low[:-1] + "o")
    if forms & _PEOPLE:
        return True
    if forms & _THINGS:
        return False
    return low.endswith(_PERSON_ENDINGS) and len(low) > 5


def _same_case(original: str, form: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


#: Regular "-ar" verbs requirements use, so that their finite forms ("cadastra",
#: "reserva") are read as verbs where a noun could stand.
KNOWN_AR = (
    frozenset(
        """
    acessar acompanhar adicionar agendar ajustar alertar alterar anexar aprovar apagar
    armazenar arquivar associar atualizar autenticar autorizar avaliar avisar baixar
    bloquear buscar calcular cadastrar cancelar carregar checar classificar cobrar
    comentar comparar compartilhar comprar comunicar confirmar consultar contatar
    controlar conversar copiar criar deletar desbloquear designar destacar detalhar
    disponibilizar disparar editar efetuar encaminhar encontrar enviar escanear
    especificar estimar exportar filtrar finalizar gerar gerenciar gravar habilitar
    desabilitar identificar importar indicar informar iniciar integrar listar localizar
    logar marcar modificar monitorar mostrar navegar notificar ordenar organizar pagar
    personalizar pesquisar planejar postar processar procurar publicar rastrear realizar
    recuperar recusar registrar rejeitar remarcar reservar responder salvar selecionar
    simular solicitar sugerir trocar validar verificar visualizar votar apresentar
    executar garantir calcular contratar encomendar doar emprestar devolver renovar
    aceitar entregar ganhar gastar inscrever combinar dividir oferecer usar utilizar
    acionar ativar desativar apontar limitar liberar preencher convidar seguir curtir
    avançar começar alcançar lançar reforçar cruzar conectar desconectar sincronizar
    imprimir digitalizar assinar enviar parear pesar medir tirar deixar levar chegar
    partir passar voltar entrar sair mandar falar perguntar mudar guardar olhar moderar
    denunciar despachar agendar recarregar alugar anunciar avisar lembrar confirmar
    """.split()
    )
    - _ER
    - _IR
)
