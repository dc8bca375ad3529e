"""Spanish verb forms by rule, with a small table for the verbs the rules get wrong.

What the rules cover, without a dictionary:

- telling an infinitive ("cancelar", "leer", "subir", "reír"), also with an enclitic
  pronoun ("registrarse", "enviarlo"), from the nouns and adjectives that end like one
  ("lugar", "similar", "taller", "server"), which are listed;
- from a finite form back to the infinitive: the present indicative in the third person
  ("elige", "pagan"), the future and the conditional ("enviará", "podrían"), and the present
  subjunctive ("cancele", "busque", "actualice", "elija", "ofrezca"); regular verbs by their
  endings and spelling changes (-que/-car, -gue/-gar, -ce/-zar, -ja/-ger, -zca/-cer), -er
  or -ir told by the lists below or the stem's ending;
- from the infinitive to the forms a story needs: the first person present ("cancelo",
  "elijo", "ofrezco", "incluyo", "envío", "me registro") for "cuando ...", the third person
  present ("recuerda") for titles, and the present subjunctive ("que la aplicación recuerde",
  "para que pueda") for wishes; reflexive infinitives take the speaker's pronoun after
  "quiero" ("registrarme").

The tables list about 330 verbs common in requirements (regular -ar, -er and -ir verbs,
60 stem-changing ones: e>ie, o>ue, u>ue, e>i, and 26 irregular ones) and about 120 words
that only look like infinitives; verbs made with a prefix ("obtener", "devolver",
"conseguir") take the forms of their base. A form of a verb no table lists is told by its
ending alone, and only where a verb is expected. Past tenses, the imperative and the other
persons are not covered: stories do not need them.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = [
    "first_person",
    "indicative",
    "infinitive_of",
    "is_infinitive",
    "is_reflexive",
    "known_form",
    "split_clitic",
    "subjunctive",
    "third_person",
    "wish_form",
]

#: Regular -ar verbs common in requirements (every other -ar word is taken as a verb too).
_AR = """
    aceptar activar actualizar adjuntar administrar agendar agregar ajustar alertar
    almacenar alquilar anotar anular apuntar archivar asignar autenticar autorizar
    avisar ayudar bajar bloquear borrar buscar calcular calificar cambiar cancelar cargar
    chatear clasificar cobrar colaborar comentar comparar completar comprar
    comunicar confirmar conectar configurar consultar contactar contratar controlar conversar
    copiar crear chequear dejar denunciar descargar desactivar desbloquear descartar
    desplazar destacar detallar dibujar duplicar editar eliminar encargar enlazar entrar
    enviar escanear escuchar esperar etiquetar evaluar exportar filtrar finalizar firmar
    gestionar grabar guardar habilitar iniciar importar indicar informar ingresar
    insertar intentar invitar llamar llenar localizar manejar marcar modificar monitorear
    monitorizar navegar necesitar notificar observar ocultar olvidar opinar ordenar
    organizar pagar participar personalizar planificar postear preguntar presentar prestar
    programar publicar puntuar quitar rastrear realizar rechazar reclamar registrar rellenar
    reordenar reportar reprogramar reservar retirar
    revisar seleccionar solicitar subrayar sumar supervisar tomar trabajar usar utilizar
    validar valorar verificar visitar visualizar votar faltar llegar quedar superar caducar
    fallar terminar agotar expirar acabar pasar retrasar cumplimentar
"""
#: -er verbs (the stem alone cannot tell them from -ir verbs).
_ER = """
    acceder aprender atender comprender correr creer deber depender devolver disponer
    ejercer entender escoger establecer extender leer mantener meter mover obtener ofrecer
    perder poner poseer prever proceder promover proteger querer recoger reconocer remover
    resolver responder retener romper saber someter tener traer vender ver volver aparecer
    conocer contener crecer desaparecer detener encender defender exceder hacer pertenecer
    satisfacer suponer proponer componer exponer
"""
#: -ir verbs.
_IR = """
    abrir adquirir admitir advertir añadir asistir compartir competir concluir conducir
    conseguir construir consistir convertir corregir cubrir cumplir decidir decir definir
    describir descubrir despedir difundir dirigir distribuir dividir dormir elegir emitir
    escribir excluir exigir existir imprimir impedir incluir inscribir insistir introducir
    invertir ir medir morir omitir partir pedir percibir permitir preferir prohibir producir
    recibir reducir referir repartir repetir requerir reunir salir seguir sentir servir
    subir sugerir suscribir sustituir traducir transferir transmitir unir venir vestir vivir
    oír reír sonreír perseguir redirigir reescribir consentir contribuir destruir ocurrir
    acudir
