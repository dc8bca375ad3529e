"""My maps (issue 18): pages of 20, search by name and text, sort, rename and delete from the
list, and each job's requirements one click from its row."""

import html
import re
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from tests.conftest import AuthActions
from webapp.extensions import db
from webapp.models import Job, MapChange, Project, User

HTMX = {"HX-Request": "true"}
START = datetime(2024, 1, 1, tzinfo=UTC)


def add_maps(app, email: str, names: list[str], requirements: str | None = None) -> list[int]:
    """Give the user a map for each name, a minute apart in that order (the last is newest)."""
    with app.app_context():
        user = db.session.scalar(sa.select(User).where(User.email == email))
        projects = [
            Project(
                user_id=user.id,
                product_name=name,
                requirements=requirements or f"Requirements of {name}.",
                generator="offline",
                created_at=START + timedelta(minutes=number),
            )
            for number, name in enumerate(names)
        ]
        db.session.add_all(projects)
        db.session.commit()
        return [project.id for project in projects]


def listed_names(page: str) -> list[str]:
    """The product names in the list's rows, top to bottom."""
    return re.findall(r'<td class="map-name"><a href="/maps/\d+">([^<]*)</a>', page)


def token(client) -> str:
    return AuthActions(client).token("/maps/new")


def saved_name(app, project_id: int) -> str:
    with app.app_context():
        return db.session.get(Project, project_id).product_name


@pytest.fixture
def ada(app, client, auth):
    auth.register("ada@example.com")
    return client


def test_45_maps_make_three_pages_and_the_third_holds_five(app, ada):
    # Given 45 maps
    add_maps(app, "ada@example.com", [f"Product {n:02d}" for n in range(45)])

    # When Ada pages through her list
    first = ada.get("/maps").get_data(as_text=True)
    third = ada.get("/maps?page=3").get_data(as_text=True)

    # Then 20 maps a page, newest first, and the third page has the last five
    assert listed_names(first) == [f"Product {n:02d}" for n in range(44, 24, -1)]
    assert listed_names(third) == [f"Product {n:02d}" for n in range(4, -1, -1)]
    assert "45 maps" in first and "1–20 shown" in first and "41–45 shown" in third
    assert 'href="/maps?page=2"' in first and "Older →" in first
    assert 'aria-current="page">3<' in third and "Older →" not in third
    assert 'href="/maps?page=2"' in third and "← Newer" in third


@pytest.mark.parametrize("value", ["0", "-1", "x", "", str(10**30), "2.5", "99"])
def test_a_bad_or_too_big_page_answers_a_normal_page(app, ada, value):
    add_maps(app, "ada@example.com", [f"Product {n:02d}" for n in range(25)])

    response = ada.get(f"/maps?page={value}")

    assert response.status_code == 200
    names = listed_names(response.get_data(as_text=True))
    # The first page for nonsense, the last one for a page past the end
    expected = 5 if value in (str(10**30), "99") else 20
    assert len(names) == expected


def test_search_finds_maps_by_product_name_and_by_requirements_text(app, ada):
    add_maps(app, "ada@example.com", ["Pet clinic", "Bakery shop"])
    add_maps(app, "ada@example.com", ["Courier app"], requirements="Customers tip the PET sitter.")
    add_maps(app, "ada@example.com", ["Gym"], requirements="Members book classes.")

    by_name = ada.get("/maps?q=bakery").get_data(as_text=True)
    by_text = ada.get("/maps?q=pet").get_data(as_text=True)

    assert listed_names(by_name) == ["Bakery shop"]
    assert "1 map matches “bakery”" in by_name
    assert sorted(listed_names(by_text)) == ["Courier app", "Pet clinic"]
    assert "2 maps match “pet”" in by_text
    assert 'href="/maps"' in by_text and "Clear the search" in by_text


def test_search_ignores_case_in_cyrillic_too(app, ada):
    add_maps(app, "ada@example.com", ["Корзина покупок", "Доставка еды"])
    add_maps(app, "ada@example.com", ["Магазин"], requirements="Покупатель кладёт товар в КОРЗИНУ.")

    for query in ("корзин", "КОРЗИН", "Корзин"):
        page = ada.get("/maps", query_string={"q": query}).get_data(as_text=True)
        assert sorted(listed_names(page)) == ["Корзина покупок", "Магазин"], query


