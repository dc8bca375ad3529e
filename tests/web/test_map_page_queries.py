"""The map page costs a constant, small number of SQL statements, whatever the map's size."""

import sqlalchemy as sa

from tests.conftest import statements_for
from webapp.extensions import db
from webapp.models import RELEASE_NAMES, Activity, Project, Release, Story, Task, User


def make_map(app, *, activities: int, tasks: int, stories: int) -> int:
    """A map of activities x tasks x stories, straight into the database."""
    with app.app_context():
        user_id = db.session.scalar(sa.select(User.id))
        project = Project(
            user_id=user_id, product_name="Big map", requirements="x" * 20, generator="offline"
        )
        project.releases = [Release(name=name, position=i) for i, name in enumerate(RELEASE_NAMES)]
        db.session.add(project)
        db.session.flush()
        for a in range(activities):
            activity = Activity(position=a, title=f"Do thing {a}")
            project.activities.append(activity)
            for t in range(tasks):
                task = Task(position=t, title=f"Task {a}.{t}")
                activity.tasks.append(task)
                for s in range(stories):
                    task.stories.append(
                        Story(
                            position=s,
                            title=f"Story {a}.{t}.{s}",
                            description=f"As a user, I want thing {a}.{t}.{s}, so that it works.",
                            acceptance_criteria=[
                                "Given a user, when they act, then it works.",
                                "Given a failure, when they act, then they see an error.",
                            ],
                            priority="MVP",
                            release=project.releases[s % 3],
                        )
                    )
        db.session.commit()
        return project.id


def test_a_300_story_map_page_takes_at_most_5_queries_like_a_3_story_one(app, client, auth):
    auth.register()
    small = make_map(app, activities=1, tasks=1, stories=3)
    big = make_map(app, activities=6, tasks=5, stories=10)

    small_statements = statements_for(app, client, f"/maps/{small}")
    big_statements = statements_for(app, client, f"/maps/{big}")

    assert len(big_statements) == len(small_statements), big_statements
    assert len(big_statements) <= 5, "\n".join(big_statements)
