"""The status poll's query string is the client's to write: odd input is ignored, never a 500."""

import pytest

from tests.conftest import FOOD_DELIVERY, job_id_from
from webapp.jobs.views import MAX_SHOWN_IDS, _shown_ids

HTMX = {"HX-Request": "true"}
FIVE_THOUSAND_DIGITS = "9" * 5000
A_THOUSAND_IDS = ",".join(str(number) for number in range(1, 1001))


def submitted_job(auth) -> int:
    auth.register()
    return job_id_from(auth.submit(FOOD_DELIVERY))


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_an_anonymous_poll_with_a_huge_shown_id_is_sent_to_log_in(app, client, auth, headers):
    # Given a job and a client that has logged out
    job_id = submitted_job(auth)
    auth.logout()

    # When it polls with a 5,000-digit id and without one
    huge = client.get(f"/jobs/{job_id}/status?shown={FIVE_THOUSAND_DIGITS}", headers=headers)
    plain = client.get(f"/jobs/{job_id}/status", headers=headers)

    # Then both get the answer every anonymous status request gets: the login redirect
    assert huge.status_code == plain.status_code == 302
    assert huge.headers["Location"].startswith("/login?next=")
    assert plain.headers["Location"].startswith("/login?next=")


@pytest.mark.parametrize(
    "shown", [FIVE_THOUSAND_DIGITS, A_THOUSAND_IDS], ids=["5000-digits", "1000-ids"]
)
def test_the_owners_poll_with_too_many_or_too_long_ids_gets_the_fragment(app, client, auth, shown):
    # Given the owner of a job
    job_id = submitted_job(auth)

    # When the poll names more ids, or longer ones, than any page shows
    response = client.get(f"/jobs/{job_id}/status?shown={shown}", headers=HTMX)

    # Then the extra is ignored and the fragment comes back
    assert response.status_code == 200
    assert 'id="job-status"' in response.get_data(as_text=True)


def test_shown_ids_keeps_the_first_ids_of_at_most_twelve_digits():
    assert _shown_ids("3,4,x,,-5,٣") == {3, 4}
    assert _shown_ids(f"1,{'9' * 13},{'9' * 12}") == {1, 10**12 - 1}
    assert _shown_ids(A_THOUSAND_IDS) == set(range(1, MAX_SHOWN_IDS + 1))
    assert _shown_ids(FIVE_THOUSAND_DIGITS) == frozenset()
