"""French grammar for writing stories: verb forms, articles and elision, without a lexicon.

Requirements say "Le client choisit un créneau", "Les visiteurs pourront consulter ..." or
"Les avis seront validés par le modérateur"; a story says "je veux choisir un créneau", a
criterion "quand je choisis un créneau", a system story "je veux que le site envoie ...".

What the rules cover:

- Verbs of the first group (-er) with their spelling changes ("gérer" -> "gère",
  "acheter" -> "achète", "appeler" -> "appelle", "employer" -> "emploie"), the second group
  (-ir, "choisir" -> "choisis", "choisissent") and the regular -dre verbs ("vendre" ->
  "vends"), in the present (1st and 3rd person), the subjunctive, the future, the past
  participle and the present participle.
- Irregular verbs by their ending, so that one entry serves a family: "-mettre" (mettre,
  permettre, transmettre ...), "-prendre", "-tenir", "-venir", "-cevoir", "-crire",
  "-duire", "-vrir" and about forty more, and the auxiliaries and modals (être, avoir,
  aller, faire, pouvoir, vouloir, devoir, savoir).
- Finite forms, participles and gerunds back to the infinitive: exactly for the verbs of
  ``COMMON_VERBS`` and the irregular families, by suffix rules for any other verb.
- Articles by the noun's gender (a table of common nouns, else the ending: "-tion",
  "-ure", "-ette" ... are feminine), elision ("de" + "avis" -> "d'avis", "que" + "il") and
  contraction ("de le" -> "du", "à les" -> "aux").

The tables are small (about 280 common verbs, 50 irregular families and 200 nouns of
known gender); a word the rules do not know is left as it is written. Not covered: the
past tenses but the participle, the rarer irregular verbs (boire, coudre, mourir,
asseoir ...) and nouns whose gender their ending does not tell ("le musée", "la clé" are
in the table, "le lycée" is not).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = [
    "COMMON_VERBS",
    "article",
    "contract",
    "elide",
    "first_person",
    "forms",
    "gender",
    "has_determiner",
    "infinitive",
    "is_infinitive",
    "is_plural",
    "join_elided",
    "known_verb",
    "participle",
    "singular",
    "starts_with_vowel",
    "subjunctive",
    "third_person",
]

#: Irregular verbs by their ending: (je, il, ils, qu'il, qu'ils, participle, future stem,
#: present participle). An entry whose key starts with "=" matches the whole verb only.
_IRREGULAR = {
    "=être": "suis est sont soit soient été ser étant",
    "=avoir": "ai a ont ait aient eu aur ayant",
    "=aller": "vais va vont aille aillent allé ir allant",
    "=pouvoir": "peux peut peuvent puisse puissent pu pourr pouvant",
    "=vouloir": "veux veut veulent veuille veuillent voulu voudr voulant",
    "=devoir": "dois doit doivent doive doivent dû devr devant",
    "=savoir": "sais sait savent sache sachent su saur sachant",
    "=falloir": "faut faut faut faille faillent fallu faudr fallant",
    "=croire": "crois croit croient croie croient cru croir croyant",
    "=partir": "pars part partent parte partent parti partir partant",
    "=repartir": "repars repart repartent reparte repartent reparti repartir repartant",
    "faire": "fais fait font fasse fassent fait fer faisant",
    "valoir": "vaux vaut valent vaille vaillent valu vaudr valant",
    "cevoir": "çois çoit çoivent çoive çoivent çu cevr cevant",
    "voir": "vois voit voient voie voient vu verr voyant",
    "mettre": "mets met mettent mette mettent mis mettr mettant",
    "prendre": "prends prend prennent prenne prennent pris prendr prenant",
    "tenir": "tiens tient tiennent tienne tiennent tenu tiendr tenant",
    "venir": "viens vient viennent vienne viennent venu viendr venant",
    "dire": "dis dit disent dise disent dit dir disant",
    "lire": "lis lit lisent lise lisent lu lir lisant",
    "crire": "cris crit crivent crive crivent crit crir crivant",
    "duire": "duis duit duisent duise duisent duit duir duisant",
    "struire": "struis struit struisent struise struisent struit struir struisant",
    "vrir": "vre vre vrent vre vrent vert vrir vrant",
    "ffrir": "ffre ffre ffrent ffre ffrent ffert ffrir ffrant",
    "cueillir": "cueille cueille cueillent cueille cueillent cueilli cueiller cueillant",
    "suivre": "suis suit suivent suive suivent suivi suivr suivant",
    "vivre": "vis vit vivent vive vivent vécu vivr vivant",
    "connaître": "connais connaît connaissent connaisse connaissent connu connaîtr connaissant",
    "paraître": "parais paraît paraissent paraisse paraissent paru paraîtr paraissant",
    "clure": "clus clut cluent clue cluent clu clur cluant",
    "soudre": "sous sout solvent solve solvent solu soudr solvant",
    "joindre": "joins joint joignent joigne joignent joint joindr joignant",
    "eindre": "eins eint eignent eigne eignent eint eindr eignant",
    "aindre": "ains aint aignent aigne aignent aint aindr aignant",
    "battre": "bats bat battent batte battent battu battr battant",
    "rompre": "romps rompt rompent rompe rompent rompu rompr rompant",
    "envoyer": "envoie envoie envoient envoie envoient envoyé enverr envoyant",
    "courir": "cours court courent coure courent couru courr courant",
    "servir": "sers sert servent serve servent servi servir servant",
    "sortir": "sors sort sortent sorte sortent sorti sortir sortant",
    "sentir": "sens sent sentent sente sentent senti sentir sentant",
    "quérir": "quiers quiert quièrent quière quièrent quis querr quérant",
    "plaire": "plais plaît plaisent plaise plaisent plu plair plaisant",
    "rire": "ris rit rient rie rient ri rir riant",
    "traire": "trais trait traient traie traient trait trair trayant",
    "fuir": "fuis fuit fuient fuie fuient fui fuir fuyant",
    "vaincre": "vaincs vainc vainquent vainque vainquent vaincu vaincr vainquant",
}
_WHOLE = {key[1:]: forms.split() for key, forms in _IRREGULAR.items() if key.startswith("=")}
_ENDINGS = sorted(
    ((key, forms.split()) for key, forms in _IRREGULAR.items() if not key.startswith("=")),
    key=lambda item: -len(item[0]),
)
_JE, _IL, _ILS, _SUBJ, _SUBJ_PL, _PARTICIPLE, _FUTURE, _GERUND = range(8)

#: -eler/-eter verbs that double their consonant ("appelle"); the others take "è".
_DOUBLING = frozenset("appeler rappeler épeler renouveler jeter rejeter projeter".split())

#: Verbs requirements use most; with the irregular families they are the verbs known for
#: sure (other words are taken for verbs by their ending, where the context says a verb).
COMMON_VERBS = frozenset(
    """
    accéder accepter accompagner accorder acheter activer adapter afficher affecter
    agrandir ajouter alerter analyser animer annoncer annuler appeler apporter apprendre
    approuver appuyer archiver arrêter assigner associer assurer attacher attendre
    attribuer augmenter authentifier autoriser avertir bloquer calculer changer charger
    chercher choisir classer cliquer cocher collaborer commander commenter communiquer
    comparer compléter comprendre concevoir conduire configurer confirmer connaître
    connecter conserver consulter contacter contenir continuer contrôler convertir copier
    corriger couvrir créer débloquer décaler déclarer décrire définir déléguer demander
    démarrer dépasser déplacer déposer désactiver désigner désinscrire détailler
    développer devenir diffuser discuter disposer distribuer diviser documenter donner
    dupliquer échanger écrire éditer effacer effectuer emprunter encaisser enregistrer
    entrer envoyer épingler établir étiqueter évaluer éviter exclure exécuter expédier
    exporter exprimer facturer faire favoriser fermer filtrer finaliser finir fixer
    fournir fusionner gagner garantir garder générer gérer glisser grouper guider
    identifier ignorer importer imprimer inclure indiquer informer inscrire insérer
    installer intégrer interagir interdire inviter joindre laisser lancer lier limiter
    lire livrer localiser louer maintenir marquer mémoriser mentionner mesurer mettre
    modérer modifier montrer naviguer noter notifier obtenir offrir organiser ouvrir
    paramétrer parcourir partager participer passer payer percevoir permettre
    personnaliser planifier poster préciser préparer présenter prévenir prévisualiser
    produire programmer proposer protéger publier rappeler rapprocher réaliser recevoir
    rechercher réclamer recommander récupérer rédiger réduire refuser regarder regrouper
    réinitialiser rejeter relancer relier remplacer remplir renouveler renseigner renommer
    rembourser répartir répondre reporter réserver résilier résoudre respecter restaurer
    restreindre retenir retirer retourner retrouver réunir réutiliser revenir revoir
    saisir sauvegarder savoir scanner sécuriser sélectionner signaler signer simuler
    souhaiter soumettre souscrire stocker suggérer suivre supprimer surveiller suspendre
    synchroniser télécharger téléverser terminer tester traduire traiter transférer
    transmettre trier trouver utiliser valider vendre vérifier visualiser voir voter
    """.split()
)
#: Words ending like an infinitive that are nouns or adjectives.
_NOT_INFINITIVES = frozenset(
    """
    fichier panier calendrier courrier papier métier quartier dossier clavier cahier atelier
    chantier premier dernier particulier entier escalier sentier routier pompier cuisinier
    caissier infirmier ouvrier policier banquier boulanger boucher berger danger hiver
    cancer laser poster leader manager designer cluster container server user timer header
    footer banner player viewer router scanner sticker flyer partner reporter mer fer ver
    cher fier hier léger étranger usager passager messager potager verger rocher plancher
    foyer loyer soir miroir couloir trottoir tiroir comptoir rasoir espoir noir loisir
    plaisir désir avenir élixir soupir régulier singulier financier immobilier journalier
    familier saisonnier hospitalier hôtelier mobilier conseiller super master poker
    dîner déjeuner goûter souper clocher archer acier levier évier gibier palier tablier
    collier sorcier chevalier écolier officier héritier greffier douanier fermier épicier
    pâtissier charcutier jardinier prisonnier dentier prunier pommier poirier cerisier
    grenier grillier bouclier bélier menuisier plombier carrossier garagiste tarif
    """.split()
)


# -- infinitives and their forms --------------------------------------------------------------


def _irregular(verb: str) -> tuple[str, list[str]] | None:
    """(prefix, forms) of an irregular verb: "permettre" -> ("per", forms of "mettre")."""
    if verb in _WHOLE:
        return "", _WHOLE[verb]
    if verb == "répartir" or verb.endswith(("asseoir", "assortir")):
        return None
    for ending, forms in _ENDINGS:
        if verb.endswith(ending):
            return verb[: -len(ending)], forms
    return None


def _group(verb: str) -> str:
    """ "er", "ir" (choisir), "re" (vendre) or "irr" (an irregular family)."""
    if _irregular(verb):
        return "irr"
    if verb.endswith("er"):
        return "er"
    if verb.endswith("ir"):
        return "ir"
    return "re"


def _mute_e_stem(verb: str) -> str:
    """The stem of an -er verb before a mute "e": "gérer" -> "gèr", "appeler" -> "appell"."""
    stem = verb[:-2]
    if stem.endswith(("oy", "uy")):
        return stem[:-1] + "i"
    if stem.endswith("ay"):
        return stem[:-1] + "i"
    if verb in _DOUBLING:
        return stem + stem[-1]
    match = re.search(r"(é)((?:[bcdfgjklmnpqrstvz]|[bcdfgptv][lr]|gu|qu))$", stem)
    if match:
        return stem[: match.start(1)] + "è" + match.group(2)
    match = re.search(r"(?<=[b-df-hj-np-tv-z])e([bcdfgjklmnpqrstvz])$", stem)
    if match and len(stem) > 2:
        return stem[: match.start()] + "è" + match.group(1)
    return stem


@cache
def forms(verb: str) -> list[str]:
    """The forms of ``verb`` in the order of ``_IRREGULAR``'s entries."""
    irregular = _irregular(verb)
    if irregular:
        prefix, endings = irregular
        return [prefix + ending for ending in endings]
    group = _group(verb)
    stem = verb[:-2]
    if group == "er":
        mute = _mute_e_stem(verb)
        soft = stem + "e" if stem.endswith("g") else stem
        soft = soft[:-1] + "ç" if soft.endswith("c") else soft
        changed = mute != stem and mute.replace("è", "é") != stem
        future = mute + "er" if changed and not stem.endswith("ay") else verb
        return [mute + "e", mute + "e", mute + "ent", mute + "e", mute + "ent",
                stem + "é", future, soft + "ant"]  # fmt: skip
    if group == "ir":
        return [stem + "is", stem + "it", stem + "issent", stem + "isse", stem + "issent",
                stem + "i", verb, stem + "issant"]  # fmt: skip
    third = stem if stem.endswith(("d", "t")) else stem + "t"
    return [stem + "s", third, stem + "ent", stem + "e", stem + "ent", stem + "u",
            verb[:-1], stem + "ant"]  # fmt: skip


