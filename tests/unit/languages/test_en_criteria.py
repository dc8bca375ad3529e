"""English criteria that follow what the requirement is for, not only its verb."""

from generation.languages.en.purposes import purpose_of
from generation.languages.en.writing import EnglishWriter


def criteria(text: str) -> list[str]:
    writer = EnglishWriter()
    (clause,) = writer.clauses(text)
    return writer.criteria(clause, writer.category(clause), clause.role or "user")


def test_a_purpose_is_read_as_who_can_then_do_what():
    purpose = purpose_of("the library can temporarily borrow books it doesn't have")

    assert (purpose.subject, purpose.doing) == (
        "the library",
        "temporarily borrow books it doesn't have",
    )
    assert purpose_of("I can add or remove books").verbs() == {"add", "remove"}
    assert purpose_of("I do not miss a reminder") is None


def test_search_results_show_what_the_search_is_for():
    # Given three people search the same catalogue for different ends
    member = criteria(
        "As a member I want to search the catalogue so that I can find books to check out."
    )
    staff = criteria(
        "As a clerk I want to search the catalogue so that I can keep tabs on inventory."
    )
    manager = criteria(
        "As a manager I want to search the catalogue so that I can add or remove books."
    )

    # Then each one's results show what that end needs
    assert member[0].endswith("each showing whether it is free to check out now.")
    assert staff[0].endswith("each showing how many are in stock.")
    assert manager[0].endswith("each with a way to remove it from there.")
    assert "can add a new book from there" in manager[1]
    assert "a way to widen the search" in member[1]


def test_a_search_for_no_particular_end_keeps_the_verbs_criteria():
    plain = criteria("As a member I want to search the catalogue.")

    assert plain[0].endswith("the closest first.")


def test_a_search_of_many_things_names_them_and_a_search_in_one_collection_its_entries():
    doctors = criteria("Patients search doctors by specialty.")
    bookings = criteria("As a guest I want to search my bookings by date.")
    catalogue = criteria("As a member I want to search the catalogue.")

    assert doctors[0].startswith("Given there are many doctors, when I search doctors")
    assert doctors[0].endswith("then I see the doctors that match, the closest first.")
    assert bookings[0].startswith("Given there are many bookings,")
    assert catalogue[0].startswith("Given there are many entries in the catalogue,")
    assert "then I see the matches in the catalogue" in catalogue[0]


def test_registering_in_a_role_gives_what_that_role_may_do():
    staff = criteria(
        "As a staff member I want to register as a staff member so I can manage the book catalogue."
    )
    admin = criteria("As an admin I want to register as an admin so that I can manage managers.")

    assert staff[0] == (
        "Given I have no account yet, when I register as a staff member, then my account is "
        "created with the staff member role and lets me manage the book catalogue."
    )
    assert admin[1] == (
        "Given my admin role is not confirmed yet, when I sign in, then I cannot manage managers "
        "until it is."
    )


def test_a_request_ends_with_the_answer_its_purpose_waits_for():
    renewal = criteria(
        "As a member I want to request a renewal so that I can keep a book past its return date."
    )
    loan = criteria(
        "As a clerk I want to request loans so that the library can borrow books it lacks."
    )

    assert renewal[0].endswith(
        "my request is sent and, once it is granted, I see the new return date."
    )
    assert loan[0].endswith("I am told whether the library can borrow books it lacks.")
    assert "an identical request of mine is still open" in loan[1]


def test_a_request_for_what_is_missing_meets_it_already_there():
    book = criteria(
        "As a member I want to request a book that is not in the catalogue so that it may be added."
    )

    assert book[0].endswith("I am told whether the book may be added.")
    assert book[1].startswith("Given the book is already in the catalogue, when I try to request")
    assert book[1].endswith("I am pointed to it and no request is made.")


def test_a_cancelled_request_may_have_been_answered_already():
    cancel = criteria("As a clerk I want to cancel renewal requests.")

    assert cancel[0].startswith("Given the renewal requests are still open,")
    assert cancel[1].startswith("Given the renewal requests were already answered,")


