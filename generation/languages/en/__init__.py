"""English."""

from generation.languages import LanguagePack, pattern, snowball, words

PACK = LanguagePack(
    code="en",
    name="English",
    stopwords=words(
        """
        a an the and or but nor of to in on at by for with from into onto over under about as
        than then so that this these those it its is are was were be been being am do does did
        done has have had having i me my mine we us our you your he him his she her they them
        their theirs who whom whose which what when where why how all any each every some no not
        only also just very too can could should must shall will would may might need needs
        able there here if else while also via per etc e.g i.e up out off such other another
        same own both either neither one more most less least many much few new want wants
        """
    ),
    story_frame=pattern(
        r"""^\W*as\s+(?:an?|the)?\s*(?P<role>[^,.;:]{1,80}?)\s*,?\s+
        (?:i|we)\s+(?:want|need|would\s+like|wish|can|should\s+be\s+able|must\s+be\s+able)
        (?:\s+to)?\s+(?P<goal>.+?)
        (?:\s*,?\s+(?:so\s+that|in\s+order\s+to|so(?=\s+(?:i|we|my)\b))\s+(?P<benefit>.+?))?
        \s*[.!]?\s*$"""
    ),
    requirement_cues=pattern(
        r"""\b(?:must|shall|should|can|could|may|will|need(?:s)?\s+to|able\s+to|allows?|lets?|
        enables?|supports|requires?|required|want(?:s)?\s+to)\b"""
    ),
    priority_words=(
        (r"must(?:[- ]have)?|high(?:est)?|critical|essential|mandatory|p[01]|mvp", "MVP"),
        (r"should(?:[- ]have)?|medium|p2", "Release 1"),
        (r"could(?:[- ]have)?|low(?:est)?|optional|nice[- ]to[- ]have|desirable|p3", "Later"),
    ),
    wont=pattern(
        r"\bwon'?t(?:[- ]have)?\b|\bwill\s+not\s+have\b|\bwill\s+not\s+be\s+(?:built|done)"
    ),
    future=pattern(
        r"""\b(?:in\s+(?:the\s+)?future|future\s+(?:releases?|versions?|phases?|work|scope)|
        later\s+(?:releases?|versions?|phases?|on)|someday|post[- ]mvp|eventually|roadmap|
        not\s+in\s+(?:the\s+)?(?:first|initial)\s+(?:version|release)|not\s+in\s+v1|
        after\s+(?:the\s+)?(?:launch|mvp|v1))\b"""
    ),
    priority_label="priority",
    phase_word=r"phase|stage|release|milestone|iteration|version|v",
    toc_headings=pattern(r"(?:table\s+of\s+)?contents|toc"),
    non_goal_headings=pattern(
        r"""non[- ]?goals?|out\s+of\s+scope|not\s+in\s+scope|out-of-scope|won'?t\s+have|
        exclusions?|excluded|not\s+included|what\s+we\s+(?:are\s+not|won'?t)|anti[- ]goals?"""
    ),
    context_headings=pattern(
        r"""table\s+of\s+contents|contents|glossary|definitions?|acronyms|abbreviations|
        references|revision\s+history|change\s*log|changelog|version\s+history|document\s+history|
        risks?(?:\s+and\s+mitigations?)?|assumptions|dependencies|open\s+questions|
        (?:success\s+)?metrics|kpis?|key\s+performance\s+indicators|appendix|
        competitors?|competitive\s+analysis|market(?:\s+analysis)?|pricing|budget|timeline|
        team|stakeholders|approvals?|sign[- ]?off|license|credits|acknowledg(?:e)?ments|
        tech(?:nology)?\s+stack|architecture|data\s+model|database\s+schema|api(?:\s+endpoints)?|
        entities|entity\s+list|data\s+dictionary|implementation(?:\s+plan)?|milestones?|
        deliverables|next\s+steps|development\s+plan|build\s+plan|cost(?:s|\s+estimate)?|
        benefits|expected\s+outcomes|business\s+value|outcomes|change\s+(?:management|control)|
        external\s+interfaces|data\s+requirements|constraints"""
    ),
    role_headings=pattern(
        r"""roles?|user\s+roles|personas?|actors?|user\s+types|users|target\s+(?:users|audience)|
        who\s+(?:is\s+it\s+for|are\s+the\s+users)|user\s+(?:groups|classes|characteristics)|
        intended\s+(?:users|audience)|(?:key\s+)?user\s+characteristics"""
    ),
    background_headings=pattern(
        r"""background|overview|introduction|summary|executive\s+summary|problem(?:\s+statement)?|
        vision|purpose|goals?|objectives?|motivation|about|context|why"""
    ),
    requirement_columns=pattern(
        r"""requirements?|description|feature|features|user\s+story|story|functionality|capability|
        need|what"""
    ),
    priority_columns=pattern(r"priority|moscow|importance|phase|release|delivery|milestone"),
    project_words=pattern(
        r"""\b(?:git(?:hub|lab)?|repository|repo|branch(?:es)?|pull\s+request|version\s+control|
        framework|python|javascript|typescript|react(?:\s+native)?|flask|django|node\.?js|
        docker|kubernetes|ci/cd|set\s+up\s+(?:the\s+)?(?:python\s+)?environment|api\s+keys?|
        demo\s+script|stakeholders?|sign[- ]?off|approv(?:al|ed\s+by)|deadline|budget|
        unit\s+tests?|code\s+review|deploy(?:ment)?\s+pipeline)\b"""
    ),
    metadata_keys=words(
        """deadline due delivery deliverable deliverables client sponsor prepared version
        author authors date status owner owners reviewer reviewers approver approvers
        updated created last-updated document team project prepared contributors editor
        revision id"""
    ),
    not_people=words(
        """system systems app application applications api apis server servers backend frontend
        database db service services platform website site module modules component components
        table tables page pages screen bot script scheduler cron job queue interface software
        tool tools product device browser client-side competitor competitors company companies
        organisation organization vendor vendors provider providers third-party gateway
        integration engine model document program"""
    ),
    dangling=words(
        """a an the and or but of to in on at by for with from into as than that which who
        whose is are be can could should must will would may my your their our its this these
        those if when while via per vs"""
    ),
    stem=snowball("english"),
)
