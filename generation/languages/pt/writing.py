"""Writing Portuguese stories: the story line, its title, its benefit and its criteria.

    Como usuário, quero cancelar ou remarcar a reserva até 24 horas antes do início, para
    que eu libere a vaga quando meus planos mudarem.
    Dado que faltam mais de 24 horas para o início, quando eu cancelo ou remarco a reserva,
    então a alteração é salva e vejo a confirmação.
    Dado que faltam menos de 24 horas para o início, quando eu tento cancelar ou remarcar a
    reserva, então vejo que isso só é possível até 24 horas antes do início, e não há
    nenhuma mudança.

The story line follows the Portuguese template "Como <papel>, quero <objetivo>, para que
<benefício>"; the benefit is the document's own reason where it gives one ("para que ...",
"para <infinitivo>", "a fim de ..."; an infinitive becomes "eu <subjuntivo>"), else one of a
few phrasings for the kind of action, the least used on the map first. Verb forms come from
``grammar`` (rules and a small table, no dictionary). What the product does is written
from the user's side: "quero que o sistema calcule ...", and a criterion "quando o sistema
calcula ..."; what it sends or shows a person is that person's "receber" or "ver".
"""

from __future__ import annotations

import re
import zlib
from collections import Counter

from generation.languages.clauses import Clause
from generation.languages.pt import PACK, grammar
from generation.languages.pt.clauses import read_clauses
from generation.languages.pt.criteria import Thing, benefit_of, criteria_of, role_note

__all__ = ["PortugueseWriter"]

_MAX_TITLE_WORDS = 8

#: The kind of action each verb names (see generation.languages.categories).
_CATEGORY = {
    "account": "cadastrar-se registrar-se inscrever-se entrar logar sair autenticar-se "
    "recuperar redefinir",
    "find": "buscar pesquisar procurar encontrar filtrar ordenar localizar",
    "view": "ver visualizar consultar acessar conferir abrir listar",
    "choose": "escolher selecionar comparar",
    "book": "reservar agendar marcar",
    "order": "pedir comprar encomendar contratar solicitar alugar",
    "pay": "pagar",
    "create": "cadastrar criar adicionar incluir registrar inserir informar preencher escrever "
    "publicar definir oferecer anunciar",
    "upload": "anexar carregar importar subir",
    "change": "editar alterar atualizar modificar remarcar trocar corrigir mover renomear ajustar",
    "cancel": "cancelar desistir",
    "delete": "excluir remover apagar deletar arquivar",
    "notify": "receber notificar alertar avisar lembrar",
    "message": "conversar enviar responder comentar contatar falar mandar",
    "track": "acompanhar rastrear monitorar seguir",
    "review": "avaliar classificar",
    "share": "compartilhar convidar indicar divulgar",
    "export": "exportar baixar imprimir gerar emitir",
    "manage": "gerenciar administrar aprovar rejeitar recusar aceitar bloquear desbloquear moderar "
    "atribuir designar validar controlar verificar impedir garantir",
    "settings": "configurar personalizar ativar desativar",
}
_VERB_CATEGORY = {verb: name for name, verbs in _CATEGORY.items() for verb in verbs.split()}
#: Verbs that say little on their own: the object tells the kind of action.
_WEAK_VERBS = {
    "receber", "enviar", "gerar", "emitir", "fazer", "ter", "processar", "realizar",
    "efetuar", "manter", "fornecer", "usar", "utilizar", "acessar", "registrar", "calcular",
    "mandar", "cadastrar", "criar", "definir", "adicionar", "trocar", "alterar",
}  # fmt: skip
_OBJECT_CATEGORY = {
    "notificação": "notify", "alerta": "notify", "aviso": "notify", "lembrete": "notify",
    "e-mail": "notify", "email": "notify", "sms": "notify", "push": "notify",
    "mensagem": "message", "avaliação": "review", "comentário": "review", "senha": "account",
    "perfil": "account", "conta": "account", "login": "account", "relatório": "export",
    "arquivo": "upload", "foto": "upload", "documento": "upload", "imagem": "upload",
    "anexo": "upload", "pedido": "order", "pagamento": "pay", "reembolso": "pay",
    "fatura": "pay", "boleto": "pay", "reserva": "book", "agendamento": "book",
    "histórico": "view", "carrinho": "order", "compra": "order", "mb": "upload",
    "kb": "upload", "gb": "upload", "pdf": "upload", "exame": "upload", "trabalho": "upload",
    "comprovante": "upload", "currículo": "upload", "vídeo": "upload",
}  # fmt: skip

#: What follows "para que" when the document gives no reason, per kind of action.
_BENEFITS = {
    "account": (
        "eu use o serviço com a minha própria conta",
        "meus dados fiquem protegidos",
        "eu continue de onde parei em qualquer dispositivo",
    ),
    "find": (
        "eu chegue rápido ao que preciso sem percorrer tudo",
        "eu veja primeiro as opções que me servem",
        "eu não perca tempo com resultados que não me interessam",
    ),
    "view": (
        "eu tenha sempre a informação atualizada",
        "eu não precise perguntar a ninguém",
        "eu decida com base em dados corretos",
    ),
    "choose": (
        "eu fique com a opção que mais me convém",
        "eu compare as alternativas antes de decidir",
        "eu não tenha surpresas depois",
    ),
    "book": (
        "eu garanta meu lugar no horário que me convém",
        "eu tenha certeza de que a vaga é minha",
        "eu planeje meu dia com antecedência",
    ),
    "order": (
        "eu consiga o que preciso sem telefonar",
        "eu resolva tudo em poucos minutos",
        "eu acompanhe o pedido desde o início",
    ),
    "pay": (
        "eu não precise pagar na hora",
        "eu pague de uma vez e receba o comprovante",
        "o pagamento fique registrado sem papelada",
    ),
    "create": (
        "todas as informações fiquem em um só lugar",
        "eu não dependa de anotações soltas",
        "os outros encontrem os dados certos",
    ),
    "upload": (
        "eu não precise enviar arquivos por outro canal",
        "meus documentos estejam à mão quando eu precisar",
        "quem analisa veja o original",
    ),
    "change": (
        "meus dados continuem corretos",
        "eu corrija um erro sem pedir ajuda ao suporte",
        "eu adapte o que combinei quando os planos mudam",
    ),
    "cancel": (
        "eu libere a vaga quando meus planos mudarem",
        "eu não pague por algo de que não preciso mais",
        "outra pessoa possa aproveitar a vaga",
    ),
    "delete": (
        "fique só o que ainda importa",
        "eu não me confunda com dados antigos",
        "a lista continue limpa",
    ),
    "notify": (
        "eu não perca nada importante",
        "eu saiba das mudanças a tempo",
        "eu aja antes que seja tarde",
    ),
    "message": (
        "eu resolva as dúvidas sem telefonar",
        "a conversa fique toda em um só lugar",
        "eu combine os detalhes diretamente",
    ),
    "track": (
        "eu saiba em que pé as coisas estão sem perguntar",
        "eu planeje meu tempo",
        "eu perceba atrasos logo",
    ),
    "review": (
        "outras pessoas escolham com confiança",
        "eu conte como foi a minha experiência",
        "o serviço melhore com a opinião de quem usa",
    ),
    "share": (
        "outras pessoas vejam sem passos extras",
        "possamos trabalhar nisso em conjunto",
        "eu divulgue sem copiar nada à mão",
    ),
    "export": (
        "eu trabalhe com os dados nas minhas próprias ferramentas",
        "eu guarde uma cópia",
        "eu preste contas com números confiáveis",
    ),
    "manage": (
        "tudo funcione como a equipe precisa",
        "o trabalho fique sob controle",
        "problemas sejam corrigidos antes que afetem alguém",
    ),
    "settings": (
        "o serviço funcione do meu jeito",
        "eu não repita os mesmos passos toda vez",
        "eu receba só o que me interessa",
    ),
    "other": (
        "eu faça isso mais rápido",
        "eu não precise fazer isso à mão",
        "eu evite erros e retrabalho",
    ),
}
#: Benefits of a feature named by a noun ("Modo escuro") and of how the product is
#: ("O sistema deve estar disponível 99,5% do tempo").
_FEATURE_BENEFITS = (
    "eu use o serviço do jeito que prefiro",
    "eu tenha isso à mão quando precisar",
    "minha experiência fique mais simples",
)
_PASSIVE_BENEFITS = (
    "eu não precise pedir isso a ninguém",
    "eu saiba que tudo foi resolvido sem acompanhar de perto",
)
_STATE_BENEFITS = (
    "eu possa contar com o sistema quando precisar",
    "eu use o sistema com confiança",
    "eu não tenha surpresas no dia a dia",
)
#: Benefits of what the product does on its own, by its verb.
_SYSTEM_BENEFITS = {
    "calcular": (
        "eu tenha números confiáveis sem fazer contas à mão",
        "eu acompanhe os resultados sem planilhas",
    ),
    "registrar": (
        "haja um registro confiável do que aconteceu",
        "dúvidas sejam resolvidas com base no que foi registrado",
    ),
    "validar": (
        "dados incorretos sejam barrados desde o início",
        "eu não descubra erros tarde demais",
    ),
    "processar": (
        "eu receba o que me é devido sem precisar cobrar",
        "nada dependa de trabalho manual",
    ),
    "emitir": ("ninguém precise fazer isso à mão", "eu receba o que me é devido sem atraso"),
    "garantir": (
        "as regras sejam sempre respeitadas",
        "problemas sejam evitados antes de acontecer",
    ),
    "impedir": (
        "não haja registros duplicados nem confusões",
        "eu confie que os dados estão corretos",
    ),
    "atualizar": ("eu veja sempre a situação real", "eu não decida com base em dados antigos"),
    "executar": (
        "eu encontre boas combinações sem procurar à mão",
        "eu economize tempo na organização",
    ),
    "manter": ("eu consulte o que aconteceu a qualquer momento", "eu preste contas com segurança"),
    "armazenar": ("meus dados fiquem seguros", "nada do que informei se perca"),
    "bloquear": (
        "o acesso indevido seja barrado",
        "eu confie que as regras de segurança funcionam",
    ),
    "integrar-se": (
        "eu não digite os mesmos dados duas vezes",
        "eu use os serviços que já conheço",
    ),
    "fornecer": (
        "eu tenha a informação de que preciso na hora certa",
        "eu decida sem precisar perguntar",
    ),
}
_SYSTEM_ALIASES = {
    "encontrar": "executar", "sugerir": "executar", "recomendar": "executar",
    "parear": "executar", "guardar": "armazenar", "salvar": "armazenar",
    "limitar": "impedir", "verificar": "validar", "conferir": "validar",
    "sincronizar": "integrar-se", "integrar": "integrar-se", "disponibilizar": "fornecer",
    "exibir": "fornecer", "mostrar": "fornecer", "controlar": "garantir", "assegurar": "garantir",
}  # fmt: skip