"""
#: Infinitive -> the stem its present takes in the singular and the third person plural.
_STEM = {
    "cerrar": "cierr", "pensar": "piens", "empezar": "empiez", "comenzar": "comienz",
    "recomendar": "recomiend", "despertar": "despiert", "calentar": "calient",
    "negar": "nieg", "desplegar": "desplieg", "perder": "pierd", "tender": "tiend",
    "encender": "enciend", "defender": "defiend", "querer": "quier", "ferir": "fier",
    "gerir": "gier", "vertir": "viert", "sentir": "sient", "mentir": "mient",
    "querir": "quier", "quirir": "quier", "hervir": "hierv", "regar": "rieg",
    "contar": "cuent", "encontrar": "encuentr", "mostrar": "muestr", "probar": "prueb",
    "recordar": "recuerd",
    "acordar": "acuerd", "volver": "vuelv", "solver": "suelv", "mover": "muev",
    "poder": "pued", "dormir": "duerm", "morir": "muer", "costar": "cuest", "soltar": "suelt",
    "renovar": "renuev", "sonar": "suen", "colgar": "cuelg", "almorzar": "almuerz",
    "forzar": "fuerz", "soñar": "sueñ", "volar": "vuel", "apostar": "apuest",
    "jugar": "jueg", "pedir": "pid", "seguir": "sigu", "servir": "sirv", "petir": "pit",
    "medir": "mid", "elegir": "elig", "regir": "rig", "vestir": "vist", "rendir": "rind",
    "concebir": "concib", "mendar": "miend", "oler": "huel",
}  # fmt: skip
#: Verbs whose base a prefixed verb takes its stem change from ("devolver", "conseguir").
_STEM_BASES = (
    "contar", "mostrar", "probar", "volver", "solver", "mover", "pedir", "seguir", "tender",
    "vertir", "sentir", "ferir", "gerir", "querir", "quirir", "mendar", "petir", "cerrar",
    "negar", "regir", "servir", "vestir", "medir",
)  # fmt: skip
#: Irregular verbs: (first person, third person, subjunctive, future stem).
_IRREGULAR = {
    "ser": ("soy", "es", "sea", "ser"),
    "estar": ("estoy", "está", "esté", "estar"),
    "ir": ("voy", "va", "vaya", "ir"),
    "dar": ("doy", "da", "dé", "dar"),
    "ver": ("veo", "ve", "vea", "ver"),
    "haber": ("he", "ha", "haya", "habr"),
    "hacer": ("hago", "hace", "haga", "har"),
    "poner": ("pongo", "pone", "ponga", "pondr"),
    "tener": ("tengo", "tiene", "tenga", "tendr"),
    "venir": ("vengo", "viene", "venga", "vendr"),
    "salir": ("salgo", "sale", "salga", "saldr"),
    "decir": ("digo", "dice", "diga", "dir"),
    "traer": ("traigo", "trae", "traiga", "traer"),
    "caer": ("caigo", "cae", "caiga", "caer"),
    "saber": ("sé", "sabe", "sepa", "sabr"),
    "caber": ("quepo", "cabe", "quepa", "cabr"),
    "oír": ("oigo", "oye", "oiga", "oir"),
    "poder": ("puedo", "puede", "pueda", "podr"),
    "querer": ("quiero", "quiere", "quiera", "querr"),
    "valer": ("valgo", "vale", "valga", "valdr"),
    "reír": ("río", "ríe", "ría", "reir"),
    "sonreír": ("sonrío", "sonríe", "sonría", "sonreir"),
    "prohibir": ("prohíbo", "prohíbe", "prohíba", "prohibir"),
    "reunir": ("reúno", "reúne", "reúna", "reunir"),
    "oler": ("huelo", "huele", "huela", "oler"),
    "satisfacer": ("satisfago", "satisface", "satisfaga", "satisfar"),
}
#: Bases a prefixed verb takes its irregular forms from ("obtener", "disponer", "prever").
_IRREGULAR_BASES = ("tener", "poner", "venir", "hacer", "decir", "traer", "salir", "ver")
#: -iar verbs that stress the i ("envío", "envíe"); other -iar verbs do not ("cambio").
_STRESSED_I = frozenset(
    """enviar reenviar confiar guiar variar ampliar vaciar desviar espiar fiar enfriar criar
    esquiar desafiar averiar rociar""".split()
)
#: Words that end like an infinitive but are nouns, adjectives or English words.
_NOT_VERBS = frozenset(
    """
    lugar hogar par bar mar militar particular regular popular similar familiar escolar
    celular titular solar polar lunar estelar pilar altar collar avatar radar bienestar
    singular peculiar auxiliar nuclear angular rectangular muscular vulgar molecular
    circular modular tabular calendar webinar seminar dollar star car clear sugar spar
    mujer alquiler taller placer poder deber master user server container manager player
    viewer docker timer banner header footer filter router poster scanner folder trailer
    layer marker newsletter tracker picker finder reader leader builder slider spider
    provider loader uploader computer printer chapter character letter order register
    number answer paper sticker partner developer designer customer owner member driver
    rider buyer seller over power water cover paper super after never ever other under
    elixir nadir emir tapir souvenir porvenir faquir visir stir
    """.split()
)
#: -er endings that are Spanish infinitives ("ofrecer", "entender", "mantener").
_ER_ENDINGS = (
    "ecer", "ocer", "ender", "ener", "olver", "over", "eer", "aer", "oger", "eger", "oner",
    "acer", "ever", "ejer",
)  # fmt: skip
#: Stem endings of -ir verbs, for a present form of a verb no list names ("emite").
_IR_STEMS = ("ib", "it", "id", "rt", "st", "und", "umpl", "uc", "ad", "uy", "gu")
_CLITICS = ("selo", "sela", "selos", "selas", "se", "me", "te", "nos", "lo", "la", "los", "las",
            "le", "les")  # fmt: skip
_INFINITIVE_SHAPE = re.compile(r"^[a-zñü]{2,}(?:ar|er|ir)$|^[a-zñü]{1,}ír$")
#: Words that pass between verbs unchanged: "cancelar o reprogramar", "no contener".
_PASS = frozenset({"y", "o", "u", "e", "ni", "y/o", "no", "ya", "también"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_KNOWN_AR = _words(_AR)
_KNOWN_ER = _words(_ER)
_KNOWN_IR = _words(_IR)
KNOWN = _KNOWN_AR | _KNOWN_ER | _KNOWN_IR | frozenset(_STEM) | frozenset(_IRREGULAR)


# -- telling an infinitive -------------------------------------------------------------------


def split_clitic(word: str) -> tuple[str, str]:
    """ "registrarse" -> ("registrar", "se"); a word with no enclitic pronoun -> (word, "")."""
    low = word.lower()
    if _bare_infinitive(low):
        return low, ""
    for clitic in _CLITICS:
        base = low[: -len(clitic)]
        if not low.endswith(clitic) or (len(base) < 3 and base not in KNOWN):
            continue
        if _bare_infinitive(_unaccent_end(base)):
            return _unaccent_end(base), clitic
    return low, ""


def _unaccent_end(base: str) -> str:
    """ "enviár" (of "enviárselo") -> "enviar"."""
    for accented, plain in (("ár", "ar"), ("ér", "er")):
        if base.endswith(accented):
            return base[:-2] + plain
    return base


def _bare_infinitive(word: str) -> bool:
    if word in KNOWN:
        return True
    if word in _NOT_VERBS or not _INFINITIVE_SHAPE.match(word):
        return False
    if word.endswith("er"):
        return word.endswith(_ER_ENDINGS)
    return True


def is_infinitive(word: str) -> bool:
    """Whether ``word`` is an infinitive, alone or with an enclitic ("subir", "darse")."""
    low = word.lower()
    if "/" in low:
        parts = [part for part in low.split("/") if part]
        return len(parts) > 1 and all(is_infinitive(part) for part in parts)
    base, _ = split_clitic(low)
    return _bare_infinitive(base)


def is_reflexive(verb: str) -> bool:
    """Whether an infinitive takes "se" ("registrarse", "darse de alta")."""
    return split_clitic(verb.split()[0] if verb else "")[1] == "se"


# -- forms from the infinitive ---------------------------------------------------------------


@cache
def _forms(infinitive: str) -> tuple[str, str, str, str]:
    """(first person, third person, subjunctive, future stem) of a bare infinitive."""
    if infinitive in _IRREGULAR:
        return _IRREGULAR[infinitive]
    for base in _IRREGULAR_BASES:
        prefix = infinitive[: -len(base)]
        if infinitive.endswith(base) and len(prefix) >= 2:
            if base == "ver" and infinitive not in {"prever", "rever"}:
                continue
            forms = _IRREGULAR[base]
            third = forms[1]
            if base == "ver":
                third = "vé"  # "prevé": the stress falls on the last syllable
            future = forms[3] if forms[3] != base else infinitive
            return (
                prefix + forms[0],
                prefix + third,
                prefix + forms[2],
                future if future == infinitive else prefix + future,
            )
    kind = infinitive[-2:].replace("í", "i")
    stem = _stem(infinitive)
    first = _join_stem(infinitive, stem, "o")
    third = _join_stem(infinitive, stem, "a" if kind == "ar" else "e")
    subjunctive_form = _join_stem(infinitive, stem, "e" if kind == "ar" else "a")
    return first, third, subjunctive_form, infinitive


def _stem(infinitive: str) -> str:
    if infinitive in _STEM:
        return _STEM[infinitive]
    for base in _STEM_BASES:
        prefix = infinitive[: -len(base)]
        if infinitive.endswith(base) and prefix:
            return prefix + _STEM[base]
    return infinitive[:-2]


def _join_stem(infinitive: str, stem: str, ending: str) -> str:
    """The stem and the ending, with the spelling and stress the pair needs."""
    kind = infinitive[-2:]
    front = ending == "e"
    if kind == "ar" and front:
        if infinitive.endswith("car"):
            stem = stem[:-1] + "qu"
        elif infinitive.endswith("guar"):
            stem = stem[:-1] + "ü"
        elif infinitive.endswith("gar"):
            stem = stem + "u"
        elif infinitive.endswith("zar"):
            stem = stem[:-1] + "c"
    if kind in {"er", "ir"} and not front:
        if infinitive.endswith(("ger", "gir")):
            stem = stem[:-1] + "j"
        elif infinitive.endswith("guir"):
            stem = stem[:-1]
        elif infinitive.endswith(("cer", "cir")) and stem.endswith("c"):
            stem = stem[:-1] + ("zc" if stem[-2:-1] in set("aeiouáéíóú") else "z")
    if infinitive.endswith("uir") and not infinitive.endswith(("guir", "quir")):
        stem = stem + "y"
    if infinitive in _STRESSED_I and stem.endswith("i"):
        stem = stem[:-1] + "í"
    elif infinitive.endswith("uar") and not infinitive.endswith("guar") and stem.endswith("u"):
        stem = stem[:-1] + "ú"
    return stem + ending


def _map_verbs(phrase: str, form) -> str:
    """Apply ``form`` to every verb of "cancelar o reprogramar", "bloquear/desbloquear"."""
    out = []
    for word in phrase.split():
        if word.lower() in _PASS:
            out.append(word.lower())
        elif "/" in word:
            out.append("/".join(form(part) for part in word.split("/")))
        else:
            out.append(form(word))
    return " ".join(out)


def first_person(phrase: str) -> str:
    """ "cancelar o reprogramar" -> "cancelo o reprogramo"; "registrarse" -> "me registro"."""

    def form(word: str) -> str:
        base, clitic = split_clitic(word)
        if not _bare_infinitive(base):
            return word
        verb = _forms(base)[0]
        if clitic == "se":
            return f"me {verb}"
        if clitic:
            return f"{clitic} {verb}"
        return verb

    return _map_verbs(phrase, form)


def third_person(phrase: str, *, plural: bool = False) -> str:
    """ "recordar" -> "recuerda" ("recuerdan" for a plural subject); "se" stays in front."""

    def form(word: str) -> str:
        base, clitic = split_clitic(word)
        if not _bare_infinitive(base):
            return word
        verb = _forms(base)[1]
        if plural:
            verb = "son" if base == "ser" else verb + "n"
        return f"{clitic} {verb}" if clitic else verb

    return _map_verbs(phrase, form)


def subjunctive(phrase: str, *, plural: bool = False, speaker: bool = False) -> str:
    """ "recordar" -> "recuerde"; ``speaker``: the first person ("me registre")."""

    def form(word: str) -> str:
        base, clitic = split_clitic(word)
        if not _bare_infinitive(base):
            return word
        verb = _forms(base)[2]
        if plural:
            verb = verb + "n"
        if clitic == "se" and speaker:
            return f"me {verb}"
        return f"{clitic} {verb}" if clitic else verb

    return _map_verbs(phrase, form)


def wish_form(phrase: str) -> str:
    """The infinitive after "quiero": "registrarse" -> "registrarme", others as they are."""

    def form(word: str) -> str:
        base, clitic = split_clitic(word)
        if clitic == "se" and _bare_infinitive(base):
            return word[: -len("se")] + "me"
        return word

    return _map_verbs(phrase, form)


# -- the infinitive from a finite form -------------------------------------------------------


@cache
def _known_forms() -> dict[str, tuple[str, bool]]:
    """Every third-person form of the listed verbs -> (infinitive, whether subjunctive)."""
    table: dict[str, tuple[str, bool]] = {}
    verbs = sorted(KNOWN)
    for verb in verbs:
        _, third, subjunctive_form, future = _forms(verb)
        stem = future if future != verb else verb
        plural_third = "son" if verb == "ser" else third + "n"
        indicative = [
            third, plural_third, f"{stem}á", f"{stem}án", f"{stem}ía", f"{stem}ían",
        ]  # fmt: skip
        if future == verb:
            plain = verb.replace("í", "i")
            indicative += [f"{plain}á", f"{plain}án", f"{plain}ía", f"{plain}ían"]
        for word in indicative:
            table.setdefault(word, (verb, False))
    for verb in verbs:
        subjunctive_form = _forms(verb)[2]
        for word in (subjunctive_form, subjunctive_form + "n"):
            table.setdefault(word, (verb, True))
    return table


def known_form(word: str, *, subjunctive_mood: bool = True) -> str | None:
    """The infinitive of a third-person form of a listed verb ("elige" -> "elegir").

    ``subjunctive_mood``: whether a subjunctive form counts; outside a "que" clause it does
    not, so that nouns shaped like one ("tienda", "reserve") are not read as verbs.
    """
    found = _known_forms().get(word.lower())
    if not found or (found[1] and not subjunctive_mood):
        return None
    return found[0]


def indicative(word: str) -> str:
    """A listed verb's subjunctive as the indicative: "falte" -> "falta", "estén" -> "están"."""
    found = _known_forms().get(word.lower())
    if not found or not found[1]:
        return word
    return third_person(found[0], plural=word.endswith("n"))


