"""Russian: chrome, sentences and story patterns; cases and agreement by pymorphy3."""

import re

from generation.languages import pack_for
from generation.languages.ru import grammar
from generation.wireframes.phrases import Phrases, capitalized

WORDS = {
    # Chrome
    "Product": "Продукт",
    "user": "пользователь",
    "Home": "Главная",
    "Help": "Помощь",
    "Account": "Профиль",
    "account": "профиль",
    "Privacy": "Конфиденциальность",
    "Terms": "Условия",
    "url": "адрес",
    "logo": "логотип",
    "footer": "подвал",
    "image": "изображение",
    "back": "назад",
    "Back to": "< Назад: {activity}",
    "Signed in as": "Вы вошли как {role}",
    "status bar": "строка состояния",
    "Ready": "Готово  -  {product}  -  вы вошли как {role}",
    "menu": "Файл  Правка  Вид  Справка",
    "Recent": "Недавние",
    "Settings": "Настройки",
    "Search...": "Поиск...",
    "nav": "меню",
    "btn": "кнопка",
    "button": "кнопка",
    # Buttons
    "Cancel": "Отмена",
    "Continue": "Продолжить",
    "Save": "Сохранить",
    "Search": "Найти",
    "Apply": "Применить",
    "View": "Открыть",
    "Refresh": "Обновить",
    "Pay now": "Оплатить",
    "Send": "Отправить",
    "Upload": "Загрузить",
    "Book": "Записаться",
    "Choose file": "Выбрать файл",
    "Clear search": "Сбросить поиск",
    "Notification settings": "Настройки уведомлений",
    "Contact support": "Написать в поддержку",
    "Retry": "Повторить",
    # Forms
    "Details": "Подробности",
    "Note (optional)": "Комментарий (необязательно)",
    "Enter": "Введите {label:accs,lower}",
    "disabled": "(Кнопка «{action}» станет активной, когда все поля заполнены верно.)",
    "choose": "Выберите",
    # Lists
    "search": "поиск",
    "Search for": "Найти {obj:accs}…",
    "items": "записи",
    "item": "запись",
    "Name": "Название",
    "Detail": "Подробности",
    "row": "{noun} {id}",
    "row ids": "1 2 3",
    "row details": "Сегодня, 10:00|Вчера, 18:30|Пн, 09:15",
    "filter": "фильтр: {filter:lower} v",
    "Any": "{filter}: [ Все v ]",
    "list of": "список: {obj}",
    "pagination": "страницы",
    "Previous": "< Назад",
    "Next": "Стр. 1 из 3   Далее >",
    # Status
    "status": "статус",
    "progress bar": "ход выполнения",
    "map": "карта",
    "updates": "обновления",
    "refresh": "обновить",
    "request": "заявка",
    "Status": "Статус: {step}",
    "order steps": "Оформлен|Собирается|В пути|Доставлен",
    "steps": "Создано|В работе|Проверка|Завершено",
    "step": "шаг 3 из 4",
    "Latest update": "Последнее обновление: {text}",
    "Courier": "Карта: курьер в 1,2 км, прибудет около 18:40",
    "Last updated": "Обновлено 2 мин назад",
    # Error states below the screen
    "Error state": "Состояние ошибки",
    "Something went wrong": "Не получилось. Попробуйте ещё раз.",
    "card": "другую карту",
    "card words": r"карт",
    "email words": r"e-?mail|почт",
    "results": "записи",
    "Card": "Платёж по карте",
    "Payment": "Платёж",
    "payment method": "другой способ оплаты",
    "email": "e-mail",
    "name": "логин",
    "the highlighted field": "выделенное поле",
    # Map
    "Search nearby": "Адрес или место…",
    "Map": "Карта",
    "you are here": "(*) вы здесь",
    "distances": "350 м|800 м|1.2 км",
    "Distance": "Расстояние",
    "place": "Место",
    # Calendar
    "Free times": "Свободное время",
    "Selected": "Выбрано: {day}, {time}",
    "slot legend": "[>10:00<] выбрано   [ ----- ] занято",
    "date picker": "выбор даты",
    "time slots": "свободное время",
    # Checkout
    "Your order": "Ваш заказ",
    "Article": "Товар",
    "Total": "Итого",
    "order summary": "состав заказа",
    # Dashboard
    "Period": "Период: [ Эта неделя v ]",
    "figure": "показатель",
    "chart": "график",
    "By day": "По дням",
    "figure names": "Всего|За неделю|Сегодня",
    "figure values": "12 480|342|27",
    "figure change": "+8% к прошлой неделе",
    # Chat
    "Support": "Поддержка",
    "You": "Вы",
    "chat lines": "Здравствуйте! Чем можем помочь?|Добрый день, у меня вопрос.|"
    "Конечно, слушаем вас.",
    "Type a message": "Напишите сообщение…",
    "messages": "сообщения",
    "type a message": "сообщение",
    # Upload
    "Drop files": "Перетащите файлы сюда или",
    "Accepted": "{formats}, до {size}",
    "size": "10 МБ",
    "drop zone": "область загрузки",
    "file list": "список файлов",
    # Settings
    "toggle names": "E-mail|SMS|Push-уведомления",
    "Language": "Язык:  [ Русский v ]",
    # Markdown: Layout
    "layout component": "- Один компонент отдельно: {component}; показан со своими состояниями.",
    "top web": "- Вверху: адресная строка браузера и навигация ({places}).",
    "top mobile": "- Вверху: строка состояния и панель приложения с кнопкой «Назад» и "
    "заголовком «{task}».",
    "top desktop": "- Вверху: заголовок окна, меню ({menu}) и панель инструментов.",
    "left": "- Слева: боковая панель с разделами «{activity}» и «{task}».",
    "heading": "- Заголовок: «{title}».",
    "main": "- Основная часть: {component}.",
    "image placeholder": "- Над основной частью: место для изображения (прямоугольник из X).",
    "bottom": "- Внизу: ссылка «Назад», затем {bottom}.",
    "bottom web": "подвал сайта",
    "bottom mobile": "панель вкладок ({home}, {activity}, {account})",
    "bottom desktop": "строка состояния",
    "below": "- Под экраном, отдельно: состояние ошибки с сообщением «{message}»",
    "form words": "форма с полями {fields} и кнопкой «{action}»",
    "list words": "поиск, фильтры и таблица «{objects}» с примерами строк",
    "status words": "карточка статуса: ход выполнения, пройденные шаги и последнее обновление",
    "checkout words": "состав заказа, затем форма оплаты с полями {fields} и кнопкой «{action}»",
    "map words": "поиск, карта с отметками и ближайшие места («{objects}») с расстоянием до них",
    "calendar words": "выбор дня, свободное время и кнопка «{action}»",
    "dashboard words": "карточки показателей ({figures}), график по дням и выбор периода",
    "chat words": "переписка и поле сообщения с кнопкой «{action}»",
    "upload words": "область для файлов с кнопкой выбора и список файлов с ходом загрузки",
    "settings words": "переключатели ({toggles}) и кнопка «{action}»",
    # Markdown: UI elements
    "el choice": "Выбор ({choices}): как именно {goal}; выбран первый вариант.",
    "el input": "Поле «{label}»: что {role} вводит, чтобы {goal}.",
    "el search": "Поиск и кнопка «{label}»: сужают список.",
    "el row button": "Кнопка «{action}» в строке: действие с этой строкой.",
    "el filter": "Фильтр «{filter}»: оставляет в списке только подходящие строки.",
    "el table": "Таблица «{objects}»: примеры строк; выбранная строка отмечена «>».",
    "el pagination": "Страницы: переход к предыдущей и следующей.",
    "el status card": "Карточка статуса с ходом выполнения: что происходит сейчас.",
    "el steps": "Шаги: пройденные [x], текущий [>], предстоящие [ ].",
    "el refresh": "Кнопка «Обновить»: загружает последний статус.",
    "el primary": "Основная кнопка «{action}»: неактивна, пока поля не заполнены верно.",
    "el cancel": "Кнопка «Отмена»: выход без сохранения.",
    "el summary": "Состав заказа: товары, их цены и итог.",
    "el map": "Карта: где вы (*) и ближайшие места («{objects}»), с номерами, как в списке под "
    "ней.",
    "el map rows": "Список «{objects}»: расстояние и кнопка «{action}» в каждой строке.",
    "el days": "Выбор дня: дни недели; выбранный день в квадратных скобках.",
    "el slots": "Время: свободное можно выбрать, занятое зачёркнуто, выбранное отмечено.",
    "el pick": "Список «{label}»: сужает свободное время.",
    "el confirm": "Кнопка «{action}»: подтверждает выбранное время.",
    "el figures": "Карточки показателей: {figures}; у каждого изменение за период.",
    "el chart": "График: по столбцу на каждый день периода.",
    "el period": "Выбор периода: за какие дни показаны цифры.",
    "el thread": "Переписка: сообщения собеседника слева, ваши справа, со временем отправки.",
    "el compose": "Поле сообщения и кнопка «{action}»: отправляют сообщение.",
    "el drop": "Область для файлов: их перетаскивают сюда или выбирают; указано, какие файлы "
    "подходят.",
    "el files": "Список файлов: у каждого ход загрузки и кнопка удаления [ x ].",
    "el upload": "Кнопка «{action}»: отправляет файлы.",
    "el toggles": "Переключатели: {toggles}; [x] — включено.",
    "el save": "Кнопка «{action}»: сохраняет изменения; «{cancel}» оставляет всё как было.",
    "el message": "Сообщение «{message}»: появляется, если {given}.",
    "el nav": "{nav}: переход между разделом «{activity}» и другими частями продукта «{product}».",
    "nav web": "Верхняя навигация",
    "nav mobile": "Нижняя панель вкладок",
    "nav desktop": "Боковая панель и меню",
    # Markdown: Navigation
    "via web": "верхнюю навигацию",
    "via mobile": "панель вкладок",
    "via desktop": "боковую панель",
    "comes from": "- Откуда: раздел «{activity}» (через {via}), задача «{task}».",
    "leads to": "- «{action}» ведёт {next}.",
    "next form": "на экран подтверждения, затем к следующему шагу",
    "next list": "к карточке {noun:gent}",
    "next status": "на этот же экран с последним статусом",
    "next checkout": "к чеку с номером заказа",
    "next map": "к выбранному месту и маршруту до него",
    "next calendar": "к подтверждению выбранного времени",
    "next dashboard": "к тем же показателям за выбранный период",
    "next chat": "к той же переписке с новым сообщением",
    "next upload": "к загруженным файлам",
    "next settings": "на этот же экран с сохранёнными изменениями",
    "back returns": "- «Назад» возвращает в раздел «{activity}»; введённое не теряется.",
    "unhappy stay": "- При ошибке пользователь остаётся на этом экране и видит сообщение на месте.",
    # Markdown: Notes
    "note unhappy": "- Ошибка: «{message}»",
    "note criteria": "- Проверяемые критерии приёмки:",
    "note assumes": "- Предполагается, что {role} уже вошёл в систему; имена и значения — примеры.",
    "note wide": "- Широкие символы (CJK, эмодзи) из истории нарисованы как «?».",
}