def first_person(verb: str) -> str:
    """ "je ..." of an infinitive: "ajouter" -> "ajoute", "choisir" -> "choisis"."""
    return forms(verb)[_JE] if _looks_infinitive(verb) else verb


def third_person(verb: str, plural: bool = False) -> str:
    """ "il ..." or "ils ...": "envoyer" -> "envoie" / "envoient"."""
    return forms(verb)[_ILS if plural else _IL] if _looks_infinitive(verb) else verb


def subjunctive(verb: str, plural: bool = False) -> str:
    """ "qu'il ..." or "qu'ils ...": "pouvoir" -> "puisse" / "puissent"."""
    return forms(verb)[_SUBJ_PL if plural else _SUBJ] if _looks_infinitive(verb) else verb


def participle(verb: str) -> str:
    """The past participle, masculine singular: "valider" -> "validé", "prendre" -> "pris"."""
    return forms(verb)[_PARTICIPLE] if _looks_infinitive(verb) else verb


def _looks_infinitive(word: str) -> bool:
    return word.endswith(("er", "ir", "re", "oir", "ïr"))


@cache
def _known_forms() -> dict[str, str]:
    """Every form of the known verbs, back to the infinitive."""
    index: dict[str, str] = {}
    verbs = set(COMMON_VERBS) | set(_WHOLE) | {e for e, _ in _ENDINGS if len(e) > 4}
    for verb in sorted(verbs, key=lambda v: (v not in _WHOLE, v)):
        made = forms(verb)
        future = made[_FUTURE]
        part = made[_PARTICIPLE]
        options = [*made[:_FUTURE], made[_GERUND], future + "a", future + "ont", future + "ait",
                   future + "aient", part + "e", part + "s", part + "es"]  # fmt: skip
        if verb.endswith("er"):
            options += [verb[:-2] + "ez"]
        for form in options:
            index.setdefault(form, verb)
    for verb in ("être", "avoir", "aller", "faire", "pouvoir", "devoir", "vouloir"):
        index[forms(verb)[_IL]] = verb
    index["fait"] = "faire"
    index["suis"] = "être"
    return index


