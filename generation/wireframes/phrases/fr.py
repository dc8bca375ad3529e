"""French: chrome, sentences and story patterns (the user is addressed as "vous")."""

import re

from generation.languages import pack_for
from generation.wireframes.phrases import Phrases

WORDS = {
    # Chrome
    "Product": "Produit",
    "user": "utilisateur",
    "Home": "Accueil",
    "Help": "Aide",
    "Account": "Compte",
    "account": "compte",
    "Privacy": "Confidentialité",
    "Terms": "CGU",
    "url": "adresse",
    "logo": "logo",
    "footer": "pied de page",
    "image": "image",
    "back": "retour",
    "Back to": "< Retour : {activity}",
    "Signed in as": "Connecté : {role}",
    "status bar": "barre d'état",
    "Ready": "Prêt  -  {product}  -  connecté : {role}",
    "menu": "Fichier  Édition  Affichage  Aide",
    "Recent": "Récents",
    "Settings": "Paramètres",
    "Search...": "Rechercher...",
    "nav": "menu",
    "btn": "bouton",
    "button": "bouton",
    # Buttons
    "Cancel": "Annuler",
    "Continue": "Continuer",
    "Save": "Enregistrer",
    "Search": "Rechercher",
    "Apply": "Appliquer",
    "View": "Ouvrir",
    "Refresh": "Actualiser",
    "Pay now": "Payer",
    "Send": "Envoyer",
    "Upload": "Téléverser",
    "Book": "Réserver",
    "Choose file": "Choisir un fichier",
    "Clear search": "Effacer la recherche",
    "Notification settings": "Notifications",
    "Contact support": "Contacter le support",
    "Retry": "Réessayer",
    # Forms
    "Details": "Détails",
    "Note (optional)": "Remarque (facultatif)",
    "Enter": "{label}…",
    "disabled": "(« {action} » s'active quand tous les champs sont valides.)",
    "choose": "Choisir",
    # Lists
    "search": "recherche",
    "Search for": "Rechercher : {obj}…",
    "items": "éléments",
    "item": "élément",
    "Name": "Nom",
    "Detail": "Détail",
    "row": "{noun} {id}",
    "row ids": "1 2 3",
    "row details": "Aujourd'hui, 10:00|Hier, 18:30|Lun, 09:15",
    "filter": "filtre : {filter:lower} v",
    "Any": "{filter} : [ Tous v ]",
    "list of": "liste : {obj}",
    "pagination": "pagination",
    "Previous": "< Précédent",
    "Next": "Page 1 sur 3   Suivant >",
    # Status
    "status": "statut",
    "progress bar": "barre de progression",
    "map": "carte",
    "updates": "nouveautés",
    "refresh": "actualiser",
    "request": "demande",
    "Status": "Statut : {step}",
    "order steps": "Reçue|En préparation|En route|Livrée",
    "steps": "Envoyé|En cours|En vérification|Terminé",
    "step": "étape 3 sur 4",
    "Latest update": "Dernière nouvelle : {text}",
    "Courier": "Carte : livreur à 1,2 km, arrivée vers 18:40",
    "Last updated": "Mis à jour il y a 2 min",
    # Error states below the screen
    "Error state": "État d'erreur",
    "Something went wrong": "Une erreur est survenue. Réessayez.",
    "card": "une autre carte",
    "card words": r"\bcarte",
    "email words": r"e-?mail|courriel",
    "results": "résultats",
    "Card": "Paiement par carte",
    "Payment": "Paiement",
    "payment method": "un autre moyen de paiement",
    "email": "Cet e-mail",
    "name": "Ce nom d'utilisateur",
    "the highlighted field": "le champ signalé",
    # Map
    "Search nearby": "Adresse ou lieu…",
    "Map": "Carte",
    "you are here": "(*) vous êtes ici",
    "distances": "350 m|800 m|1.2 km",
    "Distance": "Distance",
    "place": "Lieu",
    # Calendar
    "Free times": "Créneaux libres",
    "Selected": "Choisi : {day}, {time}",
    "slot legend": "[>10:00<] choisi   [ ----- ] pris",
    "date picker": "choix de la date",
    "time slots": "créneaux",
    # Checkout
    "Your order": "Votre commande",
    "Article": "Article",
    "Total": "Total",
    "order summary": "récapitulatif",
    # Dashboard
    "Period": "Période : [ Cette semaine v ]",
    "figure": "chiffre",
    "chart": "graphique",
    "By day": "Par jour",
    "figure names": "Total|Cette semaine|Aujourd'hui",
    "figure values": "12 480|342|27",
    "figure change": "+8% sur la semaine passée",
    # Chat
    "Support": "Support",
    "You": "Vous",
    "chat lines": "Bonjour ! Comment pouvons-nous vous aider ?|Bonjour, j'ai une question.|"
    "Bien sûr, nous vous écoutons.",
    "Type a message": "Écrire un message…",
    "messages": "messages",
    "type a message": "message",
    # Upload
    "Drop files": "Déposez des fichiers ici ou",
    "Accepted": "{formats}, {size} maximum",
    "size": "10 Mo",
    "drop zone": "zone de dépôt",
    "file list": "liste des fichiers",
    # Settings
    "toggle names": "E-mail|SMS|Notifications push",
    "Language": "Langue :  [ Français v ]",
    # Markdown: Layout
    "layout component": "- Un composant seul : {component}, avec ses états.",
    "top web": "- En haut : barre du navigateur et navigation ({places}).",
    "top mobile": "- En haut : barre d'état et barre de l'application avec bouton retour et "
    "« {task} ».",
    "top desktop": "- En haut : barre de titre, menu ({menu}) et barre d'outils.",
    "left": "- À gauche : barre latérale avec « {activity} » et « {task} ».",
    "heading": "- Titre : « {title} ».",
    "main": "- Au centre : {component}.",
    "image placeholder": "- Au-dessus du composant principal : emplacement d'image (cadre de X).",
    "bottom": "- En bas : lien de retour, puis {bottom}.",
    "bottom web": "le pied de page",
    "bottom mobile": "la barre d'onglets ({home}, {activity}, {account})",
    "bottom desktop": "la barre d'état",
    "below": "- Sous l'écran, à part : un état d'erreur avec « {message} »",
    "form words": "un formulaire avec {fields} et le bouton « {action} »",
    "list words": "une recherche, des filtres et un tableau « {objects} » avec des lignes "
    "d'exemple",
    "status words": "une carte de statut avec la progression, les étapes passées et la "
    "dernière nouvelle",
    "checkout words": "le récapitulatif de la commande, puis un formulaire de paiement avec "
    "{fields} et le bouton « {action} »",
    "map words": "une recherche, une carte avec des repères et les lieux les plus proches "
    "(« {objects} ») avec leur distance",
    "calendar words": "un choix du jour, les créneaux libres et le bouton « {action} »",
    "dashboard words": "des cartes de chiffres ({figures}), un graphique par jour et un choix "
    "de période",
    "chat words": "une conversation et une zone de message avec le bouton « {action} »",
    "upload words": "une zone de dépôt avec choix de fichier et les fichiers avec leur progression",
    "settings words": "des interrupteurs ({toggles}) et le bouton « {action} »",
    # Markdown: UI elements
    "el choice": "Choix ({choices}) : comment {goal} ; le premier est sélectionné.",
    "el input": "Champ « {label} » : ce qu'il faut saisir pour {goal}.",
    "el search": "Recherche et bouton « {label} » : filtrent la liste.",
    "el row button": "Bouton « {action} » sur chaque ligne : agit sur cette ligne.",
    "el filter": "Filtre « {filter} » : ne garde que les lignes qui correspondent.",
    "el table": "Tableau « {objects} » : lignes d'exemple ; la ligne choisie porte « > ».",
    "el pagination": "Pagination : pages précédente et suivante.",
    "el status card": "Carte de statut avec barre de progression : où en sont les choses.",
    "el steps": "Étapes : faites [x], en cours [>], à venir [ ].",
    "el refresh": "Bouton « Actualiser » : charge le dernier statut.",
    "el primary": "Bouton principal « {action} » : inactif tant que les champs ne sont pas "
    "valides.",
    "el cancel": "Bouton « Annuler » : quitte sans enregistrer.",
    "el summary": "Récapitulatif : articles, prix et total.",
    "el map": "Carte : où vous êtes (*) et les lieux les plus proches (« {objects} »), numérotés "
    "comme dans la liste en dessous.",
    "el map rows": "Liste « {objects} » : distance et bouton « {action} » sur chaque ligne.",
    "el days": "Choix du jour : les jours de la semaine ; le jour choisi est entre crochets.",
    "el slots": "Créneaux : les libres se choisissent, les pris sont barrés, le choisi est marqué.",
    "el pick": "Liste « {label} » : restreint les créneaux libres.",
    "el confirm": "Bouton « {action} » : confirme le créneau choisi.",
    "el figures": "Cartes de chiffres : {figures}, chacune avec son évolution sur la période.",
    "el chart": "Graphique : une barre par jour de la période.",
    "el period": "Choix de période : les jours que couvrent les chiffres.",
    "el thread": "Conversation : ses messages à gauche, les vôtres à droite, avec l'heure.",
    "el compose": "Zone de message et bouton « {action} » : envoient le message.",
    "el drop": "Zone de dépôt : on y glisse les fichiers ou on les choisit ; elle indique les "
    "fichiers acceptés.",
    "el files": "Liste des fichiers : chacun avec sa progression et un bouton pour le retirer "
    "[ x ].",
    "el upload": "Bouton « {action} » : envoie les fichiers.",
    "el toggles": "Interrupteurs : {toggles} ; [x] est activé.",
    "el save": "Bouton « {action} » : enregistre les changements ; « {cancel} » laisse tout "
    "comme avant.",
    "el message": "Message « {message} » : s'affiche quand {given}.",
    "el nav": "{nav} : mène de « {activity} » aux autres parties de {product}.",
    "nav web": "Navigation du haut",
    "nav mobile": "Barre d'onglets du bas",
    "nav desktop": "Barre latérale et menu",
    # Markdown: Navigation
    "via web": "la navigation du haut",
    "via mobile": "la barre d'onglets",
    "via desktop": "la barre latérale",
    "comes from": "- Vient de : « {activity} » (par {via}), tâche « {task} ».",
    "leads to": "- « {action} » mène {next}.",
    "next form": "à un écran de confirmation, puis à l'étape suivante",
    "next list": "à la fiche de la ligne choisie ({noun})",
    "next status": "à ce même écran avec le dernier statut",
    "next checkout": "à un reçu avec le numéro de commande",
    "next map": "au lieu choisi, avec l'itinéraire",
    "next calendar": "à la confirmation du créneau choisi",
    "next dashboard": "aux mêmes chiffres pour la période choisie",
    "next chat": "à la même conversation, avec le nouveau message",
    "next upload": "aux fichiers téléversés, prêts à servir",
    "next settings": "à ce même écran, avec les changements enregistrés",
    "back returns": "- Retour mène à « {activity} » ; rien de ce qui a été saisi n'est perdu.",
    "unhappy stay": "- Les erreurs restent sur cet écran et s'affichent à leur place.",
    # Markdown: Notes
    "note unhappy": "- Cas d'erreur : « {message} »",
    "note criteria": "- Critères d'acceptation couverts :",
    "note assumes": "- Suppose une session ouverte ({role}) ; noms et valeurs sont des exemples.",
    "note wide": "- Les caractères larges (CJK, emoji) de la story sont dessinés comme « ? ».",
}

