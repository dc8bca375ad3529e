"""French."""

from generation.languages import LanguagePack, pattern, snowball, words

PACK = LanguagePack(
    code="fr",
    name="French",
    release_names=("MVP", "Version 1", "Plus tard"),
    untitled_map="Carte des récits",
    stopwords=words(
        """
        le la les l un une des du de d à au aux en dans sur sous par pour avec sans entre
        vers chez depuis jusqu et ou mais ni que qu qui quoi dont où comme quand lorsque si
        ce cet cette ces ceci cela ça se s son sa ses mon ma mes ton ta tes notre nos votre vos
        leur leurs je j me m tu te t il elle on nous vous ils elles lui y est sont être était
        été a ont avoir peut peuvent pouvoir doit doivent devoir devra devront pourra pourront
        sera seront très plus moins aussi déjà ne pas non oui chaque tout toute tous toutes
        autre autres même mêmes etc
        """
    ),
    # "pour" opens the benefit only when no "afin" comes later: in "prendre rendez-vous pour
    # un service afin de ...", the "pour" belongs to the goal.
    story_frame=pattern(
        r"""^\W*en\s+tant\s+qu[e']\s*(?:un|une|l')?\s*(?P<role>[^,.;:]{1,80}?)\s*,?\s+
        (?:je\s+veux|je\s+souhaite|je\s+voudrais|j'aimerais|je\s+peux|je\s+dois|
        je\s+désire)\s+(?P<goal>.+?)(?:\s*,?\s+(?:afin\s+d[e']|afin\s+que|
        (?:pour\s+que|pour)(?!.*\bafin\s+(?:de|d'|que|qu'))|de\s+sorte\s+que)
        \s*(?P<benefit>.+?))?\s*[.!]?\s*$"""
    ),
    requirement_cues=pattern(
        r"""\b(?:doit|doivent|devra|devront|devrait|peut|peuvent|pourra|pourront|permet|
        permettre|permettra|nécessite|il\s+faut|est\s+nécessaire|sera\s+possible)\b"""
    ),
    priority_words=(
        (
            r"haute|élevée|elevee|indispensable|obligatoire|essentiel(?:le)?|critique|mvp|must",
            "MVP",
        ),
        (r"moyenne|importante?|souhaitable|should", "Release 1"),
        (r"basse|faible|optionnel(?:le)?|facultati(?:f|ve)|could", "Later"),
    ),
    wont=pattern(r"\bne\s+sera\s+pas\s+(?:implémenté|inclus|réalisé|développé)e?s?\b"),
    future=pattern(
        r"""(?:à\s+l'avenir|a\s+l'avenir|(?<!au\s)plus\s+tard|dans\s+(?:une\s+)?(?:future|prochaine)s?\s+
        (?:version|phase|itération)s?|ultérieurement|dans\s+le\s+futur)"""
    ),
    priority_label="priorité",
    phase_word=r"phase|étape|etape|version|lot|livraison|itération|sprint|release",
    toc_headings=pattern(r"sommaire|table\s+des\s+matières"),
    non_goal_headings=pattern(
        r"""hors\s+(?:périmètre|perimetre|champ|du\s+périmètre|scope)|non[- ]objectifs|
        exclusions?|ce\s+qui\s+n'est\s+pas\s+inclus|non\s+inclus"""
    ),
    context_headings=pattern(
        r"""sommaire|table\s+des\s+matières|glossaire|définitions|acronymes|abréviations|
        références|historique\s+des\s+(?:versions|modifications|révisions)|risques|
        hypothèses|dépendances|questions\s+ouvertes|métriques|indicateurs|kpis?|annexes?|
        concurrence|concurrents|budget|planning|calendrier|équipe|architecture|
        modèle\s+de\s+données|base\s+de\s+données|technologies|licence"""
    ),
    role_headings=pattern(
        r"""rôles|roles|acteurs|utilisateurs|profils(?:\s+utilisateurs?)?|personas|cibles?|
        public\s+cible"""
    ),
    background_headings=pattern(
        r"""introduction|présentation|contexte|résumé|vision|objectifs?|but|problématique|
        à\s+propos|motivation"""
    ),
    requirement_columns=pattern(r"exigences?|besoins?|description|fonctionnalités?|user\s+story"),
    priority_columns=pattern(r"priorité|importance|phase|lot"),
    metadata_keys=words(
        """livraison livrable client échéance version auteur auteurs date statut
        responsable relu approuvé projet"""
    ),
    not_people=words(
        """système systèmes application app serveur base données service plateforme site
        module composant table tableau page écran bot interface programme logiciel api
        concurrent concurrents entreprise société organisation fournisseur prestataire
        passerelle appareil navigateur"""
    ),
    dangling=words("le la les un une des de du à au en et ou que qui pour par avec sans sur"),
    stem=snowball("french"),
)