_YOU = {"я": "вы", "меня": "вас", "мне": "вам", "мной": "вами", "мой": "ваш", "моя": "ваша",
        "моё": "ваше", "мое": "ваше", "мои": "ваши", "моего": "вашего", "моей": "вашей",
        "моих": "ваших", "моим": "вашим", "моему": "вашему", "мою": "вашу", "моём": "вашем",
        "моем": "вашем", "моими": "вашими"}  # fmt: skip
_ARTICLES = frozenset(
    "мой моя моё мои мою моего моей свой свою своё свои своего своей этот эту это эти весь "
    "всю все всех".split()
)
_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})  # fmt: skip


def _inflect(phrase: str, case: str) -> str:
    """The phrase with its head noun (and its adjectives) in ``case``; as written if unknown.

    A one-word object that reads as a plural ("неявки", "отзывами") stays plural, where
    pymorphy3's likeliest reading would make it singular.
    """
    words = phrase.split()
    try:
        if len(words) == 1 and _plural(phrase):
            for reading in grammar.readings(words[0].lower()):
                form = reading.inflect({case, "plur"}) if "plur" in reading.tag else None
                if form and "NOUN" in reading.tag:
                    return capitalized(form.word) if words[0][:1].isupper() else form.word
        return grammar.agree_phrase(phrase, case)
    except (ValueError, KeyError, IndexError):  # a word pymorphy3 reads oddly: keep it as is
        return phrase


