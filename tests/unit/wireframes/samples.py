"""Stories and a drawing the wireframe tests share: a checkout, a search and a sign-up."""

from wcwidth import wcswidth

from generation.wireframes import StoryContext

CHECKOUT = StoryContext(
    product_name="Food delivery app",
    activity="Pay",
    task="Pay by card or Apple Pay",
    title="Pay by card or Apple Pay",
    description=(
        "As a customer, I want to pay by card or Apple Pay, so that I can complete my purchase "
        "quickly and securely."
    ),
    acceptance_criteria=[
        "Given my payment details are valid, when I pay by card or Apple Pay, then I am charged "
        "once and get a receipt.",
        "Given my payment is declined, when I pay by card or Apple Pay, then I see why, I am not "
        "charged, and I can try another payment method without starting over.",
        "Given I have lost my connection, when I pay by card or Apple Pay, then I am told it did "
        "not go through and nothing I entered is lost.",
    ],
)
SEARCH = StoryContext(
    productName="Food delivery app",  # the alias the map JSON uses works too
    activity="Find restaurants",
    task="Search for dishes",
    title="Search for dishes",
    description="As a customer, I want to search for dishes, so that I can find what I need.",
    acceptanceCriteria=[
        "Given there are results that match, when I search for dishes, then I see the matching "
        "results, the most relevant first.",
        'Given nothing matches, when I search for dishes, then I see a clear "no results" '
        "message and a way to change my search.",
    ],
)
SIGN_UP = StoryContext(
    product_name="QuickCart",
    activity="Sign up",
    task="Create account",
    title="Create an account with email and password",
    description=(
        "As a shopper, I want to create an account with email and password, so that I can "
        "start using the product straight away."
    ),
    acceptance_criteria=[
        "Given I am a new shopper and enter valid details, when I create an account, then my "
        "account is created and I am signed in.",
        "Given my email is already registered, when I create an account, then I see what to fix "
        "and no account is created.",
    ],
)
STORIES = {"checkout": CHECKOUT, "search": SEARCH, "sign-up": SIGN_UP}

# The same kind of stories in the languages the map is written in (the clinic is QUALITY.md's).
RU_BOOKING = StoryContext(
    product_name="Клиника «Здоровье»",
    activity="Записаться на приём",
    task="Выбрать время",
    title="Записаться на свободное время",
    description=(
        "Как пациент, я хочу выбрать свободное время у выбранного врача, чтобы прийти, "
        "когда мне удобно."
    ),
    acceptance_criteria=[
        "Дано: у врача Иванова свободно 10:00 и 10:30 во вторник; когда я выбираю 10:30 и "
        "подтверждаю, тогда запись создана и слот 10:30 больше никому не предлагается.",
        "Дано: слот 10:30 занял другой пациент, пока я заполнял форму; когда я подтверждаю, "
        "тогда я вижу, что время занято, и ближайшие свободные слоты этого врача.",
    ],
)
ES_BOOKING = StoryContext(
    product_name="Mesa Libre",
    activity="Reservar mesa",
    task="Elegir hora",
    title="Reservar una mesa para esta noche",
    description=(
        "Como cliente, quiero reservar una mesa para dos personas a una hora libre, para no "
        "tener que esperar en la puerta."
    ),
    acceptance_criteria=[
        "Dado que hay mesas libres a las 21:00, cuando elijo esa hora y confirmo, entonces la "
        "reserva queda hecha y recibo un correo.",
        "Dado que otra persona reservó la última mesa mientras yo elegía, cuando intento "
        "confirmar, entonces veo que esa hora ya no está disponible y las horas libres más "
        "cercanas.",
    ],
)
DE_CHECKOUT = StoryContext(
    product_name="Budget Binder",
    activity="Abo bezahlen",
    task="Mit Karte bezahlen",
    title="Abo mit Karte oder PayPal bezahlen",
    description=(
        "Als Nutzer möchte ich mein Abo mit Karte oder PayPal bezahlen, damit ich alle "
        "Funktionen nutzen kann."
    ),
    acceptance_criteria=[
        "Angenommen, meine Karte ist gültig, wenn ich bezahle, dann wird das Abo sofort aktiv.",
        "Angenommen, die Zahlung wird von der Bank abgelehnt, wenn ich versuche zu bezahlen, "
        "dann sehe ich den Grund und kann eine andere Zahlungsart wählen.",
    ],
)
FOREIGN = {"ru": RU_BOOKING, "es": ES_BOOKING, "de": DE_CHECKOUT}

# A 60-column box with junctions, the smallest drawing the web lint accepts.
GOOD_BOX = "\n".join(
    [
        "┌" + "─" * 58 + "┐",
        "│ " + "Checkout".ljust(56) + " │",
        "├" + "─" * 28 + "┬" + "─" * 29 + "┤",
        "│ " + "Card".ljust(26) + " │ " + "[ Pay now ]".ljust(27) + " │",
        "└" + "─" * 28 + "┴" + "─" * 29 + "┘",
    ]
)


def line_widths(drawing: str) -> set[int]:
    """The display widths of a drawing's lines; one width means a straight right edge."""
    return {wcswidth(line) for line in drawing.split("\n")}


def screen_and_states(drawing: str) -> tuple[str, str]:
    """A high-fidelity drawing split into the screen and the error states drawn below it."""
    lines = drawing.split("\n")
    start = next((i for i, line in enumerate(lines) if i and line.startswith("┌─ ")), len(lines))
    return "\n".join(lines[:start]), "\n".join(lines[start:])