def known_verb(word: str) -> str | None:
    """The infinitive of a form of a verb known for sure ("reçoit" -> "recevoir"), or None."""
    low = word.lower()
    if low in COMMON_VERBS or low in _WHOLE:
        return low
    return _known_forms().get(low)


def infinitive(word: str) -> str | None:
    """The infinitive of a verb form: known forms exactly, any other by its ending.

    "choisit" -> "choisir", "permettra" -> "permettre", "gère" -> "gérer", "validés" ->
    "valider", "évitant" -> "éviter"; None when the word cannot be a verb form.
    """
    low = word.lower()
    known = known_verb(low)
    if known:
        return known
    if len(low) < 4 or not low.isalpha():
        return None
    for ending, replace in _GUESSES:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return _undo_mute_e(low[: -len(ending)] + replace)
    return None


#: Endings of verb forms and what the infinitive ends with instead, longest first.
_GUESSES = (
    ("issaient", "ir"), ("issantes", "ir"), ("issant", "ir"), ("issent", "ir"),
    ("eraient", "er"), ("iraient", "ir"), ("eront", "er"), ("iront", "ir"), ("erait", "er"),
    ("irait", "ir"), ("era", "er"), ("ira", "ir"), ("aient", "er"), ("ées", "er"),
    ("ant", "er"), ("ent", "er"), ("ée", "er"), ("és", "er"), ("é", "er"), ("ez", "er"),
    ("it", "ir"), ("ies", "ir"), ("ie", "ier"), ("is", "ir"), ("e", "er"),
)  # fmt: skip


