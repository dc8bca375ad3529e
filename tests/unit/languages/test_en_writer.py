"""The English writer: requirements read into clauses, stories written back in English."""

import pytest

from generation.languages.en.clauses import is_person, read_clauses
from generation.languages.en.writing import EnglishWriter

WRITER = EnglishWriter()


def read(text: str) -> list[tuple]:
    return [(c.role, c.system, c.verb, c.rest) for c in WRITER.clauses(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Customers can cancel or reschedule a booking up to 12 hours before it.",
         [("customer", None, "cancel or reschedule", "a booking up to 12 hours before it")]),
        ("The system shall allow admins to export reports and archive old tickets.",
         [("admin", None, "export", "reports"), ("admin", None, "archive", "old tickets")]),
        ("Couriers accept delivery requests.", [("courier", None, "accept", "delivery requests")]),
        ("Export invoices as PDF", [(None, None, "export", "invoices as PDF")]),
        ("Users must be able to reset their password by email.",
         [("user", None, "reset", "my password by email")]),
        # The product's behaviour, for the person it serves.
        ("The app sends a reminder to the patient one day before the appointment.",
         [("patient", None, "receive", "a reminder one day before the appointment")]),
        # A story already written keeps its role and its reason.
        ("As a traveler, I want to reorder or delete items so that my trip reflects my choices.",
         [("traveler", None, "reorder or delete", "items")]),
        # Real items of tests/data/real: a feature named by nouns, a command after an adverb.
        ("In the future: online payment and reviews of doctors.",
         [(None, None, "", "online payment"), (None, None, "", "reviews of doctors")]),
        ("Easily browse available tools, rent what you need",
         [(None, None, "browse", "available tools"), (None, None, "rent", "what I need")]),
        ("Passwords must be hashed with bcrypt.",
         [(None, "Passwords", "be", "hashed with bcrypt")]),
        # A modal after "and" opens a wish of its own; "them" is what the first one named.
        ("Drivers pay for parking by card and can extend the session from the app.",
         [("driver", None, "pay", "for parking by card"),
          ("driver", None, "extend", "the session from the app")]),
        ("Users can create lists and can share them with friends.",
         [("user", None, "create", "lists"), ("user", None, "share", "lists with friends")]),
        ("Users create and can share lists.", [("user", None, "create and share", "lists")]),
        # The person the product reminds or notifies is the one the story is for.
        ("The app should remind the driver 10 minutes before the paid time ends.",
         [("driver", None, "receive", "a reminder 10 minutes before the paid time ends")]),
        ("The app notifies admins about failed payments.",
         [("admin", None, "receive", "a notification about failed payments")]),
        ("The system notifies about new orders.",
         [(None, None, "be notified about", "new orders")]),
        # Adjectives name a thing: "passes" is no verb of "monthly".
        ("Later: monthly passes for residents.",
         [(None, None, "", "monthly passes for residents")]),
        ("Wardens can check whether a car has a valid session.",
         [("warden", None, "check", "whether a car has a valid session")]),
        # A rule against more than N is the limit, from the side of the person it limits.
        ("The system shall prevent a member from borrowing more than 5 books at a time.",
         [("member", None, "borrow", "at most 5 books at a time")]),
        ("The system shall not allow users to upload more than 10 files per day.",
         [("user", None, "upload", "at most 10 files per day")]),
        ("Members cannot borrow more than 5 books at a time.",
         [("member", None, "borrow", "at most 5 books at a time")]),
    ],
)  # fmt: skip
def test_requirement_shapes_are_read(text, expected):
    assert read(text) == expected


def test_a_stated_reason_becomes_the_benefit():
    (clause,) = read_clauses(
        "As a budget-conscious user, I want to see total costs by category so I can stay "
        "within limits."
    )

    line = WRITER.story_line(clause.role, clause, WRITER.benefit(clause, WRITER.category(clause)))

    assert line == (
        "As a budget-conscious user, I want to see total costs by category, so that I can stay "
        "within limits."
    )


def test_titles_are_short_without_articles_or_asides_and_never_cut_mid_phrase():
    (clause,) = read_clauses("Add map & route view (connect POIs to Google Maps).")
    (limit,) = read_clauses("Patients can cancel an appointment no later than 12 hours before it.")

    assert WRITER.title(clause) == "Add map & route view"
    assert WRITER.title(limit) == "Cancel appointment"


