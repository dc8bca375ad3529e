"""The French phrases stories are written with: the kind of action each verb names, the
benefits a kind of action offers, and its criteria (situations, outcomes, failures).

Each kind has two or three phrasings, chosen per story, so that a map's benefits and
criteria are not one sentence repeated; the happy path's situation and outcome are chosen
apart, which multiplies the combinations.
"""

from __future__ import annotations

import re

#: The kind of action each verb names (see generation.languages.categories).
CATEGORY = {
    "account": "inscrire connecter déconnecter identifier authentifier réinitialiser abonner "
    "désabonner chiffrer sécuriser protéger crypter anonymiser sauvegarder conserver",
    "find": "rechercher chercher trouver filtrer trier parcourir explorer localiser naviguer",
    "view": "consulter voir visualiser afficher regarder lire ouvrir accéder découvrir "
    "connaître prévisualiser",
    "choose": "choisir sélectionner comparer",
    "book": "réserver",
    "order": "commander acheter emprunter louer",
    "pay": "payer",
    "create": "créer ajouter saisir enregistrer remplir rédiger écrire publier soumettre "
    "renseigner indiquer déclarer poster",
    "upload": "téléverser importer joindre charger",
    "change": "modifier éditer mettre changer corriger renommer reporter déplacer décaler "
    "compléter prolonger",
    "cancel": "annuler résilier",
    "delete": "supprimer effacer retirer archiver",
    "notify": "recevoir notifier alerter rappeler",
    "message": "contacter envoyer échanger discuter répondre commenter",
    "track": "suivre surveiller",
    "review": "noter évaluer",
    "share": "partager inviter",
    "export": "exporter télécharger imprimer",
    "manage": "gérer administrer attribuer assigner approuver valider rejeter accepter refuser "
    "bloquer débloquer suspendre bannir modérer vérifier contrôler accorder affecter marquer "
    "cocher classer planifier organiser traiter",
    "settings": "personnaliser paramétrer configurer activer désactiver",
}
VERB_CATEGORY = {verb: name for name, verbs in CATEGORY.items() for verb in verbs.split()}
#: Verbs that say little on their own: the object tells the kind of action.
LIGHT = {
    "prendre", "effectuer", "faire", "réaliser", "procéder", "laisser", "déposer", "recevoir",
    "obtenir", "avoir", "disposer", "utiliser", "accéder", "passer", "donner", "envoyer",
    "remplir", "ajouter", "créer", "soumettre", "être",
}  # fmt: skip
OBJECT_CATEGORY = {
    "notification": "notify", "rappel": "notify", "alerte": "notify", "e-mail": "notify",
    "email": "notify", "courriel": "notify", "sms": "notify", "confirmation": "notify",
    "message": "message", "avis": "review", "note": "review", "commentaire": "review",
    "témoignage": "review", "évaluation": "review", "profil": "account", "compte": "account",
    "commande": "order", "panier": "order", "paiement": "pay", "facture": "pay",
    "réservation": "book", "rendez-vous": "book", "créneau": "book", "rapport": "export",
    "mode": "settings", "thème": "settings", "langue": "settings", "paramètre": "settings",
    "préférence": "settings", "tri": "find", "recherche": "find", "filtre": "find",
    "formulaire": "create",
}  # fmt: skip

