"""English words of the catalogue of common journeys (``generation.stories.catalogue``)."""

from generation.languages.journeys import CatalogueWords, KindWords, RoleWords, step


def story_line(role: str, goal: str, benefit: str) -> str:
    article = "an" if role[:1].lower() in "aeiou" else "a"
    return f"As {article} {role}, I want to {goal}, so that {benefit}."


FOOD_DELIVERY = KindWords(
    cues=r"\b(?:food|meals?|dish(?:es)?|restaurants?|couriers?|takeaway|take-out|cafés?|cafes?|"
    r"menus?|deliver(?:y|ies|s|ed)?|order(?:s|ing)?)\b",
    roles={
        "customer": RoleWords(
            "customer",
            (
                (r"\bcustomers?\b", "customer"),
                (r"\bdiners?\b", "diner"),
                (r"\bbuyers?\b", "buyer"),
                (r"\bclients?\b", "client"),
            ),
        ),
        "courier": RoleWords(
            "courier",
            (
                (r"\bcouriers?\b", "courier"),
                (r"\bdrivers?\b", "driver"),
                (r"\briders?\b", "rider"),
                (r"\bdelivery (?:partners?|people|person)\b", "delivery partner"),
            ),
        ),
        "restaurant": RoleWords(
            "restaurant manager",
            (
                (r"\brestaurant (?:staff|employees?)\b", "restaurant employee"),
                (r"\brestaurant owners?\b", "restaurant owner"),
                (r"\brestaurants?\b", "restaurant manager"),
                (r"\bkitchens?\b", "kitchen manager"),
            ),
        ),
    },
    activities={
        "find": "Find food",
        "order": "Place an order",
        "receive": "Get the order",
        "deliver": "Deliver orders",
        "kitchen": "Run the kitchen",
    },
    steps={
        "browse": step(
            "Browse nearby restaurants",
            "browse the restaurants that deliver to my address",
            "I only look at places that can bring food to me",
            "Given three restaurants deliver to my address and one does not, when I open the "
            "list, then I see the three, each with its delivery time and fee.",
            "Given no restaurant delivers to my address right now, when I open the list, then "
            "I see that none is available and can change the address.",
            "browse restaurant|restaurant near|find restaurant|search restaurant",
        ),
        "search": step(
            "Search for a dish",
            "search for a dish by name",
            "I find what I crave without opening every menu",
            'Given two restaurants have "pad thai" on their menus, when I search for "pad '
            'thai", then I see both dishes with their restaurants and prices.',
            'Given no menu nearby has "ramen", when I search for it, then I see "nothing '
            'found" and suggestions of similar dishes.',
            "search dish|search food|search meal",
        ),
        "cart": step(
            "Add dishes to the cart",
            "add dishes to a cart and change their quantities",
            "I can build the whole order before paying",
            "Given my cart is empty, when I add two portions of soup, then the cart shows two "
            "soups and their total.",
            "Given my cart holds dishes from another restaurant, when I add a dish from this "
            "one, then I am asked whether to start a new cart and the dishes are not mixed.",
            "cart|basket",
        ),
        "checkout": step(
            "Check out with a delivery address",
            "check out with my delivery address and a note for the courier",
            "the order reaches the right door",
            "Given my cart and address are filled in, when I check out, then I see the order "
            "summary with the delivery fee and the expected arrival time.",
            "Given my address is outside the restaurant's delivery area, when I check out, then "
            "I see that it cannot deliver there and the order is not placed.",
            "checkout|check out|place order|delivery address",
        ),
        "pay": step(
            "Pay for the order",
            "pay for the order by card or wallet",
            "the restaurant starts cooking without waiting for cash",
            "Given my card is valid, when I pay, then the payment is confirmed and the "
            "restaurant receives the order.",
            "Given my card is declined, when I pay, then I see why and can try another method; "
            "the order is not sent to the restaurant.",
            "pay|payment",
        ),
        "track": step(
            "Track the order",
            "follow my order from the kitchen to my door",
            "I know when to expect the courier",
            "Given the restaurant has handed my order to the courier, when I open the order, "
            "then I see the courier on the map and the arrival time.",
            "Given the courier is running late, when the arrival time passes, then I see the "
            "new estimate and can contact support; the order is not marked delivered.",
            "track|order status",
        ),
        "rate": step(
            "Rate the order",
            "rate the food and the delivery after the order arrives",
            "other customers can choose restaurants by real experience",
            "Given my order was delivered, when I give the food four stars and the delivery "
            "five, then both ratings show on the order.",
            "Given my order was cancelled, when I open it, then I cannot rate it.",
            "rate|review|feedback",
        ),
        "reorder": step(
            "Repeat a past order",
            "repeat one of my past orders in one tap",
            "my usual dinner takes seconds to order",
            "Given I ordered a pizza last week, when I repeat that order, then the cart holds "
            "the same pizza at today's price.",
            "Given the pizza is no longer on the menu, when I repeat the order, then I see "
            "which dish is missing and the rest stays in the cart.",
            "repeat order|reorder|past order",
        ),
        "accept": step(
            "Accept a delivery request",
            "see delivery requests near me and accept one",
            "I take the jobs that fit my route",
            "Given a request is 1 km from me, when I accept it, then I see the restaurant's "
            "address and the request is offered to nobody else.",
            "Given another courier accepted the request a moment earlier, when I accept it, "
            "then I see that it is taken and it leaves my list.",
            "accept delivery|accept request|delivery request|accept order",
        ),
        "navigate": step(
            "Navigate to the customer",
            "get directions to the restaurant and then to the customer",
            "I do not lose time finding the way",
            "Given I picked up the order, when I open the route, then I see the way to the "
            "customer's address with the entrance note.",
            "Given the customer's address cannot be found on the map, when I open the route, "
            "then I see the customer's phone number to call.",
            "navigate|direction|route",
        ),
        "handover": step(
            "Mark the order delivered",
            "mark the order delivered when I hand it over",
            "the customer and the restaurant know the order is closed",
            "Given I handed the bag to the customer, when I mark the order delivered, then the "
            "customer sees it delivered and the order leaves my list.",
            "Given the customer does not answer at the door, when I try to mark the order "
            "delivered, then I am asked to report a failed delivery instead.",
            "mark delivered|hand over|handover|deliver order|deliver",
        ),
        "menu": step(
            "Manage the menu",
            "add, change and remove dishes with their prices and photos",
            "customers order what the kitchen really cooks",
            "Given I add a salad at 8.50, when I save the menu, then customers see the salad "
            "at that price.",
            "Given a dish has no price, when I save it, then I see that the price is required "
            "and the dish is not published.",
            "menu|manage dishes",
        ),
        "orders": step(
            "Accept incoming orders",
            "accept or decline each incoming order",
            "the kitchen only cooks what it can serve in time",
            "Given a new order arrives, when I accept it, then the customer sees that it is "
            "being cooked.",
            "Given we have run out of an ingredient, when I decline the order, then the "
            "customer is told and is not charged.",
            "accept order|incoming order|receive order",
        ),
        "sold-out": step(
            "Mark a dish sold out",
            "mark a dish sold out for the rest of the day",
            "nobody orders a dish we cannot cook",
            "Given the soup is sold out, when I mark it so, then customers cannot add it to a "
            "cart until tomorrow.",
            "Given a customer has the soup in an unpaid cart, when I mark it sold out, then "
            "their checkout stops and they see that the soup is no longer available.",
            "sold out|out of stock|unavailable",
        ),
    },
)