def test_percent_and_underscore_in_a_search_are_plain_characters(app, ada):
    add_maps(app, "ada@example.com", ["100% uptime", "Plain name", "snake_case tool"])

    percent = ada.get("/maps", query_string={"q": "%"}).get_data(as_text=True)
    underscore = ada.get("/maps", query_string={"q": "_"}).get_data(as_text=True)

    assert listed_names(percent) == ["100% uptime"]
    assert listed_names(underscore) == ["snake_case tool"]


def test_control_characters_in_a_search_read_as_spaces(app, ada):
    # PostgreSQL text cannot hold NUL: a search that kept it would fail there (make test-postgres)
    add_maps(app, "ada@example.com", ["Pet clinic", "Bakery shop"])

    response = ada.get("/maps", query_string={"q": "pet\x00clinic\x1f"})

    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert listed_names(page) == ["Pet clinic"]
    assert "1 map matches “pet clinic”" in page


def test_a_search_without_matches_says_so_and_links_back_to_all_maps(app, ada):
    add_maps(app, "ada@example.com", ["Pet clinic"])

    page = ada.get("/maps?q=spaceship&sort=name").get_data(as_text=True)

    assert "No map matches “spaceship”." in page
    assert "Show all maps" in page and 'href="/maps?sort=name"' in page
    assert "No maps yet." not in page


def test_sort_by_name_lists_maps_a_to_z_and_links_keep_the_search_and_order(app, ada):
    add_maps(app, "ada@example.com", ["banana shop", "Apple store", "Cherry farm", "avocado bar"])
    add_maps(app, "ada@example.com", [f"Zoo {n:02d}" for n in range(21)])

    page = ada.get("/maps?sort=name").get_data(as_text=True)
    searched = ada.get("/maps?sort=name&q=zoo").get_data(as_text=True)

    assert listed_names(page)[:4] == ["Apple store", "avocado bar", "banana shop", "Cherry farm"]
    assert "Next →" in page and 'href="/maps?sort=name&amp;page=2"' in page
    # A search keeps the order in its form and its page links keep both
    assert '<input type="hidden" name="sort" value="name">' in page
    assert 'href="/maps?q=zoo&amp;sort=name&amp;page=2"' in searched
    # And the order links keep the search, back on page 1
    assert 'href="/maps?q=zoo"' in searched


def test_rename_from_the_list_with_htmx_answers_the_row(app, ada):
    (project_id,) = add_maps(app, "ada@example.com", ["Pet clinic"])
    page = ada.get("/maps").get_data(as_text=True)
    assert f'action="/maps/{project_id}/list/rename"' in page

    response = ada.post(
        f"/maps/{project_id}/list/rename",
        data={"title": "  Vet   clinic ", "version": "1", "csrf_token": token(ada)},
        headers=HTMX,
    )

    assert response.status_code == 200
    row = response.get_data(as_text=True)
    assert f'<tr id="map-row-{project_id}"' in row and ">Vet clinic</a>" in row
    assert saved_name(app, project_id) == "Vet clinic"
    # The rename is in the map's history, as one made on the map page
    with app.app_context():
        assert db.session.scalar(sa.select(MapChange.summary)) == 'Renamed map to "Vet clinic"'


def test_rename_from_the_list_without_javascript_goes_back_to_the_same_list(app, ada):
    (project_id,) = add_maps(app, "ada@example.com", ["Pet clinic"])

    response = ada.post(
        f"/maps/{project_id}/list/rename?q=pet&sort=name",
        data={"title": "Pet hospital", "version": "1", "csrf_token": token(ada)},
    )

    assert response.status_code == 303
    assert response.headers["Location"] == "/maps?q=pet&sort=name"
    page = ada.get(response.headers["Location"]).get_data(as_text=True)
    assert 'Renamed the map to "Pet hospital".' in html.unescape(page)
    assert listed_names(page) == ["Pet hospital"]


def test_an_empty_name_is_refused_in_the_row(app, ada):
    (project_id,) = add_maps(app, "ada@example.com", ["Pet clinic"])

    response = ada.post(
        f"/maps/{project_id}/list/rename",
        data={"title": "   ", "version": "1", "csrf_token": token(ada)},
        headers=HTMX,
    )

    assert response.status_code == 422
    assert "The map needs a title." in response.get_data(as_text=True)
    assert saved_name(app, project_id) == "Pet clinic"