BENEFITS = {
    "account": (
        "accéder à mon espace en toute sécurité",
        "que mes données restent protégées",
        "retrouver mes informations sur tous mes appareils",
    ),
    "find": (
        "trouver rapidement ce qui m'intéresse",
        "ne pas parcourir toute la liste",
        "voir d'abord ce qui correspond à mon besoin",
    ),
    "view": (
        "disposer d'informations à jour",
        "ne pas avoir à demander ces informations",
        "tout retrouver au même endroit",
    ),
    "choose": ("obtenir exactement ce qui me convient", "comparer les options avant de décider"),
    "book": (
        "venir au moment qui me convient",
        "être sûr que ma place est réservée",
        "ne pas avoir à téléphoner pour réserver",
    ),
    "order": ("obtenir ce dont j'ai besoin sans téléphoner", "commander en quelques minutes"),
    "pay": ("ne pas avoir à payer sur place", "payer tout de suite et recevoir un reçu"),
    "create": (
        "que tout ce dont j'ai besoin soit au même endroit",
        "ne rien oublier",
        "que les informations soient à jour pour tout le monde",
    ),
    "upload": ("ne pas envoyer les fichiers séparément", "avoir mes documents sous la main"),
    "change": (
        "que mes informations restent exactes",
        "corriger une erreur sans passer par le support",
        "tenir les informations à jour",
    ),
    "cancel": (
        "changer mes plans sans avoir à téléphoner",
        "ne pas payer pour ce dont je n'ai plus besoin",
    ),
    "delete": (
        "ne garder que ce qui compte encore",
        "que les informations obsolètes disparaissent",
    ),
    "notify": ("ne rien manquer d'important", "être informé à temps des changements"),
    "message": ("régler mes questions sans téléphoner", "garder tous les échanges au même endroit"),
    "track": ("savoir où en sont les choses sans demander", "organiser mon temps en conséquence"),
    "review": (
        "aider les autres à choisir en confiance",
        "partager mon expérience",
        "que les avis publiés restent fiables",
    ),
    "share": (
        "que d'autres le voient sans étapes supplémentaires",
        "travailler dessus à plusieurs",
    ),
    "export": ("travailler sur les données avec mes propres outils", "en garder une copie"),
    "manage": (
        "que tout fonctionne comme l'équipe en a besoin",
        "garder le travail sous contrôle",
        "que les informations publiées restent fiables",
    ),
    "settings": (
        "que l'application fonctionne comme je le souhaite",
        "ne pas refaire les mêmes réglages à chaque fois",
    ),
    "other": (
        "gagner du temps",
        "ne pas avoir à le faire à la main",
        "me concentrer sur l'essentiel",
    ),
}
#: What a state of the product gives its users ("Site accessible sur mobile").
STATE_BENEFITS = (
    "pouvoir compter sur le service au quotidien",
    "utiliser le service dans de bonnes conditions",
    "que le service reste fiable",
)
#: The happy path: situations, and outcomes, chosen apart so that stories vary.
HAPPY = {
    "account": (
        (
            "mes identifiants sont corrects",
            "mon adresse e-mail est confirmée",
            "mon compte est actif",
        ),
        (
            "je suis connecté et je vois mon espace personnel",
            "j'accède à mon compte sans autre étape",
            "mon nom s'affiche en haut de la page",
        ),
    ),
    "find": (
        (
            "des éléments correspondent à ma recherche",
            "la liste contient des éléments correspondants",
            "le catalogue est à jour",
        ),
        (
            "je vois les résultats correspondants, les plus pertinents en premier",
            "seuls les éléments correspondants restent affichés, sans recharger la page",
            "le nombre de résultats s'affiche au-dessus de la liste",
        ),
    ),
    "view": (
        (
            "les informations existent",
            "des données ont été enregistrées",
            "je suis sur la bonne page",
        ),
        (
            "tout s'affiche en entier et à jour",
            "chaque élément s'affiche avec la date de sa dernière mise à jour",
            "le contenu reste lisible sur ordinateur comme sur mobile",
        ),
    ),
    "signup": (
        (
            "mon adresse e-mail n'est pas encore utilisée",
            "tous les champs obligatoires sont remplis",
        ),
        (
            "mon compte est créé et je reçois un e-mail de confirmation",
            "je suis connecté à mon nouveau compte",
        ),
    ),
    "logout": (
        ("je suis connecté", "j'ai ouvert plusieurs pages du site"),
        (
            "je suis déconnecté et je reviens à la page d'accueil",
            "ma session est fermée sur cet appareil",
        ),
    ),
    "reset": (
        ("mon adresse e-mail est connue", "j'ai oublié mon mot de passe"),
        (
            "je reçois un lien de réinitialisation valable une heure",
            "mon nouveau mot de passe remplace l'ancien",
        ),
    ),
    "access": (
        (
            "mon compte a les droits requis",
            "je suis connecté",
            "mon rôle m'a été attribué par un administrateur",
        ),
        (
            "la page s'ouvre avec les fonctions de mon rôle",
            "j'arrive directement sur la page demandée",
            "seules les fonctions permises par mon rôle sont visibles",
        ),
    ),
    "choose": (
        ("l'option que je veux est disponible", "plusieurs options sont proposées"),
        (
            "mon choix est conservé pour l'étape suivante",
            "l'option choisie est mise en évidence et je peux continuer",
        ),
    ),
    "book": (
        (
            "le créneau souhaité est libre",
            "il reste de la place à la date choisie",
            "mes coordonnées sont renseignées",
        ),
        (
            "la réservation est créée et ce créneau n'est plus proposé à personne d'autre",
            "je reçois une confirmation avec la date, l'heure et le lieu",
            "la réservation apparaît dans mon espace avec son statut",
        ),
    ),
    "order": (
        ("tous les articles choisis sont disponibles", "mon panier contient au moins un article"),
        (
            "la commande est passée et je vois son numéro et son contenu",
            "la commande est enregistrée et je reçois un récapitulatif",
        ),
    ),
    "pay": (
        ("ma carte est valide et approvisionnée", "le montant à payer est affiché"),
        (
            "le paiement est accepté et je reçois un reçu",
            "le paiement est enregistré et le statut passe à « payé »",
        ),
    ),
    "create": (
        (
            "tous les champs obligatoires sont remplis",
            "les informations saisies sont valides",
            "je suis connecté avec les droits de saisie",
        ),
        (
            "l'élément est enregistré et apparaît dans la liste",
            "je vois un message de confirmation",
            "le nouvel élément est visible aussitôt par les personnes concernées",
        ),
    ),
    "upload": (
        ("le fichier a un format et une taille acceptés", "le fichier est lisible"),
        (
            "le fichier est téléversé et apparaît dans la liste",
            "l'aperçu du fichier s'affiche une fois le téléversement terminé",
        ),
    ),
    "change": (
        (
            "les nouvelles valeurs sont valides",
            "l'élément existe toujours",
            "personne d'autre ne modifie cet élément en même temps",
        ),
        (
            "les modifications sont enregistrées et je les vois aussitôt",
            "la nouvelle version remplace l'ancienne partout où elle s'affiche",
            "la date de dernière modification est mise à jour",
        ),
    ),
    "cancel": (
        ("le délai d'annulation n'est pas dépassé", "l'élément est encore modifiable"),
        (
            "l'annulation est confirmée et je reçois un récapitulatif",
            "le changement est enregistré et je reçois une confirmation",
        ),
    ),
    "delete": (
        ("je confirme la suppression", "l'élément n'est lié à aucun autre"),
        ("l'élément n'apparaît plus nulle part", "il est supprimé et la liste se met à jour"),
    ),
    "notify": (
        (
            "le moment prévu est arrivé",
            "l'événement concerné a lieu",
            "mes coordonnées sont à jour",
        ),
        (
            "je reçois une seule notification avec les détails",
            "une notification m'arrive dans la minute avec un lien vers le détail",
            "le message indique clairement ce qui a changé",
        ),
    ),
    "message": (
        ("mon message n'est pas vide", "le destinataire est joignable"),
        (
            "mon message est remis et le destinataire le voit",
            "mon message est envoyé et j'en garde une copie",
        ),
    ),
    "track": (
        ("le statut a changé", "un suivi est en cours"),
        (
            "je vois le statut actuel et l'heure de sa mise à jour",
            "chaque étape franchie s'affiche avec son heure",
        ),
    ),
    "review": (
        ("j'ai utilisé le service", "mon texte respecte les règles de publication"),
        ("mon avis est enregistré et visible une fois validé", "mon avis apparaît avec sa date"),
    ),
    "share": (
        ("le partage est autorisé", "j'ai choisi un destinataire"),
        (
            "le destinataire ouvre le lien et voit la même chose que moi",
            "le destinataire reçoit une invitation qu'il peut ouvrir",
        ),
    ),
    "export": (
        ("il existe des données pour la période choisie", "je choisis le format du fichier"),
        (
            "je reçois un fichier qui contient toutes les données",
            "le fichier s'ouvre dans les outils courants",
        ),
    ),
    "manage": (
        (
            "j'ai les droits nécessaires",
            "je suis connecté avec un compte autorisé",
            "l'élément concerné existe",
        ),
        (
            "la modification est enregistrée et visible par tous ceux qu'elle concerne",
            "le changement s'applique immédiatement et reste tracé",
            "le nouvel état s'affiche partout où l'élément apparaît",
        ),
    ),
    "settings": (
        ("la valeur est dans la plage autorisée", "je change un réglage"),
        ("le réglage s'applique immédiatement", "le réglage est conservé à ma prochaine connexion"),
    ),
    "other": (
        ("j'ai accès à cette fonction", "je suis sur la page concernée", "je suis connecté"),
        (
            "le résultat est enregistré et je vois une confirmation",
            "l'action aboutit et j'en vois le résultat",
            "je vois aussitôt le résultat de mon action",
        ),
    ),
}

