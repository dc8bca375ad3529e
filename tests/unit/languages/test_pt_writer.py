"""The Portuguese writer: requirements read into clauses, stories written back in Portuguese."""

import pytest

from generation.languages.pt import grammar
from generation.languages.pt.clauses import read_clauses
from generation.languages.pt.writing import PortugueseWriter
from generation.stories import draft_map
from generation.story_text import read_story_line


def read(text: str) -> list[tuple]:
    return [(c.role, c.system, c.verb, c.rest) for c in PortugueseWriter().clauses(text)]


def written(text: str) -> tuple[str, str, list[str]]:
    """The title, story line and criteria a fresh writer gives the one clause of ``text``."""
    writer = PortugueseWriter()
    (clause,) = writer.clauses(text)
    category = writer.category(clause)
    role = clause.role or writer.default_role
    line = writer.story_line(role, clause, writer.benefit(clause, category))
    return writer.title(clause), line, writer.criteria(clause, category, role)


# -- reading requirements ------------------------------------------------------------------


def test_a_modal_after_e_opens_a_wish_of_its_own():
    assert read("O treinador vê a lista de participantes e pode cancelar uma aula.") == [
        ("treinador", None, "ver", "a lista de participantes"),
        ("treinador", None, "cancelar", "uma aula"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Real requirements of tests/data/real/pt-caronas-corporativas.md.
        ("O sistema deve permitir que o motorista defina o Horário de Partida da Rota.",
         [("motorista", None, "definir", "o Horário de Partida da Rota")]),
        ("O sistema deve permitir a reserva de assento por um colaborador (passageiro "
         "elegível) em uma rota, desde que não seja o motorista da rota.",
         [("colaborador", None, "reservar",
           "um assento em uma rota, desde que não seja o motorista da rota")]),
        ("O sistema deve enviar um alerta imediato ao Coordenador de Logística se uma Rota "
         "Crítica for cancelada.",
         [("Coordenador de Logística", None, "receber", "um alerta imediato")]),
        ("O sistema deve registrar a confirmação da presença dos passageiros (Check-in) no "
         "início da carona e a confirmação de chegada (Check-out) no final da carona.",
         [(None, "o sistema", "registrar",
           "a confirmação da presença dos passageiros (Check-in) no início da carona"),
          (None, "o sistema", "registrar",
           "a confirmação de chegada (Check-out) no final da carona")]),
        ("O sistema deve validar e processar os reembolsos automaticamente",
         [(None, "o sistema", "validar e processar", "os reembolsos automaticamente")]),
        ("Reembolsos devem ser processados apenas se a carona tiver sido realizada em um raio "
         "mínimo de 10 km da sede da empresa.",
         [(None, "", "processar", "os reembolsos apenas se a carona tiver sido realizada em "
           "um raio mínimo de 10 km da sede da empresa")]),
        # A person in the present, verbs joined by commas: one clause per action.
        ("O passageiro escolhe a rota, reserva um assento e acompanha a carona em tempo real.",
         [("passageiro", None, "escolher", "a rota"),
          ("passageiro", None, "reservar", "um assento"),
          ("passageiro", None, "acompanhar", "a carona em tempo real")]),
        # Verbs joined by "ou" share their object; "e" splits different kinds of action.
        ("O usuário deve poder cancelar ou remarcar a reserva até 24 horas antes do início.",
         [("usuário", None, "cancelar ou remarcar", "a reserva até 24 horas antes do início")]),
        ("Como gestor, quero criar e editar tarefas para organizar a equipe.",
         [("gestor", None, "criar", "tarefas"), ("gestor", None, "editar", "tarefas")]),
        # "permitir aos <pessoas> <infinitivo>", a reflexive verb, an imperative list item.
        ("O aplicativo permite aos clientes pagar com cartão de crédito ou Pix.",
         [("cliente", None, "pagar", "com cartão de crédito ou Pix")]),
        ("Os usuários devem poder se cadastrar com e-mail e senha.",
         [("usuário", None, "cadastrar-se", "com e-mail e senha")]),
        ("Cadastre seu veículo e informe a placa.",
         [(None, None, "cadastrar", "meu veículo"), (None, None, "informar", "a placa")]),
        # Features named by nouns: a deverbal noun becomes its verb, others stay nouns.
        ("Cadastro de motoristas", [(None, None, "cadastrar", "motoristas")]),
        ("Modo escuro", [(None, None, "", "Modo escuro")]),
        ("Notificações por e-mail e SMS",
         [(None, None, "receber", "as notificações por e-mail e SMS")]),
        # A thing as the subject is no role; a product's passive is its own action.
        ("A busca deve retornar resultados em até 2 segundos.",
         [(None, "a busca", "retornar", "resultados em até 2 segundos")]),
        ("O sistema não deve permitir que um passageiro reserve dois assentos na mesma rota.",
         [(None, "o sistema", "impedir",
           "que um passageiro reserve dois assentos na mesma rota")]),
    ],
)  # fmt: skip
def test_requirement_shapes_are_read_into_clauses(text, expected):
    # Given a requirement of a common shape, when it is read, then its clauses are these
    assert read(text) == expected