BOOKING = KindWords(
    cues=r"\b(?:appointments?|bookings?|book(?:s|ed)?|clinics?|doctors?|patients?|salons?|"
    r"barbers?|slots?|visits?|schedules?|reservations?|dentists?|therapists?|consultations?)\b",
    roles={
        "client": RoleWords(
            "client",
            (
                (r"\bpatients?\b", "patient"),
                (r"\bclients?\b", "client"),
                (r"\bcustomers?\b", "customer"),
                (r"\bguests?\b", "guest"),
            ),
        ),
        "specialist": RoleWords(
            "specialist",
            (
                (r"\bdoctors?\b", "doctor"),
                (r"\bdentists?\b", "dentist"),
                (r"\btherapists?\b", "therapist"),
                (r"\bstylists?\b|\bbarbers?\b", "stylist"),
                (r"\bspecialists?\b", "specialist"),
                (r"\btrainers?\b|\bcoach(?:es)?\b", "trainer"),
            ),
        ),
        "admin": RoleWords(
            "administrator",
            (
                (r"\badmin(?:istrator)?s?\b", "administrator"),
                (r"\breceptionists?\b|\breception\b", "receptionist"),
                (r"\bmanagers?\b", "manager"),
            ),
        ),
    },
    activities={
        "find": "Find a specialist",
        "book": "Book a visit",
        "visit": "Manage the booking",
        "work": "See the day's visits",
        "schedule": "Run the schedule",
    },
    steps={
        "find": step(
            "Find a specialist",
            "find a specialist by service and name",
            "I book with someone who does what I need",
            "Given two specialists offer the service I need, when I choose that service, then "
            "I see both with their nearest free time.",
            "Given nobody offers the service this month, when I choose it, then I see that "
            "there is no free time and can leave my phone number for a call back.",
            "find specialist|choose specialist|find doctor|choose doctor|select doctor",
        ),
        "profile": step(
            "View a specialist's profile",
            "see a specialist's experience, services and prices",
            "I know whom and what I am paying for",
            "Given a specialist has a profile, when I open it, then I see their experience, "
            "services and prices.",
            "Given the specialist no longer works here, when I open an old link to the "
            "profile, then I see that they are not taking bookings.",
            "profile|experience|price list",
        ),
        "book": step(
            "Book a free time slot",
            "choose a free time slot and book it",
            "I come when it suits me without calling",
            "Given 10:00 and 10:30 are free on Tuesday, when I book 10:30, then the booking is "
            "made and 10:30 is offered to nobody else.",
            "Given someone else took 10:30 while I was filling in the form, when I confirm, "
            "then I see that it is taken and the nearest free slots; no booking is made.",
            "book|free time|time slot|appointment|make booking",
        ),
        "prepay": step(
            "Pay online in advance",
            "pay for the visit online when I book",
            "I do not queue at the desk on the day",
            "Given the visit costs 40, when I pay by card, then the booking shows as paid.",
            "Given the payment fails, when I try to pay, then the booking stays unpaid and I "
            "can pay at the visit.",
            "pay|payment|prepay",
        ),
        "confirm": step(
            "Get a booking confirmation",
            "get a confirmation with the date, time and address",
            "I am sure the booking went through",
            "Given I booked Tuesday 10:30, when the booking is made, then I receive one message "
            "with the specialist, the address and the time.",
            "Given my phone number has a typo, when the message cannot be delivered, then I "
            "see the booking on the site with a warning to check my number.",
            "confirmation|confirm",
        ),
        "remind": step(
            "Get a reminder the day before",
            "get a reminder a day before the visit",
            "I do not forget the visit",
            "Given my visit is on Wednesday at 10:00, when Tuesday 10:00 comes, then I receive "
            "one reminder with the time and address.",
            "Given I cancelled the visit, when the reminder time comes, then no reminder is sent.",
            "reminder|remind",
        ),
        "change": step(
            "Cancel or reschedule a booking",
            "cancel or move my booking to another time",
            "the slot is freed when my plans change",
            "Given my visit is in two days, when I move it to Friday 9:00, then the booking "
            "shows the new time and the old slot is free again.",
            "Given the cancellation deadline has passed, when I try to cancel, then I "
            "see the deadline and a phone number; the booking does not change.",
            "cancel|reschedule|move booking|change booking",
        ),
        "review": step(
            "Review a specialist",
            "leave a review of the specialist after my visit",
            "others can choose a specialist by real experience",
            "Given I visited the specialist yesterday, when I give five stars and a comment, "
            "then the review shows on their profile.",
            "Given I never visited this specialist, when I open their profile, then I cannot "
            "leave a review.",
            "review|rate|feedback",
        ),
        "day": step(
            "See today's appointments",
            "see today's appointments in time order",
            "I can prepare for every visit",
            "Given I have four bookings today, when I open my schedule, then I see them in "
            "time order with each person's name and service.",
            "Given a booking was cancelled this morning, when I open my schedule, then that "
            "slot shows as free, not as a visit.",
            "schedule day|today appointment|list patient|list client|day schedule",
        ),
        "visit-notes": step(
            "Add notes after a visit",
            "add notes to a visit after it ends",
            "the next visit starts where this one stopped",
            "Given the visit is over, when I add a note, then the note is saved with the "
            "visit and only staff can see it.",
            "Given the visit has not taken place yet, when I try to add a note, then I cannot "
            "save it.",
            "visit note|note",
        ),
        "hours": step(
            "Set the specialists' working hours",
            "set each specialist's working hours and days off",
            "nobody is booked outside working hours",
            "Given I set Monday 9:00-13:00 for a specialist, when I save, then only those "
            "Monday slots can be booked with them.",
            "Given someone is booked at 12:00, when I shorten the day to end at 11:00, then I "
            "see the booking that would be lost and the hours are not changed.",
            "schedule|working hour|manage schedule|timetable",
        ),
        "no-show": step(
            "Mark a no-show",
            "mark a booking as a no-show",
            "we see who misses visits",
            "Given nobody came to the 10:30 visit, when I mark a no-show, then it shows in "
            "that person's booking history.",
            "Given the visit has not started yet, when I try to mark a no-show, then I cannot.",
            "no-show|no show|did not come|missed",
        ),
    },
)

