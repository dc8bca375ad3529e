# Stories are prose in two languages; their lines are as long as a sentence needs.
# ruff: noqa: E501
"""Maps a product manager would keep, written by hand from the example in the quality guide.

The clinic booking idea of QUALITY.md, in Russian and in English, and a good map of each: the
backbone in the patient's order, roles from the text, benefits and criteria that say
something only this product needs, the future items in Later.
"""

from generation.schemas import ActivityDraft, StoryDraft, StoryMapDraft, TaskDraft

CLINIC_RU = (
    "Нужна система онлайн-записи в частную клинику. Пациент выбирает врача, услугу и "
    "свободное время, получает подтверждение по SMS и напоминание за сутки до приёма. "
    "Пациент может отменить или перенести запись не позже чем за 12 часов. Администратор "
    "ведёт расписание врачей и отмечает неявки. Врач видит список пациентов на день. "
    "В будущем — онлайн-оплата и отзывы о врачах."
)

CLINIC_EN = (
    "We need online booking for a private clinic. The patient chooses a doctor, a service and "
    "a free time slot, gets an SMS confirmation and a reminder one day before the visit. The "
    "patient can cancel or reschedule an appointment no later than 12 hours before it. The "
    "administrator keeps the doctors' schedules and marks no-shows. The doctor sees the list "
    "of patients for the day. In the future: online payment and reviews of doctors."
)


def _story(title, description, criteria, priority="MVP") -> StoryDraft:
    return StoryDraft(
        title=title, description=description, acceptance_criteria=criteria, priority=priority
    )


def _map(product, activities) -> StoryMapDraft:
    return StoryMapDraft(
        product_name=product,
        activities=[
            ActivityDraft(
                title=activity,
                tasks=[TaskDraft(title=task, stories=stories) for task, stories in tasks],
            )
            for activity, tasks in activities
        ],
    )