def title(text: str, index: int = 0) -> str:
    return WRITER.title(WRITER.clauses(text)[index])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Users should be able to see the most often used tools first.",
         "See most often used tools first"),
        ("Parents want to be notified immediately if the centre manager cancels their booking.",
         "Get notified"),
        ("A user who clicks \"Teach\" must provide a topic and a level.",
         "Provide topic and level"),
        # tests/data/real/en-bumbershoot-srs.md: a feature named by its action
        ("Discovery of events, artists, and booths through schedule browsing and search.",
         "Discover events, artists, and booths"),
        ("Users can share event and artist information externally using native device "
         "mechanisms.", "Share event and artist information"),
        # tests/data/real/en-pikl-qa-assistant.md: a feature's name before its description
        ("Manual Call Upload - Simple web interface to upload MP3/WAV call recordings",
         "Manual Call Upload"),
        ("Stages", "Find stages"),
        ("The app should never block navigation.", "App never blocks navigation"),
    ],
)  # fmt: skip
def test_titles_end_where_a_phrase_ends(text, expected):
    assert title(text) == expected


def test_a_product_description_is_one_clause_per_role_and_action():
    clauses = read(
        "I want a food delivery app where customers order from nearby restaurants, couriers "
        "deliver and restaurants manage menus."
    )

    assert clauses == [
        ("customer", None, "order", "from nearby restaurants"),
        ("courier", None, "deliver", "orders"),
        ("restaurant", None, "manage", "menus"),
    ]


def test_a_relative_clause_of_the_subject_is_when_it_applies():
    (clause,) = WRITER.clauses('A user who clicks "Teach" must provide a topic and a level.')

    assert (clause.role, clause.verb, clause.condition) == (
        "user",
        "provide",
        'when I click "Teach"',
    )
    assert WRITER.goal(clause) == 'to provide a topic and a level when I click "Teach"'


def test_a_label_before_the_sentence_is_dropped():
    assert read("注意: the app must work offline.") == [(None, "app", "work", "offline")]
    assert read("Speed: Process a 10-minute call in under 2 minutes")[0][2] == "process"


def test_what_a_person_gains_is_the_benefit_not_a_second_feature():
    # tests/data/real/en-toolshare-idea.md
    (rent,) = WRITER.clauses(
        "Members can rent what they need, and save money while fostering a sense of community."
    )
    (tools,) = WRITER.clauses(
        "Owners can list their tools, earn extra cash, and help reduce waste."
    )

    assert (rent.verb, rent.rest) == ("rent", "what I need")
    assert benefit("Members can rent what they need, and save money.") == "I save money"
    assert tools.purpose == "I earn extra cash and help reduce waste"


def test_paying_with_a_card_is_about_what_is_owed_not_the_card():
    assert benefit("Pay with a card on the spot.") == (
        "I settle the amount due without cash or a visit"
    )


def test_a_stated_outcome_is_the_happy_paths_then():
    (clause,) = WRITER.clauses("Users can submit an order, and the app shows a confirmation.")
    happy = criteria("Users can submit an order, and the app shows a confirmation.")[0]

    assert (clause.rest, clause.outcome) == ("an order", "the app shows a confirmation")
    assert happy.endswith("then the app shows a confirmation.")


def test_a_forbidden_action_keeps_its_negation():
    accounts = criteria("The app shall not require user accounts.")
    posts = criteria("Members cannot edit other members' posts.")

    assert "with no sign-up or sign-in screen on the way" in accounts[0]
    assert "would usually need user accounts, when I use it, then it works without" in accounts[1]
    assert "nothing changes and I see that I cannot edit them" in posts[0]
    assert benefit("The app should never block navigation.") == (
        "the app never gets in my way by blocking navigation"
    )


def test_verbs_beyond_records_have_their_own_outcomes():
    delivered = criteria("Couriers deliver orders.")
    earned = criteria("Hosts can earn money from bookings.")
    notified = criteria("Parents want to be notified if the centre manager cancels their booking.")

    assert "marked as delivered" in delivered[0]
    assert "added to my balance" in earned[0]
    assert notified[0].startswith("Given the moment for the notification has come, when the centre")