#: Per kind of action, the happy paths (given, then) one of which a story gets.
_HAPPY = {
    "account": (
        (
            "meus dados de acesso estão corretos",
            "consigo acessar a minha conta e vejo as minhas informações",
        ),
        (
            "confirmo o código enviado para o meu e-mail",
            "a operação é concluída e recebo uma confirmação",
        ),
    ),
    "find": (
        (
            "existem opções que atendem à busca",
            "vejo os resultados correspondentes, os mais relevantes primeiro",
        ),
        (
            "há vários resultados possíveis",
            "vejo quantos foram encontrados e posso refinar a busca",
        ),
    ),
    "view": (
        ("as informações já estão cadastradas", "vejo tudo completo e atualizado"),
        ("houve uma mudança recente", "vejo a versão mais nova, com a data da atualização"),
    ),
    "choose": (
        ("a opção que quero está disponível", "minha escolha fica salva para o próximo passo"),
        ("há mais de uma opção disponível", "vejo o que muda entre elas antes de confirmar"),
    ),
    "book": (
        (
            "ainda há vaga no horário escolhido",
            "a reserva é criada e a vaga deixa de ser oferecida a outras pessoas",
        ),
        ("escolho uma opção livre", "recebo a confirmação com a data, o horário e o local"),
    ),
    "order": (
        ("todos os itens estão disponíveis", "o pedido é registrado e vejo o número e os itens"),
        ("o carrinho tem itens", "vejo o total antes de confirmar o pedido"),
    ),
    "pay": (
        ("o cartão é válido e tem saldo", "o pagamento é aprovado e recebo o comprovante"),
        ("escolho uma forma de pagamento aceita", "vejo o valor pago e a data no meu histórico"),
    ),
    "create": (
        ("todos os campos obrigatórios estão preenchidos", "o registro é salvo e aparece na lista"),
        (
            "os dados informados são válidos",
            "vejo uma confirmação e consigo abrir o registro em seguida",
        ),
        ("não existe um registro igual", "o novo registro fica disponível para quem precisa dele"),
        ("preencho os dados pela primeira vez", "vejo o registro novo no topo da lista"),
    ),
    "upload": (
        ("o arquivo tem formato e tamanho aceitos", "o arquivo é enviado e aparece na lista"),
        ("o arquivo está em um formato aceito", "vejo uma prévia do arquivo enviado"),
    ),
    "change": (
        ("os novos dados são válidos", "as alterações são salvas e vejo os dados novos"),
        ("tenho permissão para alterar", "vejo os dados novos e a data da alteração"),
    ),
    "cancel": (
        ("ainda está dentro do prazo para mudanças", "a alteração é salva e vejo a confirmação"),
        ("a operação ainda não começou", "recebo a confirmação, e a vaga volta a ficar livre"),
    ),
    "delete": (
        ("confirmo a exclusão", "o item não aparece mais em lugar nenhum"),
        ("o item não está em uso", "ele sai da lista e não pode mais ser escolhido"),
    ),
    "notify": (
        ("as notificações estão ativadas", "recebo um único aviso com os detalhes"),
        ("meu contato está atualizado", "o aviso chega pelo canal que escolhi, com os detalhes"),
    ),
    "message": (
        ("a mensagem não está vazia", "a mensagem é entregue e a outra pessoa a vê"),
        ("a outra pessoa está disponível", "vejo a resposta na mesma conversa"),
    ),
    "track": (
        ("a situação mudou", "vejo a situação atual e a hora da última atualização"),
        ("o processo está em andamento", "vejo em que etapa ele está agora"),
    ),
    "review": (
        ("já usei o serviço", "minha avaliação fica visível para os outros"),
        ("a experiência já terminou", "vejo minha nota somada às dos outros"),
    ),
    "share": (
        ("o compartilhamento está permitido", "quem recebe o link vê o mesmo que eu"),
        ("escolho com quem compartilhar", "só essas pessoas conseguem ver"),
    ),
    "export": (
        ("há dados no período escolhido", "recebo um arquivo com todos esses dados"),
        ("escolho o formato do arquivo", "o arquivo abre corretamente com os dados completos"),
    ),
    "manage": (
        (
            "tenho permissão para essa ação",
            "a mudança é salva e fica visível para todos os envolvidos",
        ),
        ("o item está pendente", "a decisão é registrada com meu nome e a data"),
    ),
    "settings": (
        ("o valor está dentro do permitido", "a configuração passa a valer na hora"),
        ("altero uma preferência", "a mudança é lembrada na próxima vez que eu entrar"),
    ),
    "other": (
        ("tenho acesso a essa função", "o resultado é salvo e vejo uma confirmação"),
        ("estou conectado", "vejo o resultado na hora, sem passos extras"),
    ),
}
#: Per kind of action, the unhappy paths (given, then) that belong to it.
_UNHAPPY = {
    "account": (
        (
            "a senha informada está errada",
            "vejo uma mensagem de erro e não consigo acessar a conta",
        ),
        (
            "o código de confirmação expirou",
            "vejo que preciso pedir um novo código, e a conta não é alterada",
        ),
    ),
    "find": (
        ("nenhuma opção atende à busca", "vejo que não há resultados e posso mudar a busca"),
        ("a busca tem um erro de digitação", "não vejo uma tela vazia, e sim sugestões parecidas"),
    ),
    "view": (
        ("ainda não há nada cadastrado", "vejo uma lista vazia com uma dica do que fazer"),
        ("não tenho permissão para ver esses dados", "vejo uma mensagem, e nada é mostrado"),
    ),
    "choose": (
        ("a opção que quero não está mais disponível", "vejo isso na hora e posso escolher outra"),
        ("não escolho nenhuma opção", "não consigo seguir e vejo o que falta escolher"),
    ),
    "book": (
        (
            "outra pessoa ocupou a última vaga enquanto eu preenchia os dados",
            "vejo que a vaga foi ocupada e as opções livres mais próximas; a reserva não é criada",
        ),
        (
            "o horário escolhido já passou",
            "vejo que ele não está mais disponível, e a reserva não é criada",
        ),
    ),
    "order": (
        ("um dos itens acabou", "vejo qual item acabou, e o pedido não é registrado"),
        ("o pedido está abaixo do valor mínimo", "vejo quanto falta, e o pedido não é enviado"),
    ),
    "pay": (
        ("o banco recusa o cartão", "vejo o motivo, nada é cobrado, e a compra não é concluída"),
        (
            "a conexão cai durante o pagamento",
            "não sou cobrado duas vezes, e vejo a situação do pagamento",
        ),
    ),
    "create": (
        ("um campo obrigatório está vazio", "vejo qual campo preencher, e o registro não é salvo"),
        ("já existe um registro igual", "vejo o registro existente, e ele não é duplicado"),
        ("um dado está em formato inválido", "vejo o que corrigir, e os dados não são salvos"),
        (
            "perco a conexão antes de confirmar",
            "o registro não fica pela metade, e posso enviar de novo",
        ),
    ),
    "upload": (
        ("o arquivo é maior que o permitido", "vejo o limite, e o arquivo não é enviado"),
        ("o arquivo está em um formato não aceito", "vejo os formatos aceitos, e nada é enviado"),
    ),
    "change": (
        (
            "um dos novos dados é inválido",
            "vejo o que corrigir, e os dados anteriores continuam valendo",
        ),
        (
            "outra pessoa alterou os mesmos dados antes de mim",
            "vejo a versão mais nova, e não perco o que escrevi",
        ),
    ),
    "cancel": (
        ("o prazo para mudanças já terminou", "vejo que não é mais possível alterar, e nada muda"),
        ("a operação já foi concluída", "vejo que não é mais possível cancelar, e nada muda"),
    ),
    "delete": (
        ("desisto na janela de confirmação", "o item não é excluído e tudo continua como estava"),
        ("o item ainda está em uso", "vejo onde ele é usado, e ele não é excluído"),
    ),
    "notify": (
        ("o evento foi cancelado antes do aviso", "não recebo {none}"),
        ("desativei esse tipo de aviso", "não recebo {none}"),
    ),
    "message": (
        ("a mensagem está vazia", "ela não é enviada, e vejo uma dica"),
        ("a outra pessoa bloqueou o contato", "vejo que a mensagem não pode ser entregue"),
    ),
    "track": (
        (
            "a conexão cai",
            "vejo a última situação conhecida e o aviso de que ela não está atualizada",
        ),
        (
            "não há atualização há muito tempo",
            "vejo um alerta de que a informação pode estar desatualizada",
        ),
    ),
    "review": (
        ("ainda não usei o serviço", "não consigo avaliar, e vejo o motivo"),
        (
            "já avaliei esta mesma experiência",
            "não consigo avaliar de novo, mas posso editar a avaliação anterior",
        ),
    ),
    "share": (
        ("o link foi desativado", "quem recebe não consegue abrir e vê que o acesso foi encerrado"),
        ("a pessoa convidada não tem conta", "ela recebe um convite para se cadastrar"),
    ),
    "export": (
        ("não há dados no período escolhido", "vejo um aviso, e nenhum arquivo vazio é gerado"),
        (
            "o arquivo ficaria grande demais",
            "o arquivo não é gerado, e vejo uma sugestão de período menor",
        ),
    ),
    "manage": (
        ("não tenho permissão para essa ação", "vejo uma mensagem, e nada muda"),
        (
            "outra pessoa já decidiu sobre o mesmo item",
            "vejo a decisão dela, e ela não é sobrescrita",
        ),
    ),
    "settings": (
        (
            "o valor está fora do permitido",
            "vejo os valores aceitos, e a nova configuração não é aplicada",
        ),
    ),
    "other": (
        (
            "a operação não pode ser salva",
            "vejo uma mensagem de erro, e nada do que informei se perde",
        ),
        ("a conexão cai no meio da operação", "vejo um aviso, e não perco o que já informei"),
    ),
}
#: What the product does on its own: (given, then, unhappy given, unhappy then).
_SYSTEM = {
    "calcular": (
        "todos os dados do cálculo estão registrados",
        "vejo o resultado calculado a partir desses dados",
        "falta um dado necessário para o cálculo",
        "vejo qual dado falta, e não vejo nenhum resultado parcial",
    ),
    "registrar": (
        "o evento acontece",
        "o evento fica registrado com data e hora, e posso consultá-lo",
        "o registro não pode ser gravado",
        "vejo um aviso, e posso tentar de novo sem perder o que foi informado",
    ),
    "validar": (
        "os dados informados são válidos",
        "os dados são aceitos e o processo continua",
        "um dos dados informados é inválido",
        "vejo o que corrigir, e nada é aprovado",
    ),
    "processar": (
        "a solicitação está completa",
        "a solicitação é processada e vejo a situação atualizada",
        "a solicitação tem dados pendentes",
        "a solicitação não é processada, e vejo o que falta",
    ),
    "emitir": (
        "todas as condições para a emissão foram cumpridas",
        "o documento é emitido e vejo a confirmação",
        "alguma condição ainda não foi cumprida",
        "nada é emitido, e vejo o que está pendente",
    ),
    "garantir": (
        "a operação respeita a regra",
        "a operação é concluída normalmente",
        "a operação desrespeita a regra",
        "a operação é recusada, e vejo o motivo",
    ),
    "impedir": (
        "não existe conflito com registros anteriores",
        "a operação é concluída normalmente",
        "a operação entra em conflito com um registro existente",
        "a operação é recusada, e vejo o motivo",
    ),
    "atualizar": (
        "uma mudança acontece",
        "vejo a informação atualizada em poucos segundos",
        "a atualização falha",
        "continuo vendo a última informação válida, com o aviso de que ela não está em dia",
    ),
    "executar": (
        "existem opções compatíveis",
        "vejo as opções compatíveis, as melhores primeiro",
        "não existe nenhuma opção compatível",
        "vejo que nada foi encontrado e posso ajustar os critérios",
    ),
    "manter": (
        "há registros no período consultado",
        "vejo todos eles, completos e em ordem",
        "um registro foi alterado depois de criado",
        "a versão anterior não se perde, e o histórico mostra quem fez a alteração",
    ),
    "bloquear": (
        "a condição de bloqueio é atingida",
        "o bloqueio é aplicado, e vejo o motivo e como resolver",
        "a condição de bloqueio ainda não foi atingida",
        "nada é bloqueado, e não perco o acesso",
    ),
    "armazenar": (
        "um dado novo é informado",
        "ele é guardado da forma exigida, e consigo recuperá-lo depois",
        "o armazenamento falha",
        "vejo um aviso, e o dado não é perdido nem guardado pela metade",
    ),
    "integrar-se": (
        "o serviço externo responde",
        "os dados chegam sem que eu precise digitá-los de novo",
        "o serviço externo está fora do ar",
        "vejo um aviso, e o que já foi informado não se perde",
    ),
    "fornecer": (
        "os dados estão disponíveis",
        "vejo a informação atualizada",
        "os dados ainda não estão disponíveis",
        "vejo um aviso claro do que falta",
    ),
}
#: When a rule is checked, and what then happens when it holds.
_RULE_EVENTS = (
    ("os dados são salvos", "a operação é concluída normalmente"),
    ("a operação é confirmada", "ela segue sem nenhum aviso"),
)
#: A measurable target ("garantir 99% de ...", "garantir a redução de 40% ..."), measured.
_TARGETS = (
    (
        "o período de medição terminou",
        "vejo o resultado medido e se a meta foi cumprida",
        "a meta não foi cumprida no período",
        "a equipe responsável recebe um alerta com os números",
    ),
    (
        "há dados suficientes do período",
        "o resultado fica registrado no painel de indicadores",
        "o resultado ficou abaixo do esperado",
        "vejo o desvio destacado, e a meta não aparece como cumprida",
    ),
    (
        "o indicador é acompanhado todo mês",
        "vejo a evolução mês a mês em relação à meta",
        "faltam dados de parte do período",
        "vejo que o resultado está incompleto, e ele não entra na média",
    ),
)
#: A feature named by a noun: (given, then, unhappy given, unhappy then).
_FEATURE = (
    (
        "a função está disponível para o meu perfil",
        "ela funciona em todas as telas em que se aplica",
        "a função está desativada para o meu perfil",
        "não vejo a opção, e o restante do sistema continua funcionando",
    ),
    (
        "é a primeira vez que uso a função",
        "vejo uma explicação curta de como ela funciona",
        "a função está fora do ar",
        "vejo um aviso claro, e não perco o que estava fazendo",
    ),
)
_SYSTEM_FALLBACK = (
    (
        "as informações necessárias estão completas",
        "o resultado fica disponível para mim em seguida",
        "falta uma informação necessária",
        "vejo um aviso do que falta, e os dados não são alterados",
    ),
    (
        "o sistema está funcionando normalmente",
        "isso acontece sem que eu precise fazer nada",
        "ocorre uma falha no meio da operação",
        "vejo um aviso, e não fica nenhum dado pela metade",
    ),
)
_TASKS = {
    "account": "Acessar a conta", "find": "Buscar", "view": "Consultar informações",
    "choose": "Escolher opções", "book": "Fazer reservas", "order": "Fazer pedidos",
    "pay": "Pagar", "create": "Cadastrar dados", "upload": "Enviar arquivos",
    "change": "Editar dados", "cancel": "Cancelar", "delete": "Excluir",
    "notify": "Receber avisos", "message": "Trocar mensagens", "track": "Acompanhar",
    "review": "Avaliar", "share": "Compartilhar", "export": "Gerar relatórios",
    "manage": "Gerenciar", "settings": "Configurar preferências", "other": "Usar o sistema",
}  # fmt: skip
#: Nouns a person receives: "Notificações por e-mail" -> "receber as notificações ...".
_RECEIVED = {"notificação", "alerta", "lembrete", "aviso", "e-mail", "sms", "newsletter"}
#: Nouns a person consults rather than uses: "quero consultar o histórico de caronas".
_CONSULTED = {"histórico", "relatório", "lista", "painel", "dashboard", "extrato", "resumo"}
#: Words a title never ends on.
_DANGLING = frozenset(
    """o a os as um uma de do da dos das em no na nos nas ao aos à às por pelo pela para com
    sem e ou que se como até após sobre entre mediante via contendo sendo não""".split()
)
_BOUNDARY = frozenset(
    """em no na nos nas por pelo pela pelos pelas para com sem até após via mediante sobre
    entre conforme que se quando caso desde apenas somente exceto sendo contendo superior
    inferior acima abaixo""".split()
)
#: Words that open a limit: a title is never cut inside one ("até 24 horas").
_LIMIT_OPENERS = frozenset(
    """até apenas somente desde exceto máximo mínimo menos mais superior inferior acima
    abaixo""".split()
)
_CONNECTIVES = {"e", "ou", "não", ","}
#: Verbs that say how a thing is, not what it does: checked by looking at it.
_STATES = {"ser", "estar", "ter", "possuir", "ficar"}