def clinic_map_ru() -> StoryMapDraft:
    return _map(
        "Онлайн-запись в клинику",
        [
            (
                "Найти врача",
                [
                    (
                        "Выбрать врача и услугу",
                        [
                            _story(
                                "Выбрать врача и услугу",
                                "Как пациент, я хочу выбрать врача и услугу, чтобы попасть к нужному специалисту.",
                                [
                                    "Дано: в клинике три терапевта; когда я выбираю услугу «Приём терапевта», "
                                    "тогда я вижу только этих трёх врачей.",
                                    "Дано: у врача нет услуги «УЗИ»; когда я выбираю её, тогда этот врач не "
                                    "предлагается.",
                                ],
                            )
                        ],
                    )
                ],
            ),
            (
                "Записаться на приём",
                [
                    (
                        "Выбрать время",
                        [
                            _story(
                                "Записаться на свободное время",
                                "Как пациент, я хочу выбрать свободное время у выбранного врача, чтобы "
                                "прийти, когда мне удобно.",
                                [
                                    "Дано: у врача Иванова свободно 10:00 и 10:30 во вторник; когда я "
                                    "выбираю 10:30 и подтверждаю, тогда запись создана и слот 10:30 больше "
                                    "никому не предлагается.",
                                    "Дано: слот 10:30 занял другой пациент, пока я заполнял форму; когда я "
                                    "подтверждаю, тогда я вижу, что время занято, и ближайшие свободные "
                                    "слоты; запись не создана.",
                                ],
                            )
                        ],
                    ),
                    (
                        "Получить подтверждение",
                        [
                            _story(
                                "Подтверждение записи по SMS",
                                "Как пациент, я хочу получить подтверждение по SMS, чтобы знать, что "
                                "запись принята.",
                                [
                                    "Дано: я записался к Иванову на вторник 10:30; когда запись создана, "
                                    "тогда приходит SMS с врачом, адресом и временем.",
                                    "Дано: в профиле нет номера телефона; когда запись создана, тогда я "
                                    "вижу подтверждение на экране и просьбу указать номер.",
                                ],
                            )
                        ],
                    ),
                    (
                        "Оплатить приём",
                        [
                            _story(
                                "Оплатить приём онлайн",
                                "Как пациент, я хочу оплатить приём онлайн, чтобы не стоять в очереди в "
                                "кассу.",
                                [
                                    "Дано: приём стоит 2000 рублей; когда я оплачиваю картой, тогда "
                                    "запись помечена оплаченной.",
                                    "Дано: банк отклонил карту; когда я оплачиваю, тогда запись остаётся "
                                    "неоплаченной и я могу оплатить в клинике.",
                                ],
                                "Later",
                            )
                        ],
                    ),
                ],
            ),
            (
                "Управлять записью",
                [
                    (
                        "Изменить запись",
                        [
                            _story(
                                "Перенести или отменить запись",
                                "Как пациент, я хочу отменить или перенести запись, чтобы освободить "
                                "время, если планы изменились.",
                                [
                                    "Дано: до приёма 20 часов; когда я отменяю запись, тогда она отменена "
                                    "и слот снова свободен.",
                                    "Дано: до приёма 11 часов; когда я пытаюсь отменить, тогда я вижу, что "
                                    "отмена возможна не позже чем за 12 часов; запись не изменилась.",
                                ],
                            )
                        ],
                    ),
                    (
                        "Получать уведомления",
                        [
                            _story(
                                "Напоминание за сутки",
                                "Как пациент, я хочу получить SMS за сутки до приёма, чтобы не забыть о "
                                "визите.",
                                [
                                    "Дано: приём в среду в 10:00; когда наступает вторник 10:00, тогда "
                                    "приходит одно напоминание с врачом и адресом.",
                                    "Дано: я отменил запись; когда наступает время напоминания, тогда SMS "
                                    "не отправляется.",
                                ],
                            )
                        ],
                    ),
                ],
            ),
            (
                "Прийти на приём",
                [
                    (
                        "Принять пациентов",
                        [
                            _story(
                                "Список пациентов на день",
                                "Как врач, я хочу видеть список пациентов на день, чтобы подготовиться к "
                                "приёмам.",
                                [
                                    "Дано: на среду ко мне записаны четыре пациента; когда я открываю "
                                    "среду, тогда вижу их по времени приёма.",
                                    "Дано: пациент отменил запись; когда я открываю список, тогда его в "
                                    "списке нет.",
                                ],
                            )
                        ],
                    ),
                    (
                        "Оценить врача",
                        [
                            _story(
                                "Отзыв о враче",
                                "Как пациент, я хочу оставить отзыв о враче после приёма, чтобы другие "
                                "могли выбрать специалиста.",
                                [
                                    "Дано: я был на приёме у Иванова вчера; когда я ставлю пять звёзд, "
                                    "тогда оценка видна в карточке врача.",
                                    "Дано: я не был на приёме у Петровой; когда я открываю её карточку, "
                                    "тогда кнопки отзыва нет.",
                                ],
                                "Later",
                            )
                        ],
                    ),
                ],
            ),
            (
                "Вести расписание",
                [
                    (
                        "Вести расписание врачей",
                        [
                            _story(
                                "Расписание врача",
                                "Как администратор, я хочу вести расписание врачей, чтобы пациенты видели "
                                "только реальные часы приёма.",
                                [
                                    "Дано: Иванов работает по вторникам с 9 до 15; когда я сохраняю "
                                    "расписание, тогда пациентам предлагаются слоты только в эти часы.",
                                    "Дано: на отпускной день уже есть записи; когда я закрываю этот "
                                    "день, тогда я вижу эти записи и расписание не сохраняется.",
                                ],
                            ),
                            _story(
                                "Отметить неявку",
                                "Как администратор, я хочу отметить, что пациент не пришёл, чтобы видеть, "
                                "кто пропускает приёмы.",
                                [
                                    "Дано: приём в 10:30 прошёл; когда я отмечаю неявку, тогда она видна в "
                                    "карточке пациента.",
                                    "Дано: приём ещё не начался; когда я пытаюсь отметить неявку, тогда "
                                    "кнопка недоступна.",
                                ],
                                "Release 1",
                            ),
                        ],
                    )
                ],
            ),
        ],
    )


