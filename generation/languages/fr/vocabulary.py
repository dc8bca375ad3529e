"""French words the reader knows: who is a person, what is the product, which verbs state a
requirement, which nouns name an action ("ajout" -> "ajouter") or a feature the user
consults, receives or uses.
"""

from __future__ import annotations

from functools import cache

#: Modals and what states a capability, before infinitives ("doit pouvoir", "a la possibilité
#: de"); the value is the number of words.
MODALS = {
    "doit", "doivent", "devra", "devront", "devrait", "devraient", "peut", "peuvent",
    "pourra", "pourront", "pourrait", "pourraient", "veut", "veulent", "souhaite",
    "souhaitent", "voudra", "voudront",
}  # fmt: skip
ABLE = (
    "a la possibilité de", "ont la possibilité de", "aura la possibilité de",
    "auront la possibilité de", "aurait la possibilité de", "avoir la possibilité de",
    "est en mesure de", "sont en mesure de", "sera en mesure de", "seront en mesure de",
    "être en mesure de", "a le droit de", "ont le droit de", "aura le droit de",
    "auront le droit de", "est autorisé à", "est autorisée à", "sont autorisés à",
    "sont autorisées à", "sera autorisé à", "seront autorisés à", "être autorisé à",
    "a besoin de", "ont besoin de", "est capable de", "sont capables de", "pouvoir",
    "a la possibilité d'", "ont la possibilité d'", "aura la possibilité d'",
    "auront la possibilité d'", "avoir la possibilité d'", "a besoin d'", "ont besoin d'",
)  # fmt: skip
#: "a accès à X": the capability is the access itself.
ACCESS = ("a accès", "ont accès", "aura accès", "auront accès", "avoir accès", "aient accès")
#: Phrases with no subject that state a capability or a duty.
IMPERSONAL = (
    ("il doit être possible de", None), ("il doit être possible d'", None),
    ("il est possible de", None), ("il est possible d'", None),
    ("il sera possible de", None), ("il sera possible d'", None),
    ("il devra être possible de", None), ("il devra être possible d'", None),
    ("il faut pouvoir", None), ("il doit pouvoir", None), ("possibilité de", None),
    ("possibilité d'", None), ("la possibilité de", None), ("la possibilité d'", None),
    ("il faut", ""), ("il est nécessaire de", ""), ("il est nécessaire d'", ""),
    ("il convient de", ""), ("il convient d'", ""), ("il est obligatoire de", ""),
)  # fmt: skip
#: Verbs by which the product lets the role act: "permet aux clients de ...".
LETS = {
    "permet", "permettent", "permettra", "permettront", "permettre", "permettrait",
    "offre", "offrent", "offrira", "offriront", "offrir", "donne", "donnent", "donnera",
    "donneront", "donner", "autorise", "autorisent", "autorisera", "autoriseront",
    "autoriser", "propose", "proposent", "proposera", "proposeront",
}  # fmt: skip
#: Verbs of the product's builders, not of its users: "Mettre en place un formulaire".
BUILD = {
    "implémenter", "développer", "intégrer", "prévoir", "réaliser", "concevoir", "assurer",
    "garantir", "fournir", "offrir", "proposer",
}  # fmt: skip
BUILD_PHRASES = ("mettre en place", "mettre à disposition", "mettre en œuvre")
PRODUCT = {
    "système", "application", "app", "appli", "site", "plateforme", "logiciel", "service",
    "outil", "portail", "interface", "serveur", "bot", "chatbot", "module", "programme",
    "solution", "back-office", "backoffice", "api", "extranet", "intranet", "webapp",
}  # fmt: skip
PRONOUNS = {"il", "elle", "ils", "elles", "on"}
DETERMINERS = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "chaque", "tout", "toute", "tous",
    "toutes", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "notre", "nos", "votre",
    "vos", "leur", "leurs", "son", "sa", "ses", "certains", "certaines", "plusieurs",
    "aucun", "aucune", "quelques",
}  # fmt: skip
PREPOSITIONS = {
    "à", "au", "aux", "de", "d'", "du", "des", "en", "dans", "sur", "sous", "par", "pour",
    "avec", "sans", "chez", "vers", "depuis", "entre", "selon", "via", "après", "avant",
    "pendant", "lors", "auprès", "jusqu'", "contre", "parmi", "dès", "envers", "hors",
}  # fmt: skip
ADVERBS = {
    "également", "aussi", "notamment", "ainsi", "toujours", "facilement", "rapidement",
    "directement", "simplement", "ensuite", "alors", "donc", "enfin", "bien", "encore",
    "désormais", "librement", "automatiquement", "instantanément", "immédiatement",
}  # fmt: skip
NEGATIONS = {"pas", "jamais", "plus", "aucunement", "point"}
CONJUNCTIONS = {"et", "ou", "puis"}
CONDITION_OPENERS = (
    "si", "s'", "lorsque", "lorsqu'", "quand", "dès que", "dès qu'", "une fois que",
    "une fois qu'", "en cas de", "en cas d'", "après", "avant", "lors de", "lors du",
    "lors des", "lors d'", "pendant", "au moment de", "au moment du", "au moment où",
    "à chaque fois que", "chaque fois que", "à la", "au", "à l'", "en l'absence de",
    "en l'absence d'", "à partir du moment où",
)  # fmt: skip
#: Verbs the product does that its user meets otherwise: "envoie" -> the user "reçoit".
SERVED = {
    "envoyer": "recevoir", "transmettre": "recevoir", "adresser": "recevoir",
    "expédier": "recevoir", "afficher": "voir", "montrer": "voir", "présenter": "voir",
    "lister": "voir", "indiquer": "voir", "comprendre": "voir", "contenir": "voir",
    "inclure": "voir", "proposer": "se voir proposer", "notifier": "être informé",
    "informer": "être informé", "avertir": "être informé", "alerter": "être informé",
    "prévenir": "être informé",
}  # fmt: skip
#: What the product shows or tells, which a list item names as a command.
SHOWN = {"afficher", "montrer", "présenter", "lister", "notifier", "informer", "alerter",
          "avertir", "prévenir"}  # fmt: skip