class PortugueseWriter:
    """Stories in Portuguese, from Portuguese requirements."""

    code = "pt"
    default_role = "usuário"

    def __init__(self) -> None:
        # How often each phrasing was used on this map: the least used comes next, so that
        # stories of one kind vary (the same document always gets the same choices).
        self._uses: Counter[tuple[str, object]] = Counter()

    def _choose(self, options, clause: Clause, salt: str):
        """One of ``options``: the least used so far, the clause's own pick among equals."""
        options = list(options)
        start = _pick(clause, len(options), salt)
        ordered = options[start:] + options[:start]
        chosen = min(ordered, key=lambda option: self._uses[(salt, option)])
        self._uses[(salt, chosen)] += 1
        return chosen

    def clauses(self, text: str) -> list[Clause]:
        """The clauses of a requirement; verbs joined by "e" that name different kinds of
        action become clauses of their own ("criar e editar tarefas" -> two)."""
        clauses = []
        for clause in read_clauses(text):
            if clause.noun_only and _is_heading(clause.rest):
                continue  # "Objetivos Secundários" glued to a list item: a heading
            if clause.noun_only and _head(clause.rest) in _RECEIVED:
                clause.verb = "receber"  # "Notificações por e-mail" -> "receber notificações"
                clause.rest = _with_article(_lower_first(clause.rest))
                clause.obj = clause.rest
            clauses += self._split_verbs(clause)
        return clauses

    def _split_verbs(self, clause: Clause) -> list[Clause]:
        words = clause.verb.replace(",", " ,").split()
        verbs = [w for w in words if w not in _CONNECTIVES]
        if len(verbs) < 2 or "ou" in words or "não" in words:
            return [clause]
        kinds = {_VERB_CATEGORY.get(_bare(v)) for v in verbs}
        if len(kinds) < len(verbs) or None in kinds:
            return [clause]
        out = []
        for verb in verbs:
            part = Clause(**{**clause.__dict__, "verb": verb, "numbers": list(clause.numbers)})
            out.append(part)
        return out

    def category(self, clause: Clause) -> str:
        if _to_cart(clause):
            return "order"
        written = _verbs(clause)[0] if clause.verb else ""
        if written in _VERB_CATEGORY and written.endswith("-se"):
            return _VERB_CATEGORY[written]
        verb = _bare(written)
        if verb in {"ser", "estar"}:
            participle = clause.rest.split()[0] if clause.rest.split() else ""
            verb = grammar.infinitive_of(participle) or verb
        if verb in _VERB_CATEGORY and verb not in _WEAK_VERBS:
            return _VERB_CATEGORY[verb]
        for word in re.findall(r"[\wà-ú-]+", (clause.rest or clause.obj).lower())[:5]:
            kind = _OBJECT_CATEGORY.get(grammar.singular(word)) or _OBJECT_CATEGORY.get(word)
            if kind:
                return kind
        return _VERB_CATEGORY.get(verb, "other")

    # -- the story line ----------------------------------------------------------------------

    def goal(self, clause: Clause) -> str:
        """What the person wants, after "quero": an infinitive phrase, or "que" + a clause."""
        condition = f" {_lower_first(clause.condition)}" if clause.condition else ""
        if clause.noun_only:
            phrase = _lower_first(clause.rest)
            verb = "consultar" if _head(phrase) in _CONSULTED else "usar"
            return f"{verb} {_with_article(phrase)}{condition}"
        if clause.system is not None:
            subject = clause.system or "o sistema"
            plural = _is_plural(subject)
            verbs = _conjugate(clause.verb, lambda v: grammar.subjunctive(v, plural=plural))
            rest = _without_asides(clause.rest)
            return f"que {_lower_first(subject)} {verbs} {rest}{condition}".strip()
        verbs = _conjugate(clause.verb, grammar.infinitive_phrase)
        return f"{verbs} {_without_asides(clause.rest)}{condition}".replace("  ", " ").strip()

    def story_line(self, role: str, clause: Clause, benefit: str) -> str:
        return f"Como {role}, quero {self.goal(clause)}, para que {benefit}."

    def title(self, clause: Clause) -> str:
        rest = _plain(clause.rest)
        if clause.noun_only:
            words = _without_leading(rest.split()) or rest.split()
            if len(words) == 1:
                verb = "Consultar" if _head(rest) in _CONSULTED else "Usar"
                words = [verb, *_with_article(_lower_first(rest)).split()]
            return _capitalise(_cut(words))
        rest_words = _without_leading(rest.split())
        key = _system_key(clause) if clause.system is not None else ""
        if key in {"garantir"} and rest.lower().startswith("que "):
            rule = _present(rest[4:].split())
            if rule:
                return _capitalise(_cut(_without_leading(rule.text.split())))
        if clause.system is not None and _bare(_verbs(clause)[0]) in _STATES:
            thing = _drop_article((clause.system or "o sistema").split())
            plural = _is_plural(clause.system or "o sistema")
            verbs = _conjugate(clause.verb, lambda v: grammar.third_person(v, plural=plural))
            said = frozenset(verbs.lower().split())
            return _capitalise(_cut([*thing, *verbs.split(), *rest.split()], verbs=said))
        if clause.system and clause.system not in _PRODUCTS:
            thing = _drop_article(clause.system.split())
            verbs = _conjugate(
                clause.verb, lambda v: grammar.third_person(v, plural=_is_plural(clause.system))
            )
            return _capitalise(_cut([*thing, *verbs.split(), *rest_words]))
        verbs = _conjugate(clause.verb, lambda v: v).split()
        rest_words = _headline(verbs, rest_words)
        title = _cut([*verbs, *rest_words])
        if clause.condition and len(title.split()) <= 2:
            longer = [*verbs, *rest_words, *_lower_first(_plain(clause.condition)).split()]
            if len(longer) <= _MAX_TITLE_WORDS:
                title = _cut(longer)
        return _capitalise(title)

    def benefit(self, clause: Clause, category: str) -> str:
        """What follows "para que": the document's own reason, else one from the action."""
        if clause.purpose:
            purpose = clause.purpose.rstrip(" .")
            if purpose.lower().startswith("que "):
                purpose = _with_subject(purpose[4:], _purpose_subject(clause))
            else:
                purpose = _subjunctive_clause(purpose, _purpose_subject(clause))
            if clause.system is None:
                purpose = _first_person(purpose)
            return purpose
        if _to_cart(clause):
            return "eu junte tudo o que quero comprar antes de pagar"
        if clause.verb and clause.system is None and category not in {"notify", "account"}:
            own = benefit_of(clause, _thing(clause))
            if own:
                return own
        options = _SYSTEM_BENEFITS.get(_system_key(clause)) if clause.system is not None else None
        if clause.system is not None and clause.verb.startswith("não "):
            options = _SYSTEM_BENEFITS["garantir"]
        if clause.noun_only and category == "other":
            options = _FEATURE_BENEFITS
        elif clause.system is None and _verbs(clause)[0] == "ser" and category == "other":
            options = _PASSIVE_BENEFITS
        elif clause.system is not None and _bare(_verbs(clause)[0]) in _STATES:
            options = _STATE_BENEFITS
        options = options or _BENEFITS.get(category, _BENEFITS["other"])
        return self._choose(options, clause, "benefit")

    # -- criteria ----------------------------------------------------------------------------

    def criteria(self, clause: Clause, category: str, role: str) -> list[str]:
        if _to_cart(clause):  # "adicionar produtos ao carrinho": no record is created
            when, trying = self._when(clause)
            return [
                f"Dado que o produto está disponível, quando {when}, então ele aparece no "
                "carrinho com a quantidade e o total atualizado.",
                f"Dado que o produto acabou enquanto eu escolhia, quando {trying}, então vejo "
                "que acabou, e ele não entra no carrinho.",
            ]
        if (
            clause.verb
            and clause.system is None
            and not clause.condition
            and category
            not in {
                "notify",
                "account",
            }
        ):
            when, trying = self._when(clause)
            own = criteria_of(clause, _thing(clause), when, trying, note=role_note(clause))
            if own:
                return own
        if clause.verb and _bare(_verbs(clause)[0]) in _STATES:
            if clause.system is not None:
                return self._state_criteria(clause)
        if clause.system is None and _verbs(clause)[0] == "ser" and category != "notify":
            return self._passive_criteria(clause)
        if clause.system is not None and clause.verb.startswith("não "):
            return self._refrained_criteria(clause)
        if clause.system is not None and _system_key(clause) in {"garantir", "impedir"}:
            rule = self._rule_criteria(clause)
            if rule:
                return rule
        when, trying = self._when(clause)
        if clause.system is not None and not clause.noun_only:
            given, then, bad_given, bad_then = self._system_paths(clause)
        elif clause.noun_only and category == "other":
            given, then, bad_given, bad_then = self._choose(_FEATURE, clause, "feature")
        else:
            happy = _HAPPY.get(category, _HAPPY["other"])
            unhappy = _UNHAPPY.get(category, _UNHAPPY["other"])
            if category == "pay" and not re.search(r"cart[ãa]o|crédito|débito", clause.rest, re.I):
                # "pagar com Pix": no card to be declined
                happy = [o for o in happy if "cartão" not in o[0]] or happy
                unhappy = [o for o in unhappy if "cartão" not in o[0]] or unhappy
            given, then = self._choose(happy, clause, "happy")
            bad_given, bad_then = self._choose(unhappy, clause, "unhappy")
        receiving = category == "notify" and clause.system is None
        if receiving and _verbs(clause)[0] == "receber":
            then = _received(clause) or then
            timing = _timing(clause.rest)
            when = timing or "chega o momento do aviso"
            trying = "chega o momento do aviso"
        bad_then = bad_then.format(none=_none_of(clause.obj or "aviso"))
        situation = _situation(clause.condition) if clause.condition else None
        if situation:
            when = trying = situation.text
            if receiving and situation.negated:
                trying = situation.negated
                bad_given, bad_then = given, f"não recebo {_none_of(clause.obj or 'aviso')}"
        limit = _limit(clause.constraint, person=clause.system is None)
        if limit:
            given, limit_then, bad_given, bad_then = limit
            then = limit_then or then
        return [
            f"Dado que {given}, quando {when}, então {then}.",
            f"Dado que {bad_given}, quando {trying}, então {bad_then}.",
        ]

    def _when(self, clause: Clause) -> tuple[str, str]:
        """The "quando ..." of the happy path and of the unhappy one."""
        if clause.noun_only:
            phrase = _with_article(_lower_first(_plain(clause.rest)))
            if _head(phrase) in _CONSULTED:
                return f"eu consulto {phrase}", f"eu tento consultar {phrase}"
            return f"eu uso {phrase}", f"eu tento usar {phrase}"
        rest = _short(_without(clause.rest, clause.constraint), clause.obj)
        rest = _without_timing(rest)
        if clause.system is not None:
            subject = _lower_first(clause.system or "o sistema")
            plural = _is_plural(subject)
            acting = _conjugate(clause.verb, lambda v: grammar.third_person(v, plural=plural))
            trying = "tentam" if plural else "tenta"
            infinitive = _conjugate(clause.verb, lambda v: _reflexive_third(v))
            return (
                f"{subject} {acting} {rest}".strip(),
                f"{subject} {trying} {infinitive} {rest}".strip(),
            )
        acting = _conjugate(clause.verb, grammar.first_person)
        infinitive = _conjugate(clause.verb, grammar.infinitive_phrase)
        return f"eu {acting} {rest}".strip(), f"eu tento {infinitive} {rest}".strip()

    def _passive_criteria(self, clause: Clause) -> list[str]:
        """ "O cliente deve ser reembolsado quando ...": what is done to the person."""
        words = _plain(clause.rest).split()
        done = " ".join(words[:1] + words[1:6]) if words else ""
        situation = _situation(clause.condition) if clause.condition else None
        when = situation.text if situation else "chega o momento previsto"
        if situation and situation.negated:
            unhappy = f"Dado que cumpro as condições para isso, quando {situation.negated}"
            refused = f"não sou {done}"
        else:
            unhappy = f"Dado que não cumpro as condições para isso, quando {when}"
            refused = f"não sou {done}, e vejo o motivo"
        return [
            f"Dado que cumpro as condições para isso, quando {when}, então sou {done} e vejo "
            "uma confirmação.",
            f"{unhappy}, então {refused}.",
        ]

    def _refrained_criteria(self, clause: Clause) -> list[str]:
        """ "O sistema não deve enviar e-mails sem consentimento": what never happens."""
        subject = _lower_first(clause.system or "o sistema")
        plural = _is_plural(subject)
        acting = _conjugate(clause.verb, lambda v: grammar.third_person(v, plural=plural))
        doing = acting.replace("não ", "", 1)
        rest = _short(clause.rest, clause.obj)
        return [
            f"Dado que uso o sistema normalmente, quando confiro o que {subject} faz, então "
            f"{subject} {acting} {rest}.",
            f"Dado que {subject} {doing} {rest} por engano, quando isso é detectado, então a "
            "ação não se repete, e a equipe responsável é avisada.",
        ]

    def _rule_criteria(self, clause: Clause) -> list[str] | None:
        """ "garantir que a capacidade não exceda o limite": the rule kept and broken;
        "garantir a redução de 90% no tempo": a target, measured."""
        event, kept = self._choose(_RULE_EVENTS, clause, "rule")
        rest = _plain(clause.rest)
        if rest.lower().startswith("que "):
            rule = _present(rest[4:].split())
            if not rule:
                return None
            if _system_key(clause) == "impedir":
                broken = rule.tried or rule.text
                held = "não há conflito com essa regra"
            else:
                broken, held = rule.negated, rule.text
            return [
                f"Dado que {held}, quando {event}, então {kept}.",
                f"Dado que {broken}, quando {event}, então a operação é recusada, e vejo o motivo.",
            ]
        if _system_key(clause) != "garantir":
            return None
        given, then, bad_given, bad_then = self._choose(_TARGETS, clause, "target")
        return [
            f"Dado que {given}, quando o sistema mede o resultado, então {then}.",
            f"Dado que {bad_given}, quando o sistema mede o resultado, então {bad_then}.",
        ]

    def _system_paths(self, clause: Clause) -> tuple[str, str, str, str]:
        paths = _SYSTEM.get(_system_key(clause))
        if paths:
            return paths
        return self._choose(_SYSTEM_FALLBACK, clause, "system")

    def _state_criteria(self, clause: Clause) -> list[str]:
        """ "O sistema deve ser responsivo": how a thing is, checked from the user's side."""
        thing = _lower_first(clause.system or "o sistema")
        plural = _is_plural(thing)
        negated = clause.verb.startswith("não ")
        copula = _bare(_verbs(clause)[0])
        form = grammar.third_person(copula, plural=plural)
        quality = _short(_plain(clause.rest), "")
        said = f"{'não ' if negated else ''}{form} {quality}"
        opposite = f"{form} {quality}" if negated else f"não {form} {quality}"
        limit = _limit(clause.constraint)
        variant = self._choose((0, 1), clause, "state")
        given = (
            limit[0] if limit else ("uso o sistema normalmente", "o sistema está em uso")[variant]
        )
        bad_given = limit[2] if limit else f"{thing} {opposite}"
        if variant:
            return [
                f"Dado que {given}, quando uso {thing} no dia a dia, então percebo que {thing} "
                f"{said}.",
                f"Dado que {bad_given}, quando faço a verificação, então vejo o que não está de "
                "acordo, e o problema fica registrado.",
            ]
        return [
            f"Dado que {given}, quando confiro {thing}, então {thing} {said}.",
            f"Dado que {bad_given}, quando isso é detectado, então a equipe responsável é "
            "avisada, e o problema não passa despercebido.",
        ]

    # -- names -------------------------------------------------------------------------------

    def task_title(self, clauses: list[Clause], category: str) -> str:
        """One story's title for a task of one; the kind of action for a task of several."""
        if len({(c.verb, c.obj) for c in clauses}) == 1:
            return self.title(clauses[0])
        return _TASKS.get(category, _TASKS["other"])

    def activity_title(self, clauses: list[Clause]) -> str:
        """The activity as a verb phrase: the commonest verb with its commonest object."""
        people = [c for c in clauses if c.verb and c.system is None] or [
            c for c in clauses if c.verb and _bare(_verbs(c)[0]) not in _STATES
        ]
        if not people:
            first = clauses[0]
            if first.noun_only:
                verb = "Consultar" if _head(first.rest) in _CONSULTED else "Usar"
                return _capitalise(_cut([verb, *_without_leading(_plain(first.rest).split())], 4))
            return _capitalise(_cut(self.title(first).split(), 4))
        verbs = [_verbs(c)[0] for c in people]
        verb = max(verbs, key=verbs.count)
        objects = [
            c.obj
            for c in people
            if _verbs(c)[0] == verb and c.obj and not c.obj.lower().startswith("que ")
        ]
        obj = max(objects, key=objects.count) if objects else ""
        words = _without_leading(_plain(obj).split())
        if not words and _SYSTEM_ALIASES.get(verb, verb) in {"garantir", "impedir"}:
            words = ["as", "regras"]  # "garantir que ...": the rules the product keeps
        if not words:
            first = next(c for c in people if _verbs(c)[0] == verb)
            return _capitalise(_cut(self.title(first).split(), 4))
        return _capitalise(_cut([verb, *words], 4))