def clinic_map_en() -> StoryMapDraft:
    return _map(
        "Clinic booking",
        [
            (
                "Find a doctor",
                [
                    (
                        "Choose a doctor and a service",
                        [
                            _story(
                                "Choose a doctor and a service",
                                "As a patient, I want to choose a doctor and a service, so that I see the right "
                                "specialist.",
                                [
                                    "Given the clinic has three GPs, when I choose the GP visit service, then I "
                                    "see only those three doctors.",
                                    "Given a doctor does not offer ultrasound, when I choose ultrasound, then "
                                    "that doctor is not offered.",
                                ],
                            )
                        ],
                    )
                ],
            ),
            (
                "Book a visit",
                [
                    (
                        "Pick a time",
                        [
                            _story(
                                "Book a free time slot",
                                "As a patient, I want to pick a free time slot with the chosen doctor, so "
                                "that I come when it suits me.",
                                [
                                    "Given Dr Ivanova is free at 10:00 and 10:30 on Tuesday, when I pick "
                                    "10:30 and confirm, then the booking exists and 10:30 is offered to "
                                    "nobody else.",
                                    "Given another patient took 10:30 while I filled in the form, when I "
                                    "confirm, then I see the time is taken and the nearest free slots; no "
                                    "booking is made.",
                                ],
                            )
                        ],
                    ),
                    (
                        "Get a confirmation",
                        [
                            _story(
                                "SMS confirmation",
                                "As a patient, I want an SMS confirmation, so that I know the clinic has "
                                "my booking.",
                                [
                                    "Given I booked Dr Ivanova for Tuesday 10:30, when the booking is "
                                    "saved, then an SMS with the doctor, address and time arrives.",
                                    "Given my profile has no phone number, when the booking is saved, then "
                                    "I see the confirmation on screen and a request for my number.",
                                ],
                            )
                        ],
                    ),
                    (
                        "Pay",
                        [
                            _story(
                                "Pay for the visit online",
                                "As a patient, I want to pay for the visit online, so that I skip the "
                                "queue at the desk.",
                                [
                                    "Given the visit costs 40 euros, when I pay by card, then the booking "
                                    "is marked paid.",
                                    "Given the bank declines my card, when I pay, then the booking stays "
                                    "unpaid and I can pay at the clinic.",
                                ],
                                "Later",
                            )
                        ],
                    ),
                ],
            ),
            (
                "Manage the appointment",
                [
                    (
                        "Change the appointment",
                        [
                            _story(
                                "Cancel or reschedule an appointment",
                                "As a patient, I want to cancel or reschedule my appointment, so that I "
                                "free the slot when my plans change.",
                                [
                                    "Given the visit is 20 hours away, when I cancel, then it is cancelled "
                                    "and the slot is free again.",
                                    "Given the visit is 11 hours away, when I try to cancel, then I see "
                                    "that changes close 12 hours before; the appointment is unchanged.",
                                ],
                            )
                        ],
                    ),
                    (
                        "Get reminders",
                        [
                            _story(
                                "Reminder one day before",
                                "As a patient, I want a reminder one day before the visit, so that I do "
                                "not forget it.",
                                [
                                    "Given a visit on Wednesday at 10:00, when Tuesday 10:00 comes, then "
                                    "one SMS with the doctor and address arrives.",
                                    "Given I cancelled the visit, when the reminder time comes, then no "
                                    "SMS is sent.",
                                ],
                            )
                        ],
                    ),
                ],
            ),
            (
                "Attend the visit",
                [
                    (
                        "See the day's patients",
                        [
                            _story(
                                "List of the day's patients",
                                "As a doctor, I want to see the list of patients for the day, so that I "
                                "prepare for each visit.",
                                [
                                    "Given four patients booked me for Wednesday, when I open Wednesday, "
                                    "then I see them in visit order.",
                                    "Given a patient cancelled, when I open the list, then that patient is "
                                    "not on it.",
                                ],
                            )
                        ],
                    ),
                    (
                        "Review the doctor",
                        [
                            _story(
                                "Review a doctor",
                                "As a patient, I want to review a doctor after my visit, so that others "
                                "can choose a specialist.",
                                [
                                    "Given I saw Dr Ivanova yesterday, when I give five stars, then the "
                                    "rating shows on her profile.",
                                    "Given I never visited Dr Petrova, when I open her profile, then there "
                                    "is no review button.",
                                ],
                                "Later",
                            )
                        ],
                    ),
                ],
            ),
            (
                "Keep the schedule",
                [
                    (
                        "Keep the doctors' schedules",
                        [
                            _story(
                                "Doctor's schedule",
                                "As an administrator, I want to keep the doctors' schedules, so that "
                                "patients only see real opening hours.",
                                [
                                    "Given Dr Ivanova works Tuesdays 9 to 15, when I save her schedule, "
                                    "then patients are offered slots only in those hours.",
                                    "Given a holiday already has bookings, when I close that day, then I "
                                    "see those bookings and the schedule is not saved.",
                                ],
                            ),
                            _story(
                                "Mark a no-show",
                                "As an administrator, I want to mark that a patient did not come, so that "
                                "we see who misses visits.",
                                [
                                    "Given the 10:30 visit is over, when I mark a no-show, then it shows on "
                                    "the patient's record.",
                                    "Given the visit has not started yet, when I try to mark a no-show, "
                                    "then the button is disabled.",
                                ],
                                "Release 1",
                            ),
                        ],
                    )
                ],
            ),
        ],
    )
