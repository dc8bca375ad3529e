"""The Russian writer: requirements read into clauses, stories written back in Russian."""

import pytest

from generation.languages.ru.clauses import read_clauses
from generation.languages.ru.grammar import agree_phrase, first_person, nominative_singular
from generation.languages.ru.labels import restated
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


def test_a_modal_after_and_opens_a_second_wish_of_the_same_person():
    assert read("Оператор видит все станции и может заблокировать неисправный велосипед.") == [
        ("оператор", None, "видеть", "все станции"),
        ("оператор", None, "заблокировать", "неисправный велосипед"),
    ]
    assert read("Администратор добавляет и может удалять товары.") == [
        ("администратор", None, "добавить и удалить", "товары"),
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
        # The second action takes the first one's object; "неё" is the basket.
        ("добавление услуг в корзину, а также удаление из неё",
         [(None, None, "добавить", "услуги в корзину"),
          (None, None, "удалить", "услуги из корзины")]),
        # A window named by what it is for is that action.
        ("Окно для просмотра сохраненных рецептов.",
         [(None, None, "просматривать", "сохранённые рецепты")]),
        # A typo in a noun of action still names the action.
        ("простмотр частозадаваемых вопросов",
         [(None, None, "просматривать", "частозадаваемые вопросы")]),
        # Things listed after a comma are looked at too.
        ("простомтр статистики по продажам, графики выручки",
         [(None, None, "просматривать", "статистику по продажам"),
          (None, None, "просматривать", "графики выручки")]),
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


def test_blocking_a_thing_is_about_its_use_and_blocking_a_person_about_their_access():
    (bike,) = read_clauses("Оператор может заблокировать неисправный велосипед.")
    (person,) = read_clauses("Администратор может заблокировать пользователя.")

    bike_criteria = WRITER.criteria(bike, WRITER.category(bike), "оператор")
    person_criteria = WRITER.criteria(person, WRITER.category(person), "администратор")

    assert WRITER.benefit(bike, WRITER.category(bike)) == (
        "неисправный велосипед не использовали, пока проблема не решена"
    )
    assert bike_criteria[0] == (
        "Дано: неисправный велосипед ещё можно использовать; когда я заблокирую неисправный "
        "велосипед, тогда неисправный велосипед больше нельзя использовать, и я вижу "
        "неисправный велосипед в списке заблокированных."
    )
    assert not any("войти" in criterion for criterion in bike_criteria)
    assert "больше не может войти" in person_criteria[0]


def test_seeing_things_on_a_map_is_checked_by_them_not_by_a_period_of_records():
    (clause,) = read_clauses("Пользователь видит на карте ближайшие станции.")

    happy, empty = WRITER.criteria(clause, WRITER.category(clause), "пользователь")

    assert clause.obj == "ближайшие станции"
    assert happy == (
        "Дано: есть ближайшие станции; когда я смотрю на карте ближайшие станции, тогда я "
        "вижу ближайшие станции на карте."
    )
    assert empty.startswith("Дано: ближайших станций пока нет;")


def test_all_of_a_kind_agrees_in_every_case():
    (clause,) = read_clauses("Оператор видит все станции.")

    criteria = WRITER.criteria(clause, WRITER.category(clause), "оператор")

    assert (
        criteria[0]
        == "Дано: есть несколько станций; когда я смотрю все станции, тогда я вижу их все."
    )
    assert agree_phrase("все заказы", "gent") == "всех заказов"
    assert agree_phrase("все заказы", "ablt") == "всеми заказами"


def test_how_something_is_paid_is_not_what_is_paid():
    (card,) = read_clauses("Пользователь оплачивает поездку банковской картой.")
    (orders,) = read_clauses("Администратор настраивает управление заказами.")

    assert card.obj == "поездку"
    assert WRITER.benefit(card, WRITER.category(card)) == "не платить за поездку на месте"
    assert orders.obj == "управление заказами"


@pytest.mark.parametrize(
    "text",
    [
        "Система не должна позволять читателю брать более 5 книг одновременно.",
        "Читатель не может взять больше 5 книг одновременно.",
    ],
)
def test_a_ban_on_more_than_n_is_the_limit_of_n(text):
    (clause,) = read_clauses(text)

    assert (clause.role, clause.rest) in {
        ("читатель", "не более 5 книг одновременно"),
        ("читатель", "не больше 5 книг одновременно"),
    }
    assert WRITER.title(clause) in {"Брать до 5 книг", "Взять до 5 книг"}


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Читатель не может удалять чужие отзывы.", "чтобы читатель не мог удалять чужие отзывы"),
        ("Гость не видит контакты мастера.", "чтобы гость не видел контакты мастера"),
        ("Система не должна отправлять SMS ночью.", "чтобы система не отправляла SMS ночью"),
    ],
)
def test_what_must_not_happen_is_never_wished_for(text, wish):
    (clause,) = read_clauses(text)
    category = WRITER.category(clause)

    line = WRITER.story_line("пользователь", clause, WRITER.benefit(clause, category))
    criteria = WRITER.criteria(clause, category, "пользователь")

    assert wish in line
    assert "хочу удалять" not in line and "хочу получать" not in line
    assert " не " in criteria[0]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Система должна проверять заполненность полей.", "Система проверяет заполненность полей"),
        ("Приложение должно сохранять черновик каждые 30 секунд.", "Приложение сохраняет черновик"),
        ("Необходимо проверять поля на пустоту.", "Проверять поля"),
    ],
)
def test_what_the_product_does_is_titled_in_a_sentence_of_its_own(text, title):
    (clause,) = read_clauses(text)

    assert WRITER.title(clause) == title


