"""Story maps: saving a generated map and reading one back for its page."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from flask import abort
from sqlalchemy.orm import joinedload, selectinload

from generation import GeneratedMap
from generation.language import detect_language
from generation.languages import pack_for
from generation.quality import QualityReport, lint_story_map
from generation.stories import SUGGESTED_NOTE
from generation.story_text import read_story_line
from webapp.extensions import db
from webapp.maps.exports import SUGGESTED_MARK, project_to_draft
from webapp.models import RELEASE_NAMES, Activity, Job, Project, Release, Story, Task, User


def save_story_map(job: Job, generated: GeneratedMap) -> Project:
    """Add the generated map's rows to the session for ``job``; the caller commits."""
    draft = generated.draft
    # The releases are named in the document's language ("Релиз 1"); their place, not their
    # name, says their priority.
    language, _ = detect_language(job.requirements or "")
    names = pack_for(language).release_names
    releases = {tier: Release(position=i, name=names[i]) for i, tier in enumerate(RELEASE_NAMES)}
    project = Project(
        user_id=job.user_id,
        job=job,
        product_name=draft.product_name[:200],
        requirements=job.requirements,
        enhanced_requirements=generated.enhanced_requirements,
        enhancement_details=(
            generated.enhancement.model_dump(by_alias=True, exclude={"enhanced_text"})
            if generated.enhancement
            else None
        ),
        generator=generated.generator,
        releases=list(releases.values()),
    )
    for a_position, activity_draft in enumerate(draft.activities):
        activity = Activity(position=a_position, title=activity_draft.title)
        project.activities.append(activity)
        for t_position, task_draft in enumerate(activity_draft.tasks):
            task = Task(position=t_position, title=task_draft.title)
            activity.tasks.append(task)
            for s_position, story_draft in enumerate(task_draft.stories):
                task.stories.append(
                    Story(
                        position=s_position,
                        title=story_draft.title,
                        description=story_draft.description,
                        acceptance_criteria=list(story_draft.acceptance_criteria),
                        priority=story_draft.priority,
                        sources=list(story_draft.sources),
                        suggested=story_draft.suggested,
                        release=releases[story_draft.priority],
                    )
                )
    if generated.notes:
        job.note = "\n".join(generated.notes)
    db.session.add(project)
    return project


@dataclass
class StoryMapView:
    """A project laid out as the map table: task columns, release rows, story cells."""

    project: Project
    columns: list[tuple[Activity, Task]]
    cells: dict[tuple[int, int], list[Story]]
    story_count: int
    #: (release name, story count) in the releases' order; two releases may share a name.
    stories_per_release: list[tuple[str, int]]
    report: QualityReport
    #: The story at each (activity, task, story) path the report refers to.
    stories_by_path: dict[tuple[int, int, int], Story]
    findings_by_story: dict[int, list[str]]
    #: How many stories are suggested from common journeys, not stated in the text.
    suggested_count: int = 0
    suggested_mark: str = SUGGESTED_MARK
    #: The role each story's "As a <role>, ..." names, by story id; the filter's keys.
    role_by_story: dict[int, str] = field(default_factory=dict)
    #: The roles the stories name, in the order the map first names them.
    roles: list[str] = field(default_factory=list)

    def stories_in(self, task: Task, release: Release) -> list[Story]:
        return self.cells.get((task.id, release.id), [])

    def role_of(self, story: Story) -> str:
        """The role ``story`` is written for, or "" when its story line names none."""
        return self.role_by_story.get(story.id, "")


def user_project_or_404(project_id: int, user: User) -> Project:
    """Return the user's project with its whole map loaded; another user's is missing.

    Two statements whatever the map's size: the project with its three releases, then the
    activities with their tasks, stories and finished wireframes joined in.
    """
    return db.first_or_404(
        sa.select(Project)
        .where(Project.id == project_id, Project.user_id == user.id)
        .options(
            joinedload(Project.releases),
            selectinload(Project.activities)
            .joinedload(Activity.tasks)
            .joinedload(Task.stories)
            .joinedload(Story.wireframes),
        )
    )