def criteria(text: str) -> list[str]:
    (clause,) = WRITER.clauses(text)
    return WRITER.criteria(clause, WRITER.category(clause), "user")


def benefit(text: str) -> str:
    (clause,) = WRITER.clauses(text)
    return WRITER.benefit(clause, WRITER.category(clause))


def test_a_deadline_is_tested_on_both_sides_of_its_number():
    happy, unhappy = criteria("Customers can cancel a booking up to 12 hours before it.")

    assert happy.startswith("Given it is 13 hours before the booking, when I cancel a booking")
    assert unhappy.startswith("Given it is 11 hours before the booking, when I try to cancel")
    assert "only possible up to 12 hours before the booking" in unhappy


def test_a_size_limit_is_tested_at_the_limit_and_just_over_it():
    # tests/data/real/en-pikl-qa-assistant.md: "Process recordings up to 30 minutes"
    happy, unhappy = criteria("The QA manager can process recordings up to 30 minutes.")

    assert (
        happy == "Given a recording of 30 minutes, when I process recordings, then it is processed."
    )
    assert unhappy.startswith("Given a recording of 31 minutes, when I try to process recordings")


def test_a_count_limit_refuses_one_more():
    happy, unhappy = criteria("Users can store up to 100 call analyses.")

    assert happy.startswith("Given I have 99 call analyses, when I store one more")
    assert "Given I already have 100 call analyses" in unhappy
    assert "nothing is stored" in unhappy


def test_a_filter_names_what_it_filters_by_and_what_happens_when_nothing_matches():
    happy, unhappy = criteria("Customers can filter restaurants by cuisine and price.")

    assert "then only restaurants that match the cuisine and price I chose are shown" in happy
    assert unhappy.startswith("Given no restaurant matches the price I chose")


def test_listed_fields_give_an_unhappy_path_with_one_field_missing():
    *_, unhappy = criteria("Users can register by entering their name, email and password.")

    assert unhappy.startswith("Given I leave the email empty, when I try to register")
    assert unhappy.endswith("then I am asked for the email and nothing is registered.")


def test_each_verb_has_its_own_outcome_and_failure():
    published = criteria("Authors can publish an article.")
    generated = criteria("Managers can generate a monthly report.")
    invited = criteria("Owners can invite team members.")
    exported = criteria("Accountants can export invoices as PDF.")

    assert "the article is published and others can see it" in published[0]
    assert "it stays a draft" in published[1]
    assert "not enough data for the monthly report" in generated[1]
    assert "the person is already a member" in invited[1]
    assert "no empty file is made" in exported[1]
    assert len({c.split(", then ")[1] for c in published + generated + invited + exported}) == 8


def test_adding_people_grants_access_and_removing_them_has_its_own_criterion():
    # tests/data/real/en-library-user-stories.md
    happy, removed, unhappy = criteria("Library managers can add or remove staff members.")

    assert happy.startswith("Given the staff members have no access yet, when I add staff")
    assert "sign in with the access I gave them" in happy
    assert removed.startswith("Given the staff members are no longer needed, when I remove")
    assert "already have an account" in unhappy


def test_what_is_shown_follows_the_kind_of_thing():
    # tests/data/real/en-bumbershoot-srs.md: "see an event location", "see an event start time"
    place = criteria("Users can see an event location.")
    time = criteria("Users can see an event start time.")

    assert place[0].endswith(
        "then the event location is marked on the map and I can open directions."
    )
    assert "is not set yet" in time[1]
    assert benefit("Users can see an event location.") == "I can find my way to the event location"
    assert benefit("Users can see an event start time.") == (
        "I can plan my day around the event start time"
    )


def test_a_condition_is_the_situation_and_a_property_is_the_outcome():
    card = criteria("If the card is declined, the order is not placed.")
    hashed = criteria("Passwords must be hashed with bcrypt.")

    assert card[0].endswith("when the card is declined, then the order is not placed.")
    assert hashed[0] == (
        "Given a password is set, when it is saved, then only a hash of the password made with "
        "bcrypt is stored, never the password itself."
    )


