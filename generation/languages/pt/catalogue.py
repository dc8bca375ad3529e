"""Palavras em português do catálogo de jornadas comuns (``generation.stories.catalogue``)."""

from generation.languages.journeys import CatalogueWords, KindWords, RoleWords, step


def story_line(role: str, goal: str, benefit: str) -> str:
    return f"Como {role}, quero {goal}, para que {benefit}."


FOOD_DELIVERY = KindWords(
    cues=r"\b(?:comida|pratos?|restaurantes?|entregador\w*|entregas?|entreg\w+|delivery|"
    r"card[áa]pios?|pedidos?|pedem|pedir|cozinha)\b",
    roles={
        "customer": RoleWords(
            "cliente",
            (
                (r"\bclientes?\b", "cliente"),
                (r"\bcompradores?\b", "comprador"),
            ),
        ),
        "courier": RoleWords(
            "entregador",
            (
                (r"\bentregador\w*", "entregador"),
                (r"\bmotoboys?\b", "motoboy"),
                (r"\bestafetas?\b", "estafeta"),
            ),
        ),
        "restaurant": RoleWords(
            "gerente do restaurante",
            (
                (r"\bfuncionári\w* do restaurante\b", "funcionário do restaurante"),
                (r"\brestaurantes?\b", "gerente do restaurante"),
            ),
        ),
    },
    activities={
        "find": "Escolher a comida",
        "order": "Fazer o pedido",
        "receive": "Receber o pedido",
        "deliver": "Entregar pedidos",
        "kitchen": "Cuidar da cozinha",
    },
    steps={
        "browse": step(
            "Ver restaurantes próximos",
            "ver os restaurantes que entregam no meu endereço",
            "eu só olhe lugares que podem trazer a comida até mim",
            "Dado que três de quatro restaurantes entregam no meu endereço, quando abro a "
            "lista, então vejo esses três, cada um com o tempo e a taxa de entrega.",
            "Dado que nenhum restaurante entrega agora no meu endereço, quando abro a lista, "
            "então vejo que não há nenhum disponível e posso mudar o endereço.",
            "ver restaurante|buscar restaurante|restaurante próximo",
        ),
        "search": step(
            "Buscar um prato",
            "buscar um prato pelo nome",
            "eu encontre o que quero sem abrir cada cardápio",
            "Dado que dois restaurantes têm «feijoada» no cardápio, quando busco «feijoada», "
            "então vejo os dois pratos com o restaurante e o preço.",
            "Dado que nenhum cardápio próximo tem «ramen», quando busco, então vejo que não há "
            "resultados e pratos parecidos.",
            "buscar prato|procurar prato",
        ),
        "cart": step(
            "Adicionar pratos ao carrinho",
            "adicionar pratos ao carrinho e mudar as quantidades",
            "eu monte o pedido inteiro antes de pagar",
            "Dado que meu carrinho está vazio, quando adiciono duas porções de sopa, então o "
            "carrinho mostra duas sopas e o total.",
            "Dado que meu carrinho tem pratos de outro restaurante, quando adiciono um deste, "
            "então me perguntam se quero começar um carrinho novo e os pratos não se misturam.",
            "carrinho|cesta",
        ),
        "checkout": step(
            "Finalizar o pedido com o endereço",
            "finalizar o pedido com meu endereço e um recado para o entregador",
            "o pedido chegue à porta certa",
            "Dado que o carrinho e o endereço estão preenchidos, quando finalizo o pedido, "
            "então vejo o resumo com a taxa de entrega e a hora prevista de chegada.",
            "Dado que meu endereço está fora da área de entrega, quando finalizo o pedido, "
            "então vejo que não entregam ali e o pedido não é criado.",
            "fazer pedido|finalizar pedido|endereço de entrega",
        ),
        "pay": step(
            "Pagar o pedido",
            "pagar o pedido com cartão ou carteira digital",
            "o restaurante comece a preparar sem esperar pelo dinheiro",
            "Dado que meu cartão é válido, quando pago, então o pagamento é confirmado e o "
            "restaurante recebe o pedido.",
            "Dado que o banco recusa meu cartão, quando pago, então vejo o motivo e posso "
            "escolher outro meio; o pedido não é enviado ao restaurante.",
            "pagar|pagamento",
        ),
        "track": step(
            "Acompanhar o pedido",
            "acompanhar meu pedido da cozinha até a minha porta",
            "eu saiba quando esperar o entregador",
            "Dado que o restaurante entregou meu pedido ao entregador, quando abro o pedido, "
            "então vejo o entregador no mapa e a hora de chegada.",
            "Dado que o entregador está atrasado, quando passa a hora prevista, então vejo a "
            "nova previsão e posso falar com o suporte; o pedido não aparece como entregue.",
            "acompanhar pedido|status do pedido|rastrear",
        ),
        "rate": step(
            "Avaliar o pedido",
            "avaliar a comida e a entrega depois que o pedido chega",
            "outros clientes escolham restaurantes por experiências reais",
            "Dado que meu pedido foi entregue, quando dou quatro estrelas à comida e cinco à "
            "entrega, então as duas avaliações aparecem no pedido.",
            "Dado que meu pedido foi cancelado, quando o abro, então não posso avaliá-lo.",
            "avaliar|avaliação|comentário",
        ),
        "reorder": step(
            "Repetir um pedido anterior",
            "repetir um dos meus pedidos anteriores com um toque",
            "meu jantar de sempre seja pedido em segundos",
            "Dado que pedi uma pizza na semana passada, quando repito esse pedido, então o "
            "carrinho tem a mesma pizza pelo preço de hoje.",
            "Dado que a pizza não está mais no cardápio, quando repito o pedido, então vejo "
            "qual prato falta e o resto fica no carrinho.",
            "repetir pedido",
        ),
        "accept": step(
            "Aceitar uma entrega",
            "ver as entregas perto de mim e aceitar uma",
            "eu pegue as corridas que combinam com minha rota",
            "Dado que há uma entrega a 1 km, quando a aceito, então vejo o endereço do "
            "restaurante e a entrega não é oferecida a mais ninguém.",
            "Dado que outro entregador a aceitou um instante antes, quando a aceito, então vejo "
            "que já foi atribuída e não posso aceitá-la.",
            "aceitar entrega|aceitar pedido|aceitar corrida",
        ),
        "navigate": step(
            "Ir até o cliente",
            "obter a rota até o restaurante e depois até o cliente",
            "eu não perca tempo procurando o caminho",
            "Dado que retirei o pedido, quando abro a rota, então vejo o caminho até o "
            "endereço do cliente com a observação de acesso.",
            "Dado que o endereço não aparece no mapa, quando abro a rota, então vejo o telefone "
            "do cliente para ligar.",
            "rota|navegar|navegação",
        ),
        "handover": step(
            "Marcar o pedido como entregue",
            "marcar o pedido como entregue ao passá-lo ao cliente",
            "o cliente e o restaurante saibam que o pedido está encerrado",
            "Dado que entreguei a sacola ao cliente, quando marco o pedido como entregue, "
            "então o cliente o vê entregue e o pedido sai da minha lista.",
            "Dado que o cliente não atende a porta, quando tento marcar o pedido como entregue, "
            "então me pedem para registrar uma entrega sem sucesso.",
            "marcar entregue|entregar pedido",
        ),
        "menu": step(
            "Gerenciar o cardápio",
            "adicionar, mudar e remover pratos com preços e fotos",
            "os clientes peçam o que a cozinha realmente prepara",
            "Dado que adiciono uma salada por R$ 30, quando salvo o cardápio, então os "
            "clientes veem a salada por esse preço.",
            "Dado que um prato não tem preço, quando o salvo, então vejo que o preço é "
            "obrigatório e o prato não é publicado.",
            "cardápio|gerenciar pratos",
        ),
        "orders": step(
            "Aceitar pedidos recebidos",
            "aceitar ou recusar cada pedido que chega",
            "a cozinha só prepare o que consegue servir a tempo",
            "Dado que chega um pedido novo, quando o aceito, então o cliente vê que ele está "
            "sendo preparado.",
            "Dado que acabou um ingrediente, quando recuso o pedido, então o cliente é avisado "
            "e não é cobrado.",
            "aceitar pedido|pedido recebido|receber pedido",
        ),
        "sold-out": step(
            "Marcar um prato como esgotado",
            "marcar um prato como esgotado até o fim do dia",
            "ninguém peça um prato que não podemos preparar",
            "Dado que a sopa acabou, quando a marco como esgotada, então os clientes não podem "
            "adicioná-la ao carrinho até amanhã.",
            "Dado que um cliente tem a sopa num carrinho não pago, quando a marco como "
            "esgotada, então o pagamento dele para e ele vê que a sopa não está disponível.",
            "esgotado|sem estoque",
        ),
    },
)

WORDS = CatalogueWords(story_line=story_line, kinds={"food-delivery": FOOD_DELIVERY})