def _undo_mute_e(verb: str) -> str:
    """ "gèrer" -> "gérer", "appeller" -> "appeler", "emploier" -> "employer"."""
    if verb.endswith(("oier", "uier")):
        return verb[:-3] + "yer"
    if verb.endswith("aier"):
        return verb[:-3] + "yer"
    match = re.search(r"(ll|tt)er$", verb)
    if match and verb[: match.start()] + verb[match.start()] + "er" in _DOUBLING:
        return verb[: match.start()] + verb[match.start()] + "er"
    match = re.search(r"è((?:[bcdfgjklmnpqrstvz]|[bcdfgptv][lr]|gu|qu))er$", verb)
    if match:
        plain = verb[: match.start()] + "e" + match.group(1) + "er"
        if plain in COMMON_VERBS or plain in _E_VERBS:
            return plain
        return verb[: match.start()] + "é" + match.group(1) + "er"
    return verb


#: -er verbs with a plain "e" that becomes "è" ("lever" -> "lève"), for the way back.
_E_VERBS = frozenset(
    """lever enlever élever relever soulever prélever mener amener emmener ramener promener
    peser semer acheter racheter achever geler modeler peler harceler crever""".split()
)


def is_infinitive(word: str) -> bool:
    """Whether ``word`` reads as an infinitive ("choisir", "prendre", "mettre à jour")."""
    low = word.lower()
    if low in COMMON_VERBS or low in _WHOLE:
        return True
    if not low.isalpha() or len(low) < 4 or low in _NOT_INFINITIVES:
        return False
    if low.endswith("er"):
        return True
    if low.endswith("ir"):
        return not low.endswith("oir") or _irregular(low) is not None
    if low.endswith(("re", "oir")):
        return _irregular(low) is not None or low.endswith(("endre", "ondre", "erdre"))
    return False