def test_a_benefit_follows_from_the_requirement_not_from_its_category():
    benefits = [
        benefit(text)
        for text in (
            "Customers can filter restaurants by cuisine and price.",
            "Authors can publish an article.",
            "Managers can generate a monthly report.",
            "Accountants can export invoices as PDF.",
            "Members can cancel a book reservation.",
            "Energy segmented (Low/Med/High)",
        )
    ]

    assert benefits[0] == "I only look at restaurants with the cuisine and price I want"
    assert benefits[5] == "I can choose between Low, Med or High as it suits me"
    assert len(set(benefits)) == len(benefits)


def test_a_system_rule_is_a_wish_about_the_product():
    (clause,) = read_clauses("If the card is declined, the order is not placed.")

    line = WRITER.story_line("customer", clause, "I am never charged for nothing")

    assert line == (
        "As a customer, I want the order not to be placed if the card is declined, so that I am "
        "never charged for nothing."
    )


def test_people_are_told_from_things():
    people = ["driver", "manager", "visitor", "customer", "pharmacist", "attendee"]
    things = ["voiceover", "header", "server", "button", "order", "app"]

    assert all(is_person(word) for word in people)
    assert not any(is_person(word) for word in things)


def test_an_article_follows_the_roles_sound():
    (clause,) = read_clauses("Admins can block users.")

    assert WRITER.story_line("admin", clause, "x").startswith("As an admin, ")
    assert WRITER.story_line("user", clause, "x").startswith("As a user, ")


# A client's brief in the first person (tests/data/real/en-restaurant-owner-brief.md and the
# like): the "I" is a role the brief names somewhere, and its wishes are the requirements.


def test_given_a_brief_whose_i_names_its_role_later_when_read_then_earlier_wishes_get_it():
    writer = EnglishWriter()

    (wish,) = writer.clauses("I want to use this software in my other restaurants too.")
    writer.clauses("As the owner, I will be the only one adding/removing menu items.")

    assert (wish.role, wish.verb, wish.rest) == (
        "owner",
        "use",
        "this software in my other restaurants too",
    )


def test_given_i_own_a_business_when_read_then_it_is_no_story_but_the_role_of_i():
    writer = EnglishWriter()

    assert writer.clauses("I own 3 different restaurants in town.") == []
    (clause,) = writer.clauses("I want to have a list of menu items with prices.")

    assert clause.role == "restaurant owner"


def test_given_the_only_one_who_acts_when_read_then_the_exclusivity_is_the_constraint():
    writer = EnglishWriter()

    (clause,) = writer.clauses("As the owner, I will be the only one adding/removing menu items.")
    criteria = writer.criteria(clause, writer.category(clause), "owner")

    assert (clause.role, clause.verb, clause.rest) == ("owner", "add or remove", "menu items")
    assert clause.constraint == "only the owner"
    assert criteria[-1] == (
        "Given someone other than the owner is signed in, when they try to add or remove menu "
        "items, then they see that only the owner can do this, and nothing changes."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wish for what others can do is their story.
        ("I also want customers to add some tip while giving the orders.",
         [("customer", None, "add", "some tip while giving the orders")]),
        # The steps an example spells out are stories of the same people.
        ("I also want my customers to be able to give orders, like they can select a few of "
         "the menu items in a cart-like structure and then, they can give orders.",
         [("customer", None, "give", "orders"),
          ("customer", None, "select", "the menu items in a cart-like structure")]),
        # "And weekly, ...": the frequency belongs to what is seen.
        ("And weekly, I want to see a report of all orders and the workload on the waiters.",
         [(None, None, "see", "a weekly report of all orders"),
          (None, None, "see", "the weekly workload on the waiters")]),
        # "prices" after a comma is one more thing in the list, not a second action.
        ("I want to have a list of menu items with ingredients, allergen information, prices "
         "listed on the sides.",
         [(None, None, "have", "a list of menu items with ingredients, allergen information, "
           "prices listed on the sides")]),
        # A question the writer has is a choice they want to make.
        ("I don't know whether it should be animated or written in shiny text.",
         [(None, None, "decide", "whether it should be animated or written in shiny text")]),
    ],
)  # fmt: skip
def test_first_person_wishes_are_read_as_the_stories_they_ask_for(text, expected):
    assert read_fresh(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Existential sentences: the thing is a feature, or the action the sentence allows.
        ("There may be categories of foods.", [(None, None, "", "categories of foods")]),
        ("There should also be a tagline somewhere around the logo/company name that I can "
         "change time to time.",
         [(None, None, "change", "a tagline somewhere around the logo or company name time to "
           "time")]),
        # Coordinated subjects: the people named first, never "and other staff".
        ("The hosts and other staff can only set other information about the items.",
         [("host", None, "set", "other information about the items")]),
        ("Instructors or teaching assistants must be able to review submissions.",
         [("instructor", None, "review", "submissions")]),
        # A passive with its doer: the doer's story.
        ("Orders should be seen by the director so that he can assign a waiter to that order.",
         [("director", None, "see", "orders")]),
        # Where a thing sits on the page: what the page shows.
        ("A warning should be about raw meat consumption at the bottom of the page.",
         [(None, "page", "show", "a warning about raw meat consumption at the bottom")]),
    ],
)  # fmt: skip
def test_how_things_are_is_read_as_who_does_what(text, expected):
    assert read_fresh(text) == expected