# -- verbs ---------------------------------------------------------------------------------


def _thing(clause: Clause) -> Thing:
    """The requirement's object as its criteria name it: "o assento", "os reembolsos"."""
    phrase = _short(_without(clause.obj or clause.rest, clause.constraint), clause.obj)
    words = _without_asides(phrase).split()
    while words and words[0].lower() in {"a", "de", "em", "com", "que", "sobre", "imediatamente"}:
        words = words[1:]
    if words and words[0].lower() in {"um", "uma", "uns", "umas"}:
        words[0] = {"um": "o", "uma": "a", "uns": "os", "umas": "as"}[words[0].lower()]
    bare_words = _drop_article(words)
    if not bare_words:
        return Thing("os dados", True, False, "dados")
    bare = " ".join(bare_words[:5])
    plural = _is_plural(bare)
    article = grammar.article_for(bare_words[0])
    feminine = article in {"a", "as"}
    phrase = (
        " ".join(words[:6])
        if words[0].lower() in _ARTICLES | {"meu", "minha", "meus", "minhas"}
        else None
    )
    if phrase is None:
        article = {"o": "os", "a": "as"}.get(article, article) if plural else article
        phrase = f"{article} {bare}"
    return Thing(phrase, plural, feminine, bare)


def _is_heading(text: str) -> bool:
    """A title-cased phrase that names a section ("Objetivos Secundários"), not a feature."""
    words = text.split()
    if not 0 < len(words) <= 4 or not all(w[:1].isupper() for w in words if len(w) > 3):
        return False
    patterns = (PACK.background_headings, PACK.context_headings, PACK.non_goal_headings)
    return any(p is not None and p.match(text) for p in patterns)


