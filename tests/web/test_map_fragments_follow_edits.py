"""The counts and the quality report fetch themselves again after a change to the map."""

from tests.web.test_exports import make_map
from webapp.extensions import db
from webapp.maps import edits
from webapp.models import Project

HTMX = {"HX-Request": "true"}


def test_the_counts_and_the_report_refresh_after_an_edit(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert f'hx-get="/maps/{project_id}/report" hx-trigger="map-changed from:body"' in page
    assert f'hx-get="/maps/{project_id}/counts" hx-trigger="map-changed from:body"' in page
    with app.app_context():
        project = db.session.get(Project, project_id)
        before = sum(len(t.stories) for a in project.activities for t in a.tasks)
        beta, _ = edits.add_release(project, project.user, name="Beta")
        edits.add_story(
            project.activities[0].tasks[0], project.user, title="Mute a channel", release_id=beta.id
        )
        db.session.commit()

    counts = client.get(f"/maps/{project_id}/counts", headers=HTMX).get_data(as_text=True)
    assert counts.lstrip().startswith('<p class="meta" id="map-counts"')
    assert f"· {before + 1} stories" in counts and "Beta: 1" in counts
    report = client.get(f"/maps/{project_id}/report", headers=HTMX).get_data(as_text=True)
    assert 'id="quality-report"' in report and "<html" not in report
    assert "1 story was written by hand and has no source in the text" in report


def test_another_users_fragments_are_not_found(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)
    auth.logout()
    auth.register("bob@example.com")
    assert client.get(f"/maps/{project_id}/report").status_code == 404
    assert client.get(f"/maps/{project_id}/counts").status_code == 404


RUSSIAN = (
    "Сервис записи в автосервис.\n"
    "- Клиент должен иметь возможность записаться на ремонт онлайн.\n"
    "- Клиент должен видеть свободное время мастеров.\n"
    "- Администратор должен подтверждать или отклонять запись.\n"
)


def test_a_russian_map_names_its_releases_in_russian(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker, text=RUSSIAN)

    data = client.get(f"/maps/{project_id}/export.json").json
    assert data["releases"] == ["MVP", "Релиз 1", "Позже"]
    # The priority is the release's place, the same words in every language.
    assert {
        story["priority"] for a in data["map"] for t in a["tasks"] for story in t["stories"]
    } <= {
        "MVP",
        "Release 1",
        "Later",
    }
    assert "Релиз 1" in client.get(f"/maps/{project_id}").get_data(as_text=True)


def test_the_counts_do_not_judge_the_whole_map_again(
    app, client, auth, broker, stub_worker, monkeypatch
):
    """After each edit the report judges the map once; the counts only count."""
    project_id = make_map(app, auth, broker)

    def judged(project):
        raise AssertionError("the counts judged the map")

    monkeypatch.setattr("webapp.maps.services.quality_report", judged)
    counts = client.get(f"/maps/{project_id}/counts", headers=HTMX)
    assert counts.status_code == 200 and 'id="map-counts"' in counts.get_data(as_text=True)