def _label(obj: str) -> str:
    """An object as a label: "врача" -> "Врач", "онлайн-оплатой" -> "Онлайн-оплата"."""
    return capitalized(_inflect(obj, "nomn"))


def _singular(obj: str) -> str:
    """What one row is: "пациентов" -> "пациент"."""
    try:
        return grammar.nominative_singular(obj)
    except (ValueError, KeyError, IndexError):
        return obj


def _plural(obj: str) -> bool:
    """Whether the object names many things: "неявки", "отзывами" (read as they are written)."""
    nouns = [w for w in obj.split() if w.isalpha() and "NOUN" in grammar.parse(w.lower()).tag]
    if not nouns:
        return False
    readings = grammar.readings(nouns[0].lower())[:3]
    return any("plur" in r.tag and "NOUN" in r.tag and r.score >= 0.2 for r in readings)


def _you(text: str) -> str | None:
    """A situation told to the user: "я заполнял форму" -> "вы заполняли форму"."""
    out, after_i = [], False
    for word in text.split(" "):
        core = word.strip('.,;:!?«»"()')
        lowered = core.lower()
        if lowered in _YOU:
            replaced = _YOU[lowered]
            after_i = after_i or lowered == "я"
        elif after_i and core and "VERB" in grammar.parse(lowered).tag:
            reading = grammar.parse(lowered)
            form = reading.inflect({"plur"} if "past" in reading.tag else {"2per", "plur"})
            replaced, after_i = (form.word if form else lowered), False
        else:
            replaced = lowered
        if core:
            word = word.replace(core, capitalized(replaced) if core[:1].isupper() else replaced)
        out.append(word)
    return " ".join(out)