#: Verbs whose person is their direct object ("notifier le client").
PERSON_OBJECT = {"notifier", "informer", "avertir", "alerter", "prévenir"}
#: Verbs that take a fixed word after them as one action.
FIXED = ("mettre à jour", "mettre en ligne", "mettre en avant", "prendre en charge",
          "prendre connaissance", "faire appel", "tenir à jour")  # fmt: skip

#: Nouns that name an action, and the verb a wish names it with.
DEVERBAL = {
    "ajout": "ajouter", "création": "créer", "suppression": "supprimer",
    "modification": "modifier", "édition": "éditer", "gestion": "gérer",
    "consultation": "consulter", "visualisation": "visualiser", "recherche": "rechercher",
    "réservation": "réserver", "paiement": "payer", "inscription": "s'inscrire",
    "connexion": "se connecter", "déconnexion": "se déconnecter",
    "authentification": "s'authentifier", "téléchargement": "télécharger",
    "import": "importer", "importation": "importer", "export": "exporter",
    "exportation": "exporter", "impression": "imprimer", "partage": "partager",
    "affichage": "afficher", "envoi": "envoyer", "tri": "trier", "filtrage": "filtrer",
    "validation": "valider", "annulation": "annuler", "sélection": "sélectionner",
    "saisie": "saisir", "attribution": "attribuer", "utilisation": "utiliser",
    "accès": "accéder", "publication": "publier", "notation": "noter",
    "évaluation": "évaluer", "achat": "acheter", "location": "louer",
    "planification": "planifier", "suivi": "suivre", "génération": "générer",
    "enregistrement": "enregistrer", "sauvegarde": "sauvegarder",
    "restauration": "restaurer", "archivage": "archiver", "approbation": "approuver",
    "rejet": "rejeter", "modération": "modérer", "signalement": "signaler",
    "réinitialisation": "réinitialiser", "récupération": "récupérer",
    "vérification": "vérifier", "comparaison": "comparer",
    "personnalisation": "personnaliser", "configuration": "configurer",
    "navigation": "naviguer", "souscription": "souscrire", "abonnement": "s'abonner",
    "désabonnement": "se désabonner", "téléversement": "téléverser",
    "transfert": "transférer", "calcul": "calculer", "affectation": "affecter",
    "retrait": "retirer", "dépôt": "déposer",
    "prise": "prendre", "mise": "mettre", "commande": "commander",
    "duplication": "dupliquer", "classement": "classer", "réponse": "répondre",
    "clôture": "clôturer", "relance": "relancer", "facturation": "facturer",
}  # fmt: skip
#: Deverbal verbs whose object is not introduced by "de" ("accéder au panneau").
GOVERNS_OTHER = {"accéder", "répondre", "s'inscrire", "s'abonner", "se connecter"}
#: Nouns a user consults, receives or uses, which name a feature on their own.
CONSULTED = {
    "liste", "page", "fiche", "galerie", "catalogue", "historique", "calendrier", "carte",
    "tableau", "présentation", "description", "détail", "détails", "horaires",
    "informations", "statistiques", "rapport", "rapports", "aperçu", "récapitulatif",
    "résumé", "planning", "agenda", "annuaire", "vue", "plan", "synthèse", "archives", "avis",
    "commentaires", "témoignages", "classement", "tableau de bord",
}  # fmt: skip
RECEIVED = {
    "suggestion", "suggestions", "recommandation", "recommandations",
    "notification", "notifications", "alerte", "alertes", "rappel", "rappels",
    "confirmation", "e-mail", "e-mails", "email", "emails", "courriel", "courriels", "sms",
    "newsletter",
}  # fmt: skip
USED = {
    "fonction", "fonctionnalité", "outil", "formulaire", "mode", "bouton", "filtre",
    "filtres", "option", "options", "moteur", "espace", "module", "panneau", "assistant",
    "chat", "messagerie", "barre", "menu", "système",
}  # fmt: skip