def _verbs(clause: Clause) -> list[str]:
    return [w for w in clause.verb.replace(",", " ,").split() if w not in _CONNECTIVES] or [""]


def _bare(verb: str) -> str:
    return verb[:-3] if verb.endswith("-se") else verb


def _conjugate(verb: str, form) -> str:
    """Each verb of "cancelar ou remarcar" in ``form``, the words between them kept."""
    out = []
    for word in verb.replace(",", " ,").split():
        out.append(word if word in _CONNECTIVES else form(word))
    return " ".join(out).replace(" ,", ",")


def _reflexive_third(verb: str) -> str:
    """The infinitive after "tenta": "integrar-se" -> "se integrar"."""
    return f"se {verb[:-3]}" if verb.endswith("-se") else verb


def _system_key(clause: Clause) -> str:
    verb = _verbs(clause)[0]
    return _SYSTEM_ALIASES.get(verb, verb)


def _purpose_subject(clause: Clause) -> str:
    """Who does what an infinitive purpose says: "eu", or the product ("ele", "ela")."""
    if clause.system is None:
        return "eu"
    subject = clause.system or "o sistema"
    female = subject.split()[0].lower() in {"a", "as", "uma"} or (
        subject.split()[0].lower() not in {"o", "os", "um"} and grammar.feminine(subject.split()[0])
    )
    pronoun = "ela" if female else "ele"
    return pronoun + "s" if _is_plural(subject) else pronoun


