"""Portuguese: chrome, sentences and story patterns (the user is addressed as "você")."""

import re

from generation.languages import pack_for
from generation.wireframes.phrases import Phrases

WORDS = {
    # Chrome
    "Product": "Produto",
    "user": "usuário",
    "Home": "Início",
    "Help": "Ajuda",
    "Account": "Conta",
    "account": "conta",
    "Privacy": "Privacidade",
    "Terms": "Termos",
    "url": "endereço",
    "logo": "logo",
    "footer": "rodapé",
    "image": "imagem",
    "back": "voltar",
    "Back to": "< Voltar para: {activity}",
    "Signed in as": "Conectado: {role}",
    "status bar": "barra de status",
    "Ready": "Pronto  -  {product}  -  conectado: {role}",
    "menu": "Arquivo  Editar  Exibir  Ajuda",
    "Recent": "Recentes",
    "Settings": "Configurações",
    "Search...": "Buscar...",
    "nav": "menu",
    "btn": "botão",
    "button": "botão",
    # Buttons
    "Cancel": "Cancelar",
    "Continue": "Continuar",
    "Save": "Salvar",
    "Search": "Buscar",
    "Apply": "Aplicar",
    "View": "Abrir",
    "Refresh": "Atualizar",
    "Pay now": "Pagar",
    "Send": "Enviar",
    "Upload": "Enviar arquivos",
    "Book": "Reservar",
    "Choose file": "Escolher arquivo",
    "Clear search": "Limpar busca",
    "Notification settings": "Notificações",
    "Contact support": "Falar com o suporte",
    "Retry": "Tentar de novo",
    # Forms
    "Details": "Detalhes",
    "Note (optional)": "Observação (opcional)",
    "Enter": "{label}…",
    "disabled": "({action} fica ativo quando todos os campos forem válidos.)",
    "choose": "Escolher",
    # Lists
    "search": "buscar",
    "Search for": "Buscar {obj}…",
    "items": "itens",
    "item": "item",
    "Name": "Nome",
    "Detail": "Detalhe",
    "row": "{noun} {id}",
    "row ids": "1 2 3",
    "row details": "Hoje, 10:00|Ontem, 18:30|Seg, 09:15",
    "filter": "filtro: {filter:lower} v",
    "Any": "{filter}: [ Todos v ]",
    "list of": "lista: {obj}",
    "pagination": "paginação",
    "Previous": "< Anterior",
    "Next": "Página 1 de 3   Próxima >",
    # Status
    "status": "status",
    "progress bar": "barra de progresso",
    "map": "mapa",
    "updates": "novidades",
    "refresh": "atualizar",
    "request": "solicitação",
    "Status": "Status: {step}",
    "order steps": "Recebido|Em preparo|A caminho|Entregue",
    "steps": "Enviado|Em andamento|Em análise|Concluído",
    "step": "etapa 3 de 4",
    "Latest update": "Última novidade: {text}",
    "Courier": "Mapa: entregador a 1,2 km, chega por volta das 18:40",
    "Last updated": "Atualizado há 2 min",
    # Error states below the screen
    "Error state": "Estado de erro",
    "Something went wrong": "Não foi possível concluir. Tente novamente.",
    "card": "outro cartão",
    "card words": r"cart[ãa]o",
    "email words": r"e-?mail",
    "results": "resultados",
    "Card": "Pagamento com cartão",
    "Payment": "Pagamento",
    "payment method": "outra forma de pagamento",
    "email": "e-mail",
    "name": "usuário",
    "the highlighted field": "o campo destacado",
    # Map
    "Search nearby": "Endereço ou local…",
    "Map": "Mapa",
    "you are here": "(*) você está aqui",
    "distances": "350 m|800 m|1.2 km",
    "Distance": "Distância",
    "place": "Local",
    # Calendar
    "Free times": "Horários livres",
    "Selected": "Escolhido: {day}, {time}",
    "slot legend": "[>10:00<] escolhido   [ ----- ] ocupado",
    "date picker": "seletor de data",
    "time slots": "horários livres",
    # Checkout
    "Your order": "Seu pedido",
    "Article": "Item",
    "Total": "Total",
    "order summary": "resumo do pedido",
    # Dashboard
    "Period": "Período: [ Esta semana v ]",
    "figure": "número",
    "chart": "gráfico",
    "By day": "Por dia",
    "figure names": "Total|Esta semana|Hoje",
    "figure values": "12 480|342|27",
    "figure change": "+8% sobre a semana passada",
    # Chat
    "Support": "Suporte",
    "You": "Você",
    "chat lines": "Olá! Como podemos ajudar?|Olá, tenho uma dúvida.|Claro, pode falar.",
    "Type a message": "Escreva uma mensagem…",
    "messages": "mensagens",
    "type a message": "mensagem",
    # Upload
    "Drop files": "Arraste arquivos para cá ou",
    "Accepted": "{formats}, até {size}",
    "size": "10 MB",
    "drop zone": "área de envio",
    "file list": "lista de arquivos",
    # Settings
    "toggle names": "E-mail|SMS|Notificações push",
    "Language": "Idioma:  [ Português v ]",
    # Markdown: Layout
    "layout component": "- Um componente isolado: {component}, com seus estados.",
    "top web": "- Topo: barra do navegador e navegação ({places}).",
    "top mobile": "- Topo: barra de status e barra do app com botão de voltar e “{task}”.",
    "top desktop": "- Topo: barra de título, menu ({menu}) e barra de ferramentas.",
    "left": "- Esquerda: barra lateral com “{activity}” e “{task}”.",
    "heading": "- Título: “{title}”.",
    "main": "- Centro: {component}.",
    "image placeholder": "- Acima do componente principal: espaço para uma imagem (caixa de X).",
    "bottom": "- Base: link para voltar e depois {bottom}.",
    "bottom web": "o rodapé",
    "bottom mobile": "a barra de abas ({home}, {activity}, {account})",
    "bottom desktop": "a barra de status",
    "below": "- Abaixo da tela, à parte: um estado de erro com “{message}”",
    "form words": "um formulário com {fields} e o botão “{action}”",
    "list words": "uma busca, filtros e uma tabela de {obj} com linhas de exemplo",
    "status words": "um cartão de status com o progresso, as etapas feitas e a última novidade",
    "checkout words": "o resumo do pedido e um formulário de pagamento com {fields} e o botão "
    "“{action}”",
    "map words": "uma busca, um mapa com marcadores e a lista de {obj} com a distância",
    "calendar words": "um seletor de dia, os horários livres e o botão “{action}”",
    "dashboard words": "cartões com números ({figures}), um gráfico por dia e um seletor de "
    "período",
    "chat words": "uma conversa e uma caixa de mensagem com o botão “{action}”",
    "upload words": "uma área para soltar arquivos com seletor e os arquivos com seu progresso",
    "settings words": "chaves ({toggles}) e o botão “{action}”",
    # Markdown: UI elements
    "el choice": "Opção ({choices}): como {goal}; a primeira está marcada.",
    "el input": "Campo “{label}”: dado necessário para {goal}.",
    "el search": "Busca e botão “{label}”: filtram a lista.",
    "el row button": "Botão “{action}” em cada linha: age sobre essa linha.",
    "el filter": "Filtro “{filter}”: deixa só as linhas que correspondem.",
    "el table": "Tabela de {obj}: linhas de exemplo; a linha escolhida tem “>”.",
    "el pagination": "Paginação: páginas anterior e próxima.",
    "el status card": "Cartão de status com barra de progresso: como tudo está agora.",
    "el steps": "Etapas: feitas [x], atual [>], pendentes [ ].",
    "el refresh": "Botão “Atualizar”: carrega o status mais recente.",
    "el primary": "Botão principal “{action}”: desativado até que os campos sejam válidos.",
    "el cancel": "Botão “Cancelar”: sai sem salvar.",
    "el summary": "Resumo do pedido: itens, preços e total.",
    "el map": "Mapa: onde você está (*) e os locais da lista abaixo, com seu número.",
    "el map rows": "Lista de {obj}: distância e botão “{action}” em cada linha.",
    "el days": "Seletor de dia: os dias da semana; o escolhido fica entre colchetes.",
    "el slots": "Horários: os livres podem ser escolhidos, os ocupados aparecem riscados, o "
    "escolhido fica marcado.",
    "el pick": "Seletor “{label}”: filtra os horários livres.",
    "el confirm": "Botão “{action}”: confirma o horário escolhido.",
    "el figures": "Cartões com números: {figures}, cada um com a variação no período.",
    "el chart": "Gráfico: uma barra por dia do período.",
    "el period": "Seletor de período: quais dias os números cobrem.",
    "el thread": "Conversa: as mensagens da outra pessoa à esquerda, as suas à direita, com a "
    "hora.",
    "el compose": "Caixa de mensagem e botão “{action}”: enviam a mensagem.",
    "el drop": "Área de envio: arraste os arquivos para cá ou escolha-os; diz quais arquivos "
    "são aceitos.",
    "el files": "Lista de arquivos: cada um com seu progresso e um botão para remover [ x ].",
    "el upload": "Botão “{action}”: envia os arquivos.",
    "el toggles": "Chaves: {toggles}; [x] está ligada.",
    "el save": "Botão “{action}”: salva as alterações; “{cancel}” deixa tudo como estava.",
    "el message": "Mensagem “{message}”: aparece quando {given}.",
    "el nav": "{nav}: leva de “{activity}” a outras partes de {product}.",
    "nav web": "Navegação superior",
    "nav mobile": "Barra de abas inferior",
    "nav desktop": "Barra lateral e menu",
    # Markdown: Navigation
    "via web": "navegação superior",
    "via mobile": "barra de abas",
    "via desktop": "barra lateral",
    "comes from": "- Vem de: “{activity}” (pela {via}), tarefa “{task}”.",
    "leads to": "- “{action}” leva {next}.",
    "next form": "a uma tela de confirmação e depois à próxima etapa",
    "next list": "aos detalhes da linha escolhida ({noun})",
    "next status": "a esta mesma tela com o status mais recente",
    "next checkout": "a um recibo com o número do pedido",
    "next map": "ao local escolhido, com o caminho até ele",
    "next calendar": "à confirmação do horário escolhido",
    "next dashboard": "aos mesmos números do período escolhido",
    "next chat": "à mesma conversa, com a mensagem nova",
    "next upload": "aos arquivos enviados, prontos para uso",
    "next settings": "a esta mesma tela, com as alterações salvas",
    "back returns": "- Voltar leva a “{activity}”; nada do que foi digitado se perde.",
    "unhappy stay": "- Os erros aparecem nesta mesma tela, no lugar onde acontecem.",
    # Markdown: Notes
    "note unhappy": "- Caso de erro: “{message}”",
    "note criteria": "- Critérios de aceitação cobertos:",
    "note assumes": "- Supõe uma sessão já iniciada ({role}); nomes e valores são exemplos.",
    "note wide": "- Caracteres largos (CJK, emoji) da história aparecem como “?”.",
}

