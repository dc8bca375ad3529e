"""English: the chrome, the sentences and the story patterns every other language mirrors."""

import re

from generation.languages import pack_for
from generation.wireframes.phrases import Phrases

_PHRASAL = {"sign", "log", "pick", "check", "set", "top", "opt", "look", "drop", "fill", "turn"}

WORDS = {
    # Chrome
    "Product": "Product",
    "user": "user",
    "Home": "Home",
    "Help": "Help",
    "Account": "Account",
    "account": "account",
    "Privacy": "Privacy",
    "Terms": "Terms",
    "url": "url",
    "logo": "logo",
    "footer": "footer",
    "image": "image",
    "back": "back",
    "Back to": "< Back to {activity}",
    "Signed in as": "Signed in as {role}",
    "status bar": "status bar",
    "Ready": "Ready  -  {product}  -  signed in as {role}",
    "menu": "File  Edit  View  Help",
    "Recent": "Recent",
    "Settings": "Settings",
    "Search...": "Search...",
    "nav": "nav",
    "btn": "btn",
    "button": "button",
    # Buttons
    "Cancel": "Cancel",
    "Continue": "Continue",
    "Save": "Save",
    "Search": "Search",
    "Apply": "Apply",
    "View": "View",
    "Refresh": "Refresh",
    "Pay now": "Pay now",
    "Send": "Send",
    "Upload": "Upload",
    "Book": "Book",
    "Choose file": "Choose file",
    "Clear search": "Clear search",
    "Notification settings": "Notification settings",
    "Contact support": "Contact support",
    "Retry": "Try again",
    # Forms
    "Details": "Details",
    "Note (optional)": "Note (optional)",
    "Enter": "Enter {label:lower}",
    "disabled": "({action} stays disabled until every field is valid.)",
    "choose": "Choose",
    # Lists
    "search": "search",
    "Search for": "Search {obj}…",
    "items": "items",
    "item": "item",
    "Name": "Name",
    "Detail": "Detail",
    "row": "{noun} {id}",
    "row ids": "A B C",
    "row details": "Detail|Detail|Detail",
    "filter": "filter: {filter:lower} v",
    "Any": "{filter}: [ Any {filter:lower} v ]",
    "list of": "list of {obj}",
    "pagination": "pagination",
    "Previous": "< Previous",
    "Next": "Page 1 of 3   Next >",
    # Status
    "status": "status",
    "progress bar": "progress bar",
    "map": "map",
    "updates": "updates",
    "refresh": "refresh",
    "request": "request",
    "Status": "Status: {step}",
    "order steps": "Placed|Preparing|On the way|Delivered",
    "steps": "Requested|In progress|Ready|Done",
    "step": "step 3 of 4",
    "Latest update": "Latest update: {text}",
    "Courier": "Map: courier 1.2 km away, arriving ~18:40",
    "Last updated": "Last updated 2 min ago",
    # Error states below the screen
    "Error state": "Error state",
    "Something went wrong": "Something went wrong. Try again.",
    "card": "card",
    "card words": r"card",
    "email words": r"email",
    "results": "results",
    "Card": "Card",
    "Payment": "Payment",
    "payment method": "payment method",
    "email": "email",
    "name": "name",
    "the highlighted field": "the highlighted field",
    # Map
    "Search nearby": "Address or place…",
    "Map": "Map",
    "you are here": "(*) you are here",
    "distances": "350 m|800 m|1.2 km",
    "Distance": "Distance",
    "place": "Place",
    # Calendar
    "Free times": "Free times",
    "Selected": "Selected: {day}, {time}",
    "slot legend": "[>10:00<] chosen   [ ----- ] taken",
    "date picker": "date picker",
    "time slots": "time slots",
    # Checkout
    "Your order": "Your order",
    "Article": "Item",
    "Total": "Total",
    "order summary": "order summary",
    # Dashboard
    "Period": "Period: [ This week v ]",
    "figure": "figure",
    "chart": "chart",
    "By day": "By day",
    "figure names": "Total|This week|Today",
    "figure values": "12 480|342|27",
    "figure change": "+8% on last week",
    # Chat
    "Support": "Support",
    "You": "You",
    "chat lines": "Hello! How can I help?|Hi, I have a question.|Of course, go ahead.",
    "Type a message": "Type a message…",
    "messages": "messages",
    "type a message": "type a message",
    # Upload
    "Drop files": "Drag files here or",
    "Accepted": "{formats}, up to {size}",
    "size": "10 MB",
    "drop zone": "drop zone",
    "file list": "file list",
    # Settings
    "toggle names": "Email|SMS|Push notifications",
    "Language": "Language:  [ English v ]",
    # Markdown: Layout
    "layout component": "- One component in isolation: {component}, shown with its states.",
    "top web": "- Top: browser bar and navigation ({places}).",
    "top mobile": '- Top: status bar and app bar with back button and "{task}".',
    "top desktop": "- Top: title bar, menu bar ({menu}) and a toolbar.",
    "left": "- Left: sidebar with {activity} and {task}.",
    "heading": '- Heading: "{title}".',
    "main": "- Main: {component}.",
    "image placeholder": "- Image placeholder (a box of X) above the main component.",
    "bottom": "- Bottom: back link, then the {bottom}.",
    "bottom web": "footer",
    "bottom mobile": "tab bar ({home}, {activity}, {account})",
    "bottom desktop": "status bar",
    "below": '- Below the screen, drawn on its own: an error state with "{message}"',
    "form words": "a form with {fields} and the {action} button",
    "list words": "a search box, filters and a table of {obj} with sample rows",
    "status words": "a status card with progress, the steps so far and the latest update",
    "checkout words": (
        "an order summary, then a payment form with {fields} and the {action} button"
    ),
    "map words": "a search box, a map with markers and the nearest {obj} with their distance",
    "calendar words": "a day picker, free time slots and the {action} button",
    "dashboard words": "figure cards ({figures}), a chart by day and a period selector",
    "chat words": "a message thread and a message box with the {action} button",
    "upload words": "a drop zone with a file chooser, the files with their progress",
    "settings words": "switches ({toggles}) and the {action} button",
    # Markdown: UI elements
    "el choice": "Choice ({choices}): how to {goal}; the first is selected.",
    "el input": 'Input "{label}": what the {role} enters to {goal}.',
    "el search": 'Search box and "{label}" button: narrows the list.',
    "el row button": 'Row button "{action}": {verb} that one row.',
    "el filter": 'Filter "{filter}": limits the list by {filter:lower}.',
    "el table": 'Table of {obj}: sample rows; the selected row is marked ">".',
    "el pagination": "Pagination: previous and next pages.",
    "el status card": "Status card with progress bar: where things stand now.",
    "el steps": "Step list: done [x], current [>], still to come [ ].",
    "el refresh": "Refresh button: loads the latest status.",
    "el primary": 'Primary button "{action}": {goal}; disabled until fields are valid.',
    "el cancel": "Cancel button: leaves without saving.",
    "el summary": "Order summary: the items, their prices and the total.",
    "el map": "Map: where you are (*) and the nearest {obj}, numbered as in the list below it.",
    "el map rows": 'List of {obj}: distance and a "{action}" button on each row.',
    "el days": "Day picker: the days of the week; the chosen day is in brackets.",
    "el slots": "Time slots: free ones can be chosen, taken ones are struck out; the chosen one "
    "is marked.",
    "el pick": 'Selector "{label}": narrows the free times.',
    "el confirm": 'Button "{action}": books the chosen time.',
    "el figures": "Figure cards: {figures}, each with its change over the period.",
    "el chart": "Chart: one bar per day of the period.",
    "el period": "Period selector: which days the figures cover.",
    "el thread": "Message thread: their messages on the left, yours on the right, with times.",
    "el compose": 'Message box and "{action}" button: sends the message.',
    "el drop": "Drop zone: drag files here or choose them; it says which files are accepted.",
    "el files": "File list: each file with its progress and a remove button [ x ].",
    "el upload": 'Button "{action}": sends the files.',
    "el toggles": "Switches: {toggles}; [x] is on.",
    "el save": 'Button "{action}": saves the changes; "{cancel}" leaves them as they were.',
    "el message": 'Message "{message}": shown when {given}.',
    "el nav": "{nav}: moves between {activity} and other parts of {product}.",
    "nav web": "Top navigation",
    "nav mobile": "Bottom tab bar",
    "nav desktop": "Sidebar and menu bar",
    # Markdown: Navigation
    "via web": "the top navigation",
    "via mobile": "the tab bar",
    "via desktop": "the sidebar",
    "comes from": '- Comes from: {activity} (via {via}), task "{task}".',
    "leads to": '- "{action}" leads to {next}.',
    "next form": "a confirmation screen, then the next step of the journey",
    "next list": "the selected {noun}'s details",
    "next status": "the same screen with the latest status",
    "next checkout": "a receipt with the order number",
    "next map": "the chosen {noun}, with directions",
    "next calendar": "a confirmation of the chosen time",
    "next dashboard": "the same figures for the chosen period",
    "next chat": "the same thread, with the message added",
    "next upload": "the uploaded files, ready to use",
    "next settings": "the same screen, with the changes saved",
    "back returns": "- Back returns to {activity}; nothing entered is lost.",
    "unhappy stay": "- Unhappy paths stay on this screen and show their message in place.",
    # Markdown: Notes
    "note unhappy": '- Unhappy path: "{message}"',
    "note criteria": "- Acceptance criteria covered:",
    "note assumes": "- Assumes the {role} is signed in; names and values are sample data.",
    "note wide": '- Wide characters (CJK, emoji) in the story are drawn as "?".',
}


