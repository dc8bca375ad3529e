"""Requirement texts of every shape the product meets, for tests of the whole pipeline.

Prose, a bulleted PRD, headings with bullets, a one-liner, other scripts, pasted HTML and a
50,000-character document; tests/data/ holds the longer realistic documents.
"""

from functools import cache

from generation.schemas import StoryMapDraft
from generation.stories import draft_map

FOOD_DELIVERY = (
    "A food delivery app where customers order from nearby restaurants, couriers pick up and "
    "deliver orders, and restaurant staff manage menus. Customers must be able to sign up with "
    "email or phone. Customers can browse restaurants by cuisine and search for dishes. "
    "Customers should be able to save favourite restaurants so that they can reorder quickly. "
    "Customers must pay by card or Apple Pay. Customers can track their order on a map in real "
    "time. Couriers will be notified when an order is ready for pickup. Couriers can accept or "
    "decline delivery requests. Restaurant staff must be able to update prices and mark dishes "
    "as sold out. Customers could rate couriers to help other customers choose. The app should "
    "send a receipt by email after each order."
)

BULLETED_PRD = """# QuickCart - Product Requirements

## Overview
QuickCart is a grocery delivery app for busy families.

## Must have
- Users can create an account with email and password
- Search products by name or category
- Add items to a cart and check out
- Pay with credit card

## Should have
- Users should be able to schedule a delivery slot
- Track the delivery on a map

## Could have
- Recipe suggestions based on the cart
- Dark mode

## Out of scope
- Users can pay in cash
"""

HEADINGS_WITH_BULLETS = """# PetPal

PetPal helps dog owners find trusted walkers nearby.

## Onboarding
- Owners sign up with their phone number
- Walkers must verify their identity before accepting walks

## Finding a walker
- Owners can filter walkers by price, rating and distance
- Owners can view a walker's profile and reviews

## Booking
- Owners can book a walk for a specific time
- Owners can cancel a booking up to 2 hours before the walk
- Walkers can accept or reject booking requests

## Payments
- Owners pay through the app after the walk
- Walkers receive weekly payouts

## Walk tracking
- Owners can follow the walk live on a map
- Owners receive a photo when the walk ends
"""

ONE_LINER = "An app where students swap used textbooks with classmates on campus."

INTERNATIONAL = (
    "Приложение для доставки еды 🍕. Клиенты заказывают еду в ресторанах. "
    "Курьеры доставляют заказы быстро 🚴.\n外卖应用。顾客可以在线点餐。骑手负责配送订单。😀🎉"
)

HTML_AND_CODE = """<html><head><title>Booking tool</title><style>body { color: red; }</style></head>
<body>
<h1>Salon Booker</h1>
<p>Clients can <b>book appointments</b> online &amp; get reminders.</p>
<ul><li>Stylists must be able to set their working hours</li>
<li>Clients should receive an SMS reminder 24 hours before</li></ul>
<script>alert("x"); var a = 1;</script>
```python
def book(slot):
    return slot.reserve()
```
const total = items.reduce((a, b) => a + b, 0);
The admin can export monthly revenue reports.
</body></html>"""

SAMPLES = {
    "food delivery prose": FOOD_DELIVERY,
    "bulleted PRD": BULLETED_PRD,
    "headings with bullets": HEADINGS_WITH_BULLETS,
    "one-liner": ONE_LINER,
    "Cyrillic, CJK and emoji": INTERNATIONAL,
    "HTML and code": HTML_AND_CODE,
}


def fifty_thousand_characters() -> str:
    """A long requirements document: many numbered requirements for many roles."""
    roles = ["Customers", "Couriers", "Restaurant staff", "Admins", "The app"]
    wants = [
        "can browse restaurants in district {n}",
        "must pay invoice {n} by card",
        "should track delivery {n} on a map",
        "could export report {n} as CSV",
        "can update menu section {n}",
        "must receive a notification when order {n} is ready",
    ]
    lines = ["# Big Food Platform", ""]
    n = 0
    while sum(len(line) + 1 for line in lines) <= 50_100:
        if n % 40 == 0:
            lines += ["", f"## Area {n // 40}", ""]
        lines.append(f"- {roles[n % len(roles)]} {wants[n % len(wants)].format(n=n)}.")
        n += 1
    text = "\n".join(lines)[:50_000]
    return text[:-1] + "." if text[-1].isspace() else text  # the app hands over trimmed text


BIG_DOCUMENT = fifty_thousand_characters()


@cache
def generated(text: str) -> StoryMapDraft:
    """The map for a text, made once for the tests that only read it."""
    return draft_map(text).draft