_YOU = {"eu": "você", "meu": "seu", "minha": "sua", "meus": "seus", "minhas": "suas",
        "comigo": "com você", "sou": "é", "estou": "está", "tenho": "tem", "posso": "pode",
        "quero": "quer", "faço": "faz", "vou": "vai", "perco": "perde", "preencho": "preenche",
        "cumpro": "cumpre", "uso": "usa", "tento": "tenta", "envio": "envia",
        "cadastro": "cadastra", "escolho": "escolhe", "vejo": "vê", "recebo": "recebe"}  # fmt: skip
_ARTICLES = frozenset(
    "o a os as um uma uns umas meu minha meus minhas seu sua seus suas este esta estes estas "
    "esse essa esses essas".split()
)
_LINKS = frozenset({"de", "do", "da", "dos", "das"})
_STOPS = pack_for("pt").stopwords


def _you(text: str) -> str:
    """A situation told to the user: "perco a conexão" -> "perde a conexão"."""
    return re.sub(r"[^\W\d_]+", lambda m: _YOU.get(m.group(0).lower(), m.group(0)), text)


def _singular(phrase: str) -> str:
    """A plural phrase made singular, word by word: "caronas corporativas" -> "carona ..."."""
    rules = ((r"ões$", "ão"), (r"ães$", "ão"), (r"ns$", "m"), (r"(?<=[aeiou])is$", "l"),
             (r"(?<=[rz])es$", ""), (r"(?<=[aeiouáéó])s$", ""))  # fmt: skip
    words = []
    for word in phrase.split():
        if word.lower() not in _LINKS | _ARTICLES and len(word) > 3:
            for pattern, repl in rules:
                if re.search(pattern, word):
                    word = re.sub(pattern, repl, word)
                    break
        words.append(word)
    return " ".join(words)