# -- nouns, articles and elision -------------------------------------------------------------

_FEMININE = frozenset(
    """
    liste page fiche galerie recherche fonction fonctionnalité notification commande
    réservation facture catégorie carte photo image vidéo note évaluation alerte option
    section rubrique application plateforme interface base donnée information adresse date
    heure durée description présentation confirmation annulation demande offre boutique
    messagerie connexion inscription session langue devise zone région ville boîte pièce
    tâche équipe sauvegarde mise vente location livraison disponibilité période semaine
    journée visite intervention réparation prestation consultation ordonnance salle table
    place fenêtre modale valeur couleur clé somme réponse question règle étape fin entreprise
    société voiture personne réclamation remise promotion newsletter publication version
    réduction quantité taille signature preuve agence clinique
    """.split()
)
_MASCULINE = frozenset(
    """
    historique graphique formulaire commentaire calendrier tableau profil compte panier
    produit service site mode filtre tri rappel avis message fichier document rendez-vous
    créneau paiement mot e-mail email courriel rapport menu bouton écran espace accès module
    contenu catalogue résumé récapitulatif statut suivi véhicule client utilisateur code
    lien panneau onglet champ numéro montant prix stock article événement achat abonnement
    thème outil moteur système processus portail questionnaire planning agenda modèle
    groupe projet dossier devis reçu justificatif témoignage classement rôle droit horaire
    personnel sms pdf garage médecin patient visiteur employé membre directeur
    administrateur modérateur inventaire annuaire itinéraire trajet parcours
    lieu jour mois délai tarif ticket billet avatar identifiant
    """.split()
)
_SINGULAR_S = frozenset(
    "avis accès prix temps mois cours rendez-vous processus devis corps choix succès progrès "
    "fils bois poids repas tarifs".split()
)
#: Words before which "de", "le", "que" ... are not elided (the "h aspiré").
_ASPIRATED = frozenset("haut hauteur hall handicap hasard hâte héros hibou hiérarchie".split())


def starts_with_vowel(word: str) -> bool:
    """Whether ``word`` takes an elided "l'", "d'", "qu'" before it."""
    low = word.lower().lstrip('«"“ ')
    if not low:
        return False
    if low[0] == "h":
        return not any(low.startswith(a) for a in _ASPIRATED)
    return low[0] in "aàâäeéèêëiîïoôöuùûüœæy" and not low.startswith(("yo", "ya"))