LENDING = KindWords(
    cues=r"\b(?:rent(?:s|al|als|ing)?|borrow(?:s|ing|er|ers)?|lend(?:s|ing|er|ers)?|tools?|"
    r"equipment|drills?|neighbou?rs?|share your own|deposits?)\b",
    roles={
        "borrower": RoleWords(
            "borrower",
            (
                (r"\bborrowers?\b", "borrower"),
                (r"\brenters?\b", "renter"),
            ),
        ),
        "owner": RoleWords(
            "owner",
            (
                (r"\b(?:tool )?owners?\b", "owner"),
                (r"\blenders?\b", "lender"),
                (r"\bshare your own\b|\bneighbou?rs?\b", "owner"),
            ),
        ),
    },
    activities={
        "find": "Find a tool",
        "borrow": "Borrow a tool",
        "use": "Pick up and return",
        "lend": "Lend my tools",
    },
    steps={
        "browse": step(
            "Browse tools nearby",
            "browse the tools available near me",
            "I borrow from someone within walking distance",
            "Given two drills are listed within 2 km, when I search for a drill, then I see "
            "both with their price per day and distance.",
            "Given no drill is listed near me, when I search for one, then I see that none is "
            "available and can widen the distance.",
            "browse tool|find tool|search tool|available tool",
        ),
        "details": step(
            "View a tool's details",
            "see a tool's photos, condition, price and free dates",
            "I know what I will get before I ask",
            "Given a lawn mower is listed with photos, when I open it, then I see its "
            "condition, the price per day and the dates it is free.",
            "Given the owner has removed the listing, when I open an old link, then I see "
            "that the tool is no longer available.",
            "tool detail|photo|condition",
        ),
        "request": step(
            "Request to rent a tool",
            "request a tool for the dates I need",
            "I can plan my job around a confirmed date",
            "Given the drill is free on Saturday and Sunday, when I request those days, then "
            "the owner gets my request and I see it as pending.",
            "Given the drill is booked on Saturday, when I pick Saturday, then I cannot send "
            "the request and I see the nearest free dates.",
            "rent|request tool|book tool|borrow",
        ),
        "deposit": step(
            "Pay the rental and deposit",
            "pay the rental fee and a refundable deposit online",
            "the owner can lend without worrying about damage",
            "Given the owner accepted my request, when I pay 10 per day and a 50 deposit, "
            "then the rental is confirmed.",
            "Given my card is declined, when I pay, then the rental is not confirmed and the "
            "dates are held for one hour.",
            "pay|deposit|payment",
        ),
        "handover": step(
            "Arrange pickup and return",
            "agree with the owner on when to pick the tool up and bring it back",
            "neither of us waits at the door",
            "Given the rental is confirmed, when we agree on Saturday 9:00, then both of us "
            "see the pickup time and the return time.",
            "Given I am late returning the tool, when the return time passes, then the owner "
            "is told and I see the late fee; the rental is not closed.",
            "pickup|pick up|return tool|bring back",
        ),
        "message": step(
            "Message the owner",
            "message the owner about a tool",
            "I can ask how it works before I rent it",
            "Given I have a question about the mower, when I send a message, then the owner "
            "sees it in their inbox.",
            "Given the owner has blocked me, when I try to send a message, then I cannot.",
            "message|chat|contact owner",
        ),
        "review": step(
            "Rate the rental",
            "rate the tool and the owner after returning it",
            "neighbours can trust each other's listings",
            "Given I returned the drill, when I give four stars, then the rating shows on the "
            "owner's profile.",
            "Given the rental was cancelled, when I open it, then I cannot rate it.",
            "rate|review|feedback",
        ),
        "list": step(
            "List a tool for rent",
            "list a tool with photos and a price per day",
            "my tools earn money while I do not use them",
            "Given I add a drill with two photos at 10 per day, when I publish it, then "
            "neighbours nearby can find it.",
            "Given I did not set a price, when I publish the tool, then I see that the price "
            "is required and the tool is not listed.",
            "list tool|share tool|add tool|own tool|publish tool",
        ),
        "approve": step(
            "Approve a rental request",
            "approve or decline each rental request",
            "I decide who borrows my tools",
            "Given a neighbour asked for my drill for Saturday, when I approve, then they are "
            "told and Saturday is blocked for others.",
            "Given I decline the request, when I send my answer, then the borrower is told and "
            "is not charged.",
            "approve|accept request|decline request",
        ),
        "availability": step(
            "Set when a tool is available",
            "mark the dates my tool is not available",
            "nobody asks for it when I need it myself",
            "Given I need my ladder next weekend, when I block those dates, then nobody can "
            "request the ladder for them.",
            "Given the ladder is already rented next weekend, when I try to block those dates, "
            "then I see the rental and the dates stay as they are.",
            "availability calendar|block date|unavailable date",
        ),
        "returned": step(
            "Confirm the tool came back",
            "confirm the tool came back in good condition",
            "the deposit goes back only when all is well",
            "Given the drill came back working, when I confirm the return, then the deposit "
            "is returned to the borrower.",
            "Given the drill came back broken, when I report damage with a photo, then the "
            "deposit is not returned until the case is settled.",
            "confirm return|returned|damage",
        ),
        "earnings": step(
            "See my earnings",
            "see what each tool has earned",
            "I know which tools are worth lending",
            "Given my drill was rented three times this month, when I open my earnings, then "
            "I see the three payments and their total.",
            "Given a payment is still pending, when I open my earnings, then it shows as "
            "pending and is not counted in the total.",
            "earn|earning|cash|income",
        ),
    },
)