PHRASES = Phrases(
    code="pt",
    words=WORDS,
    headings=("Estrutura", "Elementos da interface", "Navegação", "Notas"),
    kinds=(
        (
            "settings",
            r"configura[çc][õoã]|prefer[êe]ncias|\bajustes|ativar ou desativar|"
            r"desativar (?:as )?notifica",
        ),
        ("status", r"acompanhar|rastre|\bstatus\b|notifica|\baviso|lembrete|situa[çc][ãa]o d"),
        (
            "checkout",
            r"\bpag(?:ar|amento|amentos|o)\b|carrinho|\bcomprar|\bcompras?\b|checkout|"
            r"cart[ãa]o de cr[ée]dito",
        ),
        ("map", r"\bmapa|localiza[çc][ãa]o|perto de mim|pr[óo]xim[oa]s? de|\brotas?\b|\bgps\b"),
        (
            "calendar",
            r"hor[áa]rio|\bagenda|calend[áa]rio|\bslots?\b|data e hora|\breserv|"
            r"marcar (?:uma )?consulta|disponibilidade|remarcar|\bturnos?\b",
        ),
        (
            "chat",
            r"\bchat|\bconversa\b|conversar|bate-papo|enviar (?:uma )?mensagem|"
            r"mensage(?:m|ns) (?:para|ao|à|com)",
        ),
        (
            "upload",
            r"enviar (?:(?:uma|a|o|os|as) )?(?:foto|arquivo|imagem|documento|v[íi]deo)|"
            r"\bcarregar|anexar|\banexo|\bfotos?\b|imagem|\barquivos?\b|upload|avatar",
        ),
        (
            "dashboard",
            r"painel|estat[íi]stica|relat[óo]rio|m[ée]trica|indicador|receita|"
            r"gr[áa]fico|dashboard|faturamento",
        ),
    ),  # fmt: skip
    list_verbs=r"^(?:buscar|procurar|encontrar|ver|visualizar|consultar|explorar|filtrar|"
    r"ordenar|comparar|listar|navegar)$",
    status_verbs=r"^(?:acompanhar|rastrear|receber|monitorar)$",
    form_verbs=r"^(?:criar|cadastrar|registrar|adicionar|enviar|escrever|editar|alterar|mudar|"
    r"atualizar|preencher|solicitar|publicar|avaliar|definir|informar|confirmar|convidar|"
    r"recuperar|redefinir)$",
    meta_verbs=r"^(?:usar|utilizar|ter|acessar|manter)$",
    browse_words=r"resultados|cat[áa]logo",
    tool_words=r"documento|planilha|exportar|importar|editor|relat[óo]rio|modelo|nota fiscal",
    containers=r"^(?:lista|cat[áa]logo|hist[óo]rico)\s+d[eoa]s?\s+",
    role_frame=r"^\W*(?:como|enquanto)\s+(?:(?:um|uma|o|a)\s+)?(?P<role>[^,.;:]{1,80}?)\s*,\s*"
    r"(?:eu\s+)?(?:quero|preciso|desejo)",
    subordinators=r"^que\b",
    fields=(
        (r"\bnome\b|cadastr|\bconta\b", "Nome", "Ana Souza"),
        (r"e-?mail", "E-mail", "ana@example.com"),
        (r"telefone|celular|\bsms\b", "Telefone", "+55 11 91234-5678"),
        (r"senha|criar (?:uma )?conta", "Senha", "********"),
        (r"cart[ãa]o|\bpag(?:ar|amento)", "Número do cartão", "4242 4242 4242 4242"),
        (r"cart[ãa]o|\bpag(?:ar|amento)", "Validade / CVC", "12/27  123"),
        (r"endere[çc]o|entrega", "Endereço", "Rua das Flores, 12"),
        (r"\bdata\b|hor[áa]rio|\bagend|\breserv", "Data e hora", "Sex 18:00–19:00"),
        (r"quantidade|\bitens\b|carrinho", "Quantidade", "2"),
        (r"pre[çc]o|\bvalor\b|custo", "Preço", "12,50"),
        (r"avalia|estrelas", "Avaliação", "4 de 5"),
        (r"coment[áa]rio|opini[ãa]o|resenha", "Comentário", "Rápido e atencioso, obrigado!"),
    ),
    messages=(
        ("declined", r"recusad|saldo insuficiente", "{payment} recusado. Tente {method}."),
        (
            "nomatch",
            r"nenhum resultado|n[ãa]o h[áa] resultados|nada corresponde|nada encontrado",
            "Nenhum resultado para a sua busca. Tente outras palavras.",
        ),
        (
            "stale",
            r"n[ãa]o (?:pode|p[ôo]de) ser carregad|n[ãa]o carreg|desatualizad",
            "Mostrando os últimos dados conhecidos; podem estar desatualizados.",
        ),
        (
            "offline",
            r"conex[ãa]o|sem internet|offline|sem rede",
            "Sem conexão. Nada do que você digitou se perde.",
        ),
        (
            "busy",
            r"(?:hor[áa]rio|vaga|assento|mesa)\w* (?:j[áa] )?(?:est[áa] )?(?:ocupad|"
            r"reservad)",
            "Esse horário já está ocupado. Escolha outro.",
        ),
        (
            "taken",
            r"j[áa] (?:est[áa] )?cadastrad|j[áa] registrad|(?:e-?mail|usu[áa]rio)\w* j[áa]",
            "Este {login} já está cadastrado.",
        ),
        (
            "invalid",
            r"inv[áa]lid|incorret|obrigat[óo]ri|vazi|faltando|formato",
            "Verifique “{field}”: está vazio ou inválido.",
        ),
        (
            "denied",
            r"sem permiss|n[ãa]o tem permiss|n[ãa]o tenho permiss|acesso negado|"
            r"n[ãa]o autorizad",
            "Você não tem permissão para fazer isso.",
        ),
        (
            "muted",
            r"notifica[çc][õo]es (?:est[ãa]o )?desativad",
            "As notificações estão desativadas.",
        ),
    ),  # fmt: skip
    given=r"\s*dado que\s+(.+?),?\s+quando\b",
    unhappy=r"\bn[ãa]o\b|\berro|inv[áa]lid|incorret|\bfalt|vazi|cancel|recusad|\bperd|menos de|"
    r"esgotad|sem conex|exced|expirad|negad|ocupad|j[áa] existe",
    trying=r"\btento\b|\btenta\b",
    sees=r"\bvejo\s+que\s+(.+)",
    clause_end=r",\s+(?:e|mas)\s+|\s+e\s+(?:n[ãa]o|nada|o|a|os|as|um|uma|posso|sigo)\b|;|\.\s",
    first_person=r"(?<!\w)(?:eu|meu|minha|meus|minhas|me|comigo)(?!\w)",
    choice_preps=r"com|por|via|pelo|pela",
    joiners=r"ou",
    ands=r"e",
    leading=_STOPS | _ARTICLES,
    stops=_STOPS - _LINKS - _ARTICLES,
    links=_LINKS,
    articles=_ARTICLES,
    days=("Seg", "Ter", "Qua", "Qui", "Sex", "Sáb", "Dom"),
    decimal=",",
    head_first=True,
    singular=_singular,
    plural=lambda text: bool(re.match(r"\w+s\b", text)),
    you=_you,
    is_verb=lambda word: bool(re.search(r"(?:ar|er|ir)$", word.lower())),
)