def story_map_view(project: Project, *, judge: bool = True) -> StoryMapView:
    """Lay the project's stories out by task column and release row.

    ``judge=False`` skips the quality report (an empty one stands in), for the parts of the
    page that only count: judging a 300-story map takes over 100 ms.
    """
    columns = [(activity, task) for activity in project.activities for task in activity.tasks]
    cells: dict[tuple[int, int], list[Story]] = defaultdict(list)
    per_release = {release.id: 0 for release in project.releases}
    for _, task in columns:
        for story in task.stories:
            cells[(task.id, story.release_id)].append(story)
            per_release[story.release_id] += 1
    report = quality_report(project) if judge else QualityReport()
    stories_by_path = {
        (a, t, s): story
        for a, activity in enumerate(project.activities)
        for t, task in enumerate(activity.tasks)
        for s, story in enumerate(task.stories)
    }
    findings_by_story: dict[int, list[str]] = defaultdict(list)
    for finding in report.findings:
        if finding.story is not None:
            findings_by_story[stories_by_path[finding.story].id].append(finding.message)
    return StoryMapView(
        project=project,
        columns=columns,
        cells=dict(cells),
        story_count=sum(per_release.values()),
        stories_per_release=[
            (release.name, per_release[release.id]) for release in project.releases
        ],
        report=report,
        stories_by_path=stories_by_path,
        findings_by_story=dict(findings_by_story),
        suggested_count=sum(story.suggested for story in stories_by_path.values()),
        **_story_roles(stories_by_path.values()),
    )


#: A role fit for a filter: words, not a sentence or markup copied from the text.
_PLAIN_ROLE = re.compile(r"[^\W\d_][\w' .-]{0,59}")


def _story_roles(stories) -> dict:
    """The role each story names ("As a courier, ..."), spelt as the map first spells it."""
    spelling: dict[str, str] = {}
    role_by_story: dict[int, str] = {}
    for story in stories:
        role = read_story_line(story.description or "").role
        if not role or not _PLAIN_ROLE.fullmatch(role):
            continue
        role_by_story[story.id] = spelling.setdefault(role.casefold(), role)
    return {"role_by_story": role_by_story, "roles": list(spelling.values())}


def map_page_context(project: Project, **extra) -> dict:
    """Everything ``maps/show.html`` and its fragments need to render ``project``'s map.

    ``extra`` adds or replaces entries: ``wireframe_form``, ``ticked``, ``improve_error``,
    ``wireframe_error``, ``readonly`` (a page without edit controls).
    """
    # Imported here: the map worker imports this module to save maps and needs neither the
    # web forms nor the job services, which may one day import this module themselves.
    from webapp.improve.services import latest_improve_job
    from webapp.wireframes.forms import WireframeForm

    context = {
        "view": story_map_view(project),
        "ticked": set(),
        "readonly": False,
        **extra,
    }
    if "wireframe_form" not in context:
        # formdata=None: on a POST for another form (improve) the fields keep their defaults.
        context["wireframe_form"] = WireframeForm(formdata=None)
    if "improvement" not in context:
        context["improvement"] = latest_improve_job(project)
    return context


def quality_report(project: Project) -> QualityReport:
    """Judge the saved map against the bar (docs/map-format.md) and the original requirements."""
    return lint_story_map(project_to_draft(project), project.requirements)


def remove_suggested_stories(project: Project) -> int:
    """Delete the map's suggested stories, and the tasks and activities left without any.

    Returns how many stories went; the caller commits. Stories the text states stay where
    they are, so a map never loses a column it had before the suggestions came.
    """
    removed = 0
    for activity in list(project.activities):
        for task in list(activity.tasks):
            suggested = [story for story in task.stories if story.suggested]
            if not suggested:
                continue
            removed += len(suggested)
            for story in suggested:
                task.stories.remove(story)
                db.session.delete(story)
            if not task.stories:
                activity.tasks.remove(task)
                db.session.delete(task)
        if not activity.tasks:
            project.activities.remove(activity)
            db.session.delete(activity)
    job = project.job
    if removed and job is not None and job.note:
        lines = [line for line in job.note.splitlines() if not line.startswith(SUGGESTED_NOTE)]
        job.note = "\n".join(lines) or None
    return removed