def test_a_written_story_gives_its_role_and_its_reason():
    # Given a user story already written in Portuguese
    text = "Como motorista, quero oferecer uma carona para dividir os custos da viagem."

    # When it is read
    (clause,) = read_clauses(text)

    # Then the role, the action and the document's own reason are its parts
    assert (clause.role, clause.verb, clause.rest) == ("motorista", "oferecer", "uma carona")
    assert clause.purpose == "dividir os custos da viagem"


def test_limits_and_conditions_are_read_apart_from_the_action():
    # Given requirements with a time limit and with a trailing condition
    cancel = read_clauses("O usuário deve poder cancelar ou remarcar a reserva até 24 horas "
                          "antes do início.")[0]  # fmt: skip
    alert = read_clauses(
        "O sistema deve alertar o motorista se a carona tiver menos de 2 passageiros até 1 "
        "hora antes da partida (risco de cancelamento)."
    )[0]

    # Then the limit is the constraint, and "se ..." the condition, not the object
    assert cancel.constraint == "até 24 horas antes do início"
    assert (alert.role, alert.verb, alert.rest) == ("motorista", "receber", "um alerta")
    assert alert.condition == (
        "se a carona tiver menos de 2 passageiros até 1 hora antes da partida (risco de "
        "cancelamento)"
    )


# -- writing stories -----------------------------------------------------------------------


def test_the_story_line_says_the_documents_reason_in_the_first_person():
    # Given a story the document already gives a reason for
    title, line, _ = written(
        "Como motorista, quero oferecer uma carona para dividir os custos da viagem."
    )

    # Then the line is the Portuguese template, the reason after "para que"
    assert line == (
        "Como motorista, quero oferecer uma carona, para que eu divida os custos da viagem."
    )
    assert title == "Oferecer carona"
    assert read_story_line(line, "pt").benefit == "eu divida os custos da viagem"


def test_what_the_product_sends_is_written_as_what_the_person_receives():
    # Given a real requirement that the system alert a person under a condition
    title, line, (happy, unhappy) = written(
        "O sistema deve enviar um alerta imediato ao Coordenador de Logística se uma Rota "
        "Crítica for cancelada."
    )

    # Then the person receives it, and the criteria turn the condition into a situation
    assert title == "Receber alerta imediato"
    assert line == (
        "Como Coordenador de Logística, quero receber um alerta imediato se uma Rota Crítica "
        "for cancelada, para que eu saiba das mudanças a tempo."
    )
    assert happy == (
        "Dado que meu contato está atualizado, quando uma Rota Crítica é cancelada, então "
        "recebo um alerta imediato com os detalhes."
    )
    assert unhappy == (
        "Dado que meu contato está atualizado, quando uma Rota Crítica não é cancelada, então "
        "não recebo nenhum alerta imediato."
    )


def test_the_products_own_behaviour_is_wished_for_in_the_subjunctive():
    # Given a real requirement about what the system computes
    title, line, (happy, unhappy) = written(
        "O sistema deve calcular o valor do reembolso com base na tabela fixa de custo por km "
        "previamente cadastrada."
    )

    # Then the user wants the system to do it, and the criteria watch the system do it
    assert title == "Calcular valor do reembolso"
    assert line == (
        "Como usuário, quero que o sistema calcule o valor do reembolso com base na tabela "
        "fixa de custo por km previamente cadastrada, para que eu acompanhe os resultados "
        "sem planilhas."
    )
    assert happy == (
        "Dado que todos os dados do cálculo estão registrados, quando o sistema calcula o "
        "valor do reembolso, então vejo o resultado calculado a partir desses dados."
    )
    assert unhappy == (
        "Dado que falta um dado necessário para o cálculo, quando o sistema tenta calcular o "
        "valor do reembolso, então vejo qual dado falta, e não vejo nenhum resultado parcial."
    )


def test_a_time_limit_gives_the_unhappy_path_its_situation():
    # Given a requirement with "até 24 horas antes"
    title, _, (happy, unhappy) = written(
        "O usuário deve poder cancelar ou remarcar a reserva até 24 horas antes do início."
    )

    # Then the title stops before the limit and the criteria are on both sides of it
    assert title == "Cancelar ou remarcar reserva"
    assert happy == (
        "Dado que faltam 25 horas para o início, quando eu cancelo ou remarco a "
        "reserva, então a reserva fica cancelada e recebo a confirmação."
    )
    assert unhappy == (
        "Dado que faltam 23 horas para o início, quando eu tento cancelar ou "
        "remarcar a reserva, então vejo que isso só é possível até 24 horas antes do início, "
        "e nada muda."
    )