def read_fresh(text: str) -> list[tuple]:
    """Read with a writer that has not yet learnt who the brief's "I" is."""
    return [(c.role, c.system, c.verb, c.rest) for c in EnglishWriter().clauses(text)]


def criteria_for(text: str) -> list[str]:
    (clause,) = WRITER.clauses(text)
    return WRITER.criteria(clause, WRITER.category(clause), clause.role or "user")


def test_details_of_several_things_promise_what_each_of_them_shows():
    criteria = criteria_for("View detailed information for events, artists, and booths")

    assert criteria[0].startswith("Given I open an event,")
    assert criteria[0].endswith("then I see its start and end time, its place and who is on.")
    assert "their photo, a short bio and when and where they appear" in criteria[1]
    assert "where it stands on the map" in criteria[2]
    assert criteria[-1].startswith("Given the start time of an event is not announced yet,")


def test_what_is_missing_depends_on_the_thing_shown():
    criteria = criteria_for("See artist descriptions when available")

    assert criteria[-1] == (
        "Given an artist has no bio yet, when I try to see artist descriptions when available, "
        "then their name and appearances still show, with no empty space for the bio."
    )


def test_a_list_of_things_shows_what_each_one_is():
    criteria = criteria_for("View festival announcements")

    assert criteria[0] == (
        "Given announcements are listed, when I view festival announcements, then each "
        "announcement shows its text and the time it was posted, the newest first."
    )


def test_marking_keeps_its_own_failure_and_shows_what_the_marked_thing_is():
    event = criteria_for("Mark an event as a favorite")
    artist = criteria_for("Mark an artist as a favorite")

    assert "the event shows among my marked items with its start and end time" in event[0]
    assert "the artist shows among my marked items with their photo" in artist[0]
    assert "a second time" in event[-1]
    assert event[0] != artist[0].replace("artist", "event")


def test_sharing_a_thing_shows_the_other_person_its_details():
    (first, last) = criteria_for("Share event information externally")

    assert first == (
        "Given I am looking at an event, when I share event information externally, then the "
        "person I share it with sees its start and end time, its place and who is on."
    )
    assert last.startswith("Given I withdraw the share,")


@pytest.mark.parametrize(
    ("feature", "outcome"),
    [
        ("Speaker diarization (identify agent vs. customer)",
         "then it identifies agent vs. customer."),
        ("Single-user access (no authentication required for prototype)",
         "then no authentication is required for prototype."),
        ("Accurate Scoring: QA scores align with human evaluation (tested on 5 calls)",
         "then QA scores align with human evaluation."),
        ("3 quick personas (e.g., Loving Partner, Tough-Love Buddy, Grandma) with one-liners",
         "then I can pick Loving Partner, Tough-Love Buddy or Grandma."),
    ],
)  # fmt: skip
def test_a_feature_named_by_nouns_promises_what_its_explanation_says(feature, outcome):
    assert criteria_for(feature)[0].endswith(outcome)