#: Maps on one page of "My maps".
MAPS_PER_PAGE = 20
#: The orders "My maps" offers: newest first (the default), or by name A-Z.
MAP_SORTS = ("date", "name")
#: The longest search text looked for; a longer one is cut here.
MAX_SEARCH_LENGTH = 200
#: Control characters in a search (NUL among them, which PostgreSQL text refuses) read as spaces.
_SEARCH_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class MapListing:
    """One page of a user's maps, as searched and sorted, and where it sits among the pages."""

    #: (map, its story count) for each map on this page.
    rows: list[tuple[Project, int]]
    #: How many maps match the search (all the user's maps without one).
    total: int
    page: int
    pages: int
    query: str = ""
    sort: str = "date"
    per_page: int = MAPS_PER_PAGE

    @property
    def first_number(self) -> int:
        """The place of this page's first map in the whole list, counting from 1."""
        return (self.page - 1) * self.per_page + 1 if self.rows else 0

    @property
    def last_number(self) -> int:
        return (self.page - 1) * self.per_page + len(self.rows)

    def page_links(self) -> list[int | None]:
        """The page numbers to link: the first, the last and two either side of this one;
        None where numbers are left out."""
        near = {1, self.pages, *range(self.page - 2, self.page + 3)}
        numbers = sorted(number for number in near if 1 <= number <= self.pages)
        links: list[int | None] = []
        for number in numbers:
            if links and number - links[-1] > 1:
                links.append(None)
            links.append(number)
        return links

    def arguments(self, **changes) -> dict:
        """The list's query arguments (``q``, ``sort``, ``page``), defaults left out, so that
        links and forms keep the search and the order."""
        values = {"q": self.query, "sort": self.sort, "page": self.page, **changes}
        defaults = {"q": "", "sort": "date", "page": 1}
        return {name: value for name, value in values.items() if value != defaults[name]}


def page_number(value) -> int:
    """The page asked for in ``?page=``; anything but a positive whole number means page 1."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def user_projects(
    user: User,
    *,
    query: str = "",
    sort: str = "date",
    page: int = 1,
    per_page: int = MAPS_PER_PAGE,
) -> MapListing:
    """A page of the user's maps whose product name or requirements contain ``query``.

    Case does not matter, in any alphabet ("корзина" finds "Корзина"); ``%`` and ``_`` are
    looked for as they are. ``sort`` is "date" (newest first) or "name" (A-Z). A page past
    the last one gives the last page.
    """
    query = " ".join(_SEARCH_CONTROLS.sub(" ", query or "").split())[:MAX_SEARCH_LENGTH]
    sort = sort if sort in MAP_SORTS else "date"
    lower = _unicode_lower()
    matching = sa.select(Project.id).where(Project.user_id == user.id)
    if query:
        needle = query.lower()
        matching = matching.where(
            sa.or_(
                lower(Project.product_name).contains(needle, autoescape=True),
                lower(Project.requirements).contains(needle, autoescape=True),
            )
        )
    total = db.session.scalar(sa.select(sa.func.count()).select_from(matching.subquery()))
    pages = max(1, -(-total // per_page))
    page = min(max(page, 1), pages)
    if sort == "name":
        order = (lower(Project.product_name), Project.created_at.desc(), Project.id.desc())
    else:
        order = (Project.created_at.desc(), Project.id.desc())
    rows = db.session.execute(
        sa.select(Project, _story_count())
        .where(Project.id.in_(matching))
        .order_by(*order)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return MapListing(
        rows=[tuple(row) for row in rows],
        total=total,
        page=page,
        pages=pages,
        query=query,
        sort=sort,
        per_page=per_page,
    )


def listed_project_or_404(project_id: int, user: User) -> tuple[Project, int]:
    """The user's map alone (none of its parts loaded) with its story count, for its row in
    "My maps"; another user's map is missing."""
    row = db.session.execute(
        sa.select(Project, _story_count()).where(
            Project.id == project_id, Project.user_id == user.id
        )
    ).first()
    if row is None:
        abort(404)
    return tuple(row)


def count_jobs(user: User) -> int:
    """How many jobs the user has, for the note under a list that shows only the latest."""
    return db.session.scalar(sa.select(sa.func.count(Job.id)).where(Job.user_id == user.id))


def _story_count():
    return (
        sa.select(sa.func.count(Story.id))
        .join(Task, Story.task_id == Task.id)
        .join(Activity, Task.activity_id == Activity.id)
        .where(Activity.project_id == Project.id)
        .scalar_subquery()
    )


def _unicode_lower():
    """The SQL function that lower-cases text in every alphabet, for this session's database.

    PostgreSQL's ``lower`` does; SQLite's changes ASCII letters only, so on SQLite the
    session's connection gets Python's ``str.lower`` under the name ``unicode_lower``.
    """
    connection = db.session.connection()
    if connection.dialect.name != "sqlite":
        return sa.func.lower
    connection.connection.driver_connection.create_function(
        "unicode_lower", 1, _lower_text, deterministic=True
    )
    return lambda text: sa.func.unicode_lower(text, type_=sa.Text)


def _lower_text(value):
    return value.lower() if isinstance(value, str) else value