def test_a_coach_commenting_gives_feedback():
    (clause,) = read_clauses("Тренер может комментировать тренировки своих клиентов.")

    assert WRITER.benefit(clause, WRITER.category(clause)) == (
        "дать обратную связь по тренировкам своих клиентов там, где её увидят"
    )


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

    assert "тогда самые новые идут первыми." in news[0]
    assert jobs[0] == (
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
        # What looking at this object gives: its modifier, its "о ...", its "с ...".
        ("просмотр последних новостей", "быть в курсе последних новостей"),
        ("просмотр доступных вакансий", "не тратить время на недоступные вакансии"),
        ("просмотр краткой информации о компании", "узнать о компании до первого обращения"),
        ("просмотр страницы с актуальными скидками", "не пропустить актуальные скидки"),
        ("просмотр филиалов", "сравнить филиалы и выбрать подходящий"),
        ("просмотр поставщиков", "сравнить поставщиков и выбрать подходящего"),
        # A thing taken from a database is not typed in again.
        ("Добавление продукта из базы данных с указанием количественного соотношения.",
         "не вводить продукт вручную"),
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


# -- round 2: titles, pronouns, ellipsis, qualities, quoted labels --------------------------


def test_a_long_title_loses_relative_adjectives_before_it_is_cut():
    (clause,) = read_clauses(
        "Удобное расположение элементов графического интерфейса способствует быстрому "
        "ориентированию в приложении;"
    )

    assert WRITER.title(clause) == (
        "Удобное расположение элементов интерфейса способствует быстрому ориентированию в "
        "приложении"
    )


def test_a_title_is_cut_where_a_phrase_ends():
    (clause,) = read_clauses(
        "Все функциональные элементы пользовательского интерфейса имеют названия, описывающие "
        "действие, которое произойдет при выборе соответствующего элемента;"
    )

    assert WRITER.title(clause) == (
        "Все функциональные элементы пользовательского интерфейса имеют названия"
    )


def test_a_title_never_cuts_a_compound_preposition():
    (clause,) = read_clauses(
        "Рамка вокруг аватарки должна быть разного цвета в зависимости от состояния профиля:"
    )

    assert WRITER.title(clause) == "Рамка вокруг аватарки разного цвета"
    assert WRITER.benefit(clause, "other") == "сразу видеть состояние профиля"


def test_a_short_adjective_as_predicate_states_a_quality():
    (clause,) = read_clauses("размер шрифта удобен для восприятия;")

    line = WRITER.story_line("пользователь", clause, WRITER.benefit(clause, "other"))

    assert line.startswith("Как пользователь, я хочу, чтобы размер шрифта был удобен")
    assert WRITER.criteria(clause, "other", "")[0].endswith(
        "тогда размер шрифта удобен для восприятия."
    )


def test_what_an_action_needs_is_done_with_the_action():
    assert read(
        "Для добавления рецепта необходима пошаговая инструкция по приготовлению блюда."
    ) == [(None, None, "добавить", "рецепт с пошаговой инструкцией по приготовлению блюда")]


def test_an_object_in_another_case_stays_on_its_preposition():
    (clause,) = read_clauses(
        "На экране необходимо отобразить google-карту с текущей позицией и маркерами автомобилей."
    )

    assert clause.rest == "google-карту с текущей позицией и маркерами автомобилей"


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("При нажатии на аватарку полученную миниатюру отправить на сервер и заменить ею "
         "существующую аватарку.", "существующую аватарку полученной миниатюрой"),
        ("При получении ошибки от сервера ее необходимо отобразить с помощью диалогового окна.",
         "ошибку с помощью диалогового окна"),
    ],
)  # fmt: skip
def test_a_pronoun_object_is_the_noun_it_stands_for(text, rest):
    assert read_clauses(text)[-1].rest == rest


