"""Portuguese."""

from generation.languages import LanguagePack, pattern, snowball, words

PACK = LanguagePack(
    code="pt",
    name="Portuguese",
    release_names=("MVP", "Versão 1", "Depois"),
    untitled_map="Mapa de histórias",
    stopwords=words(
        """
        o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela
        pelos pelas para com sem sobre entre até desde e ou mas nem que como quando onde
        quem qual quais cujo este esta estes estas esse essa esses essas aquele aquela isto
        isso se seu sua seus suas meu minha meus minhas nosso nossa lhe lhes me te nos eu ele
        ela eles elas você vocês é são ser está estão estar há haver foi seja sejam pode podem
        poder deve devem dever deverá deverão tem têm ter terá será serão muito mais menos
        também já não sim cada todo toda todos todas outro outra outros outras mesmo etc
        """
    ),
    # The benefit starts at "para que", "a fim de" or "para" before an infinitive, at the
    # last such comma: "quero enviar um aviso para todos, para que ..." keeps its goal whole.
    story_frame=pattern(
        r"""^\W*(?:como|enquanto)\s+(?:(?:um|uma|o|a)\s+)?(?P<role>[^,.;:]{1,80}?)\s*,?\s+
        (?:eu\s+)?(?:quero|preciso|desejo|gostaria\s+de|posso|devo)\s+(?P<goal>.+?)
        (?:\s*,?\s+(?:para\s+que|a\s+fim\s+de|de\s+modo\s+que|de\s+forma\s+que|
        para(?=\s+(?:não\s+|me\s+|se\s+)?\w+(?:ar|er|ir|or)\b))\s+
        (?!.*,\s+(?:para|a\s+fim\s+de)\s)(?P<benefit>.+?))?\s*[.!]?\s*$"""
    ),
    requirement_cues=pattern(
        r"""\b(?:deve|devem|deverá|deverão|deveria|pode|podem|poderá|poderão|permite|permitir|
        permitirá|precisa|necessita|tem\s+que|têm\s+que|é\s+necessário|será\s+possível)\b"""
    ),
    priority_words=(
        (r"alta|essencial|obrigatóri[oa]|imprescindível|crític[oa]|mvp|must", "MVP"),
        (r"média|media|importante|should", "Release 1"),
        (r"baixa|desejável|desejavel|opcional|could", "Later"),
    ),
    wont=pattern(r"\bnão\s+(?:será|serão)\s+(?:implementad|incluíd|feit)\w*"),
    future=pattern(
        r"""\b(?:no\s+futuro|futuramente|em\s+versões\s+futuras|em\s+uma\s+próxima\s+(?:fase|versão)|
        posteriormente|mais\s+tarde)\b"""
    ),
    priority_label="prioridade",
    phase_word=r"fase|etapa|versão|versao|entrega|iteração|sprint|release",
    toc_headings=pattern(r"índice|indice|sumário|sumario|conteúdo"),
    non_goal_headings=pattern(
        r"fora\s+do\s+escopo|não\s+escopo|nao\s+escopo|não\s+incluíd[oa]s?|exclusões|não\s+objetivos"
    ),
    context_headings=pattern(
        r"""índice|indice|sumário|sumario|conteúdo|glossário|glossario|definições|siglas|
        abreviações|referências|histórico\s+de\s+(?:versões|revisões|alterações)|
        controle\s+de\s+versões|riscos|premissas|dependências|métricas|kpis?|anexos?|
        apêndices?|concorrência|concorrentes|orçamento|cronograma|equipe|arquitetura|
        modelo\s+de\s+dados|banco\s+de\s+dados|tecnologias|licença"""
    ),
    role_headings=pattern(
        r"""papéis|papeis|atores|usuários|usuarios|tipos\s+de\s+usuários?|perfis(?:\s+de\s+usuário)?|
        personas|público[- ]alvo|stakeholders"""
    ),
    background_headings=pattern(
        r"""introdução|introducao|descrição(?:\s+geral)?|visão(?:\s+geral)?|resumo|propósito|
        objetivos?|problema|contexto|motivação|sobre"""
    ),
    requirement_columns=pattern(r"requisitos?|descrição|funcionalidade|história|caso\s+de\s+uso"),
    priority_columns=pattern(r"prioridade|importância|fase"),
    metadata_keys=words(
        """prazo entrega cliente versão versao autor autores data status responsável
        revisado aprovado"""
    ),
    not_people=words(
        """sistema sistemas aplicação aplicativo app servidor banco dados serviço plataforma
        site módulo modulo componente tabela página tela bot interface programa api
        concorrente concorrentes empresa organização fornecedor provedor gateway dispositivo"""
    ),
    dangling=words("o a os as um uma de do da em no na por para com sem e ou que como ao se"),
    stem=snowball("portuguese"),
)