_YOU = {"je": "vous", "j'": "vous ", "me": "vous", "m'": "vous ", "moi": "vous", "mon": "votre",
        "ma": "votre", "mes": "vos", "suis": "êtes", "ai": "avez", "peux": "pouvez",
        "dois": "devez", "veux": "voulez", "vais": "allez", "fais": "faites", "sais": "savez",
        "vois": "voyez", "perds": "perdez", "prends": "prenez", "remplis": "remplissez",
        "choisis": "choisissez", "reçois": "recevez"}  # fmt: skip
_ARTICLES = frozenset(
    "le la les l l' un une des du mon ma mes ce cet cette ces votre vos son sa ses".split()
)
_LINKS = frozenset({"de", "du", "des", "d", "d'"})
_ELIDED = frozenset({"l'", "j'", "qu'", "n'", "s'", "m'", "t'", "c'"})
_STOPS = pack_for("fr").stopwords


def _you(text: str) -> str | None:
    """A situation told to the user: "je ne suis pas connecté" -> "vous n'êtes pas connecté"."""
    out, after = [], False
    for word in re.findall(r"[jm]'|[^\s]+", text):
        lowered = word.lower()
        if lowered in _YOU:
            out.append(_YOU[lowered].strip())
            after = lowered in ("je", "j'")
        elif after and lowered in ("ne", "n'"):
            out.append(word)
        elif after and re.fullmatch(r"[a-zéèêàâîôûç]+e", lowered):  # "je cherche"
            out.append(word + "z")
            after = False
        elif after:
            return None  # a verb form this table does not know
        else:
            out.append(word)
    told = " ".join(out)
    return re.sub(r"\bne (?=[aeiouéêh])", "n'", told)