def test_a_bracket_that_only_names_things_is_no_promise():
    from generation.languages.en.features import explained_outcome

    assert explained_outcome("Compliance flags (critical issues)") is None
    assert explained_outcome("Analysis: Anthropic Claude API (Claude 3.5 Sonnet)") is None


def test_the_products_own_verbs_say_what_the_person_sees_and_how_it_fails():
    venues = criteria("The system associates events with venues.")
    check = criteria(
        "The app performs a lightweight change check against the sponsor's feed when the "
        "application is opened."
    )
    grouped = criteria(
        "The app groups appointments within each day by start time, with day headers."
    )

    assert venues[0].endswith("then each event shows the venue it belongs to.")
    assert "an event names no venue that is known" in venues[1]
    assert "then changes in the sponsor's feed show in the app" in check[0]
    assert check[1].startswith("Given the sponsor's feed cannot be reached,")
    assert "appear within each day under day headers in order of start time" in grouped[0]
    assert grouped[1].startswith("Given two appointments have the same start time,")


def test_a_verb_no_table_knows_is_written_from_its_qualifiers():
    (clause,) = WRITER.clauses("The app mirrors sponsor data from the festival's feed every night.")
    happy, unhappy = WRITER.criteria(clause, "other", "user")

    assert "I can see the result" not in happy and "something goes wrong" not in unhappy
    assert happy.endswith("then the sponsor data is mirrored from the festival's feed every night.")
    assert unhappy.startswith("Given the festival's feed cannot be reached,")
    assert unhappy.endswith(
        "then the sponsor data last mirrored stays shown, with the time of the last success."
    )


def test_a_forbidden_action_fails_in_its_own_situation():
    shared = criteria("The app shall never share health data with third parties.")
    browsing = criteria("The app does not require user accounts for browsing clinics.")

    assert "then none of the health data reaches third parties" in shared[0]
    assert "the report holds none of the health data" in shared[1]
    assert browsing[0].startswith("Given I open the app for the first time, when I browse clinics")
    assert not any("connection is slow" in c for c in shared + browsing)
    assert benefit("The app shall never share health data with third parties.") == (
        "my health data stays mine, out of the hands of anyone I did not choose"
    )


def test_a_property_is_checked_where_it_holds():
    (clause,) = WRITER.clauses("All health records are encrypted at rest.")
    happy, unhappy = WRITER.criteria(clause, "other", "user")
    mobile = criteria("The product is mobile-only (iOS and Android).")

    assert WRITER.goal(clause) == "the health records to be encrypted at rest"
    assert happy == (
        "Given a health record is entered, when it is saved, then the health record is stored "
        "encrypted and cannot be read from the raw database."
    )
    assert "unreadable" in unhappy
    assert mobile[0].endswith("then the product is mobile-only (iOS and Android).")
    assert not any("change would leave" in c for c in mobile)


def test_a_limit_in_brackets_holds_for_every_object_of_its_verb():
    text = "Pet owners can upload visit notes and vaccination records as PDF (max 10 MB)."
    notes, records = WRITER.clauses(text)

    assert notes.role == "pet owner" and notes.constraint == records.constraint == "max 10 MB"
    happy, unhappy = WRITER.criteria(records, "other", "pet owner")
    assert happy.startswith("Given a vaccination record of 10 MB, when I upload vaccination")
    assert unhappy.startswith("Given a vaccination record of 11 MB, when I try to upload")
    assert "at most 10 MB" in unhappy


def test_a_booking_window_ahead_is_a_maximum_not_a_deadline():
    happy, unhappy = criteria("Pet owners can book a vet appointment up to 30 days ahead.")

    assert happy.startswith("Given the vet appointment is 30 days ahead,")
    assert unhappy.startswith("Given the vet appointment would be 31 days ahead,")


def test_they_in_a_purpose_is_the_person_the_requirement_names():
    shared = (
        "Pet owners can share a pet's profile with a family member so they can see upcoming "
        "appointments."
    )
    (clause,) = WRITER.clauses(shared)

    assert WRITER.benefit(clause, "other") == "the family member can see upcoming appointments"
    assert benefit("Users can export their data so they can keep a backup.") == (
        "I can keep a backup"
    )