POSSESSIVE = {
    "son": "mon", "sa": "ma", "ses": "mes", "leur": "mon", "leurs": "mes", "votre": "mon",
    "vos": "mes", "lui-même": "moi-même", "elle-même": "moi-même", "eux-mêmes": "moi-même",
}  # fmt: skip


#: Heads whose complement names who they are ("membre du personnel", "chef de projet").
RELATIONAL = {"membre", "chef", "agent", "responsable", "équipe", "service", "directeur",
               "directrice", "gestionnaire", "personnel"}  # fmt: skip


NOT_FINITE = frozenset(
    """
    client clients agent agents patient patients parent parents moment comment souvent
    document documents élément éléments contenu paiement paiements événement montant
    président étudiant étudiants résident restaurant accident argent talent urgent récent
    suivant suivante précédent différent fréquent permanent présent absent
    """.split()
)
ADVERB_ENDINGS = (
    "iquement", "ellement", "ivement", "ièrement", "eusement", "ablement", "iblement",
    "amment", "emment", "atement", "ètement", "ilement", "alement", "airement", "ctement",
    "idement", "uitement", "ûment", "ément", "uement", "isément",
)  # fmt: skip
#: Nouns with an adverb's ending.
MENT_NOUNS = frozenset("élément événement règlement".split())