def _with_subject(clause_text: str, subject: str) -> str:
    """ "possa se preparar" -> "eu possa me preparar": a "para que" clause that opens with
    its verb gets the subject it leaves out."""
    words = clause_text.split()
    start = 1 if words[:1] == ["não"] else 0
    first = words[start].lower() if len(words) > start else ""
    if not first or first in grammar.FUNCTION_WORDS or not grammar.is_finite(first):
        return clause_text
    if grammar.is_infinitive(first):
        return clause_text
    out = [subject, *words]
    if subject == "eu":
        out = ["me" if w.lower() == "se" and i > start + 1 else w for i, w in enumerate(out)]
    return " ".join(out)


def _subjunctive_clause(purpose: str, subject: str) -> str:
    """ "dividir os custos" -> "eu divida os custos"; "não perder prazos" -> "eu não perca
    prazos": an infinitive purpose as the clause "para que" takes."""
    words = purpose.split()
    plural = subject in {"eles", "elas"}
    out: list[str] = [subject]
    expect_verb = True
    for index, word in enumerate(words):
        low = word.lower()
        if expect_verb and low == "não":
            out.append(low)
            continue
        if expect_verb and low in {"se", "me"} and index + 1 < len(words):
            out.append("me" if subject == "eu" else "se")
            continue
        if expect_verb and grammar.is_infinitive(low):
            out.append(grammar.subjunctive(low, plural=plural))
            expect_verb = False
            continue
        out.append(word)
        expect_verb = (
            low in {"e", "ou"}
            and index + 1 < len(words)
            and grammar.is_known_verb(words[index + 1].lower())
        )
    return " ".join(out)


# -- criteria helpers ----------------------------------------------------------------------


class _Situation:
    """A condition as a present-tense situation, its negation, and the attempt at it."""

    def __init__(self, text: str, negated: str | None, tried: str | None = None):
        self.text = text
        self.negated = negated
        self.tried = tried