def test_an_elliptic_sentence_repeats_the_one_before_with_its_own_object():
    writer = RussianWriter()
    writer.clauses(
        "При первом запуске приложения после Launch Screen должен отображаться SignUp Screen."
    )

    (clause,) = writer.clauses("При последующих - SignIn Screen.")

    assert clause.condition == "при последующих запусках приложения"
    assert writer.title(clause) == "Увидеть экран SignIn"


def test_a_buttons_label_is_restated_in_the_goal_and_quoted_in_the_criteria():
    (clause,) = read_clauses(
        'При нажатии на кнопку "У меня уже есть аккаунт" необходимо осуществлять переход на '
        "SignIn Screen."
    )

    assert WRITER.goal(clause) == (
        "перейти на экран SignIn при нажатии на кнопку о том, что у меня уже есть аккаунт"
    )
    assert '"У меня уже есть аккаунт"' in WRITER.criteria(clause, WRITER.category(clause), "")[0]


def test_a_label_naming_an_action_is_restated_by_its_noun():
    assert (
        restated(
            'при нажатии на кнопки "Загрузить фото водительских прав" или "Загрузить файл паспорта"'
        )
        == "при нажатии на кнопки загрузки фото водительских прав или загрузки файла паспорта"
    )


def test_a_labelled_item_under_a_list_lead_is_the_leads_quality_in_that_state():
    writer = RussianWriter()
    writer.clauses(
        "Рамка вокруг аватарки должна быть разного цвета в зависимости от состояния профиля:"
    )

    (clause,) = writer.clauses("желтый: не загружены фотографии водительских прав или паспорта")

    assert writer.goal(clause) == (
        ", чтобы рамка вокруг аватарки была жёлтая, если не загружены фотографии "
        "водительских прав или паспорта"
    )
    assert writer.benefit(clause, "other") == (
        "сразу видеть, что не загружены фотографии водительских прав или паспорта"
    )
    assert writer.criteria(clause, "other", "") == [
        "Дано: не загружены фотографии водительских прав или паспорта; когда я смотрю на "
        "рамку вокруг аватарки, тогда рамка вокруг аватарки жёлтая.",
        "Дано: рамка вокруг аватарки жёлтая; когда я загружу фотографии водительских прав "
        "или паспорта, тогда рамка вокруг аватарки больше не жёлтая.",
    ]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        # tests/data/real/ru-autoservice-site.md: each list is checked by what it is
        ("просмотр краткой информации о компании", "сведения о компании ещё не заполнены"),
        ("просмотр страницы с актуальными скидками", "актуальных скидок сейчас нет"),
        ("просмотр филиалов", "один из филиалов удалили, пока я смотрю список"),
        ("просмотр журнала заказов пользователей", "за выбранный период записей нет"),
        ("простомтр статистики по продажам", "данные за сегодня ещё не обработаны"),
    ],
)  # fmt: skip
def test_looking_at_a_thing_fails_the_way_that_thing_can(text, given):
    ((_, _, criteria),) = written(text)

    assert criteria[-1].startswith(f"Дано: {given}; ")


def test_after_registration_the_person_is_signed_in_and_no_password_can_be_wrong():
    # tests/data/real/ru-carsharing-tz.md
    (clause, _) = read_clauses(
        "При успешной регистрации нужно автоматически осуществить авторизацию и перейти на "
        "Main Screen."
    )
    category = WRITER.category(clause)

    assert WRITER.goal(clause) == "войти в приложение при успешной регистрации"
    assert WRITER.title(clause) == "Войти в приложение при успешной регистрации"
    criteria = WRITER.criteria(clause, category, "")
    assert not any("неверн" in c for c in criteria)
    assert criteria[1].startswith("Дано: сервер не подтвердил регистрацию; ")


