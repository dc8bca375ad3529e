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
        "Дано: до начала остаётся 13 часов; когда я отменю или перенесу запись, тогда запись "
        "отменена, и я вижу подтверждение."
    )
    assert unhappy == (
        "Дано: до начала остаётся 11 часов; когда я пытаюсь отменить или перенести запись, "
        "тогда я вижу, что это возможно только не позже чем за 12 часов, и ничего не меняется."
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


# -- criteria and benefits from the requirement itself ------------------------------------


def written(text: str) -> list[tuple[str, str, list[str]]]:
    """(title, story line, criteria) of every clause of ``text``."""
    out = []
    for clause in read_clauses(text):
        category = WRITER.category(clause)
        line = WRITER.story_line("пользователь", clause, WRITER.benefit(clause, category))
        out.append((WRITER.title(clause), line, WRITER.criteria(clause, category, "")))
    return out


def test_a_number_limit_is_checked_on_both_sides_of_the_boundary():
    ((_, _, criteria),) = written("Пароль должен содержать не менее 8 символов.")

    assert criteria == [
        "Дано: пароль — 8 символов; когда я ввожу пароль, тогда всё проходит, и я вижу "
        "подтверждение.",
        "Дано: пароль — 7 символов; когда я ввожу пароль, тогда я вижу, что нужно не менее 8 "
        "символов, и ничего не сохраняется.",
    ]


def test_listed_fields_give_an_unhappy_path_with_one_named_field_empty():
    ((_, _, criteria),) = written("Повар должен ввести название, описание и время приготовления.")

    assert criteria[0].startswith("Дано: указаны название, описание и время приготовления; ")
    assert criteria[1] == (
        "Дано: не указано время приготовления; когда я пытаюсь ввести название, описание и "
        "время приготовления, тогда я вижу, что нужно указать время приготовления, и ничего "
        "не сохраняется."
    )


def test_fields_after_with_are_read_in_the_nominative():
    # tests/data/real/ru-autoservice-site.md
    ((_, _, criteria),) = written("вход в систему с использованием логина и пароля")

    assert criteria[0].startswith("Дано: указаны логин и пароль; ")
    assert criteria[1].startswith("Дано: не указан пароль; ")


def test_the_words_before_the_object_give_their_own_criterion():
    # tests/data/real/ru-autoservice-site.md: "последние" and "доступные" say what is shown
    ((_, _, news),) = written("просмотр последних новостей")
    ((_, _, jobs),) = written("просмотр доступных вакансий")

    assert "тогда самые новые идут первыми." in news[1]
    assert jobs[1] == (
        "Дано: есть недоступные вакансии; когда я просматриваю доступные вакансии, тогда их "
        "нет среди показанных."
    )


def test_the_unhappy_path_belongs_to_the_verb():
    ((_, _, logout),) = written("возможность выхода из системы")
    ((_, _, promo),) = written("применение промокода при оформлении заказа")

    assert logout[1].startswith("Дано: я вышел из системы; когда я возвращаюсь на прежнюю ")
    assert promo[1].startswith("Дано: срок действия промокода истёк; ")
    assert logout[1] != promo[1]


def test_a_condition_named_by_a_noun_becomes_the_event():
    # tests/data/real/ru-carsharing-tz.md
    ((_, line, criteria),) = written(
        "При корректном заполнении формы необходимо отправлять запрос регистрации на сервер."
    )

    assert "приложение отправляло запрос регистрации на сервер" in line  # nobody receives it
    assert criteria[0] == (
        "Дано: все поля формы заполнены; когда я корректно заполню форму, тогда приложение "
        "отправляет запрос регистрации на сервер и показывает, что отправка идёт."
    )


def test_a_quality_of_a_part_of_the_product_is_stated_and_checked():
    ((title, line, criteria),) = written(
        "Логотип приложения должен быть расположен по центру экрана."
    )

    assert title == "Логотип приложения расположен по центру экрана"
    assert line.startswith(
        "Как пользователь, я хочу, чтобы логотип приложения был расположен по центру экрана: "
    )
    assert "тогда логотип приложения расположен по центру экрана." in criteria[0]


@pytest.mark.parametrize(
    ("text", "benefit"),
    [
        # The document's own reason first.
        ("Приоритеты: Устанавливайте уровни приоритета для каждой задачи, чтобы "
         "сосредоточиться на самом важном.", "сосредоточиться на самом важном"),
        # A purpose stated with "для".
        ("Категории: Организуйте задачи по категориям для удобного поиска.",
         "было удобно искать задачи"),
        # What the object is for, whatever the verb.
        ("применение промокода при оформлении заказа", "заплатить меньше"),
        ("Система должна отправлять напоминание пользователю за сутки до приёма.",
         "не забыть о приёме"),
        # The verb with this requirement's object.
        ("просмотр последних новостей", "узнавать о последних новостях без звонков"),
        ("просмотр филиалов", "узнавать о филиалах без звонков"),
        # A quality the product must have.
        ("размер шрифта удобен для восприятия", "легко читать то, что на экране"),
    ],
)  # fmt: skip
def test_the_benefit_follows_from_the_requirement(text, benefit):
    (clause, *_) = read_clauses(text)

    assert WRITER.benefit(clause, WRITER.category(clause)) == benefit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A label before the requirement; an adverb before the imperative.
        ("Создание задач: Легко добавляйте новые задачи с описанием и сроками выполнения.",
         [(None, None, "добавлять", "новые задачи с описанием и сроками выполнения")]),
        # A version number is one token.
        ("Android 9.0 и новее", [(None, None, "", "Android 9.0 и новее")]),
        # The second deverbal noun is the object, not a second action.
        ("оформление заказов", [(None, None, "оформить", "заказы")]),
        ("возможность оставить отзыв и прочитать отзывы других",
         [(None, None, "оставить", "отзыв"), (None, None, "прочитать", "отзывы других")]),
        ("CRUD-операции с контактами автосервиса, услугами",
         [(None, None, "управлять", "контактами автосервиса, услугами")]),
        ("Приложение должно предоставить возможность ввода названия и типа ингредиента.",
         [(None, None, "ввести", "название и тип ингредиента")]),
        ("Так же необходимо проверять равенство пароля и его повтора.",
         [(None, "", "проверять", "равенство пароля и его повтора")]),
        # English screen names read as Russian: "SignUp Screen" is "экран SignUp".
        ('При нажатии на кнопку "Регистрация" необходимо осуществлять переход на SignUp Screen.',
         [(None, "", "перейти", "на экран SignUp")]),
        # A part of the product is a thing named in full, not the product.
        ("Логотип приложения должен быть расположен по центру экрана.",
         [(None, "Логотип приложения", "быть", "расположен по центру экрана")]),
    ],
)  # fmt: skip
def test_more_requirement_shapes_are_read(text, expected):
    assert read(text) == expected


def test_a_latin_name_is_spelled_out_once_in_the_criteria():
    ((_, _, criteria),) = written('при клике на кнопку "Забронировать" открыть окно Booking Screen')

    assert sum("Booking" in criterion for criterion in criteria) == 1


def test_benefits_of_a_map_differ_by_requirement():
    texts = [
        "просмотр последних новостей",
        "просмотр доступных вакансий",
        "просмотр филиалов",
        "просмотр поставщиков",
        "вход в систему с использованием логина и пароля",
        "применение промокода при оформлении заказа",
        "возможность выхода из системы",
    ]
    benefits = [WRITER.benefit(c, WRITER.category(c)) for t in texts for c in read_clauses(t)]

    assert len(set(benefits)) == len(benefits)