def infinitive_of(word: str, *, subjunctive_mood: bool = False) -> str | None:
    """The infinitive of a third-person form: listed verbs by table, others by ending.

    ``subjunctive_mood``: the form follows "que" ("permite que el usuario cancele"), so an
    -e ending is an -ar verb's. None when the word does not end like a verb form.
    """
    low = word.lower()
    found = _known_forms().get(low)
    if found:
        return found[0]
    if len(low) < 4 or not low.isalpha():
        return None
    for ending in ("rían", "ría", "rán", "rá"):
        if low.endswith(ending):
            stem = low[: -len(ending)]
            if stem.endswith(("a", "e", "i")):
                return stem + "r"
            return None
    if low.endswith("n"):
        low = low[:-1]
    if subjunctive_mood:
        return _from_subjunctive(low)
    if low.endswith("a"):
        return low[:-1] + "ar"
    if low.endswith("e"):
        return _er_or_ir(low[:-1])
    return None


def _er_or_ir(stem: str) -> str:
    if stem.endswith("uy"):
        return stem[:-1] + "ir"  # "incluye" -> "incluir"
    return stem + ("ir" if stem.endswith(_IR_STEMS) else "er")


def _from_subjunctive(form: str) -> str | None:
    if form.endswith("e"):
        stem = form[:-1]
        for written, plain in (("qu", "c"), ("gü", "gu"), ("gu", "g"), ("c", "z")):
            if stem.endswith(written):
                return stem[: -len(written)] + plain + "ar"
        return stem + "ar"
    if form.endswith("a"):
        stem = form[:-1]
        if stem.endswith("zc"):
            return stem[:-2] + "cer"
        if stem.endswith("j"):
            return stem[:-1] + "ger"
        return _er_or_ir(stem)
    return None
