"""What each action a Portuguese requirement names does, how it fails, and what it gives.

    "reservar": Dado que o assento está disponível -> o assento fica reservado em meu nome;
                Dado que outra pessoa o reservou antes -> vejo que não está mais disponível.

Placeholders agree with the requirement's object (``criteria.Thing``): {o} is the object
with its article ("a reserva"), {a} its ending ("o", "a", "os", "as"), {m} the verb's
plural ending ("" or "m"), {s} an adjective's ("" or "s"), {lo} its pronoun ("o", "a").
"""

from __future__ import annotations

from generation.languages.actions import Action

__all__ = ["ACTIONS", "Action", "action_of"]


_REGISTER = Action(
    "os dados obrigatórios de {o} estão preenchidos",
    "{o} fica{m} cadastrad{a} e aparece{m} na lista com seu identificador",
    "{o} já está{m} cadastrad{a} com os mesmos dados",
    "vejo o cadastro existente e nenhum cadastro duplicado é criado",
    "{o} fique{m} registrad{a} em um só lugar",
)
_BOOK = Action(
    "{o} está{m} disponíve{is}",
    "{o} fica{m} reservad{a} em meu nome e deixa{m} de ser oferecid{a} a outras pessoas",
    "outra pessoa reservou {o} enquanto eu confirmava",
    "vejo que não está{m} mais disponíve{is} e nenhuma reserva é criada",
    "eu tenha {o} garantid{a} sem precisar combinar por mensagem",
)
_CANCEL = Action(
    "{o} ainda está{m} ativ{a}",
    "{o} fica{m} cancelad{a} e recebo a confirmação",
    "o prazo para cancelar {o} já passou",
    "vejo que não é mais possível cancelar e {o} continua{m} ativ{a}",
    "eu não ocupe {o} quando meus planos mudarem",
)
_DEFINE = Action(
    "informo um valor válido para {o}",
    "{o} fica{m} salv{a} e passa{m} a valer para os próximos passos",
    "deixo {o} sem valor",
    "vejo o que falta e nada é salvo",
    "{o} fique{m} clar{a} para todos desde o início",
)
_EDIT = Action(
    "troco um valor de {o} por outro válido",
    "as alterações são salvas e {o} aparece{m} atualizad{a} na hora",
    "informo um valor inválido",
    "vejo o que corrigir e {o} mantém os valores anteriores",
    "{o} esteja{m} sempre em dia",
)
_DELETE = Action(
    "confirmo que quero excluir {o}",
    "{o} deixa{m} de aparecer em todas as telas",
    "cancelo na caixa de confirmação",
    "{o} continua{m} no lugar, sem nenhuma mudança",
    "não se acumule{m} {o} que não uso mais",
)
_VIEW = Action(
    "{o} já está{m} disponíve{is}",
    "vejo {o} complet{a} e atualizad{a}",
    "ainda não há nada para mostrar",
    "vejo um aviso de que ainda não há dados, não uma tela vazia",
    "eu tenha {o} à vista sem perguntar a ninguém",
)
_SEARCH = Action(
    "existe{m} {bare} que combina{m} com o que digito",
    "vejo só os resultados que combinam, os mais próximos primeiro",
    "nada combina com o que digito",
    "vejo que não há resultados e posso mudar a busca",
    "eu chegue a {o} que procuro sem percorrer tudo",
)
_CHOOSE = Action(
    "{o} está{m} disponíve{is}",
    "minha escolha fica marcada e segue para o próximo passo",
    "{o} deixa{m} de estar disponíve{is} enquanto escolho",
    "nada é salvo e posso escolher outra opção",
    "eu fique com {o} que mais me convém",
)
_SEND = Action(
    "a mensagem está completa",
    "a mensagem chega ao destinatário e vejo que foi enviada",
    "a mensagem está vazia",
    "nada é enviado e vejo o que falta",
    "eu resolva dúvidas sem telefonar",
)
_UPLOAD = Action(
    "o arquivo tem um formato aceito",
    "{o} {é} enviad{a} e aparece{m} na lista com o nome do arquivo",
    "o formato do arquivo não é aceito",
    "vejo os formatos válidos e nada é enviado",
    "eu não precise mandar {o} por outro canal",
)
_EXPORT = Action(
    "há dados para exportar",
    "recebo um arquivo com {o} que abre sem erros",
    "não há dados no período escolhido",
    "vejo um aviso e nenhum arquivo vazio é gerado",
    "eu trabalhe com {o} nas minhas próprias ferramentas",
)
_VALIDATE = Action(
    "{o} está{m} pendente{s} de análise",
    "{o} fica{m} aprovad{a} e quem enviou é avisado",
    "{o} tem um documento vencido",
    "{o} não {é} aprovad{a} e quem enviou vê o motivo",
    "só entre em operação o que foi conferido",
)
_CONFIRM = Action(
    "a carona está em andamento",
    "a confirmação fica registrada com data e hora",
    "a confirmação é feita fora do horário da carona",
    "ela não é aceita e vejo o motivo",
    "fique registrado quem participou de cada carona",
)
_SIGN_IN = Action(
    "meu e-mail e minha senha estão corretos",
    "entro na minha conta e vejo meus próprios dados",
    "a senha está incorreta",
    "vejo uma mensagem de erro e continuo na tela de acesso",
    "eu retome o que deixei pela metade em qualquer aparelho",
)
_MANAGE = Action(
    "tenho permissão de administração",
    "vejo {o} e posso incluir, alterar ou remover qualquer item",
    "não tenho permissão de administração",
    "não vejo as opções de gestão e nada muda",
    "{o} fique{m} em ordem sem depender de ninguém",
)
_TRACK = Action(
    "{o} muda{m} de situação",
    "vejo a situação atual e quando foi atualizada",
    "a conexão cai",
    "vejo a última situação conhecida com a hora, sem dados inventados",
    "eu saiba como está {o} sem perguntar a ninguém",
)

