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