TASKS = KindWords(
    cues=r"\b(?:tasks?|to-?dos?|notes?|deadlines?|reminders?|checklists?|to-do lists?|"
    r"productivity|organi[sz]er)\b",
    roles={
        "user": RoleWords(
            "user",
            (
                (r"\bstudents?\b", "student"),
                (r"\bteam members?\b", "team member"),
                (r"\busers?\b", "user"),
            ),
        ),
    },
    activities={
        "capture": "Add tasks",
        "organise": "Organise tasks",
        "do": "Get things done",
    },
    steps={
        "add": step(
            "Add a task",
            "add a task with a short title",
            "nothing I have to do stays only in my head",
            'Given my list is empty, when I add "Buy a birthday present", then it appears at '
            "the top of my list.",
            "Given the title is empty, when I try to add the task, then it is not added and "
            "the title field is highlighted.",
            "add task|create task|new task",
        ),
        "deadline": step(
            "Set a due date",
            "set a due date on a task",
            "I see what has to be done first",
            "Given a task has no due date, when I set Friday, then the task shows Friday and "
            "moves up in the list by date.",
            "Given I pick a date in the past, when I save, then I see that the date has passed "
            "and the due date is not changed.",
            "due date|deadline|term",
        ),
        "edit": step(
            "Edit a task",
            "change a task's title and description",
            "the task says what I really have to do",
            'Given a task is titled "Call", when I change it to "Call the bank", then the '
            "list shows the new title.",
            "Given I clear the title, when I save, then the change is not saved and the old "
            "title stays.",
            "edit|change task|rename",
        ),
        "note": step(
            "Keep a note",
            "write a note that is not a task",
            "ideas and details are kept next to my tasks",
            "Given I write a note about a meeting, when I save it, then it shows under Notes, "
            "not in the task list.",
            "Given the note is empty, when I save it, then nothing is saved.",
            "note|record",
        ),
        "category": step(
            "Sort tasks into categories",
            "put tasks into categories such as Study or Work",
            "I see one area of my life at a time",
            'Given I create the category "Study", when I move two tasks into it, then the '
            "Study view shows exactly those two.",
            "Given a category still has tasks, when I try to delete it, then I am asked where "
            "to move them and no task is deleted yet.",
            "category|categor|folder|project",
        ),
        "priority": step(
            "Set a task's priority",
            "mark a task as high, normal or low priority",
            "I work on what matters most first",
            "Given two tasks are due today, when I mark one high, then it is shown above the "
            "other.",
            "Given no priority is chosen, when I save the task, then it gets normal priority, "
            "not high.",
            "priority",
        ),
        "search": step(
            "Search my tasks",
            "search my tasks and notes by a word",
            "I find an old task without scrolling",
            'Given I have a task "Pay rent", when I search for "rent", then I see that task.',
            'Given no task or note contains "visa", when I search for it, then I see "nothing '
            'found".',
            "search|find task|filter",
        ),
        "today": step(
            "See today's tasks",
            "see the tasks due today and those overdue",
            "I start the day knowing what to do",
            "Given two tasks are due today and one was due yesterday, when I open Today, then "
            "I see all three with the overdue one marked.",
            "Given no task is due today, when I open Today, then I see that the day is free, "
            "not an error.",
            "today|overdue|daily list",
        ),
        "done": step(
            "Mark a task done",
            "mark a task done",
            "my list shows only what is left",
            "Given a task is open, when I mark it done, then it leaves the list and shows in "
            "Done with today's date.",
            "Given I marked the wrong task done, when I undo it within 10 seconds, then it "
            "comes back and is not counted as done.",
            "done|complete|finish|check off",
        ),
        "remind": step(
            "Get a reminder",
            "get a reminder before a task is due",
            "I do not miss a deadline",
            "Given a task is due at 18:00 with a reminder an hour before, when 17:00 comes, "
            "then I get one reminder.",
            "Given I marked the task done at 16:00, when 17:00 comes, then no reminder is sent.",
            "remind|reminder|notification|notify",
        ),
        "delete": step(
            "Delete a task",
            "delete a task I no longer need",
            "my list is not cluttered",
            "Given a task is no longer needed, when I delete it and confirm, then it leaves "
            "every list.",
            "Given I deleted a task by mistake, when I choose Undo, then the task is restored "
            "and nothing is lost.",
            "delete|remove task",
        ),
        "repeat": step(
            "Repeat a task",
            "make a task repeat every day, week or month",
            "routine tasks come back by themselves",
            'Given "Water the plants" repeats weekly, when I mark it done, then the same task '
            "appears for next week.",
            "Given I stop the repetition, when I mark the task done, then no new task appears.",
            "repeat|recurring|every week",
        ),
    },
)

WORDS = CatalogueWords(
    story_line=story_line,
    kinds={
        "food-delivery": FOOD_DELIVERY,
        "booking": BOOKING,
        "lending": LENDING,
        "tasks": TASKS,
    },
)