_LEADING = set(
    "a an the my your our their his her its some all any each every be get notified informed "
    "alerted when if that this these those back down away whether".split()
)
_PREPS = set(
    "with by for from to on in at via using after before into as when so based without about "
    "of if while through per near within".split()
)
_ENDS = set("and or but nor than is are was were which who whose whom whether".split())
_NUMBERS = set("one two three four five six seven eight nine ten twelve twenty hundred".split())


def _second_person(text: str) -> str:
    """The story's "I" and "my" turned into "you" and "your" for a message on screen."""
    for pattern, repl in ((r"\bI am\b", "you are"), (r"\bI was\b", "you were"),
                          (r"\bI\b", "you"), (r"\bmy\b", "your"), (r"\bme\b", "you")):  # fmt: skip
        text = re.sub(pattern, repl, text, flags=re.I)
    return text


def _singular(word: str) -> str:
    """A plural English noun made singular, well enough for labels."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(s|sh|ch|x)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


PHRASES = Phrases(
    code="en",
    words=WORDS,
    headings=("Layout", "UI elements", "Navigation", "Notes"),
    kinds=(
        ("settings", r"\bsettings\b|\bpreferences\b|notification types?|\bopt (?:in|out)\b"),
        ("status", r"\btrack|\bmonitor|\bnotif|\breceipt|\bstatus\b|\bremind"),
        (
            "checkout",
            r"\bpay\b|\bpays\b|\bpaying\b|payment|checkout|check out|\bcart\b|basket|"
            r"\bbuy\b|\bbuys\b|purchase",
        ),
        ("map", r"\bmaps?\b|\blocation|nearby|near me|directions|\broutes?\b|\bgps\b"),
        (
            "calendar",
            r"\bslots?\b|calendar|\bschedul|appointment|\bbook(?:s|ing)?\b|reserv|"
            r"date and time|availability|\bshifts?\b",
        ),
        (
            "chat",
            r"\bchat|\bmessag(?:e|es|ing) (?:to|with|the|a|my)\b|send (?:a )?messages?|"
            r"conversation|\bdirect messages?",
        ),
        (
            "upload",
            r"upload|\battach|\bphotos?\b|\bpictures?\b|\bimages?\b|\bvideos?\b|"
            r"\bfiles?\b|\bavatar",
        ),
        (
            "dashboard",
            r"dashboard|statistic|analytics|\breports?\b|metrics|\bkpis?\b|revenue|"
            r"\bcharts?\b|earning|\bsales\b",
        ),
    ),  # fmt: skip
    list_verbs=r"^(?:search|browse|find|filter|discover|explore|view|see|compare|look|list|sort)$",
    status_verbs=r"^(?:track|monitor|follow|watch|notify|be|get|receive)$",
    form_verbs=r"^(?:sign|log|register|create|pay|order|buy|purchase|book|schedule|reserve|add|"
    r"enter|submit|send|write|post|rate|review|update|edit|change|set|upload|request|reset|"
    r"apply|checkout|check|fill|invite|contact|share|transfer|top|withdraw|deposit|donate|"
    r"subscribe|verify|confirm|import)$",
    meta_verbs=r"^(?:use|have|access|get)$",
    browse_words=r"results|suggestions|catalog",
    tool_words=r"\bdocuments?\b|spreadsheet|\bexport|\bimport|\beditor\b|\breports?\b|"
    r"\binvoices?\b|\btemplates?\b",
    containers=r"^(?:list|catalog(?:ue)?|set|number|range)\s+of\s+",
    fields=(
        (r"\bname\b|sign ?up|register|account", "Full name", "Ana Silva"),
        (r"e-?mail", "Email", "ana@example.com"),
        (r"phone|\bsms\b", "Phone", "+1 555 0100"),
        (r"password|sign ?up|register|account", "Password", "********"),
        (r"\bcard\b|\bpay\b|payment|checkout|check out", "Card number", "4242 4242 4242 4242"),
        (r"\bcard\b|\bpay\b|payment|checkout|check out", "Expiry / CVC", "12/27  123"),
        (r"address|deliver to", "Address", "12 High Street"),
        (r"\bslot|\bdate\b|schedule|\bbook|reserv", "Date and time", "Fri 18:00-19:00"),
        (r"quantity|\bitems?\b|cart", "Quantity", "2"),
        (r"\bprice|\bamount|\bcost", "Price", "12.50"),
        (r"\brate\b|rating", "Rating", "4 of 5"),
        (r"\breview|\bcomment|feedback|\bmessage", "Comment", "Quick and friendly, thanks!"),
    ),
    messages=(
        ("declined", r"declin", "{payment} declined. Try another {method}."),
        (
            "nomatch",
            r"nothing matches|no results?\b|no match",
            "No {obj} match your search. Try other words.",
        ),
        (
            "stale",
            r"cannot be loaded|out of date|unavailable",
            "Showing the last known status; may be stale.",
        ),
        (
            "offline",
            r"lost (?:my |the )?connection|offline|no connection",
            "No connection. Nothing is lost.",
        ),
        (
            "busy",
            r"(?:slot|time|seat|table)s? (?:is |was |are )?(?:already )?(?:taken|booked)",
            "This time is already taken. Choose another one.",
        ),
        (
            "taken",
            r"already (?:registered|exists|taken|in use)",
            "This {login} is already registered.",
        ),
        (
            "duplicate",
            r"already saved|twice|duplicate",
            "Already saved. Select it again to remove it.",
        ),
        (
            "invalid",
            r"missing|invalid|required|incorrect|wrong",
            "Check {field}: missing or invalid.",
        ),
        ("cancelled", r"cancel", "This {noun} was cancelled."),
        ("denied", r"permission|not allowed|denied", "You do not have permission to change this."),
        (
            "muted",
            r"notifications? (?:are |is )?(?:turned )?off|turned \w+ off",
            "Notifications are off.",
        ),
    ),  # fmt: skip
    given=r"\s*given\s+(.+?),?\s+when\b",
    unhappy=r"declin|invalid|missing|nothing matches|no results?\b|\bnot\b|cannot|can't|fail|"
    r"error|lost|cancel|already|wrong|expired|unavailable|denied|empty|\boff\b|out of stock|"
    r"exceed|too many|incorrect",
    choice_preps=r"by|with|via|using",
    joiners=r"or",
    ands=r"and",
    goal_prefix=r"^(?:the (?:app|system|site|product|platform|service)|it) to ",
    leading=frozenset(_LEADING | _PREPS | _NUMBERS | pack_for("en").stopwords) - {"and", "or"},
    stops=frozenset(_PREPS | _NUMBERS | _LEADING | _ENDS) - {"of"},
    articles=frozenset(_LEADING),
    links=frozenset({"of"}),
    phrasal=frozenset(_PHRASAL),
    button_words={"order": "Place order", "pay": "Pay now", "buy": "Buy now"},
    you=_second_person,
    singular=_singular,
    plural=lambda text: text.lower().endswith("s"),
)