PEOPLE = frozenset(
    """
    utilisateur utilisatrice client cliente visiteur visiteuse administrateur
    administratrice admin modérateur modératrice employé employée salarié salariée membre
    directeur directrice gérant gérante gestionnaire responsable manager agent opérateur
    opératrice technicien technicienne mécanicien mécanicienne patient patiente médecin
    docteur infirmier infirmière praticien praticienne secrétaire réceptionniste vendeur
    vendeuse acheteur acheteuse commerçant commerçante marchand marchande livreur livreuse
    coursier coursière chauffeur conducteur conductrice passager passagère voyageur
    voyageuse touriste hôte hôtesse invité invitée participant participante organisateur
    organisatrice étudiant étudiante élève enseignant enseignante professeur formateur
    formatrice apprenant apprenante parent enfant abonné abonnée adhérent adhérente bénévole
    candidat candidate recruteur recruteuse locataire propriétaire bailleur usager
    internaute lecteur lectrice auteur autrice rédacteur rédactrice contributeur
    contributrice développeur développeuse testeur testeuse analyste comptable caissier
    caissière cuisinier cuisinière chef coach entraîneur joueur joueuse spectateur
    spectatrice auditeur auditrice pharmacien pharmacienne vétérinaire dentiste avocat
    avocate notaire conseiller conseillère superviseur superviseuse inspecteur inspectrice
    contrôleur contrôleuse expert experte consultant consultante personnel équipe staff
    particulier professionnel professionnelle artisan garagiste tuteur tutrice mentor
    bibliothécaire emprunteur emprunteuse demandeur demandeuse bénéficiaire destinataire
    expéditeur expéditrice signataire acteur actrice personne habitant habitante résident
    résidente citoyen citoyenne intervenant intervenante représentant représentante
    commercial commerciale associé associée collaborateur collaboratrice collègue
    assistant assistante stagiaire animateur animatrice éditeur éditrice photographe
    artiste musicien musicienne sportif sportive adhérent coiffeur coiffeuse serveuse
    barman hôtelier restaurateur producteur productrice agriculteur agricultrice
    prestataire freelance indépendant indépendante famille proche aidant aidante soignant
    soignante kinésithérapeute psychologue ambulancier pompier policier gendarme juge
    élu élue maire modo superadmin super-administrateur opérateur
    """.split()
)
NOT_PEOPLE_SUFFIXED = frozenset(
    """
    serveur ordinateur moteur capteur navigateur processeur compteur secteur ascenseur
    radiateur indicateur générateur calculateur moniteur convertisseur sélecteur curseur
    erreur valeur couleur humeur hauteur largeur longueur profondeur épaisseur fleur
    douleur chaleur odeur honneur bonheur malheur labeur rigueur vigueur faveur saveur
    terreur horreur peur cœur extérieur intérieur supérieur inférieur antérieur postérieur
    ultérieur meilleur majeur mineur connecteur détecteur projecteur récepteur émetteur
    simulateur accélérateur amplificateur vecteur tracteur réacteur facteur lien bien chien
    entretien soutien maintien liste piste registre matrice moyen
    """.split()
)


def is_person(noun: str) -> bool:
    """Whether a singular noun names people: a known role, or a person's ending."""
    noun = noun.lower()
    if noun in PEOPLE:
        return True
    if noun in NOT_PEOPLE_SUFFIXED or noun in PRODUCT or noun in _pack_not_people():
        return False
    return len(noun) > 4 and noun.endswith(("teur", "trice", "euse", "ien", "ienne", "iste"))


@cache
def _pack_not_people() -> frozenset[str]:
    from generation.languages.fr import PACK

    return PACK.not_people


#: Words between "de" (or a modal) and its infinitive: "de ne pas le supprimer".
BEFORE_INFINITIVE = frozenset("ne n' pas plus se s' me m' y en le la les l' lui leur".split())
#: Words that end the agent of a passive ("par le modérateur avant ...").
AGENT_ENDS = frozenset(", ; et ou avant après dans sur pour afin lors dès en".split())
#: Words that end an object's noun phrase: "la liste des employés | inscrits sur le site".
OBJECT_ENDS = frozenset(
    """, ; : ( qui que qu' dont où afin lorsque lorsqu' si quand selon ainsi mais pour par sans
    avec dans sur sous en depuis via après avant pendant lors auprès jusqu' entre chez vers au
    aux dès ne n' tous toutes chaque plus moins très trop d'au maximal maximale minimal
    minimale""".split()
)
#: Endings of the adjectives and participles that qualify a role ("client inscrit").
ADJECTIVE_ENDINGS = tuple(
    """é és ée ées it its al aux if ifs ive ives ique iques el els elle elles is u us ant ants
    ier iers ière ières aire aires""".split()
)
#: What "de" stands before when it is no article ("de la fiche", "d'un compte").
GENITIVE_DETERMINERS = frozenset(
    "la l' un une ce cette ces mon ma mes son sa ses leur leurs".split()
)