UNHAPPY = {
    "account": (
        (
            "mon mot de passe est erroné",
            "je vois un message d'erreur et je reste sur la page de connexion",
        ),
        ("mon compte est désactivé", "l'accès m'est refusé et je vois comment le réactiver"),
    ),
    "find": (
        (
            "rien ne correspond à ma recherche",
            "je vois qu'il n'y a pas de résultat et je peux modifier ma recherche",
        ),
        (
            "les critères choisis s'excluent",
            "je vois une liste vide avec une suggestion, et mes critères ne sont pas perdus",
        ),
        (
            "ma recherche contient une faute de frappe",
            "des résultats proches me sont proposés, et ma saisie n'est pas effacée",
        ),
    ),
    "view": (
        (
            "il n'y a encore rien à afficher",
            "je vois qu'il n'y a pas encore de contenu et ce que je peux faire",
        ),
        (
            "les informations ne peuvent pas être chargées",
            "je vois un message d'erreur et un bouton pour réessayer",
        ),
        (
            "la connexion est interrompue pendant le chargement",
            "je vois les dernières informations chargées et un message d'erreur",
        ),
        (
            "le contenu a été retiré entre-temps",
            "je vois qu'il n'est pas disponible et un lien vers la page précédente",
        ),
    ),
    "signup": (
        (
            "mon adresse e-mail est déjà utilisée",
            "je vois un message d'erreur et le compte n'est pas créé",
        ),
        (
            "mon mot de passe est trop court",
            "je vois les règles à respecter et le compte n'est pas créé",
        ),
    ),
    "logout": (
        ("ma session a déjà expiré", "je reviens à la page de connexion sans message d'erreur"),
    ),
    "reset": (
        (
            "le lien de réinitialisation a expiré",
            "je vois qu'il n'est pas valable et je peux en demander un autre",
        ),
        (
            "l'adresse e-mail saisie est inconnue",
            "je vois le même message que pour une adresse connue et le lien n'est pas envoyé",
        ),
    ),
    "access": (
        ("je ne suis pas connecté", "l'accès est refusé et je suis invité à me connecter"),
        (
            "mon rôle ne donne pas accès à cette page",
            "je vois un message d'accès refusé et aucune donnée n'est affichée",
        ),
        (
            "ma session a expiré",
            "je suis renvoyé vers la page de connexion et les données ne sont pas affichées",
        ),
    ),
    "choose": (
        (
            "l'option voulue n'est plus disponible",
            "je vois qu'elle n'est pas disponible et je peux en choisir une autre",
        ),
        ("je n'ai rien choisi", "je ne peux pas passer à l'étape suivante et je vois pourquoi"),
    ),
    "book": (
        (
            "un autre client a pris ce créneau pendant que je remplissais le formulaire",
            "je vois que le créneau est pris et les créneaux libres les plus proches ; "
            "la réservation n'est pas créée",
        ),
        (
            "la date choisie est complète",
            "je vois qu'il n'y a pas de place et les prochaines dates disponibles",
        ),
        (
            "mes coordonnées sont incomplètes",
            "je vois ce qui manque et la réservation n'est pas créée",
        ),
    ),
    "order": (
        ("un des articles est épuisé", "je vois lequel et la commande n'est pas passée"),
        ("mon panier est vide", "je ne peux pas valider la commande et je vois pourquoi"),
    ),
    "pay": (
        (
            "la banque refuse ma carte",
            "je vois la raison du refus, rien n'est débité et la commande n'est pas validée",
        ),
        (
            "le paiement expire avant la validation",
            "je vois un message d'erreur et je peux réessayer sans payer deux fois",
        ),
    ),
    "create": (
        (
            "un champ obligatoire est vide",
            "je vois quel champ remplir et l'élément n'est pas enregistré",
        ),
        (
            "une valeur saisie est invalide",
            "le champ concerné est signalé et mes autres saisies ne sont pas perdues",
        ),
        (
            "le même élément existe déjà",
            "je suis averti du doublon et le second exemplaire n'est pas créé",
        ),
    ),
    "upload": (
        (
            "le fichier dépasse la taille autorisée",
            "je vois la limite et le fichier n'est pas téléversé",
        ),
        (
            "le format du fichier n'est pas accepté",
            "je vois les formats acceptés et rien n'est envoyé",
        ),
    ),
    "change": (
        (
            "une valeur saisie est invalide",
            "je vois ce qu'il faut corriger et les anciennes valeurs ne sont pas modifiées",
        ),
        (
            "l'élément a été supprimé entre-temps",
            "je vois un message d'erreur et aucune donnée n'est écrasée",
        ),
        (
            "je quitte la page sans enregistrer",
            "les anciennes valeurs restent en place et mes changements ne sont pas appliqués",
        ),
    ),
    "cancel": (
        (
            "le délai d'annulation est dépassé",
            "je vois que la modification n'est pas possible et rien ne change",
        ),
        (
            "l'élément a déjà été annulé",
            "je vois son statut actuel et il n'est pas annulé une seconde fois",
        ),
    ),
    "delete": (
        (
            "j'annule dans la fenêtre de confirmation",
            "l'élément n'est pas supprimé et tout reste en place",
        ),
        (
            "l'élément est encore utilisé ailleurs",
            "je vois où il est utilisé et la suppression est refusée",
        ),
    ),
    "notify": (
        ("l'événement a été annulé", "la notification n'est pas envoyée"),
        ("j'ai désactivé ce type de notification", "je ne reçois pas de notification"),
        (
            "mes coordonnées sont invalides",
            "la notification n'est pas envoyée et je suis invité à corriger mes coordonnées",
        ),
    ),
    "message": (
        ("mon message est vide", "il n'est pas envoyé et je vois une indication"),
        (
            "la connexion est perdue pendant l'envoi",
            "je vois que le message n'est pas parti et je peux le renvoyer",
        ),
    ),
    "track": (
        (
            "la connexion est perdue",
            "je vois le dernier statut connu, son heure et un message d'erreur",
        ),
        ("le suivi n'est pas encore disponible", "je vois quand il le sera"),
    ),
    "review": (
        ("je n'ai pas utilisé le service", "je ne peux pas laisser d'avis et je vois pourquoi"),
        ("mon avis contient des propos interdits", "il est refusé et je vois la règle concernée"),
        ("j'ai déjà laissé un avis", "je peux modifier mon avis mais pas en publier un second"),
    ),
    "share": (
        ("le lien a été révoqué", "le destinataire voit que l'accès n'est pas autorisé"),
        ("le destinataire n'a pas de compte", "il est invité à en créer un avant d'accéder"),
    ),
    "export": (
        (
            "il n'y a pas de données pour la période choisie",
            "je suis prévenu et le fichier n'est pas généré",
        ),
        ("l'export échoue", "je vois un message d'erreur et je peux relancer l'export"),
    ),
    "manage": (
        (
            "je n'ai pas les droits nécessaires",
            "je vois un message d'accès refusé et rien ne change",
        ),
        (
            "l'élément a été modifié par quelqu'un d'autre entre-temps",
            "je vois la version la plus récente et ma modification n'est pas appliquée",
        ),
        (
            "une information obligatoire manque",
            "je vois ce qui manque et la modification est refusée",
        ),
    ),
    "settings": (
        (
            "la valeur est hors de la plage autorisée",
            "je vois les valeurs possibles et l'ancien réglage n'est pas modifié",
        ),
        (
            "l'enregistrement du réglage échoue",
            "je vois un message d'erreur et l'ancien réglage reste actif",
        ),
    ),
    "other": (
        (
            "l'enregistrement échoue",
            "je vois un message d'erreur et rien de ce que j'ai saisi n'est perdu",
        ),
        ("je n'ai pas accès à cette fonction", "je vois un message clair et l'action est refusée"),
        ("la connexion est perdue", "je vois un message d'erreur et je peux réessayer"),
    ),
}