def _singular(phrase: str) -> str:
    """A plural phrase made singular, word by word: "véhicules d'occasion" -> "véhicule ..."."""
    words = []
    for word in phrase.split():
        if word.lower() not in _LINKS | _ARTICLES and len(word) > 3:
            word = (
                re.sub(r"aux$", "al", word) if word.endswith("aux") else re.sub(r"[sx]$", "", word)
            )
        words.append(word)
    return " ".join(words)


PHRASES = Phrases(
    code="fr",
    words=WORDS,
    headings=("Mise en page", "Éléments d'interface", "Navigation", "Remarques"),
    kinds=(
        (
            "settings",
            r"paramètre|réglage|préférence|activer ou désactiver|"
            r"désactiver (?:les )?notifications",
        ),
        ("status", r"\bsuivre|\bsuivi|\bstatut|notifi|\brappel|être (?:prévenu|averti|informé)"),
        (
            "checkout",
            r"\bpa(?:yer|iement|ie)\b|paiement|panier|\bacheter|\bachat|commande|"
            r"carte bancaire|carte de crédit",
        ),
        (
            "map",
            r"\bcarte\b(?! (?:bancaire|de crédit|de fidélité|grise))|géolocalis|localisation|"
            r"à proximité|près de (?:moi|chez)|itinéraire|\bgps\b",
        ),
        (
            "calendar",
            r"créneau|horaire(?!s? d'ouverture)|calendrier|\bagenda|rendez-vous|"
            r"\bréserv|date et heure|disponibilit|planning|\breporter",
        ),
        (
            "chat",
            r"\bchat\b|messagerie|conversation|discuter|envoyer (?:un )?message|"
            r"messages? (?:à|au|avec) ",
        ),
        ("upload", r"télévers|joindre|pièce jointe|\bphotos?\b|\bimages?\b|fichier|avatar"),
        (
            "dashboard",
            r"tableau de bord|statistique|rapport|indicateur|chiffre d'affaires|"
            r"graphique|dashboard|\brevenus?\b|panneau de contrôle",
        ),
    ),  # fmt: skip
    list_verbs=r"^(?:chercher|rechercher|trouver|voir|consulter|parcourir|filtrer|trier|comparer|"
    r"afficher|explorer|découvrir|lister)$",
    status_verbs=r"^(?:suivre|recevoir|surveiller)$",
    form_verbs=r"^(?:créer|inscrire|ajouter|envoyer|écrire|modifier|changer|remplir|compléter|"
    r"demander|publier|évaluer|saisir|déposer|laisser|confirmer|inviter|réinitialiser|"
    r"récupérer)$",
    meta_verbs=r"^(?:utiliser|avoir|accéder|disposer|effectuer)$",
    browse_words=r"résultats|catalogue",
    tool_words=r"document|tableur|\bexport|\bimport|éditeur|rapport|modèle|facture",
    containers=r"^(?:liste|catalogue|historique|ensemble|fonction)\s+(?:des|de|du|d)\s+",
    role_frame=r"^\W*en\s+tant\s+qu[e']\s*(?:un|une|l')?\s*(?P<role>[^,.;:]{1,80}?)\s*,\s*"
    r"je\s+(?:veux|souhaite|voudrais)",
    subordinators=r"^qu(?:e\b|')",
    elision=r"^(l|d|j|qu|n|s|m|t|c)['’](\w.*)$",
    fields=(
        (r"\bnom\b|inscri|\bcompte\b", "Nom", "Anne Martin"),
        (r"e-?mail|courriel", "E-mail", "anne@example.com"),
        (r"téléphone|\bsms\b|portable", "Téléphone", "+33 6 12 34 56 78"),
        (r"mot de passe|inscri|\bcompte\b", "Mot de passe", "********"),
        (
            r"carte bancaire|carte de crédit|\bpa(?:yer|iement)",
            "Numéro de carte",
            "4242 4242 4242 4242",
        ),
        (r"carte bancaire|carte de crédit|\bpa(?:yer|iement)", "Expiration / CVC", "12/27  123"),
        (r"adresse|livraison", "Adresse", "12 rue de la Paix"),
        (r"\bdate\b|créneau|rendez-vous|réserv", "Date et heure", "Ven 18:00–19:00"),
        (r"quantité|articles|panier", "Quantité", "2"),
        (r"\bprix\b|montant|coût", "Prix", "12,50"),
        (r"évaluation|étoiles", "Note", "4 sur 5"),
        (r"\bavis\b|commentaire|témoignage", "Commentaire", "Rapide et aimable, merci !"),
    ),  # fmt: skip
    messages=(
        ("declined", r"refus|rejet|fonds insuffisants", "{payment} refusé. Essayez {method}."),
        (
            "nomatch",
            r"rien ne correspond|aucun résultat|pas de résultat",
            "Aucun résultat pour votre recherche. Essayez d'autres mots.",
        ),
        (
            "stale",
            r"ne peuvent pas être chargé|ne peut pas être chargé|obsolète",
            "Dernières données connues affichées ; elles peuvent être dépassées.",
        ),
        (
            "offline",
            r"connexion (?:est )?(?:perdue|interrompue|coupée)|hors ligne|"
            r"pas de connexion|réseau",
            "Pas de connexion. Rien de ce que vous avez saisi n'est perdu.",
        ),
        (
            "busy",
            r"(?:créneau|horaire|place|table)\w* (?:est )?(?:déjà )?(?:pris|réservé|occupé)",
            "Ce créneau est déjà pris. Choisissez-en un autre.",
        ),
        ("taken", r"déjà (?:inscrit|enregistré|utilisé)", "{login} est déjà utilisé."),
        (
            "invalid",
            r"invalide|incorrect|obligatoire|\bvide|manquant|format",
            "Vérifiez « {field} » : manquant ou invalide.",
        ),
        (
            "denied",
            r"droits? (?:requis|insuffisants)|pas (?:les )?droits|accès refusé|pas accès|"
            r"ne donne pas accès|non autorisé",
            "Vous n'avez pas les droits nécessaires.",
        ),
        ("muted", r"notifications (?:sont )?désactivées", "Les notifications sont désactivées."),
    ),  # fmt: skip
    given=r"\s*étant donné qu(?:e\s+|')\s*(.+?),?\s+(?:quand|lorsque|lorsqu')",
    unhappy=r"\bne\b|\bn'|\bpas\b|erreur|invalide|incorrect|manqu|\bvide|annul|refus|perdu|"
    r"interromp|moins de|épuisé|dépass|trop de|expiré|déjà (?:pris|inscrit|utilisé|réservé)",
    trying=r"j'essaie|essaie d|tente de",
    sees=r"\bje vois\s+qu(?:e\s+|')(.+)",
    clause_end=r",\s+(?:et|mais)\s+|\s+et\s+(?:je|j'|mes|ma|mon|il|elle|rien|aucun|les|la|le|"
    r"l'|un|une|des)\b|;|\.\s",
    first_person=r"(?<!\w)(?:je|me|mon|ma|mes|moi)(?!\w)|(?<!\w)[jm]'",
    choice_preps=r"par|avec|via",
    joiners=r"ou",
    ands=r"et",
    leading=_STOPS | _ARTICLES | _ELIDED,
    stops=(_STOPS | _ELIDED) - _LINKS - _ARTICLES,
    links=_LINKS,
    articles=_ARTICLES,
    days=("Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"),
    decimal=",",
    head_first=True,
    singular=_singular,
    plural=lambda text: bool(re.match(r"\w+[sx]\b", text)),
    you=_you,
    is_verb=lambda word: bool(re.search(r"(?:er|ir|re)$", word.lower())),
)