def test_noun_phrases_and_hyphenated_words_are_not_read_as_verbs_or_limits():
    assert read("Custom category records") == [(None, None, "", "Custom category records")]
    assert read("Audit events must be logged.")[0][1:3] == ("Audit events", "be")
    (clause,) = WRITER.clauses("The product is mobile-only (iOS and Android).")
    assert clause.constraint is None and "mobile-only" in WRITER.title(clause)


def story_of(*lines: str) -> tuple[str, str, list[str]]:
    """The goal, benefit and criteria of the last line, read after the others by one writer."""
    writer = EnglishWriter()
    clauses = [clause for line in lines for clause in writer.clauses(line)]
    clause = clauses[-1]
    criteria = writer.criteria(clause, writer.category(clause), "user")
    return writer.goal(clause), writer.benefit(clause, writer.category(clause)), criteria


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # tests/data/real/en-game-records-moscow.md: features named by a noun alone.
        (["Game achievements"], "I keep track of what I have achieved"),
        (["Game friends"], "I see what my friends are up to and can join them"),
        (["Hosted on a public domain"],
         "I can reach the app from anywhere without installing anything"),
        (["Custom category records"], "I can set up the category records the way that suits me"),
        (["Specific records related to games"], "I have the records that matter for each game"),
        (["Records on different games submitted to the application"],
         "I have the records for every game in one place"),
        # What the product keeps, when most of its items name it.
        (["Search for different records", "Add comments/notes to different records",
          "Custom category records", "Game items"],
         "I have a dated history of the game items to look back on"),
        (["Game items"], "I can count on the game items whenever I need them"),
    ],
)  # fmt: skip
def test_a_feature_named_by_a_noun_gains_what_its_words_or_the_product_say(lines, expected):
    assert story_of(*lines)[1] == expected


def test_categories_of_foods_are_not_kept_food_by_food():
    assert "every food" not in story_of("There may be categories of foods.")[1]


@pytest.mark.parametrize(
    "line",
    [
        "3 quick personas (e.g., Loving Partner, Tough‑Love Buddy, Grandma) with one‑liners.",
        "Timer for 2/5/10/20 (or template duration), Start/Pause/Done, swap persona.",
        "Premium (NudgeBud+): $3.99/mo or $29.99/yr (intro).",
        "Visual customisation (e.g. changing colours, themes)",
    ],
)
def test_the_kind_of_a_feature_gives_it_an_unhappy_path(line):
    from generation.quality import is_unhappy_path

    assert any(is_unhappy_path(c) for c in story_of(line)[2])


@pytest.mark.parametrize(
    ("line", "goal"),
    [
        ("On Done → inline toast “Tiny win banked.” (never blocks taps).",
         "on Done → inline toast (never blocks taps)"),
        ("Shows Selected Task with schedule summary (e.g., “M–F • 7:00 PM” + “Next: Tue 7:00 PM”).",
         "shows Selected Task with schedule summary"),
        ("Hosted on a public domain", "the app hosted on a public domain"),
        ("Shared lists", "shared lists"),
    ],
)  # fmt: skip
def test_goals_restate_without_quoting_what_the_product_shows(line, goal):
    assert story_of(line)[0] == goal


def test_this_is_what_the_same_sentence_names_and_a_few_of_is_no_object():
    status = "The customer can see this but only director can change the status of an order."
    items = "Customers can select a few of the menu items in a cart-like structure."

    assert read_fresh(status)[0] == ("customer", None, "see", "the status of an order")
    assert title(status) == "See status of order"
    assert title(items) == "Select menu items"


@pytest.mark.parametrize(
    "line",
    ["Results display page", "File upload component", "Team member review", "Raid Duration"],
)
def test_bare_nouns_ending_on_a_part_or_a_noun_first_word_name_a_feature(line):
    assert read(line) == [(None, None, "", line)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("A member can borrow at most 5 books at a time.", "Borrow up to 5 books"),
        ("The QA manager can store up to 100 call analyses.", "Store up to 100 call analyses"),
        ("Customers must order at least 2 items per order.", "Order at least 2 items"),
    ],
)
def test_a_limited_number_is_titled_by_what_it_counts(text, title):
    (clause,) = WRITER.clauses(text)

    assert WRITER.title(clause) == title