def test_an_administrator_signs_in_for_what_only_administrators_may_do():
    (clause,) = read_clauses("авторизация в системе")
    benefit = WRITER.benefit(clause, WRITER.category(clause))

    line = WRITER.story_line("администратор", clause, benefit)

    assert line.endswith("чтобы работать с тем, что доступно только администратору.")
    assert "с любого устройства" in WRITER.story_line("пользователь", clause, benefit)


def test_a_transition_after_an_event_fails_when_the_event_fails():
    (clause,) = read_clauses(
        "При успешной авторизации необходимо осуществлять переход на экран Main Screen или "
        "Profile Screen."
    )

    assert WRITER.criteria(clause, WRITER.category(clause), "")[1] == (
        "Дано: авторизация не удалась; когда я пытаюсь авторизоваться, тогда экран Main или "
        "экран Profile не открывается, и я вижу, что пошло не так."
    )


def test_organising_by_categories_has_its_own_outcome():
    (clause,) = read_clauses("Категории: Организуйте задачи по категориям для удобного поиска.")

    criteria = WRITER.criteria(clause, WRITER.category(clause), "")

    assert "задачи появляются в этой категории" in criteria[0]
    assert criteria[1].startswith("Дано: я удаляю категорию, в которой есть задачи; ")


def test_a_free_slot_can_be_taken_while_i_choose():
    # the clinic of /work/shared/QUALITY.md
    (clause, *_) = read_clauses("Пациент выбирает врача, услугу и свободное время.")

    assert WRITER.benefit(clause, WRITER.category(clause)) == "прийти, когда мне удобно"
    assert any(
        c.startswith("Дано: это время занял другой человек, пока я выбирал; ")
        for c in WRITER.criteria(clause, WRITER.category(clause), "")
    )


def test_what_comes_by_sms_needs_the_phone_number():
    (_, sms, _) = read_clauses(
        "Пациент выбирает врача, услугу и свободное время, получает подтверждение по SMS "
        "и напоминание за сутки до приёма."
    )

    criteria = WRITER.criteria(sms, WRITER.category(sms), "")

    assert criteria[1].startswith("Дано: номер телефона указан с ошибкой; ")


def test_a_design_requirement_is_the_screen_matching_the_layout():
    (clause,) = read_clauses("Реализуйте экран Launch Screen согласно макету.")

    assert WRITER.title(clause) == "Экран Launch соответствует макету"
    assert WRITER.goal(clause) == ", чтобы экран Launch соответствовал макету"


def test_an_object_before_its_verb_goes_with_that_verb():
    assert read(
        'При нажатии на аватарку открыть приложение "Камера" и полученную миниатюру '
        "отправить на сервер."
    ) == [
        (None, None, "открыть", 'приложение "Камера"'),
        (None, None, "отправить", "полученную миниатюру на сервер"),
    ]


def test_a_person_in_a_feature_list_is_a_role_not_a_story():
    assert RussianWriter().clauses("пользователь с регистрацией.") == []


def story(text: str) -> tuple[str, list[str]]:
    (clause,) = [c for c in read_clauses(text) if c.verb][:1]
    category = WRITER.category(clause)
    return WRITER.goal(clause), WRITER.criteria(clause, category, "")


def test_a_leading_moment_keeps_the_subject_and_goes_after_the_action():
    (clause,) = read_clauses("За 3 дня до окончания абонемента клиент получает push-уведомление.")
    goal, criteria = story("За 3 дня до окончания абонемента клиент получает push-уведомление.")

    assert clause.role == "клиент"
    assert goal == "получить push-уведомление за 3 дня до окончания абонемента"
    assert "до окончания абонемента остаётся 3 дня, тогда мне приходит одно" in criteria[0]
    assert "второе push-уведомление не приходит" in criteria[1]