def test_an_only_if_rule_is_kept_and_broken_in_the_criteria():
    # Given a real passive requirement that holds only under a condition
    title, line, (happy, unhappy) = written(
        "Reembolsos devem ser processados apenas se a carona tiver sido realizada em um raio "
        "mínimo de 10 km da sede da empresa."
    )

    # Then the rule's situation, in the present, decides the two paths
    assert title == "Processar reembolsos"
    assert line.startswith("Como usuário, quero que o sistema processe os reembolsos apenas se")
    assert happy.startswith(
        "Dado que a carona foi realizada em um raio mínimo de 10 km da sede da empresa, "
        "quando o sistema processa os reembolsos, então "
    )
    assert unhappy == (
        "Dado que a carona não foi realizada em um raio mínimo de 10 km da sede da empresa, "
        "quando o sistema tenta processar os reembolsos, então vejo que isso só é possível se "
        "a carona tiver sido realizada em um raio mínimo de 10 km da sede da empresa, e não "
        "há nenhuma mudança."
    )


def test_a_rule_the_product_guarantees_is_checked_in_the_indicative():
    # Given a real "garantir que ... não exceda" requirement
    title, _, (happy, unhappy) = written(
        "O sistema deve garantir que a capacidade total de assentos (passageiros + motorista) "
        "não exceda o limite legal do veículo."
    )

    # Then the title states the rule, and the criteria keep and break it
    assert title == "Capacidade total de assentos não excede o limite"
    assert happy.startswith(
        "Dado que a capacidade total de assentos não excede o limite legal do veículo, quando "
    )
    assert unhappy.startswith(
        "Dado que a capacidade total de assentos excede o limite legal do veículo, quando "
    )
    assert unhappy.endswith("então a operação é recusada, e vejo o motivo.")


def test_a_size_limit_is_the_unhappy_path_of_an_upload():
    # Given a file limit
    title, line, (happy, unhappy) = written(
        "O sistema deve permitir ao paciente anexar exames em PDF de no máximo 10 MB."
    )

    # Then the file story says the limit on both paths
    assert title == "Anexar exames em PDF"
    assert line.startswith(
        "Como paciente, quero anexar exames em PDF de no máximo 10 MB, para que "
    )
    assert happy.startswith("Dado que o arquivo tem 10 MB, quando eu anexo exames em PDF")
    assert unhappy == (
        "Dado que o arquivo tem 11 MB, quando eu tento anexar exames em PDF, "
        "então vejo que o limite é de 10 MB e nada é aceito."
    )


def test_a_feature_named_by_a_noun_is_used():
    # Given a list item that only names a feature
    title, line, (happy, _) = written("Modo escuro")

    # Then the story is about using it, with its article
    assert title == "Modo escuro"
    assert line.startswith("Como usuário, quero usar o modo escuro, para que ")
    assert "quando eu uso o modo escuro" in happy


def test_benefits_and_criteria_of_one_kind_vary_across_stories():
    # Given three stories of the same kind on one map, with no reason in the text
    writer = PortugueseWriter()
    clauses = [
        clause
        for text in ("Cadastrar veículos", "Cadastrar motoristas", "Cadastrar rotas")
        for clause in writer.clauses(text)
    ]

    # When the writer words them one after another
    benefits = [writer.benefit(c, writer.category(c)) for c in clauses]
    happy = [writer.criteria(c, writer.category(c), "gestor")[0].split(",")[0] for c in clauses]

    # Then no phrasing is used twice
    assert len(set(benefits)) == 3
    assert len(set(happy)) == 3


def test_titles_have_at_most_eight_words_and_end_where_a_phrase_ends():
    writer = PortugueseWriter()
    texts = [
        "O sistema deve permitir o cadastro de um motorista mediante a apresentação de CNH "
        "válida, sendo que deve ser gerado automaticamente um ID único para cada motorista",
        "O sistema deve calcular a Ocupação Média de passageiros por veículo em um "
        "determinado período.",
        "Os motoristas não podem aceitar mais de uma corrida ao mesmo tempo.",
        "Filtrar por preço, distância e avaliação",
    ]

    titles = [writer.title(c) for text in texts for c in writer.clauses(text)]

    assert titles == [
        "Cadastrar motorista mediante a apresentação de CNH válida",
        "Calcular Ocupação Média de passageiros por veículo",
        "Impedir que motoristas aceitem mais de uma corrida",
        "Filtrar por preço, distância e avaliação",
    ]


def test_task_and_activity_names_are_verb_phrases():
    writer = PortugueseWriter()
    clauses = writer.clauses("O motorista cadastra veículos e cadastra rotas.")

    assert writer.task_title(clauses, "create") == "Cadastrar dados"
    assert writer.activity_title(clauses) == "Cadastrar veículos"