def test_removing_people_ends_their_access():
    _, removed, _ = criteria("Library managers can add or remove staff members.")

    assert removed.endswith(
        "the staff members can no longer sign in, and what they did stays on record."
    )


def test_a_yes_or_no_check_is_answered_both_ways_and_a_failed_lookup_is_no_no():
    checks = criteria("Wardens can check whether a car has a valid session by its plate number.")

    assert checks[0] == (
        "Given a car has a valid session, when I check whether a car has a valid session by "
        "its plate number, then I see a clear yes."
    )
    assert "then I see a clear no" in checks[1]
    assert checks[2].startswith("Given the plate number I enter matches nothing,")


def test_blocking_a_person_a_thing_and_time_promise_different_things():
    person = criteria("Admins can block users who post spam.")
    meter = criteria("Admins can block a broken parking meter.")
    time_off = criteria("Doctors can block time off.")

    assert "broke the rules" in person[0]
    assert meter[0] == (
        "Given the broken parking meter can still be used, when I block a broken parking "
        "meter, then the broken parking meter can no longer be used and is shown as blocked."
    )
    assert "can no longer be booked by anyone" in time_off[0]
    assert "someone has already booked the time" in time_off[1]


def test_things_near_me_are_the_things_not_me():
    spots = criteria("Drivers can see free parking spots near them on a map.")

    assert spots[0].startswith("Given the free parking spots are available,")
    assert "no me" not in spots[1]


def test_marking_a_state_records_it_and_marking_a_favourite_keeps_it_on_my_list():
    no_shows = criteria("The administrator marks no-shows.")
    done = criteria("As a user I want to mark tasks as done.")
    favourite = criteria("As a fan I want to mark an artist as a favorite.")

    assert no_shows[0] == (
        "Given the no-shows are not marked yet, when I mark no-shows, then the no-shows are "
        "marked in the list with the date and who marked them."
    )
    assert done[0].startswith("Given the tasks are not marked as done yet,")
    assert "among my marked items" in favourite[0]


def test_keeping_a_schedule_runs_it_and_a_days_list_is_in_time_order():
    schedule = criteria("The administrator keeps the doctors' schedule.")
    day = criteria("The doctor sees the list of patients for the day.")

    assert "apply at once for everyone concerned" in schedule[0]
    assert "after I close and reopen the app" not in " ".join(schedule)
    assert day[0] == (
        "Given several patients are planned for the day, when I see the list of patients for "
        "the day, then I see every patient of the day in time order, with the time of each."
    )
    assert day[1].startswith("Given nothing is planned for the day,")


def test_a_search_of_a_catalogue_finds_its_entries_not_catalogues():
    found = criteria("Members can search the catalogue by title, author or ISBN.")

    assert found[0].startswith("Given entries differ in title, author and ISBN,")
    assert "no entry matches the ISBN I chose" in found[1]


def test_a_fee_charged_by_the_day_is_worked_out_for_three_days():
    fee = criteria("Librarians can charge a late fee of 0.50 EUR per day.")

    assert fee[0] == (
        "Given the late fee is due for 3 days, when I charge a late fee of 0.50 EUR per day, "
        "then 1.50 EUR is added to the account of the person it is for, with the 3 days it "
        "covers."
    )
    assert "I know what I will pay" not in " ".join(fee)


def test_a_search_that_returns_results_in_time_is_no_returned_loan():
    timed = criteria("The catalogue search shall return results within 2 seconds.")

    assert timed[0].endswith("then I see the results within 2 seconds.")
    assert "no longer counts as mine" not in " ".join(timed)


def test_a_reminder_before_an_event_is_so_as_not_to_forget_it():
    writer = EnglishWriter()
    (clause,) = writer.clauses("The patient gets a reminder one day before the visit.")

    assert writer.benefit(clause, writer.category(clause)) == "I do not forget the visit"