def test_a_leading_if_is_the_given_and_its_opposite_is_refused():
    goal, criteria = story(
        "Если мест нет, клиент может встать в лист ожидания и получить уведомление, когда "
        "место освободится."
    )

    assert goal == "встать в лист ожидания, если мест нет"
    assert criteria[0].startswith("Дано: мест нет; когда я встану в лист ожидания")
    assert "Дано: места есть" in criteria[1]
    assert "только если мест нет" in criteria[1]


def test_a_notice_on_an_event_comes_when_it_happens():
    clauses = read_clauses(
        "Если мест нет, клиент может встать в лист ожидания и получить уведомление, когда "
        "место освободится."
    )
    notice = clauses[1]
    criteria = WRITER.criteria(notice, WRITER.category(notice), "")

    assert notice.obj == "уведомление"
    assert criteria[0] == (
        "Дано: мест нет; когда место освободится, тогда мне приходит одно уведомление об этом."
    )
    assert "место так и не освободилось, тогда уведомление не приходит" in criteria[1]


def test_a_bracketed_limit_on_people_is_the_boundary_of_the_group():
    (clause,) = read_clauses(
        "Клиент записывается на тренировку, если в группе есть свободные места "
        "(не более 15 человек)."
    )
    criteria = WRITER.criteria(clause, WRITER.category(clause), "")

    assert clause.rest == "на тренировку"
    assert clause.constraint == "не более 15 человек"
    assert criteria[0].startswith("Дано: в группе 14 человек; когда я запишусь на тренировку")
    assert "в группе теперь 15 человек" in criteria[0]
    assert "в группе не может быть больше 15 человек" in criteria[1]
    assert "(" not in " ".join(criteria)


def test_buying_lists_the_options_and_a_declined_card_buys_nothing():
    goal, criteria = story(
        "Клиент может купить абонемент (8 или 12 занятий, безлимит на месяц) банковской картой."
    )

    assert "8 занятий, 12 занятий или безлимит на месяц" in criteria[0]
    assert "когда я куплю абонемент банковской картой" in criteria[0]
    assert "банк отклонил оплату картой" in criteria[1]
    assert "абонемент не куплен" in criteria[1]
    assert "в наличии" not in " ".join(criteria)


def test_a_confirmation_code_is_entered_and_a_wrong_one_is_refused():
    _, criteria = story("Клиент регистрируется по номеру телефона с подтверждением кодом из SMS.")

    assert criteria[0].startswith("Дано: мне пришёл код из SMS; когда я ввожу этот код")
    assert "код неверный" in criteria[1]
    assert "подтверждение кодом" not in " ".join(criteria)


def test_a_stated_consequence_is_what_cancelling_late_costs():
    (clause,) = read_clauses(
        "Клиент может отменить запись не позднее чем за 2 часа до начала; при поздней отмене "
        "занятие списывается."
    )
    criteria = WRITER.criteria(clause, WRITER.category(clause), "")

    assert clause.outcome == "при поздней отмене занятие списывается"
    assert WRITER.goal(clause) == "отменить запись не позднее чем за 2 часа до начала"
    assert "запись отменена, и занятие не списывается" in criteria[0]
    assert "до начала остаётся 1 час" in criteria[1]
    assert "запись отменена, но занятие списывается" in criteria[1]


def test_a_transition_says_what_the_named_screen_is_for():
    (clause,) = read_clauses(
        'При нажатии на кнопку "Регистрация" необходимо осуществлять переход на SignUp Screen.'
    )
    criteria = WRITER.criteria(clause, WRITER.category(clause), "")

    assert "открывается экран SignUp для регистрации" in criteria[0]
    assert "экран регистрации сейчас не открыть" in criteria[1]


def test_a_colour_for_fines_turns_on_when_they_appear():
    writer = RussianWriter()
    writer.clauses(
        "Рамка вокруг аватарки должна быть разного цвета в зависимости от состояния профиля"
    )
    (clause,) = writer.clauses("красный: есть штрафы от ГИБДД")
    (yellow,) = writer.clauses("желтый: не загружены фотографии водительских прав")

    red = writer.criteria(clause, writer.category(clause), "")
    loaded = writer.criteria(yellow, writer.category(yellow), "")
    assert clause.system == "Рамка вокруг аватарки"
    assert (
        "когда появляются штрафы от ГИБДД, тогда рамка вокруг аватарки становится красной"
        in (red[0])
    )
    assert "когда я загружу фотографии водительских прав" in loaded[1]
