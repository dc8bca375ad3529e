"""The Russian writer: requirements read into clauses, stories written back in Russian."""

import pytest

from generation.languages.ru.clauses import read_clauses
from generation.languages.ru.grammar import agree_phrase, first_person, nominative_singular
from generation.languages.ru.writing import RussianWriter

WRITER = RussianWriter()


def read(text: str) -> list[tuple]:
    return [(c.role, c.system, c.verb, c.rest) for c in read_clauses(text)]


def test_a_sentence_with_two_predicates_and_two_objects_is_three_clauses():
    text = (
        "Пациент выбирает врача, услугу и свободное время, получает подтверждение по SMS "
        "и напоминание за сутки до приёма."
    )

    assert read(text) == [
        ("пациент", None, "выбрать", "врача, услугу и свободное время"),
        ("пациент", None, "получить", "подтверждение по SMS"),
        ("пациент", None, "получить", "напоминание за сутки до приёма"),
    ]


def test_verbs_joined_by_or_share_their_object_and_the_limit_is_a_constraint():
    (clause,) = read_clauses(
        "Пациент может отменить или перенести запись не позже чем за 12 часов."
    )

    assert (clause.role, clause.verb, clause.obj) == ("пациент", "отменить или перенести", "запись")
    assert clause.constraint == "не позже чем за 12 часов"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Real items of tests/data/real/ru-autoservice-site.md: features named by nouns.
        ("поиск и фильтрация предоставляемых компанией услуг",
         [(None, None, "искать и фильтровать", "предоставляемые компанией услуги")]),
        ("просмотр журнала заказов пользователей",
         [(None, None, "просматривать", "журнал заказов пользователей")]),
        ("добавление услуг в корзину, а также удаление из неё",
         [(None, None, "добавить", "услуги в корзину"), (None, None, "удалить", "из неё")]),
        ("онлайн-оплата и отзывы о врачах",
         [(None, None, "", "онлайн-оплата"), (None, None, "", "отзывы о врачах")]),
        # The product lets a role act; the dative names the role.
        ("Приложение должно позволять пользователю просматривать историю заказов",
         [("пользователь", None, "просматривать", "историю заказов")]),
        # The product's own behaviour, for the person it serves.
        ("Система должна отправлять напоминание пользователю за сутки до приёма.",
         [("пользователь", "система", "отправлять", "напоминание за сутки до приёма")]),
        # A thing as the subject is no role.
        ('Кнопка "забронировать" должна быть только у активного пользователя',
         [(None, 'Кнопка "забронировать"', "быть", "только у активного пользователя")]),
    ],
)  # fmt: skip
def test_requirement_shapes_are_read(text, expected):
    assert read(text) == expected


def test_the_story_line_title_and_benefit_are_russian_and_grammatical():
    (clause,) = read_clauses(
        "Администратор может блокировать пользователей, чтобы защищать сообщество от спама."
    )
    category = WRITER.category(clause)

    line = WRITER.story_line("администратор", clause, WRITER.benefit(clause, category))

    assert line == (
        "Как администратор, я хочу блокировать пользователей, чтобы защищать сообщество от спама."
    )
    assert WRITER.title(clause) == "Блокировать пользователей"


def test_a_system_requirement_is_written_from_the_users_side():
    (clause,) = read_clauses(
        "Система должна отправлять напоминание пользователю за сутки до приёма."
    )
    category = WRITER.category(clause)

    line = WRITER.story_line("пользователь", clause, WRITER.benefit(clause, category))

    assert category == "notify"
    assert line.startswith(
        "Как пользователь, я хочу получать напоминание за сутки до приёма, чтобы "
    )


def test_a_feature_named_by_a_noun_is_used_in_the_instrumental():
    (clause,) = read_clauses("Онлайн-оплата")

    line = WRITER.story_line("пациент", clause, "не стоять в очереди")

    assert line == "Как пациент, я хочу пользоваться онлайн-оплатой, чтобы не стоять в очереди."


def test_a_time_limit_gives_the_unhappy_path_its_situation():
    (clause,) = read_clauses(
        "Пациент может отменить или перенести запись не позже чем за 12 часов."
    )

    happy, unhappy = WRITER.criteria(clause, WRITER.category(clause), "пациент")

    assert happy == (
        "Дано: до начала больше 12 часов; когда я отменю или перенесу запись, тогда изменение "
        "сохраняется, и я вижу подтверждение."
    )
    assert unhappy == (
        "Дано: до начала меньше 12 часов; когда я пытаюсь отменить или перенести запись, тогда я "
        "вижу, что это возможно только не позже чем за 12 часов, и ничего не меняется."
    )


def test_grammar_inflects_phrases_and_verbs():
    assert nominative_singular("администратору") == "администратор"
    assert (
        nominative_singular("зарегистрированные пользователи") == "зарегистрированный пользователь"
    )
    assert agree_phrase("свободное время", "ablt") == "свободным временем"
    assert agree_phrase("новая запись", "accs") == "новую запись"
    assert agree_phrase("личный кабинет пользователя", "accs") == "личный кабинет пользователя"
    assert first_person("выбрать") == "выберу"
    assert first_person("вести") == "веду"