def _situation(condition: str) -> _Situation | None:
    """ "se a carona tiver menos de 2 passageiros" -> "a carona tem menos de 2 passageiros"
    and "a carona não tem menos de 2 passageiros"; "ao finalizar a compra" -> "eu finalizo
    a compra"."""
    text = _plain(condition).strip(" ,")
    low = text.lower()
    match = re.match(r"^(?:ao|após|depois\s+de)\s+(\S+)\s*(.*)$", text, re.I)
    if match and grammar.is_infinitive(match.group(1)):
        verb = match.group(1).lower()
        acted = f"eu {grammar.first_person(verb)} {match.group(2)}".strip()
        gave_up = f"eu desisto antes de {grammar.infinitive_phrase(verb)} {match.group(2)}"
        return _Situation(acted, gave_up.strip())
    opener = re.match(r"^(?:se|caso|quando|sempre\s+que|assim\s+que|enquanto|que)\s+", low)
    if not opener:
        return None
    return _present(text[opener.end() :].split())


def _present(words: list[str]) -> _Situation | None:
    """A clause in the subjunctive ("a carona tiver menos de 2 passageiros", "o horário não
    possa variar") in the present indicative, negated, and as an attempt ("um passageiro
    tenta reservar ...")."""
    found = _find_verb(words, guess=False) or _find_verb(words, guess=True)
    if not found:
        return None
    index, (present, used, verb) = found
    before, after = words[:index], words[index + used :]
    if before and before[-1].lower() == "não":
        said = [*before, present, *after]
        negated = [*before[:-1], present, *after]
        tried = None
    else:
        said = [*before, present, *after]
        negated = [*before, "não", present, *after]
        attempt = "tentam" if present.endswith("m") else "tenta"
        tried = " ".join([*before, attempt, verb, *after])
    return _Situation(
        _lower_first(" ".join(said)),
        _lower_first(" ".join(negated)),
        _lower_first(tried) if tried else None,
    )


#: Words a verb never directly follows: "a capacidade", "de entrega", "sua parte".
_NOT_BEFORE_VERB = frozenset(
    "o a os as um uma de do da dos das em no na com por para meu minha seu sua".split()
)


def _find_verb(words: list[str], *, guess: bool) -> tuple[int, tuple[str, int, str]] | None:
    for index, word in enumerate(words):
        low = word.lower()
        if index == 0 and low in {"houver", "houverem", "existir", "existirem", "faltar"}:
            return index, _indicative(words, index, guess=guess) or ("há", 1, "haver")
        if index == 0 or low in grammar.FUNCTION_WORDS or grammar.is_person(low):
            continue
        if words[index - 1].lower() in _NOT_BEFORE_VERB:
            continue
        form = _indicative(words, index, guess=guess)
        if form:
            return index, form
    return None


def _indicative(words: list[str], index: int, *, guess: bool = True) -> tuple[str, int, str] | None:
    """The verb at ``index`` (future or present subjunctive) in the present indicative, how
    many words it took, and its infinitive: "tiver sido" -> ("foi", 2, "ser")."""
    word = words[index].lower().strip(",.;")
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    if word in {"tiver", "tiverem"} and following == "sido":
        return ("foram" if word.endswith("m") else "foi"), 2, "ser"
    plural = word.endswith("m")
    guess = guess and word.endswith(("ar", "arem", "e", "em"))
    infinitive = grammar.is_infinitive(word) and (guess or grammar.is_known_verb(word))
    if not infinitive and not grammar.is_finite(word, guess_ar=guess):
        return None
    verb = grammar.infinitive_of(word, guess_ar=guess)
    if not verb or re.search(r"(?:ad|id)[oa]s?$", word):
        return None
    return grammar.third_person(verb, plural=plural), 1, verb


def _limit(
    constraint: str | None, *, person: bool = False
) -> tuple[str, str | None, str, str] | None:
    """A limit as the situation it allows (and what then happens, when the limit says),
    the situation it refuses, and what the person sees then."""
    if not constraint:
        return None
    text = _plain(constraint)
    before = re.match(
        r"^(?:até|no\s+máximo|com\s+(?:pelo\s+menos\s+|no\s+mínimo\s+)?antecedência\s+"
        r"(?:mínima\s+)?de)\s+(?P<n>\d[^,;]*?)\s+(?:de\s+antecedência|antes)"
        r"(?:\s+(?P<of>d[oa]s?\s+.+|de\s+.+))?$",
        text,
        re.I,
    )
    if before:
        number = before.group("n")
        event = _after_preposition(before.group("of")) or "o horário marcado"
        verb = "falta" if re.match(r"1\b", number) else "faltam"
        return (
            f"{verb} mais de {number} para {event}",
            None,
            f"{verb} menos de {number} para {event}",
            f"vejo que isso só é possível {text}, e não há nenhuma mudança",
        )
    after = re.match(
        r"^(?:em\s+até|até|dentro\s+de|no\s+prazo\s+de)\s+(?P<n>\d+\s+\S+)\s+"
        r"(?:após|depois\s+d[aoe]s?)\s+(?P<of>.+)$",
        text,
        re.I,
    )
    if after:
        number, event = after.group("n"), _after_preposition(after.group("of"))
        return (
            f"passaram menos de {number} desde {event}",
            None,
            f"já passaram mais de {number} desde {event}",
            f"vejo que isso só é possível {text}, e não há nenhuma mudança",
        )
    within = re.match(r"^(?:em\s+até|dentro\s+de|no\s+prazo\s+de)\s+(?P<n>\d.*)$", text, re.I)
    if within and person:  # a deadline to act: "aprovar as férias em até 5 dias úteis"
        number = within.group("n")
        return (
            f"ainda estou dentro do prazo de {number}",
            None,
            f"o prazo de {number} terminou sem uma ação minha",
            "recebo um alerta de atraso, e o item não fica esquecido",
        )
    if within:
        number = within.group("n")
        return (
            "o serviço está funcionando normalmente",
            f"isso acontece {text}",
            f"passam mais de {number} sem resposta",
            "vejo um aviso claro e não perco o que informei",
        )
    most = re.match(
        r"^(?:até|no\s+máximo|máximo\s+de|não\s+mais\s+(?:do\s+)?que)\s+(?P<n>\d.*)$", text, re.I
    )
    if most:
        number = most.group("n")
        return (
            f"o limite de {number} é respeitado",
            None,
            f"o limite de {number} é ultrapassado",
            f"vejo que o limite é de {number}, e a operação não é concluída",
        )
    least = re.match(
        r"^(?:no\s+mínimo|pelo\s+menos|ao\s+menos|mínimo\s+de|não\s+menos\s+(?:do\s+)?que)\s+"
        r"(?P<n>\d.*)$",
        text,
        re.I,
    )
    if least:
        number = least.group("n")
        return (
            f"o mínimo de {number} é atingido",
            None,
            f"o mínimo de {number} não é atingido",
            f"vejo que o mínimo é de {number}, e a operação não é concluída",
        )
    above = re.match(r"^(?:acima\s+de|superior\s+a|mais\s+de)\s+(?P<n>\S*\d.*)$", text, re.I)
    below = re.match(r"^(?:abaixo\s+de|inferior\s+a|menos\s+de)\s+(?P<n>\S*\d.*)$", text, re.I)
    if above or below:
        number = (above or below).group("n")
        over, under = f"o valor fica acima de {number}", f"o valor fica abaixo de {number}"
        return (
            over if above else under,
            None,
            under if above else over,
            f"vejo que isso só vale {text}, e a condição não é aplicada",
        )
    only = re.match(
        r"^(?:apenas|somente|exclusivamente|só)\s+(?P<c>(?:se|quando)\s+.+)$", text, re.I
    )
    if only:
        situation = _situation(only.group("c"))
        if situation and situation.negated:
            return (
                situation.text,
                None,
                situation.negated,
                f"vejo que isso só é possível {only.group('c')}, e não há nenhuma mudança",
            )
    return (
        _HAPPY_DEFAULT,
        None,
        f"a regra “{text}” não é cumprida",
        "vejo por que isso não é possível agora, e nada muda",
    )


_HAPPY_DEFAULT = "todas as regras para essa ação são cumpridas"
_TIMING = re.compile(
    r"\b(?P<n>\d+\s+(?:minutos?|horas?|dias?|semanas?))\s+antes\s+(?P<of>d[oa]s?\s+[^,;()]+)",
    re.I,
)


def _timing(rest: str) -> str | None:
    """ "15 minutos antes do horário de partida" -> "faltam 15 minutos para o horário ..."."""
    match = _TIMING.search(rest)
    if not match:
        return None
    number = match.group("n")
    verb = "falta" if re.match(r"1\b", number) else "faltam"
    return f"{verb} {number} para {_after_preposition(match.group('of'))}"


