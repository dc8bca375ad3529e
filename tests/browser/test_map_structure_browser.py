"""The map's shape in Chromium: drag a task header into another activity, add a release."""

import re

from playwright.sync_api import expect

from tests.browser.steps import register
from tests.clinic import save_clinic_map
from webapp.extensions import db
from webapp.models import Project, Task

TEXT = """# Clinic booking

Patients book appointments with doctors.

- Patients must be able to search doctors by specialty.
- Patients must be able to book a free time slot.
- Patients can cancel an appointment up to 24 hours before it.
- Doctors must see their schedule for the day.
- Doctors can block time off.
"""


def saved_map(app, email: str) -> dict:
    """A map for ``email`` from the offline generator; its ids, in the board's order."""
    with app.app_context():
        project = save_clinic_map(email, TEXT)
        return {
            "id": project.id,
            "activities": [(a.id, [t.id for t in a.tasks]) for a in project.activities],
        }


def drag(page, source, target) -> None:
    """Press on ``source``, move over the left part of ``target`` in steps, let go there."""
    start, end = source.bounding_box(), target.bounding_box()
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    page.mouse.move(start["x"] + start["width"] / 2 + 10, start["y"] + start["height"] / 2, steps=3)
    page.mouse.move(end["x"] + end["width"] * 0.3, end["y"] + end["height"] / 2, steps=15)
    page.mouse.up()


def test_a_task_dragged_to_another_activity_stays_there_and_a_new_release_gets_its_row(
    app, page, console_errors
):
    register(page, "ada@example.com")
    made = saved_map(app, "ada@example.com")
    (_, first_tasks), (second_id, second_tasks) = made["activities"][:2]
    moved_id = first_tasks[0]
    page.goto(f"/maps/{made['id']}")
    page.wait_for_function(
        "() => document.querySelector('.sortable-tasks')?.dataset.structureReady"
    )

    # When Ada drags the first task's header onto the second activity's first task
    source = page.locator(f"th.task:has(#task-header-{moved_id})")
    target = page.locator(f"th.task:has(#task-header-{second_tasks[0]})")
    with page.expect_response(re.compile(rf"/tasks/{moved_id}/move$")) as answer:
        drag(page, source, target)
    assert answer.value.status == 200

    # Then the task heads a column of the second activity, and still does after a reload
    header = page.locator(f"#task-header-{moved_id}")
    expect(header).to_have_attribute("data-activity-id", str(second_id))
    page.reload()
    expect(header).to_have_attribute("data-activity-id", str(second_id))
    with app.app_context():
        assert db.session.get(Task, moved_id).activity_id == second_id

    # When she adds a release "Beta" below the others
    page.click("#add-release summary")
    page.fill("#add-release-name", "Beta")
    page.click("#add-release button[type=submit]")

    # Then it is the board's fourth release row, and the first row is still the MVP slice
    rows = page.locator("tbody tr.release")
    expect(rows).to_have_count(4)
    expect(rows.nth(3).locator("th.release-name")).to_contain_text("Beta")
    expect(rows.nth(0).locator(".mvp-slice")).to_have_text("MVP slice")
    page.reload()
    expect(page.locator("tbody tr.release")).to_have_count(4)
    with app.app_context():
        releases = db.session.get(Project, made["id"]).releases
        assert [release.name for release in releases][-1] == "Beta"
    assert console_errors == []