# -- grammar -------------------------------------------------------------------------------


def test_verb_forms_go_back_to_the_infinitive_and_forward_to_the_person():
    forms = ["cadastra", "cadastre", "defina", "verifique", "ofereça", "inclui", "tiver", "possa"]
    assert [grammar.infinitive_of(form) for form in forms] == [
        "cadastrar", "cadastrar", "definir", "verificar", "oferecer", "incluir", "ter", "poder",
    ]  # fmt: skip
    verbs = ["cadastrar", "oferecer", "preferir", "corrigir", "seguir", "pôr", "cadastrar-se"]
    assert [grammar.first_person(verb) for verb in verbs] == [
        "cadastro", "ofereço", "prefiro", "corrijo", "sigo", "ponho", "me cadastro",
    ]  # fmt: skip
    assert [grammar.subjunctive(verb) for verb in ("verificar", "pagar", "começar", "fazer")] == [
        "verifique", "pague", "comece", "faça",
    ]  # fmt: skip


def test_plural_roles_become_singular():
    assert grammar.singular_phrase("Coordenadores de Logística") == "Coordenador de Logística"
    assert [grammar.singular(w) for w in ("profissionais", "elegíveis", "anfitriões")] == [
        "profissional", "elegível", "anfitrião",
    ]  # fmt: skip
    assert grammar.is_person("motoristas") and not grammar.is_person("formulário")


# -- through the whole pipeline ------------------------------------------------------------


def test_a_portuguese_document_gets_portuguese_stories_from_the_users_side():
    # Given a short Portuguese requirements document
    text = (
        "# Agendamento de consultas\n\n"
        "- O paciente escolhe o médico e um horário livre.\n"
        "- O sistema deve enviar um lembrete ao paciente 24 horas antes da consulta.\n"
        "- O paciente pode cancelar a consulta até 12 horas antes do horário marcado.\n"
        "- O recepcionista registra as faltas.\n"
    )

    # When the offline pipeline maps it
    stories = draft_map(text).draft.stories

    # Then every story is framed in Portuguese, with a reason and Given/When/Then criteria
    assert sorted(read_story_line(s.description, "pt").role for s in stories) == [
        "paciente", "paciente", "paciente", "recepcionista",
    ]  # fmt: skip
    for story in stories:
        assert read_story_line(story.description, "pt").benefit
        assert len(story.title.split()) <= 8
        assert all(c.startswith("Dado que ") and ", então " in c for c in story.acceptance_criteria)
    reminder = next(s for s in stories if "lembrete" in s.description)
    assert reminder.description.startswith(
        "Como paciente, quero receber um lembrete 24 horas antes da consulta, para que "
    )


# -- criteria and benefits from the requirement itself -------------------------------------


def test_a_rule_and_a_bracketed_role_are_both_sides_of_the_criteria():
    # Given RF-009 of tests/data/real/pt-caronas-corporativas.md
    _, _, (happy, unhappy) = written(
        "RF-009: O sistema deve permitir a reserva de assento por um colaborador (passageiro "
        "elegível) em uma rota, desde que não seja o motorista da rota."
    )

    # Then the person qualified in brackets and the rule are the given of each path
    assert happy.startswith(
        "Dado que sou passageiro elegível e não sou o motorista da rota, quando eu reservo"
    )
    assert unhappy.startswith("Dado que sou o motorista da rota, quando eu tento reservar")
    assert "nada muda" in unhappy


def test_listed_fields_are_filled_in_and_the_last_one_left_empty():
    # Given RF-003's vehicle with its plate and capacity
    _, line, (happy, unhappy) = written(
        "O motorista deve poder cadastrar um veículo, definindo sua Placa e Capacidade Máxima "
        "de Assentos."
    )

    assert happy.startswith("Dado que preencho Placa e Capacidade Máxima de Assentos")
    assert unhappy.startswith("Dado que deixo em branco o campo «Capacidade Máxima de Assentos»")
    assert line.endswith("para que o veículo fique registrado em um só lugar.")


def test_a_cart_a_rate_and_a_payment_by_pix_each_say_their_own():
    _, cart_line, cart = written("O cliente adiciona produtos ao carrinho.")
    _, _, kilo = written("O cliente vê o preço por quilo.")
    _, _, pix = written("O cliente paga com Pix.")

    assert cart_line.endswith("para que eu junte tudo o que quero comprar antes de pagar.")
    assert "aparece no carrinho" in cart[0]
    assert not any("filtro" in criterion or "combinam" in criterion for criterion in kilo)
    assert kilo[0].startswith("Dado que o preço já está disponível,")
    assert not any("cartão" in criterion for criterion in pix)