def _slug(text: str) -> str:
    latin = text.lower().translate(_LATIN)
    return re.sub(r"[^a-z0-9]+", "-", latin).strip("-")


_STOPS = pack_for("ru").stopwords

PHRASES = Phrases(
    code="ru",
    words=WORDS,
    headings=("Макет", "Элементы интерфейса", "Навигация", "Примечания"),
    kinds=(
        (
            "settings",
            r"настройк|настро\w* уведомлен|параметр\w* (?:уведомлен|профил|аккаунт)|"
            r"предпочтени|включ\w* или (?:от|вы)ключ",
        ),
        (
            "status",
            r"отслежива|отследить|следить за|статус|уведомлен|напоминан|оповещ|"
            r"получ\w* (?:подтвержден|sms|смс|push|письм)",
        ),
        (
            "checkout",
            r"оплат|плат[её]ж|заплатить|корзин|оформ\w* заказ|\bкупить|покупк|"
            r"банковск\w* карт|привяз\w* карт",
        ),
        (
            "map",
            r"\bкарт[аеуыо]й?\b|на карте|google-карт|геолокац|местоположени|геопозиц|"
            r"маршрут|рядом со мной|поблизости",
        ),
        (
            "calendar",
            r"записаться|запис\w* на при[её]м|перенести запис|\bслот|"
            r"свободн\w* (?:время|окн|дат|час)|"
            r"врем[яени]+ (?:при[её]ма|визита|встречи|записи|доставки)|"
            r"дат[уаы]? и врем|календар|расписани|заброниров|бронир|график\w* работы",
        ),
        (
            "chat",
            r"\bчат|переписк|мессендж|диалог с|сообщени\w* (?:врачу|водителю|продавцу|"
            r"курьеру|поддержке|клиенту|администратору)|написать (?:сообщение|врачу|"
            r"водителю|продавцу|курьеру|в поддержку)",
        ),
        (
            "upload",
            r"загруз\w* (?:фото|файл|документ|видео|изображ|скан|аватар)|фотографи|"
            r"\bфото\b|прикреп|вложени|аватар",
        ),
        (
            "dashboard",
            r"дашборд|панел\w* (?:управлени|показател|мониторинг)|статистик|"
            r"аналитик|отч[её]т|показател|выручк|доход|сводк|график(?!\w* работы)",
        ),
    ),  # fmt: skip
    list_verbs=r"^(?:найти|искать|просматривать|просмотреть|посмотреть|смотреть|видеть|"
    r"увидеть|сравнить|сравнивать|отфильтровать|фильтровать|сортировать|отсортировать|изучить|"
    r"листать|читать|прочитать)$",
    status_verbs=r"^(?:отслеживать|отследить|следить|получать|наблюдать|узнавать|узнать)$",
    form_verbs=r"^(?:создать|добавить|зарегистрироваться|отправить|оставить|заполнить|"
    r"отредактировать|редактировать|изменить|подать|оформить|написать|ввести|указать|оценить|"
    r"загрузить|войти|выйти|подтвердить|восстановить|пригласить)$",
    meta_verbs=r"^(?:пользоваться|воспользоваться|использовать|иметь)$",
    browse_words=r"результат\w* поиска|каталог|подборк",
    tool_words=r"документ|таблиц|экспорт|импорт|редактор|отч[её]т|шаблон|накладн|"
    r"сч[её]т-фактур",
    containers=r"^(?:список|перечень|каталог|реестр|ленту|лента|историю|история)\s+",
    role_frame=r"^\W*(?:как|будучи)\s+(?P<role>[^,.;:]{1,80}?)\s*,\s*я\s+(?:хочу|хотел|могу)",
    subordinators=r"^(?:чтобы|что|как)\b",
    fields=(
        (r"\bимя\b|\bфио\b|регистрац|аккаунт|уч[её]тн\w* запис", "Имя", "Анна Смирнова"),
        (r"e-?mail|почт", "E-mail", "anna@example.com"),
        (r"телефон|\bsms\b|\bсмс\b", "Телефон", "+7 900 123-45-67"),
        (r"парол|регистрац|аккаунт|уч[её]тн\w* запис", "Пароль", "********"),
        (r"\bкарт[аоуыео]й?\b|оплат|плат[её]ж", "Номер карты", "4242 4242 4242 4242"),
        (r"\bкарт[аоуыео]й?\b|оплат|плат[её]ж", "Срок / CVC", "12/27  123"),
        (r"адрес|доставк", "Адрес", "ул. Ленина, 12"),
        (r"\bдат[аыу]\b|\bслот|расписани|записаться|брониров", "Дата и время", "Пт, 18:00–19:00"),
        (r"количеств|товар|корзин", "Количество", "2"),
        (r"\bцен[аыу]\b|стоимост|сумм", "Цена", "1 250"),
        (r"оцен|рейтинг", "Оценка", "4 из 5"),
        (r"отзыв|комментари", "Комментарий", "Быстро и вежливо, спасибо!"),
    ),
    messages=(
        ("declined", r"отклон|недостаточно средств", "{payment} отклонён. Попробуйте {method}."),
        (
            "nomatch",
            r"ничего не (?:найден|подход)|нет результат|не найдено",
            "Ничего не найдено. Попробуйте другие слова.",
        ),
        (
            "stale",
            r"не удалось загрузить|не загружа|не может быть загружен|устарел|"
            r"сервер недоступен|сервис недоступен|не отвечает",
            "Показаны последние известные данные; они могли устареть.",
        ),
        (
            "offline",
            r"соединени|связь|интернет|офлайн|оффлайн|\bсети\b",
            "Нет соединения. Введённое не потеряется.",
        ),
        (
            "busy",
            r"(?:время|слот|место)\w* (?:уже )?занят|занял",
            "Это время уже занято. Выберите другое.",
        ),
        (
            "taken",
            r"уже зарегистрир|(?:e-?mail|почт\w*|логин|телефон\w*) уже",
            "Такой {login} уже зарегистрирован.",
        ),
        (
            "invalid",
            r"не заполн|обязательн\w* пол|неверн|некоррект|невалидн|формат",
            "Проверьте поле «{field}»: оно не заполнено или заполнено неверно.",
        ),
        (
            "denied",
            r"нет прав|нет доступа|доступ запрещ|не разрешен|недостаточно прав",
            "У вас нет прав на это действие.",
        ),
        ("muted", r"уведомлени\w* (?:отключ|выключ)", "Уведомления отключены."),
    ),  # fmt: skip
    given=r"\s*дано:?\s+(.+?)[;,]?\s+когда\b",
    unhappy=r"\bне\b|\bнет\b|недоступ|ошибк|отмен|меньше|занят|зан[яи]л|невер|некоррект|пуст|ист[её]к|"
    r"отказ|отклон|потер|соединени|запрещ|превыш|слишком|уже (?:занят|зарегистр|существ|есть "
    r"так|сохран)",
    trying=r"пытаюсь|попыт",
    sees=r"\bвижу,?\s+что\s+(.+)",
    clause_end=r",\s+(?:и|а|но)\s+|;|\.\s",
    first_person=r"(?<!\w)(?:я|мне|меня|мной|мой|моя|моё|мое|мои|моего|моей|моих|моим|моему|"
    r"мою)(?!\w)",
    choice_preps=r"через|с помощью|по",
    joiners=r"или|либо",
    ands=r"и",
    leading=_STOPS | _ARTICLES,
    stops=_STOPS - _ARTICLES,
    articles=_ARTICLES,
    days=("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"),
    decimal=",",
    inflect=_inflect,
    label=_label,
    singular=_singular,
    plural=_plural,
    you=_you,
    is_verb=grammar.is_infinitive,
    slug=_slug,
)