def test_a_rename_from_a_stale_list_is_a_conflict_showing_both_names(app, ada):
    # Given the list was loaded at version 1, then the map was renamed in another tab
    (project_id,) = add_maps(app, "ada@example.com", ["Pet clinic"])
    first = ada.post(
        f"/maps/{project_id}/list/rename",
        data={"title": "Vet clinic", "version": "1", "csrf_token": token(ada)},
        headers=HTMX,
    )
    assert first.status_code == 200

    # When the old page's form is sent, with htmx and without
    stale = {"title": "Animal clinic", "version": "1", "csrf_token": token(ada)}
    htmx = ada.post(f"/maps/{project_id}/list/rename", data=stale, headers=HTMX)
    plain = ada.post(f"/maps/{project_id}/list/rename?page=1", data=stale)

    # Then nothing changes and both answers show both names, with "Keep mine" at version 2
    assert saved_name(app, project_id) == "Vet clinic"
    for response in (htmx, plain):
        assert response.status_code == 409
        text = response.get_data(as_text=True)
        assert "This map was renamed or changed since the page was loaded." in text
        assert "<dd>Animal clinic</dd>" in text and "<dd>Vet clinic</dd>" in text
        assert '<input type="hidden" name="version" value="2">' in text
    assert "<h1>My maps</h1>" in plain.get_data(as_text=True)
    # And "Keep mine" renames it
    keep = ada.post(
        f"/maps/{project_id}/list/rename",
        data={"title": "Animal clinic", "version": "2", "csrf_token": token(ada)},
    )
    assert keep.status_code == 303
    assert saved_name(app, project_id) == "Animal clinic"


def test_delete_from_the_list_removes_the_map_and_keeps_the_list_where_it_was(app, ada):
    ids = add_maps(app, "ada@example.com", [f"Product {n:02d}" for n in range(21)])
    oldest = ids[0]  # alone on page 2
    page = ada.get("/maps?page=2").get_data(as_text=True)
    assert f'action="/maps/{oldest}/list/delete?page=2"' in page
    assert "Delete the map “Product 00” with its 0 stories, its wireframes and its jobs?" in page

    response = ada.post(f"/maps/{oldest}/list/delete?page=2", data={"csrf_token": token(ada)})

    assert response.status_code == 303
    assert response.headers["Location"] == "/maps?page=2"
    after = ada.get(response.headers["Location"]).get_data(as_text=True)
    assert 'Deleted the map "Product 00"' in html.unescape(after)
    # Page 2 is gone with it: the last page, page 1, is shown
    assert len(listed_names(after)) == 20 and "Product 00" not in listed_names(after)
    with app.app_context():
        assert db.session.get(Project, oldest) is None


def test_another_users_map_cannot_be_renamed_or_deleted_from_the_list(app, ada, auth):
    (project_id,) = add_maps(app, "ada@example.com", ["Pet clinic"])
    auth.logout()
    auth.register("bob@example.com")
    bob = ada  # the same browser, now Bob's

    rename = bob.post(
        f"/maps/{project_id}/list/rename",
        data={"title": "Bob's", "version": "1", "csrf_token": token(bob)},
    )
    delete = bob.post(f"/maps/{project_id}/list/delete", data={"csrf_token": token(bob)})

    assert rename.status_code == 404 and delete.status_code == 404
    assert saved_name(app, project_id) == "Pet clinic"
    assert "Pet clinic" not in bob.get("/maps").get_data(as_text=True)


def add_jobs(app, email: str, statuses: list[str]) -> list[int]:
    with app.app_context():
        user = db.session.scalar(sa.select(User).where(User.email == email))
        jobs = [
            Job(user_id=user.id, kind="map", status=status, requirements=f"Job {n} requirements.")
            for n, status in enumerate(statuses)
        ]
        db.session.add_all(jobs)
        db.session.commit()
        return [job.id for job in jobs]


def test_a_jobs_requirements_stay_reachable_from_its_row(app, ada):
    done, failed = add_jobs(app, "ada@example.com", ["completed", "failed"])

    page = ada.get("/maps").get_data(as_text=True)

    assert f'<a href="/maps/new?from_job={done}"' in page
    done_row = page[page.index(f'href="/maps/new?from_job={done}"') :]
    assert done_row.split("</a>")[0].endswith("Requirements")
    failed_row = page[page.index(f'href="/maps/new?from_job={failed}"') :]
    assert failed_row.split("</a>")[0].endswith("Submit again")
    # And the link opens the form with the job's text
    form = ada.get(f"/maps/new?from_job={failed}").get_data(as_text=True)
    assert "Job 1 requirements." in form


def test_recent_jobs_say_when_older_ones_are_left_out(app, ada):
    add_jobs(app, "ada@example.com", ["completed"] * 23)

    page = ada.get("/maps").get_data(as_text=True)

    assert page.count('href="/maps/new?from_job=') == 20
    assert "Your 20 latest jobs are shown, of 23." in page