#: The moment a system behaviour is checked at, by the kind of action.
TRIGGER = {
    "account": "je me connecte",
    "find": "je lance une recherche",
    "view": "j'ouvre la page concernée",
    "choose": "je fais mon choix",
    "book": "je confirme ma réservation",
    "order": "je valide ma commande",
    "pay": "je valide le paiement",
    "create": "j'enregistre le formulaire",
    "upload": "j'envoie le fichier",
    "change": "j'enregistre mes modifications",
    "cancel": "je confirme l'annulation",
    "delete": "je confirme la suppression",
    "notify": "l'événement concerné se produit",
    "message": "j'envoie le message",
    "track": "j'ouvre le suivi",
    "review": "je publie mon avis",
    "share": "je partage le lien",
    "export": "je lance l'export",
    "manage": "j'enregistre la modification",
    "settings": "j'enregistre le réglage",
    "other": "j'utilise l'application",
}

#: A quantity with its unit: "24 heures", "10 Mo", "5 km".
N = r"(?P<n>\d+(?:[.,]\d+)?\s*[^\W\d_]*)"
#: A limit the requirement sets, as the situation it allows and the one it refuses, and what
#: the person then sees.
LIMITS = (
    (
        re.compile(
            r"(?:jusqu'à|au\s+plus\s+tard|au\s+moins|pas\s+moins\s+de|au\s+minimum)\s+"
            r"(?P<n>\d[^,.;]*?)\s+avant\b(?P<what>[^,.;]*)",
            re.I,
        ),
        "il reste plus de {n} avant{what}",
        "il reste moins de {n} avant{what}",
        "je vois que ce n'est pas possible à moins de {n} avant{what}, et rien n'est modifié",
    ),
    (
        re.compile(rf"(?:dans\s+un\s+délai\s+de|dans\s+les|en\s+moins\s+de|sous)\s+{N}", re.I),
        "le délai de {n} n'est pas écoulé",
        "le délai de {n} est écoulé",
        "je vois que le délai est dépassé, et la demande n'est pas acceptée",
    ),
    (
        re.compile(
            rf"(?:jusqu'à|au\s+plus|au\s+maximum|maximum|pas\s+plus\s+de|ne\s+dépassant\s+pas|"
            rf"n'excédant\s+pas|inférieure?s?\s+à|moins\s+de|d'au\s+plus|limitée?s?\s+à|"
            rf"maximale?s?\s+de|maximaux\s+de)\s+{N}",
            re.I,
        ),
        "la limite de {n} est respectée",
        "la limite de {n} est dépassée",
        "je vois que la limite est de {n}, et la demande n'est pas acceptée",
    ),
    (
        re.compile(r"(?P<n>\d+\s*[^\W\d_]+)\s+(?:maximum|max\.?)", re.I),
        "la limite de {n} est respectée",
        "la limite de {n} est dépassée",
        "je vois que la limite est de {n}, et la demande n'est pas acceptée",
    ),
    (
        re.compile(
            rf"(?:au\s+moins|au\s+minimum|minimum|pas\s+moins\s+de|d'au\s+moins|"
            rf"supérieure?s?\s+à|plus\s+de|minimale?s?\s+de|minimaux\s+de)\s+{N}",
            re.I,
        ),
        "le minimum de {n} est atteint",
        "le minimum de {n} n'est pas atteint",
        "je vois qu'il faut au moins {n}, et la demande n'est pas acceptée",
    ),
    (
        re.compile(r"(?P<n>\d+\s*[^\W\d_]+)\s+(?:minimum|min\.?)", re.I),
        "le minimum de {n} est atteint",
        "le minimum de {n} n'est pas atteint",
        "je vois qu'il faut au moins {n}, et la demande n'est pas acceptée",
    ),
)