def elide(word: str, following: str) -> str:
    """ "de" + "avis" -> "d'", "que" + "il" -> "qu'"; other words unchanged (no space)."""
    if not starts_with_vowel(following):
        return word
    low = word.lower()
    if low in {"de", "le", "la", "je", "me", "te", "se", "ne", "que", "lorsque", "jusque"}:
        return word[:-1] + "'"
    if low == "si" and following.lower().startswith("il"):
        return word[:-1] + "'"
    return word


def join_elided(words: list[str]) -> str:
    """Words joined with spaces, eliding where French does: ["de", "ajouter"] -> "d'ajouter"."""
    out = ""
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        word = elide(word, following) if following else word
        out += word if out.endswith("'") or not out else " " + word
    return out


def singular(word: str) -> str:
    """ "clients" -> "client", "travaux" -> "travail" is not attempted: "-aux" -> "-al"."""
    low = word.lower()
    if low in _SINGULAR_S or len(low) <= 3:
        return word
    if low.endswith("eaux"):
        return word[:-1]
    if low.endswith("aux") and low not in {"faux"}:
        return word[:-3] + "al"
    if low.endswith(("s", "x")) and not low.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_plural(word: str) -> bool:
    """Whether a bare noun is plural; "avis" names a feature in the plural ("Avis clients")."""
    low = word.lower()
    if low == "avis":
        return True
    return low.endswith(("s", "x")) and low not in _SINGULAR_S and not low.endswith("ss")


def gender(noun: str) -> str:
    """ "f" or "m", from the table of common nouns or the noun's ending."""
    low = singular(noun.lower())
    if low in _FEMININE:
        return "f"
    if low in _MASCULINE:
        return "m"
    if low.endswith(("age", "isme", "ème", "ège", "aire", "ice", "ste", "tre", "ble", "phe",
                     "ène", "ôle", "ome", "ode", "ide", "ile", "ège", "oire", "sme")):  # fmt: skip
        return "m"
    if low.endswith(("tion", "sion", "xion", "ure", "ence", "ance", "ude", "ade", "ette", "elle",
                     "esse", "ie", "ée", "ité", "té", "ise", "ine", "ière", "euse", "rice",
                     "ique", "ogie", "che", "ole", "ue", "ée", "e")):  # fmt: skip
        return "f"
    return "m"


_DETERMINERS = frozenset(
    """le la les l' un une des du de d' au aux ce cet cette ces mon ma mes ton ta tes son sa
    ses notre nos votre vos leur leurs chaque tout toute tous toutes plusieurs certains
    certaines quelques aucun aucune""".split()
)


def has_determiner(phrase: str) -> bool:
    first = phrase.split(" ", 1)[0].lower()
    return first in _DETERMINERS or first.startswith(("l'", "d'"))


def article(phrase: str, definite: bool = True) -> str:
    """``phrase`` with an article if it has none: "mode sombre" -> "le mode sombre"."""
    if not phrase or has_determiner(phrase) or phrase[:1].isdigit():
        return phrase
    head = phrase.split(" ", 1)[0].strip('«»"')
    if is_plural(head):
        return ("les " if definite else "des ") + phrase
    if definite and starts_with_vowel(head):
        return "l'" + phrase
    female = gender(head) == "f"
    if definite:
        return ("la " if female else "le ") + phrase
    return ("une " if female else "un ") + phrase


def contract(preposition: str, phrase: str) -> str:
    """ "de" / "à" before a phrase: "de" + "le profil" -> "du profil", "à les" -> "aux"."""
    first, _, rest = phrase.partition(" ")
    low = first.lower()
    if preposition == "de":
        if low == "le":
            return f"du {rest}"
        if low == "les":
            return f"des {rest}"
        if low == "des":
            return join_elided(["de", *rest.split(" ")])
        if low == "du":
            return f"du {rest}"
        return join_elided(["de", phrase]) if starts_with_vowel(phrase) else f"de {phrase}"
    if low == "le":
        return f"au {rest}"
    if low == "les":
        return f"aux {rest}"
    return f"à {phrase}"