def _without_timing(rest: str) -> str:
    return " ".join(_TIMING.sub("", rest).split()).strip(" ,")


def _after_preposition(phrase: str | None) -> str:
    """ "do início" -> "o início"; "da consulta" -> "a consulta"."""
    if not phrase:
        return ""
    words = phrase.strip().split()
    if words[0].lower() in {"a", "o", "as", "os"} and len(words) > 1:
        return phrase.strip()
    article = {"do": "o", "da": "a", "dos": "os", "das": "as"}.get(words[0].lower())
    if article:
        return " ".join([article, *words[1:]])
    if words[0].lower() == "de":
        return " ".join(words[1:])
    return phrase.strip()


def _received(clause: Clause) -> str | None:
    """ "recebo um alerta com os detalhes": what a notified person gets, in the criteria."""
    if _verbs(clause)[0] != "receber" or not clause.obj:
        return None
    obj = _lower_first(_plain(clause.obj))
    plural = _is_plural(obj)
    return f"recebo {_with_article(obj, definite=plural)} com os detalhes"


def _none_of(obj: str) -> str:
    """ "um alerta" -> "nenhum alerta"; "notificações push" -> "nenhuma notificação push"."""
    words = _drop_article(_lower_first(_plain(obj)).split()) or ["aviso"]
    head = grammar.singular(words[0])
    rest = [grammar.singular(w) if w.endswith("s") and i < 2 else w for i, w in enumerate(words)]
    rest[0] = head
    word = "nenhuma" if grammar.feminine(head) else "nenhum"
    return " ".join([word, *rest[:3]])


# -- wording helpers -----------------------------------------------------------------------

_PRODUCTS = {"", "o sistema", "a plataforma", "o aplicativo", "o app", "a aplicação", "o site"}
_ARTICLES = {"o", "a", "os", "as", "um", "uma", "uns", "umas"}
_FIRST_PERSON = {
    "seu": "meu", "sua": "minha", "seus": "meus", "suas": "minhas", "ele": "eu", "ela": "eu",
}  # fmt: skip


def _first_person(text: str) -> str:
    return " ".join(_FIRST_PERSON.get(word.lower(), word) for word in text.split())


def _without_asides(text: str) -> str:
    """The text without long parenthetical asides ("(Esta é uma restrição do sistema, não
    um requisito ...)"); short ones that name a thing ("(Check-in)") stay."""
    text = re.sub(
        r"\s*\(([^()]*)\)", lambda m: "" if len(m.group(1).split()) > 5 else m.group(0), text
    )
    return " ".join(text.split())


def _plain(text: str) -> str:
    """The text without parentheticals: "(Check-in)", "(risco de cancelamento)"."""
    text = re.sub(r"\s*\([^()]*\)", "", text or "")
    return " ".join(text.split()).strip(" ,")


def _without(rest: str, constraint: str | None) -> str:
    if constraint and constraint in rest:
        rest = rest.replace(constraint, "")
    words = " ".join(rest.split()).strip(" ,").split()
    while words and words[-1].lower().strip(",") in _DANGLING:
        words = words[:-1]
    return " ".join(words).strip(" ,")


def _short(rest: str, obj: str) -> str:
    """The object and its modifiers, or the object alone when they run long."""
    rest = _plain(rest)
    rest = re.split(r",\s+(?:sendo|definindo|contendo|desde|exceto|com\s+base)\b", rest)[0]
    if len(rest.split()) <= 12:
        return rest.strip(" ,")
    return _plain(obj) or _cut(rest.split(), 10)


def _headline(verbs: list[str], words: list[str]) -> list[str]:
    """A title's words without the articles a headline leaves out: "Visualizar saldo e
    extrato da conta", "Impedir que motoristas aceitem ..."."""
    out: list[str] = []
    before = verbs[-1].lower() if verbs else ""
    for word in words:
        low = word.lower()
        if low in _ARTICLES and (before in {"que", "e", "ou"} or before in verbs) and out != []:
            before = low
            continue
        if low in _ARTICLES and not out and before in verbs:
            before = low
            continue
        out.append(word)
        before = low
    return out


def _without_leading(words: list[str]) -> list[str]:
    """The words of a title after the verb: no leading article or "-mente" adverb."""
    while words and (words[0].lower() in _ARTICLES or words[0].lower().endswith("mente")):
        words = words[1:]
    return words


def _drop_article(words: list[str]) -> list[str]:
    return words[1:] if words and words[0].lower() in _ARTICLES else words


def _with_article(phrase: str, *, definite: bool = True) -> str:
    words = phrase.split()
    if not words:
        return phrase
    if words[0].lower() in _ARTICLES | {"meu", "minha", "meus", "minhas"}:
        return phrase
    return f"{grammar.article_for(words[0], definite=definite)} {phrase}"


def _head(phrase: str) -> str:
    words = _drop_article(phrase.lower().split())
    return grammar.singular(words[0]) if words else ""


def _is_plural(subject: str) -> bool:
    words = _drop_article(subject.split()) if subject else []
    first = subject.split()[0].lower() if subject.split() else ""
    if first in {"os", "as", "uns", "umas"}:
        return True
    if first in {"o", "a", "um", "uma"} or not words:
        return False
    return words[0].lower().endswith("s") and grammar.singular(words[0]) != words[0]


def _cut(words: list[str], limit: int = _MAX_TITLE_WORDS, verbs: frozenset = frozenset()) -> str:
    """At most ``limit`` words, cut where a phrase ends, never on a preposition or comma,
    nor right after one of ``verbs`` ("Cada reserva tem" says nothing)."""
    words = [w for w in words if w]
    for index, word in enumerate(words):
        if word in {",", ";", ":"} or word.endswith((",", ";", ":")):
            following = words[index + 1].lower() if index + 1 < len(words) else ""
            listed = (
                word.endswith(",")
                and len([w for w in words if w not in {",", ";", ":"}]) <= limit
                and following not in _BOUNDARY
                and not following.endswith("ndo")
            )
            if not listed:
                words = words[:index] if word in {",", ";", ":"} else [*words[:index], word[:-1]]
                break
    if len(words) > limit:
        ends = [
            i
            for i in range(2, limit + 1)
            if i < len(words)
            and _phrase_ends_before(words, i)
            and words[i - 1].lower() not in verbs
        ]
        # A number with its unit ends a phrase too: "no mínimo 1 hora".
        counted = [i for i in range(3, limit + 1) if words[i - 2][:1].isdigit()]
        words = words[: (ends or counted or [limit])[-1]]
    while len(words) > 1 and (words[-1].lower() in _DANGLING or words[-1] in {"-", "—"}):
        words = words[:-1]
    return " ".join(words).rstrip(" ,;:")


def _phrase_ends_before(words: list[str], index: int) -> bool:
    """Whether a title may stop before ``words[index]``: a preposition, a number or a
    conjunction before an article opens the next phrase; a limit is never cut in two."""
    low = [word.lower() for word in words]
    if set(low[:index]) & _LIMIT_OPENERS:
        return False
    if low[index - 1] in {"base", "relação", "acordo", "respeito", "partir", "cerca"}:
        return False
    word = low[index]
    following = low[index + 1] if index + 1 < len(low) else ""
    return word in _BOUNDARY or word[:1].isdigit() or word in {"e", "ou"} and following in _ARTICLES


def _pick(clause: Clause, count: int, salt: str = "") -> int:
    """A stable choice among ``count`` phrasings, so that stories of one kind vary."""
    return zlib.crc32(f"{salt}{clause.verb} {clause.obj} {clause.rest}".encode()) % count


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _lower_first(text: str | None) -> str:
    """Lower-case the first letter unless the first word is an acronym ("CNH", "RH")."""
    if not text or text[:2].isupper():
        return text or ""
    return text[:1].lower() + text[1:]


WRITER = PortugueseWriter


def _to_cart(clause: Clause) -> bool:
    """ "adicionar produtos ao carrinho", "colocar na cesta": a step of buying."""
    verb = _bare(_verbs(clause)[0]) if clause.verb else ""
    return verb in {"adicionar", "colocar", "pôr", "incluir"} and bool(
        re.search(
            r"\b(?:ao|no|na|à)\s+(?:meu\s+|minha\s+)?(?:carrinho|cesta|sacola)\b", clause.rest
        )
    )