#: Verbs (infinitive) and what their action does.
ACTIONS: dict[str, Action] = {
    **dict.fromkeys("cadastrar registrar criar incluir adicionar inserir".split(), _REGISTER),
    **dict.fromkeys("reservar agendar".split(), _BOOK),
    **dict.fromkeys("cancelar desistir".split(), _CANCEL),
    **dict.fromkeys("definir informar configurar".split(), _DEFINE),
    **dict.fromkeys("editar alterar atualizar modificar corrigir".split(), _EDIT),
    **dict.fromkeys("excluir remover apagar deletar".split(), _DELETE),
    **dict.fromkeys("ver visualizar consultar acompanhar acessar".split(), _VIEW),
    **dict.fromkeys("buscar pesquisar procurar filtrar encontrar".split(), _SEARCH),
    **dict.fromkeys("escolher selecionar".split(), _CHOOSE),
    **dict.fromkeys("enviar mandar contatar".split(), _SEND),
    **dict.fromkeys("anexar carregar importar".split(), _UPLOAD),
    **dict.fromkeys("exportar baixar imprimir".split(), _EXPORT),
    **dict.fromkeys("validar aprovar homologar".split(), _VALIDATE),
    **dict.fromkeys("confirmar".split(), _CONFIRM),
    **dict.fromkeys("entrar logar autenticar".split(), _SIGN_IN),
    **dict.fromkeys("gerenciar administrar".split(), _MANAGE),
    **dict.fromkeys("rastrear monitorar".split(), _TRACK),
}


def action_of(verb: str) -> tuple[str, Action | None]:
    """The key and action of a verb as a wish names it ("reservar", "validar e processar")."""
    words = verb.lower().split()
    first = words[0] if words else ""
    if first.endswith("-se"):
        first = first[:-3]
    return first, ACTIONS.get(first)