SITUATION = re.compile(
    r"^(?:si|s'|lorsque|lorsqu'|quand|dès\s+que|dès\s+qu'|une\s+fois\s+que|une\s+fois\s+qu'|"
    r"(?:à\s+)?chaque\s+fois\s+que|(?:à\s+)?chaque\s+fois\s+qu'|au\s+moment\s+où)\s*(?P<x>.+)$",
    re.I,
)
TASKS = {
    "account": "Se connecter", "find": "Rechercher", "view": "Consulter", "choose": "Choisir",
    "book": "Réserver", "order": "Commander", "pay": "Payer", "create": "Ajouter",
    "upload": "Téléverser des fichiers", "change": "Modifier", "cancel": "Annuler",
    "delete": "Supprimer", "notify": "Recevoir des notifications",
    "message": "Échanger des messages", "track": "Suivre", "review": "Donner son avis",
    "share": "Partager", "export": "Exporter les données", "manage": "Gérer",
    "settings": "Personnaliser", "other": "Utiliser le service",
}  # fmt: skip
#: Words that open a modifier: a title may stop before them.
PHRASE_STARTS = {
    "à", "au", "aux", "dans", "sur", "depuis", "avec", "sans", "pour", "par", "selon", "en",
    "afin", "lors", "après", "avant", "via", "chez", "auprès", "qui", "que", "qu'", "dont", "où",
}  # fmt: skip
#: Words a title never ends with.
DANGLING = {
    "le", "la", "les", "l'", "un", "une", "des", "de", "du", "d'", "à", "au", "aux", "en",
    "et", "ou", "que", "qu'", "qui", "pour", "par", "avec", "sans", "sur", "dans", "selon",
    "depuis", "vers", "chez", "entre", "avant", "après", "lors", "ainsi", "«", ",", ":", ";",
    "-", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces",
    "ne", "se", "me", "afin", "dont", "où", "auprès", "via", "sous", "très", "plus", "moins",
    "d'un", "d'une", "l'un", "l'une",
}  # fmt: skip


#: Criteria of their own for some actions of a kind ("se déconnecter" is no sign-in).
FLAVOURS = {
    "inscrire": "signup", "abonner": "signup", "déconnecter": "logout",
    "désabonner": "logout", "réinitialiser": "reset", "accéder": "access",
}  # fmt: skip
#: What the product does to me, as the moment it happens: "quand la page me propose ...".
SEEN = {"se voir proposer": "la page me propose", "être informé": "je suis informé"}
